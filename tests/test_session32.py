"""Session 32.

Events: the dateline that opens an article's body (عمّان، الأردن (CNN) -- ) names where the report
was written: its city and country are no place of the events its first sentence tells, and the
evidence starts after all of its dashes. The subject after a word of كان did the act of its verb.

Figures: a toll in brackets after a year is a figure; a bare number after في الـ is an age; a single
death from an illness (بنوبة قلبية) is no casualty.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.events_helpers import events, names, one_of, only


def test_a_datelines_city_and_country_are_no_place_of_the_act() -> None:
    ev = only("عمّان، الأردن (CNN) -- قصفت طائرات حربية مواقع للمسلحين في ريف حلب، الأحد.")
    assert names(ev["places"]) == ["ريف حلب"]
    assert ev["evidence"]["text"].startswith("قصفت طائرات")


def test_a_dateline_alone_gives_no_place() -> None:
    ev = only("بيروت (رويترز) - اعتقلت الشرطة خمسة أشخاص يشتبه بانتمائهم إلى خلية مسلحة.")
    assert ev["type"] == "arrest"
    assert ev["places"] == []


def test_brackets_and_a_dash_later_in_the_body_are_no_dateline() -> None:
    evs = events(
        "أعلنت الشرطة اعتقال رجلين في باريس، الأحد.\n"
        "وقصفت طائرات (روسية) - بحسب المرصد - مواقع في إدلب."
    )
    attack = [e for e in evs if e["type"] == "attack"]
    assert len(attack) == 1
    assert names(attack[0]["places"]) == ["إدلب"]


def test_the_subject_after_kana_did_the_act_of_the_verb() -> None:
    ev = only("وكانت تركيا قد قصفت مواقع للمسلحين في شمال العراق.")
    assert names(ev["actors"])[:1] == ["تركيا"]
    assert "تركيا" not in names(ev["places"])


def test_names_joined_after_kana_all_did_it_with_or_without_qad() -> None:
    for body in (
        "وكانت روسيا وإيران قد شنت ضربات على مواقع في إدلب.",
        "وكانت روسيا وإيران شنت ضربات على مواقع في إدلب.",
    ):
        ev = only(body)
        assert names(ev["actors"])[:2] == ["روسيا", "إيران"], body


def test_a_passive_after_kana_keeps_its_subject_out_of_the_actors() -> None:
    ev = only("وكان الصحفي جون سميث قد اعتقل في سوريا عام 2016.")
    assert "جون سميث" not in names(ev["actors"])


def test_the_subject_of_a_reporting_verb_after_kana_is_not_the_subject_of_the_act() -> None:
    ev = only("وكانت روسيا قد أكدت الأحد شن طائرات النظام غارة على ريف حماة.")
    assert names(ev["actors"])[:1] != ["روسيا"]


def test_rioters_are_a_described_party() -> None:
    ev = only("وهاجم مشاغبون متجرا في وسط المدينة.")
    assert names(ev["actors"]) == ["مشاغبون"]


# Figures


def _figures(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["outcome"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_a_toll_in_brackets_after_a_year_is_a_figure() -> None:
    assert _figures("وأدين بالتورط في تفجير وقع في إسطنبول في آذار 2017 (12 قتيلا).") == [(12, "killed")]


def test_digits_in_brackets_restating_a_number_are_one_figure() -> None:
    assert _figures("وقتل ثلاثة (3) جنود في الهجوم.") == [(3, "killed")]


def test_a_bare_number_after_fi_al_is_an_age() -> None:
    assert _figures("رجل فرنسي في الـ85 يقتل جاره بسبب خلاف على سياج.") == []
    assert _figures("وقتل الـ12 راكبا في الحادث.") == [(12, "killed")]


def test_a_single_death_from_an_illness_is_no_casualty() -> None:
    assert _figures("وأعلن الجيش وفاة قائد اللواء بنوبة قلبية أثناء نومه.") == []
    assert _figures("وأعلن الجيش مقتل قائد اللواء بنيران قناص.") == [(1, "killed")]


def test_bare_plural_acts_with_harm_told_after_them_are_an_event() -> None:
    ev = only("ونفذت مقاتلات التحالف غارات مكثفة أسفرت عن مقتل عدد من المسلحين.")
    assert ev["type"] == "attack"


def test_bare_plural_acts_with_no_harm_place_or_day_stay_none() -> None:
    assert events("وطالب الوزير بوقف الغارات التي تستهدف المدنيين.") == []


def test_a_border_named_by_a_place_word_and_a_name_keeps_both_sides() -> None:
    ev = only("وقتل شاب فلسطيني برصاص الجيش على الحدود بين قطاع غزة وإسرائيل، الجمعة.")
    assert "الحدود بين قطاع غزة وإسرائيل" in names(ev["places"])


def test_whom_a_force_killed_with_a_weapon_between_is_no_actor() -> None:
    ev = only("قتلت الشرطة بالرصاص أربعة مسلحين في المدينة.")
    assert names(ev["actors"]) == ["الشرطة"]


def test_a_definite_weapon_keeps_the_force_before_it_and_not_the_people_shot() -> None:
    ev = only("وكانت قوات الأمن قد قابلت المحتجين بالرصاص.")
    assert names(ev["actors"])[:1] == ["قوات الأمن"]
    ev = one_of("وأصيب نحو ألف عراقي بالرصاص في المظاهرات.", "attack")
    assert ev["actors"] == []


def test_parts_told_alike_by_how_badly_hurt_are_each_a_figure() -> None:
    assert _figures("وأصيب 120 شخصا، بينهم 4 بحالة حرجة، و30 بجروح متوسطة، و86 بجروح طفيفة.") == [
        (120, "injured"),
        (4, "injured"),
        (30, "injured"),
        (86, "injured"),
    ]
    assert _figures("وتوزعت الإصابات كالتالي: إصابة واحدة حرجة، و5 خطيرة، و40 متوسطة.") == [
        (1, "injured"),
        (5, "injured"),
        (40, "injured"),
    ]


def test_a_number_after_a_part_with_no_word_of_hurt_is_no_part() -> None:
    assert _figures("وأصيب 120 شخصا، بينهم 4 بحالة حرجة، وأغلقت 30 مدرسة.") == [(120, "injured"), (4, "injured")]


def test_a_verb_opening_its_sentence_with_no_subject_goes_on_with_the_actor_before() -> None:
    evs = events("وقصفت طائرات التحالف مواقع المتمردين في صعدة. وشنت غارات على مخازن أسلحة في حجة.")
    assert [e["type"] for e in evs] == ["attack", "attack"]
    assert "طائرات التحالف" in names(evs[1]["actors"])


def test_a_verb_with_a_subject_of_its_own_keeps_it() -> None:
    evs = events("وقصفت طائرات التحالف مواقع المتمردين في صعدة. وقصفت المدفعية الحوثية مواقع الجيش في تعز.")
    assert "طائرات التحالف" not in names(evs[-1]["actors"])


def test_a_described_force_that_tells_its_own_forces_did_it_is_the_actor() -> None:
    ev = only("وأعلنت ألوية العمالقة أن قواتها اقتحمت مركز المديرية.")
    assert names(ev["actors"])[:1] == ["ألوية العمالقة"]
    ev = only("وقال الجيش إن جنوده أطلقوا النار على المسلحين.")
    assert names(ev["actors"])[:1] == ["الجيش"]


def test_an_inquiry_that_tells_of_a_groups_members_did_not_act() -> None:
    ev = only("وكشفت التحقيقات أن عناصرها هاجموا الثكنة.")
    assert "التحقيقات" not in names(ev["actors"])


# Statements


def _statements(text: str) -> list[tuple[str | None, str]]:
    doc = process(text, published="2018-05-01")
    return [((s.get("speaker") or {}).get("name"), s["content"]) for s in doc.layers["statements"]]


def test_according_to_the_latest_toll_of_a_source_opening_a_sentence_is_a_statement() -> None:
    found = _statements("وبحسب آخر حصيلة لوزارة الصحة، فإن الغارات أوقعت 25 قتيلا.")
    assert found == [("وزارة الصحة", "فإن الغارات أوقعت 25 قتيلا")]


def test_according_to_the_latest_information_names_no_source() -> None:
    assert _statements("وبحسب آخر المعلومات، فإن الغارات أوقعت 25 قتيلا.") == []


def test_a_claim_of_responsibility_keeps_the_responsibility_in_its_content() -> None:
    assert _statements("وأعلنت حركة الشباب مسؤوليتها عن التفجير.") == [("حركة الشباب", "مسؤوليتها عن التفجير")]
    assert _statements("وأعلن تنظيم داعش مسؤوليته عن الهجوم.") == [("تنظيم داعش", "مسؤوليته عن الهجوم")]


def test_rejecting_words_said_is_a_statement() -> None:
    assert _statements("ورفضت الحكومة السورية الاتهامات الموجهة إليها.") == [
        ("الحكومة السورية", "الاتهامات الموجهة إليها")
    ]
    assert _statements("ورفض الوزير مزاعم المعارضة بشأن الانتخابات.") == [("الوزير", "مزاعم المعارضة بشأن الانتخابات")]


def test_rejecting_an_act_or_a_request_is_no_statement() -> None:
    assert _statements("ورفضت المحكمة طلب المتهم الإفراج عنه.") == []
    assert _statements("ورفض الحارس السماح لهم بالدخول رغم مطالب الأهالي.") == []


def test_a_definite_noun_with_its_own_adjective_after_a_closed_party_is_the_object() -> None:
    ev = only("وقصفت قوات النظام الأحياء الشرقية للمدينة.")
    assert names(ev["actors"])[:1] == ["قوات النظام"]
    ev = only("وهاجمت قوات الحشد الشعبي مواقع للتنظيم.")
    assert names(ev["actors"])[:1] == ["قوات الحشد الشعبي"]


def test_a_country_named_after_a_closed_party_is_the_object() -> None:
    ev = only("واتهمت القوى الغربية روسيا بتقويض محادثات السلام في جنيف.")
    assert "القوى الغربية روسيا" not in names(ev["actors"])


def test_a_definite_noun_with_a_word_of_side_after_fi_is_a_place() -> None:
    ev = only("وقتل 12 مدنيا في غارات جوية على الغوطة الغربية.")
    assert names(ev["places"]) == ["الغوطة الغربية"]
    ev = only("واندلعت اشتباكات في الحارة الشرقية.")
    assert names(ev["places"]) == ["الحارة الشرقية"]


def test_a_part_or_a_whose_word_before_a_side_is_no_place() -> None:
    ev = only("وتقدمت القوات في الاتجاه الغربي بعد اشتباكات مع المسلحين.")
    assert "الاتجاه الغربي" not in names(ev["places"])
    ev = only("وشنت الطائرات غارات انتقدتها الصحف الغربية.")
    assert "الصحف الغربية" not in names(ev["places"])


def test_a_protests_nationality_adjective_tells_the_people_who_protested() -> None:
    ev = only("واندلعت احتجاجات عراقية الجمعة في مدينة البصرة.")
    assert "العراقيين" in names(ev["actors"])

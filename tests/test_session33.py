"""Session 33.

Statements: a place right after a masculine verb that takes an object (طالب، اتهم، دعا) is that
object when the place is one whose verbs are feminine (روسيا، واشنطن): the one who demands or accuses
is named before, not the place. A noun of what is stressed (ضرورة، أهمية) ends the name before it, and
the name the entities layer reads right after a title is part of the speaker (وأكد الرئيس عباس ضرورة).
The name علي, written with ي, is no preposition على inside a tagged name (محمد علي الحوثي، الرائد حسين
علي). On the sidelines of (على هامش)، at the close of (في ختام) tell where a speaker spoke.

Figures: a negation bounds the number right after it, not a casualty word past that number (دون سن
15 وأصيب 48); a fighter jet that fell (سقوط مقاتلة) is no fighter killed. Two who died (قضيا) days
after they were shot (بعد أيام) died: the days tell when, no spell spent. A toll in a relative clause on
the last noun of what a speaker announced (أعلن التحالف فتح تحقيق في الضربة التي راح ضحيتها عشرات) is
the writer's, not the speaker's.

Events: more attacks (المزيد من الهجمات), a rise in attacks (تزايد الهجمات) and half of them (نصف
الهجمات) count or foresee many acts, no one occurrence. The land or the air of a country with its
nationality adjective (داخل الأراضي السورية، الأجواء اللبنانية) is a place: the country is no actor.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.events_helpers import events


def _statements(text: str) -> list[tuple[str | None, str]]:
    doc = process(text, published="2018-05-01")
    return [((s.get("speaker") or {}).get("name"), s["content"]) for s in doc.layers["statements"]]


def test_a_feminine_place_after_a_masculine_verb_is_its_object() -> None:
    found = _statements("ندد الحلف بتسميم الجاسوس وطالب روسيا بالرد على أسئلة لندن.")
    assert found[-1] == ("الحلف", "روسيا بالرد على أسئلة لندن")


def test_the_accused_place_is_no_speaker_even_when_its_complement_is_not_split() -> None:
    found = _statements("وكان المتحدث أكد التقدم في المدينة واتهم تركيا بإيواء قادة المسلحين.")
    assert found[-1][0] == "المتحدث"
    assert found[-1][1].startswith("تركيا")


def test_a_masculine_place_after_a_masculine_verb_is_its_subject() -> None:
    assert _statements("وطالب العراق بالإفراج عن المعتقلين.") == [("العراق", "بالإفراج عن المعتقلين")]


def test_a_feminine_place_after_a_feminine_verb_is_its_subject() -> None:
    assert _statements("وطالبت روسيا بالرد على أسئلة لندن.") == [("روسيا", "بالرد على أسئلة لندن")]


def test_an_indefinite_plural_of_critics_after_the_verb_is_its_subject() -> None:
    assert _statements("ويتهم منتقدون الرئيس بالسعي إلى إسكات الصحافة.") == [
        ("منتقدون", "الرئيس بالسعي إلى إسكات الصحافة")
    ]


def test_tweeters_who_demand_are_the_speaker() -> None:
    assert _statements("وطالب مغردون الحكومة بالاستقالة.")[0][0] == "مغردون"


def _figures(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["outcome"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_a_negation_before_an_age_does_not_negate_the_wounded_after_it() -> None:
    assert _figures("قتل 12 طفلا دون سن 15 وأصيب 40 آخرون.") == [(12, "killed"), (40, "injured")]


def test_a_negation_right_before_the_harm_still_negates_it() -> None:
    assert _figures("وانتهى الحادث دون إصابة أحد.") == []


def test_a_fighter_jet_that_fell_is_no_fighter_killed() -> None:
    assert _figures("وأعقب ذلك سقوط مقاتلة روسية قرب الحدود.") == []


def test_a_woman_fighter_killed_is_still_a_figure() -> None:
    assert _figures("وقتلت مقاتلة كردية في المعارك.") == [(1, "killed")]


def test_more_attacks_and_a_rise_in_attacks_are_no_occurrence() -> None:
    for body in (
        "ويقول الجيش إن القرار حافز لشن المزيد من الهجمات على القوات.",
        "وحذر الوزير من تزايد هجمات المسلحين في الشمال.",
        "ووقعت نحو نصف الهجمات في العاصمة.",
    ):
        assert [e for e in events(body) if e["type"] == "attack"] == [], body


def test_attacks_done_are_still_an_event() -> None:
    assert [e["type"] for e in events("وشنت الطائرات هجمات على مواقع المسلحين في الشمال.")] == ["attack"]


def test_a_name_after_a_title_then_what_is_stressed() -> None:
    assert _statements("وأكد الرئيس عباس ضرورة الحوار مع الفصائل.") == [
        ("الرئيس عباس", "ضرورة الحوار مع الفصائل")
    ]


def test_importance_after_a_full_name_is_no_part_of_it() -> None:
    assert _statements("وأكد الرئيس الفلسطيني محمود عباس أهمية الحوار.") == [
        ("الرئيس الفلسطيني محمود عباس", "أهمية الحوار")
    ]


def test_a_body_whose_name_holds_a_word_of_support_keeps_it() -> None:
    doc = process("ودمرت طائرات تحالف دعم الشرعية في اليمن مواقع للمسلحين.", published="2018-05-01")
    assert "تحالف دعم الشرعية في اليمن" in [e["name"] for e in doc.layers["entities"]]


def test_the_land_of_a_country_is_a_place_not_an_actor() -> None:
    evs = events("وقصفت طائرات عراقية مواقع للتنظيم داخل الأراضي السورية.")
    attack = [e for e in evs if e["type"] == "attack"]
    assert len(attack) == 1
    assert "سوريا" not in [a["name"] for a in attack[0]["actors"]]
    assert "الأراضي السورية" in [p["name"] for p in attack[0]["places"]]


def test_the_land_word_alone_names_no_place() -> None:
    evs = events("وقصفت طائرات عراقية مواقع للتنظيم في الأراضي التي يسيطر عليها.")
    assert all("الأراضي" not in [p["name"] for p in e["places"]] for e in evs)


def test_the_fall_of_one_of_the_planes_is_a_crash() -> None:
    evs = events("سقوط إحدى طائرات القوات الجوية في المنطقة الشمالية الغربية")
    assert [e["type"] for e in evs] == ["disaster"]


def test_a_helicopter_that_fell_with_its_dead_is_a_crash() -> None:
    evs = events("وقتل خمسة عسكريين في سقوط مروحية في المنطقة الشمالية.")
    assert [e["type"] for e in evs] == ["disaster"]


def test_two_who_died_days_after_they_were_shot_are_killed() -> None:
    assert _figures("وأعلنت الوزارة أن شابين اثنين قضيا بعد أيام من إطلاق النار عليهما.") == [(2, "killed")]


def test_two_who_spent_days_in_prison_are_no_figure() -> None:
    assert _figures("وقضى الشابان ثلاثة أيام في السجن.") == []


def test_according_to_a_name_in_mid_clause_then_what_it_reports() -> None:
    text = 'وكان الهجوم على المدينة بحسب "رويترز" قد أدى إلى مقتل أكثر من 300 شخص في قصف متواصل.'
    assert _statements(text) == [("رويترز", "قد أدى إلى مقتل أكثر من 300 شخص في قصف متواصل")]
    doc = process(text, published="2018-05-01")
    assert [(f["source"] or {}).get("name") for f in doc.layers["casualties"]] == ["رويترز"]


def test_an_indefinite_source_with_its_relative_clause_reports_nothing_after_it() -> None:
    found = _statements("وقال التلفزيون إن 30 شخصا قتلوا، نقلا عن مصادر مستقلة لم يتسن تأكيدها.")
    assert all(not content.startswith("لم يتسن") for _, content in found)


def test_the_latest_toll_a_source_issued_after_what_is_told_is_its_report() -> None:
    found = _statements("وقتل 86 مدنيا في القصف، وفق آخر حصيلة أوردها المرصد.")
    assert found == [("المرصد", "وقتل 86 مدنيا في القصف")]


def test_the_latest_toll_of_a_raid_names_no_source() -> None:
    assert _statements("وقتل 86 مدنيا في القصف، وفق آخر حصيلة للغارة.") == []


def test_the_toll_of_an_act_names_no_source_of_the_figure() -> None:
    for text in ("وقتل 86 مدنيا، وفق آخر حصيلة للغارة.", "وقتل 86 مدنيا، بحسب حصيلة الهجوم."):
        doc = process(text, published="2018-05-01")
        assert [f["source"] for f in doc.layers["casualties"]] == [None], text


def test_the_toll_of_a_ministry_names_it() -> None:
    doc = process("وقتل 86 مدنيا، وفق حصيلة لوزارة الصحة.", published="2018-05-01")
    assert [(f["source"] or {}).get("name") for f in doc.layers["casualties"]] == ["وزارة الصحة"]


def test_ali_written_with_ya_is_part_of_a_name() -> None:
    doc = process("وقال محمد علي الحوثي إن القصف مستمر.", published="2018-05-01")
    assert "محمد علي الحوثي" in [e["name"] for e in doc.layers["entities"]]
    assert _statements("وقال الرائد حسين علي إن الهجوم وقع قرب القاعدة.") == [
        ("الرائد حسين علي", "إن الهجوم وقع قرب القاعدة")
    ]


def test_ala_written_with_alif_maqsura_still_ends_a_name() -> None:
    assert _statements("وقال ترامب على هامش القمة إن الهجوم وقع.") == [("ترامب", "إن الهجوم وقع")]


def test_at_the_close_of_a_meeting_is_no_part_of_the_speaker() -> None:
    found = _statements("وقالت الرئاسة الفرنسية في ختام الاجتماع إن المسألة معقدة.")
    assert found == [("الرئاسة الفرنسية", "إن المسألة معقدة")]


def test_an_order_to_arrest_is_no_arrest() -> None:
    for body in (
        "جاء أمر الاعتقال الذي صدر الخميس الماضي بعد ساعات من تصويت المحكمة.",
        "وأصدر القاضي أمرا باعتقال الرئيس السابق.",
    ):
        assert [e for e in events(body) if e["type"] == "arrest"] == [], body


def test_an_arrest_made_on_an_order_is_one() -> None:
    assert [e["type"] for e in events("واعتقلت الشرطة الرئيس السابق بأمر من النيابة.")] == ["arrest"]


def _sources(text: str) -> list[str | None]:
    doc = process(text, published="2018-05-01")
    return [(f["source"] or {}).get("name") for f in doc.layers["casualties"]]


def test_a_toll_in_a_relative_clause_on_the_announced_object_is_the_writers() -> None:
    text = "وكان التحالف قد أعلن فتح تحقيق في الضربة الجوية التي راح ضحيتها 40 طفلا في صعدة."
    assert _sources(text) == [None]


def test_a_toll_in_a_clause_that_is_said_stays_the_speakers() -> None:
    assert _sources("وقالت الوزارة إن الغارة التي استهدفت السوق قتلت 20 شخصا.") == ["الوزارة"]


def test_a_relative_clause_closed_by_a_comma_leaves_the_toll_to_the_accuser() -> None:
    text = "واتهمت الحكومة التحالف الذي تقوده واشنطن، بشن غارة أدت لمقتل 22 من جنودها."
    assert _sources(text) == ["الحكومة"]


def test_an_explosion_of_disputes_is_a_figure_of_speech() -> None:
    assert events("ومن أسباب ذلك انفجار الخصومات في أنحاء كثيرة من المنطقة.") == []
    assert events("وحذر الوزير من تفجر الخلافات بين الحلفاء في بغداد.") == []

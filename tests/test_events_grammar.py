"""Events: who did it by the grammar of the sentence, more non-events, days of round-ups (marsad.events).

Each rule is shown with a sentence written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from events_helpers import events, forms, names, only

# -- actors: the subject of a light verb (شن، عقد، نفذ، قام بـ) whose object is the trigger ---------


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("وشنت تركيا عددا من الهجمات ضد معسكرات في شمال العراق.", "تركيا"),
        ("شنت طائرات تحالف دعم الشرعية، فجر الأحد، غارات عدة على مواقع في صعدة.", "طائرات تحالف دعم الشرعية"),
        ("وكانت واشنطن قد شنت ضربة صاروخية على مطار عسكري في حمص.", "واشنطن"),
        ("وقتل خمسة جنود في هجوم واسع شنته المقاومة على معسكر في مأرب.", "المقاومة"),
        ("وعقد مجلس الأمن الدولي جلسة طارئة في نيويورك.", "مجلس الأمن الدولي"),
        ("وقام أنصار الحزب بإطلاق النار على الشرطة في ساحة المدينة.", "أنصار الحزب"),
    ],
)
def test_subject_of_a_light_verb_is_the_actor(sentence: str, actor: str) -> None:
    ev = events(sentence)[0]
    assert names(ev["actors"])[0] == actor
    assert actor not in names(ev["places"])


def test_a_party_with_li_after_what_was_hit_owns_it() -> None:
    # مواقع للميليشيات: the positions belong to the militias; they are hit, they do not strike
    ev = only("استهدفت الغارات مواقع للميليشيات في منطقة الساحل.")
    assert "الميليشيات" not in names(ev["actors"])
    assert "الميليشيات" in names(ev["targets"])


def test_a_name_after_birasas_is_who_fired() -> None:
    ev = only("وقتل المهاجم برصاص ضابط شرطة في المحطة.")
    assert names(ev["actors"]) == ["ضابط شرطة"]
    assert "المهاجم" not in names(ev["actors"])


def test_who_underwent_an_act_did_not_do_it() -> None:
    # تعرض رجل للضرب: the man underwent it; the police tell of it
    ev = only("أعلنت الشرطة الألمانية، الخميس، عن تعرض رجل سوري للضرب المبرح في مدينة هامبورغ.")
    assert ev["actors"] == []
    ev = only("أعلنت الشرطة، الخميس، عن تعرض شاب سوري، في العشرين من عمره، للضرب المبرح في مدينة بريمن.")
    assert ev["actors"] == []


def test_a_speakers_nationality_is_no_actor() -> None:
    ev = only("وقال الجيش الإسرائيلي إن مسلحين أطلقوا النار على دورية قرب السياج.")
    assert "إسرائيل" not in names(ev["actors"])
    assert "مسلحين" in names(ev["actors"])


def test_a_speakers_own_forces_make_it_the_actor() -> None:
    # جنوده: its soldiers, the pronoun is the army that speaks
    ev = only("وقال الجيش الإسرائيلي إن جنوده أطلقوا النار على محتجين قرب السياج.")
    assert names(ev["actors"])[0] == "الجيش الإسرائيلي"
    assert "محتجين" in names(ev["targets"])


def test_the_name_after_a_passive_verb_is_whom_it_was_done_to() -> None:
    ev = only("وفي العام 2006، اغتيل العميل السابق ألكسندر ليتفيننكو في لندن.")
    assert ev["actors"] == []
    assert "ألكسندر ليتفيننكو" in names(ev["targets"])


def test_a_party_head_inside_a_name_is_that_name() -> None:
    # العمال in حزب العمال الكردستاني is part of the party's name, no workers of their own
    ev = events("وشنت تركيا غارات على معسكرات يشتبه بانتمائها لحزب العمال الكردستاني في شمال العراق.")[0]
    assert "العمال" not in names(ev["actors"])


def test_a_described_party_stops_at_a_day() -> None:
    ev = events("وذكر بيان صادر عن قوات الأمن الداخلي الاثنين أنها اعتقلت ثلاثة أشخاص في بيروت.")[0]
    assert all("الاثنين" not in n for n in names(ev["actors"]))


# -- more non-events -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ووجه مقتل القائد ضربة موجعة للتنظيم في المنطقة.",  # a figure of speech
        "وقال الوزير إن بلاده لا تعتزم تغيير قواعد الاشتباك على الحدود.",  # rules of engagement
        "وقال إنه يتطلع للقاء قادة البلدين في العاصمة.",  # looking forward to
        "وقال الخبراء إن المتشددين ما زالوا قادرين على توجيه ضربات في المنطقة.",  # able to
        "أعلنت السلطات أنها أحبطت هجوما على مطار المدينة الأحد.",  # a foiled attack
        "ورصدت الحكومة مكافأة لمن يدلي بمعلومات تساعد في إلقاء القبض على المتهم.",  # helping to
        "ونشرت الصحف صورا لسيارة تحطمت نوافذها في الشارع الرئيسي.",  # a part broken, no crash
        "ألغى الوزير لقاء تلفزيونيا مع قناة محلية يوم الأحد.",  # an interview
        "إقرأ أيضا: التقينا قبل خمسة أشهر في المدينة",  # a link to another article
        "ويشن الجيش من حين لآخر غارات على مواقع في الصحراء.",  # from time to time: a habit
    ],
)
def test_third_pass_non_events(sentence: str) -> None:
    assert events(sentence) == []


def test_talks_about_an_agreement_do_not_make_it() -> None:
    evs = events("وقال الرئيس إنه مستعد لمباحثات جدية حول الاتفاق النووي مع طهران.")
    assert all(e["type"] != "agreement" for e in evs)


def test_a_sports_report_has_no_attacks() -> None:
    body = (
        "فاز المنتخب على ضيفه بهدفين في مباراة الذهاب على ملعب المدينة. "
        "وسجل اللاعب الهدف الأول في الدقيقة 20 بعد تمريرة من زميله. "
        "وقال المدرب إن فريقه يملك دفاعا قويا وهجوم من نار. "
        "ويلعب المنتخب مباراة الإياب في كأس البطولة الأسبوع المقبل."
    )
    assert [e for e in events(body) if e["type"] in ("attack", "clash", "meeting")] == []


def test_a_killing_told_in_a_sports_report_is_an_event() -> None:
    body = (
        "فاز المنتخب على ضيفه بهدفين في مباراة الذهاب على ملعب المدينة. "
        "وسجل اللاعب الهدف الأول في الدقيقة 20 بعد تمريرة من زميله. "
        "وقتل شرطي في اشتباكات بين مشجعي الفريقين قبل المباراة. "
        "ويلعب المنتخب مباراة الإياب في كأس البطولة الأسبوع المقبل."
    )
    assert "clash" in [e["type"] for e in events(body)]


def test_a_car_hit_by_a_strike_is_no_accident() -> None:
    evs = events("وقتل ثلاثة مدنيين جراء غارة استهدفت سيارة على طريق المدينة.")
    assert [e["type"] for e in evs] == ["attack"]


# -- triggers of the third pass -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وخلال جلسة طارئة للمجلس يوم الأحد، طالب المندوب بوقف التصعيد.", ("meeting", "جلسة طارئة")),
        ("وبحثت مكالمة الرئيس الأمريكي دونالد ترامب ونظيره الروسي الأزمة.", ("meeting", "مكالمة")),
        ("ورفض الوزير العقوبات خلال محادثة هاتفية مع نظيره الأمريكي.", ("meeting", "محادثة هاتفية")),
        ("وتتهم لندن موسكو بتسميم العميل السابق في مدينة سالزبري.", ("attack", "بتسميم")),
        ("ويحتشد متظاهرون في خمس مناطق قرب الحدود.", ("protest", "ويحتشد")),
    ],
)
def test_third_pass_triggers(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in [(e["type"], e["trigger"]["text"]) for e in events(sentence)]


def test_a_court_session_is_no_meeting() -> None:
    assert events("وعقدت المحكمة جلسة للنظر في الطعن المقدم من الدفاع.") == []


# -- days -------------------------------------------------------------------------------------------


def test_a_day_after_a_future_verb_is_that_plans() -> None:
    # the day belongs to the elections (ستجرى), not to the attack
    evs = events(
        "وهو أول اعتداء يسجل ضد مركز انتخابي للانتخابات التي ستجرى في 20 تشرين الأول/أكتوبر في كابول.",
        published="2018-04-22",
    )
    assert evs and all(e["date"] is None for e in evs)


def test_an_act_going_on_now_takes_the_day_of_the_article() -> None:
    ev = only("وتدور حاليا اشتباكات عنيفة عند أطراف المدينة الشمالية.", published="2018-03-17")
    assert ev["date"] == "2018-03-17"


def test_another_strike_in_a_round_up_takes_the_day_before() -> None:
    body = (
        "شنت مقاتلات التحالف، فجر الاثنين، غارات على مواقع في محافظة الحديدة. "
        "كذلك استهدفت غارات أخرى مواقع في منطقة رأس عيسى الساحلية."
    )
    evs = [e for e in events(body, published="2018-06-04") if e["type"] == "attack"]
    assert len(evs) == 2
    assert evs[0]["date"] == evs[1]["date"] == "2018-06-04"


# -- merging ------------------------------------------------------------------------------------------


def test_an_arrest_told_again_by_another_verb_is_one() -> None:
    body = (
        "أوقفت قوات الأمن أفرادا من عصابة تبتز التجار في العاصمة. "
        "وذكرت قوات الأمن في بيان أنها اعتقلت ثلاثة أشخاص يشتبه في تكوينهم العصابة."
    )
    assert [e["type"] for e in events(body)] == ["arrest"]


def test_an_earlier_arrest_in_the_pluperfect_is_another() -> None:
    body = (
        "أعلنت وزارة الداخلية اعتقال ستة من عناصر الجماعة في مزرعة بالريف. "
        "يذكر أن السلطات كانت قد أوقفت زعيم الجماعة العام الماضي بتهم عدة."
    )
    assert [e["type"] for e in events(body)] == ["arrest", "arrest"]


def test_an_act_in_an_earlier_year_is_not_the_news_of_the_day() -> None:
    body = (
        "لقي 16 شخصا مصرعهم في حادث تصادم بين قطارين في محافظة البحيرة. "
        "وفي عام 2002، لقي 373 شخصا مصرعهم إثر اندلاع حريق في قطار مزدحم جنوب العاصمة."
    )
    evs = [e for e in events(body, published="2018-02-28") if e["type"] == "disaster"]
    assert len(evs) == 2


def test_the_article_and_a_pronoun_never_meet() -> None:
    # القبضة (the grip) is no القبض (the arrest) with a pronoun
    assert events("وقال إن المدينة سقطت في القبضة الإيرانية منذ سنوات.") == []


def test_a_party_in_a_construct_with_what_was_hit_is_a_target() -> None:
    # مواقع المتمردين: the rebels' positions were shelled; the artillery shelled them
    ev = only("وشنت مدفعية التحالف قصفا مكثفا على مواقع المتمردين في الجبهة.")
    assert names(ev["actors"])[0] == "مدفعية التحالف"
    assert "المتمردين" not in names(ev["actors"])
    assert "المتمردين" in names(ev["targets"])


def test_a_similar_operation_at_the_head_of_a_sentence_is_another() -> None:
    body = (
        "اختطف مسلحون عشرات التلميذات من مدرسة في بلدة دابتشي الاثنين الماضي. "
        "وفي عملية مشابهة، اختطف مسلحون قبل أربع سنوات مئات الفتيات من مدرسة أخرى."
    )
    assert [e["type"] for e in events(body, published="2018-02-26")] == ["arrest", "arrest"]


def test_a_meeting_place_after_a_place_word_and_its_adjective() -> None:
    ev = only("واختتمت في العاصمة الإثيوبية أديس أبابا، الخميس، قمة قادة دول المنطقة لبحث الأزمة.")
    assert "أديس أبابا" in forms(ev["places"])
    assert "أديس أبابا" not in names(ev["actors"])


def test_a_name_closing_a_phrase_after_dhidd_is_a_target() -> None:
    ev = only("وخرجت احتجاجات واسعة ضد نظام الرئيس دانييل أورتيغا في العاصمة ماناغوا.")
    assert "دانييل أورتيغا" not in names(ev["actors"])
    assert "دانييل أورتيغا" in forms(ev["targets"])


def test_a_bare_plural_dated_by_a_year_is_anchored() -> None:
    evs = events("وفي 2013، وبعد أن أزاح الجيش الرئيس إثر تظاهرات حاشدة طالبت برحيله، فاز قائده بالرئاسة.")
    assert [e["type"] for e in evs] == ["protest"]


def test_what_was_said_during_a_call_dates_the_call() -> None:
    ev = only(
        "أعرب وزير الخارجية، الجمعة، عن رفضه للعقوبات خلال محادثة هاتفية مع نظيره الأمريكي.",
        published="2018-08-11",
    )
    assert ev["date"] == "2018-08-10"


def test_the_day_of_a_death_from_wounds_is_not_the_day_of_the_act() -> None:
    ev = only("وقضى الصحافي الأربعاء متأثرا بجراح أصيب بها برصاص الجيش قرب الحدود.", published="2018-04-26")
    assert ev["date"] is None


def test_a_comma_and_a_present_verb_open_a_new_clause() -> None:
    body = (
        "بعد أسبوع على مقتل 17 فلسطينيا برصاص الجيش الإسرائيلي في مسيرة العودة يوم الجمعة الماضي، "
        "يستعد المتظاهرون اليوم على طول الحدود الشرقية والشمالية للقطاع لإشعال إطارات السيارات "
        "بهدف حجب الرؤية عن القناصة المنتشرين في المواقع العسكرية."
    )
    evs = events(body, published="2018-04-06")
    attack = next(e for e in evs if e["type"] == "attack")
    assert "يستعد" not in attack["evidence"]["text"]
    assert attack["evidence"]["text"].startswith("بعد أسبوع على مقتل")


def test_the_person_a_verbal_noun_takes_is_a_target() -> None:
    # اغتيال رفيق الحريري: whom the killing was done to, not who did it
    ev = only("وأحيا اللبنانيون ذكرى اغتيال رفيق الحريري في بيروت.")
    assert "رفيق الحريري" not in names(ev["actors"])
    assert "رفيق الحريري" in names(ev["targets"])


def test_a_speaker_named_again_after_bayna_is_a_party() -> None:
    ev = only(
        "أكد المتحدث باسم حركة طالبان، زبي الله مجاهد، أن اجتماعا بين طالبان ومبعوث أمريكا "
        "إلى أفغانستان، قد عقد في العاصمة القطرية الدوحة، الجمعة."
    )
    assert "حركة طالبان" in names(ev["actors"])
    assert "الدوحة" in forms(ev["places"])


def test_denying_a_part_in_an_act_is_no_denial_of_the_act() -> None:
    ev = only("وتنفي روسيا أي ضلوع لها في تسميم العميل السابق في مدينة سالزبري.")
    assert ev["status"] == "occurred"
    assert only("ونفت الحكومة وقوع اشتباكات في المدينة أمس.")["status"] == "denied"


@pytest.mark.parametrize(
    "sentence",
    [
        "ويخطط الفلسطينيون في غزة للبدء في احتجاج يستمر ستة أسابيع قرب الحدود.",
        "وقررت الهيئة استدعاء مسؤولي المكتب لاجتماع في القاهرة.",
    ],
)
def test_an_intent_or_a_decision_plans_the_act(sentence: str) -> None:
    assert [e["status"] for e in events(sentence)] == ["planned"]


def test_who_called_a_strike_organized_it() -> None:
    ev = only("وأغلقت المتاجر أبوابها في العاصمة ردا على إضراب عام دعت إليه المعارضة.")
    assert ev["type"] == "protest"
    assert names(ev["actors"]) == ["المعارضة"]


def test_a_name_keeps_the_case_ending_it_is_written_with() -> None:
    from marsad.events import _case_form

    # أطلقها الحوثيون (the subject) is written so, even where the entity is named الحوثيين
    assert _case_form("الحوثيين", "الحوثيون") == "الحوثيون"
    assert _case_form("الحوثيين", "الحوثيين") == "الحوثيين"
    assert _case_form("جماعة الحوثي", "الحوثيون") == "جماعة الحوثي"
    assert _case_form("المصريين", "المصريون") == "المصريون"


def test_the_nationality_of_what_was_hit_is_a_target() -> None:
    ev = only("واستهدفت غارة جوية قافلة تركية قرب الحدود الشمالية.")
    assert "تركيا" not in names(ev["actors"])
    assert "تركيا" in names(ev["targets"])


# -- places: what the event is about is not where it happened -----------------------------------


@pytest.mark.parametrize(
    "sentence, typ, place",
    [
        ("تظاهر الآلاف في عمان الجمعة احتجاجا على الغارات في مدينة نابلس.", "protest", ["عمان"]),
        ("واعتصم العشرات أمس في بيروت تضامنا مع المعتقلين في مدينة طرابلس.", "protest", ["بيروت"]),
        ("وعقد الوزيران محادثات الأحد حول الأزمة في ليبيا.", "meeting", []),
    ],
)
def test_a_place_after_a_word_of_topic_or_cause_is_not_the_events(sentence: str, typ: str, place: list) -> None:
    ev = next(e for e in events(sentence) if e["type"] == typ)
    assert names(ev["places"]) == place


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("واجتمع الوزير بالسفير، للحصول على أجوبة حول اختفاء الصحفي يوم الخميس الماضي.", None),
        ("واجتمع الوزير بالسفير الأحد الماضي، للحصول على أجوبة حول اختفاء الصحفي يوم الخميس الماضي.", "2021-03-07"),
    ],
)
def test_a_day_after_a_word_of_topic_dates_the_topic(sentence: str, day: str | None) -> None:
    assert only(sentence)["date"] == day


# -- places: a place phrase belongs to the trigger it follows ------------------------------------


def test_a_place_between_two_acts_is_the_earlier_ones_and_one_past_a_trigger_the_later_ones() -> None:
    evs = events("وقتل طفل بقصف إسرائيلي على قطاع غزة، قبيل احتجاجات ينوي الفلسطينيون تنظيمها في مدينة رفح.")
    attack = next(e for e in evs if e["type"] == "attack")
    protest = next(e for e in evs if e["type"] == "protest")
    assert "رفح" not in " ".join(names(attack["places"]))
    assert "غزة" not in " ".join(names(protest["places"]))
    assert "رفح" in " ".join(names(protest["places"]))


def test_a_place_before_a_circumstance_of_fighting_is_the_fightings_too() -> None:
    evs = events("وسقط قتلى وجرحى وأسر 36 من عناصر الميليشيا في مديرية زبيد خلال معارك مع القوات الحكومية.")
    clash = next(e for e in evs if e["type"] == "clash")
    assert "مديرية زبيد" in names(clash["places"])


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("وانفجرت عبوة ناسفة داخل مسجد الغفران أثناء صلاة الجمعة.", "مسجد الغفران"),
        ("وقتل شرطي في هجوم مسلح قرب معبر الكرامة.", "معبر الكرامة"),
        ("وأصيب جندي في هجوم مسلح عند حاجز زعترة.", "حاجز زعترة"),
    ],
)
def test_a_mosque_a_crossing_a_checkpoint_head_a_described_place(sentence: str, place: str) -> None:
    assert place in names(only(sentence)["places"])


def test_an_act_told_nowhere_takes_the_place_the_article_is_about() -> None:
    body = (
        "وأفاد ناشطون بأن قوات الأمن اعتقلت عشرات الشبان. "
        "وقال الناشطون إن مدينة حلب تشهد توترا منذ أيام، وإن الأهالي في حلب يخشون المزيد."
    )
    assert names(only(body)["places"]) == ["مدينة حلب"]


def test_no_place_is_guessed_where_the_article_names_several_alike() -> None:
    body = (
        "وأفاد ناشطون بأن قوات الأمن اعتقلت عشرات الشبان. "
        "وقال الناشطون إن حلب وحمص تشهدان توترا، وإن الأهالي في حمص وحلب يخشون المزيد."
    )
    assert only(body)["places"] == []


# -- arrests: put in prison ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "وأودع خمسة ناشطين من الحزب المعارض السجن، بحسب الحزب.",
        "وزجت السلطات بالعشرات من المعارضين في السجون الشهر الماضي.",
        "وحبس الصحفي بعد مقاله الأخير، بحسب محاميه.",
    ],
)
def test_putting_in_prison_is_an_arrest(sentence: str) -> None:
    assert only(sentence)["type"] == "arrest"


@pytest.mark.parametrize(
    "sentence",
    ["وأودع المستثمر مبلغا كبيرا في البنك المركزي.", "وأودعت الحكومة مشروع القانون لدى البرلمان."],
)
def test_putting_without_a_prison_is_no_arrest(sentence: str) -> None:
    assert events(sentence) == []


def test_the_antecedent_of_a_passive_act_is_whom_it_was_done_to() -> None:
    ev = only("بعد استبعاد مرشحين مثل قائد الجيش السابق خالد المهدي الذي حبس بتهمة مخالفة القوانين العسكرية.")
    assert ev["actors"] == []
    assert any(n.startswith("خالد") for n in forms(ev["targets"]))  # the tagger may end the name early
    put = only("وأودع خمسة ناشطين من الحزب المعارض السجن، بحسب الحزب.")
    assert put["actors"] == []


# -- places: a definite place word refers back to the place named with it ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "ويسكن مخيم العروب نحو عشرة آلاف لاجئ. وقال شهود إن قوات الجيش توغلت فجر اليوم داخل المخيم.",
        "ويسكن نحو عشرة آلاف لاجئ في مخيم العروب. وقال شهود إن قوات الجيش توغلت فجر اليوم داخل المخيم.",
    ],
)
def test_a_definite_place_word_alone_is_the_place_named_before(body: str) -> None:
    assert names(only(body)["places"])[0] == "مخيم العروب"


def test_a_definite_place_word_with_nothing_named_before_stays_as_written() -> None:
    assert names(only("وتوغلت قوات الجيش فجر اليوم داخل المخيم.")["places"]) == ["المخيم"]


def test_a_vehicle_as_the_instrument_is_an_attack_not_an_accident() -> None:
    assert [e["type"] for e in events("وهاجم رجل بسيارته عددا من الجنود قرب ثكنتهم.")] == ["attack"]
    assert [e["type"] for e in events("واقتحمت سيارة رصيف المشاة في وسط المدينة.")] == ["disaster"]


def test_the_day_of_the_setting_dates_the_act_told_in_it() -> None:
    evs = events("وقتل فتى برصاص الجيش وأصيب 20 شخصا في مواجهات، الجمعة، قرب السياج.", published="2018-07-14")
    assert {e["type"]: e["date"] for e in evs} == {"attack": "2018-07-13", "clash": "2018-07-13"}
    evs = events("وشنت الطائرات غارات ردا على هجوم في 4 أبريل.", published="2018-07-14")
    assert [e["date"] for e in evs if e["trigger"]["text"] == "وشنت"] == [None]

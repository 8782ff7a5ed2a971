"""Events: telling one act from several, acts that are none, and new trigger words (marsad.events).

Each rule is shown with a sentence written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest

from marsad.pipeline import process


def events(body: str, title: str | None = None, published: str = "2021-03-10") -> list[dict]:
    return process(body, title=title, published=published).layers["events"]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


def kinds(evs: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in evs]


# -- status: a word of sequence cuts the reach of a plan before it ----------------------------------


def test_a_plan_before_a_word_of_sequence_is_not_the_act_s() -> None:
    # قررت … ردا على هجوم: the decision is planned, the attack it answers came first
    ev = events("وقررت الحكومة طرد ثلاثة دبلوماسيين ردا على هجوم استهدف معارضا في العاصمة.")[0]
    assert ev["type"] == "attack"
    assert ev["status"] == "occurred"


def test_a_plan_still_makes_a_planned_act() -> None:
    ev = events("وقررت الحكومة عقد اجتماع طارئ مع قادة الأحزاب في العاصمة.")[0]
    assert ev["status"] == "planned"


# -- dates: a light verb opens the act, the day after its subject dates it --------------------------


def test_the_day_after_the_subject_of_a_light_verb_dates_the_act() -> None:
    ev = events("شن سلاح الجو، السبت، سلسلة غارات على مواقع في مدينة دير الزور.", published="2021-03-14")[0]
    assert ev["date"] == "2021-03-13"


def test_the_day_after_a_speaker_still_dates_the_report() -> None:
    ev = events("قال الجيش، السبت، إنه نفذ غارات على مواقع في مدينة دير الزور.", published="2021-03-14")[0]
    assert ev["date"] is None


# -- hostages: holding hostages is an attack, not an arrest ----------------------------------------


def test_hostages_held_in_an_attack_are_that_attack() -> None:
    evs = events("وقع هجوم في بلدة صغيرة حين احتجز مسلح رهائن داخل متجر، ما أدى إلى مقتل ثلاثة.")
    assert kinds(evs) == [("attack", "هجوم")]


def test_hostages_held_alone_are_an_attack() -> None:
    evs = events("احتجز مسلح رهائن داخل مصرف في وسط المدينة صباح الثلاثاء.")
    assert [e["type"] for e in evs] == ["attack"]


def test_an_arrest_without_hostages_stays_an_arrest() -> None:
    evs = events("احتجزت الشرطة ثلاثة مشتبه بهم في وسط المدينة صباح الثلاثاء.")
    assert [e["type"] for e in evs] == ["arrest"]


# -- the title's event: an act told after a word of sequence and dated to a past day is another ------


def test_an_earlier_act_after_a_word_of_sequence_is_not_the_title_s() -> None:
    evs = events(
        "وأفادت الشرطة أن رجلا حاول دهس جنود قرب ثكنة في المدينة دون وقوع إصابات.\n"
        "ويأتي ذلك بعد أقل من أسبوع على هجوم في بلدة أخرى وقع يوم الجمعة الماضي.",
        title="رجل يهاجم جنودا بسيارته",
        published="2021-03-11",
    )
    assert [e["type"] for e in evs] == ["attack", "attack"]
    assert evs[1]["date"] == "2021-03-05"


# -- trigger words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("فتح مسلحون النار على حافلة تقل عمالا في الطريق إلى المدينة.", "فتح"),
        ("مهربون يطلقون النار على مهاجرين فروا من مخيم في الصحراء", "يطلقون النار"),
        ("وقتل أكثر من عشرة متظاهرين بالرصاص الحي في ساحة المدينة.", "بالرصاص"),
        ("وأفادت المصادر أن رجلا حاول دهس جنود قرب ثكنتهم في المدينة.", "دهس"),
    ],
)
def test_more_attack_words(sentence: str, trigger: str) -> None:
    evs = events(sentence)
    assert [e["type"] for e in evs] == ["attack"]
    assert evs[0]["trigger"]["text"] == trigger


# -- no act: thinking of it, fearing it, counting many, a campaign's or an event's name --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ونفى الرئيس أن يكون قد فكر في اغتيال زعيم المعارضة.",
        "وقال الوزير إن بلاده لا تخشى استهداف قادة الحركة في الخارج.",
        "وقال الوزير: لا نخشى استهداف قادتهم في أي مكان.",
        "وقال الخبير إن فرض الرسوم على الواردات سيكون كمن يطلق النار على قدميه.",
        "وكانت الجماعة مسؤولة عن كثير من الهجمات على القوات الأجنبية في البلاد.",
        "ونسب إلى التنظيم بعض الهجمات الدموية في العاصمة.",
        'وتبرعت الشركة بمبلغ كبير لحملة "مسيرة من أجل السلام" التي أطلقها طلاب.',
    ],
)
def test_no_occurrence(sentence: str) -> None:
    assert events(sentence) == []


def test_a_name_an_event_came_to_bear_is_that_event() -> None:
    evs = events('وشاركت الممثلة في مظاهرة في العاصمة دمشق، عرفت فيما بعد بـ"تظاهرة المثقفين".')
    assert [e["type"] for e in evs] == ["protest"]


def test_a_volcano_that_explodes_is_a_disaster() -> None:
    evs = events('ارتفع عدد القتلى بعد انفجار "بركان النار" في غواتيمالا.')
    assert [e["type"] for e in evs] == ["disaster"]


# -- one act told again ----------------------------------------------------------------------------


def test_a_verb_whose_subject_is_the_noun_told_before_is_that_act() -> None:
    # واستهدفت الغارات …: the strikes already told, told again by their noun right after the verb
    evs = events(
        "شنت طائرات حربية غارات على مدينة رفح ليل الثلاثاء.\nواستهدفت الغارات مواقع عسكرية للحركة.",
        published="2021-03-10",
    )
    assert len(evs) == 1


def test_a_pluperfect_act_of_its_own_month_is_another_act() -> None:
    evs = events(
        "قصفت طائرات حربية مواقع في غزة ليل الثلاثاء.\n"
        "وكانت طائرات حربية قد قصفت مطلع الشهر الجاري مواقع أخرى في غزة.",
        published="2021-03-10",
    )
    assert len(evs) == 2


def test_a_word_of_reply_between_two_acts_makes_the_second_another() -> None:
    evs = events(
        "شن سلاح الجو غارات على مواقع في القطاع، ورد مسلحون بإطلاق قذائف على بلدات محاذية.",
        published="2021-03-10",
    )
    assert len(evs) == 2


def test_the_place_of_a_word_in_the_same_clause_tells_two_acts_apart() -> None:
    # هجوم الطعن في محطة أمستردام: the place found for الطعن is the attack's too
    evs = events(
        "أكدت القوات الأمريكية أن قائد التنظيم قتل في هجوم في مدينة قندهار قبل أيام.\n"
        "كشفت الشرطة الهولندية هوية منفذ هجوم الطعن في محطة القطارات في أمستردام.",
        published="2021-03-10",
    )
    assert len(evs) == 2


# -- parties --------------------------------------------------------------------------------------


def test_the_force_that_put_down_a_protest_did_not_protest() -> None:
    evs = events("وقتل عشرة متظاهرين خلال قمع القوات الحكومية التظاهرات التي خرجت في العاصمة.")
    protest = next(e for e in evs if e["type"] == "protest")
    assert "القوات الحكومية" not in names(protest["actors"])


def test_a_money_unit_is_no_party() -> None:
    evs = events("ووقعت الشركتان في الرياض اتفاقية بقيمة مليار دولار لبناء مصنع.")
    assert evs and all("دولار" not in names(e["actors"]) for e in evs)


# -- more: a crash narrated again, regions too wide to tell acts apart, a deal's content -------------


def test_a_crash_told_again_by_its_verb_elsewhere_in_the_region_is_one() -> None:
    evs = events(
        "قتل 18 شخصا في تحطم طائرة مروحية في شمال سيبيريا.\n"
        "وقالت الوزارة إن الطائرة تحطمت على بعد 180 كم من بلدة إيغاركا في منطقة كراسنويارسك.",
        published="2021-03-10",
    )
    assert [e["type"] for e in evs] == ["disaster"]


def test_a_continent_does_not_tell_two_attacks_apart() -> None:
    evs = events(
        "وقال الوزير إن الهجوم أول استخدام للأسلحة الكيميائية في أوروبا منذ عقود.\n"
        "وأشار إلى أن المادة المستخدمة في هجوم الرابع من آذار/مارس في سالزبري ببريطانيا كانت غاز أعصاب.",
        published="2021-03-27",
    )
    assert [e["type"] for e in evs] == ["attack"]


def test_what_a_deal_says_is_not_a_plan_of_the_deal() -> None:
    evs = events(
        "توصل زعماء الاتحاد الأوروبي إلى اتفاق بشأن الهجرة في بروكسل.\n"
        'وأشاد رئيس الوزراء بأن الاتفاق ينص على أن تكون "أوروبا أكثر مسؤولية".',
        published="2021-03-10",
    )
    agreements = [e for e in evs if e["type"] == "agreement"]
    assert len(agreements) == 1
    assert agreements[0]["status"] == "occurred"


def test_fires_set_on_purpose_are_attacks() -> None:
    evs = events("واندلعت حرائق في الحقول بعدما أطلق شبان طائرات ورقية محملة بزجاجات حارقة.")
    assert [e["type"] for e in evs] == ["attack"]


def test_a_fire_with_no_one_setting_it_stays_a_disaster() -> None:
    evs = events("واندلع حريق كبير في مصنع للنسيج في ضواحي المدينة.")
    assert [e["type"] for e in evs] == ["disaster"]


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("في 2 أكتوبر من عام 1187 أنهت قوات صلاح الدين حصارها للقدس بالسيطرة على المدينة.", "1187-10-02"),
        ("ومن أبرز أحداث 5 سبتمبر، كان هجوم مسلحين على البعثة الرياضية في ميونيخ عام 1972.", "1972-09-05"),
    ],
)
def test_a_day_in_history_takes_its_year(sentence: str, day: str) -> None:
    ev = events(sentence, published="2018-10-02")[0]
    assert ev["date"] == day


def test_the_day_after_the_subject_of_reaching_a_deal_dates_it() -> None:
    ev = events(
        "توصل زعماء الاتحاد الأوروبي، ليل الخميس، إلى اتفاق بشأن الهجرة في بروكسل.", published="2018-06-29"
    )[0]
    assert ev["type"] == "agreement"
    assert ev["date"] == "2018-06-28"
    assert "زعماء الاتحاد الأوروبي" in names(ev["actors"])


# -- summons, kites, what a bomb hit ----------------------------------------------------------------


def test_summoning_an_envoy_is_a_meeting() -> None:
    evs = events("استدعت وزارة الخارجية السفير الإسرائيلي في القاهرة صباح الأحد.")
    assert [e["type"] for e in evs] == ["meeting"]


def test_recalling_a_unit_is_no_meeting() -> None:
    assert events("قالت البعثة إنها استدعت وحدة من الشرطة تعمل في أحد المعسكرات.") == []


def test_a_kite_is_no_aircraft() -> None:
    assert events("واشتعلت النيران في مستودع بعدما سقطت عليه طائرة ورقية.") == []


def test_a_vehicle_after_the_verb_of_a_relative_clause_was_hit() -> None:
    # القنبلة التي استهدفت حافلة: the bus is what the bomb hit, no road accident
    evs = events("وقال خبراء إن القنبلة التي استهدفت حافلة مدرسية في اليمن أمريكية الصنع.")
    assert [e["type"] for e in evs] == ["attack"]


def test_recalling_ones_own_two_envoys_is_no_meeting() -> None:
    # سفيريها: the country's own ambassadors called home, no meeting between parties; another
    # side's envoys summoned are one (استدعت الخارجية سفيري فرنسا وألمانيا)
    assert events("وقال الوزير إن بلاده تقوم باستدعاء سفيريها في واشنطن وتل أبيب للتشاور.") == []
    evs = events("واستدعت وزارة الخارجية الإيرانية سفيري فرنسا وألمانيا في طهران.")
    assert [e["type"] for e in evs] == ["meeting"]


def test_the_day_before_a_word_of_reply_is_the_reply_s() -> None:
    evs = events(
        "وشنت الدول الثلاث ضربات على مواقع في دمشق فجر السبت ردا على هجوم كيماوي في دوما.",
        published="2018-04-14",
    )
    by_trigger = {e["trigger"]["text"]: e for e in evs}
    assert by_trigger["ضربات"]["date"] == "2018-04-14"
    assert by_trigger["هجوم"]["date"] is None


def test_a_noun_with_a_preposition_after_a_verb_is_no_subject() -> None:
    # استهدفت بالقصف: targeted by shelling; the verb tells an act of its own, not the one told before
    evs = events(
        "وقع هجوم كيماوي في دوما الأسبوع الماضي.\nوقال المرصد إن المراكز التي استهدفت بالقصف فجر السبت كانت خالية.",
        published="2018-04-14",
    )
    assert len(evs) == 2


def test_a_visit_told_again_under_an_expectation_is_that_visit() -> None:
    # من المتوقع أن تشهد الزيارة صفقات: the deals are expected, the visit was told as taking place
    evs = events(
        "ترحب لندن بزيارة ولي العهد إلى بريطانيا.\nومن المتوقع أن تشهد الزيارة توقيع صفقات كبيرة.",
        published="2021-03-07",
    )
    meetings = [e for e in evs if e["type"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["status"] == "occurred"


def test_the_attackers_firing_tell_the_attack_again() -> None:
    evs = events(
        "هاجمت مجموعة مسلحة صباح الاثنين مقر الشركة في العاصمة طرابلس.\n"
        "وأوضح المدير أن المهاجمين أطلقوا النار بشكل عشوائي على البوابة الرئيسية.",
        published="2021-03-08",
    )
    assert [e["type"] for e in evs] == ["attack"]


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("فتح مهربون النار على مهاجرين حاولوا الفرار من مخيم في الصحراء.", "مهربون"),
        ("وأطلق مجهولون النار على سيارة ضابط في وسط المدينة.", "مجهولون"),
    ],
)
def test_described_attackers_are_actors(sentence: str, actor: str) -> None:
    ev = events(sentence)[0]
    assert actor in names(ev["actors"])


def test_a_summit_its_own_word_says_is_to_come_is_another() -> None:
    evs = events(
        "عقد الزعيمان قمة مفاجئة في المنطقة منزوعة السلاح السبت.\n"
        "وأعرب الزعيم عن أمله في أن تنجح القمة المرتقبة مع الرئيس الأميركي في سنغافورة.",
        published="2018-05-27",
    )
    assert sorted(e["status"] for e in evs if e["type"] == "meeting") == ["occurred", "planned"]

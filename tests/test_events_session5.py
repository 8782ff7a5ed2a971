"""Events: agents after على يد, arrests of gangs, arrests told again, cases named in passing, fighting
that lasts, habits of every year (marsad.events).

Each rule is shown with a sentence written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from events_helpers import events, forms, names, only

# -- على يد/على أيدي after a word of killing or wounding names who did it ---------------------------


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("وقتل 40 مدنيا على الأقل على يد قوات الأمن في مدينة كسلا الشهر الماضي.", "قوات الأمن"),
        ("وقتل شخصان وجرح ستة آخرون على أيدي مسلحين في سوق بلدة الرميلة.", "مسلحين"),
        ("وتحدث الأب عن مقتل ابنه على يد عناصر الميليشيا في حي المنصورة.", "عناصر الميليشيا"),
    ],
)
def test_harm_by_hand_is_an_attack_with_its_agent(sentence: str, actor: str) -> None:
    ev = only(sentence)
    assert ev["type"] == "attack"
    assert actor in " ".join(names(ev["actors"]))


@pytest.mark.parametrize(
    "sentence",
    [
        "وكان الطاهي الشاب يتتلمذ على يد معلمه الفرنسي في مطعم بمدينة ليون.",
        "وودع المنتخب البطولة من دور الثمانية على يد بلجيكا.",
        "وتأسس النادي عام 1920 على يد مجموعة من الطلاب في المدينة.",
    ],
)
def test_by_hand_without_harm_is_no_event(sentence: str) -> None:
    assert events(sentence) == []


# -- arrests: a gang stopped (إيقاف عصابة) and one arrest told again by other verbs -----------------


def test_stopping_a_gang_is_an_arrest() -> None:
    ev = only("إيقاف عصابة في الدار البيضاء تسرق السيارات الفاخرة")
    assert ev["type"] == "arrest"


def test_stopping_work_is_no_arrest() -> None:
    assert events("وأعلنت الشركة إيقاف العمل في المصنع بسبب الأمطار.") == []


def test_arrest_told_again_with_the_day_of_its_report_is_one_event() -> None:
    body = (
        "ذكرت الشرطة في بيان أنها اعتقلت أربعة أشخاص يشتبه في سرقتهم متاجر للذهب.\n"
        "أوقفت الشرطة أفرادا من العصابة التي تسرق متاجر الذهب، بحسب ما أعلنت الأحد."
    )
    evs = [e for e in events(body) if e["type"] == "arrest"]
    assert len(evs) == 1


def test_a_question_of_detention_is_no_arrest() -> None:
    body = "وقالت مجموعة العمل المعنية بمسألة الاحتجاز التعسفي إن الحكم ينتهك حق الناشط في التعبير."
    assert [e for e in events(body) if e["type"] == "arrest"] == []


# -- a case named in passing: the names before it did something else, whom it was done to is no actor


def test_case_named_in_passing_takes_no_actor_from_before_it() -> None:
    ev = only("وأعرب الوزير فلاديمير بيتروف عن رفضه للعقوبات المفروضة بسبب قضية تسميم المعارض في لندن.")
    assert ev["type"] == "attack"
    assert "فلاديمير بيتروف" not in names(ev["actors"])


def test_whom_a_verbal_noun_was_done_to_after_a_description_is_a_target() -> None:
    ev = only("وفرضت العقوبات بسبب تسميم العميل الروسي السابق سيرغي سكريبال في بريطانيا.")
    assert "سيرغي سكريبال" in names(ev["targets"])
    assert "سيرغي سكريبال" not in names(ev["actors"])
    assert "روسيا" not in names(ev["actors"])  # the nationality describes the victim


def test_nationality_before_a_target_after_a_preposition_stays_an_actor() -> None:
    ev = only("وقال إن الضربات الجوية الإسرائيلية على أهداف إيرانية في سوريا الخميس كانت ضرورية.")
    assert "إسرائيل" in names(ev["actors"])


# -- fighting that lasts, the battlefield, going on with a fight, and habits ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "وفر السكان من البلدة على إثر المعارك المستمرة هناك منذ أسابيع.",
        "وقتل 300 مدني خلال شهرين من المعارك في الغوطة.",
        "وتركت الميليشيا ذخائر كثيرة في أرض المعركة.",
        "وتصر القوات على استكمال المعركة حتى طرد المسلحين من المدينة.",
    ],
)
def test_lasting_fighting_is_no_clash(sentence: str) -> None:
    assert [e for e in events(sentence) if e["type"] == "clash"] == []


def test_a_clash_of_one_day_stays() -> None:
    ev = only("واندلعت اشتباكات بين الجيش ومسلحين في بلدة الرميلة يوم الأحد.")
    assert ev["type"] == "clash"


@pytest.mark.parametrize(
    "sentence",
    [
        "ويزور نحو مئة ألف سائح المدينة القديمة كل سنة.",
        "ويتظاهر العمال في الساحة الكبرى كل عام في عيد العمال.",
    ],
)
def test_every_year_is_a_habit(sentence: str) -> None:
    assert events(sentence) == []


# -- a title tells the past in the present (يقتل، يدك); the body's present is no act ---------------


@pytest.mark.parametrize(
    "title, actor",
    [
        ("الجيش يقتل ثلاثة مسلحين في هجوم على قاعدة قرب الحدود", "الجيش"),
        ("التحالف يدك مواقع المتمردين في الجبال", "التحالف"),
    ],
)
def test_present_verb_of_a_title_is_an_attack(title: str, actor: str) -> None:
    evs = [e for e in events("وأفادت مصادر محلية بسقوط ضحايا.", title=title) if e["type"] == "attack"]
    assert len(evs) == 1
    assert actor in names(evs[0]["actors"])


def test_present_kill_verb_in_the_body_is_no_act() -> None:
    assert events("وقال الوزير إن الإرهاب يقتل الأبرياء في كل مكان.") == []


def test_a_flood_that_kills_is_one_disaster() -> None:
    evs = events("وأفادت السلطات بأن الأمطار ما زالت تهطل.", title="فيضانات قوية تقتل خمسة أشخاص في الجنوب")
    assert [e["type"] for e in evs] == ["disaster"]


# -- a verb tells again the act its verbal noun told -------------------------------------------------


def test_verb_of_the_nouns_root_tells_the_same_act() -> None:
    body = (
        "وتظهر المقاطع اقتحام مئات المحتجين مقر البلدية في مدينة الكوت.\n"
        "وذكر شهود أن المحتجين الغاضبين اقتحموا المقر وحطموا نوافذه."
    )
    assert len([e for e in events(body) if e["type"] == "attack"]) == 1


def test_verb_of_the_nouns_root_elsewhere_is_another_act() -> None:
    body = (
        "وتواصل استهداف مقاتلات التحالف لمواقع المتمردين في جبهة الساحل.\n"
        "واستهدفت المقاتلات تعزيزات للمتمردين في مديرية حيس."
    )
    assert len([e for e in events(body) if e["type"] == "attack"]) == 2


def test_verb_of_the_nouns_root_with_its_own_month_is_another_act() -> None:
    body = (
        "تحطم طائرة عسكرية خلال رحلة تدريب في شمال البلاد.\n"
        "وكانت البلاد قد شهدت في ديسمبر الماضي إصابة طيار عندما تحطمت طائرة من الطراز ذاته."
    )
    assert len([e for e in events(body, published="2018-07-06") if e["type"] == "disaster"]) == 2


# -- a time of day with no day is the day of the article ---------------------------------------------


def test_dawn_with_no_day_is_the_publication_day() -> None:
    ev = only("وقال مصدر أمني إن طائرات حربية شنت فجرا غارات على مواقع في شرق المدينة.", published="2018-07-14")
    assert ev["date"] == "2018-07-14"


# -- a device found is no blast; the row written in a form wins over an inflected one ---------------


def test_device_found_is_no_attack() -> None:
    body = "وأوضح البيان أن قوات الأمن عثرت لدى المشتبه بهم على مسدسات وقنابل يدوية وعبوة ناسفة."
    assert [e for e in events(body) if e["type"] == "attack"] == []


def test_device_that_went_off_is_an_attack() -> None:
    ev = only("وقتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق بلدة الرميلة الأحد.")
    assert ev["type"] == "attack"


def test_plural_row_of_its_own_refers_back() -> None:
    # عمليات عسكرية (ana) is its own row: the plural of عملية عسكرية never starts an event
    body = "وكانت القوات قد استعادت خلال عمليات عسكرية العدد الأكبر من المناطق المحاصرة."
    assert events(body) == []


# -- ، و + a verb of acting with its own subject opens a clause of its own ---------------------------


def test_and_acted_with_a_new_subject_is_a_clause_of_its_own() -> None:
    body = (
        "ونفذت القوات المشتركة عملية التفاف على مواقع المتمردين في محيط مدينة الخوخة، "
        "وشنت مدفعية التحالف قصفا مكثفا على مواقع المتمردين."
    )
    evs = [e for e in events(body) if e["type"] == "attack"]
    assert len(evs) == 2
    assert any("مدفعية التحالف" in names(e["actors"]) for e in evs)


def test_and_acted_with_no_subject_goes_on_in_its_clause() -> None:
    body = (
        "وداهمت الشرطة في وقت مبكر من صباح الأربعاء منزلا لأصدقاء الرئيس في العاصمة، "
        "وقامت باعتقال أفراد منهم."
    )
    assert len([e for e in events(body) if e["type"] == "arrest"]) == 1


# -- one trip: its stops and what it will hold are that trip ----------------------------------------


def test_stops_of_a_trip_are_one_meeting() -> None:
    body = (
        "تبدأ وزيرة الخارجية سارة نيلسون زيارة إلى القارة الأفريقية تشمل دولا عدة.\n"
        "وتستمر جولتها في القارة أسبوعا، حيث تزور غانا وكينيا ومصر.\n"
        "ومن المتوقع أن تشمل جولة الوزيرة زيارة المدارس والمستشفيات."
    )
    assert len([e for e in events(body) if e["type"] == "meeting"]) == 1


def test_a_visit_planned_elsewhere_by_its_own_noun_stays_apart() -> None:
    body = (
        "زار وزير الخارجية القاهرة الأحد والتقى نظيره المصري.\n"
        "ومن المقرر أن يزور الوزير الرياض الأسبوع المقبل."
    )
    statuses = sorted(e["status"] for e in events(body) if e["type"] == "meeting")
    assert statuses == ["occurred", "planned"]


# -- a call to a person named is a meeting; a war is no party; claiming an act ----------------------


def test_call_to_a_named_person_is_a_meeting() -> None:
    ev = only("وقالت تقارير إن رئيس الوزراء اتصل بالرئيس الأرجنتيني ماوريسيو ماكري مساء الأحد.")
    assert ev["type"] == "meeting"
    assert "ماوريسيو ماكري" in forms(ev["actors"])


def test_call_to_a_title_alone_is_no_meeting() -> None:
    assert [e for e in events("واتصل المسلح بقائد الميليشيا الذي جاء واصطحبه.") if e["type"] == "meeting"] == []


def test_a_war_is_no_actor() -> None:
    body = "وفي عام 1918 تمكنت القوات العربية من السيطرة على مدينة دمشق خلال الحرب العالمية الأولى."
    evs = [e for e in events(body) if e["type"] == "attack"]
    assert evs
    assert all("الحرب العالمية الأولى" not in names(e["actors"]) for e in evs)


def test_who_claims_an_act_did_it() -> None:
    ev = only("وقتل عشرة أشخاص في تفجير انتحاري تبناه تنظيم داعش في سوق المدينة.")
    assert "داعش" in " ".join(names(ev["actors"]))


def test_noun_of_the_verbs_root_tells_the_same_act() -> None:
    body = (
        "واندلعت اشتباكات بين أبناء القبائل والمسلحين بعد أن فجروا منازل في قرية الحصن.\n"
        "وأكدت المصادر أن المسلحين قاموا بتفجير خمسة منازل في القرية."
    )
    assert len([e for e in events(body) if e["type"] == "attack"]) == 1

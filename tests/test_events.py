"""Events: triggers and their forms, non-events, status, dates, parties, merging (marsad.events).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from marsad.pipeline import process


def events(body: str, title: str | None = None, published: str = "2021-03-10") -> list[dict]:
    return process(body, title=title, published=published).layers["events"]


def kinds(body: str, **kw) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body, **kw)]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


# -- triggers, in their inflected and cliticized forms ------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وقصفت المدفعية مواقع في ريف حماة.", ("attack", "وقصفت")),
        ("قتل ثلاثة أشخاص في غارات على بلدة سرمين.", ("attack", "غارات")),
        ("اندلعت اشتباكات عنيفة في حي الشيخ مقصود.", ("clash", "اشتباكات")),
        ("واعتقلت الشرطة خمسة متظاهرين في وسط العاصمة.", ("arrest", "واعتقلت")),
        ("خرجت مظاهرة حاشدة في ساحة التحرير.", ("protest", "مظاهرة")),
        ("والتقى وزير الخارجية نظيره الفرنسي في باريس.", ("meeting", "والتقى")),
        ("وقعت الحكومة والمتمردون اتفاقا للسلام في جوبا.", ("agreement", "اتفاقا")),
        ("ضرب زلزال بقوة 6 درجات جزيرة سومطرة.", ("disaster", "زلزال")),
        ("تحطمت طائرة شحن قرب مطار كابل.", ("disaster", "تحطمت")),
    ],
)
def test_trigger_forms(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(sentence)


def test_a_phrase_trigger_is_one_trigger() -> None:
    # "إطلاق النار" is one trigger, not "إطلاق" and "النار"
    assert kinds("أصيب شرطي في إطلاق النار قرب السفارة.") == [("attack", "إطلاق النار")]


def test_dual_trigger_with_two_days_gives_two_events() -> None:
    evs = events("وتمسكت الحكومة باتفاقي التهدئة اللذين تم التوصل إليهما في 3 و9 مارس الجاري.")
    assert [(e["type"], e["date"]) for e in evs] == [("agreement", "2021-03-03"), ("agreement", "2021-03-09")]


def test_words_that_only_look_like_triggers() -> None:
    # وزارة is not و + زار, لقمة is not ل + قمة, الاجتماعي is an adjective
    assert events("قالت وزارة الصحة إن لقمة العيش صعبة في ظل الضمان الاجتماعي.") == []


def test_drone_is_no_march_and_a_facility_is_no_arrest() -> None:
    assert kinds("نقل المعارضون إلى مركز احتجاز في الصحراء.") == []
    assert [t for t, _ in kinds("استهدف هجوم بطائرة مسيرة قاعدة جوية في الجنوب.")] == ["attack"]
    assert [t for t, _ in kinds("شنت الطائرات غارات على مدينة إدلب.")] == ["attack"]


# -- what is not an event ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "دعا مجلس الأمن إلى وقف إطلاق النار فورا.",  # an appeal
        "هدد الجيش بشن هجوم واسع على المدينة.",  # a threat
        "قد تشارك بريطانيا في ضربات جوية إذا ثبت استخدام السلاح الكيميائي.",  # a condition
        "تحدث غالبا اشتباكات بين الرعاة والمزارعين في المنطقة.",  # a habit
        "شن الوزير هجوما على الصحيفة قائلا إنها تكذب.",  # an attack in words
        "لم يقع أي هجوم على القافلة.",  # negation
        "ألغى الرئيس جولة في أمريكا اللاتينية.",  # called off
        "أعرب السكان عن الخوف من الاحتجاز.",  # a fear
    ],
)
def test_non_events(sentence: str) -> None:
    assert events(sentence) == []


def test_bare_plural_needs_a_place_or_a_day() -> None:
    # "هجمات" with neither a place nor a day is talk of attacks in general
    assert events("دعا التنظيم أنصاره في تسجيل مصور إلى هجمات.") == []
    assert [t for t, _ in kinds("شنت الطائرات غارات على مدينة إدلب.")] == ["attack"]


def test_hosting_needs_a_guest() -> None:
    assert events("تستضيف المدينة مباريات البطولة هذا الصيف.") == []


# -- status --------------------------------------------------------------------------------------


def test_planned_meeting() -> None:
    (ev,) = events("ومن المقرر أن يجتمع وزيرا خارجية البلدين يوم الجمعة في القاهرة.", published="2021-03-10")
    assert (ev["type"], ev["status"], ev["date"]) == ("meeting", "planned", "2021-03-12")


def test_future_prefix_is_planned() -> None:
    (ev,) = events("وسيلتقي الرئيس نظيره التركي في أنقرة.")
    assert ev["status"] == "planned"


def test_planned_weekday_is_the_coming_one() -> None:
    # published Wednesday 2021-03-10: "على أن تلتقي ... الثلاثاء" is the Tuesday to come
    evs = events("والتقت المسؤولة سفير إسبانيا الاثنين، على أن تلتقي سفير بلجيكا الثلاثاء.")
    assert [(e["status"], e["date"]) for e in evs] == [("occurred", "2021-03-08"), ("planned", "2021-03-16")]


def test_denied() -> None:
    (ev,) = events("ونفت وزارة الدفاع أن تكون القاعدة تعرضت لقصف.")
    assert (ev["type"], ev["status"]) == ("attack", "denied")


# -- dates -----------------------------------------------------------------------------------------


def test_date_of_the_event() -> None:
    (ev,) = events("اقتحم الجيش، صباح الاثنين، مخيم جنين.", published="2021-03-10")
    assert ev["date"] == "2021-03-08"


def test_date_of_the_report_is_not_the_event_date() -> None:
    (ev,) = events("أعلنت السلطات، السبت، اعتقال أربعة مشتبه بهم.", published="2021-03-10")
    assert ev["date"] is None
    (ev,) = events("قال المتحدث، الثلاثاء، إن مسلحين هاجموا حافلة للركاب.", published="2021-03-10")
    assert ev["date"] is None


def test_since_date_dates_a_campaign() -> None:
    evs = events("قتل مئات الجنود منذ بدء القتال يوم 2 فبراير.", published="2021-03-10")
    assert [(e["type"], e["date"]) for e in evs] == [("clash", "2021-02-02")]


# -- parties ----------------------------------------------------------------------------------------


def test_place_after_preposition_and_described_place() -> None:
    (ev,) = events('قصفت القوات الحكومية مواقع في منطقة "الزاوية" الشمالية.')
    assert any("الزاوية" in n for n in names(ev["places"]))
    assert "القوات الحكومية" in names(ev["actors"])


def test_nationality_adjective_gives_the_country() -> None:
    (ev,) = events("قصفت الطائرات الروسية مواقع للمعارضة.")
    assert "روسيا" in names(ev["actors"])


def test_described_party_without_its_proclitic() -> None:
    (ev,) = events("اعتقلت الشرطة الفرنسية رجلا في مرسيليا.")
    assert "الشرطة الفرنسية" in names(ev["actors"])


def test_disaster_has_no_actors() -> None:
    (ev,) = events("ضرب زلزال قوي جزيرة لومبوك الإندونيسية.")
    assert ev["actors"] == []


# -- merging --------------------------------------------------------------------------------------


def test_title_and_lead_are_one_event() -> None:
    evs = events(
        "قتل عشرة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الباب. وقالت الشرطة إن الانفجار وقع ظهرا.",
        title="انفجار يهز مدينة الباب",
    )
    assert [e["type"] for e in evs] == ["attack"]
    assert len(evs[0]["mentions"]) == 3


def test_another_strike_is_another_event() -> None:
    evs = events("قتل خمسة في غارة على قرية الحمرا. وفي غارة أخرى قرب بلدة الشيخ قتل ثلاثة.")
    assert [e["type"] for e in evs] == ["attack", "attack"]


def test_different_days_are_different_events() -> None:
    evs = events("اجتمع الوزير بالسفير الأحد. ثم اجتمع بالسفير مرة ثانية الثلاثاء.", published="2021-03-10")
    assert len(evs) == 2


def test_statement_and_figures_are_linked() -> None:
    (ev,) = events("قالت وزارة الصحة إن 12 شخصا قتلوا في غارة على مدينة دوما.")
    assert ev["statement"] is not None
    assert ev["casualties"]


# -- odd input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["", "   ", "Breaking news: nothing here.", "هجوم " * 3000, "قصف" + "ـ" * 500, "قصفت. " * 2000]
)
def test_odd_input(text: str) -> None:
    assert isinstance(events(text), list)


# -- the example article (through the whole pipeline) -----------------------------------------------


def _find(record: dict, type_: str, trigger: str) -> dict:
    for ev in record["events"]:
        if ev["type"] == type_ and any(t["text"] == trigger for t in ev.get("triggers") or [ev["trigger"]]):
            return ev
    raise AssertionError(f"no {type_} event with trigger {trigger}")


def test_example_article(example_record: dict) -> None:
    rec = example_record
    fuzuli = _find(rec, "attack", "قصفت")
    assert fuzuli["date"] is None and fuzuli["status"] == "occurred"
    assert any("فضولي" in n for n in names(fuzuli["places"]))
    assert {"القوات المسلحة الأرمينية", "أرمينيا"} & set(names(fuzuli["actors"]))
    missiles = _find(rec, "attack", "أطلقتها")
    assert missiles["date"] == "2020-10-22" and "أرمينيا" in names(missiles["actors"] + missiles["places"])
    brussels = _find(rec, "meeting", "واجتمع")
    assert brussels["date"] == "2020-10-22" and "بروكسل" in names(brussels["places"])
    assert {"أرمين سركيسيان", "جوزيب بوريل"} <= set(names(brussels["actors"]))
    lavrov = _find(rec, "meeting", "استضاف")
    assert lavrov["date"] == "2020-10-21" and "سيرغي لافروف" in names(lavrov["actors"])
    washington = _find(rec, "meeting", "يجتمع")
    assert (washington["status"], washington["date"]) == ("planned", "2020-10-23")
    assert "واشنطن" in names(washington["places"])
    truces = sorted(e["date"] for e in rec["events"] if e["type"] == "agreement" and e["date"])
    assert truces[:2] == ["2020-10-10", "2020-10-17"]
    for ev in rec["events"]:
        assert rec["text"][ev["evidence"]["start"] : ev["evidence"]["end"]] == ev["evidence"]["text"]


# -- the development set (skipped without ../shared) -----------------------------------------------


def test_dev_set_scores(shared_dir) -> None:
    """A regression floor on the events dev set (bench/events_dev.py prints the full figures)."""
    from pathlib import Path

    bench = Path(__file__).resolve().parent.parent / "bench" / "events_dev.py"
    out = subprocess.run(
        [sys.executable, str(bench), "--shared", str(shared_dir)], capture_output=True, text=True, check=True
    ).stdout
    scores = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    assert float(scores["event_f1"]) >= 0.70
    assert float(scores["event_status_agreement"]) >= 0.9
    json.dumps(scores)


def test_a_noun_told_once_with_no_one_nowhere_and_no_day_is_no_event() -> None:
    assert events("وطال القتال أسابيع.") == []
    assert [e["type"] for e in events("وطال القتال في مدينة حلب أسابيع.")] == ["clash"]


def test_dateline_is_left_out_of_the_evidence() -> None:
    (ev,) = events("دبي، الإمارات العربية المتحدة (CNN) – أعلنت الشرطة اعتقال ثلاثة مسلحين في مدينة العين.")
    assert ev["evidence"]["text"].startswith("أعلنت الشرطة")


def test_a_plan_is_no_event() -> None:
    assert [e["type"] for e in events("اعتقلت الشرطة خمسة متهمين بالتخطيط لتنفيذ هجمات في مدينة كركوك.")] == [
        "arrest"
    ]


def test_the_new_strike_is_the_one_told_a_new_strike_another() -> None:
    one = events("وجهت القوات ضربة لمسلحين في محافظة أبين. وجاءت الضربة الجديدة بعد أيام من المعارك.")
    assert [e["type"] for e in one if e["type"] == "attack"] == ["attack"]
    two = events("قتل خمسة في غارة على قرية الحمرا. وقتل ثلاثة في غارة جديدة على بلدة الشيخ.")
    assert [e["type"] for e in two] == ["attack", "attack"]


def test_nationality_after_a_place_word_is_a_place() -> None:
    (ev,) = events("غرق قارب يقل مهاجرين قبالة السواحل الليبية.")
    assert (ev["type"], names(ev["places"])) == ("disaster", ["ليبيا"])


def test_a_game_is_no_meeting_and_a_penalty_no_strike() -> None:
    assert events("ويلتقي الفريقان في مباراة الإياب على ملعب سان سيرو.") == []
    assert events("سجل اللاعب هدفين أحدهما من ضربة جزاء في الدقيقة 80.") == []


def test_one_arrest_told_with_several_words() -> None:
    evs = events("اعتقلت الشرطة رجلا في محطة القطارات. وجاء إلقاء القبض على الرجل بعد بلاغ من المسافرين.")
    assert [e["type"] for e in evs] == ["arrest"]
    assert len(evs[0]["mentions"]) == 2


def test_in_custody_is_no_arrest() -> None:
    assert events("ويبقى المشتبه به رهن الاعتقال في انتظار محاكمته.") == []


def test_a_drone_after_an_attack_word_is_no_march() -> None:
    assert [e["type"] for e in events("قتل القائد بعملية اغتيال بمسيرة في مدينة صيدا.")] == ["attack"]


def test_attacking_a_person_by_name_is_in_words() -> None:
    assert events("#ترمب يهاجم #بايدن وإدارته") == []

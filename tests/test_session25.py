"""Session 25: events. A title's present-tense "targets" (يستهدف) with a target after it is an attack;
barrel bombs dropped are an attack; a bare plural of clashes after a verb of breaking out (اندلعت
مواجهات) is a particular clash; a dual (هجومين) does not join the one act the title tells."""

from __future__ import annotations

from tests.events_helpers import events, names


def told(body: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)]


# -- يستهدف in a title (lexicon flag title_act)


def test_a_title_that_targets_positions_tells_an_attack() -> None:
    body = "وقال مسؤول محلي إن الأضرار كانت مادية."
    evs = events(body, title="القوات الحكومية تستهدف مواقع للمسلحين شمال حماة")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "تستهدف")]
    assert "القوات الحكومية" in names(evs[0]["actors"])
    # a place right after it does too
    assert told(body, title="انتحاري يستهدف مدينة الحلة بحزام ناسف") == [("attack", "يستهدف")]


def test_targets_of_a_plan_or_after_a_noun_of_the_act_are_no_second_attack() -> None:
    body = "وقال مسؤول محلي إن الأضرار كانت مادية."
    assert told(body, title="الحكومة تستهدف خفض البطالة إلى النصف") == []
    # the noun tells the act; the verb refers back to it
    assert told(body, title="غارات جوية تستهدف مواقع للمسلحين شمال حماة") == [("attack", "غارات")]
    # in the body the verb still refers back and starts nothing
    assert told("وقال الناطق إن الجيش يستهدف مواقع المسلحين كل يوم.", title="مؤتمر صحفي للناطق العسكري") == []


# -- barrel bombs


def test_barrel_bombs_dropped_are_an_attack() -> None:
    evs = events("وأفاد ناشطون بأن مروحيات النظام ألقت أربعة براميل متفجرة على بلدة كفرزيتا.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("attack", "ألقت")]
    assert names(evs[0]["places"]) == ["بلدة كفرزيتا"]
    assert told("وواصلت المروحيات إلقاء البراميل المتفجرة على الأحياء الشرقية للمدينة.") == [
        ("attack", "إلقاء البراميل المتفجرة")
    ]


def test_barrels_of_other_things_are_no_attack() -> None:
    assert told("وألقى العمال براميل النفط الفارغة في الساحة الخلفية للمصنع.") == []
    assert told("ورفض البلدية إلقاء براميل النفايات قرب النهر.") == []


# -- اندلعت مواجهات: a plural of clashes that broke out


def test_clashes_that_broke_out_are_a_clash_with_no_place_found() -> None:
    evs = events("واندلعت مواجهات بين قوات الأمن ومجموعة من الشبان الغاضبين.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("clash", "مواجهات")]
    assert told("ودارت اشتباكات بين الجيش وعناصر التنظيم.") == [("clash", "اشتباكات")]


def test_a_bare_plural_of_clashes_without_such_a_verb_is_still_talk() -> None:
    assert told("وحذر الوزير من مواجهات بين قوات الأمن والشبان الغاضبين.") == []
    assert told("ويخشى السكان مواجهات جديدة بين العشيرتين.") == []


# -- a dual does not join the title's one act


def test_a_dual_in_the_body_is_not_the_one_act_of_the_title() -> None:
    title = "غارات جوية على مواقع للمسلحين شمال حماة"
    body = (
        "قصف الطيران الحربي فجر الأحد مواقع للمسلحين في ريف حماة الشمالي. "
        "وبعد طرد التنظيم من معظم المحافظة في هجومين منفصلين للقوات الحكومية، تراجع نفوذه."
    )
    evs = events(body, title=title)
    assert len(evs) == 2, [(e["type"], e["trigger"]["text"]) for e in evs]
    assert [e["trigger"]["text"] for e in evs][1] == "هجومين"

"""Session 44.

Events: a verb of holding ground (احتل) is an attack where its object is a place: a place word right
after it ("احتلت مدينة عفرين"), or a place after the party or the place name that is its subject
("احتلت إسرائيل القدس الشرقية في حرب 1967"). A rank after it is no ground ("احتلت مصر المركز 117 في
مؤشر الفساد"، "احتل الفريق المرتبة الثانية"; lexicon class rank). A phone, a battery, a charger, an
engine, a gas cylinder or an e-cigarette that blows up is an accident ("انفجر الهاتف مثل القنبلة"،
"انفجار أسطوانة غاز بمطعم"), not an attack.

Figures: a verb read only before its people (أسر) that carries a pronoun of its own is the families
or a verb whose people are that pronoun: none after it are its people ("إلى أسرهم الخمسة"، "طردت 23
دبلوماسيا وأسرهم"), while "أسر 5 جنود" and "وأسرت القوات 12 مسلحا" still count.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import figs


def _events(body: str, published: str = "2018-05-03") -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in process(body, published=published).layers["events"]]


def test_a_country_holding_a_city_is_an_attack() -> None:
    doc = process("واحتلت إسرائيل القدس الشرقية في حرب 1967.", published="2018-05-03")
    [ev] = doc.layers["events"]
    assert (ev["type"], ev["trigger"]["text"]) == ("attack", "واحتلت")
    assert [a["name"] for a in ev["actors"]] == ["إسرائيل"]
    assert [p["name"] for p in ev["places"]] == ["القدس الشرقية"]


def test_a_place_word_right_after_the_verb_is_held() -> None:
    assert _events("وكانت تركيا قد احتلت مدينة عفرين السورية في مارس الماضي.") == [("attack", "احتلت")]


def test_a_rank_held_is_no_attack() -> None:
    assert _events("واحتلت مصر المركز 117 في مؤشر الفساد من بين 180 دولة.") == []
    assert _events("واحتل الفريق المرتبة الثانية في جدول الدوري.") == []
    assert _events("وقد احتلت جنوب إفريقيا المرتبة الثانية في القارة.") == []


def test_their_families_are_no_captives() -> None:
    assert figs("وسلمت الشرطة الأطفال إلى أسرهم الخمسة.") == []
    assert figs("وطردت بريطانيا 23 دبلوماسيا روسيا وأسرهم.") == []


def test_a_capture_with_its_people_after_it_still_counts() -> None:
    assert [(f["count"], f["outcome"]) for f in figs("وأعلنت الحركة أسر 5 جنود.")] == [(5, "captured")]
    assert [(f["count"], f["outcome"]) for f in figs("وأسرت القوات 12 مسلحا في الجبهة.")] == [(12, "captured")]


def test_a_phone_that_blows_up_is_an_accident() -> None:
    assert _events("وقال أحد الركاب: انفجر الهاتف مثل القنبلة وتصاعد الدخان في الطائرة.") == [
        ("disaster", "انفجر الهاتف")
    ]
    assert _events("وأصيب ثلاثة أشخاص في انفجار أسطوانة غاز بمطعم في القاهرة.") == [("disaster", "انفجار أسطوانة")]


def test_a_car_bomb_is_still_an_attack() -> None:
    assert _events("وقتل شخصان في انفجار سيارة مفخخة في بغداد.") == [("attack", "انفجار")]

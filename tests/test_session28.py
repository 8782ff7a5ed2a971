"""Session 28.

Events: a taking of ground told as a noun in construct, its doer between it and على (سيطرة
المسلحين على مدينة الرقة), is an attack as the verb is (سيطر المسلحون على المدينة); with the article
the phrase is the other row's (السيطرة على المدينة), and with لل it is an aim (للسيطرة على)."""

from __future__ import annotations

from tests.events_helpers import events, names


def test_a_taking_of_ground_in_construct_is_an_attack_by_its_doer() -> None:
    ev = events("وفر آلاف السكان من المنطقة بعد سيطرة المسلحين على مدينة الرقة في الصيف الماضي.")
    att = [e for e in ev if e["type"] == "attack"]
    assert len(att) == 1
    assert att[0]["trigger"]["text"] == "سيطرة"
    assert "المسلحين" in names(att[0]["actors"])
    assert any("الرقة" in n for n in names(att[0]["places"]))


def test_a_construct_with_no_place_after_its_preposition_or_with_the_article_is_not_it() -> None:
    # under someone's control is a state, not an act: no على and a place after it
    assert [e for e in events("ويعيش السكان في مناطق خاضعة لسيطرة الجيش منذ سنوات.") if e["type"] == "attack"] == []
    # control over a fire is no taking of ground
    assert [e for e in events("وأعلن الدفاع المدني سيطرة فرق الإطفاء على الحريق.") if e["type"] == "attack"] == []
    # with لل it is what forces aim at, not what they did
    assert [e for e in events("وتحشد القوات تعزيزات عسكرية للسيطرة على مدينة الرقة.") if e["type"] == "attack"] == []

"""Session 32.

Events: the dateline that opens an article's body (عمّان، الأردن (CNN) -- ) names where the report
was written: its city and country are no place of the events its first sentence tells, and the
evidence starts after all of its dashes.
"""

from __future__ import annotations

from tests.events_helpers import events, names, only


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

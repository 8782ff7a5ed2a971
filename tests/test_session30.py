"""Session 30.

Events: an act with a month or year written beside it (وفي آذار/مارس 2016، قتل 90 شخصا في غارة
استهدفت …) is another occurrence than the act of the day, though another trigger (استهدفت) shares its
clause; a month or year written right after a trigger (إثر حادث سقوط طائرة في سيناء عام 2015) dates
the act, not the day of the clause's other verb (استقبل المطار، الخميس).
"""

from __future__ import annotations

from tests.events_helpers import events


def test_a_strike_of_an_earlier_year_beside_its_trigger_is_an_event_of_its_own() -> None:
    text = (
        "قتل 12 شخصا على الأقل مساء السبت في غارة جوية على سوق شعبي في مدينة صعدة. "
        "وفي آذار/مارس 2016، قتل 90 شخصا في غارة استهدفت سوقا مكتظة."
    )
    ev = [e for e in events(text, published="2018-06-10") if e["type"] == "attack"]
    assert len(ev) == 2
    assert ev[0]["date"] == "2018-06-09"
    assert ev[1]["date"] is None


def test_a_later_telling_of_the_strike_of_the_day_still_joins_it() -> None:
    text = (
        "قتل 12 شخصا على الأقل مساء السبت في غارة جوية على سوق شعبي في مدينة صعدة. "
        "وقال مسؤول محلي إن الغارة التي استهدفت السوق أصابت 30 آخرين."
    )
    ev = [e for e in events(text, published="2018-06-10") if e["type"] == "attack"]
    assert len(ev) == 1


def test_a_year_right_after_the_trigger_dates_the_act_not_the_day_of_the_clause() -> None:
    # Thursday is the flight's day; the crash that stopped the flights was in 2015
    text = (
        "استقبل مطار شرم الشيخ، الخميس، أول رحلة قادمة من لندن، بعد توقف طويل "
        "إثر حادث تحطم طائرة بريطانية في سيناء عام 2015."
    )
    ev = [e for e in events(text, published="2018-04-13") if e["type"] == "disaster"]
    assert len(ev) == 1
    assert ev[0]["date"] != "2018-04-12"


def test_the_day_of_the_clause_still_dates_an_act_with_no_year_after_it() -> None:
    text = "استقبل مطار شرم الشيخ، الخميس، طائرة أصيب ركابها إثر حادث تصادم على المدرج."
    ev = [e for e in events(text, published="2018-04-13") if e["type"] == "disaster"]
    assert len(ev) == 1
    assert ev[0]["date"] == "2018-04-12"

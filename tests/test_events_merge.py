"""Merging: a month or year written relative to the day of the news (أغسطس/آب الماضي، العام الماضي)
tells an occurrence of its own, as a month or year written out in full does; a word that refers back
(هذا الحادث) takes no month from a date far down its clause."""

from __future__ import annotations

from events_helpers import events


def _of(evs: list[dict], typ: str) -> list[dict]:
    return [e for e in evs if e["type"] == typ]


def test_relative_month_tells_another_accident() -> None:
    # BB-middleEast-112: the crash of the day, then one of last August it is compared with
    title = "مقتل وإصابة العشرات في تصادم قطارين في البحيرة شمالي مصر"
    body = (
        "لقي 16 شخصا مصرعهم وأصيب آخرون إثر حادث تصادم بين قطارين بمحافظة البحيرة شمالي مصر.\n"
        "وقال حسين إن المصابين نقلوا للمستشفيات القريبة، وجاري عمل التحريات الأولية للوقوف علي ملابسات الحادث.\n"
        "ويأتي هذا الحادث بعد أشهر من مقتل 41 شخصا في حادث قطار قرب مدينة الأسكندرية الساحلية "
        "في أغسطس/آب الماضي."
    )
    crashes = _of(events(body, title=title, published="2018-02-28"), "disaster")
    assert len(crashes) == 2, [e["evidence"]["text"] for e in crashes]
    assert "الأسكندرية" in crashes[1]["evidence"]["text"]


def test_relative_year_tells_another_march() -> None:
    # BB-internationalNews-521: the march of last year, in an article on this year's
    title = 'قصة اليوم العالمي لمناهضة رهاب المثلية و"مسيرة الفخر" في بيروت'
    body = (
        "وفي هذا الإطار، صارت مدن في أنحاء العالم تشهد في هذا اليوم من كل عام مسيرات للمجتمع المثلي "
        'تحمل اسم "مسيرات الفخر".\n'
        "وقد شهدت العاصمة اللبنانية بيروت في العام الماضي واحدة من هذه المسيرات."
    )
    marches = _of(events(body, title=title, published="2018-05-17"), "protest")
    assert any("العام الماضي" in e["evidence"]["text"] for e in marches), [e["evidence"]["text"] for e in marches]
    assert len(marches) == 2


def test_own_relative_month_keeps_one_event() -> None:
    # a relative month that is the event's own does not split it
    body = (
        "قتل 20 شخصا في زلزال ضرب جزيرة لومبوك الإندونيسية في أغسطس/آب الماضي.\n"
        "وأدى الزلزال الذي وقع في أغسطس/آب الماضي إلى تدمير آلاف المنازل في الجزيرة."
    )
    quakes = _of(events(body, published="2018-09-10"), "disaster")
    assert len(quakes) == 1, [e["evidence"]["text"] for e in quakes]

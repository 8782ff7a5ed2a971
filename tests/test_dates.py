"""Tests of the dates layer (marsad.text.dates), with sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import Doc
from marsad.pipeline import run
from marsad.text.dates import infer_year, resolve_weekday

PUB = "2020-10-22"  # a Thursday


def dates(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    doc = run(Doc.build(text, published=published), upto="dates")
    return [(d["text"], d["value"]) for d in doc.layers["dates"]]


def items(text: str, published: str | None = PUB) -> list[dict]:
    return run(Doc.build(text, published=published), upto="dates").layers["dates"]


# -- explicit dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("وقع الهجوم في 27 سبتمبر", [("27 سبتمبر", "2020-09-27")]),
        ("وقع الهجوم في 27 أيلول", [("27 أيلول", "2020-09-27")]),
        ("وقع الهجوم في 27 سبتمبر/أيلول", [("27 سبتمبر/أيلول", "2020-09-27")]),
        ("انقلاب يوليو/ تموز 2016 الفاشل", [("يوليو/ تموز 2016", "2016-07")]),
        ("وقع في أغسطس (آب) 1995", [("أغسطس (آب) 1995", "1995-08")]),
        ("في 15 تشرين الأول 2019", [("15 تشرين الأول 2019", "2019-10-15")]),
        ("هجمات الـ11 من سبتمبر/ أيلول 2001", [("11 من سبتمبر/ أيلول 2001", "2001-09-11")]),
        ("في 3 كانون الثاني", [("3 كانون الثاني", "2020-01-03")]),
        ("في 3 شباط", [("3 شباط", "2020-02-03")]),
        ("في 5 يوليوز و12 شتنبر", [("5 يوليوز", "2020-07-05"), ("12 شتنبر", "2020-09-12")]),
        ("في 3 جانفي و4 أفريل", [("3 جانفي", "2020-01-03"), ("4 أفريل", "2020-04-04")]),
        ("الخميس 22 أكتوبر 2020", [("الخميس 22 أكتوبر 2020", "2020-10-22")]),
        ("صدر في 2020/10/22", [("2020/10/22", "2020-10-22")]),
        ("صدر في 22-10-2020", [("22-10-2020", "2020-10-22")]),
    ],
)
def test_explicit_dates(text, want):
    assert dates(text) == want


def test_two_days_of_one_month():
    got = dates("تم التوصل إليهما في 10 و17 أكتوبر الجاري")
    assert [v for _, v in got] == ["2020-10-10", "2020-10-17"]


def test_month_alone_has_month_resolution():
    it = items("اجتمعوا في أكتوبر")[0]
    assert (it["value"], it["resolution"]) == ("2020-10", "month")


def test_ambiguous_month_words_need_context():
    assert dates("مارس الضغط على الحكومة") == []
    assert dates("زار ابنه الأب") == []
    assert dates("في مارس الماضي") == [("مارس الماضي", "2020-03")]


def test_month_without_year_takes_the_nearest_past_year():
    assert dates("في ديسمبر") == [("ديسمبر", "2019-12")]
    assert dates("في نوفمبر") == [("نوفمبر", "2020-11")]  # up to a month after publication
    assert infer_year(1, 5, dt.date(2020, 12, 28)) == 2021


def test_year_and_decade():
    it = items("وقعت الحرب عام 2016")[0]
    assert (it["value"], it["resolution"]) == ("2016", "year")
    it = items("أنشئت في التسعينيات")[0]
    assert (it["value"], it["resolution"]) == ("1990", "decade")


# -- weekdays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        ("أعلن الرئيس الخميس أن", ("الخميس", "2020-10-22")),
        ("قال الوزير مساء الأربعاء إن", ("مساء الأربعاء", "2020-10-21")),
        ("وصل الوفد صباح السبت", ("صباح السبت", "2020-10-17")),
        ("ومن المقرر أن يجتمع الوزيران يوم الجمعة", ("يوم الجمعة", "2020-10-23")),
        ("سيجتمع الطرفان الأحد", ("الأحد", "2020-10-25")),
        ("اجتمع الطرفان الأحد", ("الأحد", "2020-10-18")),
        ("يزور الرئيس المنطقة الخميس المقبل", ("الخميس المقبل", "2020-10-29")),
        ("زار الرئيس المنطقة السبت الماضي", ("السبت الماضي", "2020-10-17")),
    ],
)
def test_weekdays(text, want):
    assert dates(text) == [want]


def test_weekday_without_publication_date_is_null():
    it = items("أعلن الرئيس الخميس", published=None)[0]
    assert it["value"] is None and it["relative"] is True


def test_resolve_weekday():
    p = dt.date(2020, 10, 22)
    assert resolve_weekday(3, p) == p
    assert resolve_weekday(4, p) == dt.date(2020, 10, 16)
    assert resolve_weekday(4, p, future=True) == dt.date(2020, 10, 23)


# -- relative words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, want, res",
    [
        ("قال اليوم إن", ("اليوم", "2020-10-22"), "day"),
        ("قصفت صباح اليوم مواقع", ("صباح اليوم", "2020-10-22"), "day"),
        ("التقى أمس الأربعاء نظيره", ("أمس الأربعاء", "2020-10-21"), "day"),
        ("وصل أول أمس", ("أول أمس", "2020-10-20"), "day"),
        ("وصل البارحة", ("البارحة", "2020-10-21"), "day"),
        ("يصل غدا", ("غدا", "2020-10-23"), "day"),
        ("يصل بعد غد", ("بعد غد", "2020-10-24"), "day"),
        ("قال الأسبوع الماضي", ("الأسبوع الماضي", "2020-10-15"), "week"),
        ("في الشهر الجاري", ("الشهر الجاري", "2020-10"), "month"),
        ("في الشهر الماضي", ("الشهر الماضي", "2020-09"), "month"),
        ("في العام الماضي", ("العام الماضي", "2019"), "year"),
        ("قتل قبل يومين", ("قبل يومين", "2020-10-20"), "day"),
        ("قتل قبل ثلاثة أيام", ("قبل ثلاثة أيام", "2020-10-19"), "day"),
    ],
)
def test_relative_words(text, want, res):
    got = items(text)
    assert [(d["text"], d["value"]) for d in got] == [want]
    assert got[0]["resolution"] == res and got[0]["relative"] is True


def test_today_used_as_a_noun_is_not_a_date():
    assert dates("في اليوم التالي وفي ذلك اليوم واليوم العالمي للمرأة") == []


# -- since --------------------------------------------------------------------------------------


def test_since():
    it = items("قتل 834 جنديا منذ 27 سبتمبر")[0]
    assert (it["value"], it["since"]) == ("2020-09-27", True)
    it = items("قتل 874 منذ بدء القتال مع القوات يوم 27 سبتمبر")[0]
    assert (it["text"], it["since"]) == ("يوم 27 سبتمبر", True)
    it = items("فر السكان منذ ثلاثة أيام")[0]
    assert (it["value"], it["since"]) == ("2020-10-19", True)
    assert items("وصل الوفد في 27 سبتمبر")[0]["since"] is False
    # a comma closes the clause of منذ
    assert items("قتل منذ البداية، ثم وصل في 27 سبتمبر")[0]["since"] is False


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello 2020/13/45",
        "x" * 5000,
        "الخميس" * 300,
        "أكتوبر أكتوبر 2020 2020",
        "قبل 99999999 عام",
        "منذ 9" * 50,
    ],
)
def test_odd_input_never_fails(text):
    items(text)
    items(text, published="not a date")


# -- the example article ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_text():
    """The example article (published 2020-10-22) through the text layer only."""
    from pathlib import Path

    from marsad.doc import Doc
    from marsad.pipeline import run

    path = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2020-10-22.txt"
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return run(Doc.build(body, title=title.strip(), published="2020-10-22"), upto="dates")


def test_example_article_dates(example_text):
    got = [(d["text"], d["value"]) for d in example_text.layers["dates"]]
    values = [v for _, v in got]
    assert ("الخميس", "2020-10-22") in got
    assert ("أمس الأربعاء", "2020-10-21") in got
    assert ("يوم الجمعة", "2020-10-23") in got
    assert values.count("2020-09-27") == 2
    assert "2020-10-10" in values and "2020-10-17" in values
    since = [d for d in example_text.layers["dates"] if d["value"] == "2020-09-27"]
    assert all(d["since"] for d in since)


def test_a_future_cue_belongs_to_the_first_date_after_it():
    got = dates("ومن المرتقب أن يتظاهروا الجمعة بعد احتجاجات الأربعاء")
    assert got == [("الجمعة", "2020-10-23"), ("الأربعاء", "2020-10-21")]


def test_since_belongs_to_the_first_date_after_it():
    got = items("تتواصل الاحتجاجات منذ بداية الأسبوع على خلفية مقتل متظاهر الأحد الماضي")
    assert [(d["text"], d["since"]) for d in got] == [("بداية الأسبوع", True), ("الأحد الماضي", False)]


def test_ordinal_day_of_a_month():
    assert dates("قصفت القاعدة في السابع من شباط/فبراير") == [("السابع من شباط/فبراير", "2020-02-07")]
    assert dates("في الحادي والعشرين من مارس 2019") == [("الحادي والعشرين من مارس 2019", "2019-03-21")]
    assert dates("المرحلة الأولى من الخطة") == []
    assert dates("في الأول من أكتوبر") == [("الأول من أكتوبر", "2020-10-01")]


def test_a_day_range_gives_both_days():
    assert [v for _, v in dates("وليل 5-6 كانون الثاني/يناير هاجمت طائرات")] == ["2020-01-05", "2020-01-06"]


def test_past_weekday_that_was_yesterday_is_a_week_back():
    # published on a Thursday: yesterday would be أمس الأربعاء, so الأربعاء الماضي is a week earlier
    assert dates("وصل الأربعاء الماضي") == [("الأربعاء الماضي", "2020-10-14")]


def test_weekday_of_next_week():
    assert dates("يلتقي الفريقان يوم الأحد من الأسبوع المقبل") == [
        ("يوم الأحد من الأسبوع المقبل", "2020-10-25")
    ]


def test_since_a_weekday_and_date_is_not_since_a_day():
    got = items("انخفضت المخزونات منذ يوم الجمعة 16 أكتوبر")
    assert [(d["text"], d["value"], d["since"]) for d in got] == [
        ("يوم الجمعة 16 أكتوبر", "2020-10-16", True)
    ]


def test_two_month_names_without_a_slash():
    assert dates("أعلى مستوى منذ نوفمبر تشرين الثاني 2014") == [("نوفمبر تشرين الثاني 2014", "2014-11")]


def test_ordinal_day_of_a_relative_month():
    assert dates("تجتمع المنظمة في الثاني والعشرين من الشهر الجاري") == [
        ("الثاني والعشرين من الشهر الجاري", "2020-10-22")
    ]
    assert dates("الموعد في الخامس من الشهر المقبل") == [("الخامس من الشهر المقبل", "2020-11-05")]


def test_two_word_future_cue():
    got = dates("التقت الاثنين سفير إسبانيا على أن تلتقي سفير بلجيكا الجمعة")
    assert got == [("الاثنين", "2020-10-19"), ("الجمعة", "2020-10-23")]


def test_stressing_that_is_not_a_future_cue():
    assert dates("وأكد المتحدث على أن الهجوم وقع الاثنين") == [("الاثنين", "2020-10-19")]


def test_since_the_year_named_after_it() -> None:
    # منذ عام 2005: since the year 2005, not "since a year ago" and then 2005
    got = items("ويعتبر الهجوم الأعنف منذ عام 2005.")
    assert [(d["text"], d["value"], d["since"]) for d in got] == [("2005", "2005", True)]
    # with no year after it, منذ عام is a year ago
    assert [(d["text"], d["value"]) for d in items("قتل منذ عام")] == [("عام", "2019")]

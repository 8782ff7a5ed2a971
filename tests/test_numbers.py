"""Tests of the numbers layer (marsad.text.numbers), with sentences written for them."""

from __future__ import annotations

import pytest

from marsad.text.numbers import dual_stem, find_numbers, parse_number_words, read_digits, read_number


def one(text: str) -> dict:
    items = find_numbers(text)
    assert len(items) == 1, items
    return items[0]


def values(text: str) -> list:
    return [(n["value"], n["kind"]) for n in find_numbers(text)]


# -- digits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s, v",
    [
        ("24,620", 24620),
        ("24.620", 24620),
        ("٢٤٬٦٢٠", 24620),
        ("۲۴۶۲۰", 24620),
        ("3.5", 3.5),
        ("٣٫٥", 3.5),
        ("1,234,567", 1234567),
        ("2,5", 2.5),
    ],
)
def test_digits_in_every_script_and_separator(s, v):
    assert read_digits(s) == v


def test_thousands_dot_is_a_count_but_short_decimal_is_decimal():
    assert values("قتل 24.620 شخصا وارتفع المؤشر 3.5 نقاط") == [(24620, "count"), (3.5, "decimal")]


def test_decimal_before_multiplier():
    assert one("خسائر بقيمة 1.5 مليون")["value"] == 1_500_000


# -- words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, v",
    [
        ("خمسة", 5),
        ("خمس", 5),
        ("ثلاثة وأربعين", 43),
        ("ألفي", 2000),
        ("ألفين", 2000),
        ("مئتان", 200),
        ("مائتي", 200),
        ("خمسمئة وعشرة", 510),
        ("ثلاث مئة", 300),
        ("خمسة عشر", 15),
        ("أحد عشر ألفا", 11000),
        ("ثلاثة ملايين", 3_000_000),
        ("مليون ونصف", 1_500_000),
        ("نصف مليون", 500_000),
        ("ألف وخمسمائة", 1500),
        ("مئة ألف", 100_000),
    ],
)
def test_number_words(text, v):
    assert parse_number_words(text) == v


def test_digits_with_multiplier_words():
    assert values("قتل 5 آلاف وشرد 3 ملايين") == [(5000, "count"), (3_000_000, "count")]


def test_clitics_are_outside_the_span():
    items = find_numbers("وصل وخمسة جنود بثلاثة مدافع لعشرين يوما")
    assert [n["text"] for n in items] == ["خمسة", "ثلاثة", "عشرين"]
    assert [n["value"] for n in items] == [5, 3, 20]


def test_units_of_a_teen_are_not_added_to_the_next_number():
    assert values("قتل خمسة وأصيب ثلاثة") == [(5, "count"), (3, "count")]


def test_dual_nouns_are_not_numbers_but_can_be_detected():
    assert find_numbers("قتل جنديين وأصيب قتيلين") == []
    assert dual_stem("قتيلين") == "قتيل"
    assert dual_stem("فلسطين") is None


def test_words_with_no_size_are_not_numbers():
    assert find_numbers("قتل عدد من الجنود وبضعة مدنيين والعديد من الأطفال") == []


# -- vague amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, v",
    [
        ("عشرات القتلى", 10),
        ("مئات الجرحى", 100),
        ("آلاف النازحين", 1000),
        ("عشرات الآلاف من اللاجئين", 10000),
        ("مئات الآلاف", 100000),
        ("عشرات آلاف القتلى", 10000),
    ],
)
def test_vague_amounts(text, v):
    n = find_numbers(text)[0]
    assert (n["value"], n["kind"], n["qualifier"]) == (v, "vague", "at_least")


# -- qualifiers and ranges ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, q, qtext",
    [
        ("قتل نحو 40 شخصا", "approximate", "نحو"),
        ("قتل قرابة 40 شخصا", "approximate", "قرابة"),
        ('قال إن العدد "يقارب 5 آلاف" قتيل', "approximate", "يقارب"),
        ("قتل ما يقرب من 40 شخصا", "approximate", "ما يقرب من"),
        ("قتل 40 شخصا تقريبا", "approximate", "تقريبا"),
        ("قتل أكثر من 30 مدنيا", "at_least", "أكثر من"),
        ("قتل ما لا يقل عن 30 مدنيا", "at_least", "ما لا يقل عن"),
        ("قتل 30 مدنيا على الأقل", "at_least", "على الأقل"),
        ("قتل ما يزيد على 30 مدنيا", "at_least", "ما يزيد على"),
        ("أصيب أقل من 10 أشخاص", "at_most", "أقل من"),
        ("عدد لا يتجاوز 10 أشخاص", "at_most", "لا يتجاوز"),
        ("إن عدد القتلى تجاوز 500 شخص", "at_least", "تجاوز"),
        ("وارتفع عدد النازحين إلى ما يتخطى 3000 شخص", "at_least", "يتخطى"),
    ],
)
def test_qualifiers(text, q, qtext):
    n = one(text)
    assert n["qualifier"] == q
    assert n["qualifier_span"]["text"] == qtext
    assert qtext not in n["text"]


def test_plain_number_is_exact():
    assert one("قتل 12 شخصا")["qualifier"] == "exact"


@pytest.mark.parametrize("text", ["قتل بين 10 و15 شخصا", "قتل من 10 إلى 15 شخصا", "قتل 10-15 شخصا"])
def test_ranges(text):
    n = one(text)
    assert (n["value"], n["value_max"], n["qualifier"], n["kind"]) == (10, 15, "range", "count")


# -- kinds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, v, kind",
    [
        ("فاز في المركز الرابع", 4, "ordinal"),
        ("للأسبوع الرابع على التوالي", 4, "ordinal"),
        ("خلال الساعات الـ24 الماضية قتل", 24, "duration"),
        ("وقتل خلال الأيام الثلاثة الماضية", 3, "duration"),
        ("في السنوات العشر الأخيرة", 10, "duration"),
        ("وقعت الحرب عام 1990", 1990, "year"),
        ("بدأت الأزمة في 2016 وانتهت", 2016, "year"),
        ("ارتفعت الأسعار 5%", 5, "percent"),
        ("ارتفعت الأسعار 12 في المئة", 12, "percent"),
        ("ارتفعت الأسعار 3 بالمئة", 3, "percent"),
        ("خسر 5 مليارات دولار", 5_000_000_000, "money"),
        ("طالب بدفع مليارات الدولارات للضحايا", 1_000_000_000, "money"),
        ("اجتمعوا الساعة 5 مساء", 5, "time"),
        ("بعد ثلاثة عقود من الوساطة", 3, "duration"),
        ("يبلغ من العمر 25 عاما", 25, "age"),
        ("على بعد 20 كيلومترا", 20, "other"),
    ],
)
def test_kinds(text, v, kind):
    n = one(text)
    assert (n["value"], n["kind"]) == (v, kind)


def test_a_day_number_with_min_before_a_month_is_a_date():
    assert values("ضحايا هجمات الـ11 من سبتمبر 2001") == [(11, "date"), (2001, "year")]
    assert values("قتل 11 من الجنود") == [(11, "count")]


def test_day_numbers_before_a_month_are_dates():
    assert values("وقعت الهدنة في 10 و17 أكتوبر ثم في 27 سبتمبر") == [
        (10, "date"),
        (17, "date"),
        (27, "date"),
    ]


def test_a_definite_number_after_a_definite_plural_of_time_counts_time():
    # numbers_units.tsv column "plural": الأيام الثلاثة، الساعات الـ24، للسنوات الخمس
    assert values("قتل خلال الأيام الثلاثة الماضية 5 أشخاص") == [(3, "duration"), (5, "count")]
    assert values("للسنوات الخمس المقبلة") == [(5, "duration")]
    # not a singular day ("today"), an indefinite plural, or a definite noun of people
    assert values("قتل اليوم 5 أشخاص") == [(5, "count")]
    assert values("قتل منذ ساعات 5 أشخاص") == [(5, "count")]
    assert values("الأشخاص الخمسة") == [(5, "count")]


def test_count_year_shaped_number_before_noun_is_a_count():
    assert values("قتل 2000 شخص") == [(2000, "count")]


def test_decade_and_weekday_are_not_numbers():
    assert find_numbers("أنشئت في التسعينيات واجتمعت الاثنين") == []


def test_read_number_helper():
    assert read_number("عشرات الآلاف") == 10000
    assert read_number("لا أرقام هنا") is None


@pytest.mark.parametrize(
    "text", ["", "hello 12 world", "x" * 10000, "١" * 5000, "٬٬٬", "...5...", "9" * 400 + " مليار"]
)
def test_odd_input_never_fails(text):
    find_numbers(text)


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


def test_example_article_counts(example_text):
    nums = example_text.layers["numbers"]
    counts = [n["value"] for n in nums if n["kind"] == "count"]
    for v in (5000, 40, 874, 834, 30, 63, 292):
        assert v in counts
    approx = [n for n in nums if n["value"] == 5000 and n["qualifier"] == "approximate"]
    assert approx and approx[0]["text"] == "5 آلاف"
    assert [n for n in nums if n["value"] == 30][0]["qualifier"] == "at_least"
    text = example_text.text
    for word in ("ثلاثة عقود", "للأسبوع الرابع", "التسعينيات"):
        at = text.index(word)
        assert not [
            n for n in nums if n["kind"] in ("count", "vague") and at <= n["start"] < at + len(word)
        ], word


def test_identifier_numbers_and_clock_times_are_not_counts():
    assert values("طالب بتطبيق القرار رقم 2216 والمادة 40") == [(2216, "other"), (40, "other")]
    assert one("وقع الانفجار الساعة 12:46 ظهرا")["kind"] == "time"


def test_years_after_a_two_word_month_or_in_a_pair():
    assert values("في نوفمبر/تشرين الثاني 2017 وفي عامي 2014 و2015") == [
        (2017, "year"),
        (2014, "year"),
        (2015, "year"),
    ]


def test_compound_ordinals():
    assert values("في الحادي والعشرين من الشهر والحادي عشر") == [(21, "ordinal"), (11, "ordinal")]


def test_a_range_of_years_is_years():
    n = one("حكم البلاد من 2016 إلى 2018")
    assert (n["value"], n["value_max"], n["kind"]) == (2016, 2018, "year")


def test_numbers_and_dates_follow_the_record_schema(example_text):
    from marsad.record import to_record, validate

    validate(to_record(example_text))
    for x in example_text.layers["numbers"] + example_text.layers["dates"]:
        assert example_text.text[x["start"] : x["end"]] == x["text"]


# -- parts joined by و after a multiplier ------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("ارتفع عدد الضحايا إلى 18 ألفا و300 قتيل", 18300),
        ("نزح 7 آلاف و 450 شخصا", 7450),
        ("أحصت اللجنة خمسة آلاف و20 مفقودا", 5020),
        ("بلغ عدد السكان مليون و300 ألف و12 نسمة", 1300012),
        ("ألفين و500 جريح", 2500),
    ],
)
def test_parts_after_a_multiplier_are_one_number(text, value):
    items = [n for n in find_numbers(text) if n["kind"] == "count"]
    assert [n["value"] for n in items] == [value]


def test_a_part_not_smaller_than_the_multiplier_is_not_joined():
    # a range's second end, a decimal, and digits with no multiplier before them stay apart
    assert one("قتل بين ألف و1500 شخص")["value_max"] == 1500
    assert [n["value"] for n in find_numbers("أصيب 1000 و200 آخرون")] == [1000, 200]
    assert [n["value"] for n in find_numbers("خسر 3 آلاف و2.5 بالمئة")][:1] == [3000]


def test_vague_thousands_are_one_number():
    assert (one("نزح عشرات الآلاف")["value"], one("نزح عشرات الآلاف")["kind"]) == (10000, "vague")
    assert one("فر مئات آلاف السكان")["value"] == 100000


def test_at_least_written_without_a_space():
    assert one("قتل ما لايقل عن 40 شخصا")["qualifier"] == "at_least"

"""Casualty figures (marsad.claims.figures): one test per rule and per lexicon category, with
sentences written for these tests, and the example article against its gold figures."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from marsad import lexicon
from marsad.pipeline import process

PUB = "2024-03-10"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2020-10-22.txt"


def figs(body: str, title: str | None = None, published: str = PUB) -> list[dict]:
    doc = process(body, title=title, published=published, upto="casualties")
    assert not doc.layers.get("warnings"), doc.layers.get("warnings")
    return doc.layers["casualties"]


def one(body: str, **kw) -> dict:
    found = figs(body, **kw)
    assert len(found) == 1, [(f["count"], f["outcome"]) for f in found]
    return found[0]


def keys(found: list[dict]) -> list[tuple]:
    return [(f["count"], f["count_max"], f["outcome"]) for f in found]


def src(f: dict) -> str | None:
    return f["source"]["name"] if f["source"] else None


# -- outcomes: the casualty word before or after the number --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 مدنيا في قصف مدفعي على ريف إدلب.", (12, None, "killed")),
        ("لقي 9 عمال حتفهم في انهيار منجم بولاية النيل الأزرق.", (9, None, "killed")),
        ("استشهد 14 فلسطينيا في غارة على مخيم جباليا.", (14, None, "killed")),
        ("أسفر الزلزال عن وفاة 230 شخصا في الحوز.", (230, None, "killed")),
        ("أصيب 30 شخصا بجروح في انفجار بمدينة عدن.", (30, None, "injured")),
        ("نقل 6 آخرون إلى المستشفى بعد حادث السير.", (6, None, "injured")),
        ("ما زال 15 صيادا في عداد المفقودين بعد غرق قاربهم قبالة سواحل ليبيا.", (15, None, "missing")),
        ("اعتقلت الشرطة 25 متظاهرا في الخرطوم.", (25, None, "captured")),
        ("اختطف مسلحون 80 تلميذا من مدرسة في ولاية كادونا.", (80, None, "captured")),
        ("نزح 3 آلاف شخص من قراهم في دارفور.", (3000, None, "displaced")),
        ("أدت الفيضانات إلى تشريد 500 عائلة في ولاية الجزيرة.", (500, None, "displaced")),
    ],
)
def test_outcome_words(text: str, expected: tuple) -> None:
    assert keys(figs(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "أسفر الهجوم عن مقتل وإصابة 20 شخصا في سوق شعبي بالموصل.",
        "سقط 20 بين قتيل وجريح في تفجير سيارة مفخخة بمقديشو.",
        "خلف الانفجار 20 قتيلا وجريحا في حي الكرادة.",
    ],
)
def test_killed_or_injured_lumps_both(text: str) -> None:
    assert keys(figs(text)) == [(20, None, "killed_or_injured")]


def test_two_numbers_two_outcomes() -> None:
    found = figs("خلف حادث التصادم 10 قتلى و15 جريحا على الطريق بين حمص وحماة.")
    assert keys(found) == [(10, None, "killed"), (15, None, "injured")]


def test_a_verb_after_and_others() -> None:
    found = figs("قتل 2 وأصيب 19 آخرين في اشتباكات بمدينة طرابلس.")
    assert keys(found) == [(2, None, "killed"), (19, None, "injured")]
    assert [f["new"] for f in found] == [None, None]  # آخرين here means "others", not "more"


def test_a_chain_of_other_outcomes_gives_no_single_outcome() -> None:
    assert figs("نفذت الميليشيا حملات اعتقال وخطف واغتيال للعشرات من أبناء القرية.") == []


# -- what is not a figure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أطلق الحوثيون 5 صواريخ باليستية على جازان.",
        "دمرت الغارات 20 منزلا في بلدة كفرنبل.",
        "بلغت الخسائر 5 ملايين دولار بحسب التقديرات الأولية.",
        "شارك آلاف المتظاهرين في المسيرة وسط بغداد.",
        "نشر الجيش 2000 جندي على الحدود مع تشاد.",
        "لم يسفر الانفجار عن سقوط قتلى أو جرحى.",
        "نصحت السلطات نحو مليون شخص بترك منازلهم قبل وصول الإعصار.",
        "قتل عدد من المسلحين في الاشتباكات.",
        "أمر القاضي إيران بدفع مليارات الدولارات لأقارب ضحايا هجمات الـ11 من سبتمبر/ أيلول 2001.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figs(text) == []


def test_units_after_a_number_are_not_people() -> None:
    found = figs("قتل 3 أشخاص في 4 غارات جوية على ريف حماة.")
    assert keys(found) == [(3, None, "killed")]


# -- vague quantities, singulars and duals -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "outcome"),
    [
        ("خلفت المعارك عشرات القتلى في صفوف المسلحين.", 10, "killed"),
        ("نقل مئات الجرحى إلى مستشفيات الفاشر.", 100, "injured"),
        ("تدفق آلاف النازحين على مدينة مأرب.", 1000, "displaced"),
        ("أوقع النزاع عشرات الآلاف من القتلى.", 10000, "killed"),
    ],
)
def test_vague_quantities_are_at_least(text: str, count: int, outcome: str) -> None:
    f = one(text)
    assert (f["count"], f["outcome"], f["qualifier"]) == (count, outcome, "at_least")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الشرطة مقتل شخص في إطلاق نار بمدينة البصرة.", (1, "killed")),
        ("أكد الجيش استشهاد جندي في هجوم على نقطة عسكرية.", (1, "killed")),
        ("أسفر القصف عن مقتل جنديين في ريف درعا.", (2, "killed")),
        ("أدى الحادث إلى إصابة شخصين بجروح طفيفة.", (2, "injured")),
        ("تمكنت الشرطة من القبض على المشتبه به بعد ساعات.", (1, "captured")),
        ("انفجرت العبوة قبل وصولها ولقي الانتحاري حتفه.", (1, "killed")),
        ("ما زال البحث جاريا عن طالب آخر مفقود في السيول.", (1, "missing")),
        ("تسبب الحادث في سقوط قتيل على الطريق الدولي.", (1, "killed")),
        ("عثر على القتيلين في منزلهما بمدينة الرمادي.", (2, "killed")),
        ("شيع الآلاف جثمان شاب قتل برصاص الجيش أمس.", (1, "killed")),
        ("وكان جندي أصيب في المعارك قد نقل إلى المستشفى.", (1, "injured")),
        ("ظهرت في الفيديو جثتا رجلين قرب سيارة محطمة.", (2, "killed")),
    ],
)
def test_singular_and_dual_nouns(text: str, expected: tuple) -> None:
    f = one(text)
    assert (f["count"], f["outcome"]) == expected


def test_a_singular_noun_before_an_active_verb_is_no_figure() -> None:
    assert figs("وكان رجل قتل منافسه بعد خلاف.") == []
    assert figs("وشوهد شاب قتل مدنيين.") == []  # read from the victims, not the killer


def test_a_singular_among_those_counted_is_not_a_figure() -> None:
    assert keys(figs("قتل 5 أشخاص بينهم امرأة في قصف على الحديدة.")) == [(5, None, "killed")]


def test_a_breakdown_is_its_own_figure_and_makes_the_total_civilian() -> None:
    found = figs("قالت منظمة أطباء بلا حدود إن 51 شخصا بينهم 40 طفلا قتلوا في الغارة.")
    assert keys(found) == [(51, None, "killed"), (40, None, "killed")]
    assert [f["victims"] for f in found] == ["civilian", "civilian"]


def test_an_added_figure_takes_the_outcome_before() -> None:
    found = figs("أفاد مسعفون بمقتل 12 جنديا إلى جانب أكثر من 20 مدنيا في المعارك.")
    assert keys(found) == [(12, None, "killed"), (20, None, "killed")]
    assert [f["victims"] for f in found] == ["military", "civilian"]
    assert found[1]["qualifier"] == "at_least"


def test_a_number_of_them_before_its_verb() -> None:
    f = one("وقال الجيش إن الضربات استهدفت قوة من 500 مقاتل وإن نحو 100 منهم قد قتلوا.")
    assert (f["count"], f["outcome"], f["qualifier"], f["victims"]) == (100, "killed", "approximate", "military")
    assert one("وكان 20 منهم قد اعتقلوا العام الماضي.")["outcome"] == "captured"


def test_a_casualty_verb_reaches_its_number_over_a_time_adverb() -> None:
    f = one("وقال المسؤول إن مسلحين قتلوا بعد التاسعة من مساء الأحد 7 أشخاص داخل منزل.")
    assert (f["count"], f["outcome"]) == (7, "killed")
    assert [g["count"] for g in figs("وأصيب الجندي بعد عملية شارك فيها 200 جندي.")] == [1]


def test_a_casualty_verb_reaches_over_a_comma_before_the_date_of_its_number() -> None:
    f = one("وقتل في الحرب منذ شرع التحالف في حملته لإعادة الحكومة، عام 2015 نحو 10 آلاف شخص.")
    assert (f["count"], f["outcome"], f["qualifier"]) == (10000, "killed", "approximate")


def test_a_toll_reached_over_a_relative_clause() -> None:
    found = figs("وقالت مصادر إن عدد المفقودين جراء الإعصار الذي يضرب الجزيرة بلغ 17 يمنيا و19 هنديا.")
    assert keys(found) == [(17, None, "missing"), (19, None, "missing")]
    f = one("وارتفع عدد القتلى في الهجوم الذي استهدف السوق إلى 30 شخصا.")
    assert (f["count"], f["outcome"], f["new"]) == (30, "killed", False)
    assert figs("وبلغ عدد الطلاب الذين شاركوا في المسابقة 300.") == []


def test_a_running_total_restated_is_one_figure() -> None:
    found = figs(
        "وقالت الوزارة إن 3 أشخاص قتلوا أمس. وأصيب جندي في هجوم آخر. وقتل شخصان في قصف على مخيم. "
        "وبذلك يرتفع عدد القتلى منذ بدء الاحتجاجات إلى 41 شخصا. وكانت الاشتباكات اندلعت في المدينة. "
        "وبذلك يرتفع إلى 41 عدد الذين قتلوا منذ اندلاع الاحتجاجات."
    )
    assert [(f["count"], f["new"]) for f in found if f["count"] == 41] == [(41, False)]


def test_a_former_value_of_a_toll() -> None:
    found = figs("ارتفع عدد قتلى الفيضانات إلى 66 شخصا الأحد بعد أن كان 49 خلال الليل.")
    assert keys(found) == [(66, None, "killed"), (49, None, "killed")]
    assert [f["new"] for f in found] == [False, False]


# -- qualifiers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "count"),
    [
        ("قتل نحو 60 شخصا في هجوم بغاز سام.", "approximate", 60),
        ("أدى القصف إلى مقتل قرابة 40 مدنيا.", "approximate", 40),
        ("أوقع الانفجار ما لا يقل عن 18 قتيلا.", "at_least", 18),
        ("قتل أكثر من 100 شخص في تحطم الطائرة.", "at_least", 100),
        ("أسفر الهجوم عن مقتل 83 شخصا على الأقل.", "at_least", 83),
        ("أصيب أقل من 10 أشخاص في التدافع.", "at_most", 10),
        ("أسفر القصف عن مقتل 7 مدنيين.", "exact", 7),
    ],
)
def test_qualifiers(text: str, qualifier: str, count: int) -> None:
    f = one(text)
    assert (f["count"], f["qualifier"]) == (count, qualifier)


def test_a_range_has_both_ends() -> None:
    f = one("قتل بين 10 و15 شخصا في الاشتباكات القبلية.")
    assert (f["count"], f["count_max"], f["qualifier"]) == (10, 15, "range")


# -- victims ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("قتل 9 أطفال في قصف على مدرسة بريف حلب.", "civilian"),
        ("أصيب 4 نساء في إطلاق النار.", "civilian"),
        ("قتل 5 مواطنين في غارة على سوق شعبي.", "civilian"),
        ("قتل 6 جنود في كمين بشمال سيناء.", "military"),
        ("أسفر الهجوم عن مقتل 3 من رجال الأمن.", "military"),
        ("قتل 20 مسلحا من تنظيم الدولة في غارات للتحالف.", "military"),
        ("لقي 17 عنصرا من الميليشيات مصرعهم في المواجهات.", "military"),
        ("قتل 4 أشخاص في انهيار مبنى.", "unspecified"),
        ("اعتقلت قوات الأمن 25 شخصا في الخرطوم.", "unspecified"),
    ],
)
def test_victims(text: str, victims: str) -> None:
    assert one(text)["victims"] == victims


def test_victims_named_in_the_sentence() -> None:
    f = one("صدمت شاحنة حشدا من المارة في شارع مزدحم، مخلفة 8 قتلى.")
    assert f["victims"] == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        # a people noun in the name of a body, or describing the speaker, is not the victims
        "وأحصت مفوضية الأمم المتحدة لشؤون اللاجئين مقتل أكثر من 400 شخص في البحر.",
        "وقالت منظمة أطباء بلا حدود إنها أبلغت بمقتل 12 شخصا على الأقل.",
        "وقال أحمد وهو من سكان البلدة إن الانفجار قتل أكثر من عشرة أشخاص.",
        # nor are the attackers
        "قتل 20 شخصا في هجوم نسب إلى صيادين من قبيلة مجاورة.",
    ],
)
def test_a_civilian_noun_elsewhere_in_the_sentence_is_not_the_victims(text: str) -> None:
    assert one(text)["victims"] == "unspecified"


def test_herders_are_civilians() -> None:
    assert one("قتل 14 من الرعاة في هجوم على قريتهم.")["victims"] == "civilian"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("قتل رجل وأصيب 5 آخرون في حادث دهس بمدينة نيس.", ["civilian", "civilian"]),
        ("أدى هجوم بسكين في محطة القطارات إلى إصابة 4 أشخاص.", ["civilian"]),
        ("لقي 12 شخصا مصرعهم في تصادم قطارين جنوب العاصمة.", ["civilian"]),
        ("أصيب 20 شخصا في انقلاب حافلة على الطريق الصحراوي.", ["civilian"]),
        ("قتل 5 جنود في هجوم على حافلة عسكرية.", ["military"]),  # soldiers named: no scene rule
        ("قتل المهاجم بعد أن طعن رجلا في السوق.", ["military"]),  # the attacker is no bystander
        ("قتل 7 أشخاص في انفجار بمدينة كابول.", ["unspecified"]),  # no scene that strikes the public
    ],
)
def test_victims_of_a_scene_that_strikes_the_public(text: str, victims: list[str]) -> None:
    assert [f["victims"] for f in figs(text)] == victims


def test_a_scene_in_the_title_tells_the_victims() -> None:
    found = figs("وقالت الشرطة إن 3 أشخاص قتلوا وأصيب 9 آخرون.", title="حادث دهس في وسط المدينة")
    assert [f["victims"] for f in found] == ["civilian", "civilian"]


def test_tourists_and_guards() -> None:
    assert one("أسفر الهجوم عن مقتل عشرات السياح الغربيين.")["victims"] == "civilian"
    assert one("أصيب 3 حراس في هجوم على السجن.")["victims"] == "military"


def test_victims_of_a_verb_of_suffering() -> None:
    f = one("تكبدت الميليشيات خلال المعارك ما يقارب 300 قتيل وجريح.")
    assert (f["outcome"], f["victims"], f["qualifier"]) == ("killed_or_injured", "military", "approximate")


# -- new and since -----------------------------------------------------------------------------------


def test_an_addition_and_a_running_total_since_a_date() -> None:
    found = figs(
        "وقالت وزارة الصحة إنها سجلت 40 قتيلا آخرين ليصل إجمالي عدد القتلى إلى 1200 منذ 7 أكتوبر.",
        published="2023-10-20",
    )
    assert keys(found) == [(40, None, "killed"), (1200, None, "killed")]
    assert [f["new"] for f in found] == [True, False]
    assert [f["since"] for f in found] == [None, "2023-10-07"]


def test_a_period_makes_an_addition() -> None:
    f = one("أعلنت الوزارة تسجيل 35 وفاة جديدة خلال الساعات الـ24 الماضية.")
    assert f["new"] is True


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة ضحايا الزلزال إلى 350 قتيلا.",
        "قتل 63 مدنيا حتى الآن في القصف على المدينة.",
        "وخلفت الحرب نحو 10 آلاف قتيل وفق التقديرات.",
        "وأوقعت الحرب أكثر من عشرة آلاف قتيل منذ تدخل التحالف في 2015.",
    ],
)
def test_running_totals(text: str) -> None:
    f = one(text)
    assert f["new"] is False
    assert f["since"] is None  # no calendar date to count from


def test_a_single_attack_is_neither_new_nor_a_total() -> None:
    assert one("قتل 5 أشخاص في هجوم انتحاري على حاجز للشرطة.")["new"] is None


def test_since_a_date_reaches_a_sibling_figure() -> None:
    found = figs(
        "وتشير إحصاءات المسؤولين المحليين إلى مقتل 300 من جنودهم منذ 12 مايو، إلى جانب أكثر من 40 مدنيا.",
        published="2024-06-01",
    )
    assert [(f["count"], f["since"]) for f in found] == [(300, "2024-05-12"), (40, "2024-05-12")]


def test_since_a_time_ago_is_no_start() -> None:
    f = one("اختطف مسلحون 30 تلميذا منذ نحو أربع سنوات في شمال البلاد.")
    assert (f["new"], f["since"]) == (None, None)


# -- sources -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("قتل 12 شخصا في القصف، بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
        ("قتل 12 شخصا في القصف، وفقا لوزارة الداخلية.", "وزارة الداخلية"),
        ("ونقلت وكالة سبأ عن مصدر طبي قوله إن 7 أشخاص أصيبوا.", "مصدر طبي"),
        ("وكانت منظمة الصحة العالمية أكدت مقتل 30 شخصا في المخيم.", "منظمة الصحة العالمية"),
        ("قتل 11 مقاتلا وفق حصيلة جديدة أوردها المرصد السوري السبت.", "المرصد السوري"),
        ("قتل 45 جنديا خلال العملية بحسب حصيلة رسمية.", "حصيلة رسمية"),
        ("أعلنت وزارة الداخلية، الجمعة، اعتقال 14 شخصا بتهمة التهريب.", "وزارة الداخلية"),
    ],
)
def test_sources(text: str, source: str) -> None:
    assert src(one(text)) == source


@pytest.mark.parametrize(
    "text",
    [
        "لقي 17 مسلحا مصرعهم في اشتباكات قرب الحدود.",
    ],
)
def test_no_source_in_the_outlets_voice(text: str) -> None:
    assert one(text)["source"] is None


def test_an_agency_alone_gives_the_figure() -> None:
    # the dev gold makes an agency the speaker where it relays no one ("وذكرت رويترز أن"، "وفقا لرويترز"),
    # so the figure in what it reports is its own; one it relays gives way (مصدر طبي، بوتين)
    assert src(one("قتل 8 أشخاص في الهجوم، بحسب فرانس برس.")) == "فرانس برس"


def test_the_source_of_a_reporting_verb() -> None:
    f = one("وقال المتحدث باسم الدفاع المدني إن 12 شخصا قتلوا في الغارة.")
    assert "الدفاع المدني" in src(f)
    assert f["statement"] is None or f["statement"].startswith("s")


def test_a_restated_figure_is_one_with_its_source() -> None:
    found = figs("وقال مصدر طبي إن القصف أسفر عن مقتل 30 شخصا.", title="مقتل 30 في قصف على صنعاء")
    assert keys(found) == [(30, None, "killed")]
    assert src(found[0]) == "مصدر طبي"
    assert found[0]["evidence"]["text"].startswith("وقال")


def test_the_same_number_from_two_sources_is_two_figures() -> None:
    found = figs("قالت الشرطة إن 18 شخصا قتلوا. وقال مدير الإسعاف إن 18 شخصا قتلوا.")
    assert [src(f) for f in found] == ["الشرطة", "مدير الإسعاف"]


def test_a_part_of_the_figure_before_takes_its_source() -> None:
    found = figs("وقتل 118 فلسطينيا منذ بدء الاحتجاجات، بحسب وزارة الصحة. وقتل 62 من هؤلاء في يوم واحد.")
    assert keys(found) == [(118, None, "killed"), (62, None, "killed")]
    assert [src(f) for f in found] == ["وزارة الصحة", "وزارة الصحة"]


# -- output shape and odd input -----------------------------------------------------------------------


def test_output_fields_and_offsets() -> None:
    doc = process("قالت الشرطة إن 3 أشخاص قتلوا في الانفجار.", published=PUB, upto="casualties")
    (f,) = doc.layers["casualties"]
    assert f["id"] == "c1"
    for key in (
        "count",
        "count_max",
        "qualifier",
        "outcome",
        "victims",
        "new",
        "since",
        "source",
        "statement",
        "number_span",
        "evidence",
    ):
        assert key in f
    span = f["number_span"]
    assert doc.text[span["start"] : span["end"]] == span["text"] == "3"
    ev = f["evidence"]
    assert doc.text[ev["start"] : ev["end"]] == ev["text"]
    assert set(f["source"]) >= {"name", "entity", "names"}


@pytest.mark.parametrize(
    "text", ["", "   ", "Three people were killed on Monday.", "ق" * 5000, "قتل " * 300, "12345"]
)
def test_odd_input(text: str) -> None:
    assert isinstance(figs(text), list)


# -- lexicons ----------------------------------------------------------------------------------------


def test_lexicon_values() -> None:
    outcomes = {"killed", "injured", "killed_or_injured", "missing", "captured", "displaced"}
    for row in lexicon.table("figures_outcomes"):
        assert row[1] in outcomes and row[2] in {"verb", "noun", "person", "sg", "du", "adj"}, row
        assert row[3:] in ((), ("people",), ("near",), ("fate",), ("lost",), ("casualties",), ("spent",), ("persons",), ("stock",), ("counted",), ("fell",), ("numeral",)), row
    for row in lexicon.table("figures_victims"):
        assert row[1] in {"civilian", "military", "person", "passenger"} and row[2] in {"sg", "du", "pl", "group"}, row
        assert row[3:] in ((), ("body",), ("member",), ("perpetrator",)), row
    roles = {
        "approximate",
        "warrant",
        "were",
        "some_of",
        "happened",
        "approximate_after",
        "at_least",
        "at_most",
        "at_least_after",
        "at_least_verb",
        "rescue",
        "approximate_verb",
        "hand",
        "unmanned",
        "spent",
        "wounds",
        "condition",
        "range_start",
        "range_join",
        "range_to",
        "new",
        "new_weak",
        "period_new",
        "total",
        "total_far",
        "total_agent",
        "since",
        "since_first",
        "since_last",
        "time_lead",
        "unknown",
        "not_class",
        "breakdown",
        "armed_wing",
        "affect",
        "suspended",
        "part_of",
        "also",
        "negation",
        "no_since",
        "no_since_weak",
        "suffer",
        "ranks",
        "losses",
        "likewise",
        "authority",
        "to_death",
        "they_are",
        "advice",
        "was",
        "death",
        "fraud",
        "kin",
        "ground",
        "hold",
        "lives",
        "may",
        "battle",
        "attempt",
        "threat",
        "suspect",
        "clause",
        "disease",
        "release",
        "still",
        "rise",
        "total_before",
        "sentence",
        "return",
        "escape",
        "rate",
        "one_of",
        "both",
        "fell",
        "may_cause",
        "homes",
        "reach",
        "estimate",
        "agent",
        "most",
        "all",
        "count_of",
        "far_stop",
        "sequel_stop",
        "total_campaign",
        "caused",
        "projected",
        "per",
        "relative",
        "verb_adjunct",
        "military_craft",
        "civilian_scene",
        "rank_of",
        "another",
        "narrative_time",
        "demand",
        "exchange",
        "nonlethal",
        "carried_out",
        "severity",
        "jet",
    }
    assert {row[1] for row in lexicon.table("figures_cues")} <= roles
    assert {row[1] for row in lexicon.table("figures_attribution")} <= {
        "kicker",
        "anaphor",
        "identity",
        "document",
        "verb",
        "relay",
        "participle",
        "phrase",
        "end",
        "skip",
        "outlet",
        "toll",
        "via",
        "body",
        "speaker",
        "impersonal",
        "while",
        "report",
        "learn",
        "contained",
        "latest",
        "object_prep",
        "emphasis",
    }


# -- the example article against its gold -------------------------------------------------------------


def _scorer(shared_dir):
    path = shared_dir / "tools" / "score_claims.py"
    if not path.exists():
        pytest.skip("score_claims.py is absent")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_article_figures(shared_dir) -> None:
    gold_path = shared_dir / "data" / "claims-dev" / "seed.gold.jsonl"
    if not gold_path.exists():
        pytest.skip("seed.gold.jsonl is absent")
    scorer = _scorer(shared_dir)
    gold = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])
    title, _, body = EXAMPLE.read_text(encoding="utf-8").partition("\n")
    doc = process(body, title=title.strip(), published="2020-10-22", upto="casualties")
    pred = doc.layers["casualties"]
    assert len(pred) == len(gold["casualties"]) == 7
    unmatched = list(pred)
    for g in gold["casualties"]:
        key = (g["count"], g["count_max"], g["outcome"])
        p = next((p for p in unmatched if (p["count"], p["count_max"], p["outcome"]) == key), None)
        assert p is not None, f"missed {key}"
        unmatched.remove(p)
        for field in ("qualifier", "victims", "new", "since"):
            assert p[field] == g[field], (key, field, p[field], g[field])
        assert scorer.name_agrees(p["source"], g["source"]), (key, p["source"], g["source"])


def test_cases_of_a_disease_are_not_injuries() -> None:
    assert figs("سجلت الوزارة 500 إصابة جديدة بفيروس كورونا.") == []


def test_a_unit_before_a_casualty_word() -> None:
    f = one("رصدت السلطات 20 حالة وفاة في الفيضانات.")
    assert (f["count"], f["outcome"]) == (20, "killed")


def test_a_name_stops_at_a_toll_word() -> None:
    f = one("أعلنت وزارة الصحة في غزة ارتفاع عدد القتلى إلى 500.")
    assert src(f) == "وزارة الصحة في غزة"
    assert f["new"] is False


def test_drowned() -> None:
    f = one("غرق 40 مهاجرا قبالة سواحل تونس.")
    assert (f["count"], f["outcome"]) == (40, "killed")


def test_a_feminine_adjective_is_not_a_victim_noun() -> None:
    assert one("قتل 5 أشخاص في عملية عسكرية شمال البلاد.")["victims"] == "unspecified"


def test_a_noun_is_not_a_reporting_verb() -> None:
    found = figs("وقال مصدر عسكري إن 9 مسلحين قتلوا. ولقي 17 مسلحا مصرعهم، إضافة إلى أسر 5 في هجوم آخر.")
    assert [(f["count"], src(f)) for f in found] == [(9, "مصدر عسكري"), (17, None), (5, None)]


def test_an_aside_between_commas_and_a_date_are_crossed() -> None:
    f = one("اعتقلت قوات الاحتلال، فجر اليوم، 25 فلسطينيا من الضفة الغربية.")
    assert (f["count"], f["outcome"]) == (25, "captured")
    g = one("وبلغ عدد المعتقلين منذ 7 أكتوبر أكثر من 6 آلاف.", published="2024-01-15")
    assert (g["count"], g["qualifier"], g["new"], g["since"]) == (6000, "at_least", False, "2023-10-07")


def test_a_closing_reporting_phrase_covers_its_sentence() -> None:
    found = figs(
        "قتل 15 شخصا على الأقل وأصيب العشرات في قصف جوي استهدف سوقا شعبيا في مدينة أم درمان، "
        "وفق ما أفادت لجان المقاومة."
    )
    assert [src(f) for f in found] == ["لجان المقاومة", "لجان المقاومة"]


def test_each_verb_keeps_its_number() -> None:
    found = figs("لقي ثلاثة جنود حتفهم وأصيب اثنان آخران في الهجوم.")
    assert keys(found) == [(3, None, "killed"), (2, None, "injured")]


def test_freed_people_are_not_captured() -> None:
    assert figs("أفرجت السلطات عن 50 معتقلا سياسيا.") == []
    assert figs("أعلنت هيئة الأسرى إطلاق سراح 39 أسيرا.") == []


def test_joined_figures_share_the_tally() -> None:
    found = figs("ارتفع عدد ضحايا الإعصار إلى 11300 قتيل و10100 مفقود، حسب الهلال الأحمر.")
    assert [(f["count"], f["outcome"], f["new"], src(f)) for f in found] == [
        (11300, "killed", False, "الهلال الأحمر"),
        (10100, "missing", False, "الهلال الأحمر"),
    ]


def test_a_name_may_hold_a_casualty_noun() -> None:
    assert src(one("أعلنت هيئة الأسرى اعتقال 20 شخصا في الخليل.")) == "هيئة الأسرى"


def test_still_is_no_negation() -> None:
    found = figs("وقالت الوزارة إن عدد القتلى ارتفع إلى 89، فيما لا يزال 120 شخصا في عداد المفقودين.")
    assert keys(found) == [(89, None, "killed"), (120, None, "missing")]
    assert keys(figs("ولا يزال مصير 3 صيادين مجهولا.")) == [(3, None, "missing")]


def test_layer_follows_the_record_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from marsad.record import schema

    doc = process(
        "قتل 12 شخصا في القصف، بحسب المرصد. وقال مصدر طبي إن 3 جنود أصيبوا منذ 7 أكتوبر.",
        published=PUB,
        upto="casualties",
    )
    item = schema()["properties"]["casualties"]
    full = {"$defs": schema()["$defs"], **item}
    jsonschema.validate(doc.layers["casualties"], full)


def test_civilians_named_in_the_title() -> None:
    found = figs("وأدى الهجوم إلى مقتل شخص وجرح أربعة.", title="مهاجم يطعن المارة في سوق بمدينة ليون")
    assert [(f["count"], f["victims"]) for f in found] == [(1, "civilian"), (4, "civilian")]


def test_a_singular_subject_of_a_reported_verb() -> None:
    f = one("وقالت الشرطة إن رجلا يبلغ من العمر 63 عاما قتل في الحادث.")
    assert (f["count"], f["outcome"], src(f)) == (1, "killed", "الشرطة")
    assert figs("وقالت الشرطة إن الرجال قتلوا في الحادث.") == []


def test_a_transport_plane_is_no_relay() -> None:
    found = figs("تحطم طائرة نقل عسكرية ومصرع 39 شخصا كانوا على متنها.")
    assert [(f["count"], f["source"]) for f in found] == [(39, None)]


def test_a_closing_verb_of_saying() -> None:
    assert src(one("قتل 5 أشخاص في انفجار سيارة مفخخة، قالت الشرطة.")) == "الشرطة"


def test_duals_of_singular_nouns() -> None:
    f = one("وأفاد شهود بأن مسلحين اختطفوا طبيبين من مستشفى في نيالا.")
    assert (f["count"], f["outcome"], f["victims"]) == (2, "captured", "civilian")


def test_expected_to_rise_is_no_total() -> None:
    found = figs("وقالت اللجنة إن بين القتلى 12 طفلا، مشيرة إلى أن عدد الضحايا مرشح للارتفاع.")
    assert [(f["count"], f["new"]) for f in found] == [(12, None)]


def test_an_opening_since_covers_the_sentence() -> None:
    found = figs(
        "ومنذ اندلاع الحرب في 15 أبريل 2023، قتل أكثر من 12 ألف شخص، فيما نزح نحو 7 ملايين داخل البلاد.",
        published="2024-02-11",
    )
    assert [(f["count"], f["new"], f["since"]) for f in found] == [
        (12000, False, "2023-04-15"),
        (7000000, False, "2023-04-15"),
    ]


def test_a_units_number_is_no_figure() -> None:
    found = figs("أعلن الجيش مقتل قائد كتيبة الاتصالات 481 خلال اشتباكات.")
    assert [(f["count"], f["victims"]) for f in found] == [(1, "military")]  # the commander, not 481


def test_a_restated_number_in_brackets() -> None:
    found = figs("أسر المقاتلون أربعة (4) جنود خلال الهجوم.")
    assert [f["count"] for f in found] == [4]


def test_bodies_of_hostages_are_dead() -> None:
    f = one("عثر الجيش على جثث 21 محتجزا في خان يونس.")
    assert (f["count"], f["outcome"]) == (21, "killed")


def test_a_nisba_noun_after_a_number_counts_people() -> None:
    f = one("وقال المتحدث العسكري إن عدد المختطفين لدى حماس بلغ 199 إسرائيليا.")
    assert (f["count"], f["outcome"], f["new"]) == (199, "captured", False)


@pytest.mark.parametrize(
    "text",
    [
        "وحكمت محاكم بغداد على أكثر من 300 من المسلحين بالإعدام.",
        "وقضت محكمة غيابيا بإعدام رجل بعد إدانته بالقتل.",
        # those a court convicts of a killing did it: no one killed is counted
        "وأدانت المحكمة 45 شخصا بقتل الشرطي في العام الماضي.",
        "وأدانت محكمة في القاهرة 12 متهما بقتل متظاهرين.",
        # a harm only possible
        "وقال ترامب إنه يمكن قتل مئات الآلاف من الناس.",
        "وقال إن التأثير يمكن أن يكون قتل العشرات من الأشخاص.",
        # animals
        "القبض على صبيين بتهمة قتل نصف مليون نحلة",
        # calls and messages are counted, not people
        "وقالت الرابطة إن الشرطة فقدت تلقى الرقم أكثر من 12200 مكالمة العام الماضي.",
        "وأعلنت الحكومة أن 3 ملايين نازح عادوا إلى منازلهم.",
        "وتسلمت المقالة بعد يوم واحد من اختفائه.",
        "وكانت الناشطة لدى اعتقالها في الـ 16 من العمر.",
    ],
)
def test_sentences_returns_and_ages_are_not_figures(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    "text", ["وقال المرصد إنه لا يمكن التحقق من مقتل 20 شخصا.", "كيف يمكن لقتل 20 شخصا في غزة أن يساعد السلام؟"]
)
def test_a_killing_that_cannot_be_verified_or_that_is_the_subject_of_a_modal_counts(text: str) -> None:
    f = one(text)
    assert (f["count"], f["outcome"]) == (20, "killed")


def test_the_driver_of_a_vehicle_is_no_commander() -> None:
    f = one("وأدى الحادث المأساوي لوفاة قائد دراجة نارية.")
    assert (f["count"], f["outcome"], f["victims"]) == (1, "killed", "civilian")


def test_a_body_that_condemns_a_killing_is_no_court() -> None:
    assert [(f["count"], f["outcome"]) for f in figs("وأدانت الخارجية الهجوم الذي أسفر عن مقتل 20 شخصا.")] == [
        (20, "killed")
    ]


def test_a_participles_plural_is_no_dual() -> None:
    assert figs("وأثارت أنباء احتجاز المتهمين بالفساد موجة سخرية.") == []


def test_the_agent_is_not_the_victims() -> None:
    f = one("وأكد مسؤولون أن أكثر من 120 شخصا قتلوا برصاص القوات الإسرائيلية.")
    assert f["victims"] == "unspecified"


def test_the_victims_make_up_after_a_comma() -> None:
    assert one("وخلفت الانتفاضة أكثر من 1100 قتيل، معظمهم من المسلحين.")["victims"] == "military"


def test_a_vague_part_says_nothing_of_the_whole() -> None:
    assert figs("ويبلغ عدد المطالبين بتعويضات نحو ستة آلاف شخص أجنبي بينهم ضحايا هجمات.") == []


def test_a_verb_of_reaching_after_the_figure_is_no_total() -> None:
    f = one("أسفر انفجاران عن مقتل 26 شخصا بينهم صحفيون وصلوا لتغطية الانفجار الأول.")
    assert f["new"] is None


@pytest.mark.parametrize(
    "text",
    [
        "ووفرت الحكومة 5000 وظيفة للشباب.",
        "وتم إنقاذ 20 أسرة من الغرق.",
        "وسجلت الشرطة 150 جريمة قتل خلال العام.",
    ],
)
def test_words_with_other_senses(text: str) -> None:
    assert figs(text) == []


def test_captured_after_a_verb_with_other_senses() -> None:
    f = one("وأسر المقاتلون 5 جنود خلال الهجوم.")
    assert (f["count"], f["outcome"]) == (5, "captured")


def test_a_verb_with_no_subject_speaks_for_the_name_before() -> None:
    from marsad.claims import figures

    text = "فيما لم تكشف تركيا عن خسائرها لكنها قالت إن 12 جنديا قتلوا."
    doc = process(text, published=PUB, upto="statements")
    start = text.index("تركيا")
    doc.layers["statements"] = []  # the rule of this module alone
    doc.layers["mentions"] = [{"start": start, "end": start + 5, "type": "LOC", "text": "تركيا"}]
    figures.annotate(doc)
    assert [(f["count"], src(f)) for f in doc.layers["casualties"]] == [(12, "تركيا")]


def test_a_days_addition_and_the_total_it_brings() -> None:
    found = figs(
        "ووصل إلى المستشفيات 150 شهيدا خلال الساعات الـ24 الماضية، ليرتفع عدد الشهداء إلى 24100 منذ 7 أكتوبر.",
        published="2024-01-20",
    )
    assert [(f["count"], f["new"], f["since"]) for f in found] == [
        (150, True, None),
        (24100, False, "2023-10-07"),
    ]


def test_more_with_a_toll_reached_after() -> None:
    found = figs("سقط 40 قتيلا آخرين ليصل عدد القتلى إلى 500.")
    assert [(f["count"], f["new"]) for f in found] == [(40, True), (500, False)]


def test_the_same_toll_of_two_events_deep_in_the_body_is_two_figures() -> None:
    body = (
        "وقع الهجوم الأول صباح الأحد. وشهدت المنطقة اشتباكات متقطعة. "
        "وفي تشرين الأول قصف مسلحون القاعدة ما أدى إلى مقتل جنديين. "
        "وفي حادث آخر تحطمت مروحية ما أدى إلى مقتل جنديين."
    )
    assert keys(figs(body, title="هجمات متكررة على قاعدة عسكرية")) == [
        (2, None, "killed"),
        (2, None, "killed"),
    ]


def test_a_title_label_names_a_speaking_body_not_a_place() -> None:
    (f,) = figs("وقع القصف فجر اليوم.", title="الصحة في غزة: 30 قتيلا في غارة على مخيم النصيرات")
    assert src(f) == "الصحة في غزة"
    (g,) = figs("وقع القصف فجر اليوم.", title="سوريا: مقتل 5 مدنيين في غارة على إدلب")
    assert g["source"] is None


# -- second pass: generalization ---------------------------------------------------------------


def test_thousands_and_a_part_are_one_figure() -> None:
    f = one("وارتفع عدد القتلى إلى 31 ألفا و250 قتيلا.")
    assert (f["count"], f["outcome"]) == (31250, "killed")


def test_since_the_start_or_end_of_a_month_or_year() -> None:
    assert one("وقتل 70 شخصا منذ بداية شهر فبراير.")["since"] == "2024-02-01"
    assert one("ونزح 5 آلاف شخص منذ مطلع العام الجاري.")["since"] == "2024-01-01"
    assert one("واعتقل 40 شخصا منذ نهاية يناير.")["since"] == "2024-01-31"
    # a bare month, or a month far from the word, gives no day
    assert one("وقتل 70 شخصا منذ فبراير.")["since"] is None
    assert one("وقتل 70 شخصا منذ بدء الهجوم في فبراير الماضي.")["since"] is None


def test_a_number_after_a_time_adverb_and_a_comma() -> None:
    f = one("وخطف المسلحون منذ ثلاثة أعوام، 85 تلميذا من قرية نائية.")
    assert (f["count"], f["outcome"], f["victims"]) == (85, "captured", "civilian")
    f = one("واعتقلت الشرطة خلال الأسبوع الماضي، 16 شخصا.")
    assert (f["count"], f["outcome"]) == (16, "captured")


def test_lives_taken_with_the_subject_between() -> None:
    f = one("وأودت الفيضانات في الإقليم بحياة أكثر من 120 شخصا.")
    assert (f["count"], f["outcome"], f["qualifier"]) == (120, "killed", "at_least")
    assert one("وأودى الانفجار بأرواح العشرات.")["count"] == 10


def test_source_after_according_to_what_with_an_object_pronoun() -> None:
    assert one("وأصيب 14 شخصا، حسبما ذكرته مصادر طبية.")["source"]["name"] == "مصادر طبية"
    assert one("وقتل 6 أشخاص، وفقا لما أعلنته الشرطة المحلية.")["source"]["name"] == "الشرطة المحلية"


def test_source_name_ends_at_the_next_reporting_verb_and_drops_min_jihatihi() -> None:
    f = one("وقتل 9 أشخاص وفق ما أفاد سكان محليون واتهموا الجيش بالتقصير.")
    assert f["source"]["name"] == "سكان محليون"
    f = one("وقالت الشرطة من جهتها إن 4 أشخاص اعتقلوا.")
    assert f["source"]["name"] == "الشرطة"


def test_a_singular_subject_keeps_its_verb_out_of_a_lumped_pair() -> None:
    found = figs("وأفادت الوكالة بأن شرطيا قتل وأصيب خمسة مدنيين.")
    assert sorted((f["count"], f["outcome"]) for f in found) == [(1, "killed"), (5, "injured")]
    assert one("قتل وأصيب 30 شخصا في الانفجار.")["outcome"] == "killed_or_injured"


def test_conjoined_numbers_take_the_casualty_word_after_them() -> None:
    found = figs("وأسفر الهجوم عن سقوط سبعة قتلى وسبعة جرحى.")
    assert sorted((f["count"], f["outcome"]) for f in found) == [(7, "injured"), (7, "killed")]
    f = one("ويقول الأطباء إن معظم القتلى وآلاف المصابين من المدنيين.")
    assert (f["count"], f["outcome"]) == (1000, "injured")


def test_one_person_who_fled_is_not_displaced() -> None:
    assert figs("وقال الشرطي إن رجلا آخر فر من المكان.") == []


def test_fate_is_missing_only_when_unknown() -> None:
    assert one("ولا يزال مصير 14 صيادا مجهولا.")["outcome"] == "missing"
    assert one("ولا يعرف مصير 12 بحارا.")["count"] == 12
    assert figs("وتحدث التقرير عن مصير 200 عائلة.") == []


def test_source_name_ends_at_the_channel() -> None:
    assert one("وقتل 4 أشخاص، بحسب الشرطة في بيان لها.")["source"]["name"] == "الشرطة"


def test_conjoined_numbers_share_the_verb_after_them() -> None:
    found = figs("ويعتقد أن 20 من الشرطة و20 من المهاجمين قتلوا في الاشتباك.")
    assert [(f["count"], f["outcome"]) for f in found] == [(20, "killed"), (20, "killed")]


def test_source_after_the_verb_skips_bihi_and_aydan() -> None:
    f = one("وقصفت الطائرات الحي، بحسب ما أفادت به قناة محلية مشيرة إلى مقتل 12 شخصا.")
    assert f["source"]["name"] == "قناة محلية"
    assert one("وأعلن المرصد أيضا مقتل 62 مدنيا.")["source"]["name"] == "المرصد"


def test_the_death_of_one_held_is_a_death() -> None:
    f = one("وفاة أسير سياسي في سجن العاصمة")
    assert (f["count"], f["outcome"]) == (1, "killed")


def test_a_number_after_a_subject_and_a_time_adverb_between_commas() -> None:
    f = one("وخطف مسلحو العصابة، منذ نحو ثلاث سنوات مضت، 40 تلميذا من مدرستهم.")
    assert (f["count"], f["outcome"]) == (40, "captured")


def test_whereabouts_unknown_is_missing() -> None:
    f = one("ولا يزال مكان أكثر من 30 من الصيادين مجهولا.")
    assert (f["count"], f["outcome"], f["qualifier"]) == (30, "missing", "at_least")
    assert figs("ووصل إلى مكان الانفجار 20 مسعفا.") == []


# -- unseen-text patterns (issue 4, third pass) --------------------------------------------------


def test_number_after_all_of_the_harmed():
    # "جميع" and the tatweel article "الـ" stand between the casualty word and its number
    f = one("انحرفت الحافلة عن الطريق، مما أسفر عن مقتل جميع الركاب الـ14.")
    assert (f["count"], f["outcome"], f["victims"]) == (14, "killed", "civilian")


@pytest.mark.parametrize(
    "body, count",
    [
        ("غرق القارب قرب الشاطئ ولقي حتفه جميع من كانوا على متنه وعددهم 9.", 9),
        ("أدى الانهيار إلى مصرع جميع العمال البالغ عددهم 16 داخل المنجم.", 16),
    ],
)
def test_their_number_is_sizes_the_harmed_named_before(body, count):
    f = one(body)
    assert (f["count"], f["outcome"]) == (count, "killed")


def test_verb_reaches_its_number_over_a_since_clause_and_a_year():
    f = one("وقتل في النزاع المسلح منذ بدأت الجماعة تمردها عام 2011 أكثر من 20 ألف شخص.")
    assert (f["count"], f["qualifier"], f["outcome"]) == (20000, "at_least", "killed")


@pytest.mark.parametrize(
    "body",
    [
        "قتل القائد في الهجوم الذي نفذه 20 مسلحا.",  # a relative clause: the attackers
        "وأصيب الحارس خلال مداهمة شارك فيها 200 شرطي.",  # the verb has its own subject
        "قتل الجنود في المعركة التي يقيم قربها 300 شخص.",  # a relative clause
    ],
)
def test_far_verb_stops_at_a_new_clause_or_a_subject(body):
    assert all(f["count"] < 20 for f in figs(body)), keys(figs(body))


@pytest.mark.parametrize(
    "body, count",
    [
        ("وقبض على أربعة أشخاص بعد المداهمة.", 4),
        ("وألقت قوات الأمن القبض على 7 من المطلوبين.", 7),
    ],
)
def test_arrest_phrases_capture(body, count):
    f = one(body)
    assert (f["count"], f["outcome"]) == (count, "captured")


def test_forced_to_leave_is_displacement_and_tens_of_thousands_spelled_aluf():
    f = one("وأرغمت الاشتباكات عشرات الألوف من المدنيين على مغادرة البلدة.")
    assert (f["count"], f["qualifier"], f["outcome"], f["victims"]) == (
        10000,
        "at_least",
        "displaced",
        "civilian",
    )
    f = one("واضطر نحو 4 آلاف شخص إلى ترك القرية.")
    assert (f["count"], f["qualifier"], f["outcome"]) == (4000, "approximate", "displaced")


def test_passengers_are_civilians_unless_aboard_a_military_craft():
    f = one("لقي 22 مسافرا حتفهم في انقلاب قطار.")
    assert (f["count"], f["victims"]) == (22, "civilian")
    f = one("تحطمت طائرة نقل عسكرية مما أدى إلى مقتل جميع ركابها البالغ عددهم 27.")
    assert (f["count"], f["victims"]) == (27, "unspecified")


def test_nationality_noun_says_nothing_of_the_class():
    # as in the dev gold: "فلسطينيا" killed in clashes are not called civilians
    f = one("قتل 6 فلسطينيين برصاص الجيش خلال مواجهات قرب السياج.")
    assert (f["count"], f["victims"]) == (6, "unspecified")

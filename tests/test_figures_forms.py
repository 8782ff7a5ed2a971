"""Word forms the figures read (marsad.claims.figures): dual nouns are figures of two (lexicon
figures_victims / figures_outcomes: the nominative dual in ان "قتل مدنيان"، the genitive in ين where
the plural is broken "مقتل طفلتين"، the dual pronoun of "لقي ... حتفهما"); a statement or toll
joined by ل to a body names that body as the source (figures_attribution roles toll / document)."""

from __future__ import annotations

import pytest

from marsad.pipeline import process


def figures(body: str) -> list[tuple[int, str, str]]:
    doc = process(body, upto="casualties")
    return [(c["count"], c["outcome"], c["victims"]) for c in doc.layers["casualties"]]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("وقتل مدنيان وأصيب ثلاثة آخرون في القصف.", (2, "killed", "civilian")),
        ("وأصيب شرطيان بجروح طفيفة.", (2, "injured", "military")),
        ("وارتقى شهيدان في الغارة.", (2, "killed", "unspecified")),
        ("ولقي طفلان حتفهما غرقا.", (2, "killed", "civilian")),
        ("وأصيبت صحفيتان بالرصاص.", (2, "injured", "civilian")),
        ("أسفر الحادث عن مقتل طفلتين.", (2, "killed", "civilian")),
        ("واعتقل ناشطان معارضان.", (2, "captured", "civilian")),
    ],
)
def test_a_dual_noun_is_a_figure_of_two(body: str, expected: tuple[int, str, str]) -> None:
    assert expected in figures(body)


def test_the_plural_in_ين_is_not_read_as_two() -> None:
    assert all(count != 2 for count, _, _ in figures("وقتل مدنيين في القصف."))


@pytest.mark.parametrize(
    "body, source",
    [
        ("وقتل 30 شخصا بحسب بيان للجيش.", "الجيش"),
        ("وقتل 30 شخصا وفق حصيلة لوزارة الصحة.", "وزارة الصحة"),
        ("وقتل 30 شخصا بحسب إحصائية للأمم المتحدة.", "الأمم المتحدة"),
        ("وقتل 30 شخصا وفق حصيلة أولية.", "حصيلة أولية"),
    ],
)
def test_a_document_joined_by_li_names_its_issuer(body: str, source: str) -> None:
    doc = process(body, upto="casualties")
    assert [c["source"]["name"] for c in doc.layers["casualties"]] == [source]
    assert [s["speaker"]["name"] for s in doc.layers["statements"]] == [source]


def test_a_unit_with_ba_tells_how_they_were_harmed() -> None:
    assert (10, "injured", "unspecified") in figures("وأصيب العشرات بحالات اختناق جراء الغاز.")
    assert (20, "injured", "unspecified") in figures("وأصيب 20 بحالات اختناق.")
    assert figures("ودمرت الغارة 10 منازل.") == []


def test_a_verb_of_exceeding_before_the_toll_qualifies_it() -> None:
    doc = process("وتجاوز عدد القتلى 500 شخص، وناهز عدد النازحين 3 آلاف.", upto="casualties")
    assert [(c["count"], c["qualifier"]) for c in doc.layers["casualties"]] == [
        (500, "at_least"),
        (3000, "approximate"),
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("وأعلن الجيش مقتل ضابط وجنديين في المعارك.", [(1, "killed", "military"), (2, "killed", "military")]),
        ("وأسفر القصف عن مقتل جندي و3 مدنيين.", [(1, "killed", "military"), (3, "killed", "civilian")]),
        (
            "وأسفرت الغارات عن استشهاد 8 مواطنين بينهم 3 أطفال وامرأتان.",
            [(8, "killed", "civilian"), (3, "killed", "civilian"), (2, "killed", "civilian")],
        ),
        ("وقام المسلحون باختطاف نحو 30 امرأة وشابا.", [(30, "captured", "civilian")]),
    ],
)
def test_people_joined_by_wa_to_a_figure(body: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(body) == expected


def test_two_killed_and_three_injured_and_a_lumped_masrae() -> None:
    assert figures("وسقط قتيلان وثلاثة جرحى في الاشتباكات.") == [
        (2, "killed", "unspecified"),
        (3, "injured", "unspecified"),
    ]
    assert figures("وأسفر الحادث عن مصرع وإصابة 14 شخصا.") == [(14, "killed_or_injured", "unspecified")]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("وانتشلت البحرية جثث خمسة مهاجرين وأنقذت أكثر من مئة بعد غرق قاربهم.", [(5, "killed", "civilian")]),
        ("ومنذ مطلع العام تم إنقاذ نحو 40 ألف شخص من الغرق.", []),
        ("وانتشلت فرق الإنقاذ 41 جثة.", [(41, "killed", "unspecified")]),
        ("وقال مسعفون إن 25 شخصا يتلقون العلاج في المستشفى.", [(25, "injured", "unspecified")]),
        ("وتشير الأرقام إلى أن 118 عنصرا من مختلف القوات الأمنية قتلوا.", [(118, "killed", "military")]),
        ("وتسبب سقوط الشظايا في استشهاد مقيم.", [(1, "killed", "civilian")]),
    ],
)
def test_rescued_treated_and_a_verb_past_the_min_phrase(body: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(body) == expected


def test_the_forces_at_whose_hands_people_died_are_not_the_victims() -> None:
    body = "وقتل ما لا يقل عن 120 فلسطينيا على أيدي القوات الإسرائيلية خلال المظاهرات."
    assert figures(body) == [(120, "killed", "unspecified")]


def test_a_toll_that_rose_over_a_relative_clause_and_a_conflicts_toll_are_running_totals() -> None:
    for body in (
        "أعلنت السلطات ارتفاع حصيلة القتلى الذين قضوا بعد ثوران البركان إلى 62 قتيلا.",
        "وأعلن الإقليم استقلاله بعد نزاع حصد 13 ألف قتيل.",
    ):
        doc = process(body, upto="casualties")
        assert [c["new"] for c in doc.layers["casualties"]] == [False], body


def test_a_verb_with_its_own_people_after_wa_is_not_lumped_and_the_detained_seven() -> None:
    assert figures("وقالت الوكالة إن العشرات من عناصر الميليشيات قتلوا وجرح آخرون.") == [(10, "killed", "military")]
    assert figures("وقالت المخابرات إنها حققت مع الموقوفين السبعة في العملية.")[0][:2] == (7, "captured")

"""Session 26. Figures: the label of a headline line names the source when it is an organization the
tagger found or a medium ("الإذاعة الإسرائيلية: ..."، "وسائل إعلام عبرية: ..."), and a hashtag
kicker ("#عاجل |") comes before the label, no part of it."""

from __future__ import annotations

from tests.claims_helpers import sources

# -- the label of a headline line (figures_source._title_label)


def test_a_medium_before_the_colon_of_a_headline_line_is_the_source() -> None:
    assert sources("الإذاعة الإسرائيلية: مقتل ضابط برتبة رائد في اشتباك قرب بيت حانون") == [
        "الإذاعة الإسرائيلية"
    ]
    assert sources("وسائل إعلام عبرية: إصابة ثلاثة مستوطنين بعملية دهس قرب الخليل") == ["وسائل إعلام عبرية"]


def test_an_organization_before_the_colon_is_the_source_and_a_place_is_not() -> None:
    assert sources("كتائب القسام: مقتل 5 من جنود الاحتلال في كمين شرق جباليا") == ["كتائب القسام"]
    assert sources("لبنان: مقتل 7 في غارات على بلدة عيتا الشعب") == [None]


def test_a_hashtag_kicker_is_no_part_of_the_label() -> None:
    assert sources("#عاجل | وزارة الصحة: ارتفاع عدد الجرحى إلى 61 في مخيم النصيرات") == ["وزارة الصحة"]
    # a label in a body sentence with a stop at its end is no headline
    assert sources("وقال شهود إن القصف تواصل. الإذاعة الإسرائيلية: مقتل جندي في خان يونس.") == [None]

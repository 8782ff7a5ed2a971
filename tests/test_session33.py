"""Session 33.

Statements: a place right after a masculine verb that takes an object (طالب، اتهم، دعا) is that
object when the place is one whose verbs are feminine (روسيا، واشنطن): the one who demands or accuses
is named before, not the place.
"""

from __future__ import annotations

from marsad.pipeline import process


def _statements(text: str) -> list[tuple[str | None, str]]:
    doc = process(text, published="2018-05-01")
    return [((s.get("speaker") or {}).get("name"), s["content"]) for s in doc.layers["statements"]]


def test_a_feminine_place_after_a_masculine_verb_is_its_object() -> None:
    found = _statements("ندد الحلف بتسميم الجاسوس وطالب روسيا بالرد على أسئلة لندن.")
    assert found[-1] == ("الحلف", "روسيا بالرد على أسئلة لندن")


def test_the_accused_place_is_no_speaker_even_when_its_complement_is_not_split() -> None:
    found = _statements("وكان المتحدث أكد التقدم في المدينة واتهم تركيا بإيواء قادة المسلحين.")
    assert found[-1][0] == "المتحدث"
    assert found[-1][1].startswith("تركيا")


def test_a_masculine_place_after_a_masculine_verb_is_its_subject() -> None:
    assert _statements("وطالب العراق بالإفراج عن المعتقلين.") == [("العراق", "بالإفراج عن المعتقلين")]


def test_a_feminine_place_after_a_feminine_verb_is_its_subject() -> None:
    assert _statements("وطالبت روسيا بالرد على أسئلة لندن.") == [("روسيا", "بالرد على أسئلة لندن")]


def test_an_indefinite_plural_of_critics_after_the_verb_is_its_subject() -> None:
    assert _statements("ويتهم منتقدون الرئيس بالسعي إلى إسكات الصحافة.") == [
        ("منتقدون", "الرئيس بالسعي إلى إسكات الصحافة")
    ]


def test_tweeters_who_demand_are_the_speaker() -> None:
    assert _statements("وطالب مغردون الحكومة بالاستقالة.")[0][0] == "مغردون"

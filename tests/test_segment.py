"""Tokens of the text layer (marsad.text.segment)."""

from __future__ import annotations

import pytest

from marsad.pipeline import process
from marsad.text.segment import tokenize


def words(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in tokenize(text)]


@pytest.mark.parametrize("abbr", ["إن.تي.في", "د.ب.أ", "سي.إن.إن", "بي.بي.سي"])
def test_a_dotted_abbreviation_is_one_word(abbr: str) -> None:
    text = f'وقال لقناة "{abbr}" إن الوضع صعب.'
    assert abbr in words(text)
    assert [k for a, b, k in tokenize(text) if text[a:b] == abbr] == ["word"]


@pytest.mark.parametrize("text", ["وقال.ثم ذهب", "بلغ 3.5 مليون"])
def test_two_words_or_a_decimal_across_a_dot_are_not_an_abbreviation(text: str) -> None:
    assert "." in words(text) or "3.5" in words(text)


def test_the_inna_of_an_abbreviation_opens_no_content() -> None:
    doc = process('وقال الوزير في مقابلة مع "إن.تي.في"، إن 56 جنديا قتلوا.', upto="statements")
    (st,) = doc.layers["statements"]
    assert st["content"].startswith("إن 56")


def test_a_name_is_not_split_into_ka_al_and_a_particle() -> None:
    from marsad.text.clitics import split

    assert split("كاليا") == ("", "كاليا", "")
    assert split("كالعاده")[0] == "كال"  # كالعادة: ka + al + noun


def test_a_relative_pronoun_ends_a_body_name() -> None:
    doc = process("وأعلنت وكالة أعماق التي تتبع التنظيم أن الهجوم نفذه ثلاثة.", upto="entities")
    assert "وكالة أعماق" in [e["name"] for e in doc.layers["entities"]]


@pytest.mark.parametrize("name", ["إف-16", "سو-24", "إس-400", "إن-1"])
def test_a_short_name_joined_to_its_number_is_one_word(name: str) -> None:
    text = f"وأعلنت القوات نشر {name} قرب الحدود."
    assert name in words(text)


def test_a_range_of_numbers_is_not_a_name() -> None:
    assert "5-7" not in words("قتل 5-7 أشخاص")


def test_a_channel_name_with_a_number_does_not_break_a_relay() -> None:
    doc = process("ووقعت الحادثة الجمعة، بحسب ما نقلت محطة إن-1 التلفزيونية عن المتحدثة باسم الشرطة.", upto="statements")
    (st,) = doc.layers["statements"]
    assert st["speaker"]["name"] == "المتحدثة باسم الشرطة"

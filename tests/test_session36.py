"""Session 36.

Figures: "دون طيار" and "بدون طيار" (a craft with no pilot, lexicon role unmanned) negate no harm:
"أسفرت غارة لطائرة دون طيار عن مقتل 3 مسلحين" counts the three, where "انتهت المسيرة دون وقوع
إصابات" still counts nothing.
"""

from __future__ import annotations

from tests.claims_helpers import short


def test_a_drone_without_a_pilot_negates_no_harm() -> None:
    assert short("أسفرت غارة لطائرة دون طيار عن مقتل 3 مسلحين في الوادي.") == [(3, "killed", "military")]
    assert short("وقالت مصادر إن طائرة بدون طيار قتلت خمسة من عناصر التنظيم.") == [(5, "killed", "military")]


def test_without_still_negates_a_harm() -> None:
    assert short("انتهت المسيرة دون وقوع إصابات بين 300 مشارك.") == []
    assert short("سقطت قذيفة في الحي بدون أن تسفر عن إصابات.") == []

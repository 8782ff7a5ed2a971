"""Session 38.

Statements: ما before a bare past reporting verb whose subject runs to إن/أن within a few words is
"what", not "not": "قصفت الطائرات ما قال ناشطون إنه مخزن سلاح" reports what the activists said; "ما
قال الوزير شيئا" stays a negation and reports nothing.
"""

from __future__ import annotations

from tests.claims_helpers import spoken


def test_what_a_speaker_said_a_thing_was() -> None:
    assert spoken("وقصفت الطائرات ما قال ناشطون إنه مخزن سلاح قرب الجسر.") == [("ناشطون", "إنه مخزن سلاح قرب الجسر")]
    assert spoken("وبث التلفزيون صورا تظهر ما قالت الشرطة المحلية إنها شحنة مهربة.") == [
        ("الشرطة المحلية", "إنها شحنة مهربة")
    ]


def test_ma_before_a_verb_with_no_complement_still_negates() -> None:
    assert spoken("ما قال المدرب شيئا عن الخسارة.") == []
    assert spoken("ما قال المدرب، إن صح الخبر، شيئا عن الخسارة.") == []


def test_what_came_in_a_document_is_not_said_by_it() -> None:
    assert spoken("ووصف الوزير ما جاء في التقرير بأنه مليء بالأخطاء.") == [("الوزير", "ما جاء في التقرير بأنه مليء بالأخطاء")]

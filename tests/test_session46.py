"""Session 46.

Events: rape is a violent act against a person, an attack ("اغتصب فتاة"، "جريمة اغتصاب"). Torture is
no trigger: mostly it is named as a practice ("ضحايا التعذيب"، "مكافحة التعذيب").
"""

from __future__ import annotations

from tests.events_helpers import typed


def test_rape_is_an_attack() -> None:
    assert typed("واعتقلت الشرطة رجلا يشتبه في أنه اغتصب فتاة في قرية شمال البلاد.") == [
        ("arrest", "واعتقلت"),
        ("attack", "اغتصب"),
    ]
    assert typed("ووقعت جريمة اغتصاب فتاة في قرية شمال البلاد الأسبوع الماضي.") == [("attack", "اغتصاب")]


def test_torture_named_as_a_practice_is_none() -> None:
    assert typed("ونظمت المنظمة ندوة عن ضحايا التعذيب في العالم.") == []
    assert typed("وتعمل الجمعية على مكافحة التعذيب في السجون منذ سنوات.") == []

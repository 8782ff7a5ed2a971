"""Session 46.

Events: rape is a violent act against a person, an attack ("اغتصب فتاة"، "جريمة اغتصاب"). Torture is
no trigger: mostly it is named as a practice ("ضحايا التعذيب"، "مكافحة التعذيب").

Figures: "they are" (هم) after a toll's number, a qualifier between them ("إلى 27 على الأقل هم 6 جنود
و11 من المقاتلين"), opens its parts as it does after the people noun ("ثلاثين شخصا هم").

Statements: the preposition of a verb of result (أسفر عن، نجم عن: phrase class governed) opens no
content of a reporting verb before it ("أعلنت كوبا الحداد الوطني، غداة حادث أسفر عن سقوط 107 قتلى":
Cuba announced the mourning). بعدها، قبلها، عندها after a reporting verb are time words, not its
speaker ("وصرحت الوزارة بعدها أن"، "وقال عندها إن").
"""

from __future__ import annotations

from tests.claims_helpers import said, short
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


def test_they_are_after_a_qualified_toll_opens_its_parts() -> None:
    assert short("وأعلن المرصد ارتفاع حصيلة القتلى إلى 27 على الأقل هم 6 جنود و11 من المقاتلين الإيرانيين و10 آخرون.") == [
        (27, "killed", "unspecified"),
        (6, "killed", "military"),
        (11, "killed", "military"),
        (10, "killed", "military"),
    ]
    assert short("وقتل 12 هم 5 جنود و7 مدنيين.") == [
        (12, "killed", "unspecified"),
        (5, "killed", "military"),
        (7, "killed", "civilian"),
    ]


def test_a_verb_of_result_keeps_its_preposition() -> None:
    assert said(
        "أعلنت كوبا الحداد الوطني ليومين اعتبارا من السبت، غداة حادث تحطم طائرة ركاب أسفر عن سقوط 107 قتلى."
    ) == [("كوبا", "أعلنت", "الحداد الوطني ليومين اعتبارا من السبت، غداة حادث تحطم طائرة ركاب أسفر عن سقوط 107 قتلى")]
    # the complement of the reporting verb itself still opens the content
    assert said("وأعلن الجيش عن مقتل 5 مسلحين في اشتباك أسفر عن إصابة جندي.") == [
        ("الجيش", "وأعلن", "عن مقتل 5 مسلحين في اشتباك أسفر عن إصابة جندي")
    ]


def test_after_it_is_no_speaker() -> None:
    assert said("وقال الجيش إن قواته استهدفت مواقع للمسلحين، وأعلن بعدها أن العملية انتهت.") == [
        ("الجيش", "وقال", "إن قواته استهدفت مواقع للمسلحين"),
        ("الجيش", "وأعلن", "أن العملية انتهت"),
    ]
    assert said("والتقى الوزير بنظيره الفرنسي، وقال عندها إن المحادثات كانت مثمرة.") == [
        ("الوزير", "وقال", "إن المحادثات كانت مثمرة")
    ]

"""Session 37.

Figures: a plural casualty verb after a comma is the verb of the people counted before it also past
من- and في-phrases of up to eight words, and an aside in brackets, between them and the comma ("إن
أكثر من 40 مسلحا من جماعة متشددة في ريف المحافظة (قرب الحدود)، لقوا حتفهم").
"""

from __future__ import annotations

from tests.claims_helpers import short


def test_a_verb_after_the_comma_past_phrases_of_where_and_of_whom() -> None:
    assert short("وقالت مصادر محلية إن أكثر من 40 مسلحا من جماعة متشددة في ريف المحافظة الشمالي (قرب الحدود)، لقوا حتفهم في الاشتباكات.") == [
        (40, "killed", "military")
    ]
    assert short("وأفاد الدفاع المدني بأن 85 شخصا في مناطق متفرقة من العاصمة، أصيبوا جراء العاصفة.") == [(85, "injured", "unspecified")]


def test_no_verb_of_theirs_past_the_comma() -> None:
    assert short("وأفاد الدفاع المدني بأن 85 شخصا في مناطق متفرقة من العاصمة، وأصيب شرطي بجروح.") == [(1, "injured", "military")]
    assert short("وقال المسؤول إن 600 عامل في مصانع المدينة الصناعية، أضربوا عن العمل.") == []


def test_firefighters_are_civilians_and_gendarmes_fighters() -> None:
    assert short("وأصيب خمسة من رجال الإطفاء أثناء إخماد النيران في المستودع.") == [(5, "injured", "civilian")]
    assert short("ولقي إطفائي حتفه وأصيب اثنان من زملائه.")[0] == (1, "killed", "civilian")
    assert short("وخطف المسلحون ستة دركيين على الطريق الجبلي.") == [(6, "captured", "military")]

"""Patterns found in session 16, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import short

# -- figures: cases of choking counted


def test_cases_of_choking_counted_are_injured() -> None:
    assert short("وقالت المجموعة إن أكثر من 30 حالة اختناق سجلت في البلدة.") == [(30, "injured", "unspecified")]
    assert short("وأفاد الأطباء بتسجيل 20 حالة اختناق جراء القصف.") == [(20, "injured", "unspecified")]
    # choking as the manner of a death is the death alone, and a traffic jam harms no one
    assert short("وقضى ستة أطفال اختناقا داخل سيارة مغلقة.") == [(6, "killed", "civilian")]
    assert short("وشهدت المدينة اختناقا مروريا كبيرا بعد 3 حوادث.") == []


# -- figures: one person, named with a nationality, before the verb that harmed him


def test_a_single_person_with_a_nationality_before_a_passive_verb() -> None:
    assert short("وكان شرطي أردني قتل، السبت، في هجوم استهدف حافلة.") == [(1, "killed", "military")]
    assert short("وكانت امرأة أردنية قتلت برصاص مجهولين.") == [(1, "killed", "civilian")]
    # the definite one was told before; one who killed someone is not the one killed
    assert short("وكان الشرطي الأردني قتل في الهجوم.") == []
    assert short("وكان شرطي أردني قتل زوجته.") == [(1, "killed", "civilian")]  # the wife

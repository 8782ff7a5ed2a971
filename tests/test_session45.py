"""Session 45.

Figures: a toll told place by place goes on over a qualifier of its first part: "مقتل 4 أشخاص على
الأقل في ولاية أوهايو و5 في ولاية تينيسي" is 4 killed in one place and 5 more in the other.
"""

from __future__ import annotations

from tests.claims_helpers import short


def test_a_toll_place_by_place_goes_on_over_a_qualifier() -> None:
    assert short("وأدت العاصفة إلى مقتل 4 أشخاص على الأقل في ولاية أوهايو و6 في ولاية تينيسي.") == [
        (4, "killed", "unspecified"),
        (6, "killed", "unspecified"),
    ]
    # (a share after it is no second part: "و7 في المئة")
    assert short("وقتل 12 شخصا على الأقل في المدينة و7 في المئة منهم أطفال.") == [(12, "killed", "unspecified")]

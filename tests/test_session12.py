"""Patterns found in session 12, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, short

# -- figures: the casualty word


def test_a_period_between_the_verb_and_its_number_is_no_subject() -> None:
    # cue roles time_lead (خلال) and period_new after the verb; the period's own number is a duration
    for body in (
        "وقتل خلال الأيام الثلاثة الماضية 5 أشخاص في الاشتباكات.",
        "وقتل خلال الأيام الثلاثة الماضية خمسة أشخاص.",
        "وقتل في الأيام الثلاثة الأخيرة 5 أشخاص.",
    ):
        assert short(body) == [(5, "killed", "unspecified")], body
    assert [c["new"] for c in figs("وقتل خلال الساعات الـ24 الماضية 5 أشخاص.")] == [True]
    # the army named right after the verb is who killed; the number after the period is its victims
    assert short("وقتل الجيش خلال الأيام الثلاثة الماضية 5 مسلحين.") == [(5, "killed", "military")]

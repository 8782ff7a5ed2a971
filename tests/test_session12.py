"""Patterns found in session 12, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short

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


# -- figures: sources


def sources(body: str) -> list[str | None]:
    return [(c["source"] or {}).get("name") for c in figs(body)]


def test_what_was_written_in_a_text_names_the_text() -> None:
    # figures_attribution role contained (جاء، ورد): "بحسب ما ورد في X" → X, and a statement's issuer
    assert sources("وقتلت امرأة في بريطانيا، بحسب ما ورد في تحقيق بشأن الحادث.") == ["تحقيق بشأن الحادث"]
    assert sources("وقتل 5 أشخاص حسبما جاء في بيان للشرطة.") == ["الشرطة"]
    assert sources("وقتل 5 أشخاص وفق ما جاء في تقرير للأمم المتحدة.") == ["الأمم المتحدة"]


def test_a_word_that_only_looks_definite_ends_a_source_name() -> None:
    # إلقاء normalizes to القاء, which is no article: "the police" then its act
    assert sources("بعد إعلان الشرطة إلقاء القبض على 5 أشخاص.") == ["الشرطة"]
    assert sources("بعد إعلان السلطات العراقية إلقاء القبض على 5 من كبار مسؤولي تنظيم داعش.") == [
        "السلطات العراقية"
    ]


def test_a_conjunction_before_an_is_no_lost_verb_of_a_lead() -> None:
    # statements_adjuncts conjunction_an (منذ، بعد، قبل) before أن: the outlet's own sentence
    body = "والعلاقات بين البلدين مقطوعة منذ أن خاضا نزاعا حدوديا أسفر عن سقوط نحو 80 ألف قتيل."
    assert sources(body) == [None]


def test_a_clause_after_a_conjunction_has_its_own_subject() -> None:
    # statements_adjuncts conjunction (حين، عندما): the noun before it is not the verb's subject
    body = "وكانت الصدمة الثانية حين أعلن عن توقيف الضابطة رفيعة المستوى بتهمة تلفيق التهمة."
    assert sources(body) == [None]
    assert [sp for sp, _, _ in said(body)] == [None]
    # a subject right before its verb stays
    assert [sp for sp, _, _ in said("وكانت الشرطة أعلنت عن توقيف الضابطة.")] == ["الشرطة"]


def test_an_outlets_note_after_a_comma_ends_the_content() -> None:
    # statements_adjuncts tail: "، علما بأن" is the outlet's aside, not what the speaker said
    body = (
        "وتحمل هولندا وأستراليا موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها، علما بأن عددا كبيرا من "
        "هؤلاء كانوا بين الضحايا الـ298."
    )
    assert [c for _, _, c in said(body)] == ["موسكو مسؤولية نشر الصاروخ ومقتل مواطنيها"]
    assert sources(body) == [None]


def test_a_time_phrase_after_a_speaker_is_no_part_of_the_name() -> None:
    # statements_adjuncts setting: قبل، بعد، قبيل، بعيد، عشية، غداة
    assert said("وقال الجيش بعد الهجوم إن المسلحين فروا.")[0][0] == "الجيش"
    assert said("وقال الصليب الأحمر قبل الواقعة إن 6 أشخاص على الأقل قتلوا.")[0][0] == "الصليب الأحمر"
    assert said("وقال الرئيس عشية القمة إن المسلحين فروا.")[0][0] == "الرئيس"

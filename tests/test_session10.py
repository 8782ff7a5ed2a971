"""Patterns found in session 10, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from typing import Any

from marsad.pipeline import process


def stmts(body: str, published: str = "2023-06-20") -> list[dict[str, Any]]:
    return process(body, published=published, upto="statements").layers["statements"]


def said(body: str) -> list[tuple[str | None, str, str]]:
    """(speaker name, cue, content) of each statement."""
    return [((s["speaker"] or {}).get("name"), s["cue"], s["content"]) for s in stmts(body)]


def dates(body: str, published: str = "2018-05-10") -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in process(body, published=published, upto="dates").layers["dates"]]


# -- dates: a part of a month, a year or a week


def test_a_part_of_a_month_or_year_joins_its_date() -> None:
    # role period (dates_cues.tsv): مطلع، بداية، أواخر، منتصف … before a month, a year or a week
    assert dates("أعلن مطلع حزيران عن انسحابه.") == [("مطلع حزيران", "2018-06")]
    assert dates("وقال إنه أعلن بداية هذا الشهر عن انسحابه.") == [("بداية هذا الشهر", "2018-05")]
    assert dates("تأسست الشركة أواخر 2017 في دبي.") == [("أواخر 2017", "2017")]


def test_an_informed_source_before_a_weekday_keeps_its_adjective() -> None:
    # not before a day: مطلع here is "informed", the source's adjective
    assert dates("قال مصدر مطلع الخميس إن الوفد وصل.") == [("الخميس", "2018-05-10")]
    assert said("قال مصدر مطلع الخميس إن الوفد وصل.")[0][0] == "مصدر مطلع"


def test_a_part_of_the_month_is_no_speaker() -> None:
    out = said("وقال ترامب إنه أعلن بداية هذا الشهر عن انسحابه من الاتفاق.")
    assert [x[0] for x in out] == ["ترامب", "ترامب"]


# -- statements: who speaks


def test_a_record_with_in_it_is_the_object_and_its_issuer_speaks() -> None:
    # أصدر X بيانا أكد فيه: بيانا is what X issued, X said it
    out = said('وأصدر الرئيس الفلسطيني، محمود عباس، بيانا أكد فيه "تقديره للمواقف الثابتة".')
    assert out[0][0] is not None and "محمود عباس" in out[0][0]
    out = said("ونشرت صحيفة يني شفق تقريرا قالت فيه إن العتيبي كان حاضرا.")
    assert out == [("صحيفة يني شفق", "قالت", "إن العتيبي كان حاضرا")]


def test_the_statement_itself_still_speaks() -> None:
    # near case: a definite record before its verb, with no فيه after it, is the speaker
    assert said("وكانت الوزارة أصدرت بيانا. البيان أكد أن الوضع مستقر.") == [("البيان", "أكد", "أن الوضع مستقر")]
    assert said("وأصدرت الوزارة بيانا أكدت فيه أن الوضع مستقر.") == [("الوزارة", "أكدت", "أن الوضع مستقر")]


def test_the_imperfect_of_qala_after_a_verb_is_its_manner() -> None:
    # وكتب الوزير يقول: / وكتبت تقول: the imperfect of قال is how it was written, not the speaker
    assert said('وكتب الوزير يقول: "لن نتراجع".') == [("الوزير", "وكتب", "لن نتراجع")]
    out = said('وقالت الوزيرة إنها تعبت. وكتبت تقول في تغريدة "ترى ماذا ستقول".')
    assert out[-1] == ("الوزيرة", "وكتبت تقول", "ترى ماذا ستقول")


def test_considered_as_is_no_report() -> None:
    # predicate_after (statements_adjuncts.tsv): يعتبر بمثابة says what a thing is
    out = said("وقال عباس إن افتتاح السفارة يعتبر بمثابة بؤرة استيطان في القدس.")
    assert [x[:2] for x in out] == [("عباس", "وقال")]


def test_the_object_of_a_negated_verb_is_no_referent() -> None:
    # لا تعترف بأي إجراءات: بأي is no one a later وتعتبر could refer to
    out = said(
        "إلى ذلك، أكد لافروف أن موسكو لا تعترف بأي إجراءات أحادية الجانب، "
        "وتعتبر أن الاتفاق النووي لايزال ساري المفعول."
    )
    assert all(x[0] != "بأي" for x in out)
    assert out[-1][1] == "وتعتبر" and out[-1][0] == "لافروف"


def test_a_joint_statement_and_a_date_with_a_slash_are_skipped_before_the_object() -> None:
    # في بيان مشترك: مشترك is the medium's adjective; كانون الثاني/يناير is one date
    out = said(
        "وكانت سفارات دول الاتحاد الأوروبي في الخرطوم طالبت في نهاية كانون الثاني/يناير "
        "في بيان مشترك السلطات السودانية بالإفراج عن الموقوفين."
    )
    assert out == [
        ("سفارات دول الاتحاد الأوروبي في الخرطوم", "طالبت", "السلطات السودانية بالإفراج عن الموقوفين")
    ]

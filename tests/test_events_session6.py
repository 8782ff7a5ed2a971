"""Events: rules added in session 6, each with the Arabic it handles."""

from __future__ import annotations

from events_helpers import names
from events_helpers import one_of as _of


def test_name_in_a_relative_clause_of_another_noun_is_no_actor() -> None:
    ev = _of("وخرجت تظاهرات غاضبة قرب المعبر الحدودي الذي تسيطر عليه حركة حماس منذ سنوات.", "protest")
    assert "حركة حماس" not in names(ev["actors"])


def test_relative_clause_of_the_event_keeps_its_doer() -> None:
    # شنه: the light verb with its pronoun (events_context.tsv, class support)
    ev = _of("وأدانت الحكومة الهجوم الدامي بالسكاكين الذي شنه تنظيم داعش في سوق المدينة أمس.", "attack")
    assert any("داعش" in n for n in names(ev["actors"]))


def test_a_comma_closes_the_relative_clause() -> None:
    ev = _of("وسيلتقي وزير الخارجية كمال سعيد الذي وصل إلى عمان صباحا، نظيره الأردني أيمن الصفدي.", "meeting")
    assert "أيمن الصفدي" in " ".join(names(ev["actors"]) + names(ev["targets"]))


def test_organizer_kept_and_the_head_of_the_place_dropped() -> None:
    body = "وقال المتحدث إن الاحتجاجات التي نظمها الطلاب أمام الجامعة التي يرأسها عمر الخطيب انتهت مساء."
    ev = _of(body, "protest")
    assert "الطلاب" in names(ev["actors"])
    assert "عمر الخطيب" not in names(ev["actors"])

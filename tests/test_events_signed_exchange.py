"""Agreements named with a word of signing, and exchanges of fire (sentences written for the tests)."""

from __future__ import annotations

from events_helpers import events


def test_agreement_with_a_word_of_signing_is_one_made_whatever_the_framework_word():
    body = "وأدى انسحاب الحكومة من الاتفاق التجاري المبرم عام 2016 مع كندا إلى موجة غضب في الأسواق."
    assert [e["type"] for e in events(body)] == ["agreement"]


def test_agreement_signed_by_the_parties_is_one_made_despite_a_negation_before_it():
    body = "ولم ينجح في وقف القتال اتفاق سلام وقعته الحكومة والمتمردون في نيروبي عام 2014."
    assert [e["type"] for e in events(body)] == ["agreement"]


def test_agreement_as_a_standing_framework_without_signing_is_still_none():
    body = "وأدى انسحاب الحكومة من الاتفاق التجاري إلى موجة غضب في الأسواق."
    assert events(body) == []


def test_exchange_of_fire_is_a_clash_not_an_attack():
    body = "وقتل أربعة مسلحين في تبادل لإطلاق النار مع قوات الأمن في بلدة الشيخ زويد."
    assert [(e["type"], e["trigger"]["text"]) for e in events(body)] == [("clash", "تبادل لإطلاق النار")]


def test_exchange_of_fire_with_its_subject_inside_is_one_clash():
    body = "وتبادل الجنود والمهربون إطلاق النار قرب معبر الحدود الشرقي."
    assert [e["type"] for e in events(body)] == ["clash"]


def test_agreement_signed_by_unnamed_parties_is_kept_though_nothing_else_is_told():
    body = "ولم ينجح في وقف الحرب اتفاق سلام وقعته أطراف النزاع قبل ثلاثة أعوام."
    assert [e["type"] for e in events(body)] == ["agreement"]

"""The claim headline (marsad.headline). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from marsad.headline import short_name
from marsad.pipeline import process


def headline(body: str, title: str | None = None) -> str | None:
    return process(body, title=title, published="2021-03-10").layers["headline"]


def test_largest_attributed_killed_figure_with_its_event() -> None:
    h = headline("قال وزير الصحة أحمد سالم إن 40 شخصا قتلوا في قصف على مدينة حلب، وأصيب 120 آخرون.")
    assert h == "سالم: 40 قتيلا في قصف"


def test_qualifier_word_and_the_number_as_written() -> None:
    h = headline("وقال الرئيس الفرنسي إيمانويل ماكرون إن نحو 5 آلاف شخص قتلوا في معارك دارفور.")
    assert h == "ماكرون: نحو 5 آلاف قتيل في معارك دارفور"


def test_plural_after_three_to_ten() -> None:
    h = headline("وأعلنت الشرطة المحلية مقتل 7 أشخاص في انفجار بمدينة كركوك.")
    assert h is not None and h.startswith("الشرطة المحلية: 7 قتلى")


def test_place_when_the_event_is_told_by_a_verb() -> None:
    h = headline("قالت وزارة الداخلية إن مسلحين هاجموا حافلة في بغداد وقتلوا 15 راكبا.")
    assert h is not None and h.startswith("وزارة الداخلية:") and h.endswith("في بغداد")


def test_injured_when_no_one_was_killed() -> None:
    h = headline("وقالت وزارة الصحة إن 30 شخصا أصيبوا في الانفجار.")
    assert h is not None and "30 جريحا" in h


def test_unattributed_figure_falls_back_to_the_lead_statement() -> None:
    h = headline("قتل 20 شخصا في الانفجار. وقال الرئيس الأمريكي جو بايدن إن بلاده ستدعم التحقيق.")
    assert h is not None and h.startswith("بايدن: ")
    assert "ستدعم التحقيق" in h


def test_none_without_figures_or_statements() -> None:
    assert headline("ارتفعت درجات الحرارة في المدينة اليوم.") is None
    assert headline("") is None


def test_short_names() -> None:
    ents = {"e1": {"type": "PER"}, "e2": {"type": "ORG"}}
    assert short_name({"name": "جو بايدن", "entity": "e1"}, ents) == "بايدن"
    assert short_name({"name": "خالد بن أحمد آل خليفة", "entity": "e1"}, ents) == "خالد بن أحمد"
    assert short_name({"name": "وزارة الصحة", "entity": "e2"}, ents) == "وزارة الصحة"
    assert short_name(None, ents) is None


def test_headline_words_come_from_the_article_or_the_lexicon() -> None:
    from marsad import lexicon

    body = "وقال مسؤول في الدفاع المدني إن أكثر من 60 شخصا قتلوا في الزلزال الذي ضرب مدينة ملاطية."
    h = headline(body)
    assert h is not None
    allowed = set(body.replace("،", " ").replace(".", " ").split())
    for row in lexicon.table("headline_words"):
        allowed |= set(" ".join(row[1:]).split())
    for word in h.replace(":", " ").split():
        assert word in allowed or any(word in w for w in allowed), word


@pytest.mark.parametrize("text", ["Latin only text.", "قال " * 2000, "إن"])
def test_odd_input(text: str) -> None:
    h = headline(text)
    assert h is None or isinstance(h, str)


def test_example_article(example_record: dict) -> None:
    assert example_record["headline"] == "بوتين: نحو 5 آلاف قتيل في معارك ناغورنو كاراباخ"


def test_the_figure_the_title_gives_leads_a_larger_background_one() -> None:
    body = (
        "قالت وزارة الداخلية إن 9 من عناصر الحرس الوطني قتلوا في هجوم مسلح. "
        "وقال باحثون في معهد كارنيغي إن أكثر من 118 شخصا قتلوا في هجمات منذ 2011."
    )
    h = headline(body, title="مقتل 9 من عناصر الحرس الوطني في هجوم مسلح")
    assert h is not None and h.startswith("وزارة الداخلية: 9 قتلى")


def test_arrests_are_told_with_detainees() -> None:
    h = headline("وقالت الشرطة إنها اعتقلت 300 شخص في العاصمة.")
    assert h is not None and "300 معتقل" in h


def test_a_thousands_word_in_the_accusative_takes_its_form_before_the_noun() -> None:
    h = headline("وقالت وزارة الصحة إن 43 ألفا قتلوا منذ بدء الحرب.")
    assert h is not None and "43 ألف قتيل" in h

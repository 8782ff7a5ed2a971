"""The claim headline: one line that says who claims the article's most salient figure or statement.

``SPEAKER: QUALIFIER NUMBER OUTCOME في PLACE/EVENT``, in the style of Arabic news titles
(``بوتين: نحو 5 آلاف قتيل في معارك ناغورنو كاراباخ``), built from the largest attributed figure
(killed first, then the other outcomes): the speaker's short name, the qualifier word (نحو، أكثر
من), the number as the article writes it, the outcome noun in the form Arabic number agreement asks
for (3 قتلى، 40 قتيلا، 5 آلاف قتيل، مئات القتلى), and the event (its trigger and the name that
follows it) or the place of the figure's sentence. Where no figure is attributed, the lead
statement: ``SPEAKER: `` and the start of what was said. None when the article has neither.

Only words of ``lexicon/headline_words.tsv`` and spans of the article are used: the headline
never says what the article does not.

>>> from marsad.pipeline import process
>>> doc = process("قال وزير الصحة أحمد سالم إن 40 شخصا قتلوا في قصف على مدينة حلب.", published="2020-01-01")
>>> doc.layers["headline"]
'سالم: 40 قتيلا في قصف'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.doc import Doc
from marsad.events import noun_phrase, place_in
from marsad.text.normalize import normalize

#: outcomes in the order a headline prefers them
OUTCOMES = ("killed", "killed_or_injured", "injured", "missing", "displaced", "captured")
#: how many words of a statement's content a headline keeps
CONTENT_WORDS = 8
_DIGIT = re.compile(r"\d")
_QUOTES = '"«»“”'


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, tuple[str, ...]]]:
    """kind → key → words, from ``headline_words.tsv``."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in lexicon.table("headline_words"):
        key = row[1] if row[0] in ("qualifier", "outcome", "in") else normalize(row[1])
        out.setdefault(row[0], {})[key] = row[2:]
    return out


def short_name(party: dict[str, Any] | None, entities: dict[str, dict[str, Any]]) -> str | None:
    """The name a title gives a speaker: a person's last name (فلاديمير بوتين → بوتين) or, for a
    name by lineage, the name up to the father's (محمد بن راشد آل مكتوم → محمد بن راشد); a body's
    name whole (وزارة الصحة).

    >>> short_name({"name": "فلاديمير بوتين", "entity": "e1"}, {"e1": {"type": "PER"}})
    'بوتين'
    >>> short_name({"name": "محمد بن راشد آل مكتوم", "entity": "e2"}, {"e2": {"type": "PER"}})
    'محمد بن راشد'
    >>> short_name({"name": "وزارة الصحة", "entity": None}, {})
    'وزارة الصحة'
    """
    if not party or not (party.get("name") or "").strip():
        return None
    name = party["name"].strip()
    ent = entities.get(party.get("entity") or "")
    if ent and ent.get("type") == "PER":
        words = name.split()
        nasab = _words().get("nasab", {})
        for i, w in enumerate(words[:-1]):
            if normalize(w) in nasab and i > 0:
                return " ".join(words[: i + 2])
        return words[-1]
    return name


def _count_text(fig: dict[str, Any]) -> tuple[str, str] | None:
    """The number as the article writes it and the outcome form it takes (plural, accusative,
    genitive or definite), or None for a figure that is no number (مقتل شخص)."""
    text = ((fig.get("number_span") or {}).get("text") or "").strip(_QUOTES + " ")
    words = _words()
    last = normalize(text.split()[-1]) if text else ""
    if not _DIGIT.search(text):
        if normalize(text) not in words.get("vague", {}):
            return None
        return (text[2:] if normalize(text).startswith("ال") else text), "definite"  # المئات → مئات القتلى
    if last in words.get("scale", {}):
        construct = next(iter(words["scale"][last]), "")
        if construct:  # "43 ألفا" → "43 ألف قتيل": the scale word before its noun
            text = text[: text.rfind(text.split()[-1])] + construct
        return text, "genitive"
    n = fig.get("count_max") or fig.get("count") or 0
    rest = n % 100
    if 3 <= rest <= 10:
        return text, "plural"
    if rest >= 11:
        return text, "accusative"
    return text, "genitive"


def _figure_line(fig: dict[str, Any], speaker: str, doc: Doc) -> str | None:
    words = _words()
    counted = _count_text(fig)
    forms = words.get("outcome", {}).get(fig.get("outcome") or "")
    if counted is None or not forms:
        return None
    text, form = counted
    noun = forms[("plural", "accusative", "genitive", "definite").index(form)]
    if fig.get("count_max") and fig.get("qualifier") == "range":
        number = text
    else:
        qual = words.get("qualifier", {}).get(fig.get("qualifier") or "", ("",))[0]
        number = f"{qual} {text}".strip() if form != "definite" else text
    line = f"{speaker}: {number} {noun}"
    where = _where(fig, doc)
    if where:
        line += f" {words.get('in', {}).get('in', ('في',))[0]} {where}"
    return line


def _where(fig: dict[str, Any], doc: Doc) -> str | None:
    """The event the figure counts the victims of (its trigger and the name right after it), else
    a place of the figure's sentence."""
    ev_span = fig.get("evidence") or {}
    lo, hi = ev_span.get("start", -1), ev_span.get("end", -1)
    for ev in doc.layers.get("events") or []:
        if fig.get("id") in (ev.get("casualties") or []) or any(
            lo <= m["start"] < hi for m in ev.get("mentions") or []
        ):
            phrase = noun_phrase(doc, ev, lo, hi)
            if phrase:
                return phrase
    return place_in(doc, lo, hi)


def _in_title(fig: dict[str, Any], title: str) -> bool:
    """The figure's number, as written, stands in the title ("مقتل 9 من قوات الحرس الوطني")."""
    text = ((fig.get("number_span") or {}).get("text") or "").strip(_QUOTES + " ")
    return bool(text) and bool(_DIGIT.search(text)) and text in title


def _statement_line(st: dict[str, Any], speaker: str) -> str | None:
    words = (st.get("content") or "").replace("\n", " ").split()
    skip = _words().get("skip", {})
    while words and (normalize(words[0].strip(_QUOTES)) in skip or not words[0].strip(_QUOTES)):
        words = words[1:]
    if not words:
        return None
    body = " ".join(words[:CONTENT_WORDS]).strip(_QUOTES + "،,.:؛ ")
    if len(words) > CONTENT_WORDS:
        body += "…"
    return f"{speaker}: {body}" if body else None


def headline(doc: Doc) -> str | None:
    """The headline of a processed article (its casualties, statements, entities and events)."""
    entities = {e["id"]: e for e in doc.layers.get("entities") or []}
    figures = [f for f in doc.layers.get("casualties") or [] if short_name(f.get("source"), entities)]
    title = doc.text[: doc.body_start] if doc.body_start else ""
    for outcome in OUTCOMES:
        ranked = sorted(
            (f for f in figures if f.get("outcome") == outcome),
            key=lambda f: (
                not _in_title(f, title),  # the figure the article's own title gives leads
                not _DIGIT.search((f.get("number_span") or {}).get("text") or ""),
                -(f.get("count") or 0),
            ),
        )
        for fig in ranked:
            line = _figure_line(fig, short_name(fig.get("source"), entities) or "", doc)
            if line:
                return line
    statements = sorted(
        doc.layers.get("statements") or [], key=lambda s: (s.get("evidence") or {}).get("start", 0)
    )
    for st in statements:
        if not (st.get("speaker") or {}).get("entity"):
            continue  # a headline names a speaker the article names
        speaker = short_name(st.get("speaker"), entities)
        if speaker:
            line = _statement_line(st, speaker)
            if line:
                return line
    return None


def annotate(doc: Doc) -> None:
    """Set ``doc.layers["headline"]`` to the article's claim headline, or None."""
    doc.layers["headline"] = headline(doc)

"""The article text as HTML, with what was extracted marked in it: pure functions, everything escaped.

A record's spans (statement contents, entity mentions, casualty figures) are character offsets into
``record["text"]`` (:mod:`marsad.record`). :func:`spans` collects them in three levels, outermost
first: a statement's content (``<span class="st">``) and its cue (``<span class="cue">``, قال),
an entity mention (``<mark class="ent ent-PER">``), a figure's number (``<mark class="fig
fig-killed">``). :func:`mark` cuts the text at
every span boundary and opens or closes tags so that they nest properly: a mention that crosses the
end of a statement is closed there and opened again after it. Every piece of text and every
attribute value goes through :func:`markupsafe.escape`, so an article holding ``<script>`` shows it
as text and runs nothing.

>>> rec = {"text": "قال الوزير إن 3 قتلوا في <غزة>", "body_start": 0,
...        "entities": [{"id": "e1", "type": "PER", "name": "الوزير",
...                      "mentions": [{"start": 4, "end": 10}]}],
...        "casualties": [{"id": "c1", "outcome": "killed", "number_span": {"start": 14, "end": 15}}]}
>>> print(mark(rec["text"], spans(rec)))  # doctest: +NORMALIZE_WHITESPACE
قال <mark class="ent ent-PER" data-entity="e1" title="الوزير">الوزير</mark> إن
<mark class="fig fig-killed" data-figure="c1" tabindex="0" role="button">3</mark> قتلوا في &lt;غزة&gt;
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

_CLASS_WORD = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Span:
    """One marked stretch of text: ``[start, end)``, its nesting ``level`` (0 outermost), the tag
    and its attributes (in order)."""

    start: int
    end: int
    level: int
    tag: str
    attrs: tuple[tuple[str, str], ...]

    def open(self) -> str:
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in self.attrs)
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _word(value: Any) -> str:
    """A safe CSS class word from a record value (``killed``, ``PER``...)."""
    return _CLASS_WORD.sub("", str(value or "unknown"))[:40] or "unknown"


def _offsets(sp: Any) -> tuple[int, int] | None:
    if not isinstance(sp, dict):
        return None
    s, e = sp.get("start"), sp.get("end")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e:
        return s, e
    return None


def spans(record: dict[str, Any]) -> list[Span]:
    """The spans to mark in ``record``: statement contents, entity mentions, figure numbers (a
    figure without ``number_span`` is marked on its evidence).

    >>> [(s.tag, s.start, s.end) for s in spans({"statements": [{"id": "s1", "content_span": {"start": 2, "end": 9}}]})]
    [('span', 2, 9)]
    """
    out: list[Span] = []
    for s in record.get("statements") or []:
        off = _offsets(s.get("content_span"))
        if off:
            kind = _word(s.get("kind"))
            out.append(Span(*off, 0, "span", (("class", f"st st-{kind}"), ("data-statement", str(s.get("id"))))))
        off = _offsets(s.get("cue_span"))
        if off:
            out.append(Span(*off, 0, "span", (("class", "cue"), ("data-statement", str(s.get("id"))))))
    for e in record.get("entities") or []:
        for m in e.get("mentions") or []:
            off = _offsets(m)
            if off:
                attrs = (
                    ("class", f"ent ent-{_word(e.get('type'))}"),
                    ("data-entity", str(e.get("id"))),
                    ("title", str(e.get("name") or "")),
                )
                out.append(Span(*off, 1, "mark", attrs))
    for c in record.get("casualties") or []:
        off = _offsets(c.get("number_span")) or _offsets(c.get("evidence"))
        if off:
            attrs = (
                ("class", f"fig fig-{_word(c.get('outcome'))}"),
                ("data-figure", str(c.get("id"))),
                ("tabindex", "0"),
                ("role", "button"),
            )
            out.append(Span(*off, 2, "mark", attrs))
    return out


def _no_overlap(items: list[Span]) -> list[Span]:
    """Within one level keep the first of overlapping spans (the longer where they start together)."""
    kept: list[Span] = []
    end = -1
    for s in sorted(items, key=lambda s: (s.start, -s.end)):
        if s.start >= end:
            kept.append(s)
            end = s.end
    return kept


def mark(text: str, items: list[Span], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as escaped HTML with ``items`` marked in it (spans clipped to the range).

    >>> mark("<b>", [])
    Markup('&lt;b&gt;')
    >>> str(mark("abcdef", [Span(1, 4, 0, "span", ()), Span(3, 5, 1, "mark", ())]))
    'a<span>bc<mark>d</mark></span><mark>e</mark>f'
    """
    end = len(text) if end is None else min(end, len(text))
    levels: dict[int, list[Span]] = {}
    for s in items:
        if s.start < end and s.end > start:
            levels.setdefault(s.level, []).append(s)
    clipped = [s for lv in sorted(levels) for s in _no_overlap(levels[lv])]
    cuts = sorted({start, end, *(max(s.start, start) for s in clipped), *(min(s.end, end) for s in clipped)})
    starts: dict[int, list[Span]] = {}
    for s in clipped:
        starts.setdefault(max(s.start, start), []).append(s)
    out: list[str] = []
    stack: list[Span] = []  # open tags, outermost first
    active: dict[int, Span] = {}  # level -> the span covering the current piece
    for a, b in zip(cuts, cuts[1:], strict=False):
        for lv in [lv for lv, s in active.items() if s.end <= a]:
            del active[lv]
        for s in starts.get(a, ()):
            active[s.level] = s
        want = [active[lv] for lv in sorted(active)]
        same = 0
        while same < len(stack) and same < len(want) and stack[same] is want[same]:
            same += 1
        while len(stack) > same:
            out.append(stack.pop().close())
        for s in want[same:]:
            out.append(s.open())
            stack.append(s)
        out.append(str(escape(text[a:b])))
    while stack:
        out.append(stack.pop().close())
    return Markup("".join(out))

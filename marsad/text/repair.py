"""Repair scraping damage while keeping a map back to the characters as read.

``repair(raw)`` returns ``(text, offsets)`` where ``offsets[i]`` is the index in ``raw`` of
``text[i]`` and ``offsets[len(text)]`` is ``len(raw)``. It runs three regex passes, each one a
no-op (no copy) on clean text:

1. characters: HTML entities and their leftovers (``&quot;``, ``quot;``, ``&amp;quot;``,
   ``&#1575;``, ``&nbsp;``) are decoded; zero-width and bidi controls, tatweel (ـ) and stray
   control characters are dropped; odd spaces (no-break, thin...) become spaces; CRLF and CR become
   a newline; Arabic presentation forms (ﻻ, ﺍ) become plain letters.
2. paragraphs: ``., `` that joined two paragraphs (``...برس., وقال``) becomes ``.\\n\\n``; a
   period between numbers (``3., 4``) is left alone.
3. spaces: runs of spaces and tabs become one space, spaces at the ends of lines go, runs of
   blank lines become one blank line, and the text is stripped.

>>> text, offsets = repair("قال&nbsp;الوزير  إن &quot;الوضع صعب&quot;., وأضـاف المتحدث")
>>> text
'قال الوزير إن "الوضع صعب".\\n\\nوأضاف المتحدث'
>>> len(offsets) == len(text) + 1
True
>>> repair("الأمــــم المتحدة")[0]
'الأمم المتحدة'
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

# -- pass 1: characters ------------------------------------------------------------------

#: characters dropped: zero-width and bidi controls, BOM, Arabic letter mark, tatweel, soft hyphen,
#: C0/C1 controls other than tab and newline
_DROP = (
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u0640\u00ad"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
)
#: characters that become a plain space
_SPACE = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: characters that become a newline (vertical tab, form feed, NEL, line/paragraph separators)
_NEWLINE = "\x0b\x0c\x85\u2028\u2029"
#: Arabic presentation forms (ligatures and contextual shapes) that NFKC folds to plain letters
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefc"

#: HTML entity names a scraper leaves behind without their "&" (``quot;``) or ";" (``&quot``)
_LEFTOVER = "quot|amp|nbsp|apos|lt|gt|laquo|raquo|ldquo|rdquo|lsquo|rsquo|hellip|ndash|mdash|zwnj|zwj|lrm|rlm"

_CHAR_RE = re.compile(
    # an entity, perhaps escaped more than once (&amp;quot;); named ones need their ";" unless common
    rf"(?P<ent>&(?:amp;)*(?:#[0-9]{{1,7}};?|#[xX][0-9a-fA-F]{{1,6}};?|[A-Za-z][A-Za-z0-9]{{1,31}};|(?:{_LEFTOVER})(?![A-Za-z0-9])))"
    # a leftover without its "&": quot; or #1575;
    rf"|(?<![A-Za-z0-9&#])(?P<bare>(?:{_LEFTOVER}|#[0-9]{{2,7}}|#[xX][0-9a-fA-F]{{2,6}});)"
    r"|(?P<crlf>\r\n?)"
    rf"|(?P<drop>[{_DROP}]+)"
    rf"|(?P<space>[{_SPACE}])"
    rf"|(?P<nl>[{_NEWLINE}])"
    rf"|(?P<pres>[{_PRESENTATION}])"
)

_TRANSLATE = {ord(c): None for c in "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"}
_TRANSLATE.update({c: None for c in range(0x2060, 0x2065)})
_TRANSLATE.update({c: None for c in range(0x2066, 0x206A)})
_TRANSLATE.update({0xFEFF: None, 0x061C: None, 0x0640: None, 0x00AD: None, 0x0000: None})
_TRANSLATE.update({ord(c): " " for c in "\u00a0\u1680\u202f\u205f\u3000"})
_TRANSLATE.update({c: " " for c in range(0x2000, 0x200B)})
_TRANSLATE.update({ord(c): "\n" for c in _NEWLINE + "\r"})


def _unescape(entity: str) -> str:
    """Decode one entity (``&quot;``, ``&#1575;``), repeating for ``&amp;quot;``; keep unknown ones."""
    while True:
        out = html.unescape(entity)
        if out == entity or not out.startswith("&"):
            return out.translate(_TRANSLATE) if out != entity else entity
        entity = out


def _char(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "ent":
        return _unescape(m.group())
    if kind == "bare":
        return _unescape("&" + m.group())
    if kind == "crlf" or kind == "nl":
        return "\n"
    if kind == "drop":
        return ""
    if kind == "space":
        return " "
    return unicodedata.normalize("NFKC", m.group())


# -- pass 2: paragraphs joined by "., " --------------------------------------------------

_ARABIC_LETTER = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
_PARA_RE = re.compile(
    # sentence-final mark(s), then a Latin comma and spaces, then Arabic (a letter, or a quote or
    # bracket before it); after a digit the next paragraph may not start with a digit (3., 4)
    rf"(?<=[.!?؟…])(?P<sep>,[ \t]+)(?=[\"«“'(\[]?[{_ARABIC_LETTER}])"
    rf"|(?<![0-9\u0660-\u0669][.!?؟…])(?<=[.!?؟…])(?P<sep2>,[ \t]+)(?=[0-9\u0660-\u0669])"
)


def _para(m: re.Match[str]) -> str:
    return "\n\n"


# -- pass 3: spaces and blank lines ------------------------------------------------------

_SPACE_RE = re.compile(
    r"(?P<edge>\A\s+|\s+\Z)"
    r"|(?P<lines>[ \t]*\n[ \t\n]*)"
    r"|(?P<run>[ \t]{2,}|\t)"
)


def _space(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "edge":
        return ""
    if kind == "run":
        return " "
    return "\n\n" if m.group().count("\n") > 1 else "\n"


# -- the passes ------------------------------------------------------------------------------


def _sub(
    rx: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str, offsets: list[int]
) -> tuple[str, list[int]]:
    """``rx.sub(repl, text)`` that carries ``offsets`` (one a character, plus the end) along.

    A replacement as long as its match maps character for character; otherwise each character of
    the replacement maps to the same character in the match where there is one (so a collapsed run
    of spaces keeps the offset of the space it kept), else to the start of the match.
    """
    pieces: list[str] = []
    new: list[int] = []
    last = 0
    for m in rx.finditer(text):
        s, e = m.span()
        got = m.group()
        r = repl(m)
        if r == got:
            continue
        pieces.append(text[last:s])
        new.extend(offsets[last:s])
        if len(r) == e - s:
            new.extend(offsets[s:e])
        else:
            pos = 0
            for ch in r:
                j = got.find(ch, pos)
                if j < 0:
                    new.append(offsets[s + min(pos, e - s - 1)])
                else:
                    new.append(offsets[s + j])
                    pos = j + 1
        pieces.append(r)
        last = e
    if not pieces:
        return text, offsets
    pieces.append(text[last:])
    new.extend(offsets[last:])
    return "".join(pieces), new


_PASSES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_CHAR_RE, _char),
    (_PARA_RE, _para),
    (_SPACE_RE, _space),
)


def repair(raw: str) -> tuple[str, list[int]]:
    """Repair ``raw`` and map each character of the result back to ``raw``.

    >>> text, offsets = repair("  بحسب فرانس برس., هذا واجتمع\\r\\n\\r\\n\\r\\n  الرئيس  ")
    >>> text
    'بحسب فرانس برس.\\n\\nهذا واجتمع\\n\\nالرئيس'
    >>> [offsets[i] for i in range(len(text)) if text[i] == "ا"][:2]
    [9, 24]
    >>> offsets[-1]
    55
    """
    text: str = raw
    offsets = list(range(len(raw) + 1))
    for rx, fn in _PASSES:
        text, offsets = _sub(rx, fn, text, offsets)
    return text, offsets

"""Repair scraping damage while keeping a map back to the characters as read.

``repair(raw)`` returns ``(text, offsets)`` where ``offsets[i]`` is the index in ``raw`` of
``text[i]`` and ``offsets[len(text)]`` is ``len(raw)``. It runs its regex passes in turn; each is skipped or costs
one scan on clean text (about 0.1 ms for a 1,500-character article):

1. HTML entities and their leftovers: ``&quot;``, ``quot;``, ``&quot``, ``&amp;quot;``,
   ``&#1575;``, ``#1575;``, ``&nbsp;`` are decoded; unknown ones (``&foo;``, ``AT&T``) stay.
2. characters: zero-width and bidi controls (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069), BOM,
   the Arabic letter mark, soft hyphen and control characters are dropped; odd spaces (no-break,
   thin...) become spaces; CRLF, CR and the line/paragraph separators become a newline; Arabic
   presentation forms (ﻻ, ﺍ) become plain letters.
3. tatweel (ـ) stretching a word is dropped (الأمــــم → الأمم); one that holds a clitic apart
   from a number or quotation (الـ30، بـ"عبقري") stays (clitics in ``repair_tatweel_clitics.tsv``).
4. paragraphs: ``., `` that joined two paragraphs (``...برس., وقال``) becomes ``.\\n\\n``; a
   period between numbers (``3., 4``) or before Latin text (``U.S., and``) is left alone.
5. spaces: runs of spaces and tabs become one space, spaces at the ends of lines go, runs of
   blank lines become one blank line; then the text is stripped.
6. a conjunction typed apart: a lone و before an Arabic word is joined to it (و أضاف → وأضاف).

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

from marsad.lexicon import words

_Repl = Callable[[re.Match[str]], "str | tuple[str, list[int]]"]

# -- pass 0: mojibake -------------------------------------------------------------------------
# UTF-8 Arabic read as Windows-1256 (قال → ظ‚ط§ظ„) or Windows-1252 (قال → Ù‚Ø§Ù„): each letter became
# a lead character (the byte D8-DB) and a continuation character (a byte 80-BF). A run of such
# pairs (ASCII spaces, digits and punctuation may come between them) is encoded back and decoded
# as UTF-8; a run that does not decode stays as it was.


def _byte_table(codec: str) -> dict[str, int]:
    """Character → byte for the bytes 80-FF of ``codec`` (bytes it leaves undefined read as C1)."""
    out = {}
    for i in range(0x80, 0x100):
        try:
            out[bytes([i]).decode(codec)] = i
        except UnicodeDecodeError:
            out[chr(i)] = i
    return out


def _mojibake_re(table: dict[str, int], min_pairs: int) -> re.Pattern[str]:
    by_byte = {b: ch for ch, b in table.items()}
    lead = re.escape("".join(by_byte[b] for b in range(0xD8, 0xDC)))
    cont = re.escape("".join(by_byte[b] for b in range(0x80, 0xC0)))
    pair = f"[{lead}][{cont}]"
    return re.compile(f"(?:{pair}){{{min_pairs},}}(?:[ \t0-9.,:;!?\"'()\\-]*(?:{pair})+)*|{pair}(?:[ \t0-9.,:;!?\"'()\\-]*(?:{pair})+)+")


_CP1256 = _byte_table("cp1256")
_CP1252 = _byte_table("cp1252")
# in Windows-1256 a lone pair can be real Arabic (ضغط؟), so a run needs two pairs or more
_MOJIBAKE = ((_mojibake_re(_CP1256, 2), _CP1256), (_mojibake_re(_CP1252, 1), _CP1252))
_MOJIBAKE_RE = re.compile("|".join(f"(?P<m{i}>{rx.pattern})" for i, (rx, _) in enumerate(_MOJIBAKE)))


def _mojibake(m: re.Match[str]) -> str | tuple[str, list[int]]:
    table = _MOJIBAKE[0 if m.group("m0") else 1][1]
    got = m.group()
    try:
        raw = bytes(ord(ch) if ch < "\x80" else table[ch] for ch in got)
        fixed = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return got
    positions, i = [], 0
    for ch in fixed:  # one byte came from one character of the match
        positions.append(i)
        i += len(ch.encode("utf-8"))
    return fixed, positions


# -- pass 1: HTML entities and their leftovers ----------------------------------------------

#: HTML entity names a scraper leaves behind without their "&" (``quot;``) or ";" (``&quot``)
_LEFTOVER = "quot|amp|nbsp|apos|lt|gt|laquo|raquo|ldquo|rdquo|lsquo|rsquo|hellip|ndash|mdash|zwnj|zwj|lrm|rlm"

_ENTITY_RE = re.compile(
    # an entity, perhaps escaped more than once (&amp;quot;); named ones need their ";" unless common
    rf"&(?:amp;)*(?:#[0-9]{{1,7}};?|#[xX][0-9a-fA-F]{{1,6}};?|[A-Za-z][A-Za-z0-9]{{1,31}};|(?:{_LEFTOVER})(?![A-Za-z0-9]))"
    # a leftover without its "&": quot; or #1575;
    rf"|(?<![A-Za-z0-9&#])(?P<bare>(?:{_LEFTOVER}|#[0-9]{{2,7}}|#[xX][0-9a-fA-F]{{2,6}});)"
)


def _entity(m: re.Match[str]) -> str:
    """Decode one entity (``&quot;``, ``&#1575;``), repeating for ``&amp;quot;``; keep unknown ones.
    What it decodes to goes through :func:`_char` (``&nbsp;`` is a space, ``&#8207;`` nothing)."""
    entity = first = ("&" if m.group("bare") else "") + m.group()
    while True:
        out = html.unescape(entity)
        if out == entity or not out.startswith("&") or len(out) == 1:
            break
        entity = out
    return m.group() if out == first else _fold(out)


# -- pass 2: invisible, odd and shaped characters ---------------------------------------------

#: characters dropped: zero-width and bidi controls, BOM, Arabic letter mark, soft hyphen,
#: C0/C1 controls other than tab and newline
_DROP = (
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
)
#: characters that become a plain space (no-break, thin, ideographic spaces...)
_SPACE = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: characters that become a newline (CR, vertical tab, form feed, NEL, line/paragraph separators)
_NEWLINE = "\r\x0b\x0c\x85\u2028\u2029"
#: Arabic presentation forms (ligatures and contextual shapes) that NFKC folds to plain letters
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefc"

# one character class, so the regex engine scans for it fast; a CR takes the LF after it
_CHAR_RE = re.compile(rf"[{_DROP}{_SPACE}{_NEWLINE}{_PRESENTATION}]+(?:(?<=\r)\n)?")
_PRESENTATION_RE = re.compile(f"[{_PRESENTATION}]")

_TRANSLATE: dict[int, str | None] = {}
for _lo, _hi, _to in (
    *((ord(a), ord(b), None) for a, b in ("\u200b\u200f", "\u202a\u202e", "\u2060\u2064", "\u2066\u2069")),
    (0x00, 0x08, None), (0x0E, 0x1F, None), (0x7F, 0x84, None), (0x86, 0x9F, None),
    (0x2000, 0x200A, " "),
):
    _TRANSLATE.update(dict.fromkeys(range(_lo, _hi + 1), _to))
_TRANSLATE.update(dict.fromkeys(map(ord, "\ufeff\u061c\u00ad"), None))
_TRANSLATE.update(dict.fromkeys(map(ord, "\u00a0\u1680\u202f\u205f\u3000"), " "))
_TRANSLATE.update(dict.fromkeys(map(ord, "\r\x0b\x0c\x85\u2028\u2029"), "\n"))


def _fold(s: str) -> str:
    """Drop, space out or unshape the characters of pass 2 in ``s``."""
    s = s.replace("\r\n", "\n").translate(_TRANSLATE)
    if _PRESENTATION_RE.search(s):
        s = unicodedata.normalize("NFKC", s)
    return s


def _char(m: re.Match[str]) -> str:
    return _fold(m.group())


# -- pass 3: tatweel ---------------------------------------------------------------------------

_ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06ff"
_ARABIC_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_TATWEEL_RE = re.compile("\u0640+")
_LETTER_OR_MARK = re.compile(f"[{_ARABIC_LETTER}{_ARABIC_MARK}]")
#: the letters just before a tatweel, when they make a whole word
_WORD_BEFORE = re.compile(f"(?:^|(?<=[^{_ARABIC_LETTER}{_ARABIC_MARK}]))[{_ARABIC_LETTER}]{{1,4}}$")


def _tatweel(m: re.Match[str]) -> str:
    """Tatweel stretching a word goes (الأمــــم → الأمم); one tatweel that holds a clitic apart
    from a number, a quotation or a foreign word stays (الـ30، بـ"عبقري"، لـ 12)."""
    text, end = m.string, m.end()
    if end < len(text) and _LETTER_OR_MARK.match(text, end):
        return ""
    before = _WORD_BEFORE.search(text[max(0, m.start() - 5) : m.start()])
    if before and before.group() in words("repair_tatweel_clitics") and (before.start() or m.start() <= 5):
        return "\u0640"
    return ""


# -- pass 4: paragraphs joined by "., " --------------------------------------------------

_DIGIT = "0-9\u0660-\u0669"
_PARA_RE = re.compile(
    # sentence-final mark(s), a Latin comma and spaces, then Arabic (a letter, or a quote or
    # bracket before one) or a number
    rf"(?P<mark>[.!?؟…]),[ \t]+(?=[\"«“'(\[]?[{_ARABIC_LETTER}]|(?P<digit>[{_DIGIT}]))"
)
_IS_DIGIT = re.compile(f"[{_DIGIT}]")


def _para(m: re.Match[str]) -> str:
    # a period between numbers is not a paragraph break: "الفقرات 3., 4"
    s = m.start()
    if m.group("digit") and s > 0 and _IS_DIGIT.match(m.string, s - 1):
        return m.group()
    return m.group("mark") + "\n\n"


# -- pass 5: spaces and blank lines ------------------------------------------------------

_SPACE_RE = re.compile(r"[ \t][ \t\n]+|\n[ \t\n]+|\t")


def _space(m: re.Match[str]) -> str:
    n = m.group().count("\n")
    return " " if n == 0 else "\n" if n == 1 else "\n\n"


# -- the passes ------------------------------------------------------------------------------


def _sub(rx: re.Pattern[str], repl: _Repl, text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``rx.sub(repl, text)`` that carries ``offsets`` (one a character, plus the end) along.

    A replacement as long as its match maps character for character; otherwise each character of
    the replacement maps to the same character in the match where there is one (so a collapsed run
    of spaces keeps the offset of the space it kept), else to the start of the match. ``repl`` may
    also give the position in the match of each character of its replacement.
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
        if isinstance(r, tuple):
            r, where = r
            new.extend(offsets[s + j] for j in where)
        elif len(r) == e - s:
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


# -- pass 6: a conjunction typed apart -----------------------------------------------------------
# Some outlets type the conjunction و as a word of its own ("و أضاف أن"، "هذا و أعلنت"); it is
# never one, so it is joined to the word after it (وأضاف). Only a lone و between spaces, before an
# Arabic letter, is joined; not before a word that opens with و (a doubled "و وتقول" stays).
_LONE_WAW_RE = re.compile(f"(?<![{_ARABIC_LETTER}{_ARABIC_MARK}])\u0648 (?!\u0648)(?=[{_ARABIC_LETTER}])")


def _lone_waw(m: re.Match[str]) -> str:
    return "\u0648"


_Pass = tuple[tuple[str, ...], re.Pattern[str], _Repl]
#: (strings one of which the text must hold for the pass to have work, the pass, its replacement)
_PASSES: tuple[_Pass, ...] = (
    (("ط§", "ظ„", "Ø", "Ù"), _MOJIBAKE_RE, _mojibake),
    (("&", ";"), _ENTITY_RE, _entity),
    ((), _CHAR_RE, _char),
    (("\u0640",), _TATWEEL_RE, _tatweel),
    ((",",), _PARA_RE, _para),
    ((), _SPACE_RE, _space),
    (("\u0648 ",), _LONE_WAW_RE, _lone_waw),
)


def repair(raw: str) -> tuple[str, list[int]]:
    """Repair ``raw`` and map each character of the result back to ``raw``.

    >>> text, offsets = repair("  بحسب فرانس برس., هذا واجتمع\\r\\n\\r\\n\\r\\n  الرئيس  ")
    >>> text
    'بحسب فرانس برس.\\n\\nهذا واجتمع\\n\\nالرئيس'
    >>> [offsets[i] for i in range(len(text)) if text[i] == "ا"][:2]
    [9, 21]
    >>> offsets[-1]
    45
    """
    text: str = raw
    offsets = list(range(len(raw) + 1))
    for hint, rx, fn in _PASSES:
        if not hint or any(c in text for c in hint):
            text, offsets = _sub(rx, fn, text, offsets)
    # strip the ends; the last offset stays len(raw)
    end = len(text.rstrip())
    start = len(text[:end]) - len(text[:end].lstrip())
    if start or end < len(text):
        text, offsets = text[start:end], offsets[start:end] + [offsets[-1]]
    return text, offsets

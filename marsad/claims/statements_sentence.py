"""A sentence as the statement rules read it (helpers of :mod:`marsad.claims.statements`).

:class:`Sent` holds a sentence's tokens with their normalized surface (``وقالت`` → ``وقالت``,
``إنّ`` → ``ان``) and marks the tokens inside a quotation; the helpers answer the questions the
rules ask about one token: is it a reporting verb (:func:`_cue_at`), a time word (``الخميس``),
a word with the preposition ل or ب (``لرويترز``), a named entity, a head word (``وزارة``)?

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build('وقالت الوزارة: "الوضع صعب".')
>>> segment(doc)
>>> s = _sentence(doc, doc.sentences[0], doc.tokens)
>>> s.ns[:2], s.inq[2:5]
(['وقالت', 'الوزاره'], [False, False, True])
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.claims import statements_lexicon as lx
from marsad.doc import Doc, Token
from marsad.text.normalize import normalize, normalize_word

OPEN_QUOTES = {"«": "»", "“": "”", "„": "”", '"': '"'}


CLOSE_QUOTES = {"»", "”", '"'}
#: quotation marks, opening or closing
QUOTE_MARKS = frozenset(OPEN_QUOTES) | frozenset(CLOSE_QUOTES)


COMMAS = {"،", ",", "؛", ";"}
#: the dashes that set an aside off ("الحكومة - التي تتلقى دعما - تنفي"، "- بحسب ما ذكرته الوكالة -")
DASHES = ("-", "–", "—")


@dataclass
class _Sent:
    """One sentence: its tokens, their normalized surface, which are quoted, where contents stop."""

    doc: Doc
    toks: list[Token]
    ns: list[str]  # normalized surface of each token
    inq: list[bool]  # inside a quotation
    index: int
    in_title: bool
    bounds: set[int] = field(default_factory=set)
    # relative pronouns whose clause has a reporting verb with a subject of its own ("الذي قالت حماس
    # إنه"): a verb before them finds no content past them
    own_clauses: set[int] = field(default_factory=set)


def _sentence(doc: Doc, sent: Any, toks: list[Token]) -> _Sent:
    """Read sentence ``sent`` with its tokens ``toks``: normalized words and the quoted ones."""
    text = doc.text
    cut = None
    window = text[toks[0].start : toks[-1].start + 4] if toks else ""  # where a link may start
    if "http" in window or "www." in window:
        cut = next((i for i, t in enumerate(toks) if text.startswith(("http", "www."), t.start)), None)
    toks = toks if cut is None else toks[:cut]  # a link ends what the rules read
    ns = _mask_names(_surfaces(doc, toks))
    if not any(q in text[sent.start : sent.end] for q in OPEN_QUOTES):
        return _Sent(doc, toks, ns, [False] * len(toks), sent.index, sent.in_title)
    inq, depth_close = [], None
    for t in toks:
        ch = doc.text[t.start : t.end] if not t.is_word else ""
        if depth_close is None:
            inq.append(False)
            if ch in OPEN_QUOTES:
                depth_close = OPEN_QUOTES[ch]
        else:
            if ch == depth_close:
                depth_close = None
            inq.append(depth_close is not None or ch in CLOSE_QUOTES)
    return _Sent(doc, toks, ns, inq, sent.index, sent.in_title)


@lru_cache(maxsize=1)
def _names_with_that() -> tuple[tuple[str, ...], ...]:
    """The names of outlets (``entities_agencies.tsv``) that hold a word read as إن (سي إن إن، إن بي
    سي), as normalized words, the longest first."""
    names = {tuple(normalize(w) for w in row[0].split()) for row in lexicon.table("entities_agencies")}
    return tuple(sorted((n for n in names if any(w in lx.COMPLEMENTIZERS for w in n)), key=len, reverse=True))


def _mask_names(ns: list[str]) -> list[str]:
    """``ns`` with each إن inside an outlet's name marked with a tatweel (which normalized words never
    hold), so no rule reads it as the إن that opens what was said: "وذكرت شبكة سي إن إن أن"، "لشبكة
    "سي إن إن" إن" (the first word may carry a clitic: لسي إن إن)."""
    if not any(w in lx.COMPLEMENTIZERS for w in ns):
        return ns
    out = list(ns)
    i = 0
    while i < len(out):
        for name in _names_with_that():
            n = len(name)
            if out[i + 1 : i + n] == list(name[1:]) and name[0] in _forms(out[i]):
                for k in range(i, i + n):
                    if out[k] in lx.COMPLEMENTIZERS:
                        out[k] += "\u0640"
                i += n - 1
                break
        i += 1
    return out


def _surfaces(doc: Doc, toks: list[Token]) -> list[str]:
    """The normalized surface of each of ``toks``: a slice of :meth:`Doc.token_surfaces` where
    they are a run of the document's tokens, else normalized one by one."""
    if toks:
        i = bisect.bisect_left(doc.token_starts(), toks[0].start)
        j = i + len(toks) - 1
        if j < len(doc.tokens) and doc.tokens[i] is toks[0] and doc.tokens[j] is toks[-1]:
            return doc.token_surfaces()[i : j + 1]
    text = doc.text
    return [normalize_word(text[t.start : t.end]) for t in toks]


@lru_cache(maxsize=20_000)
def _forms(n: str) -> tuple[str, ...]:
    """A normalized word and its readings without و/ف, ل/ب and the article: لوكالة → وكالة, كالة…"""
    out = [n]
    for p in ("وبال", "وال", "فال", "بال", "لل", "ال", "ول", "وب", "ل", "ب", "و"):
        if n.startswith(p) and len(n) - len(p) >= 2:
            out.append(n[len(p) :])
    if len(n) > 3 and n.endswith("ا"):  # مصدرا (accusative) → مصدر
        out.append(n[:-1])
    return tuple(out)


def _in(n: str, words: frozenset[str] | set[str] | dict) -> bool:
    """``n`` or one of its readings without clitics is in ``words`` (وكالة stays وكالة)."""
    return any(f in words for f in _forms(n))


def _bare(n: str) -> str:
    """``n`` without its first clitic reading (لرويترز → رويترز)."""
    f = _forms(n)
    return f[1] if len(f) > 1 else n


@lru_cache(maxsize=20_000)
def _head(n: str) -> tuple[str, str] | None:
    """The (gender, number) of a speaker head word (وزارة → f s) with or without clitics, or None."""
    heads = lx.speaker_heads()
    return next((heads[f] for f in _forms(n) if f in heads), None)


def _mention_starts(doc: Doc) -> set[int]:
    """Start offsets of the tagger mentions and entity mentions of ``doc`` (cached on it)."""
    cache = doc.__dict__.get("_st_mentions")
    if cache is None:
        cache = set()
        for m in doc.layers.get("mentions") or []:
            if isinstance(m, dict) and m.get("type") in ("PER", "ORG", "LOC") and "start" in m:
                cache.add(m["start"])
        for e in doc.layers.get("entities") or []:
            for m in (e.get("mentions") or []) if isinstance(e, dict) else []:
                if isinstance(m, dict) and "start" in m:
                    cache.add(m["start"])
        doc.__dict__["_st_mentions"] = cache
    return cache


def _named_tokens(doc: Doc) -> set[int]:
    """Start offsets of the tokens inside PER/ORG mentions of the tagger."""
    cache = doc.__dict__.get("_st_named")
    if cache is None:
        cache = doc.token_starts_within(
            [
                (m["start"], m["end"])
                for m in doc.layers.get("mentions") or []
                if isinstance(m, dict) and m.get("type") in ("PER", "ORG") and "start" in m and "end" in m
            ]
        )
        doc.__dict__["_st_named"] = cache
    return cache


def _mention_ends(doc: Doc) -> dict[int, tuple[int, str]]:
    """Mentions by start offset: (end, type). The entities layer's mentions, which correct the
    tagger's edges (الجامعة العربية, not الجامعة العربية القصف), win over the tagger's own."""
    cache = doc.__dict__.get("_st_mention_ends")
    if cache is None:
        cache = {}
        for m in doc.layers.get("mentions") or []:
            if isinstance(m, dict) and "start" in m and "end" in m:
                cache[m["start"]] = (max(cache.get(m["start"], (0, ""))[0], m["end"]), m.get("type") or "")
        clitic_starts = {t.start for t in doc.tokens if t.stem_start > t.start}
        for e in doc.layers.get("entities") or []:
            ms = e.get("mentions") or []
            titled = {m["start"] for m in ms if m.get("role")}
            title_ends = {m["end"] for m in ms if m.get("role")}
            for m in ms:
                if m.get("role"):
                    continue
                # also a body the tagger missed but the entities layer names from its lexicons
                # ("أعلنت وزارة الصحة في قطاع غزة، الثلاثاء،": the whole name, not وزارة الصحة), or a
                # person it names from the title set off after it ("نشر رياض حجاب، رئيس الوزراء،")
                after = doc.text[m["end"] : m["end"] + 3]
                apposed = e.get("type") == "PER" and after[:1] in "،," and any(m["end"] < t <= m["end"] + 3 for t in titled)
                # (or a name the entities layer reads right after its title: "وأكد الرئيس عباس ضرورة")
                after_title = (
                    e.get("type") == "PER"
                    and any(0 < m["start"] - end <= 1 for end in title_ends)
                    and m["start"] not in clitic_starts
                    and not _addressee(m["text"])  # (not "المتحدث باسم الجيش لراديو فردا": ل + an outlet)
                )
                if m["start"] in cache or e.get("type") == "ORG" or apposed or after_title:
                    cache[m["start"]] = (m["end"], e.get("type") or "")
        doc.__dict__["_st_mention_ends"] = cache
    return cache


def _name_ya(s: _Sent, k: int) -> bool:
    """Whether token ``k`` reads as a preposition written with ى (على) but is written with ي inside a
    tagged name: "الرائد حسين علي إن" (a name, no على)."""
    t = s.toks[k]
    return (
        s.ns[k] in _maqsura_preps()
        and t.start in _named_tokens(s.doc)
        and s.doc.text[t.start : t.end].endswith("ي")
    )


@lru_cache(maxsize=1)
def _maqsura_preps() -> frozenset[str]:
    """The prepositions of ``statements_adjuncts.tsv`` written with a final ى (على، إلى، لدى), normalized."""
    rows = lexicon.table("statements_adjuncts")
    return frozenset(normalize(r[0]) for r in rows if len(r) > 1 and r[1] == "prep" and r[0].endswith("ى"))


def _addressee(text: str) -> bool:
    """Whether a name read after a title is ل with a channel word: who was spoken to ("لراديو فردا")."""
    w = normalize_word(text.split()[0]) if text.split() else ""
    return w.startswith("ل") and any(w[1:] in words for words in lx.channels().values())


def _named(s: _Sent, j: int) -> bool:
    """Token ``j`` opens a named or described speaker (an entity mention or a head word)."""
    t = s.toks[j]
    if _is_time(s, j):
        return False
    starts = _mention_starts(s.doc)
    return t.start in starts or t.stem_start in starts or _head(s.ns[j]) is not None


def _hamza_masdar(s: _Sent, j: int) -> bool:
    """Token ``j`` is written with إل (after و or ف), names no one and stands in construct with a
    definite noun: a verbal noun of the form إفعال (إلقاء القبض، إلغاء القرار), whose إل the normalized
    form reads as the article ("وأكدت إلقاء القبض" is what she confirmed, not who; not "إلهام علييف": a
    name)."""
    t = s.toks[j]
    if j + 1 >= len(s.toks) or not s.toks[j + 1].is_word or not s.ns[j + 1].startswith("ال"):
        return False
    text = s.doc.text[t.start : t.end]
    if text[:1] in "وف" and text[1:3] == "إل":
        text = text[1:]
    if len(text) != 5 or not text.startswith("إل") or text[3] != "ا":
        return False  # the shape إفعال of a root whose first letter is ل (not "إليهم"، "إل.إن.جي")
    starts = _mention_starts(s.doc)
    return t.start not in starts and t.stem_start not in starts and _head(s.ns[j]) is None


def _nisba(surface: str) -> bool:
    """An adjective of relation (written form): رسمية، طبية، عسكري، محليون، حكوميتين — not مواطنيه."""
    return (
        len(surface) > 4
        and surface.endswith(("ية", "يون", "يين", "يات", "يتين", "يتان"))
        or (len(surface) > 3 and surface.endswith("ي") and not surface.startswith("ي"))
    )


def _glue(s: _Sent, k: int) -> bool:
    """A hashtag mark or the underscore of ``#الجيش_اليمني``: part of the word around it."""
    return not s.toks[k].is_word and s.toks[k].text(s.doc) in "#_"


def unhash(text: str) -> str:
    """A hashtag's words as plain words.

    >>> unhash("وزارة #الصحة_الفلسطينية")
    'وزارة الصحة الفلسطينية'
    """
    return text.replace("#", "").replace("_", " ")


def carries_li(doc: Doc, tok: Token) -> bool:
    """The token carries the preposition ل ("للجيش"، "لوزارة"); a word opening with لل does so even
    where the clitic layer left it whole ("للصليب الأحمر")."""
    word = doc.text[tok.start : tok.end]
    return bool(tok.prefix_len) and word[:1] == "ل" or word.startswith("لل") and len(word) > 4


def _lb_prefixed(s: _Sent, j: int) -> bool:
    """Token ``j`` carries the preposition ل or ب (``لرويترز``، ``للصحفيين``، ``بلسان``)."""
    t = s.toks[j]
    heads = lx.speaker_heads()
    n = s.ns[j]
    return (
        t.prefix_len > 0
        and s.doc.text[t.start] in "لب"
        and n not in heads
        or (n.startswith("لل") and len(n) > 4)
        or (n[:1] in "لب" and n[1:] in _outlets())  # لوكالة، بصحيفة: the clitic is not split off
    )


def _is_time(s: _Sent, j: int) -> bool:
    """A time word (``الخميس``، ``أمس``) or a token inside a date of the ``dates`` layer."""
    w = s.ns[j]
    adjuncts = lx.adjuncts()
    time = adjuncts.get("time", frozenset())
    if w in adjuncts.get("time_or_adjective", ()) and j > 0 and s.ns[j - 1].startswith(("ال", "لل")):
        nxt = s.ns[j + 1] if j + 1 < len(s.ns) else ""
        if nxt not in time and s.ns[j - 1] not in time:
            return False  # المدعي العام، الأمين العام: an adjective, not "the year"
    if w in adjuncts.get("former", ()) and j > 0:
        h = j - 1
        while h > 0 and not _in(s.ns[h], lx.person_titles()) and s.ns[h].startswith("ال") and _nisba(s.toks[h].text(s.doc)):
            h -= 1  # الرئيس الفرنسي السابق: over the title's nisbas
        named_after = j + 1 < len(s.toks) and s.toks[j + 1].is_word
        if _in(s.ns[h], lx.person_titles()) and (h == j - 1 or s.ns[h].startswith("ال") or named_after):
            # زميل سابق له، الرئيس السابق، الرئيس الفرنسي السابق، وزير الخارجية الأمريكي السابق جون
            # كيري: a former one, not a time (بيان سابق: an earlier one)
            return False
    if w in time or (w[:1] in "وب" and w[1:] in time) or s.toks[j].text(s.doc).isdigit():
        return True
    return s.toks[j].start in _date_starts(s.doc)


def _date_starts(doc: Doc) -> set[int]:
    """Start offsets of the tokens inside the dates of the ``dates`` layer."""
    cache = doc.__dict__.get("_st_dates")
    if cache is None:
        cache = doc.token_starts_within(
            [(d["start"], d["end"]) for d in doc.layers.get("dates") or [] if isinstance(d, dict) and "start" in d]
        )
        doc.__dict__["_st_dates"] = cache
    return cache


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """Words of outlets and platforms (رويترز، تويتر، وكالة، قناة)."""
    ch = lx.channels()
    return ch.get("outlet", frozenset()) | ch.get("outlet_head", frozenset())


def _cue_at(s: _Sent, k: int) -> lx.CueForm | None:
    """The reporting verb at token ``k``, or None (``تابعة``/``إشارة`` end in ة: nouns, not + ه)."""
    form = lx._cue_form(s.ns[k])
    if form is not None and form.suffix == "ه" and s.toks[k].text(s.doc).endswith("ة"):
        return None
    return form


def _trim_text(text: str) -> str:
    """``text`` without edge punctuation and an unmatched quotation mark: ``"الوضع صعب".`` → ``الوضع صعب``."""
    text = text.strip(" .،,:؛;-–—\n_")  # (an underscore bullet closes a list item: "الأونروا _")
    for o, c in (("«", "»"), ("“", "”")):
        if text.endswith(c) and text.count(o) < text.count(c):
            text = text[:-1].rstrip()
        if text.startswith(o) and text.count(o) > text.count(c):
            text = text[1:].lstrip()
    if text.count('"') % 2 == 1:
        if text.endswith('"'):
            text = text[:-1].rstrip()
        elif text.startswith('"'):
            text = text[1:].lstrip()
    return text.strip(" .،,:؛;_")


def _span(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """The span of the trimmed text in ``[start, end)``."""
    raw = doc.text[start:end]
    text = _trim_text(raw)
    if not text:
        return doc.span(start, start)
    off = raw.find(text)
    return doc.span(start + off, start + off + len(text))


def _content_end(s: _Sent, start: int) -> int:
    """The token index where a content that opens at ``start`` stops (not right after its first
    word: ``إنه بينما يجري ذلك ...`` goes on)."""
    first = start + 1 if start < len(s.ns) and s.ns[start] in lx.COMPLEMENTIZERS else start
    for k in sorted(s.bounds):
        if k > first:
            return k
    return len(s.toks)


def _quote_close(s: _Sent, j: int) -> int:
    """The index of the mark closing the quotation opened at ``j`` (or the sentence end)."""
    close = OPEN_QUOTES[s.toks[j].text(s.doc)]
    for k in range(j + 1, len(s.toks)):
        if not s.toks[k].is_word and s.toks[k].text(s.doc) == close:
            return k
    return len(s.toks)


def _quote_words(s: _Sent, j: int) -> int:
    """How many words the quotation opened at token ``j`` holds."""
    close = _quote_close(s, j)
    return sum(1 for k in range(j + 1, close) if s.toks[k].is_word)


def _content(s: _Sent, start: int, direct_quote: bool) -> tuple[int, int, int] | None:
    """Character span ``(start, end)`` of a content opening at token ``start``, and its last token."""
    if start >= len(s.toks):
        return None
    if direct_quote:
        close = _quote_close(s, start)
        a, b = start + 1, close
    else:
        a, b = start, _content_end(s, start)
    if b <= a:
        return None
    words = [k for k in range(a, b) if s.toks[k].is_word or s.toks[k].text(s.doc).isdigit()]
    if not words:
        return None
    return s.toks[a].start, s.toks[b - 1].end, b

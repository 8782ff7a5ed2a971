"""Attributed statements: who said what, through which channel (the ``statements`` layer).

A statement is found from its cue: a reporting verb in any of its forms (``قال``، ``وقالت``،
``يقولون``، ``مشيرا``، ``ودعتها``; see :mod:`marsad.claims.statements_lexicon`) or a reporting
phrase (``بحسب``، ``وفقا لـ``، ``نقلا عن``، ``بحسب ما أعلنت``). Around the cue:

- the content opens at ``إن/أن/بأن`` (kept in the content), after a colon, at a quotation mark
  (direct speech, the marks left out), at the verb's preposition (``أشار إلى``، ``أعرب عن``), or
  right after the verb and its subject; it runs to the next reporting cue of the sentence
  (``، مضيفا أن`` is a statement of its own), a contrast (``فيما``، ``بينما``), a closing quote, or
  the end of the sentence;
- the speaker is the phrase between the verb and the content, without time words (``الخميس``),
  channels (``لرويترز``، ``في بيان``، ``على تويتر`` → ``via``) or addressees (``للصحفيين``);
  subject first (``وزارة الدفاع قالت``); or, for a pronoun (``وقالت``، ``مشيرا``)، the latest
  speaker of the same gender and number (``وقالت`` → a ministry, ``وقال`` → a man);
- negated reports (``لم يعلن``) and relative clauses (``التي أعلنها``) are not statements;
- a lead that lost its verb (``الرئيس الروسي، فلاديمير بوتين، الخميس، أن ...``) is an indirect
  statement with no cue.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("وقالت وزارة الصحة، الخميس، إن 20 شخصا قتلوا، مضيفة أن البحث مستمر.")
>>> segment(doc); annotate(doc)
>>> [(s["cue"], s["speaker"]["name"], s["content"]) for s in doc.layers["statements"]]
[('وقالت', 'وزارة الصحة', 'إن 20 شخصا قتلوا'), ('مضيفة', 'وزارة الصحة', 'أن البحث مستمر')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.claims import statements_lexicon as lx
from marsad.doc import Doc, Token
from marsad.text.normalize import normalize

OPEN_QUOTES = {"«": "»", "“": "”", "„": "”", '"': '"'}
CLOSE_QUOTES = {"»", "”", '"'}
COMMAS = {"،", ",", "؛", ";"}
#: how far (in tokens) after a cue the content may open
MAX_REGION = 18
#: the longest speaker phrase before a verb (subject first)
MAX_SUBJECT = 12


@dataclass
class _Cue:
    a: int  # first token (index in the sentence)
    b: int  # last token
    form: lx.CueForm
    verb: lx.Verb
    strict: bool


@dataclass
class _Ref:
    """A speaker that a later pronoun may refer to."""

    pos: int
    party: dict[str, Any]
    gender: str
    number: str


@dataclass
class _Sent:
    doc: Doc
    toks: list[Token]
    ns: list[str]  # normalized surface of each token
    inq: list[bool]  # inside a quotation
    index: int
    in_title: bool
    bounds: set[int] = field(default_factory=set)


# -- small helpers -----------------------------------------------------------------------------


def _bare(n: str) -> str:
    """A normalized word without و/ف, ل/ب and the article: لوكالة → وكالة, والرئيس → رئيس."""
    for p in ("وبال", "وال", "فال", "بال", "لل", "ال", "ول", "وب", "ل", "ب", "و"):
        if n.startswith(p) and len(n) - len(p) >= 2:
            if p == "لل":
                return n[2:]
            return n[len(p) :]
    return n


def _is_punct(t: Token) -> bool:
    return not t.is_word


def _head(n: str) -> tuple[str, str] | None:
    heads = lx.speaker_heads()
    return heads.get(n) or heads.get(_bare(n)) or heads.get(n[2:] if n.startswith("ال") else n)


def _mention_starts(doc: Doc) -> set[int]:
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
        cache = set()
        spans = [(m["start"], m["end"]) for m in doc.layers.get("mentions") or []
                 if isinstance(m, dict) and m.get("type") in ("PER", "ORG") and "start" in m and "end" in m]
        if spans:
            import bisect

            starts = doc._token_starts()
            for a, b in spans:
                i = bisect.bisect_left(starts, a)
                while i < len(starts) and starts[i] < b:
                    cache.add(starts[i])
                    i += 1
        doc.__dict__["_st_named"] = cache
    return cache


def _named(s: _Sent, j: int) -> bool:
    """Token ``j`` opens a named or described speaker (an entity mention or a head word)."""
    t = s.toks[j]
    starts = _mention_starts(s.doc)
    return t.start in starts or t.stem_start in starts or _head(s.ns[j]) is not None


def _trim_text(text: str) -> str:
    text = text.strip(" .،,:؛;-–—\n")
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
    return text.strip(" .،,:؛;")


def _span(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """The span of the trimmed text in ``[start, end)``."""
    raw = doc.text[start:end]
    text = _trim_text(raw)
    if not text:
        return doc.span(start, start)
    off = raw.find(text)
    return doc.span(start + off, start + off + len(text))


# -- cues -------------------------------------------------------------------------------------


def _find_cues(s: _Sent, refs: list[_Ref]) -> list[_Cue]:
    adj = lx.adjuncts()
    neg, rel, lead = adj.get("negation", frozenset()), adj.get("relative", frozenset()), lx.phrases().get("lead", frozenset())
    impersonal = lx.phrases().get("impersonal", frozenset())
    cues: list[_Cue] = []
    i, n = 0, len(s.toks)
    while i < n:
        t = s.toks[i]
        if not t.is_word or s.inq[i]:
            i += 1
            continue
        w = s.ns[i]
        if w in impersonal:
            i += 1
            continue
        form = lx._cue_form(w)
        start = i
        if form is None and w in lead and i + 1 < n:
            nxt = lx._cue_form(s.ns[i + 1])
            if nxt and nxt.aspect == "part" and nxt.lemma == "قال":
                form, start = nxt, i
                i += 1
        if form is None:
            i += 1
            continue
        if t.start in _named_tokens(s.doc) and not form.prefix:
            i += 1  # حكمت حاجييف: a name, not a verb
            continue
        surface = t.text(s.doc)
        if form.suffix == "ه" and surface.endswith("ة"):
            i += 1  # إشارة is a noun, not أشار + ه
            continue
        if form.suffix and not form.prefix and start > 0 and s.toks[start - 1].is_word and form.aspect != "part":
            if s.ns[start - 1] not in lx.adjuncts().get("particle", frozenset()):
                i += 1  # حصيلة أوردها المرصد: a clause describing a noun
                continue
        v = lx.verb(form.lemma)
        if "comp_next" in v.flags and (i + 1 >= n or not (s.ns[i + 1] in v.complements or s.ns[i + 1] in lx.COMPLEMENTIZERS or s.ns[i + 1] == ":")):
            i += 1  # عبر تويتر: the preposition, not عبّر عن
            continue
        if form.suffix and not v.flags & {"obj", "suffix_ok"}:
            i += 1  # ولفتها سحب الدخان: not a report
            continue
        strict = "strict" in v.flags or f"strict_{form.aspect}" in v.flags
        prev = s.ns[start - 1] if start > 0 else ""
        if prev in neg:
            _negated_subject(s, i, form, refs)
            i += 1
            continue
        if prev in rel or (prev[:1] == "و" and prev[1:] in rel):
            i += 1  # والذي كشفت هويته: a relative clause
            continue
        if form.aspect == "part" and start == i:
            ok = start == 0 or not s.toks[start - 1].is_word or prev in ("ثم", "و") or form.prefix == "و"
            ok = ok or _is_time(s, start - 1)
            ok = ok or bool(cues and cues[-1].b == start - 1)
            if not ok:
                i += 1
                continue
            if cues and cues[-1].b == start - 1 and form.lemma == "قال":  # وتابع قائلا: one act
                cues[-1].b = i
                i += 1
                continue
        # a finite verb followed by قائلا is one act
        if form.aspect != "part" and i + 1 < n:
            nxt = lx._cue_form(s.ns[i + 1])
            if nxt and nxt.aspect == "part" and nxt.lemma == "قال":
                cues.append(_Cue(start, i + 1, form, v, False))
                i += 2
                continue
        cues.append(_Cue(start, i, form, v, strict))
        i += 1
    return cues


def _negated_subject(s: _Sent, i: int, form: lx.CueForm, refs: list[_Ref]) -> None:
    """``لم تكشف أذربيجان عن`` is no statement, but أذربيجان is a referent for a later ``قالت``."""
    j = i + 1
    if j >= len(s.toks) or not s.toks[j].is_word or s.ns[j] in lx.adjuncts().get("prep", frozenset()):
        return
    k = _chunk_end(s, j)
    refs.append(_Ref(s.toks[j].start, _party(s, [(j, k)]), form.gender, form.number))


# -- speaker phrases --------------------------------------------------------------------------


def _mention_ends(doc: Doc) -> dict[int, tuple[int, str]]:
    cache = doc.__dict__.get("_st_mention_ends")
    if cache is None:
        cache = {}
        for m in doc.layers.get("mentions") or []:
            if isinstance(m, dict) and "start" in m and "end" in m:
                cache[m["start"]] = (max(cache.get(m["start"], (0, ""))[0], m["end"]), m.get("type") or "")
        doc.__dict__["_st_mention_ends"] = cache
    return cache


def _nisba(surface: str) -> bool:
    """An adjective of relation (written form): رسمية، طبية، عسكري، محليون — not مواطنيه."""
    return len(surface) > 4 and surface.endswith(("ية", "يون", "يين", "يات")) or (
        len(surface) > 3 and surface.endswith("ي") and not surface.startswith("ي")
    )


def _chunk_end(s: _Sent, j: int, limit: int = 9) -> int:
    """The end (exclusive) of the noun phrase that starts at ``j``: ``منظمة الصحة العالمية``,
    ``مصادر طبية في المستشفى``, ``المتحدث باسم الجيش``, ``رئيس جنوب أفريقيا جاكوب زوما``."""
    prep = lx.adjuncts().get("prep", frozenset())
    ends = _mention_ends(s.doc)
    mend = ends.get(s.toks[j].start, ends.get(s.toks[j].stem_start, (-1, "")))[0]
    k = j + 1
    while k < len(s.toks) and k - j < limit:
        t, w = s.toks[k], s.ns[k]
        if t.end <= mend or _glue(s, k):
            k += 1
            continue
        m = ends.get(t.start) or ends.get(t.stem_start)
        construct = _head(s.ns[k - 1]) is not None and not s.ns[k - 1].startswith("ال")
        if m is not None and (m[1] == "PER" or construct):  # الرئيس الأذربيجاني إلهام علييف
            mend = m[0]
            k += 1
            continue
        if not t.is_word or w in lx.COMPLEMENTIZERS or lx._cue_form(w) or _is_time(s, k):
            break
        if w in ("في", "باسم") and k + 1 < len(s.toks) and s.toks[k + 1].is_word and (
            s.ns[k + 1].startswith("ال") or _named(s, k + 1)
        ):
            k += 2
            continue
        if w in prep:
            break
        if construct or w.startswith(("ال", "لل")) or w in ("بن", "بنت", "ابو", "ابن", "عبد", "ال") or _nisba(t.text(s.doc)):
            k += 1
            continue
        break
    return k


def _glue(s: _Sent, k: int) -> bool:
    """A hashtag mark or the underscore of ``#الجيش_اليمني``: part of the word around it."""
    return not s.toks[k].is_word and s.toks[k].text(s.doc) in "#_"


def _region(s: _Sent, a: int, b: int, keep_first: bool = False) -> tuple[list[tuple[int, int]], list[str]]:
    """Split the tokens ``[a, b)`` between a verb and its content into speaker chunks and channels.

    Time words, channels (``لرويترز``، ``في بيان``، ``على "تويتر"``) and addressees are taken out;
    what remains, split at commas, is the speaker. A piece that opens with a preposition
    (``في جنيف``، ``لنواب البرلمان``) is an adjunct, not the speaker.
    """
    adj, ch = lx.adjuncts(), lx.channels()
    time, prep, particle = adj.get("time", frozenset()), adj.get("prep", frozenset()), adj.get("particle", frozenset())
    outlets, media, addressees = _outlets(), ch.get("medium", frozenset()), ch.get("addressee", frozenset())
    chan = outlets | media | addressees
    chunks: list[tuple[int, int]] = []
    via: list[str] = []
    cur: int | None = None
    j = a
    while j < b:
        t, w = s.toks[j], s.ns[j]
        if not t.is_word:
            if t.text(s.doc) in OPEN_QUOTES or t.text(s.doc) in CLOSE_QUOTES or _glue(s, j):
                j += 1
                continue
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        if w in lx.phrases().get("quote_noun", frozenset()):
            j += 1  # وتابع زوما القول إن
            continue
        if cur is not None and w in adj.get("relative", frozenset()) and w != "من":
            chunks.append((cur, j))  # باتن التي زارت العراق: the relative clause is not the name
            cur = None
            while j < b and s.toks[j].is_word:
                j += 1
            continue
        if _is_time(s, j):
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        clitic = _lb_prefixed(s, j) and not (keep_first and j == a)
        if w in prep or clitic:
            k = j + 1 if w in prep else j
            end = k
            while end < b and (s.toks[end].is_word or s.toks[end].text(s.doc) in '"«»“”'):
                if end > k and s.ns[end] in prep and s.ns[end] not in ("مع", "علي"):
                    break
                end += 1
            seg = [x for x in range(k, end) if s.toks[x].is_word]
            first_bare = _bare(s.ns[seg[0]]) if seg else ""
            is_chan = any(_bare(s.ns[x]) in chan or s.ns[x] in chan for x in seg[:3])
            if cur is not None and w == "في" and first_bare in outlets:
                is_chan = False  # مسؤول في وكالة الأرصاد: part of the speaker
            timeish = bool(seg) and (_is_time(s, seg[0]) or first_bare in time)
            if is_chan or timeish or cur is None:
                if cur is not None:
                    chunks.append((cur, j))
                    cur = None
                first = next((x for x in seg if _bare(s.ns[x]) in outlets or s.ns[x] in outlets), None)
                if first is not None:
                    via.append(_via_text(s, first, seg[-1]))
                if cur is None and not is_chan and not timeish:
                    # a preposition opens the piece: skip to the next comma
                    while end < b and s.toks[end].is_word:
                        end += 1
                j = max(end, j + 1)
                continue
        if cur is None and w in particle:
            j += 1
            continue
        if cur is None:
            cur = j
        j += 1
    if cur is not None:
        chunks.append((cur, b))
    return chunks, via


def _lb_prefixed(s: _Sent, j: int) -> bool:
    """Token ``j`` carries the preposition ل or ب (``لرويترز``، ``للصحفيين``، ``بلسان``)."""
    t = s.toks[j]
    return t.prefix_len > 0 and s.doc.text[t.start] in "لب" and _head(s.ns[j]) is None or (
        s.ns[j].startswith("لل") and len(s.ns[j]) > 4
    )


def _is_time(s: _Sent, j: int) -> bool:
    """A time word (``الخميس``، ``أمس``) or a token inside a date of the ``dates`` layer."""
    w = s.ns[j]
    time = lx.adjuncts().get("time", frozenset())
    if w in time or (w[:1] in "وب" and w[1:] in time) or s.toks[j].text(s.doc).isdigit():
        return True
    return s.toks[j].start in _date_starts(s.doc)


def _date_starts(doc: Doc) -> set[int]:
    cache = doc.__dict__.get("_st_dates")
    if cache is None:
        cache = set()
        spans = [(d["start"], d["end"]) for d in doc.layers.get("dates") or [] if isinstance(d, dict) and "start" in d]
        if spans:
            import bisect

            starts = doc._token_starts()
            for a, b in spans:
                i = bisect.bisect_left(starts, a)
                while i < len(starts) and starts[i] < b:
                    cache.add(starts[i])
                    i += 1
        doc.__dict__["_st_dates"] = cache
    return cache


def _outlets() -> frozenset[str]:
    ch = lx.channels()
    return ch.get("outlet", frozenset()) | ch.get("outlet_head", frozenset())


def _via_text(s: _Sent, i: int, k: int) -> str:
    """The name of the outlet that starts at token ``i`` (at most to ``k``): ``وكالة الأنباء
    الرسمية``، ``تويتر``، ``بي بي سي`` (a leading ل/ب is dropped: ``لرويترز`` → ``رويترز``)."""
    e = _name_end(s, i, k)
    t = s.toks[i]
    text = s.doc.text[t.start : s.toks[e].end]
    n = s.ns[i]
    if n.startswith("لل"):
        text = "ال" + text[2:]
    elif n[:1] in "لب" and (_bare(n) != n):
        text = text[1:]
    return text.strip(' "«»“”')


def _name_end(s: _Sent, i: int, k: int) -> int:
    """The last token of a channel name that starts at ``i`` (not beyond ``k``)."""
    heads = lx.channels().get("outlet_head", frozenset()) | lx.channels().get("medium", frozenset())
    outlets = _outlets()
    ends = _mention_ends(s.doc)
    mend = ends.get(s.toks[i].start, ends.get(s.toks[i].stem_start, (-1, "")))[0]
    e = i
    while e < k:
        nxt, w = s.toks[e + 1], s.ns[e + 1]
        prev_head = _bare(s.ns[e]) in heads
        if nxt.end <= mend or (not nxt.is_word and nxt.text(s.doc) in '"«»“”'):
            e += 1
            continue
        if not nxt.is_word:
            break
        m = ends.get(nxt.start)
        if m is not None:
            mend = m[0]
        if prev_head or m is not None or w.startswith("ال") or _bare(w) in outlets or w in outlets or _nisba(nxt.text(s.doc)):
            e += 1
            continue
        break
    return e


def _party(s: _Sent, chunks: list[tuple[int, int]]) -> dict[str, Any]:
    """A speaker party from token chunks: the name joins the chunks (``أنور قرقاش، وزير الدولة``)."""
    doc = s.doc
    texts = []
    for a, b in chunks:
        start, end = s.toks[a].start, s.toks[b - 1].end
        if s.toks[a].prefix_len and doc.text[start] in "وف" and s.ns[a][:1] in "وف" and _bare(s.ns[a]) != s.ns[a]:
            start += 1
        elif a > 0 and s.ns[a - 1] in ("وفقا", "ووفقا", "طبقا", "استنادا") and doc.text[start] == "ل":
            start += 1
        txt = doc.text[start:end].strip(' "«»“”')
        if txt:
            texts.append((start, end, txt))
    if not texts:
        return {"name": "", "entity": None, "names": [], "span": doc.span(s.toks[chunks[0][0]].start, s.toks[chunks[0][0]].start)}
    start, end = texts[0][0], texts[-1][1]
    name = "، ".join(t for _, _, t in texts)
    names = [name] + [t for _, _, t in texts if t != name]
    party = {"name": name, "entity": None, "names": names, "span": doc.span(start, end)}
    ent = _entity_at(doc, [(x, y) for x, y, _ in texts])
    if ent is not None:
        party["entity"] = ent.get("id")
        en = ent.get("name")
        extra = [x for x in (ent.get("names") or []) if isinstance(x, str)]
        if isinstance(en, str) and en:
            if len(texts) > 1 or len(en) >= 0.8 * len(name):  # not a name cut short: إيمانويل
                party["name"] = en
            party["names"] = [party["name"]] + [x for x in [en] + names if x != party["name"]]
        for x in extra:
            if x not in party["names"]:
                party["names"].append(x)
    return party


def _entity_mentions(doc: Doc) -> list[tuple[dict[str, Any], list[tuple[int, int]]]]:
    cache = doc.__dict__.get("_st_entities")
    if cache is None:
        cache = []
        for e in doc.layers.get("entities") or []:
            if isinstance(e, dict) and e.get("type") in ("PER", "ORG", None):
                ms = [(m.get("start", -1), m.get("end", -1)) for m in e.get("mentions") or [] if isinstance(m, dict)]
                cache.append((e, ms))
        doc.__dict__["_st_entities"] = cache
    return cache


def _entity_at(doc: Doc, spans: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The entity a speaker phrase names: a PER or ORG entity that covers one of its chunks
    (``رئيس اللجنة الدولية، بيتر ماورير`` → ماورير, a person before a body), or most of it."""
    cands = []
    lo, hi = spans[0][0], spans[-1][1]
    ents = [(e, ms) for e, ms in _entity_mentions(doc) if any(a < hi and b > lo for a, b in ms)]
    for e, ms in ents:
        for ci, (a, b) in enumerate(spans):
            cover = sum(max(0, min(b, me) - max(a, ms_)) for ms_, me in ms)
            if cover >= 0.8 * (b - a) and any(ms_ <= a + 1 < me for ms_, me in ms):
                cands.append((e.get("type") != "PER", ci, e))
    if cands:
        return min(cands, key=lambda c: (c[0], c[1]))[2]
    a, b = lo, hi
    best, best_cover = None, 0
    for e, ms in ents:
        if not any(m0 <= a + 1 < m1 for m0, m1 in ms):
            continue  # مدير مكتب مكافحة الإرهاب: the office is not the director
        cover = sum(max(0, min(b, m1) - max(a, m0)) for m0, m1 in ms)
        if cover > best_cover:
            best, best_cover = e, cover
    return best if best is not None and best_cover >= 0.6 * (b - a) else None


def _anaphor(s: _Sent, chunks: list[tuple[int, int]], party: dict[str, Any], refs: list[_Ref], pos: int) -> dict[str, Any]:
    """``وقالت الوزارة`` → the ministry named before; ``وذكر البيان`` → who issued it."""
    if len(chunks) != 1 or chunks[0][1] - chunks[0][0] != 1:
        return party
    w = s.ns[chunks[0][0]]
    if not w.startswith("ال"):
        return party
    bare = w[2:]
    for r in reversed(refs):
        if r.pos < pos and r.party and bare in normalize(r.party["name"]).split() and len(r.party["name"]) > len(party["name"]):
            return r.party
    if bare in lx.channels().get("medium", frozenset()):
        before = [r for r in refs if r.pos < pos and r.party]
        if before:
            return before[-1].party
    return party


def _resolve(refs: list[_Ref], pos: int, gender: str, number: str) -> dict[str, Any] | None:
    """The latest speaker before ``pos`` that agrees with a pronoun cue in gender and number."""
    before = [r for r in refs if r.pos < pos]
    if not before:
        return None
    plural = number in ("p", "d")
    for test in (
        lambda r: r.gender == gender and (r.number in ("p", "d")) == plural,
        lambda r: r.gender == gender,
        lambda r: True,
    ):
        for r in reversed(before):
            if test(r):
                return r.party
    return None


# -- content ----------------------------------------------------------------------------------


def _content_end(s: _Sent, start: int) -> int:
    """The token index where a content that opens at ``start`` stops."""
    for k in sorted(s.bounds):
        if k > start:
            return k
    return len(s.toks)


def _quote_close(s: _Sent, j: int) -> int:
    """The index of the mark closing the quotation opened at ``j`` (or the sentence end)."""
    close = OPEN_QUOTES[s.toks[j].text(s.doc)]
    for k in range(j + 1, len(s.toks)):
        if not s.toks[k].is_word and s.toks[k].text(s.doc) == close:
            return k
    return len(s.toks)


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


def _open_content(s: _Sent, cue: _Cue) -> tuple[int, int, bool] | None:
    """Where the content of ``cue`` opens: ``(region end, content start, direct)``.

    Scans for إن/أن, a colon or a quotation mark within :data:`MAX_REGION` tokens, and stops at
    the next cue.
    """
    prep = lx.adjuncts().get("prep", frozenset())
    j = cue.b + 1
    while j < len(s.toks) and j - cue.b <= MAX_REGION:
        t = s.toks[j]
        if j in s.bounds and j != cue.b + 1:
            return None
        if not t.is_word:
            ch = t.text(s.doc)
            if ch == ":":
                k = j + 1
                if k < len(s.toks) and s.toks[k].text(s.doc) in OPEN_QUOTES:
                    return j, k, True
                return j, k, False
            if ch in OPEN_QUOTES and not s.inq[j - 1 if j else 0]:
                if j - 1 > cue.b and s.ns[j - 1] in prep:
                    k = j if len(s.ns[j - 1]) == 1 else j - 1  # بـ"رد قوي": the quote, without بـ
                    return j - 1, k, False
                if _quote_words(s, j) >= 3:
                    return j, j, True
                close = _quote_close(s, j)
                later = any(s.ns[x] in lx.COMPLEMENTIZERS for x in range(close, min(len(s.toks), cue.b + MAX_REGION)))
                if not _region(s, cue.b + 1, j)[0] and not later:  # انتقد فيه "الإدارة": its object
                    return j, j, False
                j = _quote_close(s, j)  # وكالة "أرمنبرس": a quoted name inside the speaker
        elif s.ns[j] in lx.COMPLEMENTIZERS and not (j + 1 < len(s.toks) and s.toks[j + 1].text(s.doc) == "."):
            k = j - 1 if j - 1 > cue.b and s.ns[j - 1] in prep else j
            return k, k, False
        elif s.ns[j] in cue.verb.complements and j > cue.b + 1 and not cue.verb.flags & {"obj", "relay"}:
            return j, j, False  # ويحذر الخيام من تحول ...: the verb's own preposition
        j += 1
    return None


def _quote_words(s: _Sent, j: int) -> int:
    close = _quote_close(s, j)
    return sum(1 for k in range(j + 1, close) if s.toks[k].is_word)


# -- one cue ----------------------------------------------------------------------------------


def _subject_before(s: _Sent, cue: _Cue, prev_end: int) -> list[tuple[int, int]]:
    """A subject written before its verb (``وزارة الدفاع الأذربيجانية أفادت``), as chunks.

    The subject runs back to the clause start (a comma, إن/أن, فيما, the previous cue); it must
    open with a noun (a definite word, a head word or a named entity) and hold no verb or negation.
    """
    if cue.form.prefix or cue.form.aspect == "part":
        return []
    adj = lx.adjuncts()
    particle, rel, contrast = adj.get("particle", frozenset()), adj.get("relative", frozenset()), adj.get("contrast", frozenset())
    neg = adj.get("negation", frozenset())
    j = cue.a - 1
    while j > prev_end and s.toks[j].is_word and s.ns[j] not in lx.COMPLEMENTIZERS and s.ns[j] not in contrast:
        j -= 1
    if j >= 0 and prev_end < 0 and not s.toks[j].is_word and s.toks[j].text(s.doc) in COMMAS:
        # وكان رئيس اللجنة، بيتر ماورير، أكد: a sentence-initial subject with its apposition
        k = j
        while k >= 0 and (s.toks[k].is_word or s.toks[k].text(s.doc) in COMMAS) and s.ns[k] not in lx.COMPLEMENTIZERS:
            k -= 1
        if k < 0 and cue.a <= MAX_SUBJECT + 2:
            chunks = _split_commas(s, 0, cue.a)
            if chunks and (s.ns[chunks[0][0]].startswith("ال") or _named(s, chunks[0][0])):
                if not any(s.ns[x] in neg or lx._cue_form(s.ns[x]) for a0, b0 in chunks for x in range(a0, b0)):
                    return chunks
    a = max(j + 1, 0)
    while a < cue.a and (s.ns[a] in particle or s.ns[a] in ("يذكر", "ويذكر", "كانوا", "وكانوا")):
        a += 1
    b = cue.a
    while b > a and (_is_time(s, b - 1) or s.ns[b - 1] in ("قد", "وقد", "كانت", "كان", "كانوا")):
        b -= 1
    if b <= a or b - a > MAX_SUBJECT:
        return []
    if s.ns[b - 1].startswith(("لكن", "ان", "بان")) or s.ns[b - 1] in ("هو", "هي", "هم", "وهو", "وهي", "وهم"):
        return []  # لكنها قالت: a pronoun
    if any(s.ns[k] in neg or lx._cue_form(s.ns[k]) for k in range(a, b)):
        return []
    if s.ns[a] in rel:  # الرعاة، الذين كانوا يهددون: the antecedent is before the comma
        k = a - 1
        while k >= 0 and not s.toks[k].is_word:
            k -= 1
        e = k + 1
        while k >= 0 and s.toks[k].is_word and e - k <= 6:
            k -= 1
        a2 = k + 1
        if a2 < e and (s.ns[a2].startswith("ال") or _named(s, a2)):
            return [(a2, _chunk_end(s, a2))]
        return []
    cut = next((k for k in range(a + 1, b) if s.ns[k] in rel), None)
    if cut is not None:
        b = cut  # التحالف العربي الذي تقوده السعودية أعلن → التحالف العربي
    if not (s.ns[a].startswith("ال") or _named(s, a)) or s.ns[a] in adj.get("prep", frozenset()):
        return []
    return [(a, b)]


def _split_commas(s: _Sent, a: int, b: int) -> list[tuple[int, int]]:
    """Word chunks of ``[a, b)`` split at punctuation, without particles and time words."""
    particle = lx.adjuncts().get("particle", frozenset())
    out, cur = [], None
    for k in range(a, b):
        word = s.toks[k].is_word and not _is_time(s, k) and not (cur is None and s.ns[k] in particle)
        if word and cur is None:
            cur = k
        elif not word and cur is not None:
            out.append((cur, k))
            cur = None
    if cur is not None:
        out.append((cur, b))
    return out


def _statement(s: _Sent, cue: _Cue, refs: list[_Ref], prev_end: int) -> dict[str, Any] | None:
    doc = s.doc
    v, form = cue.verb, cue.form
    if "relay" in v.flags and not any(s.ns[x] == "عن" or s.ns[x].startswith("عن") and len(s.ns[x]) <= 4
                                      for x in range(cue.b + 1, min(len(s.toks), cue.b + 10))):
        return None  # طائرة نقل: a noun; نقل is a report only as نقل ... عن
    opened = _open_content(s, cue)
    via: list[str] = []
    if opened is not None and "obj" in v.flags and not opened[2]:
        k = next((x for x in range(cue.b + 1, opened[1]) if s.ns[x] in v.complements), None)
        if k is not None:
            opened = None  # دعا الحزب زوما لتقديم استقالته أو أنه ...: verb, subject, object, complement
    speaker = None
    gender, number = form.gender, form.number
    if opened is not None:
        reg_end, cstart, direct = opened
        chunks, via = _region(s, cue.b + 1, reg_end)
        if "relay" in v.flags:
            chunks, via = _relay(s, chunks, via)
        elif "obj" in v.flags and chunks and not _named(s, chunks[0][0]):
            chunks, cstart, direct = [], chunks[0][0], False  # ودعا كلا البلدين إلى "...": an object
    else:
        if cue.strict:
            return None
        direct = False
        chunks, cstart = _object_content(s, cue, via)
        if cstart is None:
            return None
    if chunks and form.aspect != "part":
        speaker = _party(s, chunks)
        head = _head(s.ns[chunks[0][0]])
        if head and head[1] == "p":
            number = "p"
        speaker = _anaphor(s, chunks, speaker, refs, s.toks[cue.a].start)
    else:
        before = _subject_before(s, cue, prev_end)
        if before:
            speaker = _party(s, before)
    if speaker is None or not speaker["name"]:
        speaker = _resolve(refs, s.toks[cue.a].start, gender, number)
    elif speaker is not None:
        refs.append(_Ref(s.toks[cue.a].start, speaker, gender, number))
    span = _content(s, cstart, direct and s.toks[cstart].text(doc) in OPEN_QUOTES)
    if span is None:
        return None
    c = _span(doc, span[0], span[1])
    if not c["text"] or len(c["text"].split()) < 1:
        return None
    cue_start, cue_end = s.toks[cue.a].start, s.toks[cue.b].end
    sent = doc.sentences[s.index]
    return {
        "speaker": speaker,
        "cue": doc.text[cue_start:cue_end],
        "cue_span": doc.span(cue_start, cue_end),
        "kind": "direct" if direct else "indirect",
        "content": c["text"],
        "content_span": c,
        "via": via,
        "evidence": doc.span(sent.start, sent.end),
        "_end": span[2],
        "_pos": cue_start,
    }


def _relay(s: _Sent, chunks: list[tuple[int, int]], via: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """``نقلت وكالة رويترز عن مصدر أمني قوله``: the agency is the channel, the source the speaker."""
    quote_nouns = lx.phrases().get("quote_noun", frozenset())
    flat = [k for a, b in chunks for k in range(a, b)]
    cut = next((k for k in flat if s.ns[k] == "عن" or s.ns[k].startswith("عن") and len(s.ns[k]) <= 4), None)
    if cut is None:
        return chunks, via
    before = [k for k in flat if k < cut]
    after = [k for k in flat if k > cut and s.ns[k] not in quote_nouns]
    if before:
        via = [_via_text(s, before[0], before[-1])] + via
    if not after:
        return [], via
    return [(after[0], after[-1] + 1)], via


def _skip_adjuncts(s: _Sent, j: int, via: list[str]) -> int:
    """Skip time words, commas and channel phrases (``على "تويتر"``، ``في بيان``) from ``j``."""
    ch = lx.channels()
    chan = _outlets() | ch.get("medium", frozenset()) | ch.get("addressee", frozenset())
    prep = lx.adjuncts().get("prep", frozenset())
    n = len(s.toks)
    while j < n:
        t = s.toks[j]
        if not t.is_word:
            if t.text(s.doc) in COMMAS or t.text(s.doc) in '"«»“”':
                j += 1
                continue
            return j
        if _is_time(s, j):
            j += 1
            continue
        w = s.ns[j]
        if w in prep or _lb_prefixed(s, j):
            k = j + 1 if w in prep else j
            end = k
            while end < n and (s.toks[end].is_word or s.toks[end].text(s.doc) in '"«»“”') and end - k < 6:
                if end > k and (s.ns[end] in prep or _lb_prefixed(s, end) and end > k + 1):
                    break
                end += 1
            seg = [x for x in range(k, end) if s.toks[x].is_word]
            if seg and any(_bare(s.ns[x]) in chan or s.ns[x] in chan for x in seg[:2]):
                first = next((x for x in seg if _bare(s.ns[x]) in _outlets() or s.ns[x] in _outlets()), None)
                if first is not None:
                    via.append(_via_text(s, first, seg[-1]))
                j = _name_end(s, first if first is not None else seg[0], end - 1) + 1
                continue
        return j
    return j


def _object_content(s: _Sent, cue: _Cue, via: list[str]) -> tuple[list[tuple[int, int]], int | None]:
    """Speaker and content start for a cue with no إن/أن: ``أعلنت الشرطة مقتل``، ``أشار إلى``."""
    v, form = cue.verb, cue.form
    prep = lx.adjuncts().get("prep", frozenset())
    n = len(s.toks)
    j = _skip_adjuncts(s, cue.b + 1, via)
    if j >= n or not s.toks[j].is_word and s.toks[j].text(s.doc) not in OPEN_QUOTES:
        return [], None
    if form.aspect == "part":
        return [], j
    if "relay" in v.flags:
        k = next((x for x in range(j, min(n, j + 10)) if s.ns[x] == "عن"), None)
        if k is not None and k + 1 < n:
            if k > j:
                via.append(_via_text(s, j, k - 1))
            end = _chunk_end(s, k + 1)
            return [(k + 1, end)], end
    comp_at = None
    for k in range(j, min(n, j + 10)):
        if not s.toks[k].is_word and s.toks[k].text(s.doc) not in '"«»“”':
            break
        w = s.ns[k]
        if w in v.complements or ("ب" in v.complements and w.startswith("ب") and len(w) > 3 and w not in prep):
            comp_at = k
            break
    first = j
    w0 = s.ns[first]
    if not s.toks[first].is_word or w0 in prep or w0 in v.complements or comp_at == first:
        return [], first
    named = _named(s, first)
    if comp_at is not None:
        if "obj" in v.flags:
            if named:
                end = _chunk_end(s, first)
                return [(first, end)], _skip_adjuncts(s, end, via)
            return [], first
        chunks, more = _region(s, first, comp_at)
        via += more
        return chunks, comp_at
    if named or (w0.startswith("ال") and not form.prefix):
        end = _chunk_end(s, first)
        return [(first, end)], _skip_adjuncts(s, end, via)
    return [], first


# -- reporting phrases ------------------------------------------------------------------------


def _phrase_at(s: _Sent, i: int) -> tuple[str, int] | None:
    """The reporting phrase at token ``i``: (kind, index of the first token after it)."""
    w = s.ns[i]
    if w not in _phrase_firsts():
        return None
    ph = lx.phrases()
    nxt = s.ns[i + 1] if i + 1 < len(s.ns) else ""
    two = f"{w} {nxt}"
    if two in ph.get("according_verb", ()) and i + 2 < len(s.ns) and lx._cue_form(s.ns[i + 2]):
        return "according_verb", i + 2
    if w in ph.get("according_verb", ()) and nxt and lx._cue_form(nxt):
        return "according_verb", i + 1
    if w == "كما":
        return None
    if two in ph.get("according", ()):
        return "according", i + 2
    if f"{w} ل" in ph.get("according", ()) and nxt.startswith("ل") and len(nxt) > 3:
        return "according", i + 1  # وفقا لوزارة: the ل is on the next word
    if w in ph.get("according", ()):
        return "according", i + 1
    return None


@lru_cache(maxsize=1)
def _phrase_firsts() -> frozenset[str]:
    ph = lx.phrases()
    return frozenset(p.split()[0] for k in ("according", "according_verb") for p in ph.get(k, ()))


def _phrase_statements(s: _Sent, out: list[dict[str, Any]], refs: list[_Ref]) -> None:
    doc = s.doc
    ph = lx.phrases()
    not_source = ph.get("not_source", frozenset())
    particle = lx.adjuncts().get("particle", frozenset())
    outlets = _outlets()
    n = len(s.toks)
    consumed = -1
    for i in range(n):
        if not s.toks[i].is_word or s.inq[i] or i < consumed:
            continue
        hit = _phrase_at(s, i)
        if hit is None:
            continue
        kind, j = hit
        if j >= n:
            continue
        lead = all(s.ns[x] in particle or not s.toks[x].is_word for x in range(0, i))
        if kind == "according_verb":
            own = [st for st in out if st["cue_span"] and st["cue_span"]["start"] == s.toks[j].start]
            if own and lead:
                continue  # كما أعلن الجيش أن ...: the verb carries the statement
            for st in own:  # حسبما أكدت الوزارة: the content is the clause before
                out.remove(st)
        # the source phrase: up to the end of the sentence or the next comma not followed by نقلا عن
        k = j
        after = False  # the content follows the source: نقلا عن التحالف "هجوم ..."
        while k < n:
            t = s.toks[k]
            if not t.is_word and t.text(doc) in COMMAS:
                if k + 2 < n and f"{s.ns[k + 1]} {s.ns[k + 2]}" in ph.get("relay", ()):
                    k += 1
                    continue
                break
            if not t.is_word and t.text(doc) in ".!?؟" or (k in s.bounds and k > j):
                break
            if k > j and (t.text(doc) == ":" or t.text(doc) in OPEN_QUOTES and _quote_words(s, k) >= 3):
                after = True
                break
            k += 1
        src_end = k
        consumed = src_end
        gender, number = "m", "s"
        via: list[str] = []
        if kind == "according_verb":
            form = lx._cue_form(s.ns[j])
            gender, number = form.gender, form.number
            chunks, via = _region(s, j + 1, src_end)
            chunks, via = _split_relay(s, chunks, via)
            if lx.verb(form.lemma).flags & {"relay"}:
                chunks, via = _relay(s, chunks, via)
            if form.suffix and not chunks:
                gender, number = ("f", "s") if form.suffix == "ها" else ("m", "p") if form.suffix in ("هم", "هما") else ("m", "s")
        else:
            first = s.ns[j][1:] if s.ns[j].startswith("ل") and s.ns[i] in ("وفقا", "ووفقا", "طبقا") else s.ns[j]
            if first in not_source or _bare(first) in not_source:
                continue
            # "بحسب حصيلة أوردتها اللجنة": the source is the subject of the verb inside
            inner = next((x for x in range(j, src_end) if s.toks[x].is_word and lx._cue_form(s.ns[x])), None)
            if inner is not None and inner + 1 < src_end:
                chunks, via = _region(s, inner + 1, src_end)
            else:
                chunks, via = _region(s, j, src_end, keep_first=True)
            chunks, via = _split_relay(s, chunks, via)
            if chunks:
                h = _head(s.ns[chunks[0][0]])
                if h:
                    gender, number = h
                elif s.ns[chunks[0][1] - 1].endswith("ه"):
                    gender = "f"
        if not chunks and kind != "according_verb":
            continue
        # where the content is: before the phrase, or after it when the phrase opens the sentence
        if after:
            quote = s.toks[src_end].text(doc) in OPEN_QUOTES
            span = _content(s, src_end if quote else src_end + 1, quote)
        elif lead:
            if src_end >= n - 1:
                continue
            later = [st for st in out if st["_pos"] > s.toks[i].start]
            if later:  # وحسب رويترز، أضاف ماكرون أن ...: the channel of that statement
                if chunks and any(_bare(s.ns[x]) in outlets or s.ns[x] in outlets for x in range(*chunks[0])):
                    later[0]["via"] = later[0]["via"] + via + [_via_text(s, chunks[0][0], chunks[0][1] - 1)]
                continue
            cstart = src_end + 1
            span = _content(s, cstart, False)
        else:
            owner = next((st for st in out if st["_end"] == i or st["_end"] == i - 1), None)
            if owner is not None:
                names = [_via_text(s, a, b - 1) for a, b in chunks] if chunks else []
                is_outlet = chunks and any(_bare(s.ns[x]) in outlets or s.ns[x] in outlets for x in range(chunks[0][0], chunks[0][1]))
                if is_outlet or not chunks:
                    owner["via"] = owner["via"] + via + names[:1]
                    continue
            cstart = _clause_start(s, i, out)
            if cstart is None:
                continue
            span = _content(s, cstart, False)
            if span is not None:
                span = (span[0], s.toks[i - 1].end if i > 0 else span[1], i)
        if span is None:
            continue
        c = _span(doc, span[0], span[1])
        if len(c["text"].split()) < 2:
            continue
        speaker = _party(s, chunks) if chunks else _resolve(refs, s.toks[i].start, gender, number)
        if chunks and speaker:
            refs.append(_Ref(s.toks[i].start, speaker, gender, number))
        cue_end = s.toks[j].end if kind == "according_verb" else s.toks[j - 1].end
        sent = doc.sentences[s.index]
        out.append(
            {
                "speaker": speaker,
                "cue": doc.text[s.toks[i].start : cue_end],
                "cue_span": doc.span(s.toks[i].start, cue_end),
                "kind": "indirect",
                "content": c["text"],
                "content_span": c,
                "via": via,
                "evidence": doc.span(sent.start, sent.end),
                "_end": span[2],
                "_pos": s.toks[i].start,
            }
        )


def _split_relay(s: _Sent, chunks: list[tuple[int, int]], via: list[str]) -> tuple[list[tuple[int, int]], list[str]]:
    """``وكالة أرمنبرس، نقلا عن مكتب الرئيس``: the chunks before نقلا عن are channels."""
    for ci, (a, b) in enumerate(chunks):
        for k in range(a, b - 1):
            if s.ns[k] == "نقلا" and s.ns[k + 1] == "عن":
                before = [(x, y) for x, y in chunks[:ci]] + ([(a, k)] if k > a else [])
                after = ([(k + 2, b)] if k + 2 < b else []) + chunks[ci + 1 :]
                return after, via + [_via_text(s, x, y - 1) for x, y in before]
    return chunks, via


def _clause_start(s: _Sent, i: int, out: list[dict[str, Any]]) -> int | None:
    """Where the clause that a trailing ``بحسب X`` closes begins."""
    particle = lx.adjuncts().get("particle", frozenset())
    start = 0
    for st in out:
        if st["_end"] <= i and st["evidence"]["start"] == s.doc.sentences[s.index].start:
            start = max(start, st["_end"])
    while start < i and (not s.toks[start].is_word or s.ns[start] in particle):
        start += 1
    return start if start < i else None


# -- the lead that lost its verb --------------------------------------------------------------


def _lost_verb_lead(s: _Sent, cues: list[_Cue]) -> dict[str, Any] | None:
    """``الرئيس الروسي، فلاديمير بوتين، الخميس، أن ...``: a subject and an أن clause, no verb."""
    n = len(s.toks)
    comp = next((k for k in range(min(n, MAX_REGION)) if s.ns[k] in lx.COMPLEMENTIZERS), None)
    if comp is None or comp < 1 or any(c.a < comp for c in cues):
        return None
    if s.toks[comp - 1].is_word or not s.toks[0].is_word:
        return None
    if not (s.ns[0].startswith("ال") or _named(s, 0)):
        return None
    chunks, via = _region(s, 0, comp)
    if not chunks:
        return None
    span = _content(s, comp, False)
    if span is None:
        return None
    c = _span(s.doc, span[0], span[1])
    sent = s.doc.sentences[s.index]
    return {
        "speaker": _party(s, chunks),
        "cue": None,
        "cue_span": None,
        "kind": "indirect",
        "content": c["text"],
        "content_span": c,
        "via": via,
        "evidence": s.doc.span(sent.start, sent.end),
        "_end": span[2],
        "_pos": s.toks[0].start,
    }


# -- the layer --------------------------------------------------------------------------------


_norm = lru_cache(maxsize=100_000)(normalize)


def _sentence(doc: Doc, sent: Any, toks: list[Token]) -> _Sent:
    text = doc.text
    ns = [_norm(text[t.start : t.end]) for t in toks]
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


def _subject_ref(s: _Sent, upto: int, refs: list[_Ref]) -> None:
    """The subject of a verb before the first cue of a sentence, as a referent for its pronoun
    (``كما استهدف الرئيس الأرميني تركيا، متهما ...``، ``أصدر الوزير بيانا انتقد فيه ...``)."""
    particle, prep = lx.adjuncts().get("particle", frozenset()), lx.adjuncts().get("prep", frozenset())
    for j in range(0, min(upto, len(s.toks)) - 1):
        w, k = s.ns[j], j + 1
        if not s.toks[j].is_word or w.startswith("ال") or w in particle or w in prep or _is_time(s, j):
            continue
        if _head(w) or s.toks[j].start in _named_tokens(s.doc):
            continue  # a noun, not the verb of the clause
        if not s.toks[k].is_word or not (_head(s.ns[k]) or s.toks[k].start in _named_tokens(s.doc)):
            continue
        if s.ns[k] in prep or _lb_prefixed(s, k):
            continue
        end = _chunk_end(s, k)
        gender = "f" if s.toks[j].text(s.doc).endswith("ت") else "m"
        refs.append(_Ref(s.toks[k].start, _party(s, [(k, end)]), gender, "s"))
        return


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["statements"]`` (see the module docstring).

    >>> from marsad.doc import Doc
    >>> from marsad.text.segment import segment
    >>> d = Doc.build("ولم تعلن الشرطة أي حصيلة.")
    >>> segment(d); annotate(d)
    >>> d.layers["statements"]
    []
    """
    out: list[dict[str, Any]] = []
    refs: list[_Ref] = []
    first_body = True
    contrast = lx.adjuncts().get("contrast", frozenset())
    links = lx.adjuncts().get("clause_link", frozenset())
    watch = contrast | {"في"} | _phrase_firsts()
    hedge = lx.adjuncts().get("hedge", frozenset())
    by_sent: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sent.setdefault(t.sent, []).append(t)
    for sent in doc.sentences:
        s = _sentence(doc, sent, by_sent.get(sent.index, []))
        if not s.toks:
            continue
        found: list[dict[str, Any]] = []
        cues = _find_cues(s, refs)
        # boundaries: clause-initial cues, reporting phrases, contrasts
        for c in cues:
            linked = c.a > 0 and s.ns[c.a - 1] in links
            if c.form.prefix or (c.a > 0 and not s.toks[c.a - 1].is_word) or c.form.aspect == "part" or linked:
                s.bounds.add(c.a)
                if linked:
                    s.bounds.add(c.a - 1)
        for k, w in enumerate(s.ns):
            if w not in watch or s.inq[k]:
                continue
            if w in contrast or (w == "في" and k + 1 < len(s.ns) and s.ns[k + 1] == "حين"):
                if not (k + 1 < len(s.ns) and s.ns[k + 1] in hedge):
                    s.bounds.add(k)
            elif k > 0 and _phrase_at(s, k):
                s.bounds.add(k)
        if not sent.in_title and first_body:
            first_body = False
            lead = _lost_verb_lead(s, cues)
            if lead:
                found.append(lead)
                refs.append(_Ref(lead["_pos"], lead["speaker"], "m", "s"))
        if cues and cues[0].a > 1:
            _subject_ref(s, cues[0].a, refs)
        prev_end = -1
        for c in cues:
            st = _statement(s, c, refs, prev_end)
            prev_end = c.b
            if st is not None:
                found.append(st)
        _phrase_statements(s, found, refs)
        out += found
    out.sort(key=lambda st: st["_pos"])
    for k, st in enumerate(out, 1):
        st.pop("_end", None)
        st.pop("_pos", None)
        st["id"] = f"s{k}"
    doc.layers["statements"] = [{"id": st["id"], **{k: v for k, v in st.items() if k != "id"}} for st in out]

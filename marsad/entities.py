"""Entities of an article: the tagger's mentions completed, grouped, named and given their roles.

Reads ``doc.tokens`` and ``doc.layers["mentions"]`` (``{start, end, type, text}`` from
:mod:`marsad.ner`, which misses, splits and mistypes names) and fills ``doc.layers["entities"]``
with one item an entity::

    {"id": "e1", "type": "PER", "name": "فلاديمير بوتين",
     "mentions": [{"start", "end", "text"}, ...],      # every mention; role mentions add "role": True
     "roles": ["الرئيس الروسي"], "names": ["فلاديمير بوتين", "بوتين", "الرئيس الروسي"]}

What the rules add to the tagger (the Arabic lives in ``lexicon/entities_*.tsv``):

- known names and news agencies, matched word by word after normalization with the clitics
  outside the span: ``لمنظمة الأمن والتعاون في أوروبا``, ``بحسب فرانس برس``;
- organizations opened by a head word (وزارة، وكالة، منظمة، مجلس، الاتحاد، قوات...) and read
  through their Arabic chain: the genitive right after an indefinite head (``وزارة الدفاع``,
  ``وكالة "أرمنبرس"``, ``حركة حماس``), then only adjectives (nisba -ي/-ية, participles م…,
  nationalities: ``الأذربيجانية``), ``لـ`` complements (``المرصد السوري لحقوق الإنسان``), and a
  place after في (``وزارة الدفاع في إقليم ناغورنو كاراباخ``); the chain stops at verbs, other
  prepositions, time words and punctuation, so ``أدانت منظمة الصحة العالمية الهجوم`` gives
  ``منظمة الصحة العالمية``; ministries named by their domain alone (``دعت الخارجية الأرمينية``);
- roles (a title and its chain: ``وزير الخارجية الروسي``, ``مستشار علييف للسياسة الخارجية``,
  ``المتحدث باسم وزارة الخارجية``, ``رئيس جنوب أفريقيا``, ``الرئيس الأمريكي السابق``) and the
  person they introduce, with or without commas (``الرئيس الأرميني، أرمين سركيسيان،`` / ``وزير
  الخارجية الروسي سيرغي لافروف``), or the person named just before them between commas (``قال
  أنور قرقاش، وزير الدولة للشؤون الخارجية،``); titles in a row share the person (``قائد الجيش
  الوطني الليبي المشير خليفة حفتر``). A name is read from the tagger's person mention at that
  place, else from words that read as names in news counts (never the article, rarely و: بوتين،
  لافروف; not وقال، العدد), joined by عبد/أبو/بن/آل and ended by a family name (``بشار الأسد``);
- every other occurrence of a name already found (``بوريل`` → ``لبوريل``), and the first and last
  words of a person's name (``باشينيان`` after ``نيكول باشينيان``);
- fixes to the tagger's spans: adjacent person pieces joined and two persons joined by و split
  (``مراد الدوبلي وحسن باصريع``); a trailing present verb (news writes it with the future س:
  ``زوما يستقيل``), preposition, pronoun-suffixed word or adjective dropped, and a leading role
  (``الأرميني لبوريل`` → ``بوريل``); a surname added when the tagger calls it a person elsewhere
  in the article, when news never uses the word, or when it is a family name with the article
  (``إيمانويل`` + ``ماكرون``, ``بشار`` + ``الأسد``); bare nationality adjectives and titles
  dropped; a name after a place word (إقليم، مدينة، محافظة...) typed LOC.

Grouping: mentions with the same words (the plural's cases folded: الحوثيون = الحوثيين) are one
entity whatever type the tagger gave them; a shorter mention that is a run of words of a fuller one
of the same type joins it (``باشينيان`` → ``نيكول باشينيان``, ``الدفاع الأذربيجانية`` → ``وزارة
الدفاع الأذربيجانية``), the nearest preceding one when several fit, but not a run that starts at a
clitic inside it (``مجموعة مينسك`` is not ``الرئاسة المشتركة لمجموعة مينسك``). The type is the
rules' where a rule found the entity, else the tagger's majority.

Roles: a role goes to the person it is in apposition with, and a later use of the same role
(``الرئيس الأرميني``; ``رئيس وزراء أرمينيا`` = ``رئيس الوزراء الأرميني``: nationality and
country fold to one key) to that person; a role already held by a named person is not moved by a
later false apposition. A role never seen in apposition goes to the one person whose role contains
it (``الوزير``، ``الوزير الإيراني`` → the only foreign minister of the article; never ``الرئيس`` →
``رئيس الوزراء``: a compound title is another office); otherwise, if it names a country or a body
(``رئيس الوزراء الأرميني``), it becomes a person of its own named by the role, and if it is bare
(``الرئيس`` with two presidents in the article) it is dropped. There is no guess by nationality
alone: ``رئيس الوزراء الأرميني`` is not joined to ``نيكول باشينيان`` unless the article puts them
in apposition. The name of an entity is its fullest proper-name form, never a role unless only
roles name it; ``names`` adds the short forms seen, the last word of a person's name and
a ministry without وزارة (``الدفاع الأذربيجانية``), then the roles.

API for the later stages (lookups bisect a sorted list of mention starts, built once a doc):

- :func:`entity_at` ``(doc, start, end)``: the entity whose mention best covers a span, or None;
- :func:`entity_by_id` ``(doc, "e3")``;
- :func:`mentions_in` ``(doc, start, end)``: the mentions inside a span, each with its ``entity`` id;
- :func:`party` ``(doc, entity_or_id, span=None)``: ``{"name", "entity", "names", "span"}``.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("قال وزير الخارجية الروسي سيرغي لافروف إن لافروف سيزور دمشق.")
>>> segment(doc)
>>> annotate(doc)
>>> e = entity_at(doc, doc.text.index("لافروف إن"), doc.text.index(" إن"))
>>> e["name"], e["roles"]
('سيرغي لافروف', ['وزير الخارجية الروسي'])
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.doc import Doc
from marsad.text.normalize import normalize
from marsad.text.vocab import counts

TYPES = ("PER", "ORG", "LOC", "MISC")
QUOTES = frozenset("\"«»“”„'")
COMMAS = frozenset("،,")
#: words that join the parts of a person's name: عبد الله، أبو بكر، بن سلمان، آل ثاني
NAME_LINKS = frozenset({"عبد", "ابو", "بن", "ابن", "ال", "بنت", "ولد", "ام", "دي", "فان", "فون"})
#: pronoun suffixes that mark a common noun (قواتها، جنودهم); a final ي is kept (الروسي، علييف)
PRONOUNS = frozenset({"ها", "هم", "هما", "هن", "كم", "كما", "نا"})
MAX_NAME = 4  # words in a person's name read after a title
COMMON = 50_000  # a word seen this often in news is never spread as a name (علي = على)
RARE_NAME = 50  # a word this rare in news, after a person's name, is more of the name
KNOWN_PLACE = 300  # a name seen this often in news, after an organization and في, is its place
RARE = 1_500  # a word rarer than this after a weak head (حركة حماس) reads as the body's name


# -- language data --------------------------------------------------------------------------


def _norm_set(name: str, col: int = 0) -> frozenset[str]:
    return frozenset(normalize(row[col]) for row in lexicon.table(name) if len(row) > col)


@lru_cache(maxsize=1)
def _maqsura_stops() -> frozenset[str]:
    """The stop words written with a final ى (على، إلى، لدى), normalized (علي، الي، لدي)."""
    return frozenset(normalize(r[0]) for r in lexicon.table("entities_stop") if r and r[0].endswith("ى"))


def _stop_word(doc: Doc, w: _W) -> bool:
    """Whether ``w`` is a stop word of ``entities_stop.tsv``. A word written with a final ي where
    the stop word has ى is a name, not the preposition: "محمد علي"، "حسين علي" (not "على")."""
    if w.form not in _lex().stop:
        return False
    return not (w.form in _maqsura_stops() and doc.text[w.start : w.end].endswith("ي"))


def _strip_al(form: str) -> str:
    return form[2:] if form.startswith("ال") and len(form) > 4 else form


@dataclass(frozen=True)
class _Lex:
    titles: frozenset[str]
    nationality: dict[str, str]
    countries: frozenset[str]
    heads: dict[str, str]
    media: frozenset[str]  # heads of outlets: وكالة، صحيفة، قناة
    domains: frozenset[str]
    ministries: frozenset[str]  # domains that name a ministry with a nationality: الدفاع الروسية
    multi_countries: dict[str, tuple[tuple[str, ...], ...]]  # جنوب → (جنوب, افريقيا)
    links: dict[str, str]
    stop: frozenset[str]
    adjectives: frozenset[str]
    place_heads: frozenset[str]
    compound: frozenset[str]
    regnal: frozenset[str]  # الثاني in عبدالله الثاني
    months: frozenset[str]  # في نوفمبر is a time, not a place after an organization
    clause: frozenset[str]  # إن، أن: never inside a name
    known: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word → (words, type)


@lru_cache(maxsize=1)
def org_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The words that head an organization's name (منظمة، شبكة، صحيفة) and, among them, those of a
    news medium (وكالة، صحيفة، قناة), normalized (lexicon entities_org_heads)."""
    lex = _lex()
    return frozenset(lex.heads), lex.media


def countries() -> frozenset[str]:
    """Country names, normalized, with and without the article (``entities_countries.tsv`` and the
    countries of ``entities_nationality.tsv``): روسيا، الولايات المتحدة."""
    return _lex().countries


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    nat = {normalize(r[0]): normalize(r[1]) for r in lexicon.table("entities_nationality")}
    countries = _norm_set("entities_countries") | frozenset(nat.values())
    multi: dict[str, list[tuple[str, ...]]] = {}
    for c in countries:
        if " " in c:
            multi.setdefault(c.split()[0], []).append(tuple(c.split()))
    known: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    rows = [(r[0], "ORG") for r in lexicon.table("entities_agencies")]
    rows += [(r[0], r[1] if len(r) > 1 else "ORG") for r in lexicon.table("entities_orgs")]
    for name, typ in rows:
        words = tuple(normalize(w) for w in name.split())
        known.setdefault(words[0], []).append((words, typ))
    return _Lex(
        titles=frozenset(_strip_al(w) for w in _norm_set("entities_titles")),
        nationality=nat,
        countries=frozenset(_strip_al(c) for c in countries) | countries,
        heads={normalize(r[0]): r[1] for r in lexicon.table("entities_org_heads")},
        media=frozenset(normalize(r[0]) for r in lexicon.table("entities_org_heads") if r[2:] == ("media",)),
        domains=_norm_set("entities_ministries"),
        ministries=frozenset(
            normalize(r[0]) for r in lexicon.table("entities_ministries") if r[1:] == ("ministry",)
        ),
        multi_countries={k: tuple(v) for k, v in multi.items()},
        links={normalize(r[0]): (r[1] if len(r) > 1 else "ل") for r in lexicon.table("entities_links")},
        stop=_norm_set("entities_stop"),
        adjectives=_norm_set("entities_adjectives"),
        place_heads=_norm_set("entities_place_heads"),
        compound=_norm_set("entities_compound_titles"),
        regnal=_norm_set("entities_regnal"),
        months=_norm_set("dates_months"),
        clause=frozenset(normalize(r[0]) for r in lexicon.table("entities_stop") if r[1:2] == ("clause",)),
        known={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in known.items()},
    )


# -- the words of the article -----------------------------------------------------------------


@dataclass(slots=True)
class _W:
    """One token as the rules see it: its form keeps the article and drops other clitics."""

    form: str  # normalized; و/ب/ل/ف/ك and pronoun suffixes removed, ال kept (للاتحاد → الاتحاد)
    bare: str  # without the article
    start: int  # span start, after the non-article clitics
    end: int  # span end, before a pronoun suffix
    pre: str  # the non-article proclitics, normalized ("", "و", "ل", "وب"...)
    word: bool
    definite: bool
    enclitic: bool
    ch: str  # the character of a punctuation token
    surf: str  # the whole token, normalized (والتعاون)
    tail: int = -1  # the token's end, its pronoun suffix included (ولايته)


def _words(doc: Doc) -> list[_W]:
    text, out = doc.text, []
    cache = _WORD_CACHE
    if len(cache) > 200_000:
        cache.clear()
    for t in doc.tokens:
        if not t.is_word:
            out.append(
                _W(t.norm, t.norm, t.start, t.end, "", False, False, False, text[t.start : t.end], t.norm)
            )
            continue
        key = (text[t.start : t.end], t.stem_start - t.start, t.stem_end - t.start, t.norm)
        v = cache.get(key)
        if v is None:
            v = cache[key] = _word(*key)
        form, ds, de, pre, definite, enclitic, surf = v
        bare = form[2:] if definite else form
        out.append(_W(form, bare, t.start + ds, t.start + de, pre, True, definite, enclitic, "", surf, t.end))
    return out


_WORD_CACHE: dict[tuple[str, int, int, str], tuple[str, int, int, str, bool, bool, str]] = {}


def _word(tok: str, ss: int, se: int, norm: str) -> tuple[str, int, int, str, bool, bool, str]:
    """``(form, start, end, proclitics, definite, enclitic, surf)`` of one word, offsets in ``tok``."""
    pre, start, end, enclitic, form = "", ss, len(tok), False, norm
    if se < len(tok):
        suffix = normalize(tok[se:])
        # (كلمته، رسالته: the stem is written with ت, its norm with ة → ه)
        enclitic = suffix in PRONOUNS or (suffix == "ه" and (norm.endswith("ت") or tok[ss:se].endswith("ت")))
        end = se if enclitic else len(tok)
        form = norm if enclitic else norm + suffix
    surf, lil = form, False
    if ss > 0:
        raw = tok[:ss]
        p = normalize(raw)
        surf = p + form
        if p.endswith("ال"):
            pre, form = p[:-2], "ال" + form
            k = raw.rfind("ال")
            if k < 0 and len(raw) == len(p):  # إلهام: a hamza, so no article
                k = len(pre)
            start = k if k >= 0 else ss
        elif p.endswith("لل"):
            pre, form, lil = p[:-1], "ال" + form, True
        else:
            pre = p
    # the article is never written with a hamza: إلهام is a name, not ال + هام
    definite = len(form) > 4 and form.startswith("ال") and (lil or tok[start] not in "أإآ")
    return form, start, end, pre, definite, enclitic, surf


def _nationality(w: _W) -> str | None:
    """The country of a nationality adjective: الروسي، الروسية → روسيا."""
    return _country_of(w.bare)


@lru_cache(maxsize=50_000)
def _country_of(b: str) -> str | None:
    nat = _lex().nationality
    return nat.get(b) or (nat.get(b[:-1]) if b.endswith("ه") else None)


def _adjective(w: _W) -> bool:
    """A definite word shaped like an adjective: nisba (الدولي، العالمية), participle (المتحدة)."""
    b = w.bare
    return (
        b.endswith(("ي", "يه"))
        or (b.startswith("م") and len(b) >= 5 and not b.endswith(("ين", "ون", "ات")))
        or b in _lex().adjectives
        or _nationality(w) is not None
    )


def _namelike(w: _W) -> bool:
    """A word that reads as a proper name: not a particle, verb, common noun or adjective.

    Decided from news counts: nouns take the article (عدد → العدد), verbs take و (قال → وقال),
    names do neither (بوتين، لافروف); a word never seen in the counts reads as a name.
    """
    return w.word and not w.enclitic and not w.definite and _namelike_form(w.form)


@lru_cache(maxsize=100_000)
def _namelike_form(f: str) -> bool:
    lx = _lex()
    if len(f) < 2 or not f.isalpha():
        return False
    if f in lx.stop or f in lx.titles or f in lx.heads or f in lx.domains or _country_of(f):
        return False
    c = counts()
    n = c.get(f, 0)
    if n == 0:
        return True
    if _future(f):
        return False  # ينتهج، يستقيل
    al, wa = c.get("ال" + f, 0) / n, c.get("و" + f, 0) / n
    if f.endswith("ا") and (c.get(f[:-1], 0) > 0.3 * n or (f[0] == "م" and (len(f) > 5 or c.get(f[:-1], 0)))):
        return False  # متوعدا، مؤكدا، مشيرا: the accusative of a common word or participle
    if f.endswith("ه") and (c.get("ال" + f[:-1], 0) > n or c.get(f[:-1], 0) > n):
        return False  # بلاده، قوله: a noun with a pronoun the splitter kept
    if f.endswith("ته") and c.get("ال" + f[:-2] + "ه", 0) > n:
        return False  # قضيته: قضية + his
    if f[0] == "م" and f.endswith("ه") and len(f) >= 5:
        return False  # منتقدة، مؤكدة: a feminine participle
    return al < 0.6 and wa < (0.08 if f[0] in "يتن" else 0.13)


def _future(f: str) -> bool:
    """A present verb: news also writes it with the future س (يفكر → سيفكر); names never."""
    c = counts()
    return f[:1] in "يتنا" and c.get("س" + f, 0) >= 0.05 * c.get(f, 0) + 1


def _verblike(w: _W, imperfect: float = 0.08) -> bool:
    """A word that reads as a verb: often with و (وقال، وأعلنت), never with the article.

    ``imperfect`` is the share of و needed by a word that opens like a present verb (ي، ت، ن)."""
    c, f = counts(), w.form
    n = c.get(f, 0)
    return (
        n > 0
        and c.get("ال" + f, 0) < 0.05 * n
        and c.get("و" + f, 0) >= (imperfect if f[0] in "يتن" else 0.13) * n
    )


def _family(w: _W) -> bool:
    """A definite word that ends a person's name: الأسد، السيسي (the bare word is rare alone)."""
    if not w.word or not w.definite or w.enclitic or w.pre or w.form in _lex().stop:
        return False
    if w.bare.endswith(("ين", "ون", "ات")) or (w.bare.startswith("م") and len(w.bare) >= 5):
        return False  # الراقدين، المتدربة: a plural or a participle, not a family
    lx = _lex()
    if w.bare in lx.heads or w.bare in lx.place_heads:
        return False  # أردوغان القنصلية السعودية: the head of a body or a place is no family (but a title
        # may be one: سامي المرشد)
    c = counts()
    n = c.get(w.form, 0)
    # the adjective has a frequent feminine (الملكي/الملكية); the family name does not (الأسد)
    return c.get(w.bare, 0) < 0.3 * n + 3 and c.get(w.form + "ه", 0) <= 0.3 * n


# -- candidate mentions -------------------------------------------------------------------------


@dataclass(slots=True)
class _M:
    """A candidate mention over tokens ``[i, j)``."""

    i: int
    j: int
    type: str
    prio: int  # 3 lexicon, 2 rule, 1 tagger, 0 spread
    key: tuple[str, ...] = ()
    entity: int = -1
    clitic: tuple[bool, ...] = ()  # for each word of the key: a proclitic before it (لمجموعة)


@dataclass(slots=True)
class _Role:
    i: int
    j: int
    key: tuple[str, ...]
    person: int = -1  # index of the name mention in apposition, if any
    entity: int = -1


@dataclass
class _State:
    text: str
    ws: list[_W]
    taken: list[bool]  # tokens inside a name of the lexicons
    ner_start: dict[int, tuple[int, str]] = field(default_factory=dict)  # token → (end token, type)
    ner_end: dict[int, tuple[int, str]] = field(default_factory=dict)  # end token → (start, type)
    org_start: dict[int, int] = field(default_factory=dict)  # token → end token of a body found


def _tok_range(starts: list[int], ws: list[_W], start: int, end: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, start) - 1
    i = max(i, 0)
    while i < len(ws) and ws[i].end <= start:
        i += 1
    j = i
    while j < len(ws) and ws[j].start < end:
        j += 1
    return (i, j) if j > i else None


def _surname(w: _W, person_words: set[str]) -> bool:
    """A word that goes on a person's name: one the tagger calls a person elsewhere in the article
    (ماكرون), a word news never uses (كالين، حاجييف), or a family name with the article (الأسد)."""
    if not w.word or w.pre or w.enclitic or w.form in _lex().stop:
        return False
    if w.form in person_words or (_namelike(w) and counts().get(w.form, 0) < RARE_NAME):
        return True
    return _family(w)


def _apposed_surname(ws: list[_W], j: int, dates: list[tuple[int, int]]) -> bool:
    """The word at ``j``, right after a person's name the tagger cut short, goes on the name where a
    comma and a description follow it (a title, or a word with the article): "منال الشريف، الناشطة في"،
    "ستيفن أدلر، رئيس التحرير"; not a day, a title, a nationality, a verb or a word with a clitic
    ("بوتين الجمعة، في مؤتمر"; "بلوش" read as ب + لوش is left out too)."""
    if j + 2 >= len(ws):
        return False
    w, comma, desc = ws[j], ws[j + 1], ws[j + 2]
    lx = _lex()
    if not w.word or w.pre or w.enclitic or w.form in lx.stop or w.bare in lx.titles or w.form in lx.months:
        return False
    if _nationality(w) or _in_date(dates, w.start) or _verblike(w) or any(c.isdigit() for c in w.form):
        return False
    if comma.word or comma.ch not in ("،", ","):
        return False
    return desc.word and not desc.pre and desc.form not in lx.stop and (desc.bare in lx.titles or desc.definite)


def _trailing_junk(w: _W, before: _W) -> bool:
    """The last word of a tagger's person mention that is no part of the name (``ترامب يفكر``,
    ``نجيب البالغ``, ``زوما بالفساد``), but not ``بشار الأسد``، ``عبد الله``، ``نصر الله``."""
    f = w.form
    return (
        not w.word
        or w.enclitic
        or f in _lex().stop and f not in _maqsura_stops()  # (على written so was trimmed before: علي is a name)
        or any(ch in w.pre for ch in "بلكف")
        or (f[:1] in "يتنا" and (_verblike(w, 0.2) or _future(f)))
        or (w.definite and f != "الله" and before.form not in NAME_LINKS and not _family(w))
    )


def _tagger(doc: Doc, ws: list[_W]) -> list[_M]:
    """The tagger's mentions on token ranges, mended: punctuation, bare descriptors (الروسي،
    الرئيس) and a trailing verb or preposition dropped (زوما يستقيل، زوما بالفساد), a surname added
    (إيمانويل + ماكرون), two persons joined by و split, adjacent pieces of one name joined."""
    lx = _lex()
    starts = [w.start for w in ws]
    dates = sorted((d["start"], d["end"]) for d in doc.layers.get("dates") or [] if isinstance(d, dict) and "start" in d)
    found: list[tuple[int, int, str]] = []
    for m in doc.layers.get("mentions") or []:
        try:
            s, e, typ = int(m["start"]), int(m["end"]), str(m.get("type") or "MISC")
        except (KeyError, TypeError, ValueError):
            continue
        r = _tok_range(starts, ws, s, e) if 0 <= s < e <= len(doc.text) else None
        if r is None:
            continue
        i, j = r
        while i < j and not ws[i].word:
            i += 1
        while j > i and not ws[j - 1].word:
            j -= 1
        if i == j or (
            j - i == 1
            and (_stop_word(doc, ws[i]) or ws[i].bare in lx.titles or _nationality(ws[i]))
        ):
            continue
        typ = typ if typ in TYPES else "MISC"
        cut = next(
            (
                x
                for x in range(i + 1, j)
                if _in_date(dates, ws[x].start) or ws[x].surf in lx.clause and len(ws[x - 1].surf) > 2
            ),
            j,
        )  # وكالة رويترز في نوفمبر: a date ends a name; الوكالة إن الأوروبيين: so does إن (not سي إن بي سي)
        j = cut
        while j - i > 1 and _stop_word(doc, ws[j - 1]):
            j -= 1  # "وكالة أعماق التي": a relative or a preposition ends no name (but محمد علي is one)
        while typ == "PER" and j - i > 1 and _trailing_junk(ws[j - 1], ws[j - 2]):
            j -= 1
        found.append((i, j, typ))
    # the words the tagger calls persons anywhere in the article: ماكرون here → إيمانويل ماكرون there
    person_words = {ws[x].form for i, j, typ in found if typ == "PER" for x in range(i, j)}
    out: list[_M] = []
    for i, j, typ in found:
        if typ != "PER":
            if (
                typ == "LOC"
                and out
                and out[-1].type == "LOC"
                and out[-1].j == i
                and not ws[i].pre
                and ws[i - 1].bare in lx.place_heads
            ):
                out[-1].j = j  # شبه جزيرة + سيناء: a place word the tagger cut from its name
                continue
            if (
                typ == "LOC"
                and out
                and out[-1].type == "LOC"
                and out[-1].j == i
                and out[-1].j - out[-1].i == 1
                and j - i == 1
                and not ws[i].pre
                and _place_part(ws[i - 1])
                and _place_part(ws[i])
            ):
                out[-1].j = j  # خان + يونس: two parts of one place name the tagger split
                continue
            out.append(_M(i, j, typ, 1))
            continue
        apposed = j < len(ws) and "\n" not in doc.text[ws[j - 1].end : ws[j].start] and _apposed_surname(ws, j, dates)
        if j < len(ws) and (_surname(ws[j], person_words) or apposed):
            j += 1
        if j < len(ws) and ws[j].word and not ws[j].pre and ws[j].form in lx.regnal:
            j += 1  # عبدالله الثاني، محمد السادس: the ordinal is part of the name
            if j < len(ws) and ws[j].word and not ws[j].pre and ws[j].form in ("عشر", "عشره"):
                j += 1  # بنديكت السادس عشر
        cuts = [i] + [x for x in range(i + 1, j) if ws[x].pre.startswith("و")] + [j]
        for a, b in zip(cuts, cuts[1:], strict=False):
            if out and out[-1].type == "PER" and out[-1].j == a and not ws[a].pre:
                out[-1].j = b  # فلاديمير + بوتين: pieces of one name
            else:
                out.append(_M(a, b, "PER", 1))
    return out


def _in_date(dates: list[tuple[int, int]], start: int) -> bool:
    """A word starting at ``start`` lies inside one of the (sorted) date spans."""
    k = bisect.bisect_right(dates, (start, 1 << 30)) - 1
    return k >= 0 and dates[k][0] <= start < dates[k][1]


def _known(ws: list[_W]) -> list[_M]:
    """Names of the lexicons (agencies, organizations without a head), longest first."""
    known, out, k = _lex().known, [], 0
    while k < len(ws):
        hit = None
        for words, typ in known.get(ws[k].form, ()):
            n = len(words)
            if all(k + x < len(ws) and (ws[k + x].surf if x else ws[k].form) == words[x] for x in range(n)):
                hit = _M(k, k + n, typ, 3)
                break
        if hit:
            out.append(hit)
            k = hit.j
        else:
            k += 1
    return out


def _chain(st: _State, k: int, lim: int, genitive: bool) -> tuple[int, str | None, bool]:
    """Read the words after a head or a title: ``(end token, country, proper name seen)``.

    ``genitive`` is true after an indefinite head (وزارة، رئيس), which takes a genitive noun or
    name; after a definite word only adjectives and لـ complements follow.
    """
    lx, ws = _lex(), st.ws
    country: str | None = None
    proper, in_link, after_gen = False, False, False
    while k < lim:
        w = ws[k]
        if not w.word:
            close = k + 1  # وكالة "أرمنبرس"، صحيفة "واشنطن بوست": a quoted name of a few words
            while genitive and close < lim and close - k <= MAX_NAME and ws[close].word:
                close += 1
            if close > k + 1 and close < lim and ws[close].ch in QUOTES and ws[k + 1].form not in lx.stop:
                k, proper, genitive = close + 1, True, False
                continue
            break
        if w.enclitic and k > 0 and w.bare in lx.adjectives and ws[k - 1].definite and _adjective(ws[k - 1]):
            k += 1  # الرئيس المنتهية ولايته: his term, part of the title
            continue
        if w.form in lx.stop or w.enclitic:
            break
        if w.pre:
            link = lx.links.get(w.bare)
            # للاتحاد الأوروبي joins a role, لوكالة فرانس برس ("told AFP") does not
            heads = w.bare in lx.heads and w.bare not in lx.media
            if (w.pre == "ل" and (link == "ل" or heads)) or (w.pre == "ب" and link == "ب"):
                in_link, genitive = True, not w.definite
            elif not (w.pre == "و" and (in_link or after_gen) and w.definite):
                break
            k += 1
            continue
        nat = _nationality(w)
        if w.definite:
            if not genitive and not _adjective(w):
                break
            country = country or nat or (w.form if w.form in lx.countries else None)
            # هيئة الإذاعة والتلفزيون: a genitive noun may be joined by و
            after_gen, genitive = genitive and not _adjective(w), False
            k += 1
            continue
        after_gen = False
        if not genitive or nat:
            break  # محكمة أمريكية: an indefinite nationality is "an American court", not a name
        multi = _multi_country(ws, k, lim)
        if multi > k:
            country, proper, genitive = country or " ".join(x.form for x in ws[k:multi]), True, False
            k = multi
        elif w.form in lx.countries:
            country, proper, genitive = country or w.form, True, False
            k += 1
        elif k in st.org_start:  # المتحدث باسم حركة حماس: a body already read
            k, proper, genitive = st.org_start[k], True, False
        elif k in st.ner_start and st.ner_start[k][1] != "MISC":
            k, proper, genitive = st.ner_start[k][0], True, False
        elif (
            w.form in lx.domains
            or w.bare in lx.place_heads
            or w.bare in lx.titles
            or (
                k + 1 < lim
                and ws[k + 1].definite
                and not ws[k + 1].pre
                and ws[k + 1].form not in lx.stop
                and not _verblike(w)
            )
        ):
            k += 1  # مجلس حقوق الإنسان، نائب رئيس الوزراء: the construct goes on
        elif _namelike(w) and _clearly_name(w.form):
            # a frequent word (كبيرة) is no proof of a name for a weak head like قوات
            proper = proper or counts().get(w.form, 0) < RARE
            k, genitive = k + 1, False
        else:
            break
    return k, country, proper


def _multi_country(ws: list[_W], k: int, lim: int) -> int:
    """End token of a country name of several words at ``k`` (جنوب أفريقيا), or ``k``."""
    for words in _lex().multi_countries.get(ws[k].form, ()):
        e = k + len(words)
        if e <= lim and all(ws[k + x].form == words[x] for x in range(1, len(words))):
            return e
    return k


def _place(st: _State, k: int, lim: int) -> int:
    """After an organization: ``في`` and a place (في إقليم ناغورنو كاراباخ) → end token, or ``k``."""
    lx, ws = _lex(), st.ws
    if not (k + 1 < lim and ws[k].form == "في" and not ws[k].pre):
        return k
    j = k + 1
    if ws[j].form in lx.months:
        return k  # وكالة رويترز في نوفمبر: a time
    if ws[j].bare in lx.place_heads and not ws[j].pre:
        j += 1
    if j < lim and j in st.ner_start and st.ner_start[j][1] == "LOC":
        return st.ner_start[j][0]
    if j < lim and ws[j].form in lx.countries:
        return j + 1
    e = j
    while e < lim and e < j + 3 and _namelike(ws[e]) and not ws[e].pre:
        e += 1
    if e > j and ws[j - 1].bare in lx.place_heads:
        return e
    # a well-known name the tagger missed: وزارة الصحة في غزة (common in news, never with ال)
    w, c = ws[j], counts()
    n = c.get(w.form, 0)
    if w.word and not w.pre and not w.definite and n >= KNOWN_PLACE and c.get("ال" + w.form, 0) < 0.02 * n:
        return j + 1
    return k


def _orgs(st: _State) -> list[_M]:
    """Organizations opened by a head word, and ministries named by their domain."""
    lx, ws, out = _lex(), st.ws, []
    n, k = len(ws), 0
    while k < n:
        w = ws[k]
        strength = lx.heads.get(w.bare) if w.word and not w.enclitic and not st.taken[k] else None
        if strength:
            e, country, proper = _chain(st, k + 1, n, not w.definite)
            if e > k + 1 and not country:
                e2 = _place(st, e, n)
                proper, e = proper or e2 > e, e2
            if e > k + 1 and (strength == "strong" or country or proper):
                out.append(_M(k, e, "ORG", 2))
                k = e
                continue
        elif (
            w.word
            and w.definite
            and w.bare in lx.ministries
            and k + 1 < n
            and ws[k + 1].word
            and not ws[k + 1].pre
            and ws[k + 1].definite
            and ws[k + 1].bare.endswith("ه")
            and _nationality(ws[k + 1])
            and not (k and ws[k - 1].word and _opens(ws[k - 1]))
        ):
            out.append(_M(k, k + 2, "ORG", 2))
            k += 2
            continue
        k += 1
    return out


def _opens(w: _W) -> bool:
    """A word after which ``الخارجية الروسية`` is a genitive or adjective, not a ministry."""
    lx = _lex()
    return w.definite or w.bare in lx.titles or w.bare in lx.heads or w.bare in lx.domains


def _person_after(st: _State, k: int, n: int, strict: bool = True) -> int:
    """End token of a person's name that starts at token ``k`` (or ``k`` when there is none).

    The tagger's person mentions are taken whole and extended by name-like words; a first name
    that is also a common word is taken before the tagger's mention or a clear surname (مولود +
    جاويش أوغلو، حازم قاسم). With ``strict``, one word alone must clearly be a name.
    """
    ws, stop = st.ws, _lex().stop
    e, tagged = k, False
    while e < n and e - k < MAX_NAME and ws[e].word and not ws[e].pre:
        w = ws[e]
        if e > k and ws[e - 1].form in _lex().regnal:
            break  # عبد الله الثاني: the ordinal closes the name
        if e in st.ner_start and st.ner_start[e][1] in ("PER", "MISC"):
            e, tagged = st.ner_start[e][0], True
            continue
        nxt = ws[e + 1] if e + 1 < n else None
        if w.form in NAME_LINKS and nxt and nxt.word and not nxt.pre and nxt.form not in stop:
            e += 2
        elif _namelike(w) and (e == k or w.form[0] not in "ين" or counts().get(w.form, 0) < RARE_NAME):
            e += 1  # ترامب يفكر، ميركل منتقدة: a verb or a common word does not go on a name
        elif (
            e == k
            and nxt is not None
            and (st.ner_start.get(e + 1, (0, ""))[1] == "PER" or (_namelike(nxt) and _clearly_name(nxt.form)))
            and _plain(w)
        ):
            e += 1  # حازم قاسم: a first name that is also a word, before a clear surname
        elif e > k and _family(w):
            e += 1
            break
        else:
            break
    if strict and e == k + 1 and not tagged and not _clearly_name(ws[k].form):
        return k  # one word alone must look like a name beyond doubt: not مقطع، مراجعة
    return e


def _plain(w: _W, verbs: bool = False) -> bool:
    """An indefinite word that is no particle, verb, title, head or nationality (حازم، مولود).

    ``verbs`` lets through words that are also verbs (حكمت، خافيير), for names set off by commas."""
    lx = _lex()
    f = w.form
    return not (
        w.definite
        or w.enclitic
        or f in lx.stop
        or f in lx.titles
        or f in lx.heads
        or f in lx.domains
        or f in lx.countries
        or _country_of(f)
        or (not verbs and _verblike(w))
        or not _namelike_form(f)
        and f.endswith("ا")
        or (f.endswith("ا") and counts().get(f[:-1], 0) > counts().get(f, 0))  # متوعدا
    )


@lru_cache(maxsize=50_000)
def _clearly_name(f: str) -> bool:
    """A word that names and little else: never with the article, ب or ل (ترامب، حفتر)."""
    c = counts()
    n = c.get(f, 0)
    return n == 0 or (c.get("ال" + f, 0) < 0.15 * n and c.get("ب" + f, 0) + c.get("ل" + f, 0) < 0.1 * n)


def _between_commas(st: _State, k: int, n: int) -> int:
    """A name set off by commas after a role (الرئيس السوداني، عمر البشير،) → its end, or ``k``."""
    ws, e = st.ws, k
    while e < n and e - k < MAX_NAME and ws[e].word and not ws[e].pre:
        w = ws[e]
        if not (_plain(w, verbs=True) or (e > k and (w.form in NAME_LINKS or _family(w)))):
            return k
        e += 1
    return e if k < e < n and ws[e].ch in COMMAS else k


def _person_before(st: _State, e: int) -> int:
    """Start token of a person's name that ends at token ``e`` (or ``e`` when there is none)."""
    ws = st.ws
    if e in st.ner_end and st.ner_end[e][1] == "PER":
        return st.ner_end[e][0]
    k = e
    while k > 0 and e - k < MAX_NAME and _namelike(ws[k - 1]) and not ws[k].pre:
        k -= 1
    if k < e and not ws[k].pre:
        return k
    # "نشر رياض حجاب، رئيس الوزراء السوري الأسبق،": two or three plain words (also common words, as
    # names often are) that open with a given name the NER gazetteers list as a person's
    for k in (e - 2, e - 3):
        if k >= 0 and _given_name(ws[k]) and all(_plain(ws[x], verbs=True) and not ws[x].pre for x in range(k, e)):
            return k
    return e


def _place_part(w: _W) -> bool:
    """A word the NER model's gazetteers list as part of a place name of several words (flag ``agLp``:
    خان and يونس of خان يونس, بيت and لحم of بيت لحم)."""
    from marsad.ner.model import default

    return "agLp" in default().featurizer.res.gazetteer.get(w.form, ())


def _given_name(w: _W) -> bool:
    """A word the NER model's gazetteers list as a person's name on its own (flag ``agP``/``anP``)."""
    from marsad.ner.model import default

    flags = default().featurizer.res.gazetteer.get(w.form, ())
    return any(f in ("agP", "anP") for f in flags)


def _roles(st: _State, orgs: list[_M]) -> tuple[list[_Role], list[_M]]:
    """Titles with their chains, and the persons named right after them."""
    lx, ws = _lex(), st.ws
    n = len(ws)
    in_org = {x for m in orgs for x in range(m.i, m.j)}
    # inside a name the tagger found, or after عبد/أبو, a title word is part of the name: عبد الملك
    in_org.update(x for i, (j, typ) in st.ner_start.items() if typ == "PER" for x in range(i + 1, j))
    in_org.update(x + 1 for x, w in enumerate(ws) if w.form in NAME_LINKS)
    roles: list[_Role] = []
    persons: list[_M] = []
    k = 0
    while k < n:
        w = ws[k]
        # نائبه (his deputy, written with ه) is no نائبة (a woman deputy, written with ة)
        if not (w.word and not w.enclitic and w.bare in lx.titles and k not in in_org) or (
            w.bare.endswith("ه") and st.text[w.end - 1] == "ه"
        ):
            k += 1
            continue
        e, country, _ = _chain(st, k + 1, n, not w.definite)
        if e > k + 1 and not country:
            e = _place(st, e, n)  # قائد الشرطة في ولاية كادونا
        key = tuple(
            (_nationality(x) or (_strip_al(x.form) if x.form not in lx.countries else x.form))
            for x in ws[k:e]
            if x.word
        )
        role = _Role(k, e, key)
        p = e + 1 if e < n and ws[e].ch in COMMAS else e
        pe = _person_after(st, p, n, strict=p == e)
        if p > e and pe == p + 1 and pe < n and ws[pe].word:
            pe = _person_after(st, p, n)  # one word after a comma must be closed by punctuation
        if p > e and pe == p:
            pe = _between_commas(st, p, n)
        closed = e >= n or not ws[e].word or st.ner_end.get(k - 1, (0, ""))[1] == "PER"
        if pe == p and k >= 2 and ws[k - 1].ch in COMMAS and closed:
            p, pe = _person_before(st, k - 1), k - 1  # قال أنور قرقاش، وزير الدولة...،
        if pe > p:
            persons.append(_M(p, pe, "PER", 2))
            role.person = len(persons) - 1
        if country or e > k + 1 or w.definite:
            roles.append(role)  # a bare الوزير is kept for its only holder; a bare رئيس is no role
        k = max(e, k + 1)
    # قائد الجيش الوطني الليبي المشير خليفة حفتر: a role right before another role shares its person
    for a, b in zip(reversed(roles[:-1]), reversed(roles[1:]), strict=True):
        if a.person < 0 and b.person >= 0 and b.i - a.j <= 1:
            a.person = b.person
    return roles, persons


# -- choosing, spreading and grouping mentions ------------------------------------------------------


def _accept(cands: list[_M], n: int) -> list[_M]:
    """Non-overlapping mentions: the rules' first (their bounds are read from the grammar), then
    the longer, then the more trusted source."""
    taken = [False] * n
    out = []
    for m in sorted(cands, key=lambda m: (m.prio < 2, -(m.j - m.i), -m.prio, m.i)):
        if not any(taken[m.i : m.j]):
            for x in range(m.i, m.j):
                taken[x] = True
            out.append(m)
    return sorted(out, key=lambda m: m.i)


def _spread(ws: list[_W], ms: list[_M]) -> list[_M]:
    """Every other occurrence of a name found once; a person's last name on its own."""
    c = counts()
    # the plural's cases are one word for matching: الحوثيون = الحوثيين
    kf = [w.form[:-2] + "ين" if w.definite and w.form.endswith("ون") else w.form for w in ws]
    # (dicts as ordered sets: of two forms of one length, the first found wins whatever the hash seed)
    seqs: dict[str, dict[tuple[tuple[str, ...], str], None]] = {}
    for m in ms:
        words = tuple(kf[x] for x in range(m.i, m.j) if ws[x].word)
        if not words:
            continue
        m.key, m.clitic = words, tuple(bool(w.pre) for w in ws[m.i : m.j] if w.word)
        if len(words) > 1 or (_namelike(ws[m.i]) and c.get(words[0], 0) < COMMON) or m.prio >= 2:
            seqs.setdefault(words[0], {})[words, m.type] = None
        if m.type == "PER" and len(words) > 1:
            last, first = ws[m.j - 1], ws[m.i]
            # the last name (باشينيان، غندور) and a first name that is nothing else (هيفاء; not صالح:
            # لصالح is "in favour of")
            for w, ok in ((last, True), (first, _clearly_name(first.form))):
                if ok and _namelike(w) and c.get(w.form, 0) < COMMON and w.form not in NAME_LINKS:
                    seqs.setdefault(w.form, {})[(w.form,), "PER"] = None
    taken = [False] * len(ws)
    for m in ms:
        for x in range(m.i, m.j):
            taken[x] = True
    out = list(ms)
    k, n = 0, len(ws)
    while k < n:
        best = None
        found = None if taken[k] else seqs.get(kf[k])
        if found:
            for words, typ in found:
                e = k + len(words)
                if (best is None or len(words) > best.j - best.i) and e <= len(ws):
                    if all(not taken[x] and kf[x] == words[x - k] for x in range(k, e)):
                        best = _M(k, e, typ, 0, words, -1, tuple(bool(w.pre) for w in ws[k:e]))
        if best:
            out.append(best)
            k = best.j
        else:
            k += 1
    return sorted(out, key=lambda m: m.i)


def _contains(big: _M, small: tuple[str, ...]) -> bool:
    """``small`` is a run of the words of ``big`` that does not start at a clitic inside it:
    مجموعة مينسك is not a short form of الرئاسة المشتركة لمجموعة مينسك."""
    n = len(small)
    return any(big.key[x : x + n] == small and not (x and big.clitic[x]) for x in range(len(big.key) - n + 1))


def _group(ms: list[_M]) -> list[list[_M]]:
    """Mentions of one entity together: same words, or a run of words of a fuller mention."""
    groups: list[list[_M]] = []
    by_key: dict[tuple[str, ...], int] = {}
    by_word: dict[str, set[int]] = {}
    for m in sorted(ms, key=lambda m: (-len(m.key), m.i)):
        g = by_key.get(m.key)
        if g is None and m.key:
            have = set.intersection(*(by_word.get(w, set()) for w in m.key))
            # the tagger's mistyped last name (بوريل as LOC) still joins the person
            cands = [
                gi
                for gi in sorted(have)
                if any(
                    x.type == m.type or (m.prio <= 1 and x.type == "PER" and x.prio >= 1) for x in groups[gi]
                )
                and any(_contains(x, m.key) for x in groups[gi])
            ]
            if cands:
                before = [(max((x.i for x in groups[gi] if x.i < m.i), default=-1), gi) for gi in cands]
                last, g = max(before)
                if last < 0:
                    g = min((min(x.i for x in groups[gi]), gi) for gi in cands)[1]
        if g is None:
            g = len(groups)
            groups.append([])
        if by_key.setdefault(m.key, g) == g:
            for w in m.key:
                by_word.setdefault(w, set()).add(g)
        m.entity = g
        groups[g].append(m)
    return groups


def _link_roles(roles: list[_Role], persons_ms: dict[int, _M], groups: list[list[_M]]) -> None:
    """Give each role its entity: apposition first, then the same role, then a unique holder."""
    bound: dict[tuple[str, ...], int] = {}
    for r in roles:
        if r.person < 0:
            continue
        m = persons_ms.get(r.person)
        if m is None:
            continue
        holder = bound.get(r.key)
        if holder is not None and holder != m.entity and groups[holder]:
            r.entity = holder  # the role already belongs to another named person
            continue
        bound.setdefault(r.key, m.entity)
        r.entity = m.entity
    for r in roles:
        if r.entity >= 0:
            continue
        holder = bound.get(r.key)
        if holder is None:
            holders = {e for k, e in bound.items() if _holds(k, r.key)}
            if len(holders) == 1:
                holder = holders.pop()
        if holder is None and len(r.key) > 1:
            holder = len(groups)
            groups.append([])
            bound[r.key] = holder
        if holder is not None:
            r.entity = holder


def _holds(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """The role ``big`` covers the shorter ``small``: الوزير، الوزير الإيراني → وزير الخارجية الإيراني,
    but الرئيس ↛ رئيس الوزراء (a compound title is another office)."""
    if big[0] != small[0] or (len(big) > 1 and big[1] in _lex().compound and big[1] not in small):
        return False
    it = iter(big)
    return all(x in it for x in small)


# -- the layer ------------------------------------------------------------------------------


_NO_QUOTES = {ord(q): None for q in QUOTES}


def _clean(text: str) -> str:
    return " ".join(text.translate(_NO_QUOTES).split())


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["entities"]`` (see the module docstring for the rules and the shape)."""
    ws = _words(doc)
    if not ws:
        doc.layers["entities"] = []
        return
    n = len(ws)
    st = _State(doc.text, ws, [False] * n)
    tagged = _tagger(doc, ws)
    st.ner_start = {m.i: (m.j, m.type) for m in tagged}
    st.ner_end = {m.j: (m.i, m.type) for m in tagged}
    known = _known(ws)
    for m in known:
        for x in range(m.i, m.j):
            st.taken[x] = True
    st.org_start = {m.i: m.j for m in known}
    orgs = _orgs(st)
    st.org_start.update((m.i, m.j) for m in orgs)
    roles, persons = _roles(st, known + orgs)
    role_tok = {x for r in roles for x in range(r.i, r.j)}
    # a tagger mention that starts with a role keeps the name after it (الرئيس الروسي بوتين)
    for m in tagged:
        while m.i < m.j and (not ws[m.i].word or (m.i in role_tok and not _namelike(ws[m.i]))):
            m.i += 1
    tagged = [m for m in tagged if m.j > m.i and (m.type != "PER" or ws[m.i].bare not in _lex().titles)]
    accepted = _accept(known + orgs + persons + tagged, n)
    for m in accepted:  # إقليم ناغورنو كاراباخ، مدينة حلب: a place whatever the tagger said
        if m.prio < 2 and m.i and ws[m.i - 1].bare in _lex().place_heads and not ws[m.i].pre:
            m.type, m.prio = "LOC", 2
    ms = _spread(ws, accepted)
    groups = _group(ms)
    at = {x: m for m in ms for x in range(m.i, m.j)}
    # a name spread right after a role that found none: مساعد الرئيس حكمت حاجييف, where the tagger
    # missed the name but found it elsewhere in the article
    per_start = {m.i: m for m in ms if m.type == "PER"}
    for r in roles:
        if r.person < 0:
            m = per_start.get(r.j + 1 if r.j < n and ws[r.j].ch in COMMAS else r.j)
            if m is not None:
                persons.append(_M(m.i, m.j, "PER", 2))
                r.person = len(persons) - 1
    person_ms = {pi: at[p.i] for pi, p in enumerate(persons) if p.i in at}
    _link_roles(roles, person_ms, groups)
    doc.layers["entities"] = _entities(doc, ws, groups, roles)
    doc.__dict__.pop("_entity_index", None)


def _entities(doc: Doc, ws: list[_W], groups: list[list[_M]], roles: list[_Role]) -> list[dict[str, Any]]:
    text = doc.text
    role_of: dict[int, list[_Role]] = {}
    for r in roles:
        if r.entity >= 0:
            role_of.setdefault(r.entity, []).append(r)
    items = []
    for g, ms in enumerate(groups):
        rs = role_of.get(g, [])
        if not ms and not rs:
            continue
        spans = [(ws[m.i].start, ws[m.j - 1].end, False) for m in ms]
        spans += [(ws[r.i].start, max(ws[r.j - 1].end, ws[r.j - 1].tail), True) for r in rs]  # (…المنتهية ولايته)
        spans.sort()
        role_names = _distinct(_surface(text, ws, r.i, r.j, whole=True) for r in sorted(rs, key=lambda r: r.i))
        if ms:
            best = max(ms, key=lambda m: (len(m.key), not ws[m.i].pre, ws[m.j - 1].end - ws[m.i].start))
            name = _surface(text, ws, best.i, best.j)
            typ = _vote(ms)
        else:
            name, typ = max(role_names, key=len), "PER"
        firsts = {m.key: m for m in reversed(ms)}
        short = [_surface(text, ws, m.i, m.j) for m in sorted(firsts.values(), key=lambda m: -len(m.key))]
        extra = []
        if ms and typ == "PER" and len(name.split()) > 1:
            extra.append(name.split()[-1])
        if (
            typ == "ORG"
            and len(name.split()) > 2
            and normalize(name.split()[0]) == "وزاره"
            and " في " not in name
        ):
            extra.append(name.split(" ", 1)[1])
        items.append(
            {
                "type": typ,
                "name": name,
                "mentions": [
                    {"start": a, "end": b, "text": text[a:b], **({"role": True} if role else {})}
                    for a, b, role in spans
                ],
                "roles": role_names,
                "names": _distinct([name, *short, *extra, *role_names]),
            }
        )
    items.sort(key=lambda e: e["mentions"][0]["start"])
    return [{"id": f"e{x + 1}", **e} for x, e in enumerate(items)]


def _surface(text: str, ws: list[_W], i: int, j: int, whole: bool = False) -> str:
    """Tokens ``[i, j)`` as a name: quotes dropped, the article restored (للاتحاد → الاتحاد); with
    ``whole``, the last word keeps its pronoun (a role: الرئيس المنتهية ولايته)."""
    s = _clean(text[ws[i].start : max(ws[j - 1].end, ws[j - 1].tail) if whole else ws[j - 1].end])
    return "ال" + s if ws[i].definite and not normalize(s).startswith("ال") else s


def _vote(ms: list[_M]) -> str:
    """The type of an entity: the rules' type where a rule found it, else the tagger's majority."""
    score: dict[str, int] = {}
    ruled = any(m.prio >= 2 for m in ms)
    for m in ms:
        if m.prio >= 2 or not ruled:
            score[m.type] = score.get(m.type, 0) + 1
    return max(TYPES, key=lambda t: score.get(t, 0))


def _distinct(names: Any) -> list[str]:
    seen, out = set(), []
    for s in names:
        k = normalize(s)
        if s and k not in seen:
            seen.add(k)
            out.append(s)
    return out


# -- lookups for the later stages ---------------------------------------------------------------


def _index(doc: Doc) -> tuple[list[int], list[tuple[int, int, int]], dict[str, int], int]:
    ents = doc.layers.get("entities") or []
    cached = doc.__dict__.get("_entity_index")
    if cached is not None and cached[0] is ents and cached[1] == len(ents):
        return cached[2]
    rows = sorted((m["start"], m["end"], x) for x, e in enumerate(ents) for m in e["mentions"])
    longest = max((b - a for a, b, _ in rows), default=0)
    data = ([a for a, _, _ in rows], rows, {e["id"]: x for x, e in enumerate(ents)}, longest)
    doc.__dict__["_entity_index"] = (ents, len(ents), data)
    return data


def entity_at(doc: Doc, start: int, end: int | None = None) -> dict[str, Any] | None:
    """The entity whose mention overlaps ``[start, end)`` most (the tighter mention on a tie).

    >>> from marsad.doc import Doc
    >>> from marsad.text.segment import segment
    >>> doc = Doc.build("وقال الرئيس الأرميني، أرمين سركيسيان، إن الوضع خطير.")
    >>> segment(doc); annotate(doc)
    >>> entity_at(doc, doc.text.index("الرئيس"))["name"]
    'أرمين سركيسيان'
    """
    end = start + 1 if end is None or end <= start else end
    starts, rows, _, longest = _index(doc)
    best, best_key = None, None
    x = bisect.bisect_left(starts, end) - 1
    while x >= 0 and starts[x] > start - longest - 1:
        a, b, e = rows[x]
        overlap = min(b, end) - max(a, start)
        if overlap > 0 and (best_key is None or (overlap, a - b) > best_key):
            best, best_key = e, (overlap, a - b)
        x -= 1
    return None if best is None else (doc.layers.get("entities") or [])[best]


def entity_by_id(doc: Doc, eid: str | None) -> dict[str, Any] | None:
    """The entity with id ``eid`` ("e3"), or None."""
    x = _index(doc)[2].get(eid or "")
    return None if x is None else doc.layers["entities"][x]


def mentions_in(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    """The mentions that lie inside ``[start, end)``, in text order, each with its ``entity`` id.

    >>> from marsad.doc import Doc
    >>> from marsad.text.segment import segment
    >>> doc = Doc.build("نقلت وكالة رويترز عن وزارة الدفاع الروسية.")
    >>> segment(doc); annotate(doc)
    >>> [m["text"] for m in mentions_in(doc, 0, len(doc.text))]
    ['وكالة رويترز', 'وزارة الدفاع الروسية']
    """
    starts, rows, _, _ = _index(doc)
    ents = doc.layers.get("entities") or []
    out = []
    for x in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        a, b, e = rows[x]
        if b <= end:
            out.append({**doc.span(a, b), "entity": ents[e]["id"]})
    return out


def party(
    doc: Doc, entity: dict[str, Any] | str | None, span: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    """The party form of an entity (``{"name", "entity", "names", "span"}``), for speakers and sources.

    ``entity`` is an entity or its id; ``span`` the (start, end) where the party is named, if any.
    """
    e = entity_by_id(doc, entity) if isinstance(entity, str) else entity
    if not e:
        return None
    out: dict[str, Any] = {"name": e["name"], "entity": e["id"], "names": list(e.get("names") or [e["name"]])}
    if span is not None:
        out["span"] = doc.span(*span)
    return out


def head_back(doc: Doc, name: str, start: int) -> dict[str, Any] | None:
    """The body a bare definite head word names again: the latest organization before ``start``
    whose name opens with that very word ("المرصد السوري لحقوق الإنسان" … "وقال المرصد" → that
    observatory), so that its full name holds the word; None where ``name`` is more than one word
    or has no article, or no such body was named before ("شرطة تورنتو" … "الشرطة": no article).

    >>> from marsad.doc import Doc
    >>> from marsad.text.segment import segment
    >>> doc = Doc.build("قال المرصد السوري لحقوق الإنسان إن 5 قتلوا. وأضاف المرصد أن 3 أصيبوا.")
    >>> segment(doc); annotate(doc)
    >>> head_back(doc, "المرصد", doc.text.index("المرصد أن"))["name"]
    'المرصد السوري لحقوق الإنسان'
    """
    words = normalize(name).split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return None
    best, best_at = None, -1
    for e in doc.layers.get("entities") or []:
        if e.get("type") != "ORG":
            continue
        first = normalize(e["name"]).split()[:1]
        if not first or first[0] != words[0] or len(normalize(e["name"]).split()) < 2:
            continue  # (the full name holds the word: not "شرطة تورنتو" for "الشرطة")
        at = max((m["start"] for m in e["mentions"] if m["start"] < start), default=-1)
        if at > best_at:
            best, best_at = e, at
    return best

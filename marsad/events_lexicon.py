"""The language data of the events stage (``marsad.events``): its lexicons read once, as the rules
want them. Triggers (``events_triggers.tsv``) by their inflected first word, context words
(``events_context.tsv``) by their classes, described parties, nationality adjectives and the
peoples and countries they name, the clitics, and the head words of names.

>>> _demonyms()["روسيه"]
'روسيا'
>>> _peoples()["فلسطينيون"]
'الفلسطينيين'
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from marsad import lexicon
from marsad.text.normalize import normalize


class Entry(NamedTuple):
    """One trigger of ``events_triggers.tsv``: its type, the words that must follow, its flags."""

    type: str
    lemma: str
    rest: tuple[str, ...]
    flags: frozenset[str]
    pos: str


@lru_cache(maxsize=100_000)
def _norm(text: str) -> str:
    """``normalize`` of a name or a clitic, cached: the same few recur in every mention."""
    return normalize(text)


def _bare(word: str) -> str:
    """A normalized word without its article: ``الصواريخ`` → ``صواريخ``."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _inflect(form: str, pos: str) -> list[tuple[str, bool]]:
    """Inflected forms of a normalized word, each with whether it marks the future (سيجتمع).

    >>> sorted(f for f, _ in _inflect("قصف", "v"))[:4]
    ['قصف', 'قصفا', 'قصفت', 'قصفتا']
    >>> ("غارتين", False) in _inflect("غاره", "n")
    True
    """
    if pos in ("x", "xv"):
        return [(form, False)]
    if pos == "v":
        if form.endswith("ي"):  # التقى: التقت، التقوا، التقيا، التقين
            base = form[:-1]
            out = [form, base + "ت", base + "وا", base + "تا", base + "و"] + [
                form + s for s in ("ا", "ن", "نا", "تم")
            ]
        else:
            out = [form] + [form + s for s in ("ت", "وا", "تا", "ا", "ن", "نا", "تم", "و")]
        return [(f, False) for f in out]
    if pos == "p":
        stem = form[1:]
        ends = ("", "ون", "ان", "وا", "ن", "و")
        stems = [stem] + ([stem[:-1]] if stem.endswith("ي") else [])
        out = [(p + s + e, False) for p in "يتنا" for s in stems for e in ends]
        return out + [("س" + f, True) for f, _ in out if not f.startswith("ا")]
    # nouns: singular, accusative, dual, sound plural, construct
    out = [form, form + "ا"]
    if form.endswith("ه"):
        stem = form[:-1]
        out += [stem + "ات", stem + "تان", stem + "تين"]
    else:
        out += [form + "ان", form + "ين"]
    return [(f, False) for f in out]


@lru_cache(maxsize=1)
def _triggers() -> dict[str, list[Entry]]:
    """First word form (normalized, inflected) → the trigger entries that start with it."""
    table: dict[str, list[Entry]] = {}
    for row in lexicon.table("events_triggers"):
        words = normalize(row[0]).split()
        typ, pos = row[1], row[2] if len(row) > 2 else "n"
        flags = frozenset(f.strip() for f in (row[3] if len(row) > 3 else "").split(",") if f.strip())
        rest = tuple(_bare(w) for w in words[1:])
        for form, future in _inflect(words[0], pos):
            fl = flags | {"future"} if future else flags
            table.setdefault(form, []).append(Entry(typ, words[0], rest, fl, pos))
    for form, entries in table.items():
        # the row written in this very form first: عمليات عسكرية (ana) before عملية عسكرية inflected
        entries.sort(key=lambda e, f=form: (-len(e.rest), e.lemma != f))
    return table


@lru_cache(maxsize=1)
def _context() -> dict[str, frozenset[str]]:
    """Normalized word (or two-word phrase) → its classes in ``events_context.tsv``."""
    out: dict[str, set[str]] = {}
    for r in lexicon.table("events_context"):
        if len(r) > 1:
            out.setdefault(normalize(r[0]), set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


def _adjective_forms(adj: str) -> list[str]:
    stem = adj[:-1] if adj.endswith("ي") else adj
    return [adj, adj + "ه", stem + "يون", stem + "يين", stem + "يان", stem + "يتين", stem + "يتان", adj + "ا"]


def _nationality_rows() -> list[tuple[str, ...]]:
    """Rows of ``events_demonyms.tsv`` then of the entities engineer's ``entities_nationality.tsv``
    (where it exists): a nationality adjective and its country."""
    rows: list[tuple[str, ...]] = []
    for name in ("events_demonyms", "entities_nationality"):
        try:
            rows += lexicon.table(name)
        except OSError:
            continue
    return rows


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Nationality adjective (any form, normalized, no article) → country as written.

    The entities engineer's ``entities_nationality.tsv`` is read where it exists, then
    ``events_demonyms.tsv`` adds what it lacks.
    """
    out: dict[str, str] = {}
    for row in _nationality_rows():
        if len(row) > 1 and row[1]:
            for form in _adjective_forms(normalize(row[0])):
                out[form] = row[1]
    return out


@lru_cache(maxsize=1)
def _peoples() -> dict[str, str]:
    """Nationality adjective (any form, normalized, no article) → the people it names, as a group:
    ``فلسطينيون``، ``فلسطينيا`` → ``الفلسطينيين``; ``مصري`` → ``المصريين``."""
    out: dict[str, str] = {}
    for row in _nationality_rows():
        adj = row[0].strip()
        if len(row) > 1 and row[1] and adj.endswith("ي") and " " not in adj:
            for form in _adjective_forms(normalize(adj)):
                out.setdefault(form, "ال" + adj + "ين")
    return out


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """News agencies, outlets and platforms (``entities_agencies.tsv``, the outlets of
    ``statements_channels.tsv``): sources and channels, never parties."""
    try:
        agencies = frozenset(normalize(r[0]) for r in lexicon.table("entities_agencies"))
    except OSError:
        agencies = frozenset()
    # platforms a statement goes out on ("على تويتر"، "فيسبوك") are channels, not parties either
    outlets = frozenset(normalize(r[0]) for r in lexicon.table("statements_channels") if r[1:2] == ("outlet",))
    return agencies | outlets


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """The words for an outlet's kind (``events_outlets.tsv``: شبكة، وكالة، قناة), normalized."""
    return frozenset(normalize(r[0]) for r in lexicon.table("events_outlets"))


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    """Head nouns of described parties (الشرطة، القوات، المسلحين…) → role (actor)."""
    return {normalize(r[0]): r[1] for r in lexicon.table("events_parties") if len(r) > 1}


@lru_cache(maxsize=1)
def _proclitics() -> tuple[str, ...]:
    forms = {normalize(r[1]) for r in lexicon.table("clitics") if r[0] == "proclitic"}
    return ("",) + tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _proclitics_by_letter() -> dict[str, tuple[str, ...]]:
    """First letter → the proclitics that start with it (and none), longest first."""
    out: dict[str, list[str]] = {}
    for pre in _proclitics()[1:]:
        out.setdefault(pre[0], []).append(pre)
    return {k: ("",) + tuple(v) for k, v in out.items()}


_NO_PROCLITIC = ("",)


@lru_cache(maxsize=1)
def _enclitics() -> tuple[str, ...]:
    forms = {normalize(r[1]) for r in lexicon.table("clitics") if r[0] == "enclitic"}
    return ("",) + tuple(sorted(forms, key=len, reverse=True))


#: classes of the words that head a place's name (مدينة، شمال، قطاع: ``region`` heads one only
#: before a name, قطاع النفط is none)
_HEAD_CLASSES = frozenset({"place", "direction", "region"})


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(w for w, cls in _context().items() if cls & _HEAD_CLASSES)


@lru_cache(maxsize=1)
def _border_words() -> frozenset[str]:
    return frozenset(w for w, cls in _context().items() if "border" in cls)


_HONORIFIC = frozenset({"honorific"})


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(w for w, cls in _context().items() if "honorific" in cls)

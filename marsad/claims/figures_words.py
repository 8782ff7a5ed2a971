"""Word lists of the casualty figures, matched on the tokens of a sentence.

Each lexicon file ``figures_*.tsv`` maps a form (one word or a phrase of consecutive words) to a
value. Forms are normalized as the tokens are (أ→ا، ة→ه، ى→ي), and a token is tried with its clitics
split off (و، ف، ب، ل، ال; هم، ها، ه) and without the accusative alif, so ``وقتلى`` finds ``قتلى``,
``مدنيا`` finds ``مدني`` and ``حتفهم`` finds ``حتف``.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("وسقط 40 قتيلا من المدنيين")
>>> segment(doc)
>>> f = token_forms(doc, doc.tokens)
>>> lookup("outcomes", f, 2)
(('killed', 'sg'), 1)
>>> lookup("victims", f, 4)
(('civilian', 'pl'), 1)
"""

from __future__ import annotations

from functools import cache, lru_cache

from marsad import lexicon
from marsad.doc import Doc, Token
from marsad.text.normalize import normalize

_PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "هم", "هن", "ها")


@lru_cache(maxsize=20_000)
def variants(word: str) -> tuple[str, ...]:
    """Forms to try for one normalized word, most specific first (cached)."""
    return tuple(_variants(word))


def _variants(word: str) -> list[str]:
    """Forms to try for one normalized word, most specific first."""
    out = [word]
    bases = [word]
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            bases.append(word[len(p) :])
    for b in bases:
        if b not in out:
            out.append(b)
        for s in _SUFFIXES:
            if b.endswith(s) and len(b) - len(s) >= 3:
                stem = b[: -len(s)]
                if stem.endswith("ت"):  # حكومتهم → حكومه (ة), اعتقلتهم → اعتقلت (a verb, her)
                    out.append(stem[:-1] + "ه")
                out.append(stem)
        if b.endswith("ته") and len(b) >= 5:  # حكومته → حكومه (a final ه is mostly ة)
            out.append(b[:-2] + "ه")
        if b.endswith("وا") and len(b) >= 5:  # نزحوا → نزح
            out.append(b[:-2])
    for b in bases:  # last: a final ه read as "his" (جنوده → جنود); it is mostly ة
        if b.endswith("ه") and not b.endswith("يه") and len(b) >= 5 and b[:-1] not in out:
            out.append(b[:-1])
        if b.endswith("ا") and len(b) >= 4:
            out.append(b[:-1])
    return out


def token_forms(doc: Doc, tokens: list[Token]) -> list[tuple[str, ...]]:
    """For each token, the normalized forms a lexicon entry may match."""
    text = doc.text
    return [_forms_of(normalize(text[t.start : t.end]), t.norm) for t in tokens]


@lru_cache(maxsize=20_000)
def _forms_of(surface: str, norm: str) -> tuple[str, ...]:
    """The forms of a token: the variants of its normalized ``surface``, and its stem ``norm``."""
    forms = variants(surface)
    return forms if not norm or norm in forms else (*forms, norm)


@cache
def _table(
    name: str,
) -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]]:
    """Single-word entries, and phrases indexed by their first word (longest first)."""
    single: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for row in lexicon.table("figures_" + name):
        words = tuple(normalize(row[0]).split())
        value = tuple(row[1:])
        if len(words) == 1:
            single.setdefault(words[0], value)
        elif words:
            phrases.setdefault(words[0], []).append((words, value))
    for word, value in list(single.items()):  # after every listed form, so a listed plural wins
        for dual in _duals(name, word, value):
            single.setdefault(dual, (value[0], "du", *value[2:]))
    for lst in phrases.values():
        lst.sort(key=lambda p: -len(p[0]))
    return single, phrases


def _duals(name: str, word: str, value: tuple[str, ...]) -> tuple[str, ...]:
    """The dual forms of a singular people noun: طبيب → طبيبين، طبيبان; طفلة → طفلتين. Nouns in ي
    take only +ان (صحافي → صحافيان): مدنيين is the plural as often as the dual."""
    if name != "victims" or value[1:] not in (("sg",), ("sg", "member"), ("sg", "perpetrator")) or word.endswith("ا") or " " in word:
        return ()
    if word.endswith("ي"):  # a nisba noun: only +ان is surely the dual (مدنيان، صحافيان)
        return (word + "ان",) if len(word) >= 4 else ()
    base = word[:-1] + "ت" if word.endswith("ه") else word
    if word.startswith("م"):  # a participle's +ين is its plural (المتهمين); +ان is still the dual
        return (base + "ان",)
    return (base + "ين", base + "ان")


def lookup(name: str, forms: list[tuple[str, ...]], i: int) -> tuple[tuple[str, ...], int] | None:
    """The entry of lexicon ``name`` that starts at token ``i``, and how many tokens it covers.

    ``value`` is the tuple of the entry's columns after the form: ``("killed", "sg")``.
    """
    if i < 0 or i >= len(forms):
        return None
    here = forms[i]
    for words, value in _phrases_at(name, here):
        n = len(words)
        if i + n <= len(forms):
            for k in range(1, n):
                if words[k] not in forms[i + k]:
                    break
            else:
                return value, n
    return _single_at(name, here)


@lru_cache(maxsize=20_000)
def _phrases_at(name: str, here: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The phrases of lexicon ``name`` that may start at a word of forms ``here`` (cached)."""
    phrases = _table(name)[1]
    return tuple(p for f in here for p in phrases.get(f, ()))


def _single_at(name: str, here: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
    single = _table(name)[0]
    for f in here:
        v = single.get(f)
        if v is not None:
            return v, 1
    return None


def doc_forms(doc: Doc) -> tuple[list[tuple[str, ...]], dict[int, tuple[int, int]]]:
    """The forms of all tokens of ``doc`` and each sentence's token range (kept on the doc)."""
    cached = doc.__dict__.get("_figure_forms")
    if cached is not None and len(cached[0]) == len(doc.tokens):
        return cached
    forms = [_forms_of(surf, t.norm) for t, surf in zip(doc.tokens, doc.token_surfaces(), strict=True)]
    ranges: dict[int, tuple[int, int]] = {}
    for i, t in enumerate(doc.tokens):
        lo, _ = ranges.get(t.sent, (i, i))
        ranges[t.sent] = (lo, i + 1)
    doc.__dict__["_figure_forms"] = (forms, ranges)
    doc.__dict__["_figure_tags"] = {}
    return forms, ranges


def sentence_tags(doc: Doc, index: int, names: tuple[str, ...]) -> tuple[list[tuple[str, ...]], list[list]]:
    """The forms of sentence ``index`` and the tags of each lexicon in ``names`` (kept on the doc)."""
    forms, ranges = doc_forms(doc)
    lo, hi = ranges.get(index, (0, 0))
    cache = doc.__dict__["_figure_tags"]
    key = (index, names)
    if key not in cache:
        cache[key] = tag_all(names, forms[lo:hi])
    return forms[lo:hi], cache[key]


def has_outcome(forms: list[tuple[str, ...]]) -> bool:
    """Whether any of these words may be a casualty word (one cached look-up a word)."""
    names = ("outcomes",)
    known = _known(names)
    return any(not known.isdisjoint(f) and _word_hits(names, f)[0] is not None for f in forms)


@cache
def _known(names: tuple[str, ...]) -> frozenset[str]:
    """Every form that starts an entry (a word or a phrase) of one of the lexicons ``names``."""
    out: set[str] = set()
    for name in names:
        single, phrases = _table(name)
        out.update(single, phrases)
    return frozenset(out)


def tag_all(
    names: tuple[str, ...], forms: list[tuple[str, ...]]
) -> list[list[tuple[tuple[str, ...], int] | None]]:
    """:func:`lookup` of each lexicon in ``names`` at every token, in one pass over the tokens."""
    n = len(forms)
    out: list[list[tuple[tuple[str, ...], int] | None]] = [[None] * n for _ in names]
    known = _known(names)
    for i, here in enumerate(forms):
        if known.isdisjoint(here):  # most words are in none of the lexicons
            continue
        for j, hit in enumerate(_word_hits(names, here)):
            if hit is None:
                continue
            if hit[1] == 0:  # a phrase may start here
                out[j][i] = lookup(names[j], forms, i)
            else:
                out[j][i] = hit
    return out


@lru_cache(maxsize=20_000)
def _word_hits(
    names: tuple[str, ...], here: tuple[str, ...]
) -> tuple[tuple[tuple[str, ...], int] | None, ...]:
    """For one word, each lexicon's single-word hit, or ``((), 0)`` where a phrase may start."""
    out = []
    for name in names:
        phrases = _table(name)[1]
        out.append(((), 0) if any(f in phrases for f in here) else _single_at(name, here))
    return tuple(out)


def tag(name: str, forms: list[tuple[str, ...]]) -> list[tuple[str, ...] | None]:
    """The value of lexicon ``name`` at each token (phrases tag their first token only)."""
    out: list[tuple[str, ...] | None] = [None] * len(forms)
    for i in range(len(forms)):
        hit = lookup(name, forms, i)
        if hit:
            out[i] = hit[0]
    return out

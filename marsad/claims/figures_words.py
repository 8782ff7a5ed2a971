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

from functools import cache

from marsad import lexicon
from marsad.doc import Doc, Token
from marsad.text.normalize import normalize

_PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "هم", "هن", "ها")


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
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                out.append(stem)
        if b.endswith("ته") and len(b) >= 5:  # حكومته → حكومه (a final ه is mostly ة)
            out.append(b[:-2] + "ه")
        if b.endswith("ا") and len(b) >= 4:
            out.append(b[:-1])
    return out


def token_forms(doc: Doc, tokens: list[Token]) -> list[tuple[str, ...]]:
    """For each token, the normalized forms a lexicon entry may match."""
    out = []
    for t in tokens:
        surface = normalize(doc.text[t.start : t.end])
        forms = _variants(surface)
        if t.norm and t.norm not in forms:
            forms.append(t.norm)
        out.append(tuple(forms))
    return out


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
    for lst in phrases.values():
        lst.sort(key=lambda p: -len(p[0]))
    return single, phrases


def lookup(name: str, forms: list[tuple[str, ...]], i: int) -> tuple[tuple[str, ...], int] | None:
    """The entry of lexicon ``name`` that starts at token ``i``, and how many tokens it covers.

    ``value`` is the tuple of the entry's columns after the form: ``("killed", "sg")``.
    """
    if i < 0 or i >= len(forms):
        return None
    single, phrases = _table(name)
    for f in forms[i]:
        for words, value in phrases.get(f, ()):
            n = len(words)
            if i + n <= len(forms) and all(words[k] in forms[i + k] for k in range(1, n)):
                return value, n
    for f in forms[i]:
        v = single.get(f)
        if v is not None:
            return v, 1
    return None


def tag(name: str, forms: list[tuple[str, ...]]) -> list[tuple[str, ...] | None]:
    """The value of lexicon ``name`` at each token (phrases tag their first token only)."""
    out: list[tuple[str, ...] | None] = [None] * len(forms)
    for i in range(len(forms)):
        hit = lookup(name, forms, i)
        if hit:
            out[i] = hit[0]
    return out

"""Split proclitics (و ف ب ل ك س ال) and pronoun suffixes off Arabic words, without breaking names.

A split is kept only where the word that remains is attested on its own in news text (the counts
of :mod:`marsad.text.vocab`): ``وقال`` → و + قال, ``لبوريل`` → ل + بوريل, but ``بوتين`` stays
whole (no word وتين) and so does ``وزارة``. Words in ``lexicon/clitic_exceptions.tsv`` (كما، بعد،
لكن…) are never split. The article ال is split when what remains is a word.

>>> split("وقال")
('و', 'قال', '')
>>> split("بوتين")
('', 'بوتين', '')
>>> split("والرئيس")
('وال', 'رئيس', '')
"""

from __future__ import annotations

from functools import lru_cache

from marsad import lexicon
from marsad.text.normalize import normalize
from marsad.text.vocab import counts

#: a split into proclitic + stem needs the stem seen this often, and at least this share of the
#: whole word's count (so بعد is not ب + عد)
MIN_STEM_COUNT = 3
MIN_STEM_RATIO = 0.03
#: behind ب ل ك ف, a word seen in news splits only if what remains is this common (بموسكو → موسكو),
#: so that names stay whole (بايدن is not ب + ايدن); an unseen word (لبوريل) needs only the stem seen
MIN_COMMON_STEM = 100
#: longer "words" (runs of letters from broken text) are left whole
MAX_WORD = 24
#: proclitics whose presence before a word shows that the word is a stem of its own
_HOSTS = ("و", "ب", "ل", "ف")


def _forms(kind: str) -> tuple[str, ...]:
    forms = [row[1] for row in lexicon.table("clitics") if row[0] == kind]
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    return _forms("proclitic"), _forms("enclitic"), lexicon.words("clitic_exceptions")


@lru_cache(maxsize=1)
def _forced() -> dict[str, str]:
    """Words always split, with their proclitic (``split`` rows of ``lexicon/clitics.tsv``)."""
    return {r[1]: r[2] for r in lexicon.table("clitics") if r[0] == "split"}


@lru_cache(maxsize=1)
def _no_article() -> frozenset[str]:
    """Short particles that never take the article (``no_article`` rows of ``lexicon/clitics.tsv``)."""
    return frozenset(r[1] for r in lexicon.table("clitics") if r[0] == "no_article")


@lru_cache(maxsize=1)
def _clusters() -> frozenset[str]:
    return frozenset(p for p in _tables()[0] if len(p) > 1)


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[str, ...]]:
    """The proclitics by their first letter, longest first (so a word tries only its own)."""
    out: dict[str, tuple[str, ...]] = {}
    for p in _tables()[0]:
        out[p[0]] = (*out.get(p[0], ()), p)
    return out


@lru_cache(maxsize=1)
def _ratios() -> dict[str, float]:
    """The per-proclitic minimum stem/word ratio of ``lexicon/clitics.tsv`` (4th column)."""
    return {r[1]: float(r[3]) for r in lexicon.table("clitics") if r[0] == "proclitic" and len(r) > 3}


def _attested(stem: str, whole: str, vocab: dict[str, int], ratio: float = MIN_STEM_RATIO) -> bool:
    n = vocab.get(stem, 0)
    return n >= MIN_STEM_COUNT and n >= ratio * vocab.get(whole, 0)


@lru_cache(maxsize=50_000)
def split(word: str) -> tuple[str, str, str]:
    """Split a normalized word into ``(proclitics, stem, enclitic)``; they concatenate to ``word``.

    >>> split("بالمدفعيه")
    ('بال', 'مدفعيه', '')
    >>> split("جنودهم")
    ('', 'جنود', 'هم')
    >>> split("كما")
    ('', 'كما', '')
    >>> split("وكانت")
    ('و', 'كانت', '')
    >>> split("كمال"), split("بسام")  # names, not ك + مال and ب + سام
    (('', 'كمال', ''), ('', 'بسام', ''))
    >>> split("باسم")  # المتحدث باسم الجيش: a fixed phrase, split by the lexicon
    ('ب', 'اسم', '')
    >>> split("بايدن"), split("لبوريل")
    (('', 'بايدن', ''), ('ل', 'بوريل', ''))
    >>> split("فيصل")  # وفيصل and لفيصل are written: فيصل is a word of its own
    ('', 'فيصل', '')
    """
    _, enc, never = _tables()
    forced = _forced().get(word)
    if forced:
        return forced, word[len(forced) :], ""
    if len(word) < 3 or len(word) > MAX_WORD or word in never or not word[0].isalpha():
        return "", word, ""
    vocab = counts()
    prefix, stem = "", word
    pro = [p for p in _by_first().get(word[0], ()) if word.startswith(p)]
    whole_n = vocab.get(word, 0) if pro else 0
    is_stem = None  # worked out when a proclitic other than the article is tried
    for p in pro:
        if "ال" not in p:
            if is_stem is None:
                is_stem = _takes_proclitics(word, whole_n, vocab)
            if is_stem:
                continue
        if len(p) > 1 and p != "ال" and not p.endswith("لل") and split(word[1:])[0] != p[1:]:
            continue  # وكان is not وك + ان: a cluster holds only where its inner part splits too
        rest = word[len(p) :]
        if "ال" in p and rest in _no_article():
            continue  # كاليا: no particle takes the article
        if len(p) == 1 and p != "و" and whole_n and vocab.get(rest, 0) < MIN_COMMON_STEM:
            continue  # بايدن: a known word whose stem (ايدن) is no common word stays whole
        if len(rest) >= 2 and _attested(rest, word, vocab, _ratios().get(p, MIN_STEM_RATIO)):
            prefix, stem = p, rest
            break
        if p.endswith("ال") and len(rest) >= 3 and not vocab:
            prefix, stem = p, rest  # no vocabulary shipped: split the article only
            break
    suffix = ""
    for s in enc if stem.endswith(enc) else ():
        if not stem.endswith(s):
            continue
        base = stem[: -len(s)]
        if s == "ه" and not base.endswith("ت"):
            continue  # a final ه is mostly ة (normalized): only حكومته-like forms are split
        if len(base) >= 3 and base not in never:
            # ta marbuta is written ت before a suffix: حكومته → حكومه + ه
            cands = [base] + ([base[:-1] + "ه"] if base.endswith("ت") else [])
            best = max(cands, key=lambda c: vocab.get(c, 0))
            if _attested(best, stem, vocab) and vocab.get(stem, 0) < vocab.get(best, 0) * 2 + 5:
                suffix, stem = s, base
                break
    return prefix, stem, suffix


def _takes_proclitics(word: str, whole_n: int, vocab: dict[str, int]) -> bool:
    """A word that itself takes و/ب/ل/ف (وفيصل، لبكين) is a stem: فيصل is not ف + يصل. Only hosts
    that cannot stack onto the word's first letter count: ولمنظمة is و + ل + منظمة, not evidence."""
    clusters = _clusters()
    takes = sum(vocab.get(h + word, 0) for h in _HOSTS if h + word[0] not in clusters)
    return takes >= max(2, 0.01 * whole_n)


def stem(word: str) -> str:
    """The normalized stem of ``word`` (any script, diacritics allowed).

    >>> stem("لِبوريل")
    'بوريل'
    """
    return split(normalize(word))[1]

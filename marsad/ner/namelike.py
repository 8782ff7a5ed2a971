"""How much a word *looks like* a name, from its letters: a feature for names never seen in training.

Transliterated names have letter patterns that Arabic words seldom have (كانافارو، لوكاشنكو،
ماتيراتزي: long vowels everywhere, endings like ـاشنكو، ـيرو). A naive-Bayes model of character
n-grams (2 to 4 letters, with word edges marked) is learned from gazetteer names (the positive
side) against frequent news words that no gazetteer lists (the other side). Only the n-gram
log-odds ship in the model's resources, never a word list; the tagger sees the bucketed score.

>>> odds = learn(["كانافارو", "بيرلو"] * 3, ["كتاب", "قال"] * 3, min_count=1)
>>> score("مارو", odds) > 0 > score("كتب", odds)
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

#: n-gram lengths
NS = (2, 3, 4)
#: an n-gram needs this many occurrences (both sides together) to be kept
MIN_COUNT = 3
#: news words seen this often (and listed in no gazetteer) are the "word" side
MIN_WORD_COUNT = 30
#: score thresholds of the buckets ("nl=0" ... "nl=5")
BUCKETS = (-1.0, -0.4, 0.0, 0.4, 1.0)


def grams(word: str) -> list[str]:
    """Character n-grams of ``word`` with its edges marked (``<`` and ``>``).

    >>> grams("حلب")[:3]
    ['<ح', 'حل', 'لب']
    """
    w = "<" + word + ">"
    return [w[i : i + n] for n in NS for i in range(len(w) - n + 1)]


def learn(names: Iterable[str], words: Iterable[str], min_count: int = MIN_COUNT) -> dict[str, float]:
    """Log-odds (name vs word) of each n-gram seen ``min_count`` times, rounded to 0.01."""
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    for w in names:
        pos.update(grams(w))
    for w in words:
        neg.update(grams(w))
    tp, tn = sum(pos.values()) or 1, sum(neg.values()) or 1
    vocab = [g for g in set(pos) | set(neg) if pos[g] + neg[g] >= min_count]
    v = len(vocab) or 1
    return {g: round(math.log((pos[g] + 0.5) / (tp + 0.5 * v)) - math.log((neg[g] + 0.5) / (tn + 0.5 * v)), 2)
            for g in sorted(vocab)}


def score(word: str, odds: dict[str, float]) -> float:
    """Mean log-odds of the word's known n-grams (0.0 when none is known).

    The n-grams are those of :func:`grams`, in its order (the sum is the same to the last bit);
    they are looked up as they are cut, with no list built: this runs for every new word type.
    """
    w = "<" + word + ">"
    get = odds.get
    total, known = 0, 0
    for n in NS:
        for i in range(len(w) - n + 1):
            v = get(w[i : i + n])
            if v is not None:
                total += v
                known += 1
    return total / known if known else 0.0


def bucket(word: str, odds: dict[str, float]) -> str:
    """The feature: ``nl=`` and the score's bucket (0 = a plain word ... 5 = a name)."""
    s = score(word, odds)
    return "nl=" + str(sum(s >= b for b in BUCKETS))


def build(gazetteer: dict[str, list[str]], vocab: dict[str, int]) -> dict[str, float]:
    """The n-gram table from gazetteer flags (words of person and place names) and news counts."""
    names = [w for w, flags in gazetteer.items() if any(f[2:3] in ("P", "L") for f in flags) and len(w) > 2]
    words = [w for w, n in vocab.items() if n >= MIN_WORD_COUNT and w not in gazetteer and len(w) > 2]
    return learn(names, words)

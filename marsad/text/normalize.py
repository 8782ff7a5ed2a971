"""Normalization for matching, with offsets back to the original text.

The stored text is never changed: :func:`normalize_map` returns the normalized string together
with, for each of its characters, the offset of the original character it came from, so a match
found in normalized text maps back to a span of the original.

Folding (each rule is one entry of ``lexicon/normalize.tsv``-like tables below):

- hamza forms of alef أ إ آ ٱ → ا ;  ى → ي ;  ة → ه
- diacritics (harakat, shadda, sukun, superscript alef) and tatweel ـ are dropped
- Eastern Arabic ٠-٩ and Persian ۰-۹ digits → 0-9

>>> normalize("الرَّئِيسُ")
'الرئيس'
>>> normalize("أعلنت وزارة الصحة ٢٤ إصابة")
'اعلنت وزاره الصحه 24 اصابه'
>>> normalize_map("مـــصر")
('مصر', [0, 4, 5])
"""

from __future__ import annotations

import re

_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_DROP |= set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x06D6, 0x06EE))

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Eastern Arabic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

_TABLE = {ord(k): v for k, v in _FOLD.items()}
_TABLE.update({ord(c): None for c in _DROP})

_DIACRITICS = re.compile("[" + "".join(sorted(_DROP)) + "]")


def normalize(text: str) -> str:
    """Fold ``text`` for matching: alef/ya/ta-marbuta forms, no diacritics or tatweel, Western digits.

    >>> normalize("إلى مستشفى")
    'الي مستشفي'
    """
    return text.translate(_TABLE)


def normalize_map(text: str) -> tuple[str, list[int]]:
    """Normalize ``text`` and return, for each output character, its offset in ``text``.

    >>> s, m = normalize_map("قُتِل ٣")
    >>> s, m
    ('قتل 3', [0, 2, 4, 5, 6])
    """
    if _DIACRITICS.search(text) is None:  # nothing dropped: one character for one
        return text.translate(_TABLE), list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        out.append(_FOLD.get(ch, ch))
        offsets.append(i)
    return "".join(out), offsets


def normalize_word(word: str) -> str:
    """:func:`normalize` of one word, cached: the words of news repeat.

    >>> normalize_word("إعلان")
    'اعلان'
    """
    out = _WORDS.get(word)
    if out is None:
        if len(_WORDS) >= 100_000:
            _WORDS.clear()
        out = _WORDS[word] = word.translate(_TABLE)
    return out


#: the cache of :func:`normalize_word`: a plain dict of strings (an ``lru_cache`` would keep a
#: linked list the garbage collector has to walk)
_WORDS: dict[str, str] = {}


def strip_diacritics(text: str) -> str:
    """Drop harakat and tatweel only (no letter folding).

    >>> strip_diacritics("مُحَمَّد")
    'محمد'
    """
    return _DIACRITICS.sub("", text)


def fold_digits(text: str) -> str:
    """Eastern Arabic and Persian digits to Western ones, nothing else.

    >>> fold_digits("٢٤٬٦٢٠ و۱۲")
    '24٬620 و12'
    """
    return text.translate({ord(chr(0x0660 + i)): str(i) for i in range(10)} | {ord(chr(0x06F0 + i)): str(i) for i in range(10)})

"""Folding Arabic words for search and for matching names: one function used on both sides.

A word is folded by :func:`marsad.text.normalize.normalize` (hamza forms of alef → ا, ى → ي,
ة → ه, no diacritics or tatweel, Western digits) and then stripped of its clitics by
:func:`marsad.text.clitics.split` (و ف ب ل ك س ال in front, pronoun suffixes behind). The index
holds the folded words of every article, and a query is folded the same way before it is matched,
so a search for رئيس finds الرئيس and وبالرئيس, and اعلن finds أعلن.

>>> fold_words("وبالرئيسِ أعلنَ")
['رئيس', 'اعلن']
>>> key("مدينة غزة")
'مدينه غزه'
"""

from __future__ import annotations

import re
from typing import Any

from marsad.text.clitics import split
from marsad.text.normalize import normalize

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold_words(text: str) -> list[str]:
    """The folded, clitic-stripped words of ``text`` (numbers kept, punctuation dropped).

    >>> fold_words("قُتل ٣ في غزةَ")
    ['قتل', '3', 'في', 'غزه']
    """
    out = []
    for w in _WORD.findall(normalize(text)):
        out.append(split(w)[1] if w[0].isalpha() else w)
    return out


def fold(text: str) -> str:
    """:func:`fold_words` joined by spaces: what the full-text index stores."""
    return " ".join(fold_words(text))


def fold_doc(doc: Any) -> str:
    """:func:`fold` of a processed :class:`~marsad.doc.Doc`'s text, from the tokens' ``norm`` (the
    segmenter already split and normalized every word, so nothing is done twice).

    >>> from marsad.pipeline import process
    >>> doc = process("وقال الرئيسُ إن ٣ أشخاص قُتلوا في غزة-المدينة.", title="عنوان", upto="segment")
    >>> fold_doc(doc) == fold(doc.text)
    True
    """
    out: list[str] = []
    for t in doc.tokens:
        n = t.norm
        if not n or not n[0].isalnum():
            continue
        if _WORD.fullmatch(n):
            out.append(n)
        else:  # غزة-المدينة: the index splits it in two words, as the query side does
            out.extend(fold_words(doc.text[t.start : t.end]))
    return " ".join(out)


def key(name: str | None) -> str:
    """A matching key for a name (place, source, speaker): its folded words.

    >>> key("وزارة الصحة") == key("بوزارة الصحة")
    True
    >>> key("لغزة") == key("غزة")
    True
    """
    return fold(name or "")


def fts_query(text: str) -> str:
    """An FTS5 query matching articles that hold every folded word of ``text`` (quoted, so any
    FTS5 operators typed by the user are taken as words).

    >>> fts_query("الرئيس أعلن")
    '"رئيس" "اعلن"'
    >>> fts_query('"')
    ''
    """
    return " ".join(f'"{w}"' for w in fold_words(text))


def contains_key(haystack_key: str, needle_key: str) -> bool:
    """Whether the words of ``needle_key`` occur in ``haystack_key`` in a row (whole words).

    >>> contains_key("قطاع غزه", "غزه")
    True
    >>> contains_key("غزهستان", "غزه")
    False
    """
    return bool(needle_key) and f" {needle_key} " in f" {haystack_key} "

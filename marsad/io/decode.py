"""Turning bytes into text: UTF-8 (with or without BOM) or Windows-1256, detected, never guessed.

Strict UTF-8 is tried first (a UTF-8 BOM is dropped). Failing that, the bytes are decoded as
Windows-1256 and kept only if the result reads as Arabic text: most of its non-ASCII characters
are Arabic letters, marks or punctuation (« » ، ؛ ؟). Anything else is an :class:`EncodingError`.

>>> decode("قال الوزير".encode("cp1256"))
'قال الوزير'
>>> decode(b"\\xef\\xbb\\xbf" + "قال".encode("utf-8"))
'قال'
>>> decode("café crème brûlée à la française".encode("latin-1"))
Traceback (most recent call last):
...
marsad.io.decode.EncodingError: unknown encoding (not UTF-8 or Windows-1256)
"""

from __future__ import annotations

import codecs
import re

UNKNOWN = "unknown encoding (not UTF-8 or Windows-1256)"

#: non-ASCII characters an Arabic text in Windows-1256 is made of: Arabic letters, marks, digits
#: and punctuation, the quotes and dashes of the code page, no-break space, ZWNJ and the bidi marks
_ARABIC_LIKE = re.compile("[\u0600-\u06ff\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u200c-\u200f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
#: control characters that never occur in text (tab, newlines and form feed do)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


class EncodingError(ValueError):
    """The bytes are neither UTF-8 nor Arabic Windows-1256 text."""


def decode(data: bytes, *, min_share: float = 0.9) -> str:
    """Decode ``data`` as UTF-8 (BOM dropped) or, failing that, as Arabic Windows-1256 text.

    ``min_share`` is the share of the non-ASCII characters that must be Arabic-like for
    Windows-1256 to be accepted.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:  # pragma: no cover - every byte is defined in cp1256
        raise EncodingError(UNKNOWN) from None
    if not looks_arabic(text, min_share=min_share):
        raise EncodingError(UNKNOWN)
    return text


def looks_arabic(text: str, *, min_share: float = 0.9) -> bool:
    """True if most non-ASCII characters of ``text`` are Arabic-like and there are no controls.

    >>> looks_arabic("قال الرئيس «نعم»")
    True
    >>> looks_arabic("ÙƒÙ„Ù…Ø©")
    False
    """
    if _CONTROL.search(text):
        return False
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return False
    return len(_ARABIC_LIKE.findall(text)) >= min_share * non_ascii

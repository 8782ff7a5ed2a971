"""Marsad (مرصد): structured, source-attributed records from Arabic news.

>>> import marsad
>>> rec = marsad.extract("قال المتحدث إن 3 أشخاص قتلوا.", title="عنوان", published="2020-10-22")
>>> rec["text"].startswith("عنوان")
True
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

__version__ = "0.1.0"


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    id: str | None = None,
) -> dict[str, Any]:
    """Extract the record of one article from its body ``text`` (and ``title``, ``published``)."""
    from marsad.pipeline import process
    from marsad.record import to_record

    return to_record(process(text, title=title, published=published, id=id))


def read(path: str | Path, *, published: str | None = None) -> Iterator[Any]:
    """Yield the articles in ``path`` (a file, a folder, or ``-`` for stdin); see :mod:`marsad.io`.

    Unreadable inputs are yielded as :class:`marsad.io.ReadError` objects, not raised.
    """
    from marsad.io import read as _read

    yield from _read([path], published=published)


__all__ = ["extract", "read", "__version__"]

"""Reading articles: text, JSON Lines, JSON, HTML, folders and stdin (placeholder being built).

``read(paths, published=None)`` yields :class:`Article` for each article read and
:class:`ReadError` for each input that could not be read, so one bad file never stops the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Article:
    """One article as read: body and title as they were in the input (repair comes later)."""

    id: str
    title: str
    body: str
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadError:
    """An input that could not be read: ``path``, the 1-based ``line`` where it applies, a message."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def read(paths: Iterable[str | Path], *, published: str | None = None) -> Iterator[Article | ReadError]:
    for p in paths:
        p = Path(p)
        text = p.read_text(encoding="utf-8")
        title, _, body = text.lstrip().partition("\n")
        yield Article(id=p.stem, title=title.strip(), body=body, published=published)

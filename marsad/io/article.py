"""What reading yields: an :class:`Article`, or a :class:`ReadError` for an input that failed."""

from __future__ import annotations

from dataclasses import dataclass, field
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


class BadInput(Exception):
    """Raised by the readers; becomes a :class:`ReadError` for ``line`` (or the whole input)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

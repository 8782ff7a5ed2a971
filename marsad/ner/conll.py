"""CoNLL files and IOB2 tags: read sentences, repair tag sequences, turn tags into entity chunks.

A CoNLL file has one token a line (the token first, the tag last, whitespace-separated) and a blank
line between sentences; the last sentence may lack its final newline. ANERcorp's person tag
``PERS`` becomes ``PER``.

>>> fix_iob(["O", "I-PER", "I-PER", "I-LOC"])
['O', 'B-PER', 'I-PER', 'B-LOC']
>>> chunks(["B-PER", "I-PER", "O", "I-LOC"])
[('PER', 0, 2), ('LOC', 3, 4)]
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

TYPES = ("PER", "ORG", "LOC", "MISC")
TAGS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BI")
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


class ConllError(ValueError):
    """A malformed CoNLL file; the message names the file and line."""


def canon_tag(tag: str) -> str:
    """Map a corpus tag to the tag set (``B-PERS`` → ``B-PER``); anything unknown becomes ``O``.

    >>> canon_tag("I-PERS"), canon_tag("B-LOC"), canon_tag("X")
    ('I-PER', 'B-LOC', 'O')
    """
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
        typ = _TYPE_ALIASES.get(tag[2:], tag[2:])
        if typ in TYPES:
            return f"{tag[0]}-{typ}"
    return "O"


def fix_iob(tags: list[str]) -> list[str]:
    """Valid IOB2: an ``I-X`` after ``O`` or after another type starts an entity (``B-X``)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def chunks(tags: list[str]) -> list[tuple[str, int, int]]:
    """Entity chunks ``(type, start, end)`` under conlleval rules (an ``I-`` with no ``B-`` starts one)."""
    out: list[tuple[str, int, int]] = []
    typ, start = None, 0
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if typ is not None:
                out.append((typ, start, i))
            typ, start = (t[2:], i) if t != "O" else (None, i)
    return out


def read_tokens(path: str | Path, lines: Iterator[str] | None = None) -> Iterator[list[str]]:
    """Sentences of tokens from a one-token-a-line file (first column; blank lines between sentences).

    ``lines`` may be given instead of opening ``path`` (stdin). Columns after the first are ignored.
    """
    own = lines is None
    fh = open(path, encoding="utf-8") if own else None
    try:
        sent: list[str] = []
        for line in fh if own else lines:  # type: ignore[union-attr]
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                    sent = []
                continue
            sent.append(parts[0])
        if sent:
            yield sent
    except UnicodeDecodeError as e:
        raise ConllError(f"{path}: not UTF-8 text ({e.reason})") from None
    finally:
        if fh is not None:
            fh.close()


def _is_tag(tag: str) -> bool:
    return tag == "O" or (len(tag) > 2 and tag[1] == "-" and tag[0] in "BIES")


def _rows(path: str | Path, ntags: int) -> Iterator[list[list[str]]]:
    """Sentences of rows ``[token, tag...]`` (the last ``ntags`` columns), checked line by line."""
    rows: list[list[str]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                parts = line.split()
                if not parts:
                    if rows:
                        yield rows
                        rows = []
                    continue
                if len(parts) < ntags + 1:
                    raise ConllError(
                        f"{path}:{n}: expected a token and {ntags} tag column(s), found {len(parts)} column(s): "
                        f"{line.strip()[:40]!r}"
                    )
                tags = parts[len(parts) - ntags :]
                for tag in tags:
                    if not _is_tag(tag):
                        raise ConllError(f"{path}:{n}: not an IOB tag: {tag[:40]!r}")
                rows.append([parts[0]] + [canon_tag(t) for t in tags])
    except UnicodeDecodeError as e:
        raise ConllError(f"{path}: not UTF-8 text ({e.reason})") from None
    if rows:
        yield rows


def read_conll(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences ``(tokens, tags)`` of a tagged CoNLL file; tags are mapped by :func:`canon_tag`.

    A line without a tag column raises :class:`ConllError` naming the file and line.
    """
    for rows in _rows(path, 1):
        yield [r[0] for r in rows], [r[1] for r in rows]


def read_conll_pairs(path: str | Path) -> Iterator[tuple[list[str], list[str], list[str]]]:
    """Sentences ``(tokens, gold, predicted)`` of a conlleval-style file (the last two columns)."""
    for rows in _rows(path, 2):
        yield [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]

"""Language data: the Arabic that the rules use, kept apart from the code.

Each file in this folder is a UTF-8 TSV: ``#`` starts a comment, blank lines are skipped, columns
are separated by tabs. :func:`table` reads one file once and returns its rows; :func:`words` returns
the first column as a set; :func:`mapping` the first two columns as a dict.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``name`` (with or without ``.tsv``), comments and blank lines skipped."""
    path = LEXICON_DIR / (name if name.endswith(".tsv") else name + ".tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(rows)


@cache
def words(name: str) -> frozenset[str]:
    """The first column of ``name`` as a set."""
    return frozenset(row[0] for row in table(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """The first column of ``name`` mapped to the second."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in table(name)}

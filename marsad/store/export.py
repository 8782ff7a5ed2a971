"""Writing query results out: JSON Lines, CSV, Parquet (with pyarrow), or a table for people.

:func:`write` takes the dicts of :mod:`marsad.store.query` (or stored records) and a format.
Lists (names, via...) stay lists in JSON Lines and Parquet, and are joined with `` | `` in CSV.
:func:`table` lays rows out in aligned columns for a terminal: widths count characters as they are
shown (diacritics take no room), long cells are cut with …, and the free-text column comes last so
that right-to-left text does not push the other columns about.

>>> print(table([{"count": 24, "place": "غزة"}, {"count": 3, "place": "ناغورنو كاراباخ"}], ["count", "place"]))
count  place
-----  ---------------
   24  غزة
    3  ناغورنو كاراباخ
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import IO, Any

FORMATS = ("table", "jsonl", "csv", "parquet")
MAX_CELL = 60


class ExportError(Exception):
    """An export that cannot be done (missing optional package...)."""


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, (list, tuple)):
        return " | ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return " ".join(str(v).split())


def width(s: str) -> int:
    """How many terminal columns ``s`` takes (combining marks take none, wide characters two).

    >>> width("الرَّئِيسُ")
    6
    """
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s
    )


def _cut(s: str, n: int) -> str:
    if width(s) <= n:
        return s
    out, w = "", 0
    for ch in s:
        cw = width(ch)
        if w + cw > n - 1:
            break
        out, w = out + ch, w + cw
    return out + "…"


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, max_cell: int = MAX_CELL) -> str:
    """``rows`` as an aligned text table with a header; numbers are right-aligned."""
    cells = [[_cut(_cell(r.get(c)), max_cell) for c in columns] for r in rows]
    widths = [max([width(c)] + [width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in rows) for c in columns]

    def line(vals: Sequence[str], header: bool = False) -> str:
        parts = []
        for i, v in enumerate(vals):
            pad = " " * (widths[i] - width(v))
            last = i == len(vals) - 1
            parts.append(
                v if last and not numeric[i] else (pad + v if numeric[i] and not header else v + pad)
            )
        return "  ".join(parts).rstrip()

    out = [line(list(columns), header=True), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out)


def write(
    rows: Iterable[dict[str, Any]], fmt: str, out: IO[str] | str, columns: Sequence[str] | None = None
) -> int:
    """Write ``rows`` in ``fmt`` (jsonl, csv, parquet) to ``out`` (a text stream, or a path for
    parquet); returns the number of rows. ``columns`` fixes the CSV/Parquet columns (default:
    the keys of the first row)."""
    if fmt == "jsonl":
        n = 0
        assert not isinstance(out, str)
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
        return n
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "csv":
        assert not isinstance(out, str)
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows:
            w.writerow([_csv(r.get(c)) for c in cols])
        return len(rows)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ExportError("--format parquet needs pyarrow: pip install 'marsad[parquet]'") from None
        data = {c: [_parquet(r.get(c)) for r in rows] for c in cols}
        pq.write_table(pa.table(data), out)
        return len(rows)
    raise ExportError(f"unknown format {fmt!r} (one of jsonl, csv, parquet)")


def _csv(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return " | ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


def _parquet(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v

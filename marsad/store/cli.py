"""The store's commands: ``marsad ingest``, ``marsad query``, ``marsad export``, ``marsad tally``.

::

    marsad ingest data/*.jsonl --db marsad.db --jobs 2     # extract and store (resumable)
    marsad ingest --records out.jsonl spark-out/           # store records already extracted
    marsad query articles --q "رئيس" --from 2018-03-01     # a table; --format jsonl|csv
    marsad query figures --place غزة --outcome killed
    marsad export statements --speaker "وزارة الصحة" --format parquet -o st.parquet
    marsad tally --place غزة --outcome killed

The database is ``--db`` (default: ``$MARSAD_DB`` or ``marsad.db``). Errors are one line on stderr
with a non-zero exit; the database is never left half-written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from marsad.store import query as Q
from marsad.store.backend import Backend, StoreError, connect
from marsad.store.export import ExportError, table, write

OUTCOMES = ("killed", "injured", "killed_or_injured", "missing", "captured", "displaced")
VICTIMS = ("civilian", "military", "unspecified")


def _error(message: str) -> Exception:
    from marsad.cli import CommandError

    return CommandError(message)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=os.environ.get("MARSAD_DB", "marsad.db"),
        help="the database file (default: $MARSAD_DB or marsad.db)",
    )


def _filters(p: argparse.ArgumentParser) -> None:
    from marsad.cli import _date

    g = p.add_argument_group("filters")
    g.add_argument("--q", "--words", dest="q", help="words in the article (folded full-text search)")
    g.add_argument("--entity", help="a name the article mentions (entities: the entity's name)")
    g.add_argument("--source", help="who a figure is attributed to, or the outlet")
    g.add_argument("--speaker", help="who made a statement")
    g.add_argument("--outcome", choices=OUTCOMES)
    g.add_argument("--victims", choices=VICTIMS)
    g.add_argument("--place", help="the figure's place (articles: any place named)")
    g.add_argument("--type", choices=("PER", "ORG", "LOC", "MISC"), help="entity type")
    g.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="published on or after (YYYY-MM-DD)"
    )
    g.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help="published on or before (YYYY-MM-DD)"
    )
    g.add_argument("--duplicates", action="store_true", help="include articles that duplicate another")


def register(sub: Any) -> None:
    """Add ``ingest``, ``query``, ``export`` and ``tally`` to the ``marsad`` command line."""
    from marsad.cli import _date

    p = sub.add_parser("ingest", help="extract articles and store them in a database (resumable)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="articles (files, folders, - for stdin)")
    _db_arg(p)
    p.add_argument("--jobs", "-j", type=int, default=1, help="extract in N processes (default 1)")
    p.add_argument(
        "--records", action="store_true", help="inputs are records already extracted (JSONL or Parquet)"
    )
    p.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) where the input has none")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.add_argument("--batch", type=int, default=None, help=argparse.SUPPRESS)  # articles per transaction
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("query", help="articles, figures, statements or entities from the database")
    p.add_argument("kind", choices=Q.KINDS)
    _db_arg(p)
    _filters(p)
    p.add_argument("--limit", type=int, default=50, help="at most N rows (default 50; 0 for all)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="write articles, figures, statements, entities or records to a file")
    p.add_argument("kind", choices=(*Q.KINDS, "records"))
    _db_arg(p)
    _filters(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("-o", "--output", help="the file to write (default stdout; required for parquet)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("tally", help="casualty figures per source over time, their spread and summaries")
    _db_arg(p)
    p.add_argument("--place", help="where (folded, whole words: غزة takes قطاع غزة too)")
    p.add_argument("--outcome", choices=OUTCOMES, default=None)
    p.add_argument("--victims", choices=VICTIMS)
    p.add_argument("--source", help="only this source (or outlet)")
    p.add_argument("--q", "--words", dest="q", help="only articles with these words")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p.add_argument("--include-new", action="store_true", help="also tally figures marked new (increments)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_tally)


def _open(path: str, *, readonly: bool) -> Backend:
    try:
        return connect(path, readonly=readonly)
    except StoreError as e:
        raise _error(str(e)) from None


# -- ingest -------------------------------------------------------------------------------------


def _count(paths: list[str], records: bool) -> int | None:
    """A quick count of the articles in ``paths`` for the progress bar (JSONL lines, other files)."""
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-" or (records and (path.is_dir() or path.suffix == ".parquet")):
            return None
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with open(f, "rb") as fh:
                        total += sum(
                            chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b"")
                        )
                except OSError:
                    pass
            elif f.suffix.lower() in (".txt", ".json", ".html", ".htm"):
                total += 1
    return total or None


def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.store.ingest import BATCH, ingest, read_records

    if args.jobs < 1:
        raise _error("--jobs must be at least 1")
    db = _open(args.db, readonly=False)
    if args.records:
        items: Any = read_records(args.paths)
    else:
        from marsad.io import read

        items = read(args.paths, published=args.published)
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=_count(args.paths, args.records), unit="art", file=sys.stderr, dynamic_ncols=True)
    last = [0]

    def progress(n: int) -> None:
        if bar is not None:
            bar.update(n - last[0])
            last[0] = n

    def on_error(msg: str) -> None:
        line = f"marsad: {msg}"
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    try:
        report = ingest(
            db, items, jobs=args.jobs, progress=progress, on_error=on_error, batch=args.batch or BATCH
        )
    except StoreError as e:
        raise _error(str(e)) from None
    finally:
        if bar is not None:
            bar.close()
        db.close()
    if not args.quiet:
        print(f"marsad: ingest {args.db}: {report.summary()}", file=sys.stderr)
    return 1 if report.errors else 0


# -- query and export ---------------------------------------------------------------------------


_FLAGS = {"q": "--q", "date_from": "--from", "date_to": "--to"}
_NAMES = ("q", "entity", "source", "speaker", "outcome", "victims", "place", "type", "date_from", "date_to")


def _filter_values(args: argparse.Namespace, kind: str | None = None) -> dict[str, Any]:
    """The filters given on the command line; one that does not apply to ``kind`` is an error."""
    out = {n: getattr(args, n, None) for n in _NAMES}
    if kind is not None:
        ok = {"q", "entity", "date_from", "date_to"} if kind == "records" else Q.accepts(kind)
        wrong = sorted(n for n, v in out.items() if v is not None and n not in ok)
        if wrong:
            flags = ", ".join(_FLAGS.get(n, "--" + n) for n in wrong)
            raise _error(f"{flags}: not a filter of {kind} (see marsad query --help)")
    out["duplicates"] = bool(getattr(args, "duplicates", False))
    return out


def cmd_query(args: argparse.Namespace) -> int:
    filters = _filter_values(args, args.kind)
    db = _open(args.db, readonly=True)
    try:
        rows = Q.run(db, args.kind, limit=args.limit or None, **filters)
    except StoreError as e:
        raise _error(str(e)) from None
    finally:
        db.close()
    if args.format == "table":
        if not rows:
            print(f"no {args.kind} found", file=sys.stderr)
            return 0
        print(table(rows, Q.COLUMNS[args.kind]))
        if args.limit and len(rows) == args.limit:
            print(f"(first {args.limit}; --limit 0 for all)", file=sys.stderr)
    else:
        write(rows, args.format, sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output:
        raise _error("--format parquet needs -o FILE")
    filters = _filter_values(args, args.kind)
    db = _open(args.db, readonly=True)
    out: Any = None
    try:
        if args.kind == "records":
            keep = {k: filters[k] for k in ("q", "entity", "date_from", "date_to") if filters[k]}
            rows: Any = Q.records(db, duplicates=filters["duplicates"], **keep)
            if args.format != "jsonl":
                rows = (
                    {
                        "id": r.get("id"),
                        "published": r.get("published"),
                        "title": r.get("title"),
                        "record": json.dumps(r, ensure_ascii=False),
                    }
                    for r in rows
                )
        else:
            rows = Q.run(db, args.kind, limit=None, **filters)
        if args.format == "parquet":
            n = write(rows, "parquet", args.output)
        else:
            out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
            n = write(rows, args.format, out)
    except (StoreError, ExportError) as e:
        raise _error(str(e)) from None
    finally:
        db.close()
        if out is not None and out is not sys.stdout:
            out.close()
    if args.output:
        print(f"marsad: wrote {n} {args.kind} to {args.output}", file=sys.stderr)
    return 0


# -- tally --------------------------------------------------------------------------------------


def cmd_tally(args: argparse.Namespace) -> int:
    from marsad.store.tally import tally

    db = _open(args.db, readonly=True)
    try:
        result = tally(
            db,
            place=args.place,
            outcome=args.outcome,
            victims=args.victims,
            source=args.source,
            q=args.q,
            date_from=args.date_from,
            date_to=args.date_to,
            include_new=args.include_new,
        )
    except StoreError as e:
        raise _error(str(e)) from None
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if not result["groups"]:
        print("no figures match", file=sys.stderr)
        return 0
    print(render_tally(result))
    return 0


def render_tally(result: dict[str, Any]) -> str:
    """The tally as text for a terminal: per group, the sources' latest totals, then each series."""
    out = []
    for g in result["groups"]:
        head = f"{g['outcome']} ({g['victims']}) — {g['place'] or 'no place named'}"
        if g.get("since"):
            head += f", since {g['since']}"
        out.append(head)
        out.append("=" * len(head))
        u, c, s = g["ucdp"], g["conservative"], g["spread"]
        out.append(
            f"sources {s['sources']}, claims {g['claims']}, articles {g['articles']}; "
            f"spread {s['low']}–{s['high']} (difference {s['difference']})"
        )
        out.append(f"conservative (ACLED, lowest latest total): {c['count']}  [{c['source']}]")
        out.append(f"UCDP-style low / best / high: {u['low']} / {u['best']} / {u['high']}")
        out.append("")
        rows = [
            {
                "latest": x["latest"]["count"],
                "date": x["latest"]["published"],
                "first": x["first"]["count"],
                "change": x["change"],
                "claims": len(x["claims"]),
                "article": x["latest"]["article"],
                "source": x["source"],
            }
            for x in g["series"]
        ]
        out.append(table(rows, ["latest", "date", "first", "change", "claims", "article", "source"]))
        for x in g["series"]:
            out.append("")
            out.append(f"  {x['source']}:")
            claims = [
                {
                    "date": cl["published"],
                    "count": cl["count"],
                    "article": cl["article"],
                    "evidence": cl["evidence"],
                }
                for cl in x["claims"]
            ]
            out.append(
                "\n".join(
                    "    " + line
                    for line in table(claims, ["date", "count", "article", "evidence"]).splitlines()
                )
            )
        out.append("")
    return "\n".join(out).rstrip()

"""``marsad spark extract INPUT OUTPUT``: the same extraction, run on Apache Spark.

Each input row is read exactly as ``marsad extract`` reads a JSON Lines line
(:func:`marsad.io.formats.article_from_obj`), run through the pipeline by :func:`marsad.extract`'s
machinery inside ``mapPartitions`` (the stages and lexicons load once per partition), and written
as Parquet with one row per article: ``id``, ``published``, ``title``, ``record`` (the record as
JSON, equal to what ``marsad extract`` prints for the same article) and ``error`` (a one-line
message for an input row that is not an article; its ``record`` is null). ``marsad ingest
--records OUTPUT`` loads that folder into the database; see ``docs/spark.md``.

INPUT is JSON Lines (a file, a folder or a glob; ``.jsonl``/``.json``) or Parquet (``.parquet``
or a folder of Parquet parts) with the article fields ``id``, ``title``, ``body`` (or ``text``),
``published``; other columns go to ``meta`` as they do for ``marsad extract``.

pyspark is an optional extra (``pip install 'marsad[spark]'``, and Java 17); it is imported only
when the command runs, so this module imports (and its tests skip) without it.

>>> import json
>>> rows = list(extract_rows([json.dumps({"id": "x", "title": "عنوان", "body": "قال الرئيس إن الهدنة صامدة."})]))
>>> rows[0]["id"], rows[0]["error"], json.loads(rows[0]["record"])["title"]
('x', None, 'عنوان')
>>> list(extract_rows(["[1, 2]"]))[0]["error"]
'line 1: not an article (a JSON list, not an object)'
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: the columns of the Parquet output
COLUMNS = ("id", "published", "title", "record", "error")


def _record(obj: Any, default_id: str, published: str | None) -> dict[str, Any]:
    """One output row for one input object (a parsed JSON line or a Parquet row as a dict)."""
    from marsad.io.article import BadInput
    from marsad.io.formats import article_from_obj
    from marsad.pipeline import process
    from marsad.record import to_record

    try:
        a = article_from_obj(obj, default_id, published)
    except BadInput as e:
        return {
            "id": None,
            "published": None,
            "title": None,
            "record": None,
            "error": f"{default_id}: {e.message}",
        }
    try:
        rec = to_record(process(a.body, title=a.title, published=a.published, id=a.id, meta=a.meta))
    except Exception as e:  # an extractor bug: report the article, keep the job going
        return {
            "id": a.id,
            "published": a.published,
            "title": a.title,
            "record": None,
            "error": f"{a.id}: extraction failed ({type(e).__name__}: {e})",
        }
    return {
        "id": a.id,
        "published": a.published,
        "title": a.title,
        "record": json.dumps(rec, ensure_ascii=False),
        "error": None,
    }


def extract_rows(
    lines: Iterable[str | tuple[str, int]], stem: str = "line", published: str | None = None
) -> Iterator[dict[str, Any]]:
    """Output rows for JSON Lines ``lines`` (or ``(line, 0-based index)`` pairs); blank lines are
    skipped. A line without an ``id`` gets ``{stem}:{line number}``, as in :mod:`marsad.io`."""
    for i, item in enumerate(lines):
        line, index = item if isinstance(item, tuple) else (item, i)
        if not line.strip():
            continue
        default_id = f"{stem}:{index + 1}"
        try:
            obj = json.loads(line.lstrip("\ufeff"))
        except ValueError as e:
            yield {
                "id": None,
                "published": None,
                "title": None,
                "record": None,
                "error": f"line {index + 1}: invalid JSON ({e})",
            }
            continue
        row = _record(obj, default_id, published)
        if row["error"] and row["id"] is None:
            row["error"] = f"line {index + 1}: {row['error'].split(': ', 1)[1]}"
        yield row


def _from_dicts(
    objs: Iterable[tuple[dict[str, Any], int]], stem: str, published: str | None
) -> Iterator[dict[str, Any]]:
    """Output rows for Parquet rows; a null column is an absent field (columnar files have every
    column in every row), so the record equals that of the same article given as JSON."""
    for obj, index in objs:
        yield _record({k: v for k, v in obj.items() if v is not None}, f"{stem}:{index + 1}", published)


def _is_parquet(path: str) -> bool:
    p = Path(path)
    if p.suffix == ".parquet":
        return True
    return p.is_dir() and any(f.suffix == ".parquet" for f in p.iterdir())


def run(
    input: str,
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    published: str | None = None,
    spark: Any = None,
) -> tuple[int, list[str]]:
    """Run the extraction on Spark; returns (articles written, error messages of bad rows).

    ``master`` None means the one ``spark-submit`` set, or ``local[*]`` outside ``spark-submit``.
    """
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    own = spark is None
    if own:
        builder = SparkSession.builder
        if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
            builder = builder.master(master or "local[*]")
        spark = (
            builder.appName("marsad-extract")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.parquet.compression.codec", "snappy")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
    try:
        stem = Path(input).stem
        if _is_parquet(input):
            rdd = spark.read.parquet(input).rdd.map(lambda r: r.asDict(recursive=True)).zipWithIndex()
            if partitions:
                rdd = rdd.repartition(partitions)
            out = rdd.mapPartitions(lambda it: _from_dicts(it, stem, published))
        else:
            rdd = spark.sparkContext.textFile(input).zipWithIndex()
            if partitions:
                rdd = rdd.repartition(partitions)
            out = rdd.mapPartitions(lambda it: extract_rows(it, stem, published))
        schema = StructType([StructField(c, StringType(), True) for c in COLUMNS])
        df = spark.createDataFrame(out.map(lambda r: tuple(r[c] for c in COLUMNS)), schema).cache()
        df.write.mode("errorifexists").parquet(output)
        errors = [r["error"] for r in df.filter(df.error.isNotNull()).select("error").limit(1000).collect()]
        n = df.filter(df.record.isNotNull()).count()
        df.unpersist()
        return n, errors
    finally:
        if own:
            spark.stop()


def register(sub: Any) -> None:
    """Add ``marsad spark extract`` to the command line."""
    p = sub.add_parser("spark", help="run the extraction on Apache Spark (needs marsad[spark] and Java 17)")
    _commands(p)


def _commands(p: argparse.ArgumentParser) -> None:
    from marsad.cli import _date

    ssub = p.add_subparsers(dest="spark_command", metavar="COMMAND")
    ssub.required = True
    ex = ssub.add_parser("extract", help="extract records from JSON Lines or Parquet into Parquet")
    ex.add_argument("input", metavar="INPUT", help="JSON Lines or Parquet (file, folder or glob)")
    ex.add_argument("output", metavar="OUTPUT", help="the Parquet folder to write (must not exist)")
    ex.add_argument(
        "--master",
        default=os.environ.get("MARSAD_SPARK_MASTER"),
        help="Spark master (default: the one spark-submit sets, else local[*])",
    )
    ex.add_argument("--partitions", type=int, help="repartition the input into N parts")
    ex.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) where the input has none")
    ex.set_defaults(func=cmd_extract)


def main(argv: list[str] | None = None) -> int:
    """Entry point under ``spark-submit .../marsad/spark.py extract INPUT OUTPUT``."""
    from marsad.cli import CommandError

    p = argparse.ArgumentParser(prog="marsad spark")
    _commands(p)
    args = p.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return e.code


def cmd_extract(args: argparse.Namespace) -> int:
    from marsad.cli import CommandError

    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise CommandError(
            "'marsad spark' needs pyspark: pip install 'marsad[spark]' (and Java 17)"
        ) from None
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        raise CommandError("'marsad spark' needs Java (17): install a JDK or set JAVA_HOME")
    if not _exists(args.input):
        raise CommandError(f"{args.input}: no such file or directory")
    if Path(args.output).exists():
        raise CommandError(f"{args.output}: already exists; choose a new output folder")
    try:
        n, errors = run(
            args.input, args.output, master=args.master, partitions=args.partitions, published=args.published
        )
    except Exception as e:  # Spark raises Py4J/analysis errors of many types
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise CommandError(f"spark extract failed: {first[:300]}") from None
    for msg in errors:
        print(f"marsad: {args.input}: {msg}", file=sys.stderr)
    print(f"marsad: wrote {n} records to {args.output}", file=sys.stderr)
    return 1 if errors else 0


def _exists(path: str) -> bool:
    import glob

    return Path(path).exists() or bool(glob.glob(path))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

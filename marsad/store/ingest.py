"""Ingest: extract articles (or load records already extracted) and store them, once each.

``ingest(db, items, jobs=N)`` takes what :func:`marsad.io.read` yields (articles and read errors)
or records (:func:`read_records`), runs the pipeline in ``N`` worker processes (writing stays in
this process) and writes each article with all its rows in the same transaction, a batch of
articles per transaction. So a process killed at any moment leaves every article either whole or
absent, and running the same command again stores the missing ones and nothing twice:

- an article whose ``id`` is stored with the same content hash (:func:`marsad.store.dedup.content_hash`)
  is skipped before extraction (*unchanged*);
- one whose ``id`` is stored with another hash replaces the old version (*updated*);
- one whose hash is stored under another id is an exact copy: it is stored with ``duplicate_of``
  pointing to the first copy and without rows of its own;
- one that shares a MinHash/LSH bucket with a stored article of Jaccard similarity
  ≥ :data:`marsad.store.dedup.THRESHOLD` is a near-duplicate: stored with its rows, and
  ``duplicate_of`` set to the first copy, so the story is listed and tallied once (a figure that
  the copy changes, an updated toll, still counts: see :mod:`marsad.store.tally`).

>>> from marsad.store.backend import connect
>>> db = connect(":memory:")
>>> rec = {"id": "a1", "title": "عنوان", "text": "عنوان\\n\\nنص", "body_start": 7, "sentences": []}
>>> store(db, [rec]).new, store(db, [rec]).unchanged
(1, 1)
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.store import dedup
from marsad.store.backend import Backend, StoreError
from marsad.store.fold import fold_doc
from marsad.store.rows import Bundle, bundle

#: articles written per transaction (a crash loses at most this many, which the next run redoes)
BATCH = 200
#: articles a worker process extracts before it is replaced (the pipeline's caches grow with the
#: vocabulary seen; a fresh worker bounds the memory at the cost of reloading, about 0.6 s)
WORKER_TASKS = 2000
_IMAP_CHUNK = 4


@dataclass
class Report:
    """What an ingest did."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.updated

    def summary(self) -> str:
        rate = (self.new + self.updated) / self.seconds if self.seconds else 0.0
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged; duplicates: "
            f"{self.exact_duplicates} exact, {self.near_duplicates} near; {len(self.errors)} errors; "
            f"{self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


# -- the work done per article (in worker processes) -------------------------------------------


#: what a worker is given: an article ``(id, title, body, published, meta, hash)``, a record, a
#: bundle, an error message (passed through, to keep errors in input order) or None (unchanged)
Work = tuple[str, str, str, str | None, dict[str, Any], str] | dict[str, Any] | Bundle | str | None


def prepare(item: Work) -> Bundle | str | None:
    """Turn one work item into a :class:`~marsad.store.rows.Bundle` (running the pipeline on an
    article), or a one-line error message; None and messages pass through."""
    if item is None or isinstance(item, (str, Bundle)):
        return item
    if isinstance(item, dict):
        try:
            return bundle(item)
        except Exception as e:  # a record that does not follow the schema
            return f"{item.get('id')}: not a valid record ({type(e).__name__}: {e})"
    ident, title, body, published, meta, chash = item
    try:
        from marsad.pipeline import process
        from marsad.record import to_record

        doc = process(body, title=title, published=published, id=ident, meta=meta)
        return bundle(to_record(doc), chash, fold_doc(doc))
    except Exception as e:  # an extractor bug must not stop the ingest of the other articles
        return f"{ident}: extraction failed ({type(e).__name__}: {e})"


# -- writing ----------------------------------------------------------------------------------

_ARTICLE_COLS = (
    "id",
    "content_hash",
    "title",
    "published",
    "outlet",
    "url",
    "headline",
    "text",
    "body_start",
    "record",
)


def _insert(db: Backend, b: Bundle, report: Report, *, with_rows: bool = True) -> int:
    a = b.article
    now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    cols = list(_ARTICLE_COLS) + ["signature", "ingested_at"]
    pk = db.execute(
        f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [a[c] for c in _ARTICLE_COLS] + [dedup.pack(b.signature) if with_rows else None, now],
    )
    assert pk is not None
    if not with_rows:
        return pk
    ids: dict[str, int] = {}
    for e in b.entities:
        ids[e["eid"]] = (
            db.execute(
                "INSERT INTO entities (article, eid, type, name, name_key, names, roles, n_mentions) VALUES (?,?,?,?,?,?,?,?)",
                (pk, e["eid"], e["type"], e["name"], e["name_key"], e["names"], e["roles"], e["n_mentions"]),
            )
            or 0
        )
    db.executemany(
        'INSERT INTO mentions (entity, article, start, "end", text) VALUES (?,?,?,?,?)',
        [(ids[eid], pk, s, e, t) for eid, s, e, t in b.mentions if eid in ids],
    )
    _many(db, "statements", pk, b.statements)
    _many(db, "figures", pk, b.figures)
    _many(db, "events", pk, b.events)
    db.execute("INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)", (pk, b.terms))
    db.executemany(
        "INSERT INTO lsh (band, bucket, article) VALUES (?,?,?)",
        [(i, h, pk) for i, h in dedup.bands(b.signature)],
    )
    return pk


def _many(db: Backend, table: str, pk: int, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    quoted = ", ".join(f'"{c}"' for c in cols)
    db.executemany(
        f"INSERT INTO {table} (article, {quoted}) VALUES (?, {', '.join('?' * len(cols))})",
        [[pk] + [r[c] for c in cols] for r in rows],
    )


def _delete(db: Backend, pk: int) -> None:
    """Remove article ``pk`` and its rows; its copies now point to the first of them."""
    kids = [r["pk"] for r in db.query("SELECT pk FROM articles WHERE duplicate_of = ? ORDER BY pk", (pk,))]
    keys = _entity_keys(db, [pk, *kids])
    db.execute("DELETE FROM articles_fts WHERE rowid = ?", (pk,))
    if kids:
        db.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE pk = ?", (kids[0],))
        db.execute("UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?", (kids[0], pk))
    db.execute("DELETE FROM articles WHERE pk = ?", (pk,))
    _recount_entities(db, keys)


# -- entity_stats: the per-entity totals over stories, kept up to date as articles come and go --


def _entity_keys(db: Backend, pks: list[int]) -> list[tuple[str, str]]:
    marks = ",".join("?" * len(pks))
    rows = db.query(f"SELECT DISTINCT type, name_key FROM entities WHERE article IN ({marks})", pks)
    return [(r["type"], r["name_key"]) for r in rows]


def _count_entities(db: Backend, pk: int) -> None:
    """Add the entities of a new story (an article that duplicates none) to ``entity_stats``."""
    db.execute(
        "INSERT INTO entity_stats (type, name_key, name, articles, mentions, first, last)"
        " SELECT e.type, e.name_key, max(e.name), 1, sum(e.n_mentions), a.published, a.published"
        " FROM entities e JOIN articles a ON a.pk = e.article WHERE e.article = ? GROUP BY e.type, e.name_key"
        " ON CONFLICT (type, name_key) DO UPDATE SET articles = articles + 1,"
        " mentions = mentions + excluded.mentions,"
        " first = COALESCE(min(first, excluded.first), first, excluded.first),"
        " last = COALESCE(max(last, excluded.last), last, excluded.last)",
        (pk,),
    )


def _recount_entities(db: Backend, keys: list[tuple[str, str]]) -> None:
    """Recompute the ``entity_stats`` rows of ``keys`` from scratch (after a delete)."""
    for typ, name_key in keys:
        db.execute("DELETE FROM entity_stats WHERE type = ? AND name_key = ?", (typ, name_key))
        db.execute(
            "INSERT INTO entity_stats (type, name_key, name, articles, mentions, first, last)"
            " SELECT e.type, e.name_key, max(e.name), count(DISTINCT e.article), sum(e.n_mentions),"
            " min(a.published), max(a.published) FROM entities e JOIN articles a ON a.pk = e.article"
            " WHERE e.type = ? AND e.name_key = ? AND a.duplicate_of IS NULL GROUP BY e.type, e.name_key",
            (typ, name_key),
        )


def _near_duplicate(db: Backend, b: Bundle) -> tuple[int, float] | None:
    """The stored article most similar to ``b`` if it is the same story: (its root pk, Jaccard)."""
    sig = b.signature
    if len(b.shingles) < dedup.MIN_SHINGLES or len(set(sig)) < 2:
        return None
    buckets = dedup.bands(sig)
    where = " OR ".join("(band = ? AND bucket = ?)" for _ in buckets)
    params = [x for pair in buckets for x in pair]
    cands = db.query(
        f"SELECT DISTINCT a.pk, a.duplicate_of, a.signature FROM lsh JOIN articles a ON a.pk = lsh.article WHERE {where}",
        params,
    )
    best: tuple[int, float] | None = None
    for c in cands:
        if dedup.similarity(sig, dedup.unpack(c["signature"])) < dedup.CANDIDATE:
            continue
        row = db.query("SELECT text, body_start FROM articles WHERE pk = ?", (c["pk"],))[0]
        sim = dedup.jaccard(b.shingles, dedup.shingles(row["text"][row["body_start"] :]))
        if sim >= dedup.THRESHOLD and (best is None or sim > best[1]):
            best = (c["duplicate_of"] or c["pk"], round(sim, 3))
    return best


def write(db: Backend, b: Bundle, report: Report) -> None:
    """Store one bundle (the caller holds the transaction)."""
    a = b.article
    old = db.query("SELECT pk, content_hash FROM articles WHERE id = ?", (a["id"],))
    if old and old[0]["content_hash"] == a["content_hash"]:
        report.unchanged += 1
        return
    if old:
        _delete(db, old[0]["pk"])
        report.updated += 1
    else:
        report.new += 1
    same = db.query(
        "SELECT pk, duplicate_of FROM articles WHERE content_hash = ? ORDER BY pk LIMIT 1",
        (a["content_hash"],),
    )
    if same:
        pk = _insert(db, b, report, with_rows=False)
        db.execute(
            "UPDATE articles SET duplicate_of = ?, similarity = 1.0 WHERE pk = ?",
            (same[0]["duplicate_of"] or same[0]["pk"], pk),
        )
        report.exact_duplicates += 1
        return
    near = _near_duplicate(db, b)
    pk = _insert(db, b, report)
    if near:
        db.execute(
            "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE pk = ?", (near[0], near[1], pk)
        )
        report.near_duplicates += 1
    else:
        _count_entities(db, pk)


def store(db: Backend, records: Iterable[dict[str, Any] | Bundle], report: Report | None = None) -> Report:
    """Store records (or bundles) in one transaction: the simple path for tests and small loads."""
    report = report or Report()
    with db.transaction():
        for r in records:
            write(db, r if isinstance(r, Bundle) else bundle(r), report)
    return report


# -- the ingest loop -----------------------------------------------------------------------------


def _work(
    items: Iterable[Any], stored: dict[str, str], gate: threading.Semaphore, stop: threading.Event
) -> Iterator[Work]:
    """The work items for ``items``; an article stored with the same content is None. Blocks on
    ``gate`` so that at most a bounded number of articles are in flight (read but not written);
    ends when ``stop`` is set."""
    for it in items:
        gate.acquire()
        if stop.is_set():
            return
        if isinstance(it, (dict, Bundle)):
            yield it
        elif hasattr(it, "body"):
            chash = dedup.content_hash(it.title, it.body)
            yield (
                None
                if stored.get(it.id) == chash
                else (it.id, it.title, it.body, it.published, it.meta, chash)
            )
        else:  # a ReadError, or an error message from read_records
            yield str(it)


def ingest(
    db: Backend,
    items: Iterable[Any],
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    batch: int = BATCH,
) -> Report:
    """Extract and store the articles in ``items`` (``marsad.io`` articles and read errors, or
    record dicts, or :class:`~marsad.store.rows.Bundle`); ``progress(n)`` is called as articles
    are done and ``on_error(message)`` for each input or article that failed.

    Articles stream through ``jobs`` worker processes (in input order) and are written by this
    process, ``batch`` articles per transaction. On a database error (disk full, ...) the open
    batch is rolled back and :class:`StoreError` raised; everything committed before stays.
    """
    report = Report()
    t0 = time.perf_counter()
    stored = {r["id"]: r["content_hash"] for r in db.iterate("SELECT id, content_hash FROM articles")}
    in_flight = max(2 * batch, 64 * jobs)
    gate, stop = threading.Semaphore(in_flight), threading.Event()
    work = _work(items, stored, gate, stop)
    pool = None
    if jobs > 1:
        import multiprocessing as mp

        pool = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(
            jobs, maxtasksperchild=max(1, WORKER_TASKS // _IMAP_CHUNK)
        )
        results: Iterator[Bundle | str | None] = pool.imap(prepare, work, chunksize=_IMAP_CHUNK)
    else:
        results = map(prepare, work)
    try:
        done = 0
        while True:
            n = 0
            with db.transaction():
                for r in itertools.islice(results, batch):
                    n += 1
                    gate.release()
                    if r is None:
                        report.unchanged += 1
                    elif isinstance(r, str):
                        report.errors.append(r)
                        if on_error:
                            on_error(r)
                    else:
                        write(db, r, report)
                    done += 1
                    if progress:
                        progress(done)
            if n < batch:
                break
    finally:
        stop.set()  # let a reader blocked on the gate end, so the pool can be shut down
        for _ in range(in_flight + 1):
            gate.release()
        if pool is not None:
            pool.terminate()
            pool.join()
    report.seconds = time.perf_counter() - t0
    return report


# -- reading records (the output of `marsad extract` or `marsad spark extract`) -----------------


def read_records(paths: Iterable[str | Path]) -> Iterator[dict[str, Any] | str]:
    """Records from JSON Lines files (``marsad extract`` output) or Parquet files/folders
    (``marsad spark extract`` output, read with pyarrow); a bad line is yielded as an error string.
    """
    for p in paths:
        path = Path(p)
        if path.is_dir() or path.suffix == ".parquet":
            yield from _parquet_records(path)
            continue
        try:
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except ValueError as e:
                        yield f"{path}:{n}: invalid JSON ({e})"
                        continue
                    if (
                        not isinstance(rec, dict)
                        or not isinstance(rec.get("text"), str)
                        or "sentences" not in rec
                    ):
                        yield f"{path}:{n}: not a Marsad record (no text/sentences); use 'marsad ingest' without --records for articles"
                        continue
                    yield rec
        except (OSError, UnicodeDecodeError) as e:
            yield f"{path}: {getattr(e, 'strerror', None) or e}"


def _parquet_records(path: Path) -> Iterator[dict[str, Any] | str]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("reading Parquet needs pyarrow: pip install 'marsad[parquet]'") from None
    try:
        table = pq.read_table(path)
        if "record" not in table.column_names:
            raise ValueError("no 'record' column")
    except Exception as e:  # pyarrow raises many types for unreadable files
        yield f"{path}: not a Parquet file of Marsad records ({type(e).__name__}: {str(e)[:120]})"
        return
    errors = table.column("error").to_pylist() if "error" in table.column_names else [None] * table.num_rows
    for value, err in zip(table.column("record").to_pylist(), errors, strict=True):
        if value is None:
            yield f"{path}: {err or 'a row without a record'}"
            continue
        try:
            rec = json.loads(value)
        except (TypeError, ValueError):
            yield f"{path}: a row whose record is not JSON"
            continue
        yield rec

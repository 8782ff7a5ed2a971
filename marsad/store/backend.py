"""The storage backend: the one place that talks to the database engine (SQLite here).

Everything above this module (ingest, search, query, tally, export) speaks to a :class:`Backend`:
``query(sql, params)`` returns plain dicts, ``execute``/``executemany`` write, ``transaction()``
groups writes so that an article and all its rows land together or not at all, and ``fts_match``
names the full-text operator. The SQL the other modules write keeps mostly to what SQLite and
PostgreSQL share; the SQLite-isms a PostgreSQL backend would translate are few and known: ``?``
placeholders, the FTS5 table and ``bm25()`` (→ a ``tsvector`` column over the same folded words),
scalar ``min(a, b)``/``max(a, b)`` in :mod:`marsad.store.ingest` (→ LEAST/GREATEST), ``LIMIT -1``,
and the PRAGMAs of :mod:`marsad.store.schema` and :func:`connect`. The extractors never see the
database, so a second backend is a new class here plus its DDL, not a change to them.

Opening a database (:func:`connect`) checks, before anything is written, that the file is an SQLite
database and that its schema version is one this code knows; a newer or foreign file is refused with
a :class:`StoreError` and left untouched. Writable databases use WAL journaling, so readers (the web
API) are never blocked by an ingest, and a process killed with SIGKILL loses at most the transaction
it had open.

>>> db = connect(":memory:")
>>> db.query("SELECT count(*) AS n FROM articles")
[{'n': 0}]
>>> db.close()
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marsad.store import schema


class StoreError(Exception):
    """A database problem to report in one line (corrupt file, read-only path, disk full...)."""


def explain(err: sqlite3.Error, path: str) -> StoreError:
    """Turn an ``sqlite3`` error into a one-line :class:`StoreError` that names ``path``.

    >>> str(explain(sqlite3.OperationalError("database or disk is full"), "x.db"))
    'x.db: the disk is full (or the database reached its size limit); nothing of the failed batch was stored'
    """
    msg = str(err)
    low = msg.lower()
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return StoreError(f"{path}: not a Marsad database, or the file is corrupt ({msg})")
    if "disk is full" in low or "database or disk is full" in low:
        return StoreError(
            f"{path}: the disk is full (or the database reached its size limit); nothing of the failed batch was stored"
        )
    if "readonly" in low or "read-only" in low:
        return StoreError(f"{path}: the database is read-only ({msg})")
    if "unable to open" in low:
        return StoreError(f"{path}: cannot open the database (missing folder or no permission)")
    if "locked" in low or "busy" in low:
        return StoreError(f"{path}: the database is locked by another process ({msg})")
    return StoreError(f"{path}: database error: {msg}")


class Backend:
    """An SQLite database behind the small interface the store uses (see the module docstring)."""

    name = "sqlite"

    def __init__(self, conn: sqlite3.Connection, path: str, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0

    # -- reading ---------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a SELECT and return its rows as dicts."""
        try:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.Error as e:
            raise explain(e, self.path) from None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row (or None)."""
        rows = self.query(sql, params)
        return next(iter(rows[0].values())) if rows else None

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Like :meth:`query` but one row at a time (for exports of the whole database)."""
        try:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description or ()]
            for row in cur:
                yield dict(zip(names, row, strict=True))
        except sqlite3.Error as e:
            raise explain(e, self.path) from None

    # -- writing ---------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int | None:
        """Run one statement; return the new row's id (for INSERT)."""
        return self.conn.execute(sql, params).lastrowid

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written at once or not at all (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise explain(e, self.path) from None
            raise
        finally:
            self._depth = 0

    # -- full text -------------------------------------------------------------------------
    @staticmethod
    def fts_match() -> str:
        """The SQL condition that matches ``articles_fts`` against one parameter (an FTS5 query)."""
        return "articles_fts MATCH ?"

    def close(self) -> None:
        self.conn.close()


def connect(path: str | Path, *, readonly: bool = False, create: bool = True) -> Backend:
    """Open (and, when writable, create or migrate) the database at ``path``.

    ``readonly=True`` opens it with SQLite's ``mode=ro`` URI: nothing can be written, which is what
    the web API wants. Raises :class:`StoreError` for a corrupt file, a database from a newer
    version of Marsad, a missing file (read-only or ``create=False``) or an unwritable place.
    """
    spath = str(path)
    memory = spath == ":memory:"
    p = Path(spath)
    if not memory:
        if p.is_dir():
            raise StoreError(f"{spath}: is a folder, not a database file")
        if (readonly or not create) and not p.exists():
            raise StoreError(f"{spath}: no such database (create it with 'marsad ingest')")
        if not readonly and not p.exists() and not p.parent.exists():
            raise StoreError(f"{spath}: cannot create the database: folder {p.parent} does not exist")
    try:
        if readonly and not memory:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(spath, isolation_level=None, timeout=30)
        conn.execute("PRAGMA foreign_keys=ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.VERSION:
            conn.close()
            raise StoreError(
                f"{spath}: database schema version {version} is newer than this Marsad knows "
                f"({schema.VERSION}); upgrade marsad — the database was not touched"
            )
        if version and not schema.is_marsad(conn):
            conn.close()
            raise StoreError(f"{spath}: an SQLite database, but not a Marsad one; not touched")
        if not version and not memory and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.close()
            raise StoreError(f"{spath}: an SQLite database, but not a Marsad one; not touched")
        if readonly:
            if version < schema.VERSION:
                conn.close()
                raise StoreError(
                    f"{spath}: old schema version {version}; open it once for writing to migrate"
                )
            return Backend(conn, spath, True)
        if not memory:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        backend = Backend(conn, spath, False)
        if version < schema.VERSION:
            with backend.transaction():
                schema.migrate(conn, version)
        return backend
    except sqlite3.Error as e:
        raise explain(e, spath) from None

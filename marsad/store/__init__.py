"""The corpus store: articles and everything extracted from them, in SQLite.

Modules, from the bottom up:

- :mod:`marsad.store.backend`: the database engine behind a small interface (``query``,
  ``execute``, ``transaction``, ``fts_match``); :func:`connect` opens, checks the schema version,
  migrates; errors are :class:`StoreError` with a one-line message.
- :mod:`marsad.store.schema`: the tables and their migrations (``PRAGMA user_version``).
- :mod:`marsad.store.fold`: Arabic folding shared by the index and the queries.
- :mod:`marsad.store.dedup`: content hash and MinHash/LSH near-duplicate detection.
- :mod:`marsad.store.rows`: a record → the rows to insert (pure; runs in worker processes).
- :mod:`marsad.store.ingest`: the resumable, batched, crash-safe ingest.
- :mod:`marsad.store.search`, :mod:`marsad.store.query`, :mod:`marsad.store.tally`: reading,
  as plain dicts (for the CLI, the HTTP API and notebooks).
- :mod:`marsad.store.export`: JSON Lines, CSV, Parquet and text tables.
- :mod:`marsad.store.cli`: ``marsad ingest | query | export | tally``.

For a web service, open the database read-only and call the query functions::

    from marsad.store import connect, query, search, tally
    db = connect("marsad.db", readonly=True)       # sqlite 'file:...?mode=ro'
    query.figures(db, place="غزة", outcome="killed", limit=20)
    search.search(db, "رئيس")
    tally.tally(db, place="غزة", outcome="killed")
    query.article(db, "SK-middleEast-3177-20180730")  # the full record

>>> db = connect(":memory:")
>>> query.stats(db)["articles"]
0
"""

from __future__ import annotations

from marsad.store import query, search, tally
from marsad.store.backend import Backend, StoreError, connect

__all__ = ["Backend", "StoreError", "connect", "query", "search", "tally"]

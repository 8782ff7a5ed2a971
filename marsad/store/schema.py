"""The database schema and its migrations (the version lives in ``PRAGMA user_version``).

One row per article in ``articles`` (the full record as zlib-compressed JSON in ``record``, so an export gives back
exactly what ``marsad extract`` wrote), and one table per kind of extracted fact, each row pointing
to its article: ``entities`` and ``mentions``, ``statements``, ``figures`` (casualty figures),
``events``; ``entity_stats`` keeps each entity's totals for fast listings. ``articles_fts`` is the full-text index over the *folded* words of title and body
(:mod:`marsad.store.fold`), ``lsh`` the MinHash buckets used to find near-duplicates
(:mod:`marsad.store.dedup`).

``duplicate_of`` on an article points to the first stored copy of the same story (an exact copy or
a near-duplicate); tallies skip such articles, so a wire story on five sites counts once.

To change the schema: append an entry to :data:`MIGRATIONS` (never edit a released one). Version N
is reached by running entries ``version+1 .. N`` in one transaction; a database whose version is
higher than :data:`VERSION` is refused untouched (:func:`marsad.store.backend.connect`).
"""

from __future__ import annotations

import sqlite3

_V1 = """
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    published TEXT,
    outlet TEXT,
    url TEXT,
    headline TEXT,
    text TEXT NOT NULL DEFAULT '',
    body_start INTEGER NOT NULL DEFAULT 0,
    duplicate_of INTEGER REFERENCES articles(pk) ON DELETE SET NULL,
    similarity REAL,
    signature BLOB,
    record BLOB NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate ON articles(duplicate_of);

CREATE TABLE entities (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    eid TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    names TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    n_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_article ON entities(article);
CREATE INDEX entities_key ON entities(name_key);

-- per (type, folded name), over the articles that duplicate none: kept up to date by ingest
CREATE TABLE entity_stats (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    PRIMARY KEY (type, name_key)
);
CREATE INDEX entity_stats_rank ON entity_stats(articles DESC, mentions DESC);

CREATE TABLE mentions (
    entity INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_article ON mentions(article);

CREATE TABLE statements (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    sid TEXT NOT NULL,
    speaker TEXT,
    speaker_key TEXT,
    speaker_entity TEXT,
    cue TEXT,
    kind TEXT,
    content TEXT NOT NULL DEFAULT '',
    via TEXT NOT NULL DEFAULT '[]',
    start INTEGER,
    "end" INTEGER,
    evidence TEXT
);
CREATE INDEX statements_article ON statements(article);
CREATE INDEX statements_speaker ON statements(speaker_key);

CREATE TABLE figures (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    cid TEXT NOT NULL,
    count INTEGER NOT NULL,
    count_max INTEGER,
    qualifier TEXT,
    outcome TEXT NOT NULL,
    victims TEXT NOT NULL,
    new INTEGER,
    since TEXT,
    source TEXT,
    source_key TEXT,
    statement TEXT,
    place TEXT,
    place_key TEXT,
    start INTEGER,
    "end" INTEGER,
    evidence TEXT
);
CREATE INDEX figures_article ON figures(article);
CREATE INDEX figures_tally ON figures(outcome, victims, place_key);

CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    evid TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT,
    date TEXT,
    date_resolution TEXT,
    trigger TEXT,
    actors TEXT NOT NULL DEFAULT '[]',
    targets TEXT NOT NULL DEFAULT '[]',
    places TEXT NOT NULL DEFAULT '[]',
    place_keys TEXT NOT NULL DEFAULT '',
    casualties TEXT NOT NULL DEFAULT '[]',
    start INTEGER,
    "end" INTEGER,
    evidence TEXT
);
CREATE INDEX events_article ON events(article);

CREATE TABLE lsh (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE
);
CREATE INDEX lsh_bucket ON lsh(band, bucket);
CREATE INDEX lsh_article ON lsh(article);

CREATE VIRTUAL TABLE articles_fts USING fts5(terms, tokenize = "unicode61 remove_diacritics 0");

CREATE TABLE marsad_meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO marsad_meta VALUES ('created_by', 'marsad');
"""

#: the SQL that takes a database from version ``i`` to ``i + 1`` is ``MIGRATIONS[i]``
MIGRATIONS: tuple[str, ...] = (_V1,)
VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Run the migrations after version ``current`` (the caller holds the transaction)."""
    for i in range(current, VERSION):
        for stmt in _statements(MIGRATIONS[i]):
            conn.execute(stmt)
        conn.execute(f"PRAGMA user_version = {i + 1}")


def _statements(script: str) -> list[str]:
    """Split a migration script at the ends of complete statements."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]


def is_marsad(conn: sqlite3.Connection) -> bool:
    """Whether the open database was created by Marsad."""
    try:
        row = conn.execute("SELECT value FROM marsad_meta WHERE key = 'created_by'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0] == "marsad")

"""Reading the store: articles, figures, statements and entities with filters, as plain dicts.

Every function takes a :class:`~marsad.store.backend.Backend` (open it read-only for a web service:
``connect(path, readonly=True)``) and keyword filters, and returns a list of plain JSON-ready dicts
(lists for the JSON columns, never database rows). Filters, all optional and combined with AND:

- ``q``: words, matched through the folded full-text index (:mod:`marsad.store.search`);
- ``entity``: a name the article mentions (folded, whole words: غزة matches قطاع غزة);
- ``source``: who a figure is attributed to, or the outlet (figures, articles);
- ``speaker``: who made a statement; ``outcome``, ``victims`` (figures); ``type`` (entities);
- ``place``: the figure's place (see :mod:`marsad.store.rows`), or for articles any LOC entity
  or event place;
- ``date_from``, ``date_to``: the article's publication date, ``YYYY-MM-DD``, inclusive;
- ``duplicates``: include articles that duplicate another (default False: each story once);
- ``limit`` (None for all), ``offset``.

>>> from marsad.store.backend import connect
>>> from marsad.store.ingest import store
>>> db = connect(":memory:")
>>> rec = {"id": "a1", "title": "الرئيس يعلن", "published": "2020-10-22",
...        "text": "الرئيس يعلن\\n\\nأعلن الرئيسُ الهدنة.", "body_start": 13, "sentences": []}
>>> _ = store(db, [rec])
>>> [a["id"] for a in articles(db, q="رئيس")]
['a1']
>>> articles(db, q="رئيس", date_from="2021-01-01")
[]
"""

from __future__ import annotations

import json
from typing import Any

from marsad.store.backend import Backend
from marsad.store.fold import fts_query, key
from marsad.store.rows import unpack_record

#: the columns a kind returns, in the order a table prints them
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "published", "outlet", "figures", "statements", "duplicate_of", "title"),
    "figures": (
        "published",
        "count",
        "count_max",
        "qualifier",
        "outcome",
        "victims",
        "new",
        "since",
        "article",
        "source",
        "place",
        "evidence",
    ),
    "statements": ("published", "article", "kind", "cue", "speaker", "via", "content"),
    "entities": ("type", "articles", "mentions", "first", "last", "name"),
}
KINDS = tuple(COLUMNS)
_JSON_COLS = {"names", "roles", "via", "actors", "targets", "places", "casualties"}


class _Where:
    """A WHERE clause under construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _words_like(column: str) -> str:
    return f"(' ' || COALESCE({column}, '') || ' ') LIKE ?"


def _like(k: str) -> str:
    return f"% {k} %"


def _article_filters(
    db: Backend,
    w: _Where,
    *,
    q: str | None = None,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    duplicates: bool = False,
    outlet: str | None = None,
) -> None:
    if q:
        fq = fts_query(q)
        if fq:
            w.add(f"a.pk IN (SELECT rowid FROM articles_fts WHERE {db.fts_match()})", fq)
    if entity and key(entity):
        w.add(f"a.pk IN (SELECT article FROM entities WHERE {_words_like('name_key')})", _like(key(entity)))
    if date_from:
        w.add("a.published >= ?", date_from)
    if date_to:
        w.add("a.published <= ?", date_to)
    if not duplicates:
        w.add("a.duplicate_of IS NULL")
    if outlet:
        w.add("a.outlet = ?", outlet)


def _page(limit: int | None, offset: int = 0) -> str:
    if limit is None:
        return f" LIMIT -1 OFFSET {int(offset)}" if offset else ""
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _decode(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        for c in _JSON_COLS & r.keys():
            if isinstance(r[c], str):
                r[c] = json.loads(r[c])
        if "new" in r and r["new"] is not None:
            r["new"] = bool(r["new"])
    return rows


def articles(
    db: Backend,
    *,
    q: str | None = None,
    entity: str | None = None,
    source: str | None = None,
    place: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    duplicates: bool = False,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Articles, newest first: id, published, outlet, title, url, headline, duplicate_of (the id of
    the first copy), similarity, and how many figures, statements, events they hold."""
    w = _Where()
    _article_filters(
        db, w, q=q, entity=entity, date_from=date_from, date_to=date_to, duplicates=duplicates, outlet=source
    )
    if place and key(place):
        w.add(
            f"(a.pk IN (SELECT article FROM entities WHERE type = 'LOC' AND {_words_like('name_key')})"
            " OR a.pk IN (SELECT article FROM events WHERE ('|' || place_keys || '|') LIKE ?))",
            _like(key(place)),
            f"%{key(place)}%",
        )
    sql = (
        "SELECT a.id, a.published, a.outlet, a.title, a.url, a.headline, d.id AS duplicate_of, a.similarity,"
        " (SELECT count(*) FROM figures f WHERE f.article = a.pk) AS figures,"
        " (SELECT count(*) FROM statements s WHERE s.article = a.pk) AS statements,"
        " (SELECT count(*) FROM events e WHERE e.article = a.pk) AS events"
        " FROM articles a LEFT JOIN articles d ON d.pk = a.duplicate_of"
        + w.sql()
        + " ORDER BY a.published DESC, a.pk DESC"
        + _page(limit, offset)
    )
    return db.query(sql, w.params)


def figures(
    db: Backend,
    *,
    q: str | None = None,
    entity: str | None = None,
    source: str | None = None,
    place: str | None = None,
    outcome: str | None = None,
    victims: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    duplicates: bool = False,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Casualty figures, newest article first: the claims-spec fields plus ``source`` (or the
    speaker of the statement it came in), ``place``, ``evidence``, and the article's id, date,
    outlet and title."""
    w = _Where()
    _article_filters(db, w, q=q, entity=entity, date_from=date_from, date_to=date_to, duplicates=duplicates)
    if source and key(source):
        w.add(f"({_words_like('f.source_key')} OR a.outlet = ?)", _like(key(source)), source)
    if place and key(place):
        w.add(_words_like("f.place_key"), _like(key(place)))
    if outcome:
        w.add("f.outcome = ?", outcome)
    if victims:
        w.add("f.victims = ?", victims)
    sql = (
        "SELECT a.published, f.count, f.count_max, f.qualifier, f.outcome, f.victims, f.new, f.since,"
        ' a.id AS article, f.cid AS id, f.source, f.place, f.statement, f.start, f."end", f.evidence,'
        " a.outlet, a.title FROM figures f JOIN articles a ON a.pk = f.article"
        + w.sql()
        + " ORDER BY a.published DESC, a.pk DESC, f.pk"
        + _page(limit, offset)
    )
    return _decode(db.query(sql, w.params))


def statements(
    db: Backend,
    *,
    q: str | None = None,
    entity: str | None = None,
    speaker: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    duplicates: bool = False,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Statements, newest article first: speaker, cue, kind (direct/indirect), content, via
    (channels), evidence, and the article's id, date and outlet. ``source`` is taken as
    ``speaker``."""
    speaker = speaker or source
    w = _Where()
    _article_filters(db, w, q=q, entity=entity, date_from=date_from, date_to=date_to, duplicates=duplicates)
    if speaker and key(speaker):
        w.add(_words_like("s.speaker_key"), _like(key(speaker)))
    sql = (
        "SELECT a.published, a.id AS article, s.sid AS id, s.kind, s.cue, s.speaker, s.speaker_entity, s.via,"
        ' s.content, s.start, s."end", s.evidence, a.outlet FROM statements s JOIN articles a ON a.pk = s.article'
        + w.sql()
        + " ORDER BY a.published DESC, a.pk DESC, s.pk"
        + _page(limit, offset)
    )
    return _decode(db.query(sql, w.params))


def entities(
    db: Backend,
    *,
    q: str | None = None,
    entity: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    duplicates: bool = False,
    limit: int | None = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities across articles, grouped by type and folded name, most articles first: the fullest
    name seen, type, number of articles and mentions, first and last publication date.
    ``entity`` here filters the entities themselves by name (whole folded words)."""
    if not (q or date_from or date_to or duplicates):  # the totals kept at ingest
        w = _Where()
        if entity and key(entity):
            w.add(_words_like("name_key"), _like(key(entity)))
        if type:
            w.add("type = ?", type.upper())
        rows = db.query(
            "SELECT type, name, name_key AS key, articles, mentions, first, last FROM entity_stats"
            + w.sql()
            + " ORDER BY articles DESC, mentions DESC, name"
            + _page(limit, offset),
            w.params,
        )
        return _best_names(db, rows)
    w = _Where()
    _article_filters(db, w, q=q, date_from=date_from, date_to=date_to, duplicates=duplicates)
    if entity and key(entity):
        w.add(_words_like("e.name_key"), _like(key(entity)))
    if type:
        w.add("e.type = ?", type.upper())
    sql = (
        "SELECT e.type, max(e.name) AS name, e.name_key AS key, count(DISTINCT e.article) AS articles,"
        " sum(e.n_mentions) AS mentions, min(a.published) AS first, max(a.published) AS last"
        " FROM entities e JOIN articles a ON a.pk = e.article"
        + w.sql()
        + " GROUP BY e.type, e.name_key ORDER BY articles DESC, mentions DESC, name"
        + _page(limit, offset)
    )
    return _best_names(db, db.query(sql, w.params))


def _best_names(db: Backend, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:  # the form written most often (أوروبا rather than اوروبا)
        top = db.query(
            "SELECT name, sum(n_mentions) AS n FROM entities WHERE name_key = ? AND type = ?"
            " GROUP BY name ORDER BY n DESC, length(name), name LIMIT 1",
            (r["key"], r["type"]),
        )
        if top:
            r["name"] = top[0]["name"]
    return rows


def article(db: Backend, id: str) -> dict[str, Any] | None:
    """The stored record of article ``id`` (exactly what extraction produced), or None; with
    ``duplicate_of`` (an id or None) added."""
    rows = db.query(
        "SELECT a.record, d.id AS duplicate_of FROM articles a LEFT JOIN articles d ON d.pk = a.duplicate_of WHERE a.id = ?",
        (id,),
    )
    if not rows:
        return None
    rec = unpack_record(rows[0]["record"])
    rec["duplicate_of"] = rows[0]["duplicate_of"]
    return rec


def records(db: Backend, *, duplicates: bool = True, **filters: Any) -> Any:
    """Every stored record (an iterator, for exports), filtered like :func:`articles`."""
    w = _Where()
    _article_filters(db, w, duplicates=duplicates, **filters)
    for row in db.iterate("SELECT a.record FROM articles a" + w.sql() + " ORDER BY a.pk", w.params):
        yield unpack_record(row["record"])


def stats(db: Backend) -> dict[str, int]:
    """How many articles (and duplicates among them), entities, statements, figures and events."""
    one = db.query(
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,"
        " (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM statements) AS statements,"
        " (SELECT count(*) FROM figures) AS figures, (SELECT count(*) FROM events) AS events"
    )
    return one[0]


def accepts(kind: str) -> frozenset[str]:
    """The filters that query ``kind`` takes.

    >>> sorted(accepts("entities") - {"limit", "offset", "duplicates"})
    ['date_from', 'date_to', 'entity', 'q', 'type']
    """
    import inspect

    return frozenset(inspect.signature(_FUNCS[kind]).parameters) - {"db"}


def run(db: Backend, kind: str, **filters: Any) -> list[dict[str, Any]]:
    """Query ``kind`` (one of :data:`KINDS`) with ``filters``; a filter it does not take raises
    ValueError, None values are ignored."""
    given = {k: v for k, v in filters.items() if v is not None}
    extra = set(given) - accepts(kind)
    if extra:
        raise ValueError(f"{', '.join(sorted(extra))}: not a filter of {kind}")
    return _FUNCS[kind](db, **given)


_FUNCS = {"articles": articles, "figures": figures, "statements": statements, "entities": entities}

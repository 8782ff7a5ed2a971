"""Full-text search over the stored articles, with Arabic folding, ranked by BM25.

SQLite's FTS5 tokenizer does not fold Arabic: a search for رئيس would miss الرئيس and وبالرئيس,
and اعلن would miss أعلن. So the index (``articles_fts``) holds each article's words already
folded by :func:`marsad.store.fold.fold` (normalized, clitics split off), and a query is folded
the same way before it is matched. Every word of the query must occur (AND); each is taken as a
plain word, so FTS5 operators typed by a user cannot break the query.

>>> from marsad.store.backend import connect
>>> from marsad.store.ingest import store
>>> db = connect(":memory:")
>>> recs = [{"id": i, "title": t, "text": t + "\\n\\n" + b, "body_start": len(t) + 2, "sentences": []}
...         for i, t, b in [("a", "خبر", "وبالرئيسِ أعلنَ"), ("b", "آخر", "الطقس جميل")]]
>>> _ = store(db, recs)
>>> [r["id"] for r in search(db, "رئيس اعلن")]
['a']
"""

from __future__ import annotations

from typing import Any

from marsad.store.backend import Backend
from marsad.store.fold import fts_query


def search(
    db: Backend, text: str, *, limit: int = 20, duplicates: bool = False, offset: int = 0
) -> list[dict[str, Any]]:
    """Articles holding every folded word of ``text``, best first: id, title, published, outlet,
    rank (BM25; lower is better). Duplicates of stored stories are skipped unless ``duplicates``."""
    fq = fts_query(text)
    if not fq:
        return []
    dup = "" if duplicates else " AND a.duplicate_of IS NULL"
    return db.query(
        "SELECT a.id, a.title, a.published, a.outlet, bm25(articles_fts) AS rank"
        f" FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid WHERE {db.fts_match()}{dup}"
        " ORDER BY rank LIMIT ? OFFSET ?",
        (fq, int(limit), int(offset)),
    )

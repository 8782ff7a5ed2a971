"""Read-only questions the web pages ask that :mod:`marsad.store.query` does not answer itself.

The store matches a speaker or a source by whole folded words (وزارة الصحة also finds وزارة الصحة
الفلسطينية), which suits a filter; an entity's page wants that very party, so :func:`entity` takes
the store's rows and keeps those whose folded name equals the one asked for
(:func:`marsad.store.fold.key`). The only SQL here reads the forms and roles an entity was seen
with (:func:`entity_forms`), with parameters, over the connection the app opened read-only.

>>> from marsad.store.backend import connect
>>> from marsad.store.ingest import store
>>> db = connect(":memory:")
>>> rec = {"id": "a1", "title": "خبر", "published": "2020-10-22", "text": "خبر\\n\\nقالت وزارة الصحة",
...        "body_start": 5, "sentences": [],
...        "entities": [{"id": "e1", "type": "ORG", "name": "وزارة الصحة", "names": ["وزارة الصحة", "الوزارة"],
...                      "roles": [], "mentions": [{"start": 10, "end": 21}]}],
...        "statements": [{"id": "s1", "speaker": {"name": "وزارة الصحة"}, "kind": "direct", "content": "نص"}]}
>>> _ = store(db, [rec])
>>> e = entity(db, "وزارةُ الصحه")
>>> e["name"], e["names"], len(e["statements"])
('وزارة الصحة', ['وزارة الصحة', 'الوزارة'], 1)
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from marsad.store import query as Q
from marsad.store.backend import Backend
from marsad.store.fold import key


def entity_forms(db: Backend, name_key: str) -> dict[str, Any]:
    """Every form and role an entity with folded name ``name_key`` was written with, most frequent
    first, and its types."""
    rows = db.query("SELECT type, names, roles FROM entities WHERE name_key = ?", (name_key,))
    names: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for r in rows:
        types[r["type"]] += 1
        names.update(json.loads(r["names"] or "[]"))
        roles.update(json.loads(r["roles"] or "[]"))
    return {
        "types": [t for t, _ in types.most_common()],
        "names": [n for n, _ in names.most_common(20) if n],
        "roles": [n for n, _ in roles.most_common(10) if n],
    }


def entity(db: Backend, name: str, *, limit: int = 200) -> dict[str, Any] | None:
    """What is stored about the person or body called ``name`` (any written form: folded before it
    is matched): its names, roles and types, counts, the articles that mention it, what it said
    (``statements``) and the casualty figures attributed to it (``figures``); None if nothing.
    """
    k = key(name)
    if not k:
        return None
    near = Q.entities(db, entity=name, limit=None)
    groups = [g for g in near if g["key"] == k]
    if not groups and near and any(g["type"] in ("PER", "ORG") for g in near):
        # بوتين: the entity stored under its fullest name, فلاديمير بوتين
        best = max((g for g in near if g["type"] in ("PER", "ORG")), key=lambda g: g["articles"])
        return entity(db, best["name"], limit=limit) if key(best["name"]) != k else None
    statements = [s for s in Q.statements(db, speaker=name, limit=None) if key(s.get("speaker")) == k]
    figures = [f for f in Q.figures(db, source=name, limit=None) if key(f.get("source")) == k]
    if not groups and not statements and not figures:
        return None
    forms = entity_forms(db, k)
    best = max(groups, key=lambda g: g["articles"]) if groups else None
    display = (best or {}).get("name") or (statements[0]["speaker"] if statements else figures[0]["source"])
    return {
        "name": display,
        "key": k,
        **forms,
        "articles_count": sum(g["articles"] for g in groups),
        "mentions": sum(g["mentions"] or 0 for g in groups),
        "first": min((g["first"] for g in groups if g["first"]), default=None),
        "last": max((g["last"] for g in groups if g["last"]), default=None),
        "statements_count": len(statements),
        "figures_count": len(figures),
        "statements": statements[:limit],
        "figures": figures[:limit],
        "articles": Q.articles(db, entity=name, limit=min(limit, 50)),
    }

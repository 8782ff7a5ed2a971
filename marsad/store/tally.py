"""Tally: casualty figures that count the same thing, one series per source, and the views over them.

Figures count *the same thing* when they share the place (whole folded words: ``--place غزة``
takes figures placed in غزة or قطاع غزة; see :mod:`marsad.store.rows` for how a figure gets its
place), the outcome (killed, injured...) and the victims (civilian, military, unspecified), the
start of the period they count (the year of ``since``: totals "since 2011" form one group, figures
with no start date another), and fall in the publication dates asked for (``date_from``..``date_to``). Only running totals
are tallied: a figure marked ``new`` (today's 5 dead) is an increment, not a total, and is left
out. A story carried by five sites counts once: an exact copy has no figures of its own, and a
claim in a near-duplicate (:mod:`marsad.store.dedup`) is dropped when the same source gives the
same count in another copy of the story; a copy that updates the toll still counts as a new claim.

Each *source* (the party a figure is attributed to, or the speaker of its statement, else the
outlet that printed it; names that extend a name of two words or more join its series, see
:func:`source_keys`) gets a *series*: its claims in date order, each with the article behind it.
For one article and source the largest count is the claim. Over the series' latest totals:

- ``spread``: lowest and highest latest total, and their difference;
- ``conservative``: ACLED's rule of the lowest credible total: the smallest latest total;
- ``ucdp``: UCDP-style ``low`` (smallest latest total), ``best`` (the median of the latest
  totals) and ``high`` (the largest).

>>> from marsad.store.backend import connect
>>> from marsad.store.ingest import store
>>> def rec(i, day, n, who):
...     text = "خبر\\n\\nقتل شخص"
...     fig = {"id": "c1", "count": n, "count_max": None, "qualifier": "exact", "outcome": "killed",
...            "victims": "civilian", "new": False, "since": None, "source": {"name": who},
...            "evidence": {"start": 5, "end": 12}}
...     return {"id": i, "title": "خبر " + i, "text": text, "body_start": 5, "published": day,
...             "sentences": [], "casualties": [fig]}
>>> db = connect(":memory:")
>>> _ = store(db, [rec("a", "2020-10-01", 10, "وزارة الصحة"), rec("b", "2020-10-05", 30, "وزارة الصحة"),
...               rec("c", "2020-10-04", 25, "الأمم المتحدة")])
>>> t = tally(db, outcome="killed")["groups"][0]
>>> [(s["source"], s["latest"]["count"]) for s in t["series"]]
[('وزارة الصحة', 30), ('الأمم المتحدة', 25)]
>>> t["conservative"]["count"], t["ucdp"]
(25, {'low': 25, 'best': 25, 'high': 30})
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from marsad.store.backend import Backend
from marsad.store.fold import fts_query, key
from marsad.store.query import _like, _Where, _words_like


def tally(
    db: Backend,
    *,
    place: str | None = None,
    outcome: str | None = None,
    victims: str | None = None,
    source: str | None = None,
    q: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    include_new: bool = False,
) -> dict[str, Any]:
    """The tally of the figures matching the filters: ``{"filters": {...}, "groups": [...]}``,
    one group per (place, outcome, victims) (a ``place`` asked for is one group), each with its
    ``series``, ``spread``, ``conservative``, ``ucdp``, and the number of claims and articles."""
    w = _Where()
    if not include_new:
        w.add("(f.new IS NULL OR f.new = 0)")
    if place and key(place):
        w.add(_words_like("f.place_key"), _like(key(place)))
    if outcome:
        w.add("f.outcome = ?", outcome)
    if victims:
        w.add("f.victims = ?", victims)
    if source and key(source):
        w.add(f"({_words_like('f.source_key')} OR a.outlet = ?)", _like(key(source)), source)
    if q and fts_query(q):
        w.add(f"a.pk IN (SELECT rowid FROM articles_fts WHERE {db.fts_match()})", fts_query(q))
    if date_from:
        w.add("a.published >= ?", date_from)
    if date_to:
        w.add("a.published <= ?", date_to)
    rows = db.query(
        "SELECT f.count, f.count_max, f.qualifier, f.outcome, f.victims, f.since, f.source, f.source_key,"
        " f.place, f.place_key, f.evidence, a.id AS article, a.published, a.outlet, a.title,"
        " COALESCE(a.duplicate_of, a.pk) AS story"
        " FROM figures f JOIN articles a ON a.pk = f.article" + w.sql() + " ORDER BY a.published, a.pk, f.pk",
        w.params,
    )
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    seen: set[tuple[Any, ...]] = set()
    canon = source_keys(r["source_key"] for r in rows)
    for r in rows:
        r["skey"] = canon.get(r["source_key"]) or (r["outlet"] and f"outlet:{r['outlet']}") or "unattributed"
        claim = (r["story"], r["skey"], r["outcome"], r["victims"], r["count"])
        if claim in seen:  # the same claim in another copy of the story
            continue
        seen.add(claim)
        gplace = key(place) if place else (r["place_key"] or "")
        period = (r["since"] or "")[:4]
        groups[(gplace, r["outcome"], r["victims"], period)].append(r)
    out = [_group(g, rs, place) for g, rs in groups.items()]
    out.sort(key=lambda g: (-g["articles"], g["outcome"], g["victims"], g["since"] or ""))
    filters = {
        "place": place,
        "outcome": outcome,
        "victims": victims,
        "source": source,
        "q": q,
        "date_from": date_from,
        "date_to": date_to,
        "include_new": include_new,
    }
    return {"filters": filters, "groups": out}


def source_keys(keys: Iterable[str | None]) -> dict[str, str]:
    """Map each source key to the key of its series: a name of two words or more stands for the
    longer names it begins (المرصد السوري for المرصد السوري لحقوق الانسان and for المرصد السوري
    لحقوق الانسان المعارض ومقره في بريطانيا): Arabic names of bodies put the describing words
    after the name. A one-word name (المرصد) stays on its own.

    >>> m = source_keys(["المرصد السوري لحقوق الانسان", "المرصد السوري", "المرصد", "وزاره الصحه"])
    >>> m["المرصد السوري لحقوق الانسان"], m["المرصد"], m["وزاره الصحه"]
    ('المرصد السوري', 'المرصد', 'وزاره الصحه')
    """
    distinct = sorted({k for k in keys if k}, key=lambda k: (len(k.split()), k))
    out: dict[str, str] = {}
    heads: set[str] = set()
    for k in distinct:
        words = k.split()
        head = next((" ".join(words[:n]) for n in range(2, len(words)) if " ".join(words[:n]) in heads), None)
        out[k] = head or k
        if head is None and len(words) >= 2:
            heads.add(k)
    return out


def _group(gkey: tuple[str, str, str, str], rows: list[dict[str, Any]], place: str | None) -> dict[str, Any]:
    places = Counter(r["place"] for r in rows if r["place"])
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_source[r["skey"]].append(r)
    series = [_series(rs) for rs in by_source.values()]
    series.sort(key=lambda s: (-s["latest"]["count"], s["source"]))
    latest = sorted(s["latest"]["count"] for s in series)
    low, high = latest[0], latest[-1]
    cons = min(series, key=lambda s: s["latest"]["count"])
    return {
        "place": place or (places.most_common(1)[0][0] if places else None),
        "outcome": gkey[1],
        "victims": gkey[2],
        "since": min((r["since"] for r in rows if r["since"]), default=None),
        "series": series,
        "spread": {"low": low, "high": high, "difference": high - low, "sources": len(series)},
        "conservative": {"count": low, "source": cons["source"], "article": cons["latest"]["article"]},
        "ucdp": {"low": low, "best": latest[(len(latest) - 1) // 2], "high": high},
        "claims": sum(len(s["claims"]) for s in series),
        "articles": len({r["story"] for r in rows}),
    }


def _series(rows: list[dict[str, Any]]) -> dict[str, Any]:
    per_article: dict[str, dict[str, Any]] = {}
    for r in rows:  # one claim per article: its largest count
        cur = per_article.get(r["article"])
        if cur is None or r["count"] > cur["count"]:
            per_article[r["article"]] = r
    claims = [
        {
            k: r[k]
            for k in (
                "published",
                "count",
                "count_max",
                "qualifier",
                "since",
                "article",
                "outlet",
                "title",
                "evidence",
            )
        }
        for r in sorted(per_article.values(), key=lambda r: (r["published"] or "", r["count"]))
    ]
    names = Counter(r["source"] for r in rows if r["source"])
    name = names.most_common(1)[0][0] if names else (rows[0]["outlet"] or "unattributed")
    first, last = claims[0], claims[-1]
    return {
        "source": name,
        "attributed": bool(names),
        "latest": last,
        "first": first,
        "change": last["count"] - first["count"],
        "claims": claims,
    }

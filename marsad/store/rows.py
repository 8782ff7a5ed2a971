"""From one record (:func:`marsad.record.to_record`) to the rows the store keeps: pure functions.

:func:`bundle` runs where the extraction runs (a worker process under ``--jobs``): it turns a record
into a :class:`Bundle` holding the article row, its entities, mentions, statements, figures and
events, the folded words for the full-text index and the MinHash signature. The parent process
only inserts bundles (:mod:`marsad.store.ingest`).

A figure's *place* (kept simple on purpose): (1) the first place of an event that lists the figure
among its casualties; else (2) the LOC entity mentioned in the figure's sentence closest to the
number; else (3) a LOC entity mentioned in the title; else none. Its *source* is the figure's own
source (the party it is attributed to), else the speaker of its statement; the tally falls back on
the outlet when there is neither.

>>> rec = {"id": "a1", "title": "قتلى في غزة", "published": "2020-10-22", "text": "قتلى في غزة\\n\\nقتل 3.",
...        "body_start": 13, "sentences": [{"start": 0, "end": 11}, {"start": 13, "end": 19}],
...        "entities": [{"id": "e1", "type": "LOC", "name": "غزة", "mentions": [{"start": 8, "end": 11}],
...                      "roles": []}],
...        "casualties": [{"id": "c1", "count": 3, "count_max": None, "qualifier": "exact",
...                        "outcome": "killed", "victims": "unspecified", "new": None, "since": None,
...                        "source": None, "evidence": {"start": 13, "end": 19}}]}
>>> b = bundle(rec)
>>> b.figures[0]["place"], b.figures[0]["place_key"]
('غزة', 'غزه')
"""

from __future__ import annotations

import datetime as _dt
import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from marsad.store import dedup
from marsad.store.fold import fold, key


@dataclass
class Bundle:
    """One article ready to insert: the article row and the rows of everything extracted from it."""

    article: dict[str, Any]
    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    terms: str = ""
    signature: tuple[int, ...] = ()
    shingles: list[int] = field(default_factory=list)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def pack_record(rec: dict[str, Any]) -> bytes:
    """A record as stored: compact JSON, zlib-compressed (a fifth of the size)."""
    return zlib.compress(_dumps(rec).encode("utf-8"), 3)


def unpack_record(blob: bytes | str) -> dict[str, Any]:
    """The record stored by :func:`pack_record` (plain JSON text is read too)."""
    if isinstance(blob, bytes):
        blob = zlib.decompress(blob).decode("utf-8")
    return json.loads(blob)


def _date(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        try:
            return _dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    return None


def _party_name(party: Any) -> str | None:
    return party.get("name") if isinstance(party, dict) and party.get("name") else None


def _span(item: dict[str, Any], name: str = "evidence") -> tuple[int | None, int | None, str | None]:
    sp = item.get(name) or {}
    return sp.get("start"), sp.get("end"), sp.get("text")


def body_of(rec: dict[str, Any]) -> str:
    """The body part of a record's text."""
    return (rec.get("text") or "")[int(rec.get("body_start") or 0) :]


def bundle(rec: dict[str, Any], content_hash: str | None = None, terms: str | None = None) -> Bundle:
    """The rows of record ``rec``; ``content_hash`` defaults to the hash of its title and body,
    ``terms`` (the folded words to index) to :func:`marsad.store.fold.fold` of its text."""
    text = rec.get("text") or ""
    title = rec.get("title") or ""
    body = body_of(rec)
    meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
    chash = content_hash or dedup.content_hash(title, body)
    ident = rec.get("id") or "sha1:" + chash[:16]
    article = {
        "id": str(ident),
        "content_hash": chash,
        "title": title,
        "published": _date(rec.get("published")) or _date(meta.get("published")) or _date(meta.get("date")),
        "outlet": str(meta.get("source") or meta.get("outlet") or "") or None,
        "url": str(meta.get("url") or "") or None,
        "headline": rec.get("headline"),
        "text": text,
        "body_start": int(rec.get("body_start") or 0),
        "record": pack_record(rec),
    }
    sh = dedup.shingles(body)
    b = Bundle(
        article=article,
        terms=fold(text) if terms is None else terms,
        signature=dedup.signature(sh),
        shingles=sh,
    )

    loc_mentions: list[tuple[int, int, str]] = []  # (start, end, entity name) of LOC mentions
    for e in rec.get("entities") or []:
        mentions = e.get("mentions") or []
        b.entities.append(
            {
                "eid": e.get("id") or "",
                "type": e.get("type") or "MISC",
                "name": e.get("name") or "",
                "name_key": key(e.get("name")),
                "names": _dumps(e.get("names") or [e.get("name")]),
                "roles": _dumps(e.get("roles") or []),
                "n_mentions": len(mentions),
            }
        )
        for m in mentions:
            b.mentions.append(
                (
                    e.get("id") or "",
                    m.get("start", 0),
                    m.get("end", 0),
                    m.get("text") or text[m.get("start", 0) : m.get("end", 0)],
                )
            )
            if e.get("type") == "LOC":
                loc_mentions.append((m.get("start", 0), m.get("end", 0), e.get("name") or ""))

    speakers = {}
    for s in rec.get("statements") or []:
        speaker = _party_name(s.get("speaker"))
        speakers[s.get("id")] = speaker
        start, end, ev = _span(s)
        b.statements.append(
            {
                "sid": s.get("id") or "",
                "speaker": speaker,
                "speaker_key": key(speaker) or None,
                "speaker_entity": (s.get("speaker") or {}).get("entity")
                if isinstance(s.get("speaker"), dict)
                else None,
                "cue": s.get("cue"),
                "kind": s.get("kind"),
                "content": s.get("content") or "",
                "via": _dumps(s.get("via") or []),
                "start": start,
                "end": end,
                "evidence": ev if ev is not None else (text[start:end] if start is not None else None),
            }
        )

    event_place: dict[str, str] = {}
    for ev in rec.get("events") or []:
        places = [n for n in map(_party_name, ev.get("places") or []) if n]
        for cid in ev.get("casualties") or []:
            if places and cid not in event_place:
                event_place[cid] = places[0]
        start, end, evtext = _span(ev)
        b.events.append(
            {
                "evid": ev.get("id") or "",
                "type": ev.get("type") or "",
                "status": ev.get("status"),
                "date": ev.get("date"),
                "date_resolution": ev.get("date_resolution"),
                "trigger": (ev.get("trigger") or {}).get("text"),
                "actors": _dumps([n for n in map(_party_name, ev.get("actors") or []) if n]),
                "targets": _dumps([n for n in map(_party_name, ev.get("targets") or []) if n]),
                "places": _dumps(places),
                "place_keys": "|".join(key(p) for p in places),
                "casualties": _dumps(ev.get("casualties") or []),
                "start": start,
                "end": end,
                "evidence": evtext
                if evtext is not None
                else (text[start:end] if start is not None else None),
            }
        )

    sentences = [(s.get("start", 0), s.get("end", 0)) for s in rec.get("sentences") or []]
    title_end = len(title)
    for c in rec.get("casualties") or []:
        start, end, evtext = _span(c)
        source = _party_name(c.get("source")) or speakers.get(c.get("statement"))
        place = event_place.get(c.get("id")) or _place_near(c, start, sentences, loc_mentions, title_end)
        b.figures.append(
            {
                "cid": c.get("id") or "",
                "count": int(c.get("count") or 0),
                "count_max": c.get("count_max"),
                "qualifier": c.get("qualifier"),
                "outcome": c.get("outcome") or "",
                "victims": c.get("victims") or "unspecified",
                "new": None if c.get("new") is None else int(bool(c.get("new"))),
                "since": c.get("since"),
                "source": source,
                "source_key": key(source) or None,
                "statement": c.get("statement"),
                "place": place,
                "place_key": key(place) or None,
                "start": start,
                "end": end,
                "evidence": evtext
                if evtext is not None
                else (text[start:end] if start is not None else None),
            }
        )
    return b


def _place_near(
    fig: dict[str, Any],
    start: int | None,
    sentences: list[tuple[int, int]],
    locs: list[tuple[int, int, str]],
    title_end: int,
) -> str | None:
    """The LOC entity named in the figure's sentence closest to its number, else one in the title."""
    if not locs:
        return None
    anchor = (fig.get("number_span") or {}).get("start", start)
    if anchor is not None:
        sent = next(((s, e) for s, e in sentences if s <= anchor < e), None)
        if sent is None and start is not None:
            sent = (start, (fig.get("evidence") or {}).get("end", start))
        if sent is not None:
            inside = [m for m in locs if sent[0] <= m[0] and m[1] <= sent[1]]
            if inside:
                return min(inside, key=lambda m: abs(m[0] - anchor))[2]
    in_title = [m for m in locs if m[1] <= title_end]
    return min(in_title)[2] if in_title else None

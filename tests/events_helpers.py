"""Helpers shared by the events tests: run the pipeline on a sentence and read its events."""

from __future__ import annotations

from marsad.pipeline import process


def events(body: str, title: str | None = None, published: str = "2021-03-10") -> list[dict]:
    return process(body, title=title, published=published).layers["events"]


def typed(body: str, published: str = "2021-03-10") -> list[tuple[str, str]]:
    """(type, trigger as written) of each event of ``body``."""
    return [(e["type"], e["trigger"]["text"]) for e in events(body, published=published)]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


def forms(parties: list[dict]) -> list[str]:
    """Every acceptable form of each party (the fullest first): the scorer accepts a shorter one inside."""
    return [n for p in parties for n in p.get("names") or [p["name"]]]


def only(body: str, **kw) -> dict:
    evs = events(body, **kw)
    assert len(evs) == 1, [(e["type"], e["trigger"]["text"]) for e in evs]
    return evs[0]


def one_of(body: str, typ: str) -> dict:
    """The one event of type ``typ`` in ``body`` (others may stand beside it)."""
    found = [e for e in events(body) if e["type"] == typ]
    assert len(found) == 1, [(e["type"], e["trigger"]["text"]) for e in events(body)]
    return found[0]


def kinds(body: str) -> list[tuple[str, str]]:
    """(type, trigger text) of each event in ``body``."""
    return [(e["type"], e["trigger"]["text"]) for e in events(body)]

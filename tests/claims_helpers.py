"""Helpers shared by the figures and statements tests: run the pipeline up to a layer and read it."""

from __future__ import annotations

from typing import Any

from marsad.pipeline import process


def figs(body: str, published: str = "2023-06-20", title: str | None = None) -> list[dict[str, Any]]:
    """The casualty figures of ``body`` (under ``title`` when given)."""
    return process(body, title=title, published=published, upto="casualties").layers["casualties"]


def short(body: str) -> list[tuple[int, str, str]]:
    """(count, outcome, victims) of each figure of ``body``."""
    return [(c["count"], c["outcome"], c["victims"]) for c in figs(body)]


def stmts(body: str, published: str = "2023-06-20") -> list[dict[str, Any]]:
    """The statements of ``body``."""
    return process(body, published=published, upto="statements").layers["statements"]


def said(body: str) -> list[tuple[str | None, str, str]]:
    """(speaker name, cue, content) of each statement of ``body``."""
    return [((s["speaker"] or {}).get("name"), s["cue"], s["content"]) for s in stmts(body)]


def said_via(body: str) -> list[tuple[str | None, str, list[str]]]:
    """(speaker name, content, via) of each statement of ``body``."""
    return [((s["speaker"] or {}).get("name"), s["content"], s["via"]) for s in stmts(body)]


def sources(body: str, title: str | None = None) -> list[str | None]:
    """The source name (or None) of each figure of ``body`` (under ``title`` when given)."""
    return [(c["source"] or {}).get("name") for c in figs(body, title=title)]


def spoken(body: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of ``body``."""
    return [((s["speaker"] or {}).get("name"), s["content"]) for s in stmts(body)]


def counted(body: str) -> list[tuple[int, str, str | None]]:
    """(count, outcome, source name) of each figure of ``body``."""
    return [(c["count"], c["outcome"], (c["source"] or {}).get("name")) for c in figs(body)]

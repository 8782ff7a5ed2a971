"""Helpers shared by the figures tests: run the pipeline up to the figures and read them."""

from __future__ import annotations

from typing import Any

from marsad.pipeline import process


def figs(body: str, published: str = "2023-06-20") -> list[dict[str, Any]]:
    """The casualty figures of ``body``."""
    return process(body, published=published, upto="casualties").layers["casualties"]


def short(body: str) -> list[tuple[int, str, str]]:
    """(count, outcome, victims) of each figure of ``body``."""
    return [(c["count"], c["outcome"], c["victims"]) for c in figs(body)]

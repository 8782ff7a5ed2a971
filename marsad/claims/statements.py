"""Placeholder: fills the `statements` layer (being built)."""

from __future__ import annotations

from marsad.doc import Doc


def annotate(doc: Doc) -> None:
    doc.layers["statements"] = []

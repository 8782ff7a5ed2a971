"""Placeholder: fills the `headline` layer (being built)."""

from __future__ import annotations

from marsad.doc import Doc


def annotate(doc: Doc) -> None:
    doc.layers["headline"] = None

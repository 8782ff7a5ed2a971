"""The output record of one article, and the JSON Schema it follows.

The record is the article's layers as plain JSON: ``id``, ``title``, ``published``, ``text`` (the
repaired text every offset refers to), ``sentences``, ``numbers``, ``dates``, ``entities``,
``statements``, ``casualties``, ``events`` and ``headline``. Statements and casualties carry the
fields of the claims spec (``shared/spec/claims.md``); every extracted fact carries its evidence as
character offsets into ``text``. The schema lives in ``marsad/schema/record.schema.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.doc import Doc

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "record.schema.json"
SCHEMA_VERSION = "1"
LAYERS = ("numbers", "dates", "entities", "statements", "casualties", "events")


def to_record(doc: Doc) -> dict[str, Any]:
    """The JSON-ready record of a processed :class:`Doc`."""
    rec: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "text": doc.text,
        "body_start": doc.body_start,
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
    }
    for name in LAYERS:
        rec[name] = list(doc.layers.get(name) or [])
    rec["headline"] = doc.layers.get("headline")
    if doc.meta:
        rec["meta"] = doc.meta
    rec["schema_version"] = SCHEMA_VERSION
    return rec


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of a record."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` where ``record`` breaks the schema."""
    import jsonschema

    jsonschema.validate(record, schema())

"""The extraction pipeline: one stage a layer, run in order over a :class:`~marsad.doc.Doc`.

read → text (repair, segment, numbers, dates) → entities (ner, entities) → statements → casualties
→ events → headline. Each stage is a function ``annotate(doc) -> None`` that reads the layers before
it and adds its own; none does I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module
from typing import Any

from marsad.doc import Doc

#: (layer name, module that provides ``annotate(doc)``), in the order they run
STAGES: tuple[tuple[str, str], ...] = (
    ("segment", "marsad.text.segment"),
    ("numbers", "marsad.text.numbers"),
    ("dates", "marsad.text.dates"),
    ("mentions", "marsad.ner"),
    ("entities", "marsad.entities"),
    ("statements", "marsad.claims.statements"),
    ("casualties", "marsad.claims.figures"),
    ("events", "marsad.events"),
    ("headline", "marsad.headline"),
)

TEXT_STAGES = ("segment", "numbers", "dates")

_loaded: dict[str, Callable[[Doc], None]] = {}


def stage(name: str) -> Callable[[Doc], None]:
    """The ``annotate`` function of stage ``name``."""
    fn = _loaded.get(name)
    if fn is None:
        module = import_module(dict(STAGES)[name])
        fn = module.segment if name == "segment" else module.annotate
        _loaded[name] = fn
    return fn


def run(doc: Doc, *, upto: str | None = None, only: Iterable[str] | None = None) -> Doc:
    """Run the stages over ``doc`` in order (all of them, those up to ``upto``, or ``only``)."""
    wanted = set(only) if only is not None else None
    for name, _ in STAGES:
        if wanted is None or name in wanted:
            stage(name)(doc)
        if name == upto:
            break
    return doc


def process(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    id: str | None = None,
    meta: dict[str, Any] | None = None,
    upto: str | None = None,
) -> Doc:
    """Build a :class:`Doc` from an article's parts and run the pipeline over it."""
    return run(Doc.build(text, title=title, published=published, id=id, meta=meta), upto=upto)


def process_many(articles: Iterable[Any], *, upto: str | None = None) -> Iterator[Doc]:
    """Process articles as read by :mod:`marsad.io` (objects with id, title, body, published, meta)."""
    for a in articles:
        yield process(a.body, title=a.title, published=a.published, id=a.id, meta=a.meta, upto=upto)

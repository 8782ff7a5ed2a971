"""The NER tagger: a CRF (python-crfsuite) plus the lookups compiled with it, loaded from a folder.

A model folder holds ``stage1.crfsuite`` and ``model.crfsuite`` (the CRF weights of the two
stages: the second one also sees how the first tagged the same word elsewhere in the document),
``resources.json.gz`` (gazetteer flags,
word clusters, trigger words) and ``meta.json`` (how it was built). The shipped one is
``marsad/ner/model/``; :func:`default` loads it once.

>>> m = default()  # doctest: +SKIP
>>> m.tag(["قال", "الرئيس", "إيمانويل", "ماكرون", "في", "باريس"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad import lexicon
from marsad.ner.conll import TAGS, chunks, fix_iob
from marsad.ner.features import Featurizer, Resources
from marsad.text.normalize import normalize

MODEL_DIR = Path(__file__).resolve().parent / "model"
CRF_FILE, STAGE1_FILE = "model.crfsuite", "stage1.crfsuite"
RESOURCES_FILE, META_FILE = "resources.json.gz", "meta.json"


class ModelError(RuntimeError):
    """A model folder that cannot be loaded (the message says which file)."""


class NerModel:
    """A loaded tagger: ``tag(tokens)`` gives one IOB2 tag per token."""

    def __init__(self, path: str | Path = MODEL_DIR) -> None:
        path = Path(path)
        try:
            self.meta: dict[str, Any] = json.loads((path / META_FILE).read_text(encoding="utf-8"))
            with gzip.open(path / RESOURCES_FILE, "rt", encoding="utf-8") as f:
                resources = Resources.from_json(json.load(f))
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(path / CRF_FILE))
            self._stage1: pycrfsuite.Tagger | None = None
            if (path / STAGE1_FILE).exists():
                self._stage1 = pycrfsuite.Tagger()
                self._stage1.open(str(path / STAGE1_FILE))
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load the NER model in {path}: {e}") from None
        self.path = path
        self.featurizer = Featurizer(resources, self.meta.get("features"))

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-/I- with PER, ORG, LOC, MISC, or O) for one sentence of tokens."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for the sentences of one document (or a stretch of a longer file)."""
        feat = self.featurizer
        if self._stage1 is None:
            first = [self._tagger.tag(feat.sentence(s)) if s else [] for s in sentences]
            return [trim(s, fix_iob([t if t in TAGS else "O" for t in tags])) for s, tags in zip(sentences, first, strict=True)]
        first = [self._stage1.tag(feat.sentence(s)) if s else [] for s in sentences]
        memory = feat.memory(sentences, first)
        out = []
        for s, mem in zip(sentences, memory, strict=True):
            tags = self._tagger.tag(feat.sentence(s, mem)) if s else []
            out.append(trim(s, fix_iob([t if t in TAGS else "O" for t in tags])))
        return out


@lru_cache(maxsize=1)
def _not_edge() -> tuple[frozenset[str], frozenset[str]]:
    rows = lexicon.table("ner_not_edge")
    start = frozenset(normalize(r[0]) for r in rows)
    end = frozenset(normalize(r[0]) for r in rows if len(r) > 1 and r[1] == "both")
    return start, end


def trim(tokens: list[str], tags: list[str]) -> list[str]:
    """Drop function words (``lexicon/ner_not_edge.tsv``) from the edges of the names in ``tags``.

    >>> trim(["أن", "سيرغي", "لافروف", "في"], ["B-PER", "I-PER", "I-PER", "I-PER"])
    ['O', 'B-PER', 'I-PER', 'O']
    """
    not_start, not_end = _not_edge()
    out = list(tags)
    for _typ, a, b in chunks(tags):
        while a < b and normalize(tokens[a]) in not_start:
            out[a] = "O"
            a += 1
        while b > a and normalize(tokens[b - 1]) in not_end:
            b -= 1
            out[b] = "O"
        if a < b:
            out[a] = "B-" + out[a][2:]
    return out


@lru_cache(maxsize=4)
def load(path: str | None = None) -> NerModel:
    """The model at ``path`` (the shipped one when None), loaded once."""
    return NerModel(path or MODEL_DIR)


def default() -> NerModel:
    """The shipped model, loaded once."""
    return load(None)

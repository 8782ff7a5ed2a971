"""The NER tagger: a CRF (python-crfsuite) plus the lookups compiled with it, loaded from a folder.

A model folder holds ``stage1.crfsuite`` and ``model.crfsuite`` (the CRF weights of the two
stages: the second one also sees how the first tagged the same word elsewhere in the document),
``resources.json.gz`` (gazetteer flags,
word clusters, trigger words) and ``meta.json`` (how it was built), and may hold a neural tagger
(``neural.npz``, ``neural.json``: :mod:`marsad.ner.neural`). The shipped one is
``marsad/ner/model/``. :func:`load` gives the best tagger of a folder (CRF + neural combined when
the neural files are there: ``marsad ner tag`` and ``marsad ner eval``); :func:`default` gives the
shipped CRF alone, fast enough for the ``mentions`` layer of ``marsad extract``.

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

import numpy as np

from marsad import lexicon
from marsad.ner.conll import TAGS, chunks, fix_iob
from marsad.ner.crf import LinearCRF, WordScorer
from marsad.ner.features import Featurizer, Resources
from marsad.text.normalize import normalize

MODEL_DIR = Path(__file__).resolve().parent / "model"
CRF_FILE, STAGE1_FILE = "model.crfsuite", "stage1.crfsuite"
RESOURCES_FILE, META_FILE = "resources.json.gz", "meta.json"


class ModelError(RuntimeError):
    """A model folder that cannot be loaded (the message says which file)."""


class NerModel:
    """A loaded tagger: ``tag(tokens)`` gives one IOB2 tag per token.

    Tagging uses :class:`~marsad.ner.crf.LinearCRF` (the same tags as CRFsuite, faster). The
    score vectors of each word type are kept in a table of at most ``cache`` rows; when it is
    full, the half used longest ago is dropped.
    """

    def __init__(self, path: str | Path = MODEL_DIR, cache: int = 80_000) -> None:
        path = Path(path)
        try:
            self.meta: dict[str, Any] = json.loads((path / META_FILE).read_text(encoding="utf-8"))
            with gzip.open(path / RESOURCES_FILE, "rt", encoding="utf-8") as f:
                resources = Resources.from_json(json.load(f))
            if not (path / CRF_FILE).is_file():
                raise OSError(f"no {CRF_FILE}")
            crf = LinearCRF.load(str(path / CRF_FILE))
            stage1 = LinearCRF.load(str(path / STAGE1_FILE)) if (path / STAGE1_FILE).exists() else None
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load the NER model in {path}: {e}") from None
        self.path = path
        self._setup(crf, stage1, Featurizer(resources, self.meta.get("features")), cache)

    @classmethod
    def from_files(
        cls, crf_file: str | Path, stage1_file: str | Path | None, featurizer: Featurizer, cache: int = 80_000
    ) -> NerModel:
        """A tagger from CRF files just trained (no model folder), e.g. in cross-validation."""
        model = cls.__new__(cls)
        model.meta, model.path = {}, Path(crf_file).parent
        stage1 = LinearCRF.load(str(stage1_file)) if stage1_file else None
        model._setup(LinearCRF.load(str(crf_file)), stage1, featurizer, cache)
        return model

    def _setup(self, crf: LinearCRF, stage1: LinearCRF | None, featurizer: Featurizer, cache: int) -> None:
        self._crf, self._stage1, self.featurizer = crf, stage1, featurizer
        self._offsets = featurizer.offsets
        self._crfs = [c for c in (stage1, crf) if c is not None]
        self._cap = cache
        self._rows: dict[str, int] = {}
        self._keys: list[str] = []
        self._last: list[int] = []  # the document each row was last used in
        self._docs = 0
        self._scorer = WordScorer(self._crfs, self._offsets)
        # one table for all CRFs: the columns of each side by side
        self._table = np.zeros((cache, 1 + len(self._offsets), sum(self._scorer.widths)))
        edges = np.cumsum([0, *self._scorer.widths])
        self._cols = [slice(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)]
        self._edges = [(c.scores(["BOS"]), c.scores(["EOS"])) for c in self._crfs]
        self._memo: dict[tuple[Any, ...], np.ndarray] = {}

    def _row(self, word: str) -> int:
        """The table row of ``word``'s score vectors (computed on first sight)."""
        r = self._rows.get(word)
        if r is None:
            r = len(self._rows)
            if r >= len(self._table):  # a long document: grow until it ends
                self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            own, ctx, key = self.featurizer.units(word)
            self._table[r] = self._scorer.block(own, ctx)
            self._rows[word] = r
            self._keys.append(key)
            self._last.append(self._docs)
        return r

    def _shrink(self, keep: int) -> None:
        """Keep the ``keep`` rows used most recently (news repeats its common words), drop the rest."""
        last = np.array(self._last)
        order = np.sort(np.argsort(-last, kind="stable")[:keep])
        words = list(self._rows)  # in row order: rows are given out in turn
        kept = self._table[order]
        if len(self._table) > self._cap:  # grown for a long document: give the memory back
            self._table = np.zeros((self._cap, *self._table.shape[1:]))
        self._table[: len(order)] = kept
        self._rows = {words[r]: i for i, r in enumerate(order.tolist())}
        self._keys = [self._keys[r] for r in order.tolist()]
        self._last = last[order].tolist()

    def _emissions(self, which: int, rows: list[int], memory: list[tuple[str, ...]] | None) -> np.ndarray:
        """State scores (tokens × labels) of one sentence under CRF ``which`` (0: first stage)."""
        a = self._table[rows, :, self._cols[which]]  # (n, 1 + offsets, labels)
        n = len(rows)
        e = a[:, 0].copy()
        for j, k in enumerate(self._offsets, 1):
            if k < 0 and n > -k:
                e[-k:] += a[: n + k, j]
            elif k > 0 and n > k:
                e[: n - k] += a[k:, j]
        bos, eos = self._edges[which]
        e[0] += bos
        e[n - 1] += eos
        if memory:
            crf = self._crfs[which]
            for i in range(n):
                prev = memory[i - 1][0] if i and memory[i - 1] else None
                nxt = memory[i + 1][0] if i + 1 < n and memory[i + 1] else None
                if not (memory[i] or prev or nxt):
                    continue
                sig = (memory[i], prev, nxt)
                v = self._memo.get(sig)
                if v is None:
                    attrs = list(memory[i])
                    if prev:
                        attrs.append(f"-1:{prev}")
                    if nxt:
                        attrs.append(f"1:{nxt}")
                    v = self._memo[sig] = crf.scores(attrs)
                    if len(self._memo) > 10_000:
                        self._memo.clear()
                e[i] += v
        return e

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-/I- with PER, ORG, LOC, MISC, or O) for one sentence of tokens."""
        return self.tag_document([tokens])[0]

    def scores(self, sentences: list[list[str]]) -> tuple[list[np.ndarray], list[list[str]]]:
        """The tag scores (tokens × labels, in the order of the CRF's labels) of each sentence under
        the last CRF stage (the document memory of the first stage included), and the
        document-memory key of each token."""
        n = sum(map(len, sentences))
        if len(self._rows) + n > self._cap:
            # make room before the document: each of its words must keep its row until it ends
            self._shrink(max(0, min(self._cap // 2, self._cap - n)))
        self._docs += 1
        rows = [[self._row(w) for w in s] for s in sentences]
        for r in rows:
            for i in r:
                self._last[i] = self._docs
        keys = [[self._keys[i] for i in r] for r in rows]
        empty = np.zeros((0, len(self._crf.labels)))
        if self._stage1 is None:
            return [self._emissions(0, r, None) if r else empty for r in rows], keys
        first_live = iter(self._stage1.decode([self._emissions(0, r, None) for r in rows if r]))
        first = [next(first_live) if r else [] for r in rows]
        memory = self.featurizer.memory(sentences, first, keys)
        return [self._emissions(1, r, m) if r else empty for r, m in zip(rows, memory, strict=True)], keys

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for the sentences of one document (or a stretch of a longer file)."""
        scores, _ = self.scores(sentences)
        it = iter(self._crf.decode([s for s in scores if len(s)]))
        return [trim(s, fix_iob([t if t in TAGS else "O" for t in next(it)])) if s else [] for s in sentences]


@lru_cache(maxsize=1)
def _not_edge() -> tuple[frozenset[str], frozenset[str]]:
    rows = lexicon.table("ner_not_edge")
    start = frozenset(normalize(r[0]) for r in rows)
    end = frozenset(normalize(r[0]) for r in rows if len(r) > 1 and r[1] == "both")
    return start, end


def _wordlike(token: str) -> bool:
    return any(c.isalnum() for c in token)


def trim(tokens: list[str], tags: list[str]) -> list[str]:
    """Drop function words (``lexicon/ner_not_edge.tsv``) and punctuation from the edges of the
    names in ``tags``.

    >>> trim(["أن", "سيرغي", "لافروف", "في"], ["B-PER", "I-PER", "I-PER", "I-PER"])
    ['O', 'B-PER', 'I-PER', 'O']
    >>> trim(["،", "كريم", "منصور", "،"], ["B-PER", "I-PER", "I-PER", "I-PER"])
    ['O', 'B-PER', 'I-PER', 'O']
    """
    not_start, not_end = _not_edge()
    out = list(tags)
    for _typ, a, b in chunks(tags):
        while a < b and (normalize(tokens[a]) in not_start or not _wordlike(tokens[a])):
            out[a] = "O"
            a += 1
        while b > a and (normalize(tokens[b - 1]) in not_end or not _wordlike(tokens[b - 1])):
            b -= 1
            out[b] = "O"
        if a < b:
            out[a] = "B-" + out[a][2:]
    return out


@lru_cache(maxsize=4)
def load_crf(path: str | None = None) -> NerModel:
    """The CRF tagger of the model folder ``path`` (the shipped one when None), loaded once."""
    return NerModel(path or MODEL_DIR)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> NerModel | Any:
    """The best tagger of the model folder ``path`` (the shipped one when None), loaded once: the
    CRF and the neural tagger combined (:class:`marsad.ner.neural.Combined`) when the folder has
    ``neural.npz``, else the CRF alone."""
    from marsad.ner.neural import META_FILE as NEURAL_META
    from marsad.ner.neural import WEIGHTS_FILE, Combined

    crf = load_crf(path)
    folder = crf.path if path is None else Path(path)
    if not (folder / WEIGHTS_FILE).is_file():
        return crf
    try:
        return Combined.load(crf, folder)
    except (OSError, ValueError, KeyError) as e:
        raise ModelError(f"cannot load the neural NER model in {folder} ({WEIGHTS_FILE}, {NEURAL_META}): {e}") from None


def default() -> NerModel:
    """The shipped CRF tagger, loaded once (the ``mentions`` layer of ``marsad extract`` uses it:
    the combined tagger of :func:`load` is too slow for the pipeline's per-article budget)."""
    return load_crf(None)

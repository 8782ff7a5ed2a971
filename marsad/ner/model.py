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
        self._last = np.zeros(cache, dtype=np.int64)  # the document each row was last used in
        self._docs = 0
        self._scorer = WordScorer(self._crfs, self._offsets)
        # one table for all CRFs: the columns of each side by side
        self._table = np.zeros((cache, 1 + len(self._offsets), sum(self._scorer.widths)))
        edges = np.cumsum([0, *self._scorer.widths])
        self._cols = [slice(a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)]
        self._edges = [(c.scores(["BOS"]), c.scores(["EOS"])) for c in self._crfs]
        self._memo: dict[tuple[Any, ...], np.ndarray] = {}

    def _add(self, words: list[str]) -> None:
        """Table rows for new word types, scored together when they are many (a new document)."""
        units = [self.featurizer.units(w) for w in words]
        first, need = len(self._rows), len(self._rows) + len(words)
        while need > len(self._table):  # a long document: grow until it ends
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._last = np.concatenate([self._last, np.zeros_like(self._last)])
        if len(words) >= 8:
            self._table[first:need] = self._scorer.blocks([(own, ctx) for own, ctx, _ in units])
        else:
            for r, (own, ctx, _) in enumerate(units, first):
                self._table[r] = self._scorer.block(own, ctx)
        self._rows.update(zip(words, range(first, need), strict=True))
        self._keys += [key for _, _, key in units]

    def _shrink(self, keep: int) -> None:
        """Keep the ``keep`` rows used most recently (news repeats its common words), drop the rest."""
        last = self._last[: len(self._rows)]
        order = np.sort(np.argsort(-last, kind="stable")[:keep])
        words = list(self._rows)  # in row order: rows are given out in turn
        kept = self._table[order]
        kept_last = last[order]
        if len(self._table) > self._cap:  # grown for a long document: give the memory back
            self._table = np.zeros((self._cap, *self._table.shape[1:]))
            self._last = np.zeros(self._cap, dtype=np.int64)
        self._table[: len(order)] = kept
        self._last[: len(order)] = kept_last
        self._rows = {words[r]: i for i, r in enumerate(order.tolist())}
        self._keys = [self._keys[r] for r in order.tolist()]

    def _layout(self, lengths: list[int]) -> tuple[list[tuple[int, np.ndarray]], np.ndarray, np.ndarray]:
        """Where the tokens of a document (flat, sentence after sentence) may take their neighbours'
        scores: for each offset ``k``, a mask of the tokens whose neighbour at ``k`` is in the same
        sentence (``None`` when no token has one); and the first and last token of each sentence."""
        n = sum(lengths)
        lens = np.array(lengths, dtype=np.int64)
        sid = np.repeat(np.arange(len(lens)), lens)
        masks = []
        for k in self._offsets:
            m = abs(k)
            masks.append((k, (sid[m:] == sid[: n - m])[:, None] if n > m else None))
        ends = np.cumsum(lens)
        live = lens > 0
        return masks, (ends - lens)[live], (ends - 1)[live]

    def _emissions(
        self, which: int, table: np.ndarray, layout: tuple[Any, ...], memory: list[list[tuple[str, ...]]] | None
    ) -> np.ndarray:
        """State scores (flat tokens × labels) of one document under CRF ``which`` (0: first stage),
        from the table rows of its tokens (``table``: tokens × (1 + offsets) × columns)."""
        a = table[:, :, self._cols[which]]  # (n, 1 + offsets, labels)
        n = len(a)
        e = a[:, 0].copy()
        masks, firsts, lasts = layout
        for j, (k, mask) in enumerate(masks, 1):
            if mask is None:
                continue
            if k < 0:  # the token at i takes the units of the token at i + k
                np.add(e[-k:], a[: n + k, j], out=e[-k:], where=mask)
            else:
                np.add(e[: n - k], a[k:, j], out=e[: n - k], where=mask)
        bos, eos = self._edges[which]
        e[firsts] += bos
        e[lasts] += eos
        if memory:
            crf = self._crfs[which]
            at: list[int] = []
            vals: list[np.ndarray] = []
            i = 0
            for ms in memory:
                m = len(ms)
                for p in range(m):
                    prev = ms[p - 1][0] if p and ms[p - 1] else None
                    nxt = ms[p + 1][0] if p + 1 < m and ms[p + 1] else None
                    if not (ms[p] or prev or nxt):
                        continue
                    sig = (ms[p], prev, nxt)
                    v = self._memo.get(sig)
                    if v is None:
                        attrs = list(ms[p])
                        if prev:
                            attrs.append(f"-1:{prev}")
                        if nxt:
                            attrs.append(f"1:{nxt}")
                        v = self._memo[sig] = crf.scores(attrs)
                        if len(self._memo) > 10_000:
                            self._memo.clear()
                    at.append(i + p)
                    vals.append(v)
                i += m
            if at:
                e[at] += np.array(vals)
        return e

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags (B-/I- with PER, ORG, LOC, MISC, or O) for one sentence of tokens."""
        return self.tag_document([tokens])[0]

    def scores(self, sentences: list[list[str]]) -> tuple[list[np.ndarray], list[list[str]]]:
        """The tag scores (tokens × labels, in the order of the CRF's labels) of each sentence under
        the last CRF stage (the document memory of the first stage included), and the
        document-memory key of each token."""
        lengths = [len(s) for s in sentences]
        n = sum(lengths)
        if len(self._rows) + n > self._cap:
            # make room before the document: each of its words must keep its row until it ends
            self._shrink(max(0, min(self._cap // 2, self._cap - n)))
        self._docs += 1
        words = [w for s in sentences for w in s]
        flat = list(map(self._rows.get, words))
        if None in flat:
            self._add(list(dict.fromkeys(w for w, r in zip(words, flat, strict=True) if r is None)))
            flat = list(map(self._rows.__getitem__, words))
        idx = np.array(flat, dtype=np.intp)
        self._last[idx] = self._docs
        ends = np.cumsum(lengths, dtype=np.int64).tolist()
        bounds = [(b - m, b) for b, m in zip(ends, lengths, strict=True)]
        key_of = self._keys
        flat_keys = [key_of[i] for i in flat]
        keys = [flat_keys[a:b] for a, b in bounds]
        table = self._table[idx]
        layout = self._layout(lengths)
        if self._stage1 is None:
            e = self._emissions(0, table, layout, None)
            return [e[a:b] for a, b in bounds], keys
        e = self._emissions(0, table, layout, None)
        first_live = iter(self._stage1.decode([e[a:b] for a, b in bounds if b > a]))
        first = [next(first_live) if b > a else [] for a, b in bounds]
        memory = self.featurizer.memory(sentences, first, keys)
        e = self._emissions(1, table, layout, memory)
        return [e[a:b] for a, b in bounds], keys

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

"""A small neural NER tagger (BiLSTM + CRF output) run with plain numpy.

Each token is the concatenation of three vectors: the word2vec vector (learned from unlabeled news,
frozen) of the normalized word, the vector of its clitic-split stem (وبالرئيس → رئيس), and the sum
of learned vectors of the token's discrete *unit* features from :class:`~marsad.ner.features.Featurizer`
(affixes, shape, gazetteer flags, cluster ids, trigger class...). A one-layer bidirectional LSTM
reads the sentence; a linear layer gives a score per IOB2 tag and a Viterbi pass with learned
transition scores picks the tags. Training (JAX) is in :mod:`marsad.ner.neural_train`.

A model folder holds ``neural.npz`` (the weights: word vectors in int8 with a scale per row, the
feature table in float16) and ``neural.json`` (word list, feature list, labels, settings).

:class:`Combined` runs it together with the CRF tagger of :mod:`marsad.ner.model`: the two taggers'
tag scores are added, each name is pulled towards the classes of its other mentions in the
document, and one Viterbi pass picks the tags (5-fold CV entity F1 75.6 → 78.1 on ANERcorp,
``bench/ner_neural_cv.py``). It is not in the shipped model yet: the package tags with the CRF
alone, because the combined tagger runs at about half its speed (15–20k tokens/s cold on one core),
under the 20k the issue asks of ``marsad ner tag`` and too slow for the extract pipeline.

>>> t = NeuralTagger.load("/tmp/nern/model")  # doctest: +SKIP
>>> t.tag(["قال", "الرئيس", "إيمانويل", "ماكرون", "في", "باريس"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.conll import TAGS, fix_iob
from marsad.ner.crf import LinearCRF
from marsad.ner.features import Featurizer, Resources
from marsad.text.clitics import split
from marsad.text.normalize import normalize

WEIGHTS_FILE, META_FILE = "neural.npz", "neural.json"
#: unit features of the featurizer that the word vectors already stand for
_SKIP = ("w=",)
MAX_FEATS = 48  # at most this many unit features per token
MAX_CHARS = 20  # longer words are cut for the character convolution
PAD, UNK, BOW, EOW = 0, 1, 2, 3  # the first rows of the character table


def unit_features(featurizer: Featurizer, word: str) -> list[str]:
    """The discrete features of one word type fed to the network (its own units, minus ``w=``).

    >>> f = Featurizer(Resources.empty())
    >>> "s=رئيس" in unit_features(f, "والرئيس")
    True
    """
    own, _, _ = featurizer.units(word)
    return [u for u in own if not u.startswith(_SKIP)][:MAX_FEATS]


def word_keys(word: str) -> tuple[str, str]:
    """The normalized word and its clitic-split stem, the keys of the word-vector table.

    >>> word_keys("وبالرئيس")
    ('وبالرئيس', 'رئيس')
    >>> word_keys("2020")
    ('0', '0')
    """
    n = normalize(word[:30]).replace("\u0640", "")
    if n.isdigit():
        return "0", "0"
    stem = split(n)[1] if n and all("\u0600" <= c <= "\u06ff" for c in n) else n.lower()
    return n, stem or n


def char_ids(word: str, chars: dict[str, int]) -> list[int]:
    """Rows of the characters of the normalized word, between begin and end marks (digits are 0).

    >>> char_ids("بغداد2", {"ب": 4, "غ": 5, "د": 6, "0": 7})
    [2, 4, 5, 6, 1, 6, 7, 3]
    """
    n = normalize(word[:30]).replace("\u0640", "")
    n = "".join("0" if c.isdigit() else c for c in n.lower())[:MAX_CHARS]
    return [BOW, *(chars.get(c, UNK) for c in n), EOW]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _reverse_index(lengths: np.ndarray, t: int) -> np.ndarray:
    """(batch, t) positions that read each sentence backwards from its own last token (pads stay)."""
    pos = np.arange(t)[None, :]
    last = lengths[:, None]
    return np.where(pos < last, last - 1 - pos, pos)


def bilstm(gf: np.ndarray, gb: np.ndarray, wh_f: np.ndarray, wh_b: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A bidirectional LSTM over a padded batch sorted by decreasing length.

    ``gf`` and ``gb`` (batch, time, 4H) are the input projections (bias included) of the forward
    and backward direction, gate order i, f, o, u; ``wh_*`` (H, 4H) the recurrent weights. Returns
    the hidden states (batch, time, 2H): forward then backward. Each sentence is read backwards from
    its own last token.
    """
    rev = _reverse_index(lengths, gf.shape[1])
    g = np.stack([gf, np.take_along_axis(gb, rev[..., None], axis=1)], axis=2)
    out = _bilstm_core(g, _block_diag(wh_f, wh_b), lengths)
    return np.concatenate([out[:, :, 0], np.take_along_axis(out[:, :, 1], rev[..., None], axis=1)], axis=-1)


def _block_diag(wh_f: np.ndarray, wh_b: np.ndarray) -> np.ndarray:
    h, h4 = wh_f.shape
    wh = np.zeros((2 * h, 2 * h4), dtype=wh_f.dtype)
    wh[:h, :h4], wh[h:, h4:] = wh_f, wh_b
    return wh


def _bilstm_core(g: np.ndarray, wh: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Both directions in one loop: ``g`` (batch, time, 2, 4H) with the backward half already
    reversed per sentence, ``wh`` the block-diagonal recurrent weights; returns (batch, time, 2, H)
    (the backward half still reversed). One matrix product per step for both directions."""
    b, t, _, h4 = g.shape
    h = h4 // 4
    out = np.zeros((b, t, 2, h), dtype=g.dtype)
    hs = np.zeros((b, 2 * h), dtype=g.dtype)
    cs = np.zeros((b, 2, h), dtype=g.dtype)
    active = b
    for s in range(t):
        while active and lengths[active - 1] <= s:
            active -= 1
        x = g[:active, s] + (hs[:active] @ wh).reshape(active, 2, h4)
        gate = _sigmoid(x[..., : 3 * h])
        c = gate[..., h : 2 * h] * cs[:active] + gate[..., :h] * np.tanh(x[..., 3 * h :])
        hh = gate[..., 2 * h :] * np.tanh(c)
        cs[:active] = c
        hs[:active] = hh.reshape(active, 2 * h)
        out[:active, s] = hh
    return out


class NeuralTagger:
    """A loaded BiLSTM-CRF tagger: ``tag_document(sentences)`` gives IOB2 tags."""

    def __init__(self, params: dict[str, np.ndarray], meta: dict[str, Any], featurizer: Featurizer,
                 cache: int = 30_000) -> None:
        # the word and feature lists are kept only as lookups
        self.meta = {k: v for k, v in meta.items() if k not in ("words", "feats")}
        self.labels: list[str] = meta["labels"]
        self.featurizer = featurizer
        self.words = {w: i for i, w in enumerate(meta["words"])}
        self.feats = {f: i for i, f in enumerate(meta["feats"])}
        # word vectors stay int8 with a scale per row when stored so (read a row at a time)
        self.wvec, self.wscale = params.get("wvec_q"), params.get("wvec_scale")
        if self.wvec is None:
            self.wvec, self.wscale = np.asarray(params["wvec"], dtype=np.float32), None
        p = {k: np.asarray(v, dtype=np.float32) for k, v in params.items() if not k.startswith("wvec")}
        self.fvec = p["fvec"]
        self.chars = {c: i for i, c in enumerate(meta.get("chars", []))}
        self.cvec, self.cw, self.cb = p.get("cvec"), p.get("cw"), p.get("cb")
        self.wi_f, self.wh_f, self.b_f = p["wi_f"], p["wh_f"], p["b_f"]
        self.wi_b, self.wh_b, self.b_b = p["wi_b"], p["wh_b"], p["b_b"]
        self.w_out, self.b_out = p["w_out"], p["b_out"]
        self.start, self.end = p["start"], p["end"]
        self._crf = LinearCRF(self.labels, {}, p["trans"].astype(np.float64))
        self._wh = _block_diag(self.wh_f, self.wh_b)
        # the input projection (bias included) of each word type seen, per direction, one row each
        self._cap = cache
        self._rows: dict[str, int] = {}
        h4 = self.wh_f.shape[1]
        self._proj = np.zeros((min(cache, 4096), 2, h4), dtype=np.float16)  # float16: half the memory

    @classmethod
    def load(cls, path: str | Path, resources: Resources | None = None,
             featurizer: Featurizer | None = None) -> NeuralTagger:
        """The tagger in folder ``path``. Its featurizer is ``featurizer`` (e.g. the CRF model's, so
        the lookups are in memory once), else one on ``resources``, else on the
        ``resources.json.gz`` of the same folder."""
        import gzip

        path = Path(path)
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if resources is None and featurizer is None:
            with gzip.open(path / "resources.json.gz", "rt", encoding="utf-8") as f:
                resources = Resources.from_json(json.load(f))
        with np.load(path / WEIGHTS_FILE) as z:
            params = {k: z[k] for k in z.files}
        if featurizer is None:
            featurizer = Featurizer(resources or Resources.empty(), meta.get("features"))
        return cls(params, meta, featurizer)

    def ids(self, word: str) -> tuple[int, int, list[int]]:
        """Row of the word, row of its stem (0: unknown) and rows of its unit features."""
        n, stem = word_keys(word)
        get = self.words.get
        fget = self.feats.get
        fids = [i for i in map(fget, unit_features(self.featurizer, word)) if i is not None]
        return get(n, 0), get(stem, get(n, 0)), fids

    def _input(self, word: str) -> np.ndarray:
        """The input vector of a word type: word vector, stem vector, feature sum (, characters)."""
        w, s, f = self.ids(word)
        v = self.wvec[[w, s]].astype(np.float32)
        if self.wscale is not None:
            v *= self.wscale[[w, s], None]
        parts = [v[0], v[1], self.fvec[f].sum(axis=0)]
        if self.cvec is not None:
            parts.append(self._chars(word))
        return np.concatenate(parts)

    def _add_rows(self, words: list[str]) -> None:
        """Give the new word types of a document their rows: the input vectors of all of them are
        projected in one matrix product."""
        new = list(dict.fromkeys(w for w in words if w not in self._rows))
        if not new:
            return
        first = len(self._rows)
        need = first + len(new)
        if need > len(self._proj):  # grow (past the cap only for one long document)
            grown = np.zeros((max(need, min(2 * len(self._proj), self._cap)), *self._proj.shape[1:]),
                             dtype=self._proj.dtype)
            grown[: len(self._proj)] = self._proj
            self._proj = grown
        x = np.stack([self._input(w) for w in new])
        self._proj[first:need, 0] = x @ self.wi_f + self.b_f
        self._proj[first:need, 1] = x @ self.wi_b + self.b_b
        for r, w in enumerate(new, first):
            self._rows[w] = r

    def _chars(self, word: str) -> np.ndarray:
        """The character convolution of a word (width 3, max over positions, tanh)."""
        e = self.cvec[char_ids(word, self.chars)]
        z = np.zeros((1, e.shape[1]), dtype=e.dtype)
        win = np.concatenate([np.concatenate([z, e[:-1]]), e, np.concatenate([e[1:], z])], axis=1)
        return np.tanh((win @ self.cw + self.cb).max(axis=0))

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Tag scores (tokens × labels) of each sentence (start and end scores included)."""
        live = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        out = [np.zeros((0, len(self.labels))) for _ in sentences]
        if not live:
            return out
        if len(self._rows) + sum(len(sentences[i]) for i in live) > self._cap:
            self._rows.clear()  # the table is full: start again (a document keeps its rows)
        lengths = np.array([len(sentences[i]) for i in live])
        t = int(lengths.max())
        self._add_rows([w for i in live for w in sentences[i]])
        idx = np.zeros((len(live), t), dtype=np.intp)
        rows = self._rows
        for b, i in enumerate(live):
            idx[b, : lengths[b]] = [rows[w] for w in sentences[i]]
        rev = _reverse_index(lengths, t)
        g = np.empty((len(live), t, 2, self._proj.shape[2]), dtype=np.float32)
        g[:, :, 0] = self._proj[idx, 0]
        g[:, :, 1] = self._proj[np.take_along_axis(idx, rev, axis=1), 1]
        h = _bilstm_core(g, self._wh, lengths)
        hb = h[np.arange(len(live))[:, None], rev, 1]
        hid = h.shape[-1]
        e = h[:, :, 0] @ self.w_out[:hid] + hb @ self.w_out[hid:] + self.b_out
        for b, i in enumerate(live):
            n = int(lengths[b])
            s = e[b, :n].astype(np.float64)
            s[0] += self.start
            s[n - 1] += self.end
            out[i] = s
        return out

    def tag_document(self, sentences: list[list[str]], batch: int = 64) -> list[list[str]]:
        """IOB2 tags for the sentences of one document."""
        out: list[list[str]] = []
        for a in range(0, len(sentences), batch):
            part = sentences[a : a + batch]
            em = self.emissions(part)
            live = [e for e in em if len(e)]
            it = iter(self._crf.decode(live))
            out += [fix_iob([t if t in TAGS else "O" for t in next(it)]) if len(e) else [] for e in em]
        return out

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self.tag_document([tokens])[0]


# -- combined with the CRF tagger ---------------------------------------------------------------

def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def marginals(scores: list[np.ndarray], trans: np.ndarray) -> list[np.ndarray]:
    """Posterior tag probabilities (tokens × labels) of each sentence under a linear-chain model
    with state ``scores`` and transition scores ``trans`` (forward-backward, all sentences at once).

    >>> m = marginals([np.array([[0.0, 0.0], [5.0, 0.0]])], np.zeros((2, 2)))[0]
    >>> m.round(2).tolist()
    [[0.5, 0.5], [0.99, 0.01]]
    """
    live = [s for s in scores if len(s)]
    out = [np.zeros((0, trans.shape[0])) for _ in scores]
    if not live:
        return out
    lengths = np.array([len(s) for s in live])
    b, t, n = len(live), int(lengths.max()), trans.shape[0]
    e = np.zeros((b, t, n))
    for i, s in enumerate(live):
        e[i, : len(s)] = s
    fwd = np.zeros((b, t, n))
    bwd = np.zeros((b, t, n))
    fwd[:, 0] = e[:, 0]
    for k in range(1, t):
        fwd[:, k] = _logsumexp(fwd[:, k - 1, :, None] + trans, 1) + e[:, k]
    for k in range(t - 2, -1, -1):
        nxt = _logsumexp(trans + (e[:, k + 1] + bwd[:, k + 1])[:, None, :], 2)
        bwd[:, k] = np.where((lengths > k + 1)[:, None], nxt, 0.0)
    it = iter(range(b))
    for j, s in enumerate(scores):
        if len(s):
            i = next(it)
            m = lengths[i]
            z = _logsumexp(fwd[i, m - 1], 0)
            out[j] = np.exp(fwd[i, :m] + bwd[i, :m] - z)
    return out


def consistency(scores: list[np.ndarray], probs: list[np.ndarray], keys: list[list[str]], groups: np.ndarray,
                window: int = 10, weight: float = 2.0, floor: float = 0.05) -> list[np.ndarray]:
    """Add to each token's tag scores ``weight`` × the log of the mean class probabilities (O, PER,
    ORG, LOC, MISC; ``groups`` maps labels to classes) of the *other* tokens with the same key in the
    sentences within ``window`` of its own: a name read as PER after الرئيس in one sentence pulls
    its bare mention two sentences later towards PER. Tokens with an empty key are left alone.
    """
    ncls = int(groups.max()) + 1
    onehot = np.eye(ncls)[groups]  # labels × classes
    cls = [p @ onehot if len(p) else p for p in probs]
    per: list[dict[str, np.ndarray]] = []
    for ks, c in zip(keys, cls, strict=True):
        d: dict[str, np.ndarray] = {}
        for k, row in zip(ks, c, strict=False):
            if k:
                acc = d.get(k)
                if acc is None:
                    acc = d[k] = np.zeros(ncls + 1)
                acc[:ncls] += row
                acc[ncls] += 1
        per.append(d)
    total: dict[str, np.ndarray] = {}

    def add(d: dict[str, np.ndarray], sign: int) -> None:
        for k, v in d.items():
            t = total.get(k)
            if t is None:
                t = total[k] = np.zeros(ncls + 1)
            t += sign * v

    n = len(scores)
    for j in range(min(n, window + 1)):
        add(per[j], 1)
    out = []
    for i in range(n):
        s = scores[i].copy() if len(scores[i]) else scores[i]
        for j, k in enumerate(keys[i]):
            if not k:
                continue
            t = total[k]
            c = t[ncls] - 1
            if c > 0:
                mean = (t[:ncls] - cls[i][j]) / c
                s[j] += weight * np.log(mean + floor)[groups]
        out.append(s)
        if i + window + 1 < n:
            add(per[i + window + 1], 1)
        if i - window >= 0:
            add(per[i - window], -1)
    return out


def crf_scores(model: Any, sentences: list[list[str]]) -> tuple[list[np.ndarray], list[list[str]]]:
    """The second-stage CRF tag scores of each sentence (labels in the CRF's order) and the
    document-memory key of each token, from a loaded :class:`marsad.ner.model.NerModel`.

    This repeats the first half of ``NerModel.tag_document``; it belongs there as a public method.
    """
    rows = [[model._row(w) for w in s] for s in sentences]
    live = [r for r in rows if r]
    first_live = iter(model._stage1.decode([model._emissions(0, r, None) for r in live]))
    first = [next(first_live) if r else [] for r in rows]
    keys = [[model._keys[i] for i in r] for r in rows]
    memory = model.featurizer.memory(sentences, first, keys)
    ncol = len(model._crf.labels)
    scores = [model._emissions(1, r, m) if r else np.zeros((0, ncol)) for r, m in zip(rows, memory, strict=True)]
    return scores, keys


class Combined:
    """The CRF tagger and the neural tagger(s) together: their tag scores are added (the neural ones
    times ``weight``, shared among several neural models, a product of experts), then each token is pulled towards the classes of the
    other mentions of its key in the document (:func:`consistency`, for keys rarer than ``rare``
    in news), and a Viterbi pass picks the tags."""

    def __init__(self, crf: Any, neural: NeuralTagger | list[NeuralTagger], weight: float = 0.7,
                 doc_weight: float = 2.0, rare: int = 2000) -> None:
        from marsad.text.vocab import counts

        self.neural = neural if isinstance(neural, list) else [neural]
        self.crf, self.doc_weight, self.rare = crf, doc_weight, rare
        self.weight = weight / len(self.neural)  # several neural models (seeds) share the weight
        self.labels = self.neural[0].labels
        self._cols = [crf._crf.labels.index(t) for t in self.labels]
        trans = crf._crf.transitions[np.ix_(self._cols, self._cols)]
        self.trans = trans + self.weight * sum(n._crf.transitions for n in self.neural)
        self._dec = LinearCRF(self.labels, {}, self.trans)
        types = ["O"] + list(dict.fromkeys(t[2:] for t in self.labels if t != "O"))
        self.groups = np.array([types.index(t[2:]) if t != "O" else 0 for t in self.labels])
        self._vocab = counts()
        # both taggers read the unit features of a new word: compute them once per document
        for n in self.neural:
            if n.featurizer is not crf.featurizer and n.featurizer.config == crf.featurizer.config \
                    and n.featurizer.res is crf.featurizer.res:
                n.featurizer = crf.featurizer
        self._share = all(n.featurizer is crf.featurizer for n in self.neural)

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for the sentences of one document."""
        from marsad.ner.model import trim

        if not self._share:
            return self._tag(sentences, trim)
        feat = self.crf.featurizer
        units = feat.units
        memo: dict[str, Any] = {}

        def shared_units(word: str) -> Any:
            u = memo.get(word)
            if u is None:
                u = memo[word] = units(word)
            return u

        feat.units = shared_units  # type: ignore[method-assign]  # for this document only
        try:
            return self._tag(sentences, trim)
        finally:
            del feat.units

    def _tag(self, sentences: list[list[str]], trim: Any) -> list[list[str]]:
        cs, keys = crf_scores(self.crf, sentences)
        scores = [c[:, self._cols] for c in cs]
        for n in self.neural:
            scores = [s + self.weight * e for s, e in zip(scores, n.emissions(sentences), strict=True)]
        if self.doc_weight:
            vocab, rare = self._vocab, self.rare
            keys = [[k if k and vocab.get(k, 0) < rare else "" for k in ks] for ks in keys]
            scores = consistency(scores, marginals(scores, self.trans), keys, self.groups, weight=self.doc_weight)
        live = [s for s in scores if len(s)]
        it = iter(self._dec.decode(live))
        return [trim(t, fix_iob([x if x in TAGS else "O" for x in next(it)])) if t else [] for t in sentences]

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self.tag_document([tokens])[0]

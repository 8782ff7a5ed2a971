"""A small neural NER tagger (BiLSTM + CRF output) run with plain numpy, and its combination with the CRF.

Each token is the concatenation of three vectors: the word2vec vector (learned from unlabeled news,
frozen) of the normalized word, the vector of its clitic-split stem (وبالرئيس → رئيس), and the sum
of learned vectors of the token's discrete *unit* features from :class:`~marsad.ner.features.Featurizer`
(affixes, shape, gazetteer flags, cluster ids, trigger class...). A one-layer bidirectional LSTM
reads the sentence; a linear layer gives a score per IOB2 tag and a Viterbi pass with learned
transition scores picks the tags. Training (JAX) is in :mod:`marsad.ner.neural_train`.

A model folder holds ``neural.npz`` (the weights: the word vectors and the feature table in int8 with
a scale per row, :func:`quantize`; the character table in float16) and ``neural.json`` (word list,
feature list, labels, settings, and the settings of the combination under ``combine``).

:class:`Combined` runs it together with the CRF tagger of :mod:`marsad.ner.model`: the two taggers'
tag scores are added, each name is pulled towards the classes of its other mentions in the
document, the O tag is handicapped by a constant (recall over precision), and one Viterbi pass
picks the tags. ``marsad ner tag`` and ``marsad ner eval`` use it when the model folder has
``neural.npz``. All sentences of a batch run at once, packed by length (:mod:`marsad.ner.packed`),
and the input projection of each word type is computed once and cached.

>>> t = NeuralTagger.load("marsad/ner/model")  # doctest: +SKIP
>>> t.tag(["قال", "الرئيس", "إيمانويل", "ماكرون", "في", "باريس"])  # doctest: +SKIP
['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.conll import TAGS, fix_iob
from marsad.ner.features import Featurizer, Resources, window_others
from marsad.ner.packed import Packing, gate_scale, lstm, marginals, viterbi
from marsad.text.clitics import split
from marsad.text.normalize import normalize

WEIGHTS_FILE, META_FILE = "neural.npz", "neural.json"
#: unit features of the featurizer that the word vectors already stand for
_SKIP = ("w=",)
MAX_FEATS = 48  # at most this many unit features per token
MAX_CHARS = 20  # longer words are cut for the character convolution
PAD, UNK, BOW, EOW = 0, 1, 2, 3  # the first rows of the character table
#: how the shipped combination is set when ``neural.json`` does not say (see :class:`Combined`)
COMBINE: dict[str, float] = {"weight": 0.5, "doc_weight": 2.0, "o_bias": 0.0}
#: tables stored as int8 with a float32 scale per row (``NAME_q``, ``NAME_scale``; see :func:`quantize`)
QUANTIZED = ("wvec", "fvec")


def quantize(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``v`` as int8 and one float32 scale per row (the row's largest magnitude / 127); a
    float16 table is read as float32 first. ``q * scale[:, None]`` gives the rows back.

    >>> q, s = quantize(np.array([[0.5, -1.0], [0.0, 0.0]], dtype=np.float32))
    >>> q.tolist(), float(np.abs(q * s[:, None] - [[0.5, -1.0], [0.0, 0.0]]).max()) < 0.004
    ([[64, -127], [0, 0]], True)
    """
    v = np.asarray(v)
    v = v.astype(np.result_type(v.dtype, np.float32), copy=False)
    scale = np.abs(v).max(axis=1) / 127 + 1e-12
    return np.round(v / scale[:, None]).astype(np.int8), scale.astype(np.float32)


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


def decode(scores: np.ndarray, pack: Packing, trans: np.ndarray, labels: list[str]) -> list[list[str]]:
    """The best IOB2 tags of each sentence (Viterbi over flat token ``scores``), repaired by
    :func:`~marsad.ner.conll.fix_iob`; an unknown label becomes O."""
    names = np.array([t if t in TAGS else "O" for t in labels], dtype=object)
    flat = names[viterbi(scores, pack, trans)].tolist()
    return [fix_iob(s) if s else [] for s in pack.split(flat)]


class NeuralTagger:
    """A loaded BiLSTM-CRF tagger: ``tag_document(sentences)`` gives IOB2 tags."""

    def __init__(self, params: dict[str, np.ndarray], meta: dict[str, Any], featurizer: Featurizer,
                 cache: int = 16_000) -> None:
        # the word and feature lists are kept only as lookups
        self.meta = {k: v for k, v in meta.items() if k not in ("words", "feats")}
        self.labels: list[str] = meta["labels"]
        self.featurizer = featurizer
        self.words = {w: i for i, w in enumerate(meta["words"])}
        self.feats = {f: i for i, f in enumerate(meta["feats"])}
        # word vectors stay int8 with a scale per row when stored so (rows are read when needed)
        self.wvec, self.wscale = params.get("wvec_q"), params.get("wvec_scale")
        if self.wvec is None:
            self.wvec, self.wscale = np.asarray(params["wvec"], dtype=np.float32), None
        p = {k: np.asarray(v, dtype=np.float32) for k, v in params.items()
             if not k.startswith("wvec") and not k.endswith(("_q", "_scale"))}
        # the feature table is made float32 at load (older files have it in float16 as ``fvec``)
        if "fvec" not in p:
            p["fvec"] = params["fvec_q"].astype(np.float32) * params["fvec_scale"][:, None]
        self.fvec = p["fvec"]
        self.chars = {c: i for i, c in enumerate(meta.get("chars", []))}
        self.cvec, self.cw, self.cb = p.get("cvec"), p.get("cw"), p.get("cb")
        h = p["wh_f"].shape[0]
        scale = gate_scale(h)  # one tanh gives all gates (see marsad.ner.packed.lstm)
        self.wi_f, self.wh_f, self.b_f = p["wi_f"] * scale, p["wh_f"] * scale, p["b_f"] * scale
        self.wi_b, self.wh_b, self.b_b = p["wi_b"] * scale, p["wh_b"] * scale, p["b_b"] * scale
        self.w_out, self.b_out = p["w_out"], p["b_out"]
        self.start, self.end = p["start"], p["end"]
        self.trans = p["trans"].astype(np.float64)
        # the input projection (bias included) of each word type seen, per direction, one row each
        self._cap = cache
        self._rows: dict[str, int] = {}
        self._proj_f = np.zeros((min(cache, 4096), 4 * h), dtype=np.float16)  # float16: half the memory
        self._proj_b = np.zeros_like(self._proj_f)

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

    def _inputs(self, words: list[str]) -> np.ndarray:
        """The input vectors (word vector, stem vector, feature sum, characters) of word types."""
        ids = [self.ids(w) for w in words]
        rows = np.array([[w, s] for w, s, _ in ids], dtype=np.intp)
        v = self.wvec[rows].astype(np.float32)  # (types, 2, dim)
        if self.wscale is not None:
            v *= self.wscale[rows][..., None]
        # feature sums: each list starts with the zero row 0, so none is empty
        flat = np.fromiter((i for _, _, f in ids for i in (0, *f)), dtype=np.intp)
        starts = np.cumsum([0] + [len(f) + 1 for _, _, f in ids[:-1]])
        parts = [v.reshape(len(words), -1), np.add.reduceat(self.fvec[flat], starts, axis=0)]
        if self.cvec is not None:
            parts.append(np.stack([self._chars(w) for w in words]))
        return np.concatenate(parts, axis=1)

    def _add_rows(self, words: list[str]) -> None:
        """Give the new word types of a batch their rows: their input vectors are projected in one
        matrix product per direction."""
        new = [w for w in dict.fromkeys(words) if w not in self._rows]
        if not new:
            return
        first = len(self._rows)
        need = first + len(new)
        if need > len(self._proj_f):  # grow (past the cap only for one long batch)
            size = max(need, min(2 * len(self._proj_f), self._cap))
            for name in ("_proj_f", "_proj_b"):
                old = getattr(self, name)
                grown = np.zeros((size, old.shape[1]), dtype=old.dtype)
                grown[: len(old)] = old
                setattr(self, name, grown)
        for a in range(0, len(new), 4096):  # in blocks: bounded memory
            x = self._inputs(new[a : a + 4096])
            self._proj_f[first + a : first + a + len(x)] = x @ self.wi_f + self.b_f
            self._proj_b[first + a : first + a + len(x)] = x @ self.wi_b + self.b_b
        self._rows.update(zip(new, range(first, need), strict=True))

    def _chars(self, word: str) -> np.ndarray:
        """The character convolution of a word (width 3, max over positions, tanh)."""
        e = self.cvec[char_ids(word, self.chars)]
        z = np.zeros((1, e.shape[1]), dtype=e.dtype)
        win = np.concatenate([np.concatenate([z, e[:-1]]), e, np.concatenate([e[1:], z])], axis=1)
        return np.tanh((win @ self.cw + self.cb).max(axis=0))

    def scores(self, sentences: list[list[str]], pack: Packing | None = None) -> np.ndarray:
        """Tag scores (flat tokens × labels, float32; start and end scores included) of the
        sentences, all of them at once (``pack``: their :class:`~marsad.ner.packed.Packing`)."""
        pack = pack or Packing([len(s) for s in sentences])
        if not pack.n:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        if len(self._rows) + pack.n > self._cap:
            self._rows.clear()  # the table is full: start again (a batch keeps its rows)
        words = [w for s in sentences for w in s]
        self._add_rows(words)
        rows = np.fromiter(map(self._rows.__getitem__, words), dtype=np.intp, count=pack.n)
        hid = lstm(self._proj_f, self._proj_b, rows, pack, self.wh_f, self.wh_b)
        e = hid @ self.w_out
        e += self.b_out
        e[pack.first] += self.start
        e[pack.last] += self.end
        return e

    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Tag scores (tokens × labels) of each sentence (start and end scores included)."""
        pack = Packing([len(s) for s in sentences])
        return pack.split(self.scores(sentences, pack))

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for the sentences of one document (or a batch of a file)."""
        pack = Packing([len(s) for s in sentences])
        return decode(self.scores(sentences, pack).astype(np.float64), pack, self.trans, self.labels)

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self.tag_document([tokens])[0]


# -- combined with the CRF tagger ---------------------------------------------------------------

def consistency(probs: np.ndarray, keys: list[list[str]], groups: np.ndarray, window: int = 10,
                weight: float = 2.0, floor: float = 0.05) -> np.ndarray:
    """Score changes (flat tokens × labels): ``weight`` × the log of the mean class probabilities (O,
    PER, ORG, LOC, MISC; ``groups`` maps labels to classes) of the *other* tokens with the same key
    in the sentences within ``window`` of the token's own (``probs``: label probabilities of each
    flat token; ``keys``: each sentence's token keys). A name read as PER after الرئيس in one
    sentence so pulls its bare mention two sentences later towards PER. Tokens with an empty key, or
    alone, are left alone.

    >>> probs = np.array([[1.0, 0.0], [0.05, 0.95], [0.5, 0.5]])  # labels O, B-PER
    >>> d = consistency(probs, [["قال", "ماكرون"], ["ماكرون"]], np.array([0, 1]), weight=1.0)
    >>> bool(d[2, 1] > d[2, 0]), d[0].tolist()
    (True, [0.0, 0.0])
    """
    ncls = int(groups.max()) + 1
    cls = probs @ np.eye(ncls)[groups]  # tokens × classes
    sums, cnt = window_others(keys, cls, window)
    out = np.zeros_like(probs)
    seen = cnt > 0
    mean = sums[seen] / cnt[seen, None]
    out[seen] = weight * np.log(mean + floor)[:, groups]
    return out


class Combined:
    """The CRF tagger and the neural tagger(s) together: their tag scores are added (the neural ones
    times ``weight``, shared among several neural models, a product of experts), each token is
    pulled towards the classes of the other mentions of its key in the document
    (:func:`consistency`, for keys rarer than ``rare`` in news, ``doc_weight``), ``o_bias`` is taken
    from the O scores, and a Viterbi pass picks the tags."""

    def __init__(self, crf: Any, neural: NeuralTagger | list[NeuralTagger], weight: float = COMBINE["weight"],
                 doc_weight: float = COMBINE["doc_weight"], rare: int = 2000,
                 o_bias: float = COMBINE["o_bias"]) -> None:
        from marsad.text.vocab import counts

        self.neural = neural if isinstance(neural, list) else [neural]
        self.crf, self.doc_weight, self.rare, self.o_bias = crf, doc_weight, rare, o_bias
        self.weight = weight / len(self.neural)  # several neural models (seeds) share the weight
        self.labels = self.neural[0].labels
        self.featurizer = crf.featurizer
        # the CRF's columns in the neural label order; a label the CRF never saw (a tiny training
        # set) gets the lowest of the CRF's scores
        crf_labels = crf._crf.labels
        self._cols = [crf_labels.index(t) if t in crf_labels else 0 for t in self.labels]
        self._unseen = np.array([t not in crf_labels for t in self.labels])
        trans = crf._crf.transitions[np.ix_(self._cols, self._cols)].copy()
        trans[self._unseen, :] = trans[:, self._unseen] = crf._crf.transitions.min()
        self.trans = trans + self.weight * sum(n.trans for n in self.neural)
        types = ["O"] + list(dict.fromkeys(t[2:] for t in self.labels if t != "O"))
        self.groups = np.array([types.index(t[2:]) if t != "O" else 0 for t in self.labels])
        self._o = np.array([t == "O" for t in self.labels])
        self._vocab = counts()
        # both taggers read the unit features of a new word: compute them once per batch
        for n in self.neural:
            if n.featurizer is not crf.featurizer and n.featurizer.config == crf.featurizer.config \
                    and n.featurizer.res is crf.featurizer.res:
                n.featurizer = crf.featurizer
        self._share = all(n.featurizer is crf.featurizer for n in self.neural)

    @classmethod
    def load(cls, crf: Any, path: str | Path, **settings: Any) -> Combined:
        """The neural tagger of folder ``path`` with the loaded CRF tagger ``crf`` (same lookups),
        combined as ``neural.json`` says under ``combine`` (``settings`` override it)."""
        neural = NeuralTagger.load(path, featurizer=crf.featurizer)
        return cls(crf, neural, **{**COMBINE, **neural.meta.get("combine", {}), **settings})

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for the sentences of one document (or a batch of a file)."""
        if not self._share:
            return self._tag(sentences)
        feat = self.crf.featurizer
        units = feat.units
        memo: dict[str, Any] = {}

        def shared_units(word: str) -> Any:
            u = memo.get(word)
            if u is None:
                u = memo[word] = units(word)
            return u

        feat.units = shared_units  # type: ignore[method-assign]  # for this batch only
        try:
            return self._tag(sentences)
        finally:
            del feat.units

    def scores(self, sentences: list[list[str]]) -> tuple[np.ndarray, Packing]:
        """The combined tag scores (flat tokens × labels) before the Viterbi pass, and the packing."""
        pack = Packing([len(s) for s in sentences])
        crf_scores, keys = self.crf.scores(sentences)
        e = np.concatenate(crf_scores)[:, self._cols] if pack.n else np.zeros((0, len(self.labels)))
        if self._unseen.any():
            e[:, self._unseen] = e.min(axis=1, keepdims=True) if pack.n else 0.0
        for n in self.neural:
            e += self.weight * n.scores(sentences, pack)
        if self.doc_weight and pack.n:
            vocab, rare = self._vocab, self.rare
            keys = [[k if k and vocab.get(k, 0) < rare else "" for k in ks] for ks in keys]
            e += consistency(marginals(e, pack, self.trans), keys, self.groups, weight=self.doc_weight)
        if self.o_bias:
            e[:, self._o] -= self.o_bias
        return e, pack

    def _tag(self, sentences: list[list[str]]) -> list[list[str]]:
        from marsad.ner.model import trim

        e, pack = self.scores(sentences)
        tags = decode(e, pack, self.trans, self.labels)
        return [trim(s, t) if s else [] for s, t in zip(sentences, tags, strict=True)]

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self.tag_document([tokens])[0]

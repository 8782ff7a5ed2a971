"""Features of a token for the NER tagger, computed once per word type and shifted for context.

Each word type gets a short list of *unit* features: the normalized word, its clitic-split stem
(:func:`marsad.text.clitics.split`), the proclitic and suffix split off, prefixes and suffixes of
the stem, a shape, how often the stem is seen in news and how often with the article ال (names
rarely take it), gazetteer membership (ANERGazet, ANETAC, CLDR territory names, compiled into the
model), word-cluster ids learned from unlabeled news, and trigger words from
``lexicon/ner_triggers.tsv`` (الرئيس before a person, وزارة before a body, مدينة before a place).
Features meant for names never seen in training: what stands around the stem in news
(:mod:`marsad.ner.newsstats`: ``xb:title=3``, often right after a title), how much its letters
look like a name (:mod:`marsad.ner.namelike`: ``nl=5`` for كانافارو), how often news shows it
with pronoun or plural suffixes (``pron=0 plur=0``: names take none), and the share of gazetteer
names in its word cluster (``cgP=3``).

A token's features are its own units plus the units of its neighbours, prefixed with the offset
(``-1:trig=title``). Both lists are cached per word type, so featurizing a sentence is a few list
concatenations per token.

>>> f = Featurizer(Resources.empty())
>>> feats = f.sentence(["قال", "الرئيس", "ماكرون"])
>>> "s=رئيس" in feats[1] and "-1:s=رئيس" in feats[2]
True
>>> "p=ال" in feats[1]
True
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from marsad import lexicon
from marsad.ner.namelike import bucket
from marsad.text.clitics import split
from marsad.text.normalize import normalize
from marsad.text.vocab import counts

#: the default feature settings (recorded in the model's metadata)
DEFAULT_CONFIG: dict[str, Any] = {
    "window": 2,  # neighbours on each side whose units are copied
    "cluster_window": 3,  # neighbours whose (coarse) cluster ids are copied
    "affixes": (2, 3, 4),
    "max_len": 30,  # longer tokens are cut before featurizing
    "doc_window": 10,  # document memory: sentences on each side whose first-pass tags are counted
    "memory_rare": 2000,  # see MEMORY_RARE
    "stats_ctx": False,  # copy the news context flags to the neighbours too
    "cluster_gaz": True,  # flags: share of gazetteer names in the word's cluster
    "morph": True,  # flags: how often news shows the stem with pronoun or plural suffixes
    "namelike": True,  # how much the stem's letters look like a name (see namelike)
}
#: the settings of features added after the first shipped model, as that model was trained
_LEGACY = {"stats_ctx": False, "cluster_gaz": False, "morph": False, "namelike": False}
_MEM_TYPES = ("O", "PER", "ORG", "LOC", "MISC")
#: the memory type of each IOB2 tag
_TAG_INDEX = {"O": 0} | {f"{p}-{t}": x for x, t in enumerate(_MEM_TYPES) if x for p in "BI"}
#: the memory types by name, last first (ties of the majority go to the name that sorts last)
_BY_NAME = np.array(sorted(range(len(_MEM_TYPES)), key=lambda x: _MEM_TYPES[x], reverse=True))
#: the memory features of each code: -1 and 0 none, 1 alone, 2 + 16 × majority + bits of the types seen
_MEM_FEATS: dict[int, tuple[str, ...]] = {-1: (), 0: (), 1: ("dm=new",)} | {
    2 + 16 * b + bits: ("dm=" + _MEM_TYPES[b],)
    + tuple("dh=" + t for j, t in enumerate(_MEM_TYPES[1:]) if bits >> j & 1)
    for b in range(len(_MEM_TYPES)) for bits in range(16)
}
#: a word seen this often in news gets no "alone in the document" feature
MEMORY_RARE = 2000

_PUNCT_CLASS = {".": "dot", "،": "comma", ",": "comma", ":": "colon", '"': "quote", "«": "quote",
                "»": "quote", "(": "paren", ")": "paren", "-": "dash", "/": "slash"}
_ARABIC = range(0x0600, 0x0700)


@dataclass
class Resources:
    """Lookups compiled into a model: gazetteer flags, gazetteer phrases, clusters, triggers."""

    #: normalized word → gazetteer flags ("agP", "anL", "clL", "agLp" for part of a phrase...)
    gazetteer: dict[str, list[str]] = field(default_factory=dict)
    #: normalized word → cluster ids at several granularities ("c6:12", "c8:130", "c10:901")
    clusters: dict[str, list[str]] = field(default_factory=dict)
    #: normalized trigger word → class (title, org, loc, speech...)
    triggers: dict[str, str] = field(default_factory=dict)
    #: stem → context flags learned from news ("b:title=3": often after a title; see newsstats)
    stats: dict[str, list[str]] = field(default_factory=dict)
    #: character n-gram → log-odds of "name" vs "word" (see namelike)
    ngrams: dict[str, float] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Resources:
        return cls()

    def to_json(self) -> dict[str, Any]:
        out = {"gazetteer": self.gazetteer, "clusters": self.clusters, "triggers": self.triggers}
        if self.stats:
            out["stats"] = self.stats
        if self.ngrams:
            out["ngrams"] = self.ngrams
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Resources:
        return cls(data.get("gazetteer", {}), data.get("clusters", {}), data.get("triggers", {}),
                   data.get("stats", {}), data.get("ngrams", {}))


def _shape(word: str) -> str:
    """A coarse shape: ar, lat, Lat (capitalized), num, mix, or the punctuation class."""
    if word.isdigit():
        return "num"
    if all(ord(c) in _ARABIC for c in word):
        return "ar"
    if word.isascii() and word.isalpha():
        return "Lat" if word[0].isupper() else "lat"
    if len(word) == 1:
        return "p:" + _PUNCT_CLASS.get(word, "other")
    if any(c.isdigit() for c in word):
        return "numx"
    return "mix"


def _bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 16))


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(class, suffixes) from ``lexicon/ner_suffixes.tsv``: pron, then plur."""
    rows = lexicon.table("ner_suffixes")
    return tuple((c, tuple(normalize(r[0]) for r in rows if r[1] == c)) for c in ("pron", "plur"))


def _morph(stem: str, n: int, vocab: dict[str, int]) -> list[str]:
    """Flags for how often news shows ``stem`` with pronoun and plural suffixes (names seldom do).

    >>> _morph("كتاب", 100, {"كتابها": 20, "كتابات": 0})
    ['pron=3', 'plur=0']
    """
    out = []
    for name, sufs in _suffixes():
        c = sum(vocab.get(stem + s, 0) for s in sufs)
        r = c / (n + c)
        out.append(f"{name}={(r > 0) + (r >= 0.01) + (r >= 0.05)}")
    return out


def cluster_gazetteer(res: Resources) -> dict[str, list[str]]:
    """Finest cluster id → flags for the share of its words that a gazetteer lists as P, L or O.

    A cluster full of listed person names makes its unlisted words likely names too (``cgP=2``).
    """
    size: Counter[str] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for w, cl in res.clusters.items():
        if not cl:
            continue
        size[cl[0]] += 1
        for cls in {g[2] for g in res.gazetteer.get(w, ()) if len(g) > 2}:
            hits[(cl[0], cls)] += 1
    out: dict[str, list[str]] = {}
    for (c, cls), h in sorted(hits.items()):
        share = h / size[c]
        b = (share >= 0.1) + (share >= 0.25) + (share >= 0.5)
        if b and h >= 3:
            out.setdefault(c, []).append(f"cg{cls}={b}")
    return out


def window_others(keys: list[list[str]], values: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray]:
    """For each token (flat, sentence after sentence) the sum of ``values`` (one row a token) over
    the *other* tokens with the same non-empty key in the sentences within ``window`` of its own,
    and how many they are (zero rows for tokens with an empty key). One sort, no loop over tokens:
    the document memory of :meth:`Featurizer.memory` and the consistency pass of
    :mod:`marsad.ner.neural` both count this way.

    >>> s, c = window_others([["قال", "ماكرون"], ["ماكرون"], ["ماكرون"]], np.eye(4), window=1)
    >>> c.tolist()
    [0, 1, 2, 1]
    >>> s[1].tolist()  # ماكرون of the first sentence sees the one of the second only
    [0.0, 0.0, 1.0, 0.0]
    """
    lengths = [len(ks) for ks in keys]
    n = sum(lengths)
    flat = [k for ks in keys for k in ks]
    uniq = dict.fromkeys(flat)
    uniq.pop("", None)
    ids = dict(zip(uniq, range(len(uniq)), strict=True))  # in order of first sight
    ids[""] = -1
    kid = np.fromiter(map(ids.__getitem__, flat), dtype=np.int64, count=n)
    sent = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    idx = np.flatnonzero(kid >= 0)
    sums = np.zeros((n, *values.shape[1:]), dtype=values.dtype)
    cnt = np.zeros(n, dtype=np.int64)
    if not len(idx):
        return sums, cnt
    span = len(keys) + 2 * window + 1
    comp = kid[idx] * span + sent[idx] + window  # (key, sentence) as one sortable number
    order = np.argsort(comp, kind="stable")
    own = values[idx]
    cum = np.zeros((len(idx) + 1, *values.shape[1:]), dtype=values.dtype)
    np.cumsum(own[order], axis=0, out=cum[1:])
    sorted_comp = comp[order]
    lo = np.searchsorted(sorted_comp, comp - window, "left")
    hi = np.searchsorted(sorted_comp, comp + window, "right")
    sums[idx] = cum[hi] - cum[lo] - own
    cnt[idx] = hi - lo - 1
    return sums, cnt


class Featurizer:
    """Turns sentences (lists of token strings) into crfsuite attribute lists."""

    def __init__(self, resources: Resources, config: dict[str, Any] | None = None) -> None:
        self.res = resources
        if config and "window" in config:
            # a full config recorded by an older model: the features added since stay off
            config = {**_LEGACY, **config}
        self.config = {**DEFAULT_CONFIG, **(config or {})}
        self._cache: dict[str, tuple[list[str], ...]] = {}
        #: :meth:`_stem_units` of each stem seen
        self._stem_cache: dict[str, tuple[str, list[str]]] = {}
        self._offsets = [k for k in range(-self.config["window"], self.config["window"] + 1) if k]
        self._coffsets = [k for k in range(-self.config["cluster_window"], self.config["cluster_window"] + 1)
                          if abs(k) > self.config["window"]]
        self._cgaz = cluster_gazetteer(resources) if self.config["cluster_gaz"] else {}

    # -- one word type ----------------------------------------------------------------------

    def units(self, word: str) -> tuple[list[str], list[str], str]:
        """The unit features of one word type: (own features, features copied to neighbours, key).

        The key (the stem of an Arabic word, a Latin word in lower case, "" otherwise) is what the
        document memory counts.
        """
        word = word[: self.config["max_len"]]
        n = normalize(word).replace("\u0640", "")
        shape = _shape(n) if n else "empty"
        own = ["bias", "sh=" + shape]
        ctx = ["sh=" + shape]
        key = ""
        if shape == "ar":
            pro, stem, enc = split(n)
            key = stem
            vocab = counts()
            own += ["w=" + n, "s=" + stem, "p=" + pro, "e=" + enc]
            for k in self.config["affixes"]:
                if len(stem) > k:
                    own += [f"<{k}=" + stem[:k], f">{k}=" + stem[-k:]]
            own.append("len=" + str(min(len(stem), 12)))
            freq = vocab.get(stem, 0)
            with_al = vocab.get("ال" + stem, 0)
            own.append("f=" + _bucket(freq))
            own.append("al=" + (str(min(int(10 * with_al / (with_al + freq)), 9)) if freq + with_al else "na"))
            ctx += ["s=" + stem, "p=" + pro]
            per_stem = self._stem_cache.get(stem)
            if per_stem is None:  # (a stem recurs with other clitics: what its letters give is found once)
                if len(self._stem_cache) > 50_000:
                    self._stem_cache.clear()
                per_stem = self._stem_cache[stem] = self._stem_units(stem, freq + with_al, vocab)
            nl, morph = per_stem
            if nl:
                own.append(nl)
                ctx.append(nl)
            own += morph
            for key in (n,) if n == stem else (n, stem):
                for g in self.res.gazetteer.get(key, ()):
                    own.append(("g=" if key == n else "gs=") + g)
                    ctx.append("g=" + g)
            cl = self.res.clusters.get(n) or self.res.clusters.get(stem)
            if cl:
                own += cl
                ctx += cl
            else:
                own.append("c=none")
            st = self.res.stats.get(stem)
            if st:
                own += ["x" + f for f in st]
                if self.config["stats_ctx"]:
                    ctx += ["x" + f for f in st]
            if cl and self._cgaz:
                g = self._cgaz.get(cl[0])
                if g:
                    own += g
                    ctx += g
            trig = self.res.triggers.get(stem) or self.res.triggers.get(n)
            if trig:
                own.append("trig=" + trig)
                ctx.append("trig=" + trig)
        elif shape in ("lat", "Lat", "mix"):
            low = key = n.lower()
            own += ["w=" + low, ">3=" + low[-3:]]
            ctx.append("w=" + low)
        elif shape.startswith("p:"):
            own.append("w=" + n)
            ctx.append("w=" + n)
        return own, ctx, key

    def _stem_units(self, stem: str, n: int, vocab: dict[str, int]) -> tuple[str, list[str]]:
        """What a stem's letters alone give: its name-likeness bucket (:func:`marsad.ner.namelike.bucket`,
        "" when off) and its suffix flags (:func:`_morph`, from ``n``, the stem's own count)."""
        nl = bucket(stem, self.res.ngrams) if self.config["namelike"] and self.res.ngrams else ""
        morph = _morph(stem, n, vocab) if self.config["morph"] and n else []
        return nl, morph

    @property
    def offsets(self) -> list[int]:
        """The neighbour offsets whose units a token gets, in the order of :meth:`groups`."""
        return self._offsets + self._coffsets

    def groups(self, word: str) -> tuple[list[list[str]], str]:
        """The attributes one word type gives: its own, then those it gives its neighbour at each
        offset of :attr:`offsets` (prefixed ``-1:``...), and its document-memory key."""
        own, ctx, key = self.units(word)
        coarse = [c for c in ctx if c.startswith(("c", "g=", "trig="))]
        return [own] + [[f"{k}:{u}" for u in ctx] for k in self._offsets] + [
            [f"{k}:{u}" for u in coarse] for k in self._coffsets
        ], key

    def _entry(self, word: str) -> tuple[Any, ...]:
        e = self._cache.get(word)
        if e is None:
            groups, key = self.groups(word)
            e = (*groups, key)
            if len(self._cache) > 30_000:
                self._cache.clear()
            self._cache[word] = e
        return e

    # -- a sentence ---------------------------------------------------------------------------

    def memory(
        self, sents: list[list[str]], tags: list[list[str]], keys: list[list[str]] | None = None
    ) -> list[list[tuple[str, ...]]]:
        """Document memory: for each token, how the *other* occurrences of its key nearby were tagged.

        ``tags`` are first-pass tags. "Nearby" is the sentences within ``doc_window`` of the token's
        sentence (``keys``, the memory key of each token, are computed when not given). A token
        gets ``dm=TYPE`` (the majority tag type of the other occurrences, O included) and
        ``dh=TYPE`` for each entity type seen; a name tagged PER in one sentence so helps tag it
        PER in the next.
        """
        vocab = counts()
        if keys is None:
            keys = [[self._entry(w)[-1] for w in s] for s in sents]
        all_tags = [t for ts in tags for t in ts]
        tag_ids = list(map(_TAG_INDEX.get, all_tags))
        if None in tag_ids:  # a tag outside IOB2 over the memory types: its type, else O
            index = {typ: x for x, typ in enumerate(_MEM_TYPES)}
            tag_ids = [index.get(t[2:] or "O", 0) for t in all_tags]
        onehot = np.eye(len(_MEM_TYPES), dtype=np.int64)[np.array(tag_ids, dtype=np.intp)]
        others, _ = window_others(keys, onehot, self.config["doc_window"])
        flat_keys = [k for ks in keys for k in ks]
        if not flat_keys:
            return [[] for _ in keys]
        # the majority type of the other occurrences (a tie goes to the type whose name sorts last,
        # as max() over (count, type) pairs gives), the entity types seen, as one code a token
        best = _BY_NAME[others[:, _BY_NAME].argmax(axis=1)]
        seen = (others[:, 1:] > 0) @ (1 << np.arange(len(_MEM_TYPES) - 1))
        code = np.where(others.max(axis=1) > 0, 2 + best * 16 + seen, 0)
        # alone in its window (code 0): "dm=new" only for a word rare in news (a common word is
        # alone only in a short text, which training seldom shows)
        rare = {k: vocab.get(k, 0) < MEMORY_RARE for k in dict.fromkeys(flat_keys)}
        alone = np.fromiter(map(rare.__getitem__, flat_keys), dtype=bool, count=len(flat_keys))
        code[(code == 0) & alone] = 1
        code[np.fromiter(map(len, flat_keys), dtype=np.int64, count=len(flat_keys)) == 0] = -1
        feats = list(map(_MEM_FEATS.__getitem__, code.tolist()))
        out: list[list[tuple[str, ...]]] = []
        i = 0
        for ks in keys:
            out.append(feats[i : i + len(ks)])
            i += len(ks)
        return out

    def sentence(self, tokens: list[str], memory: list[tuple[str, ...]] | None = None) -> list[list[str]]:
        """The attribute lists of a sentence's tokens (empty list for an empty sentence).

        ``memory`` (one tuple per token, from :meth:`memory`) adds the document features.
        """
        entries = [self._entry(t) for t in tokens]
        n = len(entries)
        offs = self._offsets + self._coffsets
        out: list[list[str]] = []
        for i in range(n):
            feats = list(entries[i][0])
            for j, k in enumerate(offs, 1):
                p = i + k
                if 0 <= p < n:
                    feats += entries[p][j]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            if memory:
                feats += memory[i]
                for k in (-1, 1):
                    if 0 <= i + k < n and memory[i + k]:
                        feats.append(f"{k}:{memory[i + k][0]}")
            out.append(feats)
        return out

"""Training of the neural NER tagger (:mod:`marsad.ner.neural`) with JAX on CPU.

Needs ``pip install 'marsad[ner-neural]'`` (jax, gensim for the word vectors); tagging needs only
numpy. The loss is the negative log-likelihood of the gold tag sequence under a linear-chain CRF on
top of the BiLSTM's tag scores; Adam, dropout, a fixed seed and one thread, so a run is reproducible.

>>> from marsad.ner.features import Resources
>>> feature_list(Featurizer(Resources.empty()), [["قال", "الرئيس"], ["الرئيس"]], 2)[:1]
['<pad>']
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from marsad.ner.conll import TAGS
from marsad.ner.features import Featurizer
from marsad.ner.neural import (
    MAX_CHARS,
    MAX_FEATS,
    META_FILE,
    QUANTIZED,
    WEIGHTS_FILE,
    char_ids,
    quantize,
    unit_features,
    word_keys,
)
from marsad.text.normalize import normalize

DEFAULTS: dict[str, Any] = {
    "hidden": 128, "feat_dim": 64, "epochs": 20, "batch": 16, "lr": 2e-3, "dropout": 0.5,
    "word_dropout": 0.1, "min_feat": 2, "max_words": 60_000, "clip": 5.0, "seed": 13,
    "news_words": None,  # keep only these most frequent news words, and the training words (None: all)
    "char_dim": 0, "char_filters": 0,  # the character convolution (0: none)
}

#: settings of the word vectors (:func:`build_vectors`)
VECTORS: dict[str, Any] = {"dim": 100, "window": 4, "min_count": 3, "epochs": 5}


def load_vectors(path: str | Path, max_words: int) -> tuple[list[str], np.ndarray]:
    """The ``max_words`` most frequent words of a gensim KeyedVectors file and their unit-length
    vectors (row 0: the unknown word, zeros)."""
    from gensim.models import KeyedVectors

    kv = KeyedVectors.load(str(path))
    words = kv.index_to_key[:max_words]
    v = kv.vectors[: len(words)].astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True) + 1e-9
    return ["<unk>", *words], np.concatenate([np.zeros((1, v.shape[1]), np.float32), v])


def prune(words: list[str], vectors: np.ndarray, top: int, keep: set[str]) -> tuple[list[str], np.ndarray]:
    """The word table cut to its ``top`` most frequent words (row 0, the unknown word, stays first)
    and the words of ``keep`` (the training words: training reads only those, so it is unchanged).

    >>> w, v = prune(["<unk>", "في", "من", "بيروت"], np.eye(4), 1, {"بيروت"})
    >>> w, v.argmax(axis=1).tolist()
    (['<unk>', 'في', 'بيروت'], [0, 1, 3])
    """
    rows = [0] + [i for i, w in enumerate(words) if i and (i <= top or w in keep)]
    return [words[i] for i in rows], vectors[rows]


class Encoder:
    """Word, stem and feature rows of each word type (cached)."""

    def __init__(self, featurizer: Featurizer, words: list[str], feats: list[str], chars: list[str]) -> None:
        self.featurizer = featurizer
        self.chars = {c: i for i, c in enumerate(chars)}
        self.words = {w: i for i, w in enumerate(words)}
        self.feats = {f: i for i, f in enumerate(feats)}
        self._cache: dict[str, tuple[int, int, list[int]]] = {}

    def __call__(self, word: str) -> tuple[int, int, list[int], list[int]]:
        e = self._cache.get(word)
        if e is None:
            n, stem = word_keys(word)
            get = self.words.get
            fids = [i for i in map(self.feats.get, unit_features(self.featurizer, word)) if i is not None]
            e = self._cache[word] = (get(n, 0), get(stem, get(n, 0)), fids, char_ids(word, self.chars))
        return e


def feature_list(featurizer: Featurizer, sents: list[list[str]], min_count: int) -> list[str]:
    """Unit features seen at least ``min_count`` times in training (row 0 is padding)."""
    c: Counter[str] = Counter()
    for toks in sents:
        for w in toks:
            c.update(unit_features(featurizer, w))
    return ["<pad>", *sorted(f for f, n in c.items() if n >= min_count)]


def arrays(enc: Encoder, sents: list[tuple[list[str], list[str]]], length: int) -> dict[str, np.ndarray]:
    """Padded index arrays of a batch of sentences, all padded to ``length`` tokens."""
    b = len(sents)
    w = np.zeros((b, length), np.int32)
    s = np.zeros((b, length), np.int32)
    f = np.zeros((b, length, MAX_FEATS), np.int32)
    c = np.zeros((b, length, MAX_CHARS + 2), np.int32)
    y = np.zeros((b, length), np.int32)
    m = np.zeros((b, length), np.float32)
    li = {t: i for i, t in enumerate(TAGS)}
    for i, (toks, tags) in enumerate(sents):
        for j, (tok, tag) in enumerate(zip(toks[:length], tags[:length], strict=True)):
            w[i, j], s[i, j], fids, cids = enc(tok)
            f[i, j, : len(fids)] = fids
            c[i, j, : len(cids)] = cids
            y[i, j] = li.get(tag, 0)
            m[i, j] = 1.0
    return {"w": w, "s": s, "f": f, "c": c, "y": y, "m": m}


def _charset(train: list[tuple[list[str], list[str]]], min_count: int = 2) -> set[str]:
    """Characters seen at least ``min_count`` times in the normalized training words."""
    c: Counter[str] = Counter()
    for toks, _ in train:
        for tok in toks:
            n = normalize(tok[:30]).replace("\u0640", "")
            c.update("0" if ch.isdigit() else ch for ch in n.lower()[:MAX_CHARS])
    return {ch for ch, k in c.items() if k >= min_count}


def _bucket(n: int) -> int:
    for b in (16, 32, 48, 64, 96, 128, 192, 256):
        if n <= b:
            return b
    return 512


def fit(train: list[tuple[list[str], list[str]]], featurizer: Featurizer, vectors: str | Path,
        out: str | Path | None = None, log: Any = None, **settings: Any) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Train on ``train`` (token and tag lists); return the weights and metadata (also saved in
    folder ``out`` when given). ``settings`` override :data:`DEFAULTS`."""
    os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")
    import jax
    import jax.numpy as jnp

    cfg = {**DEFAULTS, **settings}
    t_start = time.time()
    words, wv = load_vectors(vectors, cfg["max_words"])
    if cfg["news_words"] is not None:
        words, wv = prune(words, wv, cfg["news_words"], {k for toks, _ in train for t in toks for k in word_keys(t)})
    feats = feature_list(featurizer, [t for t, _ in train], cfg["min_feat"])
    chars = ["<pad>", "<unk>", "<w>", "</w>"]
    if cfg["char_filters"]:
        chars += sorted(_charset(train))
    enc = Encoder(featurizer, words, feats, chars)
    rng = np.random.default_rng(cfg["seed"])
    H, E, L = cfg["hidden"], cfg["feat_dim"], len(TAGS)
    CD, CF = cfg["char_dim"], cfg["char_filters"]
    D = 2 * wv.shape[1] + E + CF

    def init(shape: tuple[int, ...], scale: float | None = None) -> np.ndarray:
        scale = scale if scale is not None else 1.0 / np.sqrt(shape[0])
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def lstm_bias() -> np.ndarray:
        b = np.zeros(4 * H, np.float32)
        b[H : 2 * H] = 1.0  # forget gate open at the start
        return b

    params = {
        "fvec": init((len(feats), E), 0.1), "wi_f": init((D, 4 * H)), "wh_f": init((H, 4 * H)),
        "b_f": lstm_bias(), "wi_b": init((D, 4 * H)), "wh_b": init((H, 4 * H)), "b_b": lstm_bias(),
        "w_out": init((2 * H, L)), "b_out": np.zeros(L, np.float32), "trans": np.zeros((L, L), np.float32),
        "start": np.zeros(L, np.float32), "end": np.zeros(L, np.float32),
    }
    params["fvec"][0] = 0.0
    if CF:
        params.update(cvec=init((len(chars), CD), 0.1), cw=init((3 * CD, CF)), cb=np.zeros(CF, np.float32))
        params["cvec"][0] = 0.0
    # IOB2: I-X only after B-X or I-X
    allowed = np.ones((L, L), np.float32)
    start_ok = np.ones(L, np.float32)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start_ok[j] = 0
            for i, p in enumerate(TAGS):
                if p[2:] != t[2:]:
                    allowed[i, j] = 0
    big = -1e4
    mask_trans = jnp.asarray((1 - allowed) * big)
    mask_start = jnp.asarray((1 - start_ok) * big)
    WV = jnp.asarray(wv)

    def run_lstm(gx: Any, wh: Any, m: Any, reverse: bool) -> Any:
        # gx (T, B, 4H), m (T, B)
        def step(carry: Any, inp: Any) -> Any:
            h, c = carry
            g, mm = inp
            g = g + h @ wh
            i, f, o = (jax.nn.sigmoid(g[:, k * H : (k + 1) * H]) for k in range(3))
            c2 = f * c + i * jnp.tanh(g[:, 3 * H :])
            h2 = o * jnp.tanh(c2)
            mm = mm[:, None]
            c2 = mm * c2 + (1 - mm) * c
            h2 = mm * h2 + (1 - mm) * h
            return (h2, c2), h2 * mm

        b = gx.shape[1]
        z = jnp.zeros((b, H))
        _, hs = jax.lax.scan(step, (z, z), (gx, m), reverse=reverse)
        return hs

    def emissions(p: Any, batch: dict[str, Any], key: Any, train: bool) -> Any:
        parts = [WV[batch["w"]], WV[batch["s"]], p["fvec"][batch["f"]].sum(axis=2)]
        if CF:
            ce = p["cvec"][batch["c"]]  # (B, T, C, CD)
            z = jnp.zeros_like(ce[:, :, :1])
            win = jnp.concatenate([jnp.concatenate([z, ce[:, :, :-1]], 2), ce,
                                   jnp.concatenate([ce[:, :, 1:], z], 2)], axis=-1)
            conv = win @ p["cw"] + p["cb"]
            conv = jnp.where((batch["c"] > 0)[..., None], conv, -1e4).max(axis=2)
            parts.append(jnp.tanh(jnp.where(batch["m"][..., None] > 0, conv, 0.0)))
        x = jnp.concatenate(parts, axis=-1)
        m = batch["m"]
        if train:
            k1, k2, k3 = jax.random.split(key, 3)
            # word dropout: the word and stem vectors of some tokens are hidden
            keep_w = jax.random.bernoulli(k3, 1 - cfg["word_dropout"], m.shape)[..., None]
            x = jnp.concatenate([x[..., : 2 * wv.shape[1]] * keep_w, x[..., 2 * wv.shape[1] :]], axis=-1)
            x = x * jax.random.bernoulli(k1, 1 - cfg["dropout"], x.shape) / (1 - cfg["dropout"])
        xt = jnp.swapaxes(x, 0, 1)  # (T, B, D)
        mt = jnp.swapaxes(m, 0, 1)
        hf = run_lstm(xt @ p["wi_f"] + p["b_f"], p["wh_f"], mt, False)
        hb = run_lstm(xt @ p["wi_b"] + p["b_b"], p["wh_b"], mt, True)
        h = jnp.concatenate([hf, hb], axis=-1)
        if train:
            h = h * jax.random.bernoulli(k2, 1 - cfg["dropout"], h.shape) / (1 - cfg["dropout"])
        return h @ p["w_out"] + p["b_out"]  # (T, B, L)

    def nll(p: Any, batch: dict[str, Any], key: Any) -> Any:
        e = emissions(p, batch, key, True)
        mt = jnp.swapaxes(batch["m"], 0, 1)
        yt = jnp.swapaxes(batch["y"], 0, 1)
        trans = p["trans"] + mask_trans
        start = p["start"] + mask_start
        # gold score
        eg = jnp.take_along_axis(e, yt[..., None], axis=2)[..., 0]  # (T, B)
        gold = (eg * mt).sum(0) + start[yt[0]]
        tg = trans[yt[:-1], yt[1:]]  # (T-1, B)
        gold = gold + (tg * mt[1:]).sum(0)
        last = jnp.maximum(mt.sum(0).astype(jnp.int32) - 1, 0)
        ylast = jnp.take_along_axis(yt, last[None], axis=0)[0]
        gold = gold + p["end"][ylast]

        def step(alpha: Any, inp: Any) -> Any:
            et, mm = inp
            nxt = jax.nn.logsumexp(alpha[:, :, None] + trans[None], axis=1) + et
            mm = mm[:, None]
            return mm * nxt + (1 - mm) * alpha, None

        alpha0 = e[0] + start
        alpha, _ = jax.lax.scan(step, alpha0, (e[1:], mt[1:]))
        logz = jax.nn.logsumexp(alpha + p["end"], axis=1)
        n = mt[0].sum()
        return ((logz - gold) * mt[0]).sum() / jnp.maximum(n, 1.0)

    grad_fn = jax.jit(jax.value_and_grad(nll))

    # Adam
    lr, b1, b2, eps = cfg["lr"], 0.9, 0.999, 1e-8
    mom = {k: np.zeros_like(v) for k, v in params.items()}
    vel = {k: np.zeros_like(v) for k, v in params.items()}

    @jax.jit
    def update(p: Any, g: Any, mo: Any, ve: Any, t: Any) -> Any:
        norm = jnp.sqrt(sum((x ** 2).sum() for x in jax.tree_util.tree_leaves(g)))
        scale = jnp.minimum(1.0, cfg["clip"] / (norm + 1e-9))
        g = jax.tree_util.tree_map(lambda x: x * scale, g)
        mo = jax.tree_util.tree_map(lambda m, x: b1 * m + (1 - b1) * x, mo, g)
        ve = jax.tree_util.tree_map(lambda v, x: b2 * v + (1 - b2) * x * x, ve, g)
        a = lr * jnp.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        p = jax.tree_util.tree_map(lambda q, m, v: q - a * m / (jnp.sqrt(v) + eps), p, mo, ve)
        p["fvec"] = p["fvec"].at[0].set(0.0)
        if CF:
            p["cvec"] = p["cvec"].at[0].set(0.0)
        return p, mo, ve

    # batches of similar length, precomputed once
    order = sorted(range(len(train)), key=lambda i: len(train[i][0]))
    groups = [order[i : i + cfg["batch"]] for i in range(0, len(order), cfg["batch"])]
    data = []
    for g in groups:
        sents = [train[i] for i in g]
        ln = _bucket(max(len(t) for t, _ in sents))
        while len(sents) < cfg["batch"]:
            sents.append(([], []))
        data.append({k: jnp.asarray(v) for k, v in arrays(enc, sents, ln).items()})
    p = {k: jnp.asarray(v) for k, v in params.items()}
    mo = {k: jnp.asarray(v) for k, v in mom.items()}
    ve = {k: jnp.asarray(v) for k, v in vel.items()}
    key = jax.random.PRNGKey(cfg["seed"])
    step = 0
    for epoch in range(cfg["epochs"]):
        t0 = time.time()
        tot = 0.0
        for bi in rng.permutation(len(data)):
            key, sub = jax.random.split(key)
            loss, g = grad_fn(p, data[bi], sub)
            step += 1
            p, mo, ve = update(p, g, mo, ve, step)
            tot += float(loss)
        if log:
            log(f"epoch {epoch} loss {tot / len(data):.3f} {time.time() - t0:.0f}s")
    weights = {k: np.asarray(v) for k, v in p.items()}
    weights["trans"] = weights["trans"] + (1 - allowed) * big
    weights["start"] = weights["start"] + (1 - start_ok) * big
    weights["wvec"] = wv
    meta = {"labels": list(TAGS), "words": words, "feats": feats, "chars": chars if CF else [], "settings": cfg,
            "features": featurizer.config, "training_seconds": round(time.time() - t_start, 1)}
    if out:
        save(weights, meta, out)
    return weights, meta


def save(weights: dict[str, np.ndarray], meta: dict[str, Any], out: str | Path) -> None:
    """Write ``neural.npz`` and ``neural.json`` into folder ``out``: the word vectors and the feature
    table as int8 with a scale per row (``wvec_q``, ``wvec_scale``, ``fvec_q``, ``fvec_scale``;
    :func:`~marsad.ner.neural.quantize`), the character table in float16, the rest in float32.

    The feature table is quantized from its float16 rounding (how files stored it before): the int8
    values are the same give or take 1, and the scales, with 11-bit mantissas, compress to half
    (the shipped ``neural.npz`` stays under 5 MB)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for k, v in weights.items():
        if k in QUANTIZED:
            arrays[f"{k}_q"], arrays[f"{k}_scale"] = quantize(v.astype(np.float16) if k == "fvec" else v)
        else:
            arrays[k] = v.astype(np.float16 if k == "cvec" else np.float32)
    np.savez_compressed(out / WEIGHTS_FILE, **arrays)
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def build_vectors(paths: list[str], out: str | Path, **settings: Any) -> int:
    """Learn the word vectors from unlabeled news JSONL (as :mod:`marsad.ner.clusters` reads it:
    normalized words, digits as 0; skip-gram, one worker, fixed seed; needs ``PYTHONHASHSEED=0``)
    and save them as gensim KeyedVectors at ``out``; returns the number of words."""
    from gensim.models import Word2Vec

    from marsad.ner.clusters import SEED, Sentences, corpus_files

    if os.environ.get("PYTHONHASHSEED") != "0":
        raise RuntimeError("set PYTHONHASHSEED=0 so that the word vectors are reproducible")
    cfg = {**VECTORS, **settings}
    files = corpus_files(paths)
    if not files:
        raise ValueError(f"no JSONL files in {' '.join(paths)}")
    w2v = Word2Vec(Sentences(files), vector_size=cfg["dim"], window=cfg["window"], min_count=cfg["min_count"],
                   sg=1, epochs=cfg["epochs"], workers=1, seed=SEED)
    w2v.wv.save(str(out))
    return len(w2v.wv.index_to_key)


def main(argv: list[str] | None = None) -> int:
    """``python -m marsad.ner.neural_train`` (until ``marsad ner train`` does it): build the word
    vectors, or train the neural tagger beside a CRF model folder (using its lookups)."""
    import argparse
    import gzip

    from marsad.ner.conll import fix_iob, read_conll
    from marsad.ner.features import Resources

    ap = argparse.ArgumentParser(prog="python -m marsad.ner.neural_train", description=main.__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("vectors", help="learn word vectors from news JSONL (PYTHONHASHSEED=0)")
    v.add_argument("news", nargs="+")
    v.add_argument("--out", required=True)
    t = sub.add_parser("train", help="train the neural tagger into a CRF model folder")
    t.add_argument("--data", required=True, help="CoNLL training file")
    t.add_argument("--vectors", required=True, help="word vectors from the 'vectors' command")
    t.add_argument("--model", required=True, help="model folder (resources.json.gz, meta.json); output too")
    t.add_argument("--settings", default="{}", help="training settings as JSON (see DEFAULTS)")
    a = ap.parse_args(argv)
    try:
        if a.cmd == "vectors":
            print(f"{build_vectors(a.news, a.out)} words -> {a.out}")
            return 0
        model = Path(a.model)
        with gzip.open(model / "resources.json.gz", "rt", encoding="utf-8") as f:
            res = Resources.from_json(json.load(f))
        feat = Featurizer(res, json.loads((model / "meta.json").read_text(encoding="utf-8")).get("features"))
        sents = [(toks, fix_iob(tags)) for toks, tags in read_conll(a.data) if toks]
        _, meta = fit(sents, feat, a.vectors, out=model, log=print, **json.loads(a.settings))
    except (OSError, ValueError, RuntimeError, ImportError) as e:
        print(f"error: {e}")
        return 1
    print(f"trained in {meta['training_seconds']} s -> {model / WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Word clusters from unlabeled news, a feature of the NER tagger (a separate, reproducible step).

Words of the corpus (JSONL files with ``title`` and ``body``, e.g. ``../shared/data/ant_news``) are
normalized (:func:`marsad.text.normalize.normalize`), word2vec vectors are learned (gensim,
skip-gram, one worker and a fixed seed, so the run is reproducible), and k-means (numpy, fixed
seed) groups them at several granularities: the finest clustering first, then its centroids are
clustered again, so the ids nest like Brown-cluster prefixes. Only ``word<TAB>ids`` lines are
written; the corpus itself is not.

This step needs ``pip install 'marsad[ner-build]'`` (gensim, numpy); tagging does not::

    PYTHONHASHSEED=0 marsad ner clusters ../shared/data/ant_news --out ner_clusters.tsv.gz

>>> list(_sentences("قال الرئيس، إن «القوات» تقدمت. ثم انسحبت"))
[['قال', 'الرئيس'], ['ان'], ['القوات'], ['تقدمت'], ['ثم', 'انسحبت']]
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.text.normalize import normalize

SEED = 13
DEFAULTS: dict[str, Any] = {"dim": 100, "window": 2, "min_count": 5, "epochs": 5, "sg": 1,
                            "ks": [1024, 256, 64], "kmeans_iter": 25, "prefix": "c"}
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|[.!?؟،,:؛;«»\"()]")
_BREAK = set(".!?؟،,:؛;«»\"()")


def _sentences(text: str) -> Iterator[list[str]]:
    sent: list[str] = []
    for tok in _TOKEN.findall(normalize(text).replace("\u0640", "")):
        if tok in _BREAK:
            if sent:
                yield sent
            sent = []
        else:
            sent.append("0" if tok.isdigit() else tok)
    if sent:
        yield sent


def corpus_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    return files


class Sentences:
    """Sentences of the JSONL files, re-read on each pass (articles marked duplicate are skipped)."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files

    def __iter__(self) -> Iterator[list[str]]:
        for f in self.files:
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    if row.get("duplicate_of"):
                        continue
                    for para in ((row.get("title") or "") + "\n" + (row.get("body") or "")).split("\n"):
                        yield from _sentences(para)


def kmeans(x: Any, k: int, iters: int, seed: int = SEED) -> tuple[Any, Any]:
    """Plain k-means (cosine: rows of ``x`` are unit vectors); returns (labels, centroids)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    k = min(k, len(x))  # a small corpus has fewer words than clusters
    c = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        for a in range(0, len(x), 20000):
            labels[a : a + 20000] = np.argmax(x[a : a + 20000] @ c.T, axis=1)
        for j in range(k):
            m = labels == j
            if m.any():
                v = x[m].sum(axis=0)
                c[j] = v / (np.linalg.norm(v) + 1e-9)
    return labels, c


def build(paths: list[str], out: str | Path, **settings: Any) -> dict[str, Any]:
    """Learn vectors and clusters from the corpus at ``paths`` and write ``out`` (gzipped TSV)."""
    import numpy as np
    from gensim.models import Word2Vec

    cfg = {**DEFAULTS, **settings}
    if os.environ.get("PYTHONHASHSEED") != "0":
        raise RuntimeError("set PYTHONHASHSEED=0 so that the word vectors are reproducible")
    files = corpus_files(paths)
    if not files:
        raise ValueError(f"no JSONL files in {' '.join(paths)}")
    w2v = Word2Vec(Sentences(files), vector_size=cfg["dim"], window=cfg["window"], min_count=cfg["min_count"],
                   sg=cfg["sg"], epochs=cfg["epochs"], workers=1, seed=SEED)
    words = list(w2v.wv.index_to_key)
    x = w2v.wv.vectors.astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    ids = []
    labels, cent = kmeans(x, cfg["ks"][0], cfg["kmeans_iter"])
    ids.append(labels)
    for k in cfg["ks"][1:]:
        lab2, cent = kmeans(cent, k, cfg["kmeans_iter"])
        labels = lab2[labels]
        ids.append(labels)
    names = [f"{cfg['prefix']}{k}" for k in cfg["ks"]]
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write(("word\t" + "\t".join(names) + "\n").encode("utf-8"))
        for i, w in enumerate(words):
            gz.write((w + "\t" + "\t".join(str(int(lab[i])) for lab in ids) + "\n").encode("utf-8"))
    return {"words": len(words), "files": [f.name for f in files], **cfg}

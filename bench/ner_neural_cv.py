"""Cross-validation of the neural NER tagger on the folds of ``bench/ner_cv.py`` (contiguous blocks).

    .venv/bin/python bench/ner_neural_cv.py ../shared/data/anercorp/ANERCorp_CamelLab_train.txt \
        --vectors w2v.kv --gazetteers ../shared/data/gazetteers --clusters ner_clusters_w2.tsv.gz \
        --newsstats ner_newsstats.tsv.gz --only 0 --out /tmp/nern/run

Each fold's model is saved under ``--out``/foldK (so other scripts can ensemble it). Prints
micro P/R/F1 and per-type F1 per fold and their mean, training time, and tagging speed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_cv import folds  # noqa: E402

from marsad.ner import resources as _resources  # noqa: E402
from marsad.ner.cli import BATCH, one_blas_thread  # noqa: E402
from marsad.ner.conll import TYPES, fix_iob, read_conll  # noqa: E402
from marsad.ner.evaluate import score  # noqa: E402
from marsad.ner.features import Featurizer  # noqa: E402
from marsad.ner.model import CRF_FILE, STAGE1_FILE, NerModel, trim  # noqa: E402
from marsad.ner.neural import Combined, NeuralTagger  # noqa: E402
from marsad.ner.train import fit_stacked, params  # noqa: E402


def run_fold(i: int, sents: list[Any], a: argparse.Namespace, settings: dict[str, Any]) -> dict[str, Any]:
    from marsad.ner.neural_train import fit

    lo, hi = folds(len(sents), a.folds)[i]
    res, _ = _resources.build(a.gazetteers, a.clusters, a.newsstats)
    train = [(t, fix_iob(g)) for t, g in sents[:lo] + sents[hi:]]
    test = sents[lo:hi]
    out = Path(a.out) / f"fold{i}"
    t0 = time.time()
    if a.load and (out / "neural.npz").exists():
        tagger = NeuralTagger.load(out, res)
    else:
        weights, meta = fit(train, Featurizer(res), a.vectors, out=out,
                            log=lambda s: print(f"fold {i} {s}", file=sys.stderr, flush=True), **settings)
        tagger = NeuralTagger(weights, meta, Featurizer(res))
    t_train = time.time() - t0
    toks = [t for t, _ in test]
    gold = [g for _, g in test]
    t0 = time.time()
    pred = [trim(t, p) for t, p in zip(toks, tag_all(tagger, toks), strict=True)]
    t_tag = time.time() - t0
    s = score(gold, pred)
    s["train_s"], s["tag_tok_s"] = t_train, sum(map(len, toks)) / t_tag
    result = {"neural": s}
    if a.crf:
        crf_dir = Path(a.crf) / f"fold{i}"
        if not (crf_dir / CRF_FILE).exists():  # the CRF of bench/ner_cv.py for this fold
            crf_dir.mkdir(parents=True, exist_ok=True)
            fit_stacked(train, crf_dir, Featurizer(res), params(), jobs=1)
        crf = NerModel.from_files(crf_dir / CRF_FILE, crf_dir / STAGE1_FILE, Featurizer(res))
        result["crf"] = score(gold, tag_all(crf, toks))
        taggers = [tagger] + [NeuralTagger.load(Path(d) / f"fold{i}", res) for d in a.also or []]
        for w in a.weights.split(","):
            for dw in a.doc_weights.split(","):
                for ob in a.o_biases.split(","):
                    comb = Combined(crf, taggers, weight=float(w), doc_weight=float(dw), o_bias=float(ob))
                    result[f"combined w={w} doc={dw} o={ob}"] = score(gold, tag_all(comb, toks))
    return result


def tag_all(tagger: Any, sents: list[list[str]]) -> list[list[str]]:
    """Tags in batches of sentences, as ``marsad ner tag`` reads a file."""
    return [t for i in range(0, len(sents), BATCH) for t in tagger.tag_document(sents[i : i + BATCH])]


def main() -> None:
    one_blas_thread()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--vectors", required=True, help="gensim KeyedVectors file learned from news")
    ap.add_argument("--gazetteers")
    ap.add_argument("--clusters", action="append")
    ap.add_argument("--newsstats")
    ap.add_argument("--settings", default="{}", help="training settings as JSON")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", help="run only these folds (comma-separated)")
    ap.add_argument("--out", default="/tmp/nern/run")
    ap.add_argument("--load", action="store_true", help="reuse the fold models already in --out")
    ap.add_argument("--crf", help="folder of the fold CRFs (trained there when missing): also score the "
                    "CRF alone and the CRF and neural taggers combined")
    ap.add_argument("--also", action="append", help="folder of more fold models (e.g. other seeds) to "
                    "combine with the CRF too")
    ap.add_argument("--weights", default="0.7", help="weights of the neural scores when combined")
    ap.add_argument("--doc-weights", default="2", help="weights of document consistency when combined")
    ap.add_argument("--o-biases", default="0", help="handicaps of the O tag when combined")
    a = ap.parse_args()
    settings = json.loads(a.settings)
    sents = list(read_conll(a.data))
    idx = [int(x) for x in a.only.split(",")] if a.only else list(range(a.folds))
    results = [run_fold(i, sents, a, settings) for i in idx]
    for i, r in zip(idx, results, strict=True):
        print(f"fold {i}: train {r['neural']['train_s']:.0f} s, neural tags {r['neural']['tag_tok_s']:.0f} tok/s")
    for name in results[0]:
        for i, r in zip(idx, results, strict=True):
            print(f"  {name:30s} fold {i}: {line(r[name])}", flush=True)
        k = len(results)
        mean = {m: sum(r[name][m] for r in results) / k for m in ("precision", "recall", "f1")}
        mean["types"] = {t: {"f1": sum(r[name]["types"].get(t, {}).get("f1", 0.0) for r in results) / k}
                         for t in TYPES}
        print(f"{name:32s} mean of {k} folds: {line(mean)}")


def line(s: dict[str, Any]) -> str:
    return (f"P {100*s['precision']:.2f} R {100*s['recall']:.2f} F1 {100*s['f1']:.2f}  "
            + "  ".join(f"{t} {100*s['types'].get(t, {}).get('f1', 0):.2f}" for t in TYPES))


if __name__ == "__main__":
    main()

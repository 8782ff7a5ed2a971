"""5-fold cross-validation of the NER tagger on a CoNLL file (contiguous blocks of sentences).

ANERcorp sentences come from documents, so each fold is a contiguous block (no document is split
across training and test more than at the block edges). Prints micro P/R/F1 and per-type F1,
averaged over the folds.

    .venv/bin/python bench/ner_cv.py ../shared/data/anercorp/ANERCorp_CamelLab_train.txt \
        --gazetteers ../shared/data/gazetteers --clusters marsad_ner_clusters.tsv.gz \
        --newsstats ner_newsstats.tsv.gz --jobs 2
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from marsad.ner import resources as _resources
from marsad.ner.conll import TYPES, read_conll
from marsad.ner.evaluate import score
from marsad.ner.features import Featurizer
from marsad.ner.model import CRF_FILE, STAGE1_FILE, NerModel
from marsad.ner.train import fit, fit_stacked, params


def folds(n: int, k: int = 5) -> list[tuple[int, int]]:
    """``k`` contiguous blocks covering ``range(n)``."""
    edges = [round(i * n / k) for i in range(k + 1)]
    return list(zip(edges[:-1], edges[1:], strict=True))


def run_fold(args: tuple[Any, ...]) -> dict[str, Any]:

    sents, (a, b), gaz, clusters, config, crf, stacked, stats = args
    res, _ = _resources.build(gaz, clusters, stats)
    feat = Featurizer(res, config)
    train = sents[:a] + sents[b:]
    test = sents[a:b]
    with tempfile.TemporaryDirectory() as d:
        t0 = time.time()
        if stacked:
            fit_stacked(train, d, feat, crf, jobs=1)
        else:
            fit(train, Path(d) / CRF_FILE, feat, crf)
        t_train = time.time() - t0
        # the trained CRFs with a fresh feature cache
        model = NerModel.from_files(Path(d) / CRF_FILE, Path(d) / STAGE1_FILE if stacked else None,
                                    Featurizer(res, config))
        t0 = time.time()
        pred = model.tag_document([toks for toks, _ in test])
        t_tag = time.time() - t0
    s = score([g for _, g in test], pred)
    s["train_s"], s["tag_tok_s"] = t_train, sum(len(t) for t, _ in test) / t_tag
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--gazetteers")
    ap.add_argument("--clusters", action="append", help="word clusters TSV (may be repeated)")
    ap.add_argument("--newsstats", help="news context statistics from 'marsad ner newsstats'")
    ap.add_argument("--config", default="{}", help="feature settings as JSON")
    ap.add_argument("--crf", default="{}", help="CRF parameters as JSON")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-stack", action="store_true", help="one CRF, no document memory")
    ap.add_argument("--only", help="run only these folds (comma-separated indices)")
    a = ap.parse_args()
    sents = list(read_conll(a.data))
    jobs = [(sents, f, a.gazetteers, a.clusters, json.loads(a.config), params(**json.loads(a.crf)), not a.no_stack,
             a.newsstats)
            for i, f in enumerate(folds(len(sents), a.folds))
            if not a.only or str(i) in a.only.split(",")]
    with ProcessPoolExecutor(a.jobs) as ex:
        results = list(ex.map(run_fold, jobs))
    k = len(results)
    avg = {m: sum(r[m] for r in results) / k for m in ("precision", "recall", "f1", "train_s", "tag_tok_s")}
    per = {t: sum(r["types"].get(t, {}).get("f1", 0.0) for r in results) / k for t in TYPES}
    for i, r in enumerate(results):
        print(f"fold {i}: P {100*r['precision']:.2f} R {100*r['recall']:.2f} F1 {100*r['f1']:.2f}  "
              + "  ".join(f"{t} {100*r['types'].get(t, {}).get('f1', 0):.1f}" for t in TYPES), file=sys.stderr)
    print(f"mean of {k} folds: P {100*avg['precision']:.2f} R {100*avg['recall']:.2f} F1 {100*avg['f1']:.2f}  "
          + "  ".join(f"{t} {100*v:.2f}" for t, v in per.items())
          + f"  | train {avg['train_s']:.0f} s/fold, tag {avg['tag_tok_s']:.0f} tok/s (cold cache)")
    if a.json:
        print(json.dumps({"mean": avg, "types": per, "folds": results}))


if __name__ == "__main__":
    main()

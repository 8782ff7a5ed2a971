"""Speed and memory of the NER taggers (one core), feature extraction included.

    .venv/bin/python bench/ner_speed.py ../shared/data/anercorp/ANERCorp_CamelLab_train.txt [--model DIR]

For the CRF alone (what ``marsad extract`` uses) and for the tagger ``marsad ner tag`` uses (CRF +
neural when the model folder has ``neural.npz``), each in its own process so that peak memory is
its own: model load time, tokens/s (CPU time, in batches of sentences as ``marsad ner tag`` reads
them, BLAS on one thread) on the first pass (cold caches: every word type is new) and on a second
pass (warm), peak memory (max RSS), model size on disk; then the cost of ``marsad.ner.annotate``
per article of the example text.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path


def run_one(which: str, data: str, model_dir: str | None) -> None:
    """Time one tagger (``crf`` or ``best``) in this process."""
    t0 = time.process_time()
    from marsad.ner.cli import BATCH, one_blas_thread
    from marsad.ner.conll import read_tokens
    from marsad.ner.model import load, load_crf

    one_blas_thread()
    model = load_crf(model_dir) if which == "crf" else load(model_dir)
    t_load = time.process_time() - t0
    sents = list(read_tokens(data))
    n = sum(map(len, sents))
    name = type(model).__name__
    for label in ("cold", "warm"):
        t0 = time.process_time()
        for i in range(0, len(sents), BATCH):  # as `marsad ner tag` does
            model.tag_document(sents[i : i + BATCH])
        dt = time.process_time() - t0
        print(f"{which} ({name}) {label}: {n} tokens in {dt:.2f} s CPU = {n / dt:,.0f} tokens/s")
    print(f"{which} ({name}): load {t_load:.2f} s CPU; peak memory (max RSS) "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def annotate_cost() -> None:
    """The per-article cost of the ``mentions`` layer (the CRF alone) on the example article."""
    from marsad.doc import Doc
    from marsad.ner import annotate
    from marsad.text.segment import segment

    ex = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2020-10-22.txt"
    title, _, body = ex.read_text(encoding="utf-8").partition("\n")
    doc = Doc.build(body, title=title)
    segment(doc)
    annotate(doc)
    reps = 200
    t0 = time.perf_counter()
    for _ in range(reps):
        annotate(doc)
    dt = (time.perf_counter() - t0) / reps
    print(f"annotate: {len(doc.tokens)} tokens, {len(doc.layers['mentions'])} mentions, {1000 * dt:.2f} ms/article "
          f"({len(doc.tokens) / dt:,.0f} tokens/s, warm)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", help="a CoNLL or one-token-a-line file")
    ap.add_argument("--model", help="model folder (default: the shipped one)")
    ap.add_argument("--only", choices=("crf", "best"), help="time this tagger only, in this process")
    a = ap.parse_args()
    if a.only:
        run_one(a.only, a.data, a.model)
        return
    for which in ("crf", "best"):
        cmd = [sys.executable, __file__, a.data, "--only", which] + (["--model", a.model] if a.model else [])
        subprocess.run(cmd, check=True)
    from marsad.ner.model import MODEL_DIR

    folder = Path(a.model) if a.model else MODEL_DIR
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    print(f"model folder {folder}: {size / 1e6:.1f} MB")
    annotate_cost()


if __name__ == "__main__":
    main()

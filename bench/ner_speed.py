"""Speed and memory of the shipped NER tagger (one core), feature extraction included.

    .venv/bin/python bench/ner_speed.py ../shared/data/anercorp/ANERCorp_CamelLab_train.txt

Reports: model load time, tokens/s (CPU time, in batches of sentences as ``marsad ner tag`` reads them) on the first pass (cold feature cache: every word type is new)
and on a second pass (warm cache, as inside a long-running pipeline), peak memory (max RSS), model
size on disk, and the cost of ``marsad.ner.annotate`` per article of the example text.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def main() -> None:
    data = sys.argv[1]
    t0 = time.perf_counter()
    from marsad.ner.conll import read_tokens
    from marsad.ner.model import MODEL_DIR, default

    model = default()
    t_load = time.perf_counter() - t0
    sents = list(read_tokens(data))
    n = sum(map(len, sents))
    from marsad.ner.cli import BATCH

    for label in ("cold", "warm"):
        t0 = time.process_time()
        for i in range(0, len(sents), BATCH):  # as `marsad ner tag` does
            model.tag_document(sents[i : i + BATCH])
        dt = time.process_time() - t0
        print(f"{label}: {n} tokens in {dt:.2f} s CPU = {n / dt:,.0f} tokens/s")
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    print(f"model load {t_load:.2f} s; model size {size / 1e6:.1f} MB")

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
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

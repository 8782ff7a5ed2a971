"""Run the claims development set through Marsad and score it with the shared scorer.

usage: python bench/claims_dev.py [--shared ../shared] [--show-errors] [--only seed|dev] [--out pred.jsonl]
                                 [--upto STAGE] [--stage-time] [--gold FILE ...]

Feeds each gold article (id, title, body, published) to ``marsad extract`` and prints the scores of
``shared/tools/score_claims.py``: casualty and statement precision, recall, F1 and agreements.
With ``--gold`` it scores those gold files (JSON Lines in the format of ``dev.gold.jsonl``: a set of
articles annotated by hand) instead of the development set.
With ``--stage-time`` it also prints the CPU time of the casualty-figure stage alone, per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--only", choices=("seed", "dev"))
    ap.add_argument("--out")
    ap.add_argument("--stage-time", action="store_true", help="CPU time of the casualties stage per article")
    ap.add_argument("--upto", help="run the pipeline only up to this stage (e.g. statements)")
    ap.add_argument("--gold", action="append", help="score this gold file instead of the dev set (may be repeated)")
    args = ap.parse_args()
    shared = Path(args.shared)
    files = {"seed": "seed.gold.jsonl", "dev": "dev.gold.jsonl"}
    names = [files[args.only]] if args.only else list(files.values())
    paths = [Path(g) for g in args.gold] if args.gold else [shared / "data" / "claims-dev" / n for n in names]
    gold_rows = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                gold_rows += [json.loads(line) for line in f if line.strip()]
        except (OSError, ValueError) as e:
            print(f"claims_dev: {path}: {e}", file=sys.stderr)
            return 2

    import marsad

    t0 = time.perf_counter()
    preds = []
    for g in gold_rows:
        if args.upto:
            from marsad.pipeline import process
            from marsad.record import to_record

            doc = process(
                g["body"], title=g.get("title"), published=g.get("published"), id=g["id"], upto=args.upto
            )
            rec = to_record(doc)
        else:
            rec = marsad.extract(g["body"], title=g.get("title"), published=g.get("published"), id=g["id"])
        preds.append(rec)
    dt = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp())
    gold_path, pred_path = tmp / "gold.jsonl", Path(args.out) if args.out else tmp / "pred.jsonl"
    gold_path.write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_rows), encoding="utf-8"
    )
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    cmd = [sys.executable, str(shared / "tools" / "score_claims.py"), str(gold_path), str(pred_path)]
    if args.show_errors:
        cmd.append("--show-errors")
    subprocess.run(cmd, check=False)
    print(f"articles: {len(gold_rows)} in {dt:.2f} s ({len(gold_rows) / dt:.1f} articles/s)")
    if args.stage_time:
        print(f"casualties stage: {_stage_ms(gold_rows):.3f} ms CPU per article")
    return 0


def _stage_ms(rows: list[dict], repeat: int = 5) -> float:
    """CPU milliseconds per article of ``marsad.claims.figures.annotate`` on docs run up to statements."""
    from marsad.claims import figures
    from marsad.pipeline import process

    docs = [
        process(g["body"], title=g.get("title"), published=g.get("published"), upto="statements")
        for g in rows
    ]
    total = 0.0
    for _ in range(repeat):
        for d in docs:
            d.__dict__.pop("_figure_forms", None)  # no per-document cache from an earlier run
            t = time.process_time()
            figures.annotate(d)
            total += time.process_time() - t
    return 1000 * total / (repeat * len(docs))


if __name__ == "__main__":
    sys.exit(main())

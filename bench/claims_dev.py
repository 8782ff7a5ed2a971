"""Run the claims development set through Marsad and score it with the shared scorer.

usage: python bench/claims_dev.py [--shared ../shared] [--show-errors] [--only seed|dev] [--out pred.jsonl]

Feeds each gold article (id, title, body, published) to ``marsad extract`` and prints the scores of
``shared/tools/score_claims.py``: casualty and statement precision, recall, F1 and agreements.
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
    args = ap.parse_args()
    shared = Path(args.shared)
    files = {"seed": "seed.gold.jsonl", "dev": "dev.gold.jsonl"}
    names = [files[args.only]] if args.only else list(files.values())
    gold_rows = []
    for n in names:
        with open(shared / "data" / "claims-dev" / n, encoding="utf-8") as f:
            gold_rows += [json.loads(line) for line in f if line.strip()]

    import marsad

    t0 = time.perf_counter()
    preds = []
    for g in gold_rows:
        rec = marsad.extract(g["body"], title=g.get("title"), published=g.get("published"), id=g["id"])
        preds.append(rec)
    dt = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp())
    gold_path, pred_path = tmp / "gold.jsonl", Path(args.out) if args.out else tmp / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_rows), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    cmd = [sys.executable, str(shared / "tools" / "score_claims.py"), str(gold_path), str(pred_path)]
    if args.show_errors:
        cmd.append("--show-errors")
    subprocess.run(cmd, check=False)
    print(f"articles: {len(gold_rows)} in {dt:.2f} s ({len(gold_rows) / dt:.1f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

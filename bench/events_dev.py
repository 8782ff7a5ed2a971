"""Run the events development set through Marsad and score it with the shared scorer.

usage: python bench/events_dev.py [--shared ../shared] [--show-errors] [--out pred.jsonl] [--gold FILE]

Feeds each gold article (id, title, body, published) to ``marsad.extract`` and prints the scores of
``shared/tools/score_events.py``: event precision, recall, F1 and the agreement of actors, places,
date and status over matched events; then the time the events and headline stages take. With
``--gold`` it scores that gold file (JSON Lines in the format of ``events.dev.gold.jsonl``) instead.
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
    ap.add_argument("--out")
    ap.add_argument("--gold", help="score this gold file instead of the dev set")
    args = ap.parse_args()
    shared = Path(args.shared)
    gold_path = Path(args.gold) if args.gold else shared / "data" / "events-dev" / "events.dev.gold.jsonl"
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold_rows = [json.loads(line) for line in f if line.strip()]
    except (OSError, ValueError) as e:
        print(f"events_dev: {gold_path}: {e}", file=sys.stderr)
        return 2

    from marsad import pipeline
    from marsad.doc import Doc
    from marsad.record import to_record

    warm = Doc.build(
        gold_rows[0]["body"], title=gold_rows[0].get("title"), published=gold_rows[0].get("published")
    )
    pipeline.run(warm)  # load the lexicons and models once, outside the timing
    t0 = time.perf_counter()
    own = 0.0
    preds = []
    for g in gold_rows:
        doc = Doc.build(g["body"], title=g.get("title"), published=g.get("published"), id=g["id"])
        pipeline.run(doc, upto="casualties")
        t1 = time.process_time()
        pipeline.stage("events")(doc)
        pipeline.stage("headline")(doc)
        own += time.process_time() - t1
        preds.append(to_record(doc))
    dt = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp())
    pred_path = Path(args.out) if args.out else tmp / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    cmd = [sys.executable, str(shared / "tools" / "score_events.py"), str(gold_path), str(pred_path)]
    if args.show_errors:
        cmd.append("--show-errors")
    subprocess.run(cmd, check=False)
    n = len(gold_rows)
    print(f"articles: {n} in {dt:.2f} s ({n / dt:.1f} articles/s)")
    print(f"events + headline: {1000 * own / n:.3f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())

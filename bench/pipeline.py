"""Throughput of the whole ``marsad extract`` pipeline over the ANT news corpus, on one core.

usage: python bench/pipeline.py [--shared ../shared] [--limit N] [--every N] [--upto STAGE] [--profile]

Reads ``shared/data/ant_news/*.jsonl`` (title, body, date), runs every stage (text, entities,
statements, figures, events, headline) and the record conversion, and prints articles/s, words/s,
the time per stage and peak memory. Target (issues 4 and 5): at least 100 articles/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.doc import Doc  # noqa: E402
from marsad.pipeline import STAGES, stage  # noqa: E402
from marsad.record import to_record  # noqa: E402


def articles(shared: Path, limit: int | None, every: int = 1):
    n = seen = 0
    for f in sorted((shared / "data" / "ant_news").glob("*.jsonl")):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                seen += 1
                if (seen - 1) % every:
                    continue
                row = json.loads(line)
                yield row
                n += 1
                if limit and n >= limit:
                    return


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--every", type=int, default=1, help="take every Nth article (a sample across the corpus)")
    ap.add_argument("--upto", help="stop after this stage")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    names = []
    for name, _ in STAGES:
        names.append(name)
        if name == args.upto:
            break
    fns = [(n, stage(n)) for n in names]
    per = dict.fromkeys(names + ["build", "record"], 0.0)
    # warm up: load models and lexicons before timing
    warm = Doc.build("قال الرئيس إن 3 أشخاص قتلوا أمس.", title="عنوان", published="2020-01-01")
    for _, fn in fns:
        fn(warm)
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
    n = words = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for row in articles(Path(args.shared), args.limit, args.every):
        t = time.process_time()
        doc = Doc.build(row.get("body") or "", title=row.get("title"), published=(row.get("date") or "")[:10] or None)
        per["build"] += time.process_time() - t
        for name, fn in fns:
            t = time.process_time()
            fn(doc)
            per[name] += time.process_time() - t
        t = time.process_time()
        to_record(doc)
        per["record"] += time.process_time() - t
        n += 1
        words += len(doc.tokens)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n}  wall: {dt:.1f} s ({n / dt:.1f} articles/s)  CPU: {cpu:.1f} s ({n / cpu:.1f} articles/s, "
          f"{words / cpu:,.0f} tokens/s)  peak RSS: {peak:.0f} MB")
    for name, secs in per.items():
        print(f"  {name:<11} {secs * 1000 / max(n, 1):7.3f} ms CPU/article  ({secs / cpu:5.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark the text layer (repair, segment, numbers, dates) over the ANT news articles.

Runs ``Doc.build`` and ``pipeline.run(doc, only=TEXT_STAGES)`` on one core over
``../shared/data/ant_news/*.jsonl`` (fields title, body, date) and reports articles/s, words/s
and peak memory (``resource.getrusage`` maxrss), and the CPU time spent in each stage (CPU time is
reported beside wall time because a shared machine makes wall time noisy).

    .venv/bin/python bench/text_layer.py [--limit N] [--data DIR] [--profile]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from marsad import pipeline
from marsad.doc import Doc

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ant_news"


def articles(folder: Path, limit: int | None):
    n = 0
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if limit is not None and n >= limit:
                    return
                a = json.loads(line)
                n += 1
                yield a.get("title") or "", a.get("body") or "", (a.get("date") or "")[:10] or None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="stop after N articles")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl articles")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the run")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: no data folder {args.data}", file=sys.stderr)
        return 2
    for name in pipeline.TEXT_STAGES:  # load lexicons and modules before timing
        pipeline.run(Doc.build("قتل 5 أشخاص يوم الخميس 22 أكتوبر", published="2020-10-22"), only=[name])
    stages = {name: 0.0 for name in ("build", *pipeline.TEXT_STAGES)}
    n_art = n_words = n_numbers = n_dates = 0
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    for title, body, published in articles(args.data, args.limit):
        a = time.process_time()
        doc = Doc.build(body, title=title, published=published)
        b = time.process_time()
        stages["build"] += b - a
        for name in pipeline.TEXT_STAGES:
            pipeline.run(doc, only=[name])
            c = time.process_time()
            stages[name] += c - b
            b = c
        n_art += 1
        n_words += len(title.split()) + len(body.split())
        n_numbers += len(doc.layers["numbers"])
        n_dates += len(doc.layers["dates"])
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        import pstats

        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n_art}  words: {n_words}  numbers: {n_numbers}  dates: {n_dates}")
    print(f"wall: {elapsed:.1f} s  {n_art / elapsed:.0f} articles/s  {n_words / elapsed:.0f} words/s")
    print(f"cpu:  {cpu:.1f} s  {n_art / cpu:.0f} articles/s  {n_words / cpu:.0f} words/s")
    print(
        "cpu per article: " + "  ".join(f"{k} {v / max(n_art, 1) * 1000:.3f} ms" for k, v in stages.items())
    )
    print(f"peak memory (maxrss): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

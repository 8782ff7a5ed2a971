"""Benchmark of ``marsad ingest`` on the ANT corpus: speed, size, memory, search and tally latency.

    .venv/bin/python bench/ingest.py --limit 3000          # a sample, spread over the six files
    .venv/bin/python bench/ingest.py                       # all 31,525 articles

For ``--jobs`` 1 and 2 (``--jobs 1,2``) it runs ``marsad ingest`` in a subprocess on a fresh
database and reports wall time, articles/s and the peak memory of the largest process; then, on the
database, its size, the duplicates found (and how many of ANT's own exact-duplicate links were
found), the cost of folding and MinHash per article, and the median latency of full-text searches,
figure queries and tallies (target: under 100 ms each).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ant import ant_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = ("middleEast", "internationalNews", "economy", "technology", "culture", "sport")
SEARCHES = ("رئيس", "اعلن", "غزة", "الأمم المتحدة", "قتلى الغارات", "مفاوضات السلام")


def sample(data: Path, limit: int | None, out: Path) -> tuple[int, dict[str, str]]:
    """Write up to ``limit`` articles, the same share from each file; return (count, ANT's
    duplicate_of links among them)."""
    lines: list[str] = []
    per = None if limit is None else -(-limit // len(FILES))
    for name in FILES:
        with open(data / f"ant_{name}.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if per is not None and i >= per:
                    break
                lines.append(line)
    lines = lines[:limit] if limit else lines
    dups, ids = {}, set()
    for line in lines:
        obj = json.loads(line)
        ids.add(obj["id"])
        if obj.get("duplicate_of") in ids:  # ANT's link, where both copies are in the sample
            dups[obj["id"]] = obj["duplicate_of"]
    out.write_text("".join(lines), encoding="utf-8")
    return len(lines), dups


def run_ingest(src: Path, db: Path, jobs: int, *extra: str) -> dict[str, float]:
    cmd = [
        sys.executable,
        "-m",
        "marsad.cli",
        "ingest",
        str(src),
        "--db",
        str(db),
        "--jobs",
        str(jobs),
        "-q",
        *extra,
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"ingest failed: {err[-500:]}")
    n_err = err.count("\n")
    cpu = usage.ru_utime + usage.ru_stime  # includes the worker processes (waited for by ingest)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": usage.ru_maxrss / 1024, "errors": n_err}


def _median_ms(fn, repeat: int = 15) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``fn()`` (CPU time is what a busy machine cannot inflate)."""
    fn()  # warm the page cache
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure_db(db_path: Path, ant_dups: dict[str, str]) -> dict[str, object]:
    from marsad.store import dedup, query, search, tally
    from marsad.store.backend import connect
    from marsad.store.fold import fold

    db = connect(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    db = connect(db_path, readonly=True)
    st = query.stats(db)
    size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    exact = db.scalar("SELECT count(*) FROM articles WHERE signature IS NULL AND duplicate_of IS NOT NULL")
    near = db.scalar("SELECT count(*) FROM articles WHERE signature IS NOT NULL AND duplicate_of IS NOT NULL")
    linked = {
        r["id"]: r["d"]
        for r in db.query("SELECT a.id, d.id AS d FROM articles a JOIN articles d ON d.pk = a.duplicate_of")
    }
    found = sum(1 for a in ant_dups if a in linked)
    texts = [r["text"] for r in db.query("SELECT text FROM articles LIMIT 500")]
    t0 = time.process_time()
    for t in texts:
        fold(t)
    fold_ms = (time.process_time() - t0) * 1000 / max(len(texts), 1)
    t0 = time.process_time()
    for t in texts:
        dedup.bands(dedup.signature(dedup.shingles(t)))
    minhash_ms = (time.process_time() - t0) * 1000 / max(len(texts), 1)
    lat = {f"search {q}": _median_ms(lambda q=q: search.search(db, q)) for q in SEARCHES}
    lat["query articles --q رئيس --from 2018-06-01"] = _median_ms(
        lambda: query.articles(db, q="رئيس", date_from="2018-06-01")
    )
    lat["query figures --place غزة"] = _median_ms(lambda: query.figures(db, place="غزة"))
    lat["query entities --type PER"] = _median_ms(lambda: query.entities(db, type="PER"))
    lat["tally --place غزة --outcome killed"] = _median_ms(
        lambda: tally.tally(db, place="غزة", outcome="killed")
    )
    lat["tally --outcome killed (all places)"] = _median_ms(lambda: tally.tally(db, outcome="killed"))
    db.close()
    return {
        "stats": st,
        "db_mb": size / 2**20,
        "exact_duplicates": exact,
        "near_duplicates": near,
        "ant_duplicate_links": len(ant_dups),
        "ant_links_found": found,
        "fold_ms_per_article": fold_ms,
        "minhash_ms_per_article": minhash_ms,
        "latency_ms": lat,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="articles to ingest (default: all)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--data", help="the ant_news folder")
    ap.add_argument("--keep", help="keep the database of the last run here")
    args = ap.parse_args()
    data = ant_dir(args.data, "bench/ingest.py")
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        src = Path(tmp) / "sample.jsonl"
        n, ant_dups = sample(data, args.limit, src)
        print(f"articles: {n} (from {data})")
        runs = {}
        db = Path(tmp) / "none.db"
        for jobs in [int(j) for j in args.jobs.split(",")]:
            db = Path(tmp) / f"j{jobs}.db"
            r = run_ingest(src, db, jobs)
            runs[jobs] = r
            print(
                f"--jobs {jobs}: {r['wall_s']:.1f} s, {n / r['wall_s']:.1f} articles/s "
                f"(CPU {r['cpu_s']:.1f} s: {n / r['cpu_s']:.1f} articles per CPU-second), "
                f"peak RSS {r['peak_rss_mb']:.0f} MB (largest process), {r['errors']} error lines; "
                f"31,525 articles would take about {31525 / (n / r['wall_s']) / 60:.1f} min"
            )
        recs = Path(tmp) / "records.jsonl"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "marsad.cli",
                "export",
                "records",
                "--duplicates",
                "--db",
                str(db),
                "-o",
                str(recs),
            ],
            check=True,
            capture_output=True,
        )
        r = run_ingest(recs, Path(tmp) / "records.db", 1, "--records")
        print(
            f"store alone (ingest --records of the same {n} records, no extraction): {r['wall_s']:.1f} s, "
            f"{n / r['wall_s']:.0f} articles/s (CPU {r['cpu_s']:.1f} s)"
        )
        m = measure_db(db, ant_dups)
        st = m["stats"]
        print(
            f"database: {m['db_mb']:.1f} MB ({m['db_mb'] / n * 31525 / 1024:.2f} GB extrapolated to 31,525); "
            + ", ".join(f"{k} {v}" for k, v in st.items())
        )
        print(
            f"duplicates: {m['exact_duplicates']} exact (same title and body), {m['near_duplicates']} near; "
            f"ANT's identical-body links within the sample: {m['ant_duplicate_links']}, linked by us "
            f"{m['ant_links_found']}"
        )
        print(
            f"per article (CPU): fold {m['fold_ms_per_article']:.2f} ms, MinHash+LSH {m['minhash_ms_per_article']:.2f} ms"
        )
        for k, (wall, cpu) in m["latency_ms"].items():
            print(f"  {k}: {wall:.1f} ms (CPU {cpu:.1f} ms)")
        if args.keep:
            import shutil

            shutil.copy(db, args.keep)


if __name__ == "__main__":
    main()

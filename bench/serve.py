"""Benchmark of ``marsad serve``: requests/s and latency (p50, p95) of the API under load, on loopback.

    .venv/bin/python bench/serve.py --db marsad.db                 # a database made by 'marsad ingest'
    .venv/bin/python bench/serve.py --limit 3000                   # build one from ANT first (bench/out/)

It starts ``marsad serve`` in a subprocess on 127.0.0.1 (a free port), then for each endpoint sends a
bounded number of requests (``--requests``, default 400) from ``--concurrency`` Python threads (default
8), each with its own httpx client, and reports requests/s, p50 and p95 latency and errors:

- ``/api/figures`` with a rotation of filters (outcome, victims, place, source, words, dates);
- ``/api/extract`` with ANT articles (title and body, as a person would paste them);
- ``/api/articles?q=`` (folded full-text search) and ``/api/tally`` for reference.

Only 127.0.0.1 is ever contacted; every loop is bounded in count and the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from ant import ant_dir

ROOT = Path(__file__).resolve().parent.parent
FILES = ("middleEast", "internationalNews", "economy", "technology", "culture", "sport")
FIGURE_QUERIES = [
    {"outcome": "killed"},
    {"outcome": "killed", "place": "غزة"},
    {"outcome": "injured", "victims": "civilian"},
    {"place": "سوريا"},
    {"source": "وزارة الصحة"},
    {"q": "قتلى الغارات"},
    {"outcome": "killed", "from": "2018-03-01", "to": "2018-06-30"},
    {"place": "اليمن", "outcome": "killed", "limit": 200},
]
SEARCHES = ["رئيس", "غزة", "الأمم المتحدة", "قتلى الغارات", "مفاوضات السلام", "اعلن"]
TALLIES = [{"outcome": "killed", "place": "غزة"}, {"outcome": "killed"}, {"place": "سوريا"}, {"outcome": "injured"}]


def ant_articles(data: Path, n: int) -> list[dict[str, str]]:
    """``n`` ANT articles, the same share from each file, as JSON for /api/extract."""
    per = -(-n // len(FILES))
    out = []
    for name in FILES:
        with open(data / f"ant_{name}.jsonl", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= per:
                    break
                obj = json.loads(line)
                out.append({"title": obj.get("title") or "", "body": obj.get("body") or obj.get("text") or ""})
    return out[:n]


def build_db(data: Path, limit: int | None, db: Path) -> None:
    """Ingest ANT (``limit`` articles spread over the files, or all) into ``db`` with 2 jobs."""
    src = db.with_suffix(".jsonl")
    per = None if limit is None else -(-limit // len(FILES))
    with open(src, "w", encoding="utf-8") as out:
        for name in FILES:
            with open(data / f"ant_{name}.jsonl", encoding="utf-8") as f:
                for i, line in enumerate(f):
                    if per is not None and i >= per:
                        break
                    out.write(line)
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", str(src), "--db", str(db), "--jobs", "2", "--quiet"]
    subprocess.run(cmd, check=False)
    print(f"ingested into {db} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(base: str, requests: list[tuple[str, str, dict]], concurrency: int) -> dict[str, float]:
    """Send ``requests`` (method, path, params or JSON) from ``concurrency`` threads; the numbers."""
    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    nxt = [0]

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            while True:
                with lock:
                    i = nxt[0]
                    nxt[0] += 1
                if i >= len(requests):
                    return
                method, path, arg = requests[i]
                t = time.perf_counter()
                try:
                    r = c.get(path, params=arg) if method == "GET" else c.post(path, json=arg)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                dt = time.perf_counter() - t
                with lock:
                    lat.append(dt)
                    errors[0] += not ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    lat.sort()
    return {
        "requests": len(lat),
        "errors": errors[0],
        "rps": round(len(lat) / wall, 1),
        "p50_ms": round(statistics.median(lat) * 1000, 1),
        "p95_ms": round(lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a database made by 'marsad ingest' (default: build bench/out/serve.db)")
    ap.add_argument("--limit", type=int, default=3000, help="ANT articles to ingest when building (0: all)")
    ap.add_argument("--data", help="the ant_news folder")
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint (default 400)")
    ap.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    args = ap.parse_args()
    data = ant_dir(args.data, "bench/serve.py")
    if args.db:
        db = Path(args.db)
    else:
        db = ROOT / "bench" / "out" / "serve.db"
        db.parent.mkdir(parents=True, exist_ok=True)
        if not db.exists():
            build_db(data, args.limit or None, db)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "marsad.cli", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                stats = httpx.get(base + "/api/stats", timeout=2).json()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            sys.exit("bench/serve.py: the server did not start")
        n = args.requests
        arts = ant_articles(data, min(n, 300))
        plans = {
            "/api/figures": [("GET", "/api/figures", FIGURE_QUERIES[i % len(FIGURE_QUERIES)]) for i in range(n)],
            "/api/extract": [("POST", "/api/extract", arts[i % len(arts)]) for i in range(n)],
            "/api/articles?q=": [("GET", "/api/articles", {"q": SEARCHES[i % len(SEARCHES)]}) for i in range(n)],
            "/api/tally": [("GET", "/api/tally", TALLIES[i % len(TALLIES)]) for i in range(n)],
        }
        print(f"database {db}: {stats}; {args.concurrency} client threads, {n} requests each; 127.0.0.1")
        print(f"{'endpoint':18} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
        results = {}
        for name, plan in plans.items():
            load(base, plan[: max(1, n // 20)], args.concurrency)  # warm-up
            r = results[name] = load(base, plan, args.concurrency)
            print(f"{name:18} {r['requests']:>8} {r['errors']:>6} {r['rps']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8}")
        print(json.dumps({"db": str(db), "stats": stats, "concurrency": args.concurrency, "results": results}))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()

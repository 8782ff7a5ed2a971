"""Word counts learned from unlabeled Arabic news, shipped as ``marsad/data/vocab.tsv.gz``.

The counts are statistics (normalized word form, count), not text: the corpus itself is never
copied into the package. They let the clitic splitter tell ``وقال`` (و + قال: قال is common) from
``وزارة`` (no word زارة) and ``بوتين`` (no word وتين).

Build it with ``python -m marsad.text.vocab PATH...`` over JSONL files with ``title`` and ``body``
(the project uses ``../shared/data/ant_news``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "vocab.tsv.gz"
_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u064B-\u065F\u0670\u0640]+")
MIN_COUNT = 3


@lru_cache(maxsize=1)
def counts() -> dict[str, int]:
    """The shipped counts of normalized words; empty when the file is absent."""
    if not VOCAB_PATH.exists():
        return {}
    out: dict[str, int] = {}
    with gzip.open(VOCAB_PATH, "rt", encoding="utf-8") as f:
        for line in f:
            word, _, n = line.rstrip("\n").partition("\t")
            out[word] = int(n)
    return out


def build(paths: list[str], out: Path = VOCAB_PATH, min_count: int = MIN_COUNT) -> int:
    """Count normalized Arabic words in JSONL files and write those seen ``min_count`` times."""
    c: Counter[str] = Counter()
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                text = normalize((row.get("title") or "") + "\n" + (row.get("body") or ""))
                c.update(_WORD.findall(text))
    kept = sorted(((w, n) for w, n in c.items() if n >= min_count), key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{n}\n" for w, n in kept).encode("utf-8"))
    return len(kept)


if __name__ == "__main__":  # pragma: no cover - a build step, run by hand
    n = build(sys.argv[1:] or ["../shared/data/ant_news"])
    print(f"{n} words written to {VOCAB_PATH}")

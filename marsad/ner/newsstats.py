"""Context statistics of words in unlabeled news, a feature of the NER tagger (a separate build step).

A name unseen in the labeled data is still seen many times in news, and the words around it there
say what it is: a word that often follows a title (الرئيس ماكرون), a place preposition or a place
head (في / مدينة كاراباخ), an organization head (حركة حماس), or precedes بن (محمد بن سلمان) is
likely a name of that kind. For each word stem (after :func:`marsad.text.clitics.split`) this step
counts the trigger class (``lexicon/ner_triggers.tsv``) of the word before it (``b``), two before it
(``b2``) and after it (``a``), and keeps the share of each class as a coarse bucket. Only
``stem<TAB>flags`` lines are written, never text.

    marsad ner newsstats ../shared/data/ant_news --out ner_newsstats.tsv.gz

>>> flags(Counter({("b", "title"): 40, ("a", "name"): 2}), 100)
['b:title=3']
>>> flags(Counter({("b", "title"): 30}), 2)
[]
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.ner.clusters import Sentences, corpus_files
from marsad.ner.resources import load_triggers
from marsad.text.clitics import split

#: a stem needs this many occurrences to get statistics
MIN_COUNT = 5
#: share thresholds of the buckets 1, 2, 3 (a share below the first gives no flag)
BUCKETS = (0.05, 0.15, 0.35)
#: stems seen this often or more are function words and common nouns: no statistics
MAX_COUNT = 200_000


def _bucket(share: float) -> int:
    return sum(share >= b for b in BUCKETS)


def flags(ctx: Counter[tuple[str, str]], n: int) -> list[str]:
    """The flags of a stem seen ``n`` times with context-class counts ``ctx`` (sorted)."""
    if n < MIN_COUNT or n >= MAX_COUNT:
        return []
    out = []
    for (pos, cls), c in ctx.items():
        b = _bucket(c / n)
        if b:
            out.append(f"{pos}:{cls}={b}")
    return sorted(out)


def build(paths: list[str], out: str | Path) -> dict[str, Any]:
    """Count context classes of every stem in the JSONL news at ``paths``; write ``out`` (gzipped TSV)."""
    files = corpus_files(paths)
    if not files:
        raise ValueError(f"no JSONL files in {' '.join(paths)}")
    trig = load_triggers()
    stems: dict[str, str] = {}
    total: Counter[str] = Counter()
    ctx: dict[str, Counter[tuple[str, str]]] = {}
    for sent in Sentences(files):
        ss = []
        for w in sent:
            s = stems.get(w)
            if s is None:
                s = stems[w] = split(w)[1] if len(stems) < 2_000_000 else w
            ss.append(s)
        cl = [trig.get(s) or trig.get(w) for s, w in zip(ss, sent, strict=True)]
        total.update(ss)
        for i, s in enumerate(ss):
            c = ctx.get(s)
            if c is None:
                c = ctx[s] = Counter()
            if i and cl[i - 1]:
                c[("b", cl[i - 1])] += 1
            if i > 1 and cl[i - 2]:
                c[("b2", cl[i - 2])] += 1
            if i + 1 < len(ss) and cl[i + 1]:
                c[("a", cl[i + 1])] += 1
    rows = []
    for s in sorted(total):
        fl = flags(ctx.get(s, Counter()), total[s])
        if fl:
            rows.append(s + "\t" + " ".join(fl))
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write(("\n".join(rows) + "\n").encode("utf-8"))
    return {"stems": len(rows), "files": [f.name for f in files]}


def load(path: str | Path) -> dict[str, list[str]]:
    """Flags per stem from a file written by :func:`build`."""
    out: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            stem, _, fl = line.rstrip("\n").partition("\t")
            if fl:
                out[stem] = fl.split(" ")
    return out

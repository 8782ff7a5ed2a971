"""Build the lookups a NER model carries: gazetteer flags, word clusters and trigger words.

Gazetteers are read from a folder laid out like ``../shared/data/gazetteers`` (``anergazet/``,
``anetac/``, ``cldr_ar/``); every name is normalized (:func:`marsad.text.normalize.normalize`) and
each of its words gets a flag: source (ag = ANERGazet, an = ANETAC, cl = CLDR) + class (P, L, O),
with ``p`` added when the word is only part of a longer name. Triggers come from
``lexicon/ner_triggers.tsv``. Clusters come from a TSV written by :mod:`marsad.ner.clusters`.

>>> flags = {}
>>> _add(flags, "الولايات المتحدة", "clL")
>>> flags["المتحده"]
['clLp']
"""

from __future__ import annotations

import gzip
from pathlib import Path

from marsad import lexicon
from marsad.ner.features import Resources
from marsad.text.normalize import normalize

_ANETAC = {"PERSON": "P", "LOCATION": "L", "ORGANIZATION": "O"}


def _add(flags: dict[str, list[str]], name: str, flag: str) -> None:
    words = normalize(name).replace("\u0640", "").split()
    if not words:
        return
    for w in words:
        f = flag if len(words) == 1 else flag + "p"
        have = flags.setdefault(w, [])
        if f not in have:
            have.append(f)


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]


def build_gazetteers(folder: str | Path) -> tuple[dict[str, list[str]], list[Path]]:
    """Gazetteer flags from ``folder``; also returns the files read (for the model's metadata)."""
    folder = Path(folder)
    flags: dict[str, list[str]] = {}
    used: list[Path] = []
    for name, cls in (("Loc", "L"), ("Pers", "P"), ("Org", "O")):
        p = folder / "anergazet" / f"ANERGazet_{name}.txt"
        if p.exists():
            used.append(p)
            for line in _lines(p):
                if line and not line.startswith(("==", "**")):
                    _add(flags, line, "ag" + cls)
    p = folder / "anetac" / "EN-AR_Named-entities.txt"
    if p.exists():
        used.append(p)
        for line in _lines(p):
            parts = line.split(" ")
            if len(parts) >= 3 and parts[0] in _ANETAC:
                _add(flags, parts[-1], "an" + _ANETAC[parts[0]])
    p = folder / "cldr_ar" / "territories_ar.tsv"
    if p.exists():
        used.append(p)
        for line in _lines(p)[1:]:
            parts = line.split("\t")
            if len(parts) >= 3:
                _add(flags, parts[2], "clL")
    for v in flags.values():
        v.sort()
    return flags, used


def load_clusters(path: str | Path) -> dict[str, list[str]]:
    """Cluster ids per normalized word from a (gzipped) TSV: ``word<TAB>id<TAB>id...``."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    out: dict[str, list[str]] = {}
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        header = f.readline().rstrip("\n").split("\t")[1:]
        for line in f:
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = [f"{h}:{c}" for h, c in zip(header, parts[1:], strict=False)]
    return out


def load_triggers() -> dict[str, str]:
    """Trigger words (normalized) → class, from ``lexicon/ner_triggers.tsv``."""
    out: dict[str, str] = {}
    for row in lexicon.table("ner_triggers"):
        if len(row) >= 2:
            out[normalize(row[0])] = row[1]
    return out


def build(gazetteers: str | Path | None, clusters: str | Path | list[str] | list[Path] | None,
          newsstats: str | Path | None = None) -> tuple[Resources, list[Path]]:
    """The resources of a model and the input files they came from.

    ``clusters`` may be several files (e.g. from word vectors of different windows): a word gets
    the ids of all of them, in order.
    """
    used: list[Path] = []
    gaz: dict[str, list[str]] = {}
    if gazetteers:
        gaz, used = build_gazetteers(gazetteers)
    cl: dict[str, list[str]] = {}
    for path in [clusters] if isinstance(clusters, (str, Path)) else clusters or []:
        for w, ids in load_clusters(path).items():
            cl[w] = cl.get(w, []) + ids
        used.append(Path(path))
    stats: dict[str, list[str]] = {}
    if newsstats:
        from marsad.ner.newsstats import load

        stats = load(newsstats)
        used.append(Path(newsstats))
    ngrams: dict[str, float] = {}
    if gaz:
        from marsad.ner import namelike
        from marsad.text.vocab import counts

        ngrams = namelike.build(gaz, counts())
    return Resources(gaz, cl, load_triggers(), stats, ngrams), used

"""Entity-level scores under conlleval rules: micro precision, recall, F1, and F1 per type.

An entity counts as found only when its type and both boundaries match. An ``I-`` tag with no
``B-`` before it starts an entity, as in conlleval.

>>> s = score([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "I-PER", "O", "B-ORG"]])
>>> round(s["precision"], 2), round(s["recall"], 2), s["types"]["PER"]["f1"]
(0.5, 0.5, 1.0)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from marsad.ner.conll import TYPES, chunks


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, Any]:
    """Micro P/R/F1 over all entities and per type, from parallel tag sequences."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gc, pc = set(chunks(g)), set(chunks(p))
        n_gold.update(c[0] for c in gc)
        n_pred.update(c[0] for c in pc)
        tp.update(c[0] for c in gc & pc)
    out: dict[str, Any] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    out["gold"], out["predicted"], out["correct"] = sum(n_gold.values()), sum(n_pred.values()), sum(tp.values())
    types = sorted(set(n_gold) | set(n_pred), key=lambda t: (TYPES.index(t) if t in TYPES else 9, t))
    out["types"] = {t: {**_prf(tp[t], n_pred[t], n_gold[t]), "gold": n_gold[t]} for t in types}
    return out


def report(s: dict[str, Any]) -> str:
    """A short text report of :func:`score`'s result.

    >>> print(report(score([["B-LOC"]], [["B-LOC"]])))
    entities: gold 1, predicted 1, correct 1
    micro: precision 100.00  recall 100.00  F1 100.00
    LOC   precision 100.00  recall 100.00  F1 100.00  (gold 1)
    """
    lines = [
        f"entities: gold {s['gold']}, predicted {s['predicted']}, correct {s['correct']}",
        f"micro: precision {100 * s['precision']:.2f}  recall {100 * s['recall']:.2f}  F1 {100 * s['f1']:.2f}",
    ]
    for t, v in s["types"].items():
        lines.append(
            f"{t:<5} precision {100 * v['precision']:.2f}  recall {100 * v['recall']:.2f}  "
            f"F1 {100 * v['f1']:.2f}  (gold {v['gold']})"
        )
    return "\n".join(lines)

"""The tally chart's geometry: claimed totals over time, one line per source, drawn as inline SVG.

:func:`chart` turns one group of :func:`marsad.store.tally.tally` (figures that count the same
thing) into plain numbers a template draws: a polyline and its points per source, the axes' ticks,
and the *disagreement band*: at each date where two sources or more have given a total so far, the
stretch between the lowest and the highest of their latest totals. Counts that span two orders of
magnitude or more (12 and 5,000) are drawn on a logarithmic axis. Time runs from right to left,
as Arabic is read (the earliest claim is at the right edge), and the count axis is on the right.

Drawn by hand rather than with a chart library: a few dozen lines, nothing to bundle or update,
and the SVG is server-rendered through the same autoescaped template as the rest of the page.

>>> g = {"series": [
...   {"source": "وزارة الصحة", "claims": [{"published": "2020-10-01", "count": 10, "article": "a"},
...                                       {"published": "2020-10-05", "count": 30, "article": "b"}]},
...   {"source": "الأمم المتحدة", "claims": [{"published": "2020-10-04", "count": 25, "article": "c"}]}]}
>>> c = chart(g)
>>> [len(line["points"]) for line in c["lines"]]
[2, 1]
>>> c["lines"][0]["points"][0]["x"] > c["lines"][0]["points"][1]["x"]  # earlier is further right
True
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

#: line colours, told apart also by their dash pattern (for readers who do not see colours well)
PALETTE = ("#1b6ca8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b8860b")
#: when the largest count is this many times the smallest, the count axis is logarithmic
LOG_RATIO = 100
DASHES = ("", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3")


def _day(value: Any) -> int | None:
    try:
        return _dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def _ticks(high: float, n: int = 4) -> list[int]:
    """Round tick values from 0 to at least ``high``.

    >>> _ticks(874)
    [0, 250, 500, 750, 1000]
    """
    if high <= 0:
        return [0, 1]
    raw = high / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    step = max(1, int(step))
    return [i * step for i in range(int(math.ceil(high / step)) + 1)]


def chart(
    group: dict[str, Any], *, width: int = 760, height: int = 320, max_lines: int = len(PALETTE)
) -> dict[str, Any]:
    """The drawing of one tally group: ``{"width", "height", "lines": [{"source", "color", "dash",
    "path", "points": [{"x", "y", "count", "date", "article", "title"}]}], "band", "yticks",
    "xticks", "plot", "hidden", "log"}``. Claims without a date are left out; at most ``max_lines`` sources
    are drawn (those that gave the most figures), ``hidden`` counts the others."""
    left, right, top, bottom = 56, 64, 16, 40
    series = [s for s in group.get("series") or [] if s.get("claims")]
    if len(series) > max_lines:  # the sources that gave the most figures, in the tally's order
        keep = {id(s) for s in sorted(series, key=lambda s: -len(s["claims"]))[:max_lines]}
        series = [s for s in series if id(s) in keep]
    dated = [
        [(d, c) for c in s["claims"] if (d := _day(c.get("published"))) is not None] for s in series
    ]
    days = [d for pts in dated for d, _ in pts]
    counts = [c.get("count") or 0 for pts in dated for _, c in pts]
    hidden = len([s for s in group.get("series") or [] if s.get("claims")]) - len(series)
    out: dict[str, Any] = {"width": width, "height": height, "lines": [], "band": "", "yticks": [], "xticks": []}
    out["hidden"] = hidden
    out["log"] = False
    out["plot"] = {"x0": left, "x1": width - right, "y0": top, "y1": height - bottom}
    if not days:
        return out
    d0, d1 = min(days), max(days)
    positive = sorted(c for c in counts if c > 0) or [1]
    log = positive[-1] / positive[0] >= LOG_RATIO  # 12 and 5,000 on one chart: a log scale
    ticks = [10**i for i in range(int(math.ceil(math.log10(positive[-1]))) + 1)] if log else _ticks(max(counts) or 1)
    if log and len(ticks) < 2:
        ticks.append(10)
    ytop = math.log10(ticks[-1]) if log else ticks[-1]
    pw, ph = width - left - right, height - top - bottom

    def x(day: int) -> float:  # right to left: the earliest day at the right edge
        if d1 == d0:
            return round(left + pw / 2, 1)
        return round(width - right - (day - d0) / (d1 - d0) * pw, 1)

    def y(count: float) -> float:
        v = math.log10(max(count, 1)) if log else count
        return round(height - bottom - v / ytop * ph, 1)

    for i, (s, pts) in enumerate(zip(series, dated, strict=True)):
        pts.sort(key=lambda p: p[0])
        points = [
            {
                "x": x(d),
                "y": y(c.get("count") or 0),
                "count": c.get("count"),
                "date": c.get("published"),
                "article": c.get("article"),
                "title": c.get("title") or "",
                "qualifier": c.get("qualifier"),
            }
            for d, c in pts
        ]
        out["lines"].append(
            {
                "source": s.get("source") or "",
                "color": PALETTE[i % len(PALETTE)],
                "dash": DASHES[i % len(DASHES)],
                "path": " ".join(f"{p['x']},{p['y']}" for p in points),
                "points": points,
            }
        )
    out["band"] = _band(dated, x, y)
    out["log"] = log
    out["yticks"] = [{"value": f"{t:,}", "y": y(t)} for t in ticks]
    out["xticks"] = [
        {"label": _dt.date.fromordinal(d).isoformat(), "x": x(d)}
        for d in sorted({d0, d1, (d0 + d1) // 2} if d1 - d0 > 2 else {d0, d1})
    ]
    return out


def _band(dated: list[list[tuple[int, dict[str, Any]]]], x: Any, y: Any) -> str:
    """The SVG polygon points between the lowest and highest latest totals of the sources, at each
    date where at least two sources have given one (empty when they never overlap in time)."""
    events = sorted({d for pts in dated for d, _ in pts})
    lows, highs = [], []
    for day in events:
        latest = [pts[max(upto)[1]][1].get("count") or 0 for pts in dated if (upto := _upto(pts, day))]
        if len(latest) >= 2:
            lows.append((x(day), y(min(latest))))
            highs.append((x(day), y(max(latest))))
    if not lows:
        return ""
    ring = highs + lows[::-1]
    return " ".join(f"{a},{b}" for a, b in ring)


def _upto(pts: list[tuple[int, dict[str, Any]]], day: int) -> list[tuple[int, int]]:
    """(day, index) of the claims on or before ``day``; ``max`` of it is the latest (the later
    claim of a day comes last)."""
    return [(d, i) for i, (d, _) in enumerate(pts) if d <= day]

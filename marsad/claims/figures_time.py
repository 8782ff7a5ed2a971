"""Since when a running total counts: "منذ 27 سبتمبر"، "منذ بدء القتال ... يوم 27 سبتمبر".

:meth:`Dates.since` looks for منذ in the figure's sentence. With a calendar date after it (from the
dates layer) the figure is a
running total counted from that date; with a start that is no calendar date ("منذ 2015"، "منذ
اندلاع الحرب") it is a running total with no date; "منذ نحو أربع سنوات" (a time ago) is neither.
The start or end of a month or year counts from its first or last day ("منذ بداية شهر مايو" →
05-01، "منذ نهاية آذار" → 03-31، "منذ مطلع العام" → 01-01); a bare month gives no day.

>>> from marsad.pipeline import process
>>> doc = process("قتل 834 جنديا منذ 27 سبتمبر", published="2020-10-22")
>>> doc.layers["casualties"][0]["since"]
'2020-09-27'
"""

from __future__ import annotations

import calendar
from functools import cache
from typing import TYPE_CHECKING, Any

from marsad import lexicon
from marsad.doc import Doc
from marsad.text.normalize import normalize

if TYPE_CHECKING:  # pragma: no cover
    from marsad.claims.figures_sentence import Figure, Sent

SINCE_WINDOW = 12
#: منذ belongs to a figure when it is this close to it ("الأسوأ منذ بدء التدخل ... مقتل 39" is not)
NEAR = 9
#: ... or this close before it in the same clause ("منذ انطلاق عملية تحرير الحديدة في الثلث الأخير
#: من مايو الماضي ما يقارب 1000 قتيل")
FAR = 16


class Dates:
    """The calendar dates of one document, by offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.layer: list[dict[str, Any]] = [
            d
            for d in doc.layers.get("dates") or []
            if d.get("resolution") == "day" and len(str(d.get("value"))) == 10
        ]
        self.coarse: list[dict[str, Any]] = [
            d
            for d in doc.layers.get("dates") or []
            if d.get("resolution") in ("month", "year") and len(str(d.get("value"))) in (4, 7)
        ]

    def since(self, st: Sent, f: Figure) -> str | None:
        """The start date of the running total ``f`` ("" when it has no calendar date), or None."""
        n = len(st.toks)
        lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
        hi = max(f.b, f.out_at + 1)
        for i in list(range(min(2, n))) + list(range(max(2, lo - FAR), min(n, hi + NEAR))):
            if st.cue_role(i) != "since":
                continue
            opening = i == 0 or i == 1 and st.forms[0][0] == "و"  # "ومنذ اندلاع الحرب في 15 أبريل، ..."
            if (
                i < lo
                and not opening
                and (lo - i > NEAR and any(st.surf[k] in ("،", ",") for k in range(i, lo)))
                and not _period_then_comma(st, i, lo)
            ):
                continue  # "الأسوأ منذ بدء التدخل ...، تحطمت طائرة ... ما أدى إلى مقتل 39"
            j = i + 1
            while j < n and st.forms[j][0] in ("نحو", "قرابة", "حوالي"):
                j += 1
            edge = _edge(st, j, min(n, i + SINCE_WINDOW))
            if (
                edge is None
                and j < n
                and (st.cue_role(j) in ("no_since",) or (j + 1 < n and st.cue_role(j + 1) == "no_since"))
                and not _named_period(st, j)
            ):
                continue  # "منذ نحو أربع سنوات" (but "منذ بداية شهر مايو" is a start)
            lo, hi = st.toks[i].start, st.toks[min(n, i + SINCE_WINDOW) - 1].end
            for d in self.layer:
                if lo <= d["start"] < hi and not _period_end(st, d["start"]):
                    return str(d["value"])
            if edge is not None:  # "منذ بداية (شهر) مايو"، "منذ مطلع العام": right after the word
                near = st.toks[min(n - 1, edge[1] + 2)].end
                for d in self.coarse:
                    if (
                        st.toks[edge[1]].start <= d["start"] < near
                        or d["start"] <= st.toks[edge[1]].start < d["end"]
                    ):
                        return _bound(str(d["value"]), edge[0] == "since_last")
            return ""
        return None


@cache
def _until() -> frozenset[str]:
    """Words before a date that make it the end of a period (``dates_cues.tsv``, role until)."""
    return frozenset(normalize(row[0]) for row in lexicon.table("dates_cues") if len(row) > 1 and row[1] == "until")


def _period_end(st: Sent, start: int) -> bool:
    """The date starting at offset ``start`` closes a period, not its start: حتى or لغاية right before
    it ("منذ منتصف آذار/مارس 2011 حتى اليوم")."""
    k = next((k for k, t in enumerate(st.toks) if t.start == start), None)
    return k is not None and k > 0 and st.forms[k - 1][0] in _until()


def _period_then_comma(st: Sent, i: int, lo: int) -> bool:
    """The since word at ``i`` opens a period of two dates, and the only comma before the figure at
    ``lo`` closes it ("رصدت خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018، مقتل 3021 مدنيا")."""
    commas = [k for k in range(i, lo) if st.surf[k] in ("،", ",")]
    return (
        len(commas) == 1
        and commas[0] - 1 in st.in_date
        and sum(1 for k in range(i, commas[0]) if k in st.in_date and k - 1 not in st.in_date) >= 2
    )


def _named_period(st: Sent, j: int) -> bool:
    """The period word at ``j`` names a month or a year that follows it ("منذ شهر مارس الماضي"،
    "منذ سنة 2015"): a start, not a duration ago ("منذ شهر"، "منذ سنة ونصف")."""
    k = j + 1 if st.cue_role(j) == "no_since" else j + 2
    return k < len(st.toks) and k in st.in_date and st.cue_role(k) != "no_since"


@cache
def _edge_words() -> dict[str, str]:
    """Words that take the first or last day of a month or year: بداية، مطلع؛ نهاية، أواخر."""
    return {
        normalize(row[0]): row[1]
        for row in lexicon.table("figures_cues")
        if row[1] in ("since_first", "since_last")
    }


def _edge(st: Sent, a: int, b: int) -> tuple[str, int] | None:
    """``(since_first or since_last, token)`` for the first such word among tokens ``[a - 1, b)``."""
    words = _edge_words()
    for k in range(max(0, a - 1), b):
        for form in st.forms[k]:
            if form in words:
                return words[form], k
    return None


def _bound(value: str, last: bool) -> str:
    """The first or last day of a ``YYYY`` or ``YYYY-MM`` value.

    >>> _bound("2018-03", True), _bound("2024", False)
    ('2018-03-31', '2024-01-01')
    """
    if not value[:4].isdigit():
        return ""
    if len(value) == 4:
        return value + ("-12-31" if last else "-01-01")
    y, m = int(value[:4]), int(value[5:7])
    day = calendar.monthrange(y, m)[1] if last else 1
    return f"{y:04d}-{m:02d}-{day:02d}"

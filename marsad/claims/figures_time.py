"""Since when a running total counts: "منذ 27 سبتمبر"، "منذ بدء القتال ... يوم 27 سبتمبر".

:meth:`Dates.since` looks for منذ in the figure's sentence. With a calendar date after it (from the
dates layer) the figure is a
running total counted from that date; with a start that is no calendar date ("منذ 2015"، "منذ
اندلاع الحرب") it is a running total with no date; "منذ نحو أربع سنوات" (a time ago) is neither.

>>> from marsad.pipeline import process
>>> doc = process("قتل 834 جنديا منذ 27 سبتمبر", published="2020-10-22")
>>> doc.layers["casualties"][0]["since"]
'2020-09-27'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marsad.doc import Doc

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
            ):
                continue  # "الأسوأ منذ بدء التدخل ...، تحطمت طائرة ... ما أدى إلى مقتل 39"
            j = i + 1
            while j < n and st.forms[j][0] in ("نحو", "قرابة", "حوالي"):
                j += 1
            if j < n and (
                st.cue_role(j) in ("no_since",) or (j + 1 < n and st.cue_role(j + 1) == "no_since")
            ):
                continue
            lo, hi = st.toks[i].start, st.toks[min(n, i + SINCE_WINDOW) - 1].end
            for d in self.layer:
                if lo <= d["start"] < hi:
                    return str(d["value"])
            return ""
        return None

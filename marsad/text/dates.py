"""Dates in Arabic news, resolved against the publication date.

Fills ``doc.layers["dates"]`` with ``{start, end, text, value, resolution, relative, since}``:
``value`` is ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` (``resolution`` day, week, month, year or
decade) or None where it cannot be resolved (a weekday with no publication date).

- explicit dates with the month names of ``lexicon/dates_months.tsv`` (Gregorian, Levantine and
  Iraqi, Moroccan, Algerian): ``27 سبتمبر/أيلول``، ``يوليو/ تموز 2016``، ``10 و17 أكتوبر الجاري``
  (two dates), a month alone (``في أكتوبر``: month resolution), numeric ``2020/10/22``,
  ``22-10-2020``; a month with no year takes the year that puts it closest before the
  publication date (up to a month after it stays in the publication year);
- a year alone (``عام 2016``, from the numbers layer) and decades (``التسعينيات`` → 1990);
- weekdays (``الخميس``، ``يوم الجمعة``، ``مساء الأربعاء``): the publication day when it is that
  weekday, the next one after a future cue in the sentence (``من المقرر``، ``سيجتمع``) or with
  ``المقبل``, otherwise the most recent past one; a night told by its two days (``ليل الأحد الاثنين``)
  is its first day;
- relative words (``lexicon/dates_relative.tsv``): اليوم، أمس، أول أمس، غدا، الأسبوع الماضي،
  الشهر الجاري، العام الماضي…; ``أمس الأربعاء`` is one date, the weekday's where the two disagree
  (``اليوم الخميس`` in an article published on Saturday is Thursday); ``قبل يومين``، ``منذ ثلاثة أيام``;
- ``since`` is true when منذ comes before the date within a few words of the same clause
  (``منذ بدء القتال يوم 27 سبتمبر``).

Table-driven rather than dateparser, which knows no Levantine months and gets weekdays and
``يوم 27 سبتمبر`` wrong (``notes/packages.md``).

>>> from marsad.doc import Doc
>>> from marsad.pipeline import run
>>> doc = run(Doc.build("قال أمس الأربعاء إن القتال مستمر منذ 27 سبتمبر", published="2020-10-22"), upto="dates")
>>> [(d["text"], d["value"], d["since"]) for d in doc.layers["dates"]]
[('أمس الأربعاء', '2020-10-21', False), ('27 سبتمبر', '2020-09-27', True)]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from itertools import compress
from typing import Any

from marsad import lexicon
from marsad.doc import Doc
from marsad.text.numbers import clitic_index, clitic_len, skip_letters, token_keys

Date = dt.date

#: how many words before a date منذ may stand (منذ بدء القتال مع قوات أذربيجان يوم 27 سبتمبر)
SINCE_WINDOW = 8
#: how many words before a weekday a future cue may stand in its sentence
FUTURE_WINDOW = 15
_CLAUSE_END = frozenset("،,.;؛:!?؟")


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    months: dict[str, tuple[int, bool]] = {}
    two: dict[tuple[str, str], int] = {}
    for row in lexicon.table("dates_months"):
        if " " in row[0]:
            a, b = row[0].split()
            two[(a, b)] = int(row[1])
        else:
            months[row[0]] = (int(row[1]), len(row) > 2 and row[2] == "weak")
    rel: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
    for phrase, off, unit in lexicon.table("dates_relative"):
        w = phrase.split()
        rel.setdefault(w[0], []).append((tuple(w[1:]), int(off), unit))
    for lst in rel.values():
        lst.sort(key=lambda x: -len(x[0]))
    cues = lexicon.table("dates_cues")
    out = {
        "months": clitic_index(months, 2),
        "heads": clitic_index({a: 1 for a, _ in two}),
        "two": two,
        "weekdays": clitic_index({k: int(v) for k, v in lexicon.mapping("dates_weekdays").items()}),
        "rel": clitic_index(rel, 2),
        "role": clitic_index({row[0]: row[1] for row in cues if row[1] not in ("future_cue",)}),
        "future": clitic_index({row[0]: 1 for row in cues if row[1] == "future_cue" and " " not in row[0]}),
        "future2": {tuple(row[0].split()) for row in cues if row[1] == "future_cue" and " " in row[0]},
        "units": {row[0]: (row[1], int(row[2])) for row in lexicon.table("dates_units")},
        "decades": clitic_index({k: int(v) for k, v in lexicon.mapping("dates_decades").items()}),
    }
    # the words a date may start with (digits aside)
    # the words a date may start with, and the methods of _Scan that read a date from them
    triggers: dict[str, tuple[str, ...]] = {}
    for table, method in (
        ("months", "at_explicit"),
        ("heads", "at_explicit"),
        ("rel", "at_relative"),
        ("weekdays", "at_weekday"),
        ("decades", "at_decade"),
    ):
        for key in out[table]:
            triggers[key] = triggers.get(key, ()) + (method,)
    for key, (_, role) in out["role"].items():
        if role in ("since", "ago"):
            triggers[key] = triggers.get(key, ()) + ("at_ago",)
    out["triggers"] = triggers
    return out


# -- arithmetic on dates -----------------------------------------------------------------------


def _add_months(d: Date, n: int) -> Date:
    m = d.month - 1 + n
    return Date(d.year + m // 12, m % 12 + 1, 1)


def _fmt(d: Date | None, resolution: str) -> str | None:
    if d is None:
        return None
    if resolution == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if resolution in ("year", "decade"):
        return f"{d.year:04d}"
    return d.isoformat()


def _safe(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except (ValueError, OverflowError):
        return None


def days_between(day: str, published: str) -> int:
    """Days from ``day`` to the publication day, both ISO days (0 where either is none).

    >>> days_between("2020-10-08", "2020-10-22"), days_between("2020-10", "2020-10-22")
    (14, 0)
    """
    try:
        return (Date.fromisoformat(published[:10]) - Date.fromisoformat(day[:10])).days
    except ValueError:
        return 0


def infer_year(month: int, day: int | None, published: Date | None, mod: str | None = None) -> int | None:
    """The year of a month (and day) given without one, seen from ``published``.

    The latest year that puts the date no more than a month after publication; ``mod`` past
    (الماضي) asks for a month before the publication month, future (المقبل) for one after it,
    current (الجاري) for the publication year. With a day, past and future ask for the day itself
    before or after publication: "8 أكتوبر الماضي", written on 22 October, is this October's 8th.

    >>> p = Date(2020, 10, 22)
    >>> infer_year(9, 27, p), infer_year(11, 5, p), infer_year(12, None, p), infer_year(10, None, p, "past")
    (2020, 2020, 2019, 2019)
    >>> infer_year(10, 8, p, "past"), infer_year(10, 25, p, "past"), infer_year(10, 25, p, "future")
    (2020, 2019, 2020)
    """
    if published is None:
        return None
    y = published.year
    if mod == "current":
        return y
    first = Date(y, published.month, 1)
    for cand in (y + 1, y, y - 1, y - 2):
        start = Date(cand, month, 1)
        if mod == "past":
            when, before = ((_safe(cand, month, day) or start), published) if day else (start, first)
            if when < before:
                return cand
        elif mod == "future":
            continue
        elif (_safe(cand, month, day or 1) or start) <= published + dt.timedelta(days=31):
            return cand
    if mod == "future":
        if day and (this_year := _safe(y, month, day)):
            return y if this_year > published else y + 1
        return y if Date(y, month, 1) > first else y + 1
    return y - 1


def resolve_weekday(
    weekday: int, published: Date | None, future: bool = False, mod: str | None = None
) -> Date | None:
    """The date of a weekday (Monday = 0) around ``published``.

    >>> p = Date(2020, 10, 22)  # a Thursday
    >>> resolve_weekday(3, p), resolve_weekday(2, p), resolve_weekday(4, p, future=True)
    (datetime.date(2020, 10, 22), datetime.date(2020, 10, 21), datetime.date(2020, 10, 23))
    """
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if mod == "past":  # the day before publication would be أمس: "السبت الماضي" is a week back
        return published - dt.timedelta(days=back + 7 if back <= 1 else back)
    if mod == "future":
        return published + dt.timedelta(days=ahead or 7)
    if back == 0:
        return published
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _shift(published: Date | None, offset: int, unit: str) -> tuple[Date | None, str]:
    if published is None or abs(offset) > 5000:  # قبل 100000 عام: no calendar date
        return None, unit
    if unit == "day":
        return published + dt.timedelta(days=offset), "day"
    if unit == "hour":
        return published, "day"
    if unit == "week":
        return published + dt.timedelta(days=7 * offset), "week"
    if unit == "month":
        return _add_months(published, offset), "month"
    return _safe(published.year + offset, 1, 1), "year"


def _published(doc: Doc) -> Date | None:
    try:
        return Date.fromisoformat((doc.published or "")[:10]) if doc.published else None
    except ValueError:
        return None


# -- the scan ----------------------------------------------------------------------------------


def _weekday_pairs(keys: list[str], weekdays: dict[str, Any]) -> list[str]:
    """Keys with a night written as two weekdays joined by a hyphen read as its first day:
    ``ليل الاثنين-الثلاثاء`` is the night that starts on Monday."""
    out = list(keys)
    for k, key in enumerate(keys):
        first, dash, second = key.partition("-")
        if dash and first in weekdays and second in weekdays:
            out[k] = first
    return out


class _Scan:
    """One pass over the tokens of a document; each ``at_*`` method tries one kind of date."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = _lex()
        self.toks = doc.tokens
        self.keys = _weekday_pairs(token_keys(doc), self.lex["weekdays"])
        self.n = len(self.toks)
        self.pub = _published(doc)
        self.starts = starts = doc.token_starts()
        #: the number items by the index of the token they start in
        self.nums = {bisect.bisect_right(starts, x["start"]) - 1: x for x in doc.layers.get("numbers") or []}
        self.out: list[dict[str, Any]] = []

    # helpers
    def key(self, k: int) -> str:
        return self.keys[k] if 0 <= k < self.n else ""

    def same(self, a: int, b: int) -> bool:
        return 0 <= a < self.n and 0 <= b < self.n and self.toks[a].sent == self.toks[b].sent

    def get(self, table: str, k: int) -> Any:
        hit = self.lex[table].get(self.key(k)) if 0 <= k < self.n else None
        return hit[1] if hit else None

    def day_at(self, k: int) -> int | None:
        if not (0 <= k < self.n) or self.toks[k].is_word or not self.keys[k].isdigit():
            return None
        v = int(self.keys[k])
        return v if 1 <= v <= 31 and len(self.keys[k]) <= 2 else None

    def year_at(self, k: int) -> int | None:
        if (
            not (0 <= k < self.n)
            or self.toks[k].is_word
            or not self.keys[k].isdigit()
            or len(self.keys[k]) != 4
        ):
            return None
        v = int(self.keys[k])
        return v if 1800 <= v <= 2100 else None

    def month_at(self, k: int) -> tuple[int, int, bool] | None:
        """``(month, end token, weak)`` of a month name at ``k``."""
        if not (0 <= k < self.n):
            return None
        hit = self.lex["months"].get(self.keys[k])
        if hit:
            return hit[1][0], k + 1, hit[1][1]
        head = self.lex["heads"].get(self.keys[k])
        if head and k + 1 < self.n:
            m = self.lex["two"].get((head and self.keys[k][len(head[0]) :], self.keys[k + 1]))
            if m:
                return m, k + 2, False
        return None

    def start_of(self, k: int) -> int:
        """Start offset of token ``k`` without its clitics (و، ب، ل…)."""
        t = self.toks[k]
        for table in ("months", "weekdays", "rel", "role", "heads", "decades"):
            hit = self.lex[table].get(self.keys[k])
            if hit:
                return skip_letters(self.doc.text, t.start, clitic_len(hit[0]))
        return t.start

    def extend_back(self, k: int, weekday: bool = False, period: bool = False) -> int:
        """The first token of a date at ``k`` once يوم/مساء (and a weekday before a day) join it; with
        ``period``, for a month, a year or a week, a part of it too (مطلع حزيران، أواخر 2017)."""
        while k > 0 and self.same(k - 1, k):
            role = self.get("role", k - 1)
            if role == "part" or (period and role == "period") or (weekday and self.get("weekdays", k - 1) is not None):
                k -= 1
            else:
                break
        return k

    def floor(self) -> int:
        """End of the last date found: cues before it belong to that date, not the next one."""
        return self.out[-1]["end"] if self.out else 0

    def since(self, k: int) -> bool:
        """Is there a منذ within :data:`SINCE_WINDOW` words before token ``k`` in its clause?"""
        j, words, floor = k - 1, 0, self.floor()
        while j >= 0 and self.same(j, k) and words < SINCE_WINDOW and self.toks[j].start >= floor:
            if self.keys[j] in _CLAUSE_END:
                return False
            if self.get("role", j) == "since":
                return True
            words += 1
            j -= 1
        return False

    def future(self, k: int) -> bool:
        """Does a future cue (من المقرر، سوف، سيجتمع) come before token ``k`` in its sentence?"""
        from marsad.text.vocab import counts

        vocab = counts()
        j, floor = k - 1, self.floor()
        while j >= 0 and self.same(j, k) and k - j <= FUTURE_WINDOW and self.toks[j].start >= floor:
            w = self.keys[j]
            if self.get("future", j) is not None:
                return True
            if (
                j > 0
                and (self.keys[j - 1], w) in self.lex["future2"]
                and self.key(j + 1)[:1] in ("ي", "ت", "ن")
            ):
                return True  # على أن يلتقي (not أكد على أن الهجوم)
            for p in ("", "و", "ف"):
                rest = w[len(p) + 1 :]
                if (
                    w.startswith(p + "س")
                    and len(rest) >= 3
                    and rest[0] in "يتن"
                    and vocab.get(rest, 0) >= 30
                    and vocab.get(rest, 0) > vocab.get(w, 0)
                ):
                    return True
            j -= 1
        return False

    def modifier(self, k: int) -> tuple[str | None, int]:
        role = self.get("role", k) if self.same(k, k - 1) else None
        if role in ("past", "future", "current"):
            return role, k + 1
        if (
            self.key(k) == "من" and self.key(k + 1) == "الاسبوع" and self.same(k, k + 2)
        ):  # السبت من الأسبوع المقبل
            role = self.get("role", k + 2)
            if role in ("past", "future"):
                return role, k + 3
        return None, k

    def emit(
        self, a: int, b: int, value: str | None, resolution: str, relative: bool, since: bool | None = None
    ) -> None:
        start, end = self.start_of(a), self.toks[b - 1].end
        self.out.append(
            {
                "start": start,
                "end": end,
                "text": self.doc.text[start:end],
                "value": value,
                "resolution": resolution,
                "relative": relative,
                "since": self.since(a) if since is None else since,
            }
        )

    # the kinds of dates
    def at_explicit(self, i: int) -> int:
        """Days and a month (27 سبتمبر، 10 و17 أكتوبر), or a month alone, with a year or modifier."""
        days: list[tuple[int, int]] = []  # (token, day)
        k = i
        d = self.day_at(k)
        x = self.nums.get(i)
        if d is None and x and x["kind"] == "ordinal" and x["value"] <= 31:  # السابع من شباط
            k = self.index_after(x["end"])
            if self.key(k) == "من" and self.month_at(k + 1):
                days.append((i, x["value"]))
                k += 1
            elif self.key(k) == "من" and self.same(k, k + 2):
                return self.day_of_relative_month(i, x["value"], k + 1)
        while d is not None:
            days.append((k, d))
            nxt = k + 1
            if self.key(nxt) in ("و", "-", "–") and self.day_at(nxt + 1) is not None:
                k = nxt + 1
                d = self.day_at(k)
            else:
                k = nxt
                break
        if days and self.key(k) == "من" and self.month_at(k + 1):
            k += 1  # الـ11 من سبتمبر
        m = self.month_at(k)
        if m is None or (days and not self.same(i, k)):
            return -1
        month, end, weak = m
        # a second name for the same month: سبتمبر/أيلول، أغسطس (آب)
        j = end
        if self.key(j) in ("/", "(", "-") or self.month_at(j):
            m2 = self.month_at(j + 1 if self.key(j) in ("/", "(", "-") else j)
            if m2 and m2[0] == month:
                end = m2[1] + (1 if self.key(m2[1]) == ")" else 0)
                weak = False
        year = self.year_at(end)
        mod, mend = (None, end) if year else self.modifier(end)
        if year:
            end += 1
        if weak and not (days or year or mod) and not self.key(i - 1).endswith("شهر"):
            return -1
        if not year:
            year = infer_year(month, days[-1][1] if days else None, self.pub, mod)
        end = max(end, mend)
        first = self.extend_back(i, weekday=bool(days), period=not days)
        since = self.since(first)
        if not days:
            d0 = _safe(year, month, 1) if year else None
            self.emit(first, end, _fmt(d0, "month"), "month", mod is not None, since)
            return end
        for n_, (tok, day) in enumerate(days):
            a = first if n_ == 0 else tok
            self.emit(
                a, end, _fmt(_safe(year, month, day) if year else None, "day"), "day", mod is not None, since
            )
        return end

    def day_of_relative_month(self, i: int, day: int, k: int) -> int:
        """الثاني والعشرين من الشهر الجاري: a day of a month given by a relative phrase at ``k``."""
        for rest, off, unit in self.get("rel", k) or ():
            end = k + 1 + len(rest)
            if unit == "month" and tuple(self.keys[k + 1 : end]) == rest:
                first, _ = _shift(self.pub, off, "month")
                d = _safe(first.year, first.month, day) if first else None
                self.emit(self.extend_back(i), end, _fmt(d, "day"), "day", True)
                return end
        return -1

    def at_numeric(self, i: int) -> int:
        x = self.nums.get(i)
        if not x or x["kind"] != "date" or self.month_at(self.index_after(x["end"])) is not None:
            return -1
        parts = [int(p) for p in re.split(r"[/.\-]", x["text"].translate(_DIGITS)) if p.isdigit()]
        if len(parts) != 3:
            return -1
        y, m, d = (parts[0], parts[1], parts[2]) if parts[0] > 31 else (parts[2], parts[1], parts[0])
        end = self.index_after(x["end"])
        self.emit(i, end, _fmt(_safe(y, m, d), "day"), "day", False)
        return end

    def index_after(self, offset: int) -> int:
        """Index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def at_year(self, i: int) -> int:
        x = self.nums.get(i)
        if not x or x["kind"] != "year":
            return -1
        end = self.index_after(x["end"])
        y = int(x["value"])
        if x.get("value_max"):
            self.emit(i, end, f"{y:04d}", "year", False)
            return end
        self.emit(self.extend_back(i, period=True), end, f"{y:04d}", "year", False)
        return end

    def at_weekday(self, i: int) -> int:
        wd = self.get("weekdays", i)
        if wd is None:
            return -1
        if self.day_at(i + 1) is not None and self.month_at(i + 2) is not None:
            return -1  # الخميس 22 أكتوبر: the explicit date takes it
        mod, end = self.modifier(i + 1)
        d = resolve_weekday(wd, self.pub, future=mod is None and self.future(i), mod=mod)
        if mod is None:
            # ليل الأحد الاثنين، ليلة الاثنين- الثلاثاء: a night told by its two days is its first day
            nxt = end + 1 if self.key(end) in ("-", "–") else end
            second = self.get("weekdays", nxt)
            if second is not None and (second - wd) % 7 == 1 and self.same(i, nxt):
                end = nxt + 1
        self.emit(self.extend_back(i), end, _fmt(d, "day"), "day", True)
        return end

    def at_relative(self, i: int) -> int:
        cands = self.get("rel", i)
        if not cands:
            return -1
        for rest, off, unit in cands:
            m = len(rest)
            if tuple(self.keys[i + 1 : i + 1 + m]) == rest and self.same(i, i + m):
                end = i + 1 + m
                if not rest and self.keys[i].endswith("اليوم"):
                    nk = self.key(end)
                    if (
                        nk.startswith("ال") and self.get("weekdays", end) is None and self.same(i, end)
                    ) or self.key(i - 1) in ("ذلك", "نفس", "هذا"):
                        return -1  # اليوم التالي، اليوم العالمي، ذلك اليوم
                d, res = _shift(self.pub, off, unit)
                wd = self.get("weekdays", end) if unit == "day" and self.same(i, end) else None
                if wd is not None:
                    end += 1  # أمس الأربعاء
                    named = resolve_weekday(wd, self.pub, future=off > 0)
                    if named is not None and d is not None and named != d and abs((named - d).days) <= 3:
                        # "اليوم الخميس" in an article published on Saturday: the text was written
                        # on the day it names, so the weekday, not the publication day, dates it
                        d = named
                self.emit(self.extend_back(i, period=unit != "day"), end, _fmt(d, res), res, True)
                return end
        return -1

    def at_ago(self, i: int) -> int:
        """قبل يومين، منذ ثلاثة أيام، قبل أسبوع."""
        role = self.get("role", i)
        if role not in ("ago", "since") or i + 1 >= self.n:
            return -1
        k, count = i + 1, 0.0
        x = self.nums.get(k)
        if x and x["kind"] in ("duration", "count") and isinstance(x["value"], (int, float)):
            count, k = x["value"], self.index_after(x["end"])
        unit = self.lex["units"].get(self.key(k)) if self.same(i, k) else None
        if unit is None or not (count or unit[1]):
            return -1
        if not count and (
            self.get("weekdays", k + 1) is not None or self.day_at(k + 1) is not None or self.year_at(k + 1) is not None
        ):
            return -1  # منذ يوم الجمعة 27 يوليو: يوم opens a date; منذ عام 2005: عام names the year
        name, implied = unit
        d, res = _shift(self.pub, -int(count or implied), name)
        self.emit(i + 1 if role == "since" else i, k + 1, _fmt(d, res), res, True, since=role == "since")
        return k + 1

    def at_decade(self, i: int) -> int:
        y = self.get("decades", i)
        if y is None:
            return -1
        self.emit(i, i + 1, f"{y:04d}", "decade", False)
        return i + 1


_DIGITS = str.maketrans(
    {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
)


#: what to try at a number: a day (27 سبتمبر), a numeric date, a year
_NUMBER_TRIES = ("at_explicit", "at_numeric", "at_year")


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["dates"]`` (needs the tokens and the numbers layer).

    >>> from marsad.pipeline import run
    >>> doc = run(Doc.build("ومن المقرر أن يجتمعوا يوم الجمعة في 10 و17 أكتوبر", published="2020-10-22"), upto="dates")
    >>> [(d["text"], d["value"]) for d in doc.layers["dates"]]
    [('يوم الجمعة', '2020-10-23'), ('10 و17 أكتوبر', '2020-10-10'), ('17 أكتوبر', '2020-10-17')]
    """
    s = _Scan(doc)
    trig = s.lex["triggers"]
    # date words, and numbers (days, years, numeric dates, ordinal days: السابع من شباط)
    cands = list(compress(range(s.n), map(trig.__contains__, s.keys)))
    if s.nums:
        cands = sorted(set(cands).union(s.nums))
    i = 0
    for c in cands:
        if c < i:
            continue
        i = c
        names = trig.get(s.keys[c], ())
        if c in s.nums or not names:
            names += _NUMBER_TRIES
        for name in names:
            end = getattr(s, name)(c)
            if end > c:
                i = end
                break
    doc.layers["dates"] = s.out

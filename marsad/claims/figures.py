"""Casualty figures: each reported number of people killed, injured, missing, captured or displaced.

For every count of the numbers layer, the words around it say whether it counts harmed people and
how: a casualty word before it ("مقتل 9"، "أصيب 1400") or after it ("40 قتيلا"، "63 مدنيا قتلوا"),
two joined ones lumping both ("مقتل وإصابة 20"، "1000 قتيل وجريح" → killed_or_injured), a part of
the figure before it ("بينهم 40 طفلا"), or one added to it ("إلى جانب أكثر من 30 مدنيا"). A
singular or dual person harmed is a figure too ("مقتل شخص" = 1، "مقتل جنديين" = 2، "لقي الانتحاري
حتفه" = 1). Then each figure gets its qualifier, victims, whether it is new or a running total, the
date a total counts from, and its source (:mod:`marsad.claims.figures_source`). A figure restated
(same count, outcome and a compatible source) is listed once, with its source.

The Arabic is in ``lexicon/figures_outcomes.tsv`` (casualty words), ``figures_victims.tsv`` (who),
``figures_cues.tsv`` (qualifiers, new/total/since cues), ``figures_units.tsv`` (what a number counts
when not people) and ``figures_attribution.tsv``.

>>> from marsad.pipeline import process
>>> doc = process("قالت وزارة الصحة إن 12 مدنيا قتلوا وأصيب نحو 30 آخرين.", published="2024-01-10")
>>> [(c["count"], c["qualifier"], c["outcome"], c["victims"], c["source"]["name"])
...  for c in doc.layers["casualties"]]
[(12, 'exact', 'killed', 'civilian', 'وزارة الصحة'), (30, 'approximate', 'injured', 'civilian', 'وزارة الصحة')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.claims.figures_source import Attributor, party_of_statement
from marsad.claims.figures_time import Dates
from marsad.claims.figures_words import lookup, token_forms
from marsad.doc import Doc, Sentence, Token
from marsad.text.normalize import normalize

COUNT_KINDS = ("count", "vague")
LEFT_BUDGET, RIGHT_BUDGET = 3, 2
#: how far from a figure a plural civilian noun still names its victims
SENTENCE_REACH = 15
_QUOTES = set("\"«»“”'()")
_CLAUSE_END = set("،,.:;؛!?؟")
_LUMP = {"killed", "injured"}


@dataclass
class Figure:
    """One figure while it is being built (token indices are within its sentence)."""

    sent: Sentence
    a: int  # first token of the number (or of the harmed noun for singulars)
    b: int  # one past its last token
    count: int
    outcome: str
    count_max: int | None = None
    qualifier: str = "exact"
    victims: str = "unspecified"
    new: bool | None = None
    since: str | None = None
    source: dict[str, Any] | None = None
    statement: str | None = None
    span: tuple[int, int] = (0, 0)
    out_at: int = -1  # token of the casualty word
    head: Figure | None = None  # the figure this one is a part of ("بينهم") or added to ("إلى جانب")
    part: bool = False
    cues_after: tuple[str | None, ...] = ()  # the cue roles of the words right after the figure
    parts: list[Figure] = field(default_factory=list)


class _Sent:
    """The tokens of one sentence and the lexicon tags on them."""

    def __init__(self, doc: Doc, sent: Sentence) -> None:
        self.sent = sent
        self.toks = doc.sentence_tokens(sent)
        self.forms = token_forms(doc, self.toks)
        self.surf = [doc.text[t.start : t.end] for t in self.toks]
        n = len(self.toks)
        self.out = [lookup("outcomes", self.forms, i) for i in range(n)]
        self.vic = [lookup("victims", self.forms, i) for i in range(n)]
        self.cue = [lookup("cues", self.forms, i) for i in range(n)]
        self.unit = [lookup("units", self.forms, i) for i in range(n)]
        self.numbers: dict[int, tuple[int, dict[str, Any]]] = {}  # first token → (end token, item)
        self.in_number: set[int] = set()
        self.used: set[int] = set()  # casualty words that belong to a figure
        self.in_cue: set[int] = set()  # words inside a cue phrase ("ما لا يقل عن")
        for i, hit in enumerate(self.cue):
            if hit and hit[1] > 1:
                self.in_cue.update(range(i, i + hit[1]))

    def cue_role(self, i: int) -> str | None:
        hit = self.cue[i] if 0 <= i < len(self.cue) else None
        return hit[0][0] if hit else None

    def starts_with_wa(self, i: int) -> bool:
        """The word carries the conjunction و ("وأصيب"), unlike "وفاة" whose و is its own."""
        f = self.forms[i][0]
        if not f.startswith("و") or len(f) < 3 or f[1:] not in self.forms[i][1:]:
            return False
        return not (self.out[i] and lookup("outcomes", [(f,)], 0))

    def is_punct(self, i: int) -> bool:
        return not self.toks[i].is_word and not self.forms[i][0][:1].isdigit()


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["casualties"]`` with the casualty figures of ``doc``."""
    try:
        figures = _extract(doc)
    except Exception as exc:  # noqa: BLE001 - never break the pipeline on odd text
        doc.layers.setdefault("warnings", []).append(f"figures: {type(exc).__name__}: {exc}")
        figures = []
    doc.layers["casualties"] = figures


def _extract(doc: Doc) -> list[dict[str, Any]]:
    numbers = doc.layers.get("numbers") or []
    by_sent: dict[int, list[dict[str, Any]]] = {}
    for item in numbers:
        s = doc.sentence_at(item["start"])
        if s is not None:
            by_sent.setdefault(s.index, []).append(item)
    dates = Dates(doc)
    attributor = Attributor(doc)
    figures: list[Figure] = []
    last: Figure | None = None
    for sent in doc.sentences:
        items = by_sent.get(sent.index)
        st = _Sent(doc, sent)
        if not items and not any(st.out):
            continue
        _place_numbers(st, _joined(items or [], doc.text))
        found = _number_figures(st) + _singular_figures(doc, st)
        found.sort(key=lambda f: f.a)
        for f in found:
            end = max(f.b, f.out_at + 1)
            f.cues_after = tuple(st.cue_role(k) for k in range(end, min(len(st.toks), end + 2)))
            if f.head is None and not f.part:
                f.head = _also_head(st, found, f)
            if (
                f.head is None
                and "part_of" in f.cues_after
                and last is not None
                and last.outcome == f.outcome
            ):
                f.head, f.part = last, True  # "وقتل 62 من هؤلاء"
            _victims(st, f)
            _new_and_since(st, f, dates, (doc.published or "")[:4])
        _inherit(found)
        for f in found:
            _attribute(doc, st, f, attributor)
        figures += found
        last = found[-1] if found else last
    return _output(doc, _merge(figures))


# -- numbers ------------------------------------------------------------------------------------


def _joined(items: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """ "عشرات آلاف" read as two vague numbers is one: 10 × 1000."""
    out: list[dict[str, Any]] = []
    for item in sorted(items, key=lambda x: x["start"]):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.get("kind") == "vague"
            and item.get("kind") in ("vague", "count")
            and not text[prev["end"] : item["start"]].strip()
            and item.get("value", 0) >= 1000
            and prev.get("value", 0) < 1000
        ):
            merged = dict(prev, end=item["end"], text=text[prev["start"] : item["end"]])
            merged["value"] = prev["value"] * item["value"]
            out[-1] = merged
            continue
        out.append(item)
    return out


def _place_numbers(st: _Sent, items: list[dict[str, Any]]) -> None:
    index = {t.start: i for i, t in enumerate(st.toks)}
    ends = {t.end: i for i, t in enumerate(st.toks)}
    for item in items:
        a = index.get(item["start"])
        if a is None:  # an item starting inside a token ("و15")
            a = next((i for i, t in enumerate(st.toks) if t.end > item["start"]), None)
        b = ends.get(item["end"])
        if b is None:
            b = next((i for i, t in enumerate(st.toks) if t.end >= item["end"]), len(st.toks) - 1)
        if a is None or b < a:
            continue
        st.numbers[a] = (b + 1, item)
        st.in_number.update(range(a, b + 1))


def _number_figures(st: _Sent) -> list[Figure]:
    out: list[Figure] = []
    skip: set[int] = set()
    for a in sorted(st.numbers):
        if a in skip:
            continue
        b, item = st.numbers[a]
        if item.get("kind") not in COUNT_KINDS or not isinstance(item.get("value"), int | float):
            continue
        if _not_people(st, a, b):
            continue
        count_max = item.get("value_max")
        qualifier = item.get("qualifier") or "exact"
        # a range written as two numbers: "بين 10 و15"، "10 إلى 15"
        if count_max is None and b + 1 < len(st.toks) and (b + 1) in st.numbers:
            join = st.forms[b][0]
            if join in ("و", "الي", "-", "–") and (join != "و" or st.cue_role(a - 1) == "range_start"):
                b2, item2 = st.numbers[b + 1]
                if item2.get("kind") in COUNT_KINDS and item2["value"] > item["value"]:
                    count_max, qualifier = int(item2["value"]), "range"
                    skip.add(b + 1)
                    b = b2
        outcome, out_at = _outcome(st, a, b)
        if out_at == -2 or _advised(st, a) or outcome == "injured" and _disease(st, max(b, out_at + 1)):
            continue
        fig = Figure(
            st.sent,
            a,
            b,
            int(item["value"]),
            outcome or "",
            count_max=count_max,
            span=(item["start"], item["end"] if count_max is None else st.toks[b - 1].end),
            out_at=out_at,
        )
        if qualifier == "exact":
            qualifier = _qualifier(st, a, b, out_at)
        if item.get("kind") == "vague" and qualifier == "exact":
            qualifier = "at_least"
        fig.qualifier = qualifier
        if not outcome:
            head = _head(st, out, a, b)
            if head is None:
                continue
            fig.outcome, fig.head = head.outcome, head
            fig.part = st.cue_role(_prev_word(st, a)) == "breakdown"
        elif fig.out_at >= 0:
            head = next((h for h in reversed(out) if h.b <= a and _breakdown_between(st, h.b, a)), None)
            if head is not None and (head.outcome == fig.outcome or out_at in st.used):
                # "1000 قتيل وجريح، بينهم عشرات": the part shares its head's casualty words
                fig.head, fig.part, fig.outcome = head, True, head.outcome
        if _negated(st, min(a, out_at if out_at >= 0 else a)):
            continue
        st.used.add(out_at)
        out.append(fig)
    return out


def _not_people(st: _Sent, a: int, b: int) -> bool:
    """A number of days, kilometres, dollars, rockets, houses..., or a label ("اللواء 102")."""
    if a > 0 and st.unit[a - 1] and st.unit[a - 1][0][0] == "before":
        return True
    j = b
    while j < len(st.toks) and st.surf[j] in _QUOTES:
        j += 1
    if j < len(st.toks) and st.unit[j] and st.unit[j][0][0] != "before":
        # "20 حالة وفاة": a unit followed by a casualty word counts people
        return not (st.vic[j] or st.out[j] or (j + 1 < len(st.toks) and st.out[j + 1]))
    return False


def _outcome(st: _Sent, a: int, b: int) -> tuple[str | None, int]:
    right = _scan(st, b, +1, RIGHT_BUDGET)
    left = _scan(st, a - 1, -1, LEFT_BUDGET)
    if right and left:
        pick = right if right[1] <= left[1] else left
    else:
        pick = right or left
    if not pick:
        return None, -1
    k = pick[0]
    outcome = _lumped(st, k, a, b)
    return (outcome, k) if outcome else (None, -2)


def _scan(st: _Sent, i: int, step: int, budget: int) -> tuple[int, int] | None:
    """The nearest casualty word from token ``i`` in direction ``step``, and what it cost to reach."""
    cost = 0
    n = len(st.toks)
    while 0 <= i < n:
        if st.out[i] and not (step > 0 and st.starts_with_wa(i)):
            return i, cost
        if st.out[i]:
            return None  # "قتل 2 وأصيب 19": a new clause with its own casualty word
        surf, f = st.surf[i], st.forms[i][0]
        role = st.cue_role(i)
        if i in st.in_number:
            prev = _prev_word(st, i) if step > 0 else i
            if not (step > 0 and st.cue_role(prev) == "breakdown"):
                return None
            i += step
            cost += 1
            continue
        if surf in _QUOTES:
            i += step
            continue
        if surf in _CLAUSE_END:
            # "1000 قتيل وجريح، بينهم عشرات": a breakdown reaches back over its comma
            if step < 0 and st.cue_role(i + 1) == "breakdown":
                i += step
                continue
            return None
        if f == "و":
            return None
        if (
            st.vic[i]
            or role
            in (
                "breakdown",
                "at_least_after",
                "approximate",
                "at_least",
                "at_most",
                "total",
                "range_start",
                "range_to",
                "new",
            )
            or f in ("من", "بين", "صفوف", "عدد")
            or (step < 0 and f in ("في", "ب"))
        ):
            cost += 0 if st.vic[i] or role in ("approximate", "at_least", "at_most", "at_least_after") else 1
            i += step
            continue
        if st.unit[i] and step > 0 or role == "negation":
            return None
        cost += 2
        budget -= 1
        if budget < 0:
            return None
        i += step
    return None


def _partner(st: _Sent, k: int, step: int) -> int | None:
    """The casualty word joined to token ``k`` by و, of the same kind: "مقتل وإصابة"، "قتيل وجريح"."""
    kind = st.out[k][0][1] if st.out[k] else None
    if step > 0:
        j = k + 1
        if j < len(st.toks) and st.forms[j][0] == "و":
            j += 1
        elif not (j < len(st.toks) and st.starts_with_wa(j)):
            return None
        ok = j < len(st.toks) and st.out[j]
    else:
        j = k - 1
        ok = j >= 0 and st.out[j] and st.starts_with_wa(k)
    if not ok:
        return None
    kinds = {kind, st.out[j][0][1]}
    same = kinds <= {"sg", "person", "du", "adj"} or kinds <= {"noun", "verb"}
    return j if same else None


def _lumped(st: _Sent, k: int, a: int, b: int) -> str | None:
    """ "مقتل وإصابة"، "قتيل وجريح"، "القتلى والجرحى": one number for killed and injured; a chain of
    other outcomes ("اعتقال وخطف واغتيال للعشرات") gives the number no single outcome (None)."""
    outcome = st.out[k][0][0]
    chain = {outcome}
    for step in (1, -1):
        j = k
        while (nxt := _partner(st, j, step)) is not None:
            if _own_number(st, nxt, step, a, b):
                break  # "12 مدنيا قتلوا وأصيب نحو 30": each verb has its number
            chain.add(st.out[nxt][0][0])
            st.used.add(nxt)
            j = nxt
    if len(chain) == 1:
        return outcome
    return "killed_or_injured" if chain == _LUMP else None


def _own_number(st: _Sent, j: int, step: int, a: int, b: int) -> bool:
    """A number other than ``[a, b)`` stands next to casualty word ``j`` on its far side."""
    k = j + step
    for _ in range(3):
        if not 0 <= k < len(st.toks):
            return False
        if k in st.in_number:
            return not a <= k < b
        if not (st.vic[k] or k in st.in_cue or st.cue_role(k) in ("approximate", "at_least", "at_most")):
            return False
        k += step
    return False


def _prev_word(st: _Sent, i: int) -> int:
    j = i - 1
    while j >= 0 and (st.surf[j] in _QUOTES or st.surf[j] in _CLAUSE_END):
        j -= 1
    return j


def _breakdown_between(st: _Sent, a: int, b: int) -> bool:
    return any(st.cue_role(i) == "breakdown" for i in range(a, b))


def _cue_ending_at(st: _Sent, j: int) -> tuple[str | None, int]:
    """The cue (a word or a phrase) that ends at token ``j``, and its first token."""
    for start in range(max(0, j - 3), j + 1):
        hit = lookup("cues", st.forms, start)
        if hit and start + hit[1] - 1 == j:
            return hit[0][0], start
    return None, j


def _head(st: _Sent, found: list[Figure], a: int, b: int) -> Figure | None:
    """The figure a number without a casualty word belongs to: "بينهم 40 طفلا"، "إلى جانب 30 مدنيا"،
    "ارتفع إلى 66 بعد أن كان 49"."""
    if not found:
        return None
    prev = found[-1]
    if any(k in st.numbers and st.numbers[k][1].get("kind") in COUNT_KINDS for k in range(prev.b, a)):
        return None  # "محاصرة نحو ألف ... من بينهم نحو مئة": a part of another number
    j = _prev_word(st, a)
    role, first = _cue_ending_at(st, j) if j >= 0 else (None, j)
    while role in ("approximate", "at_least", "at_most"):
        j = _prev_word(st, first)
        role, first = _cue_ending_at(st, j) if j >= 0 else (None, j)
    if role in ("breakdown", "was") or (role == "also" and j >= prev.b - 1):
        return prev
    if j >= 0 and (st.forms[j][0] == "و" or st.starts_with_wa(a)) and a - max(prev.b, prev.out_at + 1) <= 5:
        nxt = b
        if nxt < len(st.toks) and (st.vic[nxt] or st.forms[nxt][0] == "من"):
            return prev
    return None


def _also_head(st: _Sent, found: list[Figure], f: Figure) -> Figure | None:
    """The figure before ``f`` when "علاوة على"، "إضافة إلى"، "إلى جانب" joins them."""
    before = [g for g in found if g.b <= f.a and g is not f]
    if not before:
        return None
    prev = before[-1]
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    start = max(prev.b, prev.out_at + 1)
    return prev if any(st.cue_role(k) == "also" for k in range(start, lo)) else None


def _disease(st: _Sent, k: int) -> bool:
    """"500 إصابة جديدة بفيروس كورونا": infections, not injuries."""
    return any(st.cue_role(m) == "disease" for m in range(k, min(len(st.toks), k + 4)))


def _advised(st: _Sent, a: int) -> bool:
    """ "نصحت 2.3 مليون شخص بترك منازلهم": people told to act, not harmed."""
    return any(st.cue_role(k) == "advice" for k in range(max(0, a - 3), a))


def _negated(st: _Sent, i: int) -> bool:
    """A negation in the three words before (the word itself, not a clitic reading: بلا حدود)."""
    return any(_surface_negation(st, k) for k in range(max(0, i - 3), i) if k not in st.in_cue)


def _surface_negation(st: _Sent, k: int) -> bool:
    f = st.forms[k][0]
    f = f[1:] if f[:1] in ("و", "ف") and len(f) > 2 else f
    return f in _negations()


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(normalize(row[0]) for row in lexicon.table("figures_cues") if row[1] == "negation")


def _qualifier(st: _Sent, a: int, b: int, out_at: int) -> str:
    # before the number: "نحو 60"، "ما لا يقل عن 18"، '"يقارب 5 آلاف"'
    j = a - 1
    while j >= 0 and st.surf[j] in _QUOTES:
        j -= 1
    for start in range(max(0, j - 3), j + 1):
        hit = lookup("cues", st.forms, start)
        if hit and start + hit[1] - 1 == j and hit[0][0] in ("approximate", "at_least", "at_most"):
            return hit[0][0]
    # after the number or its noun: "83 شخصا على الأقل"
    end = min(len(st.toks), max(b, out_at + 1) + 3)
    for k in range(b, end):
        if k in st.in_number or st.surf[k] in _CLAUSE_END:
            break
        role = st.cue_role(k)
        if role == "at_least_after":
            return "at_least"
        if role == "approximate_after":
            return "approximate"
    return "exact"


# -- singular and dual nouns --------------------------------------------------------------------


def _singular_figures(doc: Doc, st: _Sent) -> list[Figure]:
    """Harm reported of one or two people with no number: "سقوط قتيل"، "القتيلين"، "مقتل شخص"،
    "اعتقال رجل"، "مقتل جنديين"، "القبض على المشتبه به"، "لقي الانتحاري حتفه"، "تلميذ آخر مفقود"."""
    out: list[Figure] = []
    named = _person_starts(doc)
    n = len(st.toks)
    for i in range(n):
        hit = st.out[i]
        if not hit or i in st.in_number or i in st.used or _negated(st, i):
            continue
        outcome, kind = hit[0][0], hit[0][1]
        prev = _prev_word(st, i)
        if prev >= 0 and (prev in st.in_number or st.forms[prev][0] in ("عدد", "كل", "اي", "بين", "احد")):
            continue
        count, at = None, i
        if kind in ("sg", "du"):
            if kind == "sg" and st.forms[i][0].startswith(("ال", "وال")):
                continue  # "القتيل": one already named or counted
            nxt = i + 1
            if nxt < n and (nxt in st.in_number or st.surf[nxt] in _QUOTES and nxt + 1 in st.in_number):
                continue
            count = 1 if kind == "sg" else 2
        elif kind in ("noun", "verb"):
            j = i + 1
            if j < n and st.forms[j][0] == "علي":  # "القبض على"
                j += 1
            if j < n and st.vic[j] and j not in st.in_number and st.vic[j][0][1] in ("sg", "du"):
                if j + 1 < n and (j + 1) in st.in_number:
                    continue  # "مقتل جندي و3 مدنيين" is read from its numbers
                if _definite(st, j) and _named_after(st, j, named):
                    continue  # "مقتل الصحفي جمال خاشقجي": a person only named
                count, at = (1 if st.vic[j][0][1] == "sg" else 2), j
            elif st.forms[i][0] in ("حتفه", "حتفها", "مصرعه", "مصرعها"):
                count = 1  # "لقي الانتحاري حتفه"
        elif kind == "adj" and not st.forms[i][0].startswith("ال"):
            j = _prev_word(st, i)
            if j >= 0 and st.forms[j][0] in ("اخر", "اخري"):
                j -= 1
            if j >= 0 and st.vic[j] and st.vic[j][0][1] == "sg" and not st.forms[j][0].startswith("ال"):
                count, at = 1, j  # "تلميذ آخر مفقود"
        if count is None:
            continue
        t = st.toks[at]
        st.used.add(i)
        out.append(Figure(st.sent, at, at + 1, count, outcome, span=(t.start, t.end), out_at=i))
    return out


def _definite(st: _Sent, j: int) -> bool:
    return st.forms[j][0].startswith(("ال", "وال", "بال", "لل"))


def _named_after(st: _Sent, j: int, named: set[int]) -> bool:
    """A person's name within the next few words ("الصحفي والكاتب السعودي جمال خاشقجي")."""
    end = st.toks[min(len(st.toks) - 1, j + 5)].end
    return any(st.toks[j].start <= m < end for m in named)


def _person_starts(doc: Doc) -> set[int]:
    return {m["start"] for m in doc.layers.get("mentions") or [] if m.get("type") == "PER"}


# -- victims, new, since ------------------------------------------------------------------------


def _victims(st: _Sent, f: Figure) -> None:
    """The class of the first people noun in the figure's phrase: "40 قتيلا ... بين جنودها"،
    "مقتل 834 من جنودهم"، "عشرات القتلى والجرحى من الانقلابيين"، "لقيت زوجته حتفها"."""
    n = len(st.toks)
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    hi = max(f.b, f.out_at + 1)
    ahead = []
    for k in range(f.a, min(n, hi + 4)):
        if k >= hi and (k in st.in_number or st.surf[k] in _CLAUSE_END or (st.out[k] and k not in st.used)):
            break
        ahead.append(k)
    # between a verb and its number stands the verb's subject, who did the harm ("اعتقلت قوات الأمن 25")
    verb_first = f.out_at >= 0 and f.out_at < f.a and st.out[f.out_at][0][1] == "verb"
    back = [] if verb_first else list(range(f.a - 1, lo - 1, -1))
    if f.b - f.a == 1 and f.out_at == f.a and f.count <= 2:  # "لقيت زوجته حتفها"
        back += list(range(lo - 1, max(-1, lo - 4), -1))
    for k in ahead + back:
        hit = st.vic[k]
        if hit and hit[0][0] in ("civilian", "military"):
            f.victims = hit[0][0]
            return
    # "تكبدت ميليشيات الحوثي ... 1000 قتيل": the harmed are the subject of the verb
    for k in range(lo - 1, max(-1, lo - 12), -1):
        if st.cue_role(k) == "suffer":
            for m in range(k + 1, min(k + 4, lo)):
                hit = st.vic[m]
                if hit and hit[0][0] in ("civilian", "military"):
                    f.victims = hit[0][0]
                    return
            return
    # "صدمت سيارة المارة ... مخلفة 10 قتلى": civilians named in the same sentence are the harmed
    # (soldiers and fighters there are as often the attackers, so they are not taken)
    for k in range(max(0, lo - SENTENCE_REACH), min(n, hi + SENTENCE_REACH)):
        hit = st.vic[k]
        if hit and hit[0][0] == "civilian" and hit[0][1] == "pl":
            f.victims = "civilian"
            return


def _new_and_since(st: _Sent, f: Figure, dates: Dates, published_year: str) -> None:
    """new: True for an addition ("40 قتيلا آخرين ... ليصل الإجمالي"، "خلال الساعات الـ24 الماضية"),
    False for a running total ("ارتفع إلى"، "حتى الآن"، "منذ ..."، "وخلفت الحرب")، else None."""
    n = len(st.toks)
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    hi = max(f.b, f.out_at + 1)
    roles = [st.cue_role(k) for k in range(n)]
    reach_after = any(roles[k] in ("total", "total_far") and k >= hi for k in range(n))
    if any(roles[k] == "new" for k in range(hi, min(n, hi + 3))) and reach_after or "period_new" in roles:
        f.new = True
        return
    start = dates.since(st, f)
    if start is not None:
        f.new, f.since = False, start or None
        return
    near = range(max(0, lo - 8), min(n, hi + 6))
    first = max([k for k in range(lo) if roles[k] == "clause"], default=0)
    last = min([k for k in range(hi, n) if roles[k] == "clause"], default=n)
    if (
        any(roles[k] == "total" for k in near)
        or "total_far" in roles[first:last]
        or "total_agent" in roles[first:lo]
    ):
        f.new = False
        return
    # "وقتل مئات الأشخاص في عام 2018" published in 2018: the year's toll so far
    for k in range(hi, min(n, hi + 5)):
        if (
            k in st.numbers
            and st.numbers[k][1].get("kind") == "year"
            and str(st.numbers[k][1].get("value")) == published_year
        ):
            f.new = False
            return


def _inherit(found: list[Figure]) -> None:
    """Parts and additions share the reading of their head (new, since, victims); a head counted
    among civilians or fighters by its parts is so too; a figure with no people noun joined to the
    one before ("63 مدنيا قتلوا وأصيب 292") shares its victims."""
    prev: Figure | None = None
    for f in found:
        h = f.head
        if h is not None:
            if f.new is None and h.new is not None:
                f.new = h.new
            if f.since is None and h.since is not None and f.new is not True:
                f.since, f.new = h.since, False
            if f.part and f.victims != "unspecified" and h.victims == "unspecified":
                h.victims = f.victims
        others = any(st_role == "new" for st_role in f.cues_after)
        if f.victims == "unspecified" and prev is not None and (f.part or others or _gap(prev, f) <= 4):
            f.victims = prev.victims if not f.part or prev is h else f.victims
        if prev is not None and f.head is prev and not f.part:  # "علاوة على وقوع العشرات أسرى"
            if f.new is None:
                f.new = prev.new
            if f.victims == "unspecified":
                f.victims = prev.victims
        prev = f


def _gap(a: Figure, b: Figure) -> int:
    """Tokens between the end of figure ``a`` and the start of figure ``b``."""
    return min(b.a, b.out_at if b.out_at >= 0 else b.a) - max(a.b, a.out_at + 1)


def _attribute(doc: Doc, st: _Sent, f: Figure, attributor: Attributor) -> None:
    at = st.toks[f.a].start
    stmts = attributor.statements_at(at)
    if stmts:
        f.statement = stmts[0].get("id")
    # "قتل 12 شخصا، وفقا لبيان صادر عن الحزب"، "نقلت وفا عن مصدر طبي قوله إن 7 أصيبوا"
    mine = attributor.attached(st.sent, at) or attributor.relayed(st.sent, at)
    if mine is not None:
        f.source = attributor.last = mine
        return
    for stmt in stmts:
        party = party_of_statement(stmt)
        if party is not None and attributor.plausible(party):
            f.source = attributor.last = party
            f.statement = stmt.get("id")
            return
    if f.head is not None and f.head.source is not None:
        f.source, f.statement = f.head.source, f.head.statement
        return
    f.source = attributor.source(st.sent, at)


# -- merge and output ---------------------------------------------------------------------------


def _same_source(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return True
    if a.get("entity") and a.get("entity") == b.get("entity"):
        return True
    x, y = f" {normalize(a['name'])} ", f" {normalize(b['name'])} "
    return x in y or y in x


def _merge(figures: list[Figure]) -> list[Figure]:
    """A restated figure (same count, range and outcome, compatible source) is listed once."""
    kept: list[Figure] = []
    for f in figures:
        twin = next(
            (
                k
                for k in kept
                if (k.count, k.count_max, k.outcome) == (f.count, f.count_max, f.outcome)
                and _same_source(k.source, f.source)
                and k.sent.index != f.sent.index
                and (k.victims == f.victims or "unspecified" in (k.victims, f.victims))
            ),
            None,
        )
        if twin is None:
            kept.append(f)
            continue
        victims = twin.victims if twin.victims != "unspecified" else f.victims
        if twin.source is None and f.source is not None or twin.sent.in_title and not f.sent.in_title:
            # keep the attributed, body wording; keep a qualifier the restatement drops
            if f.qualifier == "exact" and twin.qualifier != "exact" and twin.source is not None:
                f.qualifier = twin.qualifier
            kept[kept.index(twin)] = f
            twin = f
        twin.victims = victims
    return kept


def _output(doc: Doc, figures: list[Figure]) -> list[dict[str, Any]]:
    out = []
    for n, f in enumerate(figures, 1):
        source = dict(f.source) if f.source else None
        out.append(
            {
                "id": f"c{n}",
                "count": f.count,
                "count_max": f.count_max,
                "qualifier": f.qualifier,
                "outcome": f.outcome,
                "victims": f.victims,
                "new": f.new,
                "since": f.since,
                "source": source,
                "statement": f.statement,
                "number_span": doc.span(*f.span),
                "evidence": doc.span(f.sent.start, f.sent.end),
            }
        )
    return out


__all__ = ["annotate", "Figure", "Token"]

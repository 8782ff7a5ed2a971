"""Figures told more than once: which restate one figure, and which are two (:mod:`marsad.claims.figures`).

A restated figure has the same count, range and outcome and a compatible source: unknown, the same
entity or name, a word only pointing back ("البيان"), the same body with or without its country's
adjective ("قوى الأمن اللبنانية" / "قوى الأمن الداخلي"), or two speakers of one body ("مسؤول في
المركز الوطني لحقوق الإنسان" / "فلان من المركز الوطني لحقوق الإنسان").

>>> from marsad.pipeline import process
>>> doc = process("قتل 7 أشخاص في هجوم. وقالت الشرطة إن 7 أشخاص قتلوا في الهجوم.", upto="casualties")
>>> [(c["count"], c["source"]["name"]) for c in doc.layers["casualties"]]
[(7, 'الشرطة')]
"""

from __future__ import annotations

import re
from typing import Any

from marsad import lexicon
from marsad.claims.figures_sentence import (
    CLAUSE_END,
    PRONOUN_SUFFIXES,
    Figure,
    Sent,
    definite,
    nationalities,
    nationality,
)
from marsad.claims.figures_source import anaphor_name, outlet_name
from marsad.claims.figures_words import lookup
from marsad.claims.statements_lexicon import adjuncts, person_titles, speaker_heads
from marsad.doc import Doc
from marsad.text.normalize import normalize


def _same_source(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Two sources that may be one speaker: either unknown, one entity, one name holding the other,
    or one only pointing back ("أوقفت قوى الأمن ثلاثة" ... "وبحسب البيان، أوقفت ثلاثة")."""
    if a is None or b is None or _anaphor(a) or _anaphor(b) or _outlet(a) or _outlet(b):
        return True  # an agency that relayed the lead's figure yields to the speaker the body names
    if a.get("entity") and a.get("entity") == b.get("entity"):
        return True
    x, y = f" {normalize(a['name'])} ", f" {normalize(b['name'])} "
    if _another(x) != _another(y):
        return False  # "مصدر أمني" and "مصدر أمني آخر": two sources of one kind
    if x in y or y in x:
        return True
    # "الجيش الباكستاني" and "الجناح الإعلامي للجيش الباكستاني": the body, then a part of it that speaks
    x1, y1 = x.replace(" لل", " ال"), y.replace(" لل", " ال")
    if (x1 != x or y1 != y) and (x1 in y1 or y1 in x1) and min(len(x1.split()), len(y1.split())) >= 2:
        return True
    if _described_then_named(x, y) or _described_then_named(y, x):
        return True
    if _words_within(x, y) or _words_within(y, x):
        return True
    if _described_then_titled(x, y) or _described_then_titled(y, x):
        return True
    if _speaks_for(x, y) or _speaks_for(y, x):
        return True
    if _head_back(x, y) or _head_back(y, x):
        return True
    if _ministry_of(x, y) or _ministry_of(y, x):
        return True
    # "حسب منظمة تابيلا بولاكو وعضو المجلس البلدي": a joint source shares each of its parties
    for p, q in ((x, y), (y, x)):
        parts = _parties(p)
        if len(parts) > 1 and any(len(w.split()) >= 2 and f" {w} " in q for w in parts):
            return True
    # "وزارة الصحة الفلسطينية" and "وزارة الصحة في غزة": one body, named by its country, then its seat
    if _unnational(x) != x and _unplaced(y) == _unnational(x) or _unnational(y) != y and _unplaced(x) == _unnational(y):
        return True
    # "قوى الأمن اللبنانية" and "قوى الأمن الداخلي": one body, once with its country's adjective
    x2, y2 = _unnational(x), _unnational(y)
    if (x2 != x) == (y2 != y):
        return False
    short, long = sorted((x2, y2), key=len)
    return short in long and len(long.split()) - len(short.split()) <= 1  # not "وسائل إعلام موالية لـ..."


def _another(name: str) -> bool:
    """The name holds a word of "another" (مصدر أمني آخر، المسؤول الآخر)."""
    return any(w.removeprefix("ال") in _OTHER for w in name.split())


def _words_within(short: str, long: str) -> bool:
    """The words of ``short`` (two or more, the first with the article) stand in ``long`` in their
    order, the first first: one body named again with more words between ("التحالف العربي" and
    "التحالف العسكري العربي بقيادة السعودية"). A name with a word of another ("مصدر طبي آخر") is
    kept apart before this is asked (``_another``)."""
    s, lg = short.split(), long.split()
    if len(s) < 2 or len(lg) <= len(s) or not s[0].startswith("ال") or s[0] != lg[0]:
        return False
    it = iter(lg)
    return all(w in it for w in s)


#: words of "another" (figures_cues roles another, new): "مصدر طبي آخر" is a second source
_OTHER = frozenset(
    normalize(row[0]) for row in lexicon.table("figures_cues") if len(row) > 1 and row[1] in ("another", "new") and " " not in row[0]
)


def _parties(name: str) -> list[str]:
    """The parties of a joint source, split at a و that opens a speaker head or a definite word
    ("منظمه X وعضو المجلس" → two; "مسؤول في وزاره الداخليه" stays one)."""
    words = name.split()
    parts, cur = [], []
    for w in words:
        if cur and w.startswith("و") and len(w) > 2 and (w[1:].startswith("ال") or w[1:] in speaker_heads()):
            parts.append(" ".join(cur))
            cur = [w[1:]]
        else:
            cur.append(w)
    if cur:
        parts.append(" ".join(cur))
    return parts


def _described_then_named(d: str, n: str) -> bool:
    """``d`` describes a body with no name ("منظمة إغاثية دولية"، "منظمة محلية في مالي") and ``n``
    names one of the same head ("منظمة أطباء بلا حدود"): the lead's description of the body the
    body names later. Two descriptions ("مصدر أمني"، "مصدر طبي") are two sources."""
    dw, nw = d.split(), n.split()
    if len(dw) < 2 or len(nw) < 2 or dw[0].startswith("ال") or dw[0] != nw[0]:
        return False
    return not _descriptive(nw[1]) and _descriptive(dw[1])


def _described_then_titled(d: str, n: str) -> bool:
    """``d`` describes a speaker with no article ("متحدث باسم الشرطة في نيبال") and ``n`` gives a
    person the same words as a title ("مانوج بيوباين المتحدث باسم الشرطة"): one speaker, first
    described, then named. The place after في is left out; the description keeps two words or more."""
    words = d.split()
    if "في" in words:
        words = words[: words.index("في")]
    if len(words) < 2 or words[0].startswith("ال"):
        return False
    return f" ال{' '.join(words)} " in n


def _head_back(full: str, back: str) -> bool:
    """``back`` names the body of ``full`` again by its head noun with the article ("شرطة نيكاراغوا"
    … "بحسب ما أفادت الشرطة")."""
    words, short = full.split(), back.split()
    return len(short) == 1 and len(words) >= 2 and not words[0].startswith("ال") and short[0] == f"ال{words[0]}"


def _ministry_of(government: str, ministry: str) -> bool:
    """A ministry named with no nation of its own ("وزارة الدفاع") speaks for the government the
    figure was first given by ("أعلنت حكومة مالي أن جيشها قتل 11" … "وقالت وزارة الدفاع في بيان"):
    one body, the government and its ministry."""
    g, m = government.split(), ministry.split()
    kinds = adjuncts()
    if not g or not m or g[0].removeprefix("ال") not in kinds.get("government", ()):
        return False
    if m[0].removeprefix("ال") not in kinds.get("ministry", ()):
        return False
    return _unnational(ministry) == ministry and not {"في", "ب"} & set(m)


def _speaks_for(s: str, body: str) -> bool:
    """A speaker "باسم" a body named back by its head noun with the article, the body named in full
    before ("المتحدث باسم الوزارة أشرف القدرة" speaks for "وزارة الصحة في غزة"); or a person titled
    head of that body ("مدير المرصد رامي عبد الرحمن" speaks for "المرصد السوري لحقوق الإنسان")."""
    words, first = s.split(), body.split()[:1]
    if len(words) >= 2 and words[0] in person_titles() and len(body.split()) >= 2:
        head = words[1]
        return head.startswith("ال") and len(head) > 4 and first in ([head], [head[2:]])
    if "باسم" not in words[:-1]:
        return False
    head = words[words.index("باسم") + 1]
    return head.startswith("ال") and len(head) > 4 and first == [head[2:]]


def _descriptive(w: str) -> bool:
    """An indefinite adjective after a head noun (محلية، إغاثية، دولية، أمني): a nisba in ي or ية."""
    return not w.startswith("ال") and w.endswith(("ي", "يه"))


def body_of(doc: Doc, source: dict[str, Any] | None) -> str:
    """The body a speaker speaks from, named after في، من or باسم in the name or right after it
    ("مسؤول في المركز الوطني لحقوق الإنسان"، "خوان بيريز من المركز الوطني لحقوق الإنسان" → "المركز
    الوطني لحقوق الانسان"), when it takes two words or more; else ""."""
    if not source:
        return ""
    words = normalize(source["name"]).split()
    span = source.get("span")
    if span and not {"في", "من", "باسم"} & set(words):  # the words after the name, up to a mark
        tail = re.split(r"[،,.:;؛\"«»“”()]", doc.text[span["end"] : span["end"] + 80], maxsplit=1)[0]
        for w in normalize(tail).split():
            hit = lookup("attribution", [(w,)], 0)
            if hit and hit[0][0] != "kicker" or lookup("outcomes", [(w,)], 0):
                break  # "... من المركز الوطني أن"، "... مقتل" (not "المبعوث الخاص")
            words.append(w)
    for i, w in enumerate(words[1:-1], 1):
        if w in ("في", "من", "باسم"):
            body = words[i + 1 :]
            return " ".join(body) if len(body) >= 2 else ""
    return ""


def _unnational(name: str) -> str:
    """A normalized, space-padded name without its last word when that is a nationality adjective
    ("قوى الامن اللبنانيه" → "قوى الامن")."""
    words = name.split()
    if len(words) < 3:
        return name
    last = words[-1].removeprefix("ال").removesuffix("ه")
    return f" {' '.join(words[:-1])} " if last in nationalities() else name


def _unplaced(name: str) -> str:
    """A normalized, space-padded name without a closing "في" and one or two words, its seat
    ("وزاره الصحه في غزه" → "وزاره الصحه"), or the name itself."""
    words = name.split()
    for k in (len(words) - 2, len(words) - 3):
        if k >= 2 and words[k] == "في":
            return f" {' '.join(words[:k])} "
    return name


def _outlet(source: dict[str, Any]) -> bool:
    """Whether a source is a news outlet (وكالة فرانس برس): a relay, weaker than a speaker."""
    return outlet_name(source.get("name") or "")


def _anaphor(source: dict[str, Any]) -> bool:
    return anaphor_name(source["name"])


def one_more(st: Sent, end: int) -> bool:
    """An indefinite "another" in the two words after a figure ("قيادي بارز آخر"); not "الآخر" (the
    other one, already known), nor one past a casualty word, nor "آخرون" ("قتل 4 وأصيب 12 آخرون":
    others, not more)."""
    for k in range(end, min(len(st.toks), end + 2)):
        if st.out[k] or st.surf[k] in CLAUSE_END:
            return False
        if st.cue_role(k) == "another" and not definite(st, k):
            return True
    return False


def _other_sex(a: Figure, b: Figure) -> bool:
    """Two single people named by nouns of the two sexes are two people ("لقت امرأة حتفها" …
    "لقي رجل حتفه")."""
    return a.count == b.count == 1 and None not in (a.feminine, b.feminine) and a.feminine != b.feminine


def _other_nation(a: Figure, b: Figure) -> bool:
    """Two single people of two nations are two people ("مقتل جندي إسرائيلي" … "وقتل شاب فلسطيني")."""
    return a.count == b.count == 1 and bool(a.nation and b.nation) and a.nation != b.nation


def nation(st: Sent, f: Figure) -> str:
    """The nationality adjective right after the people noun of a single-person figure, normalized
    without its article and feminine ending ("جندي إسرائيلي" → "اسرائيلي"، "امرأة تايلاندية" →
    "تايلاندي"); "" where there is none."""
    k = f.a + 1
    if not f.singular or f.count != 1 or not (0 < k < len(st.toks)) or not st.vic[f.a]:
        return ""
    return nationality(st, k)


def feminine(st: Sent, f: Figure) -> bool | None:
    """Whether the people noun of a single-person figure is feminine: written with ة, or with ت
    before a pronoun (امرأة، طفلة، زوجته; not المشتبه, whose ه is no ة); None where it has no people noun."""
    k = f.a
    if not f.singular or f.count != 1 or not (0 <= k < len(st.toks)) or not st.vic[k]:
        return None
    word = st.surf[k].rstrip("\u064b\u064c\u064d")
    return word.endswith("ة") or word.endswith(tuple("ت" + p for p in PRONOUN_SUFFIXES + ("ه", "هما")))  # زوجته


def _same_total(a: Figure, b: Figure) -> bool:
    """Two running totals of one count since the same start are one toll told twice ("يرتفع عدد
    القتلى إلى 41" ... "يرتفع إلى 41 عدد الذين قتلوا")."""
    return a.new is False and b.new is False and (a.since == b.since or None in (a.since, b.since))


def _attributed_next(a: Figure, b: Figure) -> bool:
    """A figure told in the outlet's voice, in a sentence with no word of attribution, is given
    with its source in the very next sentence ("وفي نينوى قتل 7 أشخاص في هجوم على قرية." "وقال
    رئيس البلدية إن مسلحين قتلوا 7 أشخاص داخل منزل")."""
    return a.bare and b.source is not None and b.sent.index - a.sent.index == 1


def _restated_by_source(a: Figure, b: Figure) -> bool:
    """In one sentence, a figure in the outlet's voice is told again by a source named after it ("وقتل
    مدني وأصيب 3 آخرون في قصف، وقالت مصادر طبية إن قذيفة أدت إلى مقتل مواطن وإصابة 3 أطفال")."""
    a, b = sorted((a, b), key=lambda f: f.span)
    if a.source is not None or b.source is None or b.another:
        return False
    if a.victims == b.victims == "military":
        return False  # "قتل 3 جنود، وقال الجيش إن 3 مسلحين قتلوا": fighters of two sides
    said = (b.source.get("span") or {}).get("start", -1)
    return a.span[1] <= said <= b.span[0]


def _past_event(k: Figure, f: Figure, lead: int, times: dict[int, bool]) -> bool:
    """``f``, past the lead, is told in a sentence that opens with a date of months before (``times``)
    and ``k``, in the title or the lead, names no past date: a past event told for background
    ("مقتل 7 تلاميذ وإصابة 12" … "وفي فبراير الماضي، قتل مسلح امرأة وجرح 12 آخرين")."""
    return times.get(f.sent.index, False) and f.sent.index > lead and k.sent.index <= lead and k.sent.index not in times


def merge(figures: list[Figure], lead: int, times: dict[int, bool] | None = None) -> list[Figure]:
    """A restated figure (same count, range and outcome, compatible source) is listed once: one in
    the title given again in the body, whatever name the body gives its source ("الجيش يعلن مقتل
    30" ... "المتحدث باسم القوات المسلحة"), one in the lead (sentences up to ``lead``) given again, one given twice by
    the same named source (or two speakers of one body), a running total restated, or one attributed
    in the very next sentence. Two figures in the outlet's own voice deeper in the body may be two
    events with the same toll ("مقتل عسكريين" in two attacks), and stay two; "another" is never
    the one before ("مقتل قيادي آخر"), nor is one told "also" after its verb in a later sentence
    ("وقتل ثمانية من عناصر الأمن ... وأضاف أن ثمانية من المهاجمين قتلوا أيضا"). A body sentence that opens with a date of another month
    (``times``: "وفي فبراير الماضي، قتل مسلح امرأة وجرح 12 آخرين") tells a past event: its figures
    restate none of the lead's."""
    times = times or {}
    kept: list[Figure] = []
    for f in figures:
        twin = next(
            (
                k
                for k in kept
                if (k.count, k.count_max, k.outcome) == (f.count, f.count_max, f.outcome)
                and (_same_source(k.source, f.source) or bool(k.body) and k.body == f.body or k.sent.in_title)
                and (k.sent.index != f.sent.index or _restated_by_source(k, f))
                and (k.victims == f.victims or "unspecified" in (k.victims, f.victims))
                and (f.another <= k.another or k.sent.index == f.sent.index)  # "مقتل قيادي ... مقتل قيادي بارز آخر": one more
                and not (k.sent.index != f.sent.index and "likewise" in f.cues_after)  # "ثمانية من المهاجمين قتلوا أيضا"
                and not _other_sex(k, f)
                and not _other_nation(k, f)
                and not _past_event(k, f, lead, times)
                and (
                    k.sent.index <= lead
                    or f.sent.index <= lead
                    or f.pointed  # "وإن 90 شخصا من المصابين الـ 220": the 220 told before
                    or (k.source and f.source)
                    or _same_total(k, f)
                    or _attributed_next(k, f)
                    or k.sent.index == f.sent.index  # (restated by its source: see above)
                )
            ),
            None,
        )
        if twin is None:
            kept.append(f)
            continue
        keep, other = twin, f
        attributed = twin.source is None and f.source is not None
        if attributed or twin.sent.in_title and not f.sent.in_title and not (twin.source and not f.source):
            keep, other = f, twin  # the attributed, body wording
            kept[kept.index(twin)] = f
        if keep.source and other.source and _anaphor(keep.source) and not _anaphor(other.source):
            keep.source, keep.statement = other.source, other.statement  # "البيان" → who issued it
        if keep.source and other.source and _outlet(keep.source) and not _outlet(other.source):
            keep.source, keep.statement = other.source, other.statement  # "بحسب فرانس برس" → مصدر عسكري
        # what one wording says and the other leaves out: "على الأقل"، the victims, a running total
        if keep.qualifier == "exact":
            keep.qualifier = other.qualifier
        if keep.victims == "unspecified":
            keep.victims = other.victims
        if keep.new is None and other.new is not None:
            keep.new, keep.since = other.new, keep.since or other.since
    return kept


def point_back(figures: list[Figure]) -> list[Figure]:
    """A source named only by a word pointing back ("المصدر نفسه"، "المصادر") takes the name of the
    nearest source before it of the same head noun ("أعلن مصدر أمني مقتل 18 …" … "وقال المصدر نفسه إن
    … جرح شخصين"); one with no such source before it stays as written."""
    named: list[dict[str, Any]] = []
    for f in figures:
        if f.source is None:
            continue
        if not _anaphor(f.source):
            named.append(f.source)
            continue
        head = normalize(f.source["name"]).split()[0].removeprefix("ال")
        match = next((p for p in reversed(named) if normalize(p["name"]).split()[0].removeprefix("ال") == head), None)
        if match is not None:
            f.source = match
    return figures


"""Casualty figures: each reported number of people killed, injured, missing, captured or displaced.

For every count of the numbers layer, the words around it say whether it counts harmed people and
how: a casualty word before it ("مقتل 9"، "أصيب 1400") or after it ("40 قتيلا"، "63 مدنيا قتلوا"),
two joined ones lumping both ("مقتل وإصابة 20"، "1000 قتيل وجريح" → killed_or_injured; but a number
that opens a conjunct takes the word after it: "عشرة قتلى وعشرة جرحى"), a part of
the figure before it ("بينهم 40 طفلا"), or one added to it ("إلى جانب أكثر من 30 مدنيا"). A
singular or dual person harmed is a figure too ("مقتل شخص" = 1، "مقتل جنديين" = 2، "لقي الانتحاري
حتفه" = 1). Then each figure gets its qualifier, victims, whether it is new or a running total, the
date a total counts from, and its source (:mod:`marsad.claims.figures_source`). A figure restated
(same count, outcome and a compatible source) is listed once, with its source.

The work is split in small modules: :mod:`~marsad.claims.figures_words` (lexicon matching on tokens),
:mod:`~marsad.claims.figures_sentence` (the sentence view and a figure being built),
:mod:`~marsad.claims.figures_read` (figures from numbers), :mod:`~marsad.claims.figures_singular`
(figures from singular and dual nouns), :mod:`~marsad.claims.figures_context` (victims, new),
:mod:`~marsad.claims.figures_time` (since), :mod:`~marsad.claims.figures_source` (who) and
:mod:`~marsad.claims.figures_merge` (a figure told twice).

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

import re
from bisect import bisect_left
from typing import Any

from marsad import lexicon
from marsad.claims.figures_context import inherit, new_and_since, read_victims, report_tallies, title_victims
from marsad.claims.figures_merge import body_of, feminine, merge, nation, one_more, point_back
from marsad.claims.figures_read import also_head, number_figures
from marsad.claims.figures_sentence import CLAUSE_END, Figure, Sent, definite, place_dates, place_numbers
from marsad.claims.figures_singular import conjoined_figures, singular_figures
from marsad.claims.figures_source import Attributor, party_of_statement
from marsad.claims.figures_time import Dates
from marsad.claims.figures_words import doc_forms, has_outcome, lookup, sentence_tags
from marsad.claims.statements_lexicon import COMPLEMENTIZERS, adjuncts, content_opens
from marsad.doc import Doc
from marsad.text.clitics import stem
from marsad.text.dates import days_between
from marsad.text.normalize import normalize
from marsad.text.numbers import dual_stem


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
    forms, ranges = doc_forms(doc)
    dates = Dates(doc)
    dates_by_sent: dict[int, list[dict[str, Any]]] = {}
    for d in doc.layers.get("dates") or []:
        s = doc.sentence_at(d["start"])
        if s is not None:
            dates_by_sent.setdefault(s.index, []).append(d)
    attributor = Attributor(doc)
    craft = any(
        "military_craft" in (hit[0][0] for hit in sentence_tags(doc, s.index, ("cues",))[1][0] if hit)
        for s in doc.sentences
        if s.in_title
    )
    figures: list[Figure] = []
    last: Figure | None = None
    for sent in doc.sentences:
        items = by_sent.get(sent.index)
        lo, hi = ranges.get(sent.index, (0, 0))
        if not has_outcome(forms[lo:hi]):
            continue  # no casualty word, no figure
        st = Sent(doc, sent, lo, hi)
        st.military_craft = st.military_craft or craft
        place_numbers(st, items or [])
        place_dates(st, dates_by_sent.get(sent.index, ()))
        found = number_figures(st) + singular_figures(doc, st)
        found += conjoined_figures(st, found)
        found = [f for f in found if not _told_before(doc, st, f, figures)]
        found.sort(key=lambda f: f.a)
        for f in found:
            end = max(f.b, f.out_at + 1)
            f.cues_after = tuple(st.cue_role(k) for k in range(end, min(len(st.toks), end + 2)))
            f.another = one_more(st, end) or f.singular and one_more(st, f.a)  # "وأصيب آخر": one more itself
            f.feminine = feminine(st, f)
            f.nation = nation(st, f)
            f.pointed = not f.singular and f.a > 0 and st.forms[f.a - 1][0] in _ARTICLE
            if f.head is None and not f.part:
                f.head = also_head(st, found, f)
            if (
                f.head is None
                and "part_of" in f.cues_after
                and last is not None
                and last.outcome == f.outcome
            ):
                f.head, f.part = last, True  # "وقتل 62 من هؤلاء"
            if f.head is None and _among_told(st, f) and (told := _last_of(figures + found, f)) is not None:
                # "وكان من بين الضحايا 37 رجلا": a part of the toll just told (the last of its harm:
                # "بلغ 168 قتيلا و18006 مصابين. ومن بين القتلى 27 طفلا")
                f.head, f.part = told, True
            read_victims(st, f)
            new_and_since(st, f, dates, (doc.published or "")[:4])
        # others told first in their sentence are of the last figure before ("... . وأصيب 13 آخرون")
        first = min((min(f.a, f.out_at if f.out_at >= 0 else f.a) for f in found), default=0)
        inherit(found, last if not any(st.out[k] for k in range(first)) else None)
        for k, f in enumerate(found):
            _attribute(doc, st, f, attributor)
            if f.source is None and k and _conjunct(st, found[k - 1], f):
                f.source, f.statement = found[k - 1].source, found[k - 1].statement
        figures += found
        last = found[-1] if found else last
    title_victims(doc, figures)
    # fighters who flee retreat; they are not displaced ("وسط فرار عشرات المقاتلين الحوثيين إلى جنوب المدينة")
    figures = [f for f in figures if not (f.outcome == "displaced" and f.victims == "military")]
    report_tallies(figures)
    body = [s.index for s in doc.sentences if not s.in_title]
    for f in figures:
        f.body = body_of(doc, f.source)
        tags = sentence_tags(doc, f.sent.index, ("attribution",))[1][0]
        f.bare = f.source is None and not any(hit and hit[0][0] in _ATTRIBUTING for hit in tags)
    return _output(doc, point_back(merge(figures, _lead_end(doc, body), _other_times(doc))))


#: a day-dated act this many days or more before the article is another day's (_day_back)
PAST_DAYS = 7


def _other_times(doc: Doc) -> dict[int, bool]:
    """The body sentences that name a date two months or more before the article's: sentence index →
    whether the date opens it ("وفي فبراير الماضي، قتل مسلح …" in April, "وفي عام 2014 قتل …": a
    past event told for background) or stands further in ("في حين قتل 46 شخصا … أواخر 2017")."""
    published = doc.published or ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return {}
    starts = [t.start for t in doc.tokens]
    out: dict[int, bool] = {}
    for d in doc.layers.get("dates") or []:
        value = str(d.get("value") or "")
        if d.get("since") or not (_months_back(value, published) or _day_back(d, published)):
            continue
        s = next((s for s in doc.sentences if s.start <= d["start"] < s.end), None)
        if s is None or s.in_title:
            continue
        first = bisect_left(starts, s.start)  # the date starts within the sentence's first four words
        out[s.index] = out.get(s.index, False) or first + 3 < len(starts) and d["start"] <= starts[first + 3]
    return out


def _day_back(date: dict[str, Any], published: str) -> bool:
    """A date told to the day, a week or more before ``published`` ("وفي 3 مارس الماضي" in an
    article of 20 March: another day's act; not "الأسبوع الماضي", a week told as a whole)."""
    return date.get("resolution") == "day" and days_between(str(date.get("value")), published) >= PAST_DAYS


def _months_back(value: str, published: str) -> bool:
    """A date value (2018، 2018-02، 2018-02-10) two months or more before ``published``
    (YYYY-MM-DD), or a year before its year."""
    if not re.match(r"\d{4}(-\d{2})?", value):
        return False
    if len(value) == 4:
        return value < published[:4]
    then = int(value[:4]) * 12 + int(value[5:7])
    return int(published[:4]) * 12 + int(published[5:7]) - then >= 2


#: the most sentences of the first paragraph that count as the lead
LEAD_SENTENCES = 3


def _lead_end(doc: Doc, body: list[int]) -> int:
    """The index of the lead's last sentence: the second sentence of the body, or the last of the
    first paragraph when that paragraph ends by the third ("قالت الشرطة … وكشفت الشرطة … وأسفر
    الحادث عن مقتل 10" and a new line: one paragraph that tells the news first)."""
    if len(body) < 2:
        return 0
    sents = doc.sentences
    lead = body[:LEAD_SENTENCES]
    ends = [k for k, nxt in zip(lead, body[1:], strict=False) if "\n" in doc.text[sents[k].end : sents[nxt].start]]
    return max(body[1], ends[0]) if ends else body[1]


#: attribution lexicon roles that tell who gives a figure (not "end", "skip": words inside names)
_ATTRIBUTING = frozenset({"verb", "phrase", "relay", "participle", "toll", "document", "outlet"})


def _object_relative(doc: Doc, stmt: dict[str, Any], at: int) -> bool:
    """Whether offset ``at`` lies in a relative clause on the last noun of a statement's object (its
    content opens with no أن): "أعلن التحالف فتح تحقيق في الضربة الجوية التي راح ضحيتها عشرات
    الأطفال": the toll tells of the strike in the writer's voice; the coalition announced an inquiry."""
    start = stmt["content_span"]["start"]
    cue = stmt.get("cue_span") or {}
    if stmt.get("kind") != "indirect" or cue.get("end", start + 1) > start:
        return False  # (a phrase's content before it, "وأسفرت الغارة التي … عن مقتل 20، وفق المرصد", is a clause)
    lo, hi = (bisect_left(doc.tokens, x, key=lambda t: t.start) for x in (start, at))
    words = [t for t in doc.tokens[lo:hi] if t.is_word]
    if not words or any(normalize(doc.text[t.start : t.end]) in COMPLEMENTIZERS for t in words[:2]):
        return False  # (أن، إلى أن: a clause is said, its relative clauses too)
    pronouns = adjuncts().get("relative_pronoun", frozenset())
    for a, b in zip(words, words[1:], strict=False):
        if normalize(doc.text[b.start : b.end]) in pronouns and normalize(doc.text[a.start : a.end]).startswith("ال"):
            # (the clause ends at a comma: "اتهم الحشد التحالف الذي تقوده واشنطن، بشن غارة أدت لمقتل 22")
            return not any(ch in doc.text[b.end : at] for ch in "،,")
    return False


def _attribute(doc: Doc, st: Sent, f: Figure, attributor: Attributor) -> None:
    at = st.toks[f.a].start
    # (a statement that declares an act, "وأعلنت تركيا حالة الطوارئ وشنت حملة ...", claims no figure in it)
    stmts = [
        s
        for s in attributor.statements_at(at)
        if not _after_speech(st, s, f) and not content_opens(s, "declared") and not _object_relative(doc, s, at)
    ]
    if stmts:
        f.statement = stmts[0].get("id")
    # "قتل 12 شخصا، وفقا لبيان صادر عن الحزب"، "نقلت وفا عن مصدر طبي قوله إن 7 أصيبوا"
    mine = (
        attributor.attached(st.sent, at)
        or attributor.relayed(st.sent, at)
        or attributor.participle(st.sent, at)
    )
    if mine is not None and attributor.medium(mine):
        # "أعلنت وزارة الصحة مقتل شاب، وفق ما ذكرته وكالة وفا": the agency carried what the ministry said
        said = attributor.verb_subject(st.sent, at)
        if said is not None and not attributor.medium(said):
            mine = said
    if mine is not None:
        f.source = attributor.last = mine
        return
    for stmt in stmts:
        party = party_of_statement(stmt)
        if party is not None and attributor.plausible(party):
            if "span" in party and doc.text[party["span"]["end"] :].lstrip()[:1] == "ل":
                party = _longer(attributor.source(st.sent, at, remember=False), party, stmt.get("via") or [])
            f.source = attributor.last = party
            f.statement = stmt.get("id")
            return
    if f.head is not None and f.head.source is not None:
        f.source, f.statement = f.head.source, f.head.statement
        return
    f.source = attributor.source(st.sent, at)
    if f.source is None:
        # "قتل ثلاثة أشخاص، حسب وكالة رويترز": an agency that relays no one else is who gives it
        for stmt in stmts:
            party = party_of_statement(stmt)
            if party is not None and attributor.outlet_only(party):
                f.source = attributor.last = party
                f.statement = stmt.get("id")
                return


#: how many sentences back the toll lies that a part "among the harmed" is of
AMONG_REACH = 1


def _last_of(before: list[Figure], f: Figure) -> Figure | None:
    """The last figure of ``f``'s outcome told before it, in its sentence or the one before."""
    for g in reversed(before):
        if g is f or (g.sent.index == f.sent.index and g.a >= f.a):
            continue
        if g.sent.index < f.sent.index - AMONG_REACH:
            return None
        if g.outcome == f.outcome:
            return g
    return None


#: the article written apart before a number ("المصابين الـ 220")
_ARTICLE = frozenset({"ال", "الـ"})


def _told_before(doc: Doc, st: Sent, f: Figure, before: list[Figure]) -> bool:
    """A single or a pair named by a definite noun ("وفاة الزوج"، "وفاة الزوجين") after a figure of
    the same harm, as large or larger, told by the same noun in an earlier sentence ("وفاة زوجين"):
    people already counted, named again (but not "بعد مقتل المهاجم" after "قتل ثلاثة أشخاص")."""
    if not (f.singular and definite(st, f.a)):
        return False
    stem = _noun_stem(doc.text[f.span[0] : f.span[1]])
    return any(
        g.singular
        and g.outcome == f.outcome
        and g.count >= f.count
        and g.sent.index < st.sent.index
        and not g.sent.in_title  # (a title's figure, unattributed, merges with the body's own)
        and _noun_stem(doc.text[g.span[0] : g.span[1]]) == stem
        for g in before
    )


def _noun_stem(word: str) -> str:
    """A people noun without its clitics (:func:`marsad.text.clitics.stem`), its dual ending
    (:func:`marsad.text.numbers.dual_stem`) and a feminine or accusative ending: الزوجين، زوجة → زوج."""
    w = stem(word.split()[-1] if word.split() else word)
    w = dual_stem(w) or w
    return w[:-1] if len(w) > 3 and w.endswith(("ه", "ا")) else w


def _among_told(st: Sent, f: Figure) -> bool:
    """The figure is singled out "among the harmed" already told, its casualty word a definite
    noun after من بين / بين before its number ("وكان من بين الضحايا 37 رجلا، وتسع نساء")."""
    k = f.out_at
    if not 0 < k < f.a or not st.out[k] or st.out[k][0][1] != "person" or not st.forms[k][0].startswith("ال"):
        return False
    if k > 2 and st.cue_role(k - 1) == "total_far":
        k -= 1  # "ومن بين مجمل الإصابات 3540 طفلا": among the whole of them
    return any(
        st.cue_role(m) == "breakdown" or ("بين" in st.forms[m] and m == k - 1)
        for m in range(max(0, k - 2), k)
    )


def _conjunct(st: Sent, prev: Figure, f: Figure) -> bool:
    """Figure ``f`` opens a conjunct with و right after ``prev`` in one clause, so it shares the
    source of ``prev`` ("وفق المرصد بمقتل عنصر وإصابة 14 مقاتلا")."""
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    start = max(prev.b, prev.out_at + 1)
    if lo < start or not st.starts_with_wa(lo):
        return False
    return not any(st.surf[k] in CLAUSE_END for k in range(start, lo))


#: words of time right before a casualty word that tell a call's occasion (lexicon figures_occasions)
OCCASIONS = frozenset(row[0] for row in lexicon.table("figures_occasions"))


def _after_speech(st: Sent, stmt: dict[str, Any], f: Figure) -> bool:
    """A comma and a time adverb of the narrative ("غداة"، "عشية") stand between the start of what
    was said and the figure: "قال إنه يقود دولة عنصرية، غداة مقتل 61 فلسطينيا" (the outlet's); or
    what was said opens with a preposition and a word of time stands right before the figure's
    casualty word: "طالب ترودو بتحقيق مستقل بعد قتل نحو 60 فلسطينيا" (the call's occasion)."""
    start = stmt["content_span"]["start"]
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    first = normalize(stmt.get("content", "").split(" ", 1)[0].strip('"«“'))
    if (
        stmt.get("kind") == "indirect"
        and first not in COMPLEMENTIZERS
        and lo > 0
        and st.toks[lo - 1].start > start
        and any(w in OCCASIONS for w in st.forms[lo - 1])
    ):
        return True
    return any(
        st.surf[k] in ("،", ",") and st.cue_role(k + 1) == "narrative_time"
        for k in range(lo)
        if st.toks[k].start >= start
    )


def _longer(own: dict[str, Any] | None, party: dict[str, Any], via: list[str] | None = None) -> dict[str, Any]:
    """The figure's own reading of its source when it goes on with the لـ of an institution's name
    ("مسؤول في المركز الفلسطيني لحقوق الإنسان" over "مسؤول في المركز الفلسطيني"; "المفوضية العليا
    لشؤون اللاجئين"), not with the outlet the statement told it to (``via``: "لسكاي نيوز عربية")."""
    if own is None or "span" not in own or "span" not in party:
        return party
    a, b = own["span"], party["span"]
    more = normalize(own["name"][len(party["name"]) :]).split()
    if a["start"] == b["start"] and a["end"] > b["end"] and own["name"].startswith(party["name"]):
        told = " ".join(more).removeprefix("ل").lstrip("ـ")
        if any(told.startswith(normalize(v).split()[0]) for v in via or [] if v.strip()):
            return party  # "مدير المركز لسكاي نيوز عربية": the outlet, not the body's name
        to_outlet = lookup("attribution", [(w,) for w in more[:1]], 0)  # "مصادر متطابقة لوكالة فرانس برس"
        return own if more and more[0].startswith("ل") and not to_outlet else party
    return party


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


__all__ = ["annotate"]

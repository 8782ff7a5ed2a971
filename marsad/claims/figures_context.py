"""Who the harmed are, and whether a figure is new or a running total since a date.

Victims: the first people noun in the figure's phrase ("مقتل 834 من جنودهم")، the subject of a verb
of suffering ("تكبدت الميليشيات")، civilians named in the sentence or the title; new: an addition
("40 قتيلا آخرين ... ليصل الإجمالي") or a running total ("ارتفع إلى"، "حتى الآن"، "وخلفت الحرب")؛
parts and joined figures share their head's reading.

>>> from marsad.pipeline import process
>>> doc = process("ارتفعت حصيلة ضحايا الزلزال إلى 350 قتيلا", upto="casualties")
>>> [(c["count"], c["new"]) for c in doc.layers["casualties"]]
[(350, False)]
"""

from __future__ import annotations

from functools import cache

from marsad import lexicon
from marsad.claims.figures_read import exceeded_toll, reached_over_relative, toll_reached
from marsad.claims.figures_sentence import (
    AGENT_ROLES,
    CLAUSE_END,
    COUNT_KINDS,
    NUMBER_QUALIFIERS,
    QUOTES,
    TOLL_WORDS,
    Figure,
    Sent,
    definite,
)
from marsad.claims.figures_time import Dates
from marsad.claims.figures_words import doc_forms, has_outcome, lookup, sentence_tags
from marsad.doc import Doc
from marsad.text.normalize import normalize

#: outcomes whose victims a scene or a title may tell (not arrests: "القبض على المتهم")
HARMED = ("killed", "injured", "killed_or_injured")


#: how far before a figure the ranks named in its toll may stand
TOLL_RANKS_REACH = 20


def _toll_ranks(st: Sent, lo: int) -> str | None:
    """The class of the people after a word of ranks or losses (cue roles ranks, losses: صفوف، خسائر) in a
    toll before the figure starting at ``lo``, with a toll word (عدد، حصيلة) in the few words before
    "صفوف" and no other count between: "ارتفاع عدد القتلى في صفوف المتمردين ...، إلى نحو 255 قتيل"; or
    the people right after a toll word and its casualty noun: "حصيلة قتلى ميليشيا الحوثي ... 68 قتيلا"."""
    for k in range(lo - 1, max(-1, lo - TOLL_RANKS_REACH), -1):
        if k in st.numbers and st.numbers[k][1].get("kind") in COUNT_KINDS:
            return None
        if TOLL_WORDS & set(st.forms[k]) and k + 2 < lo and st.out[k + 1] and st.out[k + 1][0][1] != "verb":
            # "ارتفعت حصيلة قتلى ميليشيا الحوثي إلى 68 قتيلا": the people the dead are of
            kind = victim_class(st, k + 2)
            if kind in ("civilian", "military"):
                return kind
        role = st.cue_role(k)
        if role not in ("ranks", "losses") or k + 1 >= lo:
            continue
        if role == "ranks" and not any(TOLL_WORDS & set(st.forms[m]) for m in range(max(0, k - 4), k)):
            return None
        kind = victim_class(st, k + 1)
        return kind if kind in ("civilian", "military") else None
    return None


def read_victims(st: Sent, f: Figure) -> None:
    """The class of the first people noun in the figure's phrase: "40 قتيلا ... بين جنودها"،
    "مقتل 834 من جنودهم"، "عشرات القتلى والجرحى من الانقلابيين"، "لقيت زوجته حتفها"."""
    n = len(st.toks)
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    hi = max(f.b, f.out_at + 1)
    if _mixed_breakdown(st, hi):
        return  # "قتل 25 شخصا بينهم مدنيون وعناصر أمن": both kinds among them
    ahead = []
    k, limit = f.a, hi + 4
    while k < min(n, limit):
        if k >= hi and st.surf[k] in ("،", ",") and st.cue_role(k + 1) == "most":
            k += 2  # "1100 قتيل، معظمهم من المسلحين" (its two words cost nothing)
            limit += 2
            continue
        if k < hi and _singled_out(st, k):
            k += st.cue[k][1] + 1  # "ستة أشخاص من بينهم طفلة قتلوا": the one singled out is not the whole
            continue
        if k >= hi and st.cue_role(k) == "at_least_after":
            size = st.cue[k][1]  # "سبعة على الأقل من أفراد الأمن": the qualifier costs nothing either
            k += size
            limit += size
            continue
        if k >= hi and (
            k in st.in_number
            or st.surf[k] in CLAUSE_END
            or (st.out[k] and (k not in st.used or _new_harm(st, k)) and not st.vic[k])  # (رهائن: a casualty
            # word and people; "مقتل شخصين بإطلاق نار واعتقال المنفذ": another figure's word after و)
            or st.cue_role(k) in AGENT_ROLES  # "برصاص القوات الإسرائيلية": the agent, not the victims
            or _attacker(st, k)  # "40 قتيلا في قصف للجيش التركي": the army shelled
            or (k >= hi and st.starts_with_wa(k) and not st.vic[k] and not st.out[k])  # "مقتل المئات وسيطرة القوات": a new act
            or _singled_out(st, k)  # "50 آخرين من بينهم شرطيان": one or two do not tell the whole
            or (k >= hi and st.cue_role(k) in ("far_stop", "relative", "clause"))  # "قتل عندما أطلق حراس"
            # "عشرة آلاف قتيل منذ تدخل التحالف العسكري"، "مقتل ستة أشخاص خلال حملة للجيش": when, not who
            or (k >= hi and st.cue_role(k) in ("since", "time_lead"))
            # "مقتل شخصين أحدهما المهاجم": one singled out does not tell the class of both
            or (k >= hi and st.cue_role(k) == "one_of")
            or (k >= hi and _reporting_phrase(st, k))  # "قتل 5 أشخاص بحسب الشرطة": the police give the toll
            or (k > hi and st.cue_role(k) == "breakdown")  # "346 شخصا بينهم جنود": some, not all (the
            # civilians of a breakdown are read below: "40 شخصا، من بينهم أطفال ونساء")
        ):
            break
        ahead.append(k)
        k += 1
    # between a verb and its number stands the verb's subject, who did the harm ("اعتقلت قوات الأمن 25")
    verb_first = f.out_at >= 0 and f.out_at < f.a and st.out[f.out_at][0][1] == "verb"
    # and so between a verbal noun and a number with its own people noun, the doer in the genitive
    # ("اعتقال القوات الخاصة ستة أشخاص")
    noun_first = (
        f.out_at >= 0
        and f.out_at + 1 < f.a
        and st.out[f.out_at][0][1] == "noun"
        and f.b < n
        and bool(st.vic[f.b])
        and definite(st, f.out_at + 1)
    )
    back = [] if verb_first or noun_first else list(range(f.a - 1, lo - 1, -1))
    # "عدد القتلى الذين سقطوا برصاص الجيش الإسرائيلي … إلى 53": the agent's words are not the harmed
    agent = next((k for k in range(lo + 1, f.a) if st.cue_role(k) in AGENT_ROLES), None)
    if agent is not None:
        back = [k for k in back if k < agent]
    if verb_first and f.count <= 2 and not f.singular and f.a in st.numbers and f.a > 0 and st.vic[f.a - 1]:
        back = [f.a - 1]  # "اعتقلت الشرطة مسلحين اثنين": one and two follow their noun
    # (not "واعتقلت الشرطة الرجلين": a definite dual is a people noun of its own, no number after one)
    if not st.vic[f.a] and (noun := _noun_of_definite_number(st, f.a)) is not None:
        # "وقتل الجنود الستة"، "أصيب المدنيون الـ3": a definite number follows its noun, and so before
        # the verb ("المهاجرين الأحد عشر غرقوا")
        back = [noun] if verb_first else [noun, *back]
    if f.b - f.a == 1 and f.out_at == f.a and f.count <= 2:  # "لقيت زوجته حتفها"
        back += list(range(lo - 1, max(-1, lo - 4), -1))
    # "وأصيب شخص آخر"، "5 أشخاص": a neutral people noun of its own (it shares no one's victims)
    f.person = any(
        victim_class(st, k) == "person" and not st.forms[k][0].startswith(("اخر", "الاخر"))  # "292 آخرون"
        for k in range(f.a, min(n, f.b + 1))
    )
    for k in ahead + back:
        kind = victim_class(st, k)
        if kind in ("civilian", "military"):
            if not _with_fighters(st, k):  # "من المدنيين ومقاتلي المعارضة": both, so neither
                f.victims = kind
            return
        if kind == "aboard":
            return  # "ركاب طائرة النقل العسكرية": not known to be civilians
    # "قوة من 500 مقاتل ... نحو 100 منهم قتلوا": "of them" are the people named before
    if f.b < n and st.forms[f.b][0] in ("منهم", "منها", "منهما"):  # "القبض على اثنين منهما"
        for k in range(f.a - 1, -1, -1):
            kind = victim_class(st, k)
            if kind in ("civilian", "military"):
                f.victims = kind
                return
            if kind:
                break
    # "تكبدت ميليشيات الحوثي ... 1000 قتيل": the harmed are the subject of the verb
    for k in range(lo - 1, max(-1, lo - 12), -1):
        if st.cue_role(k) == "suffer":
            for m in range(k + 1, min(k + 4, lo)):
                kind = victim_class(st, m)
                if kind in ("civilian", "military"):
                    f.victims = kind
                    return
            return
    # "ارتفاع عدد القتلى في صفوف المتمردين منذ ...، إلى نحو 255 قتيل": the ranks the toll names
    if (kind := _toll_ranks(st, lo)) is not None:
        f.victims = kind
        return
    # "قتل شخص وأصيب 3 آخرون في حادثة دهس": the people of a scene that strikes or carries the
    # public are civilians, unless soldiers or fighters other than those who did the harm are named
    # in the sentence ("في عملية دهس وطعن نفذها ثلاثة مهاجمين": still civilians)
    if (
        st.civilian_scene
        and f.outcome in HARMED
        and not any(victim_class(st, k) == "military" and not _doer(st, k) for k in range(n))
    ):
        if not f.singular or any(victim_class(st, k) == "person" for k in ahead + back):
            f.victims = "civilian"
            return
    # "أصيب 40 شخصا، من بينهم أطفال ونساء": a breakdown of civilians only tells the whole
    if not f.singular and _breakdown_kinds(st, hi, whole=True) & {"civilian", "military"} == {"civilian"}:
        f.victims = "civilian"


def _noun_of_definite_number(st: Sent, a: int) -> int | None:
    """The definite people noun that a definite number at ``a`` follows as its adjective ("الجنود
    الستة"، "المدنيين الـ3"), or None."""
    k = a - 1
    if k >= 0 and st.forms[k][0] in ("ال", "الـ"):
        k -= 1  # "الجنود الـ6": the article written apart
    elif not definite(st, a):
        return None
    if k < 0 or not definite(st, k) or not st.vic[k]:
        return None
    if a + 1 < len(st.toks) and (st.vic[a + 1] or definite(st, a + 1) and st.cue_role(a + 1) != "relative"):
        return None  # "اعتقلت قوات الأمن الـ5 المطلوبين": the number's own noun after it (not "الذين")
    return k


def _doer(st: Sent, k: int) -> bool:
    """The fighter noun at ``k`` names one who did the harm (victims lexicon mark "perpetrator":
    مهاجم، منفذ، مسلح), not one among the harmed ("مقتل شخصين أحدهما المهاجم"، "بينهم المهاجم")."""
    if st.vic[k][0][2:3] != ("perpetrator",):
        return False
    return not any(st.cue_role(m) in ("one_of", "breakdown") for m in range(max(0, k - 2), k))


def _reporting_phrase(st: Sent, k: int) -> bool:
    """A reporting phrase of the attribution lexicon (figures_attribution role phrase: بحسب، وفق،
    نقلا عن…) starts at token ``k``: who follows it gives the figure."""
    hit = lookup("attribution", st.forms, k)
    return bool(hit) and hit[0][0] == "phrase"


def _with_fighters(st: Sent, k: int) -> bool:
    """The people noun at ``k`` is joined by و to one of the other class, one mixed group ("آلاف من
    المدنيين ومقاتلي المعارضة"، "مسلحين ومدنيين")."""
    kinds = {"civilian", "military"}
    here = victim_class(st, k)
    if here not in kinds or _counted_noun(st, k):
        return False  # "ثلاثة جنود وطفلين": a singular or dual noun is an item of its own
    other = (kinds - {here}).pop()
    for m in range(k + 1, min(len(st.toks), k + 5)):  # "المئات من أفراد الجيش والشرطة والمدنيين"
        if st.surf[m] in CLAUSE_END or st.out[m] or m in st.in_number:
            break
        if st.starts_with_wa(m) and victim_class(st, m) == other and not _counted_noun(st, m):
            # (not "أربعة مدنيين والمهاجمين الأربعة": the other group has a number of its own)
            return not (m + 1 < len(st.toks) and m + 1 in st.numbers)
    return k > 0 and st.starts_with_wa(k) and victim_class(st, k - 1) == other and k + 1 not in st.numbers


def _counted_noun(st: Sent, k: int) -> bool:
    """Whether the people noun at ``k`` counts by itself, a singular or a dual with no number of its
    own ("وامرأة"، "وطفلين"): an item of a list, not half of a mixed group."""
    hit = st.vic[k]
    return bool(hit) and hit[0][1] in ("sg", "du") and k not in st.in_number and (k + 1) not in st.in_number


def _singled_out(st: Sent, k: int) -> bool:
    """A breakdown at ``k`` that singles out one or two by a singular or dual noun ("بينهم امرأة"،
    "من بينهم شرطيان")."""
    if st.cue_role(k) != "breakdown":
        return False
    j = k + st.cue[k][1]  # past the whole cue: "من بينهم طفلة"
    hit = st.vic[j] if j < len(st.toks) else None
    if not hit or hit[0][1] not in ("sg", "du") or j in st.in_number:
        return False
    return hit[0][1] == "du" or (j + 1) not in st.in_number  # "صحافيان اثنان" is still two


def _mixed_breakdown(st: Sent, hi: int) -> bool:
    """A breakdown right after the figure ending at ``hi`` names both civilians and fighters
    ("بينهم مدنيون وعناصر من الشرطة"، "من بينهم أطفال وجنود")."""
    return {"civilian", "military"} <= _breakdown_kinds(st, hi)


def _breakdown_kinds(st: Sent, hi: int, whole: bool = False) -> set[str | None]:
    """The classes of the people nouns in a breakdown right after the figure ending at ``hi``
    ("40 شخصا، من بينهم أطفال ونساء" → civilian); empty where no breakdown follows, or, with
    ``whole``, where it singles out one or two or gives a number ("بينهم امرأة"، "بينهم 3 أطفال"),
    which does not tell the class of all."""
    n = len(st.toks)
    k = hi
    while k < n and k < hi + 3 and (st.surf[k] in QUOTES | CLAUSE_END or st.vic[k] or st.out[k] and k in st.used):
        k += 1  # over the figure's own people noun ("25 شخصا، بينهم") or casualty word ("88 قتيلا وجريحا بينهم")
    if whole and st.cue_role(k) != "breakdown":
        # "قتلت عشرات الأشخاص في الغوطة الشرقية، بينهم أطفال": over a place or time adjunct and its comma
        m = k
        while m < min(n, k + 8) and st.surf[m] not in (".", "؛", ";") and not st.out[m] and m not in st.in_number:
            if st.surf[m] in ("،", ",") and st.cue_role(m + 1) == "breakdown":
                k = m + 1
                break
            if st.cue_role(m) == "breakdown":  # "31 من الأبرياء بينهم أطفال"
                k = m
                break
            m += 1
    if st.cue_role(k) != "breakdown" or whole and (_singled_out(st, k) or k + 1 in st.in_number):
        return set()
    kinds = set()
    for m in range(k + 1, min(n, k + 10)):
        if st.surf[m] in CLAUSE_END or (st.out[m] and m not in st.used):
            break
        kinds.add(victim_class(st, m))
    return kinds


def _new_harm(st: Sent, k: int) -> bool:
    """A verb or noun of harm after و at ``k`` opens another figure ("واعتقال المنفذ"، not "والجرحى")."""
    return st.starts_with_wa(k) and st.out[k][0][1] in ("verb", "noun")


def victim_class(st: Sent, k: int) -> str | None:
    """The class of the people noun at token ``k``: passengers ("ركاب"، "مسافرين") are civilians,
    unless a military craft or base is named in the sentence or the title ("aboard")."""
    hit = st.vic[k]
    if not hit or _attack_adjective(st, k):
        return None
    kind = hit[0][0]
    if kind == "military" and k and st.cue_role(k - 1) == "not_class":
        return "civilian"  # "متظاهرين غير مسلحين"، "شاب غير مسلح": unarmed
    if kind == "passenger":
        return "aboard" if st.military_craft else "civilian"
    if hit[0][2:3] == ("member",) and _armed_wing_after(st, k):
        return "military"
    return kind


def _armed_wing_after(st: Sent, k: int) -> bool:
    """An armed wing is named within eight words after the member noun at ``k``, in its sentence
    ("ثلاثة ناشطين في سرايا القدس، الجناح المسلح لحركة الجهاد"، "ناشطي كتائب القسام، الجناح العسكري
    لحماس"): they are fighters."""
    for m in range(k + 1, min(len(st.toks), k + 9)):
        if st.surf[m] in (".", "؛", ";") or (st.out[m] and m not in st.used) or m in st.in_number:
            return False
        if st.cue_role(m) == "armed_wing":
            return True
    return False


def _attacker(st: Sent, k: int) -> bool:
    """Token ``k`` is a force carried by لـ right after an attack noun (units lexicon, kind "event"):
    "في قصف للجيش التركي"، "في غارة لطائرات التحالف": the force attacked; it is not the harmed."""
    if k == 0 or not st.vic[k] or not st.unit[k - 1] or st.unit[k - 1][0][0] != "event":
        return False
    f = st.forms[k]
    return f[0].startswith("لل") or f[0].startswith("ل") and f[0][1:] in f[1:]


def _attack_adjective(st: Sent, k: int) -> bool:
    """The singular people word at ``k`` describes the event noun before it, in the same
    definiteness ("هجوم مسلح"، "تفجير انتحاري"، "الهجوم الإرهابي"، "هجومين انتحاريين"): no people
    are named (but "هجوم المسلحين" names the attackers)."""
    j = k - 1
    if j < 0 or definite(st, j) != definite(st, k):
        return False
    event = bool(st.unit[j]) and st.unit[j][0][0] == "event"
    if st.vic[k][0][1] != "sg":
        # "في هجومين انتحاريين": a dual event noun takes its adjective in the dual, as a plural looks
        dual = st.forms[j][0].endswith(("ين", "ان")) and st.forms[k][0].endswith(("ين", "ان"))
        return event and dual and st.vic[k][0][1] in ("pl", "du")
    if event:
        return True
    # "في موقع عسكري"، "خلال عرض عسكري": a thing after a preposition, and its adjective (not a noun in
    # the accusative, which no genitive takes as its adjective: "أوقفت السلطات في إيران محاميا")
    if st.surf[k].endswith("ا") and not st.surf[j].endswith("ا"):
        return False
    return _after_preposition(st, j) and not (st.vic[j] or st.out[j] or st.cue_role(j) or j in st.in_number)


#: prepositions (and adverbs of place and time) that a noun follows, never a verb (lexicon figures_prepositions)
PREPOSITIONS = frozenset(row[0] for row in lexicon.table("figures_prepositions"))


def _after_preposition(st: Sent, j: int) -> bool:
    """Token ``j`` is a noun: it follows a preposition ("في موقع")."""
    return j > 0 and st.forms[j - 1][0] in PREPOSITIONS


def new_and_since(st: Sent, f: Figure, dates: Dates, published_year: str) -> None:
    """new: True for an addition ("40 قتيلا آخرين ... ليصل الإجمالي"، "خلال الساعات الـ24 الماضية"),
    False for a running total ("ارتفع إلى"، "حتى الآن"، "منذ ..."، "وخلفت الحرب")، else None."""
    n = len(st.toks)
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    hi = max(f.b, f.out_at + 1)
    roles = st.roles
    near = range(max(0, lo - 8), min(n, hi + 6))
    first = max([k for k in range(lo) if roles[k] == "clause"], default=0)
    last = min([k for k in range(hi, n) if roles[k] == "clause"], default=n)
    # "ليرتفع عدد القتلى إلى 1200"، "بلغ عدد القتلى 80": the number a toll rises to or reaches
    rise = any(roles[k] == "rise" and any(st.forms[m][0] == "الي" for m in range(k + 1, f.a)) for k in near)
    rise = rise or any(roles[k] == "reach" and k < f.a and _toll_between(st, k, f.a) for k in near)
    # "تجاوزت حصيلة ضحايا الأمطار في اليابان المئة قتيل": a toll exceeding its mark is a running total
    rise = rise or any(exceeded_toll(st, k, f.a) for k in range(max(first, lo - 10), lo))
    # "عدد المفقودين جراء الإعصار الذي يضرب الجزيرة بلغ 17": the toll word far before its verb
    rise = rise or (f.out_at >= 0 and f.out_at < f.a and toll_reached(st, f.a) == f.out_at)
    rise = rise or reached_over_relative(st, f.a) >= 0  # "بلغ عدد الجثث التي يعمل عليها المعهد 62 جثة"
    # "ارتفاع حصيلة القتلى الذين قضوا بعد ثوران البركان إلى 62": far, over a relative clause
    to = f.a - 1
    while to > lo and roles[to] in NUMBER_QUALIFIERS:
        to -= 1
    rise = rise or (to > first and st.forms[to][0] == "الي" and any(roles[k] == "rise" for k in range(first, to)))
    totals = ("total", "total_far", "total_before", "reach", "rise")
    more = any(roles[k] == "new" for k in range(hi, min(n, hi + 3)))
    if not rise and (
        more and any(roles[k] in totals for k in range(hi, n)) or "period_new" in roles[first:last]
    ):
        f.new = True  # "40 قتيلا آخرين ليصل الإجمالي إلى"، "150 شهيدا خلال الساعات الـ24 الماضية"
        return
    start = dates.since(st, f)
    if start is not None:
        f.new, f.since = False, start or None
        return
    if (
        rise
        or any(roles[k] == "total" for k in near)
        or "total_far" in roles[first:last]
        or "total_before" in roles[first:lo]
        or _war_toll(st, first, max(lo, f.a))  # (also between the verb and its number: "قتل في الحرب 10 آلاف")
        or _war_after(st, hi)
    ):
        f.new = False
        return
    # "ما يزال مكان أكثر من 100 منهن مجهولا"، "مركز احتجاز يضم عشرات المعارضين"، "قيد الاعتقال": those
    # held or missing now, a standing count
    state = f.out_at >= 0 and st.forms[f.out_at][0].startswith("قيد")
    # "فيما لا يزال 120 شخصا في عداد المفقودين"، "19 شخصاً لا يزالون في عداد المفقودين": still held or missing
    after = roles[f.b : min(len(roles), f.b + 2)]
    if f.outcome in ("captured", "missing") and (
        state or any(r in ("still", "hold") for r in roles[first : f.a]) or "still" in after
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


def _war_toll(st: Sent, first: int, lo: int) -> bool:
    """A war or conflict before the figure in its clause makes a running total ("وخلفت الحرب نحو
    10 آلاف قتيل")، unless another event between, after a comma, did the harm ("في الحرب العالمية
    الأولى، وبنفس اليوم من عام 2017، أسفر إطلاق نار عن مقتل 58")."""
    k = max((m for m in range(first, lo) if st.roles[m] in ("total_agent", "total_campaign")), default=-1)
    if k < 0:
        return False
    if st.roles[k] == "total_campaign" and not any(st.roles[m] == "caused" for m in range(max(first, k - 2), lo)):
        return False  # "المتحدث باسم العمليات العسكرية للشباب": a campaign named, not its toll
    return not any(st.surf[m] in ("،", ",") and st.starts_with_wa(m + 1) for m in range(k, lo))


def _war_after(st: Sent, hi: int) -> bool:
    """A war or conflict right after the figure, over its verb, with في or ب: its toll so far ("أكثر
    من 200 ألف قتيل سقطوا بالحرب الأهلية"، "قتل 10 آلاف شخص في النزاع"); not a war named further
    on ("قتل 12 مدنيا في غارة خلال الحرب": the toll of the strike)."""
    n = len(st.toks)
    k = hi
    while k < min(n, hi + 2) and (
        st.vic[k] or st.out[k] and st.out[k][0][1] == "verb" or st.forms[k][0].endswith("وا")  # a plural verb
    ):
        k += 1  # over the figure's people and its verb: "قتيل سقطوا بالحرب"
    if k < n and st.forms[k][0] == "في":
        k += 1
    elif not (k < n and st.surf[k].startswith("ب")):
        return False
    return k < n and st.cue_role(k) == "total_agent"


def _toll_between(st: Sent, k: int, a: int) -> bool:
    """A toll word by the verb that reaches the number: "بلغ عدد القتلى 80"، "عدد القتلى بلغ 80"،
    "ليصل الإجمالي إلى" (not "وصل إلى المستشفيات 150")."""
    return any(TOLL_WORDS & set(st.forms[m]) for m in range(max(0, k - 4), a))



def inherit(found: list[Figure], before: Figure | None = None) -> None:
    """Parts and additions share the reading of their head (new, since, victims); a head counted
    among civilians or fighters by its parts is so too; a figure with no people noun joined to the
    one before ("63 مدنيا قتلوا وأصيب 292") shares its victims, and so do "others" that open the
    sentence after the last figure (``before``): "مقتل ثمانية من جنوده. وأصيب 13 آخرون"."""
    prev: Figure | None = None
    while before is not None and before.part and before.head is not None:
        before = before.head  # "مقتل 14 شخصا، من بينهم قياديان. وإصابة 40 آخرين": others of the whole
    for f in found:
        h = f.head
        if h is not None and h.sent is f.sent:
            if f.new is None and h.new is not None:
                f.new = h.new
            if f.since is None and h.since is not None and f.new is not True:
                f.since, f.new = h.since, False
            # (a part of a size that is under half the whole leaves the rest untold: "350 ألف شخص
            # بينهم 106 آلاف مدني"; one of many words, "بينهم عشرات من القيادات", tells who they are)
            if (
                f.part
                and not f.some
                and f.victims != "unspecified"
                and h.victims == "unspecified"
                and (f.vague or f.count * 2 > h.count)
            ):
                h.victims = f.victims
        others = any(st_role == "new" for st_role in f.cues_after)
        if (
            f.victims == "unspecified"
            and prev is None
            and others
            and not f.person
            and before is not None
            and before.sent.index == f.sent.index - 1
        ):
            f.victims = before.victims
        if (
            f.victims == "unspecified"
            and prev is not None
            and not (f.person and not f.part)
            and (f.part or others or _gap(prev, f) <= 4)
        ):
            f.victims = prev.victims if not f.part or prev is h else f.victims
        if (
            others
            and prev is not None
            and prev.victims == "unspecified"
            and not prev.person
            and not prev.part
            and f.victims != "unspecified"
            and _gap(prev, f) <= 2
        ):
            prev.victims = f.victims  # "بمقتل ثلاثة وإصابة اثنين آخرين من مسلحي الحوثي": the others' kind
        if prev is not None and f.new is None and prev.new is not None and _gap(prev, f) <= 1:
            # "ارتفع عدد الضحايا إلى 11300 قتيل و10100 مفقود": joined figures share the tally
            f.new, f.since = prev.new, prev.since
        if prev is not None and f.head is prev and not f.part:  # "علاوة على وقوع العشرات أسرى"
            if f.new is None:
                f.new = prev.new
            if f.victims == "unspecified":
                f.victims = prev.victims
            if prev.new is None and f.new is False and f.since:
                # "مقتل 61 ... منذ الاثنين إلى جانب أكثر من 2400 جريح": the start holds for both
                prev.new, prev.since = False, f.since
        prev = f


def _gap(a: Figure, b: Figure) -> int:
    """Tokens between the end of figure ``a`` and the start of figure ``b``."""
    return min(b.a, b.out_at if b.out_at >= 0 else b.a) - max(a.b, a.out_at + 1)


def title_victims(doc: Doc, figures: list[Figure]) -> None:
    """ "فيديو لطاعن المارة": civilians the title names, or a scene that strikes the public ("حادث
    دهس"), tell the victims of the event's figures that name none of their own (running totals
    excepted)."""
    _, ranges = doc_forms(doc)
    titled = [s for s in doc.sentences if s.in_title]
    if not titled:
        return
    forms, (vic, cues, outs) = sentence_tags(doc, titled[0].index, ("victims", "cues", "outcomes"))
    # civilians the title names as harmed ("مقتل 5 مدنيين"), not only named or moved ("إجلاء سكان القرى")
    told = [hit[0][0] for hit in outs if hit and hit[0][:1]]
    harmed = any(hit and hit[0] == ("civilian", "pl") for hit in vic) and (
        any(o != "displaced" for o in told) if told else has_outcome(forms)
    )
    if not (harmed or any(hit and hit[0][0] == "civilian_scene" for hit in cues)):  # "مقتل 3 في حادث دهس"
        return
    for f in figures:
        single = f.new is None  # the toll of the titled event, not a war's running total
        if f.victims == "unspecified" and single and f.outcome in HARMED:
            f.victims = "civilian"


def report_tallies(figures: list[Figure]) -> None:
    """The figures a report gives ("كشف تقرير حقوقي عن مقتل 3021 مدنيا"، "ورصد التقرير 197 حالة
    اختطاف") are tallies over its period: running totals, counted from the start the report gives
    for any of them ("خلال الفترة من 21 مارس 2015")."""
    reports = [f for f in figures if f.source and _record_head(f.source.get("name", ""))]
    if not reports:
        return
    start = next((f.since for f in reports if f.since), None)
    for f in reports:
        if f.new is None:
            f.new = False
        if f.new is False and f.since is None:
            f.since = start


def _record_head(name: str) -> bool:
    """The source is named by a report (تقرير، التقرير، إحصائية)."""
    words = normalize(name).split()
    return bool(words) and words[0].removeprefix("ال") in _record_words()


@cache
def _record_words() -> frozenset[str]:
    """Words that name a report as a source (figures_attribution role report)."""
    return frozenset(normalize(r[0]).removeprefix("ال") for r in lexicon.table("figures_attribution") if r[1:2] == ("report",))

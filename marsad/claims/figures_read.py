"""Figures read from numbers: the casualty word that gives a count its outcome ("مقتل 9"، "40
قتيلا"، "63 مدنيا قتلوا")، lumped outcomes ("مقتل وإصابة 20")، parts and additions ("بينهم 40 طفلا"،
"إلى جانب 30 مدنيا")، qualifiers, and the numbers that count no harmed people (days, rockets, unit
labels, people freed, sentenced, advised or gone home). A casualty verb also reaches a number of
people far after it over places, dates and a "since" clause ("وقتل في الحرب منذ ... عام 2015 نحو 10
آلاف شخص")، and "their number is" sizes the harmed named before ("مقتل جميع ركابها البالغ عددهم 23").

>>> from marsad.pipeline import process
>>> doc = process("أسفر الهجوم عن مقتل وإصابة 20 شخصا", upto="casualties")
>>> [(c["count"], c["outcome"]) for c in doc.layers["casualties"]]
[(20, 'killed_or_injured')]
"""

from __future__ import annotations

from marsad import lexicon
from marsad.claims.figures_sentence import (
    ADJUNCT_ROLES,
    AGENT_ROLES,
    CLAUSE_END,
    COUNT_KINDS,
    NUMBER_QUALIFIERS,
    PRONOUN_SUFFIXES,
    QUOTES,
    TOLL_WORDS,
    Figure,
    Sent,
    breakdown_between,
    cue_ending_at,
    definite,
    nationality,
    negated,
    prev_word,
    suffixed,
    vague_time_units,
)
from marsad.claims.figures_words import lookup
from marsad.claims.statements_lexicon import nationalities
from marsad.text.normalize import normalize
from marsad.text.numbers import dual_stem

LEFT_BUDGET, RIGHT_BUDGET = 3, 2
#: how many tokens back a casualty verb still reaches a number of people (see ``_far_verb``)
FAR_REACH = 24
#: cue roles of a qualifier right before its number
QUALIFIER_ROLES = ("approximate", "at_least", "at_most", "at_least_verb", "approximate_verb")
#: how far past a number's من phrase its plural casualty verb may stand ("118 عنصرا من ... قتلوا")
RIGHT_PART_REACH = 12
#: how far after a toll the other side's number after مقابل may stand (see ``_contrasted``)
CONTRAST_REACH = 16
#: qualifier roles whose phrase's later words a scan passes freely (lexicon figures_cues: على الأقل)
_QUALIFIER_FREE = ("approximate", "at_least", "at_most", "at_least_after")
#: cue roles of a qualifier told after a number or its noun ("27 على الأقل"، "30 شخصا تقريبا")
QUALIFIERS_AFTER = ("at_least_after", "approximate_after")
_FAR_STOPS = ("far_stop", "sequel_stop", "relative", "clause", "negation", "release", "sentence")
_LUMP = {"killed", "injured"}
#: cue roles of a period ("خلال"، "خلال الساعات الـ24 الماضية")
_PERIODS = ("time_lead", "period_new")


#: how many words the name of a group may run between "من مقاتلي" and the casualty verb after it
GROUP_REACH = 9
# words from a victims noun to the بين of its split: "ضحايا على الأقل ما بين قتيل وجريح"
SPLIT_REACH = 5
#: من with the pronoun of a group named before: "ثلاثة منهم"، "اثنين منهما" (the number counts some of them)
OF_THEM = ("منهم", "منهن", "منها", "منهما")


def _restated(st: Sent, a: int, item: dict) -> bool:
    """Whether the number at token ``a`` stands in brackets right after a number of the same value
    that it restates: ``أربع (4)``. Not after another number: ``في شباط 2016 (29 قتيلا)`` is a toll
    after a year."""
    if a < 2 or st.surf[a - 1] != "(" or (a - 2) not in st.in_number:
        return False
    return any(s <= a - 2 <= e and it.get("value") == item.get("value") for s, (e, it) in st.numbers.items())


def number_figures(st: Sent) -> list[Figure]:
    out: list[Figure] = []
    skip: set[int] = set()
    for a in sorted(st.numbers):
        if a in skip:
            continue
        b, item = st.numbers[a]
        if item.get("kind") not in COUNT_KINDS or not isinstance(item.get("value"), int | float):
            continue
        if _not_people(st, a, b) or _restated(st, a, item):
            continue  # "أربع (4)": the digits restate the number before
        if _year_like(st, a, b, item):
            continue  # "الثوار الذين قتلوا في محاولة 1953": a year, not a count
        if _projected(st, a):
            continue  # "سيصبح عدد القتلى خمسة عندما نعثر على جثة": a toll only foreseen
        if _whole_restated(st, a):
            continue  # "87 من الضحايا المئة": the whole a part is of, told before
        if a and st.cue_role(a - 1) == "per":
            continue  # "بطيخة لكل ستة أسرى": a share per so many, no count (not "كل الـ30 راكبا")
        if _most_of(st, a):
            continue  # "بينهم غالبية الإعلاميين التسعة": most of them, how many not told
        if b < len(st.toks) and st.forms[b][0] == "منها" and any(
            st.unit[m] and st.unit[m][0][0] != "before" for m in range(max(0, a - 5), a)
        ):
            continue  # "13 هجوما، أدى 10 منها إلى مقتل 135": ten of the attacks
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
        part = st.cue_role(prev_word(st, a)) == "breakdown"
        if out_at > b < len(st.toks) and st.vic[b] and not sense_ok(st, out_at, a, b):
            # "قتل رجل 6 أشخاص طعنا": a word after the people that tells how, not what befell them;
            # the word before the number tells it
            outcome, out_at = _outcome(st, a, b, right_too=False)
            if out_at == -1 and not part:
                continue
        if out_at >= 0 and not sense_ok(st, out_at, a, b):
            if not part:
                continue  # "5 أسر" are five families, "وفرت الحكومة 5000 وظيفة" provided jobs
            # "بينهم 3 رجال طعنا"، "167 إصابة بجراح واختناق من بينهم 7 بحالة خطيرة": a word of
            # another sense beside a part; the part is its head's
            outcome, out_at = None, -1
        if _victims_word(st, out_at) and "fraud" in st.roles:
            continue  # "لاحتيالهما على 500 ضحية": victims of a fraud are no casualties
        if out_at == -2 or _advised(st, a) or rate(st, max(b, out_at + 1)):
            continue  # "يودي التدخين بحياة 6 ملايين شخص كل عام": a rate, not a toll
        if outcome in ("injured", "killed") and (
            _disease(st, max(b, out_at + 1))
            or any(st.cue_role(m) == "disease" for m in range(out_at + 1, a))  # "قتل مرض الحصبة 72 شخصا"
            or _disease_subject(st, out_at, a)  # "وباء الكوليرا الذي أصاب نحو مليون شخص"
        ):
            continue
        if outcome == "captured" and (
            _released(st, min(a, out_at))
            or _released_after(st, out_at)
            or _released_part(st, b)
            or _status_noun(st, out_at) and _escaped(st, min(a, out_at), max(a, out_at))
        ):
            continue  # "أفرجت عن 50 معتقلا"، "ثمانية من المعتقلين أطلق سراحهم": freed; "تمكن 6 سجناء من الهرب"
        if sentenced(st, min(a, out_at), max(a, out_at)) or _rescued(st, a):
            continue
        if outcome == "displaced" and (
            _returned(st, max(b, out_at + 1), st.out[out_at][0][1] != "verb") or _returning(st, min(a, out_at)) or _escaped(st, min(a, out_at), max(a, out_at))
        ):
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
        if outcome == "injured" and _to_death(st, max(b, out_at + 1)):
            fig.outcome = "killed"  # "طعن 3 أشخاص حتى الموت": wounds that killed
        if outcome == "missing" and _lost_fighters(st, out_at, a, b):
            fig.outcome = "killed"  # "فقدت الميليشيات اثنين من أبرز قادتها": a force's fighters lost
        if item.get("kind") == "vague" and _casualties(st, out_at):
            fig.outcome = "killed_or_injured"  # "سقوط عشرات الضحايا": victims of both kinds
        if _victims_word(st, out_at) and (split := _victims_split(st, max(b, out_at + 1), a, b)):
            fig.outcome = split  # "خمسة ضحايا على الأقل ما بين قتيل وجريح": the split tells what befell them
        if qualifier == "exact":
            qualifier = _qualifier(st, a, b, out_at)
        if item.get("kind") == "vague" and qualifier == "exact":
            qualifier = "at_least"
        fig.vague = item.get("kind") == "vague"
        fig.qualifier = qualifier
        if not outcome:
            head = _head(st, out, a, b)
            if head is None:
                continue
            fig.outcome, fig.head = head.outcome, head
            fig.some = _partitive(st, b)
            fig.part = st.cue_role(prev_word(st, a)) == "breakdown" or fig.some
            if (dual := _dual_before(st, a)) is not None:
                # "بينهم صحافيان اثنان": the noun tells the victims
                fig.a, fig.part, fig.some = dual, True, True
            if fig.outcome == "captured" and _released(st, fig.a):
                continue  # "اعتقل ثلاثة، لكن أفرج عن اثنين منهم"
        elif fig.out_at >= 0:
            head = next((h for h in reversed(out) if h.b <= a and breakdown_between(st, h.b, a)), None)
            if head is not None and (head.outcome == fig.outcome or out_at in st.used):
                # "1000 قتيل وجريح، بينهم عشرات": the part shares its head's casualty words
                fig.head, fig.part, fig.outcome = head, True, head.outcome
        if negated(st, min(a, out_at if out_at >= 0 else a)):
            continue
        st.used.add(out_at)
        out.append(fig)
    return out


def _most_of(st: Sent, a: int) -> bool:
    """ "غالبية الإعلاميين التسعة"، "معظم الـ20": a word of "most" (cue role most) before the
    number, or before the definite people noun the number follows."""
    k = a - 1
    if k >= 0 and _people_noun(st, k) and definite(st, k):
        k -= 1
    return k >= 0 and st.cue_role(k) == "most"


def _whole_restated(st: Sent, a: int) -> bool:
    """The number at ``a`` is a definite adjective ("المئة"، "الثلاثة") of the definite casualty or
    people noun of a partitive after another number: "87 من الضحايا المئة" (87 of the hundred
    victims) counts a part; the hundred is the whole, told before."""
    k = a - 1
    if k < 3 or not st.forms[a][0].startswith("ال") or not (st.out[k] or st.vic[k]) or not definite(st, k):
        return False
    return st.forms[k - 1][0] == "من" and (k - 2) in st.in_number


def _year_like(st: Sent, a: int, b: int, item: dict) -> bool:
    """A bare four-digit number from 1900 to 2099 with no people noun after it and a noun (not a
    casualty word or a qualifier) before it reads as a year: "في محاولة 1953"، "أحداث 2011"."""
    text = str(item.get("text", ""))
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099) or b - a != 1:
        return False
    if b < len(st.toks) and (st.vic[b] or st.out[b] or b in st.in_number):
        return False  # "قتل 1953 شخصا"
    if b + 1 < len(st.toks) and st.forms[b][0] == "من" and st.vic[b + 1]:
        return False  # "قتلت أكثر من 2000 من المسلحين"
    qualifiers = (*NUMBER_QUALIFIERS, "range_start", "range_to", "total", "rise", "reach")
    if a == 0 or not st.toks[a - 1].is_word or any(st.out[m] or st.vic[m] for m in range(max(0, a - 2), a)):
        return False  # "ارتفع عدد القتلى إلى 1950"
    if _phrase_rest(st, a - 1):
        return False  # "أكثر من 2000": the last word of a qualifier phrase
    return st.cue_role(a - 1) not in qualifiers and st.forms[a - 1][0] not in TOLL_WORDS


def _not_people(st: Sent, a: int, b: int) -> bool:
    """A number of days, kilometres, dollars, rockets, houses..., or a label ("اللواء 102")."""
    k = a - 2 if a > 1 and st.forms[a - 1][0] == "ال" else a - 1  # "الساعات الـ24"
    if a > 1 and st.surf[a - 1] in ("-", "–") and st.toks[a - 2].is_word and st.toks[a - 2].end == st.toks[a - 1].start:
        return True  # "الميراج-2005"، "إف-16": a model's number joined to its name by a hyphen
    if k >= 0 and st.unit[k] and st.unit[k][0][0] in ("before", "time", "distance", "age", "measure"):
        # (not a day's date before a count of people: "وقتل اليوم 60 شخصا"، "وشيع السكان اليوم 60 قتيلا")
        dated = k in st.in_date and b < len(st.toks) and bool(st.vic[b] or st.out[b])
        if not dated:
            return True  # "اللواء 102"، "يوم واحد": a label, or the number of the thing before
    if k >= 0 and st.vic[k] and st.vic[k][0][1] == "group" and _one(st.forms[a]):
        return True  # "ينتمون إلى أسرة واحدة": one family, of no size
    if k != a - 1 and k >= 0 and st.forms[k][0] == "في":
        # "مقتل شاب في الـ22": a person in his twenty-second year; "عجوز أمريكية في الـ92 تقتل ابنها":
        # no people counted after في الـ. An age either way
        if k >= 1 and st.vic[k - 1] and st.vic[k - 1][0][1] == "sg":
            return True
        if not (b < len(st.toks) and (st.vic[b] or st.unit[b])):
            return True
    j = b
    while j < len(st.toks) and st.surf[j] in QUOTES:
        j += 1
    if j + 1 < len(st.toks) and st.forms[j][0] in ("و", "وال") and j + 1 in st.numbers:
        # "في الـ15 والـ16 من عمرهما": two numbers joined by و share the unit after the second
        j2 = st.numbers[j + 1][0]
        if j2 < len(st.toks) and st.unit[j2] and st.unit[j2][0][0] in ("age", "time"):
            return True
    if j < len(st.toks) and st.cue_role(j) == "warrant":
        return True  # "لدينا 205 مذكرة توقيف": the number counts warrants, not those wanted
    bi = j < len(st.toks) and st.toks[j].prefix_len > 0 and st.surf[j].lstrip("وف").startswith("ب")
    if j < len(st.toks) and st.unit[j] and st.unit[j][0][0] != "before" and not bi:
        # "20 حالة وفاة": a unit followed by a casualty word counts people; "أصيب 20 بحالات
        # اختناق": with ب it tells how they were harmed, not what was counted
        case = st.unit[j][0][0] == "case" and j + 1 < len(st.toks) and st.out[j + 1]
        return not (st.vic[j] or st.out[j] or case)
    return False


def _outcome(st: Sent, a: int, b: int, right_too: bool = True) -> tuple[str | None, int]:
    right = _scan(st, b, +1, RIGHT_BUDGET) if right_too else None
    if right and _own_one(st, right[0]):
        right = None  # "تم استدعاء 11 شخصا وألقي القبض على أحدهم": the arrest is of one of them
    # "قتلوا أو جرحوا في 25 نزاعا": a number right after في counts where or when, not the harmed
    # (but "تنفيذ حكم الإعدام في 12 مدانا": an execution is carried out on people)
    where = a > 0 and st.forms[a - 1][0] == "في" and not (a > 1 and st.out[a - 2] and st.out[a - 2][0][1] == "noun")
    left = None if where else _scan(st, a - 1, -1, LEFT_BUDGET)
    if right and left:  # "جثث 21 محتجزا"، "إصابة 3 معتقلين": on a tie the word before leads
        pick = right if right[1] < left[1] or (right[1] == left[1] and _conjoined(st, a)) else left
        if pick is left and left[0] in st.used and _conjoined(st, a):
            pick = right  # "131 قتيلا وعشرات الآلاف يعيشون في العراء": the word before is the other number's
        # "احتجزت الميليشيات عشرات النازحين": a verb or noun of harm over its subject acts on people
        # a status noun names (النازحين، المعتقلين); the status is who they are, not what befell them
        if pick is right and _status_noun(st, right[0]) and left[1] <= 3 and st.out[left[0]][0][1] in ("verb", "noun"):
            pick = left
        # "راح ضحيتها عشرات القتلى والجرحى"، "أسفر عن مقتل عشرات القتلى والجرحى": the pair after the
        # number names the harm, not the word before it
        if pick is left and right[1] <= left[1] and _partner(st, right[0], 1) is not None:
            pick = right
        # "راح ضحيتها العشرات بين قتيل وجريح": a split after the number says what befell them
        if pick is left and _split_after(st, right[0]):
            pick = right
        # "في السجون وأماكن الاحتجاز 28 شخصا توفوا": a verbal noun with the article governs no number
        # after it; the people's own verb says what befell them
        if pick is left and st.out[left[0]][0][1] == "noun" and definite(st, left[0]) and _plural_verb(st, right[0]):
            pick = right
        # "فقدنا ثلاثة من الموظفين قتلوا في الانفجار": those lost were killed, as the verb after says
        if (
            pick is left
            and st.out[left[0]][0][2:3] == ("lost",)
            and st.out[right[0]][0][:2] == ("killed", "verb")
            and st.surf[right[0]].endswith("وا")  # (a plural verb of theirs, not "في غرق عبارة")
        ):
            pick = right
    else:
        pick = right or left
    if not pick:
        far = _far_verb(st, a, b)
        if far < 0:
            far = toll_reached(st, a)
        if far < 0:
            far = _verb_after_part(st, b)
        if far < 0:
            far = _risen_count(st, a, b)
        if far < 0:
            far = _among_over_relative(st, a, b)
        if far < 0:
            far = _verb_past_phrase(st, b)
        if far < 0:
            return None, -1
        pick = (far, FAR_REACH)
    elif pick is left and pick[1] >= 2 and _label(st, a, b) and not _numeral_two(st, a) and not _event_subject(st, pick[0], a):
        return None, -1  # "مقتل قائد كتيبة الاتصالات 481": a unit's number
    k = pick[0]
    if (
        st.out[k][0][2:3] == ("fate",)
        and k + 1 < len(st.toks)
        and st.out[k + 1]
        and st.out[k + 1][0][2:3] != ("fate",)
        and fate_known(st, k)
    ):
        k += 1  # "و3 لم يعرف مكان مقتلهم": the place of their killing, not their whereabouts
    if pick is right and (died := _died_after(st, a, b, k)) >= 0:
        k = died  # "اثنين من الجرحى ... فارقوا الحياة متأثرين بجراحهم": the wounded who died
    if not_done(st, k):
        return None, -2  # "تهدد بإعدام 6 أشخاص": a harm only threatened or tried
    outcome = _lumped(st, k, a, b)
    return (outcome, k) if outcome else (None, -2)


def one_nationality_before(st: Sent, i: int) -> int | None:
    """The indefinite singular of a nationality right before the و at ``i``, itself right after a
    casualty noun (over a quote mark), with a number after the و: "مقتل "إيراني و4 سوريين" (one
    Iranian); its index."""
    k = i - 1
    if k < 1 or i + 1 not in st.numbers or definite(st, k) or not nationality(st, k):
        return None
    if st.surf[k].endswith(("ون", "ين", "يون")):
        return None  # a plural of origin is no one person
    h = k - 1
    if st.surf[h] in QUOTES:
        h -= 1
    return k if h >= 0 and st.out[h] and st.out[h][0][1] == "noun" else None


def _split_after(st: Sent, k: int) -> bool:
    """The casualty word at ``k`` opens a split of the counted after بين ("العشرات بين قتيل وجريح")."""
    return k > 0 and st.forms[k - 1][0] == "بين" and _partner(st, k, 1) is not None


def _event_subject(st: Sent, k: int, a: int) -> bool:
    """The casualty verb at ``k`` has an attack or blast for its subject in the two words after it,
    so the number at ``a`` is its object, not a label: "وقتلت سلسلة تفجيرات بكابول العشرات"."""
    if not st.out[k] or st.out[k][0][1] != "verb":
        return False
    return any(st.unit[m] and st.unit[m][0][0] == "event" for m in range(k + 1, min(a, k + 3)))


def _died_after(st: Sent, a: int, b: int, k: int) -> int:
    """A verb of death after "N من الجرحى" (the wounded noun at ``k`` in a من phrase after the number),
    before the sentence ends or another number: "اثنين من الجرحى ممن أسعفوا، فارقوا الحياة"; -1 if none."""
    if not (b < len(st.toks) and st.forms[b][0] == "من" and k == b + 1 and st.out[k]):
        return -1
    if st.out[k][0][:2] != ("injured", "person"):
        return -1
    for m in range(k + 1, min(len(st.toks), k + 14)):
        if st.surf[m] in (".", "؛", ";") or m in st.in_number:
            return -1
        if st.out[m] and st.out[m][0][:2] == ("killed", "verb"):
            return m
    return -1


def _status_noun(st: Sent, k: int) -> bool:
    """The casualty word at ``k`` is a plural noun of the harmed themselves (النازحين، المعتقلين)."""
    hit = st.out[k]
    return bool(hit) and hit[0][1] == "person" and hit[0][0] != "killed"


def _far_verb(st: Sent, a: int, b: int) -> int:
    """The casualty word far before a number of people, over a place, a date or a "since" clause:
    "وقتل في الحرب ... منذ شرع التحالف في حملته عام 2015 نحو 10 آلاف شخص"; or the one that a
    "their number is" sizes: "مقتل جميع من كانوا على متنها وعددهم 11". It stops at a punctuation
    mark, another count, a new clause ("التي"، "كما"، "أن") or a conjunction; -1 if none."""
    j = prev_word(st, a) if a > 0 else -1
    while j >= 0 and st.cue_role(j) in NUMBER_QUALIFIERS:
        j -= 1
    sized = j >= 0 and (st.cue_role(j) == "count_of" or st.cue_role(j - 1) == "count_of")
    if sized:
        j -= 1 if st.cue_role(j) == "count_of" else 2
        if j >= 0 and st.surf[j] in ("،", ","):
            j -= 1  # "مقتل جميع من كانوا على متنها، وهم 15 راكبا"
    elif not (b < len(st.toks) and st.vic[b]):
        return -1  # "10 آلاف شخص": only a number of people reaches this far
    agent = -1  # a force named as the verb's subject
    for k in range(j, max(-1, a - FAR_REACH), -1):
        if st.out[k]:
            if sized:
                return k
            nxt = k + 1  # "وقتل في الحرب ..." (no subject), not "وأصيب الجندي خلال عملية ..."
            # "وقتل خلال الأيام الثلاثة الماضية 5 أشخاص": a period after the verb is no subject either
            free = nxt in st.in_date or st.cue_role(nxt) in (*ADJUNCT_ROLES, *_PERIODS) or nxt == agent
            return k if st.out[k][0][1] == "verb" and free else -1
        role = st.cue_role(k)
        if st.surf[k] in ("،", ",") and _dated_lead(st, k + 1, a):
            continue  # "وقتل في الحرب ... دوليا، عام 2015 نحو 10 آلاف شخص": a comma before its date
        if st.surf[k] in ("،", ",") and ((k - 1) in st.in_date or (k + 1) in st.in_date):
            continue  # "وقتل في معركة المطار، الثلاثاء، أكثر من 250 عنصرا": a day set off by commas
        if role == "release" and st.cue_role(k - 1) == "battle":
            role = None  # "وقتل في معركة تحرير المطار": a battle's name frees no one
        if role == "relative" and st.cue_role(k + 1) == "happened" or role == "happened" and st.cue_role(k - 1) == "relative":
            continue  # "وأصيب في الزلزال الذي وقع الأحد مئات الأشخاص": a clause of when it happened
        if st.surf[k] in CLAUSE_END or role in _FAR_STOPS:
            return -1
        if (
            st.vic[k] and st.vic[k][0][0] == "military" and definite(st, k) and st.vic[b][0][0] != "military"
        ) or role == "authority":
            # "وقتل الجيش الإسرائيلي يوم الجمعة، 16 فلسطينيا"، "وأوقفت السلطات على خلفية الاحتجاجات
            # أكثر من 450 شخصا": the force is who did it
            agent = k
            continue
        if st.vic[k] and not sized and not _adjective(st, k):
            return -1  # people named between are the verb's subject or another group
        if k in st.in_number:
            item = st.numbers.get(k, (0, {}))[1]
            if item.get("kind") in COUNT_KINDS and not (sized and _model_number(st, k)):
                return -1  # (but "ركاب البوينغ 777 وطاقمها، وعددهم 298": a model's number)
        elif st.forms[k][0] == "و" or st.starts_with_wa(k) and role != "count_of":
            if sized and st.vic[k]:
                continue  # "قتل جميع ركاب الطائرة وطاقمها، وعددهم 298": the crew is sized too
            return -1
    return -1


def _model_number(st: Sent, k: int) -> bool:
    """The number at ``k`` names a model or a thing after a definite noun that is no people and no
    casualty word, and no people noun follows it without و: "ركاب البوينغ 777 وطاقمها"."""
    if k < 1 or k not in st.numbers:
        return False
    e, m = st.numbers[k][0], k - 1
    if not st.toks[m].is_word or st.out[m] or st.vic[m] or st.cue[m] or not definite(st, m):
        return False
    return not (e < len(st.toks) and st.vic[e] and not st.starts_with_wa(e))


def _verb_after_part(st: Sent, b: int) -> int:
    """The plural casualty verb after a number's people and the من phrase that says of whom: "118
    عنصرا من مختلف القوات الأمنية والعسكرية قتلوا"، "20 شخصا من سكان القرية أصيبوا"، "لقي اثنان من
    حراس القرى حتفهم"; -1 if none.
    No punctuation, number or other casualty word may stand between."""
    n = len(st.toks)
    if b + 1 < n and st.forms[b][0] == "من" and st.vic[b + 1]:
        start = b + 1  # "لقي اثنان من حراس القرى حتفهم": a number word with no noun of its own
    elif b + 1 < n and st.vic[b] and st.forms[b + 1][0] == "من":
        start = b + 2
    else:
        return -1
    k, stop = start, min(n, start + RIGHT_PART_REACH)
    while k < stop:
        if st.cue_role(k) == "breakdown" and k + 1 in st.in_number:
            # "35 مقاتلا من قوات النظام والموالين له بينهم تسعة مقاتلين روس لقوا حتفهم": past the part
            k = st.numbers[k + 1][0] if k + 1 in st.numbers else k + 2
            while k < n and (st.vic[k] or _nisba_word(st, k)) and not st.out[k]:
                k += 1
            stop = min(n, k + 1)
            continue
        if st.surf[k] in ("#", "_") or (
            st.surf[k] in ("،", ",") and k + 1 < n and st.out[k + 1] and st.forms[k + 1][0].endswith(PRONOUN_SUFFIXES)
        ):
            k += 1  # "لقي 20 عنصرا من #ميليشيا_الحوثي الانقلابية، مصرعهم": a hashtag, a comma before the harm
            continue
        if st.surf[k] in CLAUSE_END or k in st.in_number or st.cue_role(k) in _FAR_STOPS:
            return -1
        if st.out[k]:
            # a plural verb ("قتلوا") or a plural pronoun on the word of death ("لقي … حتفهم")
            return k if st.forms[k][0].endswith(("وا", *PRONOUN_SUFFIXES)) else -1
        k += 1
    return -1


def _dual_nisba(st: Sent, k: int) -> bool:
    """A dual in the nominative with no casualty sense ("بريطانيان"، "أمريكيان": two people of a
    country; a dual by :func:`marsad.text.numbers.dual_stem`)."""
    w = st.forms[k][0]
    return st.toks[k].is_word and w.endswith("ان") and not st.out[k] and st.cue_role(k) is None and bool(dual_stem(w))


def _nisba_word(st: Sent, k: int) -> bool:
    """An indefinite plural of origin after a part's people ("مقاتلين روس"، "جنود أتراك"): a word
    of two to five letters with no casualty sense, standing before the verb."""
    return st.toks[k].is_word and not st.forms[k][0].startswith("ال") and 2 < len(st.forms[k][0]) <= 5 and st.cue_role(k) is None


def _dated_lead(st: Sent, i: int, a: int) -> bool:
    """Whether the tokens ``[i, a)`` before a number are only a date and qualifiers ("عام 2015 نحو")."""
    span = range(i, a)
    return (
        bool(span)
        and any(k in st.in_date for k in span)
        and all(
            k in st.in_date
            or st.cue_role(k) in ("approximate", "at_least", "at_most", "since")
            or st.forms[k][0] in ("عام", "العام", "سنه", "السنه")
            for k in span
        )
    )


def exceeded_toll(st: Sent, k: int, a: int) -> bool:
    """A verb of exceeding or nearing at ``k`` with a toll word right after it (عدد، حصيلة) and no
    clause mark before the number at ``a``: "تجاوزت حصيلة ضحايا الأمطار الغزيرة في اليابان المئة"."""
    return (
        st.cue_role(k) in ("at_least_verb", "approximate_verb")
        and k + 1 < a
        and bool(TOLL_WORDS & set(st.forms[k + 1]))
        and not any(st.surf[m] in CLAUSE_END for m in range(k + 1, a))
    )


def toll_reached(st: Sent, a: int) -> int:
    """The toll word of "عدد المفقودين جراء الإعصار الذي يضرب الجزيرة بلغ 17"، "ارتفع عدد القتلى
    في الهجوم الذي استهدف السوق إلى 30": a verb of reaching (with إلى) or إلى right before the
    number, and عدد or حصيلة with a casualty word before it in the same clause, over a relative
    clause; -1 if none."""
    j = prev_word(st, a) if a > 0 else -1
    verbal = False  # "عدد القتلى يتجاوز 20": a qualifier that is a present verb of exceeding
    while j >= 0 and st.cue_role(j) in NUMBER_QUALIFIERS:
        # (لايتعدى: the negation written joined to the verb)
        verbal = verbal or (st.cue_role(j) in ("at_least", "at_most") and st.surf[j].removeprefix("لا")[:1] in "يت")
        j -= 1
    if verbal and j >= 0 and st.cue_role(j) == "negation":
        j -= 1  # "عدد النازحين لا يتعدى 4 آلاف": a bound on the toll, not a negation of it
    # "وكان عدد القتلى منذ الأحد قد تجاوز 500 شخص": a verb of exceeding reaches the toll too
    reach = ("reach", "at_least_verb", "approximate_verb")
    if j < 0 or not (verbal or st.cue_role(j) in reach or st.forms[j][0] == "الي"):
        return reached_over_relative(st, a)
    verb = verbal or st.cue_role(j) in reach
    toll = -1
    k = j + 1 if verbal else j
    harm = -1  # the casualty word nearest the start seen so far, and whether a relative opened its clause
    relative = False
    while k - 1 > max(-1, j - FAR_REACH):
        k -= 1
        if st.surf[k] in ("،", ",") and (c := _relative_aside(st, k)) is not None:
            k = c  # "ارتفع عدد ضحايا هجوم فرنسا، الذي وقع الجمعة في كاركاسون، إلى أربعة"
            continue
        if st.surf[k] in ("،", ",") and k == j - 1 and st.forms[j][0] == "الي":
            continue  # "ارتفع عدد الذين قتلوا منذ بدء التظاهرات، إلى 141": a pause before إلى
        # (a day is no other count: "منذ بدء الاحتجاجات في 30 آذار/مارس الماضي إلى 53")
        if st.surf[k] in CLAUSE_END or (k in st.in_number and k in st.numbers and k not in st.in_date):
            break
        verb = verb or st.cue_role(k) in ("reach", "rise")
        if toll < 0 and st.out[k] and k > 0 and st.forms[k - 1][0] in TOLL_WORDS:
            toll = k
        if st.out[k]:
            harm, relative = k, False
        # (the harm is the relative's own verb, right after it: not "الذين شاركوا في الاحتجاجات ضد القتل")
        relative = relative or (0 <= harm - k <= 3 and st.cue_role(k) == "relative")
        if toll < 0 and relative and st.forms[k][0] in TOLL_WORDS:
            # "عدد الإرهابيين الذين تم إلقاء القبض عليهم خلال عملية المداهمة ارتفع إلى خمسة"
            toll = harm
    if verb and toll >= 0:
        return toll
    return reached_over_relative(st, a)  # "الجرحى الذين وصل عددهم إلى 120"


def _relative_aside(st: Sent, i: int) -> int | None:
    """The comma that opens a relative clause set off by commas and closed by the comma at ``i``
    ("عدد ضحايا الهجوم، الذي وقع الجمعة في كاركاسون، إلى أربعة"), if there is one within
    RELATIVE_ASIDE tokens with no number and no other clause mark in it."""
    for m in range(i - 1, max(-1, i - RELATIVE_ASIDE), -1):
        if st.surf[m] in CLAUSE_END:
            return m if m + 1 < i and st.cue_role(m + 1) == "relative" else None
        if m in st.in_number and m in st.numbers:
            return None
    return None


#: how many tokens a relative clause set off by commas may hold
RELATIVE_ASIDE = 12


def _projected(st: Sent, a: int) -> bool:
    """A verb of becoming or rising in the future (cue role projected) before the number at ``a``
    in its clause: "سيصبح عدد القتلى خمسة" (not "الحصيلة سترتفع، وقد قتل 20")."""
    for m in range(a - 1, max(-1, a - 1 - PROJECTED_REACH), -1):
        if st.surf[m] in CLAUSE_END or st.surf[m] in ("،", ","):
            return False
        if st.cue_role(m) == "projected":
            return True
    return False


def _risen_count(st: Sent, a: int, b: int) -> int:
    """The casualty word of "يرتفع إلى 96 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا": a
    verb of rising and إلى before the number, عدد right after it, then the counted and a relative
    clause whose verb is the casualty word, in one clause; -1 if none."""
    if a < 2 or st.cue_role(a - 2) not in ("reach", "rise") or st.forms[a - 1][0] != "الي":
        return -1
    if b >= len(st.toks) or st.forms[b][0] not in TOLL_WORDS:
        return -1
    relative = False
    for m in range(b + 1, min(len(st.toks), b + RISEN_REACH)):
        if st.surf[m] in CLAUSE_END or m in st.in_number:
            return -1
        if st.cue_role(m) == "relative":
            relative = True
        elif relative and st.out[m]:
            return m
    return -1


#: how far before a number a verb of becoming in the future may stand (سيصبح عدد القتلى خمسة)
PROJECTED_REACH = 4
#: how far past عدد the casualty verb of a risen count may stand
RISEN_REACH = 14


def _among_over_relative(st: Sent, a: int, b: int) -> int:
    """The casualty noun of "وكان بين قتلى التفجيرين اللذين وقعا في العاصمة تسعة صحافيين": بين before it, a
    relative clause after it, then a number of people, in one clause; -1 if none."""
    if not (b < len(st.toks) and st.vic[b]):
        return -1
    relative = False
    for k in range(a - 1, max(0, a - RISEN_REACH), -1):
        if st.surf[k] in CLAUSE_END or (k in st.in_number and k not in st.in_date):
            return -1
        if st.cue_role(k) == "relative":
            relative = True
        elif st.out[k] and relative:  # (one inside the relative clause is passed over)
            return k if st.forms[k - 1][0] == "بين" and st.out[k][0][1] != "verb" else -1
    return -1


#: how far before its number a toll may open over a relative clause ("ارتفاع أعداد قتلى الضربات، التي
#: استهدفت منطقة الكسوة في القطاع الجنوبي الغربي من ريف دمشق، إلى 15")
TOLL_OVER_RELATIVE = 20


#: how many words of where they are from may stand between the harmed and the relative that sizes them
#: ("النازحين من الغوطة الشرقية، الذين يقدر عددهم")
SIZED_FROM = 5


def _sized_before(st: Sent, rel: int) -> int:
    """The casualty word right before the relative at ``rel``, or before a phrase of where they are
    from (من or في, then words, then a comma): "النازحين من الغوطة الشرقية، الذين"; -1 if none."""
    k = rel - 1
    if k >= 0 and st.out[k]:
        return k
    if k >= 0 and st.surf[k] in ("،", ","):
        k -= 1
        if k >= 0 and st.out[k]:
            return k  # "النازحين، الذين يقدر عددهم"
    for m in range(k, max(-1, k - SIZED_FROM), -1):
        if not st.toks[m].is_word or m in st.in_number:
            return -1
        if st.forms[m][0] in ("من", "في") and m > 0 and st.out[m - 1]:
            return m - 1
    return -1


def reached_over_relative(st: Sent, a: int) -> int:
    """The casualty word of "بلغ عدد القتلى الذين سقطوا في الهجوم 30 شخصا": a verb of reaching or rising, then
    عدد or حصيلة and a casualty word, then a relative clause up to the number, in one clause; or of
    "القتلى الذين بلغ عددهم 853": the casualty word, a relative, a verb of reaching, عدد with the
    relative's pronoun and the number (إلى between them or not); -1 if none."""
    j = prev_word(st, a) if a > 0 else -1
    while j >= 0 and st.cue_role(j) in NUMBER_QUALIFIERS:
        j -= 1  # "الذين بلغ عددهم نحو 853"
    if j >= 0 and st.forms[j][0] == "الي":
        j = prev_word(st, j)  # "الذين وصل عددهم إلى 853"
    if j >= 3 and st.forms[j][0] not in TOLL_WORDS and any(f in TOLL_WORDS for f in st.forms[j][1:]):
        verb, rel = j - 1, j - 2  # (عددهم: the toll word carries a pronoun)
        if st.cue_role(verb) in ("reach", "rise", "at_least_verb", "estimate") and st.cue_role(rel) == "relative":
            k = _sized_before(st, rel)
            if k >= 0 and st.out[k][0][1] == "person":
                return k
    for k in range(max(0, a - TOLL_OVER_RELATIVE), a - 3):
        if st.cue_role(k) not in ("reach", "rise") or st.forms[k + 1][0] not in TOLL_WORDS or not st.out[k + 2]:
            continue
        between = range(k + 3, a)
        # (commas that set the relative clause off: "، التي استهدفت …، إلى 15")
        aside = {m for m in between if st.surf[m] in ("،", ",") and (st.cue_role(m + 1) == "relative" or st.forms[m + 1][0] == "الي")}
        if any(st.surf[m] in CLAUSE_END and m not in aside or m in st.in_number for m in between):
            return -1
        return k + 2 if any(st.cue_role(m) == "relative" for m in between) else -1
    return -1


def _adjective(st: Sent, k: int) -> bool:
    """The people word at ``k`` describes the definite noun before it ("النزاع المسلح")."""
    return k > 0 and definite(st, k) and definite(st, k - 1) and not st.vic[k - 1]


def _conjoined(st: Sent, a: int) -> bool:
    """The number at ``a`` opens a new conjunct with و ("عشرة قتلى وعشرة جرحى"، "القتلى وآلاف
    المصابين"): the casualty word after it is its own, not the one before."""
    item = st.numbers[a][1] if a in st.numbers else None
    t = st.toks[a]
    if item is not None and item["start"] > t.start and st.surf[a][:1] == "و":
        return True
    j = a - 1
    while j >= 0 and (st.cue_role(j) in NUMBER_QUALIFIERS or _phrase_rest(st, j)) and not st.starts_with_wa(j):
        j -= 1  # "وأكثر من 190": over the rest of a qualifier
    if j >= 0 and st.cue_role(j) in NUMBER_QUALIFIERS and st.starts_with_wa(j):
        return True  # "15 قتيلا ونحو 190 جريحا"
    return a > 0 and st.forms[a - 1][0] == "و"


def _label(st: Sent, a: int, b: int) -> bool:
    """The number follows a word that is nothing to a figure and no people come after it."""
    k = a - 1
    if k < 0 or not st.toks[k].is_word or st.out[k] or st.vic[k] or k in st.in_date:
        return False
    if st.cue[k] and st.cue_role(k) != "estimate":
        return False  # (a verb of estimating sizes a toll only over its relative's عددهم: "رجل يبلغ الثمانين")
    if st.forms[k][0] in ("من", "بين", "صفوف", "عدد", "تعداد", "في", "ب", "به", "بها", "الي", "علي", "عن", "ال"):
        return False  # "القبض على ستة"، "يحتجز به المئات"، "الركاب الـ18"
    if b < len(st.toks) and (st.forms[b][0].endswith(("يا", "يين", "يون")) or nationality(st, b)):
        return False  # "199 إسرائيليا"، "63 فلسطينية": a nisba noun counts people
    if st.surf[a].startswith("بال"):
        return False  # "عدد القتلى يقدر بالعشرات": a vague number sizes the toll
    # (not "وقد جرح في العملية أربعة منهم": "of them" says the number counts people)
    return not (b < len(st.toks) and (st.vic[b] or st.out[b] or (st.forms[b][0] == "من" or st.forms[b][0] in OF_THEM)))


def _people_after(st: Sent, b: int) -> bool:
    """People right after a number ending before ``b``: a people noun or من ("7 من معاونيه")."""
    return b < len(st.toks) and (bool(st.vic[b]) or st.forms[b][0] == "من")


def _scan(st: Sent, i: int, step: int, budget: int) -> tuple[int, int] | None:
    """The nearest casualty word from token ``i`` in direction ``step``, and what it cost to reach."""
    cost = 0
    n = len(st.toks)
    origin = i
    if step > 0 and _dative(st, i) and not (st.out[i] and st.out[i][0][0] == "displaced" and st.out[i][0][1] == "noun"):
        return None  # "و8.500 لأبناء الضحايا": a sum given to them (but "دفعت 11 مليونا للنزوح": driven to flee)
    while 0 <= i < n:
        if step > 0 and st.out[i] and st.out[i][0][2:3] == ("near",) and i > 0 and st.vic[i - 1]:
            # "77 عسكريا وأفراد أسرهم قد قتلوا": after a noun, أسرهم is their families (a word that
            # harms only a number right after it is no harm after one)
            cost += 2
            budget -= 1
            if budget < 0:
                return None
            i += step
            continue
        if step > 0 and st.out[i] and one_of_them(st, i + 1):
            return None  # "خمسة أشخاص قتل أحدهم": the verb's subject is one of them, not the number
        if st.out[i] and not (step > 0 and st.starts_with_wa(i)):
            return i, cost
        if st.out[i] and st.out[i][0][1] == "noun" and st.surf[i].endswith(("هم", "هن")):
            return i, cost  # "إطلاق النار على 10 أشخاص وإعدامهم": their execution, told of them
        if st.out[i]:
            return None  # "قتل 2 وأصيب 19": a new clause with its own casualty word
        if step < 0 and i > 0 and st.out[i - 1] and st.out[i - 1][1] > 1:
            i -= 1  # "إعدامات بحق ستة رهائن": the last word of a casualty phrase costs nothing
            continue
        surf, f = st.surf[i], st.forms[i][0]
        role = st.cue_role(i)
        if step > 0 and role in ("suspect", "attempt", "threat"):
            return None  # "18 شخصا يشتبه في قتلهم": those after it did the harm, or only tried it
        if role == "far_stop" and (step > 0 or not (st.surf[i].startswith("ال") or _topic_before(st, i))):
            # "اعتقلت السلطات ثلاثة أشخاص بعدما أصيب 71": a new clause has its own harm; and back,
            # "قالت جماعة لإغاثة المصابين إن 13 مدنيا لقوا مصرعهم": the word before إن is the speaker's
            # (but "قال مصدر عن المصابين إن سبعة منهم": what he spoke about is the number's)
            return None
        if step > 0 and role == "kin":
            return None  # "1500 حاج من ذوي شهداء الجيش"، "المئات من أهالي الضحايا": their relatives
        if step < 0 and f == "بين" and i > 0 and not st.out[i - 1] and st.forms[i - 1][0] != "ما":
            return None  # "في مواجهة مسلحة بين 60 جهاديا والقوات": a side of the fight (not "قتل بين 10 و15")
        if step < 0 and st.starts_with_wa(i) and not st.vic[i] and st.out[i - 1] and st.forms[i - 1][0].endswith("وا"):
            return None  # "2295 مدرسا قتلوا ودمرت أكثر من 1400 مدرسة": the verb had its subject; a new one its object
        if step < 0 and role == "sequel_stop":
            return None  # "قبض عليه في أعقاب رفع اثنين من أتباعه قضية": the number is in a clause of its own
        if step < 0 and role == "hand":
            return None  # "قتل على يد مجموعة من 15 سعوديا": a number after "by the hand of" counts the doers
        if i in st.in_date or role == "since":
            i += step
            continue
        if step < 0 and role == "affect" and i > 0 and st.out[i - 1]:
            i += step  # "حملة اعتقالات طالت عشرات الأشخاص": the harm reached them
            continue
        if i in st.in_number and (span := _duration_at(st, i)):
            i = span[0] - 1 if step < 0 else span[1]  # "قتل الجيش في الأيام الثلاثة 5 مسلحين": days, not people
            cost += 1
            continue
        if i in st.in_number:
            prev = prev_word(st, i) if step > 0 else i
            if step > 0 and i in st.numbers and _conjoined(st, i):
                # "39 من المعارضة و39 من الجيش قتلوا": conjoined numbers share the verb after them,
                # not the other's own counted noun ("راح ضحية المجزرة 17 شخصا و12 جريحا")
                j = st.numbers[i][0]
                if _counted_harmed(st, j) and any(st.vic[m] for m in range(origin, i)):
                    return None
                i = j
                cost += 1
                continue
            if step < 0 and (start := _conjunct_before(st, i)) is not None:
                i = start - 1  # "مقتل أربعة مدنيين والمهاجمين الأربعة": over the first conjunct
                cost += 1
                continue
            if not (step > 0 and st.cue_role(prev) == "breakdown"):
                return None
            i += step
            cost += 1
            continue
        if step > 0 and surf == "(" and (close := next((m for m in range(i + 1, min(n, i + 6)) if st.surf[m] == ")"), None)):
            i = close + 1  # "خمسة من أعضاء جناحها المسلح (كتائب القسام) من بين القتلى": a name in brackets costs nothing
            continue
        if step > 0 and role == "were" and (m := _were_clause(st, i)) is not None:
            return m, cost + 2  # "12 شخصا كانوا في الموقع لقوا حتفهم": over their relative clause
        if step < 0 and surf in _DASHES and (j := _dash_aside(st, i)) is not None:
            i = j  # "حيث قتل - بحسب تقارير - 10 أشخاص": over an aside between dashes
            continue
        if surf in QUOTES or (step > 0 and f == "قد" and i + 1 < n and st.out[i + 1]):
            i += step  # "100 منهم قد قتلوا": قد before the verb costs nothing
            continue
        if surf in CLAUSE_END:
            # "1000 قتيل وجريح، بينهم عشرات": a breakdown reaches back over its comma
            if step < 0 and st.cue_role(i + 1) == "breakdown":
                i += step
                continue
            # "ومن بين الموقوفين، حوالي 7500 عسكري": a part of the harmed named just before the comma
            if step < 0 and surf in ("،", ",") and _among_harmed(st, i - 1):
                i += step
                continue
            # "اعتقلت قوات الاحتلال، فجر اليوم، 25 فلسطينيا": over a short aside between commas
            if step < 0 and surf in ("،", ",") and (j := _aside(st, i)) is not None:
                i = j
                continue
            # "إضافة إلى 16 مدنيا، قتلوا إثر قصف": a plural verb right after the comma is theirs
            # "أكثر من 40 عنصرا من ميليشيات الحوثي الانقلابية، قتلوا": and over their من-phrase
            if step > 0 and surf in ("،", ",") and (cost == 0 or _of_phrase_before(st, i)) and _plural_verb(st, i + 1):
                i += 1
                cost += 1
                continue
            # "لأكثر من 50 ألف شخص، ظلوا رهن الاحتجاز": over the comma to a verb of remaining
            if step > 0 and surf in ("،", ",") and cost == 0 and st.cue_role(i + 1) == "still":
                i += 1
                cost += 1
                continue
            # "نحو 300 فلسطيني، معظمهم من منفذي الهجمات، قتلوا": over a short aside to the verb
            if step > 0 and surf in ("،", ",") and (j := _aside_after(st, i)) is not None:
                i = j
                cost += 1
                continue
            # "اختطف المسلحون منذ نحو أربع سنوات، 276 فتاة": over a time adverb before the object
            if step < 0 and surf in ("،", ",") and (j := _time_aside(st, i)) is not None:
                i = j
                continue
            # "وقتل رضوان لقديم المغربي الأصل، 4 أشخاص": over the subject, set off by a comma
            if step < 0 and surf in ("،", ",") and (j := _subject_aside(st, i)) is not None:
                i = j
                continue
            return None
        if f == "و" and step > 0 and (i + 1) in st.numbers:
            if _counted_harmed(st, st.numbers[i + 1][0]) and any(st.vic[m] for m in range(origin, i)):
                return None  # "17 شخصا و 12 جريحا": the other number's own counted noun
            i = st.numbers[i + 1][0]  # "15 رجلا و 12 امرأة قتلوا": over the conjoined number
            cost += 1
            continue
        if f == "و" and step < 0 and i > 0 and st.vic[i - 1] and st.vic[i - 1][0][1] in ("sg", "du"):
            i += step  # "مقتل جندي و3 مدنيين": the number joined to one or two harmed before it
            cost += 1
            continue
        if f == "و" and step < 0 and (k := one_nationality_before(st, i)) is not None:
            i = k - 1  # "مقتل إيراني و4 سوريين": one of a nationality, joined to the number after it
            cost += 1
            continue
        if f == "و" and step < 0 and i + 1 in st.numbers and _people_after(st, st.numbers[i + 1][0]):
            i += step  # "مقتل القيادي مالك أحمد و7 من معاونيه": a و written apart from its digits, as in "وسبعة"
            continue
        if f == "و":
            return None
        if role == "breakdown" and step > 0 and i + 1 < n and _dual_nisba(st, i + 1):
            i += 2  # "لقي ثمانية أشخاص بينهم بريطانيان حتفهم": two of a people are a part with a size
            cost += 1
            continue
        if (
            role == "breakdown"
            and step > 0
            and f not in OF_THEM  # "100 منهم قتلوا": the number is the part
            and not any(m in st.in_number for m in range(i + 1, min(n, i + 3)))
            # "لقي أربعة أشخاص بينهم امرأة مصرعهم": one or two are a part with a size
            and not (i + 1 < n and st.vic[i + 1] and st.vic[i + 1][0][1] in ("sg", "du"))
            # "27 شخصا بينهم أحد مسؤولي الحزب اعتقلوا": and "one of" is a part of one
            and not (i + 1 < n and st.cue_role(i + 1) == "one_of")
            # "عشرات الأشخاص بينهم أطفال ونساء أصيبوا": the verb after the part is the whole's
            and not _part_then_verb(st, i)
        ):
            return None  # "6 آلاف شخص بينهم ضحايا": a part with no size says nothing of the whole
        if step > 0 and st.vic[i] and i > 0 and st.forms[i - 1][0] == "من" and (j := _group_name_verb(st, i)) is not None:
            return j, cost  # "1500 من مقاتلي وحدات حماية الشعب الكردي وقوات الدفاع الذاتي قضوا"
        if (
            step > 0
            and cost > 0
            and st.vic[i]
            and st.vic[i][0][1] == "sg"
            and not definite(st, i)
            and _before_quotes(st, i) not in st.in_number  # not "بينهم 40 طفلا"، 'و71 "فردا تكفيريا" قتلوا'
            and not _counted_noun_before(st, i)  # nor its adjective: "و71 فردا إرهابيا قتلوا"
            and st.cue_role(i - 1) != "breakdown"  # nor "بينهم امرأة مصرعهم"
        ):
            return None  # "شيع الآلاف جثمان شاب قتل": a singular noun past other words is a new subject
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
                "all",
            )
            or f in ("من", "بين", "صفوف", "عدد", "ال")
            or f in OF_THEM  # "100 منهم قتلوا"
            or (step < 0 and f in ("في", "ب"))
        ):
            free = (
                st.vic[i]
                or f == "ال"
                or role in ("approximate", "at_least", "at_most", "at_least_after", "all")
            )
            cost += 0 if free else 1
            i += step
            continue
        if role == "still" and step > 0:
            i += step  # "14 صحافيا في اليمن لا يزالون يقبعون في سجون": "still" costs nothing
            while i < n and i in st.in_cue and st.cue_role(i) is None:
                i += step
            continue
        if _phrase_rest(st, i) and i - 1 in st.in_cue and st.cue_role(i - 1) in _QUALIFIER_FREE:
            i += step  # "122 على الأقل فلسطينيا قتلوا": the rest of the qualifier phrase costs nothing
            continue
        if st.unit[i] and st.unit[i][0][0] == "case" and step > 0 and i + 1 < n and st.out[i + 1]:
            i += step  # "20 حالة وفاة"
            continue
        # "20 شخصا في المدينة قتلوا": a place word after في is where they were, not what was counted
        placed = step > 0 and i > 0 and st.cue_role(i - 1) == "verb_adjunct" and bool(st.unit[i]) and st.unit[i][0][0] == "place"
        if st.unit[i] and step > 0 and not placed or role == "negation" or (step < 0 and role == "relative"):
            return None
        if role == "clause" and (step > 0 or i + 1 >= n or st.forms[i + 1][0] != "في"):
            # "تجاوز 500 شخص فيما بلغ عدد المصابين 2500": a new clause, its own count; and back over
            # it, "عشرة آلاف قتيل بينما يواجه ملايين الأشخاص خطر المجاعة": the word is the clause before's
            # (but a place compared with no verb shares it: "باريس (130 قتيلا) كما في مدريد (162)")
            return None
        cost += 2
        budget -= 1
        if budget < 0:
            return None
        i += step
    return None


def _part_then_verb(st: Sent, i: int) -> bool:
    """After the breakdown word at ``i``, people nouns of no size (أطفال، أطفال ونساء) and then a
    plural casualty verb: "30 شخصا بينهم أطفال أصيبوا" (the verb tells what befell all of them)."""
    j = i + 1
    while j < len(st.toks) and j - i <= PART_NOUNS and st.vic[j] and j not in st.in_number:
        j += 1
    return j > i + 1 and _plural_verb(st, j)


#: how many people nouns a part of no size may hold before the verb of the whole
PART_NOUNS = 3


def _counted_harmed(st: Sent, j: int) -> bool:
    """The word at ``j`` names the harmed as a number's counted noun (lexicon kinds person, sg:
    "12 جريحا"، "3 قتلى"), not a verb or verbal noun that people conjoined before it may share."""
    return j < len(st.toks) and bool(st.out[j]) and st.out[j][0][1] in ("person", "sg")


#: how many words an indefinite relative clause with كانوا may hold before the casualty verb
WERE_CLAUSE = 10


def _were_clause(st: Sent, i: int) -> int | None:
    """The casualty word right after an indefinite relative clause that كانوا at ``i`` opens ("12
    شخصا كانوا في الموقع لقوا حتفهم"، "15 عسكريا كانوا على متن الطائرة مصرعهم"): a plural verb or
    the idiom's noun with their pronoun, with no clause mark, number or other casualty word
    between; else None."""
    for m in range(i + 1, min(len(st.toks), i + 1 + WERE_CLAUSE)):
        if st.surf[m] in CLAUSE_END or m in st.in_number:
            return None
        if st.out[m]:
            idiom = st.forms[m][0].startswith(("حتف", "مصرع")) and st.surf[m].endswith(("هم", "هن"))
            if st.out[m][0][0] == "displaced":
                return None  # "20 سجينا كانوا في السجن فروا": fled from where they were held
            return m if m > i + 1 and (_plural_verb(st, m) or idiom) else None
    return None


def _before_quotes(st: Sent, i: int) -> int:
    """The token before ``i`` over quotation marks: '71 "فردا' gives the 71."""
    j = i - 1
    while j >= 0 and st.surf[j] in QUOTES:
        j -= 1
    return j


def _counted_noun_before(st: Sent, i: int) -> bool:
    """The token before ``i`` is a people noun right after a number: the singular at ``i`` describes
    it ("71 فردا إرهابيا"، "12 مسلحا متطرفا"), no new subject."""
    j = _before_quotes(st, i)
    return j >= 0 and bool(st.vic[j]) and _before_quotes(st, j) in st.in_number


def _topic_before(st: Sent, i: int) -> bool:
    """The casualty word right before token ``i`` is what a speaker spoke about: "قال عن الجرحى إن"."""
    return i >= 2 and bool(st.out[i - 1]) and st.forms[i - 2][0] == "عن"


def _number_at(st: Sent, i: int) -> int | None:
    """The first token of the number that token ``i`` is in, if any."""
    return next((a for a, (b, _) in st.numbers.items() if a <= i < b), None)


def _duration_at(st: Sent, i: int) -> tuple[int, int] | None:
    """The tokens of the number of time that token ``i`` is in ("الأيام الثلاثة"، "3 أيام")."""
    a = _number_at(st, i)
    if a is None or st.numbers[a][1].get("kind") != "duration":
        return None
    return a, st.numbers[a][0]


def _group_name_verb(st: Sent, i: int) -> int | None:
    """After "من" and the people noun at ``i`` ("من مقاتلي"، "من عناصر"), the casualty verb that
    follows the name of their group, a run of words only (no punctuation, number, cue or other
    casualty word): "1500 من مقاتلي وحدات حماية الشعب الكردي وقوات الدفاع الذاتي قضوا", or the
    split of the harmed after بين ("30 من القوات الحكومية والميليشيات الإيرانية بين قتيل وجريح")."""
    for j in range(i + 1, min(len(st.toks), i + 1 + GROUP_REACH)):
        if st.out[j]:
            # "30 من القوات الحكومية والميليشيات الإيرانية بين قتيل وجريح": a split after بين as well
            split = st.forms[j - 1][0] == "بين" and j - 1 > i + 1
            ok = (st.out[j][0][1] == "verb" or split) and not st.starts_with_wa(j)
            return j if ok and j > i + 1 else None
        if st.forms[j][0] == "بين" and j + 1 < len(st.toks) and st.out[j + 1]:
            continue  # "... بين قتيل وجريح": the split of the harmed follows
        if not st.toks[j].is_word or j in st.in_number or st.cue_role(j) or st.vic[j] and st.vic[j][0][1] == "sg":
            return None
    return None


def _dative(st: Sent, i: int) -> bool:
    """The word right after a number carries the preposition لـ ("لأبناء"، "للضحايا"، "القصص
    لمختطفين"): a counted noun never does, so the number counts something else (a sum in a list of
    sums, stories)."""
    if not 0 <= i < len(st.toks):
        return False
    clitics = st.surf[i][: st.toks[i].prefix_len]  # split off by the tokenizer: "ول"، "لل"، "ال"
    if clitics.endswith("ال"):
        clitics = clitics[:-2]  # the article ("العراقيين") is no preposition
    elif clitics.endswith("لل"):
        clitics = clitics[:-1]  # لـ + the article ("للضحايا")
    return "ل" in clitics


def _own_one(st: Sent, k: int) -> bool:
    """The casualty word at ``k`` has "one of them" or one person for its object, right after it or
    after على ("وألقي القبض على أحدهم"، "وألقي القبض على شخص"، "وقتل أحدهم"): it tells of one, not of
    the number before it."""
    j = k + 1
    if j < len(st.toks) and st.forms[j][0] == "علي":
        j += 1
    if j >= len(st.toks) or j in st.in_number or (j + 1) in st.in_number:
        return False
    one = bool(st.vic[j]) and st.vic[j][0][1] == "sg" and not definite(st, j)
    # (a verb of its own, with و on it or on the verb of its phrase: "وألقي القبض على شخص")
    wa = st.starts_with_wa(k) or k > 0 and st.starts_with_wa(k - 1) and not st.out[k - 1]
    return one_of_them(st, j) or one and wa


def one_of_them(st: Sent, j: int) -> bool:
    """The token at ``j`` is "one of them" (أحدهم، إحداهما، إحداهن: cue role one_of with a pronoun)."""
    return (
        j < len(st.toks)
        and st.cue_role(j) == "one_of"
        and normalize(st.surf[j]).endswith(("هم", "هما", "هن"))
    )


def _among_harmed(st: Sent, i: int) -> bool:
    """The token at ``i`` is the harmed themselves (a casualty word of kind person) right after
    "بين" ("من بين القتلى"، "ومن بين الموقوفين")."""
    return (
        i > 0
        and bool(st.out[i])
        and st.out[i][0][1] == "person"
        and st.forms[i - 1][0] == "بين"
    )


_DASHES = ("-", "–", "—")


def _dash_aside(st: Sent, i: int) -> int | None:
    """The token before a short aside between dashes closed by the dash at ``i`` ("- بحسب تقارير -"),
    with no casualty word or number in it; else None."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if st.surf[j] in _DASHES:
            return j - 1 if j < i - 1 else None
        if st.out[j] or j in st.in_number or not st.toks[j].is_word:
            return None
    return None


def _aside(st: Sent, i: int) -> int | None:
    """The comma that opens a short aside closed by the comma at ``i`` ("، فجر اليوم،"), if any."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if st.surf[j] in ("،", ","):
            return j - 1 if j < i - 1 else None
        if st.out[j] or j in st.in_number or not st.toks[j].is_word:
            return None
    return None


def _aside_after(st: Sent, i: int) -> int | None:
    """The token after a short aside opened by the comma at ``i`` and closed by the next comma ("،
    معظمهم من منفذي الهجمات،"), when a casualty verb follows it; else None."""
    n = len(st.toks)
    part = i + 1 < n and st.cue_role(i + 1) == "breakdown"  # "230 مدنيا، من بينهم 35 طفلا، قتلوا"
    for j in range(i + 1, min(n, i + 7)):
        if st.surf[j] in ("،", ","):
            return j + 1 if j > i + 1 and j + 1 < n and st.out[j + 1] else None
        if st.out[j] or j in st.in_number and not part or not (st.toks[j].is_word or j in st.in_number):
            return None
    return None


#: how many words the subject between a casualty verb and a comma before its object may hold
SUBJECT_ASIDE = 6


def _subject_aside(st: Sent, i: int) -> int | None:
    """The casualty verb whose subject (or an adjunct: no people noun) stands between it and the
    comma at ``i``, when a number of people follows the comma ("وقتل رضوان لقديم المغربي الأصل، 4
    أشخاص خلال الهجوم"); else None."""
    n = len(st.toks)
    if i + 1 not in st.numbers or (e := st.numbers[i + 1][0]) >= n or not st.vic[e]:
        return None
    for m in range(e + 1, n):  # (not "أصيب الرئيس، 3 أشخاص من حرسه قتلوا": their own verb after them)
        if st.surf[m] in CLAUSE_END:
            break
        if st.out[m]:
            return None
    for j in range(i - 1, max(-1, i - 2 - SUBJECT_ASIDE), -1):
        if st.out[j]:
            return j if j + 1 < i and st.out[j][0][1] == "verb" else None
        if not st.toks[j].is_word or j in st.in_number or st.cue_role(j) or st.vic[j]:
            return None
    return None


#: how many words the من-phrase of a number's people may hold before a comma and their verb
OF_PHRASE = 5
#: how many words of من- and في-phrases a number's people may have before the comma and their verb
PHRASE_REACH = 8


def _of_phrase_before(st: Sent, i: int) -> bool:
    """The words before the comma at ``i`` are a من-phrase of at most :data:`OF_PHRASE` words right
    after a people noun or a number ("40 عنصرا من ميليشيات الحوثي الانقلابية،")."""
    for j in range(i - 1, max(0, i - 2 - OF_PHRASE), -1):
        if st.forms[j][0] == "من":
            return j > 0 and (bool(st.vic[j - 1]) or j - 1 in st.in_number)
        if not st.toks[j].is_word or st.out[j]:
            return False
    return False


def _verb_past_phrase(st: Sent, b: int) -> int:
    """The plural casualty verb right after the comma that closes من- and في-phrases of at most
    :data:`PHRASE_REACH` words after the people counted at ``b``, with perhaps an aside in brackets
    last: "أكثر من 30 عنصرا من الميليشيات في جبهة الساحل (جنوب المدينة)، لقوا مصرعهم"، "291
    شخصا في أنحاء البلاد، أصيبوا"؛ -1 if none."""
    n = len(st.toks)
    if not (b + 1 < n and st.vic[b] and st.forms[b + 1][0] in ("من", "في")):
        return -1
    i, words = b + 1, 0
    while i < n and words <= PHRASE_REACH:
        if st.surf[i] == "(":
            close = next((m for m in range(i + 1, min(n, i + 6)) if st.surf[m] == ")"), None)
            if close is None or close + 1 >= n or st.surf[close + 1] not in ("،", ","):
                return -1
            i = close + 1
        if st.surf[i] in ("،", ","):
            return i + 1 if _plural_verb(st, i + 1) else -1
        if not st.toks[i].is_word or st.out[i] or i in st.in_number:
            return -1
        i += 1
        words += 1
    return -1


def _plural_verb(st: Sent, i: int) -> bool:
    """The token at ``i`` is a casualty verb in the plural with no conjunction (قتلوا، أصيبوا)."""
    return (
        0 <= i < len(st.toks)
        and bool(st.out[i])
        and st.out[i][0][1] == "verb"
        and st.forms[i][0].endswith("وا")
        and not st.starts_with_wa(i)
    )


def _phrase_rest(st: Sent, j: int) -> bool:
    """The word at ``j`` is a later word of a cue phrase, which has no role of its own (من in "أكثر من")."""
    return st.cue_role(j) is None and j in st.in_cue


def _one_after_noun(st: Sent, i: int) -> bool:
    """The number word at ``i`` is "one" (واحد، واحدة) right after a singular people noun ("طفل واحد")."""
    return st.forms[i][0] in ("واحد", "واحده") and i > 0 and bool(st.vic[i - 1]) and st.vic[i - 1][0][1] == "sg"


def _conjunct_before(st: Sent, i: int) -> int | None:
    """The first token of a number and its people noun ending at token ``i`` + 1, right before a
    definite people noun joined by و ("مقتل أربعة مدنيين والمهاجمين الأربعة": the attackers share the
    verbal noun over the civilians); else None."""
    start = _number_at(st, i)
    if start is None:
        return None
    e = st.numbers[start][0]
    if e >= len(st.toks) or not st.vic[e] or e + 1 >= len(st.toks):
        return None
    k = e + 1
    return start if st.starts_with_wa(k) and st.vic[k] and definite(st, k) else None


def _time_aside(st: Sent, i: int) -> int | None:
    """The casualty verb right before a time adverb closed by the comma at ``i``
    ("خطف منذ أربع سنوات، 20 طالبا"، "اعتقلت الشرطة خلال الأيام الماضية، 30 شخصا"), if any."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if not st.toks[j].is_word and j not in st.in_number:
            return None
        if j in st.numbers and st.numbers[j][1].get("kind") in COUNT_KINDS:
            return None  # "قتل 5 منذ ...، 3 آخرين": a figure of its own
        if st.out[j]:
            return None
        if st.cue_role(j) in ("since", "time_lead"):
            for k in range(j - 1, max(-1, j - 6), -1):  # the verb, maybe its subject and a comma
                if st.out[k]:
                    return k
                if k in st.in_number or st.cue_role(k) or not st.toks[k].is_word and st.surf[k] not in "،,":
                    return None
            return None
    return None


def _partner(st: Sent, k: int, step: int) -> int | None:
    """The casualty word joined to token ``k`` by و or أو, of the same kind: "مقتل وإصابة"، "قتيل
    وجريح"، "قتلوا أو أصيبوا" (one number for either)."""
    kind = st.out[k][0][1] if st.out[k] else None
    if step > 0:
        j = k + 1
        if j < len(st.toks) and st.forms[j][0] in ("و", "او"):
            j += 1
        elif not (j < len(st.toks) and st.starts_with_wa(j)):
            return None
        ok = j < len(st.toks) and st.out[j]
    elif k >= 2 and st.forms[k - 1][0] == "او":
        j = k - 2
        ok = bool(st.out[j])
    else:
        j = k - 1
        ok = j >= 0 and st.out[j] and st.starts_with_wa(k)
    if not ok:
        return None
    if step > 0 and st.out[j][0][1] == "du" and st.out[k][0][1] != "du":
        return None  # "11 قتيلا وجريحين": two wounded, a count of their own
    if any(st.forms[x][0].startswith(("حتف", "مصرع")) and st.forms[x][0] != "مصرع" for x in (j, k)):
        return None  # "لقي 3 حتفهم وأصيب اثنان": the idiom closes its own clause (not "مصرع وإصابة 14")
    if "او" in (st.forms[k + 1][0] if step > 0 else st.forms[k - 1][0],) and {
        st.out[k][0][0],
        st.out[j][0][0],
    } != _LUMP:
        return None  # "قتلوا أو فقدوا": أو joins only the killed and the injured into one number
    kinds = {kind, st.out[j][0][1]}
    same = kinds <= {"sg", "person", "du", "adj"} or kinds <= {"noun", "verb"}
    return j if same else None


def _lumped(st: Sent, k: int, a: int, b: int) -> str | None:
    """ "مقتل وإصابة"، "قتيل وجريح"، "القتلى والجرحى" (and "والأسرى" besides): one number for killed
    and injured; a chain of other outcomes ("اعتقال وخطف واغتيال للعشرات") gives the number no single
    outcome (None)."""
    outcome = st.out[k][0][0]
    chain = {outcome}
    if _either_other(st, k):
        return None  # "مقتل أو اعتقال 20 متطرفا": killed or held, which not told
    for step in (1, -1):
        j = k
        while (nxt := _partner(st, j, step)) is not None:
            if _own_number(st, nxt, step, a, b) or _own_subject(st, nxt, step):
                break  # "12 مدنيا قتلوا وأصيب نحو 30"، "طفلا قتل وأصيب 4": each verb has its number
            chain.add(st.out[nxt][0][0])
            st.used.add(nxt)
            j = nxt
    if len(chain) == 1:
        return outcome
    # "عشرات القتلى والجرحى والأسرى": the killed and the injured lumped, with others besides
    return "killed_or_injured" if chain >= _LUMP else None


def _either_other(st: Sent, k: int) -> bool:
    """Casualty word ``k`` is joined by أو to a word of capture, or is one joined to a harm:
    "مقتل أو اعتقال"، "قتلوا أو اعتقلوا"."""
    for o in (k - 2, k + 2):
        if 0 <= o < len(st.toks) and st.forms[(k + o) // 2][0] == "او" and st.out[o]:
            pair = {st.out[k][0][0], st.out[o][0][0]}
            if "captured" in pair and len(pair) == 2:
                return True  # (not "قتلوا أو فقدوا", read as the killed)
    return False


def _own_number(st: Sent, j: int, step: int, a: int, b: int) -> bool:
    """A number other than ``[a, b)`` stands near casualty word ``j`` on its far side."""
    k = j + step
    free = 0  # "16 شخصا على الأقل قد قتلوا وجرح المئات": a qualifier and قد cost nothing
    while abs(k - j) <= 4 + free:
        if 0 <= k < len(st.toks) and (st.forms[k][0] == "قد" or k in st.in_cue and st.cue_role(k) in (None, *_QUALIFIER_FREE)):
            free += 1
            k += step
            continue
        if not 0 <= k < len(st.toks) or st.surf[k] in CLAUSE_END or st.out[k]:
            return False
        if k in st.in_number:
            # not "في 25 نزاعا"، nor a span of time ("بين قتيل وجريح في الأشهر التسعة الأولى"), nor
            # "one" after a noun ("قتيلا وجريحا معظمهم من أسرة واحدة": one family)
            # ("ومفقود واحد": "one" right after the casualty word itself is its own count)
            one = (
                _one(st.forms[k])
                and k > 0
                and k - 1 != j
                and st.toks[k - 1].is_word
                and (not st.vic[k - 1] or st.vic[k - 1][0][1] == "group")
            )
            return (
                not a <= k < b
                and not (k > 0 and st.forms[k - 1][0] == "في")
                and _duration_at(st, k) is None
                and not one
            )
        k += step
    return False


#: "one" (numbers lexicon, value 1), which the numbers layer leaves to the noun before it ("رجلا واحدا")
_ONE = frozenset(row[0] for row in lexicon.table("numbers_words") if row[1:3] == ("1", "n"))


def _one(forms: tuple[str, ...]) -> bool:
    return any(f in _ONE or f.endswith("ا") and f[:-1] in _ONE for f in forms)


def _own_subject(st: Sent, j: int, step: int) -> bool:
    """A singular or dual people noun stands right before casualty verb ``j`` ("أن طفلا قتل وأصيب 4"،
    "أن شخصين آخرين قتلا وأصيب 18"), or
    the verb after و has its own people right after it ("العشرات قتلوا وجرح آخرون")."""
    if not st.out[j] or st.out[j][0][1] != "verb":
        return False
    if step > 0:
        k = j + 1  # (also "قتلوا وأصيب آخر بجروح": another one, role another)
        own = k < len(st.toks) and (bool(st.vic[k]) or st.cue_role(k) == "another")
        return own and k not in st.in_number and st.starts_with_wa(j)
    k = j - 1
    while k > 0 and (k in st.in_cue or st.cue_role(k) in QUALIFIERS_AFTER):
        k -= 1  # "إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين": over the qualifier
    if k > 0 and (k in st.in_number or _one(st.forms[k])) and st.vic[k - 1]:
        k -= 1  # "رجلا واحدا": the noun before its number word
    if k > 0 and st.forms[k][0].startswith("اخر") and st.vic[k - 1]:
        k -= 1  # "أن شخصين آخرين قتلا وأصيب 18"
    if k < 0 or not st.vic[k]:
        return False
    if any(st.cue_role(m) == "one_of" for m in range(max(0, k - 2), k)):
        return True  # "أن أحد رجال الشرطة قتل وأصيب خمسة آخرون": one of them
    return st.vic[k][0][1] in ("sg", "du")


#: cue roles of how badly people were hurt, right after a part's number (بجروح، بحالة خطيرة، حرجة)
HURT = ("wounds", "severity")


def _group_before(st: Sent, prev: Figure, j: int) -> bool:
    """Whether the "they are" at token ``j`` comes right after the figure ``prev``: after its people noun
    ("ثلاثين شخصا هم")، or after its number where it has none, a qualifier between them costing nothing
    ("ارتفاع الخسائر البشرية إلى 27 على الأقل هم 6 من قوات النظام")."""
    k = prev_word(st, j)
    role, first = cue_ending_at(st, k) if k >= 0 else (None, k)
    if role in QUALIFIERS_AFTER:
        k = prev_word(st, first)
    return (k == prev.b and bool(st.vic[prev.b])) or k == prev.b - 1


def _head(st: Sent, found: list[Figure], a: int, b: int) -> Figure | None:
    """The figure a number without a casualty word belongs to: "بينهم 40 طفلا"، "إلى جانب 30 مدنيا"،
    "ارتفع إلى 66 بعد أن كان 49"."""
    if not found:
        return None
    prev = found[-1]
    if any(
        k in st.numbers and st.numbers[k][1].get("kind") in COUNT_KINDS and not _one_after_noun(st, k)
        for k in range(prev.b, a)
    ):  # (not "بينهم طفل واحد و13 سيدة": "one" is the noun's adjective)
        return None  # "محاصرة نحو ألف ... من بينهم نحو مئة": a part of another number
    if _partitive(st, b):
        return prev  # "مقتل 7 أشخاص، مشيرا إلى أن اثنين منهم عناصر": a part of those counted
    j = prev_word(st, a)
    dual = _dual_before(st, a)
    if dual is not None:
        j = prev_word(st, dual)  # "بينهم صحافيان اثنان": اثنان restates the dual
    elif j >= 0 and _people_noun(st, j) and definite(st, j) and st.forms[a][0].startswith("ال"):
        j = prev_word(st, j)  # "بينهم الانتحاريون العشرة": a definite number after its noun
    role, first = cue_ending_at(st, j) if j >= 0 else (None, j)
    while role in NUMBER_QUALIFIERS:
        j = prev_word(st, first)
        role, first = cue_ending_at(st, j) if j >= 0 else (None, j)
    if role in ("breakdown", "was") or (role == "also" and j >= prev.b - 1):
        return prev
    if role == "they_are" and _group_before(st, prev, j):
        return prev  # "ثلاثين شخصا هم 14 امرأة و16 من أولادهن": the group, told part by part
    # (quotes around a name between them cost nothing: "176 من "قوات سوريا الديمقراطية" و325 من التنظيم")
    gap = sum(1 for k in range(max(prev.b, prev.out_at + 1), a) if st.surf[k] not in QUOTES)
    # parts told alike, each with من after its number, may stand further apart ("بينهم 5 من قوات
    # النظام السوري، و18 من المقاتلين الموالين لها")
    alike = b < len(st.toks) and st.forms[b][0] == "من" and prev.b < len(st.toks) and st.forms[prev.b][0] == "من"
    # and so may one set off by a comma ("بمقتل 3 خبراء من ميليشيات حزب الله اللبناني، و4 يمنيين")
    wa = j if j >= 0 and st.forms[j][0] == "و" else a
    alike = alike or wa > 0 and st.surf[wa - 1] in ("،", ",")
    lead = a if dual is None else dual  # "و3 نساء وطفلتان اثنتان": the dual carries the و
    if j >= 0 and (st.forms[j][0] == "و" or st.starts_with_wa(lead)) and gap <= (PARALLEL_PARTS if alike else 5):
        if dual is not None:
            return prev  # the dual is the people noun
        nxt = b + 1 if b < len(st.toks) and st.surf[b] in QUOTES else b  # 'و3 "إرهابيين"': a noun in quotes
        # "17 يمنيا و19 هنديا": a nisba noun counts people as a people noun does
        nisba = nxt < len(st.toks) and st.forms[nxt][0].endswith(("يا", "يين", "يون"))
        if nxt < len(st.toks) and (st.vic[nxt] or st.forms[nxt][0] == "من" or nisba):
            return prev
        if nxt < len(st.toks) and st.cue_role(nxt) in HURT and any(
            st.cue_role(k) in HURT for k in range(prev.b, min(a, prev.b + 2))
        ):
            return prev  # "بينهم 3 بحالة خطيرة و90 بجروح متوسطة": parts told alike, by how badly hurt
    if j >= 0 and (st.forms[j][0] == "و" or st.starts_with_wa(a)) and (
        _parallel_place(st, prev, a, b) or _parallel_cause(st, prev, a, b)
    ):
        return prev
    if _first_place_part(st, prev, a, b):
        return prev
    # (captives set against captives only where no one is freed: a swap frees some for others)
    captives = prev.outcome == "captured" and not any(st.cue_role(m) == "release" for m in range(len(st.toks)))
    if role == "exchange" and (prev.outcome in ("killed", "injured") or captives) and _contrasted(st, prev, a, b):
        return prev  # "عشرة قتلى في صفوف الفصائل، مقابل سبعة في صفوف قوات النظام": the other side's toll
    return None


def _contrasted(st: Sent, prev: Figure, a: int, b: int) -> bool:
    """The number at ``a`` after "مقابل" sets the other side against the toll ``prev`` of the same
    clause: people, a side (من، في صفوف) or a group with ل after it, and no clause or stop between."""
    n = len(st.toks)
    if b >= n or not (st.vic[b] or st.forms[b][0] in ("من", "في") or st.forms[b][0].endswith(("يا", "يين"))):
        return False
    if a - prev.b > CONTRAST_REACH:
        return False
    return not any(st.surf[m] in (".", "؛", ";") or st.cue_role(m) in ("clause", "far_stop") for m in range(prev.b, a))


#: how many tokens may stand between two parts of a toll told alike ("5 من …، و18 من …")
PARALLEL_PARTS = 8
#: how many tokens may stand between two figures told place by place ("46 في أوتار براديش، و31 في …")
PARALLEL_GAP = 12


def _parallel_place(st: Sent, prev: Figure, a: int, b: int) -> bool:
    """The number at ``a`` and the figure before it are each followed by في and a place, with
    nothing else between them: "مقتل 46 شخصا في أوتار براديش في الشمال، و31 في ولاية راجستان"
    (31 more killed, in the other place); "13 قتيلا، ستة منهم في هندوراس وأربعة في السلفادور"; also
    over a qualifier of the first ("4 أشخاص على الأقل في فلوريدا و5 في فرجينيا")."""
    if b >= len(st.toks) or st.forms[b][0] != "في":
        return False
    k = prev.b + (1 if prev.b < len(st.toks) and (st.vic[prev.b] or _partitive(st, prev.b)) else 0)
    if k < a and st.cue_role(k) == "at_least_after":
        # "مقتل 4 أشخاص على الأقل في فلوريدا و5 في فرجينيا": over the qualifier of the first
        k = next((m for m in range(k + 1, min(a, k + 4)) if st.forms[m][0] == "في"), k)
    if k >= a or st.forms[k][0] != "في" or a - k > PARALLEL_GAP:
        return False
    return not any(st.out[m] or m in st.in_number or m in st.in_date for m in range(k, a))


def _first_place_part(st: Sent, prev: Figure, a: int, b: int) -> bool:
    """The number at ``a`` right after the figure before, its people noun and a comma, followed by في:
    the first of its parts told place by place ("إصابة 15 فلسطينيا، اثنان في رفح و13 في مدينة غزة")."""
    k = prev.b + (1 if prev.b < len(st.toks) and st.vic[prev.b] else 0)
    return (
        a == k + 1
        and st.surf[k] in ("،", ",")
        and b + 1 < len(st.toks)
        and st.forms[b][0] == "في"
        and b + 1 not in st.in_date  # (not "5 في عام 2010"، "3 في أبريل": when)
        and not (st.unit[b + 1] and st.unit[b + 1][0][0] == "time")
        and b + 1 not in st.in_number  # (not "40 في المئة")
    )


def _parallel_cause(st: Sent, prev: Figure, a: int, b: int) -> bool:
    """The number at ``a`` and the figure before it are each followed by what caused it (جراء،
    بسبب، نتيجة، برصاص), with no other figure between: "إن 20 فلسطينيا قضوا نتيجة طلق ناري، و18 جراء
    القصف" (18 more killed, by the shelling)."""
    if b >= len(st.toks) or st.cue_role(b) not in AGENT_ROLES:
        return False
    k = next((m for m in range(prev.b, min(a, prev.b + 4)) if st.cue_role(m) in AGENT_ROLES), None)
    if k is None or a - k > PARALLEL_GAP:
        return False
    return not any(st.out[m] or m in st.in_number or m in st.in_date for m in range(k, a))


def _partitive(st: Sent, b: int) -> bool:
    """ "اثنين منهم"، "ثلاثة منهن": the number ending before ``b`` counts some of a group named
    before, by من with a pronoun."""
    return b < len(st.toks) and st.forms[b][0] in OF_THEM


def _dual_before(st: Sent, a: int) -> int | None:
    """The dual people noun that the number two at ``a`` restates ("صحافيان اثنان"، "طفلين
    اثنين"), if any."""
    k = a - 1
    if k < 0 or a not in st.numbers or st.numbers[a][1].get("value") != 2:
        return None
    return k if st.vic[k] and st.vic[k][0][1] == "du" and k not in st.in_number else None


def also_head(st: Sent, found: list[Figure], f: Figure) -> Figure | None:
    """The figure before ``f`` when "علاوة على"، "إضافة إلى"، "إلى جانب" joins them."""
    before = [g for g in found if g.b <= f.a and g is not f]
    if not before:
        return None
    prev = before[-1]
    lo = min(f.a, f.out_at if f.out_at >= 0 else f.a)
    start = max(prev.b, prev.out_at + 1)
    return prev if any(st.cue_role(k) == "also" for k in range(start, lo)) else None


def _homes_after(st: Sent, k: int) -> bool:
    """من and a word of homes (cue role homes) right after the verb at ``k``: "فروا من ديارهم"."""
    m = k + 1
    return m + 1 < len(st.toks) and st.forms[m][0] == "من" and st.cue_role(m + 1) == "homes"


def sense_ok(st: Sent, k: int, a: int, b: int) -> bool:
    """A casualty word with other common senses (lexicon column 4) stands before its number, right
    before it ("near") or with a people noun after the number; one of sense "persons" stands on
    either side of its number, with a people noun after the number ("300 شخص تم إيقافهم"، not
    "إيقاف 3 رحلات")."""
    if st.out[k] and st.out[k][0][0] == "captured" and _suspended(st, k, b):
        return False  # "أوقفوا عن ممارسة أعمالهم": suspended from work, not held
    sense = st.out[k][0][2:3] if st.out[k] else ()
    if not sense:
        return True
    if sense == ("fate",):
        return fate_known(st, max(k, b))
    if sense == ("lost",):
        nxt = k + 1
        if st.surf[k] == "فقد" and nxt < len(st.toks) and nxt not in st.in_number:
            role = st.cue_role(nxt)
            if role not in ADJUNCT_ROLES and role not in NUMBER_QUALIFIERS and not definite(st, nxt):
                # "فقد حكم عليه": فـ and قد before a verb (not "فقد جراء الإعصار"، "فقد الجيش"، "فقد نحو 5300")
                return False
        # "فقدوا وظائفهم"، "فقد 3 آلاف عامل وظائفهم": their jobs, after the verb or after the people
        return not _object_after(st, k) and not (k < a and b < len(st.toks) and st.vic[b] and _object_after(st, b))
    if sense == ("casualties",):
        # "تسوية مع 450 ضحية لانتهاكات قساوسة جنسية": victims of a harm that kills no one
        return not any(st.cue_role(m) == "nonlethal" for m in range(k + 1, min(len(st.toks), k + 4)))
    if sense == ("spent",):
        end = max(k + 1, b)  # "وقضى الأربعة عقوبة حبسية": served a penalty, not died
        if k + 1 < len(st.toks) and st.unit[k + 1] and st.unit[k + 1][0][0] == "time" and not definite(st, k + 1):
            return False  # "وقضوا شهر رمضان في المخيمات": a spell of time right after the verb
        return not any(  # or a number of days: "قضى الأربعة 15 يوما في السجن" (not "قضوا اليوم الأحد")
            st.cue_role(m) in ("spent", "sentence")
            or (
                st.unit[m]
                and st.unit[m][0][0] == "time"
                and (m - 1 in st.in_number or _spell(st, m))
                and st.cue_role(m - 1) != "verb_adjunct"  # (not "قضيا بعد أيام من إطلاق النار": when they died)
            )
            for m in range(end, min(len(st.toks), end + 3))
        )
    if sense == ("counted",):  # "20 حالة اختناق": the cases counted, right after their number
        return k >= b and k > 0 and bool(st.unit[k - 1]) and st.unit[k - 1][0][0] == "case"
    if sense == ("stock",):
        return k >= b  # "650 ألف لاجئ": after its number (not "لشؤون اللاجئين أن نحو 87 ألف مهاجر")
    if sense == ("numeral",):  # "تسلمت 80 جثمانا": right after a number, not a vague word of many
        item = st.numbers.get(a, (0, {}))[1]
        return k == b and item.get("kind") != "vague"  # (not "شيع الآلاف جثمان شاب": the mourners)
    if sense == ("fell",):
        sense = ("people",)  # "سقوط 26 مقاتلا": they fell (see Sent.drop_fell for "سقوط 30 جريحا")
    if k > a and sense == ("people",) and st.forms[k][0].endswith(("هم", "هن")) and _people_after(st, b):
        return True  # "صدم بسيارته 3 من أفراد الأمن فأصابهم بجروح": the people, then the verb that hit them
    if k > a and sense != ("persons",):
        return False
    if sense == ("people",) and k > 0 and st.cue_role(k) == "civilian_scene" and _scene_noun(st, k - 1):
        return False  # "في عملية دهس وطعن نفذها ثلاثة مهاجمين": a stabbing, the noun of a scene
    if sense == ("near",) and all(
        st.cue_role(m) in NUMBER_QUALIFIERS or m in st.in_cue for m in range(k + 1, a)
    ):
        return True  # "أسر 5"، "بحياة أكثر من 350 ألفا": right before it, or before its qualifier
    if sense == ("near",) and st.surf[k].endswith(("هم", "هن")):
        return False  # "بلغ عددهم وأسرهم في فرنسا نحو نصف مليون": their families, far from the number
    after = [m for m in range(b, min(len(st.toks), b + 4)) if st.toks[m].is_word][:2]
    if after and st.forms[after[0]][0] == "من" and len(after) > 1:
        after = after[1:]  # "فر الآلاف من سكان المنطقة": of whom, after من
    if after and st.cue_role(after[0]) == "wounds":
        return True  # "وأصابت ثمانية بجروح": wounds say the verb harmed people
    if after and st.cue_role(after[0]) == "homes" and st.out[k] and st.out[k][0][0] == "displaced":
        return True  # "فر الآلاف من منازلهم": homes fled say the verb displaced people
    if k >= b and st.out[k][0][0] == "displaced" and _homes_after(st, k):
        return True  # "إن 120 ألفا فروا من ديارهم": the homes after the verb that follows the number
    if after and st.cue_role(after[0]) in ("breakdown", "most", "some_of") and st.forms[after[0]][0].endswith(("هم", "هن")):
        return True  # "وأصابت الآلاف بعضهم بات يعاني من إعاقة": "some of them" says they are people
    if sense == ("people",) and _ends_after_killing(st, k, b):
        return True  # "فقتلت ثلاثة متظاهرين وأصابت العشرات.": the same hands harmed people
    if a > k + 1 and _numeral_two(st, a):
        return True  # "أصاب إسرائيليين اثنين": a people noun before its numeral "two"
    if after and _counted_nisba(st, after[0], a):
        return True  # "وفر 5 ملايين سوري": a people named by a nisba, singular after a large number
    if after and _nisba_plural(st, after[0]):
        return True  # "وفر آلاف اليمنيين"، "فر الآلاف من السوريين": a people named by a plural nisba
    return bool(after and st.vic[after[0]])


def _nisba_plural(st: Sent, m: int) -> bool:
    """The word at ``m`` is the definite plural of a nationality (اليمنيين، السوريون)."""
    word = normalize(st.surf[m])
    if not word.startswith("ال") or not word.endswith(("يين", "يون")):
        return False
    return word[2:-2] in nationalities()


def _spell(st: Sent, m: int) -> bool:
    """Token ``m`` is a time unit that counts a spell with no number, outside a date ("قضى المتهم
    أسابيع يخطط"، "قضوا أشهرا"): dates_units rows that need a number before them."""
    return m not in st.in_date and not definite(st, m) and st.forms[m][0] in vague_time_units()


def _scene_noun(st: Sent, j: int) -> bool:
    """Token ``j`` names an act or scene (units lexicon kind "event": هجوم، عملية; or a scene that
    strikes the public: دهس), so a scene word that is also a casualty verb right after it (طعن) is a
    verbal noun ("عملية طعن"، "دهس وطعن"), not a verb with its object."""
    if st.vic[j]:
        return False  # "طعن المارة": the people stabbed, not a scene
    return st.cue_role(j) == "civilian_scene" or bool(st.unit[j] and st.unit[j][0][0] == "event")


def _counted_nisba(st: Sent, m: int, a: int) -> bool:
    """The word at ``m`` is a nisba noun in the singular (سوري، روهينغي) counted by the number at
    ``a`` of eleven or more, as Arabic counts with a singular noun ("5.6 مليون سوري")."""
    w = st.forms[m][0]
    value = st.numbers[a][1].get("value") if a in st.numbers else None
    return (
        isinstance(value, int | float)
        and value >= 11
        and w.endswith("ي")
        and len(w) >= 4
        and not definite(st, m)
        and not st.out[m]
        and not st.cue[m]
    )


def _numeral_two(st: Sent, a: int) -> bool:
    """The number at ``a`` is "two" after the people noun it qualifies ("إسرائيليين اثنين")."""
    return a > 0 and a in st.numbers and st.numbers[a][1].get("value") == 2 and _people_noun(st, a - 1)


def _people_noun(st: Sent, i: int) -> bool:
    """Token ``i`` is a people noun (victims lexicon) or a plural or dual nisba ("إسرائيليين"، "مدنيين")."""
    return bool(st.vic[i]) or st.toks[i].is_word and st.forms[i][0].endswith(("يين", "يون", "يان"))


def _ends_after_killing(st: Sent, k: int, b: int) -> bool:
    """The number ends its clause (a mark or the sentence's end right after it) and a word of
    killing stands before the verb at ``k`` in the same sentence: the verb's other sense ("أصاب
    الهدف") has nothing to hold, and the people are those of the killing ("فقتلت ثلاثة متظاهرين
    وأصابت العشرات")."""
    n = len(st.toks)
    # (or an attack it was done in: "وقتل المهاجمون ثمانية أشخاص وأصابوا العشرات في هجوم منسق")
    in_event = b + 1 < n and st.cue_role(b) == "verb_adjunct" and bool(st.unit[b + 1]) and st.unit[b + 1][0][0] == "event"
    if b < n and st.surf[b] not in CLAUSE_END and not in_event:
        return False
    return any(st.out[m] and st.out[m][0][0] == "killed" for m in range(k))


def _suspended(st: Sent, k: int, b: int) -> bool:
    """A work or a post (cue role suspended) right after the verb at ``k``, or after its number and
    the number's people noun ("أوقفت السلطات 100 قاض عن العمل")."""
    after = b + 1 if b < len(st.toks) and st.vic[b] else b
    return any(st.cue_role(m) == "suspended" for m in (k + 1, after) if m < len(st.toks))


#: words between a modal (cue role ``may``) and the harm it makes only possible ("يمكن أن يكون قتل")
MAY_LINKS = frozenset({"أن", "ان", "يكون", "تكون", "يتم"})


def _disease_subject(st: Sent, k: int, a: int) -> bool:
    """A disease named right before the verb of injury at ``k`` (over a relative pronoun), which comes
    before its number ``a``: "وباء الكوليرا الذي أصاب نحو مليون شخص" (the sick, not the wounded)."""
    if not 0 < k < a or not st.out[k] or st.out[k][0][:2] != ("injured", "verb"):
        return False  # (the dead of a disease are told as its toll: "الوباء الذي قضى على حياة 11 ألفا")
    j = k - 1
    if st.cue_role(j) == "relative" or st.forms[j][0] in ("انها", "بانها"):
        j -= 1  # "الكوليرا التي أصابت"، "الكوليرا والاعتقاد بأنها أصابت"
    for m in range(j, max(-1, j - 3), -1):
        if not st.toks[m].is_word:
            return False  # (not "نتيجة الإصابة بالفيروس، وأصيب 42": a clause of its own)
        if st.cue_role(m) == "disease":
            return True
    return False


def _to_death(st: Sent, j: int) -> bool:
    """A phrase of dying (cue role to_death) within the three words from token ``j``, before a clause
    ends: "طعن شرطيا حتى الموت"، "ضربوا 3 أشخاص حتى الموت"."""
    for m in range(j, min(len(st.toks), j + 3)):
        if st.cue_role(m) == "to_death":
            return True
        if st.surf[m] in CLAUSE_END or st.out[m]:
            return False
    return False


def _after_qad(st: Sent, m: int) -> bool:
    """قد ("may", before an imperfect) comes right before token ``m``, over quotation marks
    ('قد "يسفر عن مقتل')."""
    j = m - 1
    while j >= 0 and st.surf[j] in QUOTES:
        j -= 1
    return j >= 0 and st.forms[j][0] == "قد"


def not_done(st: Sent, k: int) -> bool:
    """The harm word at ``k`` is only tried, threatened or possible: a word of attempt or threat in
    the three words before it ("محاولة اغتيال نائب الرئيس"، "هددت بإعدام 6 رهائن"), a modal right
    before it ("يمكن قتل مئات الآلاف"), or a verb of bringing about that is only foreseen ("قد يسفر عن
    مقتل"، "سيؤدي إلى مقتل")."""
    if st.starts_with_wa(k):
        if k > 0 and st.out[k - 1] and st.out[k - 1][0][1] == "noun":
            return not_done(st, k - 1)  # "يخطط لاختطاف وقتل الفتاتين": two nouns of one plan
        return False  # "أحبطت محاولة لقتل الوزير واعتقلت 3": a verb of its own
    for m in range(k - 1, max(-1, k - 7), -1):
        role = st.cue_role(m)
        if role == "attempt" and k - m <= 2 or role == "threat" and st.surf[k].startswith("ب") or role == "condition" and k - m <= 3:
            return True  # "محاولة لاغتيال"، "تهدد فيه عناصر من التنظيم بإعدام"
        if role == "may" and not st.surf[k].startswith("ل") and all(st.surf[x] in MAY_LINKS for x in range(m + 1, k)):
            return True  # "يمكن قتل مئات الآلاف"، "يمكن أن يكون قتل العشرات": only possible (but in
            # "كيف يمكن لقتل طفل أن يساعد" the killing is done)
        if role == "may_cause" and k - m <= 3 and (st.surf[m].startswith("س") or _after_qad(st, m)):
            return True  # "قد يسفر عن مقتل مئات الآلاف"، "سيؤدي إلى مقتل الآلاف": only foreseen
        if role == "may_cause" and m > 0 and st.forms[m - 1][0] in ("ان", "بان"):
            return True  # "مخاوف بأن يتسبب هجوم في نزوح مئات الآلاف": what أن makes only possible
        if role == "may_cause" and k - m <= 3 and _describes_indefinite(st, m):
            return True  # "مكافآت لمن يدلي بمعلومات تؤدي إلى اعتقال أحدهم": what such a thing would bring
        if role in ("demand", "advice") and all(st.forms[x][0] in lexicon.words("figures_demand_links") for x in range(m + 1, k)):
            return True  # "يطالبون بإعدام المتهمين"، "سيطلب تنفيذ عقوبة الإعدام على": only asked for
        if role == "may" and k - m <= 5 and st.surf[k - 1] in ("أن", "ان"):
            return True  # "يمكن للواحد منهم أن يقتل ألفي شخص": who may kill, not who killed
        if st.surf[m] in CLAUSE_END or st.out[m]:
            return False
    return False


def _describes_indefinite(st: Sent, m: int) -> bool:
    """The verb at ``m`` opens a relative clause with no relative word, right after an indefinite noun
    that is no people noun and no act ("معلومات تؤدي إلى اعتقال"); not in a title, where the present
    tells a past act ("انفجار يؤدي إلى مقتل 5")."""
    if st.sent.in_title or m < 1 or not st.toks[m - 1].is_word:
        return False
    k = m - 1
    return not (st.forms[k][0].startswith("ال") or st.vic[k] or st.out[k] or st.unit[k] or st.cue[k] or k in st.in_number)


def _lost_fighters(st: Sent, k: int, a: int, b: int) -> bool:
    """Casualty word ``k`` is a verb or noun of losing ("فقدت"، "فقدان") and fighters, or one's own
    people, are what was lost, right after the number ``[a, b)`` ("اثنين من أبرز قادتها"، "مئات
    المقاتلين"، "اثنين من أطفالها"). Fighters are lost dead by a force named between the verb and
    the number; with none, the verb tells that they went missing ("فقد نحو 5300 جندي")."""
    if k < 0 or not st.out[k] or st.out[k][0][1] not in ("verb", "noun"):
        return False
    if not any(f.startswith("فقد") for f in st.forms[k]):
        return False
    # who lost them: the noun's owner or governor ("أقر بفقدان مئات المقاتلين"; not a headline's
    # first word), the verb's suffix (فقدوا، فقدنا), a relative before it (الميليشيا التي فقدت), or
    # a subject between it and the number
    loser = (
        st.out[k][0][1] == "noun"
        and k > 0
        or k > a
        or st.forms[k][0].endswith(("وا", "نا"))
        or k > 0 and st.cue_role(k - 1) == "relative"
        or any(st.toks[m].is_word and st.cue_role(m) not in NUMBER_QUALIFIERS and m not in st.in_cue for m in range(k + 1, a))
    )
    for m in range(b, min(len(st.toks), b + 4)):
        if st.cue_role(m) == "lives":
            return True  # "فقدنا عشرة أرواح": lives lost
        if st.vic[m]:
            # "فقدت اثنين من أطفالها": a family that loses its own has lost them dead
            # "فقد 5 من أفراد عائلته": the people of one's own family
            own = suffixed(st, m) or (m + 1 < len(st.toks) and suffixed(st, m + 1))
            return st.vic[m][0][0] == "military" and loser or own
        if st.surf[m] in CLAUSE_END:
            return False
    return False


def _victims_word(st: Sent, k: int) -> bool:
    """Casualty word ``k`` is ضحية or ضحايا (lexicon sense "casualties")."""
    return k >= 0 and bool(st.out[k]) and st.out[k][0][2:3] == ("casualties",)


def _victims_split(st: Sent, m: int, a: int, b: int) -> str | None:
    """The outcome of a split after بين that follows the victims noun ending at ``m``, over the
    number's qualifier and ما: "خمسة ضحايا على الأقل ما بين قتيل وجريح" → killed_or_injured."""
    for j in range(m, min(len(st.toks), m + SPLIT_REACH)):
        if st.surf[j] in CLAUSE_END or j in st.in_number or st.out[j]:
            return None
        if st.forms[j][0] == "بين" and j + 1 < len(st.toks) and st.out[j + 1] and _partner(st, j + 1, 1) is not None:
            return _lumped(st, j + 1, a, b)
    return None


def _casualties(st: Sent, k: int) -> bool:
    """Casualty word ``k`` is ضحايا with no word of the dead in its sentence: "أدى إلى سقوط عشرات الضحايا"
    counts the killed and the injured; "تشييع عشرات الضحايا"، "قتل وغرق عشرات الضحايا" count the dead."""
    if not _victims_word(st, k):
        return False
    return not any(
        st.cue_role(m) == "death" or (m != k and st.out[m] and st.out[m][0][0] == "killed" and st.out[m][0][2:3] != ("casualties",))
        for m in range(len(st.toks))
    )


def _object_after(st: Sent, k: int) -> bool:
    """The verb at ``k`` has an object after it, a noun with a pronoun of its own ("فقدوا وظائفهم")."""
    m = k + 1
    if m >= len(st.toks) or st.out[m] or st.surf[m] in CLAUSE_END:
        return False
    word = st.forms[m][0]
    return len(word) >= 5 and word.endswith(PRONOUN_SUFFIXES)


def fate_known(st: Sent, k: int) -> bool:
    """A word of the unknown stands close to token ``k``: "مصير 30 شخصا لا يزال مجهولا"، "لا يعرف مصير 12"."""
    return any(st.cue_role(m) == "unknown" for m in range(max(0, k - 4), min(len(st.toks), k + 7)))


def rate(st: Sent, k: int) -> bool:
    """A word of rate within three words after token ``k`` ("سنويا"، "كل عام"، "كل ثلاثة أيام")."""
    n = len(st.toks)
    for m in range(k, min(n, k + 3)):
        if st.cue_role(m) == "rate":
            return True
        timed = any(st.unit[x] and st.unit[x][0][0] == "time" for x in range(m + 1, min(n, m + 4)))
        if st.cue_role(m) == "all" and timed:
            return True  # "كل ثلاثة أيام": every so often
    return False


def _disease(st: Sent, k: int) -> bool:
    """ "500 إصابة جديدة بفيروس كورونا": infections, not injuries."""
    return any(st.cue_role(m) == "disease" for m in range(k, min(len(st.toks), k + 4)))


def sentenced(st: Sent, k: int, hi: int = -1) -> bool:
    """ "حكمت المحكمة على 300 بالإعدام"، "قائمة من 13 صدرت أحكام بإعدامهم" (up to ``hi``): a sentence
    passed, not a killing or an arrest; "مذكرات اعتقال بحق 20 ضابطا": a warrant whose own word is the
    casualty word at ``k``."""
    if st.cue_role(k - 1) == "warrant":
        return True
    if hi > k and st.cue_role(k - 1) == "suspect" and st.out[k] and hi in st.numbers:
        return False  # "حكم على سبعة جنود بتهم قتل عشرة قرويين": the ten were killed, whatever the sentence
    for m in range(max(k, hi) - 1, max(-1, k - 12), -1):
        if st.cue_role(m) == "sentence" and not _rule(st, m) and not (m == k and st.out[k]):
            # (not "قضت القوات على 12 مسلحا": the casualty phrase itself, no court's ruling)
            # "قضت المحكمة العسكرية بمحافظة الإسكندرية، الخميس، بإعدام 17 متهما" (not "تنفيذ حكم
            # الإعدام في 12 مدانا": the sentence carried out)
            return not any(st.cue_role(x) == "carried_out" for x in range(max(0, m - 3), m))
        if m < k and (st.cue_role(m) == "clause" or st.surf[m] in (".", "؛")):
            return False
    if st.out[k] and st.starts_with_wa(k):  # "قضت المحكمة … بإعدام 17 متهما وسجن 29 آخرين": one sentence
        for j in range(k - 1, max(-1, k - JOINED_REACH), -1):
            if st.surf[j] in CLAUSE_END:
                break
            if st.out[j]:
                return sentenced(st, j)
    return False


#: how far before a casualty word with و the one it is joined to may stand (sentenced)
JOINED_REACH = 5

#: words before حكم that make it rule, not a sentence (lexicon figures_rule: "تمردا على حكم الرئيس")
_RULE_BEFORE = frozenset(row[0] for row in lexicon.table("figures_rule"))


def _rule(st: Sent, m: int) -> bool:
    """حكم at ``m`` is rule, not a court's sentence: after على/ضد/تحت and before a definite word
    ("قادوا تمردا على حكم الرئيس، ...، أدى إلى مقتل 250 شخصا")."""
    return (
        st.forms[m][0] == "حكم"
        and 0 < m < len(st.toks) - 1
        and st.forms[m - 1][0] in _RULE_BEFORE
        and definite(st, m + 1)
    )


#: how many words after the displaced a verb of going home may stand (_returned)
RETURN_REACH = 6


def _returned(st: Sent, k: int, commas: bool = True) -> bool:
    """ "3.5 مليون نازح استعادوا منازلهم": people who went home are not displaced any more, nor
    those who only prepare to leave ("3 آلاف لاجئ يستعدون لمغادرة لبنان": cue role escape); the verb
    within RETURN_REACH words, over commas after a noun of the displaced ("نحو 9 آلاف لاجئ، في دول
    الجوار، عادوا إلى ديارهم"; not after a verb of fleeing: "نزح 15 ألفا إلى الجبال، عاد أكثرهم", they
    fled first), not past another casualty word or a new clause."""
    words = 0
    for m in range(k, len(st.toks)):
        role = st.cue_role(m)
        if role in ("return", "escape"):
            return True
        if m > k and (st.out[m] or role in ("clause", "relative", "far_stop")):
            return False
        if not commas and st.surf[m] in ("،", ","):
            return False
        words += st.toks[m].is_word
        if words >= RETURN_REACH:
            return False
    return False


def _returning(st: Sent, a: int) -> bool:
    """ "عودة آلاف النازحين إلى ديارهم": the return of the displaced, right before their number."""
    m = a - 1
    while m >= 0 and st.cue_role(m) in NUMBER_QUALIFIERS:
        m -= 1
    return st.cue_role(m) == "return"


def _escaped(st: Sent, lo: int, hi: int) -> bool:
    """ "تمكنت أربع سيدات منهم من الفرار"، "3 آلاف لاجئ يستعدون لمغادرة": people who managed to flee
    a captor, or only prepare to leave, are not displaced (a word of role escape before ``hi``)."""
    return any(st.cue_role(m) == "escape" for m in range(max(0, lo - 6), hi))


def _released(st: Sent, k: int) -> bool:
    """ "أفرجت السلطات عن 50 معتقلا"، "إطلاق سراح 39 أسيرا": freed, not captured (in the same
    clause: not "أطلق سراح ثمانية، بينما يظل تسعة قيد الاعتقال")."""
    for m in range(k - 1, max(-1, k - 7), -1):
        if st.cue_role(m) == "release" and any(st.out[x] and st.out[x][0][1] == "noun" for x in range(m + 1, k + 1)):
            return False  # "وأعادت السلطات اعتقال 5 أشخاص": the act after it is what was done again
        if st.cue_role(m) == "release":
            # "طالبت بإطلاق سراح 12 صحافيا مختطفين": a call to free them, so still held
            return not any(st.cue_role(x) in ("demand", "advice") for x in range(max(0, m - 4), m))
        if st.cue_role(m) == "exchange" and any(
            st.out[x] and st.out[x][0][1] in ("person", "sg", "du") for x in range(k, min(len(st.toks), k + 3))
        ):
            # "أفرج عن 105 رهائن مقابل 240 أسيرا": the held of a swap are freed too (not "مقابل عشرة
            # جواسيس قبض عليهم": a capture of their own)
            return any(st.cue_role(x) == "release" for x in range(max(0, m - 8), m))
        if st.cue_role(m) in ("clause", "exchange"):
            return False  # (أطلقت روسيا سراحهم مقابل عشرة جواسيس قبض عليهم: others)
    return False


def _released_after(st: Sent, k: int) -> bool:
    """ "ثمانية أشخاص من المعتقلين أطلق سراحهم": those held (a status noun at ``k``) then freed."""
    if k < 0 or not st.out[k] or st.out[k][0][1] != "person":
        return False
    return any(st.cue_role(m) == "release" for m in range(k + 1, min(len(st.toks), k + 4)))


def _released_part(st: Sent, b: int) -> bool:
    """ "احتجزوا 7 حراس، من بينهم 3 أطلقوا سراحهم": those the words right after the number free."""
    return b < len(st.toks) and st.cue_role(b) == "release"


def _rescued(st: Sent, a: int) -> bool:
    """ "وأنقذت أكثر من مئة"، "تم إنقاذ نحو 40 ألف شخص من الغرق": saved, not harmed (a rescue word
    in the three words before the number, not the team's name: "فرق الإنقاذ"; nor one in the
    clause before إن/أن: "ويقول عمال إنقاذ إن عشرات الأشخاص قتلوا")."""
    for m in range(a - 1, max(-1, a - 4), -1):
        if st.surf[m] in CLAUSE_END or st.forms[m][0] in ("ان", "بان") or st.cue_role(m) == "far_stop":
            return False  # (nor one before لكن: "نجوا لكن 12 شخصا لقوا حتفهم")
        if st.cue_role(m) == "rescue" and not definite(st, m):
            return True
    return False


def _advised(st: Sent, a: int) -> bool:
    """ "نصحت 2.3 مليون شخص بترك منازلهم": people told to act, not harmed."""
    return any(st.cue_role(k) == "advice" for k in range(max(0, a - 3), a))


def _prefix_qualifier(st: Sent, a: int) -> str | None:
    """The qualifier right before the number at ``a``: "نحو 60"، "ما لا يقل عن 18"، '"يقارب 5 آلاف"'."""
    j = a - 1
    while j >= 0 and st.surf[j] in QUOTES:
        j -= 1
    for start in range(max(0, j - 3), j + 1):
        hit = lookup("cues", st.forms, start)
        if hit and start + hit[1] - 1 == j and hit[0][0] in QUALIFIER_ROLES:
            return hit[0][0].removesuffix("_verb")  # "نحو 60"، "تجاوز 500"
        if hit and start + hit[1] - 1 == j and hit[0][0] == "at_least_after":
            # "وقتل على الأقل 7 أشخاص": "at least" before the number, where no count stands before it
            # (not "قتل 5 أشخاص على الأقل 3 منهم أطفال")
            p = start - 1
            if p < 0:
                return "at_least"
            counted = st.vic[p] or st.out[p] and st.out[p][0][1] == "person"
            if not (p in st.in_number or counted and p - 1 in st.in_number):
                return "at_least"
    return None


#: how far back the number joined to a second one by و may start ("بنحو 176 من "قوات سوريا" و325")
JOINED_REACH = 9


def _joined_qualifier(st: Sent, a: int) -> str | None:
    """A number right after و shares the qualifier before the number it is joined to, over that
    number's own words only ("أكثر من 10 آلاف قتيل و50 ألف جريح"، "بنحو 176 من قوات سوريا
    الديمقراطية و325 من تنظيم الدولة"; not "مقتل نحو 10 وإصابة 20": a casualty word has its own)."""
    if a < 1 or not (st.forms[a - 1][0] == "و" or st.surf[a].startswith("و")):
        return None
    k = a - 2 if st.forms[a - 1][0] == "و" else a - 1
    while k >= max(0, a - JOINED_REACH):
        if k in st.numbers:
            q = _prefix_qualifier(st, k)
            return q if q in ("approximate", "at_least") else None
        if k in st.in_number:
            k -= 1
            continue
        if st.surf[k] in CLAUSE_END or st.out[k] and st.out[k][0][1] in ("verb", "noun"):
            return None
        k -= 1
    return None


def _qualifier(st: Sent, a: int, b: int, out_at: int) -> str:
    # before the number: "نحو 60"، "ما لا يقل عن 18"، '"يقارب 5 آلاف"'
    j = a - 1
    while j >= 0 and st.surf[j] in QUOTES:
        j -= 1
    if (q := _prefix_qualifier(st, a)) is not None:
        return q
    # a verb of exceeding before the toll: "وتجاوز عدد القتلى 500"، "وناهز عدد النازحين 3 آلاف"
    for k in range(j, max(-1, j - 4), -1):
        role = st.cue_role(k)
        if role in ("at_least_verb", "approximate_verb", "at_least", "approximate") and k < j:
            return role.removesuffix("_verb")
        if role not in ("total_before", None) or not (st.out[k] or TOLL_WORDS & set(st.forms[k])):
            break
    # a verb of exceeding far before, with its toll word: "تجاوزت حصيلة ضحايا الأمطار في اليابان المئة"
    for k in range(j, max(-1, j - 10), -1):
        if exceeded_toll(st, k, a):
            return st.cue_role(k).removesuffix("_verb")
    # after the number or its noun: "83 شخصا على الأقل"
    end = min(len(st.toks), max(b, out_at + 1) + 3)
    for k in range(b, end):
        if st.surf[k] in ("،", ",") and st.cue_role(k + 1) == "at_least_after":
            return "at_least"  # "مقتل متظاهر واحد، على الأقل،": the qualifier set off by commas
        if k in st.in_number or st.surf[k] in CLAUSE_END:
            break
        role = st.cue_role(k)
        if role == "at_least_after":
            return "at_least"
        if role == "approximate_after":
            return "approximate"
    return _joined_qualifier(st, a) or "exact"

"""Figures with no number: one or two people harmed, named by a singular or dual noun ("سقوط قتيل"،
"القتيلين"، "مقتل شخص"، "مقتل جنديين"، "القبض على المشتبه به"، "لقي الانتحاري حتفه"، "تلميذ آخر
مفقود"، "إن رجلا ... قتل"), but not one only named ("مقتل الصحفي جمال خاشقجي") or singled out
among those counted ("بينهم امرأة").

>>> from marsad.pipeline import process
>>> doc = process("أسفر القصف عن مقتل جنديين", upto="casualties")
>>> [(c["count"], c["victims"]) for c in doc.layers["casualties"]]
[(2, 'military')]
"""

from __future__ import annotations

from marsad import lexicon
from marsad.claims.figures_context import PREPOSITIONS
from marsad.claims.figures_read import (
    fate_known,
    not_done,
    one_nationality_before,
    one_of_them,
    rate,
    sense_ok,
    sentenced,
)
from marsad.claims.figures_sentence import (
    ADJUNCT_ROLES,
    CLAUSE_END,
    PRONOUN_SUFFIXES,
    QUOTES,
    Figure,
    Sent,
    definite,
    nationalities,
    nationality,
    negated,
    prev_word,
    suffixed,
)
from marsad.claims.statements_lexicon import COMPLEMENTIZERS
from marsad.doc import Doc
from marsad.text.normalize import normalize

#: how many tokens may stand between a figure's place and one more told at another place ("… في
#: أوتار براديش بشمال البلاد، وشخصين في بنجاب")
PLACE_PART_GAP = 8


def singular_figures(doc: Doc, st: Sent) -> list[Figure]:
    """Harm reported of one or two people with no number: "سقوط قتيل"، "القتيلين"، "مقتل شخص"،
    "اعتقال رجل"، "مقتل جنديين"، "القبض على المشتبه به"، "لقي الانتحاري حتفه"، "تلميذ آخر مفقود"."""
    out: list[Figure] = []
    named = _person_starts(doc)
    n = len(st.toks)
    for i in range(n):
        hit = st.out[i]
        if not hit or i in st.in_number or i in st.used or negated(st, i):
            continue
        outcome, kind = hit[0][0], hit[0][1]
        if outcome == "displaced":
            continue  # "فلسطيني آخر فر": one person who fled a scene is not displaced
        prev = prev_word(st, i)
        # (not over a comma: "وإلى جانب هؤلاء الثلاثة، اعتقل رجل" is one arrested)
        apart = any(st.surf[k] in CLAUSE_END for k in range(prev + 1, i))
        if prev >= 0 and (
            prev in st.in_number and prev not in st.in_date and not apart
            or st.forms[prev][0] in ("عدد", "كل", "اي", "بين", "احد")
        ):
            continue  # "5 قتلى" is read from its number (not "وفي يوليو 2017، قتل شخصان": a year)
        if prev >= 0 and st.out[prev] and (p2 := prev_word(st, prev)) >= 0 and st.forms[p2][0] == "بين":
            continue  # "سقط عدد كبير من عناصرها بين قتيل وجريح": a split with no number
        count, at = None, i
        # "الذي أصاب أيضا عنصرين في قوات الأمن": a verb of other senses counts a dual people noun
        two = _dual_object(st, i) if hit[0][2:3] == ("people",) and kind == "verb" else None
        # "فلسطينيا أصاب حارسا أمنيا بجروح"، "أصاب المهاجم شرطيا": and a singular marked as its object
        one = _sg_object(st, i) if hit[0][2:3] == ("people",) and kind == "verb" and two is None else None
        if one is None and two is None and hit[0][2:3] == ("people",) and kind == "verb" and _one_more_person(st, i, i + 1):
            # "قتل المهاجم رجلا وأصاب آخر": one more, its object
            one, two = (None, i + 1) if st.forms[i + 1][0] in _TWO_MORE else (i + 1, None)
        if sentenced(st, i) or hit[0][2:3] == ("people",) and two is None and one is None or not_done(st, i) or rate(st, i + 1):
            continue  # "أصابت البصقة الفتاة": a verb of other senses counts only with a number
        if hit[0][2:3] == ("lost",) and st.surf[i] == "فقد" and i + 1 < n and not st.vic[i + 1] and not sense_ok(st, i, i + 1, i + 1):
            continue  # "فقد اعتقلت السلطات الأخوين": فـ and قد before a verb; no one is lost
        if hit[0][2:3] == ("spent",) and not sense_ok(st, i, i + 1, i + 1):
            continue  # "قضى المتهم أسابيع يخطط": he spent weeks, he did not die
        if two is not None:
            count, at = 2, two
        elif one is not None:
            count, at = 1, one
        elif kind in ("sg", "du"):
            if kind == "sg" and definite(st, i):
                continue  # "القتيل": one already named or counted
            if kind == "sg" and st.surf[i].endswith("ا") and _named_before(st, i, named, far=True):
                continue  # "وكان بابتشينكو، المنتقد للكرملين، قد أردي قتيلا": the one named, killed
            if prev >= 0 and st.out[prev] and st.out[prev][0][1] in ("noun", "verb"):
                outcome = st.out[prev][0][0]  # "وفاة أسير": the death of one held, not one more held
            nxt = i + 1
            if outcome == "captured" and nxt < n and _captive_to(st, nxt):
                continue  # "ألمانيا أسيرة لروسيا"، "أشعر أنني أسيرة لهاتفي": captive to, a figure of speech
            if nxt < n and (nxt in st.in_number or st.surf[nxt] in QUOTES and nxt + 1 in st.in_number):
                if not st.surf[nxt].startswith("و"):
                    continue  # (not "سقط قتيلان وثلاثة جرحى": the number after و is another figure)
            count = 1 if kind == "sg" else 2
            if kind == "du" and prev >= 0 and st.vic[prev] and prev not in st.in_number:
                at = prev  # "إن الرجلين أصيبا": a dual verb tells of the people right before it
        elif kind in ("noun", "verb"):
            j = i + 1
            if j + 1 < n and st.cue_role(j) == "likewise" and st.forms[j + 1][0] == "علي":
                j += 1  # "وألقت السلطات القبض لاحقا على المسلح"، "القبض أيضا على"
            if definite(st, i) and (
                st.cue_role(prev) == "suspect" or (j < n and st.vic[j] and definite(st, j))
            ):
                continue  # "بتهمة القتل"، "إدانته بالقتل الإرهابي": the crime; a noun with ال takes no genitive
            if j < n and (
                st.forms[j][0] == "علي"
                or st.surf[j] == "_"
                or st.surf[j] in QUOTES and j + 1 < n and not definite(st, j + 1)
            ):  # "القبض على"، "#قتل_طفل"، 'مقتل "ضابط وجندي' (not 'مقتل "الضابط أحمد علي"': one named)
                j += 1
            elif j < n and kind == "verb" and st.cue_role(j) == "likewise":
                j += 1  # "وقتل أيضا جندي في الهجوم"
            if j < n and st.vic[j] and j not in st.in_number and st.vic[j][0][1] in ("sg", "du"):
                if hit[0][2:3] == ("lost",) and st.forms[j][0].endswith(PRONOUN_SUFFIXES):
                    continue  # "فقدوا مزارعهم": they lost their farms
                if kind == "verb" and _lost_object(st, i, j):
                    continue  # "فقد صديقا": a friend lost, no one missing
                if j + 1 < n and (j + 1) in st.in_number:
                    continue  # "مقتل جندي و3 مدنيين" is read from its numbers
                if (definite(st, j) or suffixed(st, j) or st.forms[j][0].endswith("ه")) and _named_after(st, j, named):
                    continue  # "مقتل الصحفي جمال خاشقجي"، "القبض على نائبه محمد": a person only named
                if kind == "verb" and st.vic[j][0][1] == "sg" and _people_object(st, j + 1):
                    continue  # "احتجز مسلح رهائن": the one who did it, with the harmed after him
                if kind == "verb" and (m := _perpetrator_object(st, j)) is not None:
                    j = m  # "قتل مسلح بسكين امرأة": the woman he killed
                count, at = (1 if st.vic[j][0][1] == "sg" else 2), j
            elif kind == "noun" and _one_of_nation(st, j, named):
                count, at = 1, j  # "اعتقال تركي لمحاولته بيع خنجر"، "مقتل أميركي في الهجوم": one of a nation
            elif _one_more_person(st, i, j):
                # "قتل شخص وأصيب آخر"، "وإصابة آخر"، "فيما توفي آخر": one more; "وجرح آخران": two more
                count, at = (2 if st.forms[j][0] in _TWO_MORE else 1), j
            elif j + 1 < n and st.cue_role(j) == "one_of" and st.vic[j + 1] and j + 1 not in st.in_number:
                count, at = 1, j  # "تمثلت بقتل أحد العناصر"، "اعتقال إحدى الناشطات": one of them
                if hit[0][2:3] == ("lost",):
                    outcome = "killed"  # "الشرطة التي فقدت أحد أفرادها": a force loses its own killed
            elif j < n and st.vic[j] and j not in st.in_number and _dual_told(st, j):
                count, at = 2, j  # "وفاة فلسطينيين السبت أحدهما صحفي": "one of the two" makes it a dual
            elif kind in ("verb", "noun") and one_of_them(st, j):
                # "خمسة أشخاص قتل أحدهم"، "توفي إحداهما"، "ما أدى إلى مقتل أحدهم": one of those told
                count, at = 1, j
            elif st.forms[i][0] in ("حتفه", "حتفها", "مصرعه", "مصرعها") and not _named_before(st, i, named, far=True):
                near = [st.vic[m][0][1] for m in range(max(0, i - 4), i) if st.vic[m]]
                one = next((m for m in range(max(0, i - 4), i) if st.cue_role(m) == "one_of"), None)
                if "pl" in near and "sg" not in near and one is None:
                    continue  # "لقيت قيادات حوثية أخرى مصرعها": a plural subject, of no size
                count = 1  # "لقي الانتحاري حتفه" (not "لقي القائد علي العزي مصرعه": one only named)
                if one is not None:
                    at = one  # "لقي أحد المتظاهرين مصرعه": one of them
                else:  # "لقي رجل حتفه": the noun of the one who died
                    at = next((m for m in range(i - 1, max(-1, i - 5), -1) if st.vic[m] and st.vic[m][0][1] == "sg"), i)
            elif kind == "verb" and not st.forms[i][0].endswith(("وا", "ن")):
                j = _reported_subject(st, i)
                if j is not None and (_has_object(st, i) or suffixed(st, i) or _lost_object(st, i, i + 1)):
                    # "إن شرطيا أوقف السيارة"، "بأن الفتاة التي تمكنت من الهرب قتلتهم": the one who did it;
                    # "إن العالم العربي فقد صديقا": the one who lost someone
                    j = None
                if j is None:
                    j = _subject_before(st, i)
                if j is None:
                    j = _object_after(st, i, named)
                if j is None:
                    j = _one_of(st, i)
                if j is None:
                    j = _subject_after_place(st, i)
                if j is not None and not (definite(st, j) and _named_after(st, j, named)):
                    count, at = (1 if st.cue_role(j) == "one_of" or st.vic[j][0][1] == "sg" else 2), j
        elif kind == "person" and prev >= 0 and st.cue_role(prev) == "fell" and (j := i + 1) < n and _one_harmed(st, j):
            count, at = (1 if st.vic[j][0][1] == "sg" else 2), j  # "راح ضحيته رجل أمن"، "راح ضحيتها طفلان"
        elif kind == "adj" and not st.forms[i][0].startswith("ال"):
            j = prev_word(st, i)
            if j >= 0 and st.forms[j][0] in ("اخر", "اخري"):
                j -= 1
            if j >= 0 and st.vic[j] and st.vic[j][0][1] == "sg" and not st.forms[j][0].startswith("ال"):
                count, at = 1, j  # "تلميذ آخر مفقود"
        if count is None or hit[0][2:3] == ("fate",) and not fate_known(st, i):
            continue
        if outcome in ("injured", "killed") and any(st.cue_role(m) == "disease" for m in range(at + 1, min(n, at + 6))):
            continue  # "إصابة القس البالغ 67 عاما بالزهايمر"، "وفاة قائد الفريق بذبحة قلبية": an illness
        if any(f.a == at and f.outcome == outcome for f in out):
            st.used.add(i)
            continue  # "إن مدنيا لقي مصرعه": the verb and its noun tell of one person, once
        t = st.toks[at]
        st.used.add(i)
        fig = Figure(st.sent, at, at + 1, count, outcome, span=(t.start, t.end), out_at=i, singular=True)
        # (and for "مصرعهما": after the people who died, before it: "لقي شخصان على الأقل مصرعهما")
        who = at if at != i or kind not in ("sg", "du") else next((m for m in range(i - 1, max(-1, i - 5), -1) if st.vic[m]), at)
        if _at_least_after(st, at) or who != at and _at_least_after(st, who):
            fig.qualifier = "at_least"  # "قتل شخصان على الأقل"، "مقتل متظاهر واحد، على الأقل"
        out.append(fig)
    return out


def _captive_to(st: Sent, j: int) -> bool:
    """Token ``j``, right after a singular captive noun, carries لـ (not لدى, held by): "أسيرة لروسيا"،
    "رهينة للتسويف" are figures of speech; "أسير لدى الحركة" is one held."""
    f = st.forms[j]
    return (
        f[0].startswith("ل")
        and not f[0].startswith("لدي")
        and not nationality(st, j)  # "أسير لبناني": a Lebanese captive
        and (f[0][1:] in f[1:] or "ال" + f[0][2:] in f[1:])
    )


def _one_harmed(st: Sent, j: int) -> bool:
    """Token ``j`` is an indefinite singular or dual people noun, not counted by a number after it."""
    return (
        bool(st.vic[j])
        and st.vic[j][0][1] in ("sg", "du")
        and j not in st.in_number
        and not definite(st, j)
        and not (j + 1 < len(st.toks) and j + 1 in st.in_number)
    )


def _dual_told(st: Sent, j: int) -> bool:
    """The people noun at ``j`` ends in ين and "أحدهما" (one of the two) or "كلاهما" (cue role both) follows it
    within a few words of its clause: "وفاة فلسطينيين السبت أحدهما صحفي" = 2."""
    if st.vic[j][0][1] != "pl" or not st.forms[j][0].endswith("ين"):
        return False
    for k in range(j + 1, min(len(st.toks), j + 5)):
        if st.cue_role(k) == "both" or st.cue_role(k) == "one_of" and st.surf[k].endswith("هما"):
            return True
        if not st.toks[k].is_word or k in st.in_number or st.out[k]:
            return False
    return False


def _at_least_after(st: Sent, at: int) -> bool:
    """A qualifier of the kind "على الأقل" (role at_least_after) follows the harmed noun at ``at``,
    over its number word, a force it belongs to and commas ("رجلا واحدا على الأقل"، "رقيب شرطة على
    الأقل")."""
    n = len(st.toks)
    for k in range(at + 1, min(n, at + 5)):
        if st.cue_role(k) == "at_least_after":
            return True
        if not (k in st.in_number or st.surf[k] in ("،", ",") or st.vic[k] or _one_two(st.forms[k][0])):
            return False
    return False


#: the words of one and two (numbers_words.tsv) that follow a singular or dual noun ("رجلا واحدا")
_ONE_TWO = frozenset(row[0] for row in lexicon.table("numbers_words") if row[1:3] in (("1", "n"), ("2", "n")))


def _one_two(form: str) -> bool:
    """The word of one or two, also in the accusative ("واحدا")."""
    return form in _ONE_TWO or form.endswith("ا") and form[:-1] in _ONE_TWO


def _one_more_person(st: Sent, i: int, j: int) -> bool:
    """Token ``j``, after the casualty word at ``i``, is "another" standing alone as a noun (lexicon
    cue role another, no article), then the end of the clause, a preposition (lexicon
    figures_prepositions), a word with ب or a time: "وأصيب آخر بجروح"، "فيما توفي آخر إثر"، "وإصابة
    آخر" (not "فقدان آخر جيب": the last pocket); so are two more ("وجرح آخران") and an ordinal alone
    ("وفاة سادس"). After a verbal noun only the masculine, joined by و to a figure before: "إصابة
    أخرى" is another injury, "مراكز احتجاز أخرى" other centres."""
    n = len(st.toks)
    if j < n and _ordinal_alone(st, j) and definite(st, j):
        return True  # "مقتل اثنين من المسلحين وإصابة الثالث": the last of them, told by its rank
    if not (j < n and _ordinal_alone(st, j)):  # "أعلنت لاحقا وفاة سادس متأثرا بجراحه": a sixth, one more
        if j >= n or st.cue_role(j) != "another" or definite(st, j) or st.forms[j][0] not in ("اخر", "اخري", *_TWO_MORE):
            return False
        if st.out[i][0][1] == "noun" and (st.forms[j][0] not in ("اخر", *_TWO_MORE) or not st.starts_with_wa(i)):
            return False
    k = j + 1
    if k >= n or st.surf[k] in CLAUSE_END or st.forms[k][0] in PREPOSITIONS or st.cue_role(k) in ADJUNCT_ROLES:
        return True
    if st.out[k] and st.out[k][0][0] == st.out[i][0][0]:
        return True  # "وأصيب آخر بجروح": the rest of the casualty phrase
    # "بجروح"، "برصاص": a word with ب (the clitic layer may keep it whole), not a place or a thing
    return len(st.forms[k]) > 1 and st.surf[k].startswith(("ب", "وب")) and not st.unit[k]


#: "two more" standing alone as a noun after a casualty word ("وجرح آخران"): the one-word duals of
#: cue role another (figures_cues), normalized
_TWO_MORE = tuple(
    normalize(row[0]) for row in lexicon.table("figures_cues") if row[1] == "another" and " " not in row[0] and row[0].endswith("ان")
)


def _ordinal_alone(st: Sent, j: int) -> bool:
    """Token ``j`` is a masculine ordinal after the first, alone, with no article: "ثالث"، "سادس" (not
    "الثالث", unless a count of one less comes before it; nor "ثانية": a second time or injury)."""
    item = st.numbers.get(j, (0, {}))[1]
    if item.get("kind") != "ordinal" or (item.get("value") or 0) < 2:
        return False
    if definite(st, j) and not _one_past(st, j, item["value"]):
        return False
    return st.numbers[j][0] == j + 1 and not st.forms[j][0].endswith("ه")


def _one_past(st: Sent, j: int, value: int) -> bool:
    """A count of one less than the ordinal ``value`` at ``j`` stands before it in the sentence:
    "مقتل اثنين من المسلحين وإصابة الثالث" (the third of three)."""
    return any(a < j and item.get("kind") == "count" and item.get("value") == value - 1 for a, (_, item) in st.numbers.items())


def _one_of_nation(st: Sent, j: int, named: set[int]) -> bool:
    """The word at ``j``, right after a casualty noun, is the indefinite masculine singular of a
    nationality standing for one person ("اعتقال تركي"، "مقتل أميركي"), not a name's first word
    ("اعتقال تركي الفيصل") nor an adjective of a noun before it."""
    if not 0 <= j < len(st.toks) or j in st.in_number or definite(st, j) or not nationality(st, j):
        return False
    if not normalize(st.surf[j]).endswith("ي") or j in named:
        return False
    nxt = j + 1
    return not (nxt < len(st.toks) and (nxt in named or st.toks[nxt].is_word and definite(st, nxt) and not st.forms[nxt][0].startswith(("بال", "وال", "لل"))))


def _dual_verb(st: Sent, i: int, k: int) -> bool:
    """The casualty word at ``i`` is a verb in the dual after the noun at ``k`` ("قتلا"، "قتلتا"،
    "أصيبا"; not a plural in وا)."""
    if not (k < i < len(st.toks)) or not st.out[i] or st.out[i][0][1] != "verb":
        return False
    w = normalize(st.surf[i])
    return w.endswith(("تا", "ا")) and not w.endswith(("وا", "يا"))


def _dual_nation(st: Sent, k: int) -> bool:
    """The word at ``k`` is a dual adjective of nation ("إسرائيليان"، "إسرائيليين" after two nouns)."""
    if not 0 <= k < len(st.toks) or not st.toks[k].is_word:
        return False
    w = normalize(st.surf[k]).removeprefix("ال")
    return w.endswith(("يان", "يين")) and w[:-2] in nationalities()


def _nation(st: Sent, k: int) -> str:
    """The nation an adjective at ``k`` names, singular or plural ("صومالي"، "أميركيين" → "اميركي")."""
    if not 0 <= k < len(st.toks) or not st.toks[k].is_word:
        return ""
    word = nationality(st, k)
    if word:
        return word
    w = normalize(st.surf[k]).removeprefix("و").removeprefix("ال")
    stem = w[:-3] + "ي" if w.endswith(("يين", "يون")) else ""
    return stem if stem in nationalities() else ""


def conjoined_figures(st: Sent, found: list[Figure]) -> list[Figure]:
    """One or two more people joined by و to a figure's harmed noun, with its outcome: "مقتل ضابط
    وجنديين" (1 and 2), "بينهم 3 أطفال وامرأتان" (a part like the one it follows)."""
    out: list[Figure] = []
    n = len(st.toks)
    for f in found:
        k = f.b + 1 if f.b < n and st.vic[f.b] and not f.singular else f.b
        partitive = k < n and st.forms[k][0] == "من" and not f.singular and (k := _after_partitive(st, k)) > 0
        noun = f.b if f.b < n and st.vic[f.b] else f.b - 1
        own = st.vic[noun][0][0] if noun >= 0 and st.vic[noun] else None
        if f.count == 1 and st.cue_role(f.a) == "one_of" and k < n and st.vic[k]:
            k = _past_genitive(st, k)  # "قتل أحد أفراد القوات الأمنية ومتظاهر": past whom he is one of
        if k < n and not f.singular and _nation(st, k) and not st.vic[k]:
            k += 1  # "أربعة عسكريين أميركيين وجندي صومالي": over the nation of the counted
        while k < n and st.surf[k].startswith("و") and k not in st.in_number and st.vic[k]:
            number = st.vic[k][0][1]
            if number not in ("sg", "du") or definite(st, k) or (k + 1 < n and (k + 1) in st.in_number):
                break
            kinds = {own, st.vic[k][0][0]}
            # (nor "أربعة عسكريين أميركيين وجندي صومالي": one of another nation)
            mine, theirs = _nation(st, noun + 1), _nation(st, k + 1)
            other = bool(mine and theirs) and mine != theirs
            if number == "sg" and not f.singular and not partitive and kinds != {"civilian", "military"} and not other:
                break  # "نحو 30 امرأة وشابا": the number counts both nouns (not "ثلاثة جنود وامرأة")
            if number == "sg" and f.singular and f.count == 1 and k == f.b and (_dual_nation(st, k + 1) or _dual_verb(st, f.out_at, k)):
                # "قتل ضابط وجندي إسرائيليان": a dual adjective makes the two one count of two; so does
                # a dual verb after them ("إن امرأة وطفلتها قتلتا")
                f.count, f.b, f.span = 2, k + 1, (f.span[0], st.toks[k].end)
                break
            out.append(_more_of(st, f, k, 1 if number == "sg" else 2))
            k += 1  # "ثلاثة من رجال الأمن وامرأة وطفلين": each item of the list
    for f in found:  # "مقتل إيراني و4 سوريين": one of a nationality before the number, joined by و
        w = f.a - 1
        j = one_nationality_before(st, w) if w > 0 and st.forms[w][0] == "و" else None
        if j is not None and not any(g.a <= j < g.b for g in found + out):
            out.append(_more_of(st, f, j, 1))
    for f in found:  # "قتل 14 شخصا، من بينهم قياديان": two of them, a dual after a breakdown
        j = _dual_in_breakdown(st, max(f.b, f.out_at + 1))
        if j is not None and not any(g.a <= j < g.b for g in found + out):
            g = _more_of(st, f, j, 2)
            g.head, g.part, g.some = f, True, True
            out.append(g)
    for f in found:  # "قتل 9 مسلحين بالإضافة إلى مقاتلين اثنين": one or two more, added
        k = f.b + 1 if f.b < n and st.vic[f.b] and not f.singular else f.b
        # past the words that describe them ("9 مسلحين تابعين لميليشيات موالية لإيران بالإضافة إلى")
        k = next(
            (
                m
                for m in range(k, min(n, k + ALSO_REACH))
                if st.cue_role(m) == "also" or st.surf[m] in CLAUSE_END or st.out[m] or m in st.in_number
            ),
            n,
        )
        if not (k < n and st.cue_role(k) == "also"):
            continue
        while k < n and (st.cue_role(k) == "also" or k in st.in_cue and k - 1 in st.in_cue):
            k += 1  # the rest of the phrase (the إلى of إضافة إلى)
        hit = st.vic[k] if k < n else None
        if not hit or definite(st, k) or k in st.in_number:
            continue
        two = (k + 1) in st.numbers and st.numbers[k + 1][1].get("value") == 2  # "مقاتلين اثنين": a dual restated
        number = "du" if two else hit[0][1]
        if number not in ("sg", "du") or (not two and k + 1 < n and (k + 1) in st.in_number):
            continue  # "إضافة إلى جندي و3 مدنيين" is read from its numbers
        t = st.toks[k]
        g = Figure(st.sent, k, k + 1, 1 if number == "sg" else 2, f.outcome, span=(t.start, t.end))
        g.out_at, g.singular, g.head = f.out_at, True, f.head
        out.append(g)
    for f in found:  # "مقتل جندي و3 مدنيين": the one before the number, read with its casualty word
        if f.singular or f.a < 2:
            continue
        # the و apart ("جندي و3") or on the number word ("جنديين وخمسة")
        wa = st.starts_with_wa(f.a) and st.numbers.get(f.a, (0, {}))[1].get("value") not in (1, 2)
        # (not "مقتل شخص واحد": واحد is the number of the noun before it, not و and أحد)
        noun = f.a - 2 if st.forms[f.a - 1][0] == "و" else f.a - 1 if wa else -1
        if noun < 0:
            continue
        # the casualty word before them both, or after them both with the clause opening on the noun
        # ("أن جنديين وخمسة مقاتلين سوريين أصيبوا")
        opens = f.out_at > f.a and (noun == 0 or st.surf[noun - 1] in CLAUSE_END or st.forms[noun - 1][0] in COMPLEMENTIZERS)
        if not (f.out_at == noun - 1 or opens):
            continue
        hit = st.vic[noun]
        if hit and hit[0][1] in ("sg", "du") and not definite(st, noun) and noun not in st.in_number:
            t = st.toks[noun]
            g = Figure(st.sent, noun, noun + 1, 1 if hit[0][1] == "sg" else 2, f.outcome, span=(t.start, t.end))
            g.out_at, g.singular = f.out_at, True
            out.append(g)
    for f in found:  # "مقتل 65 شخصا في أوتار براديش و35 في راجستان، وشخصين في بنجاب": one more place
        j = _place_part(st, f)
        if j is not None and not any(g.a <= j < g.b for g in found + out):
            out.append(_more_of(st, f, j, 1 if st.vic[j][0][1] == "sg" else 2))
    return out


def _more_of(st: Sent, f: Figure, j: int, count: int) -> Figure:
    """One or two more people named at token ``j``, harmed as the figure ``f`` tells: its outcome and
    casualty word, and the toll it is part of."""
    t = st.toks[j]
    g = Figure(st.sent, j, j + 1, count, f.outcome, span=(t.start, t.end), out_at=f.out_at, singular=True)
    g.head, g.part = f.head, f.part
    return g


def _place_part(st: Sent, f: Figure) -> int | None:
    """A singular or dual people noun with و, then في, after the place of the number figure ``f`` told
    place by place (its people, or its number alone, then في and the place): "12 شخصا في بغداد وشخصين
    في الموصل" (two more killed, in the other place); the noun's index, or None."""
    n = len(st.toks)
    if f.singular:
        return None
    k = f.b + 1 if f.b < n and st.vic[f.b] else f.b
    if k >= n or st.forms[k][0] != "في":
        return None
    for m in range(k + 2, min(n - 1, k + 2 + PLACE_PART_GAP)):
        if st.out[m] or m in st.in_number or m in st.in_date or st.surf[m] in (".", "؛", ";", ":"):
            return None
        hit = st.vic[m]
        if hit and st.surf[m].startswith("و") and st.forms[m + 1][0] == "في":
            ok = hit[0][1] in ("sg", "du") and not definite(st, m) and (m + 2 >= n or m + 2 not in st.in_number)
            return m if ok else None
        if hit:
            return None
    return None


def _past_genitive(st: Sent, k: int) -> int:
    """The word after the plural people noun at ``k`` and the definite words that tell whose they
    are ("أفراد القوات الأمنية" → the word after الأمنية), up to three of them."""
    k += 1
    for _ in range(3):
        if (
            k >= len(st.toks)
            or not st.surf[k].startswith("ال")
            or st.out[k]
            or k in st.in_number
        ):
            break
        k += 1
    return k


def _dual_in_breakdown(st: Sent, hi: int) -> int | None:
    """The dual people noun right after a breakdown that follows the figure ending at ``hi``, over
    the figure's own people noun, a qualifier and a comma ("14 شخصا، من بينهم قياديان كبيران"، "وأصيب
    سبعة بينهم طفلان"، "أربعة مدنيين على الأقل بينهم طفلان"); None where the dual has a number of its own ("بينهم صحافيان اثنان") or none follows."""
    n = len(st.toks)
    k = hi
    while k < n and k < hi + 3 and (st.surf[k] in ("،", ",") or st.vic[k] and k == hi):
        k += 1
    if k < n and st.cue_role(k) in ("at_least_after", "approximate_after"):
        k += st.cue[k][1]  # "بمقتل أربعة مدنيين على الأقل بينهم طفلان"
        while k < n and st.surf[k] in ("،", ","):
            k += 1
    if k >= n or st.cue_role(k) != "breakdown":
        return None
    j = k + st.cue[k][1]
    if j >= n or not st.vic[j] or st.vic[j][0][1] != "du" or j in st.in_number or definite(st, j):
        return None
    return None if j + 1 in st.in_number else j


def _after_partitive(st: Sent, k: int) -> int:
    """The token after the partitive phrase that starts with من at ``k`` ("ثلاثة من رجال الأمن
    وامرأة" → وامرأة) where an item joined by و follows it within a few words, else -1."""
    for m in range(k + 1, min(len(st.toks), k + PARTITIVE_REACH)):
        if st.surf[m] in CLAUSE_END or st.out[m] or m in st.in_number:
            return -1
        if st.surf[m].startswith("و") and st.vic[m]:
            return m
    return -1


#: how many words may describe a figure's people before إضافة إلى adds one or two more
ALSO_REACH = 7
#: how many words a partitive phrase after a number may run ("من رجال الأمن" is three)
PARTITIVE_REACH = 5


def _reported_subject(st: Sent, i: int) -> int | None:
    """ "إن رجلا يبلغ من العمر 63 عاما قتل"، "بأن زوجته، البالغة 39 عاما، توفيت": a singular or dual
    noun right after أن/إن that the casualty verb at ``i`` reports of."""
    for k in range(i - 1, max(-1, i - 14), -1):
        if st.out[k] or st.surf[k] in (".", "؛", ";", ":"):
            return None
        if st.forms[k][0] in ("ان", "بان", "فان") and k + 1 < i:  # (فإن: "وبحسب الشرطة فإن رجلا قتل")
            j = k + 2 if st.surf[k + 1] in QUOTES and k + 2 < i else k + 1  # إن "متظاهرا مدنيا ... توفي"
            hit = st.vic[j]
            ok = hit and hit[0][1] in ("sg", "du") and j not in st.in_number
            return j if ok else None
    return None


def _one_of(st: Sent, i: int) -> int | None:
    """ "أن أحد رجال الشرطة قتل وأصيب خمسة آخرون": أحد and a plural of people right before the
    casualty verb at ``i``, which then has no object; the index of أحد."""
    for k in (i - 2, i - 3):
        if k < 0 or st.cue_role(k) != "one_of":
            continue
        people = [m for m in range(k + 1, i) if st.vic[m]]
        if not people or any(st.vic[m][0][1] == "du" or st.out[m] for m in people):
            return None  # "أحد الشابين قتل": one of two already told (not "أحد رجال الشرطة قتل")
        return None if _has_object(st, i) else k
    return None


def _lost_object(st: Sent, i: int, j: int) -> bool:
    """The verb of losing at ``i`` has for object the indefinite noun at ``j`` in the accusative ("فقد
    صديقا"): someone lost a person or thing dear to them, no one is missing (not "فقد صحفي")."""
    if not st.out[i] or st.out[i][0][2:3] != ("lost",) or j >= len(st.toks) or j in st.in_number:
        return False
    return st.cue_role(j) is None and len(st.forms[j][0]) > 3 and st.surf[j].endswith(("ا", "اً"))


def _has_object(st: Sent, i: int) -> bool:
    """The verb at ``i`` is followed by a definite object ("أوقف السيارة"، "أوقف عملية التصوير"), not
    by an agent, a place or time, a noun with ب or ل ("أصيب بالانفجار"), or the end of its clause."""
    j = i + (st.out[i][1] if st.out[i] else 1)  # after the whole casualty phrase ("يتلقى العلاج")
    n = len(st.toks)
    if j >= n or st.surf[j] in CLAUSE_END or not st.toks[j].is_word or st.vic[j] or st.out[j]:
        return False
    if st.cue_role(j) in ADJUNCT_ROLES or j in st.in_date or st.forms[j][0] in ("في", "علي", "من"):
        return False
    if st.forms[j][0].startswith(("بال", "لل")):
        return False  # "إن شخصا أصيب بالانفجار": a preposition's noun, not an object
    return definite(st, j) or (j + 1 < n and definite(st, j + 1))


def _subject_before(st: Sent, i: int) -> int | None:
    """ "تشييع صحافي قتل برصاص الجيش"، "أحد بريطانيين أصيبا بغاز الأعصاب": an indefinite singular
    or dual noun right before the casualty verb at ``i``, when what follows the verb shows it is
    passive (an agent, a place, a time, or the end of the clause), not "رجل قتل زوجته"."""
    k = i - 1
    if k > 0 and st.forms[k][0] == "قد":
        k -= 1  # "وكان فتى فلسطيني قد قتل برصاص الجيش"
    if k > 0 and nationality(st, k) and st.vic[k - 1]:
        k -= 1  # "وكان شرطي أردني قتل، السبت": the noun before its nationality
    # "أن فلسطينيين قتلا": a plural in ين before a dual verb is a dual
    dual_verb = st.surf[i].endswith("ا") and not st.surf[i].endswith("وا") and k >= 0 and st.forms[k][0].endswith("ين")
    if k < 0 or not st.vic[k] or k in st.in_number or definite(st, k):
        return None
    if st.vic[k][0][1] not in ("sg", "du") and not (st.vic[k][0][1] == "pl" and dual_verb):
        return None
    j = i + 1
    # what follows shows the verb has no object: an agent, a place or a time (lexicon cue roles)
    if j < len(st.toks) and not (
        st.surf[j] in CLAUSE_END
        or st.cue_role(j) in ADJUNCT_ROLES
        or j in st.in_date
        or st.cue_role(j) == "wounds" and st.out[i][0][0] == "injured"  # "شرطيين أصيبا بجروح": how hurt
    ):
        return None  # (a date: "بشخصين اعتقلا العام الماضي")
    return k


def _object_after(st: Sent, i: int, named: set[int] | frozenset[int] = frozenset()) -> int | None:
    """ "اعتقلت الشرطة رجلا"، "قتلت القوات مسلحين اثنين"، "أوقفت الشرطة والديه"، "وقتل رضوان لقديم
    شخصين": after a casualty verb and its subject (a definite noun phrase of up to three words:
    "الشرطة"، "قوات الأمن"; or a person's name, ``named`` holding where the names start), the one or
    two people it harmed, marked as its object: an indefinite singular in the accusative (with its
    alif) or a dual; or the one who did the deed, definite, where the verb has no object pronoun of its
    own ("وقتلت الشرطة المهاجم"، "اعتقلت الشرطة مطلق النار"، "اعتقلت السلطات المشتبه به"; not
    "كانت تحتجزهم الجماعة المتشددة")."""
    n = len(st.toks)
    k = i + 1
    if k + 1 >= n:
        return None
    plural = bool(st.vic[k]) and st.vic[k][0][1] == "pl"  # "اعتقل مسلحون مجهولون"
    if not (definite(st, k) or definite(st, k + 1) or plural or st.toks[k].start in named):
        return None
    if st.vic[k] and st.vic[k][0][1] in ("sg", "du"):
        return None  # "قتل الرجل زوجته": a person as subject is a scene of its own
    skipped = 0  # a day set off by commas after the subject: "اعتقلت السلطات التركية، الثلاثاء، مسؤولا"
    for j in range(k + 1, n):
        if j in st.in_date or (st.surf[j] in ("،", ",") and ((j + 1) in st.in_date or (j - 1) in st.in_date)):
            skipped += 1
            continue
        if j >= k + 4 + skipped:
            return None
        if st.cue_role(j) == "likewise":
            skipped += 1  # "واعتقلت الشرطة أيضا شابا"
            continue
        if st.cue_role(j) == "one_of" and j + 1 < n and st.vic[j + 1] and j + 1 not in st.in_number:
            return j  # "واعتقلت الشرطة أحد المتظاهرين": one of them
        hit = st.vic[j]
        if hit and j == k + 1 and definite(st, j) and not definite(st, k):
            continue  # "خطفت ميليشيات الحوثي مسؤولا": the subject's genitive, not the one harmed
        if hit and hit[0][1] in ("sg", "du") and j not in st.in_number:
            if (j + 1) in st.in_number:
                return None  # "رجلين اثنين" is read from its number
            if _doer_object(st, i, j, named):
                return j
            return j if _marked_object(st, j) else None
        if st.surf[j] in CLAUSE_END or st.out[j] or j in st.in_number:
            return None
    return None


def _subject_after_place(st: Sent, i: int) -> int | None:
    """The one or two harmed told after the casualty verb at ``i`` and where it befell them, in the
    nominative: "قتل في محافظة ديالى شرطي وأصيب خمسة آخرون" (not "قتل في الهجوم الذي نفذه مسلح":
    a clause of its own; nor a doer such as مسلح)."""
    n = len(st.toks)
    if i + 2 >= n or st.cue_role(i + 1) != "verb_adjunct" or st.forms[i + 1][0] != "في":
        return None
    for j in range(i + 2, min(n, i + 6)):
        if st.surf[j] in CLAUSE_END or st.out[j] or j in st.in_number or st.cue_role(j) is not None:
            return None
        hit = st.vic[j]
        if hit and j > i + 2:
            if hit[0][1] not in ("sg", "du") or hit[0][2:3] == ("perpetrator",) or definite(st, j):
                return None
            if (j + 1) in st.in_number or st.surf[j].endswith("ا") and hit[0][1] == "sg":
                return None  # "طفلين اثنين" is read from its number; an accusative is an object
            return j
        if hit:
            return None
    return None


def _dual_object(st: Sent, i: int) -> int | None:
    """A dual people noun right after the verb at ``i`` (over أيضا), not counted by a number of its
    own: "أصاب عنصرين"، "أصاب أيضا شرطيين"; its index."""
    j = i + 1
    if j < len(st.toks) and st.cue_role(j) == "likewise":
        j += 1
    if j >= len(st.toks) or j in st.in_number or (j + 1) in st.in_number or definite(st, j):
        return None
    return j if st.vic[j] and st.vic[j][0][1] == "du" else None


def _sg_object(st: Sent, i: int) -> int | None:
    """An indefinite singular people noun marked as the object of the verb at ``i`` (see
    :func:`_marked_object`), right after it or after a definite subject: "أصاب حارسا أمنيا"، "أصاب
    المهاجم شرطيا" (not "أصاب الحارس": one named before; nor "أصاب الصاروخ هدفا": no person)."""
    n = len(st.toks)
    for m in (i + 1, i + 2):
        if m >= n or m in st.in_number or (m + 1) in st.in_number or st.surf[m] in CLAUSE_END:
            return None
        hit = st.vic[m]
        if hit and hit[0][1] == "sg" and not definite(st, m) and not st.starts_with_wa(m):
            # (not "طعن زوجها": his own, with a pronoun the clitic layer may leave on)
            own = suffixed(st, m) or st.forms[m][0].endswith(PRONOUN_SUFFIXES)
            # the verb of hitting itself, or wounds told after the one hit ("طعن رجلا" alone may
            # have killed him: how is not told)
            wounded = st.forms[i][-1].startswith("اصاب") or any(
                st.cue_role(x) == "wounds" for x in range(m + 1, min(n, m + 5))
            )
            return m if _marked_object(st, m) and not own and wounded else None
        if m == i + 1 and not (definite(st, m) and not st.out[m]):
            return None
    return None


def _perpetrator_object(st: Sent, j: int) -> int | None:
    """After a casualty verb, the singular who does harm at ``j`` (victims lexicon mark
    "perpetrator": مسلح، مهاجم) is its subject when a person marked as the object follows, right
    after him or after the weapon (ب…): "قتل مسلح بسكين امرأة"، "قتل مهاجم شرطيا". The object's
    index: an indefinite feminine singular, a singular with the accusative alif, or a dual (not
    "قتل مسلح فلسطيني": his adjective)."""
    if not st.vic[j] or st.vic[j][0][2:3] != ("perpetrator",):
        return None
    n = len(st.toks)
    for m in (j + 1, j + 2):
        if m >= n or m in st.in_number or st.surf[m] in CLAUSE_END:
            return None
        hit = st.vic[m]
        if hit and not definite(st, m) and not st.starts_with_wa(m) and (m + 1) not in st.in_number and hit[0][1] in ("sg", "du"):
            return m if _marked_object(st, m) else None
        if hit or not st.surf[m].startswith("ب"):
            return None
    return None


def _doer_object(st: Sent, i: int, j: int, named: set[int] | frozenset[int]) -> bool:
    """The definite singular at ``j`` after the subject of the casualty verb at ``i`` is the one who did
    the deed (people class perpetrator, or المشتبه به: cue role suspect), not one only named, and the
    verb carries no object pronoun: "وقتلت الشرطة المهاجم" (one killed)."""
    hit = st.vic[j]
    doer = hit[0][2:3] == ("perpetrator",) or st.cue_role(j) == "suspect"
    return (
        doer
        and hit[0][1] == "sg"
        and (definite(st, j) or definite(st, j + hit[1] - 1))  # (or its last word: "مطلق النار")
        and not suffixed(st, i)
        and not _named_after(st, j, named)
    )


def _marked_object(st: Sent, j: int) -> bool:
    """The singular or dual people noun at ``j`` is marked as an object: a dual, or an indefinite
    singular with the accusative alif or, as a feminine takes none, its ة ("اعتقلت الشرطة صحفية";
    not مقاتلة, also a jet)."""
    hit = st.vic[j]
    feminine = st.surf[j].endswith("ة") and hit[0][0] != "military"
    return hit[0][1] == "du" or (st.surf[j].endswith("ا") or feminine) and not definite(st, j)


def _people_object(st: Sent, k: int) -> bool:
    """An indefinite people noun at ``k`` (not joined by و), the object of a verb whose subject
    stands before it: "احتجز مسلح رهائن"، "قتل مسلح شرطيين"."""
    if k >= len(st.toks) or k in st.in_number or definite(st, k) or st.starts_with_wa(k):
        return False
    if st.forms[k][0].startswith("اخر"):
        return False  # "وجرح شخص آخر": an adjective of the harmed, not an object
    hit = st.vic[k] or st.out[k]
    if hit and hit[0][2:3] == ("body",):
        return False  # "قتل عنصر أمن"، "ضابط شرطة": the force he is of, not an object
    return bool(hit) and hit[0][1] in ("pl", "person")  # (not "قتل فتى فلسطيني": its adjective)


def _named_before(st: Sent, i: int, named: set[int], far: bool = False) -> bool:
    """A person's name within the few words before token ``i``; with ``far``, anywhere in the
    sixteen words before it when no other singular person is told between ("وكان عماد مغنية أحد
    أبرز القادة العسكريين في الحزب، ولقي مصرعه": he is the one who died)."""
    start = st.toks[max(0, i - 8)].start
    if any(start <= m < st.toks[i].start for m in named):
        return True
    if not far:
        return False
    lo = max(0, i - 16)
    for k in range(i - 1, lo - 1, -1):
        if st.toks[k].start in named:
            return True
        if st.surf[k] in (".", "؛", ";") or st.vic[k] and st.vic[k][0][1] in ("sg", "du") and not definite(st, k):
            return False  # "قتل مسلحون رجلا ... ولقي حتفه": another person, told between
    return False


def _named_after(st: Sent, j: int, named: set[int]) -> bool:
    """A person's name within the next few words ("الصحفي والكاتب السعودي جمال خاشقجي"), or right after
    the comma that closes a longer description of words only ("الدبلوماسي الغاني والأمين العام السابق
    للأمم المتحدة، كوفي عنان")."""
    end = st.toks[min(len(st.toks) - 1, j + 5)].end
    if any(st.toks[j].start <= m < end for m in named):
        return True
    for k in range(j + 1, min(len(st.toks) - 1, j + 11)):
        if st.surf[k] in ("،", ","):
            t = st.toks[k + 1]
            return any(t.start <= m < t.end for m in named)  # (or at its stem: "كوفي" read as ك + وفي)
        if not st.toks[k].is_word or k in st.in_number or st.out[k]:
            return False
    return False


def _person_starts(doc: Doc) -> set[int]:
    """Where the tagger's person mentions, and the full names of the article's person entities, start
    (worked out once per document)."""
    cached = doc.__dict__.get("_fig_person_starts")
    if cached is not None:
        return cached
    out = {m["start"] for m in doc.layers.get("mentions") or [] if m.get("type") == "PER"}
    for e in doc.layers.get("entities") or []:
        if e.get("type") == "PER":
            # a full name of two words or more, or one word of the full name (لقديم of رضوان لقديم),
            # not a description ("الرجل")
            full = str(e.get("name", "")).split()
            out.update(
                m["start"]
                for m in e.get("mentions") or []
                if isinstance(m, dict)
                and "start" in m
                and (len(str(m.get("text", "")).split()) >= 2 or len(full) >= 2 and m.get("text") in full)
                and not str(m.get("text", "")).startswith("ال")
            )
    doc.__dict__["_fig_person_starts"] = out
    return out

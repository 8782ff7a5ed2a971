"""Attributed statements: who said what, through which channel (the ``statements`` layer).

A statement is found from its cue: a reporting verb in any of its forms (``قال``، ``وقالت``،
``يقولون``، ``مشيرا``، ``ودعتها``; see :mod:`marsad.claims.statements_lexicon`) or a reporting
phrase (``بحسب``، ``وفقا لـ``، ``نقلا عن``، ``بحسب ما أعلنت``). Around the cue:

- the content opens at ``إن/أن/بأن`` (kept in the content), after a colon, at a quotation mark
  (direct speech, the marks left out), at the verb's preposition (``أشار إلى``، ``أعرب عن``), or
  right after the verb and its subject; it runs to the next reporting cue of the sentence
  (``، مضيفا أن`` is a statement of its own), a contrast (``فيما``، ``بينما``), a closing quote, or
  the end of the sentence;
- the speaker is the phrase between the verb and the content, without time words (``الخميس``),
  channels (``لرويترز``، ``في بيان``، ``على تويتر`` → ``via``) or addressees (``للصحفيين``);
  subject first (``وزارة الدفاع قالت``); or, for a pronoun (``وقالت``، ``مشيرا``)، the latest
  speaker of the same gender and number (``وقالت`` → a ministry, ``وقال`` → a man);
- negated reports (``لم يعلن``) and relative clauses (``التي أعلنها``) are not statements, but a
  relative clause whose pronoun is the verb's subject is a report of its antecedent
  (``المنظمة التي أعلنت أنها``، ``الوفد، الذي رحب بالخطوة``);
- a definite head refers back to the latest speaker it heads (``وأضافت الوزارة`` → وزارة الصحة،
  ``وفقا للمصدر`` → مصدر ميداني); a pronoun takes the latest speaker of a statement, or a person
  who acted, before a group or thing that was only the subject of another verb;
- a lead that lost its verb (``الرئيس الروسي، فلاديمير بوتين، الخميس، أن ...``) is an indirect
  statement with no cue.
- a title with a reporting verb (``الصحة تعلن ...``) is a statement; a title that only attributes
  with a colon (``بوتين: ...``) is not.

The Arabic lives in ``lexicon/statements_*.tsv`` (verbs as lemmas, phrases, channels, adjuncts,
speaker heads), read by :mod:`marsad.claims.statements_lexicon`; :mod:`~marsad.claims.statements_sentence`
reads a sentence, :mod:`~marsad.claims.statements_speakers` finds speakers and channels,
:mod:`~marsad.claims.statements_phrases` handles the reporting phrases.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("وقالت وزارة الصحة، الخميس، إن 20 شخصا قتلوا، مضيفة أن البحث مستمر.")
>>> segment(doc); annotate(doc)
>>> [(s["cue"], s["speaker"]["name"], s["content"]) for s in doc.layers["statements"]]
[('وقالت', 'وزارة الصحة', 'إن 20 شخصا قتلوا'), ('مضيفة', 'وزارة الصحة', 'أن البحث مستمر')]
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from marsad.claims import statements_lexicon as lx
from marsad.claims.statements_phrases import _phrase_at, _phrase_firsts, _phrase_statements
from marsad.claims.statements_sentence import (
    CLOSE_QUOTES,
    COMMAS,
    DASHES,
    OPEN_QUOTES,
    QUOTE_MARKS,
    _content,
    _cue_at,
    _forms,
    _glue,
    _hamza_masdar,
    _head,
    _in,
    _is_time,
    _lb_prefixed,
    _mention_ends,
    _mention_starts,
    _name_ya,
    _named,
    _named_tokens,
    _nisba,
    _outlets,
    _quote_close,
    _quote_words,
    _Sent,
    _sentence,
    _span,
)
from marsad.claims.statements_speakers import (
    MAX_SUBJECT,
    _anaphor,
    _apposition,
    _channel_words,
    _chunk_end,
    _documents,
    _issued_by,
    _leading_via,
    _negated_subject,
    _party,
    _person_ends,
    _Ref,
    _region,
    _relay,
    _relay_pronoun,
    _resolve,
    _skip_adjuncts,
    _split_commas,
    _subject_ref,
    _via_text,
    not_speaker,
)
from marsad.doc import Doc, Token
from marsad.entities import countries
from marsad.text.normalize import normalize, strip_diacritics

#: how many more sentences of its paragraph the words after a colon may run on over
RUN_ON = 3
#: how far (in tokens) after a cue the content may open
MAX_REGION = 18
#: words after a short quotation within which a person's name and then إن/أن make it a name
QUOTED_NAME_REACH = 10
#: words from a phrase of where or when the speaker spoke to a late إن/أن (see _late_complementizer)
LATE_REACH = 40
#: how many words a clause on where he spoke may run before a comma and a late setting (see _late_complementizer)
SETTING_LEAD = 4
#: how far back a bare بين makes a later وبين the preposition said again, not the verb بيّن
WA_PERF_BACK = 8
#: how far after "كل من" the verb's complement may come, past the names of its subjects
JOINT_REACH = 35
#: how many words after a verb of flag said_obj a noun of words said may stand (ورفضت الحكومة السورية الاتهامات)
SAID_OBJECT_REACH = 7
#: ... counted again after each comma that sets off a name or a day, up to this many in all ("رفض وزير
#: الدفاع الإسرائيلي، أفيغدور ليبرمان، الأحد، بشكل قاطع، مطالب")
SAID_OBJECT_REACH_COMMAS = 16
#: how far a relative clause on a verb's object may run to the verb's complement (اتهم X التي ... بـ)
RELATIVE_REACH = 15
#: how many tokens back from a participle after a comma a كان (or a sister) makes it its predicate
KANA_REACH = 8
#: how far after a closing quote a speaker's apposition may run to the إن of his words
APPOSITION_REACH = 12
#: how many words an accusing participle's object may run after its first word to the complement
OBJECT_REACH = 6
#: how many words after "ما قالت" its subject may run to the إن of what was said ("ما قالت مصادر مطلعة إنها")
WHAT_SAID_REACH = 6


@dataclass
class _Cue:
    """A reporting verb found in a sentence: its tokens, form and verb."""

    a: int  # first token (index in the sentence)
    b: int  # last token
    form: lx.CueForm
    verb: lx.Verb
    strict: bool
    needs_speaker: bool = False  # ضد من يزعم أنهم: with no speaker named, no report
    antecedent: tuple[int, int] | None = None  # المنظمة التي أعلنت أن: the speaker before الذي/التي
    in_phrase: bool = False  # بحسب ما أفادت: the verb of a reporting phrase
    relative: bool = False  # الذي تعتبره تركيا منظمة إرهابية: its subject named after it, in a relative clause


def _number_before(s: _Sent, k: int) -> bool:
    """A number of the numbers layer ends right before token ``k`` ("12 ألف طالب"، "45 ألف طلب")."""
    ends = s.doc.__dict__.get("_st_number_ends")
    if ends is None:
        dates = [(d["start"], d["end"]) for d in s.doc.layers.get("dates") or []]
        ends = {
            item["end"]
            for item in s.doc.layers.get("numbers") or []
            if item.get("kind") != "ordinal" and not any(a <= item["start"] < b for a, b in dates)
        }  # (not "في عام 2015 طالب البرلمان": a year)
        s.doc.__dict__["_st_number_ends"] = ends
    return s.toks[k - 1].end in ends


def _own_subject_says(s: _Sent, i: int, form: lx.CueForm, v: lx.Verb) -> bool:
    """The verb at ``i``, after a relative pronoun, has a subject of its own named right after it and
    then إن/أن within its region: the subject reports ("الذي قالت الشرطة إنه"); a verb that takes an
    object may carry the relative's pronoun, and then its complement will do ("الذي تتهمه أنقرة
    بأنه"، "التي تتهمها أنقرة بالتخطيط")."""
    resumed = bool(form.suffix) and "obj" in v.flags
    if form.suffix and "suffix_ok" in v.flags and form.aspect != "part" and i + 1 < len(s.toks) and _named(s, i + 1):
        return True  # "الذي تعتبره الولايات المتحدة منظمة إرهابية": the pronoun is the relative's, the rest its predicate
    if form.suffix and not resumed or form.aspect == "part" or i + 1 >= len(s.toks) or not _named(s, i + 1):
        return False
    for k in range(i + 2, min(len(s.toks), i + 2 + MAX_REGION)):
        if s.ns[k] in lx.COMPLEMENTIZERS or resumed and _complement(s, k, v.complements):
            return True
        if _cue_at(s, k):
            return False  # "والذي يعتبر الزعيم الروحي للجماعة على تقارير، نقلت أنها": أن is the other verb's
    return False


#: how many tokens a bracketed name may hold after its first word
BRACKETED = 3


def _what_said(s: _Sent, i: int, form: lx.CueForm, v: lx.Verb) -> bool:
    """A bare past verb after ما, its subject and then إن/أن within reach: ما is "what" and the verb
    reports ("ونشر فيديو يظهر ما قالت الحكومة إنه صاروخ جديد"), not "did not say" (nor "ووصف كل ما
    جاء في الكتاب بأنه": what the book holds, described by another)."""
    if form.aspect != "perf" or form.prefix or form.suffix or "came_in" in v.flags:
        return False
    for x in range(i + 1, min(len(s.ns), i + 1 + WHAT_SAID_REACH)):
        if x in s.bounds or s.toks[x].text(s.doc) in ("،", ",", ":"):
            return False
        if s.ns[x] in lx.COMPLEMENTIZERS:
            return x > i + 1
    return False


def _own_object(s: _Sent, k: int, v: lx.Verb) -> bool:
    """Token ``k``, right after the verb and right before the verb's own complement, is a noun with
    a possessive pronoun that names no one: "وأعلنت مسؤوليتها عن"، "ويؤكد قدرته على"، or right before
    the participle of قال: "وتابع حديثه قائلا" (not a speaker head "محاميها"، "ناديه"، a name, a
    participle in م "منافسها"، a plural in construct "منتقدوها"، "بعضهم"، "أحدهم"، "بعدها"; nor before
    إن: "وقال مساعده إن")."""
    w, written = s.ns[k], s.toks[k].text(s.doc)
    if k + 1 >= len(s.ns):
        return False
    said = _cue_at(s, k + 1)
    saying = said is not None and said.lemma == lx.say_lemma() and said.aspect == "part"
    colon = "colon_ok" in v.flags and s.toks[k + 1].text(s.doc) == ":"  # "وختم حديثه: ..."
    if not (saying or colon or s.ns[k + 1] in v.complements or _lb_complement(s, k + 1, v.complements)):
        return False
    if w.startswith("ال") or written.endswith("ة") or _head(w) is not None or _named(s, k):
        return False
    suffix = next((x for x in lx.OBJECT_SUFFIXES if w.endswith(x)), None)
    if suffix is None:
        return False
    stem = w[: -len(suffix)]
    adj = lx.adjuncts()
    if stem.startswith("م") and not stem.endswith("ت"):
        return False  # "منافسها"، "مديره": a participle in م names a person (but "مسؤوليتها")
    return (
        len(stem) >= 3
        and not stem.endswith("و")
        and not any(stem in adj.get(kind, frozenset()) for kind in ("many", "prep", "time", "quantifier"))
    )


def _bracketed(s: _Sent, i: int) -> bool:
    """The word at ``i`` opens a short aside in brackets: "(راي 1)"، "(سانا)"."""
    return (
        i > 0
        and s.toks[i - 1].text(s.doc) == "("
        and any(s.toks[k].text(s.doc) == ")" for k in range(i + 1, min(len(s.toks), i + 2 + BRACKETED)))
    )


def _find_cues(s: _Sent, refs: list[_Ref]) -> list[_Cue]:
    """The reporting verbs of a sentence (``وقالت``، ``مشيرا``، ``وتابع قائلا``), without negated ones (``لم يعلن``), relative clauses (``التي أعلنها``) and names that look like verbs (``حكمت``)."""
    adj = lx.adjuncts()
    neg, rel, lead = (
        adj.get("negation", frozenset()),
        adj.get("relative", frozenset()),
        lx.phrases().get("lead", frozenset()),
    )
    impersonal = lx.phrases().get("impersonal", frozenset())
    links = adj.get("clause_link", frozenset())
    known = lx.cue_words()
    courts = adj.get("court", frozenset())
    cues: list[_Cue] = []
    i, n = 0, len(s.toks)
    while i < n:
        w = s.ns[i]
        if w not in known and w not in lead or s.inq[i] or not s.toks[i].is_word:
            i += 1
            continue
        t = s.toks[i]
        if w in impersonal or (
            w in lx.phrases().get("passive_an", frozenset()) and i + 1 < n and s.ns[i + 1] in lx.COMPLEMENTIZERS
        ):
            i += 1  # "ويذكر أن"، "ويرجح أن": the outlet's words, or a thought of no one named
            continue
        form = lx._cue_form(w)
        if form is not None and form.aspect == "impf" and _passive_maqsura(form, t.text(s.doc)):
            i += 1  # "تلميذة تدعى جوليا": the passive, "is named", not تدعي "she claims"
            continue
        start = i
        if w in adj.get("not_cue", frozenset()) or (
            form is not None
            and form.lemma in lx.phrases().get("convicts", frozenset())
            and i + 1 < n
            and (s.ns[i + 1] in courts or f"{s.ns[i + 1]} {s.ns[min(i + 2, n - 1)]}" in courts)
        ):
            i += 1  # "ألف فدان"; "أدانت محكمة بريطانية مراهقا": convicted, not condemned
            continue
        if form is None and w in lead and i + 1 < n:
            nxt = _cue_at(s, i + 1)
            if nxt and nxt.aspect == "part" and nxt.lemma == lx.say_lemma():
                form, start = nxt, i
                i += 1
        if form is None:
            i += 1
            continue
        if t.start in _named_tokens(s.doc) and not form.prefix:
            i += 1  # حكمت حاجييف: a name, not a verb
            continue
        if i + 1 < n and f"{w} {s.ns[i + 1]}" in lx.phrases().get("noun_phrase", frozenset()):
            i += 1  # "طالب لجوء سوري": an asylum seeker, no one demanding
            continue
        if (
            not form.prefix
            and form.aspect == "perf"
            and start > 0
            and s.ns[start - 1] in adj.get("noun_governor", frozenset())
        ):
            i += 1  # "حتى يتم كشف ما حدث"، "تقديم طلب": the verbal noun, no report
            continue
        if not form.prefix and _bracketed(s, start):
            i += 1  # "لقناة (راي 1)": a name in brackets, not the verb رأى
            continue
        if (
            i + 1 < n
            and s.ns[i + 1] in adj.get("anonymity_after_verb", frozenset())
            and normalize(form.lemma) in adj.get("asking", frozenset())
        ):
            i += 1  # "مسؤول، طلب عدم الكشف عن هويته، إن": the condition he spoke on, no report of his
            continue
        prev = s.ns[start - 1] if start > 0 else ""
        if prev[:1] in ("و", "ف") and prev[1:] in adj.get("prep", frozenset()):
            prev = prev[1:]  # "وفي وصف الحادث": the preposition after its conjunction
        if not form.prefix and form.aspect != "part" and start > 0 and s.toks[start - 1].is_word and (
            prev in adj.get("prep", frozenset())
            and prev not in ("منذ", "من")  # (منذ أعلن: since he said; من تقول الشرطة: whom)
            or (not form.suffix and _number_before(s, start))
        ):
            i += 1  # "وقع على تعهد يقر"، "في حكم صدر": a noun after a preposition; "12 ألف طالب": after a number
            continue
        if form.aspect == "part" and not form.prefix and not form.suffix and start > 0 and _number_before(s, start):
            i += 1  # "أحالت النيابة 42 متهما": a noun counted by its number (defendants), no one accusing
            continue
        surface = t.text(s.doc)
        if form.aspect == "perf" and surface[len(form.prefix) + 1 : len(form.prefix) + 2] == "\u064f":
            i += 1  # "فيما وُصف بانقلاب": a damma on its first letter marks the passive, no speaker
            continue
        if form.suffix == "ه" and surface.endswith("ة"):
            i += 1  # إشارة is a noun, not أشار + ه
            continue
        v = lx.verb(form.lemma)
        if " ".join(s.ns[i + 1 : i + 3]) in lx.adjuncts().get("age_after", frozenset()):
            i += 1  # "ربة منزل تبلغ من العمر 34 عاما": an age, not a report
            continue
        if i + 1 < n and s.ns[i + 1] in lx.adjuncts().get("predicate_after", frozenset()):
            i += 1  # "يعتبر بمثابة": what something is, not a report
            continue
        if (
            form.suffix
            and not form.prefix
            and start > 0
            and s.toks[start - 1].is_word
            and form.aspect != "part"
            and "suffix_ok" not in v.flags  # "أزمة تعتبرها الأمم المتحدة الأسوأ": an opinion of it
        ):
            # (but "شبكة تتهمها أنقرة بالتخطيط": a verb that takes an object, its subject named after
            # it and its complement, reports)
            if s.ns[start - 1] not in lx.adjuncts().get("particle", frozenset()) and not _own_subject_says(s, i, form, v):
                i += 1  # حصيلة أوردها المرصد: a clause describing a noun
                continue
        if "came_in" in v.flags and _medium_after(s, i) is None:
            # "ورد الوزير بالقول إن": و and رد (replied), not ورد في, with a subject or the verb's own
            # preposition after it (not "ورد فيه أن"، "ورد ذكره")
            alt = lx._cue_form(w[1:]) if w[:1] == "و" and not form.prefix and i + 1 < n else None
            alt_verb = lx.verb(alt.lemma) if alt is not None and not alt.prefix else None
            if alt_verb is None or "came_in" in alt_verb.flags or not (
                s.ns[i + 1].startswith("ال") or _named(s, i + 1) or s.ns[i + 1] in alt_verb.complements
            ):
                i += 1  # جاءت بإسناد، جاء ذلك في بيان: no report
                continue
            form, v = alt._replace(prefix="و"), alt_verb
        if "comp_next" in v.flags and (
            i + 1 >= n
            or not (s.ns[i + 1] in v.complements or s.ns[i + 1] in lx.COMPLEMENTIZERS or s.ns[i + 1] == ":")
        ):
            i += 1  # عبر تويتر: the preposition, not عبّر عن
            continue
        if "wa_perf_ms" in v.flags and v.lemma in s.ns[max(0, i - WA_PERF_BACK) : i]:
            i += 1  # "الفصل بين الاتفاقية النووية وبين إجراء مفاوضات": the preposition said again
            continue
        if "comp_near" in v.flags:
            # (a person's title right after it opens a subject that may run long: "وعبر المرجع الشيعي
            # الأعلى في العراق آية الله علي السيستاني عن تضامنه")
            title = i + 1 < n and _in(s.ns[i + 1], lx.person_titles()) and (_head(s.ns[i + 1]) or ("", ""))[1] == "s"
            # (and a speaker head with no article: "عبر مصدر مسؤول في وزارة الخارجية، الجمعة، عن رفض")
            # (not for بيّن, whose "وبين" after "بينهم" is the preposition said again)
            title = title or (
                "wa_perf_ms" not in v.flags
                and i + 1 < n
                and not s.ns[i + 1].startswith("ال")
                and (_head(s.ns[i + 1]) or ("", ""))[1] == "s"
            )
            reach = MAX_REGION if title else 6
            span = range(i + 1, min(n, i + 1 + reach))
            near = [s.ns[x] for x in span]
            loose = lx.phrases().get("not_complement", ())
            if near[:1] != [":"] and (  # ("وبيّن: ...": a colon opens the content)
                not near
                or _in(near[0], _outlets())
                or _in(near[0], lx.channels().get("medium", frozenset()))
                or not any(  # (not "عن طريق": by way of)
                    s.ns[x] in v.complements and not (x + 1 < n and f"{s.ns[x]} {s.ns[x + 1]}" in loose) for x in span
                )
            ):
                i += 1  # عبر تويتر، عبر الحدود: the preposition, not عبّر عن
                continue
        if (
            "comp_required" in v.flags
            and not any(
                s.ns[x] in v.complements or _lb_complement(s, x, v.complements)  # ووصفت بعض المعتقلين بخونة
                for x in range(i + 1, min(n, i + MAX_REGION))
                if x not in s.bounds
            )
            and not ("colon_ok" in v.flags and (form.prefix or form.gender == "f") and _colon_near(s, i))
        ):
            i += 1  # حمل السلاح، شاحنات محملة بالمساعدات: no report without "مسؤولية"
            continue
        if (
            "obj_required" in v.flags
            and not form.suffix
            and i + 1 < n
            and (s.ns[i + 1] in v.complements or _lb_complement(s, i + 1, v.complements))
        ):
            i += 1  # بجروح وصفت بالطفيفة، اتهم بالتحريض: no object before its complement, a passive
            continue
        if form.suffix and not v.flags & {"obj", "suffix_ok"}:
            i += 1  # ولفتها سحب الدخان: not a report
            continue
        # "تعتبرها الأمم المتحدة الأسوأ": an object pronoun makes the present form active, a report
        strict = "strict" in v.flags or (f"strict_{form.aspect}" in v.flags and not form.suffix)
        if strict and "said_obj" in v.flags and _said_object_after(s, i):
            strict = False  # ورفضت الحكومة الاتهامات: what it rejects was said
        if strict and "strict" not in v.flags and "suffix_ok" in v.flags and _judged_after(s, i) is not None:
            strict = False  # "وتعتبر أنقرة الوحدات الكردية امتدادا": a named subject, an object and what it is held to be
        if strict and form.aspect == "part" and start == i and 0 < start and s.toks[start - 1].text(s.doc) in ("،", ","):
            # "طالبت الحكومة بالاعتذار، مهددة بإلغاء الزيارة": a participle after a comma with its ب
            # complement is the circumstance of the act before, a threat made (not "مهددة بالانهيار"
            # as a predicate)
            strict = not (i + 1 < n and _lb_complement(s, i + 1, v.complements)) or any(
                s.ns[x] in adj.get("kana", frozenset()) for x in range(max(0, start - KANA_REACH), start)
            )  # (but "وبات الفريق، بطل الدوري، مهددا بالاستبعاد": the predicate of كان or a sister)
        prev = s.ns[start - 1] if start > 0 else ""
        relative_ma = prev == "ما" and start >= 2 and s.ns[start - 2] in _phrase_firsts()
        if prev == "ما" and "obj_required" in v.flags:
            i += 1  # "على ما وصفته الحكومة بالأهداف الإرهابية": what it was called, within the writer's words
            continue
        if prev == "كما" and start >= 2 and s.ns[start - 2] in neg:
            i += 1  # "رجل ليس كما يدعي": not as he claims, nothing said
            continue
        if prev in lx.COMPLEMENTIZERS and start >= 2 and s.ns[start - 2] in adj.get("without", frozenset()):
            i += 1  # "وأكد - دون أن يورد دليلا - أن": without giving it, nothing reported
            continue
        if prev in neg and not relative_ma and not (prev == "ما" and _what_said(s, i, form, v)):
            # ("بحسب ما أفادت"، "ما قالت الحكومة إنه صاروخ جديد": ما is "what", not "not")
            _negated_subject(s, i, form, refs)
            i += 1
            continue
        if prev in rel or (prev[:1] == "و" and prev[1:] in rel):
            # "المواطن الذي قالت حماس إنه": a subject of its own, named after a verb that takes no
            # object, says it (not "الوزارة التي اتهمت إسرائيل بأنها": the object, then its complement)
            own = not v.flags & {"obj", "obj_required"} and not form.suffix and _own_subject_says(s, i, form, v)
            ante = None if own else _antecedent(s, start - 1, form, v)
            if ante is not None:  # المنظمة التي أعلنت أنها: the antecedent said it
                cues.append(_Cue(start, i, form, v, strict, antecedent=ante))
            elif own or _own_subject_says(s, i, form, v):
                # السائق الذي قالت الشرطة المحلية في وقت سابق إنه "قتل نفسه": the relative is what
                # the police spoke of; the police, named after the verb, said it
                cues.append(_Cue(start, i, form, v, strict, relative=True))
            i += 1  # والذي كشفت هويته، الحصيلة التي أعلنها: a relative clause
            continue
        if i + 1 < n and s.ns[i + 1] in adj.get("anonymity", frozenset()):
            i += 1  # مسؤول تحدث شريطة عدم الكشف عن هويته: how he spoke, not a report
            continue
        if (
            form.aspect == "impf"
            and not form.prefix
            and _describes(s, start - 1)
            and not (i + 1 < n and s.ns[i + 1] in lx.COMPLEMENTIZERS)  # غارات في ليبيا يقول إنها
        ):
            i += 1  # وفي تطور يشير إلى تدهور العلاقات: a clause describing a noun
            continue
        if (
            form.aspect == "impf"
            and form.lemma == lx.say_lemma()
            and not form.prefix
            and cues
            and cues[-1].form.aspect == "perf"
            and 1 < start - cues[-1].b
            and _manner_gap(s, cues[-1].b + 1, start, cues[-1].verb)
            and i + 1 < n
            and (s.toks[i + 1].text(s.doc) == ":" or s.toks[i + 1].text(s.doc) in OPEN_QUOTES)
        ):
            i += 1  # وكتب الوزير يقول: "...": the verb's manner, dropped from its speaker
            continue
        if form.aspect == "part" and start == i and i + 1 < n and (nv := _cue_at(s, i + 1)) and nv.aspect == "impf":
            i += 1  # "لكن منتقدين يقولون إنه": the participle is a noun, the subject of the verb after it
            continue
        if form.aspect == "part" and start == i and prev in adj.get("kana", frozenset()):
            i += 1  # "وكان متوقعا أن تؤمن له 47 صوتا": the participle is the predicate of كان, no report
            continue
        if form.aspect == "part" and start == i:
            ok = start == 0 or not s.toks[start - 1].is_word or prev in links or form.prefix == "و"
            ok = ok or _is_time(s, start - 1)
            ok = ok or (i + 1 < n and (s.ns[i + 1] in lx.COMPLEMENTIZERS or s.toks[i + 1].text(s.doc) == ":"))
            ok = ok or (i + 1 < n and s.ns[i + 1] in v.complements and s.ns[i + 1] != "ب")  # مشيرة إلى
            ok = ok or bool(cues and cues[-1].b == start - 1)
            # (after a report of the same speaker: طالبت المنظمة بالإفراج عنه متهمة السلطات بالتعسف)
            ok = ok or bool(cues and "obj_required" in v.flags and _object_then_complement(s, i, v.complements))
            if not ok:
                i += 1
                continue
            if cues and cues[-1].b == start - 1 and (form.lemma == lx.say_lemma() or cues[-1].form.aspect == "perf" and _opens_after(s, i, v)):
                # وتابع قائلا، وأضافت متسائلة "...": one act, the participle its manner (not its subject;
                # but "حذرت مدعية المحكمة": a noun, the prosecutor)
                cues[-1].b = i
                i += 1
                continue
            if (
                form.lemma == lx.say_lemma()
                and cues
                and cues[-1].form.aspect != "part"
                and _manner_gap(s, cues[-1].b + 1, start, cues[-1].verb)
                and i + 1 < n
                and (s.toks[i + 1].text(s.doc) == ":" or s.toks[i + 1].text(s.doc) in OPEN_QUOTES)
            ):
                i += 1  # وأضاف الخضر قائلا: "...": the verb's own act, قائلا is dropped from its speaker
                continue
        # a finite verb followed by قائلا is one act
        if form.aspect != "part" and i + 1 < n:
            nxt = _cue_at(s, i + 1)
            if nxt and nxt.lemma == lx.say_lemma() and (
                nxt.aspect == "part"
                or (form.aspect == "perf" and nxt.aspect == "impf" and not nxt.prefix and not nxt.suffix)
            ):  # (وكتبت تقول: the imperfect of قال after a perfect is its manner, not its subject)
                cues.append(_Cue(start, i + 1, form, v, False))
                i += 2
                continue
        named = prev in adj.get("cue_relative", ()) or f"named_{form.aspect}" in v.flags
        cues.append(_Cue(start, i, form, v, strict, named, in_phrase=relative_ma))
        i += 1
    return cues


#: how many tokens may stand between a verb of saying and the قائلا/يقول that gives its manner
MANNER_GAP = 9


def _said_noun_after(s: _Sent, first: int) -> tuple[int, int] | None:
    """Where the speaker that opens at ``first`` (or right after the verb there) ends and the content
    opens: at a noun of words said (class said_object) within SAID_OBJECT_REACH words, counted again
    after a comma that sets off a name or a day, with a word that goes with it (class said_object_det:
    "هذه المزاعم"), over words and commas only (not a comma and a word with و, nor another verb);
    else None. A manner phrase right before is neither's ("ورفض المتطرفون حتى الآن دعوات")."""
    adj = lx.adjuncts()
    said = adj.get("said_object", frozenset())
    stops = adj.get("prep", frozenset()) | adj.get("conjunction_an", frozenset())
    limit = first + 1 + SAID_OBJECT_REACH
    for k in range(first + 1, min(len(s.toks), first + 1 + SAID_OBJECT_REACH_COMMAS)):
        if k >= limit:
            return None
        if s.toks[k].text(s.doc) in ("،", ","):
            if k + 1 < len(s.toks) and s.ns[k + 1].startswith("و"):
                return None  # "وينفي ارتكاب أي مخالفات، ويقول إن الاتهامات": a clause of its own
            limit = k + SAID_OBJECT_REACH
            continue
        if not s.toks[k].is_word or s.ns[k] in stops or _cue_at(s, k) is not None:
            return None
        if s.ns[k] in said:
            k = k - 1 if s.ns[k - 1] in adj.get("said_object_det", frozenset()) else k  # هذه المزاعم
            end = k  # "ورفض المتطرفون حتى الآن دعوات": a manner phrase before it is neither's
            if end - 2 > first and f"{s.ns[end - 2]} {s.ns[end - 1]}" in adj.get("manner_phrase", frozenset()):
                end -= 2
            return end, k
    return None


def _said_object_after(s: _Sent, i: int) -> bool:
    """Whether a noun of words said (``statements_adjuncts.tsv``, class said_object: الاتهامات،
    المزاعم) stands within SAID_OBJECT_REACH words after the verb at token ``i`` (or after a comma
    that sets off a name or a day), with no other punctuation between: ``رفض اتهامات التواطؤ``،
    ``ورفضت الحكومة الاتهامات``، ``رفضت السلطات الروسية، الأربعاء، الاتهامات``."""
    return _said_noun_after(s, i) is not None


def _manner_gap(s: _Sent, a: int, b: int, v: lx.Verb) -> bool:
    """Whether tokens ``a``..``b`` between a verb and the قائلا/يقول that gives its manner hold only its
    speaker and adjuncts: five words or fewer (``وأضاف الخضر قائلا``); or, up to ``MANNER_GAP`` tokens
    with commas, a name or a person's title right after the verb and no أن/إن nor complement of the verb
    (``وغرد ترامب على تويتر، يوم الاثنين، قائلا``; not ``وشددت على ضرورة وقف العنف، قائلة``: the content)."""
    if b - a <= 5 and all(s.toks[x].is_word for x in range(a, b)):
        return True
    return (
        b - a <= MANNER_GAP
        and _named_subject(s, a, min(b, a + 2))
        and all(s.toks[x].is_word or s.toks[x].text(s.doc) in ("،", ",") for x in range(a, b))
        and not any(s.ns[x] in lx.COMPLEMENTIZERS or s.ns[x] in v.complements for x in range(a, b))
    )


def _opens_after(s: _Sent, i: int, v: lx.Verb) -> bool:
    """The content of the verb at ``i`` opens right after it: a quotation mark, a colon, إن/أن or
    one of the verb's complements ("متسائلة "كيف"، "مشيرا إلى")."""
    if i + 1 >= len(s.toks):
        return False
    ch = s.toks[i + 1].text(s.doc)
    return ch in OPEN_QUOTES or ch == ":" or s.ns[i + 1] in lx.COMPLEMENTIZERS or s.ns[i + 1] in v.complements


def _antecedent(s: _Sent, r: int, form: lx.CueForm, v: lx.Verb) -> tuple[int, int] | None:
    """The speaker of a report in a relative clause at token ``r`` (الذي/التي), or None.

    Only where the relative pronoun is the verb's subject (it agrees with the verb, the verb has no
    object pronoun) and the content opens right after the verb: ``المنظمة الدولية التي أعلنت أنها``،
    ``الوفد، الذي رحب بالخطوة``; not ``الحصيلة التي أعلنها الجيش``. The antecedent is the tagger
    mention that ends before the pronoun, else the speaker head word nearest before it.
    """
    rel = s.ns[r][1:] if s.ns[r][:1] == "و" and s.ns[r] not in lx.adjuncts().get("relative", ()) else s.ns[r]
    agree = lx.adjuncts().get("relative_" + form.gender + form.number, frozenset())
    # "الذين يقولون إن" reports; so does another present verb with أن right after it or, for a verb whose
    # content may be its object, a noun ("الحكومة، التي تؤكد أن"، "القس، الذي ينفي تلك الاتهامات"); but
    # not "الذي يرى في ذلك": a present verb with no content of its own describes a stance
    c = r + 2 if form.aspect == "perf" or form.lemma == lx.say_lemma() else -1
    if form.aspect == "impf" and r + 2 < len(s.toks) and (s.ns[r + 2] in lx.COMPLEMENTIZERS or _content_object(s, r + 2, v)):
        c = r + 2  # (not "تصريح رئيس الوزراء الذي يؤكد على أنه": a present verb with its preposition)
    if form.suffix or rel not in agree or c < 0 or c >= len(s.toks):
        return None
    if s.ns[c] in lx.adjuncts().get("prep", frozenset()):
        # "والذي أعلن عشية المواجهة: ..."، "التي قالت في بيان إن": a short phrase of when or where first
        opens = next(
            (x for x in range(c + 2, min(len(s.toks), c + 4)) if s.ns[x] in lx.COMPLEMENTIZERS or s.toks[x].text(s.doc) == ":"),
            None,
        )
        if opens is not None and all(s.toks[x].is_word for x in range(c + 1, opens)):
            c = opens
    nxt = s.ns[c]
    if not (
        nxt in lx.COMPLEMENTIZERS
        or nxt in v.complements
        or s.toks[c].text(s.doc) in (":", *OPEN_QUOTES)
        or _lb_complement(s, c, v.complements)
        or _content_object(s, c, v)
    ):
        return None
    e = r
    while e > 0 and s.toks[e - 1].text(s.doc) in COMMAS:
        e -= 1
    if e <= 0 or not s.toks[e - 1].is_word:
        return None
    ends = _mention_ends(s.doc)
    for a in range(e - 1, max(-1, e - 7), -1):
        m = ends.get(s.toks[a].start) or ends.get(s.toks[a].stem_start)
        if m and m[0] == s.toks[e - 1].end and (m[1] in ("PER", "ORG") or m[1] == "LOC" and e < r and _state_subject(s, a, e)):
            # (a place set off by a comma, a state or opening its clause: "وكانت موسكو، التي تنكر التهم"،
            # "العقوبات على إيران، التي هددت" speak; "عضوة مجلس الشيوخ عن ولاية ألاسكا، التي قالت" is not)
            for k in range(a + 1, e):  # استقبل الرئيس المبعوث الأممي: a new phrase at المبعوث
                if s.ns[k].startswith("ال") and s.ns[k - 1].startswith("ال") and _head(s.ns[k]):
                    a = k
            # وفد الاتحاد الأوروبي (not "وزار الوفد الأمم المتحدة، التي": a definite noun is no construct)
            construct = a > 0 and _head(s.ns[a - 1]) and not s.ns[a - 1].startswith("ال")
            return (a - 1 if construct else a), e
    plural_rel = lx.adjuncts().get("relative_mp", frozenset()) | lx.adjuncts().get("relative_md", frozenset())
    if rel in plural_rel and s.ns[e - 1].startswith("ال") and s.ns[e - 1].endswith(("ين", "ون")):
        return e - 1, e  # غضب الفلسطينيين الذين يقولون إن: a people plural
    for a in range(e - 1, max(-1, e - 5), -1):
        if not s.toks[a].is_word or _cue_at(s, a):
            return None
        if _head(s.ns[a]) is not None:
            if s.ns[a] in lx.definite_heads():
                return None  # "مدى صحة الأنباء التي تحدثت": not a speaker without ال
            return a, e
    return None


def _state_subject(s: _Sent, a: int, e: int) -> bool:
    """The place named by tokens ``a``..``e`` may speak: a state ("العقوبات على إيران، التي هددت"،
    "مفاجأة لإسرائيل، التي تقدر أن"), or any place that opens its clause with no clitic but و: at the
    sentence start, or after كان, a particle, إن/أن or a comma ("وكانت موسكو، التي"; not "عن ولاية
    ألاسكا، التي"، "وتعيش في برمنغهام، التي")."""
    t = s.toks[a]
    if normalize(s.doc.text[t.stem_start : s.toks[e - 1].end]) in countries():
        return True
    if t.prefix_len and s.doc.text[t.start] != "و":
        return False
    if a == 0:
        return True
    adj = lx.adjuncts()
    prev = s.ns[a - 1]
    lead = adj.get("aux", frozenset()) | adj.get("particle", frozenset())
    return prev in lead or prev in lx.COMPLEMENTIZERS or not s.toks[a - 1].is_word and s.toks[a - 1].text(s.doc) in COMMAS


def _content_object(s: _Sent, c: int, v: lx.Verb) -> bool:
    """Token ``c``, right after a verb whose content may be its object (flag content_obj), opens that
    content, past time words: a noun that is no speaker, no name and no preposition ("التي أعلنت
    القبض على 14"، "التي أكدت مقتل"، "التي أعلنت السبت الماضي إلغاء"; not "التي أعلنت الشرطة أنها",
    whose subject is after the verb, nor "الذي أكد قائده"، nor "قراره الذي أعلن الثلاثاء بعد ...": a
    passive verb)."""
    if "content_obj" not in v.flags:
        return False
    while c < len(s.toks) and _is_time(s, c):
        c += 1
    if c >= len(s.toks) or not s.toks[c].is_word:
        return False
    w = s.ns[c]
    owner = next((w[: -len(p)] for p in lx.OBJECT_SUFFIXES if w.endswith(p) and len(w) > len(p) + 2), "")
    return (
        _head(w) is None
        and not (owner and _head(owner))  # "قائده": his commander speaks
        and not _in_name(s, c)
        and s.ns[c] not in lx.adjuncts().get("prep", frozenset())
        and s.ns[c] not in lx.adjuncts().get("conjunction_an", frozenset())
    )


#: how many tokens after a verb of closing (ختم) its colon may stand: "وختمت:"، "وختم الأشرفي:"، "وختم حديثه:"
COLON_REACH = 3


def _colon_near(s: _Sent, i: int) -> bool:
    """A colon within :data:`COLON_REACH` tokens after the verb at ``i``, words only between them (the
    verb written with و or in the feminine: a bare "ختم الجوازات:" is a noun, the stamp)."""
    for x in range(i + 1, min(len(s.toks), i + COLON_REACH + 1)):
        if not s.toks[x].is_word:
            return s.toks[x].text(s.doc) == ":"
    return False


def _describes(s: _Sent, k: int) -> bool:
    """Token ``k`` is an indefinite common noun after a preposition ("في تطور"), so an imperfect verb
    right after it describes it ("وفي تطور يشير إلى ..."); not a medium, an outlet, a speaker or a
    name ("في بيان يؤكد أن")."""
    if k < 1 or not s.toks[k].is_word or not s.toks[k - 1].is_word:
        return False
    w, p = s.ns[k], s.ns[k - 1]
    prep = lx.adjuncts().get("prep", frozenset())
    if w.startswith("ال") or not (p in prep or p[:1] == "و" and p[1:] in prep):
        return False
    if f"{p} {w}" in lx.adjuncts().get("contrast", frozenset()):
        return False  # "، في حين تقول السلطات إن": a conjunction of two words, no noun described
    media = lx.channels().get("medium", frozenset())
    return not (_head(w) or _in(w, media) or _in(w, _outlets()) or _in_name(s, k))


def _named_subject(s: _Sent, a: int, b: int) -> bool:
    """The words ``[a, b)`` hold a name or a person's title, the subject of a verb before its
    content ("موقع أكدت فيه رئيسة الوزراء تيريزا ماي أن")."""
    titles = lx.person_titles()
    return any(s.toks[k].is_word and (_in_name(s, k) or _in(s.ns[k], titles)) for k in range(a, b))


def _in_name(s: _Sent, k: int) -> bool:
    """Token ``k`` is part of a tagged name, even one read without its first letter (بسام → سام)."""
    t = s.toks[k]
    m = _mention_ends(s.doc).get(t.stem_start)
    return t.start in _named_tokens(s.doc) or bool(m and m[1] in ("PER", "ORG"))


def _ba_word(s: _Sent, k: int, complements: tuple[str, ...]) -> bool:
    """Token ``k`` is a word with ب split off by the clitic layer (بتعرض، not بيان) where the verb takes
    a ب complement, and not a preposition, a link of a speaker phrase (المتحدث باسم الجيش) or a word
    of manner (وأقر المجلس بالإجماع الخطة: how, not what)."""
    w = s.ns[k]
    adj = lx.adjuncts()
    return (
        "ب" in complements
        and w.startswith("ب")
        and len(w) > 3
        and s.toks[k].prefix_len > 0
        and w not in adj.get("prep", ())
        and w not in adj.get("np_link", ())
        and w not in adj.get("manner", ())
    )


def _lb_complement(s: _Sent, k: int, complements: tuple[str, ...]) -> bool:
    """Token ``k`` is the verb's ب complement written on a word: توعد بالرد، أفاد بمقتل (the clitic
    layer splits its ب: not بيان)."""
    w = s.ns[k]
    # (not الكابتن بشرطة المقاطعة: the body he is of)
    return _ba_word(s, k, complements) and not (_head(w[1:]) and not _documents(w[1:]))


def _governed(s: _Sent, j: int) -> bool:
    """Whether the preposition at ``j`` is that of the verb of result right before it (أسفر عن، نجم عن;
    phrase class governed), with or without و or ف: "أسفر عن سقوط 107 قتلى"."""
    if j == 0:
        return False
    before = s.ns[j - 1]
    bare = before[1:] if before[:1] in "وف" else before
    governed = lx.phrases().get("governed", frozenset())
    return f"{before} {s.ns[j]}" in governed or f"{bare} {s.ns[j]}" in governed


def _open_content(s: _Sent, cue: _Cue) -> tuple[int, int, bool] | None:
    """Where the content of ``cue`` opens: ``(region end, content start, direct)``.

    Scans for إن/أن, a colon or a quotation mark within :data:`MAX_REGION` words, and stops at
    the next cue.
    """
    prep = lx.adjuncts().get("prep", frozenset())
    j = cue.b + 1
    words = 0
    anonymity = lx.adjuncts().get("anonymity", frozenset())
    after_verb = lx.adjuncts().get("anonymity_after_verb", frozenset())
    while j < len(s.toks) and words <= MAX_REGION:
        t = s.toks[j]
        words += t.is_word
        if (
            t.is_word
            and j > cue.b + 1
            and s.toks[j - 1].is_word
            and (s.ns[j] in anonymity or s.ns[j] in after_verb and _cue_at(s, j - 1))
        ):
            # "مصدر، رفض الكشف عن اسمه، أن": the condition runs to the next comma (or إن, a colon, a
            # quotation mark); its عن opens nothing
            while j < len(s.toks) and not (
                s.toks[j].text(s.doc) in COMMAS
                or s.toks[j].text(s.doc) == ":"
                or s.toks[j].text(s.doc) in OPEN_QUOTES
                or s.ns[j] in lx.COMPLEMENTIZERS
            ):
                j += 1
            continue
        if j in s.own_clauses and cue.strict:
            return None  # "رفضت كرواتيا تسليم الرجل الذي قالت حماس إنه": what follows is another's
        if j in s.bounds and j != cue.b + 1:
            aside = _phrase_aside(s, j)
            if aside is None:
                return None
            j = aside  # وأكد مصدر عسكري، طبقا لموقع الجيش، أن: the source of his words is an aside
            continue
        if not t.is_word:
            ch = t.text(s.doc)
            if ch == ":":
                k = j + 1
                while (
                    k + 1 < len(s.toks)
                    and s.toks[k].text(s.doc) in OPEN_QUOTES
                    and s.toks[k + 1].text(s.doc) in OPEN_QUOTES
                ):
                    k += 1  # وقال: " "لكي ...": a doubled quotation mark
                if k < len(s.toks) and s.toks[k].text(s.doc) in OPEN_QUOTES:
                    return j, k, True
                return j, k, k < len(s.toks)  # وقال المدرب: لا يوجد مخاطرة (words after a colon are direct)
            if ch in OPEN_QUOTES and not s.inq[j - 1 if j else 0]:
                close = _quote_close(s, j)
                if j - 1 > cue.b and s.ns[j - 1] in lx.adjuncts().get("naming", frozenset()):
                    j = close + 1  # كتب مجلدا بعنوان "...": a title, not the words said
                    continue
                heads = lx.channels().get("outlet_head", frozenset())
                relayed = "relay" in cue.verb.flags and close + 1 < len(s.toks) and s.ns[close + 1] in cue.verb.complements
                if j - 2 > cue.b and s.ns[j - 1] == "و":
                    j = close + 1  # اتهم كل من جيش الإسلام، و"الائتلاف الوطني ..." قوات النظام: a name in a list
                    continue
                if (j - 1 > cue.b and _in(s.ns[j - 1], heads) or relayed) and _quote_words(s, j) <= 5:
                    j = close + 1  # أشار، في لقاء مع شبكة "سي إن بي سي"، إلى؛ ونقلت "فرانس برس" عن: a name
                    continue
                later = any(
                    s.ns[x] in lx.COMPLEMENTIZERS for x in range(close, min(len(s.toks), cue.b + MAX_REGION))
                ) or _named_then_an(s, close)
                if later and _quote_words(s, j) < 6 and j - 1 > cue.b:
                    j = close + 1  # مصدر لـ"سكاي نيوز عربية"، إن: a quoted name before the content
                    continue
                if (
                    j - 1 > cue.b
                    and s.toks[j - 1].is_word
                    and _quote_words(s, j) < 10
                    and close + 1 < len(s.toks)
                    and cue.verb.complements
                    and (s.ns[close + 1] in cue.verb.complements or _lb_complement(s, close + 1, cue.verb.complements))
                ):
                    j = close + 1  # 'كشف المتحدث باسم قوات التحالف "تحالف دعم الشرعية" عن': a name, then the complement
                    continue
                if later and _quote_words(s, j) < 10 and (
                    j - 1 > cue.b and _head(s.ns[j - 1]) is not None and not s.ns[j - 1].startswith("ال")
                    or j == cue.b + 1 and _names_before_content(s, close, cue.verb.complements)
                ):
                    j = close + 1  # قالت مجموعة "الفريق العامل ..." إن، قالت "منظومة ..."، في بيان، إن
                    continue
                x = close + 1  # past commas and time words, the verb's complement or content opens
                while x < len(s.toks) and (s.toks[x].text(s.doc) in COMMAS or _is_time(s, x)):
                    x += 1
                after = x < len(s.toks) and (
                    s.ns[x] in cue.verb.complements
                    or s.ns[x] in lx.adjuncts().get("content_prep", frozenset())
                    or s.ns[x] in lx.COMPLEMENTIZERS
                    or _lb_complement(s, x, cue.verb.complements)
                )
                # (وبحسب ما أفاد مراسل "قناة الغد العربي"، فقد شنت: فقد/فإن opens the clause reported)
                opener = x < len(s.toks) and s.ns[x][:1] == "ف" and (
                    s.ns[x] in lx.adjuncts().get("clause_opener", frozenset()) or s.ns[x][1:] in lx.COMPLEMENTIZERS
                )
                if (
                    (after or opener)
                    and _quote_words(s, j) <= 5
                    and j - 1 > cue.b
                    and _in(s.ns[j - 1], lx.channels().get("reporter", frozenset()))
                ):
                    if opener or s.ns[x] in lx.adjuncts().get("content_prep", frozenset()):
                        return x, x, False  # أكدت مراسلة "قناة الحدث" عن سقوط
                    j = close + 1  # أفاد مراسل "سكاي نيوز عربية"، الاثنين، بمقتل: the quote names whose reporter
                    continue
                if j - 1 > cue.b and s.ns[j - 1] in prep and not (later and _quote_words(s, j) < 3):
                    k = j if len(s.ns[j - 1]) == 1 else j - 1  # بـ"رد قوي": the quote, without بـ
                    return j - 1, k, False
                if _quote_words(s, j) >= 3:
                    return j, j, True
                if not _region(s, cue.b + 1, j)[0] and not later and not cue.strict and words <= 3:
                    return j, j, False  # انتقد فيه "الإدارة" (not a quoted name far on, in the object)
                j = _quote_close(s, j)  # وكالة "أرمنبرس": a quoted name inside the speaker
        elif (
            s.ns[j] in lx.COMPLEMENTIZERS
            and not (j + 1 < len(s.toks) and s.toks[j + 1].text(s.doc) == ".")
            and not (j > cue.b + 1 and s.ns[j - 1] in lx.adjuncts().get("conjunction_an", frozenset()))
            and not (j > cue.b + 1 and _in(s.ns[j - 1], lx.adjuncts().get("own_an", frozenset())))
            and not (
                "own_comp_an" in cue.verb.flags
                and j > cue.b + 1
                and s.ns[j - 1] in prep
                and s.ns[j - 1] not in cue.verb.complements
            )  # (nor "حكم على 14 بالسجن …، على أن يبقوا": a condition, no ruling)
        ):  # (not "بيد أن"، "بعد أن": a conjunction, no content of the verb; nor "التي يتوقع أن")
            opens = lx.adjuncts().get("content_prep", frozenset())
            k = (
                j - 1
                if j - 1 > cue.b
                and (s.ns[j - 1] in opens or s.ns[j - 1] in cue.verb.complements)
                and not _name_ya(s, j - 1)  # (not "وقال الرائد حسين علي إن")
                else j
            )
            return k, k, False
        elif (
            (
                s.ns[j] in cue.verb.complements
                and not (j > 0 and f"{s.ns[j - 1]} {s.ns[j]}" in lx.phrases().get("issued_by", ()))
                or _lb_complement(s, j, cue.verb.complements)
                and not _in_name(s, j)  # بنيامين: a name, not ب + noun
            )
            and (
                not cue.verb.flags & {"obj", "relay"}
                or j == cue.b + 1 and "relay" not in cue.verb.flags and not s.inq[j]
            )
            and (not cue.strict or "comp_opens" in cue.verb.flags and not _describes_noun(s, cue))
            # وأقر بالذنب، وأقر الحوثي بوجود: right after the verb or its subject (not "أقرت مقاطعة كيبيك
            # السماح بالقتل": an object between, a law approved)
            and not ("comp_close" in cue.verb.flags and j not in (cue.b + 1, _chunk_end(s, cue.b + 1)))
            and not (j + 1 < len(s.toks) and f"{s.ns[j]} {s.ns[j + 1]}" in lx.phrases().get("not_complement", ()))
        ):
            if _governed(s, j):
                return None  # غداة حادث أسفر عن سقوط 107 قتلى: the preposition of a verb of result
            # ويحذر الخيام من تحول ...: the verb's own preposition; right after a verb that takes an
            # object too (ودعا إلى إجراء تحقيق "شامل"): no object between, the content opens there
            return j, j, False
        j += 1
    return None


def _described_before(s: _Sent, cue: _Cue) -> tuple[int, int] | None:
    """An indefinite speaker phrase right before a comma before a bare perfect verb of saying, whose
    subject it is ("على تقارير إعلامية، نقلت أنها"): its tokens, or None."""
    if cue.form.prefix or cue.form.aspect != "perf" or cue.form.suffix or cue.a < 3:
        return None
    if s.toks[cue.a - 1].text(s.doc) not in COMMAS:
        return _bare_plural_before(s, cue)
    e = cue.a - 1
    a = e - 1
    while a > 0 and e - a < 3 and s.toks[a - 1].is_word and not s.ns[a - 1].startswith("ال") and _head(s.ns[a - 1]):
        a -= 1
    if not (s.toks[a].is_word and _head(s.ns[a]) and not s.ns[a].startswith("ال")):
        return None
    if any(not s.toks[x].is_word or s.ns[x].startswith("ال") for x in range(a, e)):
        return None
    head = _head(s.ns[a])  # (a head, checked above)
    return (a, e) if head and (head[0] == cue.form.gender or head[1] == "p") else None


def _bare_plural_before(s: _Sent, cue: _Cue) -> tuple[int, int] | None:
    """An indefinite speaker noun that agrees with a bare perfect verb of saying right after it, after
    a preposition: the verb opens a relative clause of that noun, its subject ("في أعقاب تقارير تحدثت
    عن وفاة شخصين": the reports spoke); its tokens, or None. Records (بيان، تقرير) are left to their
    issuers."""
    k = cue.a - 1
    w = s.ns[k]
    head = _head(w) if s.toks[k].is_word else None
    if head is None or w.startswith("ال") or w.endswith("ا") or s.toks[k].prefix_len or _documents(w):
        return None
    if head != (cue.form.gender, cue.form.number):  # (a broken plural takes a feminine singular verb)
        return None
    before = s.ns[k - 1]
    prep = lx.adjuncts().get("prep", frozenset())
    return (k, k + 1) if before in prep or before in lx.adjuncts().get("adjunct_noun", frozenset()) else None


def _phrase_aside(s: _Sent, j: int) -> int | None:
    """A reporting phrase at ``j`` set off by commas right before إن/أن ("، طبقا لموقع الجيش، أن"):
    the index of that إن/أن, else None. Right after the speaker with no comma, the phrase runs to
    إن/أن ("وقال مصدر أمني وفقا لوكالة الأنباء الرسمية إن": the agency is the channel)."""
    if not (j > 0 and _phrase_at(s, j)):
        return None
    k = j + 1
    if s.toks[j - 1].text(s.doc) not in COMMAS:
        two = f"{s.ns[j]} {s.ns[j + 1]}" if j + 1 < len(s.ns) else ""
        if two in lx.phrases().get("tongue", frozenset()) | lx.phrases().get("pronoun_source", frozenset()):
            return None  # "ونقلت الوكالة على لسان العقيد أن": the one on whose tongue is the speaker
        while k < len(s.toks) and k - j <= MAX_REGION and s.toks[k].is_word:
            if s.ns[k] in lx.COMPLEMENTIZERS:
                return k
            k += 1
        return None
    while k < len(s.toks) and k - j <= MAX_REGION and s.toks[k].text(s.doc) not in COMMAS:
        if not s.toks[k].is_word and s.toks[k].text(s.doc) in ".:؛":
            if s.toks[k].text(s.doc) == ":" and k + 1 < len(s.toks) and s.toks[k + 1].text(s.doc) in OPEN_QUOTES:
                return k  # 'وتابع، بحسب الأناضول: "..."': the quotation after the colon
            return None
        k += 1
    if k + 1 < len(s.toks) and s.toks[k].text(s.doc) in COMMAS and s.ns[k + 1] in lx.COMPLEMENTIZERS:
        return k + 1
    return None


def _describes_noun(s: _Sent, cue: _Cue) -> bool:
    """A bare verb right after an indefinite noun governed by بـ or لـ describes that noun: "أصيبوا
    بجروح وصفت بالطفيفة" (wounds described as light), not a report (but "بعدما تحدث مسعفون عن"، "في
    وقت تحدثت وسائل إعلام عن" report)."""
    a = cue.a
    if a == 0 or cue.form.prefix or not s.toks[a - 1].is_word:
        return False
    w = s.ns[a - 1]
    if w[:1] not in ("ب", "ل") or len(w) < 4 or w.startswith(("بال", "لل")) or _named(s, a - 1):
        return False
    adj = lx.adjuncts()  # (not بعدما، بينما: conjunctions that open a clause)
    kinds = ("prep", "clause_link", "contrast", "particle", "time", "conjunction")
    return not any(w in adj.get(k, frozenset()) for k in kinds)


#: how many words a quoted name inside a subject before its verb may hold
QUOTED_NAME = 4


def _quoted_name_end(s: _Sent, j: int, prev_end: int) -> bool:
    """Token ``j`` is a quote mark of a short quoted name inside a noun phrase, after a word
    (الدفاع المدني المعروف باسم "الخوذ البيضاء" أكد): the closing mark, or the opening one with
    a word before it."""
    mark = s.toks[j].text(s.doc)
    if s.toks[j].is_word or mark not in CLOSE_QUOTES and mark not in OPEN_QUOTES:
        return False
    for k in range(j - 1, max(prev_end, j - QUOTED_NAME - 2), -1):  # the closing mark?
        if not s.toks[k].is_word:
            if s.toks[k].text(s.doc) in OPEN_QUOTES and 0 < k < j - 1 and s.toks[k - 1].is_word:
                return True
            break
    if mark in OPEN_QUOTES and j > 0 and s.toks[j - 1].is_word:  # the opening one
        close = _quote_close(s, j)
        return close < len(s.toks) and 0 < close - j - 1 <= QUOTED_NAME and all(
            s.toks[k].is_word for k in range(j + 1, close)
        )
    return False


def _pronoun_subject(s: _Sent, cue: _Cue) -> bool:
    """Right before the verb (over قد and the like), a pronoun lead carries the verb's subject as a
    pronoun (adjuncts kind pronoun_lead with a pronoun suffix: لكنه، لكنها، إنه، أنهم; or kind
    subject_pronoun: هو، وهي): "لكنه حث الزعيم الكوري على"، "لكنها دعت الحكومة إلى" (she, not the
    government, called); not "لكن أكد القائد": لكن alone carries no one."""
    aux = lx.adjuncts().get("aux", frozenset())
    k = cue.a - 1
    while k >= 0 and s.toks[k].is_word and s.ns[k] in aux:
        k -= 1
    if k < 0 or not s.toks[k].is_word or cue.form.prefix or cue.form.aspect == "part":
        return False
    if s.toks[k].start in _named_tokens(s.doc):
        return False  # "أن ليو هي أبلغ": the end of a name, no pronoun
    w = s.ns[k]
    leads = lx.adjuncts().get("pronoun_lead", frozenset())
    return w in lx.adjuncts().get("subject_pronoun", frozenset()) or any(
        w.startswith(p) and w[len(p) :] in lx.OBJECT_SUFFIXES for p in leads
    )


def _subject_before(s: _Sent, cue: _Cue, prev_end: int) -> list[tuple[int, int]]:
    """A subject written before its verb (``وزارة الدفاع الأذربيجانية أفادت``), as chunks.

    The subject runs back to the clause start (a comma, إن/أن, فيما, the previous cue); it must
    open with a noun (a definite word, a head word or a named entity) and hold no verb or negation.
    It may hold a short quoted name (الدفاع المدني المعروف باسم "الخوذ البيضاء" أكد); where no
    subject is found over the quote, the clause starts after it (صحيفة "الإندبندنت" البريطانية أشارت).
    """
    found = _subject_before_at(s, cue, prev_end, True)
    if found or not any(
        not s.toks[x].is_word and s.toks[x].text(s.doc) in CLOSE_QUOTES for x in range(max(prev_end + 1, 0), cue.a)
    ):
        return found
    return _subject_before_at(s, cue, prev_end, False)


#: how far after the object the judgement in the accusative may come ("الوحدات الكردية امتدادا")
JUDGE_REACH = 4


def _judged_after(s: _Sent, i: int) -> int | None:
    """For a present verb of judging at ``i`` (اعتبر), the end of the name right after it when the
    verb is active: a place, body or person named, then a definite object that is no relative, then
    within a few words an indefinite noun in the accusative, what the object is held to be: "وتعتبر
    أنقرة الوحدات الكردية امتدادا لحزب العمال" (not "ويعتبر بومبيو الذي كان ضابطا": is considered; nor
    "الأكثر استقبالا": the accusative of an elative). None where it is not."""
    k = i + 1
    if k >= len(s.toks):
        return None
    m = _mention_ends(s.doc).get(s.toks[k].start)
    if m is None:
        return None
    e = next((x for x in range(k, len(s.toks)) if s.toks[x].end >= m[0]), k) + 1
    if e >= len(s.toks) or not s.toks[e].is_word or not s.ns[e].startswith("ال") or s.toks[e].start in _mention_ends(s.doc):
        return None
    if s.ns[e] in lx.adjuncts().get("relative", frozenset()):
        return None
    for x in range(e + 1, min(len(s.toks), e + 1 + JUDGE_REACH)):
        t, w = s.toks[x], s.ns[x]
        if not t.is_word:
            return None
        if w.startswith("ال"):
            continue
        text = t.text(s.doc)
        if text.endswith(("اً", "ا")) and not text.endswith("وا") and len(w) > 3:
            return e if s.ns[x - 1] not in lx.adjuncts().get("elative", frozenset()) else None
        return None
    return None


def _other_gender(s: _Sent, a: int, form: lx.CueForm) -> bool:
    """A feminine singular verb has a definite masculine singular speaker head at ``a`` after it,
    which cannot be its subject ("ودعت المجلس الأوروبي"، "وأبلغت الرئيس الأمريكي")."""
    return (form.gender, form.number) == ("f", "s") and s.ns[a].startswith("ال") and _head(s.ns[a]) == ("m", "s")


def _head_of_relative(s: _Sent, a: int, prev_end: int) -> tuple[int, int] | None:
    """The subject before a verb at ``a`` that follows a comma closing a relative clause on it:
    "أن التحالف الذي تقوده السعودية في اليمن، أعلن أن" (the head before الذي/التي, at the start of
    the sentence or right after أن, definite or named)."""
    if a < 4 or s.toks[a - 1].is_word or s.toks[a - 1].text(s.doc) not in COMMAS:
        return None
    rel = lx.adjuncts().get("relative", frozenset())
    k = a - 2
    while k > max(prev_end, a - 14) and s.toks[k].is_word and s.ns[k] not in rel:
        k -= 1
    if k <= max(prev_end, 0) or s.ns[k] not in rel:
        return None
    h = k - 1
    end = k
    if h > max(prev_end, 0) and not s.toks[h].is_word and s.toks[h].text(s.doc) in COMMAS:
        h, end = h - 1, h  # "وكانت موسكو، التي تنكر التهم الموجهة إليها، أعلنت": a comma before it too
    while h > max(prev_end, 0) and s.toks[h - 1].is_word and end - h < 4 and s.ns[h - 1] not in lx.COMPLEMENTIZERS:
        h -= 1
    opened = h == 0 or s.ns[h - 1] in lx.COMPLEMENTIZERS or not s.toks[h - 1].is_word
    lead = lx.adjuncts().get("aux", frozenset())  # (كان and its forms are among them)
    while opened and h < end - 1 and s.ns[h] in lead:
        h += 1  # "وكان الكرملين، الذي يرفض الاتهامات، أعلن": past كان, its subject
    if not opened or not (s.ns[h].startswith("ال") or _named(s, h)) or _cue_at(s, h):
        return None
    return h, min(end, _chunk_end(s, h))


def _after_counted(s: _Sent, a: int, b: int) -> int:
    """A headline's clauses joined by و, the first a count: "أكثر من 120 ألف نازح والأمم المتحدة
    تطالب" — the subject is the definite name after the و, not the counted people."""
    if not any(_counted_at(s, k) for k in range(a, min(b, a + 3))):
        return a
    for k in range(a + 1, b):
        if s.toks[k].text(s.doc).startswith("و") and s.ns[k][1:].startswith("ال") and len(s.ns[k]) > 4:
            return k
    return a


def _own_noun_in(s: _Sent, a: int, b: int) -> int | None:
    """The first token after the first of ``[a, b)`` that is a noun with its own pronoun (رسالته، وعده)
    or a noun of words said (التأكيدات، الاتهامات: lexicon kind said_object): where the object of a
    verb that takes one (flag obj_own) opens after its subject; else None."""
    said = lx.adjuncts().get("said_object", frozenset())
    for x in range(a + 1, b):
        w = s.ns[x]
        if w in said or w.endswith(lx.OBJECT_SUFFIXES) and not w.startswith("ال") and len(w) > 3:
            return x
    return None


def _issued_subject(s: _Sent, c: int) -> tuple[int, int] | None:
    """A sentence that opens with a record and the verb of issuing it with its pronoun, before the
    reporting verb at ``c``: who issued it speaks ("وكانت إحصائية نشرها موقع الجيش، الاثنين، قالت إن"،
    "تقرير أصدرته منظمة العفو الدولية أشار إلى")."""
    adj = lx.adjuncts()
    lead = adj.get("particle", frozenset()) | adj.get("clause_link", frozenset())
    a = 0
    while a < c and s.ns[a] in lead:
        a += 1
    if a + 2 >= c or s.ns[a].startswith("ال") or not _documents(s.ns[a]):
        return None
    v = s.ns[a + 1]
    stem = v[:-2] if v.endswith(("ها", "هم")) else v[:-1] if v.endswith("ه") else ""
    if not stem or stem not in lx.channels().get("issue", frozenset()):
        return None
    h = a + 2
    if not any(s.toks[x].is_word and (s.ns[x].startswith("ال") or _named(s, x)) for x in (h, h + 1)):
        return None  # (موقع الجيش: a noun in construct with a definite one)
    e = h
    while e < c and (s.toks[e].is_word or s.toks[e].text(s.doc) in OPEN_QUOTES or s.toks[e].text(s.doc) in CLOSE_QUOTES) and not _is_time(s, e):
        e += 1
    if any(s.toks[x].is_word and not _is_time(s, x) for x in range(e, c)):
        return None
    return h, e


def _of_body(s: _Sent, a: int, b: int) -> bool:
    """Tokens ``a``..``b`` are من or في and a definite or named phrase of at most three words: where the
    people of a bare plural before them are from ("دبلوماسيين من الأمم المتحدة يخشون")."""
    return (
        2 <= b - a <= 4
        and s.ns[a] in ("من", "في")
        and all(s.toks[k].is_word and (s.ns[k].startswith("ال") or _named(s, k)) for k in range(a + 1, b))
    )


def _subject_before_at(s: _Sent, cue: _Cue, prev_end: int, quotes: bool) -> list[tuple[int, int]]:
    if cue.form.prefix or cue.form.aspect == "part":
        return []
    if cue.a - 1 > max(prev_end, 0) and s.ns[cue.a - 1] == "فقد":
        # "لكن السفير الروسي، فاسيلي نيبينزيا، فقد أكد": the subject stands before فقد
        return _subject_before_at(s, replace(cue, a=cue.a - 1), prev_end, quotes)
    aside = _dash_aside(s, cue.a)
    if aside is not None and aside > prev_end + 1:
        # "حكومة الرئيس بشار الأسد - التي تتلقى دعما من روسيا - تنفي": the subject is before the aside
        return _subject_before_at(s, replace(cue, a=aside), prev_end, quotes)
    adj = lx.adjuncts()
    particle, rel, contrast = (
        adj.get("particle", frozenset()),
        adj.get("relative", frozenset()),
        adj.get("contrast", frozenset()),
    )
    neg, conj = adj.get("negation", frozenset()), adj.get("conjunction", frozenset())
    # "اكتمل نصف السد لكن الحكومة تقول": a word that links clauses opens the subject's clause (not قد)
    links = adj.get("clause_link", frozenset()) - adj.get("aux", frozenset())
    def clause_start(quotes: bool) -> int:
        j = cue.a - 1
        while (
            j > prev_end
            and (s.toks[j].is_word or _glue(s, j) or quotes and _quoted_name_end(s, j, prev_end))
            and s.ns[j] not in lx.COMPLEMENTIZERS
            and not (s.ns[j][:1] in "وفل" and s.ns[j][1:] in lx.COMPLEMENTIZERS)  # وإن الجيش رفض، لأن
            and s.ns[j] not in contrast
            and not (j > 0 and f"{s.ns[j - 1]} {s.ns[j]}" in contrast)  # في حين، في الوقت الذي
            and s.ns[j] not in links
            and s.ns[j] not in conj  # "وكانت الصدمة الثانية حين أعلن": the verb's clause opens at حين
        ):
            j -= 1
        return j

    j = clause_start(quotes)
    if (head := _head_of_relative(s, cue.a, prev_end)) is not None:
        return [head]
    if cue.form.aspect == "impf" and (k := _issuing_verb(s, cue.a - 1)) is not None and k > prev_end:
        # "قرأت ثماني دول أوروبية بيانا يطالب إسرائيل": a record that demands speaks for who issued it
        chunk = _issuer_chunk(s, k, cue.a - 1)
        if chunk is not None:
            return [chunk]
    if prev_end < 0 and (issued := _issued_subject(s, cue.a)) is not None:
        return [issued]
    if j >= 0 and prev_end < 0 and not s.toks[j].is_word and s.toks[j].text(s.doc) in COMMAS:
        # وكان رئيس اللجنة، بيتر ماورير، أكد: a sentence-initial subject with its apposition
        k = j
        while (
            k >= 0
            and (s.toks[k].is_word or s.toks[k].text(s.doc) in COMMAS)
            and s.ns[k] not in lx.COMPLEMENTIZERS
        ):
            k -= 1
        if k < 0 and cue.a <= MAX_SUBJECT + 2:
            first_word = 1 if s.ns[0] in links else 0  # ("لكن السفير، فاسيلي نيبينزيا، فقد أكد")
            chunks = _split_commas(s, first_word, cue.a)
            first = s.ns[chunks[0][0]] if chunks else ""
            if (
                chunks
                and (first.startswith("ال") or _named(s, chunks[0][0]))
                and not _in(first, adj.get("prep", ()))
            ):
                if not any(s.ns[x] in neg or _cue_at(s, x) for a0, b0 in chunks for x in range(a0, b0)):
                    return chunks
    a = max(j + 1, 0)
    aux = adj.get("aux", frozenset())
    while a < cue.a and (s.ns[a] in particle or s.ns[a] in aux or _is_time(s, a)):
        a += 1  # وكان وقتها الشيخ ... يعلن
    b = cue.a
    while b > a and (_is_time(s, b - 1) or s.ns[b - 1] in aux):
        b -= 1
    if b - a > MAX_SUBJECT:  # a long relative clause after the subject: تحالف "..." الذي تقوده ... وتدعمه ... قال
        cut = next((k for k in range(a + 1, a + MAX_SUBJECT) if s.ns[k] in rel), None)
        if cut is None or any(s.ns[k] in neg or _cue_at(s, k) for k in range(a, b)):
            return []
        b = cut
    if b <= a:
        return []
    a = _after_counted(s, a, b)
    if b - a == 1 and not s.ns[a].startswith("ال") and _documents(s.ns[a]) and _in_it(s, cue):
        return []  # أصدر الرئيس بيانا أكد فيه: the record is the object; its issuer speaks
    if b - a >= 3 and _in_it(s, cue) and _issuing_verb(s, b - 1) == b - 2:
        b -= 2  # وزارة الخارجية أصدرت بيانا قالت فيه: the issuer, not its verb and record
    if s.ns[b - 1].startswith(tuple(adj.get("pronoun_lead", ()))):
        return []  # لكنها قالت: a pronoun
    # "لكن منتقدين يقولون إنه": a people plural with no article, the subject of a plural verb after it
    # (a participle's form, منتقدين, is a noun here)
    many = (
        (b - a == 1 or _of_body(s, a + 1, b))
        and cue.form.number == "p"
        and cue.form.aspect == "impf"
        and s.ns[a].endswith(("ون", "ين"))
        and len(s.ns[a]) > 4
        and s.toks[a].is_word
        and not s.toks[a].prefix_len
    )
    if not many and any(s.ns[k] in neg or _cue_at(s, k) for k in range(a, b)):
        return []
    if s.ns[a] in rel:  # الرعاة، الذين كانوا يهددون: the antecedent is before the comma
        k = a - 1
        while k >= 0 and not s.toks[k].is_word:
            k -= 1
        e = k + 1
        while k >= 0 and s.toks[k].is_word and e - k <= 6:
            k -= 1
        a2 = k + 1
        if a2 < e and (s.ns[a2].startswith("ال") or _named(s, a2)):
            return [(a2, _chunk_end(s, a2))]
        if a2 >= 2 and s.toks[a2 - 1].text(s.doc) in OPEN_QUOTES and _head(s.ns[a2 - 2]):
            return [(a2 - 2, e + 1 if e < cue.a and not s.toks[e].is_word else e)]  # تحالف "دعم الشرعية" الذي
        return []
    cut = next((k for k in range(a + 1, b) if s.ns[k] in rel or s.ns[k][:1] == "و" and s.ns[k][1:] in rel), None)
    if cut is not None:
        b = cut  # التحالف العربي الذي تقوده السعودية أعلن → التحالف العربي (والمعروف باسم: and known as)
    head = cut is not None and _head(s.ns[a]) is not None  # تحالف "دعم الشرعية" الذي تقوده السعودية قال
    # "لكن العديد من المصادر الأمنية أكدت"، "بعض المسؤولين قالوا": a word of quantity opens it
    quantity = s.ns[a] in adj.get("many", frozenset()) and a + 1 < b and (
        s.ns[a + 1].startswith("ال") or s.ns[a + 1] == "من" and a + 2 < b and s.ns[a + 2].startswith("ال")
    )
    if not (s.ns[a].startswith("ال") or _named(s, a) or head or many or quantity) or s.ns[a] in adj.get("prep", frozenset()):
        return []
    links = adj.get("np_link", frozenset())
    quoted: set[int] = set()  # تحالف "دعم الشرعية في اليمن": a quoted name is one word
    for x in range(a, b):
        if s.toks[x].text(s.doc) in OPEN_QUOTES and x not in quoted:
            quoted.update(range(x, _quote_close(s, x) + 1))
    if quantity or many and b - a > 1:
        quoted.add(a + 1)  # (العديد من، دبلوماسيين من: its من is no preposition of another phrase)
    if any(s.ns[x] in adj.get("prep", ()) and s.ns[x] not in links and x not in quoted for x in range(a, b)):
        return []  # نتنياهو تعليقا على بدء ... دعوى تتهم: not one noun phrase
    return [(a, b)]


def _object_then_complement(s: _Sent, i: int, complements: tuple[str, ...]) -> bool:
    """The participle at ``i`` takes its object, then its complement: "متهمة السلطات بالعنصرية"،
    "متهما إياه بالفساد" (the act of accusing; not "متهمة بالتلاعب": accused, its complement at once;
    nor "متهمين يقومون ببيع": no object). The object is an object pronoun written apart, a word
    with the article, or a name."""
    k = i + 1
    if k + 1 >= len(s.toks) or not s.toks[k].is_word or _complement(s, k, complements):
        return False
    obj = s.ns[k] in lx.adjuncts().get("object_pronoun", frozenset())
    obj = obj or s.ns[k].startswith("ال") or s.toks[k].start in _mention_starts(s.doc)
    if not obj:
        return False
    # the complement right after the object, or after the rest of the object's phrase: "متهما طهران
    # وحليفها اللبناني جماعة حزب الله بدعم الجبهة" (any word with ب: بدعم is a complement here)
    for b in range(k + 1, min(len(s.toks), k + 2 + OBJECT_REACH)):
        if _complement(s, b, complements) or (
            "ب" in complements and s.ns[b].startswith("ب") and len(s.ns[b]) > 3 and not _in_name(s, b)
        ):
            return True
        if not (s.toks[b].is_word or s.toks[b].text(s.doc) in OPEN_QUOTES or s.toks[b].text(s.doc) in CLOSE_QUOTES):
            return False
        if s.ns[b] in lx.COMPLEMENTIZERS or _cue_at(s, b):
            return False
    return False


def _participle_acc(s: _Sent, k: int) -> bool:
    """Token ``k`` is an indefinite participle in the accusative with no clitic (مقدما، متحدثا): a
    word of how the speaker spoke, never the subject after the verb (that is nominative: مسؤول,
    متحدث); not a name (روسيا، ميليشيا الحوثي)."""
    w, t = s.ns[k], s.toks[k]
    return (
        t.is_word
        and not t.prefix_len
        and len(w) >= 5
        and w.startswith("م")
        and w.endswith("ا")
        and not w.endswith(("يا", "نا", "ها", "هما", "تا"))  # (مراسلنا، مندوبها، منظمتا: the subject)
        and t.start not in _mention_starts(s.doc)
        and t.stem_start not in _mention_starts(s.doc)
    )


def _own_noun_after_name(s: _Sent, a: int, b: int) -> int | None:
    """The token right after an entity's name in the chunk ``[a, b)`` when it is a noun with a
    pronoun of its own and no article (مسؤوليته، ولاءها): the verb's object, not part of the name
    ("أعلن تنظيم "داعش" مسؤوليته"; not "وزير خارجيتها", whose title names no entity)."""
    ends = _mention_ends(s.doc)
    stop = max(
        (m[0] for x in range(a, min(b, a + 3)) if (m := ends.get(s.toks[x].start) or ends.get(s.toks[x].stem_start))),
        default=None,
    )
    if stop is None:
        return None
    e = next((x for x in range(a, b) if s.toks[x].start >= stop), None)
    while e is not None and e < b and not s.toks[e].is_word and s.toks[e].text(s.doc) in CLOSE_QUOTES:
        e += 1  # تنظيم "داعش" مسؤوليته
    if e is None or e >= b or not s.toks[e].is_word or s.toks[e].prefix_len or s.ns[e].startswith("ال"):
        return None
    w = s.ns[e]
    return e if w.endswith(("ته", "تها", "تهم", "تهما", "ءه", "ءها", "ءهم")) and len(w) > 4 else None


def _dash_aside(s: _Sent, k: int) -> int | None:
    """Where an aside between two dashes opens when it closes right before token ``k``; None where
    no dash closes there or no dash opens it within fifteen tokens."""
    if k < 1 or s.toks[k - 1].text(s.doc) not in DASHES:
        return None
    return next((x for x in range(k - 2, max(-1, k - 17), -1) if s.toks[x].text(s.doc) in DASHES), None)


def _kinds(s: _Sent, a: int, b: int) -> set[str]:
    """The types of the entity mentions that start in tokens ``[a, b)``."""
    ends = _mention_ends(s.doc)
    return {
        m[1] for x in range(a, b) if (m := ends.get(s.toks[x].start) or ends.get(s.toks[x].stem_start)) and m[1]
    }


def _other_kinds(s: _Sent, first: tuple[int, int], last: tuple[int, int]) -> bool:
    """The first chunk after a verb names entities of other types only than the one the last chunk
    opens with (a person, then a body): no apposition, so the last is the verb's object ("اتهم رئيس السلطة محمود عباس،
    الأربعاء، حركة حماس بأنها")."""
    a, b = _kinds(s, *first), _kinds(s, last[0], last[0] + 1)
    return bool(a and b) and not a & b  # (not "كريس كونكانون، رئيس "سي بي أو إي"": a title)


def _relay_alone(s: _Sent, cue: _Cue) -> bool:
    """A verb of relaying (نقل) with no عن after it: a noun or a transfer, no report (طائرة نقل،
    مقتل أربعة أشخاص ونقل 35 جريحا إلى مستشفى)."""
    v = cue.verb
    if cue.b + 1 < len(s.toks) and s.ns[cue.b + 1] in lx.COMPLEMENTIZERS:
        return False  # تقارير إعلامية، نقلت أنها: relayed what it says right after
    if "relay" not in v.flags:
        return False
    window = range(cue.b + 1, min(len(s.toks), cue.b + 10))
    if any(s.ns[x] in v.complements or s.ns[x][:2] in v.complements and len(s.ns[x]) <= 4 for x in window):
        return False
    if not cue.form.prefix and (cue.form.aspect, cue.form.gender, cue.form.number) == ("perf", "m", "s"):
        return True  # أمام نقل الجزيرتين ... بأن: the bare نقل is mostly the noun
    for x in window:
        if s.ns[x] in lx.COMPLEMENTIZERS and not s.toks[x].text(s.doc).startswith("إلا"):
            return False  # ونقلت وسائل إعلام أميركية، في وقت سابق، أن: the media say it themselves
        mark = s.toks[x].text(s.doc)
        if x > cue.b + 1 and _cue_at(s, x) or not s.toks[x].is_word and mark not in COMMAS and mark not in QUOTE_MARKS:
            return True  # ونقل الجرحى إلى المستشفى، وأكد الطبيب أن: another verb's
    return True


def _statement(s: _Sent, cue: _Cue, refs: list[_Ref], prev_end: int) -> dict[str, Any] | None:
    """The statement of ``cue``: its content, speaker (after the verb, before it, or a pronoun resolved) and channels; None where there is none."""
    doc = s.doc
    v, form = cue.verb, cue.form
    echo = False  # the verb's speaker speaks only through the participle after it
    if _relay_alone(s, cue):
        return None  # طائرة نقل: a noun; نقل is a report only as نقل ... عن
    if _resumptive(s, cue):
        return None  # إضراب عام دعت إليه المعارضة: a relative clause that describes, not a report
    opened = _open_content(s, cue)
    if opened is not None and opened[0] > cue.b + 2 and _in_it(s, cue) and not _named_subject(s, cue.b + 2, opened[0]):
        opened = None  # انتقد فيها السلطات لعدم ...: the words after "in it" are the object
    via: list[str] = []
    if opened is not None and "obj" in v.flags and not opened[2]:
        k = next((x for x in range(cue.b + 1, opened[1]) if s.ns[x] in v.complements), None)
        if k is not None:
            opened = None  # دعا الحزب زوما لتقديم استقالته أو أنه ...: verb, subject, object, complement
    speaker = None
    nominal = False  # the content is the verb's object noun, not a clause
    gender, number = form.gender, form.number
    if cue.antecedent:
        before = [cue.antecedent]
    elif cue.relative or form.suffix and _own_subject_says(s, cue.b, form, v):
        before = []  # "جماعة غولن، التي تتهمها تركيا بتنظيم": the subject is after the verb
    else:
        before = _subject_before(s, cue, prev_end)
    if before and "relay" not in v.flags:
        # وكانت الوزارة قد أعلنت الأربعاء القبض على ...: a subject before the verb, none after it
        if opened is None or _region(s, cue.b + 1, opened[0])[0]:
            if cue.strict and opened is None:
                return None
            opened = None
            cstart = _skip_adjuncts(s, cue.b + 1, via)
            if cstart >= len(s.toks):
                return None
            direct = False
        chunks = []
    elif opened is not None:
        reg_end, cstart, direct = opened
        cut = (
            next((x for x in range(cue.b + 1, reg_end) if s.ns[x] in v.complements), None)
            if "relay" in v.flags
            else None
        )
        relays = lx.phrases().get("relay", frozenset())
        relayed = next((x for x in range(cue.b + 1, reg_end - 1) if f"{s.ns[x]} {s.ns[x + 1]}" in relays), None)
        if cut is None and relayed is not None and relayed > cue.b + 1:
            # ذكرت وسائل إعلام بريطانية نقلا عن بيان للشرطة إن: the media relay, the police speak
            outlet, via = _region(s, cue.b + 1, relayed)
            via = [_via_text(s, a, b - 1) for a, b in outlet[:1]] + via
            chunks, more = _region(s, relayed + 2, reg_end, keep_first=True)
            via += more
        elif cut is None and relayed is not None and relayed == cue.b + 1 and not form.suffix:
            # وأضاف نقلا عن مصدر لم يحدده أن: he (named before) relays a source; he is the speaker
            chunks = []
        elif cut is not None:  # نقلت وكالة الأنباء (سانا) عن مصدر عسكري قوله إن: channel عن speaker
            outlet, via = _region(s, cue.b + 1, cut)
            via = [_via_text(s, a, b - 1) for a, b in outlet[:1]] + via
            chunks, more = _region(s, cut + 1, reg_end, keep_first=True)
            via += more
        else:
            # "ردت الحكومة على الاتهامات بالقول إن": a strict verb's own preposition ends its speaker
            comp = (
                next((x for x in range(cue.b + 2, reg_end) if s.ns[x] in v.complements and not s.inq[x]), None)
                if cue.strict and "comp_opens" not in v.flags
                else None
            )
            # "واعتبرت التصريح بمثابة رسالة … مفادها أن": the noun before بمثابة is what is judged, not who judges
            pred = next(
                (x for x in range(cue.b + 2, min(reg_end, cue.b + 6)) if s.ns[x] in lx.adjuncts().get("predicate_after", ())),
                None,
            )
            if pred is not None:
                comp = pred - 1 if comp is None else min(comp, pred - 1)
            end_r = reg_end if comp is None else comp
            # "وأكدت الوزيرة إلقاء القبض على خمسة": a verbal noun in إل opens the object, what was said
            masdar = next((x for x in range(cue.b + 1, end_r) if _hamza_masdar(s, x)), None)
            chunks, via = _region(s, cue.b + 1, end_r if masdar is None else masdar)
            if masdar is not None:
                cstart, direct = masdar, False
            if chunks and (
                s.ns[chunks[0][0]] in lx.adjuncts().get("circumstantial", frozenset()) or _participle_acc(s, chunks[0][0])
            ):
                chunks = []  # وأضاف وهو يقف إلى جانب الصحافي، وأضاف مقدما التعازي: how he spoke; he is named before
            last = chunks[-1][0] if len(chunks) > 1 else -1
            if last > 0 and not _named(s, last) and not _person_ends(s, last, chunks[-1][1]):
                # أعلنت جماعة مسلحة، مسؤوليتها عن: a noun with its pronoun is the object, not a name;
                # ووصف الرئيس، الفيضانات بأنها: after a comma, the object of a verb that takes one
                suffixed = s.ns[last].endswith(lx.OBJECT_SUFFIXES) and not s.ns[last].startswith("ال")
                if suffixed or v.flags & {"obj", "suffix_ok"}:  # (اعتبر X، Y، القرار خطوة: takes an object too)
                    chunks, cstart, direct = chunks[:-1], last, False
                elif _object_past_time(s, chunks):
                    chunks, cstart, direct = chunks[:-1], last, False
            elif last > 0 and "obj" in v.flags and not form.suffix and _other_kinds(s, chunks[0], chunks[-1]):
                # اتهم رئيس السلطة محمود عباس، الأربعاء، حركة "حماس" بأنها: a person accuses a body
                chunks, cstart, direct = chunks[:-1], last, False
            elif len(chunks) == 1 and chunks[0] == (cue.b + 1, cue.b + 2) and _own_object(s, cue.b + 1, v):
                # "وأعلنت مسؤوليتها عن الهجوم": a noun with its own pronoun right after the verb is
                # what it announced; the speaker is named before (not "وقال محاميها"); before قائلا
                # what he said follows the participle ("وتابع حديثه قائلا: ...")
                if cue.b + 2 < cstart < len(s.toks) and _cue_at(s, cue.b + 2) is not None:
                    chunks = []
                elif s.toks[cue.b + 2].text(s.doc) == ":":
                    chunks = []  # "وختم حديثه: ...": what he said follows the colon
                else:
                    chunks, cstart, direct = [], cue.b + 1, False
        if "relay" in v.flags and cut is None:
            chunks, via = _relay(s, chunks, via)
            pron = next((p for x in range(cue.b + 1, min(len(s.toks), cue.b + 8)) if (p := _relay_pronoun(s.ns[x]))), None)
            if not chunks and pron:  # "ونقلت الوكالة عنه قوله": the pronoun says who was relayed
                gender, number = pron
        elif (
            "obj_own" in v.flags
            and len(chunks) == 1
            and (own := _own_noun_in(s, *chunks[0])) is not None
        ):
            # وختم ترامب رسالته بالقول: his own letter, no speaker; "وكرر ترامب وعده الانتخابي بأن"،
            # "وكرر لافروف التأكيدات الروسية بأن": what he repeated
            chunks = [(chunks[0][0], own)]
        elif (
            "obj_required" in v.flags
            and len(chunks) == 1
            and not form.suffix
            and chunks[0][1] == reg_end  # (not "ووصفت طالبان في بيانها جلال الدين حقاني بأنه")
            and _one_noun(s, *chunks[0])
            and not _titled(s, *chunks[0])
        ):
            chunks, cstart, direct = [], chunks[0][0], False  # ووصفت الحكومة الفرنسية بأنها: the object
        elif "obj" in v.flags and chunks and (not _named(s, chunks[0][0]) or _other_gender(s, chunks[0][0], form)):
            # ودعا كلا البلدين إلى "...": an object; "ودعت المجلس الأوروبي إلى": a masculine noun after a
            # feminine verb is its object, not its subject
            chunks, cstart, direct = [], chunks[0][0], False
        elif "obj" in v.flags and chunks and len(chunks) == 1 and not form.suffix:
            end = _chunk_end(s, chunks[0][0])
            if end < chunks[0][1]:  # حثت روسيا الولايات المتحدة على: the subject, then the object
                chunks, cstart, direct = [(chunks[0][0], end)], end, False  # the object opens the content
        elif direct and len(chunks) == 1 and not form.suffix and v.lemma != lx.say_lemma():
            end = _chunk_end(s, chunks[0][0])
            if end < chunks[0][1] and _object_noun(s, end):
                # أعلن الجيش مقتل "اثنين من المسلحين": a noun after the subject opens the content
                chunks, cstart, direct = [(chunks[0][0], end)], end, False
        elif len(chunks) == 1 and not form.suffix and (own := _claimed_at(s, chunks[0][0], reg_end)) is not None:
            # وأعلنت حركة الشباب مسؤوليتها عن الهجوم: the subject, then the responsibility it claims
            chunks, cstart, direct = [(chunks[0][0], min(own, chunks[0][1]))], own, False
        elif len(chunks) == 1 and not form.suffix and _owned_after_plural(s, *chunks[0]):
            # أعلن ناشطون أكراد مسؤوليتهم عن الهجوم: a noun with a pronoun after an indefinite plural
            own = _indefinite_end(s, chunks[0][0], chunks[0][1])
            chunks, cstart, direct = [(chunks[0][0], own)], own, False
        elif len(chunks) == 1 and not form.suffix and (own := _own_noun_after_name(s, *chunks[0])) is not None:
            # أعلن تنظيم "داعش" مسؤوليته عن الهجوم: a noun with the subject's pronoun after the name
            chunks, cstart, direct = [(chunks[0][0], own)], own, False
        elif len(chunks) == 1 and not form.suffix and (own := _described_end(s, *chunks[0])) < chunks[0][1]:
            # وأكد مصدر أمني عراقي العثور على جثث: an indefinite subject and its adjectives, then the object
            chunks, cstart, direct = [(chunks[0][0], own)], own, False
        elif not direct and len(chunks) == 1 and not form.suffix and v.lemma != lx.say_lemma():
            end = _chunk_end(s, chunks[0][0])
            if end < chunks[0][1] and _in(s.ns[end], lx.adjuncts().get("disclosed", frozenset())):
                chunks, cstart = [(chunks[0][0], end)], end  # كشفت وسائل إعلام تفاصيل جديدة عن: the object
            elif (
                end < chunks[0][1]
                and end - chunks[0][0] >= 2
                and _object_noun(s, end)
                and not (s.toks[end].prefix_len and s.doc.text[s.toks[end].start] == "و")  # (ومقره بريطانيا)
                and not _in(s.ns[end - 1], lx.person_titles())  # (الناشطة سعاد: a name the tagger missed)
                and _in(s.ns[end], lx.adjuncts().get("object_noun", frozenset()))
            ):
                # ونفى بيان النائب العام وجود أي علاقة ... بأنه: the object opens the content
                chunks, cstart = [(chunks[0][0], end)], end
    else:
        if cue.strict:
            return None
        direct = False
        chunks, cstart = _object_content(s, cue, via)
        if cstart is None:
            return None
        nominal = True
        late = _late_complementizer(s, cstart) if chunks else None
        if late is not None:
            (cstart, direct), nominal = late, False
        elif chunks and _comma_participle(s, cue, cstart):
            # "وفقا لما أعلن المتحدث الاثنين، واصفا القضية": what he said is not the participle's report;
            # he is still whom the participle speaks for
            echo = True
    if before and opened is not None:
        nominal = False
        reg_end, cstart, direct = opened
        via += _region(s, cue.b + 1, reg_end)[1]
    if "addressee" in v.flags and cstart == cue.b + 2 and s.ns[cue.b + 1] in lx.adjuncts().get("addressee_pronoun", frozenset()):
        return None  # "ووجهت إليه تهمة القتل": the passive, he was charged; no one is said to speak
    if chunks and not before and not cue.relative and "relay" not in v.flags and _pronoun_subject(s, cue):
        chunks = []  # "لكنه حث الزعيم الكوري على": he urged; the noun after the verb is whom he urged
    if chunks and "addressee" in v.flags:
        # "ووجهت النيابة إلى المتهمين اتهامات": the إلى phrase names to whom, not who
        # (and "وجه الرئيس الروسي الذي أعيد انتخابه، لولاية جديدة، الشكر": the relative clause and
        # the aside after it tell of him; the speaker is the head before الذي)
        a, b = chunks[0]
        rel = lx.adjuncts().get("relative", frozenset())
        to = next((x for x in range(a + 1, b) if s.ns[x] == "الي" or s.ns[x] in rel), None)
        if to is not None:
            chunks = [(a, to)]
    if chunks and form.aspect != "part":
        speaker = _party(s, chunks)
        head = _head(s.ns[chunks[0][0]])
        if head and head[1] == "p" or s.ns[chunks[0][0]] in lx.adjuncts().get("many", frozenset()):
            number = "p"  # (وسخر بعض المنتقدين ... واعتبروها: some of them, many)
        speaker = _anaphor(s, chunks, speaker, refs, s.toks[cue.a].start)
    elif before:
        speaker = _party(s, before)
    if (speaker is None or not speaker["name"]) and cue.needs_speaker:
        return None
    named = speaker is not None and bool(speaker["name"])
    if "came_in" in v.flags:
        speaker = _issuer(s, cue, opened[0] if opened else cue.b + 1, refs)
        named = speaker is not None
    described = not named and (desc := _described_before(s, cue)) is not None
    if described:
        speaker = _party(s, [desc])  # تقارير إعلامية، نقلت أنها: the reports said it (no referent later)
    elif not named:
        speaker = _resolve(refs, s.toks[cue.a].start, gender, number, doc.sentences[s.index].start)
    span = _content(s, cstart, direct and s.toks[cstart].text(doc) in OPEN_QUOTES)
    if span is None:
        return None
    if (cue.antecedent or cue.relative) and not direct:
        span = _relative_aside(s, cue, cstart, span)
    if nominal:
        span = _object_aside(s, cstart, span)
    c = _span(doc, span[0], span[1])
    if not c["text"] or len(c["text"].split()) < 1:
        return None
    if named:  # only a statement that stands names a referent for later pronouns
        if "relay" in v.flags and speaker and speaker.get("name"):
            # "ونقلت قناة السومرية عن نائب رئيس اللجنة قوله": the one relayed is a he, whatever the channel
            head = _head(normalize(speaker["name"].split()[0]).removeprefix("ال"))
            # else the pronoun on what was said: "عن يوسف لطيف، المتحدث باسم الوكالة، قوله" → a man
            said = next((p for x in range(cue.b + 1, min(len(s.toks), cstart + 1)) if (p := _relay_pronoun(s.ns[x]))), None)
            if head or said:
                gender, number = head or said
        refs.append(_Ref(s.toks[cue.a].start, speaker, gender, number))
    if echo:
        return {"_echo": True}
    if prev_end < 0:
        via = _leading_via(s, cue.a) + via
    cue_start, cue_end = s.toks[cue.a].start, s.toks[cue.b].end
    sent = doc.sentences[s.index]
    return {
        "speaker": speaker,
        "cue": doc.text[cue_start:cue_end],
        "cue_span": doc.span(cue_start, cue_end),
        "kind": "direct" if direct else "indirect",
        "content": c["text"],
        "content_span": c,
        "via": via,
        "evidence": doc.span(sent.start, sent.end),
        "_end": span[2],
        "_pos": cue_start,
        "_region_end": cstart,
    }


def _object_aside(s: _Sent, cstart: int, span: tuple[int, int, int]) -> tuple[int, int, int]:
    """An object content ends before a relative clause set off by a comma, the writer's aside:
    ``وأكدت منظمة غير حكومية، عمليات تزوير الانتخابات، التي يتوقع أن يفوز بها بوتين``."""
    rel = lx.adjuncts().get("relative", frozenset())
    for k in range(cstart + 1, span[2] - 1):
        if s.toks[k].text(s.doc) in COMMAS and s.ns[k + 1] in rel:
            if any(s.toks[x].text(s.doc) in COMMAS for x in range(k + 2, span[2])):
                return span  # اتهم ماكين ترامب، الذي ينتمي مثله للحزب، بعدم التمسك: the object goes on after it
            return span[0], s.toks[k - 1].end, k
    return span


def _relative_aside(s: _Sent, cue: _Cue, cstart: int, span: tuple[int, int, int]) -> tuple[int, int, int]:
    """The content of a report in a relative clause set off by commas ends at the comma that closes
    it: ``وكانت الشرطة، التي أكدت مقتل المتظاهرين، قد فتحت تحقيقا``."""
    r = cue.a - 1  # the relative pronoun
    if r < 1 or s.toks[r - 1].text(s.doc) not in COMMAS:
        return span
    for k in range(cstart + 1, span[2]):
        if s.toks[k].text(s.doc) in COMMAS:
            if k + 1 < len(s.toks) and s.ns[k + 1] in lx.adjuncts().get("but", frozenset()):
                return span  # "التي قالت إن 103 صواريخ أطلقت، لكن الدفاعات أسقطت 71": it goes on
            return span[0], s.toks[k - 1].end, k
    return span


#: how far back, over a comma and the phrase it sets off, "جاء فيه" finds the record issued
RECORD_REACH = 8


def _medium_after(s: _Sent, b: int) -> int | None:
    """The medium right after "جاء في" / "ورد في" (verb at ``b``: "وجاء في بيان للجيش أن"), or None;
    or, with "فيه" after the verb, the record issued before it ("أصدرت الوزارة بيانا جاء فيه"), also
    past a comma and a time or place set off by commas ("أصدر النادي بيانا، مساء الخميس، جاء فيه")."""
    if b + 1 < len(s.toks) and s.ns[b + 1] in lx.adjuncts().get("in_it", ()) and b >= 2:
        if s.toks[b - 1].text(s.doc) not in COMMAS:
            return b - 1 if _issuing_verb(s, b - 1) is not None else None
        for rec in range(b - 2, max(0, b - 1 - RECORD_REACH), -1):
            if _issuing_verb(s, rec) is not None:
                return rec
        return None
    m = b + 2
    if m >= len(s.toks) or s.ns[b + 1] != "في":
        return None
    ch = lx.channels()
    # "وجاء في الدعوى أن"، "وجاء في صحيفة الصباح أن": a document or an outlet says it too
    kinds = ("medium", "document", "outlet_head")
    return m if any(_in(s.ns[m], ch.get(k, frozenset())) for k in kinds) else None


def _issuing_verb(s: _Sent, m: int) -> int | None:
    """The verb of issuing (channels kind issue) of the indefinite record at ``m``, over the words of
    its subject ("أصدرت وزارة الخارجية الأمريكية بيانا"), or None."""
    if m < 1 or s.ns[m].startswith("ال") or not _documents(s.ns[m]):
        return None
    issue = lx.channels().get("issue", frozenset())
    for k in range(m - 1, max(-1, m - 9), -1):
        if not s.toks[k].is_word and s.toks[k].text(s.doc) not in COMMAS:
            return None
        if _in(s.ns[k], issue):
            return k
    return None


def _counted_at(s: _Sent, k: int) -> bool:
    """Token ``k`` is a number of the numbers layer (a count before its noun: ثماني دول)."""
    t = s.toks[k]
    return any(
        isinstance(n, dict) and n.get("start", -1) <= t.start < n.get("end", -1) for n in s.doc.layers.get("numbers") or []
    )


def _issuer_chunk(s: _Sent, k: int, m: int) -> tuple[int, int] | None:
    """The subject of the verb of issuing at ``k`` whose record is at ``m``: after the verb
    ("أصدرت وزارة الخارجية اللبنانية، أمس الاثنين، بيانا") or before it ("لكن وزارة الخارجية
    أصدرت بيانا")."""
    e = next((x for x in range(k + 1, m) if not s.toks[x].is_word), m)
    h = k + 2 if k + 2 < e and _counted_at(s, k + 1) else k + 1  # "ثماني دول أوروبية"
    if h < e and (s.ns[h].startswith("ال") or _named(s, h)):
        return k + 1, e
    e = k - 1 if k > 0 and s.toks[k - 1].text(s.doc) in COMMAS else k
    a = e
    while a > 0 and s.toks[a - 1].is_word and e - a < 6 and not _cue_at(s, a - 1):
        a -= 1
    lead = lx.adjuncts().get("particle", frozenset()) | lx.adjuncts().get("clause_link", frozenset())
    while a < e and s.ns[a] in lead:
        a += 1
    if a < e and (s.ns[a].startswith("ال") or _named(s, a)):
        return a, e
    return None


def _issuer(s: _Sent, cue: _Cue, end: int, refs: list[_Ref]) -> dict[str, Any] | None:
    """Who issued the medium of "وجاء في بيان للجيش أن": the words after it ("للجيش"، "الصادر عن
    الحزب"، "بيان الوزارة"), or, for "وجاء في البيان" / "في بيانها", the speaker named before; for
    "أصدرت الوزارة بيانا جاء فيه"، the subject of the verb of issuing."""
    m = _medium_after(s, cue.b)
    if m is None:
        return None
    if m < cue.a:
        k = _issuing_verb(s, m)
        chunk = _issuer_chunk(s, k, m) if k is not None else None
        return _party(s, [chunk]) if chunk is not None else None
    ch = lx.channels()
    if (
        not s.ns[m].startswith("ال")
        and m + 1 < end
        and s.ns[m + 1].startswith("ال")
        and any(_in(s.ns[m + 1], ch.get(k, frozenset())) for k in ("medium", "document"))
    ):
        # "وجاء في مسودة البيان أن"، "وجاء في نص الإعلان": a part or a form of a record named
        # before; its issuer named before speaks, or else the two words
        issuer = _issued_by(s, m + 1, refs, s.toks[cue.a].start)
        return issuer if issuer is not None else _party(s, [(m, m + 2)])
    a = m + 1
    issued = lx.phrases().get("issued_by", frozenset())
    for size in (2, 1):
        if " ".join(s.ns[a : a + size]) in issued:
            a += size
            break
    if a == m + 1 and s.ns[m].startswith("ال"):
        # "وجاء في البيان الختامي للقمة أن": a definite medium's adjectives, then who issued it
        while a < end and s.toks[a].is_word and s.ns[a].startswith("ال") and not _named(s, a):
            a += 1
        if a < end and not s.ns[a].startswith("ل"):
            a = end
    a = min(a, end)
    relative = s.ns[a] in lx.adjuncts().get("relative", frozenset()) if a < len(s.toks) else False
    if a < end and s.toks[a].is_word and not relative and (s.ns[a].startswith(("ل", "ال")) or _named(s, a) or a > m + 1):
        chunks = _region(s, a, end, keep_first=True)[0]
        if chunks:
            return _party(s, chunks[:1])
    w = s.ns[m]
    surface = strip_diacritics(s.toks[m].text(s.doc))
    suffix = next((x for x in lx.OBJECT_SUFFIXES if w.endswith(x) and len(w) > len(x) + 3), "")
    if suffix and (w.startswith("ال") or not surface.endswith(suffix)):
        suffix = ""  # (not "في المسودة": a ة, which normalizes to ه, on a definite noun)
    if suffix:  # في بيانها: the pronoun says who
        g, n = ("f", "s") if suffix == "ها" else ("m", "p") if suffix in ("هم", "هما", "هن") else ("m", "s")
        return _resolve(refs, s.toks[cue.a].start, g, n)
    if _in(w, lx.channels().get("outlet_head", frozenset())):
        chunks = _region(s, m, end, keep_first=True)[0]
        return _party(s, chunks[:1]) if chunks else None  # وجاء في صحيفة الصباح التركية أن
    if w.startswith("ال") and _in(w, ch.get("document", frozenset())):
        return _party(s, [(m, m + 1)])  # "وجاء في المسودة أن": a text named before speaks for itself
    issuer = _issued_by(s, m, refs, s.toks[cue.a].start)
    if issuer is None and w.startswith("ال"):
        return _party(s, [(m, m + 1)])  # "وجاء في التقرير أن" with no issuer named: the report
    return issuer


def _one_noun(s: _Sent, a: int, b: int) -> bool:
    """Tokens ``a``..``b`` are one noun and its adjectives of relation ("الحكومة الفرنسية"، "العائلة"),
    not two nouns in a row ("السلطات الصحيفة": a subject and an object)."""
    return all(s.toks[x].is_word and _nisba(s.toks[x].text(s.doc)) for x in range(a + 1, b))


def _titled(s: _Sent, a: int, b: int) -> bool:
    """Tokens ``a``..``b`` hold a person's title or name ("السفير جون براون"): a subject, never the
    object a verb that needs one takes alone."""
    return any(
        _in(s.ns[x], lx.person_titles()) or _mention_ends(s.doc).get(s.toks[x].start, (0, ""))[1] == "PER"
        for x in range(a, b)
    )


def _complement(s: _Sent, k: int, complements: tuple[str, ...]) -> bool:
    """Token ``k`` opens the verb's complement: one of ``complements`` (إلى، على، عن), or a word with
    ب when "ب" is one (بالسعي، بتعرض; not بيان, بنيامين or بريطانيا)."""
    w = s.ns[k]
    if "ب" in complements and w.startswith("ب") and w[1:] in lx.adjuncts().get("object_noun", frozenset()):
        return True  # "وندد رئيس الوزراء باستخدام الحملة": ب on a noun of an act, written whole
    return w in complements or (
        _ba_word(s, k, complements)
        and not _in_name(s, k)  # بنيامين is a name, not ب + complement
        and s.toks[k].start not in _mention_starts(s.doc)  # nor is بريطانيا
    )


def _object_relative(s: _Sent, first: int, complements: tuple[str, ...]) -> bool:
    """The noun phrase at ``first`` is followed by a relative clause (التي، الذي) that runs to the
    verb's complement, in one stretch of words: "وتتهم حركة حماس التي خاضت معها ثلاث حروب منذ عام
    2008 بالسعي" (one phrase, so the object of a verb that needs one)."""
    n = len(s.toks)
    e = _chunk_end(s, first)
    if e >= n or s.ns[e] not in lx.adjuncts().get("relative", frozenset()):
        return False
    for k in range(e + 1, min(n, e + RELATIVE_REACH)):
        if not (s.toks[k].is_word or s.ns[k].isdigit()) or _cue_at(s, k):
            return False
        if _complement(s, k, complements):
            # (not "اتهمت حماس التي تسيطر على القطاع إسرائيل بارتكاب": a name right before it is the object)
            return not _named(s, k - 1)
    return False


def _named_then_an(s: _Sent, close: int) -> bool:
    """After the quotation closed at ``close``, a person's name and then إن/أن within
    :data:`QUOTED_NAME_REACH` words, with no other verb of saying between: the quotation names the
    body the speaker speaks for ("قال المتحدث الرسمي باسم قوات الائتلاف "ائتلاف حماية الساحل في الجنوب"
    العقيد الركن سامر الخطيب، أن")."""
    named = _named_tokens(s.doc)
    seen = False
    for x in range(close + 1, min(len(s.toks), close + QUOTED_NAME_REACH)):
        if s.ns[x] in lx.COMPLEMENTIZERS:
            return seen
        if s.toks[x].is_word and _cue_at(s, x) or x in s.bounds:
            return False
        seen = seen or s.toks[x].start in named
    return False


def _late_complementizer(s: _Sent, k: int) -> tuple[int, bool] | None:
    """Where what was said opens when a long phrase of where or when he spoke (lexicon class
    setting) comes first: "أعلن وزير الداخلية خلال زيارته لمدينة الموصل السبت في إطار جولة تفقدية
    شملت مراكز الشرطة … أن الحكومة ستعيد بناء المراكز": the complementizer, or a colon and a
    quotation mark, within :data:`LATE_REACH` words, in the same clause and before any other verb of
    saying; ``(content start, direct)``, else None. A short clause on where he spoke may come before
    the setting: "وقال في مؤتمر صحفي عقده الاثنين، بعد المواجهات التي …: "…"" """
    n = len(s.toks)
    setting = lx.adjuncts().get("setting", frozenset())

    def opens_setting(x: int) -> bool:
        return x < n and (s.ns[x] in setting or x + 1 < n and f"{s.ns[x]} {s.ns[x + 1]}" in setting)

    if not opens_setting(k):
        comma = next((x for x in range(k + 1, min(n, k + SETTING_LEAD + 1)) if s.toks[x].text(s.doc) in COMMAS), None)
        if comma is None or not all(s.toks[x].is_word for x in range(k, comma)) or not opens_setting(comma + 1):
            return None
        k = comma + 1
    for x in range(k + 1, min(n, k + LATE_REACH)):
        if not s.toks[x].is_word and s.toks[x].text(s.doc) == ":" and x + 1 < n and s.toks[x + 1].text(s.doc) in OPEN_QUOTES:
            return x + 1, True
        if x in s.bounds or s.inq[x] or not s.toks[x].is_word and s.toks[x].text(s.doc) in ".:؛;!?؟":
            return None
        if s.ns[x] in lx.COMPLEMENTIZERS or s.ns[x][:1] == "ف" and s.ns[x][1:] in lx.COMPLEMENTIZERS:
            if s.ns[x - 1] in lx.adjuncts().get("conjunction_an", frozenset()) or x + 1 >= n:
                return None  # "بعد أن اصطدم"، "إلا أن": a clause of time or contrast, not what was said
            return (x, False) if s.toks[x + 1].text(s.doc) != "." else None
        if s.toks[x].is_word and (form := _cue_at(s, x)) is not None:
            verb = lx.tables()[1][form.lemma]
            if "relay" not in verb.flags or _relays_in_clause(s, x, verb):
                return None  # (not "على خلفية نقل السفارة": the noun, with no عن in its clause)
    return None


def _relays_in_clause(s: _Sent, x: int, verb: lx.Verb) -> bool:
    """The verb of relaying at ``x`` has its عن before the next comma or stop: "نقلت الوكالة عن"."""
    for y in range(x + 1, len(s.toks)):
        if not s.toks[y].is_word and s.toks[y].text(s.doc) in COMMAS | {".", ":", "؛"}:
            return False
        if s.ns[y] in verb.complements:
            return True
    return False


def _comma_participle(s: _Sent, cue: _Cue, cstart: int) -> bool:
    """The content of a verb with no إن/أن would open at ``cstart`` with a reporting participle after a
    comma: the participle reports, and the verb before has no content of its own ("أعلن المتحدث
    الاثنين، واصفا القضية"; not "وغردت قائلة": the participle right after the verb and its subject)."""
    if cstart >= len(s.toks) or cstart <= cue.b + 1 or s.toks[cstart - 1].text(s.doc) not in COMMAS:
        return False
    form = _cue_at(s, cstart)
    return form is not None and form.aspect == "part"


def _object_content(s: _Sent, cue: _Cue, via: list[str]) -> tuple[list[tuple[int, int]], int | None]:
    """Speaker and content start for a cue with no إن/أن: ``أعلنت الشرطة مقتل``، ``أشار إلى``."""
    v, form = cue.verb, cue.form
    prep = lx.adjuncts().get("prep", frozenset())
    n = len(s.toks)
    j = _skip_adjuncts(s, cue.b + 1, via)
    if j >= n or not s.toks[j].is_word and s.toks[j].text(s.doc) not in OPEN_QUOTES:
        return [], None
    if form.aspect == "part":
        return [], j
    if _in_it(s, cue):
        return [], _skip_adjuncts(s, cue.b + 2, via)  # مقابلة انتقد فيها السلطات: he, in it; then the object
    if "relay" in v.flags:
        k = next((x for x in range(j, min(n, j + 10)) if s.ns[x] in v.complements), None)
        if k is not None and k + 1 < n:
            if k > j:
                via.append(_via_text(s, j, k - 1))
            end = _chunk_end(s, k + 1)
            said = _relayed_said(s, k + 1)
            if said is not None and said > end:
                # "عن نور الدين بيندوسينا لوموندوت، القنصل العام في السفارة، وصفه": the one relayed, his
                # title set off by commas, up to the verbal noun of what he said
                chunks, more = _region(s, k + 1, said)
                via += more
                return chunks, said
            return [(k + 1, end)], end
    if j + 2 < n and f"{s.ns[j]} {s.ns[j + 1]}" in lx.adjuncts().get("joint_subject", ()):
        # ودعا كل من الأمين العام ...، ووزيرة الخارجية ... إلى: "each of" opens the verb's subjects,
        # commas and all, up to the verb's complement
        k = next((x for x in range(j + 2, min(n, j + JOINT_REACH)) if _complement(s, x, v.complements)), None)
        if k is not None and all(s.toks[x].is_word or s.toks[x].text(s.doc) in COMMAS | QUOTE_MARKS for x in range(j + 2, k)):
            # واتهمت كل من روسيا وإيران الولايات المتحدة بدعم: the object after the last of them
            end = _joint_end(s, j + 2, k) if "obj" in v.flags and not form.suffix else k
            chunks, more = _region(s, j + 2, end)
            via += more
            return chunks, end
        if k is None and not v.complements:  # ودانت كل من الأمم المتحدة والاتحاد الأوروبي الاعتداء
            end = _chunk_end(s, j + 2)
            while _conjunct(s, end) and end < n:
                end = _conjunct_end(s, end)
            return [(j + 2, end)], _skip_adjuncts(s, end, via)
    comp_at = None
    for k in range(j, min(n, j + 10)):
        if not s.toks[k].is_word and s.toks[k].text(s.doc) not in '"«»“”':
            break
        if k > j and f"{s.ns[k - 1]} {s.ns[k]}" in lx.phrases().get("issued_by", ()):
            continue  # أفاد بيان صادر عن الوزارة بأن: "عن" names who issued it
        if _complement(s, k, v.complements):
            comp_at = k
            break
    first = j
    if "obj" in v.flags and not form.suffix and (form.gender, form.number) == ("m", "s") and _place_she(s, first):
        return [], first  # وطالب روسيا بالرد: a he demands; the place after him, a she, is what he demands of
    if "obj" in v.flags and not form.suffix and _other_gender(s, first, form):
        return [], first  # ودعت المجلس الأوروبي إلى: a she calls; the he after her is whom she calls on
    if "said_obj" in v.flags and s.ns[first] in lx.adjuncts().get("said_object", frozenset()):
        return [], first  # رفضت الانتقادات الموجهة لاستفتاء: what it rejects right after the verb, the speaker a pronoun
    if "said_obj" in v.flags and (said_at := _said_noun_after(s, first)) is not None:
        # "رفض وزير الخارجية الألماني هيكو ماس انتقادات موجهة"، "رفض الوزير، أفيغدور ليبرمان، الأحد،
        # مطالب": the words rejected end the speaker and open the content
        end, x = said_at
        chunks, more = _region(s, first, end)
        via += more
        manner = lx.adjuncts().get("manner_phrase", frozenset())
        return [(a, b) for a, b in chunks if b - a != 2 or f"{s.ns[a]} {s.ns[a + 1]}" not in manner], x
    if comp_at is None and "obj_required" in v.flags and not form.suffix and _object_relative(s, first, v.complements):
        return [], first  # وتتهم حركة حماس التي خاضت معها ثلاث حروب بالسعي: the object, and its clause
    w0 = s.ns[first]
    if not s.toks[first].is_word or w0 in prep or w0 in v.complements or comp_at == first:
        return [], first
    if _hamza_masdar(s, first):
        return [], first  # "وأكدت إلقاء القبض على خمسة": what she confirmed, the speaker a pronoun
    if w0.startswith("ال") and w0[2:] in lx.adjuncts().get("act_noun", frozenset()):
        return [], first  # يدين الهجوم الكيمياوي على: an act is what is spoken of, never who speaks
    named = _named(s, first)
    manner = lx.adjuncts().get("manner_phrase", frozenset())
    for k in range(first + 1, min(n - 1, first + 8, comp_at if comp_at is not None else n)):
        if not s.toks[k].is_word:
            break
        if f"{s.ns[k]} {s.ns[k + 1]}" in manner:  # أكدت طهران وموسكو من جديد دعمهما: subject, how, object
            chunks, more = _region(s, first, k)
            via += more
            return chunks, _skip_adjuncts(s, k + 2, via)
    plural = w0.startswith("ال") and w0.endswith("ون") and (len(w0) >= 8 or w0.endswith("يون"))
    # "واتهم مسؤولون غربيون الحكومة": a speaker head in the nominative plural (-ون), with or without ال
    plural = plural or w0.endswith("ون") and (_head(w0.removeprefix("ال")) or ("", ""))[1] == "p"
    if comp_at is not None:
        # ودعا الرئيس الفرنسي إلى: a person's title right after the verb is its subject
        named = named or plural or any(f in lx.person_titles() for f in _forms(w0))
        if not named and w0.startswith("ال") and not form.suffix:
            end = _chunk_end(s, first)  # ودعت الكتل البرلمانية المجتمع الدولي إلى: two noun phrases,
            named = end < comp_at and s.ns[end].startswith("ال") and s.toks[end].is_word  # subject, object
        if "obj" in v.flags:
            if (
                "obj_required" in v.flags
                and not form.suffix
                and not plural
                and _chunk_end(s, first) >= comp_at
                and not _titled(s, first, comp_at)  # واتهم السفير جون براون الحكومة ب: the subject
            ):
                return [], first  # كما اتهم الأمم المتحدة بالتقصير: one phrase, the object
            if named:
                chunks, end = _apposition(s, first, min(_indefinite_end(s, first, _chunk_end(s, first)), comp_at))
                if len(chunks) == 1 and _conjunct(s, end):
                    # واتهمت سوريا وروسيا وإيران إسرائيل بتنفيذ هجوم: every one of them, then the object
                    while _conjunct(s, end) and _conjunct_end(s, end) < comp_at:
                        end = _conjunct_end(s, end)
                    chunks = [(first, end)]
                cstart = _skip_adjuncts(s, end, via)
                return chunks, comp_at if end <= comp_at < cstart else cstart  # دعا الرئيس إلى الحوار
            return [], first
        cut = _indefinite_end(s, first, comp_at)  # "أعلن ناشطون أكراد مسؤوليتهم عن": the object first
        chunks, more = _region(s, first, cut)
        via += more
        return chunks, cut
    # (plural: a definite plural in the nominative is the subject even after a verb with و: "وأبدى
    # الفلسطينيون غضبا"، "ويتهم المنتقدون بوتن"; an object would read -ين)
    if named or (w0.startswith("ال") and not form.prefix) or plural:
        chunks, end = _apposition(s, first, _indefinite_end(s, first, _chunk_end(s, first)))
        if "suffix_ok" in v.flags and first == cue.b + 1 and (judged := _judged_after(s, cue.b)) is not None:
            chunks, end = [(first, judged)], judged  # وتعتبر أنقرة وحدات حماية الشعب امتدادا: the name, then the object
        if len(chunks) == 1 and _conjunct(s, end):  # ونفت الحكومة والجيش احتجازه: both are the subject
            while _conjunct(s, end) and end < n:  # واتهمت سوريا وروسيا وإيران إسرائيل: every one of them
                end = _conjunct_end(s, end)
            chunks = [(first, end)]
        return chunks, _skip_adjuncts(s, end, via)
    return [], first


def _joint_end(s: _Sent, a: int, k: int) -> int:
    """The end of the subjects that "كل من" opens at ``a``, before the complement at ``k`` of a verb
    that takes an object: the last subject, after the last comma or و, ends where its phrase (or its
    quotation marks) ends, and what is left before ``k`` is the object. "اتهمت كل من روسيا وإيران
    الولايات المتحدة بدعم" ends after إيران; ``k`` when nothing is left."""
    last, inside = None, False
    for x in range(a + 1, k):
        mark = s.toks[x].text(s.doc)
        if mark in OPEN_QUOTES or mark in CLOSE_QUOTES:
            inside = not inside  # (a و inside a quoted name joins no subjects)
        elif not inside and (mark in COMMAS or s.ns[x] == "و" or _conjunct(s, x)):
            last = x
    if last is None:
        return k
    p = last if _conjunct(s, last) else last + 1
    if p < k and s.toks[p].text(s.doc) == "و":
        p += 1
    if p >= k:
        return k
    mark = s.toks[p].text(s.doc)
    if mark in OPEN_QUOTES:
        end = next((x + 1 for x in range(p + 1, k) if s.toks[x].text(s.doc) == OPEN_QUOTES[mark]), k)
    elif _conjunct(s, p):
        end = _conjunct_end(s, p)
    else:
        end = _chunk_end(s, p)
    return end if p < end < k else k


def _place_she(s: _Sent, k: int) -> bool:
    """Whether token ``k`` opens a place name whose verbs are feminine: any place but one of the
    lexicon's masculine places (``statements_adjuncts.tsv``, class masculine_place). "روسيا" and
    "واشنطن" take قالت؛ "العراق" and "البيت الأبيض" take قال."""
    t = s.toks[k]
    ends = _mention_ends(s.doc)
    m = ends.get(t.start) or ends.get(t.stem_start)
    if m is None or m[1] != "LOC":
        return False
    return normalize(s.doc.text[t.stem_start : m[0]]) not in lx.adjuncts().get("masculine_place", frozenset())


def _claimed_at(s: _Sent, a: int, b: int) -> int | None:
    """The first word of responsibility (``statements_adjuncts.tsv``, class responsibility: مسؤوليتها،
    المسؤولية) in ``[a + 1, b)``, after the subject's first word: what the subject before it claims."""
    owned = lx.adjuncts().get("responsibility", frozenset())
    return next((k for k in range(a + 1, b) if s.ns[k] in owned), None)


def _third_pronoun(s: _Sent, k: int) -> bool:
    """Token ``k`` ends in a pronoun of the third person (ه، ها، هم، هما، هن) the clitic layer split off."""
    t = s.toks[k]
    return s.doc.text[t.stem_end : t.end] in lx.OBJECT_SUFFIXES


def _owned_after_plural(s: _Sent, a: int, b: int) -> bool:
    """The chunk ``[a, b)`` opens with an indefinite plural in -ون and goes on to a noun with a
    pronoun ("ناشطون أكراد مسؤوليتهم")."""
    k = _indefinite_end(s, a, b)
    return a < k < b and s.toks[k].is_word and _third_pronoun(s, k) and not s.toks[k].prefix_len


def _indefinite_end(s: _Sent, first: int, end: int) -> int:
    """An indefinite plural in -ون at ``first`` ends its phrase before a definite word or one with a
    pronoun: such a plural has no genitive after it ("مسؤولون غربيون الحكومة"، "ناشطون أكراد
    مسؤوليتهم": the subject, then the object)."""
    if s.ns[first].startswith("ال"):
        return end
    if not s.ns[first].endswith("ون"):
        return _described_end(s, first, end)
    for k in range(first + 1, end):
        t = s.toks[k]
        if not t.is_word:
            return k
        if t.prefix_len and not s.doc.text.startswith("ال", t.start) or s.ns[k] in lx.adjuncts().get("prep", ()):
            return end  # "مسؤولون بقطاعي الصحة والأمن"، "مسؤولون في الحكومة": a preposition's phrase goes on
        if s.ns[k].startswith("ال") or _third_pronoun(s, k):
            return k  # (or a noun with a pronoun: "أعلن ناشطون أكراد مسؤوليتهم")
    return end


def _described_end(s: _Sent, first: int, end: int) -> int:
    """An indefinite speaker head at ``first`` with adjectives of origin after it ends its phrase
    before a definite word: no definite genitive follows an adjective ("واستنكرت دول غربية وعربية
    التصعيد الإسرائيلي": the subject, then the object; not "دول الخليج", nor a day: "مصدر طبي الجمعة")."""
    if _head(s.ns[first]) is None or _in(s.ns[first], lx.person_titles()):
        return end  # (not "العقيد تركي المالكي": a title, then a name)
    k = first + 1
    while k < end and s.toks[k].is_word and _described_by(s.ns[k]):
        k += 1
    if k == first + 1 or k >= end or not s.toks[k].is_word or not s.ns[k].startswith("ال") or _is_time(s, k):
        return end
    ends = _mention_ends(s.doc)
    for x in range(first, k):
        m = ends.get(s.toks[x].start) or ends.get(s.toks[x].stem_start)
        if m is not None and (m[0] > s.toks[k].start or m[1] == "PER"):
            return end  # (a name the tagger found, whatever its words: "مصدر تركي المالكي")
    return k


def _described_by(w: str) -> bool:
    """The normalized word ``w`` (و and all) is an indefinite adjective of origin (a nationality) or one of
    the lexicon's speaker adjectives (kind speaker_adjective: غربي، أمني، طبي), in any gender and number:
    not "خارجية" of "وزير خارجية البحرين", a noun in construct of the same shape."""
    w = w.removeprefix("و")
    for end, stem in (("يون", "ي"), ("يين", "ي"), ("يه", "ي"), ("ي", "ي")):
        if w.endswith(end) and not w.startswith("ال"):
            base = w[: -len(end)] + stem
            return base in lx.adjuncts().get("speaker_adjective", frozenset()) or base in lx.nationalities()
    return False


def _object_past_time(s: _Sent, chunks: list[tuple[int, int]]) -> bool:
    """The last of ``chunks`` is a definite noun, no title or name, that follows a day set off by
    commas after the subject: the object, opening the content (``وأكد مصدر طبي، الجمعة، العثور على
    جثة``: the source is مصدر طبي, not مصدر طبي العثور)."""
    last, prev_end = chunks[-1][0], chunks[-2][1]
    w = s.ns[last]
    if not w.startswith("ال") or _named(s, last) or any(f in lx.person_titles() for f in _forms(w)):
        return False
    return any(_is_time(s, x) for x in range(prev_end, last))


def _conjunct_end(s: _Sent, end: int) -> int:
    """The end of the second subject that starts at ``end`` with و (see :func:`_conjunct`)."""
    n = len(s.toks)
    t = s.toks[end]
    m = _mention_ends(s.doc).get(t.start) or _mention_ends(s.doc).get(t.stem_start)
    if m:  # ونفت الحكومة ووزارة الدفاع ...: the name
        more = _past(s, end, m[0], end + 1)
    elif not s.ns[end][1:].startswith("ال"):
        more = _chunk_end(s, end)  # ووزير الإعلام السعودي، وأمير دولة قطر: a title and what it heads
        at = more + 1 if more + 1 < n and _in(s.ns[more], lx.person_titles()) else more
        pm = _mention_ends(s.doc).get(s.toks[at].start) if at < n else None
        if pm and pm[1] == "PER":  # وأمير دولة قطر الشيخ تميم بن حمد: and the name after the title
            more = _past(s, at, pm[0], more)
    else:  # والجيش، ونشطاء في المعارضة الروسية: the noun, its adjectives and a place after في
        more = end + 1
        while more < n and s.toks[more].is_word and s.ns[more].startswith("ال") and _nisba(s.toks[more].text(s.doc)):
            more += 1
        if more + 1 < n and s.ns[more] == "في" and s.ns[more + 1].startswith("ال"):
            more = _chunk_end(s, more + 1)
    if more >= n or not s.toks[more].is_word and s.toks[more].text(s.doc) not in COMMAS:
        more = end + 1  # (the conjunct's phrase ran to the end)
    return more


def _past(s: _Sent, k: int, offset: int, default: int) -> int:
    """The token after the one, from ``k`` on, that reaches character ``offset`` (a mention's end)."""
    return next((x + 1 for x in range(k, len(s.toks)) if s.toks[x].end >= offset), default)


def _conjunct(s: _Sent, k: int) -> bool:
    """Token ``k`` joins a second noun to a speaker with و ("والجيش"، "ونشطاء"): an object never opens
    with و, so the word is part of the subject."""
    if k + 1 >= len(s.toks) or not s.toks[k].is_word:
        return False
    w = s.ns[k]
    if not w.startswith("و") or len(w) < 4 or w[1:] in lx.COMPLEMENTIZERS:
        return False
    if _named(s, k) or _head(w) is not None:
        return True
    # "والمجتمع الدولي": a definite noun with its adjective (not "أعلن التجار الإضراب والنزول إلى": an object's)
    return w[1:].startswith("ال") and k + 1 < len(s.toks) and s.ns[k + 1].startswith("ال") and _nisba(s.toks[k + 1].text(s.doc))


def _run_on(doc: Doc, out: list[dict[str, Any]]) -> None:
    """Words after a colon with no quotation marks run on to the end of their paragraph, over the
    sentences that hold no other statement: "وقال المدرب: لا يوجد مخاطرة. اخترت هؤلاء اللاعبين …"."""
    text = doc.text
    cues = sorted(st["cue_span"]["start"] for st in out if st.get("cue_span"))
    for st in out:
        span = st.get("content_span")
        if st["kind"] != "direct" or not span or text[span["start"]] in OPEN_QUOTES:
            continue
        if not text[: span["start"]].rstrip().endswith(":"):
            continue
        para_end = text.find("\n", span["end"])
        para_end = len(text) if para_end < 0 else para_end
        end, more = span["end"], 0
        for sent in doc.sentences:
            if sent.start < span["end"] or sent.start >= para_end:
                continue
            if more == RUN_ON or any(sent.start <= c < sent.end for c in cues):
                break
            end, more = sent.end, more + 1
        if end > span["end"]:
            end = len(text[:end].rstrip(" .\n"))
            st["content_span"] = doc.span(span["start"], end)
            st["content"] = st["content_span"]["text"]
            ev = st["evidence"]
            st["evidence"] = doc.span(ev["start"], max(ev["end"], end))


def _names_before_content(s: _Sent, close: int, complements: tuple[str, ...] = ()) -> bool:
    """The quote that ends at ``close`` is followed, past commas, times and channels, by إن/أن, or
    by the verb's complement and أن: it is a quoted name ('قالت "منظومة المجتمع الكردستاني"، في
    بيان، إن'، 'وتشير "أطباء بلا حدود" إلى أن')."""
    k = _skip_adjuncts(s, close + 1, [])
    if k + 1 < len(s.toks) and s.ns[k] in complements and s.ns[k] != "ب":
        k += 1
    return k < len(s.toks) and s.ns[k] in lx.COMPLEMENTIZERS


def _in_it(s: _Sent, cue: _Cue) -> bool:
    """ "فيه"/"فيها" (adjuncts kind in_it) right after the verb: the speech it was said in ("مقابلة انتقد فيها السلطات");
    the speaker is the verb's pronoun and what follows is its object."""
    k = cue.b + 1
    return k + 1 < len(s.toks) and s.toks[k].is_word and s.ns[k] in lx.adjuncts().get("in_it", ())


def _resumptive(s: _Sent, cue: _Cue) -> bool:
    """The verb's complement right after it carries the pronoun of a noun before it: "إضراب دعت
    إليه المعارضة"، "الاتفاق الذي أعلن عنه الوزير"، "وهو ما أكد عليه الرئيس"."""
    k = cue.b + 1
    if cue.form.aspect == "part" or k >= len(s.toks) or not s.toks[k].is_word or not not_speaker(s, k):
        return False  # ومنددة به: a participle's complement pronoun is what it denounces
    w = s.ns[k]
    return any(c and w.startswith(c) and len(w) > len(c) for c in cue.verb.complements)


def _object_noun(s: _Sent, k: int) -> bool:
    """Token ``k`` can open an object: an indefinite word that is no name, preposition, time or
    channel ("مقتل" in أعلن الجيش مقتل "...", not "في" of قال الوزير في تغريدة "...")."""
    w = s.ns[k]
    return (
        s.toks[k].is_word
        and s.ns[k - 1].startswith("ال")  # after a definite phrase an indefinite noun is no part of it
        and len(s.ns[k - 1]) > 3  # (آل مكتوم is a name)
        and not w.startswith("ال")
        and not _named(s, k)
        and not _lb_prefixed(s, k)
        and w not in lx.adjuncts().get("prep", frozenset())
        and not _is_time(s, k)
        and not _in(w, _channel_words())
        and not _cue_at(s, k)
    )



def _relayed_said(s: _Sent, j: int) -> int | None:
    """After عن of a relay, the verbal noun of what was said with the pronoun of the one relayed
    (statements_adjuncts relay_*: قوله، تأكيده، وصفه) within a name and a title set off by commas,
    over words and commas only: its index, or None."""
    for x in range(j + 1, min(len(s.toks), j + RELAY_REACH)):
        if _relay_pronoun(s.ns[x]) and not s.ns[x].startswith("عن"):
            return x  # (عنه، عنها: the one relayed by a pronoun, which the name already gives)
        if not s.toks[x].is_word and s.toks[x].text(s.doc) not in COMMAS or s.ns[x] in lx.COMPLEMENTIZERS:
            return None
    return None


#: how far after عن the verbal noun of what the one relayed said may stand
RELAY_REACH = 16


def _lost_verb_lead(s: _Sent, cues: list[_Cue]) -> dict[str, Any] | None:
    """``الرئيس الروسي، فلاديمير بوتين، الخميس، أن ...``: a subject and an أن clause, no verb."""
    n = len(s.toks)
    comp = next((k for k in range(min(n, MAX_REGION)) if s.ns[k] in lx.COMPLEMENTIZERS), None)
    if comp is None or comp < 1 or any(c.a < comp for c in cues):
        return None
    if s.toks[comp - 1].is_word or not s.toks[0].is_word:
        return None
    if not (s.ns[0].startswith("ال") or _named(s, 0)):
        return None
    chunks, via = _region(s, 0, comp)
    if not chunks:
        return None
    span = _content(s, comp, False)
    if span is None:
        return None
    c = _span(s.doc, span[0], span[1])
    sent = s.doc.sentences[s.index]
    return {
        "speaker": _party(s, chunks),
        "cue": None,
        "cue_span": None,
        "kind": "indirect",
        "content": c["text"],
        "content_span": c,
        "via": via,
        "evidence": s.doc.span(sent.start, sent.end),
        "_end": span[2],
        "_pos": s.toks[0].start,
    }


#: how many words the subject between "غير أن" and its reporting verb may hold
BUT_SUBJECT = 8


def _but_before(s: _Sent, a: int) -> int | None:
    """The token of a "but" (``، غير أن``، ``، إلا أن``، ``، لكن``) that opens the clause of a reporting
    verb at ``a`` written after its subject ("نفت أنقرة استهداف مدنيين، غير أن المرصد السوري قال إن");
    None where there is none."""
    adj = lx.adjuncts()
    but, links = adj.get("but_an", frozenset()), adj.get("clause_link", frozenset())
    for k in range(a - 1, max(0, a - 2 - BUT_SUBJECT), -1):
        if not s.toks[k].is_word:
            return None
        # a subject of a word at least between them (not "إلا أنه دعا": the speaker before goes on)
        opens = s.ns[k] in but and s.ns[k + 1] in lx.COMPLEMENTIZERS and k + 2 < a or s.ns[k] in links and k + 1 < a
        if opens and k > 0 and s.toks[k - 1].text(s.doc) in COMMAS:
            return k
    return None


def _quote_tail_at(s: _Sent, k: int, quote_tail: frozenset[str]) -> bool:
    """Token ``k``, right after a closing quote and a comma, opens the outlet's own words (lexicon
    kind quote_tail: '"..."، ردا على'، '"..."، في إشارة إلى'): not before a reporting phrase that
    closes the sentence ('"..."، في إشارة إلى دوره، وفقا لصحيفة': the phrase names the channel of
    all before it), nor where وهي/وهو open the speaker's apposition before his إن ('وقالت "عدالة"،
    وهي منظمة حقوقية، إن')."""
    if not (
        k > 1
        and s.toks[k - 1].text(s.doc) in COMMAS
        and s.toks[k - 2].text(s.doc) in CLOSE_QUOTES
        and s.inq[k - 2]
    ):
        return False
    w, n = s.ns[k], len(s.ns)
    if not (w in quote_tail or k + 1 < n and f"{w} {s.ns[k + 1]}" in quote_tail):
        return False
    if any(_phrase_at(s, x) for x in range(k + 1, n)):
        return False
    apposition = lx.adjuncts().get("apposition", frozenset())
    return not (w in apposition and any(s.ns[x] in lx.COMPLEMENTIZERS for x in range(k + 1, min(n, k + APPOSITION_REACH))))


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["statements"]`` (see the module docstring).

    >>> from marsad.doc import Doc
    >>> from marsad.text.segment import segment
    >>> d = Doc.build("ولم تعلن الشرطة أي حصيلة.")
    >>> segment(d); annotate(d)
    >>> d.layers["statements"]
    []
    """
    out: list[dict[str, Any]] = []
    refs: list[_Ref] = []
    first_body = True
    contrast = lx.adjuncts().get("contrast", frozenset())
    after_comma = lx.adjuncts().get("contrast_comma", frozenset())
    links = lx.adjuncts().get("clause_link", frozenset())
    firsts = {c.split()[0] for c in contrast | after_comma if " " in c}  # في حين
    watch = contrast | firsts | _phrase_firsts()
    hedge = lx.adjuncts().get("hedge", frozenset())
    tail = lx.adjuncts().get("tail", frozenset())
    quote_tail = lx.adjuncts().get("quote_tail", frozenset())
    quote_firsts = {q.split()[0] for q in quote_tail}
    conj_an = lx.adjuncts().get("conjunction_an", frozenset())
    watch = watch | tail
    by_sent: dict[int, list[Token]] = {}
    for t in doc.tokens:
        by_sent.setdefault(t.sent, []).append(t)
    for sent in doc.sentences:
        s = _sentence(doc, sent, by_sent.get(sent.index, []))
        if not s.toks:
            continue
        found: list[dict[str, Any]] = []
        cues = _find_cues(s, refs)
        # boundaries: clause-initial cues, reporting phrases, contrasts
        for c in cues:
            if _relay_alone(s, c):
                continue  # ونقل 35 جريحا إلى مستشفى: a transfer, the content goes on
            linked = c.a > 0 and s.ns[c.a - 1] in links
            # "، قبل أن يشدد على أن": a conjunction of time opens the next report of the same speaker
            # (not "بعد أن رفض الأبوان": a perfect with a subject of its own is what was said)
            timed = (
                c.form.aspect == "impf"
                and c.a > 1
                and s.ns[c.a - 1] in lx.COMPLEMENTIZERS
                and s.ns[c.a - 2] in conj_an
            )
            if c.relative:
                s.own_clauses.add(c.a - 1)  # "تسليم الرجل الذي قالت حركة حماس إنه": its own subject's
            if (
                c.form.prefix
                or (c.a > 0 and not s.toks[c.a - 1].is_word)
                or c.form.aspect == "part"
                or linked
                or timed
            ):
                s.bounds.add(c.a)
                if linked:
                    s.bounds.add(c.a - 1)
                if timed:
                    s.bounds.add(c.a - 2)
        for c in cues:
            if (k := _but_before(s, c.a)) is not None:
                s.bounds.add(k)
        for k, w in enumerate(s.ns):
            if s.inq[k]:
                continue
            if w in quote_firsts and _quote_tail_at(s, k, quote_tail):
                s.bounds.add(k)  # '... "سترد بالمثل"، ردا على العقوبات': the outlet's words after the quote
                continue
            if w not in watch:
                continue
            if w in tail and k > 0 and s.toks[k - 1].text(doc) in COMMAS:
                s.bounds.add(k)  # ...، وذلك بعد يوم: the outlet's own words
            elif w in contrast or (w in firsts and k + 1 < len(s.ns) and f"{w} {s.ns[k + 1]}" in contrast):
                if not (k + 1 < len(s.ns) and s.ns[k + 1] in hedge):
                    s.bounds.add(k)
            elif (
                w in firsts
                and 0 < k < len(s.ns) - 2
                and f"{w} {s.ns[k + 1]}" in after_comma
                and s.toks[k - 1].text(doc) in COMMAS
                and s.ns[k + 2] not in hedge
            ):
                s.bounds.add(k)  # ...، في وقت حث مسؤولون: at a time when (not "في وقت لاحق")
            elif k > 0 and _phrase_at(s, k) and not (
                s.toks[k - 1].is_word
                and k + 1 < len(s.ns)
                and f"{w} {s.ns[k + 1]}" in lx.phrases().get("relay", frozenset())
            ):  # (not "ذكرت وسائل إعلام نقلا عن بيان للشرطة إن": the relay is in the speaker phrase)
                s.bounds.add(k)
        if not sent.in_title and first_body:
            first_body = False
            lead = _lost_verb_lead(s, cues)
            if lead:
                found.append(lead)
                refs.append(_Ref(lead["_pos"], lead["speaker"], "m", "s"))
        upto = cues[0].a if cues else len(s.toks)
        if upto > 1:
            _subject_ref(s, upto, refs)
        prev_end, region_end = -1, -1
        made = False
        for c in cues:
            if c.a < region_end:
                continue  # قال مسؤول طلب عدم ذكر اسمه إن: inside the speaker phrase of the one before
            if not made and c is not cues[0]:
                # "تحدث روكو كونتينتو لرويترز، قائلا إن"، "رفض الرئيس الاتهامات، لكنه قال إن": the
                # verb before reported nothing of its own; its subject is who the later cue's
                # participle or pronoun speaks for (in text order: not after a medium it issued,
                # "أصدرت فرنسا وألمانيا بيانا مشتركا … ورحب البيان")
                n = len(refs)
                _subject_ref(s, c.a, refs)
                if len(refs) > n:
                    new = refs.pop()
                    at = len(refs)
                    while at > 0 and refs[at - 1].pos > new.pos:
                        at -= 1
                    refs.insert(at, new)
            st = _statement(s, c, refs, prev_end)
            made = made or st is not None
            prev_end = c.b
            if st is not None and st.get("_echo"):
                continue  # its speaker is a referent, its words the participle's
            if st is not None:
                region_end = st.pop("_region_end", -1)
                if c.in_phrase:
                    region_end = -1  # its phrase reads the source; a later cue is its own
                found.append(st)
        if not made and cues and upto <= 1:
            _subject_ref(s, len(s.toks), refs)  # "رفضت الجزائر الاتهامات. وقالت إن": a cue that reported nothing
        _phrase_statements(s, found, refs)
        out += found
    out.sort(key=lambda st: st["_pos"])
    _run_on(doc, out)
    for k, st in enumerate(out, 1):
        st.pop("_end", None)
        st.pop("_pos", None)
        st["via"] = list(dict.fromkeys(st["via"]))  # a channel named twice (by the verb and by its phrase)
        st["id"] = f"s{k}"
    doc.layers["statements"] = [{"id": st["id"], **{k: v for k, v in st.items() if k != "id"}} for st in out]


def _passive_maqsura(form: lx.CueForm, written: str) -> bool:
    """Whether an imperfect of a verb flagged ``impf_ya`` is written with a final ى: ``يدعى`` and
    ``تدعى`` are the passive (is named: "شركة تدعى فاغنر"), the verb's own form ends in ي (تدعي
    روسيا أنه: Russia claims)."""
    return written.endswith("ى") and "impf_ya" in lx.tables()[1][form.lemma].flags

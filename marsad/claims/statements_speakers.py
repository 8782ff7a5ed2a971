"""Speakers and channels of statements (helpers of :mod:`marsad.claims.statements`).

The words between a reporting verb and its content are split into the speaker (``وزير الدفاع،
أحمد سالم``), time words (``الخميس``), channels (``لرويترز``، ``على تويتر``، ``في بيان``) and
addressees (``للصحفيين``) by :func:`_region`; :func:`_party` makes the speaker a party, linked
to an entity of the ``entities`` layer where one covers it; a pronoun cue (``وقالت``، ``مشيرا``)
takes the latest speaker of its gender and number (:func:`_resolve`).

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> from marsad.claims.statements_sentence import _sentence
>>> doc = Doc.build("قال وزير الدفاع، الخميس، لرويترز إن")
>>> segment(doc)
>>> s = _sentence(doc, doc.sentences[0], doc.tokens)
>>> chunks, via = _region(s, 1, len(s.toks) - 1)
>>> _party(s, chunks)["name"], via
('وزير الدفاع', ['رويترز'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.claims import statements_lexicon as lx
from marsad.claims.statements_sentence import (
    CLOSE_QUOTES,
    COMMAS,
    OPEN_QUOTES,
    QUOTE_MARKS,
    _bare,
    _cue_at,
    _glue,
    _hamza_masdar,
    _head,
    _in,
    _is_time,
    _lb_prefixed,
    _mention_ends,
    _name_ya,
    _named,
    _named_tokens,
    _nisba,
    _outlets,
    _quote_close,
    _quote_words,
    _Sent,
    carries_li,
    unhash,
)
from marsad.doc import Doc
from marsad.entities import countries, head_back
from marsad.text.normalize import normalize, normalize_map, strip_diacritics
from marsad.text.vocab import counts

#: the longest speaker phrase before a verb (subject first)
MAX_SUBJECT = 12

#: the most words of a short name in brackets or quotation marks after a speaker ("(حماس)")
SHORT_NAME_WORDS = 3


@dataclass
class _Ref:
    """A speaker that a later pronoun may refer to."""

    pos: int
    party: dict[str, Any]
    gender: str
    number: str
    said: bool = True  # the speaker of a statement, not only the subject of another verb


#: how many characters a medium may stand from the cue of the speaker who issued it ("وذكرت
#: وزارة الداخلية، في بيان، أن"، "أصدرت الوزارة بيانا قالت فيه")
MEDIUM_REACH = 60


@lru_cache(maxsize=1)
def _channel_words() -> frozenset[str]:
    """Every word of a channel: outlets, media (بيان، تصريح) and addressees."""
    ch = lx.channels()
    return _outlets() | ch.get("medium", frozenset()) | ch.get("addressee", frozenset())


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names (dates_months.tsv), normalized: a piece "في نوفمبر" is a time even where the dates
    layer, for want of a day or a year, read no date."""
    return frozenset(normalize(r[0]) for r in lexicon.table("dates_months") if r and r[2:3] != ("weak",))


def _own_pronoun(word: str) -> bool:
    """A word of five letters or more written with a pronoun at its end (ه، ها، هم، هما، هن; not ة):
    ``لنظيره``، ``لأنصارها``."""
    return len(word) >= 5 and word.endswith(("ه", "ها", "هم", "هما", "هن"))


#: how many words a quoted name after a body's head in a speaker may hold (تنظيم "الدولة الإسلامية في
#: العراق والشام"); a phrase's source after بحسب holds fewer (statements_phrases.QUOTED_NAME_WORDS)
QUOTED_BODY_WORDS = 6


def _chunk_end(s: _Sent, j: int, limit: int = 9) -> int:
    """The end (exclusive) of the noun phrase that starts at ``j``: ``منظمة الصحة العالمية``,
    ``مصادر طبية في المستشفى``, ``المتحدث باسم الجيش``, ``رئيس جنوب أفريقيا جاكوب زوما``."""
    prep = lx.adjuncts().get("prep", frozenset())
    ends = _mention_ends(s.doc)
    first = ends.get(s.toks[j].start, ends.get(s.toks[j].stem_start, (-1, "")))
    mend, person = first[0], first[1] == "PER"
    links, name_links = lx.adjuncts().get("np_link", frozenset()), lx.adjuncts().get("name_link", frozenset())
    medium = lx.channels().get("medium", frozenset())
    disclosed = lx.adjuncts().get("disclosed", frozenset())
    adjectives = lx.adjuncts().get("np_adjective", frozenset())
    gentilic = lx.adjuncts().get("gentilic", frozenset())
    k = j + 1
    while k < len(s.toks) and k - j < limit:
        t, w = s.toks[k], s.ns[k]
        if (_in(w, medium) or _in(w, disclosed)) and not w.startswith("ال"):
            break  # أصدر الرئيس بيانا، كشف مصدر أمني تفاصيل: the object, not part of the name
        if t.end <= mend or _glue(s, k):
            k += 1
            continue
        whole = w if not t.prefix_len else normalize(t.text(s.doc))  # (بنت, which the clitic layer reads ب + نت)
        if person and whole in name_links and k + 1 < len(s.toks) and s.toks[k + 1].is_word:
            mend = s.toks[k + 1].end  # أسماء بنت قادة: a name link carries the name on
            k += 2
            continue
        if person:
            break  # اتهم الرئيس بشار الأسد الغرب: a name ends the phrase
        m = ends.get(t.start) or ends.get(t.stem_start)
        p = k - 1
        while p > j and _glue(s, p):
            p -= 1  # حركة #حماس
        construct = _head(s.ns[p]) is not None and not s.ns[p].startswith("ال")
        if (
            m is not None
            and mend == s.toks[k - 1].end
            and first[1] == m[1] == "LOC"
            and t.stem_start > t.start
            and t.text(s.doc).startswith("و")
        ):
            mend = m[0]  # أصدرت فرنسا وألمانيا بيانا: places joined by و are one party
            k += 1
            continue
        if m is not None and first[0] > 0 and first[1] != "PER" and mend == s.toks[k - 1].end:
            break  # انتقد البيت الأبيض الرئيس الفلسطيني محمود عباس: a whole body's name, then the object
        if m is not None and (m[1] == "PER" or construct):  # الرئيس الأذربيجاني إلهام علييف
            mend, person = m[0], m[1] == "PER"
            k += 1
            continue
        if m is not None and mend == s.toks[k - 1].end:
            break  # حثت روسيا الولايات المتحدة: a name right after a name is another phrase
        if mend == s.toks[k - 1].end and t.is_word and (
            t.end - t.stem_end > 0  # وتؤكد بيونغيانغ عزمها: a possessed noun after a name is the object
            or w.startswith("ال") and not _nisba(t.text(s.doc)) and w[2:] not in adjectives
        ):
            break  # أكد البيت الأبيض التزام واشنطن: after a whole name, a definite noun is the object
        if (
            not t.is_word
            and t.text(s.doc) in OPEN_QUOTES
            and s.ns[k - 1] in lx.adjuncts().get("quoted_name_head", frozenset())
            and 0 < _quote_words(s, k) <= QUOTED_BODY_WORDS
            and _quote_close(s, k) < len(s.toks)
        ):
            k = _quote_close(s, k) + 1  # وأعلن تنظيم "الدولة الإسلامية" مسؤوليته: the name in quotes
            continue
        if not t.is_word or w in lx.COMPLEMENTIZERS or _cue_at(s, k) or _is_time(s, k):
            break
        if _hamza_masdar(s, k):
            break  # "وأكدت الوزيرة إلقاء القبض": a verbal noun in إل, the object (its إل is no article)
        if w in lx.adjuncts().get("relative", frozenset()):
            break  # "حماس التي تسيطر على القطاع": a relative clause is no part of the name
        if (
            w in links
            and k + 1 < len(s.toks)
            and s.toks[k + 1].is_word
            and (s.ns[k + 1].startswith("ال") or _named(s, k + 1))
            and not _in(s.ns[k + 1], medium)  # أعلنت الوزارة في بيان مقتل: the channel, not the body
        ):
            k += 2
            m = ends.get(s.toks[k - 1].start) or ends.get(s.toks[k - 1].stem_start)
            while m is not None and k < len(s.toks) and s.toks[k].end <= m[0]:
                k += 1  # "المفوض السامي لشؤون اللاجئين في الأمم المتحدة": the body named whole
            continue
        if (
            w[:1] == "ل"
            and w[1:] in lx.adjuncts().get("li_domain", frozenset())
            and k + 1 < len(s.toks)
            and s.ns[k + 1].startswith("ال")
        ):
            k += 2  # مفوض الأمم المتحدة لحقوق الإنسان، المفوضية السامية لشؤون اللاجئين: the body's field
            continue
        if w in prep and (
            f"{s.ns[k - 1]} {w}" in lx.phrases().get("issued_by", frozenset())
            or f"{s.ns[k - 1]} {w}" in lx.adjuncts().get("np_phrase", frozenset())
        ):
            # بيان صادر عن الوقفة، نائب عن المعارضة، مجموعة من أبناء القبيلة: a phrase of its own goes on
            k = _chunk_end(s, k + 1) if k + 1 < len(s.toks) and s.toks[k + 1].is_word else k
            break
        if w in prep:
            break
        if w.startswith("ال") and s.ns[k - 1].startswith("ال") and w[2:] in gentilic:
            k += 1  # وزراء الخارجية العرب
            continue
        if s.ns[k - 1] in adjectives and w.startswith("ال") and w not in adjectives:
            break  # حث مسؤول أممي بارز الأطراف: a definite word after an indefinite adjective is the object
        if w in adjectives and not s.ns[k - 1].startswith("ال"):
            k += 1  # مسؤول أممي بارز، مسؤول رفيع المستوى
            continue
        if w.startswith("ال") and s.ns[k - 1].startswith("ال") and not _agrees(s, k - 1, k):
            break  # اتهمت الحكومة المتمردين: after a definite noun, a definite word that does not agree
        if (
            w.startswith("ال")
            and s.ns[k - 1].startswith("ال")
            and not (t.prefix_len and s.doc.text[t.start] in "وف")  # (منظمة الأمن والتعاون: joined by و)
            and not _adjective_shape(w[2:])
            and not _nisba(t.text(s.doc))
            and not _in(w, lx.person_titles())  # (مدير الأمن العام اللواء فلان: a title goes on to a name)
        ):
            break  # طالبت النقابة الوزارة بـ: after a definite noun, a definite word of no adjective's shape
        if w.startswith("ال") and w[2:] in lx.adjuncts().get("object_noun", frozenset()):
            break  # وأدان الوزير الهجوم: a noun of an act is never the speaker's adjective
        if construct or w.startswith(("ال", "لل")) or w in name_links or _nisba(t.text(s.doc)):
            k += 1
            continue
        break
    if person and k < len(s.toks) and _own_pronoun(s.toks[k].text(s.doc)):
        return k  # وأبلغ الوزير سيرغي شويغو رئيسه، الثلاثاء، أن: a named person, then a noun with his pronoun
    return _title_name(s, j, k)


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Number words and ordinals (numbers_words.tsv), which follow a definite noun as adjectives do."""
    return frozenset(row[0] for row in lexicon.table("numbers_words"))


def _adjective_shape(stem: str) -> bool:
    """The normalized ``stem`` (without ال) has the shape of an adjective: a nisba (الرسمي، الرسمية), a
    participle in م (المتحدة، المسلحة), فاعل (السابق، الحاكم), فعيل (الجديد), أفعل (الأعلى،
    الأبيض), فعلاء (البيضاء), a number word (الخمس، الثالث) or one of lexicon kind def_adjective
    (الحر، العام، العليا); not الوزارة، الحكومة، الأطراف. (A dual nisba, الحكوميتين, is read from its
    written form by ``_nisba``.)"""
    if stem in lx.adjuncts().get("def_adjective", frozenset()) or stem.endswith(("يه", "يون", "يين", "يات", "ي")):
        return True
    if stem in _number_words():
        return True  # الدول الخمس، الأيام الثلاثة
    for end in ("ون", "ين", "ات", "ه"):
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            stem = stem[: -len(end)]
            break
    n = len(stem)
    return (
        (stem.startswith("م") and n >= 4)
        or (n == 4 and (stem[1] == "ا" or stem[2] == "ي" or stem[0] == "ا"))
        or (n == 5 and stem.endswith("اء"))
    )


def _agrees(s: _Sent, h: int, k: int) -> bool:
    """Word ``k`` can be an adjective of the definite noun ``h``: it is a nisba (الجيش الأوكراني) or
    agrees in gender and number (الأمم المتحدة، الأمين العام), not الحكومة المتمردين."""
    a, b = s.toks[h].text(s.doc), s.toks[k].text(s.doc)
    if _nisba(b) and not b.endswith(("يين", "يون")):
        return True
    fem = lambda x: x.endswith(("ة", "ات"))  # noqa: E731
    plural = lambda x: x.endswith(("ين", "ون", "ات"))  # noqa: E731
    return fem(a) == fem(b) and (plural(a) or not plural(b))


def _title_name(s: _Sent, j: int, k: int) -> int:
    """After a person's title, a name of one to three words closed by a comma belongs to the
    phrase: ``قائد الجيش الوطني الليبي المشير خليفة حفتر، مساء الخميس،``."""
    titles = lx.person_titles()
    if not any(_in(s.ns[x], titles) for x in range(j, k)):
        return k
    e = k
    while e < len(s.toks) and e - k < 3 and s.toks[e].is_word and not s.ns[e].startswith("ال"):
        w = s.ns[e]
        if (
            w in lx.COMPLEMENTIZERS
            or _cue_at(s, e)
            or _is_time(s, e)
            or w in lx.adjuncts().get("prep", frozenset())
            or _in(w, lx.channels().get("medium", frozenset()))  # أصدر الرئيس بيانا،
        ):
            return k
        e += 1
    if e > k and (e == len(s.toks) or not s.toks[e].is_word and s.toks[e].text(s.doc) in COMMAS):
        return e
    return k


def _split_commas(s: _Sent, a: int, b: int) -> list[tuple[int, int]]:
    """Word chunks of ``[a, b)`` split at punctuation, without particles and time words."""
    particle = lx.adjuncts().get("particle", frozenset())
    out, cur = [], None
    for k in range(a, b):
        word = s.toks[k].is_word and not _is_time(s, k) and not (cur is None and s.ns[k] in particle)
        if word and cur is None:
            cur = k
        elif not word and cur is not None:
            out.append((cur, k))
            cur = None
    if cur is not None:
        out.append((cur, b))
    return out


def _region(s: _Sent, a: int, b: int, keep_first: bool = False) -> tuple[list[tuple[int, int]], list[str]]:
    """Split the tokens ``[a, b)`` between a verb and its content into speaker chunks and channels.

    Time words, channels (``لرويترز``، ``في بيان``، ``على "تويتر"``) and addressees are taken out;
    what remains, split at commas, is the speaker. A piece that opens with a preposition
    (``في جنيف``، ``لنواب البرلمان``) is an adjunct, not the speaker.
    """
    adj, ch = lx.adjuncts(), lx.channels()
    prep, particle = adj.get("prep", frozenset()), adj.get("particle", frozenset())
    outlets, media = _outlets(), ch.get("medium", frozenset())
    chan = _channel_words()
    chunks: list[tuple[int, int]] = []
    via: list[str] = []
    cur: int | None = None
    j = a
    if not keep_first and a < b and _circumstantial(s, a):
        return [], via  # "واضاف والدموع في عينيه": a clause of how he said it; the subject is not told
    while j < b:
        t, w = s.toks[j], s.ns[j]
        if not t.is_word:
            if (
                cur is not None
                and t.text(s.doc).isdigit()
                and _in(s.ns[j - 1], lx.channels().get("outlet_head", frozenset()))
            ):
                j += 1  # "القناة 12 الإسرائيلية": a channel's number is part of its name
                continue
            if cur is None and j == a and t.text(s.doc).isdigit() and j + 1 < b and _head(s.ns[j + 1]) is not None:
                cur = j  # "وقالت 12 منظمة غير حكومية إن": how many spoke is part of who spoke
                j += 1
                continue
            if t.text(s.doc) == "(":  # (د.ب.أ), (سانا): an aside
                while j < b and s.toks[j].text(s.doc) != ")":
                    j += 1
                j += 1
                continue
            if t.text(s.doc) in OPEN_QUOTES and cur is not None and 0 < _quote_words(s, j) <= 6:
                close = _quote_close(s, j)
                if close < b:  # صحيفة "صباح" التركية: a quoted name inside the speaker
                    j = close + 1
                    continue
            if t.text(s.doc) in OPEN_QUOTES or t.text(s.doc) in CLOSE_QUOTES or _glue(s, j):
                j += 1
                continue
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        if (
            j > a
            and (s.toks[j - 1].text(s.doc) in COMMAS or j in s.bounds and _names_channel(s, j))
            and _phrase_first(s, j)
        ):
            # وأكد مصدر عسكري، طبقا لموقع الجيش، أن: an aside on where it came from; with no comma it
            # runs to the content (وقال مصدر أمني وفقا لوكالة الأنباء الرسمية إن)
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            k = j + 1
            while k < b and s.toks[k].text(s.doc) not in COMMAS:
                k += 1
            start = _phrase_source(s, j)  # (وفقا لما نقلته وكالة الأنباء: the agency, past ما and its verb)
            if k > start and (name := _via_text(s, start, k - 1)) not in via:
                via.append(name)
            j = k
            continue
        said = _cue_at(s, j)
        if (
            w in lx.phrases().get("quote_noun", frozenset())
            or said
            and said.lemma == lx.say_lemma()
            and (said.aspect == "part" or said.aspect == "impf" and not said.prefix and not said.suffix)
        ):  # (وكتب الوزير يقول: the imperfect of قال is how he wrote, not his name)
            if cur is not None:  # عن مصدر عسكري قوله إن / وتابع زوما القول إن
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        if cur is not None and w in adj.get("speaker_end", frozenset()):
            chunks.append((cur, j))  # مصدر أمني لم يقدم مزيدا من الإيضاحات: who he is, not his name
            cur = None
            while j < b and s.toks[j].text(s.doc) not in COMMAS:
                j += 1
            continue
        if (w in adj.get("relative", frozenset()) or w[:1] == "و" and w[1:] in adj.get("relative", frozenset())) and (
            cur is not None or chunks
        ):
            if cur is not None:  # باتن التي زارت العراق: the relative clause is not the name
                chunks.append((cur, j))
            cur = None  # المسؤول، الذي طلب عدم ذكر اسمه،: nor is one between commas
            while j < b and s.toks[j].text(s.doc) not in COMMAS:
                j += 1
            continue
        if (
            cur is not None
            and normalize(s.doc.text[t.stem_end : t.end]) in lx.OBJECT_SUFFIXES
            and (
                _mention_ends(s.doc).get(s.toks[cur].start, (-1, ""))[0] == s.toks[j - 1].end
                # وأعلنت حركة الشباب مسؤوليتها: after a definite phrase of two words or more, untagged
                # (not وزير خارجيتها، المتحدث باسمها، الوزير ونائبه)
                or j - cur >= 2 and not t.prefix_len and s.doc.text[s.toks[j - 1].start :].startswith("ال")
            )
        ):
            chunks.append((cur, j))  # وتؤكد بيونغيانغ عزمها على: after a name, a possessed noun is the object
            return chunks, via
        if cur is not None and f"{s.ns[j - 1]} {w}" in adj.get("np_phrase", frozenset()):
            j += 1  # المشتبه فيه: one noun
            continue
        if w in adj.get("conjunction_an", frozenset()) and j + 1 < b and s.ns[j + 1] in lx.COMPLEMENTIZERS:
            if cur is not None:  # وقال الوزير بعد أن التقى نظيره إن: a clause of time, to the next comma
                chunks.append((cur, j))
                cur = None
            while j < b and s.toks[j].text(s.doc) not in COMMAS:
                j += 1
            continue
        setting = adj.get("setting", frozenset())
        if (w in setting or j + 1 < b and f"{w} {s.ns[j + 1]}" in setting) and cur is not None:
            # وأضاف الزعيم الروسي خلال منتدى السياسة الدولية، وقال ترامب على هامش القمة: where, not who
            chunks.append((cur, j))
            cur = None
            while j < b and s.toks[j].text(s.doc) not in COMMAS:
                j += 1
            continue
        if (
            w in adj.get("published_by", frozenset())
            and cur is not None
            and j == cur + 1
            and _documents(s.ns[cur])
            and j + 1 < b
            and s.toks[j + 1].is_word
            and not _is_time(s, j + 1)
        ):
            j += 1  # إحصاءات نشرتها وزارة حقوق الإنسان: a record with no issuer of its own is the publisher's
            continue  # (not "بيان نشرته مساء السبت": no one named)
        if w in adj.get("published_by", frozenset()) and cur is not None:
            chunks.append((cur, j))  # بيان للتحالف نشرته وكالة الأنباء: the outlet is a channel
            cur = None
            k = j + 1
            while k < b and (s.toks[k].is_word or _glue(s, k)):
                k += 1
            if k > j + 1:
                via.append(_via_text(s, j + 1, k - 1))
            j = k
            continue
        after_verb = adj.get("anonymity", frozenset()) | adj.get("anonymity_after_verb", frozenset())
        asking = j + 1 < b and s.ns[j + 1] in after_verb and (_cue_at(s, j) or w in adj.get("asking", frozenset()))
        if w in adj.get("anonymity", frozenset()) or asking:
            if cur is not None:  # مسؤول، شريطة عدم الكشف عن هويته: the condition, to the next comma
                chunks.append((cur, j))
                cur = None
            while j < b and s.toks[j].text(s.doc) not in COMMAS:
                j += 1
            continue
        if j + 1 < b and f"{w} {s.ns[j + 1]}" in adj.get("manner_phrase", frozenset()):
            if cur is not None:  # أكدت طهران من جديد دعمها: how, not who
                chunks.append((cur, j))
                cur = None
            j += 2
            continue
        heads = lx.channels().get("outlet_head", frozenset())
        if cur is not None and j - 1 >= cur and _in(s.ns[j - 1], heads) and not s.ns[j - 1].startswith("ال") and _is_time(s, j):
            j += 1  # صحيفة صباح: the name of an outlet (not "الصحيفة صباح الأحد": a time)
            continue
        if _is_time(s, j) or w in adj.get("manner", frozenset()):  # وأضاف مبتسما: how, not who
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        if cur is None and w in adj.get("filler", ()):
            j += 1  # بحسب ما أفادت به الوزارة: not the preposition ب
            continue
        clitic = (
            _lb_prefixed(s, j)
            and not (keep_first and j == a)
            and normalize(t.text(s.doc)) not in adj.get("name_link", frozenset())  # أسماء بنت قادة
        )
        if len(w) == 1 and w in prep and j + 1 < b and s.toks[j + 1].text(s.doc) in OPEN_QUOTES:
            close = j + 1  # لـ"سكاي نيوز عربية"، لـ«الشرق الأوسط»: the outlet it was told to
            while close < b and not (close > j + 1 and s.toks[close].text(s.doc) in CLOSE_QUOTES):
                close += 1
            if close > j + 2:
                via.append(s.doc.text[s.toks[j + 2].start : s.toks[close - 1].end])
            if cur is not None:
                chunks.append((cur, j))
                cur = None
            j = close + 1
            continue
        if w in prep and j + 1 < b and s.ns[j + 1] in prep:
            if cur is not None:  # من خلال موقع تويتر: one preposition
                chunks.append((cur, j))
                cur = None
            j += 1
            continue
        if w in prep and not _name_ya(s, j) or clitic:  # (not "الرائد حسين علي": a name)
            k = j + 1 if w in prep else j
            end = k
            while end < b and (
                s.toks[end].is_word
                or s.toks[end].text(s.doc) in '"«»“”'
                or _glue(s, end)
                # على قناة "روسيا 1" الحكومية: a number that ends a quoted name
                or end > k and s.ns[end].isdigit() and end + 1 < b and s.toks[end + 1].text(s.doc) in CLOSE_QUOTES
            ):
                if end > k and s.ns[end] in prep and s.ns[end] not in adj.get("channel_link", frozenset()):
                    break
                end += 1
            seg = [x for x in range(k, end) if s.toks[x].is_word]
            lead_words = seg[:2] if seg and _in(s.ns[seg[0]], media) else seg[:1]
            is_chan = any(_in(s.ns[x], chan) for x in lead_words)
            if cur is not None and f"{s.ns[j - 1]} {w}" in lx.phrases().get("issued_by", ()):
                is_chan = False  # بيان صادر عن الإذاعة الرسمية: who issued it, not a channel
            if (
                is_chan
                and cur is not None
                and clitic
                and end + 1 < b
                and s.toks[end].text(s.doc) in COMMAS
                and _person_at(s, end + 1)
            ):
                # وقال المدير العام لشبكة الجزيرة، وضاح خنفر، إن: the body of his title, his name after
                # it (not وقال المتحدث لشبكة سي إن إن إن: whom he told)
                is_chan = False
            if (
                cur is not None
                and w in adj.get("np_link", frozenset())
                and seg
                and _in(s.ns[seg[0]], outlets)
            ):
                is_chan = False  # مسؤول في وكالة الأرصاد: part of the speaker
            if (
                cur is not None
                and w in adj.get("np_link", frozenset())
                and seg
                and _in(s.ns[seg[0]], lx.channels().get("addressee", frozenset()))
            ):
                is_chan = False  # مصدر في الإعلام العسكري: one is told with ل, a body one is in
            timeish = bool(seg) and (_is_time(s, seg[0]) or s.ns[seg[0]] in _months())  # في نوفمبر تشرين الثاني
            if w in prep and seg and s.ns[seg[0]] in adj.get("adjunct_noun", frozenset()):
                timeish = True  # أعلنت السعودية في خطوة تصعيدية: an adjunct, like a time
            told = t.text(s.doc)[:2] not in ("لل", "ال") and s.doc.text[t.start] == "ل" and _own_pronoun(t.text(s.doc))
            if cur is not None and clitic and seg and (_person_at(s, seg[0]) or told):
                # وقال الرئيس الأرميني لبوريل، وقال الرئيس لنظيره الفرنسي: whom he told, not who he is
                chunks.append((cur, j))
                cur = None
                j = max(end, j + 1)
                continue
            if cur is not None and not is_chan and not timeish and _person_ends(s, cur, j):
                chunks.append((cur, j))  # عمر خالد في بداية المؤتمر: a name takes no "في" phrase
                cur = None
                j = max(end, j + 1)
                continue
            if is_chan or timeish or cur is None:
                opens = cur is None and not chunks  # the channel stands before any speaker word
                if cur is not None:
                    chunks.append((cur, j))
                    cur = None
                first = next((x for x in seg if _in(s.ns[x], outlets)), None)
                if first is not None:
                    via.append(_via_text(s, first, seg[-1]))
                    name_end = _name_end(s, first, seg[-1])
                    if is_chan and opens and first == seg[0] and name_end < seg[-1]:
                        j = name_end + 1  # وقال لوكالة فرانس برس مصدر أمني: the channel is its name; who spoke follows
                        continue
                if cur is None and not is_chan and not timeish:
                    # a preposition opens the piece: skip to the next comma
                    while end < b and (s.toks[end].is_word or _glue(s, end)):
                        end += 1
                j = max(end, j + 1)
                continue
        if cur is None and (w in particle or w in adj.get("filler", ()) or not_speaker(s, j)):
            j += 1  # بحسب ما أفادت به الوزارة؛ وأضاف منه
            continue
        if cur is None:
            cur = j
        j += 1
    if cur is not None:
        chunks.append((cur, b))
    return chunks, via


def _circumstantial(s: _Sent, a: int) -> bool:
    """The word at ``a`` (right after a verb) opens a circumstantial clause: a definite noun with the
    conjunction و ("والدموع في عينيه"); a verb's subject never takes و."""
    t = s.toks[a]
    # (not "والدا كادار": a stem of two letters is the clitic layer's misreading of والد)
    return t.is_word and t.prefix_len >= 3 and s.doc.text[t.start : t.start + 3] == "وال" and t.end - t.start >= 6


def _phrase_first(s: _Sent, j: int) -> bool:
    """Token ``j`` opens a reporting phrase of source (طبقا ل، وفقا ل، بحسب، حسبما نشرت)."""
    ph = lx.phrases()
    w = s.ns[j]
    nxt = s.ns[j + 1] if j + 1 < len(s.ns) else ""
    if f"{w} {nxt}" in ph.get("relay", ()):
        return False  # نقلا عن: the one relayed, read by the relay rules
    if (w in ph.get("according_verb", ()) or f"{w} {nxt}" in ph.get("according_verb", ())) and _names_channel(s, j):
        return True  # حسبما نشرت وكالة، وفقا لما نقلته (not كما, "also")
    return w in ph.get("according", ()) or f"{w} {nxt}" in ph.get("according", ()) or (
        f"{w} ل" in ph.get("according", ()) and nxt.startswith("ل")
    )


def _names_channel(s: _Sent, j: int) -> bool:
    """The reporting phrase at ``j`` names who passed the words on (بحسب، وفقا لـ، حسبما نشرت), not
    whose words they are (phrase kinds tongue, relay, pronoun_source: على لسان، نقلا عن، على حد),
    nor "also" (kind also_or_as: كما)."""
    ph = lx.phrases()
    two = f"{s.ns[j]} {s.ns[j + 1]}" if j + 1 < len(s.ns) else s.ns[j]
    own = ph.get("tongue", frozenset()) | ph.get("relay", frozenset()) | ph.get("pronoun_source", frozenset())
    return two not in own and s.ns[j] not in ph.get("also_or_as", frozenset())


def _phrase_source(s: _Sent, j: int) -> int:
    """Where the source of the reporting phrase at ``j`` opens: past the phrase, and past the verb
    (and its عنه) of one that takes a verb ("بحسب ما نقلت عنه فرانس برس" → فرانس برس)."""
    verb = lx.phrases().get("according_verb", frozenset())
    nxt = s.ns[j + 1] if j + 1 < len(s.ns) else ""
    if f"{s.ns[j]} {nxt}" in verb:
        k = j + 3
    elif s.ns[j] in verb:
        k = j + 2
    else:
        return j + 1
    return k + 1 if k < len(s.ns) and _relay_pronoun(s.ns[k]) and s.ns[k].startswith("عن") else k


def _relay_pronoun(w: str) -> tuple[str, str] | None:
    """The gender and number of the one relayed when ``w`` is عن with a pronoun ("عنه" → m, s)."""
    for kind, words in lx.adjuncts().items():
        if kind.startswith("relay_") and w in words:
            return kind[6], kind[7]
    return None


def _person_at(s: _Sent, x: int) -> bool:
    """A person's name starts at token ``x`` (at its stem, past a proclitic: لبوريل)."""
    starts = _mention_ends(s.doc)
    m = starts.get(s.toks[x].stem_start) or starts.get(s.toks[x].start)
    return bool(m) and m[1] == "PER"


def _person_ends(s: _Sent, a: int, j: int) -> bool:
    """Tokens ``[a, j)`` end with a person's name (a PER mention that ends at token ``j - 1``)."""
    end = s.toks[j - 1].end
    ends = _mention_ends(s.doc)
    return any(
        (m := ends.get(s.toks[x].start) or ends.get(s.toks[x].stem_start)) and m[1] == "PER" and m[0] == end
        for x in range(a, j)
    )


def _via_text(s: _Sent, i: int, k: int) -> str:
    """The name of the outlet that starts at token ``i`` (at most to ``k``): ``وكالة الأنباء
    الرسمية``، ``تويتر``، ``بي بي سي`` (a leading ل/ب is dropped: ``لرويترز`` → ``رويترز``)."""
    e = _name_end(s, i, k)
    t = s.toks[i]
    text = s.doc.text[t.start : s.toks[e].end]
    n = s.ns[i]
    if n.startswith("لل"):
        text = "ال" + text[2:]
    elif n[:1] in "لب" and (_bare(n) != n):
        text = text[1:]
    for q in '"«»“”':  # منصة "إكس" → منصة إكس
        text = text.replace(q, "")
    return " ".join(text.split()).strip("ـ")


def _name_end(s: _Sent, i: int, k: int) -> int:
    """The last token of a channel name that starts at ``i`` (not beyond ``k``)."""
    heads = lx.channels().get("outlet_head", frozenset()) | lx.channels().get("medium", frozenset())
    outlets = _outlets()
    ends = _mention_ends(s.doc)
    mend = ends.get(s.toks[i].start, ends.get(s.toks[i].stem_start, (-1, "")))[0]
    e = i
    while e < k:
        nxt, w = s.toks[e + 1], s.ns[e + 1]
        prev_head = _in(s.ns[e], heads)
        if nxt.end <= mend or (not nxt.is_word and nxt.text(s.doc) in '"«»“”'):
            e += 1
            continue
        if not nxt.is_word or _is_time(s, e + 1):
            break  # واطلعت عليه فرانس برس الجمعة: the day is no part of the name
        m = ends.get(nxt.start)
        if m is not None:
            mend = m[0]
        if e + 1 > i and mend <= s.toks[e].end and _in(w, lx.speaker_heads()):
            break  # لوكالة فرانس برس المتحدث باسم الشرطة: who spoke, after the outlet's name
        if prev_head or m is not None or w.startswith("ال") or _in(w, outlets) or _nisba(nxt.text(s.doc)):
            e += 1
            continue
        break
    return e


#: how far a relative clause set off by commas after a speaker may run
RELATIVE_ASIDE = 20


def _relative_aside(s: _Sent, j: int) -> int | None:
    """The comma that closes a relative clause opened by the comma at ``j`` and a relative pronoun
    (التي، الذي: statements_adjuncts kind relative), with no إن/أن inside; None if none."""
    n = len(s.toks)
    if j + 1 >= n or s.ns[j + 1] not in lx.adjuncts().get("relative", frozenset()):
        return None
    for k in range(j + 2, min(n, j + RELATIVE_ASIDE)):
        if s.ns[k] in lx.COMPLEMENTIZERS:
            return None  # (a verb of its own may report: "التي قالت إن")
        if not s.toks[k].is_word and s.toks[k].text(s.doc) in COMMAS:
            return k if k + 1 < n and s.toks[k + 1].is_word else None
        if not s.toks[k].is_word and not s.ns[k].isdigit() and s.toks[k].text(s.doc) not in '"«»“”':
            return None
    return None


def _skip_adjuncts(s: _Sent, j: int, via: list[str]) -> int:
    """Skip time words, commas and channel phrases (``على "تويتر"``، ``في بيان``) from ``j``."""
    chan = _channel_words()
    prep = lx.adjuncts().get("prep", frozenset())
    n = len(s.toks)
    while j < n:
        t = s.toks[j]
        if not t.is_word and t.text(s.doc) in COMMAS and (close := _relative_aside(s, j)) is not None:
            j = close + 1  # "المرصد، الذي يتخذ من بريطانيا مقرا له، مقتل": the subject's relative clause
            continue
        if not t.is_word:
            if (
                t.text(s.doc) in COMMAS
                or t.text(s.doc) in '"«»“”'
                or _glue(s, j)
                or not t.text(s.doc).isdigit() and _is_time(s, j)
            ):
                j += 1  # (كانون الثاني/يناير: a slash inside a date; #الشرطة: a hashtag's mark)
                continue
            return j
        if _is_time(s, j):
            j += 1
            continue
        w = s.ns[j]
        if w in prep or _lb_prefixed(s, j):
            k = j + 1 if w in prep else j
            end = k
            while end < n and (s.toks[end].is_word or s.toks[end].text(s.doc) in '"«»“”') and end - k < 6:
                if end > k and (s.ns[end] in prep or _lb_prefixed(s, end) and end > k + 1):
                    break
                end += 1
            seg = [x for x in range(k, end) if s.toks[x].is_word]
            if seg and _is_time(s, seg[0]):  # في وقت سابق، قبل يومين
                j = next((x for x in seg if not _is_time(s, x) and x > seg[0]), end)
                j = j if j > seg[0] + 1 or j == end else seg[0] + 1
                continue
            if seg and any(_in(s.ns[x], chan) for x in seg[:2]):
                first = next((x for x in seg if _in(s.ns[x], _outlets())), None)
                if first is not None:
                    via.append(_via_text(s, first, seg[-1]))
                    j = _name_end(s, first, end - 1) + 1
                    continue
                # في بيان (رسمي) (له، للجيش): a medium, its adjectives and its owner; what follows is
                # the object ("أعلنت الوزارة في بيان مقتل عناصر")
                j = seg[0] + 1
                while j < end and s.toks[j].is_word and (
                    _nisba(s.toks[j].text(s.doc))
                    or _lb_prefixed(s, j)
                    or s.ns[j].startswith("ل") and len(s.ns[j]) <= 4
                    or s.ns[j] in lx.adjuncts().get("np_adjective", frozenset())  # في بيان مشترك
                ):
                    j += 1
                continue
        return j
    return j


def _relay(
    s: _Sent, chunks: list[tuple[int, int]], via: list[str]
) -> tuple[list[tuple[int, int]], list[str]]:
    """``نقلت وكالة رويترز عن مصدر أمني قوله``: the agency is the channel, the source the speaker."""
    quote_nouns = lx.phrases().get("quote_noun", frozenset())
    flat = [k for a, b in chunks for k in range(a, b)]
    preps = lx.relay_preps()
    cut = next((k for k in flat if s.ns[k] in preps or s.ns[k][:2] in preps and len(s.ns[k]) <= 4), None)
    if cut is None:
        # "بحسب ما نقلت وكالة أسوشيتد برس عن وسائل إعلام إيرانية": the one relayed, read as a channel
        # after the agency, is who spoke
        e = chunks[-1][1] if chunks else -1
        if 0 < e < len(s.toks) - 1 and s.ns[e] in preps and s.toks[e + 1].is_word:
            end = _chunk_end(s, e + 1)
            relayed = _via_text(s, e + 1, end - 1)
            if relayed in via:
                return [(e + 1, end)], [_via_text(s, chunks[0][0], e - 1)] + [v for v in via if v != relayed]
        return chunks, via
    before = [k for k in flat if k < cut]
    after = [k for k in flat if k > cut and s.ns[k] not in quote_nouns]
    if before:
        via = [_via_text(s, before[0], before[-1])] + via
    if not after:
        return [], via
    return [(after[0], after[-1] + 1)], via


def _leading_via(s: _Sent, upto: int) -> list[str]:
    """Channels named in an opening phrase before the first cue (``وفي تغريدة على تويتر، قال``)."""
    if upto < 2 or not any(s.toks[x].text(s.doc) in COMMAS for x in range(upto)):
        return []
    prep, media, outlets = (
        lx.adjuncts().get("prep", frozenset()),
        lx.channels().get("medium", frozenset()),
        _outlets(),
    )
    out = []
    for x in range(1, upto):
        if s.toks[x].is_word and _in(s.ns[x], outlets) and (s.ns[x - 1] in prep or _in(s.ns[x - 1], media)):
            out.append(_via_text(s, x, upto - 1))
    return out


_QUOTE_MARK = re.compile('["«»“”]')


def _unquote(raw: str) -> str:
    """``raw`` with its quotation marks gone (see :func:`_quote_gap`)."""
    return _QUOTE_MARK.sub(lambda m: _quote_gap(raw, m.start()), raw)


def _quote_gap(raw: str, i: int) -> str:
    """What a quotation mark at ``i`` of a speaker's text leaves: a space between two words it alone
    parts ('للطفولة"اليونيسيف"'), nothing after a clitic written apart ('الـ"غارديان"'، 'و"وي شات"') or
    next to a space or a stop."""
    before, after = raw[i - 1 : i], raw[i + 1 : i + 2]
    if not (before.isalpha() and after.isalpha()) or before == "ـ":
        return ""
    if before in _one_letter_clitics() and (i < 2 or raw[i - 2].isspace()):
        return ""
    return " "


@lru_cache(maxsize=1)
def _one_letter_clitics() -> frozenset[str]:
    """The proclitics of one letter (و، ف، ب، ل، ك) of the clitics lexicon."""
    return frozenset(r[1] for r in lexicon.table("clitics") if r[0] == "proclitic" and len(r[1]) == 1)


def _party(s: _Sent, chunks: list[tuple[int, int]]) -> dict[str, Any]:
    """A speaker party from token chunks: the name joins the chunks (``أنور قرقاش، وزير الدولة``)."""
    doc = s.doc
    texts = []
    whole = ""
    prep = lx.adjuncts().get("prep", frozenset())
    for n, (a, b) in enumerate(chunks):
        while b - a > 1 and s.ns[b - 1] in prep and not _name_ya(s, b - 1):
            b -= 1  # موقع "سويس إنفو" في 20 أبريل: the في of a date is no part of the name (حسين علي is one)
        if n == 0 and b - a >= 2 and (skip := _issued_doc(s, a)):
            whole = " ".join(doc.text[s.toks[a].start : s.toks[b - 1].end].split())
            a += skip  # بحسب بيان للجيش → الجيش; وفق حصيلة جديدة للمرصد → المرصد
        start, end = s.toks[a].start, s.toks[b - 1].end
        if b < len(s.toks) and s.toks[b].start == end and doc.text[s.toks[b].start : s.toks[b].end].isdigit():
            end = s.toks[b].end  # "مراسل فرانس24": digits written onto the name's last word
        rest = s.ns[a][1:]
        named = s.toks[a].stem_start - s.toks[a].start == 1 and s.toks[a].stem_start in _mention_ends(doc)
        if (
            s.toks[a].prefix_len
            and doc.text[start] in "وف"
            and (rest.startswith("ال") or _head(rest) or named and not _whole_name(s, a))
            or _wa_name(s, a)
        ):
            start += 1  # والحكومة → الحكومة, but ولاية stays
        elif s.toks[a].prefix_len and doc.text[start] in "بل" and (
            rest.startswith("ال") and _head(rest) or named and rest in countries()
        ):
            # "التقى الوزير بالسفير الذي قال"، "مفاجأة لإسرائيل، التي تقدر": the preposition is no part of
            # him (only before a speaker head or a state: "عن ليو هي" keeps its ل)
            start += 1
        elif (
            a > 0
            and doc.text[start] == "ل"
            and (
                f"{s.ns[a - 1]} ل" in lx.phrases().get("according", ())
                # بيان للجيش، حصيلة للوزارة; over its adjectives: البيان الختامي للقمة، حصيلة جديدة للمرصد
                or _documents(s.ns[_over_adjectives(s, a - 1)])
                or n == 0 and bool(whole)
            )
        ):
            start += 1
        raw = doc.text[start:end]
        if s.ns[a].startswith("لل") and raw.startswith("ل") and start > s.toks[a].start:
            raw = _after_lil(raw)  # وفقا للمصدر → المصدر; تقرير للجنة → اللجنة
        # quotes around a name go, with a space where one was left out ('للطفولة"اليونيسيف"'), but not
        # after a clitic written apart ('الـ"غارديان"'); #الجيش_اليمني → الجيش اليمني
        raw = _unquote(raw)
        raw = unhash(raw)
        txt = " ".join(raw.split())
        if txt:
            texts.append((start, end, txt))
    if not texts:
        return {
            "name": "",
            "entity": None,
            "names": [],
            "span": doc.span(s.toks[chunks[0][0]].start, s.toks[chunks[0][0]].start),
        }
    start, end = texts[0][0], texts[-1][1]
    name = "، ".join(t for _, _, t in texts)
    names = [name] + [t for _, _, t in texts if t != name] + ([whole] if whole else [])
    party = {"name": name, "entity": None, "names": names, "span": doc.span(start, end)}
    linked = _entity_at(doc, [(x, y) for x, y, _ in texts])
    if linked is None and len(texts) == 1 and (back := head_back(doc, name, start)) is not None:
        linked = (back, 0)  # "وأضاف المرصد" after "المرصد السوري لحقوق الإنسان": that body
    if linked is not None:
        ent, ci = linked
        party["entity"] = ent.get("id")
        en = ent.get("name")
        extra = [x for x in (ent.get("names") or []) if isinstance(x, str)]
        if isinstance(en, str) and en.startswith("ل") and texts[0][0] > 0 and doc.text[texts[0][0] - 1] == "ل":
            if en[1:] == texts[0][2] or texts[0][2].startswith(en[1:]):
                en = en[1:]  # "وفقا لديليب كومار": the tagger kept the phrase's ل on the name
        if isinstance(en, str) and en:
            told = texts[ci] if ci >= 0 else (start, end, name)
            # (not 'وكالة الأنباء الرسمية "سبأ"': the outlet's own name in quotes after the entity's is fuller)
            quoted_more = told[2].startswith(en + " ") and any(q in doc.text[told[0] : told[1]] for q in QUOTE_MARKS)
            if len(en) >= 0.8 * len(told[2]) and not quoted_more:  # the fullest: not إيمانويل alone
                party["name"] = en
            party["names"] = [party["name"]] + [x for x in [en] + names if x != party["name"]]
        for x in extra:
            if x not in party["names"]:
                party["names"].append(x)
    return party


def _whole_name(s: _Sent, a: int) -> bool:
    """Token ``a``, which the clitic layer read as و and a name, is a name whole: written with و it is
    more common in the news than without ("وقالت وايت" is White, not و + ايت; not "وترامب")."""
    t, doc = s.toks[a], s.doc
    whole = normalize(doc.text[t.start : t.stem_end])
    c = counts()
    return c.get(whole, 0) > c.get(whole[1:], 0)


def _wa_name(s: _Sent, a: int) -> bool:
    """Token ``a`` is a tagged name with a و the clitic layer left on ("وروسيا تنفي"): the word
    without it is far more common in the news than with it (not ولاية، وليد)."""
    t, doc = s.toks[a], s.doc
    if t.prefix_len or doc.text[t.start] != "و" or t.start not in _mention_ends(doc):
        return False
    c = counts()
    return c.get(s.ns[a][1:], 0) > 3 * c.get(s.ns[a], 0) + 10


def _over_adjectives(s: _Sent, p: int) -> int:
    """The word before the definite adjectives that end at ``p`` ("البيان الختامي"، "التقرير السنوي")."""
    q = p
    while q > 0 and p - q < 3 and s.toks[q].is_word and s.ns[q].startswith("ال") and not _documents(s.ns[q]):
        q -= 1
    return q


def _documents(w: str) -> bool:
    """``w`` names a medium or a record a body issues (بيان، تقرير، حصيلة، إحصائية)."""
    ch = lx.channels()
    return _in(w, ch.get("medium", frozenset())) or _in(w, ch.get("record", frozenset()))


def _issued_doc(s: _Sent, a: int) -> int:
    """Token ``a`` is a medium or record (بيان، تقرير، حصيلة) and the next word, with ل, names who
    issued it: "بحسب بيان للجيش"، "وفق حصيلة لوزارة الصحة" (1), or the word after an indefinite adjective
    of the record: "وفق حصيلة جديدة للمرصد" (2), or the word after "صادر عن" (3); how many words to skip
    to the issuer, 0 for none."""
    if not _documents(s.ns[a]):
        return 0
    if a + 3 < len(s.toks) and s.toks[a + 3].is_word and f"{s.ns[a + 1]} {s.ns[a + 2]}" in lx.phrases().get("issued_by", ()):
        return 3  # "وقال بيان صادر عن الإذاعة الرسمية": the one named after عن issued it
    for skip in (1, 2):
        if a + skip >= len(s.toks):
            return 0
        nxt = s.toks[a + skip]
        if nxt.is_word and carries_li(s.doc, nxt) and len(s.ns[a + skip]) > 3:
            return skip
        if not (nxt.is_word and not nxt.prefix_len and (_nisba(nxt.text(s.doc)) or _in(s.ns[a + skip], lx.adjuncts().get("record_adjective", frozenset())))):
            return 0
    return 0



def _entity_mentions(doc: Doc) -> list[tuple[dict[str, Any], list[tuple[int, int]]]]:
    """PER/ORG entities of ``doc`` with their mention spans (cached on it)."""
    cache = doc.__dict__.get("_st_entities")
    if cache is None:
        cache = []
        for e in doc.layers.get("entities") or []:
            if isinstance(e, dict) and e.get("type") in ("PER", "ORG", None):
                ms = [
                    (m.get("start", -1), m.get("end", -1))
                    for m in e.get("mentions") or []
                    if isinstance(m, dict)
                ]
                cache.append((e, ms))
        doc.__dict__["_st_entities"] = cache
    return cache


def _entity_at(doc: Doc, spans: list[tuple[int, int]]) -> tuple[dict[str, Any], int] | None:
    """The entity a speaker phrase names: a PER or ORG entity that covers one of its chunks
    (``رئيس اللجنة الدولية، بيتر ماورير`` → ماورير, a person before a body), or most of it."""
    cands = []
    lo, hi = spans[0][0], spans[-1][1]
    ents = [(e, ms) for e, ms in _entity_mentions(doc) if any(a < hi and b > lo for a, b in ms)]
    for e, ms in ents:
        for ci, (a, b) in enumerate(spans):
            cover = sum(max(0, min(b, me) - max(a, ms_)) for ms_, me in ms)
            if cover >= 0.8 * (b - a) and any(ms_ <= a + 1 < me for ms_, me in ms):
                cands.append((e.get("type") != "PER", _role_only(e), ci, e))
    if cands:  # a person before a body; a named person before a bare title (قائد اللواء، العميد فلان)
        best = min(cands, key=lambda c: (c[0], c[1], c[2]))
        return best[3], best[2]
    a, b = lo, hi
    best, best_cover = None, 0
    for e, ms in ents:
        if not any(m0 <= a + 1 < m1 for m0, m1 in ms):
            continue  # مدير مكتب مكافحة الإرهاب: the office is not the director
        cover = sum(max(0, min(b, m1) - max(a, m0)) for m0, m1 in ms)
        if cover > best_cover:
            best, best_cover = e, cover
    return (best, -1) if best is not None and best_cover >= 0.6 * (b - a) else None


def _role_only(e: dict[str, Any]) -> bool:
    """The entity is named only by a role or title of its own ("قائد اللواء")."""
    roles = {normalize(r) for r in e.get("roles") or [] if isinstance(r, str)}
    return normalize(e.get("name") or "") in roles


def _after_lil(raw: str) -> str:
    """The definite word written after لـ with its article's alif dropped ("للمصدر" → "لمصدر"): the
    article's ل is its first letter ("المصدر"), or, before a word that opens with ل, the article
    lost it too ("للجنة" → "اللجنة", not "الجنة"): the form more common in news wins."""
    word = raw.split()[0] if raw.split() else raw
    c = counts()
    if c.get(normalize("ال" + word), 0) > c.get(normalize("ا" + word), 0):
        return "ال" + raw
    return "ا" + raw


def _anaphor(
    s: _Sent, chunks: list[tuple[int, int]], party: dict[str, Any], refs: list[_Ref], pos: int
) -> dict[str, Any]:
    """``وقالت الوزارة`` → the ministry named before; ``وذكر البيان`` → who issued it."""
    if len(chunks) != 1 or chunks[0][1] - chunks[0][0] != 1:
        return party
    w = s.ns[chunks[0][0]]
    if w.startswith("لل"):
        w = normalize(_after_lil(w[1:]))  # وفقا للمصدر
    if not w.startswith("ال"):
        return party
    bare = w[2:]
    for r in reversed(refs):
        if (
            r.pos < pos
            and r.party
            # (or the record it issued: "بيان صادر عن الديوان الملكي" is the body's; "البيان" names it)
            and any(
                _names_it(normalize(x).split(), bare)
                for x in (r.party["name"], *(y for y in r.party.get("names", ()) if _documents((normalize(y).split() or [""])[0])))
            )
            and len(r.party["name"]) > len(party["name"])
        ):
            return r.party
    if bare in lx.channels().get("medium", frozenset()):
        # وتابع البيان: who issued the medium named last before (وذكرت الوزارة، في بيان، ...), else the
        # last speaker of a statement
        text, offsets = normalize_map(s.doc.text[:pos])
        at = text.rfind(bare)
        while at > 0 and _told_by(text, at):
            at = text.rfind(bare, 0, at)  # "ونقل البيان عن X": the medium relays another there
        before = [r for r in refs if r.pos < pos and r.party]
        if at >= 0:  # the speaker whose own words named the medium: "وذكرت الوزارة، في بيان، ..."
            m = offsets[at]
            lead = [r for r in before if r.pos <= m <= r.pos + MEDIUM_REACH]  # "وذكرت الوزارة، في بيان"
            after = [r for r in before if m < r.pos <= m + MEDIUM_REACH]  # "في بيان لها، قالت الوزارة"
            if lead or after:
                return lead[-1].party if lead else after[0].party
        if before:
            return before[-1].party  # else the last speaker (a medium named in what another said)
    return party


def _told_by(text: str, at: int) -> bool:
    """The medium at ``at`` of the normalized ``text`` is the subject of a verb of relaying right
    before it ("ونقل البيان عن نائب الوزير"): there it carries another's words and names no issuer."""
    head = text[:at]
    if head.endswith("ال"):
        head = head[:-2]  # (the article of "البيان", before the word found)
    words = head.split()
    form = lx._cue_form(words[-1]) if words else None
    return form is not None and "relay" in lx.tables()[1][form.lemma].flags


def _names_it(words: list[str], bare: str) -> bool:
    """The speaker named by ``words`` is the body ``bare`` names ("وزارة الدفاع الأذربيجانية" for
    "الدفاع"), not a person who heads it ("رئيس شرطة مكافحة الإرهاب" is no "الشرطة")."""
    for k, x in enumerate(words):
        if (x[2:] if x.startswith("ال") else x) == bare:
            # (only a body's word: "الحوثي" is still "عبد الملك الحوثي")
            return not (k > 0 and _in(words[k - 1], lx.person_titles()) and _head(bare) is not None)
    return False


def _issued_by(s: _Sent, m: int, refs: list[_Ref], upto: int) -> dict[str, Any] | None:
    """Who issued the medium named at token ``m`` ("وقال البيان"، "وجاء في البيان"): the speaker of
    the sentence that named it last before ``upto`` ("قالت الحركة، في بيان، إن")، else the last
    speaker before it."""
    before = [r for r in refs if r.pos < upto and r.party]
    w = s.ns[m][2:] if s.ns[m].startswith("ال") else s.ns[m]
    if len(w) >= 3:
        text, offsets = normalize_map(s.doc.text[:upto])
        at = text.rfind(w)
        named = [r for r in before if at >= 0 and r.pos < offsets[at]]
        if named:
            return named[-1].party
    return before[-1].party if before else None


def _resolve(refs: list[_Ref], pos: int, gender: str, number: str, since: int = -1) -> dict[str, Any] | None:
    """The latest speaker before ``pos`` that agrees with a pronoun cue in gender and number.

    A subject that only did something (``وتقدم الجيش نحو المدينة. وأوضح أن``) is taken in the
    sentence of the cue (from offset ``since``) or when no speaker of a statement agrees.
    """
    before = [r for r in refs if r.pos < pos]
    if not before:
        return None
    plural = number in ("p", "d")
    for test in (
        lambda r: r.gender == gender and (r.number in ("p", "d")) == plural,
        lambda r: r.gender == gender,
        lambda r: True,
    ):
        for said in (True, False):
            for r in reversed(before):
                if test(r) and (not said or r.said or r.pos >= since):
                    return r.party
    return None


def _negated_subject(s: _Sent, i: int, form: lx.CueForm, refs: list[_Ref]) -> None:
    """``لم تكشف أذربيجان عن`` is no statement, but أذربيجان is a referent for a later ``قالت``."""
    j = i + 1
    if j >= len(s.toks) or not s.toks[j].is_word or s.ns[j] in lx.adjuncts().get("prep", frozenset()):
        return
    if not_speaker(s, j):
        return  # ولم يعلن عنه، لم تكشف هويته
    if s.ns[j] in lx.COMPLEMENTIZERS or _lb_prefixed(s, j):
        return  # لا تعترف بالروهينغا، لم تذكر أن: an object, not a subject
    k = _chunk_end(s, j)
    refs.append(_Ref(s.toks[j].start, _party(s, [(j, k)]), form.gender, form.number, said=False))


def not_speaker(s: _Sent, j: int) -> bool:
    """The word at ``j`` never heads a speaker: "منه"، "عنها"، "هويته"، "باللهجة المحلية"."""
    return _in(s.ns[j], lx.adjuncts().get("not_speaker", frozenset()))


def _apposition(s: _Sent, a: int, b: int) -> tuple[list[tuple[int, int]], int]:
    """The speaker phrase ``[a, b)`` with a person's name between commas after it, and its end:
    ``نفى وزير الدفاع السابق، جون سميث، الاتهامات`` → (وزير الدفاع السابق، جون سميث)."""
    n = len(s.toks)
    e = b
    while e < n and s.toks[e].is_word and _is_time(s, e) and e - b < 2:
        e += 1  # وزير الدفاع السابق، ...
    if e + 2 < n and s.toks[e].text(s.doc) in COMMAS and s.toks[e + 1].is_word:
        ends = _mention_ends(s.doc)
        m = ends.get(s.toks[e + 1].start) or ends.get(s.toks[e + 1].stem_start)
        c = next((k for k in range(e + 2, min(n, e + 7)) if not s.toks[k].is_word), n)
        if m and m[1] == "PER" and c < n and s.toks[c].text(s.doc) in COMMAS and m[0] == s.toks[c - 1].end:
            return [(a, e), (e + 1, c)], c + 1
        # "دان الأمين العام للجامعة، أحمد أبو الغيط نقل السفارة": the second comma left out, the name ends it
        x = next((k for k in range(e + 1, min(n, e + 6)) if m and s.toks[k].end == m[0]), None)
        if m and m[1] == "PER" and x is not None and x + 1 < n and s.toks[x + 1].is_word:
            return [(a, e), (e + 1, x + 1)], x + 1
        if m is None and _untagged_name(s, a, e + 1, c):
            return [(a, e), (e + 1, c)], c + 1  # "المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، فيلق القدس"
    if b < n and (close := _short_name_in_marks(s, b)) is not None:
        return [(a, close + 1)], close + 1  # أعلنت حركة المقاومة الإسلامية (حماس) مقتل: its short name
    return [(a, b)], b


#: how many words a name between commas after a speaker's head may hold when the entities layer
#: has not tagged it
UNTAGGED_NAME_WORDS = (2, 3)


def _untagged_name(s: _Sent, a: int, x: int, c: int) -> bool:
    """Whether the words ``[x, c)``, set off by commas after a speaker phrase that opens with a head
    word (المتحدث، الوزير), are a person's name the entities layer did not tag: two or three words,
    none with the article, a preposition, a head word or a number ("، أفيخاي أدرعي،")."""
    if _head(s.ns[a]) is None or c >= len(s.toks) or s.toks[c].text(s.doc) not in COMMAS:
        return False
    if not UNTAGGED_NAME_WORDS[0] <= c - x <= UNTAGGED_NAME_WORDS[1] or c + 1 >= len(s.toks) or not s.toks[c + 1].is_word:
        return False
    prep = lx.adjuncts().get("prep", frozenset())
    if s.ns[x] in lx.phrases().get("according", frozenset()):
        return False  # "أعلنت وزارة الصحة، وفق وفا، مقتل": according to an outlet, no name
    return all(
        s.toks[k].is_word
        and not s.ns[k].startswith("ال")
        and s.ns[k] not in prep
        and _head(s.ns[k]) is None
        and not _is_time(s, k)
        and not any(ch.isdigit() for ch in s.ns[k])
        for k in range(x, c)
    )


def _short_name_in_marks(s: _Sent, b: int) -> int | None:
    """The closing mark of a short name in brackets or quotation marks that opens at ``b``, right
    after a speaker and before more words ("(حماس)"، '"حماس"'، "(WHO)"): at most
    :data:`SHORT_NAME_WORDS` words, a name of the entities layer or capitals; None if there is none."""
    mark = s.toks[b].text(s.doc)
    closer = ")" if mark == "(" else OPEN_QUOTES.get(mark)
    if closer is None:
        return None
    n = len(s.toks)
    for k in range(b + 1, min(n, b + SHORT_NAME_WORDS + 2)):
        if s.toks[k].text(s.doc) == closer:
            if not (b + 1 < k and k + 1 < n and s.toks[k + 1].is_word):
                return None
            # a name the entities layer reads, or Latin letters (WHO): not '"الصمت الدولي"', an object
            inner = s.doc.text[s.toks[b + 1].start : s.toks[k - 1].end]
            m = _mention_ends(s.doc).get(s.toks[b + 1].start)
            return k if m and m[0] == s.toks[k - 1].end or inner.isascii() and inner.isupper() else None
        if not s.toks[k].is_word:
            return None
    return None


def _accusative(word: str) -> bool:
    """An indefinite noun with the alif of the accusative (وكيلا، رئيسا، تقريراً): an object or a predicate."""
    word = strip_diacritics(word)
    return word.endswith("ا") and not word.endswith(("اا", "يا")) and not word.startswith("ال") and len(word) > 3


def _was_subject_end(s: _Sent, k: int, end: int) -> int | None:
    """After كان, the end of a subject that runs from ``k`` to the end of a person's name in it, with
    a verb right after the name ("وكان الرئيس دوتيرتي فرض حظرا" → after دوتيرتي); None where there is none."""
    ends = _mention_ends(s.doc)
    for x in range(k, end):
        m = ends.get(s.toks[x].start)
        if m is None or m[1] != "PER":
            continue
        e = next((y for y in range(x, len(s.toks)) if s.toks[y].end >= m[0]), x) + 1
        ok = e < len(s.toks) and s.toks[e].is_word and not s.ns[e].startswith("ال") and not _head(s.ns[e])
        return e if ok and not _cue_at(s, e) else None
    return None


def _subject_ref(s: _Sent, upto: int, refs: list[_Ref]) -> None:
    """The subject of a verb before the first cue of a sentence, as a referent for its pronoun
    (``كما استهدف الرئيس الأرميني تركيا، متهما ...``، ``أصدر الوزير بيانا انتقد فيه ...``)."""
    particle, prep = lx.adjuncts().get("particle", frozenset()), lx.adjuncts().get("prep", frozenset())
    neg = lx.adjuncts().get("negation", frozenset())
    names = _named_tokens(s.doc)
    m = _mention_ends(s.doc).get(s.toks[0].start) if s.toks else None
    # (a country too, in a headline: "روسيا تستدعي السفير البريطاني وتصف": Russia, not the ambassador)
    if m and (m[1] in ("PER", "ORG") or m[1] == "LOC" and s.in_title):
        e = next((x for x in range(len(s.toks)) if s.toks[x].end >= m[0]), 0) + 1
        if e + 1 < upto and s.toks[e].is_word and not s.ns[e].startswith("ال") and not _cue_at(s, e):
            # "مارك زوكربيرغ يعتذر أمام البرلمان.. ويؤكد:": a name, then its verb, then a pronoun cue
            refs.append(_Ref(s.toks[0].start, _party(s, [(0, e)]), "m", "s", said=m[1] == "PER"))
            return
    # the tests are cheapest first: the word after the verb (k), then the verb (j)
    for j in range(0, min(upto, len(s.toks), 16) - 1):
        w, k = s.ns[j], j + 1
        if not s.toks[k].is_word or s.ns[k] in prep:
            continue
        she = w.endswith("ت") and not w.endswith("ات")  # a she-verb (not "تهديدات الرئيس": a plural noun)
        # (a state after a she-verb is its subject too: "قررت تركيا طرد السفير، واعتبرته")
        named = _head(s.ns[k]) or s.toks[k].start in names or she and s.ns[k] in countries()
        if not named and not (j == 0 or s.toks[j - 1].text(s.doc) in COMMAS or s.toks[j - 1].text(s.doc) in "–—-"):
            continue  # (after a dateline's dash: "أتلانتا (CNN) – اعتذر مارك زوكربيرغ")
        was = w in lx.adjuncts().get("was", frozenset())
        if not s.toks[j].is_word or w.startswith("ال") or w in particle and not was or w in prep or _is_time(s, j):
            continue
        if w[:1] in "وف" and w[1:] in prep:
            continue  # "ومن المقرر أن": a preposition, no verb and its subject
        if w in neg or w[:1] in "وف" and w[1:] in neg:
            continue  # "ولم يؤكد المتحدث": a negation, no verb (its subject is the negated verb's)
        if _head(w) or s.toks[j].start in names:
            continue  # a noun, not the verb of the clause
        if w in lx.COMPLEMENTIZERS or j > 0 and s.ns[j - 1] in lx.adjuncts().get("relative", ()):
            continue  # التي تتهم المعارضة: a relative clause, not the subject of the sentence
        if _lb_prefixed(s, k) or not_speaker(s, k) or _is_time(s, k):
            continue  # (not "رفضت وارسو الأحد اتهامات": a day is no subject)
        if s.toks[k].start not in names and _accusative(s.toks[k].text(s.doc)):
            continue  # "هل يريد أن يكون وكيلا لإيران": a noun in the accusative is no subject
        end = _chunk_end(s, k)
        if end < len(s.toks) and s.toks[end].text(s.doc) in OPEN_QUOTES and _quote_words(s, end) <= 3:
            end = min(len(s.toks), _quote_close(s, end) + 1)  # مؤسس موقع "فيسبوك"
        chunks = _apposition(s, k, end)[0]  # مؤسس موقع "فيسبوك"، مارك زوكربيرغ،
        end = chunks[-1][1]
        if was:  # "وكان الرئيس دوتيرتي فرض حظرا": كان, its subject named, then the verb of what he did
            end = _was_subject_end(s, k, end)
            if end is None:
                continue
            chunks = [(k, end)]
        if not named and not any(
            _mention_ends(s.doc).get(s.toks[x].start, (0, ""))[1] == "PER" for x in range(k, end)
        ):
            continue  # مات العالم الأسترالي ديفيد غودال: a clause-initial verb and a named subject
        gender = "f" if s.toks[j].text(s.doc).endswith("ت") else "m"
        if she and (_head(s.ns[k]) or ("", ""))[0] == "m" and _in(s.ns[k], lx.person_titles()):
            continue  # "وطردت السفير الإسرائيلي، واعتبرته": a he after a she-verb is its object
        person = _in(s.ns[k], lx.person_titles()) or any(
            _mention_ends(s.doc).get(s.toks[x].start, (0, ""))[1] == "PER" for x in range(k, end)
        )  # "استقال زوما ... وقال": a person who acts is as likely a speaker as one who spoke
        head = _head(s.ns[k])
        many = s.ns[k] in lx.adjuncts().get("many", frozenset()) or (head is not None and head[1] == "p")
        number = "p" if many else "s"  # وسخر بعض المنتقدين ... واعتبروها; وسخر النشطاء ... مؤكدين
        refs.append(_Ref(s.toks[k].start, _party(s, chunks), gender, number, said=person))
        return

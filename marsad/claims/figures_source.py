"""Who gives a casualty figure: the source of each number, as a party.

In order: the speaker of the statement (``doc.layers["statements"]``) whose content holds the number;
a reporting phrase after the figure ("قتل 118 فلسطينيا، بحسب سلطات القطاع"); the nearest reporting
verb before it and its subject ("قالت وزارة الدفاع إن ..."، "وكانت المنظمة أكدت ..."، "نقلت وفا عن
مصدر طبي قوله ..."); a reporting phrase before it; the subject of a lead that lost its verb ("الرئيس
الروسي، الخميس، أن ..."). A verb with no subject ("وأوضح أن") takes the last source named before. A
news agency that only relays ("بحسب فرانس برس") is not a source. Words are in
``lexicon/figures_attribution.tsv``.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("وقالت وزارة الصحة، الأحد، إن 12 شخصا قتلوا.")
>>> segment(doc)
>>> ctx = Attributor(doc)
>>> ctx.source(doc.sentences[0], doc.text.index("12"))["name"]
'وزارة الصحة'
"""

from __future__ import annotations

import bisect
from functools import cache
from typing import Any

from marsad import lexicon
from marsad.claims.figures_context import PREPOSITIONS
from marsad.claims.figures_words import doc_forms, lookup, sentence_tags, variants
from marsad.claims.statements_lexicon import COMPLEMENTIZERS, adjuncts, person_titles
from marsad.claims.statements_sentence import carries_li, unhash
from marsad.doc import Doc, Sentence, Token
from marsad.entities import head_back, org_heads
from marsad.text.normalize import normalize, strip_diacritics

MAX_NAME = 9
_RELATIVES = ("الذي", "التي", "الذين")  # a verb after them is a relative clause's, not a report's
_ARTICLE = ("ال", "وال", "بال", "لل", "فال")
#: how far after a number a reporting phrase still attaches to it
ATTACHED = 14
_QUOTES = set("\"«»“”'")


class Attributor:
    """Finds the source of figures in one document; remembers the last source for bare verbs."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.statements = [s for s in doc.layers.get("statements") or [] if s.get("content_span")]
        self.entities = doc.layers.get("entities") or []
        self.numbers = sorted((n["start"], n["end"]) for n in doc.layers.get("numbers") or [])
        #: where the reporting verbs of the statements stage start: one ends a name ("أفاد أطباء واتهمت")
        self.cue_starts = {s["cue_span"]["start"] for s in self.statements if s.get("cue_span")}
        self.last: dict[str, Any] | None = None
        self.toll = False  # the last name read was a toll ("حصيلة رسمية"), not a party
        self._sent: int | None = None
        self._toks: list[Token] = []
        self._forms: list[tuple[str, ...]] = []
        self._attr: list[tuple[tuple[str, ...], int] | None] = []

    # -- per sentence ----------------------------------------------------------------------

    def _load(self, sent: Sentence) -> None:
        if self._sent == sent.index:
            return
        self._sent = sent.index
        _, ranges = doc_forms(self.doc)
        lo, hi = ranges.get(sent.index, (0, 0))
        self._toks = self.doc.tokens[lo:hi]
        self._forms, (attr,) = sentence_tags(self.doc, sent.index, ("attribution",))
        self._attr = list(attr)
        self._raw = list(attr)  # before the noun check: "حسبما ذكرته الشرطة" is a verb after ما
        for i, hit in enumerate(self._attr):  # a verb takes no article: "التابع للأمم المتحدة"
            if (
                hit
                and hit[0][0] in ("verb", "relay", "participle")
                and (
                    self._definite(i)
                    or self._forms[i][0].endswith("ه")
                    and hit[0][0] != "participle"
                )
            ):  # "التابع"، "إضافة" are nouns, not تابع، أضاف (but "مشيرة" is a participle)
                self._attr[i] = None
            elif hit and hit[0][0] == "verb" and i + 1 < len(self._forms) and self._identity(i + 1):
                self._attr[i] = None  # "مصدر رفض كشف هويته": revealing a name is no report
            elif hit and hit[0][0] == "verb" and self._estimate(i):
                self._attr[i] = None  # "قتل ما يقدر بـ300 ألف": an estimate of the writer, no one's report

    def _estimate(self, i: int) -> bool:
        """The verb at ``i`` follows ما and a number follows it with بـ within three words: "ما يقدر
        بنحو 300 ألف"، "ما قدر بـ40 قتيلا" (not "بحسب ما أفادت به مصادر")."""
        if i == 0 or i + 1 >= len(self._toks) or self._forms[i - 1][0] != "ما":
            return False
        if not self.doc.text[self._toks[i + 1].start : self._toks[i + 1].end].startswith("ب"):
            return False
        lo, hi = self._toks[i + 1].start, self._toks[min(len(self._toks) - 1, i + 3)].end
        k = bisect.bisect_left(self.numbers, (lo, -1))
        return k < len(self.numbers) and self.numbers[k][0] < hi

    def _identity(self, i: int) -> bool:
        hit = self._raw[i]
        return bool(hit) and hit[0][0] == "identity"

    def _definite(self, i: int) -> bool:
        """The word carries the article as written: "الشرطة"، "للأمم"; not "إلقاء" or "ألمح", whose
        normalized forms (القاء، المح) only look as if they did."""
        t = self._toks[i]
        return strip_diacritics(self.doc.text[t.start : t.end]).startswith(_ARTICLE)

    def _role(self, i: int) -> str | None:
        hit = self._attr[i] if 0 <= i < len(self._attr) else None
        return hit[0][0] if hit else None

    def statements_at(self, offset: int) -> list[dict[str, Any]]:
        """The statements whose content holds ``offset``, the narrowest first."""
        found = [
            s for s in self.statements if s["content_span"]["start"] <= offset < s["content_span"]["end"]
        ]
        return sorted(found, key=lambda s: s["content_span"]["end"] - s["content_span"]["start"])

    def source(self, sent: Sentence, offset: int, *, remember: bool = True) -> dict[str, Any] | None:
        """The party that gives the figure whose number starts at ``offset`` in ``sent``, or None."""
        self._load(sent)
        pos = next((i for i, t in enumerate(self._toks) if t.end > offset), len(self._toks))
        party = (
            self._after_phrase(pos)
            or self._verb_before(pos)
            or self._phrase_before(pos)
            or self._lead(pos)
            or self._title_label(sent, pos)
        )
        party = self._pointed(party)
        if party and remember:
            self.last = party
        return party

    def attached(self, sent: Sentence, offset: int) -> dict[str, Any] | None:
        """The source a reporting phrase right after the figure names ("قتل 12، وفقا لبيان الحزب")."""
        self._load(sent)
        pos = next((i for i, t in enumerate(self._toks) if t.end > offset), len(self._toks))
        self.toll = False
        party = self._after_phrase(pos, ATTACHED)
        return None if party is None or self.toll else self._pointed(party)

    def _pointed(self, party: dict[str, Any] | None) -> dict[str, Any] | None:
        """A source named only by a word pointing back (المصدر، البيان) is the last one named before:
        "قتل أربعة، بحسب وزارة الصحة. وأصيب مسعفان، بحسب المصدر" → the ministry."""
        if not party or not anaphor_name(party["name"]):
            return party
        at = (party.get("span") or {}).get("start", -1)
        for st in self.statements:  # the statements layer resolved it ("وفقا للمصدر" → مصدر أمني)
            cue, sp = st.get("cue_span") or {}, st.get("speaker") or {}
            if cue.get("start", 1 << 60) <= at <= cue.get("end", -1) + 2 and sp.get("name"):
                if not anaphor_name(sp["name"]):
                    return party_of_statement(st)
        return self.last or party

    def participle(self, sent: Sentence, offset: int) -> dict[str, Any] | None:
        """ "وفق حصيلة أوردها المرصد ... مشيرا إلى أنها أوقعت 27 قتيلا": a participle's speaker is the
        one named before it in the sentence."""
        self._load(sent)
        pos = next((i for i, t in enumerate(self._toks) if t.end > offset), len(self._toks))
        for i in range(pos - 1, -1, -1):
            role = self._role(i)
            if role == "participle":
                return self._earlier(i)
            if role in ("verb", "relay", "phrase"):
                return None
        return None

    def relayed(self, sent: Sentence, offset: int) -> dict[str, Any] | None:
        """ "ونقلت وكالة وفا عن مصدر طبي قوله إن ...": the source is the one relayed, not the relay."""
        self._load(sent)
        pos = next((i for i, t in enumerate(self._toks) if t.end > offset), len(self._toks))
        for i in range(pos - 1, -1, -1):
            if self._role(i) == "relay" and not self._negated(i):
                j = self._relay_from(i, pos)
                return self._name_after(j + 1) if j is not None else None
            if self._role(i) in ("verb", "phrase"):
                return None
        return None

    def _relay_from(self, i: int, pos: int) -> int | None:
        """The عن after the relay verb at ``i`` and before ``pos`` that names who is relayed ("نقلت وكالة
        وفا عن مصدر طبي"), with no casualty word between: "نقلوا إلى المستشفى مصابين بجروح ناجمة عن
        سلاح ناري" is the عن of a wound's cause."""
        for k in range(i + 1, min(i + MAX_NAME + 2, pos)):
            if self._forms[k][0] == "عن":
                return k
            if lookup("outcomes", self._forms, k):
                return None
        return None

    def outlet_only(self, party: dict[str, Any]) -> bool:
        """Whether ``party`` is a news outlet (``بحسب فرانس برس``): the source of a figure only where
        it relays no one and no one else gives the figure."""
        if not self._is_outlet(party.get("name") or ""):
            return False
        span = party.get("span")
        # "كما قال لوكالة فرانس برس مصدر أمني": told to the agency, which is not who gives it
        return not (span and self.doc.text[max(0, span["start"] - 1) : span["start"]] == "ل")

    def plausible(self, party: dict[str, Any]) -> bool:
        """A speaker name that holds no number, casualty word or thing ("تحطم طائرة" is no speaker)."""
        words = normalize(party.get("name") or "").split()
        if self._is_outlet(party.get("name") or ""):
            return False  # "بحسب فرانس برس": an agency relays, it does not claim
        if not words or len(words) > 14 or any(w[:1].isdigit() for w in words):
            return False
        forms = [variants(w) for w in words]
        things = ("weapon", "vehicle", "building", "event", "money")
        return not any(
            (lookup("outcomes", forms, i) and not (i and _body_word(forms[i - 1])))
            or (unit := (lookup("units", forms, i) or ((),))[0][:1]) in [(t,) for t in things]
            and not (i and _staff_in(forms, i))  # "مصدر طبي في مستشفى رفاعة": someone in a building
            and not (i == 0 and unit == ("building",) and len(forms) >= 2)  # "مستشفى ناصر" speaks
            for i in range(len(forms))
        )

    # -- the rules -------------------------------------------------------------------------

    def _after_phrase(self, pos: int, reach: int = 10**6) -> dict[str, Any] | None:
        for i in range(pos + 1, len(self._toks)):
            role = self._role(i)
            if role == "phrase":
                party = self._name_after(i + self._attr[i][1], phrase=True)
                # near the figure, or closing the sentence ("...، وفق ما أفادت لجان المقاومة.") when no
                # verb of saying before the figure named who gave it ("أعلنت وزارة الصحة عن مقتل ثلاثة
                # ... ، أسفر أيضا عن جرح سبعة إسرائيليين، بحسب الجيش": the army gives the seven)
                if i <= pos + reach or party is None:
                    return party
                if not self._closes(party):
                    return None
                said = self._verb_before(pos) if any(self._role(k) in ("verb", "relay") for k in range(pos)) else None
                # (but an agency's verb only carried it: "أفادت وكالة الأنباء الفرنسية أن ...، حسبما أعلنت الوزارة")
                return party if said is None or self.medium(said) else None
            if role in ("verb", "relay") and i + 1 < len(self._toks):
                # "قتل 5 أشخاص في الهجوم، قالت الشرطة.": a verb after a comma that closes the
                # sentence with its subject attributes what comes before; any other verb of saying
                # starts a new claim
                if role == "verb" and self._forms[i - 1][0] in ("،", ","):
                    party = self._name_after(i + 1)
                    if party is not None and self._closes(party):
                        return party
                return None
        return None

    def _verb_before(self, pos: int) -> dict[str, Any] | None:
        for i in range(pos - 1, -1, -1):
            role = self._role(i)
            if role == "impersonal":
                nxt = self._forms[i + 1][0] if i + 1 < len(self._forms) else ""
                if nxt in ("ان", "بان", "الي"):
                    return None  # "يذكر أن حرائق الغابات أسفرت عن مقتل 114": the outlet's words
                continue  # "يشارك فيها": another word
            if role not in ("verb", "relay", "participle"):
                continue
            if self._negated(i) or self._we_said(i) or self._declares(i, pos):
                continue
            if (
                i > 0
                and self._role(i - 1) == "end"
                and self._forms[i - 1][0] in _RELATIVES
                and i + 1 < len(self._forms)
                and self._forms[i + 1][0] in ("عنه", "عنها", "عنهم", "به", "بها")
            ):
                continue  # "الهدنة التي أعلنت عنها روسيا": the clause tells of the noun before, not the figure
            if role == "participle":
                return self._earlier(i) or self.last
            if role == "relay":
                j = self._relay_from(i, pos)
                if j is not None:
                    return self._name_after(j + 1)
                continue  # "طائرة نقل"، "نقلت سيارات الإسعاف 4 جثث": no relay without عن
            if (
                i > 0
                and self._forms[i - 1][0] in _RELATIVES
                and self._name_after(i + 1) is None
            ):
                continue  # "المهاجرين الذين كتبت لهم النجاة": a relative clause of no speaker
            if self._outside(i, pos):
                return None
            k = i + 1
            if k < len(self._forms) and self._forms[k][0] in ("عنه", "عنها", "به", "بها"):
                k += 1  # "أعلن عنه مسؤول"، "ما أفادت به قناة"
            if k < len(self._toks) and self._li(k) and self._toks[i].start not in self.cue_starts:
                continue  # "انتحاري تابع لتنظيم داعش": with لـ after it and no report made, no verb of saying
            # "وعدد القتلى يقدر بالعشرات": a number after the verb is what was estimated, not who
            counted = k < len(self._toks) and self._in_number(self._toks[k].end - 1)
            # "أفاد بحدوث 70 حالة": a word with ب right after the verb is its complement, not who
            complement = k < len(self._toks) and self._toks[k].prefix_len > 0 and self.doc.text[self._toks[k].start] == "ب"
            party = self._subject_before(i) or (None if counted or complement else self._name_after(k))
            return party or self._cue_speaker(i) or self._mention_before(i) or self.last
        return None

    def _act(self, k: int) -> bool:
        """Token ``k`` names an act (figures units kind event: غارة، الهجوم، القصف), with ل or the
        article, not a party."""
        if k >= len(self._forms):
            return False
        hit = lookup("units", self._forms, k)
        return bool(hit) and hit[0][0] == "event"

    def _declares(self, i: int, pos: int) -> bool:
        """The verb at ``i`` declares an act ("وأعلنت تركيا حالة الطوارئ"، "أعلنت الحكومة الحداد"):
        a noun of declaring (statements adjuncts, kind declared) follows it within a few words."""
        declared = adjuncts().get("declared", frozenset())
        for k in range(i + 1, min(pos, i + 5, len(self._forms))):
            if self._role(k) == "end" or not self._toks[k].is_word:
                return False  # "أعلنت الوزارة أن حالة 5 منهم خطيرة": what it reported
            if any(f in declared for f in self._forms[k]):
                return True
        return False

    def _we_said(self, i: int) -> bool:
        """The verb at ``i`` opens the words after a colon or a quotation mark in the first person
        ("المتحدث باسم الحكومة: أبلغنا عائلات 392 ..."، 'وقال: "أعلنا ..."'): who says "we" is the one
        whose words they are, not a name after the verb."""
        t = self._toks[i]
        word = strip_diacritics(self.doc.text[t.start : t.end])
        if i == 0 or not word.endswith("نا") or len(word) < 5:
            return False
        prev = self._toks[i - 1]
        return self.doc.text[prev.start : prev.end] in _QUOTES | {":"}

    def _outside(self, i: int, pos: int) -> bool:
        """The number is not in what the verb at ``i`` reports: it sits in a relative clause of the
        speaker ("وقال أقارب نزلاء في مركز الذي يحتجز به المئات إنهم ..."), before the content of the
        statement that verb opens, or past it."""
        for k in range(i + 1, pos):
            role = self._role(k)
            if role == "end" and self._forms[k][0] in _RELATIVES:
                return not any(
                    self._role(m) == "end" and self._forms[m][0] not in _RELATIVES
                    for m in range(k + 1, pos)
                )
            if role == "end":
                break  # "أكد ماتيس أن ...، وذلك بعد يوم من الهجمات التي أدت": a relative in the content
        t = self._toks[i]
        at = self._toks[pos].start if pos < len(self._toks) else t.end
        for s in self.statements:
            cue = s.get("cue_span") or {}
            if cue.get("start", -1) <= t.start < cue.get("end", -1):
                party = party_of_statement(s)
                if party is None or not self.plausible(party):
                    return False
                cs = s["content_span"]
                if at < cs["start"] and (party.get("span") or {}).get("end", at + 1) <= at and _opens_words(s):
                    return True  # 'وقال في مؤتمر عقده بعد المواجهات التي أسفرت عن مقتل 52: "..."': the setting
                # trust the content's end only where it starts between the verb and the number
                return t.end <= cs["start"] <= at and cs["end"] <= at and not self._goes_on(cs["end"], pos)
        return False

    def _goes_on(self, end: int, pos: int) -> bool:
        """The report goes on past its content's end ``end`` into a "while" clause that holds the
        number at ``pos`` and no attribution of its own ("إن 14 ألفا قتلوا، فيما أصيب 33 ألفا")."""
        first = next((k for k in range(pos) if self._toks[k].start >= end and self._toks[k].is_word), None)
        if first is None or not any(f in _while_words() for f in self._forms[first]):
            return False
        return not any(self._role(k) in ("verb", "phrase", "relay", "participle") for k in range(first, pos))
        return False

    def _phrase_before(self, pos: int) -> dict[str, Any] | None:
        """ "وبحسب المرصد، قتل 5": a phrase that opens the sentence or a clause after a comma; one
        in mid-clause attributes what comes before it ("ضربت هزة ... وفق المركز ... بعد زلزال أوقع")."""
        for i in range(pos - 1, -1, -1):
            if self._role(i) == "phrase":
                opens = i == 0 or self._forms[i - 1][0] in ("و", "،", ",") or not self._toks[i - 1].is_word
                party = self._name_after(i + self._attr[i][1], phrase=True)
                return party if opens or self._right_before(party, pos) else None
        return None

    def _right_before(self, party: dict[str, Any] | None, pos: int) -> bool:
        """Only punctuation, or one casualty word, stands between the party's name and token ``pos``: a
        phrase set between a verb and its number ("التي قتل فيها، حسب مصادر طبية، 374 شخصا"، "وتسببت
        الغارات وفق المرصد بمقتل عنصر")."""
        if party is None or pos >= len(self._toks):
            return False
        end, start = party["span"]["end"], self._toks[pos].start
        between = [k for k, t in enumerate(self._toks) if end <= t.start < start and t.is_word]
        # only punctuation, or the figure's own casualty word: "وتسببت الغارات وفق المرصد "بمقتل عنصر"
        words = [k for k in between if self._forms[k][0] not in ("عن", "الي")]  # "وفق الوكالة عن مقتل"
        return end <= start and len(words) <= 1 and all(lookup("outcomes", self._forms, k) for k in words)

    def _lead(self, pos: int) -> dict[str, Any] | None:
        """ "الرئيس الروسي، فلاديمير بوتين، الخميس، أن ...": a lead whose verb was lost."""
        if not self._toks or not self._forms[0][0].lstrip("و").startswith("ال") or not self._toks[0].prefix_len:
            return None  # (an article split off: not "إلا أن")
        for i in range(min(pos, 14)):
            role = self._role(i)
            if role == "end" and self._forms[i][0] in ("ان", "بان"):
                if i > 0 and self._forms[i - 1][0] in adjuncts().get("conjunction_an", frozenset()):
                    return None  # "والعلاقات مقطوعة منذ أن خاض البلدان نزاعا": a conjunction, no lost verb
                return self._name_after(0) if i > 0 else None
            if role in ("verb", "relay", "phrase") or lookup("outcomes", self._forms, i):
                return None
        return None

    def _headline_line(self, sent: Sentence) -> bool:
        """The sentence is a line of its own with no stop at its end: a headline in the body."""
        text = self.doc.text
        before = text[: sent.start].rstrip(" \t")
        after = text[sent.end :].lstrip(" \t")
        last = text[sent.start : sent.end].rstrip()[-1:]
        return (not before or before.endswith("\n")) and (not after or after.startswith("\n")) and last not in ".!؟?"

    def _title_label(self, sent: Sentence, pos: int) -> dict[str, Any] | None:
        """ "الصحة في غزة: 3 قتلى برصاص الاحتلال": a title's label before a colon names the source when
        it names a person, an organization or a speaking body ("speaker" words, a medium: "الإذاعة
        الإسرائيلية: ..."); a place label ("سوريا: ...") does not.
        So does the label of a headline line in the body, a line of its own with no final stop (a
        linked story: "الأمم المتحدة: الصراع في اليمن خلف عشرة آلاف قتيل")."""
        if not sent.in_title and not self._headline_line(sent):
            return None
        first = 0  # "عاجل | الصحة: ..."، "بالفيديو: الدفاع المدني: ...": a kicker and its mark come first
        while first < len(self._toks) and (
            self._role(first) == "kicker"
            or not self._toks[first].is_word
            and first < 4
            and (first or self.doc.text[self._toks[0].start : self._toks[0].end] == "#")  # "#عاجل | ..."
        ):
            first += 1
        colon = next((i for i in range(first, len(self._toks)) if self.doc.text[self._toks[i].start : self._toks[i].end] == ":"), None)
        if colon is None or not first < colon <= first + 5 or colon > pos:
            return None
        start, end = self._toks[first].start, self._toks[colon - 1].end
        mentions = [m for m in self.doc.layers.get("mentions") or [] if start <= m["start"] < end]
        person = any(m.get("type") in ("PER", "ORG") for m in mentions)  # a person or a body, not a place
        speaker = any(self._role(k) in ("speaker", "body") for k in range(first, colon))
        return self._party(first, colon) if person or speaker else None

    def _earlier(self, i: int) -> dict[str, Any] | None:
        for k in range(i - 1, -1, -1):
            role = self._role(k)
            if role == "phrase":
                return self._name_after(k + self._attr[k][1], phrase=True)
            if role in ("verb", "relay"):
                return self._verb_before(k + 1)
        return None

    def _cue_speaker(self, i: int) -> dict[str, Any] | None:
        """The speaker the statements layer found for the reporting verb at token ``i`` ("أن التحالف
        الذي تقوده السعودية في اليمن، أعلن": the coalition, not the last name before the verb)."""
        at = self._toks[i].start
        for st in self.statements:
            if (st.get("cue_span") or {}).get("start") == at and st.get("speaker"):
                return party_of_statement(st)
        return None

    def _mention_before(self, i: int) -> dict[str, Any] | None:
        """ "لم تكشف أذربيجان عن خسائرها لكنها قالت إن ...": a verb with no subject of its own speaks
        for the nearest name before it in its sentence."""
        start, end = self._toks[0].start, self._toks[i].start
        found = [m for m in self.doc.layers.get("mentions") or [] if start <= m["start"] and m["end"] <= end]
        if not found:
            return None
        m = max(found, key=lambda m: m["start"])
        a = next(k for k, t in enumerate(self._toks) if t.end > m["start"])
        b = next((k for k, t in enumerate(self._toks) if t.end >= m["end"]), a)
        return self._party(a, b + 1)

    def _negated(self, i: int) -> bool:
        return any(self._forms[k][0] in ("لم", "لن", "ولم") for k in range(max(0, i - 2), i))

    def _subject_before(self, i: int) -> dict[str, Any] | None:
        """ "وكانت منظمة حظر الأسلحة أكدت": the subject between كان and the verb."""
        k = 0
        while k < i and self._forms[k][0] in ("و", "وكانت", "وكان", "كانت", "كان", "ف"):
            k += 1
        if k == 0 or k >= i:
            return None
        end = i - 1 if self._forms[i - 1][0] == "قد" else i
        if any(self._forms[m][0] in adjuncts().get("conjunction", frozenset()) for m in range(k, end)):
            return None  # "وكانت الصدمة الثانية حين أعلن عن توقيف": the verb is a clause's of its own
        return self._party(k, end) if end > k else None

    # -- names -----------------------------------------------------------------------------

    def _name_after(self, k: int, *, phrase: bool = False) -> dict[str, Any] | None:
        toks, n = self._toks, len(self._toks)
        # "بحسب ما أعلنت"، 'بحسب "الجيش"'; after a verb a quote opens its words: 'وقال "عثرنا ..."'
        after_ma = False
        while k < n and (
            phrase
            and (
                self.doc.text[toks[k].start : toks[k].end] in _QUOTES
                # a clitic written apart with a tatweel before a quoted name ("وفقاً للـ”بنتاغون”")
                or self._forms[k][0] in lexicon.words("repair_tatweel_clitics")
            )
            or self._forms[k][0] in ("ما", "لما")
        ):
            after_ma = after_ma or self._forms[k][0] in ("ما", "لما")
            k += 1
        ma = after_ma or (k > 0 and self._forms[k - 1][0].endswith("ما"))  # حسبما، وفقا لما
        aux = adjuncts().get("aux", frozenset())
        while phrase and ma and k < n and self._forms[k][0] in aux:
            k += 1  # "حسبما كانت قد أعلنت النيابة العامة": كان and قد before the verb
        raw = self._raw[k] if ma and k < n and not self._definite(k) else None
        if ma and k < n and raw is None and self._forms[k][0].endswith("ه") and len(self._forms[k][0]) > 3:
            raw = lookup("attribution", [(self._forms[k][0][:-1],)], 0)  # "بحسب ما قاله الاتحاد": قال with its pronoun
        learn = ma and k < n and self._role(k) == "learn"  # وفق ما علمت فرانس برس من مصادر
        if phrase and ma and k + 1 < n and self._role(k) == "contained" and self._forms[k + 1][0] == "في":
            k += 2  # "حسبما جاء في بيان للشرطة": the source is the text it was written in
        relays = False  # "بحسب ما نقلت وكالة أسوشيتد برس عن وسائل إعلام إيرانية": who was relayed
        if (
            phrase
            and k < n
            and (self._role(k) in ("verb", "relay") or raw and raw[0][0] in ("verb", "relay") or learn)
        ):
            relays = self._role(k) == "relay" or bool(raw and raw[0][0] == "relay")
            k += 1  # "بحسب ما أعلنت البحرية"
            if k < n and self._forms[k][0] in ("عنه", "عنها", "به", "بها"):
                k += 1  # "وفق ما أعلن عنه مسؤول محلي"، "بحسب ما أفادت به قناة"
            if learn:  # "وفق ما علم الثلاثاء من مصادر محلية": who told is after من
                m = next((x for x in range(k, min(n, k + 6)) if self._forms[x][0] == "من"), None)
                if m is not None:
                    k = m + 1
        if k < n and self._forms[k][0] in adjuncts().get("in_it", frozenset()):
            # "أعلنت فيه وزارة الصحة": the subject after "in it"; "أصدر النائب العام بيانا أكد فيه خلو":
            # the verb's pronoun speaks, not what follows
            k += 1
            if k >= n or not (self._definite(k) or self._named_at(toks[k].start) or self._title(k)):
                return None
        if k < n and toks[k].is_word and self._forms[k][0] in adjuncts().get("not_speaker", frozenset()):
            return None  # "الذين كتبت لهم النجاة": a pronoun on a preposition names no one
        if not phrase and k < n and self._role(k) == "object_prep":
            return None  # "حين أعلن عن توقيف الضابطة": the verb's object, its subject unnamed
        if not phrase and k < n and self._forms[k][0] in PREPOSITIONS:
            return None  # "أعلن في الساعات الأولى من يوم الاثنين، أن": a time, no name (its subject came before)
        start = k
        last = None
        closed = -1  # the closing quote of a quoted name inside the name
        if k + 1 < n and any(v in _latest() for v in self._forms[k]) and self._role(k + 1) == "toll":
            start = k = k + 1  # "وفقا لآخر حصيلة نشرها"، "بحسب أحدث حصيلة": the latest toll
        toll = self._role(k) == "toll"
        while k < n and k - start < MAX_NAME:
            t = toks[k]
            surface = self.doc.text[t.start : t.end]
            role = self._role(k)
            if (
                last is not None
                and k == last + 1
                and (surface in _QUOTES or surface == "(")
                and any(v in org_heads()[0] for v in self._forms[last])
                and not self._definite(last)  # a head in construct: not 'وفق المرصد "بمقتل مقاتل"'
                and (close := self._quoted(k))
            ):
                last, k, closed = close - 1, close + 1, close  # 'منظمة "أطباء بلا حدود"': a quoted name
                continue
            glued = k + 1 < n and toks[k + 1].is_word and toks[k + 1].start == t.end
            if (
                surface == "#" and glued and last is not None and not self._definite(last)
                or surface == "_" and glued and last == k - 1 and toks[last].end == t.start
            ):
                # "وفق ما أعلنت وزارة #الصحة_الفلسطينية": a hashtag completes a head in construct
                # (not "أعلن الجيش الإسرائيلي #عاجل"), its words joined by "_"
                k += 1
                continue
            if not t.is_word or role in ("end", "verb", "relay", "phrase", "participle", "via"):
                break
            if relays and last is not None and self._forms[k][0] == "عن":
                start, last, relays = k + 1, None, False  # the relay's channel ends; who it relays speaks
                k += 1
                continue
            if last is not None and self._dated(t.start):
                break  # "ذكرت وكالة رويترز في نوفمبر": a date ends the name
            out = lookup("outcomes", self._forms, k)
            # "أعلن الجيش مقتل" ends the name; "هيئة الأسرى"، "نادي الأسير" are names
            # "محامي الضحية"، "والد القتيل": a title's victim is named by it; so are the kin's
            # ("نشطاء وأقارب سجناء": cue role kin)
            # "وكالة اللاجئين الأممية"، "مفوضية اللاجئين": a body's head in construct names whom it serves
            head = k > start and any(v in org_heads()[0] for v in self._forms[k - 1]) and not self._definite(k - 1)
            body = k > start and (self._role(k - 1) == "body" or self._title(k - 1) or self._kin(k - 1) or head)
            if (
                out
                and not (body and out[0][1] in ("person", "sg"))
                or self._in_number(t.start)
                or self._cue_break(k)
            ):
                break
            if (
                last is not None
                and k == last + 1
                and (self._definite(last) or self._named_at(toks[last].start))
                and not self._title(last)  # (الناشط عماد إرقيعة: a name after a title)
                and not self._definite(k)
                and not t.prefix_len
                and role != "emphasis"  # (المصدر ذاته)
                and self._forms[k][0] not in _name_links()  # (نقلت الوكالة عن مصادر طبية، المبعوث لدى الأمم المتحدة)
                and not self._named_at(t.start)
            ):
                if last == start and self._role(last) == "toll":
                    start, last = k, k  # "وأكد الحصيلة مصدر أمني آخر": the toll is the object, the source after it
                    k += 1
                    continue
                # "حسب النقابة ظروف اختطاف"، "أعلنت روسيا اتخاذ إجراءات"، "القوات التركية سيطرتها": an
                # indefinite or possessed word after a definite or named one goes on with the clause
                break
            if role != "skip":
                last = k
            elif last is None:
                start = k + 1
            if surface in _QUOTES:
                break
            k += 1
        while last is not None and last > start and self._forms[last][0] in _name_links():
            last -= 1  # (وكالة رويترز في نوفمبر: no preposition ends a name)
        if toll and k < n and self._role(k) in ("verb", "relay"):
            k += 1
            while k < n and self.doc.text[toks[k].start : toks[k].end] in _QUOTES:
                k += 1  # 'لآخر حصيلة نشرها "صندوق الضمان"'
            return self._name_after(k)  # "وفق حصيلة جديدة أوردها المرصد السوري"
        if last is None or last < start:
            return None
        strip = phrase and k > 0 and self._phrase_word(start) in ("وفقا", "طبقا", "نسبه")
        # "بحسب الموقع الإلكتروني لصحيفة": an adjective may stand between the text and its issuer
        li = start + 2 if start + 2 <= last and not self._li(start + 1) and self._li(start + 2) else start + 1
        if start < last and self._issued(start) and self._li(li):
            start, strip = li, True  # "بحسب بيان للجيش"، "وفق حصيلة لوزارة الصحة": the issuer
        if toll and start < n and self._act(start if strip else start + 1):
            return None  # "وفق آخر حصيلة للغارة"، "بحسب حصيلة الهجوم": the toll of an act names no one
        party = self._party(start, closed + 1 if closed == last + 1 else last + 1, strip_li=strip)
        self.toll = toll
        if party and self._is_outlet(party["name"]):
            return None
        return party

    def _quoted(self, k: int) -> int | None:
        """The closing quote (or bracket: "وكالة (سانا)") of a short quoted name opening at token ``k``
        (at most five words)."""
        closing = {")"} if self.doc.text[self._toks[k].start : self._toks[k].end] == "(" else _QUOTES
        for m in range(k + 1, min(len(self._toks), k + 7)):
            if self.doc.text[self._toks[m].start : self._toks[m].end] in closing:
                return m if m > k + 1 else None
            if not self._toks[m].is_word and not self._forms[m][0].isdigit() or lookup("outcomes", self._forms, m):
                return None
        return None

    def _dated(self, start: int) -> bool:
        """The token that starts at ``start`` lies inside a date of the dates layer."""
        spans = self.doc.__dict__.get("_fs_dates")
        if spans is None:
            spans = [(d["start"], d["end"]) for d in self.doc.layers.get("dates") or [] if isinstance(d, dict) and "start" in d]
            self.doc.__dict__["_fs_dates"] = spans
        return any(a <= start < b for a, b in spans)

    def _title(self, k: int) -> bool:
        """Token ``k`` is a person's title (الرئيس، الناشط، الوزير): a name may follow it."""
        titles = person_titles()
        return any(f in titles or f.removeprefix("ال") in titles for f in self._forms[k])

    def _named_at(self, start: int) -> bool:
        """A tagger or entity mention covers the token that starts at ``start`` ("الرئيس ترامب")."""
        spans = self.doc.__dict__.get("_fs_named")
        if spans is None:
            ms = [m for m in self.doc.layers.get("mentions") or [] if isinstance(m, dict)]
            for e in self.doc.layers.get("entities") or []:
                ms += [m for m in e.get("mentions") or [] if isinstance(m, dict)]
            spans = [(m.get("start", -1), m.get("end", -1)) for m in ms]
            self.doc.__dict__["_fs_named"] = spans
        return any(a <= start < b for a, b in spans)

    def _issued(self, k: int) -> bool:
        """A toll or a text at ``k`` (figures_attribution roles toll, document), with or without its
        article: "حصيلة"، "بيان"، "البيان"، "الموقع"."""
        return self._role(k) in ("toll", "document") or self._forms[k][0].removeprefix("ال") in _issued_words()

    def _li(self, k: int) -> bool:
        """Token ``k`` carries the preposition ل (:func:`~marsad.claims.statements_sentence.carries_li`)."""
        return carries_li(self.doc, self._toks[k])

    def _closes(self, party: dict[str, Any]) -> bool:
        """The party's name ends its sentence."""
        end = party["span"]["end"]
        return all(not t.is_word for t in self._toks if t.start >= end)

    def _phrase_word(self, start: int) -> str:
        """The reporting phrase word just before ``start`` ("وفقا" in "وفقا لوزارة")."""
        j = start - 1
        while j >= 0 and self._forms[j][0] in ("ما", "لما"):
            j -= 1
        f = self._forms[j][0] if j >= 0 else ""
        return f[1:] if f.startswith("ووفق") or f.startswith("وطبق") else f

    def _kin(self, k: int) -> bool:
        """Token ``k`` names relatives of the harmed (cue role kin: أقارب، أهالي، ذوي)."""
        hit = lookup("cues", self._forms, k)
        return bool(hit and hit[0][0] == "kin")

    def _cue_break(self, k: int) -> bool:
        """ "أعلنت الوزارة ارتفاع عدد القتلى": a toll word ends the name; so does a verb of reaching
        ("حسب مدير المرصد ليرتفع بذلك عدد القتلى")."""
        hit = lookup("cues", self._forms, k)
        if self._toks[k].start in self.cue_starts:
            return True
        return bool(hit and hit[0][0] in ("total", "total_far", "negation", "breakdown", "also", "since", "rise", "reach"))

    def _in_number(self, offset: int) -> bool:
        i = bisect.bisect_right(self.numbers, (offset, 10**9)) - 1
        return i >= 0 and self.numbers[i][0] <= offset < self.numbers[i][1]

    def verb_subject(self, sent: Sentence, offset: int) -> dict[str, Any] | None:
        """The subject of the reporting verb before ``offset`` in its sentence, if any."""
        self._load(sent)
        pos = next((i for i, t in enumerate(self._toks) if t.end > offset), len(self._toks))
        return self._verb_before(pos)

    def medium(self, party: dict[str, Any]) -> bool:
        """Whether ``party`` is a news outlet or names a medium by its head (entities_org_heads column
        media: وكالة، صحيفة، قناة): "وكالة وفا للأنباء"."""
        name = party.get("name") or ""
        words = normalize(name).split()
        return self._is_outlet(name) or bool(words and words[0].removeprefix("ال") in org_heads()[1])

    def _is_outlet(self, name: str) -> bool:
        return outlet_name(name)

    def _party(self, a: int, b: int, *, strip_li: bool = False) -> dict[str, Any] | None:
        toks = self._toks
        start, end = toks[a].start, toks[b - 1].end
        text = self.doc.text[start:end]
        if strip_li:
            if text.startswith("لل"):
                text, start = "ال" + text[2:], start + 1
            elif text.startswith("ل") and len(text) > 3:
                text, start = text[1:], start + 1
        text = text.strip(" ،,").lstrip('"«»')
        if text.count('"') % 2 or text.count("«") != text.count("»"):
            text = text.rstrip('"«»')  # a quote left open; 'منظمة "أطباء بلا حدود"' keeps both
        if "#" in text:
            text = " ".join(unhash(text).split())  # "وزارة #الصحة_الفلسطينية"
        if not text:
            return None
        entity = self._entity(toks[a].start, end)
        names = [text]
        if entity is None and (entity := head_back(self.doc, text, start)) is not None:
            text = entity["name"]  # "وقال المرصد" after "المرصد السوري لحقوق الإنسان": that body, in full
            names = [text] + names
        if entity:
            names += [nm for nm in entity.get("names") or [entity.get("name")] if nm and nm not in names]
        return {
            "name": text,
            "entity": entity.get("id") if entity else None,
            "names": names,
            "span": self.doc.span(start, end),
        }

    def _entity(self, start: int, end: int) -> dict[str, Any] | None:
        for e in self.entities:
            for m in e.get("mentions") or []:
                if start <= m.get("start", -1) and m.get("end", 10**9) <= end:
                    return e
        return None


def _opens_words(st: dict[str, Any]) -> bool:
    """The statement's content is words quoted or opens with إن/أن: what was said, not an object noun."""
    words = (st.get("content") or "").split(maxsplit=1)
    return st.get("kind") == "direct" or bool(words) and normalize(words[0]) in COMPLEMENTIZERS


@cache
def _anaphors() -> frozenset[str]:
    return frozenset(normalize(r[0]) for r in lexicon.table("figures_attribution") if r[1:2] == ("anaphor",))


def anaphor_name(name: str) -> bool:
    """Whether ``name`` only points back to a source named before (lexicon figures_attribution, role
    anaphor): ``المصدر``، ``البيان``."""
    return normalize(name) in _anaphors()


def outlet_name(name: str) -> bool:
    """Whether ``name`` is a news outlet's, whole (lexicon figures_attribution, role outlet):
    ``وكالة فرانس برس``، ``رويترز``."""
    words = normalize(name).split()
    hit = lookup("attribution", [(w,) for w in words], 0)
    return bool(words and hit and hit[0][0] == "outlet" and hit[1] == len(words))


def party_of_statement(st: dict[str, Any]) -> dict[str, Any] | None:
    """The speaker of a statement as a party (a copy), or None."""
    sp = st.get("speaker")
    if not sp or not sp.get("name"):
        return None
    return {
        "name": sp["name"],
        "entity": sp.get("entity"),
        "names": list(sp.get("names") or [sp["name"]]),
        **({"span": sp["span"]} if sp.get("span") else {}),
    }


@cache
def _while_words() -> frozenset[str]:
    """Words that open a clause of the same report ("فيما"، "بينما"; role "while" of the lexicon)."""
    return frozenset(normalize(row[0]) for row in lexicon.table("figures_attribution") if row[1] == "while")


@cache
def _name_links() -> frozenset[str]:
    """Prepositions (figures_prepositions.tsv and the statements' prep adjuncts): inside a source
    name they link its words ("المبعوث لدى الأمم المتحدة"، "الوكالة عن مصادر"); none ends one."""
    return frozenset(normalize(row[0]) for row in lexicon.table("figures_prepositions")) | adjuncts().get(
        "prep", frozenset()
    )


@cache
def _issued_words() -> frozenset[str]:
    """Tolls and texts that their issuer is joined to by ل (figures_attribution roles toll, document)."""
    rows = lexicon.table("figures_attribution")
    return frozenset(normalize(r[0]).removeprefix("ال") for r in rows if r[1] in ("toll", "document"))


@cache
def _latest() -> frozenset[str]:
    """Words of "the latest" before a toll (figures_attribution role latest: آخر، أحدث), normalized."""
    return frozenset(normalize(r[0]) for r in lexicon.table("figures_attribution") if r[1:2] == ("latest",))


def _body_word(forms: tuple[str, ...]) -> bool:
    """Whether a word is the head of a body (attribution role ``body``: هيئة، شؤون، مفوضية), whose
    people after it name it: ``هيئة شؤون الأسرى``، ``مفوضية الأمم المتحدة السامية لشؤون اللاجئين``."""
    hit = lookup("attribution", [forms], 0)
    return bool(hit) and hit[0][0] == "body"


def _staff_in(forms: list[tuple[str, ...]], i: int) -> bool:
    """The thing at ``i`` is where a person named before it works: after a preposition of place
    (lexicon figures_prepositions: "مصدر طبي في مستشفى رفاعة"، "مسؤول داخل مقر الأمم المتحدة"), not
    what befell someone ("تحطم طائرة")."""
    return i >= 2 and forms[i - 1][0] in PREPOSITIONS

"""The sentence view the casualty-figure readers share: a figure being built, a sentence's tokens
with their lexicon tags, and small helpers over them (:mod:`marsad.claims.figures`).

>>> from marsad.pipeline import process
>>> doc = process("قتل 12 مدنيا", upto="statements")
>>> st = Sent(doc, doc.sentences[0], 0, len(doc.tokens))
>>> [bool(hit) for hit in st.out]
[True, False, False]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from marsad import lexicon
from marsad.claims.figures_words import lookup, sentence_tags
from marsad.claims.statements_lexicon import nationalities
from marsad.doc import Doc, Sentence
from marsad.text.normalize import normalize

COUNT_KINDS = ("count", "vague")
LEXICONS_READ = ("outcomes", "victims", "cues", "units")
QUOTES = set("\"«»“”'()")
CLAUSE_END = set("،,.:;؛!?؟")
#: the words that name a toll ("بلغ عدد القتلى"، "ارتفعت الحصيلة"، "ليصل الإجمالي")
TOLL_WORDS = frozenset({"عدد", "اعداد", "تعداد", "حصيله", "اجمالي", "الحصيله", "الاجمالي"})
#: cue roles of a qualifier written right before its number ("نحو"، "أكثر من"، "أقل من")
NUMBER_QUALIFIERS = ("approximate", "at_least", "at_most")
#: cue roles after which the doers of a harm are named ("برصاص"، "على يد"), not its victims
AGENT_ROLES = ("agent", "hand")
#: cue roles that show a casualty verb has no subject of its own before a far number
ADJUNCT_ROLES = (*AGENT_ROLES, "verb_adjunct", "since")
#: pronoun suffixes of a possessed noun ("وظائفهم"، "مزارعهم"), normalized
PRONOUN_SUFFIXES = ("هم", "ها", "هن")


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
    another: bool = False  # said to be one more of its kind ("قيادي آخر"، "3 آخرين")
    body: str = ""  # the body its source speaks from ("مسؤول في المركز ..." → "المركز ...")
    bare: bool = False  # unattributed, in a sentence with no word of attribution
    person: bool = False  # names its people by a neutral noun ("5 أشخاص"، "شخص آخر")
    some: bool = False  # a part singled out by من with a pronoun ("ثلاثة منهم"): not all are alike
    singular: bool = False  # read from a singular or dual noun, not a number
    feminine: bool | None = None  # a single person named by a feminine noun (امرأة), a masculine one (رجل)
    nation: str = ""  # the nationality adjective after a single person's noun (جندي إسرائيلي → اسرائيلي)
    cues_after: tuple[str | None, ...] = ()  # the cue roles of the words right after the figure
    pointed: bool = False  # its number takes the article ("المصابين الـ 220"): a figure told before
    vague: bool = False  # its number is a word of many ("عشرات"، "المئات"), not a size


#: verbs read only before their people (lexicon senses people, near): with the article, nouns
_BEFORE_PEOPLE = (("verb", "people"), ("verb", "near"))
_NEAR = ("verb", "near")
#: pronouns of a third person after a word (أسرهم، أسرته): whose it is, or whom a verb was done to
_HIS_THEIR = frozenset(("ه", "ها", "هم", "هن", "هما"))
#: how many tokens after a word of falling (سقط) a casualty word says how the people fell
FELL_WINDOW = 10


class Sent:
    """The tokens of one sentence and the lexicon tags on them."""

    def __init__(self, doc: Doc, sent: Sentence, lo: int, hi: int) -> None:
        self.sent = sent
        self.toks = doc.tokens[lo:hi]
        self.forms, (self.out, self.vic, self.cue, self.unit) = sentence_tags(doc, sent.index, LEXICONS_READ)
        self.surf = [doc.text[t.start : t.end] for t in self.toks]
        self.roles = [hit[0][0] if hit else None for hit in self.cue]
        self.numbers: dict[int, tuple[int, dict[str, Any]]] = {}  # first token → (end token, item)
        self.in_number: set[int] = set()
        self.in_date: set[int] = set()  # words of a date ("السابع من أكتوبر")
        self.used: set[int] = set()  # casualty words that belong to a figure
        self.in_cue: set[int] = set()  # words inside a cue phrase ("ما لا يقل عن")
        # a military craft or base named here (or in the title): its passengers are not civilians
        self.military_craft = "military_craft" in self.roles
        # a ramming, a stabbing, a train or road crash named here: its people are civilians
        self.civilian_scene = "civilian_scene" in self.roles
        for i, hit in enumerate(self.cue):
            if hit and hit[1] > 1:
                self.in_cue.update(range(i, i + hit[1]))
        for i, hit in enumerate(self.out):
            after_count = i > 0 and bool(self.unit[i - 1] or self.out[i - 1])
            # ("إلى أسرهم الخمسة"، "23 دبلوماسيا وأسرهم": with a pronoun of its own a word read right
            # before its number is the families, or a verb whose people are that pronoun: none after it
            # are its people; "فأصابهم بجروح" still reads the people before it)
            tok = self.toks[i]
            own_pronoun = doc.text[tok.stem_end : tok.end] in _HIS_THEIR
            if (
                hit
                and hit[1] == 1
                and hit[0][1:] in _BEFORE_PEOPLE
                and ((own_pronoun and hit[0][1:] == _NEAR) or _noun_form(self.forms[i][0], after_count))
            ):
                # "أمام السجن العشرات"، "مئات الأسر"، "6 أعوام سجنا لزوجين": a verb read only before
                # its people (سجن، أسر) is, with the article or the accusative alif after a count, a
                # noun (the prison, the families, a prison term); a verb that is its own verbal noun
                # still reads its people before it ("81 راكبا للخطف")
                self.out = [*self.out[:i], None, *self.out[i + 1 :]]
        for i in range(1, len(self.toks)):
            if self.roles[i - 1] == "rank_of" and self.vic[i]:
                self.vic = [*self.vic[:i], None, *self.vic[i + 1 :]]  # "ضباط برتبة عميد": a rank, no one
        self.drop_fell()

    def drop_fell(self) -> None:
        """A word of falling (سقط، sense "fell") is a casualty word only where no other casualty word
        follows it in its clause: "سقوط 30 جريحا" and "سقط 14 مسلحا بين قتيل وجريح" say how they fell
        ("سقوط 26 مقاتلا" says they were killed); nor where they fell to the ground (cue role ground),
        nor where what fell is a fighter jet (cue role jet: "سقوط مقاتلة إسرائيلية")."""
        n = len(self.toks)
        for k in range(n):
            if not (self.out[k] and self.out[k][0][2:3] == ("fell",)):
                continue
            # ("وسقط أحدهم، وكان يبدو غير مسلح، على الأرض": a fall)
            ground = any(self.roles[m] == "ground" for m in range(k + 1, min(n, k + 1 + FELL_WINDOW)))
            ground = ground or k + 1 < n and self.roles[k + 1] == "jet"  # سقوط مقاتلة إسرائيلية: a crash
            if ground or self._outcome_after(k) or not self.starts_with_wa(k) and self._outcome_before(k):
                self.out = [*self.out[:k], None, *self.out[k + 1 :]]  # (the doc's tags stay as read)

    def _outcome_before(self, k: int) -> bool:
        """A casualty word comes before token ``k`` within :data:`FELL_WINDOW` tokens of its clause
        ("وقتل 300 ألف شخص سقطوا في الحرب": the fall tells the killing again)."""
        for m in range(k - 1, max(-1, k - 1 - FELL_WINDOW), -1):
            if not any(c.isalnum() for c in self.surf[m]):
                return False
            if self.out[m]:
                return True
        return False

    def _outcome_after(self, k: int) -> bool:
        """A casualty word follows token ``k`` within :data:`FELL_WINDOW` tokens of its clause."""
        for m in range(k + 1, min(len(self.toks), k + 1 + FELL_WINDOW)):
            if not any(c.isalnum() for c in self.surf[m]):
                return False  # a new clause: "سقط 26 مقاتلا، أصيب 30"
            if self.out[m]:  # (and "سقوط 26 مقاتلا وإصابة 30": a harm of its own)
                return not self.starts_with_wa(m)
        return False

    def cue_role(self, i: int) -> str | None:
        return self.roles[i] if 0 <= i < len(self.roles) else None

    def starts_with_wa(self, i: int) -> bool:
        """The word carries the conjunction و ("وأصيب"), unlike "وفاة" whose و is its own."""
        f = self.forms[i][0]
        if not f.startswith("و") or len(f) < 3 or f[1:] not in self.forms[i][1:]:
            return False
        return not (self.out[i] and lookup("outcomes", [(f,)], 0))


def place_dates(st: Sent, items: Any) -> None:
    """Mark the words of the sentence's dates, and of a time ago with no count (dates lexicons:
    "قبل" of role ago, then a unit that needs a number: "وقتل قبل أيام 45 مسلحا"), which the
    dates layer leaves unresolved."""
    for d in items:
        st.in_date.update(i for i, t in enumerate(st.toks) if d["start"] <= t.start and t.end <= d["end"])
    ago, units = _vague_ago()
    for i in range(len(st.toks) - 1):
        if st.forms[i][0] in ago and st.forms[i + 1][0] in units:
            st.in_date.update((i, i + 1))


def vague_time_units() -> frozenset[str]:
    """The time units that need a number before them (dates_units count 0: أيام، أسابيع، أشهرا)."""
    return _vague_ago()[1]


@cache
def _vague_ago() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a time ago (قبل) and the time units that need a number (أيام، أسابيع)."""
    ago = frozenset(row[0] for row in lexicon.table("dates_cues") if row[1] == "ago")
    units = frozenset(row[0] for row in lexicon.table("dates_units") if row[2] == "0")
    return ago, units


def place_numbers(st: Sent, items: list[dict[str, Any]]) -> None:
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
        if item.get("kind") == "ordinal" and a > 0 and st.vic[a - 1] and not suffixed(st, a - 1):
            continue  # "توفيت امرأة خامسة"، "المهاجم الخامس": one more person, no number (not "طفلها الثاني")
        st.numbers[a] = (b + 1, item)
        st.in_number.update(range(a, b + 1))


def suffixed(st: Sent, i: int) -> bool:
    """Token ``i`` carries a pronoun suffix the clitic layer split off: a possessor ("طفلها"،
    "أطفالها") or a verb's object ("قتلتهم")."""
    return st.toks[i].stem_end < st.toks[i].end


def prev_word(st: Sent, i: int) -> int:
    j = i - 1
    while j >= 0 and (st.surf[j] in QUOTES or st.surf[j] in CLAUSE_END):
        j -= 1
    return j


def breakdown_between(st: Sent, a: int, b: int) -> bool:
    return any(st.cue_role(i) == "breakdown" for i in range(a, b))


def cue_ending_at(st: Sent, j: int) -> tuple[str | None, int]:
    """The cue (a word or a phrase) that ends at token ``j``, and its first token."""
    for start in range(max(0, j - 3), j + 1):
        hit = lookup("cues", st.forms, start)
        if hit and start + hit[1] - 1 == j:
            return hit[0][0], start
    return None, j


def negated(st: Sent, i: int) -> bool:
    """A negation in the three words before (the word itself, not a clitic reading: بلا حدود), not
    one of a verb of exceeding ("لم يتجاوز عدد القتلى 20": a bound on the toll), nor one with a number
    between that it bounds ("قتل 29 طفلا دون سن 15 وأصيب 48": under fifteen; the 48 were hurt)."""
    return any(
        _surface_negation(st, k)
        and st.cue_role(k + 1) not in ("at_least_verb", "at_least")
        and not any(x in st.in_number for x in range(k + 1, i))
        for k in range(max(0, i - 3), i)
        if k not in st.in_cue
    )


def _surface_negation(st: Sent, k: int) -> bool:
    f = st.forms[k][0]
    f = f[1:] if f[:1] in ("و", "ف") and len(f) > 2 else f
    return f in _negations()


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(normalize(row[0]) for row in lexicon.table("figures_cues") if row[1] == "negation")


def nationality(st: Sent, k: int) -> str:
    """The nationality adjective at ``k``, normalized without its article and feminine ending
    ("إسرائيلي" → "اسرائيلي"، "التايلاندية" → "تايلاندي"); "" where the word is none.

    >>> from marsad.pipeline import process
    >>> doc = process("قتل شرطي أردني", upto="statements")
    >>> st = Sent(doc, doc.sentences[0], 0, len(doc.tokens))
    >>> nationality(st, 2), nationality(st, 1)
    ('اردني', '')
    """
    word = normalize(st.surf[k]).rstrip("\u064b\u064c\u064d").removeprefix("ال")
    word = word[:-1] if word.endswith("ه") else word[:-1] if word.endswith("يا") else word
    return word if word in nationalities() else ""


def definite(st: Sent, j: int) -> bool:
    return st.forms[j][0].startswith(("ال", "وال", "بال", "لل"))


def _noun_form(form: str, after_count: bool) -> bool:
    """A word written with the article, after و، ف، ب or ل ("السجن"، "والسجن"، "للسجن"), or, right
    after a unit or a casualty word (``after_count``), with the alif of the accusative ("6 أعوام
    سجنا"، "قتل طعنا"; not the dual verb "وأصابا 15 شخصا", nor the plural "سجنوا"): a noun, not a
    verb (السجن is the prison; سجن may be "he jailed")."""
    if after_count and form.endswith("ا") and not form.endswith("وا"):
        return True
    return form.startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "وبال"))

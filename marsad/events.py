"""Events: attacks, clashes, arrests, protests, meetings, agreements and disasters an article tells of.

An event is one occurrence the article reports as having happened, happening or planned (see
``shared/spec/events.md``). The stage works in four steps, its Arabic kept in ``lexicon/events_*.tsv``:

1. *Mentions.* Trigger words (``events_triggers.tsv``: قصف، غارة، اشتباكات، اعتقال، مظاهرة، اجتمع،
   هدنة، زلزال…) are found in all their inflected (قصفت، يقصفون، غارتين) and cliticized (والغارات،
   للغارة، اعتقلته) forms; phrases (إطلاق النار، وقف إطلاق النار) win over single words, and a
   verb's phrase may have its subject inside it (أطلق وكلاء إيران صاروخا). Mentions that tell of
   no occurrence are dropped (``events_context.tsv``): appeals, threats, conditions, habits, plans,
   negation, attacks in words (شن هجوما على الصحيفة قائلا), figures of speech (معركة سياسية),
   compounds (مركز احتجاز، طائرة مسيرة), games (يلتقي الفريقان في مباراة الإياب), and bare plurals
   with no place or day (داعيا إلى هجمات); aims (سافر للقاء نظيره: the لـ of purpose, unless
   scheduled), descriptions (الشعب الذي يتظاهر), charges (اتهمت بالقتل), rights (حق التظاهر),
   court terms (طعن أمام المحكمة), standing deals (الانسحاب من الاتفاق), adverbs (احتجاجا على),
   thoughts and fears (فكر في اغتيال، لا نخشى استهداف), likenesses (كمن يطلق النار), tallies (كثير
   من الهجمات), names (حملة "مسيرة من أجل حياتنا"), toys (طائرة ورقية), recalls (استدعت وحدة:
   a summons is a meeting only with an envoy). Some words only refer back to an event already told
   (الحادث، العملية، وقف إطلاق النار، عرفت بـ"تظاهرة المثقفين") and never start one; a raid told
   with an arrest is that arrest (داهمت الشرطة منزلا واعتقلت…); hostages held (احتجز مسلح رهائن)
   are an attack, or the attack of the sentence; a fire set on purpose (زجاجات حارقة) is an attack,
   an explosion of a volcano (انفجار بركان) a disaster. Links to other articles (اقرأ أيضا) tell
   nothing, and a sports report's attacks are a game's. A killing told with على يد names its
   agent (قتل 120 فلسطينيا على يد القوات: an attack; تتلمذ على يد: none); a title tells the past
   in the present (الجيش يقتل شابا، التحالف يدك مواقع); a device found is no blast (عثرت على عبوة
   ناسفة); fighting that lasts is no one clash (المعارك المستمرة منذ أسابيع، أرض المعركة); what
   is done every year is a habit (يزورون السعودية كل سنة); a call is a meeting with a person named
   (اتصل بالرئيس ماكري); ``، و`` + a verb of acting with a subject of its own opens a clause
   (…، وشنت مدفعية التحالف قصفا).
2. *What each mention says*: its clause (cut at ``، فيما``، ``، حيث``…), its day from the dates
   layer (not the day of the report: ``أعلنت الشرطة، السبت، اعتقال``, but the day after the subject of
   a light verb: ``شن سلاح الجو، السبت، غارات``; not the day of a reply: ``قصفت فجر السبت … ردا على
   هجوم``; a day in history with its year: ``في 2 أكتوبر من عام 1187``; a dual trigger with two
   days, ``اتفاقي … 10 و17 أكتوبر``, or told part by part with ordinals, ``هجومين، الأول في المتحف
   والثاني على الشاطئ``, is two events, each part its clause and evidence), its status (a plan before a word of sequence is
   not the act's: ``قررت طرد دبلوماسيين ردا على هجوم``; what a deal says is not a plan: ``الاتفاق
   ينص على أن``) (planned: من المقرر، سيلتقي، على أن;
   denied: نفى … أن), and its parties from the entities layer and the words around: places after
   في/ب/قرب or a place word (منطقة، مخيم…), or, where the tagger found none, a word after them that
   the word counts never see with the article (في أديس أبابا، شمالي حيس), actors (a name before or after a verb, described parties
   such as القوات المسلحة الأرمينية or طائرات تحالف دعم الشرعية, a country from its adjective: قوات
   روسية → روسيا, the subject of a light verb: وشنت تركيا هجمات، عقد مجلس الأمن جلسة، the name after
   برصاص, a speaker whose own forces did it: قال الجيش إن جنوده أطلقوا النار, or who says it did it
   itself: أعلنت الشرطة أنها اعتقلت, the subject of a verb described by its nationality: هاجم شاب
   نمساوي, the subject after كان: وكانت إسرائيل قد قصفت, the subject of the sentence before for a verb
   that opens its own with و and names no one), targets after على/ضد (أطلق النار على فلسطيني)
   or owning what was hit (مواقع للميليشيات), or after a passive verb (اغتيل); speakers (named up
   to ten words after their verb when their words follow: قال نائب المتحدث باسم الوزارة، فلان، إن),
   their nationality, news agencies and outlets (لشبكة CNN) and who underwent the act (تعرض رجل
   للضرب) are no actors; the dateline that opens the body (دبي، الإمارات (CNN) --) is no place. An act going
   on now (تدور حاليا اشتباكات) takes the publication day; another of its kind in a round-up
   (غارات أخرى) the day of the one before, and its actors where it names none.
3. *Merging*: the mentions of one occurrence become one event: the title and the first body mention
   of its type, mentions in one clause, mentions sharing a place, a definite or repeated noun
   (الهجوم، غارة … الغارة), a verb whose subject is such a noun (واستهدفت الغارات), an arrest or a
   protest told again by another verb, a crash narrated by its verb, a verb whose subject names the
   attackers of an act told (أن المهاجمين أطلقوا النار), never two days, two statuses (but a definite
   noun refers back whatever a word before it says: من المتوقع أن تشهد الزيارة صفقات),
   ``ضربة أخرى``, an act in the pluperfect (كانت قد أوقفت) joining by its verb alone or dated to a
   month of its own (وكانت طائرات قد قصفت مطلع حزيران), two named places (those of every word of the
   clause: هجوم الطعن في أمستردام; a continent is too wide to tell), an act dated to an earlier
   month or year beside the news of the day (وفي عام 2002 … حريق), or, for the title's act, an
   earlier day after a word of sequence (يأتي هذا بعد أسبوع على هجوم … يوم الجمعة الماضي). An
   undated verb of a noun's root tells that act again where no other place or hands are named
   (اقتحام المتظاهرين القنصلية … اقتحموا مقرها), an arrest told again takes the report's day
   (أوقفت الشرطة أفرادا … بحسب ما أعلنت الاثنين), and the stops of a trip are the trip (بدأت
   الوزيرة جولة … حيث تزور غانا، جولة الوزيرة).
4. *Output*: the event's evidence (the first body telling: its sentence, or its clause where the
   sentence is long or tells of several events), its mentions, triggers, date, status, parties, the
   statement that reports it and the casualty figures that count its victims; no money unit (دولار)
   is a party, and the force that put down a protest is not who protested.

>>> from marsad.pipeline import process
>>> doc = process("قصفت الطائرات الروسية مواقع في ريف إدلب الخميس.", published="2020-10-22")
>>> [(e["type"], e["trigger"]["text"], e["status"]) for e in doc.layers["events"]]
[('attack', 'قصفت', 'occurred')]
>>> doc = process("ومن المقرر أن يجتمع الوزيران في واشنطن.", published="2020-10-22")
>>> [(e["type"], e["status"]) for e in doc.layers["events"]]
[('meeting', 'planned')]
>>> process("دعا المجلس إلى وقف إطلاق النار.").layers["events"]
[]
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, NamedTuple

from marsad import lexicon
from marsad.claims.statements_lexicon import COMPLEMENTIZERS, OBJECT_SUFFIXES, adjuncts
from marsad.claims.statements_sentence import DASHES
from marsad.doc import Doc, Token
from marsad.events_lexicon import (
    _HEAD_CLASSES,
    _HONORIFIC,
    _NO_PROCLITIC,
    Entry,
    _agencies,
    _bare,
    _border_words,
    _context,
    _demonyms,
    _enclitics,
    _honorifics,
    _name_heads,
    _norm,
    _outlets,
    _parties,
    _peoples,
    _proclitics_by_letter,
    _triggers,
)
from marsad.text.dates import days_between
from marsad.text.normalize import normalize, normalize_map
from marsad.text.vocab import counts as vocab_counts

TYPES = ("attack", "clash", "arrest", "protest", "meeting", "agreement", "disaster")
#: how many words before a trigger an appeal, a threat or a denial reaches
CANCEL_WINDOW = 5
#: how far before a battle noun a verb of launching makes it one side's offensive (أطلقت قوات الجيش
#: اليمني معركة …: its subject stands between)
LAUNCH_REACH = 4
#: how far before a ceasefire a word of reaching it, or after it a word of its coming into force, may stand
REACHED_WINDOW = 3
#: how far before a bare plural أن and a present verb make it acts that may come (أن يشن التنظيم هجمات)
SUBJUNCTIVE_REACH = 5
#: how far before a meeting word a word of striking makes the meeting a target (استهدفت خلالها اجتماعا)
STRUCK_REACH = 3
#: how many words before a word of intent (متعمد، إرهابي) may put it in doubt (استبعدت فرضية العمل الإرهابي)
DOUBT_REACH = 3
#: how many words after a trigger a condition or a speech verb reaches
AFTER_WINDOW = 8
STATUS_WINDOW = 8
#: a clause shorter than this many words is widened to its sentence as evidence
MIN_CLAUSE_WORDS = 6
#: a comma and a present-tense verb open a new clause this many tokens into the last one
LONG_CLAUSE = 8
#: a sentence longer than this many tokens gives the trigger's clause as evidence
LONG_SENTENCE = 30
#: how many tokens a dateline may take at the start of a sentence (دبي، الإمارات العربية (CNN) –)
DATELINE_WORDS = 12
#: parties: how far from the trigger an actor is looked for, in words
ACTOR_WINDOW = 6
#: how far after a verb of putting (أودع، زج) its prison may stand (أودع تسعة نواب من الحزب السجن)
JAIL_REACH = 8
#: how many definite words may describe a person between a verbal noun and the name (تسميم العميل
#: الروسي السابق سيرغي سكريبال)
TITLE_WORDS = 4
#: how far after a verb of calling the person called is named (اتصل بالرئيس الأرجنتيني ماوريسيو ماكري)
CALLEE_REACH = 5
#: how far before a device (عبوة ناسفة) a word of finding or seizing it may stand
SEIZED_REACH = 8
#: how far before على يد a word of killing or wounding makes it name who did it (trigger flag harm)
HARM_REACH = 8
#: how many words before a trigger a speaker's own forces (جنوده، قواتها) may stand as its subject
OWN_REACH = 3
#: how many words of a noun phrase may stand between على/ضد and the name that closes it
TARGET_REACH = 3
#: how far after a verb that needs a count (أسرت) the count may stand, its subject between
NUMBER_REACH = 12
#: how many words before a trigger a word of undergoing (تعرض) reaches, and how far its لـ noun may follow
EXPOSURE_REACH = 10
#: how far before a name its verb of reporting may stand where the reported clause (إن …) follows it
SPEAKER_REACH = 10
#: how far after a dual trigger its first ordinal (الأول), and after that the second, may stand
ORDINAL_REACH = 15
#: how many words before a pronoun of أن (أنها) its verb of reporting may stand, the speaker between
SELF_REACH = 8
#: how many words before a noun trigger a light verb (شن، عقد) may stand, its subject between them
SUPPORT_REACH = 10
#: how many words the subject between a word of كان and its verb may take (وكانت الولايات المتحدة قد)
KANA_REACH = 8
#: how many words (a subject) may stand between a verb and the rest of its phrase
VERB_GAP = 4
#: how many of the latest events a mention is compared with (the title's always)
MERGE_BACK = 60
#: a relative pronoun this many words after a trigger or fewer describes the event itself
RELATIVE_REACH = 2
#: types whose mentions in one article are one occurrence unless place, day or ``أخرى`` say not
#: (اعتقال … إلقاء القبض … توقيفه: one arrest told with three words; مظاهرات … احتجاجات)
SAME_KIND = frozenset({"arrest", "protest"})
#: how far around its trigger a clause reaches, in tokens (a run-on text is no clause)
CLAUSE_REACH = 60
#: how often the article must name its main place (see ``_main_place``)
MAIN_PLACE = 2
#: how far back (in tokens) a definite place word may refer to a named one (المخيم → مخيم الأمعري)
NAMED_BACK = 400
#: this many words of sport in a sentence make its meetings and attacks a game's
SPORT_WORDS = 2
#: how many words around a trigger a month or year may stand to date it (في حادث قطار … في أغسطس)
PERIOD_REACH = 10
#: how many words before a trigger (two after) a word of "now" (حاليا) reaches
NOW_WINDOW = 8
#: this many words of sport in an article (half of them different) make it a sports report
SPORT_ARTICLE = 6
#: how many words at the head of a sentence may turn it to other events (وفي سياق آخر)
TOPIC_WORDS = 4
#: a word after في is a name (a place the tagger missed) when its form with the article is at most
#: this share of its bare form in the word counts (أديس، سوتشي; not وقت، بيان، مقابلة)
NAME_ARTICLE_SHARE = 0.02
#: how many words such a recovered place name may take (أديس أبابا)
NAME_WORDS = 2
#: a word whose stem (its ending off) is seen five times this often with the article, or this often
#: and at least half as often as the word itself, is a common noun (كنيستين، صفحته، تورطه)
COMMON_NOUN = 10
#: a word seen with the article less than this share of the times it is seen bare is no noun (a verb)
VERB_SHARE = 0.2
#: how far after a verb of summoning (استدعت) the envoy summoned may stand (استدعت #إسرائيل سفراء)
SUMMON_REACH = 4
#: how far before للتشاور an envoy recalled home may stand (استدعت سفراءها في رومانيا والتشيك … للتشاور)
RECALL_REACH = 12
#: how far before a verb its word of "when" may stand (عندما اعترض مسلحون على متن دراجة نارية مركبتهم وفتحوا)
WHEN_REACH = 12
#: how many words the doer of a killing may take before whom it killed (قتلت القوات الإسرائيلية 62)
KILLER_REACH = 6
#: how many words after a verb of destroying the arms it destroyed may stand, a day not counted (دمرت الغارات الجوية عددا من الآليات)
MATERIEL_REACH = 8
#: how far past a verb's subject the place it took may stand (استعادت القوات الحكومية اليمنية مدينة الخوخة)
LOC_REACH = 6
#: how many words before a trigger a word of naming (عرفت بـ، المعروف باسم) reaches
NAMING_REACH = 5
#: how many words around a verb of holding its hostages may stand (رهائن احتجزهم، احتجز مسلح رهائن)
HOSTAGE_REACH = 3
#: how far after "اتفق" its على may come, past the parties that agreed (اتفق قادة الاتحاد الأوروبي، الخميس، على)
AGREED_REACH = 8
#: words after a verb of receiving within which a count of people makes it hosting, no meeting
HOST_REACH = 6
#: how far after a verbal noun trigger a party with لـ may be its object (قصف الجيش للمتشددين)
LAM_OBJECT_REACH = 2
#: how far after a visit a counted word of visitors makes it a tally (زار البلاد قرابة 11 مليون سائح)
VISITORS_REACH = 6
#: days before publication past which an act dated to a day is no retelling of an undated one
STALE_DAYS = 30
#: words after an agreement where a word of signing (المبرم، وقعته) says it was made (الاتفاق، الذي وقعه)
SIGNED_REACH = 3
#: the endings (dual, plural, pronoun) taken off to find such a stem
_NOUN_ENDINGS = ("ين", "ان", "ات", "ون", "ها", "هم", "هما", "ه", "نا")


# -- language data ---------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _agency(name: str) -> bool:
    """Whether a name is a news agency or outlet, or one after the word for its kind
    (``events_outlets.tsv``): ``رويترز``، ``شبكة CNN``، ``وكالة رويترز``."""
    key = _norm(name)
    if key in _agencies():
        return True
    head, _, rest = key.partition(" ")
    return bool(rest) and rest in _agencies() and bool(_read(head, True).set & _outlets())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every word form some rule looks for: trigger forms, context words, parties, nationalities."""
    words = set(_triggers()) | set(_context()) | set(_parties()) | set(_demonyms())
    words |= _PREP_PLACE | _PREP_TARGET | _THAT | {"بين", "مع"}
    for entries in _triggers().values():
        for e in entries:
            words.update(e.rest)
    return frozenset(words | {_bare(w) for w in words})


def forms(word: str) -> tuple[tuple[str, bool], ...]:
    """The whole normalized word, then the forms it may stand for once clitics are taken off that
    some rule knows; each with whether an article (ال) was among the clitics.

    >>> forms("والغارات")
    (('والغارات', False), ('غارات', True))
    >>> forms("بالمدينه")
    (('بالمدينه', False), ('مدينه', True))
    """
    out: list[tuple[str, bool]] = [(word, False)]
    known = _known()
    triggers = _triggers()
    seen = {word}
    sufs = [""] + [x for x in _enclitics() if x and word.endswith(x)]
    for pre in _proclitics_by_letter().get(word[:1], _NO_PROCLITIC):
        if not word.startswith(pre) or len(word) - len(pre) < 2:
            continue
        rest = word[len(pre) :]
        definite = pre.endswith("ال")
        for suf in sufs:
            if suf:
                if len(rest) - len(suf) < 3 or definite or rest.startswith("ال"):
                    continue  # القبضة is no القبض + ه: the article and a pronoun never meet
                stem = _unseat(rest[: -len(suf)])
                if (
                    suf in ("ه", "ي", "ك")
                    and not stem.endswith("ت")
                    and not (suf == "ه" and stem in triggers)
                ):
                    continue  # a final ه is mostly ة, a final ي a nisba (الاجتماعي): split only after ت
                    # or, for ه, off a trigger noun (اجتماعه، هجومه)
                cands: tuple[str, ...] = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            else:
                cands = (rest,)
            for cand in cands:
                if cand in known and cand not in seen:
                    seen.add(cand)
                    out.append((cand, definite))
    return tuple(out)


def _definite(surf: str) -> bool:
    """Whether a normalized word may carry the article: الرئيس، والقوات، بالمدينة، للجيش."""
    return surf.startswith(("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال"))


def _definite_token(c: _Ctx, t: int) -> bool:
    """Whether token ``t`` carries the article (المصرية yes, ألقت no)."""
    tok = c.toks[t]
    raw = c.doc.text[tok.start : tok.end]
    if raw.startswith("آ") or raw[1:2] == "آ" and raw[0] in "وفبك":
        return False  # آلاف، وآخرون: a madda, no article (they read الاف once normalized)
    if tok.stem_start > tok.start:
        pre = normalize(c.doc.text[tok.start : tok.stem_start])
        if pre.endswith("ال") or pre.endswith("لل"):
            return True
    # the segmenter keeps words it does not know whole: trust the letters unless it is a verb we know
    return _definite(c.surf[t]) and not c.words[t].trigger and not c.cls[t] & {"report", "cancel"}


# -- the mentions ----------------------------------------------------------------------------


@dataclass
class Mention:
    """One telling of an event: its trigger tokens, clause, and what was found around it."""

    type: str
    lemma: str
    first: int  # token index of the trigger's first word
    last: int  # token index of its last word
    sent: int
    clause: tuple[int, int]  # token index range [a, b)
    definite: bool
    flags: frozenset[str]
    pos: str
    date: dict[str, Any] | None = None
    status: str = "occurred"
    #: a word of sequence (ردا على، إثر، بعد) stands between this trigger and the one before it
    sequel: bool = False
    #: that trigger before it, when ``sequel``: the act this one came before, never the same one
    follows: Mention | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    #: places named by a head word alone (السفارة، المخيم): used where nothing better is found
    weak_places: list[dict[str, Any]] = field(default_factory=list)
    #: places the tagger missed, recovered after في (أديس أبابا)
    recovered: list[dict[str, Any]] = field(default_factory=list)
    #: no date of any kind (a day, a month, a year) stands in its clause
    undated: bool = False
    #: a month or year written out in its clause ("2016-12", "2017") when no day dates it, to tell
    #: apart two occurrences dated only by month or year
    period: str | None = None
    #: no other trigger (but words that refer back: الحادث) shares its clause, so its period is its own
    alone: bool = True
    #: the period of its clause where it stands within ``PERIOD_REACH`` words of the trigger
    near_period: str | None = None
    #: the places of the other mentions its clause tells with it (هجوم الطعن في محطة أمستردام: the
    #: place found for الطعن is the attack's too), to tell two acts apart before they are joined
    clause_places: list[dict[str, Any]] = field(default_factory=list)
    #: told apart by an ordinal after a dual (هجومين، الأول في …): its clause is that part, its evidence
    part: bool = False
    #: a noun with no article before a definite word or a name (جولة السيدة الأولى): definite by it
    construct: bool = False
    #: the entities of the persons among its targets (whom it was done to, by name)
    persons: frozenset[str] = frozenset()


class _Word(NamedTuple):
    """What the stage knows of one word form: normalized, its clitic-free forms, their classes."""

    surf: str
    forms: tuple[tuple[str, bool], ...]
    set: frozenset[str]
    cls: frozenset[str]
    trigger: bool
    #: one of its forms is a party's head noun (قوات) or a nationality adjective (الروسية)
    party: bool = False


def _word(raw: str, is_word: bool) -> _Word:
    """What the stage knows of the written word ``raw``."""
    return _read(normalize(raw), is_word)


@lru_cache(maxsize=50_000)
def _read(surf: str, is_word: bool) -> _Word:
    """What the stage knows of a normalized word form (cached)."""
    fs = forms(surf) if is_word else ((surf, False),)
    fset = frozenset(f for f, _ in fs)
    ctx = _context()
    table = _triggers()
    heads, demonyms = _parties(), _demonyms()
    party = any(f in heads or _bare(f) in demonyms for f in fset)
    if len(fs) == 1:
        cls = ctx.get(surf, _EMPTY)
        return _Word(surf, fs, fset, cls, surf in table, party)
    cls = frozenset().union(*(ctx[f] for f in fset if f in ctx))
    return _Word(surf, fs, fset, cls, any(f in table for f in fset), party)


class _Ctx:
    """What one pass over a document needs: its word forms and the layers the stage reads."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.toks: list[Token] = doc.tokens
        words = [_read(surf, t.is_word) for t, surf in zip(self.toks, doc.token_surfaces(), strict=True)]
        self.words = words
        self.surf = [w.surf for w in words]
        self.forms = [w.forms for w in words]
        self.sets = [w.set for w in words]
        self.cls = [w.cls for w in words]
        ctx = _context()
        for k in range(1, len(words)):
            if "sequel" in self.cls[k] and "by" in ctx.get(self.surf[k - 1] + " " + self.surf[k], ()):
                self.cls[k] = self.cls[k] - {"sequel"}  # هجوم من قبل مسلحين: by whom, no sequence
        self.starts = doc.token_starts()
        self.dates = sorted(
            (d for d in doc.layers.get("dates") or [] if d.get("value")), key=lambda d: d["start"]
        )
        self.date_starts = [d["start"] for d in self.dates]
        self.names = _name_spans(doc)
        #: the offsets where a number begins (قتل 27 عنصرا: a passive, whom it killed follows)
        # and at its qualifier (نحو 50، أكثر من 20): what stands before it counts it
        numbers = doc.layers.get("numbers") or []
        self.number_starts = frozenset(n["start"] for n in numbers) | frozenset(
            n["qualifier_span"]["start"] for n in numbers if n.get("qualifier_span")
        )
        self.number_ends = frozenset(n["end"] for n in numbers)  # (3.229 مليون سائح: what a number counts follows its end)
        self.name_starts = [n[0] for n in self.names]
        self.name_starts_set = frozenset(self.name_starts)
        #: sentence index → the clauses that hold a trigger
        self.used: dict[int, set[tuple[int, int]]] = {}
        self.sent_len: dict[int, int] = {}
        #: sentence index → its first token after a dateline (دبي، الإمارات (CNN) --)
        self.dateline: dict[int, int] = {}
        #: statements that tell in the speaker's words: (content start, end, speaker entity)
        self.speakers = _speakers(doc)
        self.after_speakers = _after_speakers(doc)
        #: token indices of every trigger found
        self.trigger_at: list[int] = []
        #: token indices of the triggers that may start an event (not ``ana``: العملية، عمليات البحث)
        self.act_at: list[int] = []
        self._sport: bool | None = None
        self._heads: dict[str, str] | None = None

    @property
    def sport(self) -> bool:
        """Whether the article is a sports report: its attacks, clashes and meetings are a game's
        (دفاع قوي وهجوم من نار)."""
        if self._sport is None:
            sport = [w for w, cls in zip(self.surf, self.cls, strict=True) if cls and "sport" in cls]
            self._sport = len(sport) >= SPORT_ARTICLE and len(set(sport)) >= SPORT_ARTICLE // 2
        return self._sport

    def tok_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def place_heads(self) -> dict[str, str]:
        """Entity id → the one head word of a division (قطاع، مدينة، محافظة; not a direction or a
        building: شمال غزة, جامعة القاهرة) the article puts before that place's name, where it puts one
        and only one."""
        if self._heads is None:
            seen: dict[str, set[str]] = {}
            for s, _, ent in self.names:
                if ent.get("type") == "LOC" and ent.get("id") and (found := _head_before(self, s)):
                    if "division" in found[1] and _norm(ent.get("name") or "") not in _countries():
                        seen.setdefault(ent["id"], set()).add(found[0])
            self._heads = {k: next(iter(v)) for k, v in seen.items() if len({_norm(x) for x in v}) == 1}
        return self._heads


def _speakers(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the content of each statement that tells in the speaker's words
    (after أن/إن or in quotes), with the speaker's entity."""
    out = []
    for st in doc.layers.get("statements") or []:
        ent = (st.get("speaker") or {}).get("entity")
        span = st.get("content_span") or {}
        content = (st.get("content") or "").lstrip()
        if (
            ent
            and span
            and (st.get("kind") == "direct" or normalize(content[:4]).startswith(("ان", "بان", '"', "«")))
        ):
            out.append((span["start"], span["end"], ent))
    return out


def _after_speakers(doc: Doc) -> list[tuple[int, int, int]]:
    """The speakers of reporting phrases after what they report (``…، وفق وزارة الصحة``، ``بحسب
    المرصد``): ``(content start, content end, speaker start)`` of each."""
    out = []
    for st in doc.layers.get("statements") or []:
        span, who = st.get("content_span") or {}, (st.get("speaker") or {}).get("span") or {}
        if span and who and who.get("start", -1) >= span.get("end", 1 << 60):
            out.append((span["start"], span["end"], who["start"]))
    return out


def _name_spans(doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
    """Spans of every entity mention, with its entity (sorted by start)."""
    out = []
    for ent in doc.layers.get("entities") or []:
        for m in ent.get("mentions") or []:
            out.append((m["start"], m["end"], ent))
    if not out:  # no entities: the tagger's mentions, as entities of their own
        for m in doc.layers.get("mentions") or []:
            ent = {"id": None, "type": m.get("type"), "name": m.get("text", ""), "names": [m.get("text", "")]}
            out.append((m["start"], m["end"], ent))
    out.sort(key=lambda x: x[0])
    return out


def _clauses(c: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    """Split the sentence tokens ``[a, b)`` into clauses at a comma + clause opener (، فيما), not
    at a hedge (فيما يبدو)."""
    cuts = [a]
    for i in range(a + 1, b):
        if i + 1 < b and "hedge" in c.cls[i + 1]:
            continue
        if "boundary" in c.cls[i] and (c.surf[i - 1] in ("،", ",", "-") or c.surf[i] in ("فيما", "بينما")):
            cuts.append(i - 1 if c.surf[i - 1] in ("،", ",", "-") else i)
        elif c.surf[i - 1] in ("،", ",") and i - cuts[-1] > LONG_CLAUSE and _present_verb(c, i):
            cuts.append(i - 1)  # بعد أسبوع على مقتل 17 …، يستعد المتظاهرون …: a new main clause
        elif c.surf[i - 1] in ("،", ",") and i - cuts[-1] > LONG_CLAUSE and _and_acted(c, i):
            cuts.append(i - 1)  # ونفذت القوات عملية التفاف …، وشنت مدفعية التحالف قصفا: a new act
    cuts.append(b)
    return [(x, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x]


def _and_acted(c: _Ctx, i: int) -> bool:
    """Whether token ``i`` is و + a past verb that does an act, a light verb (وشنت، ونفذت) or a trigger
    verb (وقصفت، واعتقلت), with a subject of its own right after it (a party or a name: وشنت مدفعية
    التحالف قصفا)."""
    if not c.surf[i].startswith("و") or not c.toks[i].is_word:
        return False
    if i + 1 >= len(c.toks) or not (c.words[i + 1].party or c.toks[i + 1].start in c.name_starts_set):
        return False  # وقامت باعتقال أفراد، واعتقلوا عشرات: no subject of its own, the act goes on
    if "support" in c.cls[i]:
        # (not وجهت الولايات المتحدة ضربة: وجه is a root of its own, no و and شن)
        return "support" in _read(c.surf[i][1:], True).cls
    table = _triggers()
    return c.words[i].trigger and any(e.pos == "v" and not e.rest for f, _ in c.forms[i] for e in table.get(f, ()))


def _present_verb(c: _Ctx, i: int) -> bool:
    """Whether token ``i`` reads as a present-tense verb (يستعد، تشهد): يـ/تـ and a word the word
    counts almost never see with the article, no name."""
    w = c.surf[i]
    if len(w) < 4 or w[0] not in "يت" or _in_name(c, i) or c.cls[i] - {"prepare"}:
        return False  # (a word of preparing is a verb too: يستعد المتظاهرون)
    vocab = vocab_counts()
    return vocab.get(w, 0) >= COMMON_NOUN and vocab.get("ال" + w, 0) <= NAME_ARTICLE_SHARE * vocab.get(w, 0)


def _is_dual(form: str, entry: Entry) -> bool:
    """Whether a noun trigger is in the dual: اتفاقين، هدنتين، غارتان."""
    if entry.pos != "n":
        return False
    lemma = entry.lemma
    stem = lemma[:-1] + "ت" if lemma.endswith("ه") else lemma
    return form in (stem + "ين", stem + "ان") and form != lemma


def _match(c: _Ctx, i: int, end: int) -> tuple[Entry, int, bool] | None:
    """The longest trigger starting at token ``i``: (entry, last token index, definite).

    The words of a phrase follow each other (``إطلاق النار``); those of a verb's phrase may have
    its subject between them (``أطلق وكلاء إيران صاروخا`` ), and the trigger is then the verb alone.
    """
    table = _triggers()
    marbuta = c.doc.text[c.toks[i].start : c.toks[i].end].endswith("ة")
    for form, definite in c.forms[i]:
        entries = table.get(form, ())
        if marbuta and not form.endswith("ه"):
            # أسرة is a family, its ة no pronoun of أسر (but رصاصة، طعنة are one shot, one stab)
            entries = [e for e in entries if e.type != "arrest"]
        if len(entries) > 1 and not definite:
            entries = _verb_or_noun(c, i, entries)
        for entry in entries:
            if definite and entry.pos in _VERB_POS:
                continue  # التوقف: a verb never takes the article
            if "construct" in entry.flags and (definite or "لل" + form in c.surf[i]):
                continue  # سيطرة الحوثيين على: a construct has no article (not السيطرة، للسيطرة)
            if entry.pos in _VERB_POS and _not_a_verb(c, i, form):
                continue  # سجن عين زارة، (الأمر بيدك): a ة or a preposition tells a noun
            if "prep_obj" in entry.flags and not _norm(c.surf[i]).endswith(form):
                continue  # قبض على: with a pronoun of its own, قبضتها is a grip, no arrest
            last = _rest_at(c, i, end, entry)
            if last is not None:
                if _is_dual(form, entry):
                    entry = entry._replace(flags=entry.flags | {"dual"})
                return entry, last, definite
    return None


def _not_a_verb(c: _Ctx, i: int, form: str) -> bool:
    """Whether the written word at token ``i`` cannot be the verb ``form``: it ends in ة, which no
    verb does (``زارة`` in ``سجن عين زارة`` is no ``زار`` + ه), or a preposition that only a noun takes
    is among its proclitics (``بيدك`` is ``ب`` + ``يد`` + ``ك``, not the verb ``يدك``) or stands right
    before it (lexicon class nominal: ``أثناء توقفه`` is its stopping, not ``توقفه``, she stops him)."""
    tok = c.toks[i]
    raw = c.doc.text[tok.start : tok.end]
    if raw.endswith("ة") or (i > 0 and "nominal" in c.cls[i - 1] and c.toks[i - 1].sent == tok.sent):
        return True  # (أثناء توقفه: after a word that takes a noun, the verbal noun)
    at = c.surf[i].find(form)
    return at > 0 and any(p in c.surf[i][:at] for p in _NOUN_PREPOSITIONS)


#: proclitic prepositions that attach to nouns, never to verbs (لـ does: ليقصف)
_NOUN_PREPOSITIONS = ("ب", "ك")


def _bomb(c: _Ctx, k: int, end: int) -> bool:
    """Whether the vehicle at token ``k`` opens a trigger of attack (``سيارة مفخخة``)."""
    hit = _match(c, k, end)
    return hit is not None and hit[0].type == "attack"


def _verb_or_noun(c: _Ctx, i: int, entries: list[Entry]) -> list[Entry]:
    """A bare stem that is both a verb and its verbal noun (قصف، تحطم، تجمهر) reads as the verb
    at the head of its sentence or clause (قصف الطيران المدينة), as the noun elsewhere (تظهر
    اللقطات تجمهر المتظاهرين)."""
    k = i - 1
    while k >= 0 and c.toks[k].sent == c.toks[i].sent and c.surf[k] in _QUOTE_MARKS:
        k -= 1
    initial = k < 0 or c.toks[k].sent != c.toks[i].sent or c.surf[k] in ("،", ",", ":", "-", "–")
    if not initial and (_subject_first(c, k, i) or "self" in c.cls[k] and i + 1 < len(c.toks) and _counted(c, i + 1)):
        # إن الجيش قتل خمسة مسلحين، إنه قتل 50 مسلحا: the verb after its subject (not أدانت الحكومة قتل)
        initial = True
    first = "v" if initial else "n"
    return sorted(entries, key=lambda e: (-len(e.rest), e.pos != first))


def _subject_first(c: _Ctx, k: int, i: int) -> bool:
    """Whether the party word at token ``k`` is the subject of the bare stem at ``i`` told before it:
    at the head of its sentence or right after إن/أن, with people counted right after the stem."""
    if not c.sets[k] & _parties().keys() or i + 1 >= len(c.toks) or not _counted(c, i + 1):
        return False
    b = k - 1
    return b < 0 or c.toks[b].sent != c.toks[k].sent or c.toks[b].norm in COMPLEMENTIZERS


def _rest_at(c: _Ctx, i: int, end: int, entry: Entry) -> int | None:
    """The last token of ``entry`` when its other words follow token ``i``, else None."""
    j = _rest_end(c, i, end, entry)
    if j is None:
        return None
    return i if j > i + len(entry.rest) else j


def _rest_end(c: _Ctx, i: int, end: int, entry: Entry) -> int | None:
    """The token of the last word of ``entry``'s phrase from token ``i`` (its subject may stand
    between: ``سقطت عليه طائرة``), else None."""
    j = i
    verb = entry.pos in _VERB_POS
    # a verbal noun's subject may stand between it and its object, a party: إطلاق قوات إسرائيلية النار
    gap = VERB_GAP if verb or "vn" in entry.flags else 0
    if "wide" in entry.flags:
        gap *= 2  # وأطلق عناصر من حركتي حماس والجهاد الإسلامي عشرات الصواريخ: a long subject
    for w in entry.rest:
        j += 1
        while j < end and not c.toks[j].is_word and c.surf[j] in _QUOTE_MARKS:
            j += 1
        limit = min(end, j + gap + 1)
        while j < limit and w not in c.sets[j] and _bare(w) not in c.sets[j]:
            if c.surf[j] in ("،", ",", ".", ":"):
                return None
            if "wide" in entry.flags and (c.cls[j] & {"report", "boundary", "sequel"} or c.words[j].trigger):
                return None  # وأطلق الرئيس مبادرة وأكد أن الصواريخ، بعد أن أطلق المسلحون: a new clause
            if not verb and j == i + 1 and not (c.words[j].party or _in_name(c, j)):
                return None  # إطلاق مشروع لتطوير الصواريخ: no party after it, no shooting
            if verb and (_in_date(c, j) or j + 1 < end and c.surf[j] == "في" and _in_date(c, j + 1)):
                limit = min(end, limit + 1)  # وسيطرت القوات في ديسمبر الماضي على: a date costs nothing
            j += 1
        if j >= limit:
            return None
    return j


def _has_class(c: _Ctx, lo: int, hi: int, cls: str) -> bool:
    return any(cls in x for x in c.cls[max(lo, 0) : hi] if x)


def _later(c: _Ctx, a: int, b: int) -> bool:
    """Whether the sentence ``[a, b)`` opens with بعد and a lapse of time set off by a comma ("وبعد
    بضعة أيام، قتل ضابط في هجوم"، "وبعد أيام من ذلك، في 30 آذار"): it tells a later occurrence (not
    "وبعد ستة أيام على الزلزال": a time since the one told)."""
    if not _has_class(c, a, min(b, a + 1), "later"):
        return False
    for k in range(a + 1, min(b, a + 4)):
        if "lapse" in c.cls[k]:
            k += 1
            if k + 1 < b and c.surf[k] == "من" and c.surf[k + 1] in ("ذلك", "هذا"):
                k += 2
            return k < b and c.surf[k] in ("،", ",")
    return False


def _org_at(c: _Ctx, t: int) -> bool:
    """Whether the tagger found the name of a body starting at token ``t`` (تنظيم الدولة)."""
    lo, hi = c.toks[t].start, c.toks[t].end
    return any(lo <= s < hi and ent.get("type") == "ORG" for s, _, ent in _names_near(c, lo))


def _place_after_ala(c: _Ctx, i: int, end: int, entry: Entry) -> bool:
    """Whether a place comes right after the preposition of the phrase of trigger ``i`` (على),
    past a force or a body between them and a date (``وسيطرت القوات السورية في ديسمبر الماضي على
    مدينة البوكمال``، ``على كامل محافظة إدلب``؛ not ``وسيطرت الشرطة بعد ساعات على الحريق``)."""
    tail = _rest_end(c, i, end, entry)
    if tail is None or tail <= i:
        return False
    if tail > i + 1 and not any(c.words[x].party or _org_at(c, x) for x in range(i + 1, tail)):
        return False
    return _is_place_word(c, tail + 1) or _is_place_word(c, tail + 2)


def _place_past_subject(c: _Ctx, t: int, hi: int) -> bool:
    """Whether a place follows the verb's subject, a force named from token ``t``: ``استعادت القوات
    الحكومية مدينة الخوخة``، ``حررت قوات الجيش مواقع``."""
    if t >= hi or not c.sets[t] & _parties().keys():
        return False
    for u in range(t + 1, min(hi, t + LOC_REACH)):
        if _is_place_word(c, u):
            return True
        if not c.toks[u].is_word or c.sets[u] & _PREP_PLACE or c.sets[u] & _PREP_TARGET:
            return False
    return False


def _place_held(c: _Ctx, t: int, hi: int) -> bool:
    """Whether the object of a verb of holding ground (flag held) from token ``t`` is a place: a place
    word right after the verb (``احتلت مدينة عفرين``), or one right after a party or a place name that is
    its subject (``احتلت إسرائيل القدس الشرقية``); a rank is none (``احتلت مصر المركز 117``)."""
    if t >= hi:
        return False
    if c.cls[t] & {"place", "area", "land"} and "rank" not in c.cls[t]:
        return True
    if not (c.sets[t] & _parties().keys() or _is_place_word(c, t) or _org_at(c, t)):
        return False
    end = _name_end(c, t)
    u = t + 1
    while u < hi and c.toks[u].start < end:
        u += 1
    # (a rank a word or two on: احتلت جنوب إفريقيا المرتبة الثانية, a name the tagger did not close)
    return u < hi and _is_place_word(c, u) and not any("rank" in c.cls[x] for x in range(t, min(hi, u + 2)))


def _is_place_word(c: _Ctx, k: int) -> bool:
    if k >= len(c.toks):
        return False
    if c.cls[k] & {"place", "area", "direction"}:
        return True
    off = c.toks[k].start
    return any(s <= off < e and ent.get("type") == "LOC" for s, e, ent in _names_near(c, off))


def _names_near(c: _Ctx, off: int) -> list[tuple[int, int, dict[str, Any]]]:
    i = bisect.bisect_right(c.name_starts, off) - 1
    return c.names[max(0, i - 1) : i + 2]


def _cancelled(c: _Ctx, i: int, j: int, clause: tuple[int, int], typ: str = "", pos: str = "") -> bool:
    """Whether the words around trigger ``i``..``j`` (within its clause) make it no occurrence: an
    appeal, threat or negation before it (دعا إلى وقف الهجمات), a compound (مركز احتجاز), a
    drone (طائرة مسيرة is no march), or a
    condition, habit or speech after it (ضربات … إذا ثبت، تحدث غالبا اشتباكات، شن هجوما على
    القناة قائلا)."""
    if typ == "agreement" and _has_class(c, j + 1, min(clause[1], j + 1 + SIGNED_REACH), "signed"):
        return False  # الانسحاب من الاتفاق المبرم عام 2015، لم ينهها اتفاق سلام وقعته الأطراف: one made
    if typ == "attack" and i > clause[0] and "materiel" in c.cls[i - 1]:
        return True  # ونقلت منصات إطلاق صواريخ، منصة لإطلاق الصواريخ: the launcher, no launch
    for k in range(i - 1, clause[0] - 1, -1):
        if not c.toks[k].is_word and c.surf[k] not in _QUOTE_MARKS:
            break
        if "if" in c.cls[k]:
            return True  # إذا نفذت الولايات المتحدة وبريطانيا وفرنسا ضربة عسكرية: only supposed
        if k > clause[0] and "not_first" in _context().get(c.surf[k - 1].removeprefix("و") + " " + c.surf[k], ()):
            return True  # وهذه ليست أول مرة يتم فيها شن غارات على حفل زفاف: such acts before, none in particular
    for k in range(i - 1, max(clause[0], i - CANCEL_WINDOW) - 1, -1):
        quoted = k == i - 2 and c.surf[i - 1] in _QUOTE_MARKS  # حملة "مسيرة من أجل حياتنا"
        if "negation" in c.cls[k] and _new_verb_between(c, k, i):
            continue  # ولم يصب أحد وقامت الشرطة باعتقال: the negation was of the verb before و
        if typ == "agreement" and "failed" in c.cls[k]:
            return True  # فشلت الأطراف في التوصل إلى هدنة: none reached
        if "cancel" in c.cls[k] or (
            c.cls[k] & {"compound", "aim"} and (k == i - 1 or quoted) and not _hamza_verb(c, k)
        ):
            return True
        if "cancel_noun" in c.cls[k] and c.surf[k + 1].startswith("ال"):
            return True  # فقد الجيش السيطرة على المدينة (not the particle: فقد قصفت الطائرات المواقع)
        if "prepare" in c.cls[k] and any(c.surf[x].startswith("ل") for x in range(k + 1, i + 1)):
            return True  # استعدادا للجمعة الثانية من المواجهات (not هذه الاستعدادات مع مفاوضات)
        if quoted and "campaign" in c.cls[k]:
            return True  # حملة "مسيرة من أجل حياتنا": a campaign's name (حملة اعتقالات is arrests made)
        if quoted and c.sets[k] & _outlets():
            return True  # تلفزيون "المسيرة"، صحيفة "الثورة": an outlet's name
        if k == i - 2 and "right" in c.cls[k] and c.surf[i - 1] == "في":
            return True  # الحق في التظاهر
        if "drone" in c.cls[k] and k == i - 1 and typ == "protest":
            return True
        if "document" in c.cls[k] and k == i - 1 and typ != "agreement":
            return True  # مذكرة احتجاج، مذكرة توقيف: a note or a warrant (مذكرة اتفاق is one made)
        if "struck" in c.cls[k] and k >= i - STRUCK_REACH and typ == "meeting" and pos == "n":
            return True  # القصف استهدف اجتماعا، استهدفت خلالها اجتماعا: the meeting was the target
        if "voice" in c.cls[k] and k >= i - 3 and typ == "protest":
            return True  # قدمت السفارة احتجاجا رسميا، مذكرة احتجاج: lodged, not marched
        if "disengage" in c.cls[k] and k == i - 1 and typ == "clash":
            return True  # فض الاشتباك
        if "grip" in c.cls[k] and typ == "arrest" and k >= i - 3:
            return True  # أحكمت قبضتها على الأحياء، ويحكم دراجنا قبضته: a grip, no arrest
        if "plot" in c.cls[k] and typ == "attack" and not any(c.surf[m].startswith("و") for m in range(k + 1, i)):
            return True  # كانوا يخططون لشن هجوم: a plot, no attack (but خططت ونفذت استهداف: done too)
        if "charge" in c.cls[k] and pos == "n" and c.surf[i].startswith(("ب", "و")):
            return True  # اتهمت بالقتل العمد والخطف: charges
        if "framework" in c.cls[k] and k >= i - 2 and typ == "agreement":
            return True  # الانسحاب من الاتفاق: the agreement stands, it is not made here
        if (
            ("tally" in c.cls[k] or "more" in c.cls[k] and typ in ("attack", "clash"))
            and (k == i - 1 or k == i - 2 and c.surf[i - 1] == "من")
            and c.surf[i].endswith("ات")
        ):
            return True  # كثير من الهجمات، المزيد من الهجمات: many acts counted or to come, no one occurrence
        if "cases" in c.cls[k] and k == i - 1 and pos == "n":
            return True  # حالات الاعتقال المسجلة: cases of a kind counted
        if "movement" in c.cls[k] and k == i - 1 and _definite_token(c, i):
            return True  # زعيم حركة الاحتجاج: the movement (not حركة احتجاج أسفرت عن مقتل 12: a wave)
        if "case_counted" in c.cls[k] and k == i - 1 and k > 0 and _number_at(c, k - 1) and pos == "n":
            return True  # 197 حالة اختطاف: cases counted (not دخول البركان في حالة ثوران)
        if "relative" in c.cls[k] and k == i - 1 and pos == "p":
            return True  # الشعب الذي يتظاهر: a description, no occurrence
        if c.surf[k] in (".", ":", "؛") or (k == i - 1 and c.surf[k] in ("،", ",")):
            break  # للتوسط في هدنة، استضاف: the purpose is the clause's before the comma
        if "sequel" in c.cls[k]:
            break  # تعهد بإنهاء المناورات بعد لقائه: the pledge is of what came after the meeting
    if typ == "protest" and _has_class(c, j + 1, min(clause[1], j + 3), "lodged"):
        return True  # احتج لدى الخارجية، احتجت رسميا لدى السفير: a complaint lodged with an office
    if (
        typ in ("attack", "clash")
        and pos == "n"
        and i > clause[0]
        and "copula" in c.cls[i - 1]
        and not _definite_token(c, i)
    ):
        return True  # يعتبر ضربة قوية لعملية السلام: a figure of speech
    if (
        typ == "meeting"
        and c.surf[i].startswith("لل")
        and any(_own_form(c.surf[k], "envoy") for k in range(max(clause[0], i - RECALL_REACH), i))
    ):
        return True  # استدعت الكويت سفيرها للتشاور: the purpose of a recall
    if typ == "protest" and i and c.surf[i - 1] == "عن" and _has_class(c, max(clause[0], i - SPEAKER_REACH), i, "voice"):
        return True  # عبرت المنظمة عن احتجاجها على الترحيل: said, not marched
    lo, hi = max(clause[0], i - CANCEL_WINDOW), min(clause[1], j + 1 + AFTER_WINDOW)
    if _has_class(c, j + 1, min(hi, j + 3), "figurative") and not (typ == "meeting" and pos in _VERB_POS):
        return True  # معركة سياسية (but ناقشا الأوضاع: what a meeting verb takes is its topic)
    if typ == "attack" and any(
        k < hi and "goal" in c.cls[k] and "object" not in c.cls[k] and (k == j + 1 or c.surf[k].startswith("ل"))
        for k in (j + 1, j + 2)
    ):
        # خطة تستهدف دعم الاقتصاد، وهاجم موسكو لدعمها: an aim (مظاهرة لدعم المتهمين is a march; "هجوما
        # واسعا بدعم روسي" is helped, "غارات جوية على تعزيزات الميليشيات" hits the reinforcements)
        return True
    if typ == "clash" and any(_lasting(c, k, i) for k in range(lo, hi) if "span" in c.cls[k]):
        return True  # المعارك المستمرة منذ أسابيع، خلال شهرين من المعارك: a state that lasts, no one fight
    if pos == "n" and c.surf[i].startswith("ب") and _has_class(c, clause[0], i, "threat"):
        return True  # هددت فرنسا … دمشق بضربات انتقامية: threatened, not done
    if typ == "protest" and _has_class(c, j + 1, min(hi, j + 4), "pretend"):
        return True  # تظاهر معها بالوفاة: he feigned death
    if typ == "disaster" and pos in _VERB_POS and _in_attack(c, j + 1, hi):
        return True  # ثلاث سيارات تحطمت في الانفجار: what the blast did
    if typ == "disaster" and j + 1 < hi and "part" in c.cls[j + 1]:
        return True  # سيارة تحطمت نوافذها: a part broken, no crash
    if typ == "attack" and _has_class(c, j + 1, min(hi, j + 4), "tires"):
        return True  # وأشعلوا النيران في إطارات السيارات: a protesters' barricade, no attack
    if typ == "meeting" and pos == "n" and j + 1 < hi and "price" in c.cls[j + 1]:
        return True  # الخطف لقاء فدية: in return for a ransom, no meeting
    if pos in ("n", "x") and i > 0 and c.surf[i].lstrip("و").startswith("ب") and "instruct" in c.cls[i - 1]:
        return True  # أخبرها بالاتصال بمستشار الرئيس: a call asked for, not made
    if typ == "meeting" and _has_class(c, j + 1, min(hi, j + 3), "press"):
        return True  # في اللقاء الصحفي: a press conference
    if typ == "meeting" and pos == "n" and any(c.sets[k] & _outlets() for k in range(j + 1, min(hi, j + 3))):
        return True  # خلال لقائه مع قناة بلومبرغ: an interview
    if typ == "meeting" and pos == "n" and j + 2 < hi and c.surf[j + 1] == "مع" and _agency_at(c, j + 2, hi):
        return True  # في لقاء مع سكاي نيوز عربية، في اتصال هاتفي مع بي بي سي: an interview
    if "adverbial" in c.cls[i] and j + 1 < len(c.toks) and c.sets[j + 1] & _PREP_TARGET:
        return True  # احتجاجا على: why something else was done
    return (
        _has_phrase(c, lo, hi, "habit")
        or _has_class(c, lo, i, "habit_before")  # ودأب الرئيس على الهجوم على أجهزة الأمم المتحدة
        or _has_class(c, j + 1, hi, "cond")
        or typ == "attack" and _has_class(c, j + 1, hi, "verbal")  # (اعتقال 15 شخصا من 18 متهما: an arrest)
    )


def _agency_at(c: _Ctx, k: int, hi: int) -> bool:
    """Whether a news agency or outlet (one to three words: سكاي، بي بي سي، رويترز) starts at token ``k``."""
    return any(" ".join(c.surf[k : k + n]) in _agencies() for n in (3, 2, 1) if k + n <= hi)


def _battle_names(c: _Ctx, mentions: list[Mention]) -> list[Mention]:
    """Drop an act's noun that names the fight told right before it: ``معركة تحرير مطار الحديدة``
    is one fight (the clash), not a clash and a taking; where the fight's word told no event
    (``دخلت معركة تحرير المدينة مرحلة جديدة``), the act's noun stands."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "clash"
            and prev.pos == "n"
            and m.type == "attack"
            and m.pos == "n"
            and m.first == prev.last + 1
        ):
            continue
        out.append(m)
    return out


def _fighting(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether a word of fighting between sides (a clash trigger: مواجهات، معارك، اشتباكات) stands
    among tokens ``lo``..``hi`` as the setting of what is told, told as an event or not: after a word
    of lexicon class amid or with بـ (``إثر مواجهات عنيفة``، ``في معاركها ضد``، ``بمعارك``; not
    ``استكمال المعركة``)."""
    table = _triggers()
    return any(
        e.type == "clash" and not e.rest
        for k in range(lo, hi)
        if c.words[k].trigger and ((k > lo and "amid" in c.cls[k - 1]) or c.surf[k].lstrip("و").startswith("ب"))
        for f, _ in c.forms[k]
        for e in table.get(f, ())
    )


def _in_attack(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether في and a definite word of attack follow in tokens ``lo``..``hi`` (``تحطمت ثلاث
    سيارات في الانفجار``، ``انهار المبنى في القصف``): the wreck is the attack's doing."""
    table = _triggers()
    for k in range(lo, hi - 1):
        if c.surf[k] == "في" and _definite_token(c, k + 1):
            if any(e.type == "attack" for f, _ in c.forms[k + 1] for e in table.get(f, ())):
                return True
    return False


def _new_verb_between(c: _Ctx, k: int, i: int) -> bool:
    """Whether a new clause opens between the negation at ``k`` and the trigger at ``i``: after the
    negated verb, a word with و that is not the trigger's own (``ولم يصب أحد وقامت الشرطة باعتقال``)."""
    return any(
        c.surf[x].startswith("و") and len(c.surf[x]) > 3 and not _in_name(c, x) and not c.words[x].party
        for x in range(k + 2, i)
    )  # (not ولم توقع إسرائيل وسوريا على معاهدة: a second name of the negated verb's subject)


def _sentence_first(c: _Ctx, i: int) -> int:
    """The index of the first token of the sentence of token ``i``."""
    return c.tok_at(c.doc.sentences[c.toks[i].sent].start)


def _lasting(c: _Ctx, k: int, i: int) -> bool:
    """Whether the length of time at token ``k`` (lexicon class span) tells how long the fighting at
    ``i`` has gone on: ``منذ أسابيع``، ``على مدار الأسابيع``، ``شهرين من المعارك`` (not ``طال القتال
    أسابيع``: a battle that took weeks)."""
    return (
        c.surf[k] == "مدار"
        or (k > 0 and c.surf[k - 1] in ("منذ", "ومنذ"))
        or (k + 2 == i and c.surf[k + 1] == "من")
    )


def _hamza_verb(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` is written with أل, which normalizing reads as the article: ``وألحق``
    (inflicted) is no ``و + الحق`` (the right)."""
    tok = c.toks[k]
    return c.doc.text[tok.start : tok.end].lstrip("وف").startswith("أل")  # not مسألة


def _hamza_wa(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` is written و + أ, which normalizing reads as a word with و and a bare
    alif: ``وأدى`` (and it led) is no ``وادي`` (a valley)."""
    tok = c.toks[k]
    return c.doc.text[tok.start : tok.end].startswith(("وأ", "وإ")) and any(f.startswith("وا") for f in c.sets[k])


def _counted_after_subject(c: _Ctx, entry: Entry, i: int, nxt: int, clause: tuple[int, int]) -> bool:
    """Whether a verb whose ending shows it is one (``أسرت``، ``أسروا``; not the bare ``أسر``, which is
    also a noun, nor ``أسرته``: his family) has a number later in its clause, its subject between:
    ``أسرت المقاومة اليمنية بمشاركة من القوات 21 عنصرا``."""
    word = c.surf[i][1:] if c.surf[i][:1] in ("و", "ف") and not c.surf[i].startswith(entry.lemma) else c.surf[i]
    if entry.pos != "v" or word not in (entry.lemma + "ت", entry.lemma + "وا", entry.lemma + "تا"):
        return False
    return any(_number_at(c, k) for k in range(nxt, min(clause[1], nxt + NUMBER_REACH)))


def _number_at(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` opens a number: digits, or a number word the numbers layer read."""
    return c.toks[k].norm[:1].isdigit() or c.toks[k].start in c.number_starts


def _strike(entry: Entry) -> bool:
    """A trigger of striking (lexicon class strike: ضرب، ضربة، ضربات): lightning and storms strike too."""
    return "strike" in _context().get(normalize(entry.lemma), frozenset())


def _hazard_subject(c: _Ctx, i: int, nxt: int, clause: tuple[int, int], verb: bool, strike: bool) -> bool:
    """Whether a natural hazard (lexicon class hazard) is the subject of the verb at ``i``: opening
    its clause within two words before it (``عواصف عاتية تقتل العشرات``) or within six after it, not as a setting
    (``التي ضربتها أكثر من 41 ألف صاعقة``; not ``قصفت الطائرات المدينة وسط العاصفة``); a noun
    (ضربتها is also "its strike") only with the hazard after it, and after it only a word of
    striking (not ``سيطر الجيش على معسكر الصاعقة``)."""
    if verb and any("hazard" in c.cls[k] for k in range(clause[0], i) if k == clause[0] and i - k <= 2):
        return True  # opening its clause (not "القوات التركية والجيش السوري الحر سيطرت": الحر is free)
    for k in range(nxt, min(clause[1], nxt + 6) if strike else nxt):
        if "hazard" in c.cls[k]:
            return k == 0 or "hazard_setting" not in (c.cls[k - 1] or ())
    return False


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    """The prepositions written apart (the statements lexicon's prep adjuncts: من، في، مع، بعد)."""
    return frozenset(p for p in adjuncts().get("prep", frozenset()) if len(p) > 1 and not p.endswith("ـ"))


@lru_cache(maxsize=4096)
def _preposition(word: str) -> bool:
    """Whether ``word`` is a preposition written apart, alone or after و/ف: no finite verb follows one.

    >>> _preposition("ومن"), _preposition("يقتل")
    (True, False)
    """
    w, preps = normalize(word), _prepositions()
    return w in preps or (w[:1] in ("و", "ف") and w[1:] in preps)


def _agreed_on(c: _Ctx, k: int, end: int) -> bool:
    """على (or عليه) within :data:`AGREED_REACH` words from ``k``, past the parties, and what was agreed
    on after it is a thing to do, not a view in أن: "واتفق الطرفان على تشكيل فريق"، "كانا اتفقا عليه"."""
    for x in range(k, min(end, k + AGREED_REACH)):
        if c.surf[x] in ("علي", "عليه", "عليها"):
            if x + 1 < end and c.surf[x + 1] in ("ان", "بان"):
                return False
            # (a deal named after it is the trigger itself: "اتفق الطرفان على وقف إطلاق النار")
            return not any(_trigger_of(c, y, "agreement") for y in range(x + 1, min(end, x + 3)))
    return False


def _trigger_of(c: _Ctx, k: int, kind: str) -> bool:
    """Token ``k`` is a trigger of events of type ``kind``."""
    return c.words[k].trigger and any(e.type == kind for f, _ in c.forms[k] for e in _triggers().get(f, ()))


def _flags_ok(c: _Ctx, entry: Entry, i: int, j: int, clause: tuple[int, int]) -> bool:
    fl = entry.flags
    nxt = j + 1
    if entry.type == "attack" and _hazard_subject(c, i, nxt, clause, entry.pos in _VERB_POS, _strike(entry)):
        return False  # ضربتها أكثر من 41 ألف صاعقة: lightning struck, no one attacked
    if entry.pos == "p" and i > 0 and _preposition(c.surf[i - 1]):
        return False  # بعد أيام من توقفها: a verbal noun after a preposition, not a verb
    if "round" in fl and nxt < clause[1] and "round" in c.cls[nxt] and c.toks[i].stem_end == c.toks[i].end:
        return False  # الجولة الأولى للسباق الرئاسي: a round, no tour (but جولته الأولى: his first tour)
    if "take" in fl and any(
        "front" in c.cls[k]
        and (
            (k == i - 1 and not _definite_token(c, k))
            or (k == i - 2 and _definite_token(c, k + 1) and c.surf[i].startswith("لل"))
        )
        for k in range(max(clause[0], i - 2), i)
    ):
        # جبهة تحرير سوريا، الجبهة الوطنية للتحرير: the name of a group, no taking of ground (but وأعلنت
        # الجبهة تحرير المدينة: its act)
        return False
    if "loc" in fl and not (
        _place_after_ala(c, i, clause[1], entry)
        if "ala" in fl
        else _is_place_word(c, nxt)
        or _is_place_word(c, nxt + 1)
        or (entry.pos in _VERB_POS and _place_past_subject(c, nxt, clause[1]))
    ):
        return False
    if "held" in fl and not _place_held(c, nxt, clause[1]):
        return False  # احتلت مصر المركز 117: a rank, no ground held (احتلت إسرائيل القدس الشرقية)
    if "num" in fl and not (
        nxt < len(c.toks) and (_number_at(c, nxt) or "quantity" in c.cls[nxt])
    ) and not _counted_after_subject(c, entry, i, nxt, clause):  # أسر 5، أسر سبعة حوثيين (a number word the numbers layer read)
        return False
    if "sec" in fl and not (
        _has_class(c, clause[0], clause[1], "security") or _has_class(c, nxt, min(clause[1], nxt + 2), "suspect")
    ):  # أوقفت الشرطة رجلا، أوقفت عصابة
        return False
    if "sec" in fl and entry.pos == "p" and nxt < clause[1] and "halted" in c.cls[nxt]:
        return False  # توقف العمل في الميناء: it came to a halt, no one was stopped
    if "suspect" in fl and not _has_class(c, nxt, min(clause[1], nxt + 2), "suspect"):
        return False  # إيقاف عصابة في بيروت (not إيقاف العمل، إيقاف العمليات العسكرية)
    if "device" in fl and _has_class(c, max(clause[0], i - SEIZED_REACH), i, "seized"):
        return False  # عثرت لدى الإرهابيين على مسدسات وقنابل يدوية وعبوة ناسفة: a device found, no blast
    if "headline" in fl and not c.doc.sentences[c.toks[i].sent].in_title:
        return False  # الجيش يقتل شابا فلسطينيا: a title tells the past in the present; the body does not
    if "headline" in fl and i > clause[0] and "hazard" in c.cls[i - 1]:
        return False  # الحر يقتل 14 شخصا: a natural hazard kills, no one attacks
    if "summon" in fl and not _summoned(c, nxt, min(clause[1], nxt + SUMMON_REACH)):
        return False  # استدعت البعثة وحدة من الشرطة، استدعت الكويت سفيرها: a recall, no meeting
    if "harm" in fl and not (
        i > clause[0] and c.surf[i - 1] == "علي" and _has_class(c, max(clause[0], i - HARM_REACH), i, "harm")
    ):
        return False  # تتلمذ على يد الطاهي: no act; قتل شخصان على يد رجل مسلح: who killed
    if "jail" in fl and not _has_class(c, nxt, min(clause[1], nxt + JAIL_REACH), "prison"):
        return False  # أودع المعارض السجن، زج به في المعتقل: put in prison (أودع مبلغا: no)
    if "materiel" in fl and not _materiel_after(c, nxt, clause[1]):
        return False  # تدمير البيئة، دمرت الأمطار منازل: no arms destroyed
    if "killer" in fl and not (
        _killer_named(c, nxt, clause[1]) or _object_killed(c, i, nxt, clause[1]) or _killer_before(c, i, nxt, clause[1])
    ):
        return False  # قتل 5 أشخاص: a toll (قتلت القوات الإسرائيلية 62 فلسطينيا is an act)
    if "killer" in fl and _has_stretch(c, clause):
        return False  # قتل الجنود أكثر من 40 مسلحا خلال الشهور الأربعة الماضية: a tally over a stretch
    if "peak" in fl and (
        _has_class(c, nxt, min(clause[1], nxt + 1), "top")
        or (c.surf[i].endswith(("ته", "تها")) and not (nxt < clause[1] and c.surf[nxt] == "مع"))
    ):
        return False  # المناظر من على قمته، قمة الجبل: a top (قمته مع بوتين is a summit)
    if "legal" in fl and _has_class(c, clause[0], clause[1], "court"):
        return False  # طعن أمام المحكمة: an appeal, no stabbing
    if "armed" in fl and not _has_class(c, max(clause[0], i - 2), i, "weapon"):
        # صواريخ أُطلقت من غزة، صواريخ باليستية أطلقت: fired, right after a weapon word (not أطلقت
        # الشرطة سراحهم، الهيئة الوطنية لمسيرات العودة وكسر الحصار أطلقت "جمعة الشهداء")
        return False
    if "agreed_on" in fl and not _agreed_on(c, nxt, clause[1]):
        return False  # اتفقا على أن الحل سياسي، لا يتفق مع: a view shared, no deal
    if "party" in fl:
        lo, hi = c.toks[min(nxt, len(c.toks) - 1)].start, c.toks[min(clause[1], j + 5) - 1].end
        k = bisect.bisect_left(c.name_starts, lo)
        if not (
            k < len(c.names) and c.names[k][0] < hi and c.names[k][2].get("type") in ("PER", "ORG", "LOC")
        ):
            return False
        if any(
            c.toks[x].norm[:1].isdigit() or "quantity" in c.cls[x] for x in range(nxt, min(clause[1], j + HOST_REACH))
        ):
            return False  # تستقبل بلدة فيليكا 350 مهاجرا، استقبلت تركيا مئات اللاجئين: hosting, no meeting
    if "visit" in fl and any(
        "visitors" in c.cls[k] and (c.toks[k - 1].end in c.number_ends or "quantity" in c.cls[k - 1])
        for k in range(nxt + 1, min(clause[1], nxt + VISITORS_REACH))
    ):
        return False  # زار البلاد قرابة 11 مليون سائح، يزور المعرض 80 ألف زائر: a count of visitors, no visit
    if "callee" in fl:
        lo, hi = c.toks[min(nxt, len(c.toks) - 1)].start, c.toks[min(clause[1], nxt + CALLEE_REACH) - 1].end
        k = bisect.bisect_left(c.name_starts, lo)
        if not any(_named_person(c.names[x][2]) for x in range(k, len(c.names)) if c.names[x][0] < hi):
            return False  # اتصل نتنياهو بالرئيس الأرجنتيني ماكري (not اتصل المسلح بقائد الميليشيا)
    if "per" in fl:
        if nxt >= len(c.toks):
            return False
        off = c.toks[nxt].start
        # بقتل طفل: with بـ the noun tells an act done to a person (قتل رجل alone is a toll)
        act = "victim" in c.cls[nxt] and c.surf[i].lstrip("وف").startswith("ب")
        if not act and not any(
            s <= off < e and ent.get("type") == "PER" for s, e, ent in _names_near(c, off)
        ):
            return False
    if "words" in fl and nxt < len(c.toks) and _person_at(c, nxt):
        return False  # هجوم ترامب على كيم: an attack in words by a person
    if "vt" in fl and entry.pos in _VERB_POS and nxt < len(c.toks):
        # هاجم/استهدف + a person or a country alone is a verbal attack (#ترمب يهاجم #بايدن too)
        while nxt + 1 < len(c.toks) and (
            not c.toks[nxt].is_word and c.surf[nxt] in ("#", "@", '"', "«") or c.surf[nxt] in _IN_IT
        ):
            nxt += 1  # هاجمت فيها الرئيس
        off, end_off = c.toks[nxt].start, c.toks[nxt].end
        for s, e, ent in _names_near(c, off):
            if s < end_off and off < e and ent.get("type") in ("PER", "LOC") and not _is_place_word(c, nxt):
                return False
        if c.sets[nxt] & _countries() or {_bare(f) for f in c.sets[nxt]} & _countries():
            return False  # يهاجم الولايات المتحدة
    return True


def _materiel_after(c: _Ctx, t: int, hi: int) -> bool:
    """Whether arms or military gear (lexicon class materiel) are named within a few words from
    token ``t``, the verb's subject (a force, strikes) allowed between: ``تدمير منظومة دفاع جوي``،
    ``دمرت الغارات الجوية عددا من الآليات``."""
    words, k = 0, t
    while k < hi and words < MATERIEL_REACH:
        if "materiel" in c.cls[k]:
            return True
        if c.toks[k].is_word and not _in_date(c, k):
            words += 1  # (a day set off by commas costs nothing: دمرت طائرات التحالف، السبت، عربة صواريخ)
        k += 1
    return False


def _killer_named(c: _Ctx, t: int, hi: int) -> bool:
    """Whether a force or a body is named at token ``t``, right after a verb of killing, and whom it
    killed follows it: a number or a word for people (``قتلت القوات الإسرائيلية 62 فلسطينيا``،
    ``قتل الجيش عشرات المسلحين``), so the verb is active and tells the act."""
    if not _force_at(c, t, hi):
        return False
    weapon = phrase = False
    reach = t + KILLER_REACH
    for k in range(t + 1, min(hi, reach)):
        if c.surf[k] in ("،", ",") or _in_date(c, k):
            reach += 1  # قتل الجيش الإسرائيلي، الجمعة، شابين: a day set off by commas costs nothing
            continue
        if _counted(c, k) or "victim" in c.cls[k] or "victim_dual" in c.cls[k]:
            return True
        if "weapon" in c.cls[k] or (weapon and _definite_token(c, k)):
            weapon = "weapon" in c.cls[k]
            continue  # قتل الجيش بالرصاص الحي ثلاثة فلسطينيين: how it killed, then whom
        weapon = False
        if c.toks[k].is_word and c.surf[k] == "في" and not phrase:
            phrase = True  # قتل الجيش في هذه التظاهرات 148 فلسطينيا: when or where, then whom
            continue
        if phrase and "relative" in c.cls[k]:
            return False  # قتل الجيش في المدينة التي يسكنها 5 آلاف: whom the place holds
        if not c.toks[k].is_word or c.sets[k] & _PREP_PLACE or c.sets[k] & _PREP_TARGET:
            return False  # قتل الجيش في المدينة: no one counted after the doer
    return False



def _has_stretch(c: _Ctx, clause: tuple[int, int]) -> bool:
    """Whether the clause tells a stretch of time: a date since (منذ عام 2015) or a word of stretch
    before a span (خلال الأشهر الماضية)."""
    lo, hi = c.toks[clause[0]].start, c.toks[clause[1] - 1].end
    return any(lo <= d["start"] < hi and d.get("since") for d in c.dates) or any(
        "span" in c.cls[k] and k > 0 and "stretch" in c.cls[k - 1] for k in range(*clause)
    )


def _killer_before(c: _Ctx, i: int, t: int, hi: int) -> bool:
    """Whether a force or a body stands right before the verb of killing at token ``i`` and whom it
    killed, counted or a word for people, right after it: ``إن قواته قتلت 15 مسلحا``، ``أن الجيش قتل
    ثلاثة فلسطينيين``، ``أعلنت الشرطة أنها قتلت ثلاثة مسلحين`` (the subject first; not ``3 من عناصر
    الشرطة قتلوا``: no one after the verb)."""
    p = i - 1
    if p < 0 or not c.toks[p].is_word or t >= hi or not (_counted(c, t) or "victim" in c.cls[t]):
        return False
    if c.toks[p].sent != c.toks[i].sent:
        return False  # (a title's last word before a body that opens with the verb)
    if c.sets[p] & _parties().keys() or "self" in c.cls[p]:
        return True  # (أعلنت الشرطة أنها قتلت ثلاثة مسلحين: the speaker did it; see _self_subject)
    end = c.toks[p].end
    return any(e == end and ent.get("type") in ("ORG", "LOC") for _, e, ent in _names_near(c, c.toks[p].start))


def _force_at(c: _Ctx, t: int, hi: int) -> bool:
    """Whether a force or a body (a party word, or a name tagged ORG or LOC) starts at token ``t``
    (not a people: ``قتل فلسطينيان`` is a toll)."""
    if t >= hi or not c.toks[t].is_word:
        return False
    if c.sets[t] & _parties().keys():
        return True
    name = _name_starting(c, t)
    return name is not None and name[2].get("type") in ("ORG", "LOC")


def _name_starting(c: _Ctx, t: int) -> tuple[int, int, dict[str, Any]] | None:
    """The name the tagger found that starts at token ``t`` (start, end, entity), or None."""
    k = bisect.bisect_left(c.name_starts, c.toks[t].start)
    return c.names[k] if k < len(c.names) and c.names[k][0] == c.toks[t].start else None


def _object_killed(c: _Ctx, i: int, t: int, hi: int) -> bool:
    """Whether the verb of killing at token ``i`` holds whom it killed as its object pronoun and a
    force or a body named right after it did it: ``وقتلته الشرطة في حصار``، ``قتلتهم القوات``
    (one told before, now killed: an act, not a toll). The verb opens its clause: after a noun it
    describes a tally (``85 في المئة من الضحايا قتلتهم قوات الحكومة``)."""
    surf = c.surf[i]
    opens = i == 0 or not c.toks[i - 1].is_word or surf.startswith(("و", "ف"))
    # (not 85 في المئة من الضحايا قتلتهم قوات الحكومة: a clause of the tally before it)
    return opens and surf.endswith(OBJECT_SUFFIXES) and _force_at(c, t, hi)


def _summoned(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether an envoy of another side is summoned in tokens ``lo``..``hi`` (lexicon class envoy):
    ``استدعت الخارجية السفير الأمريكي`` yes; ``استدعت الكويت سفيرها لدى مانيلا`` no, for an envoy with
    a pronoun of the summoning side is its own, called home."""
    for k in range(lo, hi):
        if "envoy" in c.cls[k]:
            return not _own_form(c.surf[k], "envoy")
    return False


def _own_form(surf: str, cls: str) -> bool:
    """Whether the normalized word ``surf`` is a noun of lexicon class ``cls`` with a possessive
    pronoun (``سفيرها``، ``ولسفيره``; the clitics of ``clitics.tsv``). A final ي is no pronoun here:
    ``سفيري فرنسا وألمانيا`` are two envoys of others."""
    ctx = _context()
    for pre in _proclitics_by_letter().get(surf[:1], _NO_PROCLITIC):
        if not surf.startswith(pre):
            continue
        base = surf[len(pre) :]
        for suf in _enclitics():
            if suf in ("", "ي") or not base.endswith(suf) or len(base) - len(suf) < 3:
                continue
            if cls in ctx.get(_unseat(base[: -len(suf)]), ()):
                return True
    return False


def _unseat(stem: str) -> str:
    """A stem cut from its pronoun with the final hamza put back: before a pronoun the hamza takes a
    seat (لقائه، لقاؤه → لقاء; سفرائها → سفراء)."""
    return stem[:-1] + "ء" if stem.endswith(("ائ", "اؤ")) else stem


#: a preposition with a pronoun that may stand between a verb and its object (هاجمت فيها الرئيس)
_IN_IT = frozenset({"فيها", "فيه", "خلالها", "خلاله", "بها", "به"})


def _named_person(ent: dict[str, Any]) -> bool:
    """Whether an entity is a person known by a name, not by a title alone (قائد الميليشيا)."""
    return ent.get("type") == "PER" and any(not m.get("role") for m in ent.get("mentions") or [{}])


def _person_at(c: _Ctx, t: int) -> bool:
    """Whether a person's name starts at token ``t``."""
    off = c.toks[t].start
    return any(s == off and ent.get("type") == "PER" for s, e, ent in _names_near(c, off))


def _after_attack(c: _Ctx, i: int) -> bool:
    """Whether an attack word stands within three words before token ``i`` (قصف بمسيرة)."""
    return any(_trigger_of(c, k, "attack") for k in range(max(0, i - 3), i))


def _struck_by(c: _Ctx, i: int) -> bool:
    """Whether an attack noun right before the verb at token ``i``, or before its one adjective, is its
    subject (غارة استهدفت، ضربة جوية استهدفت حافلة، غارة إسرائيلية استهدفت سيارة)."""
    return any(k >= 0 and c.toks[k].sent == c.toks[i].sent and _attack_noun(c, k) for k in (i - 1, i - 2))


def _attack_noun(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` is a noun of attack (غارة، الغارة، ضربة)."""
    table = _triggers()
    return any(e.type == "attack" and e.pos == "n" for f, _ in c.forms[k] for e in table.get(f, ()))


def _unanchored(c: _Ctx, entry: Entry, i: int, clause: tuple[int, int]) -> bool:
    """A bare plural (هجمات، هجماتها، عمليات انتحارية) tells of particular acts only with a place, a
    day or a casualty figure beside it: ``داعيا إلى تنفيذ هجمات`` is none, ``غارات على صنعاء
    الاثنين`` and ``وقتل شرطي في اشتباكات بين الشرطة والمتظاهرين`` are."""
    if not _plural_of_acts(c, i):
        return False  # هجمات، هجماتها، عمليات انتحارية: a plural, bare or with a pronoun
    if any(
        "subjunctive" in _context().get(c.forms[k][0][0], ())  # the word itself, no clitic (not لأن)
        and c.surf[k + 1][:1] in "يت" and ("support" in c.cls[k + 1] or _present_verb(c, k + 1))
        for k in range(max(clause[0], i - SUBJUNCTIVE_REACH), i - 1)
    ):
        return True  # رجح مسؤولون أن يشن التنظيم هجمات في العراق: acts that may come, none told
    if any(_is_place_word(c, k) for k in range(clause[0], clause[1])):
        return False
    if (i > 0 and _number_at(c, i - 1)) or any("object" in c.cls[k] for k in range(i + 1, min(clause[1], i + 5))):
        return False  # "نفذت المقاتلات 4 غارات"، "غارات على تجمعات الميليشيات": counted, or with a target
    if i > clause[0] and "campaign" in c.cls[i - 1]:
        return False  # نفذوا حملة اعتقالات لجنود الجيش: one campaign of them
    if i > clause[0] and "erupt" in c.cls[i - 1]:
        return False  # اندلعت مواجهات بين الجيش والمسلحين: ones that broke out
    lo, hi = c.toks[clause[0]].start, c.toks[clause[1] - 1].end
    if _has_stretch(c, clause):
        return True  # ومنذ عام 2015 قتل العشرات في هجمات، خلال الأشهر الماضية: a tally of acts over a stretch of time
    # people harmed in them (وقتل شرطي في اشتباكات بين الشرطة والمتظاهرين) make them particular acts,
    # as do harms told after them (نفذت القوات ضربات جوية أسفرت عن مقتل عدد كبير من المسلحين)
    if _figure_within(c, lo, hi) or _has_class(c, i + 1, clause[1], "harm"):
        return False
    # a day, or a month or year written out (وفي 2013 … إثر تظاهرات حاشدة), anchors them
    return not any(
        lo <= d["start"] < hi and (d.get("resolution") == "day" or not (d.get("relative") or d.get("since")))
        for d in c.dates
    )


def _counted_tally(c: _Ctx, entry: Entry, i: int, clause: tuple[int, int]) -> bool:
    """Whether a counted act noun tallies acts over a stretch of time: a number right before it and,
    in its clause, no day but a year, two months or a stretch (``تسجيل 67 هجوما مؤكدا في كانون
    الثاني/يناير وشباط/فبراير``، ``نفذ 300 غارة خلال عام 2017``; not ``شن 22 غارة على صنعاء الاثنين``)."""
    if entry.pos != "n" or i <= clause[0] or not _number_at(c, i - 1) or _in_date(c, i - 1):
        return False  # (not a year: حادث مدرسة دونبلان عام 1996 تجمعا حاشدا)
    if c.surf[i - 1].startswith("ال") or c.surf[i].startswith("ل"):
        return False  # (not an ordinal, an anniversary: الذكرى الخمسين لاختطاف بن بركة)
    start = c.toks[i - 1].start
    item = next((n for n in c.doc.layers.get("numbers") or [] if n.get("start") == start), None)
    if item is None or not isinstance(item.get("value"), int | float) or item["value"] < 2:
        return False  # (not an ordinal: أول حادث طيران … منذ 2009)
    lo, hi = c.toks[clause[0]].start, c.toks[clause[1] - 1].end
    told = [d for d in c.dates if lo <= d["start"] < hi]
    if any(d.get("resolution") == "day" for d in told):
        return False
    months = sum(1 for d in told if d.get("resolution") == "month")
    return _has_stretch(c, clause) or months >= 2 or any(d.get("resolution") == "year" for d in told)


def _plural_of_acts(c: _Ctx, i: int) -> bool:
    """Whether the trigger word at ``i`` is a plural in ات, bare or with a pronoun (غارات، هجماتها)."""
    return any(f.endswith("ات") for f, _ in c.forms[i])


def _figure_within(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether the number of a casualty figure stands between the offsets ``lo`` and ``hi``."""
    return any(lo <= f["number_span"]["start"] < hi for f in c.doc.layers.get("casualties") or [] if f.get("number_span"))


def _purpose(c: _Ctx, i: int, lemma: str) -> bool:
    """Whether the verbal noun ``lemma`` at token ``i`` carries the لـ of purpose, no article:
    ``للقاء نظيره``، ``لاقتحام المدينة`` (not ``للقصف``, nor after a word of undergoing: ``تعرضت
    لقصف``، ``عرضة للاعتقال``)."""
    w = c.surf[i].lstrip("وف")
    if not (w.startswith("ل") and w[1:].startswith(lemma[:2])):
        return False
    # the subject may stand between: تعرضت محافظة إدلب لقصف
    return not _has_class(c, max(0, i - 2 - VERB_GAP, _sentence_first(c, i)), i, "exposure")


def _mentions(c: _Ctx) -> list[Mention]:
    doc = c.doc
    out: list[Mention] = []
    n = len(c.toks)
    i0 = 0
    for sent in doc.sentences:
        a = i0
        while a < n and c.toks[a].sent < sent.index:
            a += 1
        b = a
        while b < n and c.toks[b].sent == sent.index:
            b += 1
        i0 = b
        if not sent.in_title and not c.dateline:  # the body's first sentence
            a = c.dateline.setdefault(sent.index, _dateline_end(c, a, b))
        clauses: list[tuple[int, int]] = []
        sport: bool | None = None
        # وفي سياق آخر، …: the sentence turns to other events
        turn = _has_class(c, a, min(b, a + TOPIC_WORDS), "topic") and _has_class(
            c, a, min(b, a + TOPIC_WORDS), "other"
        )
        turn = turn or _later(c, a, b)
        if _has_class(c, a, min(b, a + 2), "link"):
            continue  # اقرأ أيضا: …: a link to another article
        i = a
        while i < b:
            if not c.words[i].trigger:
                i += 1
                continue
            hit = _match(c, i, b)
            if hit is None:
                i += 1
                continue
            entry, j, definite = hit
            clauses = clauses or _clauses(c, a, b)
            cl0, cl1 = next(cl for cl in clauses if cl[0] <= i < cl[1])
            clause = (max(cl0, i - CLAUSE_REACH), min(cl1, j + 1 + CLAUSE_REACH))
            if sport is None:
                sport = sum(1 for k in range(a, b) if "sport" in c.cls[k]) >= SPORT_WORDS
            if "drone" in entry.flags and _after_attack(c, i):
                i = j + 1
                continue  # اغتيال بمسيرة إسرائيلية: a drone, no march
            if "exclude" in c.cls[i] or (sport and entry.type != "disaster") or (c.sport and entry.type in _GAME and "game" in c.cls[i]):
                i = j + 1
                continue  # يلتقي الفريقان في مباراة الإياب: a game
            if not definite and (_unanchored(c, entry, i, clause) or _counted_tally(c, entry, i, clause)):
                i = j + 1
                continue
            tail = j if j > i or not entry.rest else (_rest_end(c, i, b, entry) or j)
            if (
                _flags_ok(c, entry, i, j, clause)
                and not _cancelled(c, i, j, clause, entry.type, entry.pos)
                and not (tail > j and _has_class(c, tail + 1, min(clause[1], tail + 3), "figurative"))
            ):  # سقطت عليه طائرة ورقية: the figure follows the phrase's last word
                flags = entry.flags
                if entry.pos in ("p", "xv") and _FUTURE.match(c.surf[i]):
                    flags = flags | {"future"}  # وسيلتقي، سيناقشان
                cancelled = _has_class(c, _sentence_first(c, i), i, "cancel")
                if (
                    "title_act" in flags
                    and sent.in_title
                    and not any(o.sent == sent.index and o.clause == clause and o.type == entry.type for o in out)
                    and (_has_class(c, j + 1, min(clause[1], j + 2), "object") or _is_place_word(c, j + 1))
                ):
                    # الجيش السوري يستهدف مناطق المعارضة: a title tells the act in the present; in the
                    # body, and after a noun of the act (غارات تستهدف مواقع), the verb refers back
                    flags = flags - {"ana"}
                if "ana_def" in flags and (cancelled or (definite and not _has_class(c, j + 1, j + 2, "parties"))):
                    # المفاوضات: the talks told before (مفاوضات شملت ممثلين لروسيا, المفاوضات مع جيش
                    # الإسلام: ones named); ودعتها … والدخول في مفاوضات: talks called for, none held
                    flags = flags | {"ana"}
                after = (j + 1, min(clause[1], j + 4))
                also = entry.pos in _VERB_POS and i <= a + 2 and _has_class(c, a, i, "also")
                if turn or also or _has_class(c, *after, "other") or (not definite and _has_class(c, *after, "new")):
                    # كما قصفت الطائرات مواقع في …: a sentence that opens with "also" and a verb tells
                    # one more act, not the one told before
                    flags = flags | {"other"} | ({"turn"} if turn else set())
                if "reach" in flags and (
                    _has_class(c, max(clause[0], i - REACHED_WINDOW), i, "reached")
                    or _has_class(c, j + 1, min(clause[1], j + 1 + REACHED_WINDOW), "in_force")
                ):
                    flags = flags - {"ana"}  # أعلنت الحركة التوصل إلى وقف لإطلاق النار: one made
                if "weapon" in flags:  # الصواريخ التي أطلقها: an act; أطلقها alone refers back
                    armed = _has_class(c, max(clause[0], i - VERB_GAP), i, "weapon")
                    flags = flags - {"ana"} if armed else flags | {"ana"}
                if entry.type == "attack" and entry.pos in _VERB_POS and (
                    (i > a and "attacker" in c.cls[i - 1]) or "attacker" in c.cls[min(j + 1, b - 1)]
                ):
                    flags = flags | {"ana"}  # أن المهاجمين أطلقوا النار: the attackers of one told
                if "joined" in flags and c.surf[i].startswith("و"):
                    flags = flags | {"ana"}  # بوتن يلتقي الأسد.. ويناقشان: the meeting told, going on
                if _has_class(c, max(clause[0], i - NAMING_REACH), i, "naming"):
                    flags = flags | {"ana"}  # عرفت فيما بعد بـ"تظاهرة المثقفين": a name of one told
                if entry.pos == "n" and not definite and i > a and "predicated" in c.cls[i - 1]:
                    flags = flags | {"ana"}  # أن الحادث اعتداء، أن يكون الحادث هجوما: what the one told was
                if entry.pos == "v" and _pluperfect(c, i, clause[0]):
                    flags = flags | {"earlier"}  # كانت السلطات قد أوقفت: an act before the one told
                if entry.type == "agreement" and _has_class(c, j + 1, min(clause[1], j + 1 + SIGNED_REACH), "signed"):
                    flags = flags | {"signed"}  # اتفاق سلام وقعته أطراف النزاع: one made, told by its making
                if "vn" in flags and not definite and _purpose(c, i, entry.lemma):
                    flags = flags | {"purpose"}
                typ = entry.type
                if "take" in flags and _fighting(c, a, b):
                    typ = "clash"  # سيطرت القوات على منطقة المغرس في مواجهات: taken in a fight between sides
                elif typ == "clash" and entry.pos == "n" and _launched(c, i, j, clause):
                    typ = "attack"  # أطلقت القوات معركة …، يشن النظام معارك ضد داعش: one side's offensive
                elif typ == "attack" and _has_class(c, j + 1, min(clause[1], j + 3), "nature"):
                    typ = "disaster"  # انفجار "بركان النار": an eruption
                elif "fire" in flags and _has_class(c, a, b, "arson"):
                    typ = "attack"  # حرائق … طائرات ورقية محملة بزجاجات حارقة: fires set on purpose
                elif "accident" in flags and _intent(c, clause[0], clause[1]):
                    typ = "attack"  # حادث الدهس … المتهم بتنفيذه: a deliberate act
                elif (
                    typ == "attack"
                    and entry.pos in _VERB_POS
                    and any(  # not "يهاجم بسيارته": by a vehicle, a person did it
                        "vehicle" in c.cls[k]
                        and not c.surf[k].startswith("ب")
                        and not (k > j + 1 and "driver" in c.cls[k - 1])  # هاجم قائد شاحنة سوقا: the driver did it
                        and not _bomb(c, k, clause[1])  # انفجرت سيارة مفخخة: a bomb, no accident
                        # (not "استهدفت الغارة حافلتهم", "استهدفت القذيفة سيارة": the strike or the
                        # weapon, its subject, hit the vehicle)
                        and not any(_attack_noun(c, x) or "weapon" in c.cls[x] for x in range(j + 1, k))
                        for k in range(j + 1, min(clause[1], j + 3))
                    )
                    and not _has_class(c, clause[0], clause[1], "deliberate")
                    and not _struck_by(c, i)  # غارة استهدفت سيارة: the car was hit
                    and not (i > 0 and "relative" in c.cls[i - 1])  # القنبلة التي استهدفت حافلة
                    and not c.surf[j].endswith("وا")  # مهاجمين فجروا سيارة: the doers' verb, the car its object
                ):
                    typ, flags = "disaster", flags | {"accident"}  # اقتحمت سيارة رصيف المشاة
                if "headline" in flags and any(o.sent == sent.index and o.type == "disaster" for o in out[-3:]):
                    i = j + 1
                    continue  # فيضانات قوية تقتل 5 أشخاص: the catastrophe killed, no one did
                first = i - 1 if "harm" in flags else i  # على يد: the trigger is the phrase
                out.append(Mention(typ, entry.lemma, first, j, sent.index, clause, definite, flags, entry.pos))
                if tail > j and entry.type == "clash":
                    j = tail  # تبادل الطرفان إطلاق النار: the phrase's last words are no shooting of their own
            i = j + 1
        _told_in(out, sent.index, "raid", "arrest")
        _told_in(out, sent.index, "take", "clash")
        _hostages(c, out, sent.index)
    _rammings(c, out)
    _title_takings(c, out)
    return out


def _launched(c: _Ctx, i: int, j: int, clause: tuple[int, int]) -> bool:
    """Whether the battle noun at tokens ``[i, j]`` is one side's: a verb of launching right before
    it (class launch: أطلقت القوات معركة، يشن الجيش معارك; a subject may stand between) or ضد after
    it (معارك ضد داعش)."""
    if any("launch" in c.cls[k] for k in range(max(clause[0], i - LAUNCH_REACH), i)):
        return True
    return any(c.surf[k] == "ضد" for k in range(j + 1, min(clause[1], j + 3)))


def _intent(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` say an act was meant (class deliberate: ``متعمدا``، ``المتهم
    بتنفيذ``، ``إرهابي``), not in doubt or denied (class doubt or negation within ``DOUBT_REACH``
    words before: ``استبعدت فرضية العمل الإرهابي``، ``ليس متعمدا``)."""
    return any(
        "deliberate" in c.cls[t]
        and not _has_class(c, max(0, t - DOUBT_REACH), t, "doubt")
        and not _has_class(c, max(0, t - DOUBT_REACH), t, "negation")
        for t in range(lo, hi)
    )


def _rammings(c: _Ctx, out: list[Mention]) -> None:
    """A ramming told as an accident (``حادث الدهس``, flag ``ram``) is an attack everywhere the
    article tells it when a sentence that tells of an act says it was meant (``ويبدو أن الحادثة كانت
    متعمدة``; see ``_intent``: not ``استبعدت السلطات فرضية العمل الإرهابي``), or when the article
    tells the ramming as an attack (``عملية الدهس``): one occurrence, one type."""
    rams = [m for m in out if "ram" in m.flags]
    if not any(m.type == "disaster" for m in rams):
        return
    told = {m.sent for m in out}  # (not a witness's guess with no word of the act: أشعر أنه فعلها متعمدا)
    if any(m.type == "attack" for m in rams) or any(
        _intent(c, t, t + 1) for t in range(len(c.toks)) if c.toks[t].sent in told
    ):
        for m in rams:
            if m.type == "disaster":
                m.type = "attack"


def _title_takings(c: _Ctx, out: list[Mention]) -> None:
    """A taking of ground in the title is the one the first body sentence that tells of a taking
    tells: a clash there (``الفلبين تستعيد بلدة من داعش`` … ``استعادت بلدة … وأن 4 مسلحين قتلوا في
    اشتباكات``), a clash in the title."""
    title = {s.index for s in c.doc.sentences if s.in_title}
    lead = next((m for m in out if "take" in m.flags and m.sent not in title), None)
    if lead is None or lead.type != "clash":
        return
    for m in out:
        if "take" in m.flags and m.sent in title:
            m.type = "clash"


def _hostages(c: _Ctx, out: list[Mention], sent: int) -> None:
    """An arrest word whose object is hostages (lexicon class ``hostage``) tells of an attack: with
    another attack word in the sentence it is that attack told again (``هجوم … حين احتجز مسلح
    رهائن``) and is dropped, alone it is the attack (``احتجز مسلح رهائن في متجر``)."""
    k = len(out)
    while k and out[k - 1].sent == sent:
        k -= 1
    told = out[k:]
    held = [
        m
        for m in told
        if m.type == "arrest"
        and _has_class(c, max(m.clause[0], m.first - HOSTAGE_REACH), m.first, "hostage")
        or m.type == "arrest"
        and _has_class(c, m.last + 1, min(m.clause[1], m.last + 1 + HOSTAGE_REACH), "hostage")
    ]
    if not held:
        return
    attack = any(m.type == "attack" for m in told)
    for m in held:
        m.type = "attack"
    if attack:
        out[k:] = [m for m in told if not any(m is h for h in held)]


def _pluperfect(c: _Ctx, i: int, lo: int) -> bool:
    """Whether the verb at token ``i`` is in the pluperfect, كان … قد + the past (``وكانت السلطات قد
    أوقفت``): news tells with it an act before the one it reports."""
    if i < 1 or c.surf[i - 1] not in ("قد", "وقد"):
        return False
    return any(c.surf[k].lstrip("وف").startswith("كان") for k in range(max(lo, i - 6), i - 1))


def _told_in(out: list[Mention], sent: int, flag: str, typ: str) -> None:
    """Words of one kind told in a sentence that tells of an event of type ``typ`` are that event:
    a raid in a sentence that tells of an arrest (flag raid: داهمت الشرطة منزلا واعتقلت ثلاثة), a
    taking of ground in one that tells of fighting (flag take: أعلن الجيش تحرير مواقع بعد معارك
    عنيفة). The words with ``flag`` (at the end of ``out``) take the type and are told after the
    sentence's first word of that type, so that they join its event."""
    k = len(out)
    while k and out[k - 1].sent == sent:
        k -= 1
    told = out[k:]
    if not any(flag in m.flags for m in told) or not any(m.type == typ and flag not in m.flags for m in told):
        return
    moved = [m for m in told if flag in m.flags]
    rest = [m for m in told if flag not in m.flags]
    at = next(n for n, m in enumerate(rest) if m.type == typ) + 1
    for m in moved:
        m.type = typ
    out[k:] = rest[:at] + moved + rest[at:]


# -- dates, status -----------------------------------------------------------------------------


def _said_between(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether a verb of reporting and its أن/إن stand between the trigger of ``m`` and token ``t``
    (اعتقلت الشرطة رجلا قالت إنه مؤيد لتنظيم داعش): what comes after is said of the act's object,
    it takes no part in the act."""
    for k in range(m.last + 1, t - 1):
        if "report" in c.cls[k] and any(_is_that(c.surf[j]) for j in range(k + 1, min(t, k + 4))):
            return True
    return False


def _is_that(surf: str) -> bool:
    """Whether a normalized word is أن/إن with a proclitic or a pronoun of the third person (إنه،
    بأنها، وأن). Narrower than the statements layer's ``COMPLEMENTIZERS``, which hold ألا (إلا، except)
    and أنا (I) too: here a word that only may be أن would cut off the parties of the act."""
    return any(
        surf.startswith(p + "ان") and surf[len(p) + 2 :] in _THAT_PRONOUNS for p in ("", "ب", "و", "ف", "ل")
    )


_THAT_PRONOUNS = frozenset({"", "ه", "ها", "هم", "هما", "هن"})


def _complement_between(c: _Ctx, i: int, j: int) -> bool:
    """Whether an أن/إن (بأن) opens a reported clause between tokens ``i`` and ``j``."""
    return any(c.surf[k] in _THAT for k in range(i, j))


_EMPTY: frozenset[str] = frozenset()
#: the types whose verbal noun takes whom it is done to as the name right after it (اعتقال فلان)
_DONE_TO = frozenset({"attack", "arrest"})
#: the types whose words (lexicon class "game": هجوم، مواجهة، لقاء) a sports report uses of a game
_GAME = frozenset({"attack", "clash", "meeting"})
_VERB_POS = frozenset({"v", "p", "xv"})
_FUTURE = re.compile("^[وف]?س[يتنا]")
_THAT = frozenset({"ان", "بان", "وان", "فان", "لان"})


def _within(c: _Ctx, x: int) -> bool:
    """The trigger at ``x`` is the setting of the act before it, told with في or خلال (lexicon classes
    setting, during) and no word of sequence
    ("قتل فتى برصاص الجيش … في مواجهات، الجمعة": the day dates both; not "ردا على هجوم في 4 أبريل")."""
    return x > 0 and bool(c.cls[x - 1] & {"setting", "during"}) and not _has_class(c, max(0, x - 3), x, "sequel")


def _date_of(c: _Ctx, m: Mention) -> dict[str, Any] | None:
    """The day in the mention's clause that dates the event, not the report of it.

    A date is left out after a verb of reporting (``أعلنت الشرطة، السبت، اعتقال``; one after the
    trigger too when the verb stands between them), right after a named speaker (``قال بوتين،
    الخميس، إن``), before the أن that opens the clause of the event, or past another trigger
    (``ردا على هجوم في 4 أبريل`` dates that attack); a date after the trigger is preferred.
    """
    lo, hi = c.toks[m.clause[0]].start, c.toks[m.clause[1] - 1].end
    k = bisect.bisect_left(c.date_starts, lo)
    best, best_key = None, None
    own = _own_year(c, m)
    while k < len(c.dates) and c.dates[k]["start"] < hi:
        d = _same_day(c, k)
        k += 1
        if d is None or d.get("resolution") != "day" or not d.get("value"):
            continue
        t = c.tok_at(d["start"])
        after = t > m.last
        if own and not after and _other_period(d, own):
            continue  # استقبل المطار، الخميس، أول رحلة … إثر حادث سقوط طائرة في سيناء عام 2015
        if after:
            if (
                _has_class(c, max(m.last + 1, t - 4), t, "report")
                or _has_class(c, max(m.last + 1, t - 5), t, "until")  # احتجزت لحين جلسة في 18 يوليو
                or any(m.last < x < t and not _within(c, x) for x in c.trigger_at)
                or _future_verb(c, max(m.last + 1, t - 3), t)
                or _about(c, m, t)  # اجتمع بالسفير حول اختفاء الصحفي الثلاثاء الماضي: the topic's day
            ):
                continue  # اعتداء ضد مركز … للانتخابات التي ستجرى في 20 أكتوبر: the vote's day
        elif not d.get("since") and not _during(c, m):
            if (
                (
                    _has_class(c, m.clause[0], t, "report")
                    and not _after_report_day(c, m.clause[0], t)
                    and not _reported_clause_day(c, m.clause[0], t)
                )
                or _complement_between(c, t, m.first)
                or _has_class(c, t + 1, m.first, "aftermath")  # قضى الأربعاء متأثرا بجراح: the death's day
                or _has_class(c, t + 1, m.first, "reply")  # قصفت فجر السبت ردا على هجوم: the strike's day
                or _sequel_of_other(c, m, t)
                or _harm_told_after(c, m, t)
                or (_named_before(c, t) and not _acts_before(c, t, m))
            ):
                continue
        key = (0 if after or d.get("since") else 1, abs(t - m.first))
        if best_key is None or key < best_key:
            best, best_key = d, key
    return _first_of_pair(c, best)


def _own_year(c: _Ctx, m: Mention) -> str | None:
    """The month or year written right after the trigger, before any other trigger and within
    ``PERIOD_REACH`` words (``حادث سقوط طائرة روسية في سيناء عام 2015`` → ``2015``): the act's own."""
    hi = min(m.clause[1], m.last + 1 + PERIOD_REACH)
    k = bisect.bisect_right(c.trigger_at, m.last)  # the next trigger (c.trigger_at is sorted)
    if k < len(c.trigger_at):
        hi = min(hi, c.trigger_at[k])
    return _period(c, (m.last + 1, hi)) if hi > m.last + 1 else None


def _other_period(d: dict[str, Any], own: str) -> bool:
    """Whether the day ``d`` falls outside the month or year ``own``. A day written without its year
    (``5 سبتمبر``) takes the year written after it (``عام 1972``): only its month can differ."""
    value = str(d["value"])
    if d.get("relative") or _DIGITS4.search(d.get("text") or ""):
        return not value.startswith(own)
    return len(own) == 7 and value[5:7] != own[5:7]


def _sequel_of_other(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether a word of sequence (إثر، بعد، عقب) stands between the day at token ``t`` and the trigger,
    and no harm is told before it: the day is that of the clause's own act, which came after
    (``عادت السلطات صباح الاثنين لتستأنف البحث … إثر غرق مركب``; but ``قتل ثلاثة الجمعة إثر انفجار``:
    the dead of that day are the blast's)."""
    s = next((k for k in range(m.first - 1, t, -1) if "sequel" in c.cls[k]), None)
    if s is None or _has_class(c, m.clause[0], s, "harm") or any(m.clause[0] <= x < s for x in c.act_at):
        return False  # توصلوا ليل الخميس إلى اتفاق بعد محادثات: one night's talks and accord
    return not _figure_within(c, c.toks[m.clause[0]].start, c.toks[s].start)


def _harm_told_after(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the day at token ``t`` is told before the people harmed, then their harm, then the
    trigger, with no harm before the day: the day is that of the clause's own verb (``شيع آلاف
    اليمنيين الاثنين جثامين 29 طفلا قتلوا في القصف``: Monday is the funeral's), not the act's (not
    ``الجمعة، قتل 29 طفلا في غارة``: the day of the killing)."""
    h = next((k for k in range(t + 1, m.first) if "harm" in c.cls[k]), None)
    if h is None or c.surf[h + 1] not in _HARMED_IN or _has_class(c, m.clause[0], t, "harm"):
        return False  # (قتلوا في القصف، جراء الغارة: the act they were harmed in)
    return any(c.toks[k].is_word and not _in_date(c, k) for k in range(t + 1, h))


def _reported_clause_day(c: _Ctx, lo: int, t: int) -> bool:
    """Whether the day at token ``t`` stands inside the clause a verb of reporting opens with أن/إن:
    ``وقال ناشطون إن مدينة أصفهان شهدت، اليوم السبت، مظاهرات`` (Saturday is the protest's day)."""
    r = max((x for x in range(lo, t) if "report" in c.cls[x]), default=-1)
    return r >= 0 and _complement_between(c, r + 1, t)


def _after_report_day(c: _Ctx, lo: int, t: int) -> bool:
    """Whether the day at token ``t`` follows the report's own day and a word of harm after the
    last verb of reporting before it: ``أعلنت هيئة الأركان الخميس مقتل 30 جهاديا الأحد في
    اشتباكات`` (Sunday is the fighting's day, Thursday the report's)."""
    r = max((x for x in range(lo, t) if "report" in c.cls[x]), default=-1)
    if r < 0:
        return False
    days = [x for x in (c.tok_at(d["start"]) for d in c.dates) if r < x < t]
    if not days:
        # والاثنين، أعلنت الوكالة استشهاد الصماد ظهر الخميس: the day before the verb is the report's
        days = [r] if any(lo <= x < r for x in (c.tok_at(d["start"]) for d in c.dates)) else []
        return bool(days) and (_has_class(c, r + 1, t, "harm") or _has_class(c, r + 1, t, "death"))
    return bool(days) and _has_class(c, max(days) + 1, t, "harm")


def _first_of_pair(c: _Ctx, d: dict[str, Any] | None) -> dict[str, Any] | None:
    """Of two days joined by و the act began on the first: ``وقتل 60 فلسطينيا الاثنين والثلاثاء``
    is dated Monday."""
    if d is None:
        return None
    k = bisect.bisect_left(c.date_starts, d["start"])
    if k == 0:
        return d
    p = c.dates[k - 1]
    if p.get("resolution") != "day" or c.doc.text[p.get("end", 0) : d["start"]].strip() != "و":
        return d
    return p if str(p["value"]) < str(d["value"]) else d


def _same_day(c: _Ctx, k: int) -> dict[str, Any] | None:
    """The ``k``-th date of the text as it dates an act: None inside a longer one (``ليل 5-6 كانون
    الثاني`` is the 5th, not the 6th); a today told as the same day (lexicon class ``same``: ``وبنفس
    اليوم من عام 2017``، ``من اليوم نفسه``) is the day written before it, not the publication's."""
    d = c.dates[k]
    if k and c.dates[k - 1].get("end", 0) > d["start"]:
        return None
    if not d.get("relative") or d.get("resolution") != "day":
        return d
    t, u = c.tok_at(d["start"]), c.tok_at(d["end"] - 1)
    near = [x for x in (t - 1, u + 1) if 0 <= x < len(c.cls)]
    if not any("same" in c.cls[x] for x in near):
        return _teller_today(c, k, t)
    prev = next((j for j in range(k - 1, -1, -1) if c.dates[j].get("resolution") == "day"), None)
    day = None if prev is None else _same_day(c, prev)
    return None if day is None else {**d, "value": day["value"], "relative": False}


def _teller_today(c: _Ctx, k: int, t: int) -> dict[str, Any]:
    """A today (``اليوم``) in a sentence that dated its telling to an earlier day is that day:
    ``أعلنت الوزارة، الجمعة، مقتل اثنين … في مظاهرات انطلقت بعد ظهر اليوم`` (published on Saturday)
    is Friday's."""
    d = c.dates[k]
    if not _norm(d.get("text") or "").endswith("اليوم") or d["value"] != c.doc.published:
        return d
    same = [p for p in c.dates[:k] if p.get("resolution") == "day" and c.toks[c.tok_at(p["start"])].sent == c.toks[t].sent]
    told = same[-1] if same else None
    if told is None or not told.get("relative") or str(told["value"]) >= str(d["value"]):
        return d
    return {**d, "value": told["value"]}


#: a year written right after a day that carries none: ``في 2 أكتوبر من عام 1187``
_YEAR_AFTER = re.compile(r"^\s*،?\s*(?:من\s+)?(?:عام|العام|سنة)\s+(\d{3,4})(?!\d)")
_DIGITS4 = re.compile(r"\d{4}")


def _with_year(c: _Ctx, m: Mention, d: dict[str, Any]) -> dict[str, Any]:
    """A day written without its year (the dates layer gives it the publication's) takes the year
    written after it (``في 2 أكتوبر من عام 1187``) or in the clause (``في 5 سبتمبر، كان هجوم …
    عام 1972``): round-ups of the day in history tell their acts so."""
    if d.get("relative") or d.get("since") or d.get("resolution") != "day" or _DIGITS4.search(d.get("text") or ""):
        return d
    hit = _YEAR_AFTER.match(c.doc.text[d["end"] : d["end"] + 24])
    year = hit.group(1) if hit else None
    if year is None:
        lo, hi = c.toks[m.clause[0]].start, c.toks[m.clause[1] - 1].end
        years = [
            x["value"] for x in c.dates if lo <= x["start"] < hi and x.get("resolution") == "year" and not x.get("since")
        ]
        year = years[0] if len(set(years)) == 1 else None
        if year is None and not years:
            # في 20 حزيران/يونيو … في 3 تموز/يوليو 2013: a later day of a later month with its year
            later = {
                str(x["value"])[:7]
                for x in c.dates
                if d["start"] < x["start"] < hi
                and x.get("resolution") == "day"
                and not x.get("since")
                and not x.get("relative")
                and _DIGITS4.search(x.get("text") or "")
            }
            if len({v[:4] for v in later}) == 1 and all(v[5:7] >= str(d["value"])[5:7] for v in later):
                year = next(iter(later))[:4]
    if year is None or not str(d["value"])[:4].isdigit():
        return d
    return {**d, "value": f"{int(year):04d}{str(d['value'])[4:]}"}


def _now(c: _Ctx, m: Mention) -> dict[str, Any] | None:
    """The publication day for an act told as going on now (``events_context.tsv``, class ``now``):
    ``وتدور حاليا اشتباكات عنيفة`` → the day of the article; None otherwise."""
    if not c.doc.published or "future" in m.flags or m.definite:
        return None  # تقييمنا حاليا أن هذه الضربة: a definite noun refers back to an act told
    lo, hi = max(m.clause[0], m.first - NOW_WINDOW), min(m.clause[1], m.last + 3)
    if not _has_class(c, lo, hi, "now") or _has_trigger(c, lo, m.first):
        return None
    return {"value": c.doc.published, "resolution": "day", "relative": True, "now": True}


def _days_after(c: _Ctx, m: Mention) -> dict[str, Any] | None:
    """The day of an act told as "N days before" what the sentence tells: ``يأتي ذلك بعد يوم واحد
    من مقتل``، ``وتأتي هذه التصريحات بعد يومين على شن غارات``، ``أعلن الجيش الثلاثاء …، وذلك بعد يوم
    من اعتقال``. The sentence's own day is the last day written before بعد, else, where a word of
    frame (``events_context.tsv``: يأتي ذلك، وذلك) sets it against the act, the day of the article.
    The lapse is يوم (one), يومين (two) or a number of أيام (``dates_units.tsv``)."""
    k = m.first - 1
    if k > 0 and "support" in c.cls[k]:
        k -= 1  # بعد يوم من شن مقاتلات غارات
    if k > 0 and "next_day" in c.cls[k]:
        return _day_before(c, m, k, 1)  # علقت السعودية صادراتها الخميس غداة هجوم للحوثيين
    if k >= 2 and not c.sets[k] & {"من", "علي"}:
        # بعد يوم من مقتل 11 شخصا في انفجار: the toll, then the act that took it
        h = next((x for x in range(m.first - 1, max(2, m.first - 9), -1) if "harm" in c.cls[x]), None)
        if h is not None and c.sets[h - 1] & {"من", "علي"} and not any(h <= x < m.first for x in c.trigger_at):
            k = h - 1
    if k < 2 or not c.sets[k] & {"من", "علي"}:
        return None
    u = k - 1
    if _count_at(c, u) == 1:
        u -= 1  # بعد يوم واحد من: "one" after the unit, as the numbers layer reads it
    days = _day_units().get(c.surf[u])
    if days == 0 and u > 0:
        days, u = _count_at(c, u - 1), u - 1  # بعد ثلاثة أيام من
    b = u - 1
    if not days or days > 31 or b < 0 or "بعد" not in c.sets[b]:
        return None
    return _day_before(c, m, b, days)


def _day_before(c: _Ctx, m: Mention, b: int, days: int) -> dict[str, Any] | None:
    """The day ``days`` before the day of the sentence of ``m`` written before token ``b`` (its word
    of lapse: بعد، غداة), or before the article's day where a word of frame sets the act against it."""
    sent = c.toks[m.first].sent
    if c.toks[b].sent != sent:
        return None
    lo = b
    while lo > 0 and c.toks[lo - 1].sent == sent:
        lo -= 1
    start, end = c.toks[lo].start, c.toks[b].start
    own = [d for d in c.dates if start <= d["start"] < end and d.get("resolution") == "day" and not d.get("since")]
    if own:
        ref = own[-1]["value"]
    elif c.doc.published and _has_class(c, lo, b, "frame"):
        ref = c.doc.published
    else:
        return None
    try:
        day = datetime.date.fromisoformat(ref[:10]) - datetime.timedelta(days=days)
    except ValueError:
        return None
    return {"value": day.isoformat(), "resolution": "day", "relative": True}


@lru_cache(maxsize=1)
def _day_units() -> dict[str, int]:
    """A word of days (``dates_units.tsv``) → how many it means alone (يوم 1، يومين 2، أيام 0)."""
    out = {}
    for r in lexicon.table("dates_units"):
        if len(r) > 2 and r[1] == "day" and r[2].isdigit():
            out[normalize(r[0])] = int(r[2])
    return out


def _count_at(c: _Ctx, k: int) -> int | None:
    """The whole number the numbers layer read ending at token ``k`` (ثلاثة in ثلاثة أيام), if any."""
    end = c.toks[k].end
    for n in c.doc.layers.get("numbers") or []:
        if n.get("end") == end and isinstance(n.get("value"), (int, float)) and float(n["value"]).is_integer():
            return int(n["value"])
    return None


def _round_up(events: list[_Event]) -> None:
    """An event told as another of its kind (``استهدفت غارات أخرى مواقع …``) in a round-up was made
    by the hands of the one before it and, undated, took place its day: it takes that event's
    actors where it names none, and its day."""
    for n, ev in enumerate(events):
        head = ev.head
        if "other" not in head.flags or "turn" in head.flags:
            continue
        prev = next((p for p in reversed(events[:n]) if p.head.type == head.type), None)
        if prev is None:
            continue
        if not any(m.actors for m in ev.mentions):
            done = next((m for m in prev.mentions if m.actors and "ana" not in m.flags), None)
            if done is not None:
                head.actors = list(done.actors)
        if ev.date or not head.undated:
            continue
        dated = next((m for m in prev.mentions if m.date), None)
        if dated is not None and dated.date is not None:
            head.date = dated.date
            ev.date = dated.date["value"]


def _continued(c: _Ctx, events: list[_Event]) -> None:
    """A verb that opens its sentence with و and names no one (``ودكت مقاتلات التحالف تحصينات
    المتمردين. وشنّت غارات على موقع الدفاع الساحلي``) goes on telling what the subject of the sentence
    before did: where the event before it is of its type and was told in that sentence, it takes that
    event's actors."""
    for n in range(1, len(events)):
        ev, prev = events[n], events[n - 1]
        head = ev.head
        if head.pos not in _VERB_POS or any(m.actors for m in ev.mentions) or prev.head.type != head.type:
            continue
        i = head.first
        if not c.surf[i].startswith("و") or (i and c.toks[i - 1].sent == c.toks[i].sent):
            continue
        if prev.mentions[-1].sent != head.sent - 1:
            continue
        done = next((m for m in prev.mentions if m.actors and "ana" not in m.flags), None)
        if done is not None:
            head.actors = list(done.actors)


def _during(c: _Ctx, m: Mention) -> bool:
    """Whether the trigger noun follows خلال/أثناء: what was said that day was said during it
    (``أعرب لافروف، الجمعة، عن رفضه … خلال محادثة هاتفية`` dates the call)."""
    return m.pos == "n" and m.first > 0 and "during" in c.cls[m.first - 1]


#: "to it" after a verb of calling (دعت إليه، دعا إليها)
_TO_IT = frozenset({"اليه", "اليها"})


def _future_verb(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether a verb with the future prefix س (ستجرى، سيعقد) stands among tokens ``[lo, hi)``: a
    word that drops its س to a word the word counts know, as a present verb (ستجرى → تجرى)."""
    vocab = vocab_counts()
    for k in range(max(lo, 0), hi):
        w = c.surf[k]
        if _FUTURE.match(w) and len(w) > 3:
            bare = w[w.index("س") + 1 :]
            if vocab.get(bare, 0) >= COMMON_NOUN and vocab.get(bare, 0) >= vocab.get(w, 0):
                return True
    return False


def _acts_before(c: _Ctx, t: int, m: Mention) -> bool:
    """Whether a trigger verb opens the clause before the name that precedes the date at token
    ``t``: ``اقتحم الجيش الإسرائيلي، صباح الاثنين، المخيم`` dates the act, not a speaker's words."""
    if _complement_between(c, t, m.first):
        return False
    if m.pos == "n" and _has_class(c, m.clause[0], t, "support") and not _has_class(c, m.clause[0], t, "report"):
        return True  # شن سلاح الجو، السبت، سلسلة غارات: the light verb opens the act
    if m.type == "meeting" and _has_class(c, m.clause[0], t, "arrive") and not _has_class(c, m.clause[0], t, "report"):
        return True  # وصل الرئيس الإريتري، السبت، إلى أديس أبابا في زيارة: the day he came
    return any(m.clause[0] <= x < t and not _has_class(c, x, t, "sequel") for x in c.trigger_at)


def _period(c: _Ctx, clause: tuple[int, int]) -> str | None:
    """The value of the first month or year written out in the tokens ``clause``, if any (``في
    كانون الأول/ديسمبر 2016`` → ``2016-12``; not a day, a relative date or a "since" date)."""
    lo, hi = c.toks[clause[0]].start, c.toks[clause[1] - 1].end
    k = bisect.bisect_left(c.date_starts, lo)
    while k < len(c.dates) and c.dates[k]["start"] < hi:
        d = c.dates[k]
        if d.get("value") and not d.get("since") and d.get("resolution") in ("month", "year"):
            return str(d["value"])
        k += 1
    return None


def _any_date(c: _Ctx, clause: tuple[int, int]) -> bool:
    """Whether a date of any resolution (a day, a month, a year) stands in the tokens ``clause``."""
    lo, hi = c.toks[clause[0]].start, c.toks[clause[1] - 1].end
    k = bisect.bisect_left(c.date_starts, lo)
    return k < len(c.dates) and c.dates[k]["start"] < hi


def _named_before(c: _Ctx, t: int) -> bool:
    """Whether a name ends right before token ``t`` (skipping a comma): ``بوتين، الخميس``."""
    k = t - 1
    while k >= 0 and c.surf[k] in ("،", ","):
        k -= 1
    if k < 0:
        return False
    end = c.toks[k].end
    return any(
        s < end <= e and ent.get("type") in ("PER", "ORG") for s, e, ent in _names_near(c, c.toks[k].start)
    )


def _has_phrase(c: _Ctx, lo: int, hi: int, cls: str) -> bool:
    """Whether a word or a two-word phrase of class ``cls`` lies in tokens ``[lo, hi)``."""
    ctx = _context()
    for k in range(max(lo, 0), hi):
        if cls in c.cls[k] or (k > lo and cls in ctx.get(c.surf[k - 1] + " " + c.surf[k], ())):
            return True
    return False


def _status(c: _Ctx, m: Mention, published: str | None) -> str:
    """``denied`` after a denial (نفت … أن تكون), ``planned`` when scheduled (من المقرر أن يجتمع،
    سيلتقي، على أن تلتقي، الأسبوع المقبل, a day after publication), else ``occurred``."""
    lo = max(m.clause[0], m.first - STATUS_WINDOW)
    # a word of sequence cuts the reach: قررت طرد دبلوماسيين ردا على هجوم (the attack came first)
    lo = next((k + 1 for k in range(m.first - 1, lo - 1, -1) if "sequel" in c.cls[k]), lo)
    if _has_phrase(c, lo, m.first, "denied") and not _has_class(c, lo, m.first, "involvement"):
        return "denied"  # (تنفي روسيا أي ضلوع لها في تسميم: the act took place, the part in it is denied)
    if "future" in m.flags or _has_phrase(c, lo, m.first, "planned") or _planned_conjunct(c, m):
        return "planned"
    after = min(m.clause[1], m.last + 4)
    if _has_phrase(c, m.last + 1, after, "planned") and not _has_class(c, m.last + 1, after, "content"):
        return "planned"
    if m.date and published and m.date["value"] > published and m.pos in ("p", "n"):
        return "planned"
    if (
        (m.pos == "p" or m.pos == "n" and _present_support(c, m))
        and m.type in ("meeting", "agreement")
        and m.date
        and m.date.get("relative")
        and published
        and days_between(m.date["value"], published) >= 2  # (the day before may be going on still)
        and not c.doc.sentences[m.sent].in_title
    ):
        return "planned"  # وتستضيف القاهرة الأحد اجتماعا: the body tells the days past in the past tense
    return "occurred"


#: how far back, within its sentence, "وأن" + a present verb finds the أن it is joined to
CONJUNCT_REACH = 25


def _planned_conjunct(c: _Ctx, m: Mention) -> bool:
    """A present verb after وأن is joined to the أن before it in its sentence, and planned when that
    one is: "ومن المتوقع أن يحضر مأدبة غداء مع نتنياهو، وأن يلتقي عددا من كبار المسؤولين"."""
    k = m.first - 1
    if m.pos != "p" or k < 1 or not _wa_complementizer(normalize(c.surf[k])):
        return False
    sent = c.toks[m.first].sent
    for j in range(k - 1, max(-1, k - CONJUNCT_REACH), -1):
        if c.toks[j].sent != sent:
            return False
        if normalize(c.surf[j]) in COMPLEMENTIZERS:
            return _has_phrase(c, max(0, j - 3), j, "planned")
    return False


def _wa_complementizer(w: str) -> bool:
    """أن (or إن) with و before it: وأن، وأنه."""
    return w.startswith("و") and w[1:] in COMPLEMENTIZERS


def _present_support(c: _Ctx, m: Mention) -> bool:
    """Whether the light verb (lexicon class ``support``) nearest before the trigger noun ``m`` within
    its reach is in the present (class ``support_now``: يعقد، تعقد): ``ويعقد الوزراء الأحد اجتماعا``."""
    for k in range(m.first - 1, max(m.clause[0], m.first - SUPPORT_REACH) - 1, -1):
        if "support" in c.cls[k]:
            return "support_now" in c.cls[k] and not c.surf[k].startswith("ل")  # (ليعقد القمة: to hold it)
    return False


def _next_week(date: dict[str, Any], published: str | None) -> dict[str, Any]:
    """A weekday of a planned event read as the past one (الثلاثاء → last Tuesday) moved a week on."""
    if not published or date["value"] >= published or not date.get("relative"):
        return date
    try:
        day = datetime.date.fromisoformat(date["value"]) + datetime.timedelta(days=7)
    except ValueError:
        return date
    if day.isoformat() < published:
        return date
    return {**date, "value": day.isoformat()}


# -- parties ----------------------------------------------------------------------------------


def _party(
    name: str, entity: dict[str, Any] | None = None, span: dict[str, Any] | None = None
) -> dict[str, Any]:
    names = [name]
    if entity:
        names += [x for x in entity.get("names") or [] if x and x not in names]
    out: dict[str, Any] = {"name": name, "entity": (entity or {}).get("id"), "names": names}
    if span:
        out["span"] = span
    return out


_PREP_PLACE = frozenset(
    {"في", "ب", "قرب", "بالقرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "الي", "من", "امام", "قبالة"}
)
_PREP_TARGET = frozenset({"علي", "ضد"})
_PREP_IN = frozenset({"في", "ب", "قرب", "بالقرب", "داخل"})
#: in front of: a body or building named after it is where a protest was, not who protested
_PREP_FRONT = frozenset({"امام", "قبالة"})


def _before(c: _Ctx, t: int, s: int) -> set[str]:
    """The forms of what stands right before a name starting at offset ``s`` in token ``t``: its
    own proclitic (بـ in بالصومال) or the word before."""
    tok = c.toks[t]
    if s > tok.start:
        pre = _norm(c.doc.text[tok.start : s])
        return {pre, pre.removesuffix("ال")}
    return set(c.sets[t - 1]) if t > 0 else set()


def _is_speaker(c: _Ctx, m: Mention, t: int, t_end: int, entity: str | None = None) -> bool:
    """A name after a verb of reporting (قالت وزارة الدفاع إن …) or the speaker of a statement that
    reports the event in its own words speaks of the event, unless the event is the very thing it
    announces (أعلنت السلطات اعتقال …: no أن between)."""
    off = c.toks[m.first].start
    if entity and any(a <= off < b and e == entity for a, b, e in c.speakers):
        return True
    if any(a <= off < b and c.toks[t].start == who for a, b, who in c.after_speakers):
        return True  # قتل ثلاثة في غارة، وفق وزارة الصحة: who tells of it after it did not do it
    cue = next((k for k in range(t_end + 1, min(m.first, t_end + 3)) if "report" in c.cls[k]), None)
    if cue is not None:  # وزارة الدفاع أفادت بتعرض …: the subject before its verb of reporting
        return _complement_between(c, cue + 1, m.first) or m.first - cue > 3
    if t_end < m.first and m.type in ("attack", "arrest", "clash") and _appealed(c, m, t, t_end):
        return True  # دعت الأمم المتحدة إلى تحقيق في القصف، الخارجية تدين التفجير: who appealed did not do it
    if t_end < m.first and _complement_between(c, t_end + 1, m.first):
        # قال نائب المتحدث باسم وزارة الداخلية، نصرت رحيمي، لشبكة CNN إن: the speaker's words follow
        lo = max(m.clause[0], t - SPEAKER_REACH)
        verb = next((k for k in range(t - 1, lo - 1, -1) if "report" in c.cls[k]), None)
        # قال السفير إن موسكو لا تستطيع أن تمنع: a name after إن is in the speaker's words
        return verb is not None and not _complement_between(c, verb + 1, t)
    # (المشاورات التي دعت إليها الأمم المتحدة: who called for it takes part, no speaker)
    if not any("report" in c.cls[k] and not _to_it(c, k + 1) for k in range(max(m.clause[0], t - 3), t)):
        return False
    return t_end >= m.first


def _appealed(c: _Ctx, m: Mention, t: int, t_end: int) -> bool:
    """Whether the name at tokens ``t``…``t_end`` is the subject of a verb of appeal or condemnation
    (lexicon class appeal) right before it (دعت الأمم المتحدة، أدانت وزارة الخارجية) or right after it
    (الأمم المتحدة تدعو)."""
    before = any("appeal" in c.cls[k] for k in range(max(m.clause[0], t - 2), t))
    return before or (t_end + 1 < m.first and "appeal" in c.cls[t_end + 1])


def _to_it(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` is إليه، إليها: what a verb of calling before it called for."""
    return k < len(c.toks) and c.surf[k] in _TO_IT


def _in_relative(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether token ``t`` after the trigger of ``m`` stands in a relative clause of another noun: a
    relative pronoun (``events_context.tsv``, class ``relative``) more than ``RELATIVE_REACH`` words
    after the trigger and before ``t`` opens a description of that noun, and the names in it do
    something else (``عند السياج الفاصل بين إسرائيل والقطاع الذي تسيطر عليه حركة حماس``: حماس rules
    the strip, it did not protest). A relative right after the trigger (or its adjective) describes the
    event itself: ``الهجمات التي شنتها إسرائيل``."""
    if t <= m.last + RELATIVE_REACH:
        return False
    k = next((k for k in range(t - 1, m.last + RELATIVE_REACH, -1) if "relative" in c.cls[k]), None)
    if k is None or k + 1 >= t:
        return False
    if "support" in c.cls[k + 1] or k + 2 < t and c.surf[k + 2] in _IN_IT:
        return False  # الهجوم القاتل بسكين الذي شنه رجل، مجزرة دير الزور التي قتل فيها داعش: the event's own
    # a comma closes the description: وسيلتقي الوزير الذي توجه إلى نانت، رئيسة البلدية
    return not any(c.surf[u] in ("،", ",", ".", "؛", ":") for u in range(k + 1, t))


def _parties_of(c: _Ctx, m: Mention) -> None:
    """Fill the actors, targets and places of ``m`` from the names and described parties of its clause.

    A place name after في/ب/قرب or right after a noun trigger (معارك ناغورنو كاراباخ) is a place;
    one right before or after a verb trigger (أطلقتها أرمينيا) an actor; after على/ضد a target.
    A speaker (قالت الوزارة إن) is none of them. Disasters have places only.
    """
    doc = c.doc
    lo, hi = c.toks[m.clause[0]].start, c.toks[m.clause[1] - 1].end
    verb = m.pos in _VERB_POS
    strict = m.type in ("meeting", "agreement")  # countries meet and agree; they are rarely places
    k = bisect.bisect_left(c.name_starts, lo)
    seen: set[str] = set()
    speaker: dict[str, Any] | None = None
    last: tuple[int, list[dict[str, Any]] | None] = (-2, None)
    borders = [] if m.type in ("meeting", "agreement") else _border_spans(c, m.clause[0], m.clause[1])
    for a, b in borders:  # على الحدود بين الهند وباكستان: where, by the sides it parts
        start, put_back = _strip_proclitic(c, a, _border_words())
        m.places.append(_party(put_back + doc.text[start : c.toks[b].end], None, doc.span(start, c.toks[b].end)))
    while k < len(c.names) and c.names[k][0] < hi:
        s, e, ent = c.names[k]
        k += 1
        name = ent.get("name") or doc.text[s:e]
        t, t_end = c.tok_at(s), c.tok_at(e - 1)
        if name in seen or m.first <= t <= m.last or any(a < t <= b for a, b in borders):
            continue
        seen.add(name)
        before = _before(c, t, s)
        party = _party(_case_form(name, doc.text[s:e]), ent, doc.span(s, e))
        typ = ent.get("type")
        if m.type == "disaster":
            if typ == "LOC":
                m.places.append(party)
            continue
        between = "بين" in before or "مع" in before  # اجتماعا بين طالبان ومبعوث: a party, speaker or not
        if t < m.first and _has_class(c, max(m.clause[0], t - 2), t, "mourn"):
            continue  # نعى حزب الله ثلاثة من عناصره قضوا في غارة: who mourns them did not kill them
        if not between and _is_speaker(c, m, t, t_end, ent.get("id")):
            if t < m.first and typ != "LOC":
                speaker = party
            seen.discard(name)  # it may stand again as a party (بين طالبان)
            continue
        if _agency(name):
            continue
        if typ == "PER" and _named_for(c, t):
            continue  # بشارع جمال عبد الناصر، مستشفى الملك فهد: a place named for a person, no party
        if t and "affiliation" in c.cls[t - 1] | c.cls[max(0, t - 2)]:
            continue  # أحزاب موالية لإيران
        if t and (typ == "MISC" and "weapon" in c.cls[t - 1] or "weapon_kind" in c.cls[t - 1]):
            continue  # سقطت قذائف هاون، 59 صاروخا من نوع كروز: the weapon's kind, no party
        if _said_between(c, m, t):
            continue  # اعتقلت الشرطة رجلا قالت إنه مؤيد لتنظيم داعش: what is said of whom it took
        if typ != "LOC" and _in_relative(c, m, t):
            continue  # تظاهرات عند السياج الفاصل بين إسرائيل والقطاع الذي تسيطر عليه حركة حماس
        if typ != "LOC" and m.type == "protest" and _of_sequel(c, m, t):
            continue  # احتجاجات بعد اعتقال الزعيم كارلس بوجديمون: whom the act before it took
        role: list[dict[str, Any]]
        if before & _PREP_FRONT and typ in ("ORG", "LOC") and m.type == "protest":
            role = m.places  # تظاهروا أمام السفارة الأمريكية، نظمت المظاهرة أمام مكتب المفوضية: where
        elif _patient(c, m, t) or (typ == "PER" and (_arrested(c, m, t, t_end) or _struck_person(c, m, t))) or _held_by(c, m, t) or (
            typ != "LOC" and (_owner(c, m, t) or (m.type in ("attack", "arrest") and _harmed_before(c, m, t)))
        ):
            role = m.targets  # اغتيل العميل السابق ألكسندر، المعارض الذي حبس: whom it was done to
        elif before <= {"و"} and t == last[0] + 1 and last[1] is not None:
            role = last[1]  # أرمينيا وأذربيجان: the second of a pair as the first
        elif "vn" in m.flags and m.pos == "n" and typ == "PER" and m.type in _DONE_TO and _title_between(c, m.last, t):
            m.targets.append(party)  # اغتيال خاشقجي، تسميم سكريبال: the person a verbal noun takes
            last = (t_end, m.targets)
            continue
        elif "بين" in before or "مع" in before:
            role = m.actors
        elif t > m.last and (before & _PREP_TARGET or (typ != "LOC" and _governed_by_target(c, m, t))):
            m.targets.append(party)
            if typ != "LOC" or strict:
                last = (t_end, m.targets)
                continue
            role = m.places
        elif typ == "LOC" and "visit" in m.flags and t > m.last:
            role = m.places  # زارت العراق، جولة في الشرق الأوسط
        elif typ == "LOC" and "host" in m.flags and (t == m.last + 1 or c.tok_at(e - 1) == m.first - 1):
            role = m.places  # الخرطوم تستضيف لقاء، القمة التي استضافتها كندا: where they met
            if _bare(_norm(name)) in _countries():
                m.actors.append(party)  # (a country that hosts is a party to it too)
        elif typ == "LOC" and (_about(c, m, t) or _others_place(c, m, t, before) or _origin(c, t, before)):
            continue  # تظاهروا في عمان احتجاجا على الغارات في غزة: the cause's place
        elif typ == "LOC":
            if strict:
                placed = bool(before & ({"في", "ب", "ل", "الي"} if m.type == "meeting" else {"في", "ب"}))
                # في العاصمة الإثيوبية أديس أبابا: a name after a place word (and its adjective) is where
                placed = placed or any("place" in c.cls[k] and c.sets[k - 1] & _PREP_IN for k in range(max(1, t - 2), t))
            else:
                placed = bool(before & _PREP_PLACE) or bool(t and c.cls[t - 1] & {"place", "direction"})
                # وتشهد طرابلس اشتباكات: the subject of a verb of witnessing is where it happened
                placed = placed or (t < m.first and _has_class(c, max(m.clause[0], t - 3), t, "scene"))
            adjacent = t == m.last + 1 or t_end == m.first - 1
            if t == m.last + 1 and not verb and not placed and _lam_object_after(c, t_end, m.clause[1]):
                role = m.actors  # استهداف إسرائيل لمطار المزة: the verbal noun's doer, then its object
            elif placed or (t == m.last + 1 and not verb):
                role = m.places  # في بروكسل، معارك ناغورنو كاراباخ، اتفاق سوتشي
            elif strict or adjacent:
                role = m.actors
            else:
                role = m.places
        else:
            role = m.actors
            inner = _place_inside(name)
            if inner and typ == "ORG" and inner not in seen and not strict:
                seen.add(inner)
                m.places.append(_party(inner))  # قوات الدعم السريع في الخرطوم
        role.append(party)
        last = (t_end, role)
    _described(c, m, seen, actors=m.type != "disaster")
    if not m.actors and (party := _counted_subject(c, m)) is not None:
        m.actors.append(party)  # هاجم أربعة أشخاص السفارة: those counted right after the verb did it
    if m.type not in ("meeting", "agreement"):
        _described_places(c, m, seen)
        _side_places(c, m, seen)
    if _has_class(c, max(m.clause[0], m.first - OWN_REACH), m.first, "own"):
        speaker = speaker or _teller(c, m)  # (a described speaker: أعلنت ألوية العمالقة أن قواتها اقتحمت)
        if speaker is not None:
            m.actors.insert(0, speaker)  # قال الجيش إن جنوده أطلقوا النار: its soldiers fired
    if m.pos == "n" and m.type != "disaster":
        _support_subject(c, m)
    if m.type != "disaster":
        _self_subject(c, m)
    if verb and m.type != "disaster" and _takes_object(c, m) and (kana := _kana_subject(c, m.first, m.clause[0])) is not None:
        _subject_actors(c, m, kana, m.first, flush=m.first)  # وكانت إسرائيل قد قصفت: the subject after كان did it
    for p in m.targets if m.pos == "n" else ():
        # تسميم العميل الروسي السابق سيرغي سكريبال: the nationality describes whom it was done to
        hi_t = (p.get("span") or {}).get("start", -1)
        if hi_t > c.toks[m.last].end and _lam_object(c, m, c.tok_at(hi_t)):
            continue  # قصف الجيش للمتشددين: the noun's doer stands between it and its object
        if hi_t > c.toks[m.last].end and _title_between(c, m.last, c.tok_at(hi_t)):
            lo_t = c.toks[m.last].end
            m.actors[:] = [a for a in m.actors if not lo_t <= (a.get("span") or {}).get("start", -1) < hi_t]
    if m.pos == "n" and m.first > m.clause[0] and "case" in c.cls[m.first - 1]:
        # بسبب قضية تسميم العميل: a case named in passing; the names before it did something else
        off = c.toks[m.first].start
        m.actors[:] = [p for p in m.actors if (p.get("span") or {}).get("start", 1 << 60) > off]
    if "agent" in m.flags:
        _agent_after(c, m)
    elif m.type != "disaster":
        _undergone(c, m)
        _killed_in(c, m)
    t = m.last + 1
    if m.pos == "n" and not m.definite and t < m.clause[1] and len(c.forms[t]) == 1 and "epithet" in c.cls[t]:
        at = c.toks[t].start  # هجوم مسلح: an armed attack, no armed man
        m.actors[:] = [p for p in m.actors if (p.get("span") or {}).get("start") != at]
    if m.targets:
        people = c.__dict__.get("_person_ids")
        if people is None:
            people = c.__dict__["_person_ids"] = frozenset(
                ent.get("id") for _, _, ent in c.names if ent.get("type") == "PER" and ent.get("id")
            )
        m.persons = frozenset(p["entity"] for p in m.targets if p.get("entity") in people)


def _teller(c: _Ctx, m: Mention) -> dict[str, Any] | None:
    """The speaker, named before it, of the statement whose content holds the trigger of ``m``, where
    it is a force or a body (a party word, or a name tagged ORG or LOC)."""
    off = c.toks[m.first].start
    for st in c.doc.layers.get("statements") or []:
        span, who = st.get("content_span") or {}, st.get("speaker") or {}
        where = who.get("span") or {}
        if span.get("start", 1 << 60) <= off < span.get("end", -1) and who.get("name") and where.get("end", 1 << 60) <= span["start"]:
            if not _force_at(c, c.tok_at(where["start"]), c.tok_at(where["end"] - 1) + 1):
                return None  # كشفت التحقيقات أن عناصرها: an inquiry has no forces of its own
            ent = {"id": who["entity"], "names": who.get("names") or []} if who.get("entity") else None
            return _party(who["name"], ent, where)
    return None


def _lam_object_after(c: _Ctx, t_end: int, hi: int) -> bool:
    """Whether the word after a name at ``t_end`` is an object with لـ (``لمطار``، ``للمدينة``): the
    name between a verbal noun and it is the noun's doer (``قصف إسرائيل لغزة``)."""
    u = t_end + 1
    if u >= hi or not c.toks[u].is_word or not c.surf[u].startswith("ل") or len(c.surf[u]) < 4 or _in_date(c, u):
        return False
    # للمدينة، لمطار المزة، لمواقع الحوثيين (a place or what an attack hits; not لليوم، للمرة)
    return bool(c.cls[u] & {"place", "area", "object"}) or c.toks[u].start in c.name_starts_set


def _lam_object(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the party at token ``t``, written with لـ after a verbal noun trigger, is its object:
    after the noun's doer ("قصف الجيش للمتشددين"، "استهداف الطائرات للمسلحين") or right after the
    noun with its pronoun ("قصفه للمسلحين"). Right after the bare noun (غارة لطائرات التحالف) or past
    an adjective (ضربات جوية للجيش) the لـ names who did it."""
    tok, trig = c.toks[t], c.toks[m.last]
    if m.pos != "n" or not (m.last < t <= m.last + LAM_OBJECT_REACH) or not c.surf[t].startswith("ل") or tok.stem_start == tok.start:
        return False
    if t == m.last + 1:
        # قصفه للمسلحين, with its pronoun as written (not غارة لطائرات التحالف: by whom)
        return c.doc.text[trig.start : trig.end].endswith(OBJECT_SUFFIXES)
    # قصف الجيش للمتشددين: the doer between (not ضربات جوية للجيش: an adjective, then by whom)
    doer = m.last + 1
    return doer + 1 == t and (c.words[doer].party or c.toks[doer].start in c.name_starts_set)


def _named_for(c: _Ctx, t: int) -> bool:
    """Whether the person named at token ``t`` names the place whose head word (class place: شارع،
    مستشفى، مطار) stands right before it, or before the honorific before it (مستشفى الملك فهد)."""
    k = t - 1
    if k > 0 and "honorific" in c.cls[k]:
        k -= 1
    return k >= 0 and "place" in c.cls[k] and c.toks[k].is_word


def _origin(c: _Ctx, t: int, before: set[str]) -> bool:
    """Whether the place at token ``t``, after من, is where someone came from (عودتهما من إسطنبول،
    قادما من باريس: lexicon class origin right before)."""
    return "من" in before and any(0 <= k and "origin" in c.cls[k] for k in (t - 1, t - 2))


def _border_spans(c: _Ctx, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans ``[first, last]`` of the borders tokens ``[lo, hi)`` name by the sides they part
    (``events_context.tsv``, class ``border``): ``عند السياج الفاصل بين إسرائيل والقطاع``، ``على
    الحدود بين الهند وباكستان``، ``الحدود بين البلدين``. The sides are a place, not parties."""
    out = []
    for k in range(lo, hi):
        if "border" not in c.cls[k]:
            continue
        b = next((x for x in range(k + 1, min(hi, k + 3)) if c.surf[x] == "بين"), None)
        if b is None or b + 1 >= hi or not c.toks[b + 1].is_word:
            continue
        u = _side_end(c, b + 1, hi)
        end = u
        v = u + 1
        if v < hi and c.toks[v].is_word and c.surf[v].startswith("و"):
            end = _side_end(c, v, hi)
        out.append((k, end))
    return out


def _side_end(c: _Ctx, t: int, hi: int) -> int:
    """The last token of a side a border parts, from token ``t``: a name, or a place word and the name
    after it (``بين قطاع غزة وإسرائيل``), or the one word."""
    if not _in_name(c, t) and t + 1 < hi and c.cls[t] & {"place", "region", "division"} and _in_name(c, t + 1):
        t += 1  # قطاع غزة: the tagger names غزة, the place word before it is the side's too
    return c.tok_at(_name_end(c, t) - 1) if _in_name(c, t) else t


def _title_between(c: _Ctx, a: int, t: int) -> bool:
    """Whether the name at token ``t`` follows token ``a`` right away or after a few definite words
    that describe it (``تسميم العميل الروسي السابق سيرغي سكريبال``: whom the act was done to)."""
    if t - a - 1 > TITLE_WORDS:
        return False
    return all(c.toks[k].is_word and c.surf[k].startswith("ال") and not c.words[k].trigger for k in range(a + 1, t))


def _case_form(name: str, written: str) -> str:
    """The name as written where it differs from the entity's only by its case ending (a sound
    plural or dual: أطلقها الحوثيون, not the entity's الحوثيين), else the entity's name."""
    if name == written or len(name) != len(written) or name[:-2] != written[:-2]:
        return name
    return written if {name[-2:], written[-2:]} <= {"ون", "ين", "ان"} else name


def _undergone(c: _Ctx, m: Mention) -> None:
    """Who undergoes an act (تعرض رجل سوري للضرب) and who tells of it did not do it: the actors
    named before the act (its لـ noun after the word of undergoing) are dropped."""
    lo = max(m.clause[0], m.first - EXPOSURE_REACH)
    k = next((k for k in range(m.first, lo - 1, -1) if "exposure" in c.cls[k]), None)
    if k is None:
        return
    end = next(
        (u for u in range(k + 1, min(m.clause[1], k + EXPOSURE_REACH)) if c.surf[u].startswith("ل")), m.last
    )
    off = c.toks[max(end, m.last)].start
    m.actors[:] = [p for p in m.actors if (p.get("span") or {}).get("start", 1 << 60) > off]


#: the words that tell where or by what one was harmed: قتلوا في هجوم، أصيبوا جراء غارة
_HARMED_IN = frozenset({"في", "جراء", "خلال", "اثر"})


def _killed_in(c: _Ctx, m: Mention) -> None:
    """Who was killed or hurt in an act (a word of harm, lexicon class ``harm``, then في/جراء and the
    noun) did not do it: ``إن تسعة أفراد من قوات الحرس الوطني قتلوا في هجوم مسلح`` → the guards
    are its victims, not its actors; and who told of the deaths before them neither (``أعلنت
    الوزارة مقتل فلسطينيين اثنين إثر إطلاق …``). The fallen of a clash are one of its sides (``قتل
    20 من قوات النظام في معارك مع الفصائل``): only the teller goes."""
    # (or by what, the ب on the trigger itself: إصابة فلسطيني بإطلاق نار مستوطن، مقتل جندي برصاص قناص)
    by = (
        m.type == "attack"
        and c.surf[m.first][:1] == "ب"
        and not m.lemma.startswith("ب")
        and not _has_class(c, max(m.clause[0], m.first - 3), m.first, "support")  # قام بعضهم بتفجير: what they did
    )
    k = m.first - (1 if by else 2)
    if m.pos != "n" or m.type not in _GAME or k < m.clause[0] or not by and c.surf[m.first - 1] not in _HARMED_IN:
        return
    attack = m.type == "attack"
    if "harm" in c.cls[k] and not c.surf[k].startswith(("ال", "بال")):
        if not attack:
            return
        lo = m.clause[0]  # not دين بتهمة الشروع في القتل في هجوم: a charge, its subject did it
    else:
        k = next((x for x in range(k, max(m.clause[0], k - HARM_REACH) - 1, -1) if _harm_before(c, x)), -1)
        if k < 0:
            return
        lo = k
    start = c.toks[lo].start
    off = c.toks[m.first - (0 if by else 1)].start if attack else start
    # (by what: only the harmed go, not the teller before them: أعلن الجيش مقتل 26 مسلحا بضربات جوية)
    gone = [p for p in m.actors if (start if by else -1) <= (p.get("span") or {}).get("start", 1 << 60) < off]
    m.actors[:] = [p for p in m.actors if p not in gone]
    m.targets.extend(p for p in gone if p not in m.targets and (p.get("span") or {}).get("start", -1) >= start)


def _harm_before(c: _Ctx, x: int) -> bool:
    """Whether token ``x`` opens the tale of whom an act struck: a noun of death (``مقتل``، lexicon
    class ``death``) or a verb of harm with a number right after it, a passive (``قتل 27 عنصرا من
    قوات الحشد في كمين``; not ``قتل مسلحون خمسة جنود``, whose doers come first)."""
    if "death" in c.cls[x]:
        return True
    return "harm" in c.cls[x] and x + 1 < len(c.toks) and c.toks[x + 1].start in c.number_starts


#: lexicon classes of a word that names a person by what he does (سائق): it may head the agent
_ROLE_CLASSES = frozenset({"driver"})


def _agent_after(c: _Ctx, m: Mention) -> None:
    """A trigger of the ``agent`` flag names who did it right after it, and whom before it:
    ``قتل المهاجم برصاص ضابط شرطة`` → ضابط شرطة (the one shot, المهاجم, is no actor).

    >>> from marsad.pipeline import process
    >>> ev = process("وقتل المهاجم برصاص ضابط شرطة في المحطة.").layers["events"][0]
    >>> [p["name"] for p in ev["actors"]]
    ['ضابط شرطة']
    """
    t = m.last + 1
    off = c.toks[m.last].start
    if _definite_token(c, m.last):
        # قتل الجيش بالرصاص ثلاثة فلسطينيين: a definite weapon is no construct and names no one after
        # it; of those before it, a force may have fired it, the people were shot (وأصيب فلسطينيون بالرصاص)
        m.actors[:] = [
            p for p in m.actors if (sp := p.get("span") or {}).get("start", 1 << 60) > off
            or _force_at(c, c.tok_at(sp.get("start", 0)), m.first)
        ]
        return
    m.actors[:] = [p for p in m.actors if (p.get("span") or {}).get("start", 1 << 60) > off]
    if t >= m.clause[1] or not c.toks[t].is_word or c.cls[t] - _ROLE_CLASSES or c.words[t].trigger:
        return
    if c.surf[t].startswith("وال") and not _in_name(c, t):
        return  # أصيب بالرصاص والغاز المسيل للدموع: what is joined to it by و is another weapon
    found = (_party_at(c, m, t) if _in_name(c, t) else None) or _described_party(c, t, m.clause[1])
    key = _norm(found["name"])
    lo, hi = (found.get("span") or {}).get("start", -1), (found.get("span") or {}).get("end", -1)
    m.places[:] = [p for p in m.places if _norm(p["name"]) != key]
    m.actors[:] = [found] + [
        p for p in m.actors if _norm(p["name"]) != key and not lo <= p.get("span", {}).get("start", -1) < hi
    ]  # ضابط شرطة, not شرطة again


def _support_subject(c: _Ctx, m: Mention) -> None:
    """The subject of a light verb whose object is the trigger noun did it (``events_context.tsv``,
    class ``support``): ``وشنت تركيا عددا من الهجمات`` → تركيا، ``عقد مجلس الأمن جلسة طارئة`` → مجلس
    الأمن، ``كانت واشنطن قد شنت ضربة``، ``هجوم شنته المقاومة``، ``قام مسلحون بإطلاق النار``. The
    subject follows the verb (or stands before قد and it); it becomes the first actor, and no place
    or target.

    >>> from marsad.pipeline import process
    >>> ev = process("وشنت تركيا عددا من الهجمات ضد معسكرات في شمال العراق.").layers["events"][0]
    >>> [p["name"] for p in ev["actors"]]
    ['تركيا']
    """
    lo = max(m.clause[0], m.first - SUPPORT_REACH)
    verb = next(
        (k for k in range(m.first - 1, lo - 1, -1) if "support" in c.cls[k] and "call" not in c.cls[k]), None
    )  # (دعا الرئيس … إلى: who calls for an act does not do it)
    if verb is not None and _has_trigger(c, verb + 1, m.first):
        verb = None  # شن هجوما … وأدى إلى اشتباكات: the verb has its own object
    if verb is None:  # هجوم شنته المقاومة، الهجمات التي شنتها إسرائيل
        verb = next(
            (k for k in range(m.last + 1, min(m.clause[1], m.last + 3)) if "support" in c.cls[k]), None
        )
        if verb is not None and "call" in c.cls[verb]:
            # إضراب عام دعت إليه المعارضة: who called a strike or a march to it organized it
            if m.type != "protest" or verb + 1 >= m.clause[1] or c.surf[verb + 1] not in _TO_IT:
                return
            verb += 1
        elif verb is None or not (c.surf[verb].endswith(("ه", "ها", "هم")) or "relative" in c.cls[verb - 1]):
            return
    subjects = [verb + 1]
    if verb + 3 < m.first and "each" in _context().get(c.surf[verb + 1] + " " + c.surf[verb + 2], ()):
        subjects = [verb + 3]  # ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا: the list is the subject
    kana = _kana_subject(c, verb, m.clause[0])
    if kana is not None:
        subjects.insert(0, kana)  # وكانت الولايات المتحدة وفرنسا شنت: the subject after كان
    elif verb >= 2 and c.surf[verb - 1] in ("قد", "وقد"):
        subjects.append(verb - 2)  # وقد شنت واشنطن: the subject ends before قد
    elif verb >= 2 and c.surf[verb - 2] in _THAT:
        subjects.append(verb - 1)  # إن مسلحين نفذوا الهجوم: the subject after إن/أن
    for t in subjects:
        if _subject_actors(c, m, t, m.first, flush=verb if t == kana else None):
            return


def _subject_actors(c: _Ctx, m: Mention, t: int, end: int, flush: int | None = None) -> bool:
    """Make the party at token ``t`` (a name or a described party), and the names joined to it by و
    before token ``end``, the first actors of ``m``; whether there was one. With ``flush``, only a
    subject that fills the words up to the verb at ``flush`` (or its قد) counts."""
    if t >= len(c.toks) or not c.toks[t].is_word or not (m.clause[0] <= t < m.clause[1]):
        return False
    found = _party_at(c, m, t)
    if found is None and c.sets[t] & _parties().keys():
        found = _described_party(c, t, m.clause[1])
    if found is None:
        return False
    # وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات: the names joined to the subject by و did it too
    joined = []
    u = c.tok_at(found["span"]["end"] - 1) + 1 if found.get("span") else t + 1
    while u < end and c.surf[u].startswith("و") and (p := _party_at(c, m, u)) is not None:
        joined.append(p)
        u = c.tok_at(p["span"]["end"] - 1) + 1 if p.get("span") else u + 1
    if flush is not None and (u != flush and (u != flush - 1 or c.surf[u] not in ("قد", "وقد"))):
        return False  # وكانت السعودية قد أكدت الأربعاء شن التحالف غارة: the subject of another verb
    for p in reversed(joined):
        _first_actor(m, p)
    _first_actor(m, found)
    return True


def _takes_object(c: _Ctx, m: Mention) -> bool:
    """Whether the verb trigger of ``m`` has an object: a pronoun on it (قصفها) or a word after it
    that is no preposition (قصفت مواقع). Unvowelled, ``وكان الصماد قد قتل في غارة`` and ``وكان وارمبير
    اعتقل في كوريا`` are passives: their subject is whom it was done to."""
    if c.surf[m.last].endswith(OBJECT_SUFFIXES):
        return True
    t = m.last + 1
    return t < m.clause[1] and c.toks[t].is_word and not _preposition(c.surf[t]) and not c.surf[t].startswith("ل")


def _kana_subject(c: _Ctx, verb: int, lo: int) -> int | None:
    """The first token of the subject that a word of كان (``statements_adjuncts.tsv``, class kana)
    puts before the verb at ``verb``, with or without قد: ``وكانت إسرائيل قد قصفت`` → إسرائيل،
    ``وكانت الولايات المتحدة وفرنسا شنت`` → الولايات. None where no word of كان stands within
    KANA_REACH words, with only words between."""
    end = verb - 1 if verb and c.surf[verb - 1] in ("قد", "وقد") else verb
    kana = adjuncts().get("kana", frozenset())
    for k in range(end - 1, max(lo, verb - KANA_REACH) - 1, -1):
        if not c.toks[k].is_word:
            return None
        if c.toks[k].norm in kana:
            return k + 1 if k + 1 < end else None
    return None


def _first_actor(m: Mention, found: dict[str, Any]) -> None:
    """Make ``found`` the first actor of ``m``, and none of its places or targets."""
    key = _norm(found["name"])
    m.places[:] = [p for p in m.places if _norm(p["name"]) != key]
    m.targets[:] = [p for p in m.targets if _norm(p["name"]) != key]
    m.actors[:] = [found] + [p for p in m.actors if _norm(p["name"]) != key]


def _self_subject(c: _Ctx, m: Mention) -> None:
    """Who reports that it did the act itself did it: a pronoun of أن/إن (``events_context.tsv``,
    class ``self``: أنه، إنها) right before the trigger (or before the light verb of a noun trigger)
    refers to the speaker, the first party after the verb of reporting: ``أعلنت إسرائيل أنها قصفت``
    → إسرائيل، ``قالت الشرطة إنها اعتقلت``، ``ذكر بيان للجيش أنه نفذ غارات`` → الجيش. A verb of
    stance after it (إنها تدين الهجوم) is no act of the speaker's: the trigger must follow the pronoun.

    >>> from marsad.pipeline import process
    >>> ev = process("وأعلنت الشرطة الفرنسية أنها اعتقلت ثلاثة أشخاص في باريس.").layers["events"][0]
    >>> [p["name"] for p in ev["actors"]][:1]
    ['الشرطة الفرنسية']
    """
    k = m.first - 1
    if m.pos == "n" and k > m.clause[0] and "support" in c.cls[k]:
        k -= 1  # أنه نفذ غارات
    if k <= m.clause[0] or "self" not in c.cls[k]:
        return
    lo = max(m.clause[0], k - SELF_REACH)
    r = next((u for u in range(k - 1, lo - 1, -1) if "report" in c.cls[u]), None)
    if r is None or _has_trigger(c, r + 1, k):
        return
    heads = _parties()
    for t in range(r + 1, k):
        if not c.toks[t].is_word:
            continue
        found = _party_at(c, m, t)
        if found is None and c.sets[t] & heads.keys():
            found = _described_party(c, t, k)
        if found is not None:
            _first_actor(m, found)
            return
    if _agrees(c.surf[r], c.surf[k]) and all(
        c.toks[t].is_word and c.toks[t].start not in c.name_starts_set for t in range(r + 1, k)
    ):
        # وأوضحت أنها قبضت على فتاة: the verb's own pronoun is the speaker the statements layer found
        said = _speaker_of_cue(c, c.toks[r].start)
        if said is not None:
            names = said.get("names") or [said["name"]]
            _first_actor(m, {"name": said["name"], "entity": said.get("entity"), "names": names, "span": said.get("span")})


def _agrees(verb: str, pronoun: str) -> bool:
    """Whether a perfect verb of reporting and the pronoun of أن/إن after it are of one gender and
    number (وأوضحت أنها، وأضاف أنه، وقالوا إنهم; not أكدت أنه: "that it was")."""
    if verb.endswith("وا"):
        return pronoun.endswith("هم")
    if verb.endswith("ت"):
        return pronoun.endswith("ها")
    return pronoun.endswith("ه")


def _speaker_of_cue(c: _Ctx, off: int) -> dict[str, Any] | None:
    """The speaker the statements layer gave the reporting verb that starts at offset ``off``."""
    for st in c.doc.layers.get("statements") or []:
        if (st.get("cue_span") or {}).get("start") == off:
            sp = st.get("speaker")
            return sp if sp and sp.get("name") else None
    return None


def _about(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether a word of topic or cause (حول، بشأن، احتجاجا، تضامنا) stands between the trigger of
    ``m`` and token ``t`` after it: what follows is what the event is about, not where it happened
    (محادثات في القاهرة حول الوضع في ليبيا: القاهرة, not ليبيا)."""
    return t > m.last + 1 and _has_class(c, m.last + 1, t, "about")


def _others_place(c: _Ctx, m: Mention, t: int, before: set[str]) -> bool:
    """Whether the name at token ``t`` belongs to another trigger of the clause: one after it
    stands past another trigger, and one after a preposition (في، على، قرب) before it, where a word
    of sequence (قبيل، بعد، ردا على) makes it another act, is the complement of the trigger before,
    as a prepositional phrase attaches to the head before it (قصف على غزة قبيل احتجاجات: غزة is the
    shelling's place, not the protests')."""
    if t > m.last + 1:
        return _has_trigger(c, m.last + 1, t)
    if t < m.first and m.sequel and _has_class(c, t, m.first, "sequel") and not _has_trigger(c, t, m.first):
        near = before | (c.sets[t - 2] if t > 1 else _EMPTY)  # على قطاع غزة: across a head word
        return bool(near & (_PREP_PLACE | _PREP_TARGET))
    return False


def _patient(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the party at token ``t`` is whom a passive trigger was done to: after it, or before
    the relative pronoun that opens it (المعارض الذي حبس بتهمة …، الصحفي الذي اغتيل)."""
    if "passive" not in m.flags:
        return False
    return t > m.last or t < m.first and m.first > 0 and "relative" in c.cls[m.first - 1]


def _held_by(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the name at token ``t``, after the trigger, holds the ground the act is about (lexicon
    class ``holder`` right before it: ``تحرير المناطق الواقعة تحت سيطرة الحوثيين``): whom it is
    taken from (not ``سيطرة الحوثيين على صنعاء``, where سيطرة is the trigger)."""
    return t > m.last + 1 and m.type == "attack" and "holder" in c.cls[t - 1]


def _of_sequel(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the name at token ``t`` follows a word of sequence and another act after the trigger:
    it is a party to that act (``اندلعت احتجاجات بعد اعتقال الزعيم كارلس بوجديمون``)."""
    for k in range(m.last + 1, t):
        if "sequel" in c.cls[k]:
            return _has_trigger(c, k + 1, t)
    return False


def _arrested(c: _Ctx, m: Mention, t: int, t_end: int) -> bool:
    """Whether the person named at token ``t`` is whom an arrest verb took: right after the verb,
    which is then a passive or has its subject in itself (``واعتقلت باباي``، ``اعتقلوا محمد علي``), after
    one word that describes him (``واعتقل الناشط محمد علي في القاهرة``), or after the force that
    arrests (``اعتقلت السلطات الإيرانية محمد علي``); or right before it, ``قد`` aside (``إن حداد
    اعتقل``). The forces that arrest are no person. ``t_end`` is the name's last token."""
    if m.type != "arrest" or m.pos != "v":
        return False
    if t < m.first:
        # إن حداد اعتقل، بوجديمون قد اعتقل من قبل دورية: a person right before the verb was taken
        gap = range(t_end + 1, m.first)
        return t_end < m.first and len(gap) <= 1 and all(c.surf[k] == "قد" for k in gap)
    if t <= m.last or t > m.last + ARREST_REACH:
        return False
    if t == m.last + 1:
        return True
    if _has_trigger(c, m.last + 1, t) or not all(c.toks[k].is_word for k in range(m.last + 1, t)):
        return False
    if any("security" in c.cls[k] or _org_at(c, k) for k in range(m.last + 1, t)):
        return True  # اعتقلت الشرطة محمد علي، اعتقلت حماس القيادي: the person after the force is whom it took
    return t == m.last + 2 and not _in_name(c, t - 1) and not c.cls[t - 1] & {"report", "stop", "boundary"}


def _struck_person(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the person named at token ``t`` is whom an attack verb struck: after the verb's subject,
    a force or a party the text describes (``واغتال مسلحون القيادي محمد علي``، ``قتل مسلحون ديب
    كمارا``); not a person right after the verb, who is mostly its subject (``وقصف حفتر مواقع``)."""
    if m.type != "attack" or m.pos not in _VERB_POS or "passive" in m.flags or not m.last + 1 < t <= m.last + ARREST_REACH:
        return False
    if _has_trigger(c, m.last + 1, t) or not all(c.toks[k].is_word for k in range(m.last + 1, t)):
        return False
    return c.words[m.last + 1].party or "security" in c.cls[m.last + 1] or _org_at(c, m.last + 1)


#: how many tokens after an arrest verb the person it took may be named (اعتقلت قوات الأمن التركية فلانا)
ARREST_REACH = 6


def _has_trigger(c: _Ctx, lo: int, hi: int) -> bool:
    """Whether a trigger word was found among tokens ``[lo, hi)``."""
    k = bisect.bisect_left(c.trigger_at, lo)
    return k < len(c.trigger_at) and c.trigger_at[k] < hi


def _party_at(c: _Ctx, m: Mention, t: int) -> dict[str, Any] | None:
    """The party found for ``m`` whose name starts or ends in token ``t`` (a name before قد ends
    there), else a name the tagger found there."""
    lo, hi = c.toks[t].start, c.toks[t].end
    for p in m.actors + m.places + m.targets:
        sp = p.get("span") or {}
        if lo <= sp.get("start", -1) < hi or lo < sp.get("end", -1) <= hi:
            return p
    for s, e, ent in _names_near(c, lo):
        if (lo <= s < hi or lo < e <= hi) and ent.get("type") in ("PER", "ORG", "LOC"):
            return _party(ent.get("name") or c.doc.text[s:e], ent, c.doc.span(s, e))
    return None


def _governed_by_target(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the name at token ``t`` closes a noun phrase that على/ضد opens after the trigger:
    ``احتجاجات ضد نظام الرئيس دانييل أورتيغا`` (the regime, and its head, are what is protested)."""
    for k in range(t - 1, max(m.last, t - TARGET_REACH - 1), -1):
        if c.sets[k] & _PREP_TARGET:
            return True  # (على is a word of class stop itself)
        if not c.toks[k].is_word or c.cls[k] & _FUNCTION or c.words[k].trigger:
            return False
    return False


def _described_places(c: _Ctx, m: Mention, seen: set[str]) -> None:
    """Places the text describes by a head word: ``منطقة "فضولي" الأذربيجانية``، ``مخيم الأمعري``،
    ``محافظة صعدة اليمنية``، ``قرية مجاورة`` (the head, then a name, a quoted word or, after a head
    without the article, a content word, then the definite words that follow), or a head with the
    article alone (``قرب السفارة``، ``داخل المخيم``). A direction word (شمال، وسط) needs a name."""
    doc = c.doc
    heads = _place_heads()
    for t in range(m.clause[0], m.clause[1]):
        cls = c.cls[t]
        land = "land" in cls and t + 1 < m.clause[1] and bool(c.sets[t + 1] & _demonyms().keys())
        if land:
            cls = cls | {"place"}  # داخل الأراضي السورية: the land of a country, with its adjective
        if not ({"place", "direction"} & cls) or m.first <= t <= m.last or _about(c, m, t):
            continue
        if _hamza_wa(c, t):
            continue  # "وأدى القمع": and it led, no وادي (a valley)
        if t > 0 and "weapon" in c.cls[t - 1] and c.surf[t].startswith("ال"):
            continue  # "بالرصاص الحي": live rounds, no neighbourhood
        if _others_place(c, m, t, set(c.sets[t - 1]) if t else set()):
            continue  # قصف على غزة قبيل احتجاجات في مدينة رفح: the protests' place
        u, quoted = t + 1, False
        while u < m.clause[1] and c.surf[u] in _QUOTE_MARKS:
            u, quoted = u + 1, True
        if u < m.clause[1] and "compound" in cls and _plain_trigger(c, u):
            continue  # ساحة المعركة: a figure, no place (but ساحة التحرير is one)
        has_next = u < m.clause[1] and c.toks[u].is_word and not c.cls[u] & {"stop", "report"}
        named = has_next and (quoted or _in_name(c, u))
        definite = _definite_token(c, t)
        if "direction" in cls and not named:
            continue
        if land:
            end = t + 1
        elif has_next and (named or not definite):
            end = u
            for v in range(u + 1, min(m.clause[1], u + 3)):
                if c.surf[v] in _QUOTE_MARKS:
                    end = v
                elif c.toks[v].is_word and not _in_date(c, v) and (_definite_token(c, v) and not c.cls[v] or _in_name(c, v)):
                    end = v  # (not "غرب عمان الجمعة": the day is no part of the place)
                else:
                    break
        elif definite:
            end = t
        else:
            continue
        start, put_back = _strip_proclitic(c, t, heads)
        name = put_back + doc.text[start : c.toks[end].end]
        if name not in seen:
            seen.add(name)
            party = _party(name, None, doc.span(start, c.toks[end].end))
            if end == t:
                m.weak_places.append(party)  # السفارة: a place, but no name of one
            else:
                m.places.insert(0, party)


def _side_places(c: _Ctx, m: Mention, seen: set[str]) -> None:
    """A place the tagger did not name, told by a definite noun and a word of side after في or بـ (or
    على, for an attack) (``events_context.tsv``, class side): ``في الغوطة الشرقية``، ``بالضاحية
    الجنوبية``. A noun of a class of its own (الحدود، المنطقة: place heads the stage reads elsewhere;
    الدول، القوى، الاتجاه: class not_side) is none. Recovered places: the event shows them where its
    mentions name no place the tagger found."""
    doc = c.doc
    for t in range(m.clause[0] + 1, m.clause[1] - 1):
        if m.first <= t <= m.last or not _definite_token(c, t) or c.cls[t] or c.words[t].party or c.words[t].trigger:
            continue  # (a word of any class: الحدود، المنطقة, read elsewhere; الدول الغربية: class not_side)
        if _in_name(c, t) or _in_name(c, t + 1) or "side" not in c.cls[t + 1]:
            continue
        inside = bool(c.sets[t - 1] & _PREP_IN) or (c.toks[t].prefix_len > 0 and c.surf[t].startswith("بال"))
        inside = inside or (m.type == "attack" and bool(c.sets[t - 1] & _PREP_TARGET))  # غارات على الغوطة الشرقية
        if not inside or c.sets[t] & _people_words():
            continue
        start = c.toks[t].start
        while doc.text[start] in "وفب" and start + 1 < c.toks[t].end:
            start += 1  # وبالغوطة: the place without its و and ب (a definite word: the article follows them)
        name = doc.text[start : c.toks[t + 1].end]
        if name not in seen and not any(_norm(p["name"]) == _norm(name) for p in m.places):
            seen.add(name)  # (for the output only, where no tagged name is a place: merging trusts those)
            m.recovered.append(_party(name, None, doc.span(start, c.toks[t + 1].end)))


def _plain_trigger(c: _Ctx, t: int) -> bool:
    """Whether token ``t`` is a trigger word that needs nothing around it (المعركة, not التحرير)."""
    table = _triggers()
    return any(
        not e.flags & {"loc", "per", "num", "sec", "party"} for f, _ in c.forms[t] for e in table.get(f, ())
    )


_QUOTE_MARKS = ('"', "«", "»", "“", "”")


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return frozenset(w for w, cls in _context().items() if cls & {"place", "direction"})


def _head_before(c: _Ctx, s: int, heads: frozenset[str] = _HEAD_CLASSES) -> tuple[str, frozenset[str]] | None:
    """The head word (and the nationality adjectives after it) that a place name starting at offset
    ``s`` closes, as written without its proclitic, and whether it is a direction: ``بقطاع غزة`` →
    ``قطاع``، ``في العاصمة السودانية الخرطوم`` → ``العاصمة السودانية``، ``شمال سوريا`` → ``شمال``."""
    t = c.tok_at(s)
    demonyms = _demonyms()
    if c.toks[t].start != s or t == 0 or c.sets[t] & demonyms.keys():
        return None  # بغزة: a proclitic on the name; العاصمة الليبية: an adjective, no name
    k = t - 1
    while k > 0 and t - k <= 2 and c.toks[k].is_word and _definite_token(c, k) and c.sets[k] & demonyms.keys():
        k -= 1  # العاصمة السودانية الخرطوم
    cls = c.cls[k]
    if not c.toks[k].is_word or not cls & heads or c.toks[k].sent != c.toks[t].sent:
        return None
    if heads is _HEAD_CLASSES and _definite_token(c, k) and k == t - 1 and "capital" not in cls:
        return None  # في المدينة عطية الشاعري: a name after a definite head is another's (but العاصمة صنعاء)
    if heads is _HONORIFIC and not _definite_token(c, k):
        return None  # ملك (a possession), أمير without the article: no title of the name after it
    start, put_back = _strip_proclitic(c, k, _name_heads() if heads is _HEAD_CLASSES else _honorifics())
    if k > 0 and c.surf[k - 1] == "شبه":  # شبه جزيرة سيناء
        start, put_back = c.toks[k - 1].start, ""
    return put_back + c.doc.text[start : c.toks[t - 1].end], cls


def _with_country(party: dict[str, Any]) -> list[dict[str, Any]]:
    """A party the tagger named by a nationality word alone (``الإسرائيلي``، ``التركية``), then its
    country (``إسرائيل``، ``تركيا``): the word may be the person (يحاول طعن الإسرائيلي) or the
    country's adjective cut off its noun (وزير الدفاع الأمريكي). The people (الفلسطينيون) have theirs."""
    name = party["name"].strip()
    norm = _norm(name)
    adjective = " " not in name and norm.startswith("ال") and norm.endswith(("ي", "ه"))
    country = _demonyms().get(_bare(norm)) if adjective else None
    return [party, _party(country, None, party.get("span"))] if country else [party]


def _titled(c: _Ctx, party: dict[str, Any]) -> dict[str, Any]:
    """A person with the title the text puts right before the name (and the nationality after the
    title): ``استقبل الملك سلمان بن عبد العزيز`` → الملك سلمان بن عبد العزيز، ``الرئيس الأمريكي دونالد
    ترامب``. The fullest form as written: the bare name is inside it."""
    span, name = party.get("span"), party["name"]
    if not span or " " not in name.strip():
        return party
    written = span.get("text") or ""
    if _norm(written) != _norm(name) and _norm(name) not in _norm(written):
        # the title the tagger took for the person (الملك), the name right after it
        after = c.doc.text[span["end"] : span["end"] + len(name) + 1].strip()
        if _norm(after) == _norm(name):
            full = f"{written} {name}"
            return {**party, "name": full, "names": [full, *party["names"]]}
        return party
    found = _head_before(c, span["start"], _HONORIFIC)
    if not found or _norm(name).startswith(_norm(found[0])):
        return party
    full = f"{found[0]} {name}"
    return {**party, "name": full, "names": [full, *party["names"]]}


def _headed(c: _Ctx, party: dict[str, Any]) -> dict[str, Any]:
    """A place with the head word the text gives its name, where the name does not hold it already:
    by the head right before it (``قصف على قطاع غزة`` → قطاع غزة), else by the one head the article
    gives that place elsewhere (``قطاع غزة`` … ``في غزة`` → قطاع غزة; not a direction, شمال غزة is a
    part of it). The fullest form as written: the shorter one is inside it."""
    span = party.get("span")
    found = _head_before(c, span["start"]) if span else None
    head = found[0] if found else c.place_heads().get(party.get("entity") or "")
    if not head or _norm(party["name"]).startswith(_norm(head)):
        return party
    return {**party, "name": f"{head} {party['name']}", "names": [f"{head} {party['name']}", *party["names"]]}


def _name_end(c: _Ctx, t: int) -> int:
    """The end offset of the name that holds token ``t``."""
    off = c.toks[t].start
    return max((e for s, e, ent in _names_near(c, off) if s <= off < e), default=c.toks[t].end)


def _in_name(c: _Ctx, t: int) -> bool:
    off = c.toks[t].start
    return any(s <= off < e and not ent.get("role") for s, e, ent in _names_near(c, off))


def _place_inside(name: str) -> str | None:
    """The place a body's name holds after في: ``وزارة الدفاع في إقليم كاراباخ`` → ``إقليم كاراباخ``."""
    head, sep, tail = name.partition(" في ")
    return tail.strip() or None if sep and head else None


def _described(c: _Ctx, m: Mention, seen: set[str], actors: bool = True) -> None:
    """Parties the text describes (القوات المسلحة الأرمينية، مسلحين) and nationality adjectives
    (قوات روسية → روسيا; after a place word, a place: السواحل الليبية → ليبيا) near the trigger;
    only places where ``actors`` is false (a disaster has none)."""
    doc = c.doc
    heads = _parties()
    demonyms = _demonyms()
    a, b = max(m.clause[0], m.first - ACTOR_WINDOW), min(m.clause[1], m.last + 1 + ACTOR_WINDOW)
    #: the last token of a party that speaks (قال الجيش الإسرائيلي) or owns what was hit (مواقع
    #: للميليشيات الحوثية): its nationality word is neither actor nor place
    aside = -1
    for t in range(a, b):
        if not c.words[t].party or not c.toks[t].is_word or m.first <= t <= m.last:
            continue
        if t > m.last and _said_between(c, m, t):
            break  # (what is said of its object)
        fs = c.sets[t]
        if not fs.isdisjoint(heads) and not (_in_name(c, t) and c.toks[t].start not in c.name_starts_set):
            party = _described_party(c, t, b)
            if party["span"]["end"] <= c.toks[t].end and any(heads.get(f) in ("bound", "regime") for f in fs):
                continue  # كل القوى: قوى makes a party only with what follows (قوى الأمن)
            if any(heads.get(f) == "group" for f in fs) and (
                _name_from(c, t)
                or party["span"]["end"] <= c.toks[t].end
                and t + 1 < len(c.toks)
                and (c.surf[t + 1] in _QUOTE_MARKS or c.toks[t + 1].start in c.name_starts_set)
            ):
                # جماعة الحوثي، تنظيم "الدولة الإسلامية": the group's name is the party (not the head
                # alone, nor "جماعة الحوثي مواقع الجيش", the head and every word after it)
                continue
            if any(heads.get(f) == "group" for f in fs) and t + 1 == m.first and not _definite_token(c, t):
                continue  # بتنظيم تجمع حاشد: organizing it, a verbal noun, no organization
            speaker, owner = _is_speaker(c, m, t, t, _entity_at(c, t)), _owner(c, m, t)
            if speaker or owner:
                aside = c.tok_at(party["span"]["end"] - 1)
            if actors and not speaker and party["name"] not in seen:
                seen.add(party["name"])
                hit = owner or (t > m.last and t > 0 and bool(c.sets[t - 1] & _PREP_TARGET)) or _patient(c, m, t)
                counts = m.type == "arrest" or "killer" in m.flags  # أسر سبعة حوثيين، قتل الجيش عشرات المسلحين
                hit = hit or (counts and (t - 1 > m.last and _counted(c, t - 1) or _counted_of(c, m, t)))
                hit = hit or (m.type in ("attack", "arrest") and _harmed_before(c, m, t))
                hit = hit or (m.type in ("attack", "arrest") and _lam_object(c, m, t))
                # اعتقلت الشرطة الإرهابيين: the party after the force that arrests is whom it took
                hit = hit or (
                    m.type == "arrest"
                    and m.pos in _VERB_POS
                    and t > m.last + 1
                    and t - m.last <= ARREST_REACH
                    and any("security" in c.cls[k] for k in range(m.last + 1, t))
                )
                (m.targets if hit else m.actors).append(party)  # أطلقوا النار على محتجين
        if t <= aside:
            continue
        if "descent" in c.cls[t - 1] or (t + 1 < len(c.cls) and "descent" in c.cls[t + 1]):
            # قتل رجل من أصل مغربي 3 أشخاص، هاجم رجل مغربي الأصل المارة: a person's origin, not a
            # country that acted; the subject as written is who did it
            after = "descent" not in c.cls[t - 1]
            lo, hi = (t - 1, t + 1) if after else (t - 3, t)
            told = after or (t >= 3 and "من" in c.sets[t - 2])
            if actors and told and m.type != "arrest" and _subject_described(c, m, t if after else t - 2):
                written = doc.text[c.toks[lo].start : c.toks[hi].end]
                if written not in seen:
                    seen.add(written)
                    m.actors.append(_party(written, None, doc.span(c.toks[lo].start, c.toks[hi].end)))
            continue
        for f in fs:
            country = demonyms.get(_bare(f))
            if country and country not in seen:
                seen.add(country)
                # (a border is a place: "المجاور للحدود الأردنية" names no Jordanian actor)
                placed = t > 0 and bool((c.cls[t - 1] | c.cls[max(0, t - 2)]) & {"place", "direction", "border", "land"})
                if placed and m.type in ("meeting", "agreement"):
                    break  # اتفاق … في محافظة إدلب السورية: where the zone is, not where they agreed
                if placed or actors:
                    group = None
                    span = c.doc.span(c.toks[t].start, c.toks[t].end)  # the adjective it is read from
                    # استهدفت الغارات قاعدة روسية: the country owns what was hit
                    # أطلق النار على فلسطيني: whom it was aimed at
                    hit = not placed and t - 1 > m.last and (
                        "object" in c.cls[t - 1]
                        or bool(c.sets[t - 1] & _PREP_TARGET)
                        or _patient(c, m, t)
                        or ((m.type == "arrest" or "killer" in m.flags) and _counted(c, t - 1))
                        or (
                            (m.type == "arrest" or "killer" in m.flags)
                            and t - 2 > m.last
                            and c.words[t - 1].party
                            and _counted(c, t - 2)
                        )
                    )  # اغتيل العميل الروسي: the one it was done to is Russian; أسر عشرات المسلحين الحوثيين
                    if not placed and _demonym_noun(c, t, a):
                        # ويخطط الفلسطينيون: the people as written, then their country; whom the act
                        # took or struck where it took them (اعتقلت الشرطة 20 فلسطينيا)
                        start, put_back = _strip_proclitic(c, t, demonyms.keys())
                        written = put_back + doc.text[start : c.toks[t].end]
                        (m.targets if hit else m.actors).append(_party(written, None, doc.span(start, c.toks[t].end)))
                        people = _peoples().get(_bare(f))
                        if m.type == "protest" and people and _norm(people) != _norm(written):
                            # تظاهر آلاف فلسطينيين: who protested, the people as a whole
                            group = _party(people, None, doc.span(start, c.toks[t].end))
                    elif m.type == "protest" and not placed and t == m.last + 1 and (people := _peoples().get(_bare(f))):
                        # احتجاجات فلسطينية: the protest's adjective tells who protested, the people as a whole
                        group = _party(people, None, span)
                    elif not placed and not hit and _subject_described(c, m, t):
                        # هاجم شاب نمساوي الحارس: the subject as written, then its country
                        lo = c.toks[t - 1].start
                        m.actors.append(_party(doc.text[lo : c.toks[t].end], None, doc.span(lo, c.toks[t].end)))
                    (m.places if placed else m.targets if hit else m.actors).append(_party(country, None, span))
                    if group is not None:
                        m.actors.append(group)
                break


def _name_from(c: _Ctx, t: int) -> bool:
    """Whether a name the tagger found starts at token ``t`` and goes on past it."""
    name = _name_starting(c, t)
    return name is not None and name[1] > c.toks[t].end


def _counted_of(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the party at token ``t`` is counted with من after the trigger (القبض على 5 من
    المسلحين، اعتقال عدد كبير من الإرهابيين): a part of it is whom the act took or killed."""
    if t - 2 <= m.last or "من" not in c.sets[t - 1]:
        return False
    return any(_counted(c, k) for k in range(max(m.last + 1, t - 3), t - 1))


def _harmed_before(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the party at token ``t``, before the trigger, is told as harmed, counted with من after
    a word of harm (سقوط قتلى وجرحى من المسلحين وأسر اثنين، بمقتل وإصابة 20 من عناصر الميليشيا
    واعتقال خمسة): it lost people, it did not take them."""
    k = t - 1
    if k > 0 and c.words[k].party:
        k -= 1  # من عناصر الميليشيا: the head of its members between
    if t >= m.first or k < 1 or "من" not in c.sets[k]:
        return False
    return any("harm" in c.cls[x] for x in range(max(m.clause[0], k - 4), k))


def _counted(c: _Ctx, k: int) -> bool:
    """Whether token ``k`` is a number or a word of quantity (5، سبعة، عشرات): after an arrest word,
    the people after it are counted, so they are whom it took, not who took them (أسر سبعة حوثيين;
    an attack's counted may be its doers: اقتحام مئات المتظاهرين القنصلية)."""
    return c.toks[k].norm[:1].isdigit() or c.toks[k].start in c.number_starts or "quantity" in c.cls[k]


def _entity_at(c: _Ctx, t: int) -> str | None:
    """The id of the entity whose name holds token ``t`` (الجيش in الجيش الإسرائيلي), if any."""
    off = c.toks[t].start
    return next((ent.get("id") for s, e, ent in _names_near(c, off) if s <= off < e and not ent.get("role")), None)


def _place_name_at(c: _Ctx, u: int) -> bool:
    """Whether a name the tagger found as a place starts at token ``u``."""
    name = _name_starting(c, u)
    return name is not None and name[2].get("type") == "LOC"


#: endings of a nisba adjective (السوري، الشرقية، الداخلي), normalized
_ADJECTIVE_ENDS = ("ي", "يه", "يين", "يون")  # (normalized: ية is written يه)


def _described_party(c: _Ctx, t: int, b: int) -> dict[str, Any]:
    """The party a head noun at token ``t`` (of ``events_parties.tsv``) describes, up to token ``b``:
    the head, then the definite words, nationality adjectives and names that follow it, and the
    nouns of a construct chain that a definite word closes (``طائرات تحالف دعم الشرعية``،
    ``القوات المسلحة الأرمينية``، ``قوات الأمن``).

    >>> from marsad.pipeline import process
    >>> ev = process("شنت طائرات تحالف دعم الشرعية غارات على مواقع في الحديدة.").layers["events"][0]
    >>> [p["name"] for p in ev["actors"]][0]
    'طائرات تحالف دعم الشرعية'
    """
    demonyms = _demonyms()
    heads = _parties()
    end, u = t, t + 1
    # a sound plural that keeps its ن (مهربون، مسلحين) heads no construct and takes no definite
    # adjective: a definite word after it is another's (فتح مهربون النار)
    bare_plural = not _definite_token(c, t) and c.surf[t].endswith(("ون", "ين"))
    regime = any(heads.get(f) == "regime" for f in c.sets[t])  # النظام السوري، نظام الأسد (not النظام القول)
    while u < min(b, t + 4):
        if regime and not (c.sets[u] & demonyms.keys() or _in_name(c, u)):
            break
        if not c.toks[u].is_word or _in_date(c, u) or "weapon" in c.cls[u] or _counted(c, u) or u in c.trigger_at or "stop" in c.cls[u]:
            break  # قوى الأمن الداخلي الاثنين: the day is no part of it; أطلقت قوات الأمن النار: nor what it
            # fired; قتل الجيش السوري عشرات المسلحين: nor whom it counted; ألقت المقاومة القبض: nor its act;
            # الإرهابيين الذين نفذوا: nor a relative pronoun (lexicon class stop)
        if bare_plural and u == t + 1 and c.surf[u].startswith("ال") and _definite_token(c, u):
            break
        if (
            c.surf[u].startswith("و")
            and c.sets[u - 1] & demonyms.keys()
            and not (c.sets[u] & (demonyms.keys() | heads.keys()) or _in_name(c, u))
        ):
            break  # بالرصاص الإسرائيلي والغاز المسيل للدموع: a weapon joined by و is no part of the party
        if u == t + 1 and _definite_token(c, t) and not _definite_token(c, u) and not _in_name(c, u):
            break  # اعتقال الشرطة أحد المطلوبين: an indefinite word after a definite head is its object
        if (
            bare_plural
            and u == t + 1
            and not c.sets[u] & demonyms.keys()
            and not c.surf[u].endswith(("ون", "ين"))  # مسلحين موالين للنظام: its adjective
            and _construct(c, u, b)
            and u + 1 < b
            and _definite_token(c, u + 1)  # (not متظاهرين شباب في البصرة)
        ):
            break  # هاجم مسلحون مركز الشرطة: a noun of a construct after it is its object
        if c.cls[u] & {"place", "object"} and _definite_token(c, u - 1) and not _definite_token(c, u):
            # استعادت القوات الحكومية مدينة الخوخة، قصفت مقاتلات التحالف مواقع للحوثيين: a definite word
            # closed the party; the city, the positions are its object
            break
        if c.cls[u] & {"place", "area", "object"} and _definite_token(c, t) and _definite_token(c, u) and not _in_name(c, u):
            break  # وحررت القوات المناطق الخاضعة: after a definite head only adjectives follow, no ground
        if (
            u - 1 > t
            and _definite_token(c, u - 1)
            and _definite_token(c, u)
            and not _in_name(c, u)
            and not c.sets[u] & demonyms.keys()
            and not c.surf[u].endswith(_ADJECTIVE_ENDS)
            and u + 1 < b
            and _definite_token(c, u + 1)
            and c.surf[u + 1].endswith(_ADJECTIVE_ENDS)
        ):
            # قصفت قوات النظام الغوطة الشرقية: after a closed construct, a definite noun with an adjective of
            # its own is the verb's object (not قوات الأمن الخاصة, the party's adjective)
            break
        if u - 1 > t and _definite_token(c, u - 1) and _place_name_at(c, u):
            break  # قصفت قوات النظام الضاحية الجنوبية: a place named after a closed construct is the object
        if _in_name(c, u):  # مقاتلات تحالف دعم الشرعية
            if _person_at(c, u) and _definite_token(c, u - 1):
                break  # اعتقلت الشرطة محمد علي: a person after a word with the article is no part of it (أنصار أورتيغا is)
            end = u = c.tok_at(_name_end(c, u) - 1)
        elif (
            c.sets[u] & heads.keys()
            and _definite_token(c, u - 1)
            and _definite_token(c, u)
            and c.surf[u].endswith(("ون", "ين"))
            and not c.surf[u - 1].endswith(("ون", "ين"))
        ):
            # اعتقلت الشرطة الإرهابيين، قوات الأمن العراقية المسلحين: a plural party after a definite
            # word that is no plural is another party, no adjective of this one
            break
        elif _construct(c, u, b) or (
            (u == t + 1 and c.sets[u] & heads.keys()) or (c.sets[u - 1] & demonyms.keys() and _bare(c.surf[u]) in heads)
        ):  # فصائل فلسطينية مسلحة: a head word as the adjective after the head (and its nationality)
            pass  # طائرات تحالف دعم الشرعية، ضابط شرطة: nouns of a construct chain
        elif not (_definite_token(c, u) and len(c.surf[u]) > 3 or c.sets[u] & demonyms.keys()):
            break  # القوى إلى: إلى is no definite word
        end = u
        u += 1
    start, put_back = _strip_proclitic(c, t, heads.keys())
    if end == t and _armed_one(c, t):
        # "على يد رجل مسلح بسكين": a lone armed doer is named with the man and the blade
        if t + 1 < b and "blade" in c.cls[t + 1] and c.surf[t + 1].startswith("ب"):
            end = t + 1
        if t > 0 and "victim" in c.cls[t - 1] and not _definite_token(c, t - 1) and not put_back:
            if not c.surf[t - 1].startswith(("ب", "ل", "و", "ف")):
                start = c.toks[t - 1].start
    name = put_back + c.doc.text[start : c.toks[end].end]
    return _party(name, None, c.doc.span(start, c.toks[end].end))


def _armed_one(c: _Ctx, t: int) -> bool:
    """The party head at ``t`` is a single armed doer (events_parties kind actor, singular and
    indefinite: مسلح، مهاجم), an adjective of the man it names ("رجل مسلح بسكين")."""
    heads = _parties()
    return (
        any(heads.get(f) == "actor" for f in c.sets[t])
        and not _definite_token(c, t)
        and not c.surf[t].endswith(("ون", "ين", "ان"))
    )


def _construct(c: _Ctx, u: int, b: int) -> bool:
    """Whether token ``u`` is an indefinite common noun that opens a construct chain closed by a
    definite word within two words (``تحالف دعم الشرعية``; not a verb: ``مسلحين اقتحموا القرية``).
    A common noun is one the word counts see often with the article (دعم → الدعم)."""
    surf = c.surf[u]
    if (
        _definite_token(c, u)
        or c.cls[u] & _FUNCTION
        or c.words[u].trigger
        or not surf.isalpha()
        or surf[0] in "وف"
    ):
        return False
    vocab = vocab_counts()
    seen = vocab.get("ال" + surf, 0)
    if seen < COMMON_NOUN * 10 or COMMON_NOUN * seen < vocab.get(surf, 0):
        return False
    for v in range(u + 1, min(b, u + 3)):
        if not c.toks[v].is_word:
            return False
        if _definite_token(c, v):
            return True
        if not (_in_name(c, v) or vocab.get("ال" + c.surf[v], 0) >= COMMON_NOUN * 10):
            return False
    return False


#: classes of words that end a party's name (a verb of reporting, an opener of a clause…)
_FUNCTION = frozenset({"stop", "report", "boundary", "cancel", "planned", "denied", "sequel", "cond"})


def _owner(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the party at token ``t``, after the trigger, owns what was hit: ``استهدفت الغارات
    مواقع للميليشيات``، ``قافلة عسكرية للانقلابيين``، ``قصفا على مواقع المتمردين`` (an object word
    before it, see ``events_context.tsv``, with لـ or in a construct), so it is a target, not the
    actor (``غارات للتحالف`` keeps the actor)."""
    if t <= m.last:
        return False
    if "object" in c.cls[t - 1] and t - 1 > m.last:
        return True  # مواقع المتمردين: the construct names whose they are
    if t == m.last + 1 or not c.surf[t].lstrip("وف").startswith("ل"):
        return False
    return any("object" in c.cls[k] for k in range(max(m.last + 1, t - 3), t))


def _demonym_noun(c: _Ctx, t: int, a: int) -> bool:
    """Whether the nationality word at token ``t`` names people (ويخطط الفلسطينيون) rather than
    describing the noun before it (قوات روسية، القوات الروسية): no word before it in the window, or
    one that differs from it in definiteness."""
    p = t - 1
    if p < a or not c.toks[p].is_word:
        return True
    if _definite_token(c, p) != _definite_token(c, t):
        return True
    # شارك فلسطينيون، بدأ عراقيون: a sound plural after a word that never takes the article (a verb),
    # not after a noun it describes (جنود إسرائيليون، مقاتلون فلسطينيون)
    prev = c.surf[p].removeprefix("و").removeprefix("ف") if len(c.surf[p]) > 3 else c.surf[p]
    if not c.surf[t].endswith(("يون", "يين")) or prev.endswith(("ون", "ين", "ات", "و", "ي")):
        return False
    vocab = vocab_counts()
    seen = vocab.get(prev, 0)
    return seen >= COMMON_NOUN and vocab.get("ال" + prev, 0) < VERB_SHARE * seen


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """Nouns of people the figures stage counts (``figures_victims.tsv``), normalized: أشخاص، مستوطنا."""
    try:
        return frozenset(normalize(r[0]) for r in lexicon.table("figures_victims") if len(r) > 1)
    except OSError:
        return frozenset()


def _counted_subject(c: _Ctx, m: Mention) -> dict[str, Any] | None:
    """The subject of an active verb that takes an object (flag vt: هاجم، استهدف، اعتدى) counted right
    after it, a number and its noun: ``هاجم أربعة أشخاص على الأقل السفارة`` → أربعة أشخاص (a verb of
    killing is not one: قتل أربعة أشخاص tells whom)."""
    if m.pos not in _VERB_POS or "vt" not in m.flags or "passive" in m.flags:
        return None
    k = m.last + 1
    if k >= m.clause[1] or not _number_at(c, k):
        return None
    off = c.toks[k].start
    item = next((n for n in c.doc.layers.get("numbers") or [] if n["start"] == off), None)
    end = c.tok_at(item["end"] - 1) + 1 if item else k + 1
    if end >= m.clause[1] or not c.sets[end] & _people_words():
        return None  # (استهدفت مئات المنازل: what was hit, its subject left out)
    span = c.doc.span(off, c.toks[end].end)
    return _party(span["text"], None, span)


def _subject_described(c: _Ctx, m: Mention, t: int) -> bool:
    """Whether the nationality word at token ``t`` describes the subject of an active verb trigger,
    an indefinite noun right after the verb: ``هاجم شاب نمساوي حارسا``، ``أطلق مسلح فلسطيني النار``."""
    p = t - 1
    return (
        m.pos in _VERB_POS
        and "passive" not in m.flags
        and p == m.last + 1
        and c.toks[p].is_word
        and not c.cls[p] & _FUNCTION
        and not c.words[p].trigger
        and not _definite_token(c, p)
        and not _definite_token(c, t)
        and not c.surf[p].startswith(("ب", "ل", "و", "ف"))
    )


def _strip_proclitic(c: _Ctx, t: int, wanted: frozenset[str] | set[str]) -> tuple[int, str]:
    """Where token ``t`` starts once و/ف/ب/ل (not ال) are taken off, for the clitic-free form of it
    in ``wanted``, and the letters to put back before it (للقوات → ``ال`` + قوات; وادي stays whole)."""
    tok = c.toks[t]
    surf = c.surf[t]
    if surf in wanted or _bare(surf) in wanted:
        return tok.start, ""
    form = next((f for f, _ in c.forms[t][1:] if f in wanted), None)
    if form is None or not surf.endswith(form) and form not in surf:
        return tok.start, ""
    pre = surf[: surf.index(form)]
    cut, put_back = len(pre), ""
    if pre.endswith("لل"):
        put_back = "ال"
    elif pre.endswith("ال"):
        cut -= 2
    _, offsets = normalize_map(c.doc.text[tok.start : tok.end])
    return tok.start + (offsets[cut] if cut < len(offsets) else 0), put_back


# -- merging --------------------------------------------------------------------------------------


class _Event:
    """The mentions of one occurrence, with what merging asks of them kept up to date."""

    def __init__(self, m: Mention, title: bool) -> None:
        self.mentions = [m]
        self.places: set[str] = set(_keys(m.places))
        self.lemmas = {m.lemma}
        self.date: str | None = m.date["value"] if m.date else None
        self.period = _own_period(m)
        self.title_only = title

    @property
    def head(self) -> Mention:
        return self.mentions[0]

    def add(self, m: Mention, title: bool) -> None:
        self.mentions.append(m)
        self.places |= _keys(m.places)
        self.lemmas.add(m.lemma)
        if self.date is None and m.date and m.status == self.head.status:  # (توقيع الاتفاق المقبل: not its day)
            self.date = m.date["value"]
        self.period = self.period or _own_period(m)
        self.title_only = self.title_only and title


def _own_period(m: Mention) -> str | None:
    """The month or year ``m`` gives its event: a word that refers back (هذا الحادث) takes none from a
    date far down its clause, which dates the act it is compared with (بعد أشهر من … حادث قطار … في
    أغسطس/آب الماضي)."""
    return m.near_period if "ana" in m.flags else m.period


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names (normalized, no article): too wide to tell two events apart by place."""
    names = {normalize(v) for v in _demonyms().values()} | set(_demonyms())
    try:
        names |= {normalize(r[0]) for r in lexicon.table("entities_countries")}
    except OSError:
        pass
    names |= {w for w, cls in _context().items() if "wide" in cls}  # أوروبا، العالم
    return frozenset(_bare(w) for n in names for w in [n] + n.split())


@lru_cache(maxsize=20_000)
def _name_words(name: str) -> frozenset[str]:
    """The content words of a name: ``محافظة صعدة اليمنية`` → {صعده, يمنيه}; no head words, no countries."""
    ctx = _context()
    countries = _countries()
    out = set()
    for w in normalize(name).split():
        w = _bare(w.strip('"«»“”'))
        if len(w) > 2 and not ctx.get(w, frozenset()) & {"place", "area"} and w not in countries:
            out.add(w)
    return frozenset(out)


def _keys(parties: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for p in parties:
        out |= _name_words(p["name"])
    return out


def _places_of(ev: _Event) -> set[str]:
    return ev.places


def _compatible(ev: _Event, m: Mention, published: str | None = None) -> bool:
    """Whether ``m`` may tell of ``ev``: same type (an accident word may tell of an act found
    deliberate: حادث الدهس … المتهم بتنفيذه) and status, no other day, month or year."""
    if ev.head.type != m.type and not ("accident" in m.flags and "accident" in ev.head.flags):
        return False
    if m.part or any(o.part for o in ev.mentions):
        return False  # هجومين، الأول في … والثاني في …: each part is an event of its own
    if m.follows is not None and m.type == "attack" and any(o is m.follows for o in ev.mentions):
        return False  # وتأتي هذه الضربات بعد إطلاق صاروخ من غزة: the act the strikes followed is another
    trip = _trip(ev, m)
    if (
        ev.head.status != m.status
        and "ana" not in m.flags
        and not (m.definite and m.pos == "n" and "marked" not in m.flags)
        and not trip  # من المتوقع أن تشمل جولة السيدة الأولى: what the trip told will hold
    ):
        # a definite noun refers back whatever the words before it say (من المتوقع أن تشهد الزيارة
        # صفقات: the deals are expected), not when its own word marks it (القمة المرتقبة: another)
        return False
    if ev.period and m.period and not (ev.period.startswith(m.period) or m.period.startswith(ev.period)):
        return False  # كانون الأول/ديسمبر 2016 … تشرين الأول/أكتوبر 2017: two occurrences
    own = m.period if m.alone else m.near_period  # (في تشرين الأول 2016، قتل 140 شخصا في غارة استهدفت)
    if own and not m.definite and "ana" not in m.flags and ev.date and not ev.date.startswith(own):
        return False  # an act of 19 July … ويعود آخر هجوم كبير … إلى أيار/مايو 2018: another month
    if m.near_period and m.alone and m.status == "occurred" and not ev.period:
        # an act of 2 May … a crash in August last year; the news of the day, undated, and an act
        # dated to an earlier month or year (في حادث قطار … في أغسطس الماضي، وفي عام 2002 … حريق)
        day = ev.date or (None if published and published.startswith(m.near_period) else published)
        if day and not day.startswith(m.near_period):
            return False
    if (
        m.date
        and m.date.get("resolution") == "day"
        and not ev.date
        and not ev.period
        and published
        and m.type != "agreement"  # (أعلنت انسحابها من الاتفاق في الأول من آذار: the date is the withdrawal's)
        and all(o.undated for o in ev.mentions)
        and days_between(m.date["value"], published) > STALE_DAYS
    ):
        # the news of the day, told with no date … "وفي 20 كانون الثاني/يناير الماضي، فتح مسلح النار
        # على مقهى": an act months before is another
        return False
    return not (ev.date and m.date and m.date["value"] != ev.date)


def _joins(ev: _Event, m: Mention, title_only: bool, lead: bool) -> bool:
    """Whether ``m`` tells of ``ev`` (already known compatible)."""
    if title_only and lead:
        return True  # the lead tells again what the title sums up
    last = ev.mentions[-1]
    if last.sent == m.sent and last.clause == m.clause:
        return not m.sequel  # قصفت … ردا على هجوم: two acts
    if "other" in m.flags:
        return False  # ضربة أخرى
    if "earlier" in m.flags and not m.undated and not m.date:
        return False  # وكانت طائرات قد قصفت مطلع حزيران … مواقع: an act of its own month, before the news
    if _places_of(ev) & _keys(m.places):
        return True
    if m.persons and "earlier" not in m.flags and any(m.persons & o.persons for o in ev.mentions):
        return True  # اعتقال بوجديمون … وقالت الشرطة إن بوجديمون اعتقل: one person taken, told again
        # (not كانت السلطات قد أوقفت أبوالفتوح: an act before the one told)
    if m.pos in _VERB_POS and m.type == "disaster" and m.undated and not m.date:
        return True  # حادث سيارة … اصطدمت السيارة: a catastrophe is told once, then narrated
    if not m.definite and _elsewhere(ev, m):
        return False  # تفجيرات في باريس … وبروكسل
    same_lemma = m.lemma in ev.lemmas or m.type in SAME_KIND
    if m.pos in _VERB_POS and m.type in SAME_KIND and not m.date and not ev.date and "earlier" not in m.flags:
        return True  # أنها اعتقلت ثلاثة أشخاص … أوقفت أفرادا من عصابة: one arrest told again
    if m.pos in _VERB_POS and "ana" in m.flags:
        return True  # أن المهاجمين أطلقوا النار: a verb that refers back joins the act it tells again
    if "visit" in m.flags and m.pos in _VERB_POS and m.undated and not m.actors:
        if any("visit" in o.flags for o in ev.mentions):
            return True  # بدأت الوزيرة جولة … حيث تزور غانا وكينيا: the stops of the trip told
    if _trip(ev, m):
        return True  # تبدأ الوزيرة زيارة … وتستمر جولتها أسبوعا
    if m.pos in _VERB_POS and m.undated and "earlier" not in m.flags and _retold(ev, m):
        return True  # اقتحام مئات المتظاهرين مقر القنصلية … المتظاهرون اقتحموا مقر القنصلية: one act
    if m.pos in _VERB_POS:
        # a verb narrates an act of its own unless clause, place or the same act on the same day say otherwise
        return bool(ev.date and m.date and m.date["value"] == ev.date and same_lemma)
    if m.pos == "n" and "vn" in m.flags and m.undated and _retold(ev, m):
        return True  # أن فجروا منازل … قامت الميليشيات بتفجير 5 منازل: the verb's act named again
    return m.definite or "ana" in m.flags or same_lemma


def _trip(ev: _Event, m: Mention) -> bool:
    """Whether ``m`` is a visit noun made definite by what follows it or by its pronoun (جولة الوزيرة،
    جولتها) in an article that told a visit: it is that trip."""
    return "visit" in m.flags and m.pos == "n" and m.construct and any("visit" in o.flags for o in ev.mentions)


def _same_root(noun: str, verb: str) -> bool:
    """Whether a verbal noun and a verb (normalized lemmas) are of one root and form: ``اقتحام`` and
    ``اقتحم``، ``اعتقال`` and ``اعتقل``، ``قصف`` and ``قصف``، ``تفجير`` and ``فجر``; and the noun of a
    verb of the form فاعل, of the pattern فعول: ``هجوم`` and ``هاجم``."""
    if noun == verb or (len(noun) > 3 and noun[-2] == "ا" and noun[:-2] + noun[-1] == verb):
        return True
    if len(noun) == len(verb) == 4 and noun[2] == "و" and verb[1] == "ا":
        return noun[:2] + noun[3] == verb[0] + verb[2:]
    return len(noun) == 5 and noun[0] == "ت" and noun[3] == "ي" and verb.startswith(noun[1:3] + noun[4])


def _retold(ev: _Event, m: Mention) -> bool:
    """Whether the undated verb ``m`` tells again the act a noun of its root told (``اقتحام المتظاهرين
    القنصلية`` … ``اقتحموا مقر القنصلية``), or the undated noun ``m`` the act a verb of its root told
    (``فجروا منازل`` … ``قامت بتفجير 5 منازل``), in no other place and by no other hands: a place the verb
    names is one the act was told at, and actors named on both sides share one."""
    if m.pos == "n":  # a noun after the verb: قامت بتفجير منازل after فجروا منازل
        if not any(_same_root(m.lemma, o.lemma) for o in ev.mentions if o.pos in _VERB_POS):
            return False
    elif not any(_same_root(o.lemma, m.lemma) for o in ev.mentions if o.pos == "n"):
        return False
    here = _keys(m.places)
    if here and not here & ev.places:
        return False  # استهداف … في جبهة الساحل … استهدفت مواقع في حيس: a round-up told act by act
    mine, theirs = _keys(m.actors), set().union(*(_keys(o.actors) for o in ev.mentions))
    return not (mine and theirs) or bool(mine & theirs)


def _elsewhere(ev: _Event, m: Mention) -> bool:
    """Whether ``m`` and ``ev`` both name places and share none of them."""
    # a described place (سوق مكتظ، منطقة ضحيان) may lie inside a named one: only names tell two
    # acts apart, but for a taking of ground (السيطرة على مناطق) the ground is the act
    told = m.places if "loc" in m.flags else [p for p in m.places + m.clause_places if p.get("entity")]
    mp, places = _keys(told), _places_of(ev)
    return bool(mp and places) and not mp & places


def _earlier_day(m: Mention, published: str | None) -> bool:
    """Whether ``m`` is dated to a day before the publication day."""
    return bool(m.date and published and m.date.get("resolution") == "day" and m.date["value"] < published)


def _merge(c: _Ctx, mentions: list[Mention]) -> list[_Event]:
    """Group the mentions of one occurrence into one event, in the order they are first told."""
    events: list[_Event] = []
    titled: list[_Event] = []  # the events the title tells of
    title_sents = {s.index for s in c.doc.sentences if s.in_title}
    for m in mentions:
        target = None
        lead = m.sent not in title_sents
        recent = events[-MERGE_BACK:]
        if m.pos in _VERB_POS and "ana" in m.flags:
            # واستهدفت الغارات: the verb refers back to the act its subject's noun told, before any other
            target = next(
                (
                    ev
                    for ev in reversed(recent)
                    if m.lemma in ev.lemmas and _compatible(ev, m, c.doc.published) and _joins(ev, m, ev.title_only, lead)
                ),
                None,
            )
        for ev in reversed(recent if target is None else []):
            if not _compatible(ev, m, c.doc.published):
                continue
            if _joins(ev, m, ev.title_only, lead):
                target = ev
                break
        if target is None and m.pos == "n" and "other" not in m.flags:
            # a noun of the title's type tells again of the title's event (the article's subject)
            target = next(
                (
                    ev
                    for ev in titled
                    if _compatible(ev, m, c.doc.published)
                    and not _elsewhere(ev, m)
                    and not ("dual" in m.flags and "dual" not in ev.head.flags)  # في هجومين منفصلين: two, not the one
                    and not (_earlier_day(m, c.doc.published) and _has_class(c, m.clause[0], m.first, "sequel"))
                ),
                None,
            )
        if target is None and _narrates_title(c, m, titled, events):
            target = next(ev for ev in titled if ev.head.type == m.type)
        if target is not None:
            target.add(m, not lead)
        elif "ana" not in m.flags:
            events.append(_Event(m, not lead))
            if not lead:
                titled.append(events[-1])
    return events


def _narrates_title(c: _Ctx, m: Mention, titled: list[_Event], events: list[_Event]) -> bool:
    """Whether the verb ``m``, with no date of any kind, tells how the one event of its type the title
    tells of happened, no other event of its type being told yet: in a clause opened by a word of
    "when" (lexicon class when: "مقتل عائلة مسيحية برصاص الإرهاب" … "عندما اعترض مسلحون مركبتهم
    وفتحوا النار"), or with no place of its own and no word of "another" under a title that tells
    one act, not a plural of many ("مقتل 12 شخصا في هجوم انتحاري" … "وقد فجر انتحاري نفسه")."""
    if m.pos not in _VERB_POS or not m.undated or m.date or "earlier" in m.flags or m.status != "occurred":
        return False
    when = _has_class(c, max(m.clause[0], m.first - WHEN_REACH), m.first, "when")
    if not when and (m.places or m.weak_places or m.recovered or "other" in m.flags):
        return False  # (with no place of its own a verb narrates it too: "وقد فجر انتحاري نفسه، ليقتحم مسلحون المبنى")
    same = [ev for ev in events if ev.head.type == m.type]
    if len(same) != 1 or same[0] not in titled or same[0].head.status != "occurred":
        return False
    # (not where the title sums up many acts: "مقتل حوثيين بغارات للتحالف على البيضاء وصنعاء")
    return when or not _plural_of_acts(c, same[0].head.first)


# -- output -------------------------------------------------------------------------------------


def _evidence(c: _Ctx, m: Mention) -> dict[str, Any]:
    """The clause of ``m`` where its sentence tells of several events or runs long, else the whole
    sentence."""
    doc = c.doc
    a, b = m.clause
    if m.part:
        return doc.span(c.toks[a].start, c.toks[b - 1].end)
    words = b - a
    sent = doc.sentences[m.sent]
    long = c.sent_len.get(m.sent, 0) > LONG_SENTENCE
    if words < MIN_CLAUSE_WORDS or not (long or len(c.used.get(m.sent, ())) > 1):
        return doc.span(_after_dateline(c, sent.start), sent.end)
    while a < b and not c.toks[a].is_word:
        a += 1
    end = b - 1
    while end > a and not c.toks[end].is_word and c.surf[end] not in ('"', "»", "”"):
        end -= 1
    return doc.span(_after_dateline(c, c.toks[a].start), c.toks[end].end)


def _dateline_end(c: _Ctx, a: int, b: int) -> int:
    """The first token of the body's first sentence ``[a, b)`` after its dateline, or ``a``:
    ``دبي، الإمارات العربية المتحدة (CNN) -- أعلنت …`` → ``أعلنت``. The city and country of a
    dateline tell where the report was written, not where anything happened."""
    for k in range(a, min(b - 2, a + DATELINE_WORDS)):
        if c.surf[k] == ")" and (c.surf[k + 1] in DASHES or c.surf[k + 1] == ":"):
            k += 2
            while k < b - 1 and c.surf[k] in DASHES:
                k += 1
            return k
    return a


def _after_dateline(c: _Ctx, start: int) -> int:
    """Where a span from ``start`` begins once its sentence's dateline is left out:
    ``دبي، الإمارات (CNN) – أعلنت …`` → ``أعلنت …``."""
    i = c.tok_at(start)
    k = c.dateline.get(c.toks[i].sent, i)
    return c.toks[k].start if k > i else start


def _sentence_length(c: _Ctx, m: Mention) -> int:
    sent = c.doc.sentences[m.sent]
    return c.tok_at(sent.end - 1) - c.tok_at(sent.start) + 1


def _unique(parties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for p in parties:
        key = _norm(p["name"])
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _sentence_places(
    c: _Ctx, sent_index: int, strict: bool = False, m: Mention | None = None
) -> list[dict[str, Any]]:
    """The places a sentence names after في/ب/قرب or (unless ``strict``) a place word; for a
    mention ``m``, none after another trigger or a word of topic or cause that follows it (قصف على
    غزة قبيل احتجاجات في رفح: رفح is the protests' place, not the shelling's)."""
    out: list[dict[str, Any]] = []
    sent = c.doc.sentences[sent_index]
    k = bisect.bisect_left(c.name_starts, sent.start)
    while k < len(c.names) and c.names[k][0] < sent.end:
        s, e, ent = c.names[k]
        k += 1
        if ent.get("type") != "LOC":
            continue
        t = c.tok_at(s)
        if t < c.dateline.get(sent_index, 0):
            continue  # دبي، الإمارات (CNN) --: where the report was written
        if m is not None and (_about(c, m, t) or t > m.last + 1 and _has_trigger(c, m.last + 1, t)):
            continue
        if _before(c, t, s) & _PREP_IN or (not strict and t and c.cls[t - 1] & {"place", "direction"}):
            out.append(_party(ent.get("name") or c.doc.text[s:e], ent, c.doc.span(s, e)))
    return _unique(out)


_PLACE_PREPS = frozenset({"في", "وفي", "قرب", "وقرب", "داخل"})


def _name_like(c: _Ctx, t: int) -> bool:
    """Whether token ``t`` looks like a name the tagger missed: a word without the article that the
    word counts almost never see with it (أديس، حميميم; not إطار، وقت), no known word, no date, no
    part of another name."""
    surf = c.surf[t]
    if not c.toks[t].is_word or len(surf) < 3 or surf.startswith("ال") or c.cls[t] or c.words[t].trigger:
        return False
    if not surf.isalpha() or _in_name(c, t):
        return False
    if _in_date(c, t):
        return False
    if surf in _months() or surf.endswith(_PRONOUNS):
        return False  # في كانون، ضلوعهم: a month, a noun with its pronoun
    vocab = vocab_counts()
    if surf.endswith("ه") and min(vocab.get(surf[:-1], 0), vocab.get(surf[:-1] + "ها", 0)) >= COMMON_NOUN:
        return False  # في ارتكابه: a noun with "his" (news writes ارتكاب، ارتكابها too; not غزة، حماة)
    if surf[0] in "لبوف" and vocab.get(surf[1:], 0) > max(COMMON_NOUN, vocab.get(surf, 0)):
        return False  # لإحدى: a proclitic on a common word (بغداد: no word غداد)
    for suf in _NOUN_ENDINGS:  # كنيستين، بلاده: a common noun with its ending
        if surf.endswith(suf) and len(surf) - len(suf) >= 2:
            stem = surf[: -len(suf)]
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
            seen = max(vocab.get("ال" + x, 0) for x in stems)
            if seen >= 5 * COMMON_NOUN or seen >= COMMON_NOUN and 2 * seen >= vocab.get(surf, 0):
                return False  # (لبنان stays: اللبن is rare beside it)
    return vocab.get("ال" + surf, 0) <= NAME_ARTICLE_SHARE * vocab.get(surf, 0) or (
        surf not in vocab and "ال" + surf not in vocab
    )


_PRONOUNS = ("هم", "هما", "كم", "هن")
#: a noun with one of these ends carries a possessive pronoun (جولتها، زيارته): definite by it
_PRONOUN_ENDS = ("ها", "هم", "هما", "ته")


def _in_date(c: _Ctx, t: int) -> bool:
    """Whether token ``t`` is part of a date the dates layer found (الاثنين، 14 أيار)."""
    off = c.toks[t].start
    k = bisect.bisect_right(c.date_starts, off) - 1
    return k >= 0 and c.dates[k]["start"] <= off < c.dates[k].get("end", c.dates[k]["start"])


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names of the dates layer (``dates_months.tsv``, where it exists), each word."""
    try:
        return frozenset(w for r in lexicon.table("dates_months") for w in normalize(r[0]).split())
    except OSError:
        return frozenset()


def _recovered_places(c: _Ctx, m: Mention) -> list[dict[str, Any]]:
    """A place the tagger missed, after في/قرب/داخل or a place word without the article in the
    mention's clause: ``التقى مع مشار في أديس أبابا`` → أديس أبابا، ``المواجهات شمالي حيس`` → حيس،
    ``في جبهة #باقم`` → باقم (words that look like names, see ``_name_like``; a name after في that
    the tagger took for a person's is taken too).

    >>> from marsad.pipeline import process
    >>> ev = process("وقتل جندي في المواجهات شمالي حيس أمس.").layers["events"][0]
    >>> [p["name"] for p in ev["places"]]  # with its head word (``_headed``)
    ['شمالي حيس']
    """
    hi = next((k for k in range(m.last + 1, m.clause[1]) if "about" in c.cls[k]), m.clause[1])
    return _recovered_in(c, m.clause[0], hi)


def _recovered_in(c: _Ctx, lo: int, hi: int) -> list[dict[str, Any]]:
    """The first place the tagger missed in tokens ``[lo, hi)`` (see ``_recovered_places``)."""
    for k in range(lo, hi - 1):
        head = c.surf[k] in _PLACE_PREPS or (c.cls[k] & {"place", "direction"} and not _definite_token(c, k))
        if not head:
            continue
        u = k + 1
        while u < hi - 1 and c.surf[u] in ("#", *_QUOTE_MARKS):
            u += 1  # في جبهة #باقم، في "حيس"
        off = c.toks[u].start
        tagged = [e for s, e, ent in _names_near(c, off) if s == off and ent.get("type") == "PER"]
        if not (tagged and c.surf[k] in _PLACE_PREPS) and not _name_like(c, u):
            continue
        end = (
            c.tok_at(tagged[0] - 1) if tagged and c.surf[k] in _PLACE_PREPS else u
        )  # في أديس أبابا tagged as a person
        while end + 1 < min(hi, u + NAME_WORDS) and (_name_like(c, end + 1) or _person_at(c, end + 1)):
            end += 1  # أديس أبابا
        span = c.doc.span(c.toks[u].start, c.toks[end].end)
        return [_party(span["text"], None, span)]
    return []


def _fallback_places(c: _Ctx, ev: _Event) -> list[dict[str, Any]]:
    """Where no sentence of the event names a place: for acts on the ground, the place the title
    names."""
    if ev.head.type in ("agreement", "meeting"):
        return []
    for s in c.doc.sentences:
        if s.in_title:
            found = _sentence_places(c, s.index) or _recovered_in(
                c, c.tok_at(s.start), c.tok_at(s.end - 1) + 1
            )
            if found:
                return found
    return []


def _place_referred(c: _Ctx, weak: dict[str, Any]) -> dict[str, Any] | None:
    """The place a definite head word alone refers back to: the last one the text named with the
    same head before it (مخيم الأمعري … داخل المخيم → مخيم الأمعري), as a definite noun in Arabic
    points to what was told."""
    span = weak.get("span")
    if not span:
        return None
    head = _norm(weak["name"]).removeprefix("ال")
    t = c.tok_at(span["start"])
    for k in range(t - 1, max(-1, t - NAMED_BACK), -1):
        if head not in c.sets[k] or _definite(c.surf[k]) or k + 1 >= len(c.toks):
            continue
        u = k + 1
        if _in_name(c, u) or _name_like(c, u) or c.toks[u].is_word and _definite_token(c, u) and not c.cls[u]:
            end = _name_end(c, u) if _in_name(c, u) else c.toks[u].end
            start, put_back = _strip_proclitic(c, k, frozenset({head}))
            return _party(put_back + c.doc.text[start:end], None, c.doc.span(start, end))
    return None


def _main_place(c: _Ctx) -> list[dict[str, Any]]:
    """The place the article is about, for an act it tells nowhere: the place it names most, at
    least ``MAIN_PLACE`` times and at least twice as often as any other (a report from حلب names
    حلب again and again); none where several are named alike."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int, dict[str, Any]]] = {}
    for s, e, ent in c.names:
        if ent.get("type") != "LOC":
            continue
        key = ent.get("id") or _norm(ent.get("name") or c.doc.text[s:e])
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, (s, e, ent))
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    key, n = ranked[0]
    if n < MAIN_PLACE or len(ranked) > 1 and ranked[1][1] * 2 > n:
        return []
    s, e, ent = first[key]
    return [_party(ent.get("name") or c.doc.text[s:e], ent, c.doc.span(s, e))]


#: the outcomes of the figures that count an event's victims, by type
_VICTIM_OUTCOMES = {
    "attack": ("killed", "injured", "killed_or_injured", "missing", "displaced", "captured"),
    "clash": ("killed", "injured", "killed_or_injured", "missing", "displaced", "captured"),
    "disaster": ("killed", "injured", "killed_or_injured", "missing", "displaced"),
    "arrest": ("captured",),
}


def _statement_of(doc: Doc, triggers: list[dict[str, Any]]) -> str | None:
    """The statement that reports the event: the first whose content holds one of its triggers,
    else the first whose sentence does."""
    statements = doc.layers.get("statements") or []
    for key in ("content_span", "evidence"):
        for trig in triggers:
            for st in statements:
                span = st.get(key) or {}
                if span.get("start", 1 << 60) <= trig["start"] < span.get("end", -1):
                    return st.get("id")
    return None


def _record(c: _Ctx, ev: _Event, n: int) -> dict[str, Any]:
    doc = c.doc
    head = ev.head
    trig = doc.span(c.toks[head.first].start, c.toks[head.last].end)
    dated = next((m for m in ev.mentions if m.date and m.status == head.status), None)
    # the first telling in the body (the title is a summary; the body tells it in full)
    first_body = next((m for m in ev.mentions if not c.doc.sentences[m.sent].in_title), head)
    evidence = _evidence(c, first_body)
    mention_spans, seen = [], set()
    for m in ev.mentions:
        sp = _evidence(c, m)
        if sp["start"] not in seen:
            seen.add(sp["start"])
            mention_spans.append(sp)
    status = head.status
    told = [m for m in ev.mentions if "ana" not in m.flags] or ev.mentions  # not from bare references
    places = (
        _unique([p for m in ev.mentions for p in m.places])
        or _unique([p for m in ev.mentions for p in m.recovered])
        or _unique([p for m in ev.mentions for w in m.weak_places if (p := _place_referred(c, w))])
        or _fallback_places(c, ev)
    )
    statement = _statement_of(doc, [doc.span(c.toks[m.first].start, c.toks[m.last].end) for m in ev.mentions])
    casualties = []
    outcomes = _VICTIM_OUTCOMES.get(head.type, ())
    if outcomes:
        spans = [(s["start"], s["end"]) for s in mention_spans]
        for fig in doc.layers.get("casualties") or []:
            off = (fig.get("number_span") or fig.get("evidence") or {}).get("start", -1)
            if fig.get("outcome") in outcomes and any(a <= off < b for a, b in spans):
                casualties.append(fig["id"])
    return {
        "id": f"v{n}",
        "type": head.type,
        "trigger": trig,
        "triggers": [doc.span(c.toks[m.first].start, c.toks[m.last].end) for m in ev.mentions],
        "evidence": evidence,
        "mentions": mention_spans,
        "actors": _unique([p for m in told for p in m.actors if not _hosted_at(ev, p)]) or _protesters(c, ev),
        "targets": _unique([p for m in told for p in m.targets if not _unit(p)]),
        "places": places,
        "date": dated.date["value"] if dated else None,
        "date_resolution": dated.date.get("resolution") if dated else None,
        "status": status,
        "statement": statement,
        "casualties": casualties,
    }


def _hosted_at(ev: _Event, party: dict[str, Any]) -> bool:
    """Whether a verb of hosting told ``party`` as where the event is, not as a party to it: a city
    (``وتستضيف الدوحة الأحد محادثات``), whatever the noun it joins reads (a country that hosts is a
    party too, and the hosting verb says so itself)."""
    name = party.get("name")
    return any(
        "host" in m.flags and any(p.get("name") == name for p in m.places) and not any(p.get("name") == name for p in m.actors)
        for m in ev.mentions
    )


def _with_side(c: _Ctx, place: dict[str, Any]) -> dict[str, Any]:
    """A place with the adjectives of a side that follow it in the text (lexicon class ``side``):
    ``ريف درعا`` → ``ريف درعا الشرقي``، ``المنطقة`` → ``المنطقة الحدودية``. The adjective is part of the
    name: the east of the countryside is a place of its own."""
    span = place.get("span") or {}
    end = span.get("end")
    if end is None:
        return place
    t = c.tok_at(end - 1)
    if t < 0 or c.toks[t].end != end:
        return place
    u = t + 1
    while u < len(c.toks) and u <= t + 2 and c.toks[u].sent == c.toks[t].sent and "side" in _context().get(c.surf[u], ()):
        u += 1
    if u == t + 1:
        return place
    new_end = c.toks[u - 1].end
    name = place["name"] + c.doc.text[end:new_end]
    return {**place, "name": name, "names": [name, *place.get("names", [])], "span": c.doc.span(span["start"], new_end)}


def _protesters(c: _Ctx, ev: _Event) -> list[dict[str, Any]]:
    """For a protest whose clauses name no one, the protesters (lexicon class protester) that its
    sentences name, the first of them: ``وتجددت المظاهرات في البصرة … واعتقلت الشرطة عددا من
    المحتجين`` gives ``المحتجين``."""
    if ev.head.type != "protest":
        return []
    triggers = {t for m in ev.mentions for t in range(m.first, m.last + 1)}
    # its own sentences first, then, where they name none, the article's (the protesters it tells of
    # elsewhere: وتشهد المحافظة مظاهرات … أطلقت الشرطة النار على المتظاهرين)
    sents = [m.sent for m in ev.mentions]
    sents += [s.index for s in c.doc.sentences if s.index not in sents and not s.in_title]
    for index in sents:
        sent = c.doc.sentences[index]
        lo, hi = c.tok_at(sent.start), c.tok_at(max(sent.start, sent.end - 1)) + 1
        for t in range(lo, hi):
            if "protester" in c.cls[t] and t not in triggers:
                if not _definite_token(c, t):
                    return [_described_party(c, t, hi)]  # متظاهرين شباب في البصرة
                # a definite head takes no more words: أغلق المحتجون الطريق (the road is what they shut)
                start, put_back = _strip_proclitic(c, t, _parties().keys())
                end = c.toks[t].end
                return [_party(put_back + c.doc.text[start:end], None, c.doc.span(start, end))]
    return []


def _named_subject(c: _Ctx, verb: Mention, noun: Mention) -> bool:
    """Whether ``noun`` is the subject of ``verb`` told again by its noun, the article on it, right
    after the verb: ``واستهدفت الغارات الإسرائيلية مواقع`` tells of strikes already told."""
    return (
        verb.pos in _VERB_POS
        and noun.pos == "n"
        and noun.definite
        and noun.type == verb.type
        and noun.sent == verb.sent
        and noun.first == verb.last + 1
        and c.surf[noun.first].startswith("ال")  # the subject, no preposition (استهدفت بالقصف: by shelling)
        and "ana" not in noun.flags
    )


def _head_classes(party: dict[str, Any], last: bool = False) -> frozenset[str]:
    """The lexicon classes of a party's first (or last) word, clitics and article off."""
    words = _norm(party["name"]).split()
    if not words:
        return _EMPTY
    return _read(words[-1] if last else words[0], True).cls


def _unit(party: dict[str, Any]) -> bool:
    """Whether a party is a money unit the tagger took for a name (دولار, lexicon class ``unit``)."""
    return " " not in party["name"].strip() and "unit" in _head_classes(party)


def _security(party: dict[str, Any]) -> bool:
    """Whether a party is a force (القوات، الجيش، الشرطة: lexicon class ``security``): the
    protesters' opponent, never who protested."""
    return "security" in _head_classes(party)


def _actors_kept(typ: str, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors of an event without money units (دولار), names of wars (الحرب العالمية الأولى) and,
    for a protest, without the force that put it down and the country read from it (قتلوا خلال قمع
    القوات الإسرائيلية التظاهرات)."""
    actors = [p for p in actors if not _unit(p) and "happening" not in _head_classes(p)]
    if typ == "protest":
        forces = [p["span"] for p in actors if _security(p) and p.get("span")]
        actors = [p for p in actors if not _security(p) and not _inside(p, forces)]
    return actors


def _inside(party: dict[str, Any], spans: list[dict[str, Any]]) -> bool:
    """Whether a party was read inside one of ``spans`` (the country of القوات الإسرائيلية)."""
    sp = party.get("span")
    return bool(sp) and any(x["start"] <= sp["start"] and sp["end"] <= x["end"] for x in spans)


def _ordinal_parts(c: _Ctx, m: Mention) -> list[tuple[int, int]]:
    """The two parts a dual trigger's sentence tells it in, each opened by an ordinal after a comma
    or a colon (``events_context.tsv``, classes ``first``, ``second``): ``شن هجومين، الأول في
    المتحف والثاني على الشاطئ`` → (الأول في المتحف), (والثاني على الشاطئ); none where the ordinals
    describe a noun (الهدفين الأول والثاني)."""
    sent = c.doc.sentences[m.sent]
    end = c.tok_at(sent.end - 1) + 1
    one = next(
        (k for k in range(m.last + 1, min(end, m.last + 1 + ORDINAL_REACH)) if "first" in c.cls[k]), None
    )
    if one is None or c.surf[one - 1] not in ("،", ",", ":"):
        return []
    two = next((k for k in range(one + 2, min(end, one + ORDINAL_REACH)) if "second" in c.cls[k]), None)
    if two is None or not c.surf[two].startswith("و"):
        return []
    close = next((k for k in range(two + 1, end) if c.surf[k] in ("،", ",", ".", ":", "؛")), end)
    return [(one, two), (two, close)]


def _split_duals(c: _Ctx, mentions: list[Mention]) -> list[Mention]:
    """A dual trigger with two days after it in its clause tells of two events, one a day:
    ``اتفاقي وقف الأعمال العدائية اللذين تم التوصل إليهما في 10 و17 أكتوبر`` → two agreements; so
    does one whose sentence then tells each with an ordinal: ``هجومين، الأول في … والثاني في …``."""
    out: list[Mention] = []
    split: tuple[int, str, int] | None = None
    for m in mentions:
        if "dual" in m.flags:
            parts = _ordinal_parts(c, m)
            if parts:
                # شن هجومين … استهدفا: the other words of its kind before the parts tell the two again
                out = [o for o in out if not (o.sent == m.sent and o.type == m.type)]
                out += [replace(m, clause=p, part=True, actors=[], targets=[], places=[]) for p in parts]
                split = (m.sent, m.type, parts[0][0])
                continue
            lo, hi = c.toks[m.last].end, c.toks[m.clause[1] - 1].end
            days = [d for d in c.dates if lo <= d["start"] < hi and d.get("resolution") == "day"][:2]
            if len(days) == 2 and days[0]["value"] != days[1]["value"]:
                for d in days:
                    out.append(replace(m, date=d, actors=[], targets=[], places=[]))
                continue
        if split and (m.sent, m.type) == split[:2] and m.first < split[2]:
            continue
        out.append(m)
    return out


# -- phrases for the headline ----------------------------------------------------------------------


def noun_phrase(doc: Doc, event: dict[str, Any], lo: int, hi: int) -> str | None:
    """The event as a noun phrase of the text between offsets ``lo`` and ``hi``: a noun trigger
    there, without و/ف/ب/ل, and the name right after it (``بمعارك ناغورنو كاراباخ`` → ``معارك
    ناغورنو كاراباخ``); None where the event is told there by a verb.

    >>> from marsad.pipeline import process
    >>> doc = process("قتل 40 شخصا في غارة على حلب.")
    >>> noun_phrase(doc, doc.layers["events"][0], 0, len(doc.text))
    'غارة'
    """
    for trig in event.get("triggers") or [event.get("trigger") or {}]:
        if not (lo <= trig.get("start", -1) < hi):
            continue
        t = _token_index(doc, trig["start"])
        w = _word(doc.text[doc.tokens[t].start : doc.tokens[t].end], True)
        entries = [e for f, _ in w.forms for e in _triggers().get(f, ())]
        if not entries or entries[0].pos != "n":
            continue
        start = doc.tokens[t].start + _proclitic_len(w.surf)
        end = trig["end"]
        for ent in doc.layers.get("entities") or []:
            for m in ent.get("mentions") or []:
                gap = doc.text[end : m["start"]]
                if m["start"] >= end and not gap.strip() and not m.get("role"):
                    end = m["end"]
        return doc.text[start:end]
    return None


def place_in(doc: Doc, lo: int, hi: int) -> str | None:
    """The first place name after في/ب between offsets ``lo`` and ``hi``, as written.

    >>> from marsad.pipeline import process
    >>> doc = process("قتل 40 شخصا في بغداد.")
    >>> place_in(doc, 0, len(doc.text))
    'بغداد'
    """
    for ent in doc.layers.get("entities") or []:
        if ent.get("type") != "LOC":
            continue
        for m in ent.get("mentions") or []:
            if lo <= m["start"] < hi:
                t = _token_index(doc, m["start"])
                own = normalize(doc.text[doc.tokens[t].start : m["start"]])
                prev = normalize(doc.text[doc.tokens[t - 1].start : doc.tokens[t - 1].end]) if t else ""
                if own.endswith("ب") or prev in ("في", "وفي"):
                    return m["text"]
    return None


def _token_index(doc: Doc, offset: int) -> int:
    return max(0, bisect.bisect_right(doc.token_starts(), offset) - 1)


def _proclitic_len(surf: str) -> int:
    """How many letters of و/ف/ب/ل/ك open a normalized word before its article or stem (وبالغارة: 2,
    للغارة: 2, the article going with the لـ that swallowed its alef)."""
    for pre in ("وبال", "وال", "فال", "بال", "كال", "وب", "ول", "فب", "فل", "لل", "و", "ف", "ب", "ل"):
        if surf.startswith(pre) and len(surf) > len(pre) + 2:
            return len(pre) - 2 if pre.endswith("ال") else len(pre)  # للغارة → غارة
    return 0


def _struck_meeting(c: _Ctx, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the meeting noun ``m`` is what an attack just before it hit: ``وجه ضربة جوية لاجتماع
    لحزب العمال``، ``استهدفت الغارة اجتماعا لقادة الميليشيا`` (the strike is told; the gathering it hit
    is no meeting of its own)."""
    if m.type != "meeting" or m.pos != "n":
        return False
    lam = c.surf[m.first].startswith("ل")
    return any(
        o.type == "attack" and o.sent == m.sent and 0 < m.first - o.last <= 2 and (lam or o.pos in _VERB_POS)
        for o in mentions
    )


def _bare_event(rec: dict[str, Any], ev: _Event) -> bool:
    """A noun told once with no one, nowhere, no day or year and no victims (وطال القتال) is talk, not an
    occurrence (but an agreement told with its signing is one: اتفاق سلام وقعته أطراف النزاع)."""
    return (
        len(ev.mentions) == 1
        and ev.head.pos == "n"
        and ev.head.status == "occurred"
        and "signed" not in ev.head.flags  # اتفاق سلام وقعته أطراف النزاع: its making is told
        and not (rec["actors"] or rec["places"] or rec["targets"] or rec["date"] or rec["casualties"])
        and not ev.head.weak_places
        and not ev.head.recovered
        and not ev.head.near_period  # وتم توقيف المرأة سنة 2011: a year beside it anchors it
    )


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["events"]`` with the events the article tells of."""
    if not doc.tokens:
        doc.layers["events"] = []
        return
    c = _Ctx(doc)
    mentions = _battle_names(c, _split_duals(c, _mentions(c)))
    mentions = [m for m in mentions if not _struck_meeting(c, m, mentions)]
    c.trigger_at = sorted({m.first for m in mentions})
    c.act_at = sorted({m.first for m in mentions if "ana" not in m.flags})
    for prev, m in zip(mentions, mentions[1:], strict=False):
        m.sequel = prev.sent == m.sent and _has_class(c, prev.last + 1, m.first, "sequel")
        m.follows = prev if m.sequel else None
        if _named_subject(c, prev, m):
            prev.flags = prev.flags | {"ana"}
            prev.lemma = m.lemma  # the verb tells of the act its noun names: it refers back as the noun
    used: dict[int, set[tuple[int, int]]] = {}
    for m in mentions:
        if m.date is None:
            day = _date_of(c, m)
            m.date = _with_year(c, m, day) if day else _now(c, m) or _days_after(c, m)
            if (
                day
                and "ana" in m.flags
                and "dated" in m.flags
                and m.pos == "n"
                and not m.definite
                and not c.surf[m.first].startswith("ل")  # (يرفضون التوجه للقتال: an aim)
            ):
                m.flags = m.flags - {"ana"}  # في قتال امتد من ليل الأربعاء: a fight of its own, dated
        m.undated = m.date is None and not _any_date(c, m.clause)
        m.construct = m.pos == "n" and (
            c.surf[m.last].endswith(_PRONOUN_ENDS)
            or m.last + 1 < len(c.toks)
            and c.toks[m.last + 1].is_word
            and (_definite(c.surf[m.last + 1]) or c.toks[m.last + 1].start in c.name_starts_set)
        )
        m.period = None if m.date else _period(c, m.clause)
        if m.period:
            m.near_period = _period(
                c, (max(m.clause[0], m.first - PERIOD_REACH), min(m.clause[1], m.last + 1 + PERIOD_REACH))
            )
        m.status = _status(c, m, doc.published)
        if m.status != "occurred" and _has_phrase(c, m.last + 1, min(m.clause[1], m.last + 3), m.status):
            m.flags = m.flags | {"marked"}  # القمة المرتقبة: the noun's own word says it is to come
        if m.status == "planned" and m.date:
            m.date = _next_week(m.date, doc.published)
        _parties_of(c, m)
        if not m.places and m.type != "agreement":
            m.places = _sentence_places(c, m.sent, m.type == "meeting", m)  # the sentence's place
        if not m.places and m.type != "agreement":
            m.recovered = _recovered_places(c, m) + m.recovered  # for the output only: merging trusts tagged names
        if "ana" not in m.flags:  # (a word that refers back, "وقوع الحادث", tells no second event)
            used.setdefault(m.sent, set()).add(m.clause)
    # an aim (سافر للقاء نظيره) is an event only where the text says it is scheduled
    mentions = [m for m in mentions if "purpose" not in m.flags or m.status == "planned"]
    c.sent_len = {m.sent: _sentence_length(c, m) for m in mentions}
    told: dict[tuple[int, int], int] = {}
    for m in mentions:
        if "ana" not in m.flags:
            told[m.clause] = told.get(m.clause, 0) + 1
    for m in mentions:
        m.alone = told.get(m.clause, 0) <= 1
    c.used = used
    by_clause: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_clause.setdefault(m.clause, []).append(m)
    for m in mentions:
        m.clause_places = [p for o in by_clause[m.clause] if o is not m and not o.sequel for p in o.places]
    events = _merge(c, mentions)
    _round_up(events)
    _continued(c, events)
    records = [_record(c, ev, 0) for ev in events]
    kept = [
        (r, ev)
        for r, ev in zip(records, events, strict=True)
        if not _bare_event(r, ev) and not (r["type"] == "disaster" and r["status"] == "planned")
    ]  # (موجة حر متوقعة الأسبوع المقبل: a forecast, no catastrophe yet)
    records, events = [r for r, _ in kept], [ev for _, ev in kept]
    persons = {e["id"]: e.get("type") == "PER" for e in doc.layers.get("entities") or [] if e.get("id")}
    for r in records:
        r["actors"] = _actors_kept(r["type"], r["actors"])
        if r["type"] in _DONE_TO or r["type"] == "protest":
            # اغتيل العميل ألكسندر … في اعتداء اتهمت بريطانيا: the person one telling says it was done
            # to (or a protest was against: احتجاجات ضد الرئيس) did not do it in another
            done_to = {p["entity"] for p in r["targets"] if persons.get(p.get("entity") or "")}
            r["actors"] = [p for p in r["actors"] if p.get("entity") not in done_to or not p.get("entity")]
        # واعتقلت الشرطة 20 فلسطينيا خلال حملة مداهمات: words one telling read as whom it was done to
        # (after اعتقلت) are no actor because another telling (before مداهمات) reads them so
        struck = {(p.get("span") or {}).get("start") for p in r["targets"]} - {None}
        r["actors"] = [p for p in r["actors"] if (p.get("span") or {}).get("start") not in struck]
    main = None
    for r, ev in zip(records, events, strict=True):
        if r["places"]:
            continue
        if r["type"] not in ("meeting", "agreement"):
            main = _main_place(c) if main is None else main
            r["places"] = list(main)
        r["places"] = r["places"] or _unique([p for m in ev.mentions for p in m.weak_places])
    for i, r in enumerate(records):
        r["id"] = f"v{i + 1}"
        r["places"] = _unique([_with_side(c, _headed(c, p)) for p in r["places"]])
        r["actors"] = _unique([x for p in r["actors"] for x in _with_country(_titled(c, p))])
        r["targets"] = _unique([x for p in r["targets"] for x in _with_country(_titled(c, p))])
    doc.layers["events"] = records

"""The Arabic that :mod:`marsad.claims.statements` reads, loaded once from ``lexicon/statements_*.tsv``.

Reporting verbs are kept as lemmas (``قال يقول قائل``); :func:`verb_forms` generates their
forms with the gender and number they mark, so ``وقالت`` is found as قال, perfect, feminine
singular, with the proclitic و:

>>> cue_form("وقالت")
CueForm(lemma='قال', aspect='perf', gender='f', number='s', prefix='و', suffix='')
>>> cue_form("مشيرا").aspect, cue_form("مشيرا").gender
('part', 'm')
>>> cue_form("ودعتها").suffix
'ها'
>>> cue_form("الرئيس") is None
True
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, NamedTuple

from marsad import lexicon
from marsad.text.normalize import normalize

#: proclitics a reporting verb may carry (و ف) and the object pronouns after it (ودعتها، طالبه)
PROCLITICS = ("و", "ف")
OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")  # not نا: توقعنا، وعدنا are "we"
#: a complementizer that opens indirect content (إن، أن، بأن with a pronoun: إنها، بأنه)
COMPLEMENTIZERS = frozenset(
    b + s for b in ("ان", "بان") for s in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")
) | {"الا", "بالا"}  # ألا = أن لا


class Verb(NamedTuple):
    """A reporting verb of ``statements_verbs.tsv``."""

    lemma: str
    complements: tuple[str, ...]
    flags: frozenset[str]


class CueForm(NamedTuple):
    """What a written form of a reporting verb marks."""

    lemma: str
    aspect: str  # perf, impf, part
    gender: str  # m, f
    number: str  # s, d, p
    prefix: str
    suffix: str


def _defective(stem: str) -> bool:
    """A verb whose last radical is weak: دعا، نفى (نفي)، رأى (راي)."""
    return stem[-1] in "اي"  # دعا، نفى (ى → ي), رأى


def verb_forms(perfect: str, imperfect: str, participle: str) -> list[tuple[str, str, str, str]]:
    """``(form, aspect, gender, number)`` for the third-person forms of a verb (normalized).

    >>> sorted(f for f, *_ in verb_forms("دعا", "يدعو", "داعي"))[:4]
    ['تدعو', 'داعيا', 'داعيات', 'داعيه']
    >>> ("نفت", "perf", "f", "s") in verb_forms("نفي", "ينفي", "-")
    True
    """
    out: list[tuple[str, str, str, str]] = []
    p = perfect
    if p and p != "-":
        base = p[:-1] if _defective(p) else p
        out += [(p, "perf", "m", "s"), (base + "ت", "perf", "f", "s"), (base + "وا", "perf", "m", "p")]
        out += [(base + "تا", "perf", "f", "d")]
        if not _defective(p) and not p.startswith("و"):
            # no masculine dual قالا: it would read طالبا، ردا، اقرأ as verbs; no وعدن (= و + عدن)
            out += [(p + "ن", "perf", "f", "p")]
    y = imperfect
    if y and y != "-":
        stem = y[1:]
        plural = (y[:-1] if y[-1] in "وي" else y) + "ون"
        out += [(y, "impf", "m", "s"), ("ت" + stem, "impf", "f", "s"), (plural, "impf", "m", "p")]
    m = participle
    if m and m != "-":
        out += [(m + "ا", "part", "m", "s"), (m + "ه", "part", "f", "s"), (m + "ين", "part", "m", "p")]
        out += [(m + "ات", "part", "f", "p")]
    return out


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, tuple[str, str, str, str]], dict[str, Verb]]:
    """The form table (form → lemma, aspect, gender, number) and the verbs by lemma."""
    forms: dict[str, tuple[str, str, str, str]] = {}
    verbs: dict[str, Verb] = {}
    for row in lexicon.table("statements_verbs"):
        row = row + ("-",) * (5 - len(row))
        perfect, imperfect, participle = (normalize(c) for c in row[:3])
        comps = tuple(normalize(c) for c in row[3].split(",") if c and c != "-")
        if "ان" in comps:  # أن with its pronouns (أنه، بأنها)
            comps += tuple(sorted(COMPLEMENTIZERS - set(comps)))
        flag_list = [f for f in row[4].split(",") if f and f != "-"]
        extra = [f.split(":") for f in flag_list if f.startswith("extra:")]
        flags = frozenset(f for f in flag_list if not f.startswith("extra:"))
        if perfect in verbs:
            continue
        verbs[perfect] = Verb(perfect, comps, flags)
        generated = verb_forms(perfect, imperfect, participle)
        generated += [(normalize(e[1]), "perf", "f" if e[2][0] == "f" else "m", e[2][1]) for e in extra]
        for form, aspect, gender, number in generated:
            if "no_part_fs" in flags and (aspect, gender, number) == ("part", "f", "s"):
                continue  # مدينة is a city, not the participle of أدان
            if "no_part_fp" in flags and (aspect, gender, number) == ("part", "f", "p"):
                continue  # لافتات are banners, not women pointing out
            if "no_perf_ms" in flags and form == perfect:
                continue  # "قدر الإمكان": the noun, not the verb
            forms.setdefault(form, (perfect, aspect, gender, number))
    return forms, verbs


def cue_form(word: str) -> CueForm | None:
    """The reporting verb that ``word`` (a written form, clitics allowed) is, or None.

    >>> cue_form("فأضافوا").number
    'p'
    >>> cue_form("يقولون").aspect
    'impf'
    """
    return _cue_form(normalize(word))


def _wa_only(verbs: dict[str, Verb], hit: tuple[str, str, str, str], form: str) -> bool:
    """``form`` is the bare masculine perfect of a verb flagged ``wa_perf_ms``: a verb only after و or
    ف and with no pronoun ("وبيّن"; "بين" and "بينه" are the preposition)."""
    return form == hit[0] and "wa_perf_ms" in verbs[hit[0]].flags


@lru_cache(maxsize=20_000)
def _cue_form(w: str) -> CueForm | None:
    """:func:`cue_form` of a normalized word, cached."""
    forms, verbs = tables()
    for pre in ("",) + PROCLITICS:
        if pre and not w.startswith(pre):
            continue
        rest = w[len(pre) :]
        if len(rest) < 2:
            continue
        hit = forms.get(rest)
        if hit and not (not pre and _wa_only(verbs, hit, rest)):
            return CueForm(*hit, prefix=pre, suffix="")  # (not "بين الجيش والمسلحين": no و، no verb)
        for suf in OBJECT_SUFFIXES:
            if rest.endswith(suf) and len(rest) - len(suf) >= 2:
                base = rest[: -len(suf)]
                hit = forms.get(base)
                if hit is None and base.endswith("و"):  # اعتبروها → اعتبروا + ها
                    hit = forms.get(base + "ا")
                if hit and hit[1] != "part" and not _wa_only(verbs, hit, base):  # (not "بينه وبين")
                    return CueForm(*hit, prefix=pre, suffix=suf)
    return None


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every written form :func:`cue_form` may recognize (a fast filter before it)."""
    forms, _ = tables()
    out = set()
    for f, (_, aspect, _, _) in forms.items():
        variants = [f] + ([f + s for s in OBJECT_SUFFIXES] if aspect != "part" else [])
        if f.endswith("وا") and aspect != "part":
            variants += [f[:-1] + s for s in OBJECT_SUFFIXES]
        for v in variants:
            out.update(p + v for p in ("",) + PROCLITICS)
    return frozenset(out)


@lru_cache(maxsize=1)
def say_lemma() -> str:
    """The lemma of "to say" (قال): its participle قائلا completes another verb (وتابع قائلا)."""
    return next((normalize(r[0]) for r in lexicon.table("statements_phrases") if r[1:2] == ("say",)), "")


@lru_cache(maxsize=1)
def relay_preps() -> frozenset[str]:
    """The prepositions that name the source after a relaying verb (نقلت وكالة X عن Y)."""
    return frozenset(c for v in tables()[1].values() if "relay" in v.flags for c in v.complements)


def verb(lemma: str) -> Verb:
    """The :class:`Verb` of ``lemma`` (as :func:`cue_form` returns it)."""
    return tables()[1][lemma]


@cache
def kinds(name: str) -> dict[str, frozenset[str]]:
    """The words of a two-column lexicon ``word<TAB>kind`` grouped by kind (normalized)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.table(name):
        if len(row) >= 2:
            out.setdefault(row[1], set()).add(normalize(row[0]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def speaker_heads() -> dict[str, tuple[str, str]]:
    """Head words of a speaker phrase → (gender, number) (``statements_speakers.tsv``), and the dual
    in the nominative of each singular one-word head of three letters or more (``الجيشان الروسي
    والسوري``، ``الوزيران``، ``الحكومتان``: number d)."""
    heads = {normalize(r[0]): (r[1], r[2]) for r in lexicon.table("statements_speakers") if len(r) >= 3}
    duals = {}
    for w, (gender, number) in heads.items():
        if number == "s" and " " not in w and len(w) >= 3:
            duals[w[:-1] + "تان" if w.endswith("ه") else w + "ان"] = (gender, "d")
    return {**duals, **heads}


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Head words that title a person (``رئيس``، ``المشير``): a name may follow them."""
    return frozenset(
        normalize(r[0]) for r in lexicon.table("statements_speakers") if len(r) >= 4 and r[3] == "person"
    )


@lru_cache(maxsize=1)
def definite_heads() -> frozenset[str]:
    """Head words that name a speaker only with the article (``الصحة``، ``الخارجية``: not ``صحة الأنباء``)."""
    return frozenset(
        normalize(r[0]) for r in lexicon.table("statements_speakers") if len(r) >= 4 and r[3] == "definite"
    )


@lru_cache(maxsize=1)
def phrases() -> dict[str, frozenset[str]]:
    """Reporting phrases (بحسب، وفقا ل…) by kind; multi-word phrases are space-joined. A phrase
    that opens a source (according, according_verb, relay) also takes the conjunction و or ف
    (وطبقا ل، ونقلا عن، فبحسب; not فحسب, "only")."""
    out = dict(kinds("statements_phrases"))
    for k in ("according", "according_verb", "relay"):
        if k in out:
            out[k] = (
                out[k]
                | {"و" + p for p in out[k] if not p.startswith("و") and p != "كما"}
                | {"ف" + p for p in out[k] if not p.startswith(PROCLITICS) and p not in ("كما", "حسب")}
            )
    return out


def adjuncts() -> dict[str, frozenset[str]]:
    """Time words, particles, negations, relatives, contrast words and prepositions by kind."""
    return kinds("statements_adjuncts")


def content_opens(statement: dict[str, Any], kind: str) -> bool:
    """Whether a statement's content opens with a word of adjunct ``kind`` ("مسؤوليته عنه" with kind
    responsibility, "حالة الطوارئ" with kind declared)."""
    words = statement["content"].split()
    return bool(words) and normalize(words[0]) in adjuncts().get(kind, frozenset())


def channels() -> dict[str, frozenset[str]]:
    """Channel words (outlet, medium, addressee)."""
    return kinds("statements_channels")


@cache
def nationalities() -> frozenset[str]:
    """Nationality adjectives, masculine, normalized, without the article (``entities_nationality.tsv``)."""
    return frozenset(normalize(r[0]) for r in lexicon.table("entities_nationality") if r)

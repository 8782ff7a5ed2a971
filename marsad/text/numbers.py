"""Numbers in Arabic news: digits in any script, number words, and what each number counts.

Fills ``doc.layers["numbers"]`` with ``{start, end, text, value, value_max, kind, qualifier}``
(plus ``qualifier_span`` where a word such as نحو qualified it). The span covers the number and
its multiplier words (5 آلاف) but not clitics (وخمسة → خمسة) or qualifier words.

- digits: Western, Eastern (٠-٩) and Persian (۰-۹); ``24,620`` / ``٢٤٬٦٢٠`` / ``24.620`` are
  24620 (a "." before exactly three digits is a thousands separator), ``3.5`` is 3.5;
- words, table-driven from ``lexicon/numbers_words.tsv``: خمسة، ثلاثة وأربعين، ألفين، مائتي،
  خمسمئة وعشرة، 5 آلاف، مليون ونصف، with clitics (بثلاثة، لعشرين);
- parts joined by و after a multiplier are one number: 24 ألفا و100 → 24100، مليون و200 ألف و12;
- vague amounts (عشرات 10, مئات 100, آلاف 1000, عشرات الآلاف 10000) are kind ``vague``,
  qualifier ``at_least``; بضعة / عدد من carry no size and are not numbers;
- qualifiers (``lexicon/numbers_qualifiers.tsv``): نحو → approximate, أكثر من → at_least,
  لا يتجاوز → at_most, and ranges (بين 10 و15، من 10 إلى 15، 10-15، 3 أو 4) → range;
- kinds: count, vague, ordinal (الرابع), year (عام 2016), date (27 سبتمبر), percent (5%، في
  المئة), money (مليار دولار), time (الساعة 5), decimal, duration (ثلاثة عقود), age, other.

A table of our own was chosen over pyarabic's ``text2number``: it needs no phrase extraction
first, keeps offsets, reads vague amounts and halves (pyarabic gives عشرات → 0 and مليون ونصف →
1000000), and costs one dict lookup per token.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build('قال إن "نحو 5 آلاف" قتلوا منذ ثلاثة عقود')
>>> segment(doc); annotate(doc)
>>> [(n["text"], n["value"], n["kind"], n["qualifier"]) for n in doc.layers["numbers"]]
[('5 آلاف', 5000, 'count', 'approximate'), ('ثلاثة', 3, 'duration', 'exact')]
>>> parse_number_words("ثلاثة وأربعين ألفا")
43000
>>> read_number("٢٤٬٦٢٠")
24620
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from marsad import lexicon
from marsad.doc import Doc

# -- normalization that keeps offsets (one character for one) ----------------------------------

_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})
_KEEP_LEN = str.maketrans(_FOLD)
_MARKS = {ord(c): None for c in "\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"}
_MARKS.update({c: None for c in range(0x0610, 0x061B)})
_MARK_CHARS = frozenset(chr(c) for c in _MARKS)
_MARK_RE = re.compile("[" + "".join(sorted(_MARK_CHARS)) + "]")

#: proclitic clusters a number word may carry (وخمسة، بثلاثة، لعشرين، والثاني، بالمئة)
PREFIXES = (
    "",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "وب",
    "ول",
    "فب",
    "فل",
    "وك",
    "ال",
    "وال",
    "بال",
    "لل",
    "فال",
    "كال",
    "وبال",
    "ولل",
    "فلل",
)
_DIGIT_CHARS = frozenset("0123456789")
_QUOTES = frozenset("\"«»“”'‘’()")


def folded_text(doc: Doc) -> str:
    """``doc.text`` with alef/ya/ta-marbuta forms and digits folded, same length (cached)."""
    cached = doc.__dict__.get("_folded")
    if cached is None or len(cached) != len(doc.text):
        cached = doc.text
        for a, b in _FOLD.items():  # str.replace is far faster than str.translate here
            if a in cached:
                cached = cached.replace(a, b)
        doc.__dict__["_folded"] = cached
    return cached


def token_keys(doc: Doc) -> list[str]:
    """The normalized surface of every token (clitics kept, diacritics dropped), cached on the doc.

    >>> from marsad.text.segment import segment
    >>> d = Doc.build("وأصيبَ ٣")
    >>> segment(d); token_keys(d)
    ['واصيب', '3']
    """
    cached = doc.__dict__.get("_token_keys")
    if cached is not None and len(cached) == len(doc.tokens):
        return cached
    ft = folded_text(doc)
    toks = doc.tokens
    keys = [ft[t.start : t.end] for t in toks]
    marks = [m.start() for m in _MARK_RE.finditer(ft)]
    if marks:  # only the few words that carry diacritics or tatweel are rebuilt
        starts = [t.start for t in toks]
        for k in {bisect.bisect_right(starts, m) - 1 for m in marks}:
            if k >= 0 and toks[k].is_word:
                keys[k] = keys[k].translate(_MARKS) or keys[k]
    doc.__dict__["_token_keys"] = keys
    return keys


def candidates(keys: list[str], found: Any) -> list[int]:
    """Indices of the tokens whose key starts with a digit or that are truthy in ``found``.

    >>> candidates(["قتل", "5", "وجرح", "خمسه"], [None, None, None, 5])
    [1, 3]
    """
    return [i for i, (k, e) in enumerate(zip(keys, found, strict=False)) if e or k[:1] in _DIGIT_CHARS]


def clitic_index(forms: dict[str, Any], min_len: int = 3) -> dict[str, tuple[str, Any]]:
    """Map every ``prefix + form`` to ``(prefix, value)``; a bare form wins over a split one.

    >>> clitic_index({"خمسه": 5})["وبخمسه"]
    ('وب', 5)
    """
    out: dict[str, tuple[str, Any]] = {}
    for p in reversed(PREFIXES):
        for form, value in forms.items():
            if p and len(form) < min_len:
                continue
            out[p + form] = (p, value)
    return out


def clitic_len(prefix: str) -> int:
    """How many letters of ``prefix`` are clitics outside a word's span (the article ال stays in).

    >>> clitic_len("وب"), clitic_len("وال"), clitic_len("لل")
    (2, 1, 1)
    """
    if prefix.endswith("ال"):
        return len(prefix) - 2
    if prefix.endswith("لل"):
        return len(prefix) - 1
    return len(prefix)


def skip_letters(text: str, start: int, n: int) -> int:
    """The offset after ``n`` letters from ``start`` in ``text``, diacritics not counted."""
    i = start
    while n > 0 and i < len(text):
        if text[i] not in _MARK_CHARS:
            n -= 1
        i += 1
    while i < len(text) and text[i] in _MARK_CHARS:
        i += 1
    return i


# -- lexicons ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    words: dict[str, tuple[float, str, int]] = {}
    for row in lexicon.table("numbers_words"):
        value = float(row[1])
        words[row[0]] = (
            int(value) if value.is_integer() else value,
            row[2],
            int(row[3]) if len(row) > 3 else 1,
        )
    index = clitic_index(words)
    index.pop("الاثنين", None)  # the weekday
    # qualifiers before a number are found from their last word, those after from their first
    before: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    after: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, qual, pos in lexicon.table("numbers_qualifiers"):
        w = tuple(phrase.split())
        if pos == "after":
            after.setdefault(w[0], []).append((w, qual))
        elif len(w) == 1:
            for p in PREFIXES:
                before.setdefault(p + w[0], []).append((w, qual))
        else:
            before.setdefault(w[-1], []).append((w, qual))
    for lst in (*before.values(), *after.values()):
        lst.sort(key=lambda x: -len(x[0]))
    quals = {"before": before, "after": after}
    months = {row[0]: int(row[1]) for row in lexicon.table("dates_months") if " " not in row[0]}
    return {
        "words": index,
        "quals": quals,
        "units": clitic_index(lexicon.mapping("numbers_units")),
        "plural_times": clitic_index({row[0]: 1 for row in lexicon.table("numbers_units") if row[2:] == ("plural",)}),
        "cues": clitic_index(lexicon.mapping("numbers_cues"), 2),
        "months": clitic_index(months, 2),
        "month_heads": clitic_index(
            {row[0].split()[0]: 1 for row in lexicon.table("dates_months") if " " in row[0]}
        ),
    }


# -- reading digits and words -------------------------------------------------------------------

_SEP = re.compile(r"[.,\u066b\u066c]")


def read_digits(s: str, dot_thousands: bool = True) -> float | int | None:
    """Read a digit string with its separators (any digit script).

    ``,`` / ``٬`` before groups of three digits and ``.`` before exactly three digits (when
    ``dot_thousands``) separate thousands; ``٫`` and other ``.`` / ``,`` are decimal points.

    >>> read_digits("24.620"), read_digits("3.5"), read_digits("1,234,567"), read_digits("2,5")
    (24620, 3.5, 1234567, 2.5)
    """
    s = s.translate(_KEEP_LEN).strip()
    if not s or not s[0].isdigit() or len(s) > 40:  # a run of digits that long is no quantity
        return None
    seps = _SEP.findall(s)
    groups = _SEP.split(s)
    if not all(g.isdigit() for g in groups):
        return None
    if not seps:
        return int(s)
    if "\u066b" in seps:  # Arabic decimal separator
        intpart, _, frac = s.replace(",", "").replace("\u066c", "").replace(".", "").partition("\u066b")
        return float(intpart + "." + frac)
    kinds = set(seps)
    tail3 = all(len(g) == 3 for g in groups[1:])
    if len(kinds) == 1:
        sep = seps[0]
        if tail3 and (sep != "." or dot_thousands or len(seps) > 1):
            return int("".join(groups))
        if len(seps) == 1:
            return float(groups[0] + "." + groups[1])
        return None
    # both kinds: the last one is the decimal point (1,234.5 / 1.234,5)
    last = seps[-1]
    head, _, frac = s.rpartition(last)
    return float(_SEP.sub("", head) + "." + frac)


def _num(v: float) -> float | int:
    return int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 1e15 else v


def _parse(entries: list[Any], i: int) -> tuple[int, float, str] | None:
    """Parse the number words starting at ``entries[i]``.

    ``entries[k]`` is ``(prefix, (value, type, count))`` or None. Returns ``(end, value, kind)``
    with ``kind`` count, vague or ordinal, or None when no number starts at ``i``.
    """
    n = len(entries)
    e = entries[i]
    if e is None:
        return None
    _, (v, typ, cnt) = e
    nxt = entries[i + 1] if i + 1 < n else None
    if typ in ("ord", "ord_al"):
        if typ == "ord_al" and "ال" not in e[0]:
            return None
        j, value = i + 1, v
        if nxt and nxt[1][1] == "ten" and not nxt[0].replace("ال", ""):
            j, value = i + 2, v + 10  # الحادي عشر
        elif nxt and nxt[1][1] == "n" and nxt[0] in ("و", "وال") and 20 <= nxt[1][0] <= 90 and v < 10:
            j, value = i + 2, v + nxt[1][0]  # الحادي والعشرين
        return j, value, "ordinal"
    if typ == "teen":
        if nxt and nxt[1][1] == "ten" and not nxt[0]:
            total, cur, last = 0.0, v + 10, v + 10
            j = i + 2
        else:
            return None
    elif typ == "frac":
        if nxt and nxt[1][1] == "mult" and not nxt[0]:
            return i + 2, v * nxt[1][0], "count"
        return None
    elif typ == "vague":
        value, j = v, i + 1
        if nxt and nxt[1][1] == "mult" and nxt[1][2] == 0 and nxt[0] in ("", "ال"):  # عشرات (ال)آلاف
            value, j = v * nxt[1][0], i + 2
        return j, value, "vague"
    elif typ == "mult":
        if cnt == 0:
            return i + 1, v, "vague"
        total, cur, last = v * cnt, 0.0, v
        j = i + 1
        if j < n and entries[j] and entries[j][1][1] == "frac" and entries[j][0] == "و":
            return j + 1, total + v * entries[j][1][0], "count"
    else:  # n, ten, hund
        total, cur, last = 0.0, float(v), v
        j = i + 1
    return _continue(entries, j, total, cur, last)


def _continue(entries: list[Any], j: int, total: float, cur: float, last: float) -> tuple[int, float, str]:
    """Extend a word number: units+teens (خمسة عشر), ×100 (ثلاث مئة), و-joined parts, multipliers."""
    n = len(entries)
    while j < n and entries[j] is not None:
        pre, (v, typ, cnt) = entries[j]
        if typ == "ten" and not pre and 0 < last < 10:
            cur += 10
            last = 10
        elif typ == "hund" and not pre and 0 < cur < 10:
            cur *= 100
            last = 100
        elif typ == "mult" and not pre and cur > 0 and (last < v):
            total += cur * v
            cur, last = 0.0, v
            if j + 1 < n and entries[j + 1] and entries[j + 1][1][1] == "frac" and entries[j + 1][0] == "و":
                total += v * entries[j + 1][1][0]
                j += 1
        elif (
            typ in ("n", "ten", "hund")
            and pre == "و"
            and (
                (last >= 100 and v < last)
                or (last < 10 and 20 <= v <= 90 and v % 10 == 0)
                or (cur == 0 and v < last)
            )
        ):
            cur += v
            last = v
        elif typ == "mult" and pre == "و" and cnt and cur == 0 and v < last:
            total += v * cnt
            last = v
        else:
            break
        j += 1
    return j, total + cur, "count"


def parse_number_words(text: str) -> int | None:
    """The value of a phrase of Arabic number words (with digits allowed before a multiplier).

    >>> parse_number_words("خمسمئة وعشرة"), parse_number_words("ألفين"), parse_number_words("بضعة")
    (510, 2000, None)
    """
    v = read_number(text)
    return int(v) if v is not None and float(v).is_integer() else None


def read_number(text: str) -> float | int | None:
    """The value of the first number in ``text``: digits, words, or digits with a multiplier.

    >>> read_number("1.5 مليون"), read_number("مليون ونصف"), read_number("عشرات الآلاف")
    (1500000, 1500000, 10000)
    """
    items = find_numbers(text)
    return items[0]["value"] if items else None


def find_numbers(text: str, published: str | None = None) -> list[dict[str, Any]]:
    """The number items of a free ``text`` (it is segmented on the fly).

    >>> [n["value"] for n in find_numbers("قتل 3 وجرح عشرون")]
    [3, 20]
    """
    from marsad.text.segment import segment

    doc = Doc(text=text or "", published=published)
    segment(doc)
    annotate(doc)
    return doc.layers["numbers"]


def numbers_in(doc: Doc, start: int, end: int) -> list[dict[str, Any]]:
    """The items of ``doc.layers["numbers"]`` that lie inside ``[start, end)``."""
    items = doc.layers.get("numbers") or []
    i = bisect.bisect_left([x["start"] for x in items], start)
    return [x for x in items[i:] if x["end"] <= end]


def dual_stem(word: str) -> str | None:
    """The singular of a dual noun (قتيلين → قتيل, جنديان → جندي), or None; for the figures stage.

    A word is taken for a dual when it ends in ين/ان (or تين/تان for feminines) and its singular
    is a common word of the shipped vocabulary, more than twice as common as the word itself (so
    البحرين is no dual of البحر). Plurals in يين (عسكريين) stay ambiguous.

    >>> dual_stem("قتيلين"), dual_stem("فلسطين"), dual_stem("البحرين")
    ('قتيل', None, None)
    """
    from marsad.text.normalize import normalize
    from marsad.text.vocab import counts

    w = normalize(word)
    vocab = counts()
    for suf, add in (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)] + add
            if vocab.get(base, 0) >= 20 and vocab.get(base, 0) > 2 * vocab.get(w, 0):  # not البحرين
                return base
    return None


# -- the layer -----------------------------------------------------------------------------------

_YEAR_CUES = frozenset(
    "في منذ حتي خلال قبل بعد مطلع اواخر اوائل منتصف نهايه بدايه اواسط ربيع صيف خريف شتاء عام العام سنه السنه".split()
)


def _is_year(v: Any) -> bool:
    return isinstance(v, int) and 1900 <= v <= 2099


def _prev_word(keys: list[str], toks: list[Any], i: int, sent: int) -> int:
    """Index of the word before token ``i`` in the same sentence, skipping quotes; -1 if none."""
    k = i - 1
    while k >= 0 and toks[k].sent == sent and keys[k] in _QUOTES:
        k -= 1
    return k if k >= 0 and toks[k].sent == sent and toks[k].is_word else -1


def _strip(key: str, table: dict[str, Any]) -> Any:
    hit = table.get(key)
    return hit[1] if hit else None


def _after_period(keys: list[str], toks: list[Any], i: int, p: int, sent: int, lex: dict[str, Any]) -> bool:
    """A definite number after a definite plural of time is its attribute: "الأيام الثلاثة الماضية"،
    "الساعات الـ24 الماضية" count days and hours (not "اليوم 5 أشخاص", nor "الأشخاص الخمسة")."""
    if p < 0:
        return False
    definite = keys[i].startswith("ال") or keys[p] == "ال"
    if keys[p] == "ال":
        p = _prev_word(keys, toks, p, sent)
    hit = lex["plural_times"].get(keys[p]) if p >= 0 else None
    return bool(definite and hit and (hit[0].endswith("ال") or hit[0].endswith("لل")))


def _qualifier(
    keys: list[str], toks: list[Any], i: int, j: int, lex: dict[str, Any]
) -> tuple[str | None, int, int]:
    """The qualifier of the number on tokens ``[i, j)`` and the span of its words (or -1, -1)."""
    sent = toks[i].sent
    prev: list[int] = []
    k = i - 1
    while k >= 0 and len(prev) < 4 and toks[k].sent == sent:
        if keys[k] in _QUOTES:
            k -= 1
            continue
        if not toks[k].is_word:
            break
        prev.append(k)
        k -= 1
    for phrase, qual in lex["quals"]["before"].get(keys[prev[0]], ()) if prev else ():
        m = len(phrase)
        if m > len(prev):
            continue
        idx = prev[m - 1 :: -1]
        words = [keys[x] for x in idx]
        if m == 1 or (
            words[1:] == list(phrase[1:])
            and (
                words[0] == phrase[0]
                or (words[0].endswith(phrase[0]) and words[0][: -len(phrase[0])] in PREFIXES)
            )
        ):
            return qual, toks[idx[0]].start, toks[idx[-1]].end
    # after: right after the number or after its counted noun (30 قتيلا على الأقل)
    for skip in (0, 1, 2):
        a = j + skip
        if a >= len(toks) or toks[a].sent != sent:
            break
        for phrase, qual in lex["quals"]["after"].get(keys[a], ()) if a < len(toks) else ():
            m = len(phrase)
            if a + m <= len(toks) and tuple(keys[a : a + m]) == phrase:
                return qual, toks[a].start, toks[a + m - 1].end
        if a < len(toks) and (not toks[a].is_word or lex["words"].get(keys[a])):
            break
    return None, -1, -1


def _is_month(keys: list[str], k: int, lex: dict[str, Any]) -> bool:
    if k >= len(keys):
        return False
    return keys[k] in lex["months"] or keys[k] in lex["month_heads"]


def _classify(
    doc: Doc, keys: list[str], toks: list[Any], i: int, j: int, value: float, kind: str, lex: dict[str, Any]
) -> tuple[str, int]:
    """The kind of the number on tokens ``[i, j)`` and the token end of its span."""
    n = len(toks)
    sent = toks[i].sent
    nk = keys[j] if j < n and toks[j].sent == sent else ""
    if kind == "vague" and nk and _strip(nk, lex["units"]) == "money":
        return "money", j  # مليارات الدولارات
    if kind in ("vague", "ordinal"):
        return kind, j
    if nk in ("%", "٪"):
        return "percent", j + 1
    if nk == "في" and j + 1 < n and keys[j + 1] in ("المئه", "المائه"):
        return "percent", j + 2
    unit = _strip(nk, lex["units"]) if nk else None
    if unit == "percent":
        return "percent", j + 1
    if unit == "money" or (i > 0 and keys[i - 1] in ("$", "€", "£")):
        return "money", j
    p = _prev_word(keys, toks, i, sent)
    pk = keys[p] if p >= 0 else ""
    cue = _strip(pk, lex["cues"]) if pk else None
    digits = toks[i].end == toks[j - 1].end and not toks[i].is_word
    if digits and nk == ":" and j + 1 < n and keys[j + 1].isdigit() and toks[j + 1].start == toks[j].end:
        return "time", j + 2  # 12:46
    if digits and toks[i].end - toks[i].start == 4 and isinstance(value, int) and 1900 <= value <= 2099:
        if cue == "year" or (p >= 0 and (keys[p] in lex["months"] or keys[p - 1] in lex["month_heads"])):
            return "year", j
        before = keys[p - 1] if p > 0 else ""
        if pk in ("و", "او") and len(before) == 4 and before.isdigit() and 1900 <= int(before) <= 2099:
            return "year", j  # عامي 2014 و2015
        if cue == "span_open" and j < n and keys[j][:1] == "و" and keys[j][1:] in _YEAR_CUES:
            return "year", j  # بين 2010 وأواخر 2012: the first end of a span of years
        if not (j < n and toks[j].is_word and toks[j].sent == sent) or (
            1990 <= value <= 2099 and (pk in _YEAR_CUES or pk[1:] in _YEAR_CUES)
        ):
            return "year", j
    if cue == "time" and value <= 24:
        return "time", j
    if 1 <= value <= 31 and isinstance(value, int):
        if _is_month(keys, j, lex) or (nk == "من" and digits and _is_month(keys, j + 1, lex)):
            return "date", j  # 27 سبتمبر، الـ11 من سبتمبر
        if nk == "و" or nk.startswith("و"):  # 10 و17 أكتوبر
            k = j + 1 if nk == "و" else j
            if k < n and not toks[k].is_word and k + 1 < n and _is_month(keys, k + 1, lex):
                return "date", j
    if unit == "duration" or _after_period(keys, toks, i, p, sent, lex):
        back = [keys[x] for x in range(max(0, i - 4), i)]
        if cue == "age" or any(_strip(b, lex["cues"]) == "age" or b.endswith("يبلغ") for b in back):
            return "age", j
        return "duration", j
    if unit == "other":
        return "other", j
    if cue in ("age", "other"):
        return cue, j
    if isinstance(value, float) and not value.is_integer():
        return "decimal", j
    return "count", j


def _digits_value(keys: list[str], toks: list[Any], i: int, entries: list[Any]) -> tuple[int, float] | None:
    """A digit token, with the multiplier word after it (5 آلاف، 1.5 مليون، 2 مليون و500 ألف)."""
    n = len(toks)
    key = keys[i]
    if _comma_decimal(keys, toks, entries, i):
        key, i = keys[i] + "." + keys[i + 2], i + 2  # "2،6 مليون": an Arabic comma as the decimal point
    nxt = entries[i + 1] if i + 1 < n else None
    mult_next = bool(nxt and nxt[1][1] == "mult" and not nxt[0])
    v = read_digits(key, dot_thousands=not mult_next)
    if v is None:
        return None
    j = i + 1
    if mult_next:
        j, v, _ = _continue(entries, j, 0.0, float(v), 0.0)
        while (
            j + 2 < n
            and keys[j] == "و"
            and not toks[j + 1].is_word
            and entries[j + 2]
            and entries[j + 2][1][1] == "mult"
        ):
            w = read_digits(keys[j + 1])
            m = entries[j + 2][1][0]
            if w is None or w * m >= v:
                break
            v += w * m
            j += 3
    return j, v


def _comma_decimal(keys: list[str], toks: list[Any], entries: list[Any], i: int) -> bool:
    """Digits, an Arabic comma and digits written with no space between, then a multiplier word:
    "2،6 مليون" is 2.6 million (but "2، 6 أشخاص" are two numbers)."""
    if i + 3 >= len(toks) or keys[i + 1] != "،" or not keys[i + 2].isdigit():
        return False
    if toks[i].end != toks[i + 1].start or toks[i + 1].end != toks[i + 2].start:
        return False
    nxt = entries[i + 3]
    return bool(nxt and nxt[1][1] == "mult" and not nxt[0])


def _and_tail(
    keys: list[str], toks: list[Any], entries: list[Any], j: int, value: float
) -> tuple[int, float]:
    """Extend a number that ends with a multiplier by the و-joined smaller parts after it.

    "24 ألفا و100" is 24100 and "2 مليون و500 ألف و300" 2500300: each part must be smaller than
    the lowest multiplier before it, so "بين ألف و1500" stays a range.
    """
    n = len(toks)
    while j + 1 < n and keys[j] == "و" and entries[j - 1] and entries[j - 1][1][1] == "mult":
        unit = 1
        while unit < 10**9 and value % (unit * 1000) == 0:
            unit *= 1000
        if unit < 1000 or toks[j + 1].sent != toks[j].sent:
            break
        k = j + 1
        if not toks[k].is_word and keys[k][:1].isdigit():
            r = _digits_value(keys, toks, k, entries)
            part = r if r and (r[0] > k + 1 or read_digits(keys[k]) == r[1]) else None
        else:
            r2 = _parse(entries, k) if entries[k] and not entries[k][0] else None
            part = (r2[0], r2[1]) if r2 and r2[2] == "count" else None
        if part is None or not 0 < part[1] < unit or part[1] != int(part[1]):
            break
        j, value = part[0], value + part[1]
    return j, value


def _glued_to_name(text: str, toks: list[Any], keys: list[str], i: int, lex: dict[str, Any]) -> bool:
    """The digits at token ``i`` are written onto a word, with no space, that follows the head of an
    outlet's name (numbers_cues kind name_head: مراسل، قناة، موقع): the end of the name ("مراسل
    فرانس24"، "قناة فرانس24"), no quantity; but "مقتل52 شخصا" (a space lost) is one."""
    if i < 2 or toks[i - 1].end != toks[i].start or not toks[i - 1].is_word:
        return False
    prev = text[toks[i - 1].start : toks[i - 1].end]
    return len(prev) >= 3 and prev.isalpha() and _strip(keys[i - 2], lex["cues"]) == "name_head"


_NUMERIC_DATE = re.compile(r"^(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$")


def _numeric_date_end(keys: list[str], toks: list[Any], i: int) -> int:
    """Token end of a numeric date (2020/10/22, 22-10-2020) starting at ``i``, or -1."""
    if _NUMERIC_DATE.match(keys[i]):
        return i + 1
    if i + 4 < len(toks) and toks[i + 4].start - toks[i].end <= 4:
        s = "".join(keys[i : i + 5])
        if (
            _NUMERIC_DATE.match(s)
            and keys[i + 1] == keys[i + 3]
            and toks[i + 4].end - toks[i].start == len(s)
        ):
            return i + 5
    return -1


def _second(keys: list[str], toks: list[Any], entries: list[Any], j: int) -> tuple[int, int, float] | None:
    """The number that closes a range after tokens ``[.., j)``: its first token, end and value."""
    n = len(toks)
    if j >= n:
        return None
    if not toks[j].is_word and keys[j][0].isdigit():
        r = _digits_value(keys, toks, j, entries)
        return (j, r[0], r[1]) if r else None
    r = _parse(entries, j)
    return (j, r[0], r[1]) if r and r[2] == "count" else None


def _range(
    keys: list[str], toks: list[Any], entries: list[Any], i: int, j: int, value: float, digits: bool
) -> tuple[int, int, float] | None:
    """A range closed after the number on ``[i, j)``: بين 10 و15، من 10 إلى 15، 10-15، 3 أو 4."""
    n = len(toks)
    if j >= n or toks[j].sent != toks[i].sent:
        return None
    p = i - 1
    pk = keys[p] if p >= 0 else ""
    nk = keys[j]
    second = None
    if pk.endswith("بين") and pk[:-3] in PREFIXES:
        if nk == "و":
            second = _second(keys, toks, entries, j + 1)
        elif entries[j] and entries[j][0] == "و":
            r = _parse([(entries[j][0][1:], entries[j][1])] + entries[j + 1 :], 0)
            second = (j, j + r[0], r[1]) if r and r[2] == "count" else None
    elif pk in ("من", "ومن") and nk in ("الي", "حتي"):
        second = _second(keys, toks, entries, j + 1)
    elif nk in ("-", "–", "او") and (digits or nk == "او"):
        second = _second(keys, toks, entries, j + 1)
        if second and nk != "او" and toks[second[0]].start - toks[j].end > 1:
            second = None
    if second and second[2] > value:
        return second
    return None


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["numbers"]`` (needs ``doc.tokens`` from segmentation).

    >>> from marsad.text.segment import segment
    >>> doc = Doc.build("سقط بين 10 و15 قتيلا في 27 سبتمبر")
    >>> segment(doc); annotate(doc)
    >>> [(n["text"], n["value"], n["value_max"], n["kind"]) for n in doc.layers["numbers"]]
    [('10 و15', 10, 15, 'count'), ('27', 27, None, 'date')]
    """
    lex = _lex()
    toks = doc.tokens
    keys = token_keys(doc)
    words = lex["words"]
    entries = list(map(words.get, keys))
    text = doc.text
    out: list[dict[str, Any]] = []
    cands = candidates(keys, entries)
    i = 0
    for c in cands:
        if c < i:
            continue
        i = c
        t = toks[i]
        key = keys[i]
        digits = not t.is_word and key[:1].isdigit()
        if digits and _glued_to_name(text, toks, keys, i, lex):
            continue  # "مراسل فرانس24": the digits end a name, no quantity
        if digits:
            d_end = _numeric_date_end(keys, toks, i)
            if d_end > 0:
                start, end = t.start, toks[d_end - 1].end
                day = re.split(r"[/.-]", keys[i] if d_end == i + 1 else "".join(keys[i:d_end]))
                out.append(
                    _item(text, start, end, int(day[-1] if len(day[0]) == 4 else day[0]), None, "date", None)
                )
                i = d_end
                continue
            r = _digits_value(keys, toks, i, entries)
            if r is None:
                continue
            j, value = r
            kind = "count"
        elif entries[i] is not None:
            r2 = _parse(entries, i)
            if r2 is None:
                continue
            j, value, kind = r2
        else:
            continue
        if kind == "count":
            j, value = _and_tail(keys, toks, entries, j, value)
        if kind == "ordinal" and i > 0 and keys[i - 1] in lex["month_heads"]:
            i = j  # تشرين الأول is a month
            continue
        value = _num(value)
        value_max = None
        qual, qa, qb = _qualifier(keys, toks, i, j, lex)
        rng = _range(keys, toks, entries, i, j, value, digits) if kind == "count" else None
        if rng:
            value_max, j, qual = _num(rng[2]), rng[1], "range"
        kind, span_end = _classify(doc, keys, toks, i, j, value, kind, lex)
        if value_max and kind == "count" and _is_year(value) and _is_year(value_max) and digits:
            kind = "year"  # من 2016 إلى 2018
        if kind == "vague" and qual is None:
            qual = "at_least"
        start = t.start
        if not digits and entries[i][0]:
            start = skip_letters(text, t.start, clitic_len(entries[i][0]))
        item = _item(text, start, toks[span_end - 1].end, value, value_max, kind, qual or "exact")
        if qa >= 0 and qual != "range":
            item["qualifier_span"] = {"start": qa, "end": qb, "text": text[qa:qb]}
        out.append(item)
        i = max(j, span_end, i + 1)
    doc.layers["numbers"] = out


def _item(
    text: str, start: int, end: int, value: Any, value_max: Any, kind: str, qual: str | None
) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": value,
        "value_max": value_max,
        "kind": kind,
        "qualifier": qual,
    }

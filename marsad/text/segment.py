"""Sentences and tokens of an article, as offsets into its text.

Sentences end at ``.`` ``!`` ``?`` ``؟`` ``;`` ``؛`` (and runs of them), and at newlines. A quotation
(«…», "…", “…”) holds its punctuation: ``وقالت: "ندعو أذربيجان.. نؤكد مجددا" .`` is one sentence.
A quotation left open runs to the end of its paragraph (a newline), never beyond. A period between
digits (3.5), after a single letter (د. محمد، د.ب.أ) or inside a dotted abbreviation (إن.إتش.كيه)
does not end a sentence.

Tokens are words (Arabic or Latin letters with their diacritics), numbers (with their
separators: 24,620 / ٢٤٬٦٢٠ / 3.5) and single punctuation marks. Each word carries the span of its
stem once clitics are split off (:mod:`marsad.text.clitics`) and its normalized stem.

>>> from marsad.doc import Doc
>>> doc = Doc.build('وقال بوتين: "الوضع صعب. جدا". ثم غادر.')
>>> segment(doc)
>>> [s.text(doc) for s in doc.sentences]
['وقال بوتين: "الوضع صعب. جدا".', 'ثم غادر.']
>>> t = doc.tokens[0]
>>> t.text(doc), doc.text[t.stem_start:t.stem_end], t.norm
('وقال', 'قال', 'قال')
"""

from __future__ import annotations

import re

from marsad.doc import Doc, Sentence, Token
from marsad.text import clitics
from marsad.text.normalize import normalize_map

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed"
_NUM = r"(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
_WORD = rf"(?P<word>(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]|[{_MARKS}]|['’\-](?=[^\W\d_]))*)"
#: tokens: numbers, words, and every other character on its own
TOKEN_RE = re.compile(rf"{_NUM}|{_WORD}|(?P<punct>\S)")
#: the same, where a sentence holds a dot or a hyphen between letters (see ``_ABBR_HINT``): a dotted
#: abbreviation of three or more short pieces is one word (إن.تي.في، د.ب.أ، سي.إن.إن), and so is a
#: short name joined by a hyphen to its number (إف-16، سو-24، إس-400، إن-1)
TOKEN_ABBR_RE = re.compile(
    rf"{_NUM}"
    r"|(?P<abbr>[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3}){2,}(?![^\W\d_])"
    r"|(?<![^\W\d_])[^\W\d_]{1,4}-[0-9]{1,3}(?![0-9]))"
    rf"|{_WORD}|(?P<punct>\S)"
)
_ABBR_HINT = re.compile(r"[^\W\d_]\.[^\W\d_]|[^\W\d_]-[0-9]")


def _token_re(text: str, start: int, end: int) -> re.Pattern[str]:
    """The tokenizer for ``text[start:end]``: the one that knows abbreviations only where one may be."""
    return TOKEN_ABBR_RE if _ABBR_HINT.search(text, start, end) else TOKEN_RE


#: the kind of token each group of TOKEN_RE gives
_KIND = {"num": "num", "word": "word", "abbr": "word", "punct": "punct"}
_END = set(".!?؟;؛")
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "”"}
_CLOSERS = {"»", "”"}


#: list bullets: one mid-line, after a space, starts a sentence ("... المساعدات. ◀ الخارجية تدين ..."،
#: "• الجيش يعلن مقتل 3 جنود • الصحة تعلن إصابة 20")
_BULLETS = "•◀►▶◄▪■●◆➖"
#: an underscore after a space is a bullet too ("... الأخبار : _اليوم 114 للحرب _سرايا القدس: ..."),
#: where one inside a word joins a hashtag's words (#حرب_غزة)
_INTERESTING = re.compile(rf'[.!?؟;؛"«»“”„_{_BULLETS}]')


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph, no newline inside) into sentence spans."""
    spans: list[tuple[int, int]] = []
    quote: str | None = None  # the closing mark we wait for
    s = start
    pos = start
    while True:
        m = _INTERESTING.search(text, pos, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        pos = i + 1
        if quote is None:
            if ch in _OPEN_CLOSE:
                quote = _OPEN_CLOSE[ch]
            elif ch == '"':
                quote = '"'
            elif ch == "_":
                word = text[i + 1 : end].split(" ", 1)[0]
                before = text[s:i].split()[-1:] or [""]
                # (not "#مبادرة_الحزام _و_الطريق"، "#ولي_العهد_الأمير _تشارلز": a hashtag's words go on)
                hashtag = "_" in word or "_" in before[0] or before[0].startswith("#")
                if i > s and text[i - 1].isspace() and text[s:i].strip() and not hashtag:
                    spans.append((s, i + 1))  # the mark closes the item before, like a full stop
                    s = pos = i + 1
            elif ch in _BULLETS:
                if i > s and text[i - 1].isspace() and text[s:i].strip():
                    spans.append((s, i))
                    s = i
            elif ch in _END and not _inside_number_or_abbrev(text, i):
                j = i + 1
                while j < end and (text[j] in _END or text[j] in _CLOSERS or text[j] == '"' and _closes(text, j)):
                    j += 1
                spans.append((s, j))
                s = pos = j
        elif ch == quote:
            quote = None
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:  # trim whitespace
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _closes(text: str, j: int) -> bool:
    return j + 1 >= len(text) or text[j + 1].isspace() or text[j + 1] in _END


def _inside_number_or_abbrev(text: str, i: int) -> bool:
    """A period that is part of a number (3.5) or an abbreviation (د. محمد، د.ب.أ، إن.إتش.كيه)."""
    ch = text[i]
    if ch != ".":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isdigit() and after.isdigit():
        return True
    if not before.isalpha():
        return False
    j = i - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = i - j
    if after.isalpha():  # glued to the next letter: د.ب.أ، إن.بي.سي
        return word <= 4
    # a lone letter (د. محمد), unless it closes a dotted abbreviation: "بحسب د.ب.أ. ثم"
    return word == 1 and not (j > 0 and text[j - 1] == ".")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: paragraphs (newlines) first, then punctuation.

    >>> t = "أولا. ثانيا؟\\nثالثا"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['أولا.', 'ثانيا؟', 'ثالثا']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    p = start
    while p < end:
        nl = text.find("\n", p, end)
        q = end if nl < 0 else nl
        spans += _sentence_spans(text, p, q)
        p = q + 1
    return spans


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` for each token, kind being ``word``, ``num`` or ``punct``.

    >>> t = "قتل ٢٤٬٦٢٠ شخصا."
    >>> [t[a:b] for a, b, _ in tokenize(t)]
    ['قتل', '٢٤٬٦٢٠', 'شخصا', '.']
    """
    end = len(text) if end is None else end
    pattern = _token_re(text, start, end)
    return [(m.start(), m.end(), _KIND.get(m.lastgroup, "punct")) for m in pattern.finditer(text, start, end)]


def segment(doc: Doc) -> None:
    """Fill ``doc.sentences`` and ``doc.tokens``. The title is its own sentence(s)."""
    text = doc.text
    sentences: list[Sentence] = []
    spans = []
    if doc.body_start:
        spans += [(a, b, True) for a, b in split_sentences(text, 0, doc.body_start)]
    spans += [(a, b, False) for a, b in split_sentences(text, doc.body_start)]
    tokens: list[Token] = []
    append = tokens.append
    cache_get = _CACHE.get
    hint = _ABBR_HINT.search(text) is not None
    for idx, (a, b, in_title) in enumerate(spans):
        sentences.append(Sentence(a, b, index=idx, in_title=in_title))
        for m in (_token_re(text, a, b) if hint else TOKEN_RE).finditer(text, a, b):
            surface = m.group()
            hit = cache_get(surface) or _analyze(surface, m.lastgroup in ("word", "abbr"))
            ts, te = m.span()
            append(Token(ts, te, hit[0], ts + hit[1], te - hit[2], idx, hit[3]))
    doc.sentences = sentences
    doc.tokens = tokens


#: the analysis of each token form seen; a form's kind (word, number, punctuation) follows from
#: its first character, so the form alone is the key
_CACHE: dict[str, tuple[str, int, int, bool]] = {}


def _analyze(surface: str, is_word: bool) -> tuple[str, int, int, bool]:
    """``(normalized stem, proclitic length, enclitic length, is_word)`` of a token, cached per form."""
    hit = _CACHE.get(surface)
    if hit is not None:
        return hit
    norm, offs = normalize_map(surface)
    if not is_word:
        out = (norm, 0, 0, False)
    else:
        pre, stem, suf = clitics.split(norm)
        if suf == "ي" and surface.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ى"):
            stem, suf = stem + suf, ""  # ذكرى، ذكرى: a final alif maqsura is never the suffix "my"
        pre_len = offs[len(pre)] if pre and len(pre) < len(offs) else 0
        post_len = len(surface) - offs[len(pre) + len(stem)] if suf else 0
        if suf and stem.endswith("ت"):
            stem = stem[:-1] + "ه"  # حكومته → حكومه
        out = (stem, pre_len, post_len, True)
    if len(_CACHE) > 100_000:
        _CACHE.clear()
    _CACHE[surface] = out
    return out

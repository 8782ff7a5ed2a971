"""The article and its stand-off layers.

A :class:`Doc` holds one repaired text (``title``, a blank line, then the body) that never changes
after it is built, and a list of layers, each a list of annotations that point into that text by
character offsets ``(start, end)``, as spaCy's ``Span`` points into a ``Doc``. Every stage of the
pipeline reads the layers before it and adds one layer; none rewrites an earlier one.

>>> doc = Doc.build("قال الرئيس إن المعارك مستمرة", title="عنوان", published="2020-10-22")
>>> doc.text[: len("عنوان")]
'عنوان'
>>> doc.body_start
7
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TITLE_SEPARATOR = "\n\n"


@dataclass(slots=True)
class Span:
    """A piece of :attr:`Doc.text` between two character offsets."""

    start: int
    end: int

    def text(self, doc: Doc) -> str:
        return doc.text[self.start : self.end]

    def as_dict(self, doc: Doc) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": doc.text[self.start : self.end]}


@dataclass(slots=True)
class Sentence(Span):
    """A sentence; ``index`` is its position in the article, ``in_title`` marks the title."""

    index: int = 0
    in_title: bool = False


@dataclass(slots=True)
class Token(Span):
    """A word or punctuation mark.

    ``stem_start``/``stem_end`` bound the word once proclitics (و ف ب ل ك س ال) and pronoun suffixes
    are split off; they equal ``start``/``end`` where nothing was split. ``norm`` is the normalized
    stem used for matching (see :mod:`marsad.text.normalize`). ``sent`` is the sentence index.
    """

    norm: str = ""
    stem_start: int = 0
    stem_end: int = 0
    sent: int = 0
    is_word: bool = True

    @property
    def prefix_len(self) -> int:
        return self.stem_start - self.start


@dataclass
class Doc:
    """One article: its repaired text, metadata, and the layers the pipeline adds."""

    text: str
    title: str = ""
    published: str | None = None  # YYYY-MM-DD
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    #: for each character of ``text``, its offset in the input as read (before repair)
    raw_offsets: list[int] | None = None
    #: offset of the first body character in ``text``
    body_start: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    #: the layers the extraction stages add, by name ("numbers", "dates", "ner", "entities",
    #: "statements", "casualties", "events", "headline", ...)
    layers: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        body: str,
        *,
        title: str | None = None,
        published: str | None = None,
        id: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Doc:
        """Repair ``title`` and ``body`` and join them into one text (title, blank line, body)."""
        from marsad.text.repair import repair

        title_text, title_map = repair(title or "")
        body_text, body_map = repair(body or "")
        title_text, body_text = title_text.strip("\n"), body_text
        if title_text:
            text = title_text + TITLE_SEPARATOR + body_text
            body_start = len(title_text) + len(TITLE_SEPARATOR)
        else:
            text, body_start = body_text, 0
        # raw offsets: the title's characters map into the title as read, the body's into the
        # body as read; the separator maps to the title's end
        raw: list[int] = list(title_map[: len(title_text)]) if title_text else []
        if title_text:
            raw += [title_map[len(title_text)] if len(title_map) > len(title_text) else len(title or "")] * len(
                TITLE_SEPARATOR
            )
        raw += list(body_map[: len(body_text)])
        return cls(
            text=text,
            title=title_text,
            published=published,
            id=id,
            meta=dict(meta or {}),
            raw_offsets=raw,
            body_start=body_start,
        )

    # -- helpers shared by the stages ------------------------------------------------------

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character ``offset``, or None."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly inside ``[start, end)``."""
        import bisect

        starts = self.token_starts()
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens_in(sent.start, sent.end)

    def token_starts(self) -> list[int]:
        """The start offsets of ``tokens``, in order (cached; for ``bisect``)."""
        cache = self.__dict__.get("_starts_cache")
        if cache is None or len(cache) != len(self.tokens):
            cache = [t.start for t in self.tokens]
            self.__dict__["_starts_cache"] = cache
        return cache

    def token_surfaces(self) -> list[str]:
        """The normalized form of each whole token, clitics kept (``وقالت`` → ``وقالت``, ``إنّ`` →
        ``ان``; :attr:`Token.norm` is the stem's). Cached: the stages read it instead of normalizing
        every token again."""
        cache = self.__dict__.get("_surfaces_cache")
        if cache is not None and cache[0] is self.tokens and len(cache[1]) == len(self.tokens):
            return cache[1]
        from marsad.text.normalize import normalize_word

        text = self.text
        out = [normalize_word(text[t.start : t.end]) for t in self.tokens]
        self.__dict__["_surfaces_cache"] = (self.tokens, out)
        return out

    def token_starts_within(self, spans: list[tuple[int, int]]) -> set[int]:
        """The start offsets of the tokens that begin inside any of ``spans``."""
        import bisect

        starts = self.token_starts()
        out: set[int] = set()
        for a, b in spans:
            i = bisect.bisect_left(starts, a)
            while i < len(starts) and starts[i] < b:
                out.add(starts[i])
                i += 1
        return out

    def span(self, start: int, end: int) -> dict[str, Any]:
        """The evidence form of a span: offsets and the text they cover."""
        return {"start": start, "end": end, "text": self.text[start:end]}

"""One reader a format: plain text, JSON, JSON Lines and HTML.

``read_text``, ``read_json`` and ``read_html`` take the bytes of one input and yield its articles,
raising :class:`~marsad.io.article.BadInput` when it cannot be read (``read_json`` yields one for a
bad item of a list); ``read_jsonl`` takes a byte
stream, reads it line by line (flat memory on any size) and yields a
:class:`~marsad.io.article.ReadError` for each bad line, reading on.

>>> arts = list(read_text("عنوان الخبر\\n\\nقال المتحدث إن المحادثات مستمرة.".encode(), "a"))
>>> arts[0].title, arts[0].body
('عنوان الخبر', 'قال المتحدث إن المحادثات مستمرة.')
>>> obj = {"id": 7, "title": "عنوان", "body": "نص الخبر", "published": "2020-10-22", "url": "http://x"}
>>> a = article_from_obj(obj, "b")
>>> a.id, a.published, a.meta
('7', '2020-10-22', {'url': 'http://x'})
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import IO, Any

from marsad.io.article import Article, BadInput, ReadError
from marsad.io.decode import EncodingError, decode

#: the largest single article (a .txt, .json or .html file, or one JSON line) read, in bytes
MAX_BYTES = 20 * 1024 * 1024
#: a JSON Lines input is given up after this many bad lines in a row
MAX_BAD_RUN = 100

#: fields of a JSON article that are not kept in ``meta``
_FIELDS = ("id", "title", "body", "text", "published", "meta")


def to_text(data: bytes) -> str:
    """Decode one input, refusing binary data (NUL bytes) and unknown encodings."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise BadInput("unknown encoding (UTF-16; not UTF-8 or Windows-1256)")
    if b"\x00" in data:
        raise BadInput("binary file (NUL bytes), not text")
    try:
        return decode(data)
    except EncodingError as e:
        raise BadInput(str(e)) from None


def read_text(data: bytes, stem: str, published: str | None = None) -> Iterator[Article]:
    """A plain-text article: the first non-empty line is the title, the rest the body."""
    text = to_text(data).lstrip()
    if not text.strip():
        raise BadInput("empty file")
    title, _, body = text.partition("\n")
    yield Article(id=stem, title=title.strip(), body=body.strip(), published=published)


def read_json(data: bytes, stem: str, published: str | None = None) -> Iterator[Article | BadInput]:
    """A JSON file: one article (an object) or a list of them; a bad item of the list is yielded
    as a :class:`BadInput` and the others are read."""
    text = to_text(data)
    if not text.strip():
        raise BadInput("empty file")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"invalid JSON ({e.msg})", e.lineno) from None
    if isinstance(obj, dict):
        yield article_from_obj(obj, stem, published)
    elif isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            try:
                yield article_from_obj(item, f"{stem}:{i}", published)
            except BadInput as e:  # the other items are still read
                yield BadInput(f"item {i}: {e.message}")
    else:
        raise BadInput("not an article (a JSON object) nor a list of them")


def read_html(data: bytes, stem: str, published: str | None = None) -> Iterator[Article]:
    """An HTML page: title, body and (numeric) date taken out with trafilatura."""
    from marsad.io.webpage import extract_html

    page = to_text(data)
    if not page.strip():
        raise BadInput("empty file")
    got = extract_html(page)
    if got is None:
        raise BadInput("no article text found in the page")
    title, body, date = got
    yield Article(id=stem, title=title, body=body, published=date or published)


def read_jsonl(
    stream: IO[bytes], path: str, stem: str, published: str | None = None, *, first: bytes = b"", lineno: int = 0
) -> Iterator[Article | ReadError]:
    """JSON Lines from ``stream``, one article a line; a line without ``id`` gets ``stem:line``.

    ``first`` is a line already read from the stream (by the caller sniffing the format) and
    ``lineno`` the number of lines read before it. Lines are read one at a time, so memory stays
    flat whatever the size of the input; a line above :data:`MAX_BYTES` is skipped with an error.
    """
    bad_run = 0
    line = first or stream.readline(MAX_BYTES + 1)
    while line:
        lineno += 1
        try:
            if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                _skip_line(stream)
                raise BadInput(f"line too large (over {MAX_BYTES / 2**20:.3g} MB)")
            if line.strip():
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                yield _article_from_line(line, f"{stem}:{lineno}", published)
            bad_run = 0
        except BadInput as e:
            yield ReadError(path, e.message, lineno)
            bad_run += 1
            if bad_run >= MAX_BAD_RUN:
                yield ReadError(path, f"giving up after {MAX_BAD_RUN} bad lines in a row", lineno)
                return
        line = stream.readline(MAX_BYTES + 1)


def _skip_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(2**20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _article_from_line(line: bytes, default_id: str, published: str | None) -> Article:
    text = to_text(line)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"invalid JSON ({e.msg}, column {e.colno})") from None
    return article_from_obj(obj, default_id, published)


def article_from_obj(obj: Any, default_id: str, published: str | None = None) -> Article:
    """An :class:`Article` from one JSON object: ``id``, ``title``, ``body`` (or ``text``),
    ``published`` (YYYY-MM-DD, or an ISO date-time; else a ``date`` field if it holds one); other
    fields (``url``, ``source``, ``date``...) go to ``meta``."""
    if not isinstance(obj, dict):
        raise BadInput(f"not an article (a JSON {type(obj).__name__}, not an object)")
    body = obj.get("body")
    if body is None:
        body = obj.get("text")
    if not isinstance(body, str):
        raise BadInput("not an article (no body or text)" if body is None else "body is not a string")
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise BadInput("title is not a string")
    ident = obj.get("id")
    if ident is None or ident == "" or isinstance(ident, (dict, list)):
        ident = default_id
    meta = {k: v for k, v in obj.items() if k not in _FIELDS}
    if isinstance(obj.get("meta"), dict):
        meta = {**obj["meta"], **meta}
    return Article(
        id=str(ident),
        title=(title or "").strip(),
        body=body,
        published=_published(obj.get("published")) or _published(obj.get("date"), strict=False) or published,
        meta=meta,
    )


def _published(value: Any, *, strict: bool = True) -> str | None:
    """``YYYY-MM-DD`` from a date, an ISO date-time or an e-mail style date (``Sun, 18 Feb 2018
    01:00:09 GMT``); None for null or empty. Anything else is an error when ``strict`` (the
    ``published`` field), else None (a ``date`` field, used when there is no ``published``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    if not strict:
        return None
    raise BadInput(f"published is not a date (YYYY-MM-DD): {str(value)[:40]!r}")

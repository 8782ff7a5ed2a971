"""Reading articles: text, JSON Lines, JSON, HTML, folders and stdin.

``read(paths, published=None)`` yields :class:`Article` for each article read and
:class:`ReadError` for each input (or JSON line) that could not be read, so one bad file never
stops the rest. By extension: ``.txt`` (first non-empty line the title, the rest the body),
``.jsonl`` (one article a line), ``.json`` (an article or a list), ``.html``/``.htm`` (through
trafilatura). A folder is read recursively in sorted order; ``-`` reads stdin (JSON Lines when
its first line is a JSON object, else text); other files are sniffed the same way.
Text is UTF-8 (with or without BOM) or Windows-1256 (see :mod:`marsad.io.decode`).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "خبر.txt").write_text("عنوان\\nقال المتحدث إن المحادثات مستمرة.", encoding="utf-8")
>>> [(a.id, a.title, a.published) for a in read([d / "خبر.txt"], published="2020-10-22")]
[('خبر', 'عنوان', '2020-10-22')]
>>> [str(e) for e in read([d / "ليس.txt"])]  # doctest: +ELLIPSIS
['...ليس.txt: no such file or directory']
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from marsad.io import formats
from marsad.io.article import Article, BadInput, ReadError
from marsad.io.formats import read_html, read_json, read_jsonl, read_text

__all__ = ["Article", "ReadError", "read", "EXTENSIONS"]

_Reader = Callable[[bytes, str, "str | None"], Iterator["Article | BadInput"]]

#: the readers of whole inputs, by file extension (``.jsonl`` is streamed instead)
_READERS: dict[str, _Reader] = {
    ".txt": read_text,
    ".json": read_json,
    ".html": read_html,
    ".htm": read_html,
}
#: the file extensions read in a folder
EXTENSIONS = frozenset({*_READERS, ".jsonl"})


def read(paths: Iterable[str | Path], *, published: str | None = None) -> Iterator[Article | ReadError]:
    """Yield the articles in ``paths`` (files, folders, ``-`` for stdin), errors as ReadError.

    ``published`` (YYYY-MM-DD) is the date of articles whose input gives none. An input that
    yields neither an article nor an error gets the error "no articles found".
    """
    for p in paths:
        yield from _read_one(p, published)


def _at_least_one(items: Iterator[Article | ReadError], name: str) -> Iterator[Article | ReadError]:
    """``items``, or the error "no articles found" if there are none (a JSONL of blank lines)."""
    found = False
    for item in items:
        found = True
        yield item
    if not found:
        yield ReadError(name, "no articles found")


def _read_one(p: str | Path, published: str | None) -> Iterator[Article | ReadError]:
    if str(p) == "-":
        yield from _at_least_one(_read_stream(sys.stdin.buffer, "<stdin>", "stdin", published), "<stdin>")
        return
    path = Path(p)
    try:
        if path.is_dir():
            files = _walk(path)
            if not files:
                yield ReadError(str(path), f"no articles found (no {', '.join(sorted(EXTENSIONS))} files)")
            for f in files:
                yield from _read_file(f, published)
        else:
            yield from _read_file(path, published)
    except OSError as e:  # a folder that cannot be listed
        yield ReadError(str(path), _os_message(e))


def _walk(folder: Path) -> list[Path]:
    """The files under ``folder`` with a known extension, recursively, in sorted order; hidden
    files and folders (``.git``) are skipped."""
    out = []
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).parts
        if f.suffix.lower() in EXTENSIONS and not any(part.startswith(".") for part in rel) and f.is_file():
            out.append(f)
    return out


def _read_file(path: Path, published: str | None) -> Iterator[Article | ReadError]:
    return _at_least_one(_read_file_items(path, published), str(path))


def _read_file_items(path: Path, published: str | None) -> Iterator[Article | ReadError]:
    name, ext = str(path), path.suffix.lower()
    try:
        with open(path, "rb") as f:
            if ext == ".jsonl":
                yield from _read_jsonl_file(f, name, path.stem, published)
            elif ext in _READERS:
                size = _size(f)
                if size is not None and size > formats.MAX_BYTES:
                    raise BadInput(_too_large(size))
                yield from _errors(_READERS[ext](_read_limited(f), path.stem, published), name)
            else:
                yield from _read_stream(f, name, path.stem, published)
    except BadInput as e:
        yield ReadError(name, e.message, e.line)
    except OSError as e:
        yield ReadError(name, _os_message(e))


def _read_jsonl_file(f: IO[bytes], name: str, stem: str, published: str | None) -> Iterator[Article | ReadError]:
    head = f.read(8192)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head:
        formats.to_text(head)  # raises BadInput: UTF-16 or binary
    f.seek(0)
    yield from read_jsonl(f, name, stem, published)


def _read_stream(f: IO[bytes], name: str, stem: str, published: str | None) -> Iterator[Article | ReadError]:
    """An input of unknown format (stdin, a file without a known extension), sniffed from its
    start: JSON Lines if its first non-blank line is a JSON object, JSON if it starts with ``{``
    or ``[``, HTML if it starts with a tag, else text."""
    try:
        head, lineno = b"", 0
        while not head.strip():
            head = f.readline(formats.MAX_BYTES + 1)
            if not head:
                raise BadInput("empty input")
            lineno += 1
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if start.startswith(b"{") and _is_json_object(head):
            yield from read_jsonl(f, name, stem, published, first=head, lineno=lineno - 1)
            return
        data = head + f.read(formats.MAX_BYTES + 1 - len(head))
        if len(data) > formats.MAX_BYTES:
            raise BadInput(_too_large(None))
        if start[:1] in (b"{", b"["):
            reader: _Reader = read_json
        elif start[:1] == b"<" and start[:2] != b"<<":
            reader = read_html
        else:
            reader = read_text
        yield from _errors(reader(data, stem, published), name)
    except BadInput as e:
        yield ReadError(name, e.message, e.line)


def _errors(items: Iterator[Article | BadInput], name: str) -> Iterator[Article | ReadError]:
    for item in items:
        yield ReadError(name, item.message, item.line) if isinstance(item, BadInput) else item


def _is_json_object(line: bytes) -> bool:
    import json

    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _read_limited(f: IO[bytes]) -> bytes:
    data = f.read(formats.MAX_BYTES + 1)
    if len(data) > formats.MAX_BYTES:
        raise BadInput(_too_large(None))
    return data


def _size(f: IO[bytes]) -> int | None:
    import os

    try:
        return os.fstat(f.fileno()).st_size
    except (OSError, ValueError):
        return None


def _too_large(size: int | None) -> str:
    limit = f"{formats.MAX_BYTES / 2**20:.3g}"
    got = f"{size / 2**20:.0f} MB, " if size else ""
    return f"too large ({got}limit {limit} MB for one article; use JSON Lines for many)"


def _os_message(e: OSError) -> str:
    """``[Errno 2] No such file or directory: 'x'`` → ``no such file or directory``."""
    msg = e.strerror or str(e)
    return msg[:1].lower() + msg[1:]

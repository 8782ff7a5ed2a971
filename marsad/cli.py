"""The ``marsad`` command line; it mirrors the Python API.

``marsad extract PATH...`` reads articles and writes one record each. Other commands come from the
modules that own them: ``marsad ner`` (:mod:`marsad.ner.cli`), ``marsad ingest|query|export|tally``
(:mod:`marsad.store.cli`), ``marsad serve`` (:mod:`marsad.serve.cli`), ``marsad spark``
(:mod:`marsad.spark`). Each such module has ``register(subparsers)``.

Bad input gets a one-line error on stderr naming the file (and line); the other inputs are still
processed, and the exit code is 1 if anything failed (2 for a wrong command line).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

from marsad import __version__

#: modules that add commands of their own (each has ``register(subparsers)``)
COMMAND_MODULES = ("marsad.ner.cli", "marsad.store.cli", "marsad.serve.cli", "marsad.spark")


class CommandError(Exception):
    """An error to report in one line, with exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _date(value: str) -> str:
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad", description="Structured, source-attributed records from Arabic news."
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="extract records from articles (files, folders, - for stdin)")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    ex.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) where the input has none")
    ex.add_argument("-o", "--output", help="write here instead of stdout")
    ex.set_defaults(func=cmd_extract)

    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ImportError as e:  # an optional part not installed: its commands say so when used
            if e.name and not e.name.startswith("marsad"):
                _unavailable(sub, name, e)
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def _unavailable(sub: Any, module: str, err: ImportError) -> None:
    word = {"marsad.serve.cli": "serve", "marsad.spark": "spark"}.get(module)
    if word:
        # takes any arguments (--db x.db too) and says what to install
        p = sub.add_parser(word, help=f"(needs the optional package {err.name})", prefix_chars="\x00", add_help=False)
        p.add_argument("rest", nargs="*")
        extra = "serve" if word == "serve" else "spark"

        def fail(args: argparse.Namespace) -> int:
            raise CommandError(f"'marsad {word}' needs {err.name}: pip install 'marsad[{extra}]'")

        p.set_defaults(func=fail)


def cmd_extract(args: argparse.Namespace) -> int:
    from marsad.io import ReadError, read
    from marsad.pipeline import process
    from marsad.record import to_record
    from marsad.render import render_text

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    records = []
    try:
        for item in read(args.paths, published=args.published):
            if isinstance(item, ReadError):
                print(f"marsad: {item}", file=sys.stderr)
                failed += 1
                continue
            try:
                rec = to_record(
                    process(item.body, title=item.title, published=item.published, id=item.id, meta=item.meta)
                )
            except Exception as e:  # a bug met on odd text: one line, the other articles go on
                print(f"marsad: {item.id}: extraction failed ({type(e).__name__}: {e})", file=sys.stderr)
                failed += 1
                continue
            if args.format == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            elif args.format == "text":
                out.write(render_text(rec) + "\n")
            else:
                records.append(rec)
        if args.format == "json":
            data = records[0] if len(records) == 1 else records
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandError as e:
        print(f"marsad: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, ValueError) as e:
        print(f"marsad: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The ``marsad ner`` commands: train, eval, tag, clusters.

``marsad ner tag FILE`` (or ``-`` for stdin) reads one token a line (the first column; blank lines
between sentences) and writes ``token<TAB>tag`` with the same sentence breaks. ``marsad ner eval
FILE`` prints entity-level micro precision, recall, F1 and F1 per type (conlleval rules).
``marsad ner train --data FILE --out DIR`` builds a model folder; ``marsad ner clusters`` and
``marsad ner newsstats`` build the word clusters and news context statistics it can use (see
:mod:`marsad.ner.clusters` and :mod:`marsad.ner.newsstats`).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from marsad.ner.conll import ConllError, read_conll, read_conll_pairs, read_tokens

T = TypeVar("T")


def register(subparsers: Any) -> None:
    """Add the ``ner`` command group to the ``marsad`` command line."""
    p = subparsers.add_parser("ner", help="named-entity tagger: tag, eval, train, clusters")
    sub = p.add_subparsers(dest="ner_command", metavar="NER_COMMAND")
    sub.required = True

    t = sub.add_parser("tag", help="tag a one-token-a-line file (- for stdin): token<TAB>tag lines")
    t.add_argument("file")
    t.add_argument("--model", help="a model folder (default: the shipped model)")
    t.add_argument("-o", "--output", help="write here instead of stdout")
    t.set_defaults(func=cmd_tag)

    e = sub.add_parser("eval", help="entity-level P/R/F1 of the tagger on a CoNLL file (token first, tag last)")
    e.add_argument("file")
    e.add_argument("--model", help="a model folder (default: the shipped model)")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--predicted", action="store_true",
                   help="score the file's own predictions (conlleval layout: token ... gold predicted)")
    e.set_defaults(func=cmd_eval)

    tr = sub.add_parser("train", help="train a model folder from a CoNLL file")
    tr.add_argument("--data", required=True, help="CoNLL training file (e.g. ANERCorp_CamelLab_train.txt)")
    tr.add_argument("--out", required=True, help="the model folder to write")
    tr.add_argument("--gazetteers", help="gazetteer folder (anergazet/, anetac/, cldr_ar/)")
    tr.add_argument("--clusters", action="append",
                    help="word clusters TSV from 'marsad ner clusters' (may be repeated)")
    tr.add_argument("--newsstats", help="news context statistics TSV from 'marsad ner newsstats'")
    tr.add_argument("--news", help="unlabeled news JSONL folder (e.g. ../shared/data/ant_news): build the clusters, "
                    "news statistics and word vectors not given from it")
    tr.add_argument("--vectors", help="word vectors (gensim KeyedVectors) for the neural tagger")
    tr.add_argument("--work", help="keep what --news builds in this folder (default: a temporary one)")
    tr.add_argument("--no-neural", action="store_true", help="train the CRF only")
    tr.add_argument("--iterations", type=int, help="L-BFGS iterations (default 150)")
    tr.add_argument("--c1", type=float)
    tr.add_argument("--c2", type=float)
    tr.set_defaults(func=cmd_train)

    c = sub.add_parser("clusters", help="learn word clusters from unlabeled news JSONL (needs gensim, numpy)")
    c.add_argument("paths", nargs="+", metavar="PATH", help="JSONL files or folders of them")
    c.add_argument("--out", required=True, help="gzipped TSV to write")
    c.add_argument("--window", type=int, help="word2vec context window (default 2)")
    c.add_argument("--ks", help="cluster counts, finest first, comma-separated (default 1024,256,64)")
    c.add_argument("--prefix", help="prefix of the cluster-id features (default c)")
    c.set_defaults(func=cmd_clusters)

    n = sub.add_parser("newsstats", help="learn context statistics of words from unlabeled news JSONL")
    n.add_argument("paths", nargs="+", metavar="PATH", help="JSONL files or folders of them")
    n.add_argument("--out", required=True, help="gzipped TSV to write")
    n.set_defaults(func=cmd_newsstats)


def _error(msg: str) -> Exception:
    from marsad.cli import CommandError

    return CommandError(msg)


def _model(path: str | None) -> Any:
    """The best tagger of the model folder (CRF + neural when it has ``neural.npz``), on one core."""
    from marsad.ner.model import ModelError, load

    one_blas_thread()
    try:
        return load(path)
    except ModelError as e:
        raise _error(str(e)) from None


def one_blas_thread() -> None:
    """Keep numpy's BLAS to one thread in this process: the neural tagger's matrices are small, and
    a second thread costs more than it gives (and the tagger is meant to run on one core)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency; without it BLAS keeps its threads
        return
    threadpool_limits(1, user_api="blas")


#: sentences tagged together (the document memory and the consistency pass look only within a
#: batch; 200 is faster and lighter than larger batches, see bench/ner_speed.py)
BATCH = 200


def _batches(items: Iterable[T], n: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def cmd_tag(args: argparse.Namespace) -> int:
    model = _model(args.model)
    src = args.file
    try:
        sents = read_tokens(src, sys.stdin) if src == "-" else read_tokens(src)
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
        try:
            first = True
            for batch in _batches(sents, BATCH):
                for tokens, tags in zip(batch, model.tag_document(batch), strict=True):
                    if not first:
                        out.write("\n")
                    first = False
                    out.write("".join(f"{w}\t{t}\n" for w, t in zip(tokens, tags, strict=True)))
        finally:
            if out is not sys.stdout:
                out.close()
    except ConllError as e:
        raise _error(str(e)) from None
    except FileNotFoundError:
        raise _error(f"{src}: no such file") from None
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from marsad.ner.evaluate import report, score

    try:
        if args.predicted:
            sents = [(g, p) for _, g, p in read_conll_pairs(args.file)]
        else:
            model = _model(args.model)
            sents = []
            for batch in _batches(read_conll(args.file), BATCH):
                pred = model.tag_document([t for t, _ in batch])
                sents += [(g, p) for (_, g), p in zip(batch, pred, strict=True)]
    except ConllError as e:
        raise _error(str(e)) from None
    except FileNotFoundError:
        raise _error(f"{args.file}: no such file") from None
    if not sents:
        raise _error(f"{args.file}: no sentences")
    s = score([g for g, _ in sents], [p for _, p in sents])
    print(json.dumps(s, indent=1) if args.json else report(s))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from marsad.ner.train import params, train

    over = {k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations)) if v is not None}
    command = "marsad " + " ".join(shlex.quote(a) for a in sys.argv[1:]) if sys.argv else None
    try:
        meta = train(args.data, args.out, gazetteers=args.gazetteers, clusters=args.clusters,
                     newsstats=args.newsstats, news=args.news, vectors=args.vectors, work=args.work,
                     neural=not args.no_neural, crf_params=params(**over), command=command,
                     log=lambda m: print(m, file=sys.stderr, flush=True))
    except FileNotFoundError as e:
        raise _error(f"{e.filename}: no such file") from None
    except ImportError as e:
        raise _error(f"building from --news needs {e.name}: pip install 'marsad[ner-build]'") from None
    except (ValueError, RuntimeError, OSError) as e:  # ConllError is a ValueError
        raise _error(str(e)) from None
    d = meta["data"][0]
    print(f"trained on {d['sentences']} sentences ({d['tokens']} tokens) in {meta['training_seconds']} s: {args.out}",
          file=sys.stderr)
    return 0


def cmd_clusters(args: argparse.Namespace) -> int:
    try:
        from marsad.ner.clusters import build
    except ImportError as e:  # pragma: no cover
        raise _error(f"'marsad ner clusters' needs {e.name}: pip install 'marsad[ner-build]'") from None
    settings: dict[str, Any] = {k: v for k, v in (("window", args.window), ("prefix", args.prefix)) if v}
    if args.ks:
        try:
            settings["ks"] = [int(k) for k in args.ks.split(",")]
        except ValueError:
            raise _error(f"--ks: not a list of numbers: {args.ks}") from None
    try:
        info = build(args.paths, args.out, **settings)
    except ValueError as e:
        raise _error(str(e)) from None
    except ImportError as e:
        raise _error(f"'marsad ner clusters' needs {e.name}: pip install 'marsad[ner-build]'") from None
    except RuntimeError as e:
        raise _error(str(e)) from None
    print(f"{info['words']} words clustered: {args.out}", file=sys.stderr)
    return 0


def cmd_newsstats(args: argparse.Namespace) -> int:
    from marsad.ner.newsstats import build

    try:
        info = build(args.paths, args.out)
    except ValueError as e:
        raise _error(str(e)) from None
    except FileNotFoundError as e:
        raise _error(f"{e.filename}: no such file") from None
    print(f"{info['stems']} stems with context flags: {args.out}", file=sys.stderr)
    return 0

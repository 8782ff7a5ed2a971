"""Train a NER model from a CoNLL file and write a model folder (see :mod:`marsad.ner.model`).

Training is deterministic: L-BFGS over the sentences in file order, no sampling (the seed is
recorded for any later randomized setting). The folder gets ``meta.json`` with the command, the
data files and their md5, the marsad version, the feature settings and the CRF parameters, and a
``README.md`` with the licence of the training data (ANERcorp: CC BY-SA 4.0).

>>> params()["c1"]
0.02
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad import __version__
from marsad.ner import resources as _resources
from marsad.ner.conll import TYPES, read_conll
from marsad.ner.features import Featurizer, Resources
from marsad.ner.model import CRF_FILE, META_FILE, RESOURCES_FILE, STAGE1_FILE

SEED = 13
JACKKNIFE_FOLDS = 5
DEFAULT_PARAMS: dict[str, Any] = {"c1": 0.02, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

LICENSE_TEXT = """# The shipped Marsad NER model

`stage1.crfsuite` and `model.crfsuite` are two CRFs trained with python-crfsuite on the ANERcorp CAMeL Lab train split
(`ANERCorp_CamelLab_train.txt`; Benajiba, Rosso & Benedí Ruiz, CICLing 2007; split by Obeid et al.,
LREC 2020, CAMeL Tools). The model weights are derived from that corpus, which is released under
**CC BY-SA 4.0** (https://creativecommons.org/licenses/by-sa/4.0/); the model files are shared under
the same licence, with attribution to the corpus authors.

`resources.json.gz` holds lookups compiled at training time: gazetteer flags from ANERGazet
(Benajiba 2007, research use), ANETAC (Hadj Ameur et al. 2017) and Unicode CLDR territory names
(Unicode License v3), word cluster ids and context statistics (bucketed shares of the trigger
class of the neighbouring words) learned from the ANT news corpus (Chouigui et al. 2017; only ids
and flags per word, no text), character n-gram log-odds of "name" vs "word" learned from those
gazetteers and the news word counts, and the trigger words of `marsad/lexicon/ner_triggers.tsv`.

`neural.npz` and `neural.json` (when present) are a small BiLSTM-CRF tagger (numpy at run time,
`marsad/ner/neural.py`; trained with JAX by `marsad/ner/neural_train.py`) trained on the same ANERcorp
split, so shared under the same **CC BY-SA 4.0** licence. Its input includes 100-dimensional word2vec
vectors (skip-gram, window 4, 5 epochs, one worker, seed 13) that Marsad learned from the ANT news
corpus (Chouigui, Ben Khiroun & Elayeb, AICCSA 2017, https://antcorpus.github.io; citation licence,
research use with attribution): `neural.npz` keeps the vectors of the most frequent normalized words
and the learned feature vectors (both int8, one scale per row) and `neural.json` the word list, the
learned feature names and the settings; no text of the corpus is stored. `marsad ner tag` and
`marsad ner eval` add the CRF's and the neural tagger's tag scores (the `combine` settings of
`neural.json`); `marsad extract` uses the CRF alone.

`meta.json` records how the model was built (command, data files and md5, features, parameters,
cross-validation figures). Rebuild the whole folder with
`marsad ner train --data ANERCorp_CamelLab_train.txt --out DIR --news ../shared/data/ant_news --gazetteers ../shared/data/gazetteers`
(the neural part needs `pip install 'marsad[ner-neural]'`; see `marsad ner train --help`).
"""


def params(**overrides: Any) -> dict[str, Any]:
    """The CRF parameters: the defaults with ``overrides``."""
    return {**DEFAULT_PARAMS, **overrides}


def md5(path: str | Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fit(
    sentences: list[tuple[list[str], list[str]]],
    model_file: str | Path,
    featurizer: Featurizer,
    crf_params: dict[str, Any] | None = None,
    memory: list[list[tuple[str, ...]]] | None = None,
) -> None:
    """Train a CRF on ``(tokens, tags)`` sentences and write it to ``model_file``.

    ``memory`` (document features per token, see :meth:`Featurizer.memory`) makes a second-stage model.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    for i, (tokens, tags) in enumerate(sentences):
        if tokens:
            trainer.append(featurizer.sentence(tokens, memory[i] if memory else None), tags)
    trainer.select("lbfgs")
    trainer.set_params(crf_params or params())
    trainer.train(str(model_file))


#: what the worker processes of :func:`fit_stacked` read (inherited through fork)
_JOB: dict[str, Any] = {}


def _blocks(n: int, k: int) -> list[tuple[int, int]]:
    edges = [round(i * n / k) for i in range(k + 1)]
    return list(zip(edges[:-1], edges[1:], strict=True))


def _task(task: tuple[str, int, int, str]) -> list[list[str]]:
    """One training of :func:`fit_stacked`: a jackknife model (then tag its held-out block) or a final model."""
    kind, a, b, path = task
    sents, feat, crf = _JOB["sentences"], _JOB["featurizer"], _JOB["params"]
    if kind == "stage1":
        fit(sents, path, feat, crf)
        return []
    if kind == "stage2":
        fit(sents, path, feat, crf, _JOB["memory"])
        return []
    fit(sents[:a] + sents[b:], path, feat, crf)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return [tagger.tag(feat.sentence(t)) if t else [] for t, _ in sents[a:b]]


def _run(tasks: list[tuple[str, int, int, str]], jobs: int) -> list[list[list[str]]]:
    import multiprocessing as mp

    # no fork once JAX runs threads in this process (a forked child could deadlock)
    if jobs > 1 and "fork" in mp.get_all_start_methods() and "jax" not in sys.modules:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as ex:
            return list(ex.map(_task, tasks))
    return [_task(t) for t in tasks]


def fit_stacked(
    sentences: list[tuple[list[str], list[str]]],
    out: str | Path,
    featurizer: Featurizer,
    crf_params: dict[str, Any] | None = None,
    folds: int = 5,
    jobs: int = 2,
) -> None:
    """Train the two stages: ``stage1.crfsuite`` (sentence features) and ``model.crfsuite`` (plus memory).

    The second stage learns from document memory built on *jackknifed* first-stage tags (each block
    of sentences tagged by a model trained without it), so it learns how far to trust them on
    unseen text.
    """
    import tempfile

    out = Path(out)
    _JOB.update(sentences=sentences, featurizer=featurizer, params=crf_params or params())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            blocks = _blocks(len(sentences), folds)
            tasks = [("jack", a, b, str(Path(tmp) / f"j{i}.crfsuite")) for i, (a, b) in enumerate(blocks)]
            preds = [tags for block in _run(tasks, jobs) for tags in block]
            _JOB["memory"] = featurizer.memory([t for t, _ in sentences], preds)
            _run([("stage1", 0, 0, str(out / STAGE1_FILE)), ("stage2", 0, 0, str(out / CRF_FILE))], jobs)
    finally:
        _JOB.clear()


def save_resources(res: Resources, path: Path) -> None:
    """Write the lookups as gzipped JSON, byte-identical for identical input."""
    data = json.dumps(res.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with gzip.GzipFile(path, "wb", mtime=0) as gz:
        gz.write(data.encode("utf-8"))


#: the settings of the shipped neural tagger (see :data:`marsad.ner.neural_train.DEFAULTS`)
NEURAL_SETTINGS: dict[str, Any] = {"hidden": 64, "epochs": 25, "seed": SEED, "news_words": 20_000}
#: file names of what ``--news`` builds (in the work folder, not in the model)
BUILT = {"clusters": "ner_clusters.tsv.gz", "newsstats": "ner_newsstats.tsv.gz", "vectors": "ner_vectors.kv"}


def _build_one(kind: str, news: str, out: str) -> str:
    """One build step from the news corpus (run in a fresh process with ``PYTHONHASHSEED=0``)."""
    if kind == "clusters":
        from marsad.ner.clusters import build as build_clusters

        build_clusters([news], out)
    elif kind == "newsstats":
        from marsad.ner.newsstats import build as build_stats

        build_stats([news], out)
    else:
        from marsad.ner.neural_train import build_vectors

        build_vectors([news], out)
    return out


def build_from_news(news: str | Path, work: str | Path, need: list[str], jobs: int = 2) -> dict[str, Path]:
    """Build the word clusters, news statistics and word vectors (``need``: keys of :data:`BUILT`)
    from the unlabeled news JSONL at ``news`` into folder ``work``, ``jobs`` at a time. Each runs in
    a fresh process started with ``PYTHONHASHSEED=0``, so the word2vec runs are reproducible."""
    import multiprocessing as mp
    import os
    from concurrent.futures import ProcessPoolExecutor

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    paths = {k: work / BUILT[k] for k in need}
    old = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = "0"  # inherited by the spawned interpreters
    try:
        with ProcessPoolExecutor(max(1, jobs), mp_context=mp.get_context("spawn")) as ex:
            # the two word2vec runs first: they are the long ones
            order = [k for k in ("vectors", "clusters", "newsstats") if k in paths]
            for f in [ex.submit(_build_one, k, str(news), str(paths[k])) for k in order]:
                f.result()
    finally:
        if old is None:
            os.environ.pop("PYTHONHASHSEED", None)
        else:
            os.environ["PYTHONHASHSEED"] = old
    return paths


def train(
    data: str | Path,
    out: str | Path,
    *,
    gazetteers: str | Path | None = None,
    clusters: str | Path | list[str] | None = None,
    newsstats: str | Path | None = None,
    news: str | Path | None = None,
    vectors: str | Path | None = None,
    work: str | Path | None = None,
    neural: bool = True,
    config: dict[str, Any] | None = None,
    crf_params: dict[str, Any] | None = None,
    command: str | None = None,
    jobs: int = 2,
    log: Any = None,
) -> dict[str, Any]:
    """Train on the CoNLL file ``data`` and write a model folder ``out``; returns its metadata.

    With ``news`` (a folder of news JSONL, e.g. ``../shared/data/ant_news``), the clusters, news
    statistics and word vectors not given are built from it first (in ``work``, a temporary folder
    when None). The CRF is trained, then, when ``neural`` and jax is installed and there are word
    vectors, the neural tagger (``neural.npz``), which ``marsad ner tag`` then combines with the CRF.
    """
    import tempfile

    say = log or (lambda msg: None)
    t0 = time.time()
    sentences = list(read_conll(data))
    if not sentences:
        raise ValueError(f"{data}: no sentences")
    if not Path(news or ".").exists():
        raise FileNotFoundError(2, "no such folder", str(news))
    with tempfile.TemporaryDirectory(prefix="marsad-ner-") as tmp:
        built: dict[str, Path] = {}
        if news:
            need = [k for k, have in (("clusters", clusters), ("newsstats", newsstats)) if not have]
            if neural and not vectors and _has_jax():
                need.append("vectors")
            if need:
                say(f"building {', '.join(need)} from {news} ...")
                built = build_from_news(news, work or tmp, need, jobs)
                say(f"built in {time.time() - t0:.0f} s")
        clusters = clusters or (str(built["clusters"]) if "clusters" in built else None)
        newsstats = newsstats or (str(built["newsstats"]) if "newsstats" in built else None)
        vectors = vectors or (str(built["vectors"]) if "vectors" in built else None)
        res, used = _resources.build(gazetteers, clusters, newsstats)
        feat = Featurizer(res, config)
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        t1 = time.time()
        fit_stacked(sentences, out, feat, crf_params, folds=JACKKNIFE_FOLDS, jobs=jobs)
        save_resources(res, out / RESOURCES_FILE)
        say(f"CRF trained in {time.time() - t1:.0f} s")
        meta = {
            "name": "marsad-ner-crf",
            "marsad_version": __version__,
            "command": command,
            "seed": SEED,
            "types": list(TYPES),
            "data": [{"file": Path(data).name, "md5": md5(data), "sentences": len(sentences),
                      "tokens": sum(len(s[0]) for s in sentences)}],
            "resources": [{"file": p.name, "md5": md5(p)} for p in used],
            "vocab_md5": _vocab_md5(),
            "clitics_md5": _clitics_md5(),
            "features": {k: list(v) if isinstance(v, tuple) else v for k, v in feat.config.items()},
            "crf": crf_params or params(),
            "stages": [STAGE1_FILE, CRF_FILE],
            "jackknife_folds": JACKKNIFE_FOLDS,
            "clusters_built_with": "PYTHONHASHSEED=0 marsad ner clusters ../shared/data/ant_news --out FILE",
            "newsstats_built_with": "marsad ner newsstats ../shared/data/ant_news --out FILE",
            "crf_training_seconds": round(time.time() - t1, 1),
            "license": "CC BY-SA 4.0 (trained on ANERcorp, CAMeL Lab split); see README.md",
        }
        for f in (out / "neural.npz", out / "neural.json"):  # never keep a neural part of an older model
            f.unlink(missing_ok=True)
        if news:
            from marsad.ner.clusters import corpus_files

            meta["news"] = [{"file": p.name, "md5": md5(p)} for p in corpus_files([str(news)])]
        if neural:
            meta.update(_train_neural(sentences, feat, vectors, out, say))
    meta["training_seconds"] = round(time.time() - t0, 1)
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(LICENSE_TEXT, encoding="utf-8")
    return meta


def _has_jax() -> bool:
    """Whether the neural part can be trained here (jax and gensim installed)."""
    import importlib.util

    try:
        return importlib.util.find_spec("jax") is not None and importlib.util.find_spec("gensim") is not None
    except (ImportError, ValueError):
        return False


def _train_neural(sentences: list[tuple[list[str], list[str]]], feat: Featurizer, vectors: str | None,
                  out: Path, say: Any) -> dict[str, Any]:
    """Train the neural tagger into ``out`` when jax and word vectors are there; its metadata."""
    if not _has_jax():
        say("notice: jax or gensim is not installed (pip install 'marsad[ner-neural]'): the model is the CRF alone")
        return {}
    if not vectors:
        say("notice: no word vectors (--news or --vectors): the model is the CRF alone")
        return {}
    from marsad.ner.conll import fix_iob
    from marsad.ner.neural import COMBINE
    from marsad.ner.neural import META_FILE as NEURAL_META
    from marsad.ner.neural_train import VECTORS, fit

    t = time.time()
    _, nmeta = fit([(tk, fix_iob(tg)) for tk, tg in sentences if tk], feat, vectors, out=out,
                   log=lambda m: say(f"neural {m}"), **NEURAL_SETTINGS)
    # how marsad ner tag combines it with the CRF (chosen by 5-fold CV, bench/ner_neural_cv.py)
    nmeta["combine"] = dict(COMBINE)
    (out / NEURAL_META).write_text(json.dumps(nmeta, ensure_ascii=False), encoding="utf-8")
    say(f"neural tagger trained in {time.time() - t:.0f} s")
    import jax

    return {
        "name": "marsad-ner-crf+neural",
        "neural": {"settings": nmeta["settings"], "combine": nmeta["combine"], "jax_version": jax.__version__,
                   "vectors": {"file": Path(vectors).name, "md5": md5(vectors), "settings": VECTORS,
                               "words": len(nmeta["words"]) - 1,
                               "built_with": "PYTHONHASHSEED=0 python -m marsad.ner.neural_train vectors "
                                             "../shared/data/ant_news --out FILE (or marsad ner train --news)"},
                   "training_seconds": round(time.time() - t, 1)},
    }


def _clitics_md5() -> dict[str, str]:
    """The clitic splitter the features were computed with (code and lexicon files)."""
    import marsad.text.clitics as clitics
    from marsad.lexicon import LEXICON_DIR

    files = [Path(clitics.__file__), LEXICON_DIR / "clitics.tsv", LEXICON_DIR / "clitic_exceptions.tsv"]
    return {p.name: md5(p) for p in files if p.exists()}


def _vocab_md5() -> str | None:
    from marsad.text.vocab import VOCAB_PATH

    return md5(VOCAB_PATH) if VOCAB_PATH.exists() else None

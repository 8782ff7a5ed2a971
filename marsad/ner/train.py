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

`meta.json` records how the model was built (command, data files and md5, features, parameters).
Rebuild with `marsad ner train` (see `marsad ner train --help`).
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

    if jobs > 1 and "fork" in mp.get_all_start_methods():
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


def train(
    data: str | Path,
    out: str | Path,
    *,
    gazetteers: str | Path | None = None,
    clusters: str | Path | None = None,
    newsstats: str | Path | None = None,
    config: dict[str, Any] | None = None,
    crf_params: dict[str, Any] | None = None,
    command: str | None = None,
    jobs: int = 2,
) -> dict[str, Any]:
    """Train on the CoNLL file ``data`` and write a model folder ``out``; returns its metadata."""
    t0 = time.time()
    sentences = list(read_conll(data))
    if not sentences:
        raise ValueError(f"{data}: no sentences")
    res, used = _resources.build(gazetteers, clusters, newsstats)
    feat = Featurizer(res, config)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    fit_stacked(sentences, out, feat, crf_params, folds=JACKKNIFE_FOLDS, jobs=jobs)
    save_resources(res, out / RESOURCES_FILE)
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
        "training_seconds": round(time.time() - t0, 1),
        "license": "CC BY-SA 4.0 (trained on ANERcorp, CAMeL Lab split); see README.md",
    }
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(LICENSE_TEXT, encoding="utf-8")
    return meta


def _clitics_md5() -> dict[str, str]:
    """The clitic splitter the features were computed with (code and lexicon files)."""
    import marsad.text.clitics as clitics
    from marsad.lexicon import LEXICON_DIR

    files = [Path(clitics.__file__), LEXICON_DIR / "clitics.tsv", LEXICON_DIR / "clitic_exceptions.tsv"]
    return {p.name: md5(p) for p in files if p.exists()}


def _vocab_md5() -> str | None:
    from marsad.text.vocab import VOCAB_PATH

    return md5(VOCAB_PATH) if VOCAB_PATH.exists() else None

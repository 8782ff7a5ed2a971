"""Train a NER model from a CoNLL file and write a model folder (see :mod:`marsad.ner.model`).

Training is deterministic: L-BFGS over the sentences in file order, no sampling (the seed is
recorded for any later randomized setting). The folder gets ``meta.json`` with the command, the
data files and their md5, the marsad version, the feature settings and the CRF parameters, and a
``README.md`` with the licence of the training data (ANERcorp: CC BY-SA 4.0).

>>> params()["c1"]
0.05
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
from marsad.ner.model import CRF_FILE, META_FILE, RESOURCES_FILE

SEED = 13
DEFAULT_PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

LICENSE_TEXT = """# The shipped Marsad NER model

`model.crfsuite` is a CRF trained with python-crfsuite on the ANERcorp CAMeL Lab train split
(`ANERCorp_CamelLab_train.txt`; Benajiba, Rosso & Benedí Ruiz, CICLing 2007; split by Obeid et al.,
LREC 2020, CAMeL Tools). The model weights are derived from that corpus, which is released under
**CC BY-SA 4.0** (https://creativecommons.org/licenses/by-sa/4.0/); the model files are shared under
the same licence, with attribution to the corpus authors.

`resources.json.gz` holds lookups compiled at training time: gazetteer flags from ANERGazet
(Benajiba 2007, research use), ANETAC (Hadj Ameur et al. 2017) and Unicode CLDR territory names
(Unicode License v3), word cluster ids learned from the ANT news corpus (Chouigui et al. 2017;
only cluster ids per word, no text), and the trigger words of `marsad/lexicon/ner_triggers.tsv`.

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
) -> None:
    """Train a CRF on ``(tokens, tags)`` sentences and write it to ``model_file``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        if tokens:
            trainer.append(featurizer.sentence(tokens), tags)
    trainer.select("lbfgs")
    trainer.set_params(crf_params or params())
    trainer.train(str(model_file))


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
    config: dict[str, Any] | None = None,
    crf_params: dict[str, Any] | None = None,
    command: str | None = None,
) -> dict[str, Any]:
    """Train on the CoNLL file ``data`` and write a model folder ``out``; returns its metadata."""
    t0 = time.time()
    sentences = list(read_conll(data))
    if not sentences:
        raise ValueError(f"{data}: no sentences")
    res, used = _resources.build(gazetteers, clusters)
    feat = Featurizer(res, config)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    fit(sentences, out / CRF_FILE, feat, crf_params)
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
        "features": {k: list(v) if isinstance(v, tuple) else v for k, v in feat.config.items()},
        "crf": crf_params or params(),
        "training_seconds": round(time.time() - t0, 1),
        "license": "CC BY-SA 4.0 (trained on ANERcorp, CAMeL Lab split); see README.md",
    }
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "README.md").write_text(LICENSE_TEXT, encoding="utf-8")
    return meta


def _vocab_md5() -> str | None:
    from marsad.text.vocab import VOCAB_PATH

    return md5(VOCAB_PATH) if VOCAB_PATH.exists() else None

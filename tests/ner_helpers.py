"""Helpers shared by the NER tests: random weights of the neural tagger over a tiny vocabulary."""

from __future__ import annotations

from typing import Any

import numpy as np

from marsad.ner.conll import TAGS

WORDS = ["<unk>", "قال", "الرئيس"]
FEATS = ["<pad>", "bias", "sh=ar"]


def tiny_weights(seed: int) -> dict[str, Any]:
    """Random BiLSTM-CRF weights over ``WORDS`` and ``FEATS`` (hidden 4, feature width 3, vectors 5)."""
    rng = np.random.default_rng(seed)
    h, e, dim, lab = 4, 3, 5, len(TAGS)
    return {
        "wvec": rng.normal(size=(len(WORDS), dim)), "fvec": rng.normal(size=(len(FEATS), e)),
        "wi_f": rng.normal(size=(2 * dim + e, 4 * h)), "wh_f": rng.normal(size=(h, 4 * h)), "b_f": np.zeros(4 * h),
        "wi_b": rng.normal(size=(2 * dim + e, 4 * h)), "wh_b": rng.normal(size=(h, 4 * h)), "b_b": np.zeros(4 * h),
        "w_out": rng.normal(size=(2 * h, lab)), "b_out": np.zeros(lab), "trans": np.zeros((lab, lab)),
        "start": np.zeros(lab), "end": np.zeros(lab),
    }

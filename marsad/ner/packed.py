"""Sequence models over many sentences at once, without padding: packed time steps.

The tokens of a batch of sentences are kept flat, one sentence after another (the order the
taggers read them in). :class:`Packing` sorts the sentences by decreasing length, so that the
sentences still running at step ``t`` are always a prefix of that order: step ``t`` of all of them
is one slice of a *packed* array, and each recurrence (an LSTM direction, the Viterbi or forward-
backward pass of a linear-chain CRF) costs one matrix product per time step for the whole batch,
with no padding. A step reads the tokens of its slice through ``fwd`` (token ``t`` of each
sentence) or ``bwd`` (token ``t`` from the end).

>>> p = Packing([2, 3, 0])  # «قال الرئيس» ; «وصل الوزير أمس» ; an empty sentence
>>> p.sizes.tolist(), p.fwd.tolist(), p.bwd.tolist()
([2, 2, 1], [2, 0, 3, 1, 4], [4, 1, 3, 0, 2])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class Packing:
    """The packed layout of sentences of the given lengths (see the module docstring).

    ``sizes[t]`` sentences are still running at step ``t``; their packed rows are
    ``starts[t] : starts[t] + sizes[t]``; ``fwd[p]`` and ``bwd[p]`` are the flat token index that
    packed row ``p`` reads going forwards and backwards; ``first`` and ``last`` the flat index of
    each non-empty sentence's first and last token.
    """

    def __init__(self, lengths: Sequence[int]) -> None:
        lens = np.asarray(lengths, dtype=np.int64).reshape(-1)
        self.lengths = lens
        self.n = int(lens.sum())
        order = np.argsort(-lens, kind="stable")
        ls = lens[order]
        self.steps = int(ls[0]) if len(ls) else 0
        self.sizes = np.searchsorted(-ls, -np.arange(self.steps), "left")  # how many are longer than t
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)]).astype(np.int64)
        offsets = np.cumsum(lens) - lens  # where each sentence starts in the flat tokens
        step = np.repeat(np.arange(self.steps), self.sizes)
        b = np.arange(self.n) - np.repeat(self.starts[:-1], self.sizes)
        head = offsets[order][b]
        self.fwd = head + step
        self.bwd = head + ls[b] - 1 - step
        live = lens > 0
        self.offsets = offsets
        self.first = offsets[live]
        self.last = (offsets + lens - 1)[live]

    def split(self, flat: np.ndarray | list) -> list:
        """Cut a flat per-token array (or list) back into sentences."""
        ends = (self.offsets + self.lengths).tolist()
        return [flat[a:b] for a, b in zip(self.offsets.tolist(), ends, strict=True)]


def gate_scale(h: int, dtype: type = np.float32) -> np.ndarray:
    """Column factors (0.5 for the i, f, o gates, 1 for the update) of the LSTM pre-activations:
    scaled so, one ``tanh`` gives all four gates (sigmoid(x) = (tanh(x / 2) + 1) / 2)."""
    s = np.ones(4 * h, dtype=dtype)
    s[: 3 * h] = 0.5
    return s


def lstm(proj_f: np.ndarray, proj_b: np.ndarray, rows: np.ndarray, pack: Packing, wh_f: np.ndarray,
         wh_b: np.ndarray) -> np.ndarray:
    """A bidirectional LSTM: hidden states (tokens × 2H, forward then backward) in flat token order.

    ``proj_f``/``proj_b`` (types × 4H, gate order i, f, o, u) are the input projections (bias
    included) of word types, ``rows`` the type of each flat token; ``wh_*`` (H × 4H) the recurrent
    weights. Pre-activations and recurrent weights must come already scaled by :func:`gate_scale`.
    Both directions run in one loop, one matrix product a step (block-diagonal weights).
    """
    h = wh_f.shape[0]
    wh = np.zeros((2 * h, 8 * h), dtype=np.float32)
    wh[:h, : 4 * h], wh[h:, 4 * h :] = wh_f, wh_b
    # the pre-activations of every packed row, read once (float32 whatever the tables' type)
    gf = proj_f[rows[pack.fwd]].astype(np.float32, copy=False)
    gb = proj_b[rows[pack.bwd]].astype(np.float32, copy=False)
    out = np.empty((pack.n, 2 * h), dtype=np.float32)
    b = int(pack.sizes[0]) if pack.steps else 0
    hs = np.zeros((b, 2 * h), dtype=np.float32)
    cs = np.zeros((b, 2, h), dtype=np.float32)
    for t in range(pack.steps):
        a, k = int(pack.starts[t]), int(pack.sizes[t])
        x = hs[:k] @ wh
        x[:, : 4 * h] += gf[a : a + k]
        x[:, 4 * h :] += gb[a : a + k]
        x = np.tanh(x, out=x).reshape(k, 2, 4 * h)
        sig = x[..., : 3 * h] * 0.5 + 0.5
        c = sig[..., h : 2 * h] * cs[:k] + sig[..., :h] * x[..., 3 * h :]
        cs[:k] = c
        hk = hs[:k]
        hk.reshape(k, 2, h)[:] = sig[..., 2 * h :] * np.tanh(c)
        out[a : a + k] = hk
    res = np.empty_like(out)
    res[pack.fwd, :h] = out[:, :h]
    res[pack.bwd, h:] = out[:, h:]
    return res


def viterbi(scores: np.ndarray, pack: Packing, trans: np.ndarray) -> np.ndarray:
    """The best label index of each flat token under a linear-chain model (state ``scores``, tokens ×
    labels, start and end scores already added to the first and last tokens; ``trans`` from × to).

    >>> viterbi(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 2.0]]), Packing([2, 1]), np.zeros((2, 2))).tolist()
    [0, 1, 1]
    """
    n_lab = trans.shape[0]
    best = np.zeros(pack.n, dtype=np.intp)
    if not pack.n:
        return best
    delta = np.empty((pack.n, n_lab))
    back = np.zeros((pack.n, n_lab), dtype=np.int8 if n_lab < 128 else np.intp)
    prev = 0
    for t in range(pack.steps):
        a, k = int(pack.starts[t]), int(pack.sizes[t])
        e = scores[pack.fwd[a : a + k]]
        if t == 0:
            delta[a : a + k] = e
        else:
            cand = delta[prev : prev + k, :, None] + trans
            back[a : a + k] = cand.argmax(axis=1)
            delta[a : a + k] = cand.max(axis=1) + e
        prev = a
    y = np.zeros(int(pack.sizes[0]), dtype=np.intp)
    for t in range(pack.steps - 1, -1, -1):
        a, k = int(pack.starts[t]), int(pack.sizes[t])
        ended = int(pack.sizes[t + 1]) if t + 1 < pack.steps else 0  # sentences whose last step is t
        y[ended:k] = delta[a + ended : a + k].argmax(axis=1)
        best[pack.fwd[a : a + k]] = y[:k]
        if t:
            y[:k] = back[a + np.arange(k), y[:k]]
    return best


def marginals(scores: np.ndarray, pack: Packing, trans: np.ndarray) -> np.ndarray:
    """Posterior label probabilities (tokens × labels) of each flat token under a linear-chain model
    (forward-backward in probability space, each step rescaled: one matrix product a step).

    >>> m = marginals(np.array([[0.0, 0.0], [5.0, 0.0]]), Packing([2]), np.zeros((2, 2)))
    >>> m.round(2).tolist()
    [[0.5, 0.5], [0.99, 0.01]]
    """
    n_lab = trans.shape[0]
    if not pack.n:
        return np.zeros((0, n_lab))
    x = np.exp(scores - scores.max(axis=1, keepdims=True))
    tr = np.exp(trans - trans.max())
    alpha = np.empty((pack.n, n_lab))
    beta = np.empty((pack.n, n_lab))
    prev = 0
    for t in range(pack.steps):
        a, k = int(pack.starts[t]), int(pack.sizes[t])
        if t == 0:
            f = x[pack.fwd[a : a + k]]
            g = np.ones((k, n_lab))
        else:
            f = (alpha[prev : prev + k] @ tr) * x[pack.fwd[a : a + k]]
            g = (x[pack.bwd[prev : prev + k]] * beta[prev : prev + k]) @ tr.T
        alpha[a : a + k] = f / (f.sum(axis=1, keepdims=True) + 1e-300)
        beta[a : a + k] = g / (g.sum(axis=1, keepdims=True) + 1e-300)
        prev = a
    out = np.empty((pack.n, n_lab))
    out[pack.fwd] = alpha
    out_b = np.empty_like(out)
    out_b[pack.bwd] = beta
    out *= out_b
    out /= out.sum(axis=1, keepdims=True) + 1e-300
    return out

"""Tests of the neural NER tagger (marsad.ner.neural: numpy inference; marsad.ner.neural_train: JAX
training). All sentences are written for these tests."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from ner_helpers import FEATS, WORDS, tiny_weights

from marsad.ner.conll import TAGS, chunks
from marsad.ner.features import Featurizer, Resources
from marsad.ner.neural import NeuralTagger, consistency, unit_features, word_keys
from marsad.ner.packed import Packing, gate_scale, lstm, marginals, viterbi


def _sig(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def _lstm_ref(gx: np.ndarray, wh: np.ndarray) -> np.ndarray:
    """One direction over one unpadded sentence, step by step."""
    h = wh.shape[0]
    hs, cs, out = np.zeros(h), np.zeros(h), []
    for g in gx:
        g = g + hs @ wh
        i, f, o, u = _sig(g[:h]), _sig(g[h : 2 * h]), _sig(g[2 * h : 3 * h]), np.tanh(g[3 * h :])
        cs = f * cs + i * u
        hs = o * np.tanh(cs)
        out.append(hs)
    return np.array(out)


def test_packed_lstm_matches_a_step_by_step_lstm_on_sentences_of_different_lengths() -> None:
    rng = np.random.default_rng(0)
    h, lengths = 3, [3, 5, 0, 1]
    n = sum(lengths)
    gf, gb = rng.normal(size=(2, n, 4 * h)).astype(np.float32)
    wf, wb = rng.normal(size=(2, h, 4 * h)).astype(np.float32)
    scale = gate_scale(h)
    out = lstm(gf * scale, gb * scale, np.arange(n), Packing(lengths), wf * scale, wb * scale)
    a = 0
    for m in lengths:
        if m:
            assert np.allclose(out[a : a + m, :h], _lstm_ref(gf[a : a + m], wf), atol=1e-5)
            assert np.allclose(out[a : a + m, h:], _lstm_ref(gb[a : a + m][::-1], wb)[::-1], atol=1e-5)
        a += m


def _paths(e: np.ndarray, trans: np.ndarray) -> dict[tuple[int, ...], float]:
    """The score of every label sequence of one sentence (brute force)."""
    return {path: sum(e[t, y] for t, y in enumerate(path)) + sum(trans[a, b] for a, b in itertools.pairwise(path))
            for path in itertools.product(range(e.shape[1]), repeat=len(e))}


def test_packed_marginals_and_viterbi_equal_brute_force_enumeration() -> None:
    rng = np.random.default_rng(1)
    lengths = [3, 0, 4, 1]
    e, trans = rng.normal(size=(sum(lengths), 3)), rng.normal(size=(3, 3))
    pack = Packing(lengths)
    got_m, got_v = marginals(e, pack, trans), viterbi(e, pack, trans)
    a = 0
    for m in lengths:
        if m:
            paths = _paths(e[a : a + m], trans)
            want = np.zeros((m, 3))
            for path, s in paths.items():
                for t, y in enumerate(path):
                    want[t, y] += np.exp(s)
            assert np.allclose(got_m[a : a + m], want / want[0].sum())
            assert tuple(got_v[a : a + m]) == max(paths, key=paths.get)
        a += m
    assert marginals(np.zeros((0, 3)), Packing([0]), trans).shape == (0, 3)


def test_consistency_pulls_a_bare_mention_towards_the_class_of_the_others() -> None:
    # labels O, B-PER; classes O, PER. «ماكرون» read as PER in the first sentence
    groups = np.array([0, 1])
    probs = np.array([[1.0, 0.0], [0.05, 0.95], [0.5, 0.5]])
    keys = [["قال", "ماكرون"], ["ماكرون"]]
    out = consistency(probs, keys, groups, weight=1.0)
    assert out[2, 1] > out[2, 0]  # the bare mention leans to PER
    assert np.allclose(out[0], 0.0)  # «قال» occurs once: untouched
    far = consistency(probs, [["قال", "ماكرون"], ["ماكرون"]], groups, window=0, weight=1.0)
    assert np.allclose(far, 0.0)  # the other mention is outside the window


def test_word_keys_split_clitics_and_fold_digits() -> None:
    assert word_keys("وبالرئيس") == ("وبالرئيس", "رئيس")
    assert word_keys("1999") == ("0", "0")
    assert word_keys("Macron")[1] == "macron"
    assert word_keys("") == ("", "")


def test_unit_features_leave_out_the_word_itself() -> None:
    feats = unit_features(Featurizer(Resources.empty()), "والرئيس")
    assert "s=رئيس" in feats and not any(f.startswith("w=") for f in feats)


def _tiny_tagger() -> NeuralTagger:
    """A random model over a tiny vocabulary: checks shapes and robustness, not accuracy."""
    feat = Featurizer(Resources.empty())
    params = tiny_weights(2)
    return NeuralTagger(params, {"labels": list(TAGS), "words": WORDS, "feats": FEATS}, feat)


def test_tagger_gives_valid_iob2_for_each_token_and_survives_odd_input() -> None:
    t = _tiny_tagger()
    sents = [["قال", "الرئيس", "سمير", "خليل", "في", "دمشق"], [], ["x" * 10_000], ["Reuters", "،", "2024"], [""]]
    out = t.tag_document(sents)
    assert [len(s) for s in out] == [len(s) for s in sents]
    for tags in out:
        assert all(x in TAGS for x in tags)
        assert all(not x.startswith("I-") or (i and tags[i - 1][2:] == x[2:]) for i, x in enumerate(tags))
    assert t.tag([]) == []


def test_saved_tables_are_int8_with_a_scale_per_row_and_older_float16_files_still_load(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from marsad.ner.neural import META_FILE, WEIGHTS_FILE
    from marsad.ner.neural_train import save

    weights = tiny_weights(5)
    save(weights, {"labels": list(TAGS), "words": WORDS, "feats": FEATS}, tmp_path / "new")
    with np.load(tmp_path / "new" / WEIGHTS_FILE) as z:
        arrays = {k: z[k] for k in z.files}
    assert arrays["fvec_q"].dtype == np.int8 and arrays["fvec_scale"].shape == (len(FEATS),)
    assert arrays["wvec_q"].dtype == np.int8 and "fvec" not in arrays and "wvec" not in arrays
    feat = Featurizer(Resources.empty())
    new = NeuralTagger.load(tmp_path / "new", featurizer=feat)
    err = np.abs(new.fvec - weights["fvec"]).max(axis=1)
    assert new.fvec.dtype == np.float32 and np.all(err <= np.abs(weights["fvec"]).max(axis=1) / 254 + 1e-6)
    # a file written before: the feature table in float16 under "fvec"
    (tmp_path / "old").mkdir()
    shutil.copy(tmp_path / "new" / META_FILE, tmp_path / "old" / META_FILE)
    fvec = (arrays.pop("fvec_q") * arrays.pop("fvec_scale")[:, None]).astype(np.float16)
    np.savez_compressed(tmp_path / "old" / WEIGHTS_FILE, fvec=fvec, **arrays)
    old = NeuralTagger.load(tmp_path / "old", featurizer=feat)
    assert old.fvec.dtype == np.float32 and np.allclose(old.fvec, new.fvec, atol=1e-2)
    sents = [["قال", "الرئيس", "سمير", "خليل"], ["في", "دمشق"]]
    assert [len(t) for t in old.tag_document(sents)] == [len(t) for t in new.tag_document(sents)] == [4, 2]


# -- training (needs jax and gensim: pip install 'marsad[ner-neural]') ------------------------------

TRAIN = [
    ("قال الرئيس سمير خليل في دمشق", "O O B-PER I-PER O B-LOC"),
    ("زار الوزير نادر حسان مدينة حلب", "O O B-PER I-PER O B-LOC"),
    ("أعلن الرئيس كريم منصور من بيروت", "O O B-PER I-PER O B-LOC"),
    ("وصل الوزير سامي داود إلى عمان", "O O B-PER I-PER O B-LOC"),
    ("قال المتحدث إن الجيش انسحب", "O O O O O"),
]


def test_training_learns_a_tiny_corpus_and_the_saved_model_tags_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("jax")
    gensim = pytest.importorskip("gensim")
    from marsad.ner.neural_train import fit

    sents = [(s.split(), t.split()) for s, t in TRAIN]
    w2v = gensim.models.Word2Vec([s for s, _ in sents] * 20, vector_size=8, min_count=1, seed=1, workers=1)
    w2v.wv.save(str(tmp_path / "v.kv"))
    feat = Featurizer(Resources.empty())
    weights, meta = fit(sents * 4, feat, tmp_path / "v.kv", out=tmp_path / "m", epochs=30, hidden=16,
                        feat_dim=8, batch=4, dropout=0.1, word_dropout=0.0, min_feat=1, char_dim=4, char_filters=6)
    tagger = NeuralTagger(weights, meta, feat)
    pred = tagger.tag_document([s for s, _ in sents])
    assert pred == [g for _, g in sents]
    loaded = NeuralTagger.load(tmp_path / "m", Resources.empty())
    assert loaded.tag_document([s for s, _ in sents]) == pred
    # a new name after a title: the name tags come from the context and the word shapes
    new = loaded.tag("قال الرئيس عادل يوسف في دمشق".split())
    assert chunks(new)[-1] == ("LOC", 5, 6)


def test_combined_with_zero_weights_tags_as_the_crf_alone() -> None:
    from marsad.ner.model import default
    from marsad.ner.neural import Combined

    crf = default()
    doc = [["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "إن", "فرنسا", "ستساعد", "لبنان"],
           ["وأضاف", "ماكرون", "أن", "وزارة", "الخارجية", "ستتابع", "الملف"], []]
    want = crf.tag_document(doc)
    assert Combined(crf, _tiny_tagger(), weight=0.0, doc_weight=0.0).tag_document(doc) == want
    both = Combined(crf, [_tiny_tagger(), _tiny_tagger()], weight=0.7, doc_weight=2.0).tag_document(doc)
    assert [len(s) for s in both] == [len(s) for s in doc]
    assert all(t in TAGS for s in both for t in s)


def test_training_command_reports_a_missing_model_folder_in_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from marsad.ner.neural_train import main as train_main

    data = tmp_path / "train.txt"
    data.write_text("قال O\nسمير B-PERS\n", encoding="utf-8")
    rc = train_main(["train", "--data", str(data), "--vectors", str(tmp_path / "v.kv"),
                     "--model", str(tmp_path / "no_model")])
    out = capsys.readouterr().out.strip()
    assert rc == 1 and out.startswith("error:") and "\n" not in out

"""The array CRF (marsad.ner.crf) must tag exactly as CRFsuite does, with the toy and the shipped model."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.ner.conll import TAGS, fix_iob, read_tokens
from marsad.ner.crf import LinearCRF, WordScorer
from marsad.ner.features import Featurizer
from marsad.ner.model import CRF_FILE, MODEL_DIR, STAGE1_FILE, NerModel, trim

SENTENCES = [
    "قال الرئيس الروسي فلاديمير بوتين إن نحو خمسة آلاف شخص قتلوا في ناغورنو كاراباخ .".split(),
    "واستقبل وزير الخارجية سيرغي لافروف نظيريه في موسكو يوم الأربعاء .".split(),
    "وأعلنت وزارة الدفاع الأذربيجانية أن القوات الأرمينية قصفت مواقع في فضولي .".split(),
    "ونقلت وكالة فرانس برس عن المتحدث باسم الأمم المتحدة قوله إن المساعدات وصلت إلى غزة .".split(),
    "والتقى الرئيس الأرميني أرمين سركيسيان بالممثل الأعلى جوزيب بوريل في بروكسل .".split(),
    ["بوتين"],
    [],
    "Reuters said the UN envoy met officials in Geneva .".split(),
]


def _toy_model(path: Path) -> None:
    rnd = random.Random(7)
    words = ["قال", "الرئيس", "بوتين", "في", "موسكو", "وزارة", "الدفاع", "إن", "علييف", "باكو"]
    tag_of = {"بوتين": "B-PER", "علييف": "B-PER", "موسكو": "B-LOC", "باكو": "B-LOC", "وزارة": "B-ORG",
              "الدفاع": "I-ORG"}
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(200):
        toks = [rnd.choice(words) for _ in range(rnd.randint(1, 9))]
        feats = [["w=" + t] + ([f"-1:w={toks[i - 1]}"] if i else ["BOS"]) for i, t in enumerate(toks)]
        trainer.append(feats, [tag_of.get(t, "O") for t in toks])
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(path))


def test_toy_model_decodes_as_crfsuite(tmp_path: Path) -> None:
    path = tmp_path / "toy.crfsuite"
    _toy_model(path)
    ref = pycrfsuite.Tagger()
    ref.open(str(path))
    crf = LinearCRF.load(str(path))
    rnd = random.Random(11)
    words = ["قال", "الرئيس", "بوتين", "في", "موسكو", "وزارة", "الدفاع", "إن", "علييف", "باكو", "غير_معروف"]
    sents = [[rnd.choice(words) for _ in range(rnd.randint(1, 30))] for _ in range(300)]
    feats = [[["w=" + t] + ([f"-1:w={s[i - 1]}"] if i else ["BOS"]) for i, t in enumerate(s)] for s in sents]
    got = crf.decode([np.array([crf.scores(f) for f in fs]) for fs in feats])
    assert got == [ref.tag(fs) for fs in feats]
    assert "B-PER" in {t for s in got for t in s}  # the toy model learned something to compare


def test_word_scorer_matches_attribute_scores() -> None:
    crf = LinearCRF(
        ["O", "B-PER", "B-LOC"],
        {"w=بوتين": np.array([0.0, 3.0, 0.0]), "-1:trig=title": np.array([0.0, 1.5, -0.5]),
         "1:trig=title": np.array([0.2, 0.0, 0.0]), "c6:1": np.array([0.0, 0.5, 0.5])},
        np.zeros((3, 3)),
    )
    block = WordScorer([crf], [-1, 1]).block(["w=بوتين", "c6:1", "w=unknown"], ["trig=title", "x=1"])
    assert block.tolist() == [[0.0, 3.5, 0.5], [0.0, 1.5, -0.5], [0.2, 0.0, 0.0]]


def _reference_tags(sentences: list[list[str]]) -> list[list[str]]:
    """The shipped model through CRFsuite itself, as the tagger worked before the array CRF."""
    model = NerModel()
    feat = Featurizer(model.featurizer.res, model.meta.get("features"))
    stage2 = pycrfsuite.Tagger()
    stage2.open(str(MODEL_DIR / CRF_FILE))
    if not (MODEL_DIR / STAGE1_FILE).exists():
        first = [[] for _ in sentences]
        memory = None
    else:
        stage1 = pycrfsuite.Tagger()
        stage1.open(str(MODEL_DIR / STAGE1_FILE))
        first = [stage1.tag(feat.sentence(s)) if s else [] for s in sentences]
        memory = feat.memory(sentences, first)
    out = []
    for i, s in enumerate(sentences):
        tags = stage2.tag(feat.sentence(s, memory[i] if memory else None)) if s else []
        out.append(trim(s, fix_iob([t if t in TAGS else "O" for t in tags])))
    return out


def test_shipped_model_tags_as_crfsuite() -> None:
    assert NerModel().tag_document(SENTENCES) == _reference_tags(SENTENCES)


def test_small_table_grows_within_a_document() -> None:
    """A document with more word types than the table holds tags as with a large table."""
    small = NerModel(cache=8)
    expected = NerModel().tag_document(SENTENCES)
    assert small.tag_document(SENTENCES) == expected
    assert small.tag_document(SENTENCES[:2]) == expected[:2]  # and starts afresh after it


def test_a_full_table_keeps_the_words_used_last() -> None:
    """When the table is full, the rows used most recently stay and the tags do not change."""
    model = NerModel(cache=60)
    expected = NerModel().tag_document(SENTENCES)
    for _ in range(3):
        for s in SENTENCES:
            model.tag_document([s])
    assert len(model._rows) <= 60
    assert model.tag_document(SENTENCES) == expected


def test_training_corpus_tags_as_crfsuite(shared_dir: Path) -> None:
    sents = list(read_tokens(shared_dir / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"))[:600]
    model = NerModel()
    for i in range(0, len(sents), 30):
        doc = sents[i : i + 30]
        assert model.tag_document(doc) == _reference_tags(doc), f"sentences {i}-{i + 30}"


def test_word_blocks_of_a_batch_equal_one_at_a_time() -> None:
    """Scoring the new words of a document together gives the very same numbers (bit for bit)."""
    model = NerModel()
    words = [w for s in SENTENCES for w in s] + ["", "وبالرئيس", "x" * 60]
    units = [model.featurizer.units(w)[:2] for w in words]
    one = np.stack([model._scorer.block(own, ctx) for own, ctx in units])
    assert np.array_equal(model._scorer.blocks(units), one)
    assert model._scorer.blocks([]).shape == (0, *one.shape[1:])


def test_neighbours_stop_at_sentence_edges() -> None:
    """A document is scored flat, sentence after sentence; a word's neighbours' units must not
    leak across sentences (one-word and empty sentences included): tags as CRFsuite's."""
    doc = [["ماكرون"], [], *SENTENCES[:2], ["باريس", "."], ["بوتين"]]
    tags = NerModel().tag_document(doc)
    assert tags == _reference_tags(doc)
    assert tags[1] == [] and NerModel().tag_document([]) == []

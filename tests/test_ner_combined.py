"""Tests of the combined NER tagger (CRF + neural) as ``marsad ner tag`` and ``marsad ner eval`` use
it, of its bad-input handling, and of ``marsad ner train`` building the neural part. None needs jax
but the last one. All sentences are written for these tests."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ner_helpers import FEATS, WORDS, tiny_weights

from marsad.cli import main
from marsad.ner.conll import TAGS, chunks, fix_iob
from marsad.ner.model import MODEL_DIR, NerModel, default, load, load_crf
from marsad.ner.neural import WEIGHTS_FILE, Combined

CRF_FILES = ("model.crfsuite", "stage1.crfsuite", "resources.json.gz", "meta.json")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _tiny_neural(out: Path) -> None:
    """A random neural part over a tiny vocabulary, saved as training saves one (no jax needed)."""
    from marsad.ner.neural_train import save

    weights = tiny_weights(3)
    save(weights, {"labels": list(TAGS), "words": WORDS, "feats": FEATS, "combine": {"weight": 0.3}}, out)


def _valid(tags: list[str]) -> bool:
    return all(t in TAGS for t in tags) and tags == fix_iob(tags)


def test_ner_tag_uses_the_combined_tagger_when_the_folder_has_neural_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    crf_only, both = tmp_path / "crf", tmp_path / "both"
    for d in (crf_only, both):
        d.mkdir()
        for f in CRF_FILES:
            shutil.copy(MODEL_DIR / f, d / f)
    _tiny_neural(both)
    assert isinstance(load(str(crf_only)), NerModel)
    tagger = load(str(both))
    assert isinstance(tagger, Combined) and tagger.weight == pytest.approx(0.3)  # neural.json's setting
    src = tmp_path / "in.txt"
    src.write_text("قال\nالرئيس\nسمير\nخليل\n\nفي\nدمشق\n", encoding="utf-8")
    code, out, _ = _run(["ner", "tag", str(src), "--model", str(both)], capsys)
    blocks = [[line.split("\t") for line in b.split("\n")] for b in out.rstrip("\n").split("\n\n")]
    assert code == 0 and [[r[0] for r in b] for b in blocks] == [["قال", "الرئيس", "سمير", "خليل"], ["في", "دمشق"]]
    assert all(len(r) == 2 and r[1] in TAGS for b in blocks for r in b)


def test_the_extract_pipeline_keeps_the_crf_alone() -> None:
    assert isinstance(default(), NerModel) and default() is load_crf(None)


SHIPPED = (MODEL_DIR / WEIGHTS_FILE).exists()


@pytest.mark.skipif(not SHIPPED, reason="the shipped model has no neural part")
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن بلاده ستدعم لبنان",
         [("PER", "إيمانويل ماكرون"), ("LOC", "باريس"), ("LOC", "لبنان")]),
        ("وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة أمس",
         [("PER", "سيرغي لافروف"), ("LOC", "القاهرة")]),
        ("أعلنت الأمم المتحدة أن مجلس الأمن سيجتمع في نيويورك",
         [("ORG", "الأمم المتحدة"), ("ORG", "مجلس الأمن"), ("LOC", "نيويورك")]),
    ],
)
def test_shipped_combined_tagger_finds_people_bodies_and_places(sentence: str, want: list[tuple[str, str]]) -> None:
    tagger = load(None)
    assert isinstance(tagger, Combined)
    toks = sentence.split()
    got = [(t, " ".join(toks[a:b])) for t, a, b in chunks(tagger.tag(toks))]
    assert got == want


@pytest.mark.parametrize(
    "sentences",
    [
        [],
        [[]],
        [["ب" * 10_000]],
        [["x" * 10_000, "قال", "ماكرون"], []],
        [["Emmanuel", "Macron", "visited", "Paris", "."], ["قال", "Macron", "إن", "COVID-19", "خطر"]],
        [["\u200f", "ـــ", "١٢٣", "؟", ""]],
        [["قال"] * 600, ["في", "دمشق"], ["و"]],  # one very long sentence among short ones
    ],
)
def test_shipped_tagger_gives_valid_tags_on_odd_input(sentences: list[list[str]]) -> None:
    out = load(None).tag_document(sentences)
    assert [len(t) for t in out] == [len(s) for s in sentences]
    assert all(_valid(t) for t in out)


def test_cli_tag_survives_odd_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "odd.txt"
    src.write_text("\n\n\n" + "ب" * 10_000 + "\n\nReuters\nreported\n\n\n\nقال\tO\textra\n", encoding="utf-8")
    code, out, _ = _run(["ner", "tag", str(src)], capsys)
    rows = [b.split("\n") for b in out.rstrip("\n").split("\n\n")]
    assert code == 0 and [len(b) for b in rows] == [1, 2, 1]
    assert rows[2][0].startswith("قال\t")  # the first column is the token


def test_cli_eval_reports_bad_columns_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.txt"
    src.write_text("قال O\nسمير\nخليل I-PERS\n", encoding="utf-8")
    code, out, err = _run(["ner", "eval", str(src)], capsys)
    assert code == 1 and out == "" and err.count("\n") == 1 and "bad.txt" in err and "2" in err


def test_cli_eval_scores_the_combined_tagger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "gold.txt"
    src.write_text("قال O\nالرئيس O\nسمير B-PERS\nخليل I-PERS\nفي O\nدمشق B-LOC", encoding="utf-8")
    code, out, _ = _run(["ner", "eval", str(src), "--json"], capsys)
    s = json.loads(out)
    assert code == 0 and 0.0 <= s["f1"] <= 1.0 and set(s["types"]) <= {"PER", "ORG", "LOC", "MISC"}


# -- training -------------------------------------------------------------------------------------

TRAIN = "".join(f"قال O\nالرئيس O\n{a} B-PERS\n{b} I-PERS\nفي O\n{p} B-LOC\n\n" for a, b, p in [
    ("سمير", "خليل", "دمشق"), ("نادر", "حسان", "حلب"), ("كريم", "منصور", "بيروت"), ("سامي", "داود", "عمان")] * 3)


def test_train_without_jax_builds_the_crf_alone_with_a_one_line_notice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ner import train as train_mod

    monkeypatch.setattr(train_mod, "_has_jax", lambda: False)
    data = tmp_path / "train.txt"
    data.write_text(TRAIN, encoding="utf-8")
    said: list[str] = []
    meta = train_mod.train(data, tmp_path / "m", vectors=tmp_path / "none.kv", jobs=1, log=said.append,
                           crf_params=train_mod.params(max_iterations=10))
    assert not (tmp_path / "m" / WEIGHTS_FILE).exists() and "neural" not in meta
    notices = [s for s in said if s.startswith("notice:")]
    assert len(notices) == 1 and "jax" in notices[0] and "\n" not in notices[0]
    assert isinstance(load(str(tmp_path / "m")), NerModel)


def test_train_from_news_builds_the_neural_part_too(tmp_path: Path) -> None:
    if not (importlib.util.find_spec("jax") and importlib.util.find_spec("gensim")):
        pytest.skip("needs jax and gensim: pip install 'marsad[ner-neural]'")
    news = tmp_path / "news"
    news.mkdir()
    body = " ".join(f"قال الرئيس {n} في {p} إن الحكومة ستعمل." for n, p in [
        ("سمير خليل", "دمشق"), ("نادر حسان", "حلب"), ("كريم منصور", "بيروت"), ("سامي داود", "عمان")])
    (news / "a.jsonl").write_text("".join(json.dumps({"title": "خبر", "body": body}, ensure_ascii=False) + "\n"
                                          for _ in range(60)), encoding="utf-8")
    data = tmp_path / "train.txt"
    data.write_text(TRAIN, encoding="utf-8")
    # in a child process: JAX's threads must not live in this one (later tests fork)
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "ner", "train", "--data", str(data), "--out",
                        str(tmp_path / "m"), "--news", str(news)], capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    meta = json.loads((tmp_path / "m" / "meta.json").read_text(encoding="utf-8"))
    assert (tmp_path / "m" / WEIGHTS_FILE).exists() and meta["neural"]["settings"]["seed"] == 13
    assert meta["name"] == "marsad-ner-crf+neural" and meta["neural"]["combine"]["weight"] > 0
    tagger = load(str(tmp_path / "m"))
    assert isinstance(tagger, Combined)
    assert _valid(tagger.tag("قال الرئيس سمير خليل في حلب".split()))

"""Tests of marsad.ner: CoNLL reading, conlleval scoring, the CLI (train, eval, tag), bad input,
the shipped model and the mentions layer. All sentences are written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.doc import Doc
from marsad.ner import annotate
from marsad.ner.conll import TAGS, ConllError, chunks, fix_iob, read_conll, read_tokens
from marsad.ner.evaluate import score
from marsad.ner.model import default, load, load_crf
from marsad.text.segment import segment

TINY = """قال B-X
الرئيس O
سمير B-PERS
خليل I-PERS
في O
دمشق B-LOC
. O

زار O
وزير O
الخارجية O
نادر B-PERS
حسان I-PERS
مدينة O
حلب B-LOC
. O

أعلنت O
وزارة B-ORG
الصحة I-ORG
في O
بيروت B-LOC
عن O
جائزة O
نوبل B-MISC
. O

وصل O
سمير B-PERS
إلى O
بيروت B-LOC"""  # no final newline, like ANERcorp


def _conll(tmp_path: Path, text: str, name: str = "data.txt") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# -- tags and CoNLL reading -------------------------------------------------------------------

def test_fix_iob_turns_orphan_i_into_b() -> None:
    assert fix_iob(["I-LOC", "O", "I-PER", "I-ORG", "I-ORG"]) == ["B-LOC", "O", "B-PER", "B-ORG", "I-ORG"]


def test_chunks_follow_conlleval() -> None:
    # an I- with no B- before it starts an entity; a type change starts another
    assert chunks(["O", "I-PER", "I-PER", "I-LOC", "B-LOC", "I-LOC"]) == [("PER", 1, 3), ("LOC", 3, 4), ("LOC", 4, 6)]


def test_read_conll_maps_pers_and_flushes_last_sentence(tmp_path: Path) -> None:
    sents = list(read_conll(_conll(tmp_path, TINY)))
    assert len(sents) == 4
    assert sents[0][1][2:4] == ["B-PER", "I-PER"]
    assert sents[0][1][0] == "O"  # an unknown type is not an entity
    assert sents[-1] == (["وصل", "سمير", "إلى", "بيروت"], ["O", "B-PER", "O", "B-LOC"])


def test_read_conll_missing_tag_column_names_file_and_line(tmp_path: Path) -> None:
    p = _conll(tmp_path, "قال O\nالرئيس\nسمير B-PERS\n")
    with pytest.raises(ConllError, match=r"data\.txt:2: "):
        list(read_conll(p))


def test_read_conll_extra_columns_take_first_and_last(tmp_path: Path) -> None:
    p = _conll(tmp_path, "قال NN O\nسمير NNP x B-PERS\n\n\n\nدمشق B-LOC\n")
    assert list(read_conll(p)) == [(["قال", "سمير"], ["O", "B-PER"]), (["دمشق"], ["B-LOC"])]


def test_read_tokens_skips_empty_sentences(tmp_path: Path) -> None:
    p = _conll(tmp_path, "\n\nقال\tO\n\n\n\nدمشق\n")
    assert list(read_tokens(p)) == [["قال"], ["دمشق"]]


# -- scoring --------------------------------------------------------------------------------

def test_score_known_answer() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"]]
    s = score(gold, pred)
    # gold PER, LOC, ORG(from I-); predicted PER, ORG, ORG: PER and the I-ORG entity match
    assert (s["gold"], s["predicted"], s["correct"]) == (3, 3, 2)
    assert s["f1"] == pytest.approx(2 / 3)
    assert s["types"]["LOC"]["f1"] == 0.0
    assert s["types"]["ORG"]["precision"] == 0.5 and s["types"]["ORG"]["recall"] == 1.0


def test_cli_eval_predicted_known_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # conlleval layout: token, gold, predicted; an I-LOC with no B-LOC is an entity
    p = _conll(tmp_path, "سمير B-PERS B-PER\nخليل I-PERS O\nفي O O\nدمشق I-LOC I-LOC\n\nحلب B-LOC B-LOC")
    code, out, _ = _run(["ner", "eval", str(p), "--predicted"], capsys)
    assert code == 0
    assert "gold 3, predicted 3, correct 2" in out
    assert "micro: precision 66.67  recall 66.67  F1 66.67" in out
    assert "LOC   precision 100.00  recall 100.00  F1 100.00" in out
    assert "PER   precision 0.00" in out


def test_cli_eval_missing_column_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _conll(tmp_path, "قال O\nسمير\n")
    code, out, err = _run(["ner", "eval", str(p)], capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "data.txt:2:" in err


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["ner", "tag", "/nonexistent/x.txt"], capsys)
    assert code == 1 and "no such file" in err


# -- training and tagging through the CLI -----------------------------------------------------

@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("ner")
    data = _conll(d, TINY)
    assert main(["ner", "train", "--data", str(data), "--out", str(d / "model"), "--iterations", "30"]) == 0
    return d / "model"


def test_cli_train_writes_model_and_metadata(tiny_model: Path) -> None:
    import json

    meta = json.loads((tiny_model / "meta.json").read_text(encoding="utf-8"))
    assert meta["data"][0]["file"] == "data.txt" and len(meta["data"][0]["md5"]) == 32
    assert meta["crf"]["max_iterations"] == 30 and "window" in meta["features"]
    assert "CC BY-SA 4.0" in meta["license"]
    assert (tiny_model / "model.crfsuite").stat().st_size > 0
    assert "CC BY-SA 4.0" in (tiny_model / "README.md").read_text(encoding="utf-8")


def test_cli_tag_format_and_sentence_breaks(tiny_model: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    p = _conll(tmp_path, "قال\nالرئيس\nسمير\nخليل\n\n\n\nفي\nبيروت", "in.txt")
    code, out, _ = _run(["ner", "tag", str(p), "--model", str(tiny_model)], capsys)
    assert code == 0
    blocks = out.rstrip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for b in blocks for line in b.split("\n")]
    assert [r[0] for r in rows] == ["قال", "الرئيس", "سمير", "خليل", "في", "بيروت"]
    assert all(len(r) == 2 and r[1] in TAGS for r in rows)


def test_cli_tag_stdin(tiny_model: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "ner", "tag", "-", "--model", str(tiny_model)],
                       input="زار\nسمير\n\nحلب\n", capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n\n") == 1 and r.stdout.startswith("زار\t")


def test_cli_eval_on_training_file(tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["ner", "eval", str(_conll(tmp_path, TINY)), "--model", str(tiny_model)], capsys)
    assert code == 0 and out.startswith("entities: gold 9,")


def test_cli_bad_model_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["ner", "tag", str(_conll(tmp_path, "قال\n")), "--model", str(tmp_path)], capsys)
    assert code == 1 and "cannot load the NER model" in err


# -- odd input to the shipped model -----------------------------------------------------------

@pytest.mark.parametrize(
    "tokens",
    [
        [],
        ["ب" * 10_000],
        ["x" * 10_000, "قال", "ماكرون"],
        ["Emmanuel", "Macron", "visited", "Paris", "."],
        ["قال", "Macron", "إن", "COVID-19", "خطر", "3.5", "%"],
        ["\u200f", "ـــ", "١٢٣", "؟"],
    ],
)
def test_shipped_model_odd_tokens(tokens: list[str]) -> None:
    tags = default().tag(tokens)
    assert len(tags) == len(tokens)
    assert all(t in TAGS for t in tags) and tags == fix_iob(tags)


def test_model_is_loaded_once() -> None:
    assert default() is default() and load(None) is load(None) and default() is load_crf(None)


# -- the shipped model and the mentions layer -------------------------------------------------

def _mentions(text: str) -> list[tuple[str, str]]:
    doc = Doc.build(text)
    segment(doc)
    annotate(doc)
    return [(m["type"], m["text"]) for m in doc.layers["mentions"]]


def test_shipped_model_finds_people_and_places() -> None:
    found = _mentions("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا تدعم الحوار.")
    assert ("LOC", "باريس") in found and ("LOC", "فرنسا") in found
    assert any(t == "PER" and "ماكرون" in s for t, s in found)


def test_shipped_model_finds_bodies() -> None:
    found = _mentions("وأعلنت وزارة الخارجية الروسية أن مجلس الأمن الدولي سيجتمع في نيويورك.")
    assert ("LOC", "نيويورك") in found
    assert any(t == "ORG" and "مجلس الأمن" in s for t, s in found)


def test_mentions_leave_proclitics_outside() -> None:
    doc = Doc.build("وقال وزير الخارجية الأمريكي إن وباكو وموسكو اتفقتا، وأكد لبوتين ذلك.")
    segment(doc)
    annotate(doc)
    for m in doc.layers["mentions"]:
        assert doc.text[m["start"] : m["end"]] == m["text"]
        assert m["type"] in ("PER", "ORG", "LOC", "MISC")
    texts = {m["text"] for m in doc.layers["mentions"]}
    assert "موسكو" in texts and "وموسكو" not in texts


def test_mentions_on_empty_and_latin_docs() -> None:
    for text in ("", "Reuters reported from Baku.", "؟؟؟"):
        doc = Doc.build(text)
        segment(doc)
        annotate(doc)
        assert isinstance(doc.layers["mentions"], list)


# -- rules and features -------------------------------------------------------------------------

def test_trim_keeps_function_words_out_of_names() -> None:
    from marsad.ner.model import trim

    # "أن" is never the first word of a name; "في" never the last
    assert trim(["أن", "سيرغي", "لافروف", "في"], ["B-PER", "I-PER", "I-PER", "I-PER"]) == ["O", "B-PER", "I-PER", "O"]
    # but إن may end one: سي إن إن (CNN)
    assert trim(["سي", "إن", "إن"], ["B-ORG", "I-ORG", "I-ORG"]) == ["B-ORG", "I-ORG", "I-ORG"]


def test_trigger_words_reach_the_next_token() -> None:
    from marsad.ner.features import Featurizer
    from marsad.ner.resources import build

    f = Featurizer(build(None, None)[0])
    feats = f.sentence(["قالت", "وزارة", "الدفاع", "إن", "الوزير", "وصل", "إلى", "مدينة", "حلب"])
    assert "-1:trig=org" in feats[2]  # وزارة before الدفاع
    assert "-1:trig=title" in feats[5]  # الوزير
    assert "-1:trig=loc" in feats[8] and "-2:trig=to" in feats[8]  # إلى مدينة حلب


def test_document_memory_counts_other_occurrences() -> None:
    from marsad.ner.features import Featurizer, Resources

    f = Featurizer(Resources.empty())
    sents = [["وصل", "ماكرون", "إلى", "المدينة"], ["وقال", "لماكرون", "إن", "الوضع", "هادئ"]]
    tags = [["O", "B-PER", "O", "O"], ["O", "O", "O", "O", "O"]]
    mem = f.memory(sents, tags)
    # the second sentence sees that the name (after ل is split off) was tagged PER in the first
    assert "dh=PER" in mem[1][1]
    # and the first sees the second occurrence, tagged O
    assert mem[0][1][0] == "dm=O"


def test_gazetteer_flags_words_of_long_names(tmp_path: Path) -> None:
    from marsad.ner.resources import build_gazetteers

    (tmp_path / "cldr_ar").mkdir()
    (tmp_path / "cldr_ar" / "territories_ar.tsv").write_text(
        "code\tname_en\tname_ar\tkind\nAE\tUnited Arab Emirates\tالإمارات العربية المتحدة\tcountry\nQA\tQatar\tقطر\tcountry\n",
        encoding="utf-8",
    )
    flags, used = build_gazetteers(tmp_path)
    assert flags["قطر"] == ["clL"] and flags["الامارات"] == ["clLp"] and len(used) == 1


def test_mentions_keep_the_article_inside() -> None:
    from marsad.ner import _mention

    doc = Doc.build("وأعلن والاتحاد الأوروبي ذلك")
    segment(doc)
    toks = [t for t in doc.tokens if doc.text[t.start : t.end] in ("والاتحاد", "الأوروبي")]
    m = _mention(doc, toks, "ORG")
    assert m["text"] == "الاتحاد الأوروبي"


def test_adjacent_mentions_join_only_after_a_rare_word() -> None:
    from marsad.pipeline import run

    doc = run(Doc.build("وحثت فرنسا ألمانيا على زيادة المساعدات."), upto="dates")
    doc.layers["mentions"] = []
    annotate(doc)
    texts = [m["text"] for m in doc.layers["mentions"]]
    assert "فرنسا ألمانيا" not in texts

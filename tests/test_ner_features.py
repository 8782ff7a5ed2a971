"""Tests of the NER tagger's word-type features learned from unlabeled news: context statistics
(marsad.ner.newsstats), suffix statistics and cluster gazetteer shares. All sentences are written
for these tests."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.ner import newsstats
from marsad.ner.features import Featurizer, Resources, _morph, cluster_gazetteer


def _news(tmp_path: Path, bodies: list[str]) -> Path:
    d = tmp_path / "news"
    d.mkdir()
    with open(d / "a.jsonl", "w", encoding="utf-8") as f:
        for i, body in enumerate(bodies):
            f.write(json.dumps({"title": "", "body": body, "id": i}, ensure_ascii=False) + "\n")
    return d


def test_newsstats_learns_what_stands_before_a_name(tmp_path: Path) -> None:
    bodies = ["قال الرئيس سمير إن الوضع صعب. وصل الوفد إلى مدينة حلب أمس."] * 6
    bodies.append("وقال الرئيس سمير بن خليل إن حلب آمنة")
    out = tmp_path / "stats.tsv.gz"
    info = newsstats.build([str(_news(tmp_path, bodies))], out)
    stats = newsstats.load(out)
    assert info["stems"] == len(stats)
    assert "b:title=3" in stats["سمير"]  # always right after الرئيس
    assert "b:loc=3" in stats["حلب"]  # after مدينة
    assert "b2:to=3" in stats["حلب"]  # two after إلى
    assert "a:name=1" in stats["سمير"]  # once before بن
    assert "ثم" not in stats


def test_newsstats_skips_rare_and_very_common_words() -> None:
    assert newsstats.flags(Counter({("b", "title"): 3}), 4) == []
    assert newsstats.flags(Counter({("b", "title"): 1, ("a", "in"): 50}), 100) == ["a:in=3"]


def test_newsstats_cli_bad_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ner", "newsstats", str(tmp_path), "--out", str(tmp_path / "x.tsv.gz")])
    err = capsys.readouterr().err
    assert code != 0 and "no JSONL files" in err and "Traceback" not in err


def test_news_flags_are_features_of_the_stem() -> None:
    res = Resources(stats={"سمير": ["b:title=3"]})
    f = Featurizer(res)
    feats = f.sentence(["وسمير", "وصل"])
    assert "xb:title=3" in feats[0]  # و is split off before the lookup
    assert "-1:xb:title=3" not in feats[1]  # kept to the word itself by default
    f2 = Featurizer(res, {"stats_ctx": True})
    assert "-1:xb:title=3" in f2.sentence(["وسمير", "وصل"])[1]


def test_resources_round_trip_keeps_stats() -> None:
    res = Resources(stats={"حلب": ["b:loc=3"]})
    assert Resources.from_json(json.loads(json.dumps(res.to_json()))).stats == res.stats
    assert "stats" not in Resources.empty().to_json()  # older folders stay as they were


def test_suffix_statistics_tell_nouns_from_names() -> None:
    vocab = {"كتابها": 30, "كتابهم": 10, "كتابات": 20, "سمير": 100}
    assert _morph("كتاب", 100, vocab) == ["pron=3", "plur=3"]  # كتاب takes suffixes: a noun
    assert _morph("سمير", 100, vocab) == ["pron=0", "plur=0"]  # never: likely a name


def test_cluster_gazetteer_share() -> None:
    clusters = {w: ["c1024:7"] for w in ("سمير", "خليل", "نادر", "حسان", "جاء")}
    clusters["حلب"] = ["c1024:8"]
    gaz = {"سمير": ["agP"], "خليل": ["anP"], "نادر": ["anPp"], "حلب": ["clL"]}
    cg = cluster_gazetteer(Resources(gazetteer=gaz, clusters=clusters))
    assert cg == {"c1024:7": ["cgP=3"]}  # 3 of 5 words are listed persons; one listed place is too few
    f = Featurizer(Resources(gazetteer=gaz, clusters=clusters), {"cluster_gaz": True})
    assert "cgP=3" in f.sentence(["حسان"])[0]  # an unlisted word of that cluster


def test_several_cluster_files_are_merged(tmp_path: Path) -> None:
    import gzip

    from marsad.ner.resources import build

    for name, head, rows in (("a.tsv.gz", "word\tc1024\tc64", "حلب\t5\t1\n"), ("b.tsv.gz", "word\tcw2048", "حلب\t9\nدمشق\t9\n")):
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as f:
            f.write(head + "\n" + rows)
    res, used = build(None, [tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"])
    assert res.clusters["حلب"] == ["c1024:5", "c64:1", "cw2048:9"] and res.clusters["دمشق"] == ["cw2048:9"]
    assert len(used) == 2
    # a neighbour's cluster ids of both files reach a token three words away
    feats = Featurizer(res).sentence(["دمشق", "ثم", "ثم", "حلب"])
    assert "3:c64:1" in feats[0] and "3:cw2048:9" in feats[0] and "-3:cw2048:9" in feats[3]


def test_namelike_scores_transliterated_names_above_arabic_words() -> None:
    from marsad.ner import namelike

    names = ["كانافارو", "لوكاشنكو", "بيرلسكوني", "ساركوزي", "غوتيريش", "ماتيو", "فيرارو"]
    words = ["الحكومة", "يقول", "مدرسة", "الاقتصاد", "تعليمات", "المستشفى", "مكتوب"]
    odds = namelike.learn(names, words, min_count=1)
    assert namelike.score("بارو", odds) > 0 > namelike.score("المدرسة", odds)
    assert namelike.bucket("", odds) == "nl=3"  # no known n-gram: the neutral bucket
    f = Featurizer(Resources(ngrams=odds), {"namelike": True})
    feats = f.sentence(["قال", "بارو"])
    assert "nl=5" in feats[1] and "1:nl=5" in feats[0]


def test_namelike_table_needs_gazetteer_names(tmp_path: Path) -> None:
    from marsad.ner.resources import build

    assert build(None, None)[0].ngrams == {}
    (tmp_path / "cldr_ar").mkdir()
    (tmp_path / "cldr_ar" / "territories_ar.tsv").write_text(
        "code\tname_en\tname_ar\tkind\nVE\tVenezuela\tفنزويلا\tcountry\nCO\tColombia\tكولومبيا\tcountry\n", encoding="utf-8")
    odds = build(tmp_path, None)[0].ngrams
    assert odds and all(isinstance(v, float) for v in odds.values())


def test_older_model_configs_keep_the_new_features_off() -> None:
    from marsad.ner.features import DEFAULT_CONFIG

    old = Featurizer(Resources.empty(), {"window": 2, "cluster_window": 3})  # meta of an older model
    assert not any(old.config[k] for k in ("morph", "namelike", "cluster_gaz"))
    assert Featurizer(Resources.empty(), {"morph": True}).config["namelike"] == DEFAULT_CONFIG["namelike"]


def test_cli_train_with_news_statistics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gzip

    news = _news(tmp_path, ["قال الرئيس سمير إن الوضع صعب. وصل الوفد إلى مدينة حلب."] * 6)
    stats = tmp_path / "stats.tsv.gz"
    assert main(["ner", "newsstats", str(news), "--out", str(stats)]) == 0
    data = tmp_path / "train.txt"
    data.write_text("قال O\nالرئيس O\nسمير B-PERS\n\nوصل O\nإلى O\nحلب B-LOC", encoding="utf-8")
    out = tmp_path / "model"
    assert main(["ner", "train", "--data", str(data), "--out", str(out), "--newsstats", str(stats),
                 "--iterations", "10"]) == 0
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["resources"][0]["file"] == "stats.tsv.gz" and meta["features"]["morph"] is True
    with gzip.open(out / "resources.json.gz", "rt", encoding="utf-8") as f:
        assert "b:title=3" in json.load(f)["stats"]["سمير"]
    capsys.readouterr()


def test_cli_clusters_bad_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ner", "clusters", str(tmp_path), "--out", str(tmp_path / "c.tsv.gz"), "--ks", "64,x"])
    err = capsys.readouterr().err
    assert code != 0 and "--ks" in err and "Traceback" not in err


def test_window_others_equals_a_plain_count_of_the_other_mentions_nearby() -> None:
    import numpy as np

    from marsad.ner.features import window_others

    rng = np.random.default_rng(5)
    names = ["", "ماكرون", "باريس", "قال"]
    keys = [[names[i] for i in rng.integers(0, 4, size=rng.integers(0, 6))] for _ in range(30)]
    n = sum(map(len, keys))
    values = rng.integers(0, 3, size=(n, 2))
    sums, cnt = window_others(keys, values, window=3)
    flat = [(s, k) for s, ks in enumerate(keys) for k in ks]
    for i, (s, k) in enumerate(flat):
        others = [j for j, (t, q) in enumerate(flat) if j != i and k and q == k and abs(t - s) <= 3]
        assert cnt[i] == len(others)
        assert sums[i].tolist() == values[others].sum(axis=0).tolist() if others else sums[i].tolist() == [0, 0]


def test_document_memory_majority_ties_and_words_alone() -> None:
    """The memory features as codes: the majority of the other occurrences (a tie goes to the type
    whose name sorts last: PER over ORG over O over LOC), every entity type seen, "dm=new" for a rare
    word alone in its window, nothing for a common word alone or for punctuation."""
    from marsad.ner.features import Featurizer, Resources

    f = Featurizer(Resources.empty())
    sents = [["زار", "كوشنر", "مصر", "."], ["والتقى", "كوشنر", "وزير", "مصر", "."], ["ورحب", "كوشنر", "بمصر", "."]]
    tags = [["O", "B-ORG", "B-LOC", "O"], ["O", "B-PER", "O", "O", "O"], ["O", "O", "B-LOC", "O"]]
    mem = f.memory(sents, tags)
    assert mem[0][1] == ("dm=PER", "dh=PER")  # the others: PER and O, one each: PER wins the tie
    assert mem[1][1] == ("dm=ORG", "dh=ORG")  # ORG and O
    assert mem[2][1] == ("dm=PER", "dh=PER", "dh=ORG")  # ORG and PER
    assert mem[1][3] == ("dm=LOC", "dh=LOC")  # مصر tagged LOC twice elsewhere (بمصر: ب split off)
    assert mem[0][2] == ("dm=O", "dh=LOC")  # O and LOC: O wins the tie
    assert mem[0][3] == ()  # punctuation has no memory key
    assert f.memory([], []) == [] and f.memory([[]], [[]]) == [[]]
    alone = f.memory([["قال", "كوشنروفيتش"]], [["O", "B-PER"]])[0]
    assert alone == [(), ("dm=new",)]  # قال is common in news, the name is not

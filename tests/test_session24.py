"""Session 24: the dev benches score any hand-annotated gold file (``--gold``), so a set of articles
annotated to ``claims.md`` and ``events.md`` is scored with the project's own commands; جثمان (a body)
counts the dead like جثة; a hashtag that completes a body's name is part of a figure's source; a
kicker (عاجل، بالفيديو) before a title's label is no part of the label; a list bullet mid-line starts a
sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from marsad.text.segment import split_sentences
from tests.claims_helpers import said, short, sources

BENCH = Path(__file__).resolve().parent.parent / "bench"


# -- text: a list bullet after a space starts a sentence


def test_a_bullet_mid_line_starts_a_sentence() -> None:
    text = "أهم ما جاء في المؤتمر: • الوزير يعلن خطة جديدة للنقل • البرلمان يرفض الموازنة"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "أهم ما جاء في المؤتمر:",
        "• الوزير يعلن خطة جديدة للنقل",
        "• البرلمان يرفض الموازنة",
    ]
    # a bullet glued to a word, inside a quote or in a row of bullets splits nothing
    for whole in ('قال المدرب: "• أولا الدفاع" ثم غادر.', "•••••• نهاية النشرة"):
        assert [whole[a:b] for a, b in split_sentences(whole)] == [whole]
    # so a statement's content ends at the next bullet
    body = "◀ وزارة الخارجية تتهم الشركة بإخفاء الوثائق ◀ النقابة تدعو إلى إضراب عام"
    assert [(sp, c) for sp, _, c in said(body)] == [
        ("وزارة الخارجية", "الشركة بإخفاء الوثائق"),
        ("النقابة", "إلى إضراب عام"),
    ]


# -- figures: جثمان (a body, figures_outcomes kind person) after its number counts the dead


def test_bodies_after_their_number_are_the_dead() -> None:
    assert short("وتسلمت فرق الإسعاف 27 جثمانا عند المعبر مساء الأحد.") == [(27, "killed", "unspecified")]
    # a body handed over with no number is no figure; the funeral of a number of martyrs counts them once
    assert short("وتم تسليم جثمان الأسير إلى عائلته في المدينة.") == []
    assert short("وشيع المئات جثامين 6 شهداء في المدينة.") == [(6, "killed", "unspecified")]
    # (sense numeral) right after a number, not after a vague word of many: the mourners are no dead
    assert short("وشارك الآلاف في تشييع جثمان طالب قتل برصاص الشرطة.") == [(1, "killed", "civilian")]
    assert short("وشيع المئات جثمان طالب قتل في الاشتباكات.") == [(1, "killed", "civilian")]

# one article written for this test, with its gold figures, statements and events
ARTICLE = {
    "id": "test-24-1",
    "title": "مقتل 4 أشخاص في قصف على بلدة الحمرا",
    "published": "2019-03-05",
    "body": "قال مسؤول محلي إن 4 أشخاص قتلوا وأصيب 9 آخرون في قصف مدفعي على بلدة الحمرا الثلاثاء.",
}
GOLD = {
    **ARTICLE,
    "casualties": [
        {"count": 4, "count_max": None, "qualifier": "exact", "outcome": "killed", "victims": "unspecified",
         "new": None, "since": None, "source": ["مسؤول محلي"], "evidence": ARTICLE["body"]},
        {"count": 9, "count_max": None, "qualifier": "exact", "outcome": "injured", "victims": "unspecified",
         "new": None, "since": None, "source": ["مسؤول محلي"], "evidence": ARTICLE["body"]},
    ],
    "statements": [
        {"speaker": ["مسؤول محلي"], "cue": "قال", "kind": "indirect",
         "content": "إن 4 أشخاص قتلوا وأصيب 9 آخرون في قصف مدفعي على بلدة الحمرا الثلاثاء", "via": []},
    ],
    "events": [
        {"type": "attack", "triggers": ["قصف"], "actors": [], "targets": [], "places": ["بلدة الحمرا", "الحمرا"],
         "date": "2019-03-05", "status": "occurred", "mentions": [ARTICLE["title"], ARTICLE["body"]]},
    ],
}


# -- figures: a hashtag after a head in construct goes on with the source's name


def test_a_hashtag_completes_the_source_name() -> None:
    body = "وتوفي شاب ثالث متأثرا بجروحه في المدينة، وفق ما أعلنت وزارة #الداخلية_العراقية."
    assert sources(body) == ["وزارة الداخلية العراقية"]
    # a hashtag after a name already whole is no part of it
    assert sources("وقتل 4 أشخاص في الانفجار، بحسب الدفاع المدني #عاجل") == ["الدفاع المدني"]


# -- figures: a kicker before a title's label (figures_attribution role kicker) is skipped


def test_a_kicker_before_a_title_label_is_skipped() -> None:
    body = "وتواصل القصف على أحياء المدينة طوال الليل."
    assert sources(body, title="عاجل: الدفاع المدني: 12 قتيلا في قصف على حي الشيخ") == ["الدفاع المدني"]
    assert sources(body, title="عاجل | وزارة الصحة: 7 قتلى في غارة على بلدة الخيام") == ["وزارة الصحة"]
    # a kicker with no label after it names no one, nor does a place label
    assert sources(body, title="عاجل: 12 قتيلا في قصف على حي الشيخ") == [None]
    assert sources(body, title="بالفيديو: لبنان: 12 قتيلا في قصف على حي الشيخ") == [None]


def _bench(script: str, shared_dir: Path, gold: Path) -> subprocess.CompletedProcess[str]:
    """Run a dev bench on the gold file ``gold``."""
    return subprocess.run(
        [sys.executable, str(BENCH / script), "--shared", str(shared_dir), "--gold", str(gold)],
        capture_output=True, text=True,
    )


def _scores(script: str, shared_dir: Path, tmp_path: Path) -> dict[str, str]:
    """The scores a dev bench prints for the one-article gold file of this module."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    run = _bench(script, shared_dir, gold)
    assert run.returncode == 0, run.stderr
    return dict(line.split(": ", 1) for line in run.stdout.splitlines() if ": " in line)


def test_claims_bench_scores_a_gold_file(shared_dir, tmp_path) -> None:
    scores = _scores("claims_dev.py", shared_dir, tmp_path)
    assert scores["articles"].startswith("1 ")  # the one article of the file, not the dev set
    assert float(scores["casualty_f1"]) == 1.0
    assert float(scores["casualty_source_agreement"]) == 1.0
    assert float(scores["statement_f1"]) == 1.0


def test_events_bench_scores_a_gold_file(shared_dir, tmp_path) -> None:
    scores = _scores("events_dev.py", shared_dir, tmp_path)
    assert scores["event_counts"] == "{'gold': 1, 'predicted': 1, 'matched': 1}"
    assert float(scores["event_date_agreement"]) == 1.0


def test_a_missing_gold_file_is_one_line_and_exit_2(shared_dir, tmp_path) -> None:
    for script in ("claims_dev.py", "events_dev.py"):
        run = _bench(script, shared_dir, tmp_path / "none.jsonl")
        assert run.returncode == 2
        assert len(run.stderr.strip().splitlines()) == 1 and "none.jsonl" in run.stderr

"""Crash safety: an ingest killed with SIGKILL mid-way, then run again, stores every article once,
whole, with nothing half-written."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.store import query
from marsad.store.backend import StoreError, connect

# words to build distinct articles from (random orders, so no two are near-duplicates)
VOCAB = (
    "قال أعلن الرئيس الوزير وزارة الصحة الدفاع الجيش المدينة القرية الحكومة المعارضة البرلمان "
    "الاتفاق المفاوضات الهدنة القصف الغارات المستشفى المدنيين الجنود الشرطة المتظاهرين العاصمة "
    "الحدود المساعدات اللاجئين الأمم المتحدة المجلس اللجنة التقرير البيان المتحدث الصحفيين "
    "الاقتصاد الأسعار النفط الانتخابات المحكمة القاضي السجن الإفراج الاعتقال الاجتماع القمة "
    "صباح مساء أمس اليوم غدا شمال جنوب شرق غرب قرب داخل خارج بعد قبل خلال منذ حتى ثم"
).split()
N = 400


def _articles(path: Path) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N):
            body = " ".join(rng.choice(VOCAB) for _ in range(60)) + f". وقال المتحدث إن {i + 1} شخصا أصيبوا."
            title = " ".join(rng.choice(VOCAB) for _ in range(6))
            f.write(
                json.dumps(
                    {"id": f"n{i}", "title": title, "body": body, "published": "2020-10-22"},
                    ensure_ascii=False,
                )
                + "\n"
            )


def _count(dbp: Path) -> int:
    try:
        db = connect(dbp, readonly=True)
    except StoreError:
        return 0
    try:
        return db.scalar("SELECT count(*) FROM articles")
    except StoreError:
        return 0
    finally:
        db.close()


def _ingest_cmd(src: Path, dbp: Path, jobs: int = 1) -> list[str]:
    return [
        sys.executable,
        "-m",
        "marsad.cli",
        "ingest",
        str(src),
        "--db",
        str(dbp),
        "--batch",
        "20",
        "-q",
        "--jobs",
        str(jobs),
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_mid_ingest_then_rerun_stores_each_article_once(tmp_path, jobs):
    src, dbp = tmp_path / "in.jsonl", tmp_path / "m.db"
    _articles(src)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        _ingest_cmd(src, dbp, jobs),
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        seen = _count(dbp)
        if seen >= 60:
            break
        time.sleep(0.02)
    assert proc.poll() is None, (
        "the ingest ended before it could be killed: " + proc.stderr.read().decode()[-500:]
    )
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes, all at once
    proc.wait()
    killed_at = _count(dbp)
    assert 60 <= killed_at < N

    done = subprocess.run(_ingest_cmd(src, dbp, jobs), env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-800:]

    db = connect(dbp, readonly=True)
    assert db.scalar("PRAGMA integrity_check") == "ok"
    assert db.scalar("SELECT count(*) FROM articles") == N
    assert db.scalar("SELECT count(DISTINCT id) FROM articles") == N
    # every article is whole: its rows match its record, it is in the search index
    assert db.scalar("SELECT count(*) FROM articles_fts") == N
    for a in query.articles(db, limit=None):
        rec = query.article(db, a["id"])
        n_ent = db.scalar(
            "SELECT count(*) FROM entities e JOIN articles x ON x.pk = e.article WHERE x.id = ?", (a["id"],)
        )
        assert n_ent == len(rec["entities"])
        assert a["figures"] == len(rec["casualties"]) and a["statements"] == len(rec["statements"])
    db.close()

    again = subprocess.run(_ingest_cmd(src, dbp), env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and _count(dbp) == N

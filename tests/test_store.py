"""The store: schema, idempotent ingest, duplicates, folded search, queries, tally, export, CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from marsad.store import dedup, query, search, tally
from marsad.store.backend import StoreError, connect
from marsad.store.export import table, write
from marsad.store.ingest import Report, ingest, store
from marsad.store.rows import bundle
from marsad.store.schema import VERSION


def make_record(
    ident,
    title,
    body,
    *,
    published="2020-10-22",
    entities=(),
    casualties=(),
    statements=(),
    events=(),
    source=None,
):
    """A record shaped like marsad.record.to_record's output, built by hand."""
    text = title + "\n\n" + body
    start = len(title) + 2
    rec = {
        "id": ident,
        "title": title,
        "published": published,
        "text": text,
        "body_start": start,
        "sentences": [{"start": 0, "end": len(title)}, {"start": start, "end": len(text)}],
        "numbers": [],
        "dates": [],
        "entities": list(entities),
        "statements": list(statements),
        "casualties": list(casualties),
        "events": list(events),
        "headline": None,
        "schema_version": "1",
    }
    if source:
        rec["meta"] = {"source": source}
    return rec


def span(text, part, after=0):
    i = text.index(part, after)
    return {"start": i, "end": i + len(part), "text": part}


def figure_record(
    ident,
    published,
    count,
    who,
    place="غزة",
    outcome="killed",
    victims="civilian",
    new=False,
    outlet="outlet-a",
    body_extra="",
):
    """An article with one casualty figure attributed to ``who`` in a sentence that names ``place``."""
    title = f"حصيلة جديدة للضحايا في {place}"
    body = f"قالت {who} إن {count} مدنيا قتلوا في {place} منذ بدء الغارات. {body_extra}"
    text = title + "\n\n" + body
    loc = {
        "id": "e1",
        "type": "LOC",
        "name": place,
        "mentions": [span(text, place), span(text, place, len(title))],
        "roles": [],
    }
    fig = {
        "id": "c1",
        "count": count,
        "count_max": None,
        "qualifier": "exact",
        "outcome": outcome,
        "victims": victims,
        "new": new,
        "since": None,
        "source": {"name": who, "entity": None},
        "statement": None,
        "number_span": span(text, str(count)),
        "evidence": span(text, body.split(".")[0]),
    }
    return make_record(
        ident, title, body, published=published, entities=[loc], casualties=[fig], source=outlet
    )


@pytest.fixture
def db():
    d = connect(":memory:")
    yield d
    d.close()


# -- schema ------------------------------------------------------------------------------------


def test_new_database_is_versioned_and_wal(tmp_path):
    path = tmp_path / "m.db"
    connect(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "m.db"
    connect(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        connect(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Marsad"):
        connect(path)


def test_corrupt_file_and_unwritable_place(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with pytest.raises(StoreError, match="corrupt"):
        connect(bad)
    with pytest.raises(StoreError, match="cannot"):
        connect("/proc/marsad-test.db")  # a read-only file system, even for root
    with pytest.raises(StoreError, match="does not exist"):
        connect(tmp_path / "no" / "such" / "m.db")
    with pytest.raises(StoreError, match="no such database"):
        connect(tmp_path / "missing.db", readonly=True)


def test_readonly_connection_reads_but_cannot_write(tmp_path):
    path = tmp_path / "m.db"
    w = connect(path)
    store(w, [make_record("a1", "خبر", "قال الرئيس إن الهدنة صامدة")])
    w.close()
    ro = connect(path, readonly=True)
    assert [a["id"] for a in query.articles(ro)] == ["a1"]
    with pytest.raises(StoreError, match="read-only"):
        with ro.transaction():
            ro.execute("DELETE FROM articles")
    ro.close()
    assert len(query.articles(connect(path, readonly=True))) == 1


# -- ingest: idempotent, updates, duplicates ----------------------------------------------------


def test_ingest_is_idempotent(db):
    recs = [figure_record("a1", "2020-10-01", 10, "وزارة الصحة"), make_record("a2", "عنوان", "نص آخر تماما")]
    first = store(db, recs)
    second = store(db, recs)
    assert (first.new, second.new, second.unchanged) == (2, 0, 2)
    assert query.stats(db)["articles"] == 2 and query.stats(db)["figures"] == 1


def test_changed_article_replaces_old_version(db):
    store(db, [figure_record("a1", "2020-10-01", 10, "وزارة الصحة")])
    r = store(db, [figure_record("a1", "2020-10-01", 12, "وزارة الصحة")])
    assert r.updated == 1
    assert [f["count"] for f in query.figures(db)] == [12]


def test_exact_copy_under_another_id_is_linked_without_rows(db):
    a = figure_record("a1", "2020-10-01", 10, "وزارة الصحة")
    b = dict(a, id="copy-of-a1")
    r = store(db, [a, b])
    assert r.exact_duplicates == 1
    assert query.article(db, "copy-of-a1")["duplicate_of"] == "a1"
    assert query.stats(db)["figures"] == 1


WIRE = (
    "قالت وزارة الصحة الفلسطينية في غزة إن عدد القتلى جراء الغارات الإسرائيلية على القطاع ارتفع إلى "
    "ثلاثين شخصا بينهم أطفال ونساء، وأضافت أن عشرات الجرحى نقلوا إلى المستشفيات في شمال القطاع وجنوبه، "
    "فيما تواصل طواقم الدفاع المدني البحث عن مفقودين تحت أنقاض المنازل التي دمرت خلال الليل"
)


def test_near_duplicate_wire_story_is_linked_and_counted_once(db):
    a = figure_record("site-a", "2020-10-02", 30, "وزارة الصحة", body_extra=WIRE)
    b = figure_record(
        "site-b",
        "2020-10-02",
        30,
        "وزارة الصحة",
        body_extra="وكالات - " + WIRE.replace("ونساء،", "ونساء") + " صباح اليوم",
    )
    other = figure_record(
        "site-c",
        "2020-10-03",
        5,
        "الأمم المتحدة",
        body_extra="أعلن المنتخب الوطني لكرة القدم قائمة اللاعبين المشاركين في البطولة القارية المقبلة",
    )
    r = store(db, [a, b, other])
    assert r.near_duplicates == 1 and r.exact_duplicates == 0
    assert query.article(db, "site-b")["duplicate_of"] == "site-a"
    assert query.article(db, "site-c")["duplicate_of"] is None
    g = tally.tally(db, place="غزة", outcome="killed")["groups"][0]
    assert g["articles"] == 2 and g["claims"] == 2  # site-b's copy of the claim is not counted again
    assert len(query.figures(db, duplicates=True)) == 3 and len(query.figures(db)) == 2


def test_near_duplicate_that_updates_the_toll_still_counts(db):
    a = figure_record("site-a", "2020-10-02", 30, "وزارة الصحة", body_extra=WIRE)
    b = figure_record("site-b", "2020-10-03", 34, "وزارة الصحة", body_extra=WIRE + " في حصيلة محدثة")
    r = store(db, [a, b])
    assert r.near_duplicates == 1
    g = tally.tally(db, place="غزة", outcome="killed")["groups"][0]
    assert [c["count"] for c in g["series"][0]["claims"]] == [30, 34] and g["articles"] == 1


def test_minhash_estimates_jaccard():
    words = WIRE.split()
    sig = dedup.signature(dedup.shingles(WIRE))
    assert dedup.similarity(sig, sig) == 1.0
    edited = " ".join(words[:-4])  # the last words cut
    assert dedup.similarity(sig, dedup.signature(dedup.shingles(edited))) > 0.7
    unrelated = "أعلن المنتخب الوطني لكرة القدم قائمة اللاعبين المشاركين في البطولة القارية المقبلة في الدوحة"
    assert dedup.similarity(sig, dedup.signature(dedup.shingles(unrelated))) < 0.2
    assert dedup.signature(dedup.shingles("خبر قصير")) == ()


def test_content_hash_ignores_spacing_punctuation_and_hamza():
    assert dedup.content_hash("أعلن الرئيس", "قال: ٣ قتلى.") == dedup.content_hash(
        "اعلن  الرئيس", "قال 3 قتلى"
    )
    assert dedup.content_hash("أعلن الرئيس", "قال 3 قتلى") != dedup.content_hash("أعلن الرئيس", "قال 4 قتلى")


# -- full-text search with Arabic folding --------------------------------------------------------


def test_search_folds_articles_clitics_and_hamza(db):
    store(
        db,
        [
            make_record("t1", "زيارة", "وصل الرئيس إلى العاصمة مساء الأحد"),
            make_record("t2", "لقاء", "واجتمع الوزير وبالرئيس الفرنسي في قصر الإليزيه"),
            make_record("t3", "بيان", "أعلن المتحدث باسم الحكومة تأجيل الانتخابات"),
            make_record("t4", "رياضة", "فاز الفريق بالمباراة النهائية"),
        ],
    )
    assert {r["id"] for r in search.search(db, "رئيس")} == {"t1", "t2"}
    assert [r["id"] for r in search.search(db, "اعلن")] == ["t3"]
    assert [r["id"] for r in search.search(db, "الرَّئيسُ الفرنسي")] == ["t2"]
    assert search.search(db, 'OR "') == [] and search.search(db, "NEAR(رئيس)") != "error"


# -- queries ----------------------------------------------------------------------------------


def test_query_filters(db):
    st = {
        "id": "s1",
        "speaker": {"name": "وزارة الصحة", "entity": None},
        "cue": "قالت",
        "kind": "indirect",
        "content": "قتل عشرة",
        "via": ["بيان"],
        "evidence": {"start": 0, "end": 4},
    }
    a = figure_record("a1", "2020-10-01", 10, "وزارة الصحة")
    a["statements"] = [st]
    store(
        db,
        [
            a,
            figure_record("a2", "2020-11-01", 7, "الجيش", place="حلب", outcome="injured", victims="military"),
        ],
    )
    assert [f["article"] for f in query.figures(db, place="غزة")] == ["a1"]
    assert [f["article"] for f in query.figures(db, outcome="injured", victims="military")] == ["a2"]
    assert [f["article"] for f in query.figures(db, source="الصحة")] == ["a1"]
    assert [f["article"] for f in query.figures(db, date_from="2020-10-15")] == ["a2"]
    assert [f["article"] for f in query.figures(db, entity="حلب")] == ["a2"]
    s = query.statements(db, speaker="وزارة الصحة")
    assert len(s) == 1 and s[0]["via"] == ["بيان"]
    assert query.statements(db, speaker="الجيش") == []
    ents = query.entities(db, type="LOC")
    assert {e["name"] for e in ents} == {"غزة", "حلب"}
    assert [a["id"] for a in query.articles(db, place="حلب")] == ["a2"]
    assert query.article(db, "a1")["statements"][0]["cue"] == "قالت"
    assert query.article(db, "nope") is None


def test_figure_place_comes_from_event_then_sentence_then_title():
    rec = figure_record("a1", "2020-10-01", 10, "وزارة الصحة")
    assert bundle(rec).figures[0]["place"] == "غزة"
    rec["events"] = [
        {
            "id": "v1",
            "type": "attack",
            "trigger": {"start": 0, "end": 1},
            "evidence": {"start": 0, "end": 1},
            "actors": [],
            "targets": [],
            "places": [{"name": "رفح"}],
            "date": None,
            "status": "occurred",
            "casualties": ["c1"],
        }
    ]
    assert bundle(rec).figures[0]["place"] == "رفح"
    rec["events"], rec["entities"] = [], []
    assert bundle(rec).figures[0]["place"] is None


# -- tally -------------------------------------------------------------------------------------


def test_tally_series_spread_conservative_and_ucdp(db):
    store(
        db,
        [
            figure_record("m1", "2020-10-01", 100, "وزارة الصحة", outlet="x"),
            figure_record("m2", "2020-10-05", 140, "وزارة الصحة", outlet="y"),
            figure_record("u1", "2020-10-04", 120, "الأمم المتحدة", outlet="x"),
            figure_record("o1", "2020-10-06", 90, "المرصد السوري", outlet="z"),
            figure_record("n1", "2020-10-07", 5, "وزارة الصحة", new=True),  # an increment, not a total
            figure_record("h1", "2020-10-07", 7, "الجيش", place="حلب"),
        ],
    )
    t = tally.tally(db, place="غزة", outcome="killed")
    assert len(t["groups"]) == 1
    g = t["groups"][0]
    assert [(s["source"], s["latest"]["count"]) for s in g["series"]] == [
        ("وزارة الصحة", 140),
        ("الأمم المتحدة", 120),
        ("المرصد السوري", 90),
    ]
    moh = g["series"][0]
    assert [c["count"] for c in moh["claims"]] == [100, 140] and moh["change"] == 40
    assert moh["latest"]["article"] == "m2"
    assert g["conservative"] == {"count": 90, "source": "المرصد السوري", "article": "o1"}
    assert g["ucdp"] == {"low": 90, "best": 120, "high": 140}
    assert g["spread"]["difference"] == 50
    assert (
        tally.tally(db, place="غزة", outcome="killed", date_to="2020-10-02")["groups"][0]["ucdp"]["high"]
        == 100
    )
    assert tally.tally(db, place="غزة", include_new=True)["groups"][0]["claims"] == 5


# -- export and table --------------------------------------------------------------------------


def test_exports(db, tmp_path):
    store(db, [figure_record("a1", "2020-10-01", 10, "وزارة الصحة")])
    rows = query.figures(db)
    buf = io.StringIO()
    write(rows, "jsonl", buf)
    assert json.loads(buf.getvalue())["count"] == 10
    buf = io.StringIO()
    write(rows, "csv", buf)
    got = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert got[0]["place"] == "غزة" and got[0]["count"] == "10"
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (marsad[parquet]) is not installed")
    write(rows, "parquet", str(tmp_path / "f.parquet"))
    assert pq.read_table(tmp_path / "f.parquet").to_pylist()[0]["source"] == "وزارة الصحة"


def test_table_aligns_arabic_with_diacritics():
    out = table([{"n": 1, "name": "الرَّئِيسُ"}, {"n": 22, "name": "غزة"}], ["n", "name"]).splitlines()
    assert out[2] == " 1  الرَّئِيسُ" and out[3] == "22  غزة"


# -- the CLI -----------------------------------------------------------------------------------


def run_cli(*argv):
    from marsad.cli import main

    return main([str(a) for a in argv])


def write_jsonl(path: Path, objs) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return path


ARTICLES = [
    {
        "id": "k1",
        "title": "اشتباكات في الإقليم",
        "published": "2020-10-20",
        "body": "أعلن المتحدث باسم وزارة الدفاع مقتل 12 جنديا في اشتباكات عنيفة. وقال الرئيس إن القتال سيستمر.",
    },
    {
        "id": "k2",
        "title": "الرئيس يلتقي الوزير",
        "published": "2020-10-21",
        "body": "التقى الرئيسُ وزيرَ الخارجية في العاصمة لبحث الأوضاع الإقليمية.",
    },
]


def test_cli_ingest_query_export_tally(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES + [["not", "an", "article"]])
    dbp = tmp_path / "m.db"
    assert run_cli("ingest", src, "--db", dbp) == 1  # the bad line is reported, the rest stored
    err = capsys.readouterr().err
    assert "in.jsonl:3" in err and "not an article" in err and "Traceback" not in err
    assert "2 new" in err
    assert run_cli("ingest", src, "--db", dbp) == 1
    assert "2 unchanged" in capsys.readouterr().err
    assert run_cli("query", "articles", "--db", dbp, "--q", "رئيس") == 0
    out = capsys.readouterr().out
    assert "k1" in out and "k2" in out
    assert run_cli("query", "articles", "--db", dbp, "--q", "اعلن", "--format", "jsonl") == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["k1"]
    assert run_cli("export", "records", "--db", dbp, "-o", tmp_path / "r.jsonl") == 0
    recs = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in recs} == {"k1", "k2"} and all("sentences" in r for r in recs)
    assert run_cli("export", "figures", "--db", dbp, "--format", "csv") == 0
    assert capsys.readouterr().out.startswith("published,count")
    assert run_cli("tally", "--db", dbp, "--outcome", "killed") == 0
    capsys.readouterr()
    assert run_cli("query", "statements", "--db", dbp, "--outcome", "killed") == 1  # not a statement filter
    assert (
        capsys.readouterr().err.strip()
        == "marsad: --outcome: not a filter of statements (see marsad query --help)"
    )
    # records written by `marsad extract` load with --records into another database
    assert run_cli("ingest", "--records", tmp_path / "r.jsonl", "--db", tmp_path / "r.db") == 0
    assert "2 new" in capsys.readouterr().err


def test_cli_errors_are_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 50)
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    for argv in (
        ("ingest", src, "--db", bad),
        ("query", "articles", "--db", bad),
        ("tally", "--db", tmp_path / "missing.db"),
        ("ingest", src, "--db", "/proc/marsad-test.db"),
        ("ingest", "--records", src, "--db", tmp_path / "x.db"),  # articles given as records
    ):
        code = run_cli(*argv)
        err = capsys.readouterr().err.strip()
        assert code == 1, argv
        assert err.startswith("marsad: ") and "Traceback" not in err, err
    assert bad.read_bytes() == b"not a database at all" * 50


def test_cli_newer_schema_is_not_touched(tmp_path, capsys):
    dbp = tmp_path / "m.db"
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    assert run_cli("ingest", src, "--db", dbp, "-q") == 0
    conn = sqlite3.connect(dbp)
    conn.execute(f"PRAGMA user_version = {VERSION + 5}")
    conn.close()
    before = dbp.read_bytes()
    assert run_cli("ingest", src, "--db", dbp) == 1
    assert "newer" in capsys.readouterr().err
    assert dbp.read_bytes() == before


def test_disk_full_keeps_what_was_stored(tmp_path):
    dbp = tmp_path / "m.db"
    db = connect(dbp)
    store(
        db,
        [
            figure_record(f"a{i}", "2020-10-01", i + 1, "وزارة الصحة", body_extra=f"الخبر رقم {i}")
            for i in range(5)
        ],
    )
    pages = db.scalar("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk is now (almost) full
    big = [make_record(f"b{i}", "خبر طويل", " ".join(f"كلمة{i}_{j}" for j in range(3000))) for i in range(20)]
    with pytest.raises(StoreError, match="disk is full"):
        ingest(db, big, batch=50)
    db.close()
    db = connect(dbp)
    assert query.stats(db)["articles"] == 5  # the five stored before are whole, none of the batch
    assert db.scalar("PRAGMA integrity_check") == "ok"


def test_cli_disk_full_is_one_line(tmp_path, capsys, monkeypatch):
    from marsad.store import backend

    def full(self, sql, rows):
        raise sqlite3.OperationalError("database or disk is full")

    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    monkeypatch.setattr(backend.Backend, "executemany", full)
    assert run_cli("ingest", src, "--db", tmp_path / "m.db") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "disk is full" in err


def test_ingest_jobs_2_matches_jobs_1(tmp_path):
    from marsad.io import read

    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    dbs = []
    for jobs in (1, 2):
        db = connect(tmp_path / f"j{jobs}.db")
        r = ingest(db, read([src]), jobs=jobs)
        assert isinstance(r, Report) and r.new == 2 and not r.errors
        dbs.append({a["id"]: query.article(db, a["id"]) for a in query.articles(db)})
        db.close()
    assert dbs[0] == dbs[1]


def test_ingest_records_from_parquet_reports_error_rows(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow", reason="pyarrow (marsad[parquet]) is not installed")
    import pyarrow.parquet as pq

    rec = figure_record("p1", "2020-10-01", 10, "وزارة الصحة")
    rows = [
        {
            "id": "p1",
            "published": "2020-10-01",
            "title": rec["title"],
            "record": json.dumps(rec, ensure_ascii=False),
            "error": None,
        },
        {"id": None, "published": None, "title": None, "record": None, "error": "line 2: not an article"},
    ]
    (tmp_path / "out").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "out" / "part-0.parquet")
    assert run_cli("ingest", "--records", tmp_path / "out", "--db", tmp_path / "m.db") == 1
    err = capsys.readouterr().err
    assert "line 2: not an article" in err and "1 new" in err
    assert query.article(connect(tmp_path / "m.db", readonly=True), "p1")["casualties"][0]["count"] == 10


def test_entity_totals_kept_at_ingest_match_a_full_count(db):
    def strip(rows):
        return sorted(
            (r["type"], r["key"], r["articles"], r["mentions"], r["first"], r["last"]) for r in rows
        )

    store(
        db,
        [
            figure_record("e1", "2020-10-01", 10, "وزارة الصحة", place="غزة", body_extra=WIRE),
            figure_record(
                "e2", "2020-10-03", 12, "وزارة الصحة", place="غزة", body_extra=WIRE + " في حصيلة محدثة"
            ),
            figure_record("e3", "2020-10-05", 3, "الجيش", place="حلب"),
            figure_record("e4", "2020-09-05", 4, "الجيش", place="لغزة"),
        ],
    )
    slow = query.entities(db, date_from="0000-01-01")  # computed from the entity rows
    assert strip(query.entities(db)) == strip(slow)
    assert {(r["name"], r["articles"]) for r in slow} == {("غزة", 2), ("حلب", 1)}  # e2 is a copy of e1
    store(
        db, [figure_record("e1", "2020-10-01", 10, "وزارة الصحة", place="رفح")]
    )  # e1 changes: e2 is on its own
    assert strip(query.entities(db)) == strip(query.entities(db, date_from="0000-01-01"))
    assert query.article(db, "e2")["duplicate_of"] is None
    assert {r["name"]: r["articles"] for r in query.entities(db)} == {"غزة": 2, "حلب": 1, "رفح": 1}


def test_parquet_without_pyarrow_is_a_clear_error(tmp_path, capsys, monkeypatch):
    import sys

    dbp = tmp_path / "m.db"
    db = connect(dbp)
    store(db, [figure_record("a1", "2020-10-01", 10, "وزارة الصحة")])
    db.close()
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert run_cli("export", "figures", "--db", dbp, "--format", "parquet", "-o", tmp_path / "f.parquet") == 1
    assert (
        capsys.readouterr().err.strip()
        == "marsad: --format parquet needs pyarrow: pip install 'marsad[parquet]'"
    )
    assert run_cli("export", "figures", "--db", dbp, "--format", "parquet") == 1
    assert "needs -o FILE" in capsys.readouterr().err


def test_tally_joins_longer_names_of_a_source_and_splits_by_period(db):
    long_name = "المرصد السوري لحقوق الإنسان المعارض ومقره في بريطانيا"
    recs = [
        figure_record("s1", "2020-10-01", 500, "المرصد السوري لحقوق الإنسان", place="سوريا"),
        figure_record("s2", "2020-10-08", 520, long_name, place="سوريا"),
        figure_record("s3", "2020-10-09", 30, "المرصد", place="سوريا"),
    ]
    since = figure_record("s4", "2020-10-10", 380000, "المرصد السوري لحقوق الإنسان", place="سوريا")
    since["casualties"][0]["since"] = "2011-03"
    store(db, [*recs, since])
    groups = tally.tally(db, place="سوريا", outcome="killed")["groups"]
    assert [g["since"] for g in groups] == [None, "2011-03"]
    series = {s["source"]: [c["count"] for c in s["claims"]] for s in groups[0]["series"]}
    assert series == {"المرصد السوري لحقوق الإنسان": [500, 520], "المرصد": [30]}
    assert groups[1]["series"][0]["latest"]["count"] == 380000

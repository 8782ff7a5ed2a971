"""``marsad spark extract`` in Spark local mode gives the same records as ``marsad extract``.

Skipped (with the reason) where pyspark (``pip install 'marsad[spark]'``) or Java is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib.util import find_spec

import pytest

from marsad import spark as mspark


def _why_not() -> str | None:
    if find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'marsad[spark]')"
    if find_spec("pyarrow") is None:
        return "pyarrow is not installed (pip install 'marsad[spark]')"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Spark needs Java (17), which is not installed"
    return None


needs_spark = pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")

ARTICLES = [
    {
        "id": "s1",
        "title": "قصف على المدينة",
        "published": "2020-10-22",
        "source": "outlet-a",
        "body": "قالت وزارة الصحة إن 12 مدنيا قتلوا في قصف على المدينة أمس. وأضافت أن 30 آخرين أصيبوا.",
    },
    {
        "id": "s2",
        "title": "الرئيس يستقبل الوزير",
        "published": "2020-10-21",
        "body": "استقبل الرئيسُ وزيرَ الخارجية في القصر الجمهوري، وبحث معه تطورات الأوضاع في المنطقة.",
    },
    {
        "id": "s3",
        "title": "مفاوضات الهدنة",
        "published": "2020-10-20",
        "body": "أعلن المتحدث باسم الأمم المتحدة أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    },
    {"title": "خبر بلا معرف", "body": "وصل وفد من الصليب الأحمر إلى المدينة لتقديم المساعدات."},
]


@pytest.fixture(scope="module")
def session():
    if _why_not():
        pytest.skip(_why_not())
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def _single_machine(path):
    """What `marsad extract` writes for ``path``, by id."""
    from marsad.io import ReadError, read
    from marsad.pipeline import process
    from marsad.record import to_record

    out = {}
    for a in read([path]):
        if not isinstance(a, ReadError):
            out[a.id] = to_record(process(a.body, title=a.title, published=a.published, id=a.id, meta=a.meta))
    return out


def _spark_records(folder):
    import pyarrow.parquet as pq

    rows = pq.read_table(folder).to_pylist()
    return {r["id"]: json.loads(r["record"]) for r in rows if r["record"]}, [
        r["error"] for r in rows if r["error"]
    ]


@needs_spark
def test_spark_jsonl_equals_single_machine(session, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES] + ["[1, 2, 3]"]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n, errors = mspark.run(str(src), str(tmp_path / "out"), spark=session, partitions=2)
    got, bad = _spark_records(tmp_path / "out")
    assert n == len(ARTICLES) and len(errors) == 1 and "not an article" in bad[0]
    want = _single_machine(src)
    assert set(got) == set(want) == {"s1", "s2", "s3", "in:4"}
    assert got == want


@needs_spark
def test_spark_parquet_input_and_ingest_of_the_output(session, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([dict(a, id=a.get("id", "x4")) for a in ARTICLES]), src)
    n, errors = mspark.run(str(src), str(tmp_path / "out"), spark=session)
    got, _ = _spark_records(tmp_path / "out")
    assert n == 4 and not errors
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text(
        "".join(json.dumps(dict(a, id=a.get("id", "x4")), ensure_ascii=False) + "\n" for a in ARTICLES),
        encoding="utf-8",
    )
    assert got == _single_machine(jsonl)

    from marsad.cli import main
    from marsad.store import query
    from marsad.store.backend import connect

    assert main(["ingest", "--records", str(tmp_path / "out"), "--db", str(tmp_path / "m.db"), "-q"]) == 0
    db = connect(tmp_path / "m.db", readonly=True)
    assert {a["id"] for a in query.articles(db, limit=None)} == set(got)
    assert query.article(db, "s1")["text"] == got["s1"]["text"]


@needs_spark
def test_spark_cli_refuses_existing_output(tmp_path, capsys):
    from marsad.cli import main

    (tmp_path / "out").mkdir()
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["spark", "extract", str(src), str(tmp_path / "out")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["spark", "extract", str(tmp_path / "nope.jsonl"), str(tmp_path / "o2")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_spark_without_pyspark_says_what_to_install(tmp_path, capsys, monkeypatch):
    import sys

    from marsad.cli import main

    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now raises ImportError
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["spark", "extract", str(src), str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "marsad: 'marsad spark' needs pyspark: pip install 'marsad[spark]' (and Java 17)"


def test_extract_rows_report_bad_lines_without_spark():
    rows = list(
        mspark.extract_rows(['{"id": "a", "title": "خبر", "body": "قال الرئيس."}', "", "{oops", '{"id": 1}'])
    )
    assert [r["id"] for r in rows] == ["a", None, None]
    assert rows[1]["error"].startswith("line 3: invalid JSON") and "not an article" in rows[2]["error"]

"""The web API and pages (``marsad serve``), through FastAPI's TestClient, over a database that the
store's ingest builds in a temporary folder from a few articles written for these tests and the
example article."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="marsad serve needs fastapi: pip install 'marsad[serve]'")
pytest.importorskip("httpx", reason="the test client needs httpx")

from fastapi.testclient import TestClient  # noqa: E402

from marsad.serve import chart, marks  # noqa: E402
from marsad.serve.app import create_app  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "karabakh-2020-10-22.txt"

#: articles written for these tests: one toll told by two sources over three days, and an article
#: whose title and body hold HTML that must be shown as text and never run
ARTICLES = [
    {
        "id": "gaza-1",
        "published": "2021-05-11",
        "title": "وزارة الصحة: 12 قتيلا في قصف على غزة",
        "body": "قالت وزارة الصحة الفلسطينية إن 12 شخصا قتلوا وأصيب 40 آخرون في قصف إسرائيلي على مدينة غزة يوم الثلاثاء.",
    },
    {
        "id": "gaza-2",
        "published": "2021-05-14",
        "title": "ارتفاع عدد القتلى في غزة إلى 35",
        "body": "أعلنت وزارة الصحة الفلسطينية ارتفاع عدد القتلى في غزة إلى 35 قتيلا منذ بدء التصعيد.",
    },
    {
        "id": "gaza-3",
        "published": "2021-05-13",
        "title": "الأمم المتحدة: مقتل 28 على الأقل في غزة",
        "body": "قال المتحدث باسم الأمم المتحدة إن 28 شخصا على الأقل قتلوا في غزة خلال ثلاثة أيام.",
    },
    {
        "id": "xss",
        "published": "2021-05-15",
        "title": "<script>window.__xss=1</script> خبر عن حمص",
        "body": 'قال المتحدث <img src=x onerror="window.__xss=2"> إن 5 أشخاص قتلوا في <b>حمص</b> الأحد.',
    },
]
MOH = "وزارة الصحة الفلسطينية"


def build_db(path: Path) -> Path:
    """A database made by the store's ingest from :data:`ARTICLES` and the example article."""
    from marsad.io import Article
    from marsad.store.backend import connect
    from marsad.store.ingest import ingest

    items = [Article(id=a["id"], title=a["title"], body=a["body"], published=a["published"]) for a in ARTICLES]
    title, _, body = EXAMPLE.read_text(encoding="utf-8").partition("\n")
    items.append(Article(id="karabakh-2020-10-22", title=title.strip(), body=body, published="2020-10-22"))
    db = connect(path)
    report = ingest(db, items)
    db.close()
    assert report.new == len(items) and not report.errors, report.summary()
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "marsad.db")


@pytest.fixture(scope="module")
def client(db_path: Path) -> TestClient:
    with TestClient(create_app(db_path, max_body=64 * 1024)) as c:
        yield c


# -- POST /api/extract ---------------------------------------------------------------------------


def test_extract_returns_the_record(client: TestClient) -> None:
    r = client.post(
        "/api/extract",
        json={"title": "قصف على حمص", "body": "قالت وزارة الصحة إن 7 أشخاص قتلوا في حمص.", "published": "2021-05-15"},
    )
    assert r.status_code == 200
    rec = r.json()
    assert rec["title"] == "قصف على حمص" and rec["published"] == "2021-05-15"
    assert rec["text"].startswith("قصف على حمص")
    assert [c["count"] for c in rec["casualties"]] == [7]
    assert "html" not in rec


def test_extract_text_takes_the_first_line_as_title(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "عنوان الخبر\nقال الوزير إن المحادثات مستمرة."})
    assert r.status_code == 200
    assert r.json()["title"] == "عنوان الخبر"


def test_extract_html_is_marked_and_escaped(client: TestClient) -> None:
    body = 'قالت وزارة الصحة إن 7 أشخاص قتلوا في <img src=x onerror="alert(1)"> حمص.'
    r = client.post("/api/extract?html=true", json={"title": "<script>alert(1)</script>", "body": body})
    html = r.json()["html"]
    assert '<mark class="fig fig-killed" data-figure="c1"' in html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x" in html


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "عنوان"}, {"body": ""}, {"body": "Latin text only, no Arabic."}, {"body": "ب" * 5000}],
)
def test_extract_odd_input_never_fails(client: TestClient, payload: dict) -> None:
    r = client.post("/api/extract", json=payload)
    assert r.status_code == 200
    assert isinstance(r.json()["entities"], list)


def test_extract_bad_input_is_a_clear_error(client: TestClient) -> None:
    assert client.post("/api/extract", json={"body": "نص", "published": "2021-13-45"}).status_code == 422
    assert client.post("/api/extract", json={"body": 5}).status_code == 422
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_request_size_limit_gives_413(client: TestClient) -> None:
    big = "قتل " * 20_000  # 80 kB > the 64 kB limit of this test app
    r = client.post("/api/extract", json={"body": big})
    assert r.status_code == 413 and "too large" in r.json()["detail"]

    def chunks():  # no Content-Length: counted while it is read
        for _ in range(100):
            yield b"x" * 1024

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_default_limit_is_2_mb() -> None:
    app = TestClient(create_app(None))
    r = app.post("/api/extract", content=b"x" * (2 * 1024 * 1024 + 1), headers={"content-type": "application/json"})
    assert r.status_code == 413


# -- the corpus ----------------------------------------------------------------------------------


def test_search_folds_arabic(client: TestClient) -> None:
    ids = {a["id"] for a in client.get("/api/articles", params={"q": "غزة"}).json()}
    assert {"gaza-1", "gaza-2", "gaza-3"} <= ids
    # وزاره الصحه (ta marbuta folded) and وزارةُ (a diacritic) find وزارة الصحة
    ids = {a["id"] for a in client.get("/api/articles", params={"q": "وزارةُ الصحه"}).json()}
    assert {"gaza-1", "gaza-2"} <= ids and "gaza-3" not in ids
    ranked = client.get("/api/articles", params={"q": "غزة", "rank": "true"}).json()
    assert {"gaza-1", "gaza-2", "gaza-3"} <= {a["id"] for a in ranked}


def test_search_filters_and_hostile_queries(client: TestClient) -> None:
    r = client.get("/api/articles", params={"q": "غزة", "from": "2021-05-12", "to": "2021-05-13"})
    assert [a["id"] for a in r.json()] == ["gaza-3"]
    for q in ['"', "غزة OR NOT", "'; DROP TABLE articles; --", "*"]:
        assert client.get("/api/articles", params={"q": q}).status_code == 200
    assert client.get("/api/stats").json()["articles"] == len(ARTICLES) + 1
    assert client.get("/api/articles", params={"from": "yesterday"}).status_code == 422


def test_article_by_id(client: TestClient) -> None:
    rec = client.get("/api/articles/gaza-1").json()
    assert rec["id"] == "gaza-1" and rec["published"] == "2021-05-11"
    assert any(c["count"] == 12 for c in rec["casualties"])
    assert client.get("/api/articles/nothing-here").status_code == 404


def test_figures_filters(client: TestClient) -> None:
    counts = {f["count"] for f in client.get("/api/figures", params={"outcome": "killed", "place": "غزة"}).json()}
    assert {12, 35, 28} <= counts
    by_moh = client.get("/api/figures", params={"outcome": "killed", "source": MOH}).json()
    assert {f["count"] for f in by_moh} == {12, 35}
    early = client.get("/api/figures", params={"outcome": "killed", "place": "غزة", "to": "2021-05-12"}).json()
    assert {f["count"] for f in early} == {12}
    injured = client.get("/api/figures", params={"outcome": "injured", "q": "قصف"}).json()
    assert [f["count"] for f in injured] == [40]
    assert client.get("/api/figures", params={"outcome": "dead"}).status_code == 422


def test_statements_by_speaker(client: TestClient) -> None:
    rows = client.get("/api/statements", params={"speaker": "الأمم المتحدة"}).json()
    assert rows and all("الأمم المتحدة" in r["speaker"] for r in rows)
    assert any("28" in r["content"] for r in rows)


def test_entity_said_and_claimed(client: TestClient) -> None:
    e = client.get(f"/api/entities/{MOH}").json()
    assert e["name"] == MOH and "ORG" in e["types"]
    assert {f["count"] for f in e["figures"] if f["outcome"] == "killed"} == {12, 35}
    assert e["statements_count"] >= 2 and {a["id"] for a in e["articles"]} >= {"gaza-1", "gaza-2"}
    assert client.get("/api/entities/" + "لا أحد بهذا الاسم").status_code == 404


def test_entity_found_by_a_shorter_name(client: TestClient) -> None:
    r = client.get("/api/entities/بوتين")
    assert r.status_code == 200 and "بوتين" in r.json()["name"]


def test_tally_series_per_source(client: TestClient) -> None:
    t = client.get("/api/tally", params={"place": "غزة", "outcome": "killed"}).json()
    (g,) = t["groups"]
    latest = {s["source"]: s["latest"]["count"] for s in g["series"]}
    assert latest[MOH] == 35 and 28 in latest.values()
    assert [c["count"] for c in g["series"][0]["claims"]] == [12, 35]
    assert g["spread"] == {"low": 28, "high": 35, "difference": 7, "sources": 2}
    assert g["conservative"]["count"] == 28 and g["ucdp"]["high"] == 35


def test_database_is_read_only(client: TestClient) -> None:
    db = client.app.state.store.get()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM articles")


def test_each_thread_gets_its_own_connection(db_path: Path) -> None:
    import threading

    from marsad.serve.app import Store

    store = Store(db_path)
    counts: list[int] = []

    def work() -> None:  # FastAPI's pool threads: the same Store, a connection each
        counts.append(store.query("SELECT count(*) AS n FROM articles")[0]["n"])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counts == [len(ARTICLES) + 1] * 4


def test_openapi_docs(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/extract", "/api/articles", "/api/figures", "/api/tally", "/api/entities/{name}"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_serve_binds_to_loopback_by_default() -> None:
    from marsad.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)


# -- pages ---------------------------------------------------------------------------------------


def test_pages_are_right_to_left_with_a_strict_csp(client: TestClient) -> None:
    for url in ["/", "/?q=غزة", "/articles/gaza-1", f"/entities/{MOH}", "/tally?place=غزة", "/extract"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "https://" not in r.text and "http://" not in r.text  # nothing from a CDN
    assert client.get("/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2").status_code == 200
    assert "Open Font License" in client.get("/static/fonts/OFL.txt").text


def test_article_page_escapes_everything(client: TestClient) -> None:
    html = client.get("/articles/xss").text
    assert "<script>window" not in html and "<img src=x" not in html and "<b>حمص" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    search = client.get("/?q=حمص").text
    assert "&lt;script&gt;window.__xss=1" in search and "<script>window" not in search


def test_article_page_marks_what_was_extracted(client: TestClient) -> None:
    html = client.get("/articles/gaza-1").text
    assert 'class="fig fig-killed" data-figure="c1"' in html
    assert 'class="ent ent-ORG"' in html and 'class="st st-' in html
    assert 'id="figure-c1"' in html and MOH in html
    assert '<span class="cue" data-statement="s1">قالت</span>' in html


def test_tally_page_draws_one_line_per_source(client: TestClient) -> None:
    html = client.get("/tally", params={"place": "غزة", "outcome": "killed"}).text
    assert html.count('<polyline class="line"') == 2
    assert 'href="/articles/gaza-2"' in html and 'class="band"' in html


def test_missing_pages_are_404(client: TestClient) -> None:
    r = client.get("/articles/nothing-here")
    assert r.status_code == 404 and '<html lang="ar" dir="rtl">' in r.text
    assert client.get(f"/entities/{'x' * 30}").status_code == 404


def test_no_database_only_extract_works() -> None:
    c = TestClient(create_app(None))
    assert c.get("/api/figures").status_code == 503
    assert c.get("/").status_code == 200 and c.get("/extract").status_code == 200


# -- the parts -----------------------------------------------------------------------------------


def test_marks_nest_crossing_spans_and_escape_attributes() -> None:
    # a mention that crosses the end of a statement is closed and opened again
    rec = {
        "text": "قال الرئيس إن الهدنة صامدة في غزة اليوم",
        "statements": [{"id": "s1", "kind": "indirect", "content_span": {"start": 11, "end": 30}}],
        "entities": [
            {"id": "e1", "type": "LOC", "name": 'غزة "<x>"', "mentions": [{"start": 27, "end": 33}]},
            {"id": "e2", "type": "PER", "name": "الرئيس", "mentions": [{"start": 4, "end": 10}, {"start": 99, "end": 120}]},
        ],
    }
    html = str(marks.mark(rec["text"], marks.spans(rec)))
    assert html.count('data-entity="e1"') == 2  # cut at the statement's end
    assert 'title="غزة &#34;&lt;x&gt;&#34;"' in html
    assert html.count("<mark") == html.count("</mark>") and html.count("<span") == html.count("</span>")
    # the text survives whole, whatever was marked
    import re

    assert re.sub(r"<[^>]+>", "", html) == rec["text"]


def test_marks_ignore_bad_offsets() -> None:
    rec = {"text": "نص قصير", "casualties": [{"id": "c1", "number_span": {"start": 5, "end": 2}}, {"id": "c2"}]}
    assert str(marks.mark(rec["text"], marks.spans(rec))) == "نص قصير"


def test_chart_band_only_where_sources_overlap() -> None:
    one = {"series": [{"source": "أ", "claims": [{"published": "2021-01-01", "count": 3, "article": "a"}]}]}
    c = chart.chart(one)
    assert len(c["lines"]) == 1 and c["band"] == ""
    assert chart.chart({"series": [{"source": "أ", "claims": [{"published": None, "count": 3}]}]})["lines"] == []


def test_chart_draws_the_sources_with_most_figures() -> None:
    def series(name: str, n: int) -> dict:
        claims = [{"published": f"2021-01-{d + 1:02d}", "count": 10 * (d + 1), "article": name} for d in range(n)]
        return {"source": name, "claims": claims}

    group = {"series": [series(f"مصدر {i}", 1) for i in range(9)] + [series("وزارة الصحة", 5)]}
    c = chart.chart(group, max_lines=8)
    assert len(c["lines"]) == 8 and c["hidden"] == 2
    assert "وزارة الصحة" in [line["source"] for line in c["lines"]]
    assert int(c["yticks"][-1]["value"]) >= 50  # the axis reaches the highest claim
    big = chart.chart({"series": [series("أ", 1) | {"claims": [{"published": "2021-01-01", "count": 874}]}]})
    assert big["yticks"][-1]["value"] == "1,000" and not big["log"]
    wide = chart.chart({"series": [series("أ", 1), {"source": "ب", "claims": [{"published": "2021-01-02", "count": 5000}]}]})
    assert wide["log"] and [t["value"] for t in wide["yticks"]] == ["1", "10", "100", "1,000", "10,000"]
    ys = [line["points"][0]["y"] for line in wide["lines"]]  # 10 and 5,000: both well inside the plot
    assert wide["plot"]["y0"] < ys[1] < ys[0] < wide["plot"]["y1"]


def test_cli_serve_errors_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such database" in err


def test_cli_serve_port_in_use(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from marsad.cli import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        assert main(["serve", "--db", str(db_path), "--port", str(port)]) == 1
    assert "cannot listen on 127.0.0.1:" in capsys.readouterr().err


def test_cli_says_which_package_is_missing(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli import main

    monkeypatch.delitem(sys.modules, "marsad.serve.cli", raising=False)
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert main(["serve"]) == 1
    assert capsys.readouterr().err == "marsad: 'marsad serve' needs uvicorn: pip install 'marsad[serve]'\n"

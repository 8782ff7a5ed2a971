"""The pages as a person sees them: Playwright drives Debian's Chromium against a real uvicorn server
on 127.0.0.1, over the database of :mod:`test_serve_api`. Screenshots go to ``test-artifacts/``.

Skipped with the reason when /usr/bin/chromium or the ``playwright`` package is absent (CI installs
both: ``.ci/apt-packages`` and the ``test`` extra). Every request that leaves 127.0.0.1 is refused,
so the pages are checked to work offline (the Arabic font is the bundled one).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="no playwright package (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn", reason="marsad serve needs uvicorn: pip install 'marsad[serve]'")

from test_serve_api import MOH, build_db  # noqa: E402

from marsad.serve.app import create_app  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real uvicorn server on 127.0.0.1 and a free port, in a thread; yields its base URL."""
    db = build_db(tmp_path_factory.mktemp("browser") / "marsad.db")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        except Exception as e:  # a Chromium that cannot start here
            pytest.skip(f"Chromium does not start: {str(e).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    """A page that refuses any request off 127.0.0.1 and fails the test on a dialog or a JS error."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    pg = ctx.new_page()
    pg.outside: list[str] = []
    pg.problems: list[str] = []

    def route(r: object) -> None:
        if urlparse(r.request.url).hostname == "127.0.0.1" or r.request.url.startswith("data:"):
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(f"error: {e}"))
    yield pg
    assert pg.outside == [], "requests left this machine"
    assert pg.problems == []
    ctx.close()


def _shot(pg: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)


def test_article_page_right_to_left_marked_and_clickable(page: object, server: str) -> None:
    page.goto(f"{server}/articles/karabakh-2020-10-22")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('18px \"Noto Naskh Arabic\"', 'بوتين')")
    assert page.evaluate(
        "[...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded')"
    )
    body = page.locator(".doc-body")
    assert body.locator("mark.fig").count() >= 3
    assert body.locator("mark.ent-PER").count() >= 3 and body.locator("mark.ent-LOC").count() >= 3
    assert body.locator("span.st").count() >= 3
    # the marked text reads as the article's text
    assert "5 آلاف" in body.locator("mark.fig").first.inner_text()

    panel = page.locator("#figure-panel")
    assert panel.is_hidden()
    body.locator("mark.fig").first.click()
    assert panel.is_visible()
    shown = panel.inner_text()
    assert "بوتين" in shown  # the source
    assert "تقريبي" in shown  # the qualifier: approximate
    assert "يقارب 5 آلاف" in shown  # the evidence
    # the panel sits in the left-hand column: right to left, the text comes first on the right
    text_box = page.locator(".doc .text").bounding_box()
    facts_box = page.locator(".doc .facts").bounding_box()
    assert facts_box["x"] < text_box["x"]
    _shot(page, "article")


def test_keyboard_opens_a_figure_too(page: object, server: str) -> None:
    page.goto(f"{server}/articles/gaza-1")
    page.locator(".doc-body mark.fig").first.focus()
    page.keyboard.press("Enter")
    assert MOH in page.locator("#figure-panel").inner_text()


def test_tally_page_draws_a_line_per_source(page: object, server: str) -> None:
    page.goto(f"{server}/tally?place={quote('غزة')}&outcome=killed")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    chart = page.locator("svg.tally-chart").first
    assert chart.is_visible()
    lines = chart.locator("polyline.line")
    assert lines.count() == 2
    sources = {g.get_attribute("data-source") for g in chart.locator("g.series").all()}
    assert MOH in sources and len(sources) == 2
    # the lines are drawn (non-empty boxes) and the points link to the articles behind them
    assert all(line.bounding_box()["width"] >= 0 for line in lines.all())
    assert chart.locator("polygon.band").count() == 1
    hrefs = {a.get_attribute("href") for a in chart.locator("a.point").all()}
    assert {"/articles/gaza-1", "/articles/gaza-2", "/articles/gaza-3"} <= hrefs
    assert "28" in page.locator(".acled").inner_text()
    _shot(page, "tally")
    chart.locator("a.point").first.click()
    page.wait_for_url("**/articles/**")


def test_hostile_article_runs_nothing(page: object, server: str) -> None:
    for url in ["/articles/xss", "/?q=" + quote("حمص"), "/entities/" + quote("حمص")]:
        page.goto(server + url)
        assert page.evaluate("window.__xss") is None, url
        assert page.locator("img").count() == 0
    page.goto(f"{server}/articles/xss")
    assert "<script>window.__xss=1</script>" in page.locator("h1.doc-title").inner_text()
    assert 'onerror="window.__xss=2"' in page.locator(".doc-body").inner_text()
    _shot(page, "xss")


def test_paste_an_article_and_see_it_extracted(page: object, server: str) -> None:
    page.goto(f"{server}/extract")
    page.fill("#title", "<img src=x onerror=\"window.__xss=3\"> قصف على حلب")
    page.fill("#body", "قال مدير الدفاع المدني إن 9 أشخاص قتلوا في قصف على حلب. <script>window.__xss=4</script>")
    page.click("#extract-form button")
    fig = page.locator("#extract-result .doc-body mark.fig")
    fig.first.wait_for()
    assert fig.first.inner_text() == "9"
    fig.first.click()
    assert page.locator("#figure-panel").is_visible()
    assert page.evaluate("window.__xss") is None
    assert "<script>" in page.locator("#extract-result .doc-body").inner_text()
    _shot(page, "extract")


def test_search_page(page: object, server: str) -> None:
    page.goto(server + "/")
    page.fill("form.search input[name=q]", "الصحه")  # folded: finds الصحة
    page.click("form.search button")
    titles = page.locator("#results a.title").all_inner_texts()
    assert any("وزارة الصحة" in t for t in titles)
    page.locator("ul.chips a", has_text=MOH).first.click()
    assert page.locator("h1.entity-name").inner_text() == MOH
    assert page.locator(".figures-table tbody tr").count() >= 2
    _shot(page, "entity")


def test_api_docs_work_offline(page: object, server: str) -> None:
    page.goto(f"{server}/docs")
    page.locator(".swagger-ui .opblock").first.wait_for(timeout=15_000)
    assert page.locator(".swagger-ui .opblock").count() >= 8
    assert "/api/extract" in page.locator(".swagger-ui").inner_text()

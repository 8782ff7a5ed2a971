"""The web API and pages for analysts (FastAPI): search the corpus, read an article with what was
extracted marked in it, see what a person or body said, compare casualty totals across sources.

``create_app(db_path)`` builds the app over a database written by ``marsad ingest``; ``marsad serve``
runs it with uvicorn (:mod:`marsad.serve.cli`). The OpenAPI docs are at ``/docs``.

API (JSON)::

    POST /api/extract            {"body" or "text", "title", "published", "id"} -> the record
                                 (``?html=true`` adds "html": the marked article, escaped)
    GET  /api/articles?q=…       folded full-text search (q, entity, source, place, from, to)
    GET  /api/articles/{id}      the stored record
    GET  /api/figures?…          outcome, victims, source, place, from, to, q
    GET  /api/statements?…       speaker, q, from, to
    GET  /api/entities?q=…       people, bodies and places by name
    GET  /api/entities/{name}    what that person or body said, which figures they claimed
    GET  /api/tally?…            place, outcome, victims, source, q, from, to: series per source,
                                 spread, ACLED conservative and UCDP low/best/high

Pages (HTML, right to left, the Arabic font bundled): ``/`` search, ``/articles/{id}``,
``/entities/{name}``, ``/tally``, ``/extract`` (paste an article and see it extracted).

Safety: the database is opened read-only (SQLite ``mode=ro``), one connection per worker thread;
the store's queries bind every value as a parameter; templates autoescape and the marked text is
escaped piece by piece (:mod:`marsad.serve.marks`); pages send a Content-Security-Policy that
allows no inline script; a request body over ``max_body`` bytes (2 MB) gets 413.

>>> from fastapi.testclient import TestClient
>>> client = TestClient(create_app(None))
>>> r = client.post("/api/extract", json={"title": "عنوان", "body": "قال الوزير إن المحادثات مستمرة."})
>>> r.status_code, r.json()["title"]
(200, 'عنوان')
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field

from marsad import __version__
from marsad.serve import chart as charts
from marsad.serve import marks
from marsad.serve import queries as SQ
from marsad.store import query as Q
from marsad.store.backend import Backend, StoreError, connect
from marsad.store.search import search as fts_search
from marsad.store.tally import tally as store_tally

HERE = Path(__file__).resolve().parent
#: the largest request body accepted (bytes); larger gets 413
MAX_BODY = 2 * 1024 * 1024
OUTCOMES = ("killed", "injured", "killed_or_injured", "missing", "captured", "displaced")
VICTIMS = ("civilian", "military", "unspecified")
Outcome = Literal["killed", "injured", "killed_or_injured", "missing", "captured", "displaced"]
Victims = Literal["civilian", "military", "unspecified"]
#: Arabic labels for the pages (the API keeps the spec's English values)
LABELS = {
    "killed": "قتلى",
    "injured": "جرحى",
    "killed_or_injured": "قتلى أو جرحى",
    "missing": "مفقودون",
    "captured": "أسرى أو معتقلون",
    "displaced": "نازحون",
    "civilian": "مدنيون",
    "military": "عسكريون",
    "unspecified": "غير محدد",
    "exact": "دقيق",
    "approximate": "تقريبي",
    "at_least": "على الأقل",
    "at_most": "على الأكثر",
    "more_than": "أكثر من",
    "less_than": "أقل من",
    "range": "نطاق",
    "direct": "مباشر",
    "indirect": "غير مباشر",
    "PER": "أشخاص",
    "ORG": "هيئات",
    "LOC": "أماكن",
    "MISC": "أخرى",
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_DATE = r"^\d{4}-\d{2}-\d{2}$"
DateFrom = Annotated[str | None, Query(alias="from", pattern=_DATE, description="published on or after (YYYY-MM-DD)")]
DateTo = Annotated[str | None, Query(alias="to", pattern=_DATE, description="published on or before (YYYY-MM-DD)")]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]


# -- the request body limit and the security headers (plain ASGI, so they see every request) ------


class Guard:
    """Refuse request bodies over ``max_body`` bytes with 413 (by Content-Length, or while reading a
    chunked body), and add security headers to every response (a CSP to the pages)."""

    def __init__(self, app: Any, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Callable[[], Awaitable[dict]], send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _too_large(send, self.max_body)
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):  # read it all (at most max_body) and replay
            chunks, size, more = [], 0, True
            while more:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    return
                chunks.append(msg.get("body", b""))
                size += len(chunks[-1])
                more = msg.get("more_body", False)
                if size > self.max_body:
                    await _too_large(send, self.max_body)
                    return
            body = b"".join(chunks)
            sent = False

            async def replay() -> dict:
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = replay
        docs = scope["path"] == "/docs"  # Swagger UI starts itself with an inline script

        async def send_with_headers(msg: dict) -> None:
            if msg["type"] == "http.response.start":
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                if not docs:
                    extra.append((b"content-security-policy", CSP.encode()))
                msg = {**msg, "headers": list(msg.get("headers") or []) + extra}
            await send(msg)

        await self.app(scope, receive, send_with_headers)


async def _too_large(send: Any, limit: int) -> None:
    body = json.dumps({"detail": f"request body too large (limit {limit} bytes)"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


# -- the database: read-only, one connection per thread --------------------------------------------


class Store:
    """The database at ``path`` opened read-only, one connection per thread (SQLite connections are
    not shared across threads; FastAPI runs the endpoints in a thread pool)."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = str(path) if path else None
        self._local = threading.local()
        if self.path:  # fail at start-up, in one line, if the file is missing or not a database
            connect(self.path, readonly=True).close()

    def get(self) -> Backend:
        """The calling thread's connection (opened on first use)."""
        if not self.path:
            raise HTTPException(503, "no database: start the server with --db FILE (made by 'marsad ingest')")
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = connect(self.path, readonly=True)
        return db

    def __getattr__(self, name: str) -> Any:
        """Act as the :class:`Backend` of whichever thread calls (``db.query(...)``): FastAPI may
        run a dependency and its endpoint in different threads of its pool."""
        if name.startswith("_") or name in ("path",):
            raise AttributeError(name)
        return getattr(self.get(), name)


class JSONText(Response):
    """JSON written by :func:`json.dumps` straight from the store's plain dicts (Arabic kept as is),
    skipping FastAPI's per-field validation of the response, which cost more than the query."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def get_db(request: Request) -> Backend:
    """The read-only database, as a :class:`Store` that hands each thread its own connection (a
    FastAPI dependency)."""
    store = request.app.state.store
    if not store.path:
        raise HTTPException(503, "no database: start the server with --db FILE (made by 'marsad ingest')")
    return store


DB = Annotated[Backend, Depends(get_db)]


# -- the API's input -------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """An article to extract: ``body`` (with ``title``), or ``text``, the whole article, whose
    first line is the title when no ``title`` is given."""

    body: str | None = Field(None, description="the article's body")
    text: str | None = Field(None, description="the whole article (first line the title) if no body")
    title: str | None = Field(None, description="the title")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}", description="YYYY-MM-DD")
    id: str | None = Field(None, max_length=200)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {"title": "عنوان الخبر", "body": "قالت وزارة الصحة إن 12 شخصا قتلوا.", "published": "2020-10-22"}
            ]
        }
    }


def _parts(a: ArticleIn) -> tuple[str, str]:
    """(title, body) of the article sent."""
    if a.body is not None:
        return (a.title or "").strip(), a.body
    text = (a.text or "").lstrip("\ufeff")
    if a.title is not None:
        return a.title.strip(), text
    head, _, rest = text.strip().partition("\n")
    return head.strip(), rest


#: one extraction at a time: the pipeline's NER tagger (a python-crfsuite object) is shared and not
#: safe to call from two threads at once; the GIL would serialize the work anyway
_EXTRACTING = threading.Lock()


def extract(a: ArticleIn) -> dict[str, Any]:
    """The record of article ``a`` (the whole pipeline)."""
    from marsad.pipeline import process
    from marsad.record import to_record

    title, body = _parts(a)
    published = None
    if a.published:
        try:
            published = _dt.date.fromisoformat(a.published[:10]).isoformat()
        except ValueError:
            raise HTTPException(422, f"published is not a date (YYYY-MM-DD): {a.published[:40]!r}") from None
    with _EXTRACTING:
        return to_record(process(body, title=title, published=published, id=a.id or "pasted"))


# -- rendering -------------------------------------------------------------------------------------


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(("html",), default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["urlq"] = lambda v: quote(str(v or ""), safe="")
    env.filters["ar"] = lambda v: LABELS.get(str(v), v)
    env.globals.update(version=__version__, labels=LABELS, OUTCOMES=OUTCOMES, VICTIMS=VICTIMS)
    return env


def article_view(record: dict[str, Any]) -> dict[str, Any]:
    """What the article template needs: the title and body marked, and the record's lists."""
    text = record.get("text") or ""
    start = int(record.get("body_start") or 0)
    items = marks.spans(record)
    title_end = max(0, min(start, len(text)))
    while title_end and text[title_end - 1] in "\n\r ":
        title_end -= 1
    entities: dict[str, list[dict[str, Any]]] = {}
    for e in record.get("entities") or []:
        entities.setdefault(e.get("type") or "MISC", []).append(e)
    return {
        "record": record,
        "title_html": marks.mark(text, items, 0, title_end),
        "body_html": marks.mark(text, items, start),
        "entities": entities,
        "statements": record.get("statements") or [],
        "figures": record.get("casualties") or [],
    }


# -- the app ---------------------------------------------------------------------------------------


def create_app(db_path: str | Path | None, *, max_body: int = MAX_BODY) -> FastAPI:
    """The ASGI app over the database at ``db_path`` (None: only ``/api/extract`` and ``/extract``
    work). Raises :class:`~marsad.store.backend.StoreError` if the database cannot be opened."""
    store = Store(db_path)
    env = _env()
    app = FastAPI(
        title="Marsad API",
        version=__version__,
        description="Source-attributed casualty figures, statements and entities from Arabic news.",
        docs_url=None,
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.state.store = store
    def page(name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status_code)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(Exception)
    async def any_error(request: Request, exc: Exception) -> JSONResponse:  # one line, no traceback
        return JSONResponse({"detail": f"internal error ({type(exc).__name__}: {str(exc)[:200]})"}, status_code=500)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page("error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    # -- API ------------------------------------------------------------------------------------

    @app.post("/api/extract", tags=["extract"], summary="Extract the record of one article")
    def api_extract(article: ArticleIn, html: bool = False) -> JSONText:
        rec = extract(article)
        if html:
            rec["html"] = env.get_template("_article.html").render(**article_view(rec), pasted=True)
        return JSONText(rec)

    @app.get("/api/articles", tags=["corpus"], summary="Search articles (folded full-text)")
    def api_articles(
        db: DB,
        q: str | None = None,
        entity: str | None = None,
        source: str | None = None,
        place: str | None = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        rank: bool = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONText:
        if rank and q and not (entity or source or place or date_from or date_to):
            return JSONText(fts_search(db, q, limit=limit, offset=offset))  # best match first (BM25)
        rows = Q.articles(
            db, q=q, entity=entity, source=source, place=place, date_from=date_from, date_to=date_to,
            limit=limit, offset=offset,
        )  # fmt: skip
        return JSONText(rows)

    @app.get("/api/articles/{id:path}", tags=["corpus"], summary="The stored record of one article")
    def api_article(db: DB, id: str) -> JSONText:
        rec = Q.article(db, id)
        if rec is None:
            raise HTTPException(404, f"no article {id!r}")
        return JSONText(rec)

    @app.get("/api/figures", tags=["corpus"], summary="Casualty figures")
    def api_figures(
        db: DB,
        outcome: Outcome | None = None,
        victims: Victims | None = None,
        source: str | None = None,
        place: str | None = None,
        q: str | None = None,
        entity: str | None = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONText:
        rows = Q.figures(
            db, outcome=outcome, victims=victims, source=source, place=place, q=q, entity=entity,
            date_from=date_from, date_to=date_to, limit=limit, offset=offset,
        )  # fmt: skip
        return JSONText(rows)

    @app.get("/api/statements", tags=["corpus"], summary="Statements: who said what")
    def api_statements(
        db: DB,
        speaker: str | None = None,
        q: str | None = None,
        entity: str | None = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONText:
        rows = Q.statements(
            db, speaker=speaker, q=q, entity=entity, date_from=date_from, date_to=date_to,
            limit=limit, offset=offset,
        )  # fmt: skip
        return JSONText(rows)

    @app.get("/api/entities", tags=["corpus"], summary="People, bodies and places by name")
    def api_entities(
        db: DB,
        q: str | None = None,
        type: Literal["PER", "ORG", "LOC", "MISC"] | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> JSONText:
        return JSONText(Q.entities(db, entity=q, type=type, limit=limit, offset=offset))

    @app.get("/api/entities/{name:path}", tags=["corpus"], summary="What a person or body said and claimed")
    def api_entity(db: DB, name: str, limit: Limit = 200) -> JSONText:
        found = SQ.entity(db, name, limit=limit)
        if found is None:
            raise HTTPException(404, f"nothing stored about {name!r}")
        return JSONText(found)

    @app.get("/api/tally", tags=["corpus"], summary="Casualty totals per source over time")
    def api_tally(
        db: DB,
        place: str | None = None,
        outcome: Outcome | None = None,
        victims: Victims | None = None,
        source: str | None = None,
        q: str | None = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        include_new: bool = False,
        groups: Annotated[int, Query(ge=1, le=10_000, description="at most this many groups")] = 50,
    ) -> JSONText:
        result = store_tally(
            db, place=place, outcome=outcome, victims=victims, source=source, q=q,
            date_from=date_from, date_to=date_to, include_new=include_new,
        )  # fmt: skip
        result["groups_total"] = len(result["groups"])
        result["groups"] = result["groups"][:groups]
        return JSONText(result)

    @app.get("/api/stats", tags=["corpus"], summary="How much the database holds")
    def api_stats(db: DB) -> JSONText:
        return JSONText(Q.stats(db))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:  # Swagger UI from the package (static/swagger/), not from a CDN
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="Marsad API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="data:,",
            swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from outside
        )

    # -- pages ----------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(q: str | None = None, page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        if not store.path:
            return page("search.html", q=q, articles=[], entities=[], stats=None, nodb=True, page_no=1)
        d: Any = store
        arts = Q.articles(d, q=q, limit=30, offset=(page_no - 1) * 30) if q or page_no > 1 else Q.articles(d, limit=30)
        ents = Q.entities(d, entity=q, limit=12) if q else []
        return page("search.html", q=q, articles=arts, entities=ents, stats=Q.stats(d), page_no=page_no)

    @app.get("/articles/{id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(db: DB, id: str) -> HTMLResponse:
        rec = Q.article(db, id)
        if rec is None:
            raise HTTPException(404, f"لا توجد مقالة بالمعرّف {id}")
        return page("article.html", **article_view(rec))

    @app.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(db: DB, name: str) -> HTMLResponse:
        found = SQ.entity(db, name)
        if found is None:
            raise HTTPException(404, f"لا شيء مخزّن عن «{name}»")
        return page("entity.html", e=found)

    @app.get("/tally", response_class=HTMLResponse, include_in_schema=False)
    def tally_page(
        db: DB,
        place: str | None = None,
        outcome: Outcome | None = None,
        victims: Victims | None = None,
        source: str | None = None,
        q: str | None = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
    ) -> HTMLResponse:
        f = {"place": place or None, "outcome": outcome, "victims": victims, "source": source or None, "q": q or None}
        result = store_tally(db, date_from=date_from, date_to=date_to, **f)
        groups = [{**g, "chart": charts.chart(g)} for g in result["groups"][:6]]
        return page(
            "tally.html", groups=groups, more=len(result["groups"]) - len(groups),
            filters={**f, "from": date_from, "to": date_to},
        )  # fmt: skip

    @app.get("/extract", response_class=HTMLResponse, include_in_schema=False)
    def extract_page() -> HTMLResponse:
        return page("extract.html")

    app.add_middleware(Guard, max_body=max_body)
    return app

"""The desk's web app: the page and its assets, the HTTP API's routes, security headers.
Requests are read and refused in ``requests.py``; checks run on the desk's workers."""

from __future__ import annotations

import html
import logging
import secrets
from importlib import resources
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from .. import api
from ..errors import FactcheckError
from ..models import Report, RuleInfo
from ..render import render
from .desk import BaselineUnreadable, Busy, Desk, Draft, DraftUnreadable, TooSlow, WorkerDied
from .requests import AcceptIn, ApiError, DraftIn, parse_draft, same_origin

log = logging.getLogger("factcheck.serve")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
#: Assets the page loads, by name; nothing else is read from disk for a client.
ASSETS = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
          "icon.svg": "image/svg+xml"}
EXPORTS = {"html": ("text/html; charset=utf-8", "html"), "markdown": ("text/markdown; charset=utf-8", "md"),
           "json": ("application/json", "json")}


def create_app(desk: Desk, allowed_hosts: list[str] | None = None) -> FastAPI:
    app = FastAPI(title="factcheck", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Checks a draft's numbers and dates against the sources this server was started "
                              "with. POST /api/check returns the factcheck.report JSON of `factcheck check "
                              "--format json`.")
    token = secrets.token_urlsafe(32)
    app.state.desk = desk
    app.state.csrf = token

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(404)
    async def _not_found(request: Request, _exc) -> JSONResponse:
        return ApiError(404, "not_found", f"no such page: {request.url.path}").response()

    @app.exception_handler(405)
    async def _bad_method(request: Request, _exc) -> JSONResponse:
        return ApiError(405, "method_not_allowed", f"{request.method} is not allowed on {request.url.path}").response()

    @app.exception_handler(Exception)
    async def _internal(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error", exc_info=exc)
        return ApiError(500, "internal", "internal error while checking; the server log has the details").response()

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(_page(desk, token))

    @app.get("/static/{name}", include_in_schema=False)
    async def asset(name: str) -> Response:
        if name not in ASSETS:
            raise ApiError(404, "not_found", f"no such asset: {name}")
        body = resources.files(__package__).joinpath("static", name).read_bytes()
        return Response(body, media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})

    @app.get("/healthz", summary="Liveness: the server is up and its sources are loaded")
    async def healthz() -> dict:
        s = desk.sources
        return {"status": "ok", "rules": len(desk.rules.rules), "documents": len(s.documents) if s else 0,
                "index": bool(s and s.index)}

    @app.get("/api/rules", summary="The rules this server runs")
    async def rules() -> dict[str, list[RuleInfo]]:
        return {"rules": api.rules_info(desk.rules)}

    @app.get("/api/desk", include_in_schema=False)
    async def describe() -> dict:
        return desk.describe()

    body_doc = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": DraftIn.model_json_schema()},
        "text/markdown": {"schema": {"type": "string"}}, "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}}}}}
    errors_doc = {code: {"description": text} for code, text in (
        (400, "the body is not UTF-8 or not valid JSON"), (413, "the body or the draft is too long"),
        (415, "unsupported Content-Type"), (422, "a field is missing or wrong, or the draft is not text"),
        (503, "every worker is busy; retry"), (504, "the check ran too long"))}

    @app.post("/api/check", summary="Check a draft; returns the factcheck.report JSON",
              responses={200: {"model": Report, "description": "the report, as `factcheck check --format json`"},
                         **errors_doc}, openapi_extra=body_doc)
    async def check(request: Request) -> Response:
        draft = (await parse_draft(request, desk, DraftIn)).draft()
        report = await _run_check(desk, draft)
        return Response(render(report, "json"), media_type="application/json")

    @app.post("/api/export", summary="The report as a download: ?to=html, markdown or json",
              responses=errors_doc, openapi_extra=body_doc)
    async def export(request: Request, to: Literal["html", "markdown", "json"] = "html") -> Response:
        draft = (await parse_draft(request, desk, DraftIn, reserved={"to"})).draft()
        report = await _run_check(desk, draft)
        media, ending = EXPORTS[to]
        name = "".join(c if c.isalnum() or c in "-_." else "-" for c in draft.name.rsplit(".", 1)[0]) or "draft"
        return Response(render(report, to), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}.factcheck.{ending}"'})

    @app.post("/api/accept", summary="Accept a finding into the baseline file (page only: needs its CSRF token)",
              responses={403: {"description": "no or wrong CSRF token, or a cross-site request"},
                         404: {"description": "no finding with that fingerprint in the draft's report"},
                         409: {"description": "the server has no baseline file"}, **errors_doc},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": AcceptIn.model_json_schema()}}}})
    async def accept(request: Request) -> dict:
        same_origin(request, token)
        if desk.baseline is None:
            raise ApiError(409, "no_baseline", "this server has no baseline file to record accepted findings in",
                           "restart it with: factcheck serve … --baseline FILE")
        body = await parse_draft(request, desk, AcceptIn, text_allowed=False)
        report = await _run_check(desk, body.draft())
        finding = next((f for f in report.findings if f.fingerprint == body.fingerprint), None)
        if finding is None:
            raise ApiError(404, "no_such_finding", "the draft's report has no finding with that fingerprint",
                           "check the draft again; it may have changed since the finding was shown")
        try:
            entry = await desk.run(desk.baseline.accept, finding, body.reason, body.who)
        except FactcheckError as exc:
            raise ApiError(409, "baseline_unreadable", exc.format()) from None
        return {"accepted": entry, "baseline": desk.baseline.shown}

    _add_security_headers(app)
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


async def _run_check(desk: Desk, draft: Draft) -> Report:
    try:
        return await desk.report(draft)
    except Busy:
        raise ApiError(503, "busy", "every check worker is busy; try again in a few seconds") from None
    except TooSlow:
        raise ApiError(504, "too_slow", f"the check took longer than {desk.config.check_seconds:g} s and was abandoned",
                       "check a shorter draft") from None
    except WorkerDied:
        raise ApiError(503, "worker_died", "the worker running this check stopped; new workers were started",
                       "check again") from None
    except BaselineUnreadable as exc:
        raise ApiError(409, "baseline_unreadable", str(exc), "repair the baseline file (or restore it from version "
                       "control); nothing was written to it") from None
    except DraftUnreadable as exc:
        message, diagnostics = exc.args
        raise ApiError(422, "unreadable_draft", message, diagnostics=diagnostics) from None
    except FactcheckError as exc:
        raise ApiError(422, "check_failed", exc.format()) from None


# -- the page -----------------------------------------------------------------------------------
def _page(desk: Desk, token: str) -> str:
    template = resources.files(__package__).joinpath("static", "index.html").read_text(encoding="utf-8")
    info = desk.describe()
    s = info["sources"]
    if s["index"]:
        against = f"the index {s['index']}" + (f" and {s['documents']} article(s)" if s["documents"] else "")
    elif s["documents"]:
        against = f"{s['documents']} article(s) from {', '.join(s['paths'])}"
    else:
        against = "no sources (only the draft's own consistency)"
    values = {"csrf": token, "against": against, "rules": str(info["rules"]),
              "baseline": info["baseline"] or "none (start with --baseline FILE to accept findings)",
              "accept": "yes" if info["baseline"] else "no",
              "max_chars": str(desk.config.max_draft_chars)}
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", html.escape(value, quote=True))
    return template


def _add_security_headers(app: FastAPI) -> None:
    headers = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
    inner = app.build_middleware_stack

    def build():
        stack = inner()

        async def with_headers(scope, receive, send):
            if scope["type"] != "http":
                return await stack(scope, receive, send)

            async def send_with_headers(message):
                if message["type"] == "http.response.start":
                    message["headers"] = list(message.get("headers", [])) + headers
                await send(message)

            await stack(scope, receive, send_with_headers)

        return with_headers

    app.build_middleware_stack = build


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:
        return "unknown"

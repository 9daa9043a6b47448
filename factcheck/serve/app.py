"""The HTTP side of the desk: routes, request parsing with clear 4xx errors, security headers.

Every POST body is read here, within ``max_body_bytes``, decoded as UTF-8 and parsed by us, so
that every refusal is a JSON error that says what was wrong (the page shows it as is)."""

from __future__ import annotations

import datetime as dt
import hmac
import html
import json
import logging
import secrets
from importlib import resources
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .. import api
from ..errors import FactcheckError
from ..models import Report, RuleInfo
from ..render import render
from .desk import BaselineUnreadable, Busy, Desk, Draft, DraftUnreadable, TooSlow, WorkerDied

log = logging.getLogger("factcheck.serve")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
#: Assets the page loads, by name; nothing else is read from disk for a client.
ASSETS = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8",
          "icon.svg": "image/svg+xml"}
TEXT_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/html": "html"}
EXPORTS = {"html": ("text/html; charset=utf-8", "html"), "markdown": ("text/markdown; charset=utf-8", "md"),
           "json": ("application/json", "json")}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, hint: str | None = None, **extra) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint, self.extra = status, code, message, hint, extra

    def response(self) -> JSONResponse:
        body = {"status": self.status, "code": self.code, "message": self.message}
        if self.hint:
            body["hint"] = self.hint
        body.update(self.extra)
        headers = {"Retry-After": "5"} if self.status == 503 else None
        return JSONResponse({"error": body}, status_code=self.status, headers=headers)


def _no_controls(value: str | None) -> str | None:
    if value is not None and any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in value):
        raise ValueError("must not contain control characters")
    return value


class DraftIn(BaseModel):
    """A draft to check: its text and the metadata of the form (or of the CMS)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The draft: Markdown (front matter allowed), plain text or HTML.")
    name: str = Field("draft.md", min_length=1, max_length=200,
                      description="What the report calls the draft (a label; never read as a path).")
    format: Literal["md", "txt", "html"] | None = Field(None, description="Default: from the name's ending.")
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD (default: front matter or dateline).")
    source: str | None = Field(None, max_length=200, description="The outlet publishing the draft.")

    _plain = field_validator("name", "source")(_no_controls)

    def draft(self) -> Draft:
        return Draft(text=self.text, name=self.name, format=self.format, published=self.published,
                     source=self.source or None)


class AcceptIn(DraftIn):
    """Accept one finding of the draft's current report into the server's baseline file."""

    fingerprint: str = Field(pattern=r"^[0-9a-f]{8,64}$", description="The finding's fingerprint, from the report.")
    reason: str = Field(min_length=1, max_length=2000, description="Why the finding is accepted (required).")
    who: str = Field(min_length=1, max_length=200, description="Who accepts it.")

    _who = field_validator("who")(_no_controls)

    @field_validator("reason", "who")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value.strip()


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
        draft = (await _parse(request, desk, DraftIn)).draft()
        report = await _run_check(desk, draft)
        return Response(render(report, "json"), media_type="application/json")

    @app.post("/api/export", summary="The report as a download: ?to=html, markdown or json",
              responses=errors_doc, openapi_extra=body_doc)
    async def export(request: Request, to: Literal["html", "markdown", "json"] = "html") -> Response:
        draft = (await _parse(request, desk, DraftIn, reserved={"to"})).draft()
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
        _same_origin(request, token)
        if desk.baseline is None:
            raise ApiError(409, "no_baseline", "this server has no baseline file to record accepted findings in",
                           "restart it with: factcheck serve … --baseline FILE")
        body = await _parse(request, desk, AcceptIn, text_allowed=False)
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


# -- requests ---------------------------------------------------------------------------------
async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_big(int(declared), limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_big(size, limit, at_least=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(size: int, limit: int, at_least: bool = False) -> ApiError:
    return ApiError(413, "body_too_large",
                    f"request body is {'over ' if at_least else ''}{_size(size)}, over the {_size(limit)} limit",
                    "send a shorter draft, or start the server with a higher --max-body")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "not_utf8", f"request body is not UTF-8: byte 0x{body[exc.start]:02X} at offset {exc.start}",
                       "send the draft as UTF-8 text") from None


async def _parse(request: Request, desk: Desk, model: type[DraftIn], text_allowed: bool = True,
                 reserved: set[str] = frozenset()) -> DraftIn:
    """The request's draft (JSON, or the draft itself as text/* with metadata in the query),
    validated, within the desk's limits. ``reserved`` query parameters belong to the endpoint."""
    body = await _body(request, desk.config.max_body_bytes)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            data = json.loads(_utf8(body))
        except json.JSONDecodeError as exc:
            raise ApiError(400, "bad_json", f"request body is not valid JSON: {exc.msg} (line {exc.lineno}, "
                                            f"column {exc.colno})") from None
        if not isinstance(data, dict):
            raise ApiError(422, "bad_field", "request body must be a JSON object with a \"text\" field")
    elif ctype in TEXT_TYPES and text_allowed:
        query = {k: v for k, v in request.query_params.items() if k not in reserved}
        data = {"text": _utf8(body), "format": TEXT_TYPES[ctype], **query}
        if "name" not in data:
            data["name"] = f"draft.{TEXT_TYPES[ctype]}"
    else:
        accepted = "application/json" + (", " + ", ".join(TEXT_TYPES) if text_allowed else "")
        raise ApiError(415, "unsupported_media_type", f"Content-Type '{ctype or '(none)'}' is not accepted here",
                       f"send {accepted}")
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        problems = [{"field": ".".join(str(p) for p in e["loc"]) or "(body)", "message": e["msg"]} for e in exc.errors()]
        first = problems[0]
        raise ApiError(422, "bad_field", f"{first['field']}: {first['message']}", problems=problems) from None
    return _within_limits(parsed, desk)


def _within_limits(draft: DraftIn, desk: Desk) -> DraftIn:
    limit = desk.config.max_draft_chars
    if len(draft.text) > limit:
        raise ApiError(413, "draft_too_long", f"the draft is {len(draft.text):,} characters, over the {limit:,} limit",
                       "check it in parts, or start the server with a higher --max-chars")
    if not draft.text.strip():
        raise ApiError(422, "empty_draft", "the draft is empty", "paste or upload the draft's text")
    if "\x00" in draft.text:
        raise ApiError(422, "not_text", "the draft is not text (it contains NUL characters)",
                       "upload the article as .md, .txt or .html, not a word-processor file")
    return draft


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


def _same_origin(request: Request, token: str) -> None:
    """Accept changes a file: only the page may ask. It sends the token it was served with in a
    header (a cross-site form cannot set headers), and a browser's Origin must be this server."""
    sent = request.headers.get("x-csrf-token", "")
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise ApiError(403, "csrf", "missing or wrong X-CSRF-Token header", "accept findings from the page")
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        raise ApiError(403, "cross_site", f"cross-site request from {origin} refused")


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


# -- running ------------------------------------------------------------------------------------
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def run(desk: Desk, host: str, port: int, *, ready=None) -> None:
    import socket

    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        desk.close()
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    port = sock.getsockname()[1]
    allowed = [f"{h}" for h in ("127.0.0.1", "localhost", "[::1]")] if host in LOOPBACK else None
    app = create_app(desk, allowed_hosts=allowed)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    if ready is not None:
        ready(f"http://{shown}:{port}/")
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn has shut down gracefully and re-raised the Ctrl-C it caught
    finally:
        desk.close()
        sock.close()

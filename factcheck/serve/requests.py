"""Requests to the desk: the JSON error every refusal is, the draft's fields, and reading a body
within the limits (size, UTF-8, JSON, fields, draft length) so that each refusal says what was
wrong; and the check that Accept comes from the page."""

from __future__ import annotations

import datetime as dt
import hmac
import json
from typing import Literal

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .desk import Desk, Draft

TEXT_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/html": "html"}


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


async def read_body(request: Request, limit: int) -> bytes:
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


async def parse_draft(request: Request, desk: Desk, model: type[DraftIn], text_allowed: bool = True,
                 reserved: set[str] = frozenset()) -> DraftIn:
    """The request's draft (JSON, or the draft itself as text/* with metadata in the query),
    validated, within the desk's limits. ``reserved`` query parameters belong to the endpoint."""
    body = await read_body(request, desk.config.max_body_bytes)
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


def same_origin(request: Request, token: str) -> None:
    """Accept changes a file: only the page may ask. It sends the token it was served with in a
    header (a cross-site form cannot set headers), and a browser's Origin must be this server."""
    sent = request.headers.get("x-csrf-token", "")
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise ApiError(403, "csrf", "missing or wrong X-CSRF-Token header", "accept findings from the page")
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        raise ApiError(403, "cross_site", f"cross-site request from {origin} refused")

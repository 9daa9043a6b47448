"""JSON Lines exports: one article per line, an object with ``text`` (or the page as ``html``)
and optional metadata (``title``, ``source``, ``published`` or ``date``, ``url``). A bad line is
reported with its line number and skipped; the other lines are read."""

from __future__ import annotations

import json

from ..models import Diagnostic
from .parsed import Parsed

_META_KEYS = {"title": "title", "source": "source", "published": "published", "date": "published",
              "datePublished": "published", "url": "url"}


def read_jsonl(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            diagnostics.append(Diagnostic(
                severity="error", code="I011", path=shown, line=number, col=exc.colno,
                message=f"not valid JSON ({exc.msg}); line skipped",
                hint="each line must be one JSON object, e.g. {\"text\": \"...\"}"))
            continue
        text_value = record.get("text") if isinstance(record, dict) else None
        page = record.get("html") if isinstance(record, dict) else None
        if not (isinstance(text_value, str) and text_value.strip()) and isinstance(page, str) and page.strip():
            out.extend(_from_html(page, record, shown, number, diagnostics))
            continue
        if not isinstance(text_value, str) or not text_value.strip():
            diagnostics.append(Diagnostic(
                severity="error", code="I012", path=shown, line=number,
                message="line has no 'text' field with the article; line skipped",
                hint="each line must be an object with the article in 'text'"))
            continue
        out.append(Parsed(text=text_value, meta=_meta(record), key=str(number), line=number))
    return out


def _meta(record: dict) -> dict[str, str]:
    meta: dict[str, str] = {}
    for key, name in _META_KEYS.items():
        value = record.get(key)
        if isinstance(value, (str, int, float)) and str(value).strip() and name not in meta:
            meta[name] = str(value).strip()
    return meta


def _from_html(page: str, record: dict, shown: str, number: int, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """A record that carries the page as ``html``: rendered like an .html file; the record's own
    fields override the page's metadata."""
    from .html import read_html  # here: the HTML reader loads lxml, which plain JSONL never needs

    found: list[Diagnostic] = []
    parsed = read_html(page, shown, found)
    diagnostics.extend(d.model_copy(update={"line": number}) for d in found)
    return [Parsed(text=p.text, meta={**p.meta, **_meta(record)}, main=p.main, key=str(number), line=number)
            for p in parsed]

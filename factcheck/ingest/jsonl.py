"""JSON Lines exports: one article per line, an object with ``text`` (or the page as ``html``)
and optional metadata (``title``, ``source``, ``published`` or ``date``, ``url``). A bad line is
reported with its line number and skipped; the other lines are read."""

from __future__ import annotations

import json
import re

from ..models import Diagnostic
from .parsed import Parsed

_META_KEYS = {"title": "title", "source": "source", "published": "published", "date": "published",
              "datePublished": "published", "url": "url"}


# A "\ud800" escape decodes to a lone surrogate, which no UTF-8 output can carry.
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_END = re.compile(r"\r\n?|\n")


def read_jsonl(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    out = []
    # Lines end at "\n" (or "\r\n", "\r") only: JSON strings may hold U+2028, U+0085 and
    # other characters that str.splitlines() breaks on, losing the record and shifting every
    # later line number. A raw CR or LF cannot be inside a JSON string.
    for number, line in enumerate(_LINE_END.split(text), 1):
        if not line.strip():
            continue
        record, problem, col = _parse(line)
        if problem:
            diagnostics.append(Diagnostic(
                severity="error", code="I011", path=shown, line=number, col=col,
                message=f"{problem}; line skipped",
                hint="each line must be one JSON object, e.g. {\"text\": \"...\"}"))
            continue
        if isinstance(record, dict):
            record = _clean(record, shown, number, diagnostics)
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


def _parse(line: str) -> tuple[object, str | None, int | None]:
    """The line's JSON value, or what is wrong with it (and the column)."""
    try:
        return json.loads(line), None, None
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})", exc.colno
    except RecursionError:  # "[[[[…]]]]": the decoder recurses once per level
        return None, "JSON nested too deeply to read", None
    except ValueError as exc:  # an integer of more digits than Python converts
        return None, f"JSON value cannot be read ({exc})", None


def _clean(record: dict, shown: str, number: int, diagnostics: list[Diagnostic]) -> dict:
    """The record's string fields with lone surrogates replaced by U+FFFD (one character for
    one, so offsets hold), with a warning."""
    out = dict(record)
    for key, value in record.items():
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            out[key] = _LONE_SURROGATE.sub("\ufffd", value)
            diagnostics.append(Diagnostic(
                severity="warning", code="I005", path=shown, line=number,
                message=f"'{_LONE_SURROGATE.sub('?', str(key))}' holds an unpaired UTF-16 surrogate "
                        "escape; replaced with U+FFFD",
                hint="write characters outside the Basic Multilingual Plane as a surrogate pair"))
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

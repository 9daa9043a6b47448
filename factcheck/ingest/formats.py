"""Readers for each article format. A reader turns decoded file text into one or more parsed
articles whose offsets point into that text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from ..models import Diagnostic


@dataclass
class Parsed:
    """One article read from a file."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)
    #: Offset where article content starts (after front matter); text before it is not scanned.
    body_start: int = 0
    #: Suffix that tells apart several articles from one file (a .jsonl line number).
    key: str | None = None


Reader = Callable[[str, str, list[Diagnostic]], list[Parsed]]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_META_KEYS = ("title", "source", "published", "url", "date")


def read_plain(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    return [Parsed(text=text)]


def read_markdown(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """Markdown with optional YAML front matter (title, source, published, url)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return [Parsed(text=text)]
    meta: dict[str, str] = {}
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        diagnostics.append(Diagnostic(
            severity="warning", code="I010", path=shown,
            line=(mark.line + 2) if mark else 1,
            message="front matter is not valid YAML; ignored",
            hint="write one 'key: value' per line between the --- lines"))
        data = None
    if isinstance(data, dict):
        for key in _META_KEYS:
            if data.get(key) is not None:
                meta["published" if key == "date" else key] = str(data[key])
    return [Parsed(text=text, meta=meta, body_start=m.end())]


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
}

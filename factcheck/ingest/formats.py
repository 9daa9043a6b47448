"""Readers for each article format, registered by file suffix in :data:`READERS`. A reader turns
decoded file text into one or more parsed articles whose offsets point into their text."""

from __future__ import annotations

import re

import yaml

from ..models import Diagnostic
from .jsonl import read_jsonl
from .parsed import Parsed, Reader

__all__ = ["READERS", "Parsed", "Reader", "read_markdown", "read_plain"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_META_KEYS = ("title", "source", "published", "url", "date")
#: Front matter is a few ``key: value`` lines; brackets nested deeper than this are not that.
MAX_FLOW_DEPTH = 50
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as written, so a bad one is reported as a bad date rather
    than failing the whole front matter."""


_Loader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_plain(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """Plain text, often scraped: the article's ranges are detected (``main=None``)."""
    return [Parsed(text=text)]


def read_markdown(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """Markdown with optional YAML front matter (title, source, published, url). Markdown is
    written by people, not scraped, so the whole body is the article."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return [Parsed(text=text, main=[])]
    meta: dict[str, str] = {}
    try:
        if _flow_depth(m.group(1)) > MAX_FLOW_DEPTH:
            raise yaml.YAMLError("nested too deeply")
        data = yaml.load(m.group(1), Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        # ValueError: YAML reads "2025-02-30" as a date and fails on it. RecursionError: the
        # parser recurses once per level of "[[[[…]]]]".
        mark = getattr(exc, "problem_mark", None)
        diagnostics.append(Diagnostic(
            severity="warning", code="I010", path=shown,
            line=(mark.line + 2) if mark else 1,
            message="front matter is not valid YAML; ignored",
            hint="write one 'key: value' per line between the --- lines"))
        data = None
    if isinstance(data, dict):
        for key in _META_KEYS:
            value = data.get(key)
            if isinstance(value, (str, int, float)):
                meta["published" if key == "date" else key] = str(value)
            elif value is not None:
                # A list or mapping (aliases can make one of billions of items): not a title.
                diagnostics.append(Diagnostic(
                    severity="warning", code="I010", path=shown, line=_key_line(m.group(1), key),
                    message=f"front matter '{key}' is not a single value; ignored",
                    hint=f"write it as one line: '{key}: …'"))
    return [Parsed(text=text, meta=meta, body_start=m.end(), main=[])]


def _flow_depth(front: str) -> int:
    """How deep ``[`` and ``{`` nest (quotes ignored: an upper bound). PyYAML's scanner slows
    with the square of the depth before its parser runs out of stack."""
    depth = deepest = 0
    for ch in _NOT_BRACKET.sub("", front):
        depth = depth + 1 if ch in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    return deepest


def _key_line(front: str, key: str) -> int:
    """The file line where ``key`` is set in the front matter (the opening --- is line 1)."""
    found = re.search(rf"^{re.escape(key)}\s*:", front, re.M)
    return front.count("\n", 0, found.start()) + 2 if found else 1


def read_html(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """The HTML reader, imported on first use: it loads lxml, which other formats never need."""
    from .html import read_html as read

    return read(text, shown, diagnostics)


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}

"""Renderers: one module per output format, each a ``render(report) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UsageError
from ..models import ClaimsReport, Report
from . import html, json, markdown, sarif, table, text

Renderer = Callable[[Report | ClaimsReport], str]

RENDERERS: dict[str, Renderer] = {
    "table": table.render,
    "text": text.render,
    "markdown": markdown.render,
    "json": json.render,
    "sarif": sarif.render,
    "html": html.render,
}

#: Formats that can colour their output; the caller decides (only when writing to a terminal).
COLOUR_RENDERERS: dict[str, Callable[..., str]] = {"table": table.render}

__all__ = ["COLOUR_RENDERERS", "RENDERERS", "render"]


def render(report: Report | ClaimsReport, fmt: str, *, colour: bool = False) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(RENDERERS)}") from None
    if colour and fmt in COLOUR_RENDERERS:
        return COLOUR_RENDERERS[fmt](report, colour=True)
    return renderer(report)

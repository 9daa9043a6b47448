"""Renderers: one module per output format, each a ``render(report) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UsageError
from ..models import ClaimsReport, Report
from . import json, table, text

Renderer = Callable[[Report | ClaimsReport], str]

RENDERERS: dict[str, Renderer] = {
    "table": table.render,
    "text": text.render,
    "json": json.render,
}

__all__ = ["RENDERERS", "render"]


def render(report: Report | ClaimsReport, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(RENDERERS)}") from None
    return renderer(report)

"""Renderers: one module per output format, each a ``render(report) -> str``."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    from ..models import ClaimsReport, Report

Renderer = Callable[["Report | ClaimsReport"], str]


class _Registry(Mapping[str, Renderer]):
    """Format name → ``render`` function, each module imported when its format is first asked
    for: a text check need not import the table (tabulate), HTML, Markdown and SARIF renderers."""

    def __init__(self, modules: dict[str, str], function: str = "render") -> None:
        self._modules = modules
        self._function = function

    def __getitem__(self, fmt: str) -> Renderer:
        module = self._modules[fmt]  # KeyError for an unknown format, as a dict would
        return getattr(importlib.import_module(f".{module}", __name__), self._function)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


RENDERERS: Mapping[str, Renderer] = _Registry({
    "table": "table",
    "text": "text",
    "markdown": "markdown",
    "json": "json",
    "sarif": "sarif",
    "html": "html",
})

#: Formats that can colour their output; the caller decides (only when writing to a terminal).
COLOUR_RENDERERS: Mapping[str, Callable[..., str]] = _Registry({"table": "table"})

__all__ = ["COLOUR_RENDERERS", "RENDERERS", "render"]


def render(report: Report | ClaimsReport, fmt: str, *, colour: bool = False) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(RENDERERS)}") from None
    if colour and fmt in COLOUR_RENDERERS:
        return COLOUR_RENDERERS[fmt](report, colour=True)
    return renderer(report)

"""Errors a caller can act on. Each subclasses the builtin a caller would catch as well as
:class:`FactcheckError`, and carries located :class:`~factcheck.models.Diagnostic` records."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Diagnostic


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.diagnostics: list[Diagnostic] = list(diagnostics)

    def format(self) -> str:
        if not self.diagnostics:
            return str(self)
        return "\n".join(d.format() for d in self.diagnostics)


class InputError(FactcheckError, ValueError):
    """An input file or path cannot be used at all."""


class RuleError(FactcheckError, ValueError):
    """A rule pack does not parse or does not check; ``diagnostics`` lists every problem."""


class UsageError(FactcheckError, ValueError):
    """The command line or API call asks for something that does not exist."""

"""factcheck: extract numeric and temporal claims from news articles and check them against
each other with declarative rules.

    >>> import factcheck
    >>> corpus = factcheck.load_corpus(["examples/"])
    >>> report = factcheck.check(corpus)            # the shipped rule packs
    >>> [f.rule for f in report.findings]

The names below are imported on first use (PEP 562), so that ``import factcheck`` and the
command line's ``--help`` do not pay for pydantic, pint and Lark.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

#: Public name -> the module that defines it.
_EXPORTS = {
    "check": ".api", "claims_report": ".api", "extract": ".api", "load_corpus": ".api", "load_rules": ".api",
    "FactcheckError": ".errors", "InputError": ".errors", "RuleError": ".errors", "UsageError": ".errors",
    "Claim": ".models", "ClaimRef": ".models", "ClaimsReport": ".models", "Diagnostic": ".models",
    "Document": ".models", "Finding": ".models", "OrderValue": ".models", "QuantityValue": ".models",
    "Report": ".models", "Span": ".models", "TimeValue": ".models",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .api import check, claims_report, extract, load_corpus, load_rules
    from .errors import FactcheckError, InputError, RuleError, UsageError
    from .models import (Claim, ClaimRef, ClaimsReport, Diagnostic, Document, Finding, OrderValue,
                         QuantityValue, Report, Span, TimeValue)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute '{name}'")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """Importing the subpackage ``factcheck.extract`` sets the attribute ``extract`` of this
    package to it, which would hide the function ``factcheck.extract()`` whenever the
    subpackage is imported after the function was first looked up (with lazy exports, that is
    the usual order). The function keeps the name; the subpackage stays in ``sys.modules``."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

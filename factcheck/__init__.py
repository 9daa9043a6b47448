"""factcheck: extract numeric and temporal claims from news articles and check them against
each other with declarative rules.

    >>> import factcheck
    >>> corpus = factcheck.load_corpus(["examples/"])
    >>> report = factcheck.check(corpus)            # the shipped rule packs
    >>> [f.rule for f in report.findings]
"""

from .api import check, claims_report, extract, load_corpus, load_rules
from .errors import FactcheckError, InputError, RuleError, UsageError
from .models import (Claim, ClaimRef, ClaimsReport, Diagnostic, Document, Finding, OrderValue,
                     QuantityValue, Report, Span, TimeValue)

__version__ = "0.2.0"

__all__ = [
    "Claim", "ClaimRef", "ClaimsReport", "Diagnostic", "Document", "FactcheckError", "Finding",
    "InputError", "OrderValue", "QuantityValue", "Report", "RuleError", "Span", "TimeValue",
    "UsageError", "check", "claims_report", "extract", "load_corpus", "load_rules",
]

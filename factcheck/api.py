"""The public pipeline in four calls: load_corpus → extract → load_rules → check."""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .errors import RuleError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from .dsl import RuleSet, check_rules, default_rules_path, load_rules, rule_files  # noqa: F401
    from .extract import extract  # noqa: F401
    from .index import BuildStats, build_index  # noqa: F401
    from .index.schema import looks_like_index  # noqa: F401
    from .ingest import load_corpus  # noqa: F401
    from .engine.explain import Explanation
    from .engine.suppress import BaselineEntry
    from .ingest import Corpus
    from .models import Claim, ClaimsReport, Diagnostic, Document, Report

__all__ = ["BuildStats", "Corpus", "build_index", "check", "check_rules", "claims_report", "default_rules_path",
           "explain", "extract", "format_rules", "load_corpus", "load_rules", "looks_like_index", "regroup",
           "rule_files"]

#: Names this module passes on from the stages, imported on first use: a command imports only
#: the stages it runs (``factcheck rules`` never loads the extractors).
_FROM_STAGES = {
    "BuildStats": ".index", "build_index": ".index", "looks_like_index": ".index.schema",
    "Corpus": ".ingest", "load_corpus": ".ingest",
    "check_rules": ".dsl", "default_rules_path": ".dsl", "load_rules": ".dsl", "rule_files": ".dsl",
    "extract": ".extract",
}


def __getattr__(name: str) -> Any:
    module = _FROM_STAGES.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck.api' has no attribute '{name}'")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value


def regroup(documents: Iterable[Document]) -> list[Document]:
    """Source groups recomputed over documents loaded separately (a draft and its sources),
    so that a syndicated copy is recognised across the two sets."""
    from .ingest.groups import assign_groups

    return assign_groups(list(documents))


def check(documents: Corpus | Iterable[Document], rules: RuleSet | None = None, *,
          focus: Iterable[str] | None = None, claims: list[Claim] | None = None,
          diagnostics: Iterable[Diagnostic] = (), baseline: list[BaselineEntry] | None = None,
          baseline_path: str | None = None, today: dt.date | None = None,
          index: str | os.PathLike[str] | None = None,
          progress: Callable[[int, int], None] | None = None) -> Report:
    """Run ``rules`` (default: the shipped packs) over ``documents`` and build the report.

    ``focus`` names the documents being checked (a draft); findings then involve at least one
    of them, and the other documents serve only as sources. Inline suppression comments in the
    checked documents and ``baseline`` entries mark accepted findings (``today`` decides which
    baseline entries have expired). ``index`` is a claims index (``build_index``) to check
    against as well: only its claims that can pair with the checked documents' are read."""
    from .dsl import load_rules
    from .engine import evaluate
    from .engine.suppress import apply as apply_suppressions
    from .extract import extract
    from .ingest import Corpus
    from .models import Report, RuleInfo, Summary

    diags = list(diagnostics)
    if isinstance(documents, Corpus):
        diags = documents.diagnostics + diags
        documents = documents.documents
    documents = sorted(documents, key=lambda d: d.id)
    ruleset = rules if rules is not None else load_rules()
    claims = extract(documents, progress) if claims is None else claims
    focus = list(focus) if focus is not None else None
    if index is not None:
        from .index import with_index

        focus = focus if focus is not None else [d.id for d in documents]
        documents, claims, piece = with_index(index, ruleset, documents, claims, focus)
        diags += piece.diagnostics
    findings = evaluate(ruleset, documents, claims, focus=focus)
    findings, suppression_diags = apply_suppressions(
        findings, documents, {r.id for r in ruleset.rules}, baseline or [], today or dt.date.today(),
        set(focus) if focus is not None else None, baseline_path)
    diags += suppression_diags
    active = [f for f in findings if f.suppression is None]
    counts = Counter(f.severity for f in active)
    summary = Summary(documents=len(documents), claims=len(claims), rules=len(ruleset.rules),
                      findings=len(active), suppressed=len(findings) - len(active),
                      by_severity={s: counts.get(s, 0) for s in ("error", "warning", "info")})
    rules_info = [RuleInfo(id=r.id, title=r.title, severity=r.severity, explanation=r.explanation,
                           link=r.link, tags=list(r.tags), path=r.span.path if r.span else None,
                           line=r.span.line if r.span else None) for r in ruleset.rules]
    return Report(documents=documents, findings=findings, summary=summary, rules=rules_info,
                  diagnostics=diags)


def claims_report(documents: Corpus | Iterable[Document],
                  progress: Callable[[int, int], None] | None = None) -> ClaimsReport:
    """Every claim of ``documents``, as the ``factcheck.claims/2`` contract."""
    from .extract import extract
    from .ingest import Corpus
    from .models import ClaimsReport

    diags: list[Diagnostic] = []
    if isinstance(documents, Corpus):
        diags = list(documents.diagnostics)
        documents = documents.documents
    documents = sorted(documents, key=lambda d: d.id)
    return ClaimsReport(documents=documents, claims=extract(documents, progress), diagnostics=diags)


def explain(rule_id: str, documents: Corpus | Iterable[Document], rules: RuleSet | None = None) -> Explanation:
    """For one rule: the claims it selects, the pairs it compares and each verdict."""
    from .dsl import load_rules
    from .engine.explain import explain as _explain
    from .extract import extract
    from .ingest import Corpus

    if isinstance(documents, Corpus):
        documents = documents.documents
    documents = sorted(documents, key=lambda d: d.id)
    ruleset = rules if rules is not None else load_rules()
    if ruleset.get(rule_id) is None:
        import difflib

        close = difflib.get_close_matches(rule_id, [r.id for r in ruleset.rules], n=1)
        raise UsageError(f"unknown rule '{rule_id}'" + (f"; did you mean '{close[0]}'?" if close else "")
                         + " (factcheck rules lists them)")
    return _explain(ruleset, rule_id, documents, extract(documents))


def format_rules(text: str, path: str = "<rules>") -> str:
    """The canonical layout of a rule file (``factcheck fmt``); raises RuleError on a syntax
    error. Parsing the result gives the same rules."""
    from .dsl.parser import parse
    from .dsl.printer import format_pack

    pack, errors = parse(text, path)
    if pack is None:
        raise RuleError(f"cannot format {path}", errors)
    return format_pack(pack, text)

"""The public pipeline in four calls: load_corpus → extract → load_rules → check."""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import InputError, RuleError, UsageError

if TYPE_CHECKING:  # pragma: no cover
    from .dsl import RuleSet, check_rules, default_rules_path, load_rules, rule_files  # noqa: F401
    from .extract import extract  # noqa: F401
    from .index import BuildStats, build_index  # noqa: F401
    from .index.schema import looks_like_index  # noqa: F401
    from .ingest import load_corpus  # noqa: F401
    from .engine.explain import Explanation
    from .engine.suppress import BaselineEntry
    from .ingest import Corpus
    from .models import Claim, ClaimsReport, Diagnostic, Document, Report, RuleInfo

__all__ = ["BuildStats", "Corpus", "Sources", "build_index", "check", "check_against", "check_rules", "claims_report",
           "default_rules_path", "draft_corpus", "explain", "extract", "format_rules", "load_corpus", "load_rules",
           "load_sources", "looks_like_index", "regroup", "require_paths", "rule_files", "rules_info"]

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
    from .models import Report, Summary

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
    return Report(documents=documents, findings=findings, summary=summary, rules=rules_info(ruleset),
                  diagnostics=diags)


def rules_info(ruleset: RuleSet) -> list[RuleInfo]:
    """The rules of ``ruleset`` as reports and listings describe them."""
    from .models import RuleInfo

    return [RuleInfo(id=r.id, title=r.title, severity=r.severity, explanation=r.explanation,
                     link=r.link, tags=list(r.tags), path=r.span.path if r.span else None,
                     line=r.span.line if r.span else None) for r in ruleset.rules]


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


# -- checking a draft against sources: the one path the CLI and the server share ------------------
@dataclass(frozen=True)
class Sources:
    """What a draft is checked against: article documents read from files and folders, and at
    most one claims index (read per check, only the claims that can pair). Loaded once and
    never changed afterwards, so several checks may share one ``Sources`` at the same time."""

    documents: tuple[Document, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    index: str | None = None
    paths: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.documents and self.index is None


def load_sources(paths: Iterable[str | os.PathLike[str]]) -> Sources:
    """Read the sources named by ``paths``: files and folders of articles, or one index built by
    ``factcheck index`` (told apart by :func:`looks_like_index`). A path that does not exist, a
    missing index or two indexes raise :class:`UsageError` with located diagnostics: a typo
    must never pass for a clean run with fewer sources."""
    from .ingest import load_corpus
    from .models import Diagnostic

    paths = [os.fspath(p) for p in paths]
    # A folder is never an index (and asking would import the index package for nothing).
    files = [p for p in paths if not os.path.isdir(p)]
    if files:
        from .index.schema import looks_like_index
    indexes = [p for p in files if looks_like_index(p)]
    if len(indexes) > 1:
        raise UsageError("factcheck: error: give at most one index with --against")
    for index in indexes:
        if not os.path.exists(index):
            message = f"no such index; build it with: factcheck index ARTICLES… --db {index}"
            raise UsageError(message, [Diagnostic(severity="error", code="I001", path=index, message=message,
                                                  hint="or check the path given to --against; nothing was checked")])
    files = [p for p in paths if p not in indexes]
    require_paths(files, "--against")
    corpus = load_corpus(files) if files else None
    return Sources(documents=tuple(corpus.documents) if corpus else (),
                   diagnostics=tuple(corpus.diagnostics) if corpus else (),
                   index=indexes[0] if indexes else None, paths=tuple(paths))


def require_paths(paths: Iterable[str], option: str | None = None) -> None:
    """A path that does not exist is a usage error, raised before anything runs (a broken or
    looping symbolic link does exist: ingest says what is wrong with it)."""
    from .models import Diagnostic

    missing = [p for p in paths if not os.path.lexists(p)]
    if not missing:
        return
    where = f"given to {option}" if option else "given"
    raise UsageError("no such file or folder", [Diagnostic(
        severity="error", code="I001", path=p, message="no such file or folder",
        hint=f"check the path {where}; nothing was checked") for p in missing])


def check_against(checked: Corpus, sources: Sources | None = None, rules: RuleSet | None = None, *,
                  baseline: list[BaselineEntry] | None = None, baseline_path: str | None = None,
                  today: dt.date | None = None, progress: Callable[[int, int], None] | None = None) -> Report:
    """Check the articles of ``checked``; with ``sources``, only the findings that involve them
    (a draft), with the source documents regrouped together with the draft so that a
    syndicated copy is recognised across the two. ``baseline`` (else the file
    ``baseline_path``, when given) marks accepted findings. Raises :class:`InputError` when
    nothing of ``checked`` could be read."""
    documents = list(checked.documents)
    diagnostics = list(checked.diagnostics)
    if not documents:
        raise InputError("factcheck: no readable articles to check", diagnostics + list(sources.diagnostics if sources else ()))
    focus = [d.id for d in documents] if sources is not None else None
    if sources is not None:
        diagnostics += sources.diagnostics
        if sources.documents:
            seen = {d.id for d in documents}
            documents = regroup(documents + [d for d in sources.documents if d.id not in seen])
    if baseline is None and baseline_path is not None:
        from .baseline import read_baseline

        baseline = read_baseline(baseline_path)
    return check(documents, rules, focus=focus, diagnostics=diagnostics, baseline=baseline,
                 baseline_path=baseline_path, today=today, index=sources.index if sources else None,
                 progress=progress)


#: The formats a draft given as text may be in, and the file ending that selects its reader.
DRAFT_FORMATS = {"md": ".md", "txt": ".txt", "html": ".html"}


def draft_corpus(text: str, *, name: str = "draft.md", fmt: str | None = None,
                 published: dt.date | None = None, source: str | None = None) -> Corpus:
    """A draft given as text (a web form, an HTTP request), read by the reader of its format
    with the same metadata steps as a file (front matter, dateline, main text), named ``name``
    in the report; ``fmt`` (md, txt, html) defaults to the name's ending, else Markdown.
    Nothing is read from disk: no path, no ``sources.csv``. Offsets in findings
    count characters of ``text`` (a leading byte-order mark is dropped, as it is from a file; a
    lone surrogate counts as one replacement character). Text that is not text (NUL
    characters: a binary upload) or is empty gives no document and a diagnostic, as a file would."""
    import re
    from pathlib import Path

    from .ingest import Corpus
    from .ingest import _document as document_of  # the metadata steps of ingest.read_file
    from .ingest.formats import READERS
    from .models import Diagnostic

    aliases = {"markdown": "md", "htm": "html", "text": "txt"}
    if fmt is None:  # from the name's ending; a name is only a label, so anything else is Markdown
        fmt = aliases.get(Path(name).suffix.lstrip(".").lower(), Path(name).suffix.lstrip(".").lower())
        fmt = fmt if fmt in DRAFT_FORMATS else "md"
    fmt = aliases.get(fmt, fmt)
    if fmt not in DRAFT_FORMATS:
        raise UsageError(f"unknown draft format '{fmt}'; choose one of: {', '.join(DRAFT_FORMATS)}")
    text = re.sub("[\ud800-\udfff]", "\ufffd", text.removeprefix("\ufeff"))
    diagnostics: list[Diagnostic] = []
    if "\x00" in text:
        diagnostics.append(Diagnostic(severity="error", code="I004", path=name, message="binary file, not text; skipped",
                                      hint="export the article as .txt, .md or .html"))
        return Corpus(documents=[], diagnostics=diagnostics)
    if not text.strip():
        diagnostics.append(Diagnostic(severity="warning", code="I007", path=name, message="empty file; skipped"))
        return Corpus(documents=[], diagnostics=diagnostics)
    items = READERS[DRAFT_FORMATS[fmt]](text, name, diagnostics)
    documents = [document_of(item, name, fmt, {}, published, source, diagnostics) for item in items]
    return Corpus(documents=documents, diagnostics=diagnostics)

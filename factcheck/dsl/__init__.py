"""The rule language: parse rule files (Lark), check them, compile them into a RuleSet."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import RuleError
from ..models import Diagnostic
from .checker import Checker
from .parser import parse
from .rules import Rule, RuleSet

__all__ = ["RULE_SUFFIX", "Rule", "RuleSet", "check_rules", "default_rules_path", "load_rules", "parse", "rule_files"]

RULE_SUFFIX = ".fc"
FACTS_NAME = "facts.csv"


def default_rules_path() -> Path:
    """The packs shipped with factcheck: ``factcheck/rules`` in an installed distribution (the
    build maps the repository's ``rules/`` there), else ``rules/`` beside the package in a
    source checkout or an editable install."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def rule_files(paths: Iterable[str | os.PathLike[str]], diagnostics: list[Diagnostic]) -> list[Path]:
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob(f"*{RULE_SUFFIX}")):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    found.setdefault(file, None)
        elif path.is_file():
            found.setdefault(path, None)
        else:
            diagnostics.append(Diagnostic(severity="error", code="R000", path=str(raw),
                                          message="no such rule file or folder",
                                          hint="give a .fc file or a folder of packs"))
    return list(found)


def check_rules(paths: Iterable[str | os.PathLike[str]]) -> tuple[RuleSet, list[Diagnostic]]:
    """Parse and check every rule file under ``paths``; return what compiled and every
    diagnostic (errors and warnings) of every file."""
    diagnostics: list[Diagnostic] = []
    files = rule_files(paths, diagnostics)
    sources: dict[str, str] = {}
    packs = []
    for file in files:
        shown = _shown(file)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            diagnostics.append(Diagnostic(severity="error", code="R000", path=shown,
                                          message=f"cannot read rule file: {exc}",
                                          hint="rule files are UTF-8 text"))
            continue
        sources[shown] = text
        pack, errors = parse(text, shown)
        diagnostics.extend(errors)
        if pack is not None:
            packs.append(pack)
    checker = Checker(sources)
    for pack in packs:
        checker.add(pack)
    for folder in sorted({f.parent for f in files}):
        table = folder / FACTS_NAME
        if table.is_file():
            try:
                checker.add_facts_csv(table.read_text(encoding="utf-8-sig"), _shown(table))
            except (OSError, UnicodeDecodeError) as exc:
                diagnostics.append(Diagnostic(severity="error", code="R015", path=_shown(table),
                                              message=f"cannot read facts table: {exc}"))
    ruleset = checker.compile()
    diagnostics.extend(checker.diagnostics)
    for rule in ruleset.rules:
        if rule.compare == "against_facts" and not ruleset.facts:
            diagnostics.append(Diagnostic(
                severity="warning", code="R021", path=rule.span.path if rule.span else None,
                line=rule.span.line if rule.span else None, col=rule.span.col if rule.span else None,
                message=f"rule '{rule.id}' compares claims against facts, but no facts are loaded",
                hint=f"add 'fact NAME {{ … }}' blocks or a {FACTS_NAME} beside the pack"))
    for rule in ruleset.rules:
        if not rule.keys and rule.compare not in ("against_facts", "each"):
            diagnostics.append(Diagnostic(
                severity="warning", code="R020", path=rule.span.path if rule.span else None,
                line=rule.span.line if rule.span else None, col=rule.span.col if rule.span else None,
                message=f"rule '{rule.id}' has no 'same' keys: every selected claim is paired with every other",
                hint="add 'same: measure, unit' (or other fields) so that only comparable claims are paired"))
    return ruleset, diagnostics


def load_rules(paths: Iterable[str | os.PathLike[str]] | None = None) -> RuleSet:
    """Load rule packs (default: the shipped packs). Raises :class:`RuleError` listing every
    error of every file when any rule file is invalid."""
    paths = list(paths) if paths is not None else [default_rules_path()]
    ruleset, diagnostics = check_rules(paths)
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        raise RuleError(f"{len(errors)} error(s) in rule files", errors)
    if not ruleset.rules:
        raise RuleError("no rules found", [Diagnostic(
            severity="error", code="R000", message="no rules found in " + ", ".join(map(str, paths)),
            hint=f"rule packs are {RULE_SUFFIX} files; see docs/rules-language.md")])
    return ruleset


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()

"""`factcheck lint`: the static checks of the rule language over packs, plus the layout check of
`factcheck fmt --check`, as text, JSON (``factcheck.lint/1``) or GitHub annotations."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from .api import check_rules, format_rules, rule_files
from .errors import RuleError
from .models import Diagnostic
from .render import lint as render_lint

LINT_SCHEMA = render_lint.LINT_SCHEMA


@dataclass
class LintReport:
    files: list[str] = field(default_factory=list)
    rules: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    def exit_code(self, strict: bool = False) -> int:
        if self.errors:
            return 2
        return 1 if strict and self.warnings else 0

    def text(self) -> str:
        return render_lint.text(self)

    def json(self) -> str:
        return render_lint.json(self)

    def github(self) -> str:
        """GitHub Actions workflow commands: one annotation per diagnostic."""
        return render_lint.github(self)


def lint(paths: Iterable[str | os.PathLike[str]]) -> LintReport:
    paths = list(paths)
    ruleset, diagnostics = check_rules(paths)
    report = LintReport(files=list(ruleset.files), rules=len(ruleset.rules), diagnostics=list(diagnostics))
    broken = {d.path for d in diagnostics if d.code == "R001"}
    for file in rule_files(paths, []):
        shown = next((f for f in ruleset.files if file.as_posix().endswith(f)), file.as_posix())
        if shown in broken:
            continue
        try:
            text = file.read_text(encoding="utf-8")
            if format_rules(text, shown) != text:
                report.diagnostics.append(Diagnostic(
                    severity="warning", code="F001", path=shown, line=1, col=1,
                    message="file is not in the canonical layout", hint=f"run: factcheck fmt {shown}"))
        except (OSError, UnicodeDecodeError, RuleError):
            continue  # reported by check_rules already
    return report

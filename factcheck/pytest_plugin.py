"""pytest plugin (entry point ``factcheck``): rule test cases become pytest items, so a project
that already runs pytest gets rule tests with ids like ``pack.rule::case-name``.

A YAML file is collected when it sits in a ``tests`` folder of a pack (a folder holding ``.fc``
files); point pytest at the packs, e.g. ``pytest rules/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .errors import RuleError
from .testing import TEST_SUFFIXES, Case, load_cases, run_case


def pytest_collect_file(parent, file_path: Path):
    if (file_path.suffix in TEST_SUFFIXES and file_path.parent.name == "tests"
            and any(file_path.parent.parent.glob("*.fc"))):
        return RuleTestFile.from_parent(parent, path=file_path)
    return None


class RuleTestFile(pytest.File):
    def collect(self):
        from .api import load_rules

        try:
            ruleset = load_rules([self.path.parent.parent])
        except RuleError as exc:
            yield BrokenCase.from_parent(self, name="rules", message=exc.format())
            return
        errors = []
        cases = load_cases([self.path], ruleset, errors)
        for d in errors:
            yield BrokenCase.from_parent(self, name=f"{d.code}:{d.line or 0}", message=d.format())
        for case in cases:
            yield RuleCase.from_parent(self, name=case.id, case=case, ruleset=ruleset)


class RuleCaseFailure(Exception):
    pass


class RuleCase(pytest.Item):
    def __init__(self, *, case: Case, ruleset, **kwargs) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.ruleset = ruleset

    def runtest(self) -> None:
        result = run_case(self.case, self.ruleset.get(self.case.rule), self.ruleset)
        if not result.passed:
            raise RuleCaseFailure("\n".join(result.problems))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, RuleCaseFailure):
            return f"{self.case.path}:{self.case.line}: {self.case.id}\n{excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, self.case.line - 1, self.case.id


class BrokenCase(pytest.Item):
    """A malformed test file or case: a failing item, never a silent skip."""

    def __init__(self, *, message: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise RuleCaseFailure(self.message)

    def repr_failure(self, excinfo, style=None):
        return self.message

    def reportinfo(self):
        return self.path, 0, self.name

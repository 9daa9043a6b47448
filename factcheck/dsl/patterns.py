"""User regular expressions (``matches()`` in rules). They run on RE2 (the google-re2
package), whose running time is linear in the text, on at most MATCH_TEXT_LIMIT characters, with
a time budget per pattern over a run as the last defence. Where RE2 is not installed, Python's
engine runs only the patterns that a static check finds safe from catastrophic backtracking."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import (ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS,  # type: ignore[import-not-found]
                               IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SUBPATTERN)
except ImportError:  # pragma: no cover - older layouts
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS,  # type: ignore[no-redef]
                               IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SUBPATTERN)

from ..errors import RuleError
from ..models import Diagnostic, Span

#: Longest text a user pattern is ever run on (a claim's sentence is cut to it).
MATCH_TEXT_LIMIT = 2000
#: Seconds one pattern may spend over a whole run before the run is stopped: the last defence,
#: should a pattern ever be slow despite the linear-time engine.
MATCH_BUDGET = 20.0


class Refusal(NamedTuple):
    """Why a pattern is not run: a diagnostic code, message and hint."""

    code: str
    message: str
    hint: str | None


def compile_pattern(pattern: str) -> Callable[[str], object] | Refusal:
    """A case-insensitive search function for ``pattern``, or why it is refused."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return Refusal("R013", f"regular expression does not compile: {exc.msg}",
                       "check brackets and escapes; write \\\\ for a backslash inside quotes")
    search = _linear_search(pattern)
    if isinstance(search, tuple):
        kind, detail = search
        code, message, hint = _RE2_REFUSALS[kind]
        return Refusal(code, message.format(detail=detail), hint)
    if search is None:  # no RE2 here: Python's engine, for patterns that cannot blow up
        problem = unsafe_pattern(pattern)
        if problem:
            return Refusal("R014", f"regular expression is too costly to run: {problem}",
                           "avoid nested or adjacent repeats such as (a+)+ or .*.*, and lookarounds; "
                           "use near() for words")
        search = re.compile(pattern, re.I).search
    return search


def _linear_search(pattern: str):
    """RE2's search for ``pattern`` (case-insensitive), None when RE2 is not installed, or
    (kind, message) when RE2 refuses the pattern."""
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency
        return None
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # RE2 would print its own message on stderr
    options.max_mem = 8 << 20
    try:
        return re2.compile(pattern, options).search
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        return _re2_reason(pattern, detail)


def _re2_reason(pattern: str, detail: str) -> tuple[str, str]:
    """(kind, RE2's message) for a pattern Python compiles and RE2 refuses."""
    if "too large" in detail or "repetition size" in detail:
        return "size", detail
    if re.search(r"\(\?<?[=!]", pattern):
        return "lookaround", detail
    if re.search(r"\\[1-9]|\(\?P=", pattern):
        return "backref", detail
    return "other", detail


_RE2_HINT = ("matches() runs in linear time (RE2): no lookarounds (?=…) (?!…) or back-references \\1; "
             "select the rest with 'and not matches(…)' or near()")
#: Why RE2 refused a pattern -> (code, message, hint).
_RE2_REFUSALS = {
    "size": ("R014", "regular expression is too costly to run: {detail}",
             "use fewer or smaller repeats (RE2 allows a repeat count up to 1000 in all)"),
    "lookaround": ("R013", "regular expression uses a lookaround, which matches() does not support", _RE2_HINT),
    "backref": ("R013", "regular expression uses a back-reference, which matches() does not support", _RE2_HINT),
    "other": ("R013", "regular expression is not supported by matches() ({detail})", _RE2_HINT),
}


class MatchBudgetExceeded(RuleError):
    """A matches() pattern used up its time budget (MATCH_BUDGET seconds over one run)."""


def budgeted(search, rule_id: str, span: Span | None) -> Callable[[object], bool]:
    """The rule predicate: ``search`` on the claim's sentence (cut to MATCH_TEXT_LIMIT), stopping
    the run with R017 once it has spent MATCH_BUDGET seconds in all."""
    spent = [0.0]

    def predicate(item) -> bool:
        start = time.perf_counter()
        found = search((item.get("sentence_text") or "")[:MATCH_TEXT_LIMIT]) is not None
        spent[0] += time.perf_counter() - start
        if spent[0] > MATCH_BUDGET:
            raise MatchBudgetExceeded(f"rule {rule_id}: matches() used up its {MATCH_BUDGET:g} s budget", [Diagnostic(
                severity="error", code="R017", path=span.path if span else None, line=span.line if span else None,
                col=span.col if span else None,
                message=f"rule '{rule_id}': matches() ran for over {MATCH_BUDGET:g} s; the run was stopped",
                hint="simplify the pattern, or select claims with near() first: 'near(\"word\") and matches(…)'")])
        return found

    return predicate


# -- the static check, for Python's engine ------------------------------------------------------
def unsafe_pattern(pattern: str) -> str | None:
    """A description of the construct that makes ``pattern`` prone to catastrophic
    backtracking in Python's engine, or None: a repeated group that itself repeats or
    alternates, two unbounded repeats in a row that can match the same characters (``.*.*``,
    ``a*a*``), and lookarounds or back-references (which hide either)."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # compile errors are reported elsewhere
        return None
    return _scan(parsed, inside_repeat=False)


def _scan(items, inside_repeat: bool) -> str | None:
    loose: list = []  # unbounded repeats since the last item that must match something else
    for op, arg in items:
        if op in (ASSERT, ASSERT_NOT):
            return "a lookaround"
        if op in (GROUPREF, GROUPREF_EXISTS):
            return "a back-reference"
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, high, sub = arg
            unbounded = high > 1
            if inside_repeat and unbounded:
                return "a repeated group contains another repetition"
            found = _scan(sub, inside_repeat or unbounded)
            if found:
                return found
            chars = _first_chars(sub)
            if high == sre_parse.MAXREPEAT:
                if any(_overlap(chars, other) for other in loose):
                    return "two repeats in a row can match the same text"
                # A repeat that must match once separates the ones before it from the next.
                loose = [chars] if low > 0 else loose + [chars]
            elif low > 0 and not any(_overlap(chars, other) for other in loose):
                loose = []
            continue
        if op is SUBPATTERN:
            found = _scan(arg[-1], inside_repeat)
            if found:
                return found
        elif op is BRANCH:
            if inside_repeat and len(arg[1]) > 1:
                return "a repeated group contains alternatives"
            for branch in arg[1]:
                found = _scan(branch, inside_repeat)
                if found:
                    return found
        chars = _first_chars([(op, arg)])
        if chars is not None and not any(_overlap(chars, other) for other in loose):
            loose = []  # a character none of the repeats can take separates them
    return None


def _first_chars(items) -> frozenset[int] | None:
    """The characters the items' first element matches, None for "could be any"."""
    for op, arg in items:
        if op is LITERAL:
            return frozenset({arg, ord(chr(arg).lower()), ord(chr(arg).upper())})
        if op is IN and not any(o is NEGATE for o, _ in arg):
            out: set[int] = set()
            for o, a in arg:
                if o is LITERAL:
                    out |= {a, ord(chr(a).lower()), ord(chr(a).upper())}
                elif o is RANGE and a[1] - a[0] < 4096:
                    out |= {c for lo in range(a[0], a[1] + 1) for c in (lo, ord(chr(lo).lower()), ord(chr(lo).upper()))}
                elif o is CATEGORY:
                    out |= _category(str(a))
                else:
                    return None
            return frozenset(out)
        return None
    return None


@cache
def _category(name: str) -> frozenset[int]:
    """The characters (up to U+2FFF) of a class such as \\d or \\w, by name (CATEGORY_DIGIT)."""
    import re

    escape = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
              "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}.get(name)
    if escape is None:
        return frozenset(range(0x3000))
    class_ = re.compile(escape)
    return frozenset(c for c in range(0x3000) if class_.match(chr(c)))


def _overlap(a: frozenset[int] | None, b: frozenset[int] | None) -> bool:
    return a is None or b is None or bool(a & b)

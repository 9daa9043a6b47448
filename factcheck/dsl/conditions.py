"""Static analysis of rule conditions and user patterns: conditions that can never hold, and
regular expressions that could backtrack catastrophically."""

from __future__ import annotations

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import BRANCH, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older layouts
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import BRANCH, MAX_REPEAT, MIN_REPEAT, SUBPATTERN  # type: ignore[no-redef]

from . import ast

#: Fields only quantities have, and fields only dates have.
_QUANTITY_ONLY = frozenset({"dimension", "unit", "base"})
_TIME_ONLY = frozenset({"grain"})


def never_selects(node) -> str | None:
    """Why a condition can never be true, or None. Looks at the conjuncts of a top-level
    ``and``: one field required to equal two values, a field both required and negated, and
    fields that the required kind of claim never has."""
    conjuncts = node.operands if isinstance(node, ast.And) else (node,)
    equal: dict[str, str] = {}
    present: set[str] = set()
    absent: set[str] = set()
    for c in conjuncts:
        if isinstance(c, ast.Compare) and isinstance(c.left, ast.Name):
            present.add(c.left.name)
            if c.op == "=" and isinstance(c.right, (ast.Name, ast.Str)):
                value = c.right.name if isinstance(c.right, ast.Name) else c.right.value
                field = c.left.name
                if field in equal and equal[field] != value:
                    return f"{field} cannot be both {equal[field]} and {value}"
                equal[field] = value
        elif isinstance(c, ast.Name):
            present.add(c.name)
        elif isinstance(c, ast.Not) and isinstance(c.operand, ast.Name):
            absent.add(c.operand.name)
    both = present & absent
    if both:
        name = sorted(both)[0]
        return f"'{name}' is required and excluded at once"
    kind = equal.get("kind")
    if kind in ("time", "duration", "order"):
        used = sorted(present & _QUANTITY_ONLY)
        if used:
            return f"a {kind} claim has no {used[0]}"
    if kind == "quantity":
        used = sorted(present & _TIME_ONLY)
        if used:
            return f"a quantity has no {used[0]}"
    return None


def unsafe_pattern(pattern: str) -> str | None:
    """A description of the construct that makes ``pattern`` prone to catastrophic
    backtracking (a repeated group that itself repeats or alternates), or None."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # compile errors are reported elsewhere
        return None
    return _scan(parsed, inside_repeat=False)


def _scan(items, inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in (MAX_REPEAT, MIN_REPEAT):
            low, high, sub = arg
            unbounded = high > 1
            if inside_repeat and unbounded:
                return "a repeated group contains another repetition"
            found = _scan(sub, inside_repeat or unbounded)
            if found:
                return found
        elif op is SUBPATTERN:
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
    return None

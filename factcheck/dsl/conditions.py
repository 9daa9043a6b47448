"""Static analysis of rule conditions and user patterns: conditions that can never hold, the
fields a condition requires, and regular expressions that could backtrack catastrophically
(checked only where RE2, which cannot, is not installed)."""

from __future__ import annotations

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import (ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS,  # type: ignore[import-not-found]
                               IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SUBPATTERN)
except ImportError:  # pragma: no cover - older layouts
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS,  # type: ignore[no-redef]
                               IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SUBPATTERN)

from functools import cache

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


def required_fields(node) -> set[str]:
    """Claim fields that every claim the condition selects has a value for: a bare field, a
    field compared with '=' or 'in', through 'and' (any side) and 'or' (every side)."""
    if isinstance(node, ast.And):
        return set().union(*(required_fields(n) for n in node.operands))
    if isinstance(node, ast.Or):
        sides = [required_fields(n) for n in node.operands]
        return set.intersection(*sides) if sides else set()
    if isinstance(node, ast.Name):
        return {node.name}
    if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.op in ("=", "in"):
        return {node.left.name}
    return set()


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

"""Static analysis of rule conditions: conditions that can never hold, and the fields a
condition requires."""

from __future__ import annotations

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

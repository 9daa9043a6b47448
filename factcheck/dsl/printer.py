"""The pretty-printer behind `factcheck fmt`: one canonical layout for rule files.

Printing then parsing gives the same AST (tested on every shipped pack). Comments are kept
where they stand between items and fields: the printer re-emits the comment lines that precede
each item or field in the original text."""

from __future__ import annotations

from . import ast

INDENT = "  "
#: Alternatives longer than this are broken onto continuation lines starting with "|".
WIDTH = 96


def format_pack(pack: ast.PackFile, source: str = "") -> str:
    out: list[str] = []
    for i, item in enumerate(pack.items):
        comments = _comments_before(source, item.span.start if item.span else None,
                                    pack.items[i - 1].span.end if i and pack.items[i - 1].span else 0)
        if out:
            out.append("")
        out.extend(comments)
        out.extend(_item(item, source))
    trailing = _comments_before(source, len(source), pack.items[-1].span.end if pack.items and pack.items[-1].span else 0)
    if trailing:
        out.append("")
        out.extend(trailing)
    return "\n".join(out) + "\n"


def _comments_before(source: str, start: int | None, after: int) -> list[str]:
    """Comment lines in ``source[after:start]``, stripped of indentation; a blank line that
    separates comments (or ends a comment block before the item) is kept, once."""
    if not source or start is None:
        return []
    lines: list[str] = []
    for line in source[after:start].splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            lines.append(stripped)
        elif not stripped and lines and lines[-1] != "":
            lines.append("")
    if lines and lines[-1] == "" and not source[after:start].rstrip(" \t").endswith("\n\n"):
        lines.pop()
    return lines


def _item(item: ast.Item, source: str) -> list[str]:
    if isinstance(item, ast.AliasDef):
        return _definition("alias", item.name, item.options)
    if isinstance(item, ast.EventDef):
        return _definition("event", item.name, item.options)
    lines = [f"{item.kind} {item.name} {{"]
    prev_end = item.name_span.end if item.name_span else (item.span.start if item.span else 0)
    for f in item.fields:
        lines.extend(INDENT + c for c in _comments_before(source, f.span.start if f.span else None, prev_end))
        lines.extend(_field(f))
        prev_end = f.span.end if f.span else prev_end
    end = item.span.end if item.span else None
    lines.extend(INDENT + c for c in _comments_before(source, end, prev_end))
    lines.append("}")
    return lines


def _definition(keyword: str, name: str, options: ast.Alternatives) -> list[str]:
    return _wrap(f"{keyword} {name} = ", [expr(o) for o in options.options], "")


def _field(f: ast.Field) -> list[str]:
    if len(f.values) == 1 and isinstance(f.values[0], ast.Alternatives):
        return _wrap(f"{INDENT}{f.name}: ", [expr(o) for o in f.values[0].options], INDENT)
    if len(f.values) == 1 and isinstance(f.values[0], ast.Str) and f.values[0].long:
        body = f.values[0].value.splitlines() or [""]
        return [f'{INDENT}{f.name}: """'] + [(INDENT * 2 + line).rstrip() for line in body] + [f'{INDENT}"""']
    line = f"{INDENT}{f.name}: " + ", ".join(expr(v) for v in f.values)
    if len(line) > WIDTH and len(f.values) == 1 and isinstance(f.values[0], (ast.And, ast.Or)):
        # A long condition breaks before each 'and' (or 'or'), continued under the value.
        node = f.values[0]
        word, strength = ("and", 3) if isinstance(node, ast.And) else ("or", 2)
        parts = [expr(o, strength) for o in node.operands]
        pad = INDENT + " " * (len(f.name) + 2)
        lines = [f"{INDENT}{f.name}: {parts[0]}"]
        for part in parts[1:]:
            if len(lines[-1]) + len(word) + 2 + len(part) <= WIDTH:
                lines[-1] += f" {word} {part}"
            else:
                lines.append(f"{pad}{word} {part}")
        return lines
    return [line]


def _wrap(prefix: str, options: list[str], indent: str) -> list[str]:
    one_line = prefix + " | ".join(options)
    if len(one_line) <= WIDTH:
        return [one_line]
    lines = [prefix + options[0]]
    pad = indent + " " * (len(prefix) - len(indent) - 2)
    for opt in options[1:]:
        if len(lines[-1]) + 3 + len(opt) <= WIDTH:
            lines[-1] += " | " + opt
        else:
            lines.append(f"{pad}| {opt}")
    return lines


def _string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def expr(node, parent: int = 0) -> str:
    """Source text of an expression; ``parent`` is the binding strength of the context, so
    that parentheses are printed only where they are needed."""
    if isinstance(node, ast.Name):
        return node.name
    if isinstance(node, ast.Dotted):
        return node.name
    if isinstance(node, ast.Str):
        if node.long:
            return '"""' + node.value.replace('"""', '\\"""') + '"""'
        return _string(node.value)
    if isinstance(node, ast.Quantity):
        if node.unit == "percent":
            return f"{_number(node.value)}%"
        return _number(node.value) + (f" {node.unit}" if node.unit else "")
    if isinstance(node, ast.Date):
        return node.value
    if isinstance(node, ast.Phrase):
        return " ".join(expr(i, 5) for i in node.items)
    if isinstance(node, ast.Call):
        return f"{node.func}(" + ", ".join(expr(a) for a in node.args) + ")"
    if isinstance(node, ast.ListExpr):
        return "[" + ", ".join(expr(i) for i in node.items) + "]"
    if isinstance(node, ast.Alternatives):
        return _paren(" | ".join(expr(o, 1) for o in node.options), parent > 0)
    if isinstance(node, ast.Or):
        return _paren(" or ".join(expr(o, 2) for o in node.operands), parent > 1)
    if isinstance(node, ast.And):
        return _paren(" and ".join(expr(o, 3) for o in node.operands), parent > 2)
    if isinstance(node, ast.Not):
        return _paren("not " + expr(node.operand, 3), parent > 3)
    if isinstance(node, ast.Compare):
        return _paren(f"{expr(node.left, 5)} {node.op} {expr(node.right, 5)}", parent > 4)
    raise TypeError(f"cannot print {type(node).__name__}")


def _paren(text: str, needed: bool) -> str:
    return f"({text})" if needed else text

"""Lark parse trees into the frozen AST of :mod:`.ast`, with a Span for every node. Imported only
when a rule file is actually parsed (not when its AST comes from the cache)."""

from __future__ import annotations

from lark import Transformer, v_args

from ..models import Diagnostic, Span
from ..textpos import LineIndex
from . import ast


class LiteralError(Exception):
    """A string literal with an unknown escape: carries its R001 diagnostic out of the transformer."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def _span(path: str, lines: LineIndex, meta_or_token) -> Span | None:
    start = getattr(meta_or_token, "start_pos", None)
    end = getattr(meta_or_token, "end_pos", None)
    if start is None or end is None:
        return None
    line, col = lines.position(start)
    end_line, end_col = lines.position(end)
    return Span(path=path, line=line, col=col, end_line=end_line, end_col=end_col, start=start, end=end)


@v_args(meta=True)
class ToAst(Transformer):
    def __init__(self, path: str, lines: LineIndex) -> None:
        super().__init__()
        self.path = path
        self.lines = lines

    def _s(self, meta_or_token) -> Span | None:
        return _span(self.path, self.lines, meta_or_token)

    def start(self, meta, items):
        return items

    def alias_def(self, meta, children):
        name, options = children
        return ast.AliasDef(str(name), _as_alternatives(options), span=self._s(meta))

    def event_def(self, meta, children):
        name, options = children
        return ast.EventDef(str(name), _as_alternatives(options), span=self._s(meta))

    def block(self, meta, children):
        kind, head, *fields = children
        return ast.Block(str(kind), str(head), tuple(fields), span=self._s(meta), name_span=self._s(head))

    def field(self, meta, children):
        name, values = children
        return ast.Field(str(name), tuple(values), span=self._s(meta), name_span=self._s(name))

    def values(self, meta, children):
        return children

    def alternatives(self, meta, children):
        if len(children) == 1:
            return children[0]
        return ast.Alternatives(tuple(children), span=self._s(meta))

    def or_expr(self, meta, children):
        return ast.Or(tuple(children), span=self._s(meta))

    def and_expr(self, meta, children):
        return ast.And(tuple(children), span=self._s(meta))

    def not_(self, meta, children):
        return ast.Not(children[0], span=self._s(meta))

    def comparison(self, meta, children):
        left, op, right = children
        return ast.Compare(str(op), left, right, span=self._s(meta))

    def list_(self, meta, children):
        return ast.ListExpr(tuple(c for c in children if c is not None), span=self._s(meta))

    def phrase(self, meta, children):
        if len(children) == 1:
            return children[0]
        return ast.Phrase(tuple(children), span=self._s(meta))

    def call(self, meta, children):
        func, *args = children
        return ast.Call(str(func), tuple(a for a in args if a is not None), span=self._s(meta))

    def name(self, meta, children):
        return ast.Name(str(children[0]), span=self._s(children[0]))

    def dotted(self, meta, children):
        return ast.Dotted(tuple(str(children[0]).split(".")), span=self._s(children[0]))

    def string(self, meta, children):
        tok = children[0]
        raw = str(tok)
        long = raw.startswith('"""')
        try:
            value = _dedent(_unescape(raw[3:-3])) if long else _unescape(raw[1:-1])
        except ValueError as exc:
            span = self._s(tok)
            raise LiteralError(Diagnostic(
                severity="error", code="R001", path=self.path, line=span.line, col=span.col,
                message=f"syntax error: {exc}",
                hint='write \\" for a quote, \\\\ for a backslash, \\n for a new line',
                source_line=self.lines.line_text(span.line), end_col=span.col + 1)) from None
        return ast.Str(value, long=long, span=self._s(tok))

    def quantity(self, meta, children):
        tok = children[0]
        raw = str(tok)
        num = raw.rstrip("%").rstrip()
        unit: str | None = None
        if raw.endswith("%"):
            unit = "percent"
        else:
            i = len(raw)
            while i > 0 and not (raw[i - 1].isdigit()):
                i -= 1
            num, unit = raw[:i], raw[i:].strip() or None
        return ast.Quantity(float(num), unit, span=self._s(tok))

    def date(self, meta, children):
        return ast.Date(str(children[0]), span=self._s(children[0]))


def _as_alternatives(node) -> ast.Alternatives:
    return node if isinstance(node, ast.Alternatives) else ast.Alternatives((node,), span=getattr(node, "span", None))


_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def _unescape(body: str) -> str:
    """The value of a string literal: only \\", \\\\, \\n and \\t are escapes."""
    if "\\" not in body:
        return body
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1:i + 2]
            if nxt not in _ESCAPES:
                raise ValueError(f"unknown escape '\\{nxt}' in string")
            out.append(_ESCAPES[nxt])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _dedent(body: str) -> str:
    import textwrap

    return textwrap.dedent(body.strip("\n")).strip()

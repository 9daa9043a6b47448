"""Parsing rule files: Lark (LALR, grammar.lark) into the frozen AST of :mod:`.ast`.

Syntax errors become R001 diagnostics with the position, the source line, a caret and what
was expected there."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import hashlib
import pickle
from typing import TYPE_CHECKING

from ..models import Diagnostic
from ..textpos import LineIndex
from . import ast

if TYPE_CHECKING:  # pragma: no cover
    from lark import Lark
    from lark.exceptions import UnexpectedInput

#: Rule files larger than this are refused (a pack is text an editor maintains).
MAX_RULE_FILE_BYTES = 2 * 1024 * 1024

#: Conditions, lists and calls nested deeper than this are refused (R016): real conditions nest
#: a few levels, and every stage after the parser (checking, printing, evaluating) recurses.
MAX_DEPTH = 48

#: How a terminal is named in a hint; a terminal missing here is never shown by its internal name.
_TOKEN_NAMES = {
    "NAME": "a name", "DOTTED": "a dotted name", "STRING": "a string", "LONG_STRING": "a string",
    "QUANTITY": "a number", "DATE": "a date", "COMP": "'=', '!=' or 'in'", "_NL": "a line break",
    "LBRACE": "'{'", "RBRACE": "'}'", "COLON": "':'", "COMMA": "','", "LPAR": "'('",
    "RPAR": "')'", "LSQB": "'['", "RSQB": "']'", "EQUAL": "'='", "_BAR": "'|'",
    "BLOCK_KIND": "rule, measure or fact", "_ALIAS": "alias", "_EVENT": "event",
    "_AND": "and", "_OR": "or", "_NOT": "not", "$END": "end of file",
}


@cache
def _parser() -> Lark:
    """The rule grammar's parser. Building the LALR tables takes ten times longer than reading
    them back, so Lark keeps them in a per-user cache file (checked against the grammar's
    hash on every load; a stale or damaged file is rebuilt). FACTCHECK_NO_CACHE=1 turns the
    cache off."""
    import lark
    from lark import Lark

    options = {"parser": "lalr", "propagate_positions": True, "maybe_placeholders": False}
    folder = cache_folder()
    if folder is not None:
        try:
            return Lark.open_from_package("factcheck", "grammar.lark", ("dsl",),
                                          cache=str(folder / f"grammar-lark{lark.__version__}.cache"), **options)
        except Exception:  # noqa: BLE001 - an unusable cache must never stop a run
            pass
    return Lark.open_from_package("factcheck", "grammar.lark", ("dsl",), **options)


def cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/factcheck`` (``~/.cache/factcheck``), created private to the user; None
    when caching is off or the folder could be written by someone else (a cache file is
    unpickled, so only the user's own folder is trusted)."""
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "factcheck"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if sys.platform != "win32" and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None
    return folder


def parse(text: str, path: str = "<rules>") -> tuple[ast.PackFile | None, list[Diagnostic]]:
    """Parse one rule file. Returns the AST (None on a syntax error) and its diagnostics.

    A file that parsed before, unchanged, comes back from the per-user cache (see
    :func:`cache_folder`) without importing Lark at all."""
    if len(text) > MAX_RULE_FILE_BYTES:
        return None, [Diagnostic(severity="error", code="R010", path=path, line=1, col=1,
                                 message=f"rule file is {len(text) // 1024} KiB, over the "
                                 f"{MAX_RULE_FILE_BYTES // 1024} KiB limit",
                                 hint="split the pack into several files")]
    cached = _cached_ast(text, path)
    if cached is not None:
        return cached, []
    pack, diagnostics = _parse(text, path)
    if pack is not None:
        _store_ast(text, path, pack)
    return pack, diagnostics


def _parse(text: str, path: str) -> tuple[ast.PackFile | None, list[Diagnostic]]:
    from lark.exceptions import UnexpectedInput, VisitError

    from .tree import LiteralError, ToAst

    lines = LineIndex(text)
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        return None, [_syntax_diagnostic(exc, text, path, lines)]
    too_deep = _too_deep(tree)
    if too_deep is not None:
        depth, where = too_deep
        line, col = lines.position(where)
        return None, [Diagnostic(
            severity="error", code="R016", path=path, line=line, col=col, end_col=col + 1,
            source_line=lines.line_text(line),
            message=f"condition nested too deeply (more than {MAX_DEPTH} levels of not, and/or, "
                    f"brackets, lists or calls)",
            hint="write it flatter: 'not not x' is x, and 'a and (b and c)' is 'a and b and c'")]
    try:
        items = ToAst(path, lines).transform(tree)
    except VisitError as exc:
        orig = exc.orig_exc
        if isinstance(orig, LiteralError):
            return None, [orig.diagnostic]
        raise
    return ast.PackFile(path=path, items=tuple(items)), []


#: Parsed files kept in the cache before the oldest are removed.
AST_CACHE_FILES = 512


def _ast_key(text: str, path: str) -> str:
    grammar = _grammar_digest()
    return hashlib.sha256("\x1f".join((grammar, path, text)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


@cache
def _grammar_digest() -> str:
    """Changes whenever the grammar or this package's AST code does: a cached AST from another
    version is never used."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ("grammar.lark", "tree.py", "ast.py", "parser.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            return ""
    return h.hexdigest()


def _ast_file(text: str, path: str) -> Path | None:
    folder = cache_folder()
    if folder is None or not _grammar_digest():
        return None
    return folder / "ast" / f"{_ast_key(text, path)}.pickle"


def _cached_ast(text: str, path: str) -> ast.PackFile | None:
    file = _ast_file(text, path)
    if file is None:
        return None
    try:
        with file.open("rb") as fh:
            pack = pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, damaged or from another version: parse again
        return None
    return pack if isinstance(pack, ast.PackFile) and pack.path == path else None


def _store_ast(text: str, path: str, pack: ast.PackFile) -> None:
    file = _ast_file(text, path)
    if file is None:
        return
    try:
        file.parent.mkdir(mode=0o700, exist_ok=True)
        tmp = file.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(pack, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, file)  # readers never see half a file
        entries = sorted(file.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-AST_CACHE_FILES]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def _too_deep(tree) -> tuple[int, int] | None:
    """(depth, offset) of the first node nested deeper than MAX_DEPTH, found without recursion
    (the transformer that builds the AST recurses once per level)."""
    from lark import Tree

    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            meta = node.meta
            return depth, getattr(meta, "start_pos", 0) if not meta.empty else 0
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))
    return None


def _syntax_diagnostic(exc: UnexpectedInput, text: str, path: str, lines: LineIndex) -> Diagnostic:
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    line, col = getattr(exc, "line", 1) or 1, getattr(exc, "column", 1) or 1
    if isinstance(exc, UnexpectedEOF) or line < 1:
        line, col = lines.position(len(text))
    source_line = lines.line_text(line)
    if isinstance(exc, UnexpectedToken):
        got = exc.token
        got_desc = "end of file" if got.type == "$END" else f"'{got.value.strip() or _TOKEN_NAMES.get(got.type, 'line break')}'"
        expected = sorted({_TOKEN_NAMES[t] for t in exc.expected if t in _TOKEN_NAMES})
        message = f"unexpected {got_desc}"
        hint = f"expected {_join(expected)}" if expected else None
        if got.type == "STRING" and '"' in got.value and got.value.count('"') == 1:
            hint = "close the string with a double quote"
        elif got.type in ("STRING", "LONG_STRING") and _after_block_kind(text, got.start_pos):
            message = "a quoted name after rule, measure or fact"
            hint = "write the name without quotes: rule pack.name {"
        elif got.type != "$END" and _operator_at(text, got.start_pos):
            message, hint = _operator_message(text, got.start_pos)
        width = max(1, len(str(got.value).splitlines()[0]) if str(got.value) else 1)
    elif isinstance(exc, UnexpectedCharacters):
        ch = text[exc.pos_in_stream] if exc.pos_in_stream < len(text) else ""
        message = f"unexpected character {ch!r}"
        hint = "strings are written in double quotes" if ch in "'\u201c\u201d" else None
        if ch == '"':
            message, hint = "unclosed string", "close the string with a double quote on the same line"
        elif _operator_at(text, exc.pos_in_stream):
            message, hint = _operator_message(text, exc.pos_in_stream)
        width = 1
    else:
        message, hint, width = "unexpected end of file", "a block is not closed with '}'", 1
    return Diagnostic(severity="error", code="R001", message=f"syntax error: {message}", path=path,
                      line=line, col=col, hint=hint, source_line=source_line, end_col=col + width)


_OPERATORS = ("==", "<=", ">=", "<", ">", "~")


def _operator_at(text: str, pos: int) -> str | None:
    """The comparison operator the language does not have that starts at (or just before) pos."""
    for start in (pos, pos - 1):
        for op in _OPERATORS:
            if start >= 0 and text.startswith(op, start):
                return op
    return None


def _operator_message(text: str, pos: int) -> tuple[str, str]:
    op = _operator_at(text, pos)
    return (f"unsupported operator '{op}'",
            "conditions compare with = (one sign), != or in [..]; figures are compared by 'expect'")


def _after_block_kind(text: str, pos: int) -> bool:
    import re

    return re.search(r"(?:^|\n)[\t ]*(?:rule|measure|fact)[\t ]+$", text[max(0, pos - 40):pos]) is not None


def _join(words: list[str]) -> str:
    if len(words) > 6:
        words = words[:6] + ["…"]
    return ", ".join(words[:-1]) + (" or " if len(words) > 1 else "") + words[-1]



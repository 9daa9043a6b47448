"""The rule language's syntax tree: small frozen dataclasses, each with the Span it came from.

Equality ignores spans, so a pack printed and parsed again compares equal to the original."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Span


def _pos() -> Span | None:
    return field(default=None, compare=False, repr=False)  # type: ignore[return-value]


@dataclass(frozen=True)
class Name:
    name: str
    span: Span | None = _pos()


@dataclass(frozen=True)
class Dotted:
    parts: tuple[str, ...]
    span: Span | None = _pos()

    @property
    def name(self) -> str:
        return ".".join(self.parts)


@dataclass(frozen=True)
class Str:
    value: str
    long: bool = field(default=False, compare=False)
    span: Span | None = _pos()


@dataclass(frozen=True)
class Quantity:
    """A number with an optional unit: ``5%``, ``10 km``, ``500 troops``."""

    value: float
    unit: str | None
    span: Span | None = _pos()


@dataclass(frozen=True)
class Date:
    value: str
    span: Span | None = _pos()


@dataclass(frozen=True)
class Phrase:
    """Words side by side: ``pairs across sources``, ``overlap within 5%``."""

    items: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class ListExpr:
    items: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class Alternatives:
    """``"U.S." | "US" | us_alias``: any of the options."""

    options: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class Not:
    operand: Expr
    span: Span | None = _pos()


@dataclass(frozen=True)
class And:
    operands: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class Or:
    operands: tuple[Expr, ...]
    span: Span | None = _pos()


@dataclass(frozen=True)
class Compare:
    op: str
    left: Expr
    right: Expr
    span: Span | None = _pos()


Expr = Name | Dotted | Str | Quantity | Date | Phrase | Call | ListExpr | Alternatives | Not | And | Or | Compare


@dataclass(frozen=True)
class Field:
    name: str
    values: tuple[Expr, ...]
    span: Span | None = _pos()
    name_span: Span | None = _pos()


@dataclass(frozen=True)
class AliasDef:
    name: str
    options: Alternatives
    span: Span | None = _pos()


@dataclass(frozen=True)
class EventDef:
    name: str
    options: Alternatives
    span: Span | None = _pos()


@dataclass(frozen=True)
class Block:
    """``rule ID { … }``, ``measure NAME { … }``, ``fact NAME { … }``, ``test "…" { … }``."""

    kind: str
    name: str
    fields: tuple[Field, ...]
    span: Span | None = _pos()
    name_span: Span | None = _pos()

    def get(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


Item = AliasDef | EventDef | Block


@dataclass(frozen=True)
class PackFile:
    path: str
    items: tuple[Item, ...]

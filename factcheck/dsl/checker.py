"""Static checking and compilation of rule packs: AST in, :class:`RuleSet` out.

Every problem in every file is collected, located and coded (see docs/rules-language.md for
the codes); nothing stops at the first error. Each block kind and each rule field is handled
by one entry of a dispatch table, and unknown names get a "did you mean"."""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable

from ..models import Diagnostic, Span
from ..textpos import LineIndex
from ..units import DIMENSION_NAMES, dimension
from . import ast
from .conditions import never_selects, required_fields
from .patterns import Refusal, budgeted, compile_pattern
from .facts import fact_from_block, facts_from_csv, unit_name
from .rules import (BOOLEAN_FIELDS, CLAIM_FIELDS, ENUMS, Expectation, Fact, Lexicon, Measure, Predicate,
                    Rule, RuleSet, Tolerance)

SEVERITIES = ("error", "warning", "info")
COMPARE_MODES = {"pairs across sources": "across_sources", "pairs within document": "in_document",
                 "claims against facts": "against_facts", "each claim": "each"}
EXPECTATIONS = {"overlap": "overlap", "equal": "equal", "same date": "same_date",
                "same order": "same_order", "nondecreasing": "nondecreasing",
                "same time": "same_time", "same duration": "same_duration",
                "weekday matches date": "weekday_matches"}
#: Widest padding a message template may ask for ("{a.text:>40}").
MAX_FORMAT_WIDTH = 100
#: Claim fields a message prints empty when the claim has none, unless 'select' requires them.
_OPTIONAL_TEMPLATE_FIELDS = frozenset({"measure", "subject", "speaker", "event", "period"})
_TEMPLATE_FIELDS = frozenset({"value", "text", "source", "measure", "subject", "speaker", "unit",
                              "published", "doc", "path", "line", "event", "modality", "period", "quote"})
_TEMPLATE_TOP = frozenset({"difference", "tolerance", "rule", "title"})
_TEMPLATE_FACT = frozenset({"name", "value", "source", "as_of"})
_RULE_ID = re.compile(r"^[a-z][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")


class Checker:
    """Collects definitions and rules from parsed files, then compiles them."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources  # path -> text, for source lines in diagnostics
        self._lines: dict[str, LineIndex] = {}
        self.diagnostics: list[Diagnostic] = []
        self.aliases: dict[str, ast.AliasDef] = {}
        self.events: dict[str, ast.EventDef] = {}
        self.measure_blocks: dict[str, ast.Block] = {}
        self.fact_blocks: list[ast.Block] = []
        self.csv_facts: list[Fact] = []
        self.rule_blocks: list[ast.Block] = []

    # -- diagnostics ---------------------------------------------------------------------
    def error(self, code: str, message: str, span: Span | None, hint: str | None = None,
              severity: str = "error") -> None:
        source_line = None
        if span is not None and span.path in self.sources:
            index = self._lines.setdefault(span.path, LineIndex(self.sources[span.path]))
            source_line = index.line_text(span.line)
        end_col = span.end_col if span is not None and span.end_line == span.line else None
        self.diagnostics.append(Diagnostic(
            severity=severity, code=code, message=message,
            path=span.path if span else None, line=span.line if span else None,
            col=span.col if span else None, hint=hint, source_line=source_line, end_col=end_col))

    # -- collection ----------------------------------------------------------------------
    def add(self, pack: ast.PackFile) -> None:
        for item in pack.items:
            if isinstance(item, ast.AliasDef):
                self._define(self.aliases, item.name, item, "alias")
            elif isinstance(item, ast.EventDef):
                self._define(self.events, item.name, item, "event")
            elif item.kind == "measure":
                self._define(self.measure_blocks, item.name, item, "measure")
            elif item.kind == "rule":
                self.rule_blocks.append(item)
            elif item.kind == "fact":
                self.fact_blocks.append(item)

    def add_facts_csv(self, text: str, path: str) -> None:
        self.csv_facts.extend(facts_from_csv(text, path, self._report))

    def _report(self, code: str, message: str, span: Span | None, hint: str | None) -> None:
        self.error(code, message, span, hint)

    def _define(self, table: dict, name: str, item, what: str) -> None:
        if name in table:
            first = table[name].span
            self.error("R005", f"{what} '{name}' is defined twice", item.span,
                       hint=f"first defined at {first}" if first else None)
            return
        table[name] = item

    # -- compilation ---------------------------------------------------------------------
    def compile(self) -> RuleSet:
        aliases = {name: Lexicon(name, self._phrases(d.options, set()), d.span) for name, d in sorted(self.aliases.items())}
        events = {name: Lexicon(name, self._phrases(d.options, set()), d.span) for name, d in sorted(self.events.items())}
        measures = {name: self._measure(b) for name, b in sorted(self.measure_blocks.items())}
        facts: dict[str, Fact] = {}
        compiled = [fact_from_block(b, lambda m: m, self._report) for b in self.fact_blocks]
        for fact in [f for f in compiled if f is not None] + self.csv_facts:
            if fact.name in facts:
                self.error("R005", f"fact '{fact.name}' is defined twice", fact.span,
                           hint=f"first defined at {facts[fact.name].span}")
                continue
            facts[fact.name] = fact
        self.facts = facts
        rules: dict[str, Rule] = {}
        for block in self.rule_blocks:
            rule = _RuleCompiler(self, block, measures).compile()
            if rule is None:
                continue
            if rule.id in rules:
                self.error("R005", f"rule '{rule.id}' is defined twice", block.name_span,
                           hint=f"first defined at {rules[rule.id].span}")
                continue
            rules[rule.id] = rule
        self._unused_measures(measures, facts)
        self._empty_fact_fields(rules, facts)
        return RuleSet(rules=tuple(sorted(rules.values(), key=lambda r: r.id)), aliases=aliases,
                       measures=measures, events=events, facts=tuple(facts[k] for k in sorted(facts)),
                       files=tuple(sorted(self.sources)))

    def _unused_measures(self, measures: dict[str, Measure], facts: dict[str, Fact]) -> None:
        """R023: a measure no rule or fact refers to. A rule that keys on, requires or prints
        the field 'measure' uses every measure (they decide what a claim's measure is)."""
        named: set[str] = {f.measure for f in facts.values() if f.measure}
        for block in self.rule_blocks:
            for f in block.fields:
                if f.name == "message" and any(isinstance(v, ast.Str) and re.search(r"\{[ab]\.measure[}:!]", v.value)
                                               for v in f.values):
                    return
                if f.name not in ("select", "same"):
                    continue
                for node in _walk(f.values):
                    if isinstance(node, ast.Name) and node.name == "measure" and not _compared(node, f.values):
                        return
                    if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.name == "measure":
                        named.update(n.name for n in _walk((node.right,)) if isinstance(n, ast.Name))
        for name, measure in measures.items():
            if name not in named:
                self.error("R023", f"measure '{name}' is defined but no rule or fact uses it", measure.span,
                           severity="warning",
                           hint=f"select it ('measure = {name}'), key on measures ('same: measure'), or remove it")

    def _empty_fact_fields(self, rules: dict[str, Rule], facts: dict[str, Fact]) -> None:
        """R022 for facts: a rule prints {fact.source} or {fact.as_of} that a fact leaves empty."""
        for rule in rules.values():
            if rule.compare != "against_facts":
                continue
            for field in ("source", "as_of"):
                if re.search(rf"\{{fact\.{field}[}}:!]", rule.message):
                    for fact in facts.values():
                        if getattr(fact, field) is None:
                            self.error("R022", f"fact '{fact.name}' has no {field}: rule '{rule.id}' prints "
                                       f"'{{fact.{field}}}' empty", fact.span, severity="warning",
                                       hint=f"add '{field}: …' to the fact")

    def _phrases(self, options: ast.Alternatives, seen: set[str]) -> tuple[str, ...]:
        """The strings of an alternatives list, expanding references to other aliases."""
        out: list[str] = []
        for opt in options.options:
            if isinstance(opt, ast.Str):
                out.append(opt.value)
            elif isinstance(opt, ast.Name) and opt.name in self.aliases:
                if opt.name in seen:
                    self.error("R007", f"alias '{opt.name}' refers to itself", opt.span,
                               hint="an alias may use other aliases, but not in a circle")
                    continue
                out.extend(self._phrases(self.aliases[opt.name].options, seen | {opt.name}))
            elif isinstance(opt, ast.Name):
                self.error("R004", f"undefined alias '{opt.name}'", opt.span,
                           hint=_did_you_mean(opt.name, self.aliases) or "quote literal words: \"…\"")
            else:
                self.error("R003", "expected a quoted phrase or an alias name", getattr(opt, "span", None))
        return tuple(out)

    def _measure(self, block: ast.Block) -> Measure:
        dim = None
        words: tuple[str, ...] = ()
        for f in block.fields:
            if f.name == "dimension":
                value = _single_name(f)
                if value not in DIMENSION_NAMES:
                    self.error("R006", f"unknown dimension '{value}'", f.values[0].span if f.values else f.span,
                               hint=_did_you_mean(value or "", DIMENSION_NAMES) or f"one of: {', '.join(sorted(DIMENSION_NAMES))}")
                else:
                    dim = value
            elif f.name == "words":
                words = self._phrases(_as_alternatives(f.values), set())
            else:
                self.error("R002", f"unknown field '{f.name}' in measure", f.name_span,
                           hint=_did_you_mean(f.name, ("dimension", "words")))
        if not words:
            self.error("R008", f"measure '{block.name}' has no words", block.name_span,
                       hint='add: words: "first phrase" | "second phrase"')
        return Measure(block.name, dim, Lexicon(block.name, words, block.span), block.span)


class _RuleCompiler:
    def __init__(self, checker: Checker, block: ast.Block, measures: dict[str, Measure]) -> None:
        self.c = checker
        self.block = block
        self.measures = measures
        self.values: dict[str, object] = {}
        self.ok = True
        self.dimension: str | None = None

    def err(self, code: str, message: str, span: Span | None, hint: str | None = None) -> None:
        self.ok = False
        self.c.error(code, message, span, hint)

    def compile(self) -> Rule | None:
        block = self.block
        if not _RULE_ID.match(block.name):
            self.err("R009", f"rule id '{block.name}' is not of the form pack.rule", block.name_span,
                     hint="lower-case words joined by dots, e.g. quantities.cross-source")
        seen: dict[str, ast.Field] = {}
        for f in block.fields:
            handler = _RULE_FIELDS.get(f.name)
            if handler is None:
                self.err("R002", f"unknown field '{f.name}' in rule", f.name_span,
                         hint=_did_you_mean(f.name, _RULE_FIELDS) or f"fields: {', '.join(_RULE_FIELDS)}")
                continue
            if f.name in seen:
                self.err("R005", f"field '{f.name}' given twice", f.name_span)
                continue
            seen[f.name] = f
        for name in _REQUIRED:
            if name not in seen:
                self.err("R008", f"rule '{block.name}' has no '{name}'", block.name_span,
                         hint=f"add a line '{name}: …'")
        # select first, so that the dimension it fixes can check the tolerance's unit; distinct
        # after expect, which it depends on.
        for name in sorted(seen, key=lambda n: (n != "select", n == "distinct", n)):
            self.values[name] = _RULE_FIELDS[name](self, seen[name])
        if not self.ok:
            return None
        if "message" in seen:
            self.empty_fields(seen["message"])
        v = self.values
        return Rule(
            id=block.name, title=v["title"], severity=v["severity"], message=v["message"],
            compare=v.get("compare", "across_sources"), select=v.get("select", _always),
            select_text=v.get("select_text", "every claim"), keys=v.get("same", ()),
            expect=v["expect"], explanation=v.get("explain"), link=v.get("link"),
            tags=v.get("tags", ()), outside_main=v.get("outside_main", False), span=block.span,
            distinct=v.get("distinct"))

    # -- field handlers ------------------------------------------------------------------
    def f_string(self, f: ast.Field) -> str | None:
        if len(f.values) == 1 and isinstance(f.values[0], ast.Str):
            return f.values[0].value
        self.err("R003", f"'{f.name}' takes one quoted string", f.span)
        return None

    def f_severity(self, f: ast.Field) -> str | None:
        value = _single_name(f)
        if value not in SEVERITIES:
            self.err("R003", f"unknown severity '{value}'", f.values[0].span if f.values else f.span,
                     hint=_did_you_mean(value or "", SEVERITIES) or "one of: error, warning, info")
        return value

    def f_tags(self, f: ast.Field) -> tuple[str, ...]:
        out = []
        for v in f.values:
            if isinstance(v, (ast.Name, ast.Str)):
                out.append(v.name if isinstance(v, ast.Name) else v.value)
            else:
                self.err("R003", "tags are names or strings separated by commas", v.span)
        return tuple(out)

    def f_compare(self, f: ast.Field) -> str | None:
        words = _phrase_words(f.values[0]) if len(f.values) == 1 else None
        mode = COMPARE_MODES.get(" ".join(words)) if words else None
        if mode is None:
            self.err("R003", "unknown comparison", f.values[0].span if f.values else f.span,
                     hint="write 'compare: pairs across sources', 'pairs within document', 'claims against facts' or 'each claim'")
        return mode

    def f_same(self, f: ast.Field) -> tuple[str, ...]:
        keys = []
        for v in f.values:
            if isinstance(v, ast.Name) and v.name in CLAIM_FIELDS:
                keys.append(v.name)
            else:
                name = getattr(v, "name", "?")
                self.err("R002", f"unknown claim field '{name}'", v.span,
                         hint=_did_you_mean(str(name), CLAIM_FIELDS) or f"fields: {', '.join(CLAIM_FIELDS)}")
        return tuple(keys)

    def f_outside_main(self, f: ast.Field) -> bool:
        value = _single_name(f)
        if value not in ("true", "false"):
            self.err("R003", "'outside_main' is true or false", f.span)
        return value == "true"

    def f_distinct(self, f: ast.Field) -> float | None:
        """``distinct: over 2 times apart``: the ratio beyond which two values are two figures."""
        value = f.values[0] if len(f.values) == 1 else None
        items = value.items if isinstance(value, ast.Phrase) else ()
        words = [i.name if isinstance(i, ast.Name) else i for i in items]
        ratio = None
        if len(words) == 3 and words[0] == "over" and words[2] == "apart" and isinstance(words[1], ast.Quantity) \
                and (words[1].unit or "").lower() in ("times", "x"):
            ratio = words[1].value
        if ratio is None or not ratio > 1:
            self.err("R003", "'distinct' takes a ratio over 1: 'distinct: over 2 times apart'",
                     value.span if value is not None else f.span,
                     hint="values further apart than this ratio are two different figures, not one misreported")
            return None
        if self.values.get("expect") is not None and getattr(self.values["expect"], "kind", None) != "overlap":
            self.err("R003", "'distinct' applies to figures compared with 'expect: overlap'", f.span)
            return None
        return float(ratio)

    def f_message(self, f: ast.Field) -> str | None:
        text = self.f_string(f)
        if text is None:
            return None
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            self.err("R011", f"bad message template: {exc}", f.values[0].span, hint="write {a.value}; double a brace to print it: {{")
            return None
        for _, name, spec, _ in parsed:
            if name is None:
                continue
            head, _, tail = name.partition(".")
            if not ((head in ("a", "b") and tail in _TEMPLATE_FIELDS) or (not tail and head in _TEMPLATE_TOP)
                    or (head == "fact" and tail in _TEMPLATE_FACT)):
                self.err("R011", f"unknown template field '{{{name}}}'", f.values[0].span,
                         hint="use {a.FIELD} or {b.FIELD} with FIELD one of " + ", ".join(sorted(_TEMPLATE_FIELDS))
                         + "; {fact.name}, {fact.value}, {fact.source}, {fact.as_of}; or {difference}, {tolerance}")
            elif spec and (problem := _bad_format_spec(spec)):
                self.err("R011", f"bad format in '{{{name}:{spec}}}': {problem}", f.values[0].span,
                         hint=f"fields are text: pad or cut them, e.g. {{{name}:<20}} or {{{name}:.40}} "
                              f"(widths up to {MAX_FORMAT_WIDTH})")
        self.template_fields = {name for _, name, _, _ in parsed if name}
        return text

    def empty_fields(self, message: ast.Field) -> None:
        """R022: template fields that print empty for some of the claims the rule selects."""
        select = self.block.get("select")
        required = required_fields(select.values[0]) if select is not None and len(select.values) == 1 else set()
        single = self.values.get("compare") in ("against_facts", "each")
        for name in sorted(getattr(self, "template_fields", ())):
            head, _, tail = name.partition(".")
            if head == "b" and single:
                self.c.error("R022", f"'{{{name}}}' is always empty: this rule looks at one claim at a time",
                             message.values[0].span, severity="warning",
                             hint="use {a.…}" + (" and {fact.…}" if self.values.get("compare") == "against_facts" else ""))
            elif head in ("a", "b") and tail in _OPTIONAL_TEMPLATE_FIELDS and tail not in required:
                self.c.error("R022", f"'{{{name}}}' prints empty for claims without a {tail}", message.values[0].span,
                             severity="warning",
                             hint=f"require it in select ('… and {tail}'), or leave it out of the message")

    def f_select(self, f: ast.Field) -> Predicate:
        if len(f.values) != 1:
            self.err("R003", "'select' takes one condition; join conditions with 'and'", f.span)
            return _always
        self.values["select_text"] = _source_text(self.c.sources, f.values[0].span)
        predicate = self.condition(f.values[0])
        reason = never_selects(f.values[0])
        if reason:
            self.err("R012", f"this condition can never select a claim: {reason}", f.values[0].span,
                     hint="a claim has one kind, one modality, one measure…; use 'or' or 'in [..]' for alternatives")
        return predicate

    def f_expect(self, f: ast.Field) -> Expectation | None:
        value = f.values[0] if len(f.values) == 1 else None
        items = value.items if isinstance(value, ast.Phrase) else (value,) if value is not None else ()
        words = [i.name for i in items if isinstance(i, ast.Name)]
        quantities = [i for i in items if isinstance(i, ast.Quantity)]
        if words and words[-1] == "within":
            words = words[:-1]
        elif quantities:
            words = ["?"]
        kind = EXPECTATIONS.get(" ".join(words))
        if kind is None or len(quantities) > 1 or (quantities and kind in (
                "same_date", "same_order", "same_time", "same_duration", "weekday_matches")):
            self.err("R003", "unknown expectation", value.span if value is not None else f.span,
                     hint="one of: 'overlap', 'overlap within 5%', 'equal within 100 km', 'same date', "
                          "'same time', 'same duration', 'same order', 'nondecreasing', 'weekday matches date'")
            return None
        tolerance = None
        if quantities:
            tolerance = self.tolerance(quantities[0])
        return Expectation(kind, tolerance)

    def tolerance(self, q: ast.Quantity) -> Tolerance | None:
        if q.unit == "percent":
            return Tolerance(q.value / 100.0, relative=True)
        if q.unit is None:
            return Tolerance(q.value)
        unit = unit_name(q.unit)
        if unit is None:  # a counted noun: "within 500 troops"
            return Tolerance(q.value, unit=q.unit.lower())
        if self.dimension and dimension(unit) not in (self.dimension, "count"):
            self.err("R006", f"tolerance in {unit} ({dimension(unit)}) cannot compare claims of dimension {self.dimension}", q.span,
                     hint="give the tolerance in a unit of the selected dimension, or in %")
            return None
        return Tolerance(q.value, unit=unit)

    # -- conditions ----------------------------------------------------------------------
    def condition(self, node) -> Predicate:
        if isinstance(node, ast.And):
            parts = [self.condition(n) for n in node.operands]
            return lambda item: all(p(item) for p in parts)
        if isinstance(node, ast.Or):
            parts = [self.condition(n) for n in node.operands]
            return lambda item: any(p(item) for p in parts)
        if isinstance(node, ast.Not):
            inner = self.condition(node.operand)
            return lambda item: not inner(item)
        if isinstance(node, ast.Name):
            name = node.name
            if name in BOOLEAN_FIELDS:
                return lambda item: bool(item.get(name))
            if name in CLAIM_FIELDS:  # a bare field means "the claim has one"
                return lambda item: item.get(name) is not None
            return self._unknown_field(node, "a true/false field") or _always
        if isinstance(node, ast.Compare):
            return self.comparison(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        self.err("R003", "expected a condition such as 'kind = quantity'", getattr(node, "span", None))
        return _always

    def _unknown_field(self, node, what: str) -> None:
        name = getattr(node, "name", "?")
        hint = _did_you_mean(str(name), CLAIM_FIELDS)
        if name in CLAIM_FIELDS:
            self.err("R003", f"'{name}' is not {what}", node.span, hint=f"compare it: {name} = …")
        else:
            self.err("R002", f"unknown claim field '{name}'", node.span, hint=hint or f"fields: {', '.join(CLAIM_FIELDS)}")

    def comparison(self, node: ast.Compare) -> Predicate:
        if not isinstance(node.left, ast.Name) or node.left.name not in CLAIM_FIELDS:
            self._unknown_field(node.left, "a field")
            return _always
        field = node.left.name
        options = node.right.items if isinstance(node.right, ast.ListExpr) else (node.right,)
        if node.op == "in" and not isinstance(node.right, ast.ListExpr):
            self.err("R003", "'in' takes a list: [a, b]", node.right.span)
        matchers = [m for m in (self.matcher(field, o) for o in options) if m is not None]
        if field == "dimension" and node.op in ("=", "in") and len(options) == 1 and isinstance(options[0], ast.Name):
            self.dimension = options[0].name
        if node.op == "!=":
            return lambda item: not any(m(item.get(field)) for m in matchers)
        return lambda item: any(m(item.get(field)) for m in matchers)

    def matcher(self, field: str, node) -> Callable[[object], bool] | None:
        if isinstance(node, ast.Str):
            lexicon = Lexicon(node.value, (node.value,))
            return lambda value: lexicon.matches(str(value)) if value is not None else False
        if field == "year" and isinstance(node, ast.Quantity) and node.unit is None and node.value == int(node.value):
            year = str(int(node.value))
            return lambda value: value == year
        if field == "published" and isinstance(node, ast.Date):
            day = node.value
            return lambda value: value == day
        if field in ("year", "published") and not isinstance(node, ast.Name):
            self.err("R003", f"'{field}' is compared with " + ("a year: year = 2020" if field == "year"
                                                                else "a date: published = 2025-10-15"),
                     getattr(node, "span", None))
            return None
        if not isinstance(node, ast.Name):
            self.err("R003", f"expected a name or a quoted string to compare with '{field}'", getattr(node, "span", None))
            return None
        name = node.name
        if field in ENUMS:
            if name not in ENUMS[field]:
                self.err("R003", f"'{name}' is not a {field}", node.span,
                         hint=_did_you_mean(name, ENUMS[field]) or f"one of: {', '.join(sorted(ENUMS[field]))}")
        elif field == "dimension":
            if name not in DIMENSION_NAMES:
                self.err("R006", f"unknown dimension '{name}'", node.span,
                         hint=_did_you_mean(name, DIMENSION_NAMES) or f"one of: {', '.join(sorted(DIMENSION_NAMES))}")
        elif field == "measure":
            if name not in self.measures:
                self.err("R004", f"undefined measure '{name}'", node.span,
                         hint=_did_you_mean(name, self.measures) or "define it with: measure NAME { … }, or quote a phrase")
        elif field in ("subject", "speaker"):
            if name not in self.c.aliases:
                self.err("R004", f"undefined alias '{name}'", node.span,
                         hint=_did_you_mean(name, self.c.aliases) or "define it with: alias NAME = \"…\" | \"…\", or quote a phrase")
        elif field == "event":
            if name not in self.c.events:
                self.err("R004", f"undefined event '{name}'", node.span,
                         hint=_did_you_mean(name, self.c.events) or "define it with: event NAME = \"…\" | \"…\"")
        elif field in BOOLEAN_FIELDS:
            if name not in ("true", "false"):
                self.err("R003", f"'{field}' is true or false", node.span)
            flag = name == "true"
            return lambda value: bool(value) == flag
        return lambda value: value == name

    def call(self, node: ast.Call) -> Predicate:
        if node.func == "matches":
            return self.matches(node)
        if node.func != "near":
            self.err("R002", f"unknown function '{node.func}'", node.span,
                     hint=_did_you_mean(node.func, ("near", "matches")) or "functions: near(\"word\" | alias, …), matches(\"regex\")")
            return _always
        phrases: list[str] = []
        for arg in node.args:
            for opt in _as_alternatives((arg,)).options:
                if isinstance(opt, ast.Str):
                    phrases.append(opt.value)
                elif isinstance(opt, ast.Name) and (opt.name in self.c.aliases or opt.name in self.c.events):
                    table = self.c.aliases if opt.name in self.c.aliases else self.c.events
                    phrases.extend(self.c._phrases(table[opt.name].options, {opt.name}))
                else:
                    self.err("R004", f"near() takes quoted words or alias/event names, not '{getattr(opt, 'name', '?')}'",
                             getattr(opt, "span", node.span))
        lexicon = Lexicon("near", tuple(phrases))
        return lambda item: lexicon.matches(item.get("sentence_text"))


    def matches(self, node: ast.Call) -> Predicate:
        """``matches("regex")``: a regular expression searched in the claim's sentence (see
        :mod:`.patterns`: RE2, linear in the text, with a time budget)."""
        if len(node.args) != 1 or not isinstance(node.args[0], ast.Str):
            self.err("R003", "matches() takes one quoted regular expression", node.span)
            return _always
        span = node.args[0].span
        found = compile_pattern(node.args[0].value)
        if isinstance(found, Refusal):
            self.err(found.code, found.message, span, hint=found.hint)
            return _always
        return budgeted(found, self.block.name, span)


def _always(item) -> bool:
    return True


_RULE_FIELDS: dict[str, Callable[[_RuleCompiler, ast.Field], object]] = {
    "title": _RuleCompiler.f_string,
    "severity": _RuleCompiler.f_severity,
    "message": _RuleCompiler.f_message,
    "explain": _RuleCompiler.f_string,
    "link": _RuleCompiler.f_string,
    "tags": _RuleCompiler.f_tags,
    "compare": _RuleCompiler.f_compare,
    "select": _RuleCompiler.f_select,
    "same": _RuleCompiler.f_same,
    "expect": _RuleCompiler.f_expect,
    "outside_main": _RuleCompiler.f_outside_main,
    "distinct": _RuleCompiler.f_distinct,
}
_REQUIRED = ("title", "severity", "message", "expect")


def _walk(nodes):
    """Every expression node under ``nodes`` (depth is bounded by the parser's MAX_DEPTH)."""
    stack = list(nodes)
    while stack:
        node = stack.pop()
        yield node
        for attr in ("operands", "options", "items", "args"):
            stack.extend(getattr(node, attr, ()))
        for attr in ("operand", "left", "right"):
            child = getattr(node, attr, None)
            if child is not None:
                stack.append(child)


def _compared(name: ast.Name, values) -> bool:
    """True when ``name`` is the left side of a comparison (measure = x), not a bare field."""
    return any(isinstance(n, ast.Compare) and n.left is name for n in _walk(values))


def _bad_format_spec(spec: str) -> str | None:
    """Why a format spec cannot apply to a template field (all of them are text), or None."""
    if "{" in spec or "}" in spec:
        return "a format cannot contain fields"
    try:
        format("x", spec)
    except ValueError as exc:
        return str(exc)
    m = re.match(r"^(?:.?[<>^])?(\d*)", spec)
    if m and m.group(1) and int(m.group(1)) > MAX_FORMAT_WIDTH:
        return f"width {int(m.group(1))} is over {MAX_FORMAT_WIDTH}"
    return None


def _did_you_mean(name: str, choices) -> str | None:
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def _single_name(f: ast.Field) -> str | None:
    if len(f.values) == 1 and isinstance(f.values[0], ast.Name):
        return f.values[0].name
    return None


def _phrase_words(node) -> list[str] | None:
    items = node.items if isinstance(node, ast.Phrase) else (node,)
    if all(isinstance(i, ast.Name) for i in items):
        return [i.name for i in items]
    return None


def _as_alternatives(values) -> ast.Alternatives:
    if len(values) == 1 and isinstance(values[0], ast.Alternatives):
        return values[0]
    return ast.Alternatives(tuple(values))


def _source_text(sources: dict[str, str], span: Span | None) -> str:
    if span is None or span.path not in sources:
        return ""
    return " ".join(sources[span.path][span.start:span.end].split())

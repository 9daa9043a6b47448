"""Reference facts: values and dates an editor maintains, written as `fact` blocks in a pack or
as rows of a `facts.csv` beside it (columns: name, measure, subject, event, base, period, value,
low, high, unit, date, source, as_of)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable

from ..models import Span
from ..units import CURRENCIES, noun_key, parse_unit
from . import ast
from .rules import Fact

FACT_FIELDS = ("measure", "subject", "event", "base", "period", "value", "low", "high", "date", "source", "as_of")
CSV_COLUMNS = ("name", "measure", "subject", "event", "base", "period", "value", "low", "high",
               "unit", "date", "source", "as_of")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

Report = Callable[[str, str, Span | None, str | None], None]  # (code, message, span, hint)


def unit_name(word: str) -> str | None:
    """Canonical unit for a word in a fact or tolerance: percent, a currency code, a pint unit;
    None when pint does not know it (then it is a counted noun)."""
    if word in ("%", "percent"):
        return "percent"
    if word.upper() in CURRENCIES:
        return word.upper()
    if word in ("pp", "percentage_point", "percentage_points", "points"):
        return "percentage_point"
    return parse_unit(word)


def fact_from_block(block: ast.Block, canonical_measure: Callable[[str], str | None], report: Report) -> Fact | None:
    values: dict[str, object] = {}
    ok = True
    for f in block.fields:
        if f.name not in FACT_FIELDS:
            import difflib

            close = difflib.get_close_matches(f.name, FACT_FIELDS, n=1)
            report("R002", f"unknown field '{f.name}' in fact", f.name_span,
                   f"did you mean '{close[0]}'?" if close else f"fields: {', '.join(FACT_FIELDS)}")
            ok = False
            continue
        node = f.values[0] if len(f.values) == 1 else None
        if f.name in ("value", "low", "high"):
            parsed = _value(node) if f.name == "value" else _bound(node, f.name)
            if parsed is None:
                report("R003", f"a fact {f.name} is a number with a unit: 2%, 40 million EUR, 54000 troops"
                       + (", or a range: 50000 to 60000 troops" if f.name == "value" else ""), f.span, None)
                ok = False
            elif values.get("unit") not in (None, parsed["unit"]) and parsed["unit"] != "count":
                report("R003", f"the fact's {f.name} is in {parsed['unit']}, its other bound in {values['unit']}",
                       f.span, "give both bounds in one unit")
                ok = False
            else:
                values.update({k: v for k, v in parsed.items() if not (k == "unit" and v == "count" and values.get("unit"))})
        elif f.name in ("date", "as_of"):
            if isinstance(node, ast.Date) and _valid_date(node.value):
                values[f.name] = node.value
            else:
                report("R003", f"'{f.name}' is a date: YYYY-MM-DD", f.span, None)
                ok = False
        elif isinstance(node, ast.Str):
            values[f.name] = node.value
        elif isinstance(node, ast.Name):
            values[f.name] = node.name
        else:
            report("R003", f"'{f.name}' takes a name or a quoted string", f.span, None)
            ok = False
    given = {f.name for f in block.fields}
    if ok and "value" in given and given & {"low", "high"}:
        report("R003", f"fact '{block.name}' gives both a value and bounds", block.name_span,
               "write 'value: 50000 to 60000 troops', or 'low:'/'high:' alone for an open range")
        ok = False
    if ok and not {"value", "date", "low", "high"} & set(values):
        report("R008", f"fact '{block.name}' has neither a value nor a date", block.name_span,
               "add 'value: …' or 'date: YYYY-MM-DD'")
        ok = False
    if ok and values.get("low") is not None and values.get("high") is not None and values["low"] > values["high"]:
        report("R003", f"fact '{block.name}': its low bound is above its high bound", block.name_span, None)
        ok = False
    if not ok:
        return None
    values.pop("value", None)
    return Fact(name=block.name, span=block.span, **values)  # type: ignore[arg-type]


def _value(node) -> dict | None:
    """``2%``, ``40 million EUR``, ``54000 troops``, ``300 m`` → low/high/unit; a range,
    ``50000 to 60000 troops`` or ``1.2 to 1.5 million people``, gives its two ends."""
    items = list(node.items) if isinstance(node, ast.Phrase) else [node]
    if len(items) >= 2 and isinstance(items[0], ast.Quantity) and items[0].unit == "to" \
            and isinstance(items[1], ast.Quantity):
        high = _single(ast.Phrase(tuple(items[1:])))
        low = _single(ast.Quantity(items[0].value, None)) if high else None
        if high is None or low is None:
            return None
        scale = high["scale"] if low["scale"] == 1 else 1  # "1.2 to 1.5 million": both in millions
        return {"value": None, "low": low["number"] * scale * low["scale"], "high": high["number"] * high["scale"],
                "unit": high["unit"]}
    single = _single(node)
    if single is None:
        return None
    number = single["number"] * single["scale"]
    return {"value": number, "low": number, "high": number, "unit": single["unit"]}


def _bound(node, side: str) -> dict | None:
    """``low: 50000 troops`` (at least) or ``high: 2%`` (at most): one end of a range."""
    single = _single(node)
    if single is None:
        return None
    return {side: single["number"] * single["scale"], "unit": single["unit"]}


def _single(node) -> dict | None:
    """A number, its scale word and its unit: ``40 million EUR`` → 40, 1e6, EUR."""
    items = list(node.items) if isinstance(node, ast.Phrase) else [node]
    if not items or not isinstance(items[0], ast.Quantity):
        return None
    number = items[0].value
    words = ([items[0].unit] if items[0].unit else []) + [i.name for i in items[1:] if isinstance(i, ast.Name)]
    if len(words) != len(items) - 1 + (1 if items[0].unit else 0):
        return None
    unit, scale = None, 1.0
    for word in words:
        if word.lower() in _SCALES:
            scale *= _SCALES[word.lower()]
        elif unit is None:
            unit = unit_name(word) or noun_key(word)
        else:
            return None
    return {"number": number, "scale": scale, "unit": unit or "count"}


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


def facts_from_csv(text: str, path: str, report: Report) -> list[Fact]:
    """Facts from a CSV table; bad rows are reported with their line and skipped."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name"} - set(reader.fieldnames or ())
    if missing:
        report("R015", "facts.csv has no 'name' column", Span(path=path, line=1, col=1, end_line=1, end_col=2, start=0, end=0),
               f"columns: {', '.join(CSV_COLUMNS)}")
        return []
    out = []
    for row in reader:
        line = reader.line_num
        where = Span(path=path, line=line, col=1, end_line=line, end_col=2, start=0, end=0)
        row = {k: (v or "").strip() for k, v in row.items() if k}
        name = row.get("name")
        if not name:
            report("R015", "row has no name; skipped", where, None)
            continue
        try:
            low = float(row["low"]) if row.get("low") else (float(row["value"]) if row.get("value") else None)
            high = float(row["high"]) if row.get("high") else (float(row["value"]) if row.get("value") else None)
        except ValueError:
            report("R015", f"fact '{name}': value, low and high must be numbers; row skipped", where, None)
            continue
        for key in ("date", "as_of"):
            if row.get(key) and not _valid_date(row[key]):
                report("R015", f"fact '{name}': {key} '{row[key]}' is not YYYY-MM-DD; row skipped", where, None)
                break
        else:
            if low is None and high is None and not row.get("date"):
                report("R015", f"fact '{name}' has neither a value nor a date; row skipped", where, None)
                continue
            unit = row.get("unit") or ("count" if low is not None else None)
            out.append(Fact(name=name, measure=row.get("measure") or None, subject=row.get("subject") or None,
                            event=row.get("event") or None, base=row.get("base") or None,
                            period=row.get("period") or None, low=low, high=high,
                            unit=(unit_name(unit) or noun_key(unit)) if unit else None,
                            date=row.get("date") or None, source=row.get("source") or None,
                            as_of=row.get("as_of") or None, span=where))
    return out

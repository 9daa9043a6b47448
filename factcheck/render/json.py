"""JSON output: the versioned contract (factcheck.report/2, factcheck.claims/2).

Written by pydantic's serializer (Rust), which gives the same bytes as ``json.dumps(...,
indent=2, ensure_ascii=False)`` about ten times faster (bench/render_json.py). The two differ
only on floats below 1e-4 ("1e-05" against "0.00001"), non-finite floats and lone surrogates
(a file name that is not UTF-8); reports holding one of those take the standard library's path,
so the output never depends on which writer ran."""

from __future__ import annotations

import json
import math
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError, to_json

from ..models import ClaimsReport, QuantityValue, Report


def render(report: Report | ClaimsReport) -> str:
    if _plain_floats(report):
        try:
            return report.model_dump_json(indent=2, by_alias=True) + "\n"
        except PydanticSerializationError:  # a lone surrogate: the standard library writes it
            pass
    return reference(report)


def reference(report: BaseModel) -> str:
    """The reference writer: what ``render`` must equal byte for byte (tests and bench)."""
    data = report.model_dump(mode="json", by_alias=True)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def dumps(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False) + "\\n"`` for plain data (SARIF), on the
    fast writer when the two agree."""
    if _plain(data):
        try:
            return to_json(data, indent=2).decode() + "\n"
        except (PydanticSerializationError, UnicodeDecodeError):
            pass
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _same_text(x: float) -> bool:
    # The writers agree on every finite float except those Python prints with a negative
    # exponent (repr switches to "1e-05" below 1e-4).
    return math.isfinite(x) and (x == 0 or abs(x) >= 1e-4)


def _plain_floats(report: Report | ClaimsReport) -> bool:
    """True when every float in the report is one both writers print alike. Floats live only in
    quantity values (tests/render/test_json_fast.py checks the models for others)."""
    if isinstance(report, ClaimsReport):
        values = [c.value for c in report.claims]
    else:
        values = [c.value for f in report.findings for c in f.claims]
    return all(_same_text(x) for v in values if isinstance(v, QuantityValue)
               for x in (v.low, v.high, v.exact) if x is not None)


def _plain(data: Any) -> bool:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if not all(isinstance(k, str) for k in item):
                return False  # json.dumps turns int keys into strings; keep its rules
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, float):
            if not _same_text(item):
                return False
        elif not (item is None or isinstance(item, (str, int, bool))):
            return False
    return True

"""JSON output: the versioned contract (factcheck.report/2, factcheck.claims/2)."""

from __future__ import annotations

import json

from ..models import ClaimsReport, Report


def render(report: Report | ClaimsReport) -> str:
    data = report.model_dump(mode="json", by_alias=True)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"

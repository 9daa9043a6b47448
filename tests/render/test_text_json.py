"""The line format every end-to-end test greps, and the JSON contract read back into the models."""

from __future__ import annotations

import json
import re

from factcheck.models import Report
from factcheck.render import json as json_render
from factcheck.render import text

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<rule>\S+) .+$")


def test_every_line_of_the_example_corpus_is_path_line_col_severity_rule_message(corpus):
    lines = text.render(corpus).splitlines()
    assert len(lines) == len(corpus.findings)
    for line, f in zip(lines, corpus.findings, strict=True):
        m = LINE.match(line)
        assert m, line
        first = f.claims[0]
        assert (m["path"], int(m["line"]), int(m["col"]), m["sev"], m["rule"]) == (
            first.path, first.line, first.col, f.severity, f.rule)


def test_json_reads_back_into_the_same_findings(corpus, small):
    for report in (corpus, small):
        data = json.loads(json_render.render(report))
        assert data["schema"] == "factcheck.report/2"
        again = Report.model_validate(data)
        assert again.findings == report.findings and again.rules == report.rules

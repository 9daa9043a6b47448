"""Every format is registered, renders both kinds of report, and is deterministic."""

from __future__ import annotations

import pytest

from factcheck.errors import UsageError
from factcheck.render import RENDERERS, render

FORMATS = ["table", "text", "markdown", "json", "sarif", "html"]


def test_every_format_is_registered():
    assert sorted(RENDERERS) == sorted(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_renders_reports_and_claims_the_same_way_twice(fmt, small, corpus, corpus_claims):
    for report in (small, corpus, corpus_claims):
        out = render(report, fmt)
        assert out and out.endswith("\n")
        assert out == render(report, fmt)


def test_unknown_format_is_a_usage_error(small):
    with pytest.raises(UsageError, match="choose one of"):
        render(small, "pdf")

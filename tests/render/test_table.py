"""Terminal table and line format: plain unless colour is asked for; suppressed findings counted."""

from __future__ import annotations

from factcheck.render import render, table, text


def test_table_is_plain_text_by_default(small):
    out = table.render(small)
    assert "\x1b[" not in out
    assert out.splitlines()[-1] == "2 findings (1 warning, 1 info), 1 suppressed, from 2 rules over 6 claims in 3 documents"


def test_a_clean_run_says_so_once_with_plain_counts(small):
    clean = small.model_copy(update={"findings": [], "summary": small.summary.model_copy(
        update={"findings": 0, "suppressed": 0, "rules": 1, "documents": 1, "claims": 1})})
    assert table.render(clean) == "No discrepancies found (0 suppressed, from 1 rule over 1 claim in 1 document).\n"


def test_table_colours_severities_only_when_asked(small):
    out = table.render(small, colour=True)
    assert "\x1b[33mwarning\x1b[0m" in out and "\x1b[36minfo\x1b[0m" in out
    assert render(small, "table", colour=True) == out
    assert render(small, "text", colour=True) == text.render(small)  # formats without colour ignore it


def test_coloured_table_lines_up_like_the_plain_one(small):
    plain = table.render(small).splitlines()
    coloured = table.render(small, colour=True).replace("\x1b[33m", "").replace("\x1b[36m", "").replace("\x1b[0m", "")
    assert coloured.splitlines() == plain


def test_table_lists_only_findings_not_suppressed(small):
    out = table.render(small)
    assert "accepted one" not in out and "10 October vs 12 October" in out


def test_text_lines_are_path_line_col_severity_rule_message(small):
    # The hand-built findings carry no identity keys, so the line ends at the other claims.
    assert text.render(small).splitlines()[0] == (
        "draft.md:3:30: warning quantities.cross-source Our draft gives 120,000 <people>; Evil gives 12,000 "
        "(see corpus/evil wire.md:4:12)")


def test_example_corpus_table_has_a_row_per_finding(corpus):
    out = table.render(corpus)
    assert out.count("\n| warning ") + out.count("\n| error ") + out.count("\n| info ") == len(corpus.findings)

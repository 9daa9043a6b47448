"""Hostile file names, manifests and rules never act on a terminal (issue 16): control
characters print as escapes in every human-readable format and in diagnostics on stderr, so an
ESC sequence does nothing and a newline in a file name cannot fake a `path:line:col` line."""

from __future__ import annotations

import re

import lxml.html
import pytest

from factcheck.models import Diagnostic
from factcheck.render import _shared, github, html, markdown, render, table, text

from .conftest import EVIL_PATH

#: Anything that acts instead of showing; the formats' own line breaks are allowed where noted.
ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
SHOWN_PATH = "news/a.md\\nnews/fake.md:1:1: error fake.rule all clear \\x1b[2J"


def test_text_keeps_one_line_per_finding_and_shows_the_newline_in_the_file_name(hostile_names):
    assert text.render(hostile_names) == (
        f"{SHOWN_PATH}:1:7: warning quantities.cross-source Wire\\x1b]0;owned\\x07 \\u202etxt.exe gives "
        "12,000 people; Other gives 14,000 people (see b.md:1:7) [same: measure=displaced]\n")


@pytest.mark.parametrize("fmt", ["text", "table", "markdown"])
def test_terminal_formats_hold_no_control_character_but_their_own_line_breaks(hostile_names, fmt):
    out = render(hostile_names, fmt)
    assert not ACTIVE.search(out), ascii(ACTIVE.search(out).group())
    assert "\\x1b" in out


def test_table_has_one_row_for_the_hostile_finding(hostile_names):
    rows = [line for line in table.render(hostile_names).splitlines() if line.startswith("| warning")]
    assert len(rows) == 1 and SHOWN_PATH in table.render(hostile_names)


def test_markdown_shows_the_file_name_as_escapes(hostile_names):
    out = markdown.render(hostile_names)
    assert "(news/a.md\\\\nnews/fake.md:1:1: error fake.rule all clear \\\\x1b\\[2J:1:7)" in out


def test_html_shows_escapes_where_the_article_had_control_characters(hostile_names):
    source = html.render(hostile_names)
    assert not ACTIVE.search(source.replace("\t", ""))
    page = lxml.html.document_fromstring(source)
    assert page.xpath("string(//article[@id='f1']//figure[1]//code)") == f"{SHOWN_PATH}:1:7"
    assert page.xpath("string(//article[@id='f1']//figure[1]//blockquote)") == "About 12,000 people\\x1b[31m left."


def test_github_annotations_escape_control_characters(hostile_names):
    out = github.annotations(hostile_names)
    assert out.count("\n") == 1 and "\x1b" not in out and "%0A" in out


def test_diagnostic_escapes_path_message_and_hint():
    d = Diagnostic(severity="error", code="I001", message="cannot read \x1b[2Jx", path="a\nb.txt:1:1: fake",
                   line=3, col=2, hint="rename \u202efdp.exe")
    assert d.format() == ("a\\nb.txt:1:1: fake:3:2: error: I001 cannot read \\x1b[2Jx\n"
                          "  hint: rename \\u202efdp.exe")


def test_diagnostic_caret_stays_under_the_column_after_escapes_and_tabs():
    d = Diagnostic(severity="error", code="R001", message="bad", path="r.fc", line=1, col=6, end_col=9,
                   source_line="\t\x1bab\tkey x")
    lines = d.format().splitlines()
    assert lines[1] == "  \t\\x1bab\tkey x"
    assert lines[2] == "  \t      \t^^^"


def test_diagnostics_and_renderers_escape_the_same_characters():
    # models.Diagnostic.format cannot import render (a lower layer); its own table must agree.
    for n in range(0x3000):
        ch = chr(n)
        path = Diagnostic(severity="info", code="X", message="m", path=ch).format().split(": info")[0]
        assert path == _shared.visible(ch), hex(n)


def test_visible_shows_each_control_and_keeps_text():
    assert _shared.visible("a\tb\nc\x1b\x9b\u202ed\u00e9") == "a\\tb\\nc\\x1b\\x9b\\u202ed\u00e9"
    assert _shared.visible("a\tb\nc\x1b", keep_space=True) == "a\tb\nc\\x1b"
    assert _shared.one_line("some 120,000\n people\x07") == "some 120,000 people\\x07"


def test_clean_names_are_unchanged(small):
    assert EVIL_PATH not in text.render(small)
    assert text.render(small).splitlines()[0].startswith("draft.md:3:30: warning quantities.cross-source ")

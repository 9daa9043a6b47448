"""Fuzzing (issue 16): generated files, pages, feeds and texts through the ingest readers, the
extractors and the rule parser. The property is the one users rely on: a located message or a
result whose offsets hold, never a traceback.

Derandomized (the same examples on every run, so it cannot flake) and sized to take a few
seconds per target; the example database is off, so nothing is written beside the tests. To
explore, FACTCHECK_FUZZ_EXAMPLES=3000 pytest tests/test_fuzz.py runs that many random examples
per target (add --hypothesis-seed=N to repeat a run).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.ingest import load_corpus
from factcheck.ingest.formats import READERS
from factcheck.models import Diagnostic, Document

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "0")) or None


def _settings(examples: int):
    return settings(max_examples=EXAMPLES or examples, derandomize=EXAMPLES is None, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Pieces of the inputs real archives hold (markup, front matter, JSON, dates, figures, odd
# characters), mixed with arbitrary text: most examples are near-valid, which is where readers
# have branches to get wrong.
PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<span>", "<b>", "<li>", "<br>", "<nav>", "</nav>", "<script>",
    "</script>", "<!--", "-->", "<![CDATA[", "<html><head><title>T</title></head><body>", "</body></html>",
    '<meta property="article:published_time" content="2024-05-02">',
    '<script type="application/ld+json">{"@graph": [{"datePublished": "2024-13-45"}]}</script>',
    "&nbsp;", "&#x2009;", "&#0;", "&#xD800;", "&amp;", "&bogus;", "---\n", "...\n", "title: ", "published: ",
    "date: 2025-02-30", "source: [a, b]", "&a [x]", "*a", "{", "}", "[", "]", '"', "\\", "\\ud800", "\\u0000",
    '{"text": "', '", "title": "', '"}', '{"html": "<p>', "null", "1e400", "\n", "\r\n", "\r", "\u2028",
    "\u0085", "\x0c", "\t", "\ufeff", "\x00", "\ufffd", "é", "中文", "🌊", "Published 3 March 2025\n",
    "Updated: 31/31/2025\n", "By Ann Lee\n", "Related\n", "• ", "(AP Photo/Ann Lee)", "NEW YORK (AP) — ",
    "About 42,000 people", "42\u00a0000", "$1.2 billion", "3.5%", "between 10 and 20 km", "last month",
    "on Friday", "March 31, 2025", "2025-W13", "FY2027", "80 years ago", "a day after the vote",
    "more than 50,000", "12 to 14 people died", "one-third", "1/2", "-5°C", "9,999,999,999,999,999",
    "said.", " ", "The council said ", ".",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)
# Strings as JSON can carry them: any character, lone surrogates and line separators included.
json_strings = st.lists(st.one_of(texts, st.text(st.characters(categories=["Cs", "Zl", "Zp", "Cc"]), max_size=3)),
                        max_size=4).map("".join)
_json_record = st.fixed_dictionaries(
    {"text": json_strings},
    optional={"title": st.one_of(json_strings, st.integers(), st.lists(st.integers(), max_size=2)),
              "published": st.sampled_from(["2025-03-10", "10/03/2025", "2025-02-30", "", "yesterday"]),
              "html": json_strings, "source": json_strings})
jsonl_files = st.lists(st.one_of(st.builds(lambda r, a: json.dumps(r, ensure_ascii=a), _json_record, st.booleans()),
                                 texts), max_size=5).map("\n".join)
_TAGS = ["p", "div", "span", "b", "li", "ul", "nav", "aside", "figcaption", "script", "style", "svg", "h1", "td",
         "table", "article", "footer", "br", "head", "title", "iframe", "button"]
html_pages = st.recursive(
    texts.map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.builds(lambda tag, kids, close: f"<{tag}>" + "".join(kids) + (f"</{tag}>" if close else ""),
                            st.sampled_from(_TAGS), st.lists(inner, max_size=4), st.booleans()),
    max_leaves=30)
any_article = st.one_of(texts, jsonl_files, html_pages)
# What a reader is given: decoded file text, which never holds a lone surrogate (escapes do).
decoded = any_article.map(lambda t: re.sub("[\ud800-\udfff]", "\ufffd", t))


def _check_diagnostics(diags: list[Diagnostic]) -> None:
    for d in diags:
        assert d.code and d.message and d.severity in ("error", "warning", "info")
        d.format()


def _check_ranges(text: str, ranges) -> None:
    for lo, hi in ranges or []:
        assert 0 <= lo <= hi <= len(text)


@_settings(200)
@given(text=decoded, suffix=st.sampled_from(sorted(READERS)))
def test_readers_return_articles_whose_ranges_fit_their_text(text, suffix):
    diags: list[Diagnostic] = []
    for parsed in READERS[suffix](text, f"fuzz{suffix}", diags):
        assert 0 <= parsed.body_start <= len(parsed.text)
        _check_ranges(parsed.text, parsed.main)
        for value in (parsed.text, *parsed.meta.values()):
            value.encode("utf-8")  # writable: no lone surrogate from a "\ud800" escape
    _check_diagnostics(diags)


@_settings(150)
@given(data=st.one_of(any_article.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)),
       suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]),
       manifest=st.one_of(st.none(), texts))
def test_files_of_any_bytes_load_into_documents_that_can_be_written(data, suffix, manifest):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / f"article{suffix}").write_bytes(data)
        if manifest is not None:
            (folder / "sources.csv").write_text("file,source,published\n" + manifest, encoding="utf-8",
                                                errors="surrogatepass")
        corpus = load_corpus([folder])
    _check_diagnostics(corpus.diagnostics)
    for doc in corpus.documents:
        _check_ranges(doc.text, doc.main)
        doc.model_dump_json()  # no lone surrogate or other unwritable text reaches a Document


@_settings(200)
@given(text=texts, published=st.sampled_from([None, "2025-03-10", "2000-02-29"]))
def test_extracted_claims_point_at_their_text(text, published):
    doc = Document(id="fuzz.txt", path="fuzz.txt", text=text, format="txt", group="fuzz.txt",
                   published=published, main=[])
    for claim in extract_document(doc):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        claim.model_dump_json()


@_settings(150)
@given(text=decoded, suffix=st.sampled_from([".html", ".jsonl", ".md"]))
def test_extraction_after_ingest_keeps_offsets_into_the_document_text(text, suffix):
    diags: list[Diagnostic] = []
    for parsed in READERS[suffix](text, f"fuzz{suffix}", diags):
        doc = Document(id="f", path="f", text=parsed.text, format=suffix[1:], group="f",
                       main=parsed.main or [], body_start=parsed.body_start)
        for claim in extract_document(doc):
            assert parsed.text[claim.start:claim.end] == claim.text


RULE_PIECES = [
    "rule ", "demo.x", " {\n", "}\n", "title: ", '"t"', "severity: ", "warning", "error", "select: ",
    "kind = quantity", " and ", " or ", "not ", "(", ")", "[", "]", "measure", " in ", "same: ", "measure, period",
    "expect: ", "overlap within 5%", "equal within 2 days", "message: ", '"{a.value} vs {b.value}"', '"{a.x:>9}"',
    "compare: pairs across sources", "measure m {\n  dimension: count\n  words: \"troops\"\n}\n", "alias a = ",
    '"US" | "U.S."', "near(", '"word"', ", 5)", "matches(", '"(a+)+$"', "fact f {\n", "value: 5%\n", "#", "\n",
    '"""', "é", "\x00", "\ufeff", "\t", "=", "!=", "~", "<", ">=", ",", ":", "-1e999", "99999999999999999999",
]


@_settings(200)
@given(text=st.lists(st.one_of(st.sampled_from(RULE_PIECES), st.text(max_size=8)), max_size=60).map("".join))
def test_rule_files_load_or_give_located_diagnostics(text):
    from factcheck.dsl import check_rules

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.fc"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _, diags = check_rules([path])
    _check_diagnostics(diags)


@_settings(30)
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), any_article),
                     min_size=1, max_size=3),
       command=st.sampled_from(["extract", "check"]))
def test_the_command_line_on_generated_folders_exits_cleanly(files, command):
    import contextlib
    import io
    import json

    from factcheck.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        for n, (suffix, text) in enumerate(files):
            Path(tmp, f"a{n}{suffix}").write_text(text, encoding="utf-8", errors="surrogatepass")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([command, tmp, "--format", "json", "--published", "2025-03-10"]
                        + (["--fail-on", "never"] if command == "check" else []))
    assert code in (0, 2), err.getvalue()
    if code == 0:
        json.loads(out.getvalue())

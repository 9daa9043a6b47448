"""Markdown for a CMS or a pull request: article text is literal, the claim is bold inside its
quote, sources link to http(s) URLs only."""

from __future__ import annotations

import pytest

from factcheck.render import markdown

from .conftest import HOSTILE_EXCERPT


@pytest.mark.parametrize("text, expected", [
    ("plain words, 12,000 people", "plain words, 12,000 people"),
    ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
    ("[a link](http://x)", r"\[a link\](http://x)"),
    ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
    ("a | b ~c~ $5 &amp; #1", r"a \| b \~c\~ \$5 \&amp; \#1"),
    ("back\\slash", r"back\\slash"),
    ("1986. A year", r"1986\. A year"),
    ("- not a list", r"\- not a list"),
    ("+ neither", r"\+ neither"),
    ("two\nlines", "two lines"),
])
def test_escape_makes_article_text_literal(text, expected):
    assert markdown.escape(text) == expected


def test_report_starts_with_a_summary(small):
    lines = markdown.render(small).splitlines()
    assert lines[0] == "# factcheck report"
    assert lines[2] == ("**2 findings** (0 errors, 1 warning, 1 info); 1 suppressed. "
                        "Checked 3 documents, 6 claims, 2 rules.")


def test_claim_is_bold_inside_its_excerpt_and_sources_link_only_to_http(small):
    page = markdown.render(small)
    assert "  > The agency put the figure at **some 120,000 people** on Tuesday." in page
    assert "- **[Our draft](<https://example.org/draft?a=1&b=2>)**, 2025-10-13 (draft.md:3:30)" in page
    assert r'- **Evil "Wire" \<b\>News\</b\>**, 2025-10-13' in page
    assert "javascript:" not in page
    assert "**Difference:** 108,000 person (tolerance 5%)" in page
    assert "More: [https://example.org/rules\\#dates](<https://example.org/rules#dates>)" in page


def test_suppressed_findings_are_listed_apart(small):
    page = markdown.render(small)
    head, accepted = page.split("## Accepted findings (suppressed)\n")
    assert "accepted one" not in head
    assert accepted.splitlines()[1] == (
        '- info `dates.same-event` at wire.txt:1:6: accepted one \u2014 inline (draft.md:12) \u2014 '
        'checked with "the agency"')


def test_rendered_by_commonmark_the_hostile_text_stays_text(small):
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").render(markdown.render(small))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "<strong>about 12,000 people</strong>" in html
    assert "&lt;script&gt;document.title=" in html
    assert 'href="javascript' not in html


def test_every_finding_of_the_example_corpus_quotes_both_claims(corpus):
    page = markdown.render(corpus)
    assert page.count("\n## ") == len(corpus.findings)
    for f in corpus.findings:
        for c in f.claims:
            assert f"**{markdown.escape(c.text)}**" in page
    assert page == markdown.render(corpus)


def test_hostile_excerpt_is_one_quoted_line(small):
    quoted = [line for line in markdown.render(small).splitlines() if "about 12,000 people" in line]
    assert len(quoted) == 1 and quoted[0].startswith("  > Officials said \\<script\\>")
    assert HOSTILE_EXCERPT.count("<") == quoted[0].count("\\<")


@pytest.mark.parametrize("excerpt, claim_text", [
    ("It cost US$14 million in all.", "$14 million"),
    ("Rates rose 3%a year.", "3%"),
    ("It cost (EUR 5) more.", "EUR 5"),
])
def test_claim_is_bold_even_when_glued_to_its_neighbours(small, excerpt, claim_text):
    markdown_it = pytest.importorskip("markdown_it")
    f = small.findings[1]
    c = f.claims[0].model_copy(update={"text": claim_text, "excerpt": excerpt,
                                       "excerpt_start": excerpt.index(claim_text)})
    report = small.model_copy(update={"findings": [f.model_copy(update={"claims": [c]})]})
    html = markdown_it.MarkdownIt("commonmark").render(markdown.render(report))
    assert f"<strong>{claim_text}</strong>" in html

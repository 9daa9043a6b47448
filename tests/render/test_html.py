"""The HTML report: one self-contained page, every string escaped, claims highlighted exactly,
suppressed findings apart, the same bytes every time."""

from __future__ import annotations

import re

import lxml.html

from factcheck.render import html

from .conftest import HOSTILE_CLAIM, WRAPPED_CLAIM


def _tree(page: str):
    return lxml.html.document_fromstring(page)


def test_article_text_with_a_script_is_shown_as_text_and_never_as_markup(small):
    page = html.render(small)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower() and "<b>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;;" in page
    assert "&quot;quotes&quot; &amp; " in page
    assert "Evil &quot;Wire&quot; &lt;b&gt;News&lt;/b&gt;" in page
    # Parsed back, the hostile excerpt is plain text inside the blockquote.
    quote = _tree(page).xpath("//article[@id='f1']//blockquote")[1]
    assert quote.xpath("count(.//*)") == 1  # only the <mark>
    assert "<script>document.title='pwned'" in quote.text_content()


def test_only_http_urls_become_links(small):
    tree = _tree(html.render(small))
    hrefs = sorted(set(tree.xpath("//a[not(starts-with(@href, '#'))]/@href")))
    assert hrefs == ["https://example.org/draft?a=1&b=2", "https://example.org/rules#dates",
                     "https://wire.example/a"]
    # The javascript: source stays its escaped name.
    assert tree.xpath("//article[@id='f1']//figcaption/span[@class='source']/text()") == ['Evil "Wire" <b>News</b>']


def test_marks_hold_exactly_the_claim_texts(small):
    tree = _tree(html.render(small))
    marks = [m.text_content() for m in tree.xpath("//section[@id='findings']//mark")]
    assert marks == [WRAPPED_CLAIM, HOSTILE_CLAIM, "10 October", "12 October"]


def test_marks_on_the_example_corpus_are_the_claims_of_each_finding(corpus):
    tree = _tree(html.render(corpus))
    marks = [m.text_content() for m in tree.xpath("//main//mark")]
    assert marks == [c.text for f in corpus.findings for c in f.claims]
    for f, article in zip(corpus.findings, tree.xpath("//article"), strict=True):
        for c, quote in zip(f.claims, article.xpath(".//blockquote"), strict=True):
            assert quote.text_content() == c.excerpt  # the whole sentence, around the mark


def test_page_is_self_contained(corpus, small):
    for report in (corpus, small):
        page = html.render(report)
        tree = _tree(page)
        assert not tree.xpath("//script | //link | //img | //iframe | //object | //embed | //*[@src]")
        assert "@import" not in page and "url(" not in page
        csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        assert "default-src 'none'" in csp


def test_contents_link_to_each_finding_still_to_review(small):
    tree = _tree(html.render(small))
    links = tree.xpath("//nav[@class='contents']//a")
    assert [a.get("href") for a in links] == ["#f1", "#f2"]
    assert [a.text_content() for a in links] == ["warningOur draft gives 120,000 <people>; Evil gives 12,000",
                                                 "info10 October vs 12 October"]
    assert all(tree.xpath(f"//article[@id='{a.get('href')[1:]}']") for a in links)


def test_summary_counts_severities_suppressions_and_documents(small):
    tree = _tree(html.render(small))
    counts = {li.get("class"): li.xpath("string(span[@class='n'])") for li in tree.xpath("//ul[@class='counts']/li")}
    assert counts == {"sev-error": "0", "sev-warning": "1", "sev-info": "1", "suppressed": "1"}
    rows = tree.xpath("//header//details//tbody/tr")
    assert [r.xpath("string(td[2])") for r in rows] == ["draft.md", "corpus/evil wire.md", "wire.txt"]


def test_each_finding_shows_values_difference_and_rule_help(small):
    article = _tree(html.render(small)).xpath("//article[@id='f2']")[0]
    assert [v.text_content() for v in article.xpath(".//p[@class='value']")] == [
        "Value: Friday 10 October 2025", "Value: Sunday 12 October 2025"]
    assert article.xpath("string(.//p[@class='difference'])") == "Difference: 2 days"
    assert article.xpath("string(.//p[@class='explanation'])") == "The same event on two days."
    assert article.xpath(".//a[text()='About this rule']/@href") == ["https://example.org/rules#dates"]


def test_suppressed_findings_are_listed_apart_with_their_reason(small):
    tree = _tree(html.render(small))
    assert [a.get("id") for a in tree.xpath("//section[@id='findings']/article")] == ["f1", "f2"]
    (accepted,) = tree.xpath("//section[@id='suppressed']/article")
    assert "suppressed" in accepted.get("class")
    assert accepted.xpath("string(.//p[@class='suppression'])") == (
        'Accepted by inline suppression at draft.md:12: checked with "the agency"')


def test_output_is_deterministic_and_has_no_timestamp(corpus):
    page = html.render(corpus)
    assert page == html.render(corpus)
    assert not re.search(r"\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T", page)


def test_claims_report_renders_as_a_table_of_marks(corpus_claims):
    tree = _tree(html.render(corpus_claims))
    assert [m.text_content() for m in tree.xpath("//mark")] == [c.text for c in corpus_claims.claims]


def test_a_stale_excerpt_offset_still_marks_the_claim_text(small):
    f = small.findings[1]
    moved = f.claims[0].model_copy(update={"excerpt_start": 0})
    missing = f.claims[1].model_copy(update={"excerpt": "Nothing about it here."})
    report = small.model_copy(update={"findings": [f.model_copy(update={"claims": [moved, missing]})]})
    tree = _tree(html.render(report))
    assert [m.text_content() for m in tree.xpath("//mark")] == ["10 October", "12 October"]
    assert tree.xpath("string((//blockquote)[1])") == "Held 10 October."

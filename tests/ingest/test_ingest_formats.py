"""Each article format read into Documents: text, metadata, ids and main ranges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.ingest import load_corpus

FIXTURES = Path(__file__).parent / "fixtures"


def _main_text(doc) -> str:
    return "\n".join(doc.text[lo:hi] for lo, hi in doc.main) if doc.main else doc.text


def test_txt_is_read_whole_and_dated_from_its_stamp():
    corpus = load_corpus([FIXTURES / "corpus" / "valdora_times.txt"])
    (doc,) = corpus.documents
    assert doc.format == "txt"
    assert doc.text == (FIXTURES / "corpus" / "valdora_times.txt").read_text(encoding="utf-8")
    assert doc.published == dt.date(2024, 2, 15)
    assert doc.source == "Valdora Times"  # from the folder's sources.csv


def test_markdown_front_matter_gives_metadata_and_body_is_all_main():
    (doc,) = load_corpus([FIXTURES / "draft.md"]).documents
    assert (doc.title, doc.source, doc.published) == ("Ferry fleet renewal", "Harbour Gazette", dt.date(2024, 3, 2))
    assert doc.url == "https://gazette.example/ferries"
    assert doc.text.startswith("---") and doc.body_start == doc.text.index("# Ferry")
    assert doc.main == []  # drafts are not scraped: bullet points stay in the article


def test_html_metadata_and_main_content():
    corpus = load_corpus([FIXTURES / "harbour_page.html"])
    (doc,) = corpus.documents
    assert doc.format == "html"
    assert doc.published == dt.date(2024, 6, 12)
    assert doc.title == "Port of Valdora to expand cargo terminal by 40%"
    assert doc.source == "Coastline Courier"
    assert doc.url == "https://courier.example/valdora-port"
    main = _main_text(doc)
    assert main.startswith("Port of Valdora to expand cargo terminal by 40%")
    assert "220 million euros" in main and "16 metres" in main and "1.38 million containers" in main
    for furniture in ("Storm closes", "parking fees", "strike in 2019", "Fishing fleet",
                      "newsletter", "Heatwave", "All rights reserved", "Business"):
        assert furniture not in main, furniture
        assert furniture in doc.text  # kept in the text, only marked as outside the article
    assert "<p>" not in doc.text and "font-family" not in doc.text and "@context" not in doc.text


def test_html_offsets_point_into_the_rendered_text():
    (doc,) = load_corpus([FIXTURES / "harbour_page.html"]).documents
    lines = doc.text.split("\n")
    assert "• Home" in lines  # list items are rendered one per line with a bullet
    start = doc.text.index("220 million euros")
    assert doc.in_main(start, start + len("220 million euros"))
    ticker = doc.text.index("48 hours")
    assert not doc.in_main(ticker, ticker + 8)


def test_html_without_article_markup_falls_back_to_whole_text():
    corpus = load_corpus([FIXTURES / "bare_page.html"])
    (doc,) = corpus.documents
    assert doc.published == dt.date(2023, 11, 20)
    assert doc.in_main(doc.text.index("3 days"), doc.text.index("3 days") + 6)


def test_jsonl_one_document_per_line_with_line_ids():
    corpus = load_corpus([FIXTURES / "exports.jsonl"])
    ids = [d.id.rsplit("/", 1)[-1] for d in corpus.documents]
    assert ids == ["exports.jsonl#1", "exports.jsonl#4"]
    first, last = corpus.documents
    assert (first.source, first.published, first.title) == ("Valdora Wire", dt.date(2024, 5, 6), "Water prices to rise")
    assert first.text.startswith("Water prices")
    assert last.published == dt.date(2024, 5, 7)  # "date" is an alias of "published"
    assert first.group != last.group


def test_jsonl_bad_lines_are_reported_with_their_line_and_skipped():
    corpus = load_corpus([FIXTURES / "exports.jsonl"])
    bad = {(d.code, d.line) for d in corpus.diagnostics if d.severity == "error"}
    assert bad == {("I011", 2), ("I012", 3)}
    assert all(d.path.endswith("exports.jsonl") for d in corpus.diagnostics)


def test_html_without_semantic_markup_drops_ticker_and_appended_story():
    (doc,) = load_corpus([FIXTURES / "flat_page.html"]).documents
    main = _main_text(doc)
    assert "Hospital waiting lists fall" in main
    assert "2,300 in March" in main and "below 1,000 by the end of 2025" in main
    for furniture in ("40 basements", "3 daily flights", "10% more", "41 seats", "Download"):
        assert furniture not in main, furniture
    assert doc.published is not None and doc.published.isoformat() == "2024-04-09"


def _html(tmp_path: Path, head: str, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return path


def test_html_date_from_json_ld_graph(tmp_path):
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"}, '
            '{"@type": "NewsArticle", "headline": "Dock strike ends", "datePublished": "2024-09-03T07:00:00Z", '
            '"publisher": {"name": "Port Weekly"}}]}</script>')
    (doc,) = load_corpus([_html(tmp_path, head, "<p>The dock strike ended after 9 days, the union said.</p>")]).documents
    assert (doc.published, doc.title, doc.source) == (dt.date(2024, 9, 3), "Dock strike ends", "Port Weekly")


def test_html_date_from_time_element_in_article(tmp_path):
    body = ('<nav><time datetime="2020-01-01">ticker</time></nav><article><h1>Dock strike ends</h1>'
            '<time datetime="2024-09-04T10:00">4 September</time><p>The strike ended after 9 days.</p></article>')
    (doc,) = load_corpus([_html(tmp_path, "<title>Port Weekly</title>", body)]).documents
    assert doc.published == dt.date(2024, 9, 4)


def test_html_broken_json_ld_is_ignored(tmp_path):
    head = '<script type="application/ld+json">{"datePublished": </script><meta name="date" content="2024-09-05">'
    corpus = load_corpus([_html(tmp_path, head, "<p>The strike ended after 9 days, the union said.</p>")])
    assert corpus.documents[0].published == dt.date(2024, 9, 5)


def test_utf16_file_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Fares rose 3% in 2024, the operator said.\n".encode("utf-16"))
    corpus = load_corpus([path])
    assert corpus.documents[0].text.startswith("Fares rose 3%")
    assert not [d for d in corpus.diagnostics if d.severity == "error"]


def test_jsonl_record_with_html_is_rendered(tmp_path):
    page = (FIXTURES / "harbour_page.html").read_text(encoding="utf-8")
    import json

    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"html": page, "source": "Crawler"}) + "\n", encoding="utf-8")
    (doc,) = load_corpus([path]).documents
    assert doc.id.endswith("crawl.jsonl#1") and doc.source == "Crawler"
    assert doc.published == dt.date(2024, 6, 12) and "<p>" not in doc.text
    assert "220 million euros" in _main_text(doc) and "Heatwave" not in _main_text(doc)


def test_html_short_blocks_are_never_joined_and_inline_markup_maps(tmp_path):
    body = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li><li>Sport</li></ul></nav>"
            "<article><h1>Night buses return</h1>"
            "<p>Night buses run again from <b>Friday</b>,<i>the</i> operator said.</p>"
            "<p>Six routes will run<br>every 30 minutes until 4 am.</p>"
            "<p>Fares stay at 2 euros for a single trip.</p></article>"
            "<footer><p>Contact us</p></footer>")
    (doc,) = load_corpus([_html(tmp_path, "<title>Night buses return</title>", body)]).documents
    assert "Home" in doc.text.split("\n")[0] and "Night buses return" in doc.text.split("\n")
    main = _main_text(doc)
    assert "Friday" in main and "every 30 minutes" in main and "2 euros" in main
    assert "Home" not in main and "Contact us" not in main

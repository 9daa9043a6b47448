"""`api.draft_corpus`: a draft given as text is read as a file of its format would be, with
offsets into the text given, and never touches the disk."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import api
from factcheck.errors import UsageError

from .conftest import DRAFT, EXAMPLES


def test_a_draft_as_text_reads_like_the_same_file(monkeypatch):
    monkeypatch.chdir(EXAMPLES.parent)
    from_file = api.load_corpus(["examples/draft.md"]).documents[0]
    from_text = api.draft_corpus(DRAFT, name="examples/draft.md").documents[0]
    assert from_text.model_dump() == from_file.model_dump()
    assert from_text.text == from_file.text and from_text.main == from_file.main


def test_metadata_given_overrides_the_front_matter():
    [doc] = api.draft_corpus(DRAFT, published=dt.date(2025, 10, 20), source="Desk B").documents
    assert (doc.published, doc.source, doc.title) == (dt.date(2025, 10, 20), "Desk B", "After Kalla: the delta's long week")


@pytest.mark.parametrize("text, code", [("PK\x03\x04\x00\x00 docx", "I004"), (" \n\t", "I007")])
def test_text_that_is_not_an_article_gives_a_diagnostic_and_no_document(text, code):
    corpus = api.draft_corpus(text, name="upload.md")
    assert corpus.documents == [] and [(d.code, d.path) for d in corpus.diagnostics] == [(code, "upload.md")]


def test_offsets_survive_a_byte_order_mark_and_lone_surrogates():
    text = "\ufeffMeridian, 16 October 2025. \ud800 Some 120,000 people left."
    [doc] = api.draft_corpus(text, fmt="txt").documents
    claims = api.extract([doc])
    assert claims and all(doc.text[c.start:c.end] == c.text for c in claims)
    assert doc.text.startswith("Meridian") and "\ufffd" in doc.text


def test_html_is_read_as_html_and_the_format_follows_the_name():
    [doc] = api.draft_corpus("<html><body><nav>Home</nav><p>Some 120,000 people left.</p></body></html>",
                             name="story.htm").documents
    assert doc.format == "html" and doc.id == "story.htm"


def test_an_unknown_format_is_a_usage_error_and_an_unknown_ending_reads_as_markdown():
    with pytest.raises(UsageError, match="unknown draft format 'docx'"):
        api.draft_corpus("text", fmt="docx")
    assert api.draft_corpus("Some 12 people.", name="story.php").documents[0].format == "md"


def test_no_file_is_read_for_a_draft(monkeypatch):
    import builtins
    import pathlib

    def refuse(*args, **kwargs):
        raise AssertionError(f"opened {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    monkeypatch.setattr(pathlib.Path, "read_text", refuse)
    assert api.draft_corpus(DRAFT, name="/etc/sources.csv").documents

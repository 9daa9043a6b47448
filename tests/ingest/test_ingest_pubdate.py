"""Publication dates: the forms newsrooms write, and choosing the article's own stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.ingest import load_corpus
from factcheck.ingest.pubdate import find_publication_date, parse_date

D = dt.date(2025, 3, 31)


@pytest.mark.parametrize("value", [
    "2025-03-31", "2025-03-31T09:00:00+09:00", "31-03-2025", "31/03/2025", "31.03.2025",
    "03/31/2025", "31 March 2025", "31 Mar 2025", "31 Mar. 2025", "31st March, 2025",
    "March 31, 2025", "Mar 31 2025", "Sept 30, 2025" and "March 31st, 2025",
    "Monday, March 31, 2025", "Mon 31 March 2025", "2025/03/31",
])
def test_parse_date_accepts_common_forms(value):
    assert parse_date(value) == D


@pytest.mark.parametrize("value", ["31/31/2025", "2025-02-30", "March 32, 2025", "soon", ""])
def test_parse_date_rejects_impossible_dates(value):
    assert parse_date(value) is None


def test_numeric_dates_are_day_first_unless_impossible():
    assert parse_date("04/03/2025") == dt.date(2025, 3, 4)
    assert parse_date("04/13/2025") == dt.date(2025, 4, 13)


def _found(text: str):
    found = find_publication_date(text)
    return found.date if found else None


def test_stamp_glued_to_outlet_name():
    text = "logo\nRail link delayed\n\nValley Post07-08-2024\n\nThe line will open in 2029, the agency said on Tuesday.\n"
    assert _found(text) == dt.date(2024, 8, 7)


def test_header_stamp_beats_older_caption_date_and_ticker():
    text = (
        "Menu\nLATEST\nCouncil budget approved on 2 January 2024 after long debate in the chamber.\n\n"
        "Bridge repairs to finish early\n\n  • By Ola Berg\n  • 12 Mar 2024 10:05\n\n"
        "Workers on the bridge during the flood of 14 June 2019 (Photo/Reuters)\n\n"
        "The repairs to the old bridge will finish in May, a month early, the roads office said.\n\n"
        "The work has cost 4 million euros so far, below the budget of 5 million.\n"
    )
    assert _found(text) == dt.date(2024, 3, 12)


def test_dateline_opening_the_copy():
    text = "TOKYO, March 31, 2025 — The ministry said exports rose 4% in February from a year earlier.\n"
    assert _found(text) == D


def test_date_inside_a_body_sentence_is_not_a_stamp():
    text = ("Museum to reopen\n\nThe museum, which closed on March 3, 2020, will reopen in the autumn "
            "after a renovation that cost 12 million euros, its director said.\n")
    assert _found(text) is None


def test_dates_in_lists_after_the_article_are_ignored():
    text = ("Harbour fees to rise\n\nThe port will raise its fees by 3% next year, its board said.\n\n"
            "Most read\nStorm hits the coast\n  • 27 Oct 2025\nFerry strike ends\n  • 28 Oct 2025\n")
    assert _found(text) is None


def test_undated_document_warns_with_the_file_and_how_to_fix(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Ferry fares frozen\n\nThe ferry company froze fares for 2 years, it said.\n", encoding="utf-8")
    corpus = load_corpus([path])
    assert corpus.documents[0].published is None
    (diag,) = [d for d in corpus.diagnostics if d.code == "I009"]
    assert diag.severity == "warning" and diag.path.endswith("undated.txt")
    assert "--published" in diag.hint and "sources.csv" in diag.hint


def test_metadata_date_beats_text_stamp(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline here now\n\n12 Mar 2024\n\nThe office said costs rose 4% this year.\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,published\na.txt,2024-03-13\n", encoding="utf-8")
    assert load_corpus([path]).documents[0].published == dt.date(2024, 3, 13)
    assert load_corpus([path], published="2024-03-20").documents[0].published == dt.date(2024, 3, 20)


def test_published_stamp_beats_updated_stamp():
    text = ("Menu\n  • Home\n  • World\n\nTram strike called off\n\nUpdated: 15 May 2024\nPublished: 14 May 2024\n\n"
            "The tram drivers' union called off Friday's strike after the operator offered a 6% raise.\n")
    assert _found(text) == dt.date(2024, 5, 14)


def test_closing_published_line_right_after_the_article():
    text = ("Menu\n  • Home\n  • Local\n\nSwimming pool reopens\n\n"
            "The town pool reopened on Saturday after a 9-month refit that cost 2.5 million euros.\n\n"
            "Entry prices stay at 4 euros for adults and 2 euros for children, the council said.\n\n"
            "This article was first published on 3 June 2024.\n\nMost read\nBakery closes\n  • 1 June 2024\n")
    assert _found(text) == dt.date(2024, 6, 3)


def test_ambiguous_numeric_stamp_follows_the_texts_own_order():
    us = ("Menu\n  • Home\n\nCounty fair opens\n\nPosted 04/03/2024\n\n"
          "The fair, which closed early on 08/27/2023 because of storms, opens with 12 new rides.\n")
    assert _found(us) == dt.date(2024, 4, 3)
    assert _found(us.replace("08/27/2023", "last year")) == dt.date(2024, 3, 4)

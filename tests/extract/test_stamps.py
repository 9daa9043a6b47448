"""Entries of live blogs and timelines: figures under a stamp are counts as of that stamp."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_document
from factcheck.extract.stamps import stamp_at, update_stamps
from factcheck.models import Document


def _claims(text: str):
    doc = Document(id="t", path="t", group="t", text=text, published=dt.date(2025, 5, 20))
    return [c for c in extract_document(doc) if c.kind == "quantity"]


def test_figures_under_two_stamps_are_two_moments_of_a_count():
    text = ("13:00 EST 20/5/2025: Results so far appear to be:\n\nGreens: 65 seats\n\n"
            "22:00 EST 18/5/2025: The count goes on.\n\nGreens: 66 seats\n")
    got = {c.text: c.scope for c in _claims(text)}
    assert got["65 seats"].endswith("as of 13:00 EST 20/5/2025")
    assert got["66 seats"].endswith("as of 22:00 EST 18/5/2025")


def test_one_clock_time_opening_a_paragraph_is_not_a_blog():
    text = "6:30 p.m. was when the first report came in.\n\nThe fire destroyed 40 homes."
    assert update_stamps(text) == ([], [])
    assert not any("as of" in (c.scope or "") for c in _claims(text))


def test_a_timeline_entry_holds_until_the_next_stamp():
    text = "13:40 - A warning is received.\n\nMore follows.\n\n13:52 - Seven people are killed."
    stamps = update_stamps(text)
    assert stamp_at(stamps, text.index("More")) == "13:40"
    assert stamp_at(stamps, text.index("Seven")) == "13:52"
    assert stamp_at(stamps, 0) == "13:40"

"""A weekday on a page stamped in a time zone behind the story's place (factcheck.engine.stamp_skew)."""

from __future__ import annotations

import datetime as dt

from factcheck.engine.stamp_skew import MOVED, days_after_stamp
from factcheck.extract import extract_document
from factcheck.models import Document


def _run(pages):
    docs, claims = {}, []
    for i, (published, text) in enumerate(pages):
        d = Document(id=f"d{i}", path=f"d{i}.txt", group=f"g{i}", text=text,
                     published=dt.date.fromisoformat(published))
        docs[d.id] = d
        claims += extract_document(d)
    return days_after_stamp(claims, docs)


def _day(claims, doc, text):
    return next(c.value.start[:10] for c in claims if c.doc == doc and c.text == text)


def test_the_other_reports_move_the_weekday_to_the_day_after_the_stamp():
    claims, ahead = _run([
        ("2025-10-15", "The Ridgeway bridge collapsed early Thursday, officials said. It fell at "
                       "3 a.m. (1900 GMT) on Thursday, the police said."),
        ("2025-10-17", "The Ridgeway bridge collapsed on Thursday, October 16."),
    ])
    moved = next(c for c in claims if c.doc == "d0" and c.text == "early Thursday")
    assert moved.value.start[:10] == "2025-10-16" and MOVED in moved.notes
    # the times a weekday dated move with it
    assert {c.value.start[:10] for c in claims if c.doc == "d0" and c.kind == "time"} <= {"2025-10-15", "2025-10-16"}
    assert ahead == {"d0": "2025-10-16"}  # the page reports as of that day at least


def test_a_week_old_day_that_others_confirm_stays():
    claims, ahead = _run([
        ("2025-10-15", "The Ridgeway bridge collapsed on Thursday, officials said."),
        ("2025-10-10", "The Ridgeway bridge collapsed on Thursday, October 9."),
    ])
    assert _day(claims, "d0", "Thursday") == "2025-10-09" and ahead == {}


def test_one_page_alone_is_not_moved():
    claims, ahead = _run([("2025-10-15", "The Ridgeway bridge collapsed on Thursday.")])
    assert _day(claims, "d0", "Thursday") == "2025-10-09" and ahead == {}

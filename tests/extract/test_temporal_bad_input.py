"""Bad, unanchored and odd input: never an exception, a partial value and a note."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find_dates


def _one(text: str, published: dt.date | None):
    found = [m for m in find_dates(text, 0, len(text), published) if m.kind != "order"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expression, timex, note", [
    ("It happened on 31 February.", "31 February", "XXXX-02-XX", "invalid date"),
    ("It happened on the 45th of May.", "the 45th of May", "XXXX-05-XX", "invalid date"),
    ("It happened on March 3, 99999.", "March 3, 99999", "XXXX-03-03", "out of range"),
])
def test_an_impossible_date_stays_partial_with_a_note(text, expression, timex, note):
    m = _one(text, dt.date(2025, 3, 30))
    assert text[m.start:m.end] == expression
    assert (m.value.timex, m.value.start, m.value.end) == (timex, None, None)
    assert any(note in n for n in m.notes)


@pytest.mark.parametrize("text, timex", [
    ("They met on Sunday.", "XXXX-WXX-7"),
    ("They met on April 2.", "XXXX-04-02"),
    ("They met last year.", "XXXX"),
    ("They met three days ago.", "PAST_REF"),
    ("Rents doubled in the '90s.", "XX9"),
])
def test_an_undated_document_keeps_relative_values_partial(text, timex):
    found = [m for m in find_dates(text, 0, len(text), None)]
    if timex == "PAST_REF":
        assert found == []  # a vague reference is not a claim
        return
    (m,) = found
    assert (m.value.timex, m.value.start) == (timex, None)
    assert m.notes


def test_absolute_dates_resolve_without_a_publication_date():
    m = _one("The accord was signed on March 26, 2025.", None)
    assert m.value.timex == "2025-03-26"


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(5000, 1, 1), dt.date(1, 1, 1)])
def test_an_implausible_publication_date_leaves_relative_values_partial(published):
    text = "Talks ended last week, a year after they began, and resume next year on April 2."
    found = find_dates(text, 0, len(text), published)
    relative = [m for m in found if m.kind == "time" and text[m.start:m.end] in ("last week", "next year")]
    assert relative and all(m.value.start is None and m.notes for m in relative)


@pytest.mark.parametrize("text", [
    "", "  ", "on on on Sunday Sunday", "12/45/2025", "2025-13-45", "Q9 2025", "FY", "the 0th century",
    "at 99:99 p.m.", "in the 99th century", "ⅷ April ⅸ", "İstanbul on Sunday", "March\u00a030, 2025",
    "fiscal 99", "a day after after after", "the " * 500 + "week",
    "over the past 1.5 years", "2.5 hours and 30 minutes", "at 24:30 GMT", "at 2:30 am ET on March 9, 2025",
    "at 9 am local time (2500 GMT)", "March 31-2", "between 5 and 3 March", "(0809 GMT) (0809 GMT)",
])
def test_odd_text_never_raises(text):
    for published in (dt.date(2025, 3, 30), None, dt.date(9999, 12, 31), dt.date(1, 1, 1)):
        for m in find_dates(text, 0, len(text), published):
            assert 0 <= m.start < m.end <= len(text)


def test_mentions_stay_inside_the_sentence_given():
    text = "Before. They met on Sunday and on Monday. After Friday."
    lo = text.index("They")
    hi = text.index("After") - 1
    found = find_dates(text, lo, hi, dt.date(2025, 3, 30))
    assert [text[m.start:m.end] for m in found] == ["Sunday", "Monday"]


def test_random_mixtures_of_temporal_words_never_raise():
    import random
    rng = random.Random(5)
    words = ("on in at by the a an of after before following ahead then, last next this past "
             "early mid late earlier later ago from now fiscal FY Q3 H1 quarter half year years "
             "month week day days hours midnight noon 12:30 p.m. EST Sunday Monday March May "
             "Dec. 31 29 45 0 2024 99999 1990s '90s 21st century anniversary 80th nearly over "
             "two twenty-four several daily every Thanksgiving spring fall met will said , . ; - ' "
             "1.5 2.5 0809 GMT IST CST JST local time Japan in Delhi Bangkok ( ) – between and "
             "from to as soon no later than HOLLIN WASHINGTON (Wire) /NewsDesk/ — 10:14 am 9pm "
             "noon shortly 24:00 half a minute hour people votes 2000-strong").split()
    dates = [dt.date(2025, 3, 30), dt.date(2024, 2, 29), None, dt.date(9999, 12, 31), dt.date(1, 1, 1)]
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        for m in find_dates(text, 0, len(text), rng.choice(dates)):
            assert 0 <= m.start < m.end <= len(text)


def test_a_five_digit_year_stays_partial_with_a_note():
    m = _one("The plan runs until the year 99999.", dt.date(2025, 3, 30))
    assert (m.value.timex, m.value.start) == ("XXXX", None)
    assert any("99999" in n for n in m.notes)

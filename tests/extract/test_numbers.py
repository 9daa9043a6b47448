"""Numeric claims as a sub-editor reads them: span, interval, unit, base, measure and subject.

Each row is one sentence and every quantity expected in it, in text order, as
``(span text, low, high, unit)``; a ``None`` side is open."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_document
from factcheck.extract.numbers import find_quantities
from factcheck.models import Document


def quantities(text: str):
    return find_quantities(text, 0, len(text))


def spans(text: str):
    return [(text[m.start:m.end], m.value.low, m.value.high, m.value.unit) for m in quantities(text)]


EXTRACTED = [
    # The examples of issue 4.
    ("More than 50,000 U.S. troops are in Japan.", [("More than 50,000 U.S. troops", 50000, None, "troop")]),
    ("Washington imposed 25% tariffs on cars.", [("25%", 25, 25, "percent")]),
    ("Spending will reach 2 per cent of GDP by 2027.", [("2 per cent of GDP", 2, 2, "percent")]),
    ("He urged at least 3% of GDP.", [("at least 3% of GDP", 3, None, "percent")]),
    ("The island is more than 6,000 kilometers away.", [("more than 6,000 kilometers", 6000, None, "kilometer")]),
    ("The contract is worth $44 million.", [("$44 million", 44e6, 44e6, "USD")]),
    ("The budget request is ¥1.2 trillion.", [("¥1.2 trillion", 1.2e12, 1.2e12, "JPY")]),
    ("It was a 2-percentage-point rise.", [("2-percentage-point", 2, 2, "percentage_point")]),
    ("The plan touches three branches of the military.", [("three branches", 3, 3, "branch")]),
    ("Tens of thousands of people marched.", [("Tens of thousands of people", 20000, 100000, "person")]),
    ("It cost millions of dollars.", [("millions of dollars", 2e6, 1e7, "USD")]),
    ("Profit was 3.5 bln yuan.", [("3.5 bln yuan", 3.5e9, 3.5e9, "CNY")]),
    # Digits, separators, decimals, negatives.
    ("Exports fell 3.5% last year.", [("3.5%", -3.5, -3.5, "percent")]),  # a fall is negative
    ("The index moved -0.4% on the day.", [("-0.4%", -0.4, -0.4, "percent")]),
    ("Output changed by \u22122.1 per cent.", [("\u22122.1 per cent", -2.1, -2.1, "percent")]),
    ("Some 1,250,000 voters took part.", [("Some 1,250,000 voters", 1125000, 1375000, "voter")]),
    ("A 1\u2009200 km pipeline is planned.", [("1\u2009200 km", 1200, 1200, "kilometer")]),
    # Words, dozens, fractions.
    ("Forty-two people were rescued.", [("Forty-two people", 42, 42, "person")]),
    ("A dozen warships sailed.", [("A dozen warships", 12, 12, "warship")]),
    ("Half of the voters stayed home.", [("Half of the voters", 50, 50, "percent")]),
    ("Two-thirds of the budget went to salaries.", [("Two-thirds of the budget", 200 / 3, 200 / 3, "percent")]),
    ("About 3/4 of respondents agreed.", [("About 3/4 of respondents", 67.5, 82.5, "percent")]),
    ("One in five adults smokes.", [("One in five adults", 20, 20, "percent")]),
    ("1 in 3 adults is obese.", [("1 in 3 adults", 100 / 3, 100 / 3, "percent")]),
    ("9 out of 10 doctors agree.", [("9 out of 10 doctors", 90, 90, "percent")]),
    ("About one-third of Americans agree.", [("About one-third of Americans", 30, 110 / 3, "percent")]),
    ("Exports could fall by a third.", [("a third", -100 / 3, -100 / 3, "percent")]),
    ("Costs were cut by half.", [("half", 50, 50, "percent")]),
    ("Several hundred protesters gathered.", [("Several hundred protesters", 300, 900, "protester")]),
    ("Officials counted two and a half million ballots.", [("two and a half million ballots", 2.5e6, 2.5e6, "ballot")]),
    ("The fund holds half a million dollars.", [("half a million dollars", 5e5, 5e5, "USD")]),
    # Scales.
    ("The firm raised 5bn in bonds.", [("5bn", 5e9, 5e9, "count")]),
    ("The post reached 54k followers.", [("54k followers", 54000, 54000, "follower")]),
    ("It spent $5m on ads.", [("$5m", 5e6, 5e6, "USD")]),
    ("The city has 5m people.", [("5m people", 5e6, 5e6, "person")]),
    ("She won the 100m sprint.", [("100m", 100, 100, "meter")]),
    ("Sales hit \u20ac3.2bn.", [("\u20ac3.2bn", 3.2e9, 3.2e9, "EUR")]),
    ("The deal is worth 500 million dollars.", [("500 million dollars", 5e8, 5e8, "USD")]),
    ("The levy raised \u00a3300m.", [("\u00a3300m", 3e8, 3e8, "GBP")]),
    # Ranges and changes.
    ("Growth of 3 to 5% is expected.", [("3 to 5%", 3, 5, "percent")]),
    ("Spending rose between 2 and 3 per cent.", [("between 2 and 3 per cent", 2, 3, "percent")]),
    ("Inflation ran at 2-3%.", [("2-3%", 2, 3, "percent")]),
    ("Inflation ran at 2\u20133%.", [("2\u20133%", 2, 3, "percent")]),
    ("Turnout was 1.5 to 2 million.", [("1.5 to 2 million", 1.5e6, 2e6, "count")]),
    ("The bill is 5-10bn.", [("5-10bn", 5e9, 1e10, "count")]),
    ("Unemployment fell from 4.1% to 3.9%.", [("4.1%", 4.1, 4.1, "percent"), ("3.9%", 3.9, 3.9, "percent")]),
    ("Rates rose from 2 to 3%.", [("2", 2, 2, "percent"), ("3%", 3, 3, "percent")]),
    ("The population fell by 900,000 to 123.8 million.",
     [("900,000", 9e5, 9e5, "count"), ("123.8 million", 1.238e8, 1.238e8, "count")]),
    ("Prices rose by 2 to 3 per cent.", [("2 to 3 per cent", 2, 3, "percent")]),
    ("A magnitude 7.1 earthquake struck.", [("7.1", 7.1, 7.1, "count")]),
    ("Two or three ships left.", [("Two or three ships", 2, 3, "ship")]),
    # Hedges before and after.
    ("Nearly 2,000 jobs were lost.", [("Nearly 2,000 jobs", 1800, 2000, "job")]),
    ("About 2,000 jobs were lost.", [("About 2,000 jobs", 1800, 2200, "job")]),
    ("Up to 300 drones were launched.", [("Up to 300 drones", None, 300, "drone")]),
    ("Under 3% of firms replied.", [("Under 3% of firms", None, 3, "percent")]),
    ("50,000 or more troops may go.", [("50,000 or more troops", 50000, None, "troop")]),
    ("A 50,000-plus crowd watched.", [("50,000-plus crowd", 50000, None, "crowd")]),
    # Units with exact pint names.
    ("The route covers 2,000 miles.", [("2,000 miles", 2000, 2000, "mile")]),
    ("The zone spans 300 square kilometres.", [("300 square kilometres", 300, 300, "kilometer ** 2")]),
    ("The farm covers 40 hectares.", [("40 hectares", 40, 40, "hectare")]),
    ("The cargo weighed 12 tonnes.", [("12 tonnes", 12, 12, "metric_ton")]),
    ("Temperatures hit 40\u00b0C.", [("40\u00b0C", 40, 40, "degree_Celsius")]),
    ("The plan runs for five years.", [("five years", 5, 5, "year")]),
    ("Rates rose 25 basis points.", [("25 basis points", 0.25, 0.25, "percentage_point")]),
    ("The crude price is 80 dollars.", [("80 dollars", 80, 80, "USD")]),
    ("It is a $1.2-trillion plan.", [("$1.2-trillion", 1.2e12, 1.2e12, "USD")]),
    ("Warming must stay under 1.5C.", [("under 1.5C", None, 1.5, "degree_Celsius")]),
    ("Rates fell 5 percentage-points.", [("5 percentage-points", -5, -5, "percentage_point")]),
    ("It cost US$ 5 million.", [("US$ 5 million", 5e6, 5e6, "USD")]),
    ("It cost Rs 500 crore.", [("Rs 500 crore", 5e9, 5e9, "INR")]),
    # Indian English also writes the scale in the plural: "Rs 20 lakhs" is two million rupees.
    ("Each family gets Rs 20 lakhs.", [("Rs 20 lakhs", 2e6, 2e6, "INR")]),
    ("The fund holds Rs 3 crores.", [("Rs 3 crores", 3e7, 3e7, "INR")]),
    ("It cost NT$1.2 billion.", [("NT$1.2 billion", 1.2e9, 1.2e9, "TWD")]),
    ("It is between $5m and $6m.", [("between $5m and $6m", 5e6, 6e6, "USD")]),
    ("It rose to 20 km\u00b2.", [("20 km\u00b2", 20, 20, "kilometer ** 2")]),
    ("It is 1.2 trillion JPY.", [("1.2 trillion JPY", 1.2e12, 1.2e12, "JPY")]),
    # Counts keep the counted noun, singular.
    ("The navy has 12 destroyers.", [("12 destroyers", 12, 12, "destroyer")]),
    ("At least 3 casualties were reported.", [("At least 3 casualties", 3, None, "casualty")]),
    ("The unit lost 40 of its soldiers.", [("40 of its soldiers", 40, 40, "soldier")]),
    ("The toll rose to 30.", [("30", 30, 30, "count")]),
    ("Perhaps 300 people attended.", [("300 people", 300, 300, "person")]),
    ("On Monday 40 ships sailed.", [("40 ships", 40, 40, "ship")]),
    ("The index fell 300 points.", [("300 points", -300, -300, "points")]),
    ("It shot down 40 of 45 drones.", [("40", 40, 40, "drone"), ("45 drones", 45, 45, "drone")]),
    ("It covers 18 of the bloc's 27 members.", [("18", 18, 18, "member"), ("27 members", 27, 27, "member")]),
    ("He won by 1 point.", [("1 point", 1, 1, "points")]),
    ("She lost 3 stones.", [("3 stones", 3, 3, "stones")]),
    ("The country holds 34 critical minerals.", [("34 critical minerals", 34, 34, "mineral")]),
    ("It hosts 24 professional club sides.", [("24 professional club sides", 24, 24, "side")]),
    ("Two key administration officials resigned.", [("Two key administration officials", 2, 2, "official")]),
    ("Nearly 2 million Hutus crossed the border.", [("Nearly 2 million Hutus", 1.8e6, 2e6, "hutus")]),
    ("The bill is \u00a51.9 tril. in total.", [("\u00a51.9 tril", 1.9e12, 1.9e12, "JPY")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTED, ids=[t for t, _ in EXTRACTED])
def test_quantity_is_extracted_with_span_interval_and_unit(text, expected):
    got = spans(text)
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (span, low, high, unit), (_, g_low, g_high, g_unit) in zip(expected, got):
        assert g_unit == unit, span
        assert (g_low, g_high) == (pytest.approx(low) if low is not None else None,
                                   pytest.approx(high) if high is not None else None), span


NOT_QUANTITIES = [
    "The 7th Fleet is based in Yokosuka.",
    "The F-47 is a new fighter.",
    "It fired SM-6 interceptors.",
    "COVID-19 closed schools.",
    "Critics call it Trump 2.0.",
    "It would need the 22nd amendment to change.",
    "He sat in Section 427 Row 21.",
    "Call 202-555-0100 for tickets.",
    "Call (202) 555-0100 for tickets.",
    "Call +81 3 1234 5678 for tickets.",
    "The talks began in 2024.",
    "The meeting was on March 26.",
    "The meeting was on 26 March.",
    "The meeting was on Feb. 7, 2025.",
    "It was dated 2025-03-26.",
    "It was dated 3/26/2025.",
    "The flight left at 14:30.",
    "The flight left at 2 p.m.",
    "The flight left at 10am.",
    "The vote was 3-2.",
    "The war ran 1990-1995.",
    "The war ran from 1990 to 1995.",
    "It happened 80 years ago.",
    "Boeing 737 jets were grounded.",
    "G7 leaders met.",
    "5G networks expanded.",
    "It recalled the 1990s.",
    "It is the No. 1 priority.",
    "It is the #1 priority.",
    "It offers 24/7 coverage.",
    "Version 2.1.3 was released.",
    "The two agreed.",
    "One of the officials left.",
    "Sales rose in the second half of 2025.",
    "It is one thing to say so.",
    "The two great and rich nations met.",
    "Earlier studies [3, 5] found the same.",
    "The match ended 3-3.",
    "Blood was sampled at phases 3, 5, and 7.",
    "Articles 5 and 6 of the treaty apply.",
    "Earlier work (26,29) agrees.",
    "Buy 5c coins.",
    "Thousands leave homes as the river rises.",  # the counted people are implied, not written
    "The 737 Max was grounded.",
    "The Boeing 737-800 was on approach.",  # a model and its series, not a range of 737 to 800
    "An ATR 72-500 turboprop crashed.",
    "The talks run 2-3pm.",
    "The talks run from 2 to 3 p.m.",
    "The fair runs 10-12 March.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_identifiers_dates_times_and_labels_are_not_quantities(text):
    # A written number without its noun is read tentatively ("The two agreed"); the claims
    # are what users see, so the test reads them.
    doc = Document(id="d", path="d.txt", group="d", text=text)
    assert [c.text for c in extract_document(doc) if c.kind == "quantity"] == []


def test_a_dash_set_off_by_spaces_between_falling_figures_is_a_break_not_a_score():
    doc = Document(id="d", path="d.txt", group="d",
                   text="The toll now stands at 30 — 13 staff and 10 patients were confirmed dead.")
    got = [c.text for c in extract_document(doc) if c.kind == "quantity"]
    assert got == ["30", "13 staff", "10 patients"]
    score = Document(id="s", path="s.txt", group="s", text="The final score was 3-2.")
    assert [c.text for c in extract_document(score) if c.kind == "quantity"] == []
    ranged = Document(id="r", path="r.txt", group="r", text="In all 30 – 40 people were hurt.")
    (c,) = [c for c in extract_document(ranged) if c.kind == "quantity"]
    assert (c.value.low, c.value.high) == (30, 40)


def test_a_range_after_a_name_is_still_a_range_when_it_counts_something():
    doc = Document(id="d", path="d.txt", group="d", text="In Kunar 100-200 homes were damaged.")
    (c,) = [c for c in extract_document(doc) if c.kind == "quantity"]
    assert (c.value.low, c.value.high) == (100, 200)


@pytest.mark.parametrize(("text", "hedge", "exact"), [
    ("More than 50,000 troops left.", "more than", 50000),
    ("50,000 or more troops left.", "or more", 50000),
    ("Some 5,000 troops left.", "some", 5000),
    ("5,000 troops left.", None, 5000),
    ("Dozens of troops left.", "dozens", None),
    ("Between 2 and 3 per cent.", None, None),
])
def test_value_keeps_the_written_figure_and_its_hedge(text, hedge, exact):
    (m,) = quantities(text)
    assert (m.value.hedge, m.value.exact) == (hedge, exact)


@pytest.mark.parametrize(("text", "base", "subject"), [
    ("Spending reached 2% of GDP.", "GDP", None),
    ("Spending reached 2% of gross domestic product.", "GDP", None),
    ("Spending reached 1.6% of economic output.", "GDP", None),
    ("Spending reached 3% of Japan's GDP.", "GDP", "Japan"),
    ("Roughly 60% of U.S. fuel imports arrive by pipeline.", "fuel import", "U.S."),
    ("About 25% of the population voted.", "population", None),
    ("Spending reached 2 percentage points of the budget.", "budget", None),
    ("Inflation reached 3%.", None, None),
])
def test_share_keeps_its_base(text, base, subject):
    (m,) = quantities(text)
    assert (m.value.base, m.subject) == (base, subject)


@pytest.mark.parametrize(("text", "measure", "subject"), [
    ("More than 50,000 U.S. troops are in Japan.", "troop", "U.S."),
    ("Japan sent 300 Japanese engineers.", "engineer", "Japan"),
    ("Japan's defence spending will rise to 2% of GDP.", "defense spending", "Japan"),
    ("Washington imposed 25% tariffs on cars.", "tariff", "Washington"),
    ("The 78-year-old president spoke.", "age", None),
    ("We must reach 3% of GDP.", None, None),
    ("Shares in the group fell 12%.", "share", None),
    ("Sales of electric cars rose 20%.", "electric car", None),
    ("The Pentagon's budget request of $850 billion for fiscal 2025 passed.", "budget request", "Pentagon"),
    ("The unemployment rate fell to 3.9%.", "unemployment rate", None),
    ("Congress approved $44 million in military aid.", "military aid", None),
    ("Japan aims to reach 2% of GDP by 2027.", None, "Japan"),
    ("He said Japan \u2014 which aims to spend 2% of GDP \u2014 must do more.", None, "Japan"),
    ("He said Japan, unlike its ally, aims to spend 2% of GDP.", None, None),
    ("The current target of 2% of GDP stands.", None, None),
    ("A $1 billion prize pool awaits.", "prize pool", None),
])
def test_measure_and_subject_come_from_the_sentence(text, measure, subject):
    (m,) = quantities(text)
    assert (m.measure, m.subject) == (measure, subject)


def test_offsets_point_into_the_text_inside_the_sentence_bounds():
    text = "Intro. More than 50,000 troops left. Outro 7."
    start = text.index("More")
    end = text.index(" Outro")
    (m,) = find_quantities(text, start, end)
    assert text[m.start:m.end] == "More than 50,000 troops"
    assert start <= m.start < m.end <= end

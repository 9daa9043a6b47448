"""Engine semantics: three-valued comparison, keys, source groups, facts, order and monotone
figures, explained findings and linear blocking."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Document, check
from factcheck.dsl import load_rules
from factcheck.dsl.rules import Expectation, Tolerance
from factcheck.engine.compare import Verdict, compare
from factcheck.models import OrderValue, QuantityValue, TimeValue

PACK = '''
measure troops {
  dimension: count
  words: "troops" | "soldiers"
}
measure deaths {
  dimension: count
  words: "died" | "dead" | "killed"
}
measure breach {
  dimension: length
  words: "wide" | "breach"
}
fact island-garrison {
  measure: troops
  value: 54000 troops
  source: "Ministry fact sheet"
  as_of: 2025-01-01
}
rule demo.pairs {
  title: "figures differ"
  severity: warning
  select: kind = quantity and measure and modality = actual
  same: measure, dimension
  expect: overlap within 5%
  message: "{a.source} {a.value} vs {b.source} {b.value}"
}
rule demo.facts {
  title: "figure differs from the fact table"
  severity: error
  compare: claims against facts
  select: kind = quantity and measure = troops
  same: measure
  expect: overlap within 2%
  message: "{a.value} but {fact.source} says {fact.value}"
}
rule demo.inside {
  title: "one article, two values"
  severity: info
  compare: pairs within document
  select: kind = quantity and measure
  same: measure, dimension
  expect: overlap
  message: "{a.text} vs {b.text}"
}
'''


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "demo.fc"
    path.write_text(PACK)
    return load_rules([path])


def doc(i: int, text: str, published: str = "2025-03-20", group: str | None = None, source: str | None = None) -> Document:
    return Document(id=f"d{i}", path=f"d{i}.txt", source=source or f"Outlet {i}",
                    published=dt.date.fromisoformat(published), group=group or f"d{i}", text=text)


def rule_ids(report, rule):
    return [f for f in report.findings if f.rule == rule]


def q(low, high, unit="troops", base=None):
    return QuantityValue(low=low, high=high, unit=unit, base=base)


@pytest.mark.parametrize("a,b,tol,verdict", [
    (q(50000, None), q(54000, 54000), None, Verdict.CONSISTENT),          # "more than 50,000" vs 54,000
    (q(1800, 2200), q(2100, 2100), None, Verdict.CONSISTENT),             # "about 2,000" vs 2,100
    (q(2000, 2000, "mile"), q(4000, None, "kilometer"), None, Verdict.CONTRADICTORY),  # 3,218.688 km < 4,000 km
    (q(40, 40, "USD"), q(40, 40, "JPY"), None, Verdict.NOT_COMPARABLE),   # no exchange rates
    (q(2, 2, "percent"), q(2, 2, "percentage_point"), None, Verdict.NOT_COMPARABLE),
    (q(2, 2, "percent", "GDP"), q(2, 2, "percent", "budget"), None, Verdict.NOT_COMPARABLE),
    (q(100, 100), q(104, 104), Tolerance(0.05, relative=True), Verdict.CONSISTENT),
    (q(100, 100), q(106, 106), Tolerance(0.05, relative=True), Verdict.CONTRADICTORY),
    (q(300, 300, "meter"), q(1000, 1000, "foot"), Tolerance(5, unit="meter"), Verdict.CONSISTENT),
])
def test_quantity_comparison_is_three_valued(a, b, tol, verdict):
    assert compare(a, b, Expectation("overlap", tol)).verdict is verdict
    assert compare(b, a, Expectation("overlap", tol)).verdict is verdict  # symmetric


def test_dates_compare_at_the_coarser_grain():
    day = TimeValue(timex="2025-10-15", start="2025-10-15", end="2025-10-16", grain="day")
    other_day = TimeValue(timex="2025-10-16", start="2025-10-16", end="2025-10-17", grain="day")
    month = TimeValue(timex="2025-10", start="2025-10-01", end="2025-11-01", grain="month")
    partial = TimeValue(timex="XXXX-10-15", grain="day")
    same = Expectation("same_date")
    assert compare(day, month, same).verdict is Verdict.CONSISTENT
    assert compare(day, other_day, same).verdict is Verdict.CONTRADICTORY
    assert compare(day, partial, same).verdict is Verdict.NOT_COMPARABLE


def test_order_claims_contradict_only_when_reversed():
    a = OrderValue(relation="after", first="tariffs", second="talks")
    b = OrderValue(relation="before", first="talks", second="tariffs")
    c = OrderValue(relation="before", first="tariffs", second="talks")
    d = OrderValue(relation="before", first="visit", second="talks")
    same = Expectation("same_order")
    assert compare(a, b, same).verdict is Verdict.CONSISTENT
    assert compare(a, c, same).verdict is Verdict.CONTRADICTORY
    assert compare(a, d, same).verdict is Verdict.NOT_COMPARABLE


def test_a_toll_may_rise_but_not_fall_below_an_earlier_floor():
    mono = Expectation("nondecreasing")
    early, late = dt.date(2025, 10, 13), dt.date(2025, 10, 14)
    assert compare(q(14, 14), q(17, 17), mono, (early, late)).verdict is Verdict.CONSISTENT
    assert compare(q(17, 17), q(14, 14), mono, (early, late)).verdict is Verdict.CONTRADICTORY
    assert compare(q(17, 17), q(14, 14), mono, (late, early)).verdict is Verdict.CONSISTENT
    assert compare(q(14, 14), q(17, 17), mono, (early, early)).verdict is Verdict.NOT_COMPARABLE
    # a later count under half of the toll is read as a part of it (one site, one group)
    assert compare(q(17, 17), q(6, 6), mono, (early, late)).verdict is Verdict.NOT_COMPARABLE
    assert compare(q(17, 17), q(9, 9), mono, (early, late)).verdict is Verdict.CONTRADICTORY


def test_cross_source_pairs_respect_keys_groups_and_modality(rules):
    docs = [
        doc(1, "About 54,000 troops are based on the islands."),
        doc(2, "Some 30,000 troops are based on the islands."),
        doc(3, "Some 30,000 troops are based on the islands.", group="d1"),   # a copy of d1's story
        doc(4, "Fourteen people died in the storm."),                           # another measure
    ]
    found = rule_ids(check(docs, rules), "demo.pairs")
    # One finding for the disputed figure: the least-supported value first, then the others.
    assert [[c.doc for c in f.claims] for f in found] == [["d1", "d2", "d3"]]
    f = found[0]
    assert f.message == ("Outlet 1 about 54,000 troops (48,600–59,400) vs Outlet 2 some 30,000 troops "
                         "(27,000–33,000) — values given: some 30,000 troops (27,000–33,000) "
                         "(Outlet 2, Outlet 3); about 54,000 troops (48,600–59,400) (Outlet 1)")
    assert f.details["tolerance"] == "5%" and f.details["keys"] == "measure=troops, dimension=count"
    assert f.claims[0].excerpt.startswith("About 54,000") and f.claims[0].excerpt_start == 0


def test_focus_reports_only_findings_that_involve_the_checked_document(rules):
    docs = [doc(1, "About 54,000 troops are based there."), doc(2, "Some 30,000 troops are based there."),
            doc(3, "Exactly 10,000 troops are based there.")]
    found = rule_ids(check(docs, rules, focus=["d3"]), "demo.pairs")
    # One finding for the draft's figure, listing every source group that contradicts it.
    assert len(found) == 1
    assert [c.doc for c in found[0].claims] == ["d3", "d1", "d2"]
    assert found[0].message.endswith("; also contradicted by Outlet 2: some 30,000 troops (27,000–33,000)")


def test_copies_of_one_story_count_once(rules):
    docs = [doc(1, "About 54,000 troops are based there."), doc(2, "About 54,000 troops are based there.", group="d1"),
            doc(3, "Exactly 10,000 troops are based there.")]
    assert len(rule_ids(check(docs, rules), "demo.pairs")) == 1
    found = rule_ids(check(docs, rules, focus=["d3"]), "demo.pairs")
    assert [c.doc for c in found[0].claims] == ["d3", "d1"]


def test_claims_are_checked_against_the_fact_table(rules):
    docs = [doc(1, "The ministry says 30,000 troops are based on the islands."),
            doc(2, "About 54,000 troops are based on the islands."),
            doc(3, "In 2024, 30,000 troops were based there.", published="2024-06-01")]  # before as_of
    found = rule_ids(check(docs, rules), "demo.facts")
    assert [f.claims[0].doc for f in found] == ["d1"]
    assert found[0].message == "30,000 troops but Ministry fact sheet says 54,000 troops"
    assert found[0].severity == "error" and found[0].details["fact"] == "island-garrison"


def test_pairs_in_document_find_an_article_that_disagrees_with_itself(rules):
    docs = [doc(1, "The breach was 300 metres wide on Monday. Engineers said the breach was 3 km wide."),
            doc(2, "The breach was 300 metres wide.")]
    found = rule_ids(check(docs, rules), "demo.inside")
    assert len(found) == 1 and {c.doc for c in found[0].claims} == {"d1"}


def test_two_values_one_sentence_gives_are_two_figures(rules):
    docs = [doc(1, "The breach was 300 metres wide at the dam and the breach was 3 km wide at the levee.")]
    assert rule_ids(check(docs, rules), "demo.inside") == []


def test_fingerprints_are_stable_and_distinct(rules):
    docs = [doc(1, "About 54,000 troops are based there."), doc(2, "Some 30,000 troops are based there."),
            doc(3, "Exactly 10,000 troops are based there.")]
    first = [f.fingerprint for f in check(docs, rules).findings]
    again = [f.fingerprint for f in check(list(reversed(docs)), rules).findings]
    assert first == again and len(set(first)) == len(first)


def test_blocking_pairs_only_claims_that_share_keys(rules):
    """1,000 figures of 1,000 different measures give no pair at all: nothing quadratic."""
    from factcheck.engine import candidates, items_for, select
    from factcheck.models import Claim

    claims, docs = [], []
    for i in range(1000):
        docs.append(doc(i, "x"))
        claims.append(Claim(id=f"c{i}", doc=f"d{i}", start=0, end=1, line=1, col=1, text="x", kind="quantity",
                            value=q(i, i, f"noun{i}"), measure=f"noun{i}"))
    rule = rules.get("demo.pairs")
    items = select(rule, items_for(rules, docs, claims))
    assert len(items) == 1000
    assert list(candidates(rule, items, rules)) == []


def test_an_order_finding_quotes_each_sources_own_words():
    shipped = load_rules()
    report = check([doc(1, "The council approved the budget after the mayor resigned."),
                    doc(2, "The mayor resigned two days after the council approved the budget.")], shipped)
    found = rule_ids(report, "dates.order")
    assert found, [f.message for f in report.findings]
    message = found[0].message
    assert '"The council approved the budget after the mayor resigned."' in message
    assert "two days after the council approved the budget" in message


DISTINCT_PACK = PACK.replace('''  expect: overlap within 5%
  message: "{a.source} {a.value} vs {b.source} {b.value}"''', '''  expect: overlap within 5%
  distinct: over 2 times apart
  message: "{a.source} {a.value} vs {b.source} {b.value}"''')


@pytest.fixture(scope="module")
def distinct_rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "demo.fc"
    path.write_text(DISTINCT_PACK)
    return load_rules([path])


def test_a_rule_may_say_values_far_apart_are_two_figures(rules, distinct_rules):
    assert distinct_rules.get("demo.pairs").distinct == 2.0 and rules.get("demo.pairs").distinct is None
    far = [doc(1, "Exactly 10,000 troops are based there."), doc(2, "Exactly 54,000 troops are based there.")]
    assert len(rule_ids(check(far, rules), "demo.pairs")) == 1
    assert rule_ids(check(far, distinct_rules), "demo.pairs") == []
    near = [doc(1, "Exactly 30,000 troops are based there."), doc(2, "Exactly 54,000 troops are based there.")]
    assert len(rule_ids(check(near, distinct_rules), "demo.pairs")) == 1


def test_far_apart_values_split_a_finding_but_keep_the_close_ones(distinct_rules):
    docs = [doc(1, "Exactly 100 troops are based there."), doc(2, "Exactly 120 troops are based there."),
            doc(3, "Exactly 3 troops are based there.")]
    found = rule_ids(check(docs, distinct_rules), "demo.pairs")
    assert [sorted(c.text for c in f.claims) for f in found] == [["100 troops", "120 troops"]]


@pytest.mark.parametrize("a,b,compared", [
    ("304", "3,014", True),     # a digit added
    ("8,000", "800", True),     # a zero added
    ("1,280", "12,800", True),  # the point moved
    ("19", "91", True),         # two digits swapped
    ("14", "40", True),         # fourteen and forty, a slip of the ear
    ("1,200", "9,800", False),
    ("19", "93", False),
])
def test_a_slipped_digit_is_compared_however_far_apart(distinct_rules, a, b, compared):
    docs = [doc(1, f"Exactly {a} troops are based there."), doc(2, f"Exactly {b} troops are based there.")]
    assert bool(rule_ids(check(docs, distinct_rules), "demo.pairs")) is compared


def test_distinct_leaves_scales_without_a_ratio_alone():
    from factcheck.engine.groups import Group, _ratio_scale
    from factcheck.engine.items import Item

    def group(value, unit):
        item = Item.__new__(Item)
        object.__setattr__(item, "claim", type("C", (), {"value": QuantityValue(low=value, high=value, unit=unit)})())
        return Group([item], value, value, (value, value), (value, value), (value, value))

    assert _ratio_scale([group(10, "troops"), group(40, "troops")])
    assert not _ratio_scale([group(10, "degree_Celsius"), group(40, "degree_Celsius")])
    assert not _ratio_scale([group(-2, "percent"), group(4, "percent")])


def test_an_open_figure_counts_as_its_bound_when_values_are_far_apart(distinct_rules):
    far = [doc(1, "Exactly 40 troops are based there."), doc(2, "More than 150 troops are based there.")]
    assert rule_ids(check(far, distinct_rules), "demo.pairs") == []
    near = [doc(1, "Exactly 40 troops are based there."), doc(2, "More than 60 troops are based there.")]
    assert len(rule_ids(check(near, distinct_rules), "demo.pairs")) == 1


def test_a_length_written_as_a_bound_covers_what_lies_beyond_it():
    from factcheck.engine.timecmp import duration_span
    from factcheck.models import TimeValue
    at_least = duration_span(TimeValue(timex="PT12H", grain="hour", mod="EQUAL_OR_MORE"))  # "at least 12 hours"
    assert at_least[0] <= 13 * 3600 <= at_least[1]
    at_most = duration_span(TimeValue(timex="PT12H", grain="hour", mod="EQUAL_OR_LESS"))  # "up to 12 hours"
    assert at_most[0] <= 11 * 3600 <= at_most[1] and at_most[1] < 13 * 3600


def test_a_date_with_a_part_of_the_day_is_set_against_other_outlets_dates_of_the_story():
    texts = ("The shooting at the mosque happened on Sunday evening, January 29. The shooting left "
             "six dead. Police said the shooting was over by 9 p.m.",
             "The mosque shooting took place on January 30. The shooting shocked the city, and the "
             "shooting was the worst in years.")
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", group=f"g{i}", text=t, published=dt.date(2017, 2, 2))
            for i, t in enumerate(texts)]
    dates = [f for f in check(docs).findings if f.rule == "dates.event-date"]
    assert [sorted(c.text for c in f.claims) for f in dates] == [["January 30", "Sunday evening, January 29"]]


def test_parts_of_groups_named_in_other_sentences_are_not_one_figure():
    text = ("A team of 15 firefighters went in first. The bodies of five of them have been recovered. "
            "There were 11 in the second team. The bodies of three of them have been recovered.")
    doc = Document(id="d", path="d.txt", group="g", text=text, published=dt.date(2022, 6, 6))
    assert [f for f in check([doc]).findings if f.rule.startswith("quantities.")] == []


def test_nearly_a_length_is_just_under_it():
    from factcheck.engine.timecmp import duration_span, same_duration
    four, five = TimeValue(timex="PT4H", mod="LESS_THAN"), TimeValue(timex="PT5H", mod="LESS_THAN")
    assert same_duration(four, five, "nearly four hours", "nearly five hours")[0] == "contradictory"
    # "up to four hours" may be much less than four
    assert same_duration(four, five, "up to four hours", "up to five hours")[0] == "consistent"
    lo, hi = duration_span(five, "nearly five hours")
    assert (lo, hi) == (4.5 * 3600, 5 * 3600)

"""Context of a figure from its sentence: speaker, modality, negation and period. When the
sentence does not say it plainly, the field stays empty (None, "actual", False)."""

from __future__ import annotations

import pytest

from factcheck.extract.context import attach_context
from factcheck.extract.mention import Mention
from factcheck.extract.numbers import find_quantities
from factcheck.extract.sentences import sentences
from factcheck.models import TimeValue


def _year(text: str, word: str, timex: str | None = None, grain: str = "year") -> Mention:
    start = text.index(word)
    timex = timex or word
    return Mention(start, start + len(word), "time", TimeValue(timex=timex, grain=grain))


def context(text: str, times: tuple[str, ...] = ()) -> list[dict]:
    """Context of every quantity in the first sentence of ``text``."""
    lo, hi = sentences(text)[0]
    mentions = find_quantities(text, lo, hi)
    return attach_context(text, (lo, hi), mentions, [_year(text, t) for t in times])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Japan spends 1.6% of GDP, Hegseth said.", "Hegseth"),
    ("Defense Secretary Pete Hegseth said 50,000 troops would stay.", "Defense Secretary Pete Hegseth"),
    ("Elbridge Colby, the nominee for the post, said Japan should spend 3% of GDP.", "Elbridge Colby"),
    ("Colby said Japan \u2014 which aims at 2% \u2014 must do more.", "Colby"),
    ("According to the Pentagon, about 54,000 troops are in Japan.", "Pentagon"),
    ("According to the ministry, at least 30 people were hurt.", "ministry"),
    ("At least 30 people were hurt, according to the union.", "union"),
    ("\u201cWe will spend 2%,\u201d said Minister Nakatani.", "Minister Nakatani"),
    ("The tariff is 25%, the ministry said.", "ministry"),
    ("Japan spends 1.6% of GDP, he said.", None),
    ("The nominee, Jane Roe, proposed 3% of GDP.", "Jane Roe"),
    ("The carrier will add 40 routes, the airline said.", "airline"),
    ("People briefed on the matter said 3,000 jobs would go.", None),
    ("The agency may have added to costs of $5 billion.", None),
    ("Japan spends 1.6% of GDP.", None),
    ("All 88 people aboard were killed, Orrin state media reported.", "Orrin state media"),
    ("Valdan state television said 88 people were aboard.", "Valdan state television"),
    ("The Orrin coast guard spoke of 150 passengers.", "Orrin coast guard"),
])
def test_speaker_is_who_the_sentence_attributes_the_figure_to(text, speaker):
    assert [c["speaker"] for c in context(text)] == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Japan spends 1.6% of GDP, Hegseth said, and Colby urged 3%.", ["Hegseth", "Colby"]),
    ("Hegseth said Japan spends 1.6%, while analysts expect 2%.", ["Hegseth", None]),
    ("Spending rose to 1.6% last year, but the ministry said it will hit 2% by 2027.",
     [None, "ministry"]),
])
def test_each_figure_takes_the_attribution_of_its_own_clause(text, speakers):
    assert [c["speaker"] for c in context(text)] == speakers


def test_open_quote_is_attributed_where_it_closes_in_the_next_sentence():
    text = "\u201cJapan must reach 3% of GDP. It is the minimum,\u201d Colby told senators."
    assert [c["speaker"] for c in context(text)] == ["Colby"]


def test_quote_without_attribution_in_the_same_paragraph_has_no_speaker():
    text = "\u201cJapan must reach 3% of GDP.\n\nThe hearing ended.\u201d Colby said."
    assert [c["speaker"] for c in context(text)] == [None]


@pytest.mark.parametrize(("text", "modalities"), [
    ("Japan spent 1.6% of GDP on defense.", ["actual"]),
    ("Colby urged Japan to raise spending to 3% of GDP.", ["proposal"]),
    ("Colby said Japan should spend at least 3% of GDP.", ["proposal"]),
    ("The nominee recommended 3.5% of GDP.", ["proposal"]),
    ("Japan aims to reach 2% of GDP by 2027.", ["target"]),
    ("Japan plans to raise spending to 2% of GDP.", ["target"]),
    ("Spending will reach 2% of GDP by 2027.", ["target"]),
    ("Growth is expected to slow to 1.1%.", ["forecast"]),
    ("The IMF forecasts growth of 0.6%.", ["forecast"]),
    ("If tariffs reach 25%, exports will fall.", ["hypothetical"]),
    ("Japan plans to raise spending to 2% of GDP from 1.6%.", ["target", "actual"]),
    ("Japan, which aims to spend 2% by 2027, must reach 3% soon.", ["target", "proposal"]),
    ("The government said it would double spending to 2% of GDP.", ["target"]),
    ("Without the subsidy, costs would rise by 20%.", ["hypothetical"]),
    ("Colby suggested Japan should top its existing goal of 2% of GDP.", ["target"]),
    ("The new command will oversee the three branches.", ["actual"]),
    ("Costs will rise to $5 billion.", ["forecast"]),
    ("Nearly 100 dead in total are feared.", ["uncertain"]),
    ("Another 12 are feared dead.", ["uncertain"]),
    ("Some 40 people in the village were killed.", ["actual"]),
])
def test_modality_reads_the_cue_of_the_figures_own_clause(text, modalities):
    assert [c["modality"] for c in context(text)] == modalities


@pytest.mark.parametrize(("text", "negated"), [
    ("Japan will not spend 3% of GDP.", [True]),
    ("Officials denied that 5,000 troops would leave.", [True]),
    ("He did not talk specific numbers, but spending is 1.6% of GDP.", [False]),
    ("No more than 300 troops will stay.", [False]),
    ("Not only did exports rise 5%, imports fell.", [False]),
    ("Japan spends 1.6% of GDP.", [False]),
    ("Japan did not commit to 3%.", [True]),
    ("Without the subsidy, costs would rise by 20%.", [False]),
])
def test_negation_applies_only_inside_the_figures_clause(text, negated):
    assert [c["negated"] for c in context(text)] == negated


@pytest.mark.parametrize(("text", "times", "periods"), [
    ("Japan aims to reach 2% of GDP by 2027.", ("2027",), ["2027"]),
    ("In 2024 the rate was 3.9%.", ("2024",), ["2024"]),
    ("Spending rose to 2% from 1.6% in 2024.", ("2024",), [None, "2024"]),
    ("Japan spends 1.6% of GDP.", (), [None]),
])
def test_period_is_the_year_of_the_figures_clause(text, times, periods):
    assert [c["period"] for c in context(text, times)] == periods


def test_durations_and_days_are_not_periods():
    text = "Spending of 2% over P5Y on March 26 was agreed."
    lo, hi = 0, len(text)
    mentions = find_quantities(text, lo, hi)
    times = [_year(text, "P5Y", grain="year"), _year(text, "March 26", "2025-03-26", grain="day")]
    assert [c["period"] for c in attach_context(text, (lo, hi), mentions, times)] == [None]


def test_measure_is_filled_only_when_the_mention_has_none():
    text = "Defense spending will rise to 2%."
    (ctx,) = context(text)
    assert "measure" not in ctx or ctx["measure"] == "defense spending"
    text = "The navy has 12 destroyers."
    (ctx,) = context(text)
    assert "measure" not in ctx


def test_time_mentions_get_the_sentence_speaker_only():
    text = "The talks ended in 2024, Hegseth said."
    times = [_year(text, "2024")]
    (ctx,) = attach_context(text, (0, len(text)), times, times)
    assert ctx == {"speaker": "Hegseth", "modality": "actual", "negated": False, "period": None}

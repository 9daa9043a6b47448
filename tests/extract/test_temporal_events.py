"""Event attachment of dates and order claims between two events."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.dates import find_dates

PUB = dt.date(2025, 3, 30)


def _mentions(text: str, kind: str):
    return [m for m in find_dates(text, 0, len(text), PUB) if m.kind == kind]


@pytest.mark.parametrize("text, expression, event", [
    ("Hegseth visited Iwo Jima on Sunday.", "Sunday", "visit iwo jima"),
    ("On Sunday, Hegseth visited Iwo Jima.", "Sunday", "visit iwo jima"),
    ("Talks were held in Tokyo on Sunday.", "Sunday", "talks"),
    ("Trump announced tariffs on April 2.", "April 2", "announce tariffs"),
    ("The new tariffs take effect on April 5.", "April 5", "take effect"),
    ("The two leaders will meet Ishiba on Monday.", "Monday", "meet ishiba"),
    ("Sales fell last year.", "last year", "fall"),
    ("Sunday's talks ended without a deal.", "Sunday", "talks"),
    ("The flood wall was built 47 years ago.", "47 years ago", "build wall"),
    ("The wall was built 50 years ago, engineers said.", "50 years ago", "build wall"),
    ("The flood wall that gave way on Sunday was built in 1978.", "1978", "build wall"),
    ("The tariffs were announced on April 2.", "April 2", "announce tariffs"),
    ("Japan plans to reach 2% of GDP by fiscal 2027.", "fiscal 2027", "reach"),
    # timeline entries: the event names its agent ("by …"), which identity keeps as the subject
    ("9:52 p.m.: The band stops playing.", "9:52 p.m.", "stop playing by band"),
    ("21:40 - Crews declare a major incident.", "21:40", "declare major incident by crews"),
    ("21:38 - A major incident was declared.", "21:38", "declare incident"),  # passive: no agent
    ("The quake hit 40 km (25 miles) northwest of Herat at 11am.", "11am", "quake"),  # no figures in it
    # a participle with its agent only says which train: the event is the main verb
    ("On March 3, 2025 a train operated by Vessa Rail derailed near Orrin.", "March 3, 2025", "derail"),
    ("On Monday, the plane was operated by a new crew.", "Monday", "operate plane"),
    # "the evening of" a date names no event
    ("The evening of March 3, 2025 was cold.", "March 3, 2025", None),
    # a time between a subject set off by commas and its verb dates that verb, not a verb of an
    # earlier clause; a participle after the comma is no main verb
    ("After the crash which occurred on March 3, 2025, the minister, Ana Vell on March 7, 2025, "
     "set up an inquiry.", "March 7, 2025", "set up inquiry"),
    ("A truck exploded in Orrin, Vessa on March 3, killing 13 people.", "March 3", "explode"),
    # a time opening the sentence, then a phrase that only places it: the main clause's verb
    ("At about 8pm during a concert in Orrin, a gas cylinder exploded.", "about 8pm", "explode"),
    # a time right after a noun for something said dates the saying
    ("The block collapsed Friday, according to a press conference on Saturday.", "Saturday", "say"),
    ("The ministry said in a statement on Monday that 40 people died.", "Monday", "say"),
])
def test_a_date_carries_the_event_it_dates(text, expression, event):
    found = {text[m.start:m.end]: m.event for m in _mentions(text, "time")}
    assert found[expression] == event


@pytest.mark.parametrize("text, relation, first, second, offset", [
    ("Following talks with Ishiba, Hegseth flew to Iwo Jima.", "after", "fly", "talks with ishiba", None),
    ("The visit came a day after the talks.", "after", "visit", "talks", "P1D"),
    ("Ministers met in Tokyo ahead of the summit.", "before", "meet", "summit", None),
    ("Hegseth met Ishiba, then flew to Iwo Jima.", "before", "meet ishiba", "fly", None),
    ("The tariffs were announced two weeks before the election.", "before", "announce tariffs", "election", "P2W"),
    ("The band played for 37 more minutes after the declaration.", "after", "play", "declaration", "PT37M"),
    ("Markets fell sharply after Trump announced tariffs.", "after", "fall", "announce tariffs", None),
    ("Leaders gathered on the eve of the anniversary.", "before", "gather", "anniversary", "P1D"),
    ("Talks with Nakatani followed, a day after the ceremony.", "after", "talks", "ceremony", "P1D"),
])
def test_an_order_claim_names_both_events_and_the_offset(text, relation, first, second, offset):
    (order,) = _mentions(text, "order")
    value = order.value
    assert (value.relation, value.first, value.second, value.offset) == (relation, first, second, offset)
    assert text[order.start:order.end].split()[0] in text


@pytest.mark.parametrize("text", [
    "Prices have risen every year after 2020.",
    "The law was passed before 2019.",
    "After all, the plan was never popular.",
])
def test_a_date_or_a_discourse_word_after_before_is_not_an_order(text):
    assert _mentions(text, "order") == []


def test_an_anniversary_places_its_event_that_many_years_back():
    text = "Leaders marked the 80th anniversary of the Battle of Iwo Jima on Sunday."
    (anniversary, sunday) = _mentions(text, "time")
    assert (anniversary.value.timex, anniversary.event) == ("1945", "battle of iwo jima")
    assert sunday.value.timex == "2025-03-30"


def test_the_anniversary_counts_from_a_date_given_in_the_sentence():
    text = "On March 26, 2015, the town held the 70th anniversary of the landing."
    values = [m.value.timex for m in _mentions(text, "time")]
    assert values == ["2015-03-26", "1945"]


@pytest.mark.parametrize("text, first, second", [
    ("Allies worried after the president questioned the logic of the treaty.", "worry", "question logic of treaty"),
    ("Officials met ahead of their talks Sunday.", "meet", "talks"),
    ("Markets fell days after the U.S. imposed new duties.", "fall", "impose new duties"),
])
def test_order_event_phrases_stop_at_dates_and_keep_abbreviations(text, first, second):
    (order,) = _mentions(text, "order")
    assert (order.value.first, order.value.second) == (first, second)


def test_vague_references_and_sets_are_tagged_but_are_no_claims():
    from factcheck.extract.temporal import tag
    text = "Prices now rise 3% a year and are checked daily."
    assert {t.value.timex for t in tag(text, 0, len(text), PUB)} == {"PRESENT_REF", "P1Y", "P1D"}
    assert _mentions(text, "time") == [] and _mentions(text, "duration") == []


def test_a_document_state_carries_the_day_and_period_to_later_sentences():
    from factcheck.extract.dates import DocState
    text = "Profit rose in the third quarter of 2024. It was lower a year earlier. The board met on March 3. It voted two days later."
    from factcheck.extract.sentences import sentences
    state = DocState()
    values = [m.value.timex for lo, hi in sentences(text) for m in find_dates(text, lo, hi, PUB, state)]
    assert values == ["2024-Q3", "2023-Q3", "2025-03-03", "2025-03-05"]


@pytest.mark.parametrize("text", [
    "The minister testified before Congress on Tuesday.",
    "The island was named after a general.",
    "After-tax profit rose.",
    "Prices rose year after year.",
    "He appeared before the committee.",
])
def test_before_and_after_as_place_or_idiom_make_no_order(text):
    assert _mentions(text, "order") == []


def test_came_after_is_an_order():
    (order,) = _mentions("The visit came after the talks.", "order")
    assert (order.value.first, order.value.relation, order.value.second) == ("visit", "after", "talks")


def test_a_period_named_earlier_only_moves_a_one_year_offset():
    from factcheck.extract.dates import DocState
    from factcheck.extract.sentences import sentences
    text = "Exports fell in March. Some 7,000 soldiers died there 80 years ago."
    state = DocState()
    values = [m.value.timex for lo, hi in sentences(text) for m in find_dates(text, lo, hi, PUB, state)]
    assert values == ["2025-03", "1945"]



def test_a_part_of_a_day_before_its_date_is_that_date():
    from factcheck.extract.dates import DocState, find_dates
    from factcheck.extract.sentences import sentences
    text = "Dozens were hurt in twin blasts on Sunday morning, January 27."
    pub = dt.date(2019, 2, 4)
    found = [m for lo, hi in sentences(text) for m in find_dates(text, lo, hi, pub, DocState())]
    assert [(text[m.start:m.end], m.value.start[:10]) for m in found] == [("Sunday morning, January 27", "2019-01-27")]
    # a date that is not that weekday stays apart
    text = "Dozens were hurt on Sunday morning, January 28."
    found = [m for lo, hi in sentences(text) for m in find_dates(text, lo, hi, pub, DocState())]
    assert len(found) == 2


def test_a_headline_kicker_is_no_event_of_the_order_after_it():
    # "Flyover collapse: 24 dead after dozens were trapped": the collapse is a label, not what
    # came after the trapping
    orders = _mentions("Flyover collapse: At least 24 dead after dozens were trapped for hours", "order")
    assert all("collapse" not in (o.value.first, o.value.second) for o in orders)


def test_a_relative_clause_before_then_is_no_step_of_the_sequence():
    # "who was later shot dead" is an aside: "then" follows the driver's driving, not his death
    assert _mentions("The driver of the truck, who was reportedly later shot dead by police, "
                     "then began firing shots into the crowd.", "order") == []


@pytest.mark.parametrize(("word", "base"), [
    # British spelling doubles the l of a verb ending in -el; a one-syllable verb keeps its ll
    ("levelled", "level"), ("travelled", "travel"), ("cancelled", "cancel"),
    ("smelled", "smell"), ("killed", "kill"),
    # no silent e after two vowels and a k (but "baked" is "bake")
    ("leaked", "leak"), ("soaked", "soak"), ("baked", "bake"),
])
def test_a_verb_form_outside_the_lexicon_gets_its_base(word, base):
    from factcheck.extract.temporal.verbs import guess_lemma
    assert guess_lemma(word) == base

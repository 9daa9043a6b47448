"""Line classes of lines that do not end a sentence, and of photo credits: a lead or a paragraph
of figures that lost its full stop is copy, a headline or standfirst is a heading, and only a
picture's description or a credited caption is a caption."""

from __future__ import annotations

import pytest

from factcheck.ingest.lines import CAPTION, CUE, HEADING, META, PROSE, is_marked_caption, split_lines


def _kind(line: str) -> str:
    return split_lines(line)[0].kind


@pytest.mark.parametrize("line", [
    # a lead that reports, without its full stop
    "The dockers' union said on Tuesday that 94% of the 3,120 members who voted backed the pay deal",
    "It was confirmed late on Monday that all 64 passengers and four crew on board had been found",
    "According to the survey office, the tremor struck at 3:12 p.m. local time and was centred off the cape",
    # a paragraph dense with figures whose last sentence lost its full stop
    "With 21,040 votes, the Greens took 58.1% of the valid vote. The Liberals' 10,830 votes is a "
    "29.9% share. Independents got 4,350 (12.0%)",
    # reference marks after the sentence
    "The two reservoirs held 18 and 11 million cubic metres of water respectively.[12]",
    "The regional governor declared a curfew in the three river towns on 4 May [7]",
    # a stamp inside a sentence is not a stamp line
    "The new contract runs from 25 September 2023 until 1 May 2026.",
])
def test_unterminated_reports_and_dated_sentences_are_prose(line):
    assert _kind(line) == PROSE


@pytest.mark.parametrize("line", [
    "A second strong tremor has struck the coast again, less than 10 hours after the first one",  # standfirst
    "Harbour fire: what we know so far as at least four die in warehouse blaze",  # topic before a colon
    "Council election | Greens win control of Lakeside council as Liberals lose 6 seats",  # kicker
    "The Missing Ferry Will Run Out of Fuel by Friday Noon: 'We Are Racing the Clock'",
    "The warehouse fire ripped through the old dock buildings in the early hours of Tuesday",  # past tense
])
def test_unterminated_headlines_and_standfirsts_are_headings(line):
    assert _kind(line) == HEADING


@pytest.mark.parametrize("line", [
    "Volunteers with the coastguard on a rescue boat during a night exercise off the northern cape, last month",
    "Crowds gather at the harbour for the tall ships race on a cold morning last spring",
    "Firefighters search the ruins of the warehouse on the morning after the blaze near the old dock, while "
    "neighbours watch from behind a barrier that police put up overnight along the quay and the bridge",
])
def test_descriptions_of_a_picture_are_captions(line):
    assert _kind(line) == CAPTION


@pytest.mark.parametrize("line", [
    "Ferry passengers queue at the quay on Monday [Jane Roe/Reuters]",
    "Part of the warehouse roof collapsed around 3 a.m. on Tuesday. (Ann Lee/Harbour Post/TNS)",
    "Exit polls shown on the town hall as the count began on Thursday night. Image Credit: AFP",
    "Rescuers carry a survivor from the rubble of the collapsed block REUTERS/Tom Bell",
    "Huge fire engulfs warehouse on the old dock (credit: REUTERS)",
    "FILE - The ferry leaves the harbour in this photo taken in 2019.",
    "Debris is seen on the quay road at dusk after the warehouse blast on Tuesday.",
    "The mayor (left) and the port director open the new terminal on Friday.",
])
def test_credited_and_marked_captions(line):
    (ln,) = [x for x in split_lines(line) if x.kind != "blank"]
    assert ln.kind == CAPTION and is_marked_caption(ln)


def test_a_caption_guessed_from_its_shape_is_not_marked():
    (ln,) = split_lines("Crowds gather at the harbour for the tall ships race on a cold morning last spring")
    assert ln.kind == CAPTION and not is_marked_caption(ln)


@pytest.mark.parametrize("line", [
    "The deal is seen as a setback for the port, which had hoped to double its traffic.",
    "Growth is seen slowing to 2% next year as exports cool, the bank said.",
    "The bigger picture: exports fell 4% in May, the third fall in a row.",
    "Smoke is seen on the horizon from the ferry, the captain told reporters.",
    "Media sources said 40 people had died in the floods by Sunday evening.",
    "Image sources on the agency's website show the dam before it broke, the report said.",
])
def test_prose_that_mentions_seeing_or_pictures_is_not_a_caption(line):
    assert _kind(line) == PROSE


def test_date_stamp_lines_stay_meta():
    assert _kind("October 10, 2023 01:13 pm | Updated 01:21 pm IST") == META
    assert _kind("Published: March 31, 2025.") == META


@pytest.mark.parametrize("line", ["(Reuters)", "(Ann Lee/Reuters)", "Tom Bell / Getty Images",
                                  "Erika Moss/Harbour Post.", "(Associated Press)"])
def test_a_credit_on_a_line_of_its_own_is_a_caption(line):
    assert _kind(line) == CAPTION


@pytest.mark.parametrize("line", ["Seats 26 15 7", "Labour/Co-op 12", "Politics"])
def test_short_lines_that_are_not_credits(line):
    assert _kind(line) != CAPTION


@pytest.mark.parametrize(("line", "kind"), [
    ("Sign up for the Morning Brief newsletter. Get a daily e-mail with the stories that matter in the "
     "valley. Thank you for signing up. Something went wrong, please try again later.", CUE),
    ("If you're viewing on the Valley News app, tap here for photos.", CUE),
    ("Submit", CUE),
    ("  • A search dog works through the ashes of a house in the hill town on the ridge above the river...", CAPTION),
    ("  • In 2018, a fallen tree on a power line started a fire that burned 30,000 acres in the same hills.", PROSE),
])
def test_prompts_boxes_and_teasers(line, kind):
    assert _kind(line) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Image copyright Reuters", CAPTION),
    ("Image caption Rescuers search the flooded streets of the old town", CAPTION),
    ("Media captionFootage of the moment the river burst its banks", CAPTION),
    ("Photos por Ana Ruiz/AP", CAPTION),
    ("A ferry leaves the harbour in the morning fog. (Source: Associated Press)", CAPTION),
    ("Picture gallery: the valley after the floods", CUE),
    ("This story is over 5 years old.", CUE),
    ("Media playback is unsupported on your device", CUE),
    ("© 2024 Valley Post. Copyright of the photographs rests with their authors.", CUE),
])
def test_markers_of_pictures_and_site_notices(line, kind):
    assert _kind(line) == kind

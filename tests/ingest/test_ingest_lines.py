"""Line classes of scraped text: boilerplate is recognised without eating real sentences."""

from __future__ import annotations

import pytest

from factcheck.ingest.lines import CAPTION, CUE, HEADING, META, NAV, PROSE, split_lines


@pytest.mark.parametrize(("line", "kind"), [
    ("Share prices fell 3% on Monday.", PROSE),
    ("Print sales fell 10% last year.", PROSE),
    ("Subscribers rose 12% to 1.2 million.", PROSE),
    ("Cookie sales rose 5% in May.", PROSE),
    ("Share", CUE),
    ("Most read", CUE),
    ("Related Articles", CUE),
    ("Sign up for our daily newsletter", CUE),
    ("© 2024 Valley Post. All rights reserved.", CUE),
    ("  • Sport", NAV),
    ("By Ana Quist", META),
    ("5 hours ago", META),
    ("Valley Post09-04-2024", META),
    ("Ferry crews at the quay during the strike of 2019 (Photo: Valley Post archive)", CAPTION),
    ("Crowds gather at the harbour for the tall ships race on a cold morning last spring", CAPTION),
    ("Tram line to reach the airport by 2028", HEADING),
])
def test_line_kinds(line, kind):
    assert split_lines(line)[0].kind == kind


def test_hard_wrapped_paragraph_is_one_line():
    text = ("The council said the new bridge over the river would open to traffic in the spring of\n"
            "2027, a year later than planned, because of a shortage of steel for its central span.\n\n"
            "Drivers will pay a toll of 2 euros for each crossing in the first five years after it\n"
            "opens, the council said, and the toll will then be reviewed by the regional assembly.\n")
    lines = [ln for ln in split_lines(text) if ln.kind != "blank"]
    assert [ln.kind for ln in lines] == [PROSE, PROSE]
    assert text[lines[0].start:lines[0].end].endswith("central span.")

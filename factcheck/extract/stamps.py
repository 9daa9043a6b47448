"""Update stamps of live blogs and timelines: a paragraph that opens with a clock time ("13:00
EST 20/5/2019: Results so far …", "13:52 - The gunman drives to Linwood …") starts an entry,
and the figures of that entry, down to the next stamp, are counts as of that moment. Two
entries' figures ("ALP: 65 seats" at 13:00, "ALP: 66 seats" at 22:00) are two moments of a
running count, not one figure given twice."""

from __future__ import annotations

import bisect
import re

_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<t>\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?[ \t]?m\.?)?(?:[ \t]+[A-Z]{2,5})?"
    r"(?:[ \t]+(?:on[ \t]+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4})?)[ \t]*(?:[:\u2013\u2014-]|$)")

#: A document needs this many stamps to be read as a live blog or a timeline: one clock time
#: opening one paragraph is as often the start of a sentence.
MIN_STAMPS = 2


def update_stamps(text: str) -> tuple[list[int], list[str]]:
    """(offsets, stamps) of the entries of ``text``, in text order; empty when the text is
    not a run of stamped entries."""
    found = [(m.start(), " ".join(m.group("t").split())) for m in _STAMP.finditer(text)]
    if len(found) < MIN_STAMPS:
        return [], []
    return [pos for pos, _ in found], [stamp for _, stamp in found]


def stamp_at(stamps: tuple[list[int], list[str]], pos: int) -> str | None:
    """The stamp of the entry ``pos`` falls in, or None before the first entry."""
    offsets, labels = stamps
    k = bisect.bisect_right(offsets, pos) - 1
    return labels[k] if k >= 0 else None

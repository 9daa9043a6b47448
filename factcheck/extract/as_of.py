"""The day a count is given as of, as the words around a date say it.

"By October 20, the government said the toll was 358" and "another victim died on Thursday,
raising the death toll to 20" date a count by the day written, whenever the article was
published. The extractor records the words on the date's claim (``evidence["as of"]`` and
``evidence["toll raised"]``), so the engine orders reports by them without reading the
document text again.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: "By October 20, …", "as of Monday": the day a count was given as of (the words right
#: before the date).
_AS_OF = re.compile(r"\b(?:[Bb]y|[Aa]s\s+(?:of|at))\s+$")
#: "raising the death toll to 20", "took the toll to 31": a count a dated event brought about.
_RAISED_TO = re.compile(r"\b(?:rais|bring|brought|tak|took|push|driv|drove|lift|increas)\w*\s+(?:the\s+)?"
                        r"(?:overall\s+|total\s+|official\s+|confirmed\s+|known\s+)?(?:death\s+|casualty\s+)?"
                        # ("increasing the confirmed death toll from fourteen to 31")
                        r"(?:toll|tally|number of (?:the\s+)?dead)\s+(?:from\s+[\w,-]+\s+)?to\b", re.I)
#: "the death toll rose to 35 on Friday", "authorities raised it to 39 on Saturday": the toll
#: as of the day written right after its figure (not any day of the sentence: "the toll from
#: the storm that struck on October 25 has risen to 52" is no count of October 25).
_ROSE_TO = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\s+(?:\w+\s+){0,6}?(?:has\s+|had\s+)?"
                      r"(?:rose|risen|climbed|increased|jumped|reached|mounted|soared)\s+(?:from\s+[\d,]+\s+)?to\s+"
                      r"|\btoll\b[^.;]{0,60}?\braised\s+it\s+to\s+", re.I)
#: What stands between a risen toll's figure and the day it is dated by: "35 on", "69 by".
_FIGURE_THEN_DAY = re.compile(r"[\d,.]+(?:\s+(?:people|persons|dead|lives))?\s+(?:on|by|late|early)\s+(?:on\s+)?$", re.I)


class Raised(NamedTuple):
    """The words of a sentence that raise a toll; ``at`` is where a risen toll's figure starts
    ("rose to |35 on Friday"), when only a day written right after it dates the count, and None
    when any day of the sentence does ("died on 9 March, raising the death toll to 20")."""

    words: str
    at: int | None = None


def toll_raised(text: str, sentence: tuple[int, int]) -> Raised | None:
    """The words of a sentence that raise a toll ("raising the death toll to", "the death toll
    rose to"), read once per sentence for all its dates; None when there are none."""
    raised = _RAISED_TO.search(text, *sentence)
    if raised:
        return Raised(raised.group())
    rose = _ROSE_TO.search(text, *sentence)
    return Raised(rose.group().strip(), rose.end()) if rose else None


def as_of_evidence(text: str, start: int, raised: Raised | None) -> dict[str, str]:
    """Evidence that the date at ``start`` dates a count: the "by"/"as of" before it, or the
    words of its sentence that raise a toll on that day (``toll_raised``). Empty when there is
    none."""
    out: dict[str, str] = {}
    before = _AS_OF.search(text, max(0, start - 8), start)
    if before:
        out["as of"] = before.group().strip()
    if raised is not None and (raised.at is None or _FIGURE_THEN_DAY.fullmatch(text, raised.at, start)):
        out["toll raised"] = raised.words  # ("rose to 35 on Friday": only the day right after it)
    return out

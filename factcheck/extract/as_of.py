"""The day a count is given as of, as the words around a date say it.

"By October 20, the government said the toll was 358" and "another victim died on Thursday,
raising the death toll to 20" date a count by the day written, whenever the article was
published. The extractor records the words on the date's claim (``evidence["as of"]`` and
``evidence["toll raised"]``), so the engine orders reports by them without reading the
document text again.
"""

from __future__ import annotations

import re

#: "By October 20, …", "as of Monday": the day a count was given as of (the words right
#: before the date).
_AS_OF = re.compile(r"\b(?:[Bb]y|[Aa]s\s+(?:of|at))\s+$")
#: "raising the death toll to 20", "took the toll to 31": a count a dated event brought about.
_RAISED_TO = re.compile(r"\b(?:rais|bring|brought|tak|took|push|driv|drove|lift)\w*\s+(?:the\s+)?"
                        r"(?:overall\s+|total\s+|official\s+)?(?:death\s+|casualty\s+)?"
                        r"(?:toll|tally|number of (?:the\s+)?dead)\s+to\b", re.I)


def toll_raised(text: str, sentence: tuple[int, int]) -> str | None:
    """The words of a sentence that raise a toll ("raising the death toll to"), read once per
    sentence for all its dates; None when there are none."""
    raised = _RAISED_TO.search(text, *sentence)
    return raised.group() if raised else None


def as_of_evidence(text: str, start: int, raised: str | None) -> dict[str, str]:
    """Evidence that the date at ``start`` dates a count: the "by"/"as of" before it, or the
    words of its sentence that raise a toll on that day (``toll_raised``). Empty when there is
    none."""
    out: dict[str, str] = {}
    before = _AS_OF.search(text, max(0, start - 8), start)
    if before:
        out["as of"] = before.group().strip()
    if raised:
        out["toll raised"] = raised
    return out

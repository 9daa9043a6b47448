"""Who an amount of money is paid to: "Rs 4 lakh each to the families of the deceased, Rs 50,000
each to the seriously injured and Rs 25,000 each to those who received minor injuries" gives three
amounts for three groups, never one figure given three ways. The group is part of what the
amount is (its scope); amounts for different groups are different figures.
"""

from __future__ import annotations

import re

#: The words after an amount, up to the next item of a list of amounts: a comma, a semicolon,
#: a full stop, "and"/"while" before another amount, or another amount.
_ITEM_END = re.compile(r"[,;.]|\b(?:and|while|whereas|besides)\s+(?:Rs\.?|₹|INR|\$|US\$|£|€)|(?:Rs\.?|₹|INR|US\$|\$|£|€)\s*\d", re.I)
#: The recipient follows "to", "for" or "per" (after "each", "as compensation" and the like).
_TO = re.compile(r"\b(?:to|for|per)\b", re.I)

#: (scope, what the words must say), first match wins: a payment for the dead goes to their
#: families; the hurt are told apart by how badly, since many governments pay each its amount.
_GROUPS = (
    ("the dead", re.compile(r"\b(?:deceased|dead|killed|died|lost their lives|victims? who died|"
                            r"each death|bereaved)\b", re.I)),
    ("the slightly injured", re.compile(r"\b(?:minor|slight|simple)(?:ly)?\s+(?:injur|hurt|wound)", re.I)),
    ("the seriously injured", re.compile(r"\b(?:serious|grievous|critical|severe)(?:ly)?\s+(?:injur|hurt|wound)", re.I)),
    ("the critically ill", re.compile(r"\b(?:ventilators?|critical condition|life support)\b", re.I)),
    ("the injured", re.compile(r"\b(?:injur\w*|wounded|hurt|hospitali[sz]ed|under treatment|undergoing treatment)\b", re.I)),
)


def recipient(text: str, end: int, stop: int) -> tuple[str, str] | None:
    """(scope, words) for the group the amount ending at ``end`` is paid to, read up to the end
    of its item of a list (never past ``stop``, the sentence's end); None when no group of the
    dead or the hurt is named."""
    item = _ITEM_END.search(text, end, stop)
    window = text[end:item.start() if item else min(stop, end + 120)]
    to = _TO.search(window)
    if to is None or to.start() > 40:
        return None  # "Rs 2 lakh was announced": no recipient written after the amount
    after = window[to.start():]
    for scope, words in _GROUPS:
        if words.search(after):
            return scope, after.strip()
    return None

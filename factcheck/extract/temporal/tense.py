"""The tense of the clause a temporal expression sits in: past, future, or unknown.

Decides which way an unanchored weekday or month goes ("met on Sunday" vs "will meet on
Sunday"). The nearest cue before the expression wins, then the nearest after it.
"""

from __future__ import annotations

import re

from .verbs import is_past

_FUTURE = re.compile(
    # "will remain closed till Sunday": a copula's participle is inside the future cue
    r"\b(?:(?:will|won['’]t|shall|['’]ll|would)(?:\s+(?:not|be|have|been|\w+ly))*"
    r"(?:\s+(?:remain|stay|get|become|keep|appear|seem)(?:\s+\w+ly)?)?(?:\s+\w+)?|"
    r"going\s+to|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised|to)|"
    r"plans?|planned|planning|intends?|intended|upcoming|next|scheduled|"
    r"(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing)\b", re.I)
_PAST = re.compile(r"\b(?:(?:has|have|had)\s+(?:not\s+)?(?:been\s+)?\w+|was|were|had|did|\w+ed|met|held|took|began|said|went|came|made|gave|"
                   r"won|left|told|saw|got|became|brought|sold|sent|spent|struck|fell|rose|flew|"
                   r"spoke|wrote|ran|led|paid|found|thought|kept|knew|lost|stood)\b", re.I)
#: Clause edges: a cue beyond one of these belongs to another clause.
WINDOW = 400
_EDGE = re.compile(r"[;:()\"“”]|,\s+(?:and|but|while|as|after|before|when)\b|"
                   r"\b(?:that|who|which|if|when|unless|until|because)\b")


def tense_at(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """"past", "future" or None for the expression at [start, end) in sentence [lo, hi)."""
    # a clause is short: a bounded window keeps a huge "sentence" (a table) linear
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    before = text[lo:start]
    edge = None
    for edge in _EDGE.finditer(before):
        pass
    left_from = edge.end() if edge else 0
    best = _last_cue(before, left_from)
    if best:
        return best
    after = text[end:hi]
    cut = _EDGE.search(after)
    return _first_cue(after[: cut.start() if cut else len(after)])


def _cues(s: str, from_: int = 0) -> list[tuple[int, int, str]]:
    # at one position a future cue ("was due to") outranks the past word inside it
    future = [(m.start(), m.end()) for m in _FUTURE.finditer(s, from_)]
    cues = [(a, 1, "future") for a, _ in future]
    # a participle inside a future cue ("will be named", "are expected") is not a past tense
    cues += [(m.start(), 0, "past") for m in _PAST.finditer(s, from_)
             if _really_past(m.group()) and not any(a <= m.start() < b for a, b in future)]
    return cues


def _last_cue(s: str, from_: int) -> str | None:
    cues = _cues(s, from_)
    return max(cues)[2] if cues else None


def _first_cue(s: str) -> str | None:
    cues = [(pos, -rank, name) for pos, rank, name in _cues(s)]
    return min(cues)[2] if cues else None


def _really_past(word: str) -> bool:
    if " " in word:
        return True  # "has been searching", "had agreed": a perfect
    # "-ed" words that are not verbs ("red", "need", "speed", "seed") carry no tense
    return is_past(word) or (word.lower().endswith("ed") and len(word) > 4
                             and word.lower() not in ("indeed", "speed", "proceed", "exceed", "succeed"))

"""Context of a claim from its sentence: who says so, whether it is an actual figure or a
target, forecast or proposal, whether it is negated, and the period it refers to."""

from __future__ import annotations

import re

from ..models import TimeValue
from .mention import Mention

_SAY = r"(?:said|says|told|stated|announced|argued|urged|recommended|claimed|wrote|added|noted|estimated|reported|warned)"
_SAID_NAME = re.compile(rf"\b{_SAY}\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})")
_SPEAKER_BEFORE = re.compile(rf"(?P<who>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+{_SAY}\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "The", "This", "That"})

#: Cue words for modality, checked nearest-first before the claim inside its sentence.
_MODALITY_CUES = [
    ("proposal", re.compile(r"\b(?:urg(?:e|ed|es|ing)|recommend(?:s|ed|ing|ation)?|propos(?:e|ed|es|al)|call(?:s|ed)? for|should|suggest(?:s|ed)?|push(?:es|ed)? for|demand(?:s|ed)?)\b", re.I)),
    ("target", re.compile(r"\b(?:target(?:s|ed)?|goal|aim(?:s|ed)? (?:to|at|for)|pledg(?:e|ed|es)|commit(?:ted|s)? to|plan(?:s|ned)? to|raise[sd]? .{0,40}? to|increase[sd]? .{0,40}? to|by (?:fiscal )?(?:19|20)\d\d)\b", re.I)),
    ("forecast", re.compile(r"\b(?:expect(?:s|ed)?|forecast(?:s)?|project(?:s|ed|ion)|predict(?:s|ed)?|likely|estimate[sd]? to)\b", re.I)),
    ("hypothetical", re.compile(r"\b(?:if|would|could|unless)\b", re.I)),
]
_BY_YEAR = re.compile(r"\bby (?:the end of )?(?:fiscal (?:year )?)?(?:19|20)\d\d\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|n't|neither|nor|without)\b[^.;:]{0,40}$", re.I)


def attach_context(text: str, sentence: tuple[int, int], mentions: list[Mention],
                   times: list[Mention]) -> list[dict]:
    """Context fields for each mention in one sentence, in order."""
    lo, hi = sentence
    sent = text[lo:hi]
    speaker = _speaker(sent)
    out = []
    for m in mentions:
        prefix = text[lo:m.start]
        ctx: dict = {"speaker": speaker, "modality": "actual", "negated": False, "period": None}
        if m.kind == "quantity":
            ctx["modality"] = _modality(prefix, text[m.end:hi])
            ctx["negated"] = bool(_NEGATION.search(prefix[-60:]))
            ctx["period"] = _period(m, times)
            if m.measure is None:
                ctx["measure"] = _measure(prefix, text[m.end:hi])
        out.append(ctx)
    return out


def _speaker(sentence: str) -> str | None:
    for pattern in (_ACCORDING, _SPEAKER_BEFORE, _SAID_NAME):
        m = pattern.search(sentence)
        if m:
            who = m.group("who").strip()
            if who.split()[0] not in _PRONOUNS or len(who.split()) > 1:
                return who.removeprefix("the ").strip().rstrip(".,;:") or None
    return None


_LINK = (r"(?:to|at|of|was|is|are|were|be|reach(?:ed|es)?|hit|stood at|rose to|fell to|totall?ed|"
         r"by|from|around|about|near|of around|of about|of some|of up to|of more than|of at least)")
_MEASURE_BEFORE = re.compile(rf"(?P<np>\b[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+{_LINK}\s*$")
_NOUN_AFTER = re.compile(r"\s*(?:of\s+(?:GDP|gross domestic product)\s+)?(?:on\s+|in\s+)?(?P<noun>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)")
_NOT_MEASURE = frozenset("the a an its their his her our this that these those and or but to of in on at "
                         "by for with from as is was are were be been has have had will would "
                         "could should may might said says than more less about around".split())


def _measure(prefix: str, suffix: str) -> str | None:
    """The measure phrase of a figure: "defense spending" in "raise defense spending to 2%",
    "tariffs" in "25% tariffs"."""
    m = _NOUN_AFTER.match(suffix)
    if m and not suffix.lstrip().startswith(("of ", "by ", "to ", "in ", "on ")):
        words = [w for w in m.group("noun").split() if w not in _NOT_MEASURE]
        if words and words[0] == m.group("noun").split()[0]:
            return words[0]
    m = _MEASURE_BEFORE.search(prefix)
    if m:
        words = [w for w in m.group("np").split() if w not in _NOT_MEASURE]
        if words:
            return " ".join(words)
    return None


def _modality(prefix: str, suffix: str) -> str:
    best = None
    for name, pattern in _MODALITY_CUES:
        for m in pattern.finditer(prefix):
            if best is None or m.start() > best[0]:
                best = (m.start(), name)
    if best is None:
        return "target" if _BY_YEAR.search(suffix[:40]) else "actual"
    return best[1]


def _period(m: Mention, times: list[Mention]) -> str | None:
    """The nearest year- or month-grain time in the same sentence."""
    best = None
    for t in times:
        value = t.value
        if isinstance(value, TimeValue) and value.grain in ("year", "month", "quarter") and value.start:
            gap = min(abs(t.start - m.end), abs(m.start - t.end))
            if best is None or gap < best[0]:
                best = (gap, value.timex)
    return best[1] if best else None

"""The engine's view of a claim: its fields as rules see them, computed once per rule set
(canonical measure, subject and event names from the pack's lexicons). Everything comes from
the claim's own fields: identity is decided in extract, and the engine never re-reads the text
to guess it (the sentence is kept only for rules that select on nearby words)."""

from __future__ import annotations

import re
from typing import Any

from ..dsl.rules import RuleSet
from ..models import Claim, Document, OrderValue, QuantityValue, TimeValue
from ..extract.identity.events import DAILY, MANY, ONE_OFF
from ..extract.temporal.lexicon import MONTH_ABBR, MONTH_FULL, WEEKDAY_FULL
from ..extract.temporal.zones import ABBREVIATION_WORD
from ..units import dimension

#: The subject value extraction gives when a figure's holder is there but could not be read
#: ("it won 202 seats"): it never matches anything, not even another unknown.
UNKNOWN = "?"


_YEAR = re.compile(r"(?:FY)?(\d{4})")


def _year(value, period: str | None) -> str | None:
    """The year a date starts in, or the year of a figure's period ("FY2027" gives 2027)."""
    if isinstance(value, TimeValue):
        text = value.start or value.timex
    else:
        text = period
    m = _YEAR.match(text or "")
    return m.group(1) if m else None


#: Roles that name no body when no name goes with them.
_BARE_ROLES = frozenset("officials official authorities sources source witnesses witness experts "
                        "analysts residents reports spokesman spokeswoman spokesperson "
                        "rescuers workers airline carrier company operator".split())


def _speaker(ruleset: RuleSet, speaker: str | None) -> str | None:
    """A speaker by the pack's alias, else by the word that names it ("Turkish Vice President
    Fuat Oktay" and "Oktay" are one speaker; "the Disaster and Emergency Management Authority
    (AFAD)" and "AFAD" too)."""
    if not speaker:
        return None
    alias = ruleset.canonical_alias(speaker)
    if alias != speaker.lower():
        return alias
    words = [w.strip("().,'\u2019\"") for w in speaker.split()]
    words = [w for w in words if w]
    if words and words[-1].lower() in _BARE_ROLES and all(w.islower() for w in words):
        # "officials said", "a spokesman said", "sources said": a role that names no body;
        # two such figures are not two bodies in dispute
        return None
    return words[-1].lower() if words else None


def occurrence(claim: Claim, event: str | None = None, by_day: bool = False) -> str | None:
    """Which occurrence of its event (``event``, else the claim's own) a date or time can be:
    the year for an event that happens once in a story (a crash, a contract's expiry); for one
    that recurs, the month of a date (talks, visits) and the day of a clock time (briefings,
    aftershocks). ``by_day``: a clock time taken for the day it names, as a date is."""
    value = claim.value
    event = event or claim.event
    if not isinstance(value, TimeValue) or not value.start:
        return None
    if event in MANY and not claim.scope or claim.scope == "during":
        return f"{value.start[:16]} (one of many)"  # each call is its own occurrence (wall clock)
    if event in ONE_OFF:
        return value.start[:4]
    if event in DAILY or "T" in value.start and not by_day:
        return value.start[:10]
    return value.start[:7]


def _scope(claim: Claim, doc: Document) -> str | None:
    """The claim's scope as a key; what remains ("70 hours of oxygen left") is as of its
    report's day."""
    if not claim.scope:
        return None
    scope = " ".join(claim.scope.lower().split())
    if scope == "part of those named before":
        # "five of them", "Three of them are in critical condition": a part of a group an
        # earlier sentence names, which may be any group: the same as no other part
        return f"part of those named before at {claim.id}"
    if scope in ("remaining", "ongoing"):
        return f"{scope} as of {doc.published}" if doc.published else None
    if scope == "running count":
        # a count before all results are in stands at the moment of its own report: one
        # article's running count is compared with nothing else's
        return f"running count in {doc.id}"
    return scope


#: Words that name a day in a time's own text ("3:40 p.m. on May 6", "11 p.m. Thursday",
#: "Sept. 26 at 11:30 p.m.", "late last night"), from the temporal lexicon's names.
_MONTH = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
_DAY_WORDS = re.compile(rf"\b(?:{WEEKDAY_FULL})\b|\b{_MONTH}\.?\s+\d|\d\s+{_MONTH}\b|"
                        r"\b(?:yesterday|today|tonight|last\s+night)\b|\b\d{1,2}/\d{1,2}\b", re.I)


#: A time written in a zone of its own ("2320 GMT Sunday", "11.25 p.m. ET Saturday", "06:25
#: Moscow time") names the day of that zone, not the story's local day; and midnight belongs to
#: either day it divides ("midnight July 13"). Zone abbreviations are capitals, as the tagger
#: reads them ("at" in "Sept. 26 at 11:30 p.m." is no zone).
_OTHER_CLOCK = re.compile(rf"\b(?:{ABBREVIATION_WORD})\b|(?i:\b(?!local\b)[a-z]+\s+time\b|\bmidnight\b)")


class Item:
    __slots__ = ("claim", "doc", "_fields")

    def __init__(self, claim: Claim, doc: Document, ruleset: RuleSet) -> None:
        self.claim = claim
        self.doc = doc
        value = claim.value
        sent = claim.sentence or (claim.start, claim.end)
        unit = value.unit if isinstance(value, QuantityValue) else None
        self._fields: dict[str, Any] = {
            "kind": claim.kind,
            "measure": ruleset.canonical_measure(claim.measure),
            "unit": unit,
            "dimension": dimension(unit) if unit else None,
            "base": value.base.lower() if isinstance(value, QuantityValue) and value.base else None,
            "subject": claim.subject if claim.subject == UNKNOWN else ruleset.canonical_alias(claim.subject),
            "scope": _scope(claim, doc),
            "enumeration": claim.enumeration,
            "published": doc.published.isoformat() if doc.published else None,
            "speaker": _speaker(ruleset, claim.speaker),
            "modality": claim.modality,
            "event": (event := ruleset.canonical_event(claim.event)),
            "named event": event is not None and event in ruleset.events,
            "period": claim.period,
            "grain": value.grain if isinstance(value, TimeValue) else None,
            "year": _year(value, claim.period),
            "anchored": isinstance(value, TimeValue) and value.anchor is not None,
            "day_named": isinstance(value, TimeValue) and value.grain in ("hour", "minute")
            and _DAY_WORDS.search(claim.text) is not None and _OTHER_CLOCK.search(claim.text) is None,
            "month": value.start[:7] if isinstance(value, TimeValue) and value.start
            and value.grain not in ("year", "decade", "century", "quarter", "season") else None,
            "occurrence": occurrence(claim),
            "negated": claim.negated,
            "attributed": claim.speaker is not None,
            "main": claim.main,
            "text": claim.text,
            "source": doc.source,
            "group": doc.group,
            "doc": doc.id,
            "sentence_text": doc.text[sent[0]:sent[1]],
            "events": tuple(sorted((ruleset.event_head(value.first) or value.first,
                                    ruleset.event_head(value.second) or value.second)))
            if isinstance(value, OrderValue) else None,
        }

    def get(self, name: str) -> Any:
        return self._fields.get(name)

    def set(self, name: str, value: Any) -> None:
        self._fields[name] = value

"""Compiled rule packs: what the engine runs. Built from the AST by :mod:`.checker`.

A predicate takes any object with a ``get(field)`` method (the engine's view of a claim), so
this layer never imports the engine."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..models import Span
from ..units import noun_key


class Fields(Protocol):
    def get(self, name: str) -> Any: ...


Predicate = Callable[[Fields], bool]


#: Fields of a claim that rules can select on and key on, with what they hold.
CLAIM_FIELDS: dict[str, str] = {
    "kind": "quantity, time, duration or order",
    "measure": "what is measured (canonical measure name when a pack defines it)",
    "unit": "the unit or counted noun",
    "dimension": "count, percent, percentage_point, currency, length, …",
    "base": 'what a share is of ("GDP")',
    "subject": "whose figure (canonical alias name when a pack defines it)",
    "speaker": "who says so",
    "modality": "actual, target, forecast, proposal, hypothetical, capacity, superseded (an earlier figure since corrected) or uncertain (feared, presumed)",
    "scope": 'what part of the subject a figure covers ("kunar", "on the ground", "combined"); none for the whole',
    "enumeration": "the id of the list a figure is one item of",
    "event": "the event a date belongs to (canonical event name when a pack defines it)",
    "period": "TIMEX value of the time a figure refers to",
    "grain": "day, week, month, year, … of a date",
    "anchored": "true when a date was counted from another (\"80 years ago\", \"the 80th anniversary\")",
    "day_named": "true when a clock time or a part of a day names its day in its own words (\"3:40 p.m. on May 6\", \"11 p.m. Thursday\"), not the day of the page or of an earlier sentence",
    "year": "the calendar year a date falls in (or the year of a figure's period)",
    "month": "YYYY-MM of a date of day, week or month grain",
    "occurrence": "which occurrence of its event a date can be: its year for an event that happens once in a story (a crash, an expiry), its month for one that recurs (talks, visits)",
    "negated": "true when the sentence negates the figure",
    "attributed": "true when a speaker is named",
    "main": "true when the claim lies in the article text (not menus, tickers, captions)",
    "text": "the claim text",
    "source": "the publishing outlet",
    "group": "the source group (syndicated copies share one)",
    "doc": "the document id",
    "events": "the two events of an order claim, as a sorted pair",
    "published": "the publication date of the claim's article (YYYY-MM-DD)",
    "reported": "the day the article reports as of (YYYY-MM-DD): the latest day it dates a statement by (\"officials said Saturday\") within three days before publication, else its publication date",
}
BOOLEAN_FIELDS = frozenset({"negated", "attributed", "main", "anchored", "day_named"})
#: Closed value sets, checked at load time.
ENUMS: dict[str, frozenset[str]] = {
    "kind": frozenset({"quantity", "time", "duration", "order"}),
    "modality": frozenset({"actual", "target", "forecast", "proposal", "hypothetical", "capacity", "superseded", "uncertain"}),
    "grain": frozenset({"day", "week", "month", "quarter", "season", "year", "decade", "century",
                        "hour", "minute", "second", "unknown"}),
}


@dataclass(frozen=True)
class Lexicon:
    """Named phrases (an alias, a measure's words, an event's words), matched as whole words,
    case-insensitively, in singular or plural ("troops" matches "troop" and "troops")."""

    name: str
    phrases: tuple[str, ...]
    span: Span | None = None
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        forms = {p.lower() for p in self.phrases} | {noun_key(p) for p in self.phrases}
        alts = "|".join(re.escape(p) for p in sorted(forms, key=lambda p: (-len(p), p)))
        object.__setattr__(self, "pattern", re.compile(rf"(?<!\w)(?:{alts})(?:e?s)?(?!\w)" if alts else r"(?!)"))

    def matches(self, text: str | None) -> bool:
        return bool(text) and self.pattern.search(text.lower()) is not None

    def matches_whole(self, text: str | None) -> bool:
        """True when ``text`` is one of the phrases (not merely contains one)."""
        return bool(text) and self.pattern.fullmatch(" ".join(text.lower().split())) is not None


@dataclass(frozen=True)
class Measure:
    name: str
    dimension: str | None
    lexicon: Lexicon
    span: Span | None = None


@dataclass(frozen=True)
class Tolerance:
    """``value`` relative (``relative=True``, a fraction) or absolute in ``unit``."""

    value: float
    unit: str | None = None
    relative: bool = False

    def __str__(self) -> str:
        if self.relative:
            return f"{self.value * 100:g}%"
        return f"{self.value:g} {self.unit}" if self.unit else f"{self.value:g}"


@dataclass(frozen=True)
class Expectation:
    """What two claims (or a claim and a fact) must satisfy; a pair that does not is a finding.

    kind: ``overlap`` (intervals overlap, widened by the tolerance), ``equal`` (figures within
    the tolerance), ``same_date`` (dates overlap at the coarser of the two grains),
    ``same_order`` (two order claims put the same two events in the same order) or
    ``nondecreasing`` (a later report may be higher, never below an earlier lower bound)."""

    kind: str
    tolerance: Tolerance | None = None


@dataclass(frozen=True)
class Fact:
    """A reference value or date an editor records, with where it comes from."""

    name: str
    measure: str | None = None
    subject: str | None = None
    event: str | None = None
    base: str | None = None
    period: str | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    date: str | None = None  # ISO date, for date facts
    source: str | None = None
    as_of: str | None = None  # ISO date: claims published before it are not compared
    span: Span | None = None

    @property
    def kind(self) -> str:
        return "time" if self.date else "quantity"


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    message: str
    compare: str  # "across_sources", "in_document", "against_facts" or "each"
    select: Predicate
    select_text: str
    keys: tuple[str, ...]
    expect: Expectation
    explanation: str | None = None
    link: str | None = None
    tags: tuple[str, ...] = ()
    outside_main: bool = False
    span: Span | None = None
    #: ``distinct: over 2 times apart``: values of the rule's figures further apart than this
    #: ratio are two figures the keys did not tell apart, never one figure misreported (unless
    #: one numeral is the other with a digit slipped). None: every value is compared.
    distinct: float | None = None

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    aliases: dict[str, Lexicon] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    events: dict[str, Lexicon] = field(default_factory=dict)
    facts: tuple[Fact, ...] = ()
    files: tuple[str, ...] = ()

    def canonical_measure(self, phrase: str | None) -> str | None:
        """The pack's measure for a claim's measure phrase ("people killed" is ``deaths`` when
        a measure's words name it; the longest match wins), else the phrase itself, lower case
        and singular word by word ("houses destroyed" and "house destroyed" are one key)."""
        if not phrase:
            return None
        named = _best(self.measures.items(), phrase, key=lambda m: m.lexicon)
        if named:
            return named
        return " ".join(noun_key(w) for w in phrase.lower().split())

    def canonical_alias(self, phrase: str | None) -> str | None:
        if not phrase:
            return None
        return _best(self.aliases.items(), phrase) or phrase.lower()

    def canonical_event(self, phrase: str | None) -> str | None:
        """The event a phrase names: an event of the pack only when the phrase is one of its
        words ("discussions" is "talks"; "visit ioto" is not the event "ioto"), else the phrase
        itself. Events stay specific: "impose tariffs" and "impose" are different events."""
        if not phrase:
            return None
        lowered = " ".join(phrase.lower().split())
        for name, lexicon in self.events.items():
            if lexicon.matches_whole(lowered):
                return name
        return lowered

    def event_head(self, phrase: str | None) -> str | None:
        """The identity of an event in an order claim: the pack's event, else the phrase's verb
        ("visit ioto" and "visit the island" are one visit; "approve aid package" and "approve
        emergency aid package" one approval). A verb of harm keeps the head of its object, as
        each group it harms is an event of its own: "two gunmen were killed" and "nine workers
        were killed", or "were killed" and "27 people were killed", are two killings, not one
        whose order two outlets dispute."""
        event = self.canonical_event(phrase)
        if not event or event in self.events:
            return event
        verb, *rest = event.split()
        if verb not in _HARM_VERBS:
            return verb
        return f"{verb} {rest[-1]}" if rest else f"{verb} (whom not said)"

    def get(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None


#: Verbs whose object says which event it is: every group killed or wounded is a harm of its own.
_HARM_VERBS = frozenset("kill injure wound shoot stab hurt hit attack die".split())


def _best(entries, phrase: str | None, key=lambda lexicon: lexicon) -> str | None:
    """The name whose lexicon matches the longest stretch of ``phrase`` (ties: by name)."""
    if not phrase:
        return None
    lowered = phrase.lower()
    best: tuple[int, str] | None = None
    for name, entry in entries:
        for m in key(entry).pattern.finditer(lowered):
            length = m.end() - m.start()
            if best is None or length > best[0] or (length == best[0] and name < best[1]):
                best = (length, name)
    return best[1] if best else None

"""The engine's view of a claim: its fields as rules see them, computed once per rule set
(canonical measure, subject and event names from the pack's lexicons)."""

from __future__ import annotations

import re
from typing import Any

from ..dsl.rules import RuleSet
from ..models import Claim, Document, OrderValue, QuantityValue, TimeValue
from ..units import dimension


_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s|\band\b|\bbut\b")


def _clause_after(text: str, start: int, end: int) -> str:
    """The rest of the claim's clause: "have died, the agency said" -> "have died"."""
    m = _CLAUSE_END.search(text, start, end)
    return text[start:m.start() if m else end]


def _clause_before(text: str, start: int, end: int) -> str:
    """The claim's clause up to the claim: "Police arrested" in "Police arrested 150 people"."""
    last = start
    for m in _CLAUSE_END.finditer(text, start, end):
        last = m.end()
    return text[last:end]


_YEAR = re.compile(r"(?:FY)?(\d{4})")


def _year(value, period: str | None) -> str | None:
    """The year a date starts in, or the year of a figure's period ("FY2027" gives 2027)."""
    if isinstance(value, TimeValue):
        text = value.start or value.timex
    else:
        text = period
    m = _YEAR.match(text or "")
    return m.group(1) if m else None


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
            "measure": ruleset.canonical_measure(claim.measure, _clause_after(doc.text, claim.end, sent[1]),
                                                 _clause_before(doc.text, sent[0], claim.start)),
            "unit": unit,
            "dimension": dimension(unit) if unit else None,
            "base": value.base.lower() if isinstance(value, QuantityValue) and value.base else None,
            "subject": ruleset.canonical_alias(claim.subject),
            "speaker": ruleset.canonical_alias(claim.speaker),
            "modality": claim.modality,
            "event": ruleset.canonical_event(claim.event),
            "period": claim.period,
            "grain": value.grain if isinstance(value, TimeValue) else None,
            "year": _year(value, claim.period),
            "anchored": isinstance(value, TimeValue) and value.anchor is not None,
            "month": value.start[:7] if isinstance(value, TimeValue) and value.start
            and value.grain not in ("year", "decade", "century", "quarter", "season") else None,
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

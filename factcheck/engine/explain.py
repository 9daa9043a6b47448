"""`factcheck explain`: for one rule, which claims it selected, which pairs it compared, and why
each did or did not fire, as data (``factcheck.render.explain`` writes it as text)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..dsl.rules import Rule, RuleSet
from ..models import Claim, Document
from . import attacker_died_in, candidates, items_for, judge, why_not_selected
from .compare import Verdict
from .facts import FactItem
from .items import Item


@dataclass
class PairTrace:
    a: Item
    b: Item | FactItem
    verdict: str  # consistent, contradictory, not comparable, or "skipped"
    reason: str
    details: dict[str, str] = field(default_factory=dict)


@dataclass
class Explanation:
    rule: Rule
    selected: list[Item]
    not_selected: Counter
    pairs: list[PairTrace]


def explain(ruleset: RuleSet, rule_id: str, documents: list[Document], claims: list[Claim]) -> Explanation:
    rule = ruleset.get(rule_id)
    if rule is None:
        raise KeyError(rule_id)
    items = items_for(ruleset, documents, claims)
    selected: list[Item] = []
    not_selected: Counter = Counter()
    for it in items:
        reason = why_not_selected(rule, it)
        if reason is None:
            selected.append(it)
        else:
            not_selected[reason] += 1
    pairs = []
    attacker_died = attacker_died_in(items)
    for a, b, skip in candidates(rule, selected, ruleset):
        if skip is not None:
            pairs.append(PairTrace(a, b, "skipped", skip))
            continue
        outcome = judge(rule, a, b, ruleset, attacker_died)
        reason = outcome.details.get("reason", "") if outcome.verdict is Verdict.NOT_COMPARABLE else ""
        pairs.append(PairTrace(a, b, outcome.verdict.value, reason, outcome.details))
    return Explanation(rule, selected, not_selected, pairs)

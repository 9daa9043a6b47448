"""`factcheck explain`: for one rule, which claims it selected, which pairs it compared, and why
each did or did not fire."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .. import valuefmt
from ..dsl.rules import Rule, RuleSet
from ..models import Claim, Document
from . import candidates, items_for, judge, why_not_selected
from .compare import Verdict
from .facts import FactItem
from .items import Item

#: Pairs listed per verdict before the rest are only counted.
MAX_LISTED = 200


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

    def format(self) -> str:
        r = self.rule
        out = [f"rule {r.id} ({r.severity}): {r.title}",
               f"  compare: {r.compare.replace('_', ' ')}",
               f"  select:  {r.select_text}",
               f"  same:    {', '.join(r.keys) or '(no keys: every pair)'}",
               f"  expect:  {r.expect.kind.replace('_', ' ')}"
               + (f" within {r.expect.tolerance}" if r.expect.tolerance else ""),
               "",
               f"selected {len(self.selected)} claim(s); not selected: "
               + (", ".join(f"{n} {why}" for why, n in sorted(self.not_selected.items())) or "none")]
        for it in self.selected:
            keys = " ".join(f"{k}={it.get(k)}" for k in r.keys)
            out.append(f"  {_where(it)}  {it.claim.text!r} = {valuefmt.readable(it.claim.value)}  {keys}")
        counts = Counter(p.verdict for p in self.pairs)
        out.append("")
        out.append(f"pairs: {len(self.pairs)} ("
                   + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) + ")" if self.pairs else "pairs: none")
        listed: Counter = Counter()
        for p in self.pairs:
            listed[p.verdict] += 1
            if listed[p.verdict] > MAX_LISTED:
                continue
            other = _where(p.b) if isinstance(p.b, Item) else f"fact {p.b.fact.name}"
            other_text = repr(p.b.claim.text) if isinstance(p.b, Item) else p.b.describe()
            line = f"  {p.verdict.upper() if p.verdict == 'contradictory' else p.verdict}: {_where(p.a)} {p.a.claim.text!r} vs {other} {other_text}"
            why = p.reason or ", ".join(f"{k} {v}" for k, v in p.details.items() if k not in ("condition", "keys"))
            out.append(line + (f" — {why}" if why else ""))
        hidden = sum(max(0, n - MAX_LISTED) for n in listed.values())
        if hidden:
            out.append(f"  … {hidden} more pair(s) not listed")
        return "\n".join(out) + "\n"


def _where(it: Item) -> str:
    return f"{it.doc.path}:{it.claim.line}:{it.claim.col}"


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
    for a, b, skip in candidates(rule, selected, ruleset):
        if skip is not None:
            pairs.append(PairTrace(a, b, "skipped", skip))
            continue
        outcome = judge(rule, a, b, ruleset)
        reason = outcome.details.get("reason", "") if outcome.verdict is Verdict.NOT_COMPARABLE else ""
        pairs.append(PairTrace(a, b, outcome.verdict.value, reason, outcome.details))
    return Explanation(rule, selected, not_selected, pairs)

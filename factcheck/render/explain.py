"""An explanation (``factcheck explain``): the claims one rule selects, the pairs it compares and
each verdict, as text."""

from __future__ import annotations

from collections import Counter

from .. import valuefmt
from ..engine.items import Item

#: Pairs listed per verdict before the rest are only counted.
MAX_LISTED = 200


def render(explanation) -> str:
    """An explanation of ``factcheck explain`` as text."""
    r = explanation.rule
    out = [f"rule {r.id} ({r.severity}): {r.title}",
           f"  compare: {r.compare.replace('_', ' ')}",
           f"  select:  {r.select_text}",
           f"  same:    {', '.join(r.keys) or '(no keys: every pair)'}",
           f"  expect:  {r.expect.kind.replace('_', ' ')}"
           + (f" within {r.expect.tolerance}" if r.expect.tolerance else ""),
           "",
           f"selected {len(explanation.selected)} claim(s); not selected: "
           + (", ".join(f"{n} {why}" for why, n in sorted(explanation.not_selected.items())) or "none")]
    for it in explanation.selected:
        keys = " ".join(f"{k}={it.get(k)}" for k in r.keys)
        out.append(f"  {_where(it)}  {it.claim.text!r} = {valuefmt.readable(it.claim.value)}  {keys}")
    counts = Counter(p.verdict for p in explanation.pairs)
    out.append("")
    out.append(f"pairs: {len(explanation.pairs)} ("
               + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())) + ")" if explanation.pairs else "pairs: none")
    listed: Counter = Counter()
    for p in explanation.pairs:
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

"""Building findings: both claims with quotes and positions, the message from the rule's
template, and the computed values that explain the verdict."""

from __future__ import annotations

import hashlib
import string

from .. import valuefmt
from ..dsl.rules import Rule
from ..models import ClaimRef, Finding
from .compare import Outcome
from .facts import FactItem
from .items import Item

#: Characters of context kept on each side of a claim when its sentence is very long.
_EXCERPT_MAX = 400


def claim_ref(it: Item) -> ClaimRef:
    c, d = it.claim, it.doc
    lo, hi = c.sentence or (c.start, c.end)
    lo, hi = max(lo, c.start - _EXCERPT_MAX), min(hi, c.end + _EXCERPT_MAX)
    return ClaimRef(
        doc=d.id, path=d.path, start=c.start, end=c.end, line=c.line, col=c.col, text=c.text,
        kind=c.kind, value=c.value, source=d.source, published=d.published, url=d.url,
        measure=c.measure, subject=c.subject, speaker=c.speaker, modality=c.modality,
        excerpt=d.text[lo:hi], excerpt_start=c.start - lo)


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _claim_fields(prefix: str, ref: ClaimRef, item: Item) -> dict[str, str]:
    fields = {
        "value": valuefmt.readable(ref.value), "text": ref.text, "source": ref.source or ref.doc,
        "measure": item.get("measure") or "", "subject": ref.subject or "", "speaker": ref.speaker or "",
        "unit": getattr(ref.value, "unit", ""), "published": str(ref.published or "undated"),
        "doc": ref.doc, "path": ref.path, "line": str(ref.line), "event": item.get("event") or "",
        "modality": ref.modality, "period": item.get("period") or "",
        "quote": quote(item),
    }
    return {f"{prefix}_{k}": v for k, v in fields.items()}


#: How much of a claim's sentence a message quotes on each side of the claim.
QUOTE_REACH = 60


def quote(item: Item) -> str:
    """The words around a claim in its sentence, as the source wrote them ("the package was
    approved a day after the talks"), cut at word boundaries to about 60 characters a side."""
    doc, claim = item.doc, item.claim
    lo, hi = claim.sentence or (claim.start, claim.end)
    start, end = max(lo, claim.start - QUOTE_REACH), min(hi, claim.end + QUOTE_REACH)
    if start > lo:
        start = doc.text.find(" ", start, claim.start) + 1 or start
    if end < hi:
        cut = doc.text.rfind(" ", claim.end, end)
        end = cut if cut > 0 else end
    text = " ".join(doc.text[start:end].split()).strip(" ,;:")
    return ("…" if start > lo else "") + text + ("…" if end < hi else "")


def _message(rule: Rule, fields: dict[str, str]) -> str:
    template = rule.message.replace("{a.", "{a_").replace("{b.", "{b_").replace("{fact.", "{fact_")
    return string.Formatter().vformat(template, (), _Fields(fields))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def pair_finding(rule: Rule, a: Item, b: Item, outcome: Outcome, more: list[Item] = ()) -> Finding:
    """A finding for claim ``a`` contradicted by ``b`` (and by ``more`` claims of other source
    groups, when a draft's figure disagrees with several sources)."""
    ra, rb = claim_ref(a), claim_ref(b)
    fields = _claim_fields("a", ra, a) | _claim_fields("b", rb, b)
    fields.update(difference=outcome.details.get("difference", ""),
                  tolerance=outcome.details.get("tolerance", "none"), rule=rule.id, title=rule.title)
    details = {**outcome.details, "condition": rule.select_text,
               "keys": ", ".join(f"{k}={a.get(k)}" for k in rule.keys)}
    message = _message(rule, fields)
    refs = [ra, rb] + [claim_ref(m) for m in more]
    if more:
        others = [f"{r.source or r.doc}: {valuefmt.readable(r.value)}" for r in refs[2:]]
        message += f"; also contradicted by {'; '.join(others)}"
        details["sources"] = str(len(refs) - 1)
        print_parts = [rule.id, ra.doc, ra.text]
    else:
        print_parts = [rule.id, ra.doc, ra.text, rb.doc, rb.text]
    return Finding(rule=rule.id, severity=rule.severity, title=rule.title, message=message,
                   claims=refs, details=details, keys=shared_keys(rule, a, b),
                   explanation=rule.explanation, link=rule.link, fingerprint=_digest(*print_parts))


def revision_finding(rule: Rule, group: list[tuple[Item, Item, Outcome]]) -> Finding:
    """One finding for a toll revised down: several later reports (``a`` of each pair, source
    groups apart) give one lower figure below earlier reports (``b``). The first later report
    and the earlier report nearest it stand for the pair; every other report is listed, the
    later ones as agreeing with each other (value group 0), the earlier ones with each other
    (value group 1)."""
    laters: dict[str, Item] = {}
    earliers: dict[str, Item] = {}
    for a, b, _ in sorted(group, key=lambda t: (t[0].get("reported") or "", t[0].doc.id, t[0].claim.start,
                                                 t[1].doc.id, t[1].claim.start)):
        laters.setdefault(a.doc.group, a)
        earliers.setdefault(b.doc.group, b)
    later = list(laters.values())
    earlier = sorted(earliers.values(), key=lambda it: (it.get("reported") or "", it.doc.id), reverse=True)
    a, b = later[0], earlier[0]
    outcome = next((o for x, y, o in group if x is a and y is b), group[0][2])
    finding = pair_finding(rule, a, b, outcome, earlier[1:])
    others = [f"{it.doc.source or it.doc.id} ({it.get('reported') or it.get('published')})" for it in later[1:]]
    message = finding.message + (f"; the lower figure is also given later by {', '.join(others[:6])}"
                                 + (f" and {len(others) - 6} more" if len(others) > 6 else "") if others else "")
    refs = [claim_ref(a), claim_ref(b)] + [claim_ref(it) for it in earlier[1:]] + [claim_ref(it) for it in later[1:]]
    refs = refs[:MAX_LISTED]
    groups = ["0", "1"] + ["1"] * len(earlier[1:]) + ["0"] * len(later[1:])
    details = {**finding.details, "value groups": ",".join(groups[:len(refs)]),
               "later reports": str(len(later)), "earlier reports": str(len(earlier))}
    return finding.model_copy(update={"message": message, "claims": refs, "details": details})


#: Claims listed in one finding before the rest are only counted (a figure disputed across a
#: large archive must not make a finding of megabytes).
MAX_LISTED = 50
#: Values a finding's message names; the rest are counted (a figure given 4,000 ways).
MAX_VALUES = 12


def group_finding(rule: Rule, groups, judge) -> Finding:
    """One finding for a figure given with values that disagree: the least-supported value
    first (``a``), the best-supported other value second (``b``), then one claim of every other
    value and further claims of each, up to ``MAX_LISTED``."""
    neutral = [it for g in groups if g.neutral for it in g.items]
    groups = [g for g in groups if not g.neutral]
    ranked = sorted(groups, key=lambda g: (len(g.sources), g.lo))
    odd, main = ranked[0], ranked[-1]
    a, b = _first(odd.items), _first(main.items)
    outcome = judge(rule, a, b, None)
    ra, rb = claim_ref(a), claim_ref(b)
    fields = _claim_fields("a", ra, a) | _claim_fields("b", rb, b)
    fields.update(difference=outcome.details.get("difference", ""),
                  tolerance=outcome.details.get("tolerance", "none"), rule=rule.id, title=rule.title)
    message = _message(rule, fields)
    listed = [a, b]
    for g in ranked:
        for it in g.items:
            if it is not a and it is not b and len(listed) < MAX_LISTED:
                listed.append(it)
    listed += neutral[:max(0, MAX_LISTED - len(listed))]
    total = sum(len(g.items) for g in groups) + len(neutral)
    values = []
    ordered = sorted(groups, key=lambda g: g.lo)
    for g in ordered[:MAX_VALUES]:
        names = sorted({it.doc.source or it.doc.id for it in g.items})
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        values.append(f"{valuefmt.readable(_first(g.items).claim.value)} ({shown})")
    message += f" — values given: {'; '.join(values)}"
    if len(ordered) > MAX_VALUES:
        message += f"; and {len(ordered) - MAX_VALUES} other values"
    if neutral:
        fits = sorted({it.claim.text for it in neutral})
        message += f"; consistent with each: {', '.join(fits[:4])}" + (f" and {len(fits) - 4} more" if len(fits) > 4 else "")
    details = {**outcome.details, "condition": rule.select_text, "values": str(len(groups)),
               "claims": str(total), "keys": ", ".join(f"{k}={a.get(k)}" for k in rule.keys)}
    if total > len(listed):
        details["not listed"] = str(total - len(listed))
    group_of = {id(it): str(n) for n, g in enumerate(sorted(groups, key=lambda g: g.lo)) for it in g.items}
    details["value groups"] = ",".join(group_of.get(id(it), "*") for it in listed)
    refs = [claim_ref(it) for it in listed]
    parts = [rule.id] + sorted(f"{valuefmt.value(_first(g.items).claim.value)}" for g in groups) \
        + sorted({it.doc.id for g in groups for it in g.items})[:4]
    return Finding(rule=rule.id, severity=rule.severity, title=rule.title, message=message,
                   claims=refs, details=details, keys=shared_keys(rule, a, b),
                   explanation=rule.explanation, link=rule.link, fingerprint=_digest(*parts))


def _first(items: list[Item]) -> Item:
    return min(items, key=lambda it: (it.doc.id, it.claim.start))


def shared_keys(rule: Rule, a: Item, b: Item | FactItem) -> dict[str, str]:
    """The identity keys that made the two claims one figure, with the words they were read
    from: what an editor checks to dismiss a wrong pairing in seconds."""
    out: dict[str, str] = {}
    for k in rule.keys:
        value = a.get(k)
        if value is None:
            shown = "none stated (the story's own)" if k in ("subject", "scope") else "none stated"
        else:
            shown = str(value)
        words = {w for w in (a.claim.evidence.get(k), getattr(b, "claim", None) and b.claim.evidence.get(k)) if w}
        if words:
            shown += f" ({' / '.join(sorted(words))})"
        out[k] = shown
    return out


def single_finding(rule: Rule, a: Item, outcome: Outcome) -> Finding:
    """A finding about one claim that is wrong on its own (a weekday that is not its date's)."""
    ra = claim_ref(a)
    fields = _claim_fields("a", ra, a)
    fields.update(difference=outcome.details.get("difference", ""), tolerance="none",
                  rule=rule.id, title=rule.title)
    details = {**outcome.details, "condition": rule.select_text}
    return Finding(rule=rule.id, severity=rule.severity, title=rule.title, message=_message(rule, fields),
                   claims=[ra], details=details, explanation=rule.explanation, link=rule.link,
                   fingerprint=_digest(rule.id, ra.doc, ra.text))


def fact_finding(rule: Rule, a: Item, fact: FactItem, outcome: Outcome) -> Finding:
    ra = claim_ref(a)
    f = fact.fact
    fields = _claim_fields("a", ra, a)
    fields.update(fact_name=f.name, fact_value=fact.describe(), fact_source=f.source or "the fact table",
                  fact_as_of=f.as_of or "", difference=outcome.details.get("difference", ""),
                  tolerance=outcome.details.get("tolerance", "none"), rule=rule.id, title=rule.title)
    details = {**outcome.details, "fact": f.name, "fact_value": fact.describe(),
               "fact_source": f.source or "", "fact_as_of": f.as_of or "",
               "condition": rule.select_text, "keys": ", ".join(f"{k}={a.get(k)}" for k in rule.keys)}
    return Finding(rule=rule.id, severity=rule.severity, title=rule.title, message=_message(rule, fields),
                   claims=[ra], details=details, keys=shared_keys(rule, a, fact),
                   explanation=rule.explanation, link=rule.link,
                   fingerprint=_digest(rule.id, ra.doc, ra.text, "fact:" + f.name))

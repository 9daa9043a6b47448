"""The engine: select claims per rule, pair them only inside blocks that share the rule's keys,
compare each pair, and turn contradictions into findings. Linear in claims plus the pairs
that share a key."""

from __future__ import annotations

import hashlib
import string
from collections import defaultdict
from collections.abc import Iterable

from .. import valuefmt
from ..dsl.rules import Rule, RuleSet
from ..models import Claim, ClaimRef, Document, Finding
from .compare import Outcome, Verdict, compare
from .items import Item

__all__ = ["Outcome", "Verdict", "compare", "evaluate", "select", "pairs"]

#: Characters of context kept on each side of a claim when its sentence is very long.
_EXCERPT_MAX = 400


def select(rule: Rule, items: Iterable[Item]) -> list[Item]:
    """The claims a rule looks at: in the article text (unless the rule says otherwise) and
    matching its ``select`` condition."""
    return [it for it in items if (rule.outside_main or it.claim.main) and rule.select(it)]


def pairs(rule: Rule, selected: list[Item], focus: frozenset[str] | None = None):
    """Pairs of selected claims that share every key, in a stable order. ``focus`` limits the
    pairs to those involving one of the given documents."""
    blocks: dict[tuple, list[Item]] = defaultdict(list)
    for it in selected:
        # None is a key value like any other: two figures that both name no period share one.
        # A rule that needs a field present says so in its select ("and measure").
        blocks[tuple(it.get(k) for k in rule.keys)].append(it)
    for key in sorted(blocks, key=repr):
        block = blocks[key]
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if rule.compare == "across_sources":
                    if a.doc.group == b.doc.group:
                        continue  # one story (or its syndicated copies) never contradicts itself
                    if focus is not None and not (a.doc.id in focus or b.doc.id in focus):
                        continue
                elif rule.compare == "in_document":
                    if a.doc.id != b.doc.id:
                        continue
                    if focus is not None and a.doc.id not in focus:
                        continue
                yield a, b


def evaluate(ruleset: RuleSet, documents: list[Document], claims: list[Claim],
             focus: Iterable[str] | None = None) -> list[Finding]:
    """All findings of ``ruleset`` over ``claims``, sorted. With ``focus`` (document ids), only
    findings that involve those documents; pairs of other documents are not compared."""
    docs = {d.id: d for d in documents}
    items = [Item(c, docs[c.doc], ruleset) for c in claims if c.doc in docs]
    focus_set = frozenset(focus) if focus is not None else None
    findings: list[Finding] = []
    for rule in ruleset.rules:
        for a, b in pairs(rule, select(rule, items), focus_set):
            if focus_set is not None and b.doc.id in focus_set and a.doc.id not in focus_set:
                a, b = b, a  # the checked document first
            outcome = compare(a.claim, b.claim, rule.expect)
            if outcome.verdict is Verdict.CONTRADICTORY:
                findings.append(_finding(rule, a, b, outcome))
    findings.sort(key=_order)
    return findings


def _order(f: Finding):
    first = f.claims[0]
    return (first.path, first.start, f.rule, [(c.path, c.start) for c in f.claims[1:]])


def _ref(it: Item) -> ClaimRef:
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


def _template_fields(prefix: str, ref: ClaimRef, item: Item) -> dict[str, str]:
    fields = {
        "value": valuefmt.value(ref.value), "text": ref.text, "source": ref.source or ref.doc,
        "measure": item.get("measure") or "", "subject": ref.subject or "", "speaker": ref.speaker or "",
        "unit": getattr(ref.value, "unit", ""), "published": str(ref.published or "undated"),
        "doc": ref.doc, "path": ref.path, "line": str(ref.line), "event": "", "modality": ref.modality,
        "period": "",
    }
    return {f"{prefix}.{k}": v for k, v in fields.items()}


def _finding(rule: Rule, a: Item, b: Item, outcome: Outcome) -> Finding:
    ra, rb = _ref(a), _ref(b)
    fields = _Fields(_template_fields("a", ra, a) | _template_fields("b", rb, b))
    fields.update(difference=outcome.details.get("difference", ""),
                  tolerance=outcome.details.get("tolerance", "none"), rule=rule.id, title=rule.title)
    message = string.Formatter().vformat(rule.message.replace("{a.", "{a_").replace("{b.", "{b_"), (),
                                         _Fields({k.replace(".", "_", 1): v for k, v in fields.items()}))
    details = {**outcome.details, "condition": rule.select_text, "keys": ", ".join(
        f"{k}={a.get(k)}" for k in rule.keys)}
    digest = hashlib.sha256("\x1f".join(
        [rule.id, ra.doc, ra.text, rb.doc, rb.text]).encode()).hexdigest()[:16]
    return Finding(rule=rule.id, severity=rule.severity, title=rule.title, message=message,
                   claims=[ra, rb], details=details, explanation=rule.explanation, link=rule.link,
                   fingerprint=digest)

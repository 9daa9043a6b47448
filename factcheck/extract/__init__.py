"""Extract: documents in, claims out. Each extractor finds mentions in a document's text; the
context of each mention (speaker, modality, period, …) is read from its sentence."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Claim, Document
from ..textpos import LineIndex
from .context import attach_context
from .dates import DocState, find_dates
from .mention import Mention
from .numbers import find_quantities
from .sentences import sentences

__all__ = ["extract", "extract_document"]


def extract(documents: Iterable[Document]) -> list[Claim]:
    """All claims of ``documents``, in document order then text order."""
    claims: list[Claim] = []
    for doc in documents:
        claims.extend(extract_document(doc))
    return claims


def extract_document(doc: Document) -> list[Claim]:
    text = doc.text
    lines = LineIndex(text)
    claims: list[Claim] = []
    state = DocState()  # lets "two days later" use a date named in an earlier sentence
    for sent in sentences(text, doc.body_start):
        lo, hi = sent
        times = find_dates(text, lo, hi, doc.published, state)
        quantities = _without_overlaps(find_quantities(text, lo, hi), times)
        mentions = sorted(times + quantities, key=lambda m: (m.start, m.end))
        for mention, ctx in zip(mentions, attach_context(text, sent, mentions, times)):
            line, col = lines.position(mention.start)
            ctx.setdefault("measure", mention.measure)
            claims.append(Claim(
                id=f"{doc.id}:{mention.kind}:{mention.start}-{mention.end}",
                doc=doc.id, start=mention.start, end=mention.end, line=line, col=col,
                text=text[mention.start:mention.end], kind=mention.kind, value=mention.value,
                subject=mention.subject, event=mention.event,
                main=doc.in_main(mention.start, mention.end), sentence=sent,
                notes=mention.notes, **ctx))
    return claims


def _without_overlaps(quantities: list[Mention], times: list[Mention]) -> list[Mention]:
    """Quantities that do not overlap a date (a date's digits are not a figure)."""
    if not times:
        return quantities
    return [q for q in quantities if not any(t.start < q.end and q.start < t.end for t in times)]

"""Extract: documents in, claims out. Each extractor finds mentions in a document's text; the
context of each mention (speaker, modality, period, …) is read from its sentence."""

from __future__ import annotations

import re

from collections.abc import Callable, Iterable

from ..models import Claim, Document
from ..textpos import LineIndex
from .as_of import as_of_evidence, toll_raised
from .context import DAY_WEEKS_BEFORE, attach_context, past_year
from .temporal.dateline import NOTE as DATELINE
from .temporal.lexicon import DEICTIC_DAY
from .perpetrator import NOTE as PERPETRATOR
from .perpetrator import counts_the_dead, perpetrator_died
from .temporal.relative import DAY_OF_ANOTHER as _DAY_OF_ANOTHER
from .temporal.relative import GUESSED_ANCHOR as _GUESSED_ANCHOR
from .dates import DocState, find_dates
from .identity import document_context, identify, topic_events
from .identity.quantity import UNKNOWN
from .mention import Mention
from .numbers import UNNAMED, find_quantities
from .sentences import sentences
from .stamps import stamp_at, update_stamps
from .temporal.places import known as known_place
from .temporal.places import places_in

__all__ = ["extract", "extract_document"]


def extract(documents: Iterable[Document],
            progress: Callable[[int, int], None] | None = None) -> list[Claim]:
    """All claims of ``documents``, in document order then text order. ``progress(done,
    total)`` is called after each document."""
    documents = list(documents)
    claims: list[Claim] = []
    for i, doc in enumerate(documents, 1):
        claims.extend(extract_document(doc))
        if progress is not None:
            progress(i, len(documents))
    return claims


#: Measures that depend on who measured them, even as a compound ("a 7.8-magnitude quake").
_AGENCY_MEASURES = frozenset({"magnitude", "focal depth"})


def extract_document(doc: Document) -> list[Claim]:
    text = doc.text
    lines = LineIndex(text)
    claims: list[Claim] = []
    state = DocState()  # lets "two days later" use a date named in an earlier sentence
    spans = sentences(text, doc.body_start)
    context = document_context(text, spans)
    earlier = None  # the past year the sentence before dated an event by ("That quake…")
    for sent in spans:
        lo, hi = sent
        times = find_dates(text, lo, hi, doc.published, state)
        quantities = _without_overlaps(find_quantities(text, lo, hi), times)
        mentions = sorted(times + quantities, key=lambda m: (m.start, m.end))
        contexts = attach_context(text, sent, mentions, times, doc.published, earlier)
        earlier = next((y for t in reversed(times) if (y := past_year(t, text, doc.published))), None)
        raised = toll_raised(text, sent) if times else None  # once for all the sentence's dates
        for mention, ctx, ident in zip(mentions, contexts, identify(text, sent, mentions, context)):
            line, col = lines.position(mention.start)
            value, event = mention.value, mention.event
            if ident is not None and mention.kind == "quantity":
                ctx["measure"], ctx["subject"], ctx["scope"] = ident.measure, ident.subject, ident.scope
                ctx["evidence"] = ident.evidence
                ctx["enumeration"] = ident.enumeration
                if ident.modality:
                    ctx["modality"] = ident.modality
                if ident.attribute and ctx.get("speaker") and ident.measure not in _AGENCY_MEASURES:
                    # "a fire broke out in a four-storey building, police said": a building's
                    # storeys or a boat's length describe the thing itself; whoever the sentence
                    # quotes does not own them, so two outlets that differ are no dispute
                    ctx["evidence"] = {**ident.evidence, "speaker": f"{ctx['speaker']} (not the owner of a thing's description)"}
                    ctx["speaker"] = None
                if ident.measure == "age" and value.unit == "count":
                    value = value.model_copy(update={"unit": "year"})  # "Bryant, 41,": 41 years
                elif ident.measure == "vote share" and value.base is None:
                    # "a vote share of 37.4%" is a share of the votes, as "37.4% of the votes" is
                    value = value.model_copy(update={"base": "vote"})
            elif ident is not None:
                ctx["subject"], ctx["scope"], ctx["evidence"] = ident.subject, ident.scope, ident.evidence
                if ident.modality:
                    ctx["modality"] = ident.modality
                event = ident.event
                if DATELINE in mention.notes:
                    # "BEIJING, Sept 18 —": when the story was filed, not when anything in it happened
                    event = None
                    ctx["evidence"] = {**ident.evidence, "event": "dateline: when the story was filed"}
                elif _UPDATES.match(text, mention.end):
                    # "Tennessee flooding Sunday updates: …": the day of the page's updates
                    event = None
                    ctx["evidence"] = {**ident.evidence, "event": "the day of a page's updates"}
                if ident.order is not None:
                    value = value.model_copy(update={"first": ident.order[0], "second": ident.order[1]})
            if mention.kind == "time" and "zone from the time given with it" in mention.notes \
                    and (zones := sorted({z for _, z in places_in(text, lo, hi) if z})):
                # "just before 10 p.m. Monday (0300 GMT Tuesday), according to Colombia's
                # aviation agency": the places the sentence names, whose clock it may be
                ctx["evidence"] = {**ctx.get("evidence", {}), "place zones": ", ".join(zones)}
            if mention.kind == "time" and (dated := as_of_evidence(text, mention.start, raised)):
                # "By October 20, …", "… on Thursday, raising the death toll to 20": the day a
                # count is as of (the engine orders tolls by it)
                ctx["evidence"] = {**ctx.get("evidence", {}), **dated}
            if mention.kind == "time" and _DEICTIC.fullmatch(text[mention.start:mention.end]) \
                    and _inside_quote(text, lo, mention.start):
                # "“… the tragedy that happened at Morbi today”": today is the day the words were
                # spoken, which the article does not give
                ctx["modality"] = "uncertain"
                mention.notes.append(QUOTED_DAY)
            elif mention.kind == "time" and (_GUESSED_ANCHOR in mention.notes or _DAY_OF_ANOTHER in mention.notes):
                # "A second blast struck two hours later" with no earlier time in the article:
                # later than an event the article does not date, so the day is a guess; and
                # "officers arrived 15 minutes later" only repeats the last day named, which is
                # as often the day officials spoke as the day of the attack
                ctx["modality"] = "uncertain"
            ctx.setdefault("measure", mention.measure)
            ctx.setdefault("subject", mention.subject)
            if (month := ctx.pop(DAY_WEEKS_BEFORE, None)) and counts_the_dead(ctx["measure"]):
                # "Six people were killed on the city's northeast side Jan. 24" in an April
                # story: a toll of an earlier event, kept apart by its month
                ctx["period"] = month
            if ctx["measure"] is None and UNNAMED in mention.notes:
                continue  # "the two met": a written number whose sentence never says what it counts
            claims.append(Claim(
                id=f"{doc.id}:{mention.kind}:{mention.start}-{mention.end}",
                doc=doc.id, start=mention.start, end=mention.end, line=line, col=col,
                text=text[mention.start:mention.end], kind=mention.kind, value=value,
                event=event,
                main=doc.in_main(mention.start, mention.end), sentence=sent,
                notes=mention.notes, **ctx))
            if ident is not None and mention.kind == "quantity" and ident.also:
                # "all 176 on board were killed": read once as the number aboard, once as the toll
                claims.append(claims[-1].model_copy(update={
                    "id": f"{claims[-1].id}:{ident.also.replace(' ', '-')}", "measure": ident.also}))
    claims = _ages_of_several(claims)
    stamps = update_stamps(text)
    if stamps[0]:
        claims = [_as_of_entry(c, stamp_at(stamps, c.start)) for c in claims]
    died = perpetrator_died(text)
    if died:
        claims = [c.model_copy(update={"notes": [*c.notes, f"{PERPETRATOR} (\"{died}\")"]})
                  if c.kind == "quantity" and counts_the_dead(c.measure) else c for c in claims]
    return topic_events(claims)


#: A day that names a page of updates ("Sunday updates", "Monday live updates").
_UPDATES = re.compile(r"\s+(?:live\s+)?(?:updates?|live\s+blog|recap)\b", re.I)

#: Nouns that say what kind of person an age is of, not who ("a 24-year-old male").
_ANYONE = frozenset("man woman male female boy girl child person victim resident teenager teen "
                    "baby infant toddler mother father son daughter wife husband driver".split())


def _ages_of_several(claims: list[Claim]) -> list[Claim]:
    """An article that gives different ages without saying whose ("a 24-year-old man and an
    84-year-old woman", "three" and "14", "a 68 year old man in Lenoir County") is about several
    people: an age whose holder was not read (no name, a kind of person, a place) could be any
    of theirs, and matches nothing."""
    loose = [c for c in claims if c.kind == "quantity" and c.measure == "age"
             and (c.subject is None or c.subject.lower() in _ANYONE or known_place(c.subject)
                  or (c.evidence.get("subject") or "").split()[:1] in (["in"], ["at"]))]
    if len({(c.value.low, c.value.high) for c in loose}) < 2:
        return claims
    ids = {c.id for c in loose}
    return [c.model_copy(update={"subject": UNKNOWN, "evidence": {**c.evidence, "subject": "one of several people whose ages the article gives"}})
            if c.id in ids else c for c in claims]


def _as_of_entry(claim: Claim, stamp: str | None) -> Claim:
    """A figure of a live blog's or a timeline's entry is a count as of the entry's stamp."""
    if stamp is None or claim.kind != "quantity" or "as of" in (claim.scope or ""):
        return claim
    scope = f"{claim.scope}, as of {stamp}" if claim.scope else f"as of {stamp}"
    return claim.model_copy(update={"scope": scope, "evidence": {**claim.evidence, "scope": f"entry stamped {stamp}"}})


#: Days named from the moment of speaking: inside a quotation they date the quote, not the
#: article.
_DEICTIC = re.compile(DEICTIC_DAY, re.I)
QUOTED_DAY = "a day named inside a quotation: the day the words were spoken is not given"


def _inside_quote(text: str, lo: int, pos: int) -> bool:
    """True when ``pos`` lies inside quotation marks opened in its paragraph (curly quotes, or
    an odd number of straight double quotes since the paragraph began)."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[max(start, lo - 2000):pos]
    opened = before.rfind("\u201c")
    if opened > before.rfind("\u201d"):
        return True
    return before.count('"') % 2 == 1


def _without_overlaps(quantities: list[Mention], times: list[Mention]) -> list[Mention]:
    """Quantities that do not overlap a date (a date's digits are not a figure). One sweep:
    quantities by end, time spans by start; n log n however many mentions a sentence holds."""
    if not times:
        return quantities
    spans = sorted((t.start, t.end) for t in times)
    dropped: set[int] = set()
    i, reach = 0, -1  # reach: the furthest end among time spans that start before q ends
    for q in sorted(quantities, key=lambda m: m.end):
        while i < len(spans) and spans[i][0] < q.end:
            reach = max(reach, spans[i][1])
            i += 1
        if reach > q.start:  # some span starts before q ends and ends after q starts
            dropped.add(id(q))
    return [q for q in quantities if id(q) not in dropped]

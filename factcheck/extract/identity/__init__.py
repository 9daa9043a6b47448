"""Identity of claims: what a figure measures, whose it is and what part of the whole it
covers, read from the words attached to it and carried on the claim, so that the engine
compares keys and never re-reads the text (docs/identity.md)."""

from __future__ import annotations

from ...models import OrderValue
from ..mention import Mention
from .events import SCHEDULED, classify
from .lists import link
from .quantity import Identity, ordinal_near, read
from .tokens import Sentence
from .topic import DocContext, document_context

__all__ = ["DocContext", "Identity", "document_context", "identify"]


def identify(text: str, sentence: tuple[int, int], mentions: list[Mention],
             doc: DocContext | None = None) -> list[Identity | None]:
    """The identity of each quantity mention of one sentence (None for other kinds); list
    membership is set on ``Identity.enumeration``."""
    if not mentions:
        return []
    doc = doc or DocContext()
    sent = Sentence(text, *sentence, capitalised=doc.capitalised)
    idents = [read(sent, m) if m.kind == "quantity" else _event(sent, m) for m in mentions]
    for ident, list_id in zip(idents, link(text, mentions, idents)):
        if ident is not None:
            ident.enumeration = list_id
            _topic(ident, doc)
    return idents


def _event(sent: Sentence, m: Mention) -> Identity:
    """The identity of a date, time, duration or order claim: its event as a class ("took
    off" and "departed" are one departure), the event's participant when it names one, and
    "second" or "scheduled" when the event is another of its kind or a plan."""
    ident = Identity()
    words = sent.text[sent.lo:sent.hi]
    if isinstance(m.value, OrderValue):
        first, who = classify(m.value.first, words)
        second, _ = classify(m.value.second, words)
        ident.event = first
        ident.order = (first or m.value.first, second or m.value.second)
        ident.evidence["event"] = f"{m.value.first} / {m.value.second}"
        return ident
    cls, who = classify(m.event, words)
    ident.event = cls
    if m.event:
        ident.evidence["event"] = m.event
    if who:
        ident.subject = who
        ident.evidence["subject"] = who
    i, j = sent.span(m.start, m.end)
    ordinal = ordinal_near(sent, i, j)
    if ordinal:
        ident.scope = ordinal
        ident.evidence["scope"] = ordinal
    before = sent.text[max(sent.lo, m.start - 80):m.start].lower()
    if any(cue in before for cue in SCHEDULED):
        ident.scope = "scheduled"
        ident.evidence["scope"] = next(cue for cue in SCHEDULED if cue in before)
    return ident


def _topic(ident: Identity, doc: DocContext) -> None:
    """A subject that is the document's dominant name is the story's topic, as "the tower" is."""
    subject = ident.subject
    if subject and subject != "?" and doc.dominant:
        s, d = f" {subject.lower()} ", f" {doc.dominant} "
        if s in d or d in s:
            ident.subject = None
            ident.evidence["subject"] = f"{subject} (what the article is about)"

"""Identity of claims: what a figure measures, whose it is and what part of the whole it
covers, read from the words attached to it and carried on the claim, so that the engine
compares keys and never re-reads the text (docs/identity.md)."""

from __future__ import annotations

from ..mention import Mention
from .lists import link
from .quantity import Identity, read
from .tokens import Sentence
from .topic import DocContext, document_context

__all__ = ["DocContext", "Identity", "document_context", "identify"]


def identify(text: str, sentence: tuple[int, int], mentions: list[Mention],
             doc: DocContext | None = None) -> list[Identity | None]:
    """The identity of each quantity mention of one sentence (None for other kinds); list
    membership is set on ``Identity.enumeration``."""
    if not any(m.kind == "quantity" for m in mentions):
        return [None] * len(mentions)
    doc = doc or DocContext()
    sent = Sentence(text, *sentence, capitalised=doc.capitalised)
    idents = [read(sent, m) if m.kind == "quantity" else None for m in mentions]
    for ident, list_id in zip(idents, link(text, mentions, idents)):
        if ident is not None:
            ident.enumeration = list_id
            _topic(ident, doc)
    return idents


def _topic(ident: Identity, doc: DocContext) -> None:
    """A subject that is the document's dominant name is the story's topic, as "the tower" is."""
    subject = ident.subject
    if subject and subject != "?" and doc.dominant:
        s, d = f" {subject.lower()} ", f" {doc.dominant} "
        if s in d or d in s:
            ident.subject = None
            ident.evidence["subject"] = f"{subject} (what the article is about)"

"""Source groups: copies of one story (syndication) share a group, so they never confirm or
contradict each other."""

from __future__ import annotations

import hashlib
import re

from ..models import Document

_WORD = re.compile(r"\w+")


def _fingerprint(doc: Document) -> str:
    words = _WORD.findall(doc.text[doc.body_start:].lower())
    return hashlib.sha1(" ".join(words).encode()).hexdigest()


def assign_groups(documents: list[Document]) -> list[Document]:
    """Documents with the same article words share the group of the first of them (by id)."""
    first: dict[str, str] = {}
    out = []
    for doc in sorted(documents, key=lambda d: d.id):
        group = first.setdefault(_fingerprint(doc), doc.id)
        out.append(doc if group == doc.group else doc.model_copy(update={"group": group}))
    return out

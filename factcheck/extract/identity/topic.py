"""What a document is about, for the identity reader: the words it capitalises inside sentences
(so that "Labour" at the start of a sentence is still a name), and its dominant name — the
name it is mostly about ("Grenfell Tower", "Titan"), which stands for the story's topic the
way "the tower" or "the vessel" does."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_CAP = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+)?[A-Z][\w'\u2019-]*)*")
_OPENERS = frozenset("The A An This That These Those It He She They We I In On At By For From To "
                     "With After Before During But And Or As If When While Of Its Their His Her "
                     "Our Some All Both Each Every No Mr Mrs Ms Dr Monday Tuesday Wednesday "
                     "Thursday Friday Saturday Sunday January February March April May June July "
                     "August September October November December".split())
#: Words that are capitalised for other reasons than being a name of this story.
_NOT_TOPICS = frozenset("reuters ap afp associated press bbc cnn getty images photo file "
                        "updated published read more related".split())


@dataclass
class DocContext:
    """Per-document facts the identity reader uses: lower-case words written capitalised in
    the middle of a sentence, and the dominant name (lower case) or None."""

    capitalised: frozenset[str] = field(default_factory=frozenset)
    dominant: str | None = None


def document_context(text: str, sentences: list[tuple[int, int]]) -> DocContext:
    caps: set[str] = set()
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for n, (lo, hi) in enumerate(sentences):
        for m in _CAP.finditer(text, lo, hi):
            name = m.group()
            words = name.split()
            if m.start() == lo and words[0] in _OPENERS:
                words = words[1:]
                if not words:
                    continue
                name = " ".join(words)
            if m.start() != lo:
                caps.update(w.lower() for w in words)
            key = name.lower()
            if key in _NOT_TOPICS or len(key) < 3:
                continue
            weight = 3 if n < 2 else 1  # the headline and the lead say what the story is about
            counts[key] += weight
            first_seen.setdefault(key, m.start())
    dominant = None
    if counts:
        best = max(counts.items(), key=lambda kv: (kv[1], -first_seen[kv[0]]))
        if best[1] >= 3:
            dominant = best[0]
    return DocContext(frozenset(caps), dominant)

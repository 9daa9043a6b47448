"""Sentence boundaries, good enough for news: blank lines and line breaks end paragraphs,
and a full stop ends a sentence unless it closes an abbreviation, an initial or a number."""

from __future__ import annotations

import re

_ABBREV = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm rep sen gov pres st jr sr inc ltd co corp "
    "vs no nos fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc "
    "approx est dept univ ave mt ft a.m p.m".split()
)
_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[-*\u2022#>|])|(?<=[.!?][\"'\u201d\u2019)])\s+|(?<=[.!?])\s+")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` ranges of the sentences in ``text[start:end]``, trimmed of
    surrounding whitespace; linear in the length of the text."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        if m.group().strip() == "" and "\n" not in m.group() and _is_abbreviation(text, m.start()):
            continue
        _append(text, pos, m.start(), out)
        pos = m.end()
    _append(text, pos, end, out)
    return out


def _is_abbreviation(text: str, dot_end: int) -> bool:
    """True when the full stop before ``dot_end`` closes an abbreviation or an initial."""
    if dot_end == 0 or text[dot_end - 1] != ".":
        return False
    i = dot_end - 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "John F. Kennedy"
    if word in _ABBREV:
        return True
    # A lower-case word after the break means the sentence goes on.
    k = dot_end
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k].islower()


def _append(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi > lo:
        out.append((lo, hi))

"""Numbers written as words: "three", "forty-two", "a dozen", "two and a half million",
"half a million", "two-thirds", "one in five", "tens of thousands", "several hundred".

Reading is bounded: at most ``MAX_WORDS`` words are looked at from any start, so the cost per
number is constant and a whole text is read in linear time."""

from __future__ import annotations

import re
from typing import NamedTuple

from .hedges import VAGUE, VAGUE_MULTIPLIERS

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Denominators of fractions, singular and plural ("a third", "two-thirds").
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
                "ninths": 9, "tenth": 10, "tenths": 10}
_VAGUE_HEADS = {"dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens"}
_FILLERS = {"a", "an", "and", "of", "in", "few", "couple", "several", "dozen"}
_KNOWN = (set(SMALL) | set(TENS) | set(SCALES) | set(DENOMINATORS) | _VAGUE_HEADS | _FILLERS
          | {"hundred"})
MAX_WORDS = 10

#: Where a written number may start (case-insensitive); the rest is read word by word.
def trie_pattern(words) -> str:
    """An alternation with shared prefixes factored out ("t(?:en|wo|…)"): the regex engine
    then tests each position once per letter instead of once per word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return emit(trie)


def anchor(extra_words=()) -> str:
    """The pattern of where a written number starts; ``extra_words`` (such as "tripled") join
    the same trie, so that the regex engine tests each position once for all of them."""
    return (r"(?:" + trie_pattern(set(SMALL) | set(TENS) | set(SCALES) | _VAGUE_HEADS
                                  | {"hundred", "dozen", "half"} | set(extra_words))
            + r"|an?(?=[ \t\u00a0]+(?:hundred|thousand|million|billion|trillion|dozen|half|third|"
              r"quarter|fifth|tenth)\b)"
            + r"|(?:several|a\s+few|a\s+couple(?:\s+of)?)(?=\s+(?:hundred|thousand|million|billion|"
              r"trillion|dozen)\b))")


ANCHOR = anchor()
#: First letters of every anchor word, upper and lower case.
FIRST_LETTERS = "zotfsenmbdhaZOTFSENMBDHA"
_WORD = re.compile(r"[A-Za-z]+")
_SEP = re.compile(r"[ \t\u00a0]*[-\u2010\u2011][ \t\u00a0]*|[ \t\u00a0]+")


class WordNumber(NamedTuple):
    end: int
    low: float
    high: float
    kind: str  # "number", "fraction" (a share of one), "ratio" ("one in five") or "vague"


def read(text: str, pos: int, limit: int) -> WordNumber | None:
    """The longest written number that starts at ``pos``, or None."""
    words: list[tuple[str, int]] = []
    i = pos
    while len(words) < MAX_WORDS:
        m = _WORD.match(text, i, limit)
        word = m.group().lower() if m else ""
        if word not in _KNOWN or (words and _cannot_follow(words[-1][0], word)):
            break
        words.append((word, m.end()))
        sep = _SEP.match(text, m.end(), limit)
        if not sep:
            break
        i = sep.end()
    for n in range(len(words), 0, -1):
        value = interpret([w for w, _ in words[:n]])
        if value is not None:
            return WordNumber(words[n - 1][1], *value)
    return None


def _cannot_follow(prev: str, word: str) -> bool:
    # "one one", "five twenty": two digit-words in a row never make one number.
    return (word in SMALL and prev in SMALL) or (word in TENS and (prev in SMALL or prev in TENS))


def interpret(ws: list[str]) -> tuple[float, float, str] | None:
    """The value of a list of lower-case number words, or None when they do not form one."""
    if not ws or ws[-1] in ("a", "an", "and", "of", "in"):
        return None
    key = " ".join(ws)
    if key in VAGUE:
        return (*VAGUE[key], "vague")
    for head, (lo, hi) in VAGUE_MULTIPLIERS.items():
        if key.startswith(head + " "):
            tail = key[len(head) + 1:].split()
            rest = cardinal(["one", *tail])
            if rest is not None and rest >= 12 and len(tail) == 1:
                return lo * rest, hi * rest, "vague"
            return None
    if ws[0] == "half" and len(ws) >= 3 and ws[1] in ("a", "an"):
        rest = cardinal(["one", *ws[2:]])
        return None if rest is None else (rest / 2, rest / 2, "number")
    if ws == ["half"] or ws in (["a", "half"], ["one", "half"]):
        return 0.5, 0.5, "fraction"
    if "half" in ws:  # "two and a half million"
        i = ws.index("half")
        if i >= 3 and ws[i - 2:i] == ["and", "a"]:
            whole = cardinal(ws[:i - 2])
            scale = cardinal(["one", *ws[i + 1:]]) if ws[i + 1:] else 1.0
            if whole is not None and scale is not None and whole < 100:
                return (whole + 0.5) * scale, (whole + 0.5) * scale, "number"
        return None
    if ws[-1] in DENOMINATORS and len(ws) >= 2:
        top = cardinal(["one"] if ws[:-1] in (["a"], ["an"]) else ws[:-1])
        plural = ws[-1].endswith("s")
        if top is None or top >= DENOMINATORS[ws[-1]] or plural != (top > 1):
            return None
        return top / DENOMINATORS[ws[-1]], top / DENOMINATORS[ws[-1]], "fraction"
    if "in" in ws:  # "one in five"
        i = ws.index("in")
        top, bottom = cardinal(ws[:i]), cardinal(ws[i + 1:])
        if top and bottom and top < bottom:
            return top / bottom, top / bottom, "ratio"
        return None
    value = cardinal(ws)
    return None if value is None else (value, value, "number")


def cardinal(ws: list[str]) -> float | None:
    """Value of a cardinal such as ["two", "hundred", "and", "five", "thousand"]; None when the
    words do not form one ("three four", "hundred hundred")."""
    if not ws:
        return None
    if ws[0] in ("a", "an"):
        if len(ws) < 2 or ws[1] not in ("hundred", "dozen", *SCALES):
            return None
        ws = ["one", *ws[1:]]
    total, group, last, last_scale = 0.0, 0.0, "", float("inf")
    for w in ws:
        if w in SMALL:
            if last in SMALL or (last in TENS and SMALL[w] >= 10) or (last in TENS and SMALL[w] == 0):
                return None
            group += SMALL[w]
        elif w in TENS:
            if last in SMALL or last in TENS:
                return None
            group += TENS[w]
        elif w == "hundred":
            if last not in SMALL or group >= 100 or group == 0:
                return None
            group *= 100
        elif w == "dozen":
            if group >= 100 or last == "dozen":
                return None
            group = (group or 1) * 12
        elif w in SCALES:
            scale = SCALES[w]
            if group == 0 or scale >= last_scale:
                return None
            total += group * scale
            group, last_scale = 0.0, scale
        elif w == "and":
            if last not in ("hundred", *SCALES):
                return None
        else:
            return None
        last = w
    if last == "and":
        return None
    return total + group

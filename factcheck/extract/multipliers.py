"""Multipliers: "tripled", "grew fourfold", "a 10-fold rise", "three times as many", "2.5x".

A multiplier compares two amounts; it is not an amount. Its unit is ``times`` (a dimension of
its own in factcheck/units.py), so "tripled" never compares with "3 people" or "300%".
"Three times" is a multiplier only before a comparison ("three times as many", "three times
higher", "three times the national average"); "arrested three times" counts occasions and is
left out, as is "double" as an adjective ("a double murder")."""

from __future__ import annotations

import re

from .wordnum import SMALL, TENS

_SP = r"[ \t\u00a0\u2009\u202f]"
_FOLD_NUMBERS = {**SMALL, **TENS, "hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Verbs and adverbs that are multipliers by themselves.
VERBS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5,
          "halved": 0.5, "doubling": 2, "tripling": 3, "trebling": 3, "quadrupling": 4,
          "halving": 0.5, "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "twice": 2}
#: First letters of the verbs, for the anchor's look-ahead ("fourfold" is anchored as a number
#: word with "fold" after it).
FIRST_LETTERS = "".join(sorted({w[0] for w in VERBS}))
_FOLD_WORD = re.compile(rf"(?P<n>[a-z]+)-?fold\Z")
_SIZE_NOUNS = (
    "size|amount|number|rate|average|level|price|cost|value|volume|speed|national|global|world|"
    "previous|usual|normal|typical|figure|total|median|recommended|limit|weight|area|capacity|"
    "population|length|height|budget|sum|pace|annual|current|original|official|legal|safe|"
    "maximum|minimum|daily|monthly|yearly|share|output|risk|income|salary|wage|rent|gdp|eu|uk|us|"
    "u\\.s\\.|pre-")
#: What follows "times" or "twice" when they compare: "as many", "higher", "the average".
_COMPARISON = re.compile(
    rf"{_SP}+(?:as(?![\w'])|more|less|fewer|higher|lower|larger|bigger|greater|faster|slower|"
    rf"smaller|longer|shorter|cheaper|dearer|heavier|stronger|wider|deeper|older|richer|"
    rf"costlier|likelier|likely|that(?![\w'])|what(?![\w'])|those(?![\w'])|over{_SP}+(?:the|its|their)"
    rf"|the{_SP}+(?:{_SIZE_NOUNS})|(?:its|their|his|her|our){_SP}+(?:{_SIZE_NOUNS}))", re.I)
#: After a figure: "-fold", "fold", a glued "x" ("2.5x", not "4x4"), or "times" + comparison.
_AFTER = re.compile(rf"(?:-|{_SP})?fold(?![\w])|(?P<x>x)(?![\w])|{_SP}+times(?=[ \t\u00a0,;.])", re.I)
#: Before the infinitive forms: "plans to double", "could triple".
_MODAL = re.compile(
    rf"(?<![\w])(?:to|will|would|could|can|may|might|should|must|cannot|and|or|nearly|almost|"
    rf"more{_SP}+than|roughly|about){_SP}+\Z", re.I)
_NOT_AFTER_VERB = re.compile(rf"{_SP}+(?:down|up|over|back|as{_SP}+(?:a|an|the)\b)", re.I)
_ING_OBJECT = re.compile(rf"{_SP}+(?:of|its|their|his|her|our|the|in)(?![\w])", re.I)
#: A verb of change whose figures follow: "double spending to 2%", "doubled from 1,000".
_TO_FIGURE = re.compile(rf"(?:{_SP}+[A-Za-z'\u2019-]+){{0,4}}?{_SP}+(?:to|from){_SP}+"
                        rf"(?:about{_SP}+|around{_SP}+|some{_SP}+)?(?:[$€£¥]|US\$)?\d")
_AS_MANY = re.compile(rf"{_SP}+as{_SP}+(?:many|much)(?=[ \t])", re.I)


def after(text: str, pos: int, hi: int, glued: bool) -> int | None:
    """Where a multiplier written after a figure ends ("-fold", "x", " times as"), or None.
    ``glued`` says the figure is digits, the only kind a glued "x" follows."""
    m = _AFTER.match(text, pos, hi)
    if m is None or (m.group("x") and (not glued or m.start() != pos or m.group("x") != "x")):
        return None
    if m.group().lstrip().lower().startswith("times") and not _COMPARISON.match(text, m.end(), hi):
        return None  # "arrested three times": occasions, not a ratio
    return m.end()


def word_value(text: str, start: int, end: int, lo: int, hi: int) -> float | None:
    """The value of a multiplier word at ``[start, end)`` ("fourfold", "tripled", "twice"),
    or None when the word is used otherwise ("a double murder", "doubled down")."""
    word = text[start:end].lower()
    fold = _FOLD_WORD.match(word)
    if fold:
        return _FOLD_NUMBERS.get(fold.group("n"))
    value = VERBS.get(word)
    if value is None:
        return None
    if word == "twice":
        return value if _COMPARISON.match(text, end, hi) else None
    if _TO_FIGURE.match(text, end, hi):
        return None  # "would double spending to 2% of GDP": the figure is the claim
    if word.endswith("ed"):
        return None if _NOT_AFTER_VERB.match(text, end, hi) else value
    if word.endswith("ing"):
        used = _ING_OBJECT.match(text, end, hi) and not _NOT_AFTER_VERB.match(text, end, hi)
        return value if used else None  # "a doubling of", not "the halving" (an event)
    # "double", "triple": a verb after "to"/a modal, or a comparison ("double the size").
    before = _MODAL.search(text, max(lo, start - 12), start)
    return value if before or _COMPARISON.match(text, end, hi) else None


def compared_noun_at(text: str, end: int, hi: int) -> int | None:
    """Where the noun of "three times as many people" starts, or None."""
    m = _AS_MANY.match(text, end, hi)
    return m.end() if m else None

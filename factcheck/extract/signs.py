"""The sign of a figure. Market copy writes a change three ways — "DAX -1.1%", "the Nikkei
fell 1.1%", "a 1.1% drop" — and all three must give the same value, -1.1%, or two sources
that agree would be reported as contradicting each other.

A written sign ("-1.1%", "+3.2%", "minus 40") belongs to the figure. A word of falling right
before a percent or points figure ("fell", "was down", "lost", optionally "by" and a hedge),
or right after it ("2.3% lower", "a 2.3% drop"), makes the change negative; a written minus
after such a word is not a second negation ("down -0.4%" is -0.4%). Levels are left alone:
"fell to 3.9%" and "down from 5%" name where the figure ended or began, not the change."""

from __future__ import annotations

import re

_SP = r"[ \t\u00a0\u2009\u202f]"
#: A sign written just before the digits: at the start, or after a space or a bracket.
_SIGN_BEFORE = re.compile(rf"(?:(?:^|(?<=[\s(\[]))(?P<sym>[-\u2212+])"
                          rf"|(?<![\w-])(?P<word>minus|negative)(?:{_SP}+|-))\Z", re.I)
#: Units whose changes are written with a direction in market copy.
CHANGE_UNITS = frozenset({"percent", "percentage_point", "points", "point"})
_FALL_VERBS = frozenset(
    "fell fall falls falling dropped drop drops dropping declined decline declines declining "
    "decreased decrease decreases decreasing lost lose loses losing shed sheds shedding slid "
    "slide slides sliding slipped slip slips slipping sank sink sinks sinking tumbled tumble "
    "tumbles plunged plunge plunges plummeted plummets slumped slump slumps eased ease eases "
    "easing dipped dip dips retreated retreats contracted contracts shrank shrinks shrunk down "
    "lower weakened weakens skidded sagged tanked crashed cratered".split())
_RISE_VERBS = frozenset(
    "rose rise rises rising climbed climb climbs gained gain gains added adds jumped jump jumps "
    "surged surge surges soared soar soars increased increase increases grew grow grows "
    "advanced advances rallied rallies up higher firmed strengthened spiked leapt leaped".split())
#: Phrasal verbs with "down" that say nothing of a fall: "shot down 40% of the drones".
_NOT_A_FALL = frozenset(
    "shot shoot shoots brought bring brings turned turn turns voted vote cut cuts knocked "
    "struck pulled broke broken handed hand stepped step steps shut shuts scaled watered "
    "marked tracked hunted gunned wrote written write put puts took take takes ran run "
    "runs narrowed whittled settled slowed calmed backed climbed".split())
#: Words that may stand between a verb of change and its figure: "rose by about 2%".
_FILLERS = frozenset("by about around some nearly almost roughly just more less than over under".split())
_SPACES = " \t\u00a0\u2009\u202f"
#: Between a fall and the same change restated: "fell 300 points, or 0.8%", "dropped 1.5% (250".
_RESTATED = re.compile(rf"{_SP}*(?:,{_SP}*or|\(|,{_SP}*\(|\({_SP}*or){_SP}*\Z")
#: After the figure: "closed 2.3% lower", "a 2.3% drop" (but "a 10% down payment").
_FALL_AFTER = re.compile(
    rf"{_SP}+(?:lower|down(?!{_SP}+payments?)|(?:fall|drop|decline|decrease|dip|slide|slump|"
    r"plunge|contraction|loss|retreat)s?)(?![\w'\u2019-])", re.I)


def written_sign(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """A sign written right before ``start`` as ``(sign, where it starts)``: "-1.1%",
    "−40C", "+3.2%", "minus-40", "minus 40"; None when there is none."""
    m = _SIGN_BEFORE.search(text, max(lo, start - 9), start)
    if m is None:
        return None
    sym = m.group("sym")
    return (1 if sym == "+" else -1), m.start()


def is_fall(text: str, lo: int, start: int, end: int, hi: int, unit: str | None,
            has_base: bool) -> bool:
    """True when the figure at ``[start, end)`` (its hedge included) is the size of a fall:
    "fell 2.3%", "was down by about 0.4%", "lost 12% of its value", "2.3% lower", "a 2.3%
    drop". Only percent and points figures are read so."""
    if unit not in CHANGE_UNITS:
        return False
    words = _words_before(text, lo, start)
    by = bool(words) and words[-1] == "by"
    if by:
        words.pop()
    if words and words[-1] in _FALL_VERBS:
        verb, prev = words[-1], (words[-2] if len(words) > 1 else "")
        if verb == "down" and (prev in _NOT_A_FALL or has_base):
            return False
        return verb != "lower" or by  # "closed lower by 2%", but not "lower 2% rates"
    return _FALL_AFTER.match(text, end, hi) is not None


def after_change_verb(text: str, lo: int, start: int) -> bool:
    """True when a verb of change ("rose", "fell by about") comes right before ``start``: then
    "rose 2% to $80" and "fell $2.10 to $78.40" are a change and a level, not a range."""
    words = _words_before(text, lo, start)
    while words and words[-1] in _FILLERS:
        words.pop()
    return bool(words) and (words[-1] in _FALL_VERBS or words[-1] in _RISE_VERBS)


def _words_before(text: str, lo: int, start: int) -> list[str]:
    """The last few words before ``start`` (lower case) when only spaces separate the last
    one from ``start``; a regex searched backwards costs ten times more per figure."""
    if start <= lo or text[start - 1] not in _SPACES:
        return []
    words = text[max(lo, start - 40):start].lower().split()
    return words[-5:]


def restates(text: str, prev_end: int, start: int) -> bool:
    """True when the figure at ``start`` restates the one ending at ``prev_end`` in another
    unit ("fell 300 points, or 0.8%"), so that it shares its direction."""
    return start - prev_end <= 6 and _RESTATED.match(text, prev_end, start) is not None

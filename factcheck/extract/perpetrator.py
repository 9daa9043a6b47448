"""Whether an article says the attacker died: then tolls may count him or not.

"Four people were killed and the attacker was shot dead" and "five people died, including the
attacker" give one toll two ways. A run in which any article says so compares death tolls one
apart as the same toll (engine), instead of reporting a toll that falls by the attacker; two
apart when two attackers died ("the two suspects who died")."""

from __future__ import annotations

import re

from .temporal.lexicon import number

#: The note on each count of the dead in an article that says an attacker died.
NOTE = "an attacker died too: tolls may count him or not"

_WHO = r"(?:attackers?|assailants?|gunm[ae]n|shooters?|bombers?|perpetrators?|terrorists?|knifem[ae]n|suspects?)"
#: A character of the attacker's own clause: not past a conjunction that opens another
#: ("the gunman was arrested after two people were killed": the two were killed, not he).
_SAME_CLAUSE = r"(?:(?!\b(?:after|before|when|while|as|but|because|since|where)\b|,\s*and\b)[^.;\n])"
#: How many: "the two gunmen", "the 3 suicide bombers".
_HOW_MANY = r"(?:(?:two|three|four|five|six|\d)\s+)?"
_DIED = re.compile(
    rf"\b(?:including|plus)\s+the\s+{_HOW_MANY}(?:suicide\s+)?{_WHO}\b"
    rf"|\b(?:in\s+addition\s+to|apart\s+from|besides|excluding|not\s+including)\s+the\s+{_HOW_MANY}"
    rf"(?:suicide\s+)?{_WHO}\b"
    rf"|\b{_WHO}\b{_SAME_CLAUSE}{{0,60}}?\b(?:was|were)\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|neutrali[sz]ed|found\s+dead|dead)\b"
    rf"|\b{_WHO}\b[^.;\n]{{0,80}}?\b(?:before|until)\s+(?:(?:he|they)\s+(?:was|were)|being)\s+"
    rf"(?:shot\s+dead|shot\s+and\s+killed|killed|neutrali[sz]ed)"
    rf"|\b(?:shot\s+dead|killed)\s+the\s+(?:two\s+)?{_WHO}\b"
    rf"|\b{_WHO}\s+(?:also\s+|later\s+)?died\b"
    rf"|\b{_WHO}\s+who\s+(?:also\s+|later\s+)?died\b"
    rf"|\b{_WHO}\b{_SAME_CLAUSE}{{0,80}}?\b(?:(?:killed|shot)\s+(?:himself|themselves)|turned\s+the\s+gun\s+on\s+himself"
    rf"|took\s+his\s+own\s+life|died\s+by\s+suicide)"
    rf"|\bkill(?:s|ed)\s+[^.;\n]{{0,40}}?,\s*(?:and\s+)?(?:then\s+)?himself\b"
    rf"|\bsuicide\s+bomber")  # matched on the lower-cased text


#: Where the pattern is tried: the words that name an attacker, and the words of a suicide.
_ANY = re.compile(rf"{_WHO}|himself|themselves|own life")
#: Words that say two attackers died ("the two suspects who died", "the gunmen were killed").
_SEVERAL = re.compile(r"\b(?:two|both|attackers|assailants|gunmen|shooters|bombers|perpetrators|terrorists|"
                      r"knifemen|suspects|themselves)\b")


def perpetrator_died(text: str) -> str | None:
    """The words that say an attacker died, or None. Most articles (a quake, a flood) name no
    attacker at all, and the pattern is only tried around the words that name one."""
    low = text.lower()
    for k in _ANY.finditer(low):
        m = _DIED.search(low, max(0, k.start() - 60), k.end() + 90)
        if m:
            return text[m.start():m.end()]
    return None


#: A number of attackers a toll is said to include or leave out ("including the three bombers",
#: "apart from the 3 suicide bombers"); elsewhere ("four suicide bombers killed 52 in 2005") a
#: number of attackers says nothing of this toll.
_COUNTED = re.compile(r"\b(?:including|plus|to|from|besides|excluding)\s+the\s+(two|three|four|five|six|\d)\s+(?:suicide\s+)?" + _WHO)


def attackers_dead(words: str) -> int:
    """How many attackers the words ``perpetrator_died`` found say died: the number a toll is
    said to include or leave out ("apart from the 3 suicide bombers"), else two when they say
    "both" or name attackers in the plural, else one."""
    low = words.lower()
    if (m := _COUNTED.search(low)) is not None:
        n = number(m.group(1))
        if n:
            return n
    return 2 if _SEVERAL.search(low) else 1


def counts_the_dead(measure: str | None) -> bool:
    return bool(measure) and any(w in measure for w in ("killed", "dead", "death", "died"))

"""Whether an article says the attacker died: then tolls may count him or not.

"Four people were killed and the attacker was shot dead" and "five people died, including the
attacker" give one toll two ways. A run in which any article says so compares death tolls one
apart as the same toll (engine), instead of reporting a toll that falls by the attacker."""

from __future__ import annotations

import re

#: The note on each count of the dead in an article that says an attacker died.
NOTE = "an attacker died too: tolls may count him or not"

_WHO = r"(?:attacker|assailant|gunman|shooter|bomber|perpetrator|terrorist|knifeman)"
_DIED = re.compile(
    rf"\b(?:including|plus)\s+the\s+{_WHO}\b"
    rf"|\b{_WHO}\b[^.;\n]{{0,60}}?\b(?:was|were)\s+(?:later\s+)?(?:shot\s+dead|shot\s+and\s+killed|killed|neutrali[sz]ed)\b"
    rf"|\b(?:shot\s+dead|killed)\s+the\s+{_WHO}\b"
    rf"|\b{_WHO}\s+(?:also\s+|later\s+)?died\b"
    rf"|\b{_WHO}\b[^.;\n]{{0,60}}?\b(?:killed|shot)\s+himself\b"
    rf"|\bsuicide\s+bomber")  # matched on the lower-cased text


_ANY = re.compile(_WHO)  # the words that name one, where the pattern is tried


def perpetrator_died(text: str) -> str | None:
    """The words that say an attacker died, or None. Most articles (a quake, a flood) name no
    attacker at all, and the pattern is only tried around the words that name one."""
    low = text.lower()
    for k in _ANY.finditer(low):
        m = _DIED.search(low, max(0, k.start() - 30), k.end() + 90)
        if m:
            return text[m.start():m.end()]
    return None


def counts_the_dead(measure: str | None) -> bool:
    return bool(measure) and any(w in measure for w in ("killed", "dead", "death", "died"))

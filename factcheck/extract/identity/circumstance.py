"""When the clause's own verb does not name the event a time dates, the words around it do.

Three readings, each of the text before the time in its sentence:

* a death "in" an event dates that event: "ten babies died in a fire at the hospital at 1.30
  am" is the fire's time, as "were killed in an explosion on Sunday" is the blast's day;
* a crash "during the landing" or "on take-off" is the crash: "crashed during the landing at
  around 11:30" times the crash, not a landing of its own;
* what "fell" says what kind of event it was: a bridge, a building or a crane that fell
  collapsed ("the bridge fell at around 12:47 PM"), a bus or a car that fell from a bridge
  crashed. A count that fell ("the toll fell to 30") names neither and is left alone.
"""

from __future__ import annotations

import re

from .events import NOUN_EVENTS

#: A death in an event, the event's noun last: "died in a horrific fire", "were killed in the
#: twin explosions", "perished in Saturday's blaze".
_DIED_IN = re.compile(
    r"\b(?:died|dies|die|dying|perished|killed|burned to death|burnt to death)\s+(?:in|during)\s+"
    r"(?:a|an|the|[A-Z][a-z]+day's)\s+((?:[\w-]+\s+){0,2}[\w-]+)")

#: A crash during a landing or a take-off, just before the time.
_CRASH_DURING = re.compile(
    r"\b(?:crash(?:ed|es)?|crash-landed|went down|came down|plunged|plummeted|overshot|skidded)\b"
    r"[^.;,]{0,40}?\b(?:during|on|upon|while|in)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:landing|approach|take-?off|takeoff)\b[^.;,]{0,30}$", re.I)

#: What falls: structures (a fall is their collapse) and vehicles (a fall is their crash).
_STRUCTURES = frozenset("bridge flyover overpass building tower block house houses roof ceiling wall "
                        "walls crane girder span structure stand stage scaffolding scaffold storey "
                        "floor floors hotel mall factory school temple church mosque dam".split())
_VEHICLES = frozenset("bus minibus coach truck lorry van car jeep vehicle train tractor trailer "
                      "tanker helicopter plane aircraft".split())
#: Compounds that are structures by their last part ("footbridge", "warehouse").
_STRUCTURE_ENDINGS = ("bridge", "house", "tower", "building")
_FELL = re.compile(r"\b(?:fell|falls|fallen|falling)\b", re.I)


def reread(cls: str | None, before: str) -> tuple[str, str] | None:
    """(event class, evidence) when the words before a time (``before``: its sentence up to
    the time) name its event better than the clause's verb (``cls``, as classified); else None."""
    head = cls.split()[0] if cls else None
    if head in ("die", "kill", "perish", "burn"):
        found = list(_DIED_IN.finditer(before))
        if found and re.search(r"[,;(]|\b(?:during|while|when|as)\b", before[found[-1].end():]):
            found = []  # "soldiers who died in the crash, during a wake … on Monday": the wake's day
        for noun in found[-1].group(1).split() if found else ():
            # the event's noun after at most two modifiers ("a horrific fire", "the twin
            # explosions"); a place or a time ("in the capital") names none
            noun = noun[:-1] if noun not in NOUN_EVENTS and noun.endswith("s") else noun
            if noun in NOUN_EVENTS:
                return NOUN_EVENTS[noun], found[-1].group(0)
    if cls in ("land", "depart") and (m := _CRASH_DURING.search(before)):
        return "crash", m.group(0).strip()
    if cls == "fall":
        verbs = list(_FELL.finditer(before))
        if verbs:
            words = re.findall(r"[a-z]+", before[:verbs[-1].start()].lower())[-6:]
            for w in reversed(words):
                if w in _STRUCTURES or w.endswith(_STRUCTURE_ENDINGS):
                    return "collapse", f"{w} … {verbs[-1].group(0)}"
                if w in _VEHICLES:
                    return "crash", f"{w} … {verbs[-1].group(0)}"
    return None


#: What a length of time is of when no verb or noun next to it says: the event noun it is
#: spent in ("battled troops for 17 hours in an overnight siege"), or the fight against a fire
#: ("worked for 15 hours to douse the flames", "after combating the fire for 17 hours", "took
#: nearly two hours and a dozen crews to extinguish the flames", "brought the blaze under
#: control in 45 minutes"): the time it took to put the fire out, one class with the time it
#: was put out (``contain``).
_SPENT_IN = re.compile(r"^\s*(?:in|during|of)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,2}[\w-]+)")
_TO_PUT_OUT = re.compile(
    r"^\s*(?:(?:and|with)\s+[^,.;]{0,40}?\s+)?to\s+(?:fully\s+|completely\s+)?"
    r"(?:extinguish|douse|put\s+out|contain|control|bring\s+(?:the\s+)?(?:fire|blaze|flames)\s+under\s+control)\b", re.I)
_FOUGHT_FIRE = re.compile(
    r"\b(?:fight|fights|fought|fighting|battled?|battling|combat(?:ed|ing)?|tackl(?:ed|ing))\s+"
    r"(?:the\s+)?(?:fire|blaze|flames|inferno)\s+for\s+(?:[\w-]+\s+)?$", re.I)
_UNDER_CONTROL_IN = re.compile(
    r"\b(?:under\s+control|extinguished|doused|put\s+out|contained)\s+(?:in|within|after)\s+(?:[\w-]+\s+)?$", re.I)
_TAKING = re.compile(r"\b(?:took|takes|take|taking|worked|needed|spent|struggled|fought|battled)\b", re.I)


def lasting_of(before: str, after: str) -> tuple[str, str] | None:
    """(event class, evidence) of a length of time from the words around it (``before``: its
    sentence up to the figure; ``after``: from the figure on), when they name what it lasted;
    else None."""
    if (m := _SPENT_IN.match(after)) is not None:
        for noun in m.group(1).split():
            noun = noun.lower()
            noun = noun[:-1] if noun not in NOUN_EVENTS and noun.endswith("s") else noun
            if noun in NOUN_EVENTS and NOUN_EVENTS[noun] not in ("fire", "explode", "crash", "quake", "flood"):
                # "for 17 hours in an overnight siege" (but "for two hours in the fire" is
                # time spent inside a fire, not how long it burned)
                said = m.group(0)
                return NOUN_EVENTS[noun], said[:said.lower().rfind(noun) + len(noun)].strip()
    if _FOUGHT_FIRE.search(before) or _UNDER_CONTROL_IN.search(before):
        return "contain", (_FOUGHT_FIRE.search(before) or _UNDER_CONTROL_IN.search(before)).group(0).strip()
    if (m := _TO_PUT_OUT.match(after)) is not None and _TAKING.search(before[-60:]):
        return "contain", m.group(0).strip()
    return None

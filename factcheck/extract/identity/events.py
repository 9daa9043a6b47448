"""What happened, as one key whatever the words: "took off", "departed" and "left Kunming" are
one departure; "crashed", "went down" and "plunged into a mountain" one crash; "the quake
struck", "the earthquake occurred" and "the tremor hit" one quake. The class is read from the
event phrase the temporal extractor gives a date (verb lemma first, then its object or, for a
light verb, the subject noun); a proper name in the phrase ("Kunming", "Batumi") is kept apart
as the event's participant. Phrases in no class stay as they are: packs may still name them
(``rules/dates/events.fc``)."""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

#: Class -> the phrases (verb lemma, optionally with a particle or object head) that name it.
_CLASSES = {
    "depart": "take off|depart|leave|lift off|set off|set out|set sail|sail|begin journey|"
              "start journey|begin voyage|start voyage|begin flight|leave port|takeoff|take-off|"
              "departure|put to sea",
    "land": "land|arrive|touch down|landing|arrival",
    "crash": "crash|go down|plunge|plummet|come down|slam|hit ground|hit mountain|crash-land|"
             "smash|nosedive|dive into|crash into|plow|plough|plow into|plough into|derail|"
             "collide|collision|derailment|jump track|jump rail|leave track|leave rail|come off track|"
             "come off rail|go off track|go off rail|run off track|run off rail",
    "lose contact": "lose contact|lose touch|disappear|vanish|drop off radar|lose signal|"
                    "go missing|go dark|lose communication|stop communicate|lose radar contact|"
                    "cut off|disappearance|contact lost|last contact",
    "explode": "explode|blast|blow up|detonate|explosion|detonation|blow|surge|go off|set off bomb|"
               "set off explosive|bomb|bombing",
    "siege": "siege|standoff|stand-off|hostage standoff|hostage situation|hostage-taking|"
             "hostage taking|hostage crisis|hostage drama",
    "resign": "resign|quit|retire|step down|stand down",
    "collapse": "collapse|cave in|crumble|give way|fall down|topple",
    "flood": "inundate|swamp|submerge|overflow|burst bank|burst its bank",
    "quake": "quake|earthquake|tremor|temblor|shake|jolt|rattle|shock|aftershock",
    "begin dive": "submerge|dive|begin descent|start descent|begin dive|start dive|descend|"
                  "launch|begin voyage|launch dive",
    "report overdue": "report overdue|report missing|declare overdue|declare missing",
    "fire": "fire|blaze|break out|catch fire|start fire|ignite|erupt",
    "call": "call|alert|notify|receive report|receive call",
    "strike begin": "go on strike|down tools|walk out|begin strike|start strike|strike begin",
    "strike end": "end strike|call off strike|lift strike|end walkout|strike end|return to work",
    "expire": "expire|run through|last till|last until|run until|run till|in place through|"
              "remain in place|run out",
    "take effect": "take effect|come into force|go into effect|enter into force|"
                   "come into effect|become effective|kick in|start apply",
    "recover": "recover|retrieve|find|locate|salvage|pull out|pull body|pull bodies|bring up body|bring up bodies",
    "rescue": "rescue|free|bring out|extract|evacuate|airlift|pull to safety|refloat|re-float",
    "build": "build|construct|complete|open|erect",
    "sign": "sign|ink",
    "reach deal": "reach deal|reach agreement|agree deal|clinch deal|seal deal|reach tentative deal|"
                  "reach accord",
    "seize": "seize|confiscate|impound|detain|arrest|unload",
    "store": "store|keep|leave in storage",
    "confirm death": "confirm dead|confirm death|declare dead|confirm die|confirm kill",
    "landfall": "make landfall|landfall|come ashore|move ashore|hit land|make land|move onshore|"
                "come onshore",
    "contain": "contain|extinguish|put out|douse|bring under control",
    "shooting": "shooting|open fire|gunfire|rampage|massacre|"
                "hear gunshots|hear shots|hear gunfire|fire shots|spray bullets|start firing|"
                "start shooting|begin firing|begin shooting",
    "plead guilty": "plead guilty|change plea|change his plea|change her plea|enter guilty plea|"
                    "admit guilt",
    "plead not guilty": "plead not guilty|enter not guilty plea|deny charges",
    "attack": "attack|assault|raid|ambush",
    "discover": "come to light|discover",
    "sink": "sink|capsize|founder|go under|keel over|sinking|capsizing",
    "landslide": "landslide|mudslide|landslip",
    "stampede": "stampede",
    "declare disaster": "declare disaster|approve disaster declaration|issue disaster declaration|"
                        "sign disaster declaration|declare major disaster",
}
_LOOKUP: dict[str, str] = {}
for _cls, _phrases in _CLASSES.items():
    for _p in _phrases.split("|"):
        _LOOKUP[_p] = _cls

#: Subjects of a light verb that name the event themselves ("the quake struck").
NOUN_EVENTS = _NOUN_EVENTS = {"quake": "quake", "earthquake": "quake", "tremor": "quake", "temblor": "quake",
                "aftershock": "quake", "explosion": "explode", "blast": "explode",
                "detonation": "explode", "fire": "fire", "blaze": "fire", "collapse": "collapse",
                "crash": "crash", "strike": "strike begin", "walkout": "strike begin",
                "takeoff": "depart", "take-off": "depart", "departure": "depart",
                "landing": "land", "arrival": "land", "flood": "flood", "flooding": "flood",
                "storm": "storm", "landfall": "landfall", "surge": "explode",
                "siege": "siege", "standoff": "siege", "hostage-taking": "siege",
                "derailment": "crash", "collision": "crash", "shooting": "shooting",
                "gunfire": "shooting", "rampage": "shooting", "massacre": "shooting",
                "gunshots": "shooting", "bombing": "explode", "bombings": "explode",
                "eruption": "eruption", "volcano": "eruption",
                # "the Dec. 19, 2017, wreck of train No. 501", "the sinking on Sunday", "the
                # landslide on Thursday", "the stampede at the funeral"
                "wreck": "crash", "sinking": "sink", "capsizing": "sink", "shipwreck": "sink",
                "landslide": "landslide", "mudslide": "landslide", "landslip": "landslide",
                "stampede": "stampede"}
#: Kinds of attack a story can be about, and the words that name whichever of them it is: in a
#: story about a shooting, "the attack began at 9:40" and "gunmen stormed the club at 9:40" are
#: the shooting; in one about a bombing, "the attack" is the blast. ("storm" is weather in a
#: story about no attack.)
ATTACK_KINDS = frozenset({"shooting", "explode", "siege"})
ATTACK_WORDS = frozenset({"attack", "storm"})
#: Nouns of occasions that are events of their own, never the story's disaster: "the meeting
#: that took place today", "the funeral, which began at noon".
OCCASION_NOUNS = frozenset("meeting meetings talks summit election elections vote referendum funeral funerals "
                           "hearing trial rally ceremony vigil memorial inquest visit".split())
#: Event nouns that name no kind of event ("the incident", "another tragedy").
GENERIC_EVENT_NOUNS = frozenset("incident accident disaster tragedy mishap".split())


def main_attack(counts: Mapping[str, int]) -> str | None:
    """The kind of attack named most among events counted (``counts``: event -> times named),
    when one is named more than any other; None when none is, or two tie."""
    ranked = Counter({e: n for e, n in counts.items() if e in ATTACK_KINDS}).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


#: Words for the same participant ("killed the assailant", "killed the gunman").
_PARTICIPANTS = {"assailant": "gunman", "shooter": "gunman", "attacker": "gunman",
                 "gunmen": "gunman", "assailants": "gunman", "attackers": "gunman"}
#: Words of a phrase that add nothing to its event ("recover flight data recorder").
_OBJECT_NOISE = frozenset("flight data recorder black box boxes cockpit voice its their the "
                          "plane aircraft jet vessel ship airport city".split())


#: Words of a sentence about guns: there, "fire" is shooting ("the gunman fired on officers at
#: 2:38", "shots fired"), not a blaze.
_GUN_WORDS = frozenset("gun guns gunman gunmen gunfire gunshot gunshots shot shots shooter shooting "
                       "rifle rifles pistol handgun bullet bullets rounds fired firing".split())


#: Words of a sentence about a quake: there, "struck" is the quake, not a labour strike.
_QUAKE_WORDS = frozenset("quake quakes earthquake earthquakes tremor tremors temblor magnitude "
                         "magnitude-7 aftershock aftershocks epicentre epicenter seismic".split())
_LABOUR_WORDS = frozenset("workers union unions walkout pickets picket strikers wages pay".split())
#: Words of a sentence about a volcano: there, what "erupted" or "exploded" is its eruption.
_VOLCANO_WORDS = frozenset("volcano volcanoes volcanic volcan magma lava pyroclastic".split())


#: Things that "flood in" without water: calls, messages, donations, tributes.
_FLOODING_IN = re.compile(r"\b(?:calls|messages|donations|tips|letters|e-?mails|orders|requests|tributes|"
                          r"condolences|offers|queries|complaints|applications)\b[^.;]{0,40}?\bflood(?:s|ed|ing)?\b", re.I)


def classify(phrase: str | None, raw: str | None = None) -> tuple[str | None, str | None]:
    """(event class, participant) for an event phrase: "leave kunming" -> ("depart",
    "kunming"); "quake" -> ("quake", None); "meet" -> ("meet", None) when no class names it.
    ``raw`` is the phrase or sentence as written, to tell a name ("Kunming") from a common
    noun, a shot fired from a blaze, a volcano's eruption from a fire or a blast, and a quake
    that struck from a labour strike."""
    cls, who = _classify(phrase, raw)
    if cls == "flood" and raw and _FLOODING_IN.search(raw):
        return phrase, who  # "calls to 911 began flooding in": a rush of calls, no flood
    if cls in ("fire", "strike begin", "explode") and raw:
        words = {w.strip(".,;:!?\"'()").lower() for w in raw.split()}
        if cls == "fire" and not _GUN_WORDS.isdisjoint(words):
            return "shooting", who
        if cls in ("fire", "explode") and not _VOLCANO_WORDS.isdisjoint(words):
            return "eruption", who  # "the volcano erupted", "exploded" near a volcano: its eruption
        if cls == "strike begin" and not _QUAKE_WORDS.isdisjoint(words) and _LABOUR_WORDS.isdisjoint(words):
            return "quake", who  # "a 7.0-magnitude earthquake struck the province at 8.43am"
        if cls == "strike begin" and phrase and len(phrase.split()) > 1 and phrase.split()[0] == "strike" \
                and _LABOUR_WORDS.isdisjoint(words):
            return "hit", who  # "a car carrying explosives struck a convoy": a blow, not a walkout
    return cls, who


#: What a storm strikes when it makes landfall ("struck the coast of Odisha").
_COASTS = frozenset("coast coastline shore shoreline land".split())
#: What is struck when "strike" is no labour strike: "struck a tentative deal".
_STRUCK_DEALS = frozenset("deal deals agreement agreements accord pact bargain compromise".split())


def _classify(phrase: str | None, raw: str | None) -> tuple[str | None, str | None]:
    if not phrase:
        return None, None
    words = phrase.lower().split()
    if words[:1] == ["strike"] and not _STRUCK_DEALS.isdisjoint(words[1:4]):
        return "reach deal", None  # "struck a tentative deal around dawn Tuesday"
    if words[:1] in (["strike"], ["hit"], ["slam"], ["lash"]) and not _COASTS.isdisjoint(words[1:3]):
        return "landfall", None  # "the cyclone struck the coast at 8 am": no labour strike
    if words and words[0] not in _NOUN_EVENTS and words[0].endswith("s") and words[0][:-1] in _NOUN_EVENTS:
        words[0] = words[0][:-1]  # "the explosions"
    if words and words[0] in _NOUN_EVENTS:
        return _NOUN_EVENTS[words[0]], None
    if len(words) == 2 and words[0] == "end" and words[1] in _NOUN_EVENTS:
        # "the standoff ended", "the siege ended": the end of that event, one class whatever
        # the noun ("the strike ended" is "strike end", as "called off the strike" is)
        return f"{_NOUN_EVENTS[words[1]].removesuffix(' begin')} end", None
    if words and words[0] not in _LOOKUP and (lem := event_lemma(words[0])) is not None and lem != words[0]:
        words[0] = lem  # "crashed" (a phrase kept as written)
    words = [_PARTICIPANTS.get(w, w) for w in words]
    if words and words[0] not in _LOOKUP and words[0] + "e" in _LOOKUP:
        words[0] += "e"  # "plung" (a guessed lemma) is "plunge"
    if words and words[0] in _OPENING_VERBS:
        # "launched the assaults at around 8.30pm", "mounted an attack", "began the raid": the
        # event opened, not a launch of its own (a submersible's dive)
        for w in words[1:3]:
            noun = w[:-1] if w.endswith("s") and w[:-1] in _OPENED else w
            if noun in _OPENED:
                return _OPENED[noun], None
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if n > 1 and head not in _LOOKUP and head.endswith("s") and head[:-1] in _LOOKUP:
            head = head[:-1]  # "jump rails", "leave tracks": the object in the plural
        if head in _LOOKUP:
            rest = [w for w in words[n:] if w not in _OBJECT_NOISE]
            return _LOOKUP[head], _participant(rest, raw)
    for w in words[1:3]:
        if w in _NOUN_EVENTS and words[0] in ("occur", "happen", "strike", "hit", "begin",
                                              "start", "take", "come", "erupt", "break",
                                              # "recorded the explosion at 06:08": perceived
                                              "record", "detect", "register", "hear", "feel",
                                              "see", "witness", "cause", "trigger", "spark"):
            return _NOUN_EVENTS[w], None
    for w in words[2:5]:
        # "report carbon-fiber vessel overdue": the verb and a word after its object
        if f"{words[0]} {w}" in _LOOKUP:
            return _LOOKUP[f"{words[0]} {w}"], None
    return " ".join(words), None


#: Verbs that open an event named by their object, and the events they open (an attack, or
#: the attack kind a noun names: "began the bombing").
_OPENING_VERBS = frozenset("launch mount stage begin start".split())
_OPENED = {"attack": "attack", "assault": "attack", "raid": "attack", "offensive": "attack",
           **{k: v for k, v in _NOUN_EVENTS.items() if v in ATTACK_KINDS}}


def _participant(rest: list[str], raw: str | None) -> str | None:
    """The name an event involves ("leave kunming" -> "kunming"), only when it is a name."""
    if not rest or raw is None:
        return None
    for w in rest:
        if any(tok.lower() == w and tok[:1].isupper() for tok in raw.split()):
            return w
    return None


#: Words before an event that make it a plan, not what happened ("due to land at 3:05").
SCHEDULED = ("due to", "scheduled to", "expected to", "set to", "planned to", "supposed to",
             "meant to", "slated to", "timetabled to", "was to", "were to",
             # a plan or a threat: "is planning a further strike on September 27"
             "planning to", "planning a", "plans to", "plans a", "plan to", "threatened to",
             "threatens to", "threatening to", "threatened a", "vowed to", "vows to", " planned ")


#: Verb lemmas that name events, for recognising their forms ("crashed", "plunged") where a
#: general verb list does not know them.
EVENT_VERBS = frozenset(p.split()[0] for phrases in _CLASSES.values() for p in phrases.split("|")
                        if p.split()[0].isalpha() and len(p.split()[0]) > 2
                        and p.split()[0] not in ("contact", "last", "strike", "radar", "remain"))


@lru_cache(maxsize=1 << 16)
def event_lemma(word: str) -> str | None:
    """The lemma of a form of an event verb ("crashed" -> "crash", "plunged" -> "plunge",
    "diving" -> "dive"), or None."""
    w = word.lower()
    if w in EVENT_VERBS:
        return w
    for cut, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                     ("es", ""), ("s", "")):
        if w.endswith(cut) and len(w) > len(cut) + 2:
            stem = w[: -len(cut)] + add
            if stem in EVENT_VERBS:
                return stem
            if cut in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in EVENT_VERBS:
                return stem[:-1]
    return None


def known_classes() -> frozenset[str]:
    return frozenset(_CLASSES) | frozenset(_NOUN_EVENTS.values())


#: Events that happen once in a story (a crash, a departure, a contract's expiry): two dates
#: for one of them in the same year are one event dated twice. Others (talks, votes, visits)
#: recur, and only dates in the same month are taken for one occurrence.
ONE_OFF = frozenset({"depart", "land", "crash", "lose contact", "explode", "collapse",
                     "begin dive", "report overdue", "strike begin", "strike end",
                     "expire", "take effect", "build", "sign", "seize", "landfall", "sink"})


#: Events that can recur within days (aftershocks): two dates for one of them on different
#: days are two occurrences.
DAILY = frozenset({"quake", "explode", "fire", "strike begin", "rescue", "recover", "shooting", "attack",
                   "landslide"})


#: Events that happen many times within hours or days (emergency calls, reports, crowds
#: gathering, protests, vigils, a count that rises or falls at each update): dates of them are
#: never one event dated twice unless an ordinal says which ("the first call"); the same value
#: given twice still agrees.
MANY = frozenset({"call", "report", "gather", "protest", "rally", "march", "mourn", "pray",
                  "rise", "climb", "increase", "jump", "fall", "drop", "reach"})

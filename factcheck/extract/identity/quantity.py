"""The identity of one figure, read from the words attached to it: what it measures (the noun it
counts and the verb it is the subject or object of, or the noun it is the value of), whose it
is, and what part of that whole it covers.

Only tight attachments count: the verb right after the figure's noun ("2,000 homes *were
destroyed*"), right before it ("*killed* 157 people"), the noun a figure modifies ("a
*21-foot* vessel"), the noun it is the value of ("a *death toll* of 98"). A word elsewhere in
the sentence says nothing about this figure, so nothing is read from it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import QuantityValue
from ...units import dimension, is_unit
from ..mention import Mention
from ..quantity_parts import PEOPLE_NAME, THE_DEAD
from ..subjects import subject_of
from ..temporal.lexicon import MONTHS, WEEKDAYS
from ..wordnum import SCALES, SMALL, TENS
from ..temporal.places import known as known_place
from ..temporal.verbs import guess_lemma
from ..units_text import singular
from .lexicon import (ATTACKERS, ATTRIBUTE_MEASURES, CAPACITY, COMBINED, GENERIC_PEOPLE, GROUP_SYNONYMS,
                      LENGTH_WORDS, NOUN_PREDICATES, OTHER_OCCURRENCE, PERSON_GROUPS, PREDICATES,
                      RELATIONAL, SPEECH, TOPIC_NOUNS)
from .events import GENERIC_EVENT_NOUNS, NOUN_EVENTS, event_lemma
from .recipients import recipient
from .tokens import DETERMINERS, HARD_BREAKS, NOT_NAMES, PREPOSITIONS, PRONOUNS, Sentence

#: Words between a verb and its object figure: "killed *at least* 157", "carrying *all* 132".
_HEDGE_WORDS = frozenset("least more than less fewer nearly almost about around some over "
                         "under roughly approximately an estimated all only just many much "
                         "another additional further".split()) | {"at"}
_BEFORE_COUNT = _HEDGE_WORDS | {"the", "a", "total", "of"}  # "rescued all the 12 boys"
#: The words of a number written out ("forty eight people", "at least five people"): part of
#: the figure, never a qualifier of what it counts.
_NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | frozenset(SCALES) | {"hundred"}
_BEFORE_MARGIN = _HEDGE_WORDS | {"a", "mere"}  # "by a mere 149 votes"
_BEFORE_OBJECT = _HEDGE_WORDS | {"as"}  # "fell as much as 45 metres"
#: Words between a verb and the figure that is its object: "killed a confirmed 1,394 people".
_BEFORE_PREDICATE = _HEDGE_WORDS | {"a", "confirmed", "reported", "estimated", "whopping"}


def _left_of(sent: Sentence, i: int, skip: frozenset[str] = _HEDGE_WORDS) -> int:
    """The index of the nearest token left of token ``i`` that is not in ``skip`` (hedges:
    "killed *at least* 157"), or -1 at the sentence's start."""
    k = i - 1
    while k >= 0 and sent.tokens[k].low in skip:
        k -= 1
    return k


#: A death toll of its own in a sentence ("the death toll is 22", "22 were killed").
_TOLL_BESIDE = re.compile(r"\bdeath toll\b|\b\d[\d,]*\s+(?:people\s+|persons\s+)?(?:were\s+|have\s+)?"
                          r"(?:killed|died|dead)\b", re.I)
#: Adjectives that stand for people ("56 dead", "30 injured").
_PEOPLE_ADJECTIVES = frozenset("dead injured wounded missing".split())
#: Adverbs and auxiliaries between a figure's noun and its verb: "157 people *have been*
#: killed", "99 *are still* missing".
_BETWEEN_VERB = frozenset("have has had been being be is are was were remain remained remains "
                          "still now already reportedly so far initially later then also were "
                          "believed feared thought confirmed known presumed said reported "
                          "listed as to may might could".split())
#: The holder or scope of a figure that is there but could not be read: matches nothing.
UNKNOWN = _UNKNOWN = "?"
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen "
                          "dozens hundreds thousands".split())


@dataclass
class Identity:
    measure: str | None = None
    subject: str | None = None  # None: not stated (the story's topic); "?" unknown
    scope: str | None = None
    modality: str | None = None  # "capacity" when the figure is a limit
    attribute: bool = False  # the figure modifies a noun ("a 21-foot vessel")
    enumeration: str | None = None
    event: str | None = None  # for dates and times: the event class
    order: tuple[str, str] | None = None  # for order claims: the two event classes
    evidence: dict[str, str] = field(default_factory=dict)
    #: A second measure the same figure gives ("all 176 on board were killed": the number
    #: aboard and the toll); the claim is then read once for each.
    also: str | None = None


def read(sent: Sentence, m: Mention) -> Identity:
    """The identity of quantity mention ``m`` in sentence ``sent``."""
    value = m.value
    assert isinstance(value, QuantityValue)
    i, j = sent.span(m.start, m.end)
    ident = Identity()
    unit = value.unit
    dim = dimension(unit) if unit else None
    noun = unit if unit and not is_unit(unit) else None
    _capacity(sent, i, ident)
    if _attribute(sent, m, i, j, unit, ident):
        _new_body(sent, i, j, ident)
        return ident
    if _apposed_age(sent, m, i, j, ident) or _age_bound(sent, m, i, ident):
        return ident
    if dim in ("mass", "volume") and _of_substance(sent, j, ident):
        pass
    elif dim == "speed":
        ident.measure, ident.evidence["measure"] = "speed", sent.text[m.start:m.end]
    elif dim == "length":
        _length(sent, i, j, ident)
        if ident.measure is None and sent.word(j + 1) is not None \
                and sent.tokens[j + 1].low not in DETERMINERS:
            _of_substance(sent, j, ident)  # "2,346.6 mm of rainfall", "2.6 km of airport walls"
        if ident.measure == "depth" and not _SEISMIC.isdisjoint(sent.words):
            # a quake's depth is an agency's estimate, like its magnitude (measures.fc)
            ident.measure = "focal depth"
    elif noun is not None:
        _counted(sent, i, j, noun, m, ident)
        if noun in _THE_DEAD_NOUNS and ident.measure in ("people killed", "people injured"):
            kind = _were_kind(sent, j)
            if kind is not None:
                # "Nine of the dead were Ivorians", "Forty of the injured were children": the
                # Ivorians among the dead, one figure however an outlet words it
                _set_scope(ident, kind[0], kind[1])
    else:
        _bare(sent, i, j, m, ident)
    if noun is not None and j < len(sent.tokens) and sent.tokens[j].low in _ATTRIBUTING:
        # "four security sources told Reuters", "two officials said": who is quoted, counted
        # in passing, never a figure of the story
        ident.measure, ident.scope = None, _UNKNOWN
        ident.evidence["measure"] = f"{sent.text[m.start:sent.tokens[j].end]} (who is quoted, not a figure)"
        return ident
    if value.unit == "percent" and ident.measure == "people burned":
        # "treated with 50% burn injuries", "80 percent burns": how much of one patient's body
        # is burned, a figure of that patient (or of each of a group), never of the event
        ident.measure, ident.evidence["measure"] = "body burned", "burns (of a patient's body)"
        ident.subject, ident.evidence["subject"] = _UNKNOWN, "which patient is not a key"
    if ident.measure == "people killed" and _named_as(sent, i):
        # "X and Y were identified as the two deceased while two others remained
        # unidentified": the dead who were named, a part of the toll
        ident.measure, ident.evidence["measure"] = "people identified", "identified as"
    _margin(sent, i, ident)
    _vote_share(sent, i, value, ident)
    if ident.measure in _GENERIC_MEASURES:
        # "$200 billion worth of goods": worth says nothing of which goods; left unmeasured
        ident.evidence["measure"] = f"{ident.measure} (says nothing of what is measured)"
        ident.measure = None
    if ident.subject is None:
        _subject(sent, i, j, ident)
    if ident.subject is None:
        _place(sent, j, ident)
    if ident.subject is None:
        _clause_place(sent, i, ident)
    if ident.subject is None or ident.subject.islower():
        row = _row_label(sent, i)
        if row is not None:
            # "Louisville: 550 structures destroyed, 43 damaged; damage of about $229 million":
            # the line's label holds every figure of its row
            ident.subject, ident.evidence["subject"] = row, f"{row}:"
    _scope(sent, i, j, ident)
    _site_part(sent, j, ident)
    _site_part_before(sent, i, ident)
    _taken_to(sent, j, ident)
    _beneficiary(sent, j, ident)
    if dim == "currency" and ident.scope in (None, "each"):
        paid_to = recipient(sent.text, m.end, sent.tokens[-1].end if sent.tokens else m.end)
        if paid_to is not None:
            # "Rs 50,000 each to the seriously injured": the seriously injured's amount
            each = "each, " if ident.scope == "each" else ""
            ident.scope = f"{each}for {paid_to[0]}"
            ident.evidence["scope"] = paid_to[1]
    if ident.measure == "people hospitalised" and ident.scope is None \
            and _STILL.intersection((ident.evidence.get("measure") or "").lower().split()):
        # "22 remained hospitalized Wednesday" against "49 people were hospitalized": those
        # still in hospital are a part of all who were taken there
        _set_scope(ident, "still in hospital", ident.evidence["measure"])
    if ident.subject not in (None, _UNKNOWN):
        lead = _leading_place(sent, j)
        if lead is not None and lead[0] != ident.subject:
            # "In West Bengal, the BJP won 18 seats": the party's figure in that place only
            scope = f"{ident.scope}, " if ident.scope else ""
            _set_scope(ident, f"{scope}in {lead[0].lower()}", lead[1])
    _all_aboard(sent, i, j, ident)
    _another_event(sent, i, j, ident)
    _whose_age(ident)
    return ident


def _whose_age(ident: Identity) -> None:
    """"including an 84-year-old", "are said to be about 60 years old": an age whose holder is
    not read is the age of any of the people and things a story names (a victim, the
    attacker, the building), so it matches nothing."""
    if ident.measure == "age" and ident.subject is None:
        ident.subject, ident.evidence["subject"] = _UNKNOWN, "an age whose holder is not read"


def _named_as(sent: Sentence, i: int) -> bool:
    """True when the figure at token ``i`` follows "identified as (the)" or "named as (the)"."""
    k = i - 1
    if k >= 0 and sent.tokens[k].low == "the":
        k -= 1
    return k >= 1 and sent.tokens[k].low == "as" and sent.tokens[k - 1].low in ("identified", "named")


#: Bodies that a story may name by their size alone: "a five-member probe committee".
_BODIES = frozenset("committee committees panel panels team teams commission board delegation body "
                    "taskforce task-force council jury squad bench group".split())


def _new_body(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """"formed a four-member inquiry committee", "Rajuk formed a six-member committee": a body
    introduced by its size is one of the several bodies a story may set up (the fire service's,
    the city's, the ministry's); which one, the figure does not say, so its size is compared with
    no other ("the 15-member Security Council", a body known by name, keeps its holder)."""
    toks = sent.tokens
    if ident.measure != "members" or i == 0 or toks[i - 1].low not in ("a", "an") \
            or not toks[i].text.lower().endswith("-member"):
        return
    for t in toks[j:j + 3]:
        if t.low in _BODIES:
            ident.subject, ident.evidence["subject"] = _UNKNOWN, f"a {t.low} named by its size only: which one is not said"
            return


#: Nouns of events whose figures are that event's.
_EVENT_NOUNS = frozenset("incident incidents accident accidents attack attacks shooting shootings crash crashes "
                         "disaster disasters quake earthquake earthquakes bombing bombings blast blasts "
                         "explosion explosions fire fires blaze tragedy tragedies stampede collapse massacre "
                         "flood floods flooding storm cyclone hurricane typhoon landslide landslides "
                         "derailment collision sinking capsizing tremor eruption disasters".split())


def _another_event(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """"almost 200 people died in another major incident", "In other news, three dead": a
    figure of another event than the story's, whose key matches nothing."""
    toks = sent.tokens
    if [t.low for t in toks[:3]] == ["in", "other", "news"]:
        _set_scope(ident, _UNKNOWN, "In other news (another story)")
        return
    came = _came_after(sent, i) if not _CAME_WORDS.isdisjoint(sent.words) else None
    if came is not None:
        _set_scope(ident, _UNKNOWN, f"{came} (another event, before the story's)")
        return
    later = _new_attack_later(sent, i)
    if later is not None:
        _set_scope(ident, _UNKNOWN, f"{later} (another attack, after the story's)")
        return
    recalled = _RECALLED.search(sent.text, sent.tokens[0].start, sent.tokens[i].start) \
        if i < len(sent.tokens) and not _RECALL_WORDS.isdisjoint(sent.words) else None
    if recalled is not None:
        # "brings back memories of the fire in the Bronx that killed 87 people": the figure of
        # the disaster recalled, not the story's
        _set_scope(ident, _UNKNOWN, f"{recalled.group()} (another event, recalled)")
        return
    if OTHER_OCCURRENCE.isdisjoint(sent.words):
        return  # no word of another event in the sentence: nothing to scan
    lo = i
    while lo > 0 and toks[lo - 1].text not in (",", ";", ":", "(", ")", "—", "–"):
        lo -= 1
    hi = min(j, len(toks)) - 1
    while hi + 1 < len(toks) and toks[hi + 1].text not in (",", ";", ":", "(", ")", "—", "–"):
        hi += 1
    for k in range(lo, hi + 1):
        if toks[k].low in OTHER_OCCURRENCE and not (i <= k < j):
            for t in toks[k + 1:min(k + 4, hi + 1)]:
                # "another incident" is never one more of a series the story tells ("another
                # suicide bombing" may be the story's next blast)
                if t.low in _EVENT_NOUNS and (toks[k].low != "another" or singular(t.low) in GENERIC_EVENT_NOUNS):
                    _set_scope(ident, _UNKNOWN, f"{toks[k].text} … {t.text} (another event)")
                    return
                if not t.is_word:
                    break


#: The words ``_RECALLED`` opens with: a sentence without one is not searched (this runs for
#: every figure).
_RECALL_WORDS = frozenset("memories memory reminiscent reminder echoes echo recollection recollections".split())
#: Words that recall another disaster before the figure: "memories of the fire …", "reminiscent
#: of the 2010 blast".
_RECALLED = re.compile(r"\b(?:memories|memory|reminiscent|reminder|echoes|echo|recollections?)\s+of\s+(?:the\s+|a\s+)?"
                       r"(?:[\w'’-]+\s+){0,4}?(?:fires?|blazes?|attacks?|bombings?|blasts?|crash(?:es)?|"
                       r"quakes?|earthquakes?|disasters?|traged(?:y|ies)|stampedes?|collapses?|floods?|"
                       r"explosions?|massacres?|shootings?)\b", re.I)


#: A sentence that opens days after the story's event: "A day later,", "The next day,".
_DAYS_LATER = re.compile(r"\s*(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|several)\s+(?:day|days|week|weeks)\s+later"
                         r"|the\s+(?:next|following)\s+(?:day|morning|evening|week))\s*,", re.I)
#: Verbs of an attacker killing or wounding people.
_ATTACK_VERBS = frozenset("killed shot stabbed wounded injured murdered".split())


def _new_attack_later(sent: Sentence, i: int) -> str | None:
    """"Just a day later, a 21-year-old man killed eight and wounded 14 others": a sentence that
    opens days after the story's event and has a new attacker (a noun after "a" or "an")
    kill or wound people tells another attack; its figures are that attack's. ("The next day,
    the toll rose to 20" names no new attacker: the story's own toll, later.) Returns the
    opening words."""
    m = _DAYS_LATER.match(sent.text, sent.lo, sent.hi)
    if m is None:
        return None
    toks = sent.tokens
    agent: list[str] = []
    for t in toks[:i]:
        if t.start < m.end():
            continue
        if t.low in _ATTACK_VERBS:  # the clause's first verb of harm, and who did it
            if agent[:1] in (["a"], ["an"]) and len(agent) <= 5:
                return sent.text[m.start():m.end() - 1].strip()
            return None
        agent.append(t.low)
    return None


def _came_after(sent: Sentence, i: int) -> str | None:
    """"The explosion comes a day after eight people died … in Guiyang", "It came weeks after a
    blast killed 20": a figure in what the story's event followed is another event's. Returns
    the words that say so."""
    toks = sent.tokens
    for k in range(i - 1, max(-1, i - 20), -1):
        if toks[k].text in (";", ":", "(", ")") or toks[k].text in HARD_BREAKS:
            return None
        if toks[k].low in _FOLLOWS and k > 0 and any(t.low in ("that", "which") for t in toks[k + 1:i]) \
                and not _ANOTHER_ONE.isdisjoint(t.low for t in toks[k + 1:min(i, k + 4)]):
            # "The shooting follows one Saturday in Monterey Park that left 11 people dead"
            return sent.text[toks[k - 1].start:toks[k].end]
        if toks[k].low != "after":
            continue
        before = [t.low for t in toks[max(0, k - 6):k]]  # ("comes almost exactly a year after")
        if not _SPANS.isdisjoint(before) and not _CAME.isdisjoint(before):
            return sent.text[toks[max(0, k - 6)].start:toks[k].end]
        return None
    return None


#: "comes a day after", "came just weeks after", "follows two days after".
_CAME = frozenset("come comes came coming follows followed following occurred occurs happened happens "
                  "place".split())  # ("took place a month after")
_SPANS = frozenset("day days week weeks month months hour hours year years".split())
#: "The shooting follows one … that left 11 dead": the event the story's follows.
_CAME_WORDS = frozenset({"after", "follows", "followed"})
#: Words that make what an event follows another of its kind ("follows one …", "another").
_ANOTHER_ONE = frozenset("one another similar earlier previous last".split())
_FOLLOWS = frozenset("follows followed".split())


_ABOARD_WORDS = frozenset("aboard onboard".split())
_DEATH_WORDS = frozenset("killed killing died dead perished kills drowned drowning".split())


def _all_aboard(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """"All 176 on board were killed", "killing all 72 people aboard": everyone aboard died, so
    the figure is both the number aboard and the toll (of the same group: "all 66 passengers
    on board" are the passengers aboard and the passengers killed)."""
    if ident.measure not in ("people aboard", "people killed") or not _all_of_them(sent, i):
        return
    near = [t.low for t in sent.tokens[max(0, i - 6):min(len(sent.tokens), j + 8)]]
    pairs = {f"{a} {b}" for a, b in zip(near, near[1:])}
    aboard = not _ABOARD_WORDS.isdisjoint(near) or "on board" in pairs
    if aboard and not _DEATH_WORDS.isdisjoint(near):
        ident.also = "people killed" if ident.measure == "people aboard" else "people aboard"
        ident.evidence["also"] = "all aboard died: the number aboard is the toll"


_GENERIC_MEASURES = frozenset({"worth", "value", "amount", "sum", "figure", "number", "total",
                               # the unit of the figure before ("62 per cent to 38 per cent")
                               "cent", "percent", "per", "with", "out"})

_CONTESTS = frozenset("win lose beat defeat lead trail edge carry hold retain take".split())


def _margin(sent: Sentence, i: int, ident: Identity) -> None:
    """"lost the seat by 149 votes", "won by fewer than 150 votes": the figure after "by" in a
    contest is the winning margin, not a count of what was won or lost."""
    k = _left_of(sent, i, _BEFORE_MARGIN)
    if k < 1 or sent.tokens[k].low != "by":
        return
    for t in reversed(sent.tokens[max(0, k - 5):k]):
        if (t.verb or guess_lemma(t.low) or t.low) in _CONTESTS:
            ident.measure = "margin"
            ident.evidence["measure"] = sent.text[t.start:sent.tokens[k].end]
            return


_SEISMIC = frozenset("quake quakes earthquake earthquakes tremor temblor aftershock aftershocks centred centered "
                     "epicentre epicenter hypocentre hypocenter seismic".split())


#: Verbs that only say a count was made ("Eleven deaths had been recorded in Donggala"): the
#: place after them is the count's.
_RECORDED = frozenset("recorded reported confirmed registered counted".split())
#: Kinds of area named with "of" before their name ("the region of Donggala").
_AREAS = frozenset("region province district town city village area state county municipality "
                   "department island".split())
#: Divisions of a country, of which a story may give figures for several: "in the state" is
#: one of them, unnamed ("in the city", "in the area" are mostly the story's own place).
_DIVISIONS = frozenset("state province district county region department municipality prefecture".split())


def _adjective(sent: Sentence, name: tuple[int, str]) -> bool:
    """Whether a one-word "name" after "a" or "an" is an adjective before a common noun ("in a
    Christian town", "a Kurdish village"): an indefinite article does not name one place."""
    end, words = name
    nxt, prev = sent.word(end), sent.word(end - 2)
    return " " not in words and prev is not None and prev.low in ("a", "an") and not known_place(words) \
        and nxt is not None and nxt.is_word and nxt.text.islower() and nxt.low not in PREPOSITIONS \
        and nxt.low not in _NOT_NOUNS and not nxt.verb and not nxt.auxiliary


#: Words after a name that are no noun it could modify.
_NOT_NOUNS = frozenset("and or but nor as than where which who whom whose that this these those "
                       "alone too also".split())


def _place(sent: Sentence, j: int, ident: Identity) -> None:
    """A place named right after the figure's words: "a majority of 5,339 in Workington",
    "157 people were killed in Ethiopia". It stands as the figure's subject (a figure that
    names no place joins the one place its figure is given for, engine.blocks_of). A place
    after another verb ("133 people on board has crashed in Guangxi") is that verb's."""
    lead = _leading_place(sent, j)
    if lead is not None:  # "In Batticaloa alone, 13 children were killed"
        ident.subject, ident.evidence["subject"] = lead
        return
    k = first = _skip_parenthesis(sent, j)
    stop = min(len(sent.tokens), k + 6)
    own = set((ident.evidence.get("measure") or "").lower().split())
    while k < stop:
        t = sent.tokens[k]
        if t.text in HARD_BREAKS or t.text == "," or t.low in ("and", "but", "while", "after", "before", "when"):
            return
        finite = k == first and t.is_word and t.text.islower() and t.low.endswith("s") \
            and t.low not in PREPOSITIONS and t.low not in DETERMINERS  # "140 people sinks in …"
        if t.is_word and (t.verb or finite or (event_lemma(t.low) and singular(t.low) not in _COUNTED_IN)) \
                and not t.auxiliary and t.low not in own and t.low not in _RECORDED:
            return  # "180 people crashes in Iran": the place is the crash's
        moved_to = t.low == "to" and any(x.low in _MOVED for x in sent.tokens[first:k])
        if (t.low in ("in", "at") or moved_to) and k + 1 < len(sent.tokens):
            x = k + 1
            while x < len(sent.tokens) and sent.tokens[x].low in DETERMINERS:
                x += 1
            if x + 1 < len(sent.tokens) and sent.tokens[x].low in _AREAS and sent.tokens[x + 1].low == "of":
                x += 2  # "in the region of Donggala", "in the province of Manabí"
            elif x < len(sent.tokens) and sent.tokens[x].low in _DIVISIONS and sent.tokens[x - 1].low == "the":
                # "16 of the 42 seats in the state": a state named elsewhere, one of several
                # the story may give figures for
                ident.subject, ident.evidence["subject"] = _UNKNOWN, f"{t.text} the {sent.tokens[x].text}"
                return
            name = sent.name_right(x)
            y = x  # "at the suburban Linwood mosque": one or two plain words before the name
            while name is None and y < x + 2 and y + 1 < len(sent.tokens) and _plain_word(sent.tokens[y]):
                y += 1
                name = sent.name_right(y)
            if name is not None and _adjective(sent, name):
                return  # "in a Christian town", "in a Kurdish village": a kind of place, not one
            if name is not None and not any(_unpossessed(w) in _NOT_PLACES for w in name[1].lower().split()):
                end = name[0]
                if end + 1 < len(sent.tokens) and sent.tokens[end].low == "and" \
                        and (other := sent.name_right(end + 1)) is not None:
                    # "in southern Malawi and Mozambique": both places together, neither alone
                    name, end = (other[0], f"{name[1]} and {other[1]}"), other[0]
                ident.subject = name[1]
                ident.evidence["subject"] = f"{t.text} {sent.text[sent.tokens[x].start:sent.tokens[end - 1].end]}"
                return
            if name is None and x + 2 < len(sent.tokens) and _plain_word(sent.tokens[x]) \
                    and sent.tokens[x + 1].low in ("in", "at"):
                k, stop = x + 1, min(len(sent.tokens), x + 7)  # "at a mosque in the Linwood area"
                continue
            if name is not None or x >= len(sent.tokens) or singular(sent.tokens[x].low) not in _COUNTED_IN:
                return
            # "died in blasts in Batticaloa": the event the figure is counted in, then its place
        k += 1


def _clause_place(sent: Sentence, i: int, ident: Identity) -> None:
    """A place that opens the figure's clause as its subject holds the figure however far the
    verb's object runs: "Scotland has voted Remain by a margin of 62 per cent", "Mozambique
    has so far recorded 446 deaths"; so does a place that heads the sentence as a label
    ("Scotland: the population voted to remain by 62 per cent")."""
    start = i
    while start > 0 and sent.tokens[start - 1].text not in HARD_BREAKS \
            and sent.tokens[start - 1].text not in (",", ";", ":", "(") \
            and sent.tokens[start - 1].low not in ("and", "but", "while", "which", "who", "that", "after"):
        start -= 1
    while start < i and not sent.tokens[start].is_word:
        start += 1  # a bullet or a dash opening the line
    where = _where_place(sent, start)
    if where is not None:
        ident.subject, ident.evidence["subject"] = where, f"{where}, where"
        return
    if start > 0 and sent.tokens[start - 1].text == ":":
        first = 0 if sent.tokens[0].is_word else 1
        label = sent.text[sent.tokens[first].start:sent.tokens[start - 2].end] if start - 2 >= first else ""
        opens = sent.tokens[start].text[:1].isupper() and (sent.lo == 0 or sent.text[sent.lo - 1] == "\n")
        if label and known_place(label) and not (opens and start - 1 == first + 1):
            # (not "Baghdad: More than 100 people were killed …" opening a paragraph: a dateline)
            ident.subject, ident.evidence["subject"] = label, f"{label}:"
        return
    name = sent.name_right(start)
    if name is None and start == 0 or start > 0 and sent.sentence_initial(start) and name is None:
        end = start + 1  # a name opening the sentence is not told from a capitalised word
        while end < i and sent.tokens[end].capitalised and sent.tokens[end].is_word:
            end += 1
        text = sent.text[sent.tokens[start].start:sent.tokens[end - 1].end]
        name = (end, text) if known_place(text) else None
    if name is None or name[0] >= i or not known_place(name[1]):
        return
    nxt = sent.word(name[0])
    if nxt is not None and nxt.is_word and (nxt.verb or nxt.auxiliary) and not nxt.capitalised:
        ident.subject, ident.evidence["subject"] = name[1], f"{name[1]} {nxt.text}"


def _where_place(sent: Sentence, start: int) -> str | None:
    """The place a clause opened by ", where" is said of: "most deaths were in Paktika, where
    255 people were killed" is Paktika's toll. A name that a preposition of place introduces,
    or one the gazetteer knows."""
    toks = sent.tokens
    if start < 2 or toks[start].low != "where" or toks[start - 1].text != ",":
        return None
    end = start - 2
    first = end
    while first >= 0 and toks[first].is_word and toks[first].text[:1].isupper() and end - first < 4:
        first -= 1
    first += 1
    if first > end:
        return None
    name = sent.text[toks[first].start:toks[end].end]
    placed = first > 0 and toks[first - 1].low in ("in", "at", "near", "from", "to", "of", "across")
    return name if placed and not sent.sentence_initial(first) or known_place(name) else None


def _row_label(sent: Sentence, i: int) -> str | None:
    """The name that labels a line of figures written as a table ("City of Louisville: 553
    destroyed, 45 damaged", "- Superior: 378 structures destroyed", "Greens: 85"), when the
    figure at ``i`` comes after the label's colon; None otherwise. A label of capitalised words
    only, and no editorial one: "Update:" or "Breaking:" holds nothing."""
    toks = sent.tokens
    first = 0
    while first < len(toks) and not toks[first].is_word:
        first += 1  # a bullet or a dash
    colon = next((k for k in range(first + 1, min(len(toks), first + 7)) if toks[k].text == ":"), None)
    if colon is None or colon >= i:
        return None
    words = [t for t in toks[first:colon] if t.is_word]
    if words and words[0].low in ("city", "town", "village", "county") and len(words) > 2 and words[1].low == "of":
        first = toks.index(words[2])  # "City of Louisville": the place is Louisville
    names = toks[first:colon]
    if not names or not all(t.is_word and (t.text[:1].isupper() or t.low in ("of", "and")) for t in names) \
            or not names[-1].text[:1].isupper() or any(t.low in _EDITORIAL or t.low in MONTHS
                                                        or t.low in WEEKDAYS for t in names):
        return None
    if not _beside_a_row(sent.text, sent.lo, sent.hi):
        return None  # "Odisha train accident: toll rises to 288": a headline's kicker, not a row
    return sent.text[names[0].start:names[-1].end]


#: A line that opens with a label and a colon and gives a figure: a row of a table in prose.
_ROW = re.compile(r"[ \t]*(?:[-\u2022*\u2013]\s*)?[A-Z][\w\u2019'.-]*(?:[ \t]+(?:of|and|[A-Z][\w\u2019'.-]*)){0,5}"
                  r"[ \t]*:[^\n]*\d")


#: Characters of the lines beside a sentence read to tell a row: enough for a label, its colon
#: and a figure, and a bound on the work per figure however long the lines are.
_ROW_REACH = 200


def _beside_a_row(text: str, lo: int, hi: int) -> bool:
    """True when the line before the sentence's or the line after it is a row too: one line
    that opens with a label is a headline's kicker; two or more are a table."""
    before = text.rfind("\n", max(0, lo - _ROW_REACH), lo)
    while before > 0 and text[before - 1] in "\r\n \t" and lo - before < _ROW_REACH:
        before -= 1  # past blank lines
    if before > 0:
        newline = text.rfind("\n", max(0, before - _ROW_REACH), before)
        if (newline >= 0 or before <= _ROW_REACH) and _ROW.match(text, newline + 1, before + 1):
            return True  # (a line longer than the reach is no row)
    after = text.find("\n", hi, hi + _ROW_REACH)
    while 0 <= after < len(text) and text[after] in "\r\n \t" and after - hi < _ROW_REACH:
        after += 1
    if 0 <= after < len(text):
        end = text.find("\n", after, after + _ROW_REACH)
        return _ROW.match(text, after, end if end >= 0 else min(len(text), after + _ROW_REACH)) is not None
    return False


#: Words of labels that head a line without holding its figures ("Update:", "Editor's note:").
_EDITORIAL = frozenset("update updated breaking note editor editors photo photos source sources "
                       "watch read related live video correction timeline latest more".split())


#: Verbs after which "to <place>" is where the counted went ("66 bodies were brought to …").
_MOVED = frozenset("brought taken moved shifted rushed transferred sent flown airlifted admitted "
                   "transported evacuated ferried".split())
#: "… were transported to hospitals, but succumbed": the victims taken there died.
_DIED_AFTER = frozenset("succumbed died perished".split())
#: Where only the dead are taken.
_FOR_THE_DEAD = frozenset("morgue morgues mortuary mortuaries bodies body remains".split())


def _plain_word(t) -> bool:
    """A lower-case word that is neither a verb nor a preposition: an adjective or a noun."""
    return t.is_word and t.text.islower() and not t.verb and t.low not in PREPOSITIONS \
        and t.low not in DETERMINERS and t.low not in ("and", "or", "but")


#: Nouns for what a toll is counted in, between the figure and its place: the event nouns
#: (``events.NOUN_EVENTS``) and attacks, which date no event of their own.
_COUNTED_IN = frozenset(NOUN_EVENTS) | {"bombing", "attack", "landslide"}


def _leading_place(sent: Sentence, j: int) -> tuple[str, str] | None:
    """A place that opens the sentence before a comma ("In Batticaloa alone, …") is where the
    figures after that comma were counted."""
    toks = sent.tokens
    at = 0
    if len(toks) > 2 and toks[0].low in _CONNECTIVES and toks[1].text == ",":
        at = 2  # "Similarly, in Uttar Pradesh, …"
    if len(toks) < at + 4 or toks[at].low != "in":
        return None
    x = at + 1
    while x < at + 3 and x < len(toks) and _plain_word(toks[x]) and sent.name_right(x) is None:
        x += 1  # "in politically crucial Uttar Pradesh"
    name = sent.name_right(x)
    if name is None:
        return None
    end, text = name
    if any(_unpossessed(w) in _NOT_PLACES for w in text.lower().split()):
        return None
    if end < len(toks) and toks[end].low == "alone":
        end += 1
    named_end = end
    if end < len(toks) and toks[end].low in ("where", "which"):
        # "in Uttar Pradesh where two parties had allied, the BJP won 62 seats"
        while end < len(toks) and end < named_end + 16 and toks[end].text != "," \
                and toks[end].text not in HARD_BREAKS:
            end += 1
    if end >= len(toks) or toks[end].text != "," or j <= end:
        return None
    i = sent.span(sent.tokens[j - 1].start, sent.tokens[j - 1].end)[0]
    if any(t.low == "of" for t in toks[end + 1:i]):
        return None  # "In Guangzhou, staff helped relatives of the 123 passengers": not counted there
    return text, sent.text[toks[at].start:toks[named_end - 1].end]


def _site_part(sent: Sentence, j: int, ident: Identity) -> None:
    """"Nineteen victims were found on the stairs to the roof", "11 people were found dead on
    the second floor", "two died at the scene": the dead of one part of the site are a part of
    the toll, not the toll."""
    if ident.scope is not None or not (ident.measure or "").startswith(("people killed", "people recovered")):
        return
    toks = sent.tokens
    k = _skip_parenthesis(sent, j)
    for x in range(k, min(len(toks) - 2, k + 8)):
        t = toks[x]
        if t.text in HARD_BREAKS or t.text == "," or t.low in ("and", "but", "when", "after", "as"):
            return
        if t.low not in ("on", "in", "at", "inside", "near"):
            continue
        y = x + 1
        while y < len(toks) and y < x + 5 and (toks[y].low in DETERMINERS or _plain_word(toks[y])
                                                 or toks[y].low in _ORDINAL_WORDS) \
                and singular(toks[y].low) not in _SITE_PARTS:
            y += 1
        if y < len(toks) and singular(toks[y].low) in _SITE_PARTS:
            if toks[y].low in ("site", "sites") and y + 1 < len(toks) and toks[y + 1].low == "of":
                return  # "killed at the site of the blast": the blast's toll, not a part of it
            if y + 1 < len(toks) and (toks[y + 1].low in TOPIC_NOUNS or singular(toks[y + 1].low) in TOPIC_NOUNS):
                return  # "killed in a wedding hall fire": the hall names the fire, the whole toll's
            words = sent.text[toks[x + 1].start:toks[y].end]
            _set_scope(ident, f"at {' '.join(w for w in words.lower().split() if w not in DETERMINERS)}",
                       f"{t.text} {words}")
        return


def _site_part_before(sent: Sentence, i: int, ident: Identity) -> None:
    """"At St. Louis Hospital, Owo, 39 people were involved and 13 deaths", "At the morgue, 12
    bodies were identified": a clause opened by a hospital, a ward or a morgue counts the
    people there, a part of the toll."""
    if ident.scope is not None or not (ident.measure or "").startswith(("people killed", "people recovered")) \
            or _HOSPITAL_WORDS.isdisjoint(sent.words):
        return
    toks = sent.tokens
    lo = max(0, i - 16)
    for x in range(i - 1, lo - 1, -1):
        if toks[x].text in HARD_BREAKS:
            return
        if toks[x].low not in ("at", "in", "inside"):
            continue
        if x > 0 and toks[x - 1].low not in ("that", ",", "“", '"', "(") and not toks[x - 1].text in HARD_BREAKS:
            return  # only a clause the place opens: not "died in the hospital, …"
        y = x + 1
        while y < i and y < x + 5 and singular(toks[y].low) not in _HOSPITALS and toks[y].text != ",":
            y += 1
        if y < i and singular(toks[y].low) in _HOSPITALS and y + 1 < i and toks[y + 1].text == ",":
            words = sent.text[toks[x + 1].start:toks[y].end]
            _set_scope(ident, f"at {' '.join(w for w in words.lower().split() if w not in DETERMINERS)}",
                       f"{toks[x].text} {words}")
        return


#: Verbs of taking people to hospital ("rushing 55 victims to Agouza Hospital").
_TAKEN = dict.fromkeys("rush take transport transfer ferry send carry evacuate admit move bring".split())


def _taken_left(sent: Sentence, i: int) -> bool:
    """Whether the verb right before a figure takes people somewhere ("rushing", "were taken")."""
    k = _left_of(sent, i, _HEDGE_WORDS | {"the", "all"})
    t = sent.word(k) if k >= 0 else None
    return t is not None and t.predicate(_TAKEN) is not None


#: Where the hurt and the dead are counted one place at a time.
_HOSPITALS = frozenset("hospital clinic morgue mortuary ward infirmary".split())
_HOSPITAL_WORDS = _HOSPITALS | frozenset("hospitals clinics morgues mortuaries wards infirmaries".split())

#: Words that end the clause of a figure for ``_moved_right``.
_CLAUSE_BREAKS = frozenset("while whereas but when after before as because although".split())


def _moved_right(sent: Sentence, j: int) -> int | None:
    """The verb of the figure's clause, after it, that takes the people counted somewhere
    ("35 dead and 55 wounded had been taken there", "92 victims … have been admitted to
    hospitals"); None when the clause has none."""
    toks = sent.tokens
    for x in range(j, min(len(toks), j + 14)):
        t = toks[x]
        if t.text in HARD_BREAKS or t.text == "," or t.low in _CLAUSE_BREAKS:
            return None
        if t.low in _MOVED:
            return x
        if t.verb and t.low not in _BETWEEN_VERB and t.low not in _PEOPLE_ADJECTIVES:
            return None  # "40 were killed and the wounded were taken to hospital": another clause's
        if t.low == "and" and x + 1 < len(toks) and toks[x + 1].low in DETERMINERS:
            return None  # "… and the bodies were taken to …": a clause of its own
    return None


def _taken_to(sent: Sentence, j: int, ident: Identity) -> None:
    """"A source at the provincial hospital said 35 dead and more than 55 wounded had been
    taken there, while MSF said 20 were brought to its hospital": the dead taken to one
    hospital or morgue are that place's count, a part of the toll. The scope names the place
    when the sentence does, else it is unknown and matches nothing."""
    if ident.scope is not None or not (ident.measure or "").startswith(("people killed", "people recovered")) \
            or _HOSPITAL_WORDS.isdisjoint(sent.words):
        return
    x = _moved_right(sent, j)
    if x is None or x + 1 >= len(sent.tokens):
        return
    toks = sent.tokens
    if toks[x + 1].low == "there":
        # the place is the hospital the sentence names before
        y = next((k for k in range(x - 1, -1, -1) if toks[k].low in _HOSPITAL_WORDS), None)
        if y is None:
            return
        lo = y
        while lo > 0 and lo > y - 4 and toks[lo - 1].is_word and toks[lo - 1].text[:1].isupper():
            lo -= 1
        place = sent.text[toks[lo].start:toks[y].end] if lo < y else None
    elif toks[x + 1].low == "to":
        y = next((k for k in range(x + 2, min(len(toks), x + 8)) if toks[k].low in _HOSPITAL_WORDS), None)
        if y is None:
            return  # "taken to Kabul": the whole toll may go there
        place = sent.text[toks[x + 2].start:toks[y].end]
    else:
        return
    words = [w for w in (place or "").lower().split() if w not in DETERMINERS]
    if len(words) > 1 and words[-1] in _HOSPITAL_WORDS and words[0] not in PRONOUNS | {"its", "their", "a"}:
        _set_scope(ident, f"at {' '.join(words)}", sent.text[toks[x].start:toks[y].end])
    else:
        _set_scope(ident, _UNKNOWN, f"{sent.text[toks[x].start:toks[y].end]} (which hospital is not read)")


#: Parts of a site where some of the dead of a disaster are found.
_SITE_PARTS = frozenset("floor stair stairs staircase stairway rooftop roof room hall basement corridor "
                   "scene site spot hospital ward bridge platform carriage coach deck cabin".split())
_ORDINAL_WORDS = frozenset("first second third fourth fifth top ground upper lower".split())


def _vote_share(sent: Sentence, i: int, value: QuantityValue, ident: Identity) -> None:
    """A share of the votes is one measure however the verb puts it: "took 34.4 per cent of
    the popular vote", "garnered 37.4 per cent of the votes", "won 40% of the votes cast", "the
    party's vote share, this year, is 35.44 per cent"."""
    if value.unit != "percent":
        return
    if (value.base or "").lower() == "vote" and _counted_so_far(sent, i):
        # "with 93% of the votes counted": how far the count had gone at a moment the sentence
        # does not fix, no party's share: it matches nothing
        ident.measure, ident.evidence["measure"] = "votes counted", "of the votes counted"
        ident.scope, ident.evidence["scope"] = _UNKNOWN, "a moment of the count"
        return
    if (value.base or "").lower() == "vote":
        ident.measure, ident.evidence["measure"] = "vote share", f"{ident.evidence.get('measure') or ''} of the vote".strip()
        side = _side_voted_for(sent, i)
        if side is not None and ident.subject is None:
            ident.subject, ident.evidence["subject"] = side  # "… were cast in favour of Leave"
        return
    nxt = " ".join(t.low for t in sent.tokens[i + 1:i + 5])
    if ident.measure == "popular" or " popular vote" in f" {nxt}" or " vote share" in f" {nxt}":
        ident.measure, ident.evidence["measure"] = "vote share", "popular vote"  # "50% popular vote"
        return
    if ident.measure not in (None, "share"):
        return
    for x in range(i - 1, max(-1, i - 10), -1):
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.text == ";":
            return
        if t.low in ("share", "shares") and x > 0 and sent.tokens[x - 1].low in ("vote", "voting"):
            ident.measure, ident.evidence["measure"] = "vote share", f"{sent.tokens[x - 1].text} {t.text}"
            owner = _possessive_left(sent, x - 1)
            if owner is not None and ident.subject is None:
                ident.subject, ident.evidence["subject"] = owner  # "the BJP's vote share"
            return


def _counted_so_far(sent: Sentence, i: int) -> bool:
    """True when the votes a share is of are the votes counted so far: "with 93% of the votes
    counted", "after 94% of ballots had been tallied", "with 60% of the vote in"."""
    toks = sent.tokens
    for x in range(i + 1, min(len(toks), i + 8)):
        if toks[x].low in ("vote", "votes", "ballot", "ballots"):
            after = [t.low for t in toks[x + 1:x + 5]]
            while after and after[0] in ("had", "have", "has", "been", "were", "was", "being", "now"):
                after.pop(0)
            if not after or after[0] not in _COUNTING:
                return False
            # "with 60% of the vote in," (counted) but "40% of the votes in the north" (a place)
            return after[0] != "in" or len(after) == 1 or not after[1][:1].isalpha()
    return False


_COUNTING = frozenset("counted tallied processed reported declared in".split())


def _side_voted_for(sent: Sentence, i: int) -> tuple[str, str] | None:
    """The side a share of the votes went to, named after it in its clause: "48.1% of votes
    (16,141,241) were cast in favour of REMAIN", "52% of the votes for Mr Smith"."""
    toks = sent.tokens
    x = i
    while x + 1 < min(len(toks) - 1, i + 14):
        x += 1
        t = toks[x]
        if t.text == "(":
            x = _skip_parenthesis(sent, x) - 1  # "48.1% of votes (16,141,241) were cast …"
            continue
        if t.text in HARD_BREAKS or t.text == "," or t.low == "and":
            return None
        y = None
        if t.low == "for":
            y = x + 1
        elif t.low in ("favour", "favor") and toks[x + 1].low == "of":
            y = x + 2
        if y is None:
            continue
        if y < len(toks) and toks[y].low in ("mr", "mrs", "ms", "dr", "the"):
            y += 1
        name = sent.name_right(y) if y < len(toks) else None
        if name is None and y < len(toks) and toks[y].text.isupper() and toks[y].is_word:
            name = (y + 1, toks[y].text)  # "in favour of LEAVE"
        if name is not None:
            return name[1], f"{t.text} {name[1]}"
        return None
    return None


def _beneficiary(sent: Sentence, j: int, ident: Identity) -> None:
    """"a 3 percent raise for all state employees", "a 5 percent raise for teachers": the group
    a rate or an amount is given to is part of what it is; another group's is another figure."""
    if ident.measure is None or (ident.scope is not None and ident.scope not in (ident.measure, "seat")):
        return
    toks = sent.tokens
    k = _skip_parenthesis(sent, j)
    for x in range(k, min(len(toks) - 1, k + 3)):
        t = toks[x]
        if t.text in HARD_BREAKS or t.text == ",":
            return
        if t.low != "for":
            continue
        for y in range(x + 1, min(len(toks), x + 5)):
            w = toks[y]
            if w.low in PERSON_GROUPS or w.low in _WORKFORCES:
                group = singular(w.low)
                _set_scope(ident, group, sent.text[t.start:w.end])
                return
            if not (w.is_word and w.text.islower() and w.low not in PREPOSITIONS
                    and w.low not in ("who", "which", "that", "and", "or")):
                return  # "for those who work in education": no group named
        return


#: Words of a count of those still in a place ("remained hospitalized", "are still in hospital").
_STILL = frozenset("remain remains remained remaining still".split())

#: Staff a pay figure may be for, besides ``PERSON_GROUPS``.
_WORKFORCES = frozenset("teachers teacher educators educator nurses nurse staff staffers "
                        "personnel faculty".split())


#: Sentence adverbs that may open a sentence before its leading place.
_CONNECTIVES = frozenset("similarly meanwhile however elsewhere likewise separately also overall "
                         "further moreover besides".split())


def _unpossessed(word: str) -> str:
    """A word without its possessive ending: "friday's" -> "friday"."""
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


_NOT_PLACES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                        "march april may june july august september october november december "
                        "gmt utc et pt".split())


# --- what it measures ------------------------------------------------------------------------

def _attribute(sent: Sentence, m: Mention, i: int, j: int, unit: str | None, ident: Identity) -> bool:
    """"a 21-foot vessel", "the 650-seat House", "a 23-year-old refugee", "the 7.8-magnitude
    quake": the figure is a property of the noun after it."""
    claim = sent.text[m.start:m.end]
    after = sent.text[m.end:m.end + 12]
    last = claim.split()[-1] if claim.split() else claim
    # "a 21-foot vessel", "a 7.8-magnitude quake"; not "Twenty-eight people" (a number in words)
    if ("-" not in last or last.rsplit("-", 1)[1].lower() in _NUMBER_WORDS) and not after.startswith("-"):
        return False
    key = (unit or "").lower()
    if after.startswith("-old") or after.startswith("-year-old"):
        key = "year-old"
    elif key in ("year", "month", "week", "day") and after.startswith("-old"):
        key = f"{key}-old"
    measure = ATTRIBUTE_MEASURES.get(key) or ATTRIBUTE_MEASURES.get(singular(key))
    if measure is None:
        return False
    k = j
    shape = None
    while k < len(sent.tokens) and (sent.tokens[k].text in "-(" or sent.tokens[k].low in (
            "old", "long", "high", "tall", "wide", "deep") or _in_parenthesis(sent, k)):
        if sent.tokens[k].low in _SHAPES and shape is None and not _in_parenthesis(sent, k):
            shape = _SHAPES[sent.tokens[k].low]  # "a 3.2-meter-wide alley": its width
        k += 1  # "22-foot (6.7-meter) Titan", "23-year-old"
    written_shape = __import__("re").match(r"[ \t]*-?[ \t]*(wide|high|tall|deep|long)\b", after, 2)
    if shape is None and written_shape:
        shape = _SHAPES[written_shape.group(1).lower()]
    if shape is not None and measure == "length":
        measure = shape
    head = _noun_phrase_head(sent, k)
    if head is None:
        return False
    ident.measure, ident.attribute = measure, True
    ident.subject = head[1]
    ident.evidence["measure"] = claim + sent.text[m.end:sent.tokens[k - 1].end if k > j else m.end]
    ident.evidence["subject"] = head[2]
    named = _apposed_name(sent, i) if measure == "age" else None
    if named is not None:  # "Andreas Lubitz, a 28-year-old pilot": Lubitz's age
        ident.subject = ident.evidence["subject"] = named
    return True


def _apposed_name(sent: Sentence, i: int) -> str | None:
    """The name a noun phrase starting with "a"/"an"/"the" at token ``i - 1`` is in apposition
    to: "Andreas Lubitz, a 28-year-old pilot" and "Metha Limsakul, the 56-year-old boat
    captain" give the name."""
    if i < 3 or sent.tokens[i - 1].low not in ("a", "an", "the") or sent.tokens[i - 2].text != ",":
        return None
    name = sent.name_left(i - 2)
    return name[1] if name is not None else None


#: People a bare number in apposition can be the age of: "the captain, 29," "his son, 8,".
_AGED_NOUNS = frozenset(
    "captain pilot co-pilot copilot driver son daughter mother father wife husband brother sister "
    "boy girl man woman teenager student victim suspect gunman attacker bomber officer nurse "
    "doctor soldier grandmother grandfather niece nephew cousin friend singer actor player".split())


_AGE_BOUNDS = frozenset("under over below above aged".split())


def _an_age(number: float | None, unit: str) -> bool:
    """A bare whole number a person's age can be: 1 to 119, counting nothing."""
    return unit == "count" and number is not None and float(number).is_integer() and 1 <= number < 120


def _age_bound(sent: Sentence, m: Mention, i: int, ident: Identity) -> bool:
    """"five of them under 18", "children under 12", "people over 65": a bare whole number
    bounded by "under"/"over" right after people is an age limit, not a count."""
    value = m.value
    first = sent.word(i)
    if first is None or first.low not in _AGE_BOUNDS or not isinstance(value, QuantityValue) \
            or not _an_age(value.high if value.high is not None else value.low, value.unit):
        return False
    before = sent.word(i - 1)
    if before is None or not (before.low in ("them", "whom", "those") or before.low in PERSON_GROUPS
                              or before.low in GENERIC_PEOPLE):
        return False
    ident.measure, ident.attribute = "age", True
    ident.evidence["measure"] = f"{before.text} {sent.text[m.start:m.end]}"
    return True


def _apposed_age(sent: Sentence, m: Mention, i: int, j: int, ident: Identity) -> bool:
    """"Bryant, 41, was flying", "Georgina Callander (18)", "the boy, aged 8,": a bare whole
    number set off after a person is that person's age. A place, a party or anything after
    "the" is not a person ("the Liberals, 41,"), and a number that runs on into a noun or a
    verb ("Kunar, 85 were killed") is a count."""
    value = m.value
    if not isinstance(value, QuantityValue) or value.hedge or value.low != value.high \
            or not _an_age(value.low, value.unit):
        return False
    after = sent.word(j)
    k = i - 1
    aged = sent.word(k) is not None and sent.tokens[k].low == "aged"
    if aged:
        k -= 1
    opener = sent.word(k)
    if opener is None or opener.text not in ",(" or (after is not None and after.text not in ",.;)"):
        return False
    if opener.text == "(" and (after is None or after.text != ")"):
        return False
    if aged and opener.text == "(":
        return False
    name = sent.name_left(k)
    if name is None and k == 1 and sent.tokens[0].is_word and sent.tokens[0].capitalised \
            and sent.tokens[0].text not in NOT_NAMES:
        name = 0, sent.tokens[0].text  # "Bryant, 41, was flying": a surname opening the sentence
    if name is not None:
        first, text = name
        before = sent.word(first - 1)
        if before is not None and (before.low in DETERMINERS or (
                before.low in PREPOSITIONS and before.low not in ("as", "including", "with", "like"))):
            return False
        if known_place(text) or text.isupper() or subject_of(text) is not None:
            return False
        subject, words = text, text
    else:
        t = sent.word(k - 1)
        if t is None or t.low not in _AGED_NOUNS:
            return False
        subject, words = t.low, t.text
    ident.measure, ident.subject, ident.attribute = "age", subject, True
    ident.evidence["measure"] = sent.text[sent.tokens[k].start:m.end] + (")" if opener.text == "(" else ",")
    ident.evidence["subject"] = words
    return True


_SHAPES = {"wide": "width", "high": "height", "tall": "height", "deep": "depth", "long": "length"}


#: Substances whose amount is a measure of its own ("2,346 mm of rain" is rainfall).
_SUBSTANCE_SYNONYMS = frozenset({"rain", "rainfall", "precipitation"})


def _of_substance(sent: Sentence, j: int, ident: Identity) -> bool:
    """"2,750 tonnes of ammonium nitrate", "30 million cubic metres of water": an amount of
    the stuff named after "of"."""
    if j >= len(sent.tokens) or sent.tokens[j].low != "of":
        return False
    words = []
    for t in sent.tokens[j + 1:j + 5]:
        if not t.is_word or t.low in PREPOSITIONS or t.low in ("and", "or", "which", "that", "was", "were") or (t.verb and words):
            break
        if t.low in DETERMINERS:
            continue
        words.append(t.low)
    if not words:
        return False
    measure = " ".join(singular(w) for w in words[-2:])
    ident.measure = RELATIONAL[measure] if measure in _SUBSTANCE_SYNONYMS else measure
    ident.evidence["measure"] = f"of {' '.join(words)}"
    return True


def _length(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """"22 feet long", "12,500 feet below the surface", "435 miles south of", "a depth of
    13,000 feet", "flying at 29,100 feet"."""
    k = _skip_parenthesis(sent, j)
    for t in sent.tokens[k:k + 3]:
        word = t.low.replace("-", "")  # "south-east"
        if word in LENGTH_WORDS:
            ident.measure = LENGTH_WORDS[word]
            ident.evidence["measure"] = t.text
            before = sent.word(i - 1)
            if before is not None and before.is_word and t.low in ("deep", "long", "wide", "high", "tall") \
                    and before.low not in DETERMINERS and before.low not in PREPOSITIONS and not before.verb \
                    and before.low not in ("about", "some", "roughly", "nearly", "around", "over", "almost", "only", "just"):
                noun = before.low  # "a crater 2.7 metres deep": the crater's depth
                if noun not in TOPIC_NOUNS and singular(noun) not in TOPIC_NOUNS:
                    ident.subject, ident.evidence["subject"] = singular(noun), before.text
            return
        if not t.is_word or t.low not in ("miles", "km", "kilometres", "kilometers", "feet", "metres", "meters", "nautical"):
            if t.low not in ("about", "some", "roughly", "in"):  # "100 metres in length"
                break
    rel = _relational_left(sent, i)
    if rel is not None:
        ident.measure = RELATIONAL[rel[0]] if rel[0] in RELATIONAL else rel[0]
        ident.evidence["measure"] = rel[1]
    elif _prev_word(sent, i) in ("at", "to") and _verb_left(sent, i, ("fly", "cruise", "climb", "ascend", "descend", "drop", "plunge", "plummet", "fall")):
        ident.measure = "altitude"
        ident.evidence["measure"] = sent.text[sent.tokens[i - 2].start:sent.tokens[i - 1].end]
    elif (fall := _object_of(sent, i, _FALLS)) is not None:
        ident.measure = "height"  # "plunged 50 metres to the ground": the height fallen from
        ident.evidence["measure"] = fall


_FALLS = frozenset("fall plunge plummet drop tumble crash".split())


def _object_of(sent: Sentence, i: int, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` a figure is the direct object of ("fell as much as 45 metres"):
    the verb right before it, hedges aside; None otherwise."""
    k = _left_of(sent, i, _BEFORE_OBJECT)
    t = sent.word(k)
    if t is None or not t.is_word or t.predicate(verbs) is None:
        return None
    return t.text


#: Verbs whose object a figure right after them counts, whatever verb follows ("a bombing that
#: killed over 320 people in central Baghdad gathered Sunday": the dead, not a crowd).
_HARM = frozenset({"killed", "injured"})


def _a_verb(found: tuple[str, str] | None) -> bool:
    """Whether a predicate found after a figure is a verb of its own ("gathered"), not a
    phrase that only places the people counted ("on board", "in hospital")."""
    if found is None:
        return False
    words = [w.lower() for w in found[1].split() if w.lower() not in ("and", "or", "including", "who", "that", "which")]
    first = words[0] if words else ""
    return bool(first) and first.isalpha() and first not in PREPOSITIONS and first not in _NUMBER_WORDS \
        and first not in ("aboard", "onboard", "board", "dead", "alive", "hospital", "critical")


def _counted(sent: Sentence, i: int, j: int, noun: str, m: Mention, ident: Identity) -> None:
    """"157 people were on board", "killed 157 people", "2,000 homes destroyed", "98 victims"."""
    word = sent.tokens[j - 1].low if j > i else noun
    if word in ("remain", "remains", "remained"):
        return _bare(sent, i, j - 1, m, ident)  # "150 remain unaccounted for": a verb, not a noun
    nxt = sent.word(j)
    plural_word = (word.endswith("s") and not word.endswith("ss")) or word in ("people", "children", "men", "women", "police", "staff")
    if nxt is not None and nxt.is_word and not plural_word and (nxt.low.endswith("s") or nxt.low in PERSON_GROUPS
                                            or nxt.low in ("crew",)) and nxt.low not in PREPOSITIONS \
            and not nxt.verb and nxt.low not in ("was", "is", "has", "as", "its", "this", "thus"):
        word, noun, j = nxt.low, singular(nxt.low), j + 1  # "5,000 flight hours", "five cabin crew"
    pair = f"{sent.tokens[j - 2].low} {word}" if j - 2 >= i else ""
    group = GROUP_SYNONYMS.get(pair) or GROUP_SYNONYMS.get(word)
    both = word in ("passengers", "passenger") and " ".join(t.low for t in sent.tokens[j:j + 2]) in (
        "and crew", "and crewmembers", "and crews")
    rel = _relational_left(sent, i)
    if rel is not None:
        ident.measure = RELATIONAL.get(rel[0], rel[0])
        if ident.measure == "losses" and word in ("lives", "life"):
            ident.measure = "killed"  # "the loss of 20 lives": the dead
        ident.evidence["measure"] = rel[1]
        _group_of(sent, i, ident)
        if ident.scope is None and (word in PERSON_GROUPS or noun in PERSON_GROUPS) \
                and word not in GENERIC_PEOPLE and _list_follows(sent, j):
            # "updated the death toll to 126 women, 71 men, 17 girls and 10 boys": the first
            # of a breakdown by group is the women among the dead, not the toll
            _set_scope(ident, singular(word), sent.tokens[j - 1].text)
        return
    if _done_for_the_dead(sent, i, ident):
        return
    lives = _lives_of(sent, i)
    if lives is not None:
        ident.measure, ident.evidence["measure"] = "people killed", lives
        _group_of(sent, i, ident)
        return
    cls, evidence = None, ""
    # "claimed 483 lives and 15 people are missing": an object figure keeps its own verb; the
    # predicate after the next figure is that figure's
    left = _predicate_left(sent, i)
    right = _predicate_right(sent, j + 2 if both else j, figure_at=i)
    # "killed 29 soldiers on board": the dead among those aboard, not how many were aboard
    # (with "all", _all_aboard gives both)
    found = (left if _coordinated_right(sent, j) or left and left[0] in _HARM and (
        _a_verb(right) or right is not None and right[0] == "aboard") else None) \
        or right or left
    if found:
        cls, evidence = _either_harm(sent, j, *found)
    elif (NOUN_PREDICATES.get(word) or NOUN_PREDICATES.get(noun)) and not (
            (NOUN_PREDICATES.get(word) or NOUN_PREDICATES.get(noun)) == "aboard" and _copula_noun(sent, j)):
        # "98 victims": the dead; "68 passengers": aboard (but "20 passengers were staff": some of them)
        cls = NOUN_PREDICATES.get(word) or NOUN_PREDICATES.get(noun)
        evidence = sent.tokens[j - 1].text
        if cls == "killed" and word in ("victims", "victim") and _TOLL_BESIDE.search(
                sent.text[sent.tokens[0].start:sent.tokens[i].start] + " "
                + sent.text[sent.tokens[j - 1].end:sent.tokens[-1].end]):
            # "there were 80 victims …, 56 are on admission, while the death toll is 22": the
            # victims are all the people hurt, and the sentence gives the dead apart
            cls, evidence = "casualties", f"{evidence} (the sentence gives the dead apart)"
        elif cls == "killed" and word in ("victims", "victim") and (
                not _HOSPITAL_WORDS.isdisjoint(sent.words) and _taken_left(sent, i)
                or (moved_at := _moved_right(sent, j)) is not None and _FOR_THE_DEAD.isdisjoint(sent.words)
                and not any(t.low in _DIED_AFTER for t in sent.tokens[moved_at:])):
            # "rushing 55 victims to Agouza Hospital", "92 victims … were admitted to hospitals",
            # "All 34 victims who were transported to Sa Kaeo": the victims taken to hospital
            # or across a border are the hurt (and the dead) together, not the toll; victims
            # taken to a morgue are the dead
            cls, evidence = "casualties", f"{evidence} (taken to hospital)"
    plural = word if word.endswith("s") or word in GENERIC_PEOPLE else noun
    person = word in GENERIC_PEOPLE or noun in GENERIC_PEOPLE or word in PERSON_GROUPS \
        or noun in PERSON_GROUPS or noun == "person"
    if group:
        person = True
    # "63 Canadians", "two Americans": people, of one nationality
    demonym = j > i and PEOPLE_NAME.fullmatch(sent.tokens[j - 1].text) is not None
    person = person or demonym
    mods = [t.low for t in sent.tokens[i + 1:j - 1] if t.is_word and t.low not in _HEDGE_WORDS
            and t.low not in ("and",) and not t.text[0].isdigit() and t.low not in _NUMBER_WORDS]
    if mods and not group and not both:
        # "178 adult passengers", "34 Jewish people", "two British divers", "120 residential
        # units": a part of the whole, or a different kind of it
        qualifier = " ".join(m for m in mods[-2:] if m not in _NEUTRAL_MODS) or None
    else:
        qualifier = None
    if cls is None and person and mods and NOUN_PREDICATES.get(mods[-1]) in ("killed", "injured", "missing"):
        # "1,175 injured people were referred to hospitals": the adjective says what they are
        cls, evidence = NOUN_PREDICATES[mods[-1]], mods[-1]
        mods = mods[:-1]
        qualifier = " ".join(m for m in mods[-2:] if m not in _NEUTRAL_MODS) or None
    if cls and (NOUN_PREDICATES.get(word) == cls or word == cls):
        person = True  # "5,000 injured": the noun is the predicate
    origin = _origin(sent, j)
    if origin is not None and cls and not qualifier:
        qualifier = origin[0]  # "190 pilgrims from Egypt were killed": the Egyptians among them
    if person and cls:
        ident.measure = f"people {cls}"
        if qualifier and not (word in GENERIC_PEOPLE or noun in GENERIC_PEOPLE or noun == "person"):
            ident.scope = f"{qualifier} {singular(word)}"
            ident.evidence["scope"] = sent.text[sent.tokens[i + 1].start:sent.tokens[j - 1].end]
        elif qualifier:
            ident.scope = qualifier
            ident.evidence["scope"] = sent.text[sent.tokens[i + 1].start:sent.tokens[j - 1].end]
        elif both:
            pass  # "157 passengers and crew": everyone aboard
        elif cls == "killed" and noun == "passenger" and not group and not _beside_a_count(sent, i, j) \
                and not _all_of_them(sent, i):
            # "the collision killed 23 passengers": the toll of a train or a bus, as news writes
            # it, not a part of it (a list that names the crew apart is a breakdown of its own)
            ident.evidence["scope"] = f"{sent.tokens[j - 1].text} (the dead of a crash, not a part of them)"
        elif group or word in PERSON_GROUPS or noun in PERSON_GROUPS or demonym:
            ident.scope = group or singular(word)
            ident.evidence["scope"] = pair if group and pair in GROUP_SYNONYMS else sent.tokens[j - 1].text
    elif cls:
        ident.measure = f"{plural} {cls}"
        if ident.scope is None and word not in GENERIC_PEOPLE:
            # "two teachers were killed": the teachers among the dead, not the toll (a pack
            # that reads "killed" as its toll measure keeps them apart by this scope); "the
            # two drivers of the freight train": whose drivers
            of = _of_phrase(sent, j)
            if qualifier and not of:
                word = f"{qualifier} {word}"  # "464 Iranian pilgrims killed": the Iranians among them
            site = _site_after(sent, j) if cls == "recovered" and not of else None
            if site is not None:
                # "27 bodies were recovered from the hotel": one site's batch of the bodies
                _set_scope(ident, f"{singular(word)} at {site[0]}", site[1])
            elif word in ATTACKERS and not of:
                _set_scope(ident, "attacker", sent.tokens[j - 1].text)  # "militants", "assailants": one group
            else:
                _set_scope(ident, f"{singular(word)} of {of}" if of else singular(word),
                           sent.text[sent.tokens[j - 1].start:sent.tokens[j - 1].end] + (f" of {of}" if of else ""))
    elif (word in GENERIC_PEOPLE or noun in GENERIC_PEOPLE or noun == "person") \
            and (head := _relational_head(sent, i)) is not None:
        # "the death toll … has been revised from 359 to 253 people": the toll's people
        ident.measure, ident.evidence["measure"] = RELATIONAL.get(head[0], head[0]), head[1]
        _group_of(sent, i, ident)
        return
    elif word in GENERIC_PEOPLE or noun in GENERIC_PEOPLE or noun == "person" or demonym:
        ident.measure = None  # "3,845 people": people doing what is not said
        ident.evidence["measure"] = f"{sent.text[m.start:m.end]} (no verb says what they are counted for)"
        if demonym:  # which people, if a verb written once for a list says what they did
            _set_scope(ident, singular(word), sent.tokens[j - 1].text)
        _group_of(sent, i, ident)
        return
    elif person and (whole := _included_in(sent, i)) is not None:
        # "The dead included 14 foreigners", "the 150 people who were rescued … included 41
        # foreigners": the foreigners among the dead, among the rescued; of a whole the
        # sentence does not say, a part of nothing known
        if whole[0] is None:
            ident.measure = f"{plural} included"
            _set_scope(ident, _UNKNOWN, f"{whole[1]} (a part of what is not read)")
        else:
            ident.measure = f"people {whole[0]}"
            kind = group or singular(word)
            _set_scope(ident, f"{qualifier} {kind}" if qualifier and not group else kind,
                       f"{whole[1]} {sent.text[m.start:m.end]}")
        evidence = whole[1]
    else:
        # A noun alone is a weak identity ("55 units", "80 units"): the verb it goes with and
        # the place it is in say which units.
        ident.measure = group or plural
        verb = _any_verb_left(sent, i) or _verb_after(sent, j)
        if verb and not group:
            # "brought out four boys", "80 units responded", "78 bodies have been handed
            # over": what was done to or by them
            ident.measure = f"{plural} {verb}"
            evidence = verb
        subset = _copula_noun(sent, j) if person else None
        if subset:
            _set_scope(ident, subset, f"were {subset}")  # "20 passengers were staff of …": some of them
        elif qualifier:
            _set_scope(ident, qualifier, sent.text[sent.tokens[i + 1].start:sent.tokens[j - 1].end])
        elif not verb and not _any_verb_right(sent, j) and not ident.attribute \
                and not _existential(sent, i):
            # "four boys", "13 vessels", "20 vehicles": a count with nothing said of what the
            # things did or what was done to them (all of them, one batch, the ones waiting at
            # one end): which of them is unknown, so it matches nothing
            _set_scope(ident, _UNKNOWN, "no verb says which of them")
        where = _common_place(sent, j)
        if where and ident.scope is None:
            _set_scope(ident, where[0], where[1])
    ident.evidence["measure"] = " ".join(x for x in (sent.text[m.start:m.end], evidence) if x)
    _group_of(sent, i, ident)


#: Words between a figure and its noun that do not make it another figure.
_NEUTRAL_MODS = frozenset("more other total overall confirmed reported known registered official "
                          "estimated further additional extra new people million billion thousand "
                          "hundred trillion cubic square lakh lakhs crore crores".split())


#: Verbs of losing lives, as a predicate table (lemma -> itself).
_TAKE_LIVES = {w: w for w in "claim take cost lose".split()}
_OF_THE_DEAD = frozenset("remains bodies coffins funerals burials identities autopsies autopsy "
                         "funeral ceremony ceremonies memorial vigil "
                         "examinations post-mortems postmortems".split())
#: What is held "for" the dead: "a ceremony for 18 who died", "a state funeral for 19 victims".
_HELD_FOR_THE_DEAD = frozenset("funeral funerals ceremony ceremonies service services memorial mass "
                               "vigil prayers".split())
#: What is done "on" the dead: "post mortem examinations on six victims", "autopsies on".
_DONE_ON_THE_DEAD = frozenset("autopsies autopsy examinations post-mortems postmortems".split())


def _done_for_the_dead(sent: Sentence, i: int, ident: Identity) -> bool:
    """"the remains of 140 people killed", "the bodies of 13 deceased", "autopsies on six
    victims": what is done for the dead, a batch of them, never the toll."""
    k = _left_of(sent, i, _HEDGE_WORDS | {"the"})
    if k >= 1 and (sent.tokens[k].low == "of" and sent.tokens[k - 1].low in _OF_THE_DEAD
                   or sent.tokens[k].low == "on" and sent.tokens[k - 1].low in _DONE_ON_THE_DEAD
                   or sent.tokens[k].low == "for" and sent.tokens[k - 1].low in _HELD_FOR_THE_DEAD):
        ident.measure = sent.tokens[k - 1].low
        ident.evidence["measure"] = f"{sent.tokens[k - 1].text} {sent.tokens[k].text}"
        _group_of(sent, i, ident)
        return True
    return False


def _lives_of(sent: Sentence, i: int) -> str | None:
    """"claimed the lives of 174 people", "cost the lives of 60": the dead. Not "saved the
    lives of 12 people": only a verb of losing makes them the dead."""
    k = _left_of(sent, i)
    if k < 2 or sent.tokens[k].low != "of" or sent.tokens[k - 1].low != "lives":
        return None
    x = k - 2
    while x >= 0 and sent.tokens[x].low in ("the", "their"):
        x -= 1
    verb = sent.word(x)
    if verb is not None and verb.is_word and verb.predicate(_TAKE_LIVES) is not None:
        return sent.text[verb.start:sent.tokens[k].end]
    return None


def _copula_noun(sent: Sentence, j: int) -> str | None:
    """"20 passengers were staff of the ministry": the plain noun after "were" that says which
    of them are counted (not a predicate: "were killed", "were on board", "were missing")."""
    t = sent.word(j)
    if t is None or t.low not in ("were", "are"):
        return None
    k = j + 1
    while k < len(sent.tokens) and sent.tokens[k].low in ("all", "also", "mostly", "reportedly"):
        k += 1
    n = sent.word(k)
    if n is None or not n.is_word or n.low in PREPOSITIONS or n.low in DETERMINERS or n.verb \
            or n.low in PREDICATES or n.low.endswith(("ed", "ing", "ly")) or n.low in ("not", "still", "among"):
        return None
    return singular(n.low)


_LIGHT_VERBS = frozenset("be have include involve do make get take give use see say remain".split())


#: Auxiliaries and adverbs between a noun and its verb ("80 units *have now* responded").
_AUX_BEFORE_VERB = frozenset("have has had been were was are is also still now".split())


def _past_auxiliaries(sent: Sentence, j: int, also: frozenset[str] = frozenset()) -> int:
    """The index of the first token from ``j`` that is not an auxiliary (or one of ``also``)."""
    k = j
    while k < len(sent.tokens) and (sent.tokens[k].low in _AUX_BEFORE_VERB or sent.tokens[k].low in also):
        k += 1
    return k


def _any_verb_right(sent: Sentence, j: int) -> str | None:
    """The lemma of a verb right after a noun ("80 units responded" -> "respond")."""
    k = _past_auxiliaries(sent, j)
    t = sent.word(k)
    if t is None or not t.is_word or t.low in PREPOSITIONS:
        return None
    base = t.verb
    if base and base not in _LIGHT_VERBS and (t.low.endswith(("ed", "ing")) or k > j):
        return base
    return None


def _verb_after(sent: Sentence, j: int) -> str | None:
    """The participle after a counted noun and its auxiliary ("78 bodies have been handed
    over", "25 bodies were found"), with its particle; None for a light verb or none."""
    k = _past_auxiliaries(sent, j, frozenset({"being", "be"}))
    t = sent.word(k)
    if t is None or not t.is_word or k == j:
        return None  # "bodies found" without "were" may be a noun phrase's modifier
    base = t.verb
    if not base or base in _LIGHT_VERBS or not t.low.endswith(("ed", "en", "d", "t")):
        return None
    nxt = sent.word(k + 1)  # the participle as written, the form a pack's words use
    if nxt is not None and nxt.low in ("over", "out", "up", "off", "away"):
        return f"{t.low} {nxt.low}"  # "handed over", "pulled out"
    return t.low


def _existential(sent: Sentence, i: int) -> bool:
    """"There have been 78 aftershocks", "followed by 120 aftershocks": the count of them all,
    as such (not one group of them)."""
    before = [t.low for t in sent.tokens[max(0, i - 4):i] if t.low not in _HEDGE_WORDS]
    if before[-1:] == ["by"]:
        return True
    return "there" in before and any(w in ("is", "are", "was", "were", "been", "be") for w in before)


def _any_verb_left(sent: Sentence, i: int) -> str | None:
    """The lemma of the verb a figure is the object of ("brought out four boys" -> "bring",
    "rescued 12 boys" -> "rescue"); None for a light verb or none at all."""
    k = _left_of(sent, i, _BEFORE_COUNT)
    if k >= 1 and sent.tokens[k].low in ("out", "off", "up", "down", "in", "away"):
        k -= 1  # a particle: "brought out", "pulled out", "carried off"
    t = sent.word(k) if k >= 0 else None
    if t is None or not t.is_word or sent.is_name(k):
        return None
    base = t.verb
    if base and base not in _LIGHT_VERBS and t.low.endswith(("ed", "ing")) or base in ("bring", "brought"):
        return base
    return None


def _included_in(sent: Sentence, i: int) -> tuple[str | None, str] | None:
    """For a figure right after "included" ("The dead included 14 foreigners"): what the
    whole is counted for, read from the clause before the verb (the dead: killed; "the people
    who were rescued": rescued), or None when the clause names nothing counted; with the words
    read. None when no "included" comes before the figure."""
    k = _left_of(sent, i, _BEFORE_COUNT)
    toks = sent.tokens
    if k < 1 or toks[k].low not in ("included", "includes", "include"):
        return None
    for x in range(k - 1, max(-1, k - 14), -1):
        t = toks[x]
        if t.text in HARD_BREAKS or t.text in (";", ":"):
            break
        cls = NOUN_PREDICATES.get(t.low)
        if cls is None:
            found = t.predicate(PREDICATES)
            cls = PREDICATES[found] if found else None
        if cls in ("killed", "injured", "missing", "rescued", "evacuated", "hospitalised", "casualties", "survived"):
            return cls, sent.text[t.start:toks[k].end]
    return None, toks[k].text


#: Buildings and sites a count can be of ("27 bodies were recovered from the hotel").
_SITES = frozenset("hotel mosque church school building mall stadium market station hospital club "
                   "tower bridge mine cave temple shrine airport terminal factory warehouse".split())


def _site_after(sent: Sentence, j: int) -> tuple[str, str] | None:
    """The building or site after a count's verb: "27 bodies were recovered from the hotel"."""
    k = j
    while k < len(sent.tokens) and k < j + 4 and (sent.tokens[k].low in _BETWEEN_VERB or sent.tokens[k].verb):
        k += 1
    if k + 2 < len(sent.tokens) and sent.tokens[k].low in ("from", "at", "in", "inside") \
            and sent.tokens[k + 1].low in ("the", "a", "its") and sent.tokens[k + 2].low in _SITES:
        return sent.tokens[k + 2].low, sent.text[sent.tokens[k].start:sent.tokens[k + 2].end]
    return None


def _common_place(sent: Sentence, j: int) -> tuple[str, str] | None:
    """"55 units were in the collapsed portion": the place a counted thing is in."""
    k = j
    while k < len(sent.tokens) and k < j + 3 and sent.tokens[k].low in ("were", "was", "are", "is", "still", "all"):
        k += 1
    if k + 1 < len(sent.tokens) and sent.tokens[k].low in ("in", "at", "inside", "within"):
        head = _noun_phrase_head(sent, k + 1 if sent.tokens[k + 1].low not in DETERMINERS else k + 2)
        if head is not None and head[1] is None and head[2]:
            return head[2].lower(), f"{sent.tokens[k].text} {head[2]}"
        if head is not None and head[1]:
            return head[1].lower(), f"{sent.tokens[k].text} {head[2]}"
    return None


def _bare(sent: Sentence, i: int, j: int, m: Mention, ident: Identity) -> None:
    """A figure with no counted noun: a share, money, a bare count. Its measure is the noun it
    is the value of ("turnout was 67.3%", "a fine of $1.3bn", "27% tariffs"), else the verb
    ("cost $250,000", "150 remain unaccounted for")."""
    hint = m.measure
    rel = _relational_left(sent, i) or _relational_subject(sent, i) or _relational_head(sent, i)
    after = _noun_right(sent, j)
    if after is not None and after[0] in RELATIONAL:
        ident.measure, ident.evidence["measure"] = RELATIONAL[after[0]], after[1]
    elif rel is not None:
        name = RELATIONAL.get(rel[0]) or NOUN_PREDICATES.get(rel[0]) or PREDICATES.get(rel[0]) or rel[0]
        ident.measure = name if name in RELATIONAL.values() or " " in name or name in ("magnitude",) \
            else (f"people {name}" if (rel[0] in NOUN_PREDICATES or rel[0] in PREDICATES) else name)
        ident.evidence["measure"] = rel[1]
    elif _done_for_the_dead(sent, i, ident):
        return
    else:
        right, left = _predicate_right(sent, j), _predicate_left(sent, i)
        # "killing 26 on board": the dead among those aboard (as in _counted)
        found = left if left and left[0] in _HARM and right and right[0] == "aboard" else right or left
        if found:
            cls, evidence = _either_harm(sent, j, *found)
            value = m.value
            money = isinstance(value, QuantityValue) and value.unit.isupper()
            ident.measure = cls if money or cls in ("cost", "fined", "magnitude", "appeal") else f"people {cls}"
            ident.evidence["measure"] = evidence
        elif hint:
            ident.measure = hint
            ident.evidence["measure"] = hint
    _group_of(sent, i, ident)


_LINKING_FORMS = frozenset("is was are were has have had been risen rose rises rise climbed climbs "
                           "increased increases jumped jumps reached reaches reach stood stands "
                           "stand topped tops passed passes exceeded exceeds surpassed hit hits "
                           "soared now to at stood remains remained totalled totaled totals "
                           "grew grown went gone already".split())


#: Words after a figure that open another clause of the same verb: "… to 33 and the number
#: of missing down to eight".
_NEXT_CLAUSE = frozenset({"and", "while", "with", "whereas"})


def _relational_subject(sent: Sentence, i: int) -> tuple[str, str] | None:
    """The relational noun heading the subject of the linking verb before a figure: "The death
    toll from Monday's quake … topped 5,000", "The number of dead has risen to 135"."""
    k = _left_of(sent, i)
    seen = 0
    while k >= 0 and sent.tokens[k].low in _LINKING_FORMS:
        k -= 1
        seen += 1
    if not seen or k < 0:
        return None
    start = k
    while start > 0 and sent.tokens[start - 1].text not in HARD_BREAKS and sent.tokens[start - 1].text != "," \
            and not (sent.tokens[start - 1].text[:1].isdigit() and sent.tokens[start].low in _NEXT_CLAUSE) \
            and i - start < 20:
        # (a figure before ends another clause: "bringing the death toll to 33 and the number
        # of missing down to eight" -- eight is the missing, not the toll)
        start -= 1
    words = [t for t in sent.tokens[start:k + 1] if t.is_word]
    for n, t in enumerate(words):
        if t.low in PREPOSITIONS:
            head = words[:n]
            if t.low == "of" and head and head[-1].low in ("number", "total", "tally", "count"):
                rest = [x.low for x in words[n + 1:n + 3] if x.low not in DETERMINERS]
                for w in rest:  # "the number of dead", "the total number of people injured"
                    if w in NOUN_PREDICATES or w in PREDICATES:
                        return w, f"number of {w}"
            break
    else:
        head = words
    for x in range(len(head) - 1, -1, -1):
        two = f"{head[x - 1].low} {head[x].low}" if x else ""
        if two in RELATIONAL:
            return two, f"{head[x - 1].text} {head[x].text}"
        if head[x].low in RELATIONAL:
            return head[x].low, head[x].text
        if singular(head[x].low) in RELATIONAL:
            return singular(head[x].low), head[x].text
    return None


#: Words right before a figure that make it the value of a noun phrase before them: "has
#: risen to 359", "was 2,430", "put the number of injured at 1,175", "revised … from 359".
_VALUE_OF = frozenset("to at was is were are reached reaches topped tops exceeded exceeds passed "
                      "surpassed hit hits from crossed neared inched climbed rose risen jumped "
                      "soared stood stands".split())
#: Between that noun phrase and the figure, besides the words of its prepositional phrase:
#: the verbs and adverbs of a change or a revision ("has been revised downwards from").
_REVISION_WORDS = frozenset("down up downwards downward upwards upward further again sharply now "
                            "revised lowered raised increased brought put updated adjusted cut "
                            "corrected".split())
#: Words that end the clause of a noun phrase: a speech verb or a clause of its own.
_CLAUSE_ENDS = frozenset("said says told according while but which who when whereas".split())
#: Nouns of a count that name what is counted by what follows "of": "the number of lives lost".
_COUNT_NOUNS = frozenset("number total tally count".split())


def _relational_head(sent: Sentence, i: int) -> tuple[str, str] | None:
    """The relational noun that heads a long subject or object before a figure, across its
    prepositional phrase and commas: "The toll in a series of suicide bomb blasts on Easter
    Sunday targeting hotels and churches in Sri Lanka has risen to 359", "revised the toll from
    Easter bombings down to 253", "the number of lives lost … has risen to 321". The head must
    follow "the" (or a possessive) and nothing between it and the figure may be a speech
    verb, a clause of its own or another figure."""
    k = i - 1 if i > 0 and sent.tokens[i - 1].low in _VALUE_OF else _left_of(sent, i)  # "at" is also a hedge's
    if k < 0 or sent.tokens[k].low not in _VALUE_OF:
        return None
    if k >= 2 and sent.tokens[k].low == "to" and sent.tokens[k - 1].text[:1].isdigit() \
            and sent.tokens[k - 2].low == "from":
        k -= 2  # "revised from 359 to 253": the noun before "from" is the later figure's too
    stop = max(-1, k - 40)
    x = k - 1
    while x > stop:
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.low in _CLAUSE_ENDS or (t.text[:1].isdigit() and sent.tokens[x - 1].low in _VALUE_OF):
            return None
        found = _relational_at(sent, x)
        if found is not None:
            return found
        x -= 1
    return None


def _relational_at(sent: Sentence, x: int) -> tuple[str, str] | None:
    """The relational noun phrase that ends at token ``x`` after "the" (or a possessive),
    followed by a preposition or a linking verb, as (noun, words)."""
    toks = sent.tokens
    t = toks[x]
    nxt = toks[x + 1].low if x + 1 < len(toks) else ""
    verb = toks[x + 1].predicate(PREDICATES) if x + 1 < len(toks) and toks[x + 1].low.endswith(("ed", "dead")) else None
    if (nxt not in PREPOSITIONS and nxt not in _LINKING_FORMS and nxt not in _REVISION_WORDS) \
            and not (t.low in _COUNT_NOUNS and verb):
        return None
    if t.low in _COUNT_NOUNS and verb and PREDICATES[verb] in ("killed", "injured", "missing"):
        # "The number killed in … has risen to 35"
        noun = {"killed": "toll", "injured": "injured", "missing": "missing"}[PREDICATES[verb]]
        head, last = x, x + 1
    elif t.low in _COUNT_NOUNS and nxt == "of":  # "the number of lives lost", "the total of dead"
        rest = [w.low for w in toks[x + 2:x + 5] if w.is_word and w.low not in DETERMINERS]
        if rest[:2] == ["lives", "lost"] or rest[:1] == ["lives"]:
            noun = "toll"
        else:
            noun = next((w for w in rest[:2] if w in NOUN_PREDICATES or w in PREDICATES), None)
        if noun is None:
            return None
        head, last = x, min(x + 3, len(toks) - 1)
    else:
        two = f"{toks[x - 1].low} {t.low}" if x > 0 else ""
        noun = two if two in RELATIONAL else t.low if t.low in RELATIONAL else None
        if noun is None or noun not in ("toll", "death toll", "deaths", "fatalities"):
            return None  # only counts of people: a "rate" or a "share" before a figure may be another's
        head, last = (x - 1 if noun == two else x), x
    d = head - 1
    while d >= 0 and (toks[d].low in ("final", "official", "confirmed", "overall", "new", "latest",
                                      "revised", "total", "grim") or toks[d].low in _HEDGE_WORDS):
        d -= 1
    if d < 0 or not (toks[d].low in ("the", "its", "their") or toks[d].text.endswith(("'s", "\u2019s"))):
        return None
    return noun, sent.text[toks[head].start:toks[last].end]


def _modifies_things(sent: Sentence, k: int) -> bool:
    """Whether the words from ``k`` run, with no verb or preposition, to a plural noun of
    things: a participle before them modifies that noun ("two crowded commercial areas",
    "three damaged buildings"), and the figure counts those things, not people."""
    before = sent.tokens[k - 2] if k >= 2 else None
    if before is None or not (before.text[:1].isdigit() or before.low in _NUMBER_WORDS):
        return False  # "17 passengers sustained injuries": the figure has its noun; a verb follows
    # "in two crowded areas" (a noun phrase after a preposition) or "Three detained defendants
    # had been released" (a verb after the noun), but not "Another 40 suffered grievous
    # injuries" (the figure is the verb's subject)
    placed = k >= 3 and sent.tokens[k - 3].low in PREPOSITIONS
    for x in range(k, min(len(sent.tokens), k + 3)):
        t = sent.tokens[x]
        if not t.is_word or not t.text.islower() or t.low in DETERMINERS or t.low in PREPOSITIONS \
                or t.verb or t.auxiliary or t.low in ("and", "or", "who", "that", "which"):
            return False
        if t.low.endswith("s") and not t.low.endswith("ss") and t.low not in PERSON_GROUPS \
                and t.low not in GENERIC_PEOPLE and singular(t.low) not in PERSON_GROUPS:
            nxt = sent.word(x + 1)
            return placed or (nxt is not None and nxt.is_word and (nxt.auxiliary or nxt.verb))
    return False


def _predicate_right(sent: Sentence, j: int, figure_at: int | None = None) -> tuple[str, str] | None:
    """The predicate class of the verb or phrase after a figure's noun: "were killed", "have
    died", "remain unaccounted for", "on board", "in critical care". A figure coordinated with
    the next one shares its verb ("five crew members and two pilots were on board"); not so a
    figure with a verb of its own, at token ``figure_at`` ("There were 17 babies in the unit
    and seven were rescued")."""
    k = _skip_aside(sent, j)
    seen: list[str] = []
    if k < len(sent.tokens) and sent.tokens[k].low == "of" and sent.word(k + 1) is not None \
            and (sent.tokens[k + 1].low in ("the", "a", "an", "its", "their") or sent.tokens[k + 1].text[:1].isupper()):
        # "All three drivers of the freight train are dead", "11 victims of Mahdia dorm fire
        # laid to rest" (a headline's name with no article): past the noun's own "of" phrase
        x = k + 2
        while x < len(sent.tokens) and x < k + 7 and sent.tokens[x].is_word and not sent.tokens[x].auxiliary \
                and not sent.tokens[x].verb and sent.tokens[x].low not in PREPOSITIONS:
            x += 1
        if x < len(sent.tokens) and (sent.tokens[x].auxiliary or sent.tokens[x].verb):
            k = x  # "13 residents of the building sustained injuries": the verb after it
    if k + 2 < len(sent.tokens) and sent.tokens[k].low == "of" and sent.tokens[k + 1].low in ("them", "those", "these") \
            and (sent.tokens[k + 2].auxiliary or sent.tokens[k + 2].low in _BETWEEN_VERB):
        k += 2  # "Three of them are in a critical condition": past "of them" to the verb
    if k + 1 < len(sent.tokens) and sent.tokens[k].low in ("and", "or", "including") and sent.tokens[k + 1].text[0].isdigit() \
            or (k + 1 < len(sent.tokens) and sent.tokens[k].low in ("and", "or", "including") and sent.tokens[k + 1].low in _NUMBER_WORDS):
        # "five crew members and two pilots were on board", "72 people including 4 crew
        # members were on board": the shared predicate
        if figure_at is not None and _existential(sent, figure_at):
            return None
        x = k + 2
        while x < len(sent.tokens) and x < k + 6 and sent.tokens[x].is_word and not sent.tokens[x].auxiliary \
                and not sent.tokens[x].predicate(PREDICATES):
            x += 1
        k = x
    if k < len(sent.tokens) and sent.tokens[k].low in ("who", "that", "which"):
        seen.append(sent.tokens[k].text)
        k += 1
    while k < len(sent.tokens) and (sent.tokens[k].low in _BETWEEN_VERB or _adverb(sent, k)) and len(seen) < 5:
        seen.append(sent.tokens[k].text)
        k += 1
    t = sent.word(k)
    if t is None or not t.is_word:
        return None
    if not seen and t.low in _PEOPLE_ADJECTIVES and sent.word(k + 1) is not None \
            and sent.tokens[k + 1].low in _BETWEEN_VERB:
        # "56 dead have been identified", "30 injured were discharged": the adjective names the
        # people counted; the verb after it what they are counted for
        found = _predicate_right(sent, k + 1)
        if found is not None:
            return found
    if not seen and t.low.endswith("ed") and _modifies_things(sent, k + 1):
        return None  # "in two crowded commercial areas": a modifier of what is counted
    if not seen and t.low.endswith("ed") and not t.auxiliary:
        # "50 people injured in the attack are still being treated in hospital": a participle
        # that only says which people; the finite verb after its phrase is what they are
        # counted for
        finite = _finite_after(sent, k + 1)
        if finite is not None:
            found = _predicate_right(sent, finite)
            if found is not None:
                return found
    after = sent.word(k + 1)
    if not seen and t.low.endswith("ing") and after is not None and after.is_word \
            and after.low not in DETERMINERS and after.low not in PREPOSITIONS and not after.verb:
        return None  # "6,000 flying hours", "300 working days": a modifier, not a predicate
    if not seen and t.low.endswith("ing") and len(t.low) > 5 and not t.predicate(PREDICATES):
        # "14 migrant workers sleeping on the tracks were crushed to death": a phrase that
        # says which workers; the finite verb after it is what they are counted for
        finite = _finite_after(sent, k + 1)
        if finite is not None:
            found = _predicate_right(sent, finite)
            if found is not None:
                return found
    passive = any(w.lower() in ("were", "was", "been", "are", "is") for w in seen)
    if not passive and t.low in ("carrying", "carried", "carries", "carry"):
        return None  # "a convoy of 78 vehicles carrying 2,547 personnel": the carriers, not aboard
    for n, phrase in reversed(_phrases(sent, k)):
        if phrase in PREDICATES:
            if PREDICATES[phrase] == "won" and passive:
                return None  # "20 injured were taken to the medical college": carried, not won
            if phrase in _ON_VEHICLE:
                # "29 people on the bus": aboard it, unless a verb after it says what they are
                # counted for ("seven people on the plane were killed": the dead)
                finite = _finite_after(sent, n + 1)
                if finite is not None:
                    return _predicate_right(sent, finite)
            return PREDICATES[phrase], " ".join([*seen, sent.text[t.start:sent.tokens[n].end]])
    verb = t.predicate(PREDICATES) or t.verb
    if verb:  # "have left their homes": a verb and its object name the predicate together
        x = k + 1
        while x < len(sent.tokens) and sent.tokens[x].low in DETERMINERS | {"his", "her", "their", "its"}:
            x += 1
        obj = sent.word(x)
        if obj is not None and obj.is_word and f"{verb} {singular(obj.low)}" in PREDICATES:
            return PREDICATES[f"{verb} {singular(obj.low)}"], " ".join([*seen, t.text, obj.text])
    base = t.predicate(PREDICATES)
    if base and PREDICATES[base] == "won" and passive:
        return None
    if base and (seen or t.low.endswith(("ed", "d")) or t.low in ("died", "lost", "won", "took")):
        return PREDICATES[base], " ".join([*seen, t.text])
    return None


#: Words in -ly that are no adverbs of manner before a verb.
_NOT_ADVERBS = frozenset("only early family july italy rally daily weekly monthly yearly elderly "
                         "fly ally supply reply apply holy ugly".split())


def _adverb(sent: Sentence, k: int) -> bool:
    """"26 victims have been *positively* identified", "were *officially* declared dead": an
    adverb between a figure's noun or auxiliary and its verb, passed over to reach the verb."""
    t, nxt = sent.tokens[k], sent.word(k + 1)
    return t.is_word and len(t.low) > 4 and t.low.endswith("ly") and t.low not in _NOT_ADVERBS \
        and not t.capitalised and nxt is not None and nxt.is_word and nxt.low not in PREPOSITIONS


def _of_phrase(sent: Sentence, j: int) -> str | None:
    """The words of an "of the …" phrase right after a noun, up to its verb ("drivers of the
    freight train were killed" -> "freight train"), or None."""
    toks = sent.tokens
    if j + 2 >= len(toks) or toks[j].low != "of" or toks[j + 1].low not in ("the", "a", "an", "its", "their"):
        return None
    words = []
    for t in toks[j + 2:j + 6]:
        if not t.is_word or t.auxiliary or t.verb or t.low in PREPOSITIONS or t.low in ("and", "or"):
            break
        words.append(t.low)
    return " ".join(words) or None


#: "on the bus", "on the plane" as read (determiners dropped): a place that says who is aboard.
_ON_VEHICLE = frozenset(p for p, cls in PREDICATES.items() if cls == "aboard" and p.startswith("on ")
                        and p not in ("on board", "on-board"))


def _finite_after(sent: Sentence, k: int) -> int | None:
    """The index of a finite "be"/"remain" that follows a participle phrase starting at ``k``
    ("injured in the attack *are* still …"), within a few words and before any comma, speech
    verb or other clause; else None."""
    for x in range(k, min(len(sent.tokens), k + 8)):
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.text == "," or t.low in _CLAUSE_ENDS or t.low in ("and", "or", "that"):
            return None
        if t.low in ("are", "were", "remain", "remained", "remains", "is", "was"):
            return x
        if t.text[:1].isdigit():
            return None
    return None


def _phrases(sent: Sentence, k: int) -> list[tuple[int, str]]:
    """The first one to four words from token ``k`` as a normalised phrase ("are out of their
    homes" -> "out", "out of", "out of home"), with the index of the last word: determiners
    and possessives dropped, a verb as its lemma, nouns singular."""
    out: list[tuple[int, str]] = []
    words: list[str] = []
    x = k
    while x < len(sent.tokens) and len(words) < 4:
        t = sent.tokens[x]
        if not t.is_word or t.text in HARD_BREAKS:
            break
        if t.low in DETERMINERS or t.low in ("his", "her", "their", "its", "our"):
            x += 1
            continue
        if not words:
            words.append(t.predicate(PREDICATES) or t.verb or t.low)
        else:
            words.append(singular(t.low))
        out.append((x, " ".join(words)))
        x += 1
    return out


def _coordinated_right(sent: Sentence, j: int) -> bool:
    """"… and 15 people are missing": another figure joined right after this one, as the
    subject of a clause of its own (not "… and eight crew on board", which shares a phrase)."""
    conj, nxt = sent.word(j), sent.word(j + 1)
    if conj is None or nxt is None or conj.low not in ("and", "or") or not (
            nxt.text[:1].isdigit() or nxt.low in _NUMBER_WORDS):
        return False
    for t in sent.tokens[j + 2:j + 7]:
        if t.auxiliary:
            return True
        if not t.is_word or t.low in PREPOSITIONS:
            return False
    return False


def _predicate_left(sent: Sentence, i: int) -> tuple[str, str] | None:
    """The verb a figure is the object of: "killed at least 157", "carrying 132 people",
    "the Conservatives won 365 seats", "evacuated more than 88,000", "killed a confirmed
    1,394 people"."""
    k = _left_of(sent, i, _BEFORE_PREDICATE)
    if k >= 1 and sent.tokens[k].low == "for" and sent.tokens[k - 1].predicate(PREDICATES) in ("appeal", "request", "seek"):
        k -= 1  # "appealed for $71.4 million"
    t = sent.word(k)
    if t is None or not t.is_word:
        return None
    base = t.predicate(PREDICATES)
    if base and t.low not in PREPOSITIONS:
        return PREDICATES[base], t.text
    return None


def _relational_left(sent: Sentence, i: int) -> tuple[str, str] | None:
    """The noun a figure is the value of, before it: "a death toll of 98", "the toll rose to
    98", "turnout was 67.3%", "at a depth of 13,000 feet", "a magnitude 7.8"."""
    k = i - 1
    skipped = 0
    if k >= 1 and sent.tokens[k].text in ("-", "\u2010", "\u2011"):
        k -= 1  # "a magnitude-7.8 quake"
    while k >= 0 and skipped < 6:
        t = sent.tokens[k]
        if t.text in HARD_BREAKS or t.text == ",":
            return None
        if t.low in _HEDGE_WORDS or t.low in DETERMINERS or t.low in ("of", "at", "to", "was",
                                                                      "is", "stood", "stands", "reached", "rose", "hit", "climbed", "increased", "jumped", "now", "has",
                                                                      "had", "have", "been", "risen", "climbed", "remains", "remained", "stands", "by", "final", "official", "total", "overall", "revised", "new", "latest",
                                                                      "worth", "valued", "totalling", "totaling"):
            k -= 1
            skipped += 1
            continue
        two = f"{sent.tokens[k - 1].low} {t.low}" if k > 0 else ""
        if two in RELATIONAL:
            return two, f"{sent.tokens[k - 1].text} {t.text}"
        if t.low in RELATIONAL:
            return t.low, t.text
        if singular(t.low) in RELATIONAL:
            return singular(t.low), t.text
        return None
    return None


def _noun_right(sent: Sentence, j: int) -> tuple[str, str] | None:
    """The noun right after a bare figure: "27% tariffs", "$2bn fine", "7.8 magnitude",
    "a 7.8-magnitude quake"."""
    if j < len(sent.tokens) and sent.tokens[j].text in ("-", "\u2010", "\u2011"):
        j += 1
    t = sent.word(j)
    if t is None or not t.is_word:
        return None
    if t.low in ("magnitude", "tariff", "tariffs", "duty", "levy", "fine", "turnout", "majority"):
        return t.low, t.text
    return None


def _verb_left(sent: Sentence, i: int, verbs: tuple[str, ...]) -> bool:
    for t in sent.tokens[max(0, i - 4):i]:
        if t.verb in verbs:
            return True
    return False


def _prev_word(sent: Sentence, i: int) -> str | None:
    t = sent.word(i - 1)
    return t.low if t is not None else None


#: Verbs of saying right after a counted noun: the count is of who is quoted.
_ATTRIBUTING = frozenset("said say says told tell tells added explained".split())


_MANNER = re.compile(r"normally|usually|only|safely|legally|officially|typically|ordinarily|generally|comfortably")


def _capacity(sent: Sentence, i: int, ident: Identity) -> None:
    """"can carry up to 210 passengers", "designed to lift 60,000 pounds", "a capacity of"."""
    # (adverbs between the modal and its verb are passed over: "can normally carry 50 people",
    # "could safely hold 200")
    window = " ".join(t.low for t in sent.tokens[max(0, i - 6):i] if not _MANNER.fullmatch(t.low))
    for cue in CAPACITY.split("|"):
        if cue in ("up to",):
            continue  # "up to 10 kilometres away" is a bound, not a capacity
        if cue in window:
            ident.modality = "capacity"
            ident.evidence["modality"] = cue
            return


def _group_of(sent: Sentence, i: int, ident: Identity) -> None:
    """"teams of 10 to 12 rescuers", "a crew of five", "families of four": the figure is the
    size of each such group, not a total."""
    k = _left_of(sent, i)
    if k >= 1 and sent.tokens[k].low == "of":
        t = sent.tokens[k - 1]
        if t.low in _COLLECTIVES:
            ident.scope = singular(t.low)
            ident.evidence["scope"] = f"{t.text} of"


#: Nouns for a group of a given size: "teams of 10 rescuers", "a family of four".
_COLLECTIVES = frozenset("team teams group groups squad squads unit units batch batches convoy "
                         "convoys family families delegation delegations gang gangs band bands "
                         "crew crews party parties wave waves".split())


# --- whose it is ----------------------------------------------------------------------------

def _subject(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """The holder of a figure: a possessive ("Labour's 203 seats", "Japan's defence spending"),
    the name after its measure noun ("tariffs on Brazil", "the population of Lahaina"), or the
    agent of its verb ("the Conservatives won 365 seats", "Meta was fined $1.3bn"). A pronoun
    or a noun phrase that names something other than the story's own object ("the party won
    203") leaves it unknown; nothing at all leaves it unstated (the story's topic)."""
    owner = _possessive_left(sent, i)
    if owner is not None:
        ident.subject, ident.evidence["subject"] = owner
        return
    label = _label_left(sent, i)
    if label is not None:
        ident.subject, ident.evidence["subject"] = label
        return
    holder = _with_holder(sent, i)
    if holder is not None:
        ident.subject, ident.evidence["subject"] = holder
        return
    k = _skip_parenthesis(sent, j)
    while k < len(sent.tokens) and k < j + 3 and sent.tokens[k].low in (
            "tariff", "tariffs", "duty", "duties", "levy", "levies", "rate", "share", "seats",
            "votes", "percent", "cent", "per"):
        k += 1
    t = sent.word(k)
    if t is not None and t.low in ("on", "for", "of", "against") and sent.word(k + 1) is not None:
        name = sent.name_right(k + 1 if sent.tokens[k + 1].low not in DETERMINERS else k + 2)
        if name is not None:
            ident.subject = name[1]
            ident.evidence["subject"] = f"{t.text} {name[1]}"
            return
    # the agent: walk left over hedges and the verb to the noun phrase before it
    k = _left_of(sent, i)
    if k > 0 and sent.tokens[k].low in ("a", "an"):
        k -= 1  # "the Greens won a 37.4% vote share"
    k = _over_measure_phrase(sent, k)
    if k > 0 and sent.tokens[k].low == "in" and sent.tokens[k - 1].verb in _LEADS:
        k -= 1  # "Congress is leading in 50 seats": the seats it leads in are its figure
    verb_at = k
    while k >= 0 and k > verb_at - 6 and sent.tokens[k].is_word and not sent.is_name(k) \
            and (sent.tokens[k].verb or sent.tokens[k].auxiliary or sent.tokens[k].low in _SUBJECT_ADVERBS):
        k -= 1
    if not (0 <= k < verb_at):
        return
    verbs = [t for t in sent.tokens[k + 1:verb_at + 1] if t.is_word]
    main = verbs[-1] if verbs else None  # "has released": the main verb, not the auxiliary
    if main is not None and main.low.endswith("ing") and not any(t.auxiliary for t in verbs):
        return  # "crashed after take-off, killing all 176": the clause's event, no agent before it
    located = ident.measure in ("depth", "height", "distance", "length", "width", "altitude")
    if main is None or not (main.predicate(PREDICATES) or main.verb in _HOLDERS or main.low in _BE
                            or (located and main.verb)) \
            or any(t.verb in SPEECH for t in verbs):
        return  # "officials said 12,000 people…": the figure is not the object of "said"
    head = _subject_head(sent, k)
    if head is None:
        return
    kind, words = head
    if main.verb == "report" and not known_place(words):
        # "state media reported a death toll of at least 100": who reports a figure says it
        # (a speaker), a place that reports its deaths holds them ("Mozambique reported 446")
        ident.evidence["subject"] = words
        return
    if main.verb in _CAUSING and not _proper_name(sent, k, kind, words):
        # "Twin blasts … kill 29", "a car bomb attack killed 21", "Teen, 14, kills two": who
        # or what caused a toll is not whose toll it is (a named storm or place still is)
        ident.evidence["subject"] = words
        return
    if kind == "name":
        ident.subject = words
    elif kind == "pronoun":
        ident.subject = _UNKNOWN
    elif kind == "noun" and (owner := next((w for w in words.split() if w.lower().endswith(("'s", "\u2019s"))), None)):
        # "The aircraft's final speed was 1010 km/h": the possessor holds the figure
        base = owner[:-2].lower()
        if base not in TOPIC_NOUNS and singular(base) not in TOPIC_NOUNS:
            ident.subject = owner[:-2] if owner[:1].isupper() else singular(base)
    elif kind == "noun" and known_place(words):
        ident.subject = words  # "Mozambique has so far recorded": a place opening the sentence
    elif kind == "noun":
        last = words.split()[-1].lower()
        if last in _TIME_WORDS or singular(last) in _TIME_WORDS:
            return  # "a mudslide that two days later had a toll of 58": a time, not a holder
        if last not in TOPIC_NOUNS and singular(last) not in TOPIC_NOUNS \
                and last not in GENERIC_PEOPLE | PERSON_GROUPS and last not in RELATIONAL \
                and singular(last) not in RELATIONAL and not last.endswith(("ing", "ed")) \
                and last not in _COUNT_NOUNS and last not in ("figure", "figures") \
                and last not in NOUN_PREDICATES:
            # ("the number of dead was 2,430": the count's own words, not a holder)
            # "the breach was 300 m wide", "the flood wall is 95 km long"
            ident.subject = " ".join([*words.lower().split()[-3:-1], singular(last)])
    ident.evidence["subject"] = words


_TIME_WORDS = frozenset("second minute hour day week month year decade later earlier ago".split())

#: "killed or wounded", "dead or injured" after a figure (and its noun).
_EITHER_HARM = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:killed|dead|died)[ \t]+or[ \t]+(?:wounded|injured|hurt)\b"
                          r"|(?:[ \t]+[a-z]+)?[ \t]+(?:wounded|injured|hurt)[ \t]+or[ \t]+(?:killed|dead)\b", re.I)

def _either_harm(sent: Sentence, j: int, cls: str, evidence: str) -> tuple[str, str]:
    """"25 killed or wounded", "30 people dead or injured": the dead and the hurt together
    (casualties), not either count; other predicates unchanged. ``j``: the token after the
    figure."""
    if cls in ("killed", "injured") and _EITHER_HARM.match(sent.text, sent.tokens[j - 1].end, sent.tokens[j - 1].end + 40):
        return "casualties", f"{evidence} (the dead or the hurt)"
    return cls, evidence


#: Verbs whose subject caused the figure after them, a toll ("the blast killed 29").
_CAUSING = frozenset("kill injure wound hurt maim claim".split())


def _proper_name(sent: Sentence, k: int, kind: str, words: str) -> bool:
    """A name proper in every word ("Hurricane Ian", "Mozambique"), not a common noun that a
    headline or a sentence's start capitalises ("Twin blasts", "Teen")."""
    if kind != "name":
        return False
    parts = words.split()
    if not all(w[:1].isupper() for w in parts):
        return False
    return len(parts) > 1 or known_place(words) or not _starts_clause(sent, words)


def _starts_clause(sent: Sentence, words: str) -> bool:
    """Whether ``words`` open the sentence or a clause after a colon (a headline's kicker)."""
    text = sent.raw.lstrip(" \"“'")
    head = text.split(":", 1)[1].lstrip() if ":" in text[:60] else ""
    return text.startswith(words) or head.startswith(words)

#: Verbs whose subject holds the figure that follows them ("Labour won 202 seats").
_HOLDERS = frozenset("have hold get receive win take secure earn own contain carry employ lose "
                     "gain record report post face pay owe suffer incur sustain cause inflict lead "
                     "trail".split())
#: Verbs of a running count whose figure follows "in" ("leading in 349 seats").
_LEADS = frozenset(("lead", "trail"))
#: Adverbs between a subject and its verb ("Mozambique has so far recorded 446 deaths").
_SUBJECT_ADVERBS = frozenset("so far already now also still just only officially reportedly".split())
_BE = frozenset("is are was were be been being".split())


def _subject_head(sent: Sentence, k: int) -> tuple[str, str] | None:
    """The subject of the verb that follows token ``k``, as ("name" | "pronoun" | "noun",
    words): "The breach in the sea wall [was]" -> noun "breach"; "the Conservatives [took]"
    -> name; "The vessel, called the Titan, [is]" -> noun "vessel"; "Grenfell Tower was
    built in 1974 and [contains]" -> name "Grenfell Tower"."""
    t = sent.tokens[k]
    if t.low == "that" and k > 0 and sent.tokens[k - 1].is_word and not sent.tokens[k - 1].verb \
            and sent.tokens[k - 1].low not in DETERMINERS:
        # "claims responsibility for Somalia blast that killed 90 people": the words before
        # "that" stand for the verb's subject, not the clause's ("Al Qaeda ally claims …");
        # which of them is the antecedent ("a fire inside the Abu Sefein church that killed
        # 40") is not read, so they are never taken for a name
        x = k - 1
        first = x
        while first > 0 and sent.tokens[first - 1].is_word and sent.tokens[first - 1].low not in DETERMINERS \
                and sent.tokens[first - 1].low not in PREPOSITIONS and not sent.tokens[first - 1].verb \
                and x - first < 2:
            first -= 1
        return "noun", sent.text[sent.tokens[first].start:sent.tokens[x].end]
    if t.low in ("who", "which") and k > 0:
        # "the first officer, Ahmed Nur, who had a flight hour of 200": the person before "who"
        x = k - 1 if sent.tokens[k - 1].text != "," else k - 2
        if x >= 0 and sent.tokens[x].capitalised and sent.tokens[x].is_word:
            first = x
            while first > 0 and sent.tokens[first - 1].capitalised and sent.tokens[first - 1].is_word and x - first < 3:
                first -= 1
            words = " ".join(tok.text for tok in sent.tokens[first:x + 1])
            if first > 0 and sent.tokens[first - 1].low in ("in", "at", "near", "outside") and t.low == "which":
                # "the truck bomb attack of Dec. 28 in Mogadishu, which killed at least 80":
                # the place of what "which" stands for, not its antecedent
                return "noun", words
            return "name", words
        if t.low == "which" and x >= 0 and sent.tokens[x].is_word:
            # "the freight train, which had two people on board": the noun before "which"
            first = x
            while first > 0 and sent.tokens[first - 1].is_word and sent.tokens[first - 1].low not in DETERMINERS \
                    and not sent.tokens[first - 1].verb and x - first < 2:
                first -= 1
            return _np_at(sent, first, x + 1)
        return None
    if t.text == ",":  # an apposition before the verb: step over it
        x = k - 1
        while x >= 0 and sent.tokens[x].text not in HARD_BREAKS and sent.tokens[x].text != ",":
            x -= 1
        if x < 0 or sent.tokens[x].text != ",":
            return None
        k = x - 1
        if k < 0:
            return None
        t = sent.tokens[k]
    if t.low == "and":  # "… was built in 1974 and contains 120 flats": the first clause's subject
        x = k - 1
        while x > 0 and sent.tokens[x - 1].text not in HARD_BREAKS:
            x -= 1
        return _np_at(sent, x, k)
    if t.low in PRONOUNS and t.low not in ("there", "who", "which", "that", "what", "this", "these", "those"):
        return "pronoun", t.text
    start = k
    while start > 0:
        prev = sent.tokens[start - 1]
        if prev.text in HARD_BREAKS or prev.text == "," or prev.low in ("and", "or", "but", "while",
                                                                         "when", "which", "who", "that", "after", "before", "as"):
            break
        if prev.verb and prev.low not in DETERMINERS and not prev.low.endswith("s") and prev.low not in TOPIC_NOUNS:
            break
        start -= 1
    return _np_at(sent, start, k + 1)


def _np_at(sent: Sentence, start: int, stop: int) -> tuple[str, str] | None:
    """The head of the noun phrase in tokens [start, stop): the words before its first
    preposition, a name when they are one."""
    words = []
    for x in range(start, stop):
        t = sent.tokens[x]
        if t.low in PREPOSITIONS or t.text in HARD_BREAKS or t.text == "," or (t.verb and words and not t.low.endswith("s")):
            break
        words.append(x)
    while words and sent.tokens[words[0]].low in DETERMINERS:
        words = words[1:]
    if not words:
        return None
    first = words[0]
    if sent.is_name(first):
        name = sent.name_right(first)
        if name is not None:
            return "name", name[1]
    if sent.tokens[first].low == "there":
        return None  # "There were 188 people on board": no subject, the story's own
    if sent.tokens[first].low in PRONOUNS:
        return "pronoun", sent.tokens[first].text
    text = sent.text[sent.tokens[words[0]].start:sent.tokens[words[-1]].end]
    return "noun", text


def _label_left(sent: Sentence, i: int) -> tuple[str, str] | None:
    """A name that labels the figure right before it: "Labour 203", "Labour support at 34 per
    cent", "the Lib-Dems at 7 per cent", "Greens: 85"."""
    k = i - 1
    words = 0
    while k >= 0 and words < 3 and (sent.tokens[k].low in ("at", "on", "with", ":", "-", "\u2014", "\u2013")
                                     or sent.tokens[k].low in RELATIONAL or sent.tokens[k].low in ("support", "share", "vote", "votes")):
        k -= 1
        words += 1
    if k < 0 or not sent.is_name(k):
        return None
    name = sent.name_left(k + 1)
    if name is None:
        return None
    prev = sent.word(name[0] - 1)
    if words == 0 and prev is not None and prev.is_word and prev.low not in ("and", "the", "while", "with") and prev.text not in ",;":
        return None  # "in 2019 Labour 203": only a list item or a clause start labels a figure
    after = sent.tokens[i] if i < len(sent.tokens) else None
    if sent.tokens[0].text.isupper() and len(sent.tokens[0].text) > 2 \
            and all(t.text.isupper() or t.text == "," for t in sent.tokens[:name[0]]) \
            and any(t.low in ("-", "\u2014", "\u2013", ":") for t in sent.tokens[k + 1:i]) \
            and after is not None and after.is_word and after.text[:1].isupper():
        # "MOSCOW — At least 64 people died", "BOGOTA, Colombia — At least nine people",
        # "MOGADISHU: At least 9 people": a dateline (where the story was filed), then a sentence
        return None
    if name[0] == next((x for x, t in enumerate(sent.tokens) if t.is_word), -1) \
            and any(t.text == ":" for t in sent.tokens[k + 1:i]) \
            and len(_LABELLED.findall(sent.text, sent.lo, sent.hi)) <= 1 \
            and not _beside_a_row(sent.text, sent.lo, sent.hi):
        # "MP: 15 killed as bus falls from bridge": a headline's kicker (the story's place),
        # not the holder of a row of figures ("Labour: 203, Conservatives: 365")
        return None
    return name[1], f"{name[1]} {' '.join(t.text for t in sent.tokens[k + 1:i])}".strip()


#: A label, a colon and a figure: "Greens: 85", "MP: 15" ("New Delhi: At least five people"
#: has none: its figure is written after a hedge).
_LABELLED = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)*[ \t]*:[ \t]*\d")


def _over_measure_phrase(sent: Sentence, k: int) -> int:
    """Token ``k`` ends "a flight hour of" or "a majority of" before a figure: the index just
    before that phrase, so that the verb or "with" before it is found; else ``k``."""
    if k < 1 or sent.tokens[k].low != "of":
        return k
    x = k - 1
    steps = 0
    while x >= 0 and steps < 3 and sent.tokens[x].is_word and sent.tokens[x].text[:1].islower() \
            and (not sent.tokens[x].verb or (x > 0 and sent.tokens[x - 1].low in DETERMINERS)) \
            and sent.tokens[x].low not in DETERMINERS and sent.tokens[x].low != "with":
        x -= 1  # "a majority of", "an estimated loss of" (a participle after "an" is an adjective)
        steps += 1
    while x >= 0 and (sent.tokens[x].low in DETERMINERS or sent.tokens[x].low in ("cumulative", "combined", "total")):
        x -= 1
    return x if steps else k


def _with_holder(sent: Sentence, i: int) -> tuple[str, str] | None:
    """"followed by Canadians with a total of 18 passengers", "Captain Yared Getachew with more
    than 8,000 flight hours": the name right before "with" holds the figure."""
    k = _left_of(sent, i)
    k = _over_measure_phrase(sent, k)
    while k >= 0 and sent.tokens[k].low in ("a", "an", "the", "total", "of", "cumulative", "combined"):
        k -= 1
    if k < 1 or sent.tokens[k].low != "with":
        return None
    x = k - 1  # right before "with": after a comma, "with" belongs to the clause, not a name
    if x >= 0 and sent.tokens[x].capitalised and sent.tokens[x].is_word and x > 0:
        first = x
        while first > 0 and sent.tokens[first - 1].capitalised and sent.tokens[first - 1].is_word and x - first < 3:
            first -= 1
        words = " ".join(t.text for t in sent.tokens[first:x + 1])
        return words, f"{words} with"
    return None


def _possessive_left(sent: Sentence, i: int) -> tuple[str, str] | None:
    """"Labour's 203 seats", "Japan's defence spending of 2%": the owner before the figure or
    before the measure noun right before it; "Labour's 10,295,607 votes is a 32.2% share": the
    owner in the subject of the copula before the figure."""
    k = i - 1
    while k >= 0 and sent.tokens[k].low in ("a", "an", "the", "just", "only", "about", "nearly"):
        k -= 1
    if k >= 1 and sent.tokens[k].low in ("is", "was", "are", "were", "represents", "represented"):
        for x in range(k - 1, max(-1, k - 6), -1):
            t = sent.tokens[x]
            if t.text in HARD_BREAKS or t.text == ",":
                break
            if t.low.endswith(("'s", "\u2019s")) and t.capitalised:
                return t.text[:-2], t.text
    for k in range(i - 1, max(-1, i - 5), -1):
        t = sent.tokens[k]
        if t.text in HARD_BREAKS or t.text == ",":
            return None
        if t.low.endswith(("'s", "\u2019s")) and t.capitalised and k >= i - 3:
            owner, at = t.text[:-2], k
        elif t.text in ("'", "\u2019") and k >= i - 3 and k > 0 and sent.tokens[k - 1].low.endswith("s") \
                and sent.is_name(k - 1):
            owner, at = sent.tokens[k - 1].text, k - 1  # "the Greens' vote share"
        else:
            owner = None
        if owner is not None:
            first = at
            while first > 0 and sent.is_name(first - 1) and at - first < 3:
                first -= 1
            words = " ".join([*(x.text for x in sent.tokens[first:at]), owner])
            return words, sent.text[sent.tokens[at].start:t.end]
        if t.low in ("their", "its", "his", "her") and (k == i - 1 or (
                k + 1 < i and sent.tokens[k + 1].low in RELATIONAL)):
            return _UNKNOWN, t.text  # "its 203 seats", "her majority of 5,339"
    return None


def _noun_phrase_head(sent: Sentence, k: int) -> tuple[int, str | None, str] | None:
    """The head of the noun phrase that starts at token ``k``: (index, subject, words).
    A topic noun ("vessel", "tower") gives subject None: the story's own object."""
    stop = min(len(sent.tokens), k + 6)
    last = None
    for x in range(k, stop):
        t = sent.tokens[x]
        if not t.is_word or t.low in PREPOSITIONS or t.low in ("and", "or", "but", "which", "that", "who"):
            break
        if (t.verb and x > k and not t.low.endswith("s") and t.low not in TOPIC_NOUNS) or (x > k and t.auxiliary):
            break  # "The 43-story resort is owned …": the phrase ends at its verb
        last = x
        if sent.is_name(x):
            name = sent.name_right(x)
            assert name is not None
            end, text = name
            nxt = sent.word(end)
            if nxt is not None and nxt.is_word and nxt.text[0].islower() and nxt.low not in PREPOSITIONS \
                    and nxt.low not in ("and", "or", "who", "which", "that", "was", "is", "were", "had", "has") \
                    and not nxt.verb and not nxt.low.endswith("ly"):
                continue  # "a Syrian refugee": the name modifies the noun after it
            head_low = sent.tokens[end - 1].low
            if head_low in TOPIC_NOUNS:
                return end - 1, None, text
            return end - 1, text, text
    if last is None:
        return None
    words = sent.text[sent.tokens[k].start:sent.tokens[last].end]
    head = sent.tokens[last].low
    if head in TOPIC_NOUNS or singular(head) in TOPIC_NOUNS:
        return last, None, words
    return last, singular(head), words


# --- what part of the whole -----------------------------------------------------------------

def _scope(sent: Sentence, i: int, j: int, ident: Identity) -> None:
    """What part of the whole a figure covers, or what it is instead of a level: "on the
    ground", "combined fines", "a gain of 47" (a change), "of the 650 seats" (the whole),
    "a second 7.5 quake", "435 miles south of St. John's" (from where)."""
    k = _skip_parenthesis(sent, j)
    while k < len(sent.tokens) and k < j + 4 and (sent.tokens[k].auxiliary or sent.tokens[k].verb
                                                  or sent.tokens[k].low in ("people", "on", "board")):
        if sent.tokens[k].low == "on" and sent.word(k + 1) is not None and sent.tokens[k + 1].low == "the":
            break
        k += 1
    t = sent.word(k)
    if t is not None and t.low == "on" and sent.word(k + 2) is not None \
            and sent.tokens[k + 1].low == "the" and sent.tokens[k + 2].low == "ground":
        _set_scope(ident, "on the ground", "on the ground")
    before = [x.low for x in sent.tokens[max(0, i - 3):i]]
    for x in range(max(0, i - 3), i):
        t = sent.tokens[x]
        if t.low in COMBINED and not (t.low == "together" and x > 0 and sent.tokens[x - 1].low == "all") \
                and t.low != "altogether":
            # ("All together 1,175 injured …", "altogether 41": in total, not a combination)
            _set_scope(ident, "combined", t.text)
    near = before[-2:]
    if ident.measure == "margin":
        pass  # "lost by 149 votes": a margin, not a fall
    elif ident.measure == "killed" and sent.tokens[j - 1].low in ("lives", "life"):
        pass  # "the loss of 20 lives": the dead, not a fall
    elif any(w in _CHANGE for w in near if w not in ("up", "down")) or (before[-1:] in (["up"], ["down"])) \
            or (len(before) >= 2 and before[-1] in ("by",) and before[-2] in _CHANGE_VERBS):
        direction = "increase" if any(w in _RISE for w in before[-3:]) else \
            "decrease" if any(w in _FALL for w in before[-3:]) else "change"
        _set_scope(ident, direction, " ".join(before[-2:]))  # "a gain of 47", "down 59"
    claim_words = [t.low for t in sent.tokens[i:j]] + [t.low for t in sent.tokens[j:j + 1]]
    if any(w in _BESIDES for w in claim_words[1:]):
        # "three more", "16 others": besides those counted before, not the whole. "Others"
        # are the people of another kind beside them ("290 killed and 500 others injured": all
        # the injured); "more" is a batch on top of an earlier count ("three more bodies")
        word = next(w for w in claim_words[1:] if w in _BESIDES)
        # "two further seats" is a batch, as "a further two seats" is
        _set_scope(ident, "others" if word in _OTHERS and word != "further" else "additional", word)
    batch = before[-2:] in (["a", "further"], ["an", "additional"], ["an", "extra"]) or (
        before[-1:] == ["another"] and _object_of_verb(sent, _left_of(sent, i - 1)))  # "killing at least another 11"
    if (i <= 2 and (before[-1:] in (["another"], ["further"]) or batch)) \
            or (batch and (before[-1:] == ["another"] or _object_of_verb(sent, i - 3))):
        # "Another four boys were brought out", "the DUP lost a further two seats" (the
        # object of a verb): a further batch. Not "the toll is 11,300, with another 10,100
        # missing" or "… says a further 10,100 are missing", where the words add people of
        # another count
        _set_scope(ident, "additional", before[-1])
    if ident.scope in ("others", "additional") and ident.measure == "people injured" \
            and ident.evidence.get("scope") in _OTHERS:
        # "290 killed and 500 others injured", "A further 50 were hurt": the injured are other
        # than the dead by definition, so these are all the injured
        ident.scope = None
        ident.evidence["scope"] = f"{ident.evidence.get('scope')} (the injured: all of them)"
    elif before[-1:] and before[-1] in _PART_WORDS:
        # "the first eight boys", "the remaining four", "the last four": one batch of a whole
        _set_scope(ident, f"part: {_PART_WORDS[before[-1]]}", before[-1])
    each = sent.word(j)
    if each is not None and each.low in ("each", "apiece"):
        _set_scope(ident, "each", each.text)  # "two victims each from Spain and Peru": per member
    part = _part_of(sent, j, i)
    whole = part or _partitive_lead(sent, i, ident.measure)
    lead = _pointing_lead(sent, i) if whole is None else None
    if lead is not None:
        whole = "those named before"
        cls = NOUN_PREDICATES.get(lead[0])
        if ident.measure is None and cls in ("killed", "injured", "missing", "aboard"):
            # "Of the dead, 26 were Bangladeshis": the dead are what they are counted for
            ident.measure, ident.evidence["measure"] = f"people {cls}", lead[1]
    kind = (_of_whom_were(sent, j) or _were_kind(sent, j)) if whole == "those named before" else None
    if kind is None and whole is not None and lead is None and part is None:
        # "Of the 19 people killed, nine were Ivorians": the Ivorians among the dead, counted
        # for what the lead counts
        cls = _lead_class(sent)
        kind = _were_kind(sent, j) if cls in ("killed", "injured", "missing", "aboard") else None
        if kind is not None and ident.measure is None:
            ident.measure, ident.evidence["measure"] = f"people {cls}", f"of the {whole}"
    if kind is not None:  # "176 people on board, 80 of whom were Iranians": the Iranians aboard
        _set_scope(ident, kind[0], kind[1])
    elif whole is not None:  # "eight of the 12 boys", "12 of whom", "In that, 11 deaths occurred"
        words = lead[1] if lead is not None else \
            " ".join(t.text for t in sent.tokens[j:j + 2]) if whole == "those named before" else f"of the {whole}"
        _set_scope(ident, f"part of {whole}", words)
    if before[-2:] == ["of", "the"] and i >= 3 and (sent.tokens[i - 3].text[0].isdigit()
                                                    or sent.tokens[i - 3].low in _QUANTIFIERS
                                                    or sent.tokens[i - 3].low in _NUMBER_WORDS):
        # "361 of the 650 seats", "most of the 12 boys": the whole
        _set_scope(ident, "whole", f"{sent.tokens[i - 3].text} of the")
    elif before[-1:] == ["of"] and i >= 2 and (sent.tokens[i - 2].text[0].isdigit()
                                              or sent.tokens[i - 2].low in _NUMBER_WORDS):
        # "15 of 17 ICU patients killed": the whole, whatever the verb after it says
        _set_scope(ident, f"whole {ident.scope}" if ident.scope else "whole", f"{sent.tokens[i - 2].text} of")
    elif before[-2:] == ["out", "of"] or before == ["out", "of", "the"]:
        # "Out of 17 children, 7 were rescued", "Seven out of the 17 babies … were rescued"
        # (the whole of those passengers, not of all aboard: its own scope stays)
        _set_scope(ident, f"whole {ident.scope}" if ident.scope else "whole", "out of")
    applies = _applies_to(sent, i, j, m_unit=None)
    if applies and ident.scope is None:
        # "25% tariffs on $34 billion of goods": a rate is the rate of the amount it applies to
        _set_scope(ident, f"on {applies}", f"on {applies}")
    if ident.measure in ("altitude", "speed"):
        # A plane's height and speed change all through a flight: a figure is one moment's.
        moment = _moment(sent, i, j)
        ident.scope = moment[0] if moment else _UNKNOWN
        ident.evidence["scope"] = moment[1] if moment else "no moment named"
    ordinal = ordinal_near(sent, i, j)
    if ordinal:
        _set_scope(ident, ordinal, ordinal)
    rnd = voting_round(sent, i, j)
    if rnd:
        _set_scope(ident, rnd[0], rnd[1])
    if ident.measure == "turnout":
        hour = _polling_hour(sent, i, j)
        if hour:
            # "the noon turnout was 28.2%", "at 5pm, the turnout was 65.3%": the count at that
            # hour of polling day, not the final turnout
            _set_scope(ident, f"as of {hour}", hour)
    as_of = _as_of(sent, i, j)
    if as_of and ident.scope != "whole":
        # "as of Saturday, eight adults remained in hospital": still the adults' figure
        group = f"{ident.scope}, " if ident.scope and not ident.scope.startswith("as of") else ""
        _set_scope(ident, f"{group}as of {as_of}", f"as of {as_of}")
    running = _running_cue(sent)
    if ident.scope == "whole":
        pass  # "of the 650 seats": the whole is the same however far the count has gone
    elif running:
        # a cue anywhere in the sentence ("with all but", "649 out of 650 constituencies"):
        # every count of the sentence is partial
        _set_scope(ident, "running count", running)
    after = " ".join(t.low for t in sent.tokens[j:j + 5])
    if _STILL_TO_COME.match(after):
        # "results in five seats still to be declared": what is not counted yet
        _set_scope(ident, "remaining", _STILL_TO_COME.match(after)[0])
    if ident.measure == "distance":
        landmark = _landmark(sent, j)
        if landmark is None:
            ident.scope = ident.scope or _UNKNOWN
        elif ordinal:
            _set_scope(ident, f"{ordinal}: {landmark[0]}", f"{ordinal} … {landmark[1]}")
        else:
            _set_scope(ident, landmark[0], landmark[1])


_RISE = frozenset("gain gains gained increase increases increased rise rises rose up jump jumped "
                   "surge surged grew added".split())
_FALL = frozenset("loss losses lost drop drops dropped fall falls fell decline declines declined "
                  "down cut cuts reduction slipped".split())
_MOMENTS = {"cruising": "cruising", "cruise": "cruising", "impact": "impact", "top": "maximum",
            "maximum": "maximum", "peak": "maximum", "highest": "maximum", "final": "impact",
            "lowest": "minimum", "last": "impact", "ground": "impact", "crashed": "impact",
            "slammed": "impact", "hit": "impact"}


#: Of the words above, those that count people of another kind beside a count ("290 killed and
#: 500 others injured", "a further 50 were hurt"), not a batch on top of it ("three more").
_OTHERS = frozenset("other others further another".split())
_BESIDES = frozenset("more additional further extra new other others".split())
_QUANTIFIERS = frozenset("most all many some half each several both none majority".split())
_PART_WORDS = {"first": "first", "last": "last", "final": "last", "remaining": "remaining",
               "initial": "first", "other": "other", "latest": "latest"}


def _object_of_verb(sent: Sentence, x: int) -> bool:
    """Token ``x`` (or the one before a particle at ``x``) is a verb other than one of saying:
    "lost [a further two]", "brought out [a further two]"; not "says [a further 10,100 are …]"."""
    if x >= 1 and sent.tokens[x].low in ("out", "up", "off", "down", "in", "back"):
        x -= 1
    if x < 0:
        return False
    verb = sent.tokens[x].verb
    return verb is not None and verb not in SPEECH


def _of_whom_were(sent: Sentence, j: int) -> tuple[str, str] | None:
    """"80 of whom were Iranians", "12 of whom are children": the kind of people the part is,
    as (scope, words), the same scope as "including 80 Iranians" gives."""
    toks = sent.tokens
    if j + 3 >= len(toks) or toks[j + 2].low not in ("were", "are", "was", "is"):
        return None
    noun = toks[j + 3]
    if PEOPLE_NAME.fullmatch(noun.text) or noun.low in PERSON_GROUPS:
        return singular(noun.low), sent.text[toks[j].start:noun.end]
    return None


def _all_of_them(sent: Sentence, i: int) -> bool:
    """"all 66 passengers", "all of the 66": the figure counts every one of a group."""
    k = _left_of(sent, i, frozenset({"the", "of"}))
    return k >= 0 and sent.tokens[k].low == "all"


def _beside_a_count(sent: Sentence, i: int, j: int) -> bool:
    """True when the figure at tokens [i, j) has another count right before or after it,
    joined by "and" or a comma ("45 passengers and four crew", "four crew and 45 passengers"):
    one item of a breakdown."""
    toks = sent.tokens

    def count(t) -> bool:
        return t.text[:1].isdigit() or t.low in _NUMBER_WORDS
    after = j + 1 < len(toks) and toks[j].low in ("and", ",") and count(toks[j + 1])
    k = _left_of(sent, i, _HEDGE_WORDS)
    before = k >= 1 and toks[k].low in ("and", ",") and any(count(t) for t in toks[max(0, k - 4):k])
    return after or before


def _list_follows(sent: Sentence, j: int) -> bool:
    """True when another count follows the figure ending at token ``j`` after a comma ("126
    women, 71 men"): the figure is the first item of a breakdown."""
    toks = sent.tokens
    return j + 2 < len(toks) and toks[j].text == "," \
        and (toks[j + 1].text[:1].isdigit() or toks[j + 1].low in _NUMBER_WORDS) \
        and toks[j + 2].low in PERSON_GROUPS  # "126 women, 71 men" (not "12 children, 3 of them")


#: The people a partitive counts among ("nine of the dead", "three of the victims").
_THE_DEAD_NOUNS = THE_DEAD | {"victim", "victims"}


def _were_kind(sent: Sentence, j: int) -> tuple[str, str] | None:
    """"Of the dead, 26 were Bangladeshis": the kind of people a part is, right after it."""
    toks = sent.tokens
    if j + 1 >= len(toks) or toks[j].low not in ("were", "are", "was", "is"):
        return None
    noun = toks[j + 1]
    if PEOPLE_NAME.fullmatch(noun.text) or noun.low in PERSON_GROUPS:
        return singular(noun.low), sent.text[toks[j].start:noun.end]
    return None


_POINTING = {("in", "that"), ("of", "these"), ("of", "them"), ("of", "those"), ("among", "them"),
             ("among", "those"), ("among", "these"), ("of", "the"), ("among", "the")}


def _pointing_lead(sent: Sentence, i: int) -> tuple[str, str] | None:
    """"In that, 11 deaths occurred", "Of the dead, 26 were Bangladeshis", "Among them, 12
    children": a clause opening by pointing back at a count names a part of it. Returns the
    last word of the lead ("dead", "that") and the lead as written."""
    toks = []
    for t in sent.tokens[:i]:  # a lead is at most six words and its comma: stop past that
        if t.text[:1].isdigit() or t.low in _NUMBER_WORDS:
            return None  # "Of the 116 people taken to hospital, 75 …": _partitive_lead's
        if t.is_word or t.text == ",":
            toks.append(t)
            if len(toks) > 6:
                return None
    if len(toks) < 3 or (toks[0].low, toks[1].low) not in _POINTING:
        return None
    comma = next((x for x, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma > 5 or comma != len(toks) - 1:
        return None
    return toks[comma - 1].low, sent.text[toks[0].start:toks[comma].end]


def _part_of(sent: Sentence, j: int, i: int | None = None) -> str | None:
    """"eight of the 12 boys", "40 out of the 48 bodies": the whole a figure is a part of (its
    number), else None; "Three of the bodies" (``i``: where the figure starts, its own words
    naming the whole) is a part of those named before."""
    if i is not None and j - i >= 3 and sent.tokens[i + 1].low == "of" \
            and sent.tokens[i + 2].low in ("the", "those", "these"):
        return "those named before"
    k = j
    if k + 1 < len(sent.tokens) and sent.tokens[k].low == "out" and sent.tokens[k + 1].low == "of":
        k += 1  # "40 out of the 48"
    if k < len(sent.tokens) and sent.tokens[k].low == "of":
        k += 1
        if k < len(sent.tokens) and sent.tokens[k].low in ("the", "all", "its", "their"):
            k += 1
        if k < len(sent.tokens) and (sent.tokens[k].text[:1].isdigit() or sent.tokens[k].low in _NUMBER_WORDS):
            return sent.tokens[k].low
        if k == j + 1 and k < len(sent.tokens) and sent.tokens[k].low in _OF_THOSE:
            return "those named before"  # "59 people, 12 of whom were children"
    return None


def _partitive_lead(sent: Sentence, i: int, measure: str | None) -> str | None:
    """"Of the 116 people taken to hospital, 75 are still there": a figure after a clause that
    opens with "Of the <number>" is a part of that number (which is itself the whole figure)
    when it counts what the whole counts ("Of the 98 victims, 97 were recovered" counts the
    recovered, a figure of its own)."""
    lead = _lead_counted(sent)
    if lead is None or i <= lead[0]:
        return None
    own = (measure or "").removeprefix("people ")
    if measure is None or own in lead[1] or (own == "killed" and lead[1] & {"missing", "injured"}):
        # "Among the 28 missing, 25 have been confirmed dead": a batch of the dead, not the toll
        return sent.tokens[lead[2]].low
    return None


def _lead_class(sent: Sentence) -> str | None:
    """What an "Of the <number> …," lead counts ("Of the 19 people killed," → killed), when its
    words name one thing."""
    lead = _lead_counted(sent)
    counted = lead[1] - {None, ""} if lead is not None else set()
    return next(iter(counted)) if len(counted) == 1 else None


def _lead_counted(sent: Sentence) -> tuple[int, set, int] | None:
    """For a sentence that opens "Of the <number> …," ("Among the …", "Out of the …"): the
    comma that ends the lead, what the lead's words count (predicate classes, "killed",
    "hospitalised") and where its number is."""
    toks = sent.tokens
    s = 1 if len(toks) > 1 and toks[0].low == "out" and toks[1].low == "of" else 0
    if len(toks) < s + 4 or toks[s].low not in ("of", "among", "amongst") \
            or toks[s + 1].low not in ("the", "those", "these", "all"):
        return None
    if not (toks[s + 2].text[:1].isdigit() or toks[s + 2].low in _NUMBER_WORDS):
        return None
    comma = next((x for x in range(s + 3, min(len(toks), 20)) if toks[x].text == ","), None)
    if comma is None:
        return None
    return comma, {NOUN_PREDICATES.get(t.low) or PREDICATES.get(t.predicate(PREDICATES) or "")
                   for t in toks[s + 3:comma]}, s + 2


_OF_THOSE = frozenset("whom them which those these".split())


def _applies_to(sent: Sentence, i: int, j: int, m_unit: str | None) -> str | None:
    """The amount a percentage applies to, written after it: "25% tariffs on $34 billion of
    goods", "a 10% levy on $200bn of imports" -> "$34 billion", "$200bn"."""
    if not (j - 1 < len(sent.tokens) and sent.text[sent.tokens[j - 1].start:sent.tokens[j - 1].end].endswith(("%", "percent", "cent"))):
        return None
    for x in range(j, min(len(sent.tokens) - 1, j + 4)):
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.text == ",":
            return None
        if t.low == "on":
            y = x + 1
            while y < len(sent.tokens) and sent.tokens[y].low in ("a", "an", "the", "another", "further", "additional", "some", "about", "nearly"):
                y += 1
            if y < len(sent.tokens) and (sent.tokens[y].text in "$\u00a3\u20ac\u00a5" or sent.tokens[y].text[:1].isdigit()):
                end = y + 1
                while end < len(sent.tokens) and (sent.tokens[end].text[:1].isdigit() or sent.tokens[end].low in (
                        "billion", "million", "trillion", "bn", "m", "dollars", "euros", "pounds")):
                    end += 1
                return _amount_key(sent.text[sent.tokens[y].start:sent.tokens[end - 1].end])
            return None
    return None


_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}


def _amount_key(text: str) -> str:
    """"$34 billion", "$34bn" and "$34,000 million" as one key: "$34 billion"."""
    m = __import__("re").match(r"\s*([$\u00a3\u20ac\u00a5]?)\s*([\d,]*\.?\d+)\s*([a-z]*)", text.lower())
    if not m:
        return text.lower()
    try:
        amount = float(m[2].replace(",", "")) * _SCALE.get(m[3], 1.0)
    except ValueError:
        return text.lower()
    for size, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"), (1.0, "")):
        if amount >= size:
            return f"{m[1]}{amount / size:.4g}{word}"
    return f"{m[1]}{amount:.4g}"


def voting_round(sent: Sentence, i: int, j: int) -> tuple[str, str] | None:
    """"28.5% in the first round": a figure of the first round of a vote, which a story about
    the run-off (the latest round, the one news is about) recalls; a figure that names no
    round is the story's own vote, and so is one of the run-off. A vote held in phases gives
    each phase's figure ("The first phase … saw a turnout of 69.43 per cent", "in phase two"):
    the stage named right after the figure is its own, else the nearest one named before it
    in its clause; a figure that names none is the whole vote's."""
    toks = sent.tokens
    for x in range(j, min(len(toks) - 1, j + 8)):
        if toks[x].text in HARD_BREAKS or toks[x].text == ",":
            break
        found = _stage_at(toks, x) if toks[x].low in _STAGE_WORDS else False
        if found is not False:
            return found  # "66.1% in the run-off": the stage the figure's own clause names
    for x in range(i - 1, max(-1, i - _STAGE_REACH), -1):
        if toks[x].text in HARD_BREAKS or toks[x].text == ";":
            break
        found = _stage_at(toks, x) if toks[x].low in _STAGE_WORDS else False
        if found is not False and (found is None or found[0] != "round 1" or x >= i - 10):
            return found
    return None


#: How far before a figure the stage of a vote it counts may be named.
_STAGE_REACH = 30


def _stage_at(toks, x: int):
    """The stage of a vote named at token ``x`` ("first round" -> "round 1", "phase two" ->
    "phase 2"), None for the run-off (the story's own vote), False when none is named."""
    t, nxt = toks[x], toks[x + 1].low if x + 1 < len(toks) else ""
    if t.low in ("first", "1st") and nxt in ("round", "ballot"):
        return "round 1", f"{t.text} {toks[x + 1].text}"
    if t.low in ("run-off", "runoff") or t.low == "run" and nxt in ("-", "off") \
            or t.low == "second" and nxt in ("round", "ballot"):
        return None
    if t.low in _STAGE_NUMBERS and nxt in _PHASES:
        return f"{singular(nxt)} {_STAGE_NUMBERS[t.low]}", f"{t.text} {toks[x + 1].text}"
    if t.low in _PHASES and _STAGE_NUMBERS.get(nxt) and nxt not in ("last", "final"):
        return f"{singular(t.low)} {_STAGE_NUMBERS[nxt]}", f"{t.text} {toks[x + 1].text}"
    return False


#: Stages of a vote held in parts (not "round": a first round is recalled, a run-off is not).
_PHASES = frozenset("phase phases stage stages leg legs".split())
_STAGE_NUMBERS = {w: str(n) for n, ws in enumerate((
    (), ("first", "1st", "one", "1", "i"), ("second", "2nd", "two", "2", "ii"), ("third", "3rd", "three", "3", "iii"),
    ("fourth", "4th", "four", "4", "iv"), ("fifth", "5th", "five", "5", "v"), ("sixth", "6th", "six", "6", "vi"),
    ("seventh", "7th", "seven", "7", "vii"), ("eighth", "8th", "eight", "8"), ("ninth", "9th", "nine", "9"),
    ("tenth", "10th", "ten", "10")), 0) for w in ws}
_STAGE_NUMBERS.update({"last": "last", "final": "last"})
#: The words a stage can be named from (``_stage_at`` is False at any other).
_STAGE_WORDS = frozenset({"first", "1st", "run-off", "runoff", "run", "second"}) | frozenset(_STAGE_NUMBERS) | _PHASES


_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m|p\.m)?\Z", re.I)


def _polling_hour(sent: Sentence, i: int, j: int) -> str | None:
    """The hour a turnout was counted at: "the noon turnout", "at 5pm", "by 3 p.m.", "till 5
    pm". A clock time needs "at", "by", "till" or "until" before it."""
    toks = sent.tokens
    for x in range(max(0, i - 8), min(len(toks), j + 8)):
        t = toks[x]
        if t.low in ("noon", "midday"):
            return t.low
        if x > 0 and toks[x - 1].low in ("at", "by", "till", "until") and _CLOCK_WORD.match(t.low) \
                and (t.low[-2:] in ("am", "pm") or (x + 1 < len(toks) and toks[x + 1].low in ("am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock"))):
            return sent.text[t.start:toks[min(x + 1, len(toks) - 1)].end].lower()
    return None


def _moment(sent: Sentence, i: int, j: int) -> tuple[str, str] | None:
    """The moment a height or speed is given for: "cruising at 29,100 feet", "at impact"."""
    for t in sent.tokens[max(0, i - 6):min(len(sent.tokens), j + 4)]:
        if t.low in _MOMENTS:
            return _MOMENTS[t.low], t.text
    return None


_CHANGE = frozenset("gain gains increase increases rise rises drop drops fall falls decline "
                    "declines loss losses jump jumps surge cut cuts reduction swing "
                    "down up".split())
_CHANGE_VERBS = frozenset("rose fell increased decreased dropped declined grew shrank jumped "
                          "climbed slipped gained lost cut raised lowered".split())
_ORDINALS = {"second": "second", "third": "third", "aftershock": "aftershock",
             "aftershocks": "aftershock", "second-largest": "second"}


#: Nouns of things that happen more than once in a story: "a separate attack", "another blast".
_OCCURRENCES = frozenset(TOPIC_NOUNS) | frozenset(
    "attack attacks shooting bombing stabbing crash collision incident bomb bombs".split())


def ordinal_near(sent: Sentence, i: int, j: int) -> str | None:
    """"a second 7.5 magnitude earthquake", "The second quake struck … about 65 miles north",
    "the largest aftershock, measuring 7.5": a figure of another event of the same kind as the
    story's. Read from the figure's clause: back to its start, and a few words on."""
    k = i - 1
    while k >= 0 and (sent.tokens[k].text not in HARD_BREAKS or sent.tokens[k].text in "()") and i - k <= 24:
        t = sent.tokens[k]
        if t.low in _ORDINALS:
            return _ORDINALS[t.low]
        if t.low in ("another", "separate") and k + 1 < len(sent.tokens) and (
                sent.tokens[k + 1].low in _OCCURRENCES or (k + 2 < len(sent.tokens) and sent.tokens[k + 2].low in _OCCURRENCES)):
            return "second"  # "another strong temblor", "a separate blast" (but "another 11,000 people": also)
        if t.low in ("earlier",) and k + 1 < len(sent.tokens) and sent.tokens[k + 1].low in TOPIC_NOUNS:
            return None  # "hours after an earlier quake": the figure is of a later one
        k -= 1
    for t in sent.tokens[j:min(len(sent.tokens), j + 4)]:
        if t.text in HARD_BREAKS or t.text == ",":
            break
        if t.low in _ORDINALS:
            return _ORDINALS[t.low]
    toks = sent.tokens
    for x in range(j, len(toks) - 1):
        # "a 7.5-magnitude earthquake struck Monday afternoon, …, hours after an earlier quake
        # killed 1,200": the figure is of a later quake than the story's first
        if toks[x].low == "earlier" and toks[x + 1].low in TOPIC_NOUNS \
                and any(t.low in ("after", "following") for t in toks[max(j, x - 3):x]):
            return "later"
    return None


def ordinal_before_time(sent: Sentence, i: int) -> bool:
    """True when the time at token ``i`` directly follows an ordinal's event noun: "a second
    blast at 7.30am", "the third explosion, shortly after 8 am"."""
    from ..temporal.events import NOUN_TO_TIME  # the modules import each other

    k = i - 1
    while k >= 0 and (sent.tokens[k].low in NOUN_TO_TIME or sent.tokens[k].text == ","):
        k -= 1
    if k >= 1 and sent.tokens[k].low in _OCCURRENCES and (
            sent.tokens[k - 1].low in _ORDINALS or k >= 2 and sent.tokens[k - 2].low in _ORDINALS):
        return True
    # "The second blast, which killed one, went off on Parliament Avenue at 10.06am": the
    # sentence's subject is the ordinal's event, so its clock time is that event's
    toks = sent.tokens
    return i > 3 and toks[0].low in ("the", "a") and toks[1].low in _ORDINALS \
        and toks[2].low in _OCCURRENCES and not any(t.text in HARD_BREAKS for t in toks[3:i])


#: A count given before all results are in: the final figure may differ.
_RUNNING = ("left to declare", "yet to declare", "still to be declared", "yet to be declared",
            "still to declare", "with all but", "declared so far", "seats declared",
            "constituencies declared", "results declared", "votes counted so far",
            "with most votes counted", "partial results", "early results", "preliminary results")


#: "649 out of 650 constituencies": results from part of the places counted. The whole is
#: matched first and the part read back from a bounded stretch before it, so that a long run of
#: digits and commas costs one pass, not one per starting digit.
_PARTIAL_WHOLE = __import__("re").compile(
    r"(?:out )?of (?:the |all )?(\d[\d,]{0,12}) (?:constituencies|seats|precincts|districts|"
    r"counties|wards|polling stations|ridings|electorates|municipalities)\b")
_PARTIAL_PART = __import__("re").compile(r"(?<![\d,])(\d[\d,]{0,12}) \Z")


def _running_cue(sent: Sentence) -> str | None:
    """The words that make a sentence's counts a running count, read once per sentence."""
    cached = getattr(sent, "_running", False)
    if cached is not False:
        return cached
    clause = sent.lower
    found = next((cue for cue in _RUNNING if cue in clause), None)
    if found is None:
        for whole in _PARTIAL_WHOLE.finditer(clause):
            part = _PARTIAL_PART.search(clause, max(0, whole.start() - 15), whole.start())
            if part and _number(part[1]) < _number(whole[1]):
                found = clause[part.start():whole.end()]
                break
    sent._running = found
    return found
#: Words after a count that make it what is still to come.
_STILL_TO_COME = re.compile(
    r"(?:\w+ )?(?:still|yet|left|remaining) to (?:be )?(?:declared|declare|counted|count|announced|"
    r"announce|reported|report|called|call|decided|decide)\b|(?:\w+ )?(?:undeclared|uncounted)\b")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _as_of(sent: Sentence, i: int, j: int) -> str | None:
    """"361 of the 650 seats … as of 6:30am": a running count at a stated moment; so is a
    count whose clause opens with the hour it had reached ("Until 9 p.m., the BJP had won 115
    seats", "By 7pm, 40 people were confirmed dead")."""
    for x in range(max(0, i - 12), min(len(sent.tokens) - 2, j + 30)):
        if sent.tokens[x].text in HARD_BREAKS and x > j:
            break
        if sent.tokens[x].low == "as" and sent.tokens[x + 1].low == "of":
            return sent.text[sent.tokens[x + 2].start:sent.tokens[min(x + 3, len(sent.tokens) - 1)].end].lower()
    return clause_opening_hour(sent, i)


#: "Until 9 p.m.,", "By 7pm,", "Till 5.30 pm,": an hour a count had reached, opening a clause.
_HOUR_REACHED = re.compile(r"(?i)(?:until|till|til|by|up to)[ \t]+(\d{1,2}(?:[:.]\d{2})?[ \t]*"
                           r"(?:a\.?m\.?|p\.?m\.?|hrs|hours)|noon|midnight)[ \t]*,")


def clause_opening_hour(sent: Sentence, i: int) -> str | None:
    """The hour a count had reached when the sentence (or the clause of token ``i``) opens
    with it: "Until 9 p.m., the BJP had won 115 seats" -> "9 p.m."."""
    for x in range(i - 1, max(-1, i - 40), -1):
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.text == ";":
            break
        if t.low in ("until", "till", "til", "by", "up") and (x == 0 or sent.tokens[x - 1].text in (",", ";", "—")):
            m = _HOUR_REACHED.match(sent.text, t.start, sent.hi)
            if m:
                return m.group(1).lower()
    return None


def _landmark(sent: Sentence, j: int) -> tuple[str, str] | None:
    """Where a distance is measured from: "south of St. John's", "off Cape Cod", "away from
    the wreck", "from Beirut"."""
    k = _skip_parenthesis(sent, j)
    for x in range(k, min(len(sent.tokens), k + 4)):
        t = sent.tokens[x]
        if t.low in ("of", "from", "off", "to") and x + 1 < len(sent.tokens):
            y = x + 1
            while y < len(sent.tokens) and sent.tokens[y].low in DETERMINERS:
                y += 1
            name = sent.name_right(y)
            if name is not None:
                return name[1].lower(), f"{t.text} {name[1]}"
            head = _noun_phrase_head(sent, y)
            if head is not None and (head[1] or head[2]).lower() in _PLACE_NOUNS:
                named = _place_named(sent, y)
                if named is not None:
                    # "east of the main city of Abidjan": the city is Abidjan, and a distance
                    # from Timbuktu's city is another distance
                    return named[1].lower(), f"{t.text} {named[1]}"
            if head is not None:
                return (head[1] or head[2]).lower(), f"{t.text} {head[2]}"
            return None
        if t.text in HARD_BREAKS or t.text == ",":
            return None
    return None


#: Nouns for a place that its name follows: "the city of Abidjan", "the port of Beira". Not
#: "capital": a story has one ("40 miles from the capital" and "50 miles from the capital of
#: Kathmandu" are distances from one place).
_PLACE_NOUNS = frozenset("city town village province region district island state port "
                         "county municipality".split())


def _place_named(sent: Sentence, y: int) -> tuple[int, str] | None:
    """The name after "of" in a place phrase that starts at token ``y`` ("the historic city of
    Timbuktu"), within a few words and before any comma."""
    for x in range(y, min(len(sent.tokens) - 1, y + 5)):
        t = sent.tokens[x]
        if t.text in HARD_BREAKS or t.text == ",":
            return None
        if t.low == "of":
            return sent.name_right(x + 1)
    return None


def _set_scope(ident: Identity, scope: str, words: str) -> None:
    ident.scope = scope
    ident.evidence["scope"] = words


def _skip_parenthesis(sent: Sentence, k: int) -> int:
    """The first token after a parenthesis that opens at ``k`` ("(6.7-meter)")."""
    if k < len(sent.tokens) and sent.tokens[k].text == "(":
        depth = 0
        while k < len(sent.tokens):
            if sent.tokens[k].text == "(":
                depth += 1
            elif sent.tokens[k].text == ")":
                depth -= 1
                if depth == 0:
                    return k + 1
            k += 1
    return k


_DASHES = frozenset("\u2014\u2013-")


_ORIGIN_PREPOSITIONS = frozenset("from in inside at aboard".split())


def _origin(sent: Sentence, j: int) -> tuple[str, str] | None:
    """"190 pilgrims from Egypt were killed": where the people counted come from, a name."""
    if j + 1 >= len(sent.tokens) or sent.tokens[j].low != "from":
        return None
    name = sent.tokens[j + 1]
    if not name.is_word or not name.text[:1].isupper() or name.low in DETERMINERS:
        return None
    return f"from {name.low}", f"from {name.text}"


def _after_closing_comma(sent: Sentence, start: int, stop: int) -> int | None:
    """The token after the comma that closes an aside, from ``start`` up to ``stop``, when a
    verb follows that comma ("…, or more than half the population, were affected"); None at
    another comma or a hard break first."""
    for y in range(start, min(len(sent.tokens), stop)):
        t = sent.tokens[y]
        if t.text == "," and y + 1 < len(sent.tokens) and (sent.tokens[y + 1].auxiliary or sent.tokens[y + 1].verb):
            return y + 1
        if t.text in HARD_BREAKS or t.text == ",":
            return None
    return None


def _skip_aside(sent: Sentence, k: int) -> int:
    """The first token after an aside that opens at ``k``: a bracket, or a stretch between two
    dashes ("59 people — 12 of them children — were taken to hospital"). A single dash is no
    aside ("22 dead — a toll that may rise"): ``k`` is returned as it is."""
    if k < len(sent.tokens) and sent.tokens[k].text == "(":
        return _skip_parenthesis(sent, k)
    x = k + 1 if k < len(sent.tokens) and sent.tokens[k].text == "," else k
    if x > k and x < len(sent.tokens) and sent.tokens[x].low == "or":
        # "About 18,000 inhabitants, or more than half the local population, were affected": a
        # restatement between commas; the verb after it is the figure's
        after = _after_closing_comma(sent, x + 1, x + 14)
        if after is not None:
            return after
    if x > k and x + 1 < len(sent.tokens) and sent.tokens[x].low == "including" and (
            sent.tokens[x + 1].text[0].isdigit() or sent.tokens[x + 1].low in _NUMBER_WORDS):
        # "14 Covid patients, including five women, died": an aside between commas that counts
        # some of them; the verb after its closing comma is the figure's
        after = _after_closing_comma(sent, x + 2, x + 8)
        if after is not None:
            return after
    if x < len(sent.tokens) and sent.tokens[x].low == "including" and not (
            x + 1 < len(sent.tokens) and (sent.tokens[x + 1].text[0].isdigit() or sent.tokens[x + 1].low in _NUMBER_WORDS)):
        # "19 persons, including the pilot and the co-pilot, died": the aside names some of them
        for y in range(x + 1, min(len(sent.tokens), x + 16)):
            t = sent.tokens[y]
            if t.text == "," and y + 1 < len(sent.tokens) and (sent.tokens[y + 1].auxiliary or sent.tokens[y + 1].verb):
                return y + 1
            if t.auxiliary or (t.verb and t.low.endswith("ed") and not t.capitalised):
                return y if sent.tokens[y - 1].text != "," else y
            if t.text in HARD_BREAKS:
                break
    if k < len(sent.tokens) and sent.tokens[k].low in _ORIGIN_PREPOSITIONS:
        # "340 people from 19 countries were injured", "12 people in the club were killed": a
        # short phrase of origin or place between the noun and its verb
        for y in range(k + 1, min(len(sent.tokens), k + 5)):
            t = sent.tokens[y]
            if (t.auxiliary or (t.predicate(PREDICATES) and t.low.endswith(("ed", "died", "lost")))) and y > k + 1:
                return y  # a finite verb ("were", "died"), not a noun that could be one ("station")
            if t.text in HARD_BREAKS or t.text == "," or t.verb or t.low in ("who", "that", "which"):
                break
    dash = sent.word(k)
    if dash is not None and dash.text in _DASHES and (dash.text != "-" or sent.text[dash.start - 1:dash.start].isspace()):
        for x in range(k + 1, min(len(sent.tokens), k + 20)):
            if sent.tokens[x].text == sent.tokens[k].text:
                return x + 1
    return k


def _in_parenthesis(sent: Sentence, k: int) -> bool:
    opened = 0
    for t in sent.tokens[:k + 1]:
        if t.text == "(":
            opened += 1
        elif t.text == ")":
            opened -= 1
    return opened > 0 or (k < len(sent.tokens) and sent.tokens[k].text == ")")

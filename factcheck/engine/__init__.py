"""The engine: select claims per rule, pair them only inside blocks that share the rule's keys,
compare each pair, and turn contradictions into findings. Linear in claims plus the pairs
that share a key."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from ..dsl.rules import Rule, RuleSet
from ..models import Claim, Document, Finding, OrderValue, QuantityValue, TimeValue
from .compare import Outcome, Verdict, compare
from .facts import FactItem
from .findings import fact_finding, group_finding, pair_finding, revision_finding, single_finding
from .timecmp import local_reading, weekday_mismatch
from ..extract.temporal.lexicon import PART_OF_DAY_TAGS
from ..extract.temporal.zones import localize, utc_text
from .subjects import canonical_holders, office_holders, same_people
from .groups import (GROUPED, calendar_date, figures_of_one_sentence, moments_of_one_sentence, speaker_key,
                     undisputed, value_groups)
from ..extract.identity import TOPIC_EVENT
from ..extract.identity.events import ATTACK_KINDS, ATTACK_WORDS, DAILY, main_attack
from ..extract.perpetrator import NOTE as PERPETRATOR, attackers_dead
from ..extract.identity.lexicon import SPEECH, TOPIC_NOUNS

#: Events that are a story's own kind of object ("strike", "fire", "quake").
TOPIC_KINDS = frozenset(TOPIC_NOUNS) | frozenset(TOPIC_NOUNS.values())
from .items import UNKNOWN, Item, occurrence
from .stamp_skew import days_after_stamp

__all__ = ["Item", "Outcome", "Verdict", "candidates", "compare", "evaluate", "items_for", "select",
           "why_not_selected"]


def items_for(ruleset: RuleSet, documents: list[Document], claims: list[Claim]) -> list[Item]:
    docs = {d.id: d for d in documents}
    claims, ahead = days_after_stamp(claims, docs)  # a weekday on a page stamped behind the story's zone
    zone = _story_zone(claims)
    if zone is not None:
        claims = [_converted_in_zone(_in_zone(c, zone), zone) for c in claims]
    items = [Item(c, docs[c.doc], ruleset) for c in claims if c.doc in docs]
    holders = canonical_holders(s for it in items if (s := it.get("subject")) and s != UNKNOWN)
    for it in items:
        if it.get("subject") in holders:
            it.set("subject", holders[it.get("subject")])  # "Arquata" and "Arquato": one holder
    people = same_people(s for it in items if it.get("measure") == "age"
                         and (s := it.get("subject")) and s != UNKNOWN)
    for it in items:
        if it.get("measure") == "age" and it.get("subject") in people:
            it.set("subject", people[it.get("subject")])  # "Foss" and "Ernest Foss": one person
    offices = office_holders((it.claim.speaker, it.get("speaker")) for it in items
                             if it.claim.speaker and it.get("speaker"))
    for it in items:
        if it.claim.speaker in offices:
            it.set("speaker", offices[it.claim.speaker])  # "the chief minister" and "Banerjee": one speaker
    reported, in_sentence = _reported_days(items)
    for it in items:
        it.set("reported", in_sentence.get((it.doc.id, tuple(it.claim.sentence or ())))
               or max(reported.get(it.doc.id) or it.get("published") or "", ahead.get(it.doc.id, "")) or None)
    return items


def _story_zone(claims: list[Claim]) -> str | None:
    """The zone of the story's place: the one zone every "local time" the articles give is in
    ("17:11 local time" in Beirut), else None (several places, or none named)."""
    zones = {c.value.zone for c in claims if isinstance(c.value, TimeValue) and c.value.zone
             and c.value.zone != "UTC" and "local time" in c.text.lower()}
    # an offset worked out from one moment ("14:04 local time (1204 GMT)") names no place: the
    # place's zone comes from the local times that name one (and an offset does not carry to
    # another season's clock: 4 a.m. in November is an hour earlier)
    named = {z for z in zones if z[:1] not in "+-"}
    return next(iter(named)) if len(named) == 1 else None


#: The note on a bare clock time read in the story's zone.
STORY_ZONE = "zone not written: taken as the story's local time"


#: The note on a local time whose conversion the story's zone contradicts.
CONVERSION_DISAGREES = "zone taken as the story's local time: the time given with it converts it otherwise"


def _converted_in_zone(claim: Claim, zone: str) -> Claim:
    """A local time given with its conversion ("about 2 am (1700 GMT)") was read in the offset
    the conversion implies; when the story's place keeps another ("3 am" in Taiwan is 1900
    GMT, not 2000), the time is read in the place's zone, so that it and its conversion are
    two different instants and one of them is wrong."""
    v = claim.value
    if not isinstance(v, TimeValue) or not v.zone or v.zone[:1] not in "+-" or not v.start \
            or not any(n == "zone from the time given with it" for n in claim.notes):
        return claim
    if any(z != zone for z in (claim.evidence.get("place zones") or "").split(", ") if z):
        return claim  # the sentence names a place of another zone: its clock may be that place's
    try:
        wall = dt.datetime.fromisoformat(v.start[:16])
        wall_end = dt.datetime.fromisoformat((v.end or v.start)[:16])
    except ValueError:
        return claim
    return _wall_clock_in(claim, wall, wall_end, zone, CONVERSION_DISAGREES, unless_offset=v.zone)


def _in_zone(claim: Claim, zone: str) -> Claim:
    """A clock time written with no zone ("at 1:26 p.m.") read as the story's local time, so
    that it compares with the same moment given in GMT or another zone."""
    v = claim.value
    if not isinstance(v, TimeValue) or v.zone or v.utc_start or not v.start or "T" not in v.start \
            or v.timex.startswith("P") or not local_reading(v, claim.text):
        return claim
    if "restates" in claim.evidence:
        return claim  # "3pm local time (4pm Singapore)": a conversion is in another zone
    try:
        start, end = dt.datetime.fromisoformat(v.start), dt.datetime.fromisoformat(v.end or v.start)
    except ValueError:
        return claim
    if start.tzinfo is not None:
        return claim
    return _wall_clock_in(claim, start, end, zone, STORY_ZONE)


def _wall_clock_in(claim: Claim, start: dt.datetime, end: dt.datetime, zone: str, note: str,
                   unless_offset: str | None = None) -> Claim:
    """The claim's time, the wall-clock ``start`` to ``end``, read in ``zone`` (with ``note``
    and the zone on the claim); the claim as it is when the zone is not known here, or keeps
    the offset ``unless_offset`` at that moment."""
    v = claim.value
    suffix, aware = localize(start, zone)
    _, aware_end = localize(end, zone)
    if aware is None or aware_end is None or suffix == unless_offset:
        return claim
    value = v.model_copy(update={"zone": zone, "start": start.isoformat(timespec="minutes") + suffix,
                                 "end": end.isoformat(timespec="minutes") + suffix,
                                 "utc_start": utc_text(aware), "utc_end": utc_text(aware_end)})
    return claim.model_copy(update={"value": value, "notes": [*claim.notes, f"{note} ({zone})"]})


#: Events that date a statement: verbs of saying, and reports ("officials reported on Monday").
_STATEMENTS = (SPEECH - {"claim"}) | {"report"}  # (an attack "claimed by" a group gives no figures)
#: How far before its publication an article may date the statements it reports.
_REPORTED_WITHIN = dt.timedelta(days=3)


def _reported_days(items: list[Item]) -> tuple[dict[str, str], dict[tuple, str]]:
    """The day each article reports figures as of: the latest day it dates a statement by
    ("officials said Saturday" in a piece stamped Sunday), when that is a few days before its
    publication; articles that date no statement are reported on the day they are published.
    A statement dated in a figure's own sentence dates that figure ("the toll rose to 65, police
    said Monday"), whatever the rest of the article dates, and so does a statement the sentence
    dates "by" or "as of" a day weeks before ("By October 20, the government said the toll was
    358" in a December piece is October's count); the second map gives those days by
    (document, sentence)."""
    out: dict[str, str] = {}
    by_sentence: dict[tuple, str] = {}
    for it in items:
        value, published = it.claim.value, it.doc.published
        if published is None or not isinstance(value, TimeValue) or value.grain not in ("day", "hour", "minute") \
                or not value.start:
            continue
        stated = (it.get("event") == "speech" or it.claim.event in _STATEMENTS) \
            and (it.claim.event or "").split()[:1] != ["claim"]
        as_of = not stated and (it.claim.event or "").split()[:1] and it.claim.event.split()[0] in _STATEMENTS \
            and "as of" in it.claim.evidence  # "By October 20, the government said …"
        if not (stated or as_of):
            # "another victim died on Thursday, raising the death toll to 20": the toll is
            # as of the day that raised it, whenever the article was published
            as_of = "toll raised" in it.claim.evidence
        if not (stated or as_of):
            continue
        try:
            day = dt.date.fromisoformat(value.start[:10])
        except ValueError:
            continue
        if day > published or stated and day < published - _REPORTED_WITHIN:
            continue
        if stated:
            out[it.doc.id] = max(out.get(it.doc.id, ""), day.isoformat())
        key = (it.doc.id, tuple(it.claim.sentence or ()))
        by_sentence[key] = max(by_sentence.get(key, ""), day.isoformat())
    return out, by_sentence


def select(rule: Rule, items: Iterable[Item]) -> list[Item]:
    """The claims a rule looks at: in the article text (unless the rule says otherwise) and
    matching its ``select`` condition."""
    return [it for it in items if why_not_selected(rule, it) is None]


def why_not_selected(rule: Rule, it: Item) -> str | None:
    """Why a rule passes over a claim, or None when it selects it."""
    if not (rule.outside_main or it.claim.main):
        return "outside the article text"
    if not rule.select(it):
        return "not matching select"
    return None


def candidates(rule: Rule, selected: list[Item], ruleset: RuleSet,
               focus: frozenset[str] | None = None) -> Iterator[tuple[Item, Item | FactItem, str | None]]:
    """Every pair a rule considers, with the reason it is skipped (None: it is compared).

    Claims are hashed on the rule's ``same`` keys first; only claims in one block are paired."""
    if rule.compare == "against_facts":
        facts: dict[tuple, list[FactItem]] = defaultdict(list)
        for fact in ruleset.facts:
            fi = FactItem(fact, ruleset)
            facts[tuple(fi.get(k) for k in rule.keys)].append(fi)
        for it in selected:
            if focus is not None and it.doc.id not in focus:
                continue
            for fi in facts.get(tuple(it.get(k) for k in rule.keys), ()):
                yield it, fi, _before_as_of(it, fi)
        return
    blocks = blocks_of(rule, selected)
    for key in sorted(blocks, key=repr):
        block = undisputed(rule, blocks[key])
        if focus is not None:
            # Checking a draft: only pairs that involve it matter, so pair its claims with the
            # rest of the block instead of walking every pair of source claims (which grows with
            # the square of a block's size in a large archive).
            yield from _focus_pairs(rule, block, focus)
            continue
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                yield a, b, _skip(rule, a, b, focus)


def blocks_of(rule: Rule, selected: list[Item]) -> dict[tuple, list[Item]]:
    """Selected claims hashed on the rule's ``same`` keys: only claims of one block are ever
    compared. A claim that names no subject is about the story's own topic, and is left out
    when its figure is given for several named subjects in these articles (``_subjects``)."""
    blocks: dict[tuple, list[Item]] = defaultdict(list)
    at = rule.keys.index("subject") if "subject" in rule.keys else None
    topics = _topic_names(selected) if at is not None else frozenset()
    keys = [_key(rule, it, at, topics) for it in selected]  # read once, for the subjects and the blocks
    subjects = _subjects(keys, at) if at is not None else {}
    story = _story_event(rule, selected)
    # a clock time that names its day is compared by a date rule for that day, as a date is
    by_day = rule.expect.kind == "same_date" and "occurrence" in rule.keys
    own = _story_occurrences(selected, story, by_day) if "occurrence" in rule.keys else {}
    # the kind of attack the articles are about (a shooting, a blast, a siege), for "the attack"
    attack = main_attack(Counter(it.get("event") for it in selected)) if "event" in rule.keys else None
    for it, key in zip(selected, keys):
        named = it.get("event") if "event" in rule.keys else None
        day_of_clock = by_day and it.get("grain") == "minute" and it.get("day_named")
        if day_of_clock and named != TOPIC_EVENT:
            o = rule.keys.index("occurrence")
            key = key[:o] + (occurrence(it.claim, it.get("event"), by_day=True),) + key[o + 1:]
        if named == TOPIC_EVENT or named in ATTACK_WORDS and attack is not None:
            # an event the claim does not name ("the incident"), or names only as an attack
            # ("the attack began at 9:40") in a story about one kind of attack: the story's
            own_event = attack if named in ATTACK_WORDS else story
            if own_event is None:
                continue  # the story's event, but which one the articles do not make clear
            e = rule.keys.index("event")
            key = key[:e] + (own_event,) + key[e + 1:]
            if "occurrence" in rule.keys:  # which occurrence, as the story's event counts them
                o = rule.keys.index("occurrence")
                key = key[:o] + (occurrence(it.claim, own_event, by_day=bool(day_of_clock)),) + key[o + 1:]
        if id(it) in own:
            o = rule.keys.index("occurrence")
            key = key[:o] + (own[id(it)],) + key[o + 1:]
        if at is not None and key[at] is None:
            rest = key[:at] + key[at + 1:]
            if len(subjects.get(rest, ())) > 1:
                continue  # could be any of several subjects: left out rather than guessed
        if UNKNOWN in key:
            continue  # a key that is there but could not be read matches nothing
        blocks[key].append(it)
    return blocks


def _story_occurrence(it: Item, story: str, by_day: bool = False) -> str | None:
    """The occurrence of the story's own event (a shooting, a blast, a quake: events that can
    recur within days) that a calendar date gives it ("May 6", "6 May 2023"): its month, so that
    two outlets' days for it are compared; None to keep the claim's own occurrence (relative
    days, which a piece stamped a day off moves, and stages or ordinals). ``by_day``: for a
    date rule, a clock time that names its calendar day ("11:20 p.m. on Dec. 2") counts too."""
    if story in DAILY and not it.get("scope") and calendar_date(it) and (
            it.get("grain") == "day" or it.get("grain") == "hour" and it.claim.value.timex.endswith(PART_OF_DAY_TAGS)
            or by_day and it.get("grain") == "minute" and it.get("day_named")):
        # (a date with a part of the day, "Sunday evening, January 29", is a calendar date too)
        return f"{it.claim.value.start[:7]} (the story's own, a calendar date)"
    return None


def _story_occurrences(selected: list[Item], story: str | None, by_day: bool = False) -> dict[int, str]:
    """The occurrence ``_story_occurrence`` gives each claim of the story's own event, by
    ``id`` of its item; none when some article gives the event two different days of one
    month: that article tells two occurrences apart (the police shooting of the 23rd and the
    shootings of the 25th), so the run's days for it stay occurrences of their own instead of
    one date misreported."""
    if story is None or story not in DAILY:
        return {}
    own: dict[int, str] = {}
    days: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, month) -> its days
    for it in selected:
        if it.get("event") in (story, TOPIC_EVENT) and (o := _story_occurrence(it, story, by_day)) is not None:
            own[id(it)] = o
            days[it.doc.id, o].add(it.claim.value.start[:10])
    return {} if any(len(d) > 1 for d in days.values()) else own


def _story_event(rule: Rule, selected: list[Item]) -> str | None:
    """The event the articles are about, for claims that name none ("after 184 days"): the
    event most of the others name, when it is clearly the most named (twice, and twice as
    often as any other)."""
    if "event" not in rule.keys:
        return None
    counts: dict[str, int] = defaultdict(int)
    for it in selected:
        event = it.get("event")
        if event and event != TOPIC_EVENT:
            counts[event] += 1
    if not ATTACK_KINDS.isdisjoint(counts):
        for word in ATTACK_WORDS:  # "stormed", "the attack": the attack the story names
            counts.pop(word, None)
    own = [e for e in counts if e in TOPIC_KINDS]
    if len(own) == 1:
        return own[0]  # the one event of the story's own kind named: a strike, a fire, a quake
    if rule.expect.kind == "same_duration":
        # "found after nine days" and "rescued after 17 days" are lengths to two milestones:
        # only a story event of its own kind (a strike, a fire) stands for "after N days"
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


#: How extraction marks a holder it took for the article's own topic (``identity._topic``).
_ABOUT = " (what the article is about)"


def _topic_names(selected: list[Item]) -> frozenset[str]:
    """Names some article of the run is about (its dominant name, which extraction reads as no
    holder): "in Sohag" in one article is no part of the story when another is about Sohag."""
    return frozenset(f" {ev[:-len(_ABOUT)].lower()} " for it in selected
                     if (ev := it.claim.evidence.get("subject") or "").endswith(_ABOUT))


def _key(rule: Rule, it: Item, at: int | None, topics: frozenset[str]) -> tuple:
    """The claim's values of the rule's keys; a place a figure is given "in" that some article
    of the run is about counts as no holder (the story's place, not a part of it)."""
    key = tuple(it.get(k) for k in rule.keys)
    if at is not None and key[at] and key[at] != UNKNOWN and topics \
            and (it.claim.evidence.get("subject") or "").split()[:1] in (["in"], ["at"], ["near"]) \
            and any(f" {key[at]} " in t for t in topics):
        key = key[:at] + (None,) + key[at + 1:]
    return key


def _subjects(keys: list[tuple], at: int) -> dict[tuple, set]:
    """For each block but its subject (``keys``: the claims' key values), the subjects named
    for it."""
    named: dict[tuple, set] = defaultdict(set)
    for key in keys:
        if key[at] is not None and key[at] != UNKNOWN:
            named[key[:at] + key[at + 1:]].add(key[at])
    return named


def _focus_pairs(rule: Rule, block: list[Item], focus: frozenset[str]):
    """The pairs of ``block`` with at least one claim in a checked document, in block order."""
    position = {id(it): i for i, it in enumerate(block)}
    checked = [it for it in block if it.doc.id in focus]
    for a in checked:
        for b in block:
            if b is a or (b.doc.id in focus and position[id(b)] < position[id(a)]):
                continue  # each pair of checked claims once
            first, second = (a, b) if position[id(a)] < position[id(b)] else (b, a)
            yield first, second, _skip(rule, first, second, focus)


def _skip(rule: Rule, a: Item, b: Item, focus: frozenset[str] | None) -> str | None:
    sa, sb = speaker_key(a), speaker_key(b)
    if sa and sb and sa != sb and not (rule.expect.kind == "nondecreasing" and a.get("reported") != b.get("reported")):
        # (bodies' tolls of different days: an update or a fall, not a dispute)
        return f"attributed to different sources ({a.claim.speaker} vs {b.claim.speaker}): reporting a dispute is not an error"
    if rule.compare == "across_sources":
        if a.doc.group == b.doc.group:
            return "same source group (one story, or syndicated copies of it)"
        if focus is not None and a.doc.id not in focus and b.doc.id not in focus:
            return "neither claim is in a checked document"
    elif rule.compare == "in_document":
        if a.doc.id != b.doc.id:
            return "different documents"
        if focus is not None and a.doc.id not in focus:
            return "not in a checked document"
        if a.claim.enumeration and a.claim.enumeration == b.claim.enumeration:
            return "items of one list: different figures by construction"
        if a.claim.evidence.get("restates") in (b.claim.text,) or b.claim.evidence.get("restates") in (a.claim.text,):
            return "one figure and its conversion"
        if figures_of_one_sentence(a, b):
            return "two values of one measure in one sentence: two figures it tells apart, not one figure given twice"
        if moments_of_one_sentence(a, b):
            return "two times in one sentence in one zone: two moments (\"between 2:48 and 4:21\"), not one event dated twice"
    return None


def _before_as_of(it: Item, fi: FactItem) -> str | None:
    as_of = fi.fact.as_of
    if as_of and it.doc.published and it.doc.published < dt.date.fromisoformat(as_of):
        return f"published {it.doc.published}, before the fact's as-of date {as_of}"
    return None


def judge(rule: Rule, a: Item, b: Item | FactItem, ruleset: RuleSet, attacker_died: int = 0) -> Outcome:
    if isinstance(b, FactItem):
        return compare(a.claim.value, b.value, rule.expect)
    va, vb = a.claim.value, b.claim.value
    if isinstance(va, OrderValue) and isinstance(vb, OrderValue) and ruleset is not None:
        va, vb = _canonical_order(va, ruleset), _canonical_order(vb, ruleset)
    # a toll of a story in which an attacker died may count him or not: one apart is one toll
    # (two apart when two attackers died)
    allowance = float(attacker_died) if rule.expect.kind == "nondecreasing" else 0.0
    return compare(va, vb, rule.expect, (_day(a.get("reported")), _day(b.get("reported"))),
                   (a.claim.text, b.claim.text), allowance)


def attacker_died_in(items: list[Item]) -> int:
    """How many attackers an article of the run says died (extract.perpetrator): 0 when none
    says one did."""
    return max((attackers_dead(n[len(PERPETRATOR):]) for it in items for n in it.claim.notes
                if n.startswith(PERPETRATOR)), default=0)


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def judge_one(rule: Rule, it: Item) -> Outcome:
    """A claim checked on its own (``compare: each claim``)."""
    value = it.claim.value
    if rule.expect.kind == "weekday_matches" and isinstance(value, TimeValue):
        actual = weekday_mismatch(value)
        if actual:
            return Outcome(Verdict.CONTRADICTORY, {"a": value.timex, "weekday": value.weekday or "",
                                                   "difference": f"{value.start[:10]} was a {actual}, not a {value.weekday}"})
        return Outcome(Verdict.CONSISTENT, {})
    return Outcome(Verdict.NOT_COMPARABLE, {"reason": f"'{rule.expect.kind}' needs two claims"})


def _canonical_order(v: OrderValue, ruleset: RuleSet) -> OrderValue:
    return v.model_copy(update={"first": ruleset.event_head(v.first) or v.first,
                                "second": ruleset.event_head(v.second) or v.second})


def evaluate(ruleset: RuleSet, documents: list[Document], claims: list[Claim],
             focus: Iterable[str] | None = None) -> list[Finding]:
    """All findings of ``ruleset`` over ``claims``, sorted. With ``focus`` (document ids), only
    findings that involve those documents; pairs of other documents are not compared."""
    items = items_for(ruleset, documents, claims)
    focus_set = frozenset(focus) if focus is not None else None
    attacker_died = attacker_died_in(items)
    findings: list[Finding] = []
    for rule in ruleset.rules:
        if rule.compare == "each":
            findings.extend(single_finding(rule, it, outcome) for it in select(rule, items)
                            if (focus_set is None or it.doc.id in focus_set)
                            and (outcome := judge_one(rule, it)).verdict is Verdict.CONTRADICTORY)
            continue
        if focus_set is None and rule.expect.kind in GROUPED and rule.compare != "against_facts":
            findings.extend(_grouped(rule, select(rule, items)))
            continue
        # One finding per claim and contradicting source group: copies of one story count once.
        # When checking a draft, one finding per draft claim lists every group it contradicts.
        merged: dict[tuple, list[tuple[Item, Item, Outcome]]] = {}
        for a, b, skip in candidates(rule, select(rule, items), ruleset, focus_set):
            if skip is not None:
                continue
            outcome = judge(rule, a, b, ruleset, attacker_died)
            if outcome.verdict is not Verdict.CONTRADICTORY:
                continue
            if isinstance(b, FactItem):
                findings.append(fact_finding(rule, a, b, outcome))
                continue
            if focus_set is not None:
                if b.doc.id in focus_set and a.doc.id not in focus_set:
                    a, b = b, a  # the checked document first
                key: tuple = (a.claim.id,) if b.doc.id not in focus_set else (a.claim.id, b.claim.id)
            elif rule.expect.kind == "nondecreasing":
                # A toll that falls: one finding per later, lower figure, listing every earlier
                # report it falls below (copies of one story count once).
                if (b.get("reported") or "") > (a.get("reported") or ""):
                    a, b = b, a
                key = ("later", a.doc.group, repr(a.claim.value), a.get("measure"))
            else:
                a, b = sorted((a, b), key=lambda it: (it.doc.id, it.claim.start))
                # Copies of a story in one group give the same figure: one finding per pair of groups.
                key = (frozenset({(a.doc.group, repr(a.claim.value), a.get("measure")),
                                  (b.doc.group, repr(b.claim.value), b.get("measure"))}),)
            merged.setdefault(key, []).append((a, b, outcome))
        if focus_set is None and rule.expect.kind == "nondecreasing":
            merged = _revisions(_lone_earlier(merged))
        for key, group in merged.items():
            if focus_set is None and key[0] == "revised":
                findings.append(revision_finding(rule, group))
            elif focus_set is None and key[0] in ("later", "earlier"):
                findings.append(_merge(rule, group))
            elif focus_set is None:  # copies of one pair of stories: the first pair stands for all
                a, b, outcome = min(group, key=lambda t: (t[0].doc.id, t[0].claim.start, t[1].doc.id, t[1].claim.start))
                findings.append(pair_finding(rule, a, b, outcome))
            else:
                findings.append(_merge(rule, group))
    findings.sort(key=_order)
    return findings


def _grouped(rule: Rule, selected: list[Item]) -> list[Finding]:
    """One finding per block whose values fall into groups that disagree (``groups.py``)."""
    out = []
    blocks = blocks_of(rule, selected)
    for key in sorted(blocks, key=repr):
        # A converted figure in brackets restates the one before it: not a second voice (its
        # rounding is no contradiction). A converted time is checked: a wrong conversion is one;
        # a length given twice ("over 5 months, a total of 148 days") is given precisely once.
        # A time converted into a zone the tool does not know ("5:00 p.m. (9:00 p.m. in
        # Spain)", "2:30 pm (1.30pm, UAE)") cannot be checked, and is no second voice either.
        block = blocks[key]
        if any("restates" in it.claim.evidence for it in block):
            unzoned = {(it.doc.id, it.claim.text) for it in block
                       if isinstance(it.claim.value, TimeValue) and it.claim.value.zone is None}
            block = [it for it in block if not _unchecked_restatement(it, unzoned)]
        parts = [block] if rule.compare == "across_sources" else _per_document(block)
        for part in parts:
            for groups in value_groups(rule, part):
                out.append(group_finding(rule, groups, judge))
    return out


def _unchecked_restatement(it: Item, unzoned: set[tuple[str, str]]) -> bool:
    """True for a figure in brackets that restates the one before it and cannot be checked
    against it: a converted quantity (rounded again), or a time when its zone or the zone of
    the time it restates was not read (``unzoned``: the block's times without one)."""
    said = it.claim.evidence.get("restates")
    if said is None:
        return False
    if it.claim.kind == "quantity":
        return True
    return it.claim.kind == "time" and ((it.doc.id, it.claim.text) in unzoned or (it.doc.id, said) in unzoned)


def _per_document(block: list[Item]) -> list[list[Item]]:
    """The block's claims per document, without items of one list: two items of a list that
    land in one block are two figures whose labels could not be read, not one figure twice."""
    docs: dict[str, list[Item]] = defaultdict(list)
    for it in block:
        docs[it.doc.id].append(it)
    out = []
    for items in docs.values():
        lists = defaultdict(int)
        for it in items:
            if it.claim.enumeration:
                lists[it.claim.enumeration] += 1
        items = [it for it in items if lists.get(it.claim.enumeration, 0) < 2]
        if len(items) >= 2:
            out.append(items)
    return out


def _figure(value) -> str:
    """A value as a figure, whatever noun it was written with: "at least 75 dead" in a headline
    and "at least 75" in the story are one report's one figure."""
    if isinstance(value, QuantityValue):
        return repr((value.low, value.high))
    return repr(value)


def _lone_earlier(merged: dict[tuple, list]) -> dict[tuple, list]:
    """When later figures fall below only one earlier report, and two or more later reports do,
    that earlier figure is the odd one (a toll of another accident the article recalls, a
    misprint): one finding about it, listing the later reports, instead of one for each of
    them."""
    only: dict[tuple, tuple] = {}  # later finding -> the one earlier report it falls below
    for key, group in merged.items():
        earlier = {(b.doc.group, _figure(b.claim.value)) for _, b, _ in group}
        if len(earlier) == 1:
            only[key] = earlier.pop()
    shared = Counter(only.values())
    out: dict[tuple, list] = {}
    for key, group in merged.items():
        e = only.get(key)
        if e is not None and shared[e] >= 2:
            out.setdefault(("earlier",) + e, []).extend((b, a, outcome) for a, b, outcome in group)
        else:
            out[key] = group
    return out


def _revisions(merged: dict[tuple, list]) -> dict[tuple, list]:
    """Later reports of different source groups that give one lower figure of one measure (a
    toll revised down, 19 to 17, repeated by every outlet after the revision): one finding
    listing them all, instead of one for each."""
    def figure(key: tuple, group: list) -> tuple:
        return (_figure(group[0][0].claim.value), key[3])  # "17" and "17 people": one figure

    by_figure: dict[tuple, int] = Counter(figure(key, group) for key, group in merged.items() if key[0] == "later")
    out: dict[tuple, list] = {}
    for key, group in merged.items():
        if key[0] == "later" and by_figure[figure(key, group)] >= 2:
            out.setdefault(("revised",) + figure(key, group), []).extend(group)
        else:
            out[key] = group
    return out


def _merge(rule: Rule, group: list[tuple[Item, Item, Outcome]]) -> Finding:
    """A finding for one claim and every source group that contradicts it (one claim per
    group, the first by document id)."""
    seen: dict[str, tuple[Item, Item, Outcome]] = {}
    for a, b, outcome in sorted(group, key=lambda t: (t[0].doc.id, t[0].claim.start, t[1].doc.id, t[1].claim.start)):
        seen.setdefault(b.doc.group, (a, b, outcome))
    pairs = list(seen.values())
    return pair_finding(rule, pairs[0][0], pairs[0][1], pairs[0][2], [b for _, b, _ in pairs[1:]])


def _order(f: Finding):
    first = f.claims[0]
    return (first.path, first.start, f.rule, [(c.path, c.start) for c in f.claims[1:]], f.fingerprint)

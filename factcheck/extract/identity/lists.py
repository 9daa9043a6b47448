"""Figures read together: lists of parallel figures ("a 27% tariff on Brazil, 18% on Chile and
39% on Peru"), figures that leave their measure to the one before ("1,000 houses were
destroyed in Kunar, and 3,000 across the province"), and conversions in brackets ("435 miles
(700 kilometres)").

Items of one list are different figures by construction: each keeps its own subject, and none
is ever compared with another item of the same list. A conversion is the same figure again."""

from __future__ import annotations

import re

from ...models import QuantityValue
from ...units import dimension
from ..mention import Mention
from .lexicon import GROUP_SYNONYMS, PERSON_GROUPS

#: Groups of people named in more than one word ("cabin crew", "foreigner").
_GROUPS = frozenset(GROUP_SYNONYMS.values())
from .quantity import UNKNOWN, Identity
from ..units_text import singular

#: What may stand between two items of one list: their labels and a separator.
_GAP = 80
_SEPARATOR = re.compile(r"[,;]|\band\b|\bwhile\b|\bwith\b|\u2014|\u2013", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:said|says|told|added|according)\b", re.I)
_CONVERSION = re.compile(r"\A[ \t]*(?:-?[ \t]*(?:long|wide|high|tall|deep|thick|tonnes?|tons?)[ \t]*)?"
                         r"\((?:about|around|roughly|some|or|nearly)?[ \t]*\Z", re.I)


def _respectively(text: str, mentions: list[Mention], idents, out: list[str | None]) -> None:
    """"75 metres and 45 metres respectively": each figure belongs to another of the things
    named before, so they form a list whatever their labels."""
    for k, m in enumerate(mentions):
        if m.kind != "quantity" or not re.match(r"[ \t,]*respectively\b", text[m.end:m.end + 20], re.I):
            continue
        members = [k]
        x = k - 1
        while x >= 0 and mentions[x].kind == "quantity" and len(text[mentions[x].end:mentions[x + 1].start]) < 12 \
                and re.search(r",|\band\b", text[mentions[x].end:mentions[x + 1].start]):
            members.append(x)
            x -= 1
        if len(members) >= 2:
            for y in members:
                out[y] = f"list@{mentions[min(members)].start}"


def link(text: str, mentions: list[Mention], idents: list[Identity | None]) -> list[str | None]:
    """The list id of each mention (None when it is in no list), after filling in measures that
    an item leaves to the item before it and copying the identity of a figure to its
    conversion in brackets. ``idents`` is updated in place."""
    out: list[str | None] = [None] * len(mentions)
    quantities = [k for k, m in enumerate(mentions) if m.kind == "quantity" and idents[k] is not None]
    run: list[int] = []
    for a, b in zip(quantities, quantities[1:]):
        ma, mb = mentions[a], mentions[b]
        ia, ib = idents[a], idents[b]
        assert ia is not None and ib is not None
        gap = text[ma.end:mb.start]
        if _CONVERSION.match(gap) and _same_dimension(ma, mb):
            _copy(ia, ib, text[ma.start:ma.end])
            continue
        if len(gap) > _GAP or not _SEPARATOR.search(gap) or _CLAUSE_VERB.search(gap) \
                or not _same_dimension(ma, mb):
            _close(text, run, mentions, idents, out)
            run = []
            continue
        if ib.measure is None and ia.measure is not None and not ia.attribute and _elliptical(text, mb, gap):
            ib.measure = ia.measure
            ib.evidence["measure"] = f"{ia.evidence.get('measure', ia.measure)} (the figure before)"
            if (ia.scope or "").startswith("part") and ib.scope is None:
                # "Ten of the victims were from Wardha, seven from Pune, four from Nagpur":
                # the items after a part are parts too (each its own), never the whole
                label = _LABEL_AFTER.match(text, mb.end)
                ib.scope = f"part: {label[1].lower()}" if label else "part: a breakdown"
                ib.evidence["scope"] = f"{text[ma.start:mb.end]} (items of a breakdown)"
        if not run:
            run = [a]
        run.append(b)
    _close(text, run, mentions, idents, out)
    _included(text, mentions, idents)
    _respectively(text, mentions, idents, out)
    _group_carried(text, mentions, idents)
    return out


#: Between a figure and a part of it: "…, including 82 Iranians", "…, among them 63 Canadians".
_INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom)[ \t]*\Z", re.I)


#: Counts of people named by a relational noun ("the death toll … rose to 42"), whose parts
#: "of whom" or "including" name, as they do for "42 people killed".
_TOLLS = frozenset({"killed", "injured"})
#: The group a bare part is, written after it: "of whom 37 **are students**".
_GROUP_AFTER = re.compile(r"[ \t]+(?:are|were|was|is)[ \t]+(?:all[ \t]+)?(?P<g>[A-Za-z]+)\b")


_LIST_GAP = re.compile(r"\A[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)\Z")


def _included(text: str, mentions: list[Mention], idents: list[Identity | None]) -> None:
    """"carrying 167 passengers and nine crew, including 82 Iranians, 63 Canadians and 11
    Ukrainians": groups of people named as part of a count of people share its predicate
    (82 Iranians were aboard), each with its own scope."""
    source: Identity | None = None
    chain: list[Identity] = []
    for k in range(1, len(mentions) + 1):
        ia, ib = idents[k - 1], idents[k] if k < len(mentions) else None
        if ia is None or ib is None or mentions[k].kind != "quantity":
            source = None
            _ages_apart(chain)
            continue
        gap = text[mentions[k - 1].end:mentions[k].start]
        if ((ia.measure or "").startswith("people ") or ia.measure in _TOLLS) and _INCLUDING.search(gap) \
                and len(gap) < _GAP and not _CLAUSE_VERB.search(gap):
            _ages_apart(chain)
            source = ia
            if ib.measure is None and ib.scope is None and (named := _GROUP_AFTER.match(text, mentions[k].end)) \
                    and singular(named["g"].lower()) in PERSON_GROUPS:
                # "the death toll has risen to 42, of whom 37 are students": the students
                # among the dead
                ib.scope, ib.evidence["scope"] = singular(named["g"].lower()), named.group().strip()
        elif source is None or not _LIST_GAP.match(gap):
            source = None
            _ages_apart(chain)
            continue
        group = ib.measure in PERSON_GROUPS or singular(ib.measure or "-") in PERSON_GROUPS
        if (ib.measure is None and ib.scope and ib.scope != "?") or group:
            if group:  # "including 20 children": the children among them
                ib.scope, ib.evidence["scope"] = singular(ib.measure), text[mentions[k].start:mentions[k].end]
            ib.measure = source.measure
            ib.evidence["measure"] = f"{source.evidence.get('measure', source.measure)} (the figure they are part of)"
            chain.append(ib)
        else:
            source = None
            _ages_apart(chain)


#: Groups of people by age, whose bounds each outlet draws its own way: "seven children and
#: three babies" counts the babies apart, where another outlet's "10 children" takes them in.
_AGE_GROUPS = frozenset("child baby infant toddler minor teenager teen adult adolescent".split())


def _ages_apart(chain: list[Identity]) -> None:
    """Close a run of included groups: when it names two age groups, each is counted without
    the other, a scope of its own ("child, besides baby")."""
    ages = {it.scope for it in chain if it.scope in _AGE_GROUPS}
    if len(ages) > 1:
        for it in chain:
            if it.scope in ages:
                others = ", ".join(sorted(ages - {it.scope}))
                it.scope = f"{it.scope}, besides {others}"
    chain.clear()


#: Between a group's figure and a bare number that goes on counting the same group: its
#: verb and "and" ("27 children died and 10 were injured").
_VERB_AND = re.compile(r"\A[ \t]+(?:[\w'\u2019-]+[ \t]+){1,6}?(?:and|while|but)[ \t]+\Z", re.I)


def _group_carried(text: str, mentions: list[Mention], idents: list[Identity | None]) -> None:
    """"27 children died and 10 were injured": the bare number counts the same group as the
    figure before it (children), so it is not set against a count of everyone injured."""
    for k in range(1, len(mentions)):
        ma, mb = mentions[k - 1], mentions[k]
        ia, ib = idents[k - 1], idents[k]
        if ia is None or ib is None or ma.kind != "quantity" or mb.kind != "quantity":
            continue
        va, vb = ma.value, mb.value
        if not (isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)) or vb.unit != "count":
            continue
        group = singular(va.unit.lower())
        if ib.scope is not None or (va.unit.lower() not in PERSON_GROUPS and group not in PERSON_GROUPS):
            continue
        if _VERB_AND.match(text[ma.end:mb.start]) and ia.scope:
            ib.scope = ia.scope
            ib.evidence["scope"] = f"{text[ma.start:ma.end]} (the group before)"


#: An existential before a list's first item: "There were 17 babies in the unit and …".
_THERE_WERE = re.compile(r"\b[Tt]here\s+(?:were|are|was|is|have\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}$")


_OWN_VERB = re.compile(r"\s+(?:were|was|are|is|have|has|had|died|survived)\b")


def _share(text: str, run: list[int], mentions: list[Mention], idents: list[Identity | None]) -> None:
    """"178 adult passengers, one child and two infants on board": the predicate written once
    for a list of groups of people is each group's ("178 adult passengers" are aboard). A verb
    between the items gives the first its own predicate ("11 people were rescued while two
    children are missing"): nothing is shared."""
    if any(_FINITE.search(text, mentions[a].end, mentions[b].start) for a, b in zip(run, run[1:])):
        return
    if _THERE_WERE.search(text, max(0, mentions[run[0]].start - 40), mentions[run[0]].start) \
            and _OWN_VERB.match(text, mentions[run[-1]].end):
        # "There were 17 babies in the unit and seven were rescued": the first has its own
        # verb, and so has the last ("There were 55 passengers and six crew on the plane"
        # shares "on the plane")
        return
    shared = {it.measure for k in run if (it := idents[k]) is not None and (it.measure or "").startswith("people ")}
    if len(shared) != 1:
        return
    measure = shared.pop()
    for k in run:
        it = idents[k]
        if it is None or it.measure is None or (it.measure not in PERSON_GROUPS and it.measure not in _GROUPS):
            continue
        after = _WORD_AFTER.match(text, mentions[k].end)
        if after and (after[1] in _PARTICIPLES or after[1].endswith("ed") and len(after[1]) > 4):
            continue  # "10 officers shot, with three reported dead": its own verb, not the list's
        group = it.measure if it.measure in _GROUPS else singular(it.measure)
        scope = it.scope if it.scope != "?" else None  # the list's predicate says which they are
        it.scope = f"{scope} {group}" if scope and scope != group else group
        it.evidence["measure"] = f"{it.evidence.get('measure', it.measure)} ({measure}, said of the list)"
        it.measure = measure
    _ages_apart([it for k in run if (it := idents[k]) is not None])


def _close(text: str, run: list[int], mentions: list[Mention], idents: list[Identity | None],
           out: list[str | None]) -> None:
    """Mark ``run`` a list when its items carry different labels for one measure."""
    if len(run) < 2:
        return
    _share(text, run, mentions, idents)
    items = [idents[k] for k in run]
    labels = {(it.subject, it.scope) for it in items if it is not None}
    measures = {it.measure for it in items if it is not None}
    if len(labels) < 2 and len(measures) == 1 and _bare_series(text, run, mentions):
        # "a vote share of 49.56 per cent, 23.58 per cent, 58.43 per cent and 58 per cent":
        # different values side by side are different figures, whose labels were not read
        for k in run:
            it = idents[k]
            if it is not None and it.subject is None:
                it.subject, it.evidence["subject"] = UNKNOWN, "one of a list whose labels were not read"
        labels = {(UNKNOWN, k) for k in run}
    if len(labels) < 2 or len(measures) != 1:
        return  # the same figure twice, or figures of different measures: not a list
    list_id = f"list@{mentions[run[0]].start}"
    for k in run:
        out[k] = list_id


def _bare_series(text: str, run: list[int], mentions: list[Mention]) -> bool:
    """Three figures or more with nothing but separators between them, not all of one value."""
    if len(run) < 3:
        return False
    for a, b in zip(run, run[1:]):
        if _BARE_GAP.fullmatch(text[mentions[a].end:mentions[b].start]) is None:
            return False
    values = {(mentions[k].value.low, mentions[k].value.high) for k in run}
    return len(values) > 1


_BARE_GAP = re.compile(r"[ \t]*(?:,|;)?[ \t]*(?:and|or)?[ \t]*", re.I)


def _elliptical(text: str, m: Mention, gap: str) -> bool:
    """A figure that leaves its measure to the one before: nothing but a label between the last
    separator and it ("…, 18% on Chile"), and no noun of its own after it ("…, and 3,000 across
    the province", not "…, with over 200 family members")."""
    if len(gap) > 60 or _SUBORDINATE.search(gap):
        return False  # "32 were killed when a plane with 72 people…": another clause's figure
    tail = _SEPARATOR.split(gap)[-1]
    if _VERBISH.search(tail):
        return False
    after = _WORD_AFTER.match(text, m.end)
    return after is None or after.group(1).lower() in _NOT_NOUNS


_SUBORDINATE = re.compile(r"\b(?:when|after|before|because|since|until|where|which|who|whom|whose|that|if)\b", re.I)
_VERBISH = re.compile(r"\b\w+(?:ed|ing)\b|\b(?:is|are|was|were|has|have|had|said|says)\b", re.I)
#: Irregular participles that give a list item its own predicate ("10 officers shot").
_PARTICIPLES = frozenset("shot hit hurt struck taken held caught beaten stabbed run cut burnt left "
                         "lost found seen bitten thrown hanged hung".split())
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|been|said|says|remain|remained)\b", re.I)
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
#: The label of a list item, after its figure: "seven from Pune" -> "from Pune".
_LABEL_AFTER = re.compile(r"[ \t]+((?:from|in|at|of|on)[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*)")
_NOT_NOUNS = frozenset("in on at across for from to of by and or but with among each apiece "
                       "respectively percent per cent more".split())


def _same_dimension(a: Mention, b: Mention) -> bool:
    va, vb = a.value, b.value
    if not (isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)):
        return False
    return dimension(va.unit) == dimension(vb.unit)


def _copy(src: Identity, dst: Identity, words: str) -> None:
    dst.measure, dst.subject, dst.scope = src.measure, src.subject, src.scope
    dst.modality = src.modality
    dst.evidence = {**src.evidence, "restates": words}

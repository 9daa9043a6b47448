"""Identity of claims: what a figure measures, whose it is and what part of the whole it
covers, read from the words attached to it and carried on the claim, so that the engine
compares keys and never re-reads the text (docs/identity.md)."""

from __future__ import annotations

import re

from ...models import OrderValue, TimeValue
from ..mention import Mention
from .circumstance import lasting_of, reread
from .events import GENERIC_EVENT_NOUNS, NOUN_EVENTS, SCHEDULED, classify, event_lemma, known_classes
from .lexicon import OTHER_OCCURRENCE, SPEECH
from .lists import link
from .quantity import UNKNOWN, Identity, ordinal_before_time, ordinal_near, read, voting_round
from ..temporal import events as temporal_events  # read at call time: the modules import each other
from ..temporal.lexicon import MONTHS, WEEKDAYS
from ..temporal.verbs import AUXILIARIES, guess_lemma, lemma
from .tokens import DETERMINERS, NOT_NAMES, PREPOSITIONS, PRONOUNS, Sentence
from ..units_text import singular
from .topic import DocContext, document_context

_CLASSES_KNOWN = known_classes()

__all__ = ["DocContext", "Identity", "TOPIC_EVENT", "document_context", "identify", "topic_events"]

#: The event of a time that names none of its own: "the incident occurred at 1:30", "after 184
#: days". It stands for the article's main event of that kind (``topic_events``).
TOPIC_EVENT = "(the story's event)"
#: Events that say nothing of what happened: a time of one of them is the story's main event.
#: ("hit": "the storm struck Haiti", "a van struck pedestrians": the story's event striking)
_GENERIC_EVENTS = GENERIC_EVENT_NOUNS | frozenset("event it occur happen take place begin start unfold come hit".split())
#: What a source said is never an article's main event ("the ministry said on Sunday" in every
#: paragraph of a story about a crash): the verbs of saying, and the words a time of saying is
#: read under ("reported", "according to").
_SPOKEN = SPEECH | frozenset("report write reply explain tweet post according".split())
#: "met with an accident": had one (an idiom of Indian and British English), not a meeting.
_MET_WITH = re.compile(r"\bm(?:et|eets?|eeting)\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:accident|mishap)\b", re.I)
#: Light verbs that, without a subject, say only that something happened ("…, struck at 4:17").
_BARE_LIGHT = frozenset({"strike", "hit", "occur", "happen", "take place", "unfold", "come"})


def identify(text: str, sentence: tuple[int, int], mentions: list[Mention],
             doc: DocContext | None = None) -> list[Identity | None]:
    """The identity of each quantity mention of one sentence (None for other kinds); list
    membership is set on ``Identity.enumeration``."""
    if not mentions:
        return []
    doc = doc or DocContext()
    sent = Sentence(text, *sentence, capitalised=doc.capitalised)
    idents = [read(sent, m) if m.kind == "quantity" else _event(sent, m) for m in mentions]
    _restated_times(text, mentions, idents)
    _breakdowns(text, mentions, idents)
    _windows(text, mentions, idents)
    _norms(sent, mentions, idents)
    for ident, list_id in zip(idents, link(text, mentions, idents)):
        if ident is not None:
            ident.enumeration = list_id
            _clean_subject(ident)
            _topic(ident, doc)
            _contestant(ident)
    return idents


#: What "N others" can be besides the first count ("37 others injured"): another count.
_OTHER_HARM = re.compile(r"\s*(?:others?\s+)?(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+|remain\s+|still\s+)*"
                         r"(?:severely\s+|seriously\s+|critically\s+|badly\s+)?"
                         r"(?:injured|wounded|hurt|missing|hospitali[sz]ed|rescued|affected|displaced|arrested)\b", re.I)


_AND_BEFORE = re.compile(r"\band\s*$")
#: A count given for a place, then another after a comma or "and": "23 died inside the
#: church, two died outside", "four people were killed at the farm and three at the …".
_BY_SITE = re.compile(r"\b(?:inside|outside|at|in|on)\b[^,]*(?:,\s*(?:(?:and|while|whereas)\s+)?|\s+and\s+)$", re.I)
#: Words that make the second count the whole or a later count: "including", "of them",
#: "bringing the toll to", "up from", "rising to".
_NOT_PARTS = re.compile(r"\b(?:including|of\s+(?:whom|them)|among|bringing|brings|up|down|ris(?:ing|en)|"
                        r"from|to|total|toll|raising|taking)\b", re.I)
_STOPS = re.compile(r"[.;:]")


#: The rest of a count given apart after it: "eleven bodies were brought here and the rest three
#: were taken to the Civil Hospital", "while the remaining 5 were moved to Quetta".
_THE_REST = re.compile(r"[^.;:]{0,80}?\b(?:and|while|whereas|but)\s+the\s+(?:rest|remaining|other)\s+"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)


#: "…, and another nine in hospitals": a second count whose verb is the first's.
_AND_ANOTHER = re.compile(r"\band\s+(?:another|a\s+further)\s+$", re.I)
_ELLIPTIC = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|inside|outside|near|from|during|after|overnight)\b)", re.I)
#: A count that others are added to: "in addition to the 26 people who perished …, three more".
_ADDED_TO = re.compile(r"\b(?:in\s+addition\s+to|besides|on\s+top\s+of)\s+(?:the\s+)?"
                       r"(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost)\s+)?$", re.I)


def _breakdowns(text: str, mentions: list[Mention], idents: list) -> None:
    """"Sixteen persons died because of burns and three others from injuries": a count
    followed by "and N others" counted for the same thing (or for nothing the sentence
    repeats) is one part of a breakdown, not the whole ("290 killed and 500 others injured"
    counts two things, the dead whole)."""
    for a in range(len(mentions)):
        first = idents[a]
        if first is None or mentions[a].kind != "quantity" or first.scope is not None or not first.measure:
            continue
        if _THE_REST.match(text, mentions[a].end):
            first.scope = "part: a breakdown"
            first.evidence["scope"] = f"{text[mentions[a].start:mentions[a].end]} … the rest (one part of a breakdown)"
            continue
        if _ADDED_TO.search(text, max(0, mentions[a].start - 40), mentions[a].start) and any(
                idents[b] is not None and idents[b].scope == "additional" and idents[b].measure == first.measure
                for b in range(a + 1, len(mentions))):
            # "in addition to the 26 people who perished at the market, three more victims
            # died": the count the sentence adds to is one part of the toll it implies
            first.scope = "part: a breakdown"
            first.evidence["scope"] = f"{text[mentions[a].start:mentions[a].end]} … more (one part of a breakdown)"
            continue
        for b in range(a + 1, min(len(mentions), a + 3)):
            other = idents[b]
            if other is None or mentions[b].kind != "quantity":
                continue
            between = text[mentions[a].end:mentions[b].start]
            if _AND_ANOTHER.search(between) and not _STOPS.search(between) \
                    and _ELLIPTIC.match(text, mentions[b].end):
                # "26 people had died at the market, and another nine in hospitals", "20 died
                # on Monday and another five on Tuesday": two parts of one count, the second
                # with its verb left out (so its measure is the first's)
                for ident in (first, other):
                    ident.scope = "part: a breakdown"
                    ident.evidence["scope"] = f"{text[mentions[a].start:mentions[b].end]} (one part of a breakdown)"
                other.measure = first.measure
                other.evidence["measure"] = f"{first.evidence.get('measure') or first.measure} (the verb left out)"
                break
            if other.scope == "others" and other.measure in (None, first.measure) \
                    and _AND_BEFORE.search(between) and not _STOPS.search(between) \
                    and not _OTHER_HARM.match(text, mentions[b].end):
                first.scope = "part: a breakdown"
                first.evidence["scope"] = f"{text[mentions[a].start:mentions[b].end]} (one part of a breakdown)"
            elif other.measure in (None, first.measure) and other.scope is None and not first.subject \
                    and _BY_SITE.search(between) and not _STOPS.search(between) \
                    and not _NOT_PARTS.search(between):
                # "23 people died inside the church, two died outside", "18 were killed in the
                # hotel and 10 … at the nearby Cappucino Cafe": counts by where
                for ident in (first, other):
                    ident.scope = "part: a breakdown"
                    ident.evidence["scope"] = f"{text[mentions[a].start:mentions[b].end]} (one part of a breakdown)"
            break


#: Words between a count and the length of time it was counted over: "622.7 mm of rain in
#: 24 hours", "12 deaths in the past 24 hours", "617.1 mm … over a three-day period".
_WINDOW = re.compile(r"^[^,;:.()]{0,40}?\b(?:in|over|within|during)\s+(?:the\s+|a\s+)?(?:past\s+|last\s+|first\s+|previous\s+)?$", re.I)


#: A span of dates after a count: "between June 1 and …", "from 1 to 15 August".
_RANGE_WINDOW = re.compile(r"^[^,;:.()]{0,40}?\b(?:between|from)\s+$", re.I)
_RANGE_END = re.compile(r"\s*(?:and|to|-|–)\s*\w", re.I)


def _windows(text: str, mentions: list[Mention], idents: list) -> None:
    """A count given over a stated length of time is the count of that window ("20 deaths in
    24 hours", "622.7 mm of rain in 24 hours"), not the total: its scope names the window."""
    for a in range(len(mentions) - 1):
        ident, b = idents[a], mentions[a + 1]
        if ident is None or mentions[a].kind != "quantity" or ident.scope is not None or b.kind not in ("duration", "time"):
            continue
        between = text[mentions[a].end:b.start]
        if b.kind == "time":
            if _RANGE_WINDOW.match(between) and ("/" in (getattr(b.value, "timex", "") or "") or _RANGE_END.match(text, b.end)):
                # "2091.1 mm of rainfall between June 1 and August 15": the count of that span
                words = " ".join(text[b.start:b.end].lower().split())
                ident.scope = f"{between.split()[-1].lower()} {words}"
                ident.evidence["scope"] = f"{text[mentions[a].start:b.end]} (a count over a span of dates)"
            continue
        casualties = any(w in (ident.measure or "") for w in ("kill", "dead", "death", "died", "injur", "wound"))
        written = " ".join(text[b.start:b.end].lower().split())
        words = re.sub(r"^(?:the\s+)?(?:past|last|previous)\s+", "", written)
        if _WINDOW.match(between) and (not casualties or words != written or re.search(r"\b(?:past|last)\s+$", between)):
            # ("the storm killed 20 people in two days" is its toll; "in the past 24 hours", a day's)
            ident.scope = f"over {words}"
            ident.evidence["scope"] = f"{text[mentions[a].start:b.end]} (a count over a window of time)"


#: Words that make a figure a norm, not the event's: "the city's average annual rainfall".
_NORM_WORDS = frozenset("average annual yearly normal typical usual".split())


def _norms(sent, mentions: list[Mention], idents: list) -> None:
    """A figure the words before it in its clause call an average or a norm ("the city's
    average annual rainfall is 641mm") is a norm, apart from what the event brought."""
    low = sent.raw.lower()
    if not any(w in low for w in _NORM_WORDS):
        return  # most sentences: no word of a norm at all
    for m, ident in zip(mentions, idents):
        if ident is None or m.kind != "quantity" or ident.scope is not None:
            continue
        before = sent.text[max(sent.lo, m.start - 60):m.start].lower()
        clause = re.split(r"[,;:()]|\b(?:and|but|while|which|that)\b", before)[-1]
        if not _NORM_WORDS.isdisjoint(re.findall(r"[a-z]+", clause)):
            ident.scope = "average"
            ident.evidence["scope"] = f"{clause.strip()} (a norm)"


_WEEKDAYS_MONTHS = ("monday tuesday wednesday thursday friday saturday sunday january february march "
                    "april may june july august september october november december")
#: Words that never hold a figure: days, quantifiers, pronouns ("Thursday", "all", "dozen").
_NOT_HOLDERS = frozenset((_WEEKDAYS_MONTHS + " today tonight yesterday tomorrow morning afternoon "
                          "evening night week month year all both some many most several dozen dozens "
                          "up down it they he she we them this that these those there "
                          # a clock's zone ("UPDATE 21:40 UTC About 80 passengers")
                          "utc gmt est edt cst cdt mst mdt pst pdt bst cet cest ist jst "
                          # a live blog's entry label ("UPDATE 22:12 UTC …")
                          "update updated breaking latest "
                          # words read where a holder stands that name none: "winds of maximum
                          # sustained …", "which previously had four seats", "shots rang out"
                          "said previously out and also maximum minimum average total overall "
                          # the measure itself ("Death toll exceeds 50")
                          "death deaths toll").split())
#: Verbs of saying: a subject read through one ("Esparza says there were 97 passengers") is
#: the speaker and the clause, not whose figure it is.
_SAYING = frozenset("say says said tell tells told report reports reported".split())
#: The story's own event is no holder of its figures ("the explosion that killed 20").
_EVENT_HEADS = frozenset(NOUN_EVENTS) | frozenset(
    "tragedy disaster incident accident stampede crush attack attacks bombing bombings shooting "
    "explosions blasts crashes collapses fires quakes earthquakes floods".split())
_TRAILING = frozenset("that which who whom was were is are has have had".split())


def _clean_subject(ident: Identity) -> None:
    """A subject read from the words before a figure can be a day ("Thursday"), a quantifier
    ("all", "dozen"), the story's event ("the explosion that …") or carry a clause's first
    word ("Grenfell Tower was"): none of these says whose figure it is. Keep the name, drop
    the rest."""
    s = ident.subject
    if not s or s == "?":
        return
    words = [w.strip("\u2022\u00b7*") for w in s.split()]
    words = [w for w in words if w]
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    while words and (words[0].lower().endswith("-born") or words[0].lower() in ("fatal", "deadly", "the")):
        words.pop(0)  # "Manchester-born Salman Abedi" is Salman Abedi
    if not words or all(w.lower() in _NOT_HOLDERS for w in words) or words[-1].lower() in _EVENT_HEADS \
            or _a_clause(words) \
            or _SAYING.intersection(w.lower() for w in words[1:]) \
            or words[0].lower() in ("till", "until", "by", "at"):  # "turnout till 5 pm"
        ident.subject = None
        ident.evidence["subject"] = f"{s} (not whose figure it is)"
        return
    ident.subject = " ".join(words)


#: Words that make a phrase a clause, not a name: a form of "be" or "have", "there", a
#: conjunction ("the storm was packing maximum …", "the figure is there", "Lula nor Bolsonaro").
_CLAUSE_WORDS = frozenset("is was were are be been being has have had there however nor or".split())


def _a_clause(words: list[str]) -> bool:
    """True when the words read where a holder stands are a piece of a clause, not whose
    figure it is: a verb of being or having, "there", a conjunction, an adverb in lower case
    ("ultimately", "originally", "early Friday"), or a lower-case participle that opens it
    ("packing maximum sustained winds", "providing insight", "approaching the curve")."""
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return True
    if any(w.islower() and w.endswith("ly") and len(w) > 4 for w in words):
        return True
    first = words[0]
    return first.islower() and first.endswith("ing") and len(first) > 5


_RESTATE_GAP = __import__("re").compile(r"\s*(?:local\s+time\s*)?(?:\(|or\b|/|,\s*or\b|\(or\b|which\s+is\b)\s*(?:at\s+)?$", 2)


_RESTATE_DURATION = __import__("re").compile(r"\s*(?:\(|,\s*(?:or|a\s+total\s+of|that\s+is|i\.e\.)\b)\s*(?:about|some|nearly|almost|around|over|more\s+than)?\s*$", 2)


def _restated_times(text: str, mentions: list[Mention], idents: list[Identity | None]) -> None:
    """"at 4.17 a.m. (0117 GMT)": a time in brackets right after another is the same moment,
    so it dates the same event; "over 5 months, a total of 148 days" is one length given twice."""
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if (a.kind == b.kind == "time" and _RESTATE_GAP.match(text[a.end:b.start])) or \
                (a.kind == b.kind == "duration" and _RESTATE_DURATION.match(text[a.end:b.start])) or \
                _appositive_day(text, a, b) and idents[k] is not None and idents[k].event is None:
            ia, ib = idents[k - 1], idents[k]
            if ia is not None and ib is not None:
                ib.event, ib.subject, ib.scope = ia.event, ia.subject, ia.scope
                ib.evidence = {**ia.evidence, "restates": text[a.start:a.end]}
            va, vb = a.value, b.value
            if isinstance(va, TimeValue) and isinstance(vb, TimeValue) and va.mod and not vb.mod:
                # "just after 2.30 p.m. (0730 GMT)": the conversion is as loose as the time it restates
                b.value = vb.model_copy(update={"mod": va.mod})


#: A weekday named last in a time ("last Friday", "Sunday"), and a calendar date first in one
#: ("May 6th, at 10:50 am", "6 May").
_ENDS_WITH_WEEKDAY = __import__("re").compile(rf"\b(?:{'|'.join(WEEKDAYS)})$", 2)
_STARTS_WITH_DATE = __import__("re").compile(rf"^(?:(?:{'|'.join(MONTHS)})\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{'|'.join(MONTHS)}))", 2)


def _appositive_day(text: str, a: Mention, b: Mention) -> bool:
    """True for a calendar date set off by a comma after a weekday that it names ("occurred
    last Friday, May 6th, at 10:50 am"): one day said twice, whose second saying dates the same
    event as the first. The event of the first is taken only when the second has none of its own."""
    return a.kind == b.kind == "time" and text[a.end:b.start].strip() == "," \
        and bool(_ENDS_WITH_WEEKDAY.search(text[a.start:a.end])) \
        and bool(_STARTS_WITH_DATE.match(text[b.start:b.end]))


def _event(sent: Sentence, m: Mention) -> Identity:
    """The identity of a date, time, duration or order claim: its event as a class ("took
    off" and "departed" are one departure), the event's participant when it names one, and
    "second" or "scheduled" when the event is another of its kind or a plan."""
    ident = Identity()
    words = sent.raw
    if isinstance(m.value, OrderValue):
        i, j = sent.span(m.start, m.end)
        lasting = _lasting_noun(sent, i, j)
        if lasting is not None:  # "the strike lasted 51 days before…": how long the strike lasted
            ident.event, ident.evidence["event"] = lasting
            return ident
        first, who = classify(m.value.first, words)
        second, _ = classify(m.value.second, words)
        first, second = first or m.value.first, second or m.value.second
        ident.order = (first, second)
        if m.value.relation == "after":
            ident.event = f"{first} after {second}"
        elif m.value.relation == "before":
            ident.event = f"{second} after {first}"
        ident.evidence["event"] = f"{m.value.first} / {m.value.second}"
        if first in _BATCHES and ident.scope is None and not _WHICH_BATCH.search(words):
            # "more bodies were recovered on Tuesday, four days after the fire" and "five days
            # after" on Wednesday: two batches, each its own time after the fire (but "the
            # last body was recovered 19 days after" is one)
            ident.scope, ident.evidence["scope"] = UNKNOWN, "one of several batches: which is not said"
        return _two_of_a_kind(ident)
    if m.kind == "duration":
        return _two_of_a_kind(_duration(sent, m, ident))
    phrase, agent = m.event, None
    if phrase and " by " in phrase:
        # a timeline entry's agent ("11:40 a.m.: The gunman entered …"): who did it, a key of
        # its own, so that "Police enter" at 11:44 is not the same event
        phrase, agent = phrase.rsplit(" by ", 1)
    cls, who = classify(phrase, words)
    if phrase in _BARE_LIGHT or phrase == "meet" and _MET_WITH.search(words):
        cls = TOPIC_EVENT  # "the bus met with an accident at 11:50 am": the story's event, no meeting
    i, j = sent.span(m.start, m.end)
    if phrase and phrase.split()[0] in _PLACING_VERBS and (
            phrase.split()[0] != "ring" or _shots_ring(sent, i)):
        # "the earthquake that struck Lombok … on Aug. 4", "the quake centred in Mashiki on
        # April 16": a verb that only places the event; the event is the noun it is said of
        # (never a labour strike). "Hit" keeps its place ("hit Cuba on Friday" is not "hit
        # the eastern Caribbean on Wednesday").
        noun = _event_noun_left(sent, i)
        if noun:
            cls, who = noun, None
        elif phrase.split()[0] != "strike":
            cls, who = TOPIC_EVENT, None
    before = _event_noun_before(sent, i)
    named = before[0] if before else None
    nxt = sent.word(j)
    if named is not None and nxt is not None and nxt.is_word and (nxt.verb or nxt.auxiliary) \
            and not nxt.low.endswith("s") and sent.tokens[i - 1].low != "of":
        # "the toll in the crash on Monday increased": the date is the verb's (but "the
        # general election of 9 June resulted in …" is the election's date)
        named = None
    if named is not None and before[1] > 0 and sent.tokens[before[1] - 1].low in ("their", "its", "his", "her"):
        # "the deal that ended their strike in September": whose strike, the pronoun does not
        # say here; unknown, as "its 203 seats" is
        ident.subject, ident.evidence["subject"] = UNKNOWN, "a possessive pronoun: whose is not said here"
    if named is None:
        named = _event_noun_after(sent, j, m)
    if named is not None:
        # "the general election on December 12", "the fire in June 2017": the noun the date
        # is attached to names the event, whatever the clause's verb
        cls, who = named, None
    reread_as = reread(cls, sent.text[:m.start]) if named is None else None
    if reread_as is not None:
        # "died in a fire … at 1.30 am", "crashed during the landing at 11:30", "the bridge
        # fell at 12:47": the event the words around the verb name
        cls, who = reread_as[0], None
    due = _due_before(sent, i)
    if due is not None and cls not in ("land",):
        # "due in Guangzhou at 15.07", "was due to land at 3:05": a scheduled arrival
        after = sent.tokens[due + 1:due + 3]
        if len(after) == 2 and after[0].low == "to" and after[1].is_word:
            # "due to land at 3:05" is a landing; "due to return it on 13 July", "due to end
            # later this month" are plans of their own verb, never a flight's arrival
            cls = classify(after[1].low, words)[0] or after[1].low
        else:
            cls = "land"  # "due in Guangzhou at 15.07", "due into Pulkovo at 12:10"
        ident.scope, ident.evidence["scope"] = "scheduled", "due"
    if i >= 2 and sent.tokens[i - 2].low == "as" and sent.tokens[i - 1].low == "of":
        ident.evidence["event"] = "as of …: when a count was given, not when something happened"
        return ident
    if i > 0 and sent.tokens[i - 1].low in ("through", "thru", "till", "until", "til"):
        head = cls.split()[0] if cls else None
        if _lasting_before(sent, i - 1) or head in _LASTING_VERBS:
            cls = "expire"  # "the pact runs through May 1, 2026", "will last till 1 June 2026"
        elif head is None or head in _UNTIL or cls == TOPIC_EVENT \
                or i == 1 or sent.tokens[i - 2].text in (",", ";"):
            # "the normal of 1,649.5mm till August 19", "till August 21, the rainfall has…",
            # "Until 9 p.m., the BJP had won 115 seats": how far a count reaches, which dates
            # no event
            cls = None
        else:
            # "announced the shutting of operations till 18 August": how far the clause's own
            # action reaches, not an expiry
            cls = f"{cls} until"
        ident.evidence["event"] = f"{m.event or ''} {sent.tokens[i - 1].text} …".strip()
    ident.event = cls
    if m.event:
        ident.evidence["event"] = phrase
    if reread_as is not None:
        ident.evidence["event"] = reread_as[1]
    if agent:
        ident.subject, ident.evidence["subject"] = agent, agent
    if who:
        # "left Kunming at 13.15": the place is the event's, named or not ("departed at 1:11")
        ident.evidence["subject"] = who
    if cls == "landfall" and ident.subject is None:
        # a storm makes landfall once in each place: "on Dominica late Monday" and "in Puerto
        # Rico on Wednesday" are two landfalls
        place = who or _landfall_place(sent, i, j)
        if place:
            ident.subject, ident.evidence["subject"] = place, place
    ordinal = ordinal_near(sent, i, j)
    if ordinal and (m.value.grain not in ("minute", "hour") or ordinal == "aftershock"
                    or ordinal_before_time(sent, i)):
        # "the second quake struck on Tuesday": another occurrence. Clock times need no such
        # word (times of one kind of event hours apart are different occurrences anyway),
        # except an aftershock, which follows within minutes, and a time that dates the
        # ordinal's own noun ("a second blast at 7.30am", twenty minutes after the first).
        ident.scope = ordinal
        ident.evidence["scope"] = ordinal
    if ident.scope is None and before is not None and before[1] > 0 \
            and sent.tokens[before[1] - 1].low in OTHER_OCCURRENCE:
        # "In the previous blast on September 14, …", "a separate attack on Monday": another
        # occurrence of the event, not the story's own
        word = sent.tokens[before[1] - 1].low
        ident.scope = "previous" if word in ("previous", "earlier", "prior") else "second"
        ident.evidence["scope"] = sent.tokens[before[1] - 1].text
    if ident.scope is None:
        another = _another_before(sent, i)
        start = _clause_start(sent, i)
        if another is None and start + 1 < i and sent.tokens[start].low in ("a", "an"):
            start += 1
        if another is None and start + 1 < i and sent.tokens[start].low in _ANOTHER_EVENT:
            # "Another quake struck at 5.03 pm", "A separate blast hit the market on Monday"
            another = start
        if another is not None:
            # "followed by another 4.5-magnitude jolt at 5.03 pm": the time of another
            # occurrence (an aftershock, a second blast), not of the story's own
            ident.scope, ident.evidence["scope"] = "second", sent.tokens[another].text
        elif (past := _IN_THE_PAST.search(sent.text, sent.lo, m.start)) is not None:
            # "which previously took responsibility for the attack in Ankara on 17 February",
            # "has carried out several attacks in the past, including one in February": an
            # earlier occurrence the sentence recalls
            ident.scope, ident.evidence["scope"] = "previous", past.group()
    verb = _verb_at(sent, i, j, phrase) if phrase and named is None else None
    if verb is not None:
        if ident.scope is None and sent.word(verb - 1) is not None and sent.tokens[verb - 1].low == "also":
            # "a van parked near one of the churches also exploded Monday": another of the
            # story's events, not the story's own
            ident.scope, ident.evidence["scope"] = "second", "also"
        elif ident.scope is None and sent.word(verb + 1) is not None and sent.tokens[verb + 1].low == "again":
            # "the volcano exploded again Tuesday": a later occurrence, not the first
            ident.scope, ident.evidence["scope"] = "second", "again"
        head = temporal_events.subject_head([t.text for t in sent.tokens[_clause_start(sent, verb):verb]
                                             if t.low not in _AUX_WORDS])
        if cls == "hold" and head:
            # "the funerals will be held on October 19": a light verb, the event is its subject
            noun = head.split()[-1]
            cls = ident.event = _event_noun(noun) or noun
        if ident.subject is None and head in _PARTICIPANT_GROUPS:
            # "the 10 survivors of the crash returned home on Thursday": whose homecoming it
            # was, so that the day the bodies of the dead were flown home is another event
            ident.subject = singular(head)
            ident.evidence["subject"] = head
    if cls in _ONE_OF_MANY or (cls and cls.split()[0] == "bury"):
        # "the funerals will be held on October 19", "a vigil on Sunday", "the rest will be
        # buried on Friday": there is one for each victim or each town; which, is not a key
        ident.scope, ident.evidence["scope"] = "?", "one of many: whose is not said"
    last = _LAST.match(sent.text, m.end, min(sent.hi, m.end + 12)) \
        or _LAST_BEFORE.search(sent.text, max(sent.lo, m.start - 60), m.start)
    if last and ident.scope is None:
        # "10:15pm: Last shots fired", "the last aftershock occurred at 2:14 PM": the end of a
        # series, not the moment the series is dated by ("10:05pm: First shots fired")
        ident.scope, ident.evidence["scope"] = "last", last.group("w")
    if ident.scope is None and cls in _VOTES:
        stage = voting_round(sent, i, j)
        if stage:
            # "the first round of the election on Oct. 2" in a story about the run-off of Oct.
            # 30: another stage of the vote, dated apart from the story's own
            ident.scope, ident.evidence["scope"] = stage
    if cls in LASTING and phrase and phrase.split()[0] in _ACTION_VERBS and ident.scope is None \
            and isinstance(m.value, TimeValue) and m.value.grain in ("minute", "hour") \
            and not _ONSET.search(sent.text, max(sent.lo, m.start - 100), min(sent.hi, m.end + 40)):
        # "the gunman fired on officers at 2:38", "shots were fired through at least 3:21": the
        # verb of what is done during an event that lasts dates a moment of it, not the event
        # ("the shooting occurred about 5:40 p.m." names the event and dates it); which moment
        # is not said, so each time is a moment of its own (the same time still agrees)
        ident.scope, ident.evidence["scope"] = "during", "a moment of an event that lasts"
    before = sent.text[max(sent.lo, m.start - 80):m.start].lower()
    if ident.scope != "scheduled" and any(cue in before for cue in SCHEDULED):
        ident.scope = "scheduled"
        ident.evidence["scope"] = next(cue for cue in SCHEDULED if cue in before)
    if any(cue in before for cue in _FORECAST_CUES):
        ident.modality = "forecast"  # "the oxygen is expected to run out at 6 a.m.": an estimate
        ident.evidence["modality"] = next(cue for cue in _FORECAST_CUES if cue in before)
    return ident


#: Groups of people whose own doings follow the story's event, each a participant of its own:
#: "survivors returned home", "staff return to work", "the bodies were flown home".
_PARTICIPANT_GROUPS = frozenset("survivors survivor bodies body remains staff workers families relatives "
                                "students pupils mourners evacuees schools shops".split())


def _verb_at(sent: Sentence, i: int, j: int, phrase: str) -> int | None:
    """The index of the clause's verb that ``phrase`` (a lemma first: "return home") was read
    from: up to eight words before the time, else up to six after it."""
    first = phrase.split()[0]
    order = list(range(i - 1, max(-1, i - 9), -1)) + list(range(j, min(len(sent.tokens), j + 6)))
    for x in order:
        t = sent.tokens[x]
        if t.text in (".", ";", ":"):
            continue
        if t.is_word and (t.low == first or guess_lemma(t.low) == first or event_lemma(t.low) == first):
            return x
    return None


#: Words of a sentence that recalls earlier occurrences before the date it gives.
_IN_THE_PAST = re.compile(r"\b(?:previously|in the past)\b", re.I)

#: Words that open the noun phrase of another occurrence of an event ("another quake", "a
#: separate blast"); not "earlier" or "similar", which also stand alone as adverbs.
_ANOTHER_EVENT = frozenset({"another", "separate"})


def _another_before(sent: Sentence, i: int) -> int | None:
    """The token of "another"/"separate" opening the noun phrase a time at token ``i`` is
    attached to by "at"/"on" ("another 4.5-magnitude jolt at 5.03 pm"), or None."""
    if i < 3 or sent.tokens[i - 1].low not in ("at", "on"):
        return None
    for k in range(i - 2, max(-1, i - 7), -1):
        t = sent.tokens[k]
        if t.low in _ANOTHER_EVENT:
            return k if k + 1 < i - 1 else None
        if t.text in (",", ";", ":", "(") or (t.is_word and (t.verb or t.auxiliary) and not t.capitalised) \
                or t.low in ("that", "which", "who", "and", "but"):
            return None
    return None


def _clause_start(sent: Sentence, k: int) -> int:
    """The first word of the clause the word at ``k`` is in (after a comma, colon or "and")."""
    x = k - 1
    while x >= 0 and sent.tokens[x].text not in (",", ";", ":", "(", "\u2014", "\u2013", "-") \
            and sent.tokens[x].low not in ("and", "but", "while", "when", "after", "before", "as") and k - x <= 12:
        x -= 1
    return x + 1


#: Verbs of something in force up to a date ("runs through", "in place till", "valid until").
_LASTING_VERBS = frozenset("run last remain stay place valid continue extend hold effect keep expire "
                           "apply".split())
_LASTING_FORMS = _LASTING_VERBS | frozenset(
    "runs ran running lasts lasted lasting remains remained stays stayed force continues continued "
    "extends extended holds held expires expired applies applied".split())
_UNTIL = frozenset("through thru till until til up".split())


def _lasting_before(sent: Sentence, k: int) -> bool:
    """A verb of lasting in the clause before the "till" at ``k``: "will last till", "the new
    contract will last for 3 years (September 25, 2023 thru …", "in place until"."""
    for x in range(k - 1, max(-1, k - 11), -1):
        t = sent.tokens[x]
        if t.text in (".", ";", ":") or t.low in ("and", "but", "while"):
            return False
        if t.low in _LASTING_FORMS:
            return True
    return False


def _due_before(sent: Sentence, i: int) -> int | None:
    """The "due" of "was due into St Petersburg's Pulkovo airport at 12:10", "due in
    Guangzhou at 15.07": up to ten words back, within the clause."""
    for x in range(i - 1, max(-1, i - 11), -1):
        t = sent.tokens[x]
        if t.low == "due":
            return x
        if t.text in (",", ";", ":") or t.low in ("and", "but", "while", "after", "before"):
            return None
    return None


#: Events that last minutes or hours: a clock time of one is its start only when the
#: sentence says so ("the shooting began at 2:30", "the fire broke out at about 9 pm").
LASTING = frozenset({"shooting", "fire", "siege"})
#: Events that are a vote, whose stages ("the first round", "phase two") are dated apart.
_VOTES = frozenset({"election", "vote", "round", "ballot", "poll", "polls", "referendum", "runoff", "run-off"})
#: Verbs of what is done during such an event, as against the nouns that name it.
_ACTION_VERBS = frozenset({"fire", "shoot"})
_ONSET = __import__("re").compile(r"\b(?:began|begin|begins|beginning|started|start|starts|broke out|"
                                  r"breaks out|break out|erupted|erupts|opened fire|opens fire|open fire|"
                                  r"first|initial|ignited|sparked|outbreak)\b", 2)
#: "Last" or "final" opening a timeline entry after its time, or before the event in its clause.
_LAST = __import__("re").compile(r"[ \t]*(?::|[-\u2013\u2014])[ \t]+(?P<w>last|final)\b", 2)
_LAST_BEFORE = __import__("re").compile(r"\b(?:the|its|their)[ \t]+(?P<w>last|final)[ \t]+\w+(?:[ \t]+\w+){0,6}?[ \t]+"
                                        r"(?:at|around|about|by)[ \t]*\Z", 2)


#: Nouns that name an event a date can be attached to ("the election on December 12").
_EVENT_NOUNS = {**{n: c for n, c in NOUN_EVENTS.items()},
                "election": "election", "elections": "election", "vote": "vote", "referendum": "referendum",
                "poll": "election", "summit": "summit", "meeting": "meeting", "talks": "talks",
                "attack": "attack", "shooting": "shooting", "eruption": "eruption", "tsunami": "tsunami",
                "bombing": "attack", "massacre": "attack", "shots": "shooting",
                # what follows a disaster, dated on its own: "the funeral on Friday", "Friday
                # prayers", "a vigil on Sunday night" are never the day of the disaster
                **{n: "commemorate" for n in ("prayer", "prayers", "vigil", "vigils", "memorial",
                                              "ceremony")},
                "funeral": "funeral", "funerals": "funeral", "burial": "funeral",
                # "since Amini's death on September 16": a death, not the story's event
                "death": "die", "deaths": "die",
                "hearing": "hearing", "trial": "trial", "inquest": "inquest", "rally": "rally",
                "march": "rally", "protest": "rally", "protests": "rally"}


def _event_noun(word: str) -> str | None:
    """The event class of an event noun ("election", "funerals", "earthquake"), or None."""
    return _EVENT_NOUNS.get(word) or _EVENT_NOUNS.get(singular(word))


def _event_noun_before(sent: Sentence, i: int) -> tuple[str, int] | None:
    """The event noun right before "on"/"in"/"of" and a date ("the election on December 12"),
    as (event class, its token index)."""
    if i < 2 or sent.tokens[i - 1].low not in ("on", "in", "of"):
        return None
    # "the bombings on Sunday", "the explosion in downtown Beirut on Tuesday": the event noun,
    # across a short phrase of place (no verb, comma or other clause between)
    for k in range(i - 2, max(-1, i - 7), -1):
        t = sent.tokens[k]
        noun = t.low.rstrip("'’s") if t.low.endswith(("'s", "’s")) else t.low
        found = _event_noun(noun)
        if found and not _names_a_body(sent, k):
            if k + 1 < i and sent.tokens[k + 1].low in _COMPOUND_HEADS:
                return None  # "reached the crash site before dawn on Monday": the site, not the crash
            if _of_a_compound_head(sent, k):
                return None  # "gathered at the site of the blast in Kabul on Friday": the same
            return found, k
        if not t.is_word or t.text in (",",) or (t.verb and not t.capitalised) or t.auxiliary \
                or t.low in ("that", "which", "who", "when", "and", "but"):
            return None
    return None


def _of_a_compound_head(sent: Sentence, k: int) -> bool:
    """True when the event noun at ``k`` is the object of "of" after a noun it would modify
    ("the site of a shooting attack", "victims of the blast"): the phrase names that noun."""
    x = k - 1
    while x >= 0 and (sent.tokens[x].low in DETERMINERS or sent.tokens[x].is_word
                      and not sent.tokens[x].verb and sent.tokens[x].low != "of" and k - x <= 3):
        x -= 1
    return x >= 1 and sent.tokens[x].low == "of" and sent.tokens[x - 1].low in _COMPOUND_HEADS


#: Nouns an event word modifies ("the crash site", "the quake victims"): the phrase names them,
#: not the event, and a date after it is theirs.
_COMPOUND_HEADS = frozenset("site sites scene scenes zone zones area areas victim victims survivor "
                            "survivors suspect suspects investigators investigation probe inquiry "
                            "report anniversary memorial aftermath wreckage debris response "
                            "crews team teams relief trial hearing funeral funerals vigil "
                            "vigils".split())


_AUX_WORDS = frozenset("be been being is are was were will would shall should can could may might "
                       "has have had also still then".split())
#: Events held once per victim or per town, or that befall each victim on a day of its own ("a
#: victim succumbed to his injuries on 9 March", another on the 11th): never one event
#: without a holder.
_ONE_OF_MANY = frozenset({"commemorate", "funeral", "succumb"})
_OFFSET_WORDS = frozenset("after before since later earlier ago following".split())


#: Verbs that only place an event ("struck Lombok", "centred in Mashiki", "a blast ripped
#: through the market", "a fire tore through", "shots rang out": "ring" only with the shots
#: right before it, "a fire alarm rang out" is no fire); "hit" is not one: it
#: keeps its place ("hit Cuba" and "hit the eastern Caribbean" are two events).
_PLACING_VERBS = frozenset("strike center centre rock jolt rattle rip tear ring".split())


def _landfall_place(sent: Sentence, i: int, j: int) -> str | None:
    """The place of a landfall in the time's clause: "made landfall on Dominica", "came ashore
    near Mexico Beach", "in Puerto Rico"."""
    toks = sent.tokens
    for x in range(max(0, i - 10), min(len(toks) - 1, j + 8)):
        if toks[x].low in ("on", "in", "near", "at", "over") and not (i <= x < j):
            name = sent.name_right(x + 1)
            if name is not None and name[1].split()[0] not in NOT_NAMES:
                return name[1]
    return None


def _shots_ring(sent: Sentence, i: int) -> bool:
    """True when "rang" or "ring" before token ``i`` has shots, gunshots or gunfire as its
    subject, right before it."""
    for x in range(i - 1, max(0, i - 8), -1):
        if sent.tokens[x].low in ("rang", "ring", "rung", "rings", "ringing"):
            return sent.tokens[x - 1].low in ("shots", "gunshots", "gunfire", "shot")
    return False


def _event_noun_left(sent: Sentence, i: int) -> str | None:
    """The event noun a placing verb is said of, up to twelve words before the time and within
    the clause: "the magnitude-7 earthquake that struck Lombok Island in … on Aug. 4"."""
    for x in range(i - 1, max(-1, i - 13), -1):
        t = sent.tokens[x]
        if t.text in (".", ";", ":") or t.low in ("and", "but"):
            return None
        noun = _event_noun(t.low)
        if noun:
            return noun
    return None


#: Heads of the names of shops, services and bodies: an event word before one of them
#: capitalised is part of the name ("Lakeside Shooting Supplies", "the Fire Department").
_BODY_HEADS = frozenset("goods supplies supply store stores shop outlet department dept service services "
                        "unit units brigade station center centre club range company co inc ltd llc "
                        "association institute agency office bureau commission authority academy "
                        "school college university hospital team squad division district".split())


def _names_a_body(sent: Sentence, k: int) -> bool:
    """True when the capitalised event word at token ``k`` is part of the name of a shop, a
    service or a body ("ACME Shooting Goods", "Fire Department", "Crash Investigation Unit"),
    not the event ("Hurricane Ian", "the Camp Fire")."""
    toks = sent.tokens
    if not toks[k].capitalised:
        return False
    for x in range(k + 1, min(len(toks), k + 3)):
        if not (toks[x].is_word and toks[x].capitalised):
            return False
        if toks[x].low in _BODY_HEADS:
            return True
    return False


def _event_noun_after(sent: Sentence, j: int, m: Mention) -> str | None:
    """A day named as a modifier of an event noun: "during Friday prayers", "Sunday's vigil",
    "the September 11 attacks". The day dates that noun, whatever the clause's verb."""
    if not isinstance(m.value, TimeValue) or m.value.grain not in ("day", "week"):
        return None
    if _OFFSET_WORDS & set(sent.text[m.start:m.end].lower().split()):
        return None  # "two weeks after the August 12 explosions": the day is not the noun's
    nxt = sent.word(j)
    if nxt is not None and nxt.text == "," and j + 1 < len(sent.tokens):
        i, _ = sent.span(m.start, m.end)
        if i > 0 and sent.tokens[i - 1].low == "the":
            # "The Dec. 19, 2017, wreck of train No. 501": a date set off by commas as the
            # modifier of the noun after it
            return _event_noun(sent.tokens[j + 1].low)
    if nxt is None or not nxt.is_word:
        return None
    if nxt.low.endswith(("'s", "\u2019s")):
        first = j + 1  # "Friday's" as a word of its own after the date read
    elif sent.text[m.end:m.end + 2] in ("'s", "\u2019s"):
        first = j  # the possessive ending inside the date's own word
    else:
        return _event_noun(nxt.low)
    # the noun after the possessive, or the head of a short phrase of modifiers ("Saturday's
    # suicide truck bombing", "Sunday's massive car bomb") that no verb, preposition or comma
    # breaks
    for k in range(first, min(len(sent.tokens), first + 4)):
        t = sent.tokens[k]
        if not t.is_word or t.auxiliary or t.low in _MODIFIER_STOPS:
            return None
        if (found := _event_noun(t.low) or _DAYS_DEVICES.get(t.low)) is not None:
            return found
        if t.verb and not t.low.endswith(("ing", "ed")):
            return None  # "Sunday's toll rose …": the phrase has ended at its verb
    return None


#: A device a day is given to, for the event it names: "Saturday's car bomb" is its blast.
_DAYS_DEVICES = {"bomb": "explode", "bombs": "explode"}

#: Words that end a phrase of modifiers after a possessive day ("Saturday's …").
_MODIFIER_STOPS = frozenset({"in", "on", "at", "of", "for", "by", "with", "from", "to", "and", "or",
                             "that", "which", "who", "when", "after", "before", "near"})


_FORECAST_CUES = ("expected to", "estimated", "could run", "would run", "will run out", "likely",
                  "projected", "predicted", "forecast", "deadline", "should ", "may ", "might ")


#: Events that happen in batches through a story (bodies recovered, people rescued).
_BATCHES = frozenset({"recover", "rescue"})
#: Words that say which batch: the first, the last, all of them.
_WHICH_BATCH = re.compile(r"\b(?:first|last|final|all|remaining)\b", re.I)


def _two_of_a_kind(ident: Identity) -> Identity:
    """Time between two events of one kind ("less than 24 hours after the massacre in El
    Paso", "a year after" another shooting): two occurrences, and the key does not say which,
    so it matches nothing."""
    if ident.event and ident.scope is None:
        first, sep, second = ident.event.partition(" after ")
        if sep and first == second:
            ident.scope, ident.evidence["scope"] = UNKNOWN, "two events of one kind: which two is not said"
    return ident


def _duration(sent: Sentence, m: Mention, ident: Identity) -> Identity:
    """What lasted: "a 148-day strike", "146 days of strike action", "the strike lasted 51
    days", "a four-day supply of oxygen"; or, for "an hour and 45 minutes into its dive", the
    time between two events (the clause's event, after the dive began)."""
    i, j = sent.span(m.start, m.end)
    words = sent.raw
    after = [t for t in sent.tokens[j:j + 4] if t.is_word]
    if after and after[0].low == "into":
        since = next((t.low for t in after[1:] if t.low not in ("the", "its", "their", "his", "her", "a")
                      and not t.low.endswith(("'s", "\u2019s"))), None)
        start_cls, _ = classify(since, words) if since else (None, None)
        event_cls, _ = classify(m.event, words)
        if start_cls and event_cls:
            start_cls = "begin dive" if start_cls in ("begin dive",) or since == "dive" else start_cls
            ident.event = f"{event_cls} after {start_cls}"
            ident.evidence["event"] = f"{m.event} … into the {since}"
            return ident
    if after and after[0].low in ("later", "afterwards", "afterward"):
        # "it submerged on Sunday, and the ship lost contact with it an hour and 45 minutes
        # later": the time from the event before to the clause's own
        own, _ = classify(m.event, words)
        earlier = _earlier_event(sent, i, own)
        if own and earlier:
            ident.event = f"{own} after {earlier[0]}"
            ident.evidence["event"] = f"{m.event} … later than {earlier[1]}"
            return ident
    noun = _lasting_noun(sent, i, j)
    if noun is not None:
        ident.event, ident.evidence["event"] = noun
        rest = [t.low for t in sent.tokens[j:j + 6]]
        if any(w in ("left", "remaining", "remain", "remains") for w in rest):
            # "70 hours of oxygen left": what remains changes by the hour; compared only with
            # what the same day's reports say remains
            ident.scope, ident.evidence["scope"] = "remaining", "left"
        else:
            other = _other_occurrence(sent, i, j)
            if other is not None:
                ident.scope, ident.evidence["scope"] = other
        return ident
    k = i - 1
    while k >= 0 and sent.tokens[k].low in ("nearly", "almost", "about", "around", "over", "more", "than", "some", "just"):
        k -= 1
    k0 = k
    v = _past_place(sent, k) if k >= 2 and sent.tokens[k].low == "for" else k  # "trapped in the cave for"
    if k >= 2 and sent.tokens[k].low == "for" and sent.tokens[v - 1].is_word and v >= 2 \
            and sent.tokens[v - 2].low not in ("the", "a", "an", "its", "their", "this", "that"):
        # "the boys were trapped for 18 days", "has been missing for four days": how long the
        # state the verb names went on
        k = v
        verb = sent.tokens[k - 1].low
        base = event_lemma(verb) or (verb if verb in _STATES else None) or \
            (guess_lemma(verb) if verb.endswith("ed") and sent.tokens[k - 2].low in _BE_FORMS else None)
        if base:
            cls, _ = classify(base, words)
            ident.event = cls or base
            ident.evidence["event"] = f"{sent.tokens[k - 1].text} for {sent.text[m.start:m.end]}"
            aux = [t.low for t in sent.tokens[max(0, k - 4):k - 1]]
            if any(w in ("has", "have") for w in aux) and "been" in aux:
                # "has been missing for four days": still going on, so as long as the day of
                # the report says; compared only with reports of the same day
                ident.scope, ident.evidence["scope"] = "ongoing", " ".join(aux)
            return ident
    took = _time_taken(sent, i, j, k0)
    if took is not None:
        ident.event, ident.evidence["event"] = took
        return ident
    if k >= 0 and sent.tokens[k].low in ("after", "following"):
        # "After 184 days, leaders voted", "ended the strike after nearly five months": how
        # long the story's own event had lasted (the engine names it, engine.blocks_of)
        ident.event = TOPIC_EVENT
        ident.evidence["event"] = f"after {sent.text[m.start:m.end]}"
        return ident
    lasted = lasting_of(sent.text[:m.start], sent.text[m.end:])
    if lasted is not None:
        # "for 17 hours in an overnight siege", "worked for 15 hours to douse the flames"
        ident.event, ident.evidence["event"] = lasted
        return ident
    # Any other duration ("the strongest in 100 years", "in less than 12 hours") says how long
    # something took without saying what: never compared.
    return ident


#: Words before a length of something that make it another occurrence than the story's own:
#: "a further 24-hour strike", "another two-day walkout", "a planned ten-day strike".
_ANOTHER = frozenset("further another second third fourth new planned proposed threatened possible "
                     "potential previous earlier separate last prior".split())
_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _other_occurrence(sent: Sentence, i: int, j: int) -> tuple[str, str] | None:
    """Which occurrence a length of something is, when its words say it is not simply the
    story's: a word before it ("a further 24-hour strike", "a planned ten-day walkout"), a
    month or a year in its noun phrase ("a three-week June strike", "the 2007 strike") or a
    year right after it ("a two-day walkout in 2007"); "the last four weeks of the strike" is a
    part of it. One dispute has many strikes; each length is compared only with lengths said
    of the same one. (scope, the words it was read from), or None."""
    toks = sent.tokens
    for k in range(i - 1, max(-1, i - 4), -1):
        low = toks[k].low
        if low in _ANOTHER:
            return low, f"{toks[k].text} {sent.text[toks[i].start:toks[j - 1].end]}"
        if low not in ("a", "an", "the", "its", "their", "his", "her", "nearly", "almost", "about",
                       "around", "some", "just", "over", "more", "than", "roughly"):
            break
    if toks[i].low in ("the", "its", "their") and i + 1 < j and toks[i + 1].low in ("first", "last", "final"):
        # "the last four weeks of the strike": a part of it, not how long it lasted
        return "part", sent.text[toks[i].start:toks[j - 1].end]
    x = j
    while x < len(toks) and x < j + 4 and toks[x].is_word and toks[x].low not in PREPOSITIONS:
        if _dated(toks[x]):
            return toks[x].text.lower(), toks[x].text  # "a three-week June strike", "the 2007 strike"
        x += 1  # past the noun: "a two-day walkout [by pilots] in 2007"
    if x + 1 < len(toks) and toks[x].low == "in" and _year(toks[x + 1]):
        # "a two-day walkout in 2007"; a day or a month after the noun dates the clause's verb
        # more often ("ended a 41-day strike on Saturday")
        return toks[x + 1].text, f"{toks[x].text} {toks[x + 1].text}"
    return None


def _year(t) -> bool:
    return len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")


def _dated(t) -> bool:
    """A month, a weekday or a year: "June", "Friday", "2007"."""
    return t.low in _MONTH_OR_DAY or _year(t)


def _past_place(sent: Sentence, k: int) -> int:
    """For "trapped in the cave for 18 days" (``k`` at "for"): the index of the place phrase
    ("in the cave", "under the rubble") the verb stands right before; ``k`` itself when there
    is none."""
    for x in range(k - 1, max(0, k - 5), -1):
        t = sent.tokens[x]
        if not t.is_word:
            return k
        if t.low in ("in", "inside", "under", "underground", "at", "on", "beneath"):
            before = sent.tokens[x - 1] if x > 0 else None
            if before is not None and before.is_word and (before.low in _STATES or event_lemma(before.low)):
                return x  # the "for" is read as if right after the verb
            return k
    return k


_TAKE_FORMS = frozenset("took take takes taking taken had has have".split())
_SPEND_FORMS = frozenset("spent spend spends spending".split())
#: Verbs that say only that something was done or reached: their object names the event ("it
#: took 18 minutes to make an arrest" is the arrest).
_LIGHT_INFINITIVES = frozenset("make get do carry be reach".split())


#: Hedges of a number of people a length of time took ("over 150 firefighters").
_AGENT_HEDGES = frozenset("over about around nearly some more than almost".split())


def _time_taken(sent: Sentence, i: int, j: int, k: int) -> tuple[str, str] | None:
    """The event a duration says was taken to happen: "it took police 18 minutes to make an
    arrest", "the arrest took only 21 minutes", "the operator had only 10 seconds to decide",
    "it took 5 minutes and 39 seconds for police to be armed", "the flight was delayed by one
    hour". ``k`` is the token left of the figure's hedges."""
    if k >= 1 and sent.tokens[k].low == "by" and sent.tokens[k - 1].low in ("delayed", "postponed"):
        return "delay", f"{sent.tokens[k - 1].text} by {sent.text[sent.tokens[i].start:sent.tokens[j - 1].end]}"
    x = k
    while x >= 0 and x > k - 8 and not (sent.tokens[x].low in _TAKE_FORMS) and (
            sent.tokens[x].is_word and (sent.tokens[x].verb is None or sent.tokens[x].low.endswith("ing"))
            and sent.tokens[x].low not in PREPOSITIONS
            or sent.tokens[x].text[:1].isdigit() or sent.tokens[x].low in _AGENT_HEDGES):
        x -= 1  # "took police 18 minutes", "took over 150 firefighters involving 50 fire engines
        # nearly four hours": past who took it
    if x >= 0 and sent.tokens[x].low in _SPEND_FORMS and j < len(sent.tokens) and sent.tokens[j].low.endswith("ing"):
        # "spent the next five hours pulling out more than 60 people": what the time went on
        verb = guess_lemma(sent.tokens[j].low) or sent.tokens[j].low[:-3]
        event = _infinitive_event([verb, *(t.text for t in sent.tokens[j + 1:j + 6] if t.is_word)])
        if event:
            return event, sent.text[sent.tokens[x].start:sent.tokens[j].end]
        return None
    if x < 0 or sent.tokens[x].low not in _TAKE_FORMS:
        return None
    taking = sent.tokens[x]
    have = taking.low in ("had", "has", "have")
    # what it took to do: "to make an arrest", "for police to be armed"
    y = j
    while y < len(sent.tokens) and y < j + 6 and sent.tokens[y].low != "to" and sent.tokens[y].text not in ",;:.":
        y += 1
    if y < len(sent.tokens) and sent.tokens[y].low == "to" and (y == j or sent.tokens[j].low == "for"):
        words = [t.text for t in sent.tokens[y + 1:y + 7] if t.is_word]
        event = _infinitive_event(words)
        if event:
            return event, sent.text[taking.start:sent.tokens[min(y + len(words), len(sent.tokens) - 1)].end]
        return None
    if have or x == 0:
        return None
    # "The arrest at the roadside took only 21 minutes": the subject names it
    z = x - 1
    while z >= 0 and (sent.tokens[z].low in ("only", "just", "also", "then", "had", "has", "have", "will", "would")):
        z -= 1
    start = z
    while start > 0 and sent.tokens[start - 1].is_word and sent.tokens[start - 1].text not in ",;:":
        start -= 1
    head = temporal_events.subject_head([t.text for t in sent.tokens[start:z + 1] if t.is_word])
    if head is None or head in PRONOUNS or head == "it":
        return None
    cls, _ = classify(head, sent.raw)
    if cls not in _CLASSES_KNOWN:
        return None  # "the journey took 14 hours": only a known event is compared
    return cls, sent.text[sent.tokens[start].start:taking.end]


def _infinitive_event(words: list[str]) -> str | None:
    """The event class of an infinitive phrase: "make an arrest" -> "seize", "decide" ->
    "decide", "be armed" -> "arm"."""
    low = [w.lower() for w in words]
    if not low:
        return None
    if low[0] in ("be", "get") and len(low) > 1 and low[1].endswith("ed"):
        return guess_lemma(low[1]) or low[1]
    if low[0] in _LIGHT_INFINITIVES:
        obj = [w for w in low[1:4] if w not in ("a", "an", "the", "their", "its", "his", "her")]
        if not obj or obj[0] in PREPOSITIONS:
            return None  # "to get to Linwood Mosque": where, not what
        cls, _ = classify(obj[0], " ".join(words))
        return cls
    cls, _ = classify(low[0], " ".join(words))
    if cls not in _CLASSES_KNOWN:
        # "to drive to Linwood Mosque": a verb no class names is told apart by the name after it
        name = [w.lower() for w in words[1:6] if w[:1].isupper()]
        cls = " ".join([guess_lemma(low[0]) or low[0], *name[:3]])
    return cls


def _earlier_event(sent: Sentence, i: int, own: str | None) -> tuple[str, str] | None:
    """The nearest event verb before token ``i`` that is not the clause's own event."""
    words = sent.raw
    for x in range(i - 1, max(-1, i - 40), -1):
        base = event_lemma(sent.tokens[x].low)
        if base is None:
            continue
        cls, _ = classify(base, words)
        if cls and cls != own and cls in _CLASSES_KNOWN:
            return cls, sent.tokens[x].text
    return None


_STATES = frozenset("missing trapped stranded detained held jailed closed shut underground".split())
_BE_FORMS = frozenset("was were been is are be being had have has".split())


_LAST_VERBS = frozenset("last lasted lasts run ran runs go went continue continued stretch stretched".split())
#: Nouns that stand for the noun after their "of" ("a state of emergency", "a period of mourning").
_LIGHT_NOUNS = frozenset("state period spell bout".split())
def _modal(t) -> bool:
    """"will", "could", "to" before a verb ("will last two weeks")."""
    return t.low == "to" or (t.low in AUXILIARIES and t.low not in ("be", "have", "do"))


def _verb_or_pronoun(t) -> bool:
    """A pronoun, or a verb form that is not its own lemma ("took", "ended"): the end of a noun
    phrase ("supply", "drive" may be nouns)."""
    return t.low in PRONOUNS or (t.verb is not None and t.verb != t.low)


def _gerund_head(sent: Sentence, x: int) -> bool:
    """A word in -ing that ends the noun phrase it follows a modifier in ("a three-day national
    mourning,", "48 hours of heavy shelling."): the phrase's head noun, not a verb, when nothing
    but punctuation, a preposition or the sentence's end comes after it ("a strike ending
    Friday" keeps its verb)."""
    if not sent.tokens[x].low.endswith("ing"):
        return False
    nxt = sent.tokens[x + 1] if x + 1 < len(sent.tokens) else None
    return nxt is None or not nxt.is_word or nxt.low in PREPOSITIONS


_OF_SKIP = frozenset("the a an its their national marathon straight emergency".split())


def _lasting_noun(sent: Sentence, i: int, j: int) -> tuple[str, str] | None:
    found = _lasting_noun_read(sent, i, j)
    return found if found is not None and found[0] else None


#: Nouns that name only a span of time; the word before says what it is a span of.
_SPAN_NOUNS = frozenset("period spell stretch window span phase".split())


def _lasting_noun_read(sent: Sentence, i: int, j: int) -> tuple[str, str] | None:
    """The noun a duration measures, attached to it: after it ("148-day strike", "four days of
    national mourning", "96-hour oxygen supply") or as the subject of "lasted"."""
    t = sent.word(j)
    text = sent.text[sent.tokens[i].start:sent.tokens[j - 1].end] if j > i else ""
    if t is not None and t.is_word and "-" in text:
        x = j
        while x < len(sent.tokens) and x < j + 3 and sent.tokens[x].is_word \
                and sent.tokens[x].low not in PREPOSITIONS and sent.tokens[x].low not in _NOT_IN_NOUN \
                and not (x > j and _verb_or_pronoun(sent.tokens[x]) and not _gerund_head(sent, x)):
            x += 1  # "the six-minute drive [took him]": the noun, not what follows it
        if x == j:
            return None
        head = sent.tokens[x - 1].low
        if head in _SPAN_NOUNS and x - 1 > j:
            # "a one-month amnesty period", "a three-day mourning period": what the span is of
            head = sent.tokens[x - 2].low
        if head in _LIGHT_NOUNS and x + 1 < len(sent.tokens) and sent.tokens[x].low == "of" \
                and sent.tokens[x + 1].is_word:
            x += 2  # "a two-week state of emergency": an emergency, as "the state of emergency will last"
            head = sent.tokens[x - 1].low
        return _lasting_class(head), " ".join(tok.text for tok in sent.tokens[j:x])
    if t is not None and t.low == "of":
        x = j + 1
        while x < len(sent.tokens) and sent.tokens[x].low in _OF_SKIP:
            x += 1
        if x < len(sent.tokens) and sent.tokens[x].is_word:
            return _lasting_class(sent.tokens[x].low), f"of {sent.tokens[x].text}"
    k = i - 1
    if sent.tokens[i].low == "last" and k >= 0 and _modal(sent.tokens[k]):
        k = i  # "will last two weeks": a verb, read as the duration's first word
    while k >= 0 and sent.tokens[k].low in ("for", "about", "nearly", "almost", "over", "some", "just", "around", "roughly"):
        k -= 1
    if k >= 1 and sent.tokens[k].low in _LAST_VERBS:
        x = k - 1
        while x >= 0 and (sent.tokens[x].low in ("has", "have", "had", "already", "now", ",") or _modal(sent.tokens[x])):
            x -= 1
        if x >= 0 and sent.tokens[x].low not in ("that", "which"):
            # "The strike which began in May 2023 has lasted": the subject stands before the
            # relative clause
            rel = next((y for y in range(x, max(-1, x - 9), -1) if sent.tokens[y].low in ("which", "that")), None)
            if rel is not None:
                x = rel
        if x >= 0 and sent.tokens[x].low in ("that", "which"):
            x -= 1
            while x >= 0 and sent.tokens[x].text == ",":
                x -= 1  # "The strike, which began in May, has lasted"
            if x >= 2 and not sent.tokens[x].is_word and sent.tokens[x - 1].low in ("of", "in"):
                x -= 2  # "the strike of 1988 that lasted 153 days"
        if x >= 0 and sent.tokens[x].is_word:
            year = _year_of(sent, x)
            cls = _lasting_class(sent.tokens[x].low)
            return (cls + (f" of {year}" if year else "")) if cls else None, \
                f"{sent.tokens[x].text} {sent.tokens[k].text}"
    return None


#: Words that end the noun a length is said of: conjunctions that open another clause ("a
#: 24-hour strike unless talks resume", "a two-day walkout if the offer is refused").
_NOT_IN_NOUN = frozenset("and or that which unless if because while when whereas although though "
                         "as until".split())


def _year_of(sent: Sentence, x: int) -> str | None:
    """The year a noun names its occurrence by: "the strike of 1988", "the 2007 strike"."""
    toks = sent.tokens
    cands = []
    if x + 2 < len(toks) and toks[x + 1].low in ("of", "in"):
        cands.append(toks[x + 2].text)
    if x >= 1:
        cands.append(toks[x - 1].text)
    return next((c for c in cands if len(c) == 4 and c.isdigit() and c[:2] in ("18", "19", "20")), None)


def _lasting_class(noun: str) -> str | None:
    noun = noun.lower()
    if noun in ("strike", "walkout", "stoppage", "picket"):
        return "strike"
    if noun in ("supply", "oxygen", "air"):
        return "oxygen supply"
    if noun in _NOT_LASTING:
        return None  # "630 hours of flight experience": time flown, not how long anything lasted
    if NOUN_EVENTS.get(noun) == "siege":
        return "siege"  # "a 10-hour standoff", "the 12-hour siege": one event
    return noun


_NOT_LASTING = frozenset("experience flying flight flights service age veteran veterans career tenure".split())


#: Words of measures of a contest (seats, votes, vote shares).
_CONTESTED = frozenset("seat seats vote votes voted share".split())


def _contestant(ident: Identity) -> None:
    """A party's share or seats whose party was not read: in a contest every such figure is
    some contestant's, so one with no holder could be any of theirs and matches nothing
    ("9.1% of votes" beside "13.3% of the vote" for two parties the sentences do not name)."""
    if getattr(ident, "measure", None) in _CONTESTANT_MEASURES and ident.subject is None \
            and (ident.scope or "") != "whole":
        ident.subject = UNKNOWN
        ident.evidence["subject"] = "a contestant's figure whose contestant was not read"


#: Measures that are always some contestant's (the chamber's size, "of the 650 seats", is not).
_CONTESTANT_MEASURES = frozenset({"vote share", "seats won", "seat won", "seats lead", "seat lead"})


def _topic(ident: Identity, doc: DocContext) -> None:
    """A subject that is the document's dominant name is the story's topic, as "the tower" is."""
    subject = ident.subject
    # only a name: "the 120-mile canal" in a story whose dominant name is the Suez Canal is the
    # canal, not the ship the story is about; and never a member of a list ("259 in Zimbabwe
    # and 56 in Malawi"): the list names them apart
    placed = (ident.evidence.get("subject") or "").split()[:1] in (["in"], ["at"])
    # in a contest every figure is a contestant's: the party a story names most is one of
    # several ("the BJP won 303 seats", "the Congress gathered 19.5 per cent of the votes")
    contested = bool(_CONTESTED.intersection((getattr(ident, "measure", None) or "").split()))
    if subject and subject != "?" and subject[:1].isupper() and doc.dominant and not contested \
            and not (ident.enumeration and placed):
        s, d = f" {subject.lower()} ", f" {doc.dominant} "
        if s in d or d in s:
            ident.subject = None
            ident.evidence["subject"] = f"{subject} (what the article is about)"


def topic_events(claims: list) -> list:
    """Give the article's main event to times that name none ("the incident occurred at
    1:30 a.m." in a story about a collapse): the most frequent event class among its other
    times of the same kind (clock times and dates, or durations). Claims stay unchanged when
    the article has no clear main event."""
    from collections import Counter

    counts: dict[str, Counter] = {"time": Counter()}  # durations: the engine names their event
    for c in claims:
        if c.kind not in counts or not c.event or c.event == TOPIC_EVENT or c.event in _GENERIC_EVENTS \
                or c.event in _SPOKEN:
            continue  # what a source said is no main event
        if c.event in _CLASSES_KNOWN or " " not in c.event.strip() and lemma(c.event) == c.event:
            counts[c.kind][c.event] += 1  # a class, or a verb ("meet"); not "town", "devastated"
    # "the attack began at 9:40" and "gunmen stormed the club" keep their words here: the
    # engine gives them the kind of attack the articles checked together name most, one kind
    # for the run (each article's own would name one attack a shooting here, a siege there)
    out = []
    for c in claims:
        generic = c.kind in counts and (c.event == TOPIC_EVENT or c.event in _GENERIC_EVENTS)
        if c.kind == "time" and c.event == "end":
            # "It ended on Saturday, October 26" in a story about a strike: the strike's end
            top = counts["time"].most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]) and top[0][0] in _CLASSES_KNOWN \
                    and not top[0][0].endswith(" end"):
                main = f"{top[0][0].removesuffix(' begin')} end"
                evidence = {**c.evidence, "event": f"{c.evidence.get('event', c.event)} (the end of the article's main event: {main})"}
                c = c.model_copy(update={"event": main, "evidence": evidence})
        if generic:
            top = counts[c.kind].most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                evidence = {**c.evidence, "event": f"{c.evidence.get('event', c.event)} (the article's main {c.kind == 'duration' and 'lasting ' or ''}event: {top[0][0]})"}
                c = c.model_copy(update={"event": top[0][0], "evidence": evidence})
            else:
                # no main event in this article: the story's, which the engine names from
                # all the articles checked together, or none when they do not make it clear
                c = c.model_copy(update={"event": TOPIC_EVENT})
        out.append(c)
    return out

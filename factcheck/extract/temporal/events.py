"""The event a temporal expression dates, as a short normalized phrase.

"Hegseth visited Iwo Jima on Sunday" -> "visit iwo jima"; "talks were held on Sunday" ->
"talks"; "the tariffs take effect on April 2" -> "take effect". The phrase is lower case, the
verb lemmatized, determiners dropped: a key rules can match with aliases, not a parse.
"""

from __future__ import annotations

import re

from ..identity.events import NOUN_EVENTS, OCCASION_NOUNS, event_lemma
from .lexicon import PARTS_OF_DAY
from .verbs import AUXILIARIES, guess_lemma, lemma

_WORD = re.compile(r"[A-Za-z][\w'’.-]*[A-Za-z]|[A-Za-z]")
#: A timeline entry after its time: "10:10 p.m.: …", "13:46 - …".
_TIMELINE = re.compile(r"[ \t]*(?::|[-\u2014\u2013])[ \t]+")
_CLAUSE_EDGE = re.compile(r"[;:()\"“”—–]|(?<!\d),|,(?!\d{3})|\b(?:that|which|who|when|while|where|because|and|but)\b", re.I)
_DROP = frozenset("the a an his her their its our my your this that these those some".split())
#: Words that end an event phrase: prepositions and conjunctions (except "of" inside names).
_STOP = frozenset("on in at by for from to with since until after before during as than and or "
                  "but when while if because about into over under amid against per that which "
                  "who whom beyond via through across near outside inside toward towards "
                  "around along behind beside beneath past onto en".split())
#: Adverbs that add nothing to an event ("hit just before noon", "also crashed").
#: Units of a distance or size in an event phrase ("hit 40 km northwest of …").
_MEASURE_WORDS = frozenset("km kilometres kilometers kilometre kilometer miles mile metres meters metre "
                           "meter feet foot ft percent per cent".split())
_ADVERBS = frozenset("just also reportedly only even then still already soon apparently".split())
#: Time words end an object too: "fell last year" is "fall", not "fall last year".
_STOP |= frozenset("last next this yesterday today tomorrow tonight earlier later ago monday tuesday "
                   "wednesday thursday friday saturday sunday january february march april may june "
                   "july august september october november december".split())
#: The two sets as one, built once (they are tested word by word on every time's clause).
_DROP_OR_STOP = _DROP | _STOP
#: Words that end no event phrase when they end a clause ("the evening **of**").
_TRAILING = _DROP_OR_STOP | {"of"}
_LIGHT = frozenset("begin start end open close occur happen resume conclude take come follow strike hit "
                   "continue proceed shake jolt rattle erupt register".split())
#: Light verbs that name the end of what their subject names ("the strike ended").
_ENDING = frozenset("end conclude close finish".split())
WINDOW = 400
#: Nouns in -ing that name a thing, not the event of their verb ("the building" is no
#: construction).
_ING_NOUNS = frozenset("building buildings housing ceiling clothing landing-gear".split())
#: Adjectives that complete a passive verb's event ("was reported overdue", "declared dead").
_COMPLEMENTS = frozenset("overdue missing dead safe alive injured lost".split())
_SAY_FORMS = frozenset("said says say told added noted confirmed stated reported announced believed "
                       "estimated thought claimed warned".split())
#: A relative clause or apposition set off by commas: ", which was flying the Moldovan flag,".
_APPOSITION = re.compile(r",\s*(?:which|who|whose|a|an|the|known|called|named)\b[^,;]*,|,", re.I)
_RELATIVE = frozenset({"that", "which", "who"})
#: Words that open a clause with its own verb, which a time inside it dates.
_SUBORDINATE = frozenset({"when", "while", "because", "where"})
_PRONOUNS = frozenset("he she they it we i you there".split())


def _tokens(s: str) -> list[str]:
    return _WORD.findall(s)


def _object(words: list[str], limit: int = 3) -> list[str]:
    out: list[str] = []
    for w in words:
        lw = w.lower().rstrip(".")
        if lw in _STOP or (lemma(lw) and lw not in ("effect", "talks", "place") and out) \
                or lw == "of" and not out or lw in _MEASURE_WORDS:
            break  # "reach 2% of GDP", "hit 40 km (25 miles) northwest": figures are not the event
        if lw in _DROP or lw in _ADVERBS or lw.endswith("ly") and len(lw) > 4:
            continue  # determiners and adverbs ("fell sharply")
        out.append(lw)
        if len(out) == limit:
            break
    return out


def verb_phrase(words: list[str], from_right: bool, outer: list[str] | None = None) -> str | None:
    """verb + object from the last (or first) verb in ``words``; the subject for passives."""
    order = range(len(words) - 1, -1, -1) if from_right else range(len(words))
    titled = _title_case(words)
    for i in order:
        lw = words[i].lower()
        if not titled and _in_a_name(words, i):
            continue  # "bought at ACME Shooting Goods", "the Fire Department said": a name
        base = lemma(lw) or (event_lemma(lw) if lw.endswith(("ed", "ing", "es")) or (
            i > 0 and words[i - 1].lower() in ("to", "will", "would", "could", "did", "didn't"))
            else None)
        if base is None and i > 0 and words[i - 1].lower() in ("to", "will", "would") and words[i].islower() \
                and lw.isalpha() and len(lw) > 2 and lw not in _DROP_OR_STOP and i + 1 < len(words) \
                and words[i + 1].lower() not in _STOP:
            base = lw  # "decision to slap duties": after "to", a base form names the event
        if base and lw.endswith("ed") and i > 0 and (words[i - 1].lower() in _DROP or (
                words[i - 1].lower().endswith("ly") and i > 1 and words[i - 2].lower() in _DROP)):
            continue  # "the partially collapsed tower": an adjective, not the event
        if base and i > 0 and words[i - 1].lower() in _DROP and (not lw.endswith(("ed", "ing"))
                                                                  or lw in _ING_NOUNS):
            continue  # "with the control tower", "entered the building": a noun, not a verb
        if lw in _ING_NOUNS and not (i > 0 and lemma(words[i - 1].lower()) in ("be", "start", "begin")):
            continue  # "in a four-storey building", "the collapsed building": a noun (but "were building")
        if base is None and lw.endswith("ed") and len(lw) > 4 \
                and (i == 0 or words[i - 1].lower() not in _DROP_OR_STOP) and words[i][0].islower():
            base = guess_lemma(lw)  # "questioned", "complained": verbs outside the lexicon
        if base is None or base in AUXILIARIES and lw not in ("held",):
            continue
        if base == lw and 1 < i and words[i - 1][:1].isupper() and words[i - 2].lower() in _PLACE_PREPOSITIONS:
            continue  # "the coast of Odisha state at 8 am": a noun after a name, not its verb
        if not from_right and lw.endswith("ed") and 0 < i and i + 1 < len(words) \
                and words[i + 1].lower() == "by" and words[i - 1][:1].islower() \
                and words[i - 1].lower() not in _DROP_OR_STOP and lemma(words[i - 1].lower()) is None:
            continue  # "a freight train operated by Norfolk Southern derailed": a noun's modifier
        if lw == "strike" and i > 0 and words[i - 1].lower() == "on":
            # "workers went on strike at 6 a.m." (its start); "remain on strike" (not a start)
            return "go on strike" if i > 1 and lemma(words[i - 2].lower()) == "go" else "on strike"
        if i > 0 and lemma(words[i - 1].lower()) == "be" and base != "be" and lw != words[i - 1].lower():
            # a passive: "talks were held" -> "talks"; "tariffs were announced" -> "announce
            # tariffs", the same key as the active "Trump announced tariffs"
            subject = words[: i - 1]
            if (not subject or lemma(subject[0].lower())) and outer:
                subject = outer  # "The wall [that gave way] was built": the head is outside
            head = subject_head(subject)
            if base in _LIGHT or base == "hold":
                return f"end {head}" if head and base in _ENDING else head or base
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if after in _COMPLEMENTS:
                base = f"{base} {after}"  # "the Titan was reported overdue": report overdue
            return f"{base} {head}" if head else base
        obj = _object(words[i + 1:])
        after = [w.lower() for w in words[i + 1:i + 3]]
        if base in ("come", "bring", "get", "be") and after == ["under", "control"]:
            return "contain"  # "the fire came under control around 11 pm": its end, not the fire
        if base == "go" and after == ["on", "strike"]:
            return "go on strike"  # "workers went on strike at 6 a.m."
        if base == "come" and after == ["to", "light"]:
            return "come to light"  # "the incident came to light at 6.30 am": found out, not the incident
        if base in ("strike", "hit", "rock", "shake") and obj:
            subject = subject_head(words[:i])
            if subject and subject.split()[-1] in NOUN_EVENTS:
                return subject  # "a second blast struck the Medina district": the blast
        if base in _LIGHT and not obj or base == "take" and obj[:1] == ["place"]:
            subject = subject_head(words[:i]) or _antecedent(outer)
            at = next((k for k in range(i - 1, -1, -1) if words[k].lower() == subject), None) if subject else None
            if at is not None and not titled and words[at][:1].isupper() and _in_a_name(words, at) \
                    and subject not in NOUN_EVENTS:
                # "The Central Emergency Operation Center opened at 6pm": a name's opening, an
                # event of its own (not the centre, which a placing verb would take for the story's)
                return f"{base} {subject}"
            if subject:
                # "the strike ended Thursday": the strike's end, not the strike
                return f"end {subject}" if base in _ENDING else subject
        return " ".join([base, *obj])
    return None


#: Where a main clause read after a time ends: a stop, a bracket or a quote, or a conjunction.
_MAIN_CLAUSE_END = re.compile(r"[;:()\"“”—–]|\b(?:and|but|while|because)\b")
#: A phrase that places a time opening a sentence, up to its comma: " during a party in the
#: park, ", " in the capital's Bali district, " (no verb of its own).
_OPENING_ADJUNCT = re.compile(r"\s+(?:during|in|at|on|near|inside|outside|at\s+the\s+height\s+of)\s+"
                              r"[^,;:.()]{1,100}?,\s*")
#: Brackets and commas right after a time ("(about when the other blasts went off),").
_LEADING_ASIDES = re.compile(r"^(?:\s*\([^)]*\))*[\s,]*")
#: A lead that names a source, not the subject: "According to initial reports, the fire …".
_ACCORDING = re.compile(r"^\s*according to [^,;]{1,80},", re.I)
#: Words of a hedge before a time ("at exactly 11:42", "at approximately 9:05").
_HEDGES = frozenset("exactly approximately precisely roughly about around just shortly some nearly".split())
#: Prepositions before a place's name: a bare verb form after "of Odisha" is a noun ("state").
_PLACE_PREPOSITIONS = frozenset("of in at from near".split())


def _antecedent(outer: list[str] | None) -> str | None:
    """The event noun a relative clause is about: the last word before "that"/"which" ("an
    attack [that police say began at 9:40]" -> "attack"), when it names an event."""
    if not outer:
        return None
    last = outer[-1]
    if last.lower() in _ACTIVITY_NOUNS and len(outer) > 1:
        last = outer[-2]  # "the rescue operation, which started at about 10 a.m": the rescue
    w = last.lower()
    return w if last.islower() and (w in NOUN_EVENTS or w in OCCASION_NOUNS or event_lemma(w) == w) else None


#: Nouns that name an activity only by the word before them ("rescue operation", "search effort").
_ACTIVITY_NOUNS = frozenset("operation operations effort efforts mission drive exercise work".split())


def _title_case(words: list[str]) -> bool:
    """True for a headline written in title case ("Gunman Opens Fire at Mall"), where a
    capital says nothing of names: no word of four letters or more is in lower case."""
    return not any(w[:1].islower() and len(w) > 3 for w in words)


def _in_a_name(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is a capitalised word inside a name of several capitalised
    words ("ACME Shooting Goods", "Fire Department", "Crash Investigation Unit"): part of the
    name, not the event."""
    w = words[i]
    if not w[:1].isupper() or w.isupper() and len(w) > 1 and i == 0:
        return False
    return (i > 0 and words[i - 1][:1].isupper()) or (i + 1 < len(words) and words[i + 1][:1].isupper())


def subject_head(words: list[str]) -> str | None:
    """The head noun of the subject before a verb: "the talks" -> "talks", "talks with
    Nakatani" -> "talks" (the head stands before its first preposition)."""
    span = [w for w in words if lemma(w.lower()) not in AUXILIARIES]
    said = [i for i, w in enumerate(span) if w.lower() in _SAY_FORMS]
    if said:
        span = span[said[-1] + 1:]  # "officials said contact was lost": the subject is "contact"
    for i, w in enumerate(span):
        if (w.lower() in _STOP or w == "of" and span[i - 1].islower()) and i > 0:
            span = span[:i]  # "earthquake of magnitude 7.6": the head is before "of"
            break
    for n in range(len(span) - 1, -1, -1):
        lw = span[n].lower()
        if lw in _DROP:
            continue
        if lw in _PRONOUNS or lw in _STOP:
            return None
        prev = span[n - 1].lower() if n > 0 else ""
        if prev and event_lemma(prev) and prev not in _DROP:
            return f"{prev} {lw}"  # "the dive operation began": the dive began
        return lw
    return None


def left_event(text: str, lo: int, pos: int) -> str | None:
    """The event of the clause that ends at ``pos`` ("Y" in "Y, a day after X")."""
    left = text[max(lo, pos - WINDOW):pos].rstrip(" ,;")
    edges = list(_CLAUSE_EDGE.finditer(left))
    clause = left[edges[-1].end():] if edges else left
    return verb_phrase(_tokens(clause), from_right=True)


#: Words that may stand between an event noun and the time that dates it ("the quake at
#: around 1:25 a.m.", "a second blast shortly after 7.30am").
NOUN_TO_TIME = frozenset("at on around about near nearly roughly approximately some just shortly "
                          "before after early late in".split())


#: Nouns for something said: a time right after one dates the saying.
_STATEMENT_NOUNS = frozenset("conference briefing statement announcement communique communiqué "
                             "interview bulletin".split())


#: Verbs of being told of an event, and the prepositions that follow them ("informed about the
#: stampede at 3 AM", "learned of the crash at noon", "alerted to the fire at 2:10"): the time is
#: when the news came, not the event's.
_TOLD_VERBS = frozenset("inform tell brief alert notify learn hear warn apprise".split())
_TOLD_OF = frozenset("about of on to".split())


def _noun_the_time_follows(words: list[str]) -> str | None:
    """The event noun a time directly follows (``words``: its clause up to the time), "the
    Kumamoto quake at 1:25am", "a second blast at 7.30am": the time dates that noun, whatever
    verb the clause has ("400 people were treated after the quake at 1:25am"). Not after a
    verb ("opened fire at 2 pm"). (The identity reader's ``_event_noun_before`` does the same
    for a date after "on"/"in"/"of" across a phrase of place, on the classified event.)"""
    n = len(words)
    while n and words[n - 1].lower() in NOUN_TO_TIME:
        n -= 1
    if n == len(words) or n < 2:
        return None  # the time does not follow a preposition: "the blast Monday" reads as before
    noun = words[n - 1].lower()
    if noun in _STATEMENT_NOUNS and words[n - 1].islower():
        # "according to a press conference on Saturday", "in a statement on Monday": the day
        # something was said, not the day of the event it tells
        return "say"
    if noun not in NOUN_EVENTS or not words[n - 1].islower():
        return None
    # the noun's phrase must be a subject or a preposition's object ("after the quake at",
    # "A second blast at"), not a verb's object ("opened fire at 2 pm", "joined the strike on
    # Monday", "reported the fire at 3 pm": the time dates the verb)
    k = n - 2
    while k >= 0 and n - 2 - k < 4:
        w = words[k].lower()
        if w in _STOP:
            if w in _TOLD_OF and k > 0 and (lemma(words[k - 1].lower()) or guess_lemma(words[k - 1].lower()) or "") in _TOLD_VERBS:
                return None  # "was informed about the stampede at 3 AM": when he was told
            return noun
        if lemma(w) or w.endswith("ed") and w not in _DROP:
            return None
        k -= 1
    return noun if k < 0 else None


def event_for(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The event phrase for the temporal expression at [start, end) in sentence [lo, hi)."""
    # a clause is short: a bounded window keeps a huge "sentence" (a table) linear
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    left = text[lo:start]
    edges = list(_CLAUSE_EDGE.finditer(left))
    clause = left[edges[-1].end():] if edges else left
    outer = _tokens(left[:edges[-1].start()]) if edges and edges[-1].group().lower() in _RELATIVE else None
    clause_words = _tokens(clause)
    noun = _noun_the_time_follows(clause_words)
    if noun:
        return noun
    phrase = verb_phrase(clause_words, from_right=True, outer=outer)
    if phrase:
        return phrase
    own = [w for w in clause_words if w.lower() not in _DROP]
    if edges and edges[-1].group().lower() in _SUBORDINATE and len(own) >= 2 \
            and own[-1].islower() and own[-1].lower() not in _STOP:
        # "when the dam burst Friday": a clause of its own dates its own verb, even one the
        # lexicon does not know, never the main clause's ("Authorities say …")
        return guess_lemma(own[-1].lower()) or own[-1].lower()
    # "… at 9:30 p.m. and by 9:38 p.m., a mass casualty event was declared": a time that
    # opens a clause of its own after "and" dates the clause after its comma
    bare = not [w for w in own if w.lower() not in _STOP] and bool(edges) \
        and edges[-1].group().lower() in ("and", "but") and text[end:hi].lstrip().startswith(",")
    right = text[end:hi]
    if edges and edges[-1].group() == "," and right.lstrip().startswith(",") \
            and any(w.lower() not in _DROP_OR_STOP for w in clause_words):
        # "…, the President, Paul Biya on 25 October 2016, set up a commission": a time between
        # a subject set off by commas and its verb dates that verb, not one of an earlier clause
        after = _tokens(right.lstrip(" ,")[:160])
        first = after[0].lower() if after else ""
        base = lemma(first) if first else None
        if after and after[0].islower() and not first.endswith("ing") \
                and (base or event_lemma(first)) and base not in AUXILIARIES:  # not "…, killing 13 people"
            phrase = verb_phrase(after, from_right=False)
            if phrase:
                return phrase
    reported = bool(edges) and edges[-1].group().lower() == "that" \
        and left[:edges[-1].start()].rstrip().rsplit(" ", 1)[-1].lower() in _SAY_FORMS \
        and all(w.lower() in _DROP_OR_STOP or w.lower() in _HEDGES for w in clause_words)
    if reported:
        # "a statement said that at 9:05 a.m. (about when the other blasts went off), an
        # explosion took place": the time opens the reported clause and dates its verb
        tail = _LEADING_ASIDES.sub("", text[end:hi])
        cut = _MAIN_CLAUSE_END.search(tail)
        phrase = verb_phrase(_tokens(tail[: cut.start()] if cut else tail[:200]), from_right=False)
        if phrase:
            return phrase
    if edges and not bare and not reported and any(w.lower() not in _DROP_OR_STOP for w in clause_words):
        # "Days after the collapse, the local administration on Monday deployed bulldozers": a
        # time between a subject and its verb dates that verb, not one of an earlier clause
        after = _tokens(right[:160])
        first = after[0] if after else ""
        base = (lemma(first.lower()) or event_lemma(first.lower())) if first else None
        if first.islower() and first.endswith("ed") and base and base not in AUXILIARIES:
            phrase = verb_phrase(after, from_right=False)
            if phrase:
                return phrase
    if clause.strip() and edges and not bare and not reported:
        # "voted in March and in May"; not "a statement said that at 9:05 a.m., an explosion
        # took place": the time dates the reported clause after it. A lead "According to
        # initial reports," names no subject
        phrase = verb_phrase(_tokens(_ACCORDING.sub("", left)), from_right=True)
        if phrase:
            return phrase
    m = re.match(r"['’]s\s+(\w+)", right)
    if m:
        return m.group(1).lower()  # "Sunday's talks"
    entry = _TIMELINE.match(right)
    if entry and not clause.strip():
        # "11:40 a.m.: The gunman entered the school", "11:44 a.m.: Police enter the school": a
        # timeline's entries share verbs more than events, so an entry's event names its agent
        main = _APPOSITION.sub(" ", right[entry.end():][:240])
        cut = _MAIN_CLAUSE_END.search(main)
        words = _tokens(main[: cut.start()] if cut else main)
        phrase = verb_phrase(words, from_right=False)
        if phrase:
            verb_at = next((i for i, w in enumerate(words) if (lemma(w.lower()) or guess_lemma(w.lower()) or "")
                            == phrase.split()[0]), None)
            passive = verb_at is not None and verb_at > 0 and lemma(words[verb_at - 1].lower()) == "be"
            agent = subject_head(words[:verb_at]) if verb_at and not passive else None
            return f"{phrase} by {agent}" if agent and agent not in phrase.split() else phrase
    cut = _CLAUSE_EDGE.search(right.lstrip(" ,"))
    head = right.lstrip(" ,")
    head = head[: cut.start()] if cut and cut.start() > 0 else head[:120]
    phrase = verb_phrase(_tokens(head), from_right=False)
    if phrase:
        return phrase
    adjunct = _OPENING_ADJUNCT.match(right) if not any(
        w.lower() not in _DROP_OR_STOP and w.lower() not in _HEDGES for w in clause_words) else None
    if adjunct:
        # "At about 8pm during a party in the park, the powder caught fire": a time that opens
        # the sentence, then a phrase that only places it; its event is the main clause's verb
        main = _APPOSITION.sub(" ", right[adjunct.end():][:240])
        cut = _MAIN_CLAUSE_END.search(main)
        phrase = verb_phrase(_tokens(main[: cut.start()] if cut else main), from_right=False)
        if phrase:
            return phrase
    if right.lstrip().startswith(",") or entry:
        # "On September 29, 2013, the ship Rhosus, which was flying the Moldovan flag, left the
        # port": the date opens the sentence; its event is the main verb after the subject.
        # "10:10 p.m.: Scott stops performing": a timeline entry, the same
        main = _APPOSITION.sub(" ", (right[entry.end():] if entry else right.lstrip(" ,"))[:240])
        cut = _MAIN_CLAUSE_END.search(main)
        phrase = verb_phrase(_tokens(main[: cut.start()] if cut else main), from_right=False)
        if phrase:
            return phrase
    words = [w.lower() for w in clause_words]
    while words and words[-1] in _TRAILING:
        words.pop()
    if words and words[-1] in _PARTS_OF_DAY:
        return None  # "the evening of Jan. 29": a part of a day names no event
    return words[-1] if words else None


#: Words for a part of a day or a day itself: what a date is "the … of", never an event.
_PARTS_OF_DAY = frozenset(PARTS_OF_DAY) | frozenset("dawn dusk midnight noon day days date week weekend".split())


def noun_phrase(s: str, limit: int = 5) -> str | None:
    """An event named after "following", "ahead of", "anniversary of": "the Battle of Iwo
    Jima" -> "battle of iwo jima"; "he met Trump" -> "meet trump"."""
    words = _tokens(s[:160])
    if words and words[0].lower() in _PRONOUNS:
        words = words[1:]  # "after he met Trump": the event is the verb phrase
        if words and lemma(words[0].lower()):
            return verb_phrase(words, from_right=False)
    for i, w in enumerate(words[1:4], start=1):
        lw = w.lower()
        base = lemma(lw) or (guess_lemma(lw) if lw.endswith("ed") else None)
        if base and base not in AUXILIARIES and w[0].islower() and not lw.endswith("ing") \
                and words[i - 1].lower() not in _DROP_OR_STOP:
            return " ".join([base, *_object(words[i + 1:])])  # "after the president questioned"
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower().rstrip(".")
        if lw in _DROP and not out:
            continue
        if lw in _STOP and lw != "of" and lw != "with":
            break
        if i > 0 and lemma(lw) and lw not in ("talks",) and out and lemma(out[0]) is None and w[0].islower():
            break  # a main-clause verb after the noun phrase
        out.append((guess_lemma(lw) or lw) if not out and lw.endswith(("ing", "ed")) else lw)
        if len(out) == limit:
            break
    while out and out[-1] in ("of", "with"):
        out.pop()
    return " ".join(out) or None


def phrase_end(text: str, start: int, hi: int) -> int:
    """Where the noun phrase starting at ``start`` ends: the next punctuation mark."""
    m = _PHRASE_END.search(text, start, hi)
    return m.start() if m else hi


#: Punctuation that ends a phrase; a full stop only when it is no abbreviation ("U.S.").
_PHRASE_END = re.compile(r"[,;:()\"“”—]|(?<![A-Z])\.(?!\w)")

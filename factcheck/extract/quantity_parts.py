"""The pieces around a figure: what rules it out (identifiers, dates, times, phone numbers),
its unit, the base of a share ("% of GDP") and the counted noun ("50,000 U.S. troops").

Every function looks at a bounded window, so each figure costs constant time."""

from __future__ import annotations

import re
from functools import lru_cache

from ..units import is_unit
from .hedges import HEDGES, POST_HEDGES
from .subjects import subject_of
from .units_text import (CURRENCY_CODES, CURRENCY_WORDS, SCALES, SHORT_UNITS, UNIT_AFTER, UNITS,
                         normalise_measure, singular, unit_spelling_ok)

_SP = r"[ \t\u00a0\u2009\u202f]"
#: Digit chains that are dates, times, versions, scores or phone numbers as a whole.
_CHAIN = re.compile(r"\d+(?:[-./]\d+){2,}|\d+(?::\d+)+|\d{3}[-.]\d{4}(?!\d)|\d+/\d+")
_TIME_AFTER = re.compile(
    rf"{_SP}*(?:[ap]\.m\.|(?i:[ap]m)(?![\w])|o['\u2019]clock|GMT|UTC|BST|CET|EST|EDT|PST|PDT|JST"
    rf"|ET|PT|hrs(?![\w])|h(?![\w]))")
_GLUED = re.compile(r"[A-Za-z]+")
_MULTIPLIER_GLUED = re.compile(r"(?:x|fold)(?![\w])")
_MINUS_WORD = re.compile(r"(?<![\w])(?:minus|negative)-\Z", re.I)
_ORDINAL = frozenset({"st", "nd", "rd", "th", "s"})
_FRACTION_SLASH = re.compile(r"(?P<a>\d)/(?P<b>[2348])(?![\d/])")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{_MONTHS})\.?,?{_SP}+\Z")
_MONTH_AFTER = re.compile(rf"(?:{_SP}*(?:st|nd|rd|th))?{_SP}+(?:of{_SP}+)?(?:{_MONTHS})(?![\w])")
_LABEL_LIST = re.compile(
    rf"(?<![\w])(?P<w>[A-Za-z]+)\.?{_SP}+\d+[a-z]?(?:{_SP}*,{_SP}*\d+[a-z]?)*{_SP}*,?{_SP}*"
    rf"(?:and|or|to|&|-|\u2013)?{_SP}*\Z")
#: Plurals of label words that also count things ("3 days", "5 weeks", "2 games").
_NOT_LABEL_PLURALS = frozenset({"days", "weeks", "games", "seasons", "rounds", "lines", "units",
                                "groups", "areas", "bills", "boxes", "lots", "acts", "forms",
                                # also verbs: "the stadium seats 81,000", "it issues 500 permits"
                                "seats", "issues", "numbers", "tracks", "levels", "rules"})
_WORD_BEFORE = re.compile(rf"(?P<w>[A-Za-z][\w.&'\u2019-]*){_SP}+\Z")
#: Lower-case words after which a number is a label: "section 427", "row 21", "version 2".
ID_WORDS = frozenset(
    "section row seat gate room route highway exit flight chapter article clause paragraph "
    "amendment resolution item step phase stage level tier category grade page volume issue "
    "episode season round game week day number no no. model type class version platform line "
    "terminal floor suite apartment unit lot box figure fig fig. table appendix district ward "
    "precinct zone block sector region channel pier berth lane bay rule act title bill "
    "division unit squadron battalion brigade regiment corps fleet group area pattern size "
    "code form schedule part annex protocol psalm verse track number.".split())
#: Capitalised words that leave a following number a figure ("About 300", "In 2024 …").
FREE_CAPS = _FREE_CAPS = frozenset(
    "the a an in on at by for from to of with only just all some about around over under "
    "nearly almost and but or another its their his her our those these that this each "
    "every than least most roughly approximately up down between more fewer less still "
    "yet so then when while after before since until exactly precisely fully total overall "
    "another some if as both once since also even into across among against per via "
    "estimated below above beyond within without during through there here perhaps maybe "
    "possibly probably likely reportedly already now today yesterday tomorrow currently last "
    "next first then thus including plus excluding nationwide worldwide globally altogether "
    "together combined collectively monday tuesday wednesday thursday friday saturday "
    "sunday".split())
_NOUN_MODS = (
    "new|more|additional|extra|other|active|armed|military|civilian|foreign|young|elderly|"
    "local|senior|junior|former|current|registered|eligible|confirmed|reported|suspected|known|"
    "separate|innocent|unarmed|international|domestic|private|public|federal|small|large|"
    "major|key|regular|reserve|combat|ground|naval|nuclear|ballistic|cruise|long-range|"
    "wounded|injured|dead|displaced|affected|full-time|part-time|permanent|temporary|"
    "million|billion|thousand|fighter|war|navy|army|air|marine|cargo|passenger|police|"
    "government|security|health|aid|rescue|state|tomahawk|patriot|missile")
#: A capitalised plural of people ("Americans", "Iraqis", "Britons", "Chinese"): the one
#: capitalised noun a count may have.
PEOPLE_NAME = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|ns)")
_NP = re.compile(
    rf"{_SP}+(?:(?P<of>of){_SP}+(?P<det>(?:the|its|their|his|her|our|those|these|them|us)(?![\w]))?{_SP}*)?"
    rf"(?P<mods>(?:(?:[A-Z][\w.&'\u2019-]*|[a-z]+-[a-z]+(?:-[a-z]+)*|(?:{_NOUN_MODS})){_SP}+)"
    rf"{{0,3}})(?P<noun>[a-z][a-z]+(?:-[a-z]+)*|{PEOPLE_NAME.pattern})(?![\w'\u2019-])")
#: Words that are never a counted noun right after a number.
NOT_NOUNS = frozenset(
    "and or of in on at to for from by with the a an is was were are be been being has have "
    "had will would could should may might can did do does than that this these those which "
    "who whom whose what when where while as per into onto over under about after before "
    "since until percent cent times fold year years month months week weeks day days hour "
    "hours minute minutes ago later earlier old each apiece alone more less fewer said says "
    "say told also just only not its their his her our your them they he she it we you i "
    "out off up down if but so yet nor amid among against via during through across between "
    "per against then than there here again too very most least many much such both all "
    "any some no yes every either neither other another same own including like unlike".split())
#: Nouns in -ing that are counted ("12 buildings" is plural; these are the singular ones).
ING_NOUNS = frozenset(
    "building meeting shooting bombing killing filing listing ruling rating reading finding "
    "holding setting warning training landing opening crossing posting recording painting "
    "drawing hearing ceiling wedding uprising sitting screening sighting marking offering "
    "sibling being thing evening morning king ring string spring wing bearing".split())
#: Frequent verbs that can follow a noun phrase ("the budget went", "voters say").
COMMON_VERBS = frozenset(
    "go goes went come comes came say stay stays remain remains live lives work works get gets "
    "got make makes made take takes took see sees saw give gives gave want wants need needs "
    "think thinks believe believes support supports oppose opposes back backs use uses own "
    "owns hold holds held pay pays paid spend spends spent stand stands fall falls rise rises "
    "vote votes agree agrees disagree favour favor favors live apply applies cover covers start "
    "starts begin begins due hit hits lie lies run runs cost costs mean means".split())
_BASE = re.compile(
    rf"{_SP}+of{_SP}+(?:all{_SP}+)?(?:(?:the|its|their|his|her|our|this|that|a|an){_SP}+)?"
    rf"(?:[a-z]+['\u2019]s{_SP}+)?"
    rf"(?:(?P<poss>(?:[A-Z][\w.&-]*{_SP}+){{0,2}}[A-Z][\w.&-]*)['\u2019]s{_SP}+"
    rf"|(?P<mod>U\.S\.|US|UK|EU|[A-Z][a-z]+(?:an|ese|ish|i)){_SP}+)?"
    rf"(?:(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+){_SP}+)?"
    rf"(?P<base>gross{_SP}+domestic{_SP}+product|GDP|GNP|GNI|economic{_SP}+output|"
    rf"national{_SP}+income|[a-z][a-z-]+(?:{_SP}+[a-z][a-z-]+){{0,2}}"
    rf"|[A-Z][a-z]+(?:ans|ians|ese|ons|is))(?![\w])")
#: "72% of those polled": the people asked, whatever the verb.
_POLLED = re.compile(rf"{_SP}+of{_SP}+(?:all{_SP}+)?(?:those|people|adults|voters){_SP}+"
                     rf"(?:polled|surveyed|questioned|asked|interviewed|sampled)(?![\w])")
_PLURAL_NEXT = re.compile(rf"{_SP}+[a-z]+s(?![\w'\u2019-])")
_GDP = {"gross domestic product": "GDP", "gdp": "GDP", "gnp": "GNP", "gni": "GNI",
        "economic output": "GDP", "national income": "GNI"}


#: A person's name right before a bracket: "Idris Ojo (37)" (two capitalised words or more).
NAME_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][a-z'’-]+[ \t]+){1,3}[A-Z][a-z'’-]+)[ \t]*\Z")


def age_in_brackets(text: str, lo: int, start: int, end: int) -> bool:
    """"Idris Ojo (37) was arrested": a whole number up to 110 in brackets right after a
    person's name is the press's way of giving an age."""
    digits = text[start:end]
    return digits.isdigit() and 0 < int(digits) <= 110 and text[start - 1:start] == "(" \
        and text[end:end + 1] == ")" and NAME_BEFORE.search(text, lo, start - 1) is not None


def excluded_by_neighbours(text: str, start: int, end: int, lo: int, hi: int,
                           second: bool = False) -> int | None:
    """Where to resume when the digits at ``[start, end)`` are part of an identifier, a date, a
    time, a version, a score or a phone number; None when they may be a figure."""
    prev = text[start - 1] if start > lo else " "
    prev2 = text[start - 2] if start - 1 > lo else " "
    if prev in "-\u2010\u2011" and prev2.isalnum() and not second \
            and not _MINUS_WORD.search(text, max(lo, start - 10), start) \
            and not _MEASURE_HYPHEN.search(text, max(lo, start - 12), start):
        return end  # F-47, SM-6, COVID-19 (the second end of a range "2-3%" is read apart)
    if (prev in "#\u2116'\u2019/" and not second) or (prev == "(" and text[end:end + 1] == ")"
                                                          and not age_in_brackets(text, lo, start, end)):
        return end  # #1, '90s, 3/4's second half, (202)
    if prev == "+" and re.match(r"\d{1,3}[ \t-]\d", text[start:start + 6]):
        return _skip_digits(text, start, hi)
    chain = None if second else _CHAIN.match(text, start, hi)
    if chain and not _FRACTION_SLASH.fullmatch(chain.group()):
        return chain.end()
    if _TIME_AFTER.match(text, end, hi):
        return end
    glued = _GLUED.match(text, end, hi)
    if glued:
        word = glued.group().lower()
        if word in ("c", "f") and glued.group() not in ("C", "F"):
            return glued.end()  # "5c", "3f": not temperatures
        known = (word in SCALES or (word in UNITS and unit_spelling_ok(glued.group()))
                 or word in CURRENCY_WORDS or word.upper() in CURRENCY_CODES
                 or word.rstrip("s") in SCALES or _MULTIPLIER_GLUED.match(text, glued.start(), hi))
        if word in _ORDINAL or not known:
            return glued.end()  # 7th, 1990s, 5G, 3D, 5Gb ("2.5x" and "10fold" are multipliers)
    if end < hi and text[end] in "-\u2010\u2011":
        after = _GLUED.match(text, end + 1, hi)
        if after and not _unit_word(after.group().lower(), text, end + 1, hi) \
                and after.group().lower() not in _ATTRIBUTE_NOUNS:
            return after.end()  # "737-MAX", "5-member panel": a label (but "a 27-storey tower")
    return None


#: Counts joined to a noun that describe what they modify: "a 27-storey tower", "the
#: 650-seat House", "a 12-story condo" (identity reads them as the thing's attribute).
_ATTRIBUTE_NOUNS = frozenset("storey storeys story stories floor floors seat seater magnitude page "
                             "pages".split())
#: A measure joined to the figure after it: "a magnitude-7.8 quake" (not "F-47", "COVID-19").
_MEASURE_HYPHEN = re.compile(r"\bmagnitude[-\u2010\u2011]\Z", re.I)


def _unit_word(word: str, text: str, pos: int, hi: int) -> bool:
    if word in SCALES or word in POST_HEDGES or word in ("plus", "odd", "fold", "strong"):
        return True
    m = UNIT_AFTER.match(text, pos, hi)
    return m is not None


def _skip_digits(text: str, start: int, hi: int) -> int:
    m = re.compile(r"[\d \t().-]{1,24}").match(text, start, hi)
    return m.end() if m else start + 1


def identifier_before(text: str, start: int, lo: int) -> bool:
    """True when the word before the number makes it a label: "Section 427", "Trump 2.0",
    "Boeing 737", "No. 1", "row 21"."""
    listed = _LABEL_LIST.search(text, max(lo, start - 60), start)
    if listed and (listed.group("w").lower() in ID_WORDS
                   or listed.group("w").lower().removesuffix("s") in ID_WORDS):
        return True  # "phases 3, 5 and 7", "Articles 5 and 6"
    m = _WORD_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return False
    word = m.group("w")
    if word.endswith(("'s", "\u2019s")):
        return False
    if word.lower() in ID_WORDS or (word.lower().endswith("s") and word.lower()[:-1] in ID_WORDS
                                    and word.lower() not in _NOT_LABEL_PLURALS):
        return True
    return any(ch.isupper() for ch in word) and word.lower().rstrip(".,") not in _FREE_CAPS \
        and word.lower() not in HEDGES and subject_of(word.rstrip(".,")) is None


#: What may not follow digits grouped by plain spaces: a glued unit or a compound ("3 100m",
#: "12 100-metre"), or another separator ("5 500,000").
_SPACED_STOP = re.compile(r"[A-Za-z]|[-\u2010\u2011][A-Za-z]|[,.]\d")


def spaced_groups_ok(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when digits grouped by plain spaces at ``[start, end)`` are one figure ("3 500
    people", "1 234 567"). They are two numbers after a label or a month ("Article 5 500
    times", "March 3 500 people"), before a glued unit or a compound, or when the first group
    starts with 0 (a phone or code)."""
    if text[start] == "0" or (end < hi and _SPACED_STOP.match(text, end, hi)):
        return False
    return not (identifier_before(text, start, lo)
                or _MONTH_BEFORE.search(text, max(lo, start - 12), start))


#: Plural nouns a year often modifies ("2024 elections", "2023 sales"): after a bare year-like
#: figure they keep it a year unless a hedge says it is an amount ("about 2000 sales").
_YEAR_NOUNS = frozenset(
    "elections olympics games midterms polls primaries championships finals playoffs results "
    "figures levels sales profits earnings revenues accounts budgets forecasts estimates numbers "
    "prices rates statistics returns losses exports imports emissions targets goals standards "
    "rules regulations guidelines reforms laws protests riots attacks floods fires wildfires "
    "talks negotiations accords agreements events tours seasons models editions versions "
    "vintages graduates classes cohorts rankings awards nominations winners honours honors "
    "bonuses salaries wages payments taxes fees tariffs deadlines plans projects campaigns "
    "contracts releases shipments guidance filings reports surveys census censuses "
    "measurements records highs lows peaks totals averages".split())
#: Words before a year-like figure that make it a year: determiners, possessives, time
#: prepositions ("the 2000 people", "in 2000 homes" are rare; "the 2000 elections" is not).
_YEAR_BEFORE = frozenset(
    "the a an its their his her our your my this that these those in since until till by "
    "before after during from through circa c. fiscal fy mid early late end of".split())
_YEAR_LIST_BEFORE = re.compile(
    rf"(?<![\d.,])(?:1\d{{3}}|20\d{{2}}){_SP}*(?:,|and|or|to|through|-|\u2013){_SP}*\Z")
#: Collective nouns that count people without a plural -s.
_PLURAL_COLLECTIVES = frozenset({"police", "personnel", "staff", "cattle", "livestock", "aircraft"})


def counted_not_year(text: str, start: int, end: int, lo: int, hi: int, hedged: bool) -> bool:
    """True when the year-like figure at ``[start, end)`` counts the plural noun after it:
    "About 2000 people", "sent 1500 troops", "Between 1500 and 2000 people"; but not "the
    2000 elections", "2023 sales rose", "in 2000 homes"."""
    noun = counted_noun(text, end, hi, words=False)
    if noun is None:
        return False
    written = text[end:noun[3]].split()[-1].lower()
    if singular(written) == written and written not in _PLURAL_COLLECTIVES:
        return False  # "the 2000 election": a singular noun takes a year
    if hedged:
        return True
    if written in _YEAR_NOUNS:
        return False
    if _YEAR_LIST_BEFORE.search(text, max(lo, start - 16), start):
        return False  # "in 2019 and 2020 people left": the second of two years
    prev = _WORD_BEFORE.search(text, max(lo, start - 30), start)
    return prev is None or not (prev.group("w").lower() in _YEAR_BEFORE
                                or prev.group("w").endswith(("'s", "\u2019s")))


def is_year(raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100


def near_month(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True for the day or year of a date: "March 26", "26 March", "Feb. 7, 2025"."""
    raw = text[start:end]
    if not raw.isdigit() or (int(raw) > 31 and not is_year(raw)):
        return False
    return bool(_MONTH_BEFORE.search(text, max(lo, start - 12), start)
                or _MONTH_AFTER.match(text, end, hi))


def read_unit(text: str, pos: int, hi: int, glued_ok: bool) -> tuple[str, int] | None:
    """The unit (pint name) or currency (ISO code, upper case) written at ``pos``."""
    m = UNIT_AFTER.match(text, pos, hi)
    if m is not None:
        word = m.group("unit").lower()
        spaced = m.start("unit") > pos
        if word in SHORT_UNITS and (spaced or not glued_ok):
            return None
        if word in ("c", "f") and (spaced or m.group("unit") not in ("C", "F")):
            return None  # only a capital glued to the digits is a temperature: "1.5C", "40F"
        if not unit_spelling_ok(m.group("unit")) \
                or (spaced and word == "tb" and _PLURAL_NEXT.match(text, m.end(), hi)):
            return None  # "5Gb" is gigabits, "mW" milliwatts; "10 TB patients" have tuberculosis
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word], m.end()
        return UNITS[word], m.end()
    code = re.match(rf"{_SP}(?P<code>[A-Z]{{3}})(?![\w])", text[pos:min(hi, pos + 5)])
    if code and code.group("code") in CURRENCY_CODES:
        return code.group("code"), pos + code.end()
    return None


def read_base(text: str, end: int, hi: int) -> tuple[str, str | None, int] | None:
    """What a share is of: "2% of GDP" → ("GDP", None, end), "3% of Japan's GDP" →
    ("GDP", "Japan", end), "72% of those polled" → ("respondent", None, end). In "60% of its
    1,200 members" the base is read but the span stops at the share, so that the count of
    members stays a claim of its own."""
    polled = _POLLED.match(text, end, hi)
    if polled is not None:
        return "respondent", None, polled.end()
    m = _BASE.match(text, end, hi)
    if m is None:
        return None
    words = m.group("base").split()
    if words[0] in NOT_NOUNS:
        return None
    key = " ".join(words).lower()
    if key in _GDP:
        base = _GDP[key]
    elif _VOTES.intersection(key.split()[:3]):
        # "of the popular vote", "of the votes cast", "of valid ballots": the span ends at the
        # votes ("51.9% of the vote and Remain 48.1%")
        at = next(n for n, w in enumerate(words[:3]) if w.lower() in _VOTES)
        if at + 1 < len(words) and words[at + 1].lower() == "cast":
            at += 1
        words = words[:at + 1]
        base = "vote"
    else:
        for i, w in enumerate(words[1:], start=1):
            if w in NOT_NOUNS or w in COMMON_VERBS or w.endswith(("ed", "ly")) \
                    or _plural(words[i - 1]):
                words = words[:i]
                break
        base = normalise_measure(" ".join(words))
    stop = m.start("base") + len(" ".join(words)) if key not in _GDP else m.end()
    if m.group("n"):
        stop = end
    subject = m.group("poss") or (subject_of(m.group("mod")) if m.group("mod") else None)
    return base, subject, stop


_VOTES = frozenset("vote votes ballot ballots".split())

_PLURAL_FORMS = frozenset("people children men women police personnel staff feet teeth".split())


def _plural(word: str) -> bool:
    # A plural noun closes a noun phrase: "exports go", "troops remain", "133 people crashes".
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in _PLURAL_FORMS


@lru_cache(maxsize=8192)
def _is_pint_unit(word: str) -> bool:
    # pint parses slowly; nouns repeat, so each is asked once.
    return is_unit(word)


#: Adjectives that name people after "of the" ("nine of the dead", "40 of the injured").
THE_DEAD = frozenset("dead injured wounded missing deceased".split())

#: Nouns that end in "-ed" ("200 beds" never does, but "1 bed" and "a 3-seed" do).
_ED_NOUNS = frozenset("bed seed speed breed creed need shed feed steed weed deed reed sled red "
                      "hundred".split())


def counted_noun(text: str, end: int, hi: int, words: bool,
                 vague: bool = False) -> tuple[str, str, str | None, int] | None:
    """The counted noun after a figure as ``(unit, measure, subject, end)``: "50,000 U.S.
    troops" → ("troop", "troop", "U.S.", …)."""
    m = _NP.match(text, end, hi)
    if m is None:
        return None
    if m.group("of") and not m.group("det") and not vague:
        return None  # "3 of the 5" needs its determiner; "dozens of people" does not
    if vague and not m.group("of"):
        return None  # "Thousands leave homes": the people are implied, "leave" is a verb
    if m.group("det") in ("them", "us"):
        return None
    noun, stop, mods = m.group("noun"), m.end(), m.group("mods").split()
    low = noun.lower()
    if low.endswith("ed") and mods:
        if not (mods[-1][:1].isupper() and mods[-1].endswith("s")):
            return None
        noun, mods = mods[-1], mods[:-1]  # "2 million Hutus crossed": the name is the noun
        low, stop = noun.lower(), m.start("noun") - 1
    if m.group("of") and m.group("det") in ("the", "those"):
        first = (mods[0] if mods else noun).lower()
        if first in THE_DEAD:  # "nine of the dead", "18 of the injured": people so counted
            return first, first, None, (m.start("mods") if mods else m.start("noun")) + len(first)
    if low in NOT_NOUNS and mods and PEOPLE_NAME.fullmatch(mods[-1]):
        noun, mods = mods[-1], mods[:-1]  # "two Americans were": the name was read as a modifier
        low, stop = noun.lower(), m.start("noun") - 1
    if low in NOT_NOUNS or low.endswith("ly") or low in UNITS:
        return None
    if words and (low.endswith("ed") or low in ("met", "sides", "men's")):
        return None  # "the two agreed": a verb, not a counted noun
    if low.endswith("ed") and noun[0].islower() and low not in _ED_NOUNS:
        return None  # "42 died", "5 killed": a verb or a participle says what is counted
    if low.endswith("ing") and low not in ING_NOUNS and noun[0].islower():
        nxt = _NEXT_WORD.match(text, stop, hi)
        if nxt is not None and _plural(nxt.group("w")) and nxt.group("w") not in NOT_NOUNS \
                and nxt.group("w") not in COMMON_VERBS and not nxt.group("w").endswith(("ed", "ing")):
            # "48 firefighting units", "12 fishing boats": the -ing word modifies the noun after it
            noun, low, stop = nxt.group("w"), nxt.group("w"), nxt.end()
    if low.endswith("ing") and low not in ING_NOUNS:
        return None  # "7 providing": a participle
    if noun[0].islower():
        first = low
        low, stop = _head_noun(text, low, stop, hi)
        if low is None:
            return None
        if first == "crew" and low in ("member", "members"):
            low = first  # "12 Thai crew members": the crew, as "11 crew" is
    subject = None
    for mod in mods:
        subject = subject or subject_of(mod.rstrip(",.") if mod != "U.S." else mod)
    if noun[0].isupper():
        subject = subject or subject_of(noun)
    unit = singular(low)
    if _is_pint_unit(unit):
        # "300 points", "5 stones", "2 cups": a counted noun that is also a pint unit keeps a
        # plural form, so the claim stays a count and never converts to a length or a mass.
        unit = low if low != unit else unit + ("es" if unit.endswith(("s", "x", "ch", "sh")) else "s")
    return unit, unit, subject, stop


_NEXT_WORD = re.compile(rf"{_SP}+(?P<w>[a-z][a-z-]+)(?![\w'\u2019-])")
#: Adjectives that often stand between a figure and its noun ("34 critical minerals").
ADJECTIVES = frozenset(
    "great significant critical professional incremental ethnic key major big small large huge "
    "new old young top senior additional extra other further different separate similar "
    "various main important powerful potential possible local national international federal "
    "regional global foreign domestic economic political financial public private social "
    "annual average former current recent past previous next long short high low full free "
    "open special general specific certain particular real true direct serious heavy light "
    "hard soft rich poor strong weak modern ancient early late common rare total entire whole "
    "multiple numerous individual independent armed unarmed innocent civilian active".split())


def _adjective(word: str) -> bool:
    return word in ADJECTIVES or word.endswith(("ous", "ful", "less", "ible", "ical"))


def _head_noun(text: str, head: str, stop: int, hi: int) -> tuple[str | None, int]:
    """The head of a noun phrase that starts with ``head``: past adjectives and noun
    modifiers ("critical minerals", "club teams", "administration officials"); None when
    the phrase ends on an adjective ("two great and powerful")."""
    for _ in range(2):
        nxt = _NEXT_WORD.match(text, stop, hi)
        if nxt is None:
            break
        w = nxt.group("w")
        if w in NOT_NOUNS or w in COMMON_VERBS or w.endswith(("ed", "ly")) or w in UNITS:
            break
        if _adjective(head) or (not _plural(head) and _plural(w) and w not in ("is", "was")):
            head, stop = w, nxt.end()
            continue
        break
    return (None, stop) if _adjective(head) else (head, stop)

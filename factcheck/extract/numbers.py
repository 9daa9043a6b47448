"""Numeric claims: figures with their unit or counted noun, scale, range and hedge.

Identifiers (F-47, SM-6, COVID-19, Section 427), ordinals, years, dates, times of day and
phone numbers are not quantities and are left alone. Signs are read in signs.py, multipliers
("tripled", "2.5x") in multipliers.py. One regular expression finds where a
number starts; everything else is read from a bounded window around it, so the work per
number is constant and a text is read in linear time.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..models import QuantityValue
from . import multipliers, wordnum
from .hedges import APPROXIMATE, HEDGES, PERCENT_APPROX, POST_HEDGES, apply_hedge
from .temporal.places import known as known_place
from .measure import clause_subject, measure_after, measure_before
from .mention import Mention
from .quantity_parts import (FREE_CAPS, age_in_brackets, counted_noun, counted_not_year, excluded_by_neighbours,
                             identifier_before, is_year, near_month, read_base, read_unit,
                             spaced_groups_ok)
from .signs import CHANGE_UNITS, after_change_verb, is_fall, restates, written_sign
from .units_text import (CURRENCY_BEFORE, CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_ONLY_SCALES,
                         SCALE_AFTER, SCALES)

_SEPS = ",\u00a0\u2009\u202f "
#: Thousands are grouped by one separator, the same throughout ("3,500", "3 500", "1 234 567");
#: a plain space groups only when spaced_groups_ok agrees.
_GROUPED = r"\d{{1,3}}(?P<sep>[{seps}])\d{{3}}(?![\d])(?:(?P=sep)\d{{3}}(?![\d]))*"
#: Indian grouping: lakhs and crores in pairs of digits before the last three ("4,28,57,454").
_INDIAN = r"\d{{1,2}},(?:\d{{2}},)+\d{{3}}(?![\d])(?!,\d)"
_DIGITS = (r"(?<![\w.,\u00b2])(?:" + _INDIAN + r"|{grouped}|\d+)(?:\.\d+)?(?![\d])"
           r"|(?<![\w.,])\.\d+(?![\d])")
_WORDS = wordnum.anchor(multipliers.VERBS)
_FIRST = "".join(sorted(set(wordnum.FIRST_LETTERS + multipliers.FIRST_LETTERS
                            + multipliers.FIRST_LETTERS.upper())))


def _anchor(seps: str) -> re.Pattern[str]:
    # The leading look-ahead lets the engine skip most positions on one character test.
    digits = _DIGITS.format(grouped=_GROUPED.format(seps=seps))
    return re.compile(rf"(?=[\d.{_FIRST}])(?:(?P<digits>{digits})"
                      rf"|(?P<words>\b{_WORDS}(?P<fold>-?fold)?\b))", re.I)


_ANCHOR = _anchor(_SEPS)
#: The same without the plain space, for "Article 5 500 times" (two numbers).
_ANCHOR_TIGHT = _anchor(_SEPS.replace(" ", ""))
#: Digits longer than this are not a figure anyone reports (account numbers, digit noise).
MAX_DIGITS = 18
_WINDOW = 60
#: Longest hedge phrase plus spacing: how far back a hedge is looked for.
_HEDGE_REACH = 24
_SP = r"[ \t\u00a0\u2009\u202f]"
_HEDGE_BEFORE = re.compile(
    r"(?<![\w])(?P<hedge>" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + rf"){_SP}+\Z", re.I)
_POST_HEDGE = re.compile(
    rf"(?:{_SP}*|-)(?P<hedge>\+|" + "|".join(
        re.escape(h) for h in sorted(POST_HEDGES, key=len, reverse=True) if h != "+")
    + r")(?![\w])", re.I)
_BETWEEN = re.compile(rf"(?<![\w])(?P<word>between|from|by){_SP}+\Z", re.I)
_CONNECTOR = re.compile(rf"{_SP}*(?P<c>[-\u2010\u2011\u2013\u2014]|to|and|or){_SP}*", re.I)
#: "1 in 3 adults", "9 out of 10 doctors": a share, read with its noun.
_DIGIT_RATIO = re.compile(rf"{_SP}+(?:in|out{_SP}+of){_SP}+(?P<of>[1-9]\d{{0,2}})"
                          rf"(?={_SP}+[A-Za-z])(?!{_SP}+(?:and|or|to|in|on|at|of|by|for)\b)")
#: "nine out of ten voters": the words after "out of" are read as a number.
_OUT_OF = re.compile(rf"{_SP}+out{_SP}+of{_SP}+")
#: A dash with a space before it and none after is the sign of what follows ("15,000 -1.1%").
_SIGN_NOT_RANGE = re.compile(rf"{_SP}+[-\u2212]\d")
_SLASH_FRACTION = re.compile(r"/([2348])(?![\d/])")
_TEMPORAL_AFTER = re.compile(rf"{_SP}+(?:ago|earlier|later|before|after|from{_SP}+now|hence|prior)(?![\w])")
_HALF_ORDINAL = re.compile(r"(?:first|second|latter|other|the|back|front|opening|closing)[ \t]+\Z", re.I)
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
#: Hedge words that before a duration give its period, not a bound ("over five years").
_PERIOD_WORDS = frozenset({"over", "within", "under", "in excess of"})
#: Units after which the next word is rarely what is measured ("6,000 kilometres away").
_PHYSICAL = frozenset({"kilometer", "mile", "meter", "foot", "nautical_mile", "degree_Celsius",
                       "degree_Fahrenheit", "kilometer / hour", "mile / hour", "knot", "times"})
_OF_MONEY = re.compile(
    rf"{_SP}+of{_SP}+(?P<w>" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")(?![\w])",
    re.I)
#: "of 45", "of the bloc's 27": the whole a part is counted against.
_PART_OF = re.compile(
    rf"{_SP}+of{_SP}+(?:(?:the|its|their|his|her|our|[A-Z][\w.]*['\u2019]s|the{_SP}+[a-z]+['\u2019]s)"
    rf"{_SP}+)?(?P<n>\d{{1,3}}(?:,\d{{3}})*|\d+)(?![\d.,])")
_NAME_AFTER = re.compile(
    rf"{_SP}+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|And|But|Or)\b)[A-Z][a-z]")
_FRACTION_UNIT = re.compile(
    rf"(?:{_SP}+(?:of{_SP}+)?an?{_SP}+|-)(?P<u>percentage[ -]points?|per{_SP}?cent|percent|points?|"
    rf"basis[ -]points?)(?![\w-])", re.I)
#: After a fraction, "point" is a percentage point: "a quarter-point rate cut".
_FRACTION_UNITS = {"percentage": "percentage_point", "point": "percentage_point",
                   "basis": "basis_point", "percent": "percent", "per": "percent"}
_STRONG = re.compile(r"[-\u2010\u2011]strong(?![\w-])")
_AGE = re.compile(rf"(?:-|{_SP}+)old(?![\w])")
_BY_BEFORE = re.compile(rf"\bby{_SP}+\Z")
_CITATION = re.compile(r"[\[,;]\Z")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def find_quantities(text: str, start: int, end: int) -> list[Mention]:
    """Quantity mentions in ``text[start:end]`` (one sentence), in text order."""
    out: list[Mention] = []
    pos = start
    while pos < end:
        m = _ANCHOR.search(text, pos, end)
        if m is None:
            break
        m = _checked(text, m, start, end)
        mention, resume = _read(text, m, start, end)
        if mention is not None and (not out or mention.start >= out[-1].end):
            if out and out[-1].notes == [_FALL] and restates(text, out[-1].end, mention.start):
                _negate(mention)  # "fell 300 points, or 0.8%": the same fall in percent
            out.append(mention)
        pos = max(resume, m.end(), pos + 1)
    return out


def _checked(text: str, m: re.Match[str], lo: int, hi: int) -> re.Match[str]:
    """``m``, or the match at its start without plain-space groups when those are two
    numbers ("Article 5 500 times")."""
    if m.group("sep") != " " or spaced_groups_ok(text, m.start(), m.end(), lo, hi):
        return m
    return _ANCHOR_TIGHT.match(text, m.start(), hi) or m


class _Num:
    """A figure as read so far: where it lies, what it says and its digits as written (raw)."""

    __slots__ = ("start", "end", "low", "high", "kind", "digits", "scale", "unit", "currency",
                 "raw", "number_end")

    def __init__(self, start: int, end: int, low: float, high: float, kind: str, digits: bool):
        self.start, self.end, self.low, self.high = start, end, low, high
        self.kind, self.digits = kind, digits
        self.scale, self.unit, self.currency, self.raw = 1.0, None, None, None
        self.number_end = end


def _number_at(text: str, m: re.Match[str], limit: int) -> _Num | None:
    """The bare number of an anchor match: digits (with a glued vulgar fraction) or words."""
    if m.group("digits"):
        raw = m.group("digits")
        if sum(ch.isdigit() for ch in raw) > MAX_DIGITS:
            return None
        try:
            value = float(Decimal(raw.translate({ord(c): None for c in _SEPS})))
        except InvalidOperation:
            return None
        end, kind = m.end(), "number"
        if end < limit and text[end] in _VULGAR:
            value, end = value + _VULGAR[text[end]], end + 1
        slash = _SLASH_FRACTION.match(text, end, limit)
        if slash and value < int(slash.group(1)) and value == int(value):
            value, end, kind = value / int(slash.group(1)), slash.end(), "fraction"
        ratio = _DIGIT_RATIO.match(text, end, limit)
        if ratio and value == int(value) and 0 < value < int(ratio.group("of")):
            value, end, kind = value / int(ratio.group("of")), ratio.end(), "ratio"
        num = _Num(m.start(), end, value, value, kind, True)
        num.raw = raw
        return num
    if m.group("fold") or m.group("words").lower() in multipliers.VERBS:
        value = multipliers.word_value(text, m.start(), m.end(), 0, limit)
        if value is None:
            return None
        num = _Num(m.start(), m.end(), value, value, "number", False)
        num.unit = "times"
        return num
    read = wordnum.read(text, m.start(), limit)
    if read is None:
        return None
    num = _Num(m.start(), read.end, read.low, read.high, read.kind, False)
    if read.kind == "number" and read.low == int(read.low) and read.low > 0:
        _word_ratio(text, num, limit)  # "nine in 10 voters", "nine out of ten voters"
    return num


def _word_ratio(text: str, num: _Num, limit: int) -> None:
    ratio = _DIGIT_RATIO.match(text, num.end, limit)
    if ratio:
        of, end = float(ratio.group("of")), ratio.end()
    else:
        out = _OUT_OF.match(text, num.end, limit)
        whole = wordnum.read(text, out.end(), limit) if out else None
        if whole is None or whole.kind != "number":
            return
        of, end = whole.low, whole.end
    if num.low < of:
        num.low = num.high = num.low / of
        num.end, num.kind = end, "ratio"


def _scale_and_unit(text: str, num: _Num, limit: int) -> None:
    """Read the scale ("million", "bn", glued "k") and the unit after ``num``, moving its end."""
    if num.digits or num.kind == "number":
        s = SCALE_AFTER.match(text, num.end, limit)
        if s and not (num.kind == "number" and not num.digits and s.group("scale").lower() in SCALES
                      and len(s.group("scale")) < 4):
            word = s.group("scale").lower()
            glued = not s.group("glue")
            if (word not in GLUED_ONLY_SCALES or (glued and num.digits)) and (
                    word != "m" or _million_not_metre(text, s.end(), limit, num)):
                num.scale, num.end = SCALES[word], s.end()
    if num.kind == "fraction" and (f := _FRACTION_UNIT.match(text, num.end, limit)):
        # "half a percentage point", "a quarter-point cut": a fraction of a unit, not a share
        word = re.match(r"[a-z]+", f.group("u").lower()).group()
        num.unit, num.kind, num.end = _FRACTION_UNITS[word.removesuffix("s")], "number", f.end()
        return
    strong = _STRONG.match(text, num.end, limit) if num.digits else None
    if strong:
        num.end = strong.end()  # "a 10,000-strong crowd": the count of what follows
        return
    if num.unit is None and num.kind == "number":
        mult = multipliers.after(text, num.end, limit, glued=num.digits)
        if mult is not None:
            num.unit, num.end = "times", mult  # "2.5x", "10-fold", "three times as many"
            return
    unit = read_unit(text, num.end, limit, glued_ok=num.digits)
    if unit is not None:
        name, end = unit
        if name.isupper():
            num.currency = name
        else:
            num.unit = name
        num.end = end


def _million_not_metre(text: str, pos: int, limit: int, num: _Num) -> bool:
    """A glued "m" is a million after a currency sign or before a plural noun ("5m people")."""
    before = text[max(0, num.start - 4):num.start]
    if CURRENCY_BEFORE.search(before):
        return True
    nxt = re.match(rf"{_SP}+(?:[A-Z][\w.]*{_SP}+)?(?P<w>[a-z]+)", text[pos:min(limit, pos + 40)])
    return bool(nxt and (nxt.group("w").endswith("s") or nxt.group("w") in ("people", "barrels")))


def _read(text: str, m: re.Match[str], lo: int, hi: int) -> tuple[Mention | None, int]:
    """The mention that starts at anchor ``m`` (or None) and where scanning goes on."""
    num = _number_at(text, m, hi)
    if num is None:
        return None, m.end()
    if num.digits:
        skip = excluded_by_neighbours(text, num.start, num.end, lo, hi)
        if skip is not None:
            return None, skip
    _scale_and_unit(text, num, hi)
    window_start = max(lo, num.start - _WINDOW)
    claim_start = _currency_before(text, num, window_start)
    sign = written_sign(text, window_start, claim_start)
    if sign is not None and (num.digits or text[sign[1]].isalpha()):
        claim_start = sign[1]
        if sign[0] < 0:
            num.low, num.high = -num.high, -num.low
    else:
        sign = None
    before = text[window_start:claim_start]
    between = _BETWEEN.search(before)
    # A range or a change: "between 2 and 3 per cent", "2-3%", "from 2% to 3%".
    changed = after_change_verb(text, window_start, claim_start)
    second, resume = _second(text, num, lo, hi, between, changed)
    if resume < 0:
        return None, -resume  # a score, a year span: neither figure is a quantity
    word = between.group("word").lower() if between else None
    if word == "between" or (word == "from" and second is not None):
        claim_start = window_start + between.start()
        before = text[window_start:claim_start]
    if num.unit in _DURATIONS and _TEMPORAL_AFTER.match(text, num.end, hi):
        return None, num.end  # "80 years ago" is a time, not an amount
    if num.kind == "fraction" and not num.digits and _HALF_ORDINAL.search(before):
        return None, num.end  # "the second half of 2025"
    near = max(window_start, claim_start - _HEDGE_REACH)
    hedge_m = _HEDGE_BEFORE.search(text, near, claim_start)
    hedge = hedge_m.group("hedge").lower() if hedge_m else None
    if hedge in _PERIOD_WORDS and num.unit in _DURATIONS:
        hedge_m, hedge = None, None
    if hedge_m:
        claim_start = hedge_m.start()
    if not num.unit and not num.currency and num.scale == 1.0 and num.digits and not second:
        year = is_year(num.raw or "") \
            and not counted_not_year(text, num.start, num.end, lo, hi, hedged=hedge is not None)
        if year or near_month(text, num.start, num.end, lo, hi) or identifier_before(text, num.start, lo):
            return None, num.end  # a year, the day of a date, a label; "About 2000 people" counts
    if second is not None and not num.unit and not num.currency and num.digits and hedge is None \
            and _MODEL_SERIES.match(text, num.end, hi) \
            and (name := _NAME_BEFORE.search(text, max(lo, num.start - 30), num.start)) \
            and name.group("w").lower() not in FREE_CAPS and name.group("w").lower() not in HEDGES \
            and not known_place(name.group("w")) and not _COUNTED_AFTER.match(text, second.end, hi):
        return None, second.end  # "Boeing 737-800", "ATR 72-500": a model and its series, not a range
    if second is not None:
        num.high, num.end = second.high, second.end
        num.unit, num.currency = num.unit or second.unit, num.currency or second.currency
    end = num.end
    post = _POST_HEDGE.match(text, end, hi) if hedge is None else None
    table = HEDGES
    if post:
        hedge, end, table = post.group("hedge").lower(), post.end(), POST_HEDGES
    mention = _finish(text, num, claim_start, end, hedge, table, sign is not None, lo, hi)
    return mention, max(resume, end)


#: A model's series after its number ("737-800", "72-500", "777-300ER"): a hyphen, then
#: hundreds.
_MODEL_SERIES = re.compile(r"[-\u2010\u2011]\d00(?:[A-Z]{1,3})?\b")
#: A plural noun after a range: what it counts ("in Kunar 100-200 homes"), so no model.
_COUNTED_AFTER = re.compile(r"[ \t]+(?!(?:was|is|has|as|its|this|his)\b)[a-z]+s\b|[ \t]+people\b")
#: A name right before the number ("Boeing 737-800", "Boeing-737-800").
_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][A-Za-z]+)[ \t-]\Z")


def _currency_before(text: str, num: _Num, window_start: int) -> int:
    """Where the claim starts once a currency written before the digits is taken in ("$",
    "US$ ", "USD "); sets ``num.currency``."""
    if not num.digits or num.currency:
        return num.start
    cur = CURRENCY_BEFORE.search(text[window_start:num.start])
    if not cur:
        return num.start
    code = CURRENCY_SIGNS.get((cur.group("sign") or cur.group("code")).lower())
    if code is None and (cur.group("sign") or "").endswith("$"):
        code = "USD"
    if code is None:
        return num.start
    num.currency = code
    return window_start + cur.start()


def _second(text: str, num: _Num, lo: int, hi: int, between: re.Match | None,
            changed: bool = False) -> tuple[_Num | None, int]:
    """The upper end of a range written after ``num``; a negative resume position marks a
    pair that is no quantity (a score "3-2", years "2020-25")."""
    c = _CONNECTOR.match(text, num.end, hi)
    if c is None or _SIGN_NOT_RANGE.match(text, num.end, hi):
        return None, num.end  # "DAX 15,000 -1.1%": the dash is the sign of the change
    conn = c.group("c").lower()
    spaced_dash = conn in ("-", "\u2013", "\u2014") and c.group() != conn
    if conn == "\u2014" and spaced_dash:
        return None, num.end  # "the toll is 30 — 13 staff and 10 patients": a break, not a range
    word_between = between.group("word").lower() if between else None
    listed = conn == "and" and word_between != "between"  # "1000 and 2000 ppm": two figures
    pos = c.end()
    minus = conn in ("to", "and", "or") and text[pos:pos + 1] in ("-", "\u2212")
    pos += minus  # "from -0.5% to -0.2%"
    sign = re.match(r"US\$|[$€£¥₹]", text[pos:pos + 3])
    if sign:
        pos += len(sign.group())
    m2 = _ANCHOR.match(text, pos, hi)
    if m2 is None or bool(m2.group("digits")) != num.digits:
        return None, num.end
    two = _number_at(text, _checked(text, m2, lo, hi), hi)
    if two is None:
        return None, num.end
    if minus:
        two.low = two.high = -two.low
    if two.digits:
        skip = excluded_by_neighbours(text, two.start, two.end, lo, hi, second=True)
        if skip is not None or near_month(text, two.start, two.end, lo, hi):
            if listed:
                return None, num.end
            return None, -max(skip or two.end, two.end)  # "2-3pm", "10-12 March": not figures
    _scale_and_unit(text, two, hi)
    if listed:
        if not (num.unit or num.currency) and (two.currency or two.unit not in (None, "times")):
            num.unit, num.currency = two.unit, two.currency  # the unit is written once
        return None, num.end
    years = is_year(num.raw or "") and is_year(two.raw or "") and not (num.unit or num.currency) \
        and not counted_not_year(text, num.start, two.end, lo, hi, hedged=False)
    if conn in ("-", "\u2010", "\u2011", "\u2013", "\u2014") and num.digits:
        if years or (is_year(num.raw or "") and len(two.raw or "") == 2):
            return None, -two.end
    if num.scale == 1.0 and two.scale != 1.0 and num.low * two.scale <= two.low * two.scale \
            and num.low <= two.low:
        num.scale = two.scale
    low, high = num.low * num.scale, two.low * two.scale
    first_unit, second_unit = num.currency or num.unit, two.currency or two.unit
    if first_unit and second_unit and first_unit != second_unit:
        return None, num.end  # "rose 2% to $80": a change and a level
    if conn == "to" and (word_between == "from" or (
            (word_between == "by" or changed or (first_unit and not second_unit)) and high > 10 * low)):
        # "from 2% to 3%", "fell by 900,000 to 123.8 million", "fell $2.10 to $78.40": a
        # change, not a range; each figure stands alone, sharing the unit.
        num.unit, num.currency = num.unit or two.unit, num.currency or two.currency
        if num.scale == 1.0 and two.scale != 1.0 and num.low <= two.low:
            num.scale = two.scale  # "from 1.2 to 1.5 million"
        return None, num.end
    if high < low and word_between == "between":
        low, high = high, low  # "between -2 and -7 per mil"
        num.low = low / num.scale
    if high <= low:
        # "3-2", "3-3": a score or tally, not a range; "5 to 3", "35% or 35%", "30 - 13 staff"
        # (a dash set off by spaces): two figures
        return (None, -two.end) if conn not in ("to", "or") and not spaced_dash else (None, num.end)
    if years:
        return None, -two.end  # "1990-1995", "between 2020 and 2024"; not "1500-2000 people"
    two.low = two.high = high / num.scale
    return two, two.end


#: "the 27-storey tower", "a 650-seat chamber": a count joined to its noun, used as a modifier.
_JOINED_NOUN = re.compile(r"-(storeys?|stor(?:y|ies)|floors?|seats?|seater|beds?|rooms?|bedrooms?|"
                          r"lanes?|members?|pages?|berths?|wards?)(?![\w-])", re.I)

_JOINED_UNIT = {"storeys": "storey", "story": "storey", "stories": "storey", "floors": "storey",
                "floor": "storey", "seats": "seat", "seater": "seat", "beds": "bed", "rooms": "room",
                "bedrooms": "bedroom", "lanes": "lane", "members": "member", "pages": "page",
                "berths": "berth", "wards": "ward"}

#: "5.000", "8.525": a dot that separates thousands (as in much of Europe), read so only when a
#: counted noun or a count of people follows.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_PEOPLE_AFTER = re.compile(r"[ \t]+(?:were[ \t]+|are[ \t]+|have[ \t]+been[ \t]+)?(?:injured|wounded|dead|killed|"
                           r"died|missing|people|persons|members|voters|residents|displaced|evacuated|"
                           r"homeless|workers|writers|employees|votes|children|victims)\b")


def _finish(text: str, num: _Num, start: int, end: int, hedge: str | None, table: dict,
            signed: bool, lo: int, hi: int) -> Mention | None:
    if num.raw and _DOT_THOUSANDS.fullmatch(num.raw) and num.scale == 1.0 and not num.currency \
            and not num.unit and _PEOPLE_AFTER.match(text, end, hi):
        num.low, num.high = num.low * 1000, num.high * 1000  # "5.000 injured", "8.525 members"
    low, high = num.low * num.scale, num.high * num.scale
    unit, measure, subject, base = num.currency or num.unit, None, None, None
    unnamed = False  # a written number without its noun: kept only if its context names one
    if num.kind == "ratio":  # "one in five adults": the noun is what the share is of
        noun = counted_noun(text, end, hi, words=True)
        if unit is not None or noun is None:
            return None
        unit, low, high, base, end = "percent", low * 100, high * 100, noun[0], noun[3]
    if num.kind == "fraction":
        if unit is not None:
            return None
        if not re.match(rf"{_SP}+(?:of|the){_SP}", text[end:end + 6]) \
                and not _BY_BEFORE.search(text, max(lo, start - 4), start):
            return None  # "half" alone is a half-year, a second half; "fell by a third" is not
        unit, low, high = "percent", low * 100, high * 100
    if unit == "basis_point":
        unit, low, high = "percentage_point", low / 100, high / 100
    if unit in ("percent", "percentage_point") and base is None:
        b = read_base(text, end, hi)
        if b is not None:
            base, subject, end = b
    elif unit is None and num.kind == "vague" and (money := _OF_MONEY.match(text, end, hi)):
        unit, end = CURRENCY_WORDS[money.group("w").lower()], money.end()  # "millions of dollars"
    elif unit is None:
        plural_vague = num.kind == "vague" and text[num.number_end - 1] in "sS"  # "dozens"
        joined = _JOINED_NOUN.match(text, end, hi)
        noun = (_JOINED_UNIT.get(joined.group(1).lower(), joined.group(1).lower()), None, None,
                joined.end()) if joined else \
            counted_noun(text, end, hi, words=not num.digits, vague=plural_vague)
        if noun is not None and num.scale == 1.0 and low != int(low) and num.kind == "number" \
                and noun[0] not in ("points", "point"):
            noun = None  # "a magnitude 7.1 earthquake": nobody counts 7.1 earthquakes (but 45.2 points)
        if noun is not None:
            unit, measure, subject, end = noun
        elif not num.digits:
            # "the two met", "one of them", "thousands leave homes": a written number without
            # its noun is kept only when the words around it say what it counts ("seven were
            # killed", "the toll rose to ten"); an implied noun is not guessed.
            if num.kind != "number" or _PART_OF.match(text, end, hi) or _OCCASIONS.match(text, end, hi):
                return None
            unit = "count"
        elif num.kind == "number" and age_in_brackets(text, lo, num.start, end):
            unit = "count"  # "Idris Ojo (37) was arrested": maybe an age, which the identity reader decides
        elif _CITATION.search(text, max(lo, num.start - 1), num.start) or text[end:end + 1] == "]" \
                or (text[num.start - 1:num.start] == "(" and text[end:end + 1] in (",", ")", "\u2013")):
            return None  # "[3]", "[14-17]", "(26,29)": a reference mark or an enumeration
        elif _NAME_AFTER.match(text, end, hi):
            return None  # "the 737 Max", "a 5 Series": a model name, not a count
        else:
            unit = "count"
            part = _PART_OF.match(text, end, hi)
            whole = counted_noun(text, part.end(), hi, words=False) if part else None
            if whole is not None and low <= float(part.group("n").replace(",", "")):
                unit, measure = whole[0], whole[1]  # "40 of 45 drones": 40 drones
    if not num.digits and num.kind == "number" and num.low < 2 and num.scale == 1.0 \
            and unit not in ("percent", "percentage_point") and num.currency is None \
            and num.unit is None:
        return None  # "one official": too often a pronoun or an article
    if unit == "year" and _AGE.match(text, end, hi):
        measure = "age"  # "a 78-year-old", "78 years old"
    if unit == "times" and (at := multipliers.compared_noun_at(text, end, hi)) is not None:
        noun = counted_noun(text, at, hi, words=False)
        measure = noun[1] if noun else None  # "three times as many people": people
    if unit == "count" or measure is None:
        measure, subject = _context_measure(text, unit, base, start, end, lo, hi, measure, subject)
        if unit == "count" and not num.digits:
            if measure is not None and measure.split()[-1] in wordnum.SMALL:
                return None  # "one of five": the word before is a number too
            unnamed = True
    exact = low if low == high and num.kind != "vague" else None
    vague = num.kind == "vague"
    if vague:
        hedge, table = " ".join(text[num.start:num.number_end].lower().split()), None
        lo_v, hi_v = low, high
    else:
        lo_v, hi_v = apply_hedge(hedge, low, high, table)
        if unit in ("percent", "percentage_point") and num.kind == "number" \
                and (table or HEDGES).get(hedge) == APPROXIMATE:
            # "around 66 per cent" is 64–68, not 59.4–72.6: a share is rounded to a point or
            # two, not by a tenth of itself
            lo_v, hi_v = max(lo_v, low - PERCENT_APPROX), min(hi_v, high + PERCENT_APPROX)
    value = QuantityValue(low=lo_v, high=hi_v, unit=unit, exact=exact, hedge=hedge, base=base)
    mention = Mention(start=start, end=end, kind="quantity", value=value, measure=measure,
                      subject=subject)
    if not signed and is_fall(text, lo, start, end, hi, unit, base is not None):
        _negate(mention)
    if unnamed:
        mention.notes.append(UNNAMED)
    return mention


_FALL = "a fall: the change is negative"
#: "met three times", "two times a day": how often, not how many.
_OCCASIONS = re.compile(rf"{_SP}+(?:times?|occasions?|rounds?)\b", re.I)
#: The note on a written number that has no noun ("seven were killed"): the claim is kept only
#: when its sentence says what it counts.
UNNAMED = "a written number without its noun"


def _negate(mention: Mention) -> None:
    """Make ``mention`` a fall, once: the hedge bounded its size, so "fell more than 3%" is
    below -3%."""
    v = mention.value
    if v.unit not in CHANGE_UNITS or any(x is not None and x < 0 for x in (v.low, v.high)):
        return
    mention.value = v.model_copy(update={
        "low": None if v.high is None else -v.high, "high": None if v.low is None else -v.low,
        "exact": None if v.exact is None else -v.exact})
    mention.notes.append(_FALL)


def _context_measure(text: str, unit: str, base: str | None, start: int, end: int, lo: int,
                     hi: int, measure: str | None,
                     subject: str | None) -> tuple[str | None, str | None]:
    """Measure and subject of a figure that has no counted noun, from the words around it."""
    if unit != "count" and unit not in _PHYSICAL:
        found, subj = measure_after(text, end, hi, money=unit.isupper() or base is not None,
                                    direct=base is None)
        measure, subject = measure or found, subject or subj
    if measure is None:
        found, subj = measure_before(text, lo, start)
        measure, subject = found, subject or subj
    if subject is None and unit != "count":
        subject = clause_subject(text, lo, start)
    return measure, subject

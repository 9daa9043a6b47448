"""Numeric claims: figures with their unit or counted noun, scale, range and hedge.

Identifiers (F-47, SM-6, COVID-19, Section 427), ordinals, years, dates, times of day and
phone numbers are not quantities and are left alone. One regular expression finds where a
number starts; everything else is read from a bounded window around it, so the work per
number is constant and a text is read in linear time.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..models import QuantityValue
from . import wordnum
from .hedges import HEDGES, POST_HEDGES, apply_hedge
from .measure import clause_subject, measure_after, measure_before
from .mention import Mention
from .quantity_parts import (counted_noun, excluded_by_neighbours, identifier_before, is_year,
                             near_month, read_base, read_unit)
from .units_text import (CURRENCY_BEFORE, CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_ONLY_SCALES,
                         SCALE_AFTER, SCALES)

_SEPS = ",\u00a0\u2009\u202f"
_DIGITS = (rf"(?<![\w.,\u00b2])(?:\d{{1,3}}(?:[{_SEPS}]\d{{3}})+(?![\d])|\d+)(?:\.\d+)?(?![\d])"
           r"|(?<![\w.,])\.\d+(?![\d])")
#: The leading look-ahead lets the engine skip most positions on one character test.
_ANCHOR = re.compile(rf"(?=[\d.{wordnum.FIRST_LETTERS}])(?:(?P<digits>{_DIGITS})"
                     rf"|(?P<words>\b{wordnum.ANCHOR}\b))", re.I)
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
_SIGN = re.compile(r"(?:^|(?<=[\s(\[]))[-\u2212]\Z")
_CONNECTOR = re.compile(rf"{_SP}*(?P<c>[-\u2010\u2011\u2013\u2014]|to|and|or){_SP}*", re.I)
#: "1 in 3 adults", "9 out of 10 doctors": a share, read with its noun.
_DIGIT_RATIO = re.compile(rf"{_SP}+(?:in|out{_SP}+of){_SP}+(?P<of>[1-9]\d{{0,2}})"
                          rf"(?={_SP}+[A-Za-z])(?!{_SP}+(?:and|or|to|in|on|at|of|by|for)\b)")
_SLASH_FRACTION = re.compile(r"/([2348])(?![\d/])")
_TEMPORAL_AFTER = re.compile(rf"{_SP}+(?:ago|earlier|later|before|after|from{_SP}+now|hence|prior)(?![\w])")
_HALF_ORDINAL = re.compile(r"(?:first|second|latter|other|the|back|front|opening|closing)[ \t]+\Z", re.I)
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
#: Hedge words that before a duration give its period, not a bound ("over five years").
_PERIOD_WORDS = frozenset({"over", "within", "under", "in excess of"})
#: Units after which the next word is rarely what is measured ("6,000 kilometres away").
_PHYSICAL = frozenset({"kilometer", "mile", "meter", "foot", "nautical_mile", "degree_Celsius",
                       "degree_Fahrenheit", "kilometer / hour", "mile / hour", "knot"})
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
        mention, resume = _read(text, m, start, end)
        if mention is not None and (not out or mention.start >= out[-1].end):
            out.append(mention)
        pos = max(resume, m.end(), pos + 1)
    return out


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
    read = wordnum.read(text, m.start(), limit)
    if read is None:
        return None
    return _Num(m.start(), read.end, read.low, read.high, read.kind, False)


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
    before = text[window_start:num.start]
    claim_start = num.start
    if num.digits and not num.currency:
        cur = CURRENCY_BEFORE.search(before)
        if cur:
            code = CURRENCY_SIGNS.get((cur.group("sign") or cur.group("code")).lower())
            if code is None and (cur.group("sign") or "").endswith("$"):
                code = "USD"
            if code:
                num.currency, claim_start = code, window_start + cur.start()
                before = text[window_start:claim_start]
    negative = False
    if num.digits and _SIGN.search(before):
        negative, claim_start = True, claim_start - 1
        before = text[window_start:claim_start]
    between = _BETWEEN.search(before)
    # A range or a change: "between 2 and 3 per cent", "2-3%", "from 2% to 3%".
    second, resume = _second(text, num, lo, hi, between)
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
        if is_year(num.raw or "") or near_month(text, num.start, num.end, lo, hi) \
                or identifier_before(text, num.start, lo):
            return None, num.end
    if second is not None:
        num.high, num.end = second.high, second.end
        num.unit, num.currency = num.unit or second.unit, num.currency or second.currency
    end = num.end
    post = _POST_HEDGE.match(text, end, hi) if hedge is None else None
    table = HEDGES
    if post:
        hedge, end, table = post.group("hedge").lower(), post.end(), POST_HEDGES
    return _finish(text, num, claim_start, end, hedge, table, negative, lo, hi), max(resume, end)


def _second(text: str, num: _Num, lo: int, hi: int,
            between: re.Match | None) -> tuple[_Num | None, int]:
    """The upper end of a range written after ``num``; a negative resume position marks a
    pair that is no quantity (a score "3-2", years "2020-25")."""
    c = _CONNECTOR.match(text, num.end, hi)
    if c is None:
        return None, num.end
    conn = c.group("c").lower()
    word_between = between.group("word").lower() if between else None
    if conn == "and" and word_between != "between":
        return None, num.end
    pos = c.end()
    sign = re.match(r"US\$|[$€£¥₹]", text[pos:pos + 3])
    if sign:
        pos += len(sign.group())
    m2 = _ANCHOR.match(text, pos, hi)
    if m2 is None or bool(m2.group("digits")) != num.digits:
        return None, num.end
    two = _number_at(text, m2, hi)
    if two is None:
        return None, num.end
    if two.digits:
        skip = excluded_by_neighbours(text, two.start, two.end, lo, hi, second=True)
        if skip is not None or near_month(text, two.start, two.end, lo, hi):
            return None, -max(skip or two.end, two.end)  # "2-3pm", "10-12 March": not figures
    _scale_and_unit(text, two, hi)
    if conn in ("-", "\u2010", "\u2011", "\u2013", "\u2014") and num.digits:
        if is_year(num.raw or "") and (is_year(two.raw or "") or len(two.raw or "") == 2):
            return None, -two.end
    if num.scale == 1.0 and two.scale != 1.0 and num.low * two.scale <= two.low * two.scale \
            and num.low <= two.low:
        num.scale = two.scale
    low, high = num.low * num.scale, two.low * two.scale
    if (num.unit and two.unit and num.unit != two.unit) or (num.currency and two.currency
                                                            and num.currency != two.currency):
        return None, num.end
    if conn == "to" and (word_between == "from" or (word_between == "by" and high > 10 * low)):
        # "from 2% to 3%", "fell by 900,000 to 123.8 million": a change, not a range; each
        # figure stands alone, sharing the unit.
        num.unit, num.currency = num.unit or two.unit, num.currency or two.currency
        if num.scale == 1.0 and two.scale != 1.0 and num.low <= two.low:
            num.scale = two.scale  # "from 1.2 to 1.5 million"
        return None, num.end
    if high <= low:
        # "3-2", "3-3": a score or tally, not a range; "5 to 3", "35% or 35%": two figures
        return (None, -two.end) if conn not in ("to", "or") else (None, num.end)
    if is_year(num.raw or "") and is_year(two.raw or "") and not (num.unit or num.currency):
        return None, -two.end
    two.low = two.high = high / num.scale
    return two, two.end


def _finish(text: str, num: _Num, start: int, end: int, hedge: str | None, table: dict,
            negative: bool, lo: int, hi: int) -> Mention | None:
    low, high = num.low * num.scale, num.high * num.scale
    if negative:
        low, high = -high, -low
    unit, measure, subject, base = num.currency or num.unit, None, None, None
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
        noun = counted_noun(text, end, hi, words=not num.digits, vague=plural_vague)
        if noun is not None and num.scale == 1.0 and low != int(low) and num.kind == "number":
            noun = None  # "a magnitude 7.1 earthquake": nobody counts 7.1 earthquakes
        if noun is not None:
            unit, measure, subject, end = noun
        elif not num.digits:
            # "the two met", "one of them", "thousands leave homes": a word number needs its
            # noun; an implied one is left out rather than guessed.
            return None
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
    if unit == "count" or measure is None:
        measure, subject = _context_measure(text, unit, base, start, end, lo, hi, measure, subject)
    exact = low if low == high and num.kind != "vague" else None
    vague = num.kind == "vague"
    if vague:
        hedge, table = " ".join(text[num.start:num.number_end].lower().split()), None
        lo_v, hi_v = low, high
    else:
        lo_v, hi_v = apply_hedge(hedge, low, high, table)
    value = QuantityValue(low=lo_v, high=hi_v, unit=unit, exact=exact, hedge=hedge, base=base)
    return Mention(start=start, end=end, kind="quantity", value=value, measure=measure,
                   subject=subject)


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

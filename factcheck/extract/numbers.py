"""Numeric claims: figures with their unit or counted noun, scale, range and hedge.

Identifiers (F-47, SM-6, COVID-19, Section 427), ordinals, years, dates, times of day and
phone numbers are not quantities and are left alone. One pass of one regular expression over
the text, with constant work per match: linear in the size of the text.
"""

from __future__ import annotations

import re

from ..models import QuantityValue
from .hedges import HEDGES, apply_hedge
from .mention import Mention

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12,
}
#: Unit words (lower case) and the canonical pint name each stands for.
_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "percentage-point": "percentage_point", "points": "percentage_point",
    "km": "kilometer", "kilometer": "kilometer", "kilometers": "kilometer",
    "kilometre": "kilometer", "kilometres": "kilometer", "mile": "mile", "miles": "mile",
    "meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter", "m": "meter",
    "feet": "foot", "foot": "foot", "ft": "foot", "nautical miles": "nautical_mile",
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "tonnes": "metric_ton",
    "tonne": "metric_ton", "tons": "metric_ton", "ton": "metric_ton",
    "square kilometers": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "sq km": "kilometer ** 2", "square miles": "mile ** 2", "hectares": "hectare",
    "acres": "acre", "km/h": "kilometer / hour", "mph": "mile / hour",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
    "pounds sterling": "GBP", "yuan": "CNY", "won": "KRW", "rupees": "INR",
}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                   "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "a$": "AUD", "c$": "CAD"}
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
           "june|july|august|september|october|november|december")

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_HEDGE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))

_QUANTITY = re.compile(
    rf"""
    (?:(?P<hedge>{_HEDGE})\s+)?
    (?:(?P<between>between|from)\s+)?
    (?P<cur>US\$|A\$|C\$|\$|€|£|¥)?
    (?P<sign>(?<![\w.,/:-])[-−](?=\d))?
    (?:(?P<num>(?<![\w.,/:]){_NUM})|(?P<word>\b(?:{_WORDNUM})\b(?:-(?:{_WORDNUM}))?))
    (?:\s?(?P<scale1>(?:{_SCALE}))\b)?
    (?:(?:\s|-)?(?P<unit1>{_UNIT})(?![\w]))?
    (?:\s*(?:-|–|to|and)\s*(?P=cur)?(?P<num2>{_NUM})(?:\s?(?P<scale2>(?:{_SCALE}))\b)?)?
    (?:\s?(?P<unit2>{_UNIT})(?![\w]))?
    (?P<glued>[A-Za-z]+)?
    """,
    re.I | re.X,
)
_AFTER_ID = re.compile(r"[-/:]\d|\.\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b)", re.I)
_MONTH_NEAR_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$", re.I)
_MONTH_NEAR_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b", re.I)
_TRAILING_CODE = re.compile(r"\s+(?P<code>dollars|euros|yen|yuan|won|rupees|USD|EUR|JPY|GBP|CNY)\b")
_OF_BASE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:its|their|the country's|Japan's|[A-Z][\w.]*'s)\s+)?(?P<base>GDP|gross domestic product|[a-z]+(?: [a-z]+)? budget)\b")
_ID_WORD_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][\w]*|No\.|no\.|#)\s+$")
_NOUN = re.compile(r"\s+(?:(?P<mods>(?:(?:[A-Z][\w.]*|[a-z]+-[a-z]+|new|more|additional|extra|active|other|fewer|armed|military|civilian|u\.s\.)\s+){0,2}))(?P<noun>[a-z][a-z-]{2,})\b")

#: Words that are never a counted noun right after a number.
_NOT_NOUNS = frozenset(
    "and or of in on at to for from by with the a an is was were are be been being has have "
    "had will would could should may might can did do does than that this these those which "
    "who whom whose what when where while as per into onto over under about after before "
    "since until percent cent times year years month months week weeks day days hour hours "
    "minute minutes ago later earlier old each apiece alone more less fewer said says say "
    "told also just only not its their his her our your".split()
)


def find_quantities(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    for m in _QUANTITY.finditer(text, start, end):
        mention = _mention(text, m, end)
        if mention is not None:
            out.append(mention)
    return out


def _number(raw: str) -> float:
    raw = raw.lower()
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    total = 0
    for part in raw.split("-"):
        total += _WORD_NUMBERS[part]
    return float(total)


def _mention(text: str, m: re.Match[str], limit: int) -> Mention | None:
    g = m.groupdict()
    num_raw = g["num"] or g["word"]
    if not num_raw:
        return None
    glued = g["glued"]
    if glued and not (g["unit1"] or g["unit2"] or g["scale1"]):
        return None  # "7th", "5G", "19th": ordinals and identifiers
    num_start = m.start("num") if g["num"] else m.start("word")
    before = text[max(0, num_start - 24):num_start]
    after = text[m.end():m.end() + 12]
    if g["num"] and not g["cur"]:
        if (before.endswith(("-", "/", ":", ".")) and not g["sign"]) or before[-1:].isalpha():
            return None  # F-47, SM-6, COVID-19, 3/4 handled elsewhere
        if _AFTER_ID.match(text, m.end("num")) and not (g["num2"] or g["unit1"] or g["scale1"]):
            return None  # dates, times, phone numbers, version numbers
        if _MONTH_NEAR_BEFORE.search(before) or (
                not g["unit1"] and not g["scale1"] and _MONTH_NEAR_AFTER.match(text, m.end("num"))):
            return None  # "March 26", "26 Mar"
    unit = _UNITS.get((g["unit2"] or g["unit1"] or "").lower()) if (g["unit1"] or g["unit2"]) else None
    if unit == "meter" and (g["unit2"] or g["unit1"]).lower() == "m" and not g["cur"]:
        pass
    scale = _SCALES.get((g["scale1"] or "").lower(), 1.0)
    scale2 = _SCALES.get((g["scale2"] or "").lower(), scale) if g["num2"] else scale
    currency = _CURRENCY_SIGNS.get(g["cur"].lower()) if g["cur"] else None
    if currency and unit == "meter":  # "$5m" is five million dollars
        unit, scale = None, 1e6
    if g["scale1"] and g["scale1"].lower() in ("m", "b", "k") and not currency and not unit and not _followed_by_noun(text, m.end()):
        return None
    end = m.end() - (len(glued) if glued else 0)
    if re.match(r"[-/]\d", text[end:end + 2]):
        return None  # 202-555-0100, 31-03-2025
    if not currency:
        code = _TRAILING_CODE.match(text, end)
        if code and unit is None:
            currency = _UNITS[code.group("code").lower()] if code.group("code").islower() else code.group("code").upper()
            end = code.end()
    if unit in ("USD", "EUR", "JPY", "GBP", "CNY", "KRW", "INR"):
        currency, unit = unit, None
    low = _number(num_raw) * scale
    high = _number(g["num2"]) * scale2 if g["num2"] else low
    if g["num2"] and high < low:
        return None  # "10-4" is not a range
    if g["sign"]:
        low, high = -high, -low
    hedge = g["hedge"].lower() if g["hedge"] else None
    base = None
    measure = None
    subject = None
    final_unit = currency or unit
    if final_unit is None:
        if g["word"] and not _followed_by_noun(text, end):
            return None
        noun = _NOUN.match(text, end)
        if noun and noun.group("noun") not in _NOT_NOUNS and noun.end() <= limit:
            final_unit = noun.group("noun").rstrip("-")
            measure = final_unit
            mods = (noun.group("mods") or "").split()
            caps = [w for w in mods if w[0].isupper()]
            if caps:
                subject = " ".join(caps)
            end_claim = noun.end()
        else:
            if _is_year(num_raw, g) or g["word"]:
                return None
            if _ID_WORD_BEFORE.search(before):
                return None  # "Section 427", "Trump 2.0"
            final_unit = "count"
            end_claim = end
    else:
        end_claim = end
        if final_unit in ("percent", "percentage_point"):
            of = _OF_BASE.match(text, end)
            if of:
                base = of.group("base")
    claim_start = m.start()
    if not g["hedge"] and not g["between"] and not g["cur"] and not g["sign"]:
        claim_start = num_start
    lo, hi = apply_hedge(hedge, low, high)
    value = QuantityValue(low=lo, high=hi, unit=final_unit,
                          exact=low if low == high else None, hedge=hedge, base=base)
    return Mention(start=claim_start, end=end_claim, kind="quantity", value=value,
                   measure=measure, subject=subject)


def _followed_by_noun(text: str, pos: int) -> bool:
    noun = _NOUN.match(text, pos)
    return bool(noun and noun.group("noun") not in _NOT_NOUNS)


def _is_year(raw: str, g: dict[str, str | None]) -> bool:
    return (raw.isdigit() and len(raw) == 4 and 1500 <= int(raw) <= 2200
            and not any(g[k] for k in ("scale1", "unit1", "unit2", "cur", "num2")))

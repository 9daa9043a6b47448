"""How units, currencies and scales are written in news text, mapped to the unit names of
factcheck/units.py; and how a counted noun is normalised (lower case, singular)."""

from __future__ import annotations

import re

#: Scale words after a figure ("1.2 million", "5bn", "54k"). The one-letter forms only count
#: when glued to the digits ("5m", "54k").
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
          "tril": 1e12, "bil": 1e9, "mil": 1e6, "bln": 1e9, "trln": 1e12,
          "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7}  # "Rs 20 lakhs": Indian English
GLUED_ONLY_SCALES = frozenset({"k", "m", "b"})

#: Unit words after a figure, lower case, and the unit name each stands for.
UNITS: dict[str, str] = {}


def _add(unit: str, *spellings: str) -> None:
    for spelling in spellings:
        UNITS[spelling] = unit


_add("percent", "%", "percent", "per cent", "pct", "per-cent", "pc")
_add("percentage_point", "percentage points", "percentage point", "percentage-point",
     "percent points", "per cent points", "percentage-points", "pp", "ppt", "ppts")
_add("basis_point", "basis points", "basis point", "basis-point", "bps", "bp")
_add("kilometer", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres")
_add("meter", "metres", "meters", "metre", "meter", "m")
_add("centimeter", "cm", "centimetres", "centimeters", "centimetre", "centimeter")
_add("millimeter", "mm", "millimetres", "millimeters", "millimetre", "millimeter")
_add("mile", "mile", "miles", "mi")
_add("nautical_mile", "nautical miles", "nautical mile", "nmi")
_add("foot", "feet", "foot", "ft")
_add("inch", "inches", "inch")
_add("yard", "yards", "yard")
_add("kilometer ** 2", "square kilometres", "square kilometers", "square kilometre",
     "square kilometer", "sq km", "km2", "km²")
_add("mile ** 2", "square miles", "square mile", "sq mi")
_add("meter ** 2", "square metres", "square meters", "square metre", "square meter", "m2", "m²")
_add("hectare", "hectares", "hectare", "ha")
_add("acre", "acres", "acre")
_add("kilogram", "kg", "kgs", "kilograms", "kilogram", "kilos", "kilo")
_add("gram", "grams", "gram", "g")
_add("milligram", "mg", "milligrams", "milligram")
_add("microgram", "micrograms", "microgram", "\u00b5g", "\u03bcg", "mcg")
_add("metric_ton", "tonnes", "tonne", "metric tons", "metric ton")
_add("ton", "tons", "ton")
_add("pound", "lb", "lbs")
_add("liter", "litres", "liters", "litre", "liter")
_add("barrel", "barrels", "barrel")
_add("kilometer / hour", "km/h", "kph", "kilometres per hour", "kilometers per hour")
_add("mile / hour", "mph", "miles per hour")
_add("knot", "knots")
_add("degree_Celsius", "°c", "degrees celsius", "° celsius", "c")
_add("degree_Fahrenheit", "°f", "degrees fahrenheit", "° fahrenheit", "f")
_add("degree_Celsius", "degrees c", "degree celsius", "degrees centigrade", "deg c")
_add("degree_Fahrenheit", "degrees f", "degree fahrenheit", "deg f")
_add("kelvin", "kelvin", "kelvins")
_add("watt", "watts", "watt")
_add("kilowatt", "kw", "kilowatts", "kilowatt")
_add("megawatt", "mw", "megawatts", "megawatt")
_add("gigawatt", "gw", "gigawatts", "gigawatt")
_add("terawatt", "terawatts", "terawatt")
_add("horsepower", "hp", "bhp", "horsepower", "brake horsepower")
_add("watt_hour", "wh", "watt-hours", "watt hours", "watt-hour", "watt hour")
_add("kilowatt_hour", "kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour")
_add("megawatt_hour", "mwh", "megawatt-hours", "megawatt hours", "megawatt-hour", "megawatt hour")
_add("gigawatt_hour", "gwh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour", "gigawatt hour")
_add("terawatt_hour", "twh", "terawatt-hours", "terawatt hours", "terawatt-hour", "terawatt hour")
_add("hertz", "hz", "hertz")
_add("kilohertz", "khz", "kilohertz")
_add("megahertz", "mhz", "megahertz")
_add("gigahertz", "ghz", "gigahertz")
_add("kilobyte", "kb", "kilobytes", "kilobyte")
_add("megabyte", "mb", "megabytes", "megabyte")
_add("gigabyte", "gb", "gigabytes", "gigabyte")
_add("terabyte", "tb", "terabytes", "terabyte")
_add("petabyte", "pb", "petabytes", "petabyte")
_add("ppm", "ppm", "parts per million", "parts-per-million", "part per million")
_add("ppb", "ppb", "parts per billion", "parts-per-billion", "part per billion")
_add("year", "years", "year", "yrs")
_add("month", "months", "month")
_add("week", "weeks", "week")
_add("day", "days", "day")
_add("hour", "hours", "hour", "hrs")
_add("minute", "minutes", "minute", "mins")
_add("second", "seconds")

#: Currency words after a figure (lower case) and their ISO code.
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "won": "KRW", "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB",
    "pounds sterling": "GBP", "sterling": "GBP", "hryvnias": "UAH", "shekels": "ILS",
    "swiss francs": "CHF", "australian dollars": "AUD", "canadian dollars": "CAD",
    "taiwan dollars": "TWD", "lira": "TRY", "reais": "BRL", "pesos": "MXN", "rand": "ZAR",
}
#: Currency signs and codes written before a figure ("$44 million", "USD 5bn").
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                  "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "a$": "AUD", "c$": "CAD", "nz$": "NZD",
                  "hk$": "HKD", "s$": "SGD", "r$": "BRL", "₹": "INR", "rs": "INR", "rs.": "INR",
                  "₩": "KRW", "₽": "RUB", "₴": "UAH", "₪": "ILS", "cny": "CNY", "rmb": "CNY",
                  "krw": "KRW", "inr": "INR", "chf": "CHF", "aud": "AUD", "cad": "CAD",
                  "twd": "TWD", "nt$": "TWD", "rub": "RUB", "uah": "UAH", "yen": "JPY"}
#: ISO codes also understood after the figure ("1.2 trillion JPY").
CURRENCY_CODES = frozenset(c for c in CURRENCY_SIGNS.values())


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SP = r"[ \t\u00a0\u2009\u202f]"
#: A scale right after the digits: glued ("5bn") or after one space ("1.2 million").
SCALE_AFTER = re.compile(rf"(?P<glue>{_SP}?|-)(?P<scale>{_alternation(SCALES)})(?![\w])", re.I)
#: A unit or currency after the figure: "%", " per cent", "-kilometre", " dollars".
UNIT_AFTER = re.compile(
    rf"(?:{_SP}?-{_SP}?|{_SP}?)(?P<unit>{_alternation([*UNITS, *CURRENCY_WORDS])})(?![\w²])",
    re.I)
_CODE = _alternation(sorted(c for c in CURRENCY_SIGNS if c.isalpha() or c.endswith(".")))
#: A currency sign or code just before the figure: "$", "US$ ", "USD ", "¥".
CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![\w$])(?P<sign>[A-Z]{{1,2}}\$|\$|€|£|¥|₹|₩|₽|₴|₪)|(?<![\w.])(?P<code>{_CODE}))"
    rf"{_SP}?$", re.I)
#: Units whose one- or two-letter abbreviation is only trusted right after digits.
SHORT_UNITS = frozenset({"m", "ha", "mi", "bp", "pc", "g"})
#: Abbreviations that are a unit only in these cases: "128GB" but not "Team GB" or "5Gb"
#: (gigabits), "750MW" but not "mW", "60 Hz"; other spellings of these letters are no unit.
CASED_UNITS = {
    "kb": ("KB", "kB"), "mb": ("MB",), "gb": ("GB",), "tb": ("TB",), "pb": ("PB",),
    "hz": ("Hz",), "khz": ("kHz", "KHz"), "mhz": ("MHz",), "ghz": ("GHz",),
    "kw": ("kW", "KW"), "mw": ("MW",), "gw": ("GW",), "wh": ("Wh",),
    "kwh": ("kWh", "KWh", "kwh"), "mwh": ("MWh",), "gwh": ("GWh",), "twh": ("TWh",),
    "hp": ("hp", "HP"), "bhp": ("bhp", "BHP"), "ppm": ("ppm",), "ppb": ("ppb",),
    "pc": ("pc",), "c": ("C",), "f": ("F",), "g": ("g",), "mg": ("mg",),
}


def unit_spelling_ok(written: str) -> bool:
    """False when ``written`` spells a cased abbreviation in the wrong case ("Gb", "mw")."""
    allowed = CASED_UNITS.get(written.lower())
    return allowed is None or written in allowed

_IRREGULAR = {"people": "person", "persons": "person", "children": "child", "men": "man",
              "women": "woman", "lives": "life", "wives": "wife", "knives": "knife",
              "halves": "half", "feet": "foot", "teeth": "tooth", "mice": "mouse",
              "geese": "goose", "aircraft": "aircraft", "personnel": "personnel",
              "police": "police", "staff": "staff", "sheep": "sheep", "fish": "fish",
              "deer": "deer", "data": "data", "media": "media", "criteria": "criterion",
              "crises": "crisis", "analyses": "analysis", "thieves": "thief",
              "shelves": "shelf", "leaves": "leaf", "heroes": "hero", "vetoes": "veto",
              "echoes": "echo", "potatoes": "potato", "tomatoes": "tomato"}
#: Words that keep their final s: plural-only nouns and singulars ending in s.
_KEEP_S = frozenset("news series species means arms sales earnings savings headquarters "
                    "remains proceeds goods clothes thanks premises barracks physics economics "
                    "politics status virus bus census campus bonus chassis gas lens atlas "
                    "congress process access business address class glass boss loss press "
                    "stress success witness canvas bias alias analysis crisis basis thesis "
                    "emphasis diagnosis axis corps".split())


def singular(noun: str) -> str:
    """Lower-case singular of a counted noun ("Troops" → "troop", "casualties" → "casualty",
    "people" → "person"); words it does not know how to reduce stay as they are."""
    w = noun.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _KEEP_S or len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return w[:-2]
    if w.endswith("oes"):
        return w[:-2]
    return w[:-1]


#: British spellings folded into one form, so "defence spending" and "defense spending" match.
_SPELLING = {"defence": "defense", "programme": "program", "programmes": "programs",
             "labour": "labor", "centre": "center", "offence": "offense", "licence": "license",
             "organisation": "organization", "tonnes": "tonnes"}


def normalise_measure(phrase: str) -> str:
    """A measure phrase as rules see it: lower case, single spaces, American spelling, last word
    singular ("Defence Spending" → "defense spending", "tariffs" → "tariff")."""
    words = [_SPELLING.get(w, w) for w in phrase.lower().replace("\u2019", "'").split()]
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)

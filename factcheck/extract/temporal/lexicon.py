"""Word tables for temporal expressions: months, weekdays, number words, units, seasons."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1)
    for name in names
}
# Full names stand alone; abbreviations need a dot or a following day number, and "May",
# "March" are also words, so the patterns ask for a capital or a number next to them.
MONTH_FULL = ("january|february|march|april|may|june|july|august|september|october|"
              "november|december")
MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"

WEEKDAYS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")])
    for name in names
}
WEEKDAY_FULL = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: Weekday names by ``date.weekday()``, spelled out (not ``calendar.day_name``: that follows the locale).
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
#: Quantity words with no exact number: the value gets an X ("several years" = PXY).
VAGUE = {"several", "a few", "few", "many", "some", "a couple of", "couple of", "a number of",
         "recent", "coming", "past few", "next few", "last few", "numerous"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
            "hundredth": 100, "final": 4, "last": 4}

NUMBER_WORD = "|".join(sorted([*ONES, *TENS, "hundred", "a hundred", "one hundred"],
                              key=len, reverse=True))
ORDINAL_WORD = "|".join(sorted((k for k in ORDINALS if k not in ("final", "last")),
                               key=len, reverse=True))

#: Unit word -> (TIMEX3 duration letter, multiplier, grain of a point at that unit).
UNITS: dict[str, tuple[str, int, str]] = {
    "second": ("S", 1, "second"), "minute": ("M", 1, "minute"), "hour": ("H", 1, "hour"),
    "day": ("D", 1, "day"), "night": ("D", 1, "day"), "week": ("W", 1, "week"),
    "fortnight": ("W", 2, "week"), "month": ("M", 1, "month"), "quarter": ("Q", 1, "quarter"),
    "year": ("Y", 1, "year"), "decade": ("Y", 10, "decade"), "century": ("Y", 100, "century"),
}
UNIT_WORD = ("seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|"
             "years?|decades?|century|centuries")

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: Meteorological seasons: (first month, length in months).
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}
#: How a TIMEX3 value ends when it names a part of a day, not a clock time ("2025-03-29TNI").
PART_OF_DAY_TAGS = tuple(sorted({f"T{tag}" for tag in PARTS_OF_DAY.values()}))

def number(word: str) -> int | None:
    """The value of a number written in digits or words ("12", "twenty-four", "a"); None if vague."""
    w = word.lower().strip().replace(",", "")
    if w.isdigit():
        return int(w)
    if w in ("a", "an", "one", "a single", "single"):
        return 1
    if w in ("a hundred", "one hundred", "hundred"):
        return 100
    if w in ("half a", "half an"):
        return None
    parts = w.replace("-", " ").split()
    total = 0
    for part in parts:
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total if parts else None


def ordinal(word: str) -> int | None:
    """The value of "3rd", "third", "twenty-first"; None when unknown."""
    w = word.lower().strip()
    digits = w.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    if w in ORDINALS:
        return ORDINALS[w]
    head, _, tail = w.replace(" ", "-").partition("-")
    if head in TENS and tail in ORDINALS:
        return TENS[head] + ORDINALS[tail]
    return None


#: Days named from the moment of writing ("yesterday", "this morning", "last night"): counted
#: from a page's stamp or a speaker's day, never written out.
DEICTIC_DAY = r"(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)"

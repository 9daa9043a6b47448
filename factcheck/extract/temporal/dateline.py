"""Datelines: "HOLLIN, Aug 12 —", "WASHINGTON, March 3 (Reuters) -", "Aug. 12, 2023 /PRNewswire/ --",
and the stamps of embedded posts ("— Name (@handle) October 16, 2017").

A date in a dateline says when and where the story was filed, not when the event of the
sentence it opens happened: the tagger marks it (note "dateline") so that later stages can
leave it out of event dating, and it does not become the "last day named" that "the next day"
counts from. The dateline's place is where "local time" is, when a sentence names none.
"""

from __future__ import annotations

import re

from .places import zone_of

NOTE = "dateline"
_NAME = r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}"
#: What may stand between the start of the line and the date: a place, maybe its agency in
#: brackets ("Kep (FN), Jan. 5 –") or a region, a comma; ANI's state and country in brackets
#: ("Kullu (Himachal Pradesh) [India], June 21 (ANI):").
_BEFORE = re.compile(rf"[^\w\n]*(?:(?P<place>{_NAME})(?:\s*\([^)\n]{{1,20}}\))?(?:\s*\[[^\]\n]{{1,30}}\])?"
                     rf"(?:,\s*(?P<region>{_NAME}))?\s*,\s*)?")
#: A place and the date with no comma between, which only an agency after the date makes a
#: dateline: "Mogadishu June 10, 2023 (SD) –".
_BEFORE_BARE = re.compile(rf"[^\w\n]*(?P<place>{_NAME})(?P<region>)[ \t]+")
_AGENCY_NAMED = re.compile(r"\s*\([A-Z][\w./&-]{0,20}\)\s*(?:--|[-—–])")
#: Words that open a sentence before a date, never a place: "On Aug 12 (a Tuesday) –".
_OPENERS = frozenset("on in by at since from until till after before during between and or but "
                     "the".split())
#: What follows the date: a dash, after an agency in brackets (the dash may be left out after an
#: agency in capitals: "Colombo, April 22 (IANS) Sri Lanka…"), or a wire name between slashes;
#: a comma may come first ("Jakarta, March 29, (dpa/GNA) –").
_AGENCY = re.compile(r"\s*,?\s*(?:\([^)\n]{1,30}\)\s*(?:--|[-—–])|\([A-Z][A-Z.&]{1,10}\)(?=\s+[A-Z])|/[^/\n]{2,40}/)")
_DASH = re.compile(r"\s*(?:--|[-—–])")
#: A stamp in square brackets that opens the line: "[NTDTV, Beijing time, September 08, 2022]"
#: (no place is read from it).
_STAMP_OPEN = re.compile(r"\[(?P<place>)(?P<region>)[^\]\n]{1,40}")
_STAMP_CLOSE = re.compile(r"[^\]\n]{0,12}\]")
#: A place, then the agency and the date in round brackets, then a colon, a dash or the
#: story's first word: "Mogadishu, (UrduPoint / Pakistan Point News - 31st Dec, 2019 ) :",
#: "MOSCOW (UrduPoint News / Sputnik - 17th June, 2023) The death toll …".
_PAREN_OPEN = re.compile(rf"[^\w\n]*(?P<place>{_NAME})\s*,?\s*\((?P<region>)[^()\n]{{1,40}}")
_PAREN_CLOSE = re.compile(r"[^()\n]{0,12}\)\s*(?::|--|[-—–])")
#: The bracket closed right before the story's first word, when the bracket names its agency
#: ("/ Sputnik - " before the date).
_PAREN_CLOSE_BARE = re.compile(r"[^()\n]{0,12}\)\s*(?=[A-Z][a-z])")
_PAREN_AGENCY = re.compile(r"/[^()\n]*\s[-—–]\s")
#: An agency in brackets and a colon, after a place: "GAZIANTEP, Aug 21 (APP/Anatolia): …".
_AGENCY_COLON = re.compile(r"\s*,?\s*\([^)\n]{1,30}\)\s*:")
#: A dateline without a date: "NEW DELHI (Reuters) -", "AHMEDABAD, India (AP) —".
_PLACE_ONLY = re.compile(rf"[^\w\n]*(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}})"
                         rf"(?:,\s*(?P<region>{_NAME}))?\s*(?:\([^)\n]{{1,30}}\)\s*)?(?:--|[-—–])")
#: A dateline opens its line: the date is at most this far from the line's start.
REACH = 80


def _line_start(text: str, lo: int, pos: int) -> int | None:
    """Start of the line holding ``pos`` when it is within REACH, else None (bounded: a
    sentence with many dates stays linear)."""
    nl = text.rfind("\n", max(lo, pos - REACH - 1), pos)
    if nl >= 0:
        return nl + 1
    return lo if pos - lo <= REACH else None


def dateline_at(text: str, lo: int, start: int, end: int) -> re.Match[str] | None:
    """The place part of a dateline when the date at [start, end) opens one, else None.

    Without a place the date needs an agency ("Aug. 12, 2023 /PRNewswire/"): a bare
    "Aug 12 — floods hit the town" is an entry of a timeline, an event date."""
    line = _line_start(text, lo, start)
    if line is None:
        return None
    stamp = _STAMP_OPEN.fullmatch(text, line, start)
    if stamp is not None and _STAMP_CLOSE.match(text, end):
        return stamp
    paren = _PAREN_OPEN.fullmatch(text, line, start)
    if paren is not None and (_PAREN_CLOSE.match(text, end) or _PAREN_CLOSE_BARE.match(text, end)
                              and _PAREN_AGENCY.search(text, paren.start("region"), start)):
        return paren
    bare = _BEFORE_BARE.fullmatch(text, line, start)
    if bare is not None and bare["place"].split()[0].lower() not in _OPENERS and _AGENCY_NAMED.match(text, end):
        return bare  # "Mogadishu June 10, 2023 (SD) –": no comma, but the agency says it
    before = _BEFORE.fullmatch(text, line, start)
    if before is None:
        return None
    if _AGENCY.match(text, end) or before["place"] and (_DASH.match(text, end) or _AGENCY_COLON.match(text, end)):
        return before
    return None


#: The stamp of an embedded post: "— Harun Maruf (@HarunMaruf) October 16, 2017"; the credit
#: of a photo: "– Wire pic, March 14, 2016.", "(Photo: Wire, 3 May 2019)".
_POST_STAMP = re.compile(r"\(@\w{1,30}\)[ \t]*\Z"
                         r"|\b(?:pic|pix|photo|picture|file[ \t]+photo)[ \t]*[,:][ \t]*(?:[A-Z][\w.'/-]*[ \t]*,[ \t]*)?\Z"
                         r"|\(Photo:[^()\n]{0,30},[ \t]*\Z", re.I)


def post_stamp(text: str, lo: int, start: int) -> bool:
    """True when the date at ``start`` closes an embedded social-media post or credits a
    photo: when the post was written or the picture taken, like a dateline, not when anything
    in the article happened."""
    return bool(_POST_STAMP.search(text, max(lo, start - 40), start))


def zone_of_dateline(m: re.Match[str]) -> tuple[bool, str | None]:
    """(whether the match names a place, that place's zone or None when unknown)."""
    if not m["place"]:
        return False, None
    return True, zone_of(m["place"]) or (zone_of(m["region"]) if m["region"] else None)


def place_dateline(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A dateline without a date at the start of sentence [lo, hi) or of a line inside it."""
    if lo >= hi:
        return None
    m = _PLACE_ONLY.match(text, lo, hi)
    if m:
        return m
    nl = text.find("\n", lo, min(hi, lo + 300))
    return _PLACE_ONLY.match(text, nl + 1, hi) if nl >= 0 else None

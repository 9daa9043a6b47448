"""Publication dates: parsing the forms newsrooms write, and finding the one stamp in a scraped
page that dates the article (not a ticker item, a caption about an older event, or a list of
other stories)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from .lines import CAPTION, CUE, META, PROSE, Line, split_lines

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

# Each pattern names its groups y/m/d or y/mon/d. Digits may be glued to a preceding word
# ("Japan Times31-03-2025"), so there is no \b before them, only "not another digit".
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)"),
    re.compile(r"(?<![\w])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
               + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", re.I),
]
# Words that mark a line as the article's own stamp.
_STAMP_CUE = re.compile(r"\b(?:published|posted|updated|first published|date|by)\b|^\W*by\s", re.I)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?!\d)")
_PUBLISHED_CUE = re.compile(r"\b(?:published|posted)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|last edited)\b", re.I)
# A line that opens as a stamp of the article itself: "Published 3 March 2025", "Updated: …".
_OWN_STAMP = re.compile(r"^\W*(?:(?:first |last )?(?:published|posted|updated)|last modified)\b", re.I)
_DATELINE_BEFORE = re.compile(r"^\W*(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},?\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:[-—–:]|--)")
#: How far into a text :func:`invalid_stamps` looks for broken header stamps.
HEADER_CHARS = 4000
#: Lowest score a date needs to count as the publication date (see :func:`find_publication_date`).
MIN_SCORE = 3
#: A line longer than this is never a stamp line (a date and at most six other words); its
#: dates are scored on the WINDOW characters either side.
LONG_LINE, WINDOW = 600, 200


@dataclass(frozen=True)
class DateMention:
    date: dt.date | None  # None when the text looks like a date but is not one (31/31/2025)
    start: int
    end: int


def parse_date(value: str) -> dt.date | None:
    """A date from a metadata string in any common form, or None when it is not a valid date.

    Numeric forms are day-month-year unless the first number cannot be a day-of-month pairing
    (``03/31/2025`` is read month-first); ISO year-first forms are always year-month-day."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    found = [m for m in date_mentions(value) if m.date is not None]
    return min(found, key=lambda m: m.start).date if found else None


_ISO_METADATA = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def read_metadata_date(value: str) -> tuple[dt.date | None, str | None]:
    """A date from a metadata field written by hand (a manifest's ``published``), with what to
    tell the user, so that no date is ever guessed in silence.

    ISO dates (``2025-08-12``, optionally with a time) are read without a word; other forms that
    can be read one way only (``12 August 2025``, ``31/03/2025``, ``2025/08/12``) are read, with a
    note saying how; a numeric date that reads two ways (``12/08/2025``: 12 August or December
    8) is not read. Returns ``(date, None)``, ``(date, note)`` or ``(None, reason)``."""
    value = value.strip()
    if _ISO_METADATA.fullmatch(value):
        try:
            return dt.date.fromisoformat(value[:10]), None
        except ValueError:
            return None, f"'{value}' is not a valid date"
    found = [m for m in date_mentions(value) if m.date is not None]
    if not found:
        return None, f"'{value}' is not a valid date"
    first = found[0]
    head, tail = value[:first.start].strip(" ,"), value[first.end:].strip(" ,.")
    if (head and not _WEEKDAY.fullmatch(head)) or (tail and not _TIME_TAIL.fullmatch(tail)):
        return None, f"'{value}' is not a valid date"
    numeric = _NUMERIC.fullmatch(value[first.start:first.end])
    if numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        if a != b and a <= 12 and b <= 12:
            return None, (f"'{value}' could be {first.date:%-d %B %Y} or "
                          f"{dt.date(first.date.year, first.date.day, first.date.month):%-d %B %Y}")
    return first.date, f"'{value}' is not written YYYY-MM-DD; read as {first.date.isoformat()}"


_WEEKDAY = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?", re.I)
_TIME_TAIL = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.I)


def date_mentions(text: str, month_first: bool = False) -> list[DateMention]:
    """Every date-shaped string in ``text``, valid or not, in text order without overlaps.
    ``month_first`` reads ambiguous numeric dates (``04/03/2025``) as month-day-year."""
    found: list[DateMention] = []  # kept sorted by start; kept spans never overlap
    starts: list[int] = []
    for pattern in _PATTERNS:  # earlier patterns win where two overlap
        for m in pattern.finditer(text):
            i = bisect_right(starts, m.start())
            if (i and found[i - 1].end > m.start()) or (i < len(found) and found[i].start < m.end()):
                continue
            found.insert(i, DateMention(_to_date(m, month_first), m.start(), m.end()))
            starts.insert(i, m.start())
    return found


def find_publication_date(text: str, start: int = 0, main: list[tuple[int, int]] | None = None,
                          lines: list[Line] | None = None) -> DateMention | None:
    """The date that most likely stamps the article, or None when no date qualifies.

    Each date is scored by where it stands and what surrounds it: a line that is little more
    than the date (a header stamp, a byline with a date) scores high, and more so near the
    article's start (just above its first main range, or in its first lines); a date inside a
    sentence counts only as a dateline at the very start of the copy; dates in captions, in
    furniture before the article, or after it (lists of other stories) are penalised. Ties go
    to the date nearest the article's start."""
    lines = split_lines(text, start) if lines is None else lines
    if main is None:
        from .mainbody import detect_main  # here: mainbody is the heavier module, and optional

        main = detect_main(text, start, lines=lines)
    # The article's first line of copy: stamps sit just above it (or just below the headline).
    first = next((ln.start for ln in lines if ln.kind == PROSE and _inside(ln.start, main)), start)
    last = main[-1][1] if main else len(text)
    best: tuple[int, int, DateMention] | None = None
    starts = [ln.start for ln in lines]
    # One scan of the whole text, then each date to the line it starts on.
    body = text[start:]
    for found in date_mentions(body, month_first_text(body)):
        if found.date is None:
            continue
        mention = DateMention(found.date, start + found.start, start + found.end)
        ln = lines[bisect_right(starts, mention.start) - 1]
        m = DateMention(found.date, mention.start - ln.start, mention.end - ln.start)
        score = _score(ln, m, mention, first, last, main)
        key = (score, -abs(mention.start - first))
        if best is None or key > best[:2]:
            best = (score, key[1], mention)
    if best is None or best[0] < MIN_SCORE:
        return None
    return best[2]


def _score(ln: Line, m: DateMention, mention: DateMention, first: int, last: int,
           main: list[tuple[int, int]] | None) -> int:
    if len(ln.text) <= LONG_LINE:
        rest = (ln.text[:m.start] + " " + ln.text[m.end:]).strip(" \t•·*|-–—,:")
        rest_words = len(re.findall(r"[A-Za-z]{2,}", rest))
    else:
        # A long line is no stamp; its cue words are looked for near the date only, so that a
        # line of thousands of dates (a flattened table, a file without line breaks) costs
        # time linear in its length, not its square.
        rest = "x " + ln.text[max(0, m.start - WINDOW):m.start] + " " + ln.text[m.end:m.end + WINDOW]
        rest_words = 7
    score = 0
    if rest_words <= 6 and ln.kind not in (CAPTION,):
        score += 3  # a stamp line: the date alone, or with an outlet name, byline or time
    elif ln.kind == PROSE and mention.start < first + 200 and _is_dateline(ln.text, m):
        score += 3  # a dateline opening the copy: "TOKYO, March 31, 2025 —"
    if _STAMP_CUE.search(rest):
        score += 1
    if _UPDATED.search(rest):
        score -= 1  # an update stamp is later than publication; prefer the original
    if ln.kind == CAPTION or ln.kind == CUE:
        score -= 3
    if mention.end <= first:
        # Above the article: a header stamp if close to it, else navigation or a ticker.
        score += 2 if first - mention.end <= 400 else -1
    elif mention.start >= last:
        # After the article: "Most read" and related-story stamps, unless it is the article's
        # own closing line ("First published on 31 March 2025") right after the copy.
        closing = mention.start - last <= 300 and _PUBLISHED_CUE.search(rest)
        score -= 0 if closing else 4
    elif not _inside(mention.start, main):
        score -= 2
    return score


def stamp_lines(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """Ranges of the lines that stamp the article rather than report anything: a byline or
    stamp line (at most six words besides the date) with a date, above the first line of copy
    or opening with "Published", "Posted", "Updated". Their dates are metadata (when the
    article appeared), never the date of an event in it."""
    first = next((ln.start for ln in lines if ln.kind == PROSE), len(text))
    out = []
    for ln in lines:
        if ln.kind != META or not (ln.end <= first or _OWN_STAMP.match(ln.text)):
            continue
        if any(m.date is not None for m in date_mentions(ln.text)):
            out.append((ln.start, ln.end))
    return out


def invalid_stamps(text: str, start: int = 0) -> list[tuple[int, str]]:
    """Date-shaped strings in the header that are not dates (``31/31/2025``), as (1-based line,
    string), so a user learns why the stamp was not used."""
    head = text[start:start + HEADER_CHARS]
    return [(text.count("\n", 0, start + m.start) + 1, head[m.start:m.end])
            for m in date_mentions(head) if m.date is None]


def _is_dateline(line: str, m: DateMention) -> bool:
    """A date at the head of a line, after nothing but a place name, and followed by a dash,
    a news agency in brackets or a colon."""
    return bool(_DATELINE_BEFORE.match(line[:m.start]) and _DATELINE_AFTER.match(line[m.end:]))


def _inside(offset: int, main: list[tuple[int, int]] | None) -> bool:
    return not main or any(lo <= offset < hi for lo, hi in main)


def month_first_text(text: str) -> bool:
    """True when the text's numeric dates are written month-first: some cannot be read
    day-first (``03/31/2025``) and none cannot be read month-first (``31/03/2025``)."""
    firsts = [(int(a), int(b)) for a, b in _NUMERIC.findall(text)]
    return any(b > 12 >= a for a, b in firsts) and not any(a > 12 >= b for a, b in firsts)


def _to_date(m: re.Match[str], month_first: bool = False) -> dt.date | None:
    groups = m.groupdict()
    try:
        year = int(groups["y"])
        month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        day = int(groups["d"])
        if groups.get("m") and month > 12 and day <= 12:  # month-first numeric form
            month, day = day, month
        elif groups.get("m") and month_first and m.start("y") > m.start() and month <= 12 and day <= 12:
            month, day = day, month  # an ambiguous d/m/y in a text that writes m/d/y
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None

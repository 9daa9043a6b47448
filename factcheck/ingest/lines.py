"""Line features of scraped article text: what each line looks like (prose, heading, menu item,
caption, byline or stamp, boilerplate cue), the raw material of main-text and date detection."""

from __future__ import annotations

import re
from dataclasses import dataclass

PROSE, HEADING, NAV, CAPTION, META, CUE, BLANK = "prose", "heading", "nav", "caption", "meta", "cue", "blank"

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.:%]*")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●*–-]|\d{1,2}[.)])\s+")
# Sentence-final punctuation, allowing closing quotes and brackets after it.
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")

# Lines that introduce furniture: lists of other stories, tickers, prompts, comment boxes.
# Whole-line matches only, so "Related" inside a sentence is never a cue.
_LIST_CUES = re.compile(
    r"^(?:breaking(?: news)?|latest(?: news| stories)?|trending(?: now)?|most (?:read|popular|viewed|shared)"
    r"|related(?: news| articles?| stories| coverage| content| posts)?|more (?:from|on|stories|news)\b.*"
    r"|read (?:next|more|also)\b.*|see also\b.*|recommended(?: for you)?|you (?:may|might) (?:also )?like"
    r"|top stories|editor'?s picks|popular|coverage|in other news|also read\b.*|watch(?:\s*:.*| now| live)?|videos?)"
    r"\s*:?\s*$", re.I)
# Site prompts and boilerplate. Phrases specific enough to match anywhere in a short line...
_BOILER_CUES = re.compile(
    r"(?:\bsign up\b|\bsubscribe (?:to|now|today|for)\b|\bnewsletter\b|download (?:the|our)\b.*\bapp\b"
    r"|\bget the app\b|all rights reserved|©|\bcopyright\b|we use cookies|cookie (?:policy|settings)"
    r"|privacy policy|terms of (?:use|service)|\bfollow us\b|\bshare (?:this|on)\b|no comments yet"
    r"|leave a comment|be the first to comment|unlock\b.*\bfor free|\btry our\b|app[- ]?store"
    r"|google play|^skip to\b)", re.I)
# ...and single words that are boilerplate only as a whole line ("Share", not "Share prices fell").
_BOILER_WORDS = re.compile(
    r"^(?:share|print|listen|comments?|menu|search|log ?in|sign in|subscribe|advertisement|advert"
    r"|sponsored|close|back to top|more)\W*$", re.I)
# Photo credits and caption markers: "(AP Photo/…)", "| JIJI", "(Screenshot)", "FILE -".
_CAPTION = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|getty|afp|reuters|ap|file|screenshot|pool|courtesy|via)\b[^()]*)\)"
    r"\s*$|\|\s*$|^\s*(?:file|photo|image|pictured|caption)\s*[-:–—]\s|\b(?:photo|image|credit)s?\s*:\s*\S",
    re.I)
_META = re.compile(
    r"^(?:by\s+[A-Z]|source\s*:|published\b|posted\b|updated\b|last updated\b|\d+\s*min(?:ute)?s?\s+read\b"
    r"|time\s*\d|\d+\s+(?:seconds?|minutes?|hours?|days?)\s+ago\b|written by\b|reporting by\b)", re.I)

# A date stamp, possibly glued to an outlet name ("Valley Post09-04-2024", "26 Mar 2025 14:26").
_STAMP = re.compile(r"(?<!\d)(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d\d-\d\d(?:T[\d:]+)?"
                    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
                    r"(?:,? \d{1,2}:\d\d(?: ?[AaPp][Mm])?)?(?!\d)")


@dataclass(frozen=True)
class Line:
    """One line of text with its offsets (end excludes the newline) and its class."""

    start: int
    end: int
    text: str
    kind: str
    words: int
    bullet: bool


#: A text whose longest line is at most this wide is taken as hard-wrapped (paragraphs broken
#: over several lines, as in e-mail and wire copy); one-paragraph-per-line scrapes are wider.
WRAP_WIDTH = 120


def split_lines(text: str, start: int = 0, *, unwrap: bool = True) -> list[Line]:
    """Classify every line of ``text`` from offset ``start``. In hard-wrapped text, the lines of
    one paragraph are joined into one logical line (its offsets span them all); ``unwrap=False``
    is for text that is one block per line by construction (rendered HTML)."""
    physical: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        physical.append((pos, end))
        if nl == -1:
            break
        pos = nl + 1
    widths = [e - s for s, e in physical if text[s:e].strip()]
    width = max(widths, default=0)
    wrapped = unwrap and width <= WRAP_WIDTH and sum(1 for w in widths if w >= 0.6 * width) >= 3
    out = []
    i = 0
    while i < len(physical):
        s, e = physical[i]
        # Join the next line while this one fills the wrap width: it was broken, not ended.
        while wrapped and i + 1 < len(physical):
            ps, pe = physical[i]
            ns, ne = physical[i + 1]
            if pe - ps < 0.6 * width or not text[ns:ne].strip() or _BULLET.match(text[ns:ne]):
                break
            i += 1
            e = ne
        out.append(_classify(s, e, text[s:e]))
        i += 1
    return out


def _classify(start: int, end: int, raw: str) -> Line:
    stripped = " ".join(raw.split())
    if not stripped:
        return Line(start, end, raw, BLANK, 0, False)
    bullet = bool(_BULLET.match(stripped))
    body = _BULLET.sub("", stripped, count=1) if bullet else stripped
    words = len(_WORD.findall(body))
    terminal = bool(_TERMINAL.search(body))
    if _LIST_CUES.match(body) or _BOILER_WORDS.match(body) or (words <= 12 and _BOILER_CUES.search(body)):
        kind = CUE
    elif _CAPTION.search(body) and words >= 4:
        kind = CAPTION
    elif (_META.match(body) and words <= 12) or (_STAMP.search(body) and len(_WORD.findall(_STAMP.sub(" ", body))) <= 6):
        kind = META
    elif words >= 5 and terminal:
        kind = PROSE
    elif words >= 14 and not terminal:
        # A long line that never ends a sentence is a photo caption or a teaser, not copy.
        kind = CAPTION
    elif bullet or words <= 2:
        kind = NAV
    else:
        kind = HEADING
    return Line(start, end, raw, kind, words, bullet)


def is_list_cue(line: Line) -> bool:
    return line.kind == CUE and bool(_LIST_CUES.match(_BULLET.sub("", line.text.strip(), count=1)))


def merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, de-duplicated spans, joined when only whitespace separates them."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and not text[out[-1][1]:s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

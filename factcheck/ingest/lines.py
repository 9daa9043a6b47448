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
_TEASER = re.compile(r"(?:\.\.\.|…)\s*$")

# Lines that introduce furniture: lists of other stories, tickers, prompts, comment boxes.
# Whole-line matches only, so "Related" inside a sentence is never a cue.
_LIST_CUES = re.compile(
    r"^(?:breaking(?: news)?|latest(?: news| stories)?|trending(?: now)?|most (?:read|popular|viewed|shared)"
    r"|related(?: news| articles?| stories| coverage| content| posts)?|more (?:from|on|stories|news)\b.*"
    r"|read (?:next|more|also)\b.*|see also\b.*|(?:picture|photo|video)s? gallery\b.*|recommended(?: for you)?"
    r"|you (?:may|might) (?:also )?like"
    r"|top stories|editor'?s picks|popular|coverage|in other news|also read\b.*|watch(?:\s*:.*| now| live)?|videos?)"
    r"\s*:?\s*$", re.I)
# Site prompts and boilerplate. Phrases specific enough to match anywhere in a short line...
_BOILER_CUES = re.compile(
    r"(?:\bsign up\b|\bsubscribe (?:to|now|today|for)\b|\bnewsletter\b|download (?:the|our)\b.*\bapp\b"
    r"|\bget the app\b|all rights reserved|©|(?<!image )\bcopyright\b|we use cookies|cookie (?:policy|settings)"
    r"|privacy policy|terms of (?:use|service)|\bfollow us\b|\bshare (?:this|on)\b|no comments yet"
    r"|\b(?:tap|click) here\b"
    r"|this (?:story|article) is (?:over|more than) \d+ years? old|media playback is unsupported"
    r"|leave a comment|be the first to comment|unlock\b.*\bfor free|\btry our\b|app[- ]?store"
    r"|google play|^skip to\b)", re.I)
# ...a prompt that opens a line, however long the box it heads ("Sign up for our newsletter. Get
# a daily e-mail … Thank you for signing up.")...
_BOILER_START = re.compile(r"^(?:sign up\b|subscribe (?:to|now|today|for)\b|get (?:our|the) [\w ]{0,30}newsletter\b"
                           r"|download (?:the|our)\b|(?:tap|click) here\b|skip to\b|follow us\b)", re.I)
# ...and single words that are boilerplate only as a whole line ("Share", not "Share prices fell").
_BOILER_WORDS = re.compile(
    r"^(?:share|print|listen|comments?|menu|search|log ?in|sign in|subscribe|advertisement|advert"
    r"|sponsored|close|back to top|more|submit)\W*$", re.I)
# BBC-style labels, glued or not: "Image caption …", "Image copyright AP", "Media captionFootage …".
_PICTURE_LABEL = r"^(?:image|media) ?(?:caption|copyright|source)(?:\b|(?-i:(?=[A-Z])))"
_CREDIT_WORDS = r"photo|photograph|image|getty|afp|reuters|ap|epa|file|screenshot|pool|courtesy|via|associated press"
# Photo credits and caption markers: "(AP Photo/…)", "[Name/Reuters]", "(Name/Paper/TNS)", "| JIJI",
# "(Screenshot)", "FILE -", "Image Credit: AFP", "REUTERS/Name", "…/AP", "(left)", the labels above.
_CAPTION = re.compile(
    rf"\((?:[^()]*\b(?:{_CREDIT_WORDS})\b[^()]*)\)\s*$|\[[^\[\]]*(?:/|\b(?:{_CREDIT_WORDS})\b)[^\[\]]*\]\s*$"
    r"|(?-i:\((?:[A-Z][\w.'’ -]*/\s?)+[A-Z][\w.'’ -]*\)\s*$)|\|\s*$"
    r"|^\s*(?:file|photo|image|pictured|caption)\s*[-:–—]\s"
    r"|\b(?:photo|image|credit)s?\s*:\s*\S|\b(?:photo|image|picture)s?\s+(?:credit|source)\s*:\s*\S"
    r"|(?-i:\b(?:REUTERS|AFP|AP|EPA|PHOTOS?)\s*/\s*\S+[^.!?]*$)"
    r"|(?-i:/\s?(?:AP|AFP|REUTERS|Reuters|EPA|Getty Images|Xinhua|Bloomberg|PA|dpa|Anadolu(?: Agency)?)\)?\.?\s*$)"
    rf"|\((?:left|right|centre|center|front|from left|l-r|l to r)\)|{_PICTURE_LABEL}",
    re.I)
# A credit on a line of its own: "(Reuters)", "(Ann Lee/Reuters)", "Tom Bell / Getty Images".
_CREDIT_LINE = re.compile(
    r"^\(?(?:[A-Z][\w.'’-]*\s?){1,5}(?:/\s?(?:[A-Z][\w.'’-]*\s?){1,5}){1,3}\)?\.?$"
    rf"|^\((?i:[^()]*\b(?:{_CREDIT_WORDS})\b[^()]*)\)$")
_LABELLED = re.compile(_PICTURE_LABEL, re.I)
# What sets a report apart from a picture's description when neither ends its last sentence:
# attribution, a sentence ended inside the line ("… 43.6%. Labour's …"), a reference mark.
_REPORTED = re.compile(
    r"(?i:\b(?:said|says|say|told|tells|reported|reports|announced|announces|according to|confirmed|confirms"
    r"|declared|added|stated|estimated|warned|citing)\b)|(?:\b[a-z]{2,}|\d|%)[.!?][\"'”’)]*\s+[\"“‘'(]?[A-Z]"
    r"|\[\d+\]\s*$")
# A headline or standfirst rather than a picture's description: a finite auxiliary ("has
# struck", "will run out", "was travelling"), a topic before a colon, a section kicker before a
# bar, a verb in the past tense ("rose", "ripped through"): captions describe in the present.
_STORY_SHAPE = re.compile(
    r"\b(?:has|have|had|was|were|will|would|is|are|been|could|can|may|might|must|should)\b"
    r"|\S:\s+\S+\s+\S|^[^|]{3,30}\s\|\s\S"
    r"|\b(?:rose|fell|began|struck|took|made|came|went|won|lost|held|found|broke|brought|fought|sank"
    r"|spread|grew|drew|saw|knew|paid|sold|built|sent|spent|stood|led|died|killed)\b", re.I)
# (Each word is tried once: the look-behind keeps a long unbroken token from being rescanned.)
_PAST = re.compile(r"(?<!\S)(\S+)\s+([a-z]{2,}(?<!e)(?<!hundr)ed)\b(?!\s+by\b)")
_NOT_A_SUBJECT = frozenset("a an the this that his her its their our your my of with and or in on at by "
                           "for from to into as newly recently".split())
# The opening words of a picture's description: "Debris is seen on a road", "Pictured: …". Not
# "is seen as" or "is seen rising" (forecasts), and not in a line that attributes.
_DEPICTION = re.compile(r"^(?:\S+\s+){0,6}?(?:is|are) (?:seen|pictured|shown) (?:on|in|inside|outside|near|during"
                        r"|through|behind|under|after|amid)\b|^pictured\b", re.I)
#: An unterminated line longer than this that attributes nothing is a picture's description
#: (a caption without its credit), not a headline or standfirst.
CAPTION_WORDS = 30
# Reference marks after the final full stop ("… respectively.[45]", "… 9 September [28]").
_REF_MARKS = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\])+\s*$", re.I)
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
    # A bulleted line cut short with an ellipsis is a teaser (a gallery, a story list), not copy.
    terminal = bool(_TERMINAL.search(_REF_MARKS.sub("", body))) and not (bullet and _TEASER.search(body))
    if (_LIST_CUES.match(body) or _BOILER_WORDS.match(body) or _BOILER_START.match(body)
            or (words <= 12 and _BOILER_CUES.search(body))):
        kind = CUE
    elif (words >= 4 and _marked_caption(body)) or _CREDIT_LINE.match(body) or _LABELLED.match(body):
        kind = CAPTION
    elif (_META.match(body) and words <= 12) or (_STAMP.search(body) and not (terminal and words >= 8)
                                                  and len(_WORD.findall(_STAMP.sub(" ", body))) <= 6):
        kind = META
    elif words >= 5 and terminal:
        kind = PROSE
    elif words >= 14:
        kind = _unterminated(body, words)
    elif bullet or words <= 2:
        kind = NAV
    else:
        kind = HEADING
    return Line(start, end, raw, kind, words, bullet)


def _unterminated(body: str, words: int) -> str:
    """A long line that never ends a sentence: a paragraph that lost its full stop (it reports:
    attribution, an inner sentence, a reference mark), a headline or standfirst (an auxiliary
    verb, a topic before a colon, a kicker), or else a picture's description ("Crowds gather at
    the quay", "Soldiers on an armoured vehicle during an exercise")."""
    if _REPORTED.search(body):
        return PROSE
    if words <= CAPTION_WORDS and (_STORY_SHAPE.search(body) or _past_tense(body)):
        return HEADING
    return CAPTION


def _past_tense(body: str) -> bool:
    """A verb in -ed after its subject ("The fire ripped through"), not an adjective after an
    article or a preposition ("on an armoured vehicle", "a book presented by")."""
    return any(m.group(1).lower().strip(",;") not in _NOT_A_SUBJECT for m in _PAST.finditer(body))


def is_marked_caption(line: Line) -> bool:
    """A caption that says so (a credit, "FILE -", "is seen on"), not one guessed from its shape."""
    return line.kind == CAPTION and _marked_caption(_BULLET.sub("", " ".join(line.text.split()), count=1))


def _marked_caption(body: str) -> bool:
    return bool(_CAPTION.search(body) or (_DEPICTION.search(body) and not _REPORTED.search(body)))


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

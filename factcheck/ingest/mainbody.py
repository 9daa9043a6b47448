"""Main-text detection for scraped pages: which character ranges are the article (headline,
standfirst, body) and which are furniture (menus, tickers, captions, story lists, prompts,
unrelated stories appended after the article).

The mechanism is general, not tuned to a site:

0. a text without page furniture (no boilerplate or list cue, no credited caption, no menu)
   is clean copy and taken whole;
1. every line is classified by its shape (see :mod:`.lines`);
2. consecutive prose lines form *runs*; a list heading ("Related", "Most read", "BREAKING"),
   a hard boundary (comments, copyright, "N minutes ago" stamps) or more than two other lines
   end a run, while interruptions ("Advertisement", "Share", a caption and its credit) and
   lines of figures (a results table) do not;
3. the *core* is the longest run that is not a list (a ticker under "BREAKING" is
   prose-shaped but is a list), taken before any hard boundary that follows copy;
4. the article grows from the core over its neighbours: across plain interruptions always,
   across a list box ("Related" and its headlines) while the next run shares the article's
   vocabulary (lexical cohesion), across a hard boundary only when it shares much of it; it
   stops at a run that opens a new story with a wire dateline such as "NEW YORK (AP) —";
5. the header (headline, standfirst, kicker, lines of figures) is the block of heading-shaped
   lines above the article, up to prose, a list cue or a menu; lines of figures right after
   the article (a results table) belong to it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lines import (BLANK, CAPTION, CUE, HEADING, META, NAV, PROSE, Line, is_list_cue, is_marked_caption,
                    merge_spans, split_lines)

#: Cohesion (mean share of a run's content words and of its names already in the article) a run
#: needs to join the article across a list box ("Related" and its headlines). Appended stories on
#: the seed pages score 0.25 and less, but so do paragraphs of short articles resuming after an
#: inline box (bench/mainbody_eval.py --wrapped): a box is not a boundary, so the bar is low.
COHESION = 0.1
#: Cohesion needed across a hard boundary ("Most read", comments, "N minutes ago" stamps).
COHESION_ACROSS_BOUNDARY = 0.6
#: Non-prose lines tolerated inside one run (a caption and its credit, a subheading).
MAX_GAP = 2
#: Lines above the article searched for its header (headline, standfirst, kicker, figures).
HEADER_REACH = 12
#: Texts shorter than this many non-blank lines are taken whole.
MIN_LINES = 4
#: A menu: this many short items (of at most MENU_ITEM_WORDS words) within MENU_SPAN lines.
MENU_ITEMS, MENU_ITEM_WORDS, MENU_SPAN = 3, 3, 5

_CONTENT = re.compile(r"[a-z][a-z'’-]{3,}")
_STOP = frozenset("""
about above after again against also among because been before being below between both
could does doing down during each from further have having here into just more most much must
only other over same said says should some such than that their them then there these they
this those through under until very were what when where which while will with would your
year years told week month last first next""".split())
# A new story starts with a wire dateline or a file-photo credit: "NEW YORK (AP) —", "FILE -".
_STORY_START = re.compile(r"^\s*(?:[A-Z][A-Z .,'-]{2,40}\((?:AP|AFP|Reuters|UPI|Kyodo|Jiji|dpa)\)\s*[-—–]"
                          r"|FILE\s*[-—–])")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}")
_HARD_CUE = re.compile(r"comment|most (?:read|popular|viewed|shared)|rights reserved|©|copyright", re.I)
_DATE_ONLY = re.compile(r"^(?:\d{1,2} [A-Za-z]{3,9}\.? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{4}-\d\d-\d\d)\b")
_NUMBER = re.compile(r"\S*\d\S*")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’-]*\b")
_TIME_AGO = re.compile(r"(?<!\d)\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.I)


@dataclass
class _Run:
    lines: list[Line]
    after_list_cue: bool = False  # directly under "BREAKING", "Most read", …: a list, not copy
    boundary_before: bool = False  # a hard boundary (comments, stamps, "Most read") precedes it
    list_before: bool = False  # a list box ("Related" and its headlines) separates it from the last run
    words: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    late: bool = False  # after a hard boundary: appended stories live here, rarely the article
    gap: list[Line] = field(default_factory=list)  # the lines between the previous run and this one

    @property
    def size(self) -> int:
        return sum(ln.end - ln.start for ln in self.lines if ln.kind == PROSE)


def detect_main(text: str, start: int = 0, *, cohesion: float = COHESION,
                lines: list[Line] | None = None) -> list[tuple[int, int]]:
    """Character ranges of the article in ``text`` (scanning from ``start``); ``[]`` when the
    whole text is the article (clean copy, or too short to tell).

    ``cohesion`` is what a run resuming after a list box ("Related" and its headlines) must
    share with the article; ``cohesion=0`` gives the permissive reading used as a second opinion
    on HTML: only lists, hard boundaries and new-story datelines end the article."""
    lines = split_lines(text, start) if lines is None else lines
    filled = [ln for ln in lines if ln.kind != BLANK]
    if len(filled) < MIN_LINES or not _scraped(filled):
        return []  # too short to judge, or nothing that looks like page furniture: clean copy
    runs = _runs(lines)
    if not runs:
        return []
    core = _core(runs)
    lo = hi = runs.index(core)
    words, names = set(core.words), set(core.names)
    # Forward: appended stories follow the article; stop at the first run that does not belong.
    while hi + 1 < len(runs) and _joins(runs[hi + 1], runs[hi + 1], words, names, cohesion):
        hi += 1
        words.update(runs[hi].words)
        names |= runs[hi].names
    # Backward: the gap that matters is the one before the article's current first run.
    while lo - 1 >= 0 and _joins(runs[lo - 1], runs[lo], words, names, cohesion):
        lo -= 1
        words.update(runs[lo].words)
        names |= runs[lo].names
    chosen = [ln for run in runs[lo:hi + 1] for ln in run.lines if _article_line(ln)]
    chosen += [ln for run in runs[lo + 1:hi + 1] for ln in _kept_from_gap(run)]
    chosen += _header(lines, runs[lo].lines[0]) + _figures_after(lines, runs[hi].lines[-1])
    ranges = merge_spans(text, [(ln.start, ln.end) for ln in chosen])
    if sum(e - s for s, e in ranges) >= sum(ln.end - ln.start for ln in filled):
        return []
    return ranges


def _article_line(line: Line) -> bool:
    """Lines inside the article that are copy: prose, subheadings, lines of figures."""
    return line.kind in (PROSE, HEADING) or is_figures(line)


def is_figures(line: Line) -> bool:
    """A line of figures, as in a results table ("Seats 26 15 7", "Turnout: 41,250", "After 48
    of 48 wards declared"): numbers and names with hardly a lowercase word. Menus carry no
    figures, and story headlines with a figure read as sentences ("Fares to rise by 5% in May")."""
    if line.kind not in (HEADING, NAV) or line.bullet:
        return False
    numbers = len(_NUMBER.findall(line.text))
    lower = len(_LOWER_WORD.findall(line.text))
    return (numbers >= 2 and lower <= 3) or (numbers >= 1 and lower <= 1)


def _kept_from_gap(run: _Run) -> list[Line]:
    """The subheadings and lines of figures (with the short labels among them) in the gap
    before ``run`` when both sides are the article, unless the gap is a list box or a boundary
    (then its headings are other stories)."""
    if run.list_before or run.boundary_before:
        return []
    marks = [i for i, g in enumerate(run.gap) if (g.kind == HEADING and not g.bullet) or is_figures(g)]
    if not marks:
        return []
    return [g for g in run.gap[marks[0]:marks[-1] + 1]
            if (g.kind in (HEADING, NAV) and not g.bullet) or is_figures(g)]


def _scraped(filled: list[Line]) -> bool:
    """Whether a text carries page furniture: a boilerplate or list cue, a caption that says so
    (a credit, "FILE -"), or a menu (three short items among five lines). A lone short line
    ("UK results", "Electorate: 66,075") or a long line without a full stop is not evidence:
    clean copy has those too."""
    if any(ln.kind == CUE or is_marked_caption(ln) for ln in filled):
        return True
    items = [i for i, ln in enumerate(filled) if ln.kind == NAV and ln.words <= MENU_ITEM_WORDS]
    return any(items[k + MENU_ITEMS - 1] - items[k] < MENU_SPAN for k in range(len(items) - MENU_ITEMS + 1))


def _core(runs: list[_Run]) -> _Run:
    """The run the article grows from: the longest that is not a list, taken before any hard
    boundary that follows copy (a short brief followed by a long unrelated story is still the
    article); a run opening with a wire dateline after other copy counts a quarter."""
    eligible = [r for r in runs if not r.after_list_cue] or runs
    early = [r for r in eligible if not r.late] or eligible

    def weight(run: _Run) -> float:
        later_story = run is not runs[0] and _STORY_START.match(run.lines[0].text)
        return run.size * (0.25 if later_story else 1.0)

    return max(early, key=weight)


def _runs(lines: list[Line]) -> list[_Run]:
    runs: list[_Run] = []
    current: list[Line] | None = None
    gap: list[Line] = []
    flags: tuple = (False, False, False, False, [])
    late = False  # a hard boundary (comments, "Most read", story stamps) follows real copy
    seen_copy = False
    for ln in lines:
        if ln.kind != PROSE:
            # A short credit line under a caption ("Pool / via AFP") belongs to the caption.
            if gap and gap[-1].kind == CAPTION and ln.kind in (HEADING, NAV) and ln.words <= 6:
                ln = replace(ln, kind=CAPTION)
            gap.append(ln)
            continue
        # "Advertisement", "Share", an inline newsletter prompt interrupt the copy; a list
        # heading ("Related", "Most read") or a hard boundary ends the run.
        interruptions = [g for g in gap if g.kind != BLANK and not _soft_cue(g) and not is_figures(g)]
        breaks = (len(interruptions) > MAX_GAP
                  or any(is_list_cue(g) for g in gap) or _hard_boundary(gap)
                  # List items (a ticker) end where bullets stop or at the next heading.
                  or (current is not None and current[-1].bullet != ln.bullet)
                  or (flags[0] and any(g.kind == HEADING for g in gap)))
        if current is not None and not breaks:
            current.extend(gap)
            current.append(ln)
        else:
            if current is not None:
                runs.append(_finish(current, *flags))
                seen_copy = seen_copy or (not flags[0] and runs[-1].size >= 200)
            # Stamps above the article are not boundaries; after real copy, they head new stories.
            late = late or (seen_copy and _hard_boundary(gap))
            flags = (_directly_after_list_cue(gap), _boundary_cue(gap) or (seen_copy and _stamp(gap)), late,
                     any(is_list_cue(g) for g in gap), gap)
            current = [ln]
        gap = []
    if current is not None:
        runs.append(_finish(current, *flags))
    return runs


def _finish(lines: list[Line], after_cue: bool, boundary: bool, late: bool, listed: bool,
            gap: list[Line]) -> _Run:
    words: list[str] = []
    names: set[str] = set()
    for ln in lines:
        if ln.kind == PROSE:
            words.extend(_content_words(ln.text))
            names.update(_NAME.findall(ln.text))
    return _Run(lines, after_cue, boundary, listed, words, names, late, gap)


def _content_words(text: str) -> list[str]:
    return [_stem(w) for w in _CONTENT.findall(text.lower()) if w not in _STOP]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    for suffix in ("’s", "'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _soft_cue(line: Line) -> bool:
    return line.kind == CUE and not is_list_cue(line) and not _HARD_CUE.search(line.text)


def _directly_after_list_cue(gap: list[Line]) -> bool:
    """True when the last non-blank line before a run is a list heading such as "BREAKING"."""
    filled = [g for g in gap if g.kind != BLANK]
    return bool(filled) and is_list_cue(filled[-1])


def _hard_boundary(gap: list[Line]) -> bool:
    """Furniture that ends an article rather than interrupting it: comment boxes, "Most read",
    copyright lines, and the "N minutes ago" or date stamps that head other stories."""
    return _boundary_cue(gap) or _stamp(gap)


def _boundary_cue(gap: list[Line]) -> bool:
    return any(g.kind == CUE and _HARD_CUE.search(g.text) for g in gap)


def _stamp(gap: list[Line]) -> bool:
    """A date or "N minutes ago" stamp: it heads another story after the article, but above the
    article it is the article's own (between its standfirst and its body)."""
    for g in gap:
        body = g.text.strip(" \t•·*-")
        if g.words <= 6 and (_TIME_AGO.search(body) or _DATE_ONLY.match(body)):
            return True
    return False


def _joins(run: _Run, after: _Run, words: set[str], names: set[str], need: float) -> bool:
    """Whether ``run`` belongs to the article whose vocabulary is ``words``/``names``; ``after``
    is the run whose preceding gap separates the two. Across plain interruptions it does; across
    a list box it needs cohesion ``need``; across a hard boundary, COHESION_ACROSS_BOUNDARY."""
    # A wire dateline opens a new story only after the article; before it, it opens the article.
    if run.after_list_cue or (after is run and _STORY_START.match(run.lines[0].text)):
        return False
    need = COHESION_ACROSS_BOUNDARY if after.boundary_before else need if after.list_before else 0.0
    if need <= 0:
        return True
    if not run.words:
        return False
    share = sum(1 for w in run.words if w in words) / len(run.words)
    name_share = len(run.names & names) / len(run.names) if run.names else 0.0
    return (share + name_share) / 2 >= need


def _header_if_headed(line: Line) -> bool:
    """Lines that belong to the header when a headline stands above them: figures, short labels,
    and a standfirst in headline style ("Toll rises above 4,500 as crews search the ruins"),
    which is shaped like a caption but carries no credit."""
    if line.bullet:
        return False
    return is_figures(line) or line.kind == NAV or (line.kind == CAPTION and not is_marked_caption(line))


def _figures_after(lines: list[Line], last: Line) -> list[Line]:
    """Lines of figures right after the article's last line (a results table that ends it)."""
    out = []
    for ln in lines[lines.index(last) + 1:]:
        if ln.kind == BLANK:
            continue
        if not is_figures(ln):
            break
        out.append(ln)
    return out


def header_above(text: str, offset: int, lines: list[Line] | None = None) -> list[tuple[int, int]]:
    """The ranges of the header lines (headline, standfirst, figures) above ``offset``."""
    lines = split_lines(text) if lines is None else lines
    first = next((ln for ln in lines if ln.start >= offset), None)
    return [(ln.start, ln.end) for ln in _header(lines, first)] if first is not None else []


def _header(lines: list[Line], first: Line) -> list[Line]:
    """The heading-shaped lines above the article's first line: headline, kicker, standfirst
    without a full stop, lines of figures. Bylines, stamps, captions, share bars and blank lines
    are looked past; prose and a menu end the header. A list cue ("Related", "Trending") means
    the headings passed were its items: only a headline set apart from the copy by a byline,
    a stamp or a caption (as a headline is, and items resuming copy are not) is kept."""
    idx = lines.index(first)
    taken: list[Line] = []
    pending: list[Line] = []  # lines kept only if a heading above them is taken too
    headline = None  # how many lines were taken up to the heading nearest the copy
    set_apart = False  # a byline, stamp or caption lies between that heading and the copy
    seen = 0
    for ln in reversed(lines[:idx]):
        if ln.kind == BLANK:
            continue
        seen += 1
        if seen > HEADER_REACH or ln.kind == PROSE:
            break
        if ln.kind == CUE and is_list_cue(ln):
            return taken[:headline] if headline is not None and set_apart else []
        if ln.kind == CUE and not _soft_cue(ln):
            break
        if ln.kind == HEADING and not ln.bullet:
            taken += pending + [ln]
            pending = []
            headline = len(taken) if headline is None else headline
        elif _header_if_headed(ln):
            pending.append(ln)
        elif ln.bullet and ln.kind in (NAV, HEADING) and taken:
            break  # a menu above the headline
        set_apart = set_apart or (headline is None and ln.kind in (META, CAPTION))
    return taken

"""Main-text detection for scraped pages: which character ranges are the article (headline,
standfirst, body) and which are furniture (menus, tickers, captions, story lists, prompts,
unrelated stories appended after the article).

The mechanism is general, not tuned to a site:

1. every line is classified by its shape (see :mod:`.lines`);
2. consecutive prose lines form *runs*; a list heading ("Related", "Most read", "BREAKING"),
   a hard boundary (comments, copyright, "N minutes ago" stamps) or more than two other lines
   end a run, while interruptions ("Advertisement", "Share", a caption and its credit) do not;
3. the *core* is the longest run that is not a list (a ticker under "BREAKING" is
   prose-shaped but is a list), taken before any hard boundary that follows copy;
4. the article grows from the core to neighbouring runs while they share its vocabulary
   (lexical cohesion), and stops at the first run that does not, or that opens a new story
   with a wire dateline such as "NEW YORK (AP) —";
5. the headline is the nearest heading-shaped line above the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lines import BLANK, CAPTION, CUE, HEADING, META, NAV, PROSE, Line, is_list_cue, merge_spans, split_lines

#: Cohesion (mean share of a run's content words and of its names already in the article) a run
#: needs to join the article. Measured on real pages: paragraphs of the same story score 0.35 and
#: more, appended unrelated stories 0.25 and less.
COHESION = 0.3
#: Cohesion needed across a hard boundary ("Most read", comments, "N minutes ago" stamps).
COHESION_ACROSS_BOUNDARY = 0.6
#: Non-prose lines tolerated inside one run (a caption and its credit, a subheading).
MAX_GAP = 2
#: Texts shorter than this many non-blank lines are taken whole.
MIN_LINES = 4

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
_TIME_AGO = re.compile(r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.I)


@dataclass
class _Run:
    lines: list[Line]
    after_list_cue: bool = False  # directly under "BREAKING", "Most read", …: a list, not copy
    boundary_before: bool = False  # a hard boundary (comments, stamps, "Most read") precedes it
    words: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    late: bool = False  # after a hard boundary: appended stories live here, rarely the article

    @property
    def size(self) -> int:
        return sum(ln.end - ln.start for ln in self.lines if ln.kind == PROSE)


def detect_main(text: str, start: int = 0, *, cohesion: float = COHESION,
                lines: list[Line] | None = None) -> list[tuple[int, int]]:
    """Character ranges of the article in ``text`` (scanning from ``start``); ``[]`` when the
    whole text is the article (clean copy, or too short to tell).

    ``cohesion=0`` gives the permissive reading used as a second opinion on HTML: only lists,
    hard boundaries and new-story datelines end the article, not a change of vocabulary."""
    lines = split_lines(text, start) if lines is None else lines
    filled = [ln for ln in lines if ln.kind != BLANK]
    if len(filled) < MIN_LINES or not any(ln.kind in (CUE, NAV, CAPTION) for ln in filled):
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
    chosen = [ln for run in runs[lo:hi + 1] for ln in run.lines if ln.kind in (PROSE, HEADING)]
    head = _headline(lines, runs[lo].lines[0])
    if head is not None:
        chosen.insert(0, head)
    ranges = merge_spans(text, [(ln.start, ln.end) for ln in chosen])
    if sum(e - s for s, e in ranges) >= sum(ln.end - ln.start for ln in filled):
        return []
    return ranges


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
    flags = (False, False, False)
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
        interruptions = [g for g in gap if g.kind != BLANK and not _soft_cue(g)]
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
            flags = (_directly_after_list_cue(gap), _hard_boundary(gap), late)
            current = [ln]
        gap = []
    if current is not None:
        runs.append(_finish(current, *flags))
    return runs


def _finish(lines: list[Line], after_cue: bool, boundary: bool, late: bool) -> _Run:
    words: list[str] = []
    names: set[str] = set()
    for ln in lines:
        if ln.kind == PROSE:
            words.extend(_content_words(ln.text))
            names.update(_NAME.findall(ln.text))
    return _Run(lines, after_cue, boundary, words, names, late)


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
    for g in gap:
        body = g.text.strip(" \t•·*-")
        if g.kind == CUE and _HARD_CUE.search(body):
            return True
        if g.words <= 6 and (_TIME_AGO.search(body) or _DATE_ONLY.match(body)):
            return True
    return False


def _joins(run: _Run, after: _Run, words: set[str], names: set[str], need: float) -> bool:
    """Whether ``run`` belongs to the article whose vocabulary is ``words``/``names``; ``after``
    is the run whose preceding gap separates the two."""
    # A wire dateline opens a new story only after the article; before it, it opens the article.
    if run.after_list_cue or (after is run and _STORY_START.match(run.lines[0].text)) or not run.words:
        return False
    share = sum(1 for w in run.words if w in words) / len(run.words)
    name_share = len(run.names & names) / len(run.names) if run.names else 0.0
    cohesion = (share + name_share) / 2
    return cohesion >= (COHESION_ACROSS_BOUNDARY if after.boundary_before else need)


def headline_above(text: str, offset: int, lines: list[Line] | None = None) -> tuple[int, int] | None:
    """The range of the headline-shaped line nearest above ``offset``, if any (see _headline)."""
    lines = split_lines(text) if lines is None else lines
    first = next((ln for ln in lines if ln.start >= offset), None)
    head = _headline(lines, first) if first is not None else None
    return (head.start, head.end) if head else None


def _headline(lines: list[Line], first: Line) -> Line | None:
    """The nearest heading-shaped line above the article's first line, looking past bylines,
    stamps, standfirst furniture and blank lines but not past prose or list cues."""
    idx = lines.index(first)
    for ln in reversed(lines[max(0, idx - 12):idx]):
        if ln.kind in (BLANK, META, NAV, CAPTION):
            continue
        if ln.kind == HEADING and 3 <= ln.words <= 25 and not ln.bullet:
            return ln
        if ln.kind in (PROSE, CUE):
            return None
    return None

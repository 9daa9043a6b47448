"""A long alternation matched at one position, split by the character found there.

``re`` tries every alternative of ``(?:a|b|c…)`` in turn at a position, even those that can
never begin with the character there; with ``re.IGNORECASE`` it cannot even skip them on a
first-letter test. ``by_first_char`` reads which characters each top-level alternative can
begin with and, for each ASCII character (compiled the first time a position holds it), uses
the same pattern with the alternatives that cannot begin with it disabled: one without
groups is left out, one with groups leaves them behind, empty, after a test that always
fails, so that the groups keep their numbers and names and a match is the very match the
full pattern gives. Anything the reading does not understand keeps its alternative, and a
position whose character is not ASCII is matched with the full pattern."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

try:  # the parser ``re`` itself uses (Python 3.11+)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _P = _C = None


def _firsts(items) -> tuple[set[str] | None, bool]:
    """The characters the parsed sequence ``items`` can begin with (None: unknown) and whether
    it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _C.IN:
            for o, a in av:
                if o is _C.LITERAL:
                    out.add(chr(a))
                elif o is _C.RANGE:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
                    out.update("0123456789")
                else:
                    return None, False
            return out, False
        if op is _C.BRANCH:
            empty = False
            for alt in av[1]:
                chars, e = _firsts(alt)
                if chars is None:
                    return None, False
                out |= chars
                empty |= e
            if not empty:
                return out, False
        elif op is _C.SUBPATTERN:
            chars, e = _firsts(av[3])
            if chars is None:
                return None, False
            out |= chars
            if not e:
                return out, False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            chars, e = _firsts(av[2])
            if chars is None:
                return None, False
            out |= chars
            if av[0] > 0 and not e:
                return out, False
        elif op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return None, False  # zero-width tests are passed over; anything else is unknown
    return out, True


def _ascii_keys(chars: set[str] | None) -> frozenset[str] | None:
    """The ASCII characters, lower case, that may match one of ``chars`` ignoring case; None
    when ``chars`` is unknown or holds a character outside ASCII (whose case folding may
    reach an ASCII letter: the Kelvin sign, the long s)."""
    if chars is None or any(not c.isascii() for c in chars):
        return None
    return frozenset(c.lower() for c in chars)


def _outer_alternatives(src: str) -> tuple[str, list[str]] | None:
    """``src`` as ``head + "(?:" + "|".join(alternatives) + ")"``, or None when it is not so
    written. Escapes and character classes are read so that their brackets and bars count
    for nothing."""
    opens: list[int] = []
    bars: dict[int, list[int]] = {}
    i, last = 0, None
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 2 if src.startswith("[^", i) else 1
            i += 1 if i < len(src) and src[i] == "]" else 0
            while i < len(src) and src[i] != "]":
                i += 2 if src[i] == "\\" else 1
        elif c == "(":
            opens.append(i)
            bars[i] = []
        elif c == ")":
            last = opens.pop()
            if i == len(src) - 1 and opens:
                return None
        elif c == "|" and opens:
            bars[opens[-1]].append(i)
        i += 1
    if last is None or not src.endswith(")") or not src.startswith("(?:", last):
        return None
    cuts = [last + 2, *bars[last], len(src) - 1]
    return src[:last], [src[a + 1:b] for a, b in zip(cuts, cuts[1:])]


def _skeleton(alternative: re.Pattern[str]) -> str:
    """What stands for an alternative that cannot match: its groups in order, empty, after a
    test that always fails (so the groups keep their numbers and names); "" when it has none."""
    if not alternative.groups:
        return ""
    names = {i: name for name, i in alternative.groupindex.items()}
    return "(?!)" + "".join(f"(?P<{names[i]}>)" if i in names else "()"
                            for i in range(1, alternative.groups + 1))


def by_first_char(pattern: re.Pattern[str]) -> Callable[[str, int, int], re.Match[str] | None]:
    """``match(text, pos, end)`` giving what ``pattern.match(text, pos, end)`` gives, for a
    pattern written as a zero-width head (``\\b``, or nothing) and one group of alternatives."""
    split = _outer_alternatives(pattern.pattern) if _P is not None else None
    if split is None:
        return pattern.match
    head, alternatives = split
    if any(op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT) for op, _ in _P.parse(head, pattern.flags)):
        return pattern.match

    @cache
    def plan() -> tuple[list[frozenset[str] | None], list[str]] | None:
        """Each alternative's first characters and skeleton, read once, when first needed."""
        try:
            return ([_ascii_keys(_firsts(_P.parse(alt, pattern.flags))[0]) for alt in alternatives],
                    [_skeleton(re.compile(alt, pattern.flags)) for alt in alternatives])
        except Exception:  # an alternative that does not parse alone (a back-reference)
            return None

    full = pattern.match
    table: dict[str, Callable] = {}  # a character (lower case) -> the match of its variant
    variants: dict[tuple[bool, ...], Callable] = {}  # which alternatives are on -> its match

    def variant(ch: str) -> Callable:
        """The match for positions holding ``ch``, compiled the first time it is asked for."""
        if plan() is None:
            table[ch] = full
            return full
        keys, skeletons = plan()
        on = tuple(k is None or ch in k for k in keys)
        if on not in variants:
            # a disabled alternative leaves only its groups, empty, behind a test that fails
            body = "|".join(a if keep else skeleton for a, keep, skeleton in zip(alternatives, on, skeletons)
                            if keep or skeleton) or "(?!)"
            compiled = re.compile(head + "(?:" + body + ")", pattern.flags)
            same = compiled.groups == pattern.groups and compiled.groupindex == pattern.groupindex
            variants[on] = compiled.match if same else full
        table[ch] = variants[on]
        return table[ch]

    def match(text: str, pos: int, end: int) -> re.Match[str] | None:
        if pos < end and (c := text[pos]).isascii():
            c = c.lower()
            return (table.get(c) or variant(c))(text, pos, end)
        return full(text, pos, end)

    return match

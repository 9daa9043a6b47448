"""Order claims between two events in one sentence: "following X, Y", "Y a day after X",
"ahead of X", "X, then Y". ``first`` stands in ``relation`` to ``second``: "Y came a day
after X" gives first=Y, relation=after, second=X, offset=P1D. The claim's span is the trigger
with its offset ("a day after"): the events are phrases, and a wide span would hide the
figures inside them from the number extractor."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...models import OrderValue
from .events import event_for, left_event, noun_phrase, phrase_end, verb_phrase, _tokens
from .lexicon import NUMBER_WORD, UNIT_WORD
from .patterns import HEDGE_BEFORE, HEDGE_MODS
from .relative import _count, _unit, duration_value

_TRIGGER = re.compile(
    r"\b(?P<rel>after|before|following|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of|"
    r"in\s+advance\s+of|on\s+the\s+eve\s+of|followed\s+by|(?:,\s*|\band\s+)then)\b", re.I)
#: The offset just before a trigger: "a day after", "two weeks before", "hours after".
_OFFSET = re.compile(
    rf"(?:\b(?P<n>\d+|an?|{NUMBER_WORD}|several|a\s+few)[\s-]+(?:(?:more|further|additional)\s+)?(?P<u>{UNIT_WORD})"
    r"|\b(?P<vague>hours|days|weeks|months|minutes|moments|shortly|soon|just|only|immediately))\s+$", re.I)
_CHEAP = re.compile(r"after|before|following|ahead|prior|wake|advance|eve\b|followed|then")
_AFTER = {"after", "following", "in the wake of"}
_VAGUE = {"hours": "PTXH", "minutes": "PTXM", "days": "PXD", "weeks": "PXW", "months": "PXM"}
_NOT_EVENT = frozenset("all that this it which them him her that's".split())
#: "testified before Congress", "named after his father", "year after year": no events.
_NOT_EVENT_HEAD = frozenset("congress committee court judge parliament senate house panel jury "
                            "audience crowd cameras reporters lawmakers regulators voters him her "
                            "his their day week month year time one another".split())
_PLACE_VERBS = re.compile(r"\b(?:named|look(?:s|ed|ing)?|appear(?:s|ed|ing)?|testif(?:y|ied|ies|ying)|"
                          r"stand(?:s|ing)?|stood|sworn|brought|called)\s+$", re.I)


#: A relative clause that ends just before ", then": "The driver, who was later shot dead, then …".
_RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\b[^,;:.]*,?\s*$", re.I)


def find_orders(text: str, lo: int, hi: int, time_spans: list[tuple[int, int]]):
    """(start, end, OrderValue) for each order relation in sentence [lo, hi)."""
    out = []
    if not _CHEAP.search(text[lo:hi].lower()):
        return out  # most sentences: no trigger word at all
    time_spans = sorted(time_spans)
    starts = [a for a, _ in time_spans]
    for t in _TRIGGER.finditer(text, lo, hi):
        m = _Trigger(t, _OFFSET.search(text, max(lo, t.start() - 30), t.start()))
        rel = re.sub(r"[\s,]+", " ", m["rel"].lower()).strip()
        x_start = m.end()
        while x_start < hi and text[x_start] == " ":
            x_start += 1
        k = bisect_right(starts, x_start)
        if k and time_spans[k - 1][1] > x_start:
            continue  # "after 2020" is a bound on a date, not an order of events
        if text.startswith("-", t.end()) or _PLACE_VERBS.search(text, max(lo, t.start() - 14), t.start()):
            continue  # "after-tax", "testified before", "named after"
        x_end = phrase_end(text, x_start, min(hi, x_start + 200))
        if k < len(starts) and starts[k] < x_end:
            x_end = starts[k]  # a date after the event ends it: "ahead of their talks Sunday"
        if rel in ("then", "and then"):
            if _RELATIVE_BEFORE.search(text, lo, m.start()):
                continue  # "The driver, who was later shot dead, then began firing": the
                # relative clause is an aside out of sequence; "then" follows the main clause
            first = left_event(text, lo, m.start())
            second = verb_phrase(_tokens(text[x_start:x_end]), from_right=False)
            value = _value("before", first, second, m, text)
            if value:
                out.append((_start(m), m.end(), value))
            continue
        x = noun_phrase(text[x_start:x_end])
        if not x or x.split()[0] in _NOT_EVENT or x.split()[-1] in _NOT_EVENT_HEAD:
            continue
        if _start(m) - lo < 400 and not text[lo:_start(m)].strip(" \"“'"):
            tail = text[x_end:hi].lstrip(" ,")
            y = verb_phrase(_tokens(tail[:160]), from_right=False)
        else:
            # (a headline's kicker, "Flyover collapse: 24 dead after …", is no part of the clause)
            head = text.rfind(":", lo, _start(m)) + 1 or lo
            y = left_event(text, head, _start(m)) or event_for(text, head, hi, _start(m), _start(m))
        if rel == "followed by":
            value = _value("before", y, x, m, text)
        else:
            value = _value("after" if rel in _AFTER else "before", y, x, m, text)
        if value:
            out.append((_start(m), m.end(), value))
    return out


class _Trigger:
    """A trigger match with the offset before it, read like one match."""

    def __init__(self, trigger: re.Match[str], offset: re.Match[str] | None):
        self.trigger, self.offset = trigger, offset

    def __getitem__(self, name: str) -> str | None:
        if name == "rel":
            return self.trigger["rel"]
        return self.offset[name] if self.offset else None

    def start(self) -> int:
        return self.offset.start() if self.offset else self.trigger.start()

    def end(self) -> int:
        return self.trigger.end()


def _start(m) -> int:
    s = m.start()
    if m["rel"].startswith(","):
        s += len(m["rel"]) - len(m["rel"].lstrip(", "))
    return s


def _value(relation: str, first: str | None, second: str | None, m: _Trigger, text: str = ""):
    if not first or not second or first == second:
        return None
    offset = mod = None
    if m.offset is not None and m["u"]:
        # "more than 20 minutes after takeoff", "some 23 minutes after": the offset's hedge
        hedge = HEDGE_BEFORE.search(text, max(0, m.start() - 25), m.start())
        if hedge:
            mod = HEDGE_MODS[re.sub(r"\s+", " ", hedge["h"].lower())]
    if m["u"]:
        n = _count(m["n"])
        offset = duration_value(n, _unit(m["u"]))
    elif m["vague"] and m["vague"].lower() in _VAGUE:
        offset = _VAGUE[m["vague"].lower()]
    elif "eve" in m["rel"].lower():
        offset = "P1D"
    return OrderValue(relation=relation, first=first, second=second, offset=offset,
                      mod=mod if offset else None)

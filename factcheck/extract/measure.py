"""What a figure measures and whose figure it is, read from its own sentence: "defense
spending" and "Japan" in "Japan's defence spending will rise to 2%", "tariff" in "25% tariffs".

Measures are normalised by units_text.normalise_measure (lower case, American spelling, last
word singular). When the sentence does not say it plainly, the field stays None."""

from __future__ import annotations

import re

from .quantity_parts import COMMON_VERBS
from .subjects import DEMONYMS, nearest_name, subject_of
from .units_text import normalise_measure

_WINDOW = 90
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.&-]*(?:['\u2019]s)?|[^\sA-Za-z]")
#: Words between a measure and its figure: "spending *will rise to* 2%".
LINKS = frozenset(
    "will would could can may might must should shall cannot ought need needs to has have had "
    "is was are were be been being now currently "
    "already just also even further still expected set projected likely only forecast "
    "predicted seen poised due rise rose risen "
    "rising rises fall fell fallen falling falls grow grew grown growing grows increase "
    "increased increases increasing decrease decreased decreases climb climbed climbs jump "
    "jumped jumps reach reached reaches reaching hit hits stand stands stood standing total "
    "totalled totaled totals totalling amount amounted amounts double doubled doubles drop "
    "dropped drops decline declined declines surge surged soar soared slip slipped edge edged "
    "up down come came top topped exceed exceeded exceeds of at by from near around about "
    "roughly some nearly almost over under than more less least as high much many estimated "
    "an a the".split())
#: Words that end a measure phrase when met walking backwards.
_STOPS = frozenset(
    "and or but that which who whom whose what when where while with without within across "
    "around about over under through for in on into "
    "onto it its their his her our your this these those there here said says say told "
    "we i you he she they us them "
    "aims aim aimed plans plan planned wants want wanted seeks seek sought hopes hope hoped "
    "expects expect needs need intends intend intended pledged pledge vowed promised agreed "
    "urged urge urges called asked pushed pressed proposed recommended suggested boost boosted "
    "raise raised raising lift lifted cut cuts reduce reduced bring brought spend spends spent "
    "pay pays paid imposed impose imposes charge charges charged set sets put puts keep keeps "
    "kept make makes made take takes took get gets got give gives gave see sees saw hosts host "
    "has have had is was are were be been being not no never than then also even just only "
    "if because since after before during until against between among per each every all "
    "both such other another same own new current commit commits agree agrees decide decides "
    "vow vows promise promises seek seeks reach reaches held won lost shot sold bought built "
    "sent spent made took gave got kept left led met ran saw told found brought struck fought "
    "caught drew grew hit put let".split())
_VAGUE_HEADS = frozenset("target targets goal goals aim plan level figure threshold benchmark "
                         "ceiling cap commitment pledge share total amount number".split())
_PREP_LINKS = frozenset({"to", "by", "at", "from"})
_LEAD_DET = frozenset("the a an its their his her our this that these those".split())
_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?P<caps>(?:[A-Z][\w.&-]*[ \t]+){1,2}))?(?P<w1>[a-z][a-z-]{2,})"
    r"(?:[ \t]+(?P<w2>[a-z][a-z-]{2,}))?(?![\w'])")
_PREP_AFTER = re.compile(
    r"[ \t\u00a0]+(?:in|for|on)[ \t]+(?:(?:the|its|their|new)[ \t]+)?(?P<w1>[a-z][a-z-]{2,})"
    r"(?:[ \t]+(?P<w2>[a-z][a-z-]{2,}))?(?![\w'])")
_NOT_MEASURE_AFTER = frozenset(
    "of by to in on at for from and or but than a an the this that is was are were be been "
    "will would could should may might has have had increase rise fall drop cut jump gain "
    "decline points point year years month months week weeks day days more less over under "
    "since until after before last next this each per higher lower above below compared "
    "respectively apiece alone overall earlier later ago said says away long wide high tall deep "
    "old off out into back all each total annually together altogether so too mark level fiscal "
    "threshold which who whose where when while as".split())
_RELATIVE = re.compile(r"[ \t]*(?:which|who|whose|that)\b")
_CLAUSE_BREAK = re.compile(r"[;:\u2014(]|[ \t](?:while|whereas|but|although|though)[ \t]|,[ \t]")


def measure_after(text: str, end: int, hi: int, money: bool,
                  direct: bool = True) -> tuple[str | None, str | None]:
    """The noun right after a figure ("25% tariffs", "$2 billion U.S. bill") as
    ``(measure, subject)``; for money and shares also "$44 million in military aid", "3% of
    GDP on defense". ``direct=False`` skips the noun right after (a share's base was there)."""
    m = _AFTER.match(text, end, hi) if direct else None
    if m is not None and m.group("w1") not in _NOT_MEASURE_AFTER \
            and not m.group("w1").endswith(("ly", "ed")):
        words = [m.group("w1")]
        w2 = m.group("w2")
        if w2 and w2 not in _NOT_MEASURE_AFTER and w2 not in _STOPS and w2 not in COMMON_VERBS \
                and not w2.endswith(("ed", "ly")):
            words.append(w2)
        if len(words) == 2 and words[0].endswith("s") and not words[0].endswith("ss"):
            words = words[:1]  # "tariffs apply": a plural noun closes the phrase
        subject = None
        for cap in (m.group("caps") or "").split():
            subject = subject or subject_of(cap)
        if m.group("caps") and subject is None:
            return None, None
        return normalise_measure(" ".join(words)), subject
    if money:
        p = _PREP_AFTER.match(text, end, hi)
        if p is not None and p.group("w1") not in _NOT_MEASURE_AFTER:
            words = [p.group("w1")]
            if p.group("w2") and p.group("w2") not in _NOT_MEASURE_AFTER | _STOPS:
                words.append(p.group("w2"))
            return normalise_measure(" ".join(words)), None
    return None, None


def measure_before(text: str, lo: int, start: int) -> tuple[str | None, str | None]:
    """The measure phrase before a figure, across link words ("defence spending will rise to
    2%"), as ``(measure, subject)``; the subject from a possessive ("Japan's")."""
    window = max(lo, start - _WINDOW)
    tokens = _TOKEN.findall(text[window:start])
    if window == lo and tokens and tokens[0][:1].isupper() and not tokens[0].endswith(("'s", "\u2019s")) \
            and tokens[0].isalpha() and tokens[0][1:].islower():
        tokens[0] = tokens[0].lower()  # the sentence's first word is capitalised by position only
    i = len(tokens) - 1
    linked = False
    while i >= 0 and (tokens[i].lower() in LINKS or (
            linked and tokens[i].endswith("ed") and tokens[i + 1].lower() in _PREP_LINKS)):
        i, linked = i - 1, True
    words: list[str] = []
    subject = None
    while i >= 0 and len(words) < 2:
        tok = tokens[i]
        low = tok.lower()
        if tok.endswith(("'s", "\u2019s")):
            owner = tok[:-2]
            if owner[:1].isupper():
                subject = _owner(tokens, i)
            break
        if not tok[0].isalpha() or not tok[0].islower() or low in _STOPS or low in LINKS \
                or low.endswith(("ed", "ly", ".")):
            break
        words.append(low)
        i -= 1
    words = [w for w in reversed(words) if w not in _LEAD_DET]
    if words and i >= 2 and tokens[i].lower() in ("the", "its", "their") \
            and tokens[i - 1].lower() in ("in", "at", "of") and tokens[i - 2][:1].islower() \
            and tokens[i - 2].isalpha() and tokens[i - 2].lower() not in _STOPS | LINKS \
            and not tokens[i - 2].endswith(("ed", "ly")):
        # "shares in the group fell 12%": the measure is the noun the phrase hangs from.
        words = [tokens[i - 2].lower()]
    if words and words[-1] in _VAGUE_HEADS:
        words = []  # "the target of 2%": a modality word, not what is measured
    if not words or not linked:
        return None, subject if words else None
    return normalise_measure(" ".join(words)), subject


def _owner(tokens: list[str], i: int) -> str:
    """The possessor ending at token ``i`` ("Japan's", "the Defense Ministry's")."""
    parts = [tokens[i][:-2]]
    j = i - 1
    while j >= 0 and len(parts) < 3 and tokens[j][:1].isupper() and tokens[j].lower() not in _LEAD_DET:
        parts.append(tokens[j])
        j -= 1
    name = " ".join(reversed(parts))
    demonym = DEMONYMS.get(name.lower())
    return demonym or name


def clause_subject(text: str, lo: int, start: int) -> str | None:
    """The country or organisation named last before the figure in its clause ("Japan aims to
    reach 2%"), or None."""
    window_start = max(lo, start - 160)
    head = text[window_start:start]
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    found = nearest_name(head[cuts[-1]:])
    if found is None and len(cuts) > 1 and _RELATIVE.match(head, cuts[-1]):
        # "Japan — which aims to spend 2%": the relative clause is about the name before it.
        found = nearest_name(head[cuts[-2]:cuts[-1]])
    return found

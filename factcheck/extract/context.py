"""Context of a claim from its sentence: who says so, whether it is an actual figure or a
target, forecast, proposal or hypothetical, whether it is negated, and the period it refers to.

Every reading is local (the sentence, or a bounded look at the next one for a quote that is
attributed after it closes) and falls back to None/"actual" when the text is not plain."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from ..models import TimeValue
from .measure import measure_before
from .mention import Mention

_SAY = (r"(?:said|says|say|told|tells|stated|states|announced|announces|argued|argues|urged|"
        r"urges|recommended|recommends|claimed|claims|wrote|writes|added|adds|noted|notes|"
        r"estimated|estimates|reported|reports|warned|warns|insisted|insists|stressed|stresses|"
        r"explained|predicted|predicts|pledged|promised|proposed|proposes|suggested|suggests|"
        r"testified|confirmed|confirms|acknowledged|maintained|tweeted|posted|declared|"
        r"spoke[ \t]+of|speaks[ \t]+of|spoke[ \t]+about|"
        r"placed[ \t]+it|put[ \t]+it|put[ \t]+the|placed[ \t]+the|measured[ \t]+it|recorded[ \t]+it)"
        # "the stampede claimed the lives of 174", "claimed 20 lives": a toll, not a speaker
        r"(?![ \t]+(?:to|by|up|on|that[ \t]+it[ \t]+was|(?:the[ \t]+|their[ \t]+)?lives|"
        r"(?:at[ \t]+least[ \t]+)?[\d,.]+[ \t]+(?:more[ \t]+)?lives)\b)")
_NAME = (r"[A-Z][\w.'\u2019&-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w.'\u2019&-]*){0,5}"
         r"(?:[ \t]+\([A-Z]{2,6}\))?")
_ROLE = (r"(?:spokes(?:man|woman|person)|officials?|minister|ministry|secretary|department|"
         r"agency|government|president|analysts?|economists?|experts?|sources?|statement|report|"
         r"data|figures|survey|study|police|authorities|military|army|navy|office|committee|"
         r"company|firm|group|bank|party|council|court|embassy|union|organi[sz]ation|"
         r"administration|institute|commission|board|spokesperson|campaign|researchers?)")
_LOW = (r"(?!(?:that|which|who|have|has|had|been|may|might|will|would|could|should|also|"
        r"not|and|but|was|were|is|are)\b)[a-z][a-z-]{2,}")
#: "the ministry", "a Pentagon spokesperson", "the carrier": an article, optional names and
#: modifiers, then a noun (any noun, when the verb of saying follows it directly).
_ROLE_NP = (rf"(?:[Tt]he|[Aa]n?)[ \t]+(?:[A-Z][\w.'\u2019&-]*[ \t]+){{0,3}}"
            rf"(?:{_LOW}[ \t]+){{0,2}}(?:{_ROLE}|{_LOW})")
#: "Iranian state media", "Chinese state television", "Japan's public broadcaster": a body named
#: by its country and its kind, with no article.
_MEDIA = (r"(?:[A-Z][\w.'\u2019-]*[ \t]+){1,2}(?:state[ \t]+|official[ \t]+|public[ \t]+)?"
          r"(?:media|television|TV|radio|news[ \t]+agency|broadcaster)")
_WHO = rf"(?P<who>{_MEDIA}|{_NAME}|{_ROLE_NP})"
_SPEAKER_BEFORE = re.compile(
    rf"(?<![\w.'])(?:{_WHO})(?:,(?P<appos>[^,]{{1,80}}),|,)?[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+|"
    rf"previously[ \t]+|earlier[ \t]+){{0,2}}{_SAY}(?![\w])")
#: Inverted attribution ends its clause: "…," said Colby. / said Colby, who …
_SAID_NAME = re.compile(rf"[,\u201d\"'\u2019][ \t]*{_SAY}[ \t]+{_WHO}"
                        r"(?=[ \t]*(?:[,.;:!?\u201d\"]|$|\(|(?:who|in|on|at|after|when)\b))")
_NAME_ONLY = re.compile(_NAME)
#: "according to local authorities", "according to rescue officials": a body named by a plural
#: role noun, with no article.
_BARE_ROLE = (rf"(?:(?:{_LOW}|[A-Z][\w.'\u2019&-]*)[ \t]+){{0,2}}(?:authorities|officials|police|"
              rf"sources|residents|witnesses|analysts|experts|doctors|rescuers|investigators|"
              rf"prosecutors|medics|paramedics|firefighters|diplomats|activists|observers)")
_ACCORDING = re.compile(rf"\b[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?(?:(?P<who>{_NAME}|{_ROLE_NP}|{_BARE_ROLE}))")
_AFTER_PREPOSITION = re.compile(r"\b(?:with|of|on|about|for|to|in|from|by|at)[ \t]+\Z")
#: Between an attribution and a later figure only a new sentence-like clause breaks it
#: ("X said A, while others expect B"); "but" and dashes often stay inside the reported speech.
_SPEAKER_BREAK_AFTER = re.compile(r";|\b(?:while|whereas)\b", re.I)
#: Between a figure and a later attribution any contrast breaks it ("A, but X said B").
_SPEAKER_BREAK_BEFORE = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.I)
_CLOSE_SAID = re.compile(rf"[ \t]*{_SAY}[ \t]+{_WHO}")
_CLOSE_WHO_SAID = re.compile(rf"[ \t]*{_WHO}[ \t]+{_SAY}(?![\w])")
_NOT_SPEAKERS = frozenset({"He", "She", "They", "It", "We", "I", "You", "This", "That", "There",
                           "The", "A", "An", "But", "And", "Officials", "In", "On", "At"})
_QUOTE_CLOSE = "\u201d\""
_LOOKAHEAD = 400

#: Cue words for modality; "proposal" outranks the others in the same clause because
#: "X urged Japan to raise spending to 3%" is a proposal even though it also names a target.
_PROPOSAL = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|recommend(?:s|ed|ing|ation|ations)?|propos(?:e|ed|es|al|als|ing)|"
    r"call(?:s|ed|ing)?[ \t]+(?:on[ \t]+\w+[ \t]+to|for)|should|ought[ \t]+to|suggest(?:s|ed|ing)?|"
    r"push(?:es|ed|ing)?[ \t]+(?:for|\w+[ \t]+to)|demand(?:s|ed|ing)?|press(?:es|ed|ing)?[ \t]+"
    r"(?:for|\w+[ \t]+to)|must|lobb(?:y|ied|ies|ying)[ \t]+for)\b", re.I)
#: What a party asks a court or an authority for, right before a length: "with a prayer to
#: grant a ten-day remand", "sought a seven-day remand", "applied for a 10-day extension".
_ASKED = re.compile(r"\b(?:pray(?:er|ers|ed|ing)?[ \t]+(?:for|to)|petition(?:s|ed|ing)?[ \t]+(?:for|to)|"
                    r"request(?:ed|ing)?[ \t]+(?:for|a|an)|sought|seek(?:s|ing)?|"
                    r"appl(?:y|ies|ied|ying|ication)[ \t]+for)\b(?:[ \t]+\S+){0,4}[ \t]*\Z", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|suppose|supposing|hypothetical(?:ly)?|"
                           r"in[ \t]+the[ \t]+event|without\b[^.;]*\bwould|"
                           # "died in the effort to rescue 12 boys": what was set out to be done
                           r"(?:effort|efforts|attempt|attempts|bid|race|mission|operation|struggle|"
                           r"scramble)[ \t]+to[ \t]+\w+(?:[ \t]+(?:the|all|some))?[ \t]*\Z)", re.I)
_TARGET = re.compile(
    r"\b(?:target(?:s)?|goal|aim(?:s|ed|ing)?[ \t]+(?:to|at|for)|aiming|pledg(?:e|ed|es|ing)|"
    r"commit(?:ted|s|ment)?[ \t]+to|plan(?:s|ned|ning)?[ \t]+to|seek(?:s|ing)?[ \t]+to|"
    r"vow(?:s|ed)?[ \t]+to|promis(?:e|ed|es)[ \t]+to|intend(?:s|ed)?[ \t]+to|objective|"
    r"(?:to|will|would|shall)[ \t]+(?:raise|increase|boost|lift|double|reach|cut|reduce|"
    r"bring|halve|triple))\b", re.I)
#: "targeting 2% inflation", "targeted a 5% rise" (but not "attacks targeting hotels …"):
#: the verb is a target only when the figure is its object.
_TARGET_VERB = re.compile(r"\btarge(?:ted|ting)[ \t]+(?:(?:an?|the|about|around|some|at[ \t]+least)[ \t]+)?\Z", re.I)
_FORECAST = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|forecast(?:s|ing)?|project(?:s|ed|ion|ions)|predict(?:s|ed|ion)?|"
    r"likely|set[ \t]+to|on[ \t]+track[ \t]+to|poised[ \t]+to|estimated[ \t]+to|anticipat\w+|"
    r"outlook|(?:will|could|'ll)[ \t]+(?:\w+[ \t]+)?(?:reach|rise|climb|grow|fall|drop|decline|"
    r"hit|top|exceed|total|cost|increase|decrease|be|remain|stay))\b"
    r"|\b(?:could|might|may|will|would)[ \t]+(?!have\b|be[ \t]+(?:confirmed|killed|dead|missing)\b)(?:\w+[ \t]+)?"
    r"(?:range|reach|rise|climb|grow|top|exceed|total|cost|increase|be|hold|win|take|get|secure)\b"
    r"|\bexit[ \t]+polls?\b|\bprojections?\b|\bpoll(?:s|ing)?[ \t]+(?:suggest|show|predict)s?\b", re.I)
#: A figure named as a target outright: "its current goal of 2%", "a target of at least 3%".
_NAMED_TARGET = re.compile(
    r"\b(?:target|goal|aim|objective|pledge|commitment)s?[ \t]+(?:of[ \t]+|is[ \t]+|was[ \t]+)?"
    r"(?:(?:about|around|roughly|some|at[ \t]+least|up[ \t]+to|nearly)[ \t]+)?\Z", re.I)
#: A figure given as the one that was reported before ("up from 90", "correcting earlier
#: reports that 133 people…", "had initially said 188"): not the current figure of anyone.
_SUPERSEDED = re.compile(
    r"\b(?:(?:initially|originally|earlier|previously|first)[ \t]+(?:said|reported|put|gave|"
    r"announced|estimated|stated|told|been)|earlier[ \t]+(?:reports?|figures?|estimates?|tolls?)|"
    r"correct(?:ing|ed)|(?:up|down)[ \t]+from|revised[ \t]+(?:down|up)?[ \t]*from|"
    r"(?:drop|fall|decline|decrease|rise|increase|jump|climb)s?[ \t]+from|earlier,?[ \t]+when|"
    r"from[ \t]+(?:(?:an|the|its|their)[ \t]+)?(?:earlier|initial|previous|original)(?:[ \t]+\w+)?|"
    # "the ministry had said in its initial report that 16 were killed": an earlier statement
    r"had[ \t]+(?:said|reported|put|given|announced|estimated|stated|told)|"
    # "A previous review reported 41 dead", "an earlier count put the toll at 30"
    r"(?:previous|earlier|initial|preliminary)[ \t]+(?:reviews?|reports?|counts?|tall(?:y|ies)|"
    r"estimates?|assessments?|statements?|balances?|tolls?|figures?)[ \t]+(?:reported|said|gave|put|"
    r"showed|stated|listed)|"
    r"(?:in|according[ \t]+to)[ \t]+(?:its|their|the|an|a)[ \t]+(?:initial|first|earlier|preliminary)[ \t]+"
    r"(?:reports?|statements?|counts?|estimates?|assessments?))\b[^.;]{0,60}\Z", re.I)
#: A figure an earlier count gave, right after its name: "updating an earlier death toll of
#: 126", "the previous toll was 126", "the initial estimate of 300" (but not "the initial toll
#: of 30 has risen to 45", where 45 is the current figure).
_OLD_FIGURE = re.compile(
    r"\b(?:earlier|previous|initial|original)[ \t]+(?:[a-z]+[ \t]+)?(?:reports?|figures?|estimates?|"
    r"tolls?|tall(?:y|ies)|counts?)[ \t]+(?:of|was|were|had[ \t]+been|stood[ \t]+at|at)[ \t]+"
    r"(?:(?:about|around|some|nearly|more[ \t]+than|at[ \t]+least)[ \t]+)?\Z", re.I)
#: A sentence that opens by saying it tells an earlier report ("Earlier, the airline said 69
#: people were on board", "Earlier it was reported that 110 were killed"): its figures are
#: the ones the article has since replaced.
#: An age, which no earlier moment supersedes ("Earlier, Metha Limsakul, 58, captain of the
#: yacht, was charged": the age is his, whatever the sentence tells of before).
_AN_AGE = re.compile(r"[- ]?years?[- ]old\b", re.I)


def _apposed_age(text: str, m) -> bool:
    """A figure set off by commas right after a name ("Metha Limsakul, 58, captain"): an age."""
    return text[max(0, m.start - 2):m.start] == ", " and text[m.end:m.end + 1] == "," \
        and text[:m.start - 2].rstrip()[-1:].isalpha() \
        and (text[:m.start - 2].rsplit(None, 1)[-1:] or [""])[0][:1].isupper()


_EARLIER_SENTENCE = re.compile(
    r"[ \t\"“‘']*(?:earlier|previously|initially|originally)(?:,|[ \t]+(?:it|they|officials|"
    r"authorities|police|reports?|the[ \t]+\w+)[ \t]+(?:was|were|had|said|says|reported|put|gave|"
    r"informed|announced|\w+[ \t]+(?:said|had|reported|put|gave))"
    # "Previously security sources told Somali media …", "Earlier Saturday evening, an official
    # confirmed …": an earlier moment of the count, named before its speaker
    r"|[ \t]+(?:\w+[ \t]+){1,3}(?:told|confirmed|said|reported)\b"
    r"|[ \t]+(?:on[ \t]+|in[ \t]+the[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"day|morning|afternoon|evening|night)(?:[ \t]+(?:morning|afternoon|evening|night))?,)", re.I)
#: A change verb before a figure that a "to <figure>" follows: the figure is the old level.
_RAISED_FROM = re.compile(r"\b(?:raised?|raises|raising|increased?|increases|hiked?|hikes|lifted|"
                          r"boosted|cut|cuts|reduced?|reduces|lowered|lowers|doubled|tripled)[ \t]+"
                          r"(?:the[ \t]+|its[ \t]+|their[ \t]+|existing[ \t]+|current[ \t]+)*\Z", re.I)
#: "the number of missing fell from 292 to 276", "the toll rose from 65 to 84": the figure
#: after "from" is the level before the change.
_CHANGED_FROM = re.compile(r"\b(?:rose|risen|rises|fell|fallen|falls|increased|decreased|dropped|"
                           r"declined|climbed|jumped|grew|soared|surged|went|revised|lowered|"
                           r"raised|changed|slipped|dipped|plunged|updated|corrected|"
                           # "increasing the confirmed death toll from fourteen to 31"
                           r"rising|increasing|raising|bringing|taking|pushing|lifting|climbing|"
                           r"jumping|falling|dropping|revising|updating|lowering)\b[^.;\d]{0,40}?"
                           r"\bfrom[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?\Z", re.I)
_TO_FIGURE = re.compile(r"[ \t]*(?:\w+[ \t]+){0,3}?to[ \t]+(?:about[ \t]+|around[ \t]+)?[$\u00a3\u20ac]?\d", re.I)
#: After a figure: "… will be increased to 25 percent", "… was raised to 25%".
_CHANGED_TO = re.compile(r"[ \t]*(?:\w+[ \t]+){0,3}?(?:(?:will|would|is|was|are|were|to)[ \t]+)?(?:be[ \t]+|been[ \t]+)?"
                         r"(?:raised|increased|hiked|lifted|boosted|cut|reduced|lowered|rise|rising|go[ \t]+up|jump)"
                         r"[ \t]+to[ \t]+(?:about[ \t]+|around[ \t]+)?[$\u00a3\u20ac]?\d", re.I)
#: After a figure: "14 were initially reported deceased", "40 had first been reported dead":
#: the count as it was first reported, since replaced.
_FIRST_REPORTED = re.compile(r"[ \t]*(?:\w+[ \t]+){0,2}?(?:were|was|had[ \t]+been|are|is)[ \t]+"
                             r"(?:initially|originally|first|earlier|previously)[ \t]+"
                             r"(?:reported|said|thought|believed|counted|listed|confirmed|feared|declared)\b", re.I)
#: A count that is feared, presumed or believed, not established.
_UNCERTAIN_BEFORE = re.compile(r"\b(?:feared|presumed|believed|thought|suspected|possibly|"
                               r"may[ \t]+have|might[ \t]+have|could[ \t]+have|"
                               # "said he was told at least six people were killed": hearsay
                               r"(?:was|were|had[ \t]+been|have[ \t]+been)[ \t]+told)\b[^.;,]{0,40}\Z", re.I)
_UNCERTAIN_AFTER = re.compile(
    r"[ \t]*(?:[\w-]+[ \t]+){0,3}?(?:are|were|is|was|have[ \t]+been|had[ \t]+been)?[ \t]*"
    r"(?:feared|presumed|believed|thought|suspected)(?![\w])", re.I)
_BY_YEAR = re.compile(r"[ \t]*(?:[^.;,]{0,30}?[ \t])?by[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?"
                      r"(?:fiscal[ \t]+(?:year[ \t]+)?|FY[ \t]?)?(?:19|20)\d\d\b", re.I)
#: Where the clause that governs a figure begins: "raise spending to 2% *from* 1.6%".
_BOUNDARY = re.compile(
    # ("the death toll of 44 from the 2010 forest fire": a source named by its year, no
    # second value of a comparison)
    r"[;:\u2014]|\b(?:while|whereas|but|although|though|up[ \t]+from|down[ \t]+from|from(?![ \t]+the[ \t]+(?:19|20)\d\d\b)|"
    r"compared[ \t]+(?:with|to)|versus|vs\.?|than[ \t]+(?:the|a|its)|after|since)\b", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|denied|denies|deny|rejected|rejects|ruled[ \t]+out|"
    r"dismissed)\b|n['\u2019]t\b", re.I)
_NOT_NEGATION = re.compile(r"\b(?:not[ \t]+only|no[ \t]+(?:more|less|fewer)[ \t]+than|"
                           r"not[ \t]+(?:more|less)[ \t]+than|no[ \t]+doubt|not[ \t]+least)\b", re.I)
_PERIOD_GRAINS = frozenset({"year", "quarter", "month", "season", "decade"})
#: How far an attribution reaches to a figure in the same sentence.
_REACH = 300
#: Longest time expression that may start before a clause and still end inside it.
_LONGEST_TIME = 60


def attach_context(text: str, sentence: tuple[int, int], mentions: list[Mention],
                   times: list[Mention], published: dt.date | None = None,
                   earlier: str | None = None) -> list[dict]:
    """Context fields for each mention in one sentence, in order: speaker, modality, negated,
    period, and measure when the mention has none. ``published``: a date in an earlier year
    written with its year ("on August 17, 1999") makes its year the period of the figures of
    its clause. ``earlier``: the year the sentence before dated a past event by, for a
    sentence that points back to it ("That earthquake left 32,000 dead")."""
    if not mentions:
        return []
    lo, hi = sentence
    attributions = _attributions(text, lo, hi)
    starts = [a[0] for a in attributions]
    quoted = None if attributions else _quote_speaker(text, lo, hi)
    past = {t.start: y for t in times if (y := past_year(t, text, published))}
    weeks = {t.start: y for t in times if (y := _weeks_before(t, text, published))}
    periods = sorted((t for t in times if _is_period(t) or t.start in past), key=lambda t: t.start)
    days = sorted((t for t in times if t.start in weeks), key=lambda t: t.start)
    points_back = bool(earlier and not periods and _POINTS_BACK.match(text, lo, hi))
    told_earlier = _EARLIER_SENTENCE.match(text, lo, hi) is not None
    period_starts = [t.start for t in periods]
    # a period that opens the sentence before a comma ("In April, …", "Last year, …")
    opening = next((t for t in periods if t.start - lo <= 4 and text.startswith(",", t.end)), None)
    out = []
    for m in mentions:
        speaker = _speaker_of(text, m, attributions, starts, quoted)
        ctx: dict = {"speaker": speaker, "modality": "actual", "negated": False, "period": None}
        if m.kind == "quantity":
            clause = _clause_start(text, lo, m.start)
            ctx["modality"] = _modality(text[clause:m.start], text[m.end:min(hi, m.end + 80)])
            # (the anchored matches after the figure first: they are cheap, and mostly fail)
            if told_earlier and not _AN_AGE.match(text, m.end) and not _apposed_age(text, m) \
                    or _CHANGED_TO.match(text, m.end, min(hi, m.end + 60)) \
                    or _FIRST_REPORTED.match(text, m.end, min(hi, m.end + 60)) \
                    or _TO_FIGURE.match(text, m.end, min(hi, m.end + 40)) \
                    and (_RAISED_FROM.search(text, max(lo, m.start - 40), m.start)
                         or _CHANGED_FROM.search(text, max(lo, m.start - 70), m.start)) \
                    or _SUPERSEDED.search(text, max(lo, m.start - 70), m.start) \
                    or _OLD_FIGURE.search(text, max(lo, m.start - 70), m.start):
                # "up from 90", "earlier reports that 133…", "raised the 10% tariffs to 25%",
                # "tariffs of 10 percent will be increased to 25 percent": the level before
                ctx["modality"] = "superseded"
            elif _UNCERTAIN_AFTER.match(text, m.end, min(hi, m.end + 60)) \
                    or _UNCERTAIN_BEFORE.search(text, max(clause, m.start - 50), m.start):
                ctx["modality"] = "uncertain"  # "58 people are presumed dead"
            ctx["negated"] = _negated(text[clause:m.start])
            clause_end = _clause_end(text, m.end, hi)
            if opening is not None and opening.end <= clause:
                clause = lo  # "In April, a fire at a Baghdad hospital killed 82": the opening time is the clause's
            # Only times that start inside the clause window can qualify: bisect, not scan.
            first = bisect_left(period_starts, max(clause, m.start - _PERIOD_REACH) - _LONGEST_TIME)
            last = bisect_left(period_starts, min(clause_end, m.end + _PERIOD_REACH))
            ctx["period"] = period_of(m, periods[first:last], clause, clause_end, text, past)
            if points_back:
                ctx["period"] = earlier
            if days and ctx["period"] is None:
                # (kept aside: the extractor makes it the period of a count of the dead only)
                ctx[DAY_WEEKS_BEFORE] = period_of(m, days, clause, clause_end, text, weeks)
            if m.measure is None:
                ctx["measure"] = measure_before(text, lo, m.start)[0]
        elif m.kind == "duration":
            # "sought a seven-day remand", "plans a 10-day visit": a length asked for or
            # planned is not the length something had
            clause = _clause_start(text, lo, m.start)
            ctx["modality"] = "proposal" if _ASKED.search(text, clause, m.start) \
                else _modality(text[clause:m.start], text[m.end:min(hi, m.end + 80)])
        out.append(ctx)
    return out


def _attributions(text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """Every attribution in the sentence as ``(start, end, speaker)``: "according to X",
    "X said", "…," said X. A pronoun gives speaker None: the figure is attributed, to whom
    is not written here."""
    sent = text[lo:hi]
    out = []
    for pattern in _attribution_patterns(sent):
        pos = 0
        while (m := pattern.search(sent, pos)) is not None:
            if pattern is _SPEAKER_BEFORE and _AFTER_PREPOSITION.search(
                    sent, max(0, m.start("who") - 8), m.start("who")):
                # "people familiar with the matter said": the matter says nothing; a later
                # name inside the same match may still be the speaker.
                pos = m.start("who") + 1
                continue
            who = m.group("who")
            appos = m.groupdict().get("appos")
            if appos and who[:1] in "Tt" and who.split()[0].lower() == "the" \
                    and _NAME_ONLY.fullmatch(appos.strip()):
                who = appos  # "the nominee, Jane Roe, said": the name says more than the role
            out.append((lo + m.start(), lo + m.end(), _clean(who)))
            pos = m.end()
    return sorted(out)


#: A verb of saying anywhere (after a space or a mark in both patterns: at a word's start); the
#: two patterns built on it can match nowhere else.
_SAY_ANYWHERE = re.compile(rf"\b{_SAY}")


def _attribution_patterns(sent: str) -> tuple[re.Pattern[str], ...]:
    """The attribution patterns that can match in ``sent``: each is tried over the whole
    sentence, so one cheap look for the words it needs saves most sentences the long ones."""
    said = _SAY_ANYWHERE.search(sent) is not None
    according = "ccording" in sent  # "[Aa]ccording"
    return (*((_ACCORDING,) if according else ()), *((_SPEAKER_BEFORE, _SAID_NAME) if said else ()))


def _quote_speaker(text: str, lo: int, hi: int) -> str | None:
    """For a quote left open in this sentence, the attribution after it closes."""
    if not _open_quote(text[lo:hi]):
        return None
    close = _first_close(text, hi, min(len(text), hi + _LOOKAHEAD))
    if close is None:
        return None
    tail = text[close:min(len(text), close + 120)]
    m = _CLOSE_SAID.match(tail) or _CLOSE_WHO_SAID.match(tail)
    return _clean(m.group("who")) if m else None


def _speaker_of(text: str, m: Mention, attributions: list, starts: list[int],
                fallback: str | None) -> str | None:
    """The attribution nearest before the figure, else the nearest after it, unless a clause
    boundary ("; while but although") or more than ``_REACH`` characters stand between."""
    if not attributions:
        return fallback
    i = bisect_left(starts, m.end)
    near = attributions[max(0, i - 4):i]  # attributions are short: the last few can reach m
    inside = [a for a in near if m.start < a[1]]
    if inside:
        return inside[0][2]
    before = max(near, key=lambda a: a[1], default=None)
    if before and m.start - before[1] <= _REACH \
            and not _SPEAKER_BREAK_AFTER.search(text, before[1], m.start):
        return before[2]
    after = attributions[i] if i < len(attributions) else None
    if after and after[0] - m.end <= _REACH \
            and not _SPEAKER_BREAK_BEFORE.search(text, m.end, after[0]):
        return after[2]
    return None


#: Wire agencies: what one reports is an outlet's report (the article's own voice, relayed),
#: not a body's figure that another body could dispute ("…, Anadolu Agency reported").
_WIRES = frozenset({"reuters", "afp", "ap", "associated press", "agence france-presse",
                    "agence france presse", "anadolu", "anadolu agency", "xinhua",
                    "xinhua news agency", "tass", "ria novosti", "interfax", "dpa", "efe",
                    "ansa", "kyodo", "kyodo news", "yonhap", "bernama", "antara", "pti", "ians",
                    "ani", "unb", "app", "bss", "upi", "sputnik"})


def _clean(who: str) -> str | None:
    who = who.strip().rstrip(".,;:")
    if who.lower().removeprefix("the ") in _WIRES:
        return None
    words = who.split()
    if not words or (words[0] in _NOT_SPEAKERS and len(words) == 1):
        return None
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0] in _NOT_SPEAKERS:
        return None
    return " ".join(words)


def _open_quote(sent: str) -> bool:
    opens = sum(sent.count(q) for q in "\u201c")
    closes = sum(sent.count(q) for q in "\u201d")
    straight = sent.count('"')
    return opens > closes or straight % 2 == 1


def _first_close(text: str, start: int, stop: int) -> int | None:
    """Offset just after the closing quote mark (and a comma before it) after ``start``."""
    for i in range(start, stop):
        if text[i] in _QUOTE_CLOSE:
            return i + 1
        if text[i] == "\n" and i + 1 < stop and text[i + 1] == "\n":
            return None  # a new paragraph: the quote is not attributed here
    return None


def _clause_start(text: str, lo: int, start: int) -> int:
    window = max(lo, start - 200)
    last = window
    for m in _BOUNDARY.finditer(text, window, start):
        last = m.end()
    return last


def _clause_end(text: str, end: int, hi: int) -> int:
    m = _BOUNDARY.search(text, end, min(hi, end + 200))
    return m.start() if m else hi


def _lower_case_copy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for text already in lower case: on ASCII text (the
    patterns hold no capital letter) it finds what ``pattern`` finds, and much faster, since
    ``re`` can then skip an alternative on its first letter."""
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


_MODAL_PATTERNS = (_NAMED_TARGET, _PROPOSAL, _HYPOTHETICAL, _TARGET, _TARGET_VERB, _FORECAST)
_MODAL_PATTERNS_LOWER = tuple(_lower_case_copy(p) for p in _MODAL_PATTERNS)


def _modality(prefix: str, suffix: str) -> str:
    if prefix.isascii():  # nearly always: lower-case it once, match without IGNORECASE
        prefix = prefix.lower()
        named_target, proposal, hypothetical, target, target_verb, forecast = _MODAL_PATTERNS_LOWER
    else:
        named_target, proposal, hypothetical, target, target_verb, forecast = _MODAL_PATTERNS
    if named_target.search(prefix[-60:]):
        return "target"  # "urged more than its current goal of 2%": the 2% is the target
    if proposal.search(prefix):
        return "proposal"
    if hypothetical.search(prefix):
        return "hypothetical"
    if target.search(prefix) or target_verb.search(prefix[-60:]):  # (anchored at the end)
        return "target"
    if _BY_YEAR.match(suffix):
        return "target"
    if forecast.search(prefix):
        return "forecast"
    return "actual"


_NEGATION_LOWER, _NOT_NEGATION_LOWER = _lower_case_copy(_NEGATION), _lower_case_copy(_NOT_NEGATION)


def _negated(prefix: str) -> bool:
    # The negation must stand in the figure's own comma-delimited stretch of the clause.
    tail = prefix[-80:].rsplit(",", 1)[-1]
    if tail.isascii():  # as in _modality: lower case once, no IGNORECASE
        return bool(_NEGATION_LOWER.search(_NOT_NEGATION_LOWER.sub(" ", tail.lower())))
    return bool(_NEGATION.search(_NOT_NEGATION.sub(" ", tail)))


#: A sentence that opens by pointing back at an event the one before described.
_POINTS_BACK = re.compile(r"\s*(?:That|This|The\s+same|The\s+earlier|The\s+previous)\s+[a-z]+\b(?!\s+(?:is|was)\b)")
_WRITTEN_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def past_year(t: Mention, text: str, published: dt.date | None) -> str | None:
    """The year of a date that names its year and lies in an earlier year than the article
    ("on December 26, 1939" in a 2023 story), else None."""
    v = t.value
    if published is None or not isinstance(v, TimeValue) or v.timex.startswith("P") or not v.start:
        return None
    year = v.start[:4]
    if not year.isdigit() or int(year) >= published.year:
        return None
    return year if _WRITTEN_YEAR.search(text, t.start, t.end) else None


#: The context key of the month of a day weeks before the article in a figure's clause.
DAY_WEEKS_BEFORE = "day_weeks_before"

#: How long before its publication an article may date its own story's event by a calendar
#: day: a day further back ("killed on the city's northeast side Jan. 24" in an April piece)
#: dates an earlier event, whose month is the period of the figures of its clause.
_STORY_DAYS = dt.timedelta(days=14)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.I)


def _weeks_before(t: Mention, text: str, published: dt.date | None) -> str | None:
    """The month of a calendar day written with its month name that lies weeks before the
    article's publication in its own year, else None."""
    v = t.value
    if published is None or not isinstance(v, TimeValue) or v.grain != "day" or not v.start \
            or v.timex.startswith("P") or not _MONTH_NAME.search(text, t.start, t.end):
        return None
    try:
        day = dt.date.fromisoformat(v.start[:10])
    except ValueError:
        return None
    if day.year != published.year or day > published - _STORY_DAYS:
        return None
    return v.start[:7]


def _is_period(t: Mention) -> bool:
    v = t.value
    return isinstance(v, TimeValue) and v.grain in _PERIOD_GRAINS and not v.timex.startswith("P")


_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whose|where|when)\b|\band[ \t]+(?:was|were|is|are|has|had|"
                           r"have)\b|\b(?:was|were)[ \t]+(?:built|completed|founded|opened|established)\b", re.I)


#: How far (in characters) a time may stand from a figure and still be its period.
_PERIOD_REACH = 300


def period_of(m: Mention, times: list[Mention], lo: int, hi: int, text: str = "",
              past: dict[int, str] | None = None) -> str | None:
    """TIMEX of the nearest year-, quarter- or month-grain time in the figure's clause
    ``[lo, hi)``; durations ("P5Y") and day-grain dates (when something was said) are not
    periods of a figure, except those starting at ``past`` (dates of an earlier year, whose
    year is the period, or weeks before the article, whose month is)."""
    past = past or {}
    best = None
    for t in times:
        value = t.value
        if not (_is_period(t) or t.start in past) or t.end <= lo or t.start >= hi:
            continue
        if t.start < m.end and m.start < t.end:
            continue
        gap = t.start - m.end if t.start >= m.end else m.start - t.end
        if gap > _PERIOD_REACH:
            continue  # a time this far from a figure is not its period (and never re-scanned)
        between = text[m.end:t.start] if text and t.start >= m.end else ""
        if _OTHER_CLAUSE.search(between):
            continue  # "Grenfell Tower, which has 120 flats and was built in 1974": not the flats' year
        gap = t.start - m.end if t.start >= m.end else m.start - t.end
        if best is None or gap < best[0]:
            best = (gap, value.timex if _is_period(t) else past[t.start])
    return best[1] if best else None

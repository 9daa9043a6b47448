"""The compiled patterns of temporal expressions: one alternation, tried left to right.

Each top-level alternative is a named group that selects its resolver (``m.lastgroup``);
more specific forms come first because at one position the first alternative that
matches wins. Spans follow TimeML: determiners and "early/late" are inside a TIMEX3,
prepositions ("on", "in", "by") are not.
"""

from __future__ import annotations

import re

from ..firstchar import by_first_char
from .lexicon import MONTH_ABBR, MONTH_FULL, NUMBER_WORD, ORDINAL_WORD, UNIT_WORD, WEEKDAY_FULL
from .zones import ABBREVIATION_WORD as ZONE_ABBR

MON = rf"(?:{MONTH_FULL}|(?:{MONTH_ABBR})\b\.?)"
WD = rf"(?:{WEEKDAY_FULL}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
NUM = (rf"(?:\d+(?:\.\d+)?|(?:{NUMBER_WORD})(?:[\s-](?:{NUMBER_WORD}))?|an?|several|a\s+few|few|"
       r"many|a\s+couple\s+of|couple\s+of|some|a\s+number\s+of|half\s+an?|dozens\s+of)")
YEAR = r"(?:\d{4,5})(?!\d)"
ORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{ORDINAL_WORD})"
QN = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
DIR = r"(?:last|this|next|past|coming|previous|current|following|preceding|upcoming|same|recent|that)"
POD = r"(?:morning|afternoon|evening|night)"

_ALTERNATIVES = [
    ("anniv", rf"(?:the\s+)?(?P<an_n>{ORD})\s+anniversary\s+of\b"),
    ("iso", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"
            r"(?:T(?P<iso_h>\d{2}):(?P<iso_i>\d{2})(?::\d{2})?)?(?![\d-])"),
    ("slash", r"(?<![\d/.])(?P<sl_m>\d{1,2})/(?P<sl_d>\d{1,2})/(?P<sl_y>\d{4}|\d{2})(?![\d/])"),
    ("fiscal", rf"(?:the\s+)?(?:(?P<fi_q>{QN})[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:of\s+)?)?"
               r"(?:fiscal(?:[\s-]+year)?\s*|\bFY\s?'?)(?P<fi_y>\d{4}|\d{2})(?![\d%])"),
    ("quarter", rf"(?:the\s+)?(?:(?P<qu_rel>latest|last|past|previous|current|this|next|coming|same|"
                r"year[\s-]earlier|year[\s-]ago)\s+)?(?:fiscal[\s-]+)?"
                rf"(?:(?P<qu_n>{QN})[\s-]+(?:fiscal[\s-]+)?)?quarter\b"
                rf"(?:\s+(?:of\s+)?(?P<qu_y>{YEAR}))?"
                rf"|\b(?P<qu_q>Q[1-4])(?:\s+(?:of\s+)?(?P<qu_y2>{YEAR}))?\b"),
    ("half", rf"(?:the\s+)?(?P<ha_n>first|second|1st|2nd)\s+half\s+of\s+(?:the\s+)?"
             rf"(?:(?P<ha_y>{YEAR})|(?P<ha_rel>this|last|next)\s+year)"
             rf"|\b(?P<ha_h>H[12])\s+(?P<ha_y2>{YEAR})"),
    # "March 3-5", "3 to 5 March", "between 3 and 5 March": one interval of days
    ("dayrange", rf"(?P<dr_m>{MON})\s+(?P<dr_a>\d{{1,2}})(?:st|nd|rd|th)?(?P<dr_to>\s*[-–]\s*|\s+(?:to|through|and)\s+)"
                 rf"(?P<dr_b>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\s*(?:%|percent|per\s+cent|million|billion|[ap]\.?m\b|"
                 rf"(?:{UNIT_WORD})\b|(?:of\s+)?{MON}))(?:,?\s+(?P<dr_y>{YEAR}))?"
                 rf"|(?:(?<=\bbetween\s)(?P<dr_c>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+"
                 rf"|(?P<dr_e>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|through)\s+))"
                 rf"(?P<dr_f>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dr_m2>{MON})(?:,?\s+(?P<dr_y2>{YEAR}))?"),
    ("mdy", rf"(?:(?P<md_wd>{WD}),?\s+)?(?P<md_m>{MON})\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?![\d:]|\s*(?:%|percent|million|billion))(?:,?\s+(?P<md_y>{YEAR}))?"),
    ("dmy", rf"(?:(?P<dm_wd>{WD}),?\s+)?(?:the\s+)?(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<dm_m>{MON})(?:,?\s+(?P<dm_y>{YEAR}))?"),
    ("my", rf"(?P<my_m>{MON}),?\s+(?:of\s+)?(?:(?P<my_y>{YEAR})|(?P<my_rel>last|this|next)\s+year\b)"),
    ("month", rf"(?P<mo>{MONTH_FULL}|(?:{MONTH_ABBR})\.)(?![\w-])"),
    ("decade", r"(?:the\s+)?(?P<dc>(?:1\d|20)\d0s|['’]\d0s)\b"),
    ("century", rf"(?:the\s+)?(?P<ce_n>{ORD})[\s-]+century\b"),
    ("near", r"(?P<ne_dir>earlier|later)\s+(?:this|that)\s+(?P<ne_u>week|month|year)"),
    ("relunit", rf"(?:the\s+)?(?P<ru_dir>{DIR})\s+(?:(?P<ru_n>{NUM})\s+)?(?P<ru_fis>fiscal\s+)?"
                rf"(?P<ru_u>{UNIT_WORD}|weekend)\b(?!-)"),
    ("relname", rf"(?P<rm_dir>last|this|next|past|coming)\s+(?P<rm_name>{MONTH_FULL}|spring|"
                rf"summer|fall|autumn|winter|{WEEKDAY_FULL})\b(?:\s+(?P<rm_pod>{POD}))?"),
    ("ago", rf"(?P<ag_n>{NUM})[\s-]+(?P<ag_u>{UNIT_WORD})\s+(?P<ag_dir>ago|earlier|later|"
            r"from\s+now|hence|before|after|prior)\b"),
    ("weekday", rf"(?P<wd>{WD})(?:\s+(?P<wd_pod>{POD}))?"),
    ("season", rf"(?:the\s+)?(?:(?P<se_mod>early|late)\s+)?(?P<se>spring|summer|fall|autumn|winter)"
               rf"(?:\s+(?:of\s+)?(?P<se_y>{YEAR}))?\b"),
    ("holiday", r"(?P<ho>christmas(?:\s+day|\s+eve)?|new\s+year['’]s(?:\s+day|\s+eve)|thanksgiving(?:\s+day)?|"
                r"independence\s+day|labor\s+day|memorial\s+day|halloween|valentine['’]s\s+day|"
                r"veterans\s+day|boxing\s+day)(?:\s+(?P<ho_y>\d{4})(?!\d))?\b"),
    ("yearago", r"(?:the\s+)?(?P<ya>year[\s-](?:earlier|ago))\s+(?P<ya_p>period)\b|(?P<ya2>year[\s-](?:earlier|ago))\b"),
    ("ofperiod", r"(?:(?<=\bof\s)|(?<=\bby\s))(?P<op>the\s+(?:year|month|week|quarter))\b"),
    ("deictic", r"(?P<de>today|tonight|yesterday|tomorrow|now|currently|nowadays|recently|lately|"
                r"the\s+(?:near\s+|distant\s+)?future|the\s+past|this\s+(?:morning|afternoon|evening)|"
                r"last\s+night|overnight|the\s+weekend|the\s+day\s+before\s+yesterday|"
                r"the\s+day\s+after\s+tomorrow)\b"),
    ("clock", rf"(?:(?:12(?:[:.]00)?\s+)?(?P<tm_w>noon|midnight|midday)\b"
              rf"|(?P<tm_h>\d{{1,2}})(?:[:.](?P<tm_m>\d{{2}}))?\s*(?P<tm_ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
              # "at 10:57:32": to the second, only after "at" (a bare "2:03:45" is a race time)
              rf"|(?<=\bat\s)(?P<tm_h6>[01]?\d|2[0-3]):(?P<tm_m6>[0-5]\d):[0-5]\d(?![\d:])"
              rf"|(?<![\d:])(?P<tm_h2>\d{{1,2}}):(?P<tm_m2>\d{{2}})(?![\d:])"
              # "0809 GMT": four digits are a clock time only with a zone after them
              rf"|(?P<tm_h3>[01]\d|2[0-3])(?P<tm_m3>[0-5]\d)(?=\s*(?-i:{ZONE_ABBR})\b)"
              # "at 13.15 local time", "due in Guangzhou at 15.07": a 24-hour time with a dot,
              # only after "at" and not followed by a unit or a number word
              rf"|(?<=\bat\s)(?P<tm_h4>[01]\d|2[0-3])\.(?P<tm_m4>[0-5]\d)(?![\d,%]|\.\d)"
              rf"(?!\s*(?:per|percent|points?|pts|million|billion|cents?|[a-z]+s)\b)"
              # "at 6.20 local time", "6.20 GMT": any dotted time the zone words make a time
              rf"|(?P<tm_h5>[01]?\d|2[0-3])\.(?P<tm_m5>[0-5]\d)(?=\s+local\s+time\b|\s*(?-i:{ZONE_ABBR})\b)"
              # "at 22.22 hours", "at 0830 hours", "at 1430 hrs": a 24-hour clock read out, after "at"
              rf"|(?<=\bat\s)(?P<tm_h7>[01]\d|2[0-3])[.:]?(?P<tm_m7>[0-5]\d)\s+(?:hours|hrs)\b"
              # "crashed at 0340 on Saturday": four digits after "at" with a leading zero, no unit
              rf"|(?<=\bat\s)(?P<tm_h8>0\d)(?P<tm_m8>[0-5]\d)(?![\d,.%])"
              rf"(?!\s*(?:feet|ft|foot|metres?|meters?|m|km|kilometres?|kilometers?|miles?|mph|knots?|hours|hrs)\b)"
              # "at 19h30", "around 7h15": the French way of writing a 24-hour time, after a
              # word that places a moment
              rf"|(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s))"
              rf"(?P<tm_h9>[01]?\d|2[0-3])h(?P<tm_m9>[0-5]\d)(?![\w])"
              # "three o'clock in the morning", "8 o'clock this morning", "10 o'clock at night":
              # an hour read out, a time only with the half of the day it says
              rf"|(?P<tm_h10>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              rf"\s+o['\u2019]clock\s+(?P<tm_half>(?:in\s+the|this)\s+(?:morning|afternoon|evening)|at\s+night|tonight"
              rf"|a\.m\.|p\.m\.|am\b|pm\b))"
              rf"(?:\s*(?P<tm_z>(?-i:{ZONE_ABBR}))\b|\s+(?P<tm_local>local\s+time)\b"
              rf"|\s+(?P<tm_named>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}))\s+time\b)?"),
    ("set", r"(?P<se_w>daily|weekly|monthly|yearly|annually|hourly|nightly|"
            rf"(?:every|each)\s+(?P<se_u>day|week|month|year|night|{WEEKDAY_FULL}))\b"),
    ("duration", rf"(?:the\s+)?(?:(?P<du_first>first|last|past|next|latest|final)\s+)?"
                 rf"(?P<du_n>{NUM})(?P<du_half0>\s+and\s+a\s+half)?[\s-]+(?P<du_u>{UNIT_WORD})\b"
                 rf"(?:,?\s+and\s+(?:(?P<du_half>a\s+half)\b(?!-)|(?P<du_n2>{NUM})[\s-]+(?P<du_u2>{UNIT_WORD})\b))?"
                 r"(?P<du_long>[\s-]+long)?"
                 r"(?P<du_old>[\s-]+old\b)?"),
    ("bare", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s))(?P<ba_u>years|months|weeks|decades|days|hours)\b"),
    ("yearword", r"(?:the\s+year\s+)?(?P<yw_c>nineteen|twenty)[\s-]+(?P<yw_y>(?:twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
                 r"nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                 r"nineteen)\b(?![\s-](?:years?|percent|people|thousand|million|billion|hundred))"
                 r"|(?:the\s+year\s+)(?P<yw_k>two\s+thousand)\b"),
    ("bigyear", r"(?<=\byear\s)(?P<by>\d{5,})\b"),
    ("year", r"(?<![\d$£€.,/:])(?<!\d-)(?P<yr>1[0-9]\d\d|20\d\d|21\d\d)(?![\d%]|[.,:]\d)"),
]

TEMPORAL = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{body})" for name, body in _ALTERNATIVES) + r")",
    re.I,
)

#: "early 2024", "mid-March", "the end of next year": the modifier just before a match.
MOD_BEFORE = re.compile(
    r"\b(?P<mod>(?:the\s+)?(?:early|mid|late)|earlier|later|the\s+(?:end|beginning|start|middle|close|turn|rest)\s+of|"
    r"(?:end|beginning|start|middle)\s+of)[\s-]*$", re.I)
#: Hedges inside a duration's TIMEX3: "nearly two years", "more than four hours".
HEDGE_BEFORE = re.compile(
    r"\b(?P<h>nearly|almost|about|around|roughly|approximately|some|more\s+than|less\s+than|"
    r"at\s+least|no\s+more\s+than|up\s+to|just\s+over|just\s+under|"
    r"(?:(?<=\blasted\s)|(?<=\blasting\s)|(?<=\blasts\s)|(?<=\blast\s)|(?<=\bfor\s))(?:over|under))\s+$", re.I)
# bare "over"/"under" stay out ("spread over five years" is a preposition, not a bound), but
# after "lasted" or "for" they bound the length ("lasted over 5 months", "for over a year")
HEDGE_MODS = {"nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
              "under": "LESS_THAN", "just under": "LESS_THAN", "about": "APPROX",
              "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
              "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
              "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS"}
MOD_WORDS = {"earlier": "START", "later": "END", "early": "START", "beginning": "START", "start": "START", "mid": "MID",
             "middle": "MID", "late": "END", "end": "END", "close": "END", "turn": "END",
             "rest": "END"}

#: A clock time joined to the day it falls on: "midnight on April 3", "Friday at 3 p.m.".
JOIN_TIME_DAY = re.compile(r"\s*(?:on|,)?\s*$|\s*(?:at|,)?\s*$", re.I)
#: "by fiscal 2027", "before 2030": the preposition turns a date into a bound (TIMEX3 mod).
BOUND_BEFORE = re.compile(r"\b(?P<b>by|before|until|till|through|since|after|no\s+later\s+than|"
                          r"not\s+later\s+than|no\s+earlier\s+than|not\s+before|as\s+soon\s+as)\s+$", re.I)
BOUND_MODS = {"by": "ON_OR_BEFORE", "before": "BEFORE", "until": "ON_OR_BEFORE",
              "till": "ON_OR_BEFORE", "through": "ON_OR_BEFORE", "since": "ON_OR_AFTER",
              "after": "AFTER", "no later than": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
              # "as soon as May 3": May 3 at the earliest ("as early as 2020" is left out: in a
              # past-tense sentence it dates something that had already happened)
              "no earlier than": "ON_OR_AFTER", "not before": "ON_OR_AFTER",
              "as soon as": "ON_OR_AFTER"}

#: Words one of which every temporal expression contains, lower case: a cheap first pass that
#: picks the few places where the full alternation is worth trying (see tagger.candidates).
_KEY = (r"\d[\d,.]*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
        r"today|tonight|tomorrow|yesterday|now|current|recent|lately|future|past|year|month|week|"
        r"day|night|hour|minute|second|quarter|decade|centur|fiscal|fy|q[1-4]|h[12]|spring|summer|"
        r"fall|autumn|winter|noon|midnight|midday|morning|afternoon|evening|overnight|anniversar|"
        r"fortnight|half|earlier|later|daily|weekly|monthly|yearly|annually|hourly|nightly|every|each|"
        r"nineteen|twenty|two\s+thousand|christmas|new\s+year|thanksgiving|independence|labor|"
        r"memorial|halloween|valentine|veterans|boxing|o['\u2019]clock)")
KEYWORD = re.compile(_KEY)
KEYWORD_I = re.compile(_KEY, re.I)
WORD_START = re.compile(r"\b\w")
#: How many words before its keyword an expression may start: four before a unit ("the first
#: nine months"), three before anything else ("the 26th of March", "last July").
WORDS_BEFORE = 4
WORDS_BEFORE_OTHER = 3
UNIT_KEYS = frozenset("year month week day hour minute second quarter decade centur fortnight night half".split())
#: The words an expression can begin with; other word starts near a keyword are skipped.
FIRST_WORD = re.compile(
    rf"(?:\d|['’]|the\b|an?\b|{NUMBER_WORD}|{ORDINAL_WORD}|{MONTH_FULL}|{MONTH_ABBR}|"
    rf"{WEEKDAY_FULL}|mon\.|tues?\.|wed\.|thu|fri\.|sat\.|sun\.|last|this|next|past|coming|"
    r"previous|current|following|preceding|upcoming|same|recent|that|latest|year|early|mid|late|earlier|"
    r"later|fiscal|fy|q[1-4]|h[12]|first|second|third|fourth|final|1st|2nd|3rd|4th|several|few|"
    r"many|some|couple|half|dozens|today|tonight|yesterday|tomorrow|now|currently|nowadays|"
    r"recently|lately|overnight|noon|midnight|midday|daily|weekly|monthly|yearly|annually|hourly|"
    r"nightly|every|each|spring|summer|fall|autumn|winter|christmas|new|thanksgiving|independence|"
    r"labor|memorial|halloween|valentine|veterans|boxing|years|months|weeks|decades|days|hours)",
    re.I)
#: ``FIRST_WORD.match(text, pos, end)``, trying only the words that can begin there. (Not worth
#: it for TEMPORAL: its variants are long to compile and its positions are few.)
FIRST_WORD_AT = by_first_char(FIRST_WORD)

"""Bare years ("in 2027", "2024 levels") and the numbers that are not years.

A four-digit number followed by what it counts ("2000 people", "1500 homes", "2022 votes",
"a 2000-strong crowd") is a quantity, which the number extractor reads; the tagger must not
claim it as a year.
"""

from __future__ import annotations

import re

from . import calendar as C
from .resolve import Ctx, Result, resolver

_YEAR_PREV = re.compile(r"\b(?:in|by|since|until|till|from|of|for|through|before|after|during|"
                        r"to|and|or|between|fiscal|year|early|mid|late|the|around|circa|c\.|"
                        r"spring|summer|fall|autumn|winter|[a-z]+['’]s)\s*[-–]?\s*$", re.I)
#: Adjectives that may stand between a number and what it counts: "1500 new homes".
_COUNT_ADJ = (r"(?:new|more|additional|extra|other|foreign|local|civilian|armed|displaced|injured|"
              r"dead|missing|elderly|young|registered|eligible)\s+")
#: What a number counts: a plural (not a singular in -ss, -us or -is: "the 1991 mass
#: shooting", "the 2020 census", "the 2008 crisis"), a collective noun that has none, or a unit.
_YEAR_NEXT_BAD = re.compile(rf"\s*(?:-strong\b|(?:{_COUNT_ADJ})?(?:[a-z]*[a-hj-rtv-z]s\b|(?:people|troops|soldiers|men|women|"
                            r"children|police|personnel|staff|crew|aircraft|cattle|sheep|livestock|"
                            r"fish|deer|head|km|feet|ft|yen|mw|gw|kg|tons?|metres|meters|miles|yards)\b))", re.I)
_YEAR_NEXT_OK = re.compile(r"\s*(?:levels|figures|elections|results|budgets|prices|rates|"
                           r"games|olympics|numbers|standards)\b", re.I)
_QTY_PREV = re.compile(r"\b(?:about|around|some|nearly|almost|than|approximately|roughly|over|"
                       r"under|up\s+to|only|just|least|most|No\.|number|Nos?\.?)\s*$", re.I)


@resolver("year")
def r_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    y = int(m["yr"])
    before = ctx.text[max(ctx.lo, m.start() - 24):m.start()]
    after = ctx.text[m.end():min(ctx.hi, m.end() + 24)]
    if _QTY_PREV.search(before):
        return None
    if _YEAR_NEXT_BAD.match(after) and not _YEAR_NEXT_OK.match(after):
        return None
    if y < 1600 and not _YEAR_PREV.search(before):
        return None
    return "DATE", C.year(y)

"""Whose figure it is: countries, their adjectives and well-known organisations, recognised
from a short gazetteer so that a subject is only given when it is almost surely right."""

from __future__ import annotations

import re

#: Adjective or plural people-noun → the country it names. Country names themselves are kept
#: as written ("U.S.", "US", "United States"): rule packs hold the aliases.
DEMONYMS = {
    "american": "United States", "americans": "United States", "japanese": "Japan",
    "chinese": "China", "russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine",
    "ukrainians": "Ukraine", "british": "United Kingdom", "french": "France",
    "german": "Germany", "germans": "Germany", "italian": "Italy", "italians": "Italy",
    "spanish": "Spain", "polish": "Poland", "dutch": "Netherlands", "swedish": "Sweden",
    "finnish": "Finland", "norwegian": "Norway", "danish": "Denmark", "turkish": "Turkey",
    "israeli": "Israel", "israelis": "Israel", "palestinian": "Palestine",
    "palestinians": "Palestine", "iranian": "Iran", "iranians": "Iran", "iraqi": "Iraq",
    "iraqis": "Iraq", "syrian": "Syria", "syrians": "Syria", "lebanese": "Lebanon",
    "saudi": "Saudi Arabia", "saudis": "Saudi Arabia", "egyptian": "Egypt", "indian": "India",
    "indians": "India", "pakistani": "Pakistan", "afghan": "Afghanistan",
    "korean": "Korea", "koreans": "Korea", "south korean": "South Korea",
    "north korean": "North Korea", "taiwanese": "Taiwan", "filipino": "Philippines",
    "vietnamese": "Vietnam", "indonesian": "Indonesia", "australian": "Australia",
    "australians": "Australia", "canadian": "Canada", "canadians": "Canada",
    "mexican": "Mexico", "mexicans": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
    "venezuelan": "Venezuela", "venezuelans": "Venezuela", "nigerian": "Nigeria",
    "south african": "South Africa", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "sudanese": "Sudan", "yemeni": "Yemen", "greek": "Greece", "swiss": "Switzerland",
    "austrian": "Austria", "belgian": "Belgium", "irish": "Ireland", "portuguese": "Portugal",
    "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "belarusian": "Belarus", "georgian": "Georgia", "armenian": "Armenia",
    "thai": "Thailand", "malaysian": "Malaysia", "singaporean": "Singapore",
    "cuban": "Cuba", "colombian": "Colombia", "chilean": "Chile", "peruvian": "Peru",
    "rwandan": "Rwanda", "congolese": "Congo", "ugandan": "Uganda", "somali": "Somalia",
    "ghanaian": "Ghana", "senegalese": "Senegal", "malian": "Mali", "libyan": "Libya",
    "moroccan": "Morocco", "algerian": "Algeria", "tunisian": "Tunisia", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "jordanian": "Jordan", "kuwaiti": "Kuwait",
    "bangladeshi": "Bangladesh", "nepali": "Nepal", "sri lankan": "Sri Lanka",
    "burmese": "Myanmar", "cambodian": "Cambodia", "mongolian": "Mongolia",
    "kazakh": "Kazakhstan", "serbian": "Serbia", "croatian": "Croatia", "bulgarian": "Bulgaria",
    "slovak": "Slovakia", "slovenian": "Slovenia", "icelandic": "Iceland", "scottish": "Scotland",
    "welsh": "Wales",
}
_COUNTRIES = (
    "U.S.|US|USA|U.S.A.|United States|America|UK|U.K.|Britain|United Kingdom|EU|European Union|"
    "NATO|UN|U.N.|United Nations|IMF|World Bank|WHO|OPEC|Pentagon|Kremlin|White House|"
    "Japan|China|Russia|Ukraine|France|Germany|Italy|Spain|Poland|Netherlands|Sweden|Finland|"
    "Norway|Denmark|Turkey|Israel|Gaza|Palestine|Iran|Iraq|Syria|Lebanon|Saudi Arabia|Egypt|"
    "India|Pakistan|Afghanistan|South Korea|North Korea|Korea|Taiwan|Philippines|Vietnam|"
    "Indonesia|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Venezuela|Nigeria|"
    "South Africa|Kenya|Ethiopia|Sudan|Yemen|Greece|Switzerland|Austria|Belgium|Ireland|"
    "Portugal|Hungary|Czech Republic|Romania|Estonia|Latvia|Lithuania|Belarus|Georgia|"
    "Armenia|Thailand|Malaysia|Singapore|Cuba|Colombia|Chile|Peru|Beijing|Moscow|Tokyo|"
    "Washington|Kyiv|Kiev|Seoul|Pyongyang|Taipei|Tehran|London|Paris|Berlin|Brussels|"
    "Rwanda|Congo|DRC|Uganda|Tanzania|Ghana|Senegal|Mali|Niger|Somalia|Libya|Tunisia|"
    "Algeria|Morocco|Angola|Mozambique|Zimbabwe|Zambia|Cameroon|Ivory Coast|Bolivia|Ecuador|"
    "Paraguay|Uruguay|Nicaragua|Honduras|Guatemala|El Salvador|Panama|Costa Rica|Haiti|"
    "Dominican Republic|Jamaica|Bangladesh|Sri Lanka|Nepal|Myanmar|Cambodia|Laos|Mongolia|"
    "Kazakhstan|Uzbekistan|Azerbaijan|Moldova|Serbia|Croatia|Slovenia|Slovakia|Bulgaria|"
    "Albania|Kosovo|Bosnia|Montenegro|North Macedonia|Cyprus|Malta|Iceland|Luxembourg|"
    "Qatar|Kuwait|Bahrain|Oman|United Arab Emirates|UAE|Scotland|Wales|England|"
    "Hong Kong|Macau|Tibet|Crimea|Donbas|West Bank|Ottawa|Canberra|New Delhi|Delhi|Islamabad|"
    "Ankara|Riyadh|Cairo|Jerusalem|Tel Aviv|Manila|Hanoi|Jakarta|Bangkok|Warsaw|Rome|Madrid|"
    "OECD|ECB|Fed|Federal Reserve|Bank of Japan|Bank of England|WTO|ASEAN|African Union|"
    "G7|G20"
)
_DEMONYM = "|".join(sorted((d for d in DEMONYMS), key=len, reverse=True))
#: A country, capital used as metonym, organisation or demonym, as a whole word.
NAME = re.compile(rf"(?<![\w.])(?=[A-Z])(?:(?P<place>{_COUNTRIES})|(?P<demonym>(?i:{_DEMONYM})))(?![\w])")
#: A capitalised name followed by a possessive: "Japan's", "Toyota's", "the Pentagon's".
POSSESSIVE = re.compile(
    r"(?<![\w.])(?P<name>(?:[A-Z][\w.&-]*[ \t]+){0,2}[A-Z][\w.&-]*)['\u2019]s(?![\w])")


def subject_of(word: str) -> str | None:
    """The subject a single modifier names ("U.S." → "U.S.", "Japanese" → "Japan"), or None."""
    m = NAME.fullmatch(word)
    if not m:
        return None
    if m.group("place"):
        return m.group("place")
    return DEMONYMS[m.group("demonym").lower()] if word[0].isupper() else None


def nearest_name(text: str) -> str | None:
    """The last country/organisation named in ``text`` (a stretch before the figure)."""
    last = None
    for m in NAME.finditer(text):
        if m.group("place") or m.group("demonym")[0].isupper():
            last = m
    if last is None:
        return None
    return last.group("place") or DEMONYMS[last.group("demonym").lower()]

"""A small gazetteer: place names that fix a clock time's zone ("local time in Bangkok").

Only names whose zone is certain are here: countries where one zone covers practically everyone
(at least 97% of the people: France yes, Spain with the Canaries no) and major cities. Countries
spread over several zones are listed as such (zone None): naming one makes "local time"
ambiguous rather than resolved. Names that are also common words or given names (Jordan, Chad,
Georgia, Santiago, Perth) are left out: a wrong place is worse than none.
"""

from __future__ import annotations

import re

COUNTRIES = {
    "Japan": "Asia/Tokyo", "South Korea": "Asia/Seoul", "North Korea": "Asia/Pyongyang",
    "Korea": "Asia/Seoul", "China": "Asia/Shanghai", "Taiwan": "Asia/Taipei",
    "Hong Kong": "Asia/Hong_Kong", "Macau": "Asia/Macau", "Thailand": "Asia/Bangkok",
    "Vietnam": "Asia/Ho_Chi_Minh", "Cambodia": "Asia/Phnom_Penh", "Laos": "Asia/Vientiane",
    "Philippines": "Asia/Manila", "Malaysia": "Asia/Kuala_Lumpur", "Singapore": "Asia/Singapore",
    "Myanmar": "Asia/Yangon", "Burma": "Asia/Yangon", "Bangladesh": "Asia/Dhaka",
    "India": "Asia/Kolkata", "Pakistan": "Asia/Karachi", "Nepal": "Asia/Kathmandu",
    "Bhutan": "Asia/Thimphu", "Sri Lanka": "Asia/Colombo", "Afghanistan": "Asia/Kabul",
    "Iran": "Asia/Tehran", "Iraq": "Asia/Baghdad", "Syria": "Asia/Damascus",
    "Lebanon": "Asia/Beirut", "Israel": "Asia/Jerusalem", "Gaza": "Asia/Gaza",
    "Saudi Arabia": "Asia/Riyadh", "Yemen": "Asia/Aden", "Oman": "Asia/Muscat",
    "United Arab Emirates": "Asia/Dubai", "UAE": "Asia/Dubai", "Qatar": "Asia/Qatar",
    "Kuwait": "Asia/Kuwait", "Bahrain": "Asia/Bahrain", "Turkey": "Europe/Istanbul",
    "Türkiye": "Europe/Istanbul", "Egypt": "Africa/Cairo", "Ukraine": "Europe/Kyiv",
    "Belarus": "Europe/Minsk", "Poland": "Europe/Warsaw", "Germany": "Europe/Berlin",
    "France": "Europe/Paris", "Britain": "Europe/London", "United Kingdom": "Europe/London",
    "UK": "Europe/London", "U.K.": "Europe/London", "England": "Europe/London",
    "Scotland": "Europe/London", "Wales": "Europe/London", "Ireland": "Europe/Dublin",
    "Italy": "Europe/Rome", "Portugal": "Europe/Lisbon", "Belgium": "Europe/Brussels",
    "Netherlands": "Europe/Amsterdam", "Switzerland": "Europe/Zurich", "Austria": "Europe/Vienna",
    "Greece": "Europe/Athens", "Sweden": "Europe/Stockholm", "Norway": "Europe/Oslo",
    "Finland": "Europe/Helsinki", "Denmark": "Europe/Copenhagen", "Czech Republic": "Europe/Prague",
    "Hungary": "Europe/Budapest", "Romania": "Europe/Bucharest", "Bulgaria": "Europe/Sofia",
    "Serbia": "Europe/Belgrade", "Croatia": "Europe/Zagreb", "Slovakia": "Europe/Bratislava",
    "Lithuania": "Europe/Vilnius", "Latvia": "Europe/Riga", "Estonia": "Europe/Tallinn",
    "Moldova": "Europe/Chisinau", "Iceland": "Atlantic/Reykjavik", "Armenia": "Asia/Yerevan",
    "Azerbaijan": "Asia/Baku", "Uzbekistan": "Asia/Tashkent", "Nigeria": "Africa/Lagos",
    "Kenya": "Africa/Nairobi", "Ethiopia": "Africa/Addis_Ababa", "South Africa": "Africa/Johannesburg",
    "Sudan": "Africa/Khartoum", "South Sudan": "Africa/Juba", "Somalia": "Africa/Mogadishu",
    "Uganda": "Africa/Kampala", "Tanzania": "Africa/Dar_es_Salaam", "Rwanda": "Africa/Kigali",
    "Ghana": "Africa/Accra", "Senegal": "Africa/Dakar", "Mali": "Africa/Bamako",
    "Niger": "Africa/Niamey", "Morocco": "Africa/Casablanca", "Algeria": "Africa/Algiers",
    "Tunisia": "Africa/Tunis", "Libya": "Africa/Tripoli", "Zimbabwe": "Africa/Harare",
    "Zambia": "Africa/Lusaka", "Mozambique": "Africa/Maputo", "Cuba": "America/Havana",
    "Haiti": "America/Port-au-Prince", "Jamaica": "America/Jamaica", "Colombia": "America/Bogota",
    "Venezuela": "America/Caracas", "Peru": "America/Lima", "Bolivia": "America/La_Paz",
    "Argentina": "America/Argentina/Buenos_Aires", "Uruguay": "America/Montevideo",
    "Paraguay": "America/Asuncion", "Guatemala": "America/Guatemala", "Panama": "America/Panama",
    "Costa Rica": "America/Costa_Rica", "Nicaragua": "America/Managua",
    "El Salvador": "America/El_Salvador", "Honduras": "America/Tegucigalpa",
    "New Zealand": "Pacific/Auckland",
}

CITIES = {
    "Tokyo": "Asia/Tokyo", "Osaka": "Asia/Tokyo", "Fukushima": "Asia/Tokyo", "Okinawa": "Asia/Tokyo",
    "Seoul": "Asia/Seoul", "Pyongyang": "Asia/Pyongyang", "Beijing": "Asia/Shanghai",
    "Shanghai": "Asia/Shanghai", "Wuhan": "Asia/Shanghai", "Taipei": "Asia/Taipei",
    "Bangkok": "Asia/Bangkok", "Phuket": "Asia/Bangkok", "Chiang Mai": "Asia/Bangkok", "Pattaya": "Asia/Bangkok", "Hanoi": "Asia/Ho_Chi_Minh", "Ho Chi Minh City": "Asia/Ho_Chi_Minh",
    "Phnom Penh": "Asia/Phnom_Penh", "Manila": "Asia/Manila", "Kuala Lumpur": "Asia/Kuala_Lumpur",
    "Jakarta": "Asia/Jakarta", "Bali": "Asia/Makassar", "Yangon": "Asia/Yangon",
    "Naypyitaw": "Asia/Yangon", "Mandalay": "Asia/Yangon", "Dhaka": "Asia/Dhaka",
    "New Delhi": "Asia/Kolkata", "Delhi": "Asia/Kolkata", "Mumbai": "Asia/Kolkata",
    "Kolkata": "Asia/Kolkata", "Chennai": "Asia/Kolkata", "Bengaluru": "Asia/Kolkata",
    "Bangalore": "Asia/Kolkata", "Hyderabad": "Asia/Kolkata", "Ahmedabad": "Asia/Kolkata",
    "Karachi": "Asia/Karachi", "Islamabad": "Asia/Karachi", "Lahore": "Asia/Karachi",
    "Kathmandu": "Asia/Kathmandu", "Colombo": "Asia/Colombo", "Kabul": "Asia/Kabul",
    "Tehran": "Asia/Tehran", "Baghdad": "Asia/Baghdad", "Damascus": "Asia/Damascus",
    "Beirut": "Asia/Beirut", "Jerusalem": "Asia/Jerusalem", "Tel Aviv": "Asia/Jerusalem",
    "Amman": "Asia/Amman", "Riyadh": "Asia/Riyadh", "Jeddah": "Asia/Riyadh", "Dubai": "Asia/Dubai",
    "Abu Dhabi": "Asia/Dubai", "Doha": "Asia/Qatar", "Ankara": "Europe/Istanbul",
    "Istanbul": "Europe/Istanbul", "Cairo": "Africa/Cairo", "Moscow": "Europe/Moscow",
    "St Petersburg": "Europe/Moscow", "St. Petersburg": "Europe/Moscow", "Kyiv": "Europe/Kyiv",
    "Kiev": "Europe/Kyiv", "Kharkiv": "Europe/Kyiv", "Odesa": "Europe/Kyiv", "Minsk": "Europe/Minsk",
    "Warsaw": "Europe/Warsaw", "Berlin": "Europe/Berlin", "Munich": "Europe/Berlin",
    "Frankfurt": "Europe/Berlin", "Paris": "Europe/Paris", "London": "Europe/London",
    "Manchester": "Europe/London", "Edinburgh": "Europe/London", "Belfast": "Europe/London",
    "Dublin": "Europe/Dublin", "Madrid": "Europe/Madrid", "Barcelona": "Europe/Madrid",
    "Rome": "Europe/Rome", "Milan": "Europe/Rome", "Brussels": "Europe/Brussels",
    "Amsterdam": "Europe/Amsterdam", "The Hague": "Europe/Amsterdam", "Geneva": "Europe/Zurich",
    "Zurich": "Europe/Zurich", "Vienna": "Europe/Vienna", "Athens": "Europe/Athens",
    "Stockholm": "Europe/Stockholm", "Oslo": "Europe/Oslo", "Helsinki": "Europe/Helsinki",
    "Copenhagen": "Europe/Copenhagen", "Lisbon": "Europe/Lisbon", "Prague": "Europe/Prague",
    "Budapest": "Europe/Budapest", "Bucharest": "Europe/Bucharest", "Washington": "America/New_York",
    "New York": "America/New_York", "Boston": "America/New_York", "Philadelphia": "America/New_York",
    "Miami": "America/New_York", "Atlanta": "America/New_York", "Chicago": "America/Chicago",
    "Houston": "America/Chicago", "Dallas": "America/Chicago", "New Orleans": "America/Chicago",
    "Denver": "America/Denver", "Phoenix": "America/Phoenix", "Los Angeles": "America/Los_Angeles",
    "San Francisco": "America/Los_Angeles", "Seattle": "America/Los_Angeles",
    "Las Vegas": "America/Los_Angeles", "California": "America/Los_Angeles",
    "Honolulu": "Pacific/Honolulu", "Hawaii": "Pacific/Honolulu", "Toronto": "America/Toronto",
    "Ottawa": "America/Toronto", "Montreal": "America/Toronto", "Vancouver": "America/Vancouver",
    "Mexico City": "America/Mexico_City", "Havana": "America/Havana", "Bogota": "America/Bogota",
    "Lima": "America/Lima", "Caracas": "America/Caracas", "Sao Paulo": "America/Sao_Paulo",
    "São Paulo": "America/Sao_Paulo", "Rio de Janeiro": "America/Sao_Paulo",
    "Brasilia": "America/Sao_Paulo", "Buenos Aires": "America/Argentina/Buenos_Aires",
    "Sydney": "Australia/Sydney", "Melbourne": "Australia/Melbourne", "Canberra": "Australia/Sydney",
    "Brisbane": "Australia/Brisbane", "Adelaide": "Australia/Adelaide", "Auckland": "Pacific/Auckland",
    "Wellington": "Pacific/Auckland", "Lagos": "Africa/Lagos", "Abuja": "Africa/Lagos",
    "Nairobi": "Africa/Nairobi", "Addis Ababa": "Africa/Addis_Ababa",
    "Johannesburg": "Africa/Johannesburg", "Cape Town": "Africa/Johannesburg",
    "Khartoum": "Africa/Khartoum", "Kinshasa": "Africa/Kinshasa",
    # cities a story names without its country: in a country spread over several zones
    # (Indonesia, Mexico) naming the city fixes the zone; Taiwan's are listed for datelines
    # and sentences that name the city alone
    "Surabaya": "Asia/Jakarta", "Bandung": "Asia/Jakarta", "Medan": "Asia/Jakarta",
    "Semarang": "Asia/Jakarta", "Yogyakarta": "Asia/Jakarta", "Makassar": "Asia/Makassar",
    "Denpasar": "Asia/Makassar", "Mataram": "Asia/Makassar", "Balikpapan": "Asia/Makassar",
    "Jayapura": "Asia/Jayapura", "Kaohsiung": "Asia/Taipei", "Taichung": "Asia/Taipei",
    "Tainan": "Asia/Taipei", "Hualien": "Asia/Taipei", "Guadalajara": "America/Mexico_City",
    "Monterrey": "America/Monterrey", "Tijuana": "America/Tijuana",
}

#: Countries over several zones: naming one leaves "local time" unknown.
MULTI_ZONE = ("United States", "U.S.", "US", "America", "Russia", "Canada", "Australia", "Brazil",
              "Mexico", "Indonesia", "Kazakhstan", "Mongolia", "Spain", "Congo", "Greenland")

ZONE_OF: dict[str, str | None] = {**COUNTRIES, **CITIES, **dict.fromkeys(MULTI_ZONE)}
_LOWER = {name.lower(): zone for name, zone in ZONE_OF.items()}
#: Every name, longest first, as written in running text (case matters: "us" is no country).
PLACE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(ZONE_OF, key=len, reverse=True))
                   + r")(?![\w-])(?!\s+state\b)")


def known(name: str) -> bool:
    """Whether ``name`` (any case: datelines are in capitals) is in the gazetteer."""
    return " ".join(name.split()).lower() in _LOWER


def zone_of(name: str) -> str | None:
    """The IANA zone of a place name, any case; None when unknown or spread over zones."""
    return _LOWER.get(" ".join(name.split()).lower())


def places_in(text: str, lo: int, hi: int) -> tuple[tuple[str, str | None], ...]:
    """(name, zone) of every gazetteer place named in ``text[lo:hi]``, in order. A city's name
    after "the" names a thing called after it ("the Phoenix capsized", "aboard the Phoenix
    tour boat"), not the city, unless a word of a place follows ("the Phoenix area")."""
    return tuple((m.group(), ZONE_OF[m.group()]) for m in PLACE.finditer(text, lo, hi)
                 if not (_THE_BEFORE.search(text, max(lo, m.start() - 5), m.start())
                         and not _AREA_AFTER.match(text, m.end())))


#: "the" right before a name.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: Words after "the <city>" that keep it a place: "the Phoenix area", "the Moscow region".
_AREA_AFTER = re.compile(r"\s+(?:area|region|metro|metropolitan|suburbs?|province|district|city|valley|basin|bay)\b", re.I)

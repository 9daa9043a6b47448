"""General English knowledge the identity reader needs: which verbs say the same thing about a
counted group ("killed", "died", "lost their lives"), which nouns name the story's own object
("the plane", "the tower", "the quake"), which nouns name a group of people, and which words
turn a length into a depth, a height or a distance.

These are language facts, not a pack's domain: packs name measures on top of them
(``rules/*/measures.fc``)."""

from __future__ import annotations

#: Verb lemma (or fixed phrase) -> the predicate class, written as the participle a measure
#: phrase uses. Two figures whose predicates fall in different classes are different figures
#: ("houses destroyed" vs "houses damaged"); verbs absent from this table say nothing about
#: what is counted ("200 firefighters *battled* the blaze") and are left out of the measure.
PREDICATES: dict[str, str] = {}


def _classes(table: dict[str, str]) -> None:
    for cls, words in table.items():
        for w in words.split("|"):
            PREDICATES[w.strip()] = cls


_classes({
    "killed": "kill|die|perish|drown|lose life|claim|dead|deceased|fatality|death|find dead|"
              "found dead|confirm dead|among dead|among victims|among fatalities|"
              "crush to death|burn to death|burnt to death|char to death|trample to death|stab to death|"
              "beat to death|run over|mow down|martyr|embrace martyrdom|succumb|declare dead|"
              "pronounce dead|bring dead|declare brought dead",
    "injured": "injure|wound|hurt|injury|among injured|among wounded|suffer injury|sustain injury|"
               "suffer grievous injury|suffer serious injury|suffer minor injury",
    "missing": "miss|missing|unaccount|unaccounted|unaccounted for|disappear",
    "trapped": "trap|trapped|stuck",
    "rescued": "rescue|save|pull|pull out|pull from|extricate|free|drag|dig out",
    "evacuated": "evacuate|flee|displace|relocate|uproot|homeless|shelter|leave home|"
                 "out of home|move to shelter|move to school|move out|stay in shelter|"
                 "in shelter|in evacuation centre|in evacuation center|in camp|"
                 "force from home|force out|lose home|without home|stay with relative|"
                 "in relief camp|in relief camps|in camps|in relief centre|in relief center",
    "hospitalised": "hospitalise|hospitalize|treat|admit|hospital|in hospital|in hospitals|take to hospital|send to hospital|rush to hospital|"
                    "airlift to hospital",
    "treated at the scene": "treat at scene|treat at field hospital|treat on site|treat on scene|"
                            "treat at site",
    "critical": "critical care|in critical care|critical condition|in critical condition|critical",
    # ("on plane": the phrase as read, determiners dropped, from "29 people on the bus")
    "aboard": "carry|board|aboard|on board|onboard|on-board|fly|travel|seat|" + "|".join(
        f"on {v}" for v in "plane flight bus ferry boat train ship vessel aircraft jet helicopter "
                           "coach minibus launch airliner".split()),
    "arrested": "arrest|detain|custody",
    "destroyed": "destroy|raze|flatten|level|gut|collapse|wipe out",
    "damaged": "damage",
    "burned": "burn|scorch|char|blacken|consume",
    "won": "win|take|secure|capture|clinch|bag|garner|grab|poll|sweep|pick up|pick",
    "lost": "lose|shed",
    "voted": "vote|cast|back|support|oppose|ballot",
    "affected": "affect",
    "recovered": "recover|retrieve|take to morgue|bring to morgue|in morgue",
    "identified": "identify|name",
    "buried": "bury|inter|lay to rest|laid to rest",
    "accounted": "account|accounted for",
    "cost": "cost|spend|price",
    "appeal": "appeal|request|seek",
    "magnitude": "measure|register",
    "fined": "fine|penalise|penalize|penalty",
    "employed": "employ|hire|work",
    "sold": "sell",
    "bought": "buy|purchase",
    "deployed": "deploy|station|send|dispatch",
    "survived": "survive|escape alive|walk away|escape",
    "attending": "attend|in attendance|gather|flock|crowd|pack|throng|turn out|at the festival|"
                 "at the concert|at the event",
})

#: Verbs and words that carry no identity of their own (linking a measure to its figure).
LINKING = frozenset(
    "be have rise climb jump increase grow reach hit stand total amount top exceed remain "
    "stay fall drop decline decrease edge come go put bring raise revise update say report "
    "estimate confirm announce put tally count number include".split())

#: Nouns that stand for the story's own object or event: "the plane", "the 24-storey tower",
#: "the quake". A figure about one of them is about the story's topic, however it is named.
TOPIC_NOUNS: dict[str, str] = {}
for _cls, _words in {
    "aircraft": "plane aircraft jet airliner airplane aeroplane flight helicopter chopper "
                "dreamliner boeing airbus",
    "vessel": "vessel ship boat submersible sub submarine ferry tanker freighter craft",
    "building": "building tower block skyscraper condo condominium apartment high-rise "
                "structure complex",
    "earthquake": "earthquake quake tremor temblor",
    "fire": "fire blaze wildfire inferno bushfire",
    "storm": "storm hurricane typhoon cyclone tornado",
    "flood": "flood flooding deluge",
    "explosion": "explosion blast detonation",
    "strike": "strike walkout stoppage",
    "election": "election vote poll ballot",
    "bridge": "bridge",
    "dam": "dam",
}.items():
    for _w in _words.split():
        TOPIC_NOUNS[_w] = _cls

#: Nouns for people in general: a count of them names no group of its own.
GENERIC_PEOPLE = frozenset(
    "people person persons individuals individual lives life souls those others human humans "
    "victims victim casualties casualty residents resident inhabitants inhabitant".split())
#: "victims", "residents" and "casualties" are people, but they also carry a predicate:
#: "98 victims" are the dead, "95,000 residents" the population.
NOUN_PREDICATES = {"victims": "killed", "victim": "killed", "dead": "killed",
                   "deaths": "killed", "death": "killed", "fatalities": "killed",
                   "fatality": "killed",
                   "casualties": "casualties", "casualty": "casualties",
                   "injured": "injured", "injuries": "injured", "wounded": "injured",
                   "survivors": "survived", "survivor": "survived", "missing": "missing",
                   "evacuees": "evacuated", "evacuee": "evacuated", "refugees": "evacuated",
                   "residents": "residents", "resident": "residents",
                   "inhabitants": "residents", "inhabitant": "residents",
                   "passengers": "aboard", "passenger": "aboard"}
#: Groups that split the people counted ("157 people, including 20 children"): the figure of
#: a group is a part, never the whole.
PERSON_GROUPS = frozenset(
    "passengers passenger crew crewmembers crewmember children child kids kid women woman men "
    "man girls girl boys boy students student pilots pilot firefighters firefighter rescuers "
    "rescuer soldiers soldier troops civilians civilian police officers officer members member "
    "nationals national citizens citizen tourists tourist workers worker employees employee "
    "voters voter patients patient guests guest foreigners foreigner adults adult infants infant "
    "babies baby teenagers teenager miners miner journalists journalist doctors doctor "
    "males male females female".split())

#: An adjective after a length that makes it another measure: "22 feet long", "12,500 feet
#: below the surface", "435 miles south of".
LENGTH_WORDS = {
    "long": "length", "length": "length", "wide": "width", "across": "width",
    "width": "width", "high": "height", "tall": "height", "height": "height",
    "deep": "depth", "depth": "depth", "below": "depth", "beneath": "depth",
    "underwater": "depth", "down": "depth", "under": "depth",
    "away": "distance", "from": "distance", "off": "distance", "north": "distance",
    "south": "distance", "east": "distance", "west": "distance", "northeast": "distance",
    "northwest": "distance", "southeast": "distance", "southwest": "distance",
    "distance": "distance", "inland": "distance", "offshore": "distance",
    "altitude": "altitude", "above": "altitude", "up": "altitude",
}
#: The measure of a figure used as a modifier ("a 21-foot vessel", "the 650-seat House"):
#: keyed by the unit or counted noun.
ATTRIBUTE_MEASURES = {
    "foot": "length", "feet": "length", "meter": "length", "metre": "length",
    "kilometer": "length", "mile": "length", "inch": "length", "yard": "length",
    "storey": "storeys", "story": "storeys", "floor": "storeys", "storeys": "storeys",
    "stories": "storeys", "floors": "storeys",
    "seat": "seats", "seater": "seats", "room": "rooms", "bed": "beds", "bedroom": "bedrooms",
    "year-old": "age", "month-old": "age", "week-old": "age", "day-old": "age",
    "magnitude": "magnitude", "tonne": "weight", "ton": "weight", "pound": "weight",
    "kilogram": "weight", "lane": "lanes", "member": "members", "person": "people",
    "man": "people", "strong": "people", "page": "pages", "pages": "pages",
}
#: Nouns before a figure that name what it measures ("a death toll of 98", "turnout was 67%").
RELATIONAL = {
    "toll": "killed", "death toll": "killed", "deaths": "killed", "fatalities": "killed",
    "death": "killed",
    "population": "population", "turnout": "turnout", "majority": "majority",
    "magnitude": "magnitude", "depth": "depth", "height": "height", "length": "length",
    "altitude": "altitude", "speed": "speed", "cost": "cost", "price": "price",
    "fine": "fined", "penalty": "fined", "bill": "cost", "damage": "damage",
    "damages": "damage", "losses": "losses", "loss": "losses", "budget": "budget",
    "capacity": "capacity", "age": "age", "share": "share", "margin": "margin",
    "wage": "wage", "salary": "salary", "rate": "rate", "temperature": "temperature",
    "distance": "distance", "area": "area", "size": "size", "weight": "weight",
    "tariff": "tariff", "tariffs": "tariff", "duty": "tariff", "levy": "tariff",
    "inflation": "inflation", "unemployment": "unemployment", "growth": "growth",
    "appeal": "appeal", "flash appeal": "appeal", "funding": "funding", "aid": "aid", "revenue": "revenue",
    "profit": "profit", "debt": "debt", "deficit": "deficit",
    "rainfall": "rainfall", "rain": "rainfall", "precipitation": "rainfall",
}
#: Words that show a figure is the most something can hold, not what it holds ("can carry up
#: to 210 passengers", "designed to lift 60,000 pounds", "a capacity of 200").
CAPACITY = ("can carry|could carry|can hold|could hold|can seat|seats up to|capable of|"
            "designed to|designed for|able to|capacity|can accommodate|can lift|rated for|"
            "configured|can take|could take|maximum|up to|can dive|could dive|can reach|"
            "could reach|rated to|certified to|can travel|can fly|can last|could last|enough")

#: Words that name a combined scope: "combined fines of $2bn", "together they won 20 seats".
COMBINED = frozenset("combined together jointly collectively altogether between".split())

#: Person nouns that name one group whatever words are used: "crew members" are the crew,
#: "flight attendants" the cabin crew.
GROUP_SYNONYMS = {"crewmember": "crew", "crewmembers": "crew", "crew member": "crew",
                  "crew members": "crew", "cabin crew": "cabin crew",
                  "flight attendant": "cabin crew", "flight attendants": "cabin crew",
                  "stewardess": "cabin crew", "stewardesses": "cabin crew",
                  "attendants": "cabin crew", "attendant": "cabin crew",
                  "foreign national": "foreigner", "foreign nationals": "foreigner",
                  "foreign citizen": "foreigner", "foreign citizens": "foreigner",
                  "foreign nationality": "foreigner"}

#: Words for the attackers of an attack, whatever an outlet calls them: "three assailants were
#: killed" and "two militants were killed" count one group.
ATTACKERS = frozenset("attacker attackers assailant assailants gunman gunmen militant militants "
                      "jihadist jihadists terrorist terrorists shooter shooters bomber bombers "
                      "perpetrator perpetrators".split())

#: Verbs of saying: a figure after them is reported, and a day they are dated by is when it
#: was said ("officials said Saturday").
SPEECH = frozenset("say tell add note announce estimate believe think confirm state claim "
                   "warn predict expect".split())

#: Words that make an event noun after them another occurrence than the story's own ("died in
#: another major incident", "a previous attack killed five", "the previous blast on September 14").
OTHER_OCCURRENCE = frozenset("another previous separate similar prior earlier".split())

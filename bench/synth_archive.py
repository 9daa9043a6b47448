"""Synthetic news archive for the index benchmarks: Markdown articles with front matter, built
from templates and the vocabulary of the example corpus (floods, aid, tariffs, budgets,
troops, elections), with realistic figures and dates.

Articles come in stories: several outlets report one event with figures that mostly agree,
sometimes differ (a planted contradiction), and now and then one outlet's copy is syndicated
to another site. Deterministic for a given seed.

    python bench/synth_archive.py OUT_DIR --articles 10000 [--seed 1] [--draft draft.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

# Countries the extractor's gazetteer knows, so that figures carry a subject.
COUNTRIES = [
    "Japan", "China", "France", "Germany", "Italy", "Spain", "Poland", "Netherlands", "Sweden",
    "Finland", "Norway", "Denmark", "Turkey", "Egypt", "India", "Pakistan", "South Korea",
    "Taiwan", "Philippines", "Vietnam", "Indonesia", "Australia", "New Zealand", "Canada",
    "Mexico", "Brazil", "Argentina", "Nigeria", "South Africa", "Kenya", "Ethiopia", "Greece",
    "Switzerland", "Austria", "Belgium", "Ireland", "Portugal", "Hungary", "Romania", "Estonia",
    "Latvia", "Lithuania", "Georgia", "Armenia", "Thailand", "Malaysia", "Singapore", "Colombia",
    "Chile", "Peru",
]
# Invented places and people (our own), for colour.
PLACES = ["Orrin", "Meridian", "Vessa", "Talvik", "Brena", "Kestrel Bay", "Ostmark", "Lanhollow",
          "Dunmere", "Sable Point", "Harrowgate", "Quillon", "Marrowby", "Etterdal", "Pell"]
PEOPLE = ["Ilse Marrow", "Tomas Brenn", "Ada Quist", "Jonas Pell", "Mira Vantongeren",
          "Oskar Lind", "Hana Ebbe", "Rui Talhada", "Nadia Corven", "Piet Orrel"]
OUTLETS = ["Coastline Wire", "Harbour Post", "Northern Gazette", "Radio Meridian", "Vessa Daily",
           "The Ledger", "Evening Courier", "Delta Times", "Continental Report", "Morning Dispatch",
           "Capital Herald", "Riverside Chronicle"]
STORMS = ["Kalla", "Bera", "Osric", "Juno", "Taveta", "Minka", "Corra", "Ledo", "Pavia", "Wren"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

TOPICS = ("storm", "tariffs", "budget", "troops", "election")

# Sentences without figures, put together from parts so that two articles rarely share a
# run of five words (as real articles rarely do), mixed in so that articles read and weigh
# like news text.
WHO = ["Residents", "Officials", "Local councillors", "Engineers", "Opposition politicians",
       "Analysts", "Business groups", "Aid workers", "Volunteers", "Insurers", "Diplomats",
       "Observers", "Farmers", "Union leaders", "Teachers", "Doctors", "Shop owners", "Commuters",
       "Regional leaders", "Economists", "Fishermen", "Students", "Hospital staff", "Police officers",
       "Lawyers", "Church leaders", "Hotel owners", "Rail workers", "Scientists", "Mayors"]
SAY = ["said", "warned", "complained", "noted", "argued", "told reporters", "insisted",
       "suggested", "conceded", "feared", "pointed out", "wrote", "repeated", "admitted", "claimed"]
WHAT = ["the {thing} near {place} had been {state}", "nobody had checked the {thing} in {place}",
        "the {thing} outside {place} was {state}", "people in {place} wanted answers about the {thing}",
        "the {thing} serving {place} would stay {state}", "repairs to the {thing} at {place} were {state}",
        "the council in {place} had ignored the {thing}", "the {thing} around {place} looked {state}"]
THINGS = ["harbour wall", "ring road", "water plant", "rail bridge", "power station", "grain store",
          "ferry terminal", "school roof", "main hospital", "sewer line", "market hall", "bus depot",
          "town square", "old dam", "port crane", "border post", "airport runway", "fire station"]
STATES = ["neglected", "overstretched", "badly damaged", "closed", "half finished", "unsafe",
          "overcrowded", "underfunded", "quiet", "busy", "flooded", "fenced off", "rebuilt", "empty"]
WHEN = ["", " on the phone", " in a statement", " at a packed meeting", " outside the town hall",
        " on local radio", " in an open letter", " during a site visit", " late at night"]
DATED = [" on Monday", " last week", " earlier this month", " on Thursday"]


def _filler(rng: random.Random) -> str:
    what = rng.choice(WHAT).format(thing=rng.choice(THINGS), state=rng.choice(STATES),
                                   place=rng.choice(PLACES))
    # Most reported speech is "said" and undated, as in news copy; one in twenty carries a day.
    say = "said" if rng.random() < 0.5 else rng.choice(SAY)
    when = rng.choice(DATED) if rng.random() < 0.05 else rng.choice(WHEN)
    return f"{rng.choice(WHO)} {say}{when} that {what}."


def _fmt_int(n: int, rng: random.Random) -> str:
    if n >= 1_000_000 and rng.random() < 0.6:
        return f"{n / 1_000_000:.1f} million".replace(".0 ", " ")
    return f"{n:,}"


def _story(rng: random.Random, sid: int) -> dict:
    """The facts one story is about, shared by every article that reports it."""
    year = rng.randint(2015, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 25)
    return {
        "id": sid, "topic": TOPICS[sid % len(TOPICS)], "country": rng.choice(COUNTRIES),
        "other": rng.choice(COUNTRIES), "place": rng.choice(PLACES), "storm": rng.choice(STORMS),
        "person": rng.choice(PEOPLE), "year": year, "event_date": dt.date(year, month, day),
        "deaths": rng.randint(3, 400), "displaced": rng.randint(2, 900) * 100,
        "aid": rng.randint(5, 900), "width": rng.randint(50, 900),
        "tariff": rng.choice([5, 10, 12, 15, 20, 25, 30, 35, 40, 50]),
        "budget": rng.randint(2, 90), "share": round(rng.uniform(0.8, 3.5), 1),
        "target_year": year + rng.randint(3, 10), "troops": rng.randint(2, 400) * 100,
        "turnout": round(rng.uniform(38, 85), 1), "arrests": rng.randint(10, 900),
    }


def _figure_sentences(s: dict, rng: random.Random, wrong: bool) -> list[str]:
    """Sentences with the story's figures, each naming its country and year so that claims
    carry a subject and a period (as international news usually does)."""
    c, y, d = s["country"], s["year"], s["event_date"]
    k = 10 if wrong else 1  # a planted contradiction: one figure off by a factor of ten
    date = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if s["topic"] == "storm":
        return [
            f"In {c}, Storm {s['storm']} made landfall near {s['place']} on {date}.",
            f"In {y}, about {_fmt_int(s['displaced'] * k, rng)} people in {c} were displaced by the floods, the emergency agency said.",
            f"{c}'s government released {s['aid'] * k} million euros in emergency aid in {y}.",
            f"The breach in {c}'s flood wall near {s['place']} was {s['width']} meters wide in {y}, engineers said.",
            f"At least {s['deaths']} people died in {c} in {y}, officials said.",
        ]
    if s["topic"] == "tariffs":
        return [
            f"{c} announced tariffs on steel from {s['other']} on {date}.",
            f"{c}'s tariff on imported cars will be {s['tariff'] * k}% in {y}, the trade ministry said.",
            f"The new duties take effect on {MONTHS[(d.month) % 12]} 1, {y + (d.month == 12)}.",
            f"In {y}, {c} imported goods worth {s['aid'] * 10} million dollars from {s['other']}.",
        ]
    if s["topic"] == "budget":
        return [
            f"{c}'s defence budget for {y} is {s['budget'] * k} billion euros, the finance ministry said.",
            f"The government has pledged to raise {c}'s defence spending to {s['share']}% of GDP by {s['target_year']}.",
            f"Parliament in {c} approved the budget on {date}.",
            f"{s['person']} told lawmakers the first payments would go out this week.",
        ]
    if s["topic"] == "troops":
        return [
            f"{c} has about {_fmt_int(s['troops'] * k, rng)} troops stationed in {s['other']} in {y}, the defence ministry said.",
            f"Defence ministers of {c} and {s['other']} met in {s['place']} on {date}.",
            f"In {y}, police in {c} arrested {s['arrests']} people during protests against the deployment.",
        ]
    return [
        f"{c} held an election on {date}.",
        f"Turnout in {c} was {s['turnout'] * (1 if not wrong else 0.5):.1f}% in {y}, the electoral commission said.",
        f"In {y}, police in {c} detained {s['arrests']} people after the vote.",
        f"{s['person']} said the count would be finished within days.",
    ]


def article(s: dict, rng: random.Random, outlet: str, published: dt.date, *, words: int = 450,
            wrong: bool = False) -> str:
    c = s["country"]
    title = {
        "storm": f"Storm {s['storm']}: thousands leave homes in {c}",
        "tariffs": f"{c} raises tariffs on {s['other']} imports",
        "budget": f"{c} sets its defence budget",
        "troops": f"{c} keeps troops in {s['other']}",
        "election": f"{c} votes",
    }[s["topic"]]
    facts = _figure_sentences(s, rng, wrong)
    rng.shuffle(facts)
    body: list[str] = []
    n = 0
    while n < words:
        para = []
        if facts:
            para.append(facts.pop())
        para += [_filler(rng) for _ in range(rng.randint(2, 4))]
        text = " ".join(para)
        n += len(text.split())
        body.append(text)
    head = (f"---\ntitle: \"{title}\"\nsource: {outlet}\npublished: {published.isoformat()}\n---\n"
            f"# {title}\n\n")
    return head + "\n\n".join(body) + "\n"


def generate(out: Path, n: int, seed: int = 1, per_folder: int = 1000) -> int:
    """Write ``n`` articles under ``out`` (folders of ``per_folder``); returns the bytes written."""
    rng = random.Random(seed)
    total = 0
    stories = max(1, n // 4)
    for i in range(n):
        s = _story(random.Random(seed * 1_000_003 + i % stories), i % stories)
        published = s["event_date"] + dt.timedelta(days=rng.randint(0, 6))
        outlet = OUTLETS[(i // stories + s["id"]) % len(OUTLETS)]
        text = article(s, rng, outlet, published, words=rng.randint(300, 650),
                       wrong=rng.random() < 0.05)
        if i >= stories and rng.random() < 0.03:  # a syndicated copy of an earlier article
            prev = (out / f"{(i - stories) // per_folder:05d}" / f"a{i - stories:06d}.md")
            if prev.exists():
                text = prev.read_text(encoding="utf-8").replace(
                    "source: ", f"source: {outlet} via ", 1)
        folder = out / f"{i // per_folder:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:06d}.md").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def draft(n_archive: int, seed: int = 1, words: int = 1000, topic: str | None = None) -> str:
    """A ~1,000-word draft about a story in the archive (some figures disagree with it)."""
    stories = max(1, n_archive // 4)
    sid = stories // 2
    while topic is not None and TOPICS[sid % len(TOPICS)] != topic and sid < stories - 1:
        sid += 1
    s = _story(random.Random(seed * 1_000_003 + sid), sid)
    rng = random.Random(seed + 99)
    return article(s, rng, "Our newsroom (draft)", s["event_date"] + dt.timedelta(days=3),
                   words=words, wrong=True)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out", type=Path)
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--draft", type=Path, help="also write a 1,000-word draft about an archive story here")
    p.add_argument("--draft-topic", choices=TOPICS, help="the draft's topic (default: the middle story's)")
    p.add_argument("--draft-only", action="store_true", help="write only the draft (the archive exists)")
    args = p.parse_args(argv)
    if not args.draft_only:
        size = generate(args.out, args.articles, args.seed)
        print(f"wrote {args.articles} articles, {size / 1e6:.1f} MB, under {args.out}")
    if args.draft:
        args.draft.write_text(draft(args.articles, args.seed, topic=args.draft_topic), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Main-text detection on scraped text: the article is in, furniture and appended stories out."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest import load_corpus
from factcheck.ingest.mainbody import detect_main

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _inside(doc, phrase: str) -> bool:
    start = doc.text.index(phrase)
    return doc.in_main(start, start + len(phrase))


def _doc(name: str):
    return next(d for d in load_corpus([CORPUS]).documents if d.id.endswith(name))


def test_headline_standfirst_and_body_are_main():
    doc = _doc("harbour_gazette.txt")
    for phrase in ("Valdora rail link to open two years late",  # headline
                   "will now open in 2029, not 2027",  # standfirst
                   "18 months longer", "22-kilometre line",
                   "40,000 passengers",  # body resumes after an inline "Related" list
                   "by the end of March"):
        assert _inside(doc, phrase), phrase


def test_menus_tickers_captions_and_story_lists_are_not_main():
    doc = _doc("harbour_gazette.txt")
    for phrase in ("Podcasts", "14 crossings", "9 minutes",  # menu and ticker
                   "3 May 2019",  # photo caption about an earlier event
                   "Tram fares to rise by 5%",  # inline related headline
                   "Heatwave warning", "12 Feb 2024", "after 30 years",  # most-read list
                   "Sign up", "All rights reserved"):
        assert not _inside(doc, phrase), phrase


def test_appended_unrelated_story_is_not_main():
    gazette = _doc("harbour_gazette.txt")
    assert not _inside(gazette, "61% in favour")
    daily = _doc("coast_daily.txt")
    assert _inside(daily, "revised timetable")
    assert not _inside(daily, "64 players")
    assert not _inside(daily, "100th anniversary")


def test_clean_copy_is_taken_whole():
    text = ("Rates rose 2% in May.\n\nThe bank said prices would ease.\n\n"
            "Analysts expect a cut by the end of the year.\n\nMarkets fell 1.5% on the news.\n")
    assert detect_main(text) == []


def test_short_text_is_taken_whole():
    assert detect_main("Breaking\nThe port handled 1.4 million containers.") == []


def test_main_ranges_are_sorted_disjoint_and_inside_the_text():
    for doc in load_corpus([CORPUS]).documents:
        ends = [0]
        for lo, hi in doc.main:
            assert ends[-1] <= lo < hi <= len(doc.text)
            ends.append(hi)


def test_advertisement_breaks_do_not_split_the_article():
    paragraphs = [
        "The city will plant 5,000 trees along its main roads over the next three years, the mayor said.",
        "About 1,200 of the trees will go along the ring road, where summer heat is worst.",
        "Each tree costs around 400 euros to plant and water for its first two summers.",
        "Residents can ask for a tree outside their home through the council website until June.",
    ]
    text = "Menu\n  • Home\n  • News\n\nCity to plant 5,000 street trees\n\n" + "\n\nAdvertisement\n\n".join(paragraphs) + "\n"
    main = detect_main(text)
    kept = "".join(text[lo:hi] for lo, hi in main)
    assert all(p in kept for p in paragraphs)
    assert "City to plant 5,000 street trees" in kept and "Advertisement" not in kept and "Home" not in kept


def test_article_opening_with_a_wire_dateline_keeps_its_lede():
    text = (
        "Home\nWorld\nBusiness\n\n"
        "Grain exports recover after port repairs\n\n"
        "ODESSA (AP) — Grain shipments from the southern ports rose to 4.1 million tonnes in May, "
        "the highest since the repairs began, the ports authority said.\n\n"
        "Related\n\nFuel prices ease\n\nTrain tickets go digital\n\n"
        "The authority said shipments of grain could reach 5 million tonnes in June if the repaired "
        "ports keep working at full speed and the weather holds.\n\n"
        "Grain traders said the repaired ports had cut waiting times for ships from ten days to four, "
        "and that shipments from the ports were now close to their level before the damage.\n"
    )
    kept = "".join(text[lo:hi] for lo, hi in detect_main(text))
    assert "4.1 million tonnes" in kept and "5 million tonnes" in kept and "ten days to four" in kept
    assert "Fuel prices" not in kept


def test_short_brief_followed_by_a_long_appended_story():
    brief = ("Library hours extended\n\nThe central library will stay open until 9 pm on weekdays from "
             "1 March, two hours later than now, the council said.\n\n"
             "The longer hours will cost about 80,000 euros a year and will be reviewed after six months.\n\n")
    story = "\n\n".join(
        f"SOUTHPORT (AP) — Paragraph {i} of an unrelated report on coastal erosion says the dunes lost "
        f"{i + 2} metres of sand in the winter storms, according to the survey office." for i in range(8))
    text = brief + "Comments\n\nMore stories\n\nDunes shrink after storms\n\n2 hours ago\n\n" + story + "\n"
    kept = "".join(text[lo:hi] for lo, hi in detect_main(text))
    assert "9 pm on weekdays" in kept and "80,000 euros" in kept and "Library hours extended" in kept
    assert "dunes" not in kept

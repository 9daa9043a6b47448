"""Syndication: copies of one article share a source group; different articles never do."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest import load_corpus
from factcheck.ingest.groups import assign_groups
from factcheck.models import Document

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

STORY = ("The regional council approved a plan on Monday to build 1,200 homes on the former "
         "shipyard site, with a third of them for rent at below-market prices. Work will start "
         "in 2026 and end by 2031, the council said, at a cost of 410 million euros shared with "
         "two private builders. Opposition members said the site needs a new school and a bus line "
         "before anyone moves in, and asked for a vote on the transport plan first.")


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, path=doc_id, group=doc_id, text=text)


def test_copies_with_different_furniture_share_a_group():
    docs = {d.id.rsplit("/", 1)[-1]: d for d in load_corpus([CORPUS]).documents}
    assert docs["harbour_gazette.txt"].group == docs["coast_daily.txt"].group
    assert docs["coast_daily.txt"].group == docs["coast_daily.txt"].id  # smallest id names the group


def test_rewrite_of_the_same_news_is_not_a_copy():
    docs = {d.id.rsplit("/", 1)[-1]: d for d in load_corpus([CORPUS]).documents}
    assert docs["valdora_times.txt"].group == docs["valdora_times.txt"].id
    assert docs["undated_notes.txt"].group == docs["undated_notes.txt"].id


def test_trimmed_copy_is_still_a_copy():
    trimmed = STORY.rsplit(" Opposition", 1)[0]
    a, b = assign_groups([_doc("b", STORY), _doc("a", trimmed)])
    assert a.group == b.group == "a"


def test_short_texts_differing_in_a_figure_are_not_copies():
    a, b = assign_groups([_doc("a", "Japan will spend 2% of GDP on defence by 2027, the minister said."),
                          _doc("b", "Japan will spend 3% of GDP on defence by 2027, the minister said.")])
    assert a.group == "a" and b.group == "b"


def test_grouping_is_deterministic_and_only_main_text_counts():
    furniture = "\n\nMost read\nSomething else entirely happened in another town today, officials said.\n"
    one = Document(id="x1", path="x1", group="x1", text=STORY + furniture, main=[(0, len(STORY))])
    two = _doc("x2", STORY)
    first = assign_groups([two, one])
    assert [d.group for d in first] == ["x1", "x1"]
    assert [d.group for d in assign_groups([one, two])] == [d.group for d in first]


def test_long_documents_are_sampled_but_still_grouped():
    import random

    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    long_text = " ".join(rng.choice(vocabulary) for _ in range(60_000))
    other = " ".join(rng.choice(vocabulary) for _ in range(60_000))
    a, b, c = assign_groups([_doc("a", long_text), _doc("b", long_text[: len(long_text) * 9 // 10]),
                             _doc("c", other)])
    assert a.group == b.group == "a" and c.group == "c"


def test_candidate_pairs_stay_linear_in_the_corpus(monkeypatch):
    from factcheck.ingest import groups

    calls = []
    real = groups.is_copy
    monkeypatch.setattr(groups, "is_copy", lambda a, b: calls.append(1) or real(a, b))
    docs = [_doc(f"d{i:03}", f"Story {i}: " + " ".join(f"w{i}_{j}" for j in range(80))) for i in range(300)]
    docs.append(_doc("copy", docs[17].text))
    out = {d.id: d.group for d in groups.assign_groups(docs)}
    assert out["copy"] == out["d017"] == "copy" and len(set(out.values())) == 300
    assert len(calls) < 30  # no all-pairs comparison (that would be 45,150)


def test_signature_empty_bins_borrow_from_the_next_full_one_round_the_end():
    from factcheck.ingest.groups import _VALUE_BITS, PERMUTATIONS, signature

    value = 12345
    only = (5 << _VALUE_BITS) | value  # one shingle, in bin 5
    sig = signature({only})
    assert sig[5] == value
    assert sig[4] == value + (1 << _VALUE_BITS)  # one bin away
    assert sig[6] == value + ((PERMUTATIONS - 1) << _VALUE_BITS)  # round the end
    assert signature(set()) == tuple([0] * PERMUTATIONS)

"""Issue 3's done-when on the real seed pages in ../shared/seeds (skipped when absent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.ingest import load_corpus

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"

# Physical lines of each page that are the article (headline, standfirst, body); a claim in the
# main text on any other line came from furniture or an appended story. Line 2 of 002/003
# repeats the headline.
_ODD = range(1, 200, 2)
ARTICLE = {
    "000": {75, 82, 89, 91, 93, 95, 97} | {n for n in _ODD if 107 <= n <= 121},
    "001": {n for n in _ODD if 3 <= n <= 43} - {37},
    "002": {2, 4, *range(8, 18), *range(20, 34), *range(36, 45)},
    "003": {2, 4, *range(8, 18), *range(20, 34), *range(36, 45)},
    "004": set(range(1, 12)),
}


@pytest.fixture(scope="module")
def corpus():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return load_corpus([SEEDS])


def _by_seed(corpus):
    return {Path(d.path).name[:3]: d for d in corpus.documents}


def test_dates_found_in_the_text(corpus):
    docs = _by_seed(corpus)
    assert docs["000"].published == dt.date(2025, 3, 26)
    assert docs["002"].published == dt.date(2025, 3, 31)
    assert docs["003"].published == dt.date(2025, 3, 31)


def test_alojapan_page_is_reported_undated(corpus):
    docs = _by_seed(corpus)
    assert docs["004"].published is None
    assert [Path(d.path).name[:3] for d in corpus.diagnostics if d.code == "I009"] == ["004"]


def test_only_the_two_japan_times_copies_share_a_group(corpus):
    docs = _by_seed(corpus)
    assert docs["002"].group == docs["003"].group
    assert len({d.group for d in corpus.documents}) == len(corpus.documents) - 1


def test_no_claim_from_furniture_or_appended_stories_is_in_main(corpus):
    for key, doc in _by_seed(corpus).items():
        claims = extract([doc])
        leaked = [(c.line, c.text) for c in claims if c.main and c.line not in ARTICLE[key]]
        assert leaked == [], key
        kept = [c for c in claims if c.main]
        assert len(kept) >= 0.9 * len([c for c in claims if c.line in ARTICLE[key]]), key

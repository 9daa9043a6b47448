"""Dates in sources.csv are never guessed in silence: ISO dates are read, dates that read one way
only are read with a located warning, and numeric dates that read two ways are refused with a
located error (the article's own metadata then dates it). An index in a folder that does not
exist says so."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.cli import main
from factcheck.ingest import load_corpus
from factcheck.ingest.pubdate import read_metadata_date

ARTICLE = "---\ntitle: Aid\npublished: 2025-08-08\n---\nParliament approved 40 million euros in aid.\n"


def _corpus(tmp_path, published: str):
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "sources.csv").write_text(f"file,source,published\na.md,Wire,{published}\n")
    corpus = load_corpus([tmp_path])
    return corpus.documents[0], [d for d in corpus.diagnostics if d.code.startswith("M")]


def test_an_ambiguous_manifest_date_is_a_located_error_and_front_matter_dates_the_article(tmp_path):
    doc, diags = _corpus(tmp_path, "12/08/2025")
    assert doc.published == dt.date(2025, 8, 8)  # the front matter, not a guess of 12 August
    [d] = diags
    assert (d.severity, d.code, d.line) == ("error", "M011", 2)
    assert d.path.endswith("sources.csv")
    assert d.message == "'12/08/2025' could be 12 August 2025 or 8 December 2025; published ignored"
    assert "YYYY-MM-DD" in d.hint


def test_a_non_iso_manifest_date_that_reads_one_way_is_read_with_a_warning(tmp_path):
    doc, diags = _corpus(tmp_path, "31/03/2025")
    assert doc.published == dt.date(2025, 3, 31)
    [d] = diags
    assert (d.severity, d.code, d.line) == ("warning", "M012", 2)
    assert d.message == "'31/03/2025' is not written YYYY-MM-DD; read as 2025-03-31"


def test_an_iso_manifest_date_is_read_without_a_word(tmp_path):
    doc, diags = _corpus(tmp_path, "2025-03-31")
    assert doc.published == dt.date(2025, 3, 31) and diags == []


@pytest.mark.parametrize("value,expected,note", [
    ("2025-08-12", dt.date(2025, 8, 12), None),
    ("2025-08-12T10:00:00+02:00", dt.date(2025, 8, 12), None),
    ("12 August 2025", dt.date(2025, 8, 12), "read as 2025-08-12"),
    ("Tuesday, August 12, 2025", dt.date(2025, 8, 12), "read as 2025-08-12"),
    ("08/31/2025", dt.date(2025, 8, 31), "read as 2025-08-31"),
    ("05/05/2025", dt.date(2025, 5, 5), "read as 2025-05-05"),  # both readings agree
    ("2025/08/12", dt.date(2025, 8, 12), "read as 2025-08-12"),
    ("12/08/2025", None, "could be 12 August 2025 or 8 December 2025"),
    ("12.08.2025", None, "could be"),
    ("2025-13-01", None, "is not a valid date"),
    ("12/08/2025 or so", None, "is not a valid date"),
    ("soon", None, "is not a valid date"),
])
def test_metadata_dates(value, expected, note):
    date, said = read_metadata_date(value)
    assert date == expected
    assert (said is None) if note is None else (note in said)


def test_index_in_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Published 2025-10-14.\n\nAbout 54,000 troops are stationed there.\n")
    db = tmp_path / "no" / "such" / "archive.db"
    code = main(["index", str(tmp_path / "a.txt"), "--db", str(db), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"folder {db.parent} does not exist" in err
    assert "damaged" not in err and not db.parent.exists()

"""Hostile archives (issue 16): every odd file, name and folder found in real archives gives a
located message or is read correctly; nothing aborts the run, nothing is silently lost."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.extract import extract_document
from factcheck.ingest import load_corpus

GOOD = "Ferry fares rise\n\nFerry fares on the island route will rise by 6% in July, the operator said.\n"


def _load(folder: Path, **kwargs):
    """Load ``folder`` with one good article in it, which must always be read."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    corpus = load_corpus([folder], **kwargs)
    assert any(d.id.endswith("good.txt") for d in corpus.documents), "the good file must still be read"
    return corpus


def _diags(corpus, name: str, code: str | None = None):
    return [d for d in corpus.diagnostics if d.path and d.path.endswith(name) and code in (None, d.code)]


def _doc(corpus, suffix: str):
    (doc,) = [d for d in corpus.documents if d.id.endswith(suffix)]
    return doc


# --- JSON Lines -----------------------------------------------------------------------------

def test_deeply_nested_json_line_is_reported_and_the_next_line_read(tmp_path):
    depth = 200_000
    (tmp_path / "feed.jsonl").write_text(
        "[" * depth + "]" * depth + "\n"
        + json.dumps({"text": "The lock gates will close for 3 weeks in May, the canal trust said."}) + "\n",
        encoding="utf-8")
    corpus = _load(tmp_path)
    (diag,) = _diags(corpus, "feed.jsonl", "I011")
    assert diag.line == 1 and "nested too deeply" in diag.message
    assert _doc(corpus, "feed.jsonl#2").text.startswith("The lock gates")


def test_line_separator_inside_a_json_string_does_not_split_the_record(tmp_path):
    first = {"text": "The bridge toll rises to 4 euros.\u2028It was 3 euros.\u0085Drivers object."}
    second = {"text": "The tunnel toll stays at 2 euros, the council said."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(first, ensure_ascii=False) + "\n"
                                         + json.dumps(second) + "\n", encoding="utf-8")
    corpus = _load(tmp_path)
    assert not _diags(corpus, "feed.jsonl", "I011")
    assert _doc(corpus, "feed.jsonl#1").text == first["text"]
    assert _doc(corpus, "feed.jsonl#2").text == second["text"]  # ids are not shifted


def test_jsonl_with_crlf_or_cr_line_ends_keeps_its_line_numbers(tmp_path):
    lines = [json.dumps({"text": f"Item {n}: the pier reopens after {n} months, the port said."}) for n in (1, 2)]
    (tmp_path / "crlf.jsonl").write_bytes("\r\n".join(lines).encode())
    (tmp_path / "cr.jsonl").write_bytes("\r".join(lines).encode())
    corpus = _load(tmp_path)
    for name in ("crlf.jsonl", "cr.jsonl"):
        assert [d.id.rsplit("#", 1)[1] for d in corpus.documents if name in d.id] == ["1", "2"]


def test_unpaired_surrogate_escape_becomes_a_replacement_character(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "Rents rose 9% \\ud83d in the old town, the agency said.", "source": "Wire \\udc00"}\n',
        encoding="utf-8")
    corpus = _load(tmp_path)
    doc = _doc(corpus, "feed.jsonl#1")
    assert doc.text == "Rents rose 9% \ufffd in the old town, the agency said."
    assert doc.source == "Wire \ufffd"
    assert {d.code for d in _diags(corpus, "feed.jsonl")} >= {"I005"}
    doc.model_dump_json()  # writable as JSON now


def test_json_integer_too_long_for_python_is_reported(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"text": "Fares rose 2%.", "views": ' + "7" * 5000 + "}\n",
                                         encoding="utf-8")
    (diag,) = _diags(_load(tmp_path), "feed.jsonl", "I011")
    assert diag.line == 1 and "cannot be read" in diag.message


# --- Markdown front matter ------------------------------------------------------------------

def test_front_matter_nested_thousands_deep_is_reported_not_parsed(tmp_path):
    (tmp_path / "deep.md").write_text("---\ntitle: " + "[" * 50_000 + "]" * 50_000
                                      + "\n---\nThe museum will charge 5 euros from June.\n", encoding="utf-8")
    corpus = _load(tmp_path)
    assert [d.code for d in _diags(corpus, "deep.md") if d.code != "I009"] == ["I010"]
    assert _doc(corpus, "deep.md").title is None


def test_front_matter_alias_bomb_is_not_expanded_into_a_title(tmp_path):
    rows = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for prev, name in zip("abcdefg", "bcdefgh"):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    rows += ["title: *h", "source: Valley Post", "published: 2025-04-02"]
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(rows) + "\n---\nThe pool reopens on 3 May.\n",
                                      encoding="utf-8")
    corpus = _load(tmp_path)
    doc = _doc(corpus, "bomb.md")
    assert (doc.title, doc.source, doc.published) == (None, "Valley Post", dt.date(2025, 4, 2))
    (diag,) = _diags(corpus, "bomb.md", "I010")
    assert diag.line == 10 and "'title' is not a single value" in diag.message


# --- HTML -----------------------------------------------------------------------------------

_STORY = ("<p>About 4,000 residents left the valley on Monday, the civil protection agency said.</p>"
          "<p>Schools in the valley stay closed until Friday.</p>")


@pytest.mark.parametrize("depth", [254, 300, 1500, 3000, 50_000])
def test_deeply_nested_html_keeps_its_text(tmp_path, depth):
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * depth + _STORY + "</div>" * depth
                                        + "</body></html>", encoding="utf-8")
    corpus = _load(tmp_path)
    text = _doc(corpus, "deep.html").text
    assert "About 4,000 residents left the valley" in text and "Schools in the valley" in text
    assert not _diags(corpus, "deep.html", "I007")


@pytest.mark.parametrize("tag", ["b", "span", "font", "div"])
def test_thousands_of_unclosed_tags_keep_the_text(tmp_path, tag):
    (tmp_path / "unclosed.html").write_text(f"<html><body>{'<' + tag + '>word ' * 5000}{_STORY}</body></html>",
                                            encoding="utf-8")
    corpus = _load(tmp_path)
    text = _doc(corpus, "unclosed.html").text
    assert text.endswith("Schools in the valley stay closed until Friday.")
    assert text.count("word") == 5000


def _page(depth: int) -> str:
    return ("<html><head><title>Valley cleared</title><style>p{color:red}</style></head><body>"
            "<nav><ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li></ul></nav>"
            + "<span>" * depth + "<h1>Valley cleared</h1>" + _STORY
            + "<p>Buses leave from the square every hour, the mayor said in a statement.</p>"
            "<aside><p>Related</p><ul><li>Storm hits coast</li><li>Rail line shut</li></ul></aside>"
            "<script>var x = '<p>not text</p>';</script><svg><text>logo</text></svg>"
            + "</span>" * depth + "</body></html>")


def test_html_too_deep_for_the_tree_parser_is_rendered_from_its_tags(tmp_path):
    (tmp_path / "deep.html").write_text(_page(3000), encoding="utf-8")
    (tmp_path / "shallow.html").write_text(_page(10), encoding="utf-8")
    corpus = _load(tmp_path)
    deep, shallow = _doc(corpus, "deep.html"), _doc(corpus, "shallow.html")
    assert [d.severity for d in _diags(corpus, "deep.html", "I016")] == ["info"]
    assert not _diags(corpus, "shallow.html", "I016")
    # The same lines as the tree gives, so the same offsets; metadata from the partial tree.
    assert deep.text == shallow.text and deep.title == shallow.title == "Valley cleared"
    assert deep.text.split("\n")[:5] == ["• Home", "• News", "• Sport", "• Weather", "Valley cleared"]
    assert "not text" not in deep.text and "logo" not in deep.text
    assert not deep.in_main(0, len("• Home"))  # navigation is still furniture
    at = deep.text.index("About 4,000")
    assert deep.in_main(at, at + 11)


@pytest.mark.parametrize("entity, char", [("&nbsp;", "\u00a0"), ("&#x2009;", "\u2009"), ("&thinsp;", "\u2009"),
                                          ("&#8239;", "\u202f"), ("&#160;", "\u00a0")])
def test_thousands_separators_in_html_survive_as_in_text_files(tmp_path, entity, char):
    (tmp_path / "page.html").write_text(
        f"<html><body><p>Some 42{entity}000 people marched in the capital on Saturday, police said.</p>"
        "</body></html>", encoding="utf-8")
    (tmp_path / "page.txt").write_text(f"Some 42{char}000 people marched in the capital on Saturday, police said.\n",
                                       encoding="utf-8")
    corpus = _load(tmp_path)
    html, txt = _doc(corpus, "page.html"), _doc(corpus, "page.txt")
    assert f"42{char}000 people" in html.text
    values = []
    for doc in (html, txt):
        (claim,) = [c for c in extract_document(doc) if c.kind == "quantity"]
        values.append((claim.value.low, claim.value.high, claim.value.unit))
    assert values[0] == values[1] and 42_000 >= values[0][0] and values[0][1] >= 42_000


def test_ordinary_whitespace_in_html_still_collapses(tmp_path):
    (tmp_path / "page.html").write_text("<p>Prices \u00a0 rose&nbsp; by\t\n 5%&nbsp;&nbsp;in May 2024.</p>",
                                        encoding="utf-8")
    assert _doc(_load(tmp_path), "page.html").text == "Prices rose by 5% in May 2024."


def test_deeply_nested_json_ld_is_ignored(tmp_path):
    (tmp_path / "page.html").write_text(
        '<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
        + '</script><script type="application/ld+json">' + "[" * 900 + '{"datePublished": "2024-05-02"}'
        + "]" * 900 + "</script></head><body><p>The hall seats 800 people, the council said.</p></body></html>",
        encoding="utf-8")
    assert _doc(_load(tmp_path), "page.html").published == dt.date(2024, 5, 2)


# --- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                        ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf16_and_utf32_with_a_bom_decode_with_a_note(tmp_path, codec, bom):
    text = "Rail strike\n\nTrains in the north run at 40% of the timetable on 3 June 2025.\n"
    (tmp_path / "wide.txt").write_bytes(bom + text.encode(codec))
    corpus = _load(tmp_path)
    assert _doc(corpus, "wide.txt").text == text
    (note,) = _diags(corpus, "wide.txt", "I015")
    assert note.severity == "info" and codec.upper() in note.message


def test_permission_denied_is_i003_with_a_permissions_hint(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text("The bakery closes at 6 pm on Sundays.\n", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    (diag,) = _diags(_load(tmp_path), "locked.txt")
    assert (diag.code, diag.severity) == ("I003", "error")
    assert "Permission denied" in diag.message and "permissions" in diag.hint


def test_a_file_that_vanishes_after_discovery_is_reported_not_read(tmp_path, monkeypatch):
    from factcheck.ingest import files

    victim = tmp_path / "brief.txt"
    victim.write_text("The ferry runs twice a day from 1 April.\n", encoding="utf-8")
    found = files.discover

    def discover_then_delete(*args, **kwargs):
        out = found(*args, **kwargs)
        victim.unlink()
        return out

    monkeypatch.setattr("factcheck.ingest.discover", discover_then_delete)
    corpus = _load(tmp_path)
    (diag,) = _diags(corpus, "brief.txt")
    assert diag.code == "I003" and "removed" in diag.hint
    assert not [d for d in corpus.documents if d.id.endswith("brief.txt")]


# --- names, links and folders --------------------------------------------------------------

def _bytes_name(folder: Path, name: bytes) -> Path:
    try:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
        path.write_text("Water bills rise 11% in April 2025, the utility said.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    return path


def test_file_name_that_is_not_utf8_is_read_and_printable(tmp_path, capsys):
    path = _bytes_name(tmp_path, b"caf\xe9-report.txt")
    corpus = _load(tmp_path)
    doc = _doc(corpus, "-report.txt")
    assert doc.path.endswith("caf\udce9-report.txt") and doc.id == doc.path
    assert main(["extract", str(tmp_path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "Traceback" not in out and json.loads(out)["documents"]
    assert path.exists()


def test_symlink_loops_in_a_folder_are_reported_and_the_rest_is_read(tmp_path, capsys):
    os.symlink("ring-b.txt", tmp_path / "ring-a.txt")
    os.symlink("ring-a.txt", tmp_path / "ring-b.txt")
    os.symlink("self.md", tmp_path / "self.md")
    os.symlink("missing.txt", tmp_path / "dead.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("..", tmp_path / "sub" / "up")  # a folder link back up: not followed, no loop
    corpus = _load(tmp_path)
    for name in ("ring-a.txt", "ring-b.txt", "self.md"):
        (diag,) = _diags(corpus, name)
        assert (diag.code, diag.message) == ("I003", "symbolic link loop; skipped")
    (dead,) = _diags(corpus, "dead.txt")
    assert dead.code == "I003" and "broken symbolic link" in dead.message
    assert len(corpus.documents) == 1
    assert main(["extract", str(tmp_path), "--format", "text"]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_symlink_loop_named_on_the_command_line(tmp_path, capsys):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    corpus = load_corpus([tmp_path / "loop.txt"])
    (diag,) = corpus.diagnostics
    assert (diag.code, diag.message) == ("I003", "symbolic link loop; skipped")
    assert main(["check", str(tmp_path / "loop.txt")]) == 2  # nothing could be read
    assert "Traceback" not in capsys.readouterr().err


def test_manifest_row_naming_a_symlink_loop_is_a_missing_file(tmp_path):
    os.symlink("knot.txt", tmp_path / "knot.txt")
    (tmp_path / "sources.csv").write_text("file,source\nknot.txt,Nobody\ngood.txt,Harbour Post\n", encoding="utf-8")
    corpus = _load(tmp_path)
    assert [d.code for d in _diags(corpus, "sources.csv")] == ["M007"]
    assert _doc(corpus, "good.txt").source == "Harbour Post"


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch, deny_folder):
    locked = tmp_path / "2019"
    locked.mkdir()
    (locked / "old.txt").write_text("The dam was 40 metres high.\n", encoding="utf-8")
    deny_folder(locked)
    unreadable: list[Path] = []
    from factcheck.ingest.files import discover

    diags = []
    files = discover([tmp_path], diags, unreadable)
    assert unreadable == [locked.resolve()]
    (diag,) = diags
    assert diag.code == "I003" and diag.path.endswith("2019") and "Permission denied" in diag.message
    assert not any("old.txt" in str(f) for f in files)
    corpus = _load(tmp_path)
    assert [d.code for d in _diags(corpus, "2019")] == ["I003"]


# --- publication stamps -----------------------------------------------------------------------

def test_published_stamps_are_metadata_not_event_dates(tmp_path, capsys):
    for day, name in ((3, "one.txt"), (5, "two.txt"), (7, "three.txt")):
        (tmp_path / name).write_text(f"Published {day} March 2025\n\nThe council approved a budget of "
                                     "5 million euros for the harbour wall.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    for doc in corpus.documents:
        stamp = doc.text.index("March 2025")
        assert doc.published.month == 3 and not doc.in_main(stamp, stamp + 10)
        assert doc.in_main(doc.text.index("5 million"), doc.text.index("5 million") + 9)
    code = main(["check", str(tmp_path), "--format", "text"])
    out = capsys.readouterr().out
    assert "dates.event-date" not in out and code == 0


@pytest.mark.parametrize("stamp", ["Published: 12 May 2025 08:30", "Posted on May 12, 2025", "Updated 12/05/2025",
                                   "First published on 12 May 2025"])
def test_stamp_forms_are_left_out_of_the_article(tmp_path, stamp):
    (tmp_path / "a.txt").write_text(f"Pool reopens\n{stamp}\nThe pool reopens on 20 May after a 2 million euro "
                                    "refit, the council said.\n", encoding="utf-8")
    (doc,) = load_corpus([tmp_path / "a.txt"]).documents
    at = doc.text.index(stamp)
    assert not doc.in_main(at, at + len(stamp))
    assert doc.in_main(doc.text.index("20 May"), doc.text.index("20 May") + 6)
    assert doc.in_main(0, len("Pool reopens"))


def test_a_date_in_a_sentence_stays_in_the_article(tmp_path):
    (tmp_path / "a.txt").write_text("The bridge was published in the city plan on 3 March 2025 and "
                                    "opened to traffic a year later.\n", encoding="utf-8")
    (doc,) = load_corpus([tmp_path / "a.txt"]).documents
    assert doc.main == []


def test_a_file_that_is_only_a_stamp_has_no_article_text(tmp_path):
    (tmp_path / "a.txt").write_text("Published 3 March 2025\n", encoding="utf-8")
    (doc,) = load_corpus([tmp_path / "a.txt"]).documents
    assert doc.published == dt.date(2025, 3, 3)
    assert not doc.in_main(10, 22) and doc.main


def test_manifest_rows_naming_subfolders_and_links_apply_to_their_files(tmp_path):
    (tmp_path / "wires").mkdir()
    (tmp_path / "wires" / "w1.txt").write_text("Tram fares rise 4% in May 2025, the operator said.\n", encoding="utf-8")
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "real.txt").write_text("Bus fares rise 3% in May 2025, the operator said.\n",
                                                 encoding="utf-8")
    os.symlink(os.path.join("store", "real.txt"), tmp_path / "linked.txt")
    (tmp_path / "sources.csv").write_text("file,source\nwires/w1.txt,Tram Wire\nlinked.txt,Bus Wire\n",
                                          encoding="utf-8")
    corpus = _load(tmp_path)
    assert _doc(corpus, "w1.txt").source == "Tram Wire"
    assert _doc(corpus, "real.txt").source == "Bus Wire"  # the link and its target are one file
    assert not _diags(corpus, "sources.csv")


# --- cost on pathological text (work counted, not timed) -------------------------------------

@pytest.mark.parametrize("unit", ["12/03/2024 ", "March 3, 2025 ", "Published 3 March 2025\n"])
def test_thousands_of_dates_on_one_line_are_scored_in_linear_work(monkeypatch, unit):
    from factcheck.ingest import pubdate

    read: list[int] = []
    real = pubdate._STAMP_CUE

    class Counting:
        def search(self, text):
            read.append(len(text))
            return real.search(text)

    monkeypatch.setattr(pubdate, "_STAMP_CUE", Counting())
    text = unit * (60_000 // len(unit))  # one line, or lines joined as hard-wrapped text
    found = pubdate.find_publication_date(text)
    assert len(read) >= 2_000  # every date was scored...
    assert max(read) <= 2 * pubdate.WINDOW + 10  # ...on its surroundings, not on the whole line
    if "\n" not in unit:
        assert found is None  # a line of thousands of dates is no stamp


def test_a_long_line_is_never_a_stamp_but_a_short_one_is(tmp_path):
    (tmp_path / "a.txt").write_text("Dam report\n3 March 2025\n\n" + "The dam held. " * 60
                                    + "It was inspected on 9 January 2025.\n", encoding="utf-8")
    (doc,) = load_corpus([tmp_path / "a.txt"]).documents
    assert doc.published == dt.date(2025, 3, 3)

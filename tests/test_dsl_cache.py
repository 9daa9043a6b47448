"""The per-user parse cache: Lark's tables and the AST of each rule file already parsed, so that
loading unchanged packs neither builds a parser nor imports Lark. A cached result is exactly
what parsing gives; a damaged, foreign or stale entry is never used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.dsl import parser
from factcheck.dsl.parser import parse

REPO = Path(__file__).resolve().parents[1]
TEXT = (REPO / "rules" / "quantities" / "cross-source.fc").read_text(encoding="utf-8")


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    parser._parser.cache_clear()  # built once per process: build it again, into this cache
    yield tmp_path / "cache" / "factcheck"
    parser._parser.cache_clear()


def _spans(pack):
    return [(i.span, getattr(i, "name_span", None), [(f.span, f.name_span) for f in getattr(i, "fields", ())])
            for i in pack.items]


def test_a_cached_parse_is_the_parse(cache_home):
    first, _ = parse(TEXT, "rules/x.fc")
    assert len(list((cache_home / "ast").glob("*.pickle"))) == 1
    assert any(cache_home.glob("grammar-lark*.cache"))
    again, diags = parse(TEXT, "rules/x.fc")
    assert diags == [] and again.items == first.items and _spans(again) == _spans(first)
    other, _ = parse(TEXT, "elsewhere/x.fc")  # spans carry the path: another entry
    assert other.items[0].span.path == "elsewhere/x.fc"
    assert len(list((cache_home / "ast").glob("*.pickle"))) == 2


def test_an_edited_file_is_parsed_again_and_errors_are_never_cached(cache_home):
    parse(TEXT, "x.fc")
    edited, _ = parse(TEXT.replace("severity: warning", "severity: info", 1), "x.fc")
    assert edited.items[0].fields[1].values[0].name == "info"
    broken = TEXT.replace("{", "", 1)
    for _ in range(2):
        pack, diags = parse(broken, "x.fc")
        assert pack is None and diags[0].code == "R001"


def test_a_damaged_cache_entry_is_ignored(cache_home):
    parse(TEXT, "x.fc")
    [entry] = (cache_home / "ast").glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    pack, diags = parse(TEXT, "x.fc")
    assert pack is not None and diags == []


def test_no_cache_when_asked_or_when_others_could_write_the_folder(cache_home, monkeypatch):
    assert parser.cache_folder() == cache_home
    cache_home.chmod(0o777)
    assert parser.cache_folder() is None
    cache_home.chmod(0o700)
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert parser.cache_folder() is None


def test_loading_unchanged_packs_does_not_import_lark(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FACTCHECK_NO_CACHE", None)
    probe = "import sys, factcheck; factcheck.load_rules(); print('lark' in sys.modules)"
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr for r in runs]


def test_parsing_works_when_the_cache_cannot_be_written(cache_home, tmp_path, monkeypatch):
    # Permission bits do not stop root, so the cache is made unwritable by putting things in
    # the way: a file where the AST folder goes and a folder where Lark's table file goes.
    cache_home.mkdir(mode=0o700, parents=True)
    (cache_home / "ast").write_bytes(b"")
    import lark

    (cache_home / f"grammar-lark{lark.__version__}.cache").mkdir()
    expected, _ = parse(TEXT, "x.fc")
    assert expected is not None and not (cache_home / "ast").is_dir()
    # A cache home that is a file: no cache folder at all, and parsing still works.
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    parser._parser.cache_clear()
    assert parser.cache_folder() is None
    again, diags = parse(TEXT, "x.fc")
    assert diags == [] and again.items == expected.items

"""Checking a draft against an index gives the findings a check against the files gives."""

from __future__ import annotations

import json
import sqlite3

from factcheck import api
from factcheck.cli import main
from factcheck.index.query import fetch


def _findings(report):
    return [f.model_dump() for f in report.findings]


def _against_files(draft_paths, archive_paths, rules=None):
    checked = api.load_corpus(draft_paths)
    sources = api.load_corpus(archive_paths)
    seen = {d.id for d in checked.documents}
    docs = api.regroup(list(checked.documents) + [d for d in sources.documents if d.id not in seen])
    return api.check(docs, rules, focus=[d.id for d in checked.documents])


def _against_index(draft_paths, db, rules=None):
    checked = api.load_corpus(draft_paths)
    return api.check(checked.documents, rules, focus=[d.id for d in checked.documents], index=db)


def test_examples_draft_against_index_gives_the_same_findings_as_against_the_files(in_repo, tmp_path):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db)
    by_files = _against_files(["examples/draft.md"], ["examples/"])
    by_index = _against_index(["examples/draft.md"], db)
    assert by_files.findings, "the example draft has planted errors"
    assert _findings(by_index) == _findings(by_files)


def test_cli_json_report_against_index_matches_the_files(in_repo, tmp_path, capsys):
    db = tmp_path / "examples.db"
    assert main(["index", "examples/", "--db", str(db), "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["check", "examples/draft.md", "--against", "examples/", "--format", "json"]) == 1
    by_files = json.loads(capsys.readouterr().out)
    assert main(["check", "examples/draft.md", "--against", str(db), "--format", "json"]) == 1
    by_index = json.loads(capsys.readouterr().out)
    assert by_index["findings"] == by_files["findings"]


def test_a_synthetic_draft_against_index_matches_the_files(tmp_path, synth, monkeypatch):
    monkeypatch.chdir(tmp_path)
    synth.generate(tmp_path / "archive", 40, seed=5, per_folder=20)
    (tmp_path / "draft.md").write_text(synth.draft(40, seed=5, words=300), encoding="utf-8")
    api.build_index(["archive"], "a.db")
    by_files = _against_files(["draft.md"], ["archive"])
    assert by_files.findings
    assert _findings(_against_index(["draft.md"], "a.db")) == _findings(by_files)


def test_only_claims_that_share_a_key_are_read(in_repo, tmp_path):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db)
    rules = api.load_rules()
    draft = api.load_corpus(["examples/draft.md"]).documents
    piece = fetch(db, rules, draft, api.extract(draft), {d.id for d in draft})
    every = len(api.extract(api.load_corpus(["examples/"]).documents))
    assert 0 < len(piece.claims) < every / 3
    assert all(d.id != "examples/draft.md" for d in piece.documents)


def test_a_check_with_other_rules_rekeys_the_index_and_still_matches(in_repo, tmp_path):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db)
    rules = api.load_rules(["rules/quantities"])
    by_files = _against_files(["examples/draft.md"], ["examples/"], rules)
    by_index = _against_index(["examples/draft.md"], db, rules)
    assert _findings(by_index) == _findings(by_files)
    assert any(d.code == "X901" for d in by_index.diagnostics)


def test_syndicated_copies_share_a_group_in_the_index(in_repo, tmp_path):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db)
    groups = dict(sqlite3.connect(db).execute("SELECT doc_id, grp FROM documents"))
    assert groups["examples/harbour-post.txt"] == groups["examples/coastline-wire.md"]
    assert groups["examples/draft.md"] == "examples/draft.md"


def test_a_draft_copied_from_the_archive_is_not_contradicted_by_its_original(tmp_path, monkeypatch, in_repo):
    db = tmp_path / "examples.db"
    api.build_index(["examples/"], db)
    copy = tmp_path / "copy.md"
    original = (in_repo / "examples" / "coastline-wire.md").read_text(encoding="utf-8")
    copy.write_text(original.replace("Coastline Wire", "Copy Desk", 1), encoding="utf-8")
    by_files = _against_files([str(copy)], ["examples/"])
    by_index = _against_index([str(copy)], db)
    assert _findings(by_index) == _findings(by_files)
    for f in by_index.findings:
        assert "coastline-wire" not in " ".join(c.doc for c in f.claims)


def test_an_index_and_article_files_can_be_checked_against_together(in_repo, tmp_path, capsys):
    db = tmp_path / "part.db"
    api.build_index(["examples/coastline-wire.md", "examples/vessa-daily.txt"], db)
    assert main(["check", "examples/draft.md", "--against", "examples/", "--format", "json"]) == 1
    by_files = json.loads(capsys.readouterr().out)
    others = ["examples/northern-gazette.md", "examples/radio-meridian.txt", "examples/harbour-post.txt"]
    assert main(["check", "examples/draft.md", "--against", str(db), *others, "--format", "json"]) == 1
    mixed = json.loads(capsys.readouterr().out)
    assert {(f["rule"], f["claims"][0]["start"]) for f in mixed["findings"]} == \
        {(f["rule"], f["claims"][0]["start"]) for f in by_files["findings"]}

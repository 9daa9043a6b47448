"""Accepting a finding from the page: the baseline file gains an entry with reason, who and when;
the finding stays in the report, marked; `factcheck check --baseline` reads the same file; and
only the page (its CSRF token, its origin) may write it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import DRAFT, REPO

TOKEN_HEADER = "X-CSRF-Token"


@pytest.fixture(scope="module")
def token(client) -> str:
    import lxml.html

    return lxml.html.document_fromstring(client.get("/").text).xpath("//meta[@name='csrf-token']/@content")[0]


def _findings(client, **extra):
    return client.post("/api/check", json={"text": DRAFT, **extra}).json()["findings"]


def _accept(client, token, fingerprint, reason="checked with the agency", who="A. Editor", headers=None, **extra):
    body = {"text": DRAFT, "fingerprint": fingerprint, "reason": reason, "who": who, **extra}
    return client.post("/api/accept", json=body, headers={TOKEN_HEADER: token, **(headers or {})})


def test_accept_needs_the_page_token(client, baseline_path):
    fingerprint = _findings(client)[0]["fingerprint"]
    response = client.post("/api/accept", json={"text": DRAFT, "fingerprint": fingerprint, "reason": "r", "who": "w"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "csrf"
    assert _accept(client, "not-the-token", fingerprint).status_code == 403
    assert not baseline_path.exists()


def test_accept_refuses_a_cross_site_origin(client, token, baseline_path):
    fingerprint = _findings(client)[0]["fingerprint"]
    response = _accept(client, token, fingerprint, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "cross_site"
    assert not baseline_path.exists()


def test_a_text_body_cannot_accept(client, token):
    response = client.post("/api/accept", content=DRAFT.encode(), headers={TOKEN_HEADER: token, "Content-Type": "text/plain"})
    assert response.status_code == 415


@pytest.mark.parametrize("field, value, words", [("reason", "   ", "reason: Value error, must not be blank"),
                                                 ("who", "", "who: String should have at least 1 character")])
def test_accept_requires_a_reason_and_a_name(client, token, field, value, words):
    fingerprint = _findings(client)[0]["fingerprint"]
    response = _accept(client, token, fingerprint, **{field: value})
    assert response.status_code == 422 and response.json()["error"]["message"] == words


def test_accept_of_a_finding_not_in_the_report_is_404(client, token, baseline_path):
    response = _accept(client, token, "0123456789abcdef")
    assert response.status_code == 404 and response.json()["error"]["code"] == "no_such_finding"
    assert not baseline_path.exists()


def test_accept_records_the_finding_and_it_stays_in_the_report_marked(client, token, baseline_path, monkeypatch):
    finding = _findings(client, name="examples/draft.md")[3]
    response = _accept(client, token, finding["fingerprint"], name="examples/draft.md",
                       reason="The talks were on Thursday: the ministry's calendar says so.")
    assert response.status_code == 200, response.text
    data = json.loads(baseline_path.read_text(encoding="utf-8"))
    assert data["schema"] == "factcheck.baseline/1"
    [entry] = data["findings"]
    assert entry["fingerprint"] == finding["fingerprint"] and entry["rule"] == finding["rule"]
    assert entry["reason"] == "The talks were on Thursday: the ministry's calendar says so."
    assert entry["accepted_by"] == "A. Editor" and entry["accepted_at"].endswith("Z")
    assert entry["claims"][0].startswith("examples/draft.md:")

    after = client.post("/api/check", json={"text": DRAFT, "name": "examples/draft.md"}).json()
    marked = [f for f in after["findings"] if f["suppression"]]
    assert [f["fingerprint"] for f in marked] == [finding["fingerprint"]]
    assert marked[0]["suppression"]["reason"] == entry["reason"]
    assert after["summary"]["findings"] == 7 and after["summary"]["suppressed"] == 1

    # The CLI reads the file the page wrote: the same finding is accepted there.
    run = subprocess.run([sys.executable, "-m", "factcheck", "check", "examples/draft.md", "--against", "examples/",
                          "--baseline", str(baseline_path), "--format", "json"],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["summary"]["suppressed"] == 1


def test_accepting_again_replaces_the_entry_and_keeps_the_others(client, token, baseline_path):
    findings = _findings(client, name="examples/draft.md")
    assert _accept(client, token, findings[0]["fingerprint"], name="examples/draft.md").status_code == 200
    assert _accept(client, token, findings[3]["fingerprint"], name="examples/draft.md", reason="new reason",
                   who="B. Editor").status_code == 200
    entries = {e["fingerprint"]: e for e in json.loads(baseline_path.read_text(encoding="utf-8"))["findings"]}
    assert len(entries) == 2
    assert entries[findings[3]["fingerprint"]]["reason"] == "new reason"


def test_a_broken_baseline_file_is_reported_not_overwritten(client, token, baseline_path):
    fingerprint = _findings(client)[0]["fingerprint"]
    baseline_path.write_text("{ not json", encoding="utf-8")
    try:
        for response in (_accept(client, token, fingerprint), client.post("/api/check", json={"text": DRAFT})):
            error = response.json()["error"]
            assert response.status_code == 409 and error["code"] == "baseline_unreadable"
            assert error["message"].endswith("baseline is not valid JSON (line 1, column 3)\n"
                                             "  hint: restore it from version control, or rewrite it with --write-baseline")
        assert baseline_path.read_text(encoding="utf-8") == "{ not json"
    finally:
        baseline_path.unlink()


def test_without_a_baseline_file_accept_says_how_to_get_one(tmp_path):
    from fastapi.testclient import TestClient

    from factcheck.serve import Desk, DeskConfig, create_app

    desk = Desk.open(DeskConfig())
    with TestClient(create_app(desk)) as c:
        import lxml.html

        token = lxml.html.document_fromstring(c.get("/").text).xpath("//meta[@name='csrf-token']/@content")[0]
        fingerprint = c.post("/api/check", json={"text": DRAFT}).json()["findings"][0]["fingerprint"]
        error = _accept(c, token, fingerprint).json()["error"]
    assert error["code"] == "no_baseline" and "--baseline FILE" in error["hint"]

"""The HTTP API a CMS calls: the report contract (byte for byte what `factcheck check --format
json` prints), the rule list, health, OpenAPI, and a clear JSON error for every bad request."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factcheck import api
from factcheck.render import render

from .conftest import DRAFT, REPO

SCHEMA = json.loads((REPO / "docs" / "schema" / "report.schema.json").read_text(encoding="utf-8"))


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["status"] == status and error["code"] == code
    return error


def test_check_returns_the_same_report_as_the_cli(client, monkeypatch):
    monkeypatch.chdir(REPO)
    response = client.post("/api/check", json={"text": DRAFT, "name": "examples/draft.md"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    cli = render(api.check_against(api.load_corpus(["examples/draft.md"]), api.load_sources(["examples/"])), "json")
    assert response.text == cli
    report = response.json()
    jsonschema.validate(report, SCHEMA)
    assert report["schema"] == "factcheck.report/2"
    assert report["summary"]["findings"] == 8
    assert all(any(c["doc"] == "examples/draft.md" for c in f["claims"]) for f in report["findings"])


def test_claim_offsets_point_into_the_text_sent(client):
    text = "🌊 " + DRAFT  # a character outside the BMP first: offsets count code points
    report = client.post("/api/check", json={"text": text}).json()
    draft_claims = [c for f in report["findings"] for c in f["claims"] if c["doc"] == "draft.md"]
    assert draft_claims and all(text[c["start"]:c["end"]] == c["text"] for c in draft_claims)


def test_a_draft_may_be_sent_as_text_with_metadata_in_the_query(client):
    response = client.post("/api/check?published=2025-10-17&source=Desk%20B&name=story.md",
                           content=DRAFT.encode(), headers={"Content-Type": "text/markdown; charset=utf-8"})
    assert response.status_code == 200, response.text
    doc = next(d for d in response.json()["documents"] if d["id"] == "story.md")
    assert (doc["published"], doc["source"], doc["format"]) == ("2025-10-17", "Desk B", "md")


def test_form_metadata_overrides_the_front_matter(client):
    report = client.post("/api/check", json={"text": DRAFT, "published": "2025-10-20", "source": "Other desk"}).json()
    doc = next(d for d in report["documents"] if d["id"] == "draft.md")
    assert (doc["published"], doc["source"]) == ("2025-10-20", "Other desk")


def test_plain_text_and_html_drafts_are_read_by_their_readers(client):
    body = "<html><body><p>Meridian, 16 October 2025. Some 120,000 people are still out of their homes.</p></body></html>"
    report = client.post("/api/check", json={"text": body, "name": "draft.html"}).json()
    assert report["documents"][[d["id"] for d in report["documents"]].index("draft.html")]["format"] == "html"
    report = client.post("/api/check", json={"text": "Some 120,000 people left.", "format": "txt"}).json()
    assert any(d["id"] == "draft.md" and d["format"] == "txt" for d in report["documents"])


def test_an_undated_draft_is_checked_and_its_note_names_the_draft(client):
    report = client.post("/api/check", json={"text": "About 40 people were hurt.", "name": "note.txt"}).json()
    assert [d["code"] for d in report["diagnostics"]] == ["I009"]
    assert report["diagnostics"][0]["path"] == "note.txt"


def test_rules_lists_the_rules_the_server_runs(client):
    rules = client.get("/api/rules").json()["rules"]
    assert [r["id"] for r in rules] == [r.id for r in api.load_rules().rules]
    assert {"id", "title", "severity", "explanation"} <= set(rules[0])


def test_healthz(client):
    assert client.get("/healthz").json() == {"status": "ok", "rules": len(api.load_rules().rules),
                                             "documents": 6, "index": False}


def test_openapi_describes_the_api_and_no_page_loads_a_cdn(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/check", "/api/rules", "/healthz", "/api/export", "/api/accept"} <= set(spec["paths"])
    assert "application/json" in spec["paths"]["/api/check"]["post"]["requestBody"]["content"]
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from a CDN


# -- bad requests -----------------------------------------------------------------------------
@pytest.mark.parametrize("body, status, code, words", [
    (b'{"text": "x",}', 400, "bad_json", "not valid JSON: Expecting property name"),
    (b'["a list"]', 422, "bad_field", 'a JSON object with a "text" field'),
    (b'{"name": "a.md"}', 422, "bad_field", "text: Field required"),
    (b'{"text": "x", "published": "16/10/2025"}', 422, "bad_field", "published:"),
    (b'{"text": "x", "colour": "red"}', 422, "bad_field", "colour: Extra inputs are not permitted"),
    (b'{"text": "x", "format": "docx"}', 422, "bad_field", "format:"),
    (b'{"text": "x", "source": "a\\u001b[31mb"}', 422, "bad_field", "control characters"),
    (b'{"text": "   "}', 422, "empty_draft", "the draft is empty"),
    (b'{"text": "PK\\u0000\\u0003 word file"}', 422, "not_text", "not text"),
    ('{"text": "caf\u00e9"}'.encode("latin-1"), 400, "not_utf8", "byte 0xE9 at offset 13"),
])
def test_a_bad_body_gets_a_located_4xx(client, body, status, code, words):
    response = client.post("/api/check", content=body, headers={"Content-Type": "application/json"})
    assert words in _error(response, status, code)["message"]


def test_a_malformed_body_lists_every_bad_field(client):
    response = client.post("/api/check", json={"published": "yesterday", "name": ""})
    problems = _error(response, 422, "bad_field")["problems"]
    assert {p["field"] for p in problems} == {"text", "published", "name"}


def test_an_unsupported_content_type_is_415(client):
    response = client.post("/api/check", content=b"text=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert "send application/json" in _error(response, 415, "unsupported_media_type")["hint"]


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, desk):
    big = b"x" * (desk.config.max_body_bytes + 1)
    error = _error(client.post("/api/check", content=big, headers={"Content-Type": "text/plain"}), 413, "body_too_large")
    assert error["message"] == "request body is 64 KB, over the 64 KB limit"


def test_a_streamed_body_without_a_length_is_cut_at_the_limit(client, desk):
    def chunks():
        for _ in range(100):
            yield b"y" * 4096

    error = _error(client.post("/api/check", content=chunks(), headers={"Content-Type": "text/plain"}), 413, "body_too_large")
    assert error["message"].startswith("request body is over ")


def test_a_draft_over_the_length_limit_says_by_how_much(client):
    text = "word " * 4001  # 20,005 characters: within the body limit, over the draft limit
    error = _error(client.post("/api/check", json={"text": text}), 413, "draft_too_long")
    assert error["message"] == "the draft is 20,005 characters, over the 20,000 limit"


def test_unknown_pages_and_methods_are_json_errors(client):
    _error(client.get("/api/nothing"), 404, "not_found")
    _error(client.get("/api/check"), 405, "method_not_allowed")
    _error(client.get("/static/..%2Fapp.py"), 404, "not_found")
    _error(client.get("/static/index.html"), 404, "not_found")


# -- safety -----------------------------------------------------------------------------------
XSS = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


def test_an_xss_probe_in_the_draft_comes_back_as_data_and_is_escaped_in_exports(client):
    text = f"{XSS}\n\nMeridian, 16 October 2025. Some 120,000 {XSS} people are still out of their homes."
    response = client.post("/api/check", json={"text": text, "name": XSS})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    exported = client.post("/api/export?to=html", json={"text": text, "name": XSS})
    assert exported.status_code == 200 and "<script>document" not in exported.text and "<img src=x" not in exported.text
    assert "&lt;script&gt;" in exported.text
    import re

    assert re.fullmatch(r'attachment; filename="[A-Za-z0-9._-]+\.factcheck\.html"', exported.headers["content-disposition"])


def test_the_page_forbids_inline_script_and_escapes_what_it_shows(client):
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"
    import lxml.html

    dom = lxml.html.document_fromstring(page.text)
    assert all(s.get("src", "").startswith("/static/") and not (s.text or "").strip() for s in dom.iter("script"))
    assert not dom.xpath("//@*[starts-with(name(), 'on')]")  # no inline event handlers either
    assert len(dom.xpath("//meta[@name='csrf-token']/@content")[0]) >= 32
    for href in dom.xpath("//link/@href | //script/@src"):
        assert client.get(href).status_code == 200


def test_exports_in_each_format(client):
    for fmt, media, ending in (("html", "text/html", "html"), ("markdown", "text/markdown", "md"),
                               ("json", "application/json", "json")):
        response = client.post(f"/api/export?to={fmt}", json={"text": DRAFT, "name": "kalla.md"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media)
        assert response.headers["content-disposition"] == f'attachment; filename="kalla.factcheck.{ending}"'
    assert client.post("/api/export?to=pdf", json={"text": DRAFT}).status_code == 422


def test_an_export_of_a_text_body_keeps_the_draft_format_apart_from_the_export_format(client):
    response = client.post("/api/export?to=markdown&name=kalla.md", content=DRAFT.encode(),
                           headers={"Content-Type": "text/markdown"})
    assert response.status_code == 200 and response.text.startswith("#")
    assert response.headers["content-disposition"] == 'attachment; filename="kalla.factcheck.md"'


def test_the_draft_name_is_a_label_never_a_path_that_is_read(client):
    report = client.post("/api/check", json={"text": "Some 12 people were hurt.", "name": "/etc/passwd"}).json()
    [doc] = [d for d in report["documents"] if d["id"] == "/etc/passwd"]
    assert report["summary"]["claims"] < 100 and doc["format"] == "md"  # the text sent, read as Markdown

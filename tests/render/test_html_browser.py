"""The HTML report in a real headless Chromium: it renders, the highlighted spans are the claims,
no script from an article runs, and the page logs no console errors. Skipped without Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from factcheck.render import html

from .conftest import HOSTILE_CLAIM, SCRIPT, WRAPPED_CLAIM

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium binary on PATH")

_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
          "--enable-logging=stderr", "--v=0"]


def _chromium(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    cmd = [BROWSER, *_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _page_errors(stderr: str) -> list[str]:
    # Chromium logs page console messages as CONSOLE lines; CSP refusals and uncaught exceptions
    # would show there. Its own start-up noise (dbus, GPU) is not the page's.
    return [line for line in stderr.splitlines()
            if re.search(r"CONSOLE|Uncaught|Refused to|Content Security Policy", line)]


def _dump(tmp_path: Path, report) -> tuple[object, str, str]:
    source = html.render(report)
    page = tmp_path / "report.html"
    page.write_text(source, encoding="utf-8")
    run = _chromium(tmp_path, page, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    return lxml.html.document_fromstring(run.stdout), run.stderr, source


def test_browser_shows_hostile_text_without_running_it(tmp_path, small):
    dom, stderr, source = _dump(tmp_path, small)
    # The article's script would rename the page and add #pwned; the live DOM shows neither.
    assert dom.findtext(".//title") == "factcheck report: 2 findings"
    assert not dom.xpath("//*[@id='pwned'] | //script | //img")
    assert "document.title='pwned'" in dom.xpath("string((//article[@id='f1']//blockquote)[2])")
    assert _page_errors(stderr) == []
    # Nothing rewrote the page: the browser's DOM has the elements the file has, in order.
    assert [e.tag for e in dom.iter() if isinstance(e.tag, str)] == \
        [e.tag for e in lxml.html.document_fromstring(source).iter() if isinstance(e.tag, str)]


def test_the_harness_would_see_a_script_that_runs(tmp_path):
    # Control: the same payload as live markup does change the dumped DOM, so the test above
    # would fail if escaping ever broke.
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>clean</title></head><body>{SCRIPT}</body></html>",
                    encoding="utf-8")
    run = _chromium(tmp_path, page, "--dump-dom")
    dom = lxml.html.document_fromstring(run.stdout)
    assert dom.findtext(".//title") == "pwned" and dom.xpath("//*[@id='pwned']")


def test_the_harness_would_see_console_errors(tmp_path):
    page = tmp_path / "control.html"
    page.write_text("<!DOCTYPE html><html><head><title>c</title></head><body>"
                    "<script>undefinedFunction()</script></body></html>", encoding="utf-8")
    errors = _page_errors(_chromium(tmp_path, page, "--dump-dom").stderr)
    assert any("Uncaught ReferenceError" in e for e in errors)


def test_browser_highlights_exactly_the_claims(tmp_path, small):
    dom, _, _ = _dump(tmp_path, small)
    marks = [m.text_content() for m in dom.xpath("//section[@id='findings']//mark")]
    assert marks == [WRAPPED_CLAIM, HOSTILE_CLAIM, "10 October", "12 October"]


def test_browser_renders_the_example_corpus_report(tmp_path, corpus):
    dom, stderr, _ = _dump(tmp_path, corpus)
    assert len(dom.xpath("//section[@id='findings']/article")) == len(corpus.findings)
    assert [m.text_content() for m in dom.xpath("//main//mark")] == \
        [c.text for f in corpus.findings for c in f.claims]
    assert _page_errors(stderr) == []


def test_browser_paints_the_page(tmp_path, corpus):
    page = tmp_path / "report.html"
    page.write_text(html.render(corpus), encoding="utf-8")
    shot = tmp_path / "report.png"
    run = _chromium(tmp_path, page, "--window-size=1280,1600", f"--screenshot={shot}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_browser_shows_the_same_figure_keys_beside_the_quotes(tmp_path, keyed):
    dom, stderr, _ = _dump(tmp_path, keyed)
    same = dom.xpath("//article[@id='f1']/div[@class='same']")[0]
    assert same.getnext().get("class") == "quotes"
    assert " ".join(same.text_content().split()) == (
        "Same figure:measure displaced (read from left their homes / out of their homes)"
        "period 2025 (read from this year)none stated subject")
    assert len(dom.xpath("//article[@id='f1']//mark")) == 3
    assert dom.xpath("string(//article[@id='f1']/p[@class='more'])") == "\u2026 and 4 more claims not listed."
    assert _page_errors(stderr) == []


def test_browser_shows_control_characters_of_hostile_names_as_escapes(tmp_path, hostile_names):
    dom, stderr, _ = _dump(tmp_path, hostile_names)
    caption = dom.xpath("string(//article[@id='f1']//figure[1]//code)")
    assert caption.startswith("news/a.md\\nnews/fake.md:1:1:") and "\x1b" not in caption
    assert _page_errors(stderr) == []

"""The page's accessibility basics, checked on its source: every control has a label, the
colours of text on their backgrounds keep WCAG AA contrast (4.5:1), and the script puts text
from drafts and sources into the page only as text."""

from __future__ import annotations

import re
from importlib import resources

import lxml.html
import pytest

STATIC = resources.files("factcheck.serve").joinpath("static")
CSS = STATIC.joinpath("app.css").read_text(encoding="utf-8")
JS = STATIC.joinpath("app.js").read_text(encoding="utf-8")
HTML = STATIC.joinpath("index.html").read_text(encoding="utf-8")

COLOURS = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-f]{6})", CSS))

#: (text, background) pairs the stylesheet uses for text.
PAIRS = [
    ("ink", "paper"), ("ink", "wash"), ("muted", "paper"), ("muted", "wash"), ("accent", "paper"),
    ("#ffffff", "accent"), ("error", "error-bg"), ("ink", "error-bg"), ("ink", "warning-bg"), ("ink", "info-bg"),
    ("ink", "accepted-bg"), ("muted", "accepted-bg"), ("#ffffff", "error"), ("#ffffff", "warning"),
    ("#ffffff", "info"), ("#ffffff", "accepted"), ("#ffffff", "ink"),
]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("text, background", PAIRS)
def test_text_colours_keep_aa_contrast(text, background):
    colour = lambda name: name if name.startswith("#") else COLOURS[name]  # noqa: E731
    assert _contrast(colour(text), colour(background)) >= 4.5


def test_every_control_has_a_label():
    dom = lxml.html.document_fromstring(HTML)
    for control in dom.xpath("//input | //select | //textarea"):
        labelled = control.xpath("ancestor::label") or dom.xpath(f"//label[@for='{control.get('id')}']") \
            or control.get("aria-label")
        assert labelled, lxml.html.tostring(control)
    for button in dom.xpath("//button"):
        assert button.text_content().strip() or button.get("aria-label")


def test_the_script_never_writes_markup():
    # Text from drafts and sources goes in with textContent / text nodes; markup APIs would let
    # it run.
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", JS)


def test_focus_is_always_visible():
    assert re.search(r":focus-visible\s*\{[^}]*outline:\s*3px solid", CSS)
    assert "outline: none" not in CSS and "outline:none" not in CSS


def test_source_paths_shown_on_the_page_are_escaped(tmp_path):
    from fastapi.testclient import TestClient

    from factcheck.serve import Desk, DeskConfig, create_app

    folder = tmp_path / "<img src=x onerror=alert(1)>"
    folder.mkdir()
    (folder / "a.txt").write_text("Meridian, 14 October 2025. About 12,000 people left.\n", encoding="utf-8")
    desk = Desk.open(DeskConfig(against=(str(folder),)))
    with TestClient(create_app(desk)) as client:
        page = client.get("/").text
    dom = lxml.html.document_fromstring(page)
    assert not dom.xpath("//img")
    assert "onerror=alert(1)>" in dom.xpath("string(//p[@class='against'])")

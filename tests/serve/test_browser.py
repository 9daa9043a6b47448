"""The page in a real headless Chromium (Debian's chromium and chromedriver, driven by Selenium;
skipped when either is missing): paste the example draft, see its eight findings highlighted in
place and listed in document order, move between them with the keyboard, open one, accept it
with a reason, export the report. Screenshots at 1280 px and 400 px are saved for review (in
FACTCHECK_SCREENSHOTS when set, e.g. docs/images, else in the test's temporary folder)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from factcheck.serve import Desk, DeskConfig

from .conftest import DRAFT, EXAMPLES, LiveServer

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
pytestmark = pytest.mark.skipif(BROWSER is None or DRIVER is None, reason="no chromium or chromedriver on PATH")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    baseline = tmp_path_factory.mktemp("browser") / "accepted.json"
    desk = Desk.open(DeskConfig(against=(str(EXAMPLES),), baseline=str(baseline)))
    with LiveServer(desk) as live:
        live.baseline = baseline
        yield live
    desk.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-extensions", "--window-size=1280,1000", "--force-device-scale-factor=1",
                 f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 20):
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))


def _shots() -> Path | None:
    folder = os.environ.get("FACTCHECK_SCREENSHOTS")
    return Path(folder) if folder else None


def _paste(driver, text: str) -> None:
    # What a paste does: the value changes and an input event fires.
    area = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1];"
                          "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text)


def _console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_the_editors_desk_end_to_end(server, browser, downloads, tmp_path):
    d = browser
    d.get(server.url + "/")
    assert d.title == "factcheck — editor's desk"
    _paste(d, DRAFT)  # checked a moment after typing stops, without pressing Check

    items = _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#findings li[data-item]"))
    _wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#findings li[data-item]")) == 8)
    items = d.find_elements(By.CSS_SELECTOR, "#findings li[data-item]")
    lines = [int(li.find_element(By.CLASS_NAME, "where").text.split()[1].split(":")[0]) for li in items]
    assert lines == sorted(lines) and lines[0] == 8 and lines[-1] == 18  # document order
    assert all("sev-warning" in li.get_attribute("class") for li in items)

    report = json.loads(d.execute_script(
        "const r = await fetch('/api/check', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        " body: JSON.stringify({text: arguments[0]})}); return await r.text();", DRAFT))
    draft_claims = {c["text"] for f in report["findings"] for c in f["claims"] if c["doc"] == "draft.md"}
    marks = d.find_elements(By.CSS_SELECTOR, "#view mark")
    assert {m.text for m in marks} == draft_claims  # every planted error underlined in place
    assert d.find_element(By.ID, "view").text == DRAFT.rstrip("\n")  # and the draft is otherwise intact

    for width, height, name, at in ((1280, 1000, "serve-1280.png", None), (400, 1400, "serve-400.png", None),
                                    (400, 1400, "serve-400-findings.png", "findings")):
        d.set_window_size(width, height)
        if at:
            d.execute_script("document.getElementById(arguments[0]).scrollIntoView()", at)
        time.sleep(0.2)
        assert d.execute_script("return document.documentElement.scrollWidth") <= width  # no sideways scrolling
        for folder in filter(None, (tmp_path, _shots())):
            folder.mkdir(parents=True, exist_ok=True)
            assert d.save_screenshot(str(folder / name))
    d.set_window_size(1280, 1000)
    d.execute_script("window.scrollTo(0, 0)")

    # Keyboard: j moves to the next finding, Enter opens it, Escape closes it.
    items[0].click()
    d.find_element(By.ID, "close").click()
    body = d.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    assert d.find_element(By.CSS_SELECTOR, "#findings li[aria-current='true']").get_attribute("id") == "finding-1"
    d.switch_to.active_element.send_keys(Keys.ENTER)
    panel = d.find_element(By.ID, "detail")
    _wait(d, lambda d: panel.is_displayed())
    d.switch_to.active_element.send_keys(Keys.ESCAPE)
    _wait(d, lambda d: not panel.is_displayed())

    # Open the finding on the talks' date by clicking its highlight.
    mark = next(m for m in d.find_elements(By.CSS_SELECTOR, "#view mark") if "October 16" in m.text)
    mark.click()
    _wait(d, lambda d: panel.is_displayed())
    text = panel.text
    assert "Two sources date the same event differently" in text
    assert "The Northern Gazette" in text and "Radio Meridian" in text  # every source's sentence
    assert "Why these were judged the same figure" in text and "event" in text
    assert "About this rule" in text
    assert len(panel.find_elements(By.CSS_SELECTOR, "blockquote mark")) == 3
    if _shots():
        d.save_screenshot(str(_shots() / "serve-finding.png"))

    # Accept it: a reason is required.
    d.find_element(By.ID, "who").send_keys("A. Editor")
    d.find_element(By.ID, "accept").click()
    assert "reason" in d.find_element(By.ID, "accept-status").text
    assert not server.baseline.exists()
    d.find_element(By.ID, "reason").send_keys("Confirmed with the ministry: the talks were on Thursday.")
    d.find_element(By.ID, "accept").click()
    _wait(d, lambda d: server.baseline.exists())
    [entry] = json.loads(server.baseline.read_text(encoding="utf-8"))["findings"]
    assert entry["rule"] == "dates.event-date" and entry["accepted_by"] == "A. Editor"
    assert entry["reason"] == "Confirmed with the ministry: the talks were on Thursday."
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#view mark.is-accepted"))
    accepted = d.find_elements(By.CSS_SELECTOR, "#findings li.is-accepted")
    assert len(accepted) == 1 and "accepted" in accepted[0].text.lower()
    assert len(d.find_elements(By.CSS_SELECTOR, "#findings li[data-item]")) == 8  # it stays listed
    assert "Accepted: Confirmed with the ministry" in panel.text

    # Export the report.
    d.find_element(By.ID, "close").click()
    d.find_element(By.CSS_SELECTOR, "[data-export='json']").click()
    target = downloads / "draft.factcheck.json"
    _wait(d, lambda d: target.exists() and target.stat().st_size > 0)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert (exported["summary"]["findings"], exported["summary"]["suppressed"]) == (7, 1)
    assert _console_errors(d) == []


def test_an_error_from_the_server_is_shown_on_the_page(server, browser):
    d = browser
    d.get(server.url + "/")
    _paste(d, "x" * 200_001)
    error = _wait(d, lambda d: d.find_element(By.ID, "error").is_displayed() and d.find_element(By.ID, "error"))
    assert "the draft is 200,001 characters, over the 200,000 limit" in error.text


def test_script_in_the_draft_is_shown_not_run(server, browser):
    d = browser
    d.get(server.url + "/")
    probe = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
    _paste(d, DRAFT.replace("Four days after", f"{probe} Four days after"))
    _wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "#view mark"))
    assert d.title == "factcheck — editor's desk"
    assert not d.find_elements(By.CSS_SELECTOR, "#view img, #view script, #findings img")
    assert probe in d.find_element(By.ID, "view").text


def test_an_uploaded_file_is_read_like_the_cli_reads_it(server, browser, tmp_path):
    d = browser
    d.get(server.url + "/")
    upload = tmp_path / "kalla-café.md"
    upload.write_bytes(DRAFT.replace("Four days", "Caf\u00e9 owners said: four days").encode("cp1252"))
    d.find_element(By.ID, "upload").send_keys(str(upload))
    _wait(d, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#findings li[data-item]")) == 8)
    assert d.find_element(By.ID, "name").get_attribute("value") == "kalla-café.md"
    assert "Café owners said" in d.find_element(By.ID, "view").text
    assert "not UTF-8: it was read as Windows-1252" in d.find_element(By.ID, "status").text

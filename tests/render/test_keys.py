"""Every format shows why the claims were taken for one figure (the identity keys they share,
with the words they were read from) and every listed claim, counting those not listed."""

from __future__ import annotations

import json

import lxml.html

from factcheck.render import html, markdown, sarif, table, text
from factcheck.render import json as json_render

SAME_TEXT = "[same: measure=displaced, period=2025; none stated: subject]"


def test_text_line_ends_with_the_shared_keys_and_counts_claims_not_listed(keyed):
    assert text.render(keyed) == (
        "draft.md:2:6: warning quantities.cross-source Our draft gives 120,000 people for displaced; "
        "Wire gives 12,000 people (108,000 people apart) \u2014 values given: 12,000 people (Wire); "
        "12,500 people (Radio); 120,000 people (Our draft) (see wire.txt:7:7; radio.txt:3:6; 4 more) "
        f"{SAME_TEXT}\n")


def test_text_line_has_no_key_suffix_when_the_finding_has_no_keys(small):
    assert not any("[same:" in line for line in text.render(small).splitlines())


def test_table_shows_the_keys_under_the_message_and_every_listed_claim(keyed):
    rows = table.render(keyed).splitlines()
    message = [r.split("|")[3].strip() for r in rows[3:-2]]
    claims = [r.split("|")[4].strip() for r in rows[3:-2]]
    assert message[6:] == ["Same figure: measure=displaced (left their", "homes / out of their homes), period=2025",
                           "(this year); none stated: subject"]
    assert claims[:7] == ["Our draft (draft.md:2:6):", "'120,000 people' = 120,000 people",
                          "Wire (wire.txt:7:7):", "'12,000 people' = 12,000 people",
                          "Radio (radio.txt:3:6):", "'12,500 people' = 12,500 people",
                          "\u2026 and 4 more claims not listed"]


def test_markdown_says_same_figure_with_the_words_read_and_lists_every_claim(keyed):
    out = markdown.render(keyed).splitlines()
    assert ("**Same figure:** measure **displaced** (read from \u201cleft their homes\u201d / "
            "\u201cout of their homes\u201d); period **2025** (read from \u201cthis year\u201d); "
            "none stated: subject") in out
    bullets = [line for line in out if line.startswith("- ")]
    assert [b.split(" (")[0] for b in bullets[:3]] == ["- **Our draft**, 2025-10-13", "- **Wire**, 2025-10-13",
                                                        "- **Radio**, 2025-10-13"]
    assert bullets[3] == "- \u2026 and 4 more claims not listed"


def test_sarif_message_carries_the_keys_and_properties_hold_them_whole(keyed):
    result = json.loads(sarif.render(keyed))["runs"][0]["results"][0]
    assert result["message"]["text"].endswith(f" {SAME_TEXT}")
    assert result["properties"]["keys"] == keyed.findings[0].keys
    assert result["properties"]["details"]["not listed"] == "4"
    assert len(result["relatedLocations"]) == 2


def test_html_shows_the_keys_just_above_the_quotes(keyed):
    page = lxml.html.document_fromstring(html.render(keyed))
    same = page.xpath("//article[@id='f1']/div[@class='same']")[0]
    assert same.getnext().get("class") == "quotes"
    assert [li.text_content() for li in same.xpath("./ul/li")] == [
        "measure displaced (read from left their homes / out of their homes)",
        "period 2025 (read from this year)", "none stated subject"]
    assert [q.text for q in same.xpath(".//q")] == ["left their homes", "out of their homes", "this year"]
    assert len(page.xpath("//article[@id='f1']//figure[@class='quote']")) == 3
    assert page.xpath("string(//article[@id='f1']/p[@class='more'])") == "\u2026 and 4 more claims not listed."


def test_json_carries_the_keys_as_the_model_has_them(keyed):
    assert json.loads(json_render.render(keyed))["findings"][0]["keys"] == keyed.findings[0].keys


def test_example_corpus_findings_show_their_keys_in_every_human_format(corpus):
    keyed_findings = [f for f in corpus.findings if f.keys]
    assert keyed_findings
    lines = text.render(corpus).splitlines()
    page = lxml.html.document_fromstring(html.render(corpus))
    for n, f in enumerate(corpus.findings, 1):
        assert ("[same: " in lines[n - 1]) == bool(f.keys)
        assert bool(page.xpath(f"//article[@id='f{n}']/div[@class='same']")) == bool(f.keys)
    assert markdown.render(corpus).count("**Same figure:**") == len(keyed_findings)
    assert table.render(corpus).count("Same figure:") == len(keyed_findings)

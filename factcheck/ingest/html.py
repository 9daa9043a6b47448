"""HTML pages: the page rendered to plain text (the text every offset points into), its
metadata (published time, title, site name, canonical URL) and the ranges that are the article,
found with trafilatura's main-content extraction and mapped back onto the rendered text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser

import lxml.html
from lxml import etree

from ..models import Diagnostic
from .lines import CAPTION, Line, merge_spans, split_lines
from .mainbody import detect_main, header_above
from .parsed import Parsed

# Elements whose text is never article copy.
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "button",
         "object", "canvas", "math"}
# Elements that start a new line of rendered text.
_BLOCK = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
          "thead", "tr", "ul", "caption", "details", "summary", "body", "html"}
# Text inside these is furniture even when it reads like prose.
_FURNITURE = {"nav", "aside", "footer", "figcaption", "form"}
_SPACE = re.compile(r"\s+")
# Whitespace collapses to one space, except a lone no-break, figure, thin or narrow no-break
# space between digits: a thousands separator ("42&nbsp;000"), kept as written, as in .txt.
_RENDER_SPACE = re.compile(r"(?!(?<=\d)[\u00a0\u2007\u2009\u202f](?=\d))\s+")
_NOT_KEY = re.compile(r"[\s•·\-–—]+")
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                   "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published")


def read_html(text: str, shown: str, diagnostics: list[Diagnostic]) -> list[Parsed]:
    """One article from an HTML page. ``Parsed.text`` is the rendered page text (see
    docs/ingest.md for how HTML maps to it); its ``main`` ranges are where trafilatura and the
    line heuristic agree."""
    # huge_tree: pages nest deeper than libxml2's default limit of 256 elements (ads, unclosed
    # inline tags); past its hard limit (2048) the tree is cut short, so the text is then
    # rendered from the tags themselves, which have no depth.
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        diagnostics.append(Diagnostic(severity="error", code="I013", path=shown,
                                      message=f"cannot parse HTML: {exc}; read as plain text",
                                      hint="save the page as complete HTML, or as .txt"))
        return [Parsed(text=text)]
    meta = _metadata(root)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        diagnostics.append(Diagnostic(severity="info", code="I016", path=shown,
                                      message="HTML nested too deeply for the parser; text rendered from its tags",
                                      hint="the page's text is kept; its main content may be less exact"))
        rendered, furniture = _render_lines(_token_blocks(text))
    else:
        rendered, furniture = render(root)
    if not rendered.strip():
        diagnostics.append(Diagnostic(severity="warning", code="I007", path=shown,
                                      message="HTML page has no visible text; skipped"))
        return []
    # Two opinions: trafilatura reads the markup, the line heuristic reads the text. Trafilatura
    # keeps tickers and story lists on pages without semantic markup; the heuristic (in its
    # permissive form) cuts only at lists, hard boundaries and new stories. The article is
    # what both keep; when they share nothing, trafilatura's reading stands.
    lines = split_lines(rendered, unwrap=False)
    lines_view = _without(rendered, detect_main(rendered, cohesion=0.0, lines=lines), furniture, lines)
    main = _trafilatura_main(text, rendered, lines)
    if main is None:
        main = lines_view
    elif lines_view:
        main = intersect(main, lines_view) or main
    if main:
        # The headline is often outside trafilatura's body text: take the title line just above
        # the article, else the nearest headline-shaped line.
        title = _title_line(lines, main[0][0], meta.get("title"))
        head = [title] if title else header_above(rendered, main[0][0], lines)
        if head:
            main = merge_spans(rendered, main + head)
    return [Parsed(text=rendered, meta=meta, main=main, blocks=True)]


def render(root: lxml.html.HtmlElement) -> tuple[str, list[tuple[int, int]]]:
    """The visible text of a page: one line per block element, whitespace collapsed, list items
    prefixed with "• ". Also returns the ranges rendered from navigation, asides, footers,
    captions and forms."""
    return _render_lines(_blocks(root))


def _render_lines(blocks: Iterable[tuple[str, bool]]) -> tuple[str, list[tuple[int, int]]]:
    lines: list[str] = []
    furniture: list[tuple[int, int]] = []
    offset = 0
    for chunk, is_furniture in blocks:
        line = _RENDER_SPACE.sub(" ", chunk).strip()
        if not line:
            continue
        if is_furniture:
            furniture.append((offset, offset + len(line)))
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), furniture


def _blocks(root: lxml.html.HtmlElement) -> Iterator[tuple[str, bool]]:
    buf: list[str] = []
    furniture_depth = 0
    skip_depth = 0  # open elements whose text is never rendered (counted: pages nest deep)
    starts_with_bullet = False

    def flush() -> Iterator[tuple[str, bool]]:
        nonlocal buf, starts_with_bullet
        if "".join(buf).strip():
            yield ("• " if starts_with_bullet else "") + "".join(buf), furniture_depth > 0
        buf = []
        starts_with_bullet = False

    # Walk with explicit start/end events so the tail text of an element is placed after it.
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                skip_depth += 1
            if skip_depth or not tag:
                continue
            if tag in _BLOCK or tag == "br":
                yield from flush()
            if tag in _FURNITURE:
                furniture_depth += 1
            if tag == "li":
                starts_with_bullet = True
            if el.text:
                buf.append(el.text)
        else:
            if tag in _SKIP:
                skip_depth -= 1
            if skip_depth:
                continue  # inside a skipped element: its tail is skipped text too
            if tag and tag not in _SKIP:
                if tag in _BLOCK:
                    yield from flush()
                if tag in _FURNITURE:
                    furniture_depth -= 1
            if el.tail:
                buf.append(el.tail)
    yield from flush()


class _TagStream(HTMLParser):
    """The blocks of a page read from its tags, without building a tree: for pages nested
    deeper than any tree parser goes. Same lines as :func:`_blocks` for well-formed markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.skip: list[str] = []
        self.furniture: list[str] = []
        self.bullet = False

    def flush(self) -> None:
        if "".join(self.buf).strip():
            self.out.append((("• " if self.bullet else "") + "".join(self.buf), bool(self.furniture)))
        self.buf = []
        self.bullet = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and self.skip == ["head"]:
            self.skip = []  # an unclosed <head> ends where the body starts
        if tag in _SKIP:
            self.skip.append(tag)
        if self.skip:
            return
        if tag in _BLOCK or tag == "br":
            self.flush()
        if tag in _FURNITURE:
            self.furniture.append(tag)
        if tag == "li":
            self.bullet = True

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self.skip and (tag in _BLOCK or tag == "br"):
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                del self.skip[len(self.skip) - 1 - self.skip[::-1].index(tag):]
            return
        if tag in _BLOCK:
            self.flush()
        if tag in self.furniture:
            del self.furniture[len(self.furniture) - 1 - self.furniture[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def _token_blocks(text: str) -> list[tuple[str, bool]]:
    stream = _TagStream()
    stream.feed(text)
    stream.close()
    stream.flush()
    return stream.out


def _metadata(root: lxml.html.HtmlElement) -> dict[str, str]:
    meta: dict[str, str] = {}
    props: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in props:
            props[key] = el.get("content").strip()
    ld = _json_ld(root)
    published = next((props[k] for k in _PUBLISHED_META if props.get(k)), None) or ld.get("datePublished")
    if not published:
        stamped = root.xpath("//time[@itemprop='datePublished' or @pubdate][@datetime]"
                             " | //article//time[@datetime]")
        published = stamped[0].get("datetime") if stamped else None
    title = props.get("og:title") or ld.get("headline")
    if not title:
        h1 = root.xpath("//h1")
        title = h1[0].text_content() if h1 else (root.findtext(".//title") or None)
    source = props.get("og:site_name") or ld.get("publisher")
    canonical = root.xpath("//link[@rel='canonical']/@href")
    url = canonical[0] if canonical else props.get("og:url")
    for key, value in (("published", published), ("title", title), ("source", source), ("url", url)):
        if isinstance(value, str) and value.strip():
            meta[key] = _SPACE.sub(" ", value).strip()
    return meta


def _json_ld(root: lxml.html.HtmlElement) -> dict[str, str]:
    """datePublished, headline and publisher name from the first JSON-LD article object."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # broken or absurdly nested JSON-LD is common and harmless: other metadata applies
        for obj in _objects(data):
            if "datePublished" in obj or "headline" in obj:
                publisher = obj.get("publisher")
                name = publisher.get("name") if isinstance(publisher, dict) else None
                return {k: v for k, v in (("datePublished", obj.get("datePublished")),
                                          ("headline", obj.get("headline")), ("publisher", name))
                        if isinstance(v, str)}
    return {}


def _objects(data: object) -> Iterator[dict]:
    """The objects of a JSON-LD value in document order: list items and ``@graph`` members,
    walked with a stack (JSON-LD nests as deep as the JSON parser allows)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.append(item.get("@graph", []))


def _trafilatura_main(html: str, rendered: str, lines: list[Line]) -> list[tuple[int, int]] | None:
    """Ranges of ``rendered`` that trafilatura keeps as the article, or None when it finds no
    article or most of its paragraphs cannot be found in the rendered text."""
    try:
        import trafilatura  # imported here: it is slow to load and only HTML needs it
    except ImportError:  # a broken install degrades to the line heuristic, not a traceback
        return None
    try:
        extracted = trafilatura.extract(html, include_comments=False, include_tables=False,
                                        favor_precision=True, deduplicate=False)
    except Exception:  # noqa: BLE001 - a third-party parser failing on odd markup falls back
        return None
    if not extracted:
        return None
    # Match on text with all whitespace and bullets removed: trafilatura and the renderer space
    # inline markup differently, and one of its paragraphs may be several rendered lines.
    flat, owner = [], []
    for ln in lines:
        key = _key(ln.text)
        flat.append(key)
        owner.extend([ln] * len(key))
    haystack = "".join(flat)
    spans, missed, cursor = [], 0, 0
    for para in extracted.splitlines():
        key = _key(para)
        if len(key) < 3:
            continue
        at = haystack.find(key, cursor)
        if at < 0:
            at = haystack.find(key)
        if at < 0:
            missed += 1
            continue
        cursor = at + len(key)
        spans.extend((ln.start, ln.end) for ln in {id(o): o for o in owner[at:cursor]}.values())
    if not spans or missed > len(spans):
        return None
    return merge_spans(rendered, spans)


def _key(text: str) -> str:
    return _NOT_KEY.sub("", text).lower()


def _title_line(lines: list[Line], start: int, title: str | None) -> tuple[int, int] | None:
    """The line equal to the page's title among the few lines just above ``start``."""
    if not title:
        return None
    key = _norm(title)
    above = [ln for ln in lines if ln.start < start and ln.text.strip()][-5:]
    hits = [(ln.start, ln.end) for ln in above if _norm(ln.text) == key and ln.kind != CAPTION]
    return hits[-1] if hits else None


def intersect(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlap of two sorted lists of disjoint ranges."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _without(rendered: str, main: list[tuple[int, int]], furniture: list[tuple[int, int]],
             lines: list[Line]) -> list[tuple[int, int]]:
    """``main`` less the lines rendered from navigation, asides, footers, captions and forms."""
    if not main or not furniture:
        return main
    kept = [(ln.start, ln.end) for ln in lines
            if ln.text.strip() and any(lo <= ln.start and ln.end <= hi for lo, hi in main)
            and not any(lo <= ln.start and ln.end <= hi for lo, hi in furniture)]
    return merge_spans(rendered, kept)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()

"""Main-text coverage. On clean article excerpts (every line is article text) the share of each
file's non-whitespace characters that ingest keeps in ``Document.main`` should be close to 1; on
the seed pages no claim from furniture may be in main. With ``--wrapped``, each excerpt is also
put inside page furniture written for this benchmark (menu, ticker, byline, advertisement, an
inline "Related" box, most-read list, comments, an appended wire story), read as scraped text,
as HTML with semantic markup or as flat HTML, and the share of the excerpt kept and of the
furniture kept are printed.

Run: .venv/bin/python bench/mainbody_eval.py [FOLDER …] [--threshold 0.95] [--all] [--lines]
     [--wrapped text html flat-html]
(default folder: bench/data/news/dev; the held-out part is refused). Prints one row per file under
the threshold (every file with --all; the lines left out with --lines), a summary, and the seeds'
figures. Exits 1 when a seed keeps a claim from furniture in main."""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def coverage(doc) -> float:
    """Share of the document's non-whitespace characters inside its main ranges."""
    body = doc.text[doc.body_start:]
    total = sum(1 for ch in body if not ch.isspace())
    if not doc.main or not total:
        return 1.0
    kept = sum(1 for lo, hi in doc.main for ch in doc.text[lo:hi] if not ch.isspace())
    return kept / total


def dropped_lines(doc) -> list[str]:
    """The non-blank lines of ``doc`` that are not wholly inside main."""
    out, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip() and not doc.in_main(pos, pos + len(line)):
            # A line partly inside main (hard-wrapped text) is reported too.
            out.append(line.strip())
        pos += len(line) + 1
    return out


# Page furniture, written for this benchmark, to wrap clean excerpts in: a menu and a ticker
# above, an advertisement and an inline "Related" box inside, tags, a most-read list, comments,
# an unrelated wire story and a copyright line after.
_TOP = ["Northgate Courier", "  • Home", "  • World", "  • Business", "  • Sport", "  • Opinion", "LATEST",
        "Bridge tolls to rise by 4% from next month, the transport board says.",
        "Two ferries delayed for 3 hours by fog in the northern channel.",
        "Library to open on Sundays for the first time in 20 years.", ""]
_BYLINE = ["  • By Staff Reporter", "  • 14 Mar 2021 08:30", "3 min read", ""]
_AD = ["Advertisement", ""]
_RELATED = ["Related", "", "Ski resort sales climb 12% after snowy winter", "",
            "Council approves 250 new homes on old depot site", ""]
_BOTTOM = ["", "  • Tags", "  • News", "", "Most read", "", "Pensions to rise 3.1% in April",
           "  • 11 Mar 2021", "Stadium crowd record of 61,000 broken", "  • 10 Mar 2021", "", "Comments", "",
           "No comments yet. Be the first to comment.", "", "5 hours ago", "",
           "RIVERTON (AP) — Farmers in the river valley lost about 40% of their apple harvest to a late "
           "frost, the growers' association said on Friday, the worst loss in 15 years.", "",
           "The association said 1,200 orchards reported damage and asked the regional government for "
           "emergency loans of up to 50,000 dollars per farm.", "",
           "Frost warnings were issued on 3 nights in a row, and growers burned straw between the rows to "
           "keep the blossoms warm, the association said.", "",
           "© 2021 Northgate Courier. All rights reserved."]


def page_lines(excerpt: str, title: str | None = None) -> list[tuple[str, str]]:
    """``excerpt`` (paragraphs separated by blank lines) inside a scraped page, as (line, role)
    pairs; roles: menu, ticker, title (added above an excerpt that opens with a paragraph:
    pages have a headline), byline, article, ad, related, after (tags, lists, comments, an
    appended story, copyright). Blank lines have the role of the line before."""
    from factcheck.ingest.lines import PROSE, split_lines

    paras = [p.strip() for p in excerpt.split("\n") if p.strip()]
    out = [(line, "menu") for line in _TOP[:6]] + [(line, "ticker") for line in _TOP[6:]]
    byline = [(line, "byline") for line in _BYLINE]
    if title and paras and split_lines(paras[0])[0].kind == PROSE:
        out += [(title, "title"), ("", "title")] + byline
        byline = []
    # Boxes go between two paragraphs of prose, as a CMS places them: the advertisement after
    # the third paragraph or later, the "Related" box after the one that follows.
    prose = [split_lines(p)[0].kind == PROSE for p in paras]
    boxes = iter([(2, _AD, "ad"), (3, _RELATED, "related")] if len(paras) > 5 else [(2, _AD, "ad")])
    at, box, role = next(boxes)
    for i, para in enumerate(paras):
        out += [(para, "article"), ("", "article")]
        if i == 0:
            out += byline
        if box and i >= at and prose[i] and i + 1 < len(prose) and prose[i + 1]:
            out += [(line, role) for line in box]
            at, box, role = next(boxes, (0, None, ""))
            at = max(at, i + 1)
    return out + [(line, "after") for line in _BOTTOM]


def as_text(lines: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The page as scraped text, the ranges of its article lines and of the added title."""
    out, spans, neutral, pos = [], [], [], 0
    for line, role in lines:
        if line and role in ("article", "title"):
            (spans if role == "article" else neutral).append((pos, pos + len(line)))
        out.append(line)
        pos += len(line) + 1
    return "\n".join(out) + "\n", spans, neutral


def as_html(lines: list[tuple[str, str]], semantic: bool) -> str:
    """The page as HTML: with semantic markup (nav, article with an h1, aside, a <title>; what
    follows the article in a plain <section>), or flat (one <p> per line, <ul><li> for bullets)."""
    import html as escape

    def block(line: str, tag: str = "p") -> str:
        text = escape.escape(line.strip().lstrip("•").strip())
        return f"<ul><li>{text}</li></ul>" if line.strip().startswith("•") else f"<{tag}>{text}</{tag}>"

    filled = [(line, role) for line, role in lines if line.strip()]
    if not semantic:
        return "<html><body>" + "\n".join(block(line) for line, _ in filled) + "</body></html>"
    head = next((line for line, role in filled if role in ("title", "article")), "")
    inner = {"ad": "div", "related": "aside", "byline": "div"}
    outer = {"menu": "nav", "ticker": "div", "after": "section"}
    out, role_open = [f"<html><head><title>{escape.escape(head)}</title></head><body>"], None
    in_article = False
    for line, role in filled:
        if role != role_open:
            if role_open in inner or role_open in outer:
                out.append(f"</{(inner | outer)[role_open]}>")
            if role in outer and in_article:
                out.append("</article>")
                in_article = False
            if role not in outer and not in_article:
                out.append("<article>")
                in_article = True
            if role in inner or role in outer:
                out.append(f"<{(inner | outer)[role]}>")
            role_open = role
        out.append(block(line, "h1" if line == head else "p"))
    if role_open in inner or role_open in outer:
        out.append(f"</{(inner | outer)[role_open]}>")
    return "\n".join(out + ["</article>" if in_article else "", "</body></html>"])


def wrapped_table(folders: list[str], threshold: float, show: bool, mode: str = "text") -> None:
    """Each excerpt inside page furniture (``mode``: text, html, flat-html): the share of the
    excerpt kept in main, and the share of the furniture kept in main (must be 0)."""
    rows = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*/*.txt")) + sorted(Path(folder).glob("*.txt")):
            lines = page_lines(path.read_text(encoding="utf-8"), _titles(path.parent).get(path.name))
            page, main, spans, neutral = _read(lines, mode)
            main = main or [(0, len(page))]
            article = _chars(page, spans)
            kept = _chars(page, _overlap(spans, main))
            furniture = _chars(page, [(0, len(page))]) - article - _chars(page, neutral)
            leaked = _chars(page, main) - kept - _chars(page, _overlap(neutral, main))
            rows.append((path, kept / article if article else 1.0, leaked / furniture))
    print(f"\nwrapped in page furniture ({mode})\n{'excerpt':>8} {'furniture':>9}  file")
    for path, cov, leak in rows:
        if show or cov < threshold or leak > 0:
            print(f"{cov:8.3f} {leak:9.3f}  {path.parent.name}/{path.name}")
    covs = [c for _, c, _ in rows]
    print(f"files: {len(rows)}  excerpt under {threshold:.2f}: {sum(c < threshold for c in covs)}  mean excerpt "
          f"kept: {statistics.fmean(covs) if covs else 0:.4f}  furniture kept in {sum(l > 0 for *_, l in rows)} files")


def _read(lines: list[tuple[str, str]], mode: str):
    """(text, main, article ranges, title ranges) of the page read as ``mode``."""
    if mode == "text":
        from factcheck.ingest.mainbody import detect_main

        page, spans, neutral = as_text(lines)
        return page, detect_main(page), spans, neutral
    from factcheck.ingest.html import read_html

    (parsed,) = read_html(as_html(lines, semantic=mode == "html"), "page.html", [])
    text, spans, neutral, pos = parsed.text, [], [], 0
    for line, role in lines:
        key = " ".join(line.strip().lstrip("•").split())
        at = text.find(key, pos) if key and role in ("article", "title") else -1
        if at >= 0:
            (spans if role == "article" else neutral).append((at, at + len(key)))
            pos = at + len(key)
    return text, parsed.main, spans, neutral


def _titles(folder: Path) -> dict[str, str]:
    manifest = folder / "sources.csv"
    if not manifest.is_file():
        return {}
    with manifest.open(encoding="utf-8", newline="") as fh:
        return {row["file"]: row.get("title") or "" for row in csv.DictReader(fh)}


def _chars(text: str, spans: list[tuple[int, int]]) -> int:
    return sum(1 for lo, hi in spans for ch in text[lo:hi] if not ch.isspace())


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(max(lo, c), min(hi, d)) for lo, hi in a for c, d in b if max(lo, c) < min(hi, d)]


def main(argv: list[str] | None = None) -> int:
    from factcheck.ingest import load_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(REPO / "bench" / "data" / "news" / "dev")])
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--all", action="store_true", help="print every file")
    parser.add_argument("--lines", action="store_true", help="print the lines left out")
    parser.add_argument("--wrapped", nargs="*", choices=("text", "html", "flat-html"),
                        help="also wrap each excerpt in page furniture, read it as scraped text, "
                             "HTML or HTML without semantic markup, and measure what is kept")
    args = parser.parse_args(argv)
    if any("heldout" in Path(f).parts for f in args.folders):
        parser.error("the held-out part is scored blind; do not measure ingest on it")
    rows = []
    for folder in args.folders:
        corpus = load_corpus([folder])
        for doc in sorted(corpus.documents, key=lambda d: d.id):
            rows.append((doc, coverage(doc)))
    print(f"{'coverage':>8}  file")
    for doc, cov in rows:
        if args.all or cov < args.threshold:
            print(f"{cov:8.3f}  {doc.id}")
            if args.lines:
                for line in dropped_lines(doc):
                    print(f"{'':10}- {line[:110]}")
    values = [c for _, c in rows]
    print(f"\nfiles: {len(rows)}  under {args.threshold:.2f}: {sum(c < args.threshold for c in values)}"
          f"  mean: {statistics.fmean(values) if values else 0:.4f}  min: {min(values, default=0):.3f}")
    for mode in args.wrapped or []:
        wrapped_table(args.folders, args.threshold, args.all, mode)
    return 1 if seeds() else 0


def seeds() -> int:
    """Claims from furniture kept in main, and article claims left out, on the seed pages;
    returns the number of furniture claims in main."""
    sys.path.insert(0, str(REPO / "bench"))
    from ingest_seeds import ARTICLE, NEUTRAL, SEEDS

    if not SEEDS.is_dir():
        print("seeds: skipped (../shared/seeds not found)")
        return 0
    from factcheck.extract import extract
    from factcheck.ingest import load_corpus

    total = 0
    print(f"\n{'seed':5} {'main/text chars':>16} {'claims in/out':>13} {'furniture in main':>17} "
          f"{'article claims out':>18}")
    for doc in load_corpus([SEEDS]).documents:
        key = Path(doc.path).name[:3]
        claims = extract([doc])
        inside = [c for c in claims if c.main]
        article = ARTICLE.get(key, set()) | NEUTRAL.get(key, set())
        leaked = sum(1 for c in inside if c.line not in article)
        missed = sum(1 for c in claims if not c.main and c.line in ARTICLE.get(key, set()))
        chars = sum(hi - lo for lo, hi in doc.main) if doc.main else len(doc.text)
        print(f"{key:5} {f'{chars}/{len(doc.text)}':>16} {f'{len(inside)}/{len(claims) - len(inside)}':>13} "
              f"{leaked:>17} {missed:>18}")
        total += leaked
    return total


if __name__ == "__main__":
    raise SystemExit(main())

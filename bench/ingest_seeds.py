"""Measure ingest on the seed pages in ../shared/seeds: publication date found, source group,
size of the main text, and claims inside/outside it, checked against a hand annotation of which
lines of each page are the article. Run: .venv/bin/python bench/ingest_seeds.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"
sys.path.insert(0, str(REPO))

# Lines (1-based, physical) that are the article on each seed page: headline, standfirst, body.
# Everything else is furniture or an appended story. A duplicated headline line is neutral.
_ODD = range(1, 200, 2)
ARTICLE = {
    "000": {75, 82, 89, 91, 93, 95, 97} | {n for n in _ODD if 107 <= n <= 121},
    "001": {n for n in _ODD if 3 <= n <= 43} - {37},
    "002": {4, *range(8, 18), *range(20, 34), *range(36, 45)},
    "003": {4, *range(8, 18), *range(20, 34), *range(36, 45)},
    "004": set(range(1, 12)),
}
NEUTRAL = {"002": {2}, "003": {2}}
EXPECTED_DATE = {"000": "2025-03-26", "002": "2025-03-31", "003": "2025-03-31", "004": None}


def main() -> int:
    if not SEEDS.is_dir():
        print(f"skipped: {SEEDS.resolve()} not found")
        return 0
    from factcheck.extract import extract
    from factcheck.ingest import load_corpus

    began = time.perf_counter()
    corpus = load_corpus([SEEDS])
    took = time.perf_counter() - began
    print(f"{'seed':5} {'published':11} {'group':6} {'main/text chars':>16} {'claims in/out':>13} "
          f"{'furniture in main':>17} {'article claims out':>18} {'date check':>10}")
    failures = 0
    for doc in corpus.documents:
        key = Path(doc.path).name[:3]
        claims = extract([doc])
        inside = [c for c in claims if c.main]
        article = ARTICLE.get(key, set()) | NEUTRAL.get(key, set())
        leaked = [c for c in inside if c.line not in article]
        missed = [c for c in claims if not c.main and c.line in ARTICLE.get(key, set())]
        main_chars = sum(hi - lo for lo, hi in doc.main) if doc.main else len(doc.text)
        expected = EXPECTED_DATE.get(key, "manifest")
        got = doc.published.isoformat() if doc.published else None
        ok = expected == "manifest" or got == expected
        failures += (not ok) + len(leaked)
        print(f"{key:5} {got or 'undated':11} {Path(doc.group).name[:3]:6} "
              f"{f'{main_chars}/{len(doc.text)}':>16} {f'{len(inside)}/{len(claims) - len(inside)}':>13} "
              f"{len(leaked):>17} {len(missed):>18} {'ok' if ok else 'WRONG':>10}")
    undated = [d.path for d in corpus.diagnostics if d.code == "I009"]
    print(f"\nundated (I009): {', '.join(Path(p).name for p in undated) or 'none'}")
    print(f"groups: {len({d.group for d in corpus.documents})} for {len(corpus.documents)} documents")
    containment_table(corpus.documents)
    print(f"load_corpus: {took * 1000:.0f} ms for {len(corpus.documents)} documents")
    html_table()
    return 1 if failures else 0


def containment_table(documents) -> None:
    """Share of the shorter article's 5-shingles found in the other (copies need >= 0.8)."""
    from factcheck.ingest.groups import article_text, shingles

    sets = {Path(d.path).name[:3]: shingles(article_text(d)) for d in documents}
    keys = sorted(sets)
    print("\nshingle containment between articles (copies: >= 0.80)")
    print("     " + " ".join(f"{k:>5}" for k in keys))
    for a in keys:
        cells = [len(sets[a] & sets[b]) / max(1, min(len(sets[a]), len(sets[b]))) for b in keys]
        print(f"{a:5}" + " ".join(f"{c:5.2f}" for c in cells))


def html_table() -> None:
    """The seed pages as flat HTML (one <p> or <li> per line, no semantic markup): article and
    furniture lines kept by trafilatura alone, the line heuristic alone, and both (what ingest
    uses)."""
    import html

    import lxml.html

    from factcheck.ingest import html as reader
    from factcheck.ingest.lines import split_lines
    from factcheck.ingest.mainbody import detect_main

    print("\nflat HTML: article lines kept / furniture lines kept")
    print(f"{'seed':5} {'trafilatura':>12} {'heuristic':>12} {'both':>12}")
    for path in sorted(SEEDS.glob("0*.txt")):
        key = path.name[:3]
        blocks, numbers = [], []
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip():
                bullet = line.strip().startswith("•")
                body = html.escape(line.strip().lstrip("• ").strip() if bullet else line.strip())
                blocks.append(f"<ul><li>{body}</li></ul>" if bullet else f"<p>{body}</p>")
                numbers.append(number)
        page = "<html><body>" + "\n".join(blocks) + "</body></html>"
        rendered, furniture = reader.render(lxml.html.document_fromstring(page))
        starts, pos = [], 0
        for line in rendered.split("\n"):
            starts.append(pos)
            pos += len(line) + 1
        lines = split_lines(rendered, unwrap=False)
        traf = reader._trafilatura_main(page, rendered, lines)
        heur = reader._without(rendered, detect_main(rendered, cohesion=0.0, lines=lines), furniture, lines)
        both = reader.intersect(traf, heur) if traf and heur else (traf or heur)
        cells = []
        for main in (traf, heur, both):
            # A repeated headline (NEUTRAL) counts neither way, as in the table above.
            kept = [numbers[i] for i, s in enumerate(starts) if (not main or any(lo <= s < hi for lo, hi in main))
                    and numbers[i] not in NEUTRAL.get(key, set())]
            good = sum(1 for n in kept if n in ARTICLE[key])
            cells.append(f"{good}/{len(ARTICLE[key])} {len(kept) - good:>3}")
        print(f"{key:5} {cells[0]:>12} {cells[1]:>12} {cells[2]:>12}")


if __name__ == "__main__":
    raise SystemExit(main())

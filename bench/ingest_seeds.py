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
    print(f"load_corpus: {took * 1000:.0f} ms for {len(corpus.documents)} documents")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

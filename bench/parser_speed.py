"""Extraction speed on real news beside a dependency parser's, on the same text.

    python bench/parser_speed.py            # factcheck's whole extraction (wall clock)
    python bench/parser_speed.py --cpu      # the same, timed in processor time
    SPACY_PYTHON=/path/to/venv/bin/python python bench/parser_speed.py

The text is the development excerpts of the real-news benchmark (`bench/data/news/dev/`): dense
in figures and dates, as the articles editors check are. factcheck's figure is all of
extraction (sentences, quantities, dates, context, identity). The parser's is spaCy's
``en_core_web_sm`` pipeline alone, with and without named entities, run in the interpreter
``SPACY_PYTHON`` names (spaCy is not a dependency of factcheck; the figures in
docs/identity.md and bench/news.md were measured with spaCy 3.8 and en_core_web_sm 3.8.0).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.extract import extract_document  # noqa: E402

DEV = ROOT / "bench" / "data" / "news" / "dev"

_SPACY = r'''
import sys, time, spacy
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
chars = sum(len(t) for t in texts)
for label, disable in (("spaCy en_core_web_sm, full pipeline", []), ("spaCy en_core_web_sm, without NER", ["ner"])):
    nlp = spacy.load(sys.argv[1], disable=disable)
    list(nlp.pipe(texts[:5]))
    t = time.perf_counter()
    for _ in range(2):
        list(nlp.pipe(texts, batch_size=32))
    dt = (time.perf_counter() - t) / 2
    print(f"| {label} | {chars:,} | {dt:.2f} | {chars / dt / 1e3:.0f} |")
'''


def main() -> int:
    files = sorted(DEV.glob("*/*.txt"))
    docs = [d for f in sorted(DEV.iterdir()) if f.is_dir() for d in factcheck.load_corpus([str(f)]).documents]
    chars = sum(len(d.text) for d in docs)
    for d in docs[:5]:
        extract_document(d)
    # --cpu: processor time of this process, which other jobs on a shared machine disturb
    # far less than the wall clock (use it for side-by-side figures)
    clock = time.process_time if "--cpu" in sys.argv else time.perf_counter
    runs = []
    for _ in range(3):
        t = clock()
        claims = sum(len(extract_document(d)) for d in docs)
        runs.append(clock() - t)
    best = min(runs)
    print("| what | characters | seconds | KB/s |")
    print("|---|---:|---:|---:|")
    print(f"| factcheck extraction ({len(docs)} articles, {claims:,} claims) | {chars:,} | {best:.2f} | {chars / best / 1e3:.0f} |")
    python = os.environ.get("SPACY_PYTHON")
    if python:
        model = os.environ.get("SPACY_MODEL", "en_core_web_sm")
        out = subprocess.run([python, "-c", _SPACY, model, *map(str, files)], capture_output=True, text=True)
        sys.stdout.write(out.stdout)
        if out.returncode:
            sys.stderr.write(out.stderr[-2000:])
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

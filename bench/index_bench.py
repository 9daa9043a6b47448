"""Benchmarks for the archive index (issue 10): extraction throughput, indexing throughput,
the latency and peak memory of checking a draft against an index. Figures go to
bench/index.md. Never run by the test suite.

    python bench/index_bench.py extract [--repeat 3]
    python bench/index_bench.py index ARCHIVE_DIR [--limit 1000] [--jobs 1 2]
    python bench/index_bench.py check --db A.db --draft DRAFT.md [--repeat 7]
    python bench/index_bench.py memory --db A.db --draft DRAFT.md   (one check in a fresh process)

Make an archive and a 1,000-word draft with bench/synth_archive.py.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from factcheck import api  # noqa: E402
from factcheck.extract import extract_document  # noqa: E402


def machine() -> str:
    load = os.getloadavg()
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def _news_documents():
    """The example articles plus 300 synthetic ones: news prose with figures and dates."""
    import synth_archive

    tmp = Path(tempfile.mkdtemp(prefix="fc-bench-"))
    synth_archive.generate(tmp / "a", 300, seed=11)
    docs = api.load_corpus([REPO / "examples", tmp / "a"]).documents
    shutil.rmtree(tmp)
    return docs


def bench_extract(repeat: int) -> None:
    docs = _news_documents()
    size = sum(len(d.text[d.body_start:].encode()) for d in docs)
    for d in docs[:5]:
        extract_document(d)  # warm caches (regexes, pint)
    runs, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        n = sum(len(extract_document(d)) for d in docs)
        runs.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    best = min(runs)
    # CPU time is the per-core figure on a shared machine; wall time is shown beside it.
    print(f"factcheck extract: {size / 1e6:.2f} MB, {n} claims; per core (CPU time) best "
          f"{size / 1e6 / min(cpu):.2f} MB/s, median {size / 1e6 / statistics.median(cpu):.2f} MB/s; "
          f"wall best {size / 1e6 / best:.2f} MB/s ({repeat} runs)")
    texts = [d.text[d.body_start:] for d in docs]
    try:
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3: not installed")
    else:
        sample = texts[:60]
        qsize = sum(len(t.encode()) for t in sample)
        qparser.parse(sample[0])
        t = time.process_time()
        for text in sample:
            qparser.parse(text)
        dt_ = time.process_time() - t
        print(f"quantulum3 parse (quantities only): {qsize / 1e6:.3f} MB in {dt_:.2f} s CPU -> {qsize / 1e6 / dt_:.3f} MB/s per core")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed")
    else:
        sample = texts[:20]
        dsize = sum(len(t.encode()) for t in sample)
        search_dates(sample[0], languages=["en"])
        t = time.process_time()
        for text in sample:
            search_dates(text, languages=["en"])
        dt_ = time.process_time() - t
        print(f"dateparser search_dates (dates only, en): {dsize / 1e6:.3f} MB in {dt_:.2f} s CPU -> {dsize / 1e6 / dt_:.3f} MB/s per core")


def bench_index(archive: Path, limit: int, jobs: list[int]) -> None:
    files = sorted(archive.rglob("*.md"))[:limit]
    tmp = Path(tempfile.mkdtemp(prefix="fc-index-bench-"))
    try:
        src = tmp / "src"
        src.mkdir()
        for f in files:
            shutil.copy(f, src / f.name)
        size = sum(f.stat().st_size for f in files)
        for n in jobs:
            db = tmp / f"j{n}.db"
            t = time.perf_counter()
            stats = api.build_index([src], db, jobs=n)
            dt_ = time.perf_counter() - t
            print(f"index {len(files)} articles ({size / 1e6:.1f} MB) with --jobs {n}: {dt_:.1f} s -> "
                  f"{len(files) / dt_:.0f} articles/s, {size / 1e6 / dt_:.2f} MB/s "
                  f"({stats.claims} claims, {db.stat().st_size / 1e6:.1f} MB index)")
            t = time.perf_counter()
            again = api.build_index([src], db, jobs=n)
            print(f"  second run, nothing changed: {time.perf_counter() - t:.2f} s ({again.unchanged} unchanged)")
    finally:
        shutil.rmtree(tmp)


def focus_pairs_patch() -> None:
    """An experiment, not the shipped engine: with a focus, pair each block's checked claims
    with the rest instead of walking every pair of the block and skipping the archive-archive
    ones (quadratic in the block). Yields the same compared pairs in the same order."""
    import factcheck.engine as engine

    original = engine.candidates

    def candidates(rule, selected, ruleset, focus=None):
        if focus is None or rule.compare != "across_sources":
            yield from original(rule, selected, ruleset, focus)
            return
        from collections import defaultdict

        blocks = defaultdict(list)
        for it in selected:
            blocks[tuple(it.get(k) for k in rule.keys)].append(it)
        for key in sorted(blocks, key=repr):
            block = blocks[key]
            mine = [i for i, it in enumerate(block) if it.doc.id in focus]
            if not mine:
                continue
            for i, a in enumerate(block):
                if a.doc.id in focus:
                    later = block[i + 1:]
                else:
                    later = [block[j] for j in mine if j > i]
                for b in later:
                    yield a, b, engine._skip(rule, a, b, focus)

    engine.candidates = candidates


def bench_check(db: str, draft: str, repeat: int, patch: bool = False) -> None:
    if patch:
        checked = api.load_corpus([draft])
        ids = [d.id for d in checked.documents]
        before = api.check(checked.documents, None, focus=ids, index=db).findings
        focus_pairs_patch()
        after = api.check(checked.documents, None, focus=ids, index=db).findings
        print(f"EXPERIMENT: focus-pairs engine patch; same findings as the shipped engine: {before == after}")
    t = time.perf_counter()
    rules = api.load_rules()
    print(f"load rules (once per process): {(time.perf_counter() - t) * 1000:.0f} ms")
    words = len(Path(draft).read_text(encoding="utf-8").split())
    times, fetch_times = [], []
    report = None
    from factcheck.index.query import fetch

    for _ in range(repeat):
        t = time.perf_counter()
        checked = api.load_corpus([draft])
        ids = [d.id for d in checked.documents]
        report = api.check(checked.documents, rules, focus=ids, index=db)
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        claims = api.extract(checked.documents)
        t2 = time.perf_counter()
        piece = fetch(db, rules, checked.documents, claims, set(ids))
        fetch_times.append((t2 - t, time.perf_counter() - t2, len(piece.claims), len(piece.documents), piece.keys))
    ext, fet, nc, nd, nk = fetch_times[-1]
    print(f"check a {words}-word draft against {db}: median {statistics.median(times) * 1000:.0f} ms, "
          f"best {min(times) * 1000:.0f} ms over {repeat} runs (read, extract, fetch, evaluate, report); "
          f"{report.summary.findings} findings")
    print(f"  of which: extract the draft {ext * 1000:.0f} ms, index fetch {fet * 1000:.0f} ms "
          f"({nk} keys -> {nc} archive claims from {nd} documents)")


def bench_memory(db: str, draft: str) -> None:
    """Peak RSS of a process that loads the rules and checks one draft against ``db``."""
    code = (
        "import resource, sys\n"
        "from factcheck import api\n"
        "rules = api.load_rules()\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "c = api.load_corpus([sys.argv[2]])\n"
        "r = api.check(c.documents, rules, focus=[d.id for d in c.documents], index=sys.argv[1])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(f'peak RSS {peak / 1024:.0f} MiB (after loading rules: {base / 1024:.0f} MiB); '"
        "      f'{r.summary.claims} claims evaluated')\n")
    out = subprocess.run([sys.executable, "-c", code, db, draft], capture_output=True, text=True, check=True)
    print(f"memory, check against {db} ({Path(db).stat().st_size / 1e6:.0f} MB): {out.stdout.strip()}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--repeat", type=int, default=3)
    i = sub.add_parser("index")
    i.add_argument("archive", type=Path)
    i.add_argument("--limit", type=int, default=1000)
    i.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    c = sub.add_parser("check")
    c.add_argument("--db", required=True)
    c.add_argument("--draft", required=True)
    c.add_argument("--repeat", type=int, default=7)
    c.add_argument("--focus-pairs", action="store_true",
                   help="experiment: patch the engine to pair only checked claims with the rest")
    m = sub.add_parser("memory")
    m.add_argument("--db", required=True)
    m.add_argument("--draft", required=True)
    args = p.parse_args()
    print(f"# {machine()}")
    if args.what == "extract":
        bench_extract(args.repeat)
    elif args.what == "index":
        bench_index(args.archive, args.limit, args.jobs)
    elif args.what == "check":
        bench_check(args.db, args.draft, args.repeat, args.focus_pairs)
    else:
        bench_memory(args.db, args.draft)
    print(f"# peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()

"""JSON and SARIF output: the fast writers (pydantic's serializer) against the standard
library's json.dumps, on the same reports, with the output checked byte for byte.

    python bench/render_json.py [--copies N]

Builds the claims report (`extract --format json`) and the check report of the real-news
benchmark plus the example corpus, repeated N times (default 3) as one report, then times
each writer: median CPU seconds of 5 runs. Writes a Markdown table to stdout."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.render import json as json_render  # noqa: E402
from factcheck.render import sarif  # noqa: E402


def _cpu(fn, runs: int = 5) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        start = time.process_time()
        out = fn()
        times.append(time.process_time() - start)
    return statistics.median(times), out


def _repeat(report, copies: int):
    if isinstance(report, factcheck.ClaimsReport):
        return report.model_copy(update={"claims": report.claims * copies})
    return report.model_copy(update={"findings": report.findings * copies})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    corpus = factcheck.load_corpus([str(ROOT / "bench/data/news"), str(ROOT / "examples")])
    reports = {"claims (extract)": _repeat(factcheck.claims_report(corpus), args.copies),
               "findings (check)": _repeat(factcheck.check(corpus), args.copies)}
    print("| report | output | json.dumps (s) | fast writer (s) | speed-up | identical |")
    print("|---|---:|---:|---:|---:|---|")
    for name, report in reports.items():
        slow_t, slow = _cpu(lambda r=report: json_render.reference(r))
        fast_t, fast = _cpu(lambda r=report: json_render.render(r))
        print(f"| {name}, json | {len(slow.encode()) / 1e6:.1f} MB | {slow_t:.3f} | {fast_t:.3f} | "
              f"{slow_t / fast_t:.1f}× | {'yes' if slow == fast else 'NO'} |")
    log = json.loads(sarif.render(reports["findings (check)"]))
    slow_t, slow = _cpu(lambda: json.dumps(log, indent=2, ensure_ascii=False) + "\n")
    fast_t, fast = _cpu(lambda: json_render.dumps(log))
    print(f"| findings (check), sarif (writing only) | {len(slow.encode()) / 1e6:.1f} MB | {slow_t:.3f} | "
          f"{fast_t:.3f} | {slow_t / fast_t:.1f}× | {'yes' if slow == fast else 'NO'} |")


if __name__ == "__main__":
    main()

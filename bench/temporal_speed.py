"""Tagging speed and linearity of the temporal tagger (a benchmark, not a test: timings on a
shared machine vary too much to gate a build on).

Measures, on one core (``time.process_time``, best of ``--repeat`` runs):
- ``tag`` and ``find_dates`` throughput on news-like paragraphs (built in) and, when present, on
  the TempEval-3 training text;
- how the time grows with four times the text, for ordinary sentences and for one huge
  "sentence" with a temporal expression every few words (a table or feed without full stops).

    .venv/bin/python bench/temporal_speed.py [--repeat N] [--data DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.dates import find_dates  # noqa: E402
from factcheck.extract.sentences import sentences  # noqa: E402
from factcheck.extract.temporal import tag  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "tempeval3-train"
PUB = dt.date(2025, 3, 30)
#: Invented copy in the register of wire news: dates, clock times with zones, durations, ranges.
PARAGRAPH = (
    "TOKYO, March 28 (Wire) - The defence minister met his counterpart in Tokyo on Sunday, a day "
    "after the two sides held talks on tariffs that take effect on April 2. The quake struck at "
    "7:10 am JST (2210 GMT Thursday), and a second one shortly after 10 am local time. "
    "Spending will rise over the next 10 years and reach 2% of GDP by fiscal 2027, officials "
    "said last week. The 41-day strike ran from December 2021 to January 2022, and talks are "
    "set for March 3-5. Growth slowed in the third quarter of 2024 from a year earlier, while "
    "prices of 1,200 goods rose 3.5% in February and about 2000 people were evacuated. "
    "Nothing in this sentence is about time at all, although it is long and full of words.\n\n"
)
ROW = "Sunday 12 March 2024 after the vote then, ahead of talks on April 2 fiscal 2027 at 10:14 am GMT "


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return max(best, 1e-9)


def throughput(text: str, repeat: int) -> dict[str, float]:
    """MB/s of ``tag`` and ``find_dates`` over the sentences of ``text``."""
    spans = sentences(text)
    mb = len(text.encode("utf-8")) / 1e6
    out = {}
    for name, fn in (("tag", tag), ("find_dates", find_dates)):
        out[name] = mb / _best(lambda fn=fn: [fn(text, lo, hi, PUB) for lo, hi in spans], repeat)
    return out


def growth(unit: str, one_sentence: bool, repeat: int) -> float:
    """Time for 4x the text over time for 1x: about 4 when linear, 16 when quadratic."""
    small, large = unit * 100, unit * 400

    def run(text: str):
        spans = [(0, len(text))] if one_sentence else sentences(text)
        return lambda: [find_dates(text, lo, hi, PUB) for lo, hi in spans]

    return _best(run(large), repeat) / _best(run(small), repeat)


def tempeval_text(data: Path) -> str | None:
    if not data.is_dir():
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from temporal_eval import docs  # the benchmark's own reader of the .tml files
    return "\n\n".join(d.text for d in docs(data))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("TEMPEVAL3_DIR", DEFAULT_DATA)))
    args = ap.parse_args(argv)
    print(f"{platform.machine()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    news = throughput(PARAGRAPH * 200, args.repeat)
    print(f"news paragraphs ({len(PARAGRAPH) * 200 / 1e6:.2f} MB): tag {news['tag']:.2f} MB/s, "
          f"find_dates {news['find_dates']:.2f} MB/s")
    text = tempeval_text(args.data)
    if text is not None:
        te = throughput(text, args.repeat)
        print(f"TempEval-3 text ({len(text.encode()) / 1e6:.2f} MB): tag {te['tag']:.2f} MB/s, "
              f"find_dates {te['find_dates']:.2f} MB/s")
    print(f"4x the text costs {growth(PARAGRAPH, False, args.repeat):.1f}x the time (sentences), "
          f"{growth(ROW, True, max(1, args.repeat // 2)):.1f}x (one huge sentence); 4 is linear")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

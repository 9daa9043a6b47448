"""Regenerate reports/ for the example corpus in every format (never edit them by hand)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.cli import main  # noqa: E402

#: (file name, arguments): the draft checked against the sources, in each format.
REPORTS = [
    (f"draft-check.{ext}", ["check", "examples/draft.md", "--against", "examples/", "--format", fmt])
    for fmt, ext in (("table", "txt"), ("text", "lines.txt"), ("json", "json"))
]


def generate(out: Path) -> None:
    os.chdir(ROOT)
    out.mkdir(parents=True, exist_ok=True)
    for name, args in REPORTS:
        main([*args, "--output", str(out / name), "--fail-on", "never"])


if __name__ == "__main__":
    generate(ROOT / "reports")

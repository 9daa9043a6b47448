"""Regenerate reports/ for the example corpus in every format (never edit them by hand)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.cli import main  # noqa: E402

_EXTENSIONS = {"table": "txt", "text": "lines.txt", "markdown": "md", "json": "json", "sarif": "sarif",
               "html": "html"}
#: (file name, arguments): the draft checked against the sources in every format, and the whole
#: corpus checked pairwise.
REPORTS = [
    (f"draft-check.{ext}", ["check", "examples/draft.md", "--against", "examples/", "--format", fmt])
    for fmt, ext in _EXTENSIONS.items()
] + [("corpus-check.txt", ["check", "examples/", "--format", "table"]),
     ("claims.json", ["extract", "examples/", "--format", "json"])]


def generate(out: Path) -> None:
    os.chdir(ROOT)
    out.mkdir(parents=True, exist_ok=True)
    for name, args in REPORTS:
        extra = ["--fail-on", "never"] if args[0] == "check" else []
        main([*args, "--output", str(out / name), *extra])


if __name__ == "__main__":
    generate(ROOT / "reports")

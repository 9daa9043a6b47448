"""Regenerate reports/ for the example corpus in every format, and the sample outputs quoted in
README.md, docs/reports.md and docs/worked-example.md (never edit them by hand).

A sample in a doc is a fenced block right after a marker line:

    <!-- sample: check examples/draft.md --format text; lines 1-2 -->

The marker names the factcheck arguments, then optional filters separated by ";": ``lines
1-3,-1`` keeps those lines (negative counts from the end; "…" marks what was left out),
``from REGEX`` / ``to REGEX`` keep the lines from the first match of one to the first match of
the other, ``stderr`` shows what was printed there first, ``prompt`` starts the block with the
command line, ``lang NAME`` names the fence's language, ``needs PATH`` skips the sample (keeps
it as it is) when PATH does not exist."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
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

#: Docs whose samples are generated.
DOCS = ["README.md", "docs/reports.md", "docs/worked-example.md"]

_SAMPLE = re.compile(r"^<!-- sample: (?P<spec>.+?) -->\n(?P<fence>`{3,})(?P<lang>[^\n]*)\n(?P<body>.*?)^(?P=fence)\n",
                     re.M | re.S)


def generate(out: Path) -> None:
    os.chdir(ROOT)
    out.mkdir(parents=True, exist_ok=True)
    for name, args in REPORTS:
        extra = ["--fail-on", "never"] if args[0] == "check" else []
        main([*args, "--output", str(out / name), *extra])


def run(args: list[str]) -> tuple[str, str]:
    """stdout and stderr of one factcheck command, run in the repository."""
    here = os.getcwd()
    os.chdir(ROOT)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(args)
    finally:
        os.chdir(here)
    return out.getvalue(), err.getvalue()


def _keep(lines: list[str], spec: str) -> list[str]:
    chosen: list[int] = []
    def at(n: int) -> int:
        return n if n > 0 else len(lines) + n + 1

    for part in spec.split(","):
        lo, hi = re.fullmatch(r"\s*(-?\d+)(?:-(-?\d+))?\s*", part).groups()
        first = at(int(lo))
        last = at(int(hi)) if hi else first
        chosen += [n for n in range(first, last + 1) if 1 <= n <= len(lines) and n not in chosen]
    out, prev = [], 0
    for n in chosen:
        if n != prev + 1:
            out.append("…")
        out.append(lines[n - 1])
        prev = n
    if prev != len(lines):
        out.append("…")
    return out


def sample(spec: str) -> str | None:
    """The text of one sample, or None when what it needs is absent here."""
    command, *filters = [p.strip() for p in spec.split(";")]
    opts = {f.split(" ", 1)[0]: (f.split(" ", 1)[1] if " " in f else "") for f in filters}
    if "needs" in opts and not (ROOT / opts["needs"]).exists():
        return None
    args = shlex.split(command)
    stdout, stderr = run(args)
    # Files beside the repository (../shared) print as absolute paths: show them relative, so a
    # sample reads the same in any clone.
    # (../shared may itself be a symbolic link: its real path prints then.)
    shared = os.path.realpath(ROOT.parent / "shared")
    lines = [line.replace(f"{shared}/", "../shared/").replace(f"{ROOT.parent}/", "../")
             for line in (stderr.splitlines() if "stderr" in opts else []) + stdout.splitlines()]
    if "from" in opts:
        start = next(i for i, line in enumerate(lines) if re.search(opts["from"], line))
        end = next((i for i, line in enumerate(lines[start:], start) if re.search(opts.get("to", "$^"), line)),
                   len(lines) - 1)
        lines = (["…"] if start else []) + lines[start:end + 1] + (["…"] if end < len(lines) - 1 else [])
    if "lines" in opts:
        lines = _keep(lines, opts["lines"])
    if "prompt" in opts:
        lines = [f"$ factcheck {command}"] + lines
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render_doc(text: str) -> str:
    """``text`` with every sample block regenerated."""
    def block(m: re.Match[str]) -> str:
        body = sample(m["spec"])
        if body is None:
            return m.group()
        return f"<!-- sample: {m['spec']} -->\n{m['fence']}{m['lang']}\n{body}{m['fence']}\n"
    return _SAMPLE.sub(block, text)


def update_docs() -> None:
    for name in DOCS:
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        fresh = render_doc(text)
        if fresh != text:
            path.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    generate(ROOT / "reports")
    update_docs()

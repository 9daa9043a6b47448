"""Start-up cost of the command line, side by side with the interpreter's own.

    python bench/startup.py                                   # this checkout
    python bench/startup.py --repo before=/tmp/old --repo after=.   # two checkouts, side by side
    python bench/startup.py --runs 20
    python bench/startup.py --no-byte-code                    # sources compiled on every run
    python bench/startup.py --split --runs 15                 # where the example check's time goes

Each command runs ``--runs`` times in a fresh interpreter (the one running this script) with the
checkout first on ``sys.path``; checkouts take turns run by run, so that a change in the load
of a shared machine hits them alike. Byte code is written once and reused, as it is for an
installed package: ``PYTHONDONTWRITEBYTECODE`` is dropped from the children's environment.
``--no-byte-code`` sets it instead, so that every run compiles factcheck's sources again (as
runs of this script did whenever the caller's environment had it set). For each command it
gives the lowest and the median CPU time (user + system, from the child's rusage) and the
lowest wall time. The lowest is the figure to compare on a shared machine: other jobs only
ever add to it. Each checkout's ``factcheck/``, ``rules/`` and ``examples/`` are copied to a
temporary folder (without byte code) and run from there, so that the figures depend neither on
the current folder nor on byte code an earlier run left behind.
A checkout of an old commit: ``mkdir /tmp/old && git archive REV | tar -x -C /tmp/old``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

COMMANDS = [
    ("python -c pass", ["-c", "pass"]),
    ("python -c 'import factcheck'", ["-c", "import factcheck"]),
    ("factcheck --help", ["-m", "factcheck", "--help"]),
    ("factcheck check --help", ["-m", "factcheck", "check", "--help"]),
    ("factcheck rules", ["-m", "factcheck", "rules"]),
    ("factcheck check examples/draft.md --against examples/ --format text",
     ["-m", "factcheck", "check", "examples/draft.md", "--against", "examples/", "--format", "text"]),
]


def run_once(argv: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *argv], env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    # Exit 1 is a check that found something; anywhere else it is a failure (an import error
    # exits 1 too, and a run that fails early would look fast).
    allowed = (0, 1) if argv[2:3] == ["check"] and "--help" not in argv else (0,)
    if os.waitstatus_to_exitcode(status) not in allowed or "Traceback" in err:
        sys.exit(f"{' '.join(argv)} failed in {cwd}: {err}")
    return wall, usage.ru_utime + usage.ru_stime


#: Run in one interpreter: the example check, stage by stage, in the order it imports them.
SPLIT_PROBE = """
import contextlib, io, time
marks, last = [], time.process_time()
def mark(name):
    global last
    now = time.process_time(); marks.append((name, now - last)); last = now
import pydantic.main, pydantic.fields; mark("pydantic imported (pydantic.main, pydantic.fields)")
import factcheck.models; mark("factcheck.models (models built, and what pydantic imports to build them)")
import factcheck.ingest; mark("factcheck.ingest")
import factcheck.dsl; mark("factcheck.dsl")
import factcheck.extract; mark("factcheck.extract")
import factcheck.engine; mark("factcheck.engine")
from factcheck import api, cli; import factcheck.render.text; mark("api, cli, render.text")
with contextlib.redirect_stdout(io.StringIO()):
    try: cli.main(["check", "examples/draft.md", "--against", "examples/", "--format", "text"])
    except SystemExit: pass
mark("the check itself (rules, read, extract, compare, render)")
print(repr(marks))
"""


def split(env: dict[str, str], cwd: str, runs: int) -> None:
    """CPU milliseconds of each stage of the example check, least and median of ``runs``."""
    import ast

    stages: dict[str, list[float]] = {}
    for _ in range(runs + 1):  # the first run warms the caches
        out = subprocess.run([sys.executable, "-c", SPLIT_PROBE], env=env, cwd=cwd, capture_output=True,
                             text=True, check=True).stdout
        for name, seconds in ast.literal_eval(out.strip().splitlines()[-1]):
            stages.setdefault(name, []).append(seconds)
    print("| stage | least | median |\n|---|---:|---:|")
    for name, times in stages.items():
        times = times[1:]
        print(f"| {name} | {min(times) * 1000:.0f} | {statistics.median(times) * 1000:.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", action="append", metavar="[LABEL=]PATH",
                    help="a checkout to measure (repeatable; default: this one)")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--no-byte-code", action="store_true",
                    help="set PYTHONDONTWRITEBYTECODE in the runs (sources compiled every time)")
    ap.add_argument("--split", action="store_true",
                    help="instead: CPU time of each stage of the example check, in one interpreter")
    args = ap.parse_args()
    repos = []
    for spec in args.repo or [f"this={HERE}"]:
        label, _, path = spec.rpartition("=")
        repos.append((label or Path(path).name, Path(path).resolve()))
    with tempfile.TemporaryDirectory() as tmp:
        setups = []
        for i, (label, repo) in enumerate(repos):
            work = Path(tmp) / str(i)
            # The package and its packs are copied without __pycache__, so that byte code left
            # in a checkout by earlier runs (or its absence) decides nothing.
            for part in ("factcheck", "rules", "examples"):
                shutil.copytree(repo / part, work / part, ignore=shutil.ignore_patterns("__pycache__"))
            env = {**os.environ, "PYTHONPATH": str(work), "COLUMNS": "100"}
            # An installed package has its byte code compiled (pip does it at install time); with
            # PYTHONDONTWRITEBYTECODE set, every run would compile factcheck's sources again.
            if args.no_byte_code:
                env["PYTHONDONTWRITEBYTECODE"] = "1"
            else:
                env.pop("PYTHONDONTWRITEBYTECODE", None)
            setups.append((label, env, str(work)))
        if args.split:
            for label, env, cwd in setups:
                print(f"{label}:\n")
                split(env, cwd, args.runs)
            return
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for name, argv in COMMANDS:
            for label, env, cwd in setups:
                run_once(argv, env, cwd)  # warm the file cache, byte code and factcheck's own caches
            for _ in range(args.runs):
                for label, env, cwd in setups:
                    times.setdefault((name, label), []).append(run_once(argv, env, cwd))
    head = "| command | " + " | ".join(f"{label}: CPU min / median, wall min (s)" for label, _ in repos) + " |"
    print(head)
    print("|---|" + "---:|" * len(repos))
    for name, _ in COMMANDS:
        cells = []
        for label, _ in repos:
            walls, cpus = zip(*times[(name, label)])
            cells.append(f"{min(cpus):.3f} / {statistics.median(cpus):.3f}, {min(walls):.3f}")
        print(f"| `{name}` | " + " | ".join(cells) + " |")
    code = "sources compiled every run" if args.no_byte_code else "byte code cached"
    print(f"\n{args.runs} runs each, {code}; {sys.implementation.name} {sys.version.split()[0]}, {os.cpu_count()} CPU(s); "
          + "; ".join(f"{label} = {repo}" for label, repo in repos))


if __name__ == "__main__":
    main()

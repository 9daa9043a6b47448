"""Start-up cost of the command line, side by side with the interpreter's own.

    python bench/startup.py                                   # this checkout
    python bench/startup.py --repo before=/tmp/old --repo after=.   # two checkouts, side by side
    python bench/startup.py --runs 20
    python bench/startup.py --no-byte-code                    # sources compiled on every run

Each command runs ``--runs`` times in a fresh interpreter (the one running this script) with the
checkout first on ``sys.path``; checkouts take turns run by run, so that a change in the load
of a shared machine hits them alike. Byte code is written once and reused, as it is for an
installed package: ``PYTHONDONTWRITEBYTECODE`` is dropped from the children's environment.
``--no-byte-code`` sets it instead, so that every run compiles factcheck's sources again (as
runs of this script did whenever the caller's environment had it set). For each command it
gives the lowest and the median CPU time (user + system, from the child's rusage) and the
lowest wall time. The lowest is the figure to compare on a shared machine: other jobs only
ever add to it. The example check runs in a copy of each checkout's ``examples/`` so that the
figures do not depend on the current folder.
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
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{' '.join(argv)} failed in {cwd}: {err}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", action="append", metavar="[LABEL=]PATH",
                    help="a checkout to measure (repeatable; default: this one)")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--no-byte-code", action="store_true",
                    help="set PYTHONDONTWRITEBYTECODE in the runs (sources compiled every time)")
    args = ap.parse_args()
    repos = []
    for spec in args.repo or [f"this={HERE}"]:
        label, _, path = spec.rpartition("=")
        repos.append((label or Path(path).name, Path(path).resolve()))
    with tempfile.TemporaryDirectory() as tmp:
        setups = []
        for i, (label, repo) in enumerate(repos):
            work = Path(tmp) / str(i)
            shutil.copytree(repo / "examples", work / "examples")
            env = {**os.environ, "PYTHONPATH": str(repo), "COLUMNS": "100"}
            # An installed package has its byte code compiled (pip does it at install time); with
            # PYTHONDONTWRITEBYTECODE set, every run would compile factcheck's sources again.
            if args.no_byte_code:
                env["PYTHONDONTWRITEBYTECODE"] = "1"
            else:
                env.pop("PYTHONDONTWRITEBYTECODE", None)
            setups.append((label, env, str(work)))
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

"""Scaling benchmark (issue 16): time, peak memory and output size of the CLI on inputs that
grow, to show that cost and output are linear in the input.

Three series, each run through the real command line (`factcheck check … --format json
--output FILE`, and `extract` for the single documents) in a fresh process per measurement:

- doc:    one document of news-like text (stories from bench/synth_archive.py, one after the
          other, so one article holds many counts of people, budgets and tolls that differ),
          0.1, 0.5, 2 and 10 MB;
- claims: one document with 500 to 4,000 figures of one measure ("N people were displaced"),
          every one different;
- files:  1k, 10k (and, with --files 100000, 100k) one-sentence reports in one folder with a
          sources.csv, all giving a different count of displaced people, or all the same one;
- long:   (not run by default) one sentence that never ends, of 12.5 and 50 KB: news text with
          its full stops turned into commas, a list of percentages, figures glued by commas.

    python bench/scale_bench.py                       # every series (files: 1k, 10k)
    python bench/scale_bench.py --series files --files 1000 10000 100000
    python bench/scale_bench.py --series long
    python bench/scale_bench.py --profile claims 2000 # cProfile of one check, top functions

Figures and their reading are in bench/scale.md. Nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = "2025-03-10"


# --- inputs ----------------------------------------------------------------------------------

def _synth():
    spec = importlib.util.spec_from_file_location("synth_archive", REPO / "bench" / "synth_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def news_document(path: Path, megabytes: float, seed: int = 5) -> None:
    """One plain-text document of ``megabytes`` MB: article bodies (no front matter, no
    headline) from the synthetic archive, one story after another."""
    synth = _synth()
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts, size, i = [], 0, 0
    while size < target:
        story = synth._story(random.Random(seed * 7919 + i), i)
        text = synth.article(story, rng, "Bench Wire", story["event_date"], words=rng.randint(300, 650))
        body = text.split("\n---\n", 1)[1].split("\n\n", 1)[1]  # drop front matter and headline
        parts.append(body)
        size += len(body.encode()) + 1
        i += 1
    data = "\n".join(parts).encode()[:target]
    path.write_bytes(data[: data.rfind(b"\n") + 1] or data)


def same_measure_document(path: Path, n: int) -> None:
    """One document with ``n`` different counts of displaced people, one per sentence."""
    rng = random.Random(n)
    towns = ["Orrin", "Vessa", "Talvik", "Brena", "Ostmark", "Dunmere", "Pell", "Quillon"]
    lines = []
    for i in range(n):
        count = 10_000 + 37 * i
        lines.append(f"{count:,} people were displaced by the floods in the valley, officials in "
                     f"{rng.choice(towns)} said in the {name_of(i)} bulletin.")
    path.write_text("Valley floods: the count so far\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")


_SYLLABLES = ["ka", "lo", "mer", "vin", "tas", "del", "ru", "sen", "bro", "qui", "fa", "nor", "pel", "zan",
              "ov", "ith", "gar", "mu", "ste", "la"]


def name_of(i: int) -> str:
    """A made-up name per number ("Kalomer"), so that no figure hides in a name."""
    parts = []
    while True:
        i, r = divmod(i, len(_SYLLABLES))
        parts.append(_SYLLABLES[r])
        if not i:
            break
    return "".join(parts).capitalize()


def tiny_files(folder: Path, n: int, agree: bool) -> None:
    """``n`` one-sentence reports, each from its own outlet (sources.csv), about the same
    figure: every count different, or all the same. The wording differs from file to file so
    that no two are taken for syndicated copies."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["file", "source", "published"])
        for i in range(n):
            count = 12_000 if agree else 12_000 + 7 * i
            name = f"r{i:06d}.txt"
            outlet = f"The {name_of(i)} Courier"
            (folder / name).write_text(
                f"{outlet} reports that {count:,} people were displaced by the floods in the Orrin "
                "valley, the emergency agency said.\n", encoding="utf-8")
            out.writerow([name, outlet, PUBLISHED])


# --- measuring one run ------------------------------------------------------------------------

def measure(argv: list[str]) -> dict:
    """Run the command line in this process (called in a fresh child by :func:`run`)."""
    sys.path.insert(0, str(REPO))
    from factcheck.cli import main

    devnull = open(os.devnull, "w")  # noqa: SIM115 - closed at exit
    old_err = sys.stderr
    sys.stderr = devnull  # per-file warnings (I009 …) are not what is measured
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    try:
        code = main(argv)
    finally:
        sys.stderr = old_err
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"code": code, "seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime - cpu_before,
            "peak_mb": usage.ru_maxrss / 1024}


def run(argv: list[str], output: Path, timeout: float) -> dict:
    """One measurement in a fresh process; the output file's size and counts added."""
    output.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", "--", *argv, "--output", str(output)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "timeout": timeout}
    if done.returncode != 0:
        return {"seconds": None, "error": done.stderr[-2000:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["out_mb"] = output.stat().st_size / 1e6 if output.exists() else None
    if output.exists():
        report = json.loads(output.read_text(encoding="utf-8"))
        result["claims"] = len(report["claims"]) if "claims" in report else report["summary"]["claims"]
        if "findings" in report:
            result["findings"] = len(report["findings"])
            result["longest_finding_kb"] = max((len(json.dumps(f)) for f in report["findings"]), default=0) / 1e3
    return result


# --- series -----------------------------------------------------------------------------------

def _row(label: str, what: str, r: dict) -> str:
    if r.get("seconds") is None:
        why = f"timeout after {r['timeout']:.0f} s" if "timeout" in r else "error: " + r.get("error", "")[-300:]
        return f"| {label} | {what} | {why} | | | | | | |"
    findings = r.get("findings", "")
    longest = f"{r['longest_finding_kb']:.1f}" if "longest_finding_kb" in r else ""
    return (f"| {label} | {what} | {r['seconds']:.2f} | {r['cpu']:.2f} | {r['peak_mb']:.0f} | {r['out_mb']:.2f} | "
            f"{r.get('claims', '')} | {findings} | {longest} |")


HEADER = ("| input | command | wall (s) | CPU (s) | peak RSS (MB) | output (MB) | claims | findings "
          "| longest finding (KB) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|")


def series_doc(work: Path, sizes: list[float], timeout: float) -> None:
    print("\n### One document of news-like text\n")
    print(HEADER)
    for mb in sizes:
        doc = work / f"news-{mb}MB.txt"
        news_document(doc, mb)
        label = f"{doc.stat().st_size / 1e6:.1f} MB"
        for command in ("extract", "check"):
            r = run([command, str(doc), "--published", PUBLISHED, "--format", "json"], work / "out.json", timeout)
            print(_row(label, command, r), flush=True)


def series_claims(work: Path, counts: list[int], timeout: float) -> None:
    print("\n### One document, one measure, every figure different\n")
    print(HEADER)
    for n in counts:
        doc = work / f"claims-{n}.txt"
        same_measure_document(doc, n)
        for command in ("extract", "check"):
            r = run([command, str(doc), "--published", PUBLISHED, "--format", "json"], work / "out.json", timeout)
            print(_row(f"{n:,} figures ({doc.stat().st_size / 1e3:.0f} KB)", command, r), flush=True)


def series_files(work: Path, counts: list[int], timeout: float) -> None:
    print("\n### Many one-sentence reports of one figure\n")
    print(HEADER)
    for n in counts:
        for agree in (False, True):
            folder = work / f"files-{n}-{'agree' if agree else 'disagree'}"
            tiny_files(folder, n, agree)
            r = run(["check", str(folder), "--format", "json"], work / "out.json", timeout)
            print(_row(f"{n:,} files, {'all agree' if agree else 'all differ'}", "check", r), flush=True)


LONG_SHAPES = {
    "prose without full stops": lambda news, n: news[:n].replace(".", ",").replace("\n", " "),
    "list of percentages": lambda news, n: "5%, " * (n // 4),
    "counts of people": lambda news, n: "12,000 people " * (n // 14),
    "figures glued by commas": lambda news, n: "12,000," * (n // 7),
}


def series_long(work: Path, sizes: list[int], timeout: float) -> None:
    print("\n### One sentence that never ends\n")
    print(HEADER)
    news_document(work / "news.txt", 0.2)
    news = (work / "news.txt").read_text(encoding="utf-8")
    for name, make in LONG_SHAPES.items():
        for n in sizes:
            doc = work / "long.txt"
            doc.write_text(make(news, n), encoding="utf-8")
            r = run(["extract", str(doc), "--published", PUBLISHED, "--format", "json"], work / "out.json", timeout)
            print(_row(f"{name}, {n / 1000:.1f} KB", "extract", r), flush=True)


def profile(work: Path, series: str, size: float) -> None:
    """cProfile of one `check` run: where the time goes, by cumulative and own time."""
    import cProfile
    import pstats

    sys.path.insert(0, str(REPO))
    from factcheck.cli import main

    if series == "doc":
        target = work / "doc.txt"
        news_document(target, size)
    elif series == "claims":
        target = work / "claims.txt"
        same_measure_document(target, int(size))
    else:
        target = work / "files"
        tiny_files(target, int(size), agree=False)
    prof = cProfile.Profile()
    prof.enable()
    main(["check", str(target), "--published", PUBLISHED, "--format", "json", "--output", str(work / "out.json")]
         if series != "files" else ["check", str(target), "--format", "json", "--output", str(work / "out.json")])
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        argv = sys.argv[sys.argv.index("--") + 1:]
        print(json.dumps(measure(argv)))
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--series", nargs="+", choices=["doc", "claims", "files", "long"],
                   default=["doc", "claims", "files"])
    p.add_argument("--sizes", nargs="+", type=float, default=[0.1, 0.5, 2, 10], help="document sizes, MB")
    p.add_argument("--claims", nargs="+", type=int, default=[500, 1000, 2000, 4000])
    p.add_argument("--files", nargs="+", type=int, default=[1000, 10000])
    p.add_argument("--long", nargs="+", type=int, default=[12_500, 50_000], help="sentence lengths, characters")
    p.add_argument("--timeout", type=float, default=1800, help="seconds allowed per run")
    p.add_argument("--profile", nargs=2, metavar=("SERIES", "SIZE"), help="profile one check instead")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="fc-scale-") as tmp:
        work = Path(tmp)
        if args.profile:
            profile(work, args.profile[0], float(args.profile[1]))
            return
        print(f"factcheck scale benchmark, Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)")
        if "doc" in args.series:
            series_doc(work, args.sizes, args.timeout)
        if "claims" in args.series:
            series_claims(work, args.claims, args.timeout)
        if "files" in args.series:
            series_files(work, args.files, args.timeout)
        if "long" in args.series:
            series_long(work, args.long, args.timeout)


if __name__ == "__main__":
    main()

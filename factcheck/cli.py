"""The command line: parse arguments, call the public API, print what a renderer returns.

Exit codes: 0 nothing at or above --fail-on, 1 findings (or failed rule tests), 2 usage or
input error."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from . import api, lint, testing
from . import baseline as baseline_io
from .errors import FactcheckError, UsageError
from .models import SEVERITY_RANK, Diagnostic
from .render import RENDERERS, render
from .render.github import annotations as github_annotations

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_EPILOG = {
    "extract": "example:\n  factcheck extract examples/ --format json --output claims.json",
    "check": "examples:\n  factcheck check examples/\n"
             "  factcheck check examples/draft.md --against examples/sources/ --format text\n"
             "  factcheck check draft.md --published 2025-10-15 --source 'Our desk' --against archive/\n"
             "  factcheck check draft.md --against archive/ --baseline accepted.json",
    "test": "examples:\n  factcheck test rules/\n  factcheck test rules/ --require-coverage --junit rule-tests.xml\n"
            "  factcheck test rules/ -k cross-source",
    "lint": "examples:\n  factcheck lint rules/\n  factcheck lint rules/ --format json --strict",
    "rules": "example:\n  factcheck rules --rules rules/quantities",
    "explain": "example:\n  factcheck explain quantities.cross-source examples/",
    "index": "examples:\n  factcheck index archive/ --db archive.db --jobs 2\n"
             "  factcheck check draft.md --against archive.db   (reads only the claims that can pair)",
    "fmt": "examples:\n  factcheck fmt rules/\n  factcheck fmt --check rules/",
}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except FactcheckError as exc:
        print(exc.format(), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="factcheck", description=(
        "Extract numeric and temporal claims from news articles and find the ones that "
        "contradict each other, with declarative rules."))
    p.add_argument("--version", action="version", version=f"factcheck {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=_EPILOG.get(name),
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    def corpus_options(c: argparse.ArgumentParser) -> None:
        c.add_argument("--published", metavar="DATE", help="publication date for the files given (YYYY-MM-DD)")
        c.add_argument("--source", metavar="NAME", help="source (outlet) name for the files given")
        c.add_argument("--format", default="table", choices=sorted(RENDERERS), help="output format (default: table)")
        c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")

    c = command("extract", "List every numeric and temporal claim found in articles.")
    c.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    corpus_options(c)
    c.set_defaults(func=_cmd_extract)

    c = command("check", "Find claims that contradict each other across sources (or inside one article).")
    c.add_argument("paths", nargs="+", metavar="PATH", help="articles to check: files or folders")
    c.add_argument("--against", nargs="+", metavar="PATH", default=[],
                   help="sources to check against (files, folders, or an index built by 'factcheck index'); "
                        "only findings involving PATH are reported")
    c.add_argument("--rules", nargs="+", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.add_argument("--fail-on", default="warning", choices=["error", "warning", "info", "never"],
                   help="exit 1 when a finding has this severity or higher (default: warning)")
    c.add_argument("--baseline", metavar="FILE", help="accepted findings (by fingerprint) that do not count")
    c.add_argument("--write-baseline", metavar="FILE",
                   help="write every current finding to FILE as accepted (keeps reasons of a --baseline)")
    corpus_options(c)
    c.set_defaults(func=_cmd_check)

    c = command("index", "Build or update a claims index (one SQLite file) of an archive, for fast "
                         "'check DRAFT --against FILE.db'. Unchanged files are skipped; an interrupted run "
                         "resumes where it stopped.")
    c.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    c.add_argument("--db", required=True, metavar="FILE", help="the index file (created if missing)")
    c.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for extraction (default: all cores)")
    c.add_argument("--rules", nargs="+", metavar="PATH",
                   help="rule packs whose keys to store (default: the shipped packs; a check with other "
                        "rules re-keys the index once)")
    c.set_defaults(func=_cmd_index)

    c = command("test", "Run the test cases of rule packs: must-fire and must-not-fire examples.")
    c.add_argument("paths", nargs="*", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.add_argument("-k", metavar="TEXT", dest="keyword", help="run only cases whose id contains TEXT")
    c.add_argument("--junit", metavar="FILE", help="also write the results as JUnit XML to FILE")
    c.add_argument("--coverage", action="store_true", help="report, per rule, its must-fire and must-not-fire cases")
    c.add_argument("--require-coverage", action="store_true",
                   help="fail unless every rule has a case that fires and a case that stays silent")
    c.set_defaults(func=_cmd_test)

    c = command("lint", "Check rule packs for errors without running them.")
    c.add_argument("paths", nargs="*", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.add_argument("--format", default="text", choices=["text", "json", "github"],
                   help="text, JSON (factcheck.lint/1) or GitHub Actions annotations")
    c.add_argument("--strict", action="store_true", help="exit 1 on warnings too (layout, cost)")
    c.set_defaults(func=_cmd_lint)

    c = command("explain", "Show, for one rule, the claims it selects, the pairs it compares and why each did or did not fire.")
    c.add_argument("rule", metavar="RULE", help="rule id, e.g. quantities.cross-source")
    c.add_argument("paths", nargs="+", metavar="PATH", help="articles: files or folders")
    c.add_argument("--rules", nargs="+", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.add_argument("--published", metavar="DATE", help="publication date for the files given (YYYY-MM-DD)")
    c.add_argument("--source", metavar="NAME", help="source (outlet) name for the files given")
    c.set_defaults(func=_cmd_explain)

    c = command("fmt", "Rewrite rule files in the canonical layout (--check: only report files that would change).")
    c.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped packs)")
    c.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not formatted")
    c.set_defaults(func=_cmd_fmt)

    c = command("rules", "List the rules that would run.")
    c.add_argument("--rules", nargs="+", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.set_defaults(func=_cmd_rules)
    return p


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        print(d.format(), file=sys.stderr)


def _write(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to ``output``: a temporary file beside it, renamed."""
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    if not target.parent.exists():
        raise UsageError(f"cannot write {output}: folder {target.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; a report is not
        os.replace(tmp, target)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def _load(paths: list[str], args) -> api.Corpus:
    return api.load_corpus(paths, published=args.published, source=args.source)


def _cmd_extract(args) -> int:
    corpus = _load(args.paths, args)
    _print_diagnostics(corpus.diagnostics)
    if not corpus.documents:
        print("factcheck: no readable articles in the paths given", file=sys.stderr)
        return EXIT_ERROR
    _write(render(api.claims_report(corpus, _progress_bar("reading")), args.format), args.output)
    return EXIT_OK


def _cmd_check(args) -> int:
    rules = api.load_rules(args.rules) if args.rules else api.load_rules()
    checked = _load(args.paths, args)
    documents = list(checked.documents)
    diagnostics = list(checked.diagnostics)
    focus = None
    indexes = [p for p in args.against if api.looks_like_index(p)]
    if len(indexes) > 1:
        raise UsageError("give at most one index with --against")
    against = [p for p in args.against if p not in indexes]
    if args.against:
        focus = [d.id for d in checked.documents]
    if against:
        sources = api.load_corpus(against)
        diagnostics += sources.diagnostics
        seen = {d.id for d in documents}
        documents += [d for d in sources.documents if d.id not in seen]
        documents = api.regroup(documents)
    if not checked.documents:
        _print_diagnostics(diagnostics)
        print("factcheck: no readable articles to check", file=sys.stderr)
        return EXIT_ERROR
    baseline = baseline_io.read_baseline(args.baseline) if args.baseline else None
    report = api.check(documents, rules, focus=focus, diagnostics=diagnostics, baseline=baseline,
                       baseline_path=args.baseline, index=indexes[0] if indexes else None,
                       progress=_progress_bar("reading"))
    _print_diagnostics(report.diagnostics)
    if args.write_baseline:
        accepted = [f for f in report.findings if f.suppression is None or f.suppression.kind == "baseline"]
        _write(baseline_io.baseline_json(accepted, baseline), args.write_baseline)
        print(f"wrote {len(accepted)} accepted finding(s) to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    _write(render(report, args.format), args.output)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        sys.stderr.write(github_annotations(report))
    if args.fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[args.fail_on]
    active = [f for f in report.findings if f.suppression is None]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in active) else EXIT_OK


def _cmd_index(args) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    progress = _progress if sys.stderr.isatty() else None
    stats = api.build_index(args.paths, args.db, jobs=args.jobs, rules=args.rules, progress=progress)
    _print_diagnostics(stats.diagnostics)
    print(f"{args.db}: {stats.indexed} file(s) indexed, {stats.unchanged} unchanged, {stats.removed} removed "
          f"({stats.documents} document(s), {stats.claims} claim(s), {stats.seconds:.1f} s)", file=sys.stderr)
    return EXIT_ERROR if stats.files == 0 and stats.diagnostics else EXIT_OK


#: Runs over fewer documents than this show no progress bar.
PROGRESS_MIN = 20


def _progress_bar(label: str, stream=None):
    """A progress callback drawing a bar on stderr, or None when stderr is not a terminal
    (CI logs and redirected output stay clean)."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None

    def draw(done: int, total: int) -> None:
        if total < PROGRESS_MIN:
            return
        width = 30
        filled = width * done // max(total, 1)
        stream.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            stream.write("\r" + " " * (width + len(label) + 24) + "\r")
        stream.flush()

    return draw


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rindexing: {done}/{total} file(s)" + ("\n" if done == total else ""))
    sys.stderr.flush()


def _cmd_test(args) -> int:
    paths = args.paths or [str(api.default_rules_path())]
    result = testing.run(paths, keyword=args.keyword, require_coverage=args.require_coverage)
    if args.coverage or args.require_coverage:
        sys.stdout.write(testing.format_coverage(result))
    sys.stdout.write(testing.format_result(result))
    if args.junit:
        _write(testing.junit_xml(result), args.junit)
    return result.exit_code


def _cmd_lint(args) -> int:
    report = lint.lint(args.paths or [str(api.default_rules_path())])
    sys.stdout.write({"text": report.text, "json": report.json, "github": report.github}[args.format]())
    return report.exit_code(strict=args.strict)


def _cmd_explain(args) -> int:
    rules = api.load_rules(args.rules) if args.rules else api.load_rules()
    corpus = _load(args.paths, args)
    _print_diagnostics(corpus.diagnostics)
    if not corpus.documents:
        print("factcheck: no readable articles in the paths given", file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(api.explain(args.rule, corpus, rules).format())
    return EXIT_OK


def _cmd_fmt(args) -> int:
    paths = args.paths or [str(api.default_rules_path())]
    diagnostics: list[Diagnostic] = []
    files = api.rule_files(paths, diagnostics)
    _print_diagnostics(diagnostics)
    changed, failed = [], False
    for file in files:
        text = file.read_text(encoding="utf-8")
        try:
            formatted = api.format_rules(text, str(file))
        except FactcheckError as exc:
            print(exc.format(), file=sys.stderr)
            failed = True
            continue
        if formatted != text:
            changed.append(file)
            if not args.check:
                _write(formatted, str(file))
    for file in changed:
        print(f"{'would reformat' if args.check else 'reformatted'} {file}")
    if failed or diagnostics:
        return EXIT_ERROR
    if args.check and changed:
        return EXIT_FINDINGS
    print(f"{len(files)} file(s) {'already formatted' if not changed else 'checked'}")
    return EXIT_OK


def _cmd_rules(args) -> int:
    from tabulate import tabulate

    ruleset = api.load_rules(args.rules) if args.rules else api.load_rules()
    rows = [[r.id, r.severity, r.title, ", ".join(r.keys) or "-", r.span.path if r.span else ""]
            for r in ruleset.rules]
    print(tabulate(rows, headers=["rule", "severity", "title", "same", "file"], tablefmt="simple"))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The command line: parse arguments, call the public API, print what a renderer returns.

Exit codes: 0 nothing at or above --fail-on, 1 findings (or failed rule tests), 2 usage or
input error."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import stat
import sys
from pathlib import Path

# Only the standard library above: `factcheck --help` must not pay for pydantic, pint or Lark.
# Each command imports what it uses.

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_EPILOG = {
    "extract": "example:\n  factcheck extract examples/ --format json --output claims.json",
    "check": "examples:\n  factcheck check examples/\n"
             "  factcheck check examples/draft.md --against examples/ --format text\n"
             "  factcheck check draft.md --published 2025-10-15 --source 'Our desk' --against archive/\n"
             "  factcheck check draft.md --against archive/ --baseline accepted.json",
    "test": "examples:\n  factcheck test rules/\n  factcheck test rules/ --require-coverage --junit rule-tests.xml\n"
            "  factcheck test rules/ -k cross-source",
    "lint": "examples:\n  factcheck lint rules/\n  factcheck lint rules/ --format json --strict",
    "rules": "example:\n  factcheck rules --rules rules/quantities",
    "explain": "example:\n  factcheck explain quantities.cross-source examples/",
    "index": "examples:\n  factcheck index archive/ --db archive.db --jobs 2\n"
             "  factcheck check draft.md --against archive.db   (reads only the claims that can pair)\n"
             "  factcheck index s3://bucket/archive/ --db archive.db --scheduler tcp://HOST:8786",
    "fmt": "examples:\n  factcheck fmt rules/\n  factcheck fmt --check rules/",
    "serve": "examples:\n  factcheck serve --against examples/\n"
             "  factcheck serve --against archive.db --baseline accepted.json --port 8080\n"
             "  curl -s localhost:8000/api/check -H 'Content-Type: text/markdown' --data-binary @examples/draft.md",
}


#: The formats of ``factcheck.render.RENDERERS``, named here so that building the parser does
#: not import every renderer (tests/test_cli.py keeps the two in step).
FORMATS = ("html", "json", "markdown", "sarif", "table", "text")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        from .errors import FactcheckError

        if not isinstance(exc, FactcheckError):
            raise
        print(_printable(exc.format()), file=sys.stderr)
        return EXIT_ERROR


class _Version(argparse.Action):
    """``--version``, looked up only when asked for (package metadata is slow to read)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"factcheck {_version()}")
        parser.exit()


def _iso_date(value: str) -> dt.date:
    """``--published``: a date written YYYY-MM-DD, nothing else (12/08/2025 could be either)."""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"'{value}' is not a date written YYYY-MM-DD")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="factcheck", description=(
        "Extract numeric and temporal claims from news articles and find the ones that "
        "contradict each other, with declarative rules."))
    p.add_argument("--version", action=_Version, help="show the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, epilog=_EPILOG.get(name),
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    def corpus_options(c: argparse.ArgumentParser) -> None:
        c.add_argument("--published", metavar="DATE", type=_iso_date,
                       help="publication date for the files given (YYYY-MM-DD)")
        c.add_argument("--source", metavar="NAME", help="source (outlet) name for the files given")
        c.add_argument("--format", default="table", choices=FORMATS, help="output format (default: table)")
        c.add_argument("--output", "-o", metavar="FILE",
                       help="write the report to FILE (atomically; a summary goes to stderr) instead of stdout")

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
    c.add_argument("--scheduler", metavar="ADDRESS",
                   help="extract on a Dask cluster: its scheduler (tcp://HOST:8786), or 'local' for a Dask "
                        "cluster of --jobs processes here; PATH may then be a URL (s3://…, file://…). "
                        "Needs: pip install 'factcheck[dask]' (docs/scale.md)")
    c.set_defaults(func=_cmd_index)

    c = command("test", "Run the test cases of rule packs: must-fire and must-not-fire examples.")
    c.add_argument("paths", nargs="*", metavar="PATH", help="rule packs, or test files (a file is run against its own pack) (default: the shipped packs)")
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
    c.add_argument("--published", metavar="DATE", type=_iso_date,
                   help="publication date for the files given (YYYY-MM-DD)")
    c.add_argument("--source", metavar="NAME", help="source (outlet) name for the files given")
    c.set_defaults(func=_cmd_explain)

    c = command("fmt", "Rewrite rule files in the canonical layout (--check: only report files that would change).")
    c.add_argument("paths", nargs="*", metavar="PATH", help="rule files or folders (default: the shipped packs)")
    c.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not formatted")
    c.set_defaults(func=_cmd_fmt)

    c = command("serve", "Start the editor's desk: a local web page and HTTP API that check drafts against "
                         "sources loaded once (needs: pip install 'factcheck[serve]').")
    c.add_argument("--against", nargs="+", metavar="PATH", default=[],
                   help="sources to check drafts against (files, folders, or an index built by 'factcheck index')")
    c.add_argument("--rules", nargs="+", metavar="PATH", help="rule packs (default: the shipped packs)")
    c.add_argument("--baseline", metavar="FILE",
                   help="where accepted findings are recorded (created on the first one); also read on every check")
    c.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    c.add_argument("--port", type=int, default=8000, metavar="N", help="port (default: 8000; 0 picks a free one)")
    c.add_argument("--workers", type=int, default=2, metavar="N",
                   help="checks that run at once, each in its own process (default: 2)")
    c.add_argument("--threads", action="store_true",
                   help="run checks on threads of the server instead of processes (the default where "
                        "processes cannot be forked)")
    c.add_argument("--max-body", type=float, default=2.0, metavar="MB", help="largest request body (default: 2 MB)")
    c.add_argument("--max-chars", type=int, default=200_000, metavar="N",
                   help="longest draft, in characters (default: 200000)")
    c.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="a check running longer is abandoned with an error (default: 30)")
    c.set_defaults(func=_cmd_serve)

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


def _print_diagnostics(diagnostics) -> None:
    for d in diagnostics:
        print(_printable(d.format()), file=sys.stderr)


def _printable(text: str) -> str:
    """``text`` safe to encode as UTF-8: a file name that is not valid UTF-8 reaches us with
    its bad bytes as lone surrogates (``caf\udce9.txt``); they are written as the escape
    ``\udce9``, which keeps JSON valid (the same escape in a JSON string) and text readable."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _visible(name: str) -> str:
    """A name (a path) for a message of our own: control characters, bidirectional marks and
    undecodable bytes as escapes, so a file name can neither colour the terminal nor fake a
    line of output."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in name)


def _usage_error(message: str, hint: str | None = None, path: str | None = None, code: str = "U001"):
    """A UsageError to raise: located (``path: error: CODE message``) when it is about a path."""
    from .errors import UsageError

    if path is None:
        return UsageError(f"factcheck: error: {message}" + (f"\n  hint: {hint}" if hint else ""))
    from .models import Diagnostic

    return UsageError(message, [Diagnostic(severity="error", code=code, path=path, message=message, hint=hint)])


# -- output files -------------------------------------------------------------------------------
def _output_target(output: str, inputs=()) -> Path:
    """Where ``--output`` writes: the file itself, or the target of a symlink (written through,
    as editors do). Refused: a path whose folder does not exist, anything that is not a regular
    file (a folder, a device such as /dev/null, a FIFO, a socket), and an input article."""
    real = Path(os.path.realpath(output))
    if not real.parent.is_dir():
        raise _usage_error(f"cannot write: folder {Path(output).parent} does not exist",
                           "create the folder first, or give another --output path", path=output, code="O001")
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a symlink loop, a permission problem
        raise _usage_error(f"cannot write: {exc.strerror or exc}", path=output, code="O001") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, pipe or socket"
        raise _usage_error(f"cannot write: it is {kind}, not a regular file",
                           "give a file name; to discard the output, redirect stdout instead of using --output",
                           path=output, code="O002")
    for path in inputs:
        if os.path.realpath(path) == str(real):
            raise _usage_error("refusing to overwrite it: it is one of the input articles",
                               "give --output a file that is not being checked", path=output, code="O003")
    return real


def _write(text: str, output: str | None, inputs=()) -> None:
    """Write to stdout, or atomically to ``output`` (see :func:`_output_target`): a temporary
    file beside the target, renamed over it; the temporary file is removed on any failure."""
    text = _printable(text)
    if output is None:
        sys.stdout.write(text)
        return
    import tempfile

    target = _output_target(output, inputs)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, _mode(target))  # mkstemp makes the file private; a report is not
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _usage_error(f"cannot write: {exc.strerror or exc}", path=output, code="O001") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _mode(target: Path) -> int:
    """The permissions of the file being replaced, else the default for a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _document_files(documents) -> list[str]:
    return sorted({d.path for d in documents})


def _load(paths: list[str], args):
    from . import api

    return api.load_corpus(paths, published=args.published, source=args.source)


def _cmd_extract(args) -> int:
    from . import api
    from .render import render

    if args.output:
        _output_target(args.output)
    corpus = _load(args.paths, args)
    _print_diagnostics(corpus.diagnostics)
    if not corpus.documents:
        print("factcheck: no readable articles in the paths given", file=sys.stderr)
        return EXIT_ERROR
    report = api.claims_report(corpus, _progress_bar("reading"))
    _write(render(report, args.format), args.output, _document_files(corpus.documents))
    if args.output:
        print(f"wrote {len(report.claims)} claim(s) from {len(report.documents)} document(s) "
              f"to {_visible(args.output)} ({args.format})", file=sys.stderr)
    return EXIT_OK


def _cmd_check(args) -> int:
    from . import api
    from .errors import InputError
    from .models import SEVERITY_RANK
    from .render import render

    api.require_paths(args.paths)
    sources = api.load_sources(args.against) if args.against else None
    for output in (args.output, args.write_baseline):
        if output:
            _output_target(output)
    rules = api.load_rules(args.rules) if args.rules else api.load_rules()
    checked = _load(args.paths, args)
    inputs = _document_files(list(checked.documents) + list(sources.documents if sources else ()))
    for output in (args.output, args.write_baseline):
        if output:
            _output_target(output, inputs)
    if args.baseline or args.write_baseline:
        from . import baseline as baseline_io
    baseline = baseline_io.read_baseline(args.baseline) if args.baseline else None
    try:
        report = api.check_against(checked, sources, rules, baseline=baseline, baseline_path=args.baseline,
                                   progress=_progress_bar("reading"))
    except InputError as exc:
        _print_diagnostics(exc.diagnostics)
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    _print_diagnostics(report.diagnostics)
    if args.write_baseline:
        accepted = [f for f in report.findings if f.suppression is None or f.suppression.kind == "baseline"]
        _write(baseline_io.baseline_json(accepted, baseline), args.write_baseline, inputs)
        print(f"wrote {len(accepted)} accepted finding(s) to {_visible(args.write_baseline)}", file=sys.stderr)
        return EXIT_OK
    _write(render(report, args.format), args.output, inputs)
    if args.output:
        from .render.text import summary_line

        print(f"wrote {summary_line(report)} to {_visible(args.output)} ({args.format})", file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        from .render.github import annotations as github_annotations

        sys.stderr.write(_printable(github_annotations(report)))
    if args.fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[args.fail_on]
    active = [f for f in report.findings if f.suppression is None]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in active) else EXIT_OK


def _cmd_index(args) -> int:
    from . import api

    if args.jobs < 1:
        raise _usage_error("--jobs must be at least 1")
    urls = [p for p in args.paths if "://" in p]
    if urls and not args.scheduler:
        raise _usage_error(f"{urls[0]}: URLs are read by Dask workers; add --scheduler ADDRESS "
                           "(or --scheduler local)", "pip install 'factcheck[dask]' first; see docs/scale.md")
    api.require_paths([p for p in args.paths if p not in urls])
    progress = _progress if sys.stderr.isatty() else None
    stats = api.build_index(args.paths, args.db, jobs=args.jobs, rules=args.rules, progress=progress,
                            scheduler=args.scheduler, log=lambda line: print(line, file=sys.stderr))
    _print_diagnostics(stats.diagnostics)
    print(_printable(f"{_visible(args.db)}: {stats.indexed} file(s) indexed, {stats.unchanged} unchanged, "
                     f"{stats.removed} removed ({stats.documents} document(s), {stats.claims} claim(s), "
                     f"{stats.seconds:.1f} s)"), file=sys.stderr)
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


def _progress(done: int, total: int, rate: float | None = None) -> None:
    """Files done, or on a cluster tasks done and articles per second."""
    what = "file(s)" if rate is None else f"task(s), {rate:.0f} articles/s"
    sys.stderr.write(f"\rindexing: {done}/{total} {what}" + ("\n" if done == total else ""))
    sys.stderr.flush()


def _cmd_test(args) -> int:
    from . import api, testing
    from .render import testrun

    if args.junit:
        _output_target(args.junit)
    paths = args.paths or [str(api.default_rules_path())]
    result = testing.run(paths, keyword=args.keyword, require_coverage=args.require_coverage)
    if args.coverage or args.require_coverage:
        sys.stdout.write(testrun.format_coverage(result))
    sys.stdout.write(testrun.format_result(result))
    if args.junit:
        _write(testrun.junit_xml(result), args.junit)
    return result.exit_code


def _cmd_lint(args) -> int:
    from . import api, lint
    from .render import lint as render_lint

    report = lint.lint(args.paths or [str(api.default_rules_path())])
    sys.stdout.write(getattr(render_lint, args.format)(report))
    return report.exit_code(strict=args.strict)


def _cmd_explain(args) -> int:
    from . import api

    api.require_paths(args.paths)
    rules = api.load_rules(args.rules) if args.rules else api.load_rules()
    corpus = _load(args.paths, args)
    _print_diagnostics(corpus.diagnostics)
    if not corpus.documents:
        print("factcheck: no readable articles in the paths given", file=sys.stderr)
        return EXIT_ERROR
    from .render.explain import render as render_explanation

    sys.stdout.write(_printable(render_explanation(api.explain(args.rule, corpus, rules))))
    return EXIT_OK


def _cmd_fmt(args) -> int:
    from . import api
    from .errors import FactcheckError

    paths = args.paths or [str(api.default_rules_path())]
    diagnostics: list = []
    files = api.rule_files(paths, diagnostics)
    _print_diagnostics(diagnostics)
    changed, failed = [], False
    for file in files:
        text = file.read_text(encoding="utf-8")
        try:
            formatted = api.format_rules(text, str(file))
        except FactcheckError as exc:
            print(_printable(exc.format()), file=sys.stderr)
            failed = True
            continue
        if formatted != text:
            changed.append(file)
            if not args.check:
                _write(formatted, str(file))
    for file in changed:
        print(f"{'would reformat' if args.check else 'reformatted'} {_visible(str(file))}")
    if failed or diagnostics:
        return EXIT_ERROR
    if args.check and changed:
        return EXIT_FINDINGS
    print(f"{len(files)} file(s) {'already formatted' if not changed else 'checked'}")
    return EXIT_OK


def _cmd_serve(args) -> int:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise _usage_error(f"factcheck serve needs the 'serve' extra ({exc.name} is not installed)",
                           "pip install 'factcheck[serve]'") from None
    from . import serve
    for name, value, least in (("--workers", args.workers, 1), ("--max-chars", args.max_chars, 1),
                               ("--max-body", args.max_body, 0.001), ("--timeout", args.timeout, 0.1)):
        if value < least:
            raise _usage_error(f"{name} must be at least {least}")
    if not 0 <= args.port <= 65535:
        raise _usage_error("--port must be between 0 and 65535")
    import multiprocessing

    forks = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
    config = serve.DeskConfig(against=tuple(args.against), rules=tuple(args.rules or ()), baseline=args.baseline,
                              workers=args.workers, processes=forks and not args.threads, max_body_bytes=int(args.max_body * 1024 * 1024),
                              max_draft_chars=args.max_chars, check_seconds=args.timeout)
    desk = serve.Desk.open(config)
    if desk.sources is not None:
        _print_diagnostics(desk.sources.diagnostics)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"factcheck serve: warning: listening on {_visible(args.host)}: anyone who can reach this machine "
              "can check drafts and read the sources' excerpts", file=sys.stderr)

    def ready(url: str) -> None:
        print(f"factcheck serve: {url}  (Ctrl-C to stop)", file=sys.stderr, flush=True)

    try:
        serve.run(desk, args.host, args.port, ready=ready)
    except OSError as exc:
        raise _usage_error(str(exc), "give another --port, or stop what is using it") from None
    print("factcheck serve: stopped", file=sys.stderr)
    return EXIT_OK


def _cmd_rules(args) -> int:
    from . import api
    from .render.rules import table

    ruleset = api.load_rules(args.rules) if args.rules else api.load_rules()
    sys.stdout.write(_printable(table(ruleset)))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Command-line arguments that cannot be used stop the run (exit 2, nothing runs), and --output
writes only where it should: a regular file (or through a symlink), never an input article,
never a half-written or leftover temporary file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
DRAFT = EXAMPLES / "draft.md"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- arguments ----------------------------------------------------------------------------------
def test_a_missing_against_path_exits_two_and_checks_nothing(capsys, tmp_path):
    code, out, err = run(capsys, "check", str(DRAFT), "--against", str(EXAMPLES), str(tmp_path / "sorces"))
    assert code == 2
    assert out == ""
    assert f"{tmp_path / 'sorces'}: error: I001 no such file or folder" in err
    assert "given to --against; nothing was checked" in err


def test_a_missing_checked_path_exits_two_and_checks_nothing(capsys, tmp_path):
    code, out, err = run(capsys, "check", str(DRAFT), str(tmp_path / "draft2.md"), "--against", str(EXAMPLES))
    assert code == 2 and out == ""
    assert "draft2.md: error: I001 no such file or folder" in err


@pytest.mark.parametrize("value", ["12/08/2025", "2025-13-01", "yesterday", "2025-8-1"])
def test_a_published_date_that_is_not_iso_is_a_usage_error(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["check", str(DRAFT), "--published", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --published: '{value}' is not a date written YYYY-MM-DD" in err


def test_check_help_examples_name_paths_that_exist(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    named = set(re.findall(r"\bexamples/[\w./-]*", out))
    assert named and all((REPO / p).exists() for p in named), named


def test_the_parser_names_every_renderer():
    from factcheck.render import RENDERERS

    assert cli.FORMATS == tuple(sorted(RENDERERS))


# -- summary on stderr --------------------------------------------------------------------------
def test_check_with_output_prints_a_one_line_summary_on_stderr(capsys, tmp_path):
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "check", str(DRAFT), "--against", str(EXAMPLES), "--format", "json",
                         "-o", str(target))
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == f"wrote 8 finding(s) (8 warning) in 6 document(s) to {target} (json)"
    assert len(json.loads(target.read_text())["findings"]) == 8


def test_extract_with_output_prints_a_one_line_summary_on_stderr(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Published 2025-10-14.\n\nAbout 54,000 troops are stationed there.\n")
    target = tmp_path / "claims.json"
    code, out, err = run(capsys, "extract", str(tmp_path / "a.txt"), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    n = len(json.loads(target.read_text())["claims"])
    assert err == f"wrote {n} claim(s) from 1 document(s) to {target} (json)\n"


def test_the_summary_line_shows_control_characters_in_the_file_name_as_escapes(capsys, tmp_path):
    target = tmp_path / "x\x1b[31m\nfake.md:1:1: error"
    code, _, err = run(capsys, "check", str(DRAFT), "--against", str(EXAMPLES), "-o", str(target))
    assert code == 1 and target.exists()
    [line] = err.splitlines()
    assert line.endswith("x\\x1b[31m\\nfake.md:1:1: error (table)") and "\x1b" not in line


# -- where --output may write -------------------------------------------------------------------
def test_output_through_a_symlink_writes_the_target_and_keeps_the_link(capsys, tmp_path):
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    code, _, _ = run(capsys, "check", str(EXAMPLES), "--format", "json", "-o", str(link))
    assert code == 1
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["schema"] == "factcheck.report/2"
    assert sorted(p.name for p in real.parent.iterdir()) == ["latest.json"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_refuses_a_fifo_and_leaves_it_alone(capsys, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, out, err = run(capsys, "check", str(EXAMPLES), "-o", str(fifo))
    assert code == 2 and out == ""
    assert f"{fifo}: error: O002 cannot write: it is a device, pipe or socket, not a regular file" in err
    assert fifo.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_output_refuses_a_device_and_a_folder(capsys, tmp_path):
    code, _, err = run(capsys, "extract", str(EXAMPLES), "-o", os.devnull)
    assert code == 2 and "not a regular file" in err and "redirect stdout" in err
    code, _, err = run(capsys, "extract", str(EXAMPLES), "-o", str(tmp_path))
    assert code == 2 and "it is a folder, not a regular file" in err


def test_output_refuses_to_overwrite_an_input_article(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Published 2025-10-14.\n\nAbout 54,000 troops are stationed there.\n")
    before = article.read_bytes()
    for argv in (["extract", str(tmp_path), "-o", str(article)],
                 ["check", str(DRAFT), "--against", str(tmp_path), "-o", str(article)],
                 ["check", str(article), "--write-baseline", str(article)]):
        code, _, err = run(capsys, *argv)
        assert code == 2, argv
        assert f"{article}: error: O003 refusing to overwrite it: it is one of the input articles" in err
        assert article.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_failed_write_leaves_no_temporary_file_and_the_old_report(capsys, tmp_path, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text("previous report")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", disk_full)
    code, _, err = run(capsys, "check", str(EXAMPLES), "--format", "json", "-o", str(target))
    assert code == 2
    assert f"{target}: error: O001 cannot write: No space left on device" in err
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    assert target.read_text() == "previous report"


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.os, "chmod", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cli._write("text", str(target))
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_keeps_its_permissions(capsys, tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old")
    target.chmod(0o640)
    assert run(capsys, "check", str(EXAMPLES), "--format", "text", "-o", str(target))[0] == 1
    assert target.stat().st_mode & 0o777 == 0o640


# -- file names that are not UTF-8 --------------------------------------------------------------
@pytest.fixture
def latin1_named(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    try:
        name = os.fsencode(folder) + b"/caf\xe9.txt"
        with open(name, "wb") as fh:
            fh.write(b"Published 2025-10-14.\n\nAbout 54,000 troops are stationed there.\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    return folder


@pytest.mark.parametrize("fmt", ["json", "text", "table", "markdown", "html", "sarif"])
def test_extract_output_survives_a_file_name_that_is_not_utf8(capsys, tmp_path, latin1_named, fmt):
    target = tmp_path / f"claims.{fmt}"
    code, _, err = run(capsys, "extract", str(latin1_named), "--format", fmt, "-o", str(target))
    assert code == 0, err
    text = target.read_bytes().decode("utf-8")  # valid UTF-8, whatever the file name
    assert "caf\\udce9.txt" in text
    if fmt == "json":
        paths = [d["path"] for d in json.loads(text)["documents"]]
        assert [os.fsencode(p)[-8:] for p in paths] == [b"caf\xe9.txt"]  # the escape reads back


def test_extract_to_stdout_survives_a_file_name_that_is_not_utf8(latin1_named):
    proc = subprocess.run([sys.executable, "-m", "factcheck", "extract", str(latin1_named), "--format", "json"],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["documents"]


# -- start-up -----------------------------------------------------------------------------------
def _cli(*commands: list[str]) -> str:
    """Code that runs the command line in-process, its output dropped."""
    runs = "".join(f"    try: main({c!r})\n    except SystemExit: pass\n" for c in commands)
    return ("import contextlib, io\nimport factcheck\nfrom factcheck.cli import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()):\n{runs}")


def test_help_and_import_load_no_heavy_dependency(imported_after):
    heavy = ("pydantic", "pint", "lark", "numpy", "tabulate", "yaml", "lxml")
    assert imported_after(_cli(["--help"], ["check", "--help"]), heavy) == []


def test_checking_against_folders_of_text_loads_neither_the_index_nor_lxml(imported_after):
    loaded = imported_after(_cli(["check", "examples/draft.md", "--against", "examples/"]),
                            ("factcheck.index", "lxml", "pint"))
    assert loaded == []


def test_a_text_check_imports_only_the_text_renderer(imported_after):
    loaded = imported_after(_cli(["check", "examples/draft.md", "--against", "examples/", "--format", "text"]),
                            ("tabulate", "factcheck.render.table", "factcheck.render.html",
                             "factcheck.render.markdown", "factcheck.render.sarif", "factcheck.render.text"))
    assert loaded == ["factcheck.render.text"]


def test_the_public_names_resolve_lazily_and_extract_stays_the_function():
    probe = ("import factcheck, factcheck.engine, factcheck.extract.numbers\n"
             "assert callable(factcheck.extract) and factcheck.extract.__name__ == 'extract'\n"
             "assert set(factcheck.__all__) <= set(dir(factcheck))\n"
             "for name in factcheck.__all__: getattr(factcheck, name)\n"
             "from factcheck import extract; assert callable(extract)\n"
             "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
    assert proc.stdout.strip() == "ok", proc.stderr

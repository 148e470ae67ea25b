"""`teikit validate` starts without typer (teikit.launch): the same output, the same exit
code and the same files as through typer, for every option it reads itself; anything else
(help, a bad option or value) goes to typer, which answers as it always has. And the
one-file path loads neither typer nor the worker pool."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teikit.cli_validate import quick_options

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "tei"
SAMPLE = ROOT / "editions" / "sample" / "tei"
VALID = FIXTURES / "frus1961-63v01-d5.xml"
INVALID = FIXTURES / "frus1949v07p2-d333.invalid.xml"


def teikit(*args, quick: bool = True, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("TEIKIT_NO_QUICK_START", None)
    if not quick:
        env["TEIKIT_NO_QUICK_START"] = "1"
    return subprocess.run([sys.executable, "-m", "teikit", *map(str, args)],
                          capture_output=True, env=env, cwd=cwd)


def both(*args, cwd=None) -> subprocess.CompletedProcess:
    quick, typer_run = teikit(*args, cwd=cwd), teikit(*args, quick=False, cwd=cwd)
    assert (quick.returncode, quick.stdout, quick.stderr) == \
        (typer_run.returncode, typer_run.stdout, typer_run.stderr), args
    return quick


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mixed")
    for f in [*sorted(FIXTURES.glob("*.xml")), *sorted(SAMPLE.glob("*.xml"))]:
        (out / f.name).write_bytes(f.read_bytes())
    (out / "broken.xml").write_text("<TEI><teiHeader>", encoding="utf-8")
    return out


@pytest.mark.parametrize("args", [
    [VALID],
    [INVALID],
    [INVALID, "-q"],
    [INVALID, "--verbose", "--format", "json"],
    ["--format=json", VALID, INVALID],
    ["--profile", "archival", VALID],
    ["--profile=dracor", INVALID, "--schema", "tei-all"],
    [VALID, "-v", "--no-progress"],
    [VALID, "--jobs", "1", "-j2"],
    [VALID, "--scheduler", "tcp://127.0.0.1:1"],        # Dask missing or unreachable: 2
    ["missing.xml"],                                      # exit 3
    [VALID, "-q", "-v"],                                  # give -q or -v: exit 2
    [VALID, "--schema", "nowhere.rng"],                   # exit 2
], ids=lambda a: " ".join(map(str, a)).replace(str(FIXTURES), "F"))
def test_the_quick_start_is_the_typer_command(args):
    both("validate", *args)


def test_the_quick_start_on_a_folder_in_parallel(folder):
    run = both("validate", folder, "--jobs", "2", "-v")
    assert run.returncode == 3 and b"broken.xml" in run.stderr + run.stdout
    both("validate", folder, "--format", "json", "-j", "1")


def test_relative_paths_and_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.xml").write_bytes(VALID.read_bytes())
    assert both("validate", "a.xml", cwd=tmp_path).returncode == 0
    assert both("validate", "empty", cwd=tmp_path).returncode == 2


@pytest.mark.parametrize("args", [
    ["--help"], ["-h"], [VALID, "--help"], [], ["-qv", VALID], [VALID, "--profile", "nope"],
    [VALID, "--profile"], [VALID, "--format", "xml"], [VALID, "--jobs", "0"],
    [VALID, "-j", "2000"], [VALID, "--jobs", "two"], [VALID, "-j=2"], ["--", VALID],
    [VALID, "--quiet=yes"], [VALID, "--schema", "-q"], [""], ["-"], [VALID, "--colour"],
])
def test_what_the_quick_start_does_not_read_goes_to_typer(args, tmp_path):
    assert quick_options([str(a) for a in args]) is None
    # (in a folder of its own: "" is the working folder, which other tests write into)
    both("validate", *args, cwd=tmp_path)


def test_what_the_quick_start_reads():
    assert quick_options(["a.xml", "-j4", "--profile=tei-all", "b.xml", "-q"]) == {
        "paths": [Path("a.xml"), Path("b.xml")], "jobs": 4, "profile": "tei-all",
        "quiet": True}
    assert quick_options(["--format", "json", "--no-progress", "x", "--schema", "s.rng",
                          "--scheduler", "tcp://h:1", "--verbose"]) == {
        "paths": [Path("x")], "output_format": "json", "progress": False,
        "schema": "s.rng", "scheduler": "tcp://h:1", "verbose": True}


def test_other_commands_still_go_through_typer():
    run = teikit("--version")
    assert run.returncode == 0 and run.stdout.startswith(b"teikit ")
    assert teikit("encode").returncode == 2


def test_one_file_loads_neither_typer_nor_a_pool():
    code = ("import sys; sys.argv = ['teikit', 'validate', sys.argv[1]]\n"
            "from teikit.launch import main\n"
            "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
            "heavy = [m for m in ('typer', 'click', 'rich', 'multiprocessing', "
            "'concurrent.futures', 'elementpath', 'xmlschema', 'teikit.batch', "
            "'teikit.encode', 'teikit.writers.html') if m in sys.modules]\n"
            "print(code, heavy, file=sys.stderr)")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    run = subprocess.run([sys.executable, "-c", code, str(VALID)], capture_output=True,
                         text=True, env=env)
    assert run.stderr.strip().splitlines()[-1] == "0 []", run.stderr

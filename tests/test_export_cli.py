"""teikit export and teikit build on the command line: outputs, options, exit codes,
one-line errors, nothing partial left behind."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import EDITION

MASTERS = sorted((EDITION / "tei").glob("*.xml"))


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "teikit", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=120)
    assert b"Traceback" not in proc.stderr, proc.stderr
    return proc


def one_error(proc, code: int, pattern: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == code, (proc.returncode, err)
    lines = [ln for ln in err.splitlines() if ": error: " in ln]
    assert len(lines) == 1, err
    assert pattern in lines[0], lines[0]
    return lines[0]


def test_help_has_examples():
    for command in ("export", "build"):
        out = run(command, "--help").stdout.decode()
        assert "Example:" in out and "--view" in out


def test_export_html_and_text_to_a_folder(tmp_path):
    proc = run("export", "html", *MASTERS, "-d", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    for master in MASTERS:
        assert (tmp_path / "out" / f"{master.stem}.html").read_bytes().startswith(
            b"<!DOCTYPE html>")
    proc = run("export", "text", MASTERS[1], "-o", tmp_path / "t.txt", "--view", "reading",
               "--width", "50", "-q")
    assert proc.returncode == 0 and proc.stderr == b""
    out = (tmp_path / "t.txt").read_text()
    assert "View:" in out and "reading" in out
    assert max(len(x) for x in out.splitlines() if " " in x.strip()) <= 50
    assert not list(tmp_path.glob("**/.*.tmp"))


def test_export_to_stdout():
    proc = run("export", "text", MASTERS[0], "-o", "-", "-q")
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"Harriman and Stalin discuss Chinese Relations\n")


def test_export_beside_the_master(tmp_path):
    master = tmp_path / "m.xml"
    master.write_bytes(MASTERS[0].read_bytes())
    assert run("export", "html", master).returncode == 0
    assert (tmp_path / "m.html").exists()


@pytest.mark.parametrize("args,code,pattern", [
    (["epub", "{m}"], 2, "'epub' is not one of 'html'"),
    (["html", "{m}", "{m}", "-o", "x.html"], 2, "-o takes one master"),
    (["html", "{m}", "-o", "x.html", "-d", "d"], 2, "give -o or -d"),
    (["html", "{m}", "--width", "60"], 2, "--width is for text"),
    (["text", "{m}", "--width", "10"], 2, "20 to 10000 columns"),
    (["text", "{m}", "--width", "2000000000"], 2, "20 to 10000 columns"),
    (["text", "{m}", "--width", "1e20"], 2, "'1e20' is not a valid int"),
    (["text", "{m}", "--view", "pretty"], 2, "'pretty' is not one of 'diplomatic'"),
    (["html", "{m}", "--jobs", "0"], 2, "--jobs"),
    (["html", "{m}", "--no-such-option"], 2, "No such option"),
    (["html", "missing.xml"], 3, "no such file"),
    (["html", "{m}", "-o", "{m}"], 2, "would overwrite the input"),
])
def test_export_usage_errors(tmp_path, args, code, pattern):
    master = tmp_path / "m.xml"
    master.write_bytes(MASTERS[0].read_bytes())
    args = [a.replace("{m}", str(master)) for a in args]
    line = one_error(run("export", *args, cwd=tmp_path), code, pattern)
    if code == 2 and "would overwrite" not in pattern:   # the parser's errors: teikit's form
        assert line.startswith("teikit: error: ") and line.endswith(" [usage]"), line
    assert master.read_bytes() == MASTERS[0].read_bytes()


def test_two_masters_of_one_name_are_not_written_over_each_other(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.xml").write_bytes(MASTERS[0].read_bytes())
    one_error(run("export", "text", tmp_path / "a" / "m.xml", tmp_path / "b" / "m.xml",
                  "-d", tmp_path / "out"), 2, "would write")
    assert not (tmp_path / "out" / "m.txt").exists()


def test_export_refuses_what_is_not_tei(tmp_path):
    (tmp_path / "a.xml").write_text("<html><body>not TEI</body></html>")
    (tmp_path / "b.xml").write_text("<TEI")
    one_error(run("export", "text", tmp_path / "a.xml"), 3, "not a TEI document")
    one_error(run("export", "text", tmp_path / "b.xml"), 3, "[not-xml]")


def test_export_goes_on_after_a_bad_master(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("not xml")
    proc = run("export", "text", bad, MASTERS[0], "-d", tmp_path / "out")
    assert proc.returncode == 3
    assert (tmp_path / "out" / f"{MASTERS[0].stem}.txt").exists()


def test_a_bare_tei_element_is_exported(tmp_path):
    div = tmp_path / "div.xml"
    div.write_text('<div xmlns="http://www.tei-c.org/ns/1.0" type="document"><head>H</head>'
                   "<p>Only a div.</p></div>")
    proc = run("export", "text", div, "-o", "-")
    assert proc.returncode == 0 and b"Only a div." in proc.stdout
    assert proc.stderr == b""            # info notes only with -v, as in every command
    proc = run("export", "text", div, "-o", "-", "-v")
    assert b"info: the root element is <div>" in proc.stderr


def test_unwritable_output_is_exit_4(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_error(run("export", "html", MASTERS[0], "-o", blocker / "x.html"), 4,
              "cannot write output")


def test_build_edition(tmp_path):
    proc = run("build", EDITION, "-d", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"wrote 6 files" in proc.stderr
    names = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                   if p.is_file() and ".teikit" not in p.parts)
    assert names == sorted([f"html/{m.stem}.html" for m in MASTERS] + ["html/index.html",
                            "html/volume.html"] + [f"text/{m.stem}.txt" for m in MASTERS])


def test_build_errors(tmp_path):
    one_error(run("build", tmp_path / "none"), 3, "no such edition folder")
    (tmp_path / "empty").mkdir()
    one_error(run("build", tmp_path / "empty"), 2, "no TEI masters")
    (tmp_path / "ed" / "tei").mkdir(parents=True)
    (tmp_path / "ed" / "tei" / "index.xml").write_bytes(MASTERS[0].read_bytes())
    one_error(run("build", tmp_path / "ed"), 2, "rename the master")

"""teikit encode on the command line: exit codes, one-line messages, atomic output."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SEEDS

LETTER = ("A Letter\n\nLondon, May 3, 1921.\n\nDear Sir,\n\nThank you for your letter.[1]\n\n"
          "[1] Not found.\n")


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "teikit", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def one_error(proc, code: int, pattern: str):
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if ": error: " in ln]
    assert len(lines) == 1, proc.stderr
    assert pattern in lines[0], lines[0]
    return lines[0]


def test_help_and_version():
    assert "Encode sources (plain text, Markdown, HTML, Word, PDF, EPUB and more)" in run(
        "encode", "--help").stdout
    top = run("--help").stdout
    assert "Example" in top and "Exit codes" in top
    assert run("--version").stdout.startswith("teikit ")


def test_encode_writes_master_and_reports(tmp_path):
    out = tmp_path / "m.xml"
    proc = run("encode", SEEDS[1], "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI')
    assert "style wilson-record (detected)" in proc.stderr
    assert "sp 122" in proc.stderr


def test_json_report(tmp_path):
    report = tmp_path / "r.json"
    proc = run("encode", *SEEDS, "-d", tmp_path / "out", "--report", report)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(report.read_text())
    first = data["sources"][0]
    assert first["style"] == "wilson-page"
    assert first["elements"]["note"] == 1
    assert {item["code"] for item in first["left_out"]} >= {"site-chrome", "empty-field",
                                                             "duplicate-note"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        s.stem + ".xml" for s in SEEDS]


def test_style_override_is_named(tmp_path):
    proc = run("encode", SEEDS[1], "-o", tmp_path / "g.xml", "--style", "generic")
    assert proc.returncode == 0 and "style generic (chosen)" in proc.stderr


def test_non_utf8_is_read_with_a_reported_guess(tmp_path):
    """Bytes that are not UTF-8 are decoded with a guessed encoding (Windows-1252 for a few
    accented letters in Western text), named in a warning at the first such byte."""
    src = tmp_path / "in.txt"
    src.write_bytes("Title\n\nCaf\u00e9 au lait, \u0152uvre.\n".encode("cp1252"))
    proc = run("encode", src, "-o", tmp_path / "out.xml")
    assert proc.returncode == 0, proc.stderr
    assert f"{src}:3:4: warning: the file is not UTF-8 (byte 0xe9); read as cp1252" in proc.stderr
    master = (tmp_path / "out.xml").read_text(encoding="utf-8")
    assert "Caf\u00e9 au lait, \u0152uvre." in master


def test_encoding_option_overrides_the_guess(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes("Title\n\nCaf\u00e9.\n".encode("latin-1"))
    proc = run("encode", src, "-o", tmp_path / "out.xml", "--encoding", "utf-8")
    assert proc.returncode == 3 and "is not valid UTF-8" in proc.stderr


def test_warnings_point_into_the_source(tmp_path):
    src = tmp_path / "w.txt"
    src.write_text("Title line\n\nHe said [this is open and\n\nmore.[7]\n", encoding="utf-8")
    proc = run("encode", src, "-o", tmp_path / "w.xml")
    assert proc.returncode == 0
    assert f"{src}:3:9: warning: '[' is never closed; kept as text [unclosed-bracket]" \
        in proc.stderr
    assert f"{src}:5:6: warning: note marker [7] has no note; kept as text " \
           "[marker-without-note]" in proc.stderr


@pytest.mark.parametrize("case,code,pattern", [
    ("missing", 3, "no such file [io]"),
    ("folder", 3, "is a folder"),
    ("empty", 3, "empty"),
    ("blank", 3, "empty"),
    ("gzip", 3, "gzip"),
    ("badstyle", 2, "'nonsense' is not one of 'auto'"),
])
def test_bad_input_is_one_line(tmp_path, case, code, pattern):
    src = tmp_path / "in.txt"
    extra = []
    if case == "folder":
        src = tmp_path
    elif case == "empty":
        src.write_bytes(b"")
    elif case == "blank":
        src.write_bytes(b" \n\t\n")
    elif case == "latin1":
        src.write_bytes("Title\n\nCaf\u00e9 au lait.\n".encode("latin-1"))
    elif case == "gzip":
        src.write_bytes(b"\x1f\x8b\x08\x00rest")
    elif case == "badstyle":
        src.write_text(LETTER)
        extra = ["--style", "nonsense"]
    out = tmp_path / "out.xml"
    line = one_error(run("encode", src, "-o", out, *extra), code, pattern)
    assert not out.exists()
    if case == "latin1":
        assert line.startswith(f"{src}:3:4: error: byte 0xe9 is not valid UTF-8")


def test_latin1_with_encoding_option(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes("Title\n\nCaf\u00e9 au lait.\n".encode("latin-1"))
    out = tmp_path / "out.xml"
    assert run("encode", src, "-o", out, "--encoding", "cp1252").returncode == 0
    assert "Café au lait." in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding,newline", [("utf-8-sig", "\r\n"), ("utf-16", "\r\n"),
                                              ("utf-8", "\r")])
def test_bom_and_line_ends_accepted(tmp_path, encoding, newline):
    src = tmp_path / "in.txt"
    src.write_bytes(LETTER.replace("\n", newline).encode(encoding))
    out = tmp_path / "out.xml"
    proc = run("encode", src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "<head>A Letter</head>" in text and "\r" not in text and "\ufeff" not in text


def test_source_is_never_overwritten(tmp_path):
    src = tmp_path / "doc.xml"          # a text source that happens to be named .xml
    src.write_text(LETTER)
    proc = run("encode", src)           # default output: doc.xml beside the source
    one_error(proc, 2, "would overwrite the input")
    assert src.read_text() == LETTER
    link = tmp_path / "link.xml"
    link.symlink_to(src)
    one_error(run("encode", src, "-o", link), 2, "would overwrite the input")
    assert src.read_text() == LETTER


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"),
                                     KeyboardInterrupt()])
def test_failed_write_leaves_nothing(tmp_path, monkeypatch, failure):
    """A full disk or Ctrl-C while writing: no temporary file, the old output untouched."""
    from teikit import fileio
    from teikit.diagnostics import TeikitError
    existing = tmp_path / "out.xml"
    existing.write_text("old")

    def broken_fsync(fd):
        raise failure

    monkeypatch.setattr(fileio.os, "fsync", broken_fsync)
    expected = TeikitError if isinstance(failure, OSError) else KeyboardInterrupt
    with pytest.raises(expected) as info:
        fileio.atomic_write(existing, b"new data")
    if expected is TeikitError:
        assert "No space left on device" in str(info.value)
        assert info.value.exit_code == 4
    assert existing.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


def test_missing_output_folder_is_one_line(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(LETTER)
    one_error(run("encode", src, "-o", tmp_path / "no" / "such" / "out.xml"), 4,
              "cannot write output")


def test_several_sources_continue_after_a_bad_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(LETTER)
    proc = run("encode", tmp_path / "missing.txt", good, "-d", tmp_path / "out")
    assert proc.returncode == 3
    assert (tmp_path / "out" / "good.xml").exists()


def test_python_m_matches_console_script(tmp_path):
    exe = os.path.join(os.path.dirname(sys.executable), "teikit")
    a = subprocess.run([exe, "encode", SEEDS[0], "-o", tmp_path / "a.xml", "-q"])
    b = run("encode", SEEDS[0], "-o", tmp_path / "b.xml", "-q")
    assert a.returncode == b.returncode == 0
    assert (tmp_path / "a.xml").read_bytes() == (tmp_path / "b.xml").read_bytes()


def test_outdir_that_cannot_be_made_is_one_line(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(LETTER)
    one_error(run("encode", src, "-d", src / "sub"), 4, "cannot create folder")


def test_clashing_outputs_are_refused_before_writing(tmp_path):
    a, b = tmp_path / "a" / "doc.txt", tmp_path / "b" / "doc.txt"
    for path in (a, b):
        path.parent.mkdir()
        path.write_text(LETTER)
    out = tmp_path / "out"
    one_error(run("encode", a, b, "-d", out), 2, "two sources would write this same file")
    assert not out.exists()
    master = tmp_path / "m.xml"
    one_error(run("encode", a, "-o", master, "--report", master), 2,
              "the report would overwrite a master")
    assert not master.exists()


@pytest.mark.parametrize("toml,pattern", [
    ("title = 5\n", "title must be a string"),
    ('editors = "Ann"\nlicence_url = "javascript:alert(1)"\n', "licence_url must be an http"),
    ("date = 2026-13-45\n", "not valid TOML"),
    ('date = "soon"\n', "is not an ISO 8601 date"),
    ("colour = 'red'\n", "unknown key"),
])
def test_bad_edition_file_is_a_usage_error(tmp_path, toml, pattern):
    (tmp_path / "edition.toml").write_text(toml)
    src = tmp_path / "in.txt"
    src.write_text(LETTER)
    one_error(run("encode", src, "-o", tmp_path / "out.xml"), 2, pattern)


def test_edition_date_reaches_the_header(tmp_path):
    (tmp_path / "edition.toml").write_text('publisher = "P"\ndate = 2026-11-28\n')
    src = tmp_path / "in.txt"
    src.write_text(LETTER)
    assert run("encode", src, "-o", tmp_path / "out.xml").returncode == 0
    text = (tmp_path / "out.xml").read_text()
    assert '<date when="2026-11-28">2026-11-28</date>' in text
    assert '<change when="2026-11-28">' in text


def test_closed_output_pipe_is_quiet(tmp_path):
    masters = tmp_path / "m"
    masters.mkdir()
    for i in range(300):
        (masters / f"{i}.xml").write_bytes((SEEDS[0].parent.parent / "tei" /
                                            (SEEDS[0].stem + ".xml")).read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "validate", str(masters), "-v",
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()                 # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "internal error" not in err


def test_rewriting_an_output_keeps_its_permissions(tmp_path):
    from teikit import fileio
    out = tmp_path / "out.xml"
    out.write_text("old")
    os.chmod(out, 0o600)
    fileio.atomic_write(out, b"new")
    assert out.read_bytes() == b"new" and (out.stat().st_mode & 0o777) == 0o600


def test_debug_is_read_after_the_command_too(tmp_path):
    """`teikit encode a.txt --debug` is what an editor types after the one-line message for a
    bug; the option is teikit's, so it is read after the command as before it (scout round 16
    found it refused there)."""
    src = tmp_path / "letter.txt"
    src.write_text(LETTER)
    for args in (("encode", src, "-o", tmp_path / "a.xml", "--debug"),
                 ("--debug", "encode", src, "-o", tmp_path / "b.xml")):
        proc = run(*args)
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a.xml").read_bytes() == (tmp_path / "b.xml").read_bytes()
    # after "--" it is a file's name, and a missing file is one line, never an option
    one_error(run("encode", "-o", tmp_path / "c.xml", "--", "--debug"), 3,
              "--debug: error: no such file")

"""Issue 10's findings on bounds, limits along the pipeline, edition.toml, partial results,
terminal safety, exit codes and output files (items 6, 8-11, 13, 14): each case is what was
seen to break, run through the real commands."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from conftest import EDITION
from hostile import tei

MASTERS = sorted((EDITION / "tei").glob("*.xml"))


def run(*args, cwd=None, timeout=120, **kw):
    proc = subprocess.run([sys.executable, "-m", "teikit", *map(os.fsdecode, args)], cwd=cwd,
                          capture_output=True, timeout=timeout, **kw)
    assert b"Traceback" not in proc.stderr, proc.stderr
    return proc


def error_lines(proc) -> list[bytes]:
    return [ln for ln in (proc.stderr + proc.stdout).splitlines() if b": error: " in ln]


# ----------------------------------------------------------------------------- bounds (6)

@pytest.mark.parametrize("command", [["validate"], ["export", "html"], ["export", "text"],
                                     ["encode"]])
def test_a_device_is_refused_not_read_forever(tmp_path, command):
    proc = run(*command, "/dev/zero", cwd=tmp_path, timeout=60)
    assert proc.returncode == 3, proc.stderr
    [line] = error_lines(proc)
    assert line.startswith(b"/dev/zero: error: is a device, not a regular file")


def test_a_fifo_without_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "x.xml"
    os.mkfifo(fifo)
    for command in (["validate"], ["export", "text"]):
        proc = run(*command, fifo, cwd=tmp_path, timeout=60)
        assert proc.returncode == 3, proc.stderr
        [line] = error_lines(proc)
        assert b"is a named pipe (FIFO), not a regular file" in line


def test_build_width_is_bounded(tmp_path):
    for width in ("2000000000", "100000000000000000000"):
        proc = run("build", EDITION, "-d", tmp_path / "out", "--width", width)
        assert proc.returncode == 2 and b"20 to 10000 columns" in proc.stderr, proc.stderr
    assert not (tmp_path / "out").exists()


# ----------------------------------------------------------------------------- limits (8)

def test_a_master_teikit_writes_it_reads_back(tmp_path):
    """A source paragraph over libxml2's 10 MB text-node limit encodes; export and validate
    must read the master back."""
    src = tmp_path / "long.txt"
    src.write_text("Long letter\n\n" + "word " * 2_100_000 + "\n", encoding="utf-8")
    assert src.stat().st_size > 10_500_000
    proc = run("encode", src, "-o", tmp_path / "long.xml", "-q", timeout=300)
    assert proc.returncode == 0, proc.stderr
    proc = run("export", "text", tmp_path / "long.xml", "-o", tmp_path / "long.out", "-q",
               timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "long.out").read_text(encoding="utf-8").count("word") >= 2_100_000
    proc = run("validate", tmp_path / "long.xml", "-q", timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_huge_mode_keeps_the_depth_limit(tmp_path):
    deep = tmp_path / "deep.xml"
    deep.write_bytes(tei("<p>" + "x" * (11 * 2**20) + "</p>" + "<div>" * 300 + "<p>y</p>"
                         + "</div>" * 300))
    proc = run("export", "text", deep, "-o", tmp_path / "d.txt")
    assert proc.returncode == 3 and b"nested too deeply" in proc.stderr, proc.stderr


# ----------------------------------------------------------------------------- edition.toml (9)

@pytest.mark.parametrize("toml,key", [
    ('title = "A\\u001b[2J title"\n', "title"),
    ('publisher = "Press\\u0000"\n', "publisher"),
    ('editors = ["Ann", "B\\u0007b"]\n', "editors"),
    ("editors = " + "[" * 5000 + "]" * 5000 + "\n", "editors"),
])
def test_bad_edition_toml_is_a_usage_error_naming_the_key(tmp_path, toml, key):
    edition = tmp_path / "ed"
    (edition / "tei").mkdir(parents=True)
    (edition / "tei" / "a.xml").write_bytes(MASTERS[0].read_bytes())
    (edition / "edition.toml").write_text(toml, encoding="utf-8")
    for args in (["build", edition, "-d", tmp_path / "out"],
                 ["encode", EDITION / "sources" / f"{MASTERS[0].stem}.txt", "--edition",
                  edition / "edition.toml", "-o", tmp_path / "m.xml"]):
        proc = run(*args)
        assert proc.returncode == 2, proc.stderr
        [line] = error_lines(proc)
        assert b"edition.toml: error: " in line and key.encode() in line, line
        assert line.endswith(b"[edition]")
    assert not (tmp_path / "out").exists() and not (tmp_path / "m.xml").exists()


# ----------------------------------------------------------------------------- partial results (10)

def _edition(tmp_path, bad: bool):
    edition = tmp_path / "ed"
    (edition / "tei").mkdir(parents=True, exist_ok=True)
    for master in MASTERS:
        (edition / "tei" / master.name).write_bytes(master.read_bytes())
    for name in ("zz_bad1.xml", "zz_bad2.xml"):
        target = edition / "tei" / name
        if bad:
            target.write_bytes(b"<TEI><truncated")
        elif target.exists():
            target.unlink()
    return edition


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failed_build_changes_nothing_and_names_every_failure(tmp_path):
    out = tmp_path / "out"
    proc = run("build", _edition(tmp_path, bad=True), "-d", out)
    assert proc.returncode == 3, proc.stderr
    assert [ln.split(b":")[0][-11:] for ln in error_lines(proc)] == [b"zz_bad1.xml",
                                                                     b"zz_bad2.xml"]
    assert not out.exists() or _tree(out) == {}            # nothing half-built
    assert run("build", _edition(tmp_path, bad=False), "-d", out).returncode == 0
    before = _tree(out)
    proc = run("build", _edition(tmp_path, bad=True), "-d", out, "--force")
    assert proc.returncode == 3
    assert _tree(out) == before                          # the last build, untouched
    assert not list(out.rglob(".teikit-*"))       # no staging folder left


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path):
    from teikit.fileio import HOST_TAG
    out = tmp_path / "out"
    out.mkdir()
    dead, alive = _dead_pid(), os.getpid()
    stale = out / f".teikit-{HOST_TAG}-{dead}-abc123.tmp"
    stale_stage = out / f".teikit-{HOST_TAG}-{dead}-def456"
    live = out / f".teikit-{HOST_TAG}-{alive}-ghi789.tmp"
    foreign = out / f".teikit-00000000-{dead}-jkl012.tmp"     # another host's
    for path in (stale, live, foreign):
        path.write_bytes(b"x" * 1000)
    (stale_stage / "html").mkdir(parents=True)
    proc = run("export", "html", MASTERS[0], "-d", out, "-q")
    assert proc.returncode == 0, proc.stderr
    assert not stale.exists() and not stale_stage.exists()
    assert live.exists() and foreign.exists()


def test_sigkill_during_a_write_leaves_a_temporary_the_next_run_removes(tmp_path):
    """A real SIGKILL in the middle of an export: the next export cleans up after it."""
    big = tmp_path / "big.xml"
    big.write_bytes(tei("".join(f"<p>paragraph {i} " + "word " * 200 + "</p>"
                                for i in range(4000))))
    out = tmp_path / "out"
    out.mkdir()
    victim = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from teikit import fileio\n"
         "with fileio.atomic_output(sys.argv[1]) as f:\n"
         "    f.write(b'x' * 1000); f.flush(); print('ready', flush=True); time.sleep(60)\n",
         str(out / "big.html")], stdout=subprocess.PIPE)
    assert victim.stdout.readline() == b"ready\n"
    victim.kill()
    victim.wait()
    assert [p.name for p in out.iterdir() if p.name.startswith(".teikit-")]
    assert run("export", "html", big, "-d", out, "-q", timeout=300).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["big.html"]


# ----------------------------------------------------------------------------- terminal (11)

def test_control_characters_in_names_are_escaped_everywhere(tmp_path):
    name = "a\x1b]52;c;SGVsbG8=\x07b\x1b[2J\nforged.xml:1:1: error: fake [x]\r.xml"
    bad = tmp_path / name
    bad.write_bytes(b"not xml")
    good = tmp_path / ("ok\x1b[31m\n.xml")
    good.write_bytes(MASTERS[0].read_bytes())
    for args, code in ((["validate", bad], 3), (["export", "text", bad, "-o", "-"], 3),
                       (["export", "html", good, "-d", tmp_path / "out"], 0),
                       (["validate", good, "-v"], 0)):
        proc = run(*args, cwd=tmp_path)
        assert proc.returncode == code, proc.stderr
        printed = proc.stdout + proc.stderr
        assert b"\x1b" not in printed and b"\x07" not in printed and b"\r" not in printed
        assert b"forged" not in printed or len(error_lines(proc)) == 1
        assert b"\\x1b" in printed and (b"\\n" in printed)


# ----------------------------------------------------------------------------- exit codes (13)

def test_a_name_that_is_not_utf8_works(tmp_path):
    master = os.path.join(os.fsencode(tmp_path), b"bad\xff.xml")
    with open(master, "wb") as handle:
        handle.write(MASTERS[0].read_bytes())
    for fmt, suffix in (("html", b".html"), ("text", b".txt")):
        proc = run("export", fmt, master)
        assert proc.returncode == 0, proc.stderr
        assert b"bad\\xff" + suffix in proc.stderr
        assert os.path.exists(master[:-4] + suffix)
    src = os.path.join(os.fsencode(tmp_path), b"src\xfe.txt")
    with open(src, "wb") as handle:
        handle.write(b"A letter\n\nDear Sir, a line of text.\n")
    proc = run("encode", src)
    assert proc.returncode == 0, proc.stderr
    assert b"src\\xfe.xml" in proc.stderr


def test_a_full_or_closed_stdout_is_exit_4(tmp_path):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "teikit", "export", "text",
                               str(MASTERS[0]), "-o", "-"], stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    assert proc.returncode == 4, proc.stderr
    assert b"No space left on device [write]" in proc.stderr
    for args in (["export", "text", MASTERS[0], "-o", "-"], ["validate", MASTERS[0], "-v"]):
        proc = subprocess.run([sys.executable, "-m", "teikit", *map(str, args)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60,
                              preexec_fn=lambda: os.close(1))
        assert proc.returncode == 4, (args, proc.stderr)
        assert b"standard output is closed [write]" in proc.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_input_is_exit_3(tmp_path):
    master = tmp_path / "m.xml"
    master.write_bytes(MASTERS[0].read_bytes())
    master.chmod(0)
    proc = run("export", "html", master)
    assert proc.returncode == 3 and len(error_lines(proc)) == 1


# ----------------------------------------------------------------------------- outputs (14)

def test_a_254_byte_file_name(tmp_path):
    master = tmp_path / ("m" * 250 + ".xml")
    master.write_bytes(MASTERS[0].read_bytes())
    proc = run("export", "text", master, "-d", tmp_path / "out", "-q")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / ("m" * 250 + ".txt")).exists()


def test_a_new_output_never_copies_a_linked_files_mode(tmp_path):
    target = tmp_path / "elsewhere"
    target.write_bytes(b"keep")
    target.chmod(0o4755)                       # setuid, executable
    link = tmp_path / "out.txt"
    link.symlink_to(target)
    proc = run("export", "text", MASTERS[0], "-o", link, "-q")
    assert proc.returncode == 0, proc.stderr
    assert not link.is_symlink() and target.read_bytes() == b"keep"
    mode = stat.S_IMODE(link.stat().st_mode)
    assert not mode & (stat.S_ISUID | stat.S_ISGID | 0o111), oct(mode)


def test_interrupt_keeps_complete_outputs_only(tmp_path):
    """Ctrl-C during a parallel export: exit 130, every file written is complete, and no
    temporary is left."""
    import signal
    masters = tmp_path / "m"
    masters.mkdir()
    for i in range(300):
        (masters / f"{i:03}.xml").write_bytes(MASTERS[i % 2].read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "export", "text",
                             *sorted(map(str, masters.iterdir())), "-d", str(out),
                             "--jobs", "2"], stderr=subprocess.PIPE, start_new_session=True)
    assert proc.stderr.readline().startswith(b"teikit export: wrote")
    os.killpg(proc.pid, signal.SIGINT)              # the terminal's Ctrl-C: the whole group
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, err
    assert b"Traceback" not in err
    written = sorted(out.iterdir())
    assert written and not [p for p in written if p.name.startswith(".")]
    expected = {i % 2: None for i in range(2)}
    for path in written:
        i = int(path.stem)
        if expected[i % 2] is None:
            expected[i % 2] = run("export", "text", MASTERS[i % 2], "-o", "-").stdout
        assert path.read_bytes() == expected[i % 2], path

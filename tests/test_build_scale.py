"""teikit build at scale (issue 11): linear work per master, incremental rebuilds, the same
bytes with any number of jobs, and the print volume streamed from its articles."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teikit.build import build_edition
from teikit.writers.html import Entry, render_volume

from conftest import EDITION

MASTERS = sorted((EDITION / "tei").glob("*.xml"))


def make_edition(folder: Path, n: int) -> Path:
    (folder / "tei").mkdir(parents=True, exist_ok=True)
    (folder / "edition.toml").write_bytes((EDITION / "edition.toml").read_bytes())
    for i in range(n):
        (folder / "tei" / f"m{i:04}.xml").write_bytes(MASTERS[i % len(MASTERS)].read_bytes())
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".teikit" not in p.parts}


def count_stats(monkeypatch, work) -> int:
    """System calls that look a path up (stat, lstat) made while *work* runs."""
    calls = [0]
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def counting(*args, _real=real, **kw):
            calls[0] += 1
            return _real(*args, **kw)
        monkeypatch.setattr(os, name, counting)
    try:
        work()
    finally:
        monkeypatch.undo()
    return calls[0]


def test_build_looks_up_each_path_a_bounded_number_of_times(tmp_path, monkeypatch):
    """The output-is-input check was every output against every input (quadratic): the
    lookups of a 4× larger edition must grow about 4×, not 16×."""
    small = make_edition(tmp_path / "s", 10)
    large = make_edition(tmp_path / "l", 40)
    n_small = count_stats(monkeypatch, lambda: build_edition(small, tmp_path / "so"))
    n_large = count_stats(monkeypatch, lambda: build_edition(large, tmp_path / "lo"))
    assert n_large / n_small < 5, (n_small, n_large)


def test_streamed_volume_is_the_volume(tmp_path):
    """build writes volume.html piece by piece; the pieces make the same page as rendering
    it from every tree at once."""
    from teikit.edition import Edition
    from teikit.export import load_master
    from teikit.signs import View
    build_edition(EDITION, tmp_path)
    edition = Edition.load(EDITION / "edition.toml")
    entries = [Entry(load_master(m).root, m.stem) for m in MASTERS]
    whole = render_volume(entries, edition, View.DIPLOMATIC)
    assert (tmp_path / "html" / "volume.html").read_bytes() == whole


def test_incremental_build(tmp_path):
    edition = make_edition(tmp_path / "ed", 6)
    out = tmp_path / "out"
    first = build_edition(edition, out)
    assert len(first.built) == 6 and not first.skipped
    again = build_edition(edition, out)
    assert again.built == [] and len(again.skipped) == 6 and again.written == []

    changed = edition / "tei" / "m0002.xml"
    changed.write_bytes(changed.read_bytes().replace(b"Stalin", b"Staline", 1))
    (edition / "tei" / "m0005.xml").unlink()
    stamp = (out / "text" / "m0001.txt").stat().st_mtime_ns
    third = build_edition(edition, out)
    assert third.built == ["m0002"] and len(third.skipped) == 4
    assert sorted(p.name for p in third.removed) == ["m0005.html", "m0005.txt"]
    assert (out / "text" / "m0001.txt").stat().st_mtime_ns == stamp     # not rewritten
    fresh = tmp_path / "fresh"
    build_edition(edition, fresh)
    assert tree(out) == tree(fresh)                 # the same edition as a full build

    options = build_edition(edition, out, width=60)  # other options: everything again
    assert len(options.built) == 5


def test_build_cli_reports_built_skipped_removed(tmp_path):
    edition = make_edition(tmp_path / "ed", 3)
    run = [sys.executable, "-m", "teikit", "build", str(edition), "-d", str(tmp_path / "o")]
    proc = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "3 built, 0 unchanged, 0 removed" in proc.stderr
    (edition / "tei" / "m0002.xml").unlink()
    proc = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert "0 built, 2 unchanged, 2 removed" in proc.stderr, proc.stderr
    (edition / "tei" / "m0000.xml").unlink()       # m0001 moves up in the print volume
    proc = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert "1 built, 0 unchanged, 2 removed" in proc.stderr, proc.stderr


@pytest.mark.parametrize("jobs", [2])
def test_jobs_give_the_same_bytes(tmp_path, jobs):
    edition = make_edition(tmp_path / "ed", 12)
    build_edition(edition, tmp_path / "one", jobs=1)
    proc = subprocess.run([sys.executable, "-m", "teikit", "build", str(edition), "-d",
                           str(tmp_path / "many"), "--jobs", str(jobs), "-q"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert tree(tmp_path / "one") == tree(tmp_path / "many")


def test_export_and_encode_jobs_give_the_same_bytes(tmp_path):
    masters = [str(p) for p in make_edition(tmp_path / "ed", 10).glob("tei/*.xml")]
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "teikit", "export", "html", *masters,
                               "-d", str(tmp_path / jobs), "--jobs", jobs, "-q"],
                              capture_output=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "1") == tree(tmp_path / "2") and len(tree(tmp_path / "1")) == 10
    sources = sorted(str(p) for p in (EDITION / "sources").glob("*.txt"))
    for jobs in ("1", "2"):
        proc = subprocess.run([sys.executable, "-m", "teikit", "encode", *sources, "-d",
                               str(tmp_path / f"e{jobs}"), "--jobs", jobs, "-q"],
                              capture_output=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert tree(tmp_path / "e1") == tree(tmp_path / "e2") != {}


def test_progress_bar_on_a_terminal_only(tmp_path):
    """On a terminal: count, rate and time left; in a pipe or CI: nothing."""
    import pty
    masters = [str(p) for p in make_edition(tmp_path / "ed", 25).glob("tei/*.xml")]
    command = [sys.executable, "-m", "teikit", "export", "text", *masters, "-d",
               str(tmp_path / "out")]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=follower, env=env)
    os.close(follower)
    shown = b""
    while True:                          # read as it comes: a full pty would block teikit
        try:
            chunk = os.read(leader, 65536)
        except OSError:                  # EIO: the other end is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=300) == 0
    assert b"25/25" in shown and b"files/s" in shown, shown[-500:]
    for extra_env in ({}, {"CI": "true"}):                # a pipe; CI
        piped = subprocess.run(command, capture_output=True, env={**env, **extra_env},
                               timeout=300)
        assert piped.returncode == 0 and b"files/s" not in piped.stderr
        assert piped.stderr.count(b"\n") == 25          # the 25 "wrote" lines, nothing else


def test_interrupted_build_leaves_the_last_build(tmp_path):
    """Ctrl-C while a build runs (its staging folder exists): exit 130, the last build's
    files unchanged, no staging folder left."""
    import signal
    import time
    edition = make_edition(tmp_path / "ed", 400)
    out = tmp_path / "out"
    build_edition(make_edition(tmp_path / "first", 2), out)
    before = tree(out)
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "build", str(edition), "-d",
                             str(out), "--jobs", "2"], stderr=subprocess.PIPE,
                            start_new_session=True)
    while proc.poll() is None and not list(out.glob(".teikit-*")):
        time.sleep(0.01)                        # wait for the build to be under way
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err_bytes = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("the interrupted build did not stop within 120 s") from None
    err = err_bytes.decode()
    assert proc.returncode == 130, err
    assert "the last build is left as it was" in err and "Traceback" not in err
    assert tree(out) == before
    assert not list(out.glob(".teikit-*"))

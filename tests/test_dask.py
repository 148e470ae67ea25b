"""The batch API on a real Dask cluster: a ``dask scheduler`` and two ``dask worker``
processes on this machine (loopback only). Outputs must be byte-identical to the local
run's, and a worker killed under its task must not lose a file (Dask runs it again)."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EDITION
from hostile import tei

distributed = pytest.importorskip("distributed", reason="Dask is the optional extra "
                                  "teikit[dask] (installed by the test extra in CI)")

from teikit import batch  # noqa: E402

MASTERS = sorted((EDITION / "tei").glob("*.xml"))
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args: str) -> subprocess.Popen:
    dask = shutil.which("dask", path=str(BIN)) or "dask"
    return subprocess.Popen([dask, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


@pytest.fixture
def cluster():
    """(address, [worker processes]): a scheduler and two one-thread workers, no nanny (so
    that killing a worker's process kills the worker)."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", str(port),
                   "--no-dashboard")]
    workers = [_dask("worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                     "--no-nanny", "--no-dashboard", "--death-timeout", "60")
               for _ in range(2)]
    procs += workers
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with distributed.Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                    break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address, workers
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".teikit" not in p.parts}


def test_cluster_output_is_the_local_output(tmp_path, cluster):
    address, _ = cluster
    masters = []
    for i in range(6):
        path = tmp_path / "tei" / f"m{i}.xml"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(MASTERS[i % 2].read_bytes())
        masters.append(path)
    for fmt in ("html", "text"):
        local = batch.export_paths(fmt, masters, tmp_path / f"local-{fmt}", jobs=1)
        remote = batch.export_paths(fmt, masters, tmp_path / f"dask-{fmt}", scheduler=address)
        assert local.exit_code == remote.exit_code == 0
        assert tree(tmp_path / f"local-{fmt}") == tree(tmp_path / f"dask-{fmt}") != {}
    bad = tmp_path / "tei" / "bad.xml"
    bad.write_bytes(b"<TEI><broken")
    local = batch.validate_paths([tmp_path / "tei"], jobs=1)
    remote = batch.validate_paths([tmp_path / "tei"], scheduler=address)
    assert remote.exit_code == local.exit_code == 3
    assert ([str(d) for f in remote.files for d in f.diagnostics]
            == [str(d) for f in local.files for d in f.diagnostics])
    bad.unlink()
    (tmp_path / "edition.toml").write_bytes((EDITION / "edition.toml").read_bytes())
    batch.build(tmp_path, tmp_path / "site-local", jobs=1)
    result = batch.build(tmp_path, tmp_path / "site-dask", scheduler=address)
    assert len(result.built) == 6
    assert tree(tmp_path / "site-local") == tree(tmp_path / "site-dask")


def test_cli_scheduler_option(tmp_path, cluster):
    address, _ = cluster
    proc = subprocess.run([sys.executable, "-m", "teikit", "export", "text",
                           *map(str, MASTERS), "-d", str(tmp_path / "out"), "--scheduler",
                           address, "-q"], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for master in MASTERS:
        local = subprocess.run([sys.executable, "-m", "teikit", "export", "text", str(master),
                                "-o", "-"], capture_output=True, timeout=120).stdout
        assert (tmp_path / "out" / f"{master.stem}.txt").read_bytes() == local


def test_a_killed_worker_loses_no_file(tmp_path, cluster):
    address, workers = cluster
    body = "".join(f"<p n='{i}'>paragraph {i} " + "word " * 150 + "</p>" for i in range(1500))
    masters = []
    for i in range(8):
        path = tmp_path / "tei" / f"big{i}.xml"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(tei(body.replace("paragraph", f"document {i} paragraph")))
        masters.append(path)
    killed = []

    def kill_one_worker(done: int, total: int) -> None:
        if not killed:                     # both workers are busy: kill one under its task
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].wait(timeout=30))     # reaped: no zombie pid left

    remote = batch.export_paths("text", masters, tmp_path / "dask", scheduler=address,
                                progress=kill_one_worker)
    assert killed == [-signal.SIGKILL]
    assert remote.exit_code == 0 and len(remote.results) == 8
    local = batch.export_paths("text", masters, tmp_path / "local", jobs=1)
    assert local.exit_code == 0
    assert tree(tmp_path / "local") == tree(tmp_path / "dask")
    assert len(tree(tmp_path / "dask")) == 8
    assert not [p for p in (tmp_path / "dask").iterdir() if p.name.startswith(".")]


def test_without_dask_teikit_says_how_to_get_it(tmp_path):
    code = ("import sys; sys.modules['distributed'] = None\n"
            "from teikit.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code, "validate", str(MASTERS[0]),
                           "--scheduler", "tcp://127.0.0.1:9"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'teikit[dask]'" in proc.stderr and "[no-dask]" in proc.stderr


@pytest.mark.parametrize("address,pattern", [
    ("nonsense", "give the Dask scheduler's address as tcp://HOST:PORT [usage]"),
    ("tcp://127.0.0.1:99999", "as tcp://HOST:PORT [usage]"),
    ("tcp://127.0.0.1:9", "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
])
def test_a_bad_or_absent_scheduler_is_one_line(address, pattern):
    proc = subprocess.run([sys.executable, "-m", "teikit", "validate", str(MASTERS[0]),
                           "--scheduler", address], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and pattern in proc.stderr, proc.stderr

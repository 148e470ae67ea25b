"""Shared test set-up: where ../shared is, golden-file regeneration, helpers."""

from __future__ import annotations

import os
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests' examples from a fixed seed, so that a landing is decided by the
# change and not by the draw; a developer's run draws new examples each time, and what it
# finds is kept as an @example (TEIKIT_CI=1 is set by .ci/run)
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("TEIKIT_CI") == "1":
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
EDITION = ROOT / "editions" / "sample"
SEEDS = sorted((EDITION / "sources").glob("*.txt"))


def pytest_sessionstart(session):
    """Many tests loop over the sample edition's files: without them they would pass
    having checked nothing (as they once did from an sdist that lacked editions/)."""
    masters = sorted((EDITION / "tei").glob("*.xml"))
    if not SEEDS or len(masters) != len(SEEDS):
        raise pytest.UsageError(
            f"{EDITION} has {len(SEEDS)} sources and {len(masters)} masters; the tests need "
            "the sample edition (is this checkout or sdist incomplete?)"
        )


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite golden files from the current output (review the diff)",
    )


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


# CI always has ../shared (.ci/run sets this): there, a missing path fails instead of skipping
REQUIRE_SHARED = bool(os.environ.get("TEIKIT_REQUIRE_SHARED"))


# Markers (registered in pyproject.toml): `shared` tests skip as a whole where ../shared is
# absent, so a fresh clone skips only marked tests. The fixtures below need ../shared too; a
# test that uses them, or calls shared_path(), without the marker is an error.
SHARED_FIXTURES = {"tei_all_engine", "tei_all_rng"}
_running: list[pytest.Item] = []  # the test being set up or run, for shared_path()


def pytest_collection_modifyitems(config, items):
    unmarked = [
        item.nodeid
        for item in items
        if SHARED_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("shared") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "these tests use TEI-All from ../shared; mark them @pytest.mark.shared: "
            + ", ".join(unmarked)
        )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _running[:] = [item]
    if item.get_closest_marker("shared") is not None and not SHARED.exists():
        if REQUIRE_SHARED:
            pytest.fail(f"{SHARED} is missing, and TEIKIT_REQUIRE_SHARED says it must be here")
        pytest.skip(f"needs {SHARED} (the team's shared corpus and schemas); marked shared")


def pytest_runtest_teardown(item):
    _running.clear()


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test (a user's fresh clone has no ../shared)."""
    if _running and _running[0].get_closest_marker("shared") is None:
        pytest.fail(f"{_running[0].nodeid} reads ../shared; mark it @pytest.mark.shared")
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if REQUIRE_SHARED:
            pytest.fail(f"{path} is missing, and TEIKIT_REQUIRE_SHARED says it must be here")
        pytest.skip(f"needs {path} (the team's shared corpus and schemas); not in this checkout")
    return path


def corpus_texts() -> list[Path]:
    """Every plain text of the shared corpus (empty when ../shared is absent)."""
    if not SHARED.exists():
        if REQUIRE_SHARED:
            raise RuntimeError(
                f"{SHARED} is missing, and TEIKIT_REQUIRE_SHARED says it must be here"
            )
        return []
    return sorted((SHARED / "corpus").glob("**/*.txt"))


def check_golden(path: Path, data: bytes, update: bool) -> None:
    """Compare *data* with the golden file, or rewrite it with --update-goldens."""
    if update or not path.exists():
        if not update:
            pytest.fail(f"golden file {path} is missing; run make goldens and review it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return
    assert data == path.read_bytes(), (
        f"output differs from golden {path.relative_to(ROOT)}; if the change is intended, "
        "run make goldens and review the diff"
    )


@pytest.fixture(scope="session")
def tei_all_engine():
    """teikit validate's TEI-All schema (P5 4.7.0 from ../shared), compiled once per
    session: teikit's engine cache keeps it for every later use in this process."""
    path = shared_path("schemas", "tei", "p5-4.7.0", "tei_all.rng")
    os.environ["TEIKIT_TEI_ALL"] = str(path)
    from teikit.validate.schemas import engine

    return engine("tei-all")


@pytest.fixture(scope="session")
def tei_all_rng(tei_all_engine):
    """TEI P5 4.7.0 tei_all with lxml RELAX NG's interface (validate(doc), error_log):
    teikit validate's own engine, which compiles TEI-All pruned to the document's
    element names (the same verdict as the whole grammar)."""
    return tei_all_engine


@contextmanager
def connection_trap():
    """A local port that records every connection made to it: point attacks and proxies at
    it, then assert nothing connected. Yields (port, hits)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                hits.append(conn.recv(1024))
                conn.close()
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], hits
    finally:
        stop.set()
        thread.join(1)
        server.close()


@pytest.fixture(scope="module")
def listener():
    with connection_trap() as trap:
        yield trap

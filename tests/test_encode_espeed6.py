"""The command's regex cache (teikit.recache): the patterns a run takes from the cache file
are the ones Python compiles, and encoding with the cache cold, warm, damaged or off gives
the same bytes. Each run is its own process (the cache changes ``re`` for the process)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
# a letter in plain text and a play's act as a saved web page (public domain; provenance in
# fixtures/unseen/README.md)
SOURCES = [FIXTURES / "pasteur-1840-10-28.txt", FIXTURES / "earnest-act2-opening.html"]

SAME_PATTERNS = r"""
import re, sys
from teikit import recache
recache.install()
import teikit.encode, teikit.readers.document, teikit.readers.generic  # noqa: F401
original = re._compiler.compile.__wrapped__
seen = 0
for name, mod in sorted(sys.modules.items()):
    if not name.startswith("teikit"):
        continue
    for value in list(vars(mod).values()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            fresh = original(value.pattern, value.flags)
            assert value == fresh and value.groupindex == fresh.groupindex, value.pattern
            seen += 1
print(seen)
"""


def _run(args: list[str], cache: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TEIKIT_NO_RE_CACHE"}
    env.update(XDG_CACHE_HOME=str(cache), **extra)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          check=True)


def _cache_files(cache: Path) -> list[Path]:
    return sorted((cache / "teikit").glob("re-*.marshal"))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is Python 3.11's")
def test_patterns_from_the_cache_are_the_ones_python_compiles(tmp_path: Path) -> None:
    cold = _run(["-c", SAME_PATTERNS], tmp_path)
    assert len(_cache_files(tmp_path)) == 1         # written at the end of the first run
    warm = _run(["-c", SAME_PATTERNS], tmp_path)     # every pattern from the file
    assert int(cold.stdout) == int(warm.stdout) > 500


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is Python 3.11's")
def test_encoding_with_the_cache_cold_warm_damaged_or_off_gives_the_same_bytes(
        tmp_path: Path) -> None:
    cache = tmp_path / "cache"

    def encode(tag: str, **extra: str) -> list[bytes]:
        out = tmp_path / tag
        _run(["-m", "teikit", "encode", *map(str, SOURCES), "-d", str(out), "-q",
              "--report", str(out / "report.json")], cache, **extra)
        return [(out / f"{s.stem}.xml").read_bytes() for s in SOURCES] + \
            [(out / "report.json").read_bytes()]

    off = encode("off", TEIKIT_NO_RE_CACHE="1")
    assert _cache_files(cache) == []                 # off: nothing written
    assert encode("cold") == off
    [file] = _cache_files(cache)
    assert encode("warm") == off
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])   # a torn file
    assert encode("damaged") == off
    # (and the bytes are an encoding: the letter's dateline, the play's 53 turns)
    assert b'<dateline><placeName>Besan\xc3\xa7on</placeName>, <date when="1840-10-28">' \
        b"28 octobre 1840</date>.</dateline>" in off[0]
    assert off[1].count(b'<sp who="#') == 53 and b"<speaker>Miss Prism</speaker>" in off[1]


EVICT = r"""
import re, sys
from teikit import recache
recache.MAX_PATTERNS = 3
recache.install()
for p in sys.argv[1:]:
    re.compile(p)
"""


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._compiler is Python 3.11's")
def test_a_full_cache_keeps_the_patterns_of_the_run_that_writes_it(tmp_path: Path) -> None:
    import marshal

    _run(["-c", EVICT, "a+", "b+", "c+", "d+"], tmp_path)     # four new: all kept
    [file] = _cache_files(tmp_path)
    assert sorted(marshal.loads(file.read_bytes())) == [("a+", 0), ("b+", 0), ("c+", 0),
                                                          ("d+", 0)]
    _run(["-c", EVICT, "a+", "e+"], tmp_path)                 # past three: this run's only
    assert sorted(marshal.loads(file.read_bytes())) == [("a+", 0), ("e+", 0)]
    _run(["-c", EVICT, "a+"], tmp_path)                       # nothing new: not rewritten
    assert sorted(marshal.loads(file.read_bytes())) == [("a+", 0), ("e+", 0)]

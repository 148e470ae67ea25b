"""Same input, same bytes, also across processes: Python salts str hashes per process
(PYTHONHASHSEED), so a set or dict ordered by hash would show here and not within one
process. Each run encodes every committed source, exports each master in both formats and
views, and builds the sample edition; the runs' files must be identical."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EDITION, ROOT, SEEDS

SOURCES = [*SEEDS, *sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*/*.txt"))]
HASH_SEEDS = ["0", "1", "2718281828"]

RUN = """
import json, sys
from pathlib import Path
import teikit

out, edition, sources = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
for source in map(Path, sources):
    result = teikit.encode_file(source)
    master = out / f"{source.stem}.xml"
    master.write_bytes(result.data)
    (out / f"{source.stem}.report.json").write_text(json.dumps(result.report(), indent=1))
    for view in ("diplomatic", "reading"):
        (out / f"{source.stem}.{view}.html").write_bytes(teikit.export_html(master, view))
        (out / f"{source.stem}.{view}.txt").write_bytes(teikit.export_text(master, view))
teikit.build_edition(edition, out / "built")
"""


def run(hash_seed: str, out: Path, edition: Path) -> dict[str, bytes]:
    out.mkdir()
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-c", RUN, str(out), str(edition), *map(str, SOURCES)],
        check=True,
        env=env,
        cwd=out,
    )
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_same_bytes_under_every_hash_seed(tmp_path):
    edition = tmp_path / "edition"
    shutil.copytree(EDITION, edition, ignore=shutil.ignore_patterns("html", "text"))
    runs = {seed: run(seed, tmp_path / f"seed-{seed}", edition) for seed in HASH_SEEDS}
    first, *others = runs.values()
    # every source gives a master, a report and 4 exports; the build gives pages and texts
    assert len([name for name in first if name.endswith(".xml")]) == len(SOURCES)
    assert any(name.startswith("built/html/") for name in first)
    for seed, files in zip(HASH_SEEDS[1:], others, strict=True):
        assert files.keys() == first.keys()
        differ = [name for name in first if files[name] != first[name]]
        assert not differ, f"PYTHONHASHSEED={seed} gives other bytes than 0 for: {differ}"

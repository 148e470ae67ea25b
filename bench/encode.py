"""Benchmark: teikit encode on large generated texts (not a test).

Builds texts of 5 to 50 MB from the seeds and the shared corpus repeated, runs
`teikit encode` on each in a fresh process, and prints wall time, peak memory, MB/s, and the
ratio to a floor measured in the same run: reading the same text and writing one TEI <p>
per blank-line block with lxml (what any encoder must at least do).

    .venv/bin/python bench/encode.py [--sizes 5,10,25,50] [--keep DIR]

``--small N`` times the common case instead: N small sources (texts, Markdown and web pages
of 4 to 50 KB from the shared corpus, taken in turn), each encoded in a process of its own
and then all in one process (``-j 1``), against the floor run on each file in its own
process; in CPU time (user and system of the children), the figures per file.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import measure_ok

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOOR = """
import sys
from lxml import etree
T = "http://www.tei-c.org/ns/1.0"
text = open(sys.argv[1], encoding="utf-8").read()
body = etree.Element("{%s}body" % T, nsmap={None: T})
for block in text.split("\\n\\n"):
    if block.strip():
        etree.SubElement(body, "{%s}p" % T).text = " ".join(block.split())
open(sys.argv[2], "wb").write(etree.tostring(body, encoding="UTF-8"))
"""


def sample_text() -> str:
    sources = sorted((ROOT / "editions/sample/sources").glob("*.txt"))
    if SHARED.exists():
        sources += sorted((SHARED / "corpus").glob("**/*.txt"))
    # every text as teikit would read it (the realworld corpus has Windows-1252 files)
    parts = [p.read_bytes().decode("utf-8", "replace") for p in sources]
    # one long transcript: every document's text, read as the generic style
    return "\n\n".join(parts)


def build(target_mb: float, folder: Path) -> Path:
    unit = sample_text()
    reps = max(1, int(target_mb * 2**20 / len(unit.encode())))
    path = folder / f"big-{target_mb:g}MB.txt"
    path.write_text("A Long Record\n\n" + "\n\n".join([unit] * reps), encoding="utf-8")
    return path


def small_sources(n: int, folder: Path) -> list[Path]:
    found = sorted(p for p in (SHARED / "corpus").glob("**/*")
                   if p.suffix in (".txt", ".md", ".html") and 4096 <= p.stat().st_size <= 51200)
    if not found:
        sys.exit("--small needs the shared corpus beside the repository")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(n):
        source = found[k % len(found)]
        paths.append(folder / f"s{k:04d}{source.suffix}")
        paths[-1].write_bytes(source.read_bytes())
    return paths


def cpu(cmd: list[str]) -> float:
    """CPU seconds (user and system) of *cmd*, run to its end (its exit code is not asked:
    a source may warn)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def small(n: int, teikit: str, folder: Path) -> None:
    paths = small_sources(n, folder / "small")
    out = folder / "small-out"
    out.mkdir(exist_ok=True)
    kb = sum(p.stat().st_size for p in paths) / 1024 / n
    floor = sum(cpu([sys.executable, "-c", FLOOR, str(p), str(out / "floor.xml")])
                for p in paths) / n
    alone = sum(cpu([teikit, "encode", str(p), "-o", str(out / f"{p.stem}.xml"), "-q"])
                for p in paths) / n
    together = cpu([teikit, "encode", *map(str, paths), "-d", str(out), "-q", "-j", "1"]) / n
    print(f"{n} small files, {kb:.1f} KB each on average; CPU seconds per file:")
    print(f"  floor, a process each  {floor:6.3f}")
    print(f"  teikit, a process each {alone:6.3f}  ({alone / floor:.1f}x the floor)")
    print(f"  teikit, one process    {together:6.3f}  ({together / floor:.1f}x the floor)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5,10,25,50")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--small", type=int, metavar="N",
                    help="time N small files instead (a process each, then one for all)")
    args = ap.parse_args()
    teikit = str(Path(sys.executable).parent / "teikit")
    if args.small:
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            small(args.small, teikit, folder)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'size':>8} {'floor s':>8} {'teikit s':>9} {'ratio':>6} {'MB/s':>6} "
              f"{'peak MiB':>9} {'s per MB':>9}")
        for mb in [float(s) for s in args.sizes.split(",")]:
            src = build(mb, folder)
            size = src.stat().st_size / 2**20
            floor, _ = measure_ok([sys.executable, "-c", FLOOR, str(src),
                                   str(folder / "floor.xml")])
            took, peak_mib = measure_ok([teikit, "encode", str(src), "-o",
                                         str(folder / "out.xml"), "-q", "--style", "generic",
                                         "--report", str(folder / "report.json")])
            print(f"{size:7.1f}M {floor:8.2f} {took:9.2f} {took / floor:6.1f} "
                  f"{size / took:6.2f} {peak_mib:9.0f} {took / size:9.3f}")
        print("goal: 50 MB in <= 30 s and <= 2048 MiB; s per MB roughly constant (linear)")


if __name__ == "__main__":
    main()

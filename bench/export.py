"""Benchmark: teikit export (HTML and text) of a whole FRUS volume (not a test).

Measures, in one run and one process, the best of N rounds of:

* floor: lxml reading the file, parsing it and serialising the tree again (what any tool
  that reads and writes the file must at least do);
* html: ``teikit.export.export("html", FILE)`` (safe parse, prepare, XSLT, serialise);
* text: ``teikit.export.export("text", FILE)`` (safe parse, prepare, text writer, wrap);

and prints each time with its ratio to the floor (the issue's target: 3x or less; TEI
Stylesheets take 30-60x on such a file).

    .venv/bin/python bench/export.py [FILE] [--rounds 7]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from teikit.export import export  # noqa: E402

VOLUME = ROOT.parent / "shared" / "corpus" / "volumes" / "frus1977-80v01.xml"


def floor(path: Path) -> bytes:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.tostring(etree.fromstring(path.read_bytes(), parser), encoding="UTF-8")


def best(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=VOLUME)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    if not args.file.is_file():
        print(f"bench/export.py: {args.file} not found (pass a TEI file)", file=sys.stderr)
        return 2
    size = args.file.stat().st_size / 2**20
    export("html", args.file)                       # warm up: compile the stylesheet
    base = best(lambda: floor(args.file), args.rounds)
    rows = [("floor: lxml parse + serialise", base)]
    for fmt in ("html", "text"):
        for view in ("diplomatic", "reading"):
            rows.append((f"teikit export {fmt} --view {view}",
                         best(lambda fmt=fmt, view=view: export(fmt, args.file, view),
                              args.rounds)))
    print(f"{args.file.name}: {size:.1f} MB, best of {args.rounds} rounds")
    for label, seconds in rows:
        print(f"  {label:<42} {seconds * 1000:7.1f} ms   {seconds / base:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

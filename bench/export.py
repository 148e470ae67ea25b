"""Benchmark: teikit export (HTML and text) of a whole FRUS volume (not a test).

Measures, in one run and one process, the best of N rounds (each round runs every job
once, in turn) of:

* floor: lxml reading the file, parsing it and serialising the tree again (what any tool
  that reads and writes the file must at least do);
* two references for a writer in Python: the floor with one ``iter()`` walk over the tree
  between parse and serialise, and a parse with a dict-dispatch walk in Python that
  collects the text (what the one-pass writers do at the least);
* html: ``teikit.export.export("html", FILE)`` (safe parse, one pass that numbers, links
  and writes, straight to bytes);
* text: ``teikit.export.export("text", FILE)`` (safe parse, one pass, wrap);

and prints each time with its ratio to the floor (the issue's target: 3x or less; TEI
Stylesheets take 30-60x on such a file). Times are the process's CPU time (the best of
the rounds): ratios measured in one run hold when the machine is loaded; the times do not.

    .venv/bin/python bench/export.py [FILE] [--rounds 7] [--parts]

With ``--parts``, the parts of an export are timed alone instead, against the same floor:
the safe parse, the HTML writer's walk, and the text writer's walk, white-space collapse
(the whole document in one go) and wrapping (what the README's table of the parts shows).
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


def floor_walk(path: Path) -> bytes:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(path.read_bytes(), parser)
    for _ in root.iter():
        pass
    return etree.tostring(root, encoding="UTF-8")


def dispatch_walk(path: Path) -> bytes:
    """A dict-dispatch walk in Python that collects the text (one rule for every tag)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(path.read_bytes(), parser)
    out: list[str] = []
    rules: dict = {}

    def walk(el) -> None:
        if el.text:
            out.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                rules.get(child.tag, walk)(child)
            if child.tail:
                out.append(child.tail)

    walk(root)
    return "".join(out).encode("utf-8")


def parts(path: Path) -> list[tuple[str, object]]:
    """The parts of an export, each a job of its own (the README's second table)."""
    from teikit.export import load_master
    from teikit.signs import View
    from teikit.writers import text as text_writer
    from teikit.writers.document import Document
    from teikit.writers.htmlbody import fragment_chunks
    from teikit.writers.wrap import wrap_narrow

    root = load_master(path).root

    def text_walk():
        writer = text_writer.TextWriter(Document(root), View.DIPLOMATIC)
        for text in writer.doc.texts:
            text_writer.owner(writer, text)
        return writer

    blocks = text_walk().blocks
    texts = ["".join(block.parts) for block in blocks]
    spaced = text_writer._spaced_plain(texts)
    if spaced is None:
        sys.exit(f"bench/export.py: {path.name} is not plain text; --parts times plain text")

    def wrapped():
        lines: list[str] = []
        for block, text in zip(blocks, spaced, strict=True):
            wrap_narrow(lines, text, 72, block.prefix, block.indent)
        return lines

    return [("safe parse (load_master)", lambda: load_master(path)),
            ("html: the walk, joined and encoded", lambda: fragment_chunks(root,
                                                                          View.DIPLOMATIC)),
            ("text: the walk (paragraphs)", text_walk),
            ("text: white space collapsed (one go)", lambda: text_writer._spaced_plain(texts)),
            ("text: wrapped at 72 columns", wrapped)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=VOLUME)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--parts", action="store_true", help="time the parts of an export")
    args = ap.parse_args()
    if not args.file.is_file():
        print(f"bench/export.py: {args.file} not found (pass a TEI file)", file=sys.stderr)
        return 2
    size = args.file.stat().st_size / 2**20
    export("html", args.file)                       # warm up
    jobs = [("floor: lxml parse + serialise", lambda: floor(args.file)),
            ("  + one iter() walk", lambda: floor_walk(args.file)),
            ("parse + Python dict-dispatch text walk", lambda: dispatch_walk(args.file))]
    if args.parts:
        jobs = jobs[:1] + parts(args.file)
    else:
        for fmt in ("html", "text"):
            for view in ("diplomatic", "reading"):
                jobs.append((f"teikit export {fmt} --view {view}",
                             lambda fmt=fmt, view=view: export(fmt, args.file, view)))
    # Every round runs each job once, so a change in the machine's load hits them alike;
    # the time is this process's CPU time, which other processes on a shared machine
    # disturb far less than the wall clock.
    times = {label: float("inf") for label, _ in jobs}
    for _ in range(args.rounds):
        for label, job in jobs:
            start = time.process_time()
            job()
            times[label] = min(times[label], time.process_time() - start)
    rows = list(times.items())
    base = rows[0][1]
    print(f"{args.file.name}: {size:.1f} MB, best of {args.rounds} rounds")
    for label, seconds in rows:
        print(f"  {label:<42} {seconds * 1000:7.1f} ms   {seconds / base:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

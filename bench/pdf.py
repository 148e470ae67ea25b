"""Benchmark: the PDF of a whole FRUS volume, teikit (WeasyPrint) against headless Chromium
printing the same HTML, in one run (not a test).

Each side runs as a fresh process, timed with its own peak memory (bench/measure.py):

* teikit: ``teikit export pdf VOLUME`` (safe parse, the HTML writer, WeasyPrint's layout
  with notes at the foot of their page, the PDF);
* chromium: ``chromium --headless --print-to-pdf`` of ``teikit export html VOLUME`` (the
  HTML is written once beforehand and not timed; notes print at the end of each document).

Prints the time, peak memory and page count of each, and their ratios.

    .venv/bin/python bench/pdf.py [FILE] [--rounds 1]
"""
from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from measure import measure_ok  # noqa: E402 (after the path is set)

VOLUME = ROOT.parent / "shared" / "corpus" / "volumes" / "frus1977-80v01.xml"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-pdf-header-footer"]


def pages(pdf: Path) -> str:
    """The page count (poppler's pdfinfo, else pypdf), or '?'."""
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                             check=False).stdout
        found = re.search(r"Pages:\s+(\d+)", out)
        return found.group(1) if found else "?"
    try:
        import pypdf
        return str(len(pypdf.PdfReader(str(pdf)).pages))
    except ImportError:
        return "?"


def best(cmd: list[str], rounds: int) -> tuple[float, float]:
    runs = [measure_ok(cmd) for _ in range(rounds)]
    return min(t for t, _ in runs), max(m for _, m in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=VOLUME)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    if not args.file.is_file():
        print(f"bench/pdf.py: {args.file} is missing (the team's shared corpus); skipped")
        return 0
    teikit = [sys.executable, "-m", "teikit"]
    size = args.file.stat().st_size / 2**20
    with tempfile.TemporaryDirectory(prefix="teikit-bench-pdf-") as tmp:
        out = Path(tmp)
        ours, said = out / "teikit.pdf", out / "stderr.txt"
        command = " ".join(shlex.quote(a) for a in [*teikit, "export", "pdf", str(args.file),
                                                      "-o", str(ours), "-q"])
        took, peak = best(["sh", "-c", f"exec {command} 2>{shlex.quote(str(said))}"],
                          args.rounds)
        print(f"{args.file.name} ({size:.1f} MB): teikit export pdf {took:.1f} s, "
              f"{peak:.0f} MiB peak, {pages(ours)} pages (A4, notes at the foot of the page)")
        for line in said.read_text(encoding="utf-8").splitlines():
            print(f"  teikit said: {line}")     # late notes or missing glyphs, if any
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if not browser:
            print("  chromium: not installed (Debian: apt-get install chromium); no reference")
            return 0
        page = out / "volume.html"
        measure_ok([*teikit, "export", "html", str(args.file), "-o", str(page), "-q"])
        theirs = out / "chromium.pdf"
        cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={out / 'profile'}",
               f"--print-to-pdf={theirs}", page.as_uri()]
        c_took, c_peak = best(cmd, args.rounds)
        print(f"  chromium --print-to-pdf of its HTML: {c_took:.1f} s, {c_peak:.0f} MiB peak "
              f"(the largest of its processes), "
              f"{pages(theirs)} pages (notes at the end of each document)")
        print(f"  teikit / chromium: {took / c_took:.1f}x the time, "
              f"{peak / c_peak:.1f}x the peak memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: encode, validate and export at 12, 25 and 50 MB (not a test).

Issue 5's scale promise: a 50 MB text and a 50 MB TEI file each go through
encode / validate / export in bounded memory (<= 2 GiB) and in time that grows linearly.
The texts are the seeds and the shared corpus repeated (as in bench/encode.py); the TEI
files are teikit's own masters of those texts. Each step is a fresh process; its wall
time and peak memory are printed, with seconds per MB to show the growth.

    .venv/bin/python bench/bigfile.py [--sizes 12,25,50] [--keep DIR] [--steps export]

``--steps`` runs only the steps named (encode, validate, export: both exports); a master
that is not encoded in this run is encoded first without being measured, or taken from
--keep DIR when an earlier run left it there.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encode import build
from measure import measure


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="12,25,50", help="sizes of the TEI files in MB")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--steps", default="encode,validate,export",
                    help="steps to measure (encode, validate, export)")
    args = ap.parse_args()
    chosen = set(args.steps.split(","))
    teikit = str(Path(sys.executable).parent / "teikit")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'step':<22} {'input':>8} {'seconds':>8} {'peak MiB':>9} {'s per MB':>9}")
        for mb in [float(s) for s in args.sizes.split(",")]:
            text = build(mb * 0.72, folder)          # a master is ~1.4x its text
            master = folder / f"{text.stem}.xml"
            steps = [
                ("encode", text, [teikit, "encode", str(text), "-o", str(master), "-q",
                                  "--style", "generic"]),
                ("validate", master, [teikit, "validate", str(master)]),
                ("export html", master, [teikit, "export", "html", str(master), "-o",
                                         str(folder / "out.html"), "-q"]),
                ("export text", master, [teikit, "export", "text", str(master), "-o",
                                         str(folder / "out.txt"), "-q"]),
            ]
            for name, source, cmd in steps:
                if name.split()[0] not in chosen:
                    if name == "encode" and not master.exists():
                        measure(cmd)              # the master the other steps read
                    continue
                took, peak, code = measure(cmd)
                size = source.stat().st_size / 2**20
                flag = "" if code in (0, 1) else f"  (exit {code})"
                print(f"{name:<22} {size:7.1f}M {took:8.2f} {peak:9.0f} {took / size:9.3f}{flag}")
        print("goal: 50 MB through each step in <= 2048 MiB; s per MB about constant (linear)")


if __name__ == "__main__":
    main()

"""Benchmark: teikit validate against a reference measured in the same run (not a test).

Reference: ``jing tei_all.rng`` (Debian's jing, or TEIKIT_JING="java -jar jing.jar"); when
jing is missing, lxml compiling and validating tei_all.rng in a fresh process, and the
report says so. Every timing is a whole process (Python or JVM start-up included), the
best of --repeat runs.

    .venv/bin/python bench/validate.py [--repeat 3] [--files 1000] [--keep DIR]

Measures (the figures issue 3 asks for):
  1. one small master: teikit validate vs the reference (goal: at most 1/3)
  2. a 4 MB master encoded from the corpus: teikit validate, teikit's schema and every
     integrity rule (goal: under 1 s)
  3. 1,000 small masters in a folder: teikit validate vs the reference once over them
     (goal: faster)
  4. --profile tei-all over 1 and over 100 files: the TEI-All compile is paid once
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TEI_ALL = SHARED / "schemas" / "tei" / "p5-4.7.0" / "tei_all.rng"
TEIKIT = [str(ROOT / ".venv" / "bin" / "teikit")]
MASTERS = sorted((ROOT / "editions" / "sample" / "tei").glob("*.xml"))
LXML_REFERENCE = """
import sys
from lxml import etree
rng = etree.RelaxNG(etree.parse(sys.argv[1]))
bad = [f for f in sys.argv[2:] if not rng.validate(etree.parse(f))]
sys.exit(1 if bad else 0)
"""


def timed(cmd: list[str], repeat: int, env=None) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True, env=env)
        best = min(best, time.perf_counter() - start)
        if run.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd[:4])} …: exit {run.returncode}\n{run.stderr[-800:]}")
    return best


def reference() -> tuple[str, list[str]]:
    jing = os.environ.get("TEIKIT_JING") or shutil.which("jing")
    if jing:
        return "jing tei_all.rng", [*shlex.split(jing), str(TEI_ALL)]
    return ("lxml RelaxNG(tei_all.rng) in a fresh process (jing not found)",
            [sys.executable, "-c", LXML_REFERENCE, str(TEI_ALL)])


def big_master(folder: Path, megabytes: float = 4.0) -> Path:
    """Encode one long text (the corpus texts, repeated) into a master of ~4 MB."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("**/*.txt"))]
    text, chunk = [], "\n\n".join(parts)
    while sum(map(len, text)) < megabytes * 1e6 / 1.6:      # markup adds ~60 %
        text.append(chunk)
    source = folder / "long.txt"
    source.write_text("Long transcript\n\n" + "\n\n".join(text), encoding="utf-8")
    target = folder / "long.xml"
    subprocess.run([*TEIKIT, "encode", str(source), "-o", str(target), "--style", "generic",
                    "-q"], check=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the generated files here")
    args = parser.parse_args()
    if not TEI_ALL.exists():
        raise SystemExit(f"needs {TEI_ALL} (the shared TEI schemas)")
    label, ref = reference()
    env = dict(os.environ, TEIKIT_TEI_ALL=str(TEI_ALL))
    work = args.keep or Path(tempfile.mkdtemp(prefix="teikit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []

    small = MASTERS[0]
    t_ref = timed([*ref, str(small)], args.repeat)
    t_tk = timed([*TEIKIT, "validate", str(small)], args.repeat)
    rows.append(("1 small master", f"{t_tk:.2f} s", f"{t_ref:.2f} s", t_tk / t_ref, "≤ 0.33"))
    # where the time goes: the command line alone (typer, and the modules cli.py imports),
    # and the same validation through the library in a fresh Python
    t_cli = timed([*TEIKIT, "--version"], args.repeat)
    rows.append(("  of which CLI start", f"{t_cli:.2f} s", "", t_cli / t_ref, "(teikit --version)"))
    t_lib = timed([str(ROOT / ".venv" / "bin" / "python"), "-c",
                   f"from teikit import validate_file; validate_file({str(small)!r})"],
                  args.repeat)
    rows.append(("  library, fresh Python", f"{t_lib:.2f} s", f"{t_ref:.2f} s", t_lib / t_ref,
                 "(validate_file)"))

    big = big_master(work)
    size = big.stat().st_size / 1e6
    t_big = timed([*TEIKIT, "validate", str(big)], args.repeat)
    t_big_ref = timed([*ref, str(big)], args.repeat)
    rows.append((f"{size:.1f} MB master", f"{t_big:.2f} s", f"{t_big_ref:.2f} s",
                 t_big / t_big_ref, "< 1 s"))

    folder = work / "many"
    folder.mkdir(exist_ok=True)
    for i in range(args.files):
        shutil.copyfile(MASTERS[i % len(MASTERS)], folder / f"m{i:04}.xml")
    files = sorted(map(str, folder.glob("*.xml")))
    t_many = timed([*TEIKIT, "validate", str(folder)], args.repeat)
    t_many_ref = timed([*ref, *files], args.repeat)
    rows.append((f"{len(files)} small masters", f"{t_many:.2f} s", f"{t_many_ref:.2f} s",
                 t_many / t_many_ref, "< 1"))

    hundred = files[:100]
    t_all_1 = timed([*TEIKIT, "validate", "--profile", "tei-all", hundred[0]], 1, env)
    t_all_100 = timed([*TEIKIT, "validate", "--profile", "tei-all", *hundred], 1, env)
    rows.append(("tei-all, 1 file", f"{t_all_1:.2f} s", "", None, ""))
    rows.append(("tei-all, 100 files", f"{t_all_100:.2f} s", "",
                 t_all_100 / t_all_1, "≈ 1 (compiled once)"))

    print(f"reference: {label}; {os.cpu_count()} CPUs; best of {args.repeat} whole-process runs")
    print(f"{'case':<22}{'teikit':>10}{'reference':>12}{'ratio':>8}  goal")
    for case, tk, rf, ratio, goal in rows:
        shown = f"{ratio:.2f}" if ratio is not None else ""
        print(f"{case:<22}{tk:>10}{rf:>12}{shown:>8}  {goal}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

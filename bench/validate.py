"""Benchmark: teikit validate against jing, measured in the same run (not a test).

Reference: ``jing tei_all.rng`` (Debian's jing, or TEIKIT_JING="java -jar jing.jar") with
TEI P5 4.7.0's tei_all.rng from ../shared. Every timing is a whole process (Python or JVM
start-up included), the best of --repeat runs, teikit and jing taking turns (a machine
shared with other work slows both alike). teikit runs with default options: it picks
the profile (TEI-All for TEI from elsewhere) and uses the TEI-All it ships. Its modules
are byte-compiled first, as pip does when it installs teikit (an editable install, or
PYTHONDONTWRITEBYTECODE, would otherwise compile them again on every start: 60 ms).

    .venv/bin/python bench/validate.py [--repeat 3] [--files 1000] [--keep DIR]

Goals (issue 9):
  1. one small TEI file from elsewhere: at most 1/3 of jing's time
  2. a 4 MB FRUS volume: at most 1/2 of jing's time
  3. a folder of 1,000 TEI files: faster than jing over the same files, every core used
  4. completeness on the invalid real files of tests/fixtures/tei and on two real files
     given many errors here (a FRUS volume, a DraCor play): every line jing reports an
     error on is reported by teikit (within 2 lines); the counts are printed
"""
from __future__ import annotations

import argparse
import os
import re
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
VOLUME = SHARED / "corpus" / "volumes" / "frus1977-80v01.xml"
FIXTURES = ROOT / "tests" / "fixtures" / "tei"
TEIKIT = [str(ROOT / ".venv" / "bin" / "teikit")]
LINE = re.compile(r"^(.*?):(\d+):(?:\d+:)? error: ")


def timed(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        best = min(best, once(cmd))
    return best


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if run.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])} …: exit {run.returncode}\n{run.stderr[-800:]}")
    return took


def side_by_side(ours: list[str], theirs: list[str], repeat: int) -> tuple[float, float]:
    """Best of *repeat* for each, the two run in turns."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        best = [min(best[0], once(ours)), min(best[1], once(theirs))]
    return best[0], best[1]


def jing_command() -> list[str]:
    jing = os.environ.get("TEIKIT_JING") or shutil.which("jing")
    if not jing:
        raise SystemExit("jing is needed (apt-get install jing, or TEIKIT_JING=...)")
    return [*shlex.split(jing), str(TEI_ALL)]


def error_lines(output: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for line in output.splitlines():
        m = LINE.match(line)
        if m:
            out.setdefault(os.path.realpath(m.group(1)), []).append(int(m.group(2)))
    return out


def big_mutants(folder: Path) -> list[Path]:
    """Real files with many errors: the FRUS volume with every date's month made 1MM (and
    every 50th paragraph moved before its div's head), the DraCor play with every 5th
    speaker moved after the speech."""
    out = []
    volume = VOLUME.read_text(encoding="utf-8")
    volume = re.sub(r'when="(\d{4})-(\d\d)', r'when="\1-1\2', volume)
    heads = iter(range(10**9))
    volume = re.sub(r"(<div[^>]*>\s*)(<head>)",
                    lambda m: m.group(1) + ("<p>moved</p>" if next(heads) % 50 == 0 else "")
                    + m.group(2), volume)
    (folder / "frus-volume.mutant.xml").write_text(volume, encoding="utf-8")
    out.append(folder / "frus-volume.mutant.xml")
    play_path = SHARED / "corpus" / "other" / "dracor" / "lessing-emilia-galotti.xml"
    if play_path.exists():
        count = iter(range(10**9))
        play = re.sub(r"(<speaker>.*?</speaker>)(\s*)(<(?:p|l)\b.*?</(?:p|l)>)",
                      lambda m: (m.group(3) + m.group(2) + m.group(1))
                      if next(count) % 5 == 0 else m.group(0),
                      play_path.read_text(encoding="utf-8"), flags=re.S)
        (folder / "dracor-play.mutant.xml").write_text(play, encoding="utf-8")
        out.append(folder / "dracor-play.mutant.xml")
    return out


def completeness(jing: list[str], folder: Path) -> list[tuple]:
    rows = []
    for f in [*sorted(FIXTURES.glob("*.invalid.xml")), *big_mutants(folder)]:
        ref = subprocess.run([*jing, str(f)], capture_output=True, text=True).stdout
        ours = subprocess.run([*TEIKIT, "validate", str(f)], capture_output=True,
                              text=True).stdout
        want = error_lines(ref).get(os.path.realpath(f), [])
        got = error_lines(ours).get(os.path.realpath(f), [])
        missed = [n for n in want if not any(abs(n - m) <= 2 for m in got)]
        rows.append((f.name, len(want), len(got), len(missed)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the generated files here")
    args = parser.parse_args()
    for needed in (TEI_ALL, VOLUME):
        if not needed.exists():
            raise SystemExit(f"needs {needed} (the shared corpus and TEI schemas)")
    jing = jing_command()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")],
                   check=True, stdout=subprocess.DEVNULL)
    work = args.keep or Path(tempfile.mkdtemp(prefix="teikit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []

    small = FIXTURES / "frus1961-63v01-d5.xml"
    t_tk, t_ref = side_by_side([*TEIKIT, "validate", str(small)], [*jing, str(small)],
                               args.repeat)
    rows.append((f"1 small TEI file ({small.stat().st_size // 1000} KB)", t_tk, t_ref,
                 "≤ 0.33"))
    t_floor = timed([sys.executable, "-c", "import lxml.etree"], args.repeat)
    rows.append(("  of which Python and lxml start", t_floor, None, "(python -c 'import "
                 "lxml.etree')"))

    t_vol, t_vol_ref = side_by_side([*TEIKIT, "validate", str(VOLUME)], [*jing, str(VOLUME)],
                                    args.repeat)
    rows.append((f"FRUS volume ({VOLUME.stat().st_size / 1e6:.1f} MB)", t_vol, t_vol_ref,
                 "≤ 0.5"))

    folder = work / "many"
    folder.mkdir(exist_ok=True)
    sources = [f for f in sorted(FIXTURES.glob("*.xml")) if ".invalid." not in f.name]
    for i in range(args.files):
        shutil.copyfile(sources[i % len(sources)], folder / f"t{i:04}.xml")
    files = sorted(map(str, folder.glob("*.xml")))
    t_many, t_many_ref = side_by_side([*TEIKIT, "validate", str(folder)], [*jing, *files],
                                      args.repeat)
    rows.append((f"{len(files)} TEI files, {os.cpu_count()} cores", t_many, t_many_ref, "< 1"))

    print(f"reference: jing {TEI_ALL.name} (TEI P5 4.7.0); {os.cpu_count()} CPUs (load "
          f"{os.getloadavg()[0]:.1f}); best of {args.repeat} whole-process runs, in turns; "
          "teikit with default options")
    print(f"{'case':<34}{'teikit':>9}{'jing':>9}{'ratio':>8}  goal")
    for case, tk, rf, goal in rows:
        ratio = f"{tk / rf:.2f}" if rf else ""
        shown_rf = f"{rf:.2f} s" if rf else ""
        print(f"{case:<34}{tk:>7.2f} s{shown_rf:>9}{ratio:>8}  {goal}")
    print()
    print("completeness on invalid real files (error lines; missed = a jing line with no "
          "teikit error within 2 lines)")
    print(f"{'file':<34}{'jing':>6}{'teikit':>8}{'missed':>8}")
    total = [0, 0, 0]
    for name, want, got, missed in completeness(jing, work):
        print(f"{name:<34}{want:>6}{got:>8}{missed:>8}")
        total = [total[0] + want, total[1] + got, total[2] + missed]
    print(f"{'all':<34}{total[0]:>6}{total[1]:>8}{total[2]:>8}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if total[2] else 0)


if __name__ == "__main__":
    main()

"""Benchmark: a corpus of many masters (issue 11). Not a test.

The corpus is made by splitting the real FRUS volumes in ../shared/corpus/volumes/ into one
TEI file per ``<div type="document">`` (each given a minimal teiHeader), copied until it
holds at least --files files and --megabytes MB. It is written under /tmp (or --corpus),
never into the repository. Then, each step a fresh process, at 10 %, 30 % and 100 % of the
corpus:

- ``teikit build`` (every format, index, print volume), ``teikit validate --profile
  tei-all`` and ``teikit export html``: seconds per MB and peak memory (of the largest
  process) at each size; linear when s/MB at 100 % is within 1.3x of 10 %, flat when the
  peak at 100 % is within 1.2x of 10 %;
- validate of the whole corpus against ``jing tei_all.rng`` over the same files (jing
  takes them all in one run), the two taking turns --repeat times (best of each);
- with ``--steps floor``: what libxml2 alone needs on every core for the same files, the
  parse only and the parse with TEI-All's RELAX NG check (pruned as teikit prunes it):
  the part of teikit's time that no Python change can remove;
- the Dask path (a scheduler and two workers on this machine) against the local pool on a
  slice: identical outputs, and the overhead per file.

    .venv/bin/python bench/scale.py                 # the full run (long)
    .venv/bin/python bench/scale.py --quick         # 2,000 files, no jing, a small slice
"""
from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import measure

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
VOLUMES = SHARED / "corpus" / "volumes"
TEI_ALL = SHARED / "schemas" / "tei" / "p5-4.7.0" / "tei_all.rng"
TEI_NS = "http://www.tei-c.org/ns/1.0"
BIN = Path(sys.executable).parent
TEIKIT = str(BIN / "teikit")


def split_volumes() -> list[tuple[str, bytes]]:
    """(name, TEI bytes) for every document of every volume."""
    docs = []
    for volume in sorted(VOLUMES.glob("*.xml")):
        root = etree.parse(str(volume), etree.XMLParser(resolve_entities=False,
                                                        no_network=True)).getroot()
        for div in root.iter(f"{{{TEI_NS}}}div"):
            if div.get("type") != "document":
                continue
            head = div.find(f"{{{TEI_NS}}}head")
            title = " ".join("".join(head.itertext()).split()) if head is not None else ""
            tei = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})
            file_desc = etree.SubElement(etree.SubElement(tei, f"{{{TEI_NS}}}teiHeader"),
                                         f"{{{TEI_NS}}}fileDesc")
            etree.SubElement(etree.SubElement(file_desc, f"{{{TEI_NS}}}titleStmt"),
                             f"{{{TEI_NS}}}title").text = title or div.get(
                                 "{http://www.w3.org/XML/1998/namespace}id", "Document")
            etree.SubElement(etree.SubElement(file_desc, f"{{{TEI_NS}}}publicationStmt"),
                             f"{{{TEI_NS}}}p").text = "Split for teikit's benchmark."
            etree.SubElement(etree.SubElement(file_desc, f"{{{TEI_NS}}}sourceDesc"),
                             f"{{{TEI_NS}}}p").text = f"{volume.name}, {div.get('n', '')}"
            body = etree.SubElement(etree.SubElement(tei, f"{{{TEI_NS}}}text"),
                                    f"{{{TEI_NS}}}body")
            body.append(_copy(div))
            name = f"{volume.stem}_{div.get('n') or len(docs)}"
            docs.append((name, etree.tostring(tei, xml_declaration=True, encoding="UTF-8")))
    return docs


def _copy(el):
    from copy import deepcopy
    return deepcopy(el)


def make_corpus(folder: Path, files: int, megabytes: float) -> list[Path]:
    """The corpus, made once (kept in *folder* for later runs)."""
    tei = folder / "all" / "tei"
    done = folder / "all" / ".complete"
    if done.exists():
        return sorted(tei.glob("*.xml"))
    shutil.rmtree(folder / "all", ignore_errors=True)
    tei.mkdir(parents=True)
    docs = split_volumes()
    paths, size, copy = [], 0, 0
    while len(paths) < files or size < megabytes * 2**20:
        for name, data in docs:
            path = tei / f"c{copy:03}_{name}.xml"
            path.write_bytes(data)
            paths.append(path)
            size += len(data)
        copy += 1
    done.write_text(f"{len(paths)} files, {size} bytes\n")
    return sorted(paths)


def slice_edition(folder: Path, paths: list[Path], share: float) -> tuple[Path, int, float]:
    """An edition of the first *share* of the corpus (hard links: no copy of the bytes)."""
    count = max(1, round(len(paths) * share))
    edition = folder / f"ed{int(share * 100):03}"
    shutil.rmtree(edition, ignore_errors=True)
    (edition / "tei").mkdir(parents=True)
    size = 0
    for path in paths[:count]:
        os.link(path, edition / "tei" / path.name)
        size += path.stat().st_size
    (edition / "edition.toml").write_text('title = "FRUS, split per document"\n')
    return edition, count, size / 2**20


def run_step(name: str, cmd: list[str], mb: float, files: int, rows: list) -> None:
    took, peak, code = measure(cmd)
    flag = "" if code in (0, 1) else f"  (exit {code})"
    rows.append((name, files, mb, took, peak))
    print(f"{name:<16} {files:>7} {mb:8.1f}M {took:9.1f}s {took / mb:8.3f} s/MB "
          f"{files / took:8.1f} files/s {peak:8.0f} MiB{flag}", flush=True)


def growth(rows: list, name: str) -> None:
    mine = [r for r in rows if r[0] == name]
    if len(mine) < 2:
        return
    small, large = mine[0], mine[-1]
    time_ratio = (large[3] / large[2]) / (small[3] / small[2])
    mem_ratio = large[4] / small[4]
    print(f"{name}: s/MB at {large[1]} files is {time_ratio:.2f}x that at {small[1]} "
          f"(goal <= 1.3); peak {mem_ratio:.2f}x (goal <= 1.2)", flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dask_versus_local(folder: Path, paths: list[Path], count: int) -> None:
    """export html of a slice on the local pool and on a Dask cluster (scheduler and two
    one-thread workers on 127.0.0.1): identical outputs, and the overhead per file."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("dask: not installed (pip install 'teikit[dask]'); skipped")
        return
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = str(BIN / "dask")
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)]
    procs += [subprocess.Popen([dask, "worker", address, "--host", "127.0.0.1", "--nthreads",
                                "1", "--no-dashboard"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
              for _ in range(2)]
    try:
        from distributed import Client
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        masters = [str(p) for p in paths[:count]]
        results = {}
        for label, extra in (("local pool", ["--jobs", "2"]), ("dask", ["--scheduler",
                                                                          address])):
            out = folder / f"dask-{label.replace(' ', '-')}"
            shutil.rmtree(out, ignore_errors=True)
            start = time.perf_counter()
            code = subprocess.run([TEIKIT, "export", "html", *masters, "-d", str(out), "-q",
                                   *extra]).returncode
            results[label] = (time.perf_counter() - start, out, code)
        (t_local, out_local, c1), (t_dask, out_dask, c2) = results["local pool"], results["dask"]
        names = sorted(p.name for p in out_local.iterdir())
        same = (names == sorted(p.name for p in out_dask.iterdir()) and all(
            filecmp.cmp(out_local / n, out_dask / n, shallow=False) for n in names))
        print(f"dask: export html of {count} files: local pool (2 jobs) {t_local:.1f}s, dask "
              f"(2 workers) {t_dask:.1f}s; overhead {(t_dask - t_local) / count * 1000:.1f} ms "
              f"per file; outputs identical: {same} (exit {c1}, {c2})", flush=True)
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--megabytes", type=float, default=300)
    ap.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "teikit-scale")
    ap.add_argument("--quick", action="store_true",
                    help="2,000 files, 30 MB, no jing, a small Dask slice")
    ap.add_argument("--steps", default="build,validate,export,jing,dask",
                    help="of build, validate, export, jing, floor, dask")
    ap.add_argument("--repeat", type=int, default=1,
                    help="teikit validate and jing over the whole corpus: best of N, in turns")
    args = ap.parse_args()
    if args.quick:
        args.files, args.megabytes = 2_000, 30
        args.corpus = args.corpus.with_name(args.corpus.name + "-quick")
    if not VOLUMES.is_dir():
        sys.exit(f"needs the FRUS volumes in {VOLUMES}")
    os.environ.setdefault("TEIKIT_TEI_ALL", str(TEI_ALL))
    steps = set(args.steps.split(","))
    paths = make_corpus(args.corpus, args.files, args.megabytes)
    total = sum(p.stat().st_size for p in paths) / 2**20
    print(f"corpus: {len(paths)} files, {total:.0f} MB, from {len(list(VOLUMES.glob('*.xml')))}"
          f" FRUS volume(s) split per document ({args.corpus}); {os.cpu_count()} CPUs",
          flush=True)
    rows: list = []
    for share in (0.1, 0.3, 1.0):
        edition, count, mb = slice_edition(args.corpus, paths, share)
        if "build" in steps:
            out = args.corpus / f"site{int(share * 100):03}"
            shutil.rmtree(out, ignore_errors=True)
            run_step("build", [TEIKIT, "build", str(edition), "-d", str(out), "-q"],
                     mb, count, rows)
            run_step("build (again)", [TEIKIT, "build", str(edition), "-d", str(out), "-q"],
                     mb, count, rows)
            shutil.rmtree(out, ignore_errors=True)
        if "validate" in steps:
            run_step("validate", [TEIKIT, "validate", str(edition / "tei"), "--profile",
                                  "tei-all", "-q"], mb, count, rows)
        if "export" in steps:
            out = args.corpus / "export"
            shutil.rmtree(out, ignore_errors=True)
            run_step("export html", [sys.executable, "-c", EXPORT_FOLDER,
                                     str(edition / "tei"), str(out)], mb, count, rows)
            shutil.rmtree(out, ignore_errors=True)
    for name in ("build", "build (again)", "validate", "export html"):
        growth(rows, name)
    if "jing" in steps and not args.quick:
        jing = shutil.which("jing")
        if jing:
            mb = total
            edition = args.corpus / "ed100"
            if not edition.is_dir():
                edition, _count, _mb = slice_edition(args.corpus, paths, 1.0)
            best_ours = best_jing = float("inf")
            for _ in range(max(1, args.repeat)):
                ours_took, _peak, _code = measure([TEIKIT, "validate", str(edition / "tei"),
                                                   "--profile", "tei-all", "-q"])
                took, _peak, code = measure([jing, str(TEI_ALL), *map(str, paths)])
                best_ours, best_jing = min(best_ours, ours_took), min(best_jing, took)
            print(f"jing tei_all.rng over the same {len(paths)} files: {best_jing:.1f}s "
                  f"({mb / best_jing:.2f} MB/s, exit {code}); teikit validate --profile "
                  f"tei-all {best_ours:.1f}s ({mb / best_ours:.2f} MB/s): "
                  f"{best_jing / best_ours:.2f}x jing's throughput (goal >= 2; best of "
                  f"{max(1, args.repeat)}, in turns; load {os.getloadavg()[0]:.1f})",
                  flush=True)
        else:
            print("jing: not installed (apt-get install jing); skipped")
    if "floor" in steps:
        for what in ("parse", "parse+rng"):
            took, _peak, code = measure([sys.executable, "-c", FLOOR, what,
                                         str(args.corpus / "all" / "tei")])
            print(f"floor, libxml2 alone on {os.cpu_count()} processes: {what} of the "
                  f"{len(paths)} files {took:.1f}s (exit {code})", flush=True)
    if "dask" in steps:
        dask_versus_local(args.corpus, paths, 200 if args.quick else 2000)


# The floor: lxml parsing every file (and checking it against TEI-All pruned to the
# corpus's names, as teikit does), in one process per core, files in chunks; nothing else.
FLOOR = """
import os, sys
from multiprocessing import get_context
from pathlib import Path
from lxml import etree
what, folder = sys.argv[1], Path(sys.argv[2])
files = sorted(map(str, folder.glob("*.xml")))
schema = None
if what == "parse+rng":
    from teikit.validate import rng, teiall
    from teikit.validate.schemas import document_names
    names, attributes = set(), set()
    for f in files[:500]:
        n, a = document_names(etree.parse(f).getroot())
        names |= n
        attributes |= a
    pruned = rng.prune(teiall.load()["grammar"], names, attributes)
    schema = etree.RelaxNG(etree.fromstring(rng.to_xml(pruned, inline=True).encode()))
def work(chunk):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    for f in chunk:
        with open(f, "rb") as handle:
            root = etree.fromstring(handle.read(), parser)
        if schema is not None:
            schema.validate(root)
    return len(chunk)
chunks = [files[i:i + 64] for i in range(0, len(files), 64)]
with get_context("fork").Pool(len(os.sched_getaffinity(0))) as pool:
    assert sum(pool.map(work, chunks, chunksize=1)) == len(files)
"""

# 20,000 paths may be more than one command line holds: the export step runs teikit's own
# command (its main(), unchanged) with the folder's files as its arguments.
EXPORT_FOLDER = ("import sys; from pathlib import Path; from teikit.cli import main; "
                 "files = sorted(map(str, Path(sys.argv[1]).glob('*.xml'))); out = sys.argv[2];"
                 " sys.argv = ['teikit', 'export', 'html', *files, '-d', out, '-q']; main()")


if __name__ == "__main__":
    main()

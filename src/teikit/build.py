"""``teikit build``: a whole edition, in time and memory that grow with one file, not with
the edition.

Every master is one task (on this process, a local pool or a Dask cluster, see
:mod:`teikit.batch`): it is parsed once and written in every format of
:data:`teikit.writers.WRITERS`, plus its article of the print volume, into a staging folder.
The index and the volume are then made from the small metadata of each document and the
articles on disk, streamed, never from trees kept to the end. Only when every master is
done are the staged files moved into place, so a build that fails or is interrupted
changes nothing (all or nothing).

Incremental: ``OUT/.teikit/manifest.json`` records each master's sha256 and the writers'
version; a master whose bytes, writers and options are unchanged (and whose outputs are
still there) is skipped, and the outputs of a master that is gone are removed.
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .batch import Progress, run_tasks
from .diagnostics import Diagnostic, Exit, TeikitError, fail
from .edition import Edition
from .export import check_options, display_name, load_master
from .fileio import InputSet, atomic_output, atomic_write, make_folder, staging_folder
from .signs import View
from .writers import WRITERS
from .writers.html import Entry, index_pieces, volume_article, volume_pieces
from .writers.meta import DocumentMeta
from .writers.text import DEFAULT_WIDTH

RESERVED = {"index", "volume"}          # page names of a built edition
STATE = ".teikit"                       # OUT/.teikit: the manifest and the volume's articles
MANIFEST_VERSION = 1
LABELS = {"html": "HTML", "text": "plain text"}


@dataclass
class BuildResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)      # masters unchanged since the last
    built: list[str] = field(default_factory=list)        # masters (re)built now
    removed: list[Path] = field(default_factory=list)     # outputs of masters now gone
    diagnostics: list[Diagnostic] = field(default_factory=list)


def edition_masters(edition_dir: Path) -> list[Path]:
    folder = edition_dir / "tei"
    if not edition_dir.is_dir():
        raise fail(str(edition_dir), "no such edition folder", "io", exit_code=Exit.UNREADABLE)
    masters = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not masters:
        raise fail(str(folder), "no TEI masters (*.xml) here; an edition keeps its masters "
                   "in EDITION/tei/ (teikit encode sources/*.txt -d tei/)", "no-masters",
                   exit_code=Exit.USAGE)
    clash = [m.name for m in masters if m.stem in RESERVED]
    if clash:
        raise fail(str(folder), f"{', '.join(clash)}: the names index and volume are the "
                   "edition's own pages; rename the master", "reserved-name",
                   exit_code=Exit.USAGE)
    return masters


def writers_version() -> str:
    """teikit's version and a digest of the writers' own files: a change to any of them
    rebuilds every document."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for path in [*sorted((here / "writers").glob("*")), here / "signs.py"]:
        if path.suffix in (".py", ".xsl", ".css") and path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def chosen_formats(pdf: bool = False) -> list[str]:
    """The formats a build writes: every writer's, those made only when asked (PDF: slow,
    and it needs the system's Pango) only with *pdf*."""
    return [fmt for fmt, writer in WRITERS.items()
            if not writer.on_request or (pdf and fmt == "pdf")]


@dataclass(frozen=True)
class DocJob:
    """One master to build (a task: runs in a worker)."""

    master: str
    number: int               # its place in the volume, from 1
    stage: str
    view: str
    width: int
    formats: tuple[str, ...] = ("html", "text")
    paper: str = "a4"         # for the PDF
    date: str | None = None   # the edition's date (the PDF's when the master has none)


def build_one(job: DocJob) -> dict[str, Any]:
    """Write one master's outputs and volume article into the staging folder; return its
    index metadata and diagnostics (small: this is all that comes back)."""
    path = Path(job.master)
    stage = Path(job.stage)
    view = View(job.view)
    try:
        loaded = load_master(path)
        name = display_name(path)
        for fmt in job.formats:
            writer = WRITERS[fmt]
            options: dict[str, Any] = ({"paper": job.paper, "notes": loaded.diagnostics,
                                        "date": job.date, "where": str(path)}
                                       if fmt == "pdf" else {})
            data = writer.render(copy.deepcopy(loaded.root), view, width=job.width, name=name,
                                 **options)
            atomic_write(stage / fmt / f"{path.stem}{writer.suffix}", data)
        entry = Entry(loaded.root, path.stem)
        meta = entry.metadata()
        atomic_write(stage / STATE / "volume" / f"{path.stem}.html",
                     volume_article(entry, job.number, view))
    except TeikitError as exc:
        return {"error": exc.diagnostic, "exit_code": int(exc.exit_code)}
    return {"meta": {"title": meta.title, "date": meta.date, "lang": meta.lang,
                     "summary": meta.summary[:1]},
            "diagnostics": loaded.diagnostics}


def build_edition(edition_dir: str | Path, outdir: str | Path | None = None,
                  view: str | View = View.DIPLOMATIC, width: int = DEFAULT_WIDTH,
                  jobs: int | None = 1, scheduler: str | None = None,
                  progress: Progress | None = None, force: bool = False,
                  pdf: bool = False, paper: str = "a4") -> BuildResult:
    """Export every master of an edition (``EDITION/tei/*.xml``) to ``OUT/FORMAT/NAME.EXT``
    for every writer, and write ``OUT/html/index.html`` (table of contents) and
    ``OUT/html/volume.html`` (all documents in one volume to print). OUT defaults to the
    edition folder; ``EDITION/edition.toml`` gives the edition's title and licence.
    Masters unchanged since the last build are skipped (*force* rebuilds them). With *pdf*,
    also ``OUT/pdf/NAME.pdf`` and ``OUT/pdf/volume.pdf`` on *paper* (a4, letter)."""
    edition_dir = Path(edition_dir)
    chosen = check_options(view, width)
    masters = edition_masters(edition_dir)
    formats = chosen_formats(pdf)
    if pdf:
        from .writers import pdf as pdf_writer
        pdf_writer.check_paper(paper)
        pdf_writer.engine()                   # one line naming what to install, if anything
    toml = edition_dir / "edition.toml"
    edition = Edition.load(toml) if toml.is_file() else Edition()
    if not edition.title:
        edition.title = edition_dir.resolve().name
    out = Path(outdir) if outdir is not None else edition_dir
    make_folder(out)
    key = {"teikit": __version__, "writers": writers_version(), "view": chosen.value,
           "width": width, "formats": formats, "paper": paper if pdf else None,
           "edition": _edition_key(edition)}
    old = {} if force else _load_manifest(out, key)
    _refuse_inputs(masters, out, formats)

    result = BuildResult()
    shas = {m.stem: _sha256(m) for m in masters}
    todo = [(k, m) for k, m in enumerate(masters, 1)
            if not _unchanged(out, m, k, shas[m.stem], old.get(m.stem), formats)]
    gone = sorted(set(old) - set(shas))
    if not todo and not gone and old and _edition_pages_exist(out, formats):
        result.skipped = [m.stem for m in masters]
        return result

    stage = staging_folder(out)
    try:
        for fmt in formats:
            make_folder(stage / fmt)
        make_folder(stage / STATE / "volume")
        jobs_ = [DocJob(str(m), k, str(stage), chosen.value, width, tuple(formats), paper,
                        edition.date) for k, m in todo]
        metas = {stem: entry["meta"] for stem, entry in old.items() if stem in shas}
        del old                            # only the small metadata is kept from here on
        failures: list[tuple[Diagnostic, int]] = []
        for (_, m), done in zip(todo, run_tasks(build_one, jobs_, jobs, scheduler, progress),
                                strict=True):
            if "error" in done:
                failures.append((done["error"], done["exit_code"]))
                continue
            metas[m.stem] = done["meta"]
            result.diagnostics.extend(done["diagnostics"])
            result.built.append(m.stem)
        if failures:
            raise BuildFailed(failures)
        entries = Entries([m.stem for m in masters], metas, formats)
        _write_edition_pages(stage, out, entries, edition, chosen, set(result.built), formats,
                             paper, result.diagnostics)
        manifest = {"version": MANIFEST_VERSION, "key": key, "masters": (
            (m.stem, {"sha256": shas[m.stem], "number": k, "meta": metas[m.stem]})
            for k, m in enumerate(masters, 1))}
        _commit(stage, out, result, masters, gone, manifest, formats)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    result.skipped = [m.stem for m in masters if m.stem not in set(result.built)]
    return result


class BuildFailed(TeikitError):
    """Masters that could not be built: every one of them is reported, nothing written."""

    def __init__(self, failures: list[tuple[Diagnostic, int]]):
        super().__init__(failures[0][0], Exit(max(code for _, code in failures)))
        self.diagnostics = [d for d, _ in failures]


class Entries(Sequence[Entry]):
    """The edition's documents for its index and volume, made from the metadata when they
    are read (each page goes over them a few times; no list of every Entry is kept)."""

    def __init__(self, stems: list[str], metas: dict[str, dict],
                 formats: Sequence[str] = ("html", "text")):
        self.stems, self.metas, self.formats = stems, metas, formats

    def __len__(self) -> int:
        return len(self.stems)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return _entry(self.stems[k], self.metas[self.stems[k]], self.formats)


def _entry(stem: str, meta: dict, formats: Sequence[str] = ("html", "text")) -> Entry:
    links = [(LABELS.get(fmt, fmt.upper()), f"../{fmt}/{stem}{WRITERS[fmt].suffix}")
             for fmt in formats if fmt not in ("html", "text")]
    return Entry(None, stem, html_href=f"{stem}.html", text_href=f"../text/{stem}.txt",
                 meta=DocumentMeta(title=meta["title"], lang=meta["lang"], date=meta["date"],
                           summary=list(meta["summary"])), formats=links)


def _write_edition_pages(stage: Path, out: Path, entries: Sequence[Entry], edition: Edition,
                         view: View, built: set[str], formats: Sequence[str] = ("html", "text"),
                         paper: str = "a4", notes: list[Diagnostic] | None = None) -> None:
    """index.html and volume.html, streamed: the volume from the articles on disk (new ones
    in the staging folder, unchanged ones from the last build)."""
    def articles() -> Iterator[bytes]:
        for entry in entries:
            home = stage if entry.name in built else out
            with open(home / STATE / "volume" / f"{entry.name}.html", "rb") as article:
                yield article.read()

    with atomic_output(stage / "html" / "index.html") as index:
        index.writelines(index_pieces(entries, edition, "volume.html", view))
    with atomic_output(stage / "html" / "volume.html") as volume:
        volume.writelines(volume_pieces(entries, edition, view, articles()))
    if "pdf" in formats:                 # the print volume as a PDF: its page, printed
        from .writers import pdf as pdf_writer
        page = (stage / "html" / "volume.html").read_bytes()
        data = pdf_writer.print_page(page, paper, authors=list(edition.editors),
                                     date=edition.date, where=edition.path or "volume",
                                     notes=notes)
        atomic_write(stage / "pdf" / "volume.pdf", data)


def _commit(stage: Path, out: Path, result: BuildResult, masters: list[Path],
            gone: list[str], manifest: dict, formats: Sequence[str] = ("html", "text")) -> None:
    """Move the staged files into place (renames in one file system), remove the outputs
    of masters that are gone, and write the manifest last."""
    try:
        for folder in [*formats, STATE, f"{STATE}/volume"]:
            make_folder(out / folder)
        for folder in [*formats, f"{STATE}/volume"]:
            with os.scandir(stage / folder) as entries:      # no list of every file
                names = sorted(entry.name for entry in entries)
            for name in names:
                os.replace(stage / folder / name, out / folder / name)
                if folder in formats:
                    result.written.append(out / folder / name)
        for stem in gone:
            for fmt, writer in WRITERS.items():
                _remove(out / fmt / f"{stem}{writer.suffix}", result)
            _remove(out / STATE / "volume" / f"{stem}.html", None)
    except OSError as exc:
        raise fail(str(out), f"cannot write output: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    with atomic_output(out / STATE / "manifest.json") as handle:   # one master at a time
        handle.write(json.dumps({k: v for k, v in manifest.items() if k != "masters"},
                                sort_keys=True)[:-1].encode() + b', "masters": {\n')
        for k, (stem, record) in enumerate(manifest["masters"]):
            handle.write(b",\n" if k else b"")
            handle.write(f"{json.dumps(stem)}: {json.dumps(record, sort_keys=True)}".encode())
        handle.write(b"\n}}\n")


def _remove(path: Path, result: BuildResult | None) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    if result is not None:
        result.removed.append(path)


def _load_manifest(out: Path, key: dict) -> dict[str, dict]:
    """The masters of the last build with these same writers and options, or {}."""
    try:
        data = json.loads((out / STATE / "manifest.json").read_text(encoding="utf-8"))
        if data.get("version") != MANIFEST_VERSION or data.get("key") != key:
            return {}
        return dict(data["masters"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}                          # no manifest, or not ours: build everything


def _unchanged(out: Path, master: Path, number: int, sha: str, last: dict | None,
               formats: Sequence[str] = ("html", "text")) -> bool:
    if not sha or not last or last.get("sha256") != sha or last.get("number") != number:
        return False
    outputs = [out / fmt / f"{master.stem}{WRITERS[fmt].suffix}" for fmt in formats]
    outputs.append(out / STATE / "volume" / f"{master.stem}.html")
    return all(p.is_file() for p in outputs)


def _edition_pages_exist(out: Path, formats: Sequence[str] = ("html", "text")) -> bool:
    pages = [out / "html" / "index.html", out / "html" / "volume.html"]
    if "pdf" in formats:
        pages.append(out / "pdf" / "volume.pdf")
    return all(page.is_file() for page in pages)


def _edition_key(edition: Edition) -> str:
    text = json.dumps(edition.__dict__ | {"path": None}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _sha256(path: Path) -> str:
    """The master's digest; "" for what is not a regular file (a FIFO would never end):
    its task then refuses it with the reader's own message."""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ""
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise fail(str(path), f"cannot read: {exc.strerror or exc}", "io") from None
    return digest.hexdigest()


def _refuse_inputs(masters: list[Path], out: Path,
                   formats: Sequence[str] = ("html", "text")) -> None:
    """An output that is a master (through a link): refused before anything is built.
    One stat per output, against the masters identified once."""
    inputs = InputSet(masters)
    for master in masters:
        for fmt in formats:
            target = out / fmt / f"{master.stem}{WRITERS[fmt].suffix}"
            src = inputs.input_at(target)
            if src is not None:
                raise fail(str(target), f"output would overwrite the input {src}; choose "
                           "another output folder", "output-is-input", exit_code=Exit.USAGE)

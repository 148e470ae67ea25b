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
import sqlite3
import stat
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__
from .batch import Progress, interrupts_held, run_tasks
from .diagnostics import Diagnostic, Exit, TeikitError, fail
from .edition import Edition
from .export import check_options, display_name, load_master
from .fileio import atomic_output, atomic_write, make_folder, staging_folder
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
    # the files written: a sequence made from the names when read (no Path kept per file)
    written: Sequence[Path] = field(default_factory=list)
    skipped: Sequence[str] = field(default_factory=list)  # masters unchanged since the last
    built: Sequence[str] = field(default_factory=list)    # masters (re)built now
    removed: list[Path] = field(default_factory=list)     # outputs of masters now gone
    diagnostics: list[Diagnostic] = field(default_factory=list)


def edition_masters(edition_dir: Path) -> list[Path]:
    folder = edition_dir / "tei"
    return [folder / name for name in master_names(edition_dir)]


def master_names(edition_dir: Path) -> Names:
    """The file names of the edition's masters (``tei/*.xml``), sorted: only names, no
    Path per master (what a build of any size keeps of its masters in memory)."""
    folder = edition_dir / "tei"
    if not edition_dir.is_dir():
        raise fail(str(edition_dir), "no such edition folder", "io", exit_code=Exit.UNREADABLE)
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries if entry.name.endswith(".xml"))
    except OSError:
        names = []
    if not names:
        raise fail(str(folder), "no TEI masters (*.xml) here; an edition keeps its masters "
                   "in EDITION/tei/ (teikit encode sources/*.txt -d tei/)", "no-masters",
                   exit_code=Exit.USAGE)
    clash = [name for name in names if Path(name).stem in RESERVED]
    if clash:
        raise fail(str(folder), f"{', '.join(clash)}: the names index and volume are the "
                   "edition's own pages; rename the master", "reserved-name",
                   exit_code=Exit.USAGE)
    return Names(names)


def _index(k, size: int):
    """A sequence's index checked (negative from the end), or a slice as the range of its
    indices: what __getitem__ of the sequences below share."""
    if isinstance(k, slice):
        return range(*k.indices(size))
    if k < 0:
        k += size
    if not 0 <= k < size:
        raise IndexError(k)
    return k


class Names(Sequence[str]):
    """Strings kept as one string and their offsets (a few bytes a name, where a list
    holds an object of some 80 bytes for each)."""

    def __init__(self, items: Iterable[str]):
        self.offsets = array("q", [0])
        parts = []
        for item in items:
            parts.append(item)
            self.offsets.append(self.offsets[-1] + len(item))
        self.text = "".join(parts)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, k):
        k = _index(k, len(self))
        if isinstance(k, range):
            return [self[i] for i in k]
        return self.text[self.offsets[k]:self.offsets[k + 1]]

    def __iter__(self) -> Iterator[str]:
        text, offsets = self.text, self.offsets
        for k in range(len(offsets) - 1):
            yield text[offsets[k]:offsets[k + 1]]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


class Stems(Names):
    """The stems of the masters built now (or not: *built* False), made when read."""

    def __init__(self, names: Names, flags: bytes, built: bool = True):
        super().__init__(Path(name).stem for name, b in zip(names, flags, strict=True)
                         if bool(b) is built)


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
    also ``OUT/pdf/NAME.pdf`` and ``OUT/pdf/volume.pdf`` on *paper* (a4, letter).

    Memory does not grow with the edition beyond the masters' names: what is known of each
    master (digest, last build, index metadata) is kept in a :class:`BuildIndex` on disk."""
    edition_dir = Path(edition_dir)
    chosen = check_options(view, width)
    names = master_names(edition_dir)
    folder = edition_dir / "tei"
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
    _refuse_inputs(folder, names, out, formats)

    result = BuildResult()
    stage = index = None
    try:
        with interrupts_held():        # a Ctrl-C now would leave the folder behind
            stage = staging_folder(out)
        index = BuildIndex(stage / "build.sqlite")
        had_manifest = not force and index.load_manifest(out / STATE / "manifest.json", key)
        todo = index.add_masters(folder, names, out, formats)
        gone = index.gone()
        if not todo and not gone and had_manifest and _edition_pages_exist(out, formats):
            result.skipped = Stems(names, bytes(len(names)), built=False)
            return result
        for fmt in formats:
            make_folder(stage / fmt)
        make_folder(stage / STATE / "volume")
        jobs_ = DocJobs(folder, names, todo, DocJob("", 0, str(stage), chosen.value, width,
                                                     tuple(formats), paper, edition.date))
        failures: list[tuple[Diagnostic, int]] = []
        # closing: a Ctrl-C caught out here still waits for the running tasks, which write
        # into the staging folder, before the folder is removed
        with closing(run_tasks(build_one, jobs_, jobs, scheduler, progress)) as done_all:
            for k, done in zip(todo, done_all, strict=True):
                if "error" in done:
                    failures.append((done["error"], done["exit_code"]))
                    continue
                index.built(k, done["meta"])
                result.diagnostics.extend(done["diagnostics"])
        index.commit()
        if failures:
            raise BuildFailed(failures)
        entries = Entries(names, index, formats)
        _write_edition_pages(stage, out, entries, edition, chosen, formats, paper,
                             result.diagnostics)
        _commit(stage, out, result, gone, index, key, formats)
        built = index.built_flags()
    finally:
        if index is not None:
            index.close()
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    result.built = Stems(names, built)
    result.skipped = Stems(names, built, built=False)
    result.written = Written(out, formats, names, built)
    return result


class DocJobs(Sequence[DocJob]):
    """The masters to build as tasks, each :class:`DocJob` made when it is handed out
    (the positions of the masters to build, not a job per master, are kept)."""

    def __init__(self, folder: Path, names: Names, todo: Sequence[int], like: DocJob):
        self.folder, self.names, self.todo, self.like = folder, names, todo, like

    def __len__(self) -> int:
        return len(self.todo)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        k = self.todo[i]
        return replace(self.like, master=str(self.folder / self.names[k - 1]), number=k)


class BuildIndex:
    """What a build knows about each master, on disk (SQLite in the staging folder) rather
    than in memory: the last build's manifest (digest, place, index metadata), and this
    build's digest, metadata and whether it was built now. Rows are keyed by the place of
    the master in the edition (from 1); names are keyed as bytes (any file name)."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-256;"
            "CREATE TABLE old (stem BLOB PRIMARY KEY, sha TEXT, number INTEGER, meta TEXT);"
            "CREATE TABLE doc (k INTEGER PRIMARY KEY, stem BLOB UNIQUE, sha TEXT, "
            "                  meta TEXT, built INTEGER);")

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    def load_manifest(self, path: Path, key: dict) -> bool:
        """The masters of the last build with these same writers and options (False when
        there is none, or it is not ours: everything is built)."""
        try:
            records = _manifest_records(path, key)
            self.db.executemany("INSERT OR REPLACE INTO old VALUES (?, ?, ?, ?)", (
                (_key(stem), record["sha256"], record["number"],
                 json.dumps(record["meta"], sort_keys=True))
                for stem, record in records))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.db.execute("DELETE FROM old")
            return False
        return True

    def add_masters(self, folder: Path, names: Names, out: Path,
                    formats: Sequence[str]) -> array:
        """Digest every master (streamed), and find those to build: the positions (from
        1) of masters whose bytes, place or outputs differ from the last build's."""
        todo = array("l")
        rows = []
        old = self.db.execute
        for k, name in enumerate(names, 1):
            stem = Path(name).stem
            sha = _sha256(folder / name)
            last = old("SELECT sha, number, meta FROM old WHERE stem = ?",
                       (_key(stem),)).fetchone()
            if last and _unchanged(out, stem, k, sha, last[0], last[1], formats):
                rows.append((k, _key(stem), sha, last[2], 0))
            else:
                rows.append((k, _key(stem), sha, None, 1))
                todo.append(k)
            if len(rows) >= 1000:
                self.db.executemany("INSERT INTO doc VALUES (?, ?, ?, ?, ?)", rows)
                rows.clear()
        self.db.executemany("INSERT INTO doc VALUES (?, ?, ?, ?, ?)", rows)
        return todo

    def gone(self) -> list[str]:
        """Masters of the last build that are gone now (sorted)."""
        return sorted(_stem(row[0]) for row in self.db.execute(
            "SELECT stem FROM old WHERE stem NOT IN (SELECT stem FROM doc)"))

    def built(self, k: int, meta: dict) -> None:
        self.db.execute("UPDATE doc SET meta = ? WHERE k = ?",
                        (json.dumps(meta, sort_keys=True), k))

    def meta(self, k: int) -> dict:
        row = self.db.execute("SELECT meta FROM doc WHERE k = ?", (k,)).fetchone()
        return json.loads(row[0])

    def rows(self) -> Iterator[tuple[int, str, str, dict, bool]]:
        """(place, stem, digest, metadata, built now) of every master, in order."""
        for k, stem, sha, meta, built in self.db.execute(
                "SELECT k, stem, sha, meta, built FROM doc ORDER BY k"):
            yield k, _stem(stem), sha, json.loads(meta), bool(built)

    def built_flags(self) -> bytes:
        """One byte per master, in order: 1 when it was built now."""
        return bytes(row[0] for row in self.db.execute("SELECT built FROM doc ORDER BY k"))


def _key(stem: str) -> bytes:
    return stem.encode("utf-8", "surrogateescape")


def _stem(key: bytes) -> str:
    return key.decode("utf-8", "surrogateescape")


MANIFEST_HEAD = ', "masters": {\n'


def _manifest_records(path: Path, key: dict) -> Iterator[tuple[str, dict]]:
    """(stem, record) of each master in a manifest of *key*, read one line at a time (the
    form :func:`_commit` writes); any other JSON manifest is read whole."""
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
        if first.endswith(MANIFEST_HEAD):
            head = json.loads(first[:-len(MANIFEST_HEAD)] + "}")
            _check_head(head, key)
            for line in handle:
                if line == "}}\n":
                    return
                stem, record = next(iter(json.loads("{" + line.rstrip(",\n") + "}").items()))
                yield stem, record
            raise ValueError("manifest ends early")
        data = json.loads(first + handle.read())
    _check_head(data, key)
    yield from dict(data["masters"]).items()


def _check_head(head: dict, key: dict) -> None:
    if head.get("version") != MANIFEST_VERSION or head.get("key") != key:
        raise ValueError("a manifest of other options")


class Written(Sequence[Path]):
    """The files a build wrote, in the order they were moved in (each format's folder,
    names sorted): made from the masters' names when they are asked for, not a Path
    kept per file."""

    def __init__(self, out: Path, formats: Sequence[str], names: Names, built: bytes):
        self.out, self.formats, self.names, self.built = out, list(formats), names, built

    def _folder(self, fmt: str) -> list[str]:
        suffix = WRITERS[fmt].suffix
        files = [f"{Path(name).stem}{suffix}" for name, b in zip(self.names, self.built,
                                                                   strict=True) if b]
        files += {"html": ["index.html", "volume.html"], "pdf": ["volume.pdf"]}.get(fmt, [])
        return sorted(files)

    def __len__(self) -> int:
        pages = 2 + ("pdf" in self.formats)
        return sum(self.built) * len(self.formats) + pages

    def __iter__(self) -> Iterator[Path]:
        for fmt in self.formats:
            for name in self._folder(fmt):
                yield self.out / fmt / name

    def __getitem__(self, i):
        return list(self)[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


class BuildFailed(TeikitError):
    """Masters that could not be built: every one of them is reported, nothing written."""

    def __init__(self, failures: list[tuple[Diagnostic, int]]):
        super().__init__(failures[0][0], Exit(max(code for _, code in failures)))
        self.diagnostics = [d for d, _ in failures]


class Entries(Sequence[Entry]):
    """The edition's documents for its index and volume, made from the metadata on disk
    when they are read (each page goes over them a few times; no list of every Entry, or
    of every document's metadata, is kept)."""

    def __init__(self, names: Names, index: BuildIndex,
                 formats: Sequence[str] = ("html", "text")):
        self.names, self.store, self.formats = names, index, formats

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, k):
        k = _index(k, len(self))
        if isinstance(k, range):
            return [self[i] for i in k]
        return _entry(Path(self.names[k]).stem, self.store.meta(k + 1), self.formats)

    def __iter__(self) -> Iterator[Entry]:
        for _k, stem, _sha, meta, _built in self.store.rows():
            yield _entry(stem, meta, self.formats)

    def homes(self, stage: Path, out: Path) -> Iterator[tuple[str, Path]]:
        """(stem, folder of its volume article: staged if built now, else the last
        build's) of every document, in order."""
        for _k, stem, _sha, _meta, built in self.store.rows():
            yield stem, stage if built else out


def _entry(stem: str, meta: dict, formats: Sequence[str] = ("html", "text")) -> Entry:
    links = [(LABELS.get(fmt, fmt.upper()), f"../{fmt}/{stem}{WRITERS[fmt].suffix}")
             for fmt in formats if fmt not in ("html", "text")]
    return Entry(None, stem, html_href=f"{stem}.html", text_href=f"../text/{stem}.txt",
                 meta=DocumentMeta(title=meta["title"], lang=meta["lang"], date=meta["date"],
                           summary=list(meta["summary"])), formats=links)


def _write_edition_pages(stage: Path, out: Path, entries: Entries, edition: Edition,
                         view: View, formats: Sequence[str] = ("html", "text"),
                         paper: str = "a4", notes: list[Diagnostic] | None = None) -> None:
    """index.html and volume.html, streamed: the volume from the articles on disk (new ones
    in the staging folder, unchanged ones from the last build)."""
    def articles() -> Iterator[bytes]:
        for stem, home in entries.homes(stage, out):
            with open(home / STATE / "volume" / f"{stem}.html", "rb") as article:
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


def _commit(stage: Path, out: Path, result: BuildResult, gone: list[str], index: BuildIndex,
            key: dict, formats: Sequence[str] = ("html", "text")) -> None:
    """Move the staged files into place (renames in one file system), remove the outputs
    of masters that are gone, and write the manifest last."""
    try:
        for folder in [*formats, STATE, f"{STATE}/volume"]:
            make_folder(out / folder)
        for folder in [*formats, f"{STATE}/volume"]:
            with os.scandir(stage / folder) as entries:      # no list of every file
                for entry in entries:
                    os.replace(entry.path, out / folder / entry.name)
        for stem in gone:
            for fmt, writer in WRITERS.items():
                _remove(out / fmt / f"{stem}{writer.suffix}", result)
            _remove(out / STATE / "volume" / f"{stem}.html", None)
    except OSError as exc:
        raise fail(str(out), f"cannot write output: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    head = {"version": MANIFEST_VERSION, "key": key}
    _write_manifest(out / STATE / "manifest.json", head, (
        (stem, {"sha256": sha, "number": k, "meta": meta})
        for k, stem, sha, meta, _built in index.rows()))


def _write_manifest(path: Path, head: dict, records: Iterable[tuple[str, dict]]) -> None:
    with atomic_output(path) as handle:                      # one master at a time
        handle.write(json.dumps(head, sort_keys=True)[:-1].encode() + MANIFEST_HEAD.encode())
        for k, (stem, record) in enumerate(records):
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


def _unchanged(out: Path, stem: str, number: int, sha: str, last_sha: str | None,
               last_number: int | None, formats: Sequence[str] = ("html", "text")) -> bool:
    if not sha or last_sha != sha or last_number != number:
        return False
    outputs = [out / fmt / f"{stem}{WRITERS[fmt].suffix}" for fmt in formats]
    outputs.append(out / STATE / "volume" / f"{stem}.html")
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


def _refuse_inputs(folder: Path, names: Names, out: Path,
                   formats: Sequence[str] = ("html", "text")) -> None:
    """An output that is a master (through a link): refused before anything is built.
    The masters are identified once by device and inode (kept as numbers, not a path
    each); then one stat per output."""
    inodes = array("Q")
    devices = set()
    for name in names:
        try:
            info = os.stat(folder / name)
        except OSError:
            continue                          # a missing input cannot be overwritten
        inodes.append(info.st_ino)
        devices.add(info.st_dev)
    inodes = array("Q", sorted(inodes))
    for name in names:
        stem = Path(name).stem
        for fmt in formats:
            target = out / fmt / f"{stem}{WRITERS[fmt].suffix}"
            try:
                info = os.stat(target)
            except OSError:
                continue
            at = bisect_left(inodes, info.st_ino)
            if info.st_dev in devices and at < len(inodes) and inodes[at] == info.st_ino:
                src = next((str(folder / n) for n in names if _same(folder / n, info)), "")
                if not src:
                    continue                  # the same inode on another device
                raise fail(str(target), f"output would overwrite the input {src}; choose "
                           "another output folder", "output-is-input", exit_code=Exit.USAGE)


def _same(path: Path, info: os.stat_result) -> bool:
    try:
        mine = os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (info.st_dev, info.st_ino)

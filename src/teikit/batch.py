"""Many files at once: encode, validate, export or build over a list of paths, on every core
of this machine or, unchanged, on a Dask cluster.

    from teikit import batch
    report = batch.export_paths("html", ["tei/a.xml", "tei/b.xml"], outdir="site/", jobs=4)
    report = batch.validate_paths(["tei/"], scheduler="tcp://10.0.0.5:8786")
    report.exit_code, [r.as_dict() for r in report.results]

Each file is one task: a worker reads its input and writes its output itself (atomically),
through paths that the cluster shares, and sends back a small :class:`FileOutcome`
(diagnostics, the files it wrote). A task that fails says so in its outcome; it never stops
the others. Outcomes come back in the order of the inputs, whatever order they finish in.

On a cluster (``scheduler="tcp://HOST:PORT"``, ``pip install 'teikit[dask]'``) every worker
needs teikit installed and the same paths; a task whose worker dies is run again on
another one (Dask retries it), and outputs are written through a temporary and a rename,
so a retried task never leaves half a file.
"""
from __future__ import annotations

import multiprocessing
import os
import re
import signal
import socket
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Exit, TeikitError, fail
from .fileio import make_folder
from .signs import View

Progress = Callable[[int, int], None]
PARALLEL_FROM = 4          # fewer tasks than this: starting workers costs more than it saves
DASK_RETRIES = 3           # a task is tried again this often (a worker died under it)


@dataclass
class FileOutcome:
    """What one task did to one input file."""

    path: str
    exit_code: Exit = Exit.OK
    diagnostics: list[Diagnostic] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)     # e.g. the encoding report

    @property
    def ok(self) -> bool:
        return self.exit_code in (Exit.OK, Exit.INVALID)

    def as_dict(self) -> dict:
        return {"path": self.path, "exit_code": int(self.exit_code), "written": self.written,
                "diagnostics": [d.as_dict() for d in self.diagnostics], **self.data}


@dataclass
class BatchReport:
    results: list[FileOutcome]

    @property
    def exit_code(self) -> Exit:
        return max((r.exit_code for r in self.results), default=Exit.OK)

    def as_dict(self) -> dict:
        return {"exit_code": int(self.exit_code), "files": [r.as_dict() for r in self.results]}


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run_tasks(task: Callable[[Any], Any], items: Sequence[Any], jobs: int | None = None,
              scheduler: str | None = None,
              progress: Progress | None = None) -> Generator[Any, None, None]:
    """``task(item)`` for every item, yielded in the order of *items*: in this process, on a
    local process pool (*jobs*, default one per core), or on the Dask cluster at
    *scheduler*. *task* must be a module-level function (workers import it)."""
    total = len(items)
    if scheduler:
        yield from _ordered(_dask_results(task, items, scheduler), total, progress)
        return
    jobs = min(default_jobs() if jobs is None else max(1, jobs), total)
    if jobs <= 1 or total < PARALLEL_FROM:
        for done, item in enumerate(items, 1):
            yield task(item)
            if progress:
                progress(done, total)
        return
    yield from _ordered(_pool_results(task, items, jobs), total, progress)


def _ignore_interrupts() -> None:
    """A worker leaves Ctrl-C to the main process, which stops handing out tasks and waits
    for the running ones: a worker interrupted inside the pool's queues could hang both.
    (Workers are forked with Ctrl-C blocked, see _submit, so none is caught half-made.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C held back inside the block; one that came meanwhile is delivered right after.
    For steps that must not be cut in half: forking a worker, or making a folder that the
    caller's ``finally`` has yet to learn of."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _submit(pool: ProcessPoolExecutor, task, item) -> Future:
    """pool.submit with Ctrl-C held back while it may fork a worker (so the worker is not
    caught half-made); the Ctrl-C is then delivered to this process only."""
    with interrupts_held():
        return pool.submit(task, item)


def _pool_results(task, items, jobs) -> Iterator[tuple[int, Any]]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)
    try:
        # A bounded window of tasks in flight: results are written as they come and
        # memory holds at most the window, however many files there are.
        window = jobs * 4
        pending: dict[int, Future] = {}
        upcoming = iter(enumerate(items))
        for index, item in upcoming:
            pending[index] = _submit(pool, task, item)
            if len(pending) >= window:
                break
        next_index = 0
        while pending:
            future = pending.pop(next_index)
            yield next_index, future.result()
            next_index += 1
            for index, item in upcoming:
                pending[index] = _submit(pool, task, item)
                break
    finally:   # Ctrl-C or a failure: finished outputs stay, queued tasks never start
        pool.shutdown(wait=True, cancel_futures=True)


def _ordered(results: Iterable[tuple[int, Any]], total: int,
             progress: Progress | None) -> Iterator[Any]:
    """(index, result) pairs in any order -> results in index order."""
    waiting: dict[int, Any] = {}
    next_index = done = 0
    for index, result in results:
        waiting[index] = result
        done += 1
        if progress:
            progress(done, total)
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


SCHEDULER = re.compile(r"^(?P<scheme>tcp|tls)://(?P<host>\[[0-9a-fA-F:]+\]|[^\s/:\[\]]+)"
                       r":(?P<port>\d{1,5})$")


def check_scheduler(scheduler: str) -> tuple[str, int]:
    """(host, port) of a scheduler address ``tcp://HOST:PORT``; a usage error otherwise."""
    m = SCHEDULER.match(scheduler)
    if not m or not 0 < int(m.group("port")) < 65536:
        raise fail("teikit", f"--scheduler {scheduler!r}: give the Dask scheduler's address "
                   "as tcp://HOST:PORT", "usage", exit_code=Exit.USAGE)
    return m.group("host").strip("[]"), int(m.group("port"))


def dask_client(scheduler: str):
    """A client of the Dask scheduler at *scheduler* (``tcp://HOST:PORT``)."""
    host, port = check_scheduler(scheduler)
    try:
        from distributed import Client
    except ImportError:
        raise fail("teikit", "--scheduler needs Dask: pip install 'teikit[dask]'",
                   "no-dask", exit_code=Exit.USAGE) from None
    try:                  # a quick look first: Dask's own client waits long, then warns
        socket.create_connection((host, port), timeout=10).close()
        return Client(scheduler, timeout=30, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise fail("teikit", f"cannot reach the Dask scheduler at {scheduler}: "
                   f"{getattr(exc, 'strerror', None) or exc}", "scheduler",
                   exit_code=Exit.USAGE) from None


def _dask_results(task, items, scheduler) -> Iterator[tuple[int, Any]]:
    client = dask_client(scheduler)
    from distributed import as_completed
    try:
        futures = client.map(task, list(items), pure=False, retries=DASK_RETRIES)
        index_of = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures, loop=client.loop):
            yield index_of[future.key], future.result()
    finally:
        client.close()


# ----------------------------------------------------------------------------- the tasks
# Module-level functions taking one picklable argument: they run in worker processes.

@dataclass(frozen=True)
class ExportJob:
    fmt: str
    master: str
    target: str
    view: str
    width: int
    paper: str = "a4"          # PDF only


def export_one(job: ExportJob) -> FileOutcome:
    """Export one master and write it (atomically) where *job* says."""
    from .export import export
    from .fileio import atomic_write
    outcome = FileOutcome(job.master)
    try:
        data, notes = export(job.fmt, job.master, job.view, job.width, paper=job.paper)
        outcome.diagnostics.extend(notes)
        atomic_write(job.target, data, inputs=(job.master,))
        outcome.written.append(job.target)
    except TeikitError as exc:
        outcome.diagnostics.append(exc.diagnostic)
        outcome.exit_code = exc.exit_code
    return outcome


@dataclass(frozen=True)
class EncodeJob:
    source: str
    target: str
    style: str = "auto"
    encoding: str | None = None
    edition: Any = None                  # a teikit.edition.Edition, or None: found beside
    title: str | None = None
    source_format: str = "auto"          # text, markdown, html, docx (auto: detected)


def encode_one(job: EncodeJob) -> FileOutcome:
    """Encode one source and write its master (atomically) where *job* says."""
    from .fileio import atomic_write
    outcome = FileOutcome(job.source)
    try:
        result = _encode_named(job)
        atomic_write(job.target, result.data, inputs=(job.source,))
    except TeikitError as exc:
        outcome.diagnostics.append(exc.diagnostic)
        outcome.exit_code = exc.exit_code
        outcome.data = {"report": {"source": job.source, "error": True}}
        return outcome
    outcome.diagnostics.extend(result.diagnostics)
    outcome.written.append(job.target)
    outcome.data = {"report": result.report(), "report_text": result.report_text()}
    return outcome


def _encode_named(job: EncodeJob):
    """encode_file; a source whose name a master cannot hold (bytes that are not UTF-8,
    control characters) is read through a link named as it is shown, and the messages
    are given the real name back."""
    import dataclasses
    import tempfile

    from .diagnostics import display_name
    from .encode import encode_file
    source = Path(job.source)
    shown = display_name(source)
    if shown == source.name:
        return encode_file(source, job.style, job.encoding, job.edition, job.title,
                           source_format=job.source_format)
    with tempfile.TemporaryDirectory(prefix="teikit-") as folder:
        link = Path(folder) / shown
        os.symlink(os.path.abspath(source), link)
        try:
            result = encode_file(link, job.style, job.encoding, job.edition, job.title,
                                 source_format=job.source_format)
        except TeikitError as exc:
            exc.diagnostic = dataclasses.replace(exc.diagnostic, path=job.source)
            raise
    result.diagnostics[:] = [dataclasses.replace(d, path=job.source) if d.path == str(link)
                             else d for d in result.diagnostics]
    result.source = job.source
    return result


@dataclass(frozen=True)
class ValidateJob:
    path: str
    profile: str = "archival"
    schema: str | None = None


_VALIDATORS: dict[tuple[str, str | None], Any] = {}


def validate_one(job: ValidateJob):
    """A :class:`teikit.validate.FileResult`; the schema is compiled once per worker."""
    from .validate import Validator
    key = (job.profile, job.schema)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = Validator(job.profile, job.schema)
    return _VALIDATORS[key].check(job.path)


# ----------------------------------------------------------------------------- the API

def export_paths(fmt: str, masters: Iterable[str | Path], outdir: str | Path | None = None,
                 view: str = "diplomatic", width: int | None = None, jobs: int | None = None,
                 scheduler: str | None = None, progress: Progress | None = None
                 ) -> BatchReport:
    """Export every master (to *outdir*, or beside it) as *fmt*; one outcome per master."""
    from .export import check_format, check_options, export_targets
    from .writers.text import DEFAULT_WIDTH
    check_format(fmt)
    width = DEFAULT_WIDTH if width is None else width
    check_options(view, width)
    paths = [Path(m) for m in masters]
    targets = export_targets(fmt, paths, None, Path(outdir) if outdir is not None else None)
    if outdir is not None:
        make_folder(outdir)
    jobs_ = [ExportJob(fmt, str(m), str(t), View(view).value, width)
             for m, t in zip(paths, targets, strict=False)]
    report = BatchReport(list(run_tasks(export_one, jobs_, jobs, scheduler, progress)))
    _clean_after(targets)
    return report


def encode_paths(sources: Iterable[str | Path], outdir: str | Path | None = None,
                 style: str = "auto", encoding: str | None = None, edition: Any = None,
                 jobs: int | None = None, scheduler: str | None = None,
                 progress: Progress | None = None) -> BatchReport:
    """Encode every source as a master (``OUTDIR/NAME.xml``, or beside the source)."""
    paths = [Path(s) for s in sources]
    if outdir is not None:
        make_folder(outdir)
    targets = [Path(outdir) / f"{p.stem}.xml" if outdir is not None else p.with_suffix(".xml")
               for p in paths]
    jobs_ = [EncodeJob(str(p), str(t), style, encoding, edition)
             for p, t in zip(paths, targets, strict=True)]
    report = BatchReport(list(run_tasks(encode_one, jobs_, jobs, scheduler, progress)))
    _clean_after(targets)
    return report


def _clean_after(targets: Iterable[Path]) -> None:
    """A worker killed under its task (and run again elsewhere) may have left a temporary:
    remove those of this host's dead processes from the output folders."""
    from .fileio import clean_stale
    for folder in sorted({t.parent for t in targets}):
        clean_stale(folder, again=True)


def validate_paths(paths: Iterable[str | Path], profile: str = "auto",
                   schema: str | None = None, jobs: int | None = None,
                   scheduler: str | None = None, progress: Progress | None = None):
    """:func:`teikit.validate_paths`, also on a Dask cluster (a :class:`Report`)."""
    from .validate import Validator, collect_files
    from .validate import validate_paths as local_validate
    if not scheduler:
        return local_validate(list(paths), profile=profile, schema=schema, jobs=jobs,
                              progress=progress)
    validator = Validator(profile, schema)        # checks the options here, once
    files = collect_files(list(paths))
    jobs_ = [ValidateJob(str(f), profile, schema) for f in files]
    results = list(run_tasks(validate_one, jobs_, jobs, scheduler, progress))
    return validator.report(results)


def build(edition_dir: str | Path, outdir: str | Path | None = None,
          view: str = "diplomatic", width: int | None = None, jobs: int | None = None,
          scheduler: str | None = None, progress: Progress | None = None,
          pdf: bool = False, paper: str = "a4"):
    """:func:`teikit.build_edition` on a local pool or a Dask cluster."""
    from .export import build_edition
    from .writers.text import DEFAULT_WIDTH
    return build_edition(edition_dir, outdir, view, DEFAULT_WIDTH if width is None else width,
                         jobs=jobs, scheduler=scheduler, progress=progress, pdf=pdf,
                         paper=paper)

"""Many files in one run: the compiled schema is made once in this process, then shared
with worker processes by fork (on systems without fork each worker compiles its own)."""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Validator

PARALLEL_FROM = 8          # fewer files than this: starting workers costs more than it saves
_WORKER_VALIDATOR: Validator | None = None


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def run_all(validator, files, jobs=None, progress=None):
    jobs = default_jobs() if jobs is None else max(1, jobs)
    jobs = min(jobs, len(files))
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        results = []
        for i, f in enumerate(files, 1):
            results.append(validator.check(f))
            if progress:
                progress(i, len(files))
        return results
    import multiprocessing  # here: one file needs no pool, and these take 30 ms to load
    from concurrent.futures import ProcessPoolExecutor
    global _WORKER_VALIDATOR
    _WORKER_VALIDATOR = validator
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        initargs: tuple = ()
    else:
        context = multiprocessing.get_context("spawn")
        initargs = (validator.profile_name, validator.schema_override)
    chunk = max(1, min(64, len(files) // (jobs * 8)))
    results = []
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init,
                             initargs=initargs) as pool:
        for i, result in enumerate(pool.map(_check, [str(f) for f in files],
                                            chunksize=chunk), 1):
            results.append(result)
            if progress:
                progress(i, len(files))
    return results


def _init(*args):
    """In a spawned worker: compile the schema (a forked worker already has it)."""
    global _WORKER_VALIDATOR
    if args:
        from . import Validator
        _WORKER_VALIDATOR = Validator(*args)


def _check(path: str):
    assert _WORKER_VALIDATOR is not None, "the worker's initializer sets it"
    return _WORKER_VALIDATOR.check(path)


class ProgressBar:
    """``[#######-------]  412/1000 files`` on stderr, redrawn in place."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.width, self.shown = width, False

    def __call__(self, done: int, total: int) -> None:
        if done != total and done % max(1, total // 200):
            return
        filled = self.width * done // total
        self.stream.write(f"\r[{'#' * filled}{'-' * (self.width - filled)}] "
                          f"{done:>{len(str(total))}}/{total} files")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.width + 30) + "\r")
            self.stream.flush()

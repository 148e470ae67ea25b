"""What every command prints and how it exits, without the command-line framework.

The lines on stderr and stdout (control characters escaped), the turning of any failure
into one line and an exit code (:func:`failure`), and the end of a run (a full or closed
standard output is exit 4). :mod:`teikit.cli` builds its commands on these;
:mod:`teikit.launch` runs ``teikit validate`` with them alone, without loading typer.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .diagnostics import Exit, TeikitError, fail, printable

KEPT = "finished outputs are kept, no partial output was left"


def say(line: str) -> None:
    """A line (or lines) on stderr, control characters escaped."""
    stream = sys.stderr
    if stream is None:
        return
    stream.write(printable(line, keep_lines=True) + "\n")
    stream.flush()


def shown(path: object) -> str:
    """A path inside a line of output: nothing in it can break the line."""
    return printable(str(path))


def usage(message: str) -> TeikitError:
    return fail("teikit", message, "usage", exit_code=Exit.USAGE)


def failure(exc: BaseException, interrupted: str = KEPT, debug: bool = False) -> int:
    """The exit code for a failure inside a command, its line said on stderr
    (*interrupted*: what Ctrl-C leaves, in words). With *debug*, a bug is raised again
    for its traceback."""
    if isinstance(exc, TeikitError):
        for d in getattr(exc, "diagnostics", None) or [exc.diagnostic]:
            say(str(d))
        return int(exc.exit_code)
    if isinstance(exc, KeyboardInterrupt):
        say(f"teikit: error: interrupted; {interrupted} [interrupted]")
        return int(Exit.INTERRUPTED)
    if isinstance(exc, OSError) and exc.filename is None and exc.errno is not None:
        say(f"teikit: error: cannot write output: {exc.strerror} [write]")   # a pipe, a tty
        return int(Exit.OUTPUT)
    if debug:
        raise exc
    say(f"teikit: error: internal error: {type(exc).__name__}: {exc}; run again with "
        "`teikit --debug …` and report it [internal]")
    return int(Exit.INTERNAL)


def write_stdout(data: bytes) -> None:
    """Bytes to standard output; a closed or full one is exit 4, like any output."""
    stream = sys.stdout
    if stream is None:
        raise fail("-", "standard output is closed", "write", exit_code=Exit.OUTPUT)
    try:
        stream.buffer.write(data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        drop_stdout()
        raise fail("-", f"cannot write to standard output: "
                   f"{getattr(exc, 'strerror', None) or exc}", "write",
                   exit_code=Exit.OUTPUT) from None


def echo_out(line: str) -> None:
    """One line on standard output (buffered; a failure to flush is exit 4 in main)."""
    if sys.stdout is None:
        raise fail("-", "standard output is closed", "write", exit_code=Exit.OUTPUT)
    sys.stdout.write(printable(line) + "\n")


def check_verbosity(quiet: bool, verbose: bool) -> None:
    if quiet and verbose:
        raise usage("give -q or -v, not both")


def show(d, quiet: bool, verbose: bool) -> bool:
    """-q: errors only; default: errors and warnings; -v: info notes too."""
    return d.severity == "error" or (not quiet and (d.severity == "warning" or verbose))


@contextmanager
def bar(total: int, label: str, choice: bool | None, quiet: bool) -> Iterator:
    from . import progress
    with progress.bar(total, label, progress.wanted(choice, total, quiet),
                      forced=bool(choice)) as tick:
        yield tick


def quiet_pipe() -> int:
    """A reader that went away (| head): stop quietly, as a shell tool does."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    return 1


def flush_or_exit_4() -> None:
    """Output still buffered when the command ends: a full disk or closed stdout is 4."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        quiet_pipe()
    except OSError as exc:
        say(f"teikit: error: cannot write to standard output: {exc.strerror} [write]")
        drop_stdout()
        sys.exit(int(Exit.OUTPUT))


def drop_stdout() -> None:
    """Nothing more goes to a standard output that failed: what is still buffered would
    fail again when Python exits, and Python would then exit 120, not 4."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass

"""The ``teikit`` command's regular expressions, compiled once per machine, not per run.

teikit's conventions are some 950 patterns, many of them long alternations of month names
and labels in a dozen languages; Python compiles every one at each start (about 0.4 s of
CPU, some two thirds of encoding a 10 KB letter in its own process). Python's compiler
ends each pattern by handing ``_sre.compile`` a list of numbers (the pattern's program);
this module keeps those arguments, per pattern and flags, in a file under the user's cache
folder (``$XDG_CACHE_HOME/teikit`` or ``~/.cache/teikit``, one file per Python build), and
the next run hands the same arguments to ``_sre.compile`` without parsing the pattern again.

The pattern objects are the ones Python would have made (the same arguments to the same
function); a pattern not in the file is compiled as always and added at the end of the run.
It is installed only by the command (:mod:`teikit.launch`), never by ``import teikit``: a
library does not change ``re`` for the program that imports it. A missing, unreadable or
stale file is only slower; ``TEIKIT_NO_RE_CACHE=1`` turns it off.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

# at most this many patterns are kept (teikit's own and its parsers' are some 1,200; a few
# are built from a document's words or from a set's order, which differ from run to run):
# past it, the file keeps only the patterns of the run that writes it
MAX_PATTERNS = 4000
_FORMAT = 1


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    magic = getattr(getattr(re, "_compiler", None), "MAGIC", "")
    build = hashlib.sha256(f"{_FORMAT} {sys.version} {sys.implementation.cache_tag} "
                           f"{magic}".encode()).hexdigest()[:16]
    return Path(base) / "teikit" / f"re-{build}.marshal"


class _Recorder:
    """Stands for ``_sre`` inside Python's regex compiler: passes everything through and
    keeps the arguments of the last ``compile`` (per thread)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._last = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def compile(self, *args: Any) -> Any:
        self._last.args = args
        return self._real.compile(*args)


def install() -> None:
    """Compile patterns from the cache file from now on in this process (once)."""
    compiler = getattr(re, "_compiler", None)      # Python 3.11 and later
    if (compiler is None or os.environ.get("TEIKIT_NO_RE_CACHE")
            or isinstance(compiler._sre, _Recorder)):
        return
    path = cache_file()
    try:
        table = marshal.loads(path.read_bytes())
        if not isinstance(table, dict):
            table = {}
    except (OSError, ValueError, EOFError, TypeError):
        table = {}
    real_sre = compiler._sre
    recorder = _Recorder(real_sre)
    original = compiler.compile
    added: dict[tuple[str, int], tuple] = {}
    used: set[tuple[str, int]] = set()

    def compile(p: Any, flags: int = 0) -> Any:
        if type(p) is str and not flags & re.DEBUG:
            args = table.get((p, flags))
            if args is not None:
                try:
                    compiled = real_sre.compile(*args)
                    used.add((p, flags))
                    return compiled
                except (TypeError, ValueError, RuntimeError, OverflowError):
                    table.pop((p, flags), None)      # a damaged entry: compile it anew
            recorder._last.args = None
            compiled = original(p, flags)
            args = recorder._last.args
            if args is not None and args[0] is p:
                # the program's opcodes are named ints; marshal keeps plain ones
                args = (args[0], int(args[1]), [int(op) for op in args[2]], int(args[3]),
                        dict(args[4]), tuple(args[5]))
                added[p, flags] = args
                table[p, flags] = args
            return compiled
        return original(p, flags)

    def save() -> None:
        if not added:
            return
        kept = table if len(table) <= MAX_PATTERNS else \
            {key: args for key, args in table.items() if key in used or key in added}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(kept))
            os.replace(tmp, path)
        except (OSError, ValueError):
            pass                                     # a read-only home: only slower

    compile.__wrapped__ = original              # type: ignore[attr-defined]
    compiler._sre = recorder
    compiler.compile = compile
    atexit.register(save)

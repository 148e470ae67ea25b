"""Reading inputs and writing outputs safely.

Inputs: a missing file, a folder, a device or FIFO, an unreadable or oversized file is one
clear error; nothing is read past its limit. Outputs: written to a temporary file in the
same folder, flushed, then renamed, so a failure (or Ctrl-C) never leaves a partial file,
and an input is never overwritten. A temporary left by a killed run (SIGKILL cannot be
caught) is removed by the next run that writes into the same folder.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .diagnostics import Exit, fail

# Temporaries are named for this host and process (never for the output: a 254-byte output
# name must still leave room for them), so a later run can tell its own stale ones. The
# host's tag (HOST_TAG) is made when first needed: a command that only reads (validate)
# does not load hashlib, socket, tempfile and shutil.
TEMP_PREFIX = ".teikit-"
STALE = re.compile(r"^\.teikit-(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-[\w-]+(?:\.tmp)?$")


def read_input(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of an input file; *what* names the kind ("text file", "XML file")."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise fail(name, "no such file", "io") from None
    except OSError as exc:
        raise fail(name, f"cannot read: {exc.strerror or exc}", "io") from None
    if stat.S_ISDIR(info.st_mode):
        raise fail(name, f"is a folder, not a {what}; give the files inside it", "io")
    if not stat.S_ISREG(info.st_mode):       # /dev/zero never ends, a FIFO may never start
        raise fail(name, f"is {_kind(info.st_mode)}, not a regular file; teikit reads "
                   f"{what}s from files", "io")
    if info.st_size > limit:
        raise fail(name, f"file is {info.st_size // 2**20} MB; teikit reads {what}s up to "
                   f"{limit // 2**20} MB", "too-large")
    try:
        with open(path, "rb") as handle:
            # the size it has, then whatever it grew by (still bounded): asking for the
            # limit at once would make Python allocate all of it for every small file
            data = handle.read(min(info.st_size, limit) + 1)
            if len(data) > info.st_size:
                data += handle.read(limit + 1 - len(data))
    except OSError as exc:
        raise fail(name, f"cannot read: {exc.strerror or exc}", "io") from None
    if len(data) > limit:
        raise fail(name, f"file is over {limit // 2**20} MB; teikit reads {what}s up to "
                   f"{limit // 2**20} MB", "too-large")
    return data


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def make_folder(path: str | Path) -> Path:
    """Create an output folder (and its parents); one clear error when it cannot be."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(str(path), f"cannot create folder: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    return path


class InputSet:
    """The inputs of a run, identified once by device and inode, so that checking an output
    against all of them is one ``stat`` (a link or a second name of an input is caught)."""

    def __init__(self, paths: Iterable[str | Path] = ()):
        self._ids: dict[tuple[int, int], str] = {}
        for path in paths:
            self.add(path)

    def add(self, path: str | Path) -> None:
        try:
            info = os.stat(path)
        except OSError:
            return                              # a missing input cannot be overwritten
        self._ids.setdefault((info.st_dev, info.st_ino), str(path))

    def input_at(self, path: Path) -> str | None:
        """The input that writing *path* would overwrite (through any link), or None."""
        if not self._ids:
            return None
        try:
            info = os.stat(path)
        except OSError:
            return None
        return self._ids.get((info.st_dev, info.st_ino))


Inputs = InputSet | tuple[str | Path, ...] | list[str | Path]


def atomic_write(path: str | Path, data: bytes, inputs: Inputs = ()) -> None:
    """Write *data* to *path* through a temporary file in the same folder, then rename.

    After any failure (or Ctrl-C) no temporary file is left and an existing *path* is
    untouched. Refuses to write over one of *inputs*, also through a link.
    """
    with atomic_output(path, inputs) as out:
        out.write(data)


@contextmanager
def atomic_output(path: str | Path, inputs: Inputs = ()) -> Iterator[BinaryIO]:
    """:func:`atomic_write` for output written in pieces (a file object to write to)."""
    path = Path(path)
    checked = inputs if isinstance(inputs, InputSet) else InputSet(inputs)
    src = checked.input_at(path)
    if src is not None:
        raise fail(str(path), f"output would overwrite the input {src}; choose another "
                   "output path", "output-is-input", exit_code=Exit.USAGE)
    if path.is_dir():
        raise fail(str(path), "output path is a folder; give a file name or use -d",
                   "output-is-folder", exit_code=Exit.USAGE)
    folder = path.parent if str(path.parent) else Path(".")
    clean_stale(folder)
    tmp_name = None
    try:
        import tempfile
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(), suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise fail(str(path), f"cannot write output: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _temp_prefix() -> str:
    return f"{TEMP_PREFIX}{_host_tag()}-{os.getpid()}-"


_HOST: list[str] = []


def _host_tag() -> str:
    if not _HOST:
        import hashlib
        import socket
        _HOST.append(hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8])
    return _HOST[0]


def __getattr__(name: str) -> str:
    if name == "HOST_TAG":
        return _host_tag()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def staging_folder(parent: Path) -> Path:
    """A fresh hidden folder in *parent* to build into before the result is moved in
    place; named like a temporary, so a killed run's staging folder is cleaned up too."""
    clean_stale(parent)
    import tempfile
    try:
        return Path(tempfile.mkdtemp(prefix=_temp_prefix(), dir=parent))
    except OSError as exc:
        raise fail(str(parent), f"cannot create folder: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None


_CLEANED: set[str] = set()


def clean_stale(folder: Path, again: bool = False) -> list[str]:
    """Remove teikit's own temporaries in *folder* left by a process of this host that no
    longer runs (killed by SIGKILL or a power cut). Once per folder per process, unless
    *again* (after a batch whose workers may have died)."""
    key = os.path.abspath(folder)
    if key in _CLEANED and not again:
        return []
    _CLEANED.add(key)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = STALE.match(entry.name)
        if not m or m.group("host") != _host_tag() or _alive(int(m.group("pid"))):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                import shutil
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                 # exists, but belongs to someone else
        return True
    return True


def _mode_for(path: Path) -> int:
    """An existing regular output keeps its permissions (never setuid, setgid or sticky);
    a new one, or one that is a link (replaced, never written through), gets 0644 less the
    umask: a link's target lends it nothing."""
    try:
        info = os.lstat(path)
    except OSError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        return info.st_mode & 0o777
    return 0o644 & ~_umask()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be synced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_UMASK: list[int] = []


def _umask() -> int:
    if not _UMASK:                  # read once: os.umask can only be read by setting it
        mask = os.umask(0)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]

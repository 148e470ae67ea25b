"""Reading inputs and writing outputs safely.

Inputs: a missing file, a folder, an unreadable or oversized file is one clear error.
Outputs: written to a temporary file in the same folder, flushed, then renamed, so a
failure (or Ctrl-C) never leaves a partial or temporary file, and an input is never
overwritten.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .diagnostics import Exit, fail


def read_input(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of an input file; *what* names the kind ("text file", "XML file")."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise fail(name, "no such file", "io")
    if path.is_dir():
        raise fail(name, f"is a folder, not a {what}; give the files inside it", "io")
    try:
        size = path.stat().st_size
        if size > limit:
            raise fail(name, f"file is {size // 2**20} MB; teikit reads {what}s up to "
                       f"{limit // 2**20} MB", "too-large")
        return path.read_bytes()
    except OSError as exc:
        raise fail(name, f"cannot read: {exc.strerror or exc}", "io") from None


def make_folder(path: str | Path) -> Path:
    """Create an output folder (and its parents); one clear error when it cannot be."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(str(path), f"cannot create folder: {exc.strerror or exc}", "write",
                   exit_code=Exit.OUTPUT) from None
    return path


def atomic_write(path: str | Path, data: bytes, inputs: tuple[str | Path, ...] = ()) -> None:
    """Write *data* to *path* through a temporary file in the same folder, then rename.

    After any failure (or Ctrl-C) no temporary file is left and an existing *path* is
    untouched. Refuses to write over one of *inputs*, also through a link.
    """
    path = Path(path)
    for src in inputs:
        if _same_file(path, Path(src)):
            raise fail(str(path), f"output would overwrite the input {src}; choose another "
                       "output path", "output-is-input", exit_code=Exit.USAGE)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise fail(str(path), "output path is a folder; give a file name or use -d",
                   "output-is-folder", exit_code=Exit.USAGE)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
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


def _mode_for(path: Path) -> int:
    """An existing output keeps its permissions; a new one gets 0644 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
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


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        return False
    return a.resolve() == b.resolve()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

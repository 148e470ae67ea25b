"""``edition.toml``: what an edition says about itself once (title, publisher, licence, …).

Read by the encoder (the master's header) and by ``teikit build`` (the index and the print
volume); kept apart from both so that exporting does not load the encoder. Every value is
checked: a bad one is a usage error that names its key.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Exit, TeikitError, fail
from .formats.urls import safe_target

ISO_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
MAX_EDITION_BYTES = 1024 * 1024          # an edition.toml is a few lines
MAX_VALUE_CHARS = 10_000                 # one title, licence or name
MAX_EDITORS = 1_000
MAX_NESTING = 32                         # tomllib recurses per bracket
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_.\"'-]+)\s*=", re.M)
TEXT_KEYS = ("title", "publisher", "pub_place", "licence", "licence_url")
KNOWN = {*TEXT_KEYS, "date", "editors"}


def _usage(path: Path, message: str) -> TeikitError:
    return fail(str(path), message, "edition", exit_code=Exit.USAGE)


@dataclass
class Edition:
    """What an edition says about itself once, in ``edition.toml`` (or on the command line)."""

    title: str | None = None
    publisher: str | None = None
    pub_place: str | None = None
    date: str | None = None                 # publication date, ISO 8601
    licence: str | None = None
    licence_url: str | None = None
    editors: list[str] = field(default_factory=list)
    path: str | None = None

    @classmethod
    def load(cls, path: str | Path) -> Edition:
        path = Path(path)
        data = _read_toml(path)
        unknown = sorted(set(data) - KNOWN)
        if unknown:
            raise _usage(path, f"unknown key(s) {', '.join(unknown)}; known: "
                         f"{', '.join(sorted(KNOWN))}")
        values: dict[str, str | None] = {}
        for key in TEXT_KEYS:
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                raise _usage(path, f"{key} must be a string in quotes")
            values[key] = _checked_text(path, key, value) if value is not None else None
        editors = data.get("editors", [])
        if isinstance(editors, str):
            editors = [editors]
        if not isinstance(editors, list) or not all(isinstance(e, str) for e in editors):
            raise _usage(path, "editors must be a list of names in quotes")
        if len(editors) > MAX_EDITORS:
            raise _usage(path, f"editors lists {len(editors)} names; at most {MAX_EDITORS}")
        names = [_checked_text(path, "editors", e) for e in editors]
        date = data.get("date")
        if date is not None:                   # TOML reads 2026-11-28 as a date
            date = str(date)
            if not ISO_DAY.fullmatch(date):
                raise _usage(path, f"date {date!r} is not an ISO 8601 date (2026-11-28, "
                             "2026-11 or 2026)")
        url = values["licence_url"]
        if url is not None and not (re.match(r"https?://\S+$", url) and safe_target(url)):
            raise _usage(path, "licence_url must be an http(s) address")
        return cls(**values, date=date, editors=names, path=str(path))

    @classmethod
    def find(cls, source: str | Path) -> Edition:
        """edition.toml beside the source or in its parent folder; empty when none."""
        folder = Path(source).resolve().parent
        for candidate in (folder / "edition.toml", folder.parent / "edition.toml"):
            if candidate.is_file():
                return cls.load(candidate)
        return cls()


def _read_toml(path: Path) -> dict[str, object]:
    try:
        if not path.is_file():
            raise _usage(path, "cannot read edition file: not a regular file"
                         if path.exists() else "cannot read edition file: no such file")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_EDITION_BYTES + 1)
    except OSError as exc:
        raise _usage(path, f"cannot read edition file: {exc.strerror}") from None
    if len(raw) > MAX_EDITION_BYTES:
        raise _usage(path, f"edition file is over {MAX_EDITION_BYTES // 1024} KB; it holds a "
                     "few keys")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _usage(path, f"edition file is not UTF-8 (byte {exc.start + 1})") from None
    deep = _too_deep(text)
    if deep is not None:
        raise _usage(path, f"{deep}: arrays or tables nested more than {MAX_NESTING} deep")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _usage(path, f"edition file is not valid TOML: {exc}") from None
    except RecursionError:                   # a shape _too_deep did not foresee
        raise _usage(path, "edition file nests too deeply") from None


def _too_deep(text: str) -> str | None:
    """The key whose value opens more than MAX_NESTING brackets (tomllib would recurse
    until Python's stack runs out), or None. Brackets inside strings count too: a false
    alarm needs more than 32 of them in one value."""
    depth, key = 0, "edition file"
    for line in text.splitlines():
        m = KEY_LINE.match(line)
        if m and depth == 0:
            key = m.group(1)
        for ch in line:
            if ch in "[{":
                depth += 1
                if depth > MAX_NESTING:
                    return key
            elif ch in "]}":
                depth = max(0, depth - 1)
    return None


def _checked_text(path: Path, key: str, value: str) -> str:
    """A value that can stand in XML and on a terminal: no control characters."""
    bad = CONTROL.search(value)
    if bad:
        raise _usage(path, f"{key} holds the control character U+{ord(bad.group()):04X}; "
                     "remove it")
    if len(value) > MAX_VALUE_CHARS:
        raise _usage(path, f"{key} is {len(value)} characters long; at most "
                     f"{MAX_VALUE_CHARS}")
    return value

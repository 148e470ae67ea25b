"""Diagnostics: one message format and one exit-code table for every command.

Every message is ``path[:line[:col]]: severity: message [code]`` (as compilers and docutils
write them), so editors and CI can jump to the place.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from pathlib import Path

# What must never reach a terminal raw: C0 and C1 controls (escape sequences, a newline
# that would forge a line), DEL, bidirectional overrides, and the lone surrogates that
# stand for a file name's bytes that are not UTF-8.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                         "\u2066-\u2069\ud800-\udfff]")
UNPRINTABLE_KEEP_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e"
                                    "\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    if m.group() in SHORT_ESCAPES:
        return SHORT_ESCAPES[m.group()]
    if 0xDC80 <= code <= 0xDCFF:          # a byte of a name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_lines: bool = False) -> str:
    """*text* safe to print: every control character (and a newline, unless *keep_lines*)
    written as a visible escape such as ``\\x1b`` or ``\\n``."""
    pattern = UNPRINTABLE_KEEP_LINES if keep_lines else UNPRINTABLE
    return pattern.sub(_escape, text)


def display_name(path: Path) -> str:
    """The file name as the writers show it: bytes that are not UTF-8 (a name from another
    system) become U+FFFD and control characters visible escapes (``\\x1b``), since a page
    or text cannot hold them. (Here, not in teikit.export, so that encoding a file does not
    load the writers.)"""
    return printable(path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


class Exit(enum.IntEnum):
    """The documented exit codes of every teikit command."""

    OK = 0             # done; for validate: every file valid
    INVALID = 1        # validate: at least one file has errors
    USAGE = 2          # bad options or arguments
    UNREADABLE = 3     # an input is missing, unreadable, not text/XML, or hostile
    OUTPUT = 4         # an output could not be written
    INTERNAL = 70      # a bug in teikit (run again with --debug for the traceback)
    INTERRUPTED = 130  # Ctrl-C


EXIT_TABLE = {
    Exit.OK: "success (validate: every file is valid)",
    Exit.INVALID: "validate: at least one file has errors",
    Exit.USAGE: "bad command-line usage (unknown option, missing argument, bad value)",
    Exit.UNREADABLE: "an input is missing, unreadable, binary where text was expected, not "
                     "well-formed XML, a PDF with no text layer or encrypted, or refused as hostile",
    Exit.OUTPUT: "an output could not be written (nothing partial is left behind)",
    Exit.INTERNAL: "an internal error in teikit; --debug shows the traceback",
    Exit.INTERRUPTED: "interrupted by Ctrl-C (nothing partial is left behind)",
}


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int | None = None
    col: int | None = None
    severity: str = "error"          # error | warning | info
    message: str = ""
    code: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        tail = f" [{self.code}]" if self.code else ""
        return printable(f"{where}: {self.severity}: {self.message}{tail}")

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "col": self.col,
                "severity": self.severity, "message": self.message, "code": self.code}


class TeikitError(Exception):
    """A failure reported to the user as one diagnostic line and an exit code."""

    def __init__(self, diagnostic: Diagnostic, exit_code: Exit = Exit.UNREADABLE):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic
        self.exit_code = exit_code


def fail(path: str, message: str, code: str, line: int | None = None, col: int | None = None,
         exit_code: Exit = Exit.UNREADABLE) -> TeikitError:
    """Build the error to raise: ``raise fail(path, "no such file", "io")``."""
    return TeikitError(Diagnostic(str(path), line, col, "error", message, code), exit_code)


@dataclass
class Collector:
    """Gathers diagnostics for one input file."""

    path: str
    items: list[Diagnostic] = field(default_factory=list)

    def add(self, severity: str, message: str, code: str, line: int | None = None,
            col: int | None = None) -> None:
        self.items.append(Diagnostic(self.path, line, col, severity, message, code))

    def warn(self, message: str, code: str, line: int | None = None, col: int | None = None):
        self.add("warning", message, code, line, col)

    def info(self, message: str, code: str, line: int | None = None, col: int | None = None):
        self.add("info", message, code, line, col)

    def error(self, message: str, code: str, line: int | None = None, col: int | None = None):
        self.add("error", message, code, line, col)

"""Reading a plain-text source: decoding, line ends, characters XML cannot hold, blocks.

A source is refused (one clear line, no traceback) when it is missing, a folder, empty,
binary, or not decodable; otherwise it is read leniently and every change that is not a
plain line-end normalisation is reported with its line and column.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Collector, Exit, fail
from .fileio import read_input

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters XML 1.0 cannot hold (tab, LF and CR aside), plus the non-characters.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
MAX_SOURCE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Line:
    number: int      # 1-based line number in the source
    text: str


@dataclass
class Block:
    """Consecutive non-blank lines: a paragraph, a heading, a list, a note."""

    lines: list[Line]

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def __repr__(self) -> str:  # for debugging and test failures
        return f"Block({self.first}: {self.text[:40]!r})"


@dataclass
class SourceText:
    path: str
    text: str
    encoding: str
    lines: list[str] = field(default_factory=list)

    def blocks(self, start: int = 0) -> list[Block]:
        """Blocks of lines separated by blank lines, from line index *start*."""
        out: list[Block] = []
        current: list[Line] = []
        for i in range(start, len(self.lines)):
            raw = self.lines[i]
            if raw.strip():
                current.append(Line(i + 1, raw.rstrip()))
            elif current:
                out.append(Block(current))
                current = []
        if current:
            out.append(Block(current))
        return out


def read_source(path: str | Path, encoding: str | None, diags: Collector) -> SourceText:
    """Read and decode a text source; raise TeikitError for what cannot be read."""
    data = read_input(path, "text file", MAX_SOURCE_BYTES)
    return source_from_bytes(str(path), data, encoding, diags)


def source_from_bytes(name: str, data: bytes, encoding: str | None,
                      diags: Collector) -> SourceText:
    text, used = decode(name, data, encoding)
    return source_from_text(name, text, diags, used)


def source_from_text(name: str, text: str, diags: Collector,
                     encoding: str = "utf-8") -> SourceText:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _clean_characters(text, diags)
    if not text.strip():
        raise fail(name, "the file is empty (or holds only white space); nothing to encode",
                   "empty")
    return SourceText(name, text, encoding, text.split("\n"))


def decode(name: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    if data.startswith(b"\x1f\x8b"):
        raise fail(name, "this is gzip-compressed data, not text; unpack it first", "binary")
    if not data:
        raise fail(name, "the file is empty; nothing to encode", "empty")
    for bom, codec in BOMS:
        if data.startswith(bom) and encoding is None:
            try:
                return data[len(bom):].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise _decode_error(name, data[len(bom):], exc, codec) from None
    codec = encoding or "utf-8"
    try:
        codecs.lookup(codec)
    except LookupError:
        raise fail(name, f"unknown encoding {codec!r} (try utf-8, cp1252, latin-1, utf-16)",
                   "encoding", exit_code=Exit.USAGE) from None
    if encoding is None and b"\x00" in data:
        at = data.index(b"\x00")
        line, col = _position(data, at)
        codec16 = _utf16_codec(data)
        hint = (f"it looks like UTF-16 without a byte-order mark; try --encoding {codec16}"
                if codec16 else "this looks like a binary file, not text")
        raise fail(name, f"NUL byte in the text: {hint}", "binary", line, col)
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        raise _decode_error(name, data, exc, codec) from None


def _utf16_codec(data: bytes) -> str | None:
    """utf-16-le or utf-16-be when the bytes look like UTF-16 text without a byte-order
    mark: a NUL in every other byte (odd or even places), and they decode."""
    head = data[:400] if len(data[:400]) % 2 == 0 else data[:399]
    for zeros, codec in ((head[1::2], "utf-16-le"), (head[0::2], "utf-16-be")):
        if zeros and zeros.count(0) * 10 >= len(zeros) * 9:
            try:
                head.decode(codec)
                return codec
            except UnicodeDecodeError:
                pass
    return None


def _decode_error(name: str, data: bytes, exc: UnicodeDecodeError, codec: str):
    line, col = _position(data, exc.start)
    bad = data[exc.start:exc.start + 1].hex()
    return fail(name, f"byte 0x{bad} is not valid {codec.upper()}; if the file is "
                "Windows-1252 or Latin-1, run again with --encoding cp1252 (or latin-1)",
                "encoding", line, col)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    try:
        col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    except Exception:
        col = offset - line_start + 1
    return line, col


def _clean_characters(text: str, diags: Collector) -> str:
    """Drop characters XML cannot hold, reporting each kind once per line (line numbers
    stay those of the source)."""
    if not NOT_XML.search(text):
        return text
    out_lines = []
    for number, line in enumerate(text.split("\n"), 1):
        if NOT_XML.search(line):
            seen = set()
            for m in NOT_XML.finditer(line):
                ch = m.group()
                if ch in seen:
                    continue
                seen.add(ch)
                if ch == "\x0c":
                    diags.info("form feed (page end) read as a space", "form-feed",
                               number, m.start() + 1)
                else:
                    diags.warn(f"control character U+{ord(ch):04X} cannot be held in XML; "
                               "replaced by a space", "control-char", number, m.start() + 1)
            line = NOT_XML.sub(" ", line)
        out_lines.append(line)
    return "\n".join(out_lines)

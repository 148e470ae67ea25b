"""Reading a plain-text source: decoding, line ends, characters XML cannot hold, blocks.

A source is refused (one clear line, no traceback) when it is missing, a folder, empty,
binary, or not decodable; otherwise it is read leniently and every change that is not a
plain line-end normalisation is reported with its line and column.
"""
from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from .diagnostics import Collector, Exit, fail
from .fileio import read_input

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters XML 1.0 cannot hold (tab, LF and CR aside), plus the non-characters.
# The noncharacters U+FDD0..U+FDEF carry inline formatting inside teikit (formats.marks).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\ufdd0-\ufdef]")
MAX_SOURCE_BYTES = 512 * 1024 * 1024


class Line(NamedTuple):
    """One line of the source. (A named tuple: immutable, and made several times for every
    line of a large text, three times faster than a frozen dataclass.)"""

    number: int      # 1-based line number in the source
    text: str
    kind: str = ""   # what the source format says the line is: h1..h6, item, quote, pre


@dataclass
class Hints:
    """What a source format says about the document outside its text (an HTML <title>,
    Markdown front matter): candidates for the header, never text of the document."""

    title: str | None = None
    date: str | None = None          # as printed or ISO 8601
    # a blog post's front-matter date with its time of day ("date: 2020-09-01 14:00:00
    # GMT-5"): when the post went up, the document's date only where the text gives none
    post_date: str | None = None
    url: str | None = None
    language: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    # the date field of a metadata block further down the text (under its heading): dates
    # the text as a field list's date does, never over the heading's own date
    field_date: str | None = None
    left_out: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    # the image of each page break the format marks, in order ('' for one without)
    page_images: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)     # the format's rules that fired
    # source lines that end in a break the source asks for (Markdown's two spaces or "\"
    # at the end): the transcriber's own line ends, never wrapping to be joined
    broken_lines: set[int] = field(default_factory=set)
    # source lines where a rule parts the text (HTML's <hr>, Markdown's "---", a text's
    # "* * *"): no text, but a boundary the rules may take as evidence (letters one after
    # another, each between rules)
    rule_lines: set[int] = field(default_factory=set)
    # source lines where a block element of the source's own HTML begins (a <p> in a
    # Markdown file's HTML block): the editor's paragraph, never a piece of one broken in
    # mid-sentence to be joined again
    element_blocks: set[int] = field(default_factory=set)
    # words a format saw cut by a hyphen at a line end of its source that its reading turns
    # into a space (HTML: "vei-" / "ne" reads "vei- ne"), casefolded and joined ("veine")
    hyphen_breaks: set[str] = field(default_factory=set)
    # a note's number as the reading numbered it -> the label the source gives it, where
    # the two differ (a Markdown footnote defined twice: the earlier keeps its label "2")
    note_labels: dict[str, str] = field(default_factory=dict)

    def fire(self, rule: str) -> None:
        """Note that the format's *rule* fired (once, in the order the rules first fired)."""
        if rule not in self.rules:
            self.rules.append(rule)


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
    """The source as lines of text, whatever its format: blocks are separated by blank
    lines; ``numbers`` and ``kinds`` (parallel to ``lines``, when the format is not plain
    text) give each line's number in the source file and what the format says it is."""

    path: str
    text: str
    encoding: str
    lines: list[str] = field(default_factory=list)
    format: str = "text"
    numbers: list[int] | None = None
    kinds: list[str] | None = None
    hints: Hints = field(default_factory=Hints)
    composed: bool = False        # normalised to NFC
    _blocks: list[Block] | None = field(default=None, repr=False, compare=False)

    def release(self) -> None:
        """Let go of the text, its lines and its blocks once the reader is done with them:
        for a large text they take hundreds of MB, which serializing the master needs."""
        self.text, self.lines, self.numbers, self.kinds, self._blocks = "", [], None, None, None

    def blocks(self, start: int = 0) -> list[Block]:
        """Blocks of lines separated by blank lines, from line index *start* (a new list
        each time; the blocks of the whole text are made once)."""
        if start == 0:
            if self._blocks is None:
                self._blocks = self._make_blocks(0)
            return list(self._blocks)
        return self._make_blocks(start)

    def _make_blocks(self, start: int) -> list[Block]:
        numbers, kinds, lines = self.numbers, self.kinds, self.lines
        texts = ((i, lines[i].rstrip()) for i in range(start, len(lines)))
        # a blank line is None: no Line is made for the blanks between blocks
        return blocks_of(Line(numbers[i] if numbers else i + 1, text, kinds[i] if kinds else "")
                         if text else None for i, text in texts)


def blocks_of(lines: Iterable[Line | None]) -> list[Block]:
    """Lines as blocks: a blank line (or None) ends one."""
    out: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if line is not None and line.text.strip():
            current.append(line)
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
    text, used = decode(name, data, encoding, diags)
    return source_from_text(name, text, diags, used)


def source_from_text(name: str, text: str, diags: Collector,
                     encoding: str = "utf-8") -> SourceText:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _clean_characters(text, diags)
    if not text or text.isspace() or (     # (text.strip() would copy a large text)
            PAGE_MARK in text and text.replace(PAGE_MARK, " ").isspace()):   # form feeds
        raise fail(name, "the file is empty (or holds only white space); nothing to encode",
                   "empty")
    lines, composed = to_nfc(text.split("\n"), diags, text=text)
    return SourceText(name, "\n".join(lines) if composed else text, encoding, lines,
                      composed=composed)


def to_nfc(lines: list[str], diags: Collector, numbers: list[int] | None = None,
           text: str | None = None) -> tuple[list[str], bool]:
    """The lines in Unicode NFC (the form the TEI Guidelines recommend: é as one
    character, not e and a combining accent); the first line changed is reported.
    *text*: the lines joined, when the caller has it."""
    joined = "\n".join(lines) if text is None else text
    if unicodedata.is_normalized("NFC", joined):   # one C pass, the usual case
        return lines, False
    out = [unicodedata.normalize("NFC", line) for line in lines]
    changed = [i for i, (a, b) in enumerate(zip(lines, out, strict=True)) if a != b]
    if changed:
        first = numbers[changed[0]] if numbers else changed[0] + 1
        diags.info(f"text normalised to Unicode NFC (composed characters) on {len(changed)} "
                   "line(s)", "nfc", first, 1)
    return out, bool(changed)


def decode(name: str, data: bytes, encoding: str | None,
           diags: Collector | None = None) -> tuple[str, str]:
    """The text of *data*: a byte-order mark wins, then --encoding, then UTF-8; bytes that
    are not UTF-8 are decoded with a guessed encoding, which is reported."""
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
        b"x".decode(codec, "replace")   # (a codec of bytes to bytes, rot13, is no text's)
    except LookupError:
        raise fail(name, f"unknown encoding {codec!r} (try utf-8, cp1252, latin-1, utf-16)",
                   "encoding", exit_code=Exit.USAGE) from None
    if encoding is None and b"\x00" in data and not _stray_nuls(data):
        at = data.index(b"\x00")
        line, col = _position(data, at)
        codec16 = _utf16_codec(data)
        hint = (f"it looks like UTF-16 without a byte-order mark; try --encoding {codec16}"
                if codec16 else "this looks like a binary file, not text")
        raise fail(name, f"NUL byte in the text: {hint}", "binary", line, col)
    try:
        text = data.decode(codec)
        return (repair_mojibake(text, diags) if encoding is None and diags else text), codec
    except UnicodeDecodeError as exc:
        if encoding is not None or diags is None:
            raise _decode_error(name, data, exc, codec) from None
        guessed = guess_encoding(data)
        if guessed is None:
            raise _decode_error(name, data, exc, codec) from None
        line, col = _position(data, exc.start)
        diags.warn(f"the file is not UTF-8 (byte 0x{data[exc.start]:02x}); read as {guessed}, "
                   "a guess: give --encoding to choose another", "encoding-guessed", line, col)
        return data.decode(guessed), guessed


# UTF-8 read once as Latin-1 or Windows-1252 and saved again as UTF-8 ("Departmentâ\x80\x99s",
# "cafÃ©", "â€œquotedâ€\x9d"): a lead byte's character, then continuation bytes' characters
# (the first character: a byte that opens a two-byte sequence of Latin, Greek, Cyrillic,
# Hebrew or Arabic letters, or a three-byte one, read as Windows-1252 — not an accented
# capital before punctuation, which Portuguese and French print: "MORÉ—EDITORA")
MOJIBAKE = re.compile("[\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00d7-\u00d9\u00e2-\u00ef]"
                      "[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020"
                      "\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d"
                      "\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]{1,3}")


# what a text prints after a capital at a word's end: "IRMÃ—", "NÃO”" are Portuguese
PUNCTUATION_AFTER = set("\u201c\u201d\u2018\u2019\u2014\u2013\u2026\u2022\u201a\u201e\u2039\u203a")


def _unambiguous(seq: str) -> bool:
    """A sequence that only a wrong decoding makes ("Ã©", "â€™"), not a letter before
    punctuation (Portuguese "IRMÃ”"): evidence of mojibake."""
    return any(c not in PUNCTUATION_AFTER for c in seq[1:])


def _unmangled(seq: str) -> str | None:
    """The one character *seq* stood for, if its bytes in Latin-1 or Windows-1252 are that
    character's UTF-8."""
    try:                 # each character by Windows-1252, else Latin-1 (its C1 controls)
        raw = b"".join(_byte_of(c) for c in seq)
        char = raw.decode("utf-8")
    except UnicodeError:
        return None
    return char if len(char) == 1 and ord(char) >= 0x80 else None


def _byte_of(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeError:
        return char.encode("latin-1")


# UTF-8 read as code page 437 (a Windows console's, PowerShell's redirect) and saved again
# ("PeterΓÇÖs", "[[Page 4 ΓÇô envelope]]", "caf├⌐"): a lead byte's character, then
# continuation bytes' characters, as the code page draws them (box drawing, accented Latin:
# never Greek text, whose Γ is followed by Greek letters)
CP437_LEAD = bytes(range(0xC2, 0xF0)).decode("cp437")
CP437_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp437")
MOJIBAKE_437 = re.compile(f"[{re.escape(CP437_LEAD)}][{re.escape(CP437_CONTINUATION)}]{{1,3}}")


# code page 437's image of E2 80, the lead of UTF-8's general punctuation (’ – — “ ” …):
# "ΓÇ" is never Greek text (a capital gamma before a C with cedilla)
PUNCTUATION_437 = b"\xe2\x80".decode("cp437")


def _unmangled_437(seq: str) -> str | None:
    """The one character *seq* stood for, if its bytes in code page 437 are its UTF-8."""
    try:
        char = seq.encode("cp437").decode("utf-8")
    except UnicodeError:
        return None
    return char if len(char) == 1 and ord(char) >= 0x80 else None


def _repair_437(text: str, diags: Collector | None) -> str:
    """UTF-8 read as code page 437 and saved again, repaired where two sequences at least
    are the code page's image of one character's UTF-8 (MOJIBAKE_437), or one that is a
    punctuation mark's (PUNCTUATION_437), and reported."""
    found = list(itertools.islice((m for m in MOJIBAKE_437.finditer(text)
                                   if _unmangled_437(m.group())), 2))
    if len(found) < 2 and not (found and found[0].group().startswith(PUNCTUATION_437)):
        return text              # (one alone is evidence only as punctuation's image)
    return _repaired(text, MOJIBAKE_437, _unmangled_437, found[0], "code page 437", diags)


def repair_mojibake(text: str, diags: Collector | None) -> str:
    """Repair UTF-8 that was decoded with the wrong codec and saved again, where the text
    gives evidence of it (two such sequences at least; a single "Ã©" may be meant): each is
    the character it stood for, reported once with the first one's line."""
    if text.isascii():
        return text
    if len(found := [m for m in MOJIBAKE.finditer(text)
                     if _unmangled(m.group()) and _unambiguous(m.group())][:2]) < 2:
        return _repair_437(text, diags)
    return _repaired(text, MOJIBAKE, _unmangled, found[0], "Windows-1252", diags)


def _substituted(text: str, pattern: re.Pattern[str],
                 unmangle: Callable[[str], str | None]) -> tuple[str, int]:
    """*text* with each match of *pattern* that *unmangle* reads as one character replaced
    by it, and how many were."""
    count = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        char = unmangle(m.group())
        count += char is not None
        return char or m.group()
    return pattern.sub(fix, text), count


def _repaired(text: str, pattern: re.Pattern[str], unmangle: Callable[[str], str | None],
              first: re.Match[str], codec: str, diags: Collector | None) -> str:
    """*text* repaired (_substituted), reported once at the *first* garbled sequence as UTF-8
    read as *codec* and saved again."""
    repaired, count = _substituted(text, pattern, unmangle)
    if diags is not None:
        at = first.start()
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in first.group())
        diags.warn(f"{count} characters garbled by a wrong encoding (UTF-8 read as {codec} "
                   f"and saved again: \u201c{shown}\u201d) were repaired "
                   f"(\u201c{unmangle(first.group())}\u201d); give --encoding utf-8 to "
                   "keep them as they are", "mojibake-repaired", text.count("\n", 0, at) + 1,
                   at - text.rfind("\n", 0, at))
    return repaired


def guess_encoding(data: bytes) -> str | None:
    """The encoding of text that is not UTF-8. Western text with a few accented letters is
    Windows-1252 (or Latin-1 where 1252 leaves a byte undefined): a statistical detector
    guesses badly from a handful of bytes (Big5 for one 'Œ'). Otherwise charset-normalizer
    decides, from the whole text."""
    high = sum(1 for b in data if b >= 0x80)
    if high <= 16 or high * 20 <= len(data):
        for codec in ("cp1252", "latin-1"):
            try:
                data.decode(codec)
                return codec
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    return best.encoding if best is not None else None


# NULs a damaged character left in a text (a legacy conversion's "partes \0\0\0\0\0\0≠"): a
# few short runs in a large text that is UTF-8 apart from them; a binary file or UTF-16 has
# them everywhere
STRAY_NUL_RUNS = 3
STRAY_NUL_SHARE = 0.01


def _stray_nuls(data: bytes) -> bool:
    """True when the NULs in *data* are a few stray bytes in a UTF-8 text: at most
    STRAY_NUL_RUNS runs, together at most STRAY_NUL_SHARE of the bytes, and the rest decodes.
    They are then text with control characters (each reported where it stands), not binary."""
    if len(re.findall(b"\x00+", data)) > STRAY_NUL_RUNS:
        return False
    if data.count(b"\x00") > len(data) * STRAY_NUL_SHARE or _utf16_codec(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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


def marked_up_text(name: str, data: bytes, encoding: str | None,
                   diags: Collector) -> tuple[str, str]:
    """A marked-up source's text as its parser reads it (Markdown, reStructuredText,
    AsciiDoc, LaTeX, Org): decoded, without a byte-order mark, every line end a \\n, and
    without the characters a master cannot hold; and the encoding used."""
    text, used = decode(name, data, encoding, diags)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return clean_text(text, diags), used


def clean_text(text: str, diags: Collector) -> str:
    """A whole text without the characters a master cannot hold (reported by line)."""
    return _clean_characters(text, diags)


def _clean_characters(text: str, diags: Collector) -> str:
    """Drop characters XML cannot hold, reporting each kind once per line (line numbers
    stay those of the source)."""
    if not NOT_XML.search(text):
        return text
    hits: list[tuple[int, str]] = []

    def replace(m: re.Match) -> str:      # the text is scanned once: replaced and noted
        hits.append((m.start(), m.group()))
        return _replacement(m)
    cleaned = NOT_XML.sub(replace, text)
    seen: set[tuple[int, str]] = set()
    number, line_start, scanned = 1, 0, 0
    for at, ch in hits:                   # line numbers counted between hits
        newlines = text.count("\n", scanned, at)
        if newlines:
            number += newlines
            line_start = text.rfind("\n", scanned, at) + 1
        scanned = at
        if (number, ch) not in seen:
            seen.add((number, ch))
            _report_character(ch, diags, number, at - line_start + 1)
    return cleaned


# The same, for text that already carries teikit's own marks (read from Markdown or HTML,
# whose source text was cleaned before it was parsed)
NOT_XML_KEEP_MARKS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_characters(line: str, diags: Collector, number: int, marked: bool = False) -> str:
    """One line without the characters a master cannot hold, each kind reported once."""
    pattern = NOT_XML_KEEP_MARKS if marked else NOT_XML
    if not pattern.search(line):
        return line
    seen = set()
    for m in pattern.finditer(line):
        if m.group() not in seen:
            seen.add(m.group())
            _report_character(m.group(), diags, number, m.start() + 1)
    return pattern.sub(_replacement, line)


def _report_character(ch: str, diags: Collector, number: int, column: int) -> None:
    if ch == "\x0c":
        diags.info("form feed: a new page of the source begins", "form-feed", number, column)
    else:
        diags.warn(f"control character U+{ord(ch):04X} cannot be held in a master; "
                   "replaced by a space", "control-char", number, column)


PAGE_MARK = "\ufdee"     # a form feed: where a new page of the source begins


def _replacement(m: re.Match) -> str:
    return PAGE_MARK if m.group() == "\x0c" else " "

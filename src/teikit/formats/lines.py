"""What the structured formats share: collecting blocks of lines with their source line
numbers, and turning the result into a SourceText; the base of the readers that scan a
text's lines one by one (LineScanner)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Collector, fail
from ..sourcetext import Hints, SourceText, clean_characters, marked_up_text, to_nfc


@dataclass
class Lines:
    """Blocks of (source line number, text, kind); blocks are kept apart by blank lines."""

    hints: Hints = field(default_factory=Hints)
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    def block(self, rows: list[tuple[int, str, str]]) -> None:
        rows = [(n, text.rstrip(), kind) for n, text, kind in rows if text.strip()]
        if not rows:
            return
        if self.lines:
            self.lines.append("")
            self.numbers.append(self.numbers[-1])
            self.kinds.append("")
        for n, text, kind in rows:
            self.lines.append(text)
            self.numbers.append(n)
            self.kinds.append(kind)

    def text_block(self, first_line: int, text: str, kind: str = "") -> None:
        """Text whose line breaks are the source's lines; a blank line ends a block."""
        rows: list[tuple[int, str, str]] = []
        for i, piece in enumerate(text.split("\n")):
            if piece.strip():
                rows.append((first_line + i, piece, kind))
            elif rows:
                self.block(rows)
                rows = []
        self.block(rows)

    def leave_out(self, line: int, end_line: int, text: str, reason: str, code: str) -> None:
        self.hints.left_out.append((line, end_line, " ".join(text.split()), reason, code))

    def source(self, name: str, encoding: str, diags: Collector) -> SourceText:
        lines = [clean_characters(line, diags, number, marked=True)
                 for line, number in zip(self.lines, self.numbers, strict=True)]
        lines, composed = to_nfc(lines, diags, self.numbers)
        _clean_hints(self.hints, diags)
        if not any(line.strip() for line in lines):
            raise fail(name, "the file holds no text to encode (only markup, metadata or "
                       "navigation)", "empty")
        return SourceText(name, "\n".join(lines), encoding, lines, numbers=self.numbers,
                          kinds=self.kinds, hints=self.hints, composed=composed)


class LineScanner:
    """A reader of a line-based format (OpenITI, Org, ATF, AsciiDoc): the text's lines as
    the source has them, and the Lines that scan() fills from them."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.out = Lines()

    def scan(self) -> None:
        raise NotImplementedError

    def fired(self, rule: str) -> None:
        self.out.hints.fire(rule)

    @classmethod
    def read(cls, name: str, data: bytes, encoding: str | None,
             diags: Collector) -> SourceText:
        """The source *data* decoded (marked_up_text), scanned line by line, as a SourceText."""
        text, used = marked_up_text(name, data, encoding, diags)
        scanner = cls(text.split("\n"))
        scanner.scan()
        return scanner.out.source(name, used, diags)


def _clean_hints(hints: Hints, diags: Collector) -> None:
    """The header's candidates without the characters a master cannot hold (an RTF's
    \\info title or a PDF's document information may carry a NUL or an escape), each
    reported as in the text (at line 1: the header's fields have no line of their own)."""
    for attr in ("title", "date", "post_date", "url", "language", "field_date"):
        value = getattr(hints, attr)
        if value:
            setattr(hints, attr, clean_characters(value, diags, 1, marked=True))
    hints.fields = [(clean_characters(key, diags, 1, marked=True),
                     clean_characters(value, diags, 1, marked=True))
                    for key, value in hints.fields]
    hints.left_out = [(start, end, clean_characters(text, diags, start, marked=True), reason,
                       code) for start, end, text, reason, code in hints.left_out]

"""Text with its source positions, so every message can point at line and column."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..sourcetext import Line


@dataclass(frozen=True)
class Span:
    """A piece of source text; ``anchors`` maps offsets in ``text`` to (line, col).

    Each anchor (offset, line, col) says text[offset] stands at line:col; the characters
    after it follow on the same line until the next anchor.
    """

    text: str
    anchors: tuple[tuple[int, int, int], ...]

    @classmethod
    def of_line(cls, line: Line, start: int = 0, end: int | None = None) -> Span:
        text = line.text[start:end]
        return cls(text, ((0, line.number, start + 1),))

    @classmethod
    def join(cls, parts: list[Span], sep: str | list[str]) -> Span:
        """The parts joined by *sep* (one separator, or one for each join)."""
        text: list[str] = []
        anchors: list[tuple[int, int, int]] = []
        offset = 0
        for i, part in enumerate(parts):
            if i:
                between = sep if isinstance(sep, str) else sep[i - 1]
                text.append(between)
                offset += len(between)
            anchors.extend((offset + o, ln, col) for o, ln, col in part.anchors)
            text.append(part.text)
            offset += len(part.text)
        return cls("".join(text), tuple(anchors))

    @classmethod
    def of_lines(cls, lines: list[Line], sep: str = "\n") -> Span:
        return cls.join([cls.of_line(line) for line in lines], sep)

    def pos(self, offset: int) -> tuple[int, int]:
        """(line, col) of text[offset]."""
        keys = [a[0] for a in self.anchors]
        i = max(bisect_right(keys, offset) - 1, 0)
        start, line, col = self.anchors[i]
        return line, col + max(offset - start, 0)

    def __getitem__(self, key: slice) -> Span:
        start, stop, _ = key.indices(len(self.text))
        line, col = self.pos(start)
        anchors = [(0, line, col)] + [(o - start, ln, c) for o, ln, c in self.anchors
                                      if start < o < stop]
        return Span(self.text[start:stop], tuple(anchors))

    def strip(self) -> Span:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self[left:max(right, left)]

    @property
    def line(self) -> int:
        return self.anchors[0][1]

    @property
    def col(self) -> int:
        return self.anchors[0][2]

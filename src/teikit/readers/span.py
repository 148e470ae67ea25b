"""Text with its source positions, so every message can point at line and column."""
from __future__ import annotations

from bisect import bisect_right

from ..sourcetext import Line


def _offset(anchor: tuple[int, int, int]) -> int:
    return anchor[0]


class Span:
    """A piece of source text; ``anchors`` maps offsets in ``text`` to (line, col).

    Each anchor (offset, line, col) says text[offset] stands at line:col; the characters
    after it follow on the same line until the next anchor.

    A span is never changed once made (slicing and stripping make new ones, or give the
    span itself when nothing is cut). It is a plain class with slots rather than a frozen
    dataclass: spans are made several times for every line of a text, and a frozen
    dataclass is three times slower to make.
    """

    __slots__ = ("anchors", "text")

    def __init__(self, text: str, anchors: tuple[tuple[int, int, int], ...]) -> None:
        self.text = text
        self.anchors = anchors

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.anchors) == (other.text, other.anchors)

    def __hash__(self) -> int:
        return hash((self.text, self.anchors))

    def __repr__(self) -> str:
        return f"Span(text={self.text!r}, anchors={self.anchors!r})"

    @classmethod
    def of_line(cls, line: Line, start: int = 0, end: int | None = None) -> Span:
        text = line.text[start:end]
        return cls(text, ((0, line.number, start + 1),))

    @classmethod
    def join(cls, parts: list[Span], sep: str | list[str]) -> Span:
        """The parts joined by *sep* (one separator, or one for each join)."""
        if len(parts) == 1:
            return parts[0]                    # (a span is never changed: no copy needed)
        text: list[str] = []
        anchors: list[tuple[int, int, int]] = []
        offset = 0
        for i, part in enumerate(parts):
            if i:
                between = sep if isinstance(sep, str) else sep[i - 1]
                text.append(between)
                offset += len(between)
            if offset:
                anchors.extend((offset + o, ln, col) for o, ln, col in part.anchors)
            else:
                anchors.extend(part.anchors)
            text.append(part.text)
            offset += len(part.text)
        return cls("".join(text), tuple(anchors))

    @classmethod
    def of_lines(cls, lines: list[Line], sep: str = "\n") -> Span:
        return cls.join([cls.of_line(line) for line in lines], sep)

    def pos(self, offset: int) -> tuple[int, int]:
        """(line, col) of text[offset]."""
        anchors = self.anchors
        if len(anchors) == 1:                  # one line: the usual case
            start, line, col = anchors[0]
        else:
            i = max(bisect_right(anchors, offset, key=_offset) - 1, 0)
            start, line, col = anchors[i]
        return line, col + max(offset - start, 0)

    def __getitem__(self, key: slice) -> Span:
        size = len(self.text)
        start, stop, _ = key.indices(size)
        anchors = self.anchors
        if anchors[0][0] == 0 and (len(anchors) == 1 or anchors[1][0] > 0):
            if start == 0 and stop == size and anchors[-1][0] < max(size, 1):
                return self                    # nothing cut: the span itself, as it was
            if len(anchors) == 1:              # one line: no anchors to carry over
                line, col = anchors[0][1:]
                return Span(self.text[start:stop], ((0, line, col + start),))
        line, col = self.pos(start)
        kept = [(0, line, col)] + [(o - start, ln, c) for o, ln, c in anchors
                                   if start < o < stop]
        return Span(self.text[start:stop], tuple(kept))

    def strip(self) -> Span:
        text = self.text
        if text and not (text[0].isspace() or text[-1].isspace()):
            return self[:]                     # nothing to strip (no copies of the text)
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        return self[left:max(right, left)]

    @property
    def line(self) -> int:
        return self.anchors[0][1]

    @property
    def col(self) -> int:
        return self.anchors[0][2]

"""Names printed in two columns parted by runs of spaces (a compact's, a petition's, a
treaty's signatories in a plain text: "Mr. John Carver           Mr. Stephen Hopkins"):
each name a line of its own, read row by row as printed, never one run-together paragraph.
The evidence is the layout itself: three rows at least, most of the block's lines, parted
by three spaces or more with the second column opening at (nearly) one position, every
cell a few words with no sentence in it."""
from __future__ import annotations

import re

from ..formats.marks import has_marks
from ..sourcetext import Block, Line
from .context import Context

GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
CELL = re.compile(r"^[^\W\d_][^.!?;:]*(?:\.[^.!?;:]+)*\.?$")   # a name: "Mr. John Carver"


def _cells(text: str) -> tuple[list[str], int] | None:
    """The row's cells and where its second cell opens; None for a line not parted so."""
    stripped = text.rstrip()
    gaps = list(GAP.finditer(stripped))
    if len(gaps) != 1:
        return None
    left, right = stripped[:gaps[0].start()].strip(), stripped[gaps[0].end():].strip()
    return [left, right], gaps[0].end()


def _name(cell: str) -> bool:
    words = cell.split()
    return 1 <= len(words) <= 5 and bool(CELL.match(cell)) and not any(
        ch.isdigit() for ch in cell)


def name_columns(blocks: list[Block], ctx: Context) -> list[Block]:
    out = []
    for block in blocks:
        lines = block.lines
        if len(lines) < 3 or any(has_marks(ln.text) or ln.kind not in ("", "pre")
                                 for ln in lines):
            out.append(block)
            continue
        rows = [_cells(ln.text) for ln in lines]
        split = [r for r in rows if r is not None]
        starts = sorted(at for _, at in split)
        middle = starts[len(starts) // 2] if starts else 0
        lone = [ln.text.strip() for ln, r in zip(lines, rows, strict=True) if r is None]
        if len(split) < 3 or len(split) * 3 < len(lines) * 2 \
                or any(abs(at - middle) > 2 for _, at in split) \
                or not all(_name(c) for cells, _ in split for c in cells) \
                or not all(_name(c) for c in lone):
            out.append(block)
            continue
        cells = []
        for ln, r in zip(lines, rows, strict=True):
            for text in (r[0] if r is not None else [ln.text.strip()]):
                cells.append(Line(ln.number, text, ln.kind))
        out.append(Block(cells))
        ctx.fired("name-columns")
    return out

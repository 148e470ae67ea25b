"""The geometry of a PDF's text, with no PDF library in it (formats.pdf hands over each
page's characters): characters with their boxes, baselines, sizes and fonts made into the
printed lines, superscripts and subscripts kept with the line they stand on, and a page's
lines put in reading order, a column read to its foot before the next.

Lines are made from the characters in the order the file draws them (a line's words are
drawn one after another), then pieces of one line drawn apart are joined where they stand
on one baseline with no wider gap than a word space's few widths. Reading order: lines one
under another that overlap horizontally make a box (a column's run of text); a box comes
before another that it stands over (overlapping horizontally) or beside on the left
(overlapping vertically), and boxes with no such order between them read top to bottom,
then left to right. Two lines at one height that would both go on under one line above
(a page's text over two columns) start boxes of their own.
"""
from __future__ import annotations

import bisect
import itertools
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field

LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
WORD_GAP = 0.28         # a gap this many ems wide between two glyphs parts two words
LINE_GAP = 1.0          # a gap wider than this many ems parts two pieces of text (columns)
SPACED_GAP = 3.0        # … unless the file drew a space there: then this many
MARKER = 3              # glyphs a note's raised marker has at most
MAX_ORDERED = 2000      # boxes on a page ordered by their places; more: top to bottom


@dataclass(slots=True)
class Char:
    """One glyph as the page draws it: its text, box (y upward), baseline, size, font."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    base: float
    size: float
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class Run:
    """Text of one style in a line: bold, italic, and "sup", "sub" or ""."""

    text: str
    bold: bool = False
    italic: bool = False
    pos: str = ""


@dataclass
class Row:
    """A printed line: its characters left to right, baseline, size and extent."""

    chars: list[Char]
    base: float = 0.0
    size: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    number: int = 0                  # its line in the text as read, from 1
    frame: int = 0                   # 0: runs the page's way; 1…: set another way
    runs: list[Run] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.base + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.base - 0.25 * self.size

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def bold(self) -> bool:
        """Every letter of the line in a bold face."""
        letters = [c for c in self.chars if c.text.isalnum()]
        return bool(letters) and all(c.bold for c in letters)

    @property
    def italic(self) -> bool:
        letters = [c for c in self.chars if c.text.isalnum()]
        return bool(letters) and all(c.italic for c in letters)


def rows_of(chars: list[Char]) -> list[Row]:
    """The printed lines of one page's characters (given in the order the file draws them)."""
    pieces: list[list[Char]] = []
    current: list[Char] = []
    base, size = 0.0, 0.0
    for c in _unique(chars):
        if c.text.isspace() and not current:
            continue
        if current and _goes_on(current[-1], base, size, c) \
                and not _apart(len(current), base, size, c.base, c.size):
            current.append(c)
            if c.size > size and not c.text.isspace():
                base, size = c.base, c.size       # (a line that opened with its superscript)
            continue
        if c.text.isspace():
            continue                              # a space between two lines
        if current:
            pieces.append(current)
        current, base, size = [c], c.base, c.size
    if current:
        pieces.append(current)
    rows = [_row(piece) for piece in pieces if any(not c.text.isspace() for c in piece)]
    return _joined(rows)


def _unique(chars: list[Char]) -> Iterator[Char]:
    """The characters without a glyph drawn twice in one place (a bold face imitated by
    printing a line again a hair to the right): the second is not text. (A ligature's
    letters, "ffi", share one box and follow each other: kept.)"""
    last: dict[str, tuple[float, float, int]] = {}
    for k, c in enumerate(chars):
        seen = last.get(c.text)
        if seen is not None and not c.text.isspace() and seen[2] < k - 1 \
                and abs(seen[0] - c.x0) < 0.15 * c.size and abs(seen[1] - c.base) < 0.15 * c.size:
            continue
        last[c.text] = (c.x0, c.base, k)
        yield c


def _same_line(base: float, size: float, c_base: float, c_size: float) -> bool:
    """One line: one baseline, or a glyph raised or lowered on it by less than half an em
    (a superscript, a subscript; a line that opens with a note's raised number): a line
    under or over it stands an em away at least."""
    return abs(base - c_base) <= 0.5 * max(size, c_size)


def _apart(count: int, base: float, size: float, c_base: float, c_size: float) -> bool:
    """Text of a bigger size whose baseline stands lower than a line of more glyphs than a
    note's marker is not on that line (a heading in the next column that a word too long
    for its column runs up to); after a raised marker alone it is the marker's line."""
    return count > MARKER and c_size > 1.2 * size and base - c_base > 0.2 * c_size


def _goes_on(last: Char, base: float, size: float, c: Char) -> bool:
    if c.text.isspace():
        return abs(c.base - base) <= 0.5 * size
    if not _same_line(base, size, c.base, c.size):
        return False
    em = max(size, c.size)
    # (after a space the file drew, a wider gap: a justified line of a few long words)
    return -1.2 * em <= c.x0 - last.x1 <= (SPACED_GAP if last.text.isspace() else LINE_GAP) * em


def _row(chars: list[Char]) -> Row:
    chars = sorted(chars, key=lambda c: c.x0)
    glyphs = [c for c in chars if not c.text.isspace()]
    sizes: dict[float, int] = {}
    for c in glyphs:
        sizes[round(c.size, 1)] = sizes.get(round(c.size, 1), 0) + 1
    size = max(sizes, key=lambda s: (sizes[s], s))
    base = statistics.median(c.base for c in glyphs if round(c.size, 1) == size)
    row = Row(chars, base, size, glyphs[0].x0, max(c.x1 for c in glyphs))
    row.runs = _runs(row)
    return row


def _joined(rows: list[Row]) -> list[Row]:
    """Pieces of one line drawn apart (a word drawn after the rest of its line, a note's
    number drawn last) joined: one baseline, side by side with no wider gap than a few word
    spaces."""
    if len(rows) < 2:
        return rows
    order = sorted(range(len(rows)), key=lambda k: -rows[k].base)
    bases = [-rows[k].base for k in order]
    parent = list(range(len(rows)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    for k in order:
        a = rows[k]
        # (rows whose baselines may be near enough: within 0.7 em below or above)
        j = bisect.bisect_left(bases, -a.base - 0.7 * a.size)
        while j < len(order) and bases[j] <= -a.base + 0.7 * a.size:
            m = order[j]
            j += 1
            if m == k or find(m) == find(k):
                continue
            b = rows[m]
            em = max(a.size, b.size)
            if not _same_line(a.base, a.size, b.base, b.size):
                continue
            small, big = (a, b) if a.size <= b.size else (b, a)
            if _apart(len(small.chars), small.base, small.size, big.base, big.size):
                continue
            left, right = (a, b) if a.x0 <= b.x0 else (b, a)
            if -1.2 * em <= right.x0 - left.x1 <= LINE_GAP * em:
                parent[find(m)] = find(k)
    groups: dict[int, list[int]] = {}
    for k in range(len(rows)):
        groups.setdefault(find(k), []).append(k)
    if len(groups) == len(rows):
        return rows
    out = []
    for members in sorted(groups.values()):        # (in the order the file drew them)
        if len(members) == 1:
            out.append(rows[members[0]])
        else:
            out.append(_row([c for k in members for c in rows[k].chars]))
    return out


def _runs(row: Row) -> list[Run]:
    """The line's text in runs of one style; a space where two glyphs stand a word apart
    and the file drew none; a space takes the style of the words on both its sides.
    (The gap is measured in the line's em, or the glyphs' if both are smaller: a bigger
    glyph beside the line's text -- a heading in the next column, which a word too long
    for its column has run up to -- does not widen the space that parts them.)"""
    styled: list[tuple[str, bool, bool, str]] = []
    last: Char | None = None
    for c in row.chars:
        if c.text.isspace():
            if styled and styled[-1][0] != " ":
                styled.append((" ", False, False, "space"))
            continue
        if last is not None and styled and styled[-1][0] != " " \
                and c.x0 - last.x1 > WORD_GAP * min(max(c.size, last.size), row.size):
            styled.append((" ", False, False, "space"))
        styled.append((_character(c.text), c.bold, c.italic, _position(c, row)))
        last = c
    while styled and styled[-1][0] == " ":
        styled.pop()
    _line_end_hyphen(styled)
    runs: list[Run] = []
    for k, (text, bold, italic, pos) in enumerate(styled):
        if pos == "space":        # the style of both sides, or none
            before = styled[k - 1] if k else None
            after = styled[k + 1] if k + 1 < len(styled) else None
            if before and after and before[1:] == after[1:]:
                bold, italic, pos = before[1], before[2], before[3]
            else:
                bold, italic, pos = False, False, ""
        if runs and (runs[-1].bold, runs[-1].italic, runs[-1].pos) == (bold, italic, pos):
            runs[-1].text += text
        else:
            runs.append(Run(text, bold, italic, pos))
    return runs


def _character(text: str) -> str:
    """The character as text: PDFium's mark for a hyphen at a line's end is a hyphen, a soft
    hyphen printed at the end too; a typesetter's ligature (ﬁ) its letters."""
    if text in ("\x02", "\u00ad"):
        return "-"
    return text.translate(LIGATURES)


def _line_end_hyphen(styled: list[tuple[str, bool, bool, str]]) -> None:
    """A typesetter's hyphen (U+2010) that ends a line after a letter is the hyphen the
    conventions join a word at, as a hyphen-minus."""
    if len(styled) > 1 and styled[-1][0] == "\u2010" and styled[-2][0][-1:].isalpha():
        styled[-1] = ("-", *styled[-1][1:])


def _position(c: Char, row: Row) -> str:
    rise = c.base - row.base
    if rise > 0.2 * row.size and (c.size < 0.95 * row.size or rise > 0.3 * row.size):
        return "sup"
    if rise < -0.12 * row.size and c.size < 0.95 * row.size:
        return "sub"
    return ""


# ----------------------------------------------------------------------------- order

def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


class Box:
    """Lines one under another, with the extent they cover (kept as lines are added)."""

    __slots__ = ("bottom", "rows", "top", "x0", "x1")

    def __init__(self, rows: list[Row]) -> None:
        self.rows: list[Row] = []
        self.x0 = self.x1 = self.top = self.bottom = 0.0
        for row in rows:
            self.add(row)

    def add(self, row: Row) -> None:
        if not self.rows:
            self.x0, self.x1, self.top, self.bottom = row.x0, row.x1, row.top, row.bottom
        else:
            self.x0, self.x1 = min(self.x0, row.x0), max(self.x1, row.x1)
            self.top, self.bottom = max(self.top, row.top), min(self.bottom, row.bottom)
        self.rows.append(row)

    def keep(self, rows: list[Row]) -> None:
        """Only *rows* of the box's lines."""
        self.rows = []
        for row in rows:
            self.add(row)


def reading_order(rows: list[Row]) -> list[Box]:
    """A page's lines as boxes (runs of lines one under another), in reading order."""
    rows = sorted(rows, key=lambda r: (-r.base, r.x0))
    pitch = _pitch(rows)
    reach = 4 * max((r.size for r in rows), default=0.0)
    boxes: list[Box] = []
    active: list[int] = []        # the boxes whose last line is near enough to go on
    k = 0
    while k < len(rows):          # rows at one height (a band) are placed together
        band = [rows[k]]
        k += 1
        while k < len(rows) and band[0].base - rows[k].base <= 0.3 * band[0].size:
            band.append(rows[k])
            k += 1
        active = [i for i in active if boxes[i].rows[-1].base - band[0].base <= reach]
        near = [boxes[i] for i in active]
        wanted: dict[int, list[Row]] = {}
        for row in band:
            fits = [i for i in active if _under(boxes[i].rows[-1], row)]
            if fits:                  # (the nearest above: a heading further up is passed)
                nearest = min(boxes[i].rows[-1].base for i in fits)
                fits = [i for i in fits if boxes[i].rows[-1].base == nearest]
            if len(fits) == 1 and _columns_end(near, boxes[fits[0]], row, pitch):
                fits = []
            if len(fits) == 1:
                wanted.setdefault(fits[0], []).append(row)
            else:
                wanted.setdefault(-1 - len(boxes) - len(wanted), []).append(row)
        for i, members in sorted(wanted.items(), key=lambda kv: -kv[0]):
            if i >= 0 and len(members) == 1:
                boxes[i].add(members[0])
            else:
                active.extend(range(len(boxes), len(boxes) + len(members)))
                boxes.extend(Box([row]) for row in members)
    return _ordered(boxes)


def _pitch(rows: list[Row]) -> float:
    """The page's usual distance from a line to the next under it (rows from the top)."""
    steps = []
    for k, row in enumerate(rows):
        below = next((r for r in rows[k + 1:k + 40] if r.base < row.base - 0.5 * row.size
                      and _overlap(row.x0, row.x1, r.x0, r.x1) > 0), None)
        if below is not None:
            steps.append(row.base - below.base)
    return statistics.median(steps) if steps else 0.0


def _columns_end(boxes: list[Box], box: Box, row: Row, page_pitch: float) -> bool:
    """*row* opens what follows a page's columns, not the next paragraph of one of them:
    a box beside *box* (a column next to it) ends at the height *box* ends, above the
    row, and the row stands further under *box*'s last line than their lines stand apart
    (a paragraph's space)."""
    last = box.rows[-1]
    em = max(last.size, row.size)
    for other in boxes:
        if other is box or _overlap(other.x0, other.x1, box.x0, box.x1) > 0:
            continue
        end = other.rows[-1]
        if not (_overlap(other.bottom, other.top, box.bottom, box.top) > 0
                and abs(end.base - last.base) <= 1.5 * last.size and end.base > row.base):
            continue
        lines = box.rows if len(box.rows) > 1 else other.rows
        pitch = lines[-2].base - lines[-1].base if len(lines) > 1 else \
            max(page_pitch, 1.2 * em)
        if last.base - row.base > pitch + 0.35 * em:
            return True
    return False


def _under(above: Row, row: Row) -> bool:
    """*row* goes on under *above*: below it, near, overlapping it horizontally."""
    em = max(above.size, row.size)
    return 0 < above.base - row.base <= 2.4 * em and \
        _overlap(above.x0, above.x1, row.x0, row.x1) > 0


def _ordered(boxes: list[Box]) -> list[Box]:
    """Boxes in reading order (see the module's comment); Kahn's algorithm, the first box
    free by (top, left) taken each time, the topmost remaining one if a cycle blocks."""
    n = len(boxes)
    if n < 2:
        return boxes
    if n > MAX_ORDERED:           # (a page of thousands of scattered pieces: top to bottom)
        return sorted(boxes, key=lambda b: (-b.top, b.x0))
    ext = [(b.x0, b.x1, b.top, b.bottom) for b in boxes]
    before: list[set[int]] = [set() for _ in range(n)]     # before[j]: boxes that go first
    for i in range(n):
        ax0, ax1, atop, _ = ext[i]
        for j in range(n):
            if i == j:
                continue
            bx0, bx1, btop, bbot = ext[j]
            if _overlap(ax0, ax1, bx0, bx1) > 0:
                if atop > btop + 0.01:
                    before[j].add(i)
            elif ax1 <= bx0 + 1 and atop > bbot:
                before[j].add(i)
    done: list[int] = []
    left = set(range(n))
    key = {i: (-ext[i][2], ext[i][0]) for i in range(n)}
    while left:
        free = [i for i in left if not (before[i] & left)]
        pick = min(free or left, key=lambda i: key[i])
        done.append(pick)
        left.remove(pick)
    return [boxes[i] for i in done]


# ----------------------------------------------------------------------------- paragraphs

def leading(boxes: list[list[Box]]) -> float:
    """The usual distance between the baselines of a paragraph's lines, in ems."""
    ratios = [(a.base - b.base) / a.size for page in boxes for box in page
              for a, b in itertools.pairwise(box.rows)
              if abs(a.size - b.size) < 0.05 * a.size and a.base > b.base]
    return statistics.median(ratios) if ratios else 1.2


def paragraphs(box: Box, lead: float) -> tuple[list[list[Row]], set[int]]:
    """A box's lines in paragraphs: a wider space between two lines, a change of size or of
    a bold line to a plain one, a first line indented (or a line set out to the left after
    indented ones) part them; so does a short line that ends a sentence before a line that
    opens one. Also the lines broken on purpose: short lines inside a paragraph (an address,
    a verse, a signature under its closing)."""
    rows = box.rows
    right = max(r.x1 for r in rows)
    out: list[list[Row]] = [[rows[0]]]
    broken: set[int] = set()
    for k in range(1, len(rows)):
        a, b = rows[k - 1], rows[k]
        after = rows[k + 1] if k + 1 < len(rows) else None
        em = max(a.size, b.size)
        # (a line that stops where the next line's first word would have fitted)
        short = a.x1 + _first_word(b) + 0.5 * em < right
        centred = abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 1.2 * em and short
        text_a, text_b = a.text.rstrip(), b.text.lstrip()
        # (a first line indented after a line that ends a paragraph; a line indented after
        # one that runs on is a hanging indent's: an entry of a list goes on)
        indented = b.x0 - a.x0 > 0.8 * em and not centred and (
            after is None or abs(after.x0 - a.x0) < 0.5 * em) and (
                short or text_a[-1:] in ".!?:\"”’)")
        outdented = a.x0 - b.x0 > 0.8 * em and not centred and len(out[-1]) > 1 \
            and abs(out[-1][0].x0 - b.x0) < 0.5 * em
        sentence_end = short and text_a[-1:] in ".!?:\"”’)" and \
            (text_b[:1].isupper() or text_b[:1].isdigit() or text_b[:1] in "\"“‘(")
        # (a line with a superscript or a line over a subscript may stand lower: CSS)
        raised = 0.4 * em if any(r.pos == "sup" for r in b.runs) or any(
            r.pos == "sub" for r in a.runs) else 0.0
        if a.base - b.base > (lead + 0.35) * em + raised or abs(a.size - b.size) > 0.1 * em \
                or (a.bold != b.bold and (short or text_a[-1:] in ".!?:\"”’)")) \
                or indented or outdented or sentence_end \
                or a.base <= b.base:
            out.append([b])
            continue
        if short:
            broken.add(a.number)
        out[-1].append(b)
    return out, broken


def _first_word(row: Row) -> float:
    """The width of the line's first word."""
    space = next((c for c in row.chars if c.text.isspace() and c.x0 > row.x0), None)
    if space is None:
        glyphs = [c for c in row.chars if not c.text.isspace()]
        gaps = [b.x0 for a, b in itertools.pairwise(glyphs)
                if b.x0 - a.x1 > WORD_GAP * max(a.size, b.size)]
        return (gaps[0] if gaps else row.x1) - row.x0
    return space.x0 - row.x0

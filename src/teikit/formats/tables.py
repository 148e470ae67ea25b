"""A table read by a source format (a Markdown pipe table, an HTML or Word table), carried
to the TEI builder as ONE line of the SourceText, so that the rules that work on lines
(joining wrapped lines, splitting turns, finding headings and datelines) never take a
table apart, and the rules that look for evidence (note markers) still see its words.

The line's text is the cells' text (with emphasis, links and note markers as in a
paragraph) between separators, Unicode noncharacters that no source holds (formats.marks):
``ROW`` between rows (and after the caption), ``CELL`` between the cells of a row, ``BR``
for a line break inside a cell. The line's kind says the rest: ``table|c|h,h/,c2`` is a
table with a caption, a first row of two header cells and a second row whose second cell
spans two columns. :func:`parse` reads it back.

Which tables are tables is the format's decision (a page laid out in a table stays
paragraphs: see formats.html.layout_table)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import marks

ROW, CELL, BR = "\ufde4", "\ufde5", "\ufde6"
KIND = "table"
MAX_SPAN = 1000            # colspan / rowspan beyond it are not believed
SPEC = re.compile(r"^(?P<label>h?)(?:c(?P<cols>\d{1,4}))?(?:r(?P<rows>\d{1,4}))?$")
# a figure of an account: an amount in pounds-shillings-pence ("03-00-00", "moneys-08-18-10"),
# a sum ("1,200", "£3 4s. 6d.", "410"): digits with separators, signs and short unit words
FIGURE = re.compile(r"^(?=.*\d)(?:[A-Za-z]{1,7}[-.:]?\s?)?[£$€¢\d][\d\s,.:/£$€¢'\-]*"
                    r"(?:\s?(?:[lsd]|li|lb|lbs|sh|s\.|d\.)\.?\s?[\d\s,.:/\-]*)*$")


@dataclass
class Cell:
    text: str                # with marks; "\n" for a line break inside the cell
    label: bool = False      # a header cell (<th>, a Markdown table's first row)
    cols: int = 1
    rows: int = 1

    def spec(self) -> str:
        return ("h" if self.label else "") + (f"c{self.cols}" if self.cols > 1 else "") + \
            (f"r{self.rows}" if self.rows > 1 else "")


def span_value(value: str | None) -> int:
    """A colspan or rowspan as a number (1 when it is missing or not believable)."""
    try:
        n = int((value or "").strip())
    except ValueError:
        return 1
    return n if 1 < n <= MAX_SPAN else 1


def line(caption: str, rows: list[list[Cell]]) -> tuple[str, str] | None:
    """The (text, kind) of a table's line; None for a table without a word in it."""
    rows = [row for row in rows if row]
    while rows and not any(c.text.strip() for c in rows[-1]):
        rows.pop()                   # empty rows at the table's end (a Word form's blanks)
    if not rows or not any(c.text.strip() for row in rows for c in row):
        return None
    caption = " ".join(caption.split())
    body = ROW.join(CELL.join(_flat(c.text) for c in row) for row in rows)
    spec = "/".join(",".join(c.spec() for c in row) for row in rows)
    if caption:
        return caption + ROW + body, f"{KIND}|c|{spec}"
    return body, f"{KIND}||{spec}"


def title_rows(rows: list[list[Cell]]) -> tuple[list[Cell], list[list[Cell]]]:
    """The rows over a table's first full row (its header) that fill at most half of its
    columns and hold no header cell: a Word form's title and page number set in the
    table's first row ("Page (1)" | | | "Field Notes of the lake lots"), lines over the
    table rather than rows of it. Returns their cells with text, and the table's rows."""
    columns = width(rows)
    k = 0
    while k < len(rows) and sum(c.cols for c in rows[k] if c.text.strip()) < columns:
        row = rows[k]
        filled = sum(c.cols for c in row if c.text.strip())
        if any(c.label for c in row) or filled * 2 > columns or any(c.rows > 1 for c in row) \
                or _unit_row(row, rows[k + 1:]):
            return [], rows
        k += 1
    if k == 0 or len(rows) - k < 2:      # no title row, or no table under it
        return [], rows
    return [c for row in rows[:k] for c in row if c.text.strip()], rows[k:]


def _unit_row(row: list[Cell], below: list[list[Cell]]) -> bool:
    """Does *row* name the unit of the columns of figures under it (an inventory's
    "pounds-shilling-pence" over its values)? Each filled cell of it stands over a column
    of figures (see figures): a row of the table, not a title over it."""
    if any(c.cols > 1 for c in row) or any(len(r) != len(row) for r in below):
        return False
    filled = [i for i, c in enumerate(row) if c.text.strip()]
    return bool(filled) and all(figures([marks.plain(r[i].text) for r in below], 2)
                                for i in filled)


def figures(column: list[str], least: int = 3) -> bool:
    """Is *column* (a column's cells' plain text) a column of figures: *least* figures at
    least, and three in four of its filled cells or all but two (its head, its total)?"""
    filled = [text for text in (" ".join(c.split()) for c in column) if text]
    count = sum(1 for text in filled if FIGURE.match(text))
    return count >= least and (count * 4 >= len(filled) * 3 or count >= len(filled) - 2)


def bold_header(rows: list[list[Cell]]) -> None:
    """A table with no header cell whose first row is set wholly in bold, each cell with
    text (a Word table's header row not marked as one): that row's cells are labels."""
    if len(rows) < 2 or any(c.label for row in rows for c in row):
        return
    filled = [c for c in rows[0] if c.text.strip()]
    if len(filled) >= 2 and all(marks.unwrap(c.text.strip())[1] == "bold" for c in filled):
        for c in rows[0]:
            c.label = True


def dialogue(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
    """A play set in a table (Standard Ebooks, many EPUB and Wikisource plays): two
    columns, the first a few short names that come back (two names or more, each twice at
    least), the second the speeches, in sentences; a row with no name is a stage direction.
    Returns each row's (name, speech), or None for a table of data."""
    if len(rows) < 4 or any(len(row) != 2 or any(c.label or c.cols > 1 or c.rows > 1
                                                 for c in row) for row in rows):
        return None
    pairs = [(" ".join(marks.plain(row[0].text).split()), row[1].text.strip()) for row in rows]
    names = [name for name, _ in pairs if name]
    if any(len(name) > 40 or len(name.split()) > 4 or name[-1:] in ".!?;" or
           any(ch.isdigit() for ch in name) for name in names):
        return None
    counts = Counter(names)
    if sum(1 for c in counts.values() if c >= 2) < 2 or len(counts) * 2 > len(names):
        return None
    speeches = [marks.plain(speech).strip() for _, speech in pairs]
    said = sum(1 for text in speeches if text[-1:] in ".!?…—-\"”’'")
    if not all(speeches) or said * 3 < len(speeches) * 2:
        return None
    return pairs


def _flat(text: str) -> str:
    lines = [" ".join(part.split()) for part in text.split("\n")]
    return BR.join(part for part in lines if part)


def is_table(kind: str) -> bool:
    return kind.startswith(KIND + "|")


@dataclass
class Parsed:
    caption: tuple[int, int] | None              # (start, end) in the line's text
    rows: list[list[tuple[Cell, int, int]]]      # each cell with (start, end)


def parse(kind: str, text: str) -> Parsed | None:
    """The table a line holds: its caption and cells as offsets into *text*; None when the
    line and its kind do not agree (a rule changed the line: the caller keeps the text)."""
    parts = kind.split("|", 2)
    if len(parts) != 3 or parts[0] != KIND:
        return None
    _, flags, spec = parts
    row_texts = _pieces(text, ROW, 0)
    caption = None
    if flags == "c":
        if not row_texts:
            return None
        caption = row_texts.pop(0)
    specs = spec.split("/")
    if len(specs) != len(row_texts):
        return None
    rows: list[list[tuple[Cell, int, int]]] = []
    for row_spec, (start, end) in zip(specs, row_texts, strict=True):
        cells = _pieces(text[start:end], CELL, start)
        cell_specs = row_spec.split(",")
        if len(cell_specs) != len(cells):
            return None
        row = []
        for cell_spec, (a, b) in zip(cell_specs, cells, strict=True):
            m = SPEC.match(cell_spec)
            if m is None:
                return None
            row.append((Cell(text[a:b].replace(BR, "\n"), bool(m.group("label")),
                             int(m.group("cols") or 1), int(m.group("rows") or 1)), a, b))
        rows.append(row)
    return Parsed(caption, rows)


def width(rows: list[list[Cell]]) -> int:
    """The number of columns the rows take, with the cells that span rows from above."""
    taken: set[tuple[int, int]] = set()
    most = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(min(cell.rows, len(rows) - r)):
                for dc in range(cell.cols):
                    taken.add((r + dr, c + dc))
            c += cell.cols
        most = max(most, c, max((k + 1 for (rr, k) in taken if rr == r), default=0))
    return most


def _pieces(text: str, sep: str, offset: int) -> list[tuple[int, int]]:
    out, start = [], 0
    while True:
        at = text.find(sep, start)
        if at < 0:
            out.append((offset + start, offset + len(text)))
            return out
        out.append((offset + start, offset + at))
        start = at + 1

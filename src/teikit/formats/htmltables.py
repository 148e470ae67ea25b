"""Tables in a web page (or a Word file's HTML): which are tables of data and which lay
out the page, and a table's own rows. The walk in formats.html reads a table of data into
one table block (formats.tables); a layout table's cells stay blocks of the page."""
from __future__ import annotations

import re
from collections import Counter

from .tables import figures

# What a cell of a table of data never holds: a page laid out in a table (old HTML pages)
# puts its headings, its text and its navigation in cells
LAYOUT_INSIDE = {"table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "form",
                 "hr", "nav", "article", "section", "main", "header", "footer", "aside",
                 "iframe", "center"}
MAX_CELL_LINES = 6          # paragraphs, list items and line breaks in one cell
MAX_CELL_TEXT = 1000        # characters of one cell


def layout_table(table) -> bool:
    """Is *table* a page's layout rather than a table of data? It is when it says so
    (role="presentation"), when it has one cell or one column (a box, a page's bands), or
    when a cell holds what only a page holds: a heading, a quotation, another table, a
    rule line (but in a table with a column of figures: the accountant's rule under a
    sum), more than MAX_CELL_LINES paragraphs or lines, more than MAX_CELL_TEXT
    characters. Its cells then stay paragraphs, as the rest of the page."""
    if (table.get("role") or "").casefold() in ("presentation", "none"):
        return True
    rows = [row for row, _ in table_parts(table) if row.tag == "tr"]
    cells = [c for row in rows for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) <= 1 or max(sum(1 for c in row if isinstance(c.tag, str) and c.tag in
                                  ("td", "th")) for row in rows) <= 1:
        return True
    form = ruled_form(table)
    accounts = _column_of_figures(rows)
    for cell in cells:
        lines = 1
        for el in cell.iterdescendants():
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in LAYOUT_INSIDE and not (tag == "hr" and accounts):
                return True
            lines += tag in ("p", "li", "br", "div", "dt", "dd")
        if not form and (lines > MAX_CELL_LINES + 1 or len(
                " ".join(cell.text_content().split())) > MAX_CELL_TEXT):
            return True
    return False


def _column_of_figures(rows: list) -> bool:
    """Has the table a column of figures (an account's values, a return's numbers: see
    tables.figures)? Then
    a rule line in a cell is the accountant's (under a sum, over the appraisers' names),
    no sign of a page laid out in a table."""
    cells = [_cells(row) for row in rows]
    return any(figures([r[k].text_content() for r in cells if len(r) > k])
               for k in range(max((len(r) for r in cells), default=0)))


FORM_ROWS = 3               # a header row and two rows of entries at least


def _cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _words(el) -> int:
    return len(el.text_content().split())


def heading_class_row(row) -> bool:
    """Do all the cells of *row* say by their class that they head the columns (<td><p
    class="table_heading">Remarks</p></td>, <td class="header">)?"""
    cells = _cells(row)
    return bool(cells) and all(
        any(name in ("head", "header", "heading") for el in c.iter() if isinstance(el.tag, str)
            for name in re.split(r"[\s_-]+", (el.get("class") or "").casefold()))
        for c in cells)


def _header_row(row, in_head: bool, others: list) -> bool:
    """Is *row* the header of a form's columns: <th> cells, a <thead>, cells of a heading
    class (<p class="table_heading">), or short lines of words over a column of long ones?"""
    cells = _cells(row)
    if in_head or all(c.tag == "th" for c in cells):
        return True
    if heading_class_row(row):
        return True
    if not all(0 < _words(c) <= 6 and not re.search(r"\d", c.text_content()) for c in cells):
        return False
    columns = list(zip(*(_cells(r) for r in others), strict=True))
    return any(sorted(_words(c) for c in col)[len(col) // 2] >= 20 for col in columns)


def ruled_form(table) -> bool:
    """A printed form typed as a table (a war diary's Hour, Date, Place | Summary of Events
    | Remarks; a log book's or a register's columns): a header row over rows that all keep
    its shape (as many cells, none spanning), with the first column short. Its cells may
    hold long narratives (a day's events over a thousand characters): the shape, not the
    length, makes it a table of data."""
    parts = [(row, head) for row, head in table_parts(table) if row.tag == "tr"]
    if len(parts) < FORM_ROWS:
        return False
    width = len(_cells(parts[0][0]))
    if width < 2 or any(len(_cells(row)) != width or any(
            c.get("colspan") or c.get("rowspan") for c in _cells(row)) for row, _ in parts):
        return False
    others = [row for row, _ in parts[1:]]
    if not _header_row(parts[0][0], parts[0][1], others):
        return False
    first = sorted(_words(_cells(row)[0]) for row in others)
    return first[len(first) // 2] <= 12


def table_parts(table):
    """A table's caption and its own rows (not a nested table's), in order, each with
    whether it is in the table's head."""
    for child in table:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("caption", "tr"):
            yield child, False
        elif tag in ("thead", "tbody", "tfoot"):
            for row in child:
                if isinstance(row.tag, str) and row.tag == "tr":
                    yield row, tag == "thead"


RUNNING_ROWS = 3            # a running head set in a table has a row or two


def running_tables(root) -> set:
    """Small tables that come back page after page with only their figures changed (a PDF
    turned into HTML sets its running heads so: "2 | COUNCIL OF THE CITY OF WINNIPEG /
    April 30, 2014"). They are page furniture, read as lines, not tables of data."""
    shapes: dict = {}               # table -> the words of its cells, figures left out
    for table in root.iter("table"):
        rows = [row for row, _ in table_parts(table) if row.tag == "tr"]
        if 0 < len(rows) <= RUNNING_ROWS and re.search(r"\d", table.text_content()):
            cells = (" ".join(re.sub(r"\d+", "#", c.text_content()).split())
                     for row in rows for c in row if isinstance(c.tag, str))
            shapes[table] = {c for c in cells if re.search(r"[^\W\d_]", c)}
    counts = Counter(c for cells in shapes.values() for c in cells)
    # (a line that comes back on three pages: odd and even pages set it apart)
    return {table for table, cells in shapes.items() if any(counts[c] >= 3 for c in cells)}

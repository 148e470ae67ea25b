"""Tables in a web page (or a Word file's HTML): which are tables of data and which lay
out the page, and a table's own rows. The walk in formats.html reads a table of data into
one table block (formats.tables); a layout table's cells stay blocks of the page."""
from __future__ import annotations

import re
from collections import Counter

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
    rule line, more than MAX_CELL_LINES paragraphs or lines, more than MAX_CELL_TEXT
    characters. Its cells then stay paragraphs, as the rest of the page."""
    if (table.get("role") or "").casefold() in ("presentation", "none"):
        return True
    rows = [row for row, _ in table_parts(table) if row.tag == "tr"]
    cells = [c for row in rows for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) <= 1 or max(sum(1 for c in row if isinstance(c.tag, str) and c.tag in
                                  ("td", "th")) for row in rows) <= 1:
        return True
    for cell in cells:
        lines = 1
        for el in cell.iterdescendants():
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in LAYOUT_INSIDE:
                return True
            lines += tag in ("p", "li", "br", "div", "dt", "dd")
        if lines > MAX_CELL_LINES + 1 or len(" ".join(cell.text_content().split())) \
                > MAX_CELL_TEXT:
            return True
    return False


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

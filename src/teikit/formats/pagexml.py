"""PAGE XML (PRImA's Page Analysis and Ground-truth Elements: Transkribus, eScriptorium,
OCR-D, Aletheia, kraken write it), every version of its schema, read with teikit's safe XML
parser.

The ``Page`` is a page (its ``imageFilename`` the image; its number the text of its
page-number region, else Transkribus's ``pageNr``); its text regions are taken in the
``ReadingOrder`` (ordered groups by their index, unordered ones as written, groups inside
groups; a region the order leaves out comes after, as written; a region inside a table
region or another region is a region too). A region's ``@type`` (or Transkribus's
``structure {type:…}``) says what it is: ``heading`` a heading; ``header``, ``footer``,
``catch-word``, ``signature-mark`` and ``page-number`` page furniture, left out and
reported (the page number the page's number); ``marginalia`` a margin note;
``footnote`` (and ``footnote-continued``) notes; ``drop-capital`` the first letter of the
next region's first word; any other type text (see formats.ocr).

A line's text is its ``TextEquiv`` (of several, the lowest ``@index``), else its words'
(else its glyphs'); a region whose lines hold no text gives its own ``TextEquiv``, a line
for each of its lines. Emphasis: Transkribus's ``textStyle {offset:…; length:…; bold:true;}``
on a line (bold, italic, underlined, strikethrough, superscript, subscript, smallCaps),
else the words' ``TextStyle`` where the words make the line, else the line's or the
region's. A word's ``@conf`` only counts for the report (formats.ocr).
"""
from __future__ import annotations

import re

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import marks, ocr, tables
from .lines import Lines

NAME = "pagexml"
TYPES = {"heading": (ocr.HEADING, ""), "header": (ocr.RUNNING, "header"),
         "footer": (ocr.RUNNING, "footer"), "catch-word": (ocr.RUNNING, "catch-word"),
         "signature-mark": (ocr.RUNNING, "signature-mark"),
         "page-number": (ocr.PAGE_NUMBER, "page-number"), "marginalia": (ocr.MARGIN, ""),
         "footnote": (ocr.FOOTNOTE, ""), "footnote-continued": (ocr.FOOTNOTE_GOES_ON, ""),
         "drop-capital": (ocr.DROP_CAPITAL, "")}
STYLE_ATTRS = {"bold": "bold", "italic": "italic", "underlined": "underline",
               "strikethrough": "strikethrough", "superscript": "sup", "subscript": "sub",
               "smallCaps": "smallcaps"}
CUSTOM = re.compile(r"(?P<tag>[\w-]+)\s*\{(?P<body>[^}]*)\}")
GROUPS = {"OrderedGroup", "UnorderedGroup", "OrderedGroupIndexed", "UnorderedGroupIndexed"}


def sniff(name: str, data: bytes) -> float:
    tag, attrs = ocr.root_of(data)
    return 0.95 if tag == "PcGts" and "primaresearch.org/PAGE" in attrs else \
        0.9 if tag == "PcGts" else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    root = ocr.parse(name, data, diags)
    if ocr.local(root) != "PcGts":
        raise fail(name, f"not a PAGE XML file: its root element is <{ocr.local(root)}>, not "
                   "<PcGts>", "not-pagexml", root.sourceline)
    conf = ocr.Confidence()
    pages = []
    for el in root:
        if ocr.local(el) != "Page":
            continue
        page = ocr.Page(el.sourceline or 1, image=(el.get("imageFilename") or "").strip(),
                        physical=_transkribus_page(root))
        for region in _ordered(el):
            made = _table(region, conf) if ocr.local(region) == "TableRegion" else \
                _region(region, conf)
            if made is not None:
                page.regions.append(made)
        pages.append(page)
    return ocr.emit(name, pages, Lines(), diags, conf)


def _transkribus_page(root) -> str:
    for el in root.iter():
        if ocr.local(el) == "TranskribusMetadata" and (el.get("pageNr") or "").isdecimal():
            return el.get("pageNr")
    return ""


# --------------------------------------------------------------------------- order

def _ordered(page) -> list:
    """The page's text regions and tables in reading order; those the order leaves out
    after them, as written. (A table's cells are its own.)"""
    items = [el for el in page.iter() if ocr.local(el) in ("TextRegion", "TableRegion")
             and not _in_table(el)]
    by_id = {el.get("id"): el for el in page.iter() if ocr.local(el).endswith("Region")
             and el.get("id")}
    order = next((el for el in page if ocr.local(el) == "ReadingOrder"), None)
    out: list = []
    seen: set[int] = set()
    refs = _refs(order) if order is not None else []
    for ref in refs:
        target = by_id.get(ref)
        if target is None:
            continue
        if _in_table(target):
            target = next(a for a in target.iterancestors() if ocr.local(a) == "TableRegion")
        inside = [target] if ocr.local(target) in ("TextRegion", "TableRegion") else []
        inside += [el for el in target.iter() if el is not target and el in items]
        for item in inside:
            if id(item) not in seen:
                seen.add(id(item))
                out.append(item)
    out.extend(r for r in items if id(r) not in seen)
    return out


def _in_table(el) -> bool:
    return ocr.local(el) != "TableRegion" and any(
        ocr.local(a) == "TableRegion" for a in el.iterancestors())


def _refs(group) -> list[str]:
    """The region ids of a reading order group, in order (groups inside groups too)."""
    out: list[str] = []
    children = [c for c in group if ocr.local(c)]
    if ocr.local(group) in ("OrderedGroup", "OrderedGroupIndexed"):
        children.sort(key=lambda c: _index(c.get("index")))
    for child in children:
        tag = ocr.local(child)
        if tag in ("RegionRefIndexed", "RegionRef"):
            if child.get("regionRef"):
                out.append(child.get("regionRef"))
        elif tag in GROUPS:
            if child.get("regionRef"):
                out.append(child.get("regionRef"))
            out.extend(_refs(child))
    return out


def _index(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


# --------------------------------------------------------------------------- regions

def _region(el, conf: ocr.Confidence) -> ocr.Region | None:
    kind, label = TYPES.get(_type(el), (ocr.TEXT, ""))
    region_rends = _own_style(el)
    line_els = [line for line in el if ocr.local(line) == "TextLine"]
    indexes = [_custom_index(line) for line in line_els]
    if line_els and all(i is not None for i in indexes):    # Transkribus's line order
        line_els = [line for _, line in sorted(zip(indexes, line_els, strict=True),
                                               key=lambda pair: pair[0] or 0)]
    lines = []
    for line in line_els:
        made = _line(line, region_rends, conf)
        if made is not None:
            lines.append(made)
    text, unicode = _equiv(el)
    if lines and text:
        lines = _in_region_order(lines, text)
    if not lines:                     # the region's own text, a line for each of its lines
        if text and text.strip():
            start = unicode.sourceline if unicode is not None else el.sourceline or 1
            lines = [ocr.OcrLine(start + i, ocr.styled([(" ".join(t.split()), region_rends)]))
                     for i, t in enumerate(text.split("\n")) if t.strip()]
    if not lines:
        return None
    top = _top_bottom(el)[0]
    return ocr.Region(kind, lines, el.sourceline or 1, label or _type(el), top=top)


def _custom_index(el) -> int | None:
    for m in CUSTOM.finditer(el.get("custom") or ""):
        if m.group("tag") == "readingOrder":
            value = _props(m.group("body")).get("index", "")
            return int(value) if value.isdecimal() else None
    return None


def _in_region_order(lines: list[ocr.OcrLine], text: str) -> list[ocr.OcrLine]:
    """The lines in the order of the region's own text, where that text holds the same
    lines in another order (the file lists a line where it was drawn, not where it is
    read: DTA's "des ſeyd Ihr Herr?" listed second, read last)."""
    wanted = [" ".join(t.split()) for t in text.split("\n") if t.strip()]
    have = [" ".join(marks.plain(ln.text).split()) for ln in lines]
    if wanted == have or sorted(wanted) != sorted(have):
        return lines
    pool: dict[str, list[ocr.OcrLine]] = {}
    for line, key in zip(lines, have, strict=True):
        pool.setdefault(key, []).append(line)
    return [pool[key].pop(0) for key in wanted]


def _table(el, conf: ocr.Confidence) -> ocr.Region | None:
    """A table region as a table: its text regions are the cells, placed by their
    TableCellRole (row, column, spans), else in rows by where they stand (a cell whose
    top is under every bottom of the row before begins a row), left to right."""
    cells = []
    for cell_el in el.iter():
        if ocr.local(cell_el) != "TextRegion":
            continue
        region = _region(cell_el, conf)
        text = "\n".join(ln.text for ln in region.lines) if region is not None else ""
        cells.append((cell_el, text))
    if not cells:
        return None
    roles = [_cell_role(c) for c, _ in cells]
    if all(r is not None for r in roles):
        rows = _rows_by_role([(text, role) for (_, text), role in zip(cells, roles, strict=True)
                              if role is not None])
    else:
        boxes = [(_box(c), text) for c, text in cells]
        placed = [(box, text) for box, text in boxes if box is not None]
        rows = _rows_by_place(placed) if len(placed) == len(boxes) else \
            [[tables.Cell(text)] for _, text in cells]
    made = tables.line("", rows)
    if made is None:
        return None
    return ocr.Region(ocr.TABLE, [ocr.OcrLine(el.sourceline or 1, marks.plain(made[0]))],
                      el.sourceline or 1, "table", table=made)


def _rows_by_role(cells: list[tuple[str, tuple[int, int, int, int]]]) -> list[list[tables.Cell]]:
    grid: dict[int, dict[int, tuple[str, int, int]]] = {}
    for text, (row, col, rspan, cspan) in cells:
        taken = grid.setdefault(row, {}).get(col)
        if taken is not None:        # two cells at one place: one cell of both texts
            text = "\n".join(t for t in (taken[0], text) if t)
            rspan, cspan = taken[1], taken[2]
        grid[row][col] = (text, rspan, cspan)
    return [[tables.Cell(text, False, cspan, rspan)
             for _, (text, rspan, cspan) in sorted(grid[row].items())] for row in sorted(grid)]


Box = tuple[float, float, float, float]      # left, top, right, bottom


def _rows_by_place(cells: list[tuple[Box, str]]) -> list[list[tables.Cell]]:
    rows: list[list[tables.Cell]] = []
    current: list[tuple[Box, str]] = []
    for box, text in sorted(cells, key=lambda c: (c[0][1], c[0][0])):
        if current and box[1] >= min(b[3] for b, _ in current):
            rows.append([tables.Cell(t) for _, t in sorted(current, key=lambda c: c[0][0])])
            current = []
        current.append((box, text))
    rows.append([tables.Cell(t) for _, t in sorted(current, key=lambda c: c[0][0])])
    return rows


def _cell_role(el) -> tuple[int, int, int, int] | None:
    for roles in el:
        if ocr.local(roles) != "Roles":
            continue
        for role in roles:
            if ocr.local(role) == "TableCellRole":
                try:
                    return (int(role.get("rowIndex", "")), int(role.get("columnIndex", "")),
                            int(role.get("rowSpan") or 1), int(role.get("colSpan") or 1))
                except ValueError:
                    return None
    return None


def _box(el) -> Box | None:
    coords = next((c for c in el if ocr.local(c) == "Coords"), None)
    points = []
    for pair in (coords.get("points") or "").split() if coords is not None else []:
        x, _, y = pair.partition(",")
        px, py = ocr.number(x), ocr.number(y)
        if px is not None and py is not None:
            points.append((px, py))
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _type(el) -> str:
    kind = el.get("type") or ""
    if not kind:
        for m in CUSTOM.finditer(el.get("custom") or ""):
            if m.group("tag") == "structure":
                props = _props(m.group("body"))
                kind = props.get("type", "")
    return kind.strip()


def _equiv(el):
    """An element's text (of several TextEquiv, the one with the lowest index) and the
    Unicode element that holds it."""
    best = None
    for te in el:
        if ocr.local(te) != "TextEquiv":
            continue
        if best is None or _index(te.get("index")) < _index(best.get("index")):
            best = te
    if best is None:
        return None, None
    unicode = next((u for u in best if ocr.local(u) == "Unicode"), None)
    if unicode is None:
        return None, None
    return "".join(unicode.itertext()), unicode


def _line(el, region_rends: tuple[str, ...], conf: ocr.Confidence) -> ocr.OcrLine | None:
    text, _ = _equiv(el)
    words = [w for w in el if ocr.local(w) == "Word"]
    word_texts = []
    for word in words:
        wtext, _ = _equiv(word)
        if wtext is None or not wtext.strip():
            wtext = "".join((_equiv(g)[0] or "") for g in word if ocr.local(g) == "Glyph")
        wtext = " ".join(wtext.split())
        if wtext:
            word_texts.append((wtext, word))
            te = next((t for t in word if ocr.local(t) == "TextEquiv"), None)
            conf.word(el.sourceline or 1, wtext, ocr.confidence(te.get("conf"))
                      if te is not None else None)
    if text is None or not text.strip():
        text = " ".join(t for t, _ in word_texts)
    text = " ".join(text.split())
    if not text:
        return None
    line_rends = _own_style(el) or region_rends
    ranges = _custom_styles(el.get("custom") or "")
    if ranges:
        rendered = _by_ranges(text, ranges, line_rends)
    elif word_texts and " ".join(t for t, _ in word_texts) == text and \
            any(_own_style(w) for _, w in word_texts):
        rendered = ocr.styled([(t, _own_style(w) or line_rends) for t, w in word_texts])
    else:
        rendered = ocr.styled([(text, line_rends)])
    top, bottom = _top_bottom(el)
    left, right = _top_bottom(el, 0)
    return ocr.OcrLine(el.sourceline or 1, rendered, top, bottom, left, right)


def _own_style(el) -> tuple[str, ...]:
    style = next((s for s in el if ocr.local(s) == "TextStyle"), None)
    if style is None:
        return ()
    return tuple(rend for attr, rend in STYLE_ATTRS.items()
                 if (style.get(attr) or "").casefold() in ("true", "1"))


def _props(body: str) -> dict[str, str]:
    out = {}
    for part in body.split(";"):
        key, sep, value = part.partition(":")
        if sep:
            out[key.strip()] = value.strip()
    return out


def _custom_styles(custom: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Transkribus's textStyle ranges on a line: (offset, length, rends)."""
    out = []
    for m in CUSTOM.finditer(custom):
        if m.group("tag") != "textStyle":
            continue
        props = _props(m.group("body"))
        rends = tuple(rend for attr, rend in STYLE_ATTRS.items()
                      if props.get(attr, "").casefold() == "true")
        try:
            offset, length = int(props.get("offset", "")), int(props.get("length", ""))
        except ValueError:
            continue
        if rends and length > 0 and offset >= 0:
            out.append((offset, length, rends))
    return out


def _by_ranges(text: str, ranges, base: tuple[str, ...]) -> str:
    rends: list[tuple[str, ...]] = [base] * len(text)
    for offset, length, found in ranges:
        for i in range(offset, min(len(text), offset + length)):
            rends[i] = tuple(dict.fromkeys(rends[i] + found))
    chunks: list[tuple[str, tuple[str, ...]]] = []
    for ch, rend in zip(text, rends, strict=True):
        if chunks and chunks[-1][1] == rend:
            chunks[-1] = (chunks[-1][0] + ch, rend)
        else:
            chunks.append((ch, rend))
    return ocr.styled(chunks, [""] * (len(chunks) - 1))


def _top_bottom(el, axis: int = 1) -> tuple[float | None, float | None]:
    """The element's top and bottom by its Coords (axis 0: its left and right edges)."""
    coords = next((c for c in el if ocr.local(c) == "Coords"), None)
    if coords is None:
        return None, None
    ys: list[float] = []
    points = coords.get("points") or ""
    for pair in points.split():
        value = ocr.number(pair.split(",")[axis] if "," in pair else None)
        if value is not None:
            ys.append(value)
    if not ys:               # PAGE 2009: Point children
        ys = [v for p in coords if ocr.local(p) == "Point"
              if (v := ocr.number(p.get("xy"[axis]))) is not None]
    return (min(ys), max(ys)) if ys else (None, None)

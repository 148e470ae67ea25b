"""A PDF with a text layer (born digital, or a scan that OCR gave one), read with pypdfium2
(PDFium, the PDF engine of Chromium: Apache-2.0 / BSD-3-Clause): each character with its
box, baseline, font size and font; formats.pdflayout makes the lines and their reading
order, this module what the lines are.

- Each page's lines in reading order (a column read to its foot before the next), parted
  into paragraphs by the space between lines and by indentation; a short line inside a
  paragraph is a line broken on purpose (an address, a verse, a signature), kept.
- A paragraph set larger than the text is a heading (its size ranks its level); one wholly
  bold at the text's size, short, not ending in a colon or a comma, a heading one level
  under them. Italic, bold, superscript and subscript are marks (``<hi>``).
- A page break per page: ``[Page N]`` with the number its running head or foot prints,
  when the numbers of two pages at least agree with their places; the running head and
  foot (the line at the page's top or foot that comes back, digits aside, at one height on
  other pages) are left out and reported.
- Notes at a page's foot (set smaller than the text, under it, each opening with its
  number or sign) whose numbers stand raised in that page's text are notes at their
  markers; a note's lines at the top of the next page's notes go on with it. Numbers that
  start again on each page are numbered through.
- A word hyphenated at a line's end stays so: the conventions join it (formats.lines).
- The document information's Title to the header; Author, Subject and Keywords to the
  source citation; CreationDate is when the file was made, never the document's date: kept
  as "file date". The catalogue's /Lang is the language.

A PDF with no text layer (a bare scan), an encrypted one and one that is not a readable
PDF are refused with one line; a page of images only among pages of text is reported.
"""
from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import suffix
from .html import GENERATOR_TITLE
from .lines import Lines
from .marks import HI
from .pdflayout import Box, Char, Row, Run, leading, paragraphs, reading_order, rows_of

NAME = "pdf"
MAX_PAGES = 100_000


def sniff(name: str, data: bytes) -> float:
    if data.startswith(b"%PDF-"):
        return 1.0
    return 0.9 if b"%PDF-" in data[:1024] and suffix(name) == ".pdf" else 0.0


@dataclass
class Page:
    index: int
    boxes: list[Box] = field(default_factory=list)
    images: bool = False
    number: str | None = None            # as printed
    paras: list[list[Row]] = field(default_factory=list)


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise fail(name, "the PDF is encrypted (it asks for a password); decrypt it first "
                       "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf)",
                       "pdf-encrypted", 1, 1) from None
        raise fail(name, "not a readable PDF (PDFium cannot open it: "
                   f"{str(exc).rstrip('.')})", "not-pdf", 1, 1) from None
    try:
        out = Lines()
        _metadata(doc, raw, out)
        pages = _pages(name, doc, raw, diags)
    finally:
        doc.close()
    if not any(page.boxes for page in pages):
        images = sum(page.images for page in pages)
        what = f"{len(pages)} page{'s' if len(pages) != 1 else ''}" + (
            f", {images} with images" if images else "")
        raise fail(name, f"the PDF ({what}) has no text layer; OCR it first (e.g. ocrmypdf)",
                   "pdf-no-text", 1, 1)
    _assemble(pages, out, diags)
    out.hints.rules.append("format-pdf")
    return out.source(name, "utf-8", diags)


# ----------------------------------------------------------------------------- the file

def _metadata(doc: Any, raw: Any, out: Lines) -> None:
    hints = out.hints
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except Exception:                      # (a broken Info dictionary: no hints)
        info = {}
    title = " ".join(GENERATOR_TITLE.sub("", info.get("Title", "")).split())
    if title and not re.fullmatch(r"(?i)untitled|document\d*|\S+\.\w{2,4}", title):
        hints.title = title
    for key, label in (("Author", "author"), ("Subject", "subject"), ("Keywords", "keywords")):
        value = " ".join(info.get(key, "").split())
        if value:
            hints.fields.append((label, value))
    m = re.match(r"(?:D:)?(\d{4})(\d\d)?(\d\d)?", info.get("CreationDate", ""))
    if m:                                  # the file's date, never the document's
        hints.fields.append(("file date", "-".join(g for g in m.groups() if g)))
    size = raw.FPDFCatalog_GetLanguage(doc, None, 0)
    if 2 < size <= 200:
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFCatalog_GetLanguage(doc, buffer, size)
        language = buffer.raw[:size - 2].decode("utf-16-le", "replace").strip()
        if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", language):
            hints.language = language


def _pages(name: str, doc: Any, raw: Any, diags: Collector) -> list[Page]:
    import pypdfium2 as pdfium
    pages = []
    for index in range(min(len(doc), MAX_PAGES)):
        page = Page(index)
        try:
            pdf_page = doc[index]
            textpage = pdf_page.get_textpage()
            chars = _chars(textpage, raw)
            page.images = any(True for _ in pdf_page.get_objects(
                filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4))
            textpage.close()
            pdf_page.close()
        except pdfium.PdfiumError as exc:
            diags.warn(f"page {index + 1} cannot be read ({exc}); its text is not in the "
                       "master", "pdf-page", 1, 1)
            pages.append(page)
            continue
        for k, frame in enumerate(_frames(chars)):
            rows = rows_of(frame)
            for row in rows:
                row.frame = k
            page.boxes.extend(reading_order(rows))
        pages.append(page)
    if len(doc) > MAX_PAGES:
        diags.warn(f"the PDF has {len(doc)} pages; the first {MAX_PAGES} are read",
                   "too-large", 1, 1)
    return pages


def _chars(textpage: Any, raw: Any) -> list[tuple[Char, float, float]]:
    """The page's characters (with their angles and origins) in the order the file draws
    them; the line ends PDFium adds are left out, its spaces between words kept. (A text
    object has one font, size and matrix: they are asked for once per object.)"""
    tp = textpage.raw if hasattr(textpage, "raw") else textpage
    count = raw.FPDFText_CountChars(tp)
    if count <= 0:
        return []
    utf16 = ctypes.create_string_buffer(2 * (count + 1))
    got = raw.FPDFText_GetText(tp, 0, count, ctypes.cast(utf16, ctypes.POINTER(ctypes.c_ushort)))
    units = utf16.raw[:2 * max(got - 1, 0)].decode("utf-16-le", "surrogatepass")
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    rect = raw.FS_RECTF()
    prect = ctypes.byref(rect)
    loose, origin, text_object = (raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin,
                                  raw.FPDFText_GetTextObject)
    styles: dict[int | None, tuple[bool, bool, float, float]] = {}
    out: list[tuple[Char, float, float]] = []
    for i, unit in enumerate(units):
        code = ord(unit)
        if code in (0x0D, 0x0A, 0) or 0xDC00 <= code < 0xE000:
            continue                  # (a low surrogate: read with its high one)
        text = unit
        if 0xD800 <= code < 0xDC00 and i + 1 < len(units):
            text = (unit + units[i + 1]).encode("utf-16-le", "surrogatepass").decode(
                "utf-16-le", "replace")
        # (the box the glyph's advance and the font's height make: a narrow glyph of a
        # typewriter's face stands in a box as wide as the others, so the gaps between
        # boxes are the spaces the file left, not the glyphs' side bearings)
        if not loose(tp, i, prect):
            continue
        origin(tp, i, px, py)
        obj = text_object(tp, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value if obj else None
        style = styles.get(key)
        if style is None:
            style = _style(tp, i, raw)
            styles[key] = style
        bold, italic, size, angle = style
        if size <= 0:
            size = max(rect.top - rect.bottom, 1.0)
        out.append((Char(text, rect.left, rect.bottom, rect.right, rect.top, y.value, size,
                         bold, italic), angle, x.value))
    return out


def _style(tp: Any, i: int, raw: Any) -> tuple[bool, bool, float, float]:
    """Bold, italic, size (in the page's units) and angle of character *i*'s text object."""
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(tp, i, buffer, 256, ctypes.byref(flags))
    font = buffer.value.decode("latin-1", "replace").split("+")[-1]
    weight = raw.FPDFText_GetFontWeight(tp, i)
    bold = weight >= 600 or bool(flags.value & (1 << 18)) or bool(
        re.search(r"(?i)bold|black|heavy|semibold|demi|[-,]bd$", font))
    italic = bool(flags.value & 64) or bool(re.search(r"(?i)italic|oblique|slant|[-,]it$", font))
    scale = 1.0
    matrix = raw.FS_MATRIX()
    if raw.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix)):
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
    angle = raw.FPDFText_GetCharAngle(tp, i)
    return bold, italic, raw.FPDFText_GetFontSize(tp, i) * scale, angle if angle >= 0 else 0.0


def _frames(chars: list[tuple[Char, float, float]]) -> list[list[Char]]:
    """The characters by the direction they run (a page turned on its side, a stamp or a
    margin's note set upright): each set turned so that its lines run left to right, the
    page's own direction first. (Which way a set runs, its letters say: one after another
    they go on to the right once it is turned the right way.)"""
    quarters: dict[int, list[tuple[Char, float]]] = {}
    for c, angle, origin_x in chars:
        quarter = round(angle / (math.pi / 2)) % 4
        quarters.setdefault(quarter, []).append((c, origin_x))
    frames = []
    for quarter in sorted(quarters, key=lambda q: (-len(quarters[q]), q)):
        if not quarter:
            frames.append([c for c, _ in quarters[quarter]])
            continue
        turned = [_turned(c, quarter, x) for c, x in quarters[quarter]]
        ahead = sum(1 if b.x0 > a.x0 else -1 for a, b in itertools.pairwise(turned)
                    if abs(a.base - b.base) < 0.3 * a.size and a.x0 != b.x0)
        if ahead < 0:
            turned = [_turned(c, (quarter + 2) % 4, x) for c, x in quarters[quarter]]
        frames.append(turned)
    return frames


def _turned(c: Char, quarter: int, origin_x: float) -> Char:
    """*c* in the frame of text turned by *quarter* quarter turns counter-clockwise."""
    def turn(x: float, y: float) -> tuple[float, float]:
        for _ in range(quarter):
            x, y = y, -x
        return x, y
    (ax, ay), (bx, by) = turn(c.x0, c.y0), turn(c.x1, c.y1)
    return Char(c.text, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by),
                turn(origin_x, c.base)[1], c.size, c.bold, c.italic)


# ----------------------------------------------------------------------------- the text

def _assemble(pages: list[Page], out: Lines, diags: Collector) -> None:
    number = 0
    for page in pages:
        for box in page.boxes:
            for row in box.rows:
                number += 1
                row.number = number
    text_pages = [p for p in pages if p.boxes]
    for page in pages:
        if not page.boxes and page.images and text_pages:
            diags.warn(f"page {page.index + 1} has no text layer (images only); OCR it for "
                       "its words", "pdf-page-no-text", 1, 1)
    body = _body_size(pages)
    _margin_numbers(pages, out)
    _furniture(pages, out)
    lead = leading([page.boxes for page in pages])
    for page in pages:
        for box in page.boxes:
            paras, broken = paragraphs(box, lead)
            page.paras.extend(paras)
            out.hints.broken_lines.update(broken)
    notes = _notes(pages, body, out, diags)
    levels = _heading_levels(pages, body)
    for page in pages:
        first = page.paras[0][0].number if page.paras else (
            out.numbers[-1] if out.numbers else 1)
        if page.number is not None:
            out.block([(first, f"[Page {page.number}]", "")])
        elif len(pages) > 1:
            out.block([(first, "[Page]", "")])
        for para in page.paras:
            kind = levels.get(id(para), "")
            out.block([(row.number, _text(row.runs, plain_bold=bool(kind)), kind)
                       for row in para])
    for key, rows in notes:
        lines = [(row.number, _text(runs), "note") for row, runs in rows]
        lines[0] = (lines[0][0], f"[{key}] {lines[0][1]}", "note")
        out.block(lines)


def _text(runs: list[Run], plain_bold: bool = False) -> str:
    """A line's runs as text with marks, nested as the styles run on (bold over italic over
    a superscript: "<b>Nff<i>HpiD</i></b>" is one word); a note's marker as [n]; a
    heading's bold is its being a heading, not marked."""
    parts: list[str] = []
    stack: list[str] = []
    for run in runs:
        want = [] if run.pos == "note" else [
            rend for rend, on in (("bold", run.bold and not plain_bold),
                                  ("italic", run.italic), ("sup", run.pos == "sup"),
                                  ("sub", run.pos == "sub")) if on]
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        parts.extend(HI[rend][1] for rend in reversed(stack[keep:]))
        parts.extend(HI[rend][0] for rend in want[keep:])
        stack = want
        parts.append(f"[{run.text}]" if run.pos == "note" else run.text)
    parts.extend(HI[rend][1] for rend in reversed(stack))
    return "".join(parts)


def _body_size(pages: list[Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for box in page.boxes:
            for row in box.rows:
                sizes[round(row.size, 1)] += len(row.text)
    if not sizes:
        return 10.0
    # the size most of the text is set in; of two sizes that hold much of it (a short text
    # over long notes), the larger: notes are set smaller than their text
    most = max(sizes.values())
    return max(s for s, n in sizes.items() if n >= 0.5 * most)


# ----------------------------------------------------------------------------- furniture

def _margin_numbers(pages: list[Page], out: Lines) -> None:
    """A column of line numbers in the page's margin (a transcript's 1 to 25, a statute's
    5, 10, 15): five numbers alone at least, rising down the page by one step, each outside
    the text's width; left out and reported."""
    for page in pages:
        rows = [r for box in page.boxes for r in box.rows]
        lone = [r for r in rows if r.text.strip().isdigit() and len(r.text.strip()) <= 4]
        if len(lone) < 5:
            continue
        lone_ids = {id(r) for r in lone}
        text = [r for r in rows if id(r) not in lone_ids]
        if not text:
            continue
        left, right = min(r.x0 for r in text), max(r.x1 for r in text)
        for side in ([r for r in lone if r.x1 <= left], [r for r in lone if r.x0 >= right]):
            side.sort(key=lambda r: -r.base)
            values = [int(r.text) for r in side]
            steps = {b - a for a, b in itertools.pairwise(values)}
            if len(side) < 5 or len(steps) != 1 or steps.pop() not in (1, 5, 10):
                continue
            ids = {id(r) for r in side}
            for box in page.boxes:
                box.keep([r for r in box.rows if id(r) not in ids])
            page.boxes = [box for box in page.boxes if box.rows]
            out.leave_out(side[0].number, side[-1].number, " ".join(map(str, values)),
                          f"line numbers in the margin of page {page.index + 1} (layout)",
                          "line-numbers")
            if "pdf-line-numbers" not in out.hints.rules:
                out.hints.rules.append("pdf-line-numbers")


NUMBER_TOKEN = re.compile(r"(?<![\w.,/])([1-9]\d{0,5}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?![\w/])")
DIGITS = re.compile(r"\d+")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman(text: str) -> int | None:
    low = text.casefold()
    if not re.fullmatch(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", low):
        return None
    total = 0
    for a, b in zip(low, low[1:] + " ", strict=True):
        value = ROMAN[a]
        total += -value if b != " " and ROMAN[b] > value else value
    return total or None


def _key(text: str) -> str:
    """A running line's words with its numbers in any figures made one sign."""
    words = DIGITS.sub("#", " ".join(text.split()).casefold())
    bare = words.strip(" -–—.()[]")
    if _roman(bare) or re.fullmatch(r"(?:page|p\.|pg\.?|s\.|seite|página|pagina)?\s*#", bare):
        return "#"
    return words


def _bands(page: Page) -> list[tuple[str, list[Row]]]:
    """The page's top line and its foot line (with what stands beside each at its height)."""
    rows = [row for box in page.boxes for row in box.rows if row.frame == 0]
    if len(rows) < 2:
        return []
    high = max(rows, key=lambda r: r.base)
    low = min(rows, key=lambda r: r.base)
    head = sorted((r for r in rows if abs(r.base - high.base) <= 0.3 * high.size),
                  key=lambda r: r.x0)
    foot = sorted((r for r in rows if abs(r.base - low.base) <= 0.3 * low.size),
                  key=lambda r: r.x0)
    return [("head", head)] + ([("foot", foot)] if all(r is not foot[0] for r in head)
                                else [])


def _furniture(pages: list[Page], out: Lines) -> None:
    """Running heads and feet left out and reported; their page numbers number the pages
    (see the module's comment). A number alone in the page's margin (three ems at least
    from the text) is the page's number, on one page too."""
    found: list[tuple[Page, str, list[Row], str]] = []
    bands = {page.index: _bands(page) for page in pages}
    numbers: dict[int, list[tuple[str, int, bool, bool]]] = {}
    for page in pages:
        for where, rows in bands[page.index]:
            text = " ".join(r.text for r in rows)
            if len(text) > 150:
                continue
            key = _key(text)
            base = rows[0].base
            same = sum(1 for other in pages for w, o in bands[other.index]
                       if w == where and _key(" ".join(r.text for r in o)) == key
                       and abs(o[0].base - base) <= 2 * rows[0].size)
            if key == "#" and _apart(page, rows):
                found.append((page, where, rows, text))
                page.number = NUMBER_TOKEN.search(text).group()     # type: ignore[union-attr]
            elif len(pages) > 1 and same >= max(2, (len(pages) - 1) // 2):
                found.append((page, where, rows, text))
                tokens = list(NUMBER_TOKEN.finditer(text))
                for m in tokens:
                    token = m.group()
                    value = int(token) if token.isdigit() else _roman(token)
                    if value:           # (at an end of the line: where a page's number is)
                        numbers.setdefault(page.index, []).append((
                            token, value, token.isdigit(), m in (tokens[0], tokens[-1])))
    upright = [(page, row) for page in pages for box in page.boxes for row in box.rows
               if row.frame]
    keys = Counter(_key(row.text) for _, row in upright)
    for page, row in upright:     # a line set upright in the margin of every page
        if len(pages) > 1 and keys[_key(row.text)] >= max(2, (len(pages) - 1) // 2):
            found.append((page, "margin", [row], row.text))
    for arabic, edge in ((True, True), (True, False), (False, True), (False, False)):
        # the difference between the printed number and the page's place that most pages
        # agree on (half of those with numbers, two at least): the page numbers; a number
        # at an end of its line first
        votes: Counter[int] = Counter()
        for index, candidates in numbers.items():
            votes.update({value - index for _, value, a, e in candidates
                          if a == arabic and (e or not edge)})
        if not votes:
            continue
        offset, count = max(votes.items(), key=lambda kv: (kv[1], -abs(kv[0])))
        if count < max(2, len(numbers) // 2 if arabic else 2):
            continue
        for index, candidates in numbers.items():
            printed = next((t for t, value, a, e in candidates
                            if a == arabic and value - index == offset), None)
            if printed is not None and pages[index].number is None:
                pages[index].number = printed
        if arabic:
            _numbered_heads(pages, bands, offset, found)
    for page, where, rows, text in found:
        ids = {id(r) for r in rows}
        for box in page.boxes:
            box.keep([r for r in box.rows if id(r) not in ids])
        page.boxes = [box for box in page.boxes if box.rows]
        lone = _key(text) == "#"
        at = f"{where.split()[0]} of page {page.index + 1}"
        reason = (f"page number at the {at}; it numbers the <pb/>" if lone
                  else f"a line set upright in the margin of page {page.index + 1} (printed "
                  "on every page)" if where == "margin"
                  else f"running {at}, with the number the other pages' running lines give "
                  "it; it numbers the <pb/>" if where.endswith(" numbered")
                  else f"running {at} (printed on every page)")
        out.leave_out(rows[0].number, rows[-1].number, text, reason,
                      "page-number" if lone else "running-head")
    if any(page.number for page in pages):
        out.hints.rules.append("pdf-page-numbers")


def _numbered_heads(pages: list[Page], bands: dict[int, list[tuple[str, list[Row]]]],
                    offset: int, found: list[tuple[Page, str, list[Row], str]]) -> None:
    """A page's top or foot line that does not come back (a chapter's title over its right-
    hand pages, the other pages' head the book's), short, with the number at one end that
    the other pages' running lines give this page: its running head, numbered."""
    for page in pages:
        if page.number is not None:
            continue
        for where, rows in bands[page.index]:
            text = " ".join(r.text for r in rows)
            tokens = list(NUMBER_TOKEN.finditer(text))
            if len(text) > 80 or not tokens:
                continue
            for m in {tokens[0], tokens[-1]}:
                if m.group().isdigit() and int(m.group()) - page.index == offset and \
                        m.group() != text.strip():
                    page.number = m.group()
                    found.append((page, where + " numbered", rows, text))
                    break
            if page.number is not None:
                break


def _apart(page: Page, band: list[Row]) -> bool:
    """The band stands in the page's margin: three of its ems from any other line."""
    ids = {id(r) for r in band}
    others = [r for box in page.boxes for r in box.rows if id(r) not in ids]
    return bool(others) and all(abs(r.base - band[0].base) >= 3 * band[0].size
                                for r in others)


# ----------------------------------------------------------------------------- notes

MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§¶]{1,3})$")
NOTE_START = re.compile(r"^\s*(\d{1,3}|[*†‡§¶]{1,3})[.)]?\s+(?=\S)")


def _notes(pages: list[Page], body: float, out: Lines,
           diags: Collector) -> list[tuple[str, list[tuple[Row, list[Run]]]]]:
    """Notes at the pages' feet, taken out of the pages; their markers in the text made
    ``[n]`` (see the module's comment)."""
    found: list[Entry] = []
    last: Entry | None = None             # the note the page before ended with
    waiting: dict[str, Run] = {}          # markers of the page before whose notes are not
    for page in pages:                    # yet found (a note run on to the next page's foot)
        feet = _feet(page, body)
        own = _markers([p for k, p in enumerate(page.paras) if k not in feet])
        markers = {**waiting, **own}
        taken: list[int] = []
        entries: list[Entry] = []
        for k in sorted(feet):
            para = page.paras[k]
            marker, runs = _note_start(para[0])
            if marker is not None and marker in markers:
                entries.append((marker, [(para[0], runs)], markers.pop(marker)))
            elif marker is None and entries and taken and taken[-1] == k - 1:
                entries[-1][1].append((para[0], para[0].runs))
            elif marker is None and not taken and last is not None:
                last[1].append((para[0], para[0].runs))     # a note going on over the turn
            else:
                continue                  # (small print of another kind: stays)
            for row in para[1:]:          # (notes one under another with no space between)
                marker, runs = _note_start(row)
                if marker is not None and marker in markers:
                    entries.append((marker, [(row, runs)], markers.pop(marker)))
                else:
                    target = entries[-1] if entries else last
                    if target is not None:
                        target[1].append((row, row.runs))
            taken.append(k)
        last = entries[-1] if entries and taken and taken[-1] == len(page.paras) - 1 \
            else None
        page.paras = [p for k, p in enumerate(page.paras) if k not in taken]
        found.extend(entries)
        waiting = {n: run for n, run in own.items() if n in markers}
    if not found:
        return []
    printed = [marker for marker, _, _ in found]
    through = len(set(printed)) < len(printed)
    if through:
        diags.info(f"the notes' numbers start again on each page; the {len(found)} notes are "
                   "numbered through the document", "pdf-notes-numbered", 1, 1)
    notes = []
    for k, (marker, rows, run) in enumerate(found, 1):
        key = str(k) if through else marker
        run.text, run.pos = key, "note"
        notes.append((key, rows))
    out.hints.rules.append("pdf-foot-notes")
    return notes


Entry = tuple[str, list[tuple[Row, list[Run]]], Run]     # marker, (row, runs)…, marker's run


def _feet(page: Page, body: float) -> set[int]:
    """The page's paragraphs in small print with no line of the text under them (the foot
    of the page, or of a column): where its notes stand."""
    small = {k for k, para in enumerate(page.paras) if _size(para) < 0.92 * body}
    text = [r for k, para in enumerate(page.paras) if k not in small for r in para
            if r.frame == 0]
    feet = set()
    for k in small:
        para = page.paras[k]
        x0, x1 = min(r.x0 for r in para), max(r.x1 for r in para)
        low = min(r.base for r in para)
        if para[0].frame == 0 and text and not any(
                r.base < low and min(x1, r.x1) - max(x0, r.x0) > 0 for r in text):
            feet.add(k)
    return feet


def _markers(paras: list[list[Row]]) -> dict[str, Run]:
    """The raised numbers and signs in the text, each the first time it stands."""
    markers: dict[str, Run] = {}
    for para in paras:
        for row in para:
            for run in row.runs:
                if run.pos == "sup" and MARKER.match(run.text.strip()) \
                        and run.text.strip() not in markers:
                    markers[run.text.strip()] = run
    return markers


def _size(para: list[Row]) -> float:
    return max(r.size for r in para)


def _note_start(row: Row) -> tuple[str | None, list[Run]]:
    """The note's number or sign that opens *row* (raised, or followed by a space, a full
    stop or a parenthesis), and the row's runs after it."""
    runs = row.runs
    if not runs:
        return None, runs
    first = runs[0]
    if first.pos == "sup" and MARKER.match(first.text.strip()):
        rest = [Run(r.text, r.bold, r.italic, r.pos) for r in runs[1:]]
        if rest:
            rest[0].text = rest[0].text.lstrip()
        return first.text.strip(), [r for r in rest if r.text]
    m = NOTE_START.match(first.text)
    if m:
        rest = [Run(first.text[m.end():], first.bold, first.italic, first.pos), *runs[1:]]
        return m.group(1), [r for r in rest if r.text]
    return None, runs


# ----------------------------------------------------------------------------- headings

def _heading_levels(pages: list[Page], body: float) -> dict[int, str]:
    """Paragraphs that are headings (see the module's comment) -> "h1".."h6"."""
    plain_text = sum(len(r.text) for p in pages for para in p.paras for r in para
                     if not r.bold)
    sized: dict[int, float] = {}
    bold: list[int] = []
    for page in pages:
        for para in page.paras:
            text = " ".join(r.text for r in para).strip()
            words = len(text.split())
            size = _size(para)
            if not words:
                continue
            if size >= 1.15 * body and len(para) <= 3 and words <= 30:
                sized[id(para)] = round(size, 0)
            elif abs(size - body) <= 0.1 * body and all(r.bold for r in para) \
                    and len(para) <= 2 and words <= 15 and text[-1:] not in ",;:" \
                    and plain_text > 3 * len(text):
                bold.append(id(para))
    ranks = sorted(set(sized.values()), reverse=True)
    levels = {key: f"h{min(6, ranks.index(size) + 1)}" for key, size in sized.items()}
    levels.update({key: f"h{min(6, len(ranks) + 1)}" for key in bold})
    return levels

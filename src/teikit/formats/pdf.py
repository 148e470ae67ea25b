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
- A word hyphenated at a line's end stays so: the conventions join it, as in any text.
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
from typing import Any

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import suffix
from .html import GENERATOR_TITLE
from .lines import Lines
from .marks import HI
from .pdflayout import Char, Run, leading, paragraphs, reading_order, rows_of
from .pdfpages import Page, foot_notes, furniture, margin_numbers, size_of

NAME = "pdf"
MAX_PAGES = 100_000


def sniff(name: str, data: bytes) -> float:
    if data.startswith(b"%PDF-"):
        return 1.0
    return 0.9 if b"%PDF-" in data[:1024] and suffix(name) == ".pdf" else 0.0


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
    try:
        size = raw.FPDFCatalog_GetLanguage(doc, None, 0)
    except (ctypes.ArgumentError, OSError):   # (a PDFium without it: no language hint)
        return
    if 2 < size <= 200:
        buffer = ctypes.create_string_buffer(size)
        raw.FPDFCatalog_GetLanguage(doc, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)),
                                    size)
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
        except (pdfium.PdfiumError, ctypes.ArgumentError, ValueError, OSError) as exc:
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
    margin_numbers(pages, out)
    furniture(pages, out)
    lead = leading([page.boxes for page in pages])
    for page in pages:
        for box in page.boxes:
            paras, broken = paragraphs(box, lead)
            page.paras.extend(paras)
            out.hints.broken_lines.update(broken)
    notes = foot_notes(pages, body, out, diags)
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
            size = size_of(para)
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

"""An OpenDocument text (.odt from LibreOffice or OpenOffice, or a flat .fodt): its
content.xml read with teikit's one safe XML parser, its meta.xml to the header.

Paragraphs and headings (``text:h``'s outline level) are blocks; lists are items; tables
are tables (spans kept, covered cells left out); a ``text:line-break`` ends a line (the
transcriber's, kept); ``text:s`` and ``text:tab`` are spaces. Emphasis comes from the
styles (automatic ones in content.xml, named ones in styles.xml, followed up their
parents): bold, italic, underline, strike-through, superscript, subscript and small
capitals are the marks the other formats make. Footnotes and endnotes (``text:note``) are
``[n]`` markers with their notes at the end. ``text:soft-page-break`` is where the editor's
own layout turned a page, never a page of the source: ignored. Left out and reported:
comments (``office:annotation``), tracked deletions, images, generated indexes (a table of
contents). meta.xml's title goes to the header, the creator and subject to the source
citation (its dates say when the file was saved, not when the document was written).

Why not a library: odfdo (Apache-2.0) and odfpy (unmaintained since 2020) both parse with
lxml's default parser (not teikit's hardened one) and read the whole package without
bounds; odfdo's text extraction puts notes at the end, not at their markers, and its style
objects still leave the walk over the tree to the caller. The walk is this module.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import marks, suffix, tables
from .docx import MAX_RATIO, MAX_UNPACKED
from .lines import Lines
from .packages import UNPACK_ERRORS

NAME = "odt"
MIMETYPE = b"application/vnd.oasis.opendocument.text"
NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
      "xlink": "http://www.w3.org/1999/xlink",
      "dc": "http://purl.org/dc/elements/1.1/",
      "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in (".odt", ".ott") and data.startswith(b"PK\x03\x04"):
        return 0.95
    if data.startswith(b"PK\x03\x04") and MIMETYPE in data[:200]:
        return 0.95
    head = data[:4096]
    if suffix(name) == ".fodt" or (b"<office:document" in head and MIMETYPE in head):
        return 0.95
    return 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    from .. import safexml
    parts = _parts(name, data)
    out = Lines()
    try:
        content = safexml.parse_bytes(parts["content"], name).root
        styles = safexml.parse_bytes(parts["styles"], name).root if parts.get("styles") \
            else None
        meta = safexml.parse_bytes(parts["meta"], name).root if parts.get("meta") else None
    except Exception as exc:
        raise fail(name, f"not a readable OpenDocument text ({exc})", "not-odt") from None
    walker = _Walker(out, _Styles([content, styles]))
    _meta(meta if meta is not None else content, out)
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise fail(name, "not an OpenDocument text: no office:text in its body", "not-odt")
    walker.blocks(body)
    walker.end()
    return out.source(name, "utf-8", diags)


def _parts(name: str, data: bytes) -> dict[str, bytes]:
    """content.xml, styles.xml and meta.xml of the package (or the flat file, all three in
    one); the package is checked first: a zip bomb is refused before it is unpacked."""
    if not data.startswith(b"PK\x03\x04"):
        return {"content": data}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
            unpacked = sum(info.file_size for info in infos)
            packed = max(sum(info.compress_size for info in infos), 1)
            if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed + 1024 * 1024:
                raise fail(name, f"the OpenDocument package unpacks to {unpacked} bytes from "
                           f"{len(data)}; refused as a zip bomb", "too-large")
            if "content.xml" not in names:
                raise fail(name, "not an OpenDocument text: the package has no content.xml",
                           "not-odt")
            return {part: package.read(f"{part}.xml") for part in ("content", "styles", "meta")
                    if f"{part}.xml" in names}
    except UNPACK_ERRORS:
        raise fail(name, "not an OpenDocument text: the zip package cannot be read",
                   "not-odt") from None


def _meta(root: Any, out: Lines) -> None:
    """The title to the header; creator, subject, description and keywords to the source
    citation. dc:date and meta:creation-date say when the file was saved: kept as fields."""
    meta = root.find(_q("office:meta")) if root.tag != _q("office:meta") else root
    if meta is None:
        return
    hints = out.hints
    for child in meta:
        if not isinstance(child.tag, str):
            continue
        value = " ".join("".join(child.itertext()).split())
        if not value:
            continue
        local = child.tag.split("}")[-1]
        if child.tag == _q("dc:title"):
            hints.title = hints.title or value
            hints.fields.append(("title", value))
        elif child.tag in (_q("dc:creator"), _q("meta:initial-creator")):
            hints.fields.append(("creator", value))
        elif child.tag in (_q("dc:subject"), _q("dc:description"), _q("meta:keyword")):
            hints.fields.append((local, value))
        elif child.tag == _q("dc:language"):
            hints.language = hints.language or value
        elif child.tag in (_q("dc:date"), _q("meta:creation-date")):
            hints.fields.append(("file date", value))
        elif child.tag == _q("meta:user-defined"):
            hints.fields.append((child.get(_q("meta:name"), "field"), value))


class _Styles:
    """Each style's emphasis (its own text properties over its parents')."""

    def __init__(self, roots: list[Any]) -> None:
        self.props: dict[tuple[str, str], dict[str, str]] = {}
        self.parent: dict[tuple[str, str], str] = {}
        self.numbered: dict[str, bool] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_q("style:style")):
                key = (style.get(_q("style:family"), ""), style.get(_q("style:name"), ""))
                props = style.find(_q("style:text-properties"))
                self.props[key] = dict(props.attrib) if props is not None else {}
                parent = style.get(_q("style:parent-style-name"))
                if parent:
                    self.parent[key] = parent
            for style in root.iter(_q("text:list-style")):
                first = next((c for c in style if isinstance(c.tag, str)), None)
                self.numbered[style.get(_q("style:name"), "")] = first is not None and \
                    first.tag == _q("text:list-level-style-number")
        self.cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def rends(self, family: str, name: str | None) -> tuple[str, ...]:
        if not name:
            return ()
        key = (family, name)
        if key not in self.cache:
            merged: dict[str, str] = {}
            chain, seen = [], set()
            while key in self.props and key not in seen:
                seen.add(key)
                chain.append(self.props[key])
                key = (family, self.parent[key]) if key in self.parent else ("", "")
            for props in reversed(chain):
                merged.update(props)
            self.cache[(family, name)] = _rends(merged)
        return self.cache[(family, name)]


def _rends(p: dict[str, str]) -> tuple[str, ...]:
    rends = []
    weight = p.get(_q("fo:font-weight"), "normal")
    if weight == "bold" or (weight.isdecimal() and int(weight) >= 600):
        rends.append("bold")
    if p.get(_q("fo:font-style")) in ("italic", "oblique"):
        rends.append("italic")
    if p.get(_q("style:text-underline-style"), "none") != "none":
        rends.append("underline")
    if p.get(_q("style:text-line-through-style"), "none") != "none":
        rends.append("strikethrough")
    position = p.get(_q("style:text-position"), "").split()
    if position and (position[0] == "super" or (re.match(r"^\d", position[0]) and
                     position[0] not in ("0", "0%"))):
        rends.append("sup")
    elif position and (position[0] == "sub" or position[0].startswith("-")):
        rends.append("sub")
    if p.get(_q("fo:font-variant")) == "small-caps":
        rends.append("smallcaps")
    return tuple(rends)


LEFT_OUT = {"office:annotation": ("a comment (not text of the document)", "format-markup"),
            "text:tracked-changes": ("tracked changes (a deletion's text is not in the "
                                     "document)", "format-markup"),
            "text:table-of-content": ("a table of contents the editor generated from the "
                                      "headings (not text of the source)", "format-markup"),
            "text:alphabetical-index": ("an index the editor generated", "format-markup"),
            "text:illustration-index": ("an index the editor generated", "format-markup"),
            "text:bibliography": ("a bibliography the editor generated", "format-markup")}
SILENT = {"text:soft-page-break", "text:bookmark", "text:bookmark-start", "text:bookmark-end",
          "text:reference-mark", "text:reference-mark-start", "text:reference-mark-end",
          "text:change-start", "text:change-end", "text:change", "office:annotation-end",
          "text:sequence-decls", "text:alphabetical-index-mark",
          "text:alphabetical-index-mark-start", "text:alphabetical-index-mark-end",
          "text:toc-mark", "text:toc-mark-start", "text:toc-mark-end", "office:forms",
          "text:variable-decls", "text:user-field-decls", "table:table-columns",
          "table:table-column", "text:note-citation"}
LEFT_OUT_Q = {_q(k): v for k, v in LEFT_OUT.items()}
SILENT_Q = {_q(k) for k in SILENT}


class _Walker:
    def __init__(self, out: Lines, styles: _Styles) -> None:
        self.out, self.styles = out, styles
        self.block_no = 0                  # the "line" of each block: its place in order
        self.notes: list[tuple[int, int, str]] = []

    def end(self) -> None:
        for line, number, text in self.notes:
            self.out.text_block(line, f"[{number}] {text}", "note")

    # ------------------------------------------------------------ blocks
    def blocks(self, parent: Any, kind: str = "", list_style: str = "",
               depth: int = 0) -> None:
        for el in parent:
            if not isinstance(el.tag, str):
                continue
            if el.tag in (_q("text:p"), _q("text:h")):
                self.paragraph(el, kind)
            elif el.tag == _q("text:list"):
                self.list(el, el.get(_q("text:style-name")) or list_style, depth + 1)
            elif el.tag == _q("table:table"):
                self.table(el)
            elif el.tag in LEFT_OUT_Q:
                self.left_out(el)
            elif el.tag in SILENT_Q:
                continue
            else:                  # text:section, a frame's text box, a change's region…
                self.blocks(el, kind, list_style, depth)

    def paragraph(self, el: Any, kind: str) -> None:
        self.block_no += 1
        if el.tag == _q("text:h"):
            level = el.get(_q("text:outline-level"), "1")
            kind = f"h{min(6, max(1, int(level)))}" if level.isdecimal() else "h1"
        text = self.inline(el, self.block_no)
        if el.tag == _q("text:p") and marks.plain(text).strip():
            # a paragraph's style set as a whole (an italic quotation) is its emphasis
            for rend in self.styles.rends("paragraph", el.get(_q("text:style-name"))):
                text = marks.hi(rend, text)
        lines = text.split("\n")
        if len(lines) > 1:       # the transcriber's line breaks: kept, never joined
            self.out.hints.broken_lines.add(self.block_no)
        rows = []
        carry: list[str] = []
        for line in lines:
            if marks.plain(line).strip():
                line, carry = marks.balance(line, carry)
                rows.append((self.block_no, line, kind))
            elif rows:
                self.out.block(rows)
                rows, carry = [], []
        self.out.block(rows)

    def list(self, el: Any, style: str, depth: int) -> None:
        numbered = self.styles.numbered.get(style, False)
        count = int(el.get(_q("text:start-value"), "1") or 1) - 1 \
            if (el.get(_q("text:start-value"), "1") or "1").isdecimal() else 0
        for item in el:
            if item.tag not in (_q("text:list-item"), _q("text:list-header")):
                continue
            count += 1
            first = True
            for child in item:
                if not isinstance(child.tag, str):
                    continue
                if first and numbered and child.tag == _q("text:p"):
                    self.block_no += 1
                    text = self.inline(child, self.block_no)
                    self.out.block([(self.block_no, f"{count}. {' '.join(text.split())}",
                                     "item")])
                elif child.tag == _q("text:list"):
                    self.list(child, child.get(_q("text:style-name")) or style, depth + 1)
                else:
                    self.blocks([child], "item", style, depth)
                first = False

    def table(self, el: Any) -> None:
        self.block_no += 1
        line = self.block_no
        rows: list[list[tables.Cell]] = []
        for row, header in self._rows(el, False):
            cells = []
            for cell in row:
                if cell.tag != _q("table:table-cell"):
                    continue                     # a covered cell: under a span
                text = "\n".join(self.inline(p, line) for p in cell
                                 if p.tag in (_q("text:p"), _q("text:h")))
                for sub in cell.iter(_q("text:list")):
                    text += "\n" + "\n".join(self.inline(p, line) for p in sub.iter(_q("text:p")))
                cells.append(tables.Cell(marks.balance(text.strip("\n"), [])[0], header,
                                         tables.span_value(cell.get(
                                             _q("table:number-columns-spanned"))),
                                         tables.span_value(cell.get(
                                             _q("table:number-rows-spanned")))))
            rows.append(cells)
        caption = ""
        made = tables.line(caption, rows)
        if made is not None:
            self.out.block([(line, made[0], made[1])])

    def _rows(self, el: Any, header: bool):
        for child in el:
            if child.tag == _q("table:table-row"):
                yield list(child), header
            elif child.tag == _q("table:table-header-rows"):
                yield from self._rows(child, True)
            elif child.tag in (_q("table:table-rows"), _q("table:table-row-group")):
                yield from self._rows(child, header)

    def left_out(self, el: Any) -> None:
        reason, code = LEFT_OUT_Q[el.tag]
        text = " ".join("".join(el.itertext()).split())
        if text:
            self.out.leave_out(self.block_no or 1, self.block_no or 1, text, reason, code)

    # ------------------------------------------------------------ inline
    def inline(self, el: Any, line: int) -> str:
        parts: list[str] = [el.text or ""]
        for child in el:
            if isinstance(child.tag, str):
                parts.append(self._child(child, line))
            parts.append(child.tail or "")
        text = "".join(parts)
        return text

    def _child(self, el: Any, line: int) -> str:
        tag = el.tag
        if tag == _q("text:span"):
            text = self.inline(el, line)
            for rend in self.styles.rends("text", el.get(_q("text:style-name"))):
                text = marks.hi(rend, text)
            return text
        if tag == _q("text:line-break"):
            return "\n"
        if tag == _q("text:s"):
            count = el.get(_q("text:c"), "1")
            return " " * min(int(count), 100) if count.isdecimal() else " "
        if tag == _q("text:tab"):
            return "\t"
        if tag == _q("text:a"):
            text = self.inline(el, line)
            href = el.get(_q("xlink:href"), "")
            return marks.ref(href, text) if re.match(r"(?i)(?:https?|ftp|mailto):", href) \
                else text
        if tag == _q("text:note"):
            return self._note(el, line)
        if tag in LEFT_OUT_Q:
            self.left_out(el)
            return ""
        if tag in SILENT_Q:
            return ""
        if tag == _q("draw:frame") or tag == _q("draw:image"):
            boxes = [self.inline(p, line) for p in el.iter(_q("text:p"))]
            title = " ".join("".join(t.itertext()) for t in el.iter(
                f"{{{NS['draw']}}}title", f"{{{NS['draw']}}}desc", "{urn:oasis:names:tc:"
                "opendocument:xmlns:svg-compatible:1.0}title", "{urn:oasis:names:tc:"
                "opendocument:xmlns:svg-compatible:1.0}desc"))
            if not boxes:
                self.out.leave_out(line, line, f"image {el.get(_q('draw:name'), '')} "
                                   f"{title}".strip(), "an image (not text)", "image")
            return "\n".join(b for b in boxes if b.strip())
        if tag in (_q("text:p"), _q("text:h"), _q("text:list"), _q("text:list-item")):
            return "\n" + self.inline(el, line) if tag != _q("text:list") else \
                "\n".join(self.inline(p, line) for p in el.iter(_q("text:p")))
        return self.inline(el, line)       # fields (a date, a page count), ruby, meta…

    def _note(self, el: Any, line: int) -> str:
        number = len(self.notes) + 1
        body = el.find(_q("text:note-body"))
        text = " ".join(self.inline(p, line) for p in (body if body is not None else [])
                        if isinstance(p.tag, str))
        text = " ".join(text.split())       # a footnote and an endnote alike: at the marker
        self.notes.append((line, number, marks.balance(text, [])[0]))
        return f"[{number}]"

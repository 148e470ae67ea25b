"""ALTO XML (Analyzed Layout and Text Object: the Library of Congress's Chronicling America,
Europeana Newspapers, Gallica, Delpher, Trove; ABBYY, docWorks, tesseract, Transkribus and
OCR-D write it), every version from CCS's 1.x to LoC's 4.x, read with teikit's safe XML
parser.

Each ``Page`` is a page (``PRINTED_IMG_NR``, else ``PHYSICAL_IMG_NR``, its number; the
file's ``sourceImageInformation/fileName`` its image when the file holds one page); each
``TextBlock`` in ``PrintSpace`` a block, in the file's order; each ``TextLine`` a line of
its ``String`` s. A block in ``TopMargin`` or ``BottomMargin`` is a running head or foot
(left out and reported; a page number alone there is the page's number), one in
``LeftMargin`` or ``RightMargin`` a margin note (see formats.ocr).

Words: the ``SP`` elements part them, where the file writes them (``String`` s with none
between are one word, cut by a change of type); a file without any ``SP`` parts every two
``String`` s, but punctuation set close against the word before (``Stük`` ``.``, the one
touching the other) is glued to it. A word hyphenated at the line end (``SUBS_TYPE``
``HypPart1`` / ``HypPart2``) is the whole word of its ``SUBS_CONTENT`` where the first part
stands (reported); a ``HYP`` without it keeps its hyphen, for the layout rules to join.
Emphasis: ``FONTSTYLE`` (bold, italics, underline, superscript, subscript, smallcaps) of
the ``TextStyle`` a ``String`` refers to (else its line's, else its block's), or its own
``STYLE``. ``WC``, the word's confidence, only counts for the report (formats.ocr).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import ocr
from .lines import Lines

NAME = "alto"
FONTSTYLES = {"bold": "bold", "italics": "italic", "italic": "italic", "underline": "underline",
              "superscript": "sup", "subscript": "sub", "smallcaps": "smallcaps"}
MARGINS = {"TopMargin": (ocr.RUNNING, "header"), "BottomMargin": (ocr.RUNNING, "footer"),
           "LeftMargin": (ocr.MARGIN, "LeftMargin"), "RightMargin": (ocr.MARGIN, "RightMargin")}
# punctuation that a word carries on its right, or on its left
CLOSING = re.compile(r"^[.,;:!?)\]}\u00bb\u201d\u2019'\"\u2026\-\u00ac\u2e17=]+$")
OPENING = re.compile(r"^[(\[{\u00ab\u201e\u201c\u2018]+$")


def sniff(name: str, data: bytes) -> float:
    tag, attrs = ocr.root_of(data)
    if tag == "alto" and ("alto" in attrs.casefold() or "xmlns=" not in attrs):
        return 0.95
    return 0.0


@dataclass
class _Word:
    text: str
    rends: tuple[str, ...]
    space: bool            # parted from the word before
    hyp1: str | None = None          # SUBS_CONTENT of a word's first part
    hyp2: str | None = None          # SUBS_CONTENT of its second part
    hyphen: str = ""                 # the HYP after it


@dataclass
class _Line:
    number: int
    words: list[_Word]
    top: float | None
    bottom: float | None
    left: float | None = None
    right: float | None = None


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    root = ocr.parse(name, data, diags)
    if ocr.local(root) != "alto":
        raise fail(name, f"not an ALTO file: its root element is <{ocr.local(root)}>, not "
                   "<alto>", "not-alto", root.sourceline)
    styles = _styles(root)
    spaced = any(ocr.local(el) == "SP" for el in root.iter())
    image = next((" ".join((el.text or "").split()) for el in root.iter()
                  if ocr.local(el) == "fileName"), "")
    conf = ocr.Confidence()
    pages: list[tuple[ocr.Page, list[tuple[ocr.Region, list[_Line]]]]] = []
    layout_pages = [el for el in root.iter() if ocr.local(el) == "Page"]
    for el in layout_pages:
        page = ocr.Page(el.sourceline or 1, n=el.get("PRINTED_IMG_NR", "").strip(),
                        image=image if len(layout_pages) == 1 else "",
                        physical=el.get("PHYSICAL_IMG_NR", "").strip())
        regions: list[tuple[ocr.Region, list[_Line]]] = []
        for part in el:
            kind, label = MARGINS.get(ocr.local(part), (ocr.TEXT, ""))
            for block in _blocks(part):
                lines = [_line(ln, styles, spaced, conf) for ln in block.iter()
                         if ocr.local(ln) == "TextLine"]
                region = ocr.Region(kind, [], block.sourceline or page.number, label,
                                    top=ocr.number(block.get("VPOS")))
                regions.append((region, [ln for ln in lines if ln.words]))
        pages.append((page, regions))
    out = Lines()
    _join_hyphenated([ln for _, regions in pages for _, lines in regions for ln in lines], diags,
                     out)
    for page, regions in pages:
        for region, lines in regions:
            region.lines = [ocr.OcrLine(ln.number, _text(ln.words), ln.top, ln.bottom, ln.left,
                                        ln.right) for ln in lines if ln.words]
            if region.lines:
                if region.kind == ocr.RUNNING and ocr.page_number(ocr._plain_text(region)):
                    region.kind, region.label = ocr.PAGE_NUMBER, "page-number"
                page.regions.append(region)
    return ocr.emit(name, [p for p, _ in pages], out, diags, conf)


def _blocks(parent):
    """The text blocks of a page's part, in the file's order (inside composed blocks too)."""
    for el in parent:
        tag = ocr.local(el)
        if tag == "TextBlock":
            yield el
        elif tag == "ComposedBlock":
            yield from _blocks(el)


def _styles(root) -> dict[str, tuple[str, ...]]:
    """Each TextStyle's emphasis, by its ID."""
    out: dict[str, tuple[str, ...]] = {}
    for el in root.iter():
        if ocr.local(el) == "TextStyle" and el.get("ID"):
            out[el.get("ID")] = _rends(el.get("FONTSTYLE", ""))
    return out


def _rends(fontstyle: str) -> tuple[str, ...]:
    found = [FONTSTYLES[w] for w in fontstyle.casefold().replace(",", " ").split()
             if w in FONTSTYLES]
    return tuple(sorted(set(found), key=found.index))


def _style_of(el, styles: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The emphasis an element's own STYLE or STYLEREFS give (None: it gives none)."""
    if el.get("STYLE"):
        return _rends(el.get("STYLE"))
    refs = [r for r in (el.get("STYLEREFS") or "").split() if r in styles]
    if refs:
        return tuple(r for ref in refs for r in styles[ref])
    return None


def _line(el, styles: dict[str, tuple[str, ...]], spaced: bool, conf: ocr.Confidence) -> _Line:
    block = el.getparent()
    inherited = _style_of(el, styles)
    if inherited is None and block is not None:
        inherited = _style_of(block, styles)
    words: list[_Word] = []
    gap = False
    end: float | None = None
    for child in el:
        tag = ocr.local(child)
        if tag == "SP":
            gap = True
        elif tag == "HYP" and words:
            words[-1].hyphen = child.get("CONTENT") or "-"
        elif tag == "String":
            text = child.get("CONTENT") or ""
            if not text.strip():
                gap = True
                continue
            text = " ".join(text.split())
            start = ocr.number(child.get("HPOS"))
            width = ocr.number(child.get("WIDTH"))
            if spaced:
                space = gap
            else:         # no SP in the file: punctuation set against a word is glued to it
                touching = start is not None and end is not None and start <= end
                space = not (touching and words and (CLOSING.match(text) or
                                                     OPENING.match(words[-1].text)))
            rends = _style_of(child, styles)
            kind = (child.get("SUBS_TYPE") or "").casefold()
            subs = child.get("SUBS_CONTENT")
            words.append(_Word(text, rends if rends is not None else inherited or (),
                               bool(words) and space,
                               hyp1=subs if kind == "hyppart1" and subs else None,
                               hyp2=subs if kind == "hyppart2" and subs else None))
            conf.word(el.sourceline or 1, text, ocr.confidence(child.get("WC")))
            end = start + width if start is not None and width is not None else None
            gap = False
    top, height = ocr.number(el.get("VPOS")), ocr.number(el.get("HEIGHT"))
    left, width = ocr.number(el.get("HPOS")), ocr.number(el.get("WIDTH"))
    return _Line(el.sourceline or 1, words, top,
                 top + height if top is not None and height is not None else None, left,
                 left + width if left is not None and width is not None else None)


def _join_hyphenated(lines: list[_Line], diags: Collector, out: Lines) -> None:
    """A word's two parts (HypPart1 at a line's end, HypPart2 at the next line's start, the
    same SUBS_CONTENT) are the whole word where the first part stands."""
    for k, line in enumerate(lines):
        if not line.words or line.words[-1].hyp1 is None or k + 1 >= len(lines):
            continue
        first = line.words[-1]
        after = lines[k + 1]
        if not after.words or after.words[0].hyp2 != first.hyp1:
            continue
        whole = " ".join((first.hyp1 or "").split())
        if not whole or " " in whole:
            continue
        first.text, first.hyphen, first.hyp1 = whole, "", None
        del after.words[0]
        if after.words:
            after.words[0].space = False
        diags.info(f"word hyphenated at the line end joined (\u201c{whole}\u201d, as the "
                   "file gives it whole)", "dehyphenated", line.number, 1)
        if "ocr-hyphenation" not in out.hints.rules:
            out.hints.rules.append("ocr-hyphenation")


def _text(words: list[_Word]) -> str:
    return ocr.styled([(w.text + w.hyphen, w.rends) for w in words],
                      [" " if w.space else "" for w in words[1:]])


"""hOCR (OCR results as HTML: tesseract, OCRopus and ocropy, kraken, Calamari, ABBYY's and
Google's converters), read with lxml's HTML parser as a saved web page is (no DTD, entity
or network access; lenient: hOCR is HTML, and many files that declare XHTML are not
well-formed XML).

Each ``ocr_page`` is a page (its ``lpageno``, the number printed on it, else the text of
its ``ocr_pageno``, its number: ``ppageno`` counts the physical pages from the cover, 0,
and is no page number; its ``image`` the page's image). Its lines (``ocr_line``, ``ocrx_line``,
and tesseract's ``ocr_caption``, ``ocr_textfloat`` and ``ocr_header`` lines) are grouped
into blocks by the paragraph, content area or float that holds them (``ocr_par``,
``ocr_carea``, ``ocrx_block``); a line's text is its ``ocrx_word`` s (else its own text),
without the alternatives an engine lists (``ocrx_cinfo`` choices, an ``alternatives``'
``del``). A block in an HTML heading (``<h3>``), or whose lines are all tesseract's
``ocr_header`` lines (its heading text), is a heading; a block in an ``ocr_header`` or
``ocr_footer`` float (the page's running head and foot) or ``ocr_pageno`` is page furniture,
left out and reported (see formats.ocr). Emphasis: ``<strong>``/``<b>``, ``<em>``/``<i>``,
``<sup>``, ``<sub>``, ``<u>`` in a word (tesseract's font information). ``x_wconf``, the
word's confidence, only counts for the report.
"""
from __future__ import annotations

import re

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import marks, ocr, suffix
from .lines import Lines

NAME = "hocr"
OCR_PAGE = re.compile(rb"""class\s*=\s*["'][^"']*\bocr_page\b""")
LINE_CLASSES = {"ocr_line", "ocrx_line", "ocr_caption", "ocr_textfloat", "ocr_header"}
BLOCK_CLASSES = {"ocr_par", "ocr_carea", "ocrx_block", "ocr_float", "ocr_textfloat",
                 "ocr_header", "ocr_footer", "ocr_pageno", "ocr_table", "ocr_caption",
                 "ocr_blockquote", "ocr_display"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
HI_TAGS = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "sup": "sup",
           "sub": "sub", "u": "underline"}


def sniff(name: str, data: bytes) -> float:
    if OCR_PAGE.search(data[:65536]):
        return 0.95
    return 0.9 if suffix(name) == ".hocr" else 0.0


def _classes(el) -> set[str]:
    value = el.get("class") if isinstance(el.tag, str) else None
    return set(value.split()) if value else set()


def _props(el) -> dict[str, str]:
    """The hOCR properties of an element's title: 'bbox 0 0 10 10; x_wconf 93'."""
    out: dict[str, str] = {}
    for part in (el.get("title") or "").split(";"):
        key, _, value = part.strip().partition(" ")
        if key:
            out[key] = value.strip()
    return out


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    from . import html
    root = html.parse(name, data, encoding, diags)
    page_els = [el for el in root.iter() if "ocr_page" in _classes(el)]
    if not page_els:
        raise fail(name, "not an hOCR file: no element of class ocr_page", "not-hocr")
    conf = ocr.Confidence()
    pages = []
    for el in page_els:
        props = _props(el)
        page = ocr.Page(el.sourceline or 1, n=props.get("lpageno", "").strip("\"' "),
                        image=props.get("image", "").strip().strip("\"'"))
        _page_regions(el, page, conf)
        pages.append(page)
    return ocr.emit(name, pages, Lines(), diags, conf)


def _page_regions(page_el, page: ocr.Page, conf: ocr.Confidence) -> None:
    lines = _line_elements(page_el)
    current_key = None
    for line in lines:
        block, kind, label, level = _block_of(line, page_el)
        made = _line(line, conf)
        if made is None:
            continue
        key = (block, kind, label)          # (the element: an id() of a freed proxy recurs)
        if key != current_key or not page.regions:
            top = _bbox(block)[0] if block is not None else None
            page.regions.append(ocr.Region(kind, [], block.sourceline if block is not None
                                           else line.sourceline or 1, label, level, top))
            current_key = key
        page.regions[-1].lines.append(made)
    for region in page.regions:            # a block of tesseract's heading lines only
        if region.label == "heading-lines":
            region.kind = ocr.HEADING


def _line_elements(page_el) -> list:
    """The page's lines in order: elements of a line class that hold no other line; words
    outside any line make a line of the element that holds them; an hOCR element with text
    and no line or word inside it (an ocr_pageno, a caption) is a line too, and so is the
    page itself when it holds text and nothing else (no word is lost)."""
    out = []
    taken: set[int] = set()
    # an ocr_page inside the page is a page of its own (read as such): its lines are not
    # this page's too (they would be read twice)
    # (the elements, never their id(): lxml frees an unused proxy and a later one takes its id)
    nested = {d for d in page_el.iterdescendants() if "ocr_page" in _classes(d)}
    for el in page_el.iter():
        if not isinstance(el.tag, str) or _excluded(el, page_el):
            continue
        classes = _classes(el)
        if nested and (el in nested or any(a in nested for a in el.iterancestors())):
            continue
        inside = any(id(a) in taken for a in el.iterancestors())
        if inside:
            continue
        holds = [d for d in el.iterdescendants() if _classes(d) & (LINE_CLASSES | {"ocrx_word"})]
        if classes & LINE_CLASSES and not any(_classes(d) & LINE_CLASSES for d in holds):
            out.append(el)
        elif "ocrx_word" in classes:
            parent = el.getparent()
            if parent is not None and id(parent) not in taken:
                out.append(parent)
                taken.add(id(parent))
            continue
        elif any(c.startswith("ocr") for c in classes) and el is not page_el and not holds \
                and " ".join(_inline(el).split()):
            out.append(el)
        else:
            continue
        taken.add(id(out[-1]))
    if not out and not nested and " ".join(_inline(page_el).split()):
        out.append(page_el)
    return out


def _block_of(line, page_el):
    """The block a line belongs to, and what it is: (element, kind, label, level)."""
    block = None
    kind, label, level = ocr.TEXT, "", 2
    own = _classes(line)
    if "ocr_pageno" in own:
        kind, label = ocr.PAGE_NUMBER, "page-number"
    elif "ocr_footer" in own or ("ocr_header" in own and not any(
            "ocrx_word" in _classes(d) for d in line.iterdescendants())):
        kind, label = ocr.RUNNING, "footer" if "ocr_footer" in own else "header"
    for anc in line.iterancestors():
        if anc is page_el:
            break
        classes = _classes(anc)
        if block is None and (classes & BLOCK_CLASSES or anc.tag in HEADINGS):
            block = anc
        if "ocr_pageno" in classes:
            kind, label = ocr.PAGE_NUMBER, "page-number"
        elif classes & {"ocr_header", "ocr_footer"} and kind == ocr.TEXT:
            kind, label = ocr.RUNNING, "header" if "ocr_header" in classes else "footer"
        elif anc.tag in HEADINGS and kind == ocr.TEXT:
            kind, level = ocr.HEADING, HEADINGS[anc.tag]
    if kind == ocr.TEXT and "ocr_header" in own:
        label = "heading-lines"          # tesseract's line of heading text
    return block, kind, label, level


def _line(el, conf: ocr.Confidence) -> ocr.OcrLine | None:
    items: list[tuple[str, tuple[str, ...]]] = []
    _items(el, el, conf, items)
    text = ocr.styled(items)
    if not marks.plain(text).strip():
        return None
    top, bottom = _bbox(el)
    values = _props(el).get("bbox", "").split()
    left, right = (ocr.number(values[0]), ocr.number(values[2])) if len(values) == 4 else \
        (None, None)
    return ocr.OcrLine(el.sourceline or 1, text, top, bottom, left, right)


def _items(el, line, conf: ocr.Confidence, items: list) -> None:
    """A line's words in order: each ocrx_word (its confidence counted), and the words of
    any text outside them (an engine's chosen reading among alternatives; the line's own
    text where it has no words)."""
    if "ocrx_word" in _classes(el) and el is not line:
        text = marks.plain(_inline(el))
        # a word holds no space: one set out over its characters' elements (tesseract's
        # character boxes) is one word again
        text = "".join(text.split()) if any(isinstance(c.tag, str) for c in el) \
            else " ".join(text.split())
        if text:
            items.append((text, _word_rends(el, line)))
            wconf = _props(el).get("x_wconf")
            conf.word(el.sourceline or line.sourceline or 1, text, ocr.confidence(wconf, 100))
        return
    if not any("ocrx_word" in _classes(d) for d in el.iterdescendants()):
        text = " ".join(_inline(el).split())
        if text:
            items.append((text, ()))
        return
    items.extend((w, ()) for w in (el.text or "").split())
    for child in el:
        if isinstance(child.tag, str) and not _is_alternative(child):
            _items(child, line, conf, items)
        items.extend((w, ()) for w in (child.tail or "").split())


def _excluded(el, stop) -> bool:
    """Inside an engine's alternatives (not the reading it chose)."""
    node = el
    while node is not None and node is not stop:
        if _is_alternative(node):
            return True
        node = node.getparent()
    return False


def _is_alternative(el) -> bool:
    """An alternative reading: an alternatives' <del>, or an ocrx_cinfo that lists an
    engine's choices (it holds other ocrx_cinfo, or gives their x_confs)."""
    if el.tag == "del":
        parent = el.getparent()
        return parent is not None and "alternatives" in _classes(parent)
    classes = _classes(el)
    if "ocrx_cinfo" not in classes:
        return False
    return "x_confs" in _props(el) or any("ocrx_cinfo" in _classes(c) for c in el)


def _inline(el) -> str:
    """An element's text without alternatives, its emphasis as marks."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not _is_alternative(child):
            inner = _inline(child)
            rend = HI_TAGS.get(child.tag)
            parts.append(marks.hi(rend, inner) if rend and inner.strip() else inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _word_rends(word, line) -> tuple[str, ...]:
    """A word's emphasis: the inline tags round all of its text (inside it or between it
    and its line)."""
    found = []
    node = word.getparent()
    while node is not None and node is not line:
        if node.tag in HI_TAGS:
            found.append(HI_TAGS[node.tag])
        node = node.getparent()
    children = [c for c in word if isinstance(c.tag, str) and not _is_alternative(c)]
    own = (word.text or "").strip()
    while len(children) == 1 and not own and not (children[0].tail or "").strip():
        child = children[0]
        if child.tag in HI_TAGS:
            found.append(HI_TAGS[child.tag])
        own = (child.text or "").strip()
        children = [c for c in child if isinstance(c.tag, str) and not _is_alternative(c)]
    return tuple(dict.fromkeys(found))


def _bbox(el) -> tuple[float | None, float | None]:
    values = _props(el).get("bbox", "").split()
    if len(values) == 4:
        return ocr.number(values[1]), ocr.number(values[3])
    return None, None

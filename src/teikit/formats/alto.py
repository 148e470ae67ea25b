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
# the SegmOnto zone types (segmonto.github.io) eScriptorium and Kraken write as the LABEL of
# an OtherTag a TextBlock's TAGREFS names: what each is as a region
ZONES = {"MarginTextZone": (ocr.MARGIN, "MarginTextZone"),
         "NumberingZone": (ocr.PAGE_NUMBER, "page-number"),
         "RunningTitleZone": (ocr.RUNNING, "header"),
         "QuireMarksZone": (ocr.RUNNING, "signature-mark"),
         "DropCapitalZone": (ocr.DROP_CAPITAL, "drop-capital")}
TEXT_ZONES = {"MainZone", "DefaultLine", "CustomZone"}
HEADING_LINE, INTERLINEAR_LINE = "HeadingLine", "InterlinearLine"
KNOWN_LINES = {"DefaultLine", HEADING_LINE, INTERLINEAR_LINE, "DropCapitalLine", "CustomLine"}
# the signs a writer sets in the line where the words written above it go in
CARETS = {"><", "<>", "^", "\u2038", "\u2041", "/", "\\", ">", "<", "\u2227", "\u22c0"}
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
    left: float | None = None
    right: float | None = None
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
    label: str = ""        # its SegmOnto line type (HeadingLine, InterlinearLine)


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
    tags = _tags(root)
    unknown: dict[str, int] = {}
    out = Lines()
    # a file whose own tags type page numbers as zones (SegmOnto's NumberingZone) gives a
    # page's number there: its PHYSICAL_IMG_NR is the image's place in a project, no page's
    numbered = "NumberingZone" in tags.values()
    pages: list[tuple[ocr.Page, list[tuple[ocr.Region, list[_Line]]]]] = []
    layout_pages = [el for el in root.iter() if ocr.local(el) == "Page"]
    for el in layout_pages:
        page = ocr.Page(el.sourceline or 1, n=el.get("PRINTED_IMG_NR", "").strip(),
                        image=image if len(layout_pages) == 1 else "",
                        physical="" if numbered else el.get("PHYSICAL_IMG_NR", "").strip())
        regions: list[tuple[ocr.Region, list[_Line]]] = []
        for part in el:
            kind, label = MARGINS.get(ocr.local(part), (ocr.TEXT, ""))
            for block in _blocks(part):
                zone = _tag(block, tags)
                bkind, blabel = ZONES.get(zone, (kind, label)) if kind == ocr.TEXT else \
                    (kind, label)
                if zone and zone not in ZONES and zone not in TEXT_ZONES:
                    unknown.setdefault(zone, block.sourceline or 1)
                lines = [_line(ln, styles, spaced, conf, tags) for ln in block.iter()
                         if ocr.local(ln) == "TextLine"]
                for ln in lines:
                    if ln.label and ln.label not in KNOWN_LINES:
                        unknown.setdefault(ln.label, ln.number)
                lines = _interlinear([ln for ln in lines if ln.words], diags, out)
                tops = [ln.top for ln in lines if ln.top is not None]
                top = min(tops) if tops else ocr.number(block.get("VPOS"))
                for k, run in enumerate(_heading_runs(lines, bkind)):
                    region = ocr.Region(bkind, [],
                                        run[0].number if k else block.sourceline or page.number,
                                        blabel, top=run[0].top if k else top)
                    regions.append((region, run))
        pages.append((page, regions))
    for zone, line in sorted(unknown.items(), key=lambda kv: kv[1]):
        diags.info(f"the file types a zone or line \u201c{zone}\u201d, which teikit does not "
                   "know: its lines are read as text", "alto-tag", line, 1)
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


def _tags(root) -> dict[str, str]:
    """The file's own tag list: each tag's ID and its LABEL's type (SegmOnto's
    ``MainZone:column#1`` is ``MainZone``)."""
    out: dict[str, str] = {}
    for el in root.iter():
        if ocr.local(el).endswith("Tag") and el.get("ID") and el.get("LABEL"):
            out[el.get("ID")] = re.split(r"[:#]", el.get("LABEL"), maxsplit=1)[0].strip()
    return out


def _tag(el, tags: dict[str, str]) -> str:
    """The type an element's TAGREFS give it ('' when none)."""
    return next((tags[r] for r in (el.get("TAGREFS") or "").split() if r in tags), "")


def _heading_runs(lines: list[_Line], kind: str):
    """A text block's lines as blocks: a run of lines the file types HeadingLine (a title,
    a rubric, a salutation set apart) is a block of its own, which the heading and letter
    rules judge; the lines between them another."""
    if kind != ocr.TEXT or not any(ln.label == HEADING_LINE for ln in lines):
        yield lines
        return
    run: list[_Line] = []
    for ln in lines:
        if run and (ln.label == HEADING_LINE) != (run[-1].label == HEADING_LINE):
            yield run
            run = []
        run.append(ln)
    if run:
        yield run


def _interlinear(lines: list[_Line], diags: Collector, out: Lines) -> list[_Line]:
    """A line the file types InterlinearLine (words written between the lines) goes into
    the line below it, as an insertion (``\\words/``, which the inline rules make an
    <add place="above">): in place of a caret sign (``><``, ``^``, ``‸``, ``/``) under
    it, else before the first word whose middle stands right of its left edge. Where the
    coordinates do not show the line below, it stays a line of its own."""
    kept = [ln for ln in lines if ln.label != INTERLINEAR_LINE]
    for il in lines:
        if il.label != INTERLINEAR_LINE:
            continue
        text = " ".join(" ".join(w.text for w in il.words).split())
        below = _line_below(il, kept)
        if below is None or not text[:1].isalpha() or "\\" in text or "/" in text:
            kept.insert(_file_place(il, lines, kept), il)
            continue
        _insert(below, il, text)
        diags.info(f"interlinear line \u201c{text}\u201d put where it goes in the line below "
                   "it, as an insertion", "alto-interlinear", il.number, 1)
        out.hints.fire("ocr-interlinear")
    return kept


def _file_place(line: _Line, lines: list[_Line], kept: list[_Line]) -> int:
    """Where a line goes among the kept lines: after those before it in the file."""
    before = lines[:lines.index(line)]
    return sum(1 for ln in kept if ln in before)


def _middle(top: float | None, bottom: float | None) -> float | None:
    return None if top is None or bottom is None else (top + bottom) / 2


def _line_below(il: _Line, lines: list[_Line]) -> _Line | None:
    """The nearest line whose middle stands below the interlinear line's and under which
    its left edge lies."""
    mid = _middle(il.top, il.bottom)
    if mid is None or il.left is None:
        return None
    best: tuple[float, _Line] | None = None
    for ln in lines:
        other = _middle(ln.top, ln.bottom)
        if other is None or other <= mid or ln.left is None or ln.right is None or \
                not ln.left <= il.left <= ln.right:
            continue
        if best is None or other - mid < best[0]:
            best = (other - mid, ln)
    return best[1] if best else None


def _tokens(line: _Line):
    """Each word of a line (a String holding several is cut at its spaces, their places
    estimated by their share of its letters) with its word, span in the text, and box."""
    if line.left is not None and line.right is not None and \
            all(w.left is None or w.right is None for w in line.words):
        at, size = 0, sum(len(w.text) for w in line.words) + len(line.words) - 1
        scale = (line.right - line.left) / max(size, 1)
        for w in line.words:             # words with no box of their own: the line's, shared
            w.left, w.right = line.left + scale * at, line.left + scale * (at + len(w.text))
            at += len(w.text) + 1
    for w in line.words:
        if w.left is None or w.right is None or not w.text:
            continue
        scale = (w.right - w.left) / len(w.text)
        for m in re.finditer(r"\S+", w.text):
            yield w, m.start(), m.end(), w.left + scale * m.start(), w.left + scale * m.end()


def _insert(below: _Line, il: _Line, text: str) -> None:
    assert il.left is not None
    right = il.right if il.right is not None else il.left
    tokens = list(_tokens(below))
    carets = [t for t in tokens if t[0].text[t[1]:t[2]] in CARETS and
              t[3] < right and t[4] > il.left]
    if carets:
        w, start, end, _, _ = carets[0]
        w.text = w.text[:start] + f"\\{text}/" + w.text[end:]
        return
    after = next((t for t in tokens if (t[3] + t[4]) / 2 >= il.left), None)
    if after is None:
        below.words.append(_Word(f"\\{text}/", (), True))
        return
    w, start, _, _, _ = after
    w.text = w.text[:start] + f"\\{text}/ " + w.text[start:]


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


def _line(el, styles: dict[str, tuple[str, ...]], spaced: bool, conf: ocr.Confidence,
          tags: dict[str, str]) -> _Line:
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
                               hyp2=subs if kind == "hyppart2" and subs else None,
                               left=start, right=start + width if start is not None and
                               width is not None else None))
            conf.word(el.sourceline or 1, text, ocr.confidence(child.get("WC")))
            end = start + width if start is not None and width is not None else None
            gap = False
    top, height = ocr.number(el.get("VPOS")), ocr.number(el.get("HEIGHT"))
    left, width = ocr.number(el.get("HPOS")), ocr.number(el.get("WIDTH"))
    return _Line(el.sourceline or 1, words, top,
                 top + height if top is not None and height is not None else None, left,
                 left + width if left is not None and width is not None else None,
                 _tag(el, tags))


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
        out.hints.fire("ocr-hyphenation")


def _text(words: list[_Word]) -> str:
    return ocr.styled([(w.text + w.hyphen, w.rends) for w in words],
                      [" " if w.space else "" for w in words[1:]])


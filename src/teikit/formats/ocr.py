"""What the three OCR formats (ALTO, PAGE XML, hOCR) share: a file read into pages of
regions of lines, and those pages written as the blocks the readers take.

Each format reads its file into :class:`Page` s (in reading order) of :class:`Region` s of
:class:`OcrLine` s, whose text already carries the words whole (a word its format marks as
hyphenated at the line end is joined there) and their emphasis as marks. :func:`emit`
then writes, page by page:

* a ``[Page N]`` block where the page begins (its image in the page's ``facs``): N the
  page's number as the file gives it, else the text of its page-number region;
* a text region as a block of its lines (the layout rules join wrapped lines and resolve
  hyphens, as in any OCR text), a heading region as a heading;
* a running head or foot, a catchword, a printer's signature mark and a page number: left
  out (the number becomes the page's N), each reported;
* a margin note as LoC's ``[*…*]``, which the inline rules make a ``<note place="margin">``,
  after the first word of the text line beside its top (by the coordinates; else the first
  line of the next text region in reading order);
* a footnote region's entries (``*) text``, ``1) text``, ``¹ text``) as notes: an entry
  whose marker stands after a word of the same page's text is placed there (the marker
  becomes ``[n]``, numbered through the file); an entry with no such marker is a note
  placed at the end and reported by the note rules; ``footnote-continued`` goes on with
  the page before's last note;
* a drop capital glued to the first word of the next text region.

Word confidence: an OCR engine's confidence is the engine's estimate of its own
recognition, not an editor's judgement that the original is hard to read, and it is low
for many words that are printed clearly (names, numbers, unusual type). So no word becomes
``<unclear>`` by its confidence: every word is kept as read, and the words under
:data:`LOW_CONFIDENCE` are counted in one report line (the first few named with their
line), for the editor to check against the image.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import marks
from .lines import Lines

# region kinds
TEXT, HEADING, RUNNING, PAGE_NUMBER, MARGIN, FOOTNOTE, FOOTNOTE_GOES_ON, DROP_CAPITAL = (
    "text", "heading", "running", "page-number", "margin", "footnote", "footnote-continued",
    "drop-capital")
TABLE = "table"
LOW_CONFIDENCE = 0.5           # a word recognised with less is counted in the report
RUNNING_REASONS = {
    "header": "running head (page furniture, repeated from page to page)",
    "footer": "running footer (page furniture)",
    "catch-word": "catchword (repeats the next page's first word)",
    "signature-mark": "printer's signature mark (a gathering's number, not text)",
    "page-number": "page number (the page break's n)",
}


@dataclass
class OcrLine:
    number: int                   # the line of the file where the line's element stands
    text: str                     # its words, with emphasis marks
    top: float | None = None      # where it stands on the page (the format's units)
    bottom: float | None = None
    left: float | None = None
    right: float | None = None


@dataclass
class Region:
    kind: str
    lines: list[OcrLine]
    number: int
    label: str = ""               # the file's own name for it ("header", "TopMargin")
    level: int = 2                # a heading's level
    top: float | None = None
    table: tuple[str, str] | None = None     # a table's line and kind (formats.tables)


@dataclass
class Page:
    number: int
    n: str = ""                   # the page's number as printed, when the file gives it
    image: str = ""
    physical: str = ""            # the image's number: n when no printed number is found
    regions: list[Region] = field(default_factory=list)


@dataclass
class Confidence:
    """The words recognised with low confidence (kept as read; counted in the report)."""

    low: list[tuple[int, str, float]] = field(default_factory=list)
    count: int = 0

    def word(self, number: int, text: str, conf: float | None) -> None:
        if conf is not None and conf < LOW_CONFIDENCE and text.strip():
            self.count += 1
            if len(self.low) < 5:
                self.low.append((number, text, conf))

    def report(self, diags: Collector) -> None:
        if not self.count:
            return
        named = ", ".join(f"\u201c{w}\u201d ({round(c * 100)}%, line {n})" for n, w, c in self.low)
        diags.info(f"{self.count} word(s) recognised with a confidence under "
                   f"{round(LOW_CONFIDENCE * 100)}%, kept as read (not <unclear>: the "
                   f"confidence is the OCR engine's, not the original's legibility): "
                   f"{named}", "ocr-confidence", self.low[0][0], 1)


def confidence(value: str | None, scale: float = 1.0) -> float | None:
    """A confidence attribute as a fraction (None when absent or not a number)."""
    try:
        conf = float(value) / scale if value is not None else None
    except ValueError:
        return None
    return conf if conf is not None and 0 <= conf <= 1 else None


# --------------------------------------------------------------------------- words

def styled(words: list[tuple[str, tuple[str, ...]]], separators: list[str] | None = None) -> str:
    """Words with their emphasis as one line: a run of words in the same emphasis is one
    emphasis (the spaces between them inside it). *separators*: what stands before each
    word after the first (a space by default)."""
    out: list[str] = []
    run: list[str] = []
    rends: tuple[str, ...] = ()
    for i, (text, word_rends) in enumerate(words):
        sep = "" if i == 0 else (separators[i - 1] if separators else " ")
        if word_rends != rends:
            out.append(_wrap("".join(run), rends))
            run, rends = [], word_rends
            out.append(sep)
        else:
            run.append(sep)
        run.append(text)
    out.append(_wrap("".join(run), rends))
    return "".join(out)


def _wrap(text: str, rends: tuple[str, ...]) -> str:
    for rend in rends:
        text = marks.hi(rend, text)
    return text


# the signs that end a line on a word that goes on in the next line
HYPHENS = "-\u00ad\u2010\u2011\u00ac\u2e17="


def page_number(text: str) -> str | None:
    """The page number a page-number region prints ("( 484 )", "— 12 —", "xiv", "3r")."""
    m = PAGE_NUMBER_TEXT.match(text)
    return m.group("n") if m else None


PAGE_NUMBER_TEXT = re.compile(r"^[\s(\[\-\u2013\u2014.·*]*(?P<n>\d{1,5}[rvab]?|[ivxlcdm]{1,8}|"
                              r"[IVXLCDM]{1,8})[\s)\]\-\u2013\u2014.·*]*$")


# --------------------------------------------------------------------------- footnotes

# the marker that opens a footnote's entry: "*)", "**)", "†", "1)", "(1)", "a)", "¹", "1."
ENTRY_MARKER = re.compile(r"^\s*(?P<m>\*{1,4}\)?|[\u2020\u2021\u00a7\u00b6]{1,3}\)?|"
                          r"\(\d{1,3}\)|\d{1,3}\)|[a-z]\)|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}\)?|"
                          r"\d{1,3}\.?(?=\s))\s*")


@dataclass
class _Entry:
    marker: str
    lines: list[OcrLine]


def _entries(region: Region) -> list[_Entry]:
    """A footnote region's entries: a line that opens with a marker of the form the first
    entry has (numbers counting up by one) begins one; other lines go on with it."""
    out: list[_Entry] = []
    form = ""
    for line in region.lines:
        text = marks.plain(line.text)
        m = ENTRY_MARKER.match(text)
        marker = m.group("m") if m and len(text) > m.end() else ""
        starts = bool(marker) and (not out or (_form(marker) == form and _follows(
            out[-1].marker, marker)))
        if starts:
            form = form or _form(marker)
            out.append(_Entry(marker, [line]))
        elif out:
            out[-1].lines.append(line)
        else:
            out.append(_Entry("", [line]))
    return out


SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                                   "0123456789")


def _form(marker: str) -> str:
    """What kind of marker: '*)', '†', '(1)', '1)', '1.', '1', 'a)', '¹'."""
    core = marker.translate(SUPERSCRIPT_DIGITS)
    shape = re.sub(r"\d+", "1", re.sub(r"\*+", "*", re.sub(r"[\u2020\u2021\u00a7\u00b6]+", "†",
                                                         core)))
    shape = re.sub(r"^[a-z]\)$", "a)", shape)
    return ("sup:" if core != marker else "") + shape


def _follows(before: str, marker: str) -> bool:
    """Numbered markers count up by one; letters go on in the alphabet; signs repeat."""
    a, b = (re.sub(r"\D", "", m.translate(SUPERSCRIPT_DIGITS)) for m in (before, marker))
    if a and b:
        return int(b) == int(a) + 1
    if before[:1].isalpha() and marker[:1].isalpha():
        return ord(marker[0]) == ord(before[0]) + 1
    return True


def _marker_pattern(marker: str) -> re.Pattern:
    """The marker as it stands in the text: after a word (glued, or one space before a
    marker in parentheses), not part of a longer marker ("*)" is not the end of "**)")."""
    sign = re.escape(marker)
    space = r" ?" if marker.endswith(")") else ""
    return re.compile(r"(?<=[^\s*\u2020\u2021\u00a7\u00b6\d(])" + space + sign +
                      r"(?![*\u2020\u2021\u00a7\u00b6\w])")


# --------------------------------------------------------------------------- writing

class _Writer:
    def __init__(self, out: Lines, diags: Collector) -> None:
        self.out, self.diags = out, diags
        self.notes: list[list[tuple[int, str]]] = []     # each note: its rows
        self.fired: set[str] = set()

    def page(self, page: Page) -> None:
        for region in page.regions:          # (a block's last line joins no word)
            region.lines = [replace(ln, text=_hyphen_outside(ln.text))
                            for ln in region.lines[:-1]] + region.lines[-1:]
        regions = self._drop_capitals(page.regions)
        n = page.n
        for region in regions:
            if region.kind == PAGE_NUMBER:
                found = page_number(_plain_text(region))
                if found is None and len(_plain_text(region).split()) > 3:
                    region.kind = TEXT          # words, not a number: text after all
                    continue
                n = n or found or ""
        n = n or page.physical
        self.out.block([(page.number, f"[Page {n}]" if n else "[Page]", "")])
        self.out.hints.page_images.append(page.image)
        body = [r for r in regions if r.kind in (TEXT, HEADING)]
        self._footnotes(regions, body)
        regions = self._margins(regions, body)
        for region in regions:
            if region.kind == TEXT:
                parts = _paragraphs(region.lines)
                if len(parts) > 1:
                    self.fired.add("ocr-paragraphs")
                for part in parts:
                    self.out.block([(ln.number, ln.text, "") for ln in part])
            elif region.kind == HEADING:
                self.out.block([(ln.number, ln.text, f"h{region.level}")
                                for ln in region.lines])
            elif region.kind == TABLE and region.table is not None:
                self.out.block([(region.number, *region.table)])
            elif region.kind in (RUNNING, PAGE_NUMBER):
                self._leave_out(region)

    def end(self) -> None:
        for rows in self.notes:
            self.out.block([(number, text, "note") for number, text in rows])
        self.out.hints.rules.extend(sorted(self.fired))

    def _leave_out(self, region: Region) -> None:
        text = _plain_text(region)
        if not text.strip():
            return
        reason = RUNNING_REASONS.get(region.label, f"page furniture ({region.label})")
        code = "page-number" if region.kind == PAGE_NUMBER else "running-head"
        self.out.leave_out(region.lines[0].number, region.lines[-1].number, text, reason, code)
        self.fired.add("ocr-page-furniture")

    # -- drop capitals
    def _drop_capitals(self, regions: list[Region]) -> list[Region]:
        """A drop capital (one to three letters) is the first letter(s) of the next text
        region's first word: glued to it. A region the file does not type so is one where
        it is a capital alone, the next text region opens with a small letter and the
        coordinates set the capital at the left of that region's first line, level with it
        (A / ufklärung). Without coordinates a capital alone is a word of its own: an
        ``A`` block over a ``b`` block is the two words "A" and "b", never "Ab"."""
        out: list[Region] = []
        carry = ""
        for k, region in enumerate(regions):
            after = next((r for r in regions[k + 1:] if r.kind == TEXT), None)
            if region.kind == TEXT and _lone_capital(region) and _opens_small(after) and \
                    after is not None and _set_before(region.lines[0], after.lines[0]):
                region.kind = DROP_CAPITAL
            if region.kind == DROP_CAPITAL:
                text = "".join(_plain_text(region).split())
                if 0 < len(text) <= 3 and not carry:
                    carry = text
                    continue
                region.kind = TEXT
            if carry and region.kind == TEXT and region.lines:
                first = region.lines[0]
                region.lines[0] = replace(first, text=carry + first.text.lstrip())
                carry = ""
                self.fired.add("ocr-drop-capital")
            out.append(region)
        if carry:                # no text after it: a line of its own
            out.append(Region(TEXT, [OcrLine(regions[-1].number, carry)], regions[-1].number))
        return out

    # -- footnotes
    def _footnotes(self, regions: list[Region], body: list[Region]) -> None:
        for region in regions:
            if region.kind == FOOTNOTE_GOES_ON and self.notes:
                self.notes[-1].extend((ln.number, ln.text) for ln in region.lines)
                self.fired.add("ocr-footnotes")
                continue
            if region.kind not in (FOOTNOTE, FOOTNOTE_GOES_ON):
                continue
            for entry in _entries(region):
                self._note(entry, body)

    def _note(self, entry: _Entry, body: list[Region]) -> None:
        number = len(self.notes) + 1
        first = entry.lines[0]
        text = first.text
        if entry.marker:
            m = ENTRY_MARKER.match(marks.plain(text))
            at = marks.plain_range(text, m.end(), len(marks.plain(text))) if m else None
            text = text[at[0]:] if at else text
            if self._place_marker(entry.marker, number, body):
                self.fired.add("ocr-footnotes")
        rows = [(first.number, f"[{number}] {text}")]
        rows.extend((ln.number, ln.text) for ln in entry.lines[1:])
        self.notes.append(rows)

    def _place_marker(self, marker: str, number: int, body: list[Region]) -> bool:
        """The marker's first free place in the page's text becomes [number]."""
        pattern = _marker_pattern(marker)
        for region in body:
            for i, line in enumerate(region.lines):
                if marker not in line.text:
                    continue
                m = pattern.search(line.text)
                if m:
                    region.lines[i] = replace(line, text=line.text[:m.start()] +
                                              f"[{number}]" + line.text[m.end():])
                    return True
        return False

    # -- margin notes
    def _margins(self, regions: list[Region], body: list[Region]) -> list[Region]:
        """Each margin note into the text line beside it; one that stands above all the
        page's text (a docket, a date at the head of a letter) a note of its own before the
        text. The page's regions in the order they are written."""
        texts = [r for r in body if r.kind == TEXT and r.lines]
        above: list[Region] = []
        for k, region in enumerate(regions):
            if region.kind != MARGIN:
                continue
            note = _joined_margin(region)
            if not note:
                continue
            if not texts or not _safe_in_brackets(note):
                region.kind = TEXT               # kept as a paragraph where it stands
                continue
            if _above_all(region, texts):
                region.kind = TEXT
                region.lines = [replace(region.lines[0], text=f"[*{note}*]")]
                above.append(region)
                self.fired.add("ocr-margin-notes")
                continue
            target, i = self._beside(region, k, regions, texts)
            while i < len(target.lines) - 1 and \
                    marks.plain(target.lines[i].text).rstrip()[-1:] in HYPHENS:
                i += 1                            # never between a word's two halves
            line = target.lines[i]
            target.lines[i] = replace(line, text=_after_first_word(line.text, f"[*{note}*]"))
            self.fired.add("ocr-margin-notes")
        if not above:
            return regions
        rest = [r for r in regions if r not in above]
        first = next((i for i, r in enumerate(rest) if r.kind in (TEXT, HEADING)), len(rest))
        return rest[:first] + above + rest[first:]

    def _beside(self, margin: Region, k: int, regions: list[Region],
                texts: list[Region]) -> tuple[Region, int]:
        """The text line beside the margin note's top (by the coordinates), else the first
        line of the next text region in reading order (or the last text region's last)."""
        top = margin.top if margin.top is not None else margin.lines[0].top
        if top is not None:
            best: tuple[float, Region, int] | None = None
            for region in texts:
                for i, line in enumerate(region.lines):
                    if line.top is None:
                        continue
                    bottom = line.bottom if line.bottom is not None else line.top
                    distance = 0.0 if line.top <= top <= bottom else min(
                        abs(line.top - top), abs(bottom - top))
                    if best is None or distance < best[0]:
                        best = (distance, region, i)
            if best is not None:
                return best[1], best[2]
        after = [r for r in regions[k + 1:] if r in texts]
        if after:
            return after[0], 0
        return texts[-1], len(texts[-1].lines) - 1


CLOSERS = "".join(close for _, close in marks.HI.values())
OPENERS = "".join(opening for opening, _ in marks.HI.values())
HYPHEN_IN_EMPHASIS = re.compile(f"([{re.escape(HYPHENS)}])([{CLOSERS}]+)(\\s*)$")


def _hyphen_outside(text: str) -> str:
    """A line that ends on a hyphen inside emphasis ends on it after the emphasis: the
    layout rules join the word's halves at the hyphen, the line's last sign."""
    return HYPHEN_IN_EMPHASIS.sub(r"\2\1\3", text) if marks.has_marks(text) else text


INDENT, GAP = 0.15, 1.6


def _paragraphs(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """A text region's lines parted where the coordinates show a new paragraph, as the PDF
    reader parts a page's lines: a line that opens in a capital (or a sign, not a small
    letter) and either stands below the line before by more than GAP times the region's
    middle line pitch, or is indented by more than INDENT of the region's width after a
    line that ends short by as much (a closing "Fait à …" set to the right, a signature).
    A region of fewer than four lines, or one with a line without coordinates, is one."""
    if len(lines) < 4 or any(None in (ln.top, ln.left, ln.right) for ln in lines):
        return [lines]
    lefts = sorted(ln.left for ln in lines if ln.left is not None)
    rights = sorted(ln.right for ln in lines if ln.right is not None)
    tops = [ln.top for ln in lines if ln.top is not None]
    pitches = sorted(b - a for a, b in pairwise(tops))
    if not pitches or pitches[len(pitches) // 2] <= 0:
        return [lines]
    pitch = pitches[len(pitches) // 2]
    left, right = lefts[len(lefts) // 2], rights[len(rights) // 2]
    margin = INDENT * (rights[-1] - lefts[0])
    out = [[lines[0]]]
    for before, line in pairwise(lines):
        assert before.top is not None and before.right is not None
        assert line.top is not None and line.left is not None
        opens = marks.plain(line.text).lstrip()[:1]
        new = bool(opens) and not opens.islower() and (
            line.top - before.top > GAP * pitch or
            (line.left > left + margin and before.right < right - margin))
        if new:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _above_all(margin: Region, texts: list[Region]) -> bool:
    """The margin note's last line ends above the top of every text line of the page (all
    of them with coordinates)."""
    bottoms = [ln.bottom for ln in margin.lines]
    tops = [ln.top for r in texts for ln in r.lines]
    if not bottoms or not tops or None in bottoms or None in tops:
        return False
    return max(b for b in bottoms if b is not None) < min(t for t in tops if t is not None)


def _lone_capital(region: Region) -> bool:
    text = _plain_text(region)
    return len(region.lines) == 1 and 0 < len(text) <= 2 and text.isalpha() and text.isupper()


def _set_before(capital: OcrLine, line: OcrLine) -> bool:
    """The capital stands at the left of the line (its right edge at most a quarter of its
    width past the line's left edge) and level with it (their heights overlap)."""
    if None in (capital.top, capital.bottom, capital.left, capital.right, line.top,
                line.bottom, line.left):
        return False
    assert capital.top is not None and capital.bottom is not None and capital.left is not None
    assert capital.right is not None and line.top is not None and line.bottom is not None
    assert line.left is not None
    width = capital.right - capital.left
    return capital.left < line.left and capital.right <= line.left + width / 4 and \
        capital.top < line.bottom and line.top < capital.bottom


def _opens_small(region: Region | None) -> bool:
    return region is not None and bool(region.lines) and \
        marks.plain(region.lines[0].text).lstrip()[:1].islower()


def _after_first_word(text: str, note: str) -> str:
    """The note after the line's first word: the line's two ends, which the layout rules
    read (a hyphen, a word in lower case), stay as they were. An emphasis open there is
    closed before the note and opened again after it (the note is not emphasised)."""
    m = re.match(r"\s*\S+", text)
    if m is None or m.end() == len(text.rstrip()):
        return f"{text.rstrip()} {note}"
    at = m.end()
    while at < len(text) and text[at] in CLOSERS:       # the word's own closing marks
        at += 1
    open_now: list[str] = []
    for ch in text[:at]:
        if ch in OPENERS:
            open_now.append(ch)
        elif ch in CLOSERS and open_now:
            open_now.pop()
    closing = "".join(marks.HI[marks.OPENERS[o]][1] for o in reversed(open_now))
    return f"{text[:at]}{closing} {note}{''.join(open_now)}{text[at:]}"


def _plain_text(region: Region) -> str:
    return " ".join(marks.plain(ln.text).strip() for ln in region.lines).strip()


def _joined_margin(region: Region) -> str:
    """A margin note's lines as one text: a word hyphenated at a line end joined."""
    out = ""
    for line in region.lines:
        text = marks.plain(line.text).strip()
        if not text:
            continue
        if out[-1:] in "-\u00ac\u2e17=" and out[-2:-1].isalpha() and text[:1].islower():
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return " ".join(out.split())


def _safe_in_brackets(text: str) -> bool:
    """The note can stand in [*…*] and be read back whole (no bracket of its own)."""
    return "[" not in text and "]" not in text and not text.startswith("*") \
        and not text.endswith("*")


def emit(name: str, pages: list[Page], out: Lines, diags: Collector,
         conf: Confidence | None = None) -> SourceText:
    """The pages as the SourceText the readers take."""
    if not any(r.lines and r.kind not in (RUNNING, PAGE_NUMBER)
               for page in pages for r in page.regions):
        raise fail(name, "the file holds no recognised text to encode (no page with a line "
                   "of text)", "empty")
    writer = _Writer(out, diags)
    for page in pages:
        writer.page(page)
    writer.end()
    if conf is not None:
        conf.report(diags)
    return out.source(name, "utf-8", diags)


# --------------------------------------------------------------------------- parsing

PROLOG = re.compile(r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
                    r"<(?P<tag>[\w:.-]+)(?P<attrs>[^>]*)>", re.S)


def root_of(data: bytes) -> tuple[str, str]:
    """The root element's name (without a prefix) and its attributes, from the file's
    first bytes ('' when they show no element); for sniffing, before anything is parsed."""
    head = data[:8192]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            text = head[2:].decode(codec, "replace")
            break
    else:
        text = head.decode("utf-8", "replace").lstrip("\ufeff")
    m = PROLOG.match(text)
    return (m.group("tag").rsplit(":", 1)[-1], m.group("attrs")) if m else ("", "")


def parse(name: str, data: bytes, diags: Collector):
    """The file's tree, by teikit's one safe XML parser (broken or hostile XML is refused
    with its line and column); the parser's warnings (an encoding declared wrongly) kept."""
    from .. import safexml
    parsed = safexml.parse_bytes(data, name)
    diags.items.extend(n for n in parsed.notes if n.severity == "warning")
    return parsed.root


def local(el) -> str:
    """An element's name without its namespace ('' for a comment or PI)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None

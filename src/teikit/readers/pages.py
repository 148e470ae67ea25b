"""Pages of the original: page markers in every common form, and the page rules of the layout.

What a page marker looks like (``[Page 12]``, ``[f. 369r]``, ``- 12 -``, ``Seite 5``, a
``## 1r`` heading, a column's ``[Col. 123]``) and the passes that find pages where no marker
says so: a scan's page headers, numbers in brackets or braces that rise page by page,
`` // `` in running prose, form feeds (running heads left out, the page number kept), a
library's stamp on every page, running heads in capitals and numbers alone at a page's
head or foot. Each pass turns what it finds into the canonical ``[Page N]`` line that the
block rules make ``<pb/>``. ``layout.normalise`` runs them in order.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from ..formats.marks import has_marks, plain, rebalanced
from ..sourcetext import PAGE_MARK, Block, Line, blocks_of
from .context import Context
from .dates import DAY_MONTH

# A folio or page marker in brackets, as documentary editions set the original's foliation
# in the text ("[f. 369r]", "[fol. 12v]", "[fº 5]", "[fo. 3]", Portuguese "[fl. 3v]",
# "[pág. 4]"): the standard of Spanish and Latin-American archives' transcriptions (AGN,
# AGI, PARES), of Portuguese and Italian editions and of English ones ("[fol. 3v]"); Pandoc
# writes them "\[f. 369r\]", which Markdown reads back as brackets. A marker, never words
# an editor restored; a range ("[ff. 54v-56r]") cites, it breaks no page
FOLIO_LABEL = r"(?:fol(?:io)?\.?|f\.?\s?[º°]\.?|fo\.?|fl\.|f\.|p[áa]g\.?|pg\.|p\.)"
FOLIO_IN_BRACKETS = re.compile(r"\[\s*" + FOLIO_LABEL + r"\s*(?P<n>\d{1,5})\s?(?P<side>[rv])?"
                               r"\.?\s*\]", re.I)


# the words of a transcriber who cannot give a page's number ("number illegible", "no.
# unknown"); "[page illegible]" alone is the page's text, no number
UNKNOWN_PAGE_NUMBER = (r"(?:no\.?|number|n[º°]\.?)\s+(?:illegible|unknown|missing|not\s+given|"
                       r"unclear|unreadable)")


# a transcriber's page header in brackets, its words and then the page's number, or "?"
# where it cannot be read, after a dash or a comma ("[Liberty Jail, April 01, 1839 — Page
# ?]", "[Letterbook, p. 12]"; never a caption's "[Illustration: …, page016]"): the page
# begins, the header stays after it, the transcriber's note it was
HEADED_PAGE = re.compile(r"^\[(?P<q>[^\[\]:]{3,60}?)\s*(?:[-–—]|,)\s*(?:page|p\.|pg\.?)\s+"
                         r"(?:(?P<n>\d{1,5}[a-z]?)|\?{1,3})\s*\]$", re.I)
# a transcriber's mark of a page's end, "[End of page ?]", "[end of page 3]": no citation
PAGE_END_MARK = re.compile(r"^\[\s*end\s+of\s+(?:the\s+)?page\b[^\[\]]{0,12}\]$", re.I)


def folio_number(m: re.Match) -> str:
    """A folio marker's number as the page break gives it: "369r" of "[f. 369 r]"."""
    return m.group("n") + (m.group("side") or "").lower()


# the cardinal words a page is numbered with in a heading ("#### Page One"), as printed
PAGE_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                     "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
PAGE_FORMS = [
    re.compile(r"^\[{1,2}\s*(?:page|p\.|pg\.?)\s*(?P<n>[A-Z]?\d{1,5}[a-z]?|[ivxlcdm]{1,8}|"
               + r"(?:" + PAGE_NUMBER_WORDS + r")(?=\s*\]))\s*\]{1,2}$", re.I),
    re.compile(r"^(?:page|p\.|pg\.?)\s+(?P<n>[A-Z]?\d{1,5}[a-z]?)[.:]?(?:\s+of\s+\d{1,5})?$", re.I),
    re.compile(r"^(?:page|p\.)\s*\((?P<n>\d{1,5})\)$", re.I),
    re.compile(r"^[-–—]\s*(?P<n>\d{1,5})\s*[-–—]$"),
    re.compile(r"^_page:\s*(?P<n>\w{1,12})$", re.I),
    # an edition's decorated marker ("--- page 071r---") and a folio label between slashes
    # ("/ 71r /", "/ 74vC /": recto, verso, cover) or a page number in braces alone ("{12}",
    # Gutenberg's and Wikisource's): braces and slashes round a label are never prose
    re.compile(r"^-{2,}\s*(?:page|p\.|fol\.?|f\.)\s*(?P<n>\d{1,5}[rv]?[A-Z]?|[ivxlcdm]{1,8})"
               r"\s*-{2,}$", re.I),
    re.compile(r"^/\s*(?P<n>\d{1,5}[rv][A-Z]?)\s*/$"),
    re.compile(r"^\{(?P<n>\d{1,5}|[ivxlcdm]{1,8})\}$"),
    # a page-turn word alone in brackets, standard in letter transcriptions ("[OVERLEAF]",
    # "[over]", "[verso]", "[reverse]", "[P.T.O.]"): the page's number is not given
    re.compile(r"^\[\s*(?P<n>)(?:over(?:leaf)?|verso|reverse|turn\s+over|p\.\s*t\.\s*o\.?)"
               r"\s*\]$", re.I),
]
# A heading that is a folio label only ("## 1r", "## Fol. 12v"): a Markdown edition made page
# by page; recto / verso say it is no section number
FOLIO_HEADING = re.compile(r"^(?:(?:fol(?:io)?\.?|f\.)\s*)?(?P<n>\d{1,4}[rv])$", re.I)
# A page or folio label in the words of other languages and forms, as a heading ("### fol.
# 1r", a Word Heading 1 "Страница 12") or a line alone between blank lines ("Seite 5",
# "Página 3", "Blatt 3v"): manuscript editions and OCR exports head each page so; a page
# word and a number (recto/verso, or a roman one in a heading) and nothing more is never a
# section's title
PAGE_WORD = (r"(?:page|pages|p\.|pp\.|pg\.?|fol(?:io)?\.?|fols?\.|ff?\.|feuillet|seite|s\.|"
             r"blatt|bl\.|страница|стр\.|página|pág\.?|pagina|pag\.|strona|str\.|sida|side|"
             r"blad|folha|fl\.|sivu|oldal|lapa|σελίδα|σελ\.|עמוד|עמ['׳]|דף)")
PAGE_WORD_FORM = re.compile(rf"^{PAGE_WORD}\s*(?P<n>\d{{1,5}}[rv]?|(?P<roman>[ivxlcdm]{{1,8}}"
                            rf"[rv]?))[.:]?$", re.I)
# a page label with its number in words: a page break in a heading, where the text also has
# a page heading with a digit ("#### Page One" … "#### Page 2")
PAGE_WORD_NAMED = re.compile(r"^(?:page|seite|página|pagina|страница)\s+"
                             rf"(?P<n>{PAGE_NUMBER_WORDS})[.:]?$", re.I)
PAGE_WORD_LEAD = re.compile(rf"^{PAGE_WORD}\s*[\divxlcdm]", re.I)
# A column of a printed page (Hansard, newspapers): "Col. 123", "[Column 123]", "[c. 123]"
COLUMN_FORM = re.compile(r"^\[{0,2}\s*(?:col(?:umn)?\.?|c\.)\s*(?P<n>\d{1,5}[a-z]?)\s*\]{0,2}$",
                         re.I)
PAGE_NUMBER_ALONE = re.compile(r"^(?P<n>\d{1,5})$")
SENTENCE_END = ".!?:;\"”’')]"


def page_number(text: str, kind: str = "") -> str | None:
    """The page number of a line that is only a page marker, else None."""
    text = plain(text).strip()
    if kind in ("h1", "h2", "h3", "h4", "h5", "h6") or text.startswith("#"):
        text = text.lstrip("#").strip()
        m = FOLIO_HEADING.match(text)
        if m:
            return m.group("n")
    for form in PAGE_FORMS:
        m = form.match(text)
        if m:
            return m.group("n")
    m = FOLIO_IN_BRACKETS.fullmatch(text) if text[:1] == "[" else None
    return folio_number(m) if m else None



def form_feed_pages(blocks: list[Block], ctx: Context) -> list[Block]:
    """Pages separated by form feeds (OCR, printed typescripts): each page's first line is
    its running head when it recurs (left out and reported), a number alone on the page's
    last line is its page number; each page starts with [Page N] (or [Page] unnumbered)."""
    if not any(PAGE_MARK in ln.text for b in blocks for ln in b.lines):
        return blocks
    pages: list[list[Line]] = [[]]
    for block in blocks:
        for ln in block.lines:
            if PAGE_MARK in ln.text:         # (a line may hold several: "\f0\f2")
                before, *afters = ln.text.split(PAGE_MARK)
                if before.strip():
                    pages[-1].append(Line(ln.number, before, ln.kind))
                for after in afters:
                    pages.append([Line(ln.number, after, ln.kind)] if after.strip() else [])
                continue
            pages[-1].append(ln)
        pages[-1].append(Line(-1, "", ""))          # block boundary
    # a form feed with nothing after it ends the last page and begins none (tesseract ends
    # every page it writes with one): no empty page after the text
    if len(pages) > 1 and not any(ln.text.strip() for ln in pages[-1]):
        pages.pop()
    out: list[Block] = []
    heads = _running_heads(pages)
    feet = _running_feet(pages)
    for index, page in enumerate(pages):
        rows = list(page)
        content = [ln for ln in rows if ln.text.strip()]
        number = None
        if content and PAGE_NUMBER_ALONE.match(content[-1].text.strip()):
            number = content[-1].text.strip()
            ctx.leave_out([content[-1]], "page number at the foot of the page; it numbers "
                          "the <pb/>", "page-number")
            rows.remove(content[-1])
            content = content[:-1]                  # (the rules below see what is left)
        elif len(content) > 1 and PAGE_NUMBER_ALONE.match(content[0].text.strip()):
            number = content[0].text.strip()        # the number at the head of the page
            ctx.leave_out([content[0]], "page number at the head of the page; it numbers "
                          "the <pb/>", "page-number")
            rows.remove(content[0])
            content = content[1:]
        elif content and (spaced := _spaced_numbered_head(content[0].text)) is not None:
            number = spaced                         # "4      CONGRESO   NACIONAL"
            ctx.leave_out([content[0]], "running head with the page number at the head of "
                          "the page; the number numbers the <pb/>", "running-head")
            ctx.fired("spaced-page-head")
            rows.remove(content[0])
            content = content[1:]
        elif content and (label := _page_label(content[0].text)) is not None:
            number = label                          # "Page 10" at the head of the page
            ctx.leave_out([content[0]], "page label at the head of the page; it numbers "
                          "the <pb/>", "page-number")
            ctx.fired("page-label-head")
            rows.remove(content[0])
            content = content[1:]
        elif content:
            _fused_page_number(content[-1], ctx)
        if content and content[0].text.strip() in heads:
            ctx.leave_out([content[0]], "running head", "running-head")
            rows.remove(content[0])
            content = content[1:]
        foot = [ln for ln in content[-2:] if " ".join(ln.text.split()) in feet]
        if foot and len(content) > len(foot):
            ctx.leave_out(foot, "running foot (the lines every page ends with)", "running-foot")
            ctx.fired("running-foot")
            for ln in foot:
                rows.remove(ln)
        if index > 0 or number is not None:
            first = content[0].number if content else 1
            out.append(Block([Line(first, f"[Page {number}]" if number else "[Page]")]))
            ctx.fired("form-feed-pages")
        out.extend(blocks_of(rows))
    return out


# A single page's running head, its page number at one end ("1916. 12 mars. —— Anklager mot
# Luftforsvarets ledelse. 319", "319 STORTINGSFORHANDLINGER 1946"): words and a number
# of one to four figures, one space apart, a full stop or a dash somewhere before it
RUNNING_HEAD_NUMBER = re.compile(r"^(?:(?P<lead>\d{1,4})\s+(?=[^\W\d_])(?P<after>.{8,100}?)|"
                                 r"(?P<before>.{8,100}?[.—–])\s+(?P<trail>\d{1,4}))\s*$")


def single_page_head(blocks: list[Block], ctx: Context) -> list[Block]:
    """An OCR'd page in a file of its own, whose first line is the printed page's running
    head with its number, over a page that opens in mid-sentence, in lower case
    ("overkommando ble ledet på."): the number is the page's (a <pb/> before the text), the
    head's line is left out as a running head and reported. The lower-case opening is the
    evidence that no title stands there."""
    if ctx.source.format != "text" or len(blocks) < 3 or len(blocks[0].lines) != 1 \
            or blocks[0].lines[0].kind:
        return blocks
    head = blocks[0].lines[0]
    m = RUNNING_HEAD_NUMBER.match(plain(head.text).strip())
    nxt = plain(blocks[1].lines[0].text).lstrip()
    if m is None or not nxt[:1].islower() or sum(len(b.lines) for b in blocks[1:]) < 10:
        return blocks
    number = m.group("lead") or m.group("trail")
    ctx.leave_out([head], "the printed page's running head with its page number, over a "
                  "page that opens in mid-sentence; the number numbers the <pb/>",
                  "running-head")
    ctx.fired("single-page-head")
    return [Block([Line(head.number, f"[Page {number}]")]), *blocks[1:]]


# A page's running head with its page number at one end, a wide space between them, on the
# first line after a form feed: "4                CONGRESO   NACIONAL" on a left-hand page,
# "THE HISTORY OF ROME         13" on a right-hand one (a book or a printed report read
# with its layout kept). The form feed shows where the page begins, so the head need not
# recur (a one-page extract has it once); its words are a title's, no sentence's.
SPACED_NUMBERED_HEAD = re.compile(r"^\s*(?:(?P<lead>\d{1,4})\s{3,}(?P<after>[^\d\s].{1,70}?)|"
                                  r"(?P<before>[^\d\s].{1,70}?)\s{3,}(?P<trail>\d{1,4}))\s*$")


def _spaced_numbered_head(text: str) -> str | None:
    """The page number of a form-fed page's first line when it is a spaced numbered
    running head (see SPACED_NUMBERED_HEAD); None for any other line."""
    m = SPACED_NUMBERED_HEAD.match(plain(text))
    if m is None:
        return None
    head = " ".join((m.group("after") or m.group("before")).split())
    words = head.split()
    if len(words) > 8 or not _worded(head) or head[-1:] in ",;:!?" or not all(
            w[:1].isupper() or not w[:1].isalpha() or w.casefold() in RUNNING_HEAD_PARTICLES
            for w in words):
        return None
    return m.group("lead") or m.group("trail")


# the small words of a running head's title ("THE HISTORY OF ROME", "Congreso de la Nación")
RUNNING_HEAD_PARTICLES = {"of", "the", "and", "in", "on", "to", "a", "an", "for", "de", "del",
                          "la", "las", "los", "el", "y", "e", "des", "du", "le", "les", "et",
                          "der", "die", "das", "und", "von", "di", "della", "dei", "van"}


# A HathiTrust (Google OCR) page header: "## p. xiii (#17) ######…", the page's label after
# "p." (empty when the page has none: "## p. (#7) ####") and the scan's sequence number
SCAN_PAGE_HEADER = re.compile(r"^(?:#{1,6}\s*)?p\.\s*(?P<n>[^\s#()]{1,12})?\s*\(#(?P<seq>\d{1,6})\)"
                              r"\s*#*$")


def scan_page_headers(blocks: list[Block], ctx: Context) -> list[Block]:
    """Every HathiTrust full-text download heads each page with "## p. LABEL (#SEQ) ###…":
    the header is the page break, numbered by its label (the line is left out, reported:
    its scan sequence number is no page number). A page without a label is numbered by a
    number printed alone among its last lines, if any; a number alone at the head or foot
    of a page that repeats its label is the printed page number (left out, reported)."""
    if not any(_scan_page_header(ln) for b in blocks for ln in b.lines):
        return blocks
    pages: list[tuple[Line | None, list[Line]]] = [(None, [])]
    for block in blocks:
        for ln in block.lines:
            if _scan_page_header(ln):
                pages.append((ln, []))
                continue
            pages[-1][1].append(ln)
        pages[-1][1].append(Line(-1, "", ""))          # block boundary
    out: list[Block] = []
    for header, rows in pages:
        if header is not None:
            m = SCAN_PAGE_HEADER.match(plain(header.text).strip())
            label = (m.group("n") if m else None) or ""
            content = [ln for ln in rows if ln.text.strip()]
            printed = None
            if label:
                ends = content[:1] + content[-1:]
                printed = next((ln for ln in ends if ln.text.strip() == label), None)
            else:
                printed = next((ln for ln in reversed(content[-4:])
                                if PAGE_NUMBER_ALONE.match(ln.text.strip())), None)
                label = printed.text.strip() if printed is not None else ""
            ctx.leave_out([header], "page header of a scan; its page label numbers the <pb/>",
                          "page-header")
            if printed is not None:
                ctx.leave_out([printed], "page number printed on the page; it numbers the "
                              "<pb/>", "page-number")
                # (lines under the number are the page's foot, its notes and signature
                # mark: a block of their own, not the end of the text's last paragraph)
                if printed is not content[0] and printed is not content[-1]:
                    ctx.fired("page-foot")
                rows = [Line(-1, "", "") if ln is printed else ln for ln in rows]
            out.append(Block([Line(header.number, f"[Page {label}]" if label else "[Page]")]))
            # (the scan's sequence number links the page to its image: the <pb/>'s @facs)
            ctx.source.hints.page_images.append(f"seq{m.group('seq')}" if m else "")
            ctx.fired("scan-page-headers")
        out.extend(blocks_of(rows))
    return out


def _scan_page_header(ln: Line) -> bool:
    """Is *ln* a scan's page header, as typed ("## p. 5 (#6) ####") or as a Markdown
    heading ("p. 5 (#6)")?"""
    return "(#" in ln.text and (ln.text[:1] == "#" or ln.kind.startswith("h")) and \
        bool(SCAN_PAGE_HEADER.match(plain(ln.text).strip()))


BRACKET_NUMBER = re.compile(r"^\[(?P<n>\d{1,5})\]$")
NUMBER_IN_BRACKETS = re.compile(r"\[(\d{1,5})\]")


def bracket_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A number in brackets alone on a line ("[35]", often in mid-sentence) is how many
    transcriptions (Markdown minutes, edited letters) mark the original's page. But "[1]"
    alone is also a note list's number, so only on evidence: two such lines at least, the
    numbers rising page by page with a page's worth of text between them, and none of the
    numbers used anywhere else as "[N]" (a note marker or a note's number)."""
    found = [(b, i, m.group("n")) for b, block in enumerate(blocks)
             for i, ln in enumerate(block.lines)
             if ln.text.lstrip()[:1] == "[" and not ln.kind.startswith(("h", "pre"))
             and (m := BRACKET_NUMBER.match(plain(ln.text).strip()))]
    if len(found) == 1:
        return _first_page_number(blocks, found[0], ctx)
    if len(found) < 2 or not page_sequence([int(n) for _, _, n in found]):
        return blocks
    numbers = {n for _, _, n in found}
    alone = {(b, i) for b, i, _ in found}
    gaps: list[int] = [0]                  # characters of text after each number
    for b, block in enumerate(blocks):
        for i, ln in enumerate(block.lines):
            if (b, i) in alone:
                gaps.append(0)
                continue
            gaps[-1] += len(ln.text)
            if "[" in ln.text and numbers.intersection(NUMBER_IN_BRACKETS.findall(ln.text)):
                return blocks              # the number is a note's: a marker or an entry
    between = sorted(gaps[1:-1])
    if between and between[len(between) // 2] < 200:
        return blocks                      # short entries: a list, not pages
    out: list[Block] = []
    for b, block in enumerate(blocks):
        lines = list(block.lines)
        for i, ln in enumerate(lines):
            if (b, i) in alone:
                lines[i] = Line(ln.number, f"[Page {plain(ln.text).strip()[1:-1]}]", "")
                ctx.fired("bracket-page-numbers")
        out.append(Block(lines))
    return out


TOP_FIELD = re.compile(r"^[A-Z][\w ]{0,30}:\s+\S")   # "Source: page_24.jpg" over the text


def _first_page_number(blocks: list[Block], found: tuple[int, int, str],
                       ctx: Context) -> list[Block]:
    """One number in brackets, alone in its paragraph, that opens the text (nothing but
    headings, a label alone and the file's short fields above it: "**Transcription:**" /
    "[182]", a page's transcription), greater than 1 and used nowhere else as "[N]": that
    page's number."""
    b, _, n = found
    if len(blocks[b].lines) != 1 or int(n) < 2 or b + 1 >= len(blocks):
        return blocks
    for block in blocks[:b]:
        text = plain(block.lines[0].text).strip()
        if len(block.lines) > 1 or not (block.lines[0].kind.startswith("h")
                                        or (text.endswith(":") and len(text.split()) <= 3)
                                        or (TOP_FIELD.match(text) and len(text.split()) <= 12)):
            return blocks
    for block in blocks[b + 1:]:
        for ln in block.lines:
            if "[" in ln.text and n in NUMBER_IN_BRACKETS.findall(ln.text):
                return blocks              # the number is a note's: a marker or an entry
    ln = blocks[b].lines[0]
    ctx.fired("first-page-number")
    return [*blocks[:b], Block([Line(ln.number, f"[Page {n}]", "")]), *blocks[b + 1:]]


# The original's page in brackets at the start of a heading or a paragraph: "### [6] At a
# General Court …" (a printed record book's editor gives the manuscript's pages so), "[p. 12]
# The committee …", "[fol. 3v] Item …"
LEADING_PAGE = re.compile(r"^\[\s*(?:(?P<word>p\.|pp\.|page|pag\.|fol(?:io)?\.?|f\.)\s*)?"
                          r"(?P<n>\d{1,5}[rv]?)\s*\]\s+(?=\S)", re.I)


def leading_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A page number of the original in brackets that opens a heading, or a paragraph,
    before its words: a page break (<pb>) before the block, and the block without it (the
    heading's title is its words). With a page word or a folio's side ("[p. 12]", "[fol.
    3v]") wherever it stands; a bare number ("[6]") only in headings, two at least, rising,
    and no such number used as "[N]" anywhere else (a note's marker; a paragraph's number in
    a judgment, "[9] The appellant …", opens paragraphs, not headings)."""
    found: dict[int, re.Match] = {}
    bare: list[tuple[int, int]] = []
    for b, block in enumerate(blocks):
        first = block.lines[0]
        if first.text.lstrip("# ")[:1] != "[":
            continue
        heading = first.kind[:1] == "h" or first.text.lstrip()[:1] == "#"
        m = LEADING_PAGE.match(plain(first.text).lstrip("#").strip())
        if m is None or first.kind.startswith("pre"):
            continue
        if m.group("word") or m.group("n")[-1:] in "rv":
            found[b] = m
        elif heading:
            bare.append((b, int(m.group("n"))))
    if len(bare) >= 2 and page_sequence([n for _, n in bare]):
        numbers = {str(n) for _, n in bare}
        starts = {b for b, _ in bare}
        used = any(numbers.intersection(NUMBER_IN_BRACKETS.findall(
            LEADING_PAGE.sub("", plain(ln.text).lstrip("#").strip(), count=1)
            if k == 0 and b in starts else ln.text))
            for b, block in enumerate(blocks) for k, ln in enumerate(block.lines)
            if "[" in ln.text)
        if not used:
            for b in starts:
                m = LEADING_PAGE.match(plain(blocks[b].lines[0].text).lstrip("#").strip())
                if m is not None:
                    found[b] = m
    if not found:
        return blocks
    out: list[Block] = []
    for b, block in enumerate(blocks):
        m = found.get(b)
        if m is None:
            out.append(block)
            continue
        first = block.lines[0]
        at = first.text.find("[")
        close = first.text.find("]", at)
        rest = (first.text[:at] + first.text[close + 1:].lstrip()) if first.text[:at].strip("# ") \
            == "" else first.text
        out.append(Block([Line(first.number, f"[Page {m.group('n')}]", "")]))
        out.append(Block([Line(first.number, rest, first.kind), *block.lines[1:]]))
        ctx.fired("leading-page-numbers")
    return out


# a number alone that a transcription platform tags as printed on the page, over the page's
# text: the printed page number of a notebook, a ledger or a diary ("[[preprinted]] 22
# [[/preprinted]]", the Smithsonian Transcription Center's and the Field Book Project's
# exports; FromThePage's "[[printed]]" likewise), never the text's words
PREPRINTED_NUMBER = re.compile(r"^\s*\[\[\s*(?:pre)?printed\s*\]\]\s*(?P<n>\d{1,5})\s*"
                               r"\[\[\s*/\s*(?:pre)?printed\s*\]\]\s*$", re.I)


def preprinted_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A block whose first line is a preprinted number alone: a page break (<pb>) before
    the block, and the block without it."""
    out: list[Block] = []
    for block in blocks:
        first = block.lines[0]
        m = PREPRINTED_NUMBER.match(first.text) if "[[" in first.text else None
        if m is None or first.kind.startswith("pre"):
            out.append(block)
            continue
        out.append(Block([Line(first.number, f"[Page {m.group('n')}]", "")]))
        if len(block.lines) > 1:
            out.append(Block(block.lines[1:]))
        ctx.fired("preprinted-page-number")
    return out


# A page number in italics at a line's end ("# March 13th. *5*", "… Au revoir. *4*"): an
# edition's way of giving the original's pages
EMPHASISED_NUMBER = re.compile("\\s*\ufdd0(?P<n>\\d{1,4})\ufdd1\\s*$")


def emphasised_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """Numbers in italics ending lines are pages only on evidence: three at least, rising
    page by page, or two that follow each other; the page break stands after the line. A
    line holding only a number that fits the same sequence (10 between *9* and *11*) is
    one too."""
    found = [(b, i, int(m.group("n"))) for b, block in enumerate(blocks)
             for i, ln in enumerate(block.lines)
             if "\ufdd0" in ln.text and not ln.kind.startswith("pre")
             and (m := EMPHASISED_NUMBER.search(ln.text))]
    numbers = [n for _, _, n in found]
    if len(found) < 2 or not page_sequence(numbers) or (
            len(found) == 2 and numbers[1] != numbers[0] + 1):
        return blocks                  # (two only when they are pages n and n + 1)
    marked = {(b, i): n for b, i, n in found}
    order = [(b, i) for b, block in enumerate(blocks) for i in range(len(block.lines))]
    alone: dict[tuple[int, int], int] = {}
    for b, i in order:                    # a bare number between its neighbours
        m = PAGE_NUMBER_ALONE.match(plain(blocks[b].lines[i].text).strip())
        if not m or (b, i) in marked:
            continue
        n = int(m.group("n"))
        before = [k for (bb, ii), k in marked.items() if (bb, ii) < (b, i)]
        after = [k for (bb, ii), k in marked.items() if (bb, ii) > (b, i)]
        if before and before[-1] < n and (not after or n < after[0]) and n - before[-1] <= 2:
            alone[(b, i)] = n
    out: list[Block] = []
    for b, block in enumerate(blocks):
        current: list[Line] = []
        for i, ln in enumerate(block.lines):
            if (b, i) in alone:
                n = alone[(b, i)]
            elif (b, i) in marked:
                n = marked[(b, i)]
                text = EMPHASISED_NUMBER.sub("", ln.text)
                if plain(text).strip():
                    current.append(Line(ln.number, text, ln.kind))
            else:
                current.append(ln)
                continue
            if current:
                out.append(Block(current))
                current = []
            out.append(Block([Line(ln.number, f"[Page {n}]", "")]))
            ctx.fired("italic-page-numbers")
        if current:
            out.append(Block(current))
    return out


BRACE_NUMBER = re.compile(r"\{(?P<n>\d{1,5}|[ivxlcdm]{1,8})\}")


def brace_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A page number in braces inside the text ("argumenta-me{12} que", "afundas.{10}"):
    how Gutenberg and Wikisource transcriptions mark the original's pages; braces do not
    occur in prose. Only on evidence: two such numbers at least, rising page by page, and
    not in code (where braces are the language's)."""
    found = [int(m.group("n")) for block in blocks for ln in block.lines
             if "{" in ln.text and ln.kind not in ("pre", "code")
             for m in BRACE_NUMBER.finditer(ln.text) if m.group("n").isdigit()]
    if len(found) < 2 or not page_sequence(found):
        return blocks
    ctx.fired("brace-page-numbers")
    return [Block([Line(ln.number, BRACE_NUMBER.sub(lambda m: f"[Page {m.group('n')}]", ln.text),
                        ln.kind) if "{" in ln.text and ln.kind not in ("pre", "code") else ln
                   for ln in block.lines]) for block in blocks]


# A running head of a two-column work as OCR reads it: a few words and the column's or
# page's number glued to a bracket or a brace that OCR varies ("Trial of Thomas Hardy
# [584", " 585} Sor High Treason. |", "A. D. 1794. {586": Howell's State Trials, Cobbett's
# Parliamentary History)
BRACKETED_HEAD = re.compile(r"^\s*(?:(?P<n1>\d{2,4})\s?[\]}\[{|]\s*(?P<w1>[^\[\]{}]{0,60}?)"
                            r"|(?P<w2>[^\[\]{}]{0,60}?)\s*[\[{\]}|]\s?(?P<n2>\d{2,4}))"
                            r"\s*[|\]}]?\s*$")


HEAD_YEAR = re.compile(r"\bA\.\s?D\.\s?(1[0-9]{3})\b")


def bracketed_running_heads(blocks: list[Block], ctx: Context) -> list[Block]:
    """BRACKETED_HEAD lines, eight words at most, three or more whose numbers rise one or
    two at a time: the page's (or column's) number is a page break, the head's words are
    forme work (left out, reported); the paragraph the head cuts runs on (a page line
    between its parts, as any page break)."""
    heads = {(k, i): m for k, b in enumerate(blocks) for i, ln in enumerate(b.lines)
             if not ln.kind and len(ln.text) <= 80 and ("[" in ln.text or "{" in ln.text
                                                        or "]" in ln.text or "}" in ln.text)
             and (m := BRACKETED_HEAD.match(ln.text))
             and len((m.group("w1") or m.group("w2") or "").split()) <= 8}
    numbers = [int(m.group("n1") or m.group("n2")) for m in heads.values()]
    if len(heads) < 3 or not page_sequence(numbers) or numbers[-1] - numbers[0] > 2 * len(heads):
        return blocks
    ctx.fired("bracketed-running-heads")
    years = {y.group(0): y.group(1) for m in heads.values()
             if (y := HEAD_YEAR.search(m.group("w1") or m.group("w2") or ""))}
    if len(set(years.values())) == 1:    # "A. D. 1794." on every other page: the year of
        printed, year = next(iter(years.items()))   # the trial or the annals it reports
        k, i = next(iter(heads))
        ctx.era_dates.append((year, blocks[k].lines[i].number, printed))
    out: list[Block] = []
    for k, block in enumerate(blocks):
        current: list[Line] = []
        for i, line in enumerate(block.lines):
            m = heads.get((k, i))
            if m is None:
                current.append(line)
                continue
            ctx.leave_out([line], "a running head's words (forme work), its number the "
                          "page's", "running-head")
            if current:
                out.append(Block(current))
                current = []
            out.append(Block([Line(line.number, f"[Page {m.group('n1') or m.group('n2')}]")]))
        if current:
            out.append(Block(current))
    return out


# A page's end marked in running prose: " // " or " || " between words (the Wilson Center
# Digital Archive's transcriptions, printed editions)
PROSE_PAGE_MARK = re.compile(r"(?<=[^\s/|:])[ \u00a0](?://|\|\|)[ \u00a0](?=[^\W_]|[«„“\"‘(])")
FREE_SLASH = re.compile(r"(?<=\S) / (?=\S)")
WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")
WORD_AFTER = re.compile(r"^([^\W\d_]+)(?![^\W\d_])")


def page_marks_in_prose(blocks: list[Block], ctx: Context) -> list[Block]:
    """A free-standing " // " (or " || ") in running prose marks where the original's page
    ends. Taken as such only when the document does so twice at least, each time inside a
    sentence (a lower-case word goes on after it), in lines of prose that do not recur
    (a classification banner "Work Product // Protected" on every page is no page end), not
    in code, and not in verse set with " / " (where " // " ends a stanza). A mark between
    two pieces of a word ("Ki // taya": the joined word is used elsewhere in the document,
    neither piece is) joins them with <pb break="no"/>."""
    candidates: list[tuple[int, int, int]] = []
    seen: Counter[str] = Counter()
    for b, block in enumerate(blocks):
        for i, ln in enumerate(block.lines):
            text = ln.text
            if ("//" not in text and "||" not in text) or ln.kind in ("pre", "code", "cell") \
                    or "|" in ln.kind:               # (code, a table: no prose)
                continue
            seen[text.strip()] += 1
            if "`" in text or "://" in text.replace(" // ", " "):
                continue
            candidates.extend((b, i, m.start()) for m in PROSE_PAGE_MARK.finditer(text))
    def prose(b: int, i: int) -> bool:
        text = plain(blocks[b].lines[i].text).strip()
        return seen[blocks[b].lines[i].text.strip()] == 1 and not text.isupper() and \
            len(text.split()) >= 6 and not blocks[b].lines[i].kind.startswith("h")
    candidates = [c for c in candidates if prose(c[0], c[1])]
    inside = [c for c in candidates if blocks[c[0]].lines[c[1]].text[c[2] + 4:][:1].islower()]
    if len(inside) < 2:
        return blocks
    slashes = sum(len(FREE_SLASH.findall(ln.text)) for b in blocks for ln in b.lines)
    if slashes >= len(candidates):
        return blocks                      # verse: " / " ends a line, " // " a stanza
    vocabulary: Counter[str] = Counter(w.casefold() for block in blocks for ln in block.lines
                                       for w in re.findall(r"[^\W\d_]+", ln.text))
    at: dict[tuple[int, int], list[int]] = {}
    for b, i, pos in candidates:
        at.setdefault((b, i), []).append(pos)
    out: list[Block] = []
    for b, block in enumerate(blocks):
        lines = list(block.lines)
        for i, ln in enumerate(lines):
            if (b, i) not in at:
                continue
            text = ln.text
            for pos in reversed(at[(b, i)]):
                before = WORD_BEFORE.search(text[:pos])
                after = WORD_AFTER.search(text[pos + 4:])
                if before and after and after.group(1)[:1].islower() and _word_cut(
                        before.group(1), after.group(1), vocabulary):
                    text = text[:pos] + "[Page]" + text[pos + 4:]
                    ctx.fired("page-break-in-word")
                else:
                    text = text[:pos] + " [Page] " + text[pos + 4:]
                ctx.fired("prose-page-marks")
            lines[i] = Line(ln.number, text, ln.kind)
        out.append(Block(lines))
    return out


def _word_cut(left: str, right: str, vocabulary: Counter[str]) -> bool:
    """Are *left* and *right* the two pieces of one word cut by a page end? The joined word
    is used elsewhere in the document and neither piece is (each is counted once here)."""
    joined = (left + right).casefold()
    return vocabulary[joined] >= 1 and vocabulary[left.casefold()] <= 1 and \
        vocabulary[right.casefold()] <= 1


LONE_NUMBER = re.compile(r"^(?P<n>\d{1,4})$")
# A library's or digitizer's stamp that its OCR download prints on every page: "© Biblioteca
# Nacional de España" (the BNE's Biblioteca Digital Hispánica), "Digitized by Google" (Google
# Books, HathiTrust), "Source gallica.bnf.fr / Bibliothèque nationale de France" (Gallica),
# "Digitalizado por …": a rights or scanning notice, never the text's words
LIBRARY_STAMP = re.compile(r"(?i)©|\bcopyright\b|\bdigiti[sz]ed\s+by\b|"
                           r"\bdigitali[sz]ad[oa]\s+por\b|\bnum[ée]ris[ée]e?\s+par\b|"
                           r"gallica\.bnf\.fr|\bdigitalisiert\s+von\b")


def _may_be_stamp(text: str) -> bool:
    """A quick test before LIBRARY_STAMP: a piece of each of its words, in letters that
    case-blind matching folds to no other letter (not i, k, s), or the sign ©."""
    low = text.lower()
    return "©" in text or "copyr" in low or "dig" in low or "num" in low or "gall" in low


# a page number alone: figures, or a roman number in capitals ("IV", "XII")
PAGE_NUMBER_LINE = re.compile(r"^(?:\d{1,4}|[IVXLC]{1,7})$")


def library_stamps(blocks: list[Block], ctx: Context) -> list[Block]:
    """A library's stamp printed on every page of its OCR download (LIBRARY_STAMP: a line with a
    rights or scanning notice, the same line three times at least, always a line of its own
    at a block's top or foot) is page furniture: left out and reported. Where the page it
    ends is followed by a page number alone ("IV") and the next page's text goes on in
    lower case (after a running head, maybe), the number is a page break."""
    counts = Counter(ln.text.strip() for block in blocks for ln in block.lines
                     if len(ln.text) <= 100 and _may_be_stamp(ln.text)
                     and LIBRARY_STAMP.search(ln.text))
    stamps = {text for text, n in counts.items() if n >= 3 and _short(text, 80)}
    if not stamps or any(ln.text.strip() in stamps and 0 < i < len(block.lines) - 1
                         for block in blocks for i, ln in enumerate(block.lines)):
        return blocks                      # (one inside a block's lines is the text's own)
    out: list[Block] = []
    ended = False                          # did the block before end a page?
    for k, block in enumerate(blocks):
        kept = []
        for ln in block.lines:
            text = ln.text.rstrip()
            glued = next((stamp for stamp in stamps if text.endswith(stamp)), None) \
                if ln is block.lines[-1] and text.strip() not in stamps else None
            if text.strip() in stamps or glued:
                ctx.leave_out([Line(ln.number, glued or text)], "a library's stamp printed on "
                              "every page of its OCR download (page furniture)",
                              "library-stamp")
            if glued:                      # OCR ran the page's last words into it
                kept.append(Line(ln.number, text[:-len(glued)], ln.kind))   # ("superio© …")
            elif text.strip() not in stamps:
                kept.append(ln)
        if kept and ended and len(kept) == 1 and PAGE_NUMBER_LINE.match(kept[0].text.strip()) \
                and _page_goes_on(blocks, k + 1):
            out.append(Block([Line(kept[0].number, f"[Page {kept[0].text.strip()}]")]))
        elif kept:
            out.append(Block(kept))
        last = block.lines[-1].text.rstrip()
        ended = any(last.endswith(stamp) for stamp in stamps) or (ended and not kept)
    ctx.fired("library-stamps")
    return out


def _page_goes_on(blocks: list[Block], k: int) -> bool:
    """Does the page from block *k* on go on with a sentence of the page before (lower
    case), a running head of a word or two over it or not (OCR garbles its capitals:
    "PnÓLOGO.")?"""
    if k < len(blocks) and len(blocks[k].lines) == 1 and len(blocks[k].text.split()) <= 2 \
            and _short(blocks[k].text, 40):
        k += 1
    return k < len(blocks) and plain(blocks[k].text).lstrip()[:1].islower()


# a page number OCR garbled by one character ("Ü32" for 332, "l4" for 14)
GARBLED_NUMBER = re.compile(r"^(?=\S{2,5}$)\d*[^\d\s]?\d*$")


def _caps_lead(text: str) -> str:
    """The words in capitals that open a line, up to a full stop: a running head's shape
    ("OBRAS COMPLETAS DE DON MANUEL JOSÉ QUINTANA." and the page's first words glued to it);
    "" when there are fewer than three such words or they end in no full stop."""
    words = []
    for word in text.split():
        if not any(c.isalpha() for c in word) or word != word.upper():
            break
        words.append(word)
    head = " ".join(words)
    if len(words) < 3 or not head.endswith(".") or (len(words) < len(text.split()) and
                                                     not text[len(head):].lstrip()[:1].islower()):
        return ""
    return head


def glued_running_heads(blocks: list[Block], ctx: Context) -> list[Block]:
    """A running head in capitals over a page's text (the Internet Archive's _djvu.txt and
    libraries' OCR downloads: "334" / "OBRAS COMPLETAS DE DON MANUEL JOSÉ QUINTANA. creer,
    siguiéramos …", the head glued to the page's first words or on its own line), right
    under the page's number, is page furniture where the same head comes back so twice at
    least: left out and reported, the page number a page break (one OCR garbled is kept as
    printed)."""
    found: list[tuple[int, str]] = []     # (the head's block, the head)
    for k in range(1, len(blocks)):
        number = blocks[k - 1]
        if len(number.lines) != 1 or not GARBLED_NUMBER.match(number.text.strip()) or \
                sum(c.isdigit() for c in number.text) < 2 or blocks[k].lines[0].kind[:1] == "h":
            continue
        head = _caps_lead(plain(blocks[k].lines[0].text).strip()) \
            if blocks[k].lines[0].text[:1].isupper() else ""
        if head:
            found.append((k, head))
    heads = Counter(head for _, head in found)
    found = [(k, head) for k, head in found if heads[head] >= 2]
    if not found:
        return blocks
    out = list(blocks)
    for k, head in found:
        first = blocks[k].lines[0]
        rest = first.text.lstrip()[len(head):].lstrip() if first.text.lstrip().startswith(head) \
            else None
        if rest is None:
            continue                       # (marks inside the head: kept as printed)
        ctx.leave_out([Line(first.number, head)], "a running head over the page's text "
                      "(page furniture)", "running-head")
        lines = ([Line(first.number, rest, first.kind)] if rest else []) + blocks[k].lines[1:]
        out[k] = Block(lines) if lines else Block([])
        n = blocks[k - 1].text.strip()
        if n.isdigit():
            out[k - 1] = Block([Line(blocks[k - 1].first, f"[Page {n}]")])
        ctx.fired("running-heads-glued")
    return [block for block in out if block.lines]


def lone_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A number alone between blank lines ("233", "234") is how page-by-page transcriptions
    and OCR exports give the original's pages (Transkribus's and FromThePage's text per
    page, the Internet Archive's _djvu.txt, a catalogue transcribed page by page). But a
    number alone is also a section's or a stanza's, so only on evidence: two at least,
    rising page by page, a page's worth of text apart, and one at least cutting a sentence
    (the text before it runs on, in lower case, after it)."""
    found = [k for k, block in enumerate(blocks) if len(block.lines) == 1
             and block.lines[0].kind in ("", "quote") and len(block.lines[0].text) < 12
             and LONE_NUMBER.match(block.lines[0].text.strip())]
    if len(found) < 2 or not page_sequence([int(blocks[k].text) for k in found]):
        return blocks
    alone = set(found)
    gaps: list[int] = [0]                  # characters of text after each number
    for k, block in enumerate(blocks):
        if k in alone:
            gaps.append(0)
        else:
            gaps[-1] += len(block.text)
    between = sorted(g for g in gaps[1:-1] if g)      # (two numbers in a row: a page with
    if not between or between[len(between) // 2] < 200:   # nothing transcribed, a plate)
        return blocks
    # (a run of numbers stands between the text before it and the text after it)
    texts = [k for k in range(len(blocks)) if k not in alone]
    cut = any(plain(blocks[a].lines[-1].text).rstrip()[-1:] not in SENTENCE_END
              and plain(blocks[b].lines[0].text).lstrip()[:1].islower()
              for a, b in itertools.pairwise(texts) if b - a > 1)
    if not cut:
        return blocks
    ctx.fired("lone-page-numbers")
    return [Block([Line(block.first, f"[Page {block.text.strip()}]")]) if k in alone else block
            for k, block in enumerate(blocks)]


# A running head with its page number on one line: "12 THE HISTORY OF ROME", "CHAPTER III 13"
# (never a number after a number sign: "ПРИЛОЖЕНИЕ № 1", "Annex No. 2" number an annex)
NUMBERED_HEAD = re.compile(r"^(?:(?P<lead>\d{1,4})\s+(?P<after>\D.{2,70})|(?P<before>.{3,70}\D)"
                           r"(?<!№)(?<!N[o°º])(?<!N[o°º]\.)(?<!Nr)(?<!Nr\.)(?<!n[°º])(?<!#)\s+"
                           r"(?P<trail>\d{1,4}))$")


# a page's stamp at its foot: an archive's scan identifier and the page it numbers
# ("HW 50953 DocId:32338011 Page 1", OCR'd "NW 50955 “Docld: 32424934 Page 8")
FOOT_STAMP = re.compile(r"^(?P<lead>.{0,24}?)(?<!\d)(?P<id>\d{6,12})\W{0,3}\s*Page\s*[:.]?\s*"
                        r"(?P<n>\d{1,4})(?!\d)")
# what may stand before a stamp's number: the archive's prefix in capitals and figures
# ("HW 50953", "“WW"), and its label however OCR read it ("DocId:", "Doold:", "DBocld:"),
# never a line's words ("Yours truly, 32338011 Page 1" is text with a number in it)
STAMP_LEAD_TOKEN = re.compile(r"^[\W\d_]*(?:[^\W\d_a-z]*[\W\d_]*|D[^\W\d_]{2,6}[:;]\W?)$")


def _stamp_lead(lead: str) -> bool:
    return all(STAMP_LEAD_TOKEN.match(token) for token in lead.split())


# the text a foot stamp leaves after the document's last one (OCR's specks: "i", "etn")
FOOT_STAMP_TAIL = 40


def page_foot_stamps(blocks: list[Block], ctx: Context) -> list[Block]:
    """A stamp at the foot of each page: an archive's scan number and the page's number
    ("HW 50953 DocId:32338011 Page 1" under the text of a NARA scan). Evidence: two
    stamps at least with one identifier (OCR may misread a figure of it: one edit), their
    page numbers rising by one, text before the first and next to nothing after the last:
    then each stamp closes its page, the next page begins after it (<pb n="N+1"/>, none
    after the last), and the stamp is left out and reported as running furniture; what
    OCR glued after it ("EYES ONLY") stays. A page marker before the first stamp numbers
    the first page; without one the text opens page N of the first stamp."""
    found: list[tuple[int, int, re.Match[str]]] = []
    for b, block in enumerate(blocks):
        for i, ln in enumerate(block.lines):
            text = plain(ln.text).strip()
            if len(text) <= 90 and not ln.kind.startswith("h") and "age" in text and \
                    (m := FOOT_STAMP.match(text)) and _stamp_lead(m["lead"]):
                found.append((b, i, m))
    if len(found) < 2:
        return blocks
    ids = Counter(m["id"] for _, _, m in found)
    stamp_id = ids.most_common(1)[0][0]
    found = [(b, i, m) for b, i, m in found if len(m["id"]) == len(stamp_id)
             and _edits(m["id"], stamp_id, 1) <= 1]
    numbers = [int(m["n"]) for _, _, m in found]
    steps = sorted(y - x for x, y in itertools.pairwise(numbers))
    if len(found) < 2 or steps[0] <= 0 or steps[len(steps) // 2] != 1:
        return blocks
    first_b, first_i, _ = found[0]
    last_b, last_i, _ = found[-1]
    before = sum(len(ln.text) for ln in blocks[first_b].lines[:first_i]) + sum(
        len(ln.text) for block in blocks[:first_b] for ln in block.lines
        if not ln.kind.startswith("h"))
    after = sum(sum(c.isalpha() for c in ln.text) for ln in blocks[last_b].lines[last_i + 1:]) \
        + sum(sum(c.isalpha() for c in ln.text) for block in blocks[last_b + 1:]
              for ln in block.lines)
    if before < 2 * FOOT_STAMP_TAIL or after >= FOOT_STAMP_TAIL:
        return blocks                      # (a head's stamp, or a stamp in the text)
    marked = any(page_number(ln.text, ln.kind) is not None for block in blocks[:first_b + 1]
                 for ln in (block.lines if block is not blocks[first_b]
                            else block.lines[:first_i]))
    stamps = {(b, i): m for b, i, m in found}
    last = (last_b, last_i)
    out: list[Block] = []
    if not marked:
        at = next((k for k, block in enumerate(blocks)
                   if not block.lines[0].kind.startswith("h")), None)
        if at is None or at > first_b:
            return blocks                  # (no text opens the first page before its stamp)
        out.extend(blocks[:at])
        out.append(Block([Line(blocks[at].first, f"[Page {found[0][2]['n']}]")]))
        blocks = blocks[at:]
        stamps = {(b - at, i): m for (b, i), m in stamps.items()}
        last = (last_b - at, last_i)
    for b, block in enumerate(blocks):
        current: list[Line] = []
        for i, ln in enumerate(block.lines):
            m = stamps.get((b, i))
            if m is None:
                current.append(ln)
                continue
            text = plain(ln.text).strip()
            rest = text[m.end():].strip()
            ctx.leave_out([Line(ln.number, text[:m.end()])], "a page's stamp at its foot (the "
                          "archive's scan number and the page it closes): the page after it "
                          "numbers the <pb/>", "running-head")
            if rest and any(c.isalpha() for c in rest):
                current.append(Line(ln.number, rest, ln.kind))
            if current:
                out.append(Block(current))
                current = []
            if (b, i) != last:
                out.append(Block([Line(ln.number, f"[Page {int(m['n']) + 1}]")]))
        if current:
            out.append(Block(current))
    ctx.fired("page-foot-stamps")
    return out


def page_furniture(blocks: list[Block], ctx: Context) -> list[Block]:
    """Pages without form feeds (OCR, a PDF turned into HTML or text): a number alone next to
    lines that recur from page to page is a page number with its running head and footer,
    and so is a recurring line with a number at one end ("12 THE HISTORY OF ROME"). The
    numbers must rise through the document and the running lines recur in two pages at
    least; then each number becomes [Page N] and its running lines are left out (reported).
    A number or a recurring line alone proves nothing: section numbers, a refrain."""
    if len(blocks) < 4:
        return blocks
    rows = [(b, i, ln) for b, block in enumerate(blocks) for i, ln in enumerate(block.lines)
            if ln.text.strip() and not ln.kind.startswith("h")]   # (a heading is no furniture)
    # (a day and its month is a diary's entry heading, never a page number with its head:
    # "6 september", "7 september" rise like pages)
    numbered = [r for r, (_, _, ln) in enumerate(rows) if _may_end_in_figures(ln.text)
                and _ends_in_figures(ln.text) and not DAY_MONTH.match(_flat(ln.text).strip())]
    # (the pages a format already marks: a PDF turned into HTML breaks its pages itself)
    markers = {r for r, (_, _, ln) in enumerate(rows)
               if ln.text.startswith("[P") and page_number(ln.text) is not None}
    if len(numbered) < 2:
        return blocks
    # (the lines that can be furniture: near a number; then how often each is printed)
    near = {_furniture_key(rows[k][2].text) for r in numbered for step in (-1, 1)
            for k in _beside(r, step, len(rows), markers)}
    # (each distinct line keyed once: a line and its key are counted, not keyed again)
    counts: Counter[str] = Counter()
    for text, times in Counter(ln.text for _, _, ln in rows if _short(ln.text, 160)).items():
        key = _furniture_key(text)
        if key in near:
            counts[key] += times
    # (a running head OCR'd with a letter wrong, "CERTAIN SYMPTOMS OP" for "… OF", is the
    # head it misreads: counted with it, and left out with it)
    canon = _ocr_variants(counts)
    for variant, key in canon.items():
        counts[key] += counts.pop(variant)
    near |= set(canon.values())

    def key_of(text: str) -> str:
        key = _furniture_key(text)
        return canon.get(key, key)
    # a running head numbered on its line recurs with a rising number ("April 30, 2014",
    # always with its year, is a recurring line, not a numbered head)
    numbers_of: dict[str, list[int]] = {}
    for r in numbered:
        head = NUMBERED_HEAD.match(_flat(rows[r][2].text))
        if head:
            numbers_of.setdefault(key_of(head.group(0)), []).append(
                int(head.group("lead") or head.group("trail")))
    numbered_heads = {key for key, ns in numbers_of.items()
                      if page_sequence(ns) and _worded(key) and not PART_WORDS.match(key)}
    groups: list[tuple[str, list[int], set[str]]] = []       # (number, rows, running keys)
    for r in numbered:
        text = _flat(rows[r][2].text)
        alone = PAGE_NUMBER_ALONE.match(text)
        head = None if alone else NUMBERED_HEAD.match(text)
        if not alone and (not head or key_of(text) not in numbered_heads):
            continue
        members, keys = [r], {key_of(text)} if head else set()
        for step in (-1, 1):                 # the recurring lines right above and below
            for apart, k in enumerate(_beside(r, step, len(rows), markers)):
                key = key_of(rows[k][2].text)
                # (a longer line only next to a short one: a footer's two lines)
                if not _short(rows[k][2].text, 90 if apart == 0 else 160) or counts[key] < 2 \
                        or not _worded(key):
                    break
                members.append(k)
                keys.add(key)
        found = alone or head
        if keys and found:
            groups.append((found.group("n") if alone else found.group("lead") or found.group(
                "trail"), sorted(members), keys))
    # a running line stands by the page numbers nearly every time it is printed, but once
    # as the title ("Motion agreed to", said 19 times and beside a page number 4 times, is
    # the record's text)
    beside = Counter(key for _, _, keys in groups for key in keys)
    running = {key for key, c in beside.items() if c * 5 >= (counts[key] - 1) * 4}
    kept = []
    for n, members, keys in groups:
        if keys & running:
            kept.append((n, [m for m in members if key_of(rows[m][2].text) in running
                             or _ends_in_figures(rows[m][2].text)], keys & running))
    # pages need text between their heads: numbered lines one right under the other
    # ("2 Ibid." / "3 Ibid.", a note list's entries) are a list's, never two pages
    touching = {k for k in range(1, len(kept))
                if kept[k][1][0] <= kept[k - 1][1][-1] + 1}
    groups = [g for k, g in enumerate(kept) if k not in touching and k + 1 not in touching]
    numbers = [int(n) for n, _, _ in groups]
    shared = Counter(key for _, _, keys in groups for key in keys)
    if len(groups) < 2 or not page_sequence(numbers) or max(shared.values()) < 2:
        return blocks
    if _numbered_units(rows, groups):
        return blocks
    page_at: dict[tuple[int, int], str] = {}
    dropped: set[tuple[int, int]] = set()
    # a converter's page index beside the folios: the page begins at the index's line
    indexed, unpaired = _page_index(rows, groups)
    furniture = {m for _, members, _ in groups for m in members}
    for row, folio, lone in unpaired:
        page_at[(rows[row][0], rows[row][1])] = folio
        heads = list(itertools.takewhile(          # the page's running head under it
            lambda k: _short(rows[k][2].text, 90) and _furniture_key(rows[k][2].text) in running,
            range(row + 1, min(row + 3, len(rows)))))
        gone = [row, *heads, *([lone] if lone is not None else [])]
        dropped.update((rows[k][0], rows[k][1]) for k in gone)
        ctx.leave_out([rows[k][2] for k in gone], "the converter's page index, the page's "
                      "running head and the folio printed in it; the folio numbers the <pb/>",
                      "page-index")
    for n, members, _ in groups:
        first = rows[members[0]]
        if members[0] in indexed:                # one page: the folio numbers its break
            at = indexed[members[0]]
            page_at[(rows[at][0], rows[at][1])] = n
            dropped.add((rows[at][0], rows[at][1]))
            if at not in furniture:
                ctx.leave_out([rows[at][2]], "the converter's page index beside the printed "
                              "folio; the folio numbers the <pb/>", "page-index")
        elif not markers.intersection(range(members[0] - 1, members[-1] + 2)):
            page_at[(first[0], first[1])] = n
        dropped.update((rows[m][0], rows[m][1]) for m in members)
        ctx.leave_out([rows[m][2] for m in members],
                      "running head and page number; the number numbers the <pb/>",
                      "running-head")
    if indexed:
        ctx.fired("page-index")
    # the last page's footer has no page after it to stand beside
    tail = len(rows) - 1
    while tail >= 0 and (rows[tail][0], rows[tail][1]) not in dropped and \
            _short(rows[tail][2].text, 160) and key_of(rows[tail][2].text) in running:
        dropped.add((rows[tail][0], rows[tail][1]))
        ctx.leave_out([rows[tail][2]], "running footer of the last page", "running-head")
        tail -= 1
    _unnumbered_heads(rows, groups, running, key_of, page_at, dropped, ctx)
    ctx.fired("page-furniture")
    out: list[Block] = []
    for b, block in enumerate(blocks):
        current: list[Line] = []
        for i, ln in enumerate(block.lines):
            if (b, i) in page_at:
                if current:
                    out.append(Block(current))
                    current = []
                out.append(Block([Line(ln.number, f"[Page {page_at[(b, i)]}]"
                                       if page_at[(b, i)] else "[Page]")]))
            if (b, i) not in dropped:
                current.append(ln)
        if current:
            out.append(Block(current))
        if any((b, i) in dropped and has_marks(ln.text) for i, ln in enumerate(block.lines)):
            for part in out[len(out) - 1::-1]:   # (what this block became, from its end)
                if part.lines[0].number < block.first or not has_marks(part.text):
                    break
                texts = rebalanced([ln.text for ln in part.lines])   # (as many lines)
                part.lines = [Line(ln.number, text, ln.kind)
                              for ln, text in zip(part.lines, texts, strict=True)]
    return out


def _unnumbered_heads(rows, groups, running, key_of, page_at, dropped, ctx) -> None:
    """A running head standing alone, its page number lost (OCR dropped it), where a
    sentence runs on over it ("… one of its most con-" / "NERVOUS EXHAUSTION." / "stant
    …"): a page break too, numbered only where the pages around it leave one number out."""
    starts = sorted((members[0], int(n)) for n, members, _ in groups)
    for r, (b, i, ln) in enumerate(rows):
        if (b, i) in dropped or r == 0 or r + 1 >= len(rows) \
                or key_of(ln.text) not in running:
            continue
        before, after = rows[r - 1], rows[r + 1]
        if before[0] == b or after[0] == b:
            continue                      # (alone: a block of its own)
        if (before[0], before[1]) in dropped or (after[0], after[1]) in dropped:
            continue
        if plain(before[2].text).rstrip()[-1:] in SENTENCE_END or \
                not plain(after[2].text).lstrip()[:1].islower():
            continue
        below = [n for start, n in starts if start < r]
        above = [n for start, n in starts if start > r]
        n = str(below[-1] + 1) if below and above and above[0] - below[-1] == 2 else ""
        page_at[(b, i)] = n
        dropped.add((b, i))
        ctx.leave_out([ln], "running head of a page whose number is lost; a page break",
                      "running-head")
        ctx.fired("unnumbered-running-head")


def _ocr_variants(counts: Counter[str]) -> dict[str, str]:
    """Keys printed once that differ from a key printed more often by a letter or so (one
    edit in ten letters, OCR's misreading): the key each stands for."""
    out: dict[str, str] = {}
    often = [key for key, c in counts.items() if c >= 2 and _worded(key) and len(key) >= 8]
    for key, c in counts.items():
        if c != 1 or len(key) < 8 or not _worded(key):
            continue
        for other in often:
            if abs(len(other) - len(key)) <= 1 and \
                    _edits(key, other, max(1, len(key) // 10)) <= max(1, len(key) // 10):
                out[key] = other
                break
    return out


def _edits(a: str, b: str, most: int) -> int:
    """The edit distance of *a* and *b*, or more than *most* once it is known to be."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]
# a converter's page index alone on its line: "Page 66", "[Page 66]" (pdftohtml's anchor
# text, an ABBYY or BCL export's page label)
PAGE_INDEX = re.compile(r"^\[?(?:page|p\.|pg\.?)\s*(?P<n>\d{1,5})\]?$", re.I)


def _page_index(rows: list, groups: list[tuple[str, list[int], set[str]]]
                ) -> tuple[dict[int, int], list[tuple[int, str, int | None]]]:
    """A PDF converter's own page index ("Page 66", numbered from the file's first page)
    beside the printed folios (564, found with their running heads): one page break, not
    two. Each folio's page is the index marker that last precedes it (no other folio
    between); where two pairs or more hold and every pair differs by one offset, they are
    one page each, and an index with no folio found in its page (the folio printed at its
    foot after the text, "2992" among the record's lines) is its index plus the offset,
    the lone number in its page with it. Returns {a folio's first row: its index's row}
    and [(an index's row, its folio, the row of the folio's number or None)]."""
    index = [(r, int(m.group("n"))) for r, (_, _, ln) in enumerate(rows)
             if (m := PAGE_INDEX.match(_flat(ln.text).strip()))]
    if len(index) < 2 or len(groups) < 2:
        return {}, []
    starts = sorted(members[0] for _, members, _ in groups)
    folio_of = {members[0]: int(n) for n, members, _ in groups}
    spans = list(zip(index, [r for r, _ in index[1:]] + [len(rows)], strict=True))
    pairs: dict[int, tuple[int, int]] = {}       # folio's row -> (index's row, index)
    for (row, number), end in spans:
        inside = [s for s in starts if row <= s < end]
        if inside:                       # the first folio in the index's page
            pairs[inside[0]] = (row, number)
    offsets = {folio_of[s] - number for s, (_, number) in pairs.items()}
    if len(pairs) < 2 or len(offsets) != 1:
        return {}, []
    offset = offsets.pop()
    last = max(folio_of[s] for s in pairs)
    alone: list[tuple[int, str, int | None]] = []
    for (row, number), end in spans:
        if number + offset <= last or any(row <= s < end for s in starts):
            continue                     # (a page with its folio, or one before them)
        folio = str(number + offset)
        lone = next((k for k in range(row + 1, end)
                     if _flat(rows[k][2].text).strip() == folio), None)
        alone.append((row, folio, lone))
    return {s: row for s, (row, _) in pairs.items()}, alone
# a number with a letter after it alone on its line ("3 A", "3 B": a letter and its reply)
SUFFIXED_NUMBER = re.compile(r"^(?P<n>\d{1,4})\s?[A-Za-z]$")
MIN_UNCUT_UNITS = 4


def _numbered_units(rows: list, groups: list[tuple[str, list[int], set[str]]]) -> bool:
    """Numbers with a recurring line under each that number units of a collection, not
    pages: a letter's number over its salutation ("2" / "C. PLINIUS TRAIANO IMPERATORI").
    Evidence: a number of the series with a letter after it alone on a line ("3 A", "3 B"),
    or four numbers at least none of which cuts a sentence (the text before it without a
    sentence's end, the text after it going on in lower case, a section number before it
    maybe): a page break cuts running text now and then, a unit's number never does."""
    numbers = {int(n) for n, _, _ in groups}
    for _, _, ln in rows:
        m = SUFFIXED_NUMBER.match(_flat(ln.text).strip())
        if m and min(numbers) <= int(m.group("n")) <= max(numbers):
            return True
    if len(groups) < MIN_UNCUT_UNITS or any(   # (each unit's text between its numbers)
            b[1][0] <= a[1][-1] + 1 for a, b in itertools.pairwise(groups)):
        return False
    for _, members, _ in groups:
        before, after = members[0] - 1, members[-1] + 1
        if before < 0 or after >= len(rows):
            continue
        end = plain(rows[before][2].text).rstrip()[-1:]
        start = next((c for c in plain(rows[after][2].text) if c.isalpha()), "")
        if not start.isupper() and (end not in SENTENCE_END or not start.islower()):
            return False    # (a cut, or a script without capitals: Chinese tells nothing)
    return True


def _beside(row: int, step: int, count: int, markers: set[int]) -> list[int]:
    """The two rows above (step -1) or below (step 1) a row, over a page break that a format
    marks between a page's foot and the next page's head."""
    out: list[int] = []
    k = row + step
    while 0 <= k < count and len(out) < 2:
        if k not in markers:
            out.append(k)
        k += step
    return out


def _may_end_in_figures(text: str) -> bool:
    """A quick look before _ends_in_figures (every line of the source passes here): a
    figure, a space or an emphasis sign at either end."""
    first, last = text[:1], text[-1:]
    return first.isdigit() or last.isdigit() or first.isspace() or last.isspace() or \
        "\ufdd0" <= first <= "\ufdef" or "\ufdd0" <= last <= "\ufdef"


def _ends_in_figures(text: str) -> bool:
    text = _flat(text)
    return 0 < len(text) <= 90 and (text[:1].isdigit() or text[-1:].isdigit()) and \
        page_number(text) is None            # (a page marker has its own rule)


def _flat(text: str) -> str:
    """A line as printed: without emphasis, a wide space two spaces (a PDF turned into HTML
    spreads a running head over the width with no-break spaces; "DN 26.5.2008  1" is a
    date and a page number, apart)."""
    return WIDE_SPACE.sub("  ", plain(text).strip()).replace("\xa0", " ")


WIDE_SPACE = re.compile(r"\s{2,}")


def _short(text: str, most: int = 90) -> bool:
    """Short enough to be a running line (measured as printed: no-break spaces that spread
    a PDF's line over the page are one space)."""
    return len(text) <= most or (len(text) <= 4 * most and len(_flat(text)) <= most)


def page_sequence(numbers: list[int]) -> bool:
    """Numbers that rise page by page (a page or two may be missing): not times ("{time}
    1100", "1115"), years or section numbers out of order."""
    steps = sorted(b - a for a, b in itertools.pairwise(numbers))
    return bool(steps) and steps[0] > 0 and steps[len(steps) // 2] <= 2


def _worded(key: str) -> bool:
    """A running line has words ("[00:04:17]", "12.5" recur as shapes, not as lines)."""
    return sum(c.isalpha() for c in key) >= 2      # ("DN 26.5.2008  1": a sitting's initials)


# numbered headings of a text's own parts, which rise one by one as page numbers do
PART_WORDS = re.compile(r"(?i)^(?:chapter|section|part|letter|article|book|act|scene|canto|"
                        r"psalm|no\.?|number|item|question|lesson|day|entry|volume|vol\.?|"
                        r"session|meeting|sitting|document|appendix|annex|exhibit|figure|"
                        r"table|plate|sermon|hymn|song|poem|verse|note|page|p\.)$")


DIGITS_AS_SPACES = str.maketrans("0123456789", " " * 10)


def _furniture_key(text: str) -> str:
    """A running line as it recurs: without its page number, emphasis, spacing or case."""
    return " ".join(plain(text).translate(DIGITS_AS_SPACES).split()).casefold()


FUSED_NUMBER = re.compile(r"(?<=[^\W\d_]{2})(\d{1,5})$")


def _fused_page_number(last: Line, ctx: Context) -> None:
    """A page with no number line whose last word ends in figures ("mari125"): the page
    number may have been run into a word. A warning, never a guess: the word stays."""
    text = last.text.rstrip()
    m = FUSED_NUMBER.search(text)
    if m:
        word = text[text.rfind(" ") + 1:]
        ctx.diags.warn(f"the page's last word \u201c{word}\u201d ends in figures: a page number "
                       f"({m.group(1)}) may be run into it; kept as printed", "fused-page-number",
                       last.number, m.start() + 1)


def _page_label(text: str) -> str | None:
    """The number of a page's label in words and figures alone on its line ("Page 10",
    "PAGE 3"; not a roman number, which may be a heading's)."""
    m = PAGE_WORD_FORM.match(plain(text).strip()) if text.strip()[:1].isalpha() else None
    return m.group("n") if m and not m.group("roman") else None


def _running_feet(pages: list[list[Line]]) -> set[str]:
    """The last lines of pages (one or two) that end three pages at least and most of them,
    the same words (a reporter's name and address under each page of a transcript);
    never a figure alone (a page's number)."""
    if len(pages) < 4:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        content = [" ".join(ln.text.split()) for ln in page if ln.text.strip()]
        counts.update(set(content[-2:]))
    return {text for text, c in counts.items()
            if c >= 3 and c * 2 > len(pages) and not text.isdigit()
            and any(ch.isalpha() for ch in text)}


def _running_heads(pages: list[list[Line]]) -> set[str]:
    """First lines of pages that recur (OCR garbles them, so alike, not equal, counts); a
    page's label ("Page 10") over the head aside."""
    firsts = [next((ln.text.strip() for ln in page if ln.text.strip()
                    and _page_label(ln.text) is None), "") for page in pages[1:]]
    heads = set()
    for i, text in enumerate(firsts):
        if not text:
            continue
        others = firsts[:i] + firsts[i + 1:]
        if any(_alike(text, other) for other in others):
            heads.add(text)
    return heads


def _alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    from difflib import SequenceMatcher
    matcher = SequenceMatcher(None, a[:80], b[:80], autojunk=False)
    # (the quick ratios are upper bounds of ratio(), far cheaper: most pairs stop there)
    return matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and \
        matcher.ratio() >= 0.6

"""Line layout: how the lines of a plain-text, preformatted or OCR source make blocks.

Run before any other rule, on the blocks the source format gives:

- a page marker in any of its common forms (``[Page 12]``, ``[[Page H6116]]``, ``Page 12``,
  ``- 12 -``, ``[p. 12]``, ``_page: 42``, a Markdown ``## Page 1``) stands on a line of its
  own and becomes the canonical ``[Page N]`` line that the block rules turn into ``<pb/>``;
- a scan's page header (HathiTrust's ``## p. xiii (#17) ####``), numbers in brackets alone
  on lines that rise page by page (``[35]``), and `` // `` marks in running prose are page
  breaks too;
- a form feed starts a page: its running head is left out (reported) and the page number
  printed alone at the foot of the page (or in the head) numbers its ``<pb/>``;
- paragraphs marked by indentation rather than blank lines (typescripts, GPO records) are
  split at each indented line;
- a word hyphenated at the end of a line is joined (every join is reported).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from ..formats.marks import has_marks, plain, rebalanced
from ..sourcetext import PAGE_MARK, Block, Line, blocks_of
from .context import Context
from .dates import DAY_HEADING, DAY_MONTH
from .language import NAMES

# A folio or page marker in brackets, as documentary editions set the original's foliation
# in the text ("[f. 369r]", "[fol. 12v]", "[fº 5]", "[fo. 3]", Portuguese "[fl. 3v]",
# "[pág. 4]"): the standard of Spanish and Latin-American archives' transcriptions (AGN,
# AGI, PARES), of Portuguese and Italian editions and of English ones ("[fol. 3v]"); Pandoc
# writes them "\[f. 369r\]", which Markdown reads back as brackets. A marker, never words
# an editor restored; a range ("[ff. 54v-56r]") cites, it breaks no page
FOLIO_LABEL = r"(?:fol(?:io)?\.?|f\.?\s?[º°]\.?|fo\.?|fl\.|f\.|p[áa]g\.?|pg\.|p\.)"
FOLIO_IN_BRACKETS = re.compile(r"\[\s*" + FOLIO_LABEL + r"\s*(?P<n>\d{1,5})\s?(?P<side>[rv])?"
                               r"\.?\s*\]", re.I)


def folio_number(m: re.Match) -> str:
    """A folio marker's number as the page break gives it: "369r" of "[f. 369 r]"."""
    return m.group("n") + (m.group("side") or "").lower()


PAGE_FORMS = [
    re.compile(r"^\[{1,2}\s*(?:page|p\.|pg\.?)\s*(?P<n>[A-Z]?\d{1,5}[a-z]?|[ivxlcdm]{1,8})\s*\]{1,2}$",
               re.I),
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
PAGE_WORD_LEAD = re.compile(rf"^{PAGE_WORD}\s*[\divxlcdm]", re.I)
# A column of a printed page (Hansard, newspapers): "Col. 123", "[Column 123]", "[c. 123]"
COLUMN_FORM = re.compile(r"^\[{0,2}\s*(?:col(?:umn)?\.?|c\.)\s*(?P<n>\d{1,5}[a-z]?)\s*\]{0,2}$",
                         re.I)
PAGE_NUMBER_ALONE = re.compile(r"^(?P<n>\d{1,5})$")
INDENT = re.compile(r"^[ \t\u00a0]*")
HYPHEN_END = re.compile(r"(?<=[^\W\d_])-$")
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


RULE_LINE = re.compile(r"^\s*(?:[-_=*~]\s*){5,}$")
# a shorter rule, three signs or four of one kind ("---", "* * *", "~~~"), is a separator
# too where it is a paragraph of its own (as Markdown reads it: a Word or text file's "---"
# between two parts); inside a paragraph it stays (a dash run in a line of text)
SHORT_RULE = re.compile(r"^\s*([-_=*~])(?:\s*\1){2,}\s*$")
# A note defined where it stands: GPO's "\1\ text" under a rule, Gutenberg's
# "[Footnote 1: text]"
NOTE_DEFINITION = re.compile(r"^\s*(?:\\(?P<gpo>\d{1,6})\\\s+|"
                             r"\[Footnote\s+(?P<pg>\d{1,6}|[*†‡])\s*:\s*)")
GPO_MARKER = re.compile(r"\\(\d{1,6})\\")
GPO_FRACTION = re.compile(r"(?<=\d)\\(\d{1,3})/(\d{1,3})\\")


def normalise(blocks: list[Block], ctx: Context) -> list[Block]:
    blocks = _line_references(blocks, ctx)
    blocks = _margin_line_numbers(blocks, ctx)
    blocks = _identifier_lines(blocks, ctx)
    blocks = _leaders(blocks, ctx)
    blocks = _take_marks(blocks, ctx)
    blocks = _scan_page_headers(blocks, ctx)
    blocks = _bracket_page_numbers(blocks, ctx)
    blocks = _leading_page_numbers(blocks, ctx)
    blocks = _preprinted_page_numbers(blocks, ctx)
    blocks = _brace_page_numbers(blocks, ctx)
    blocks = _emphasised_page_numbers(blocks, ctx)
    blocks = _page_marks_in_prose(blocks, ctx)
    blocks = _form_feed_pages(blocks, ctx)
    blocks = _page_furniture(blocks, ctx)
    blocks = _entry_date_heads(blocks, ctx)
    blocks = _library_stamps(blocks, ctx)
    blocks = _glued_running_heads(blocks, ctx)
    blocks = _lone_page_numbers(blocks, ctx)
    blocks = _version_labels(blocks, ctx)
    blocks = _act_heads(blocks, ctx)
    blocks = _part_marks(blocks, ctx)
    blocks = _number_columns(blocks, ctx)
    openers = _page_word_openers(blocks)
    out: list[Block] = []
    for block in blocks:
        if len(block.lines) == 1 and not _may_stand_alone(block.lines[0].text) and \
                _leading_folio(block.lines[0].text) is None:
            out.append(block)             # (one line, no mark: none of the four splits it)
            continue
        for part in _page_lines(block, ctx, openers):
            for piece in _split_indented(part):
                for paragraph in _split_long_lines(piece, ctx):
                    for point in _split_enumerations(paragraph):
                        out.extend(_split_paragraph_ends(point, ctx))
    out = _typewriter_signs(out, ctx)
    out = _parenthesis_left_open(out, ctx)
    out = _field_run(out, ctx)
    out = _notes_in_place(out, ctx)
    return lettered_notes(symbol_notes(note_list_forms(out, ctx), ctx), ctx)


# a label over one of a text's versions side by side: "[Italian]", "[English translation]",
# "[Transcription]" (an edition's tabs or columns: the original, its edited text, a translation)
LANGUAGE_NAMES = "|".join(sorted(NAMES, key=len, reverse=True))
VERSION_LABEL = re.compile(
    rf"\[((?:{LANGUAGE_NAMES})(?:\s+(?:text|translation|version|original|transcription))?|"
    r"(?:diplomatic\s+)?transcription|translation|edited\s+text|original(?:\s+text)?)\]$",
    re.I)


def _version_labels(blocks: list[Block], ctx: Context) -> list[Block]:
    """A line alone that names a version in brackets ("[Italian]", "[English]") heads that
    version: a heading (its brackets only say it is a label), never restored words, and
    never part of a letter's address."""
    out = []
    for block in blocks:
        line = block.lines[0]
        m = VERSION_LABEL.match(line.text.strip()) if len(block.lines) == 1 \
            and line.kind == "" and line.text.lstrip()[:1] == "[" else None
        if m:
            block = Block([Line(line.number, m.group(1), "h6")])
            ctx.fired("version-label")
        out.append(block)
    return out


# A play's act or scene heading on a line of its own: "ACTUS II.", "ACTVS SECVNDVS", "ACT
# III.", "Scene 2", "SCAENA PRIMA", "AKT I", "ATTO SECONDO", "ACTE IV" (the number in roman
# or arabic figures, or an ordinal word); an act is one level over a scene
ORDINALS = (r"primus|prima|primum|secundus|secunda|secundum|tertius|tertia|tertium|quartus|"
            r"quarta|quartum|quintus|quinta|quintum|first|second|third|fourth|fifth|one|two|"
            r"three|four|five|premier|première|deuxième|troisième|quatrième|cinquième|"
            r"primo|secondo|terzo|quarto|quinto|erster|zweiter|dritter|vierter|fünfter")
ACT_HEAD = re.compile(r"^(?P<word>actus|actvs|act|acte|akt|atto|acto|aufzug|"
                      r"scaena|scena|scene|scène|szene|escena|auftritt)\s+(?:[ivxlc]{1,6}|\d{1,2}|"
                      + ORDINALS.replace("u", "[uv]") + r")\.?$", re.I)


def _entry_date_head(block: Block) -> bool:
    """A block that is one line, a day and its month and nothing more ("6 september",
    "Maandag 18 september.", "Sept. 6.", "12 June 1916"), with a weekday or a year or not."""
    if len(block.lines) != 1 or block.lines[0].kind:
        return False
    text = plain(block.lines[0].text).strip()
    m = DAY_HEADING.match(text) if len(text) <= 40 else None
    return m is not None and bool(m.group("month") or m.group("month2"))


def _entry_date_heads(blocks: list[Block], ctx: Context) -> list[Block]:
    """A diary's, a journal's or a log's entries under their day-dates: two lines or more
    of their own that are a day and a month, each over the entry's text, are headings
    (the text builder dates them, the year carried from the text before), never a page's
    running head and number ("6 september" / "7 september" rise like pages). A date line
    over a salutation is a letter's dateline (a collection of letters), not an entry's."""
    # (imported here: letters' imports reach layout)
    from .letters import is_salutation

    heads = [k for k, block in enumerate(blocks) if _entry_date_head(block)
             and k + 1 < len(blocks) and not _entry_date_head(blocks[k + 1])
             and not blocks[k + 1].lines[0].kind[:1] == "h"
             and not is_salutation(plain(blocks[k + 1].lines[0].text).strip())]
    if len(heads) < 2:
        return blocks
    # (one level under the heading over the first entry: "## September 1944" / entries)
    above = [int(ln.kind[1]) for block in blocks[:heads[0]] for ln in block.lines[:1]
             if ln.kind in ("h1", "h2", "h3", "h4", "h5")]
    kind = f"h{above[-1] + 1}" if above else "h2"
    out = list(blocks)
    for k in heads:
        line = blocks[k].lines[0]
        out[k] = Block([Line(line.number, line.text, kind)])
    ctx.fired("entry-date-lines")
    return out


def _act_heads(blocks: list[Block], ctx: Context) -> list[Block]:
    """A play's act or scene heading ("ACTUS II.") is a heading, also where the source set
    it on the last or first line of a stanza (TransLatin's Celtis: "… digna coli!" / "ACTUS
    II." in one Word paragraph, parted by a soft break): a block of its own. In capitals
    or capitalised, never inside a sentence."""
    out: list[Block] = []
    for block in blocks:
        found = [k for k, ln in enumerate(block.lines) if not ln.kind
                 and ln.text.lstrip()[:1].isupper() and len(ln.text) <= 40
                 and ACT_HEAD.match(plain(ln.text).strip())
                 and (k in (0, len(block.lines) - 1))]
        if not found:
            out.append(block)
            continue
        start = 0
        for k in found:
            if k > start:
                out.append(Block(block.lines[start:k]))
            line = block.lines[k]
            head = ACT_HEAD.match(plain(line.text).strip())
            scene = head is not None and head.group("word").casefold() in (
                "scaena", "scena", "scene", "scène", "szene", "escena", "auftritt")
            out.append(Block([Line(line.number, line.text, "h3" if scene else "h2")]))
            start = k + 1
        if start < len(block.lines):
            out.append(Block(block.lines[start:]))
        ctx.fired("act-heading")
    return out


# A transcription's mark of the text's parts, a line of its own between slashes, as the
# Huygens Institute's Word transcriptions set them (TransLatin's "/front/", "/main/",
# "/back/"; Suriano's "/START LETTER/" is the letters' form of it, see letters.LETTER_MARK)
PART_MARK = re.compile(r"^/\s*(?P<part>front|main|body|back|text|title|titlepage)\s*/$", re.I)


def _part_marks(blocks: list[Block], ctx: Context) -> list[Block]:
    """A line "/front/", "/main/", "/back/" that marks where a transcription's parts begin:
    layout, left out and reported. The short lines between "/front/" and "/main/" are the
    title page's (TransLatin's Henno: "Joannis Reuchlin Phorcensis" / "Scaenica
    Progymnasmata" / "Hoc est" / "Ludicra praeexercitamenta"): one heading, the title,
    where the text has no heading before them."""
    marks = [k for k, b in enumerate(blocks) if len(b.lines) == 1 and not b.lines[0].kind
             and b.lines[0].text.lstrip()[:1] == "/"
             and PART_MARK.match(plain(b.lines[0].text).strip())]
    if not marks:
        return blocks
    out: list[Block] = []
    front: list[Block] | None = None
    for k, block in enumerate(blocks):
        mark = PART_MARK.match(plain(block.lines[0].text).strip()) if k in marks else None
        if mark is not None:
            part = mark.group("part").casefold()
            if front:
                out.extend(_title_page(front, out, ctx))
            front = [] if part == "front" else None
            ctx.leave_out(block.lines, "a mark of the transcription's parts (layout)",
                          "part-mark")
            ctx.fired("part-mark")
            continue
        if front is not None:
            front.append(block)
        else:
            out.append(block)
    if front:
        out.extend(front)
    return out


def _heading_like(block: Block) -> bool:
    """One short line of capitalised words, with no sentence's sign but a last full stop
    ("Konrad Celtis LUDUS DIANAE."): the text's own heading over a marked front part."""
    text = plain(block.lines[0].text).strip().rstrip(".")
    words = [w for w in text.split() if len(w) > 2]
    return len(block.lines) == 1 and 0 < len(text.split()) <= 10 and bool(words) \
        and not re.search(r"[.,;:!?()\[\]]", text) \
        and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _number_columns(blocks: list[Block], ctx: Context) -> list[Block]:
    """Paragraphs that hold a number each, three or more in a row that step evenly ("5" /
    "10" / "15" / "20" / "25" / "30"): a column of the manuscript's line numbers a Word
    transcription sets beside each page's lines (De septem rivis, Freiburg/Münster), never
    the text; left out and reported."""
    numbers = [int(plain(b.lines[0].text).strip()) if len(b.lines) == 1
               and plain(b.lines[0].text).strip().isdecimal()
               and len(plain(b.lines[0].text).strip()) <= 4 else None for b in blocks]
    if sum(n is not None for n in numbers) < 3:
        return blocks
    drop: set[int] = set()
    k = 0
    while k < len(blocks):
        j = k
        while j < len(blocks) and numbers[j] is not None:
            j += 1
        run = [n for n in numbers[k:j] if n is not None]
        steps = {b - a for a, b in itertools.pairwise(run)}
        if len(run) >= 3 and len(steps) == 1 and steps.pop() in (1, 2, 4, 5, 10):
            drop.update(range(k, j))
            ctx.leave_out([blocks[k].lines[0], blocks[j - 1].lines[0]],
                          "a column of line numbers beside the text (layout)", "line-numbers")
            ctx.fired("number-column")
        k = max(j, k + 1)
    return [b for k, b in enumerate(blocks) if k not in drop] if drop else blocks


def _title_page(front: list[Block], before: list[Block], ctx: Context) -> list[Block]:
    """The blocks of a marked front part: its short lines one heading of the title, unless
    a heading comes before them or they are not a title page's (long, or many)."""
    lines = [ln for b in front for ln in b.lines]
    words = sum(len(plain(ln.text).split()) for ln in lines)
    if len(lines) > 6 or words > 40 or any(ln.kind for ln in lines) \
            or any(b.lines[0].kind[:1] == "h" for b in before) \
            or (before and _heading_like(before[0])):
        return front
    ctx.fired("front-title")
    return [Block([Line(lines[0].number, " ".join(plain(ln.text).strip() for ln in lines)
                        if len(lines) > 1 else lines[0].text, "h1")])]


LETTER_NOTE = re.compile(r"^\[(?P<n>[A-Z])\]\s+\S")


def lettered_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """Notes keyed by capital letters where they stand ("… literature.[E] It is …" and,
    after the paragraph, "[E] That Beethoven's genius …"): a note when a marker of the
    same letter, glued to the text, comes before it."""
    found = False
    out: list[Block] = []
    for k, block in enumerate(blocks):
        m = LETTER_NOTE.match(block.lines[0].text)
        marker = f"[{m.group('n')}]" if m else ""
        if m and any(marker in ln.text[1:] for b in blocks[max(0, k - 40):k]
                     for ln in b.lines if ln.kind != "note"):
            out.append(Block([Line(ln.number, ln.text, "note") for ln in block.lines]))
            found = True
        else:
            out.append(block)
    if found:
        ctx.fired("notes-lettered")
    return out


MARGIN_NUMBER = re.compile(r"^\s{0,3}(\d{1,2})(?=\s+\S)")


def _margin_line_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A transcript with its lines numbered in the margin (1 … 25 on each page of a court
    reporter's or a hearing's transcript): the numbers are not the text; left out (and
    reported once), the lines' own indentation kept."""
    # (a line with a number in the margin is never blank or a page number alone: the
    # numbers are counted first, over every line, and most texts have too few)
    count = sum(1 for b in blocks for ln in b.lines if MARGIN_NUMBER.match(ln.text))
    if count < 8:
        return blocks
    lines: list[Line] = []
    for ln in (ln for b in blocks for ln in b.lines):
        if ln.text.strip() and not PAGE_NUMBER_ALONE.match(ln.text.strip().lstrip(PAGE_MARK)):
            lines.append(ln)
            if count < 0.8 * len(lines):  # (the lines left out have no number to count;
                return blocks             # as *lines* only grows, known at once)
    numbers = [MARGIN_NUMBER.match(ln.text) for ln in lines]
    found = [int(m.group(1)) for m in numbers if m]
    if len(found) < 8 or len(found) < 0.8 * len(lines):
        return blocks
    in_order = sum(1 for a, b in itertools.pairwise(found) if b == a + 1 or b == 1)
    if in_order < 0.9 * (len(found) - 1):
        return blocks
    ctx.leave_out(lines[:1], f"line numbers in the margin ({len(found)} lines); the text's "
                  "lines without them", "line-numbers")
    ctx.fired("margin-line-numbers")

    def strip(ln: Line) -> Line:
        m = MARGIN_NUMBER.match(ln.text)
        return Line(ln.number, " " * m.end() + ln.text[m.end():], ln.kind) if m else ln
    return [Block([strip(ln) for ln in b.lines]) for b in blocks]


# A line reference before every line of a line-numbered edition's export: "PAGE:LINE",
# maybe after the volume ("1 4:3  text": the Generale Missiven of GLOBALISE / Huygens,
# Text-Fabric and CLARIAH corpora, OCR corpora keyed page:line, the Early English Books
# and Patrologia exports that cite "col:line")
LINE_REFERENCE = re.compile(r"^\s{0,3}(?:(?P<volume>\d{1,4})[ \t]+)?(?P<page>\d{1,5}):"
                            r"(?P<line>\d{1,4})(?=\s|$)[ \t]*")


def _line_references(blocks: list[Block], ctx: Context) -> list[Block]:
    """An edition exported line by line with each line's reference before it ("1 4:3  text":
    volume, page, line): the references are the edition's apparatus, not the text. The page
    is a page break (<pb n="4"/> where the page changes); the line numbers and the volume
    are left out (reported once; the lines of a paragraph are joined as any hard-wrapped
    text's are, so a line number would have no line to stand at); a line that is only its
    reference is a blank line. Verse-numbered texts (a Bible's "1:1 In the beginning …")
    are not this: their numbered lines are sentences, no line is empty, and no line ends
    in mid-sentence."""
    lines = [ln for b in blocks for ln in b.lines if ln.text.strip()]
    if len(lines) < 5:
        return blocks
    refs = [LINE_REFERENCE.match(ln.text) for ln in lines]
    found = [m for m in refs if m]
    if len(found) < 5 or len(found) < 0.8 * len(lines):
        return blocks
    # the references run in order: the line number rises by one within a page and starts
    # again when the page changes; the volume stays (a log's times "12:01", "12:03" skip
    # and repeat their minutes)
    keys = [(m.group("volume"), int(m.group("page")), int(m.group("line"))) for m in found]
    in_order = sum(1 for (v1, p1, l1), (v2, p2, l2) in itertools.pairwise(keys)
                   if v1 == v2 and ((p2 == p1 and l2 == l1 + 1) or (p2 > p1 and l2 <= 3)))
    if in_order < 0.9 * (len(keys) - 1):
        return blocks
    # an edition's lines: some are empty but for the reference, or run on in mid-sentence
    empty = sum(1 for m in found if m.end() >= len(m.string.rstrip()))
    running = sum(1 for m in found if m.string.rstrip()[-1:].isalpha())
    if not empty and running < 0.3 * len(found):
        return blocks
    ctx.leave_out(lines[:1], f"line references before the lines ({len(found)} lines: "
                  "volume, page and line of the edition); the pages are page breaks, the "
                  "lines are the text without them", "line-references")
    ctx.fired("line-references")
    out: list[Block] = []
    current: list[Line] = []
    page = None

    def close() -> None:
        if current:
            out.append(Block(list(current)))
            current.clear()
    for block in blocks:
        for ln in block.lines:
            m = LINE_REFERENCE.match(ln.text)
            if m is None:
                current.append(ln)
                continue
            if m.group("page") != page:
                page = m.group("page")
                close()
                out.append(Block([Line(ln.number, f"[Page {page}]")]))
            text = ln.text[m.end():]
            if text.strip():
                current.append(Line(ln.number, text, ln.kind))
            else:
                close()           # (a line with nothing but its reference: a blank line)
        close()
    return out


IDENTIFIER = re.compile(r"^(?=[^\s\[\]]*[A-Za-z/_.-])(?=(?:\D*\d){4})[^\s\[\]]{8,40}$")


def _identifier_lines(blocks: list[Block], ctx: Context) -> list[Block]:
    """Lines that are only an identifier of one shape, again and again (a parliament's
    export puts "18/11/2021A00300" under each paragraph): not the document's words; left
    out and reported."""
    def shape(text: str) -> str:      # (a series' letters may be one or two: "A00050",
        return re.sub(r"[A-Za-z]+", "A", re.sub(r"\d", "9", text.strip()))   # "FF00100")
    def identifier(text: str) -> bool:      # a quick look at the length first
        return 8 <= len(text) <= 60 and bool(IDENTIFIER.match(text.strip()))
    shapes = Counter(shape(ln.text) for b in blocks for ln in b.lines
                     if 8 <= len(ln.text) and identifier(ln.text))
    common = {s for s, count in shapes.items() if count >= 3}
    if not common:
        return blocks
    out: list[Block] = []
    for block in blocks:
        kept = []
        for ln in block.lines:
            if identifier(ln.text) and shape(ln.text) in common:
                ctx.leave_out([ln], "an identifier the source's export puts between the "
                              "paragraphs (the same form again and again)", "identifier")
            else:
                kept.append(ln)
        if kept:
            out.append(Block(kept))
    return out


# a contents line's leaders before its page number: dots ("....", ". . . ."), an ellipsis
# run, rules, or their garbled copy (a PDF's leader glyphs read as U+FFFD, maybe after a
# control character: "School Enrolments\b���… 445")
LEADER = re.compile(r"[\x00-\x08\x0b-\x1f]*(?:\ufffd{2,}|\.{4,}|…{2,}|(?:\. ){3,}\.?|_{4,}|·{4,})"
                    r"(?=\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$)")


def _leaders(blocks: list[Block], ctx: Context) -> list[Block]:
    """The leaders of a table of contents (the dots or glyphs that lead the eye from a
    title to its page number) are layout, not words: left out and reported; a tab stands
    where they stood, so that the line stays a contents line."""
    out: list[Block] = []
    for block in blocks:
        lines = []
        for ln in block.lines:
            m = LEADER.search(ln.text) if len(ln.text) > 6 and (
                "\ufffd" in ln.text or "." in ln.text or "…" in ln.text or "_" in ln.text
                or "·" in ln.text) else None
            if m is None:
                lines.append(ln)
                continue
            ctx.leave_out([Line(ln.number, m.group())], "the leaders of a contents line "
                          "(layout), before its page number", "leaders")
            ctx.fired("leaders")
            text = ln.text[:m.start()] + "\t" + " " * (m.end() - m.start() - 1) + ln.text[m.end():]
            lines.append(Line(ln.number, text, ln.kind))
        out.append(Block(lines))
    return out


def _parenthesis_left_open(blocks: list[Block], ctx: Context) -> list[Block]:
    """A block whose last line leaves a parenthesis open goes on in the next block, whose
    first line closes it: a paragraph never ends inside parentheses, a printed line does (a
    PDF's lines as HTML paragraphs: "Mr WALTER SCHNAUBELT (Namatanai — Minister for
    Transport and Civil" / "Aviation) — Mr Assistant Speaker, …", a label over two)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and _left_open(prev.lines[-1]) and _closes_early(block.lines[0]):
            out[-1] = Block(prev.lines + block.lines)
            ctx.diags.info("a line that leaves a parenthesis open joined with the next one, "
                           "which closes it", "rejoined", block.first, 1)
            ctx.fired("rejoined")
        else:
            out.append(block)
    return out


def _left_open(line: Line) -> bool:
    text = line.text
    return not line.kind and "(" in text and text.rfind("(") > text.rfind(")")


def _closes_early(line: Line) -> bool:
    """Does the line close a parenthesis, a few words in, before it opens one (never an
    enumerator's "b)")?"""
    text = line.text.lstrip()
    at = text.find(")", 0, 80)
    return not line.kind and at > 3 and "(" not in text[:at]


# "Case Number :Suit 346/2001/Y", "**Coram** :Tan Lee Meng J" (the key in bold, read as
# plain text here): a record's key, up to five words, a colon and its value
FIELD_RUN_LINE = re.compile(r"^\s*(?P<key>[A-Z][^:\n]{0,40}?)\s*:\s*\S")


def _field_run(blocks: list[Block], ctx: Context) -> list[Block]:
    """A run of three "Key :value" lines or more near the top of the text, each key
    different and none opening a line anywhere else (a judgment's Case Number, Decision
    Date, Tribunal/Court, Coram, Counsel Name(s), Parties): a record's fields, one block
    whose lines are fields, never speakers' turns (speakers come back; fields do not)."""
    top = blocks[:8]
    for k in range(len(top)):
        run = []
        for block in blocks[k:]:
            if not all(_field_key(ln) for ln in block.lines):
                break
            run.append(block)
        lines = [ln for b in run for ln in b.lines]
        if len(lines) < 3:
            continue
        keys = [str(_field_key(ln)).casefold() for ln in lines]
        elsewhere = blocks[:k] + blocks[k + len(run):]
        if len(set(keys)) < len(keys) or _keys_recur(elsewhere, set(keys)):
            return blocks
        ctx.fired("field-run")
        field_lines = [Line(ln.number, ln.text, "field") for ln in lines]
        return [*blocks[:k], Block(field_lines), *blocks[k + len(run):]]
    return blocks


def _field_key(line: Line) -> str | None:
    if line.kind:
        return None
    m = FIELD_RUN_LINE.match(plain(line.text)) if ":" in line.text[:60] else None
    return m.group("key") if m and len(m.group("key").split()) <= 5 else None


def _keys_recur(blocks: list[Block], keys: set[str]) -> bool:
    """Does a key open a line anywhere else, before the run or after it (a speaker's
    label, not a field)?"""
    for block in blocks:
        for ln in block.lines:
            key = _field_key(ln) if ":" in ln.text[:60] else None
            if key is not None and key.casefold() in keys:
                return True
    return False


TAKE_MARK = re.compile(r"^\s*(?P<take>\d{2,3})/(?P<part>\d{2})\s*$")


def _take_marks(blocks: list[Block], ctx: Context) -> list[Block]:
    """The reporters' take marks of a record of speech ("15/06" … "21/06" on lines of
    their own, between and inside the speeches of a Pacific Hansard): the take's number
    rising one by one, the other the same. Not the speakers' words: left out and reported.
    (Only where someone speaks: in a diary "15/06" / "16/06" are the entries' dates.)"""
    found = [(k, i, m) for k, b in enumerate(blocks) for i, ln in enumerate(b.lines)
             if len(ln.text) < 12 and (m := TAKE_MARK.match(ln.text))]
    if len(found) < 2 or len({m.group("part") for _, _, m in found}) != 1 or any(
            int(b.group("take")) != int(a.group("take")) + 1
            for (_, _, a), (_, _, b) in itertools.pairwise(found)):
        return blocks
    from .blocks import opens_turn  # (blocks reads this module first)

    if not any(opens_turn(b.lines[0].text) for b in blocks[:found[-1][0]]):
        return blocks
    marks = {(k, i) for k, i, _ in found}
    out: list[Block] = []
    for k, block in enumerate(blocks):
        kept = [ln for i, ln in enumerate(block.lines) if (k, i) not in marks]
        if len(kept) < len(block.lines):
            ctx.leave_out([ln for i, ln in enumerate(block.lines) if (k, i) in marks],
                          "a reporter's take mark between the speeches (the take's number "
                          "rising one by one)", "take-mark")
        if kept:
            out.append(Block(kept))
    ctx.fired("take-marks")
    return out


def _split_long_lines(block: Block, ctx: Context) -> list[Block]:
    """A text typed in a word processor: each paragraph one long line, no blank line
    between them (a few lines wrapped by hand). A line that ends a sentence, followed by
    one that starts a new one, ends a paragraph."""
    lines = block.lines
    if len(lines) < 2 or ctx.source.format != "text" or lines[0].kind not in ("", "pre"):
        return [block]
    widths = sorted(len(ln.text) for ln in lines)
    long_lines = [w for w in widths if w >= 200]
    # (or a letter typed so: its dateline, salutation and closing lines short, its
    # paragraphs long lines that make up most of it)
    letter = len(long_lines) >= 2 and sum(long_lines) * 10 >= sum(widths) * 7
    if (widths[len(widths) // 2] < 100 or widths[-1] < 200) and not letter:
        return [block]                          # hard-wrapped or short lines: as they are
    parts, start = [], 0
    for k in range(len(lines) - 1):
        this, after = plain(lines[k].text).strip(), plain(lines[k + 1].text).strip()
        end, nxt = this[-1:], after[:1]
        sentence = end and end in ".!?…:;»”\")" and (nxt.isupper() or nxt in "«“\"—–-(")
        short = letter and len(this) < 60 and (end in ",.:;!?" or nxt.isupper()
                                               or len(after) < 60)   # "Mio Riverito Signore,"
        if sentence or short or (letter and len(after) < 60 and end in ".!?…»”\")"):
            parts.append(Block(lines[start:k + 1]))
            start = k + 1
    parts.append(Block(lines[start:]))
    if len(parts) > 1:
        ctx.fired("paragraph-per-line")
    return parts


def _typewriter_signs(blocks: list[Block], ctx: Context) -> list[Block]:
    """Typesetting codes of government print (GPO): ``quotes'' are curly quotes, 4\\1/4\\ a
    fraction; the text is otherwise as printed."""
    whole = "\n".join([ln.text for b in blocks for ln in b.lines])   # (one look at every line)
    if "``" not in whole and "''" not in whole and "\\" not in whole:
        return blocks
    texts = [ln.text for b in blocks for ln in b.lines if "``" in ln.text or "''" in ln.text
             or "\\" in ln.text]
    quotes = any("``" in t or re.search(r"\S''|''\S", t) for t in texts)
    fractions = any(GPO_FRACTION.search(t) for t in texts)
    if not quotes and not fractions:
        return blocks
    ctx.fired("typewriter-signs")

    def fix(text: str) -> str:
        if quotes:
            text = text.replace("``", "\u201c").replace("''", "\u201d")
        if fractions:
            text = GPO_FRACTION.sub(lambda m: f" {m.group(1)}/{m.group(2)}", text)
        return text
    return [Block([Line(ln.number, fix(ln.text), ln.kind) if "`" in ln.text or "'" in ln.text
                   or "\\" in ln.text else ln for ln in b.lines]) for b in blocks]


def _notes_in_place(blocks: list[Block], ctx: Context) -> list[Block]:
    """Rule lines are layout (left out); notes defined where they stand (after a rule, or
    as [Footnote n: …]) become note-list entries "[n] text" that the note rules place at
    their markers; GPO's in-text markers \\n\\ become [n]."""
    defined: set[str] = set()
    out: list[Block] = []
    for whole in blocks:
        rules = [ln for ln in whole.lines if ln.text.lstrip()[:1] in "-_=*~" and ln.text.strip()
                 and (RULE_LINE.match(plain(ln.text)) or (
                     len(whole.lines) == 1 and SHORT_RULE.match(plain(ln.text))))]
        if not rules and whole.lines[0].text.lstrip()[:1] not in "\\[":
            out.append(whole)                 # no rule, no note definition: as it is
            continue
        for rule in rules:
            ctx.leave_out([rule], "a rule line (layout)", "rule-line")
            ctx.source.hints.rule_lines.add(rule.number)
        for lines in _split_at(whole.lines, rules):
            out.extend(_note_or_text(lines, defined, ctx))
    if not any(d.isdigit() for d in defined):
        return out
    fixed = []
    for block in out:                 # (only a line with a backslash can hold a marker)
        fixed.append(Block([Line(ln.number, GPO_MARKER.sub(
            lambda m: f"[{m.group(1)}]" if m.group(1) in defined else m.group(0), ln.text),
            ln.kind) if "\\" in ln.text else ln for ln in block.lines]))
    return fixed


def _split_at(lines: list[Line], rules: list[Line]) -> list[list[Line]]:
    """The lines between rule lines: a rule separates blocks as a blank line does."""
    parts: list[list[Line]] = [[]]
    for ln in lines:
        if ln in rules:
            parts.append([])
        else:
            parts[-1].append(ln)
    return [part for part in parts if part]


def _note_or_text(lines: list[Line], defined: set[str], ctx: Context) -> list[Block]:
    """A block that defines notes becomes note-list entries "[n] text" (one per definition,
    when several follow each other without a blank line); others stay."""
    if not NOTE_DEFINITION.match(plain(lines[0].text)):
        return [Block(lines)]
    starts = [i for i, ln in enumerate(lines) if NOTE_DEFINITION.match(plain(ln.text))]
    out: list[Block] = []
    for a, b in itertools.pairwise([*starts, len(lines)]):
        out.extend(_note_entry(lines[a:b], defined, ctx))
    return out


def _note_entry(lines: list[Line], defined: set[str], ctx: Context) -> list[Block]:
    m = NOTE_DEFINITION.match(plain(lines[0].text))
    if not m:
        return [Block(lines)]
    n = m.group("gpo") or m.group("pg")
    body = lines[0].text[m.end():]
    rest = [Line(ln.number, ln.text, "note") for ln in lines[1:]]
    if m.group("pg") and rest and rest[-1].text.rstrip().endswith("]"):
        rest[-1] = Line(rest[-1].number, rest[-1].text.rstrip()[:-1], "note")
    elif m.group("pg") and not rest and body.rstrip().endswith("]"):
        body = body.rstrip()[:-1]
    defined.add(n)
    ctx.fired("notes-in-place")
    return [Block([Line(lines[0].number, f"[{n}] {body}", "note"), *rest])]


# Lines that stand apart from the text around them: a timestamp alone, an annotation
# A transcript's timestamp: 00:04:17, -00:01:57:00, 12:03.5
STAMP = r"-?\d{1,3}(?::\d{2}){1,3}(?:[.,]\d+|:\d{3})?"      # (":000": milliseconds, frames)
STANDALONE = re.compile(r"^(?:\[" + STAMP + r"\]|\(" + STAMP + r"\)|\d{1,2}:\d{2}:\d{2}|"
                        r"_[a-z]{2,12}:.*)$")


def _may_stand_alone(text: str) -> bool:
    """A quick look before the patterns: page, column and time marks are short lines that
    open with a few characters only; an annotation starts with "_". (Every line of the
    source passes here.)"""
    stripped = text.strip()
    if len(stripped) > 48 and stripped[:1] != "_" and stripped[:2] != "##":
        return False
    lead = stripped.lstrip("#").lstrip()[:1]      # what each of the forms opens with
    return lead in MARK_LEADS or lead.isdigit() or "\ufdd0" <= lead <= "\ufdef" or \
        bool(PAGE_WORD_LEAD.match(plain(stripped.lstrip("#").lstrip())))


# A typescript's page head: the page number between dashes at the right margin after a
# running head (a year, a short title) on the same line ("1819<TAB>-2-"), or OCR'd with a
# bullet for its first dash ("•3-"): a page; the running head is left out (reported)
HEAD_PAGE = re.compile(r"^(?:(?P<head>[^\s\-–—•·][^\t]{0,40}?)(?:\t+|\s{3,}))?[-–—•·]\s?"
                       r"(?P<n>\d{1,4})\s?[-–—]$")
# The first character of a page, column or time mark and of an annotation (or a format's
# mark, U+FDD0..U+FDEF, before it)
MARK_LEADS = "[(_-–—pPcC/{"


def _page_word(line: Line, alone: bool) -> str | None:
    """The number of a page label of PAGE_WORD_FORM: a heading's, or a line's alone in its
    block (a roman number only in a heading: "Side mix" is no page), else None."""
    heading = line.kind in ("h1", "h2", "h3", "h4", "h5", "h6") or line.text.lstrip()[:1] == "#"
    if not (heading or alone):
        return None
    m = PAGE_WORD_FORM.match(plain(line.text).strip().lstrip("#").strip().rstrip("#").strip())
    if m is None or (m.group("roman") and not heading):
        return None
    return m.group("n")


def _leading_folio(text: str) -> re.Match | None:
    """A folio marker in brackets that opens a line and has the line's words after it
    ("[f. 33r] Señor Alcalde Hordinario"), else None."""
    text = text.lstrip()
    m = FOLIO_IN_BRACKETS.match(text) if text[:1] == "[" else None
    return m if m and text[m.end():].strip() else None


def _page_word_openers(blocks: list[Block]) -> set[int]:
    """The first lines (their ids) of blocks that open with a page label of PAGE_WORD_FORM
    over more lines ("Sida 1." / "Emoll." …, a gallery's caption of each page; "Seite 3"
    over an OCR'd page's first lines), where two such labels at least rise page by page
    through the text: a page label over its page's text is a page break as one alone is. A
    single one, or numbers out of order, may be a list's or a citation's."""
    found = []
    for block in blocks:
        first = block.lines[0]
        if len(block.lines) > 1 and len(first.text) < 24 and not first.kind.startswith("h"):
            m = PAGE_WORD_FORM.match(plain(first.text).strip())
            if m and not m.group("roman"):
                found.append((id(first), int(m.group("n").rstrip("rv"))))
    if len(found) < 2 or not _page_sequence([n for _, n in found]):
        return set()
    return {key for key, _ in found}


def _page_lines(block: Block, ctx: Context, openers: set[int] | None = None) -> list[Block]:
    """A page marker line is a block of its own, in the canonical form [Page N]; so is a
    timestamp or an annotation line of a transcript (and a page label over its page's text,
    among *openers*: _page_word_openers)."""
    parts: list[Block] = []
    current: list[Line] = []
    for k, line in enumerate(block.lines):
        lead = _leading_folio(line.text) if k == 0 else None
        if lead is not None:          # "[f. 369r] Señor Alcalde …": the page begins before
            parts.append(Block([Line(line.number, f"[Page {folio_number(lead)}]")]))
            ctx.fired("folio-brackets")       # the paragraph it opens
            line = Line(line.number, line.text.lstrip()[lead.end():].lstrip(), line.kind)
        head_page = HEAD_PAGE.match(line.text.strip()) \
            if len(line.text) < 64 and line.text.rstrip()[-1:] in "-–—" else None
        if head_page and (head_page.group("head") or line.text.strip()[:1] in "•·"):
            if current:
                parts.append(Block(current))
                current = []
            if head_page.group("head"):
                ctx.leave_out([Line(line.number, head_page.group("head"))], "a running head "
                              "beside the page number (page furniture)", "running-head")
            parts.append(Block([Line(line.number, f"[Page {head_page.group('n')}]")]))
            ctx.fired("page-forms")
            continue
        if not _may_stand_alone(line.text):
            current.append(line)
            continue
        n = page_number(line.text, line.kind)
        worded = _page_word(line, len(block.lines) == 1 or id(line) in (openers or ())) \
            if n is None else None
        n = worded or n
        column = COLUMN_FORM.match(plain(line.text).strip()) if n is None else None
        if column:
            if current:
                parts.append(Block(current))
                current = []
            parts.append(Block([Line(line.number, f"[Column {column.group('n')}]")]))
            ctx.fired("column-forms")
            continue
        alone = n is None and STANDALONE.match(plain(line.text).strip())
        if n is None and not alone:
            current.append(line)
            continue
        if current:
            parts.append(Block(current))
            current = []
        if alone:
            parts.append(Block([line]))
            continue
        if worded:
            ctx.fired("page-words" if id(line) not in (openers or ()) else "page-words-over-text")
        elif FOLIO_IN_BRACKETS.fullmatch(plain(line.text).strip()) and \
                not PAGE_FORMS[0].match(line.text.strip()):
            ctx.fired("folio-brackets")
        elif not PAGE_FORMS[0].match(line.text.strip()) or "[[" in line.text:
            ctx.fired("page-turn-words" if not n else "folio-headings" if FOLIO_HEADING.match(
                plain(line.text).strip().lstrip("#").strip()) else "page-forms")
        parts.append(Block([Line(line.number, f"[Page {n}]" if n else "[Page]")]))
    if current and not parts:
        return [block]                       # no line stands alone: the block as it was
    if current:
        parts.append(Block(current))
    return parts


def _indent(text: str) -> int:
    m = INDENT.match(text)
    return len(m.group().expandtabs(4)) if m else 0


def _split_indented(block: Block) -> list[Block]:
    """Typescript paragraphs: the first line indented, the others flush. A block of them
    is split before each indented line that follows a flush one."""
    lines = block.lines
    if len(lines) < 3 or lines[0].kind not in ("", "pre"):
        return [block]
    indents = [_indent(ln.text) for ln in lines]
    base = min(indents)
    starts = [i for i in range(1, len(lines))
              if base < indents[i] <= base + 8]
    flush = sum(1 for x in indents if x == base)
    if not starts or indents[0] <= base or flush < 2:
        return [block]
    cuts = [0, *sorted(set(starts)), len(lines)]
    return [Block(lines[a:b]) for a, b in itertools.pairwise(cuts) if a < b]


ENUMERATION = re.compile(r"^\s*(?:\(\d{1,2}\)|\([a-z]\)|\d{1,2}[.)])\s+\S")


def _split_enumerations(block: Block) -> list[Block]:
    """Numbered points of hard-wrapped prose, one after the other without a blank line
    ("… reached." / "(2) Date next meeting …"): each point is a paragraph."""
    lines = block.lines
    if len(lines) < 3 or lines[0].kind not in ("", "pre"):
        return [block]
    starts = [i for i in range(1, len(lines))
              if ENUMERATION.match(plain(lines[i].text))
              and plain(lines[i - 1].text).rstrip()[-1:] in ".:;!?)”\""]
    if not starts or not ENUMERATION.match(plain(lines[0].text)):
        return [block]
    cuts = [0, *starts, len(lines)]
    return [Block(lines[a:b]) for a, b in itertools.pairwise(cuts)]


# a sentence's end at a line's end (not a title's or an initial's full stop: "Mr." / "J.")
SENTENCE_CLOSE = re.compile(r"[.!?…][\"”’»)]?$")
ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Messrs|Hon|Rev|Gen|Col|"
                              r"Capt|Lt|No|Nos|Vol|pp?|cf|viz|vs)\.$")


def _split_paragraph_ends(block: Block, ctx: Context) -> list[Block]:
    """A text transcribed or typed line by line with no blank line between its paragraphs
    (a manuscript's lines as an edition exports them): a short line that ends a sentence,
    under a full line and over one that opens with a capital, ends a paragraph. Only in a
    long block of hard-wrapped lines (a paragraph with blank lines round it is seldom twelve
    lines long), and never after short lines (verse, a list, an address)."""
    lines = block.lines
    if len(lines) < 12 or ctx.source.format != "text" or lines[0].kind not in ("", "pre"):
        return [block]
    texts = [plain(ln.text).strip() for ln in lines]
    widths = sorted(len(t) for t in texts)
    full = widths[len(widths) // 2]
    if not 40 <= full <= 100:
        return [block]                  # (no hard-wrapped lines: as they are)
    cuts = [0]
    for k in range(1, len(lines) - 1):
        this = texts[k]
        if len(this) > 0.7 * full or len(texts[k - 1]) < 0.8 * full \
                or not SENTENCE_CLOSE.search(this) or ABBREVIATION_END.search(this) \
                or not texts[k + 1][:1].isupper():
            continue
        cuts.append(k + 1)
    if len(cuts) == 1:
        return [block]
    from .shapes import is_wrapped  # (shapes reads this module first)
    cuts.append(len(lines))
    parts = [Block(lines[a:b]) for a, b in itertools.pairwise(cuts)]
    if not is_wrapped(lines) or not all(len(p.lines) == 1 or is_wrapped(p.lines) for p in parts):
        return [block]                  # (a title, a list of short lines over the text: the
                                        # block stays whole, its lines as they were read)
    ctx.fired("paragraph-ends")
    return parts


# ----------------------------------------------------------------------------- pages

def _form_feed_pages(blocks: list[Block], ctx: Context) -> list[Block]:
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
        elif content:
            _fused_page_number(content[-1], ctx)
        if content and content[0].text.strip() in heads:
            ctx.leave_out([content[0]], "running head", "running-head")
            rows.remove(content[0])
        if index > 0 or number is not None:
            first = content[0].number if content else 1
            out.append(Block([Line(first, f"[Page {number}]" if number else "[Page]")]))
            ctx.fired("form-feed-pages")
        out.extend(blocks_of(rows))
    return out


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
SCAN_PAGE_HEADER = re.compile(r"^(?:#{1,6}\s*)?p\.\s*(?P<n>[^\s#()]{1,12})?\s*\(#\d{1,6}\)\s*#*$")


def _scan_page_headers(blocks: list[Block], ctx: Context) -> list[Block]:
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


def _bracket_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A number in brackets alone on a line ("[35]", often in mid-sentence) is how many
    transcriptions (Markdown minutes, edited letters) mark the original's page. But "[1]"
    alone is also a note list's number, so only on evidence: two such lines at least, the
    numbers rising page by page with a page's worth of text between them, and none of the
    numbers used anywhere else as "[N]" (a note marker or a note's number)."""
    found = [(b, i, m.group("n")) for b, block in enumerate(blocks)
             for i, ln in enumerate(block.lines)
             if ln.text.lstrip()[:1] == "[" and not ln.kind.startswith(("h", "pre"))
             and (m := BRACKET_NUMBER.match(plain(ln.text).strip()))]
    if len(found) < 2 or not _page_sequence([int(n) for _, _, n in found]):
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


# The original's page in brackets at the start of a heading or a paragraph: "### [6] At a
# General Court …" (a printed record book's editor gives the manuscript's pages so), "[p. 12]
# The committee …", "[fol. 3v] Item …"
LEADING_PAGE = re.compile(r"^\[\s*(?:(?P<word>p\.|pp\.|page|pag\.|fol(?:io)?\.?|f\.)\s*)?"
                          r"(?P<n>\d{1,5}[rv]?)\s*\]\s+(?=\S)", re.I)


def _leading_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
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
    if len(bare) >= 2 and _page_sequence([n for _, n in bare]):
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


def _preprinted_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
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


def _emphasised_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """Numbers in italics ending lines are pages only on evidence: three at least, rising
    page by page, or two that follow each other; the page break stands after the line. A
    line holding only a number that fits the same sequence (10 between *9* and *11*) is
    one too."""
    found = [(b, i, int(m.group("n"))) for b, block in enumerate(blocks)
             for i, ln in enumerate(block.lines)
             if "\ufdd0" in ln.text and not ln.kind.startswith("pre")
             and (m := EMPHASISED_NUMBER.search(ln.text))]
    numbers = [n for _, _, n in found]
    if len(found) < 2 or not _page_sequence(numbers) or (
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


def _brace_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A page number in braces inside the text ("argumenta-me{12} que", "afundas.{10}"):
    how Gutenberg and Wikisource transcriptions mark the original's pages; braces do not
    occur in prose. Only on evidence: two such numbers at least, rising page by page, and
    not in code (where braces are the language's)."""
    found = [int(m.group("n")) for block in blocks for ln in block.lines
             if "{" in ln.text and ln.kind not in ("pre", "code")
             for m in BRACE_NUMBER.finditer(ln.text) if m.group("n").isdigit()]
    if len(found) < 2 or not _page_sequence(found):
        return blocks
    ctx.fired("brace-page-numbers")
    return [Block([Line(ln.number, BRACE_NUMBER.sub(lambda m: f"[Page {m.group('n')}]", ln.text),
                        ln.kind) if "{" in ln.text and ln.kind not in ("pre", "code") else ln
                   for ln in block.lines]) for block in blocks]


# A page's end marked in running prose: " // " or " || " between words (the Wilson Center
# Digital Archive's transcriptions, printed editions)
PROSE_PAGE_MARK = re.compile(r"(?<=[^\s/|:])[ \u00a0](?://|\|\|)[ \u00a0](?=[^\W_]|[«„“\"‘(])")
FREE_SLASH = re.compile(r"(?<=\S) / (?=\S)")
WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)$")
WORD_AFTER = re.compile(r"^([^\W\d_]+)(?![^\W\d_])")


def _page_marks_in_prose(blocks: list[Block], ctx: Context) -> list[Block]:
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
# a page number alone: figures, or a roman number in capitals ("IV", "XII")
PAGE_NUMBER_LINE = re.compile(r"^(?:\d{1,4}|[IVXLC]{1,7})$")


def _library_stamps(blocks: list[Block], ctx: Context) -> list[Block]:
    """A library's stamp printed on every page of its OCR download (LIBRARY_STAMP: a line with a
    rights or scanning notice, the same line three times at least, always a line of its own
    at a block's top or foot) is page furniture: left out and reported. Where the page it
    ends is followed by a page number alone ("IV") and the next page's text goes on in
    lower case (after a running head, maybe), the number is a page break."""
    counts = Counter(ln.text.strip() for block in blocks for ln in block.lines
                     if len(ln.text) <= 100 and LIBRARY_STAMP.search(ln.text))
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


def _glued_running_heads(blocks: list[Block], ctx: Context) -> list[Block]:
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


def _lone_page_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A number alone between blank lines ("233", "234") is how page-by-page transcriptions
    and OCR exports give the original's pages (Transkribus's and FromThePage's text per
    page, the Internet Archive's _djvu.txt, a catalogue transcribed page by page). But a
    number alone is also a section's or a stanza's, so only on evidence: two at least,
    rising page by page, a page's worth of text apart, and one at least cutting a sentence
    (the text before it runs on, in lower case, after it)."""
    found = [k for k, block in enumerate(blocks) if len(block.lines) == 1
             and block.lines[0].kind in ("", "quote") and len(block.lines[0].text) < 12
             and LONE_NUMBER.match(block.lines[0].text.strip())]
    if len(found) < 2 or not _page_sequence([int(blocks[k].text) for k in found]):
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
NUMBERED_HEAD = re.compile(r"^(?:(?P<lead>\d{1,4})\s+(?P<after>\D.{2,70})|(?P<before>.{3,70}\D)\s+"
                           r"(?P<trail>\d{1,4}))$")


def _page_furniture(blocks: list[Block], ctx: Context) -> list[Block]:
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
    # a running head numbered on its line recurs with a rising number ("April 30, 2014",
    # always with its year, is a recurring line, not a numbered head)
    numbers_of: dict[str, list[int]] = {}
    for r in numbered:
        head = NUMBERED_HEAD.match(_flat(rows[r][2].text))
        if head:
            numbers_of.setdefault(_furniture_key(head.group(0)), []).append(
                int(head.group("lead") or head.group("trail")))
    numbered_heads = {key for key, ns in numbers_of.items()
                      if _page_sequence(ns) and _worded(key) and not PART_WORDS.match(key)}
    groups: list[tuple[str, list[int], set[str]]] = []       # (number, rows, running keys)
    for r in numbered:
        text = _flat(rows[r][2].text)
        alone = PAGE_NUMBER_ALONE.match(text)
        head = None if alone else NUMBERED_HEAD.match(text)
        if not alone and (not head or _furniture_key(text) not in numbered_heads):
            continue
        members, keys = [r], {_furniture_key(text)} if head else set()
        for step in (-1, 1):                 # the recurring lines right above and below
            for apart, k in enumerate(_beside(r, step, len(rows), markers)):
                key = _furniture_key(rows[k][2].text)
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
            kept.append((n, [m for m in members if _furniture_key(rows[m][2].text) in running
                             or _ends_in_figures(rows[m][2].text)], keys & running))
    groups = kept
    numbers = [int(n) for n, _, _ in groups]
    shared = Counter(key for _, _, keys in groups for key in keys)
    if len(groups) < 2 or not _page_sequence(numbers) or max(shared.values()) < 2:
        return blocks
    page_at: dict[tuple[int, int], str] = {}
    dropped: set[tuple[int, int]] = set()
    for n, members, _ in groups:
        first = rows[members[0]]
        if not markers.intersection(range(members[0] - 1, members[-1] + 2)):
            page_at[(first[0], first[1])] = n
        dropped.update((rows[m][0], rows[m][1]) for m in members)
        ctx.leave_out([rows[m][2] for m in members],
                      "running head and page number; the number numbers the <pb/>",
                      "running-head")
    # the last page's footer has no page after it to stand beside
    tail = len(rows) - 1
    while tail >= 0 and (rows[tail][0], rows[tail][1]) not in dropped and \
            _short(rows[tail][2].text, 160) and _furniture_key(rows[tail][2].text) in running:
        dropped.add((rows[tail][0], rows[tail][1]))
        ctx.leave_out([rows[tail][2]], "running footer of the last page", "running-head")
        tail -= 1
    ctx.fired("page-furniture")
    out: list[Block] = []
    for b, block in enumerate(blocks):
        current: list[Line] = []
        for i, ln in enumerate(block.lines):
            if (b, i) in page_at:
                if current:
                    out.append(Block(current))
                    current = []
                out.append(Block([Line(ln.number, f"[Page {page_at[(b, i)]}]")]))
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


def _page_sequence(numbers: list[int]) -> bool:
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


def _running_heads(pages: list[list[Line]]) -> set[str]:
    """First lines of pages that recur (OCR garbles them, so alike, not equal, counts)."""
    firsts = [next((ln.text.strip() for ln in page if ln.text.strip()), "") for page in pages[1:]]
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


# ----------------------------------------------------------------------------- joining

def join_hyphenated(first: str, second: str) -> bool:
    """A line ending in a hyphen after a letter, and the next starting with a lower-case
    letter: one word split at the line end."""
    return bool(HYPHEN_END.search(plain(first).rstrip())) and plain(second).lstrip()[:1].islower()


def join_spans(spans: list, wrapped: bool, ctx: Context):
    """Lines of one paragraph as one span: wrapped lines joined by a space (a word broken
    by a hyphen at the line end is joined whole, and the join reported), other lines kept
    as lines."""
    from .span import Span
    if not wrapped:
        return Span.join(spans, "\n")
    parts, seps = [spans[0]], []
    for span in spans[1:]:
        last = parts[-1]
        scribal = _scribal_hyphen(last.text, span.text) or (
            "end" if ":" in last.text[-3:] and ctx.colon_hyphens()
            and _colon_hyphen(last.text, span.text) else None)
        if scribal:
            word_end = last.text.rstrip()
            parts[-1] = last[:len(word_end) - (scribal == "end")]
            seps.append("")
            span = span.strip()
            parts.append(span[1:] if scribal == "start" else span)
            ctx.fired("dehyphenated" if not word_end.endswith(":") else "colon-hyphens")
            line, col = last.pos(len(word_end) - 1)
            sign = plain(last.text).rstrip()[-1:] if scribal == "end" else "="
            ctx.diags.info(f"word hyphenated at the line end with '{sign}' joined (the sign "
                           "removed)", "dehyphenated", line, col)
            continue
        end = plain(last.text).rstrip() if "-" in last.text else ""    # (most lines: none)
        if end[-1:] == "-" and HYPHEN_END.search(end) and plain(span.text).lstrip()[:1].isalpha():
            word_end = last.text.rstrip()
            compound = _compound_tail(last.text, span.text)
            if compound:
                ctx.fired("line-end-compound")        # "panic-" / "stricken": its own hyphen
            if (plain(span.text).lstrip()[:1].islower() or _capitals_broken(last.text, span.text)) \
                    and not compound and not _printed_compound(last.text, span.text, ctx):
                parts[-1] = last[:len(word_end) - 1]          # "recom-" + "mend"
                ctx.fired("dehyphenated")
                line, col = last.pos(len(word_end) - 1)
                ctx.diags.info("word hyphenated at the line end joined (hyphen removed)",
                               "dehyphenated", line, col)
            else:
                parts[-1] = last[:len(word_end)]              # "Millender-" + "McDonald"
            seps.append("")
            parts.append(span.strip())
            continue
        if plain(last.text).rstrip()[-1:] in ".!?" and BRACKET_LINE.match(plain(span.text)):
            seps.append("\n")     # a note in brackets on its own line under a sentence
            parts.append(span.strip())     # ("Penyata Rasmi." / "[Teks Titah Ucapan Diraja
            ctx.fired("bracket-line")      # adalah seperti di Lampiran]"): no wrapped line
            continue
        # Chinese, Japanese, Korean text wraps with no space to take out
        seps.append("" if is_cjk(last.text.rstrip()[-1:]) and is_cjk(span.text.lstrip()[:1])
                    else " ")
        parts.append(span.strip() if parts else span)
    return Span.join(parts, seps)


# a note wholly in brackets on a line of its own, not a sentence (a sentence in brackets,
# "[Follows Algernon round the room.]", is a printed aside, kept as printed where it stands)
BRACKET_LINE = re.compile(r"^\s*\[[^\[\]]{2,200}[^\[\].!?\s]\s*\]\s*$")
SCRIBAL_END = re.compile(r"(?<=[^\W\d_])[=⸗]$")
SCRIBAL_START = re.compile(r"^[=⸗](?=[^\W\d_])")


def _scribal_hyphen(before: str, after: str) -> str | None:
    """A word split at the line end with the double hyphen of German hands and prints
    ("viel=" / "leicht"), or with it repeated at the next line's start ("gelung" /
    "=nen"): "end" or "start", where the sign stands; None for other lines."""
    if "=" not in before[-3:] + after[:3] and "⸗" not in before[-3:] + after[:3]:
        return None                                  # (most lines: neither)
    before, after = before.rstrip(), after.lstrip()     # (the signs stand outside marks)
    if SCRIBAL_END.search(before) and plain(after)[:1].isalpha():
        return "end"
    if SCRIBAL_START.match(after) and plain(before)[-1:].isalpha():
        return "start"
    return None


def _colon_hyphen(before: str, after: str) -> bool:
    """A word split at the line end with a colon ("va:" / "di"), in a text that breaks
    words so (see Context.colon_hyphens)."""
    before, after = before.rstrip(), after.lstrip()
    return before[-1:] == ":" and before[-2:-1].isalpha() and plain(after)[:1].islower()


def _capitals_broken(before: str, after: str) -> bool:
    """A word in capitals hyphenated at the line end ("a NA-" / "TIONAL CONVENTION", names
    and titles in newspapers' and broadsides' OCR): the part before the hyphen (two letters
    at least) and the word after it in capitals, joined as "recom-" / "mend" is."""
    head = plain(before).rstrip()[:-1].rsplit(None, 1)[-1:]
    tail = re.sub(r"\W+$", "", (plain(after).lstrip().split(None, 1) or [""])[0])
    return bool(head) and len(head[0]) >= 2 and head[0].isalpha() and head[0].isupper() \
        and len(tail) >= 2 and tail.isalpha() and tail.isupper()


def _printed_compound(before: str, after: str, ctx: Context) -> bool:
    """Is "cross-" / "examination" a compound the text prints whole elsewhere
    ("cross-examination"), so that its hyphen is its own, not the line end's?"""
    head = plain(before).rstrip()[:-1].rsplit(None, 1)[-1:]
    tail = plain(after).lstrip().split(None, 1)[:1]
    if not head or not tail:
        return False
    word = (head[0] + "-" + re.sub(r"\W+$", "", tail[0])).casefold()
    return word in ctx.compounds()


# the second halves of English compound adjectives, whole words that no word split at its
# syllables ends with ("panic-" / "stricken crowd", "well-" / "known", "kind-" / "hearted")
COMPOUND_TAILS = {"stricken", "looking", "minded", "hearted", "headed", "handed", "eyed",
                  "haired", "footed", "legged", "shaped", "bred", "built", "known", "famed",
                  "loving", "fearing", "seeking", "sighted", "natured", "mannered", "lipped"}


def _compound_tail(before: str, after: str) -> bool:
    """Is "panic-" / "stricken" a compound adjective, its hyphen its own: a word of three
    letters or more over one of COMPOUND_TAILS?"""
    head = plain(before).rstrip()[:-1].rsplit(None, 1)[-1:]
    tail = plain(after).lstrip().split(None, 1)[:1]
    return bool(head and tail) and len(head[0]) >= 3 and head[0].isalpha() \
        and re.sub(r"\W+$", "", tail[0]).casefold() in COMPOUND_TAILS


def is_cjk(ch: str) -> bool:
    """A character of Chinese, Japanese or Korean, or their full-width punctuation."""
    return bool(ch) and ("\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
                         or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef")


# ----------------------------------------------------------------------------- note lists

SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A note list entry in a form other than "[n] text": "1. text", "1 text", "(1) text", "¹ text"
LIST_ENTRY = re.compile(r"^\s*(?:\((?P<paren>\d{1,3})\)|(?P<plain>\d{1,3})[.)]?|"
                        r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s+(?=\S)")
# Markers in the text that a note list in one of those forms confirms
MARKER_FORMS = [        # the least ambiguous first
    ("[n]", lambda n: re.compile(r"\[" + n + r"\]")),
    ("superscript", lambda n: re.compile(re.escape(n.translate(TO_SUPERSCRIPT)))),
    ("(n)", lambda n: re.compile(r"(?<=\S)\(" + n + r"\)")),    # "claim.(1)", not "(1) First"
    ("glued", lambda n: re.compile(r"(?<=[^\W\d_][.,;:!?”\"’)]|[^\W\d_]{2})" + n
                                   + r"(?=[\s,.;:]|$)")),
]


def note_list_forms(blocks: list[Block], ctx: Context) -> list[Block]:
    """A note list at the end of the text in another form than "[n] text" ("1. text" after
    a rule, "(1) text", "¹ text"), when markers of the same numbers stand in the text
    before it: the entries become "[n] text" and the markers [n], every one reported with
    the evidence. Without confirming markers the list stays text."""
    if not blocks or any(b.lines[0].kind == "note" or b.lines[0].text.startswith("[1] ")
                         for b in blocks):
        return blocks
    end = len(blocks)
    while end > len(blocks) - 2 and end > 1 and after_note_list(blocks[end - 1], LIST_ENTRY):
        end -= 1                # a rule, the archive's reference under the list
    start = end
    expected = None
    for k in range(end - 1, 0, -1):
        m = LIST_ENTRY.match(plain(blocks[k].lines[0].text))
        if not m:
            if start < end and _continues(blocks[k]):
                continue
            break
        n = int(m.group("paren") or m.group("plain") or m.group("sup").translate(SUPERSCRIPT))
        if expected is not None and n != expected - 1:
            break
        expected, start = n, k
    entries = blocks[start:end]
    if not entries or expected != 1 or start < 1:
        return blocks
    numbers = [str(i) for i in range(1, len(_entry_starts(entries)) + 1)]
    text = "\n".join(ln.text for b in blocks[:start] for ln in b.lines)
    form = next((name for name, make in MARKER_FORMS if _confirms(name, make, numbers, text)),
                None)
    if form is None:
        return blocks
    ctx.fired("note-list-forms")
    ctx.diags.info(f"note list of {len(numbers)} notes in the form \u201cn text\u201d, "
                   f"confirmed by {form} markers in the text", "note-forms",
                   entries[0].lines[0].number, 1)
    marked = _mark_notes(blocks[:start], numbers, form)
    notes = []
    for b in entries:
        first = b.lines[0]
        m = LIST_ENTRY.match(plain(first.text))
        if m:
            first = Line(first.number, f"[{_entry_number(m)}] " + first.text[m.end():], "note")
        notes.append(Block([Line(first.number, first.text, "note")]
                           + [Line(ln.number, ln.text, "note") for ln in b.lines[1:]]))
    return marked + notes + blocks[end:]


def after_note_list(block: Block, entry: re.Pattern) -> bool:
    """A short line under a note list that is no *entry* of it and no sentence of the text:
    a rule, the archive's reference in brackets ("_[AA : A3195, 1948, I.8114]_")."""
    text = plain(block.lines[0].text).strip()
    return len(block.lines) == 1 and len(text) <= 100 and not entry.match(text) and \
        (text[:1] in "[(_" or not text[:1].isalnum())


def _entry_number(m: re.Match) -> str:
    return m.group("paren") or m.group("plain") or m.group("sup").translate(SUPERSCRIPT)


def _confirms(form: str, make, numbers: list[str], text: str) -> bool:
    """Markers of this form confirm the list: at least half of its numbers stand in the
    text; a number glued to a word is weak evidence, so for it three notes at least and
    every number."""
    found = sum(1 for n in numbers if make(n).search(text))
    if form == "glued":
        return len(numbers) >= 3 and found == len(numbers)
    return found * 2 >= len(numbers)


def _continues(block: Block) -> bool:
    return plain(block.lines[0].text).strip()[:1].islower()


def _entry_starts(entries: list[Block]) -> list[Block]:
    return [b for b in entries if LIST_ENTRY.match(plain(b.lines[0].text))]


def _mark_notes(blocks: list[Block], numbers: list[str], form: str) -> list[Block]:
    pattern = dict(MARKER_FORMS)[form]
    return _place_markers(blocks, [(n, pattern(n)) for n in numbers])


def _place_markers(blocks: list[Block], markers: list[tuple[str, re.Pattern]]) -> list[Block]:
    """Each note's marker, the first match of its pattern after the previous note's marker,
    becomes the canonical [n] that the note rules place the note at."""
    lines = [[ln.text for ln in b.lines] for b in blocks]
    cursor = (0, 0, 0)                      # block, line, offset
    for n, pattern in markers:
        found = _find_from(lines, pattern, cursor)
        if found is None:
            continue
        b, i, m = found
        text = lines[b][i]
        lines[b][i] = text[:m.start()] + f"[{n}]" + text[m.end():]
        cursor = (b, i, m.start() + len(n) + 2)
    return [Block([Line(ln.number, text, ln.kind)
                   for ln, text in zip(block.lines, texts, strict=True)])
            for block, texts in zip(blocks, lines, strict=True)]


def _find_from(lines: list[list[str]], pattern: re.Pattern, cursor: tuple[int, int, int]):
    b0, i0, off = cursor
    for b in range(b0, len(lines)):
        for i in range(i0 if b == b0 else 0, len(lines[b])):
            m = pattern.search(lines[b][i], off if (b, i) == (b0, i0) else 0)
            if m:
                return b, i, m
    return None


SYMBOLS = "*†‡§"
SYMBOL_ENTRY = re.compile(r"^\s*(?P<sym>[*†‡§]{1,3})\s+(?=\S)")
# a symbol glued to the word the note explains, the word marked so in the text ("… until
# we reach the old Blighty*." … "*Blighty means England": a transcriber's gloss)
GLUED_ENTRY = re.compile(r"^\s*(?P<sym>[*†‡§]{1,3})(?=(?P<word>[^\W\d_][\w'’-]*))")


def symbol_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """Notes marked with symbols ("said.*" … "* The source adds …"; †, ‡): the entries at the
    end, each symbol once, are notes when each symbol also stands after a word before them."""
    given = blocks
    blocks, glued = _glued_entries(blocks)

    def entry(block: Block) -> re.Match | None:
        text = plain(block.lines[0].text)
        return GLUED_ENTRY.match(text) if id(block) in glued else SYMBOL_ENTRY.match(text)
    start = len(blocks)
    while start > 1 and entry(blocks[start - 1]) and blocks[start - 1].lines[0].kind != "note":
        start -= 1
    entries = blocks[start:]
    symbols = [entry(b).group("sym") for b in entries]    # type: ignore[union-attr]
    if not entries or len(set(symbols)) != len(symbols):
        return given
    text = "\n".join(ln.text for b in blocks[:start] for ln in b.lines)
    markers = {sym: re.compile(r"(?<=[^\s*†‡§])" + re.escape(sym) + r"(?![*†‡§\w])")
               for sym in symbols}
    if not all(markers[sym].search(text) for sym in symbols):
        return given
    ctx.fired("note-list-forms")
    if glued:
        ctx.fired("glued-symbol-note")
    ctx.diags.info(f"{len(symbols)} note(s) marked with symbols ({' '.join(symbols)}), "
                   "confirmed by the same symbols after words in the text", "note-forms",
                   entries[0].lines[0].number, 1)
    marked = _place_markers(blocks[:start], [(sym, markers[sym]) for sym in symbols])
    notes = []
    for block, sym in zip(entries, symbols, strict=True):
        first = block.lines[0]
        m = GLUED_ENTRY.match(first.text) if id(block) in glued else SYMBOL_ENTRY.match(
            first.text)
        body = first.text[m.end():] if m else first.text
        notes.append(Block([Line(first.number, f"[{sym}] {body}", "note")]
                           + [Line(ln.number, ln.text, "note") for ln in block.lines[1:]]))
    return marked + notes


def _glued_entries(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """The last lines of the text that open with a symbol glued to a word, where the text
    above marks that word with the symbol after it ("Blighty*" … "*Blighty means
    England", with no blank line over it): blocks of their own, for the symbol notes; the
    ids of those blocks."""
    if not blocks or blocks[-1].lines[-1].text.lstrip()[:1] not in SYMBOLS \
            or blocks[-1].lines[-1].kind == "note":
        return blocks, set()
    lines = blocks[-1].lines
    first = len(lines)          # the lines that open with a symbol (a few: notes, no list)
    while first > 0 and len(lines) - first < 10 and lines[first - 1].text.lstrip()[:1] in SYMBOLS:
        first -= 1
    above = "\n".join([*(ln.text for b in blocks[:-1] for ln in b.lines),
                       *(ln.text for ln in lines[:first])])
    k = len(lines)
    while k > first:
        m = GLUED_ENTRY.match(plain(lines[k - 1].text))
        if m is None or not re.search(r"(?<![\w*†‡§])" + re.escape(m.group("word")
                                      + m.group("sym")) + r"(?![*†‡§\w])", above):
            break
        k -= 1
    if k == len(lines):
        return blocks, set()
    entries = [Block([ln]) for ln in lines[k:]]
    kept = [Block(lines[:k])] if k else []
    return [*blocks[:-1], *kept, *entries], {id(b) for b in entries}

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

The page markers' forms and the page passes are in ``pages``, the note lists in other
forms than ``[n] text`` in ``notelists``; ``normalise`` runs them with the rules here.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from ..formats.marks import plain
from ..sourcetext import PAGE_MARK, Block, Line
from . import cable, ocrpage, platform
from .context import Context
from .dates import DAY_HEADING, MONTHS
from .language import NAMES
from .notelists import (
    indented_symbol_notes,
    note_list_forms,
    page_foot_symbol_notes,
    symbol_notes,
)
from .pages import (
    COLUMN_FORM,
    FOLIO_HEADING,
    FOLIO_IN_BRACKETS,
    HEADED_PAGE,
    PAGE_END_MARK,
    PAGE_FORMS,
    PAGE_NUMBER_ALONE,
    PAGE_WORD_FORM,
    PAGE_WORD_LEAD,
    PAGE_WORD_NAMED,
    brace_page_numbers,
    bracket_page_numbers,
    bracketed_running_heads,
    emphasised_page_numbers,
    folio_number,
    form_feed_pages,
    glued_running_heads,
    leading_page_numbers,
    library_stamps,
    lone_page_numbers,
    page_foot_stamps,
    page_furniture,
    page_marks_in_prose,
    page_number,
    page_sequence,
    preprinted_page_numbers,
    scan_page_headers,
    single_page_head,
)

INDENT = re.compile(r"^[ \t\u00a0]*")
HYPHEN_END = re.compile(r"(?<=[^\W\d_])-$")
# the other signs a word is cut by at the line end: the Hebrew maqaf, Unicode's hyphen, the
# soft hyphen a PDF's text keeps
LETTERS_AT_END = re.compile(r"[^\W\d_]+$")
LETTERS_AT_START = re.compile(r"[^\W\d_]+")
OTHER_HYPHEN = re.compile(r"(?<=[^\W\d_])[\u05be\u2010\u00ad]$")

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
    blocks = _plain_fences(blocks, ctx)
    blocks = platform.container_lines(blocks, ctx)
    blocks = ocrpage.noise_lines(blocks, ctx)
    blocks = _line_references(blocks, ctx)
    blocks = _margin_line_numbers(blocks, ctx)
    blocks = _identifier_lines(blocks, ctx)
    blocks = _leaders(blocks, ctx)
    blocks = _take_marks(blocks, ctx)
    blocks = scan_page_headers(blocks, ctx)
    blocks = bracket_page_numbers(blocks, ctx)
    blocks = leading_page_numbers(blocks, ctx)
    blocks = preprinted_page_numbers(blocks, ctx)
    blocks = brace_page_numbers(blocks, ctx)
    blocks = bracketed_running_heads(blocks, ctx)
    blocks = emphasised_page_numbers(blocks, ctx)
    blocks = page_marks_in_prose(blocks, ctx)
    blocks = form_feed_pages(blocks, ctx)
    blocks = single_page_head(blocks, ctx)
    blocks = page_foot_stamps(blocks, ctx)
    blocks = page_furniture(blocks, ctx)
    blocks = _entry_date_heads(blocks, ctx)
    blocks = library_stamps(blocks, ctx)
    blocks = glued_running_heads(blocks, ctx)
    blocks = lone_page_numbers(blocks, ctx)
    blocks = _version_labels(blocks, ctx)
    blocks = _act_heads(blocks, ctx)
    blocks = _part_marks(blocks, ctx)
    blocks = _number_columns(blocks, ctx)
    blocks = cable.routing_fields(blocks, ctx)
    openers = _page_word_openers(blocks)
    named = _named_page_headings(blocks)
    out: list[Block] = []
    for block in blocks:
        if block.lines[0].kind == "code":
            out.append(block)             # (a program's lines: none of the splits applies)
            continue
        if len(block.lines) == 1 and not _may_stand_alone(block.lines[0].text) and \
                _leading_folio(block.lines[0].text) is None:
            out.append(block)             # (one line, no mark: none of the four splits it)
            continue
        for part in _page_lines(block, ctx, openers, named):
            for piece in _split_indented(part):
                for paragraph in _split_long_lines(piece, ctx):
                    for point in _split_enumerations(paragraph):
                        out.extend(_split_paragraph_ends(point, ctx))
    out = _typewriter_signs(out, ctx)
    out = _parenthesis_left_open(out, ctx)
    out = _field_run(out, ctx)
    out = _notes_in_place(out, ctx)
    out = page_foot_symbol_notes(out, ctx)
    out = indented_symbol_notes(out, ctx)
    return lettered_notes(symbol_notes(note_list_forms(out, ctx), ctx), ctx)


# a label over one of a text's versions side by side: "[Italian]", "[English translation]",
# "[Transcription]" (an edition's tabs or columns: the original, its edited text, a translation)
LANGUAGE_NAMES = "|".join(sorted(NAMES, key=len, reverse=True))
VERSION_LABEL = re.compile(
    rf"\[((?:{LANGUAGE_NAMES})(?:\s+(?:text|translation|version|original|transcription))?|"
    r"(?:diplomatic\s+)?transcription|translation|edited\s+text|original(?:\s+text)?)\]$",
    re.I)


# the same label as a heading of its own, unbracketed ("Faithful Transcription", "Modernized
# Reading", "English Translation", "Original Text"): a version's heading, never a speaker's
VERSION_HEADING = re.compile(
    rf"^(?:(?:{LANGUAGE_NAMES}|faithful|diplomatic|literal|modern(?:i[sz]ed)?|"
    r"normali[sz]ed|edited|original|semi-diplomatic|critical|reading)\s+){0,2}"
    r"(?:transcription|translation|reading|text|version|original)$"
    # a version named by its letter or number ("Version A" / "Version B", "Text II",
    # "Recension B", "Draft 2"), headed in turn as a play's speakers would be
    r"|^(?:version|text|recension|redaction|draft)\s+(?:[A-Z]|[IVX]{1,4}|\d{1,2})$", re.I)


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
    from .letter_openers import is_salutation

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
        years = bool(run) and 1000 <= min(run) and max(run) <= 2100   # (a column of years,
        if len(run) >= 3 and len(steps) == 1 and steps.pop() in (1, 2, 4, 5, 10) \
                and not years:                          # a census's 1850, 1860, 1870: data)
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


# a line's number in the margin, right-aligned in a column (a court reporter's or a
# hearing's software indents it up to eight places: "       1      BEFORE THE …"), and the
# number of a line left empty ("      25")
MARGIN_NUMBER = re.compile(r"^\s{0,8}(\d{1,2})(?=\s+\S)")
MARGIN_ALONE = re.compile(r"^\s{0,8}(\d{1,2})\s*$")


def _margin_line_numbers(blocks: list[Block], ctx: Context) -> list[Block]:
    """A transcript with its lines numbered in the margin (1 … 25 on each page of a court
    reporter's or a hearing's transcript): the numbers are not the text; left out (and
    reported once), the lines' own indentation kept. The numbers stand right-aligned in
    one column (nine in ten end at the same place), rise by one and start again at 1;
    the numbers of empty lines go too (never a page's folio). A transcript typed double-
    spaced (each numbered line a block of its own) has its lines joined again, so that
    its paragraphs and labels are found by their indentation."""
    # (a line with a number in the margin is never blank or a page number alone: the
    # numbers are counted first, over every line, and most texts have too few)
    count = sum(1 for b in blocks for ln in b.lines if MARGIN_NUMBER.match(ln.text))
    if count < 8:
        return blocks
    lines: list[Line] = []
    for ln in (ln for b in blocks for ln in b.lines):
        if ln.text.strip() and not PAGE_NUMBER_ALONE.match(ln.text.strip().lstrip(PAGE_MARK)):
            lines.append(ln)
    paged = count < 0.8 * len(lines)      # (the lines left out have no number to count)
    if paged:
        lines = _numbered_pages(lines)    # the numbered pages only, their heads and feet
        if count < 0.8 * len(lines):      # aside
            return blocks
    numbers = [MARGIN_NUMBER.match(ln.text) for ln in lines]
    found = [int(m.group(1)) for m in numbers if m]
    if len(found) < 8 or len(found) < 0.8 * len(lines) or (paged and found.count(1) < 2):
        return blocks                     # (pages: the numbers start again at 1)
    in_order = sum(1 for a, b in itertools.pairwise(found) if b == a + 1 or b == 1)
    if in_order < 0.9 * (len(found) - 1):
        return blocks
    column, at_column = Counter(m.end(1) for m in numbers if m).most_common(1)[0]
    start, at_start = Counter(m.start(1) for m in numbers if m).most_common(1)[0]
    text_at = Counter(m.end() + len(ln.text[m.end():]) - len(ln.text[m.end():].lstrip())
                      for ln, m in zip(lines, numbers, strict=True) if m).most_common(1)[0][1]
    # numbers set flush left in their column ("1    …", "10   …"): the text after them
    # starts at one column too (a margin's, not a list's "1 Apples" / "10 Pears")
    left = (at_column < 0.9 * len(found) or column <= 3) and at_start >= 0.9 * len(found) \
        and text_at >= 0.6 * len(found) and found.count(1) >= 2
    if at_column < 0.9 * len(found) and not left:
        return blocks                     # (numbers at no one column: a list's)
    ctx.leave_out(lines[:1], f"line numbers in the margin ({len(found)} lines); the text's "
                  "lines without them", "line-numbers")
    ctx.fired("margin-line-numbers")

    def strip(ln: Line) -> Line:
        m = MARGIN_NUMBER.match(ln.text)
        return Line(ln.number, " " * m.end() + ln.text[m.end():], ln.kind) if m else ln

    def empty(ln: Line) -> bool:         # "      25": the number of a line left empty
        m = MARGIN_ALONE.match(ln.text) if column > 3 or left else None
        return m is not None and (m.start(1) == start if left else m.end(1) == column)

    emptied = [ln for b in blocks for ln in b.lines if empty(ln)]
    if emptied:
        ctx.leave_out(emptied[:1], f"the margin's numbers of {len(emptied)} empty lines",
                      "line-numbers")
    out = [Block([strip(ln) for ln in b.lines if not empty(ln)]) for b in blocks
           if any(not empty(ln) for ln in b.lines)]
    numbered = [all(MARGIN_NUMBER.match(ln.text) for ln in b.lines) for b in blocks
                if any(not empty(ln) for ln in b.lines)]
    if column <= 3 and not left:
        return out
    if left:                              # (over the numbered pages: a cover's lines aside)
        singles = sum(1 for b, n in zip(out, numbered, strict=True) if n and len(b.lines) == 1)
        if singles < 0.7 * sum(numbered):
            return out
    elif sum(1 for b in out if len(b.lines) == 1) < 0.7 * len(out):
        return out
    joined: list[Block] = []              # double-spaced: the numbered lines one block
    for k, block in enumerate(out):
        if joined and numbered[k] and numbered[k - 1]:
            joined[-1] = Block(joined[-1].lines + block.lines)
        else:
            joined.append(block)
    ctx.fired("double-spaced")
    return joined


def _numbered_pages(lines: list[Line]) -> list[Line]:
    """The lines a margin's numbering runs over: from its first number on (a cover and an
    index before it carry none), without the lines every page repeats (a page's label,
    "Page 10"; its running foot, the reporter's name and address: three times or more)."""
    first = next((k for k, ln in enumerate(lines) if MARGIN_NUMBER.match(ln.text)), 0)
    counts = Counter(" ".join(ln.text.split()) for ln in lines)
    return [ln for ln in lines[first:] if (counts[" ".join(ln.text.split())] < 3
                                           or MARGIN_NUMBER.match(ln.text))
            and not PAGE_WORD_FORM.match(ln.text.strip().lstrip(PAGE_MARK).strip())]


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


# an identifier holds a letter (the series of "18/11/2021A00300"): a shape of digits and
# separators only ("03-00-00", "12.04.17") is a number, an amount or a date, never left out
IDENTIFIER = re.compile(r"^(?=[^\s\[\]]*[A-Za-z])(?=(?:\D*\d){4})[^\s\[\]]{8,40}$")


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
# control character: "School Enrolments\b���… 445"); the page may carry a column letter
# or be a list of pages ("17881 B", "5643D, 5644A": the Bundestag's printed records)
LEADER = re.compile(r"[\x00-\x08\x0b-\x1f]*(?:\ufffd{2,}|\.{4,}|…{2,}|(?:\. ){3,}\.?|_{4,}|·{4,})"
                    r"(?=\s*(?:\d{1,4}|\d{1,5}\s?[A-D]|[ivxlc]{1,6})"
                    r"(?:\s*,\s*\d{1,5}\s?[A-D]?)*\s*$)")
# what every LEADER holds (the shortest run of each of its forms): the look before the
# search, in C (most lines hold a full stop, few hold leaders; the search tries every place)
LEADER_RUNS = ("\ufffd\ufffd", "....", "……", ". . .", "____", "····")


def _leaders(blocks: list[Block], ctx: Context) -> list[Block]:
    """The leaders of a table of contents (the dots or glyphs that lead the eye from a
    title to its page number) are layout, not words: left out and reported; a tab stands
    where they stood, so that the line stays a contents line."""
    out: list[Block] = []
    for block in blocks:
        lines = []
        for ln in block.lines:
            m = LEADER.search(ln.text) if len(ln.text) > 6 and any(
                run in ln.text for run in LEADER_RUNS) else None
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
        # (a joint label's parts count: "AWB/BN:" in the run, "AWB:" further on)
        parts = {p for key in keys for p in JOINT_KEY.split(key) if p}
        if len(set(keys)) < len(keys) or _keys_recur(elsewhere, set(keys) | parts):
            return blocks
        if sum(_spoken_value(ln) for ln in lines) * 2 >= len(lines):
            return blocks                # witnesses who give evidence once each
        ctx.fired("field-run")
        field_lines = [Line(ln.number, ln.text, "field") for ln in lines]
        return [*blocks[:k], Block(field_lines), *blocks[k + len(run):]]
    return blocks


def _field_key(line: Line) -> str | None:
    if line.kind:
        return None
    m = FIELD_RUN_LINE.match(plain(line.text)) if ":" in line.text[:60] else None
    return m.group("key") if m and len(m.group("key").split()) <= 5 else None


def _spoken_value(line: Line) -> bool:
    """Is the value after a key a speech, not a field's value: sentences of twenty words or
    more, closed by a full stop ("Elizabeth Calloway: Late on 27 Feb. got up on a box …
    I couldn't put it out and called my husband."); a field's value is a few words ("Coram:
    Tan Lee Meng J", "Decision Date: 3 May 2001")."""
    value = plain(line.text).split(":", 1)[-1].strip()
    return len(value.split()) >= 20 and value[-1:] in ".!?\"”’'"


JOINT_KEY = re.compile(r"\s*(?:/|&|,|\band\b)\s*")


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
    from .turns import opens_turn  # (turns reads this module first)

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


# a Markdown fence in a plain-text file (a chat model's transcription saved as .txt):
# "```plaintext" opening, "```" closing on a line of its own or glued to the last line
FENCE_OPEN = re.compile(r"^[ \t]{0,3}`{3,}[ \t]*[\w+.-]{0,20}[ \t]*$")
FENCE_CLOSE = re.compile(r"[ \t]*`{3,}[ \t]*$")


def _plain_fences(blocks: list[Block], ctx: Context) -> list[Block]:
    """A plain text whose words stand between a fence's lines ("```plaintext" … "```"):
    the fence is format syntax, left out and reported; the lines between are the text.
    A fence closes on its own line or at the end of the text's last line ("… provided
    ```"); an opening fence with no closing one is text."""
    if ctx.source.format != "text":
        return blocks
    lines = [(k, i, ln) for k, b in enumerate(blocks) for i, ln in enumerate(b.lines)]
    if not lines or "```" not in "".join(ln.text for _, _, ln in lines):
        return blocks
    drop: set[tuple[int, int]] = set()
    trim: set[tuple[int, int]] = set()
    at = 0
    while at < len(lines):
        k, i, ln = lines[at]
        if not FENCE_OPEN.match(ln.text):
            at += 1
            continue
        close = next((j for j in range(at + 1, len(lines))
                      if FENCE_CLOSE.search(lines[j][2].text)), None)
        if close is None:
            break
        drop.add((k, i))
        ck, ci, cl = lines[close]
        if FENCE_OPEN.match(cl.text) or not cl.text.replace("`", "").strip():
            drop.add((ck, ci))
        else:
            trim.add((ck, ci))
        at = close + 1
    if not drop:
        return blocks
    ctx.fired("plain-text-fence")
    out: list[Block] = []
    for k, block in enumerate(blocks):
        kept = []
        for i, ln in enumerate(block.lines):
            if (k, i) in drop:
                ctx.leave_out([ln], "a Markdown fence in a plain text (format syntax)",
                              "format-markup")
            elif (k, i) in trim:
                m = FENCE_CLOSE.search(ln.text)
                assert m is not None
                ctx.leave_out([Line(ln.number, m.group().strip())], "a Markdown fence that "
                              "closes the text, at its last line's end (format syntax)",
                              "format-markup")
                kept.append(Line(ln.number, ln.text[:m.start()], ln.kind))
            else:
                kept.append(ln)
        if kept:
            out.append(Block(kept))
    return out


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
        if quotes:                  # (never a run of three or more: a fence, a code span)
            text = re.sub(r"(?<!`)``(?!`)", "\u201c", text).replace("''", "\u201d")
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
    if len(found) < 2 or not page_sequence([n for _, n in found]):
        return set()
    return {key for key, _ in found}


def _named_page_headings(blocks: list[Block]) -> dict[int, str]:
    """Headings that number a page in words ("#### Page One"), by their lines' ids: the
    word as printed, where a heading of the same depth numbers a page with a digit ("####
    Page 2"); else none."""
    named: dict[int, str] = {}
    depths: set[str] = set()
    for block in blocks:
        for line in block.lines:
            text = plain(line.text).strip()
            if text.startswith("#"):        # (a heading's depth: "####" or the format's h4)
                depth = text[:len(text) - len(text.lstrip("#"))]
            elif line.kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
                depth = "#" * int(line.kind[1])
            else:
                continue
            label = text.lstrip("#").strip().rstrip("#").strip()
            m = PAGE_WORD_NAMED.match(label)
            if m:
                named[id(line)] = depth + " " + m.group("n")
            elif (m := PAGE_WORD_FORM.match(label)) and not m.group("roman"):
                depths.add(depth)
    return {key: word.split(" ", 1)[1] for key, word in named.items()
            if word.split(" ", 1)[0] in depths}


def _page_lines(block: Block, ctx: Context, openers: set[int] | None = None,
                named: dict[int, str] | None = None) -> list[Block]:
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
        headed = HEADED_PAGE.match(plain(line.text).strip()) if "[" in line.text else None
        if headed and (headed.group("n") is None or ctx.lines_matching(HEADED_PAGE, "[")
                       + ctx.lines_matching(PAGE_END_MARK, "[") >= 2):
            # (a numbered one alone is a citation, "[Hansard, p. 12]"; a transcriber heads,
            # or ends, every page alike, or gives a page "?" no citation gives)
            # "[Liberty Jail, April 01, 1839 — Page ?]": the page begins,
            if current:     # under the transcriber's header (kept whole, the first line
                parts.append(Block(current))      # of what follows: its note)
                current = []
            parts.append(Block([Line(line.number, f"[Page {headed.group('n') or ''}]"
                                     .replace(" ]", "]"))]))
            ctx.fired("page-headed")
            current.append(line)
            continue
        qualified = QUALIFIED_PAGE.match(plain(line.text).strip())
        if qualified:       # "[[Page 4 – envelope]]": the page, and what the transcriber
            if current:     # says it is, their note after the break
                parts.append(Block(current))
                current = []
            parts.append(Block([Line(line.number, f"[Page {qualified.group('n')}]")]))
            open_, close = ("[[", "]]") if line.text.strip().startswith("[[") else ("[", "]")
            parts.append(Block([Line(line.number, f"{open_}{qualified.group('q')}{close}")]))
            ctx.fired("page-qualified")
            continue
        n = page_number(line.text, line.kind)
        worded = _page_word(line, len(block.lines) == 1 or id(line) in (openers or ())) \
            if n is None else None
        worded = worded or (named or {}).get(id(line)) if n is None else None
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


# a page marker in brackets with what the page is after a dash, a comma or in parentheses
# ("[[Page 4 – envelope]]", "[Page 2, verso]", "[p. 3 (cover)]"): the number is the page's,
# the words the transcriber's note on it
QUALIFIED_PAGE = re.compile(r"^\[{1,2}\s*(?:page|p\.|pg\.?)\s*(?P<n>\d{1,5}[a-z]?|[ivxlcdm]{1,8})"
                            r"\s*(?:[-–—,:]\s*|\(\s*)(?P<q>[^\W\d_][^\[\]()]{0,40}?)\s*\)?\s*"
                            r"\]{1,2}$", re.I)


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


# ----------------------------------------------------------------------------- joining

def join_hyphenated(first: str, second: str) -> bool:
    """A line ending in a hyphen after a letter, and the next starting with a lower-case
    letter: one word split at the line end."""
    return bool(HYPHEN_END.search(plain(first).rstrip())) and (
        plain(second).lstrip()[:1].islower() or _hyphen_repeated(first, second))


DASH_HYPHEN = re.compile(r"(?<=[^\W\d_])[—–]$")


def _dash_joins_word(before: str, after: str, ctx: Context) -> bool:
    """A line that ends in a letter and a dash over one that opens in lower case, whose
    halves make a word the text prints whole elsewhere ("Luft—" / "forsvarets" where
    "Luftforsvarets" stands in the heading; never "said—" / "and")."""
    at_end = LETTERS_AT_END.search(plain(before).rstrip()[:-1])
    at_start = LETTERS_AT_START.match(plain(after).lstrip())
    if not at_end or not at_start or not at_start.group(0)[:1].islower():
        return False
    return (at_end.group(0) + at_start.group(0)).casefold() in ctx.words()


def _hyphen_repeated(before: str, after: str) -> bool:
    """A word cut at the line's end with the hyphen printed again at the next line's start
    ("Doku-" / "-mentene": the old prints' and OCR's repeated sign), the next part in lower
    case: one word."""
    start = plain(after).lstrip()
    return plain(before).rstrip()[-1:] == "-" and start[:1] == "-" and start[1:2].islower()


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
        other = OTHER_HYPHEN.search(last.text.rstrip()) if not last.text.isascii() else None
        if other and plain(span.text).lstrip()[:1].isalpha():
            # a word cut by the Hebrew maqaf, a Unicode hyphen or a soft hyphen ("באיי־" /
            # "רופא"): one word with the sign taken out where the text prints it whole
            # elsewhere ("איירופא") or the next line goes on in lower case; else the sign stays
            word_end = last.text.rstrip()
            at_end = LETTERS_AT_END.search(word_end[:-1])
            at_start = LETTERS_AT_START.match(plain(span.text).lstrip())
            head = at_end.group(0) if at_end else ""
            tail = at_start.group(0) if at_start else ""
            whole = (head + tail).casefold() in ctx.words() or tail[:1].islower()
            parts[-1] = last[:len(word_end) - 1] if whole else last[:len(word_end)]
            if whole:
                ctx.fired("dehyphenated")
                line, col = last.pos(len(word_end) - 1)
                ctx.diags.info(f"word hyphenated at the line end with '{other.group(0)}' joined "
                               "(the sign removed)", "dehyphenated", line, col)
            seps.append("")
            parts.append(span.strip())
            continue
        if last.text.rstrip()[-1:] == "-" and HYPHEN_END.search(plain(last.text).rstrip()) \
                and _hyphen_repeated(last.text, span.text):
            word_end = last.text.rstrip()             # "Doku-" + "-mentene": both signs out
            parts[-1] = last[:len(word_end) - 1]
            span = span.strip()
            seps.append("")
            parts.append(span[1:])
            ctx.fired("dehyphenated")
            line, col = last.pos(len(word_end) - 1)
            ctx.diags.info("word hyphenated at the line end with the hyphen repeated on the "
                           "next line joined (both hyphens removed)", "dehyphenated", line, col)
            continue
        dash = DASH_HYPHEN.search(last.text.rstrip()) if last.text.rstrip()[-1:] in "—–" \
            else None
        if dash and _dash_joins_word(last.text, span.text, ctx):
            # OCR read a line end's hyphen as a dash ("Luft—" / "forsvarets"): one word,
            # where the text prints the word whole elsewhere ("Luftforsvarets")
            word_end = last.text.rstrip()
            parts[-1] = last[:len(word_end) - 1]
            seps.append("")
            parts.append(span.strip())
            ctx.fired("dehyphenated")
            line, col = last.pos(len(word_end) - 1)
            ctx.diags.info(f"word hyphenated at the line end with '{dash.group(0)}' (OCR's "
                           "hyphen) joined, the word printed whole elsewhere (the sign "
                           "removed)", "dehyphenated", line, col)
            continue
        end = plain(last.text).rstrip() if "-" in last.text else ""    # (most lines: none)
        if end[-1:] == "-" and HYPHEN_END.search(end) and plain(span.text).lstrip()[:1].isalpha():
            word_end = last.text.rstrip()
            capitals = _capitals_broken(last.text, span.text)
            compound = _compound_tail(last.text, span.text) or \
                _hyphen_chain(last.text, span.text, ctx)
            if compound:
                ctx.fired("line-end-compound")        # "panic-" / "stricken": its own hyphen
            elif capitals and _capitals_compound(last.text, span.text, ctx):
                compound = True                       # "DRAFT-" / "LAW"
                ctx.fired("capitals-compound")
            if (plain(span.text).lstrip()[:1].islower() or capitals) and not compound \
                    and not _printed_compound(last.text, span.text, ctx):
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


def _capitals_compound(before: str, after: str, ctx: Context) -> bool:
    """Is "DRAFT-" / "LAW" two words in capitals joined by their own hyphen, not one word
    cut ("NA-" / "TIONAL")? Capitals give no evidence of a cut, so the text's words do:
    both halves, of three letters at least, printed on their own elsewhere in the text,
    and the two never printed as one word."""
    head = plain(before).rstrip()[:-1].rsplit(None, 1)[-1:]
    tail = re.sub(r"\W+$", "", (plain(after).lstrip().split(None, 1) or [""])[0])
    if not head or len(head[0]) < 3 or len(tail) < 3 or not head[0].isalpha():
        return False
    if CLOSED_COMPOUND_HEAD.match(head[0]) or CLOSED_COMPOUND_TAIL.match(tail):
        return False                # "ANY-" / "THING", "WITH-" / "OUT": one word cut
    return _whole_word(head[0], ctx) and _whole_word(tail, ctx) and \
        (head[0] + tail).casefold() not in ctx.words()


# the words English writes as one with another ("anything", "without", "cannot",
# "therefore", "himself"): halves that are words of their own but were one word cut
CLOSED_COMPOUND_HEAD = re.compile(
    r"(?i)(?:any|some|every|no|with|can|there|where|here|how|what|who|which|when|whose|"
    r"our|your|them|him|her|it|my|thy|one|up|out|in|on|over|under|for|never|not|mean|other|"
    r"to|be|al|else|through|after|back|down|off)$")
CLOSED_COMPOUND_TAIL = re.compile(
    r"(?i)(?:thing|things|one|body|where|out|self|selves|not|fore|in|into|to|upon|on|over|"
    r"ward|wards|time|times|while|ever|less|more|fold|by|with|within|without|under|"
    r"how|soever|after|about|above|standing)$")


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
    letters or more over one of COMPOUND_TAILS? Or a range of months ("mars-" / "april")?"""
    head = plain(before).rstrip()[:-1].rsplit(None, 1)[-1:]
    tail = plain(after).lstrip().split(None, 1)[:1]
    if not (head and tail) or len(head[0]) < 3 or not head[0].isalpha():
        return False
    second = re.sub(r"\W+$", "", tail[0]).casefold()
    # (two months' names, a range: "mars-" / "april 1945" is "mars-april", never "marsapril")
    return second in COMPOUND_TAILS or (
        len(second) >= 3 and head[0].casefold() in MONTHS and second in MONTHS)


CHAIN_HEAD = re.compile(r"(?:^|(?<=\s))(?P<chain>(?:[^\W\d_]+-)*)(?P<head>[^\W\d_]+)-$")
CHAIN_TAIL = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)+")


def _hyphen_chain(before: str, after: str, ctx: Context) -> bool:
    """Is the hyphen at the line end a link of a chain of words ("mille-huit-cent-quatre-"
    / "vingt-cinq", "mille-" / "neuf-cent-quatorze", "mother-in-" / "law"): the part before
    it a whole word (a numeral, or a word the text prints elsewhere), and either a link of a
    chain already or set before words that are one ("neuf-cent-quatorze")? A syllable
    break inside a link ("Mour-" / "melon-le-Grand") has no word before it: joined."""
    m = CHAIN_HEAD.search(plain(before).rstrip())
    if m is None:
        return False
    chained = bool(m.group("chain")) or bool(CHAIN_TAIL.match(plain(after).lstrip()))
    return chained and _whole_word(m.group("head"), ctx)


def _whole_word(word: str, ctx: Context) -> bool:
    """A numeral of the date tables, or a word the text prints once more than here."""
    from .datewords import _TABLES
    low = word.casefold()
    if any(low in table for table in _TABLES.values()):
        return True
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(low) + r"(?![^\W\d_])",
                          ctx.source.text.casefold())) >= 2


def is_cjk(ch: str) -> bool:
    """A character of Chinese, Japanese or Korean, or their full-width punctuation."""
    return bool(ch) and ("\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
                         or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef")

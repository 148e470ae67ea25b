"""What OCR of a printed book's page leaves around its text: a title page's title set in
capitals over lines apart, with specks at their edges ("/o," / "CERTAIN SYMPTOMS" / "OF" /
"/NERVOUS EXHAUSTION.^")."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..sourcetext import Block, Line
from .context import Context

# a word that joins a title's lines ("OF" alone between "CERTAIN SYMPTOMS" and "NERVOUS
# EXHAUSTION."), in the languages of printed books
JOINER = re.compile(r"^(?:OF|AND|ON|THE|IN|FOR|OR|TO|DE|DU|DES|DI|DEL|DELLA|ET|UND|VON|ÜBER|"
                    r"UEBER|Y|E|EN|SUR|PAR)$")
# specks at a line's edges that no title sets (what OCR reads off a page's stains)
EDGE_SPECKS = re.compile(r"^(?P<lead>[/\\^*~|_,'`’‘]+)?(?P<text>.*?)(?P<trail>[/\\^*~|_,'`’‘]+)?$")
MAX_TITLE_LINE = 48


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _debris(text: str) -> bool:
    """A line of one to three signs, no word in it ("/o,", "^", "i."): OCR's specks."""
    squeezed = "".join(text.split())
    return 0 < len(squeezed) <= 3 and not (squeezed.isalpha() and squeezed.isupper()) \
        and not squeezed.isdigit()


def caps_title_over_lines(blocks: list[Block], i: int, ctx: Context) -> list[Block]:
    """Blocks of one short line each at the top of an OCR'd text, in capitals once the
    specks at their edges are taken off, joined by a word alone ("OF"): one title line.
    The evidence: two lines in capitals or more, specks OCR left (a line of specks alone,
    or specks at a line's edge: without them the title rules read the lines as they are),
    and text after the run. The specks are reported, never kept in the title."""
    if ctx.source.format != "text":
        return blocks
    k, caps = i, 0
    pieces: list[tuple[Line, str]] = []
    specks: list[tuple[Line, str]] = []
    debris: list[Line] = []
    while k < len(blocks) - 1 and k < i + 8 and len(blocks[k].lines) == 1:
        line = blocks[k].lines[0]
        text = plain(line.text).strip()
        if _debris(text) and not pieces:
            debris.append(line)
            k += 1
            continue
        m = EDGE_SPECKS.match(text)
        core = m.group("text").strip() if m else text
        if not core or len(core) > MAX_TITLE_LINE:
            break
        if _caps(core) and not JOINER.match(core):
            caps += 1
        elif not (JOINER.match(core) and pieces):
            break
        if m and (m.group("lead") or m.group("trail")):
            specks.append((line, (m.group("lead") or "") + (m.group("trail") or "")))
        pieces.append((line, core))
        k += 1
    if caps < 2 or not (specks or debris) or k >= len(blocks) or \
            JOINER.match(pieces[-1][1]):
        return blocks
    for line in debris:
        ctx.leave_out([line], "OCR specks over the title, no word in them", "ocr-noise")
    for line, signs in specks:
        ctx.diags.info(f"OCR specks at the edge of a title line left out ({signs!r})",
                       "ocr-noise", line.number, 1)
    ctx.fired("ocr-caps-title")
    title = Line(pieces[0][0].number, " ".join(core for _, core in pieces),
                 pieces[0][0].kind)
    return [*blocks[:i], Block([title]), *blocks[k:]]


# a rule OCR read as letters: one letter repeated, maybe after another ("Mllllllll…")
LETTER_RULE = re.compile(r"^\S?([^\W\d_])\1{19,}\S?$")
LEADER = re.compile(r"([^\w\s])\1{4,}")


def _noise_line(text: str) -> bool:
    """A line OCR read off a rule or a picture: a letter repeated (LETTER_RULE), or thirty
    signs or more, most of them neither letters nor figures, and no leader dots in them (a
    table of contents' "Chapter I ........ 5")."""
    squeezed = "".join(text.split())
    if LETTER_RULE.match(squeezed):
        return True
    if len(squeezed) < 30 or sum(map(str.isalnum, squeezed)) * 2 >= len(squeezed):
        return False                  # (the count before the search: most lines are words)
    return not LEADER.search(squeezed)


def noise_lines(blocks: list[Block], ctx: Context) -> list[Block]:
    """Lines of OCR noise inside the blocks of an OCR'd text (a rule read as "Mllllll…", a
    row of dots and bars read off an ornament): left out, reported; the lines around them
    stay as they are."""
    if ctx.source.format != "text":
        return blocks
    out: list[Block] = []
    for block in blocks:
        noise = [ln for ln in block.lines if not ln.kind and _noise_line(plain(ln.text))]
        if not noise:
            out.append(block)
            continue
        for ln in noise:
            ctx.leave_out([ln], "OCR noise: a rule or an ornament read as signs", "ocr-noise")
        ctx.fired("ocr-noise-lines")
        kept = [ln for ln in block.lines if ln not in noise]
        if kept:
            out.append(Block(kept))
    return out


# a newspaper's masthead words: volume, number, year of issue, price ("Vol- 26", "No. 20",
# "ANNO XIV", "N :ro 22", "Kuudes vuosik")
MASTHEAD_WORD = re.compile(r"(?i)(?<!\w)(?:vol|vol\.|no\.|n\s?:\s?ro|nr\.|anno|ann[ée]e|jahrgang|"
                           r"vuosik\w*|årgång|price|prezzo|prix|preis|hinta|cents?)(?!\w)|"
                           r"(?<!\d)1[6-9]\d\d(?!\d)")
# a jump line: "(Continued on page 14.)", "(Jatkoa toisella sivulla)", "(Suite page 3)"
JUMP_LINE = re.compile(r"(?i)^\((?:continued|concluded|jatkoa|jatkuu|suite|continua|"
                       r"continuaci[óo]n|fortsetzung|seguito|vervolg)\b[^()]{0,60}\)\.?$")
SENTENCE_CLOSE = ".?!)\"”’"
LEADING_SPECK = re.compile(r"^\s*[^\w\s(\[“\"‘'—–-]{1,2}\s+(?=\w)")


def _head_words(text: str) -> bool:
    """A headline's words: title case (every word of four letters or more capitalised) or
    capitals, letters in it, no sentence or word cut at its end."""
    core = re.sub(r"^[^\w(]{1,2}\s+", "", text)      # ("! Editorials": a neighbour's speck)
    words = [w for w in core.split() if any(c.isalpha() for c in w)]
    if not words or len(core) > 40 or len(words) > 6 or core[-1:] in "-,;:." \
            or not core[:1].isupper():
        return False
    long = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return bool(long) and all(w[:1].isupper() for w in long)


def _caps_head(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters) and len(text) <= 40 \
        and text[-1:] not in "-,;:" and len(text.split()) >= 2


def _column_width(source: list[str]) -> bool:
    """Are the text's lines a printed column's (the half of them no longer than seventy
    signs, and most of them not closing a sentence: the line ends where the column does)?
    A text typed one paragraph a line ("143. Sitzung" / "Bonn, Mittwoch, den 23. Mai
    1951." / a speech of five hundred signs a line) is no newspaper's page, whatever year
    or "Nr." stands near its top."""
    texts = [t.strip() for t in source if t.strip()]
    if not texts:
        return False
    widths = sorted(len(t) for t in texts)
    closed = sum(t[-1:] in SENTENCE_CLOSE for t in texts)
    return widths[len(widths) // 2] <= 70 and closed * 2 <= len(texts)


def newspaper_page(blocks: list[Block], i: int, ctx: Context, facts: dict) -> list[Block]:
    """A newspaper page's OCR with no blank line (Chronicling America's ocr.txt): the
    masthead's lines at the top (a volume, a number, a year among them) are the source's
    citation (the header's); the short lines under them, half the width of the text's lines
    or less, the headline; further down a headline standing alone (title case over a line
    that closes a sentence, or capitals, over a line that opens one) and a jump line
    ("(Continued on page 14.)") are blocks of their own. Needs a page of sixty lines or
    more, almost none of them blank, and a masthead line."""
    source = ctx.source.lines
    if ctx.source.format != "text" or len(source) < 60 or i >= len(blocks) or \
            sum(not line.strip() for line in source) * 50 > len(source):
        return blocks
    if not _column_width(source):
        return blocks
    lines = [ln for block in blocks[i:] for ln in block.lines]
    texts = [plain(ln.text).strip() for ln in lines]
    top = [k for k, t in enumerate(texts[:10]) if MASTHEAD_WORD.search(t)]
    if not top:
        return blocks
    end = top[-1] + 1
    widths = sorted(len(t) for t in texts[end:end + 20])
    middle = widths[len(widths) // 2] if widths else 0
    head_end = end
    while head_end < min(end + 3, len(texts)) and texts[head_end][-1:] != "-" and (
            len(texts[head_end]) * 2 <= middle or _head_words(texts[head_end])) and \
            re.search(r"[^\W\d_]{4}", texts[head_end]):
        head_end += 1
    if head_end == end:
        return blocks
    masthead = lines[:end]
    facts.setdefault("source_lines", []).extend(texts[:end])
    ctx.leave_out(masthead, "a newspaper's masthead (volume, number, date); it is in the "
                  "header's source description", "source-citation")
    ctx.fired("newspaper-masthead")
    headline = []
    for ln in lines[end:head_end]:
        speck = LEADING_SPECK.match(ln.text)
        if speck:                       # ("! Editorials": the edge of a neighbour's column)
            ctx.diags.info(f"OCR speck before a headline left out ({speck.group(0).strip()!r})",
                           "ocr-noise", ln.number, 1)
            ln = Line(ln.number, ln.text[speck.end():], ln.kind)
        headline.append(ln)
    out = [Block(headline)]
    current: list = []
    for k in range(head_end, len(lines)):
        text = texts[k]
        before = texts[k - 1] if k else ""
        after = texts[k + 1] if k + 1 < len(texts) else ""
        alone = JUMP_LINE.match(text) or (
            after[:1].isupper() and (_caps_head(text) or (
                _head_words(text) and before[-1:] in SENTENCE_CLOSE)))
        if alone:
            if current:
                out.append(Block(current))
            ln = lines[k]
            out.append(Block([ln if JUMP_LINE.match(text) else Line(ln.number, ln.text, "h3")]))
            current = []
            ctx.fired("newspaper-head-line")
            continue
        current.append(lines[k])
    if current:
        out.append(Block(current))
    return blocks[:i] + out

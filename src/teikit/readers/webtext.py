"""A web page saved as plain text (a browser's "Save as text", a crawl of a classics library):
the page's title line over the text's own title, the page's index of links, and the
site's links under the text. Each only on evidence inside the page, never by a site's name.
"""
from __future__ import annotations

import re
import unicodedata

from ..formats.marks import plain
from ..sourcetext import Block
from .context import Context
from .letter_openers import is_salutation
from .span import Span

# the page's title line: "Cicero: ad Familiares XVI", "PETRUS ABAELARDUS: HELOYSAE EPISTOLA
# AD ABELARDUM", "Piccolomini: Letter to Johann Lauterbach" (an author or collection, one
# colon, a work; no sentence)
PAGE_TITLE = re.compile(r"^(?P<author>[^:.!?;]{2,60}?)\s*:\s+(?P<work>[^:.!?;]{2,120})$")
MAX_TITLE_WORDS = 8
MAX_HEAD_WORDS = 25
# a page's index of links to its parts: "1 2  3 4 5  6 7 8 … 27"
LINK_INDEX = re.compile(r"^\s*1(?:\s+\d{1,3}){4,}\s*$")
WORD = re.compile(r"[^\W\d_]{4,}")
STEM = 5            # two words are one where their first letters agree (CICERONIS, Cicero)


def _stems(text: str) -> set[str]:
    flat = unicodedata.normalize("NFKD", plain(text)).casefold()
    bare = "".join(c for c in flat if not unicodedata.combining(c))
    return {w[:STEM] for w in WORD.findall(bare)}


def page_title(blocks: list[Block], i: int, ctx: Context) -> tuple[Span, int] | None:
    """The text's title under the saved page's title line: (its span, the index of the
    block after it). The page's title line is one line, "Author: Work" (eight words at most,
    one colon, no sentence); the title is the next block, two lines at most and 25 words,
    no sentence, that repeats a word of it (the page's title line gives the title again,
    shorter or in other words: "Cicero: ad Familiares XVI" over "M. TVLLI CICERONIS
    EPISTVLARVM AD FAMILIARES …"). The page's title line goes to the source citation (its
    words kept, reported as left out of the text)."""
    if i + 2 >= len(blocks) or len(blocks[i].lines) != 1:
        return None
    line = plain(blocks[i].lines[0].text).strip()
    m = PAGE_TITLE.match(line)
    if m is None and not blocks[i].lines[0].kind:
        return _author_over_title(blocks, i, ctx) or _title_over_capitals(blocks, i, ctx)
    if m is None or len(line.split()) > MAX_TITLE_WORDS or blocks[i].lines[0].kind:
        return None
    title = blocks[i + 1]
    text = " ".join(plain(ln.text).strip() for ln in title.lines)
    if len(title.lines) > 2 or len(text.split()) > MAX_HEAD_WORDS or \
            text.rstrip()[-1:] in ".!?,;:" or any(ln.kind for ln in title.lines) or \
            not _stems(m.group("work")) & _stems(text) or LINK_INDEX.match(text):
        return None
    ctx.source.hints.fields.append(("page-title", line))
    ctx.leave_out(blocks[i].lines, "the saved web page's title line (the title under it "
                  "gives it again); kept in the source citation", "page-title")
    ctx.fired("page-title-line")
    return Span.of_lines(title.lines, " ").strip(), i + 2


AUTHOR_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’.-]+){0,3}$")
MIN_CAPS_WORDS = 4


def _author_over_title(blocks: list[Block], i: int, ctx: Context) -> tuple[Span, int] | None:
    """A name alone on the first line ("Pliny the Younger") over the work's title in
    capitals that names the author again in its own form ("C. PLINII CAECILII SECVNDI
    EPISTVLARVM …"): one heading, the author over the title, as a title page sets them.
    The capitals line: four words at least, no sentence's end; the name's words not all in
    it (a heading printed twice is not an author)."""
    name = plain(blocks[i].lines[0].text).strip()
    title = blocks[i + 1]
    text = " ".join(plain(ln.text).strip() for ln in title.lines)
    letters = [c for c in text if c.isalpha()]
    if not AUTHOR_LINE.match(name) or name.isupper() or len(title.lines) != 1 or \
            title.lines[0].kind or len(text.split()) < MIN_CAPS_WORDS or \
            len(text.split()) > MAX_HEAD_WORDS or text.rstrip()[-1:] in ".!?,;:" or \
            sum(c.isupper() for c in letters) < 0.9 * len(letters) or is_salutation(text):
        return None              # (a letter's salutation in capitals under its title:
        #                          "PETRARCAE M. TULLIO CICERONI S.P.D.")
    named = {w.casefold() for w in WORD.findall(name)}
    caps = {w.casefold() for w in WORD.findall(text)}
    if named <= caps or not {w[:4] for w in named} & {w[:4] for w in caps}:
        return None
    ctx.fired("author-over-title")
    return Span.of_lines(blocks[i].lines + title.lines, " ").strip(), i + 2


def _title_over_capitals(blocks: list[Block], i: int,
                         ctx: Context) -> tuple[Span, int] | None:
    """A saved page's title line that is a name alone ("Speech of Claudius", "Inscriptiones":
    a first line of eight words at most, no sentence) over the text's own title in capitals
    that repeats a word of it ("CLAVDII CAESARIS ORATIO", V for U as Latin capitals write
    it), the browser's tab-indented blank lines between them (the page's layout: the
    evidence that the first line is the page's, not the text's)."""
    line = plain(blocks[i].lines[0].text).strip()
    title = blocks[i + 1]
    text = " ".join(plain(ln.text).strip() for ln in title.lines)
    letters = [c for c in text if c.isalpha()]
    if len(line.split()) > MAX_TITLE_WORDS or line[-1:] in ".!?,;:" or len(title.lines) > 2 \
            or any(ln.kind for ln in title.lines) or len(text.split()) > MAX_HEAD_WORDS \
            or text.rstrip()[-1:] in ".!?,;:" or not letters \
            or sum(c.isupper() for c in letters) < 0.9 * len(letters) or line.isupper() \
            or is_salutation(text):     # (a letter's salutation in capitals under its
        return None                     # page's title: "PETRARCAE M. TULLIO CICERONI S.P.D.")
    first, last = blocks[i].lines[0].number, title.lines[0].number
    between = ctx.source.lines[first:last - 1] if 0 < first < last else []
    if not any("\t" in raw and not raw.strip() for raw in between):
        return None

    def latin(stems: set[str]) -> set[str]:
        return {stem.replace("v", "u") for stem in stems}
    if not latin(_stems(line)) & latin(_stems(text)):
        return None
    ctx.source.hints.fields.append(("page-title", line))
    ctx.leave_out(blocks[i].lines, "the saved web page's title line (the title under it "
                  "gives it again); kept in the source citation", "page-title")
    ctx.fired("page-title-line")
    return Span.of_lines(title.lines, " ").strip(), i + 2


def link_index(blocks: list[Block], i: int, ctx: Context) -> int:
    """A line of the numbers 1 to N alone under the title (N five at least, rising by one),
    or a column of them one a line: the page's links to its parts, never a page number or
    a paragraph: left out."""
    if i >= len(blocks) - 1:
        return i
    lines = [plain(ln.text).strip() for ln in blocks[i].lines]
    if len(lines) != 1 and not (len(lines) >= 5 and all(t.isdigit() for t in lines)):
        return i
    text = " ".join(lines)
    if LINK_INDEX.match(text):
        numbers = [int(n) for n in text.split()]
        if numbers == list(range(1, len(numbers) + 1)):
            ctx.leave_out(blocks[i].lines, "the web page's index of links to its parts "
                          "(navigation)", "navigation")
            ctx.fired("link-index")
            return i + 1
    return i


# a link of the site's footer: a name of four words at most, capitalised, no punctuation
# but a hyphen ("Neo-Latin", "The Latin Library", "The Classics Page")
FOOTER_LINK = re.compile(r"^[A-Z][\w'-]*(?: [\w'-]+){0,3}$")


# the words by which a site's links name its parts ("The Latin Library", "The Classics
# Page", "Home", "Index"): a site's, never a signer's
SITE_WORD = re.compile(r"(?i)\b(?:library|page|home(?:page)?|index|contents|site|menu|"
                       r"sitemap)\b")


def site_footer(blocks: list[Block], ctx: Context, titled: bool = True) -> list[Block]:
    """Under a saved page's text (its title line found: page_title), the last block made of
    the site's links set apart by tabs (three links at least, each a capitalised name of
    four words at most with no punctuation, tab-indented or tab-separated) is the site's
    footer: left out and reported. Where no title line says the text is a saved page
    (*titled* false), two of the links name a site's part (SITE_WORD: "The Latin Library",
    "The Classics Page"), and no letter stands before them (no salutation in the text's
    first blocks, no closing formula in the block before): never a letter's signature."""
    if not blocks or len(blocks) < 3:
        return blocks
    last = blocks[-1]
    raw = [ln.text for ln in last.lines]
    if not any("\t" in text for text in raw):
        return blocks
    links = [part.strip() for text in raw for part in re.split(r"\t| {2,}", plain(text))
             if part.strip()]
    if len(links) < 3 or not all(FOOTER_LINK.match(link) for link in links):
        return blocks
    if not titled:
        from .letter_closers import is_closing
        before = [plain(line.text).strip() for line in blocks[-2].lines]
        if sum(bool(SITE_WORD.search(link)) for link in links) < 2 or any(
                is_salutation(plain(b.lines[0].text)) for b in blocks[:8]) or (
                before and is_closing(before[-1])):
            return blocks
    ctx.leave_out(last.lines, "the web site's links under the text (page footer)",
                  "site-chrome")
    ctx.fired("site-footer")
    return blocks[:-1]


# a wiki's table of contents flattened into one line: "1 About Ruzena Bajcsy 2 About the
# Interview 3 Interview 3.1 Childhood …" (a number, its title, the next number …)
CONTENTS_ENTRY = re.compile(r"(?:^|\s)(\d{1,2}(?:\.\d{1,2}){0,3})\s+(?=[^\W\d_])")


def generated_contents(blocks: list[Block], ctx: Context) -> list[Block]:
    """A first line that is a page's generated table of contents, flattened (MediaWiki's
    "1 About … 2 About the Interview 3 Interview 3.1 …"): numbered titles, three at least,
    that are the text's own headings further down, in their order. Left out and reported
    (the headings are the text's)."""
    if len(blocks) < 4 or len(blocks[0].lines) != 1 or blocks[0].lines[0].kind:
        return blocks
    text = plain(blocks[0].lines[0].text).strip()
    marks_at = list(CONTENTS_ENTRY.finditer(text))
    if len(marks_at) < 3 or marks_at[0].start() != 0 or marks_at[0].group(1) != "1":
        return blocks
    titles = [text[m.end():after.start()].strip() for m, after in
              zip(marks_at, [*marks_at[1:], None], strict=True) if after is not None] \
        + [text[marks_at[-1].end():].strip()]
    headings = [" ".join(plain(b.text).split()).casefold() for b in blocks[1:]
                if b.lines[0].kind[:1] == "h"]
    k = 0
    for title in titles:
        while k < len(headings) and headings[k] != " ".join(title.split()).casefold():
            k += 1
        if k == len(headings):
            return blocks
        k += 1
    ctx.leave_out(blocks[0].lines, "the page's table of contents: its titles are the "
                  "headings of the text", "generated-contents")
    ctx.fired("generated-contents")
    return blocks[1:]

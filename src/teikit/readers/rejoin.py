"""A paragraph broken in mid-sentence (by a page break, a column break or a blank line in
the source) joined again, the page break kept where it stands; a word cut by a hyphen over
the page one word again."""
from __future__ import annotations

import re

from ..formats.marks import HI, plain
from .context import Context
from .language import guess_language
from .layout import _compound_tail, _printed_compound, is_cjk, join_hyphenated, join_spans
from .letter_closers import lineated_closing
from .letters import named_part
from .shapes import (
    CJK_ENDS,
    FUNCTION_WORDS,
    _cjk_title,
    ends_mid_sentence,
    is_wrapped,
)
from .span import Span
from .unit import Unit

# the formula that opens a resolution's or an act's clause, followed by a comma or a colon
# ("WHEREAS, There are …", "Resolved, That …", "Considérant, …"), or "Be it (further)
# resolved": a clause of its own, never the rest of the clause before it (which ends in
# "and" or a comma)
CLAUSE_FORMULA = re.compile(
    r"^\W{0,2}(?:(?:whereas|resolved|provided|considérant|vu|décide|overwegende|"
    r"in\s+erwägung|recalling|decides)\s*[,:]|be\s+it\s+(?:further\s+|also\s+)?"
    r"(?:resolved|enacted)\b)", re.I)


def _clause(u: Unit, ctx: Context) -> bool:
    if u.span is not None and CLAUSE_FORMULA.match(plain(u.span.text)):
        ctx.fired("clause-formula")
        return True
    return False


def _format_delimited(u: Unit) -> bool:
    """Is *u* a list item or a table cell the source format itself delimits (Markdown's
    "- ", reST's and Org's bullets, AsciiDoc's "* ", HTML's <li>, Word's list paragraphs)?
    Such a block ends where the format says: never a paragraph broken in mid-sentence
    ("- lijero: cuatro a seis nudos" over "- suave: siete a diez nudos": a glossary's
    items, not one sentence)."""
    lines = u.block.lines if u.block is not None else []
    return bool(lines) and lines[0].kind in ("item", "cell")


def _closing_in_lines(u: Unit) -> bool:
    """A block of three or more lines the source breaks that is a letter's closing, the
    name and maybe the signer's address ("and I in Duty Bound" / "Would Ever Pray" /
    "Daniel Rush" / "No.8 Littel George"): the letter's own lines, never the rest of the
    sentence before it."""
    lines = [ln.strip() for ln in plain(u.body.text).split("\n") if ln.strip()]
    return len(lines) >= 3 and lineated_closing(lines) is not None


def _own_element(u: Unit, between: list[Span], ctx: Context) -> bool:
    """Is *u* a paragraph element of the source's own HTML (a <p> of a Markdown file's HTML
    block: SourceHints.element_blocks), with no page break before it? The editor's
    paragraph, never a piece of the one before: a diplomatic transcription's <p>s open in
    lower case and end with no stop because the manuscript has neither."""
    return not between and u.block is not None and bool(u.block.lines) \
        and u.block.first in ctx.source.hints.element_blocks


def rejoin_split_paragraphs(units: list[Unit], ctx: Context) -> list[Unit]:
    """A paragraph broken in mid-sentence (by a page break in the source) is one again, with
    the page break where it stands. The pieces of a paragraph are joined once, at the end:
    joining as they come would copy the growing paragraph at every piece."""
    out: list[Unit] = []
    pieces: dict[int, list[Span]] = {}          # id(unit) -> its pieces, when rejoined
    capitals = _CapitalCut(units)
    spoken = ctx.source.format == "html" and any(u.kind == "turn" for u in units)
    i = 0
    while i < len(units):
        u = units[i]
        prev = out[-1] if out else None
        last = pieces[id(prev)][-1] if prev is not None and id(prev) in pieces else (
            prev.span if prev is not None else None)
        if prev is None or prev.kind not in ("para", "turn") or last is None \
                or u.form == "code" or prev.form == "code" \
                or _format_delimited(prev) or _format_delimited(u) \
                or not (_cut_before(last.text, u.kind == "pb") or _comma_cut(prev, last, u)
                        or _markup_comma_cut(prev, last, u, spoken)
                        or _word_cut(last, u) or _word_cut_over_page(last, units, i)
                        or capitals.cut(last, u)):
            out.append(u)                      # (no page breaks scanned for nothing:
            i += 1                             # thousands of them in a row are linear)
            continue
        between: list[Span] = []               # page breaks between the two pieces
        j = i
        while j < len(units) and units[j].kind in ("pb", "cb") and units[j].block.lines:
            between.append(Span.of_line(units[j].block.lines[0]).strip())
            j += 1
        nxt = units[j] if j < len(units) else None
        if (prev is not None and prev.kind in ("para", "turn") and nxt is not None
                and nxt.kind == "para" and last is not None and nxt.span is not None
                and nxt.n is None and not named_part(prev) and not named_part(nxt)
                and (((_cut_before(last.text, bool(between)) or _comma_cut(prev, last, nxt)
                       or _word_cut(last, nxt)) and _continues(last.text, nxt.span.text))
                     or capitals.cut(last, nxt) or _markup_comma_cut(prev, last, nxt, spoken))
                and not _clause(nxt, ctx) and not _closing_in_lines(nxt)
                and not _own_element(nxt, between, ctx)):
            pieces.setdefault(id(prev), [last]).extend([*between, nxt.span])
            ctx.diags.info("paragraph broken in mid-sentence joined with the next one",
                           "rejoined", nxt.block.first, 1)
            ctx.fired("rejoined")
            if capitals.cut(last, nxt) and not _cut_before(last.text, bool(between)):
                ctx.fired("capital-word-rejoined")
            elif not _cut_before(last.text, bool(between)) and _comma_cut(prev, last, nxt):
                ctx.fired("comma-rejoined")
            elif not _cut_before(last.text, bool(between)) and \
                    _markup_comma_cut(prev, last, nxt, spoken):
                ctx.fired("markup-comma-rejoined")
            elif not _cut_before(last.text, bool(between)):
                ctx.fired("word-rejoined")
            i = j + 1
            continue
        out.append(u)
        i += 1
    for u in out:
        if id(u) in pieces:
            parts = pieces[id(u)]
            joined, seps = [parts[0]], []
            k = 1
            while k < len(parts):        # a word cut at a paragraph's end is one again
                part = parts[k]
                if join_hyphenated(joined[-1].text, part.text):
                    joined[-1] = join_spans([joined[-1], part], True, ctx)
                    k += 1
                    continue
                breaks = k                    # (over the page: "author-" [Page 8] "itative")
                while breaks < len(parts) and PAGE_SIGN.fullmatch(parts[breaks].text.strip()):
                    breaks += 1
                if breaks > k and breaks < len(parts) and \
                        _word_over_page(joined[-1], parts[breaks], ctx):
                    word_end = joined[-1].text.rstrip()
                    joined[-1] = joined[-1][:len(word_end) - 1]
                    for piece in parts[k:breaks + 1]:
                        seps.append("")
                        joined.append(piece.strip())
                    k = breaks + 1
                    continue
                seps.append(" ")
                joined.append(part)
                k += 1
            u.span = Span.join(joined, seps) if joined[1:] else joined[0]
    return out


# what ends a paragraph that ends a sentence (or a line a speaker's label or a list stands)
PARAGRAPH_ENDS = ".!?:;\"”’')]…»«›‹"
# languages that write their nouns with a capital (German, Luxembourgish)
NOUN_CAPITALS = {"de", "lb"}
WORD = re.compile(r"[^\W\d_]+")


class _CapitalCut:
    """A paragraph cut in mid-sentence after a word with a capital ("… Liebe Kolleginnen" /
    "und Kollegen!", "… für die Europäische" / "Union nicht."; a PDF's column or page
    break in a German text, whose nouns and adjectives of names have capitals). The
    evidence: the document's own paragraphs of ten words or more, eight or more of them,
    nearly all (85 in 100) end in punctuation, and this one (four words or more) ends in a
    letter; the next one goes on in lower case, or with a capital where the text is in a
    language that writes its nouns so and writes the word before it in lower case
    elsewhere. The statistics are counted once, when a candidate first asks."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.proven: bool | None = None
        self.nouns: bool | None = None
        self.lower: set[str] = set()

    def _count(self) -> None:
        ends = [words[-1] for u in self.units
                if u.kind in ("para", "turn") and u.span is not None
                and len(words := plain(u.span.text).split()) >= 10
                and len(words[-1]) >= 3]      # (not a contents line's "… 17884 D")
        punct = sum(e[-1] in PARAGRAPH_ENDS for e in ends)
        self.proven = len(ends) >= 8 and punct * 100 >= len(ends) * 85
        if self.proven:
            sample = " ".join(u.span.text for u in self.units[:400]
                              if u.kind in ("para", "turn") and u.span is not None)
            self.nouns = guess_language(sample)[0] in NOUN_CAPITALS
            if self.nouns:
                self.lower = {w for u in self.units if u.span is not None
                              for w in WORD.findall(plain(u.span.text)) if w.islower()}

    def cut(self, last: Span, nxt: Unit) -> bool:
        text = plain(last.text).rstrip()
        words = text.split()
        if len(words) < 4 or not text[-1:].isalpha() or not words[-1][:1].isupper() \
                or words[-1].isupper() or nxt.kind != "para" or nxt.span is None:
            return False
        first = plain(nxt.span.text).lstrip()[:1]
        if not first.isalpha():
            return False
        if self.proven is None:
            self._count()
        # (over a capital, the word before it one the text writes in lower case elsewhere:
        # an adjective or a word a sentence opened, "Europäische" / "Union"; never a noun
        # or a name, "… in Brüssel" / "Nach einer …", where a heading's line may end)
        return bool(self.proven) and (first.islower() or (
            bool(self.nouns) and words[-1].casefold() in self.lower))


# a page break as the page rules write it, between two pieces of a paragraph
PAGE_SIGN = re.compile(r"\[Page(?: [^\[\]]{1,12})?\]")


def _word_cut_over_page(last: Span, units: list[Unit], i: int) -> bool:
    """A paragraph that ends in a word cut by a hyphen ("author-") over page breaks and a
    paragraph that opens in lower case ("itative manner"): the word goes on over the page."""
    j = i
    while j < len(units) and units[j].kind in ("pb", "cb"):
        j += 1
    return j > i and j < len(units) and _word_cut(last, units[j])


def _word_over_page(before: Span, after: Span, ctx: Context) -> bool:
    """Is the word cut at *before*'s end by a hyphen one word with *after*'s first (not a
    compound the text prints with its hyphen: "cross-" / "examination")? Reported."""
    if not join_hyphenated(before.text, after.text) or \
            _printed_compound(before.text, after.text, ctx) or \
            _compound_tail(before.text, after.text):
        return False
    ctx.fired("dehyphenated")
    ctx.fired("word-over-page")
    line, col = before.pos(len(before.text.rstrip()) - 1)
    ctx.diags.info("word hyphenated at a page's end joined over the page break (hyphen "
                   "removed)", "dehyphenated", line, col)
    return True


def _word_cut(last: Span, nxt: Unit) -> bool:
    """A paragraph that ends in a word cut by a hyphen over one that opens in lower case
    (a manuscript's line a paragraph, in a Word transcription: "… licita inportu-" /
    "ne desiderare …"): one word, one paragraph."""
    return nxt.kind == "para" and nxt.span is not None \
        and join_hyphenated(last.text, nxt.span.text)


OPENING_MARKS = "".join(opening for opening, _ in HI.values()) + " \t\u00a0"


def _cut_before(text: str, page_break: bool) -> bool:
    """Does a paragraph ending so stop in mid-sentence? Before a page break, a comma at
    its end says so too ("a memorial of Sidney Lanier," [35] "being the anniversary")."""
    text = text.rstrip().rstrip(OPENING_MARKS)   # (emphasis opened at a page's foot)
    return ends_mid_sentence(text) or (page_break and text.rstrip().endswith(",")) or (
        page_break and _cjk_cut(text))


def _cjk_cut(text: str) -> bool:
    """Chinese or Japanese cut at a page's foot: a character, no sentence's end ("…收費")."""
    last = text.rstrip()[-1:]
    return is_cjk(last) and last not in CJK_ENDS and last.isalpha()


def _comma_cut(prev: Unit, last: Span, nxt: Unit) -> bool:
    """A paragraph of running lines that ends in a comma, over one that opens in lower
    case: one sentence that a blank line cut in two (OCR of a newspaper column puts blank
    lines where the scan has a gap: "…for the first insertion," / "and a penny a line…")."""
    return prev.kind == "para" and nxt.kind == "para" and nxt.span is not None \
        and last.text.rstrip().endswith(",") and nxt.span.text.lstrip()[:1].islower() \
        and is_wrapped(prev.block.lines)


def _markup_comma_cut(prev: Unit, last: Span, nxt: Unit, spoken: bool) -> bool:
    """An HTML page's paragraph of a speech that ends in a comma after twenty words or more,
    over a paragraph of the same speech ("… for either of our colleagues,</p><p>Mr.
    Hamilton or Senator Inouye. They have …"): the page broke its paragraph where the
    original's page broke, one sentence (a salutation's comma ends a short line). *spoken*:
    an HTML text with turns."""
    return spoken and prev.kind in ("para", "turn") \
        and nxt.kind == "para" and nxt.span is not None \
        and last.text.rstrip().endswith(",") and len(plain(last.text).split()) >= 20 \
        and nxt.span.text.lstrip()[:1] not in "([\"“'‘-–—•*"


def _continues(before: str, after: str) -> bool:
    last = before.rsplit(None, 1)[-1].casefold()
    first = after.lstrip()[:1]
    if re.fullmatch(r"\[[^\]]*\]", after.strip()) or join_hyphenated(before, after):
        return True                      # ("Doku-" / "-mentene": the hyphen repeated)
    if _cjk_cut(before) and is_cjk(after.lstrip()[:1]) and not _cjk_title(before) \
            and not _cjk_title(after):
        return True                      # "…收費" [3239] "比例自然會高。" (not the line of
        #                                  a sitting's time over a heading: "上午 9時正會議
        #                                  繼續" [3236] "議員議案")
    return first.islower() or last in FUNCTION_WORDS

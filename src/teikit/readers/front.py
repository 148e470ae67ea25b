"""The top of a document: file number, heading, dateline (place, date, time), opener."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..formats import frontmatter, marks, tables
from ..formats.marks import plain
from ..sourcetext import Block, Line
from ..tei import E
from . import gutenberg, platform
from .context import Context
from .dateranges import date_attrs
from .dates import DOTTED_DATE, MONTHS, TIME_ONE, WEEKDAY, find_date, looks_like_dateline
from .inline import fill, fill_heading
from .letter_closers import is_closing
from .letter_openers import CJK_SALUTE, is_salutation
from .pages import HEADED_PAGE, PAGE_END_MARK
from .span import Span

DOC_NUMBER = re.compile(r"^(?![12]\d{3}\.\s+\d{1,2}\.?\s+(?i:" + "|".join(
    sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\b)"
    r"(?P<n>\d{1,5})\.\s+(?=\S)")
# (a year over a day and a month is a date, not the document's number: "1916. 12 mars. ——
# Anklager mot Luftforsvarets ledelse. 319", a printed record's running head)
# A letter edition's heading numbered in roman figures over words in capitals ("IV. PIETER
# BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.", the Generale Missiven; the calendars of
# state papers' "XII. THE EARL OF LEICESTER TO WALSINGHAM."): the document's number, as
# FRUS's "14." is, never a speaker's label "IV."
ROMAN_DOC_NUMBER = re.compile(r"^(?P<n>[IVXLC]{1,7})\.\s+(?=[^\W\d_])")


def roman_doc_number(text: str) -> re.Match | None:
    """The roman number of a heading in capitals ("IV. PIETER BOTH, …"), else None."""
    m = ROMAN_DOC_NUMBER.match(text)
    if m is None:
        return None
    words = re.split(r"\d", text[m.end():], maxsplit=1)[0]     # (the words before its date)
    letters = [c for c in words if c.isalpha()]
    if len(words.split()) < 2 or len(letters) < 6 \
            or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return None
    return m
FILE_NUMBER = re.compile(r"^\d[\d.]*(?:\s+[A-Z][\w.]*)*\s*/\s*[\d–—\-]+[\w–—\-]*"
                         r"(?::\s*\w[\w ]*)?$")
# "No. 11.541 (Navy)", "Cablegram 512", "Telegram No. 14": the message's number, not its place
TELEGRAM_NUMBER = re.compile(r"^(?P<no>(?:(?:cablegram|telegram|cable|airgram|despatch|dispatch|"
                             r"message|savingram)\s+(?:no\.?\s*)?\d[\w.\-/]*|"
                             r"No\.\s*[\w.\-/]+)(?:\s*\([^)]*\))?)\s*(?=\S)", re.I)
# a meeting's reference before a minute's place and date, as cabinets and their committees
# number their meetings and conclusions ("PMM(46) 18th Meeting (extracts) LONDON, 22 May
# 1946", "CC(73) 3rd Conclusions LONDON, …"): the committee's letters and year, the
# meeting's number; not the place
MEETING_REFERENCE = re.compile(r"^\s*(?P<ref>[A-Z]{1,6}\s?\(\d{2,4}\)\s*\d{1,4}(?:st|nd|rd|th)?\s+"
                               r"(?:Meeting|Conclusions|Minutes?)(?:\s*\((?i:extracts?)\))?)"
                               r"\s+(?=[^\W\d_])")
CLASSIFICATION = re.compile(r"^(?:top\s+secret|secret|confidential|restricted|unclassified|"
                            r"eyes\s+only|personal(?:\s+and\s+confidential)?|priority|"
                            r"urgent|niact|immediate)\b[\w ;,/-]*$", re.I)


# A library's shelfmark or call number alone over a page ("S=7195.", "MS 4321"): a letter
# or two and a number, no word; the source's number, never its title
SHELFMARK = re.compile(r"^(?!(?:no|nr)\b)[A-Za-z]{1,2}\s*[=\s]\s*\d{3,}[\w./-]*$", re.I)


def is_file_number(block: Block) -> bool:
    return len(block.lines) == 1 and bool(FILE_NUMBER.match(block.lines[0].text.strip())
                                          or SHELFMARK.match(block.lines[0].text.strip()))


def file_number_note(block: Block, ctx: Context):
    ctx.fired("shelfmark" if SHELFMARK.match(block.lines[0].text.strip()) else "file-number")
    return fill(E.note(type="source", place="inline"), Span.of_line(block.lines[0]).strip(), ctx)


def heading(div, span: Span, ctx: Context, number: bool = True):
    """Write the heading into *div*; a leading document number also goes to div/@n."""
    m = (DOC_NUMBER.match(span.text) or roman_doc_number(span.text)) if number else None
    if m:
        div.set("n", m.group("n"))
        ctx.fired("doc-number" if m.re is DOC_NUMBER else "roman-heading")
    head = fill_heading(E.head(), span, ctx)      # ("[Additional …]": supplied)
    _letterspaced_words(head, ctx, span)
    div.append(head)
    ctx.fired("head")
    return head


# A register's label over a title: a number and a name ("No. 16 Ovid", "Nr. 3 Bergen": the
# township's, the volume's), four words at most, alone over a paragraph that opens with a
# title's noun and "of" ("Field Book of the subdivision of Township Number Sixteen …",
# "Journal of …", "Minutes of …")
REGISTER_LABEL = re.compile(r"^(?:No\.?|Nr\.?|N[º°]|#)\s*\d{1,4}[A-Za-z]?"
                            r"(?:\s+[A-Z][\w'’.-]*){1,3}$")
TITLE_NOUN = re.compile(r"^(?:Field[\s-]?Book|Journal|Minutes|Register|Records?|Report|Account|"
                        r"Survey|Diary|Proceedings|Return|Inventory|Abstract|Schedule|Minute[\s-]"
                        r"?Book|Letter[\s-]?Book|Order[\s-]?Book|Day[\s-]?Book|Log(?:[\s-]?Book)?)"
                        r"\s+of\s+\S", re.I)
MAX_TITLE_WORDS = 60


def label_over_title(blocks: list[Block], i: int, ctx: Context) -> list[Block]:
    """A register's label alone over its title paragraph (see REGISTER_LABEL): the two are
    the document's heading, the label its first line and the title its second (the title
    paragraph would be left under a heading of two words: "No. 16 Ovid")."""
    if i + 2 >= len(blocks) or len(blocks[i].lines) != 1 or blocks[i].lines[0].kind \
            or any(ln.kind for ln in blocks[i + 1].lines):
        return blocks
    label = plain(blocks[i].lines[0].text).strip()
    title = " ".join(plain(ln.text).strip() for ln in blocks[i + 1].lines)
    if not REGISTER_LABEL.match(label) or not TITLE_NOUN.match(title) \
            or len(title.split()) > MAX_TITLE_WORDS:
        return blocks
    ctx.source.hints.broken_lines.add(blocks[i].lines[0].number)   # (a line of its own)
    ctx.fired("register-label-title")
    return [*blocks[:i], Block([blocks[i].lines[0], *blocks[i + 1].lines]), *blocks[i + 2:]]


# a word printed letter-spaced for emphasis, as decrees and German print set a heading
# ("Р А С П О Р Я Ж Е Н И Е", "У К А З", "B e k a n n t m a c h u n g"): four letters at
# least, each alone between single spaces
LETTERSPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


def _spaced_print(head_text: str, span: Span, ctx: Context) -> bool:
    """Evidence that a heading's single letters are a word set letter-spaced, not words of
    one letter ("B a a a" over a salutation: the word "B" and three "a"): the letters all
    capitals ("У К А З"), or the line set apart as a heading by the source, indented or
    centred ("      B e k a n n t m a c h u n g") or marked a heading by its format
    ("# …", <h1>)."""
    letters = [c for m in LETTERSPACED.finditer(head_text) for c in m.group() if c != " "]
    if not letters or all(c.isupper() for c in letters):
        return True
    line, col = span.pos(0)
    source = ctx.source
    if source.kinds is None:
        return col > 1
    numbers = source.numbers or range(1, len(source.kinds) + 1)
    i = bisect_left(numbers, line)
    return i < len(source.kinds) and numbers[i] == line and source.kinds[i][:1] == "h"


def _letterspaced_words(head, ctx: Context, span: Span) -> None:
    """A heading's letter-spaced word as the word it spells (reported): its spacing is
    the print's emphasis, not words of one letter. Without the evidence of
    :func:`_spaced_print` the letters stay as printed (every word of the source kept)."""
    if not _spaced_print("".join(head.itertext()), span, ctx):
        return
    for el in head.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr) if el is not head or attr == "text" else None
            if value and LETTERSPACED.search(value):
                setattr(el, attr, LETTERSPACED.sub(lambda m: m.group().replace(" ", ""), value))
                line, col = span.pos(0)
                ctx.diags.info("a letter-spaced word in the heading read as the word it "
                               "spells", "letterspaced", line, col)
                ctx.fired("letterspaced-heading")


# Words that name a kind of document: a first line with them is a heading, even with a date
DOCUMENT_WORDS = re.compile(r"\b(?:memorandum|memo|letter|telegram|cable|airgram|despatch|"
                            r"dispatch|note|notes|minutes|record|report|conversation|meeting|"
                            r"transcript|statement|message|instruction|agreement|interview|"
                            r"deposition|testimony|examination|proceedings|diary|journal|"
                            # a speech's title over its date: "JFK's Inaugural Address,
                            # January 20, 1961"
                            r"address|speech|oration|sermon|proclamation|lecture)\b",
                            re.I)


# the kind of a document in a collection's numbered heading, in the languages of letters
# ("Lettera 3 - 14 novembre 1943", "Letter 12, March 3, 1862", "Brief 4 – 2. Mai 1915")
HEADING_KIND = (r"(?:letter|lettera|lettre|brief|carta|brev|list|dopis|письмо|epistola|epistula|"
                r"document|documento|doc|dokument|telegram|note|nota|entry|no|nr|n[º°o])\.?")
NUMBERED_BEFORE_DATE = re.compile(r"(?i)^\s*" + HEADING_KIND + r"\s*(?:no\.?\s*|n[º°]\s*|#)?"
                                  r"\d{1,4}[a-z]?\s*[-–—:,.]\s*$")


def numbered_heading_date(text: str) -> bool:
    """A collection's numbered heading that carries the date ("Lettera 3 - 14 novembre
    1943", "Letter 12, March 3, 1862"): a kind of document and its number before the date,
    nothing after it. Its number is no place: a heading, the date the document's."""
    found = find_date(text)
    return found is not None and not text[found.end:].strip(" .") \
        and bool(NUMBERED_BEFORE_DATE.match(text[:found.start]))


def is_opening_dateline(block: Block) -> bool:
    """A first line that is only place and date ("London, 14th October 1898"): the dateline
    of a letter without a heading."""
    return is_dateline_block(block) and not DOCUMENT_WORDS.search(block.lines[0].text)


def place_over_date(block: Block, ctx: Context) -> bool:
    """A first block of two lines, a place alone over a full date alone ("S^t Brice s forêt
    S et O" / "1er août 1914"), where the text names the place again (its closing's "fait à
    S^t Brice"): where and when the act or letter was written, its opening dateline, never
    its heading. The place: at most eight words, opening in a capital, no figure, no sign
    that ends a sentence, no date; the date: a day, a month and a year, nothing more."""
    if len(block.lines) != 2 or any(ln.kind not in ("", "pre") for ln in block.lines):
        return False
    place, date = (plain(ln.text).strip() for ln in block.lines)
    found = find_date(date)
    if found is None or len(found.when) != 10 or date[:found.start].strip(" ,.") or \
            date[found.end:].strip(" ,."):
        return False
    words = place.split()
    if not 1 <= len(words) <= 8 or not place[:1].isupper() or re.search(r"\d|[.!?;:]$", place) \
            or find_date(place) or DOCUMENT_WORDS.search(place):
        return False
    names = {w for w in re.findall(r"[^\W\d_]{4,}", place) if w[:1].isupper()}
    text = ctx.source.text
    return any(len(re.findall(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text)) >= 2
               for w in names)


def is_dateline_block(block: Block) -> bool:
    """A short block whose first line is a place and a date (not a sentence that opens with
    a date: "On May 17, 2017, the Deputy Attorney General …")."""
    if tables.is_table(block.lines[0].kind):
        return False                  # (a table's cell may hold a date)
    if len(block.lines) > 4 or sum(len(plain(ln.text).split()) for ln in block.lines) > 40:
        return False
    if block.lines[0].kind == "dateline":     # the format names it (class="tei_dateline")
        return True
    if block.lines[0].kind[:1] == "h" and not _date_alone(block):
        return False                  # "## April 1839 – Liberty Jail Entries": a heading
    first = plain(block.lines[0].text).strip()
    if re.match(r"(?i)(?:on|in|at|by|since|from|until|till|before|after|during|as of)\s", first):
        return False
    text = MEETING_REFERENCE.sub("", TELEGRAM_NUMBER.sub("", first, count=1), count=1)
    if numbered_heading_date(text):
        return False                  # "Lettera 3 - 14 novembre 1943": a numbered heading
    if len(block.lines) == 2 and len(first.split()) <= 3 and first.endswith(","):
        text += " " + plain(block.lines[1].text).strip()     # "Thursday," / "18 November 2021"
    return looks_like_dateline(text)


PAGE_ALONE = re.compile(r"^\[\s*page(?:\s+[^\s\]]{1,12})?\s*\]$", re.I)
# a newspaper's masthead line over the date: its volume year and issue number
# ("75. ANNÉE. — No 27.687", "12. Jahrgang Nr. 230", "VOL. XII.—NO. 3") or its price
# ("1 fr. 50", "10 centimes", "Price One Penny"): a <seg type="masthead">, no address
MASTHEAD = re.compile(
    r"(?i)^\W*(?:\d{1,3}\s*(?:e|ème|me|\.)?\s*ann[ée]e\b|ann[ée]e\s+[\dIVXLC]"
    r"|\d{1,3}\.?\s*(?:jahrgang|jahrg\.|jaargang|årgång)|(?:jahrgang|jaargang)\s+\d"
    r"|vol(?:ume)?\.?\s*[\dIVXLC]+\W+(?:no|n[°º]|nr|num[ée]ro)\.?\s*\d"
    r"|(?:prix|price|preis)\b"
    r"|\d{1,3}\s*(?:fr|f|c|cent|cents|centimes|pf|kr|öre|heller|kreuzer)\.?(?:\s*\d{1,2})?\W*$)")


def opener(div, block: Block, ctx: Context,
           before: list[Block] | None = None) -> Block | None:
    """A dateline block: ``[No. …] [Place,] Date[, time]`` and following lines such as
    ``[Received …]`` or a classification; short blocks *before* it (an address, a
    byline) open the opener as lines of their own. Lines of text under the date, with no
    blank line between (a diary's first entry), are returned as a block of the text."""
    # (a salutation under the date opens the letter's text: "Sunday 10 December 1916" / "My
    # darling wife"; a dateline never goes on past it)
    prose = next((k for k, line in enumerate(block.lines) if k and (
        _prose(line.text) or is_salutation(line.text))), None)
    if len(block.lines) > 1 and _date_ends_line(block.lines[0].text):
        # (a notebook's "Monday, Sept. 20, 1915" over "B41066 short": the date ends its
        # line, and a line with no date, time, bracket or marking under it is the text's)
        plain_line = next((k for k, line in enumerate(block.lines) if k and not
                           _dateline_more(line.text)), None)
        if plain_line is not None and (prose is None or plain_line < prose):
            prose = plain_line
    text_after = Block(block.lines[prose:]) if prose is not None else None
    if prose is not None:
        block = Block(block.lines[:prose])
    el = E.opener()
    place_line = None
    if before and is_place_line(before[-1]) and _date_alone(Block(block.lines[:1])):
        place_line, before = before[-1].lines[0], before[:-1]    # its dateline's place
    elif len(block.lines) == 2 and block.lines[0].kind == "dateline" and \
            _date_alone(Block(block.lines[1:])) and not find_date(plain(block.lines[0].text)):
        place_line, block = block.lines[0], Block(block.lines[1:])   # (place_over_date)
    for block_before in before or []:
        if len(block_before.lines) == 1 and PAGE_ALONE.match(block_before.lines[0].text.strip()):
            fill(div, Span.of_line(block_before.lines[0]).strip(), ctx)   # a page break
            continue
        if len(block_before.lines) == 1 and MASTHEAD.match(plain(block_before.lines[0].text)):
            el.append(fill(E.seg(type="masthead"), Span.of_line(block_before.lines[0]).strip(),
                           ctx))
            ctx.fired("masthead-lines")
            continue
        seg = E.seg(type="address")
        for n, line in enumerate(block_before.lines):
            if n:
                seg.append(E.lb())
            fill(seg, Span.of_line(line).strip(), ctx)
        el.append(seg)
        ctx.fired("address")
    first = Span.of_line(block.lines[0]).strip()
    tel = TELEGRAM_NUMBER.match(first.text)
    if tel and find_date(first.text[tel.end():]):
        el.append(fill(E.seg(type="telegram-number"), first[:tel.end()].strip(), ctx))
        el[-1].tail = " "
        first = first[tel.end():].strip()
        ctx.fired("telegram-number")
    rest = block.lines[1:]
    if len(block.lines) == 2 and len(first.text.split()) <= 3 and first.text.endswith(",") \
            and not find_date(first.text):          # "Thursday," / "18 November 2021"
        first, rest = Span.of_lines(block.lines, "\n").strip(), []
    dl = dateline(first, ctx)
    if place_line is not None:       # "Georgeville, P. [?]., Canada" / "Friday, Aug. 20, 1897"
        name = fill(E.placeName(), Span.of_line(place_line).strip(), ctx)
        lb = E.lb()
        lb.tail, dl.text = dl.text, None
        dl.insert(0, lb)
        dl.insert(0, name)
        ctx.fired("place-line")
    el.append(dl)
    for line in rest:
        span = Span.of_line(line).strip()
        if CLASSIFICATION.match(span.text):
            el.append(fill(E.seg(type="classification"), span, ctx))
            ctx.fired("classification")
        else:
            dl.append(E.lb())
            fill(dl, span, ctx)
    div.append(el)
    return text_after


def _date_ends_line(text: str) -> bool:
    """Does a line hold a date that ends it ("Monday, Sept. 20, 1915")?"""
    text = plain(text).strip()
    found = find_date(text)
    return found is not None and found.time_start is None and \
        not text[found.end:].strip(" .,;:")


def _dateline_more(text: str) -> bool:
    """A line that may go on with a dateline: a date or a time in it, a bracket ("[Received
    June 12—10:45 a.m.]"), a classification, a telegram's number."""
    text = plain(text).strip()
    return bool(find_date(text) or TIME_ONE.search(text) or text[:1] in "[(" or
                CLASSIFICATION.match(text) or TELEGRAM_NUMBER.match(text))


def _prose(text: str) -> bool:
    """A line of the text, not of the dateline: five words or more, with words in lower
    case ("Went to the office. Rain all day.")."""
    words = plain(text).split()
    return len(words) >= 5 and sum(w[:1].islower() for w in words) >= 2 \
        and not text.lstrip().startswith("[")

# a dateline the editor supplied whole, in brackets ("[Lodz, 3 January 1885].")
WHOLE_SUPPLIED = re.compile(r"(?P<lead>\s*)\[(?P<inner>[^\[\]]+)\](?P<trail>[.,;\s]*)")


# a place and a year, then at most a season or a stop: "Bonn, 1787. Autumn."
PLACE_YEAR = re.compile(r"^[A-Z][^\W\d_][^,\d\n]{0,40},\s+(?P<year>1[0-9]{3}|20[0-9]{2})"
                        r"(?=[.,]?(?:\s+(?:spring|summer|autumn|fall|winter)\.?)?\s*$)", re.I)


def dateline(span: Span, ctx: Context):
    """``[Moscow,] June 11, 1944,`` -> <dateline> with <placeName>, <date when> and, for a
    time range, <time from to>; the printed text stays exactly as it is."""
    dl = E.dateline()
    whole = WHOLE_SUPPLIED.fullmatch(span.text)
    if whole is not None and find_date(whole.group("inner")) is not None:
        inner = dateline(span[whole.start("inner"):whole.end("inner")], ctx)
        supplied = E.supplied()       # "[לאָדז, ג' יאנואר, 1885]." : the editor's, all of it
        supplied.text = inner.text
        supplied.extend(list(inner))
        dl.text = whole.group("lead") or None
        supplied.tail = whole.group("trail") or None
        dl.append(supplied)
        ctx.fired("supplied")
        return dl
    found = find_date(span.text)
    if found is not None and found.time_start is None and marks.has_marks(span.text):
        where = marks.widen(span.text, found.start, found.end)   # "**August 17, 1692**"
        found = replace(found, start=where[0], end=where[1]) if where else None
    if found is None:
        year = PLACE_YEAR.match(span.text)
        if year is None:
            return fill(dl, span, ctx)
        # a dateline of place and year alone ("Bonn, 1787. Autumn."): the year dates it
        _place(dl, span[:year.start("year")], ctx)
        dl.append(fill(E.date(when=year.group("year")),
                       span[year.start("year"):year.end("year")], ctx))
        _rest(dl, span[year.end("year"):], ctx)
        ctx.fired("dateline")
        return dl
    if DOTTED_DATE.fullmatch(plain(span.text[found.start:found.end]).strip()):
        ctx.fired("dotted-date")
    _place(dl, span[:found.start], ctx)
    if found.time_start is not None and found.time_when:
        end = found.time_end
        date = E.date(when=f"{found.when}T{found.time_when}" if len(found.when) == 10
                      else found.when)
        fill(date, span[found.start:end].strip(), ctx)
        dl.append(date)
        date.tail = span.text[found.start:end][len(span.text[found.start:end].rstrip()):] or None
        _rest(dl, span[end:], ctx)
    else:
        dl.append(fill(E.date(**date_attrs(found)), span[found.start:found.end], ctx))
        if found.time_start is not None:
            _rest(dl, span[found.end:found.time_start], ctx)
            time = E.time(**{"from": found.time_from, "to": found.time_to})
            dl.append(fill(time, span[found.time_start:found.time_end], ctx))
            _rest(dl, span[found.time_end:], ctx)
            ctx.fired("time-range")
        else:
            _rest(dl, span[found.end:], ctx)
    ctx.fired("dateline")
    return dl


def _rest(dl, span: Span, ctx: Context) -> None:
    if span.text:
        fill(dl, span, ctx)


# the words a date opens with in a dateline, before the day ("den 27 august 1796", "le 3
# mai"): no place
DAY_ARTICLES = {"den", "d.", "am", "le", "el", "il", "the", "on"}
PLACE = re.compile(r"^(?P<open>\[?)(?P<place>[^\[\],]+?)(?P<comma>,?)(?P<close>\]?)(?P<sp>[,\s]*)$")


# a document's kind and number before the place in a dateline: "Circular Cablegram B185
# LONDON,", "Cablegram 123 LONDON,", "Letter CANBERRA,", "Cablegram unnumbered PARIS,"
DESIGNATION = re.compile(
    r"^\s*(?:(?:Circular|Personal|Secret|Confidential|Most\s+Secret)\s+)*"
    r"(?:Cablegram|Telegram|Despatch|Dispatch|Memorandum|Minute|Letter|Savingram|Note|Circular"
    # a document-type word for what the volume prints of it: "Extract CANBERRA,"
    r"|Extracts?|Copy|Draft|Record)"
    r"(?P<ref>(?:\s+No\.?)?\s+(?:[A-Z]{0,3}\d[\w/.\-]*|unnumbered))?\s+"
    r"(?=(?P<place>[^\W\d_][^,\[\]]*?),?\s*$)")


def _designation(dl, span: Span, ctx: Context) -> Span:
    """A dateline's opening kind and number ("Circular Cablegram B185") as a <seg>, when the
    place after it is in capitals ("LONDON") or the kind has its number: the rest is the
    place."""
    m = DESIGNATION.match(span.text) or MEETING_REFERENCE.match(span.text)
    if m is None or not (m.group("ref") or m.group("place").isupper()):
        return span
    seg = fill(E.seg(type="designation"), span[:m.end()].strip(), ctx)
    seg.tail = span.text[len(span.text[:m.end()].rstrip()):m.end()]
    dl.append(seg)
    ctx.fired("dateline-designation")
    return span[m.end():]


def _place(dl, span: Span, ctx: Context) -> None:
    """The place before the date, kept with its brackets and punctuation."""
    span = _designation(dl, span, ctx)
    text = span.text
    if not text.strip():
        if text:
            dl.text = (dl.text or "") + text
        return
    m = PLACE.match(text.strip())
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    words = text.strip().rsplit(None, 1)
    if m is None and len(words) == 2 and words[1].casefold() in DAY_ARTICLES \
            and PLACE.match(words[0]):          # "Marseille, le 22 Janvier 1939"
        m = PLACE.match(words[0])
        trail = text.strip()[len(words[0]):] + trail
    if not m or bool(m.group("open")) != bool(m.group("close")) \
            or WEEKDAY.fullmatch(m.group("place").strip()) \
            or (WEEKDAY.fullmatch(m.group("place").strip().split(None, 1)[-1]) and \
            m.group("place").strip().split(None, 1)[0].casefold() in DAY_ARTICLES) \
            or m.group("place").strip().casefold() in DAY_ARTICLES \
            or not any(c.isalpha() for c in plain(m.group("place"))):
        #   ("Thursday,", emphasis or a bracket, "（", is no place)
        fill(dl, span, ctx)
        return
    name, article = m.group("place").strip(), ""
    last = name.rsplit(None, 1)
    if len(last) == 2 and last[1].casefold() in DAY_ARTICLES and not m.group("comma") \
            and not m.group("open"):
        name, article = last[0], " " + last[1]  # "Nice le 19 Février 1940": the day's article
        #                                          (le, den, am, the) is no part of the place
    place = E.placeName(name)
    if m.group("open"):                       # [Moscow,] : the editor supplied the place
        place.tail = m.group("comma") or None
        supplied = E.supplied(place)
        supplied.tail = (m.group("sp") + trail) or None
        _append(dl, lead, supplied)
        ctx.fired("supplied")
    else:
        place.tail = (article + m.group("comma") + m.group("sp") + trail) or None
        _append(dl, lead, place)
    ctx.fired("place")


def _append(dl, lead: str, el) -> None:
    if lead:
        if len(dl):
            dl[-1].tail = (dl[-1].tail or "") + lead
        else:
            dl.text = (dl.text or "") + lead
    dl.append(el)


# ----------------------------------------------------------------------------- source lines

BRACKET_LINE = re.compile(r"^\[(?!\s*page\b)[^\[\]]{2,200}\]$", re.I)
PAGE_BRACKET = re.compile(r"^\[{1,2}\s*pages?\s[^\[\]]{1,30}\]{1,2}$", re.I)
ILLUSTRATION = re.compile(r"^\[\s*(?:illustration|figure|image|photograph|plate|map)\b[^\]]*\]$",
                          re.I)
FIELD = re.compile(r"^(?P<label>[A-Z][\w ]{1,30}):\s+(?P<value>\S.*)$")
# a transcriber's credit over the text, in the languages of the letters teikit reads
CREDIT_LINE = re.compile(r"(?i)^(?:transcri(?:bed|ption)\s+(?:by|de|par)|trascri(?:zione|tto|tta)"
                         r"\s+(?:di|da)|transkri(?:ption|biert)\s+(?:von|durch)|transcripción\s+de|"
                         r"transcrição\s+de)\s+\S.{0,80}$")

# A journal's or record's series line over the text, its parts set apart by middle dots or
# bars, a volume's or number's word and a figure among them ("XI legislatura · període
# intermedi · sèrie P · número 6": the Parlament de Catalunya's Diari de Sessions; the
# Spanish Cortes' and regional Diarios "X Legislatura · Núm. 14 · Serie A", a bulletin's
# "Vol. 12 | No. 3 | March 1998"): the source's citation, never the title
SERIES_LINE = re.compile(r"(?i)^(?=.*\d)(?=.*(?<!\w)(?:legislatura|lexislatura|legislature|"
                         r"wahlperiode|període|período|periodo|sèrie|serie|série|series|número|"
                         r"núm|num|no|nr|vol|volume|issue|tome|band|heft|скликання|созыв)"
                         r"(?!\w))(?:[^·|\n]{1,40}\s[·|]\s){2,}[^·|\n]{1,40}$")


def source_lines(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    """Lines that describe the source rather than belong to its text: a record's citation
    in brackets at the top ("[Congressional Record Volume 151, Number 99 (…)]", "[House]")
    and an e-book's licence header (Project Gutenberg, up to its START line). They go to
    the header's source description and the report."""
    found: list[str] = []
    start = 0
    export_keys: set[str] = set()
    end = gutenberg.header_end(blocks)
    if end is not None:
        fields: list[tuple[str, str]] = []
        # the distributor's words, not the text's, kept in the header's source description
        # (its banner, licence and notes, a paragraph each): nothing of the file is lost
        boilerplate: list[tuple[str, str]] = []
        for b in blocks[:end + 1]:
            label = None
            rest = []
            for ln in b.lines:
                text = plain(ln.text)
                m = FIELD.match(text.strip())
                if m:
                    label = m.group("label")
                    fields.append((label, m.group("value")))
                elif label and text[:1].isspace() and text.strip():
                    fields.append((label, text.strip()))    # "Author:"'s indented next lines
                else:
                    label = None
                    rest.append(text.strip())
            if " ".join(rest).strip():
                boilerplate.append(("ebook-boilerplate", " ".join(" ".join(rest).split())))
            ctx.leave_out(b.lines, "e-book licence header; its fields are in the header",
                          "ebook-header")
        if not any(label == "Title" for label, _ in fields):
            fields += gutenberg.header_facts(blocks[:end + 1])
        start = end + 1
        while start < len(blocks) and gutenberg.is_project_note(blocks[start]):
            fields += [f for f in gutenberg.header_facts(blocks[start:start + 1])
                       if not any(f[0] == label for label, _ in fields)]
            boilerplate.append(("ebook-boilerplate", " ".join(
                plain(blocks[start].text).split())))
            ctx.leave_out(blocks[start].lines, "e-book credits and the project's notes",
                          "ebook-header")
            start += 1
        tail = gutenberg.trailer_start(blocks[start:])
        if tail is not None:
            for b in blocks[start + tail:]:
                boilerplate.append(("ebook-boilerplate", " ".join(plain(b.text).split())))
                ctx.leave_out(b.lines, "the e-book's trailer (its licence, the end line); it "
                              "is in the header", "ebook-header")
            blocks = blocks[:start + tail]
        facts.setdefault("fields", []).extend(fields + boilerplate)
    if start < len(blocks) - 1 and len(blocks[start].lines) == 1 and \
            CREDIT_LINE.match(plain(blocks[start].lines[0].text).strip()):
        text = plain(blocks[start].lines[0].text).strip()     # "TRASCRIZIONE DI Maria …"
        facts.setdefault("fields", []).append(("transcription", text))
        ctx.leave_out(blocks[start].lines, "the transcriber's credit; it is in the header",
                      "credit-line")
        start += 1
    while start < len(blocks) and (_metadata_block(blocks[start])
                                   or _site_metadata(blocks, start)
                                   or _metadata_line(blocks, start)):
        site = not _metadata_block(blocks[start])
        if site:
            ctx.fired("site-metadata")
        fields = []
        for ln in blocks[start].lines:
            text = plain(ln.text).strip().strip("<>")
            if SITE_RULE.match(text):
                continue
            m = (METADATA_LINE.match(text) or SITE_FIELD.match(text)) \
                if not URL_LINE.match(text) else None
            if m:
                fields.append((m.group("key"), m.group("value")))
            elif not ctx.source.hints.url:
                ctx.source.hints.url = text
            else:                 # a second address (the page's image): a field, not lost
                fields.append(("url", text))
        facts.setdefault("fields", []).extend(fields)
        if site:                  # "Title:" and "PubDate:" as front matter's title and date
            frontmatter.to_hints(ctx.source.hints, fields)
            if SITE_RULE.match(plain(blocks[start].lines[0].text).strip()):
                export_keys.update(key.casefold() for key, _ in fields)
        ctx.leave_out(blocks[start].lines, "metadata lines (an address, key: value fields); "
                      "they are in the header", "metadata")
        start += 1
    if start < len(blocks) - 1 and len(blocks[start].lines) == 1 \
            and SERIES_LINE.match(plain(blocks[start].lines[0].text).strip()):
        found.append(plain(blocks[start].lines[0].text).strip())
        ctx.leave_out(blocks[start].lines, "the series and number of the publication; they "
                      "are in the header's source description", "source-citation")
        ctx.fired("series-line")
        start += 1
    if start < len(blocks):
        lines = blocks[start].lines
        bracketed = [ln for ln in lines if (BRACKET_LINE.match(plain(ln.text).strip())
                     or PAGE_BRACKET.match(plain(ln.text).strip()))
                     and not HEADED_PAGE.match(plain(ln.text).strip())    # a transcriber's
                     and not PAGE_END_MARK.match(plain(ln.text).strip())]   # page marks
        if len(bracketed) >= 2 and len(bracketed) * 2 >= len(lines):
            ctx.leave_out(lines, "the source's own citation lines; they are in the header's "
                          "source description", "source-citation")
            found.extend(plain(ln.text).strip().strip("[]") for ln in lines)
            ctx.fired("source-citation")
            start += 1
    if found:
        facts["source_lines"] = found
    # the export's block framed by rules over the first page, over every page after it
    return platform.export_page_blocks(blocks[start:], export_keys, ctx)


def leading_illustrations(blocks: list[Block], ctx: Context) -> list[Block]:
    """Notes of pictures not reproduced ("[Illustration: Book Spines, 1829 set]") that stand
    before the heading: not text of the document; reported."""
    k = 0
    while k < len(blocks) and all(ILLUSTRATION.match(plain(ln.text).strip())
                                  for ln in blocks[k].lines):
        ctx.leave_out(blocks[k].lines, "a picture that is not reproduced", "illustration")
        k += 1
    return blocks[k:]


# A heading run into its paragraph by OCR: "I. THE SPECIAL COUNSEL'S INVESTIGATION On May 17"
RUN_IN = re.compile(r"^(?:(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])\.\s+)?(?:[A-Z][A-Z'’&,\-]*\s+){2,14}"
                    r"[A-Z][A-Z'’&,\-]*(?=\s+[A-Z][a-z])")


def title_page_lines(blocks: list[Block], ctx: Context) -> list[Block]:
    """A first block that sets a title over its date and runs on into the text, with no
    blank line between ("Interview of Rebecca French" / "with Stuart Yeager" / "February
    26, 1982" / "Grinnell, Iowa" / "French: And first prize. …"): the title's lines, the
    date and the rest become blocks of their own. The first line must name a kind of
    document, so that a letter's address over its date stays the address."""
    if not blocks or len(blocks[0].lines) < 3 or blocks[0].lines[0].kind[:1] == "h":
        return blocks
    lines = blocks[0].lines
    first = plain(lines[0].text)
    if not DOCUMENT_WORDS.search(first) and \
            not DOCUMENT_WORDS.search(re.sub(r"\bl(?=n)", "I", first)):   # OCR's "lnterview"
        return blocks
    for k in range(1, min(4, len(lines) - 1)):
        if is_dateline_block(Block([lines[k]])):
            break
        if len(plain(lines[k].text).split()) > 12:
            return blocks
    else:
        return blocks
    if not any(len(plain(ln.text).split()) > 12 for ln in lines[k + 1:]):
        return blocks                     # no text runs on under the date: an opener
    end = k + 1
    if re.fullmatch(r"[A-Z][\w.' -]{1,30}, [A-Z][\w. ]{1,20}", plain(lines[end].text).strip()):
        end += 1                          # the place under the date: "Grinnell, Iowa"
    ctx.fired("title-page-lines")
    return [Block(lines[:k]), Block(lines[k:end]), Block(lines[end:])]


def heading_line(blocks: list[Block], ctx: Context) -> list[Block]:
    """A first block whose first line is a short title over the lines of the text, as OCR
    of a printed page gives it with no blank line ("THE COLONATE." / "THOSE who are …",
    "Deutſche Kolonialzeitung." / "Organ der …"), maybe under the page's printed number
    ("41"): the title is a block of its own (and the number another)."""
    if not blocks or len(blocks[0].lines) < 3 or blocks[0].lines[0].kind[:1] == "h":
        return blocks
    lines = blocks[0].lines
    lead = 1 if re.fullmatch(r"\d{1,4}", plain(lines[0].text).strip()) else 0
    if len(lines) - lead < 3:
        return blocks
    title = plain(lines[lead].text).strip()
    words = title.rstrip(".").split()
    rest = [len(plain(ln.text).strip()) for ln in lines[lead + 1:]]
    if _caseless_heading(title, lines[lead + 1:]):
        ctx.fired("heading-line")         # "הוספות" over a Hebrew page: no capitals to see
        return [Block(lines[:lead])] * lead + [Block([lines[lead]]), Block(lines[lead + 1:])]
    if len(words) == 1 and not (words[0].isupper() and len(words[0]) >= 4):
        return blocks                     # one word in lower case is a line's ("Prima", a copy)
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper() or title[-1:] in ",;:" \
            or len(title) * 2 > max(rest) \
            or re.search(r"[a-z]{2}[.!?]\s", title) or not all(
                w[:1].isupper() or len(w) <= 3 for w in words):
        return blocks
    if re.match(r"(?i)(?:mr|mrs|ms|dr|sir|madam|messrs|prof|rev|hon)\b", title) or any(
            len(plain(ln.text).split()) <= 8 and looks_like_dateline(plain(ln.text).strip())
            for ln in lines[lead + 1:lead + 4]):
        return blocks                     # a letter's address over its date
    ctx.fired("heading-line")
    return [Block(lines[:lead])] * lead + [Block([lines[lead]]), Block(lines[lead + 1:])]


def caseless(text: str) -> bool:
    """Letters, none with a case (Hebrew, Arabic, CJK, Georgian, Devanagari)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def _caseless_heading(title: str, rest: list[Line]) -> bool:
    """A heading in a script without capitals over the lines of its text: one to four
    words of letters, no punctuation at its end, half the width of the widest line under
    it or less, and the text under it in the same caseless script (three lines or more)."""
    words = title.split()
    texts = [plain(ln.text).strip() for ln in rest]
    return 1 <= len(words) <= 4 and caseless(title) and len(texts) >= 3 \
        and all(any(c.isalpha() for c in w) for w in words) \
        and title[-1:].isalpha() and len(title) * 2 <= max(len(t) for t in texts) \
        and sum(caseless(t) for t in texts) * 4 >= len(texts) * 3


# a name as a letter edition heads its letters with it ("Daniel C. French", "Mrs. J. L.
# Clemens", "Charles Darwin", "Adams, John"): capitalised words, initials, particles
_NAME = r"[A-Z][\w.'’\-]*(?:,?\s+(?:[A-Z][\w.'’\-]*|de|da|van|von|der|du|la|le|y|and|&)){0,6}"
LETTER_HEAD = re.compile(rf"^(?:From\s+)?{_NAME}\s+to\s+{_NAME}[.,]?$")


def letter_head(blocks: list[Block], ctx: Context) -> list[Block]:
    """A first block whose first line names the letter's writer and addressee ("Daniel C.
    French to Samuel L. Clemens") over a line with its date ("30 March 1884 • New York,
    N.Y."), as documentary editions head every letter (Mark Twain Project, Founders
    Online, Darwin Correspondence): the first line is the heading, the date line and the
    lines under it (the source: "(MS: CU-MARK, UCLC 41843)") a block of their own, for the
    dateline rules."""
    if not blocks or len(blocks[0].lines) < 2 or blocks[0].lines[0].kind[:1] == "h" \
            or len(blocks[0].lines) > 4:
        return blocks
    lines = blocks[0].lines
    first, second = plain(lines[0].text).strip(), plain(lines[1].text).strip()
    if len(first) > 100 or not LETTER_HEAD.match(first) or len(second.split()) > 12 \
            or find_date(second) is None:
        return blocks
    ctx.fired("letter-head")
    return [Block(lines[:1]), Block(lines[1:])]


def run_in_heading(blocks: list[Block], ctx: Context) -> list[Block]:
    """The first block's opening capitals, when OCR ran the heading into the paragraph,
    become a block of their own (the heading); reported."""
    if not blocks:
        return blocks
    first = blocks[0].lines[0]
    m = RUN_IN.match(plain(first.text)) if first.text == plain(first.text) else None
    if m is None or sum(c.isalpha() for c in m.group()) < 12:
        return blocks
    ctx.diags.info("a heading in capitals run into the paragraph is read as the heading",
                   "run-in-heading", first.number, 1)
    ctx.fired("run-in-heading")
    rest = Line(first.number, first.text[m.end():].lstrip(), first.kind)
    return [Block([Line(first.number, m.group(), first.kind)]),
            Block([rest, *blocks[0].lines[1:]])]


URL_LINE = re.compile(r"^<?https?://\S+>?$")
METADATA_LINE = re.compile(r"^(?P<key>[a-z][a-z0-9_\-]{1,30}):\s+(?P<value>\S.*)$")
METADATA_EMPTY = re.compile(r"^[a-z][a-z0-9_\-]{1,30}:$")


def _metadata_block(block: Block) -> bool:
    """Lines at the top that describe the file, not the document: a URL alone, or
    key: value fields in lower case (layout: post, slug: …)."""
    texts = [plain(ln.text).strip() for ln in block.lines]
    urls = sum(1 for t in texts if URL_LINE.match(t))
    fields = sum(1 for t in texts if METADATA_LINE.match(t) and not URL_LINE.match(t))
    empty = sum(1 for t in texts if METADATA_EMPTY.match(t))     # "tags: " with no tags
    return urls + fields + empty == len(texts) and (urls >= 1 or fields >= 2)


# Pelican, MultiMarkdown and Python-Markdown write their metadata as "Key: value" lines at
# the top, over a blank line, the keys capitalised or not ("PubDate: 1777-06-20", "Slug:
# letters/…", "Title: …"). Such a block is metadata when every line is a field, one key at
# least is one these tools know, and no key is a memorandum's (TO:/FROM:/SUBJECT: over a
# memo are the document's own heading fields, kept in the text).
SITE_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,24}(?: [A-Za-z][\w-]{0,12}){0,2}):\s+"
                        r"(?P<value>\S.{0,300})$")
SITE_KEYS = {"title", "date", "pubdate", "slug", "author", "authors", "tags", "tag",
             "category", "categories", "summary", "modified", "status", "lang", "save_as",
             "url", "displaydate", "layout", "permalink", "keywords", "template", "series",
             "description", "base header level",
             # a transcription platform's export header over each page ("Filename: page=28 -
             # 0002208.028.jpg" / "Page: 1 of 1" / the page's and the image's URLs: the
             # Smithsonian Transcription Center's text export)
             "filename"}
MEMO_KEYS = {"to", "from", "subject", "subj", "re", "cc", "bcc", "participants", "attendees",
             "present", "via", "ref", "reference", "classification", "memorandum for"}


SITE_RULE = re.compile(r"^(?:[-=_*~]\s*){5,}$")


def _site_metadata(blocks: list[Block], k: int) -> bool:
    """A Pelican or MultiMarkdown metadata header at the top (see SITE_FIELD)."""
    texts = [plain(ln.text).strip() for ln in blocks[k].lines]
    while len(texts) > 2 and SITE_RULE.match(texts[0]) and SITE_RULE.match(texts[-1]):
        texts = texts[1:-1]          # (between two rules, as the export frames it)
    # fields at the file's very top over a rule that parts them from the text ("Source
    # Image: …" / "Transcription Date: …" / "=====": a transcription tool's export)
    ruled = k == 0 and len(texts) > 2 and SITE_RULE.match(texts[-1]) is not None \
        and not SITE_RULE.match(texts[0])
    if ruled:
        texts = texts[:-1]
    if len(texts) < 2 or k + 1 >= len(blocks) or blocks[k].lines[0].kind[:1] == "h":
        return False
    urls = sum(1 for t in texts if URL_LINE.match(t))      # (the page's address among them)
    found = [SITE_FIELD.match(t) for t in texts if not URL_LINE.match(t)]
    keys = [m.group("key").casefold() for m in found if m]
    return len(keys) + urls == len(texts) and (ruled or any(key in SITE_KEYS for key in keys)) \
        and not any(key in MEMO_KEYS for key in keys) \
        and not any(m.group("key").isupper() and len(m.group("key")) > 1
                    for m in found if m)     # "DATE:" / "TITLE:": a form's own fields


# A collection's one metadata line over the text ("President: Lyndon B. Johnson" over a
# Miller Center transcript): the keys are a conservative list of what names a record, never
# a role that speaks in a transcript ("Speaker", "Chairman") nor a memo's field ("Date",
# "Subject", kept as the text's own heading fields).
RECORD_KEYS = {"author", "president", "source", "title", "collection", "archive", "creator",
               "publisher", "keywords", "tags", "category"}


FILE_STAMP = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$")


def _metadata_line(blocks: list[Block], k: int) -> bool:
    """A single ``Key: value`` line alone at the top, a key of RECORD_KEYS, a short value,
    text after it, and the key used nowhere else in the document as a label (then it would
    be a speaker's first turn)."""
    if k != 0 or len(blocks[k].lines) != 1 or len(blocks) < 2 or \
            blocks[k].lines[0].kind[:1] == "h":
        return False
    m = SITE_FIELD.match(plain(blocks[k].lines[0].text).strip())
    if m and m.group("key").casefold() in ("date", "pubdate", "modified") \
            and FILE_STAMP.match(m.group("value").strip()):
        return True                  # "Date: 2017-01-15T11:25:00": a file's time stamp
        #                              (Pelican's), no document's date line
    if not m or m.group("key").casefold() not in RECORD_KEYS or \
            len(m.group("value").split()) > 12:
        return False
    label = re.compile(r"^\W{0,3}" + re.escape(m.group("key")) + r"\W{0,3}\s*[:.]\s", re.I)
    return not any(label.match(plain(ln.text).strip()) for b in blocks[k + 1:]
                   for ln in b.lines)


def is_number_only(block: Block) -> bool:
    """A block that is only a document's number ("254.", "LXXXIV")."""
    text = plain(block.lines[0].text).strip()
    return len(block.lines) == 1 and bool(re.fullmatch(r"\d{1,5}\.?|[IVXLCDM]{1,10}\.?", text))


def hint_heading(div, title: str, ctx: Context):
    """The document's title as its format gives it (a web page's <title>, Markdown front
    matter), when the text itself has no heading."""
    text = " ".join(plain(title).replace("\u00a0", " ").split())
    head = E.head(text, type="source-title")
    div.append(head)
    ctx.fired("head-from-format")
    ctx.diags.info(f"the text has no heading; the title \u201c{text[:60]}\u201d the source "
                   "file gives is its heading", "title-from-format", 1, 1)
    return head


def opening_heading(div, title: str, ctx: Context):
    """The document's heading made of its own opening words (exports.opening_title), where
    the file's heading is a tool's."""
    pieces = QUERY_SIGN.split(" ".join(title.split()))
    head = E.head(pieces[0], type="opening")
    for piece in pieces[1:]:            # "held at the [?] house": the gap the text reads,
        gap = E.gap(reason="illegible")   # never the sign as words (nor in the title)
        gap.tail = piece
        head.append(gap)
    div.append(head)
    ctx.fired("opening-title")
    return head


# a transcriber's sign of a word not read ("[?]", "[??]"), as the bracket rules read it
QUERY_SIGN = re.compile(r"(?<=\s)\[\s*\?(?:\s*\?)*\s*\](?=\s)")
# an editor's note over an act that it was repealed or amended ("Утратило силу - Распоряжение
# … от 07.02.2004 г. N 47-рп", "Repealed by …", "Aufgehoben durch …")
REPEAL_NOTE = re.compile(r"(?i)^(?:утратил[оаиo]?\s+силу|изменен[оаы]?|втратив|"
                         r"repealed|amended\s+by|aufgehoben|abrogé|derogad[oa])\b")
# an act cited by its date and number ("от 07.02.2004 г. N 47-рп", "of 5 May 1999 No. 12",
# "vom 3. März 1950 Nr. 4"): a reference to that act, never where and when this text was
# written
ACT_CITATION = re.compile(r"(?i)(?:^|\s)(?:от|of|du|vom|del|z\s+dnia)\s+\S.{0,30}?\d{2,4}\s*"
                          r"(?:г\.|р\.|года)?\s*(?:N|No\.?|№|Nr\.?|n[°º])\s*\d")


def is_act_reference(block: Block) -> bool:
    """A note that an act was repealed or amended, or a line citing an act by date and
    number: no dateline."""
    return bool(REPEAL_NOTE.match(plain(block.lines[0].text).strip())) or any(
        ACT_CITATION.search(plain(ln.text)) and len(plain(ln.text).split()) <= 8
        for ln in block.lines)


def find_dateline(blocks: list[Block], start: int, ctx: Context, reach: int = 6) -> int | None:
    """Where the dateline stands: the first block at *start* or up to *reach* short
    blocks after it (an address, a byline: "TO JOHN JAY.", "Chairman, Board of …")."""
    for k in range(start, min(start + reach + 1, len(blocks))):
        if blocks[k].lines[0].kind == "field":
            continue                # a record's fields over the text ("Decision Date :…")
        if is_act_reference(blocks[k]):
            return None             # "Утратило силу - Распоряжение … от 07.02.2004 г. N 47-рп"
        if blocks[k].lines[0].kind[:1] == "h" and not _date_alone(blocks[k]):
            return None             # a heading ("## April 1839 – Liberty Jail Entries") is no
                                    # dateline, and the text's front ends at it
        split = _dateline_over_text(blocks[k]) if _plain_lines(blocks[k]) else None
        if split is not None:
            blocks[k:k + 1] = split
            ctx.fired("dateline-run-in")
            return k
        if is_dateline_block(blocks[k]) and not DOCUMENT_WORDS.search(MEETING_REFERENCE.sub(
                "", plain(blocks[k].lines[0].text))):   # not "LETTER I.--TO JOHN JAY, April 23"
            return k
        if not _short_front_block(blocks[k]) or (k > start and is_salutation(
                plain(blocks[k].lines[0].text))) or CJK_SALUTE.match(blocks[k].lines[0].text):
            return None             # (the letter has begun: a dateline under it is its end's)
        lines = blocks[k].lines
        if len(lines) > 1 and looks_like_dateline(plain(lines[-1].text).strip()) and \
                find_date(plain(lines[-1].text)):
            # "Chairman, Board of Governors …" / "July 21, 2005": a byline over the date
            blocks[k:k + 1] = [Block(lines[:-1]), Block(lines[-1:])]
            return k + 1
    return None


# a newspaper's dateline run into the report's first sentence, the dash ending it
# ("GLASGOW, 22d OCTOBER, 1828.—This morning, …", "PARIS, le 5 juin. — L'attention …")
DATELINE_DASH = re.compile(r"^[.,]?\s*(?:—|–|--|-)\s*(?=[^\W\d_]|[\"“‘'(])")


def _plain_lines(block: Block) -> bool:
    return not tables.is_table(block.lines[0].kind) and block.lines[0].kind in ("", "pre")


def _dateline_over_text(block: Block) -> list[Block] | None:
    """A report's own dateline at the head of its first paragraph (19th-century newspapers
    and the broadsides that reprint them; wire reports): ``PLACE, [weekday] DATE.`` alone on
    the block's first line over wrapped lines of text, however many ("PERTH, Wednesday 17th
    April 1833." / "JOHN Moir was then placed at the bar, …"), or run into the text after a
    dash ("GLASGOW, 22d OCTOBER, 1828.—This morning, …"). The dateline becomes a block of its
    own (the dash stays in it), the text another. A place must open it (not a diary's day)."""
    lines = block.lines
    first = lines[0].text
    text = plain(first)
    if text != first or len(text) > 200:
        return None                  # (marks in the line: left as they are)
    found = find_date(text)
    if found is None or found.start == 0 or len(found.when) < 10:
        return None
    place = text[:found.start].strip(" ,")
    words = place.replace(",", " ").split()
    if not words or len(words) > 5 or not words[0][:1].isupper() \
            or all(w.casefold().strip(".") in WEEKDAY_NAMES for w in words) \
            or DOCUMENT_WORDS.search(place) or not looks_like_dateline(text[:found.end]):
        return None
    after = text[found.end:]
    dash = DATELINE_DASH.match(after)
    if dash is not None:             # the run-in form: the text goes on after the dash
        cut = found.end + dash.end()
        rest = [Line(lines[0].number, first[cut:], lines[0].kind), *lines[1:]]
        return [Block([Line(lines[0].number, first[:cut].rstrip(), lines[0].kind)]),
                Block(rest)]
    if after.strip(" .,;:") or len(lines) < 5 or len(text) > 80:
        return None                  # (a short block: the opener takes the lines under it)
    return [Block(lines[:1]), Block(lines[1:])]


WEEKDAY_NAMES = {"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                 "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                 "sun", "the", "on", "of"}


def is_place_line(block: Block) -> bool:
    """A line that is only a place, its parts between commas ("Georgeville, P. [?].,
    Canada", "Camp near Falmouth, Va."): a letter's place on its own line over the date."""
    if len(block.lines) != 1 or block.lines[0].kind[:1] == "h":
        return False
    text = re.sub(r"\[[^\]]{0,12}\]", "", plain(block.lines[0].text)).strip()   # ("[?]")
    parts = [p.strip() for p in text.split(",")]
    return 2 <= len(parts) <= 5 and len(text) <= 60 and not find_date(text) \
        and not re.search(r"\d|[!?:;]", text) and all(
            p and p[:1].isupper() and len(p.split()) <= 4 for p in parts)


def _date_alone(block: Block) -> bool:
    """A heading that is only a date ("22 October 2025", "Friday, May 3, 1940.")."""
    text = plain(block.text).strip()
    found = find_date(text)
    rest = text[:found.start] + text[found.end:] if found else text
    return found is not None and all(w.strip(".,;:()–—-").casefold() in WEEKDAY_NAMES
                                     for w in rest.split())


def month_alone(block: Block) -> bool:
    """A format's heading that is a month and its year alone ("# APRIL 1911" over a diary's
    entries): the title of a month's pages, not a dateline (which names its day)."""
    if block.lines[0].kind[:1] != "h" or not _date_alone(block):
        return False
    found = find_date(plain(block.text))
    return found is not None and len(found.when) == 7


def _short_front_block(block: Block) -> bool:
    if tables.is_table(block.lines[0].kind):
        return False
    texts = [plain(ln.text).strip() for ln in block.lines]
    if len(texts) > 6 or any(len(t) > 90 for t in texts):
        return False
    joined = " ".join(texts)
    if is_closing(joined):
        return False            # a closing formula: a letter dated under its signature
    if any(len(t) > 12 and re.search("[。！？](?!$)|.[。！？]$", t) for t in texts):
        return False            # a sentence of a script without spaces ("…と存候。"): text
    return not re.search(r"[a-z]{3,}[.!?]\s+[A-Z]", joined) and not joined.endswith(":")


# An edition's source block over (or under) the document it prints: where the original is
# kept, where and when it was written ("Fuente: AGNC, sección colonia, juicios criminales,
# tomo 64, doc. 18, f. 369r-v." / "Lugar: Socorro" / "Fecha: 8 de marzo de 1783", as Latin
# American and Spanish theses' documentary appendices and editions print it; "Source:" /
# "Place:" / "Archive:" / "Shelfmark:" in English editions, "Source :" / "Lieu :" / "Cote :"
# in French, "Quelle:" / "Ort:" / "Signatur:" in German ones). The key's kind: where the
# original is (source, archive, shelfmark), where and when it was written (place, date)
SOURCE_BLOCK_KEYS = {
    "source": "source", "fuente": "source", "fonte": "source", "quelle": "source",
    "provenance": "source", "procedencia": "source", "original": "source",
    "bron": "source", "vindplaats": "source", "källa": "source", "kilde": "source",
    "sumber": "source", "archief": "archive", "arkiv": "archive", "arsip": "archive",
    "signatuur": "shelfmark", "plaats": "place", "plats": "place", "sted": "place",
    "archive": "archive", "archives": "archive", "archivo": "archive", "arquivo": "archive",
    "archiv": "archive", "archivio": "archive", "repository": "archive", "fonds": "archive",
    "fondo": "archive", "depósito": "archive",
    "shelfmark": "shelfmark", "shelf mark": "shelfmark", "call number": "shelfmark",
    "signatura": "shelfmark", "signatur": "shelfmark", "cote": "shelfmark",
    "segnatura": "shelfmark", "cota": "shelfmark", "reference": "shelfmark",
    "référence": "shelfmark", "referencia": "shelfmark",
    "place": "place", "lugar": "place", "lieu": "place", "ort": "place", "luogo": "place",
    "local": "place",
    "date": "date", "fecha": "date", "datum": "date", "data": "date",
}
SOURCE_BLOCK_LINE = re.compile(r"^(?P<key>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s?:\s+"
                               r"(?P<value>\S.*)$")
# an archive's siglum opening a source's reference ("AGNC, sección colonia, …", "AGI,
# Panamá, 358", "TNA, FO 371/84567", "AHN: Consejos, leg. 123"): the repository
ARCHIVE_SIGLUM = re.compile(r"^(?P<siglum>[A-ZÁÉÍÓÚÑ](?:[A-ZÁÉÍÓÚÑ]|\.(?=[A-Z])){1,7}\.?)\s*[,:]\s*"
                            r"(?P<rest>\S.*)$")


def _source_fields(block: Block) -> list[tuple[str, str, str]] | None:
    """A block's lines as the source block's fields (kind, key, value), a value's wrapped
    lines joined to it; None when a line is anything else."""
    fields: list[list[str]] = []
    for ln in block.lines:
        if marks.REF_OPEN in ln.text:
            return None               # a link ("Source: [link](…)"): its address stays
        text = plain(ln.text).strip()
        m = SOURCE_BLOCK_LINE.match(text)
        kind = SOURCE_BLOCK_KEYS.get(m.group("key").casefold()) if m else None
        if kind is not None and m is not None:
            fields.append([kind, m.group("key"), m.group("value")])
        elif fields and text and len(text.split()) <= 6 and (
                not fields[-1][2].endswith(".") or not text[:1].isupper()):
            fields[-1][2] += " " + text   # the value's line goes on ("…, f." / "369r-v.")
        else:
            return None
    return [(kind, key, value) for kind, key, value in fields] or None


def source_block(blocks: list[Block], ctx: Context, facts: dict, end: bool = False) -> list[Block]:
    """The edition's source block (SOURCE_BLOCK_KEYS) at the top of *blocks* (or at their
    foot, with *end*): its fields go to the header (the source citation or msIdentifier,
    creation's place and date), its lines are left out and reported. Only where one key at
    least says where the original is kept: a memo's "Date:" or "Place:" alone stays text."""
    run: list[tuple[str, str, str]] = []
    taken: list[Block] = []
    order = range(len(blocks) - 1, 0, -1) if end else range(len(blocks) - 1)
    for k in order:
        block = blocks[k]
        if len(block.lines) > 8 or tables.is_table(block.lines[0].kind) or \
                block.lines[0].kind[:1] == "h":
            break
        fields = _source_fields(block)
        if fields is None:
            break
        run = fields + run if end else run + fields
        taken.append(block)
    kinds = [kind for kind, _, _ in run]
    if not any(kind in ("source", "archive", "shelfmark") for kind in kinds) or \
            len(set(kinds)) < len(kinds):
        return blocks
    for block in taken:
        ctx.leave_out(block.lines, "the edition's source block (where the original is kept, "
                      "where and when it was written); it is in the header", "source-block")
    ctx.fired("source-block")
    facts.setdefault("source_block", []).extend(run)
    return blocks[:len(blocks) - len(taken)] if end else blocks[len(taken):]

"""The document text shared by every style: optional file number, heading, opener with
dateline, the text blocks, and the footnotes listed at the end."""
from __future__ import annotations

import copy
import re
from copy import deepcopy
from pathlib import Path

from lxml import etree

from ..formats import frontmatter, tables
from ..formats.marks import HI, plain
from ..formats.urls import safe_target
from ..sourcetext import Block, Line
from ..tei import E, tei, text_of
from . import (
    annexes,
    backrefs,
    bilingual,
    cable,
    columns,
    datebounds,
    dateranges,
    exports,
    front,
    hearingcover,
    heldat,
    layout,
    letter_openers,
    letterlines,
    letters,
    mail,
    notes,
    ocrpage,
    pages,
    shapes,
    turns,
    webtext,
)
from . import blocks as block_rules
from .classify import is_table, page_break
from .context import Context, Meta
from .courant import courant_dates
from .dates import (
    DAY_MONTH,
    HAND_TWO_DIGIT_YEAR,
    TWO_DIGIT_YEAR,
    WEEKDAY,
    YEAR,
    YEAR_ONLY_PATTERNS,
    colonial_form,
    date_alone,
    find_date,
    find_numeric_date,
    find_rfc822_date,
    in_century_of,
    iso_date,
    looks_like_dateline,
    place_and_date_at_end,
    regnal_date,
)
from .inline import fill
from .language import LABELS, SAMPLE, guess_language
from .shapes import is_caps_heading
from .signed_in_text import signed_in_text
from .span import Span


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", plain(text)).casefold().split())


def _metadata_title_block(blocks: list[Block], i: int, title: str) -> int | None:
    """Where the title the source's metadata gives (front matter, a page's <title>) stands
    in the text itself, under a masthead: a block of capitals (its line wraps and case
    aside, the same words: "REMARKS BY PRESIDENT TRUMP AND PRIME MINISTER MODI" / "IN
    JOINT PRESS CONFERENCE") under one to four short blocks ("THE WHITE HOUSE" / "Office of
    Communications"), the issuer's lines, never the document's title. None where the
    text's first block is the title, or none is."""
    want = _folded(title)
    if len(want.split()) < 3:
        return None
    for j in range(i + 1, min(i + 5, len(blocks) - 1)):
        block = blocks[j]
        if _folded(block.text) == want and is_caps_heading(plain(block.text).strip()):
            above = blocks[i:j]
            if all(len(b.lines) <= 2 and all(len(plain(ln.text).split()) <= 8
                                             and not ln.kind for ln in b.lines)
                   for b in above):
                return j
            return None
        if len(block.lines) > 2:
            return None
    return None


def _banner_over_h1(blocks: list[Block], i: int) -> bool:
    """A Markdown text's one short unmarked line right over its first-level heading (a
    course's or a site's running banner, a series line): the heading is the title, the
    line no heading of it. The text has no other first-level heading before it."""
    if i >= len(blocks) - 2 or len(blocks[i].lines) != 1 or blocks[i].lines[0].kind != "":
        return False
    below = blocks[i + 1].lines[0]
    text = plain(blocks[i].lines[0].text).strip()
    return below.kind == "h1" and 1 <= len(text.split()) <= 8 and text[-1:].isalnum() \
        and not any(ch.isdigit() for ch in text) and len(blocks[i + 1].lines) == 1


def document_div(blocks: list[Block], ctx: Context, *, numbered_head: bool,
                 head: Span | None = None, find_head: bool = True, front_matter: bool = False):
    """Encode *blocks* as ``<div type="document">``; returns (div, facts) where facts holds
    what the header needs (heading text, dateline date, pages, the source's own citation
    lines). With *front_matter*, a preface or an introduction that opens the text under its
    own heading is encoded apart, as facts["front"] (see _front_matter)."""
    facts: dict = {}
    blocks = front.source_lines(blocks, ctx, facts)
    blocks = webtext.generated_contents(blocks, ctx)
    if ctx.source.format in ("text", "markdown"):      # Pandoc's plain notes, a credit line
        blocks = backrefs.end_matter(blocks, ctx, facts)
    blocks = mail.mail_headers(blocks, ctx)
    blocks = layout.normalise(blocks, ctx)
    if ctx.source.format == "text":
        blocks = columns.name_columns(blocks, ctx)
    blocks = turns.label_lines_apart(blocks, ctx)
    blocks = turns.sitting_times(blocks, ctx)
    blocks = notes.split_notes(blocks, ctx)
    blocks = notes.drop_printed_copies(blocks, ctx)
    blocks = front.leading_illustrations(blocks, ctx)
    div = E.div(type="document")
    i = 0
    while i < len(blocks) - 1 and turns.is_page_block(blocks[i]):
        div.append(page_break(blocks[i], ctx))   # the text starts on a page
        i += 1
    while head is None and i < len(blocks) - 2 and ctx.source.format == "text" and \
            _ocr_specks(blocks[i]):
        ctx.leave_out(blocks[i].lines, "OCR specks over the text, no letter or figure in them",
                      "ocr-specks")
        i += 1                               # ("/-" over an OCR'd book's part title)
    blocks[i:] = front.source_block(blocks[i:], ctx, facts)   # (over the heading)
    if head is None and find_head and _banner_over_h1(blocks, i):
        div.append(fill(E.note(type="series", place="inline"),
                        Span.of_line(blocks[i].lines[0]).strip(), ctx))
        ctx.fired("banner-over-title")           # "Formation Edition numérique" over
        i += 1                                   # "# La correspondance et la prose"
    if head is None and find_head:               # "No. 16 Ovid" / "Field Book of …"
        blocks = front.label_over_title(blocks, i, ctx)
    if head is None:             # "/o," / "CERTAIN SYMPTOMS" / "OF" / "/NERVOUS EXHAUSTION.^"
        blocks = ocrpage.caps_title_over_lines(blocks, i, ctx)
        blocks = ocrpage.newspaper_page(blocks, i, ctx, facts)
    noise = i
    while head is None and noise < len(blocks) - 1 and noise < i + 20 and \
            _ocr_noise(blocks[noise]):
        line = blocks[noise].lines[0]        # ("4:J~ --{;- tiJ." over an OCR'd title page)
        ctx.diags.info("OCR noise kept as text, not taken as the title: "
                       f"{plain(line.text).strip()[:60]!r}", "ocr-noise", line.number, 1)
        ctx.fired("ocr-noise")
        noise += 1
    page_head = None
    if head is None and find_head and ctx.source.format == "text":
        titled = webtext.page_title(blocks, i, ctx)   # a saved web page's title line
        if titled is not None:                          # over the text's own title
            page_head, i = titled
            i = webtext.link_index(blocks, i, ctx)
            blocks = webtext.site_footer(blocks, ctx)
        else:                                # (a footer of a site's links all the same)
            blocks = webtext.site_footer(blocks, ctx, titled=False)
    if head is None and page_head is None and i < len(blocks) - 1 and \
            front.place_over_date(blocks[i], ctx):
        first = blocks[i].lines[0]             # the opener's dateline, named as a format
        blocks[i].lines[0] = first._replace(kind="dateline")      # names one
        ctx.fired("place-over-date")
    elif head is None and page_head is None:
        blocks[i:i + 1] = front.run_in_heading(front.heading_line(front.title_page_lines(
            front.letter_head(blocks[i:i + 1], ctx), ctx), ctx), ctx)
    if i < len(blocks) and front.is_file_number(blocks[i]) and len(blocks) > 2:
        div.append(front.file_number_note(blocks[i], ctx))
        i += 1
        if head is None:             # the title under a shelfmark ("S=7195." / "DEKLARACYA")
            blocks[i:i + 1] = front.heading_line(blocks[i:i + 1], ctx)
    hints = ctx.source.hints
    if front_matter and head is None and find_head:
        found_front = _front_matter(blocks, i, ctx)
        if found_front is not None:
            facts["front"], i = found_front
    stamped = head is None and i < len(blocks) - 1 and len(blocks[i].lines) <= 2 \
        and cable.release_stamp(" ".join(ln.text for ln in blocks[i].lines))
    if stamped:                                   # "# 2025 RELEASE UNDER THE PRESIDENT JOHN
        div.append(fill(E.note(type="stamp"),   # F. KENNEDY ASSASSINATION
                        Span.of_lines(blocks[i].lines, " ").strip(), ctx))   # RECORDS ACT …"
        ctx.fired("release-stamp")
        i += 1
    if head is None and i < len(blocks) - 1 and (stamped or _placeholder_heading(blocks[i])):
        if not stamped:
            ctx.leave_out(blocks[i].lines, "a converter's placeholder heading, not the "
                          "document's title", "placeholder-heading")
            i += 1                                # "# Document" over an OCR export
        field = _title_field(blocks[i:i + 12])
        subject = _subject_field(blocks[i:i + 60])
        if subject and field is not None and " ".join(field.split()) == subject[0]:
            field = None             # (the SUBJECT line itself, found as a title field)
        if subject and (field is None or generic_title(field)
                        or subject[0].casefold() not in field.casefold()):
            # (a record's TITLE names the file, the memorandum's SUBJECT what it is about:
            # "THE CUBA PROJECT: Tasks Assigned to CIA in General Lansdale's Program Review")
            field = _with_subject(field or subject[1] or "", subject[0])
            ctx.fired("subject-title")
        if field and not hints.title:
            hints.title = field                   # "TITLE : Opposition in Khanh Hoa Province"
    strong_hint = bool(hints.title) and (ctx.source.format in ("markdown", "latex", "org",
                                                               "epub")
                                         or "front-matter-any-format" in hints.rules
                                         or "site-metadata" in ctx.rules)
    quoted = strong_hint and _quoted_title(hints.title or "", blocks[i + 1:i + 40])
    filing = strong_hint and (_filing_title(hints.title or "") or quoted)
    if filing:
        strong_hint = False           # the text's own heading names it better
    head_lines: list = []                         # the lines of the text's own heading
    opening = None
    if head is None and find_head and i < len(blocks) - 1 and exports.tool_heading(blocks, i):
        rest = exports.microfilm_target(exports.export_header(blocks[i + 1:], ctx, facts),
                                        ctx, facts)
        opening = exports.opening_title(rest)
        if opening:                               # "# MICROCOPY RESOLUTION TEST CHART",
            ctx.leave_out(blocks[i].lines, "a transcription tool's heading (a microfilm "
                          "target, the page's first line cut short, a part's label), "
                          "not the document's title; its words are in the text",
                          "tool-heading")
            blocks[i + 1:] = rest                 # "# The Regular Meeting … held at the"
            i += 1
            facts["head"] = front.opening_heading(div, opening, ctx)
    titled_at = _metadata_title_block(blocks, i, hints.title) \
        if head is None and find_head and not opening and hints.title else None
    if opening:
        pass
    elif titled_at is not None:                   # "THE WHITE HOUSE" / "Office of …" /
        for block in blocks[i:titled_at]:         # "REMARKS BY PRESIDENT …" = the title
            div.append(fill(E.note(type="masthead", place="inline"),
                            Span.of_lines(block.lines, "\n").strip(), ctx))
        ctx.fired("masthead-over-title")
        head_lines = blocks[titled_at].lines
        facts["head"] = front.heading(div, Span.of_lines(head_lines, " ").strip(), ctx,
                                      numbered_head)
        i = titled_at + 1
    elif head is not None:
        facts["head"] = front.heading(div, head, ctx, numbered_head)
    elif page_head is not None:
        facts["head"] = front.heading(div, page_head, ctx, False)
    elif i < len(blocks) - 1 and front.is_opening_dateline(blocks[i]) and not (
            front.month_alone(blocks[i]) and not hints.title) and not (
            not hints.title and _dated_title(blocks, i)):
        pass                                      # a letter that opens with its dateline
        # (a month's heading is the title where the file gives none: "# APRIL 1911")
    elif find_head and i < len(blocks) - 1 and is_heading(blocks[i]) and not (
            strong_hint and blocks[i].lines[0].kind != "h1") and not (
            front.is_place_line(blocks[i]) and front.is_dateline_block(blocks[i + 1])) \
            and not (len(blocks[i].lines) == 1 and blocks[i].lines[0].kind[:1] != "h"
                     and turns.OWN_LABEL_ALONE.match(plain(blocks[i].lines[0].text).strip())) \
            and blocks[i].lines[0].kind != "speaker-line":
        # (never a speaker's label alone over the speech, "Mr. RUDMAN.", "Le président :")
        # (a place on its own line over the date is the dateline's, not a title)
        # (front matter's title names the document over a text that opens with a section's
        # heading: "## Source 1 Translation")
        lines = blocks[i].lines
        if front.is_number_only(blocks[i]) and is_heading(blocks[i + 1]):
            lines = lines + blocks[i + 1].lines   # "254." / "TO G. DEL RIO."
            i += 1
        while i < len(blocks) - 2 and len(lines) < 4 and (
                (_title_line(blocks[i], lines) and _title_line(blocks[i + 1], lines))
                or (_masthead_line(lines[-1]) and _masthead_over_date(blocks, i + 1))
                or (_part_label(lines) and _caps_lines(blocks[i + 1]))):
            if _part_label(lines):
                ctx.fired("part-title")      # "PARTE" / "TERCERA." / "CARTAS A LORD …"
            elif not _title_line(blocks[i + 1], lines):
                ctx.fired("masthead")
            lines = lines + blocks[i + 1].lines   # "TEAM MOUSTACHIO" / "TEAM MEETING 1 - …"
            i += 1                                # or "MALAYSIA" / "DEWAN NEGARA"
        while i < len(blocks) - 2 and len(lines) < 8 and _title_run(lines, blocks[i + 1]):
            lines = lines + blocks[i + 1].lines   # "HUZZA !" / "FOR" / "PROVOST SPITTAL !!!"
            i += 1
            ctx.fired("title-run")
        described = descriptive_title(blocks[i])
        if not described and i < len(blocks) - 2 and len(lines) == 1 \
                and len(plain(lines[0].text).split()) <= 4 and descriptive_title(blocks[i + 1]):
            lines = lines + blocks[i + 1].lines   # "EXECUTION." / "A Particular Account of
            i += 1                                # the Execution of John Baird and …"
            described = True
        if described:
            ctx.fired("descriptive-title")
        if _title_block(blocks[i]) and i < len(blocks) - 2 and _numbered_paper(blocks[i + 1]):
            lines = lines + blocks[i + 1].lines   # "NATIONAL ASSEMBLY" / "FOR WRITTEN
            i += 1                                # REPLY" / "QUESTION NO: 2048"
            ctx.fired("numbered-paper")
        more = _act_title(blocks, i)             # "У К А З" / "ПРЕЗИДЕНТА РОССИЙСКОЙ
        if more:                                  # ФЕДЕРАЦИИ" / "О внесении изменений …"
            lines = lines + [ln for block in blocks[i + 1:i + 1 + more] for ln in block.lines]
            i += more
            facts["act_title"] = True
            ctx.fired("act-title")
        bars = [ln for ln in lines if BAR_LINE.match(ln.text)]
        if bars and len(bars) < len(lines):       # an empty table row of a PDF's text ("| |")
            ctx.leave_out(bars, "a line of bars only in the title (an empty table row)",
                          "bar-line")
            lines = [ln for ln in lines if ln not in bars]
        span = Span.of_lines(lines, " ").strip() if not described else \
            layout.join_spans([Span.of_line(ln) for ln in lines], True, ctx).strip()
        facts["head"] = front.heading(div, span, ctx, numbered_head)   # ("Mon-" / "day")
        head_lines = lines
        if front.month_alone(blocks[i]):          # "# APRIL 1911", no dateline: its date
            month = find_date(plain(blocks[i].text))   # (the days of the entries under it
            date = E.date(when=month.when if month else "")   # carry its month and year)
            date.text, facts["head"].text = facts["head"].text, None
            date.extend(list(facts["head"]))
            facts["head"].append(date)
            ctx.fired("month-heading")
        i += 1
        if _title_under_title(blocks, i - 1):     # "##Verdrag inzake de slavernij" /
            facts["other_title"] = plain(blocks[i].text).strip().rstrip(".")
            ctx.fired("title-under-title")        # "####SLAVERY CONVENTION." / "###Article 1"
    site_head = facts.get("head")
    whole = _site_title_subject(text_of(site_head), blocks) if site_head is not None else None
    if site_head is not None and whole:        # "Viewing cable 08VLADIVOSTOK68, RUSSIAN FAR
        number = head_lines[0].number if head_lines else \
            head.pos(0)[0] if head is not None else 1                  # EAST: … "HERO,""
        ctx.leave_out([Line(number, text_of(site_head))], "a site's page title: the "
                      "document's reference and its SUBJECT cut short; the SUBJECT whole is "
                      "the heading", "site-title")
        facts["head"] = E.head(whole, type="source-title")
        site_head.getparent().replace(site_head, facts["head"])
        ctx.fired("site-title-subject")
    if filing and "head" in facts:
        ctx.fired("quoted-title" if quoted else "filing-title")
    if "head" not in facts and head is None and hints.title:
        facts["head"] = front.hint_heading(div, hints.title, ctx)
    elif facts.get("head") is not None and generic_title(head_title(facts["head"])):
        subject = _subject_field(blocks[i:i + 60])   # "MEMORANDUM" over "SUBJECT: …"
        facts["subject"] = subject[0] if subject else None
    blocks[i:] = exports.microfilm_target(exports.export_header(blocks[i:], ctx, facts), ctx,
                                          facts)  # a transcription tool's "**Model:** …"
    blocks[i:] = front.source_block(blocks[i:], ctx, facts)   # an edition's "Fuente:" /
    blocks[i:] = front.source_block(blocks[i:], ctx, facts, end=True)   # "Lugar:" / "Fecha:"
    blocks[i:] = heldat.held_at_foot(blocks[i:], ctx, facts)   # "Transcribed document held
    #                                                            at …" / "Return to …"
    mail_subject = mail.mail_subject(blocks[i:i + 3]) if "head" not in facts \
        and head is None else None
    if mail_subject:                              # an e-mail's Subject: names it
        facts["head"] = front.hint_heading(div, mail_subject, ctx)
    facts["short_lines"] = [plain(b.lines[0].text) for b in blocks[i:i + 6]
                            if len(b.lines) <= 2 and len(plain(b.lines[0].text).split()) <= 12]
    found = front.find_dateline(blocks, i, ctx)
    if found is not None and _diary_entry(blocks, found):
        found = None                              # a diary's first entry, not a dateline
    if found is None:                             # a date alone on its line further on
        facts["early_date"] = _early_date(blocks[i:i + 40])
        facts["cable_date"] = cable.dtg_date(blocks[:i + 40])
        if facts["cable_date"] and cable.dtg_date(blocks[:i + 40], origin=True):
            facts["cable_origin"] = True
        facts["cover_date"] = _cover_date(blocks[i:i + 4]) or _masthead_date(blocks[i:i + 3])
        facts["closing_line"] = _closing_line_date(blocks[i:])
    under_head = facts.get("head") is not None and head_lines and div[-1] is facts["head"]
    if found is not None and head is None and found > i and (
            "head" not in facts or under_head) and _record_masthead(
                blocks[i:found], head_lines if under_head else []):
        # "(Official Version)" / "EDITED HANSARD * NUMBER 14" / "HOUSE OF COMMONS" over the
        # sitting's date: the record's masthead names it (a letter's address does not); so
        # do "Deutscher Bundestag" / "Stenografischer Bericht" / "181. Sitzung" under the
        # heading "Plenarprotokoll 18/181"
        lines = [line for block in blocks[i:found] for line in block.lines]
        if under_head:
            div.remove(facts["head"])
            lines = head_lines + lines
        facts["head"] = front.heading(div, Span.of_lines(lines, " ").strip(), ctx, False)
        ctx.fired("record-masthead")
        i = found
    if found is not None:                         # an opener: address lines, dateline
        text_after = front.opener(div, blocks[found], ctx, before=blocks[i:found])
        i = found + 1
        if text_after is not None:                # the text began right under the date
            blocks.insert(i, text_after)
        end = _masthead_under_date(blocks, i) if head is None and "head" not in facts \
            and text_after is None else None
        if end:                                   # "Thursday," / "18 November 2021" over
            lines = [line for block in blocks[i:end] for line in block.lines]   # "Vol. 280"
            facts["head"] = front.heading(div, Span.of_lines(lines, " ").strip(), ctx, False)
            ctx.fired("record-masthead")          # … "PARLIAMENTARY DEBATES" / "SEANAD …"
            i = end                               # (the heading goes first, as TEI has it)
            div.find(tei("opener")).addprevious(facts["head"])
    block_rules.build_text(div, letterlines.letter_lines_apart(blocks[i:], ctx), ctx)
    annexes.annexes(div, ctx)
    signed_in_text(div, ctx)
    courant_dates(div, ctx)
    notes.place_unanchored(div, ctx)
    if ctx.source.hints.note_labels:
        notes.relabel(div, ctx.source.hints.note_labels)
    return div, facts


# the nouns of a filing title ("1891-01-28 Meeting Minutes", "Letter, 12 May 1840")
FILING_WORDS = re.compile(r"(?i)(?:the|of|and|a|an|general|board|annual|regular|special|"
                          r"meeting|minutes|notes?|letter|entry|diary|journal|report|"
                          r"record|memo(?:randum)?|transcript|session|daily|weekly|page)$")


def _filing_title(title: str) -> bool:
    """A title a site files a page by, a date and a kind of document and nothing more
    ("1891-01-28 Meeting Minutes"): it does not name the document better than the text's
    own first heading does, so the heading is the title (the filing title stays in the
    source description)."""
    text = plain(title)
    found = find_date(text) or find_numeric_date(text)
    if found is None:
        return False
    words = re.findall(r"[^\W\d_]+", text[:found.start] + " " + text[found.end:])
    return bool(words) and all(FILING_WORDS.match(w) for w in words)


# the kinds of act a Russian, Ukrainian or Belarusian decree or law names in its heading,
# and the preposition its title opens with ("О внесении изменений …": "On amending …")
ACT_KIND = re.compile(r"(?:ФЕДЕРАЛЬНЫЙ\s+|КОНСТИТУЦИОННЫЙ\s+)?(?:УКАЗ|ЗАКОН|ПОСТАНОВЛЕНИЕ|"
                      r"РАСПОРЯЖЕНИЕ|ПРИКАЗ|ПОСТАНОВА|РОЗПОРЯДЖЕННЯ|НАКАЗ|ПАСТАНОВА)")
ACT_SUBJECT = re.compile(r"^(?:О|Об|Обо|Про|Аб)\s")


def _act_title(blocks: list[Block], k: int) -> int:
    """How many blocks after the heading *k* go on with an act's title: a heading naming
    the kind of act (letter-spaced as printed: "У К А З"), the issuer in capitals under it
    ("ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ"), then the title that opens with "О" / "Об" / "Про"
    (on, about) over the text; 0 where the heading names no act."""
    words = plain(blocks[k].text).split()
    kind = "".join(words) if words and all(len(w) == 1 for w in words) else " ".join(words)
    if not ACT_KIND.fullmatch(kind):
        return 0
    n = k + 1
    if n < len(blocks) and len(blocks[n].lines) <= 2 and plain(blocks[n].text).isupper():
        n += 1                                    # the issuer
    note = n if n + 2 < len(blocks) and len(blocks[n].lines) <= 4 and \
        front.REPEAL_NOTE.match(plain(blocks[n].lines[0].text).strip()) else None
    subject = n + 1 if note is not None else n    # (a note that the act was repealed may
    if subject + 1 < len(blocks) and len(blocks[subject].lines) <= 6 and \
            ACT_SUBJECT.match(plain(blocks[subject].lines[0].text).strip()):
        if note is not None:                      # stand over its title: it goes under it)
            blocks[note], blocks[subject] = blocks[subject], blocks[note]
        return n - k
    return 0





def _title_under_title(blocks: list[Block], k: int) -> bool:
    """Block *k*, the title, has right under it a heading two levels or more below its
    own, and the text's sections come later at a level between the two (a register's
    "##Verdrag inzake de slavernij" over the act's "####SLAVERY CONVENTION.", its articles
    "###Article 1"): the heading under the title is no section's but the act's own title
    as printed (in the register's copy of a treaty, in the language that is authentic)."""
    if k + 2 >= len(blocks) or len(blocks[k + 1].lines) != 1:
        return False
    levels = [re.fullmatch(r"h([1-6])", b.lines[0].kind) for b in blocks[k:k + 2]]
    if not (levels[0] and levels[1]):
        return False
    top, under = int(levels[0].group(1)), int(levels[1].group(1))
    between = {f"h{n}" for n in range(top + 1, under)}
    return under >= top + 2 and any(b.lines[0].kind in between for b in blocks[k + 2:])


def _quoted_title(title: str, blocks: list[Block]) -> bool:
    """A title the file gives that is words quoted from the text under the heading (a blog
    post named by a line of the letter it shows: "just a hobby, won't be big and
    professional like gnu"): a catchphrase, not the document's name, which its own
    first heading gives."""
    words = re.findall(r"\w+", plain(title).casefold())
    if len(words) < 4:
        return False
    lines = [plain(line.text) for block in blocks for line in block.lines]
    if any(re.findall(r"\w+", line.casefold()) == words for line in lines):
        return False      # (the title alone on a line, the text's own heading: confirmed)
    text = " ".join(re.findall(r"\w+", " ".join(   # (not a mail's "Subject: …", the title)
        line for line in lines if not re.match(r"\s*[A-Za-z][\w-]*:\s", line)).casefold()))
    return f" {' '.join(words)} " in f" {text} "


def _front_matter(blocks: list[Block], i: int, ctx: Context):
    """A text that opens under a heading naming matter before it ("# THEMES", "#
    PREFACE.", "Einleitung": shapes.APPARATUS_HEADING), where a heading further on that is
    no such matter names the text or a part of it ("# September 1st 1855
    Commencing this Journal"): the matter up to that heading is a division of its own, the
    text's front (<front>, as TEI keeps a preface or an editor's introduction), and the
    text begins at the later heading (the document's heading, where the file gives no
    title). A TEI text turned into Markdown or HTML (a Jekyll
    site's texts, the UVA Electronic Text Center's) keeps the headings and loses <front>;
    the editor's heading is never the document's title. Returns (the division, the index of
    the document's heading) or None."""
    first = blocks[i] if i < len(blocks) else None
    if first is None or len(first.lines) != 1 or first.lines[0].kind[:1] != "h" \
            or not shapes.is_apparatus_heading(plain(first.lines[0].text)):
        return None
    j = next((k for k in range(i + 2, len(blocks) - 1) if blocks[k].lines[0].kind[:1] == "h"
              and not shapes.is_apparatus_heading(plain(blocks[k].text)) and is_heading(blocks[k])),
             None)
    if j is None or _speech_goes_on(blocks[i + 1:j], blocks[j + 1:j + 400]):
        if j is not None:
            ctx.fired("introduction-of-the-speech")
        return None
    text = plain(first.lines[0].text)
    div = E.div(type="preface" if shapes.PREFACE_WORDS.search(text) else "introduction")
    front.heading(div, Span.of_lines(first.lines, " ").strip(), ctx, False)
    block_rules.build_text(div, blocks[i + 1:j], ctx)
    ctx.fired("front-matter")
    return div, j


# the label that opens a line: "Aaron van Wirdum:", "**Sjors Provoost:**" (marks taken off)
LINE_LABEL = re.compile(r"\s*(?P<label>[^\W\d_][\w.'’ -]{0,40}?)\s*:(?:\s|$)")


def _speech_goes_on(before: list[Block], after: list[Block]) -> bool:
    """Do the speakers who take turns under an "Introduction" heading take them after the
    next heading too (a podcast's first chapter, part of the conversation)? Two turns at
    least under it whose labels open turns after it."""
    def labels(blocks: list[Block]) -> list[str]:
        found = []
        for b in blocks:
            m = LINE_LABEL.match(plain(b.lines[0].text))
            if m and b.lines[0].kind[:1] != "h":
                found.append(m.group("label").strip().casefold())
        return found
    mine = labels(before)
    if len(mine) < 2:
        return False
    later = set(labels(after))
    return sum(1 for lab in mine if lab in later) >= 2 and len(set(mine) & later) >= 1


def _dated_title(blocks: list[Block], i: int) -> bool:
    """A first line that reads as a dateline but names a month only (no day), over a text
    with no salutation in its first two blocks and no file title to name it ("मन की बात,
    अप्रैल 2015" over a broadcast's transcript): the text's title, with its date."""
    text = plain(blocks[i].lines[0].text).strip()
    found = find_date(text) if len(blocks[i].lines) == 1 else None
    return found is not None and len(found.when) == 7 \
        and len(text[:found.start].split()) >= 2 \
        and not any(letter_openers.is_salutation(plain(b.lines[0].text))
                    for b in blocks[i + 1:i + 3])


def _early_date(blocks: list[Block]) -> tuple[str, str] | None:
    """The first line near the top that is a date alone or a place and a date, standing as
    a block of its own below other lines (a memorandum's "30 October 1962" under a
    routing stamp, as OCR reads it: "30 Octaber 1962"; an edition's letter head "6 marzo
    1623, L’Aia (cc. 5r-9v)"): the document's date when nothing else gives one."""
    for block in blocks:
        issue = _issue_line_date(block)
        if issue is not None:
            return issue
        interview = _interview_title_page_date(block)
        if interview is not None:
            return interview
        if len(block.lines) > 2 or block.lines[0].kind[:1] == "h" or is_table(block):
            continue
        text = plain(block.lines[0].text).strip()
        if len(text) > 80:
            continue
        found = date_alone(text) or (find_date(text) if looks_like_dateline(text) else None)
        if found is not None:
            return found.when, text[found.start:found.end]
    return None


# an oral history's title page: "An interview with" / "Conducted by Thomas Haigh",
# "Interviewed by …", "Oral history interview with …"
INTERVIEW_TITLE = re.compile(r"(?i)^\s*(?:an?\s+(?:oral\s+history\s+)?interview\s+with|"
                             r"(?:oral\s+history\s+)?interview(?:ed)?\s+(?:with|by)|"
                             r"conducted\s+by)\b")


def _interview_title_page_date(block: Block) -> tuple[str, str] | None:
    """An interview's title page, short lines one under another ("An interview with" /
    "CLEVE MOLER" / "Conducted by Thomas Haigh" / "On" / "8 and 9 March, 2004"): the date
    of a line that is a date and nothing else (of a range of days, the first)."""
    if not 3 <= len(block.lines) <= 16 or is_table(block):
        return None
    texts = [plain(line.text).strip() for line in block.lines]
    if not any(INTERVIEW_TITLE.match(t) for t in texts) or any(len(t) > 100 for t in texts):
        return None
    for text in texts:
        found = find_date(text) if len(text) <= 40 else None
        if found is not None and not text[:found.start].strip() \
                and not text[found.end:].strip(" .,;"):
            return found.when, text[found.start:found.end]
    return None


def _issue_line_date(block: Block) -> tuple[str, str] | None:
    """A newspaper's issue line beside its masthead line, in a block of a few lines
    ("Volume 1. NO. 85." / "Wilmington, N. C., Monday Evening, November 15, 1897" / "Price
    two Cent."): the issue's date."""
    if not 2 <= len(block.lines) <= 4 or is_table(block):
        return None
    lines = [plain(ln.text).strip() for ln in block.lines]
    if not any(front.MASTHEAD.match(t) for t in lines):
        return None
    for text in lines:
        found = find_date(text) if len(text) <= 80 and looks_like_dateline(text) else None
        if found is not None and len(found.when) == 10:
            return found.when, text[found.start:found.end]
    return None


def _cover_date(blocks: list[Block]) -> tuple[str, str] | None:
    """The last line of one of the first blocks, of three lines or more, when it is a place
    and a full date: a cover's or a title page's lines end with where and when the book was
    begun or printed ("Framsida." / "Notbok för Violin" / "John Albert Nilsson" /
    "Hjortshög, den 12/3 1895", a notebook's cover transcribed line by line; an imprint
    under a title). Any manuscript book or print whose first page is transcribed as lines
    (the text's last block is none: a letter's closing lines end so)."""
    for block in blocks[:min(3, len(blocks) - 1)]:
        if len(block.lines) < 3 or block.lines[0].kind[:1] == "h" or is_table(block):
            continue
        last = plain(block.lines[-1].text).strip()
        found = find_date(last) if len(last) <= 80 and looks_like_dateline(last) else None
        if found is not None and len(found.when) == 10:
            return found.when, last[found.start:found.end]
    return None


# what may stand beside a masthead's date on its line: a weekday, an article, stops
DATE_LINE_REST = re.compile(r"(?i)^(?:\W|\b(?:le|la|the|on|am|el|il|den|der)\b|" +
                            WEEKDAY.pattern[4:] + r")*$")


def _masthead_date(blocks: list[Block]) -> tuple[str, str] | None:
    """A line that is a full date alone, a weekday before it maybe ("Le mardi 26 septembre
    2006", "October 19, 2016"), among the short lines that open one of the first blocks (a
    record's masthead or a hearing's cover: twelve words a line at most, its lines in the
    block up to the first longer one): the record's date, wherever it stands in the block."""
    for block in blocks:
        if block.lines[0].kind[:1] == "h" or is_table(block):
            continue
        for line in block.lines[:24]:
            text = plain(line.text).strip()
            if len(text.split()) > 12:
                break                    # the masthead ends where the text begins
            found = find_date(text) if YEAR.search(text) else None
            if found is not None and len(found.when) == 10 and DATE_LINE_REST.match(
                    text[:found.start] + " " + text[found.end:]):
                return found.when, text[found.start:found.end]
    return None


def _closing_line_date(blocks: list[Block]) -> tuple[str, str] | None:
    """A line among the text's last that is a place and a date ("Dall’Haya li 6 marzo
    1623" over "di vostra Serenità" / "humilissimo, et devotissimo servitore" /
    "Christofforo Suriano"), where the letter's lines were typed with no blank line
    between them and it stays inside the paragraph: where and when it was written."""
    lines = [line for block in blocks[-6:] if not is_table(block)
             for line in block.lines][-12:]
    for line in lines:
        text = plain(line.text).strip(" |")
        if 8 <= len(text) <= 60 and looks_like_dateline(text):
            found = find_date(text)
            if found is not None:
                return found.when, text[found.start:found.end]
        # (or the line's last sentence: a petition's place and date run on after its last
        # words, "… pide justicia. Antioquia, Nobiembre 4 de 1761")
        tail = place_and_date_at_end(text)
        found = find_date(tail) if tail is not None else None
        if tail is not None and found is not None:
            return found.when, tail[found.start:found.end]
    return None


def _diary_entry(blocks: list[Block], k: int) -> bool:
    """Does block *k* open with its date and run on to an entry in its line, as another
    block after it does ("April 11th 1692. Went to Salem …" / "May 24th 1692. First …")?
    (A date alone on its line over the first entry stays the dateline.)"""
    first = blocks[k].lines[0].text
    found = block_rules.entry_date(first)
    if found is None or not plain(first[:80])[found.end:].strip(" .,;:"):
        return False
    return any(block_rules.entry_date(b.lines[0].text) for b in blocks[k + 1:])


# a series' name and the number of the piece, alone on the line: "FEDERALIST. No. 1",
# "BRUTUS. No. 5" (the essay's title, never a speaker's label and his words)
SERIES_NUMBER = re.compile(r"^[A-Z][\w'’ -]{1,40}\.\s+(?:No|Nr|Number|Num)\.?\s*\d{1,4}\.?$")


def is_heading(block: Block) -> bool:
    """A first block that names the document: short, one or two lines, no sentence end."""
    if is_table(block):
        return False
    text = " ".join(plain(ln.text).strip() for ln in block.lines)
    text = re.sub(r"\[\d{1,6}\]$", "", text)
    if cable.release_stamp(text) or cable.routing_block([ln.text for ln in block.lines]):
        return False                  # an archive's release stamp, a cable's routing lines
    if block.lines[0].kind[:1] == "h" and len(block.lines) <= 3 and 0 < len(text) <= 300:
        return True                   # the format says so (<h2>, ## …)
    if block.lines[0].kind in ("label", "speaker", "stage"):
        return False                  # a speaker's turn (<cite>ege:</cite> …), a stage
        #                               direction ("Ábrese a sesión ás dez …": sitting_times)
    if block.lines[0].kind in letters.NAMED_PARTS:
        return False                  # a letter's part the format names (class="salute")
    if front.CLASSIFICATION.match(text) and len(text.split()) <= 4:
        return False                  # "CONFIDENTIAL" over a telegram names no document
    if _ocr_noise(block):
        return False                  # "4:J~ --{;- tiJ.": what OCR read off a picture
    if descriptive_title(block):
        return True                   # "A particular account of the Execution of …"
    if (len(block.lines) > 2 and not _title_block(block)
            and not (len(block.lines) <= 4 and shapes.is_wrapped(block.lines))) \
            or len(text) > 240 \
            or not text[:1].isalnum():
        return False
    if text.rstrip()[-1:] in ",:;" or text.casefold().startswith("dear ") \
            or letter_openers.SALUTE_TITLE.match(text.strip()) \
            or letter_openers.is_salutation(text) or letter_openers.vocative_inside(text) \
            or DAY_MONTH.match(text.strip()):
        return False
    if turns.opens_turn(block.lines[0].text, questions=False) \
            and not front.DOC_NUMBER.match(text) and not front.roman_doc_number(text) \
            and not SERIES_NUMBER.match(text):
        return False
    if text[-1:] in ".!?" and _sentences_inside(text):
        return False                  # "WE left Mr. Parris at home. It was late."
    return bool(front.DOC_NUMBER.match(text) or front.roman_doc_number(text)) \
        or not re.search(r"[.!?;]\s*$", text) \
        or len(text.split()) <= 12 or _title_page_line(block, text)


# The long descriptive title of a broadside, a chapbook, a last dying speech or a pamphlet,
# and the deck of a newspaper's report: "A particular account of the Execution of Hannah
# Halley, at Derby, …", "Life, Transactions, and Execution of Thomas Connor …", "Full and
# particular account of …", "Copy of a letter from …", "Lines on the Terrific Explosion …"
_ACCOUNT_NOUN = (r"(?:account|accounts|narrative|history|life|lives|trial|trials|execution|"
                 r"confession|confessions|speech|lamentation|copy|particulars|description|"
                 r"relation|statement|lines|elegy|letter|behaviour|behavior|transactions|"
                 r"adventures|death|sufferings|crimes|examination|proceedings|memoirs|"
                 r"sentence|apprehension|discovery|report|verses)")
_ACCOUNT_ADJ = (r"(?:full|true|particular|correct|faithful|genuine|authentic|interesting|"
                r"melancholy|circumstantial|brief|short|new|last|dying|remarkable|affecting|"
                r"dreadful|horrid|shocking|strange|wonderful|exact|whole|official|awful|"
                r"singular|extraordinary|important|copy)")
DESCRIPTIVE_TITLE = re.compile(
    rf"(?i)^(?:(?:a|an|the)\s+)?(?:{_ACCOUNT_ADJ},?\s+(?:and\s+|&\s+)?)*{_ACCOUNT_NOUN}"
    rf"(?:,?\s+(?:and\s+|&\s+)?{_ACCOUNT_NOUN})*,?\s+(?:of|on|from)\s+\S")


def descriptive_title(block: Block) -> bool:
    """A printed sheet's descriptive title (DESCRIPTIVE_TITLE) as its first paragraph: up
    to eight lines, one sentence, names in capitals in it (a sentence of prose, "The life of
    a soldier is hard.", has none)."""
    if len(block.lines) > 8 or block.lines[0].kind not in ("", "pre"):
        return False
    text = " ".join(plain(ln.text).strip() for ln in block.lines)
    if len(text) > 600 or not DESCRIPTIVE_TITLE.match(text) or _sentences_inside(text) \
            or text.rstrip()[-1:] in ",:;":
        return False
    capitals = [w for w in text.split()[1:] if w[:1].isupper() and len(w) > 2]
    return len(capitals) >= 2


# a word that joins a title's parts, set alone on its own line between them on a broadside,
# a song sheet, a pamphlet's title page ("HUZZA !" / "FOR" / "PROVOST SPITTAL !!!", "THE
# RUSSIANS" / "ARE COMING!" / "OR, THE" / "FINISHING STROKE.", "Terrific Explosion" / "AT" /
# "MOSS END.")
TITLE_JOINER = re.compile(r"(?i)^(?:for|or|at|of|and|to|on|by|the|in|with|from|against|"
                          r"versus|or,?\s+the|&)[,.:]?$")
TITLE_JOINER_LEAD = re.compile(r"^(?:OR|Or),\s+\S")


def _title_run(lines: list, block: Block) -> bool:
    """Does a one-line block go on with a title set over short lines apart (TITLE_JOINER):
    a joining word alone on the last line so far or on this one ("OR, THE …" opens it)."""
    if len(block.lines) != 1 or block.lines[0].kind not in ("", "pre") \
            or lines[0].kind not in ("", "pre"):
        return False
    last, text = plain(lines[-1].text).strip(), plain(block.lines[0].text).strip()
    if not 0 < len(text) <= 40 or not text[:1].isupper() or len(last) > 40 \
            or front.is_dateline_block(block):
        return False
    return bool(TITLE_JOINER.match(last) or TITLE_JOINER.match(text)
                or TITLE_JOINER_LEAD.match(text))


ABBREVIATIONS = {"mrs", "messrs", "hon", "rev", "gen", "col", "capt", "esq", "jr", "sr", "st",
                 "nos", "vol", "vols", "dept", "govt", "bros", "sen", "rep", "lieut", "sgt"}


def _sentences_inside(text: str) -> bool:
    """A sentence ends inside the text, not only an abbreviation ("Letter to Mrs. Smith")."""
    return any(m.group(1).casefold() not in ABBREVIATIONS
               for m in re.finditer(r"\b([A-Za-z]*[a-z]{2})[.!?]\s+[A-Z]", text))


def _title_page_line(block: Block, text: str) -> bool:
    """A long title printed on one line, as a pamphlet's or a book's title page has it,
    with a full stop: "A True ACCOUNT of the BEHAVIOUR … Executed at TYBURN, On Friday the
    Ninth of May, 1690." Most of its words are capitalised, one sentence only."""
    if len(block.lines) != 1 or shapes.SENTENCE_INSIDE.search(text):
        return False
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 6 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


# the label of a book's part or volume, in the languages of printed books, with its number
# or ordinal ("PARTE TERCERA.", "PART II", "LIBRO PRIMERO", "TOME SECOND", "ERSTER TEIL")
PART_LABEL = re.compile(r"(?i)^(?:\S+\s+)?(?:parte|part|partie|teil|libro|livre|buch|book|"
                        r"tomo|tome|volume|volumen|band)(?:\s+\S+)?\.?$")


def _part_label(lines: list) -> bool:
    """The heading so far is only a part's label in capitals ("PARTE" / "TERCERA."): a
    book's part title, as OCR reads it off the part's title page, goes on under it."""
    text = " ".join(plain(ln.text).strip() for ln in lines)
    return text.isupper() and bool(PART_LABEL.match(text))


def _caps_lines(block: Block) -> bool:
    """A block of one or two lines in capitals (an ordinal, a title, a subtitle)."""
    return len(block.lines) <= 2 and not front.is_dateline_block(block) and all(
        plain(ln.text).strip().isupper() and len(plain(ln.text).strip()) <= 160
        for ln in block.lines)


def _ocr_specks(block: Block) -> bool:
    """A block of one or two lines with no letter or figure, a few signs only ("/-", "•,"):
    specks that OCR read off a page, never a separator ("* * *", "---")."""
    text = "".join(plain(ln.text).strip() for ln in block.lines)
    return len(block.lines) <= 2 and 0 < len(text.replace(" ", "")) <= 6 and \
        not any(c.isalnum() for c in text) and not layout.SHORT_RULE.match(text) and \
        not layout.RULE_LINE.match(text)


# signs that no title sets and that OCR reads off a picture's or a page's stains
OCR_NOISE_SIGNS = set("~{}|\\^_=+<>@#$%*•·")


def _ocr_noise(block: Block) -> bool:
    """A block of one or two lines that is OCR's reading of a stain or a picture, not
    words ("4:J~ --{;- tiJ.", "47- 1--"): letters and figures are half its signs or fewer,
    and it holds a sign no title sets, or a third of its signs or fewer are letters and
    figures."""
    if len(block.lines) > 2:
        return False
    text = "".join("".join(plain(ln.text).split()) for ln in block.lines)
    alnum = sum(1 for c in text if c.isalnum())
    return bool(text) and alnum * 2 <= len(text) and (
        bool(set(text) & OCR_NOISE_SIGNS) or alnum * 3 <= len(text))


def _title_line(block: Block, head: list) -> bool:
    """A line of a title set over several short lines in bold, as its first is: no sentence
    or field after it, no dateline."""
    if len(block.lines) != 1 or is_table(block) or front.is_dateline_block(block):
        return False
    raw = block.lines[0].text.strip()
    text = plain(raw).strip()
    if not text or len(text.split()) > 12 or text[-1:] in ".:;,!?" or \
            block.lines[0].kind != head[0].kind:
        return False
    bold_open, bold_close = HI["bold"]
    bold = raw.startswith(bold_open) and raw.endswith(bold_close) and raw.count(bold_open) == 1
    first = head[0].text.strip()
    same_bold = first.startswith(bold_open) and first.endswith(bold_close)
    return bold and same_bold         # (capitals alone are no proof: "MADISON" under a title)


PLACEHOLDER_TITLES = {"document", "untitled", "untitled document", "transcript", "text",
                      "ocr", "ocr text", "scan", "new document", "document1"}
TITLE_FIELD = re.compile(r"(?i)^\s*(?:title|subject|subj)\s*:\s*(?P<value>\S.{3,200}?)\s*$")


def _placeholder_heading(block: Block) -> bool:
    """A heading a converter writes over any text ("# Document", "Untitled"): no title."""
    return len(block.lines) == 1 and block.lines[0].kind[:1] == "h" \
        and plain(block.lines[0].text).strip().casefold() in PLACEHOLDER_TITLES


def _title_field(blocks: list[Block]) -> str | None:
    """The value of a TITLE or SUBJECT field among the first lines (a record's form)."""
    for block in blocks:
        for line in block.lines[:40]:
            m = TITLE_FIELD.match(plain(line.text))
            if m and any(c.isalpha() for c in m.group("value")) \
                    and not FORM_HINT.match(m.group("value").strip()):
                return m.group("value")
    return None


# the field that says what a memorandum, a report or a letter is about
SUBJECT_FIELD = re.compile(r"^\s*(?:(?i:subject|subj|re|betreff|betr|objet|oggetto|asunto|"
                           r"onderwerp|assunto)\s*[:.]\s*(?P<value>\S.{2,200}?)|"
                           # a form's label in capitals with no colon, its value in capitals
                           r"(?i:subject)\s+(?P<caps>[A-Z]{2}.{6,200}?))\s*$")
# a field's label in capitals further on its line: the form's next column ("SUBJECT
# DISCUSSIONS BETWEEN … DATE DISTR. 19 MARCH 1963")
NEXT_COLUMN = re.compile(r"\s+(?:DATE|NO\.|REPORT NO|PRECEDENCE|REFERENCES?|PLACE|SOURCE)\b.*$")
# what OCR leaves around a field's value: stray signs and one- or two-letter bits
OCR_ENDS = re.compile(r"^[\W\d_]+(?=\w)|(?:\s+(?:[^\w\s]+|[a-z]{1,2}\b))+\W*$|\s*[^\w)]+$")
# the words of a heading that names only a kind of document and its addressee, not what it
# is about ("MEMORANDUM FOR THE PRESIDENT", "CIA Information Telegram")
FORM_WORDS = {"memorandum", "memo", "for", "the", "of", "to", "record", "file", "files",
              "president", "secretary", "director", "information", "intelligence", "report",
              "telegram", "cable", "airgram", "despatch", "dispatch", "note", "letter",
              "message", "circular", "summary", "daily", "weekly", "field", "central",
              "agency", "department", "state", "bureau", "office"}


def generic_title(title: str) -> bool:
    """A title that names only a kind of document ("Central Intelligence Agency
    Information Report", "Memorandum for the President"): the subject names it better."""
    words = re.findall(r"[^\W\d_]+", plain(title))
    return 0 < len(words) <= 8 and bool(front.DOCUMENT_WORDS.search(title)) and all(
        w.casefold() in FORM_WORDS or (w.isupper() and len(w) <= 5) for w in words)


# a form printout's page field beside its print date ("Date : 08/04/98" / "Page : 1"): the
# date the form was printed, never the document's
PRINT_STAMP_PAGE = re.compile(r"(?i)(?<![^\W\d_])page\s*:\s*-?\s*\d")
# a form's printed hint in a field it leaves blank: "SUBJECT: (Optional)"
FORM_HINT = re.compile(r"(?i)\(?(?:optional|if\s+any|if\s+applicable)\)")


def _subject_field(blocks: list[Block]) -> tuple[str, str | None] | None:
    """The value of a SUBJECT field (also "Re:", "Betreff:", "Objet :", "Oggetto:") among
    the first blocks, with the lines it runs on to in a form's capitals, and the generic
    heading right over it ("MEMORANDUM FOR THE PRESIDENT" / "Subject: …"), if any."""
    for k, block in enumerate(blocks):
        for n, line in enumerate(block.lines[:40]):
            m = SUBJECT_FIELD.match(plain(line.text))
            if m is None:
                continue
            if m.group("value"):
                value = " ".join([m.group("value"), *_subject_run_on(m.group("value"),
                                                                     block.lines[n + 1:n + 3])])
            else:                    # a form in capitals: the value runs on, column cut off
                parts = [NEXT_COLUMN.sub("", m.group("caps"))]
                if re.search(r"[a-z]", parts[0]):
                    continue         # ("Subject to the approval of …": a sentence)
                for more in block.lines[n + 1:n + 3]:
                    text = NEXT_COLUMN.sub("", plain(more.text)).strip()
                    text = re.split(r"\s(?=\S*[a-z])", text)[0]   # up to a word not in capitals
                    if not re.match(r"^[\W\d_]*[A-Z]{2}", text) or re.match(r"^[A-Z ]+:", text):
                        break
                    parts.append(text)
                value = " ".join(OCR_ENDS.sub("", part) for part in parts)
            value = " ".join(OCR_ENDS.sub("", value).split())
            if len(re.findall(r"[^\W\d_]{2,}", value)) < 2 or FORM_HINT.match(value):
                continue             # ("SUBJECTS :" left empty; "SUBJECT ©"; a routing
                #                      sheet's printed "SUBJECT: (Optional)")
            over = blocks[k - 1].lines if n == 0 and k else block.lines[n - 1:n]
            heading = plain(over[-1].text).strip() if over and len(over) == 1 else None
            return value, heading if heading and generic_title(heading) else None
    return None


# what opens a line that is no subject's run-on: a field's label ("REF:", "CLASSIFIED BY:"),
# a point's number or letter ("1.", "A. TASKS"), a paragraph sign
NOT_RUN_ON = re.compile(r"^\W*(?:[A-Za-z][A-Za-z .]{0,24}:|(?:\d{1,3}|[A-Z])[.)](?:\s|$)|¶)")


def _subject_run_on(value: str, lines: list[Line]) -> list[str]:
    """The lines a SUBJECT field's value runs on to, cut at the line's end: in a text set
    in capitals, the capitals lines under it (two at most: "SUBJECT: RUSSIAN FAR EAST:
    CHUKOTKANS WORRY AS THEIR \"HERO,\"" / "BILLIONAIRE ROMAN ABRAMOVICH, STEPS DOWN AS
    GOVERNOR"); else one short line of capitalised words ("… Lansdale's Program" /
    "Review"). Never a field's label, a point's number, a sentence or a salutation."""
    out: list[str] = []
    caps = not re.search(r"[a-z]", value)
    for line in lines if caps else lines[:1]:
        if re.search(r"[.!?;]\W*$", value):
            break
        text = " ".join(plain(line.text).split())
        words = re.findall(r"[^\W\d_]{2,}", text)
        if not words or NOT_RUN_ON.match(text) or (text[-1:] in ",:" and not caps):
            break
        if caps and re.search(r"[a-z]", text):
            break
        if not caps and (len(text.split()) > 4 or not all(
                w[:1].isupper() or w in ("of", "and", "the", "in", "for", "on", "to")
                for w in text.split())):
            break
        out.append(text)
        value = text
    return out


# a site's page title: its words, the document's reference (letters and figures), the
# subject after a comma ("Viewing cable 08VLADIVOSTOK68, RUSSIAN FAR EAST: …")
SITE_TITLE = re.compile(r"^[^\W\d_][^,]{0,40}?\s(?P<ref>(?=\S*\d)(?=\S*[^\W\d_])[\w/.-]{5,30}),"
                        r"\s+(?P<rest>\S.{2,})$")


def _site_title_subject(heading: str, blocks: list[Block]) -> str | None:
    """The SUBJECT field of a document under a site's page title that names the document
    by its reference and gives its subject, or the subject's beginning: the subject whole
    (evidence: the reference printed in the document too, the heading's rest the
    subject's first words)."""
    heading = " ".join(plain(heading).split())
    m = SITE_TITLE.match(heading)
    if m is None:
        return None
    subject = _subject_field(blocks[:80])
    if subject is None or not subject[0].casefold().startswith(
            m.group("rest").rstrip().casefold().rstrip(" ,;:\"'")):
        return None
    ref = m.group("ref")
    if not any(ref in plain(ln.text) and " ".join(plain(ln.text).split()) != heading
               for block in blocks for ln in block.lines):     # (not the heading's own line)
        return None
    return subject[0]


def _with_subject(form: str, subject: str) -> str:
    """The title of a form or memorandum: its kind and what it is about, as an archive's
    list gives them ("CIA Information Telegram: Discussions between …")."""
    return f"{form.strip().rstrip(':')}: {subject}" if form else subject


# the words a parliament's or a court's record prints in its masthead, naming the record
RECORD_WORDS = re.compile(r"\b(?:HANSARD|DEBATES|PROCEEDINGS|OFFICIAL\s+REPORT|VERBATIM|"
                          r"GAZETTE|PLENARPROTOKOLL|STENOGRAFISCHER\s+BERICHT|COMPTE\s+RENDU|"
                          r"DIARIO\s+DE\s+SESIONES|RESOCONTO)\b")


def _record_masthead(blocks: list[Block], head: list) -> bool:
    """Short lines over a dateline, one of them in capitals naming a record (a Hansard's
    "EDITED HANSARD * NUMBER 14" / "HOUSE OF COMMONS"), or under a *head* and with it
    naming a record in any case ("Plenarprotokoll 18/181" over "Deutscher Bundestag" /
    "Stenografischer Bericht" / "181. Sitzung"): the record's masthead, its title, not a
    letter's address."""
    lines = [plain(line.text).strip() for block in blocks for line in block.lines]
    if not 0 < len(lines) <= 5 or any(len(text.split()) > 10 for text in lines):
        return False
    if head:                         # (not "CONTENTS" under "EDITED HANSARD * NUMBER 121a")
        return any(RECORD_WORDS.search(text.upper()) for text in lines)
    return any(text.isupper() and RECORD_WORDS.search(text) for text in lines)


def _masthead_under_date(blocks: list[Block], k: int) -> int | None:
    """Where a record's masthead under its opening date ends: short blocks from *k* on, up
    to the last of them (at most four) with words in capitals naming the record
    ("Vol. 280" / "No. 6", "PARLIAMENTARY DEBATES", "SEANAD ÉIREANN" / "(OFFICIAL
    REPORT—Unrevised)", an Oireachtas debate's cover); None if there is none."""
    end = None
    for j in range(k, min(k + 4, len(blocks))):
        texts = [plain(line.text).strip() for line in blocks[j].lines]
        if len(texts) > 3 or is_table(blocks[j]) or any(
                len(t.split()) > 8 or re.search(r"[a-z]{3,}[.!?:;]$|\.{4,}", t)
                for t in texts):
            break
        if any(RECORD_WORDS.search(t) for t in texts):
            end = j + 1
    return end


def _masthead_line(*lines) -> bool:
    """One line of a masthead set in capitals over blank lines ("MALAYSIA" / "DEWAN
    NEGARA" over a sitting's date): a name, not a sentence, a date, a field, a part's
    heading or a label."""
    if len(lines) != 1 or tables.is_table(lines[0].kind):
        return False
    text = plain(lines[0].text).strip()
    words = text.split()
    return bool(words) and len(words) <= 8 and text.isupper() and text[-1:] not in ".:;,!?" \
        and not front.CLASSIFICATION.match(text) and not looks_like_dateline(text) \
        and not pages.PART_WORDS.match(words[0]) and not re.search(r"\d", text)


def _masthead_over_date(blocks: list[Block], k: int) -> bool:
    """Blocks from *k* on are masthead lines up to a dateline: the date proves them a
    masthead ("MALAYSIA" / "DEWAN NEGARA" / "Isnin, 26 Mei 2008"); a name in capitals
    over a salutation is a byline ("A LETTER" / "MADISON" / "Lieber Freund!")."""
    while k < len(blocks) - 1 and _masthead_line(*blocks[k].lines):
        k += 1
        if front.is_dateline_block(blocks[k]):
            return True
    return False


def _title_block(block: Block) -> bool:
    """A title set over several lines in capitals (a hearing's title page); a line of bars
    between them (an empty table row as a PDF's text prints it: "| |") does not count."""
    texts = [plain(ln.text).strip() for ln in block.lines if not BAR_LINE.match(ln.text)]
    return len(block.lines) <= 6 and bool(texts) and all(t.isupper() for t in texts)


BAR_LINE = re.compile(r"^[\s|]*\|[\s|]*$")
# the number of a paper under its title in capitals: a parliament's question ("QUESTION NO:
# 2048", "UNSTARRED QUESTION NO. 1234"), an order's, a bill's, a report's ("No. 100")
NUMBERED_PAPER = re.compile(r"^(?:[A-Z][A-Z'’-]*\s+){0,3}(?:NO|No|NUMBER|Nr|NR)\.?\s*[:.]?\s*"
                            r"\d[\w./-]{0,12}$")


def _numbered_paper(block: Block) -> bool:
    """A line alone that numbers the paper titled in capitals over it."""
    return len(block.lines) == 1 and bool(NUMBERED_PAPER.match(plain(block.lines[0].text).strip()))


# a heading that only labels what follows ("Text transcriptions", "Sample 1", "Document",
# "Untitled"): a collection's or a template's, no name of the text
LABEL_HEADING = re.compile(r"(?i)(?:(?:texts?|transcriptions?|transcripts?|samples?|examples?|"
                           r"documents?|untitled|specimens?|items?)\s*)+(?:no\.?\s*)?"
                           r"(?:\d{1,4}|[IVX]{1,5})?\.?")
# what may stand between a run of headings: their own parts, a page break, a division
HEADING_RUN = {tei("div"), tei("head"), tei("hi"), tei("lb"), tei("pb"), tei("date"),
               tei("ref"), tei("note"), tei("ptr"), tei("name"), tei("title")}


def _names_a_text(title: str, dated: bool = True) -> bool:
    """A heading that may name a text: two words at least of three letters, no label, no
    folio or page ("fol. 1r", "Page 3": a page's heading); with *dated* False, no date
    either (a diary's "WEDNESDAY", a letter's "[1924]", a label "Sample 1" cannot)."""
    return len(re.findall(r"[^\W\d_]{3,}", title)) >= 2 and not LABEL_HEADING.fullmatch(title) \
        and not re.match(r"(?i)(?:fol|f|folio|p|pp|page|pag|seite|s)\.?\s*\d", title) \
        and (dated or find_date(title) is None)


def _named_under_label(body, head) -> str | None:
    """The first heading that names the text in the run of headings from *head* down to
    the text's first paragraph, where *head* and those before it only label it
    ("# Text transcriptions" / "## Sample 1" / "## La Dépêche : journal quotidien (04
    avril 1875)"): the title of the text, not the label."""
    if not LABEL_HEADING.fullmatch(head_title(head)):
        return None
    started = False
    for el in body.iter():
        if el is head:
            started = True
            continue
        if not started or not isinstance(el.tag, str):
            continue
        if el.tag not in HEADING_RUN:
            return None
        if el.tag == tei("head") and any(a.tag == tei("head") for a in el.iterancestors()):
            continue
        if el.tag == tei("head") and _names_a_text(head_title(el)):
            return head_title(el)
    return None


def head_title(head) -> str:
    """The heading's words as a title: without notes and the document number."""
    if head is None:
        return ""
    copy = deepcopy(head)
    etree.strip_elements(copy, tei("note"), tei("ptr"), with_tail=False)
    title = " ".join(text_of(copy).split())
    if re.fullmatch(r"\d{1,5}\.\s+[^\W\d_]+\.?", title):
        return title                  # an ordinal, one word: "143. Sitzung" (the 143rd sitting)
    roman = front.roman_doc_number(title)
    return title[roman.end():] if roman else front.DOC_NUMBER.sub("", title, count=1)


# a date in ISO form in a file's name: blog engines and archives name files by date
FILE_NAME_DATE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)-(\d\d)-(\d\d)(?!\d)")


DATE_KEY = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){1,2}date\s*:")


def fill_meta_from_text(meta: Meta, body, facts: dict, ctx: Context) -> None:
    """Title, date and language from the encoded text where the source gives no fields."""
    if facts.get("source_lines"):
        meta.citations.append(E.bibl("; ".join(facts["source_lines"]), type="source-lines"))
    hints = ctx.source.hints
    for label, value in facts.get("fields", []) + hints.fields:
        meta.extra_fields.append((label, value))
    _source_block_meta(meta, facts)
    if hints.url and not meta.source_url and safe_target(hints.url):
        meta.source_url = hints.url     # (a malformed address stays a field's words only)
    if hints.language and not meta.language_ident:
        primary = hints.language.split("-")[0].casefold()
        if re.fullmatch(r"[a-z]{2,3}", primary):
            meta.language_ident = primary
            meta.language = meta.language or LABELS.get(primary)    # the name, not the code
    if not meta.title and facts.get("head") is not None:
        hearingcover.cover_title(facts["head"], meta, ctx)   # "BEFORE THE …" over what it is
    if not meta.title and facts.get("head") is not None and _weekday_alone(
            head_title(facts["head"])):
        ctx.fired("weekday-no-title")             # "##### THURSDAY": a diary entry's head
    elif not meta.title and facts.get("head") is not None:
        meta.title = head_title(facts["head"])
        under = None if hints.title else _named_under_label(body, facts["head"])
        if under:                                 # (a title the file gives stays)
            meta.title = under
            ctx.fired("label-heading")
        sub = facts["head"].getnext()
        if "essay-subtitle" in ctx.rules and sub is not None and sub.tag == tei("head") \
                and sub.get("type") == "sub":     # "FEDERALIST No. 6: Concerning Dangers …"
            meta.title = f"{meta.title}: {' '.join(text_of(sub).split())}"
        if facts.get("other_title"):              # the act's own title under a register's
            meta.title = f"{meta.title}: {facts['other_title']}"
        if facts.get("subject"):                  # its kind and what it is about
            meta.title = _with_subject(meta.title, facts["subject"])
            ctx.fired("subject-title")
    if not meta.title:                            # Pelican's metadata lines: "title: …"
        meta.title = next((value.strip() for label, value in facts.get("fields", [])
                           if label.casefold() == "title" and value.strip()), None)
    if not meta.title:                            # a telegram's or memo's "SUBJECT:" line
        for item in body.iterfind(f".//{tei('list')}[@type='fields']/{tei('item')}"):
            subject = re.match(r"(?i)\s*subj(?:ect)?\s*:\s*(.+)", text_of(item))
            if subject:
                meta.title = " ".join(subject.group(1).split())
                break
    if not meta.title:                            # a cable's "SUBJECT: …" paragraph of its own
        for p in list(body.iter(tei("p")))[:15]:
            subject = re.match(r"\s*SUBJ(?:ECT)?\s*:\s*(\S.{2,200})$", text_of(p))
            if subject and len(re.findall(r"[^\W\d_]{2,}", subject.group(1))) >= 1:
                meta.title = " ".join(subject.group(1).split())
                ctx.fired("subject-title")
                break
    if not meta.title:          # a page that begins inside a text (a magazine's page 18):
        heads = (h for h in body.iter(tei("head"))    # its first heading further on names it
                 if h.getparent() is not None and h.getparent().tag == tei("div")
                 and h.get("type") is None and _names_a_text(text_of(h), dated=False))
        first = next(heads, None)
        if first is not None:
            meta.title = " ".join(text_of(first).split())
            ctx.fired("later-heading-title")
    if not meta.title:
        meta.title = f"Text encoded from {Path(ctx.source.path).name}"
        ctx.diags.warn("the text has no heading; the title is made from the file name "
                       "(give one with --title)", "no-title", 1, 1)
    # a dateline at the head of the text dates it first; one in a closer (a letter's or an
    # act's "DONE at …", at its end) only when nothing else does (below)
    datelines = body.findall(".//" + tei("dateline"))
    closing = [dl for dl in datelines if any(a.tag == tei("closer") for a in dl.iterancestors())]
    quoted = [dl for dl in datelines if any(a.tag == tei("floatingText")
                                            for a in dl.iterancestors())]
    closing += [dl for dl in quoted if dl not in closing]   # (a letter the text quotes
    #                                                          dates it only as a closer does)
    if not meta.date_iso and facts.get("cable_origin"):   # a cable's header "P R 281848Z DEC
        meta.date_iso, meta.date_text = facts["cable_date"]   # 66" over "FM …": its own date,
        ctx.fired("cable-date-time-group")                 # before a date its subject names
    if not meta.date_iso:
        _date_from_dateline(meta, [dl for dl in datelines if dl not in closing
                                   and not _under_dated_heading(body, dl)])
    if not meta.date_iso and facts.get("head") is not None:   # "# APRIL 1911"'s <date>
        _date_from_dateline(meta, [facts["head"]])
    if not meta.date_iso:
        _date_from_hints(meta, facts, ctx)
        if meta.date_text and ctx.closing_dates and any(
                meta.date_text in line and meta.date_text != line.strip(" .()[]")
                for line in facts.get("short_lines", [])):
            # a date inside a line of the page's introduction ("… abdication speech,
            # broadcast 11 December 1936.") is some event's; an act's own closing clause
            # ("In token whereof … this tenth day of December, …") dates the act
            meta.date_iso, _, meta.date_text = ctx.closing_dates[0]
            ctx.fired("act-date-over-introduction")
    if not meta.date_iso and facts.get("head") is not None and not facts.get("act_title"):
        # "# May 24, 2016 Meeting Notes" (an act's title dates the act it amends: "О внесении
        # изменений в Указ … от 10 апреля 2000 г.")
        heading = head_title(facts["head"])
        found = find_date(heading) or find_numeric_date(heading)
        if found:
            meta.date_iso, meta.date_text = found.when, heading[found.start:found.end]
    _interview_fields(meta, body, ctx)
    partial = meta.date_iso if meta.date_iso and len(meta.date_iso) < 10 else None
    fuller = (_date_field(body) or _block_field_date(hints)) if partial else None
    if partial and fuller and fuller[0].startswith(partial + "-"):
        # a heading names the month ("April 1839 – Liberty Jail Entries"), a "date:
        # 1839-04-01" field under it a day in that month: the same date, told more fully
        meta.date_iso, meta.date_text = fuller
        ctx.fired("date-field-refines")
    if not meta.date_iso:                         # a memo's "DATE: March 3, 1962" field
        field_date = _date_field(body) or _block_field_date(hints)
        if field_date:
            meta.date_iso, meta.date_text = field_date
    if not meta.date_iso:                         # a "DATE : 3/19/1963" line of its own
        paragraphs = list(body.iter(tei("p")))[:12]
        for k, p in enumerate(paragraphs):
            if PRINT_STAMP_PAGE.search(text_of(p)) or (k + 1 < len(paragraphs) and
                                                       PRINT_STAMP_PAGE.match(text_of(
                                                           paragraphs[k + 1]))):
                continue         # "Date : 08/04/98" over "Page : 1": the printout's stamp
            field = re.match(r"(?i)\s*date\s*:\s*(.{4,40})$", text_of(p))
            found = (find_date(field.group(1)) or find_numeric_date(field.group(1))
                     or find_rfc822_date(field.group(1))) if field else None
            if field and found:
                meta.date_iso = found.when
                meta.date_text = field.group(1)[found.start:found.end]
                break
    if not meta.date_iso and hints.title:        # <title>WoT Thing Description – 22 October 2025
        found = find_date(hints.title)
        if found:
            meta.date_iso, meta.date_text = found.when, hints.title[found.start:found.end]
            ctx.fired("date-from-title")
    if not meta.date_iso and facts.get("cable_date"):   # a cable's "201455Z NOV 91"
        meta.date_iso, meta.date_text = facts["cable_date"]
        ctx.fired("cable-date-time-group")
    if not meta.date_iso and facts.get("early_date"):   # "30 Octaber 1962" over a memo
        meta.date_iso, meta.date_text = facts["early_date"]
        ctx.fired("date-further-down")
    if not meta.date_iso and facts.get("cover_date"):   # a cover's "Hjortshög, den 12/3 1895"
        meta.date_iso, meta.date_text = facts["cover_date"]
        ctx.fired("date-cover-line")
    if not meta.date_iso:                         # the closing dateline, the act's date
        _date_from_dateline(meta, closing)
        _closing_date(meta, ctx)
    elif meta.date_text in (None, meta.date_iso):   # a field's "1806-08-15": the words
        _printed_date(meta, closing)                 # of the letter's "August 15, 1806"
    if not meta.date_iso and facts.get("closing_line"):   # a letter's, in its last lines
        meta.date_iso, meta.date_text = facts["closing_line"]
        ctx.fired("date-further-down")
    if not meta.date_iso:                         # "March 12th, 1816. Marshall, Ch. J., …"
        found_last = _closing_paragraph_date(body)
        if found_last:
            meta.date_iso, meta.date_text = found_last
            ctx.fired("date-opening-last-paragraph")
    if not meta.date_iso:                         # an inquisition's, a deed's opening
        found_reign = _regnal_opening_date(body)   # "the Twenty third day of March in the
        if found_reign:                            # Sixteenth year of the Reign of …"
            meta.date_iso, meta.date_text = found_reign
            ctx.fired("date-regnal-year")
    if not meta.date_iso:                         # a will's "In the name of God Amen the
        found_invoked = _invocation_date(body)     # fouertenth daie of Februarie …"
        if found_invoked:
            meta.date_iso, meta.date_text = found_invoked
            ctx.fired("date-after-invocation")
    if not meta.date_iso:                         # a diary's entries: their span
        _entries_span(meta, body, ctx)
    if not meta.date_iso:                         # "…, BY DEODAT LAWSON, 1692"; "Date: 1541"
        year = _year_alone(body, facts, hints.title)
        if year:
            meta.date_iso = meta.date_text = year
            ctx.fired("date-year-alone")
    if not meta.date_iso and ctx.era_dates:       # "… an(n)o del nasçimjento … de mjll (y)
        meta.date_iso, _, meta.date_text = ctx.era_dates[0]   # qujnjentos …": its year
    if not meta.date_iso and hints.post_date:     # a reposted act's opening clause
        found_act = _act_opening_date(body)
        if found_act:
            meta.date_iso, meta.date_text = found_act
            ctx.fired("date-act-opening")
    if not meta.date_iso:                         # Jekyll's _posts/1948-02-23-title.md
        named = FILE_NAME_DATE.search(Path(ctx.source.path).stem)
        if named and 1 <= int(named.group(2)) <= 12 and 1 <= int(named.group(3)) <= 31:
            meta.date_iso = meta.date_text = named.group(0)
            ctx.diags.info(f"the date {named.group(0)} is taken from the file name",
                           "date-from-file-name", 1, 1)
    _two_digit_years(meta, body, hints.title, ctx)
    if meta.date_text and colonial_form(meta.date_text):
        ctx.fired("date-forms-colonial")
    if not meta.language_ident:
        ident, language_name = guess_language(text_of(body, SAMPLE))
        if ident:
            meta.language_ident, meta.language = ident, language_name
    bilingual.language_versions(body, meta, ctx)


def _source_block_meta(meta: Meta, facts: dict) -> None:
    """The edition's source block (front.source_block) in the header: the archive and
    the shelfmark as msIdentifier's repository and idno (a source's reference that opens
    with an archive's siglum, "AGI, Panamá, 358", gives both), else the source as cited;
    the place where the document was written to creation (its date is read with the
    other dates)."""
    fields = facts.get("source_block", [])
    for kind, key, value in fields:
        value = value.strip()
        siglum = front.ARCHIVE_SIGLUM.match(value) if kind == "source" else None
        if kind == "archive" and not meta.repository:
            meta.repository = value
        elif kind == "shelfmark" and not meta.idno:
            meta.idno = value
        elif siglum and not meta.repository and not meta.idno:
            meta.repository, meta.idno = siglum.group("siglum"), siglum.group("rest")
        elif kind == "place" and not meta.place:
            meta.place = value.rstrip(".")
        elif kind != "date":
            meta.extra_fields.append(("source" if kind == "source" else key, value))
    if meta.idno and not meta.repository:     # (msIdentifier names the repository first)
        meta.extra_fields.append(("shelfmark", meta.idno))
        meta.idno = None


# a year set off at a title's end, as a title page prints its imprint ("A BRIEF AND TRUE
# NARRATIVE, BY DEODAT LAWSON, 1692", "Reports (1816)"); a record's date field that gives
# the year alone ("Date: 1541", an archive's catalogue entry)
TITLE_YEAR = re.compile(r"[,(\[]\s*(1[0-9]{3}|20[0-9]{2})\s*[)\]]?\.?$")
# a year that opens a title before a name, as family-history and register sites title an
# entry's page ("1804 Johann Heinrich Kleinschmidt", "1862 Letter of F.P. Black"): the
# year of the record, a name or a capitalised word after it (not "1200 miles", a number)
TITLE_LEADING_YEAR = re.compile(r"^(1[5-9][0-9]{2}|20[0-9]{2})\s+(?=[A-Z][a-z])")
YEAR_FIELD = re.compile(r"(?i)\s*date\s*:\s*(1[0-9]{3}|20[0-9]{2})\.?\s*$")


def _year_alone(body, facts: dict, hint_title: str | None) -> str | None:
    """The year the document is of, where nothing gives its day or month: a year at the
    end of its title, a date field's year, or a year named as the year ("na Seymie Roku
    1766. uczyniona.") in the title's line under the heading. Only a year the text sets
    apart as the document's: a year inside a sentence of the text may be any year."""
    head = facts.get("head")
    for title in ([head_title(head)] if head is not None else []) + [hint_title or ""]:
        found = TITLE_YEAR.search(title.strip()) or TITLE_LEADING_YEAR.match(title.strip())
        if found:
            return found.group(1)
    fields = body.iterfind(f".//{tei('list')}[@type='fields']/{tei('item')}")
    for el in [*list(body.iter(tei("p")))[:12], *fields]:
        found = YEAR_FIELD.match(text_of(el))
        if found:
            return found.group(1)
    under = head.getnext() if head is not None else None
    if under is not None and under.tag == tei("p") and len(text_of(under)) <= 300:
        for pattern in YEAR_ONLY_PATTERNS:
            found = pattern.search(text_of(under))
            if found:
                return found.group("year")
        found = TITLE_YEAR.search(text_of(under).strip())
        if found:                # a title page's title under the heading, its year at its
            return found.group(1)   # end: "… from the Nineteenth of March, to the Fifth of
    #                                 April, 1692."
    for p in list(body.iter(tei("p")))[:4]:
        found = IMPRINT_YEAR.search(text_of(p)[:300])
        if found:                # "Boston, Printed for Benjamin Harris …. 1692.": the imprint
            return found.group(1)   # of a title page
    return None


# a title page's imprint: the printer or publisher, then the year at the end of a sentence
IMPRINT_YEAR = re.compile(r"(?i)^\W{0,3}[\w .,'’-]{0,40}\b(?:printed|imprinted|published)\s+"
                          r"(?:for|by|at|in)\b[^\n]{0,200}?[.,]\s*(1[4-9][0-9]{2})\.(?:\s|$)")


# a date set off at a paragraph's start by a full stop or a dash, before its sentence:
# "March 12th, 1816. Marshall, Ch. J., delivered the opinion of the court"
OPENING_DATE_END = re.compile(r"\s*[.:—–]\s*(?:[—–-]\s*)?[A-Z]")


# the opening clause of an act, a council's minutes or a deed, where it was drawn up and
# on what day ("En la ciudad de Santiago de Guayaquil, á nuebe días del mes de Octubre de
# mil ochocientos veinte …", "In the city of Boston, on the fourth day of …", "Dans la ville
# de Lyon, le …", "In der Stadt Bremen, am …")
ACT_OPENING = re.compile(r"(?i)^\W{0,3}(?:en\s+la\s+(?:[\w ]{0,30}\s)?(?:ciudad|villa|"
                         r"puerto|pueblo)\s+de|in\s+the\s+(?:city|town|village|borough)\s+of|"
                         r"(?:dans|en)\s+la\s+ville\s+de|in\s+der\s+stadt|nella\s+citt[àa]\s+di|"
                         r"na\s+(?:cidade|vila)\s+de)\s")


def _act_opening_date(body) -> tuple[str, str] | None:
    """The date of an act's opening clause (ACT_OPENING) in one of the text's paragraphs,
    within its first 200 characters: the day the act was drawn up."""
    for p in body.iter(tei("p")):
        text = text_of(p).lstrip()
        if ACT_OPENING.match(text):
            found = find_date(text[:200])
            if found and len(found.when) >= 10:
                return found.when, text[found.start:found.end]
    return None


def _regnal_opening_date(body) -> tuple[str, str] | None:
    """A day and a month in a year of the sovereign's reign, in the first 800 characters of
    one of the text's first three paragraphs: the day an English legal record (an
    inquisition, an indictment, a deed) was taken."""
    for p in list(body.iter(tei("p")))[:3]:
        text = text_of(p)[:800]
        found = regnal_date(text, None) if "reign" in text.lower() else None
        if found:
            return found.when, text[found.start:found.end]
    return None


# the invocation a will or a deed opens with ("In the name of God Amen", "In Dei nomine
# Amen", "In the name of the Father, and of the Son …")
INVOCATION = re.compile(r"(?i)^\W*(?:in\s+(?:the\s+)?name\s+of\s+(?:god|the\s+father)\b|"
                        r"in\s+(?:dei\s+)?nomine\b|au\s+nom\s+de\s+dieu\b)")


def _invocation_date(body) -> tuple[str, str] | None:
    """A full date within the first sentence of a text that opens with an invocation ("In
    the name of God Amen the fouertenth daie of Februarie in the yeare of our Lord god One
    thousand five hundred ninetie eighte I Seth Ward …"): the day the will was made."""
    first = next(iter(body.iter(tei("p"))), None)
    if first is None:
        return None
    if first.find(tei("lb")) is not None:      # (the original's line ends: spaces here)
        first = copy.deepcopy(first)
        for lb in first.iter(tei("lb")):
            lb.tail = ("" if lb.get("break") == "no" else " ") + (lb.tail or "")
    text = text_of(first)[:400]
    if not INVOCATION.match(text):
        return None
    found = find_date(text)
    if found is None or len(found.when) < 10 or re.search(r"[a-z]{2}[.;!?]\s",
                                                          text[:found.start]):
        return None
    return found.when, text[found.start:found.end]


def _closing_paragraph_date(body) -> tuple[str, str] | None:
    """A date that opens one of the text's last paragraphs, set off from what follows it:
    a court report prints the day of the decision at the head of the opinion, which closes
    the report, and minutes or a letter's last part open with the day they were written.
    A full date only (a month or a year alone there may be any day's)."""
    for p in list(body.iter(tei("p")))[-3:][::-1]:
        text = text_of(p).lstrip()
        found = find_date(text[:60])
        if found and found.start == 0 and len(found.when) >= 10 \
                and OPENING_DATE_END.match(text, found.end):
            return found.when, text[found.start:found.end]
    return None


def _two_digit_years(meta: Meta, body, title: str | None, ctx: Context) -> None:
    """A date written with two figures of its year ("19.8.92.", read as of the 20th
    century) in the century of the year the document's title or headings state in four
    figures that ends in the same two ("Brief … vom 19. August 1892"): 1892-08-19."""
    _hand_two_digit_years(meta, body, title, ctx)
    dates = [d for d in body.iter(tei("date")) if len(d.get("when") or "") >= 4
             and TWO_DIGIT_YEAR.search(text_of(d)) and not YEAR.search(text_of(d))]
    if not dates:
        return
    stated = " ".join([meta.title or "", title or ""] +
                      [text_of(h) for h in body.iter(tei("head"))])
    years = [int(y) for y in YEAR.findall(stated)]
    for d in dates:
        when = in_century_of(d.get("when"), years)
        if when != d.get("when"):
            if meta.date_iso == d.get("when"):
                meta.date_iso = when
            d.set("when", when)
            ctx.fired("two-digit-year-century")


FULL_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)(?!\d|[.,]\d)")


def _hand_two_digit_years(meta: Meta, body, title: str | None, ctx: Context) -> None:
    """A hand's dateline with a year of two figures ("Febuary 3d 64", "Janry 1 '65";
    dates.hand_date) has the century the document makes evident: that of a year in four
    figures the document states elsewhere (its title, the header's, its text) that ends in
    the same two figures, else that of all its years in four figures where they share one
    century; else no @when (the words stay the date's)."""
    dates = [d for d in body.iter(tei("date")) if len(d.get("when") or "") >= 10
             and HAND_TWO_DIGIT_YEAR.search(text_of(d)) and not FULL_YEAR.search(text_of(d))]
    if not dates:
        return
    header = meta.date_iso if meta.date_iso not in {d.get("when") for d in dates} else ""
    text = " ".join([meta.title or "", title or "", header or "", text_of(body)])
    for d in dates:                            # (its own text has no year of four figures)
        text = text.replace(text_of(d), " ")
    years = {int(y) for y in FULL_YEAR.findall(text)}
    for d in dates:
        two = int(d.get("when")[2:4])
        centuries = {y // 100 for y in years if y % 100 == two} or {y // 100 for y in years}
        was = d.get("when")
        ctx.fired("hand-dateline")
        if len(centuries) == 1:
            when = f"{centuries.pop():02d}{was[2:]}"
            d.set("when", when)
        else:
            when = None
            del d.attrib["when"]
            ctx.fired("two-digit-year-open")
        if meta.date_iso == was:
            meta.date_iso = when
            if when is None:
                meta.date_text = None


def _entries_span(meta: Meta, body, ctx: Context) -> None:
    """A diary's (a journal's, a log's) date where nothing else dates it: the span of its
    entries' dated headings, as far as they agree ("6 september" … "9 september" of 1944:
    1944-09; @when alone, as the checkers and TEI's att.datable.w3c want one form), the
    first and last heading as printed."""
    dated = [d for d in body.iterfind(f".//{tei('div')}/{tei('head')}/{tei('date')}")
             if len(d.get("when") or "") == 10]
    if len(dated) < 2:
        return
    first, last = dated[0].get("when"), dated[-1].get("when")
    for size in (10, 7, 4):
        if first[:size] == last[:size]:
            meta.date_iso = first[:size]
            break
    else:
        return
    texts = [" ".join(text_of(d).split()) for d in (dated[0], dated[-1])]
    meta.date_text = texts[0] if first == last else f"{texts[0]} – {texts[1]}"
    ctx.fired("date-of-entries")


INTERVIEW_FIELD = re.compile(r"(?i)\s*(?P<key>interviewers?|interviewed\s+by|interview\s+by|"
                             r"interview\s+(?:place|location)|place|location|"
                             # who was interviewed (IEEE's "INTERVIEW: Ruzena Bajcsy")
                             r"interviewees?|narrators?|interview(?:\s+with)?)\s*:\s*"
                             r"(?P<value>\S.*)$")
INTERVIEWEE_KEY = re.compile(r"(?i)interviewees?|narrators?|interview(?:\s+with)?")


def _interview_fields(meta: Meta, body, ctx: Context) -> None:
    """An interview's field list (INTERVIEW: / INTERVIEWER: / DATE: / PLACE:): who
    interviewed (the header's respStmt) and where (creation's place), where the list
    names an interview."""
    for lst in body.iterfind(f".//{tei('list')}[@type='fields']"):
        items = [text_of(item) for item in lst.iterfind(tei("item"))]
        if not any(re.match(r"(?i)\s*interview", t) for t in items):
            continue
        for text in items:
            m = INTERVIEW_FIELD.match(text)
            if m is None:
                continue
            value = " ".join(m.group("value").split()).rstrip(".")
            if INTERVIEWEE_KEY.fullmatch(m.group("key").strip()):
                if value not in meta.interviewees:
                    meta.interviewees.append(value)
                    ctx.fired("interview-roles")
                continue
            if m.group("key").casefold().startswith("interview") and \
                    "place" not in m.group("key").casefold() and \
                    "location" not in m.group("key").casefold():
                if value not in meta.interviewers:
                    meta.interviewers.append(value)
                    ctx.fired("interviewer")
                    ctx.fired("interview-roles")
            elif not meta.place:
                meta.place = value
        return


def _date_field(body) -> tuple[str, str] | None:
    """The date of the first date field of the text's field lists ("DATE: 02/18/1964", a
    judgment's "Decision Date :20 November 2017")."""
    for item in body.iterfind(f".//{tei('list')}[@type='fields']/{tei('item')}"):
        text = text_of(item)
        found = (find_date(text) or find_numeric_date(text) or find_rfc822_date(text)) \
            if text.casefold().startswith("date") or DATE_KEY.match(text) else None
        if found:
            return found.when, text[found.start:found.end]
    return None


def _block_field_date(hints) -> tuple[str, str] | None:
    """The date of a metadata block's date field further down the text ("date: 1839-04-01"
    under "## April 1839 – Liberty Jail Entries"), as a field list's date."""
    value = hints.field_date
    found = (find_date(value) or find_numeric_date(value)) if value else None
    return (found.when, value[found.start:found.end]) if found else None


def _under_dated_heading(body, dateline) -> bool:
    """Is *dateline* a section's (a letter's of a collection under headings) with a heading
    before it that gives a date ("#### [1924-04-01 To Tony]" over an undated letter, then
    "#### [1924-04-06 To Slim]" / "Friday Harbor - April 6, 1924")? Then that earlier
    heading's date, not this later letter's, dates the text (by the rules after)."""
    if not any(a.tag == tei("div") and a.get("type") in ("section", "letter", "entry")
               for a in dateline.iterancestors()):
        return False
    for el in body.iter(tei("head"), tei("dateline")):
        if el is dateline:
            return False
        if el.tag == tei("head") and find_date(text_of(el)):
            return True
    return False


def _date_from_dateline(meta: Meta, datelines: list) -> None:
    """The date of the first of *datelines* that has one."""
    for dateline in datelines[:1]:
        date = dateline.find(tei("date"))
        if date is not None and date.get("notBefore") and date.get("notAfter"):
            meta.date_iso = date.get("notBefore")   # known within bounds: its first day
            meta.date_bounds = {k: v for k in ("notBefore", "notAfter", "cert")
                                if (v := date.get(k))}
            meta.date_text = re.sub(r"(?<!m)\.$", "", text_of(date).strip().rstrip(",;"))
        elif date is not None and (date.get("when") or date.get("from")):
            meta.date_iso = date.get("when") or date.get("from")   # a range: its first day
            if date.get("cert"):
                meta.date_bounds = {"when": meta.date_iso, "cert": date.get("cert")}
            # the date as printed, without the dateline's closing punctuation ("p.m." stays)
            meta.date_text = re.sub(r"(?<!m)\.$", "", text_of(date).strip().rstrip(",;"))


def _printed_date(meta: Meta, datelines: list) -> None:
    """The date as a closing dateline prints it, where it is the date a field gave."""
    for dateline in datelines:
        date = dateline.find(tei("date"))
        if date is not None and (date.get("when") or date.get("from")) == meta.date_iso:
            meta.date_text = re.sub(r"(?<!m)\.$", "", text_of(date).strip().rstrip(",;"))
            return


def _closing_date(meta: Meta, ctx: Context) -> None:
    """The date of an act's closing clause ("DONE at Geneva the twenty-fifth day of
    September, …"); where its versions in two languages disagree ("le 5 avril 1938" /
    "den 5den April 1933"), the first is taken and the difference reported."""
    dates = ctx.closing_dates
    if not dates:
        return
    if not meta.date_iso:
        meta.date_iso, _, meta.date_text = dates[0]
    others = [(when, line) for when, line, _ in dates[1:] if when != dates[0][0]]
    if others:
        ctx.diags.warn(f"the closing clauses give different dates: {dates[0][0]} (line "
                       f"{dates[0][1]}) and {others[0][0]} (line {others[0][1]}); the first "
                       "dates the document: check which is right", "dates-disagree",
                       others[0][1], 1)


# a field whose label names an identifier: a date in its value is part of the number
# (the British Museum's registration numbers "1896-03-26, 0031", an archive's "Signatur")
IDENTIFIER_LABEL = re.compile(
    r"(?i)^\s*(?:(?:accession|museum|registration|reg\.?|inventory|inv\.?|object|item|"
    r"catalogue|cat\.?|call|record|acquisition|lot|box|folder)\s*(?:no\.?|nr\.?|number|#|id)"
    r"|inv\.?-?nr\.?|signatur|cote|shelf\s*-?mark|call\s+number|identifier|id|urn|doi|"
    r"isbn|issn|ark|[\w .]{0,30}\bark)\s*:")
RUNNING_NUMBER = re.compile(r"\s*,\s*\d{3,}\b")


def _weekday_alone(title: str | None) -> bool:
    """A heading that is a weekday's name and nothing else ("THURSDAY", "Jueves."): the
    heading of a diary's entry, never the document's title."""
    return bool(title) and WEEKDAY.fullmatch(re.sub(r"[\W_]+", "", title or "")) is not None


def _identifier_date(text: str, start: int, end: int) -> bool:
    """Is the date found at text[start:end] part of an identifier: in a field whose label
    names one ("Accession no.: 1896-03-26, 0031"), or an ISO date run on by ", NNNN" (a
    running number after the day of registration)?"""
    return bool(IDENTIFIER_LABEL.match(text[:start]) or (
        re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[start:end].strip())
        and RUNNING_NUMBER.match(text, end)))


# a date field's year with a season or a part of it ("ltr_date: spring 997", "late 1204"):
# the year is the date, the words as given; the medieval years of letter editions (three
# figures) too, since the field names a date
SEASON_YEAR = re.compile(r"(?i)(?:(?:early|late|mid|spring|summer|autumn|fall|winter|"
                         r"printemps|été|automne|hiver|primavera|verano|otoño|invierno|"
                         r"estate|autunno|inverno|ver|aestas|autumnus|hiems)\s+(?:of\s+)?)?"
                         r"(?P<y>\d{3,4})")


def _date_from_hints(meta: Meta, facts: dict, ctx: Context) -> None:
    """The document's date from what the format says (front matter, the page's <time>)
    or from the source's own citation lines ("(Wednesday, July 20, 2005)")."""
    candidates = []
    hinted = ctx.source.hints.date
    if ctx.source.hints.date:
        candidates.append(ctx.source.hints.date)
    # the metadata lines' date keys, the best first ("PubDate:" over "Date:"); a file's
    # modification stamp ("Date: Mon Aug  4 09:08:54 EDT 2014") is no date of the document
    keys = frontmatter.DOCUMENT_DATE_KEYS
    candidates.extend(value for _, label, value in sorted(
        (keys.index(label.casefold()), label, value) for label, value in facts.get("fields", [])
        if label.casefold() in keys and not frontmatter.is_file_stamp(value)))
    candidates.extend(value for kind, _, value in facts.get("source_block", [])
                      if kind == "date")          # an edition's "Fecha: 8 de marzo de 1783"
    fielded = set(candidates)          # a field's whole value (it names a date)
    candidates.extend(facts.get("source_lines", []))
    candidates.extend(facts.get("short_lines", []))
    for text in candidates:
        iso = re.match(r"^((?:1\d{3}|20\d{2})(?:-\d{2}(?:-\d{2})?)?)(?:[T ][\d:.+\-Z]*)?$",
                       text.strip())
        if iso and iso_date(*(int(x) for x in iso.group(1).split("-")), *(None,) * (
                2 - iso.group(1).count("-"))):       # ("0000" or "1999-13" is no date)
            meta.date_iso = meta.date_text = iso.group(1)
            return
        bounds = datebounds.field_bounds(text) if text is hinted or text in fielded else None
        if bounds is not None:            # "ltr_date: 1107-1120", "Date: 980's", "c. 1650"
            meta.date_bounds, meta.date_iso = bounds
            meta.date_text = " ".join(text.split())
            ctx.fired("date-bounds")
            return
        year = SEASON_YEAR.fullmatch(" ".join(text.split())) if text is hinted else None
        if year and 500 <= int(year.group("y")) <= 2099:
            meta.date_iso, meta.date_text = year.group("y").zfill(4), " ".join(text.split())
            ctx.fired("front-matter-season-year")
            return
        found = find_date(text)
        if found and _identifier_date(text, found.start, found.end):
            ctx.fired("identifier-not-date")
            continue
        if found:
            meta.date_iso, meta.date_text = found.when, text[found.start:found.end]
            if found.not_before or found.cert:        # "May–June 1915": within bounds
                meta.date_bounds = dateranges.date_attrs(found)
            return


def page_range(body) -> tuple[str | None, str | None]:
    """First and last page of the text from its <pb/>s; a text that starts before the first
    break starts on the page before it."""
    pbs = [pb.get("n") for pb in body.iter(tei("pb")) if pb.get("n")]
    if not pbs:
        return None, None
    first = pbs[0]
    if first.isdigit() and _text_before_first_pb(body):
        first = str(int(first) - 1)
    return first, pbs[-1]


def _text_before_first_pb(body) -> bool:
    seen = []
    for el in body.iter():
        if el.tag == tei("pb"):
            break
        if el.tag in (tei("p"), tei("sp"), tei("item")) and text_of(el).strip():
            seen.append(el)
    return bool(seen)


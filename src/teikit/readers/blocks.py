"""Block-level rules shared by every source style: paragraphs, speaker turns, stage
directions, page breaks, lists, quotations (a letter's parts: letters.py).

``build_text(div, blocks, ctx)`` appends the TEI for the document's text blocks to *div*.
Blocks are first classified (one small rule each), then speaker labels are accepted for the
whole document at once, then the units are written out in order.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from lxml import etree

from ..formats import marks, tables
from ..formats.marks import HI, plain
from ..sourcetext import Block, Line
from ..tei import E, sub, tei, text_of
from . import eschatocol
from .context import Context
from .dates import (
    DAY_MONTH,
    ENTRY_LEAD,
    MONTHS,
    WEEKDAY,
    YEAR,
    DateFound,
    date_at,
    day_heading,
    find_date,
)
from .inline import INCIDENT_IN_PARENTHESES, TIME_IN_BRACKETS, fill
from .layout import STAMP, is_cjk, join_hyphenated, join_spans
from .letters import (
    MAIL_ADDRESS,
    SALUTE_RUN_IN,
    SLASHED_NAME,
    address_run_in,
    embedded_letters,
    find_letter_parts,
    initials_signed,
    is_salutation,
    letter_marks,
    letters_apart,
    letters_at_rules,
    letters_in_turns,
    name_only,
    named_part,
    official_address,
)
from .quotes import block_quotes
from .shapes import (
    ARTICLE_HONORIFIC,
    CAPITALS,
    CJK_ENDS,
    CLOSE_PUNCT,
    FIELD_LABELS,
    FUNCTION_WORDS,
    HYPHEN_BROKEN,
    PARTICLES,
    SMALL_LETTERS,
    TITLE_WORDS,
    TITLES,
    ends_mid_sentence,
    is_caps_heading,
    is_wrapped,
    label_shape_ok,
    looks_like_title,
    may_open_with_title,
    without_end_markers,
)
from .span import Span
from .unit import Unit

PAGE_LINE = re.compile(r"^\[\s*page(?:\s+(?P<n>[^\s\]]{1,12}))?\s*\]$", re.I)
COLUMN_LINE = re.compile(r"^\[Column (?P<n>\d{1,5}[a-z]?)\]$")
# A timestamp of a recorded transcript: [00:04:17], [-00:01:57:00], [12:03]
# [00:04:17], (00:04:17), [-00:01:57:00], or 00:04:17 bare (hours, minutes, seconds)
TIMESTAMP = re.compile(r"^(?:\[\s?(?P<t>" + TIME_IN_BRACKETS + r")\s?\]|\((?P<tp>" + STAMP + r")\)|"
                       r"(?P<tb>\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)(?=\s))")
# A transcriber's annotation line (Spacelog and similar): _note: …, _comment: …, _lang: en
ANNOTATION = re.compile(r"^_(?P<key>[a-z]{2,12}):\s*(?P<value>.*)$")
PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:(?i:" + TITLES + r")\.?\s+){1,3}(?:[A-Z]\.\s*|[A-Z][\w'’\-]*\s+){0,3}"
    r"[A-Z][\w'’\-]+(?:\s+(?:pro\s+tempore|of\s+[A-Z][a-z]+))?(?:\s+\([^()]{1,120}\))?)"
    r"\.(?:-|–|—)?\s+(?=\S)")           # ("HON. M.R. LEAWERE.- Thank you": Fiji's Hansard)
# The Pacific Hansards' label: a title, a name in capitals (an electorate and office in
# parentheses) and a dash: "Mr PATRICK BASA - Good morning", "Mr ASSISTANT SPEAKER- Order",
# "Mr JIMMY UGURO (Kabwum — Minister for Education) — Thank you" (Papua New Guinea); the
# capitals are what tell the label from a sentence about Mr Smith with a dash in it
DASH_LABEL = re.compile(
    r"^(?P<label>(?P<name>(?:(?i:" + TITLES + r")\.?\s+){1,3}[A-Z][A-Z'’\-]*[A-Z](?:\s+[A-Z]"
    r"[A-Z'’\-]*[A-Z]){0,4})(?:\s+\([^()]{1,120}\))?)\s*(?:-|–|—)\s+(?=\S)")
# A play's or a minute's label in capitals, with a full stop: "HAMLET. To be, or not to be"
# (capitals of any script: the stenograms of the Verkhovna Rada, the State Duma, the
# Bulgarian and Serbian assemblies, "ГОЛОВА. Шановні …", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ."; a surname
# with its initials, two or three, "СИМОНЕНКО П.М. Фракція …", "ЖИРИНОВСКИЙ В. В.",
# "SIMONENKO P.M." (one is a number: "ACT I. Algernon Moncrieff's Flat");
# the full stop glued to the speech, "ГОЛОВА.Шановні", when a capital and a small letter
# follow it)
CAPS_WORD = "[" + CAPITALS + "][" + CAPITALS + "'’\\-]+"
CAPS_LABEL = re.compile(r"^(?P<label>" + CAPS_WORD + r"(?:\s+" + CAPS_WORD + r"){0,3}"
                        r"(?:\s+[" + CAPITALS + r"]\.(?:\s?[" + CAPITALS + r"]\.){1,2}"
                        r"(?=,?\s+(?!" + CAPS_WORD + r"[\s.,])\S))?)"
                        r"(?:(?<=\.),?\s+|\.\s+|\.(?=[" + CAPITALS + "][" + SMALL_LETTERS + r"]))"
                        r"(?=\S)"
                        # one name, a dash, speech in mixed case: "JUDOC.--Maar …" (not
                        # "LETTER III.--TO JOHN JAY")
                        r"|^(?P<dashed>" + CAPS_WORD + r")\.\s*(?:--|—|–)\s*(?=[" + CAPITALS
                        + r"]?[" + SMALL_LETTERS + r"])")
# A play's label in mixed case as e-texts set it, two spaces or a dash after the full stop:
# "Algernon.  Did you hear what I was playing, Lane?", "Lady Bracknell.--Good afternoon"
PLAY_LABEL = re.compile(r"^(?P<label>(?!(?i:" + TITLES + r")\.)[A-Z][a-z’'\-]+"
                        r"(?:\s+[A-Z][a-z’'\-]+){0,2})\.(?:\s{2,}|\s*(?:--|—)\s*)(?=\S)")
CLASSIFICATION_WORDS = re.compile(r"(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|"
                                  r"URGENT|PRIORITY|NIACT|IMMEDIATE|PERSONAL|EYES\s+ONLY|"
                                  r"NOTE|NOTES|PS|NB|END|MEMORANDUM|SUBJECT|REF")
QA_LABEL = re.compile(r"^(?P<label>[QA])(?:[.:]|\s{2,}|\u00a0)\s*(?=\S)")
# A stage direction in parentheses; never an enumeration's mark: (a), (2), (iv)
ENUMERATOR = r"(?!\((?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})\))"
STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?$")
LEADING_STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?(?=\s)")
LABEL = re.compile(r"^(?P<label>[^\s:：\[(\"“‘'][^:：\n]{0,60}?)\s*(?::(?:\s+|$)|：)")
# a chat's or scribe's nickname: "<Ege> +1", "mk: that makes sense" (kept as a speaker only
# when several such names recur: see accept_speakers)
NICK_LABEL = re.compile(r"^(?:<(?P<angle>[A-Za-z_\[\]^{}|`][\w\[\]^{}|`.-]{0,19})>|"
                        r"(?P<colon>[a-z][a-z0-9_.-]{0,15}):)\s+(?=\S)")
NOT_NICKS = {"http", "https", "ftp", "mailto", "file", "urn", "tel", "data", "e.g", "i.e",
             "note", "see", "nb", "ps", "re", "cc", "fw", "fwd", "to", "from", "subject",
             "date", "action", "resolved", "resolution", "topic", "agenda", "present"}
# A table of contents' line: dot leaders (or their garbled copy) and a page number
CONTENTS_LINE = re.compile(r"(?:\.{4,}|…{2,}|\ufffd{2,}|(?:\.\s){3,}|\s{4}|\t)\s*+\d{1,4}\s*$")
# An office with the holder's name, as Westminster-style reports print it: "Minister of State
# at the Department of Finance (Deputy Sean Fleming): I am taking …"
OFFICE_LABEL = re.compile(r"^(?P<label>[A-Z][^:()\n]{2,90}?\s\((?P<name>(?:Deputy|Senator|Mr|Mrs|"
                          r"Ms|Dr|Lord|Lady|Baroness|Sir|Dame|Hon|Cllr|Councillor|Teachta|"
                          r"Minister|Professor|Prof)\.?\s[^():\n]{2,50})\))\s*:(?:\s+|$)")
# the same with the holder's name in square brackets, as the Malaysian Hansard prints an
# office's label ("Menteri Perdagangan Dalam Negeri dan Hal Ehwal Pengguna [Dato’ Shahrir
# Abdul Samad]:", "Timbalan Menteri Pelajaran [Datuk Razali Ismail]:")
OFFICE_LABEL_BRACKETS = re.compile(r"^(?P<label>[A-Z][^:()\[\]\n]{2,90}?\s\[(?P<name>[A-Z]"
                                   r"[^\[\]:\n]{2,60})\])\s*:(?:\s+|$)")
LABEL_LINE = re.compile(r"^(?P<label>[^\s\[(\"“‘'][^\n]{0,58}?)[.:]?$")
# "1. ", "(a) " opening a paragraph; not the initials of a name ("R. P. Marie-Et. Vayssière")
# (not a newspaper's volume year in its masthead, "75. ANNÉE. — No 27.687", "12. Jahrgang")
NUMBERED = re.compile(r"^(?P<mark>\(?(?P<n>\d{1,2}|[a-zA-Z])[.)])\s+(?![A-Z]\.)"
                      r"(?!(?i:ann[ée]e|jahrgang|jahrg\.|jaargang|[åa]rg[åa]ng|year|vol\.|volume"
                      r"|anno)(?!\w))\S")
# after an emphasised name: a direction in parentheses maybe, then a full stop or colon
ITALIC_LABEL_END = re.compile(r"(?P<stage>\s*\([^()]{1,40}\))?\s*[.:]\s+(?=\S)")
SPEECH = {tei(name) for name in ("p", "stage", "list", "table", "quote", "floatingText")}
TEXT_BLOCKS = {tei(name) for name in ("p", "sp", "stage", "list", "quote", "floatingText", "div",
                                     "table")}
# ----------------------------------------------------------------------------- classify

def is_table(block: Block) -> bool:
    """A table the source format read (formats.tables): one line, never taken apart."""
    return tables.is_table(block.lines[0].kind)


def classify(block: Block, ctx: Context) -> list[Unit]:
    lines = block.lines
    if tables.is_table(lines[0].kind):
        if len(lines) == 1:
            return [Unit("table", block, span=Span.of_line(lines[0]))]
        return [u for ln in lines for u in classify(Block([ln]), ctx)]
    if lines[0].kind == "stage":         # a stage direction the format sets apart (a
        return [Unit("stage", block,     # play's row with no speaker: formats.tables)
                     span=Span.of_lines(lines, " ").strip())]
    if lines[0].kind == "mail-header":   # an e-mail's header (mail_headers)
        return [Unit("list", block, items=[_item(ln) for ln in lines], list_type="fields")]
    if lines[0].kind.startswith("mail-quote"):   # the message replied to: a paragraph
                                                  # of a <quote>
        return [_as_para(block, _joined([Span.of_line(ln) for ln in lines], lines, ctx))]
    lead = lines[0].text.lstrip()[:1]
    if lead in "[(_#0123456789\ufdd0\ufdd2":       # marks, stamps, annotations start so
        columns = [COLUMN_LINE.match(ln.text.strip()) for ln in lines]
        if all(columns):
            return [Unit("cb", block, n=m.group("n")) for m in columns if m]
        if all(PAGE_LINE.match(ln.text.strip()) for ln in lines):
            return [Unit("pb", block, n=_page_n(ln.text))
                    for ln in lines]
        texts = [plain(ln.text).strip() for ln in lines]
        if all(_stamp_alone(t) for t in texts):
            return [Unit("time", block, n=_stamp(t + " ")) for t in texts]
        if all(ANNOTATION.match(t) for t in texts) or (
                all(t.startswith("# ") for t in texts) and has_annotations(ctx)):
            return [Unit("annotation", Block([ln]), span=Span.of_line(ln).strip())
                    for ln in lines]
    if lines[0].kind[:1] == "h" and len(lines) <= 3 and not (   # a heading the format
            len(lines) > 1 and _label_alone(Block(lines[:1]))):    # marks (not a label's)
        span = Span.of_lines(lines, " ").strip()
        if 0 < len(span.text) <= 300:
            return [Unit("section", block, span=span, n=lines[0].kind[1:])]
    if lead == "(" and STAGE.match(" ".join(ln.text.strip() for ln in lines)):
        return [Unit("stage", block, span=Span.of_lines(lines, " ").strip())]
    unit = (_as_fields(block) or _as_names(block) or _as_turn(block, ctx)
            or _as_label_line_turn(block)
            or _as_list(block))
    if unit:
        return [unit]
    return [_as_para(block, _joined([Span.of_line(ln) for ln in lines], lines, ctx))]


def _page_n(text: str) -> str | None:
    m = PAGE_LINE.match(text.strip())
    return m.group("n") if m else None


def _stamp_alone(text: str) -> bool:
    m = TIMESTAMP.match(text + " ")
    return m is not None and m.end() >= len(text)


def _stamp(text: str) -> str | None:
    m = TIMESTAMP.match(text)
    return (m.group("t") or m.group("tp") or m.group("tb")) if m else None


def is_page_block(block: Block) -> bool:
    return len(block.lines) == 1 and bool(PAGE_LINE.match(block.lines[0].text.strip()))


def page_break(block: Block, ctx: Context):
    n = _page_n(block.lines[0].text)
    ctx.fired("pb")
    return E.pb(n=n) if n else E.pb()


def has_annotations(ctx: Context) -> bool:
    """Does the transcript carry annotation lines (_note:, _comment:)? Then '# ' lines
    are the transcriber's comments too."""
    if ctx.annotated is None:
        ctx.annotated = any(ANNOTATION.match(line) for line in ctx.source.lines)
    return ctx.annotated


def _as_para(block: Block, span: Span) -> Unit:
    span = span.strip()
    m = NUMBERED.match(span.text)
    if m and (DAY_MONTH.match(span.text.strip()) or (
            m.group("n").isalpha() and span.text[m.end("mark"):].lstrip()[:1].isdigit())):
        m = None                        # "d. 10 Fbr": a letter's date, not point d; "n. 23":
                                        # an abbreviation before a number (numero, page)
    return Unit("para", block, span=span, n=m.group("n") if m else None)


def _as_list(block: Block) -> Unit | None:
    lines = block.lines
    if len(lines) < 2:
        return None
    first = lines[0].text.strip()
    rest = list(lines[1:])
    head_label = first.rstrip(":").strip()
    # (a line in capitals that ends in a comma is no list's heading but the start of a
    # sentence set in lines: a dedication's "THIS JOURNAL, / ORIGINALLY KEPT FOR HER, / IS
    # MOST AFFECTIONATELY / DEDICATED.", a title page's, an epitaph's)
    if (is_caps_heading(first) and len(first.split()) <= 4 and not first.endswith((".", ","))
            and (head_label.casefold() in FIELD_LABELS or _parallel(rest))) or (
            first.endswith(":") and head_label.casefold() in FIELD_LABELS):
        items = [_item(ln) for ln in rest]
        kind = re.sub(r"[^a-z]+", "-", head_label.casefold()).strip("-") or "items"
        return Unit("list", block, head=Span.of_line(lines[0]).strip(), items=items,
                    list_type=kind)
    body = [ln for ln in lines if not PAGE_LINE.match(ln.text.strip())]
    if len(body) >= 2 and all(NUMBERED.match(ln.text.strip()) for ln in body):
        return Unit("list", block, items=[_item(ln) for ln in lines], list_type="ordered")
    return None


def _parallel(lines: list[Line]) -> bool:
    """Lines under a capitals line that are a list's items, not a text running on under
    its heading (a print's title block "DEKLARACYA / Jmieniem KROLA … na Seymie Roku
    1766. / uczyniona.", an addressee's block "SEKRETARIAT KOMITETU … / w/m."): two at
    least, none opening in lower case or ending in a sign that a word or a sentence goes
    on (-, =, :), and not one sentence cut into lines (only the last ending in a full stop,
    the lines as long as a text's)."""
    texts = [plain(ln.text).strip() for ln in lines]
    if len(texts) < 2 or any(t[:1].islower() or t.endswith(("-", "=", ":")) for t in texts):
        return False
    if texts[-1].endswith(".") and not any(t.endswith((".", ";", "!", "?")) for t in texts[:-1]) \
            and any(t.endswith(",") for t in texts[:-1]):
        return False      # one sentence set in lines, its clauses ending in commas
    words = sum(len(t.split()) for t in texts)
    return not (texts[-1].endswith(".") and words >= 4 * len(texts)
                and not any(t.endswith((".", ";", "!", "?")) for t in texts[:-1]))


FIELD_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z .]{0,30}?)(?:\s+\d[\d.]*)?\s*:\s+\S")
# ("E.O. 11652: GDS": a field whose label carries the order's number)


def _as_fields(block: Block) -> Unit | None:
    """A memo's or telegram's header lines (TO: / FROM: / DATE: / SUBJECT:): a list."""
    if len(block.lines) < 2:
        return None
    if block.lines[0].kind == "field":   # a record's fields (the layout found them)
        return Unit("list", block, items=[_item(line) for line in block.lines],
                    list_type="fields")
    labels = [FIELD_LINE.match(line.text.strip()) for line in block.lines]
    if not all(m and m.group("label").casefold().rstrip(".") in FIELD_LABELS for m in labels) \
            and not _interview_fields(block, labels):
        return None
    return Unit("list", block, items=[_item(line) for line in block.lines], list_type="fields")


# An oral history's header block ("INTERVIEWEE: Tatsuo Arai" / "INTERVIEWER: Peter Asaro" /
# "DATE: 4 November 2013" / "PLACE: Tokyo, Japan": the IEEE History Center's, the Computer
# History Museum's, NASA's, the Smithsonian's and the university programmes' transcripts):
# fields, not turns, where each names a person, a date or a place (no sentence after it);
# "Interviewer: So what …" in the dialogue stays a turn
INTERVIEW_FIELDS = {"interviewee", "interviewees", "interviewer", "interviewers", "narrator",
                    "interviewed by", "interview by", "transcribed by", "transcriber",
                    "transcription", "recorded by", "length", "duration", "audio", "video",
                    "interview date", "interview location", "interview place"}


def _interview_fields(block: Block, labels: list) -> bool:
    names = [m.group("label").casefold().rstrip(".") if m else "" for m in labels]
    if not any(n in INTERVIEW_FIELDS for n in names) \
            or not all(n in INTERVIEW_FIELDS or n in FIELD_LABELS for n in names):
        return False
    values = [plain(ln.text.strip()[m.end() - 1:]).strip() for ln, m in
              zip(block.lines, labels, strict=True) if m]
    return all(len(v.split()) <= 8 and v[-1:] not in "?!" for v in values)


def _as_names(block: Block) -> Unit | None:
    """Lines "Role: Name" one under another (a play's cast with its actors, who attended):
    a list, not a dialogue."""
    if len(block.lines) < 3:
        return None
    roles = set()
    for line in block.lines:
        text = plain(line.text).strip()
        m = LABEL.match(text)
        if m and m.group("label") in roles:
            return None                  # a role named twice: a dialogue ("Stalin: Aa.")
        roles.add(m.group("label") if m else "")
        name = text[m.end():].strip().rstrip(".") if m else ""
        words = name.split()
        if not m or not 1 <= len(words) <= 6 or name.isupper() or not all(
                w[0].isupper() or w.casefold() in PARTICLES for w in words):
            return None                  # (a name in capitals is a telegram's field value)
    return Unit("list", block, items=[_item(line) for line in block.lines], list_type="names")


def _item(line: Line):
    page = PAGE_LINE.match(line.text.strip())
    if page:
        return ("pb", None, page.group("n"))
    span = Span.of_line(line).strip()
    m = NUMBERED.match(span.text)
    return ("item", span, m.group("n") if m else None)


FORMAT_LABEL = re.compile(r"^\s*(?:<(?P<nick>[^<>\s]{1,40})>|(?P<name>[^\s:<>][^:<>\n]{0,40}?)"
                          r"\s*:)(?:\s+|$)")


def _speaker_heading(text: str) -> tuple[str, int, None, str] | None:
    m = SUNG_LABEL.match(plain(text).strip()) or HEADING_LABEL.match(plain(text).strip())
    return (" ".join(m.group("label").split()), len(text), None, "heading") if m else None


def _format_label(text: str) -> tuple[str, int, str | None, str] | None:
    """A label the source format sets apart (HTML's <cite>ege:</cite>, <cite>&lt;Ege&gt;
    </cite>): the speaker in any case; an IRC nick without its angle brackets."""
    m = FORMAT_LABEL.match(text)
    if not m:
        return None
    label = m.group("nick") or m.group("name").strip()
    if label.casefold() in FIELD_LABELS:
        return None
    return label, m.end(), None, "element"


def _letter_label(text: str, letters: frozenset[str]) -> tuple[str, int, None, str] | None:
    m = LETTER_LABEL.match(text) if text[:4].lstrip()[:1] == "(" else None
    return (f"({m.group('letter')})", m.end(), None, "letter") \
        if m and m.group("letter") in letters else None


def _as_turn(block: Block, ctx: Context) -> Unit | None:
    first = block.lines[0]
    found = _format_label(first.text) if first.kind == "label" else None
    if found:
        ctx.fired("label-element")
    if first.kind == "speaker":          # a play's heading over the speech: the name
        found = _speaker_heading(first.text)
    if first.kind == "speaker-line":     # a label alone on its line (label_lines_apart)
        found = (first.text.strip()[:-1].strip(), len(first.text), None, "alone")
    if not found and ctx.letter_speakers:
        found = _letter_label(first.text, ctx.letter_speakers)
    if not found and ctx.bare_labels:
        found = _bare_label(first.text, ctx.bare_labels)
    if not found and ctx.court_labels:
        found = _court_label(first.text, ctx.court_labels)
    if not found and ctx.abbrev_labels:
        found = _abbrev_label(first.text, ctx.abbrev_labels)
    found = found or _label(first.text)
    if found is None and len(block.lines) > 1 and first.text[:1] == "[":
        found = _stamped_label(first.text)
    below = block.lines[1:]
    wrapped = _wrapped_label(block) if found is None and below else None
    if wrapped is not None:              # the label goes on over the line's end
        found, first, below = wrapped, below[0], below[1:]
    if found is None:
        return None
    label, end, time, form = found
    number = ABBREV_LABEL.match(first.text) if form == "abbrev" else None
    if form == "strong" and label.endswith("]"):
        ctx.fired("office-label-brackets")
    staged = STAGED_LABEL.match(first.text, first.text.find(label)) if form == "staged" else None
    label = " ".join(label.split())      # ("The\u00a0\u00a0Speaker": a PDF's spacing)
    rest_first = Span.of_line(first, end)
    if number is not None and number.group("num"):     # "(75) Hen. Heus …": the verse's
        rest_first = Span.join([Span.of_line(first, number.start("num"), number.end("num"))
                                .strip(), rest_first], " ")   # number opens the speech
    below, notes = _commentary_lines(rest_first.text, below, form == "stamped")
    stage_line = None                    # the direction that opens a speech in a table
    if first.kind == "label" and below and below[0].kind == "stage":
        stage_line, below = Span.of_line(below[0]).strip(), below[1:]
    rest_lines = [rest_first] + [Span.of_line(ln) for ln in below]
    speech = _joined(rest_lines, block.lines, ctx).strip()
    text = plain(speech.text)
    if INTERVIEW_BYLINE.match(text):
        return None                      # "TATSUO ARAI: An Interview Conducted by …"
    if (text.isupper() and len([w for w in text.split() if len(w) >= 3 and w.isupper()]) >= 3) or (
            text and "\n" not in text and looks_like_title(text)
            and form not in ("dash", "time-bold")):
        return None                   # "PART ONE: THE CONFERENCE OPENS", a contents line
        # (but a time and a name in bold open a turn whatever its words: "There's a role, ARIA-")
    stage = Span.of_line(first, staged.start("paren"), staged.end("paren")) \
        if staged and staged.group("colon") else None
    if form == "heading" and "(" in first.text \
            and not SUNG_LABEL.match(plain(first.text).strip()):   # "Joaquim *(refestelando-se)*"
        stage = Span.of_line(first, first.text.find("("), first.text.rfind(")") + 1)
    if form == "said":                   # the verb, a direction: "interrupts"
        said = SAID_LABEL.search(first.text, first.text.find(label))
        stage = Span.of_line(first, said.start("verb"), said.end("verb")) if said else None
    return Unit("turn", block, span=speech, label=label, time=time, form=form,
                stage=stage or stage_line, notes=notes)


# An oral history's byline, the interviewee's name and a colon over a description of the
# interview ("TATSUO ARAI: An Interview Conducted by Peter Asaro, IEEE History Center, 4
# November 2013": every ETHW oral history; "Interview with …", "An oral history conducted
# by …"): the text after the colon describes the interview, it is not speech
INTERVIEW_BYLINE = re.compile(r"(?i)^(?:an?\s+)?(?:oral[\s-]+history\s+)?(?:interview|oral\s+"
                              r"history)\s+(?:conducted\s+by|with|by|of)\s+\S")


# A loop transcript's commentary under an entry's words (the form of the Apollo 13
# Real-time transcripts): "> …" on the entry as a whole, "1> …" on its first {braced
# words}, "2> …" on the second; the braces mark what the note is about
COMMENTARY = re.compile(r"^\s*(?P<n>\d{1,2})?>\s*(?=\S)")
BRACED = re.compile(r"\{([^{}\n]{1,300})\}")


def _commentary_lines(rest: str, below: list[Line], stamped: bool) \
        -> tuple[list[Line], list[tuple[str | None, Span]]]:
    """The lines under a turn's words that comment on them, apart: "N> …" where the words
    have N braced spans at least, "> …" under a loop transcript's entry; a line that is
    neither goes on with the note above it. Else the lines as they were, no notes."""
    k = next((i for i, ln in enumerate(below) if not ln.kind and COMMENTARY.match(ln.text)),
             None)
    if k is None:
        return below, []
    braces = len(BRACED.findall(" ".join([rest] + [ln.text for ln in below[:k]])))
    notes: list[tuple[str | None, list[Span]]] = []
    for ln in below[k:]:
        m = COMMENTARY.match(ln.text) if not ln.kind else None
        if m is None:
            notes[-1][1].append(Span.of_line(ln).strip())
            continue
        n = m.group("n")
        if (n is None and not stamped) or (n is not None and not 1 <= int(n) <= braces):
            return below, []
        notes.append((n, [Span.of_line(ln, m.end()).strip()]))
    return below[:k], [(n, Span.join(parts, " ")) for n, parts in notes]


def _numbered_narration(units: list[Unit], ctx: Context) -> None:
    """A numbered paragraph after turns whose number goes on from the paragraphs before
    them ("8. … he said as follows:" / Q. … / A. … / "9. When FLE's counsel …") is the
    text's own again, not the last speaker's words: a judgment quoting an examination."""
    last: int | None = None              # the number of the last paragraph outside turns
    in_turns = False
    for u in units:
        if u.kind == "turn":
            in_turns = True
        elif u.kind == "para" and u.n is not None and u.n.isdigit():
            if in_turns and last is not None and int(u.n) == last + 1:
                u.form = "narration"
                ctx.fired("numbered-narration")
            if not in_turns or u.form == "narration":
                last, in_turns = int(u.n), False


def _commentary_blocks(units: list[Unit]) -> list[Unit]:
    """A quotation under a loop transcript's entry (Markdown's "> …", a line each) is the
    transcriber's commentary on it, not words spoken."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "turn" and prev.form == "stamped" \
                and u.kind == "para" and all(ln.kind == "quote" for ln in u.block.lines) \
                and u.span is not None:
            prev.notes.extend((None, piece) for piece in _speech_paragraphs(u.span))
            continue
        out.append(u)
    return out


def _wrapped_label(block: Block) -> tuple[str, int, str | None, str] | None:
    """A label whose parentheses the line's end cut ("Mr WALTER SCHNAUBELT (Namatanai —
    Minister for Transport and Civil" / "Aviation) — Mr Assistant Speaker, …"): the label
    read over both lines; where the speech starts is given in the second line."""
    first, second = block.lines[0].text, block.lines[1].text
    if not _bracket_left_open(first):
        return None
    found = _label(first.rstrip() + " " + second.lstrip())
    cut = len(first.rstrip()) + 1 + len(second) - len(second.lstrip())
    if found is None or found[1] <= cut or found[3] not in ("dash", "strong", ""):
        return None
    return found[0], found[1] - len(first.rstrip()) - 1, found[2], found[3]


def _bracket_left_open(text: str) -> bool:
    """Does the line leave a parenthesis or a square bracket open ("… Pengguna  [Dato’")?"""
    return text.rfind("(") > text.rfind(")") or text.rfind("[") > text.rfind("]")


@lru_cache(maxsize=1024)   # (a play's name lines recur: "HAMLET."; each pass asks again)
def _label(text: str) -> tuple[str, int, str | None, str] | None:
    """(label, where the speech starts, timestamp, form) when a line opens a speaker turn.
    The form: "strong" when it alone says this is a speaker (bold, "Mr. SMITH."), "title"
    for a parliamentary label in mixed case ("Senator Corker."), "field" for a label that
    is also a memo field ("CC:"), else "":
    "Name: …", "**Name:** …", "**Name** …", "MR. SMITH. …", "Q. …", "[00:04:17] NAME: …"."""
    # (its end only: a search over a long run of spaces took seconds a line)
    if text[-1:].isdigit() and CONTENTS_LINE.search(text[-64:]):
        return None                  # "Energy Prices: Motion …… 134": a contents line
    time = None
    start = len(text) - len(text.lstrip(" \t\u00a0"))
    stamp = TIMESTAMP.match(text, start)
    if stamp:
        time, start = stamp.group("t") or stamp.group("tp") or stamp.group("tb"), stamp.end()
        while start < len(text) and text[start] in " \t":
            start += 1
    rest = text[start:]
    if "(" in rest[:90] and LIFE_DATES.match(plain(rest)):
        return None                  # "**Daniel Chester French** (1850–1931)": an index entry
    literal = LITERAL_BOLD_LABEL.match(rest) if time and rest[:2] in ("**", "__") else None
    if literal and label_shape_ok(literal.group("label")):
        # "0:00:14.2 **Adam Garrett-Harris** Welcome …" in a .txt file: the time says turn,
        # and the asterisks are Markdown's bold that no format read (a podcast's transcript)
        return literal.group("label"), start + literal.end(), time, "time-bold"
    bold_open, bold_close = HI["bold"]
    if rest.startswith(bold_open) and bold_close in rest:
        close = rest.index(bold_close)
        inner = plain(rest[1:close]).strip()
        after = rest[close + 1:]
        label = inner.rstrip(":.").strip()
        colon = inner.endswith((":", ".")) or after.lstrip()[:1] in (":", ".")
        office = OFFICE_AFTER_BOLD.match(after)     # "**The Speaker** (Hon. Ethuro): …"
        if office and label and label_shape_ok(label):
            return f"{label} {office.group(1)}", start + close + 1 + office.end(), time, \
                "strong"
        if not colon and label.casefold() in OPENING_WORDS:
            # "**The** British School at Rome …": a periodical's bold (small-caps) first
            # word opens its paragraph; a label without a colon is never a function word
            label = ""
        if label and label_shape_ok(_without_affiliation(label)) and (colon or after.strip()) \
                and not after[:1].isalnum():          # "**AA**A": one word, half in bold
            end = close + 1
            stripped = after.lstrip()
            if stripped[:1] in (":", "."):
                end += len(after) - len(stripped) + 1
            return label, start + end, time, "strong"
    italic_open, italic_close = HI["italic"]
    if rest.startswith(italic_open) and italic_close in rest[:50]:
        close = rest.index(italic_close)          # "_Counsel_. "You do not …"", "_Doctor_
        inner = plain(rest[1:close]).strip()      # (dodging). "I should …"": a book's dialogue
        m = ITALIC_LABEL_END.match(rest, close + 1)
        if m and inner and label_shape_ok(inner):
            return inner, start + (m.start("stage") if m.group("stage") else m.end()), time, ""
        said = SAID_LABEL.fullmatch(inner)        # "*Poseł Krzysztof Bosak interrupts:* …"
        if said and said.group("label")[:1].isupper() and len(said.group("label").split()) <= 5 \
                and said.group("label").casefold() not in PRONOUNS:
            return said.group("label"), start + close + len(italic_close), time, "said"
    m = NICK_LABEL.match(rest) if rest[:1] == "<" or rest[:1].islower() else None
    if m and (m.group("angle") or m.group("colon").casefold() not in NOT_NICKS):
        return m.group("angle") or m.group("colon"), start + m.end(), time, "nick"
    m = STAGED_LABEL.match(rest) if "(" in rest[:70] else None
    if m and label_shape_ok(m.group("label")) and m.group("label").casefold() not in FIELD_LABELS \
            and (m.group("i") or m.group("paren")[1:2].islower()):
        # the speech after the colon; with a full stop, the direction is all the turn says
        return m.group("label"), start + (m.end() if m.group("colon") else m.start("stage")), \
            time, "staged"
    # quick looks first: the label ends at the first colon (or a full-width one), 61
    # characters in at most, and an office's label has the holder's name in parentheses
    colons = [i for i in (rest.find(":"), rest.find("：")) if i >= 0]
    first_colon = min(colons) if colons else -1
    before = rest[:first_colon].rstrip() if first_colon >= 0 else ""
    m = OFFICE_LABEL.match(rest) if "(" in before else None
    if m and label_shape_ok(m.group("name")):
        return " ".join(m.group("label").split()), start + m.end(), time, "strong"
    m = OFFICE_LABEL_BRACKETS.match(rest) if before.endswith("]") else None
    if m and label_shape_ok(m.group("name")) and len(m.group("name").split()) >= 2:
        return " ".join(m.group("label").split()), start + m.end(), time, "strong"
    m = LABEL.match(rest) if first_colon >= 0 and len(before) <= 61 else None
    if m and label_shape_ok(_without_affiliation(plain(m.group("label")).strip()), True):
        label = plain(m.group("label")).strip()
        if ARTICLE_HONORIFIC.match(label):   # "O señor PRESIDENTE DA XUNTA (Núñez Feijóo):"
            return label, start + m.end(), time, "strong"   # a form only speakers take
        return label, start + m.end(), time, "field" if label.casefold() in FIELD_LABELS else ""
    m = FRENCH_OFFICE_LABEL.match(rest) if rest[:1] == "M" else None
    if m:                                # "M. le président. La séance est ouverte."
        return " ".join(m.group("label").split()), start + m.end(), time, "strong"
    m = PERIOD_LABEL.match(rest) if may_open_with_title(rest) else None
    speech = plain(rest[m.end():]).split() if m else []
    if m and _run_in_head(m.group("label")):
        m = None                         # "The Barrier Highway.  A tender …": a run-in head
    cut = _period_label_end(m.group("label")) if m and ". " in m.group("label") else None
    if m and cut is not None:            # "THE PRESIDENT. Yes. We have …": the answer's word
        label = " ".join(m.group("label")[:cut].split())
        speech_at = cut + 1
        while speech_at < len(rest) and rest[speech_at] in " \t\u00a0":
            speech_at += 1
        return label, start + speech_at, time, "strong"
    if m and m.group("label").rsplit(None, 1)[-1].casefold() in HONORIFICS:
        m = None                         # "… Mr. Smith": the full stop is the title's
    if m and len(_without_affiliation(m.group("label")).split()) <= 7 and (
            len(speech) >= 2 or (speech and speech[-1][-1:] in ".!?")):
        label = " ".join(m.group("label").split())
        surname = any(w.isupper() and w.isalpha() and len(w) > 1 for w in label.split()[1:])
        return label, start + m.end(), time, "strong" if surname else "title"
    m = DASH_LABEL.match(rest) if may_open_with_title(rest) else None
    if m and label_shape_ok(m.group("name")):
        return " ".join(m.group("label").split()), start + m.end(), time, "dash"
    if not rest[:1].isupper():           # the forms below all open with a capital
        return None
    m = CAPS_LABEL.match(rest) if rest[1:2].isupper() else None
    caps = m and (m.group("label") or m.group("dashed"))
    if m and caps and label_shape_ok(caps) and not CLASSIFICATION_WORDS.match(caps):
        return caps, start + m.end(), time, "caps"
    m = PLAY_LABEL.match(rest) if "  " in rest[:40] or "-" in rest[:40] or "—" in rest[:40] \
        else None
    if m and label_shape_ok(m.group("label")) and not _run_in_head(m.group("label")):
        return m.group("label"), start + m.end(), time, "play"
    m = QA_LABEL.match(rest.replace("\u00a0", " ")) if rest[:1] in "QA" else None
    if m:
        return m.group("label"), start + m.end(), time, ""
    return None


# The French records' label of an office, its title, article and office in lower case and
# a full stop: "M. le président.", "Mme la ministre.", "M. le secrétaire d'État chargé des
# transports.", "Mme la présidente de la commission des lois." (the Assemblée nationale's
# and the Sénat's comptes rendus, the Belgian and Swiss French records, the Canadian
# Hansard's French version); only the offices named, never "M. le maire est venu."
FRENCH_OFFICE_LABEL = re.compile(
    r"^(?P<label>(?:M\.|MM\.|Mme|Mmes|Mlle)\s+(?:le|la|les|l['’])\s*(?:premier\s+|première\s+)?"
    r"(?:président|présidente|vice-président|vice-présidente|ministre|ministres|rapporteur|"
    r"rapporteure|rapporteuse|secrétaire\s+d['’](?:É|E)tat|garde\s+des\s+sceaux|questeur|"
    r"questeure|doyen|doyenne|haut-commissaire|commissaire|président\s+du\s+gouvernement)"
    r"(?:\s*(?:de|du|des|d['’]|chargée?|déléguée?|auprès)(?:\s+[\w'’\-]+){1,10}?)?)"
    r"\.\s+(?=[A-ZÀ-Ý«\"“(])")


# A speaker's name in Markdown's bold left as it is typed (a plain-text file), after a time
LITERAL_BOLD_LABEL = re.compile(r"(?P<m>\*\*|__)(?P<label>[^\W\d_][^*_:\n]{0,58}?):?(?P=m):?"
                                r"(?:\s+|$)")
# A play's label with a stage direction before its colon, the direction in italics or
# beginning in lower case (a constituency or office in parentheses begins with a capital:
# "Mr. Howard (Folkestone and Hythe):"): "HAMLET (aside): A little more than kin",
# a name and its life dates at a paragraph's start: an edition's list of persons mentioned,
# an obituary ("Daniel Chester French (1850–1931)", "Sage, Dean (b. 1841)"), not a speaker
LIFE_DATES = re.compile(r"[^\W\d][^()\n:]{1,60}?\s*\(\s*(?:(?:[bd]|ca?|fl)\.\s*|born\s+|"
                        r"died\s+)?\d{3,4}\??\s*[–—-]\s*\d{2,4}\??\s*\)|"
                        r"[^\W\d][^()\n:]{1,60}?\s*\(\s*(?:[bd]\.|born|died)\s*\d{3,4}\??\s*\)")
# a sentence's first word set in bold or small capitals (a periodical's paragraph opening)
OPENING_WORDS = FUNCTION_WORDS | {
    "he", "she", "they", "it", "we", "i", "you", "there", "here", "when", "while", "after",
    "before", "during", "among", "some", "many", "all", "one", "on", "upon", "under",
    "le", "la", "les", "un", "une", "der", "die", "das", "ein", "eine", "el", "los", "las",
    "il", "lo", "gli", "het", "een"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "one", "this", "that", "who"}
# a label in italics with the transcriber's verb of speech: "*Głos z sali interrupts:*"
SAID_LABEL = re.compile(r"(?P<label>[^\W\d_][^:()\[\]\n]{0,60}?)\s+(?P<verb>interrupts|"
                        r"interjects|intervenes|asks|says|replies|responds|answers|exclaims|"
                        r"shouts|calls\s+out|continues|adds)\s*:")
# "SOLDADO *(cerca de ella)*: Eso es muy posible."; or before a full stop that ends the
# line: "SOLDADO *(se gira un momento y sigue su camino)*." (the turn is the direction)
STAGED_LABEL = re.compile(
    r"(?P<label>[^\W\d_][^\s:()]*(?:\s+[^\s:()]+){0,3}?)\s+(?P<stage>(?P<i>"
    + re.escape(HI["italic"][0]) + r")?(?P<paren>\([^()\n]{1,160}\))(?(i)"
    + re.escape(HI["italic"][1]) + r"))\s*(?:(?P<colon>:)\s*|\.\s*$)")
# A loop transcript's entry: the time (or time range) and the call sign on a line of their
# own, the words on the lines below ("[55 55 20 - 55 55 21] CDR" / "I believe we've had a
# problem here."): NASA's air-to-ground and flight-director loops, radio logs ("[ - ]": a
# time the transcriber could not give)
STAMPED_LABEL = re.compile(r"^\[\s?(?P<t>" + TIME_IN_BRACKETS + r"|[-–])\s?\]\s+"
                           r"(?P<label>[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,2})\s*$")


def _stamped_label(text: str) -> tuple[str, int, str | None, str] | None:
    m = STAMPED_LABEL.match(text.strip())
    if not m or not label_shape_ok(m.group("label")):
        return None
    return m.group("label"), len(text), m.group("t"), "stamped"


HONORIFICS = {"mr", "mrs", "ms", "messrs", "dr", "gen", "col", "capt", "lt", "sen", "rep",
              "gov", "prof", "rev", "hon", "st", "sr", "jr"}


def _period_label_end(label: str) -> int | None:
    """Where a full-stop label ends when the pattern ran on over a title's full stop into
    the speech ("THE PRESIDENT. Yes", "THE PRESIDENT. Mr" of "THE PRESIDENT. Mr. Smith,
    we …"): at the first full stop after a word in capitals before a word in mixed case (a
    label in capitals is never extended so), or before an honorific that the label would
    end on (its full stop belongs to the name after it). None: the label stands."""
    words = list(re.finditer(r"\S+", label))
    ends_on_title = words[-1].group().casefold() in HONORIFICS
    for k, w in enumerate(words[:-1]):
        word = w.group()
        if not word.endswith(".") or "(" in label[:w.end()]:
            continue                     # ("The SPEAKER pro tempore (Mr. Foley)")
        core, nxt = word[:-1], words[k + 1].group()
        caps_then_mixed = core.isupper() and core.isalpha() and len(core) > 1 \
            and any(c.islower() for c in nxt)
        last_stop = ends_on_title and not any(x.group().endswith(".") for x in words[k + 1:-1])
        if (caps_then_mixed or last_stop) and label_shape_ok(label[:w.end() - 1]):
            return w.end() - 1
    return None


def _run_in_head(label: str) -> bool:
    """"The Barrier Highway": "The" before no office ("The Speaker") and no name in capitals
    ("The CHAIRMAN") opens a heading run into its paragraph, not a speaker's label."""
    named = label.split()[:2]
    return len(named) == 2 and named[0].casefold() == "the" and not named[1].isupper() \
        and named[1].casefold().rstrip(".") not in TITLE_WORDS


OFFICE_AFTER_BOLD = re.compile(r"\s*(\([^()\n]{2,80}\))\s*:\s*")
AFFILIATION = re.compile(r"(?:\s*\([^()]*\)){2,}$|\s*\([^()]*,[^()]*\)$")


def _without_affiliation(label: str) -> str:
    """'Mr. Michael Howard (Folkestone and Hythe) (Con)' -> 'Mr. Michael Howard'."""
    if "(" not in label:             # an affiliation is in parentheses: most labels have none
        return label.strip() or label
    return AFFILIATION.sub("", label).strip() or label


def _joined(spans: list[Span], lines: list[Line], ctx: Context) -> Span:
    # (a PDF turned into HTML ends its lines at the page's width: a paragraph's lines run on)
    return join_spans(spans, ("pdf-lines" in ctx.rules or is_wrapped(lines)
                              or _two_lines_run_on(lines, ctx))
                      and not _broken_on_purpose(lines, ctx), ctx)


def _two_lines_run_on(lines: list[Line], ctx: Context) -> bool:
    """A paragraph of two lines whose first runs on mid-sentence at the text's wrapping
    width ("… daughter of the panel; and" / "Daniel Stewart, his son, …", "for the mur-" /
    "der, at the time."): wrapped, though the second line opens with a capital (is_wrapped
    has only the block's own lines to measure)."""
    if len(lines) != 2:
        return False
    first, second = lines[0].text.strip(), lines[1].text.strip()
    width = ctx.line_width()
    return width >= 40 and len(first) >= 0.7 * width and len(second) <= 1.1 * width \
        and (second[:1].isalnum() or second[:1] in "\"“‘'(") \
        and (ends_mid_sentence(first) or bool(HYPHEN_BROKEN.search(first))) \
        and not is_caps_heading(second)


def _broken_on_purpose(lines: list[Line], ctx: Context) -> bool:
    """Every line but the last ends in a break the source asks for (Markdown's two spaces
    or backslash): a semi-diplomatic transcription keeps the original's lines so."""
    broken = ctx.source.hints.broken_lines
    if not broken or len(lines) < 2 or not all(ln.number in broken for ln in lines[:-1]):
        return False
    ctx.fired("kept-line-breaks")
    return True


def _as_label_line_turn(block: Block) -> Unit | None:
    """A play's layout: the speaker's name alone on the first line, the speech below."""
    if len(block.lines) < 2:
        return None
    first = block.lines[0].text.strip()
    if len(first) > 48:
        return None
    if not is_caps_heading(first):    # (the cheap test first)
        return None
    m = LABEL_LINE.match(first)
    if not m or not label_shape_ok(m.group("label")):
        return None
    label = m.group("label").strip()
    if label.casefold() in FIELD_LABELS:
        return None
    speech = Span.of_lines(block.lines[1:], "\n").strip()
    return Unit("turn", block, span=speech, label=label, form="line")


# ----------------------------------------------------------------------------- speakers

def accept_speakers(units: list[Unit], ctx: Context) -> None:
    """Keep as turns only labels that behave like speakers across the document: a label
    used at least twice, or one that opens a sentence in a dialogue (three turns or more,
    one label recurring)."""
    turns = [u for u in units if u.kind == "turn"]
    for u in [u for u in turns if u.form == "line" and _title_page_word(u)]:
        u.form = ""                      # (its lines a paragraph's, not a list's)
        _not_a_turn(u, ctx)              # a title page's lines: "THE" / "LIFE" / "AND" …
        ctx.fired("title-page-not-speech")
    turns = [u for u in turns if u.kind == "turn"]
    for u in [u for u in turns if u.form in ("caps", "play") and WEEKDAY_FIRST.match(
            plain(u.body.text))]:
        _not_a_turn(u, ctx)              # "BOROUGH COURT. Monday.— Magistrates present": a
    turns = [u for u in turns if u.kind == "turn"]   # newspaper's heading over its date
    stamped = Counter(u.label for u in turns if u.form == "stamped")
    if stamped and (sum(stamped.values()) < 3 or max(stamped.values()) < 2):
        for u in [u for u in turns if u.form == "stamped"]:
            _not_a_turn(u, ctx)          # a time and a name over a text once or twice, or
        turns = [u for u in turns if u.kind == "turn"]   # no name back: no loop's form
    run_in = [u for u in turns if u.form in ("caps", "play")
              and (u.label or "").casefold() not in CHAIR_LABELS]
    if len(run_in) >= 4 and sum(1 for a, b in itertools.pairwise(turns)
                                if a.form in ("caps", "play") and a.label == b.label) * 4 \
            > len(run_in):
        for u in run_in:                 # "BCS.  Students have …" / "BCS.  Andrew Burns …":
            _not_a_turn(u, ctx)          # a column's run-in heads, the same one in a row;
        turns = [u for u in turns if u.kind == "turn"]   # speakers take turns
    fields_of = _catalogue_fields(turns)
    if fields_of:
        for u in [u for u in turns if u.label in fields_of]:
            _not_a_turn(u, ctx)          # "Tonart: E-moll. Taktart: 2/4.": a record's fields
        ctx.fired("catalogue-fields")
        turns = [u for u in turns if u.kind == "turn"]
    counts = Counter(u.label for u in turns if u.form != "field")
    recurring = {lab for lab, c in counts.items() if c >= 2}
    for u in [u for u in turns if u.form == "staged" and u.label not in recurring]:
        _unstaged(u, ctx)                # a name used once: its parentheses are its own
    turns = [u for u in turns if u.kind == "turn"]
    nicks = {u.label for u in turns if u.form == "nick" and u.label in recurring}
    if len(nicks) < 2:                   # nicknames count in a conversation of two or more
        recurring -= {u.label for u in turns if u.form == "nick"}
        for u in [u for u in turns if u.form == "nick"]:
            _not_a_turn(u, ctx)
        turns = [u for u in turns if u.kind == "turn"]
        counts = Counter(u.label for u in turns if u.form != "field")
    # a dialogue: a speaker who comes back after another ("Burra Burra DC: …" twice in a
    # row is a heading used twice)
    dialogue = sum(counts.values()) >= 3 and _comes_back(turns, recurring)
    if not dialogue:                     # no dialogue, and a headline's words after the
        heads = {lab for lab in recurring if counts[lab] <= 3 and all(   # label each time:
            _headline_after_label(u) for u in turns if u.label == lab)}  # "Burra Burra DC:
        for u in [u for u in turns if u.label in heads]:                 # Meet the
            _not_a_turn(u, ctx)                                          # Candidates", a
            ctx.fired("headline-label")                                  # newspaper's head
        turns = [u for u in turns if u.kind == "turn"]                   # used twice
        recurring -= heads
    # a field label ("CC:") is a speaker in a dialogue of two or more recurring speakers
    fields = Counter(u.label for u in turns if u.form == "field")
    if recurring:
        recurring |= {lab for lab, c in fields.items() if c >= 2}
    labels = {u.label or "" for u in turns}
    if "A" in labels and not any(len(lab) == 1 for lab in labels - {"A"}):
        for u in [u for u in turns if u.label == "A"]:
            _not_a_turn(u, ctx)          # "A. Crossman on Monday": an initial, with no Q.
                                         # (Q. alone is a press briefing's question)
        turns = [u for u in turns if u.kind == "turn"]
    titled = sum(1 for u in turns if u.form == "title") >= 2
    if len(turns) == 1 and turns[0].form == "strong" and not plain(turns[0].body.text).strip() \
            and any(w[:1].islower() and w not in NAME_PARTICLES
                    for w in (turns[0].label or "").split()):
        _not_a_turn(turns[0], ctx)       # a bold label alone on its line, the document's only
        turns = []                       # one, a phrase, no name ("**Dress Code for
        #                                  Presentation:**" over a paragraph of a meeting's
        #                                  minutes, "**Action items:**" in a report): a run-in
        #                                  heading, no speech ("**See Kee Oon J:**" over a
        #                                  judgment is its judge's)
    for u in turns:
        if u.form == "field" and u.label not in recurring:
            _not_a_turn(u, ctx)
            continue
        # a label used once counts in a dialogue if a sentence follows it, not a phrase
        # running on in lower case ("Washington: the capital, was quiet."); a label of the
        # record's own form ("Mr. TOWNS.", "**Name:**") counts by its form
        speech = plain(u.body.text)
        opens_sentence = not speech[:1].islower()
        if is_cjk(speech[:1]):      # "地点：英国议会下院" is a field, "主席：…。" a speech
            opens_sentence = speech.rstrip()[-1:] in "。！？…」』" or len(speech) > 40
        if u.form == "line" and u.label not in recurring and not _spoken(u):
            _not_a_turn(u, ctx)          # a masthead over a subtitle: "SEANAD ÉIREANN"
            continue
        if u.label in recurring or (dialogue and opens_sentence) or u.form in (
                "element", "stamped", "heading", "alone", "abbrev") or (
                (u.form in ("strong", "dash", "time-bold") or (u.form == "title" and titled)
                 or (u.form == "caps" and (u.label or "").casefold() in CHAIR_LABELS))
                and opens_sentence):         # (the chair's label in capitals: its office)
            continue
        _not_a_turn(u, ctx)


# the lower-case words of names ("Ludwig van Beethoven", "Datuk Haji Roslan bin Awang")
NAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "du", "des", "la", "le",
                  "bin", "binti", "al", "ibn", "y", "e", "den", "der", "ter", "ten", "zu"}

# the articles, prepositions and conjunctions that a title page sets on a line of their own
# ("THE" / "LIFE" / "AND" / "OPINIONS" / "OF"), in the editions' languages: no one's name
TITLE_PAGE_WORDS = frozenset("the of and to in for with by from le les des et du aux der "
                             "die das und den dem von zur zum los las del het een van".split())


def _title_page_word(u: Unit) -> bool:
    """The label alone on its line is a word no one is named, in capitals (THE, OF, AND,
    DER, LES): a title page's line, even where the half title repeats it (a label needs
    speech after it, and a play several labels that take turns)."""
    label = (u.label or "").strip(" .")
    return label.casefold() in TITLE_PAGE_WORDS and label.isupper()


# The chair of a sitting, whose label may open turn after turn with nobody else speaking (a
# sitting adjourned, the chair's announcements between breaks), never a column's run-in head:
# the stenograms of the Verkhovna Rada ("ГОЛОВА.", "ГОЛОВУЮЧИЙ."), the State Duma and the
# Federation Council ("ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ."), the Bulgarian, Greek, Polish, Czech,
# Italian and Spanish records, minutes' "CHAIRMAN."
CHAIR_LABELS = {"голова", "головуючий", "председатель", "председательствующий", "председател",
                "председателствуващ", "председавајући", "председник", "πρόεδροσ", "προεδρεύων",
                "προεδρευων", "προεδροσ", "marszałek", "předseda", "předsedající", "presidente",
                "président", "präsident", "president", "chairman", "chairwoman", "chair",
                "speaker", "the speaker", "the president", "the chairman", "elnök",
                "preşedinte", "președinte", "predsjednik", "predsednik", "puhemies"}
WEEKDAY_FIRST = re.compile(r"\s*(?:" + WEEKDAY.pattern[4:] + r")\s*[.,—–-]", re.I)
# A field's label in a catalogue's or register's entry, a word and its colon
# ("Tonart:G-moll.", "Born: 1850"), and its value up to the next one
FIELD_PAIR = re.compile(r"(?<![\w'’\-/])(?P<label>[^\W\d_][^\W\d_'’\-]{1,29})\s?:(?!//)(?=\s*\S)")


def _field_values(text: str) -> list[str] | None:
    """The values of a line of fields that opens with one ("Kompositör: Wilhelm Kühner.
    Tonart: D-dur. Taktart: 2/4." gives three), else None."""
    text = plain(text).strip()
    found = list(itertools.islice(FIELD_PAIR.finditer(text), 12))
    if not found or found[0].start() != 0:
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [text[m.end():end].strip() for m, end in zip(found, ends, strict=True)]


def _catalogue_fields(turns: list[Unit]) -> set:
    """Labels that are a catalogue's fields, not speakers: a label needs speech. A field
    recurs once in each entry of a list-like catalogue and a short value follows it, several
    fields often on one line ("Tonart: E-moll. Taktart: 2/4.", a tune book's entries;
    inventories, finding aids, registers' "Born:" / "Died:", ships' logs' "Wind:" /
    "Course:", in any language): labels whose every turn is a value of five words at most
    (no question, no exclamation) on a line of such fields, at least half of them on a
    line of two fields or more, and three such lines in the text at least. A dialogue's
    turns run on in a line ("Stalin: Agreed. Molotov: …") are longer, or ask."""
    if len(turns) < 3:
        return set()
    values = {id(u): _field_values(u.block.lines[0].text) for u in turns
              if u.form in ("", "field") and len(u.label or "") > 1}
    if sum(1 for v in values.values() if v and len(v) >= 2) < 3:
        return set()
    by_label: dict[str, list] = {}
    for u in turns:
        by_label.setdefault(u.label or "", []).append(values.get(id(u)))
    return {label for label, found in by_label.items()
            if all(v and all(len(x.split()) <= 5 and not set(x) & set("?!") for x in v)
                   for v in found)
            and 2 * sum(1 for v in found if v and len(v) >= 2) >= len(found)}


def _unstaged(u: Unit, ctx: Context) -> None:
    """A label with a direction before its colon whose name is no speaker's elsewhere is
    read as before: the parentheses part of the label ("Katherine Hyam (a Jewess): …", a
    trial's witness described once); with a full stop, no label."""
    first = u.block.lines[0]
    m = STAGED_LABEL.match(first.text, first.text.find(u.label or ""))
    label = plain(first.text[m.start():m.end("stage")]).strip() if m and m.group("colon") \
        else ""
    if label and label_shape_ok(_without_affiliation(label)):
        u.label, u.stage, u.form = label, None, ""
    else:
        _not_a_turn(u, ctx)


def _headline_after_label(u: Unit) -> bool:
    """Is the text after the label a headline: one short line of capitalised words (the
    small words aside), no sentence's end ("Meet the Candidates", "Annual Report 1986")?"""
    text = plain(u.body.text).strip()
    words = text.split()
    return "\n" not in text and 2 <= len(words) <= 8 and text[-1:] not in ".!?,;:…\"”’')" \
        and all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in FUNCTION_WORDS
                or w.casefold() in PARTICLES for w in words)


def _comes_back(turns: list[Unit], recurring: set) -> bool:
    """Does a recurring label open a turn again after another label's turn?"""
    seen: set = set()
    last = None
    for u in turns:
        if u.label in seen and u.label != last and u.label in recurring:
            return True
        seen.add(u.label)
        last = u.label
    return False


def _turns_run_in(units: list[Unit], ctx: Context) -> list[Unit]:
    """A transcript that lost its line ends (OCR, a copy from a PDF) runs turns on inside
    a paragraph: "… three years ago. French: Oh, well …". Where two speakers or more are
    established (each opens two turns or more with a plain "Name:"), such a label inside a
    turn or paragraph, before a capital, opens a turn there."""
    counts = Counter(u.label for u in units if u.kind == "turn" and u.form == "" and u.label)
    known = sorted((lab for lab, c in counts.items() if c >= 2), key=len, reverse=True)
    if ctx.abbrev_labels:
        # a play's abbreviated label after a sentence's end inside a verse line: "(45)
        # Uxor, bonum sero. Els. Et quidem sero nimis," (Reuchlin's Henno), "Hen. Heus tu
        # Dromo. Dro. Quid est? Hen. Veni, …": the next speaker's turn opens there
        abbrev = sorted(ctx.abbrev_labels, key=len, reverse=True)
        inside = re.compile(r"(?:(?<=[.!?;:])|(?<=[.!?;:][" + HI["bold"][1] + HI["italic"][1]
                            + r"]))[ \t]+(?P<marks>" + MARK + r")(?P<label>"
                            + "|".join(map(re.escape, abbrev)) + r")(?P<after>" + MARK
                            + r"\." + MARK + r")[ \t]+(?=" + MARK + r"[\"“‘'(]?[A-Z])")
        form_check = "."
    elif len(known) < 2:
        return units
    else:
        inside = re.compile(r"(?<=\s)(?P<label>" + "|".join(map(re.escape, known))
                            + r"):[ \t]+(?=[\"“‘'(\[]?[A-Z0-9])")
        form_check = ":"
    out: list[Unit] = []
    for u in units:
        span = u.span
        found = [m for m in inside.finditer(span.text)
                 if form_check == ":" or _balanced(m.group("marks") + m.group("after"))] \
            if u.kind in ("turn", "para") and span is not None and form_check in span.text \
            and not (form_check == "." and NAMES_LINE.match(plain(span.text))) else []
        if span is not None and found and not plain(span.text[:found[0].start()]).strip():
            found = found[1:]            # (no words before it: the unit stays whole there)
        if span is None or not found:
            out.append(u)
            continue
        starts = [m.start() for m in found] + [len(span.text)]
        # one verse line the speakers share ("(45) Uxor, bonum sero. Els. Et quidem sero
        # nimis,"): its parts, initial, medial and final
        shared = ctx.verse_lines and "\n" not in span.text.strip()
        out.append(Unit(u.kind, u.block, span=span[:starts[0]].strip(), label=u.label,
                        time=u.time, form=u.form, n=u.n, part="I" if shared else ""))
        for k, (m, end) in enumerate(zip(found, starts[1:], strict=True)):
            out.append(Unit("turn", u.block, span=span[m.end():end].strip(),
                            label=m.group("label"), form="" if form_check == ":" else "abbrev",
                            part=("F" if k == len(found) - 1 else "M") if shared else ""))
            ctx.fired("turn-run-in")
    return out


def _verse_speeches(div, ctx: Context) -> None:
    """In a text set one verse line to a paragraph (Context.verse_lines), a speech's
    one-line paragraphs of two to fourteen words are its verse lines, <l> (their number
    kept in @n); a line the speakers share is in parts, <l part="I"> in one speech and
    <l part="F"> in the next. Longer paragraphs stay <p>."""
    for sp in div.iter(tei("sp")):
        for p in sp.findall(tei("p")):
            text = "".join(p.itertext()).strip()
            if p.find(tei("lb")) is None and 1 <= len(text.split()) <= 14:
                p.tag = tei("l")
                ctx.fired("verse-line" if p.get("part") is None else "verse-line-parts")
            elif p.get("part") is not None:
                del p.attrib["part"]


def _spoken(u: Unit) -> bool:
    """Does the text under a label on its own line read as speech (words in a sentence),
    not as a subtitle in capitals ("PARLIAMENTARY DEBATES", "(OFFICIAL REPORT)")?"""
    text = plain(u.body.text).strip()
    first = text.split("\n")[0]
    if is_cjk(text[:1]):              # no spaces between words: a sentence's end says it
        return text[-1:] in CJK_ENDS[:3] or len(text) > 40
    return len(text.split()) >= 3 and not is_caps_heading(first) \
        and text.rstrip("”\"’')")[-1:] in ".!?…—-"


def _not_a_turn(u: Unit, ctx: Context) -> None:
    """The block is what it would have been without the label."""
    listed = _as_list(u.block) if u.form == "line" else None   # a label alone on its line
    other = listed or _as_para(u.block, _joined(
        [Span.of_line(ln) for ln in u.block.lines], u.block.lines, ctx))
    u.__dict__.update(other.__dict__)


# ----------------------------------------------------------------------------- passes

def rejoin_split_paragraphs(units: list[Unit], ctx: Context) -> list[Unit]:
    """A paragraph broken in mid-sentence (by a page break in the source) is one again, with
    the page break where it stands. The pieces of a paragraph are joined once, at the end:
    joining as they come would copy the growing paragraph at every piece."""
    out: list[Unit] = []
    pieces: dict[int, list[Span]] = {}          # id(unit) -> its pieces, when rejoined
    i = 0
    while i < len(units):
        u = units[i]
        prev = out[-1] if out else None
        last = pieces[id(prev)][-1] if prev is not None and id(prev) in pieces else (
            prev.span if prev is not None else None)
        if prev is None or prev.kind not in ("para", "turn") or last is None \
                or not (_cut_before(last.text, u.kind == "pb") or _comma_cut(prev, last, u)
                        or _word_cut(last, u)):
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
                and (_cut_before(last.text, bool(between)) or _comma_cut(prev, last, nxt)
                     or _word_cut(last, nxt))
                and _continues(last.text, nxt.span.text)):
            pieces.setdefault(id(prev), [last]).extend([*between, nxt.span])
            ctx.diags.info("paragraph broken in mid-sentence joined with the next one",
                           "rejoined", nxt.block.first, 1)
            ctx.fired("rejoined")
            if not _cut_before(last.text, bool(between)) and _comma_cut(prev, last, nxt):
                ctx.fired("comma-rejoined")
            elif not _cut_before(last.text, bool(between)):
                ctx.fired("word-rejoined")
            i = j + 1
            continue
        out.append(u)
        i += 1
    for u in out:
        if id(u) in pieces:
            parts = pieces[id(u)]
            joined = [parts[0]]
            for part in parts[1:]:       # a word cut at a paragraph's end is one again
                if join_hyphenated(joined[-1].text, part.text):
                    joined[-1] = join_spans([joined[-1], part], True, ctx)
                else:
                    joined.append(part)
            u.span = Span.join(joined, " ")
    return out


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
    return ends_mid_sentence(text) or (page_break and text.rstrip().endswith(","))


def _comma_cut(prev: Unit, last: Span, nxt: Unit) -> bool:
    """A paragraph of running lines that ends in a comma, over one that opens in lower
    case: one sentence that a blank line cut in two (OCR of a newspaper column puts blank
    lines where the scan has a gap: "…for the first insertion," / "and a penny a line…")."""
    return prev.kind == "para" and nxt.kind == "para" and nxt.span is not None \
        and last.text.rstrip().endswith(",") and nxt.span.text.lstrip()[:1].islower() \
        and is_wrapped(prev.block.lines)


def _continues(before: str, after: str) -> bool:
    last = before.rsplit(None, 1)[-1].casefold()
    first = after.lstrip()[:1]
    if re.fullmatch(r"\[[^\]]*\]", after.strip()):
        return True
    return first.islower() or last in FUNCTION_WORDS


# ----------------------------------------------------------------------------- writing

def _labels_over_speech(blocks: list[Block], ctx: Context) -> list[Block]:
    """A play or libretto that sets each speaker's name as a paragraph of its own, the speech
    in the next ("DALAND." / blank line / "Kein Zweifel! …"): the name and the speech are
    one block, when the same names do so again and again."""
    blocks = _heading_labels_over_speech(blocks)
    blocks = _format_labels_over_speech(blocks)
    labels = [_label_alone(b) for b in blocks]
    counts = Counter(label for label in labels if label)
    if sum(c for c in counts.values() if c >= 2) < 3:
        return blocks
    # (a heading's colon says "label" of a name used once: "#### Poseł Bosak:"; so does the
    # form, where two names or more come back: a chorus that sings once, "MATROSEN." /
    # "SAILORS." in a bilingual libretto, "CHOR.", "ALLE." in the plays of Project Gutenberg
    # and Zeno.org; never an act's or a scene's heading, "ERSTER AUFTRITT.")
    once = sum(1 for c in counts.values() if c >= 2) >= 2
    opens = [label is not None and (counts[label] >= 2 or block.lines[0].kind[:1] == "h"
                                    or (once and not ACT_WORD.search(label)))
             for label, block in zip(labels, blocks, strict=True)]
    if any(o and label and counts[label] == 1 and block.lines[0].kind[:1] != "h"
           for o, label, block in zip(opens, labels, blocks, strict=True)):
        ctx.fired("label-once")
    return _joined_with_next(blocks, opens, [bool(label) for label in labels])


# a word that names a play's division: its heading is never a speaker's label
ACT_WORD = re.compile(r"(?i)\b(?:actus|actvs|act|acte|akt|atto|acto|aufzug|auftritt|scaena|"
                      r"scena|scene|scène|szene|escena|cena|quadro|tableau|bild|prolog|"
                      r"prologue|epilog|epilogue)\b")


def _joined_with_next(blocks: list[Block], opens: list[bool], heads: list[bool]) -> list[Block]:
    """Each block that *opens* a turn joined with the next one, its speech, unless that is
    a head itself or a page line."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        if opens[k] and k + 1 < len(blocks) and not heads[k + 1] \
                and not is_page_block(blocks[k + 1]):
            out.append(Block(blocks[k].lines + blocks[k + 1].lines))
            k += 2
            continue
        out.append(blocks[k])
        k += 1
    return out


# A play's speaker set as a heading, a direction in parentheses after the name or not
# ("#### **Pantaleão**", "<h4>Joaquim <i>(refestelando-se)</i></h4>", "1.º Tamborileiro")
HEADING_LABEL = re.compile(r"^(?P<label>(?:\d{1,2}\.[ºª°]?\s+)?[^\W\d_][^()\[\]:;!?]{0,40}?)\.?"
                           r"(?:\s*(?P<stage>\([^()]{1,160}\))\.?)?$")


# the singers' names in parentheses over a song's verses in a play ("(UMA VOZ)" / "(CÔRO)"
# over the coplas of a Portuguese comedy, "(CHOEUR)", "(CHORUS)", "(ALL)"): capitals, one to
# three words, among the play's heading labels
SUNG_LABEL = re.compile(r"^\((?P<label>[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’.]*(?:\s+[^\W\d_a-zß-ÿ]"
                        r"[^\W\d_a-zß-ÿ'’.]*){0,2})\)$")


def _heading_label(block: Block) -> tuple[str, bool] | None:
    """The name a heading gives, and whether it has a speaker's shape by itself (the other
    short names count among a play's labels: "1.º Tamborileiro", "O rabequista"); never a
    title in capitals of three words or more ("COMEDIA EM TRÊS ACTOS")."""
    if len(block.lines) != 1 or block.lines[0].kind[:1] != "h":
        return None
    text = plain(block.lines[0].text).strip()
    sung = SUNG_LABEL.match(text)
    if sung:                         # "(UMA VOZ)" / "(CÔRO)": who sings a play's song
        return " ".join(sung.group("label").split()), True
    m = HEADING_LABEL.match(text)
    label = " ".join(m.group("label").split()) if m else ""
    words = label.split()
    if not label or len(words) > 5 or (label.isupper() and len(words) >= 3):
        return None
    return label, label_shape_ok(label)


def _heading_labels_over_speech(blocks: list[Block]) -> list[Block]:
    """A play that sets each speaker's name as a heading over the speech ("#### **Pantaleão**"
    / "Olé! rapazes!", Project Gutenberg's "<h4>Joaquim</h4>"): the headings of one level are
    labels, not sections, when two names or more come back there, take turns, and make most
    of that level's headings (a section's heading is seldom used twice, never in turn). The
    heading becomes a line of kind "speaker", one block with the speech below it."""
    found: dict[str, list[tuple[int, str, bool]]] = {}
    level: Counter = Counter()
    for k, b in enumerate(blocks):
        kind = b.lines[0].kind
        if kind[:1] != "h":
            continue
        level[kind] += 1
        label = _heading_label(b)
        if label and k + 1 < len(blocks) and blocks[k + 1].lines[0].kind[:1] != "h" \
                and not is_page_block(blocks[k + 1]):
            found.setdefault(kind, []).append((k, *label))
    chosen: set[int] = set()
    for kind, heads in found.items():
        counts = Counter(label for _, label, named in heads if named)
        recurring = [label for label, c in counts.items() if c >= 2]
        order = [label for _, label, _ in heads]
        turns = sum(1 for a, b in itertools.pairwise(order) if a != b)
        if len(recurring) >= 2 and len(heads) * 2 > level[kind] \
                and sum(counts[r] for r in recurring) * 3 >= len(heads) \
                and turns * 3 >= (len(order) - 1) * 2:
            chosen |= {k for k, _, _ in heads}
    if not chosen:
        return blocks
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        if k in chosen:
            head = blocks[k].lines[0]
            out.append(Block([Line(head.number, head.text, "speaker"), *blocks[k + 1].lines]))
            k += 2
            continue
        out.append(blocks[k])
        k += 1
    return out


# The reporter's line that a sitting opens, breaks off, resumes or closes at a time: the
# Spanish Diarios de Sesiones ("Se abre la sesión a las diez y cinco minutos", "Eran las
# …"), the Galician ("Ábrese a sesión ás dez e cinco minutos da mañá", "Remata a sesión
# ás …"), the Catalan ("La sessió s’obre a les onze del matí"), the Portuguese, French,
# Italian and German records ("La séance est ouverte à quinze heures", "La seduta comincia
# alle ore 10", "Die Sitzung ist um 9.01 Uhr eröffnet"), the English ("The House met at
# …", "The sitting was suspended at …"): an incident of the room (<stage>), never a
# heading; the same words in a speech are the chair's, in its turn
SITTING_TIME = re.compile(
    r"(?i)^\(?(?:(?:se\s+)?(?:abre|levanta|suspende|reanuda)(?:-?se)?\s+la\s+sesión|"
    r"(?:ábrese|remata|levántase|suspéndese|reanúdase|retómase)\s+a\s+sesión|"
    r"(?:abre-se|abriu-se|encerra-se|suspende-se|reabre-se)\s+a\s+sessão|"
    r"(?:la\s+)?sessió\s+(?:s['’]obre|s['’]aixeca|se\s+suspèn|es\s+reprèn)|"
    r"(?:s['’]aixeca|es\s+reprèn|se\s+suspèn)\s+la\s+sessió|"
    r"la\s+séance\s+est\s+(?:ouverte|levée|suspendue|reprise)|"
    r"la\s+seduta\s+(?:è\s+(?:aperta|tolta|sospesa|ripresa)|comincia|termina)|"
    r"die\s+sitzung\s+(?:ist|wird)|"
    r"the\s+(?:house|senate|sitting|meeting|committee|council)\s+(?:met|(?:was\s+)?"
    r"(?:opened|adjourned|suspended|resumed|called\s+to\s+order))|"
    r"засідання\s+(?:оголошу\w+|розпочина\w+|закрива\w+)|заседание\s+(?:открыва\w+|"
    r"закрыва\w+))"
    r"\b.{0,40}?(?:\s(?:ás|às|a\s+las|a\s+la|a\s+les|a\s+l['’]|à|alle|at|um|о|в)\s+"
    r"(?:ore\s+)?[\w.:]+).{0,80}$")


def sitting_times(blocks: list[Block], ctx: Context) -> list[Block]:
    """The lines of SITTING_TIME standing alone: a stage direction (kind "stage")."""
    out = []
    for b in blocks:
        if len(b.lines) == 1 and not b.lines[0].kind and len(b.lines[0].text) <= 200 \
                and SITTING_TIME.match(plain(b.lines[0].text).strip()):
            b = Block([b.lines[0]._replace(kind="stage")])
            ctx.fired("sitting-time")
        out.append(b)
    return out


def _format_labels_over_speech(blocks: list[Block]) -> list[Block]:
    """A speaker's label the format sets as a paragraph of its own (a Word template's label
    style, an HTML class "speaker": formats.docx), the speech in the next paragraph: one
    block, when the next one is neither a heading, another label nor a stage direction."""
    alone = [len(b.lines) == 1 and b.lines[0].kind == "speaker" for b in blocks]
    if not any(alone):
        return blocks
    return _joined_with_next(blocks, alone, [
        a or b.lines[0].kind in ("stage", "speaker") or b.lines[0].kind[:1] == "h"
        for a, b in zip(alone, blocks, strict=True)])


def _stamps_over_speech(blocks: list[Block]) -> list[Block]:
    """A loop transcript's entry line ("[- 55 59 08] EECOM") whose words the source format
    read as a block of their own (a line opening with "- ", taken for a list's item): one
    block again, where the transcript has three entries or more."""
    alone = [len(b.lines) == 1 and b.lines[0].text[:1] == "[" and
             bool(STAMPED_LABEL.match(b.lines[0].text.strip())) for b in blocks]
    if sum(1 for b in blocks if b.lines[0].text[:1] == "["
           and STAMPED_LABEL.match(b.lines[0].text.strip())) < 3 or not any(alone):
        return blocks
    return _joined_with_next(blocks, alone, [a or b.lines[0].text[:1] == "["
                                             for a, b in zip(alone, blocks, strict=True)])


def _label_alone(block: Block) -> str | None:
    if len(block.lines) != 1 or len(block.lines[0].text) > 60:
        return None
    text = plain(block.lines[0].text).strip()
    heading = block.lines[0].kind[:1] == "h" and text.endswith(":")   # "#### Poseł Bosak:"
    if len(text) > 60 or not text.endswith((".", ":")) or not (is_caps_heading(text) or heading):
        return None
    m = LABEL_LINE.match(text)
    if not m \
            or not label_shape_ok(m.group("label")) or m.group("label").casefold() in FIELD_LABELS:
        return None
    return m.group("label").strip()



def _salutation_apart(blocks: list[Block]) -> list[Block]:
    """A salutation on the first line of the letter's text ("Mes chers parens," / "Je n'ai
    rien …"), with no blank line after it, or run into its first sentence ("Mein
    schätzbarster Freund! Ich weiß …", "DEAR SIR,--I have …"), is a block of its own."""
    first = next((k for k, b in enumerate(blocks) if not is_page_block(b)), None)
    if first is None or opens_turn(blocks[first].lines[0].text):
        return blocks
    for k in range(first, min(first + 3, len(blocks))):
        # a petition's address run into its first sentence ("Señor Governador y Comandante
        # General. Los soldados …"), under a docket or a title of a few words
        # ("Representación") maybe: the address is a block of its own
        line = blocks[k].lines[0]
        at = address_run_in(line.text.strip()) if len(line.text) > 40 else None
        if at is not None:
            head = line.text.strip()
            return [*blocks[:k], Block([Line(line.number, head[:at], line.kind)]),
                    Block([Line(line.number, head[at:].lstrip(), line.kind),
                           *blocks[k].lines[1:]]), *blocks[k + 1:]]
        if len(blocks[k].lines) > 1 or len(plain(line.text).split()) > 10:
            break
    lines = blocks[first].lines
    run_in = SALUTE_RUN_IN.match(lines[0].text.strip()) if len(lines[0].text) > 40 else None
    if is_salutation(lines[0].text):   # the whole line salutes: no run-in salutation in
        if len(lines) < 2:                 # it ("Mr. President, Mr. Speaker, Members …:")
            return blocks
    elif run_in and len(run_in.group().split()) <= 8:
        head = lines[0].text.strip()
        lines = [Line(lines[0].number, head[:run_in.end()].rstrip(), lines[0].kind),
                 Line(lines[0].number, head[run_in.end():], lines[0].kind), *lines[1:]]
    elif len(lines) < 2 or not is_salutation(lines[0].text):
        return blocks
    return [*blocks[:first], Block(lines[:1]), Block(lines[1:]), *blocks[first + 1:]]


def _section_salutations_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """A salutation run into the first sentence of a section (a letter of a journal kept in
    letters, of a "letters from …" book, of a collection under headings: "## JOURNAL." /
    "Philadelphia, December 1838." / "My Dear E——,— I return you …") is a block of its
    own, as _salutation_apart sets apart the text's first one. Only where the section's
    heading stands right over it, or over a place and date line over it, and only where the
    salutation ends in the dash 19th-century print sets after it (",—", ",--") or that
    dateline stands over it: a section may open "Sir, you will say …" in an essay."""
    from .dates import looks_like_dateline
    out: list[Block] = []
    for k, block in enumerate(blocks):
        first = block.lines[0]
        heading = k >= 1 and blocks[k - 1].lines[0].kind[:1] == "h"
        dated = k >= 2 and blocks[k - 2].lines[0].kind[:1] == "h" and len(blocks[k - 1].lines) \
            == 1 and blocks[k - 1].lines[0].kind == "" and looks_like_dateline(
                plain(blocks[k - 1].lines[0].text).strip())
        m = SALUTE_RUN_IN.match(first.text.strip()) if (heading or dated) and first.kind == "" \
            and len(first.text) > 40 and first.text.lstrip()[:1].isupper() else None
        if m is None or len(m.group().split()) > 8 or not (
                dated or re.search(r"(?:--|[—–])\s*$", m.group())) or opens_turn(first.text):
            out.append(block)
            continue
        head = first.text.strip()
        out.append(Block([Line(first.number, head[:m.end()].rstrip(), first.kind)]))
        out.append(Block([Line(first.number, head[m.end():].lstrip(), first.kind),
                          *block.lines[1:]]))
        ctx.fired("salutation-run-in-section")
    return out


def split_turn_lines(block: Block, letters: frozenset[str] = frozenset(),
                     bare: frozenset[str] = frozenset(),
                     abbrev: frozenset[str] = frozenset()) -> list[Block]:
    """Turns written one per line, with no blank line between them, are blocks of their
    own: "THE CHAIRMAN: We begin." / "MS. BAKER: Agreed." are two turns, not one."""
    if len(block.lines) < 2:
        return [block]                   # (most blocks: one line, one paragraph or turn)
    if block.lines[0].kind == "mail-header" or block.lines[0].kind.startswith("mail-quote") \
            or _as_names(block) \
            or _as_fields(block):
        return [block]                   # a cast list, a memo's fields: one block
    lines = block.lines
    starts = [0] + [i for i, line in enumerate(lines)
                    if i and (opens_turn(line.text, in_block=True)
                              or (letters and _letter_label(line.text, letters))
                              or (bare and _bare_label(line.text, bare))
                              or (abbrev and _abbrev_label(line.text, abbrev)))
                    and not (CAPS_LABEL.match(line.text.lstrip())         # "THE\nPROPOSAL. END":
                             and (lines[i - 1].text.rstrip()[-1:].isalnum()  # a wrapped line,
                                  or _caps_word_broken(lines[i - 1].text)))  # "NA-" / "TIONAL"
                    and not _cjk_runs_on(lines[i - 1].text)
                    and not _parenthesis_goes_on(lines[i - 1].text, line.text)]
    # a label cut by the line's end inside its brackets, under a line that ends a sentence
    # ("… kehidupan rakyat." / "Menteri … Pengguna  [Dato’" / "Shahrir Abdul Samad]:  Tuan
    # Yang di-Pertua, …")
    starts += [i for i in range(1, len(lines) - 1)
               if lines[i - 1].text.rstrip()[-1:] in ".?!" and i not in starts
               and _bracket_left_open(lines[i].text)
               and _wrapped_label(Block(lines[i:i + 2])) is not None]
    starts.sort()
    if len(starts) == 1:
        return [block]
    ends = [*starts[1:], len(block.lines)]
    return [Block(block.lines[a:b]) for a, b in zip(starts, ends, strict=True)]


def _caps_word_broken(before: str) -> bool:
    """Does the line end in a word in capitals broken by a hyphen ("… of a NA-"), so that
    the next line's capitals ("TIONAL CONVENTION.") go on with that word, never a label?"""
    end = before.rstrip()
    word = end[:-1].rsplit(None, 1)[-1] if end[-1:] == "-" and end[:-1].strip() else ""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _parenthesis_goes_on(before: str, text: str) -> bool:
    """Does the line close a parenthesis the line before left open ("… Transport and
    Civil" / "Aviation): I present …": one label over two lines)?"""
    at = text.find(")", 0, 80)
    return at > 0 and "(" not in text[:at] and before.rfind("(") > before.rfind(")")


def _cjk_runs_on(text: str) -> bool:
    """A CJK line cut before its sentence ends ("…民間方" / "案所要求：…")."""
    end = text.rstrip()[-1:]
    return is_cjk(end) and end not in CJK_ENDS


def opens_turn(text: str, questions: bool = True, in_block: bool = False) -> bool:
    """Does the line open a speaker turn (with speech after the label)? *questions*: count
    the Q./A. of a deposition (not when the line could be a heading: "A. Lincoln").
    *in_block*: a line inside a paragraph, where a play's mixed-case label ("Cecily.  ")
    is only a wrapped line that begins with a name."""
    found = _label(text)
    if found is None or not text[found[1]:].strip() or (in_block and found[3] == "play"):
        return False
    if in_block and found[3] == "staged" and text[found[1]:].lstrip()[:1] in "(" + HI["italic"][0]:
        return False                     # "… of Congress (see above)." ends a wrapped line
    return questions or found[0] not in ("Q", "A")


LETTER_LABEL = re.compile(r"^\s*\((?P<letter>[A-Z])\)\s+(?=\S)")


def _letters_taking_turns(blocks: list[Block]) -> frozenset[str]:
    """An examination's speakers marked by letters in parentheses, "(H) Titibe what evil
    spirit …" / "(T) none": two letters or more that come back in turn, not an enumeration
    running (A), (B), (C)."""
    letters = [m.group("letter") for b in blocks for ln in b.lines
               if ln.text[:4].lstrip()[:1] == "(" and (m := LETTER_LABEL.match(ln.text))]
    if len(letters) < 4 or len(set(letters)) < 2:
        return frozenset()
    onward = sum(1 for a, b in itertools.pairwise(letters) if ord(b) == ord(a) + 1)
    back = _comebacks(letters)
    return frozenset(letters) if back * 2 >= len(letters) and onward * 4 < len(letters) \
        else frozenset()


def _comebacks(items: list[str]) -> int:
    """How many items come back: seen before, after another one (a set of those seen, in
    one pass; a look at the list's slice before each was quadratic in a long transcript)."""
    seen: set[str] = set()
    back = 0
    for k, x in enumerate(items):
        back += x in seen and items[k - 1] != x
        seen.add(x)
    return back


# a speaker's name in capitals with no colon or full stop after it, in a transcript typed
# so ("QUESTION Do you think …" / "MR. HOLT I would not …"; OCR: "MR, HOLT")
BARE_LABEL = re.compile(r"^\s*(?P<label>(?:MR|MRS|MS|DR|SIR)[.,]?\s+[A-Z][A-Z'’\-]+|"
                        r"[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]+){0,2})(?:\s*:)?\s+"
                        r"(?=[A-Z\"“'(][a-z'’ ])")


def _bare_key(label: str) -> str:
    return " ".join(re.sub(r"[.,]", " ", label).split())


def _bare_labels(blocks: list[Block]) -> frozenset[str]:
    """Labels in capitals without a colon count as speakers where two or more of them open
    three lines or more each and come back in turn."""
    found = [_bare_key(m.group("label")) for b in blocks for ln in b.lines
             if ln.text[:1].isupper() or ln.text[:1] == " "
             if (m := BARE_LABEL.match(ln.text)) and label_shape_ok(m.group("label"), True)
             and not CLASSIFICATION_WORDS.match(m.group("label"))]
    counts = Counter(found)
    labels = {lab for lab, c in counts.items() if c >= 3}
    order = [lab for lab in found if lab in labels]
    back = _comebacks(order)
    return frozenset(labels) if len(labels) >= 2 and back * 2 >= len(order) else frozenset()


def _bare_label(text: str, labels: frozenset[str]) -> tuple[str, int, None, str] | None:
    m = BARE_LABEL.match(text) if text[:1].isupper() or text[:1] == " " else None
    return (m.group("label"), m.end(), None, "bare") \
        if m and _bare_key(m.group("label")) in labels else None


# The court's (or another party's) abbreviated label among an examination's Q. and A.:
# "Ct. You agree with the plaintiffs' counsel …" (a record of evidence quoted in a judgment)
COURT_LABEL = re.compile(r"^\s*(?P<label>[A-Z][a-z]{1,3})\.\s+(?=[A-Z\"“'(])")
QA_LINE = re.compile(r"^\s*[QA][.:]\s")
NOT_COURT_LABELS = {"no", "nos", "vol", "art", "arts", "sec", "ch", "fig", "cf", "ibid", "id",
                    "op", "pp", "para", "st", "mt", "ft", "etc", "viz", "vs", "ex", "re", "ps",
                    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "fri", "sat",
                    "sun", "item", "encl", "att"}


def _court_labels(blocks: list[Block]) -> frozenset[str]:
    """Abbreviated labels that break into an examination ("Ct." between "A." and "Q."): a
    capital and up to three small letters with a full stop, no title or common
    abbreviation, opening two paragraphs or more that stand next to a Q. or an A."""
    firsts = [b.lines[0].text for b in blocks]
    if sum(1 for t in firsts if QA_LINE.match(t)) < 2:
        return frozenset()
    found: Counter = Counter()
    for k, text in enumerate(firsts):
        m = COURT_LABEL.match(text) if text.lstrip()[1:2].islower() else None
        if m and m.group("label").casefold() not in NOT_COURT_LABELS | TITLE_WORDS and (
                (k and QA_LINE.match(firsts[k - 1]))
                or (k + 1 < len(firsts) and QA_LINE.match(firsts[k + 1]))):
            found[m.group("label")] += 1
    return frozenset(label for label, count in found.items() if count >= 2)


def _court_label(text: str, labels: frozenset[str]) -> tuple[str, int, None, str] | None:
    m = COURT_LABEL.match(text)
    return (m.group("label"), m.end(), None, "") if m and m.group("label") in labels else None


# A play's speaker label cut short, in mixed case with a full stop, as school and humanist
# drama prints it (Reuchlin's Henno: "Els. Muliercularum …", "(75) Hen. Heus tu Dromo.";
# Barlandus's dialogues: "No. Fuisti ne Venetijs?" for Novellinus; Terence's "Da.", "Sy.";
# English plays' "Ham.", "Hor."), with a verse line's number before it and the label in
# bold or italics. The marks around the label, if any, are balanced in what it takes.
MARK = "[\ufdd0-\ufdef]*"
ABBREV_LABEL = re.compile(r"^\s*(?P<num>\(\d{1,4}\)[ \t]*)?" + MARK + r"[ \t]*" + MARK
                          + r"(?P<label>[A-Z][a-z]{1,4})" + MARK + r"\." + MARK
                          + r"[ \t]+(?=" + MARK + r"[A-Z\"“‘'(])")
# a label's full stop is an abbreviation's, not a speaker's, in these ("Fig. 3", "Cf. The …")
NOT_ABBREV_LABELS = (NOT_COURT_LABELS - {"no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                         "sep", "sept", "oct", "nov", "dec"}) | TITLE_WORDS


def _balanced(text: str) -> bool:
    marks_in = [c for c in text if "\ufdd0" <= c <= "\ufdef"]
    return len(marks_in) % 2 == 0 and all(
        "\ufdd0" <= a <= "\ufdef" and ord(a) % 2 == 0 for a in marks_in[::2])


def _abbrev_labels(blocks: list[Block]) -> frozenset[str]:
    """Abbreviated labels of a play's speakers ("Els.", "Hen.", "No."): a capital and one
    to four small letters with a full stop over a capitalised speech, each the start of a
    longer name the document prints in a short line of its own (the cast list "Anionivs
    Pontanvs, Novellinus.", a scene's head "Elsa. Henno. Dromo."), in a dialogue: with
    other labels (these, or capitals: "AN.") they open three turns or more and come
    back in turn. "No." before a capital is then Novellinus, not the number's sign."""
    found: list[str] = []
    starts: set[str] = set()
    names: set[str] = set()
    for b in blocks:
        for line in b.lines:          # (a text file's turns may stand one a line)
            text = line.text
            if NAMES_LINE.match(plain(text)):
                continue                  # a scene's head: "Elsa. Henno. Dromo."
            m = ABBREV_LABEL.match(text) if text.lstrip()[:1] == "(" or MARK_OR_CAPITAL.match(
                text.lstrip()[:2]) else None
            caps = CAPS_LABEL.match(plain(text).lstrip()) if m is None else None
            if m and _balanced(text[:m.end()]):
                found.append(m.group("label"))
                starts.add(m.group("label"))
            elif caps and (caps.group("label") or caps.group("dashed")):
                found.append(caps.group("label") or caps.group("dashed"))
            if ". " in text[3:]:          # inside the line, after a sentence's end
                found.extend(x.group("label") for x in ABBREV_INSIDE.finditer(text, 3)
                             if _balanced(x.group("marks") + x.group("after")))
        if len(b.lines) <= 12:           # a short line's names (a cast's, a scene's head)
            words = plain(" ".join(ln.text for ln in b.lines)).split()
            if len(words) <= 12 or len(words) <= 6 * len(b.lines):
                names.update(w.strip(".,;:&") for w in words if w[:1].isupper())
    counts = Counter(lab for lab in found if lab[1:].islower())
    if not counts or len(found) < 3:
        return frozenset()
    names = {n for n in names if len(n) >= 3 and n.isalpha() and MONTHS.get(n.casefold()) is None
             and not WEEKDAY.fullmatch(n)}
    prefixes = {n.casefold()[:k] for n in names for k in range(2, min(len(n), 6))}
    labels = {lab for lab in counts if lab.casefold() in prefixes and lab in starts
              and lab.casefold() not in NOT_ABBREV_LABELS}   # (once at a line's start)
    order = [lab for lab in found if lab in labels or not lab[1:].islower()]
    if not labels or len(set(order)) < 2 or sum(counts[lab] for lab in labels) < 2 \
            or (len(order) > 3 and _comebacks(order) * 3 < len(order)):   # (an excerpt: a
        #                                                                 few turns only)
        return frozenset()
    return frozenset(labels)


MARK_OR_CAPITAL = re.compile(r"[\ufdd0-\ufdefA-Z]")
NAMES_LINE = re.compile(r"^\s*(?:\(\d{1,4}\)\s*)?(?:[A-Z][^\W\d_]*\.\s*){2,8}$")
ABBREV_INSIDE = re.compile(r"(?:(?<=[.!?;:])|(?<=[.!?;:][\ufdd1\ufdd3]))[ \t]+(?P<marks>" + MARK
                           + r")(?P<label>[A-Z][a-z]{1,4})(?P<after>" + MARK + r"\." + MARK
                           + r")[ \t]+(?=" + MARK + r"[\"“‘'(]?[A-Z])")
VERSE_NUMBER = re.compile(r"^\s*(?:\(\d{1,4}\)|\d{1,4})\s+")


def _verse_lines(blocks: list[Block]) -> bool:
    """A text set one verse line to a paragraph, as Word transcriptions of verse drama
    are (TransLatin's Henno: "Atque iis magis quae sunt maritis coniuges." / "(20) Hoc
    usque sensi …" / "Curis, lucris negotiisque villicis"): ten lines or more, most of
    the text's blocks, each a line of two to fourteen words that opens with a capital
    (after its number), a third of them or more ending without a sentence's end. A short
    line of such a text is a verse line, not a heading."""
    lines = [VERSE_NUMBER.sub("", plain(b.lines[0].text).strip()) for b in blocks
             if len(b.lines) == 1 and b.lines[0].kind[:1] != "h"]
    verse = [t for t in lines if 2 <= len(t.split()) <= 14 and t[:1].isupper()]
    run_on = sum(1 for t in verse if t[-1:].isalnum() or t[-1:] == ",")
    # (a verse opens with a capital even where the sentence runs on from the line before;
    # prose cut into lines, a PDF's, goes on in lower case there)
    after = [b for a, b in itertools.pairwise(lines) if a[-1:].isalnum() or a[-1:] == ","]
    capital = sum(1 for t in after if t[:1].isupper())
    return len(verse) >= 10 and len(verse) * 5 >= len(blocks) * 3 and run_on * 3 >= len(verse) \
        and capital * 10 >= len(after) * 9


def _abbrev_label(text: str, labels: frozenset[str]) -> tuple[str, int, None, str] | None:
    m = ABBREV_LABEL.match(text) if not NAMES_LINE.match(plain(text)) else None
    return (m.group("label"), m.end(), None, "abbrev") \
        if m and m.group("label") in labels and _balanced(text[:m.end()]) else None


def build_text(div, blocks: list[Block], ctx: Context) -> None:
    blocks = _labels_over_speech(blocks, ctx)
    blocks = _stamps_over_speech(blocks)
    ctx.letter_speakers = _letters_taking_turns(blocks)
    if ctx.letter_speakers:
        ctx.fired("letter-speakers")
    ctx.bare_labels = _bare_labels(blocks)
    if ctx.bare_labels:
        ctx.fired("bare-labels")
    ctx.court_labels = _court_labels(blocks)
    if ctx.court_labels:
        ctx.fired("court-labels")
    ctx.abbrev_labels = _abbrev_labels(blocks)
    if ctx.abbrev_labels:
        ctx.fired("abbreviated-labels")
    ctx.verse_lines = _verse_lines(blocks)
    blocks = [part for block in blocks
              for part in split_turn_lines(block, ctx.letter_speakers, ctx.bare_labels,
                                           ctx.abbrev_labels)]
    blocks = _salutation_apart(blocks)
    blocks = _section_salutations_apart(blocks, ctx)
    units = [u for b in blocks for u in classify(b, ctx)]
    accept_speakers(units, ctx)
    units = _commentary_blocks(units)
    _numbered_narration(units, ctx)
    units = rejoin_split_paragraphs(units, ctx)
    # a newspaper's articles: a headline over a wire dateline
    from . import news
    units = news.find_articles(units, div.find(tei("head")) is not None, ctx)
    units = _turns_run_in(units, ctx)
    ctx.spoken = any(u.kind == "turn" for u in units)
    initials_signed(units, ctx)
    units = _cast_lists(units, ctx)
    units = block_quotes(units, ctx)
    sections = _sections(letters_apart(letters_at_rules(letter_marks(units, ctx), ctx), ctx))
    for k, (section, part) in enumerate(sections):
        letters = embedded_letters(letters_in_turns(part))
        sections[k] = (section, letters)
        find_letter_parts(letters, ctx)  # a collection of letters: each has its parts
                                         # (which may split a paragraph: a list each)
        eschatocol.closing_datelines(letters, ctx)   # an act's "DONE at …, the … day of …"
    units = [u for section, part in sections for u in ([section] if section else []) + part]
    dated = len(list(itertools.islice(   # (two are enough: not every block's date)
        (b for b in blocks if entry_date(b.lines[0].text)), 2))) == 2
    TextBuilder(div, ctx, dated_entries=dated).write(units)
    _label.cache_clear()            # (the caches hold this text's lines: let them go with it,
    label_shape_ok.cache_clear()    # or they keep its memory from the serializer, 50 MiB at 50 MB)




# The heading of a play's cast: "Personajes", "Dramatis Personae", "Personen", "Characters",
# "Persons of the Play", "Personnages", "Personaggi", "Cast"
CAST_HEAD = re.compile(r"(?i)\b(?:personajes|dramatis\s+person(?:ae|æ)|personen|characters|"
                       r"persons\s+(?:of|in)\s+the\s+(?:play|drama)|personnages|personaggi|"
                       r"cast)\b")


def _cast_lists(units: list[Unit], ctx: Context) -> list[Unit]:
    """Names one under another under a cast's heading ("/ Personajes" / "La Puta" / "El
    Soldado" / …): a list of the cast (never a letter signed by its last name)."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        out.append(u)
        k += 1
        head = plain(u.span.text) if u.kind == "section" and u.span is not None else ""
        if not head or len(head.split()) > 6 or not CAST_HEAD.search(head):
            continue
        j = k
        while j < len(units) and name_only(units[j]):
            j += 1
        if j - k >= 2:
            out.append(Unit("list", units[k].block, list_type="cast",
                            items=[("item", x.body.strip(), None) for x in units[k:j]]))
            ctx.fired("cast-list")
            k = j
    return out


def _sections(units: list[Unit]) -> list[tuple[Unit | None, list[Unit]]]:
    """The units before the first heading, then each heading with the units under it."""
    parts: list[tuple[Unit | None, list[Unit]]] = [(None, [])]
    for u in units:
        if u.kind == "section":
            parts.append((u, []))
        else:
            parts[-1][1].append(u)
    return parts


DIGIT = re.compile(r"\d")


def entry_date(text: str) -> DateFound | None:
    """The date that opens a diary's entry ("Tuesday, 4 January 1916." …), else None."""
    if not DIGIT.search(text, 0, 50):        # (a quick look: a date has figures)
        return None
    head = plain(text[:80])
    if not YEAR.search(head):                # (and a year: before the weekdays are tried)
        return None
    lead = ENTRY_LEAD.match(head)
    return date_at(head, lead.end() if lead else 0)


class TextBuilder:
    """Builds the TEI of the text from the classified units (a tree builder, not an output
    writer: those are in teikit.writers)."""

    def __init__(self, div, ctx: Context, dated_entries: bool = False):
        self.div, self.ctx = div, ctx
        self.levels: list[tuple[int, etree._Element]] = [(0, div)]   # open sections, by level
        self.signed_off: set = set()       # divisions with a closer or postscript
        self.dated_entries = dated_entries   # a diary: paragraphs open with their date
        self.last_when: str | None = None  # the last date a diary's heading carries on
        self.sp = None
        self.quote = None
        self.salutes: list = []
        self.times: list[str] = []         # timestamps waiting for the turn they date

    def write(self, units: list[Unit]) -> None:
        self._write(units)
        self._end_section()
        if self.ctx.verse_lines:         # (every section's speeches: the text's division)
            _verse_speeches(self.levels[0][1], self.ctx)
        for section in self.levels[0][1].iter(tei("div")):
            if section.get("type") == "section" and any(
                    child.tag in (tei("opener"), tei("closer")) for child in section):
                section.set("type", "letter")     # one letter of a collection
        if self.times:                   # timestamps at the very end: a paragraph of them
            self._end_turn()
            p = E.p()
            self._flush_times(p)
            ends = [c for c in self.div if c.tag in (tei("closer"), tei("postscript"))]
            if ends:
                ends[0].addprevious(p)      # the text comes before the closer
            else:
                self.div.append(p)

    def _write(self, units: list[Unit]) -> None:
        # for each unit: does the next unit that is not a page break or stage go on with
        # the speech? (one backward pass: the document can have 100,000s of units)
        ahead, nxt_continues = [False] * len(units), False
        for i in range(len(units) - 1, -1, -1):
            ahead[i] = nxt_continues
            if units[i].kind not in ("pb", "cb", "stage", "time", "annotation"):
                nxt_continues = continues_speech(units[i])
        for u, continues_turn in zip(units, ahead, strict=True):
            getattr(self, "_" + u.kind)(u, continues_turn)
            if u.part and self.sp is not None and len(self.sp) and self.sp[-1].tag == tei("p"):
                self.sp[-1].set("part", u.part)      # (an <l>'s, see _verse_speeches)
        self._end_turn()

    def _end_section(self) -> None:
        self._end_quote()
        self._end_turn()
        if self.salutes:                  # closing phrases with no signature after them
            self.div.append(E.closer(*self.salutes))
            self.signed_off.add(self.div)
            self.salutes = []

    def _section(self, u: Unit, _):
        """A heading inside the text opens a section (a letter of a collection, a part of
        minutes) that runs to the next heading of its level or above."""
        self._end_section()
        # a heading's level; a letter with no heading is a sibling of the open section; a
        # newspaper's article, of the article before it, and inside the open section
        level = int(u.n) if u.n else max(self.levels[-1][0], 1)
        if u.form == "article":
            level = self.levels[-1][0] + (self.levels[-1][1].get("type") != "article")
        while len(self.levels) > 1 and self.levels[-1][0] >= level:
            self.levels.pop()
        parent = self.levels[-1][1]
        if parent in self.signed_off:   # (a set: a text can have thousands of headings)
            _finished_letter_apart(parent)
            self.signed_off.discard(parent)
        self.div = E.div(type="article" if u.form == "article" else  # (a letter between
                         "letter" if u.form == "letter" else "section")   # rules: letters)
        found = self._day_heading(u.span) if u.span is not None and u.form != "article" \
            else None
        if found is not None and u.span is not None:   # a diary's heading: "Sunday April 1st"
            start, end = found[1]
            head = fill(E.head(), u.span[:start], self.ctx)
            head.append(fill(E.date(when=found[0].when), u.span[start:end], self.ctx))
            self.div.append(fill(head, u.span[end:], self.ctx))
            self.ctx.fired("entry-date-heading")
        elif u.span is not None:
            self.div.append(fill(E.head(), u.span, self.ctx))
        parent.append(self.div)
        self.levels.append((level, self.div))
        self.ctx.fired("section")

    def _day_heading(self, span: Span):
        """The date of a heading that is a diary entry's day-date, its year and month
        carried from the last date written before it (the page's "Apr 1821", the entry
        before); with the span's range of it. None without a year to carry."""
        text = plain(span.text)
        if len(text) > 60 or not DIGIT.search(text):
            return None
        if self.last_when is None:       # (once: then each dated heading carries it on)
            dates = [d.get("when") for d in self.levels[0][1].iter(tei("date"))
                     if d.get("when")]
            if not dates:            # the year a heading over the entries names: "# September
                heads = [find_date(text_of(h)) for h in self.levels[0][1].iter(tei("head"))]
                dates = [f.when for f in heads if f is not None]   # 1st 1855 Commencing this
                #                                        Journal" / "## Sept. 3")
            if not dates:            # the date the text before the entries names last
                said = (find_date(text_of(p)) for p in self.levels[0][1].iter(tei("p")))
                dates = [f.when for f in said if f is not None]     # ("Wij schrijven
            self.last_when = dates[-1] if dates else ""   # september 1944." / "6 september")
        found = day_heading(text, self.last_when)
        where = marks.plain_range(span.text, found.start, found.end) if found else None
        if found is None or where is None:
            return None
        self.last_when = found.when
        return found, where

    def _container(self, stays_in_turn: bool = True):
        if self.sp is not None and stays_in_turn:
            return self.sp
        self._end_turn()
        return self.div

    def _end_turn(self):
        """A label with no speech after it is no turn: keep its line as a paragraph."""
        sp, self.sp = self.sp, None
        if sp is None or any(child.tag in SPEECH for child in sp):
            return
        line = self.sp_unit.block.lines[0]
        p = fill(E.p(), Span.of_line(line).strip(), self.ctx)
        after = list(sp)[1:]             # an incident under the label ("(Laughter.)") stays
        sp.getparent().replace(sp, p)
        anchor = p
        for child in after:
            anchor.addnext(child)
            anchor = child
        self.ctx.diags.warn(f"speaker label \u201c{self.sp_unit.label}\u201d has no speech; "
                            "kept as a paragraph", "empty-turn", line.number, 1)

    def _turn(self, u: Unit, _):
        self._end_quote()
        self._end_turn()
        printed = u.label or ""
        label = _without_affiliation(printed)
        if label != printed:
            self.ctx.affiliations.setdefault(label.casefold(), printed[len(label):].strip())
            self.ctx.fired("affiliation")
            # the <speaker> keeps every word the label prints, at every turn (the header
            # has the affiliation once, for the person); the person is keyed by the name
            self.ctx.speaker_names[printed] = label
        sp = sub(self.div, "sp")
        sub(sp, "speaker").text = printed
        self.sp, self.sp_unit = sp, u
        self.ctx.fired("sp")
        if u.time:
            self.times.append(u.time)
        if u.form in ("stamped", "staged", "said", "time-bold", "dash", "heading"):
            self.ctx.fired(u.form + "-turn")
        if u.stage is not None:          # "HAMLET (aside): …": the direction, then the words
            sp.append(self._stage_or_incident(u.stage))
            self.ctx.fired("stage")
        if not u.body.text:
            return
        for chunk in _speech_paragraphs(u.body):
            if not plain(chunk.text).strip():
                continue                     # emphasis around nothing ("<b> </b>"): no speech
            if "(" in chunk.text and STAGE.match(plain(chunk.text)) and not self.times:
                sp.append(self._stage_or_incident(chunk))
                self.ctx.fired("stage")
            else:
                self._paragraph(chunk, parent=sp)
        if u.notes:
            self._commentary(sp, u.notes)

    def _commentary(self, sp, notes: list[tuple[str | None, Span]]) -> None:
        """A turn's commentary: "1> …" at the end of its first {braced words} (the braces
        are the anchor's marks, not words), "> …" at the end of its words."""
        made = [(n, fill(E.note(type="editorial", **({"n": n} if n else {})), span, self.ctx,
                         notes=False)) for n, span in notes]
        numbered = {int(n): note for n, note in made if n}
        paragraphs = [c for c in sp if c.tag == tei("p")] or [sub(sp, "p")]
        k = 0
        for p in paragraphs:
            k = _notes_at_braces(p, numbered, k)
        for n, note in made:
            if n is None or int(n) in numbered:      # (one whose braces were not found)
                paragraphs[-1].append(note)
        self.ctx.fired("commentary")

    def _time(self, u: Unit, _):
        self.times.append(u.n or "")

    def _flush_times(self, p) -> None:
        """Timestamps open the paragraph they date: <p><time>00:04:17</time> …</p>."""
        for stamp in reversed(self.times):
            time = sub(p, "time")            # (made in the tree, then moved to the front)
            time.text = stamp
            p.insert(0, time)
            time.tail = " " + (p.text or "")
            p.text = None
            self.ctx.fired("timestamp")
        self.times = []

    def _annotation(self, u: Unit, _):
        text = u.body
        m = ANNOTATION.match(plain(text.text))
        key = m.group("key").casefold() if m else "comment"
        value = text[m.start("value"):] if m else text[2:]
        if self.times:                   # a timestamp the annotation stands under
            self._end_turn()
            p = E.p()
            self._flush_times(p)
            self.div.append(p)
        if key in ("lang", "language"):
            self.ctx.leave_out(u.block.lines, "the transcript's language; it is in the "
                               "header (langUsage)", "annotation")
            return
        note = fill(E.note(type=key if re.fullmatch(r"[a-z]+", key) else "comment"),
                    value.strip(), self.ctx, notes=False)
        target = self.sp[-1] if self.sp is not None and len(self.sp) > 1 \
            and self.sp[-1].tag == tei("p") else None
        if target is not None:
            target.append(note)
        else:
            self._end_turn()
            self.div.append(note)
        self.ctx.fired("annotation")

    def _paragraph(self, span: Span, n: str | None = None, parent=None):
        """A <p> of *span*: the last child of *parent*, or alone (for the caller to place)."""
        p = E.p() if parent is None else sub(parent, "p")
        if n:
            p.set("n", n)
            self.ctx.fired("numbered")
        lead = LEADING_STAGE.match(span.text) if span.text[:1] == "(" else None
        if lead and is_cjk(lead.group()[1:2]) and len(lead.group()) > 10:
            lead = None       # a run of classical Chinese in parentheses is commentary set in
                              # small characters (Kanripo's "(…/…)"); a play's direction is
                              # a few characters: "(笑)", "(下)"
        if lead and not _directs(lead.group(), span.text[lead.end():], self.ctx):
            lead = None
            self.ctx.fired("parenthesis-not-stage")
        if lead:
            p.append(E.stage(lead.group()))
            p[-1].tail = None
            span = span[lead.end():]
            self.ctx.fired("stage")
        found = entry_date(span.text) if self.dated_entries and not n else None
        where = marks.plain_range(span.text, found.start, found.end) if found else None
        if found and where:              # "Tuesday, 4 January 1916. Letter from Mother."
            start, end = where
            fill(p, span[:start], self.ctx)
            p.append(fill(E.date(when=found.when), span[start:end], self.ctx))
            span = span[end:]
            self.ctx.fired("entry-date")
        else:                            # an act's date where its closing clause runs on
            span = eschatocol.mark_date(p, span, self.ctx)
        fill(p, span, self.ctx)
        if self.times:
            self._flush_times(p)
        return p

    def _opener_open(self) -> bool:
        """Only headings (and an opener last) so far: an opener may still be written."""
        tags = [c.tag for c in self.div]
        return bool(tags) and set(tags) <= {tei("head"), tei("opener")} and (
            tei("opener") not in tags or tags[-1] == tei("opener")) and self.sp is None

    def _subhead(self, u: Unit, continues_turn: bool):
        """A headline's deck, under the headline (else a paragraph)."""
        if self._opener_open() and tei("opener") not in [c.tag for c in self.div]:
            self.div.append(fill(E.head(type="sub"), u.body, self.ctx))
        else:
            self._para(replace(u, kind="para"), continues_turn)

    def _byline(self, u: Unit, continues_turn: bool):
        """A dispatch's byline over its dateline, in the opener (else a paragraph)."""
        if self._opener_open():
            opener = self.div[-1] if self.div[-1].tag == tei("opener") else sub(self.div, "opener")
            opener.append(fill(E.seg(type="byline"), u.body, self.ctx))
        else:
            self._para(replace(u, kind="para"), continues_turn)

    def _para(self, u: Unit, _):
        if u.form == "wire-dateline" and self._opener_open():
            from . import news
            rest = news.write_dateline(self.div, u.body, self.ctx)
            if rest is None or not rest.text.strip():
                return
            u = replace(u, span=rest, form="")
        if self.sp is not None and NARRATION.match(u.span.text.strip()):
            self.ctx.fired("narration")
        goes_on = continues_speech(u)
        if not goes_on and self.sp is not None and self.ctx.verse_lines \
                and "\n" not in u.body.text.strip() and not is_caps_heading(u.body.text.strip()):
            goes_on = True                # a short verse line of the speech, not a heading
            self.ctx.fired("verse-speech")
        container = self._container(goes_on)
        kind = u.block.lines[0].kind
        if container is self.div and kind.startswith("mail-quote"):
            self._end_quote()            # a mail's quotation of the message replied to
            last = self.div[-1] if len(self.div) else None
            replies: list = getattr(self, "replies", [])
            if last is None or not replies or last is not replies[0]:
                replies = self.replies = [E.quote()]
                self.div.append(replies[0])
            depth = int(kind[len("mail-quote"):] or 1)   # ">>": the reply it quoted, a
            del replies[depth:]                          # <quote> in the <quote>
            while len(replies) < depth:
                replies.append(sub(replies[-1], "quote"))
            self._paragraph(u.body, u.n, replies[-1])
            return
        if container is self.div and _opens_quote(u.body.text):
            if self.quote is None:
                self.quote = E.quote()
                self.div.append(self.quote)
            container = self.quote
        elif container is self.div:
            self._end_quote()
        self._paragraph(u.body, u.n, container)
        if container is self.quote and _closes_quote(u.body.text):
            self.ctx.fired("quote")
            self.quote = None

    def _end_quote(self):
        if self.quote is not None:   # never closed: not a block quotation after all
            for p in list(self.quote):
                self.quote.addprevious(p)
            self.div.remove(self.quote)
            self.quote = None

    def _stage(self, u: Unit, continues_turn: bool):
        self._end_quote()
        container = self._container(continues_turn)
        if (not self.ctx.spoken or CITATION.search(plain(u.body.text))) \
                and u.block.lines[0].kind != "stage" and \
                not INCIDENT_IN_PARENTHESES.match(plain(u.body.text).strip()):
            # a line in parentheses in a text with no speaker (a deed's seal "(L.S.)", a
            # letter's "(*translated from English)", an editor's "(Copy)") directs no stage:
            # a paragraph as printed (a room's "(Applause.)" is still an incident)
            self._paragraph(u.body, parent=container)
            self.ctx.fired("parenthesis-alone" if not self.ctx.spoken
                           else "parenthesis-not-stage")
            return
        container.append(self._stage_or_incident(u.body))
        self.ctx.fired("stage")

    def _pb(self, u: Unit, continues_turn: bool):
        container = self.quote if self.quote is not None else self._container(continues_turn)
        container.append(E.pb(n=u.n) if u.n else E.pb())
        self.ctx.fired("pb")

    def _stage_or_incident(self, span: Span):
        """(Stalin laughs). is a stage direction; (Applause.) is the reporter's note of
        the room, an <incident>."""
        text = plain(span.text).strip()
        if INCIDENT_IN_PARENTHESES.match(text):
            self.ctx.fired("incident")       # the parentheses are the reporter's signs
            return E.incident(E.desc(re.sub(r"^\(\s*|\s*\)[.,;:]?$", "", text)))
        return fill(E.stage(), span, self.ctx)

    def _cb(self, u: Unit, continues_turn: bool):
        container = self.quote if self.quote is not None else self._container(continues_turn)
        container.append(E.cb(n=u.n) if u.n else E.cb())
        self.ctx.fired("cb")

    def _list(self, u: Unit, _):
        self._end_quote()
        container = self._container(stays_in_turn=u.list_type == "ordered")
        lst = E.list(type=u.list_type)
        if u.head is not None:
            lst.append(fill(E.head(), u.head, self.ctx))
        for kind, span, n in u.items:
            if kind == "pb":
                lst.append(E.pb(n=n) if n else E.pb())
                self.ctx.fired("pb")
                continue
            item = E.item()
            if n:
                item.set("n", n)
            lst.append(fill(item, span, self.ctx))
        container.append(lst)
        self.ctx.fired("list")

    def _table(self, u: Unit, _):
        """A table: <head> for its caption, a <row> for each row, a <cell> for each cell
        (role="label" on a header cell, or on the row when all its cells are); its cells'
        text is written as a paragraph's. A line the rules changed so that it no longer
        reads as the table the format gave stays a paragraph."""
        self._end_quote()
        container = self._container(stays_in_turn=False)
        span = u.body
        parsed = tables.parse(u.block.lines[0].kind, span.text)
        if parsed is None:
            text = span.text
            for sep in (tables.ROW, tables.CELL, tables.BR):
                text = text.replace(sep, " ")
            container.append(fill(E.p(), Span(text, span.anchors).strip(), self.ctx))
            return
        table = E.table()
        if parsed.caption is not None:
            start, end = parsed.caption
            table.append(fill(E.head(), span[start:end].strip(), self.ctx))
        for cells in parsed.rows:
            row = sub(table, "row")
            if all(cell.label for cell, _, _ in cells):
                row.set("role", "label")
            for cell, start, end in cells:
                el = sub(row, "cell")
                if cell.label and row.get("role") is None:
                    el.set("role", "label")
                if cell.cols > 1:
                    el.set("cols", str(cell.cols))
                if cell.rows > 1:
                    el.set("rows", str(cell.rows))
                text = span.text[start:end].replace(tables.BR, "\n")
                fill(el, Span(text, span[start:end].anchors).strip(), self.ctx)
        table.set("rows", str(len(parsed.rows)))
        table.set("cols", str(tables.width([[cell for cell, _, _ in cells]
                                            for cells in parsed.rows])))
        container.append(table)
        self.ctx.fired("table")

    def _opener_over_page(self) -> None:
        """A page break between a letter's opening lines and its salutation ("n. 23" / …
        / [71r] / "Prima" / "Serenissimo Principe"): the break stands in the opener."""
        end = len(self.div)
        while end and self.div[end - 1].tag in (tei("pb"), tei("cb")):
            end -= 1
        if end < len(self.div) and end and self.div[end - 1].tag == tei("opener"):
            self.div[end - 1].extend(list(self.div)[end:])

    def _greeting(self, u: Unit, _):
        self._opener_over_page()
        opener = self.div[-1] if len(self.div) else None
        salute = fill(E.salute(), u.body, self.ctx)
        trailing: list = []                 # a note marked at the salutation's end follows it
        while len(salute) and salute[-1].tag == tei("note") \
                and not (salute[-1].tail or "").strip():
            trailing.insert(0, salute[-1])
            salute.remove(salute[-1])
        if opener is not None and opener.tag == tei("opener"):
            opener.append(salute)
            opener.extend(trailing)
        elif all(child.tag in (tei("head"), tei("note"), tei("pb")) for child in self.div):
            self.div.append(E.opener(salute, *trailing))
        else:
            self.div.append(fill(E.p(), u.body, self.ctx))
            return
        self.ctx.fired("salute")
        if official_address(u.body.text):
            self.ctx.fired("petition-address")

    def _address(self, u: Unit, _):
        self._opener_over_page()
        opener = self._opener_or_paragraph(u)
        if opener is not None:
            opener.append(fill(E.seg(type="address"), u.body, self.ctx))

    def _opening_dateline(self, u: Unit, _):
        """Where and when a quoted letter was written, over its salutation: the opener's
        dateline."""
        from .front import dateline
        opener = self._opener_or_paragraph(u)
        if opener is not None:
            opener.append(dateline(u.body, self.ctx))

    def _opener_or_paragraph(self, u: Unit):
        """The opener the unit goes in: the one the div ends with, or a new one where only a
        heading, notes and page breaks come before it; else None, *u* written as a
        paragraph (an opener stands only at a div's top)."""
        if len(self.div) and self.div[-1].tag == tei("opener"):
            return self.div[-1]
        if not all(child.tag in (tei("head"), tei("note"), tei("pb")) for child in self.div):
            self.div.append(self._paragraph(u.body))
            return None
        opener = E.opener()
        self.div.append(opener)
        return opener

    def _salute(self, u: Unit, _):
        self.salutes.append(fill(E.salute(), u.body, self.ctx))

    def _closing_dateline(self, u: Unit, _):
        """Where and when the letter was written, over its closing: the closer's dateline."""
        from .front import dateline
        self.salutes.append(dateline(u.body, self.ctx))
        self.ctx.fired("closing_dateline")

    def _eschatocol(self, u: Unit, _):
        """Where and when an act was done, at its end: the closer's dateline (under the
        signatures' closer when they stand over it)."""
        closer = self.div[-1] if len(self.div) else None
        dl = eschatocol.dateline(u.body, self.ctx)
        if closer is not None and closer.tag == tei("closer") and not self.salutes:
            closer.append(dl)
        else:
            self._end_quote()
            self._end_turn()
            self.salutes.append(dl)

    def _cosigned(self, u: Unit, _):
        """One more signature under an act's, in the same closer."""
        closer = self.div[-1] if len(self.div) else None
        if closer is None or closer.tag != tei("closer"):
            self._para(u, _)
            return
        closer.append(fill(E.signed(), u.body, self.ctx))
        self.ctx.fired("cosigners")

    def _closer(self, u: Unit, _):
        self._end_quote()
        self._end_turn()
        if not any(child.tag in TEXT_BLOCKS for child in self.div):
            # nothing but an incident or a note before it ("(Laughter.)" / "PASTEUR Louis"):
            # no text for a closer to close; the lines stay paragraphs
            for salute in self.salutes:
                salute.tag = tei("p")
                self.div.append(salute)
            self.salutes = []
            for span in [*u.closing, u.body]:
                self.div.append(fill(E.p(), span, self.ctx))
            return
        salutes = self.salutes + [fill(E.salute(), span, self.ctx) for span in u.closing]
        self.salutes = []
        self.div.append(E.closer(*salutes, fill(E.signed(), u.body, self.ctx)))
        self.signed_off.add(self.div)
        self.ctx.fired("closer")
        signature = plain(u.body.text).split("\n")[0].strip()
        if MAIL_ADDRESS.search(signature):
            self.ctx.fired("mail-signature")
        if SLASHED_NAME.match(signature):
            self.ctx.fired("signature-marks")

    def _letter(self, u: Unit, _):
        """A letter quoted whole: a floating text with its own opener and closer."""
        self._end_quote()
        self._end_turn()
        letter = E.div(type="letter")
        TextBuilder(letter, self.ctx).write(u.items)
        self.div.append(E.floatingText(E.body(letter), type="letter"))
        self.ctx.fired("embedded-letter")
        if u.form == "record":
            self.ctx.fired("letter-in-record")

    def _blockquote(self, u: Unit, _):
        """A passage the format marks as quoted (Markdown's "> …", <blockquote>): a <quote>
        of its paragraphs."""
        self._end_quote()
        quote = E.quote()
        self._container(False).append(quote)
        TextBuilder(quote, self.ctx).write(u.items)

    def _signed_date(self, u: Unit, _):
        """Where and when the signature was given, under it: the closer's dateline."""
        from .front import dateline
        closer = self.div[-1] if len(self.div) else None
        if closer is None or closer.tag != tei("closer"):
            self._postscript(u, _)
            return
        closer.append(dateline(u.body, self.ctx))

    def _addressee(self, u: Unit, _):
        """The addressee's name under the signature: an address in the closer (and the
        address on the letter's outer leaf, with the page breaks before it)."""
        end = len(self.div)
        while end and self.div[end - 1].tag in (tei("pb"), tei("cb")):
            end -= 1
        closer = self.div[end - 1] if end else None
        if self.salutes and end == len(self.div):   # an unsigned closing over it (a copy's)
            closer = E.closer(*self.salutes)
            self.div.append(closer)
            self.signed_off.add(self.div)
            self.salutes = []
            end = len(self.div)
        if closer is None or closer.tag != tei("closer"):
            self._postscript(u, _)
            return
        leaf = list(self.div)[end:]
        closer.extend(leaf)
        closer.append(fill(E.seg(type="address"), u.body, self.ctx))
        self.ctx.fired("outer-address" if leaf else "addressee")

    def _aside(self, u: Unit, _):
        """A bracket under a letter's signature that teikit read as a note (the archive's
        reference) stands as that note after the closer; anything else is a postscript."""
        p = self._paragraph(u.body)
        notes = p.findall(".//" + tei("note"))
        if len(notes) == 1 and " ".join(text_of(p).split()) == " ".join(
                text_of(notes[0]).split()):
            self._end_turn()
            self.div.append(notes[0])
            notes[0].tail = None
            return
        last = self._open_postscript()
        if last is not None:                                       # the postscript's next part
            last.append(p)
            return
        self.div.append(E.postscript(p))
        self.signed_off.add(self.div)
        self.ctx.fired("postscript")

    def _copy_footer(self, u: Unit, _):
        """A copy's rights or source line under the signature ("Copyright © Government of
        Singapore.", "Source: link"): a note of the source after the closer, no postscript."""
        self._end_turn()
        self.div.append(fill(E.note(type="source"), u.body, self.ctx))
        self.ctx.fired("copy-footer")

    def _endorsement(self, u: Unit, _):
        """What the letter's outer leaf bears under its address (a number, the seal's trace,
        the chancery's summary of it): a note after the closer."""
        self._end_turn()
        self.div.append(fill(E.note(type="endorsement"), u.body, self.ctx))
        self.ctx.fired("outer-leaf")

    def _mail_footer(self, u: Unit, _):
        """A mailing list's footer or a page's tags under a message's signature: a note of
        the source after the closer, no postscript (as a copy's footer)."""
        self._end_turn()
        self.div.append(fill(E.note(type="source"), u.body, self.ctx))
        self.ctx.fired("mail-signature")

    def _open_postscript(self):
        """The postscript the division ends with, past the page or column breaks after it,
        which go to the end of its last paragraph (a postscript that goes on over a page: a
        second <postscript> after the <pb> would break the division's content model)."""
        end = len(self.div)
        while end and self.div[end - 1].tag in (tei("pb"), tei("cb")):
            end -= 1
        if not end or self.div[end - 1].tag != tei("postscript"):
            return None
        last = self.div[end - 1]
        paragraphs = last.findall(tei("p"))
        for br in list(self.div)[end:]:
            if paragraphs:
                paragraphs[-1].append(br)
        return last

    def _postscript(self, u: Unit, _):
        self._end_quote()
        self._end_turn()
        last = self._open_postscript()
        if last is not None:                                       # its next paragraph
            last.append(self._paragraph(u.body))
            return
        self.div.append(E.postscript(self._paragraph(u.body)))
        self.signed_off.add(self.div)
        self.ctx.fired("postscript")


def _finished_letter_apart(div) -> None:
    """A letter closed (signature, postscript) before the next section opens is a section
    of its own: nothing may follow a closer but sections' closers."""
    keep = 0
    while keep < len(div) and div[keep].tag in (tei("head"), tei("pb"), tei("note")) \
            and any(c.tag == tei("head") for c in div[keep:]):
        keep += 1                      # the division's own heading stays
    letter = E.div(type="section")
    letter.extend(list(div)[keep:])
    div.append(letter)


OMISSION = re.compile(r"^\[\s*(?:here\s+follows?|omitted\s+here|the\s+meeting\b)[^\]]*\]$", re.I)


# The recorder's narration between turns: a short sentence about a speaker in the present
# tense ("He draws analogy between Outer Mongolia and Manchuria.")
NARRATION = re.compile(r"^(?:He|She)\s+[a-z]+s\b(?:\s+\S+){0,25}$")


# a source's citation in parentheses: a page reference, or a year among a publication's
# parts ("(Étienne Daxhelet, Adrien Barlandus humaniste Belge …, Humanistica Lovaniensia, 6
# (Leuven: Uystpruyst, 1938), … pp. 218-220)", TransLatin's note of its source)
CITATION = re.compile(r"\bpp?\.\s*\d|\b(?:1[5-9]|20)\d\d\b[^()]*\)\s*[,.;]?\s*(?:pp?\.|$)")


def _directs(paren: str, rest: str, ctx: Context) -> bool:
    """Is a parenthesis at a paragraph's start a stage direction? Only in a record of
    speech (a treatise's "(et) p(ri)vati(m) ho(m)i(n)es amare." opens with the
    transcriber's expansion of an abbreviation, Word transcriptions setting a manuscript's
    line a paragraph), never when the paragraph closes a parenthesis it did not open (the
    first one runs on to its end: "(Étienne Daxhelet, … 6 (Leuven …, 1938), Repr. …,
    1967), pp. 218-220)"), and never a source's citation."""
    depth = 0
    for c in rest:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return ctx.spoken and not CITATION.search(plain(paren))


def continues_speech(u: Unit) -> bool:
    """A paragraph after a turn goes on with the speech unless it is a heading (short, no
    closing punctuation, or all capitals), the editor's note of an omission, or the
    recorder's narration."""
    if u.kind != "para" or u.span is None or u.form == "narration":
        return False
    text = u.span.text.strip()
    if OMISSION.match(text) or is_caps_heading(text) or NARRATION.match(text):
        return False
    few_words = len(text.split(None, 5)) <= 5     # (without splitting a long paragraph)
    short_title = (few_words and text[:1].isupper() and text[-1:] not in CLOSE_PUNCT + ","
                   and u.n is None)
    return not short_title


def _notes_at_braces(p, notes: dict, k: int) -> int:
    """Each {braced} span of *p*'s text, counted on from *k*, that has a note of its number:
    the braces taken away and the note put after its words. Returns the count so far."""
    for owner in [None, *p]:             # p's text, then each child's tail
        text = p.text if owner is None else owner.tail
        if not text or "{" not in text:
            continue
        parts: list = []
        pos = 0
        for m in BRACED.finditer(text):
            k += 1
            note = notes.pop(k, None)
            if note is not None:
                parts.extend([text[pos:m.start()] + m.group(1), note])
                pos = m.end()
        parts.append(text[pos:])
        if owner is None:
            p.text = parts[0]
        else:
            owner.tail = parts[0]
        anchor = owner
        for note, tail in zip(parts[1::2], parts[2::2], strict=True):
            if anchor is None:
                p.insert(0, note)
            else:
                anchor.addnext(note)
            note.tail = tail or None
            anchor = note
    return k


def _speech_paragraphs(span: Span) -> list[Span]:
    """A speech written as several lines under the label (a play) is several paragraphs."""
    if "\n" not in span.text:
        return [span]
    out, start = [], 0
    for line in span.text.split("\n"):       # (not character by character)
        piece = span[start:start + len(line)].strip()
        if piece.text:
            out.append(piece)
        start += len(line) + 1
    return out


def _opens_quote(text: str) -> bool:
    return text[:1] in "“\""


def _closes_quote(text: str) -> bool:
    stripped = without_end_markers(text.rstrip())
    return stripped[-1:] in "”\"" or (stripped[-2:-1] in "”\"" and stripped[-1:] in ".,")


# ----------------------------------------------------------------------------- label lines

# A group of members speaking together, a turn like any speaker's (Canadian, UK, Australian,
# Indian Hansards: "Some hon. members:", "An hon. member:", "Des voix:", "Une voix:")
COLLECTIVE_LABEL = re.compile(r"(?i)^(?:some\s+hon\.?\s+members|an\s+hon\.?\s+member|"
                              r"hon\.?\s+members|some\s+members|des\s+voix|une\s+voix|"
                              r"quelques\s+voix|plusieurs\s+voix)$")


def _label_line(text: str) -> str | None:
    """The speaker of a line that is only a label ("The Speaker:", "Mr. Bob Kilger
    (Stormont—Dundas, Lib.):", "Des voix:"): a label with nothing after its colon."""
    text = text.strip()
    if not text.endswith(":") or len(text) > 140 or text[-2:-1].isspace() \
            or is_salutation(text):     # ("SUBJECTS :": a form's field; "Mr. Speaker:"
        return None                      # over a letter read out: its salute)
    label = text[:-1].strip()
    if COLLECTIVE_LABEL.match(label):
        return label
    found = _label(text) if len(label) <= 61 else None
    if found and found[1] >= len(text) and found[3] in ("", "strong", "title"):
        return found[0]
    if "(" in label and label.endswith(")"):    # an office or riding after the name,
        name = label[:label.index("(")].strip()  # nested parentheses and all
        found = _label(name + ":") if name else None
        if found and found[0] == name and found[3] in ("", "strong", "title"):
            return label
    return None


def label_lines_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """A transcript that sets each speaker's label alone on its line and the speech on the
    lines below, up to the next label (the Canadian Hansard, court and deposition
    transcripts, oral histories), often one sentence a line with no blank line between
    turns: each label line opens a block of its own that holds the speech, a heading in
    capitals ("TAXATION", "* * *") ends it. Where there are three such lines at least
    (a sitting the Speaker alone speaks in has one label); the lines above the first
    label (a masthead, the date) stand apart, one block each, when they share a block
    with the labels."""
    found = [[_label_line(ln.text) if ln.text.rstrip().endswith(":") and not ln.kind
              else None for ln in b.lines] if not any(ln.kind for ln in b.lines)
             else [None] * len(b.lines) for b in blocks]   # (the lines a format marks
    #                                           (a play's speaker, a stage direction) stay)
    labels = [lab for each in found for lab in each if lab]
    if len(labels) < 3:
        return blocks
    out: list[Block] = []
    for block, each in zip(blocks, found, strict=True):
        if not any(each):
            out.append(block)
            continue
        current: list[Line] = []
        speech = False
        for line, label in zip(block.lines, each, strict=True):
            text = line.text.strip()
            breaks = label or not speech or is_caps_heading(text) or \
                (bool(text) and not any(c.isalnum() for c in text))
            if breaks and current:
                out.append(Block(current))
                current = []
            if label:
                line = Line(line.number, line.text, "speaker-line")
                speech = True
            elif breaks and speech:
                speech = False
            current.append(line)
            if not label and not speech:
                out.append(Block(current))
                current = []
        if current:
            out.append(Block(current))
    ctx.fired("label-lines")
    return out

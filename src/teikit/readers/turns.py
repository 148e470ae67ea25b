"""Speaker turns: the labels that open a turn, in every form, and the passes that set them apart.

A label's forms (``_label``: "NAME:", "Mr. SMITH.", a label in bold or capitals, a
timestamped loop entry, "Q."/"A.", a play's abbreviated names, an office and a name in
parentheses), the turn units that ``classify.classify`` makes of a block that opens with
one, and the passes ``blocks.build_text`` runs before classifying: labels set alone over
their speech joined with it, turns written one per line split apart, the labels that
count in a document (bare capitals, a court's abbreviations, letters in parentheses, a
play's abbreviated names) and label lines standing alone (``label_lines_apart``).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from ..formats.marks import HI, plain
from ..sourcetext import Block, Line
from . import letterwords, ocrlabels
from .context import Context
from .dates import MONTHS, WEEKDAY
from .inline import RECORDING_MARKS_LINE, TIME_IN_BRACKETS, UNKNOWN_PAGE_NUMBER
from .language import guess_language
from .layout import STAMP, VERSION_HEADING, is_cjk, join_spans
from .letter_openers import CJK_SALUTE, SALUTE_RUN_IN, address_run_in, is_salutation
from .shapes import (
    ARTICLE_HONORIFIC,
    CAPITALS,
    CJK_ENDS,
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
)
from .span import Span
from .unit import Unit

# (a page whose number the transcriber cannot give, "[Page ?]", "[page number illegible]":
# a page break with no number, never "?" for one)
PAGE_LINE = re.compile(r"^\[\s*page(?:\s+(?:(?P<n>[^\s\]?][^\s\]]{0,11})|\?{1,3}|"
                       + UNKNOWN_PAGE_NUMBER + r"))?\s*\]$", re.I)

# A timestamp of a recorded transcript: [00:04:17], [-00:01:57:00], [12:03]
# [00:04:17], (00:04:17), [-00:01:57:00], or 00:04:17 bare (hours, minutes, seconds)
# (an elapsed time in parentheses, "(11m 32s)", "(1h 02m)", also dates the words after it)
TIMESTAMP = re.compile(r"^(?:\[\s?(?P<t>" + TIME_IN_BRACKETS + r")\s?\]|\((?P<tp>" + STAMP + r"|"
                       r"(?:\d{1,2}h\s?)?\d{1,3}m\s?\d{1,2}s|\d{1,2}h\s?\d{1,2}m)\)|"
                       r"(?P<tb>\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)(?=\s))")


PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:(?i:" + TITLES + r")\.?\s+){1,3}(?:[A-Z]\.\s*|[A-Z][\w'’\-]*\s+){0,3}"
    r"[A-Z][\w'’\-]+(?:\s+(?:pro\s+tempore|of\s+[A-Z][a-z]+))?(?:\s+\([^()]{1,120}\))?)(?<!-)"
    r"(?:\.(?:(?:—|–|--)\s*|(?:-|–|—|:)?\s+)|\s*-?(?:—|--)(?!-))(?=\S)")
# ("HON. M.R. LEAWERE.- Thank you": Fiji's Hansard, its converter's variant "HON. SPEAKER.:
# I now call"; the dash closed up to the speech, "Mr. Erskine.—I submit" or, the full stop
# left out, "Mr. Attorney General—From whom", the printed form of
# trials and debates before 1900: a turn only where the form recurs, speakers.accept_speakers)
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


LABEL = re.compile(r"^(?P<label>[^\s:：\[(\"“‘'][^:：\n]{0,60}?)\s*(?::(?:\s+|$)|：)")
# a chat's or scribe's nickname: "<Ege> +1", "mk: that makes sense" (kept as a speaker only
# when several such names recur: see accept_speakers)
NICK_LABEL = re.compile(r"^(?:<(?P<angle>[A-Za-z_\[\]^{}|`][\w\[\]^{}|`.-]{0,19})>|"
                        r"(?P<colon>[a-z][a-z0-9_.-]{0,15}):)\s+(?=\S)")
BOLD_NICK = re.compile(r"[a-z][a-z0-9_.-]{1,19}")
NOT_NICKS = {"http", "https", "ftp", "mailto", "file", "urn", "tel", "data", "e.g", "i.e",
             "note", "see", "nb", "ps", "re", "cc", "fw", "fwd", "to", "from", "subject",
             "date", "action", "resolved", "resolution", "topic", "agenda", "present"}
# an index's heading over its column of pages: "OPENING BY:          PAGE" (a transcript's
# index of speakers)
CONTENTS_HEAD = re.compile(r":\s{3,}(?:PAGE|Page)\s*$")
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


def is_page_block(block: Block) -> bool:
    return len(block.lines) == 1 and bool(PAGE_LINE.match(block.lines[0].text.strip()))


FIELD_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z .]{0,30}?)(?:\s+\d[\d.]*)?\s*:\s+\S")


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
                    "interview date", "interview location", "interview place", "interview",
                    "interview with"}


def _interview_fields(block: Block, labels: list) -> bool:
    names = [m.group("label").casefold().rstrip(".") if m else "" for m in labels]
    if not any(n in INTERVIEW_FIELDS for n in names) \
            or not all(n in INTERVIEW_FIELDS or n in FIELD_LABELS for n in names):
        return False
    values = [plain(ln.text.strip()[m.end() - 1:]).strip() for ln, m in
              zip(block.lines, labels, strict=True) if m]
    # a value of a few words; in a block of three fields or more, a place's longer name
    # ("PLACE: Bajcsy's office at the University of California, Berkeley, …")
    most = 16 if len(values) >= 3 else 8
    return all(len(v.split()) <= most and v[-1:] not in "?!" for v in values)


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
    if m.group("name"):
        # the parliamentary label the span holds, ending before the span does: a converter
        # that ends its speaker spans at the first colon ("HON. SPEAKER.- Thank you:",
        # "HON. V.K. BHATNAGAR.- Mr:"), or "HON. P.D. KUMAR.:", the same label as
        # "HON. P.D. KUMAR.-"; the rest of the span is speech
        own = _label(text)
        if own is not None and own[3] in ("strong", "title", "dash") and own[1] <= m.end():
            return own[0], own[1], None, "element"
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
    if first.kind == "cue-speaker":      # a subtitle cue's speaker (formats.subtitles)
        found = (first.text.strip(), len(first.text), None, "cue")
    if first.kind == "speaker-line":     # a label alone on its line (label_lines_apart)
        found = (EVIDENCE_DASH.sub("", first.text.strip())[:-1].strip(), len(first.text), None,
                 "alone")
    if not found and ctx.letter_speakers:
        found = _letter_label(first.text, ctx.letter_speakers)
    if not found and ctx.bare_labels:
        found = _bare_label(first.text, ctx.bare_labels)
    if not found and ctx.court_labels:
        found = _court_label(first.text, ctx.court_labels)
    if not found and ctx.abbrev_labels:
        found = _abbrev_label(first.text, ctx.abbrev_labels)
    if not found and ctx.variant_labels:
        variant = ocrlabels.variant_label(first.text, ctx.variant_labels)
        if variant is not None:          # "Mr, Erskine.—I submit": OCR's form of a label
            found = (variant[0], variant[1], None, "title")   # the document prints cleanly
            ctx.speaker_names[variant[0]] = variant[2]
            ctx.fired("ocr-label-variant")
    if not found and ctx.long_labels[0]:
        found = _long_label(first.text, ctx.long_labels)
    found = found or _label(first.text)
    if found is None and len(block.lines) > 1 and first.text[:1] == "[":
        found = _stamped_label(first.text)
    below = block.lines[1:]
    over = _caps_label_over_lines(block) if found is None and below \
        and ctx.source.format == "text" else None
    if over is not None:                 # "SENATOR TIM KENNEDY, CHAIR, SENATE" / "STANDING
        found, first, below = over[0], block.lines[over[1]], block.lines[over[1] + 1:]
        ctx.fired("caps-label-over-lines")   # COMMITTEE ON TRANSPORTATION:      Well,"
    wrapped = _wrapped_label(block) if found is None and below else None
    if wrapped is not None:              # the label goes on over the line's end
        found, first, below = wrapped, below[0], below[1:]
    if found is None:
        return None
    label, end, time, form = found
    if first.kind == "clock-label":      # after its time (clock_labels_run_on): the form
        form = "clock"                   # proves the turn
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
            and form not in ("dash", "time-bold", "italic", "element")
            and text.rstrip()[-1:] not in (":", "—", "–")
            and not text.rstrip().endswith(("--", "..."))
            and text.rsplit(None, 1)[-1].casefold() not in FUNCTION_WORDS):
        return None                   # "PART ONE: THE CONFERENCE OPENS", a contents line
        # (but a time and a name in bold open a turn whatever its words: "There's a role, ARIA-",
        # so does a label the format marks, over a line a converter cut: "HON. SPEAKER.: I
        # now call upon the Chairperson of the Standing Committee on Economic";
        # and a title never ends in a colon: "Mayor Katz: Councillor Nordman to close:" is
        # the chair calling the next speaker; nor in a dash, a question broken off ("Q  But,
        # Mr. President — Mr. President, I —"); nor in a function word: "… Honourable
        # Members, the" is a line a converter cut from its paragraph)
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


# the last line of a label in capitals that runs over two or three lines, its colon and a
# wide gap before the speech, as a typed transcript sets it ("STANDING COMMITTEE ON
# TRANSPORTATION:                         Well,")
CAPS_LABEL_END = re.compile(r"^\s*(?P<tail>[^a-z:]{3,120}?):(?:\s{3,}|\s(?=[A-Z][a-z]))(?=\S)")


def _caps_label_over_lines(block: Block) -> tuple[tuple[str, int, None, str], int] | None:
    """A speaker's label in capitals over two or three lines, the name and the office
    ("SENATOR TIM KENNEDY, CHAIR, SENATE" / "STANDING COMMITTEE ON TRANSPORTATION:    Well,"):
    (the label, where the speech starts on its last line, …) and that line's index. The
    lines before the last are in capitals with no colon; the label is a name, a comma and
    an office."""
    lines = block.lines
    for k in (1, 2):
        if len(lines) <= k:
            return None
        above = plain(lines[k - 1].text).strip()
        if not above or any(c.islower() for c in above) or ":" in above \
                or not any(c.isalpha() for c in above):
            return None
        m = CAPS_LABEL_END.match(lines[k].text)
        if m is None or not any(c.isalpha() for c in m.group("tail")):
            continue
        label = " ".join(" ".join([plain(ln.text) for ln in lines[:k]]
                                  + [m.group("tail")]).split())
        shape = NAME_OFFICE.match(label)
        if shape is None or len(label) > 200 or not label_shape_ok(shape.group("name"), True):
            return None
        return (label, m.end(), None, "caps-wrapped"), k
    return None


def _prose_runs_on(before: str) -> bool:
    """A line of wrapped prose cut inside its sentence: forty signs at least, in mixed
    case, ending in a letter ("… regarding the politics of South", "… don't know, my name
    is"; not a record's field in capitals, "CURRENT STATUS + RELEASED WITH DELETIONS")."""
    text = plain(before).strip()
    return len(text) >= 40 and text[-1:].isalpha() and any(c.islower() for c in text)


def _caps_label_goes_on(before: str) -> bool:
    """Does the line before go on with a label in capitals over lines: capitals, no colon,
    a comma at its end ("SENATOR LEROY COMRIE, CHAIR, SENATE," / "AUTHORITIES AND
    COMMISSIONS:  Thank you")?"""
    text = plain(before).strip()
    return text.endswith(",") and ":" not in text and any(c.isalpha() for c in text) \
        and not any(c.islower() for c in text)


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
    if text[-1:] in "Ee" and CONTENTS_HEAD.search(text[-80:]):
        return None                  # "SPEAKERS:          PAGE": an index's column heads
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
        if not colon and (CREDIT_AFTER.match(plain(after).lstrip())
                          or re.search(r"\b(?:1[5-9]|20)\d\d$", label)):
            label = ""     # "**Harry Hougton and Ethel Gee, 1970** © Keystone": a picture's
            #                caption and credit, never a speaker's label
        if label and label_shape_ok(_without_affiliation(label)) and (colon or after.strip()) \
                and not plain(after)[:1].isalnum():   # "**AA*A***A*": one word, half bold
            end = close + 1
            stripped = after.lstrip()
            if stripped[:1] in (":", "."):
                end += len(after) - len(stripped) + 1
            return label, start + end, time, "strong"
        if colon and BOLD_NICK.fullmatch(label) and label.casefold() not in NOT_NICKS \
                and after.strip() and not plain(after)[:1].isalnum():
            # "**carl:** With …": a scribe's nickname in small letters in the bold of the
            # minutes' labels; a turn only where that bold form is proven (speakers)
            end = close + 1
            stripped = after.lstrip()
            if stripped[:1] in (":", "."):
                end += len(after) - len(stripped) + 1
            return label, start + end, time, "bold-nick"
    italic_open, italic_close = HI["italic"]
    if rest.startswith(italic_open) and italic_close in rest[:50]:
        close = rest.index(italic_close)          # "_Counsel_. "You do not …"", "_Doctor_
        inner = plain(rest[1:close]).strip()      # (dodging). "I should …"": a book's dialogue
        m = ITALIC_LABEL_END.match(rest, close + 1)
        if m and inner and label_shape_ok(inner):
            return inner, start + (m.start("stage") if m.group("stage") else m.end()), time, ""
        if inner.endswith(":") and label_shape_ok(inner[:-1].strip()) \
                and rest[close + 1:close + 2] in (" ", "\t"):
            # "*Leonard Rosenthol:* what's his handle?": the colon inside the italics, the
            # form of a chat's lines in scribed minutes (W3C's IRC log); a turn only where
            # the form is proven (speakers.accept_speakers)
            return inner[:-1].strip(), start + close + len(italic_close), time, "italic"
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
    dashed = PERIOD_LABEL.match(rest) if m and "." in before and may_open_with_title(rest) \
        else None
    if dashed and dashed.end() <= first_colon + 2 and DASHED_END.search(rest, 0, dashed.end()):
        m = None                         # "HON. SPEAKER.: …" is "HON. SPEAKER.- …" (below),
        #                                  and so is "HON. V.K. BHATNAGAR.- Mr: Speaker"
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
        # (a surname in capitals with a hyphen or an apostrophe inside: "SAYED-KHAIYUM",
        # "O'NEILL", "D’SOUZA")
        surname = any(w.isupper() and SURNAME_MARKS.sub("", w).isalpha() and len(w) > 1
                      for w in label.split()[1:])
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


# what follows a picture's caption: its credit ("© Keystone / Stringer", "(c) …",
# "Copyright …", "Photo: …", "Courtesy of …")
CREDIT_AFTER = re.compile(r"(?i)^(?:©|\(c\)\s|copyright\b|photo(?:graph)?\s*:|courtesy\b|"
                          r"credit\s*:|image\s*:|source\s*:)")
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


DASHED_END = re.compile(r"\.[-–—:]\s*$")
SURNAME_MARKS = re.compile(r"(?<=\w)[-'’](?=\w)")
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
    return join_spans(spans, ("pdf-lines" in ctx.rules or ctx.source.format == "pdf"
                              or is_wrapped(lines)
                              or _two_lines_run_on(lines, ctx)
                              or _soft_broken(lines, ctx))
                      and not _broken_on_purpose(lines, ctx), ctx)


# a line that ends a line of a list, not a sentence's part: a web address, a closing bracket
SOFT_LIST_END = re.compile(r"(?:https?://\S+|[)\]])$")


def _soft_broken(lines: list[Line], ctx: Context) -> bool:
    """A paragraph of a format whose line ends are soft breaks (Context.soft_breaks), its
    lines prose: each line but the last of some length (30 characters or more) and none a
    line the letter rules keep (a salutation, a closing and its signature)."""
    if len(lines) < 2 or any(ln.kind for ln in lines) or not ctx.soft_breaks(is_wrapped):
        return False
    texts = [plain(ln.text).strip() for ln in lines]
    if any(len(t) < 30 for t in texts[:-1]) or any(is_salutation(t) for t in texts):
        return False
    if any(SOFT_LIST_END.search(t) and nxt[:1].isupper()
           for t, nxt in itertools.pairwise(texts)):
        return False               # lines of links, each its own ("… (requires permissions)"
    ctx.fired("soft-breaks")       # / "Decorators vs. Annotations: https://…"): a list
    return True


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
    below = [plain(ln.text).strip() for ln in block.lines[1:]]
    if not any(len(text.split()) >= 3 or (re.search(r"[^\W\d_]", text) and (
            text != text.upper())) for text in below):
        return None       # codes, numbers, short capitals (a form's "FBI" / "124-90139-10138"
        #                   / "HQ"): a form's values, no speech
    speech = Span.of_lines(block.lines[1:], "\n").strip()
    return Unit("turn", block, span=speech, label=label, form="line")


def _labels_over_speech(blocks: list[Block], ctx: Context) -> list[Block]:
    """A play or libretto that sets each speaker's name as a paragraph of its own, the speech
    in the next ("DALAND." / blank line / "Kein Zweifel! …"): the name and the speech are
    one block, when the same names do so again and again."""
    blocks = _heading_labels_over_speech(blocks)
    blocks = _format_labels_over_speech(blocks)
    labels = [_label_alone(b) for b in blocks]
    counts = Counter(label for label in labels if label)
    if sum(c for c in counts.values() if c >= 2) < 3:
        # a congressional record's label alone over the speech, its own form by itself
        # ("Mr. RUDMAN." over an opening statement, the record's only speaker)
        own = [len(b.lines) == 1 and not b.lines[0].kind
               and bool(OWN_LABEL_ALONE.match(plain(b.lines[0].text).strip()))
               and k + 1 < len(blocks) and len(plain(blocks[k + 1].lines[0].text).split()) >= 8
               for k, b in enumerate(blocks)]
        if any(own):
            ctx.fired("label-once")
            blocks = [Block([b.lines[0]._replace(kind="speaker-line")]) if o else b
                      for b, o in zip(blocks, own, strict=True)]
            return _joined_with_next(blocks, own, [bool(label) or o
                                                   for label, o in zip(labels, own, strict=True)])
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
    blocks, opens = _heading_over_runin_label(blocks, opens, ctx)
    return _joined_with_next(blocks, opens, [bool(label) for label in labels])


def _heading_over_runin_label(blocks: list[Block], opens: list[bool], ctx: Context) \
        -> tuple[list[Block], list[bool]]:
    """A heading label ("#### Prezes Rady Ministrów Donald Tusk:") over a paragraph that
    opens with a run-in label the document's paragraphs open with twice or more
    ("Marszałek: Pani poseł …": a converter merged the chair's turn under the heading of a
    speech it left out), or with the heading's own label again ("Prezes Rady Ministrów
    Donald Tusk: Słowo klucz, …"): the heading's turn has no speech of its own; its label
    is a line apart (an empty turn, kept as a paragraph and reported), never a section's
    heading."""
    runin: Counter | None = None
    out = list(blocks)
    opens = list(opens)
    for k, block in enumerate(blocks):
        if not opens[k] or block.lines[0].kind[:1] != "h" or k + 1 >= len(blocks):
            continue
        first = blocks[k + 1].lines[0].text
        found = _label(first) if ":" in first[:62] else None
        if found is None:
            continue
        if runin is None:
            runin = Counter(f[0] for b in blocks if b.lines[0].kind[:1] != "h"
                            and ":" in b.lines[0].text[:62]
                            and (f := _label(b.lines[0].text)) is not None)
        same = found[0] == plain(block.lines[0].text).strip().rstrip(":").strip()
        if runin[found[0]] >= 2 or same:          # (or the heading's own label again)
            out[k] = Block([block.lines[0]._replace(kind="speaker-line")])
            opens[k] = False
            ctx.fired("heading-label-alone")
    return out, opens


# the congressional and parliamentary label, a title and a surname in capitals, alone:
# "Mr. RUDMAN.", "Senator INOUYE.", "The CHAIRMAN." (the title in small letters: "THE
# COLONATE." is a heading)
OWN_LABEL_ALONE = re.compile(r"^(?=[A-Z][a-z])(?:(?i:" + TITLES + r")\.?\s+){1,3}[A-Z][A-Z'’\-]+"
                             r"(?:\s+[A-Z][A-Z'’\-]+)?\.$")


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
    if VERSION_HEADING.match(text.rstrip(":.")):
        return None                  # "Faithful Transcription" / "Modernized Reading": the
    sung = SUNG_LABEL.match(text)    # heads of an edition's versions, taking turns
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


# the sitting's time as a printed record's field: "Beginn: 10.30 Uhr", "Schluß der Sitzung:
# 15.12 Uhr", "Ende: 13.05 Uhr" (the Bundestag's, the Landtage's, the Nationalrat's)
SITTING_CLOCK = re.compile(r"(?i)^\(?(?:beginn|schlu(?:ss|ß)|ende)(?:\s+der\s+sitzung)?\s*:\s*"
                           r"\d{1,2}(?:[.:]\d{2})?\s*uhr(?:\s+\d{1,2}\s+minuten)?\.?\)?$")


# a transcript's bare timing line: the clock time the remarks began or ended at, with its
# half of the day and/or its time zone ("2:15 P.M. EST", "11:50 A.M. MDT", "END  6:45 P.M.
# EST"), or the closing word alone ("END", "END OF TRANSCRIPT")
TIMING_LINE = re.compile(r"^(?:END\s+)?\d{1,2}[:.]\d{2}\s*(?:(?:[AaPp]\.?\s?[Mm]\.?)"
                         r"(?:\s+[A-Z]{2,4})?|[A-Z]{2,4})$")
TIMING_END = re.compile(r"^END(?:\s+OF\s+(?:THE\s+)?(?:TRANSCRIPT|REMARKS|BRIEFING|CALL))?\.?$")


def sitting_times(blocks: list[Block], ctx: Context) -> list[Block]:
    """The lines of SITTING_TIME (or SITTING_CLOCK) standing alone: a stage direction
    (kind "stage"). So is a transcript's timing line standing alone (TIMING_LINE: "2:15
    P.M. EST", "END  2:45 P.M. EST"; TIMING_END, "END", after the last turn only), where
    two paragraphs or more open a speaker's turn: a bare time never makes a sentence.
    A line of a recording's marks only ("[End of Tape 1, Side A] [Start of
    Tape 2, Side B]") is a block of its own: it ends the paragraph before it, and never runs
    into a sentence."""
    out = []
    blocks = _recording_marks_apart(blocks, ctx)
    timed: set[int] = set()
    alone = [k for k, b in enumerate(blocks) if len(b.lines) == 1 and not b.lines[0].kind
             and (TIMING_LINE.match(t := plain(b.lines[0].text).strip()) or TIMING_END.match(t))]
    if alone and sum(1 for b in blocks if opens_turn(b.lines[0].text)) >= 2:
        last_turn = max(k for k, b in enumerate(blocks) if opens_turn(b.lines[0].text))
        timed = {k for k in alone if TIMING_LINE.match(plain(blocks[k].lines[0].text).strip())
                 or (k > last_turn and all(not plain(b.lines[0].text).strip()
                                           for b in blocks[k + 1:]))}
    for k, b in enumerate(blocks):
        if len(b.lines) == 1 and not b.lines[0].kind and len(b.lines[0].text) <= 200 \
                and (SITTING_TIME.match(text := plain(b.lines[0].text).strip())
                     or SITTING_CLOCK.match(text)):
            b = Block([b.lines[0]._replace(kind="stage")])
            ctx.fired("sitting-time")
        elif k in timed:
            b = Block([b.lines[0]._replace(kind="stage")])
            ctx.fired("timing-line")
        out.append(b)
    return out


def _recording_marks_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if len(b.lines) < 2 or not any("[" in ln.text and RECORDING_MARKS_LINE.fullmatch(
                plain(ln.text).strip()) for ln in b.lines):
            out.append(b)
            continue
        current: list[Line] = []
        for ln in b.lines:
            if "[" in ln.text and RECORDING_MARKS_LINE.fullmatch(plain(ln.text).strip()):
                if current:
                    out.append(Block(current))
                out.append(Block([ln]))
                current = []
                ctx.fired("recording-mark-apart")
            else:
                current.append(ln)
        if current:
            out.append(Block(current))
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
        cjk = CJK_SALUTE.match(line.text) if line.kind == "" else None
        if cjk is not None and line.text[cjk.end():].strip():   # "拝啓。空論ばかりにては …"
            return [*blocks[:k], Block([Line(line.number, line.text[:cjk.end()].strip(),
                                             line.kind)]),
                    Block([Line(line.number, line.text[cjk.end():].strip(), line.kind),
                           *blocks[k].lines[1:]]), *blocks[k + 1:]]
        at = address_run_in(line.text.strip()) if len(line.text) > 40 else None
        if at is not None:
            head = line.text.strip()
            return [*blocks[:k], Block([Line(line.number, head[:at], line.kind)]),
                    Block([Line(line.number, head[at:].lstrip(), line.kind),
                           *blocks[k].lines[1:]]), *blocks[k + 1:]]
        if len(blocks[k].lines) > 1 or len(plain(line.text).split()) > 10:
            break
    lines = blocks[first].lines
    run_in = (SALUTE_RUN_IN.match(lines[0].text.strip())
              or letterwords.VOCATIVE.match(lines[0].text.strip())) \
        if len(lines[0].text) > 40 else None
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


def _runs_on(text: str) -> bool:
    """Does a line end inside its sentence: on a letter or figure, or on a closing bracket
    or quote with no full stop, question or exclamation mark before it ("… (AS IN PERU,
    ECUADOR, CHILE)" / "RATHER THAN …", "… BUT THAT "PREFERENTIAL JURISDICTION"" / "STILL
    UNDER STUDY.")? A bracket or a quote ends a sentence only after its end, and only
    when the words before it run on too ("… BACK. (LAUGHTER)" ends its sentence)."""
    text = plain(text).rstrip()
    if text[-1:].isalnum():
        return True
    closer = text[-1:]
    opener = {")": "(", "]": "[", "\"": "\"", "”": "“", "»": "«"}.get(closer)
    if opener is None or not text[:-1].rstrip()[-1:].isalnum():
        return False
    at = text.rfind(opener, 0, len(text) - 1)
    before = text[:at].rstrip() if at > 0 else ""
    return before[-1:].isalnum() or before[-1:] == ","


def split_turn_lines(block: Block, letters: frozenset[str] = frozenset(),
                     bare: frozenset[str] = frozenset(),
                     abbrev: frozenset[str] = frozenset(),
                     long: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                     census: LabelCensus | None = None) -> list[Block]:
    """Turns written one per line, with no blank line between them, are blocks of their
    own: "THE CHAIRMAN: We begin." / "MS. BAKER: Agreed." are two turns, not one. Under
    a line that runs on ("… politics of South" / "Florida: I don't know …"), a label opens
    a turn only when the document's lines open with it elsewhere (*census*): a name the
    line's wrap put first is no speaker. (A line ending in a figure is a record's field
    line, "… PAGE 001 IN 6320813" / "TOR: 2014552 …", as often as a sentence's; so is a
    short line: "Source Image: b-1_217.jpg" / "Transcription Date: …".)"""
    if len(block.lines) < 2:
        return [block]                   # (most blocks: one line, one paragraph or turn)
    if block.lines[0].kind in ("mail-header", "code") \
            or block.lines[0].kind.startswith("mail-quote") or _as_names(block) \
            or _as_fields(block):
        return [block]                   # a cast list, a memo's fields: one block
    lines = block.lines
    still_open = _parentheses_still_open(lines)
    # a heading chosen as a speaker's label owns the paragraph below it: its first line's
    # "Słuchajcie: kiedyś …" ("Listen: …") is speech, not a run-in label (unless the label is
    # one the document's paragraphs open with again and again: _heading_over_runin_label
    # leaves such a heading alone)
    owned = 1 if lines[0].kind == "speaker" or (
        lines[0].kind[:1] == "h" and plain(lines[0].text).rstrip().endswith(":")) else 0
    starts = [0] + [i for i, line in enumerate(lines)
                    if i > owned and not still_open[i] and (opens_turn(line.text, in_block=True)
                              or (letters and _letter_label(line.text, letters))
                              or (bare and _bare_label(line.text, bare))
                              or (abbrev and _abbrev_label(line.text, abbrev))
                              or (long[0] and _long_label(line.text, long)))
                    and not (CAPS_LABEL.match(line.text.lstrip())         # "THE\nPROPOSAL. END":
                             and (_runs_on(lines[i - 1].text)                # a wrapped line,
                                  or _caps_word_broken(lines[i - 1].text)))  # "NA-" / "TIONAL"
                    and not _cjk_runs_on(lines[i - 1].text)
                    and not _parenthesis_goes_on(lines[i - 1].text, line.text)
                    and not _named_after_comma(lines[i - 1].text, line.text)
                    and not _determiner_runs_on(lines[i - 1].text, line.text)
                    and not (census is not None and _runs_on(lines[i - 1].text)
                             and _prose_runs_on(lines[i - 1].text)
                             and not census.known(line.text))
                    and not _caps_label_goes_on(lines[i - 1].text)
                    and not (census is not None and census.plain_text and any(
                        _caps_label_over_lines(Block(lines[j:i + 1])) is not None
                        for j in (i - 1, i - 2) if j >= 0))]
    # a label in capitals over two or three lines (_caps_label_over_lines), under a line
    # that ends a sentence ("a.m.)" / "ASSEMBLY MEMBER AMY PAULIN, CHAIR," / "ASSEMBLY
    # STANDING COMMITTEE …," / "AUTHORITIES AND COMMISSIONS:      Welcome everyone.")
    if census is not None and census.plain_text:
        starts += [i for i in range(1, len(lines) - 1)
                   if i not in starts and plain(lines[i - 1].text).rstrip()[-1:] in ".?!)"
                   and _caps_label_over_lines(Block(lines[i:i + 3])) is not None]
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


class LabelCensus:
    """The labels the document's lines open with (_label), counted once, when first asked:
    a label is known where it opens a block's first line or a line under a line that ends
    its sentence, or opens two lines or more anywhere ("SENATOR VALESKY:" again and again;
    not "Florida:" once, under "… the politics of South")."""

    def __init__(self, blocks: list[Block], plain_text: bool = False):
        self.blocks = blocks
        self.plain_text = plain_text     # (a typed transcript's long labels: text only)
        self._known: set[str] | None = None

    def known(self, text: str) -> bool:
        found = _label(text)
        if found is None:
            return True                  # (a form of its own evidence: letters, bare, long)
        if self._known is None:
            anywhere: Counter[str] = Counter()
            safe: set[str] = set()
            for b in self.blocks:
                for i, ln in enumerate(b.lines):
                    f = _label(ln.text)
                    if f is None:
                        continue
                    key = " ".join(f[0].split())
                    anywhere[key] += 1
                    if i == 0 or not _runs_on(b.lines[i - 1].text):
                        safe.add(key)
            self._known = safe | {k for k, c in anywhere.items() if c >= 2}
        return " ".join(found[0].split()) in self._known


def _parentheses_still_open(lines: list[Line]) -> list[bool]:
    """For each line: does a parenthesis opened on an earlier line of the block stay open
    over it, to close on it or after it ("(Beifall bei der CDU/CSU und der SPD sowie" /
    "bei Abgeordneten des BÜNDNISSES 90/DIE" / "GRÜNEN – Zuruf von der LINKEN: Oh!)": one
    note of the room, whose last line is never a speaker's label)? A parenthesis that
    never closes in the block proves nothing (a misprint)."""
    depth, opened = 0, [False] * len(lines)
    for i, line in enumerate(lines):
        opened[i] = depth > 0
        for ch in line.text:
            if ch == "(":
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
    closes_later = [False] * len(lines)
    seen_close = False
    for i in range(len(lines) - 1, -1, -1):
        seen_close = seen_close or ")" in lines[i].text
        closes_later[i] = seen_close
    return [o and c for o, c in zip(opened, closes_later, strict=True)]


# a possessive that opens a title in mixed case ("Nuestro Señor", "Our
# Lord", "Notre Seigneur", "Su Magestad"): where the line before ends in a word, the title
# goes on with its sentence ("… por el Rey" / "Nuestro Señor: Haviendo resivido …")
DETERMINER_TITLE = re.compile(r"^(?:Nuestr[oa]|Vuestr[oa]|Su|Sus|Our|His|Her|Their|Your|"
                              r"Notre|Votre|Sa|Son|Leurs?|Nostr[oa]|Vostr[oa]|Su[oa]|"
                              r"Noss[oa]|Voss[oa]|Unser[e]?|Ihr[e]?|Sein[e]?)\s+"
                              r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")


def _determiner_runs_on(before: str, text: str) -> bool:
    """Does the line's "label" go on with the sentence of the line before, which ends in
    a word with no stop ("… y su Provincia por el Rey" / "Nuestro Señor: Haviendo …")?"""
    end = plain(before).rstrip()
    return bool(end) and end[-1].isalpha() and end[-1].islower() \
        and DETERMINER_TITLE.match(text.lstrip()) is not None


def _named_after_comma(before: str, text: str) -> bool:
    """Does a name with its title and a full stop go on with the sentence of the line
    before, which ends in a comma ("… he has led the charge on this," / "Senator Terrence
    Murphy.  Thank you very much.": the person the speaker names, no label)?"""
    return before.rstrip().endswith(",") and ":" not in text[:60] \
        and PERIOD_LABEL.match(text.lstrip()) is not None


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


# A label longer than LABEL's sixty signs: the holder's name and the full office, "Dr. de
# With, Parl. Staatssekretär beim Bundesminister der Justiz: Eine Forderung …" (a
# Bundestag record gives the office in full at a speaker's first turn, short after)
LONG_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：\n()\[\]]{40,118}?(?:\s\([^()\n]{1,40}\))?)"
                        r"\s*:\s+(?=\S)")
NAME_OFFICE = re.compile(r"^(?P<name>[^,\n]{2,40}),\s+(?P<office>[^\W\d_][\w.\-]*)")


def _long_labels(blocks: list[Block]) -> tuple[frozenset[str], frozenset[str]]:
    """The labels of the "Name, office" shape that the document's lines open with (two of
    them or more), and the offices' first words ("Dr. de With, Parl. Staatssekretär",
    "Parl."): the evidence a longer label needs (_long_label)."""
    found = [lab for b in blocks for ln in b.lines
             if ", " in ln.text[:61] and ":" in ln.text[:62]
             and (f := _label(ln.text)) is not None and f[3] in ("", "strong", "title")
             for lab in [f[0]] if NAME_OFFICE.match(lab)]
    if len(found) < 2:
        return frozenset(), frozenset()
    offices = {m.group("office").casefold() for lab in found if (m := NAME_OFFICE.match(lab))
               and m.group("office")[:1].isupper()}
    return frozenset(found), frozenset(offices)


def _long_label(text: str, long: tuple[frozenset[str], frozenset[str]]) \
        -> tuple[str, int, None, str] | None:
    """A long label that opens with one of the document's labels and goes on with the
    office ("Dr. de With, Parl. Staatssekretär" + " beim Bundesminister der Justiz"), or
    is a name and an office whose first word the document's labels use ("Grüner, Parl.
    Staatssekretär beim Bundesminister für Wirtschaft")."""
    if ":" not in text[40:125]:
        return None
    m = LONG_LABEL.match(text)
    if not m or len(m.group("label")) <= 61:
        return None
    label = " ".join(m.group("label").split())
    shape = NAME_OFFICE.match(label)
    if any(label.startswith(known + " ") for known in long[0]) or (
            shape and shape.group("office").casefold() in long[1]
            and label_shape_ok(shape.group("name"))):
        return label, m.end(), None, "long"
    return None


# A clock time and a label inside a paragraph, after a sentence's end: "… (Beifall bei den
# Grünen.) 12.12 Präsidentin Doris Bures: Nächste Rednerin: …" (a record's speeches
# scraped with their line ends lost: the Nationalrat's, whose turns open with the time),
# or after the time that ends the file's heading ("…, XXVII. GP des NR, 12:07 12.07 …")
CLOCK_LABEL = re.compile(r"(?:^|(?<=[.!?)…])|(?<=\d[.:]\d\d))\s+(?P<t>\d{1,2}[.:]\d{2})\s+"
                         r"(?P<label>(?i:" + TITLES + r")\.?\s[^:()\n]{1,60}?"
                         r"(?:\s\([^()\n]{1,40}\))?):\s+(?=\S)")


# the line a speech file opens with before its first turn, when it names the sitting and
# ends in a time: "Abg. Mag. Werner Kogler (Grüne), 6. Sitzung, XXVII. GP des NR, 12:07"
FILE_HEADING_TIME = re.compile(r"^[^\W\d_][^\n]{5,150},\s*\d{1,2}[.:]\d{2}$")


def clock_labels_run_on(blocks: list[Block], ctx: Context) -> list[Block]:
    """Turns run on inside a paragraph, each after a clock time (CLOCK_LABEL): the time
    a line of its own (kind "clock", a timestamp of the turn), the label and speech the
    next. The evidence: two such times and labels in the document, each label a title's
    or an office's word and a name. What the file opens with before the first of them, a
    line that ends in a comma and a time, is its heading (FILE_HEADING_TIME)."""
    if not any(":" in ln.text for b in blocks for ln in b.lines):
        return blocks
    found = {id(ln): [m for m in CLOCK_LABEL.finditer(ln.text)
                      if label_shape_ok(_without_affiliation(m.group("label")))]
             for b in blocks for ln in b.lines if len(ln.text) > 200 and ":" in ln.text}
    if sum(len(ms) for ms in found.values()) < 2:
        return blocks
    out: list[Block] = []
    for b in blocks:
        lines: list[Line] = []
        for ln in b.lines:
            matches = found.get(id(ln), [])
            if not matches:
                lines.append(ln)
                continue
            pos = 0
            for m in matches:
                if ln.text[pos:m.start()].strip():
                    kind = "clock-label" if pos else ln.kind
                    if not pos and not out and not lines and not ln.kind \
                            and FILE_HEADING_TIME.match(ln.text[:m.start()].strip()):
                        kind = "h1"      # the file's heading: who, which sitting, when
                        ctx.fired("clock-file-heading")
                    lines.append(Line(ln.number, ln.text[pos:m.start()].rstrip(), kind))
                if lines:
                    out.append(Block(lines))
                out.append(Block([Line(ln.number, m.group("t"), "clock")]))
                lines = []
                pos = m.start("label")
                ctx.fired("clock-label-run-on")
            lines.append(Line(ln.number, ln.text[pos:], "clock-label" if pos else ln.kind))
        if lines:
            out.append(Block(lines))
    return out


# A converter's line over each speech: the speaker's name in emphasis, a separator, and the
# source's reference with its link ("*Poslankyně Olga Richterová* · stenozáznam:
# https://www.psp.cz/…#r1", a Markdown export of a parliament's stenographic record)
SOURCE_LINE_SEP = re.compile(r"\s+[·|•–—]\s+(?=\S)")
LINK = re.compile(r"https?://\S+")


def _source_line(text: str) -> tuple[int, int] | None:
    """(where the name ends, where the reference starts) of a SOURCE_LINE: the name wholly
    in italics or bold, with a speaker's shape; a link in the reference."""
    marks = [(o, c) for o, c in (HI["italic"], HI["bold"]) if text.startswith(o)]
    if not marks or "http" not in text:
        return None
    closing = marks[0][1]
    end = text.find(closing, 1)
    sep = SOURCE_LINE_SEP.match(text, end + 1) if 0 < end <= 80 else None
    if sep is None or not LINK.search(text, sep.end()):
        return None
    name = plain(text[1:end]).strip().rstrip(":")
    return (end + 1, sep.end()) if name and label_shape_ok(name) else None


def source_lines_over_speech(blocks: list[Block], ctx: Context) -> list[Block]:
    """Each speech under a converter's line of the speaker's name and the source's link
    (_source_line), two of them or more: the name the turn's label (a line of kind
    "speaker" over the speech), the reference a note of the source before the turn."""
    lines = [k for k, b in enumerate(blocks[:-1])
             if len(b.lines) == 1 and not b.lines[0].kind
             and blocks[k + 1].lines[0].kind[:1] != "h" and _source_line(b.lines[0].text)]
    if len(lines) < 2:
        return blocks
    out: list[Block] = []
    k = 0
    chosen = set(lines)
    while k < len(blocks):
        if k not in chosen:
            out.append(blocks[k])
            k += 1
            continue
        line = blocks[k].lines[0]
        found = _source_line(line.text)
        assert found is not None
        out.append(Block([Line(line.number, line.text[found[1]:], "source-line")]))
        out.append(Block([Line(line.number, line.text[:found[0]], "speaker"),
                          *blocks[k + 1].lines]))
        ctx.fired("source-line-label")
        k += 2
    return out


def foreign_said_verbs(units: list[Unit], ctx: Context) -> list[Unit]:
    """A converter's English verb after a label ("*Głos z sali interrupts:* Jaki wniosek
    formalny?", SAID_LABEL) in a text in another language (its function words say so) is
    the conversion's markup, not the record's words: left out and reported; the line it
    marks is an interjection from the floor inside the speech it interrupts (an
    <incident> there, the label and the words kept in its description), not a turn."""
    said = [u for u in units if u.kind == "turn" and u.form == "said" and u.stage is not None
            and u.span is not None]
    if not said:
        return units
    sample = " ".join(u.span.text for u in units[:400]
                      if u.span is not None and u.kind in ("para", "turn"))
    language = guess_language(sample)[0]
    if language is None or language == "en":
        return units
    for u in said:
        verb = plain(u.stage.text if u.stage is not None else "").strip()
        ctx.leave_out([Line(u.block.first, verb)], f"the converter's English word \u201c{verb}"
                      "\u201d in a text in another language: markup of an interjection",
                      "converter-verb")
        u.kind, u.stage = "interjection", None
    ctx.fired("converter-verb")
    return units


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
            bare = plain(text)
            if NAMES_LINE.match(bare):
                continue                  # a scene's head: "Elsa. Henno. Dromo."
            m = ABBREV_LABEL.match(text) if text.lstrip()[:1] == "(" or MARK_OR_CAPITAL.match(
                text.lstrip()[:2]) else None
            caps = CAPS_LABEL.match(bare.lstrip()) if m is None else None
            if m and _balanced(text[:m.end()]):
                found.append(m.group("label"))
                starts.add(m.group("label"))
            elif caps and (caps.group("label") or caps.group("dashed")):
                found.append(caps.group("label") or caps.group("dashed"))
            if text.find(". ", 3) >= 0 and ABBREV_INSIDE_HINT.search(text):   # inside the
                # line, after a sentence's end (the hint first: what every such label needs)
                found.extend(x.group("label") for x in ABBREV_INSIDE.finditer(text, 3)
                             if _balanced(x.group("marks") + x.group("after")))
        if len(b.lines) <= 12:           # a short line's names (a cast's, a scene's head)
            most = max(12, 6 * len(b.lines))   # (a longer block's words are never split)
            words = plain(" ".join(ln.text for ln in b.lines)).split(None, most)
            if len(words) <= most:
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
# what ABBREV_INSIDE needs, in a pattern that opens with its first character (the sentence's
# end) rather than a look behind: a quick test of a long line before the slower search
ABBREV_INSIDE_HINT = re.compile(r"[.!?;:][\ufdd1\ufdd3]?[ \t]+" + MARK + r"[A-Z][a-z]{1,4}" + MARK
                                + r"\." + MARK + r"[ \t]")
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
    caseless = sum(1 for t in lines if t[:1].isalpha() and not t[:1].isupper()
                   and not t[:1].islower())
    if caseless * 2 > len(lines):        # Hebrew, Arabic, Indic, CJK: no capitals to count
        return _caseless_verse(lines, len(blocks))
    verse = [t for t in lines if 2 <= len(t.split()) <= 14 and t[:1].isupper()]
    run_on = sum(1 for t in verse if t[-1:].isalnum() or t[-1:] == ",")
    # (a verse opens with a capital even where the sentence runs on from the line before;
    # prose cut into lines, a PDF's, goes on in lower case there)
    after = [b for a, b in itertools.pairwise(lines) if a[-1:].isalnum() or a[-1:] == ","]
    capital = sum(1 for t in after if t[:1].isupper())
    return len(verse) >= 10 and len(verse) * 5 >= len(blocks) * 3 and run_on * 3 >= len(verse) \
        and capital * 10 >= len(after) * 9


def rhymed_verse(blocks: list[Block]) -> bool:
    """_verse_lines's evidence in a script without capitals (rhyme and regular lines): the
    text is verse one line a paragraph, its runs of lines poems (not only its speeches)."""
    lines = [plain(b.lines[0].text).strip() for b in blocks
             if len(b.lines) == 1 and b.lines[0].kind[:1] != "h"]
    caseless = sum(1 for t in lines if t[:1].isalpha() and not t[:1].isupper()
                   and not t[:1].islower())
    return caseless * 2 > len(lines) and _caseless_verse(lines, len(blocks))


def _caseless_verse(lines: list[str], blocks: int) -> bool:
    """Verse one line a paragraph in a script without capitals: the evidence is the lines'
    regularity and their rhyme. Ten lines or more in a row, most of the text's blocks, of
    two to eight words each, whose lengths vary little (a coefficient of variation under
    0.35) and whose last two letters repeat on a third of the adjacent pairs at least."""
    best: list[str] = []
    run: list[str] = []
    for t in [*lines, ""]:
        if 2 <= len(t.split()) <= 8:
            run.append(t)
            continue
        best, run = max(best, run, key=len), []
    if len(best) < 10 or len(best) * 5 < blocks * 3:
        return False
    sizes = [len(_letters(t)) for t in best]
    mean = sum(sizes) / len(sizes)
    spread = (sum((x - mean) ** 2 for x in sizes) / len(sizes)) ** 0.5
    ends = [_letters(t)[-2:] for t in best]
    rhymes = sum(1 for a, b in itertools.pairwise(ends) if len(a) == 2 and a == b)
    return mean > 0 and spread / mean < 0.35 and rhymes * 3 >= len(best) - 1


def _letters(text: str) -> str:
    """The letters of *text*, without marks (vowel points) or punctuation."""
    return "".join(c for c in text if c.isalpha())


def _abbrev_label(text: str, labels: frozenset[str]) -> tuple[str, int, None, str] | None:
    m = ABBREV_LABEL.match(text) if not NAMES_LINE.match(plain(text)) else None
    return (m.group("label"), m.end(), None, "abbrev") \
        if m and m.group("label") in labels and _balanced(text[:m.end()]) else None


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


# A group of members speaking together, a turn like any speaker's (Canadian, UK, Australian,
# Indian Hansards: "Some hon. members:", "An hon. member:", "Des voix:", "Une voix:")
COLLECTIVE_LABEL = re.compile(r"(?i)^(?:some\s+hon\.?\s+members|an\s+hon\.?\s+member|"
                              r"hon\.?\s+members|some\s+members|des\s+voix|une\s+voix|"
                              r"quelques\s+voix|plusieurs\s+voix)$")


# the reporter's dash after a label alone on its line, "the evidence follows" ("Dr William
# Bran Baker: -", "John Smith:—"): part of the label's punctuation, like its colon
EVIDENCE_DASH = re.compile(r"(?<=:)\s*(?:-{1,2}|–|—)$")
# a witness's calling after the name, in lower case ("James Rosser, cook near Hallett:",
# "Mary Jones, wife of the above:")
CALLING = re.compile(r"^(?P<name>[^,]{3,60}),\s+(?P<calling>[a-z][\w'’\- ]{1,40})$")


def _label_line(text: str) -> str | None:
    """The speaker of a line that is only a label ("The Speaker:", "Mr. Bob Kilger
    (Stormont—Dundas, Lib.):", "Des voix:"): a label with nothing after its colon (or the
    reporter's dash, "Dr William Bran Baker: -")."""
    text = EVIDENCE_DASH.sub("", text.strip())
    calling = CALLING.match(text[:-1].strip()) if text.endswith(":") else None
    if calling and len(calling.group("calling").split()) <= 6:
        named = _label_line(calling.group("name") + ":")   # "James Rosser, cook near
        return text[:-1].strip() if named == calling.group("name") else None   # Hallett:"
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


SPACED_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]+:$")


def label_lines_apart(blocks: list[Block], ctx: Context) -> list[Block]:
    """A transcript that sets each speaker's label alone on its line and the speech on the
    lines below, up to the next label (the Canadian Hansard, court and deposition
    transcripts, oral histories), often one sentence a line with no blank line between
    turns: each label line opens a block of its own that holds the speech, a heading in
    capitals ("TAXATION", "* * *") ends it. Where there are three such lines at least
    (a sitting the Speaker alone speaks in has one label); the lines above the first
    label (a masthead, the date) stand apart, one block each, when they share a block
    with the labels."""
    found = [[_label_line(ln.text) if (ln.text.rstrip().endswith(":") or (
        ":" in ln.text[-5:] and EVIDENCE_DASH.search(ln.text.rstrip()))) and not ln.kind
              else None for ln in b.lines] if not any(ln.kind for ln in b.lines)
             else [None] * len(b.lines) for b in blocks]   # (the lines a format marks
    #                                           (a play's speaker, a stage direction) stay)
    # a space before the colon, as French sets it ("Le président :", "M. Derek Lee ( … ) :"):
    # labels where three lines or more so set are labels once the space is closed up
    spaced = [[_label_line(SPACED_COLON.sub(":", ln.text.rstrip())) if not lab and not ln.kind
               and ln.text.rstrip().endswith(":")         # (the look before the search,
               and SPACED_COLON.search(ln.text.rstrip()) else None   # which tries every place)
               for ln, lab in zip(b.lines, each, strict=True)]
              for b, each in zip(blocks, found, strict=True)]
    if sum(1 for each in spaced for lab in each if lab) >= 3:
        found = [[lab or sp for lab, sp in zip(each, more, strict=True)]
                 for each, more in zip(found, spaced, strict=True)]
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

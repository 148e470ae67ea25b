"""Block-level rules shared by every source style: paragraphs, speaker turns, stage
directions, page breaks, lists, quotations (a letter's parts: letters.py).

``build_text(div, blocks, ctx)`` appends the TEI for the document's text blocks to *div*.
Blocks are first classified (one small rule each: classify.py), then speaker labels are
accepted for the whole document at once (speakers.py), paragraphs broken over a page joined
again (rejoin.py), then the units are written out in order (``TextBuilder``). What a
speaker's label looks like, and the passes that set labels and speech apart first, are in
turns.py.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from lxml import etree

from ..formats import marks, tables
from ..formats.marks import plain
from ..sourcetext import Block
from ..tei import E, sub, tei, text_of
from . import (
    attested,
    eschatocol,
    letterheads,
    ocrlabels,
    runinclosing,
    runinheads,
    runinpoints,
)
from .annexes import annex_units, ruled_annex
from .classify import (
    ANNOTATION,
    LEADING_STAGE,
    STAGE,
    _letter_points_in_sequence,
    bracketed_numbers,
    classify,
    points_in_sequence,
    roman_points_in_sequence,
)
from .contents import contents_lists
from .context import Context
from .dates import (
    ENTRY_LEAD,
    RUN_IN_DAY,
    YEAR,
    DateFound,
    cell_day,
    date_at,
    day_heading,
    find_date,
    run_in_day,
)
from .inline import INCIDENT_IN_PARENTHESES, fill, fill_heading
from .layout import is_cjk
from .letter_closers import MAIL_ADDRESS, SLASHED_NAME, TYPED_SIGNATURE, initials_signed
from .letter_openers import official_address
from .letters import (
    embedded_letters,
    find_letter_parts,
    letter_marks,
    letters_apart,
    letters_at_rules,
    letters_in_turns,
    signers_not_speakers,
)
from .numbered_letters import numbered_letters
from .quotes import block_quotes
from .rejoin import rejoin_split_paragraphs
from .shapes import (
    CJK_NOTICE,
    CLOSE_PUNCT,
    TITLE_WORDS,
    _cjk_title,
    is_caps_heading,
    label_shape_ok,
    names_only,
    without_end_markers,
)
from .span import Span
from .speakers import (
    _cast_lists,
    _quoted_verse,
    _recorder_narration,
    _speaker_key,
    _turns_run_in,
    _verse_groups,
    _verse_speeches,
    accept_speakers,
    numbered_poems,
    roster_lists,
    unlabelled_questions,
)
from .turns import (
    BRACED,
    EVIDENCE_DASH,
    LabelCensus,
    _abbrev_labels,
    _bare_labels,
    _commentary_blocks,
    _court_labels,
    _label,
    _labels_over_speech,
    _letters_taking_turns,
    _long_labels,
    _numbered_narration,
    _salutation_apart,
    _section_salutations_apart,
    _speech_paragraphs,
    _stamps_over_speech,
    _verse_lines,
    _without_affiliation,
    clock_labels_run_on,
    foreign_said_verbs,
    rhymed_verse,
    source_lines_over_speech,
    split_turn_lines,
)
from .unit import Unit

SPEECH = {tei(name) for name in ("p", "stage", "list", "table", "quote", "floatingText")}
TEXT_BLOCKS = {tei(name) for name in ("p", "sp", "stage", "list", "quote", "floatingText", "div",
                                     "table")}


# ----------------------------------------------------------------------------- writing


def build_text(div, blocks: list[Block], ctx: Context) -> None:
    blocks = clock_labels_run_on(blocks, ctx)
    blocks = source_lines_over_speech(blocks, ctx)
    blocks = _labels_over_speech(blocks, ctx)
    blocks = _stamps_over_speech(blocks)
    ctx.letter_speakers = _letters_taking_turns(blocks)
    if ctx.letter_speakers:
        ctx.fired("letter-speakers")
    ctx.bare_labels = _bare_labels(blocks)
    if ctx.bare_labels:
        ctx.fired("bare-labels")
    ctx.variant_labels = ocrlabels.clean_labels(blocks)
    ctx.court_labels = _court_labels(blocks)
    if ctx.court_labels:
        ctx.fired("court-labels")
    ctx.abbrev_labels = _abbrev_labels(blocks)
    ctx.long_labels = _long_labels(blocks)
    if ctx.abbrev_labels:
        ctx.fired("abbreviated-labels")
    ctx.verse_lines = _verse_lines(blocks)
    ctx.rhymed_verse = ctx.verse_lines and rhymed_verse(blocks)
    census = LabelCensus(blocks, ctx.source.format == "text")
    blocks = [part for block in blocks
              for part in split_turn_lines(block, ctx.letter_speakers, ctx.bare_labels,
                                           ctx.abbrev_labels, ctx.long_labels, census)]
    blocks = _salutation_apart(blocks)
    blocks = _section_salutations_apart(blocks, ctx)
    units = roster_lists([u for b in blocks for u in classify(b, ctx)], ctx)
    accept_speakers(units, ctx)
    units = foreign_said_verbs(units, ctx)
    _speaker_key(units, ctx)
    _recorder_narration(units, ctx)
    _bracketed_signatures(units, ctx)
    units = _commentary_blocks(units)
    _numbered_narration(units, ctx)
    units = rejoin_split_paragraphs(units, ctx)
    units = contents_lists(units, ctx)
    # a newspaper's articles: a headline over a wire dateline
    from . import news
    units = news.find_articles(units, div.find(tei("head")) is not None, ctx)
    units = _turns_run_in(units, ctx)
    units = signers_not_speakers(units, ctx)
    unlabelled_questions(units, ctx)
    ctx.spoken = any(u.kind == "turn" for u in units)
    initials_signed(units, ctx)
    units = _cast_lists(units, ctx)
    units = block_quotes(units, ctx)
    units = ruled_annex(annex_units(numbered_letters(units, ctx), ctx), ctx)
    letterheads.own_heading(units, div)
    sections = _sections(letters_apart(letters_at_rules(letter_marks(units, ctx), ctx), ctx))
    for k, (section, part) in enumerate(sections):
        letters = embedded_letters(letters_in_turns(part))
        sections[k] = (section, letters)
        find_letter_parts(letters, ctx)  # a collection of letters: each has its parts
                                         # (which may split a paragraph: a list each)
        if k + 1 < len(sections) and section is not None and section.form != "letter":
            attested.attested_signatures(letters, ctx)   # an act's signers, its section's end
        eschatocol.closing_datelines(letters, ctx)   # an act's "DONE at …, the … day of …"
    units = [u for section, part in sections for u in ([section] if section else []) + part]
    units = runinclosing.closing_run_in(units, ctx)
    attested.attested_signatures(units, ctx)      # the act's signers under "doy fe"
    dated = len(list(itertools.islice(   # (two are enough: not every block's date)
        (b for b in blocks if entry_date(b.lines[0].text)), 2))) == 2
    _letter_points_in_sequence(units, ctx)
    points_in_sequence(units, ctx)
    bracketed_numbers(units, ctx)
    roman_points_in_sequence(units, ctx)
    units = runinpoints.points_run_in(units, ctx)
    units = runinheads.heads_run_in(units, ctx)
    TextBuilder(div, ctx, dated_entries=dated).write(units)
    _label.cache_clear()            # (the caches hold this text's lines: let them go with it,
    label_shape_ok.cache_clear()    # or they keep its memory from the serializer, 50 MiB at 50 MB)




WIDE_GAP = re.compile(r"(?<=\S) {6,}(?=\S)")     # (a typed signature's: TYPED_SIGNATURE)


# A transcriber's note of a signature with the name read from it ("[signature: D.M.
# McDonald]", "[signed: John Smith]", "[Signature of Wm. Brown]")
BRACKETED_SIGNATURE = re.compile(r"(?i)^\[\s*(?:signature|signed|sgd\.?)(?:\s*:\s*|\s+of\s+)"
                                 r"(?P<name>[^\[\]]{2,60}?)\s*\]\.?$")


def _rule_between(rules: list[int], first: int, last: int) -> bool:
    """A rule's line in *rules* (sorted) between the lines *first* and *last*."""
    i = bisect.bisect_right(rules, first)
    return i < len(rules) and rules[i] < last


def _bracketed_signatures(units: list[Unit], ctx: Context) -> None:
    """A paragraph that is only a transcriber's note of a signature and the name read from it,
    after text, and last (before a heading, or a rule that sets apart what follows, as the
    transcriber's notes): the signature, a closer's <signed> (the note's words kept in it)."""
    rules: list[int] = sorted(ctx.source.hints.rule_lines or [])
    # the next unit that is not a break, carried back from the end (a section inserted
    # below goes after the unit at k, so it is never the next unit of one before k)
    after: Unit | None = None
    # the first unit of text: units before k are the same all along (a unit changes and a
    # section is inserted only at k and after it), so "text before k" is "first < k"
    first = next((i for i, x in enumerate(units) if x.kind in ("para", "turn", "list")),
                 len(units))
    for k, u in list(enumerate(units))[::-1]:
        nxt = after
        if u.kind not in ("pb", "cb"):
            after = u
        if u.kind != "para" or u.span is None or k == 0:
            continue
        ruled = nxt is not None and bool(u.block.lines) and bool(nxt.block.lines) and (
            _rule_between(rules, u.block.lines[-1].number, nxt.block.lines[0].number))
        if nxt is not None and nxt.kind != "section" and not ruled:
            continue
        text = plain(u.span.text).strip()
        m = BRACKETED_SIGNATURE.match(text)
        if not m or not names_only(m.group("name")) or first >= k:
            continue
        inner = u.span.strip()
        start = inner.text.find("[") + 1
        end = inner.text.rfind("]")
        u.kind, u.closing, u.span = "closer", [], inner[start:end].strip()
        ctx.fired("bracketed-signature")
        if ruled and nxt is not None:    # what follows the rule: a section of its own
            units.insert(units.index(nxt), Unit("section", nxt.block))


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
# the number or letter an item of a numbered list opens with ("1. ", "a) ", "(iv) ", "B. ")
ENUMERATOR = re.compile(r"^\W{0,2}\(?(?:\d{1,4}|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)]\s")
# a log's watch time: four figures of the 24-hour clock before the entry's words ("0200 Viento")
LOG_TIME = re.compile(r"^(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s+[^\W\d_])")


def entry_date(text: str) -> DateFound | None:
    """The date that opens a diary's entry ("Tuesday, 4 January 1916." …), else None."""
    if not DIGIT.search(text, 0, 50):        # (a quick look: a date has figures)
        return None
    head = plain(text[:80])
    if not YEAR.search(head):                # (and a year: before the weekdays are tried)
        return None
    lead = ENTRY_LEAD.match(head)
    return date_at(head, lead.end() if lead else 0)


def _date_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where plain(text)[start:end] is in *text* (marks.plain_range), taking in the
    emphasis that closes right after it: a date whose ordinal is set in superscript
    ("Sept 23<sup>rd</sup> BUCY-LE-LONG") ends after the superscript."""
    where = marks.plain_range(text, start, end)
    if where is not None or not 0 <= start < end:
        return where
    skip = {i for m in marks.TOKEN.finditer(text) for i in range(m.start(), m.end())}
    positions = [i for i in range(len(text)) if i not in skip]
    if end > len(positions):
        return None
    stop = positions[end - 1] + 1
    while stop < len(text) and text[stop] in marks.CLOSERS:
        stop += 1
    return marks.widen(text, positions[start], stop)



# A named interjection the record prints in parentheses: the member's name with the party in
# brackets, or a title's or an office's word and a name, a colon and the words called out
# ("(Volker Kauder [CDU/CSU]: Eben, Herr Bartsch!)", "(Abg. Dr. Koch: Zu § 3!)"): the
# reporter's note of the room as "(Beifall bei der SPD.)" is, not a stage direction
NAMED_INTERJECTION = re.compile(r"^\((?P<who>[^\W\d_][^():\n]{1,80}?)\s*:\s+[^()]{1,400}\)[.,;]?$")
PARTY_IN_BRACKETS = re.compile(r"\s*\[[^\[\]]{1,30}\]$")


def _named_interjection(text: str) -> bool:
    m = NAMED_INTERJECTION.match(text)
    if m is None:
        return False
    who = m.group("who").strip()
    name = PARTY_IN_BRACKETS.sub("", who)
    titled = who.split(None, 1)[0].rstrip(".").casefold() in TITLE_WORDS
    return (name != who or titled) and label_shape_ok(name)

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
        # a day's division -> the last watch time in it; keyed by the element, never id():
        # lxml frees an element's Python proxy once unused, and a later division's proxy
        # could take its id (and the day before's times), as it did after other documents
        self.log_times: dict[etree._Element, str] = {}
        self.format_list = None              # the <list> the format's items go on (_para)

    def write(self, units: list[Unit]) -> None:
        self._write(units)
        self._end_section()
        _quoted_verse(self.ctx)
        numbered_poems(self.levels[0][1], self.ctx)
        if self.ctx.verse_lines:         # (every section's speeches: the text's division)
            _verse_speeches(self.levels[0][1], self.ctx)
            if self.ctx.rhymed_verse:    # (poems outside speeches: where rhyme says so)
                _verse_groups(self.levels[0][1], self.ctx)
        for section in self.levels[0][1].iter(tei("div")):
            if section.get("type") != "section":
                continue
            if any(child.tag == tei("opener") or (child.tag == tei("closer")
                                                  and _letter_closer(child))
                   for child in section):
                section.set("type", "letter")     # one letter of a collection
            elif any(child.tag == tei("closer") for child in section):
                self.ctx.fired("signed-section")  # minutes, a report: signed, no letter
            elif len(section) and section[0].tag == tei("head") and any(
                    d.get("when") for d in section[0].iter(tei("date"))):
                section.set("type", "entry")      # a diary's or a log's day: its head dated
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
        if u.form == "article" and not u.n:     # (a heading the format marked keeps its level)
            level = self.levels[-1][0] + (self.levels[-1][1].get("type") != "article")
        while len(self.levels) > 1 and self.levels[-1][0] >= level:
            self.levels.pop()
        parent = self.levels[-1][1]
        if parent in self.signed_off:   # (a set: a text can have thousands of headings)
            _finished_letter_apart(parent)
            self.signed_off.discard(parent)
        self.div = E.div(type="article" if u.form == "article" else  # (a letter between
                         "letter" if u.form == "letter" else      # rules: letters; an act's
                         "annex" if u.form == "annex" else "section")   # annex: annexes.py)
        if u.label and u.form in ("letter", "annex"):
            self.div.set("n", u.label)            # a letter's number ("II."), an annex's
        found = self._day_heading(u.span) if u.span is not None and u.form != "article" \
            else None
        if found is not None and u.span is not None:   # a diary's heading: "Sunday April 1st"
            start, end = found[1]
            head = fill(E.head(), u.span[:start], self.ctx)
            head.append(fill(E.date(when=found[0].when), u.span[start:end], self.ctx))
            self.div.append(fill(head, u.span[end:], self.ctx))
            self.ctx.fired("entry-date-heading")
        elif u.span is not None:
            self.div.append(fill_heading(E.head(), u.span, self.ctx))
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
        self._year_context()
        found = day_heading(text, self.last_when)
        if found is None and not self.last_when:
            found = self._by_document_date(text)
        where = marks.plain_range(span.text, found.start, found.end) if found else None
        if found is None or where is None:
            return None
        self.last_when = found.when
        return found, where

    def _year_context(self) -> str:
        """The last date written before (see _day_heading), found once."""
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
        return self.last_when

    def _source_reference(self, span: Span) -> bool:
        """Is *span*, a line over the text under its heading, the archive's reference that
        the page's own source metadata ends with (DC.source "The National Archives of the UK
        (TNA): WO 95/1486/2/01, pp 3-12" over the line "WO 95/1486/2/01, pp 3-12")? Then it
        is the source's reference, a note, never the text (nor its title)."""
        text = " ".join(plain(span.text).split())
        if not 4 <= len(text) <= 80 or not DIGIT.search(text):
            return False
        return any(key in ("dc.source", "dcterms.source", "citation_archive_identifier")
                   and " ".join(value.split()).endswith(text)
                   for key, value in self.ctx.source.hints.fields)

    def _log_time(self, text: str):
        """A log's watch time opening a paragraph or an item under a heading that dates one
        day ("## Sábado 12 de Marzo, 2022" / "- **0200** Viento lijero …"): four figures of
        the 24-hour clock, later than the day's time before (a log's watches rise). The
        range of it in *text* and its value (hh:mm:00), else None."""
        if not text[:1].isdigit() and text[:1] not in marks.OPENERS:
            return None
        m = LOG_TIME.match(plain(text[:16]))
        head = self.div[0] if len(self.div) and self.div[0].tag == tei("head") else None
        if m is None or head is None or not any(len(d.get("when") or "") == 10
                                                 for d in head.iter(tei("date"))):
            return None
        when = f"{m.group('h')}:{m.group('m')}:00"
        last = self.log_times.get(self.div)
        where = marks.plain_range(text, m.start("h"), m.end("m"))
        if where is None or (last is not None and when <= last):
            return None
        self.log_times[self.div] = when
        return where, when

    def _run_in_day(self, text: str):
        """The date of a diary's entry run into its first sentence ("Zaterdagmiddag 23
        september kwamen …"): weekday, day and month, the year from the last date before
        (a day heading's, the text's) or the document's own; the weekday must agree and
        the date must not go back before the last one (entries rise in order)."""
        head = plain(text[:80])
        if not RUN_IN_DAY.match(head):
            return None
        if self.last_when == "":         # (nothing then: the text since may name a date)
            self.last_when = None
        context = self._year_context()
        found = run_in_day(head, context)
        if found is None and not context:
            hints = self.ctx.source.hints
            said = find_date(hints.date or hints.post_date or "")
            found = run_in_day(head, said.when) if said is not None else None
        if found is None or (context and found.when < context[:len(found.when)]):
            return None
        self.last_when = found.when
        return found

    def _by_document_date(self, text: str):
        """The date of a day heading whose year only the document's own date gives (a
        blog-posted log's front matter "date: 2021-12-28", the page's title "September
        1914"), where the text before it names none. The entries were written before the
        document was dated: a day that would fall after that date is of the year before
        (a post of 3 January over "Thursday, 23 December")."""
        hints = self.ctx.source.hints
        said = find_date(hints.date or hints.post_date or "")
        if said is None or not re.match(r"\d{4}", said.when):
            return None
        found = day_heading(text, said.when)
        if found is not None and found.when[:len(said.when)] > said.when:
            found = day_heading(text, str(int(said.when[:4]) - 1))
        return found

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
        if u.form in ("stamped", "staged", "said", "time-bold", "dash", "heading",
                      "cue"):
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
        m = None if u.n == "comment" else ANNOTATION.match(plain(text.text))
        key = m.group("key").casefold() if m else "comment"
        value = text[m.start("value"):] if m else text if u.n == "comment" else text[2:]
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
        if found is None and not n and DIGIT.search(span.text, 0, 40):
            found = self._run_in_day(span.text)
        where = marks.plain_range(span.text, found.start, found.end) if found else None
        if found and where:              # "Tuesday, 4 January 1916. Letter from Mother."
            start, end = where
            fill(p, span[:start], self.ctx)
            p.append(fill(E.date(when=found.when), span[start:end], self.ctx))
            span = span[end:]
            self.ctx.fired("entry-date")
        elif (clock := self._log_time(span.text) if not n else None) is not None:
            (start, end), when = clock          # "**0200** Viento lijero …" under a day
            fill(p, span[:start], self.ctx)
            p.append(fill(E.time(when=when), span[start:end], self.ctx))
            span = span[end:]
            self.ctx.fired("log-time")
        else:                            # an act's date where its closing clause runs on
            span = eschatocol.mark_date(p, span, self.ctx)
        fill(p, span, self.ctx)
        if self.times:
            self._flush_times(p)
        return p

    def _opener_open(self) -> bool:
        """Only headings (and an opener last) so far: an opener may still be written."""
        if self.sp is not None:
            return False
        head, opener = tei("head"), tei("opener")
        last, opened = None, False     # (stops at the first other child: a long div's)
        for c in self.div:
            last = c.tag
            if last == opener:
                opened = True
            elif last != head:
                return False
        return last is not None and (not opened or last == opener)

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
        if u.form == "unlabelled-turn":  # another speaker's, whom the text does not name
            self._end_turn()
            self.sp, self.sp_unit = sub(self.div, "sp"), u
            self.ctx.fired("unlabelled-turn")
        if not goes_on and self.sp is not None and self.ctx.verse_lines \
                and "\n" not in u.body.text.strip() and not is_caps_heading(u.body.text.strip()):
            goes_on = True                # a short verse line of the speech, not a heading
            self.ctx.fired("verse-speech")
        container = self._container(goes_on)
        kind = u.block.lines[0].kind
        if container is self.div and self._opener_open() and self._source_reference(u.body):
            self.div.append(fill(E.note(type="source", place="inline"), u.body.strip(),
                                 self.ctx))     # "WO 95/1486/2/01, pp 3-12" over the text
            self.ctx.fired("shelfmark")
            return
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
            if kind == "item" and not u.n and not ENUMERATOR.match(u.body.text) \
                    and self.ctx.source.format in ("markdown", "rst", "org", "asciidoc"):
                # a bulleted list the source format marks ("- ", "* ", <li>): a <list>
                # (a numbered one's items stay numbered paragraphs)
                last = self.div[-1] if len(self.div) else None
                if last is None or last is not self.format_list:
                    self.format_list = sub(self.div, "list")
                self._paragraph(u.body, None, self.format_list).tag = tei("item")
                self.ctx.fired("format-list")
                return
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

    def _lg(self, u: Unit, _):
        """Verse the format marks: an <lg> of its lines (a metre label over them, the
        page breaks and milestones between them), each <l> with its caesura."""
        self._end_quote()
        lg = E.lg()
        for ln in u.block.lines:
            span = Span.of_line(ln).strip()
            page = marks.MILESTONE.fullmatch(ln.text.strip())
            if page and page.group("unit") == "page":     # a page turning inside the verse
                lg.append(E.pb(n=page.group("n")) if page.group("n") else E.pb())
                self.ctx.fired("pb")
            elif not plain(ln.text).strip():                  # a milestone
                fill(lg, span, self.ctx)
            elif ln.kind == "metre":
                lg.append(fill(E.label(type="metre"), span, self.ctx))
                self.ctx.fired("metre-label")
            else:
                lg.append(fill(E.l(), span, self.ctx))
        self._container(False).append(lg)
        self.ctx.fired("lg")

    def _milestone(self, u: Unit, continues_turn: bool):
        container = self.quote if self.quote is not None else self._container(continues_turn)
        fill(container, Span.of_line(u.block.lines[0]).strip(), self.ctx)

    def _stage_or_incident(self, span: Span):
        """(Stalin laughs). is a stage direction; (Applause.) is the reporter's note of
        the room, an <incident>."""
        text = plain(span.text).strip()
        if INCIDENT_IN_PARENTHESES.match(text) or _named_interjection(text):
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
        dated = self._row_dates(parsed.rows, span)
        for r, cells in enumerate(parsed.rows):
            row = sub(table, "row")
            if all(cell.label for cell, _, _ in cells):
                row.set("role", "label")
            for c, (cell, start, end) in enumerate(cells):
                el = sub(row, "cell")
                if cell.label and row.get("role") is None:
                    el.set("role", "label")
                if cell.cols > 1:
                    el.set("cols", str(cell.cols))
                if cell.rows > 1:
                    el.set("rows", str(cell.rows))
                text = span.text[start:end].replace(tables.BR, "\n")
                body = Span(text, span[start:end].anchors).strip()
                if c == 0 and r in dated:      # "Sept 1st ST. SAUVEURS. 6am": the row's day
                    (at, to), when = dated[r]
                    fill(el, body[:at], self.ctx)
                    el.append(fill(E.date(when=when), body[at:to], self.ctx))
                    body = body[to:]
                    self.ctx.fired("row-date")
                fill(el, body, self.ctx)
        table.set("rows", str(len(parsed.rows)))
        table.set("cols", str(tables.width([[cell for cell, _, _ in cells]
                                            for cells in parsed.rows])))
        container.append(table)
        self.ctx.fired("table")

    def _row_dates(self, rows, span: Span) -> dict:
        """A diary's or a log's form (Hour, Date, Place | Summary | Remarks): the rows whose
        first cell opens with a day-date, its year the cell's own or carried from the row
        before (the text's, the document's date at the start), when two rows or more are
        so dated and their dates rise. Row index -> (the date's range in the cell, when)."""
        found: dict = {}
        context = None
        for r, cells in enumerate(rows):
            if not cells or cells[0][0].label:
                continue
            _, start, end = cells[0]
            text = span.text[start:end].replace(tables.BR, "\n").strip()
            if not text[:1].isalpha() and not text[:1].isdigit() and \
                    text[:1] not in marks.OPENERS:
                continue
            if context is None:
                context = self._year_context() or self._document_date()
            day = cell_day(plain(text[:60]), context)
            where = _date_range(text, day.start, day.end) if day else None
            if day is None or where is None or (found and day.when < context):
                continue
            found[r] = (where, day.when)
            context = day.when
        return found if len(found) >= 2 else {}

    def _document_date(self) -> str:
        hints = self.ctx.source.hints
        said = find_date(hints.date or hints.post_date or "")
        return said.when if said is not None else ""

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
        seg = fill(E.seg(type="address"), u.body, self.ctx)
        notes = seg.findall(tei("note"))
        if len(notes) == 1 and not (seg.text or "").strip() and \
                not (notes[0].tail or "").strip() and len(seg) == 1 and \
                all(child.tag in (tei("head"), tei("note"), tei("pb")) for child in self.div):
            notes[0].tail = None           # a margin note alone over the salutation (a
            self.div.append(notes[0])      # docket): a note, not the sender's address
            return
        opener = self._opener_or_paragraph(u)
        if opener is not None:
            opener.append(seg)

    def _opening_dateline(self, u: Unit, _):
        """Where and when a quoted letter was written, over its salutation: the opener's
        dateline."""
        from .front import dateline
        opener = self._opener_or_paragraph(u)
        if opener is not None:
            opener.append(dateline(u.body, self.ctx))

    def _title_under_head(self, u: Unit, continues_turn: bool):
        """An essay's subtitle over its salutation, under its heading (else as an address)."""
        if self._opener_open() and tei("opener") not in [c.tag for c in self.div]:
            self.div.append(fill(E.head(type="sub"), u.body, self.ctx))
            self.ctx.fired("essay-subtitle")
        else:
            self._address(u, continues_turn)

    def _byline_over_salute(self, u: Unit, _):
        """An essay's author's name over its salutation ("HAMILTON"), the paper it was
        written for ("For the Independent Journal.", as a wire's "Special to …")."""
        opener = self._opener_or_paragraph(u)
        if opener is not None:
            opener.append(fill(E.seg(type="byline"), u.body, self.ctx))

    def _opener_or_paragraph(self, u: Unit):
        """The opener the unit goes in: the one the div ends with, or a new one where only a
        heading, notes and page breaks come before it; else None, *u* written as a
        paragraph (an opener stands only at a div's top). A page break after the opener's
        lines so far stands in it (a cover's address on page 1, the dateline on page 2)."""
        self._opener_over_page()
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
        signed = closer.findall(tei("signed"))
        if signed and OFFICE_UNDER_NAME.match(plain(u.body.text).strip()):
            # "Recording Clerk" under "Julia Roten-Valdez": the signer's office, the same
            # signature's second line, not a second signer
            signed[-1].append(E.lb())
            fill(signed[-1], u.body, self.ctx)
            self.ctx.fired("signer-office")
            return
        closer.append(fill(E.signed(), u.body, self.ctx))
        self.ctx.fired("cosigners")

    def _signed(self, span: Span):
        """The signature; a typed one, the office and the name on one line a wide gap
        apart ("Президент Российской Федерации        В.Путин", a wiki's {{Подпись|…|…}}),
        as the two lines of a signature: the office, <lb/>, the name."""
        text = span.text
        m = WIDE_GAP.search(text)
        if "\n" in text or m is None or not TYPED_SIGNATURE.match(plain(text).strip()) \
                or WIDE_GAP.search(text, m.end()):
            return fill(E.signed(), span, self.ctx)
        signed = fill(E.signed(), span[:m.start()].strip(), self.ctx)
        signed.append(E.lb())
        signed[-1].tail = " "                   # (the words apart, read as text)
        self.ctx.fired("typed-signature-lines")
        return fill(signed, span[m.end():].strip(), self.ctx)

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
        self.div.append(E.closer(*salutes, self._signed(u.body)))
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
        self.ctx.block_quotes.append(quote)   # (for _quoted_verse: never a mail's quote)

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

    def _interjection(self, u: Unit, _):
        """A voice from the floor inside the speech it interrupts (turns.foreign_said_verbs):
        an <incident>, its label and words in the description."""
        self._end_quote()
        words = " ".join(plain(u.body.text).split())
        self._container(True).append(E.incident(E.desc(f"{u.label}: {words}")))
        self.ctx.fired("interjection")

    def _source_line(self, u: Unit, _):
        """A converter's reference of the speech's source, taken off the speaker's line
        ("stenozáznam: https://…"): a note of the source before the turn."""
        self._end_quote()
        self._end_turn()
        self.div.append(fill(E.note(type="source"), u.body, self.ctx))

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

    def _stamp(self, u: Unit, _):
        """A classification marking or downgrading group at a cable's foot ("GP-3",
        "CONFIDENTIAL"): a note of the document's classification, never its signature."""
        self._end_quote()
        self._end_turn()
        self.div.append(fill(E.note(type="classification"), u.body, self.ctx))
        self.ctx.fired("classification-stamp")

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


# an office alone on the line under a signature ("Recording Clerk", "Secretary", "Clerk of
# the Board", "Chair"): the signer's, never a second signer
OFFICE_UNDER_NAME = re.compile(
    r"(?i)^(?:(?:recording|assistant|deputy|acting|corresponding|executive|general|"
    r"financial|honorary|hon\.)\s+)?(?:clerk|secretary|chair|chairman|chairwoman|chairperson|"
    r"president|vice[- ]president|treasurer|moderator|convener|convenor|registrar|"
    r"recorder|presiding\s+officer|co-?chair)(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w\s]{0,40})?"
    r"[.,]?$")


# a report's or a minute's closing formula, not a letter's ("Respectfully submitted,")
REPORT_CLOSING = re.compile(r"(?i)^\W*(?:respectfully|humbly|duly)?\s*submitted\b|^\W*attest\b")


def _letter_closer(closer) -> bool:
    """A closer that makes its section a letter: a letter's closing formula over the
    signature; a signature alone or under a report's formula ("Respectfully submitted,")
    closes minutes and reports as well."""
    salutes = [text_of(s).strip() for s in closer.iter(tei("salute"))]
    return any(not REPORT_CLOSING.match(s) for s in salutes)


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
# ("The jury returned a verdict of accidental fire.": the record's words after the
# evidence, a court's, a jury's, a coroner's doing in the past tense)
NARRATION = re.compile(r"^(?:(?:He|She)\s+[a-z]+s\b(?:\s+\S+){0,25}|The\s+(?:jury|coroner|"
                       r"court|bench|magistrates?|inquest|case)\s+(?:was\s+|were\s+)?[a-z]+ed"
                       r"\b(?:\s+\S+){0,25})$")


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
    if u.kind != "para" or u.span is None or u.form in ("narration", "record-item",
                                                          "label-rejected"):
        return False
    text = u.span.text.strip()
    if OMISSION.match(text) or NARRATION.match(text) or (
            is_caps_heading(text) and not text.endswith("?")):   # ("CITRIS?" asks)
        return False
    if EVIDENCE_DASH.search(text) and len(text.split()) <= 12:
        return False                 # "Case adjourned to Monday when: -": the record's words
        #                              over the evidence that follows, no witness's
    if is_cjk(text[:1]) and text[-1:] in "：:" and len(text) <= 40 and CJK_NOTICE.search(text):
        return False                 # "鄧家彪議員動議的議案如下：": the record's notice of the
        #                              motion's text, no speaker's words
    if _cjk_title(text):
        return False                 # "全面檢討強制性公積金計劃": a debate's title
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


def _opens_quote(text: str) -> bool:
    return text[:1] in "“\""


def _closes_quote(text: str) -> bool:
    stripped = without_end_markers(text.rstrip())
    return stripped[-1:] in "”\"" or (stripped[-2:-1] in "”\"" and stripped[-1:] in ".,")

"""Block-level rules shared by every source style: paragraphs, speaker turns, stage
directions, page breaks, lists, quotations (a letter's parts: letters.py).

``build_text(div, blocks, ctx)`` appends the TEI for the document's text blocks to *div*.
Blocks are first classified (one small rule each), then speaker labels are accepted for the
whole document at once, then the units are written out in order. What a speaker's label
looks like, and the passes that set labels and speech apart first, are in turns.py.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace

from lxml import etree

from ..formats import marks, tables
from ..formats.marks import HI, plain
from ..sourcetext import Block, Line
from ..tei import E, sub, tei, text_of
from . import eschatocol
from .annexes import annex_units
from .context import Context
from .dates import (
    DAY_MONTH,
    ENTRY_LEAD,
    WEEKDAY,
    YEAR,
    DateFound,
    date_at,
    day_heading,
    find_date,
)
from .inline import INCIDENT_IN_PARENTHESES, TIME_IN_BRACKETS, fill
from .layout import _compound_tail, _printed_compound, is_cjk, join_hyphenated, join_spans
from .letters import (
    MAIL_ADDRESS,
    SLASHED_NAME,
    embedded_letters,
    find_letter_parts,
    initials_signed,
    letter_marks,
    letters_apart,
    letters_at_rules,
    letters_in_turns,
    name_only,
    named_part,
    official_address,
    signers_not_speakers,
)
from .numbered_letters import numbered_letters
from .quotes import block_quotes
from .shapes import (
    CJK_ENDS,
    CJK_NOTICE,
    CLOSE_PUNCT,
    FIELD_LABELS,
    FUNCTION_WORDS,
    PARTICLES,
    ends_mid_sentence,
    is_caps_heading,
    is_wrapped,
    label_shape_ok,
    without_end_markers,
)
from .span import Span
from .turns import (
    BRACED,
    MARK,
    NAMES_LINE,
    NUMBERED,
    PAGE_LINE,
    STAGED_LABEL,
    TIMESTAMP,
    _abbrev_labels,
    _as_fields,
    _as_label_line_turn,
    _as_names,
    _as_turn,
    _balanced,
    _bare_labels,
    _commentary_blocks,
    _court_labels,
    _item,
    _joined,
    _label,
    _label_alone,
    _labels_over_speech,
    _letters_taking_turns,
    _numbered_narration,
    _salutation_apart,
    _section_salutations_apart,
    _speech_paragraphs,
    _stamps_over_speech,
    _verse_lines,
    _without_affiliation,
    split_turn_lines,
)
from .unit import Unit

COLUMN_LINE = re.compile(r"^\[Column (?P<n>\d{1,5}[a-z]?)\]$")
# A transcriber's annotation line (Spacelog and similar): _note: …, _comment: …, _lang: en
ANNOTATION = re.compile(r"^_(?P<key>[a-z]{2,12}):\s*(?P<value>.*)$")
# A stage direction in parentheses; never an enumeration's mark: (a), (2), (iv)
ENUMERATOR = r"(?!\((?:\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})\))"
STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?$")
LEADING_STAGE = re.compile(r"^" + ENUMERATOR + r"\((?:[^()]|\([^()]*\))+\)[.,;:!]?(?=\s)")
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
    if lines[0].kind == "code":          # a program (a Markdown fence of code): its
        return [Unit("para", block, form="code",   # lines as they are, never prose
                     span=Span.of_lines(lines, "\n"))]
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
    unit = (_as_attendance(block) or _as_fields(block) or _as_names(block)
            or _as_turn(block, ctx)
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


def _letter_points_in_sequence(units: list[Unit], ctx: Context) -> None:
    """A paragraph opening with a capital letter and a full stop is point "B" only where
    its sequence is there: the letter before or after it labels another paragraph ("A."
    … "B."). Alone, the letter is an initial ("C. PLINIUS TRAIANO IMPERATORI",
    "M. TVLLI CICERONIS …") or a Roman numeral of a series in other letters ("I.", "V.",
    "X." among "II.", "III."): no point number."""
    letters = {u.n for u in units if u.kind == "para" and u.n and u.n.isalpha()}
    for u in units:
        if u.kind == "para" and u.n and u.n.isupper() and u.span is not None and \
                u.span.text.lstrip().startswith(u.n + ".") and \
                chr(ord(u.n) - 1) not in letters and chr(ord(u.n) + 1) not in letters:
            u.n = None
            ctx.fired("initial-not-a-point")


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


# A roll call's key alone on its line, over the names ("Present:" / "Mr. Clinton Ingles,
# President." / "Mrs. Florence Hartman,"): minutes' attendance in any hand or print
ATTENDANCE_KEY = re.compile(r"(?i)^(?:(?:members|trustees|directors|also|others)\s+)?(?:present|"
                            r"absent|excused|in\s+attendance|attending|attendance|attendees|"
                            r"apologies(?:\s+for\s+absence)?|regrets|roll[\s-]+call|"
                            r"(?:members|trustees|directors)\s+(?:present|absent))\s*:?$")
HONORIFIC_WORDS = {"mr", "mrs", "ms", "miss", "dr", "rev", "hon", "prof", "sir", "dame",
                   "messrs", "mme", "mlle", "m", "capt", "col", "gen", "judge", "sister",
                   "brother", "father", "friend"}


def _attendee(text: str) -> bool:
    """A line that is one person (or two) and an optional office after a comma ("Mr. Clinton
    Ingles, President.", "Mrs. Florence Hartman,", "Milford H. Ketcham, Trustees.")."""
    text = text.strip().rstrip(".,;")
    name, _, office = text.partition(",")
    words = name.split()
    return 1 <= len(words) <= 6 and len(office.split()) <= 4 and all(
        NAME_WORD.match(w) or w in NAME_PARTICLES or w.rstrip(".").casefold() in
        HONORIFIC_WORDS for w in words) and not set(text) & set("?!:;\"“”") and all(
        w[:1].isupper() or w.casefold() in NAME_PARTICLES or w.casefold() in ("and", "of")
        for w in office.split())


def _as_attendance(block: Block) -> Unit | None:
    """A roll call: a line that is only an attendance key ("Present:", "Absent:", "Also
    present:", "In attendance:", "Apologies:", "Roll call:") over two lines or more that
    are each a name with an optional office: a list with that head, each line an item."""
    lines = block.lines
    if len(lines) < 3 or not ATTENDANCE_KEY.match(plain(lines[0].text).strip()):
        return None
    if not all(_attendee(plain(ln.text)) for ln in lines[1:]):
        return None
    kind = re.sub(r"[^a-z]+", "-", plain(lines[0].text).strip().rstrip(":").casefold()).strip("-")
    return Unit("list", block, head=Span.of_line(lines[0]).strip(),
                items=[_item(ln) for ln in lines[1:]], list_type=kind)   # (as _as_list)


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


# ("E.O. 11652: GDS": a field whose label carries the order's number)


# ----------------------------------------------------------------------------- speakers

def accept_speakers(units: list[Unit], ctx: Context) -> None:
    """Keep as turns only labels that behave like speakers across the document: a label
    used at least twice, or one that opens a sentence in a dialogue (three turns or more,
    one label recurring)."""
    turns = [u for u in units if u.kind == "turn"]
    timed = {u.label for u in turns if _time_only(u)}
    for u in [u for u in turns if u.label in timed]:
        if any(v.label == u.label and not _time_only(v) for v in turns):
            continue                     # (a speaker who also speaks: a speaker)
        _not_a_turn(u, ctx)              # "**Break:** [13:40]": a segment's mark, no one's
        u.form = "label-rejected"        # speech nor the previous speaker's
        ctx.fired("time-only-label")
    turns = [u for u in turns if u.kind == "turn"]
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
    listed = _names_fields(turns)
    if listed:
        for u in [u for u in turns if u.label in listed]:
            _not_a_turn(u, ctx)          # "**Chair:** Tzviya Siegman": a minute's field
        ctx.fired("names-field")
        turns = [u for u in turns if u.kind == "turn"]
    counts = Counter(u.label for u in turns if u.form != "field")
    recurring = {lab for lab, c in counts.items() if c >= 2}
    # a label form proven by two labels or more that recur ("**Name:**", "*Name:*"): every
    # label set so is a turn, a name used once too ("**George Kerscher:** default …")
    proven = {form for form in ("strong", "element", "italic")
              if len({u.label for u in turns if u.form == form and u.label in recurring}) >= 2}
    speakers_elsewhere = {u.label for u in turns if u.form != "italic"}
    for u in [u for u in turns if u.form == "italic" and "italic" not in proven
              and u.label not in speakers_elsewhere]:
        _not_a_turn(u, ctx)              # "*Note:* …" once or twice: an italic lead-in
    turns = [u for u in turns if u.kind == "turn"]
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
    keyed = _key_abbreviations(units)
    let_go: list[tuple[Unit, str, str | None]] = []   # the labels not taken, and their form
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
        if u.form in proven and plain(u.body.text).strip():
            continue
        if keyed and all(p in keyed for p in JOINT_LABEL.split(u.label or "") if p):
            continue                     # "IS:", "WH and IS:" under the key "… (IS), …"
        if u.label in recurring or (dialogue and opens_sentence) or u.form in (
                "element", "stamped", "heading", "alone", "abbrev") or (
                (u.form in ("strong", "dash", "time-bold") or (u.form == "title" and titled)
                 or (u.form == "caps" and (u.label or "").casefold() in CHAIR_LABELS))
                and opens_sentence):         # (the chair's label in capitals: its office)
            continue
        let_go.append((u, u.form, u.label))
        _not_a_turn(u, ctx)
    # a label of the form two turns or more of the document take ("**X:**", "HON. X.-"), let
    # go: its paragraph is no one's speech, never the previous speaker's
    taken = Counter(u.form for u in turns if u.kind == "turn")
    for u, form, label in let_go:
        if form in OWN_FORMS and taken[form] >= 2:
            u.form = "label-rejected"
            ctx.diags.info(f"speaker label \u201c{label}\u201d not taken; its paragraph "
                           "kept apart from the turn before", "label-rejected",
                           u.block.first, 1)
            ctx.fired("label-rejected")


# the lower-case words of names ("Ludwig van Beethoven", "Datuk Haji Roslan bin Awang")
NAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "du", "des", "la", "le",
                  "bin", "binti", "al", "ibn", "y", "e", "den", "der", "ter", "ten", "zu"}

# the articles, prepositions and conjunctions that a title page sets on a line of their own
# ("THE" / "LIFE" / "AND" / "OPINIONS" / "OF"), in the editions' languages: no one's name
TITLE_PAGE_WORDS = frozenset("the of and to in for with by from le les des et du aux der "
                             "die das und den dem von zur zum los las del het een van".split())


# a time or a range of times, in brackets or not: "[13:40]", "(01:02:03 - 01:05:00)"
TIME_ONLY = re.compile(r"[\[(]?\s*" + TIME_IN_BRACKETS + r"\s*[\])]?\s*")


def _time_only(u: Unit) -> bool:
    """Does a turn say nothing but a time ("**Break:** [13:40]")?"""
    return u.span is not None and TIME_ONLY.fullmatch(plain(u.span.text).strip()) is not None


# the label forms that say "speaker" by themselves (see turns._label)
OWN_FORMS = ("strong", "title", "dash", "time-bold", "caps")


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


NAME_WORD = re.compile(r"^(?:[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*\.?|[A-Z]\.(?:[A-Z]\.)*)$")
NAME_SEPARATORS = re.compile(r"\s*(?:[,;]|\band\b|&)\s*")


def names_only(text: str) -> bool:
    """Is the text a list of names and nothing else ("Tzviya Siegman", "Leonard
    Rosenthol, Dave Cramer", "Ann Lee and Bob Hart"): names of one to five capitalised
    words (initials, particles), one of two words at least, or two names or more; no
    sentence's sign (? !), no verb in lower case."""
    text = text.strip().rstrip(".")
    if not text or set(text) & set("?!:\"“”()[]"):
        return False
    parts = [p for p in NAME_SEPARATORS.split(text) if p]
    if not parts or len(parts) > 60:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5 or not all(NAME_WORD.match(w) or w in NAME_PARTICLES
                                               for w in words):
            return False
        if not NAME_WORD.match(words[0]):
            return False
    return len(parts) >= 2 or len(parts[0].split()) >= 2


def _names_value(u: Unit) -> bool:
    """The words after a colon label are a field's value of names: one line, names only, a
    list of two or more, or one name with no full stop after it (a vocative reply is a
    sentence: "HON. SPEAKER.- Honourable Minister.")."""
    text = plain(u.body.text).strip()
    if "\n" in text or text.isupper() or not names_only(text):
        return False                 # (in capitals: a cable's field, "SLUGS: WNINTEL
    #                                  GTDANCER", left to the rules before)
    return text[-1:] != "." or len(NAME_SEPARATORS.split(text.rstrip("."))) >= 2


def _names_fields(turns: list[Unit]) -> set:
    """Labels that are a minute's fields, not speakers: every turn of the label is names and
    nothing else ("**Chair:** Tzviya Siegman", "Scribe: Leonard Rosenthol, Dave Cramer"), in
    a record with a turn of speech elsewhere (a speech is more than names)."""
    by_label: dict[str, list[Unit]] = {}
    for u in turns:
        by_label.setdefault(u.label or "", []).append(u)
    named = {lab for lab, us in by_label.items()
             if all(u.form in ("", "strong", "field", "element") and _names_value(u)
                    for u in us)}
    if not named or len(named) == len(by_label):
        return set()
    # (fields head the minute: a label of names only after the first speech is someone
    # speaking, "Clerk: His Worship Mayor Katz, Councillors." calling the roll)
    first_speech = next(i for i, u in enumerate(turns) if (u.label or "") not in named)
    late = {u.label or "" for u in turns[first_speech:]}
    return named - late


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
                or u.form == "code" or prev.form == "code" \
                or not (_cut_before(last.text, u.kind == "pb") or _comma_cut(prev, last, u)
                        or _word_cut(last, u) or _word_cut_over_page(last, units, i)):
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


def _continues(before: str, after: str) -> bool:
    last = before.rsplit(None, 1)[-1].casefold()
    first = after.lstrip()[:1]
    if re.fullmatch(r"\[[^\]]*\]", after.strip()):
        return True
    if _cjk_cut(before) and is_cjk(after.lstrip()[:1]) and not _cjk_title(before) \
            and not _cjk_title(after):
        return True                      # "…收費" [3239] "比例自然會高。" (not the line of
        #                                  a sitting's time over a heading: "上午 9時正會議
        #                                  繼續" [3236] "議員議案")
    return first.islower() or last in FUNCTION_WORDS


# ----------------------------------------------------------------------------- writing


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
    _speaker_key(units, ctx)
    _recorder_narration(units, ctx)
    _bracketed_signatures(units, ctx)
    units = _commentary_blocks(units)
    _numbered_narration(units, ctx)
    units = rejoin_split_paragraphs(units, ctx)
    # a newspaper's articles: a headline over a wire dateline
    from . import news
    units = news.find_articles(units, div.find(tei("head")) is not None, ctx)
    units = _turns_run_in(units, ctx)
    units = signers_not_speakers(units, ctx)
    ctx.spoken = any(u.kind == "turn" for u in units)
    initials_signed(units, ctx)
    units = _cast_lists(units, ctx)
    units = block_quotes(units, ctx)
    units = annex_units(numbered_letters(units, ctx), ctx)
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
    _letter_points_in_sequence(units, ctx)
    TextBuilder(div, ctx, dated_entries=dated).write(units)
    _label.cache_clear()            # (the caches hold this text's lines: let them go with it,
    label_shape_ok.cache_clear()    # or they keep its memory from the serializer, 50 MiB at 50 MB)


# "Brian Terlson (BT)": a name and the initials its turns are labelled with
KEY_PAIR = re.compile(r"(?P<name>[^\W\d_][^,;()]{1,60}?)\s*\((?P<abbr>[^\W\d_][\w.\-]{0,9})\)")


JOINT_LABEL = re.compile(r"\s*(?:,|/|&|\band\b)\s*")


def _key_pairs(u: Unit) -> list[re.Match] | None:
    """The "Full Name (ABBR)" pairs of a paragraph that is three of them or more and
    nothing else, else None."""
    if u.kind != "para" or u.span is None or "(" not in u.span.text:
        return None
    text = u.span.text
    pairs = list(KEY_PAIR.finditer(text))
    if len(pairs) < 3 or re.sub(r"[\s,;.]|\band\b", "", KEY_PAIR.sub("", text)) or not all(
            names_only(plain(m.group("name"))) for m in pairs):
        return None
    return pairs


def _key_abbreviations(units: list[Unit]) -> set[str]:
    """The ABBRs of the first key of those present in the text (_key_pairs), where half of
    them or more open turns: labels proven by the key, a name used once too."""
    labels = {u.label for u in units if u.kind == "turn"}
    for u in units[:40]:
        pairs = _key_pairs(u)
        if pairs:
            abbrs = {m.group("abbr") for m in pairs}
            parts = {p for lab in labels for p in JOINT_LABEL.split(lab or "") if p}
            if len(abbrs & parts) >= 3 and 2 * len(abbrs & parts) >= len(abbrs):
                return abbrs
    return set()


def _speaker_key(units: list[Unit], ctx: Context) -> None:
    """A paragraph of "Full Name (ABBR)" pairs and nothing else, where half the ABBRs or
    more label turns of the text and three at least ("Brian Terlson (BT), Allen Wirfs-Brock
    (AWB), …" over a committee's notes): the key of those present. A list of them; each
    label's person is named by the key's full name."""
    labels = {u.label for u in units if u.kind == "turn"}
    if len(labels) < 2:
        return
    for k, u in enumerate(units):
        pairs = _key_pairs(u)
        if not pairs or u.span is None:
            continue
        text = u.span.text
        parts = {p for lab in labels for p in JOINT_LABEL.split(lab or "") if p}
        known = [m for m in pairs if m.group("abbr") in parts]   # ("WH" of "WH and IS" too)
        if len(known) < 3 or 2 * len(known) < len(pairs):
            continue
        for m in known:
            ctx.speaker_names.setdefault(m.group("abbr"), " ".join(plain(m.group("name")).split()))
        starts = [m.start() for m in pairs] + [len(text)]
        items = [("item", u.span[a:b].strip(), None) for a, b in itertools.pairwise(starts)]
        units[k] = Unit("list", u.block, items=items, list_type="attendance")
        ctx.fired("speaker-key")
        return


# The recorder's narration in brackets ("[agreed to MM's request]", "[Discussion about …]",
# "[no objection]"): an outcome in the past tense or the meeting's business, not words an
# editor supplies (the room's noises, "[Laughter.]", are the reporter's incidents)
NARRATION_BRACKET = re.compile(
    r"^\[\s*(?P<inner>(?:(?:[a-z]+ed|no\s+objections?|general\s+agreement|"
    r"(?i:discussion|consensus|no\s+objections?|agreed|adjourned|carried))\b)"
    r"[^\[\]]{0,300}?)\s*\]\.?$")


def _recorder_narration(units: list[Unit], ctx: Context) -> None:
    """A paragraph between turns, or a turn's whole speech, that is the recorder's
    narration in brackets (NARRATION_BRACKET): a stage direction, its brackets the
    recorder's signs. Only in a text of turns."""
    if not any(u.kind == "turn" for u in units):
        return
    for k, u in enumerate(units):
        if u.span is None or u.kind not in ("para", "turn"):
            continue
        body = u.body.strip()
        m = NARRATION_BRACKET.match(plain(body.text).strip())
        if m is None or (u.kind == "para" and not any(x.kind == "turn" for x in units[:k])):
            continue
        inner = body[body.text.find("[") + 1:body.text.rfind("]")].strip()
        if u.kind == "para":
            units[k] = Unit("stage", u.block, span=inner)
        elif u.stage is None:
            u.stage, u.span = inner, inner[0:0]
        ctx.fired("recorder-narration")


# A transcriber's note of a signature with the name read from it ("[signature: D.M.
# McDonald]", "[signed: John Smith]", "[Signature of Wm. Brown]")
BRACKETED_SIGNATURE = re.compile(r"(?i)^\[\s*(?:signature|signed|sgd\.?)(?:\s*:\s*|\s+of\s+)"
                                 r"(?P<name>[^\[\]]{2,60}?)\s*\]\.?$")


def _bracketed_signatures(units: list[Unit], ctx: Context) -> None:
    """A paragraph that is only a transcriber's note of a signature and the name read from it,
    after text, and last (before a heading, or a rule that sets apart what follows, as the
    transcriber's notes): the signature, a closer's <signed> (the note's words kept in it)."""
    rules: list[int] = list(ctx.source.hints.rule_lines or [])
    for k, u in list(enumerate(units))[::-1]:
        if u.kind != "para" or u.span is None or k == 0:
            continue
        nxt = next((x for x in units[k + 1:] if x.kind not in ("pb", "cb")), None)
        ruled = nxt is not None and bool(u.block.lines) and bool(nxt.block.lines) and any(
            u.block.lines[-1].number < r < nxt.block.lines[0].number for r in rules)
        if nxt is not None and nxt.kind != "section" and not ruled:
            continue
        text = plain(u.span.text).strip()
        m = BRACKETED_SIGNATURE.match(text)
        if not m or not names_only(m.group("name")) or not any(
                x.kind in ("para", "turn", "list") for x in units[:k]):
            continue
        inner = u.span.strip()
        start = inner.text.find("[") + 1
        end = inner.text.rfind("]")
        u.kind, u.closing, u.span = "closer", [], inner[start:end].strip()
        ctx.fired("bracketed-signature")
        if ruled and nxt is not None:    # what follows the rule: a section of its own
            units.insert(units.index(nxt), Unit("section", nxt.block))


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
            if section.get("type") != "section":
                continue
            if any(child.tag == tei("opener") or (child.tag == tei("closer")
                                                  and _letter_closer(child))
                   for child in section):
                section.set("type", "letter")     # one letter of a collection
            elif any(child.tag == tei("closer") for child in section):
                self.ctx.fired("signed-section")  # minutes, a report: signed, no letter
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


CJK_CLAUSE_MARKS = "。！？；：，、…「」『』“”"


def _cjk_title(text: str) -> bool:
    """A short CJK line with no sentence's or clause's mark: a title, a heading, a notice
    of the sitting ("全面檢討強制性公積金計劃", "議員議案")."""
    text = plain(text).strip()
    return is_cjk(text[:1]) and len(text) <= 20 and not any(c in CJK_CLAUSE_MARKS for c in text)


def continues_speech(u: Unit) -> bool:
    """A paragraph after a turn goes on with the speech unless it is a heading (short, no
    closing punctuation, or all capitals), the editor's note of an omission, or the
    recorder's narration."""
    if u.kind != "para" or u.span is None or u.form in ("narration", "record-item",
                                                          "label-rejected"):
        return False
    text = u.span.text.strip()
    if OMISSION.match(text) or is_caps_heading(text) or NARRATION.match(text):
        return False
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

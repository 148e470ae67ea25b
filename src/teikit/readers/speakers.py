"""Which speaker labels the document keeps: ``accept_speakers`` takes as turns only labels
that behave like speakers across the whole document (a record's fields, a title page's
words, run-in heads, headlines let go), and the passes that go with it: a key of those
present, the recorder's narration, turns run in inside a paragraph, a speech's verse lines,
a play's cast. What a label looks like, and the passes before classifying, are in turns.py."""
from __future__ import annotations

import itertools
import re
from collections import Counter

from lxml import etree

from ..formats.marks import HI, plain
from ..sourcetext import Block
from ..tei import E, tei
from .classify import _as_list, _as_para
from .context import Context
from .dates import WEEKDAY
from .inline import TIME_IN_BRACKETS
from .layout import VERSION_HEADING, is_cjk
from .letter_closers import name_only
from .shapes import (
    CJK_ENDS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NAME_SEPARATORS,
    PARTICLES,
    is_apparatus_heading,
    is_caps_heading,
    label_shape_ok,
    names_only,
)
from .span import Span
from .turns import (
    MARK,
    NAMES_LINE,
    STAGED_LABEL,
    _balanced,
    _joined,
    _without_affiliation,
)
from .unit import Unit

# ----------------------------------------------------------------------------- speakers

# formats whose markup has no speakers' turns (OpenITI mARkdown: prose and verse, every
# paragraph marked "# "): a label-like opening is the narration's, never a speaker's
NO_TURNS = frozenset({"openiti"})


def accept_speakers(units: list[Unit], ctx: Context) -> None:
    """Keep as turns only labels that behave like speakers across the document: a label
    used at least twice, or one that opens a sentence in a dialogue (three turns or more,
    one label recurring)."""
    turns = [u for u in units if u.kind == "turn"]
    versions = [u for u in turns if VERSION_HEADING.match((u.label or "").strip().rstrip(":."))]
    for u in versions:                   # "Version A:" / "Version B:", "Original:" /
        _not_a_turn(u, ctx)              # "Translation:": an edition's versions in turn,
    if versions:                         # no one's speech
        ctx.fired("version-not-speaker")
        turns = [u for u in turns if u.kind == "turn"]
    if ctx.source.format in NO_TURNS:
        for u in turns:                  # a format whose markup marks every paragraph and
            _not_a_turn(u, ctx)          # has no speaker convention: "حدثني فلان قال:"
        if turns:                        # opens a narration (a chain of transmitters),
            ctx.fired("no-turns-in-format")   # no turn of a dialogue
        return
    turns = _title_with_subtitle(turns, ctx)
    named = [u for u in turns if u.label and _section_name(u.label) and len(u.block.lines) > 1
             and plain(u.block.lines[0].text).strip() == u.label]
    for u in named:                      # "ABSTRACT" alone over its text: its name, then
        k = next(k for k, v in enumerate(units) if v is u)   # the text, never a turn
        name, rest = u.block.lines[0], u.block.lines[1:]
        units[k:k + 1] = [_as_para(Block([name]), Span.of_line(name).strip()),
                          _as_para(Block(rest), _joined([Span.of_line(ln) for ln in rest],
                                                        rest, ctx))]
        ctx.fired("section-name-not-speaker")
    turns = [u for u in turns if u not in named]
    timed = {u.label for u in turns if _time_only(u)} - _timed_speakers(units, turns, ctx)
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
    if fields_of:                        # "Tonart: E-moll. Taktart: 2/4.": a record's fields
        turns = _no_turns_of(fields_of, turns, "catalogue-fields", ctx)
    records = _record_fields(units)
    if records:                          # "Museum no.: BM 012839" / "Provenience: " / …
        for u in records:                # one field a line, record after record
            _not_a_turn(u, ctx)
        ctx.fired("catalogue-record-fields")
        turns = [u for u in turns if u.kind == "turn"]
    listed = _names_fields(turns)
    if listed:                           # "**Chair:** Tzviya Siegman": a minute's field
        turns = _no_turns_of(listed, turns, "names-field", ctx)
    counts = Counter(u.label for u in turns if u.form != "field")
    recurring = {lab for lab, c in counts.items() if c >= 2}
    # a label form proven by two labels or more that recur ("**Name:**", "*Name:*"): every
    # label set so is a turn, a name used once too ("**George Kerscher:** default …")
    proven = {form for form in ("strong", "element", "italic")
              if len({u.label for u in turns if u.form == form and u.label in recurring}) >= 2}
    if "element" in proven:
        marked = {u.label for u in turns if u.form == "element"}
        plain_labels = [u for u in turns if u.form == "" and u.label not in marked]
        if plain_labels and len(plain_labels) * 4 < len(turns):
            for u in plain_labels:       # the page marks its labels (<cite>gautier:</cite>):
                _not_a_turn(u, ctx)      # "Demo Chai Reader: Reading, …" unmarked is the
            ctx.fired("marked-labels-only")   # scribe's summary, no one's turn
    for u in [u for u in turns if u.form == "bold-nick" and "strong" not in proven]:
        _not_a_turn(u, ctx)              # "**note:**" in small letters, no bold labels
    if any(u.form == "bold-nick" for u in turns if u.kind == "turn"):
        ctx.fired("bold-nick-labels")    # "**carl:**" among "**Ivan Herman:**" turns
    turns = [u for u in turns if u.kind == "turn"]
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
    # witnesses who each give evidence once, in a paragraph of sentences after the name
    # ("Elizabeth Calloway: Late on 27 Feb. got up on a box …"): an inquest's, a
    # deposition's form, three of them at least; the form recurs, not the names
    sworn = [u for u in turns if u.form == "" and _evidence(u)]
    if len(sworn) >= 3:
        # a witness's name: none of its words is a common word of the text in small
        # letters ("New Business:", "Finance committee:" over a minute's item are no one's)
        words: set[str] = set()          # (each distinct word tested once)
        for u in units:
            if u.span is not None:
                words.update(WORD.findall(plain(u.span.text)))
        common = {w for w in words if w.islower()}
        sworn = [u for u in sworn if not any(w.casefold() in common
                                             for w in WORD.findall(u.label or ""))]
    witnesses = {id(u) for u in sworn} if len(sworn) >= 3 else set()
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
    # two turns of different labels one after the other: an exchange
    exchange = any(a.kind == "turn" and b.kind == "turn" and a.label != b.label
                   for a, b in itertools.pairwise(units))
    if not recurring and not dialogue and not exchange:
        turns = _edition_fields(turns, ctx)
    for u in turns:
        if u.form == "field" and u.label not in recurring:
            _not_a_turn(u, ctx)
            continue
        if u.form == "strong" and u.label not in recurring and not dialogue \
                and not exchange and _bold_with_stop(u):
            _not_a_turn(u, ctx)          # "**CORSETS.** A fine Corset …", "**BEE HIVE.**"
            ctx.fired("run-in-bold-head")    # over an address: a run-in head used once,
            continue                     # with no exchange of turns, is no speaker
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
        if u.label in recurring or (dialogue and opens_sentence) or id(u) in witnesses \
                or u.form in (
                "element", "stamped", "heading", "alone", "abbrev", "clock", "cue") or (
                (u.form in ("strong", "dash", "time-bold", "caps-wrapped")
                 or (u.form == "title" and titled)
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


WORD = re.compile(r"[^\W\d_]+")


def _evidence(u: Unit) -> bool:
    """Is a turn a witness's evidence: a name of two words or more, each with a capital
    (or a title and a name), and sentences of twenty words or more after it?"""
    words = (u.label or "").split()
    speech = plain(u.body.text).strip()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) \
        and len(speech.split()) >= 20 and speech[-1:] in ".!?\"”’'"


# the articles, prepositions and conjunctions that a title page sets on a line of their own
# ("THE" / "LIFE" / "AND" / "OPINIONS" / "OF"), in the editions' languages: no one's name
TITLE_PAGE_WORDS = frozenset("the of and to in for with by from le les des et du aux der "
                             "die das und den dem von zur zum los las del het een van".split())


# a time or a range of times, in brackets or not: "[13:40]", "(01:02:03 - 01:05:00)"
TIME_ONLY = re.compile(r"[\[(]?\s*" + TIME_IN_BRACKETS + r"\s*[\])]?\s*")


def _bold_with_stop(u: Unit) -> bool:
    """A bold label that ends in a full stop ("**CORSETS.**"): a run-in head's form; a
    speaker's bold label ends in a colon ("**See Kee Oon J:**")."""
    text = u.block.lines[0].text.lstrip()
    if not text.startswith(HI["bold"][0]):
        return False
    close = text.find(HI["bold"][1])
    return close > 0 and (text[:close].rstrip().endswith(".")
                          or text[close + 1:close + 2] == ".")


def _no_turns_of(labels: set[str], turns: list[Unit], rule: str, ctx: Context) -> list[Unit]:
    """The turns under these labels are none (the rule that found them named); the rest."""
    for u in turns:
        if u.label in labels:
            _not_a_turn(u, ctx)
    ctx.fired(rule)
    return [u for u in turns if u.kind == "turn"]


# the names of a text's parts that stand alone over them as headings, never speakers
# (besides shapes.APPARATUS_HEADING's: ABSTRACT, PREFACE, INTRODUCTION, …)
SECTION_NAME = re.compile(r"(?i)^(?:summary|contents|table\s+of\s+contents|index|résumé|"
                          r"resumen|zusammenfassung|sommaire)$")


def _section_name(label: str) -> bool:
    return SECTION_NAME.match(label) is not None or is_apparatus_heading(label)


def _title_with_subtitle(turns: list[Unit], ctx: Context) -> list[Unit]:
    """The document's title (its front matter's, its page's) as a label once, on the first
    turn ("Drivechain: Una capa de interoperabilidad-2, …" under "title: Drivechain"):
    the title again with its subtitle, no speaker."""
    title = " ".join((ctx.source.hints.title or "").split()).casefold()
    if not turns or not title or (turns[0].label or "").casefold() != title \
            or sum(1 for u in turns if u.label == turns[0].label) != 1:
        return turns
    _not_a_turn(turns[0], ctx)
    turns[0].kind = "subhead"            # under the heading, its <head type="sub">
    ctx.fired("title-with-subtitle")
    return turns[1:]


def unlabelled_questions(units: list[Unit], ctx: Context) -> None:
    """A question with no label between two turns of one speaker ("AA: …" / "Thank you
    very much for that. What would you suggest …?" / "AA: …"), where that speaker's turn
    before it asks nothing: another speaker's turn, whom the text does not name (never the
    answerer asking himself)."""
    for k in range(1, len(units) - 1):
        u, before, after = units[k], units[k - 1], units[k + 1]
        if u.kind != "para" or u.form or u.span is None or before.kind != "turn" \
                or after.kind != "turn" or not before.label or before.label != after.label:
            continue
        text, said = plain(u.span.text).strip(), plain(before.body.text).strip()
        if text.endswith("?") and said[-1:] not in ("?", "") and "\n" not in text \
                and len(text.split()) <= 80:
            u.form = "unlabelled-turn"


def _timed_speakers(units: list[Unit], turns: list[Unit], ctx: Context) -> set[str]:
    """Labels with a time alone on their line over unlabelled speech ("Aaron van Wirdum:
    00:00:20" / blank / "Live from Utrecht, …"; an Otter or Rev export): speakers, where
    two labels or more of that form take turns, each used twice or more, and every one of
    their lines is followed by an unlabelled paragraph (a segment's "**Break:** [13:40]"
    is followed by the next speaker's turn)."""
    timed = [u for u in turns if _time_only(u)]
    if len(timed) < 4:
        return set()
    after = {id(u): units[k + 1] if k + 1 < len(units) else None
             for k, u in enumerate(units)}
    counts = Counter(u.label for u in timed)
    labels = {lab for lab, n in counts.items() if n >= 2 and lab and all(
        (nxt := after[id(u)]) is not None and nxt.kind == "para"
        for u in timed if u.label == lab)}
    if len(labels) < 2 or not _comes_back([u for u in timed if u.label in labels],
                                          set(labels)):
        return set()
    for u in timed:
        if u.label in labels and u.span is not None:    # the time opens the speech below
            u.time = plain(u.span.text).strip().strip("[]()").strip()
            u.span = u.span[:0]
    ctx.fired("time-label-over-speech")
    return labels


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


def _catalogue_fields(turns: list[Unit]) -> set[str]:
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
    by_label: dict[str, list[list[str] | None]] = {}
    for u in turns:
        by_label.setdefault(u.label or "", []).append(values.get(id(u)))
    return {label for label, found in by_label.items()
            if all(v and all(len(x.split()) <= 5 and not set(x) & set("?!") for x in v)
                   for v in found)
            and 2 * sum(1 for v in found if v and len(v) >= 2) >= len(found)}



def _record_fields(units: list[Unit]) -> list[Unit]:
    """The turns that are a catalogue record's fields written one to a line ("Author(s):
    Kraus, Fritz R.," / "Publication date: 1964" / "Provenience: " / …, a museum's or an
    archive's export, a transcription platform's header): a run of four fields at least
    (turns, or paragraphs of "Label: value" lines) on lines that follow one another, no
    label twice in the run, each value on its label's line a few words and no sentence
    (eight words at most, no question, no exclamation, no full stop after four words or
    more), and one value at least empty (a label with nothing after it says nothing: no
    one's turn) or the same labels again in the same order in a second run. The last
    field may hold the lines under it (the record's text: "Transliteration:")."""
    runs: list[tuple[list[Unit], list[tuple[str, str | None]]]] = []
    last: Unit | None = None
    for u in units:
        fields = _record_field(u)
        if fields is None:
            last = None
            continue
        run = runs[-1] if runs else None
        labels = {lab for lab, _ in run[1]} if run else set()
        if run is None or last is None or _carries_body(run[1]) or \
                any(lab in labels for lab, _ in fields) or \
                u.block.lines[0].number != last.block.lines[-1].number + 1:
            runs.append(([u], list(fields)))
        else:
            run[0].append(u)
            run[1].extend(fields)
        last = u
    orders = Counter(tuple(lab for lab, _ in fields) for _, fields in runs if len(fields) >= 4)
    found: list[Unit] = []
    for run_units, fields in runs:
        if len(fields) < 4 or any(value is None for _, value in fields):
            continue
        if any(value == "" for _, value in fields) or \
                orders[tuple(lab for lab, _ in fields)] >= 2:
            found.extend(u for u in run_units if u.kind == "turn")
    return found


BODY = "\n"      # (a record's last field over lines that are no fields: its text)
RECORD_FIELD = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,40}?)\s*:(?:\s+(?P<value>.*)|\s*)$")


def _carries_body(fields: list[tuple[str, str | None]]) -> bool:
    return bool(fields) and fields[-1][1] == BODY


def _record_field(u: Unit) -> list[tuple[str, str | None]] | None:
    """The (label, value) fields of a unit that may be a record's: a turn of a plain or
    field label, or alone on its line, or a paragraph of "Label: value" lines, with the
    field lines under it; the value None when it is no field's (a sentence), BODY for the
    lines under the last field that are no fields; None for any other unit."""
    if u.span is None:
        return None
    lines = [ln.strip() for ln in plain(u.span.text).strip().split("\n")]
    fields: list[tuple[str, str | None]] = []
    if u.kind == "turn" and u.label and u.form == "alone":
        fields.append((u.label, ""))
    elif u.kind == "turn" and u.label and u.form in ("", "field"):
        fields.append((u.label, _value(lines.pop(0))))
    elif u.kind != "para":
        return None
    for line in lines:
        m = RECORD_FIELD.match(line) if line else None
        if m is None and not fields:
            return None
        if m is None:
            fields.append(("", BODY))
            break
        fields.append((m.group("label"), _value((m.group("value") or "").strip())))
    return fields


def _value(value: str) -> str | None:
    words = value.split()
    if len(words) > 8 or set(value) & set("?!") or (len(words) >= 4 and value.endswith(".")):
        return None
    return value


def _names_value(u: Unit) -> bool:
    """The words after a colon label are a field's value of names: one line, names only, a
    list of two or more, or one name with no full stop after it (a vocative reply is a
    sentence: "HON. SPEAKER.- Honourable Minister.")."""
    text = plain(u.body.text).strip()
    if "\n" in text or text.isupper() or not names_only(text):
        return False                 # (in capitals: a cable's field, "SLUGS: WNINTEL
    #                                  GTDANCER", left to the rules before)
    return text[-1:] != "." or len(NAME_SEPARATORS.split(text.rstrip("."))) >= 2


def _names_fields(turns: list[Unit]) -> set[str]:
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


def _comes_back(turns: list[Unit], recurring: set[str | None]) -> bool:
    """Does a recurring label open a turn again after another label's turn?"""
    seen: set[str | None] = set()
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
    # a label in capitals that opens ten turns or more, glued to the last word of the turn
    # before by a PDF's extraction ("… or was itMOLER: No, no"): a turn there too
    opening = Counter(u.label for u in units if u.kind == "turn" and u.label
                      and u.form in ("", "bare")
                      and plain(u.block.lines[0].text).lstrip().startswith(u.label + ":"))
    glued = sorted((lab for lab, c in opening.items() if c >= 10 and len(lab) >= 2
                    and lab.isupper() and not any(ch.isspace() for ch in lab)),
                   key=len, reverse=True)
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
    elif len(known) < 2 and len(glued) < 2:
        return units
    else:
        alternatives = ([r"(?<=\s)(?=(?:" + "|".join(map(re.escape, known)) + r"):)"]
                        if len(known) >= 2 else []) + \
            ([r"(?<=[a-z])(?=(?:" + "|".join(map(re.escape, glued)) + r"):)"] if glued else [])
        labels = sorted(set(known) | set(glued), key=len, reverse=True)
        inside = re.compile(r"(?:" + "|".join(alternatives) + r")(?P<label>"
                            + "|".join(map(re.escape, labels))
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


def _verse_speeches(div: etree._Element, ctx: Context) -> None:
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


def _verse_groups(div: etree._Element, ctx: Context) -> None:
    """In a text set one verse line to a paragraph (Context.verse_lines), four or more
    one-line paragraphs in a row outside speeches, each of one to fourteen words, are a
    poem's lines: <lg type="poem"> of <l>. Longer paragraphs stay <p> and part the poems."""
    for section in list(div.iter(tei("div"))):
        run: list[etree._Element] = []
        for child in [*section, None]:
            if child is not None and child.tag == tei("p") and not child.attrib \
                    and child.find(tei("lb")) is None \
                    and 1 <= len("".join(child.itertext()).split()) <= 14:
                run.append(child)
                continue
            if len(run) >= 4:
                lg = E.lg(type="poem")
                section.insert(section.index(run[0]), lg)
                for p in run:
                    p.tag = tei("l")
                    lg.append(p)
                ctx.fired("verse-group")
            run = []


# a verse's number at its start, every fifth line numbered ("5 Rien n’est mortel en toy")
LINE_NUMBER = re.compile(r"^\s*(?P<n>\d{1,4})\s+(?=\S)")


def numbered_poems(div: etree._Element, ctx: Context) -> None:
    """A run of one-line paragraphs (no line break in any, forty words at most each) where
    lines open with their own place in a poem as a number, every fifth ("5 Rien n’est
    mortel …", "10 Pource que …"), two numbers at least counted from one start: a poem
    whose editor numbers every fifth line, one <p> a verse, from that start to four lines
    after its last number at most (never into the next poem's lines), eight lines or more.
    <lg type="poem"> of <l>, each number in @n (out of its text). The step of five and the
    places the numbers stand at are the evidence; a paragraph's own figure at its start
    stands elsewhere."""
    for section in list(div.iter(tei("div"))):
        run: list[etree._Element] = []
        for child in [*section, None]:
            if child is not None and child.tag == tei("p") and not child.attrib \
                    and child.find(tei("lb")) is None and not _bold_alone(child) \
                    and 1 <= len("".join(child.itertext()).split()) <= 40:
                run.append(child)
                continue
            if len(run) >= 8:
                _number_poems(section, run, ctx)
            run = []


def _bold_alone(p: etree._Element) -> bool:
    """A paragraph wholly in bold: a title set over the lines (a translation's), no verse."""
    return not (p.text or "").strip() and len(p) == 1 and p[0].tag == tei("hi") \
        and p[0].get("rend") == "bold" and not (p[0].tail or "").strip()


def _number_poems(section: etree._Element, run: list[etree._Element], ctx: Context) -> None:
    starts: dict[int, list[tuple[int, re.Match[str]]]] = {}
    for i, p in enumerate(run):
        m = LINE_NUMBER.match(p.text or "")
        if m is not None and int(m.group("n")) % 5 == 0 and i - int(m.group("n")) + 1 >= 0:
            starts.setdefault(i - int(m.group("n")) + 1, []).append((i, m))
    found = sorted((start, numbers) for start, numbers in starts.items()
                   if len(numbers) >= 2 and [int(m.group("n")) for _, m in numbers]
                   == list(range(5, 5 * len(numbers) + 1, 5)))
    for k, (start, numbers) in enumerate(found):
        later = found[k + 1][0] if k + 1 < len(found) else len(run)
        end = min(numbers[-1][0] + 5, later, len(run))
        if end - start < 8 or (k and start < found[k - 1][1][-1][0]):
            continue
        lines = run[start:end]
        lg = E.lg(type="poem")
        section.insert(section.index(lines[0]), lg)
        numbered = dict(numbers)
        for i, p in enumerate(lines, start):
            p.tag = tei("l")
            if i in numbered:
                p.set("n", numbered[i].group("n"))
                p.text = (p.text or "")[numbered[i].end():]
            lg.append(p)
        ctx.fired("numbered-poem")


def _quoted_verse(ctx: Context) -> None:
    """Quotations that are each one to four short lines with no sentence's end (at most 60
    characters a line, the last without a full stop), two such quotations at least in the
    text: quoted verse (the tanka a letter discusses, the lines an essay cites), each
    <quote><lg type="poem"> of <l>. The repetition and the shape are the evidence."""
    found, done = [], 0
    for quote in ctx.block_quotes:        # (the quoted passages, not a mail's replies)
        ps = list(quote)
        if len(ps) == 1 and ps[0].tag == tei("lg"):
            done += 1                     # (read so already, from a section's builder)
            continue
        if not 1 <= len(ps) <= 4 or any(p.tag != tei("p") or p.attrib or p.find(tei("lb"))
                                        is not None for p in ps):
            continue
        texts = [" ".join("".join(p.itertext()).split()) for p in ps]
        if all(0 < len(t) <= 60 for t in texts) and not re.search(r"[.!?。！？]$", texts[-1]):
            found.append(quote)
    if len(found) + done < 2:
        return
    for quote in found:
        lg = E.lg(type="poem")
        for p in list(quote):
            p.tag = tei("l")
            lg.append(p)
        quote.append(lg)
        ctx.fired("quoted-verse")


def _spoken(u: Unit) -> bool:
    """Does the text under a label on its own line read as speech (words in a sentence),
    not as a subtitle in capitals ("PARLIAMENTARY DEBATES", "(OFFICIAL REPORT)")?"""
    text = plain(u.body.text).strip()
    first = text.split("\n")[0]
    if is_cjk(text[:1]):              # no spaces between words: a sentence's end says it
        return text[-1:] in CJK_ENDS[:3] or len(text) > 40
    return len(text.split()) >= 3 and not is_caps_heading(first) \
        and text.rstrip("”\"’')")[-1:] in ".!?…—-"


# the fields an edition states about itself in a bold label: its key, its source, a note
EDITION_FIELD = re.compile(r"(?i)(?:editorial\s+)?(?:conventions?|key|abbreviations?|sigla|"
                           r"notes?|sources?|citation|references?|repository|archive|"
                           r"collection|provenance|transcription|transcribers?|translation|"
                           r"translators?|editors?|licen[cs]e|copyright|summary|description)$")


def _edition_fields(turns: list[Unit], ctx: Context) -> list[Unit]:
    """In a text with no label that recurs and no exchange of turns, a bold label used
    once that names a field of the edition ("**Conventions:** `[?]` marks uncertain
    readings.", "**Source:** Notarial Act before …") is that paragraph's label, no one's
    turn."""
    for u in [u for u in turns if u.form == "strong"
              and EDITION_FIELD.match((u.label or "").strip())]:
        _not_a_turn(u, ctx)
        ctx.fired("edition-field-label")
    return [u for u in turns if u.kind == "turn"]


def _not_a_turn(u: Unit, ctx: Context) -> None:
    """The block is what it would have been without the label."""
    listed = _as_list(u.block) if u.form == "line" else None   # a label alone on its line
    other = listed or _as_para(u.block, _joined(
        [Span.of_line(ln) for ln in u.block.lines], u.block.lines, ctx))
    u.__dict__.update(other.__dict__)




# ----------------------------------------------------------------------------- passes

# "Brian Terlson (BT)": a name and the initials its turns are labelled with
KEY_PAIR = re.compile(r"(?P<name>[^\W\d_][^,;()]{1,60}?)\s*\((?P<abbr>[^\W\d_][\w.\-]{0,9})\)")


JOINT_LABEL = re.compile(r"\s*(?:,|/|&|\band\b)\s*")


def _key_pairs(u: Unit) -> list[re.Match[str]] | None:
    """The "Full Name (ABBR)" pairs of a paragraph that is three of them or more and
    nothing else, else None."""
    if u.kind != "para" or u.span is None or u.span.text.count("(") < 3:
        return None                   # (each pair holds one parenthesis: three at least)
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


# a sentence inside a text: a word, its full stop, question or exclamation mark and the next
# sentence's capital ("… this morning. So, hopefully, …"), or a speech of eight words or
# more that ends on one
SENTENCE_IN = re.compile(r"[a-z]{3,}[.?!][\"”’)]?\s+[\"“(]?[A-Z]")


def _has_sentences(text: str) -> bool:
    text = " ".join(plain(text).split())
    return bool(SENTENCE_IN.search(text)) or (
        text[-1:] in ".?!" and len(text.split()) >= 8 and sum(
            w[:1].islower() for w in text.split()) * 3 >= len(text.split()))


PAGE_REFERENCE_END = re.compile(r"\d{1,5}\s?[A-D]?\s*$")


def _roster_item(text: str) -> bool:
    """A list's entry: short lines (a name, an office, an agency; a page reference at the
    right), no sentence."""
    lines = [" ".join(ln.split()) for ln in plain(text).split("\n") if ln.strip()]
    return bool(lines) and (all(len(ln) <= 72 for ln in lines) or len(text.split()) <= 20) \
        and not _has_sentences(text) and "?" not in text and "!" not in text


def roster_lists(units: list[Unit], ctx: Context) -> list[Unit]:
    """A label alone on its line that heads a cover's list ("ROUNDTABLE PARTICIPANTS:" /
    "Maria Alvarez" / "Executive Director …"; "SENATORS PRESENT:"; "PANEL 1:"), before the
    first turn that speaks in sentences, is a list's heading whatever its words, where the
    paragraphs under it up to the next label are all entries (short lines, no sentence),
    the document's real turns come after and the label is none of theirs: the list, no
    speaker."""
    first = next((k for k, u in enumerate(units) if u.kind == "turn" and u.span is not None
                  and _has_sentences(u.span.text)), None)
    if first is None:
        return units
    speaking = {u.label for u in units[first:] if u.kind == "turn"}
    out: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        if k >= first or u.kind != "turn" or u.form != "alone":
            out.append(u)
            k += 1
            continue
        j = k + 1
        while j < first and units[j].kind in ("para", "section") \
                and units[j].span is not None and units[j].form != "code":
            j += 1
        own = [u.span] if u.span is not None and u.span.text.strip() else []
        entries = own + [x.body for x in units[k + 1:j]]
        if not entries or not all(_roster_item(span.text) for span in entries) \
                or u.label in speaking or all(PAGE_REFERENCE_END.search(plain(span.text))
                                              for span in entries) \
                or (len(entries) == 1 and plain(
                    entries[0].text).rstrip()[-1:] in ".!?"):
            # (a label that speaks later is a speaker's: "Präsident Dr. Norbert Lammert:"
            # over "Das Wort hat die Bundeskanzlerin."; so is one short sentence; entries
            # all ending in a page are a contents list's, "… Bundeskanzlerin . . . 17881 B")
            out.append(u)
            k += 1
            continue
        head = Span.of_line(u.block.lines[0]).strip()
        out.append(Unit("list", u.block, head=head, list_type="roster",
                        items=[("item", span.strip(), None) for span in entries]))
        ctx.fired("roster-list")
        k = j
    return out

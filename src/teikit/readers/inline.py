"""Inline editorial syntax: an ordered list of small named rules for bracketed signs.

``fill(parent, span, ctx)`` writes the text of *span* into *parent* as TEI mixed content:
``[Page 37]`` becomes ``<pb/>``, ``[1]`` the footnote it refers to, ``word [sic]`` a
``<sic>``, ``[illegible]`` a ``<gap>``, ``[word?]`` an ``<unclear>``, and any other
bracketed words editor-supplied text. A bracket that does not close is kept as text and
reported. Every character of the source that is not an editorial sign ends up in the
tree, in order.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from ..formats import marks
from ..formats.urls import safe_target
from ..tei import E, tei
from . import platform
from .context import DOT_RUN, INSIDE_WORD_ITALIC, Context
from .pages import FOLIO_IN_BRACKETS, UNKNOWN_PAGE_NUMBER, folio_number
from .slashlines import slash_line_ends, slash_lines
from .span import Span

BRACKET = re.compile(r"\[([^\[\]]*)\]")
SPACES = " \t\u00a0\u2007\u202f"
SPACE_RUN = re.compile(f"[{SPACES}]{{2,}}")


def _may_have_space_run(text: str) -> bool:
    """A quick look before SPACE_RUN (a few substring scans are 4 times faster than the
    pattern's): a run of two is two spaces, or holds one of the other space characters
    (only a tab in ASCII text)."""
    if "  " in text or "\t" in text:
        return True
    return not text.isascii() and ("\u00a0" in text or "\u2007" in text or "\u202f" in text)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": None}
UNIT = r"(?P<unit>words?|lines?|letters?|characters?|chars?|paragraphs?|pages?|sentences?)"


INLINE_ONLY = {tei(name) for name in ("date", "dateline", "del", "hi", "placeName", "ref",
                                       "time")}


class Sink:
    """Appends text and elements to a TEI element as mixed content; emphasis and links
    open an element that the following text goes into until they close. Text is gathered
    and written once per run (appending to an lxml tail copies it: quadratic in a long
    run of pieces, such as thousands of markers kept as text)."""

    def __init__(self, parent):
        self.stack = [parent]
        self.pending: list[str] = []
        self.pairs: list[str] = []       # a platform's tag pairs open (see _platform_tag)

    @property
    def parent(self):
        return self.stack[-1]

    def last_child(self):
        """The parent's last child, or None (len() of an lxml element counts every child:
        asked once per sign, it made a paragraph of many signs quadratic)."""
        try:
            return self.parent[-1]
        except IndexError:
            return None

    def flush(self) -> None:
        if not self.pending:
            return
        s, self.pending = "".join(self.pending), []
        last = self.last_child()
        if last is not None:
            last.tail = (last.tail or "") + s
        else:
            self.parent.text = (self.parent.text or "") + s

    def open(self, el) -> None:
        self.flush()
        self.parent.append(el)
        self.stack.append(el)

    def close(self) -> None:
        self.flush()
        if len(self.stack) > 1:
            self.stack.pop()

    def takes_phrase_elements(self) -> bool:
        """May a stage direction or an incident stand here? Not inside a dateline, a date,
        emphasis or a link (their content is text and inline elements only)."""
        return not any(el.tag in INLINE_ONLY for el in self.stack)

    def text(self, s: str) -> None:
        if s:
            self.pending.append(s)

    def element(self, el) -> None:
        self.flush()
        self.parent.append(el)

    def trailing_text(self) -> str:
        self.flush()
        last = self.last_child()
        return (last.tail if last is not None else self.parent.text) or ""

    def set_trailing_text(self, s: str) -> None:
        self.pending = []
        last = self.last_child()
        if last is not None:
            last.tail = s or None
        else:
            self.parent.text = s or None


# ----------------------------------------------------------------------------- rules
# Each rule: (name, pattern on the bracket's inside, handler). The first match wins.

# A recording's time in brackets: "[00:25:51:000]", "[-00:01:57:00]", a mission's elapsed
# time in spaced figures "[55 46 11]" (NASA's loop transcripts), or a range of them, open at
# one end when the words run on from or into the next entry: "[55 46 11 - 55 46 27]",
# "[55 48 40 -]", "[- 55 49 12]". Figures, spaces, colons and dashes only: never an editor's
# supplied words (a year, a note's number or a page range has no clock's shape)
CLOCK = r"-?\d{1,3}(?:(?::\d{2}){1,3}|(?: \d{2}){2})(?:[.,]\d+|:\d{3})?"
TIME_IN_BRACKETS = r"(?:" + CLOCK + r"(?:\s?[-–]\s?(?:" + CLOCK + r")?)?|[-–]\s?" + CLOCK + ")"


def _time(sink, m, span, at, ctx):
    """[00:25:51:000] inside a speech: when the recording got there, no restored words."""
    sink.element(E.time(m.group("t")))
    ctx.fired("timestamp")


def _footnote_without_note(sink, m, span, at, ctx):
    """[^n9] with no definition of n9 in the Markdown: a marker of no note, kept. Letters
    alone in it, in a text that writes a scribe's interlinear letters so
    (Context.caret_insertions: "marabjllo[^sa]mente"), are those letters: <add
    place="above">."""
    from .context import CARET_INSERTION
    inserted = CARET_INSERTION.fullmatch(m.group(0))
    if inserted and ctx.caret_insertions():
        sink.element(E.add(inserted.group("text"), place="above"))
        ctx.fired("caret-insertion")
        return
    ctx.warn(span, at, f"note marker {m.group(0)} has no note; kept as text",
             "marker-without-note")
    sink.text(m.group(0))


def _page(sink, m, span, at, ctx):
    pb = E.pb(n=m.group("n")) if m.group("n") else E.pb()
    end = span.text.find("]", at) + 1
    if span.text[at - 1:at].isalpha() and span.text[end:end + 1].isalpha():
        pb.set("break", "no")          # "Ki[Page]taya": the word goes on over the page
    sink.element(pb)
    ctx.fired("pb")


def _page_unnumbered(sink, m, span, at, ctx):
    sink.element(E.pb())
    ctx.fired("page-unnumbered")


def _folio(sink, m, span, at, ctx):
    """[f. 369r], [fol. 12v] inside a paragraph: the original's folio begins here (see
    pages.FOLIO_IN_BRACKETS); inside a word ("resp[f. 3r]ecto") the word goes on over it."""
    pb = E.pb(n=folio_number(m))
    end = span.text.find("]", at) + 1
    if span.text[at - 1:at].isalpha() and span.text[end:end + 1].isalpha():
        pb.set("break", "no")
    sink.element(pb)
    ctx.fired("folio-brackets")


def _column(sink, m, span, at, ctx):
    cb = E.cb(n=m.group("n"))
    end = span.text.find("]", at) + 1
    if span.text[at - 1:at].isalpha() and span.text[end:end + 1].isalpha():
        cb.set("break", "no")          # "photo[Column 2]stat": the word goes on over it
    sink.element(cb)
    ctx.fired("cb")


# A paragraph of the text referred to by its number in brackets, as judgments cite their
# own and other courts' paragraphs ("as set out at [9] and [10] above", "at [85]"): after
# "at" or "para", or before "above" / "below", over a run of such numbers
CROSS_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:at|paras?\.?|paragraphs?)\s*"
                                    r"(?:\[\d{1,4}\]\s*(?:,|and|or|to|-|–)\s*)*$")
CROSS_REFERENCE_AFTER = re.compile(r"(?i)\s*(?:(?:,|and|or|to|-|–)\s*\[\d{1,4}\]\s*)*"
                                   r"(?:above|below|supra|infra)\b")


def _cross_reference(text: str, start: int, end: int) -> bool:
    return bool(CROSS_REFERENCE_AFTER.match(text, end, end + 80)
                or CROSS_REFERENCE_BEFORE.search(text[max(0, start - 80):start]))


def _inside_number(text: str, start: int, end: int) -> bool:
    """"[5]" in the middle of a number ("12:[5]0", "18[6]2"): a digit right after it, and a
    digit (or a time's or a date's separator after one) right before it: an editor's
    restored or doubtful figure, never a note's marker (a marker stands after a word, never
    run into the next figure)."""
    before = marks.plain(text[max(0, start - 3):start])
    return text[end:end + 1].isdigit() and bool(re.search(r"\d[:./]?$", before))


def _note_marker(sink, m, span, at, ctx):
    n = m.group("n")
    if n.isdigit() and _inside_number(span.text, at, at + len(m.group(0))):
        sink.element(E.supplied(n))
        ctx.fired("supplied-figure")
        return
    if n.isdigit() and _cross_reference(span.text, at, at + len(m.group(0))):
        sink.text(m.group(0))            # a paragraph cited by its number: no note's marker
        ctx.fired("paragraph-reference")
        return
    note = ctx.notes.get(n)
    if note is None:
        ctx.warn(span, at, f"note marker [{n}] has no note; kept as text", "marker-without-note")
        sink.text(f"[{n}]")
        return
    note.used += 1
    if note.used > 1:
        sink.element(E.ptr(type="noteAnchor", n=n))
        ctx.warn(span, at, f"note [{n}] is referred to more than once; later markers point "
                 "to the first", "marker-repeated")
        ctx.fired("note-pointer")
        return
    el = E.note(n=n, place="foot")
    if note.kind:
        el.set("type", note.kind)
    fill(el, note.span, ctx, notes=False)
    sink.element(el)
    ctx.fired("notes-original" if note.kind == "original" else "notes")


def _lettered_note_marker(sink, m, span, at, ctx):
    """[D]: the note keyed by that letter, when there is one; else a supplied letter."""
    if m.group("n") in ctx.notes:
        _note_marker(sink, m, span, at, ctx)
    else:
        _supplied(sink, m, span, at, ctx)


def _sic(sink, m, span, at, ctx):
    unit = _take_unit(sink)
    if unit is None:
        ctx.warn(span, at, "[sic] follows no word; kept as text", "sic-without-word")
        sink.text(m.group(0))
        return
    word, rest = unit
    corr = (m.group("corr") or "").strip()
    sic = E.sic(word)
    if corr and not _correction(corr):
        # "Mrs Rosser [sic, not Rossett in this part of the report.]": the editor's comment
        # after sic, no reading to put in the word's place; the whole of it a note
        sink.element(sic)
        sink.element(E.note(" ".join(m.group(0)[1:-1].split()), type="editorial"))
        ctx.fired("sic")
        ctx.fired("editorial-note")
        sink.text(rest)
        return
    if corr:
        sink.element(E.choice(sic, E.corr(corr)))
        ctx.fired("choice")
    else:
        sink.element(sic)
        ctx.fired("sic")
    sink.text(rest)


# a word that says the words after sic are a comment, not the reading ("[sic, not Rossett
# …]", "[sic: probably …]")
NOT_A_READING = re.compile(r"(?i)\b(?:not|no|never|but|probably|presumably|perhaps|possibly|"
                           r"apparently|i\.e|e\.g|here|above|below|throughout|see)\b")


def _correction(corr: str) -> bool:
    """Is the text after "sic," a reading in the word's place ("[sic: Rossett]", "[sic,
    recte 1794]"): three words at most (a "recte" or "read" before them aside), no
    negation or hedge, no sentence's stop?"""
    words = re.sub(r"(?i)^(?:recte|read|for|lege|l\.)\s+", "", corr).split()
    return 1 <= len(words) <= 3 and not NOT_A_READING.search(corr) \
        and not re.search(r"[;!?]|\.\s", corr)


# the closed-class words of English after which a query sign stands for a missing word
# (articles, prepositions, conjunctions, possessives, auxiliaries), never an unclear one
CLOSED_CLASS = frozenset(
    "a an the of for to in on at by with and or nor but from into than that as be been being "
    "is are was were am not no if our his her their its my your this these those would will "
    "shall should could can must may might have has had do does did upon unto".split())


def _unclear_after(sink, m, span, at, ctx):
    unit = _take_unit(sink)
    if unit is not None and unit[1]:
        # "Edition; [?] unsichere": a stop between the word and the sign parts them; the
        # sign opens the next clause, as at a line's start
        before = span.text[:at]
        sink.text(unit[0] + unit[1] + before[len(before.rstrip()):])
        unit = None
    after = span.text[m.end():m.end() + 2].lstrip()[:1]
    if unit is not None and unit[0].casefold() in CLOSED_CLASS and not unit[1] \
            and (after.isalnum() or after in "\"“‘'("):
        # "held at the [?] house", "by virtue of our [?] duty": after an article, a
        # preposition, a possessive, a conjunction or an auxiliary the sentence lacks a
        # word there; the sign stands for it, the small word before it is read
        sink.text(unit[0] + span.text[at - (len(span.text[:at]) - len(span.text[:at].rstrip())):at])
        sink.element(E.gap(reason="illegible"))
        ctx.fired("gap-after-small-word")
        return
    if unit is None:                 # "[?] que …": a word the transcriber could not read
        sink.element(E.gap(reason="illegible"))
        ctx.fired("gap-signs")
        return
    sink.element(E.unclear(unit[0]))
    sink.text(unit[1])
    ctx.fired("unclear")


# a bracket that opens with an editor's hedge is the editor's comment, never a reading
# ("[presumably the Sunday a week before its death?]", "[perhaps his brother?]")
HEDGE = re.compile(r"(?i)^\s*(?:presumably|probably|perhaps|possibly|apparently|evidently|"
                   r"i\.\s?e\.|e\.\s?g\.|that\s+is|meaning|query)\b")


def _unclear(sink, m, span, at, ctx):
    if HEDGE.match(m.group("w")) or len(m.group("w").split()) > 5:
        # a hedge or a clause: the editor's question about the text, not a doubtful reading
        _editorial_note(sink, m, span, at, ctx)
        return
    if at and span.text[at - 1].isalpha() and m.group("w").isalpha() and m.group("w").islower():
        # glued to a word's first letters, the rest of the word with a query ("B[oston?]"):
        # letters the editor restored and doubts, not visible letters read with doubt
        # (TEI Guidelines, "Damage, Illegibility, and Supplied Text": <supplied> with @cert;
        # <unclear> is for what the source shows but cannot be read with certainty)
        sink.element(E.supplied(m.group("w"), cert="low"))
        ctx.fired("supplied-conjecture")
        return
    sink.element(E.unclear(m.group("w")))
    ctx.fired("unclear")


# words after a query that describe the doubt rather than read the source ("[?not sure of
# word]", "[?illegible name]")
DOUBT_DESCRIPTION = re.compile(r"(?i)^(?:.*\b(?:not\s+sure|unsure|uncertain|"
                               r"can'?t\s+read|cannot\s+read)\b.*|(?:\w+\s+){0,3}"
                               r"(?:words?|name|illegible|unclear|unreadable))$")


def _unclear_query_first(sink, m, span, at, ctx):
    """[?Boww], [?charge]: the query before the words, as [Boww?] after them: a reading
    the transcriber doubts (<unclear>); [?not sure of word], [?not sure of word?]: the
    words describe the doubt, they read nothing: a gap in the reading, the words its
    <desc>."""
    words = " ".join(m.group("w").split())
    if DOUBT_DESCRIPTION.match(words):
        sink.element(E.gap(E.desc(words), reason="illegible"))
        ctx.fired("gap-illegible")
    else:
        _unclear(sink, m, span, at, ctx)
    ctx.fired("query-first")


# Words that say a passage cannot be read, is damaged or is missing -> gap/@reason
GAP_WORDS = {"illegible": "illegible", "indecipherable": "illegible",
             "unreadable": "illegible", "inaudible": "inaudible",
             "unintelligible": "inaudible", "missing": "missing", "blank": "missing",
             "torn": "damage", "damaged": "damage", "obliterated": "damage",
             "cut off": "damage", "burnt": "damage", "faded": "illegible",
             "unclear": "illegible", "not clear": "illegible", "indistinct": "illegible",
             "garbled": "illegible",
             # the state of the page, not a reading: "[text obscured]", "[two words blurred]"
             "obscured": "damage", "blurred": "illegible", "smudged": "damage",
             "stained": "damage", "smeared": "damage", "blotted": "damage",
             "rubbed": "damage",
             # a tablet's or a papyrus's state: "[rest broken]", "[3 lines broken]"
             "broken": "lost",
             # the same notices in the languages of European editions (French, German,
             # Italian, Spanish, Dutch, Polish): "[manque]", "[illisible]", "[unleserlich]"
             "illisible": "illegible", "manque": "missing", "lacune": "missing",
             "unleserlich": "illegible", "fehlt": "missing", "illeggibile": "illegible",
             "mancante": "missing", "ilegible": "illegible", "onleesbaar": "illegible",
             "nieczytelne": "illegible", "nieczytelny": "illegible",
             # Portuguese, and the plurals of the words above ("[palabras ilegibles]")
             "ilegível": "illegible", "ilegivel": "illegible", "ilegíveis": "illegible",
             "ilegibles": "illegible", "illisibles": "illegible",
             "illeggibili": "illegible", "unleserliche": "illegible",
             "onleesbare": "illegible",
             # a passage struck out and not transcribed: "[Trois lignes cancellées]"
             "cancelled": "omitted", "canceled": "omitted", "cancellé": "omitted",
             "cancellée": "omitted", "cancellés": "omitted", "cancellées": "omitted",
             "biffé": "omitted", "biffée": "omitted", "biffés": "omitted",
             "biffées": "omitted"}
GAP_WORD = re.compile(r"\b(" + "|".join(GAP_WORDS) + r")\b", re.I)
COUNTED = "|".join(w for w in NUMBER_WORDS if w != "several")
EXTENT = re.compile(r"(?<![\d/])\b(?P<qty>\d+|" + COUNTED
                    + r")\s+" + UNIT + r"\b", re.I)


# A label saying the words after it are struck out in the original, in the languages of
# transcriptions and editions: "[deleted: x]", "[Rayé: x]", "[gestrichen: x]",
# "[skreślenie: x]"
DELETION_LABEL = (r"deleted|crossed\s+out|struck(?:\s+(?:out|through))?|erased|del\.|"
                  r"ray[ée]e?s?|biff[ée]e?s?|barr[ée]e?s?|gestrichen|durchgestrichen|"
                  r"cancellato|cancellata|tachado|tachada|doorgehaald|skre[śs]lenie|"
                  r"skre[śs]lone|skre[śs]lony|przekre[śs]lone")
# A picture the transcriber names instead of transcribing: "[image]", "[seal]"
PICTURE = (r"image|picture|drawing|sketch|seal|stamp|photo|photograph|illustration|"
           r"figure|diagram|map|plate|doodle")


def _gap(sink, m, span, at, ctx):
    """[illegible], [2 words illegible], [Illegible signature], [3 lines missing],
    [page torn]: a gap with its reason, its extent where counted, the words as printed."""
    inside = m.group(0)[1:-1].strip()
    reason = GAP_WORDS[GAP_WORD.search(inside).group(1).lower()]
    gap = E.gap(reason=reason)
    extent = EXTENT.search(inside)
    if extent:
        qty = extent.group("qty").lower()
        number = int(qty) if qty.isdecimal() else NUMBER_WORDS[qty]
        if number:
            gap.set("quantity", str(number))
            gap.set("unit", _unit_name(extent.group("unit")))
    if inside.rstrip(".").lower() != reason:
        gap.append(E.desc(inside))
    sink.element(gap)
    ctx.fired("gap-illegible")


def _deletion(sink, m, span, at, ctx):
    """[Rayé: exploit], [skreślenie: Księcia], [deleted: word]: a label saying the original
    strikes out the words after it; the words are a <del>, none restored."""
    if not sink.takes_phrase_elements():
        sink.text(m.group(0))
        return
    sink.element(E("del", " ".join(m.group("text").split())))
    ctx.fired("del")


def _platform_tag(sink, m, span, at, ctx):
    """[[preprinted]], [[table]], [[margin note]]: a transcription platform's tag
    (Smithsonian Transcription Center, LoC), never an editor's restored words. Glued to a
    word's first letters it completes the word: sep[[tembre]] is sep<supplied>tembre.
    A pair "[[strikethrough]] 12086 [[/strikethrough]]" (its closing tag later in the same
    paragraph or cell) is one element around its words; "[[symbol - degree symbol]]" the
    character it names."""
    tag = m.group("tag")
    if at and span.text[at - 1].isalpha() and tag.isalpha() and tag.islower():
        sink.element(E.supplied(tag))
        ctx.fired("supplied")
        return
    name = " ".join(tag.split())
    closing = name.startswith("/")
    key = name.lstrip("/ ").casefold()
    if closing and sink.pairs and sink.pairs[-1] == key:
        sink.pairs.pop()
        sink.close()
        return
    if key in platform.CONTAINERS:
        ctx.diags.info(f"a transcription platform's container tag [[{name}]] left out",
                       "platform-container", *span.pos(at))
        return
    if closing:
        ctx.warn(span, at, f"[[{name}]] closes no tag; kept as a note", "unopened-bracket")
    elif platform.PAIR_TAG.fullmatch(m.group(0)) and platform.element_for(key) is not None \
            and platform.closes_later(span.text, at + len(m.group(0)), key) and (
                sink.takes_phrase_elements() or platform.PAIRS[key] != "note"):
        sink.open(platform.element_for(key))
        sink.pairs.append(key)
        ctx.fired("platform-tag-pair")
        return
    char = platform.symbol(name) if not closing else None
    if char is not None:
        sink.text(char)
        ctx.fired("platform-symbol")
        return
    status = TAG_STATUS.fullmatch(key)
    if status and status.group("deleted") and sink.takes_phrase_elements():
        # "[[crossed out]]": words struck out that the transcriber did not give
        sink.element(E("del", E.gap(E.desc(name), reason="illegible")))
        ctx.fired("platform-deleted")
        return
    if status and status.group("unread"):
        sink.element(E.gap(E.desc(name), reason="illegible"))    # "[[unclear]]"
        ctx.fired("platform-unread")
        return
    sink.element(E.note(name, type="transcriber"))
    ctx.fired("platform-tag")


# a transcription platform's tag alone that says what the original has there: words struck
# out ("[[crossed out]]", "[[deleted]]") or words the transcriber could not read
# ("[[unclear]]", "[[illegible]]")
TAG_STATUS = re.compile(r"(?P<deleted>" + DELETION_LABEL + r")|(?P<unread>unclear|illegible|"
                        r"unreadable|indecipherable)(?:\s+(?:word|words|text))?")


def _as_printed(sink, m, span, at, ctx):
    """[216.99.193.137] in a mail header, [Cancel] in a drawn dialog box: the author's own
    brackets around data or a button, kept as printed."""
    sink.text(m.group(0))
    ctx.fired("bracket-as-printed")


def _declassified(sink, m, span, at, ctx):
    sink.element(E.gap(E.desc(m.group(0)[1:-1].strip()), reason="not-declassified"))
    ctx.fired("gap-declassified")


def _gap_sign(sink, m, span, at, ctx):
    """[...], […]: the editor left words out; [??], [???]: words the transcriber could not
    read. Signs, no words: a <gap> and nothing more."""
    omitted = "?" not in m.group(0)
    if omitted and ctx.source.format == "atf":
        sink.element(E.gap(reason="lost"))     # a transliteration's break: the tablet is
        ctx.fired("gap-lost")                  # broken there, no editor left words out
        return
    sink.element(E.gap(reason="omitted" if omitted else "illegible"))
    ctx.fired("gap-signs")


def _leiden_gap(sink, m, span, at, ctx):
    """[.], [..................], S[...]rusa in a text that writes the Leiden system
    (Context.leiden): letters lost on the object, one a dot (three, the conventional sign,
    an unknown number); elsewhere the editor's omission or letters supplied, as before."""
    dots = m.group("dots")
    if not ctx.leiden():
        if len(dots) >= 3:
            _gap_sign(sink, m, span, at, ctx)
        else:
            _supplied(sink, m, span, at, ctx)
        return
    sink.element(_lost(len(dots)))
    ctx.fired("leiden-gap")


def _lost(count: int):
    return E.gap(reason="lost") if count == 3 else \
        E.gap(reason="lost", quantity=str(count), unit="chars")


def _lost_signs(sink, m, span, at, ctx):
    """[x x], [x-x-x]: signs lost in a break, counted (in every transliteration convention
    x is a sign not read, never a letter restored): a gap of so many characters."""
    line_start = span.text.rfind("\n", 0, at) + 1
    if m.group(0) == "[x]" and not span.text[line_start:at].strip():
        sink.text(m.group(0))                  # "[x] Done": a list's ticked box
        return
    count = m.group("signs").count("x")
    sink.element(E.gap(reason="lost", quantity=str(count), unit="chars"))
    ctx.fired("gap-lost")


# A placeholder where a site or an archive removed personal data ("… USA or [email].",
# "Professor Selma Sabanovic, [email]": the ETHW oral histories; "[name withheld]",
# "[address redacted]", "[phone number]", "[REDACTED]" in released records, FOIA
# releases, web exports of transcripts): a redaction, nothing an editor supplied
REDACTED = re.compile(r"\[\s*(?:redacted|(?:e-?mail|address|phone|telephone|name|surname|"
                      r"signature|number)(?:\s+(?:address|number|removed|withheld|redacted|"
                      r"deleted))?|(?:name|e-?mail|address|phone(?:\s+number)?)\s+"
                      r"(?:removed|withheld|redacted|deleted)|(?:removed|withheld)\s+"
                      r"(?:name|e-?mail|address))\s*\]", re.I)


def _redacted(sink, m, span, at, ctx):
    sink.element(E.gap(E.desc(m.group(0)[1:-1].strip()), reason="redacted"))
    ctx.fired("gap-redacted")


def _omitted(sink, m, span, at, ctx):
    sink.element(E.gap(E.desc(m.group(0)[1:-1].strip()), reason="omitted"))
    ctx.fired("gap-omitted")


# a markup language's attribute list: [cols="2,4",options="header"], [align=left,title="…"]
# (AsciiDoc, kramdown): settings, never an editor's restored words
ATTRIBUTE_LIST = re.compile(r"\s*[\w.%-]{1,40}\s*=\s*(?:\"[^\"]*\"|[\w.%-]+)\s*(?:,|$)")


# a media clip's timecode: "[$STDOUT song 00:00:40.08]", "[video clip 1:02]"
CUE_TIMECODE = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:])")


def _transcriber_cue(inside: str, text: str, start: int, end: int, ctx) -> bool:
    """In a record of speech, brackets around a timecode with words ("[$STDOUT song
    00:00:40.08]"), or around words the text brackets alone three times or more, between
    a speaker's sentences ("Is it the playground? [fail alert]"), hold the transcriber's
    note of what was heard: an incident. An editor's supplied words fill a gap inside a
    sentence, their place's own; a platform's tag ("[glossary:ATS]", "[time:5:10]") is
    neither."""
    if not ctx.spoken or not LETTERS.search(inside) or PLATFORM_TAG.match(inside):
        return False
    if CUE_TIMECODE.search(inside) is not None \
            and LETTERS.search(CUE_TIMECODE.sub("", inside)) is not None:
        return True
    return ctx.bracket_count(inside) >= 3 and _between_sentences(text, start, end)


PLATFORM_TAG = re.compile(r"[A-Za-z][\w-]*:\S")


def _between_sentences(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand between sentences: after a sentence's end or at the
    paragraph's start, and before the paragraph's end or a sentence's capital?"""
    before = marks.plain(text[max(0, start - 40):start]).rstrip()
    after = marks.plain(text[end:end + 40]).lstrip()
    return (not before or before[-1] in ".?!…") and (not after or after[0].isupper())


def _cue_between_sentences(inside: str, text: str, start: int, end: int, ctx) -> bool:
    """A few words in small letters, in brackets between a speaker's sentences ("Is it
    the playground? [fail alert]"), describe what was heard: restored words fill a gap
    inside a sentence, and a name has its capital."""
    words = marks.plain(inside).split()
    return ctx.spoken and 1 <= len(words) <= 4 and all(w.isalpha() and w.islower()
                                                       for w in words) \
        and _between_sentences(text, start, end)
LETTERS = re.compile(r"[^\W\d_]")
# a note in brackets opening with its symbol, a sentence at least: "[* Some erroneous …]"
SYMBOL_NOTE = re.compile(r"\s*(?P<sym>[*†‡§])\s+(?P<text>[A-Z](?:\S+\s+){4}[^\[\]]*\S)\s*",
                         re.S)


def _supplied(sink, m, span, at, ctx):
    inside = m.group(0)[1:-1]
    end = at + len(m.group(0))
    if (_transcriber_cue(inside, span.text, at, end, ctx)
            or _cue_between_sentences(inside, span.text, at, end, ctx)) \
            and sink.takes_phrase_elements():
        sink.element(E.incident(E.desc(marks.plain(inside).strip())))
        ctx.fired("transcriber-cue")
        return
    if ctx.spoken and _line_of_its_own(span.text, at, at + len(m.group(0))) \
            and inside.strip()[:1].isupper() and (len(inside.split()) >= 3 or (
                inside[:1] == " " and len(inside.split()) == 2)):
        # ("[ Enregistrement électronique ]", spaced in the brackets as a tokenised
        # record sets them: the record's own note, two words)
        sink.text(m.group(0))            # "[Tuan Yang di-Pertua mempengerusikan Mesyuarat]":
        ctx.fired("printed-label")       # a record of speech notes the room on a line of
        return                           # its own (a field book's "[Lots No. 59 cont'd]"
                                         # is its editor's)
    own = SYMBOL_NOTE.fullmatch(marks.plain(inside))
    if own is not None and sink.takes_phrase_elements():
        # "[* Some erroneous statements … in like manner.]": the author's own note, set in
        # brackets with its symbol where it stands, never words restored
        sink.element(E.note(" ".join(own.group("text").split()), n=own.group("sym"),
                            place="inline", type="author"))
        ctx.fired("bracketed-symbol-note")
        return
    if _drawn_button(span.text, at, at + len(m.group(0))) or ATTRIBUTE_LIST.match(inside):
        _as_printed(sink, m, span, at, ctx)
        return
    if _stray_pair(inside) and not _whole_paragraph(span.text, at, at + len(m.group(0))):
        ctx.warn(span, at, "brackets far apart, around sentences: two stray brackets (OCR), "
                 "not supplied words; kept as text", "stray-brackets")
        sink.text(m.group(0))            # "s'est néanmoins soutenu [Mndaot toute la fêle, …
        ctx.fired("stray-brackets")      # Présentez armes ]": 135 words of a newspaper page
        return
    if "]" in span.text[at + len(m.group(0)):at + len(m.group(0)) + 24] and \
            PARTY_AFTER.match(span.text, at + len(m.group(0))):
        sink.text(m.group(0))            # "Axel Schäfer [Bochum] [SPD]:": a member's
        ctx.fired("constituency-in-brackets")  # constituency before the party, as printed
        return
    if _editors_words(sink, m, span, at, ctx):
        return
    if _comment_after_sentence(inside, span.text, at):
        _editorial_note(sink, m, span, at, ctx)   # "… told me . . .’ [the story then
        return                                    # conforms with Mrs Calloway’s]"
    if _gloss(inside, span.text, at, end):
        _editorial_note(sink, m, span, at, ctx)   # "B. Koch [subsequently Countess
        ctx.fired("editorial-gloss")              # Belderbusch]", "she died [July 17]."
        return
    part = WORD_PART.fullmatch(inside)
    if part is not None and sink.takes_phrase_elements():
        # "[-tment]", "[--th ]", "[w- ]": the letters the transcriber read of a word partly
        # lost, its hyphen standing for the lost part: a gap there, the letters as read
        lost_before = bool(part.group("lead"))
        word = part.group("word") or part.group("word2")
        if not lost_before:
            sink.text(word)
        sink.element(E.gap(reason="illegible"))
        if lost_before:
            sink.text(word)
        ctx.fired("partial-word")
        return
    if ctx.angle_additions() and WHOLE_WORDS.fullmatch(inside) and not (
            span.text[at - 1:at].isalpha() or span.text[end:end + 1].isalpha()):
        sink.element(E.surplus(inside))           # "nimis [ut] pectora", where <…> adds:
        ctx.fired("athetesis")                    # the editor's deletion
        return
    if "." in inside and ctx.leiden() and DOT_RUN.search(inside):
        _restored_and_lost(sink, inside)          # "[χου ἄρχοντος ἐπὶ τῆς .]"
        ctx.fired("leiden-gap")
        return
    sink.element(E.supplied(inside))
    ctx.fired("supplied")


WHOLE_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,5}")


def _restored_and_lost(sink, inside: str) -> None:
    """A restoration with letters lost inside it or at its edge, in the Leiden system:
    the letters restored <supplied>, each run of dots a gap of so many."""
    pos = 0
    for m in DOT_RUN.finditer(inside):
        _restored(sink, inside[pos:m.start()])
        sink.element(_lost(len(m.group(0))))
        pos = m.end()
    _restored(sink, inside[pos:])


def _restored(sink, words: str) -> None:
    """Letters restored in a lacuna, the spaces around them kept as text between signs."""
    if not words.strip():
        sink.text(" " if words else "")
        return
    if words[:1].isspace():
        sink.text(" ")
    sink.element(E.supplied(words.strip()))
    if words[-1:].isspace():
        sink.text(" ")


# where on the page the words in brackets stand, said after them: "[Debts to be delined …
# – this in margin]", "[… written on the back]", "[… interlined]"
PLACE_SAID = re.compile(r"(?i)(?:^|[\s,;:.–—-])(?:this\s+|written\s+|so\s+)?(?:(?:in|on)\s+"
                        r"(?:the\s+)?(?:left\s+|right\s+|upper\s+|lower\s+)?margin|"
                        r"on\s+the\s+(?:back|verso|reverse)|interlined)\s*[.)]?\s*$")
# an editor's judgement or comment in words no restored text needs: "[Abbington is almost
# certainly Abington Pigotts, …]", "[metes and bounds, mentions Little cove branch]"
COMMENT_WORD = re.compile(r"(?i)\b(?:almost\s+certainly|probably|possibly|presumably|"
                          r"apparently|perhaps|mentions?|appears?\s+to|seems?\s+to|"
                          r"refers?\s+to)\b|(?:^|\s)i\.\s?e\.")
CLAUSE_VERB = re.compile(r"(?i)\b(?:is|are|was|were)\b")
# a bracket wholly in italics: "*[Spanish silver dollars]*"
ITALIC_BRACKETS = re.compile(r"\ufdd0\[[^\[\]\ufdd0\ufdd1]{1,300}\]\ufdd1")


@functools.lru_cache(maxsize=8)
def _italic_bracket_count(text: str) -> int:
    return sum(1 for _ in itertools.islice(ITALIC_BRACKETS.finditer(text), 3))


def _editors_words(sink, m, span, at, ctx) -> bool:
    """Words in brackets that are the editor's, not words restored to the sentence: a
    remark that says where on the page the words stand ("[Debts … – this in margin]": a
    note in the margin), a comment (a judgement: "is almost certainly", "probably",
    "mentions", "i.e."; or a clause of its own: "is", "are", six words or more), a label
    ("[Signatures:]"), an alternative ("[or daughter]"), or a bracket set wholly in italics
    in a text that sets three or more so (the documentary editors' form for their own
    words: "*[Spanish silver dollars]*"). Each an editorial <note>, as printed inside."""
    inside = m.group(0)[1:-1]
    plain_inside = marks.plain(inside)
    words = plain_inside.split()
    if not words or not LETTERS.search(plain_inside) or _stray_pair(inside) \
            or WORD_PART.fullmatch(inside):
        return False
    end = at + len(m.group(0))
    text = span.text
    if len(words) >= 3 and PLACE_SAID.search(plain_inside):
        sink.element(E.note(" ".join(plain_inside.split()), place="margin"))
        ctx.fired("margin-note")
        return True
    italic = text[at - 1:at] == marks.HI["italic"][0] and text[end:end + 1] == \
        marks.HI["italic"][1] and _italic_bracket_count(ctx.source.text) >= 3
    if italic or (len(words) >= 3 and COMMENT_WORD.search(plain_inside)) \
            or (len(words) >= 6 and CLAUSE_VERB.search(plain_inside)) \
            or (len(words) <= 4 and plain_inside.rstrip().endswith(":")) \
            or (2 <= len(words) <= 5 and words[0] == "or"):
        _editorial_note(sink, m, span, at, ctx)
        ctx.fired("editors-words")
        return True
    return False


def _comment_after_sentence(inside: str, text: str, start: int) -> bool:
    """Is a bracket a comment on what was said: five words or more, opening in lower case,
    after a finished sentence or a closing quotation (supplied words fill a gap inside
    the sentence that holds them)?"""
    words = marks.plain(inside).split()
    before = marks.plain(text[:start]).rstrip()
    return len(words) >= 5 and inside.lstrip()[:1].islower() and not _stray_pair(inside) \
        and before[-1:] in ".!?’”\"'" and before[-3:] not in ("Co.", "St.", "Mr.", "Dr.")


# An editor's gloss opens with a word of explanation, never one of the sentence it stands
# in: "[subsequently Countess Belderbusch]", "[for instance, the Abbe Gelinek]", "[This was
# November 21, old style calendar]", "[i.e. the Elector]"
GLOSS_OPEN = re.compile(r"(?i)\s*(?:subsequently|afterwards?|formerly|later|since|"
                        r"i\.\s?e\.|e\.\s?g\.|viz\.?|namely|for\s+(?:instance|example)|"
                        r"that\s+is|(?:this|which|who)\s+(?:was|is|were))\b,?\s+\S")
ENGLISH_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|"
                  r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# a bare date: "[July 17]", "[July 9.]", "[17 July]", "[1787]"
GLOSS_DATE = re.compile(r"\s*(?:(?:" + ENGLISH_MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
                        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + ENGLISH_MONTHS + r")\.?)"
                        r"(?:,?\s+[12]\d{3})?\.?\s*|\s*[12]\d{3}\.?\s*")
# a gloss that names the work the words before it speak of by its quoted title: "a
# dedication from me [the variations on "Se vuol ballare"]" (an editor's "they themselves
# [the Joint Chiefs]" supplies whom the pronoun means: restored words)
GLOSS_NAMING = re.compile(r"\s*the\s+\S+(?:\s+\S+)*?\s+[\"“][^\"“”]{2,80}[\"”]\s*")
# words after which a bracket is the sentence's own (its object, its complement)
NEEDS_MORE = re.compile(r"(?i)(?:^|\s)(?:a|an|the|of|in|on|at|to|by|for|from|with|into|upon|"
                        r"since|until|till|before|after|and|or|but|my|his|her|our|their|your|"
                        r"its|is|was|are|were|be|been|being|has|have|had|do|did|not|no)$")


def _gloss(inside: str, text: str, start: int, end: int) -> bool:
    """Is a bracket an editor's explanation, the sentence whole without it? It opens with
    a word of explanation (GLOSS_OPEN), or it is a bare date or a "the …" phrase set after
    a sentence's words (four at least, the last no article, preposition or verb wanting
    more) and before a stop, a comma or the paragraph's end. Restored words fill a hole:
    "the [King's] men", "wh[ich]", "on [July 17]"."""
    words = marks.plain(inside).split()
    if len(words) < 2 or _stray_pair(inside) or text[start - 1:start].isalnum():
        return False
    if GLOSS_OPEN.match(inside):
        return True
    before = marks.plain(text[max(0, start - 200):start])
    sentence = re.split(r"[.!?:]\s", before)[-1].split()
    after = marks.plain(text[end:end + 3]).lstrip()
    return (bool(GLOSS_DATE.fullmatch(inside)) or bool(GLOSS_NAMING.fullmatch(inside))) \
        and len(sentence) >= 4 and not NEEDS_MORE.search(before.rstrip()) \
        and (not after or after[0] in ".,;:!?)")


# a part of a word and a hyphen on the side where the rest is lost: "-tment", "--th ", "w- "
WORD_PART = re.compile(r"(?P<lead>-{1,3})\s*(?P<word>[^\W\d_]{1,12})\s*|"
                       r"\s*(?P<word2>[^\W\d_]{1,12})\s*-{1,3}\s*")


SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?]\s+[A-ZÀ-Þ]")


def _stray_pair(inside: str) -> bool:
    """An editor's supplied words are a few ("Chiang [Kai-shek]", "[Moscow,]"): a bracket
    pair around more than forty words, or more than twelve across a sentence's end, is two
    stray brackets that OCR read off a page ("[" for "l", "]" for "j")."""
    words = len(inside.split())
    return words > 40 or (words > 12 and bool(SENTENCE_BREAK.search(inside)))


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """Do the brackets hold the paragraph's whole text (an editor's note set as a paragraph
    of its own: "[This was not the 108th Burra Show. …]"), not stray ones inside it?"""
    return not marks.plain(text[:start]).strip() and not marks.plain(text[end:]).strip(" .]")


BAR_AFTER = re.compile(r"[ \t]*\|")
PARTY_AFTER = re.compile(r"[ \t]*\[[^\[\]\n]{1,20}\][ \t]*:")


def _drawn_button(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a button of a dialog the author draws: alone between the bars of
    a box ("|   [Cancel]   |", its lines joined or not) or in a row of brackets alone
    ("[YES]  [REVISE]  [CANCEL]")?"""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if text[before - 1:before] == "|" and BAR_AFTER.match(text, end):
        return True
    # (a row of buttons is a short line: look no further than 200 characters)
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    if (line_start == 0 and start > 200) or (line_end < 0 and len(text) - end > 200):
        return False
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if line[:1] == "|" and line[-1:] == "|":   # the row inside the box's bars: "| [YES] [NO] |"
        line = line[1:-1].strip()
    return re.fullmatch(r"(?:\[[^\[\]\s]+\][ \t]*){2,}", line) is not None


def _line_of_its_own(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand alone on its line (spaces aside)?"""
    before = text[text.rfind("\n", 0, start) + 1:start]
    after_end = text.find("\n", end)
    after = text[end:after_end if after_end >= 0 else len(text)]
    return not before.strip() and not after.strip()


# the same notes in the records of parliaments that sit in other languages: Malay and
# Indonesian ([Tepuk], [Ketawa], [Dewan riuh]), Afrikaans (Gelag, Tussenwerpsels), Swahili
# ((Makofi), (Kicheko)), German (Beifall, Heiterkeit, Zuruf), French (Rires,
# Applaudissements), Dutch (Gelach, Applaus), Spanish (Aplausos, Risas), Italian (Applausi,
# Ilarità), Polish (Oklaski, Wesołość, Poruszenie), Czech (Potlesk, Smích), Norwegian
# (Munterhet), Welsh (Chwerthin); German also Zustimmung, Bravo, Sehr gut, Lachen
OTHER_INCIDENT_WORDS = (r"tepuk(?:\s+tangan)?|ketawa|gelak(?:\s+ketawa)?|dewan\s+riuh|"
                        r"tertawa|interupsi|gelag|applous|toejuiging|tussenwerpsels?|makofi|"
                        r"kicheko|vicheko|beifall|heiterkeit|zurufe?|unruhe|widerspruch|"
                        r"rires?|applaudissements|exclamations|gelach|applaus|hilariteit|"
                        r"aplausos|risas|rumores|applausi|ilarit[àa]|oklaski|weso[łl]o[śs][ćc]|"
                        r"potlesk|chwerthin|zustimmung|bravo|sehr\s+gut|lachen|"
                        r"poruszenie|gwar|smích|hluk|munterhet")
OTHER_INCIDENT = re.compile(r"\W*(?:" + OTHER_INCIDENT_WORDS + r")\b", re.I)

# What a reporter notes of the room: [Laughter.], (Applause.), [Hear, hear], [pause]
INCIDENT_WORDS = (r"(?:(?:loud|prolonged|general|some|continued|renewed)\s+)?"
                  r"(?:laughter|applause|interruptions?|hear,?\s+hear|cheers?|cheering|"
                  r"pause|cross-?talk|booing|boos|shouting|noise|commotion|"
                  r"disturbance|silence|recess|gavel|bells?\s+ring(?:s|ing)?|music|"
                  r"sighs?|groans?|murmurs?|uproar|members\s+rising|sound\s+of|"
                  + OTHER_INCIDENT_WORDS + ")")
# (the chamber's notes of a German, Austrian or Czech record run on: "(Beifall bei der
# CDU/CSU und der SPD sowie bei Abgeordneten des BÜNDNISSES 90/DIE GRÜNEN – Zuruf von der
# LINKEN: Oh!)", its events apart at " – "; a paragraph that is all one such note is one
# note of the room however long, and so is a run-in one whose events the dash parts)
EVENTS = r"[^()–—]{0,80}(?:\s[–—]\s[^()–—]{1,120}){1,6}"
INCIDENT_IN_PARENTHESES = re.compile(r"^\(\s*" + INCIDENT_WORDS + r"\b[^()]{0,400}\)[.,;:]?$",
                                     re.I)


# What fill() looks for: a bracket, or a reporter's note in parentheses
# (a platform's tag in double brackets is one sign: "[[table]]")
# (a margin note "[*…*]" may hold brackets of its own: "[* reply [F?? 3/65] Nov 14/ 65*]")
SIGN = re.compile(r"\[\[[^\[\]]*\]\]|\[\*[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)+\*\]|"
                  # an archive's reference holding the volume's page: "[AA:A6712, [3]]"
                  r"\[\s*[A-Z]{2,6}(?:\s[A-Z]{1,4})?\s?:\s*[^\s\[\]][^\[\]]*\[[^\[\]]{1,12}\]\s*\]|"
                  r"\[[^\[\]]*\]|"
                  r"\((?P<incident>\s*" + INCIDENT_WORDS
                  + r"\b(?:[^()]{0,40}|" + EVENTS + r"))\)", re.I)


# a bracket of its own kind, whatever the text's key says: a label's ("[Illustration: …]"),
# a note's marker ("[*]", "[12]")
KEY_EXCEPT = re.compile(r"\s*(?:[^\W\d_]+\s*:|[*†‡§\d]{1,4}\s*$)")
# with a text's stated key for parentheses (Context.stated_key): any words in them
KEYED_SIGN = re.compile(SIGN.pattern + r"|\((?P<keyed>[^()\[\]]{1,300})\)", re.I)


def _keyed(sink, span, m, element: str, ctx) -> bool:
    """A bracket or a parenthesis the text's own key explains (Context.stated_key): the
    words in it struck out (<del>) or inserted (<add>), their italics as printed; an empty
    "[ ]" (where a draft marks a place, nothing struck) is kept as printed. False where no
    element may stand."""
    start, end = m.start() + 1, m.end() - 1
    text = span.text
    inside = text[start:end].strip()
    if not inside:
        sink.text(m.group(0))
        ctx.fired("stated-key")
        return True
    italic_open, italic_close = marks.HI["italic"]
    if element.endswith("-italic") and not (      # the key's italics: the words all in them
            inside.startswith(italic_open) and inside.endswith(italic_close)
            and inside.count(italic_open) == 1):
        return False
    if text[start:start + 1] == "[" or not sink.takes_phrase_elements() or \
            not LETTERS.search(inside) or KEY_EXCEPT.match(marks.plain(inside)):
        return False
    element = element.removesuffix("-italic")
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    sink.open(E(element))
    _plain(sink, span, start, end, ctx)
    sink.close()
    ctx.fired("stated-key")
    return True


def _incident(sink, m, span, at, ctx):
    """[Laughter.], [Hear, hear], [Interruption.]: what the reporter saw or heard."""
    if not sink.takes_phrase_elements():
        sink.text(m.group(0))
        return
    sink.element(E.incident(E.desc(m.group(0)[1:-1].strip())))
    ctx.fired("incident")
    if OTHER_INCIDENT.match(m.group(0)[1:]):
        ctx.fired("incident-words")


# A recording's own marks, not the speakers' words nor an editor's: where a tape, a side,
# a reel or a session ends or starts ("[End of Tape 1, Side A]", "[START OF TAPE 2]",
# "[Tape 3, Side B]"), a break in the recording ("[Break in recording]", "[Recording
# paused]", "[tape turned off]"). ("[tape reverses]" is what the tape does: a stage.)
RECORDING_MARK = re.compile(
    r"\[\s*(?:(?:end|start|beginning|begin|conclusion|continuation)\s+of\s+(?:the\s+)?"
    r"(?:tape|side|reel|cassette|disc|disk|track|session|recording|interview)\b[^\[\]]{0,60}"
    r"|(?:tape|reel|cassette|disc|disk)\s+(?:\d{1,3}|[IVX]{1,4}|[A-D])\b[^\[\]]{0,40}"
    r"|side\s+(?:[A-D]|\d)\b[^\[\]]{0,30}"
    r"|break\s+in\s+(?:the\s+)?(?:recording|tape|taping|interview)\b[^\[\]]{0,40}"
    r"|recording\s+(?:paused|stopped|resume[sd]|interrupted|ends|begins|off|on)\b[^\[\]]{0,40}"
    r"|(?:tape|recorder)\s+(?:turned\s+)?(?:off|paused|stopped|changed?|flipped)\b"
    r"[^\[\]]{0,40})\s*\]", re.I)
RECORDING_MARKS_LINE = re.compile(r"(?:" + RECORDING_MARK.pattern + r"\s*)+", re.I)


def _recording(sink, m, span, at, ctx):
    """[End of Tape 1, Side A]: the recording's change, an <incident>, never supplied."""
    if not sink.takes_phrase_elements():
        sink.text(m.group(0))
        return
    sink.element(E.incident(E.desc(m.group(0)[1:-1].strip())))
    ctx.fired("recording-mark")


def _stage(sink, m, span, at, ctx):
    """[Hands them on a salver.], [Enter Lane.], [tape reverses]: what the speakers do, as
    a play or a transcript notes it; no words restored to the text."""
    if not sink.takes_phrase_elements():
        sink.text(m.group(0))
        return
    if _word_in_quotation(span.text, at, at + len(m.group(0))):
        sink.element(E.supplied(" ".join(m.group(0)[1:-1].split())))
        ctx.fired("supplied-in-quotation")
        return
    sink.element(E.stage(m.group(0)[1:-1].strip()))
    ctx.fired("stage-in-brackets")


def _word_in_quotation(text: str, start: int, end: int) -> bool:
    """A word or two in lower case in brackets inside a quotation, between the words of
    its sentence ("“We’re [running] out of money”"): the transcriber's change to the words
    quoted, never a direction (one stands between sentences, or is a sound word)."""
    inside = text[start + 1:end - 1].strip()
    if not re.fullmatch(r"[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*)?", inside):
        return False
    before, after = text[max(0, start - 200):start], text[end:end + 3]
    opened = before.rfind("“") > before.rfind("”") or before.count("\"") % 2 == 1
    return opened and re.search(r"[^\W\d_][’']?[^\W\d_]*\s$", before) is not None \
        and re.match(r"\s[a-z]", after) is not None


# Verbs of what people on a stage or at a recording do, in the forms stage directions use
# ("Rises.", "Turning to him.", "MSM moves to the board")
ACTION_VERBS = (
    "laugh smile turn move write point read pause rise sit go take hand ring look nod shake "
    "walk cross cough sigh gesture show hold open close reverse leave kneel bow weep cry "
    "sing play draw put give pick throw drink eat knock run fall jump whisper shout call "
    "enter exit stand come return advance retreat hesitate indicate clap chuckle giggle "
    "wave raise lower sip glance stop start begin end interrupt aside speak reply continue "
    "pull push").split()


def _verb_forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    doubled = verb + verb[-1] if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) else verb
    return [verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"),
            stem + "ing", doubled + "ing"]


ACTION = "|".join(sorted({f for v in ACTION_VERBS for f in _verb_forms(v)} | {
    "goes", "does", "flies", "cries", "tries", "dies", "lies", "exeunt", "discovered",
    "seated"}))
STAGE_IN_BRACKETS = re.compile(
    r"\[\s*(?:(?:Enter|Exit|Exeunt|Re-enter|Aside|Within|Alone|Curtain)\b[^\]]{0,150}|"
    # a participle or an adverb, a full stop: "[Calling.]", "[Languidly.]", "[Rising and
    # advancing.]" (not "[Received December 26—2:02 p. m.]")
    r"[A-Z][a-z]+(?:ing|ly)\b(?:[^\]]{0,150}[a-z)])?[.!]|"
    # who presides: "[The Speaker (Hon. Ethuro) in the Chair]", "[Mr. Deputy Speaker took
    # the Chair]" (a Westminster Hansard's note of the chair)
    r"[^\]]{0,150}\b(?:in|took|takes|left|leaves|resumed|resumes)\s+the\s+Chair\b[^\]]{0,40}|"
    r"[^\]]{0,200}\b(?i:" + ACTION + r")\b[^\]]{0,200})\s*\]")


# Words of a comment on the text, not of the text (English, French, German, Italian,
# Spanish, Polish): "[probably written by mistake, instead of 62]", "[She added a
# postscript:]", "[ajouté au crayon]"
COMMENT_WORDS = (r"added|adds|wrote|written|writes|mistake|instead\s+of|probably|postscript|"
                 r"overleaf|in\s+pencil|endorsed|interlined|inserted|ajout[ée]e?s?|[ée]crit|"
                 r"[ée]crite|au\s+crayon|hinzugef[üu]gt|geschrieben|aggiunt[oa]|scritt[oa]|"
                 r"añadid[oa]|escrit[oa]|dopisan[eya]|napisan[eya]")


# Words naming a feature of the original, not its words (English, French, German, Italian,
# Spanish, Latin): "[original spelling]", "[in rot]", "[Rasur]", "[glossa interlinearis]"
SOURCE_FEATURE = (r"spelling|orthography|in\s+red|in\s+rot|en\s+rouge|in\s+rosso|rubric|"
                  r"rubricated|subscript|superscript|interlinear|interlinearis|gloss|glosse|"
                  r"glossen|glossa|another\s+hand|different\s+hand|second\s+hand|"
                  r"andere[rn]?\s+Hand|autre\s+main|altra\s+mano|otra\s+mano|erasure|"
                  r"erased|Rasur|rature|Tinte|encre|inchiostro|catchword|Kustode|reclame")


def _editorial_note(sink, m, span, at, ctx):
    """[see No. 236], [presiding], [chairman of the subcommittee]: the editor's or the
    reporter's comment, not words restored to the text."""
    inside = " ".join(m.group(0)[1:-1].split())
    if _substituted(inside, span.text, at, ctx):
        sink.element(E.supplied(inside))  # "My name is [senior administration official]"
        ctx.fired("substituted-words")
        return
    sink.element(E.note(inside, type="editorial"))
    ctx.fired("editorial-note")


# the words before a slot of the sentence that a name fills: "My name is […]", "remarks
# from […]", "joined by […]", "and […]"
NAME_SLOT = re.compile(r"(?i)\b(?:is|was|are|by|from|with|and|to|name|named|called|"
                       r"introduce|welcome|thank)\s*$")


def _substituted(inside: str, text: str, at: int, ctx) -> bool:
    """Words in lower case in brackets that fill a slot of the sentence (after "is",
    "from", "by": where a name stands) and recur the same in the text: the publisher's
    substitute for a name it withholds ("[senior administration official]"), words of the
    sentence, no comment on it."""
    return bool(re.fullmatch(r"[a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*){1,5}", inside)) \
        and not re.search(r"(?i)\b(?:" + COMMENT_WORDS + r"|see|cf|sic|presiding|"
                          r"continuing|resuming)\b", inside) \
        and NAME_SLOT.search(text[max(0, at - 40):at]) is not None \
        and ctx.bracket_count_over_lines(inside) >= 2


def _record_part(sink, m, span, at, ctx):
    _editorial_note(sink, m, span, at, ctx)
    ctx.fired("record-part")


def _editorial_description(sink, m, span, at, ctx):
    _editorial_note(sink, m, span, at, ctx)
    ctx.fired("editorial-description")


# "In the margin" as French, German, Italian, Spanish, Dutch and Polish editions say it
MARGIN_HEAD = (r"(?:dans\s+la|en)\s+marge|am\s+Rande?|in\s+margine|al\s+margen|"
               r"in\s+de\s+marge|na\s+marginesie")


def _margin_note(sink, m, span, at, ctx):
    """[in the margin, Dolefull! Witchcraft]: what the original writes in its margin."""
    sink.element(E.note(" ".join(m.group("text").split()), place="margin"))
    ctx.fired("margin-note")


def _archival_reference(sink, m, span, at, ctx):
    """[TNA: FO 371/84567], [RG 59, Box 12]: where the archive keeps the document, a note of
    the source, not words restored to the text."""
    sink.element(E.note(m.group(0)[1:-1].strip(), type="source"))
    ctx.fired("archival-reference")


def _printed_label(sink, m, span, at, ctx):
    """[Steering Council Note] opening a paragraph: a label the source prints, not words an
    editor restored; kept as printed, brackets and all."""
    sink.text(m.group(0))
    ctx.fired("printed-label")


def _printed_aside(sink, m, span, at, ctx):
    """A whole sentence in brackets, six words or more and no figures ("[The memorial is
    then printed in full.]"; "[Received December 26—2:02 p.m.]" is the editor's) or a party or
    office in capitals after a name ("Volker Kauder [CDU/CSU]") is printed by the source, not
    restored by an editor: kept as printed. (In a text set in capitals, a telegram, capitals
    in brackets are the editor's words as before.)"""
    before = span.text[max(0, at - 60):at]
    if not m.group(0)[1:2].islower() and m.group(0)[1:-1].isupper() and \
            not any(c.islower() for c in before):
        _supplied(sink, m, span, at, ctx)
        return
    sink.text(m.group(0))
    ctx.fired("printed-label")


def _editorial_label(sink, m, span, at, ctx):
    _editorial_note(sink, m, span, at, ctx)
    ctx.fired("editorial-label")


# the documentary editors' convention: their own words set in italics within square brackets
# ("[<i>rule</i>]", "[<i>and:</i>]" — the Mark Twain Project, the Founders Online papers):
# a sign that would otherwise be <supplied> is their description, an editorial <note>
ITALIC_SIGN = re.compile(r"\[\s*\ufdd0[^\[\]\ufdd0\ufdd1]{1,200}\ufdd1\s*\]")


def _empty(sink, m, span, at, ctx):
    end = at + len(m.group(0))
    line_start = span.text.rfind("\n", 0, at) + 1
    if m.group(0) != "[]" and span.text[line_start:at].strip() and (
            (span.text[end:end + 1] == " " and span.text[end:].split("\n", 1)[0].strip())
            or span.text[end:end + 1] in (",", ".", ";", ":", "?", "!", ")")):
        # a space in brackets between words ("above Ipswich Highway, [ ] the horse bridge"),
        # or after a word before its punctuation ("throe of the stock [ ],", "entered [ ]."):
        # a transcription's lacuna, as long as the space left for it; never at a line's
        # start, where "[ ]" is a check box of a list or a form
        sink.element(E.gap())
        ctx.fired("gap-empty-brackets")
        return
    ctx.warn(span, at, "empty brackets [] kept as text", "empty-brackets")
    sink.text(m.group(0))


RULES: list[tuple[str, re.Pattern, Callable]] = [
    ("footnote-without-note", re.compile(r"\[\^[^\[\]\s]{1,40}\]"), _footnote_without_note),
    ("time", re.compile(r"\[\s?(?P<t>" + TIME_IN_BRACKETS + r")\s?\]"), _time),
    ("page", re.compile(r"\[\s*page(?:\s+(?P<n>[A-Z]?\d{1,5}[a-z]?|[ivxlcdm]{1,8}))?\s*\]",
                        re.I),
     _page),
    # a transcriber's mark of a page it cannot number: "[End of page ?]", "[Page ?]",
    # "[page break]": the page's end, an unnumbered <pb/> (never words read unclear)
    ("page-unnumbered", re.compile(r"\[\s*(?:end\s+of\s+(?:the\s+)?page|page(?:\s+break)?)"
                                   r"\s*(?:\?\s*)?(?:no\.?|number|n\.)?\s*\?\s*\]|"
                                   r"\[\s*end\s+of\s+(?:the\s+)?page\s*\]|"
                                   r"\[\s*page\s+" + UNKNOWN_PAGE_NUMBER + r"\s*\]", re.I),
     _page_unnumbered),
    ("folio", FOLIO_IN_BRACKETS, _folio),
    ("column", re.compile(r"\[Column (?P<n>\d{1,5}[a-z]?)\]"), _column),
    ("note-marker", re.compile(r"\[(?P<n>\d{1,6}|[*†‡§]{1,3})\]"), _note_marker),
    ("lettered-note-marker", re.compile(r"\[(?P<n>[A-Z])\]"), _lettered_note_marker),
    # (German and Latin editions' sic is "[!]": the word before is the writer's, no "!"
    # the editor supplies: "zum Kaffe [!] schmecken")
    ("sic", re.compile(r"\[\s*(?:sic\s*[.!]?|!)\s*(?:[,:;]\s*(?P<corr>[^\]]+?))?\s*\]",
                       re.I), _sic),
    ("unclear-after", re.compile(r"\[\s*\?\s*\]"), _unclear_after),
    # the signs of transcription guidelines everywhere (LoC, FromThePage, PARES, Spanish
    # and Italian palaeographic norms): "[...]", "[. . .]", "[…]" an omission, "[??]" an
    # illegible word (Pandoc's "\[\...\]" and "\[??\]" are these once Markdown is read)
    # (also in parentheses: "[(???)]", the transcriber's doubt set off once more)
    # "[x x]", "[x-x]": lost signs counted (never "[x]" opening a line: a check box)
    ("lost-signs", re.compile(r"\[(?P<signs>x(?:[ .-]+x){0,40})\]"), _lost_signs),
    ("leiden-gap", re.compile(r"\[(?P<dots>\.+)\]"), _leiden_gap),
    ("gap-sign", re.compile(r"\[\s*(?:(?:\.\s*){3,}|…\s*|\?\s*(?:\?\s*)+|"
                            r"\(\s*\?\s*(?:\?\s*)+\)\s*)\]"), _gap_sign),
    # a label of deletion and the struck words: "[Rayé: exploit]", "[skreślenie: Księcia]"
    ("del", re.compile(r"\[\s*(?i:" + DELETION_LABEL + r")\s*:\s*(?P<text>[^\]]*\S)\s*\]"),
     _deletion),
    ("gap", re.compile(r"\[(?=[^\]]*" + GAP_WORD.pattern + r")(?:\s*[^\]\s]+){1,8}\s*\]",
                       re.I), _gap),
    # a platform's tag in double brackets (see SIGN)
    ("platform-tag", re.compile(r"\[\[(?P<tag>[^\[\]]*)\]\]"), _platform_tag),
    ("not-declassified", re.compile(r"\[[^\]]*\bnot\s+declassified[^\]]*\]", re.I),
     _declassified),
    ("redacted", REDACTED, _redacted),
    ("omitted", re.compile(r"\[\s*(?:here\s+follows?|omitted\s+here|"
                           r"(?:illustration|figure|image|photograph|plate|map)\s*:|"
                           # a picture named alone: "[image]", "[drawing]", "[seal]"
                           r"(?:" + PICTURE + r")\s*(?=\])|[^\]]*\bnot\s+printed\b"
                           r"|[^\]]*\b(?:omitted|deleted|excised)\b)[^\]]*\]", re.I), _omitted),
    # the query first ("[?Boww]", "[?not sure of word?]"), as the last ("[Boww?]")
    ("unclear-query-first", re.compile(r"\[\s*\?\s*(?P<w>[^\]\s?][^\]?]{0,60}?)\s*\??\s*\]"),
     _unclear_query_first),
    ("unclear", re.compile(r"\[(?P<w>[^\]\s?][^\]?]{0,60}?)\s*\?\s*\]"), _unclear),
    ("recording", RECORDING_MARK, _recording),
    ("incident", re.compile(r"\[\s*" + INCIDENT_WORDS + r"\b[^\]]{0,40}\]", re.I), _incident),
    ("stage", STAGE_IN_BRACKETS, _stage),
    ("margin-note", re.compile(r"\[\s*(?i:in\s+(?:the\s+)?margin|" + MARGIN_HEAD
                               + r")\s*[,:;.]\s*(?P<text>[^\]]*\S)\s*\]"), _margin_note),
    # LoC By the People's and the Smithsonian's marginalia: "[*River Scene, Ceylon*]"; a
    # note over several lines may hold the transcriber's own brackets ("[* reply [F?? 3/65]
    # / Nov 14/ 65*]"). (Without its closing star, "[*This claim is incorrect. …]" is an
    # editor's note marked with an asterisk, no margin's.)
    ("margin-note", re.compile(r"\[\*(?P<text>(?:\[[^\[\]]*\]|[^\]*])(?:\[[^\[\]]*\]|[^\]])*?)"
                               r"\*\]"), _margin_note),
    ("editorial-note", re.compile(r"\[\s*(?:(?:see|cf\.|vide|compare|ed\.|editor'?s\s+note|"
                                  r"transcriber'?s\s+note|note)\b[^\]]*|"
                                  r"(?:presiding|absent|present|continuing|resuming)|"
                                  r"[a-z][a-z'’-]+(?:[,;]?\s+[a-z0-9'’-]+){2,8}|"
                                  # three words or more saying what the writer or a hand
                                  # did: "[She added a postscript:]"
                                  r"(?=(?:[^\]\s]+\s+){2})[^\[\]]{0,200}\b(?i:" + COMMENT_WORDS
                                  + r")\b[^\[\]]{0,200}|"
                                  # signed by the editor: "[… in the library of Harvard
                                  # University - ed.]", "[… 1790.—Ed.]"
                                  r"[^\[\]]{2,600}?(?:\s[-–—]\s?|[.,;]?\s?[—–])(?i:eds?|editors?)\.)"
                                  r"\s*\]"),
     _editorial_note),
    ("archival-reference", re.compile(
        # (a reference may hold a bracket of its own, the volume's page: "[AA:A6712, [3]]")
        r"\[\s*(?:[A-Z]{2,6}(?:\s[A-Z]{1,4})?\s?:\s*[^\s\[\]](?:[^\[\]]|\[[^\[\]]*\])*|"
        r"(?:FO|CAB|PREM|WO|ADM|CO|DO|HO|T|RG|MS|MSS|Add\.?\s?MS)\s?\d[^\]]*|"
        r"(?:Box|Folder|File|Fonds|Series|Record\s+Group)\s+\d[^\]]*)\]"), _archival_reference),
    # the editor's description of the source in capitalised words (a Word or web
    # transcription's legend says "[Text] Anmerkung der Edition"): a label and a colon with
    # what it labels ("[Glosse: H???]", "[Subskript erneut: app(ar)ere]"), words in
    # sentence case ending in a colon ("[Das folgende in rot:]"), or two words or more
    # naming a feature of the original ("[original spelling]") are a <note>, no restored
    # words (restored words do not label themselves, nor speak of the page's ink); a
    # book's imprint with its year ("[Columbia: University of Missouri Press, 2005]") is
    # no label
    ("editorial-description", re.compile(
        r"\[\s*(?:[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+(?:\s+[a-zß-ÿ]+){0,2}\s*:\s+(?![^\[\]]*\b[12]\d{3}\b)"
        r"[^\[\]\s][^\[\]]{0,200}|"
        r"[A-ZÀ-Þ][a-zß-ÿ]+(?=[^\[\]]*\s[a-zß-ÿ])(?:\s+[\wß-ÿ’'-]+){1,8}\s*:|"
        r"(?=[^\[\]]*\s)[^\[\]]{0,100}\b(?i:" + SOURCE_FEATURE + r")\b[^\[\]]{0,100})\s*\]"),
     _editorial_description),
    # a transcriber's mark of a part of the record: "[END OF SEASON]", "[End of minutes]",
    # "[BLANK PAGE]", "[NO MEETING]": a note, never restored words
    ("record-part", re.compile(r"\[\s*(?:end\s+of\b[^\[\]]{1,40}?|(?:blank|empty)\s+page|"
                               r"no\s+meeting\b[^\[\]]{0,40}?)\s*\.?\s*\]", re.I),
     _record_part),
    ("printed-label", re.compile(r"\[\s*(?:[A-Z][\w'’.-]*\s+){0,4}(?:Note|Comment|Update|Summary|"
                                 r"Addendum|Correction|Response|Reply|Answer|Question|"
                                 r"Aside|Disclaimer)s?\s*:?\s*\]"), _printed_label),
    ("empty", re.compile(r"\[\s*\]"), _empty),
    ("printed-aside", re.compile(r"\[[A-Z](?=(?:[^\[\]\d]*\s){5})[^\[\]\d]{20,600}?[.!?]"
                                 r"[\"”’')]?\]|"
                                 r"\[(?!Received\b)[A-Z][^\[\]]{0,600}?[a-z]{3}\.\]|"
                                 r"\[(?!Received\b)[A-Z](?=(?:[^\[\]\s]+\s+){3})[^\[\]]{0,600}?"
                                 r"[12]\d{3}\.\]|"
                                 r"\[(?=[^\]a-z]*[A-Z]{2})[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9/ .&'’-]{1,40}\]"),
     _printed_aside),
    # an address literal, IPv4 or IPv6: "<id@[10.10.2.4]>"
    ("bracket-as-printed", re.compile(r"\[\s*(?:\d{1,3}(?:\.\d{1,3}){3}|(?i:IPv6:)[0-9A-Fa-f:.]+|"
                                      r"[0-9A-Fa-f]{0,4}::[0-9A-Fa-f:.]*)\s*\]"),
     _as_printed),
    # an editor's lower-case label ending in a colon ("[return address:]", "[postmarked:]"):
    # a description of the document, not restored words (see also ITALIC_SIGN)
    ("editorial-label", re.compile(r"\[\s*[a-z][a-z'’ -]{0,60}:\s*\]"), _editorial_label),
    ("supplied", re.compile(r"\[[^\]]+\]"), _supplied),
]


def _one_of(k: int, pattern: re.Pattern) -> str:
    """Rule *k*'s pattern as a part of ANY_RULE: a group of its own, its group names made
    unique, its case-insensitivity scoped to it."""
    text = re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{k}>", pattern.pattern)
    return f"(?P<r{k}>" + (f"(?i:{text})" if pattern.flags & re.I else text) + ")"


# The rules' patterns as one: the engine tries them in order and the group that matched
# names the first rule that takes the whole sign (one call for a sign, not one a rule)
ANY_RULE = re.compile("|".join(_one_of(k, pattern) for k, (_, pattern, _) in enumerate(RULES)))


def _unit_name(unit: str) -> str:
    unit = unit.lower()
    unit = {"char": "chars", "chars": "chars", "character": "chars",
            "characters": "chars"}.get(unit, unit)
    return unit if unit.endswith("s") else unit + "s"


UNIT_TAIL = re.compile(r"(\S+?)([,;:]*)$")


def _take_unit(sink: Sink) -> tuple[str, str] | None:
    """Remove the word (or parenthesised group) before a sign from the text written so far.

    Returns (unit, the punctuation that followed it) or None when no word precedes. The
    space between the word and the sign goes with the sign.
    """
    text = sink.trailing_text()
    stripped = text.rstrip()
    if not stripped:
        return None
    if stripped[-1] in ")”\"":
        opener = {")": "(", "”": "“", '"': '"'}[stripped[-1]]
        start = stripped.rfind(opener, 0, len(stripped) - 1)
        if start >= 0 and (start == 0 or not stripped[start - 1].isalnum()):
            sink.set_trailing_text(stripped[:start])
            return stripped[start:], ""
    m = UNIT_TAIL.search(stripped)
    if not m:
        return None
    word, punct = m.group(1), m.group(2)
    if not any(c.isalnum() for c in word):
        return None           # "[[nested]] [sic]": the sign follows a bracket, not a word
    sink.set_trailing_text(stripped[:m.start()])
    return word, punct


# ----------------------------------------------------------------------------- driver

def bracketed_heading(text: str) -> bool:
    """A heading wholly in brackets that the bracket rules would keep as printed, a sentence
    ("[Additional organizational matters.]"): an editor's heading where the original has
    none, supplied words (never a page, a note's marker, a gap)."""
    text = marks.plain(text).strip()
    if not (text[:1] == "[" and text[-1:] == "]") or "[" in text[1:-1] or "]" in text[1:-1]:
        return False
    found = ANY_RULE.fullmatch(text)
    return bool(found and found.lastgroup      # (restored words already are <supplied>)
                and RULES[int(found.lastgroup[1:])][0] == "printed-aside")


def typed_breaks(span: Span, ctx: Context) -> list[Span]:
    """A heading of several lines whose line ends the source types on purpose (a Word
    paragraph's soft break, w:br: "Lot No. 10" / "East bounds of lot No. 10"; a <br> in a
    wiki's "== … ==") cut at those ends, each line a part to set apart by <lb/>; [] for a
    heading of one line, of wrapped lines, or wholly in brackets (a supplied heading)."""
    broken = ctx.source.hints.broken_lines
    if not broken or len(span.anchors) < 2 or bracketed_heading(span.text):
        return []
    cuts = [offset for (_, before, _), (offset, _, col) in itertools.pairwise(span.anchors)
            if offset > 0 and before in broken and col == 1 and span.text[offset - 1] == " "]
    if not cuts:
        return []
    parts, start = [], 0
    for offset in cuts:
        parts.append(span[start:offset - 1].strip())
        start = offset
    parts.append(span[start:].strip())
    return [part for part in parts if part.text]


def fill_heading(head, span: Span, ctx: Context):
    """Write a heading's *span* into *head*; wholly in brackets (bracketed_heading), its
    words are <supplied>."""
    typed = typed_breaks(span, ctx)
    if typed:                                     # lines the source breaks on purpose
        for part in typed:                        # (a space after each <lb/>: the
            if len(head) or head.text:            # words stay apart when read as text)
                head.append(E.lb())
                head[-1].tail = " "
            fill(head, part, ctx)
        ctx.fired("heading-line-break")
        return head
    if not bracketed_heading(span.text):
        return fill(head, span, ctx)
    inner = span.strip()
    head.append(fill(E.supplied(), inner[inner.text.find("[") + 1:inner.text.rfind("]")], ctx))
    ctx.fired("supplied-heading")
    return head


def fill(parent, span: Span, ctx: Context, notes: bool = True):
    """Write *span* into *parent* as mixed content; returns *parent*."""
    if "- " in span.text:
        span = rejoin_split_words(span, ctx)
    text, pos = span.text, 0
    if _only_words(text) and not ("/" in text and slash_line_ends(ctx.source.text)):
        #                                the usual paragraph: its text as it is
        if text:                       # (as a Sink would write it, without making one)
            last = parent[-1] if len(parent) else None
            if last is not None:
                last.tail = (last.tail or "") + text
            else:
                parent.text = (parent.text or "") + text
        return parent
    sink = Sink(parent)
    key = ctx.stated_key() if "[" in text or "(" in text else {}
    signs = KEYED_SIGN if "(" in key else SIGN
    # every sign opens with a bracket or a parenthesis: most paragraphs have none
    literal = [(m.start(), m.end()) for m in marks.LITERAL.finditer(text)] \
        if marks.LITERAL_OPEN in text else []
    for m in signs.finditer(text) if "[" in text or "(" in text else ():
        if literal and any(m.start() < b and a < m.end() for a, b in literal):
            continue                   # (a sign in a code span: its characters, as printed)
        _plain(sink, span, pos, m.start(), ctx)
        if key and m.group(0)[:1] in key and not m.group("incident") \
                and _keyed(sink, span, m, key[m.group(0)[:1]], ctx):
            pos = m.end()
            continue
        if m.group("incident") and not sink.takes_phrase_elements():
            _plain(sink, span, m.start(), m.end(), ctx)       # kept as printed
            pos = m.end()
            continue
        if m.group("incident"):          # (Applause.) in the running text
            sink.element(E.incident(E.desc(marks.plain(m.group("incident")))))
            ctx.fired("incident")
            if OTHER_INCIDENT.match(m.group("incident")):
                ctx.fired("incident-words")
            pos = m.end()
            continue
        inside = marks.plain(m.group(0))
        found = ANY_RULE.fullmatch(inside)
        if found and found.lastgroup:
            name, pattern, handler = RULES[int(found.lastgroup[1:])]
            rm = pattern.fullmatch(inside)      # (the rule's own groups)
            if rm and name.endswith("note-marker") and not notes:
                sink.text(inside)           # a marker inside a note: kept as printed
            elif rm and name == "supplied" and ITALIC_SIGN.fullmatch(m.group(0)):
                _editorial_label(sink, rm, span, m.start(), ctx)
            elif rm:
                handler(sink, rm, span, m.start(), ctx)
        pos = m.end()
    _plain(sink, span, pos, len(text), ctx)
    sink.flush()
    return parent


# a word cut by a hyphen and a space inside a line ("ma froide vei- ne")
SPLIT_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)- (?=([^\W\d_]+)(?![\w-]))")


# the conjunctions after a compound's first part left hanging ("boom- en menschenledig",
# "Ein- und Ausfuhr", "pre- and post-war") in the languages of the texts
CONJUNCTIONS = frozenset("and or nor und oder sowie bzw en of et ou y o e ed i u och og eller "
                         "ja tai és vagy a lub oraz и или а".split())


def rejoin_split_words(span: Span, ctx: Context) -> Span:
    """"mu- sique" is "musique" where the evidence is strong: the word whole elsewhere in
    the text ("Musique"), or the source cut it at its own line end (an HTML page's "gloi-"
    / "re."); never a compound the text prints with its hyphen ("celui-ci"). Without such
    evidence the halves stay as printed ("bien- aise" may be "bien-aise"). Every join is
    reported."""
    parts: list[Span] = []
    start = 0
    known, breaks = ctx.words(), ctx.source.hints.hyphen_breaks
    for m in SPLIT_WORD.finditer(span.text):
        head, tail = m.group(1), m.group(2)
        word = (head + tail).casefold()
        if not tail[0].islower() or f"{head}-{tail}".casefold() in ctx.compounds() \
                or tail.casefold() in CONJUNCTIONS:
            continue             # ("boom- en menschenledig": the compound's first part)
        if word not in known and word not in breaks:
            continue
        parts.append(span[start:m.end(1)])
        start = m.end()
        ctx.fired("split-word-rejoined")
        line, col = span.pos(m.end(1))
        ctx.diags.info(f"word cut by a hyphen inside a line joined ({head}- {tail}: "
                       f"{head}{tail})", "dehyphenated", line, col)
    if not parts:
        return span
    parts.append(span[start:])
    return Span.join(parts, "")


def _only_words(text: str) -> bool:
    """Text with nothing for fill() to do: no sign or stray bracket, no formatting mark,
    no line break, no run of spaces (what _plain() and _lines() look for)."""
    return "[" not in text and "]" not in text and "(" not in text and "\n" not in text \
        and "<" not in text and "|" not in text and "\\" not in text and "^" not in text \
        and not marks.has_marks(text) and not _may_have_space_run(text)


def _marked(sink: Sink, text: str, ctx: Context) -> None:
    """Text with formatting marks: <hi rend> and <ref target> around their words; where
    the edition sets the letters of its expansions in italics inside the words
    (Context.expansion_italics), such a word is <expan> and the letters <ex>."""
    if marks.HI["italic"][0] in text and ctx.expansion_italics():
        pos = 0
        for m in INSIDE_WORD_ITALIC.finditer(text):
            _marked_text(sink, text[pos:m.start()], ctx)
            _expansion(sink, m.group(0))
            ctx.fired("expan-italics")
            pos = m.end()
        _marked_text(sink, text[pos:], ctx)
        return
    _marked_text(sink, text, ctx)


def _expansion(sink: Sink, word: str) -> None:
    """A word whose italic letters an editor added to an abbreviation (TEI Guidelines
    11.3.1.2): <expan>V<ex>uestra</ex></expan>."""
    opening, closing = marks.HI["italic"]
    sink.open(E.expan())
    for k, piece in enumerate(re.split(f"[{opening}{closing}]", word)):
        if piece and k % 2:
            sink.element(E.ex(piece))
        elif piece:
            sink.text(piece)
    sink.close()


def _marked_text(sink: Sink, text: str, ctx: Context) -> None:
    pos = 0
    for m in marks.TOKEN.finditer(text):
        _lines(sink, text[pos:m.start()], ctx)
        pos = m.end()
        if m.group("target") is not None:
            if safe_target(m.group("target")):
                sink.open(E.ref(target=m.group("target")))
                ctx.fired("ref")
            else:                               # kept as words, and said so
                sink.open(E.seg(type="link"))
                ctx.fired("link-as-words")
                ctx.diags.info(f"link target {m.group('target')[:80]!r} is no address a "
                               "master may hold; its words kept as a link segment",
                               "link-target")
        elif m.group("unit") == "lb":           # a numbered line of the source (ATF's "1'.")
            sink.element(E.lb(n=m.group("n")) if m.group("n") else E.lb())
            ctx.fired("numbered-lines")
        elif m.group("unit") is not None:       # the source's own reference point
            sink.element(E.milestone(unit=m.group("unit"), n=m.group("n"))
                         if m.group("n") else E.milestone(unit=m.group("unit")))
            ctx.fired("milestone")
        elif m.group("cue") is not None:        # a subtitle cue's place in the recording
            sink.element(E.time(**{"from": m.group("cue"), "to": m.group("cue_to")}))
            ctx.fired("cue-time")
        elif m.group("mark") == marks.CAESURA:
            if sink.parent.tag == tei("l"):     # a verse line's hemistichs
                sink.element(E.caesura())
                ctx.fired("caesura")
            else:                               # (nowhere else: the words stay apart)
                sink.text(" ")
        elif m.group("mark") in marks.OPENERS:
            rend = marks.OPENERS[m.group("mark")]
            if rend == "deleted":               # HTML's <del>: the words deleted in the source
                sink.open(E("del"))
                ctx.fired("del")
            elif rend == "damaged":             # a transliteration's damaged sign
                sink.open(E.unclear(reason="damage"))
                ctx.fired("atf-flags")
            elif rend == "strikethrough" and ctx.transcription():
                sink.open(E("del", rend="strikethrough"))   # the writer's crossing out
                ctx.fired("del-strikethrough")
            else:
                sink.open(E.hi(rend=rend))
                ctx.fired("hi")
        else:
            sink.close()
    _lines(sink, text[pos:], ctx)


def _plain(sink: Sink, span: Span, start: int, end: int, ctx: Context) -> None:
    """Text between signs: stray brackets are reported, line breaks become <lb/>."""
    chunk = span.text[start:end]
    if not chunk:
        return
    if marks.LITERAL_OPEN in chunk:
        pos = start
        for m in marks.LITERAL.finditer(chunk):
            _plain(sink, span, pos, start + m.start(), ctx)
            sink.text(m.group(1))      # a code span: its characters as printed
            pos = start + m.end()
        if pos < end:
            _plain(sink, span, pos, end, ctx)
        return
    if "[" in chunk or "]" in chunk:
        for i, ch in enumerate(chunk):
            if ch == "[":
                ctx.warn(span, start + i, "'[' is never closed; kept as text",
                         "unclosed-bracket")
            elif ch == "]":
                ctx.warn(span, start + i, "']' closes no bracket; kept as text",
                         "unopened-bracket")
    if marks.has_marks(chunk):
        _marked(sink, chunk, ctx)
        return
    _lines(sink, chunk, ctx)


# a word broken at a line kept as a line: "re-" / "frendado", "gelung" / "=nen"
BROKEN_AT_END = re.compile(r"[^\W\d_][-=⸗¬]$")


def _broken_word(before: str, after: str) -> bool:
    before, after = before.rstrip(), after.lstrip()
    if after[:1] in ("=", "⸗"):
        return before[-1:].isalpha() and after[1:2].islower()
    return bool(BROKEN_AT_END.search(before)) and after[:1].islower()


def _lines(sink: Sink, chunk: str, ctx: Context) -> None:
    pieces = chunk.split("\n")
    for i, piece in enumerate(pieces):
        if i and (_broken_word(pieces[i - 1], piece) or (
                pieces[i - 1].rstrip()[-1:] == ":" and ctx.colon_hyphens()
                and pieces[i - 1].rstrip()[-2:-1].isalpha() and piece.lstrip()[:1].islower())):
            sink.element(E.lb({"break": "no"}))     # the sign stays, as the source prints it
            ctx.fired("lb-in-word" if not pieces[i - 1].rstrip().endswith(":")
                      else "colon-hyphens")
        elif i:
            sink.element(E.lb())
        if _may_have_space_run(piece) and SPACE_RUN.search(piece):
            piece = SPACE_RUN.sub(" ", piece)
            ctx.fired("whitespace")
        if "|" in piece and ctx.line_bars():
            piece = _line_bars(sink, piece, ctx)
        if "|" in piece:
            piece = _lines_in_words(sink, piece, ctx)
        if "/" in piece and slash_line_ends(ctx.source.text):
            piece = slash_lines(sink, piece, ctx)      # "I Elias/ Williams" (slashlines)
        if "\\" in piece:
            piece = _insertions(sink, piece, ctx)
        _words(sink, piece, ctx)


def _words(sink: Sink, text: str, ctx: Context) -> None:
    """Write words, their caret superscripts as such (Context.caret_superscripts)."""
    if "(" in text and ctx.paren_expansions():
        text = _paren_expansions(sink, text, ctx)
    if "<" in text and ctx.angle_additions():
        text = _angle_additions(sink, text, ctx)
    if "^" in text and ctx.caret_superscripts():
        text = _caret_superscripts(sink, text, ctx)
    sink.text(text)


def _paren_expansions(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last word expanded in parentheses (Context.paren_expansions),
    each as <expan>aed<ex>ilem</ex></expan>; return the rest."""
    from .context import PAREN_EXPANSION, _expansion_word
    pos = 0
    for m in PAREN_EXPANSION.finditer(piece):
        if not _expansion_word(m.group(0)):
            continue
        sink.text(piece[pos:m.start()])
        sink.open(E.expan())
        for k, part in enumerate(re.split(r"[()]", m.group(0))):
            if part and k % 2:
                sink.element(E.ex(part))
            elif part:
                sink.text(part)
        sink.close()
        ctx.fired("expan-parentheses")
        pos = m.end()
    return piece[pos:]


def _angle_additions(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last addition in angle brackets, each as <supplied
    reason="omitted"> (Context.angle_additions: "Deum <dominum> summum", "se<se>");
    return the rest."""
    from .context import ANGLE_ADDITION
    pos = 0
    for m in ANGLE_ADDITION.finditer(piece):
        text = piece[pos:m.start()]
        if "^" in text and ctx.caret_superscripts():
            text = _caret_superscripts(sink, text, ctx)
        sink.text(text)
        sink.element(E.supplied(m.group("text"), reason="omitted"))
        ctx.fired("angle-additions")
        pos = m.end()
    return piece[pos:]


def _caret_superscripts(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last caret superscript ("S^t" -> S<hi rend="sup">t</hi>), in
    a text whose carets are all so (Context.caret_superscripts); return the rest."""
    from .context import CARET_SUPERSCRIPT
    pos = 0
    for m in CARET_SUPERSCRIPT.finditer(piece):
        sink.text(piece[pos:m.start()])
        sink.element(E.hi(m.group(0)[1:], rend="sup"))
        ctx.fired("caret-superscript")
        pos = m.end()
    return piece[pos:]


# Letters or words the writer put between the lines, in the semi-diplomatic sign of
# English record offices and Spanish and Portuguese paleography (MacKenzie; Clemens &
# Graham): "sie\r/uo" (r written above the line), "\and the said Iohn/": between a
# backslash and a slash, glued to a word or standing alone, never a path ("C:\x/y")
INSERTION = re.compile(r"(?<![\w\\/:.])\\(?P<text>[^\W\d_][^\\/\n]{0,60}?)/(?![\w/])"
                       r"|(?<=[^\W\d_])\\(?P<glued>[^\W\d_]{1,12})/(?=[^\W\d_])")


def _insertions(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last interlinear insertion, each as <add place="above">;
    return the rest."""
    pos = 0
    for m in INSERTION.finditer(piece):
        _words(sink, piece[pos:m.start()], ctx)
        sink.element(E.add(m.group("text") or m.group("glued"), place="above"))
        ctx.fired("interlinear-insertion")
        pos = m.end()
    return piece[pos:]


# a bar inside a word, where a diplomatic transcription marks the original line's end
# ("re|newing"); not in a link or a glossary key ("[glossary:capsep|cap sep]")
WORD_BAR = re.compile(r"(?<![^\s(“\"‘'])[^\W\d_]+(?P<bar>\|)[^\W\d_]+(?![\w|])")


def _line_bars(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last bar that marks the original's line end, each as
    <lb/> (inside a word after its hyphen, <lb break="no"/>, the hyphen printed); return
    the rest."""
    from .context import LINE_BAR, LINE_BAR_AFTER
    pos = 0
    first = LINE_BAR_AFTER.match(piece)       # (a bar after an element ends a line)
    found = list(LINE_BAR.finditer(piece, first.end() if first else 0))
    others = [m for m in OTHER_BARS.finditer(piece, first.end() if first else 0)
              if not any(m.start() < f.end() and f.start() < m.end() for f in found)]
    found = sorted(found + others, key=lambda m: m.start())
    for m in ([first] if first else []) + found:
        if m is not first and m.re is OTHER_BARS and m.group(0).endswith("||"):
            _between_bars(sink, piece[pos:m.start()], ctx)   # "propytia, || munn": the
            sink.element(E.cb())                  # next column or face of the wall
            ctx.fired("line-bars")
            pos = m.end() + (piece[m.end():m.end() + 1] == " ")
            continue
        if m is not first and m.re is OTHER_BARS:  # "succ es |soribus", "pro| vinciarum"
            head = WORD_BEFORE.search(piece, 0, m.start())
            tail = WORD_AFTER.match(piece[m.end():].lstrip())
            cut = head is not None and tail is not None and tail.group(1)[0].islower() and \
                _cut_word(head.group(1), tail.group(1), ctx)
            _between_bars(sink, piece[pos:m.start()].rstrip(" "), ctx)
            sink.element(E.lb({"break": "no"}) if cut else E.lb())
            ctx.fired("line-bars")
            pos = m.end()
            while piece[pos:pos + 1] == " ":
                pos += 1
            continue
        inside = m.group("inside") is not None if m is first \
            else piece[m.start()] == "|"          # "conve-|nuto"
        if not inside and m is not first and _bar_inside_word(piece, m, ctx):
            _between_bars(sink, piece[pos:m.start()], ctx)   # "planta | tio": a word cut
            sink.element(E.lb({"break": "no"}))               # at the bar
            ctx.fired("line-bars")
            pos = m.end() + 1
            continue
        _between_bars(sink, piece[pos:m.start()], ctx)
        sink.element(E.lb({"break": "no"}) if inside else E.lb())
        ctx.fired("line-bars")
        pos = m.end()
        if not inside and piece[pos:pos + 1] == " ":
            pos += 1                              # (the space after the bar goes with it)
    return piece[pos:]


# the bars of a text that marks the original's line ends (Context.line_bars) other than
# LINE_BAR's: a doubled bar between words, the next column or face ("propytia, || munn"), and
# a bar with a space on one side only, as a copy spaced it ("succ es |soribus", "pro|
# vinciarum")
OTHER_BARS = re.compile(r"(?<=\S) \|\|(?= |$)|(?<=\S) \|(?=[^\W\d_])|"
                        r"(?<=[^\s|])\|(?= [^\W\d_])")


def _between_bars(sink: Sink, text: str, ctx: Context) -> None:
    """The words between two line bars, their own signs read (a bar inside a word, an
    insertion, a caret superscript), as the rest of the line's are."""
    if "|" in text:
        text = _lines_in_words(sink, text, ctx)
    if "\\" in text:
        text = _insertions(sink, text, ctx)
    _words(sink, text, ctx)


def _cut_word(head: str, tail: str, ctx: Context) -> bool:
    """Are *head* and *tail*, parted by a line bar, one word cut at the original's line
    end? The half after it is no word the text uses alone, and the whole is a word of the
    text or the half before is none either ("pro| vinciarum", "fa|miliarissime");
    "quam|longo": two words the text uses. A letter alone before it is no word ("F|lorentini")."""
    alone = ctx.words_apart_from_bars()
    head, tail = head.casefold(), tail.casefold()
    return tail not in alone and (head + tail in alone or head not in alone or len(head) == 1)


SHORT_WORD_END = 4
WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)$")
WORD_AFTER = re.compile(r"^([^\W\d_]+)(?![\w'’-])")      # (never "nell’ultime"'s "nell")


def _bar_inside_word(piece: str, m: re.Match, ctx: Context) -> bool:
    """A spaced line bar that cuts a word ("planta | tio", "exacto | ris"): the half after
    it goes on in lower case and is no word the text uses alone, and the whole is a word of
    the text, or the half before it is none either and the half after is a word's ending
    (four letters at most: "tio", "ris"); "tractatus | in", "parerem | voluntati": two
    words."""
    if piece[m.end():m.end() + 1] != " ":
        return False
    before = WORD_BEFORE.search(piece, 0, m.start())
    after = WORD_AFTER.match(piece[m.end() + 1:])
    if before is None or after is None or not after.group(1)[0].islower():
        return False
    alone = ctx.words_apart_from_bars()
    head, tail = before.group(1).casefold(), after.group(1).casefold()
    return tail not in alone and (head + tail in alone or (
        head not in alone and len(tail) <= SHORT_WORD_END))


def _lines_in_words(sink: Sink, piece: str, ctx: Context) -> str:
    """Write *piece* up to its last word broken by a bar, each bar as <lb break="no"/>;
    return the rest."""
    pos = 0
    for m in WORD_BAR.finditer(piece):
        bar = m.start("bar")
        if not piece[bar + 1].islower():
            continue                  # "Tom|Jerry": two names, not a word cut in two
        sink.text(piece[pos:bar])
        if ctx.line_bars() and not _cut_word(piece[m.start():bar], piece[bar + 1:m.end()],
                                             ctx):
            sink.element(E.lb())      # "quam|longo": two words of the text, a copy's
            ctx.fired("line-bars")    # line bar with its spaces lost
            pos = bar + 1
            continue
        sink.element(E.lb({"break": "no"}))
        ctx.fired("lb-in-word")
        pos = bar + 1
    return piece[pos:]

"""What a reader produces and the state it shares with the inline and block rules."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lxml import etree

from ..diagnostics import Collector
from ..formats.marks import plain
from ..sourcetext import SourceText
from .span import Span


@dataclass
class LeftOut:
    """Source text deliberately not encoded (site chrome, empty fields, duplicates)."""

    line: int
    end_line: int
    text: str
    reason: str
    code: str

    def as_dict(self) -> dict:
        return {"line": self.line, "end_line": self.end_line, "text": self.text,
                "reason": self.reason, "code": self.code}


@dataclass
class NoteSource:
    """A footnote as listed in the source (``[1] text``), before it is placed."""

    n: str
    span: Span
    kind: str = ""           # "original" for "[Orig. note]", else "" (decided later)
    used: int = 0


def date_attributes(meta: Meta) -> dict[str, str]:
    """The attributes of the document's own <date> in the header: @when, or the bounds of
    a date known only within them."""
    return dict(meta.date_bounds) if meta.date_bounds else {"when": meta.date_iso or ""}


@dataclass
class Meta:
    """What the source says about itself; header.py turns it into the teiHeader."""

    title: str | None = None
    date_text: str | None = None          # the record's own date, as printed
    date_iso: str | None = None
    # a date known only within bounds ("1107-1120", "980's", "c. 1650"): the <date>'s
    # attributes in place of @when (datebounds); date_iso is then its first possible day
    date_bounds: dict[str, str] | None = None
    summary: list[str] = field(default_factory=list)
    citations: list[etree._Element] = field(default_factory=list)   # tei:bibl elements
    rights: list[str] = field(default_factory=list)
    credits: str | None = None
    funder: str | None = None
    language: str | None = None           # as printed ("English")
    language_ident: str | None = None     # BCP 47 ("en")
    other_languages: list[tuple[str, str]] = field(default_factory=list)   # (ident, name)
    source_title: str | None = None       # title of the page or record the text was copied from
    source_url: str | None = None
    distributor: str | None = None        # who makes the source available
    extra_fields: list[tuple[str, str]] = field(default_factory=list)   # (label, value)
    repository: str | None = None         # where the original is kept (msIdentifier)
    idno: str | None = None               # its shelfmark or reference there
    place: str | None = None              # where the document was written (creation)
    interviewers: list[str] = field(default_factory=list)   # an interview's (respStmt)
    interviewees: list[str] = field(default_factory=list)   # an interview's (particDesc)


# a bar marking the original's line end: between words, at a line's end, or after a
# hyphen or an elision's apostrophe inside a word ("conve-|nuto", "l’|havesse")
LINE_BAR = re.compile(r"(?<=\S) \|(?= |$)|(?<=[^\W\d_][-’'])\|(?=[^\W\d_])", re.M)
# the same bar right after an element ("Du<supplied>ca</supplied> | con", "2<hi>da</hi> |",
# inside a word "arg<supplied>o-</supplied>|mento"): at the start of the text after it
LINE_BAR_AFTER = re.compile(r"^ ?\|(?= |$)|^\|(?P<inside>(?=[^\W\d_]))")
TAG = re.compile(r"<[^<>]*>")
SPACED_BAR_HALVES = re.compile(r"[^\W\d_]+ ?\| ?[^\W\d_]+")


def _menu(line: str) -> bool:
    """A web page's links or byline parted by bars ("Index | Previous | Next"): items of a
    few words each, never a transcription's line ends."""
    items = [item.split() for item in TAG.sub(" ", line).split("|")]
    return len(items) >= 3 and all(len(words) <= 3 for words in items if words)


def _barred_prose(line: str) -> bool:
    """A paragraph of a diplomatic transcription that a Word file or a web page keeps on one
    line, the original's line ends marked in it ("mi è conve-|nuto metter … di quello, che |
    haverei desiderato …": Suriano's despatches, the Venetian and Vatican editions'
    criteria): its pieces between bars are lines of writing, four words or more half of
    them at least, or a word is cut at a bar after its hyphen ("do-|mino"); never a
    table's short cells ("Counselling | 682 | 12")."""
    if BROKEN_AT_BAR.search(line):
        return True
    pieces = [piece.split() for piece in TAG.sub(" ", line).split("|")]
    pieces = [words for words in pieces if words]
    return sum(len(words) >= 4 for words in pieces) * 2 >= len(pieces)


# a clause's end inside a piece between bars ("sic valeas, | sic habeas", "pupa. sic")
CLAUSE_END = re.compile(r"[^\W\d_)][,;:.?!…]+(?=\s|$)")


def _barred_clauses(line: str) -> bool:
    """An inscription's or a graffito's text whose short lines a bar parts ("tu, pupa. sic
    valeas, | sic habeas | Venere Pompeianam | propytia, || munn"): its pieces are lines of
    two or three words, but a clause ends inside or at the end of a third of them at least,
    and half of them hold a word in lower case; a table's cells or a menu's links have
    neither ("Counselling | 682 | 12", "Home | About | Contact")."""
    pieces = [piece.strip() for piece in TAG.sub(" ", line).split("|")]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 3:
        return False
    ends = sum(1 for piece in pieces if CLAUSE_END.search(piece))
    lower = sum(1 for piece in pieces if re.search(r"(?<![^\s(])[a-z]", piece))
    return ends * 3 >= len(pieces) and lower * 2 >= len(pieces)


def _table_rows(lines: list[str]) -> bool:
    """Two lines in a row parted by the same number of bars (two or more), neither a
    paragraph's lines of writing: the rows of a table typed without its borders."""
    counts = [line.count("|") if line.count("|") >= 2 and not _barred_prose(line) else 0
              for line in lines]
    return any(a and a == b for a, b in itertools.pairwise(counts))


# an entry of a critical apparatus: the text's line number and a note's letter or a
# siglum, then the reading or the reference ("5 a Matth 1, 19", "12 b om. A")
APPARATUS_ENTRY = re.compile(r"^\s*\d{1,4}\s+[a-z]\b")


def apparatus_line(line: str) -> bool:
    """A line of a critical apparatus whose entries a bar separates ("5 a Matth 1, 19 |
    6 a Matth 1, 20 | …"): two entries of the shape number and letter at least. Its bars
    are separators, never the original's line ends."""
    return line.count("|") >= 1 and \
        sum(bool(APPARATUS_ENTRY.match(piece)) for piece in line.split("|")) >= 2


BROKEN_AT_BAR = re.compile(r"[^\W\d_]-\|[^\W\d_]")


# a word with letters in italics inside it and a letter outside them ("V*uestra*",
# "acim*ient*o", with the italic open and close marks of formats.marks)
# the signs by which a transcription of a manuscript marks its reading: a query or the
# word for what could not be read ("[?]", "[illegible]", "[word?]"), the original's page
# or folio alone on a line ("[5]", "[Page 5]", "[fol. 3v]"), letters restored inside a word
# ("[R]aybell", "w[hi]ch")
TRANSCRIPTION_SIGN = re.compile(
    r"\[\s*(?:\?|sic|illeg(?:ible|\.)?|unclear|indecipherable|torn|blot(?:ted)?|blank|"
    r"crossed\s+out|struck\s+out|erased?|inserted|interlined)\s*\]|"
    r"\[[^\[\]\s?]{1,30}\?\]|"
    r"^\s*\[\s*(?:(?:page|p\.|fol\.|f\.)\s*)?\d{1,4}[rv]?\s*\]\s*$|"
    r"(?<=[^\W\d_])\[[^\W\d_]{1,4}\](?=[^\W\d_])|(?<![\w\]])\[[^\W\d_]{1,3}\](?=[^\W\d_]{2})|"
    r"(?<=[^\W\d_]{2})\[[^\W\d_]{1,3}\](?![\w\[])", re.I | re.M)


INSIDE_WORD_ITALIC = re.compile(
    "(?<![^\\W\\d_\ufdd0\ufdd1])(?:[^\\W\\d_]+(?:\ufdd0[^\\W\\d_]{1,20}\ufdd1[^\\W\\d_]*)+"
    "|(?:\ufdd0[^\\W\\d_]{1,20}\ufdd1[^\\W\\d_]*)*\ufdd0[^\\W\\d_]{1,20}\ufdd1[^\\W\\d_]+)"
    "(?![^\\W\\d_\ufdd0\ufdd1])")
COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+-[^\W\d_]+(?![\w-])")
BRACKETED = re.compile(r"\[([^\[\]\n]{1,80})\]")
COLON_END = re.compile(r"[^\W\d_]:$")
WORD = re.compile(r"[^\W\d_]+")
# a word cut by a hyphen and a space inside a line ("ma froide vei- ne"): a printed line
# end that a web page's or an OCR's flattening kept
CARET_SUPERSCRIPT = re.compile(r"(?<=[^\W\d_])\^[^\W\d_]+(?![\d^])")
SPLIT_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)- ([^\W\d_]+)(?![\w-])")
# a colon inside a line after its first word ("the night: and", not a label's "title: X")
COLON_INSIDE = re.compile(r"\S\s+\S*[^\W\d_]:\s+\S")


# letters in a footnote's marker with no note: HSMS's sign of letters the scribe wrote above
# the line ("marabjllo[^sa]mente", "del [^que] me formo"; Context.caret_insertions)
CARET_INSERTION = re.compile(r"\[\^(?P<text>[^\W\d_]{1,4})\]")
FOOTNOTE_DEFINITION = re.compile(r"(?m)^ {0,3}\[\^[^\]\n]+\]:")


# the Leiden system's signs (Context.leiden): letters restored glued inside a word
# ("[ἐ]πὶ", "Φρυνί[χου", "tu[t]a"), and lost letters counted by dots in brackets glued to
# a word's letters or at a restoration's edge ("[.]ΠΙΦΡΥΝΙ", "S[...]rusa", "[ι] Χαιρέσ[τρατος
# .............]"), or dots of a count no editor's omission has ("[.]", "[..................]")
GLUED_RESTORATION = re.compile(r"(?<=[^\W\d_])\[[^\W\d_][^\[\]\n]{0,60}\]|"
                               r"\[[^\[\]\n]{0,60}[^\W\d_]\](?=[^\W\d_])")
COUNTED_DOTS = re.compile(r"(?<=[^\W\d_])\[\.+\]|\[\.+\](?=[^\W\d_])|"
                          r"\[(?:\.{1,2}|\.{5,})\]|\[[^\[\]\n]*[^\W\d_][^\[\]\n]* \.+\]|"
                          r"\[[^\[\]\n]*[^\W\d_] \.+ [^\[\]\n]*[^\W\d_][^\[\]\n]*\]")
# a run of dots standing for lost letters inside a restoration ("[χου ἄρχοντος ἐπὶ τῆς .]")
DOT_RUN = re.compile(r"(?<![^\s\[])\.+(?![^\s\]])")


# words or letters in angle brackets: a critical edition's addition of what the witnesses
# leave out ("Deum <dominum> summum", "se<se>", "missa<m>"; Context.angle_additions)
ANGLE_ADDITION = re.compile(r"<(?P<text>[^\W\d_]+(?: [^\W\d_]+){0,5})>")


# a word whose abbreviation an editor expands in parentheses ("aed(ilem)", "p(ublicae)",
# "sebec(i)aria"): letters outside and inside the parentheses (Context.paren_expansions)
PAREN_EXPANSION = re.compile(r"(?<![\w()\[\]])(?=[^\W\d_]|\([^\W\d_]{1,12}\)[^\W\d_])"
                             r"(?:[^\W\d_]*\([^\W\d_]{1,12}\))+[^\W\d_]*(?![\w(\[])")


def _expansion_word(word: str) -> bool:
    return bool(re.sub(r"\([^()]*\)", "", word))


# a text's own key for the signs of a draft's changes (Context.stated_key)
_KEY_SIGN = (r"[^.;]{0,80}?\b(?:inclosed|enclosed|included|placed|put|printed|set|shown)\s+"
             r"(?:with)?in\s+(?:square\s+|round\s+)?(?P<sign>brackets|parenthes[ie]s)\b")
KEY_STRUCK = re.compile(r"(?i)\b(?:struck\s+out|struck\s+through|erased|deleted|"
                        r"crossed\s+out|cancell?ed)\b" + _KEY_SIGN)
# a key of signs set as a table or a list: the sign alone in its first cell ("[ ]", "( )"),
# its meaning in words in the cells after it ("letters canceled by scraping or washing")
LEGEND_ROW = re.compile("(?:^|[\n\ufde4])\\s*(?:[-*]\\s+)?(?P<sign>\\[\\s*\\]|\\(\\s*\\))\\s*"
                        "(?:[\ufde5|:=\u2013\u2014-]|\\s{2,})(?P<meaning>[^\\n\ufde4]{1,200})")
LEGEND_STRUCK = re.compile(r"(?i)\b(?:erased|erasure|scrap(?:ed|ing)|wash(?:ed|ing)|"
                           r"cancell?ed|deleted|deletions?|struck|crossed\s+out)\b")
LEGEND_INSERTED = re.compile(r"(?i)\b(?:inserted|insertions?|interlined|added\s+by\s+the\s+"
                             r"(?:scribe|author|writer))\b")
KEY_INSERTED = re.compile(r"(?i)\b(?:inserted|added|interlined|interlineated)\b" + _KEY_SIGN)
# the letters each key's first word opens with, lower-cased: where the pattern matches, the
# lower-cased text holds one of them there (unless it has one of ODD_CASE's letters)
KEY_STRUCK_WORDS = ("struck", "erased", "deleted", "crossed", "cancel")
KEY_INSERTED_WORDS = ("inserted", "added", "interline")
# the letters that case-blind matching takes for an ASCII letter but lower() does not make
# one: long s, dotless i, I with a dot (lower() makes it two characters)
ODD_CASE = ("ſ", "ı", "İ")


def _search_at_words(pattern: re.Pattern[str], text: str, low: str,
                     words: tuple[str, ...]) -> re.Match[str] | None:
    """``pattern.search(text)`` for a case-blind *pattern* that opens (after ``\\b``) with
    one of *words* (lower case): tried only where the lower-cased text *low* holds one
    of them, in the order of the text (a search over a long text tries every place,
    case-blind, in Python's slow path). The same match: the search's first is the first
    place where the pattern matches."""
    if len(low) != len(text) or any(c in text for c in ODD_CASE):
        return pattern.search(text)
    places: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            places.add(at)
            at = low.find(word, at + 1)
    for at in sorted(places):
        m = pattern.match(text, at)
        if m:
            return m
    return None


def _split_words_out(text: str) -> str:
    """``SPLIT_WORD.sub(" ", text)``, line by line and only on the lines that hold a
    hyphen and a space (a match never holds a line's end, and the line's end stands
    for it either side as the look behind and ahead see it)."""
    if "- " not in text:
        return text
    return "\n".join(SPLIT_WORD.sub(" ", line) if "- " in line else line
                     for line in text.split("\n"))


@dataclass
class Context:
    """Shared state while one source is read."""

    source: SourceText
    diags: Collector
    style: str = ""
    notes: dict[str, NoteSource] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    annotated: bool | None = None      # the source has annotation lines (_note: …)
    applied: dict[str, int] = field(default_factory=dict)     # rule -> times applied
    affiliations: dict[str, str] = field(default_factory=dict)   # speaker label -> party etc.
    speaker_names: dict[str, str] = field(default_factory=dict)  # label as printed -> name
    letter_speakers: frozenset[str] = frozenset()   # "(H)" / "(T)": letters that take turns
    spoken: bool = False                 # the text is a record of speech (it has turns)
    bare_labels: frozenset[str] = frozenset()   # "QUESTION" / "MR. HOLT": capitals, no colon
    variant_labels: dict[str, str] = field(default_factory=dict)   # OCR's "Mr, Erskine" -> key
    # an act's dates in its closing clauses ("DONE at …"): (ISO date, line, as printed)
    closing_dates: list[tuple[str, int, str]] = field(default_factory=list)
    # the years of dating clauses by the era ("anno Domini 1528"): the document's date only
    # where nothing else dates it, (ISO year, line, as printed)
    era_dates: list[tuple[str, int, str]] = field(default_factory=list)
    court_labels: frozenset[str] = frozenset()  # "Ct." among an examination's Q. and A.
    abbrev_labels: frozenset[str] = frozenset()  # a play's "Els." / "No.": names cut short
    # the document's "Name, office" labels and their offices' first words (turns._long_labels)
    long_labels: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    verse_lines: bool = False            # one verse line a paragraph ("(20) Hoc usque …")
    block_quotes: list = field(default_factory=list)   # the <quote>s of quoted passages
    rhymed_verse: bool = False           # verse_lines by rhyme, in a script without capitals
    column_lines: bool | None = None     # "Column I" … "Column II" alone on lines, in order

    _compounds: set[str] | None = None
    _words: set[str] | None = None
    _words_apart_from_bars: set[str] | None = None
    _line_width: int | None = None
    _soft_breaks: bool | None = None
    _line_bars: bool | None = None
    _colon_hyphens: bool | None = None
    _caret_superscripts: bool | None = None
    _expansions: bool | None = None
    _transcription: bool | None = None
    _stated_key: dict[str, str] | None = None
    _caret_insertions: bool | None = None
    _leiden: bool | None = None
    _angle_additions: bool | None = None
    _paren_expansions: bool | None = None
    _brackets: dict[str, int] | None = None
    _lines_matching: dict[re.Pattern[str], int] = field(default_factory=dict)
    _brackets_over_lines: dict[str, int] | None = None

    def compounds(self) -> set[str]:
        """The hyphenated words the text prints within a line ("cross-examination"), once:
        a word broken at a line end after its own hyphen keeps it."""
        if self._compounds is None:
            self._compounds = {m.group(0).casefold() for m in COMPOUND.finditer(
                self.source.text)}
        return self._compounds

    def words(self) -> set[str]:
        """Every word the text prints whole (casefolded), once, the halves of words cut by a
        hyphen and a space inside a line ("vei- ne") not counted: the evidence that such
        halves are one word the text knows."""
        if self._words is None:
            self._words = set(WORD.findall(_split_words_out(self.source.text).casefold()))
        return self._words

    def words_apart_from_bars(self) -> set[str]:
        """The words the text prints whole away from a spaced line bar (the halves on either
        side of "planta | tio" not counted): the evidence that a half is a word of its own."""
        if self._words_apart_from_bars is None:
            text = SPACED_BAR_HALVES.sub(" ", _split_words_out(self.source.text))
            self._words_apart_from_bars = set(WORD.findall(text.casefold()))
        return self._words_apart_from_bars

    def line_width(self) -> int:
        """The width the text's lines are wrapped at (the median of its lines of some
        length; 0 for a text of few lines, or of lines not cut at one width)."""
        if self._line_width is None:
            widths = sorted(len(t) for t in (line.strip() for line in self.source.lines)
                            if len(t) >= 20)
            self._line_width = widths[len(widths) // 2] if len(widths) >= 10 else 0
        return self._line_width

    def soft_breaks(self, wrapped) -> bool:
        """Does the source's format make a line end inside a paragraph a space (Markdown,
        reST, AsciiDoc, Org: a soft break; a hard break is marked), and is the text not set
        line by line? Evidence: half of its paragraphs of several plain lines at least read
        as wrapped prose (*wrapped*: shapes.is_wrapped); a poem or a transcription kept
        line by line has none such, and keeps its lines."""
        if self._soft_breaks is None:
            self._soft_breaks = False
            if self.source.format in ("markdown", "rst", "asciidoc", "org"):
                broken = self.source.hints.broken_lines
                several = [b.lines for b in self.source.blocks() if len(b.lines) >= 2
                           and not any(ln.kind or ln.number in broken for ln in b.lines)]
                self._soft_breaks = bool(several) and \
                    sum(1 for lines in several if wrapped(lines)) * 2 >= len(several)
        return self._soft_breaks

    def line_bars(self) -> bool:
        """Does the text mark the original's line ends with a bar standing between words or
        at a paragraph's end ("Serenissimo Principe |", "qualche giorno | di più"), as a
        diplomatic transcription does? Three such bars at least, and no line of a table."""
        if self._line_bars is None:
            barred = [line for line in self.source.lines if "|" in line]
            bars = sum(len(LINE_BAR.findall(line)) for line in barred
                       if not _menu(line) and not apparatus_line(line))
            self._line_bars = bars >= 3 and not any(
                line.lstrip().startswith("|") or (line.count("|") >= 3 and not _barred_prose(line)
                                                  and not _barred_clauses(line))
                for line in barred) and not _table_rows(self.source.lines)
        return self._line_bars

    def caret_superscripts(self) -> bool:
        """Does the text write the letters set above the line after a caret, as HTR
        transcriptions do (CREMMA, SegmOnto: "S^t", "M^r", "m^me")? Two carets at least,
        every one of them between letters (never paired, never before a space, a digit or
        another caret: no formula, no Pandoc superscript)."""
        if self._caret_superscripts is None:
            text = self.source.text
            carets = text.count("^")
            self._caret_superscripts = carets >= 2 and \
                len(CARET_SUPERSCRIPT.findall(text)) == carets
        return self._caret_superscripts

    def angle_additions(self) -> bool:
        """Does the text add the words its witnesses leave out in angle brackets, as
        critical editions of classical and medieval texts do (and Leiden's scribal
        omissions)? Two such groups at least that are no HTML element's name, one of them
        glued inside a word ("se<se>", "missa<m>"), and no closing tag anywhere (an HTML
        text closes its elements)."""
        if self._angle_additions is None:
            from ..formats.markdown import HTML_TAGS
            text = self.source.text
            self._angle_additions = False
            if "<" in text and "</" not in text:
                found = list(ANGLE_ADDITION.finditer(text))
                named = [m for m in found if m.group("text").casefold() not in HTML_TAGS]
                glued = [m for m in named if text[m.start() - 1:m.start()].isalpha()
                         or text[m.end():m.end() + 1].isalpha()]
                self._angle_additions = len(named) >= 2 and bool(glued)
        return self._angle_additions

    def paren_expansions(self) -> bool:
        """Does the edition expand abbreviations in parentheses inside the words, as the
        Leiden system does ("aed(ilem)", "r(ei) p(ublicae)")? Three such words at least, two
        of them different, in a text that shows the Leiden system otherwise (its lacunae or
        its line bars: Context.leiden, Context.line_bars); a word with a letter in
        parentheses elsewhere ("word(s)") is a plural's."""
        if self._paren_expansions is None:
            text = self.source.text
            found = [m.group(0) for m in PAREN_EXPANSION.finditer(text)
                     if _expansion_word(m.group(0))] if "(" in text else []
            self._paren_expansions = len(found) >= 3 and len(set(found)) >= 2 \
                and not any(w.endswith("(s)") or w.endswith("(es)") for w in found) \
                and (self.leiden() or self.line_bars())
        return self._paren_expansions

    def leiden(self) -> bool:
        """Does the text write its lacunae in the Leiden system, as editions of inscriptions
        and papyri do? Two restorations at least glued inside words ("[ἐ]πὶ Φρυνί[χου",
        "tu[t]a") or glued dots, and lost letters counted by dots (COUNTED_DOTS: "[.]",
        "[..................]", "S[...]rusa", "[τρατος .............]"). Then a bracket of
        dots is letters lost on the object, never words an editor left out."""
        if self._leiden is None:
            text = self.source.text
            self._leiden = False
            if "[" in text:
                glued = len(GLUED_RESTORATION.findall(text))
                counted = COUNTED_DOTS.findall(text)
                glued_dots = sum(1 for c in counted if c.startswith("[."))
                self._leiden = bool(counted) and glued + glued_dots >= 2 and glued >= 1
        return self._leiden

    def caret_insertions(self) -> bool:
        """Does the text mark the letters a scribe wrote above the line with a footnote's
        marker that has no note, as the HSMS transcriptions of Old Spanish do
        ("marabjllo[^sa]mente", "mesq[^i]na", "del [^que] me formo")? Two such markers of
        one to four letters at least, one of them between the letters of a word, and no
        footnote defined anywhere in the file (no note lost its marker)."""
        if self._caret_insertions is None:
            text = self.source.text
            found = list(CARET_INSERTION.finditer(text)) if "[^" in text else []
            glued = sum(1 for m in found if text[m.start() - 1:m.start()].isalpha()
                        and text[m.end():m.end() + 1].isalpha())
            self._caret_insertions = len(found) >= 2 and glued >= 1 \
                and not FOOTNOTE_DEFINITION.search(text) and not self.notes
        return self._caret_insertions

    def colon_hyphens(self) -> bool:
        """Does the text break words at its line ends with a colon, as early modern Italian
        hands do ("va:" / "di", "Succes:" / "sore")? Three such lines at least, two thirds
        of the lines that end in a colon after a letter go on in lower case, and colons
        within lines are rare (a text's own colons stand there)."""
        if self._colon_hyphens is None:
            lines = [plain(line).strip() for line in self.source.lines]
            ends = [k for k, text in enumerate(lines[:-1]) if COLON_END.search(text)]
            broken = sum(1 for k in ends if lines[k + 1][:1].islower())
            inside = sum(len(COLON_INSIDE.findall(text)) for text in lines if ":" in text)
            self._colon_hyphens = broken >= 3 and broken * 3 >= len(ends) * 2 \
                and inside * 4 <= broken
        return self._colon_hyphens

    def bracket_count(self, inside: str) -> int:
        """How often the text puts these words, alone, in square brackets (casefolded, the
        spaces collapsed): a transcriber's cue of a show recurs ("[win alert]" seventeen
        times), the words an editor restores are their place's own."""
        if self._brackets is None:
            self._brackets = {}
            for m in BRACKETED.finditer(self.source.text):
                key = " ".join(plain(m.group(1)).casefold().split())
                self._brackets[key] = self._brackets.get(key, 0) + 1
        return self._brackets.get(" ".join(plain(inside).casefold().split()), 0)

    def lines_matching(self, pattern: re.Pattern[str], cue: str = "") -> int:
        """How many of the source's lines, stripped of marks and spaces, *pattern* matches
        (a form that counts only where it recurs; *cue*: a piece every match holds)."""
        if pattern not in self._lines_matching:
            self._lines_matching[pattern] = sum(
                1 for line in self.source.lines
                if cue in line and pattern.match(plain(line).strip()))
        return self._lines_matching[pattern]

    def bracket_count_over_lines(self, inside: str) -> int:
        """bracket_count, with the brackets a line's end cuts ("[senior administration" /
        "official]") and those a format escapes ("\\[…\\]", Markdown) counted too."""
        if self._brackets_over_lines is None:
            self._brackets_over_lines = {}
            text = " ".join(self.source.text.replace("\\[", "[").replace("\\]", "]").split())
            for m in BRACKETED.finditer(text):
                key = " ".join(plain(m.group(1)).casefold().split())
                self._brackets_over_lines[key] = self._brackets_over_lines.get(key, 0) + 1
        return self._brackets_over_lines.get(" ".join(plain(inside).casefold().split()), 0)

    def stated_key(self) -> dict[str, str]:
        """The signs the text's own key says mark words struck out and words inserted (a
        draft's edition: "the parts struck out are printed in Italics and inclosed in
        brackets--and those inserted are inclosed in parenthesis"): "[" or "(" -> "del" or
        "add", "-italic" after it where the key says the words are in italics too; empty
        where the text states no such key, or one sign for both."""
        if self._stated_key is None:
            text = " ".join(self.source.text.split())
            low = text.lower()
            found = [(element + ("-italic" if "italic" in m.group(0).casefold() else ""),
                      m.group("sign")[:1].casefold())
                     for element, pattern, words in (("del", KEY_STRUCK, KEY_STRUCK_WORDS),
                                                     ("add", KEY_INSERTED, KEY_INSERTED_WORDS))
                     if (m := _search_at_words(pattern, text, low, words))]
            for m in LEGEND_ROW.finditer(self.source.text) if "[" in text else ():
                meaning = plain(m.group("meaning"))      # (a legend's row: "[ ] | square
                sign = "b" if m.group("sign")[0] == "[" else "p"   # brackets | letters
                if sign in [s for _, s in found]:       # canceled by scraping")
                    continue
                if LEGEND_STRUCK.search(meaning):
                    found.append(("del", sign))
                elif LEGEND_INSERTED.search(meaning):
                    found.append(("add", sign))
            signs = [sign for _, sign in found]
            self._stated_key = {"[" if sign == "b" else "(": element for element, sign in found
                                } if len(set(signs)) == len(signs) else {}
        return self._stated_key

    def transcription(self) -> bool:
        """Is the text a transcription of a manuscript by its own signs? Two of its editorial
        signs at least (TRANSCRIPTION_SIGN: a query or "[illegible]", the original's page
        numbers in brackets on lines of their own, letters restored inside a word): the
        evidence that a strike-through is the writer's deletion, not typography."""
        if self._transcription is None:
            found = sum(len(TRANSCRIPTION_SIGN.findall(plain(line)))
                        for line in self.source.lines if "[" in line)
            self._transcription = found >= 2
        return self._transcription

    def expansion_italics(self) -> bool:
        """Does the edition set the letters it supplies in expanding abbreviations in
        italics inside the words ("V*uestra* S*eñoría*", "acim*ient*o"), as Spanish and
        Latin-American palaeographic norms, and many editions in Italian, Portuguese and
        English, do? Five such words at least, three of them different: one or two words
        with an italic syllable are emphasis."""
        if self._expansions is None:
            found = [m.group(0) for line in self.source.lines if "\ufdd0" in line
                     for m in INSIDE_WORD_ITALIC.finditer(line)]
            self._expansions = len(found) >= 5 and len({plain(w).casefold()
                                                        for w in found}) >= 3
        return self._expansions

    def fired(self, rule: str) -> None:
        """Record that an encoding rule was applied (for editorialDecl and the report)."""
        count = self.applied.get(rule)   # (the dict, not the list: fired for every block)
        if count is None:
            self.rules.append(rule)
        self.applied[rule] = (count or 0) + 1

    def retract(self, rule: str) -> None:
        """Forget a rule whose every result a later pass undid (a postscript that is an
        annex's heading), so editorialDecl does not describe it."""
        if self.applied.pop(rule, None) is not None:
            self.rules.remove(rule)

    def leave_out(self, lines, reason: str, code: str) -> None:
        """Record source lines that are deliberately not encoded."""
        lines = list(lines)
        text = " / ".join(plain(line.text).strip() for line in lines)   # (no mark signs)
        self.left_out.append(LeftOut(lines[0].number, lines[-1].number, text, reason, code))
        self.fired("left-out")

    def warn(self, span: Span, offset: int, message: str, code: str) -> None:
        line, col = span.pos(offset)
        self.diags.warn(message, code, line, col)


@dataclass
class Reading:
    """A reader's result: metadata and the TEI body, before transforms."""

    style: str
    meta: Meta
    body: etree._Element
    context: Context

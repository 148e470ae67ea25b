"""ATF, the transliteration format of CDLI and ORACC (cuneiform texts: C-ATF and
O-ATF, as documented by ORACC's "Editing in ATF" and CDLI's C-ATF pages), read by a small
line scanner:

- ``&P509373 = AbB 01, 059`` opens a text: its designation is a heading (and the
  document's title when nothing else names it), its CDLI number a field of the header;
- ``#atf: lang akk`` names the text's language (to the header); other ``#atf:`` and
  ``#link:`` protocol lines are format markup, left out and reported; ``#tr.en:`` is a
  line's translation (below); any other ``#`` line (``# reading doubtful``, ``#note: …``)
  is the editor's comment: a ``<note type="comment">`` where it stands, between the
  lines before and after it (ORACC's quick reference: "# comment line");
- ``@tablet`` (``@envelope``, ``@prism``, ``@object …``) and ``@obverse`` (``@reverse``,
  ``@left``, ``@edge``, ``@surface …``, ``@seal 1``, ``@column 2``) are the object, its
  surfaces and columns: headings of nested divisions, the words without the ``@``;
- ``1.``, ``1'.``, ``12a.`` open a line of the tablet: ``<lb n="1'"/>`` and its
  transliteration, the lines of one surface one paragraph; ``#tr.en:`` and ``>>`` under a
  line are its translation and links, kept as the line's words;
- ``$ rest broken``, ``$ 3 lines broken``, ``$ single ruling`` are the editor's notes
  on the object's state: a bracketed notice (``[rest broken]``), which the conventions
  make a ``<gap>`` (with its extent) or an editorial note;
- in the lines, ``[...]`` is lost (``<gap reason="lost"/>``), ``[x x]`` signs lost that
  were counted, ``[a-na]`` restored (``<supplied>``); a sign's flags, as ORACC's quick
  reference defines them: ``#`` "damage to sign", the sign read, ``<unclear
  reason="damage">``; ``?`` "uncertainty of identification or reading", ``<unclear>``
  (both: the one inside the other); ``!`` (a sign the editor corrected, the tablet's own
  sign given only by ``!(SIGN)``) and ``*`` (collated) have no TEI element that says as
  much and stay as written, as do ``{d}`` and ``_…_`` (readers.inline knows the file is
  ATF).

The lines before the first ``&`` line and between texts (a CDLI download's catalogue
fields, "Primary publication: …") are read as plain text lines.

Why a scanner of our own: ``pyoracc`` (MIT, UCL) is a PLY grammar whose last release is of
2018; it validates whole files and rejects one off the grammar, does not give each
element's source line, and turns lines into its own object model, not text that keeps
every sign; ATF is line based, and its structure lines are few."""
from __future__ import annotations

import re

from ..diagnostics import Collector
from ..sourcetext import SourceText
from . import marks, suffix
from .lines import LineScanner

NAME = "atf"
TEXT_LINE = re.compile(r"^&(?P<id>[PQX]\d{6})\s*=\s*(?P<name>.*?)\s*$")
PROTOCOL = re.compile(r"^#(?:atf|link|project|key|bib|version)\s*:\s*(?P<rest>.*)$", re.I)
LANG = re.compile(r"^lang\s+(?P<lang>[a-z]{2,3})\b", re.I)
OBJECT = re.compile(r"^@(?P<what>tablet|envelope|prism|bulla|fragment|object|cylinder|"
                    r"brick|cone|seal|docket|composite)\b\s*(?P<rest>.*)$", re.I)
SURFACE = re.compile(r"^@(?P<what>obverse|reverse|left|right|top|bottom|edge|face|surface|"
                     r"column|h\d|side|legend)\b\s*(?P<rest>.*)$", re.I)
OTHER_AT = re.compile(r"^@(?P<what>[a-z]+)\b\s*(?P<rest>.*)$", re.I)
NUMBERED = re.compile(r"^(?P<n>\d+[a-z]?'*)\.\s+(?P<text>.*)$")
STATE = re.compile(r"^\$\s*\(?(?P<text>[^()]*?)\)?\s*$")
FIELD = re.compile(r"^[^\W\d_][^:]{0,40}:(?:\s|$)")
TRANSLATION = re.compile(r"^#tr(?:\.[\w-]+)?\s*:", re.I)
COMMENT = re.compile(r"^#+\s*(?:note\s*:\s*)?(?P<text>.*?)\s*$", re.I)
# a sign and its flags ("se3#", "ka?", "sza3#?"): a grapheme (letters, figures, primes,
# a number's "(disz)") run up to the flags, outside the brackets
FLAGGED = re.compile(r"(?P<sign>[^\s\-.:+{}\[\]<>()_#?!*\ufdd0-\ufdef]+(?:\([^()\s]*\))?)"
                     r"(?P<flags>[#?!*]*[#?][#?!*]*)(?=[\s\-.:+{}\]<>_]|$)")
OUTSIDE_BRACKETS = re.compile(r"\[[^\[\]]*\]|[^\[]+|\[")
SNIFF_TEXT = re.compile(r"(?m)^&[PQX]\d{6}\s*=")
SNIFF_MORE = re.compile(r"(?m)^(?:@(?:obverse|reverse|tablet)\b|#atf:)")
SNIFF_LINE = re.compile(r"(?m)^\d+'*\.\s")


def sniff(name: str, data: bytes) -> float:
    head = data[:20000].decode("utf-8", "replace")
    if not SNIFF_TEXT.search(head):
        return 0.0
    if SNIFF_MORE.search(head) and SNIFF_LINE.search(head):
        return 0.95                 # a text line, its object or protocol, numbered lines
    return 0.7 if suffix(name) == ".atf" else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    return _Scanner.read(name, data, encoding, diags)


class _Scanner(LineScanner):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.rows: list[tuple[int, str, str]] = []     # the block being collected
        self.surface: list[str] = []                   # the tablet lines of one paragraph
        self.surface_line = 0
        self.in_text = False
        self.preamble: list[tuple[int, str, str]] = []   # lines over a text (its record)

    def scan(self) -> None:
        for number, raw in enumerate(self.lines, 1):
            line = raw.strip()
            m = TEXT_LINE.match(line)
            if m:
                self.record()
                self.flush()
                self.in_text = True
                self.text_line(number, m)
                continue
            if not self.in_text:
                self.plain(number, raw)
                continue
            if not line:
                self.flush()
                continue
            if FIELD.match(line) and not line.startswith(("#", "@", "$", ">>")) \
                    and not NUMBERED.match(line):
                self.flush()               # a record's first field after a text: the next
                self.in_text = False       # record begins
                self.plain(number, raw)
                continue
            self.atf_line(number, line, raw)
        self.flush()
        self.out.block(self.preamble)
        self.out.hints.rules.append("atf")

    def plain(self, number: int, raw: str) -> None:
        """A line outside the texts (a catalogue's fields): as in a plain text."""
        if raw.strip():
            self.preamble.append((number, raw.rstrip(), ""))
        elif self.preamble and not FIELD.match(self.preamble[-1][1]):
            self.out.block(self.preamble)
            self.preamble = []

    def record(self) -> None:
        """The lines over a text: a catalogue's record of it ("Primary publication: AbB 01,
        059" / "Author(s): …" / … / "Transliteration:", CDLI's download) when three of its
        lines at least are "Label: value" fields: its first line heads the record's
        division, the text under it; else the lines as they are."""
        rows, self.preamble = self.preamble, []
        if sum(1 for _, text, _ in rows if FIELD.match(text)) >= 3 and FIELD.match(rows[0][1]):
            self.out.block([(rows[0][0], rows[0][1], "h1")])
            rows = rows[1:]
        self.out.block(rows)

    def text_line(self, number: int, m: re.Match) -> None:
        designation = m.group("name") or m.group("id")
        self.out.block([(number, designation, "h2")])
        self.out.hints.fields.append(("CDLI no." if m.group("id")[0] == "P" else
                                      "ORACC no.", m.group("id")))
        if self.out.hints.title is None:
            self.out.hints.title = designation
        self.out.leave_out(number, number, f"&{m.group('id')} =", "the text's number (in the "
                           "header) before its designation (ATF markup)", "format-markup")

    def atf_line(self, number: int, line: str, raw: str) -> None:
        protocol = PROTOCOL.match(line)
        if protocol:
            lang = LANG.match(protocol.group("rest"))
            if lang and self.out.hints.language is None:
                self.out.hints.language = lang.group("lang").lower()
            self.out.leave_out(number, number, line, "an ATF protocol line (its language "
                               "to the header)" if lang else "an ATF protocol line",
                               "format-markup")
            return
        structure = OBJECT.match(line) or SURFACE.match(line)
        if structure or (line.startswith("@") and OTHER_AT.match(line)):
            m = structure or OTHER_AT.match(line)
            assert m is not None
            level = "h3" if OBJECT.match(line) else "h4"
            self.flush()
            words = " ".join((m.group("what") + " " + m.group("rest")).split())
            self.out.block([(number, words, level)])
            return
        numbered = NUMBERED.match(line)
        if numbered:
            self.close_rows()
            if not self.surface:
                self.surface_line = number
            self.surface.append(marks.milestone("lb", numbered.group("n"))
                                + _flagged(numbered.group("text").strip()))
            return
        state = STATE.match(line)
        if line.startswith("$") and state:
            self.flush()
            self.out.block([(number, f"[{state.group('text').strip()}]", "")])
            return
        if line.startswith("#") and not TRANSLATION.match(line):
            comment = COMMENT.match(line)
            self.flush()                   # the editor's comment: a note where it stands
            if comment and comment.group("text"):
                self.out.block([(number, comment.group("text"), "comment")])
                self.out.hints.rules.append("atf-comment")
                return
        if line.startswith("#") or line.startswith(">>"):
            self.flush()                   # a translation, a link
            self.out.block([(number, line.lstrip("#>").strip() or line, "")])
            return
        if self.surface:                   # a line run on under a tablet line
            self.surface[-1] += " " + line
            return
        self.rows.append((number, raw.rstrip(), ""))

    def close_rows(self) -> None:
        if self.rows:
            self.out.block(self.rows)
            self.rows = []

    def flush(self) -> None:
        self.close_rows()
        if self.surface:
            self.out.block([(self.surface_line, " ".join(self.surface), "")])
            self.surface = []


def _flagged(text: str) -> str:
    """A line's signs with their flags (FLAGGED): "#" damaged, carried as a mark
    (formats.marks) to the inline reader; "?" queried, as the query every transcription
    writes ("[ka?]": readers.inline's <unclear>); "!" and "*" stay in the text. Inside
    brackets (words restored where the tablet is lost) nothing is flagged."""
    if "#" not in text and "?" not in text:
        return text

    def one(m: re.Match) -> str:
        sign, flags = m.group("sign"), m.group("flags")
        if "?" in flags:
            sign = f"[{sign}?]"
        if "#" in flags:
            sign = marks.hi("damaged", sign)
        return sign + flags.replace("#", "").replace("?", "")
    return "".join(piece if piece.startswith("[") else FLAGGED.sub(one, piece)
                   for piece in OUTSIDE_BRACKETS.findall(text))

"""OpenITI mARkdown (the Open Islamicate Texts Initiative's ~10,000 premodern Arabic and
Persian texts, and KITAB's Shamela exports in the same form), read by a small scanner of
the scheme documented at github.com/OpenITI/mARkdown_scheme:

- the magic line ``######OpenITI#`` (the older ``#####ARABICA#…``) and the header's
  ``#META# 020.BookTITLE :: …`` lines (older files: ``#NewRec#``, ``#000000#``, between
  ``######## BEGofRECORD ###`` and ``#####ARABICA#…XXX#``) up to ``#META#Header#End#``:
  every value to the teiHeader (title, author, dates, edition, publisher as the source's
  fields), never the text; the placeholders ``NODATA`` / ``NOTGIVEN`` left out, reported;
- ``# `` opens a paragraph and ``~~`` goes on with it (one paragraph, its lines joined);
- ``### |`` … ``### |||||`` are headings, their level the number of bars (nested
  divisions); ``### |EDITOR|`` an editor's heading; ``### $`` (biographies), ``### @``
  (events) and their long forms ``### $BIO_MAN$`` … open an entry, a paragraph of its own
  (the tag left out, reported);
- ``PageV01P095`` is where page 95 of volume 1 of the printed edition begins: ``<pb
  n="95"/>`` (the page number as printed, what a reader cites and what every other
  teikit page break carries); the volume is a ``<milestone unit="volume" n="1"/>`` where
  it changes (TEI's ``@ed`` names an edition, not a volume, and ``n="1:95"`` is no page
  number as printed); ``PageV00P000`` (no page known) is an unnumbered ``<pb/>``;
- ``ms001`` (and the older ``Milestone300``) are OpenITI's own 300-word milestones,
  ``<milestone unit="ms" n="1"/>`` where they stand;
- a line with ``%~%`` is a verse, its hemistichs parted by the caesura: ``<lg>`` of
  ``<l>`` with ``<caesura/>``; Shamela's ``hemistich ... hemistich`` form is a verse
  only with evidence in the document: a neighbouring line of the same form, or a metre
  label over it;
- a bracketed word closing the paragraph over a verse (``أبوك الذي يقول: [طويل]``) or
  standing alone over it is the verse's metre: ``<label type="metre">`` in its ``<lg>``
  (never words an editor supplied);
- the analytical tags ``@TOP02``, ``@PER01``, ``@SRC``, ``@SOC``, ``@MATN@``, ``@HUKM@``,
  ``#$#FROM`` … and ``@YB``/``@YD``/``@YY``/``@YA`` (their year kept) are left out and
  reported.

Why a scanner of our own: the OpenITI parser ``oimdp`` (MIT, last release 2023) gives the
document's structures but not the source line of each, nor a way to keep every character
the tags leave, and ``openiti`` (the project's helper library) has no mARkdown reader;
the scheme is line based and small."""
from __future__ import annotations

import re
from pathlib import PurePath

from ..diagnostics import Collector
from ..sourcetext import SourceText
from . import marks
from .lines import LineScanner

NAME = "openiti"
NAMES = (".mARkdown", ".completed", ".inProgress")
MAGIC = re.compile(r"^\ufeff?#{5,6}(?:OpenITI|ARABICA)#")
# an OpenITI version's file name: 0276IbnQutaybaDinawari.CuyunAkhbar.Shamela0023790-ara1
URI_NAME = re.compile(r"^\d{4}[A-Za-z]+\.[A-Za-z0-9]+\.[A-Za-z]+[A-Za-z0-9]*-[a-z]{3}\d+"
                      r"(?:\.(?:mARkdown|completed|inProgress|txt))?$")
META = re.compile(r"^#(?:META|NewRec|\d{6})#\s*(?P<key>.*?)\s*::\s*(?P<value>.*)$")
META_OTHER = re.compile(r"^#META#(?P<rest>.*)$")
HEADER_LINE = re.compile(r"^(?:#{5,6}(?:OpenITI|ARABICA)#.*|#{3,}\s*BEGofRECORD\s*#*"
                         r"|#META#Header#End#?)\s*$")
HEADING = re.compile(r"^###\s*(?P<bars>\|+)(?P<editor>EDITOR\|)?\s*(?P<text>.*)$")
ENTRY = re.compile(r"^###\s*(?P<tag>\$[A-Z_]*\$?|\$+|@(?:\s*RAW)?)(?=\s|$)\s*(?P<text>.*)$")
PAGE = re.compile(r"PageV(?P<v>\d+)P(?P<p>\d+)[a-z]?")
MILESTONE = re.compile(r"(?<![\w@])(?:ms(?P<n>\d{1,6})|Milestone300)(?![\w])")
HEMISTICH = "%~%"
SHAMELA_VERSE = re.compile(r"^(?P<a>\S+(?:\s+\S+){1,11})\s+\.\.\.\s+(?P<b>\S+(?:\s+\S+){1,11})$")
METRE = re.compile(r"\s*\[(?P<m>[^\W\d_]+(?:\s[^\W\d_]+)?)\]\s*$")
# analytical tags: left out (a year tag's year is kept, the words it dates follow it)
TAGS = re.compile(r"@(?:TOP|PER|SRC|SOC|T|P|S)\d{2}\b|@(?:[A-Z][A-Z_]*@)+|#\$#[A-Z]+\b"
                  r"|^#~:[^:\n]*:|@(?:YB|YD|YY|YA)(?=\d)")
PLACEHOLDER = {"NODATA", "NOTGIVEN", ""}
# the header's keys (after their number: "020.BookTITLE") -> the label of the field
FIELDS = {"BookTITLE": "title", "BookTITLESUB": "subtitle", "BookTITLEalt": "other title",
          "AuthorNAME": "author", "AuthorAKA": "author also known as",
          "AuthorBORN": "author born (AH)", "AuthorDIED": "author died (AH)",
          "BookSUBJ": "subject", "BookVOLS": "volumes", "BookLANG": "language",
          "EdEDITOR": "editor", "EdALL": "edition", "EdNUMBER": "edition number",
          "EdPUBLISHER": "publisher", "EdPLACE": "place of publication",
          "EdYEAR": "year of the edition", "EdISBN": "ISBN", "EdPAGES": "pages",
          "EdVOLUME": "volume", "LibURI": "library identifier", "LibURL": "library address",
          "LibREADONLINE": "read online", "BookURI": "OpenITI URI", "SortField": "sort field"}


def sniff(name: str, data: bytes) -> float:
    head = data[:4000].decode("utf-8", "replace")
    lines = [ln for ln in head.split("\n")[:8] if ln.strip()]
    if lines and MAGIC.match(lines[0]):
        return 0.99                     # the magic line opens the file
    base = PurePath(name).name
    named = PurePath(name).suffix in NAMES or bool(URI_NAME.match(base))
    body = data[:20000].decode("utf-8", "replace")
    shaped = bool(PAGE.search(body)) and bool(re.search(r"(?m)^~~", body)) \
        and len(re.findall(r"(?m)^# ", body)) >= 2
    if named and (shaped or "#META#" in body):
        return 0.95
    if shaped and "#META#" in body:
        return 0.9
    return 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    return _Scanner.read(name, data, encoding, diags)


class _Scanner(LineScanner):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        # paragraphs: (first line, text, kind) where kind is "" or "h<level>"
        self.paras: list[tuple[int, str, str]] = []
        self.volume: str | None = None

    # -- the file's lines ------------------------------------------------------------------
    def scan(self) -> None:
        body = self.header()
        current: list[tuple[int, str]] = []
        for i in range(body, len(self.lines)):
            number, line = i + 1, self.lines[i].rstrip()
            if not line.strip():
                continue
            if line.startswith("~~"):
                if current:
                    current.append((number, line[2:]))
                else:
                    current = [(number, line[2:])]
                continue
            self.end(current)
            current = []
            if HEADER_LINE.match(line):
                self.out.leave_out(number, number, line, "an OpenITI header line "
                                   "(format markup)", "format-markup")
                continue
            heading = HEADING.match(line)
            if heading:
                if heading.group("editor"):
                    self.out.leave_out(number, number, "### |EDITOR|", "an OpenITI "
                                       "editor's section mark (format markup)",
                                       "format-markup")
                level = min(len(heading.group("bars")), 6)
                current = [(number, heading.group("text"))]
                self.paras.append((-1, "", f"h{level}"))      # (its kind, for end())
                continue
            entry = ENTRY.match(line)
            if entry:
                self.out.leave_out(number, number, f"### {entry.group('tag')}", "an OpenITI "
                                   "entry tag (biography, event: format markup)",
                                   "format-markup")
                current = [(number, entry.group("text"))]
                continue
            current = [(number, line[2:] if line.startswith("# ") else line)]
        self.end(current)
        self.write()

    def header(self) -> int:
        """The header's lines: their values to the teiHeader; the first line of the text."""
        i = 0
        started = False
        while i < len(self.lines):
            line = self.lines[i].strip()
            number = i + 1
            meta = META.match(line)
            if not line:
                i += 1
                continue
            if meta:
                started = True
                self.field(number, meta.group("key"), meta.group("value"), line)
            elif META_OTHER.match(line) and not line.startswith("#META#Header#End"):
                started = True
                rest = META_OTHER.match(line).group("rest").strip()   # type: ignore[union-attr]
                if rest:
                    self.out.hints.fields.append(("META", rest))
                self.out.leave_out(number, number, line, "an OpenITI header line: its "
                                   "value is in the header", "front-matter")
            elif HEADER_LINE.match(line):
                started = True
                self.out.leave_out(number, number, line, "an OpenITI header line (format "
                                   "markup)", "format-markup")
                if line.startswith("#META#Header#End") or (
                        "ARABICA" in line and line.rstrip("#").endswith("XXX")):
                    return i + 1
            else:
                return i if started else 0
            i += 1
        return i

    def field(self, number: int, key: str, value: str, line: str) -> None:
        value = " ".join(value.split())
        name = re.sub(r"^\d+\.", "", key.strip())
        if value.upper() in PLACEHOLDER:
            self.out.leave_out(number, number, line, "an OpenITI header field with no value "
                               f"({value or 'empty'})", "front-matter")
            return
        label = FIELDS.get(name, name or "META")
        hints = self.out.hints
        if label == "title" and not hints.title:
            hints.title = value
        if name.startswith("LibURL") and value.startswith(("http://", "https://")) \
                and not hints.url:
            hints.url = value
        if (label, value) not in hints.fields:
            hints.fields.append((label, value))
        self.out.leave_out(number, number, line, "an OpenITI header field: its value is in "
                           "the header", "front-matter")

    # -- paragraphs ------------------------------------------------------------------------
    def end(self, current: list[tuple[int, str]]) -> None:
        """A paragraph (or heading) read: its lines joined, its tags left out."""
        kind = ""
        if self.paras and self.paras[-1][0] == -1:
            kind = self.paras.pop()[2]
        if not current:
            return
        number = current[0][0]
        text = " ".join(" ".join(t.split()) for _, t in current if t.strip())
        text = self.tags(number, text)
        if not text.strip():
            if kind:
                self.out.leave_out(number, number, self.lines[number - 1].strip(), "an "
                                   "OpenITI heading mark with no words", "format-markup")
            return
        self.paras.append((number, text, kind))

    def tags(self, number: int, text: str) -> str:
        found = [m.group() for m in TAGS.finditer(text)]
        if not found:
            return text
        self.out.leave_out(number, number, " ".join(found), "OpenITI analytical tags "
                           "(named entities, years, structure: not text)", "format-markup")
        self.fired("openiti-tags")
        return " ".join(TAGS.sub(" ", text).split())

    # -- the blocks ------------------------------------------------------------------------
    def write(self) -> None:
        paras = self.paras
        verse = [self.is_verse(text) for _, text, kind in paras]
        shamela = [not kind and HEMISTICH not in text and bool(SHAMELA_VERSE.match(
            PAGE.sub("", text).strip())) for _, text, kind in paras]
        # a Shamela verse needs evidence: a verse next to it (page breaks aside) or a metre
        # label over it
        for k in range(len(paras)):
            if not shamela[k] or verse[k]:
                continue
            near = [j for j in (self.neighbour(k, -1), self.neighbour(k, 1)) if j is not None]
            before = self.neighbour(k, -1)
            if any(shamela[j] for j in near) or (
                    before is not None and METRE.search(paras[before][1])):
                verse[k] = True
        k = 0
        while k < len(paras):
            number, text, kind = paras[k]
            if verse[k]:
                rows: list[tuple[int, str, str]] = []
                metre = self.take_metre()
                if metre:
                    rows.append(metre)
                while k < len(paras) and (verse[k] or (self.page_only(paras[k][1]) and any(
                        verse[j] for j in range(k + 1, min(k + 2, len(paras)))))):
                    n, t, _ = paras[k]
                    rows.extend(self.verse_rows(n, t))
                    k += 1
                self.out.block(rows)
                self.fired("openiti-verse")
                continue
            self.pending = (number, text, kind, k + 1 < len(paras) and verse[k + 1])
            self.flush_pending()
            k += 1
        self.flush_pending(final=True)

    pending: tuple[int, str, str, bool] | None = None
    held: tuple[int, str, str] | None = None

    def flush_pending(self, final: bool = False) -> None:
        """Write the paragraph before the one just read (held back: its metre label may
        belong to the verse after it)."""
        if self.held is not None:
            self.emit(*self.held)
            self.held = None
        if self.pending is not None:
            number, text, kind, verse_next = self.pending
            self.pending = None
            if verse_next and not kind:
                self.held = (number, text, kind)
            else:
                self.emit(number, text, kind)
        if final and self.held is not None:
            self.emit(*self.held)
            self.held = None

    def take_metre(self) -> tuple[int, str, str] | None:
        """The paragraph held over a verse, written; the metre label closing it (or that
        is all of it) returned, for the verse's <lg>."""
        if self.held is None:
            return None
        number, text, kind = self.held
        self.held = None
        m = METRE.search(text) if not kind else None
        if not m:
            self.emit(number, text, kind)
            return None
        rest = text[:m.start()].rstrip()
        if rest.strip():
            self.emit(number, rest, kind)
        self.fired("openiti-metre")
        return (number, m.group("m"), "metre")

    def emit(self, number: int, text: str, kind: str) -> None:
        if HEMISTICH in text:                    # a hemistich mark with no verse's words
            self.out.leave_out(number, number, HEMISTICH, "an OpenITI hemistich mark with "
                               "no verse around it (format markup)", "format-markup")
            text = " ".join(text.replace(HEMISTICH, " ").split())
        rows = []
        for piece in self.pieces(number, text):
            if piece.startswith("[Page"):
                rows.append((number, piece, ""))
            elif piece.strip():
                rows.append((number, piece.strip(), kind))
        # a page marker alone: a block of its own; one inside the words stays there
        if all(r[1].startswith("[Page") or r[1].startswith(marks.MILESTONE_OPEN) for r in rows):
            for row in rows:
                self.out.block([row])
            return
        joined = " ".join(r[1] for r in rows)
        self.out.block([(number, joined, kind)])

    def pieces(self, number: int, text: str) -> list[str]:
        """The text with its page markers as [Page N] (and a volume milestone where the
        volume changes) and its milestones as marks."""
        out: list[str] = []
        at = 0
        for m in PAGE.finditer(text):
            out.append(self.milestones(text[at:m.start()]))
            volume = str(int(m.group("v")))
            page = int(m.group("p"))
            if volume != "0" and volume != self.volume:
                out.append(marks.milestone("volume", volume))
                self.volume = volume
            out.append(f"[Page {page}]" if page else "[Page]")
            self.fired("openiti-pages")
            at = m.end()
        out.append(self.milestones(text[at:]))
        return [p for p in out if p.strip()]

    def milestones(self, text: str) -> str:
        if "ms" not in text and "Milestone" not in text:
            return text

        def one(m: re.Match[str]) -> str:
            self.fired("openiti-milestones")
            return marks.milestone("ms", str(int(m.group("n"))) if m.group("n") else "")
        return MILESTONE.sub(one, text)

    def verse_rows(self, number: int, text: str) -> list[tuple[int, str, str]]:
        rows: list[tuple[int, str, str]] = []
        for piece in self.pieces(number, text):
            if piece.startswith("[Page"):        # (inside the verse: never a block apart)
                rows.append((number, marks.milestone("page", piece[6:-1]), "verse"))
                continue
            if piece.startswith(marks.MILESTONE_OPEN):
                rows.append((number, piece, "verse"))
                continue
            piece = piece.strip()
            if HEMISTICH in piece:
                halves = [h.strip() for h in piece.split(HEMISTICH)]
                line = f" {marks.CAESURA} ".join(h for h in halves if h) \
                    if all(halves) else " ".join(h for h in halves if h)
            else:
                m = SHAMELA_VERSE.match(piece)
                line = f"{m.group('a')} {marks.CAESURA} {m.group('b')}" if m else piece
            rows.append((number, line, "verse"))
        return rows

    def neighbour(self, k: int, step: int) -> int | None:
        j = k + step
        while 0 <= j < len(self.paras) and self.page_only(self.paras[j][1]):
            j += step
        return j if 0 <= j < len(self.paras) else None

    @staticmethod
    def page_only(text: str) -> bool:
        return not PAGE.sub("", text).strip()

    @staticmethod
    def is_verse(text: str) -> bool:
        """A line with the hemistich mark and words besides it (the mark alone, or with
        only a page or milestone marker, is no verse)."""
        if HEMISTICH not in text:
            return False
        rest = MILESTONE.sub("", PAGE.sub("", text.replace(HEMISTICH, " ")))
        return any(ch.isalnum() for ch in rest)

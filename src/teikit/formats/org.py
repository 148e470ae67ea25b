"""Org-mode (Emacs's outline format, .org; also the Kanseki Repository's "mandoku" texts,
kept as .txt), read by a small scanner of Org's syntax: ``#+TITLE:``, ``#+AUTHOR:``,
``#+DATE:`` and ``#+PROPERTY:`` keyword lines go to the header, never the text; headings
``*``, ``**`` … are headings (their TODO keyword, priority and tags left out); ``/italic/``,
``*bold*``, ``_underline_``, ``+strike-through+`` are emphasis and ``=verbatim=``,
``~code~`` their words; ``[[target][words]]`` links; ``[fn:1]`` footnotes a note at their
marker; ``#+BEGIN_QUOTE`` / ``#+BEGIN_VERSE`` quotation blocks, ``#+BEGIN_SRC`` /
``#+BEGIN_EXAMPLE`` and ``: `` lines preformatted; lists, tables; comments (``#``,
``#+BEGIN_COMMENT``), drawers (``:PROPERTIES:`` … ``:END:``), planning lines and the Emacs
mode line are left out and reported. Mandoku's page markers ``<pb:KR3e0001_SBCK_001-1a>``
are page breaks (``1a``, the page's image its identifier) and its ``¶`` line-end marks
the witness's line ends.

Why a scanner of our own: no maintained Python library gives Org's inline structure.
orgparse (BSD) reads the outline (headings, drawers, planning) but gives a node's body as
text with its links already flattened and no line numbers inside it, and it raises on some
timestamps; Org's block syntax is line-based and small, so a scanner keeps each block's
source line and every word."""
from __future__ import annotations

import re

from ..diagnostics import Collector
from ..sourcetext import SourceText
from . import marks, suffix, tables
from .lines import LineScanner

NAME = "org"
NAMES = (".org",)
KEYWORD = re.compile(r"^[ \t]*#\+(?P<key>[A-Za-z][\w-]*)(?:\[[^\]\n]*\])?:[ \t]*(?P<value>.*)$")
MODE_LINE = re.compile(r"^\s*#.*-\*-.*-\*-\s*$")
COMMENT = re.compile(r"^[ \t]*#(?:[ \t].*)?$")
HEADING = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<rest>.*)$")
TODO_WORDS = {"TODO", "DONE", "NEXT", "WAITING", "CANCELLED", "CANCELED", "HOLD", "STARTED"}
PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\][ \t]*")
TAGS = re.compile(r"[ \t]+(:[\w@#%]+(?::[\w@#%]+)*:)[ \t]*$")
DRAWER = re.compile(r"^[ \t]*:(?P<name>[\w-]+):[ \t]*$")
DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
PLANNING = re.compile(r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*"
                      r"[<\[]\d{4}-\d\d-\d\d[^\n]*?[>\]][ \t]*)+$")
BLOCK_BEGIN = re.compile(r"^[ \t]*#\+BEGIN_(?P<name>\w+)(?P<args>.*)$", re.I)
FIXED_WIDTH = re.compile(r"^[ \t]*:(?:[ \t]|$)")
RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-+]|(?<=[ \t])\*|\d{1,9}[.)]|[A-Za-z][.)])"
                  r"[ \t]+(?:\[[ xX-]\][ \t]+)?(?P<text>.*)$")
TABLE_LINE = re.compile(r"^[ \t]*\|")
TABLE_RULE = re.compile(r"^[ \t]*\|[-+|: ]*$")
FOOTNOTE_DEFINITION = re.compile(r"^\[fn:(?P<label>[\w-]+)\][ \t]*(?P<text>.*)$")
# keywords whose value is the document's (the rest set up Emacs or an export)
META_KEYS = {"title": "title", "subtitle": "subtitle", "author": "author", "date": "date",
             "email": "email", "description": "description", "keywords": "keywords",
             "language": "language", "creator": "creator", "source": "source",
             "publisher": "publisher", "editor": "editor", "translator": "translator"}
TEXT_KEYS = {"caption"}          # a caption is words of the text, where it stands
# a date written by a program (a time of day, "2015-09-11 03:53:18.132767"): when the file
# was made, never the text's date
FILE_STAMP = re.compile(r"\d{1,2}:\d{2}")
# mandoku (the Kanseki Repository's Org texts): a page marker of the witness, its last part
# the leaf and side ("…_001-1a", "…_012-34b")
MANDOKU_PAGE = re.compile(r"<pb:(?P<id>[^<>\s]{1,120}?)[_-](?P<n>[0-9]{1,5}[a-z]?)>¶?")
PILCROW = "\u00b6"
# Org's emphasis: the marker after a space, a line's start or "-({'\"", its text not
# starting or ending with a space, the marker before a space, punctuation or the line's end
EMPHASIS = re.compile(r"(?:^|(?<=[\s\-({'\"]))(?P<m>[/*_+=~])(?P<t>[^\s/*_+=~]|[^\s][^\n]{0,400}?"
                      r"[^\s])(?P=m)(?=[\s\-.,;:!?')}\"\[]|$)")
RENDS = {"/": "italic", "*": "bold", "_": "underline", "+": "strikethrough"}
LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]{1,1000})\](?:\[(?P<words>[^\[\]\n]{1,1000})\])?\]")
FOOTNOTE_REF = re.compile(r"\[fn:(?P<label>[\w-]*)(?::(?P<text>[^\[\]\n]{1,2000}))?\]")
TARGET = re.compile(r"<<<?([^<>\n]{1,200})>>>?")
IMAGE = re.compile(r"(?i)\.(?:png|jpe?g|gif|svg|tiff?|webp)$")
LINE_BREAK = re.compile(r"\\\\[ \t]*$")


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.95
    head = data[:20000].decode("utf-8", "replace")
    lines = [ln for ln in head.split("\n")[:40] if ln.strip()]
    keywords = [ln for ln in lines[:12] if KEYWORD.match(ln)]
    if any(re.match(r"(?i)\s*#\+title:", ln) for ln in keywords) and len(keywords) >= 1:
        return 0.9       # "#+TITLE:" over the text: Org's own header
    if MANDOKU_PAGE.search(head):
        return 0.9       # a mandoku page marker
    return 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    return _Scanner.read(name, data, encoding, diags)


class _Scanner(LineScanner):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.rows: list[tuple[int, str, str]] = []
        self.notes: list[tuple[str, int, str]] = []     # (label, line, text)
        self.numbers: dict[str, int] = {}               # label -> its number
        self.inline_notes: list[tuple[int, int, str]] = []
        self.todo = set(TODO_WORDS)
        bodies = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
        ends = sum(1 for ln in bodies if ln.rstrip().endswith(PILCROW))
        self.pilcrows = len(bodies) >= 2 and ends * 2 >= len(bodies)
        self.mandoku = False
        self.carry: list[str] = []

    # -- blocks -------------------------------------------------------------------------------
    def flush(self) -> None:
        if self.rows:
            text, self.carry = marks.balance("\n".join(r[1] for r in self.rows), self.carry)
            texts = text.split("\n")
            self.out.block([(n, t, k) for (n, _, k), t in zip(self.rows, texts, strict=True)])
            self.rows = []

    def add(self, number: int, text: str, kind: str = "") -> None:
        if text.strip():
            self.rows.append((number, text, kind))

    def scan(self) -> None:
        lines = self.lines
        i = 0
        header = True            # keyword lines before the text: the file's header
        while i < len(lines):
            line = lines[i]
            number = i + 1
            stripped = line.strip()
            if not stripped:
                self.flush()
                i += 1
                continue
            keyword = KEYWORD.match(line)
            begin = BLOCK_BEGIN.match(line)
            if begin:
                i = self.block(i, begin.group("name").casefold(), begin.group("args"))
                continue
            if keyword:
                self.keyword(number, keyword.group("key"), keyword.group("value"), header)
                i += 1
                continue
            if MODE_LINE.match(line) or COMMENT.match(line):
                self.flush()
                self.out.leave_out(number, number, stripped, "an Org comment or Emacs mode "
                                   "line (never exported)", "format-markup")
                i += 1
                continue
            header = False
            heading = HEADING.match(line)
            if heading:
                self.flush()
                self.heading(number, len(heading.group("stars")), heading.group("rest"))
                i = self.after_heading(i + 1)
                continue
            if PLANNING.match(line):
                self.out.leave_out(number, number, stripped, "an Org planning line "
                                   "(outline data, never text)", "format-markup")
                i += 1
                continue
            drawer = DRAWER.match(line)
            if drawer and not DRAWER_END.match(line):
                i = self.drawer(i, drawer.group("name"))
                continue
            if RULE.match(line):
                self.flush()
                self.out.leave_out(number, number, stripped, "a rule line (format markup)",
                                   "format-markup")
                i += 1
                continue
            if TABLE_LINE.match(line):
                i = self.table(i)
                continue
            if FIXED_WIDTH.match(line):
                i = self.fixed_width(i)
                continue
            note = FOOTNOTE_DEFINITION.match(line)
            if note:
                i = self.footnote(i, note.group("label"), note.group("text"))
                continue
            item = ITEM.match(line)
            if item:
                self.flush()
                bullet = item.group("bullet")
                lead = bullet + " " if bullet[0].isalnum() else ""
                self.add(number, lead + self.inline(self.definition(item.group("text")),
                                                    number), "item")
                i += 1
                continue
            self.text_line(number, line)
            i += 1
        self.flush()
        self.finish()

    def text_line(self, number: int, line: str, kind: str = "") -> None:
        """A line of text: mandoku's page markers and line-end marks, then Org's inline
        syntax."""
        text = line.rstrip()
        broken = False
        if LINE_BREAK.search(text):
            text = LINE_BREAK.sub("", text)
            broken = True
        if self.pilcrows and text.endswith(PILCROW):
            text = text[:-1].rstrip(" \t")
            broken = True
            self.fired("mandoku-line-ends")
        if "<pb:" in text:
            pieces = self.pages(text, number)
        else:
            pieces = [text]
        for piece in pieces:
            if piece.startswith("[Page "):
                self.add(number, piece, "")
                continue
            if piece.strip():
                self.add(number, self.inline(piece, number), kind)
        if broken and self.rows and self.rows[-1][0] == number:
            self.out.hints.broken_lines.add(number)

    def pages(self, text: str, number: int) -> list[str]:
        """<pb:KR3e0001_SBCK_001-1a> -> a [Page 1a] line of its own; the identifier names the
        page's image."""
        pieces: list[str] = []
        at = 0
        for m in MANDOKU_PAGE.finditer(text):
            pieces.append(text[at:m.start()])
            pieces.append(f"[Page {m.group('n')}]")
            self.out.hints.page_images.append(m.group("id") + text[m.start("n") - 1:m.end("n")])
            at = m.end()
            self.mandoku = True
        pieces.append(text[at:])
        if self.mandoku:
            self.fired("mandoku-pages")
        return [p for p in pieces if p.strip()]

    def keyword(self, number: int, key: str, value: str, header: bool) -> None:
        low = key.casefold()
        value = " ".join(value.split())
        hints = self.out.hints
        if low in TEXT_KEYS:
            self.add(number, self.inline(value, number))
            return
        self.flush()
        if low == "todo" or low.startswith("seq_todo") or low == "typ_todo":
            self.todo |= {w for w in value.split() if w.isupper()}
        if low == "title" and value:
            hints.title = f"{hints.title} {value}" if hints.title else value
            hints.fields.append(("title", value))
        elif low == "date" and value and not FILE_STAMP.search(value) and not hints.date:
            hints.date = value
        elif low == "language" and value and not hints.language:
            hints.language = value
        elif low == "property" and value:
            name, _, rest = value.partition(" ")
            if rest.strip():
                hints.fields.append((name, rest.strip()))
        elif low in META_KEYS and value:
            hints.fields.append((META_KEYS[low] if low != "date" else "file date", value))
        if low in ("title", "date", "property") or low in META_KEYS:
            reason = "an Org keyword line: its value is in the header"
        else:
            reason = "an Org setting (export or editor options, never text)"
        self.out.leave_out(number, number, f"#+{key}: {value}".strip(), reason,
                           "front-matter")

    def heading(self, number: int, level: int, rest: str) -> None:
        words = rest.split(None, 1)
        dropped = []
        if words and words[0] in self.todo:
            dropped.append(words[0])
            rest = words[1] if len(words) > 1 else ""
        priority = PRIORITY.match(rest)
        if priority:
            dropped.append(priority.group().strip())
            rest = rest[priority.end():]
        tags = TAGS.search(rest)
        if tags:
            dropped.append(tags.group(1))
            rest = rest[:tags.start()]
        if rest.strip().casefold() == "footnotes" and self.only_footnotes_after(number):
            dropped.append(rest.strip())
            rest = ""
        if dropped:
            self.out.leave_out(number, number, " ".join(dropped), "an Org heading's keyword, "
                               "priority or tags (outline markup)", "format-markup")
        if rest.strip():
            self.add(number, self.inline(rest.strip(), number), f"h{min(level, 6)}")
            self.flush()

    def only_footnotes_after(self, number: int) -> bool:
        """The heading "Footnotes" over nothing but footnote definitions (Org's own)."""
        for line in self.lines[number:]:
            if HEADING.match(line):
                return True
            if line.strip() and not FOOTNOTE_DEFINITION.match(line) and not line[:1].isspace():
                return False
        return True

    def after_heading(self, i: int) -> int:
        """A heading's planning line (SCHEDULED: …) and property drawer: outline data."""
        while i < len(self.lines) and PLANNING.match(self.lines[i]):
            self.out.leave_out(i + 1, i + 1, self.lines[i].strip(), "an Org planning line "
                               "(outline data, never text)", "format-markup")
            i += 1
        return i

    def drawer(self, i: int, name: str) -> int:
        """:PROPERTIES: and :LOGBOOK: hold outline data, left out; another drawer's lines
        are text (Org exports them)."""
        end = next((k for k in range(i + 1, len(self.lines)) if DRAWER_END.match(self.lines[k])
                    or HEADING.match(self.lines[k])), None)
        if end is None or HEADING.match(self.lines[end]):
            self.text_line(i + 1, self.lines[i])          # no :END: — not a drawer: text
            return i + 1
        self.flush()
        if name.upper() in ("PROPERTIES", "LOGBOOK"):
            body = " ".join(" ".join(ln.split()) for ln in self.lines[i:end + 1])
            self.out.leave_out(i + 1, end + 1, body, "an Org drawer of outline data "
                               f"(:{name}:)", "format-markup")
            return end + 1
        self.out.leave_out(i + 1, i + 1, self.lines[i].strip(), "an Org drawer's fences "
                           "(its lines are kept)", "format-markup")
        for k in range(i + 1, end):
            if self.lines[k].strip():
                self.text_line(k + 1, self.lines[k])
            else:
                self.flush()
        self.flush()
        return end + 1

    def block(self, i: int, name: str, args: str) -> int:
        """#+BEGIN_X … #+END_X."""
        end_re = re.compile(rf"^[ \t]*#\+END_{re.escape(name)}\b", re.I)
        end = next((k for k in range(i + 1, len(self.lines)) if end_re.match(self.lines[k])),
                   None)
        self.flush()
        body_end = end if end is not None else len(self.lines)
        self.out.leave_out(i + 1, i + 1, self.lines[i].strip(), "an Org block's fences "
                           "(format markup)", "format-markup")
        if end is not None:
            self.out.leave_out(end + 1, end + 1, self.lines[end].strip(), "an Org block's "
                               "fences (format markup)", "format-markup")
        body = self.lines[i + 1:body_end]
        if name == "comment":
            self.out.leave_out(i + 2, body_end, " ".join(" ".join(body).split()),
                               "an Org comment block (never exported)", "format-markup")
            return body_end + 1
        if name in ("src", "example", "export", "verbatim"):
            rows = [(i + 2 + k, ln, "pre") for k, ln in enumerate(body) if ln.strip()]
            self.out.block(rows)
            return body_end + 1
        kind = "quote" if name in ("quote", "verse") else ""
        for k, ln in enumerate(body):
            if not ln.strip():
                self.flush()
                continue
            self.text_line(i + 2 + k, ln.strip() if name == "verse" else ln, kind)
            if name == "verse":                  # a verse block keeps its lines
                self.out.hints.broken_lines.add(i + 2 + k)
        self.flush()
        return body_end + 1

    def table(self, i: int) -> int:
        self.flush()
        rows: list[list[tables.Cell]] = []
        first = i + 1
        header = False
        while i < len(self.lines) and TABLE_LINE.match(self.lines[i]):
            line = self.lines[i].strip()
            if TABLE_RULE.match(line):
                if len(rows) == 1:
                    header = True
            else:
                cells = line.strip("|").split("|")
                rows.append([tables.Cell(self.inline(c.strip(), i + 1)) for c in cells])
            i += 1
        if header and rows:
            for cell in rows[0]:
                cell.label = True
        made = tables.line("", rows)
        if made is not None:
            self.out.block([(first, made[0], made[1])])
        return i

    def fixed_width(self, i: int) -> int:
        self.flush()
        rows = []
        while i < len(self.lines) and FIXED_WIDTH.match(self.lines[i]):
            text = re.sub(r"^[ \t]*:[ \t]?", "", self.lines[i])
            if text.strip():
                rows.append((i + 1, text, "pre"))
            i += 1
        self.out.block(rows)
        return i

    def footnote(self, i: int, label: str, text: str) -> int:
        """[fn:1] A note's text (its lines go on until a blank line or the next note)."""
        self.flush()
        parts = [text]
        k = i + 1
        while k < len(self.lines) and self.lines[k].strip() and not \
                FOOTNOTE_DEFINITION.match(self.lines[k]) and not HEADING.match(self.lines[k]):
            parts.append(self.lines[k].strip())
            k += 1
        text = self.inline(" ".join(" ".join(parts).split()), i + 1)
        if text.strip():
            self.notes.append((label, i + 1, text))
        return k

    def finish(self) -> None:
        """The notes, numbered in the order of their markers, at the end."""
        defined: set[str] = set()
        for label, line, text in self.notes:
            key = label if label not in defined else f"{label}:{line}"   # (defined twice:
            defined.add(label)                                           # both kept)
            n = self.numbers.setdefault(key, len(self.numbers) + 1)
            self.out.text_block(line, f"[{n}] {text}", "note")
        for line, n, text in self.inline_notes:
            self.out.text_block(line, f"[{n}] {text}", "note")

    # -- inline ------------------------------------------------------------------------------
    @staticmethod
    def definition(text: str) -> str:
        """A description list's "term :: words": the term, a colon, the words."""
        term, sep, rest = text.partition(" :: ")
        return f"{term}: {rest}" if sep and term.strip() else text

    def inline(self, text: str, number: int) -> str:
        if "[fn:" in text:
            text = FOOTNOTE_REF.sub(lambda m: self.note_marker(m, number), text)
        if "[[" in text:
            text = LINK.sub(lambda m: self.link(m, number), text)
        if "<<" in text:
            text = TARGET.sub(r"\1", text)
        return self.emphasis(text)

    def emphasis(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            inner = m.group("t")
            if m.group("m") in "=~":                 # verbatim and code: their characters
                return inner
            return marks.hi(RENDS[m.group("m")], self.emphasis(inner))
        if not any(c in text for c in "/*_+=~"):
            return text
        return EMPHASIS.sub(one, text)

    def note_marker(self, m: re.Match[str], number: int) -> str:
        label, text = m.group("label"), m.group("text")
        if text is not None:                          # [fn::words] or [fn:name:words]
            n = self.numbers.setdefault(label or f":{len(self.numbers)}", len(self.numbers) + 1)
            self.inline_notes.append((number, n, self.emphasis(text.strip())))
            return f"[{n}]"
        if not label:
            return str(m.group())
        return f"[{self.numbers.setdefault(label, len(self.numbers) + 1)}]"

    def link(self, m: re.Match[str], number: int) -> str:
        target, words = m.group("target"), m.group("words")
        bare = target.removeprefix("file:")
        if words is None and IMAGE.search(bare):
            self.out.leave_out(number, number, f"image {bare}", "an image (not text)", "image")
            return ""
        if target.startswith(("*", "#")) or (words is None and "://" not in target
                                             and not target.startswith(("file:", "mailto:"))):
            return str(words or target.lstrip("*#"))   # a link inside the file: its words
        return marks.ref(target, self.emphasis(words) if words else target)

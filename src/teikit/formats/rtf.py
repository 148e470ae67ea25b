"""Rich Text Format (.rtf: Word, WordPerfect, WordPad, TextEdit, LibreOffice), read by
teikit's own tokenizer of RTF 1.9's syntax.

Paragraphs (``\\par``) are blocks, ``\\line`` a line end kept; headings are the paragraphs
whose style has an outline level or is named "heading n" (the stylesheet is read);
``\\b``, ``\\i``, ``\\ul`` (and its kinds), ``\\strike``, ``\\super``/``\\up``, ``\\sub``/
``\\dn`` and ``\\scaps`` are the marks the other formats make; ``{\\footnote …}`` (and an
endnote, ``\\ftnalt``) is a note at its marker; rows of cells (``\\intbl``, ``\\cell``,
``\\row``; ``\\trhdr`` a header row, ``\\clmgf``/``\\clmrg`` a span) are tables; a
HYPERLINK field a link, any other field the text it shows. Characters: ``\\'hh`` bytes
decoded with the document's code page (``\\ansicpg``, ``\\mac``, ``\\pc``, ``\\pca``) or
the font's (``\\fcharset`` in the font table: Central European, Cyrillic, Greek, East
Asian …), ``\\uN`` as Unicode with its fallback skipped (``\\ucN``). The information group
gives the title to the header, the author, subject, keywords and comments to the source
citation (its dates are the file's, kept as a field). Left out and reported: page headers
and footers, comments (annotations), pictures and embedded objects; never text (no report):
the font, colour, style and list tables, bookmarks, index and contents entries, field
instructions and the ignorable destinations (``{\\* …}``) a reader does not know.

Why no library: striprtf (BSD-3, maintained) gives plain text only and drops footnotes
with the other destinations; rtfparse (MIT) gives a raw tree of groups and control words
and brings extract-msg and its dependencies for Outlook's encapsulated HTML, leaving the
reading of state, code pages and notes to the caller; pyth3 (MIT, 2019, unmaintained)
keeps emphasis but has no footnotes; rtf-tokenize is GPL. The tokenizer is small (one
regular expression), and the reading is this module.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace

from ..diagnostics import Collector, fail
from ..sourcetext import SourceText
from . import marks, suffix, tables
from .lines import Lines

NAME = "rtf"
TOKEN = re.compile(rb"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})"
                   rb"|\\(?P<sym>[^a-zA-Z'])|(?P<open>\{)|(?P<close>\})|(?P<nl>\r\n|\r|\n)"
                   rb"|(?P<text>[^\\{}\r\n]+)|\\")
BREAK = "\n"
# fonts' character sets (\fcharsetN) and the code pages they stand for
CHARSETS = {0: None, 1: None, 2: None, 77: "mac_roman", 128: "cp932", 129: "cp949",
            130: "johab", 134: "cp936", 136: "cp950", 161: "cp1253", 162: "cp1254",
            163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251",
            222: "cp874", 238: "cp1250", 254: "cp437", 255: "cp850"}
# destinations that are never text (no report): tables, bookmarks, index entries …
SKIP = {"fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl",
        "rsidtbl", "filetbl", "generator", "xmlnstbl", "themedata", "colorschememapping",
        "latentstyles", "datastore", "mmathpr", "pgdsctbl", "bkmkstart", "bkmkend", "xe",
        "tc", "tcn", "txe", "rxe", "datafield", "formfield", "userprops", "docvar", "pn",
        "pnseclvl", "pntxta", "pntxtb", "listpicture", "fontemb", "fontfile", "falt",
        "panose", "keycode", "atnid", "atnauthor", "atntime", "atnref", "atnparent",
        "atrfstart", "atrfend", "nonshppict", "shprslt", "sp", "objdata", "objclass",
        "objname", "template", "wgrffmtfilter", "ftnsep", "ftnsepc", "ftncn", "aftnsep",
        "aftnsepc", "aftncn", "blipuid", "passwordhash", "protusertbl", "mhtmltag",
        "htmltag", "leveltext", "levelnumbers", "defchp", "defpap", "upr", "bkmkpub",
        "oldcprops", "oldpprops", "oldtprops", "oldsprops", "factoidname", "fchars",
        "lchars", "xform", "background", "creatim", "revtim", "printim", "buptim",
        "operator", "hlinkbase", "pgptbl", "docinfo"}
# destinations left out and reported: what the report says of each
LEFT_OUT = {"header": "a running head of the pages (not the text)",
            "headerl": "a running head of the pages (not the text)",
            "headerr": "a running head of the pages (not the text)",
            "headerf": "a running head of the pages (not the text)",
            "footer": "a running foot of the pages (not the text)",
            "footerl": "a running foot of the pages (not the text)",
            "footerr": "a running foot of the pages (not the text)",
            "footerf": "a running foot of the pages (not the text)",
            "annotation": "a comment (not text of the document)",
            "pict": "a picture", "object": "an embedded object", "shppict": "a picture"}
INFO = {"title": "title", "subject": "subject", "author": "creator", "keywords": "keywords",
        "doccomm": "comment", "company": "company", "category": "category",
        "manager": "manager", "hlinkbase": "link base"}
SYMBOLS = {b"~": "\u00a0", b"_": "\u2011", b"-": "", b"\\": "\\", b"{": "{", b"}": "}",
           b"|": "", b":": "", b"\n": "", b"\r": ""}
# control words that are characters
CHARACTERS = {"tab": "\t", "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003",
              "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022",
              "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
              "rdblquote": "\u201d", "zwj": "\u200d", "zwnj": "\u200c", "ltrmark": "\u200e",
              "rtlmark": "\u200f"}
RENDS = ("bold", "italic", "underline", "strikethrough", "sup", "sub", "smallcaps")
HEADING_STYLE = re.compile(r"(?i)^(?:heading|überschrift|titre|titolo|título|kop|rubrik)\s*"
                           r"(?P<n>[1-6])$")
HYPERLINK = re.compile(r'(?i)^\s*HYPERLINK\s+(?:\\l\s+)?"(?P<url>[^"]*)"')
MAX_BIN = 64 * 1024 * 1024
MAX_DEPTH = 10_000          # Word nests a dozen groups; a file of braces is an attack


TEXT_LIKE = ("text", "note")


@dataclass
class _State:
    """What a group carries (its inner groups inherit it): where its text goes (*dest*:
    text, note, skip, font, stylesheet, style, info, info:<field>, fldinst, left, shape),
    its emphasis, its \\uc, its font's code page."""

    dest: str = "text"
    rends: tuple[str, ...] = ()
    uc: int = 1
    codec: str | None = None
    fresh: bool = True          # nothing read in the group yet: a destination may follow
    star: bool = False          # the group began with \\* (ignorable when unknown)
    link: bool = False          # the group is a HYPERLINK field's shown text
    outer: str = "text"         # where a text box's text goes (inside a shape)


@dataclass
class _Paragraph:
    parts: list[str] = field(default_factory=list)
    line: int = 0
    style: int | None = None
    outline: int | None = None
    in_table: bool = False
    visible: bool = False       # a part with words read (kept as parts come: a paragraph of
    #                             many runs is never scanned whole again)

    def append(self, part: str) -> None:
        self.parts.append(part)
        self.visible = self.visible or bool(marks.plain(part).strip())


def sniff(name: str, data: bytes) -> float:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        return 0.99
    return 0.9 if suffix(name) == ".rtf" else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    start = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"{\\rtf"):
        raise fail(name, "not an RTF document: it does not begin with {\\rtf", "not-rtf", 1, 1)
    reader = _Reader(name, data, encoding, diags)
    reader.run()
    return reader.out.source(name, reader.codec, diags)


class _Reader:
    def __init__(self, name: str, data: bytes, encoding: str | None, diags: Collector):
        self.name, self.data, self.diags = name, data, diags
        self.codec = _checked(encoding) or "cp1252"
        self.given = encoding is not None     # --encoding: the document's code page
        self.out = Lines()
        self.stack: list[_State] = []
        self.state = _State(dest="text", fresh=False)
        self.line = 1
        self.pending = bytearray()            # bytes not yet decoded, and their code page
        self.pending_codec = self.codec
        self.skip = 0                          # fallback characters of a \\uN still to skip
        self.high: int | None = None           # a high surrogate waiting for its pair
        self.para = _Paragraph(line=1)
        self.notes: list[tuple[int, int, str]] = []
        self.note: list[str] | None = None     # the footnote being read
        self.fonts: dict[int, str | None] = {}
        self.font_number: int | None = None
        self.default_font: int | None = None
        self.styles: dict[int, tuple[str, int | None]] = {}
        self.style_parts: list[str] = []
        self.style_number = 0
        self.style_outline: int | None = None
        self.info: dict[str, list[str]] = {}
        self.fields: list[dict] = []           # fields open: their instruction and depth
        self.rows: list[list[tables.Cell]] = []
        self.row: list[tables.Cell] = []
        self.cell: list[str] = []              # a cell's finished paragraphs
        self.cell_defs: list[str] = []         # each \\cellx's merge flag
        self.merge = ""
        self.header_row = False
        self.table_line = 0
        self.left: list[tuple[int, str, list[str]]] = []   # (line, reason, words)
        self.replaced = 0

    # ------------------------------------------------------------------ the token loop
    def run(self) -> None:
        data = self.data
        pos, end = 0, len(data)
        while pos < end:
            m = TOKEN.match(data, pos)
            if m is None:
                pos += 1
                continue
            pos = m.end()
            kind = "word" if m.group("word") else m.lastgroup   # (lastgroup: "arg" too)
            if kind == "nl":
                self.line += 1
                continue
            if kind == "open":
                if len(self.stack) >= MAX_DEPTH:
                    raise fail(self.name, f"the RTF nests groups deeper than {MAX_DEPTH}; "
                               "refused as hostile", "too-deep", self.line)
                self._flush()
                self.stack.append(self.state)
                self.state = replace(self.state, fresh=True, star=False, link=False)
                continue
            if kind == "close":
                self._close()
                continue
            if kind == "word":
                word = m.group("word").decode("ascii")
                arg = int(m.group("arg")) if m.group("arg") else None
                if word == "bin":              # binary data: skipped, never read as text
                    if arg is None or arg < 0 or arg > MAX_BIN or pos + arg > end:
                        raise fail(self.name, f"\\bin{arg} asks for more data than the file "
                                   "holds; not a readable RTF document", "not-rtf", self.line)
                    pos += arg
                    continue
                self._word(word, arg)
            elif kind == "sym":
                self._symbol(m.group("sym"))
            elif kind == "hex":
                self.state.fresh = False
                self._bytes(bytes([int(m.group("hex"), 16)]))
            elif kind == "text":
                self.state.fresh = False
                self._bytes(m.group("text"))
        self._flush()
        if self.stack:
            self.diags.warn(f"the RTF ends inside {len(self.stack)} open group(s) (a file cut "
                            "short?); its text is kept", "rtf-unclosed", self.line)
            while self.stack:
                self._close()
        self._end_paragraph()
        self._end_table()
        for line, number, text in self.notes:
            self.out.text_block(line, f"[{number}] {text}", "note")
        self._header()
        if self.replaced:
            self.diags.warn(f"{self.replaced} byte(s) are not characters of the code page "
                            f"{self.codec}; each is U+FFFD (give --encoding to choose "
                            "another)", "encoding", 1, 1)

    # ------------------------------------------------------------------ characters
    def _bytes(self, raw: bytes) -> None:
        if self.skip:
            take = min(self.skip, len(raw))
            self.skip -= take
            raw = raw[take:]
            if not raw:
                return
        codec = self.state.codec if self.state.codec and not self.given else self.codec
        if codec != self.pending_codec:
            self._flush()
            self.pending_codec = codec
        self.pending.extend(raw)

    def _flush(self) -> None:
        if not self.pending:
            return
        raw, self.pending = bytes(self.pending), bytearray()
        text = raw.decode(self.pending_codec, errors="replace")
        self.replaced += text.count("\ufffd")
        self._emit(text)

    def _unicode(self, code: int) -> None:
        self._flush()
        code = code + 65536 if code < 0 else code
        if 0xD800 <= code < 0xDC00:
            self.high = code
        elif 0xDC00 <= code < 0xE000:
            if self.high is not None:
                self._emit(chr(0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)))
            self.high = None
        elif 0 <= code < 0x110000:
            self._emit(chr(code))
        self.skip = self.state.uc

    def _emit(self, text: str) -> None:
        """Text where the group sends it: the paragraph, a note, the header's fields."""
        dest = self.state.dest
        if dest == "text":
            if not self.para.visible:
                self.para.line = self.line
            self.para.append(self._marked(text))
        elif dest == "note" and self.note is not None:
            self.note.append(self._marked(text))
        elif dest.startswith("info:"):
            self.info.setdefault(dest[5:], []).append(text)
        elif dest == "fldinst" and self.fields:
            self.fields[-1]["inst"] += text
        elif dest == "style":
            self.style_parts.append(text)
        elif dest == "left" and self.left:
            self.left[-1][2].append(text)

    def _marked(self, text: str) -> str:
        for rend in self.state.rends:
            text = marks.hi(rend, text)
        return text

    def _to_target(self, text: str) -> None:
        """A mark (a link's ends, a note's marker) into the text or the note being read."""
        if self.state.dest == "note" and self.note is not None:
            self.note.append(text)
        elif self.state.dest == "text":
            self.para.append(text)

    # ------------------------------------------------------------------ groups
    def _close(self) -> None:
        self._flush()
        if not self.stack:                     # a closing brace too many: ignored
            return
        closing = self.state
        self.state = self.stack.pop()
        if closing.link:
            self._to_target(marks.REF_CLOSE)
        if closing.dest == "note" and self.state.dest != "note":
            self._end_note()
        if closing.dest == "style" and self.state.dest != "style":
            self._end_style()
        while self.fields and self.fields[-1]["depth"] > len(self.stack):
            self.fields.pop()

    def _destination(self, word: str) -> bool:
        """The group's first control word, when it names what the group holds: its text's
        destination set; False for a word that only formats."""
        state, parent = self.state, self.state.dest
        if parent in ("skip", "left", "fldinst") or parent.startswith("info:"):
            return False
        if parent == "font":
            return False
        if parent == "stylesheet":
            state.dest = "skip" if state.star or word in ("cs", "ts", "ds") else "style"
            self.style_parts, self.style_number, self.style_outline = [], 0, None
            return False
        if parent == "info":
            state.dest = f"info:{INFO[word]}" if word in INFO else "skip"
            return True
        if parent == "shape":
            if word == "shptxt":
                state.dest = state.outer
            elif word in ("sp", "shprslt") or state.star:
                state.dest = "skip"
            return True
        if word == "fonttbl":
            state.dest = "font"
        elif word == "stylesheet":
            state.dest = "stylesheet"
        elif word == "info":
            state.dest = "info"
        elif word == "footnote":
            if parent == "note":
                return True                    # (a note in a note: its words in the note)
            state.dest, state.rends = "note", ()
            self.note = []
        elif word in LEFT_OUT:             # (a picture's or object's data: no words)
            state.dest = "left" if word in ("header", "headerl", "headerr", "headerf",
                                            "footer", "footerl", "footerr", "footerf",
                                            "annotation") else "skip"
            self.left.append((self.line, LEFT_OUT[word], []))
        elif word == "field":
            self.fields.append({"inst": "", "depth": len(self.stack)})
            return True
        elif word == "fldinst":
            state.dest = "fldinst"
        elif word == "fldrslt":
            inst = self.fields[-1]["inst"] if self.fields else ""
            m = HYPERLINK.match(inst)
            if m and m.group("url").strip():
                self._to_target(marks.REF_OPEN + marks.ANY.sub("", m.group("url").strip())
                                + marks.REF_TEXT)
                state.link = True
            return True
        elif word in ("shp", "shpinst"):
            state.dest, state.outer = "shape", parent if parent in TEXT_LIKE else "skip"
        elif word in ("listtext", "pntext"):
            return False                       # (a list item's number as shown: text)
        elif word in SKIP or state.star:
            state.dest = "skip"
        else:
            return False
        return True

    def _end_note(self) -> None:
        text = " ".join(marks.balance(_joined(self.note or []), [])[0].split())
        self.note = None
        number = len(self.notes) + 1
        self.notes.append((self.para.line or self.line, number, text))
        if self.state.dest == "text":
            self.para.append(f"[{number}]")
        if number == 1:
            self.out.hints.rules.append("rtf-footnotes")

    def _end_style(self) -> None:
        name = " ".join("".join(self.style_parts).split()).rstrip(";").strip()
        self.styles[self.style_number] = (name, self.style_outline)

    # ------------------------------------------------------------------ control words
    def _symbol(self, sym: bytes) -> None:
        if sym == b"*":
            self.state.star = True
            return
        self.state.fresh = False
        if sym in (b"\n", b"\r"):
            self.line += 1
            self._word("par", None)
            return
        if self.skip:
            self.skip -= 1
            return
        text = SYMBOLS.get(sym, "")
        if text:
            self._flush()
            self._emit(text)

    def _word(self, word: str, arg: int | None) -> None:
        state = self.state
        if state.fresh:
            self._flush()
            state.fresh = False
            if self._destination(word):
                return
        elif state.star and state.dest not in ("skip",):
            state.dest = "skip"                # (\\* not at a group's start: ignorable)
        dest = state.dest
        if dest == "skip" or (dest == "left" and word not in ("par", "line", "tab")):
            return
        if dest == "font":
            self._font_word(word, arg)
            return
        if dest in ("style", "stylesheet"):
            if word == "s" and arg is not None:
                self.style_number = arg
            elif word == "outlinelevel" and arg is not None:
                self.style_outline = arg
            return
        if self.skip and word not in ("u", "uc"):
            self.skip -= 1                     # a control word in a \\uN's fallback
            return
        handler = WORDS.get(word)
        if handler is not None:
            handler(self, arg)
        elif word in CHARACTERS:
            self._flush()
            self._emit(CHARACTERS[word])

    def _font_word(self, word: str, arg: int | None) -> None:
        if word == "f" and arg is not None:
            self.font_number = arg
            self.fonts.setdefault(arg, None)
        elif word == "fcharset" and arg is not None and self.font_number is not None:
            self.fonts[self.font_number] = CHARSETS.get(arg)
        elif word == "cpg" and arg and self.font_number is not None:
            self.fonts[self.font_number] = _checked(f"cp{arg}")

    # ------------------------------------------------------------------ handlers
    def _rend(self, rend: str, on: bool) -> None:
        self._flush()
        rends = [r for r in self.state.rends if r != rend and not (
            on and {r, rend} == {"sup", "sub"})]
        if on:
            rends.append(rend)
        self.state.rends = tuple(rends)

    def _plain(self, arg):
        self._flush()
        self.state.rends = ()
        self._font(self.default_font)

    def _nosupersub(self, arg):
        self._flush()
        self.state.rends = tuple(r for r in self.state.rends if r not in ("sup", "sub"))

    def _uc(self, arg):
        if arg is not None and 0 <= arg <= 10:
            self.state.uc = arg

    def _u(self, arg):
        if arg is not None:
            self._unicode(arg)

    def _font(self, arg):
        self._flush()
        self.state.codec = self.fonts.get(arg) if arg is not None else None

    def _deff(self, arg):
        self.default_font = arg

    def _ansicpg(self, arg):
        codec = "utf-8" if arg == 65001 else _checked(f"cp{arg}") if arg else None
        if codec and not self.given:
            self.codec = codec

    def _par(self, arg):
        self._flush()
        dest = self.state.dest
        if dest == "note" and self.note is not None:
            self.note.append(" ")
        elif dest == "left" and self.left:
            self.left[-1][2].append(" ")
        elif dest == "text" and self.para.in_table:
            self.cell.append("".join(self.para.parts))
            self.para = _Paragraph(line=self.line, in_table=True)
        elif dest == "text":
            self._end_paragraph()

    def _line(self, arg):
        self._flush()
        if self.state.dest == "text":
            self.para.append(BREAK)
        elif self.state.dest in ("note", "left"):
            self._emit(" ")

    def _tab(self, arg):
        self._flush()
        self._emit("\t")

    def _pard(self, arg):
        self._flush()
        if self.state.dest == "text":
            self.para.style, self.para.outline, self.para.in_table = None, None, False

    def _s(self, arg):
        if self.state.dest == "text":
            self.para.style = arg

    def _outlinelevel(self, arg):
        if self.state.dest == "text":
            self.para.outline = arg

    def _intbl(self, arg):
        if self.state.dest != "text":
            return
        self._flush()
        if not self.para.in_table and self.para.visible:
            self._end_paragraph()              # (a paragraph's text before the table)
        if not self.rows and not self.row and not self.cell:
            self.table_line = self.line
        self.para.in_table = True

    def _cell(self, arg):
        self._flush()
        if self.state.dest != "text":
            return
        self.cell.append("".join(self.para.parts))
        self.para = _Paragraph(line=self.line, in_table=True)
        self.table_line = self.table_line or self.line
        index = len(self.row)
        flag = self.cell_defs[index] if index < len(self.cell_defs) else ""
        text = marks.balance("\n".join(" ".join(x.split()) for x in self.cell
                                       if marks.plain(x).strip()), [])[0]
        self.cell = []
        if flag == "merged" and self.row:       # (part of the span before it: no cell)
            last = self.row[-1]
            self.row[-1] = tables.Cell(last.text + ("\n" + text if text else ""), last.label,
                                       last.cols + 1, last.rows)
            self.row.append(tables.Cell("", False, 0, 0))
            return
        self.row.append(tables.Cell(text, self.header_row, 1, 1))

    def _row(self, arg):
        self._flush()
        if self.state.dest != "text":
            return                             # (a row's end in a note: no table's)
        self._open_cell()
        if self.para.visible:
            self._end_paragraph()              # (words after the last cell: kept)
        row = [c for c in self.row if c.cols]
        if row:
            self.rows.append(row)
        self.row, self.cell = [], []
        self.para = _Paragraph(line=self.line)

    def _open_cell(self) -> None:
        """A cell's paragraphs that no \\cell closed (the row or the file ended first): a
        cell still, its words kept."""
        if self.state.dest == "text" and any(marks.plain(x).strip() for x in self.cell):
            self._cell(None)

    def _trowd(self, arg):
        self.cell_defs, self.merge, self.header_row = [], "", False

    def _cellx(self, arg):
        self.cell_defs.append(self.merge)
        self.merge = ""

    def _clmrg(self, arg):
        self.merge = "merged"

    def _trhdr(self, arg):
        self.header_row = True

    def _nestcell(self, arg):
        self._flush()
        self._emit(" ")

    # ------------------------------------------------------------------ blocks
    def _end_paragraph(self) -> None:
        self._flush()
        para = self.para
        text = _joined(para.parts)
        self.para = _Paragraph(line=self.line, style=para.style, outline=para.outline)
        if not marks.plain(text).strip():
            return
        self._end_table()
        kind = self._kind(para)
        rows: list[tuple[int, str, str]] = []
        carry: list[str] = []
        for line in text.split(BREAK):
            if marks.plain(line).strip():
                line, carry = marks.balance(line, carry)
                rows.append((para.line, line, kind))
        if len(rows) > 1:
            self.out.hints.broken_lines.add(para.line)
        self.out.block(rows)

    def _kind(self, para: _Paragraph) -> str:
        level = para.outline
        name = ""
        if para.style is not None and para.style in self.styles:
            name, style_level = self.styles[para.style]
            level = level if level is not None else style_level
        if level is not None and 0 <= level <= 5:
            return f"h{level + 1}"
        m = HEADING_STYLE.match(name)
        return f"h{m.group('n')}" if m else ""

    def _end_table(self) -> None:
        self._open_cell()
        if self.row:
            self._row(None)
        if not self.rows:
            return
        made = tables.line("", self.rows)
        if made is not None:
            self.out.block([(self.table_line or self.line, made[0], made[1])])
        self.rows, self.table_line = [], 0

    def _header(self) -> None:
        hints = self.out.hints
        for key, parts in self.info.items():
            value = " ".join("".join(parts).split())
            if not value:
                continue
            if key == "title" and not hints.title:
                hints.title = value
            hints.fields.append((key, value))
        for line, reason, words in self.left:
            text = " ".join("".join(words).split())
            if text or reason in ("a picture", "an embedded object"):
                self.out.leave_out(line, line, text or reason, reason, "format-markup")


def _joined(parts: list[str]) -> str:
    """The parts as one text, an emphasis that a word processor closed and opened again
    between two runs of the same formatting (Word's revision marks part runs) made one."""
    text = "".join(parts)
    joints = [closing + opening for opening, closing in marks.HI.values()]
    while marks.has_marks(text) and any(joint in text for joint in joints):
        for joint in joints:
            text = text.replace(joint, "")
    return text


def _checked(codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        name = codecs.lookup(codec).name
        b"x".decode(name, "replace")    # (rot13 and base64 are codecs, not of text)
    except LookupError:
        return None
    return name


def _toggle(rend: str):
    def handler(reader: _Reader, arg: int | None) -> None:
        reader._rend(rend, arg != 0)
    return handler


def _code_page(codec: str):
    def handler(reader: _Reader, arg: int | None) -> None:
        if not reader.given:
            reader.codec = codec
    return handler


WORDS = {
    "b": _toggle("bold"), "i": _toggle("italic"), "strike": _toggle("strikethrough"),
    "striked": _toggle("strikethrough"), "scaps": _toggle("smallcaps"),
    "super": _toggle("sup"), "sub": _toggle("sub"), "up": _toggle("sup"),
    "dn": _toggle("sub"), "ul": _toggle("underline"), "uld": _toggle("underline"),
    "uldb": _toggle("underline"), "ulw": _toggle("underline"), "uldash": _toggle("underline"),
    "ulwave": _toggle("underline"), "ulth": _toggle("underline"),
    "ulnone": lambda r, a: r._rend("underline", False),
    "plain": _Reader._plain, "nosupersub": _Reader._nosupersub, "uc": _Reader._uc,
    "u": _Reader._u, "f": _Reader._font, "deff": _Reader._deff,
    "ansi": _code_page("cp1252"), "mac": _code_page("mac_roman"), "pc": _code_page("cp437"),
    "pca": _code_page("cp850"), "ansicpg": _Reader._ansicpg,
    "par": _Reader._par, "sect": _Reader._par, "page": _Reader._par, "line": _Reader._line,
    "tab": _Reader._tab, "pard": _Reader._pard, "s": _Reader._s,
    "outlinelevel": _Reader._outlinelevel, "intbl": _Reader._intbl, "cell": _Reader._cell,
    "row": _Reader._row, "trowd": _Reader._trowd, "cellx": _Reader._cellx,
    "clmrg": _Reader._clmrg, "trhdr": _Reader._trhdr, "nestcell": _Reader._nestcell,
    "nestrow": _Reader._nestcell,
}

"""MediaWiki wikitext (a Wikisource or Wikipedia page's source: ``.wiki``, ``.mediawiki``,
``.wikitext``, or a ``.txt`` that is plainly one), read with mwparserfromhell (MIT): its
tree of headings, tags, templates and links, walked here into lines of text.

The source's own lines are kept (a blank line parts paragraphs, as on the wiki);
``''italic''``, ``'''bold'''`` and the HTML tags are marks; ``== headings ==`` are
headings (the highest level used is the first); ``<ref>`` footnotes are ``[n]`` markers
with their notes at the end (a named ref used again is the same note); ``[[target|text]]``
is its text, ``[url text]`` a link; ``<poem>`` keeps its lines; ``{| … |}`` tables are
tables. Templates: Wikisource's ``{{header}}`` gives the title, author and date to the
header (its notes are text, its previous / next links left out); the formatting templates
keep their words (``{{sc|…}}`` in small capitals, ``{{center|…}}``, ``{{larger|…}}``),
the layout ones (``{{rule}}``, ``{{gap}}``, ``{{dhr}}``) are dropped; a word split over two
pages (``{{hws|ap|applied}}`` … ``{{hwe|plied|applied}}``) is whole once; any other template
keeps the words of its positional arguments and is named in the report. Never text, and
reported: comments, categories, images, the ``<noinclude>`` header and footer of a
proofread page (``Page:`` namespace), ``{{page|…}}`` and ``<pages index=… />``
transclusions (their text is on other pages, not in this file).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..diagnostics import Collector
from ..sourcetext import SourceText, marked_up_text
from . import marks, suffix, tables
from .lines import Lines

NAME = "mediawiki"
NAMES = (".wiki", ".mediawiki", ".wikitext")

# a .txt is wikitext only on evidence no other text has: a Wikisource header template at
# its top, a proofread page's header, or a transclusion of a scan's pages
STRONG = (re.compile(rb"\A\s*(?:\{\{[^{}\n]{0,200}\}\}\s*)*\{\{\s*[Hh]eader\s*\n?\s*\|"),
          re.compile(rb"<noinclude>\s*<pagequality\s+level="),
          re.compile(rb"<pages\s+index\s*=\s*[\"']"))


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.95
    head = data[:50000]
    return 0.7 if any(p.search(head) for p in STRONG) else 0.0


def read(name: str, data: bytes, encoding: str | None, diags: Collector) -> SourceText:
    text, used = marked_up_text(name, data, encoding, diags)
    out = Lines()
    text = _without_noinclude(text, out)
    try:
        import mwparserfromhell
        code = mwparserfromhell.parse(text)
    except Exception as exc:          # the parser's own failure: no word may be lost for it
        from . import plain
        diags.warn(f"mwparserfromhell could not read the wikitext ({type(exc).__name__}); "
                   "read as plain text", "wikitext-unreadable", 1, 1)
        return plain.read(name, data, encoding, diags)
    walker = _Walker(out, code)
    walker.walk(code)
    walker.end()
    return out.source(name, used, diags)


# templates that only lay out the words they hold (kept), or hold none (dropped)
LAYOUT_TEXT = {"center", "c", "centre", "right", "left", "larger", "smaller", "x-larger",
               "xx-larger", "xxx-larger", "x-smaller", "xx-smaller", "big", "small", "fine",
               "sm", "nowrap", "nw", "block center", "bc", "block right", "float right",
               "float left", "fr", "fl", "uc", "lc", "resize", "fs", "font-size", "font",
               "larger block", "smaller block", "center block", "justify", "indent",
               "hanging indent", "hi", "ppoem", "blockquote", "quote", "lang", "lang block",
               "right block", "text-align", "x-larger block", "span", "bold", "italic",
               "sc-upper", "tl", "nobr", "no wrap", "noitalic", "ditto"}
# of those, the ones set as a block of their own (a <div>): their words never run on into
# the words around them ("A{{center|AA}}" shows A, then AA on a line below)
BLOCK_LAYOUT = {"center", "c", "centre", "right", "left", "block center", "bc", "block right",
                "float right", "float left", "fr", "fl", "larger block", "smaller block",
                "center block", "justify", "indent", "hanging indent", "hi", "ppoem",
                "blockquote", "quote", "lang block", "right block", "text-align",
                "x-larger block"}
MARK_TEMPLATES = {"sc": "smallcaps", "small-caps": "smallcaps", "smallcaps": "smallcaps",
                  "asc": "smallcaps", "small caps": "smallcaps", "u": "underline",
                  "underline": "underline", "ul": "underline", "strike": "strikethrough",
                  "s": "strikethrough", "sup": "sup", "sub": "sub", "i": "italic",
                  "b": "bold", "bold": "bold", "italic": "italic"}
LAYOUT_ONLY = {"rule", "gap", "dhr", "nop", "clear", "-", "dotted tab", "pb", "hr", "brk",
               "nbsp", "reflist", "smallrefs", "references", "float-clear", "clear left",
               "clear right", "blank line", "br", "dropinitial-clear", "pseudoheader",
               "ts", "table style", "tts", "ppoem end", "hrule", "custom rule",
               "defaultsort", "authority control", "featured download", "textquality",
               "process header", "ps", "pd/1923", "pd-old", "pd-us", "license", "toc",
               "ocr", "running header", "rh"}
SPACE_TEMPLATES = {"gap", "nbsp", "dotted tab"}
BREAK_TEMPLATES = {"dhr", "brk", "blank line", "rule", "hr", "hrule", "custom rule"}
HEADER_TEMPLATES = {"header", "textdaten", "headertemplate", "header2", "en-tête"}
PAGE_TEMPLATES = {"page", "page break"}
SPLIT_START = {"hws", "hyphenated word start"}
SPLIT_END = {"hwe", "hyphenated word end"}
NAVIGATION_KEYS = {"previous", "next", "vorher", "nachher", "précédent", "suivant",
                   "categories", "portal", "shortcut", "wikipedia", "wikidata", "commons",
                   "cover", "image", "wikiquote", "wikinews", "wiktionary", "noauthor",
                   "contributor", "disambiguation"}
HEADER_KEYS = {"title": "title", "titel": "title", "titre": "title", "author": "author",
               "autor": "author", "auteur": "author", "override_author": "author",
               "year": "date", "jahr": "date", "année": "date", "override_year": "date",
               # a header template of acts (ru.wikisource's {{Распоряжение Президента РФ}},
               # {{Указ …}}): its title, date, number and source fields
               "название": "title", "titolo": "title", "título": "title", "tytuł": "title",
               "дата": "date", "date": "date", "datum": "date", "fecha": "date",
               "номер": "number", "number": "number", "nummer": "number", "numéro": "number",
               "número": "number", "numer": "number",
               "источник": "url", "source": "url", "quelle": "url", "fuente": "url"}
URL = re.compile(r"^https?://\S+$")
# a template that signs: the office and the name as its positional arguments
SIGNATURE_TEMPLATES = {"подпись", "signature", "unterschrift", "firma", "podpis", "signatur",
                       "handtekening", "подпіс", "підпис"}
SIGNATURE_GAP = " " * 8       # as a typescript sets it: the office, a wide gap, the name
DIMENSION = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*(?:em|ex|px|pt|%|en|rem|vw|vh|mm|cm|in)?\s*$")
STRAY_TAG = re.compile(r"</?(?:span|small|big|font|u|s)\b[^<>\n]*>", re.I)
STRAY_BLOCK = re.compile(r"</?(?:center|div|p|blockquote)\b[^<>\n]*>", re.I)   # parts lines
BR = "\x0b"       # a <br>: never in a cleaned text (XML cannot hold it)
STRAY_BR = re.compile(r"<br\s*/?>", re.I)
STRAY_QUOTES = re.compile(r"'{2,5}")
MAGIC_WORD = re.compile(r"__[A-Z]{3,20}__")
IMAGE_PREFIX = re.compile(r"(?i)^\s*:?\s*(?:file|image|media|datei|bild|fichier|imagen|"
                          r"archivo|immagine|plik|файл|изображение)\s*:")
CATEGORY_PREFIX = re.compile(r"(?i)^\s*(?:category|kategorie|catégorie|categoría|categoria|"
                             r"kategoria|категория)\s*:")
LANGUAGE_LINK = re.compile(r"^[a-z]{2,3}(?:-[a-z]{2,8})?:[^:]")
RAW_TAGS = {"nowiki", "pre", "code", "tt", "syntaxhighlight", "source", "math", "chem",
            "ce", "kbd", "samp"}
DROPPED_TAGS = {"pagequality", "section", "templatestyles", "indicator", "gallery",
                "imagemap", "timeline", "graph", "score", "mapframe", "maplink",
                "categorytree", "inputbox", "hiero", "references", "ref-list", "dynamicpagelist"}
BLOCK_TAGS = {"div", "center", "p", "blockquote", "table", "poem", "pre", "h1", "h2", "h3",
              "h4", "h5", "h6", "ul", "ol", "dl"}


NOINCLUDE = re.compile(r"<noinclude\s*>(.*?)</noinclude\s*>", re.S | re.I)
RUNNING_HEAD = re.compile(r"\{\{\s*(?:rh|running ?header|rh/[2-4])\s*\|([^{}]*)\}\}", re.I)
PAGE_MARK, LINE_MARK = "\ue000", "\ue001"     # private use: a page begins; a line was here
LINE_START = ("{|", "=", "*", "#", ":", ";")


def _without_noinclude(text: str, out: Lines) -> str:
    """A proofread page's header and footer (``<noinclude>``: its quality mark, running
    head, the notes' list) are not text of the work: cut out before parsing (their tags
    need not pair with the body's: a <div> opened in the header closes in the footer), and
    reported. Where a file holds two pages or more, each header is where a page of the
    source begins (numbered from its running head, {{rh|12|TITLE|}}, where it has one)."""
    if PAGE_MARK in text or LINE_MARK in text or "<noinclude" not in text.casefold():
        return text
    pages = sum(1 for m in NOINCLUDE.finditer(text) if "pagequality" in m.group(1).casefold())
    parts: list[str] = []
    at = 0
    for m in NOINCLUDE.finditer(text):
        body = m.group(1)
        line = text.count("\n", 0, m.start()) + 1
        if body.strip():
            out.leave_out(line, line + body.count("\n"), body, "a proofread page's header or "
                          "footer (<noinclude>): not text of the work", "format-markup")
        parts.append(text[at:m.start()])
        if pages >= 2 and "pagequality" in body.casefold():
            parts.append(PAGE_MARK + _page_number(body) + PAGE_MARK)
        parts.append(LINE_MARK * m.group().count("\n"))
        if text.startswith(LINE_START, m.end()):     # a page's body opens on a new line
            parts.append("\n")
        at = m.end()
    parts.append(text[at:])
    return "".join(parts)


def _page_number(header: str) -> str:
    m = RUNNING_HEAD.search(header)
    if m is None:
        return ""
    cells = [" ".join(c.split()) for c in m.group(1).split("|")]
    for cell in (cells[0], cells[-1]) if cells else ():
        if re.fullmatch(r"\d{1,5}|[ivxlcdm]{1,8}", cell, re.I):
            return cell
    return ""


def _name(template: Any) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).casefold()


class _Walker:
    def __init__(self, out: Lines, code: Any) -> None:
        self.out = out
        self.rows: list[tuple[int, str, str]] = []      # the block being made
        self.buf: list[str] = []                          # the line being made
        self.line = 1                 # the source line the walk is on
        self.start = 1                # the source line the line being made began on
        self.kind = ""
        self.carry: list[str] = []    # marks open at the end of the last line
        self.notes: list[tuple[int, int, str]] = []       # (line, number, text)
        self.named: dict[str, int] = {}
        self.templates: Counter[str] = Counter()
        self.template_lines: dict[str, int] = {}
        self.breaks = False           # inside <poem>: each line a line of the source
        self.depth = 0                # a list item's depth ("**" is 2)
        self.numbers: dict[int, int] = {}     # the numbered items counted, by depth
        self.number = 0               # 1: the item being made is a numbered one
        levels = [h.level for h in code.filter_headings(recursive=False)]
        self.top = min(levels, default=2)
        self.split_words = self._split_words(code)

    # ------------------------------------------------------------ the line stream
    def walk(self, code: Any) -> None:
        for node in code.nodes:
            start = self.line
            self.node(node)
            self.line = max(self.line, start + str(node).count("\n"))

    def emit(self, text: str) -> None:
        """Text (with marks) that may hold line ends: each ends a line of the output; a
        <br> (BR) is a line end the transcriber typed, in the same line of the source."""
        for piece in re.split("(\n|\x0b)", text):
            if piece == "\n":
                self.newline(1)
                continue
            if piece == BR:
                if "".join(self.buf).strip():
                    self.out.hints.broken_lines.add(self.start)
                self.newline(0)
                continue
            if piece:
                if not "".join(self.buf).strip() and not piece.strip():
                    continue
                self.buf.append(piece)

    def newline(self, advance: int = 1) -> None:
        text = "".join(self.buf)
        self.buf = []
        if marks.plain(text).strip():
            text, self.carry = marks.balance(text, self.carry)
            if self.breaks and self.kind != "pre":
                text = text.strip()
                self.out.hints.broken_lines.add(self.start)
            if self.kind in ("item", "quote"):
                text = text.lstrip()
                if self.number:           # a numbered item: its number, as printed
                    self.numbers = {d: k for d, k in self.numbers.items() if d <= self.depth}
                    self.numbers[self.depth] = self.numbers.get(self.depth, 0) + 1
                    text = f"{self.numbers[self.depth]}. {text}"
            else:
                self.numbers = {}
            self.rows.append((self.start, text, self.kind))
            if self.kind in ("item", "quote") and advance:
                self.flush()
        elif self.rows:
            self.flush()
        self.line += advance
        self.start = self.line
        self.kind = ""
        self.number = 0

    def flush(self) -> None:
        if "".join(self.buf).strip():
            self.newline(0)
        self.buf = []
        if self.rows:
            self.out.block(self.rows)
        self.rows = []
        self.carry = []

    def end(self) -> None:
        self.flush()
        for line, number, text in self.notes:
            self.out.text_block(line, f"[{number}] {text}", "note")
        for name, count in sorted(self.templates.items()):
            line = self.template_lines[name]
            self.out.leave_out(line, line, f"{{{{{name}}}}} ×{count}", "a template the reader "
                               "does not know: the words of its positional arguments are "
                               "kept, its named settings are not text", "format-markup")

    # ------------------------------------------------------------ nodes in the stream
    def node(self, node: Any) -> None:
        import mwparserfromhell.nodes as n
        if isinstance(node, n.Text):
            self._text(str(node))
        elif isinstance(node, n.Heading):
            self.flush()
            level = min(6, max(1, node.level - self.top + 1))
            # (a <br> in it is a line break the page types: the heading's lines)
            parts = [" ".join(part.split()) for part in self.render(node.title).split(BR)]
            parts = [part for part in parts if marks.plain(part).strip()]
            if len(parts) > 3:
                parts = [*parts[:2], " ".join(parts[2:])]
            if len(parts) > 1:
                self.out.hints.broken_lines.add(self.line)
            if parts:
                self.out.block([(self.line, part, f"h{level}") for part in parts])
        elif isinstance(node, n.Tag):
            self._tag(node)
        elif isinstance(node, n.Template):
            self._template_block(node)
        elif isinstance(node, n.Comment):
            self._comment(node)
        else:
            self.emit(self.inline(node))

    def _text(self, text: str) -> None:
        if PAGE_MARK in text or LINE_MARK in text:
            for k, part in enumerate(text.split(PAGE_MARK)):
                if k % 2:                             # a page of the source begins
                    self.flush()
                    self.out.block([(self.line, f"[Page {part}]" if part else "[Page]", "")])
                    self.out.hints.page_images.append("")
                    continue
                for m, piece in enumerate(part.split(LINE_MARK)):
                    self.line += 1 if m else 0
                    self.start = self.start if "".join(self.buf).strip() else self.line
                    self._text(piece)
            return
        for k, piece in enumerate(text.split("\n")):
            if k:
                self.newline()
            if not piece:
                continue
            if not self.buf and piece.startswith(" ") and not self.breaks and \
                    piece.strip() and not self.kind:
                self.kind = "pre"                 # a line that opens with a space
            self.emit(self._clean(piece))

    def _clean(self, text: str) -> str:
        text = text.replace(LINE_MARK, "")
        text = re.sub(PAGE_MARK + "[^" + PAGE_MARK + "]*" + PAGE_MARK, "", text)
        cleaned = MAGIC_WORD.sub("", text)
        cleaned = STRAY_BR.sub(BR, cleaned)
        cleaned = STRAY_TAG.sub("", cleaned)
        cleaned = STRAY_BLOCK.sub("\n", cleaned)
        cleaned = STRAY_QUOTES.sub("", cleaned)
        if cleaned != text:
            self.out.leave_out(self.line, self.line, " ".join(
                re.findall(r"__[A-Z]+__|<[^<>]*>|'{2,5}", text)), "wiki markup that opens or "
                "closes nothing (format markup)", "format-markup")
        return cleaned

    def _tag(self, node: Any) -> None:
        tag = str(node.tag).strip().casefold()
        markup = node.wiki_markup
        if markup in ("*", "#", ";", ":") or tag in ("li", "dt", "dd"):
            if not "".join(self.buf).strip() and not self.kind:   # an item is a block
                self.flush()                                      # of its own
                self.depth = 0
            self.depth += 1
            self.kind = self.kind or ("quote" if markup == ":" or tag == "dd" else "item")
            self.number = 1 if markup == "#" else 0     # the last mark says what it is
        elif tag == "hr":
            self.flush()
            self.out.hints.rule_lines.add(self.line)
        elif tag == "table":
            self.flush()
            self._table(node)
        elif tag == "poem":
            self.flush()
            saved, self.breaks = self.breaks, True
            self.emit(self.render(node.contents).strip("\n") if node.contents else "")
            self.flush()
            self.breaks = saved
        elif tag in ("pre",) and node.contents is not None:
            self.flush()
            for k, piece in enumerate(str(node.contents).strip("\n").split("\n")):
                if piece.strip():
                    self.rows.append((self.line + k, piece.rstrip(), "pre"))
            self.flush()
        elif tag == "noinclude":         # one left unpaired by the cut: its words are kept
            self.emit(self.inline(node))
        elif tag in ("blockquote",) and node.contents is not None:
            self.flush()
            body = self.render(node.contents).strip("\n")
            for piece in body.split("\n"):
                if marks.plain(piece).strip():
                    self.kind = "quote"
                    self.buf.append(piece)
                    self.newline(0)
                else:
                    self.flush()
            self.flush()
        elif tag in ("div", "center", "p") and node.contents is not None:
            self.flush()
            if _holds_blocks(node.contents):   # a page wrapped in <div class="text">: its
                self.walk(node.contents)        # headings, tables and paragraphs as such
            else:
                self.emit(self.render(node.contents).strip("\n"))
            self.flush()
        else:
            self.emit(self.inline(node))

    def _comment(self, node: Any) -> None:
        body = str(node.contents)
        if body.strip():
            self.out.leave_out(self.line, self.line + body.count("\n"), body,
                               "a comment (never shown)", "format-markup")

    def _template_block(self, node: Any) -> None:
        name = _name(node)
        if name in HEADER_TEMPLATES or (not self.out.lines and not self.rows
                                        and not "".join(self.buf).strip()
                                        and _fields_template(node)):
            self._header(node)
        elif name in BREAK_TEMPLATES:
            self.flush()
            if name != "dhr":
                self.out.hints.rule_lines.add(self.line)
        else:
            self.emit(self.template(node))

    def _header(self, node: Any) -> None:
        """Wikisource's header: title, author, year to the document's header; its notes are
        the editors' words and stay text; the links to the previous and next part are the
        site's navigation."""
        self.flush()
        hints = self.out.hints
        title = section = number = ""
        notes = ""
        for param in node.params:
            key = str(param.name).strip().casefold()
            value = " ".join(marks.plain(self.render(param.value)).split())
            if not value:
                continue
            if key in ("notes", "anmerkung", "notes_header"):
                notes = self.render(param.value).strip()
                continue
            if key in NAVIGATION_KEYS:
                continue
            field = HEADER_KEYS.get(key)
            if field == "title":
                title = value
            elif field == "date" and not hints.date:
                hints.date = value
            elif field == "number":
                number = value
            elif field == "url" and URL.match(value) and not hints.url:
                hints.url = value
            if key == "section":
                section = value
            hints.fields.append((key, value))
        name = " ".join(str(node.name).split())
        if not title and number and _name(node) not in HEADER_TEMPLATES:
            title = f"{name} \u2116 {number}"    # an act's template names its kind:
        if title and not hints.title:            # "Распоряжение Президента РФ № 359-рп"
            hints.title = f"{title} \u2014 {section}" if section else title
        text = str(node)
        self.out.leave_out(self.line, self.line + text.count("\n"), text, "the wiki's header "
                           "template: title, author and date are in the header, its "
                           "previous and next links the site's navigation", "front-matter")
        if notes:
            self.emit(notes)
            self.flush()

    # ------------------------------------------------------------ tables
    def _table(self, node: Any) -> None:
        line = self.line
        caption = ""
        rows: list[list[tables.Cell]] = []
        loose: list[tables.Cell] = []       # cells before the first "|-"
        stray: list[str] = []               # text in no cell: the wiki shows it over the table
        for child in (node.contents.nodes if node.contents else []):
            if not hasattr(child, "tag"):
                stray.append(self.inline(child))
                continue
            tag = str(child.tag).strip().casefold()
            if tag == "tr":
                if loose:
                    rows.append(loose)
                    loose = []
                rows.append([self._cell(c) for c in (child.contents.nodes if child.contents
                                                     else []) if hasattr(c, "tag") and
                             str(c.tag).strip().casefold() in ("td", "th")])
            elif tag == "caption" or (tag == "td" and str(child.contents or "")
                                      .lstrip().startswith("+") and child.wiki_markup == "|"):
                caption = self.render(child.contents).lstrip().lstrip("+").strip()
            elif tag in ("td", "th"):
                loose.append(self._cell(child))
        if loose:
            rows.append(loose)
        text = " ".join("".join(stray).split())
        if marks.plain(text).strip():
            self.out.block([(line, marks.balance(text, [])[0], "")])
        made = tables.line(caption, rows)
        if made is not None:
            self.out.block([(line, made[0], made[1])])

    def _cell(self, node: Any) -> tables.Cell:
        text = (self.render(node.contents) if node.contents else "").replace(BR, "\n")
        text = "\n".join(" ".join(part.split()) for part in text.split("\n")).strip("\n")
        return tables.Cell(marks.balance(text, [])[0], str(node.tag).strip() == "th",
                           tables.span_value(_attr(node, "colspan")),
                           tables.span_value(_attr(node, "rowspan")))

    # ------------------------------------------------------------ inline
    def render(self, code: Any) -> str:
        if code is None:
            return ""
        return "".join(self.inline(node) for node in code.nodes)

    def inline(self, node: Any) -> str:
        import mwparserfromhell.nodes as n
        if isinstance(node, n.Text):
            return self._clean(str(node))
        if isinstance(node, n.HTMLEntity):
            return node.normalize()
        if isinstance(node, n.Wikilink):
            return self._wikilink(node)
        if isinstance(node, n.ExternalLink):
            url = str(node.url).strip()
            text = self.render(node.title).strip() if node.title else ""
            # a bracketed link without words shows apart ("AA[https://x.org]" is "AA [1]"
            # on the wiki): its address, never glued to the word before
            lead = " " if not text and node.brackets else ""
            text = text or url
            return lead + (marks.ref(url, text) if re.match(r"(?i)(?:https?|ftp|mailto):", url)
                           else text)
        if isinstance(node, n.Template):
            return self.template(node)
        if isinstance(node, n.Comment):
            self._comment(node)
            return ""
        if isinstance(node, n.Heading):
            return "\n" + self.render(node.title).strip() + "\n"
        if isinstance(node, n.Tag):
            return self._inline_tag(node)
        if isinstance(node, n.Argument):      # {{{1|default}}}: its default, if any
            return self.render(node.default) if node.default is not None else ""
        return str(node)

    def _inline_tag(self, node: Any) -> str:
        tag = str(node.tag).strip().casefold()
        if tag == "ref":
            return self._ref(node)
        if tag == "br":
            return BR
        if tag in DROPPED_TAGS:
            body = str(node)
            self.out.leave_out(self.line, self.line + body.count("\n"), body,
                               f"a <{tag}> (not text of the document)", "format-markup")
            return ""
        if tag == "pages":
            self._transclusion(str(node))
            return ""
        if node.self_closing or node.contents is None:
            return ""
        if tag in RAW_TAGS:
            return str(node.contents)
        inner = self.render(node.contents)
        if node.wiki_markup == "'''" or tag in ("b", "strong"):
            return marks.hi("bold", inner)
        if node.wiki_markup == "''" or tag in ("i", "em", "cite", "var", "dfn"):
            return marks.hi("italic", inner)
        rend = marks.HTML_RENDS.get(tag)
        if rend is not None:
            return marks.hi(rend, inner)
        if tag in ("td", "th", "tr", "table", "caption"):
            return "\n" + inner + "\n"
        if tag in BLOCK_TAGS:
            return "\n" + inner.strip("\n") + "\n"
        return inner

    def _wikilink(self, node: Any) -> str:
        title = str(node.title).strip()
        if IMAGE_PREFIX.match(title):
            self.out.leave_out(self.line, self.line, str(node), "an image (not text)", "image")
            return ""
        if CATEGORY_PREFIX.match(title) or (node.text is None and LANGUAGE_LINK.match(title)):
            self.out.leave_out(self.line, self.line, str(node), "a category or a link to "
                               "another language's wiki (not text)", "format-markup")
            return ""
        if node.text is not None and str(node.text).strip():
            return self.render(node.text)
        return self._clean(title.lstrip(":"))

    def _ref(self, node: Any) -> str:
        name = _attr(node, "name")
        text = ""
        if not node.self_closing and node.contents is not None:
            text = " ".join(self.render(node.contents).split())
        if name and name in self.named:
            number = self.named[name]
            if text:              # the named note's text given where it is used again
                for k, (line, n, old) in enumerate(self.notes):
                    if n == number and not marks.plain(old).strip():
                        self.notes[k] = (line, n, text)
            return f"[{number}]"
        if not text and name is None:
            return ""
        number = len(self.notes) + 1
        if name:
            self.named[name] = number
        self.notes.append((self.line, number, marks.balance(text, [])[0]))
        return f"[{number}]"

    def _transclusion(self, text: str) -> None:
        self.out.leave_out(self.line, self.line, text, "a transclusion of a scan's pages: "
                           "their text is on the wiki's Page: pages, not in this file",
                           "transclusion")

    def template(self, node: Any) -> str:
        name = _name(node)
        positional = [p for p in node.params if not p.showkey]
        args = [self.render(p.value) for p in positional]
        if name in HEADER_TEMPLATES:
            self._header(node)
            return ""
        if name in PAGE_TEMPLATES:
            self._transclusion(str(node))
            return ""
        if name in SPLIT_START or name in SPLIT_END:
            return self._split_word(node, name, args)
        if name in SPACE_TEMPLATES:
            return " "
        if name in LAYOUT_ONLY:
            return "\n" if name in BREAK_TEMPLATES else ""
        words = [a for a in args if a.strip() and not DIMENSION.match(marks.plain(a))]
        if not words and any(a and not a.strip() for a in args):
            return " "              # {{sc| }} between two words shows a space: never glue them
        if name in MARK_TEMPLATES:     # with no text ({{sc|=x}}: a named setting) it shows
            return marks.hi(MARK_TEMPLATES[name], " ".join(words)) if words else " "  # none
        if name in SIGNATURE_TEMPLATES and 2 <= len(words) <= 3:
            return "\n" + SIGNATURE_GAP.join(" ".join(w.split()) for w in words) + "\n"
        if name in ("lang", "lang block") and len(words) >= 2:
            words = words[1:]                         # the language's code, then the text
        if name not in LAYOUT_TEXT and not name.startswith("#"):
            self.templates[name] += 1
            self.template_lines.setdefault(name, self.line)
        elif name.startswith("#"):
            self.templates[name.split(":")[0]] += 1
            self.template_lines.setdefault(name.split(":")[0], self.line)
        text = " ".join(w.strip(" ") for w in words)
        if name not in LAYOUT_TEXT and not text:
            return " "      # a template unknown here shows something on the wiki: no glue
        return f" {text} " if name in BLOCK_LAYOUT else text   # a block parts words, if empty too

    def _split_words(self, code: Any) -> set[int]:
        """The {{hws}}s that a {{hwe}} of the same word follows: the word is whole at the
        first, and the second prints nothing (as the wiki shows a work's pages read on)."""
        paired: set[int] = set()
        waiting: dict[str, int] = {}
        for template in code.filter_templates(recursive=True):
            name = _name(template)
            positional = [str(p.value).strip() for p in template.params if not p.showkey]
            word = positional[1] if len(positional) > 1 else ""
            if name in SPLIT_START and word:
                waiting[word] = id(template)
            elif name in SPLIT_END and word in waiting:
                paired.add(waiting.pop(word))
                paired.add(id(template))
        return paired

    def _split_word(self, node: Any, name: str, args: list[str]) -> str:
        if id(node) in self.split_words:
            return args[1] if name in SPLIT_START and len(args) > 1 else ""
        return args[0] if args else ""          # one half alone: the letters printed here


def _holds_blocks(code: Any) -> bool:
    """Wikicode with blocks in it (a heading, a table, a blank line between paragraphs):
    walked node by node, not rendered as one line."""
    import mwparserfromhell.nodes as n
    return "\n\n" in str(code) or any(
        isinstance(node, n.Heading) or (isinstance(node, n.Tag) and node.wiki_markup == "{|")
        for node in code.nodes)


# a field's value: a date, a number, an address
FIELD_VALUE = re.compile(r"^\s*(?:\d[\d./\-]*(?:\s*\S{0,4})?|https?://\S+)\s*$")


def _fields_template(node: Any) -> bool:
    """A template at the top of a page that is the page's header whatever its name: named
    settings only (three at least), two at least of them a date, a number or an address,
    and one a title, date or number by its key."""
    params = list(node.params)
    if len(params) < 3 or any(not p.showkey for p in params):
        return False
    values = [str(p.value).strip() for p in params]
    keys = {str(p.name).strip().casefold() for p in params}
    return sum(1 for v in values if v and FIELD_VALUE.match(v)) >= 2 and \
        any(HEADER_KEYS.get(k) in ("title", "date", "number") for k in keys)


def _attr(node: Any, name: str) -> str | None:
    try:
        if node.has(name):
            return str(node.get(name).value).strip().strip("\"'")
    except (ValueError, AttributeError):
        return None
    return None

"""LaTeX (a transcription or an edition kept as .tex, or saved as .txt), read with
pylatexenc's latexwalker into a tree of macros, groups, environments, comments and
characters; the tree is walked into the same blocks and marks as Markdown's: sectioning
commands are headings, ``\\emph``/``\\textit``/``\\textbf``/``\\textsc`` and the font
declarations (``{\\it …}``) emphasis, ``\\footnote{}`` a note at its marker, ``\\href``
a link, ``\\\\`` and ``\\break`` the transcriber's line ends, ``\\newpage``/``\\eject`` page
breaks, quotation, verse and list environments their blocks; ``\\title{}``, ``\\author{}``
and ``\\date{}`` go to the header. Accents and special characters (``\\'e``, ``\\ss``,
``--``, ``~``) are the characters they print (pylatexenc's latex2text tables).

Why pylatexenc: it is the maintained pure-Python LaTeX parser on PyPI (MIT licence, no
dependencies), it parses leniently (an unclosed brace or environment still gives a tree
with every character in it) and it gives positions, so every block keeps its source line.
(TexSoup, the other candidate, is BSD but rewrites the source on malformed input and has no
tables of LaTeX's accents.)

Nothing is lost: a command teikit does not know (a project's own ``\\stick{…}``) keeps
the text of its arguments; what prints no text (layout, spacing, fonts, the preamble, the
comments) is left out and reported, each command once with how often it stood."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Collector
from ..sourcetext import SourceText, marked_up_text
from . import marks, suffix, tables
from .latexcommands import (
    ACCENTS,
    BLOCK_MACROS,
    BREAKS,
    CATCH_NAME,
    CITATIONS,
    DECLARATIONS,
    DEFINITIONS,
    DIMENSION,
    FIRST_ARG_SETTING,
    GLUE,
    HEADER,
    HEADING_NAME,
    IGNORED_WITH_ARGS,
    INITIAL_NAME,
    LAYOUT,
    LAYOUT_ARGUMENT,
    LINE_MACROS,
    LISTS,
    MATH_ENVS,
    NOTES,
    NUMBER,
    PAGES,
    PLAIN_TEXT,
    QUOTES,
    RENDS_BY_NAME,
    SECTIONS,
    SETTING,
    SPACES,
    TABLES,
    TEX_MARKUP,
    TEXT_RENDS,
    VERBATIM,
    context,
    latex2text,
)
from .lines import Lines

NAME = "latex"
NAMES = (".tex", ".latex", ".ltx")
# a .txt is LaTeX by its look: the document's class or body, or lines that open with a
# command and its argument ("\stick{…}", "\section{…}") — several of them, and many of the
# lines (a text that quotes one \emph{} is no LaTeX source)
DOCUMENT = re.compile(rb"(?m)^[ \t]*\\(?:documentclass|begin\{document\})")
COMMAND_LINE = re.compile(rb"(?m)^[ \t]*\\[A-Za-z]{2,}\*?(?:\[[^\]\n]{0,200}\])?\{")
MAX_DEPTH = 200            # groups inside groups: pylatexenc recurses, Python's stack does not
MAX_EXPANSIONS = 10000     # uses of the document's own \def and \newcommand macros



def sniff(name: str, data: bytes) -> float:
    if suffix(name) in NAMES:
        return 0.95
    head = data[:20000]
    if b"\\" not in head:
        return 0.0
    if DOCUMENT.search(head):
        return 0.9
    lines = [ln for ln in head.split(b"\n") if ln.strip()]
    commands = len(COMMAND_LINE.findall(head))
    return 0.6 if commands >= 5 and commands * 4 >= len(lines) else 0.0


def read(name: str, data: bytes, encoding: str | None,
         diags: Collector) -> SourceText:
    text, used = marked_up_text(name, data, encoding, diags)
    out = Lines()
    nodes = _parse(text)
    walker = _Walker(text, out)
    if nodes is None:       # too deeply nested for the parser: every line read as text
        diags.warn("groups nested too deeply for the LaTeX parser; the lines are read as "
                   "plain text", "latex-too-deep", 1, 1)
        out.text_block(1, text)
        return out.source(name, used, diags)
    walker.document(nodes)
    walker.report(diags)
    return out.source(name, used, diags)


def _parse(text: str) -> list[Any] | None:
    from pylatexenc.latexwalker import LatexWalker
    if _depth(text) > MAX_DEPTH:
        return None
    walker = LatexWalker(text, latex_context=context(), tolerant_parsing=True)
    try:
        nodes, _, _ = walker.get_latex_nodes()
    except RecursionError:                               # (an environment inside another
        return None                                      # thousands deep)
    return list(nodes)


def _depth(text: str) -> int:
    """How deep braces and environments nest (at most: an unclosed one counts to the end)."""
    depth = deepest = 0
    for m in re.finditer(r"\\[{}]|[{}]|\\begin\b|\\end\b", text):
        token = m.group()
        if token in ("{", "\\begin"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("}", "\\end"):
            depth = max(depth - 1, 0)
    return deepest




@dataclass
class _Block:
    """The rows (source line, text, kind) of the block being written."""

    rows: list[tuple[int, str, str]] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    line: int = 0


# an emphasis closed at a line's end and opened again at the next line's start (a
# line-by-line transcription sets each line's italics apart: "\\i{woman, … in-}" /
# "\\i{terrupt a man …}") is one emphasis that goes on over the line end
CONTINUED = re.compile("|".join(f"{c}\n{o}" for o, c in marks.HI.values()))


class _Text:
    """Where inline text goes when it is not the body's flow (a note, a heading, a title):
    one line, its line ends spaces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.line = 0

    def text(self, s: str, line: int) -> None:
        if not self.line and s.strip():
            self.line = line
        self.parts.append(s)

    def newline(self, line: int, hard: bool = False) -> None:
        self.parts.append(" ")

    def par(self) -> None:
        self.parts.append(" ")

    def value(self) -> str:
        return " ".join("".join(self.parts).split())


class _Flow:
    """The body: blocks of rows, a row per source line (a hard break ends one too)."""

    def __init__(self, out: Lines, kind: str = "") -> None:
        self.out = out
        self.block = _Block()
        self.kind = kind
        self.carry: list[str] = []          # emphasis open across blocks
        self.pending = ""                   # marks of a row that had no words

    def text(self, s: str, line: int) -> None:
        if not self.block.parts and not s.strip():
            return
        if line and not marks.plain("".join(self.block.parts)).strip():
            self.block.line = line           # (the row's line: its first words')
        self.block.parts.append(s)

    def newline(self, line: int, hard: bool = False) -> None:
        text = self.pending + "".join(self.block.parts)
        self.block.parts = []
        if not marks.plain(text).strip():
            self.pending = text.strip()      # marks only: they go on with the next row
            return
        self.pending = ""
        self.block.rows.append((self.block.line, " ".join(text.split()), self.kind))
        if hard:
            self.out.hints.broken_lines.add(self.block.line)

    def par(self, kind: str | None = None) -> None:
        self.newline(0)
        rows = self.block.rows
        if rows:
            if self.pending:                 # closing marks after the block's last words
                n, last, k = rows[-1]
                rows[-1] = (n, last + self.pending, k)
                self.pending = ""
            text, self.carry = marks.balance("\n".join(r[1] for r in rows), self.carry)
            if "\n" in text and marks.has_marks(text):
                text = CONTINUED.sub("\n", text)    # one emphasis over a line end
            texts = marks.rebalanced(text.split("\n"))
            kept = [(n, t, k) for (n, _, k), t in zip(rows, texts, strict=True)
                    if marks.plain(t).strip()]
            self.out.block(kept)
        self.block = _Block()
        if kind is not None:
            self.kind = kind

    def row(self, line: int, text: str, kind: str) -> None:
        """A block of one row of its own (a heading, a page break, a table)."""
        self.par()
        if marks.plain(text).strip():
            self.out.block([(line, text, kind)])


class _Walker:
    def __init__(self, source: str, out: Lines) -> None:
        self.source = source
        self.out = out
        self.starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.flow = _Flow(out)
        self.sink: Any = self.flow
        self.scopes: list[list[str]] = [[]]      # closers of the declarations in each group
        self.notes: list[tuple[int, str]] = []
        self.note_number = 0
        self.defs: dict[str, tuple[int, str]] = {}   # \def\vol{I}: name -> (args, body)
        self.expansions = 0
        self.nested = 0                              # expansions inside expansions
        self.fixed_line: int | None = None
        self.header: dict[str, tuple[str, int]] = {}
        self.dropped: dict[str, list[int]] = {}      # what printed nothing: name -> lines
        self.unknown: dict[str, list[int]] = {}      # commands kept by their text
        self.comments: list[tuple[int, str]] = []
        self.list_kinds: list[tuple[str, int]] = []  # (environment, items so far)
        self.whole_lines: dict[str, list[int]] = {}  # a command that wraps a whole line

    # -- positions and reports ---------------------------------------------------------------
    def line(self, pos: int | None) -> int:
        if self.fixed_line is not None:
            return self.fixed_line
        return bisect.bisect_right(self.starts, pos or 0)

    def drop(self, name: str, pos: int | None) -> None:
        self.dropped.setdefault(name, []).append(self.line(pos))

    def report(self, diags: Collector) -> None:
        for line, end, text in _runs(self.comments):
            self.out.leave_out(line, end, text, "a LaTeX comment (never printed)",
                               "format-markup")
        for name, lines in sorted(self.dropped.items(), key=lambda kv: kv[1][0]):
            shown = name if name.startswith(("image", "environment")) \
                else "\\" + name
            count = f" (\u00d7{len(lines)})" if len(lines) > 1 else ""
            self.out.leave_out(lines[0], lines[0], shown + count,
                               "LaTeX markup that prints no text of the document (layout, "
                               "spacing, fonts, references), wherever it stands",
                               "format-markup")
        for name, lines in sorted(self.unknown.items(), key=lambda kv: kv[1][0]):
            count = f" {len(lines)} times" if len(lines) > 1 else ""
            diags.info(f"\\{name}, a command not defined in the file, is read as the text of "
                       f"its arguments{count}", "latex-unknown-command", lines[0], 1)

    # -- the document ----------------------------------------------------------------------
    def document(self, nodes: list[Any]) -> None:
        from pylatexenc.latexwalker import LatexEnvironmentNode
        body = next((n for n in nodes if isinstance(n, LatexEnvironmentNode)
                     and n.environmentname == "document"), None)
        if body is not None:
            at = nodes.index(body)
            self.preamble(nodes[:at])
            self.walk(body.nodelist)
            after = nodes[at + 1:]
            if any(_words_in(n) for n in after):      # (text after \end{document}: kept)
                self.walk(after)
        else:
            self.walk(nodes)
        self.close_scope()
        self.flow.par()
        self.printed_lines()
        for line, note in self.notes:
            self.out.text_block(line, note, "note")
        self.hints()

    def printed_lines(self) -> None:
        """A command of the document's own that wraps a whole source line, line after line
        ("\\stick{his Dedication, than I have from}"), sets a line of print: a facsimile
        transcription's line ends, kept as the source's line breaks."""
        printing = {name for name, lines in self.whole_lines.items()
                    if len(lines) >= 5 and len(lines) * 2 >= len(self.unknown.get(name, []))}
        if not printing:
            return
        printed = {n for name in printing for n in self.whole_lines[name]}
        for name, lines in self.whole_lines.items():
            # (another that does so among them, every time: "\stck{…}" between "\stick"s)
            if name in printing or (len(lines) == len(self.unknown.get(name, [])) and all(
                    n - 1 in printed or n + 1 in printed for n in lines)):
                self.out.hints.broken_lines.update(lines)
        self.out.hints.rules.append("latex-printed-lines")

    def catchword(self, text: str, group: Any) -> bool:
        """Is *text* the words that follow the command (the next page's first words)?"""
        end = (group.pos or 0) + group.len
        following = TEX_MARKUP.sub(" ", self.source[end:end + 400])
        words = text.split()
        after = following.split()[:len(words)]
        if not words or len(after) < len(words):
            return False
        if words[-1].endswith("-") and len(words[-1]) > 2:   # "per-" over "perhaps"
            return after[:-1] == words[:-1] and after[-1].startswith(words[-1][:-1])
        return after == words

    def preamble(self, nodes: list[Any]) -> None:
        """Before \\begin{document}: the class, the packages and the settings print
        nothing (their arguments with them); \\title, \\author and \\date are read for
        the header, the definitions kept for the body; a word typed there (which LaTeX would
        refuse) stays text."""
        from pylatexenc.latexwalker import (
            LatexCharsNode,
            LatexCommentNode,
            LatexGroupNode,
            LatexMacroNode,
        )
        names: list[str] = []
        first = last = 0
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if isinstance(node, LatexMacroNode) and (node.macroname in HEADER
                                                     or node.macroname in DEFINITIONS):
                i = self.macro(nodes, i)
            elif isinstance(node, LatexMacroNode):
                if node.macroname not in names:
                    names.append(node.macroname)
                first = first or self.line(node.pos)
                j = i + 1            # its arguments: the groups (and "[…]") right after it
                while j < len(nodes) and (isinstance(nodes[j], LatexGroupNode) or (
                        isinstance(nodes[j], LatexCharsNode)
                        and re.fullmatch(r"\s*\[[^\]]*\]\s*", nodes[j].chars))):
                    j += 1
                words = [_verbatim_arg(g) for g in nodes[i + 1:j]
                         if isinstance(g, LatexGroupNode)]
                known = bool(node.nodeargd and node.nodeargd.argnlist)
                if words and not known and node.macroname not in LAYOUT | IGNORED_WITH_ARGS:
                    # a class's own field ("\shorttitle{…}", "\edition{…}"): the header's
                    value = self.inline_text(nodes[i + 1:j], node.pos)
                    if marks.plain(value).strip():
                        self.out.hints.fields.append((node.macroname, marks.plain(value)))
                i = j - 1
                last = self.line(nodes[i].pos + nodes[i].len)
            elif isinstance(node, LatexCommentNode):
                self.comment(node)
            elif not (isinstance(node, LatexCharsNode) and not node.chars.strip()):
                self.walk([node])
            i += 1
        if names:
            self.out.leave_out(first, max(first, last), " ".join("\\" + n for n in names),
                               "the LaTeX preamble's settings (document class, packages, "
                               "layout): they print no text", "format-markup")

    def hints(self) -> None:
        hints = self.out.hints
        if "title" in self.header:
            hints.title = self.header["title"][0]
        if "date" in self.header and not re.search(r"\\today|^\s*$", self.header["date"][0]):
            hints.date = self.header["date"][0]
        for key, (value, _) in self.header.items():
            if (key != "date" or not hints.date) and value:   # (the title too, as Markdown's
                                                   # front matter: a heading may name the text)
                hints.fields.append((key, value))

    # -- walking ------------------------------------------------------------------------------
    def walk(self, nodes: list[Any], depth: int = 0) -> None:
        from pylatexenc.latexwalker import (
            LatexCharsNode,
            LatexCommentNode,
            LatexEnvironmentNode,
            LatexGroupNode,
            LatexMacroNode,
            LatexMathNode,
            LatexSpecialsNode,
        )
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if node is None:
                pass
            elif isinstance(node, LatexCharsNode):
                self.chars(node.chars, node.pos)
            elif isinstance(node, LatexGroupNode):
                self.group(node.nodelist, depth)
            elif isinstance(node, LatexMacroNode):
                i = self.macro(nodes, i, depth)
            elif isinstance(node, LatexCommentNode):
                self.comment(node)
            elif isinstance(node, LatexSpecialsNode):
                self.special(node)
            elif isinstance(node, LatexMathNode):
                self.math(node)
            elif isinstance(node, LatexEnvironmentNode):
                self.environment(node, depth)
            i += 1

    def group(self, nodes: list[Any], depth: int = 0) -> None:
        self.scopes.append([])
        self.walk(nodes, depth + 1)
        self.close_scope()

    def close_scope(self) -> None:
        closers = self.scopes.pop() if self.scopes else []
        for closer in reversed(closers):
            self.sink.text(closer, 0)
        if not self.scopes:
            self.scopes.append([])

    def chars(self, chars: str, pos: int | None, start: int = 0) -> None:
        """Characters: a blank line ends a paragraph, a line end a row."""
        base = (pos or 0) + start
        chars = chars[start:]
        if "`" in chars:
            chars = chars.replace("`", "\u2018")       # TeX's opening quote
        for m in re.finditer(r"[^\n]+|\n[ \t]*(?:\n[ \t\n]*)?", chars):
            piece = m.group()
            if piece.startswith("\n"):
                if piece.count("\n") > 1:
                    self.sink.par()
                else:
                    self.sink.newline(self.line(base + m.start()))
            else:
                self.sink.text(piece, self.line(base + m.start()))

    def comment(self, node: Any) -> None:
        self.comments.append((self.line(node.pos), "%" + node.comment))
        if node.comment_post_space.count("\n") > 1:
            self.sink.par()

    def special(self, node: Any) -> None:
        chars = node.specials_chars
        text = {"~": " ", "--": "\u2013", "---": "\u2014", "``": "\u201c", "''": "\u201d",
                "!`": "\u00a1", "?`": "\u00bf", "&": " "}.get(chars, chars)
        self.sink.text(text, self.line(node.pos))

    def math(self, node: Any) -> None:
        """Inline math in a transcription is mostly a superscript ("M$^{r}$", "1$^{st}$"):
        that is <hi rend="sup">; other math is its text as latex2text prints it."""
        source = node.latex_verbatim()
        inner = source.strip("$").removeprefix("\\(").removesuffix("\\)").strip()
        m = re.fullmatch(r"([\^_])\s*(?:\{(?:\\(?:mathrm|rm|text|textrm)\s*)?\{?([^{}$]*)\}?\}|"
                         r"(\w))", inner)
        if m:
            rend = "sup" if m.group(1) == "^" else "sub"
            text = (m.group(2) if m.group(2) is not None else m.group(3)).strip()
            self.sink.text(marks.hi(rend, text), self.line(node.pos))
            return
        text = self.math_text(node.nodelist)
        if node.displaytype == "display":
            self.sink.par()
        self.sink.text(" ".join(text.split()), self.line(node.pos))
        if node.displaytype == "display":
            self.sink.par()

    def math_text(self, nodes: list[Any]) -> str:
        """A formula's characters as the walker reads them (\\alpha is α, \\text{…} its
        words, a command it does not know its arguments' words)."""
        saved, self.sink = self.sink, _Text()
        self.scopes.append([])
        self.walk(nodes)
        self.close_scope()
        text = marks.plain(self.sink.value())
        self.sink = saved
        return text

    # -- environments --------------------------------------------------------------------------
    def environment(self, node: Any, depth: int) -> None:
        name = node.environmentname
        line = self.line(node.pos)
        if name in VERBATIM:
            body = _verbatim(node)
            if name == "comment":
                self.comments.append((line, " ".join(body.split())))
                return
            self.flow.par()
            self.out.text_block(line + 1, body.strip("\n"), "pre")
            return
        if name in TABLES:
            self.table(node)
            return
        if name in MATH_ENVS:
            self.sink.par()
            self.sink.text(self.math_text(node.nodelist), line)
            self.sink.par()
            return
        if name not in QUOTES and name not in LISTS:
            self.drop(f"environment {name}", node.pos)
        kind = "quote" if QUOTES.get(name) == "quote" else None
        block = name not in ("document",)
        args = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
        if block and self.sink is self.flow:
            previous = self.flow.kind
            self.flow.par(kind if kind is not None else previous)
        else:
            previous = None
        if name == "letter" and args:               # \begin{letter}{the addressee}
            self.text_of_args(args, node.pos)
            self.sink.par()
        if name in LISTS:
            self.list_kinds.append((name, 0))
        self.scopes.append([])
        self.walk(node.nodelist, depth + 1)
        self.close_scope()
        if name in LISTS:
            self.list_kinds.pop()
        if previous is not None:
            self.flow.par(previous)

    def table(self, node: Any) -> None:
        """A tabular: rows at \\\\, cells at &, rules and column specifications left out."""
        from pylatexenc.latexwalker import LatexMacroNode, LatexSpecialsNode
        rows: list[list[tables.Cell]] = [[]]
        cell = _Text()
        saved, self.sink = self.sink, cell
        line = self.line(node.pos)
        for child in node.nodelist:
            if isinstance(child, LatexSpecialsNode) and child.specials_chars == "&":
                rows[-1].append(tables.Cell(cell.value()))
                cell = self.sink = _Text()
            elif isinstance(child, LatexMacroNode) and child.macroname in ("\\", "tabularnewline"):
                rows[-1].append(tables.Cell(cell.value()))
                rows.append([])
                cell = self.sink = _Text()
            else:
                self.walk([child])
        self.sink = saved
        if cell.value():
            rows[-1].append(tables.Cell(cell.value()))
        rows = [row for row in rows if any(c.text for c in row)]
        width = max((len(row) for row in rows), default=0)
        rows = [row + [tables.Cell("")] * (width - len(row)) for row in rows]
        made = tables.line("", rows) if rows else None
        if made is not None:
            if self.sink is self.flow:
                self.flow.row(line, made[0], made[1])
            else:
                self.sink.text(" ".join(c.text for row in rows for c in row), line)

    # -- commands -----------------------------------------------------------------------------
    def macro(self, nodes: list[Any], i: int, depth: int = 0) -> int:
        """One command (and what it takes from the nodes after it); returns the index of the
        last node it used."""
        node = nodes[i]
        name = node.macroname
        args = list(node.nodeargd.argnlist if node.nodeargd else [])
        line = self.line(node.pos)
        if name in DEFINITIONS:
            return self.definition(nodes, i)
        if name in self.defs and self.expansions < MAX_EXPANSIONS and self.nested < 20:
            return self.expand(nodes, i, depth)
        if name in HEADER:
            value = " ".join(marks.plain(self.inline_text(args[-1:], node.pos)).split())
            if value and HEADER[name] not in self.header:
                self.header[HEADER[name]] = (value, line)
            elif value:                    # a second \title: its words kept in the header
                self.out.hints.fields.append((HEADER[name], value))
            self.drop(name, node.pos)
            return i
        if name == "maketitle":
            self.maketitle(line)
            return i
        if name in SECTIONS and self.sink is self.flow:
            title = self.inline_text(args[-1:], node.pos)
            self.flow.row(line, title, SECTIONS[name])
            return i
        if name in NOTES:
            self.note(node, args, line)
            return i
        if name == "footnotemark":
            return i
        if name in TEXT_RENDS:
            self.rendered(TEXT_RENDS[name], args[-1:], node.pos)
            return i
        if name in PLAIN_TEXT:
            kept = args[-1:] if name in FIRST_ARG_SETTING or name in (
                "makebox", "framebox", "raisebox", "scalebox", "resizebox") else \
                [a for a in args if a is not None and getattr(a, "delimiters", ("{",))[0] == "{"]
            if name in LINE_MACROS and self.sink is self.flow:
                self.flow.newline(line)
                self.text_of_args(kept[-1:], node.pos)
                self.flow.newline(line, hard=True)
            else:
                self.text_of_args(kept, node.pos)
            return i
        if name in BLOCK_MACROS:
            self.sink.par()
            self.text_of_args([a for a in args if a is not None][-1:], node.pos)
            self.sink.par()
            return i
        if name in ("href", "url", "nolinkurl"):
            target = _verbatim_arg(args[0]) if args and args[0] is not None else ""
            words = self.inline_text(args[-1:], node.pos)
            self.sink.text(marks.ref(target, words) if words else "", line)
            return i
        if name in DECLARATIONS:
            opening, closing = marks.HI[DECLARATIONS[name]]
            self.sink.text(opening, line)
            self.scopes[-1].append(closing)
            return self.after_plain(nodes, i, node)
        if name == "bgroup":
            self.scopes.append([])
            return i
        if name == "egroup":
            if len(self.scopes) > 1:
                self.close_scope()
            return i
        if name == "par":
            self.sink.par()
            return i
        if name in BREAKS:
            self.sink.newline(line, hard=True)
            if name == "\\" and i + 1 < len(nodes):   # (the line end after "\\" is no row)
                return self.skip_line_end(nodes, i)
            return i
        if name in PAGES:
            if self.sink is self.flow:
                self.flow.row(line, "[Page]", "")
            return i
        if name == "item":
            self.item(args, line)
            return i
        if name == "includegraphics":
            self.drop("image (\\includegraphics)", node.pos)
            return i
        if name in CITATIONS or name in IGNORED_WITH_ARGS:
            self.drop(name, node.pos)
            return i
        if name in GLUE:
            self.drop(name, node.pos)
            return self.after_glue(nodes, i, node)
        if name in SPACES:
            self.sink.text(" ", line)
            self.drop(name, node.pos)
            return self.after_glue(nodes, i, node) if name in ("kern", "hskip") else i
        if name in LAYOUT:
            self.drop(name, node.pos)
            return self.after_plain(nodes, i, node)
        printed = self.printed(node, nodes, i)
        if printed is not None:
            self.sink.text(printed, line)
            return i
        return self.unknown_macro(nodes, i, depth)

    def after_plain(self, nodes: list[Any], i: int, node: Any) -> int:
        """A command without arguments swallows the spaces after its name (TeX's rule); its
        dimension, where one follows ("\\tstrut 28pt"), is layout."""
        return self.after_glue(nodes, i, node) if i + 1 < len(nodes) else i

    def after_glue(self, nodes: list[Any], i: int, node: Any) -> int:
        """A dimension after a command (\\vskip 16pt, \\kern -2pt, \\vskip -\\baselineskip):
        left out with it."""
        from pylatexenc.latexwalker import LatexCharsNode, LatexMacroNode
        if i + 1 >= len(nodes) or not isinstance(nodes[i + 1], LatexCharsNode):
            return i
        after = nodes[i + 1]
        chars = after.chars
        if chars[:1] == "\n":
            return i
        m = DIMENSION.match(chars)
        if m and not m.group().rstrip().endswith("\\") and "\\" not in m.group():
            rest = m.end()
            if rest < len(chars):
                self.chars(chars, after.pos, rest)
            return i + 1
        m = NUMBER.match(chars) if node.macroname in GLUE else None
        minus = re.match(r"^\s*=?\s*-?\s*$", chars)
        if ((m and m.end() == len(chars)) or minus) and i + 2 < len(nodes) and \
                isinstance(nodes[i + 2], LatexMacroNode) and \
                (nodes[i + 2].macroname in GLUE or nodes[i + 2].macroname in
                 ("fill", "textwidth", "linewidth", "baselineskip", "parindent")):
            return i + 2                          # "\vskip -\baselineskip", "0.5\textwidth"
        if m and node.macroname in GLUE:
            rest = m.end()
            if rest < len(chars):
                self.chars(chars, after.pos, rest)
            return i + 1
        return i

    def skip_line_end(self, nodes: list[Any], i: int) -> int:
        from pylatexenc.latexwalker import LatexCharsNode
        after = nodes[i + 1]
        if isinstance(after, LatexCharsNode) and after.chars.startswith("\n") and \
                after.chars.count("\n", 0, len(after.chars) - len(after.chars.lstrip())) == 1:
            self.chars(after.chars, after.pos, 1)
            return i + 1
        return i

    def printed(self, node: Any, nodes: list[Any], i: int) -> str | None:
        """What an accent or a character command prints (\\'e, \\ss, \\oe, \\dots, \\&),
        by latex2text's tables; None for a command they do not know. A character command
        written with a word in braces right after it ("\\i{Tully}", "\\ss{Gentleman}") is
        the document's own command, not the character."""
        from pylatexenc.latexwalker import LatexGroupNode
        name = node.macroname
        spec = latex2text().latex_context.get_macro_spec(name)
        if spec is None or name in ("today", "LaTeX", "TeX"):
            return None
        args = node.nodeargd.argnlist if node.nodeargd else []
        if name in ACCENTS:
            if args and isinstance(args[0], LatexGroupNode) and \
                    len(_verbatim_arg(args[0])) > 2:
                return None                      # "\b{word}": the document's own command
        elif not isinstance(spec.simplify_repl, str) or len(spec.simplify_repl) > 3 or \
                "%" in spec.simplify_repl:
            return None
        elif not node.macro_post_space and i + 1 < len(nodes) and \
                isinstance(nodes[i + 1], LatexGroupNode) and \
                len(_verbatim_arg(nodes[i + 1])) > 1:
            return None
        try:
            return str(latex2text().node_to_text(node))
        except Exception:
            return None

    def unknown_macro(self, nodes: list[Any], i: int, depth: int) -> int:
        """A command the file does not define (its definition is in a style file teikit
        does not see): the text of its brace arguments is kept; an argument that is only a
        number or a dimension among others ("\\lsv{70}{THE}", "\\chap{I}{16pt}{8pt}") is
        layout; an optional argument of settings ("[findent=0pt]") too. A command with no
        argument prints nothing teikit can know: left out and reported."""
        from pylatexenc.latexwalker import LatexCharsNode, LatexGroupNode
        node = nodes[i]
        name = node.macroname
        line = self.line(node.pos)
        parsed = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
        if parsed:             # a command pylatexenc knows, not teikit: its arguments' words
            self.unknown.setdefault(name, []).append(line)
            for k, arg in enumerate(a for a in parsed if getattr(a, "delimiters", ("",))[0]
                                    != "[" and _verbatim_arg(a).strip() != "*"):
                if k:
                    self.sink.text(" ", line)
                self.text_of_args([arg], node.pos)
            return i
        j = i + 1
        options = ""
        if j < len(nodes) and isinstance(nodes[j], LatexCharsNode) and \
                nodes[j].chars.startswith("[") and not node.macro_post_space:
            close = nodes[j].chars.find("]")
            if close > 0 and SETTING.match(nodes[j].chars[1:close].split(",")[0]) and all(
                    SETTING.match(part) for part in nodes[j].chars[1:close].split(",")):
                options = nodes[j].chars[:close + 1]
                rest = close + 1
                if rest < len(nodes[j].chars):
                    args_start = None
                else:
                    args_start = j + 1
            else:
                args_start = j
        else:
            args_start = j
        groups: list[Any] = []
        if args_start is not None:
            k = args_start
            while k < len(nodes) and isinstance(nodes[k], LatexGroupNode) and \
                    nodes[k].delimiters[0] == "{":
                groups.append(nodes[k])
                k += 1
            last = k - 1
        else:
            last = j - 1
        if options:
            self.drop(f"{name}[…]", node.pos)
        if not groups:
            if options and args_start is None:       # "\cmd[opts] text": the text stays
                chars = nodes[j]
                self.dropped.setdefault(name, []).append(line)
                self.chars(chars.chars, chars.pos, len(options))
                return j
            self.drop(name, node.pos)
            end = self.after_glue(nodes, i, node)
            if end == i and node.macro_post_space:
                self.sink.text(" ", line)            # ("doing;\tsk that": words apart)
            return end
        texts = [_verbatim_arg(g) for g in groups]
        if CATCH_NAME.match(name) and self.sink is self.flow and \
                self.catchword(texts[-1], groups[-1]):
            self.out.leave_out(line, line, " ".join(" ".join(t.split()) for t in texts),
                               "a catchword (the next page's first word, printed at the foot "
                               "of this page) and its signature mark", "catchword")
            self.out.hints.fire("catchword")
            return last
        self.unknown.setdefault(name, []).append(line)
        layout = [bool(LAYOUT_ARGUMENT.match(t)) and (not t.strip().isdigit() or any(
            re.search(r"[^\W\d_]", u) for u in texts)) for t in texts]
        kept = [g for g, lay in zip(groups, layout, strict=True) if not lay]
        if any(layout):
            self.drop(f"{name}{{…}} (a number or a dimension)", node.pos)
        rend = RENDS_BY_NAME.get(name)
        alone = (self.sink is self.flow and not "".join(self.flow.block.parts).strip()
                 and _line_ends_after(nodes, last))
        if alone:
            self.whole_lines.setdefault(name, []).append(line)
        if HEADING_NAME.match(name) and alone and kept:
            title = self.inline_text(kept, node.pos)
            if title:
                self.flow.row(line, title, "h2")
                return last
        joiner = ""
        if rend:
            self.sink.text(marks.HI[rend][0], line)
        for k, group in enumerate(kept):
            if k:
                first = _verbatim_arg(kept[k - 1]).strip()
                nxt = _verbatim_arg(group).lstrip()
                joiner = "" if (INITIAL_NAME.search(name) and len(first) == 1
                                and nxt[:1].islower()) else " "
                self.sink.text(joiner, line)
            self.group(group.nodelist, depth)
        if rend:
            self.sink.text(marks.HI[rend][1], line)
        return last

    def definition(self, nodes: list[Any], i: int) -> int:
        """\\def\\vol{I}, \\newcommand{\\vol}{I}: the document's own commands. One without
        parameters is replaced by its text where it is used; one with parameters, by the
        text of its arguments (as an unknown command is). The definition prints nothing."""
        from pylatexenc.latexwalker import LatexCharsNode, LatexGroupNode, LatexMacroNode
        node = nodes[i]
        self.drop(node.macroname, node.pos)
        args = node.nodeargd.argnlist if node.nodeargd else []
        if node.macroname in ("newcommand", "renewcommand", "providecommand",
                              "DeclareRobustCommand") and len(args) >= 5:
            target = args[1]
            cmd = None
            if isinstance(target, LatexGroupNode):
                cmd = next((n.macroname for n in target.nodelist
                            if isinstance(n, LatexMacroNode)), None)
            elif isinstance(target, LatexMacroNode):
                cmd = target.macroname
            count = args[2]
            n_args = int(_verbatim_arg(count)) if count is not None and \
                _verbatim_arg(count).strip().isdigit() else 0
            if cmd and args[4] is not None:
                self.defs[cmd] = (n_args, _verbatim_arg(args[4]))
            return i
        if node.macroname in ("def", "gdef", "edef", "xdef") and i + 1 < len(nodes) and \
                isinstance(nodes[i + 1], LatexMacroNode):
            cmd = nodes[i + 1].macroname
            j = i + 2
            params = 0
            while j < len(nodes) and isinstance(nodes[j], LatexCharsNode) and \
                    re.fullmatch(r"(?:#\d|[^\s{}])*", nodes[j].chars.strip()):
                params += nodes[j].chars.count("#")
                j += 1
            if j < len(nodes) and isinstance(nodes[j], LatexGroupNode):
                self.defs[cmd] = (params, _verbatim_arg(nodes[j]))
                return j
            return i + 1
        if node.macroname == "let" and i + 1 < len(nodes):
            k = i + 1
            while k < len(nodes) and k < i + 4 and not (
                    isinstance(nodes[k], LatexMacroNode) and k > i + 1):
                k += 1
            return min(k, len(nodes) - 1)
        return i

    def expand(self, nodes: list[Any], i: int, depth: int) -> int:
        """A use of the document's own command: its definition with the arguments put in
        for #1, #2 … (\\newcommand{\\ed}[1]{\\textit{#1}}: \\ed{words} is italic words),
        read again; without enough arguments after it, the text of those it has."""
        from pylatexenc.latexwalker import LatexGroupNode
        node = nodes[i]
        n_args, body = self.defs[node.macroname]
        self.expansions += 1
        groups: list[Any] = []
        k = i + 1
        while len(groups) < n_args and k < len(nodes) and isinstance(nodes[k], LatexGroupNode) \
                and nodes[k].delimiters[0] == "{":
            groups.append(nodes[k])
            k += 1
        if len(groups) < n_args:
            return self.unknown_macro(nodes, i, depth)
        texts = [_verbatim_arg(g) for g in groups]
        source = re.sub(r"#(\d)", lambda m: texts[int(m.group(1)) - 1]
                        if 0 < int(m.group(1)) <= len(texts) else "", body)
        parsed = _parse(source) if len(source) <= 100000 else None
        if parsed is None:
            return self.unknown_macro(nodes, i, depth)
        saved = self.fixed_line
        self.fixed_line = self.line(node.pos)     # (its words stand where the command does)
        self.nested += 1
        try:
            self.group(parsed, depth + 1)
        finally:
            self.fixed_line = saved
            self.nested -= 1
        return k - 1

    def maketitle(self, line: int) -> None:
        """\\maketitle prints the title, the author and the date where it stands."""
        if self.sink is not self.flow:
            return
        for key, kind in (("title", "h1"), ("subtitle", ""), ("author", ""), ("date", "")):
            if key in self.header and self.header[key][0]:
                value = self.header[key][0]
                if key == "date" and "\\today" in value:
                    continue
                self.flow.row(self.header[key][1], value, kind)

    def note(self, node: Any, args: list[Any], line: int) -> None:
        """A footnote: its marker where it stands, its text in the note list at the end."""
        number = args[0] if args and node.macroname in ("footnote", "footnotetext") else None
        if number is not None and _verbatim_arg(number).strip().isdigit():
            n = int(_verbatim_arg(number).strip())
        else:
            self.note_number += 1
            n = self.note_number
        words = self.inline_text(args[-1:], node.pos)
        if node.macroname != "footnotetext":
            self.sink.text(f"[{n}]", line)
        if words:
            self.notes.append((line, f"[{n}] {words}"))

    def item(self, args: list[Any], line: int) -> None:
        label = self.inline_text(args[:1], None) if args and args[0] is not None else ""
        if self.sink is not self.flow:            # (an item inside a heading or a note)
            self.sink.text(f" {label} ", line)
            return
        self.flow.par("item")
        if self.list_kinds:
            env, count = self.list_kinds[-1]
            self.list_kinds[-1] = (env, count + 1)
            if not label and env.startswith(("enumerate", "compactenum", "inparaenum",
                                             "asparaenum")):
                label = f"{count + 1}."
        if label:
            self.flow.text(label + " ", line)

    # -- text of arguments --------------------------------------------------------------------
    def rendered(self, rend: str, args: list[Any], pos: int | None) -> None:
        opening, closing = marks.HI[rend]
        line = self.line(pos)
        self.sink.text(opening, line)
        self.text_of_args(args, pos)
        self.sink.text(closing, line)

    def text_of_args(self, args: list[Any], pos: int | None) -> None:
        from pylatexenc.latexwalker import LatexGroupNode
        for arg in args:
            if arg is None:
                continue
            if isinstance(arg, LatexGroupNode):
                self.group(arg.nodelist)
            else:
                self.walk([arg])

    def inline_text(self, args: list[Any], pos: int | None) -> str:
        """The words of arguments, on one line (a heading, a note, a title)."""
        saved, self.sink = self.sink, _Text()
        self.scopes.append([])
        self.text_of_args(args, pos)
        self.close_scope()
        text = self.sink.value()
        self.sink = saved
        return marks.balance(text, [])[0]


def _verbatim(node: Any) -> str:
    """The body of a verbatim environment as typed."""
    source = str(node.latex_verbatim())
    m = re.match(r"\\begin\s*\{[^{}]*\}(?:\[[^\]]*\])?(?:\{[^{}]*\})?", source)
    body = source[m.end():] if m else source
    end = body.rfind("\\end")
    return body[:end] if end >= 0 else body


def _verbatim_arg(node: Any) -> str:
    """An argument's source without its braces."""
    if node is None:
        return ""
    source = str(node.latex_verbatim())
    if len(source) >= 2 and source[0] in "{[" and source[-1] in "}]":
        return source[1:-1]
    return source


def _words_in(node: Any) -> bool:
    return bool(re.search(r"[^\W\d_]", node.latex_verbatim() if node is not None else ""))


def _line_ends_after(nodes: list[Any], k: int) -> bool:
    """Does the source line end right after node k (spaces aside)?"""
    from pylatexenc.latexwalker import LatexCharsNode, LatexCommentNode
    if k + 1 >= len(nodes):
        return True
    after = nodes[k + 1]
    if isinstance(after, LatexCommentNode):
        return True
    return isinstance(after, LatexCharsNode) and after.chars.lstrip(" \t")[:1] in ("\n", "")


def _runs(items: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """Items on consecutive lines as runs: (first line, last line, their texts joined)."""
    out: list[tuple[int, int, str]] = []
    for line, text in items:
        if out and line - out[-1][1] <= 1:
            first, _, joined = out[-1]
            out[-1] = (first, line, f"{joined} {text}")
        else:
            out.append((line, line, text))
    return out


__all__ = ["NAME", "read", "sniff"]

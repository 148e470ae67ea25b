"""Markdown (CommonMark with footnotes, tables, strikethrough and front matter), read with
markdown-it-py: headings, paragraphs, lists, quotations and code become blocks; emphasis
and links become marks; footnotes become ``[n]`` markers and a note list at the end;
front matter fields go to the header; HTML in the text is read by lxml.html."""
from __future__ import annotations

import itertools
import re
from urllib.parse import quote

from lxml.html import defs

from ..diagnostics import Collector, fail
from ..sourcetext import marked_up_text
from . import frontmatter, marks, mdemphasis, suffix, tables, urls
from .lines import Lines

NAME = "markdown"
MAX_NESTING = 60                 # quotations and lists inside each other
NESTING = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))+")
MAX_FRONT_MATTER = 64 * 1024
# HTML's element names (lxml's list and HTML5's newer ones): any other <name> is text
HTML_TAGS = frozenset(defs.tags) | {"main", "template", "picture", "slot", "search", "dialog",
                                    "summary", "details", "data", "meter", "output", "time"}
EVIDENCE = re.compile(rb"(?m)^(?:#{1,6} \S|\*\*[^*\n]+\*\*|[-*] \S|> \S|```)|\]\(https?://|"
                      rb"\[\^\w+\]")
MAIL_START = re.compile(rb"(?i)\A(?:from |(?:from|date|subject|return-path|received|"
                        rb"message-id|path|newsgroups|to|sender|reply-to|x-[\w-]+):[ \t])")
MAIL_QUOTE = re.compile(rb"(?m)^>.*$")
TEMPLATE_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")      # Jekyll/Liquid, not text
# a Jekyll edition's include that marks where the original's page or column begins ("{%
# include pagebreak.html canvas=19 %}", "{%- include columnbreak.html col="2" -%}", as
# CollectionBuilder, Wax and minicomp editions mark their page images)
LIQUID_INCLUDE = re.compile(r"\{%-?\s*include\s+(?P<name>[\w./-]+)(?P<args>.*?)-?%\}", re.S)
PAGE_INCLUDE = re.compile(r"(?i)page[-_]?break|^pb$|^page$")
COLUMN_INCLUDE = re.compile(r"(?i)col(?:umn)?[-_]?break|^cb$")
INCLUDE_PAGE_N = re.compile(r"""\b(?:page|n|number)\s*=\s*["']?(?P<n>\w{1,12})""")
INCLUDE_COLUMN_N = re.compile(r"""\bcol(?:umn)?\s*=\s*["']?(?P<n>\d{1,5})\b""")
# a centred block of HTML, a title page as a Markdown edition sets it
CENTRED_DIV = re.compile(r"""(?is)^\s*<div\b[^>]*(?:text-align\s*:\s*center"""
                         r"""|align\s*=\s*["']?center"""
                         r"""|class\s*=\s*["'][^"']*\b(?:center|centre|centered|title-?page)\b)""")
BR_TAG = re.compile(r"(?i)<br\s*/?>")
PAGE_MARK_ALONE = re.compile(r"(?:\[Page(?: \w{1,12})?\]\s*)+")


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in (".md", ".markdown", ".mdown", ".mkd"):
        return 0.9
    head = data[:20000]
    if head.startswith(b"---\n") or head.startswith(b"---\r\n"):
        return 0.6
    # a .txt that is Markdown by its look: several marks of it, not one stray asterisk;
    # in an e-mail (a .txt opening with its header) "> " quotes the mail replied to
    marks_of = EVIDENCE.findall(MAIL_QUOTE.sub(b"", head) if MAIL_START.match(head) else head)
    return 0.55 if len(marks_of) >= 4 else 0.0


# Markdown's "comment" idiom, a link definition no one uses ("[//]: # (…)", "[comment]: #
# "…"", "[_]: # (…)"), typed inside a line, after the text's words: an aside the editor
# hides from the rendered page (the diarist's later comment on her entry), never an
# editor's bracket around "//"
COMMENT_IDIOM = re.compile(r"(?<=\S)(?P<gap>[ \t]*)\[(?://|#|_|comment|note)\]:[ \t]*#[ \t]*"
                           r"(?:\((?P<p>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)|"
                           r"\"(?P<q>[^\"\n]*)\")", re.I)


def _lineated(content: str) -> bool:
    """A fenced block that holds a transcription line for line (a letter's manuscript
    lines: "a paris 20e iuillet 1686" / "iay veu mr reuol qui" / …): six lines at least,
    short (the middle one 35 characters or fewer, nine in ten 40 or fewer) and most of
    them ending with no stop, the text's words, not a program's. Prose wrapped at 55, 70
    or 80 columns is not."""
    rows = [r.strip() for r in content.split("\n") if r.strip()]
    if len(rows) < 6:
        return False
    widths = sorted(len(r) for r in rows)
    if widths[len(widths) // 2] > 35 or widths[len(widths) * 9 // 10] > 40 or widths[-1] > 70:
        return False            # (an OCR page's prose wrapped at 55 columns is no lineation)
    open_ended = sum(1 for r in rows if r[-1:] not in ".!?;:")
    wordy = sum(1 for r in rows if re.fullmatch(r"[^\W\d_][\w'’.,;:!?…\- ]*", r))
    return open_ended * 10 >= len(rows) * 6 and wordy * 10 >= len(rows) * 8


def _comment_idiom_inline(text: str, out: Lines) -> str:
    """Each comment idiom typed inside a line (COMMENT_IDIOM): its words a note where it
    stands (an inline footnote), the idiom's signs format markup."""
    def note(m: re.Match) -> str:
        words = m.group("p") if m.group("p") is not None else m.group("q")
        if not words.strip() or words.count("[") != words.count("]"):
            return m.group()
        if "markdown-comment-note" not in out.hints.rules:
            out.hints.rules.append("markdown-comment-note")
        return "^[" + words.strip() + "]"
    return COMMENT_IDIOM.sub(note, text)


def _parser(indented_code: bool = True):
    from markdown_it import MarkdownIt
    from mdit_py_plugins.colon_fence import colon_fence_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    # maxNesting: deeper blocks are dropped by markdown-it, so the limit is set well above
    # what a document uses and a deeper source is refused before it is parsed (read())
    md = (MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING + 20,
                                    "linkify": True})
          .enable(["table", "strikethrough", "linkify"])
          .use(front_matter_plugin).use(footnote_plugin).use(colon_fence_plugin)
          .use(dollarmath_plugin).disable("math_inline"))     # ($5 and $10 are prices)
    if md.linkify is not None:          # bare addresses: as formats.urls reads plain text
        md.linkify.set(urls.OPTIONS)
    md.core.ruler.before("footnote_tail", "unused_footnotes", _keep_unused_footnotes)
    if not indented_code:
        md.disable("code")
    return md


def _keep_unused_footnotes(state) -> None:
    """The footnote plugin drops a definition no marker refers to; teikit keeps its words
    (a note without a marker, placed at the end and reported)."""
    refs = state.env.get("footnotes", {}).get("refs", {})
    unused: list[bool] = []          # for each open definition (they may nest: "[^1]: [^1]:")
    for tok in state.tokens:
        if tok.type == "footnote_reference_open":
            unused.append(refs.get(":" + tok.meta["label"], -1) < 0)
            if unused[-1]:
                tok.type = "unused_footnote_open"
        elif tok.type == "footnote_reference_close" and unused and unused.pop():
            tok.type = "unused_footnote_close"


FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:")


def _empty_definition(lines: list[str], n: int) -> bool:
    """Is the footnote defined on line *n* (1-based) empty: nothing after its label, and no
    indented paragraph of it below (after blank lines)?"""
    if lines[n - 1].split("]:", 1)[1].strip():
        return False
    for line in lines[n:]:
        if line.strip():
            return not line.startswith(("    ", "\t"))
    return True


def _footnotes_defined_twice(text: str, out: Lines, diags: Collector) -> str:
    """markdown-it keeps the last of two definitions of one footnote label and drops the
    earlier one's words. Nothing is lost: each earlier definition is given a label of its
    own, so it is a note of its own, and still warned. Its markers are the references to
    the label that stand after the definition before it and up to it (a chapter's notes
    follow its text: "[^1]" … "[^1]: …", then "[^1]" … "[^1]: …" again), but only when a
    reference follows it too, so the definition Markdown keeps keeps a marker; else it has
    no marker and is a note after the kept one, in the note list (no reference of the
    document can be said to be its own)."""
    lines = text.split("\n")
    seen: dict[str, list[int]] = {}
    fence = ""
    code: set[int] = set()
    for n, line in enumerate(lines, 1):
        opening = line.lstrip()[:3]
        if opening in ("```", "~~~"):
            fence = "" if fence == opening else fence or opening
            code.add(n)
        elif fence:
            code.add(n)
        elif m := FOOTNOTE_DEFINITION.match(line):
            seen.setdefault(m.group(1), []).append(n)
    labels = set(seen)
    if any(len(numbers) > 1 for numbers in seen.values()):
        out.hints.rules.append("note-duplicate")
    for label, numbers in seen.items():
        if len(numbers) < 2:
            continue
        sign = re.compile(r"\[\^" + re.escape(label) + r"\](?!:)")
        refs = [(n, m.start()) for n, line in enumerate(lines, 1) if n not in code
                for m in sign.finditer(line)
                if not (n in numbers and m.start() == line.index("[^"))]
        before = 0
        for k, n in enumerate(numbers[:-1], 1):
            if _empty_definition(lines, n):     # no words to keep: reported, as it was
                diags.warn(f"footnote [^{label}] is defined again at line {numbers[-1]}; "
                           "this earlier one has no words and is left out",
                           "note-duplicate", n, 1)
                out.leave_out(n, n, lines[n - 1], "an earlier definition of a footnote "
                              "defined again, with no words", "note-duplicate")
                continue
            new = f"{label}~{k}"
            while new in labels:
                new += "~"
            labels.add(new)
            own = [(r, c) for r, c in refs if before < r <= n]
            if not any(r > n for r, _ in refs):
                own = []            # no reference after it: the kept one has them all
            for r, c in sorted(own, reverse=True):
                lines[r - 1] = lines[r - 1][:c] + f"[^{new}]" + lines[r - 1][c + len(label) + 3:]
            at = lines[n - 1].index("[^")
            lines[n - 1] = lines[n - 1][:at] + f"[^{new}]" + lines[n - 1][at + len(label) + 3:]
            where = (f"a note of its own at its marker{'s' if len(own) > 1 else ''} (line "
                     f"{', '.join(str(r) for r, _ in own)})" if own else
                     "a note of its own without a marker, after the one Markdown keeps")
            diags.warn(f"footnote [^{label}] is defined again at line {numbers[-1]}; Markdown "
                       f"keeps the last definition, so this one is {where}", "note-duplicate",
                       n, at + 1)
            before = n
    return "\n".join(lines)


def _dashed_page_lines(text: str, out: Lines) -> str:
    """A page's number between dashes on a line alone ("- 12 -"), which Markdown would read
    as a list item "12 -" (and the lines after it as the item's): a page line, as in a
    plain text, where the text has two at least, each one up on the one before (the
    evidence readers/pages asks of page numbers). The line is escaped ("\\- 12 -"), so
    that it stays a line of its paragraph, or a paragraph of its own, for the page rules."""
    lines = text.split("\n")
    fence, at = "", []
    for n, line in enumerate(lines):
        opening = line.lstrip()[:3]
        if opening in ("```", "~~~"):
            fence = "" if fence == opening else fence or opening
        elif not fence and (m := DASHED_LINE.fullmatch(line)):
            at.append((n, int(m.group(1))))
    if len(at) < 2 or any(b != a + 1 for (_, a), (_, b) in itertools.pairwise(at)):
        return text
    for n, _ in at:
        lines[n] = lines[n].replace("-", "\\-", 1)
    out.hints.fire("dashed-page-lines")
    return "\n".join(lines)


def read(name: str, data: bytes, encoding: str | None, diags: Collector):
    text, used = marked_up_text(name, data, encoding, diags)
    _check_nesting(name, text)
    out = Lines()
    if text[:1] == " ":
        text = _indented_front_matter(text)
    if text.startswith("% "):
        text = _pandoc_title_block(text, out)
    elif text.startswith(("---\n", "---\r\n")) and "\n% " in text[:MAX_FRONT_MATTER]:
        text = _title_block_after_front_matter(text, out)
    if "\n_" in text or text.startswith("_"):
        text = _line_directives(text, out)
    front = frontmatter.take(text) if text.startswith("+++") else None
    if front is not None:            # Hugo's TOML front matter ("---" YAML: the plugin's)
        text, fields, end, block = front
        frontmatter.to_hints(out.hints, fields)
        out.hints.fields.extend(fields)
        out.leave_out(1, end, block, "front matter: its fields are in the header",
                      "front-matter")
    if "\n---" in text:
        text = _metadata_blocks(text, out)
    if "\n- " in text:
        text = _dashed_page_lines(text, out)
    if "[^" in text:
        text = _footnotes_without_colon(text, out, diags)
        text = _footnotes_defined_twice(text, out, diags)
    if "%%" in text:
        text = _obsidian_comments(text, out)
        if out.hints.left_out and out.hints.left_out[-1][4] == "format-markup":
            out.hints.rules.append("obsidian-comments")
    if "]: #" in text or "]:#" in text:
        text = _comment_idiom_inline(text, out)
    if "{:" in text:
        text = _kramdown_syntax(text, out)
    if "\n#" in text or text.startswith("#"):
        text = _headings_without_space(text, out, diags)
    if "](" in text:
        if "{{" in text:
            text = _liquid_targets(text, out)
        text = _link_targets_with_spaces(text, diags)
        if "![" in text:
            text = _image_attributes(text, out)
    tokens = _parser().parse(text)
    if _indented_prose(tokens):
        tokens = _parser(indented_code=False).parse(text)
        out.hints.rules.append("indented-prose")
    walker = _Walker(out, diags)
    walker.source = " ".join(text.split())     # (once: images' descriptions are looked for)
    walker.lines = text.split("\n")
    if "[^" in text:
        walker.footnote_labels(tokens)
    walker.walk(tokens)
    return out.source(name, used, diags)


# a site engine's field line: an identifier that opens with an underscore, its words
# joined by underscores ("_story_title …", "_date_posted Posted Mar. 3, 2023"), never
# emphasis (no underscore closes it on the line)
LINE_DIRECTIVE = re.compile(r"^_(?P<key>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)[ \t]+(?P<value>[^_\n]*?)"
                            r"[ \t]*$", re.M)


def _line_directives(text: str, out: Lines) -> str:
    """A site engine's field lines (LINE_DIRECTIVE), two or more in the file, the first in
    its first lines, read by the words of their names: a title the document's title, a date
    or "posted" the page's date (kept with the fields in the citation, never the
    document's), a quote a pull quote (left out where its words are in the text, else
    kept), references or sources a heading; any other field's value is kept as text. Each
    is reported; the lines stay (blank where left out), so that line numbers hold."""
    found = list(LINE_DIRECTIVE.finditer(text))
    named = [m for m in found if "_" in m.group("key")]
    if len(named) < 2 or text.count("\n", 0, found[0].start()) > 5:
        return text             # (a one-word field, "_references …", counts among them)
    rest = " ".join(LINE_DIRECTIVE.sub(" ", text).split()).casefold()
    pieces: list[str] = []
    at = 0
    fields: list[tuple[str, str]] = []
    for m in found:
        key, value = m.group("key"), m.group("value").strip()
        words = set(key.split("_"))
        line = text.count("\n", 0, m.start()) + 1
        pieces.append(text[at:m.start()])
        at = m.end()
        if words & {"title"} and not words & {"list", "sub", "short"}:
            fields.append(("title", value))
            out.hints.title = out.hints.title or value
            new, reason = "", "a site engine's title field: the document's title"
        elif words & {"date", "posted", "published"}:
            fields.append((key, value))
            out.hints.post_date = out.hints.post_date or value
            new, reason = "", "a site engine's date field: the page's, in the citation"
        elif words & {"quote", "blockquote", "pullquote"} and value and \
                " ".join(value.split()).casefold() in rest:
            new, reason = "", "a site engine's pull quote (its words are in the text)"
        elif words & {"references", "sources", "bibliography", "notes", "heading"} and value:
            new, reason = "## " + value, "a site engine's field: its value a heading"
        elif words & {"title"}:
            fields.append((key, value))
            new, reason = "", "a site engine's title field (another form of the title)"
        else:
            new, reason = value, "a site engine's field name (its value kept as text)"
        out.leave_out(line, line, m.group() if not new else "_" + key, reason, "line-directive")
        pieces.append(new)
    pieces.append(text[at:])
    out.hints.fields.extend(fields)
    out.hints.rules.append("line-directives")
    return "".join(pieces)


TITLE_BLOCK_NOTE = re.compile(r"\[\^[^\]\s]{1,40}\]")


FRONT_MATTER_THEN_TITLE = re.compile(r"\A---[ \t]*\r?\n(?:.*\r?\n){0,200}?(?:---|\.\.\.)[ \t]*"
                                     r"\r?\n(?:[ \t]*\r?\n)*(?=% )")


def _title_block_after_front_matter(text: str, out: Lines) -> str:
    """Pandoc's title block under a site's YAML front matter ("---", "layout: document",
    "---", "% Publishing CG Telco — 2020-10-21"): read as at the file's top."""
    m = FRONT_MATTER_THEN_TITLE.match(text)
    if m is None:
        return text
    return m.group() + _pandoc_title_block(text[m.end():], out, m.group().count("\n"))


def _pandoc_title_block(text: str, out: Lines, before: int = 0) -> str:
    """Pandoc's title block: the file's first lines (*before* lines of front matter above
    them), before any blank line, three at most that open with "% " (a line indented under
    one runs on), are the title, the authors (";" between them) and the date. They go to
    the header as fields and are left out of the text (the lines kept blank, so that line
    numbers hold), but for the title: the text's heading, with the footnote marked on it
    where it stands."""
    lines = text.split("\n", 12)
    fields_text: list[str] = []
    end = 0
    while end < min(len(lines), 12) and lines[end].strip():
        line = lines[end]
        if line.startswith("% "):
            fields_text.append(line[2:].strip())
        elif line[:1] in " \t" and fields_text:
            fields_text[-1] += " " + line.strip()
        else:
            return text
        end += 1
    if not 1 <= len(fields_text) <= 3 or end == len(lines):
        return text
    keys = ("title", "author", "date")
    fields = [(key, " ".join(TITLE_BLOCK_NOTE.sub("", value).split()))
              for key, value in zip(keys, fields_text, strict=False) if value.strip()]
    frontmatter.to_hints(out.hints, fields)
    out.hints.fields.extend(fields)
    out.hints.rules.append("pandoc-title-block")
    if end > 1:
        out.leave_out(before + 2, before + end, "\n".join(lines[1:end]),
                      "Pandoc's title block: its authors "
                      "and date are in the header", "title-block")
    # the title stays the text's heading (its footnote marked where it stands)
    title = "# " + fields_text[0].replace("#", "\\#") if fields_text[0].strip() else ""
    return title + "\n" * end + "\n".join(lines[end:])


# A YAML metadata block further down the text, as Pandoc reads one anywhere (its extension
# yaml_metadata_block: a "---" line after a blank line, not before one, fields, a "---" or
# "..." line): a page exported under its heading with its record's fields ("title:",
# "date:", "provenance:", "image_ref:"), or pages of a Jekyll or Hugo site joined into one
# file; markdown-it reads only a block at the top. Three fields at least, every line at the
# margin a "key:" field (or a YAML comment), and YAML that reads as a mapping: a rule and a
# line of prose under it are never fields
METADATA_OPEN = re.compile(r"(?m)(?<=\n\n)---[ \t]*\n(?=[A-Za-z_][\w-]{0,40}:(?:[ \t]|\n))")
METADATA_LINE = re.compile(r"^(?:[A-Za-z_][\w-]{0,40}:(?:\s|$)|#|\s|-\s|$)")


def _metadata_blocks(text: str, out: Lines) -> str:
    """Each YAML metadata block below the top left out of the text (its lines blank, so
    that every line keeps its number), its fields and comments in the header: to the source
    citation, a language where the text gives none, its date as a field's date (the
    heading's month it refines, it dates the text where nothing else does); its title never
    (the heading over it is the text's own)."""
    pos = 0
    while (m := METADATA_OPEN.search(text, pos)) is not None:
        pos = m.end()
        close = re.compile(r"(?m)^(?:---|\.\.\.)[ \t]*$").search(text, m.end())
        if close is None:
            break
        body = text[m.end():close.start()]
        lines = body.split("\n")[:-1] if body.endswith("\n") else body.split("\n")
        data = yaml_mapping(body) if len(lines) <= MAX_METADATA_LINES \
            and all(METADATA_LINE.match(line) for line in lines) else None
        if not data or len(data) < 3:
            continue
        fields = front_matter_fields(body)
        dated = [(key, value) for key, value in fields
                 if key.casefold().replace("-", "_") in frontmatter.DOCUMENT_DATE_KEYS]
        frontmatter.to_hints(out.hints, [(key, value) for key, value in fields
                                         if key.casefold() != "title" and (key, value) not in dated
                                         and not frontmatter.OTHER_DATE_KEY.search(key)])
        if dated and out.hints.field_date is None:
            out.hints.field_date = dated[0][1]
        # a YAML comment's words ("# Editorial Method: …") go with the fields, never lost
        fields += [("comment", " ".join(line.lstrip("#").split())) for line in lines
                   if line.startswith("#") and line.lstrip("#").strip()]
        out.hints.fields.extend(fields)
        first = text.count("\n", 0, m.start()) + 1
        block = text[m.start():close.end()]
        out.leave_out(first, first + block.count("\n"), block,
                      "a metadata block: its fields are in the header", "front-matter")
        if "metadata-block" not in out.hints.rules:
            out.hints.rules.append("metadata-block")
        text = text[:m.start()] + "\n" * block.count("\n") + text[close.end():]
        pos = m.start()
    return text


MAX_METADATA_LINES = 200


# Obsidian's comment "%% … %%" (in a line, a line of its own or over lines): never shown in
# any rendering of the note, so never the document's text (an editor's working notes, a
# vault's ids "%% 087.0011 %%"); left out before the blocks are read, so that a comment
# above the first heading does not hide the heading
OBSIDIAN_COMMENT = re.compile(r"(?<![^\s>])%%(?!%)(?P<c>.{0,20000}?)(?<!%)%%(?![^\s.,;:!?)])",
                              re.S)


def _obsidian_comments(text: str, out: Lines) -> str:
    return _left_out_outside_code(text, OBSIDIAN_COMMENT, "%%", out,
                                  "an Obsidian comment (format markup, never shown)")


def _left_out_outside_code(text: str, pattern: re.Pattern, needle: str, out: Lines,
                           reason: str, rule: str = "") -> str:
    """*pattern*'s matches outside fenced code are left out (and reported, with *rule*
    among the format's rules); their line breaks stay, so that every line keeps its
    number."""
    parts = re.split(r"(?m)(^ {0,3}(?:`{3,}|~{3,}).*$)", text)
    in_code = False
    for k, part in enumerate(parts):
        if k % 2:                            # a fence line: code opens or closes
            in_code = not in_code
            continue
        if in_code or needle not in part:
            continue
        start_line = 1 + sum(p.count("\n") for p in parts[:k])

        def drop(m: re.Match, part=part, start_line=start_line) -> str:
            line = start_line + part.count("\n", 0, m.start())
            out.leave_out(line, line + m.group().count("\n"), m.group(), reason,
                          "format-markup")
            if rule and rule not in out.hints.rules:
                out.hints.rules.append(rule)
            return "\n" * m.group().count("\n")
        parts[k] = pattern.sub(drop, part)
    return "".join(parts)


# kramdown's own syntax (Jekyll's default Markdown, so every GitHub Pages edition): a comment
# "{::comment} … {::/comment}" (never shown), the "{::nomarkdown}" wrapper and its end, and
# an attribute list "{:.book-title}", "{: #id .x key="v"}" after a span or on the line under
# a block: format markup, never the document's words
KRAMDOWN = re.compile(
    r"\{::comment\}.{0,20000}?\{::?/(?:comment)?\}|\{::(?:nomarkdown|options)\b[^{}\n]{0,200}\}"
    r"|\{::?/(?:nomarkdown)?\}"
    r"|\{:(?:[\w-]{1,40}:)?(?:\s*(?:[.#][\w-]{1,80}|[A-Za-z][\w-]{0,40}(?:=(?:\"[^\"\n]{0,200}\""
    r"|'[^'\n]{0,200}'|[^\s{}\"']{1,80}))?)){1,12}\s*\}", re.S)
KRAMDOWN_OUTSIDE_CODE_SPAN = re.compile(r"(?<!`)" + KRAMDOWN.pattern, re.S)


def _kramdown_syntax(text: str, out: Lines) -> str:
    return _left_out_outside_code(text, KRAMDOWN_OUTSIDE_CODE_SPAN, "{:", out,
                                  "kramdown markup (a comment or an attribute list, never "
                                  "shown)", "kramdown")


# "##Slavery Convention", "###Article 1": a heading's hashes without the space CommonMark
# wants, then a capitalised word; no other "#" on the line (a treaty's title runs long:
# "##Verdrag tussen het Koninkrijk der Nederlanden en … verzoening", 153 characters)
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
ATX_NO_SPACE = re.compile(r"^(?P<h>#{1,6})(?=[^\W\d_])(?P<t>[^#\n]{1,300})$")


def _headings_without_space(text: str, out: Lines, diags: Collector) -> str:
    """Headings written without the space after their hashes ("##Slavery Convention",
    "###Article 1"), as many converters and hand-typed exports do: CommonMark reads them
    as text with "#". A line that is only hashes and a capitalised word (two words after a
    single "#", so that a "#Hashtag" stays text) is a heading when the file has two such
    lines at least, or when it is the file's first line and headings with the space follow
    ("#Text transcriptions" over "## Sample 1"); the space is supplied (reported)."""
    lines = text.split("\n")
    in_code = False
    found: list[int] = []
    for k, line in enumerate(lines):
        if CODE_FENCE.match(line):
            in_code = not in_code
            continue
        m = ATX_NO_SPACE.match(line) if line[:1] == "#" and not in_code else None
        if m and m.group("t")[0].isupper() and (len(m.group("h")) > 1
                                                 or len(m.group("t").split()) >= 2):
            found.append(k)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is not None and found == [first] and any(
            ATX_HEADING.match(line) for line in lines[first + 1:]):
        pass        # (the file's first line, over headings typed with the space: its title)
    elif len(found) < 2:
        return text
    for k in found:
        hashes = len(lines[k]) - len(lines[k].lstrip("#"))
        lines[k] = lines[k][:hashes] + " " + lines[k][hashes:]
    diags.info(f"{len(found)} lines of hashes and a heading without the space between "
               "(\"##Title\") are read as headings", "atx-without-space", found[0] + 1, 1)
    out.hints.rules.append("atx-without-space")
    return "\n".join(lines)


# "[link](https://…/Judgments/[2001] SGHC 272.pdf)": a web address with spaces, as a
# converter wrote it; CommonMark takes such a link for text (and "[link]" for an editor's
# brackets) unless the address is in angle brackets
LINK_WITH_SPACES = re.compile(r"\[(?P<text>[^\[\]\n]{1,200})\]\((?P<url>https?://[^\s()<>]+"
                              r"(?:[ \t][^\s()<>]+){1,6})\)")


def _link_targets_with_spaces(text: str, diags: Collector) -> str:
    """A link whose web address has spaces in it is a link: the address is put in the angle
    brackets CommonMark wants for it (its spaces then percent-encoded), and reported."""
    def angled(m: re.Match) -> str:
        line = text.count("\n", 0, m.start()) + 1
        diags.info("a link's web address has spaces in it; read as the link's target",
                   "link-with-spaces", line, m.start() - text.rfind("\n", 0, m.start()))
        return f"[{m.group('text')}](<{m.group('url')}>)"
    return LINK_WITH_SPACES.sub(angled, text)


def _caption(image, children) -> bool:
    """Is *image*'s description (its alt text) the words the author set under a picture
    that stands alone in its paragraph ("![El Salvadór a Panamá](/assets/x.jpeg)", as a
    blog's photographs are captioned)? Two words of letters at least, no file name: kept
    as the paragraph's text, since no word of the source is lost."""
    alone = all(c is image or c.type in ("softbreak", "hardbreak")
                or (c.type == "text" and not c.content.strip()) for c in children)
    words = re.findall(r"[^\W\d_]+", image.content or "")
    return alone and len(words) >= 2 and not re.search(r"\.\w{2,4}\b", image.content) \
        and not SCAN_LABEL.search(image.content)


def _quoted_caption(image) -> bool:
    """An image's description wholly in quotation marks, its title holding its words and
    more (!["Andersonville Prison"](… 'Andersonville Prison, Ga., August 17, 1864')): the
    picture's name, as a blog captions an illustration, never a quotation in the text."""
    alt = " ".join((image.content or "").split())
    title = " ".join(str(image.attrs.get("title") or "").split())
    if len(alt) < 3 or alt[0] not in "\"“'‘" or alt[-1] not in "\"”'’":
        return False
    bare = alt[1:-1].strip().casefold()
    return bool(bare) and bare in title.casefold()


# a description that names a page of the original: a scan's label, no caption
SCAN_LABEL = re.compile(r"(?i)\b(?:page|pg|p\.|folio|fol\.|f\.|seite|página|pagina|blz\.?)"
                        r"\s*\d")


def _said_again(alt: str, source: str) -> bool:
    """Do the words of an image's description stand in the text as well (a page's scan
    described by the page's first line: "![MICROCOPY RESOLUTION TEST CHART](page_272.png)"
    over "MICROCOPY RESOLUTION TEST CHART"; *source* with its spaces collapsed), outside an
    image's brackets (two photographs may share a caption)? Then they are no caption:
    nothing is lost."""
    words = " ".join(alt.split())
    return bool(words) and source.count(words) > source.count(f"![{words}]")


# a Liquid output tag as (the start of) a link's or an image's address, as Jekyll sites write
# every address under the site's root: "![A sunset]({{ '/assets/x.jpeg' | relative_url }})",
# "[here]({{ site.baseurl }}/2021/log.html)", the tag on a line of its own between "](" and
# ")"; CommonMark takes the whole for text (spaces and quotes in an address)
LIQUID_TARGET = re.compile(
    r"(?<=\]\()(?P<space>[ \t]*\n?[ \t]*)\{\{(?P<tag>[^{}\n]{1,300}?)\}\}"
    r"(?P<rest>[^\s(){}<>]*)(?=[ \t]*\n?[ \t]*\))")
QUOTED_PATH = re.compile(r"""^\s*(?:'([^'\s]{1,300})'|"([^"\s]{1,300})")""")


def _liquid_targets(text: str, out: Lines) -> str:
    """A link or image whose address is a Liquid tag (LIQUID_TARGET) is a link or an image:
    the tag is replaced by the address it names, its quoted path followed by the rest
    ("/assets/x.jpeg", "/2021/log.html"), or "liquid:" when it names none; the tag is
    reported as every template tag is. Evidence: the tag stands where an address stands,
    after "](" and before ")"; a tag elsewhere keeps the template-tag rule."""
    def address(m: re.Match) -> str:
        line = text.count("\n", 0, m.start("tag")) + 1
        out.leave_out(line, line, "{{" + m.group("tag") + "}}", "a template tag (Jekyll/"
                      "Liquid: the site's, not the text's)", "template-tag")
        quoted = QUOTED_PATH.match(m.group("tag"))
        path = (quoted.group(1) or quoted.group(2)) if quoted else ""
        return m.group("space") + ((path + m.group("rest")) or "liquid:")
    return LIQUID_TARGET.sub(address, text)


# an image with its size or other attributes inside the parentheses, as MultiMarkdown and
# markdown-it's imsize write them ("![Letter, Page 1](…/pg1.jpg width="1500" 'title')",
# "![](scan.png =600x400)"): CommonMark takes the whole for text
IMAGE_ATTRIBUTES = re.compile(
    r"(?P<head>!\[[^\[\]\n]{0,300}\]\([ \t]*<?[^\s()<>]+>?)"
    r"(?P<attrs>(?:[ \t]+(?:[A-Za-z][\w-]{0,30}="
    r"(?:\"[^\"\n]{0,100}\"|'[^'\n]{0,100}'|[^\s)'\"]{1,100})|=\d{0,5}x\d{0,5}))+)"
    r"(?P<title>[ \t]+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?(?P<end>[ \t]*\))")


def _image_attributes(text: str, out: Lines) -> str:
    """An image whose parentheses hold attributes after its address is an image: the
    attributes are taken out (reported), the address and the title kept for the parser."""
    def bare(m: re.Match) -> str:
        line = text.count("\n", 0, m.start()) + 1
        out.leave_out(line, line, m.group("attrs").strip(), "an image's attributes "
                      "(format markup)", "format-markup")
        if "image-attributes" not in out.hints.rules:
            out.hints.rules.append("image-attributes")
        return m.group("head") + (m.group("title") or "") + m.group("end")
    return IMAGE_ATTRIBUTES.sub(bare, text)


NOTE_DEFINITION_NO_COLON = re.compile(r"(?m)^\[\^([^\]\s]{1,60})\](?=[ \t]+[^\s:])")
NOTE_MARKER = re.compile(r"\[\^([^\]\s]{1,60})\]")
NOTE_DEFINED = re.compile(r"(?m)^ {0,3}\[\^([^\]\s]{1,60})\]:")
CODE_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")


def _footnotes_without_colon(text: str, out: Lines, diags: Collector) -> str:
    """A footnote's definition written without its colon ("[^note] _Secretary's note_: 9
    Present …" at a line's start), its label used as a marker elsewhere and defined nowhere
    with a colon: the colon is supplied, so that marker and note are linked (a typing slip
    of hand-made Markdown; the line is reported)."""
    from collections import Counter
    used = Counter(NOTE_MARKER.findall(text))
    defined = set(NOTE_DEFINED.findall(text))
    lines = text.split("\n")
    in_code = False
    changed = False
    for k, line in enumerate(lines):
        if CODE_FENCE.match(line):
            in_code = not in_code
            continue
        m = NOTE_DEFINITION_NO_COLON.match(line) if not in_code else None
        if m is None:
            continue
        if m.group(1) in defined or used[m.group(1)] < 2:
            continue
        lines[k] = line[:m.end()] + ":" + line[m.end():]
        changed = True
        diags.info(f"[^{m.group(1)}] at the line's start, without a colon, is read as the "
                   "note's definition", "footnote-no-colon", k + 1, 1)
    if not changed:
        return text
    out.hints.rules.append("footnote-no-colon")
    return "\n".join(lines)


CODE_SIGNS = re.compile(r"[{}<>=$\\|]|^\s*(?:#|//|def |import |return\b)", re.M)


def _indented_prose(tokens) -> bool:
    """Are the indented code blocks of the document paragraphs indented by a conversion
    (OCR, an e-book), not code? Then none is code: sentences of words, no code signs."""
    blocks = [tok.content for tok in tokens if tok.type == "code_block"]
    if not blocks:
        return False
    for content in blocks:
        lines = [ln for ln in content.splitlines() if ln.strip()]
        letters = sum(c.isalpha() or c.isspace() for c in content)
        if not lines or letters < 0.8 * len(content) or CODE_SIGNS.search(content) \
                or len(content.split()) < 4 * len(lines):
            return False
    return True


# Pandoc's superscript and subscript (not CommonMark, but in many editors' exports): no
# space inside, the marks may hold emphasis ("12^_50_^")
PANDOC_SUP = re.compile(r"\^([^\s^\[\]]{1,40}?)\^")      # (not "[^1][^1]": markers)
PANDOC_SUB = re.compile(r"(?<![~\\])~([^\s~]{1,40}?)~(?!~)")


# MyST / Sphinx directives in fenced blocks: ```{note} Title / :class: tip / body
DIRECTIVE = re.compile(r"^\{(?P<name>[\w:.-]{1,40})\}\s*(?P<title>.*)$")
STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
# Pandoc's fenced div: attributes in braces or one class word, after the colons
PANDOC_DIV = re.compile(r"^(?:\{[^{}\n]{0,200}\}|[\w-]{1,60})?\s*:*$")
DIRECTIVE_OPTION = re.compile(r"^:[\w-]{1,40}:(?:\s.*)?$")
CODE_DIRECTIVES = {"code", "code-block", "code-cell", "sourcecode", "literalinclude", "math",
                   "raw", "mermaid", "graphviz", "csv-table", "list-table", "eval-rst"}
IMAGE_DIRECTIVES = {"image", "figure"}    # ```{figure} path: a picture, its body the caption
HYPHEN_AT_LINE_END = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-Þ])")
# emphasis typed as Markdown inside an HTML block: a pair of signs around words, the opening
# one not after a word ("snake_case", "bosker*" stay), neither one next to a space inside
HTML_BLOCK_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])(?P<t>[^*\n]{1,300}?)(?<=[^\s*])"
                               r"\*\*(?![\w*])")
HTML_BLOCK_EM = re.compile(r"(?<![\w*_])(?P<s>[_*])(?=[^\s_*])(?P<t>[^_*\n]{1,300}?)(?<=[^\s_*])"
                           r"(?P=s)(?![\w*_])")
STRAY_MARKS = re.compile(r"\s*[_*]{1,3}\s*")     # "_" alone: an emphasis left open
TASK_BOX = re.compile(r"^\[([ xX])\]\s+")
CALLOUT = re.compile(r"^\[!\w[\w-]*\][+-]?\s*")
WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
BARE_NUMBER = re.compile(r"\s*\[\d{1,5}\]\s*")
NOTE_LIST_ENTRY = re.compile(r"\s*\[(\d{1,5})\]\s+\S")
# the tool's credit a converter writes under the text it made, after a rule: "Converted
# with doctly.ai", "Generated by marker", "Created with Docling"
CONVERTER_CREDIT = re.compile(r"(?i)^\s*(?:converted|generated|created|produced|exported|"
                              r"transcribed)\s+(?:with|by|using)\s+\S{2,40}(?:\s+\S{1,20}){0,2}"
                              r"\s*\.?\s*$")
# a converter's page separator: a rule of dashes with the page's number before or after it
DASH_PAGE = re.compile(r"-{10,}\s*(?:Page|PAGE)\s+(?P<n>\d{1,4})|(?:Page|PAGE)\s+(?P<n2>\d{1,4})"
                       r"\s*-{10,}")
DASH_PAGE_ANY = re.compile(r"-{10,} (?:Page|PAGE) (\d{1,4})\b|\b(?:Page|PAGE) (\d{1,4}) -{10,}")
DASH_RULE = re.compile(r"-{10,}")
# a page's number between dashes on a line alone ("- 12 -"; "-12-" and "— 12 —" are no list
# items): Markdown reads it as a list item "12 -"
DASHED_LINE = re.compile(r" {0,3}- (\d{1,5}) ?[-–—][ \t]*")
# an image's syntax with no address after it: "![BY HAND PLEASE CALL]" (a converter's
# placeholder for a picture; "![x](a.png)" and "![x][ref]" are images markdown-it reads)
IMAGE_PLACEHOLDER = re.compile(r"!\[([^\[\]\n]{1,200})\](?![(\[:])\s?")
EMBED = re.compile(r"!\[\[([^\[\]|\n]{1,300})(?:\|[^\[\]\n]{0,200})?\]\]")
PAGE_IN_BRACKETS = re.compile(r"(?i)\s*page\b")        # [[Page H6116]] is a page, not a link
MARKED = re.compile(r"(?<![=\w])==(?=\S)([^=\n]{1,200}?)(?<=\S)==(?![=\w])")


TEX_TEXT = re.compile(r"\\(?:text\w*|math\w+|mbox|hbox)\s*\{([^{}]*)\}")
TEX_COMMAND = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}(?:\{[^{}]*\})?|\\[a-zA-Z]+\.?|\\[{}|.,;!]")
TEX_WORD = re.compile(r"(?<![\\a-zA-Z])[^\W_]")     # a letter or digit of no command
TEX_ROW = re.compile(r"\\\\|\\end\s*\{[^{}]*\}")


def tex_rows(tex: str) -> tuple[list[tuple[int, str]], list[str]]:
    """The words of a TeX formula as rows (\\\\ and an environment's end part them), each
    with the line of the formula it starts on, and the commands dropped: \\text{Wm. Ketchum}
    \\\\ … \\right\\} \\text{ss.} -> [(3, "Wm. Ketchum"), …, (6, "ss.")]."""
    rows: list[tuple[int, str]] = []
    commands: list[str] = []
    start = 0
    for row_end in [*TEX_ROW.finditer(tex), None]:
        part = tex[start:row_end.start() if row_end else len(tex)]
        word = TEX_TEXT.search(part) or TEX_WORD.search(part)
        first = tex.count("\n", 0, start + (word.start() if word else 0))
        start = row_end.end() if row_end else len(tex)
        kept = TEX_TEXT.sub(lambda m: "\ufffe" + m.group(1) + "\ufffe", part)
        commands += [c.strip() for c in TEX_COMMAND.findall(kept)]
        kept = TEX_COMMAND.sub(" ", kept)
        pieces = kept.split("\ufffe")     # (odd pieces: \text{…}, kept as typed)
        words = " ".join(p if k % 2 else p.replace("{", " ").replace("}", " ").replace("&", " ")
                         for k, p in enumerate(pieces))
        if words.split():
            rows.append((first, " ".join(words.split())))
    return rows, commands


class _Walker:
    def __init__(self, out: Lines, diags: Collector):
        self.out, self.diags = out, diags
        self.source = ""          # the text, its spaces collapsed (see _said_again)
        self.dash_pages: bool | None = None     # converter's page separators (_dash_page)
        self.lines: list[str] = []   # the text's lines, as parsed (for a sign's column)
        self.notes: list[tuple[int, str]] = []     # (line, "[n] text") for the note list
        self.footnote_numbers: dict[int | str | tuple, int] = {}   # footnote id, ":label"
        #                                                          or a tooltip's -> n
        self.bare_numbers: list[int] = []    # output lines that are a bare "[n]" paragraph
        self.letter_parts: list[tuple[int, str]] = []   # front matter's postscript: (line, text)
        self.labels: dict[int | str, int] = {}    # footnote id or ":label" -> its own number
        self.copies: dict[int | str, str] = {}    # an earlier definition's id -> its label
        self.open_footnote: int | None = None     # the id of the definition being read
        self.empty_footnotes: set[int] = set()    # footnotes defined with no words
        self.tooltips: list[tuple[str, str]] = []   # open inline elements' hover notes

    def walk(self, tokens, offset: int = 0, depth: int = 0) -> None:
        context: list[str] = []        # enclosing blocks: bullet_list, ordered_list, blockquote
        in_footnote: int | None = None
        note_parts: list[str] = []
        line = 1 + offset
        skip_to = -1
        for i, tok in enumerate(tokens):
            if i <= skip_to:
                continue                # a table's tokens, read with it
            if tok.map:
                line = tok.map[0] + 1 + offset
            kind = tok.type
            if kind == "table_open" and in_footnote is None:
                skip_to = self._table(tokens, i, line)
            elif kind == "front_matter":
                self._front_matter(tok)
            elif kind in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
                context.append(kind[:-5])
            elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                context.pop()
            elif kind == "footnote_open" and tok.meta["id"] in self.empty_footnotes:
                label = tok.meta["label"]       # (the token has no line, and the notes
                sign = f"[^{label}]:"           # come last: the last definition is kept)
                at, col = ([(n, t.find(sign) + 1) for n, t in enumerate(self.lines, 1)
                            if 0 <= t.find(sign) < 4 and not t[:t.find(sign)].strip()]
                           or [(1, 1)])[-1]
                self.diags.warn(f"footnote [^{label}] is defined with no words; "
                                "it and its markers are left out", "note-empty", at, col)
                self.out.leave_out(at, at, f"[^{label}]:", "a footnote with "
                                   "no words (its markers are left out too)", "note-empty")
                self.out.hints.rules.append("note-empty")
            elif kind == "footnote_open":
                in_footnote, note_parts = self._number(tok.meta["id"]), []
                self.open_footnote = tok.meta["id"]
            elif kind == "unused_footnote_open":
                in_footnote, note_parts = self._number(":" + tok.meta["label"]), []
            elif kind in ("footnote_close", "unused_footnote_close") and \
                    in_footnote is not None:
                self.notes.append((line, f"[{in_footnote}] " + " ".join(note_parts)))
                in_footnote, self.open_footnote = None, None
            elif kind == "inline":
                text = self.inline(tok.children or [], line)
                block_kind = self._kind(tokens[i - 1], context)
                if block_kind in ("h1", "h2") and self._setext_paragraph(tokens[i - 1], text,
                                                                          offset):
                    block_kind = "quote" if "blockquote" in context else ""
                if in_footnote is None:
                    text = self._note_app_syntax(text, block_kind, line)
                if block_kind == "item" and context and context[-1] == "ordered_list":
                    number = tokens[i - 2].info if i >= 2 and tokens[i - 2].info else ""
                    text = f"{number}. {text}" if number else text   # (a note's "1692. …")
                if in_footnote is not None:
                    note_parts.append(text.replace("\n", " "))
                    continue
                if not block_kind and "Page" in text and "----------" in text:
                    text = self._dash_page(text, line)
                if not block_kind and i >= 2 and tokens[i - 2].type == "hr" \
                        and i + 2 >= len(tokens) and CONVERTER_CREDIT.match(marks.plain(text)):
                    self.out.leave_out(line, line, marks.plain(text).strip(), "the converter's "
                                       "credit under the text (not the document's)",
                                       "boilerplate")
                    continue
                if STRAY_MARKS.fullmatch(text):
                    self.out.leave_out(line, line, text.strip(), "an emphasis mark closing "
                                       "nothing (format markup)", "format-markup")
                    continue
                if block_kind[:1] == "h" and text.strip() == "\\":
                    # "# \": Pandoc's hard line break alone in a heading, no title
                    self.out.leave_out(line, line, text.strip(), "a heading with no words "
                                       "(a line break alone: format markup)", "format-markup")
                    continue
                if block_kind[:1] == "h" and text.rstrip().endswith("\\") and \
                        not text.rstrip().endswith("\\\\") and text.strip() != "\\":
                    text = text.rstrip()[:-1].rstrip()     # "… letters\" over an indented
                    self.out.leave_out(line, line, "\\", "a heading's trailing backslash "
                                       "(Pandoc's line break: format markup)", "format-markup")
                before = len(self.out.lines)
                self.out.text_block(line, text, block_kind)
                if depth == 0 and "[" in text:
                    self._note_bare_numbers(text, tok.children or [], before)
            elif kind == "fence" and depth < MAX_NESTING and self._directive(tok, line, depth):
                pass
            elif kind == "colon_fence":
                self._colon_fence(tok, line, depth)
            elif kind == "math_block":
                self._math(tok, line)
            elif kind == "fence" and is_code(tok.info, tok.content):
                self.out.block([(line + 1 + k, row, "code") for k, row in
                                enumerate(tok.content.rstrip("\n").split("\n")) if row.strip()])
            elif kind in ("fence", "code_block"):
                first = line + (kind == "fence")
                content = tok.content.rstrip("\n")
                if kind == "fence" and _lineated(content):
                    # (a transcription line for line in a fence: every line's end kept)
                    rows = content.split("\n")
                    self.out.hints.broken_lines.update(
                        first + k for k, row in enumerate(rows[:-1])
                        if row.strip() and rows[k + 1].strip())
                    if "fenced-lineation" not in self.out.hints.rules:
                        self.out.hints.rules.append("fenced-lineation")
                self.out.text_block(first, content, "pre")
            elif kind == "html_block":
                self._html_block(tok, line)
            elif kind == "hr":
                self.out.leave_out(line, line, tok.markup, "a rule line (format markup)",
                                   "format-markup")
                self.out.hints.rule_lines.add(line)
        if depth == 0 and mdemphasis.bold_headings(self.out.lines, self.out.kinds):
            self._rule("bold-headings")
        if depth == 0:
            for line, part in self.letter_parts:    # (after the text, before its notes)
                self.out.text_block(line, self._field_inline(part, line), "postscript")
        for line, note in self.notes:
            self.out.text_block(line, note, "note")
        if depth == 0 and self.bare_numbers:
            self._bare_page_numbers()

    def _note_bare_numbers(self, text: str, children, before: int) -> None:
        """The output lines of one block just written that are a bare "[n]" alone on their
        line (a paragraph of its own, or a line of one after a break: "[5]  " over the
        day's entry), not a Markdown footnote's marker."""
        with_ref, segment = set(), 0       # the block's lines holding a footnote's marker
        for child in children:
            if child.type in ("softbreak", "hardbreak"):
                segment += 1
            elif child.type == "footnote_ref":
                with_ref.add(segment)
        written = [k for k in range(before, len(self.out.lines)) if self.out.lines[k]]
        pieces = [i for i, piece in enumerate(text.split("\n")) if piece.strip()]
        if len(written) != len(pieces):
            return
        for k, i in zip(written, pieces, strict=True):
            if i not in with_ref and BARE_NUMBER.fullmatch(self.out.lines[k]):
                self.bare_numbers.append(k)

    def _bare_page_numbers(self) -> None:
        """A bare "[2]" alone on its line in a text whose notes are Markdown footnotes
        ("[^2]") is no note marker (the footnotes have their own syntax, and their markers
        become "[n]" only here): two such numbers at least, rising, are the original's
        pages (a student edition's "[1]" … "[5]"), written as pages so that no note binds
        to them. Without footnotes, a run of three at least rising one by one is so too,
        when no note list in the same form ("[5] text") answers them."""
        found = [k for k in self.bare_numbers if k < len(self.out.lines)
                 and BARE_NUMBER.fullmatch(self.out.lines[k])]
        numbers = [int(self.out.lines[k].strip()[1:-1]) for k in found]
        if len(found) < 2 or any(b <= a for a, b in itertools.pairwise(numbers)):
            return
        if not self.footnote_numbers:
            listed = {int(m.group(1)) for ln in self.out.lines
                      if (m := NOTE_LIST_ENTRY.match(ln))}
            if len(found) < 3 or any(b != a + 1 for a, b in itertools.pairwise(numbers)) \
                    or listed & set(numbers):
                return
        for k, n in zip(found, numbers, strict=True):
            self.out.lines[k] = f"[Page {n}]"
        self.out.hints.rules.append("bracket-page-numbers")

    def _table(self, tokens, start: int, line: int) -> int:
        """A pipe table: one table block (formats.tables); its header row's cells are
        labels. Returns the index of its closing token."""
        rows: list[list[tables.Cell]] = []
        label = False
        i = start + 1
        while i < len(tokens) and tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "thead_open":
                label = True
            elif tok.type == "tbody_open":
                label = False
            elif tok.type == "tr_open":
                rows.append([])
            elif tok.type == "inline" and rows:
                text = marks.balance(self.inline(tok.children or [], line), [])[0]
                rows[-1].append(tables.Cell(text, label))
            i += 1
        made = tables.line("", rows)
        if made is not None:
            self.out.block([(line, made[0], made[1])])
        return i

    def _directive(self, tok, line: int, depth: int) -> bool:
        """A MyST or Sphinx directive (```{admonition} Title): its title is a heading, its
        option lines (":class: dropdown") are format markup, its body is Markdown; a code
        directive stays a preformatted block."""
        m = DIRECTIVE.match(tok.info.strip())
        name = m.group("name").casefold() if m else ""
        if not m or (name in CODE_DIRECTIVES and name != "list-table"):
            return False
        body = tok.content.split("\n")
        options = 0
        while options < len(body) and DIRECTIVE_OPTION.match(body[options]):
            options += 1
        if name == "list-table" and not self._list_table(body, options, m.group("title"),
                                                         line):
            return False                  # (not a list of lists: kept as a block, as typed)
        if "myst-directive" not in self.out.hints.rules:
            self.out.hints.rules.append("myst-directive")
        if options:
            self.out.leave_out(line + 1, line + options, " ".join(body[:options]),
                               "directive options (format markup)", "format-markup")
        if name == "list-table":
            return True
        if name in IMAGE_DIRECTIVES:      # its argument is the picture's file, never a heading
            self.out.leave_out(line, line, f"image {m.group('title')}", "an image (not text)",
                               "image")
        elif m.group("title"):
            self.out.text_block(line, m.group("title"), "h6")
        self.walk(_parser().parse("\n".join(body[options:])), line + options, depth + 1)
        return True

    def _math(self, tok, line: int) -> None:
        """A $$ … $$ block (MathJax on a Jekyll or Jupyter Book site): transcribers set
        braces and columns with it (witnesses bracketed beside "ss."). Its words, in
        \\text{…} and outside the commands, are lines of text; each row (\\\\) a line; the
        TeX commands are format markup, left out and reported."""
        rows, commands = tex_rows(tok.content)
        if commands:
            self.out.leave_out(line, line, " ".join(commands), "TeX commands of a formula "
                               "(format markup)", "format-markup")
        if "math-block" not in self.out.hints.rules:
            self.out.hints.rules.append("math-block")
        rows = [(line + k, row) for k, row in rows]   # (the content starts after "$$")
        self.out.hints.broken_lines.update(n for n, _ in rows[:-1])   # rows are lines
        self.out.block([(n, row, "") for n, row in rows])

    def _list_table(self, body: list[str], options: int, caption: str, line: int) -> bool:
        """MyST's ```{list-table}: a list of rows, each a list of cells (``* - a`` /
        ``  - b``), as a table; its first rows are labels if ``:header-rows:`` says so.
        False when the body is not a list of lists."""
        tokens = _parser().parse("\n".join(body[options:]))
        header = next((int(o.split()[1]) for o in body[:options]
                       if o.startswith(":header-rows:") and o.split()[1:2] != []
                       and o.split()[1].isdigit()), 0)
        rows: list[list[tables.Cell]] = []
        level = 0
        cell: list[str] | None = None
        for tok in tokens:
            if tok.type == "bullet_list_open":
                level += 1
                if level == 1:
                    continue
                if level > 2:
                    return False
            elif tok.type == "bullet_list_close":
                level -= 1
            elif tok.type == "list_item_open" and level == 1:
                rows.append([])
            elif tok.type == "list_item_open" and level == 2 and rows:
                cell = []
            elif tok.type == "list_item_close" and level == 2 and cell is not None:
                rows[-1].append(tables.Cell(" ".join(cell), len(rows) <= header))
                cell = None
            elif tok.type == "inline":
                if cell is None:
                    return False          # words outside a cell: not the list-table form
                cell.append(marks.balance(self.inline(tok.children or [], line), [])[0])
            elif level == 0 and tok.type not in ("paragraph_open", "paragraph_close"):
                return False
        made = tables.line(caption, rows) if rows and all(rows) else None
        if made is None:
            return False
        self.out.block([(line, made[0], made[1])])
        return True

    def _colon_fence(self, tok, line: int, depth: int) -> None:
        """A Pandoc fenced div (``::: {.primerParrafo}`` … ``:::``) or a MyST directive in
        colons (``:::{note}``): the fences are format markup, left out and reported; what
        they enclose is Markdown, read as the rest (a MyST directive as a fenced one is)."""
        info = tok.info.strip()
        if depth >= MAX_NESTING:
            self.out.text_block(line + 1, tok.content.rstrip("\n"))
            return
        if DIRECTIVE.match(info) and not info.startswith(("{.", "{#")) and \
                self._directive(tok, line, depth):
            return
        body = tok.content.split("\n")
        if PANDOC_DIV.match(info):
            self.out.leave_out(line, line, tok.markup + " " + info, "a fenced div's opening "
                               "line (format markup)", "format-markup")
            if "fenced-div" not in self.out.hints.rules:
                self.out.hints.rules.append("fenced-div")
        else:                                   # ":::: and then words": the words are text
            self.out.text_block(line, tok.markup + " " + info)
        self.walk(_parser().parse("\n".join(body)), line, depth + 1)
        spans = (tok.map[1] - tok.map[0]) if tok.map else 0
        if spans == tok.content.count("\n") + 2:        # the closing fence is there
            end = line + spans - 1
            self.out.leave_out(end, end, tok.markup, "a fenced div's closing line (format "
                               "markup)", "format-markup")

    def _note_app_syntax(self, text: str, kind: str, line: int) -> str:
        """What note apps (Obsidian, Notion, GitHub) add to Markdown: a task's box is a
        ballot box sign, a callout's type ("> [!note] Title") is format markup, a wiki link
        ("[[Budget 2021|the budget]]") is the words it shows, ==marked== text is emphasis."""
        if kind == "item":
            text = TASK_BOX.sub(lambda m: "\u2611 " if m.group(1).strip() else "\u2610 ", text)
        elif kind == "quote":
            callout = CALLOUT.match(text)
            if callout:
                self.out.leave_out(line, line, callout.group().strip(), "a note app's callout "
                                   "type (format markup)", "format-markup")
                text = text[callout.end():]
        if "![[" in text:                 # an embedded file ("![[scan.jpg]]"): not text
            def embedded(m: re.Match) -> str:
                self.out.leave_out(line, line, f"image {m.group(1).strip()}", "an embedded "
                                   "file (a note app's ![[…]], an image)", "image")
                return ""
            text = EMBED.sub(embedded, text)
        if "[[" in text:
            text = WIKI_LINK.sub(self._wiki_link, text)
        if "==" in text:
            text = MARKED.sub(lambda m: marks.hi("bold", m.group(1)), text)
        return text

    def _wiki_link(self, m: re.Match) -> str:
        """A wiki link ("[[A. Thomas|Mr. Thomas]]", Obsidian's, FromThePage's subject link):
        the words it shows, linked to the page it names (<ref target="A.%20Thomas">), so the
        transcriber's identification is kept; "[[Page 3]]" stays as written."""
        if PAGE_IN_BRACKETS.match(m.group(1)):
            return m.group(0)
        name = " ".join(m.group(1).split())
        if "wiki-links" not in self.out.hints.rules:
            self.out.hints.rules.append("wiki-links")
        return marks.ref(quote(name, safe="/#.-_~()'!,;=&+@"), m.group(2) or m.group(1))

    def _setext_paragraph(self, opening, text: str, offset: int) -> bool:
        """A paragraph over a "---" or "===" line reads as a heading in CommonMark (a setext
        heading), but one of sentences is a paragraph and the line under it a rule, as the
        writer meant it: more than fifteen words, or two sentences and more. Reported."""
        if opening.markup not in ("-", "=") or not opening.map:
            return False
        words = marks.plain(text).split()
        sentences = len(re.findall(r"[^\W\d_]{2,}[.!?](?:\s|$)", marks.plain(text)))
        if len(words) <= 15 and sentences < 2:
            return False
        rule = opening.map[1] + offset            # the underline's line
        self.out.leave_out(rule, rule, opening.markup * 3, "a rule line under a paragraph "
                           "(format markup; CommonMark would make the paragraph a heading)",
                           "format-markup")
        self.out.hints.rule_lines.add(rule)
        self._rule("setext-paragraph")
        return True

    def _number(self, footnote_id: int | str | tuple) -> int:
        number = self.footnote_numbers.get(footnote_id)
        if number is None:
            if footnote_id in self.labels:            # a footnote's own numeric label
                number = self.labels[footnote_id]     # (a tuple is a tooltip's note)
            elif self.labels:      # a tooltip among labelled notes: a number no label has
                number = max([*self.labels.values(), *self.footnote_numbers.values()]) + 1
                if footnote_id in self.copies:      # (an earlier definition of a label
                    #                                   defined twice: its label in @n)
                    self.out.hints.note_labels[str(number)] = self.copies[footnote_id]
            else:
                number = len(self.footnote_numbers) + 1
            self.footnote_numbers[footnote_id] = number
        return number
        return self.footnote_numbers.setdefault(footnote_id, len(self.footnote_numbers) + 1)

    def footnote_labels(self, tokens) -> None:
        """The footnotes' own labels as their numbers, when every label is a number and no
        two are the same number ("[^5]" is note 5, as the transcriber cites it: "refer to
        footnote #8"); else the footnotes are numbered in the order they are referred to.
        A definition with no words ("[^3]:") is noted, to be left out with its markers."""
        labels: dict[int | str, int] = {}
        copies: dict[int | str, str] = {}
        numeric = True
        for i, tok in enumerate(tokens):
            for t in (tok, *(tok.children or [])):
                label = str((t.meta or {}).get("label", ""))
                if t.type not in ("footnote_open", "unused_footnote_open", "footnote_ref"):
                    continue
                key = ":" + label if t.type == "unused_footnote_open" else t.meta["id"]
                base = label.split("~")[0]       # "2~1": a label defined twice, the earlier
                if not base.isdigit() or len(base) > 5:
                    numeric = False
                elif base != label:              # (numbered apart, labelled as printed)
                    copies[key] = base
                else:
                    labels[key] = int(label)
            if tok.type == "footnote_open" and not any(
                    t.type == "inline" and t.content.strip()
                    for t in itertools.takewhile(lambda t: t.type != "footnote_close",
                                                 tokens[i + 1:])):
                self.empty_footnotes.add(tok.meta["id"])
        if numeric and len(set(labels.values())) == len(labels):
            self.labels, self.copies = labels, copies

    @staticmethod
    def _kind(opening, context: list[str]) -> str:
        if opening.type == "heading_open":
            return opening.tag                       # h1..h6
        if "bullet_list" in context or "ordered_list" in context:
            return "item"
        return "quote" if "blockquote" in context else ""

    def _place(self, sign: str, line: int, anchored: bool = False) -> tuple[int, int]:
        """The line and column of *sign* in the source, at *line* or the first line after it
        that holds it (anchored: at a line's start, after up to three spaces); *line* and
        column 1 where no line does."""
        for n in range(max(line, 1), len(self.lines) + 1):
            text = self.lines[n - 1]
            col = text.find(sign)
            if col >= 0 and (not anchored or (not text[:col].strip() and col < 4)):
                return n, col + 1
        return line, 1

    def inline(self, children, line: int) -> str:
        parts: list[str] = []
        stack: list[str] = []
        breaks = 0
        plain_parts: set[int] = set()     # parts that are text tokens' (for mdemphasis)
        for tok in children:
            kind = tok.type
            if kind == "text":
                if "*" in tok.content or "_" in tok.content:
                    plain_parts.add(len(parts))
                parts.append(self._template_tags(tok.content, line)
                             if "{" in tok.content else tok.content)
            elif kind == "code_inline" and any(c in tok.content for c in "[]()<>{}|\\^"):
                # (a code span's signs are the characters themselves: `[[ ]]` in a key of
                # signs, never a platform's tag or words supplied)
                parts.append(marks.LITERAL_OPEN + tok.content + marks.LITERAL_CLOSE)
                if "code-span-literal" not in self.out.hints.rules:
                    self.out.hints.rules.append("code-span-literal")
            elif kind == "code_inline":
                parts.append(tok.content)
            elif kind in ("softbreak", "hardbreak"):
                if kind == "hardbreak":
                    self.out.hints.broken_lines.add(line + breaks)
                breaks += 1
                parts.append("\n")
            elif kind in ("em_open", "strong_open", "s_open"):
                rend = {"em_open": "italic", "strong_open": "bold", "s_open": "strikethrough"}[kind]
                parts.append(marks.HI[rend][0])
                stack.append(marks.HI[rend][1])
            elif kind == "link_open":
                parts.append(marks.REF_OPEN + str(tok.attrs.get("href", "")) + marks.REF_TEXT)
                stack.append(marks.REF_CLOSE)
            elif kind in ("em_close", "strong_close", "s_close", "link_close"):
                parts.append(stack.pop() if stack else "")
            elif kind == "image":
                self.out.leave_out(line, line, f"image {tok.attrs.get('src', '')}",
                                   "an image (not text)", "image")
                if _quoted_caption(tok):     # (its words reported with the image's)
                    self.out.leave_out(line, line, " ".join(
                        f"{tok.content} {tok.attrs.get('title') or ''}".split()),
                        "an image's caption in quotes (the picture's name, not text)", "image")
                elif _caption(tok, children) and not _said_again(tok.content, self.source):
                    parts.append(" ".join(tok.content.split()))
            elif kind == "footnote_ref" and tok.meta["id"] in self.empty_footnotes:
                marker = f"[^{tok.meta['label']}]"  # a marker of a note with no words: left
                at, col = self._place(marker, line + breaks)     # out, reported where it is
                self.diags.warn(f"the marker {marker} of a footnote with no words is left "
                                "out", "note-empty", at, col)
                self.out.leave_out(at, at, marker, "the marker of a footnote with no words",
                                   "note-empty")
            elif kind == "footnote_ref" and tok.meta["id"] == self.open_footnote:
                marker = f"[^{tok.meta['label']}]"     # "[^2]: word[^2]": a definition's
                at, col = self._place(marker, line + breaks)   # marker of itself points to
                #                                                nothing
                text_at = self.lines[at - 1] if 0 < at <= len(self.lines) else ""
                if text_at.find(marker + ":") == col - 1:    # (not its label: the marker)
                    col = text_at.find(marker, col) + 1 or col
                self.diags.warn(f"the marker {marker} stands in its own footnote; it refers "
                                "to nothing and is left out", "note-self-marker", at, col)
                self.out.leave_out(at, at, marker, "a footnote's marker inside its own "
                                   "definition (no note nests in itself)", "note-self-marker")
            elif kind == "footnote_ref":
                parts.append(f"[{self._number(tok.meta['id'])}]")
            elif kind == "html_inline":
                parts.append(self._html_inline(tok.content, stack, line))
        parts.extend(reversed(stack))
        text = "".join(parts)
        if plain_parts:                     # (first: its spans are offsets in the parts)
            text = self._unmatched_emphasis(text, parts, plain_parts, line, breaks)
        if "![" in text:                    # "![Form 610]": an image's syntax, no address
            text = self._image_placeholders(text, line)
        if "^" in text or "~" in text:      # Pandoc's 1^st^ and H~2~O
            text = PANDOC_SUP.sub(lambda m: marks.hi("sup", m.group(1)), text)
            text = PANDOC_SUB.sub(lambda m: marks.hi("sub", m.group(1)), text)
        return text

    def _dash_page(self, text: str, line: int) -> str:
        """"-------- Page 2": a PDF converter's page separator (doctly, marker, docling and
        OCR-to-Markdown scripts write a rule and the page's number), the [Page 2] mark of
        a page break, where the text has two of them at least numbered up by one."""
        m = DASH_PAGE.fullmatch(text.strip())
        if m is None:
            return text
        if self.dash_pages is None:
            found = [int(m.group(1) or m.group(2)) for m in DASH_PAGE_ANY.finditer(self.source)]
            self.dash_pages = len(found) >= 2 and all(
                b == a + 1 for a, b in itertools.pairwise(found))
        if not self.dash_pages:
            return text
        self.out.leave_out(line, line, DASH_RULE.sub("", text).strip() or text.strip(),
                           "a converter's page separator (a rule beside the page's number): "
                           "the page break", "rule-line")
        self._rule("dash-page-separators")
        return f"[Page {m.group('n') or m.group('n2')}]"

    def _image_placeholders(self, text: str, line: int) -> str:
        """An image without its address ("![Form 610]", "![signature of reviewer]"), as a
        PDF converter writes a picture it describes ("![BY HAND PLEASE CALL]", a stamp's
        words): Markdown's image syntax, never an editor's bracket. Its words stay in the
        text, as an image's caption does (_caption); the syntax is reported."""
        def placeholder(m: re.Match) -> str:
            self.out.leave_out(line, line, f"![{m.group(1).strip()}]", "an image without "
                               "its address (a converter's placeholder for a picture): its "
                               "syntax, the words kept", "format-markup")
            self._rule("image-placeholders")
            return m.group(1).strip() + (" " if m.group(0).endswith(" ") else "")
        return IMAGE_PLACEHOLDER.sub(placeholder, text)

    def _unmatched_emphasis(self, text: str, parts: list[str], plain_parts: set[int],
                            line: int, breaks: int) -> str:
        """Delimiter runs CommonMark left as text that pair as emphasis (mdemphasis), read
        so and reported; never where the paragraph escapes a delimiter (\\*, \\_: typed
        to be text)."""
        source = "\n".join(self.lines[max(line - 1, 0):line + breaks])
        if "\\*" in source or "\\_" in source:
            return text
        spans, at = [], 0
        for k, part in enumerate(parts):
            if k in plain_parts:
                spans.append((at, at + len(part)))
            at += len(part)
        new, count = mdemphasis.repair(text, spans)
        if count:
            self.diags.info(f"{count} emphasis pair(s) that CommonMark leaves as text "
                            "(a run before a line break, or closed before a letter) read "
                            "as emphasis", "emphasis-repaired", line)
            self._rule("emphasis-repaired")
        return new

    def _template_tags(self, text: str, line: int) -> str:
        """Jekyll/Liquid tags are the site's, not the text's: a page or column break's
        include is the [Page] / [Column n] mark where it stands (LIQUID_INCLUDE), every
        other tag is left out and reported."""
        def sub(m: re.Match) -> str:
            inc = LIQUID_INCLUDE.fullmatch(m.group(0))
            base = inc.group("name").rsplit("/", 1)[-1].split(".", 1)[0] if inc else ""
            if inc and PAGE_INCLUDE.search(base):
                n = INCLUDE_PAGE_N.search(inc.group("args"))
                self._rule("liquid-breaks")
                return f"[Page {n.group('n')}]" if n else "[Page]"
            col = INCLUDE_COLUMN_N.search(inc.group("args")) if inc else None
            if inc and col and COLUMN_INCLUDE.search(base):
                self._rule("liquid-breaks")
                return f"[Column {col.group('n')}]"
            self.out.leave_out(line, line, m.group(0), "a template tag (Jekyll/Liquid: the "
                               "site's, not the text's)", "template-tag")
            return ""
        return TEMPLATE_TAG.sub(sub, text)

    def _rule(self, name: str) -> None:
        if name not in self.out.hints.rules:
            self.out.hints.rules.append(name)

    def _title_page(self, content: str, line: int) -> bool:
        """A centred HTML block that opens the text, its lines ended by <br/> (a title page
        as a Markdown edition of a book or report sets it): its first lines, in capitals
        down to the first empty line, are the title (a heading); the others its lines, an
        empty line ending each group. False for any other block."""
        if self.out.lines or not CENTRED_DIV.match(content) or not BR_TAG.search(content):
            return False
        from .html import fragment_parts
        rows: list[tuple[int, str]] = []
        for k, raw in enumerate(content.split("\n")):
            pieces = BR_TAG.split(raw)
            if len(pieces) > 1 and not pieces[-1].strip():
                pieces.pop()              # (the <br/> that ends the line)
            for piece in pieces:          # (an empty line, or <br/> alone: a blank line)
                text = fragment_parts(piece)[0] if "<" in piece or "&" in piece else piece
                rows.append((line + k, " ".join(text.split())))
        pages = []                        # the page breaks over the title
        while rows and (not rows[0][1] or PAGE_MARK_ALONE.fullmatch(rows[0][1])):
            if rows[0][1]:
                pages.append(rows[0])
            rows.pop(0)
        title = []
        while rows and rows[0][1] and not rows[0][1].startswith("[Page"):
            title.append(rows.pop(0))
        words = " ".join(t for _, t in title)
        if not title or len(title) > 6 or not words.isupper() or any(len(t) > 60 for _, t in title):
            return False
        for n, text in pages:
            self.out.block([(n, text, "")])
        self.out.block([(title[0][0], words, "h1")])
        group: list[tuple[int, str, str]] = []
        for n, text in rows:
            if text:
                group.append((n, text, ""))
            elif group:
                self.out.block(group)
                group = []
        self.out.block(group)
        self._rule("title-page-block")
        return True

    def _tooltip_note(self, value: str, line: int) -> str:
        """The marker of a note an element shows on hover (html.tooltip_text): a footnote
        of its own, its words in the note list."""
        n = self._number(("tooltip", len(self.footnote_numbers)))
        self.notes.append((line, f"[{n}] {value}"))
        if "tooltip-notes" not in self.out.hints.rules:
            self.out.hints.rules.append("tooltip-notes")
        return f"[{n}]"

    def _html_inline(self, tag: str, stack: list[str], line: int) -> str:
        m = re.match(r"<(/?)([a-zA-Z][\w-]*)", tag)
        if not m:                                   # a comment or declaration
            self.out.leave_out(line, line, tag, "HTML comment (format markup)", "format-markup")
            return ""
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name not in HTML_TAGS and "-" not in name and tag.endswith(f"{m.group(2)}>"):
            return tag                 # not HTML: a chat nickname "<Ege>", an <email> typed
        if name == "br":
            return "\n"
        if closing and self.tooltips and self.tooltips[-1][0] == name:
            return self._tooltip_note(self.tooltips.pop()[1], line)   # its note, after it
        if not closing and ("data-" in tag or "title=" in tag):
            from .html import tooltip_of_tag
            tip = tooltip_of_tag(tag)
            if tip is not None:                 # (<button data-balloon="…">Al Skinner</button>)
                self.tooltips.append((name, tip))
        rend = marks.HTML_RENDS.get(name)
        if rend is None:
            return ""                               # the tag goes, its text stays
        opening, end = marks.HI[rend]
        if closing:
            if end in stack:
                stack.remove(end)
                return end
            return ""
        stack.append(end)
        return opening

    def _html_block(self, tok, line: int) -> None:
        from .html import fragment_blocks, fragment_segments, links_only
        content = tok.content
        if "{" in content:                # Liquid in raw HTML: as in the Markdown's text
            content = self._template_tags(content, line)
        if self._title_page(content, line):
            return
        if STYLE_OR_SCRIPT.search(content):  # a page's style sheet or script: never text
            end = tok.map[1] if tok.map else line
            for m in STYLE_OR_SCRIPT.finditer(content):
                self.out.leave_out(line, end, m.group(), "a style sheet or script (format "
                                   "markup)", "format-markup")
            content = STYLE_OR_SCRIPT.sub(" ", content)
            if "markdown-style-script" not in self.out.hints.rules:
                self.out.hints.rules.append("markdown-style-script")
            if not content.strip():
                return
        pre = _preformatted(content)
        if pre is not None:               # a mail or a typed letter reposted in <pre>: its
            text, skip = pre              # lines and blank lines kept, as in a .txt file
            self.out.text_block(line + skip, text, "pre")
            if "markdown-pre" not in self.out.hints.rules:
                self.out.hints.rules.append("markdown-pre")
            return
        # (a compound broken at its hyphen at a line's end, "la Haute-" / "Garonne": the
        # hyphen stays, no space; HTML would make the line end a space)
        content = HYPHEN_AT_LINE_END.sub("-", content)
        segments = fragment_segments(content, lambda value: self._tooltip_note(value, line))
        if segments is not None and not links_only(content):
            self._html_segments(segments, line)
            return
        # (each block element a block, <br> a line's end, inline tags run together)
        text, after = fragment_blocks(content, lambda value: self._tooltip_note(value, line))
        text = self._emphasis_in_html(text)
        last = tok.map[1] if tok.map else line
        if text.strip() and links_only(content):    # a site's menu over a post: "Index | Next"
            self.out.leave_out(line, line, text, "a site's links (navigation)", "navigation")
        elif text.strip():
            self.out.text_block(line, text)
            self._element_blocks(line, text)
        elif not after.strip():
            self.out.leave_out(line, last, content.strip(), "HTML markup without text "
                               "(an image, a comment or layout)", "format-markup")
        if after.strip():                 # Markdown after an element's end: read as such
            after = after.strip("\n")
            self.walk(_parser().parse(after), max(line, last - len(after.split("\n"))) - 1, 1)

    def _field_inline(self, value: str, line: int) -> str:
        """A front-matter value placed in the text (a P.S.), read as the body's inline
        text is: "M<sup>r</sup>" a superscript, "*Mémoires*" italic, never escaped tags."""
        if not any(c in value for c in "<*_`[&\\"):
            return value
        tokens = _parser().parseInline(value)
        if not tokens or tokens[0].children is None:
            return value
        return self.inline(tokens[0].children, line)

    def _html_segments(self, segments: list[tuple[str, str, int]], line: int) -> None:
        """An HTML block cut in source order (html.fragment_segments): a heading element
        a heading, as "## …" is; each element's text a block; the Markdown after an
        element's end read as Markdown where it stands, before the next element."""
        for kind, text, at in segments:
            if kind == "markdown":
                rows = text.split("\n")
                if len(rows) >= 2 and all(len(r.strip()) >= 40 for r in rows) and all(
                        r.rstrip()[-1:] in ".!?:;\"”’»)]" for r in rows[:-1]):
                    # (a CMS record's lines after a heading's end, each a whole sentence
                    # or more: each line a paragraph, as the record shows them)
                    for n, row in enumerate(rows):
                        self.walk(_parser().parse(row), line + at - 2 + n, 1)
                    continue
                self.walk(_parser().parse(text), line + at - 2, 1)
            elif kind == "html":
                self.out.text_block(line + at - 1, self._emphasis_in_html(text))
                self._element_blocks(line + at - 1, text)
            else:
                self.out.text_block(line + at - 1, text, kind)
        if "markdown-html-headings" not in self.out.hints.rules:
            self.out.hints.rules.append("markdown-html-headings")

    def _element_blocks(self, first: int, text: str) -> None:
        """Note where each block of an HTML block's laid-out text begins (text_block's
        numbering): an element of the source's own (html.fragment_blocks)."""
        rows = text.split("\n")
        for k, row in enumerate(rows):
            if row.strip() and (k == 0 or not rows[k - 1].strip()):
                self.out.hints.element_blocks.add(first + k)

    def _emphasis_in_html(self, text: str) -> str:
        """Markdown emphasis typed inside an HTML block (a transcriber who pastes <p> around
        paragraphs and goes on typing Markdown in them: "le _Messager de Toulouse_"):
        CommonMark keeps the block raw, but balanced pairs of "_", "*" or "**" around words
        mean what they mean outside it."""
        found = False

        def emph(rend: str):
            def sub(m: re.Match) -> str:
                nonlocal found
                found = True
                return marks.hi(rend, m.group("t"))
            return sub
        text = HTML_BLOCK_STRONG.sub(emph("bold"), text)
        text = HTML_BLOCK_EM.sub(emph("italic"), text)
        if found and "markdown-in-html" not in self.out.hints.rules:
            self.out.hints.rules.append("markdown-in-html")
        return text

    def _front_matter(self, tok) -> None:
        start = (tok.map[0] + 1) if tok.map else 1
        end = tok.map[1] if tok.map else start
        fields = front_matter_fields(tok.content)
        parts = frontmatter.letter_parts(tok.content, start + 1)
        if parts:               # the letter's own words: its text, never the citation
            self.letter_parts.extend(parts)
            fields = [(k, v) for k, v in fields if not frontmatter.LETTER_PART_KEY.match(k)]
            self.out.hints.rules.append("front-matter-postscript")
        frontmatter.to_hints(self.out.hints, fields)
        self.out.hints.fields.extend(fields)
        self.out.leave_out(start, end, tok.content, "front matter: its fields are in the "
                           "header", "front-matter")


PRE_BLOCK = re.compile(r"(?is)\s*<pre(?:\s[^<>]*)?>(?P<body>.*)</pre>\s*")


def _preformatted(content: str) -> tuple[str, int] | None:
    """The text of an HTML block that is one <pre> element (a Jekyll or Hugo page that
    reposts an e-mail, a Usenet post, a typescript), its line breaks kept, its entities
    and inline tags read as a browser shows them; with the number of lines before it."""
    m = PRE_BLOCK.fullmatch(content)
    if m is None or "<pre" in m.group("body").lower():
        return None
    from lxml import etree, html
    try:
        element = html.fragment_fromstring("<pre>" + m.group("body") + "</pre>")
    except (etree.ParserError, ValueError, TypeError):
        return None
    text = element.text_content()
    skip = content[:m.start("body")].count("\n")
    if text.startswith("\n"):             # (HTML drops a newline right after <pre>)
        text = text[1:]
        skip += 1
    return (text.rstrip(), skip) if text.strip() else None


def _check_nesting(name: str, text: str) -> None:
    """Refuse a source nested deeper than the parser keeps (it would drop the text)."""
    for number, line in enumerate(text.split("\n"), 1):
        m = NESTING.match(line)
        if m and len(re.findall(r">|[-*+]\s|\d{1,9}[.)]\s", m.group())) > MAX_NESTING:
            raise fail(name, f"quotations or lists nested more than {MAX_NESTING} deep; "
                       "teikit reads Markdown nested at most that deep", "too-deep", number, 1)


HTML_IN_VALUE = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>")


def html_words(markup: str) -> str:
    """The words of a little HTML (a front-matter value), as a browser shows them."""
    from lxml import etree, html
    try:
        words = html.fragment_fromstring(markup, create_parent="div").text_content()
    except (etree.ParserError, ValueError, TypeError):
        words = re.sub(r"<[^>]*>", " ", markup)
    return " ".join(words.split())


INDENTED_FENCE = re.compile(r"^ {1,3}---[ \t]*\n")
FIELD_LINE = re.compile(r"^[A-Za-z_][\w-]*:(?:\s|$)")


def _indented_front_matter(text: str) -> str:
    """Front matter whose opening "---" is indented (by up to three spaces, as CommonMark
    allows any block to be): the fence set at the margin, where a closing "---" follows
    with three "key: value" lines or more before it; else the text as it is (a thematic
    break)."""
    m = INDENTED_FENCE.match(text)
    if m is None:
        return text
    lines = text[m.end():].split("\n", 200)
    end = next((k for k, line in enumerate(lines[:200]) if line.strip() == "---"), None)
    if end is None or sum(1 for line in lines[:end] if FIELD_LINE.match(line)) < 3:
        return text
    return "---\n" + text[m.end():]


def front_matter_fields(text: str) -> list[tuple[str, str]]:
    """The fields of YAML front matter, read with PyYAML's safe loader; aliases are refused
    (an alias bomb would expand without bound) and so is anything too large. A list or a
    mapping is one field, its items joined ("tags: [linux, unix]" -> "linux; unix");
    front matter that is not YAML is read a "key: value" line at a time (see yaml_mapping)."""
    if len(text) > MAX_FRONT_MATTER:
        return []
    data = yaml_mapping(text)
    if data is None:
        return _field_lines(text)
    out = []
    for key, value in data.items():
        clean = _field_value(value)
        if clean:
            out.append((str(key), clean))
    return out


def yaml_mapping(text: str) -> dict | None:
    """Front matter read as YAML, when it is a mapping and YAML at all ("description: one
    line" over a second line that starts "Gerolimo Morosini, the governor" is not)."""
    import yaml
    try:
        if any(isinstance(t, yaml.AliasToken) for t in yaml.scan(text, Loader=yaml.SafeLoader)):
            return {}
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def _field_value(value) -> str:
    """A field's words as one line: a list's or a mapping's items joined with "; "."""
    if isinstance(value, dict):
        value = [f"{k}: {v}" if not isinstance(v, (dict, list)) else f"{k}: {_field_value(v)}"
                 for k, v in value.items() if v is not None]
    if isinstance(value, list):
        return "; ".join(v for v in map(_field_value, value) if v)
    if value is None:
        return ""
    clean = " ".join(str(value).replace("\u00a0", " ").split())
    if HTML_IN_VALUE.search(clean):     # "teaser: <blockquote>…": its words only
        clean = html_words(clean)
    return clean


FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,40}?)\s*:(?:\s+(?P<value>.*))?$")


def _field_lines(text: str) -> list[tuple[str, str]]:
    """Front matter that is not YAML, read as its writer meant it: a "key: value" line
    starts a field, any other line goes on with the field before it (no word is lost)."""
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        m = FIELD_LINE.match(line.strip()) if not line[:1].isspace() else None
        words = " ".join(line.split())
        if m:
            out.append((m.group("key").strip(), " ".join((m.group("value") or "").split())))
        elif words and out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {words}".strip())
        elif words:
            out.append(("front matter", words))
    return [(key, value) for key, value in out if value]


# the info strings of fences that hold a program, not text ("```js", "```python")
CODE_LANGUAGES = frozenset(
    "js javascript jsx ts typescript tsx python py python3 java c cpp c++ h hpp cs csharp go "
    "golang rust rs ruby rb php perl pl sh bash zsh shell console powershell ps1 bat cmd sql "
    "json jsonc yaml yml toml ini xml html htm css scss less kotlin kt swift scala haskell hs "
    "lisp clojure elixir erlang lua r matlab julia dart objc objective-c makefile make "
    "dockerfile diff patch graphql proto protobuf asm nasm wasm vb vbnet fortran pascal "
    "groovy gradle ocaml fsharp f# coffeescript coffee elm nim zig v tsql plsql latex tex "
    "regex abnf bnf ebnf idl webidl".split())
CODE_PUNCTUATION = re.compile(r"[{};]\s*$|^\s*[{}]|=>|\(\)|^\s*(?://|#!|/\*)")


def is_code(info: str, content: str) -> bool:
    """A fence of a program: its info string names a programming language, or (no info)
    most of its lines end or open as code does ({ } ; =>, a comment)."""
    words = info.strip().split()
    if words:
        return words[0].casefold().lstrip(".{") in CODE_LANGUAGES
    rows = [row for row in content.split("\n") if row.strip()]
    return len(rows) >= 2 and 2 * sum(1 for row in rows if CODE_PUNCTUATION.search(row)) > len(rows)

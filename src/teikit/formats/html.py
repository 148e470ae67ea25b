"""A saved web page (HTML or XHTML), read with lxml.html: the page's main content as blocks
(paragraphs, headings, list items, table rows, preformatted text line by line), emphasis
and links as marks, footnotes linked inside the page as ``[n]`` markers and a note list;
the site's navigation, scripts and forms left out and reported; the page's title, date and
address as hints for the header."""
from __future__ import annotations

import itertools
import re

from lxml import etree, html

from ..diagnostics import Collector, fail
from ..sourcetext import clean_text, decode
from . import frontmatter, marks, suffix, tables
from .htmllinks import Density
from .htmlnotes import Footnotes
from .htmltables import heading_class_row, layout_table, running_tables, table_parts
from .lines import Lines

NAME = "html"
MAX_DEPTH = 200        # below it, elements are read for their text only (no recursion)
HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b)",
                        re.I | re.S)
BOILERPLATE = {"script", "style", "noscript", "template", "nav", "form", "button", "iframe",
               "svg", "menu", "select", "textarea", "object", "embed", "canvas", "head",
               "audio", "video"}     # (a player's words are its fallback: "Your browser …")
# left-out elements the browser draws with a width (see Reader._apart)
DRAWN = {"button", "iframe", "svg", "select", "textarea", "object", "embed", "canvas",
         "audio", "video"}
SITE_PARTS = {"header", "footer", "aside"}        # boilerplate unless inside the content
BLOCKS = {"p", "div", "section", "article", "main", "body", "blockquote", "li", "ul", "ol",
          "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr",
          "thead", "tbody", "tfoot", "td", "th", "caption", "figure", "figcaption",
          "address", "center", "hr", "header", "footer", "aside", "hgroup", "details",
          "summary", "fieldset", "legend"}
HI_TAGS = marks.HTML_RENDS
# Class names digital editions give the parts of a letter (HTML made from TEI, edition
# sites): the block's kind, which the letter rules take as evidence.
CLASS_KINDS = {"salute": "salute", "salutation": "salute", "greeting": "salute",
               "closing": "closing", "valediction": "closing", "signed": "signed",
               "signature": "signed", "dateline": "dateline", "place-date": "dateline",
               "postscript": "postscript", "address": "address",
               # a speaker's label as a paragraph of its own, a stage direction (a Word
               # template's styles, formats.docx; an edition's HTML play)
               "speaker": "speaker", "stage": "stage", "stagedir": "stage"}
# HTML made from TEI (CDRH's Datura, TEI Boilerplate, CETEIcean) names its classes after
# the TEI elements: "tei_salute", "tei-dateline". These are blocks, even on a <span>.
TEI_CLASS = re.compile(r"^tei[_-](?P<name>p|ab|opener|closer|dateline|salute|signed|"
                       r"postscript|byline|address)$")
TEI_CLASS_KINDS = {"salute": "salute", "dateline": "dateline", "signed": "signed",
                   "postscript": "postscript"}
# A speaker's label that a page sets in an element of its own at a paragraph's start
# (scribe.perl's <cite>ege:</cite>, <cite>&lt;Ege&gt;</cite>): "label:" or an IRC "<nick>"
INLINE_LABEL = re.compile(r"^\s*(?:<[^<>\s]{1,40}>|[^\s:<>\[(][^:<>\n]{0,40}?\s*:)\s*$")
LABEL_TAGS = {"cite", "i", "em", "span", "var", "dfn", "u", "code", "kbd", "samp"}
# A link to a page's image (a facsimile): a page break, not a link in the text
IMAGE_FILE = re.compile(r"(?i)\.(?:jpe?g|png|gif|tiff?|jp2|webp)(?:[?#].*)?$")
SAFE_ADDRESS = re.compile(r"^(?:https?://|(?![A-Za-z][A-Za-z0-9+.\-]*:))[^\s\x00-\x1f]*$")
PAGE_IMAGE_CLASSES = {"pageimage", "page-image", "facsimile", "facs", "page-img",
                      "pagescan", "page-scan"}
# Class names and roles of a site's own links and bars inside the content area
NAVIGATION = {"back-link", "backlink", "breadcrumb", "breadcrumbs", "nav", "navbar",
              "navigation", "menu", "skip-link", "pagination", "pager", "toc-link",
              "share", "social", "cookie", "cookies", "banner", "search",
              "mw-indicators", "mw-indicator", "wst-header-back", "wst-header-forward",
              "header_backlink", "header_forelink", "modal", "lightbox",
              "plainsister", "sisitem"}     # (a wiki's links to its sister projects)
# A Wikisource page's header (any language: #headerContainer, .ws-header, .headertemplate,
# .wst-header-*): the text's title, author and the editors' notes, though marked "noprint"
# and "ws-noexport" for the site's export; only its previous / next cells are navigation
WIKI_HEADER = {"headercontainer", "ws-header", "headertemplate", "wst-header",
               "wst-header-structure", "header_notes", "wst-header-notes"}
# A wiki's licence box (Wikisource's .licenseFrame, .licenseContainer): header matter
LICENCE_BOX = re.compile(r"(?i)^licen[cs]e(?:frame|container|box|tpl)?$")
# the transcriber's annotation of a page turn in Aozora Bunko's notation (［＃…］, the
# annotation brackets its files define): a new page, a new leaf, a new spread, a new column
PAGE_ANNOTATION = re.compile(r"［＃(?:改ページ|改丁|改見開き|改段)］")
# A block whose class names the edition's account of its own making: its colophon, credits,
# bibliographical information (the printed source, who keyed and proofread the file, the
# file's date: Aozora Bunko's .bibliographical_information), its notes on its notation:
# header matter, and a date in it is the file's, never the document's
COLOPHON_BLOCK = re.compile(r"(?i)^(?:colophon|credits|bibliographic(?:al)?[_-]?info(?:rmation)?|"
                            r"notation[_-]?notes)$")
SPACE = re.compile(r"[ \t\r\n\f\v\u2028]+")
# a word cut at the source's line end with the double hyphen of a hand or a transcription
# ("State tran=" / "quilli", "viel=" / "leicht"): one word, as in a plain text; only where the
# source's own line end is there to see (HTML reads it as a space)
DOUBLE_HYPHEN_BREAK = re.compile(r"(?<![\w=])([^\W\d_]+)=[ \t]*\r?\n[ \t]*=?([^\W\d_]+)")


def _joined_word(m: re.Match) -> str:
    """The two halves as one word where the second goes on in lower case, else as they were."""
    return m.group(1) + m.group(2) if m.group(2)[0].islower() else m.group(0)
HYPHEN_BREAK = re.compile(r"(?<![\w-])([^\W\d_]+)-[ \t]*\r?\n[ \t]*([^\W\d_]+)(?![\w-])")
BREAK = "\ufdef"     # a <br> while a block is collected (a noncharacter: never in a page)


def sniff(name: str, data: bytes) -> float:
    if suffix(name) in (".html", ".htm", ".xhtml", ".shtml"):
        return 0.9
    if HTML_START.match(data[:4096]):
        return 0.8
    return 0.7 if _server_template(data[:65536]) else 0.0


# a page as a server builds it (PHP, ASP, JSP, server-side includes, Jinja/Twig/Liquid): the
# HTML a site's repository holds, with the server's directives among its tags
SERVER_DIRECTIVE = re.compile(r"<\?(?:php|=)[\s\S]*?(?:\?>|\Z)|<%[\s\S]*?(?:%>|\Z)"
                              r"|<!--#[\s\S]*?-->|\{%[\s\S]*?%\}")
TAG_LINE = re.compile(r"^\s*</?(?:p|div|span|h[1-6]|br|hr|table|tr|td|th|ul|ol|li|a|img|b|i|em"
                      r"|strong|section|article|main|header|footer|nav|body|head|title|meta"
                      r"|link|script|style|center|font|blockquote|pre|form|input|html)\b", re.I)


def _server_template(data: bytes) -> bool:
    """A file that is HTML with a server's directives in it: directives present, and of its
    other non-blank lines three at least and half at least open with an HTML tag."""
    try:
        text = data.decode("utf-8", "replace")
    except Exception:
        return False
    if not SERVER_DIRECTIVE.search(text):
        return False
    lines = [line for line in SERVER_DIRECTIVE.sub("", text).split("\n") if line.strip()]
    tagged = sum(1 for line in lines if TAG_LINE.match(line))
    return tagged >= 3 and tagged * 2 >= len(lines)


# a directive that sets or includes something prints nothing ("<?php include 'nav.php'; ?>",
# "<?php $title = …; ?>", "<% require … %>")
SETS_OR_INCLUDES = re.compile(r"^(?:<\?(?:php)?|<%=?|\{%)\s*(?:(?:include|require)(?:_once)?\b|"
                              r"\$\w+\s*=[^=]|(?:if|else|elseif|endif|for|foreach|endforeach|"
                              r"while|endwhile|function|set|block|endblock|extends|load)\b|[}{])",
                              re.I)
INLINE_TAGS = re.compile(r"<[^<>]*>")


def _prints_in_text(text: str, m: re.Match) -> bool:
    """A directive that prints words inside a sentence: one with the text's words on its
    line before and after it ("… cattle. <?php render_shillings_pence(1,0); ?> per day …"),
    or an echo ("<?= …", "echo", "print"), that sets or includes nothing."""
    directive = m.group()
    if SETS_OR_INCLUDES.match(directive) or "\n" in directive.strip():
        return False
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    before = INLINE_TAGS.sub("", text[start:m.start()])
    after = INLINE_TAGS.sub("", text[m.end():end if end >= 0 else len(text)])
    return bool(re.search(r"[^\W\d_]", before)) and bool(re.search(r"[^\W_]", after))


def _drop_server_directives(text: str, out: Lines | None) -> str:
    """The server's directives left out of a template's HTML (their line breaks kept, so
    that every line keeps its number), each reported: never text of the page."""
    def blank(m: re.Match) -> str:
        if _prints_in_text(text, m):
            if out is not None:         # its value is the sentence's words, not in the file
                first = text.count("\n", 0, m.start()) + 1
                out.hints.rules.append("server-printed")
                out.leave_out(first, first, m.group(), "a server's directive inside a "
                              "sentence: the words it prints are not in the file (a gap)",
                              "server-printed")
            return "[missing: printed by the server]"
        if out is not None:
            first = text.count("\n", 0, m.start()) + 1
            out.leave_out(first, first + m.group().count("\n"), m.group(),
                          "a server's directive in a page template (never shown)",
                          "format-markup")
        return "\n" * m.group().count("\n")
    return SERVER_DIRECTIVE.sub(blank, text)


def _parser():
    # no network, no entities beyond HTML's own, comments and PIs dropped
    # huge_tree: a long text node must not be cut short (HTML has no entities to expand;
    # the source's size is bounded when it is read)
    return html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                           recover=True, huge_tree=True, remove_blank_text=False)


def parse(name: str, data: bytes, encoding: str | None, diags: Collector,
          out: Lines | None = None):
    text, _ = decode(name, data, encoding, diags)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text.lstrip("\ufeff"))   # lxml refuses it in str
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"), diags)
    if SERVER_DIRECTIVE.search(text) and _server_template(text.encode("utf-8")):
        text = _drop_server_directives(text, out)
        if out is not None:
            out.hints.rules.append("server-template")
    front = frontmatter.take(text) if out is not None else None
    if front is not None and out is not None:   # a Jekyll/Hugo page: "---" fields over it
        text, fields, end, block = front
        frontmatter.to_hints(out.hints, fields)
        out.hints.rules.append("front-matter-any-format")
        out.hints.fields.extend(fields)
        out.leave_out(1, end, block, "front matter: its fields are in the header",
                      "front-matter")
    parser = _parser()
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise fail(name, f"not readable as HTML: {exc}", "not-html") from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":    # libxml2 drops what lies deeper
            raise fail(name, "the page is nested deeper than the HTML parser reads (2,048 "
                       "elements); its innermost text would be lost", "too-deep",
                       error.line or None)
    return root


def read(name: str, data: bytes, encoding: str | None, diags: Collector):
    out = Lines()
    root = parse(name, data, encoding, diags, out)
    _, used = decode(name, data, encoding, Collector(name))
    return read_tree(name, root, out, used, diags)


def read_tree(name: str, root, out: Lines, used: str, diags: Collector):
    """A page already parsed (*root*, lxml.html) read into *out*: what :func:`read` does
    after parsing, for a format that assembles its page from parts (formats.epub)."""
    _hints(root, out)
    _provenance(root, out)
    if root.find(".//dl") is not None and _rolls_as_fields(root):
        out.hints.rules.append("roll-fields")
    main = _main_content(root)
    notes = Footnotes(root, main)
    walker = _Walker(out, notes)
    walker.running = running_tables(main)
    walker.page_divs, walker.page_heads = _page_divs(main)
    walker.title_heads = _title_headings(root, main)
    if walker.title_heads:
        out.hints.fire("page-outside")
    walker.banner = _banner(main)
    walker.underscores = _underscore_emphasis(main)
    if walker.underscores:
        out.hints.rules.append("html-underscore-emphasis")
    walker.datelines = _dateline_headings(main)
    walker.index_links = _index_links(main)
    walker.chrome = _site_chrome(root, main)
    if notes.lemmata(main, walker.chrome):
        out.hints.rules.append("lemma-commentary")
    walker.picture = _lone_picture(main)
    for part, keep in _page_parts(root, main, out):
        if part is main:
            walker.visit(main, 0, in_content=True)
        elif keep:
            walker.visit(part, 2, in_content=True)
        else:
            walker.outside(part)
    walker.flush()
    for number, line, text in notes.listed:
        out.text_block(line, f"[{number}] {text}", "note")
    return out.source(name, used, diags)


# what parts the links of a site's menu ("Index | Previous | Next", "« Back · Home")
MENU_SEPARATORS = re.compile(r"[\s|·•/»«\-–—:]*")


def links_only(markup: str) -> bool:
    """An HTML fragment that is nothing but two links or more and the bars between them: a
    site's menu over a post, never the document's words."""
    try:
        parts = html.fragments_fromstring(markup, parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return False
    links = 0
    for part in parts:
        if isinstance(part, str):
            if not MENU_SEPARATORS.fullmatch(part):
                return False
            continue
        for el in part.iter():
            if el.tag == "a":
                links += 1
            elif el.text and not MENU_SEPARATORS.fullmatch(el.text):
                return False
            if el.tail and not MENU_SEPARATORS.fullmatch(el.tail) and el is not part:
                return False
        if part.tail and not MENU_SEPARATORS.fullmatch(part.tail) and part is not parts[-1]:
            return False                 # (the last one's tail is Markdown: fragment_parts)
    return links >= 2


def fragment_parts(markup: str) -> tuple[str, str]:
    """An HTML fragment's text, tags removed, and the text after its elements' ends, which
    is Markdown: CommonMark's HTML block runs to a blank line, so "<p>Intro</p>" over
    "# Heading" or "<hr>" over "[Back](url)" holds a Markdown line after the </p>."""
    try:
        parts = html.fragments_fromstring(markup, parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return re.sub(r"<[^>]*>", " ", markup), ""
    texts = [p if isinstance(p, str) else " ".join(p.itertext()) for p in parts]
    tails = [p.tail for p in parts if not isinstance(p, str) and p.tail and p.tail.strip()]
    return " ".join(" ".join(texts).split()), "\n".join(tails)


# the attributes that hold the words a reader sees on hovering over an element: a tooltip
# or popover library's (balloon.css, tippy, Bootstrap)
TOOLTIP_ATTRS = ("data-balloon", "data-tooltip", "data-tippy-content", "data-bs-content",
                 "data-original-title", "data-bs-original-title")


def tooltip_text(el) -> str | None:
    """The note an element shows on hover (TOOLTIP_ATTRS; "data-content" of a popover,
    "title" of an <abbr>, a <dfn> or an element a tooltip library marks), where it is
    prose: three words at least, not the element's own words. None otherwise."""
    value = next((el.get(a) for a in TOOLTIP_ATTRS if el.get(a)), None)
    toggle = (el.get("data-toggle") or el.get("data-bs-toggle") or "").casefold()
    if value is None and toggle == "popover":
        value = el.get("data-content")
    if value is None and el.get("title") and (
            el.tag in ("abbr", "dfn") or toggle in ("tooltip", "popover")
            or "tooltip" in (el.get("class") or "").casefold()):
        value = el.get("title")
    if not value:
        return None
    value = " ".join(value.split())
    own = " ".join(el.text_content().split())
    return value if len(value.split()) >= 3 and value.casefold() != own.casefold() else None


def tooltip_of_tag(tag: str) -> str | None:
    """The note an opening tag alone says its element shows on hover (tooltip_text), its
    words not yet known: a Markdown paragraph's inline HTML."""
    m = re.match(r"<([a-zA-Z][\w-]*)", tag)
    if m is None or not any(a in tag for a in ("data-", "title")):
        return None
    try:
        el = html.fragment_fromstring(tag + f"</{m.group(1)}>", parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tooltip_text(el) if isinstance(el.tag, str) else None


# the elements a tooltip's note is read from in a page: inline ones, with text only
TOOLTIP_TAGS = {"button", "span", "abbr", "dfn", "a", "em", "i", "b", "strong", "u", "mark"}


def fragment_blocks(markup: str, note=None) -> tuple[str, str]:
    """An HTML fragment's text as a browser lays it out, and the text after its elements'
    ends (Markdown, as fragment_parts): each block element (BLOCKS) a block of its own, a
    blank line between them; a <br> a line's end; inline elements' text run together as
    printed, no space added ("Dear <button>Sir</button>," is "Dear Sir,"); white space
    inside a line collapsed, as HTML shows it. *note*, given, makes the marker of a note
    an element shows on hover (tooltip_text) from its words: the marker after the
    element's own words."""
    try:
        parts = html.fragments_fromstring(markup, parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return re.sub(r"<[^>]*>", " ", markup), ""
    out: list[str] = []

    def walk(el, top: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in BLOCKS
        if block:
            out.append("\x01")
        if tag.lower() == "br":
            out.append("\x00")
        # (an inline rendition holding no block: a rendition, "<s>bravement</s>" struck
        # through, as the same tag typed in a Markdown line is)
        rend = marks.HTML_RENDS.get(tag.lower()) if tag and not any(
            isinstance(d.tag, str) and d.tag.lower() in BLOCKS | {"br"}
            for d in el.iterdescendants()) else None
        if tag and tag.lower() not in ("script", "style"):
            if rend is not None:
                out.append(marks.HI[rend][0])
            out.append(el.text or "")
            for child in el:
                walk(child, False)
            if rend is not None:
                out.append(marks.HI[rend][1])
            tip = tooltip_text(el) if note is not None else None
            if tip is not None:     # (the annotated words kept, the note marked after them)
                out.append(note(tip))
        if block:
            out.append("\x01")
        if not top:
            out.append(el.tail or "")
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            walk(part, True)
    tails = [p.tail for p in parts if not isinstance(p, str) and p.tail and p.tail.strip()]
    return _laid_out(out), "\n".join(tails)


def _laid_out(out: list[str]) -> str:
    blocks = []
    for chunk in "".join(out).split("\x01"):
        lines = [" ".join(ln.split()) for ln in chunk.split("\x00")]
        lines = [ln for ln in lines if ln]
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def fragment_segments(markup: str, note=None) -> list[tuple[str, str, int]] | None:
    """An HTML fragment whose top-level elements are headings or have Markdown text after
    their ends before the next element ("<h2>Translated letter:</h2>To his lady …" over
    "<h2>Original letter:</h2>Domine …", no blank line: one CommonMark HTML block), cut in
    source order: ("html", its text laid out as fragment_blocks does, line), ("h2", a
    heading's words, line) and ("markdown", the text after an element's end, line), each
    line counted from the fragment's first (1). None when neither is there (a heading
    alone, or Markdown after the last element only: fragment_blocks)."""
    try:
        parts = html.fragments_fromstring(markup, parser=_parser())
    except (etree.ParserError, ValueError, TypeError):
        return None
    elements = [p for p in parts if not isinstance(p, str)]
    headed = any(isinstance(p.tag, str) and p.tag.lower() in HEADINGS for p in elements)
    inner = any(p.tail and p.tail.strip() for p in elements[:-1])
    # (a heading element is a heading whatever else the block holds: "<h2>About this
    # Edition</h2>" over its <p>s, one CommonMark block, a section of its own)
    if not elements or not (inner or headed):
        return None
    total = markup.count("\n") + 1
    segments: list[tuple[str, str, int]] = []
    group: list[str] = []
    start = 1

    def flush() -> None:
        text = "\n\n".join(t for t in group if t)
        if text:
            segments.append(("html", text, start))
        group.clear()
    for n, part in enumerate(parts):
        if isinstance(part, str):
            group.append(" ".join(part.split()))
            continue
        tag = part.tag.lower() if isinstance(part.tag, str) else ""
        line = part.sourceline or start
        if tag in HEADINGS:
            flush()
            words = " ".join(part.text_content().split())
            if words:
                segments.append((tag, words, line))
        else:
            if not group:
                start = line
            one = fragment_blocks(html.tostring(part, encoding="unicode", with_tail=False),
                                  note)[0]
            group.append(one)
        tail = part.tail or ""
        if tail.strip():
            flush()
            later = next((p.sourceline for p in parts[n + 1:]
                          if not isinstance(p, str) and p.sourceline), None)
            end = (later if later is not None else total) - tail.count("\n")
            lead = len(tail) - len(tail.lstrip("\n"))
            segments.append(("markdown", tail.strip("\n"), end + lead))
            start = later or end
    flush()
    return segments


# ----------------------------------------------------------------------------- header hints

# what a page's Dublin Core or citation metadata says of the original and where it is kept
# ("DC.source": "The National Archives of the UK (TNA): WO 95/1486/3/02, pp 2-20")
SOURCE_METADATA = {"dc.source", "dcterms.source", "dc.identifier", "dcterms.identifier",
                   "dc.publisher", "dcterms.publisher", "dc.rights", "dcterms.rights",
                   "citation_publisher", "citation_archive_identifier"}


# programs that turn a PDF or a word processor's file into HTML: the page's "date" is when
CONVERTERS = re.compile(r"(?i)pdftohtml|pdf2htmlex|microsoft\s+word|libreoffice|openoffice|"
                        r"acrobat|abiword|writer2|word\s+\d{2}")
# what a converter puts around a file's name in <title> ("Microsoft Word - Senate 31.07.13.doc")
GENERATOR_TITLE = re.compile(r"(?i)^Microsoft\s+(?:Word|PowerPoint|Excel)\s*-\s*|"
                             r"\.(?:docx?|pdf|rtf|odt)$")


# a site's <title> template whose page part is empty ("Mark Twain Project :: Letters ::  :
# an electronic text"): the same words on every page, no title of this document
EMPTY_SLOT = re.compile(r"(?:::|[|:—–])\s+(?:::|[|:—–])(?!\S)")


def _hints(root, out: Lines) -> None:
    hints = out.hints
    title = root.find(".//title")
    if title is not None and EMPTY_SLOT.search(" ".join(title.text_content().split())) \
            and "site-title-template" not in hints.rules:
        hints.rules.append("site-title-template")
        line = title.sourceline or 1
        out.leave_out(line, line, title.text_content(), "<title>: a site's title template "
                      "with the page's part empty, not this document's title", "boilerplate")
    elif title is not None and title.text_content().strip() and not hints.title:
        hints.title = GENERATOR_TITLE.sub("", re.sub(r"^[\s\-–—|:]+", "", " ".join(
            title.text_content().split())))
    generator = " ".join((m.get("content") or "") for m in root.iter("meta")
                         if (m.get("name") or "").casefold() == "generator")
    converted = CONVERTERS.search(generator) is not None   # its "date": the conversion's
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").casefold()
        value = (meta.get("content") or "").strip()
        if not value:
            continue
        if key in ("date", "dc.date", "dcterms.date", "article:published_time",
                   "citation_date", "dc.date.issued") and not hints.date and not (
                       converted and key == "date"):
            hints.date = value
        elif key in ("og:url", "dc.identifier") and value.startswith("http") and not hints.url:
            hints.url = value
        elif key in ("author", "dc.creator", "description", "dc.title", "citation_title") \
                or key in SOURCE_METADATA:
            hints.fields.append((key, value))
    link = root.find(".//link[@rel='canonical']")
    if link is not None and (link.get("href") or "").startswith("http") and not hints.url:
        hints.url = link.get("href")
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        hints.language = lang
    times = [t.get("datetime") for t in root.iter("time") if t.get("datetime")]
    if times and not hints.date:
        hints.date = times[0] if len(times) == 1 else _common_prefix(times)


def _provenance(root, out: Lines) -> None:
    """What the page's footer says of the source (where the original is kept, its licence):
    a note in the header; the footer is not the document's text."""
    footers = [el for el in root.iter() if isinstance(el.tag, str) and (
        el.tag == "footer" or "footer" in _classes(el) or (el.get("id") or "") == "footer")]
    for footer in footers:
        for br in footer.iter("br"):           # a line break parts words
            br.tail = " " + (br.tail or "")
        for part in footer.iter("p", "div", "small", "address", "li"):
            if any(part.find(f".//{tag}") is not None for tag in ("p", "div", "li")):
                continue                       # the innermost blocks only
            text = " ".join(part.text_content().split())
            if 8 <= len(text) <= 600 and PROVENANCE.search(text):
                out.hints.fields.append(("source-page-footer", text))
    for box in root.iter():
        if isinstance(box.tag, str) and any(LICENCE_BOX.match(c) for c in _classes(box)) \
                and not any(any(LICENCE_BOX.match(c) for c in _classes(a))
                            for a in box.iterancestors()):
            text = " ".join(box.text_content().split())
            if text:
                out.hints.fields.append(("licence", text))


def _common_prefix(values: list[str]) -> str:
    """The date all the page's <time>s share: 1668-07-11 and 1668-07-12 -> 1668-07."""
    first = values[0]
    for size in (10, 7, 4):
        if all(v[:size] == first[:size] for v in values):
            return first[:size]
    return first


def _main_content(root):
    for path in (".//main", ".//*[@role='main']"):
        found = root.find(path)
        if found is not None:
            return _article_in(found)
    articles = root.findall(".//article")
    if len(articles) == 1:
        return articles[0]
    body = root.find(".//body")
    body = body if body is not None else root
    whole = len(body.text_content())
    for name in CONTENT_NAMES:               # a wiki's or a blog's content area
        found = body.find(f".//*[@id='{name}']")
        if found is None:
            found = next((el for el in body.iter() if isinstance(el.tag, str)
                          and name in _classes(el)), None)
        if found is not None and len(found.text_content()) >= 0.3 * whole:
            return _with_heading(found, body)
    return body


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _level(el) -> int:
    return int(el.tag[1])


def _text_children(el) -> list:
    """The element children of *el* that hold words, without the site's navigation,
    scripts and parts (a <nav> between the banner and the text)."""
    return [c for c in el if isinstance(c.tag, str) and c.tag not in BOILERPLATE
            and c.tag not in SITE_PARTS and not _navigation(c)
            and " ".join(c.text_content().split())]


def _banner(main):
    """The edition's banner over the document, when the page has one: a first container
    holding nothing but headings, a short line or two (an author's name) and images, over
    a container that opens with a heading of a lower rank than all of them and then the
    text. Saved pages of a multi-document edition repeat the edition's name over each
    document this way (the Ecole des chartes' XSLT editions of Voltaire's and Sévigné's
    letters: <h1>Édition en ligne des LETTRES …</h1><h2>…</h2><p>Voltaire</p><img> over
    <div><h3>Lettre II de Mr. de Voltaire</h3><p>…; TEI Boilerplate, Omeka exhibits and
    blogs set a site title over each page likewise): the banner is no heading of this
    document. None when the page has no such banner."""
    area = main
    for _ in range(4):                  # through wrappers that hold everything
        children = _text_children(area)
        if len(children) != 1 or (area.text or "").strip() or children[0].tag in HEADINGS:
            break
        area = children[0]
    children = _text_children(area)
    if len(children) < 2 or (area.text or "").strip():
        return None
    banner, text = children[0], children[1]
    if banner.tag not in ("div", "section", "center", "hgroup") or (banner.tail or "").strip():
        return None
    heads = list(banner.iter(*HEADINGS))
    if not heads or any(el.tag in ("table", "ul", "ol", "dl", "form", "blockquote")
                        for el in banner.iter()):
        return None
    head_words = sum(len(h.text_content().split()) for h in heads)
    other = len(banner.text_content().split()) - head_words
    if other > 12 or any(len(p.text_content().split()) > 12 for p in banner.iter("p")):
        return None                     # (a paragraph of text: no banner)
    first = next((el for el in text.iter() if isinstance(el.tag, str)
                  and (el.tag in HEADINGS or (el.text or "").strip())), None)
    if first is None or first.tag not in HEADINGS:
        return None                     # the text's container opens with its heading
    top = max(_level(h) for h in heads)
    if any(_level(h) <= top for h in text.iter(*HEADINGS)):
        return None                     # (its headings rank below all of the banner's)
    body_words = len(text.text_content().split()) - sum(
        len(h.text_content().split()) for h in text.iter(*HEADINGS))
    return banner if body_words >= 20 else None


def _dateline_headings(main) -> set:
    """Headings that are the document's place and date right under its own heading, once in
    the page (Sévigné's edition: <h3>Lettre de Madame de Sévigné à Madame de Guitaud.</h3>
    <h4>Paris, septembre 1693.</h4>; editions' XSLT sets a letter's dateline as a smaller
    heading under its title): the letter's dateline, no section of it. A heading of that
    level that comes back (a collection's letters headed by place and date) stays a heading."""
    from ..readers.dates import looks_like_dateline  # the readers' date rules (imported late)
    found = set()
    counts: dict[str, int] = {}
    for h in main.iter(*HEADINGS):
        counts[h.tag] = counts.get(h.tag, 0) + 1
    for h in main.iter(*HEADINGS):
        before = h.getprevious()
        text = " ".join(h.text_content().split())
        if counts[h.tag] == 1 and before is not None and before.tag in HEADINGS \
                and _level(before) < _level(h) and not (before.tail or "").strip() \
                and "," in text and looks_like_dateline(text):
            found.add(h)
    return found


def _article_in(main):
    """The one <article> of the main area, when it holds the text: a documentation
    theme's <main> also holds the print copy of the contents and the previous / next
    links (Jupyter Book, Sphinx)."""
    articles = main.findall(".//article")
    if len(articles) == 1 and (articles[0].find(".//h1") is not None
                               or main.find(".//h1") is None) \
            and len(articles[0].text_content()) >= 0.5 * len(main.text_content()):
        return articles[0]
    return main


def _with_heading(found, body):
    """The content area, widened to take in the page's <h1> when it stands just outside it
    (MediaWiki puts the title above the text's element)."""
    h1 = body.find(".//h1")
    if h1 is None or found.find(".//h1") is not None:
        return found
    area = found
    while area is not body and not any(el is h1 for el in area.iter("h1")):
        area = area.getparent()
    return area


def _page_parts(root, main, out: Lines):
    """The page's parts in order, as (element, keep): the content area itself; outside it,
    the page header's headings when they are the page's <title> (W3C minutes: <h1>WoT
    Thing Description</h1><h2>22 October 2025</h2> over <main>) and a roll of those present
    (a <dl> of Present, Regrets, Chair, Scribe) are kept; the rest is left out, and
    reported."""
    body = root.find(".//body")
    if body is None or main is body or main is root:
        return [(main, True)]
    on_path = [main, *main.iterancestors()]   # kept alive: lxml keeps one proxy per node
    path = {id(a) for a in on_path}
    title = _title_words(root)
    headings = main.find(".//h1") is None and title
    parts = []

    def add(el) -> None:
        if el is main:
            parts.append((el, True))
        elif id(el) in path:
            for child in el:
                if isinstance(child.tag, str):
                    add(child)
        elif el.tag == "head" or not isinstance(el.tag, str):
            return
        elif headings and _page_header(el):
            for part in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "img", "nav"):
                if part.tag[:1] == "h" and not any(a.tag == "nav" for a in part.iterancestors()) \
                        and set(_words(part.text_content())) <= title:
                    parts.append((part, True))
                elif part.tag in ("p", "nav") or part.tag[:1] == "h":
                    parts.append((part, False))
        elif _roll(el) is not None:
            parts.append((_roll(el), True))
            parts.extend((other, False) for other in el if isinstance(other.tag, str)
                         and not any(x is _roll(el) for x in other.iter()))
        else:
            parts.append((el, False))

    add(body)
    bare = _bare_frame(parts, main)
    if bare:
        parts = [(el, True) for el, _ in parts]
    kept = [el for el, keep in parts if keep and el is not main and el.tag[:1] == "h"]
    if kept and not bare and not title <= {w for el in kept for w in _words(el.text_content())}:
        parts = [(el, keep if el is main or el.tag[:1] != "h" or el not in kept else False)
                 for el, keep in parts]    # the headings are not the whole title: a site's
    if any(keep and el is not main for el, keep in parts):
        out.hints.rules.append("page-outside")
    for el, keep in parts:
        if keep and el is not main and el.tag[:1] == "h":
            _date_hint(el.text_content(), out)     # <h2>22 October 2025</h2>
    return parts


def _bare_frame(parts, main) -> bool:
    """The page around the content area holds nothing a site adds: no <header>, <nav>,
    <footer>, menu, link or image, only an <h1> and a short line or two beside it (a saved
    edition page: <h1>War Diary – 11 Inf Bde</h1><p>September 1914</p> over the one
    <article> of the diary). These are the document's heading and subtitle, not chrome: left
    out, the words would be lost. Not when the content area has an <h1> of its own."""
    outside = [el for el, keep in parts if el is not main]
    if not outside or main.find(".//h1") is not None:
        return False
    if not any(el.tag == "h1" for el in outside):
        return False
    for el in outside:
        if any(a.tag in SITE_PARTS or a.tag == "nav" or _page_header(a) or _navigation(a)
               for a in el.iterancestors() if isinstance(a.tag, str)):
            return False                 # (an <h1> in the site's <header>: chrome)
        if el.tag not in (*HEADINGS, "p") or _navigation(el) or _page_header(el) \
                or any(isinstance(d.tag, str) and d.tag in ("a", "img", "nav", "form", "button")
                       for d in el.iter()) \
                or len(el.text_content().split()) > 12:
            return False
    return True


ROLL_FIELDS = {"present", "regrets", "apologies", "absent", "attendees", "attending", "chair",
               "chairs", "chairperson", "scribe", "scribes", "minute taker", "note taker",
               "guests", "staff", "members present", "in attendance", "also present",
               "participants", "facilitator", "facilitators"}


def _roll_terms(dl) -> bool:
    terms = [" ".join(dt.text_content().split()).rstrip(":").casefold() for dt in dl.iter("dt")]
    return sum(t in ROLL_FIELDS for t in terms) >= 2


def _rolls_as_fields(root) -> bool:
    """A roll of those present (<dl><dt>Present</dt><dd>miia, ivan</dd><dt>Regrets</dt>…,
    two of its terms a roll's) written as fields, a paragraph a term and its names
    ("Present: miia, ivan"), so that each name stays with its term (as separate blocks,
    "Present" / "miia, ivan" lose their pairing). Whether any was."""
    found = False
    for dl in list(root.iter("dl")):
        kids = [c for c in dl if isinstance(c.tag, str)]
        if not kids or kids[0].tag != "dt" or any(c.tag not in ("dt", "dd") for c in kids) \
                or kids[-1].tag != "dd" or not _roll_terms(dl) \
                or any(a.tag == b.tag == "dt" for a, b in itertools.pairwise(kids)):
            continue
        para = etree.Element("p")
        for before, c in zip([None, *kids], kids, strict=False):
            if c.tag == "dt":
                para = etree.SubElement(dl, "p")
                _move_into(para, c, ":" if not c.text_content().strip().endswith(":") else "")
                _tail_append(para, " ")
            else:
                if before is not None and before.tag == "dd":
                    _tail_append(para, "; ")
                _move_into(para, c, "")
            dl.remove(c)
        dl.set("data-teikit-roll", "1")
        found = True
    return found


def _tail_append(para, text: str) -> None:
    if len(para):
        para[-1].tail = (para[-1].tail or "") + text
    else:
        para.text = (para.text or "") + text


def _move_into(para, el, end: str) -> None:
    """*el*'s words and inline elements at the end of *para*, *end* after them."""
    _tail_append(para, el.text or "")
    for child in list(el):
        para.append(child)              # (its tail goes with it)
    if len(para):
        para[-1].tail = (para[-1].tail or "").rstrip() + end
    else:
        para.text = (para.text or "").rstrip() + end


def _roll(el):
    """A list of those present at a meeting (<dl> with Present, Regrets, Chair …) in *el*,
    with the headings over it when these are all its container holds; else None."""
    for dl in el.iter("dl"):
        if dl.get("data-teikit-roll") or _roll_terms(dl):
            parent = dl.getparent()
            if parent is not None and parent is not el and all(
                    c is dl or (isinstance(c.tag, str) and c.tag[:1] == "h") for c in parent):
                return parent
            return dl
    return None


def _title_headings(root, main) -> list:
    """When the content area is the whole <body>, the headings of the page's own header
    (<body><header><h1>) that are together the page's <title>: a static site's or a CMS's
    page (Jekyll themes, CollectionBuilder, Omeka, a student edition) names the work so, and
    the <h2> under it names the site's section ("GALLERI"). They are kept as the text's first
    heading, as _page_parts keeps them over a <main>; left out as the site's header, the
    work's name would be nowhere in the master. Not when the content has an <h1> of its own."""
    body = root.find(".//body")
    title = _title_words(root)
    if body is None or main is not body or not title:
        return []
    kept: list = []
    headers: list = []
    for part in body:
        if isinstance(part.tag, str) and part.tag in SITE_PARTS and _page_header(part):
            headers.append(part)
            kept.extend(h for h in part.iter("h1", "h2", "h3", "h4", "h5", "h6")
                        if _words(h.text_content()) and set(_words(h.text_content())) <= title
                        and not any(a.tag == "nav" for a in h.iterancestors()))
    if not kept or not title <= {w for h in kept for w in _words(h.text_content())}:
        return []
    if any(not any(a in headers for a in h1.iterancestors()) for h1 in body.iter("h1")):
        return []
    return kept


def _page_header(el) -> bool:
    names = _classes(el) + (el.get("id") or "").casefold().split()
    return el.tag == "header" or (el.get("role") or "").casefold() == "banner" or any(
        n in ("header", "page-header", "masthead") for n in names)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _title_words(root) -> set[str]:
    title = root.find(".//title")
    return set(_words(title.text_content())) if title is not None else set()


def _date_hint(text: str, out: Lines) -> None:
    from ..readers.dates import find_date  # the readers' date rules (imported late)
    found = find_date(" ".join(text.split()))
    if found and not out.hints.date:
        out.hints.date = found.when


# Names sites give the element that holds the text (MediaWiki, WordPress, blogs), in order
CONTENT_NAMES = ("mw-content-text", "content-text", "entry-content", "post-content",
                 "article-body", "article-content", "main-content", "maincontent", "content",
                 "main")


# ----------------------------------------------------------------------------- blocks

NAVIGATION_PARTS = {"nav", "navigation", "navbar", "menu", "breadcrumb", "breadcrumbs", "skip",
                    "jump", "catlinks", "printfooter", "editsection", "noprint", "cookie",
                    "pagination", "pager", "toc", "sitesub", "contentsub", "prev",
                    "headerlink"}
PAGE_CLASSES = {"pagenum", "page-num", "pagenumber", "page-number", "page-anchor",
                "pageanchor", "pb", "page-break", "pagebreak", "page-marker", "folio",
                "fw_pagnum", "fw-pagenum", "pagnum"}   # (TEI's <fw type="pageNum"> as a class)
PAGE_ID = re.compile(r"(?i)^(?:page|pg|p)[-_.]?(?P<n>\d{1,5}[a-z]?|[ivxlc]{1,8})$")
PAGE_TEXT = re.compile(r"(?i)^\W*(?:page|pg|p|s|seite)?\.?\s*(?P<n>\d{1,5}[a-z]?|[ivxlc]{1,8})"
                       r"\W*$")


# A container holding one page of the original (an edition's <div class="page">)
PAGE_CONTAINERS = {"page", "pb", "pagebreak", "page-break"}
CONTAINER_PAGE = re.compile(r"^\s*\[(?P<n>\d{1,5}[a-z]?|[ivxlc]{1,8})\]")


def _container_page(el) -> str | None:
    """The number in brackets that opens a page container ("[2]" in <div class="page">[2]
    möchte …), taken out of its text; None when the container opens with anything else."""
    node = el
    while not (node.text or "").strip():      # the first text in the container
        if not len(node) or not isinstance(node[0].tag, str):
            return None
        node = node[0]
    m = CONTAINER_PAGE.match(node.text)
    if not m:
        return None
    node.text = node.text[m.end():]
    return m.group("n")


# a PDF converter's page container: <div id="page_7"> (BCL easyConverter, pdftohtml -c)
PAGE_DIV_ID = re.compile(r"(?i)^page_?(?P<n>\d{1,5})$")


def _page_divs(main) -> tuple[dict, set]:
    """A PDF converter's page containers, <div id="page_N">, two or more with rising
    numbers: {container: N}; and the running heads at their tops, left out: a small table
    whose cells are a line the first page opens with (the document's title) and the
    page's number ("COUNCIL OF THE CITY OF WINNIPEG | 7"), and a line under it that
    repeats one of the first page's opening lines, or its end ("November 6, 2013" under
    "Wednesday, November 6, 2013")."""
    divs = {el: m.group("n") for el in main.iter("div")
            if (m := PAGE_DIV_ID.match(el.get("id") or ""))}
    numbers = [int(n) for n in divs.values()]
    if len(divs) < 2 or numbers != sorted(set(numbers)):
        return {}, set()
    first = next(iter(divs))
    opening = [" ".join(p.text_content().split()).casefold()
               for p in first.iter("p", "h1", "h2", "h3", "h4", "h5", "h6")][:3]
    heads: set = set()
    for div, n in list(divs.items())[1:]:
        texts = [child for child in div if isinstance(child.tag, str)
                 and " ".join(child.text_content().split())]
        if not texts or texts[0].tag != "table":
            continue
        cells = [" ".join(c.text_content().split()).casefold() for c in texts[0].iter("td", "th")]
        if len(cells) > 3 or n not in cells or not any(c in opening for c in cells if c != n):
            continue
        heads.add(texts[0])
        if len(texts) > 1 and texts[1].tag == "p":
            line = " ".join(texts[1].text_content().split()).casefold()
            if len(line) >= 8 and any(o.endswith(line) for o in opening):
                heads.add(texts[1])
    return divs, heads


def _converter_page_anchor(el) -> bool:
    """An empty anchor named by a number after a rule, where a converter from PDF
    (pdftohtml) begins a page: "<hr><a name=2></a>"."""
    name = el.get("name") or el.get("id") or ""
    if not name.isdigit() or el.get("href") or el.text_content().strip():
        return False
    before = el.getprevious()
    return before is not None and isinstance(before.tag, str) and before.tag.lower() == "hr"


def _viewer_links(el) -> str | None:
    """The page image's address when every word of a page break's element is in its links
    to the page's image (a thumbnail, "View Page", "Full size in new window": an edition's
    image viewer); else None."""
    links = [a for a in el.iter("a") if IMAGE_FILE.search((a.get("href") or "").split("?")[0])]
    if not links:
        return None
    inside = sum(len(" ".join(a.text_content().split())) for a in links)
    if inside < len(" ".join(el.text_content().split()).replace(" ", "")) - len(links):
        return None                       # (words outside the links: the text's own)
    href = (links[0].get("href") or "").strip()
    return href if SAFE_ADDRESS.match(href) else ""


def _short_page_class(el) -> bool:
    """Project Gutenberg's short class "pn" ("<span class="pn">{10}</span>"): a page
    number only when its text is one (a "pn" may be a person's name elsewhere)."""
    return "pn" in _classes(el) and bool(PAGE_TEXT.match(" ".join(el.text_content().split())))


# A page marker's title as TEI-derived editions write it for the <pb/> they draw as a bar:
# the page or leaf number at its end ("Seitenbeginn, S. 2", "Page 12", "Beginn Blatt 3r",
# "fol. 12v", "p. iv")
TITLE_PAGE = re.compile(r"(?i)\b(?:s|seite|p|pp|pg|page|pag|fol|folio|f|bl|blatt|leaf|"
                        r"pagina|pagine)\.?\s*(?P<n>\d{1,5}[rv]?|[ivxlc]{1,8})\W*$")
# the bar an edition draws where a page of the original begins (TEI Boilerplate, TEI
# Publisher, the DSE-static editions of the ACDH: "|", "||", "[pb]")
PAGE_BAR = re.compile(r"^(?:\|{1,2}|\[pb\])$")


def _page_bar(el, tag: str) -> bool:
    """A <span>/<a> whose text is only the page bar and whose title or data attribute names
    a page ("<span title="Seitenbeginn, S. 2">|</span>"): a page break with no class."""
    if tag not in ("span", "a") or not PAGE_BAR.match("".join(el.text_content().split())):
        return False
    return bool(TITLE_PAGE.search(el.get("title") or "")) or any(
        el.get(key) for key in ("data-n", "data-page", "data-pb"))


def _page_number(el) -> str:
    """A page marker's number: from its text ("[Pg 12]", "12"), its data-n, its title
    ("Seitenbeginn, S. 2"), or its id ("page-2", "Page_12"); '' when it gives none."""
    m = PAGE_TEXT.match(" ".join(el.text_content().split()))
    if m:
        return m.group("n")
    for key in ("data-n", "data-page", "data-number", "title"):
        m = PAGE_TEXT.match(el.get(key) or "")
        if m:
            return m.group("n")
    for key in ("title", "data-page", "data-n"):
        m = TITLE_PAGE.search(" ".join((el.get(key) or "").split()))
        if m:
            return m.group("n")
    for node in (el, *el.iterdescendants()):
        m = PAGE_ID.match(node.get("id") or node.get("name") or "")
        if m:
            return m.group("n")
    return ""


PROVENANCE = re.compile(r"(?i)\b(?:archiv\w*|collection|fonds|library|biblioth\w+|"
                        r"repository|manuscript|licen[cs]e|creative\s+commons|copyright|"
                        r"public\s+domain|courtesy|conserv[ée]\w*|held\s+(?:at|by)|"
                        r"shelfmark|call\s+number|cote)\b|©")


# the elements an edition sets a note in where it stands, inside a paragraph
INLINE_NOTE_TAGS = {"span", "small"}


def _classes(el) -> list[str]:
    return (el.get("class") or "").casefold().split()


# an edition's own names for a letter's parts in its classes and ids, in the languages of the
# texts, before a number or a suffix ("salute_03B", "firma-2", "anrede1")
NAMED_PART_STEMS = {"salute": "salute", "saluto": "salute", "saluti": "salute",
                    "salutation": "salute", "saludo": "salute", "anrede": "salute",
                    "aanhef": "salute", "powitanie": "salute", "osloveni": "salute",
                    "closing": "closing", "congedo": "closing", "commiato": "closing",
                    "despedida": "closing", "grussformel": "closing", "slotformule": "closing",
                    "firma": "signed", "unterschrift": "signed", "signature": "signed",
                    "signed": "signed", "podpis": "signed", "ondertekening": "signed",
                    "poscritto": "postscript", "postscriptum": "postscript",
                    "nachschrift": "postscript", "posdata": "postscript"}
PART_STEM = re.compile(r"^([^\W\d_]+)(?:[_\-]?[\w\-]*)?$")


def _named_part(el) -> str:
    """The letter's part an element's class or id names by its stem ("salute_03B")."""
    for name in [*_classes(el), (el.get("id") or "").casefold()]:
        m = PART_STEM.match(name)
        if m and m.group(1) in NAMED_PART_STEMS:
            return NAMED_PART_STEMS[m.group(1)]
    return ""


# an indentation a page sets on a block by its style or its class (Aozora's "jisage_2",
# "two characters down"; an old page's <div style="margin-left: 2em">)
INDENT_STYLE = re.compile(r"(?i)(?:^|;)\s*(?:margin|padding)-left\s*:\s*[1-9]")
INDENT_CLASS = re.compile(r"(?i)^(?:jisage_\d+|indent(?:ed)?)$")


def _indented_line(el, tag: str) -> str:
    """"quote" for a <div> or <p> indented by its style or class that holds one short line
    (at most 60 characters, no sentence's end after it, no block inside): a verse or a
    phrase the text sets off, quoted (a tanka in a letter, an epigraph); else ""."""
    if tag not in ("div", "p") or any(isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1]
                                      in BLOCKS for c in el.iter() if c is not el):
        return ""
    if not (INDENT_STYLE.search(el.get("style") or "")
            or any(INDENT_CLASS.match(c) for c in _classes(el))):
        return ""
    text = " ".join(el.text_content().split())
    return "quote" if 0 < len(text) <= 60 and not re.search(r"[.!?。！？]$", text) else ""


# a letter's date named plainly ("<p class="date">Bonn, 1787. Autumn.</p>", PG's letter
# books): its dateline where the page names the letter's other parts beside it
DATE_CLASSES = {"date", "letterdate", "letter-date", "datum"}
LETTER_PART_CLASSES = {c for c, kind in CLASS_KINDS.items()
                       if kind in ("salute", "closing", "signed")}


def _letter_parts_beside(el) -> bool:
    parent = el.getparent()
    return parent is not None and any(
        LETTER_PART_CLASSES & set(_classes(x)) for x in parent.iter()
        if x is not el and isinstance(x.tag, str))


def _class_kind(el) -> str:
    kind = _named_part(el)
    if kind:
        return kind
    for c in _classes(el):
        if c in CLASS_KINDS:
            return CLASS_KINDS[c]
        if c in DATE_CLASSES and _letter_parts_beside(el):
            return "dateline"
        m = TEI_CLASS.match(c)
        if m and m.group("name") in TEI_CLASS_KINDS:
            kind = TEI_CLASS_KINDS[m.group("name")]
            if kind == "salute" and any(TEI_CLASS.match(a) and a.endswith("closer")
                                        for anc in el.iterancestors() for a in _classes(anc)):
                return "closing"         # a closer's salute is the closing phrase
            return kind
    return ""


def _address_lines(el) -> None:
    """An address set line by line in the page's source without <br> (an edition's <div
    class="address">Le REVEREND PERE VAYSSIERE / Provincial … / MARSEILLE</div>, the
    XSLT writing TEI's <lb/> as a line end; an <address> typed so): its lines kept, as
    lines; a sentence or a long line is no address's."""
    if not (el.tag == "address" or "address" in _classes(el)) or el.find(".//br") is not None:
        return
    texts = [el.text or ""] + [t for child in el.iterdescendants()
                               for t in (child.text or "", child.tail or "")]
    lines = [line.strip() for line in "".join(texts).strip().split("\n") if line.strip()]
    if len(lines) < 2 or len(lines) > 8 or any(len(line) > 80 for line in lines):
        return

    def lined(text: str | None, first: bool) -> str | None:
        if not text:
            return text
        if first:
            text = text.lstrip()
        return re.sub(r"[ \t]*\n\s*", BREAK, text)

    el.text = lined(el.text, True)
    for child in el.iterdescendants():
        child.text, child.tail = lined(child.text, False), lined(child.tail, False)


def _tei_block(el) -> bool:
    """A <span class="tei_opener"> and the like: a block of the TEI the page was made from."""
    return any(TEI_CLASS.match(c) for c in _classes(el))


GALLERY_TAGS = {"div", "figure", "li", "td"}
# a page image's caption in a gallery ("Page 1", "p. 2", "Folio 3r", "Image 4 of 6")
PAGE_CAPTION = re.compile(r"(?i)^(?:page|p\.|pg\.?|folio|fol\.|f\.|image|scan|leaf)\s*"
                          r"\d{1,4}[rv]?(?:\s+of\s+\d{1,4})?\.?$")


def _sibling(el, step: int):
    """The element before (-1) or after (1) *el* among its parent's, comments and hidden
    dialogs skipped (a gallery's enlarged copy of each image: <div class="modal"
    role="dialog" aria-hidden="true">)."""
    nxt = el.getprevious() if step < 0 else el.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or _hidden(nxt)):
        nxt = nxt.getprevious() if step < 0 else nxt.getnext()
    return nxt


def _gallery_panel(el) -> bool:
    """A block that is a page's image and its caption only (<div class="image-panel"><a
    href="p1.jpg"><img …></a><p>Page 1</p></div>): no words of the text."""
    if el is None or not isinstance(el.tag, str) or el.tag not in GALLERY_TAGS:
        return False
    if next(el.iter("img"), None) is None:
        return False
    words = " ".join(" ".join(_shown_text(el)).split())
    return not words or bool(PAGE_CAPTION.match(words))


def _hidden(el) -> bool:
    """A dialog the page shows only when asked (<div class="modal" role="dialog"
    aria-hidden="true">): no part of what the page shows as it opens."""
    return el.get("role") == "dialog" or el.get("aria-hidden") == "true" \
        or "modal" in _classes(el)


def _shown_text(el) -> list[str]:
    """The text of *el* without its hidden dialogs' (_hidden)."""
    out = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not _hidden(child):
            out.extend(_shown_text(child))
        out.append(child.tail or "")
    return out


def _page_image(el, tag: str) -> str | None:
    """The image address when *el* is a link to a page's image (<span class="pageimage">
    around it, an <a> whose only content is an <img>, or one linking to an image file);
    else None."""
    link = el if tag == "a" else None
    if link is None:
        if not PAGE_IMAGE_CLASSES & set(_classes(el)):
            return None
        link = next(el.iter("a"), None)
        if link is None:
            img = next(el.iter("img"), None)
            return (img.get("src") or "") if img is not None else None
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or "license" in (link.get("rel") or "").casefold():
        return None                   # (a licence's badge: <a rel="license"><img …></a>)
    if not SAFE_ADDRESS.match(href):
        href = ""                     # (a javascript: or data: address is not kept)
    images = list(link.iter("img"))
    if images and all(_icon(img) or _logo(img) for img in images):
        return None                   # an icon (a licence's, a project's logo) is no page
    only_image = bool(images) and not " ".join(link.text_content().split())
    return href if only_image or (IMAGE_FILE.search(href.split("?")[0]) and not
                                  " ".join(link.text_content().split())) else None


# what names a page or a leaf of the original in an image's description or address ("p. 12",
# "f. 3r", "page_012.jpg", "[12]", "scan 4")
NAMES_PAGE = re.compile(r"(?i)\b(?:p|pp|pg|page|pag|seite|s|f|fol|folio|leaf|scan|image|"
                        r"img|recto|verso)[\s._-]*\d|\b\d{1,4}\s*[rv]\b|\[\d{1,4}\]|"
                        r"[_-]\d{2,5}\.(?:jpe?g|png|gif|tiff?|jp2|webp)\b")


def _lone_picture(main):
    """The one link to an image on the page, when its image is described as a picture
    ("<a href="…/1878-portrait-de-voltaire.jpg"><img alt="gravure, portrait de Voltaire,
    1878"></a>": an author's portrait, an illustration linked to its full size, as blogs
    and exhibits show them): no page of the original begins there. Pages' images come
    several to a text, or name the page; None when the page has no such picture."""
    links = [el for el in main.iter("a", "span", "div", "p") if _page_image(el, el.tag)
             is not None]
    if len(links) != 1 or links[0].tag != "a":
        return None
    link = links[0]
    images = list(link.iter("img"))
    alt = " ".join((images[0].get("alt") or images[0].get("title") or "").split()) \
        if len(images) == 1 else ""
    names = " ".join([alt, link.get("href") or "", images[0].get("src") or ""]) if images \
        else ""
    if len(re.findall(r"[^\W\d_]{2,}", alt)) < 2 or NAMES_PAGE.search(names):
        return None
    return link


def _logo(img) -> bool:
    """An image its page calls a logo (a funder's, an institute's in a site's footer:
    alt="ACDH Logo", src="…/FWF_Logo.svg"), at whatever size: never a page's image."""
    names = " ".join(img.get(key) or "" for key in ("alt", "title", "src", "class"))
    return "logo" in names.casefold()


def _icon(img) -> bool:
    """An image drawn at icon size (width or height given as 64 pixels or less)."""
    sizes = [img.get(key) or "" for key in ("width", "height")]
    return any(size.isdecimal() and int(size) <= 64 for size in sizes)


def _navigation(el) -> bool:
    """A site's own link or bar inside the content (<a class="back-link">, role=navigation,
    id="mw-navigation", a wiki's [edit] links and table of contents)."""
    if (el.get("role") or "").casefold() in ("navigation", "banner", "search", "dialog",
                                             "alertdialog"):
        return True         # (a dialog: an image viewer's "Enlarged image", "Close")
    names = _classes(el) + (el.get("id") or "").casefold().split()
    if WIKI_HEADER & set(names):
        return False
    return any(c in NAVIGATION or NAVIGATION_PARTS & set(re.split(r"[-_]", c))
               for c in names) or _permalink(el)


PERMALINK_SIGNS = re.compile(r"[\s¶§#🔗⚓※†]*")


def _permalink(el) -> bool:
    """A paragraph's or heading's link to itself (<a id="par1" href="#par1">¶</a>1. …,
    Sphinx's and Jupyter's headerlink without their class): its label only a sign, its
    address its own id or name, or its block's: the site's, never the text's."""
    href = el.get("href") or ""
    if el.tag != "a" or not href.startswith("#") or len(href) < 2 \
            or not PERMALINK_SIGNS.fullmatch(el.text_content()):
        return False
    parent = el.getparent()
    own = {el.get("id"), el.get("name")} | ({parent.get("id")} if parent is not None else set())
    return href[1:] in own


# the class names of a site's banner with its name ("Scholarly Editing" / "The Annual of
# the Association for Documentary Editing" over every page of the journal)
MASTHEAD_CLASSES = {"masthead", "site-header", "site-branding", "branding", "site-title"}


def _site_masthead(el, title: str | None) -> bool:
    """A site's masthead inside the content area: an element of a masthead's class whose
    first heading's words are all in the page's <title> (the site's name; the volume's
    number may follow), when a heading of the text's own follows it (<h1
    class="editionTitle">Journal. 1839</h1>)."""
    if not title or not MASTHEAD_CLASSES & set(_classes(el)):
        return False
    first = next(el.iter("h1", "h2", "h3"), None)
    words = set(_words(first.text_content())) if first is not None else set()
    return bool(words) and words <= set(_words(title)) and any(
        h.tag in ("h1", "h2") for sibling in el.itersiblings() if isinstance(sibling.tag, str)
        for h in sibling.iter())


# the words of a link to the next or the previous document of a site's series ("Lettre
# suivante : Lettre VI", "« Previous letter", "Nächster Brief", "Lettera precedente")
SEQUENCE_WORDS = re.compile(r"(?i)\b(?:next|previous|prev|suivante?|pr[ée]c[ée]dente?|"
                            r"n[äa]chste[rsn]?|vorherige[rsn]?|zur[üu]ck|weiter|successiv[ao]|"
                            r"precedente|seguente|siguiente|anterior|volgende|vorige)\b")
ARROWS = re.compile(r"[\s|·•/»«<>‹›←→⇐⇒\-–—:.\[\]()]*")


def _sequence_link(el) -> bool:
    """A block that is nothing but a link or two to the next or previous page of the site's
    series, with arrows ("<p>&gt;&gt; <a href="lettreIII.html">Lettre suivante : Lettre
    III</a></p>", "<div>« <a>Previous letter</a> | <a>Next letter</a> »</div>"): older and
    hand-made sites' navigation, without a <nav>."""
    links = [a for a in el.iter("a") if (a.get("href") or "").strip()[:1] not in ("", "#")]
    if not 1 <= len(links) <= 2 or not all(SEQUENCE_WORDS.search(a.text_content())
                                            for a in links):
        return False
    for node in el.iter():
        if not isinstance(node.tag, str):
            return False
        inside = any(a is node or a in node.iterancestors() for a in links)
        if not inside and node.tag not in ("p", "div", "li", "ul", "span", "b", "strong",
                                           "small", "a"):
            return False
        if not inside and not ARROWS.fullmatch(node.text or ""):
            return False
        if node is not el and not any(a in node.iterancestors() for a in links) \
                and not ARROWS.fullmatch(node.tail or ""):
            return False
    return sum(len(a.text_content().split()) for a in links) <= 16


# The headings of a web edition's register of the entities a letter names, set beside or
# under it (DSE-static's "Personen:" / "Orte:", the Weber-Gesamtausgabe's "Erwähnte
# Personen", the Briefportal Leibniz's "Register", the Shelley letters' "Mentioned")
REGISTER_HEAD = re.compile(
    r"(?i)^\W*(?:erwähnte\s+|genannte\s+|mentioned\s+)?(?:personen|person(?:s|nes)?|people|"
    r"namen|names|orte|places|lieux|luoghi|ortsnamen|werke|works|œuvres|oeuvres|schriften|"
    r"organisationen|organi[sz]ations|institutionen|institutions|körperschaften|"
    r"bibliographie|literatur|ereignisse|events|schlagw(?:ö|oe)rter|keywords|themen|topics|"
    r"register|entitäten|entities|index|indices|mentioned|erwähnt|personenregister|"
    r"ortsregister|werkregister)\W*$")
# the words of a site's footer (its address, funder, rights and legal pages)
FOOTER_WORDS = re.compile(r"(?i)©|\bcopyright\b|\bimpressum\b|\bimprint\b|"
                          r"\bdatenschutz|\bprivacy\b|\bkontakt\b|\bcontact\b|"
                          r"\bgef(?:ö|oe)rdert\b|\bfunded\s+by\b|\bmentions\s+l(?:é|e)gales\b|"
                          r"\bterms\s+of\s+use\b|\bhelpdesk\b")


def _register(head) -> object | None:
    """The list under an entity register's heading (*head*: "Personen:" over a list of
    links to the site's person pages); else None."""
    if not REGISTER_HEAD.match(" ".join(head.text_content().split())):
        return None
    nxt = head.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag not in ("ul", "ol", "dl", "div", "p"):
        return None
    return nxt


def _linked(found) -> bool:
    """Are most of a register's items links (to the site's pages of its entities)?"""
    items = [li for li in found if isinstance(li.tag, str)] or [found]
    linked = [li for li in items if li.find(".//a") is not None]
    return len(linked) * 5 >= len(items) * 4


def _site_chrome(root, main) -> dict:
    """A web edition's parts beside and under the document that no <nav>, <aside> or
    <footer> marks (TEI-derived sites build them of <div>s): its entity registers (a
    heading "Personen:", "Orte:", "Erwähnte Personen" over a list of links), with the
    column that holds nothing else, and its site footer (an element named "footer" that
    holds the site's address, funder, copyright or imprint), each with why it is left
    out. An element named "footer" that holds the document's commentary stays."""
    out: dict = {}
    whole = len(" ".join(main.text_content().split())) or 1
    for head in main.iter("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b"):
        found = _register(head)
        if found is None:
            continue
        parent = head.getparent()
        registers = out.setdefault(("r", id(parent)), [parent, []])
        registers[1].extend([head, found])
    chosen: dict = {}
    for parent, parts in (v for k, v in out.items()):
        # (registers of links, and the unlinked ones beside them: "Literatur:")
        if not any(_linked(found) for found in parts[1::2]):
            continue
        rest = " ".join(" ".join(x.text_content().split()) for x in parent
                        if isinstance(x.tag, str) and x not in parts)
        # (the column of registers with an error line or two: the whole column goes)
        column = parent
        while len(rest) <= 80 and column.getparent() is not None and column is not main and \
                len([c for c in column.getparent() if isinstance(c.tag, str)]) == 1:
            column = column.getparent()
        if len(rest) <= 80 and column is not main and not any(
                a is column for a in main.iterancestors()):
            chosen[column] = "the edition's register of the persons, places and works it names"
        else:
            for part in parts:
                chosen[part] = "the edition's register of the persons, places and works it names"
    for el in main.iter():
        if not isinstance(el.tag, str) or el is main:
            continue
        names = _classes(el) + (el.get("id") or "").casefold().split()
        if not any("footer" in re.split(r"[-_]", name) for name in names) or (
                el.tag in SITE_PARTS and el.getparent() is not None
                and el.getparent().tag == "body"):
            continue                        # (a <footer> of the body's is left out already)
        text = " ".join(el.text_content().split())
        if FOOTER_WORDS.search(text) and len(text) < 0.5 * whole and not any(
                a in chosen for a in el.iterancestors()):
            chosen[el] = "the site's footer (its address, funder, rights and imprint)"
    for el in main.iter():
        if isinstance(el.tag, str) and el is not main and el.tag not in ("a", "p") \
                and _page_turner(el) and not any(a in chosen for a in el.iterancestors()):
            chosen[el] = "the site's links to the pages before and after (navigation)"
    chosen.update(_link_lists(main, chosen))
    return chosen


LINK_LIST_TAGS = {"div", "section", "aside", "nav", "menu", "ul", "ol", "dl", "header",
                  "footer", "td"}


def _link_lists(main, chosen: dict) -> dict:
    """A site's sidebar, menu or tabbed link lists inside the content area, whatever their
    class names: a container of five links or more whose words are mostly link words,
    short labels, with no sentence outside its links (htmllinks.Density), beside text
    of the page's own (fifty words or more outside it). The outermost such container."""
    density = Density(main)
    whole = density.words[main]
    found: dict = {}
    for el in main.iter(*LINK_LIST_TAGS):
        if el is main or whole - density.words[el] < 50 or not density.link_list(el) or any(
                a in chosen or a in found for a in el.iterancestors()) or el in chosen:
            continue
        found[el] = "the site's lists of links beside the document (navigation)"
    return found


# a link's words that turn the site's pages ("Previous article", "Next", "« Older",
# "Letter Directory", "Back to index", "Contents")
TURNER_WORDS = re.compile(r"(?i)^\W*(?:(?:go\s+)?(?:back|return)(?:\s+to\b.*)?|previous\b.*|"
                          r"prev\b.*|next\b.*|older\b.*|newer\b.*|earlier\b.*|later\b.*|"
                          r"up|top|home|index|contents|table\s+of\s+contents|"
                          r"(?:\w+\s+){0,2}(?:directory|index|contents|list))\W*$")


def _page_turner(el) -> bool:
    """A block that holds two links or more and nothing else but separators, most of
    their words turning the site's pages (TURNER_WORDS): a previous/next bar inside the
    main element, never the document's words."""
    links = list(el.iter("a"))
    if len(links) < 2 or len(el.text_content()) > 200:
        return False
    rest = el.text_content()
    for a in links:
        rest = rest.replace(a.text_content(), " ", 1)
    if not MENU_SEPARATORS.fullmatch(rest) and rest.strip():
        return False
    turning = sum(1 for a in links if TURNER_WORDS.match(" ".join(a.text_content().split())))
    return turning * 2 > len(links) and turning >= 2


def _unclear_sign(el, tag: str) -> str | None:
    """The transcription sign of an uncertain reading that a TEI-derived page keeps as a
    class (<span class="unclear">noch</span>: "[noch?]", read as <unclear>), or of an
    illegible passage that it fills with placeholders (¿¿¿...¿¿¿, ???, …: "[??]", read as
    <gap reason="illegible"/>); None for any other element (or one with markup inside)."""
    if tag not in ("span", "em", "i", "u") or "unclear" not in _classes(el) or len(el):
        return None
    text = " ".join((el.text or "").split())
    if not text or len(text) > 60 or re.search(r"[\[\]]", text):
        return None
    return "[??]" if re.fullmatch(r"[¿?.…\s]+", text) else f"[{text}?]"


def _index_links(main) -> set[str]:
    """The site's own pages that the text links many different words to (Sévigné's
    edition links 33 names to "dico.html"; TEI editions' XSLT links every person and place
    to the site's index page): the site's glossary or index, no reference the document
    makes. Their words are kept, their links not."""
    texts: dict[str, set[str]] = {}
    for a in main.iter("a"):
        href = (a.get("href") or "").strip().split("#")[0]
        if not href or re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:|//", href) \
                or IMAGE_FILE.search(href):
            continue                     # (an address of its own: a reference kept)
        text = " ".join(a.text_content().split()).casefold()
        if re.search(r"[^\W\d_]", text):
            texts.setdefault(href, set()).add(text)
    return {href for href, words in texts.items() if len(words) >= 3}


# words in underscores at word edges, as a plain text writes italics ("while _I_ shall
# have"): see _underscore_emphasis
UNDERSCORE_EMPHASIS = re.compile(r"_(?<![\w_]_)(?=[^\s_])([^_\n<>]{1,200})(?<=[^\s_])_(?![\w_])")
NO_PROSE = ("pre", "code", "kbd", "samp", "tt", "script", "style", "textarea")


def _underscore_emphasis(main) -> bool:
    """A page made from a plain text that kept its italics as underscores (Project
    Gutenberg's early HTML): no italics of its own (no <i>, <em>, <cite>, no italic class
    or style) and words in underscores in its prose (never in code, nor in a link's
    address). Then its _words_ are italics, as in the text edition."""
    if main is None or any(True for _ in main.iter("i", "em", "cite", "var", "dfn")):
        return False
    if any("italic" in (el.get("style") or "") + " ".join(_classes(el))
           for el in main.iter() if isinstance(el.tag, str)):
        return False
    for el in main.iter():
        if not isinstance(el.tag, str) or el.tag in NO_PROSE or any(
                a.tag in NO_PROSE for a in el.iterancestors()):
            continue
        for text in (el.text, el.tail if el.getparent() is not None and
                     el.getparent().tag not in NO_PROSE else None):
            if text and "_" in text and UNDERSCORE_EMPHASIS.search(text):
                return True
    return False


def _last_line(el, first: int) -> int:
    """The last source line an element's words stand on (lxml numbers only where elements
    open): its descendants' lines and the line ends inside their text, never its own tail."""
    last = first
    for x in el.iter():
        if not isinstance(x.tag, str) or not x.sourceline:
            continue
        last = max(last, x.sourceline + (x.text or "").count("\n")
                   + ((x.tail or "").rstrip().count("\n") if x is not el else 0))
    return last


class _Walker:
    def __init__(self, out: Lines, notes: Footnotes):
        self.out, self.notes = out, notes
        self.running: set = set()          # tables that are running heads (htmltables)
        self.banner: html.HtmlElement | None = None   # the edition's banner (_banner)
        self.datelines: set = set()        # headings that are a dateline (_dateline_headings)
        self.index_links: set[str] = set()  # the site's glossary or index pages (_index_links)
        self.chrome: dict = {}              # a web edition's registers and footer (_site_chrome)
        self.picture: html.HtmlElement | None = None  # a picture, no page (_lone_picture)
        self.buffer: list[str] = []
        self.line = 1
        self.kind = ""
        self.open_marks: list[str] = []     # emphasis running on from one block to the next
        self.cell: list[str] | None = None  # the lines of the table cell being read
        self.title_heads: list = []         # the page header's headings kept (_title_headings)
        self.page_divs: dict = {}           # a converter's page containers (_page_divs)
        self.page_heads: set = set()        # their running heads
        self.underscores = False            # _word_ is italics here (_underscore_emphasis)

    def walk(self, main) -> None:
        self.visit(main, 0, in_content=True)
        self.flush()

    def flush(self) -> None:
        if self.cell is not None:           # a block inside a table's cell: lines of it
            text = marks.balance("".join(self.buffer), [])[0]
            self.buffer.clear()
            self.kind = ""
            self.cell.extend(line for line in (" ".join(SPACE.split(part)).strip()
                                               for part in text.split(BREAK))
                             if marks.plain(line).strip())
            return
        text, self.open_marks = marks.balance("".join(self.buffer), self.open_marks)
        self.buffer.clear()         # in place: a <pre> collects into its own list
        if not marks.plain(text).strip():   # only markup (<p>&nbsp;</p>, <b></b>)
            self.kind = ""
            return
        if self.kind == "pre":
            lines = text.replace(BREAK, "\n").split("\n")
        else:          # the source's own line ends are spaces in HTML; <br> ends a line
            if "=" in text and "\n" in text:   # the double hyphen of a transcription
                text, joined = DOUBLE_HYPHEN_BREAK.subn(_joined_word, text)   # ("tran=" / "quilli")
                if joined:
                    self.out.hints.fire("html-double-hyphen")
            if "-" in text:      # a word cut at the source's line end: the rules' evidence
                self.out.hints.hyphen_breaks.update(
                    (m.group(1) + m.group(2)).casefold() for m in HYPHEN_BREAK.finditer(text)
                    if m.group(2)[0].islower())
            if self.underscores and "_" in text:
                text = UNDERSCORE_EMPHASIS.sub(lambda m: marks.hi("italic", m.group(1)), text)
            lines = [" ".join(SPACE.split(part)).strip() for part in text.split(BREAK)]
        for k in range(len(lines) - 1, 0, -1):   # a line of marks only (<b>Title<br></b>)
            if not marks.plain(lines[k]).strip():   # goes with the line before it
                lines[k - 1] += lines[k].strip()
                lines[k] = ""
        if self.kind == "pre":
            self.out.block([(self.line + i, line, self.kind) for i, line in enumerate(lines)])
        else:       # an empty line (two <br> in a row: a PDF's pages as HTML) ends a block
            for blank, run in itertools.groupby(lines, key=lambda line: not line):
                if not blank:
                    self.out.block([(self.line, line, self.kind) for line in run])
        self.kind = ""

    def visit(self, el, depth: int, in_content: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if depth > MAX_DEPTH:             # too deep to walk: its words, in order, as text
            self.buffer.append(" " + " ".join(el.itertext()) + " ")
            self._tail(el)
            return
        if tag in INLINE_NOTE_TAGS and marks.plain("".join(self.buffer)).strip():
            marker = self.notes.inline(el)       # a note inside the sentence it explains
            if marker:
                if self.buffer and re.search(r"(?<=\w)[*†‡]\s*$", self.buffer[-1]):
                    # (the sign the transcriber printed after the word is the marker's)
                    self.buffer[-1] = re.sub(r"[*†‡]\s*$", "", self.buffer[-1])
                self.buffer.append(marker)
                self.out.hints.fire("inline-notes")
                self._tail(el)
                return
        if tag in TOOLTIP_TAGS and in_content and not len(el) and tooltip_text(el):
            # an annotated name or term (<button data-balloon="Skinner, Alfred … | Born:
            # 1895. …">Al Skinner</button>): its words are the text's, the words shown on
            # hover a note marked after them; the element is no form control
            self.buffer.append(el.text or "")
            self.buffer.append(self.notes.tooltip(el, tooltip_text(el) or ""))
            self.out.hints.fire("tooltip-notes")
            self._tail(el)
            return
        if el in self.page_heads:         # a converted page's running head: left out
            line = el.sourceline or self.line
            end = _last_line(el, line)
            self.out.leave_out(line, end, " ".join(el.text_content().split()),
                               f"<{tag}>: the running head of a converted page (the "
                               "document's title or date, and the page's number)",
                               "running-head")
            self._tail(el)
            return
        if el in self.page_divs and marks.plain("".join(self.out.lines[-3:])).strip():
            self._page_break("div", self.page_divs[el], "")   # <div id="page_7">: a page
            self.out.hints.fire("page-divs")
        if tag in BLOCKS and self._emptied_note_list(el):
            text = " ".join(" ".join(child.text_content() for child in el
                                     if child not in self.notes.taken
                                     and not self._taken_list(child)).split())
            line = el.sourceline or self.line
            self.out.leave_out(line, line, text[:200], f"<{tag}>: a list of notes, each read "
                               "at its marker; its heading is not the document's", "note-list")
            self._tail(el)
            return
        if _site_masthead(el, self.out.hints.title):      # (the journal's name and volume:
            lines = [" ".join(h.text_content().split())      # the source's, in the header)
                     for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "p")] \
                or [" ".join(el.text_content().split())]
            self.out.hints.fields.append(("site-masthead", " / ".join(x for x in lines if x)))
            line = el.sourceline or self.line
            end = _last_line(el, line)
            self.out.leave_out(line, end, " / ".join(lines)[:200],
                               f"<{tag}>: the site's masthead, its name in the page's "
                               "<title>; kept in the header", "boilerplate")
            self.out.hints.fire("site-masthead")
            self._tail(el)
            return
        unclear = _unclear_sign(el, tag)
        if unclear is not None:             # TEI's <unclear> kept as a class by its XSLT
            self.buffer.append(unclear)
            self.out.hints.fire("unclear-class")
            self._tail(el)
            return
        if el in self.chrome:               # an edition's entity register, the site's footer
            text = " ".join(el.text_content().split())
            line = el.sourceline or self.line
            if text:
                end = _last_line(el, line)
                self.out.leave_out(line, end, text[:200], f"<{tag}>: {self.chrome[el]}, "
                                   "not the document's text", "boilerplate")
            self.out.hints.fire("edition-chrome")
            if tag in BLOCKS:
                self.flush()
            else:
                self._apart(el)
            self._tail(el)
            return
        if self.banner is not None and el is self.banner:   # (its words: the citation)
            text = " ".join(el.text_content().split())
            self.out.hints.fields.append(("site-banner", text))
            self.out.hints.rules.append("site-banner")
            line = el.sourceline or self.line
            end = _last_line(el, line)
            self.out.leave_out(line, end, text[:200], f"<{tag}>: the edition's banner over "
                               "the document (its name on each of its pages); it is in the "
                               "source citation", "boilerplate")
            self._tail(el)
            return
        if el in self.notes.taken:          # a note read at its marker: in the master
            self._tail(el)
            return
        if tag in BOILERPLATE or _navigation(el) or (
                (tag in SITE_PARTS or SITE_PARTS & set(_classes(el))) and depth == 1
                and el.getparent() is not None and el.getparent().tag == "body") or (
                tag in ("p", "div", "li") and _sequence_link(el)):
            if tag in SITE_PARTS and any(h in self.title_heads for h in el.iter()):
                self._title_part(el, depth)
                self._tail(el)
                return
            self._leave_out(el, tag)
            if tag in DRAWN:
                self._apart(el)
            self._tail(el)
            return
        if WIKI_HEADER & set(_classes(el) + (el.get("id") or "").casefold().split()):
            self.out.hints.fire("wiki-header")
        if PAGE_ANNOTATION.fullmatch(" ".join(el.text_content().split())) and tag in (
                "span", "div", "p") and not len(el):   # Aozora's ［＃改ページ］: a new page
            line_start = not marks.plain("".join(self.buffer).rsplit(BREAK, 1)[-1]).strip()
            self._page_break("div" if line_start else tag, "", "")   # (on a line of its own:
            #                                                 between blocks, as a <div>'s)
            self.out.hints.fire("page-annotation")
            self._tail(el)
            return
        if tag == "rp":                     # a ruby's fallback brackets: never text
            if (el.tail or "").strip():       # (nor the white space between a ruby's parts)
                self._tail(el)
            return
        if tag == "rt":
            self.out.hints.fire("ruby-reading")
        if re.fullmatch(r"h[1-6]", tag) and {"author", "creator"} & set(_classes(el)) \
                and " ".join(el.text_content().split()):
            text = " ".join(el.text_content().split())     # <h2 class="author">: a byline
            self.out.hints.fields.append(("author", text))  # in a heading's element, never
            line = el.sourceline or self.line               # a section's heading
            end = _last_line(el, line)
            self.out.leave_out(line, end, text, f"<{tag} class=\"author\">: the work's "
                               "author, in the header", "boilerplate")
            self.out.hints.fire("author-heading")
            self.flush()
            self._tail(el)
            return
        if any(COLOPHON_BLOCK.match(c) for c in _classes(el)):  # the file's own making
            text = " ".join(el.text_content().split())
            if text:
                self.out.hints.fields.append(("colophon", text))
                line = el.sourceline or self.line
                end = _last_line(el, line)
                self.out.leave_out(line, end, text[:200], f"<{tag}>: the edition's colophon "
                                   "(its source, who keyed and proofread it, when): in the "
                                   "header's source description", "boilerplate")
            self.out.hints.fire("colophon-block")
            self.flush()
            self._tail(el)
            return
        if any(LICENCE_BOX.match(c) for c in _classes(el)):     # its words: in the header
            self.out.hints.fire("wiki-header")
            text = " ".join(el.text_content().split())
            self.out.leave_out(el.sourceline or self.line, el.sourceline or self.line,
                               text[:200], "licence box: its words are in the header",
                               "boilerplate")
            self._tail(el)
            return
        viewer = _viewer_links(el) if PAGE_CLASSES & set(_classes(el)) else None
        if viewer is not None:              # <span class="pagebreak"> with the page's image
            words = " / ".join(" ".join(a.text_content().split()) for a in el.iter("a")
                               if " ".join(a.text_content().split()))
            if words:                       # and the viewer's "View Page" / "Full size in
                line = el.sourceline or self.line                  # new window" links
                end = _last_line(el, line)
                self.out.leave_out(line, end, words, f"<{tag}>: the links of the page's "
                                   "image viewer; the image is the <pb/>'s @facs", "boilerplate")
            self._page_break(tag, "", viewer)
            self.out.hints.fire("page-viewer-links")
            self._tail(el)
            return
        if (_classes(el) and (PAGE_CLASSES & set(_classes(el)) or _short_page_class(el))
                and len(" ".join(el.text_content().split())) < 30) or _page_bar(el, tag):
            # (the marker's text as read: an exporter indents "|" with a line of spaces)
            inside = bool(marks.plain("".join(self.buffer)).strip())
            self._page_break(tag, _page_number(el), "")   # <span class="pagenum">[Pg 12]</span>
            bar = bool(PAGE_BAR.match("".join(el.text_content().split())))
            if bar:
                self.out.hints.fire("page-bar")
            if inside and bar and re.search(r"\s", el.text_content()):
                self.buffer.append(" ")     # the bar's own space parts the words it stands
            self._tail(el)                  # between ("Erlebens<span>|⏎ </span>ist")
            return
        if tag == "a" and _converter_page_anchor(el):
            self._page_break(tag, el.get("name") or el.get("id"), "")   # pdftohtml's pages
            self.out.hints.fire("pdf-lines")    # its <br>s are the page's width
            self._tail(el)
            return
        if self.picture is not None and el is self.picture:   # a portrait: no page
            line = el.sourceline or self.line
            img = next(el.iter("img"))
            end = _last_line(el, line)
            self.out.leave_out(line, end, f"image {img.get('src', '')}: "
                               f"{' '.join((img.get('alt') or img.get('title') or '').split())}",
                               "<a>: a linked picture, not the image of a page of the "
                               "original", "boilerplate")
            self.out.hints.fire("picture-not-page")
            self._apart(el)
            self._tail(el)
            return
        if tag in GALLERY_TAGS and _gallery_panel(el) and (
                _gallery_panel(_sibling(el, -1)) or _gallery_panel(_sibling(el, 1))):
            # a gallery of the pages' images one after another, nothing of the text between
            # them (each captioned "Page 1", "Page 2"): no page of the text begins there
            line = el.sourceline or self.line
            images = " ".join(img.get("src") or "" for img in el.iter("img"))
            end = _last_line(el, line)
            self.out.leave_out(line, end, (" ".join(el.text_content().split()) + " "
                                            + images).strip()[:200],
                               f"<{tag}>: a gallery of the original's page images, no text "
                               "between them (no page break)", "page-gallery")
            self.out.hints.fire("page-gallery")
            self._tail(el)
            return
        facs = _page_image(el, tag) if tag in ("a", "span", "div", "p") else None
        if facs is not None and (tag != "a" or not marks.plain("".join(self.buffer)).strip()):
            self._page_break(tag, "", facs)    # a page's image between blocks: a page break
            self._tail(el)
            return
        if tag == "table" and self.cell is None and el not in self.running \
                and not layout_table(el):
            self._table(el, depth)
            self._tail(el)
            return
        if tag == "table":
            self.out.hints.fire("layout-table")
        if tag == "pre":
            self.flush()
            self.line, self.kind = el.sourceline or self.line, "pre"
            self._pre(el)
            self._tail(el)
            return
        block = tag in BLOCKS or _tei_block(el)
        page = _container_page(el) if block and PAGE_CONTAINERS & set(_classes(el)) else None
        if page is not None:
            self._page_break(tag, page, "")     # <div class="page">[2] möchte …
            self.out.hints.fire("page-containers")
        if block:
            self.flush()
            self.line = el.sourceline or self.line
            self.kind = _class_kind(el) or self._kind(tag) or _indented_line(el, tag)
            if tag == "hr":
                self.out.hints.rule_lines.add(self.line)
            _address_lines(el)
            if el in self.datelines:
                self.kind = "dateline"
                self.out.hints.fire("dateline-heading")
        closing = self._open_inline(el, tag)
        if el.text and not (tag == "a" and closing == "[marker]"):
            self.buffer.append(el.text)
        if closing != "[marker]":
            for child in el:
                self.visit(child, depth + 1, in_content)
        if closing and closing != "[marker]":
            self.buffer.append(closing)
        if tag in ("tr", "li", "dt", "dd") or tag in ("td", "th"):
            self.buffer.append(BREAK if tag in ("td", "th") else "")
        if block:
            self.flush()
        self._tail(el)

    def _table(self, table, depth: int) -> None:
        """A table of data (see layout_table): one table block, its header cells (<th>,
        the cells of <thead>) labels, colspan and rowspan kept, its caption its heading."""
        self.flush()
        line = table.sourceline or self.line
        caption = ""
        rows: list[list[tables.Cell]] = []
        for part, in_head in table_parts(table):
            if part.tag == "caption":
                caption = " ".join(self._cell_text(part, depth).split("\n"))
                continue
            in_head = in_head or (not rows and heading_class_row(part))
            row = []
            for cell in part:
                if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                    row.append(tables.Cell(self._cell_text(cell, depth),
                                           cell.tag == "th" or in_head,
                                           tables.span_value(cell.get("colspan")),
                                           tables.span_value(cell.get("rowspan"))))
            rows.append(row)
        self.kind = ""
        spoken = tables.dialogue(rows) if not caption else None
        if spoken:
            self._dialogue(spoken, line)
            return
        titles, rows = tables.title_rows(rows)
        tables.bold_header(rows)
        for cell in titles:          # lines over the table (see tables.title_rows)
            self.out.block([(line, text, "cell") for text in cell.text.split("\n")])
        made = tables.line(caption, rows)
        if made is not None:
            self.out.block([(line, made[0], made[1])])

    def _dialogue(self, rows: list[tuple[str, str]], line: int) -> None:
        """A play set in a table (see tables.dialogue): a row with a name is a turn, the name
        its label (a line of kind "label") and a stage direction in italics that opens the
        speech a line of kind "stage" under it; a row without a name is a stage direction."""
        italic_open, italic_close = marks.HI["italic"]
        for name, speech in rows:
            lines = [part for part in speech.split("\n") if part.strip()]
            if not name:                 # (its italics only say: a stage direction)
                inner, rend = marks.unwrap(" ".join(lines))
                self.out.block([(line, inner if rend == "italic" else " ".join(lines),
                                 "stage")])
                continue
            first, stage = lines[0], ""
            close = first.find(italic_close)
            if first.startswith(italic_open) and close > 0 \
                    and marks.plain(first[close + 1:]).strip():
                stage, first = first[1:close].strip(), first[close + 1:].strip()
            head = [(line, f"{name}: {first}" if not stage else f"{name}:", "label")]
            if stage:
                head += [(line, stage, "stage"), (line, first, "")]
            self.out.block(head + [(line, text, "") for text in lines[1:]])
        self.out.hints.fire("dialogue-table")

    def _cell_text(self, el, depth: int) -> str:
        """A cell's text, with its marks; its paragraphs and line breaks as lines."""
        parts: list[str] = []
        saved = self.buffer
        self.buffer, self.cell = [], parts
        if el.text:
            self.buffer.append(el.text)
        for child in el:
            self.visit(child, depth + 2, True)
        self.flush()
        self.buffer, self.cell = saved, None
        return "\n".join(parts)

    def _page_break(self, tag: str, page: str, facs: str) -> None:
        """[Page n] where a page begins: a line of its own between blocks, else in the
        text; the page's image, if any, is kept in the hints for the <pb>'s @facs."""
        alone = tag in BLOCKS or not marks.plain("".join(self.buffer)).strip()
        kind = self.kind
        if alone:                              # a page line of its own
            self.flush()
        if alone and page and self.out.lines and self.out.lines[-1] == "[Page]":
            self.out.lines[-1] = f"[Page {page}]"    # the page's number right under its
            return                                   # image's break: one page, numbered
        self.buffer.append(f"[Page {page}]" if page else "[Page]")
        self.out.hints.page_images.append(facs)
        if alone:
            self.flush()
            self.kind = kind if tag not in BLOCKS else ""

    def _tail(self, el) -> None:
        if el.tail:
            self.buffer.append(el.tail)

    @staticmethod
    def _kind(tag: str) -> str:
        if re.fullmatch(r"h[1-6]", tag):
            return tag
        return {"li": "item", "dt": "item", "dd": "item", "blockquote": "quote",
                "td": "cell", "th": "cell", "tr": "row"}.get(tag, "")

    def _open_inline(self, el, tag: str) -> str:
        if tag in LABEL_TAGS and self._speaker_label(el):
            self.kind = self.kind or "label"    # the label's own emphasis is not kept
            return ""
        if tag == "br":
            self.buffer.append(BREAK)
            return ""
        if tag == "sup" and len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip() \
                and not (el[0].tail or "").strip() and self.notes.marker(el[0], probe=True):
            return ""                   # a raised note marker: the note is the mark
        if tag in HI_TAGS:
            opening, closing = marks.HI[HI_TAGS[tag]]
            self.buffer.append(opening)
            return closing
        if tag == "a":
            marker = self.notes.marker(el)
            if marker:
                if not el.get("href"):
                    self.out.hints.fire("script-note-links")
                self.buffer.append(marker)
                return "[marker]"
            href = el.get("href") or ""
            if href.strip().split("#")[0] in self.index_links:
                self.out.hints.fire("site-index-links")
                return ""                # the words, without the link to the site's index
            if href and not href.startswith("#"):
                self.buffer.append(marks.REF_OPEN + href + marks.REF_TEXT)
                return marks.REF_CLOSE
        if tag == "img":
            self._leave_out(el, tag)
            self._apart(el)
        return ""

    def _emptied_note_list(self, el) -> bool:
        """A block whose notes were all read at their markers and which holds nothing else
        but its heading ("<div id="notes"><h2>Explanatory Notes</h2><div id="note1">…"; the
        notes may stand in a list of their own: an EPUB's <section epub:type="endnotes">
        <h2>Endnotes</h2><ol><li id="note-1">…): left as it is, the heading would open an
        empty section."""
        if el in self.notes.taken or not self.notes.taken or (el.text or "").strip():
            return False
        taken = False
        for child in el:
            if child in self.notes.taken or self._taken_list(child):
                taken = True
            elif isinstance(child.tag, str) and not re.fullmatch(r"h[1-6]|hr|br", child.tag) \
                    and " ".join(child.text_content().split()):
                return False
            if (child.tail or "").strip():
                return False
        return taken

    def _taken_list(self, el) -> bool:
        """A list whose items are all notes read at their markers, with no words besides."""
        if not isinstance(el.tag, str) or el.tag not in ("ol", "ul", "dl") \
                or (el.text or "").strip():
            return False
        items = [c for c in el if isinstance(c.tag, str)]
        return bool(items) and all(c in self.notes.taken and not (c.tail or "").strip()
                                   for c in items)

    def _apart(self, el) -> None:
        """A space where a left-out element that the browser draws (a spacer image, a
        button) stood between two words: the page showed them apart ("<i>Copy-text:</i><img
        class="en-space" src="blank.gif"/>The Mark Twain Papers", "Yours very truly<img
        alt="em space"/>Daniel"), so they are not glued into one word."""
        before = marks.plain("".join(self.buffer[-3:]))
        after = el.tail or ""
        if not after and el.getnext() is not None and isinstance(el.getnext().tag, str):
            after = el.getnext().text or ""
        if before and not before[-1].isspace() and after and after[0].isalnum():
            self.buffer.append(" ")
            self.out.hints.fire("drawn-apart")

    def _speaker_label(self, el) -> bool:
        """An element at a paragraph's start that holds only a speaker's label ("ege:",
        "<Ege>"), with the speech after it."""
        return len(el) == 0 and bool(INLINE_LABEL.match(el.text or "")) \
            and not marks.plain("".join(self.buffer)).strip() \
            and bool((el.tail or "").strip() or el.getnext() is not None) \
            and len((el.text or "").split()) <= 5

    def _pre(self, el) -> None:
        """Preformatted text (GPO's records, hearings) keeps its lines; a blank line ends a
        block."""
        parts: list[str] = []
        saved, self.buffer = self.buffer, parts
        if el.text:
            parts.append(el.text)
        for child in el:
            self.visit(child, 1, True)
        self.buffer = saved
        text = "".join(parts).replace(BREAK, "\n")
        if text.startswith("\n"):
            text = text[1:]
            self.line += 1
        self.out.text_block(self.line, text.rstrip("\n"), "pre")

    def outside(self, el) -> None:
        """A part of the page outside its content area: not encoded, and reported (a note
        that the content links to is read with its marker)."""
        if el in self.notes.taken:
            return
        if any(x in self.notes.taken for x in el.iterdescendants()):
            for child in el:
                if isinstance(child.tag, str):
                    self.outside(child)
            return
        text = " ".join(el.text_content().split())
        if text:
            line = el.sourceline or self.line
            end = _last_line(el, line)
            self.out.leave_out(line, end, text[:200], f"<{el.tag}>: outside the page's "
                               "content area (site header, navigation, tool output)", "boilerplate")

    def _title_part(self, el, depth: int) -> None:
        """The page's header: its headings that name the work read (_title_headings), the
        rest left out and reported."""
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child in self.title_heads:
                self.visit(child, depth + 1, in_content=True)
            elif any(h in self.title_heads for h in child.iter()):
                self._title_part(child, depth + 1)
            else:
                self._leave_out(child, child.tag)

    def _leave_out(self, el, tag: str) -> None:
        text = " ".join(el.text_content().split()) if tag not in ("img",) else \
            f"image {el.get('src', '')}"
        if text:
            line = el.sourceline or self.line
            end = _last_line(el, line)
            self.out.leave_out(line, end, text[:200], f"<{tag}>: not the document's text "
                               "(site navigation, script, form or layout)", "boilerplate")

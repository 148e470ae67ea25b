"""Source formats: each reads one kind of file with a real parser into the same thing, a
:class:`~teikit.sourcetext.SourceText` (blocks of lines, inline emphasis and links as
marks, hints for the header). The conventions (readers/) work on that alone.

A format module has NAME, ``sniff(name, data) -> float`` (0..1, from the file's name and
content) and ``read(name, data, encoding, diags) -> SourceText``. A new format is one
module and one line in FORMATS.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Collector, Exit, fail

if TYPE_CHECKING:                # the readers load when a source is read, not at start
    from ..sourcetext import SourceText

FORMATS = {   # name: (module, what it reads); the order breaks ties
    "docx": ("docx", "a Word .docx transcription (text, tables, footnotes)"),
    "epub": ("epub", "an EPUB ebook (Standard Ebooks, Project Gutenberg, Wikisource, a "
                     "publisher's): its spine's documents in order, notes at their markers, "
                     "the ebook's own pages (title page, colophon, licence) left out"),
    "html": ("html", "a saved web page (HTML or XHTML): the main content, without the "
                     "site's navigation"),
    "latex": ("latex", "LaTeX (a transcription or edition kept as .tex): its commands "
                       "read, never kept as text"),
    "markdown": ("markdown", "Markdown (CommonMark, footnotes, front matter)"),
    "mediawiki": ("wikitext", "MediaWiki wikitext (a Wikisource or Wikipedia page's "
                              "source), read with mwparserfromhell"),
    "odt": ("odt", "an OpenDocument text (.odt, flat .fodt: LibreOffice, OpenOffice): text, "
                   "headings, lists, tables, emphasis from the styles, footnotes"),
    "pdf": ("pdf", "a PDF with a text layer (born digital, or OCR'd), read with pypdfium2: "
                   "columns, paragraphs, headings, emphasis, notes at the pages' feet, "
                   "page breaks with the printed numbers"),
    "openiti": ("openiti", "OpenITI mARkdown (the Open Islamicate Texts Initiative's Arabic "
                           "and Persian texts): its #META# header to the teiHeader, "
                           "paragraphs, headings by level, pages, milestones, verse with "
                           "its hemistichs"),
    "org": ("org", "Org-mode (.org; the Kanseki Repository's mandoku texts): keywords to "
                   "the header, headings, emphasis, links, footnotes, page markers"),
    "rst": ("rst", "reStructuredText (Sphinx, docutils), read with docutils"),
    "rtf": ("rtf", "Rich Text Format (.rtf from Word, WordPerfect, TextEdit): paragraphs, "
                   "emphasis, footnotes, tables, its code pages"),
    "asciidoc": ("asciidoc", "AsciiDoc (Asciidoctor, Antora)"),
    "alto": ("alto", "ALTO XML OCR (Library of Congress, Europeana, Gallica, Delpher, "
                     "Trove; ABBYY, tesseract): pages, blocks, lines, whole words"),
    "pagexml": ("pagexml", "PAGE XML OCR and HTR (Transkribus, eScriptorium, OCR-D): "
                           "pages, regions in reading order by their types, lines"),
    "hocr": ("hocr", "hOCR, OCR results as HTML (tesseract, OCRopus, kraken): pages, "
                     "blocks, lines, words"),
    "atf": ("atf", "ATF, the transliteration format of CDLI and ORACC (cuneiform texts): "
                   "texts, objects, surfaces and columns as divisions, numbered lines as "
                   "<lb n>, state lines and breaks as gaps"),
    "subtitles": ("subtitles", "subtitles and captions of a recording (SubRip .srt, WebVTT "
                               ".vtt), read with srt and webvtt-py: each cue's words the "
                               "speech, its time an empty <time from to/>, a cue's "
                               "speaker label a turn"),
    "text": ("plain", "plain text in any encoding"),
}


def module(name: str):
    return importlib.import_module(f".{FORMATS[name][0]}", __name__)


def detect(name: str, data: bytes) -> str:
    """The format that fits the file best, from its name and its first bytes."""
    scores = {fmt: module(fmt).sniff(name, data) for fmt in FORMATS}
    best = max(scores, key=lambda fmt: scores[fmt])
    return best if scores[best] >= 0.5 else "text"


def read(name: str, data: bytes, encoding: str | None, diags: Collector,
         fmt: str = "auto") -> SourceText:
    if fmt != "auto" and fmt not in FORMATS:
        raise fail(name, f"unknown format {fmt!r}; known: auto, {', '.join(FORMATS)}",
                   "format", exit_code=Exit.USAGE)
    chosen = detect(name, data) if fmt == "auto" else fmt
    if fmt == "auto" and chosen == "markdown" and suffix(name) not in MARKDOWN_NAMES:
        # Markdown by its look, in a .txt: unless a site preset reads it as the text it is
        # (a Wilson Center record export looks like Markdown, and its preset reads the lines)
        scratch = Collector(name)
        text = module("text").read(name, data, encoding, scratch)
        if preset_claims(text):
            # read as text already: that reading (and what it reported) is the one kept
            diags.items.extend(scratch.items)
            text.format = "text"
            return text
    source = module(chosen).read(name, data, encoding, diags)
    source.format = chosen
    return source


MARKDOWN_NAMES = (".md", ".markdown", ".mdown", ".mkd")


def preset_claims(source: SourceText) -> bool:
    """Does a site preset (a reader style other than generic) recognise the plain text?"""
    from ..readers import STYLES, reader
    from ..readers.context import Context
    ctx = Context(source, Collector(source.path))
    return any(reader(style).detect(ctx) >= 0.5 for style in STYLES if style != "generic")


def suffix(name: str) -> str:
    return Path(name).suffix.casefold()


__all__ = ["FORMATS", "detect", "read"]

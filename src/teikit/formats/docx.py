"""A Word .docx transcription, converted by mammoth (text, tables, footnotes and endnotes;
of a drawing's alternative contents it takes one, so text boxes are read once) and then
read as a web page."""
from __future__ import annotations

import io
import re
import zipfile

from ..diagnostics import Collector, TeikitError, fail
from ..safexml import parse_bytes
from . import html, suffix
from .packages import UNPACK_ERRORS

NAME = "docx"
MAX_UNPACKED = 256 * 1024 * 1024       # a zip bomb is refused before it is unpacked
MAX_RATIO = 200


def sniff(name: str, data: bytes) -> float:
    if not data.startswith(b"PK\x03\x04"):
        return 0.0
    return 0.95 if suffix(name) == ".docx" or b"word/document.xml" in data[:65536] else 0.3


def read(name: str, data: bytes, encoding: str | None, diags: Collector):
    _check_package(name, data)
    import mammoth
    try:
        styles = style_map(data)
        data, numbered = page_number_paragraphs(data)
        mapped = "\n".join(filter(None, [styles, PAGE_STYLE_MAP if numbered else ""]))
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=mapped)
    except Exception as exc:   # mammoth raises plain exceptions for broken packages
        raise fail(name, f"not a readable Word document ({type(exc).__name__}: {exc})",
                   "not-docx") from None
    page = ("<html><body>" + result.value + "</body></html>").encode("utf-8")
    source = html.read(name, page, "utf-8", diags)
    source.encoding = "utf-8"
    if styles:
        source.hints.rules.append("word-styles")
    if numbered:
        source.hints.fire("docx-page-number")
    # a soft line break (w:br) is typed on purpose, never a wrap of the page's width: verse
    # set a stanza to a paragraph (TransLatin's Celtis), an address, a signature; a
    # paragraph's lines are all such breaks, and stay lines
    source.hints.broken_lines.update(source.numbers or [])
    return source


def _check_package(name: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
    except UNPACK_ERRORS:
        raise fail(name, "not a Word document: the zip package cannot be read",
                   "not-docx") from None
    if "word/document.xml" not in names:
        raise fail(name, "not a Word document: the package has no word/document.xml",
                   "not-docx")
    unpacked = sum(info.file_size for info in infos)
    packed = max(sum(info.compress_size for info in infos), 1)
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed + 1024 * 1024:
        raise fail(name, f"the Word package unpacks to {unpacked} bytes from {len(data)}; "
                   "refused as a zip bomb", "too-large")


# ----------------------------------------------------------------------------- styles
# mammoth's default style map knows Word's built-in styles only ("Heading 1", "Title"): a
# template's own styles, which carry the structure of most institutional transcriptions,
# would be dropped. Read from styles.xml and the paragraphs that use them: a style with an
# outline level (what Word's navigation pane and table of contents take as a heading: the
# Parlament de Catalunya's "D3/ Títol negreta", the Cortes' and court reporters'
# templates) is a heading of that level; a style whose paragraphs are each a short name
# over a paragraph of the body is the speaker's label (the Parlament's "D3/ Intervinent",
# "Redner" in the German parliaments' exports, "Speaker" / "Orador" in transcription
# templates); a style whose paragraphs are all in parentheses, or whose name says so
# ("D3/ Acotació", "Stage direction", "Regieanweisung"), the stage directions. Their
# paragraphs get the class the web-page reader takes as the line's kind.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BUILT_IN = re.compile(r"(?i)^(?:heading\s*\d|title|subtitle|normal|list.*|toc.*|caption|"
                      r"footnote.*|endnote.*|header|footer|quote|intense quote)$")
SPEAKER_STYLE = re.compile(r"(?i)speaker|orador|intervinent|interviniente|intervenant|"
                           r"interveniente|redner|sprecher|spreker|oratore|locutor|"
                           r"interlocut|personnage|personaje|personatge|character")
STAGE_STYLE = re.compile(r"(?i)acotaci|stage|didascal|regie|anweisung|direction|incident")
SENTENCE_END = re.compile(r"[.!?…]\W*$")


def style_map(data: bytes) -> str:
    """mammoth's style-map lines for the template's own paragraph styles (see above)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            styles = parse_bytes(package.read("word/styles.xml")).root
            document = parse_bytes(package.read("word/document.xml")).root
    except (KeyError, TeikitError, *UNPACK_ERRORS):
        return ""                        # (no styles.xml, or a damaged one: mammoth's defaults)
    names: dict[str, str] = {}
    based: dict[str, str] = {}
    levels: dict[str, int] = {}
    for st in styles.iter(W + "style"):
        if st.get(W + "type") != "paragraph" or not st.get(W + "styleId"):
            continue
        sid = st.get(W + "styleId")
        name = st.find(W + "name")
        names[sid] = name.get(W + "val", sid) if name is not None else sid
        base = st.find(W + "basedOn")
        if base is not None and base.get(W + "val"):
            based[sid] = base.get(W + "val")
        level = st.find(f"{W}pPr/{W}outlineLvl")
        if level is not None and (level.get(W + "val") or "").isdecimal():
            levels[sid] = int(level.get(W + "val"))
    paragraphs: list[tuple[str, str]] = []      # (style, text) in the document's order
    for p in document.iter(W + "p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(W + "t")).strip()
        if text:
            paragraphs.append((ps.get(W + "val", "") if ps is not None else "", text))
    lines = []
    for sid, name in names.items():
        if BUILT_IN.match(name) or "'" in name or "\\" in name:
            continue
        level = _level(sid, levels, based)
        if level is not None and level <= 5:
            lines.append(f"p[style-name='{name}'] => h{level + 1}:fresh")
            continue
        role = _role(sid, name, paragraphs)
        if role:
            lines.append(f"p[style-name='{name}'] => p.{role}:fresh")
    return "\n".join(lines)


def _level(sid: str, levels: dict[str, int], based: dict[str, str]) -> int | None:
    """The outline level a style has or inherits (9: body text, no heading)."""
    seen = set()
    while sid and sid not in seen:
        seen.add(sid)
        if sid in levels:
            return levels[sid]
        sid = based.get(sid, "")
    return None


def _role(sid: str, name: str, paragraphs: list[tuple[str, str]]) -> str | None:
    """"speaker" or "stage" for a style whose paragraphs say so (see above)."""
    mine = [(k, text) for k, (style, text) in enumerate(paragraphs) if style == sid]
    if not mine:
        return None
    texts = [text for _, text in mine]
    if all(t.startswith("(") and t.rstrip(".").endswith(")") for t in texts) \
            or (STAGE_STYLE.search(name) and all(len(t.split()) <= 40 for t in texts)):
        return "stage"
    short = all(len(t.split()) <= 6 and len(t) <= 80 and not SENTENCE_END.search(t)
                for t in texts)
    over_speech = all(k + 1 < len(paragraphs) and paragraphs[k + 1][0] != sid
                      and len(paragraphs[k + 1][1].split()) > len(text.split())
                      for k, text in mine)
    recurring = len(texts) >= 3 and len(set(texts)) < len(texts)
    if short and over_speech and (SPEAKER_STYLE.search(name) or recurring):
        return "speaker"
    return None


# ----------------------------------------------------------------------------- page numbers
# A transcription typed page by page sets the original's page number as a paragraph of its
# own, centred (or ranged right) over the page's text: "12" over "Lot No. 10" (a survey
# field book's Word transcription, one file a page). mammoth drops the alignment, and the
# number would open the first heading. Only on evidence in the paragraph's form: its words
# a number alone (1-4 figures, or "- 12 -"), aligned centre or right, and at a page's edge:
# the document's first paragraph with text (a number other than 1 there: a section's
# number opens at 1) or its last, or next to a page break the source types (w:br
# type="page", a paragraph's pageBreakBefore). Such a paragraph is the page's <pb n>.
PAGE_STYLE = "TeikitPageNumber"
PAGE_STYLE_MAP = f"p.{PAGE_STYLE} => p.pagenum:fresh"
PAGE_NUMBER_TEXT = re.compile(r"^(?:[-–—]\s*)?(?P<n>\d{1,4})(?:\s*[-–—])?$")


def page_number_paragraphs(data: bytes) -> tuple[bytes, int]:
    """The package with the page-number paragraphs (see above) given a style of their own
    for the style map, and how many there are; the package unchanged when there are none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            tree = parse_bytes(package.read("word/document.xml"))
    except (KeyError, TeikitError, *UNPACK_ERRORS):
        return data, 0
    body = tree.root.find(W + "body")
    if body is None:
        return data, 0
    paragraphs = [p for p in body if p.tag == W + "tbl" or (p.tag == W + "p" and (
        "".join(t.text or "" for t in p.iter(W + "t")).strip() or _page_break(p)))]
    found = []
    for k, p in enumerate(paragraphs):
        if p.tag != W + "p":
            continue
        m = PAGE_NUMBER_TEXT.match("".join(t.text or "" for t in p.iter(W + "t")).strip())
        jc = p.find(f"{W}pPr/{W}jc")
        if m is None or jc is None or jc.get(W + "val") not in ("center", "right", "end"):
            continue
        edge = (k == 0 and int(m.group("n")) > 1) or k == len(paragraphs) - 1 \
            or _page_break(p) or (k > 0 and _page_break(paragraphs[k - 1], after=True)) \
            or (k + 1 < len(paragraphs) and _page_break(paragraphs[k + 1]))
        if edge and len(paragraphs) > 1:
            found.append(p)
    if not found:
        return data, 0
    for p in found:
        ppr = p.find(W + "pPr")
        if ppr is None:
            ppr = p.makeelement(W + "pPr", {})
            p.insert(0, ppr)
        style = ppr.find(W + "pStyle")
        if style is None:
            style = ppr.makeelement(W + "pStyle", {})
            ppr.insert(0, style)
        style.set(W + "val", PAGE_STYLE)
    from lxml import etree
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as package, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            if info.filename == "word/document.xml":
                copy.writestr(info, etree.tostring(tree.root, xml_declaration=True,
                                                   encoding="UTF-8", standalone=True))
            else:
                copy.writestr(info, package.read(info.filename))
    return out.getvalue(), len(found)


def _page_break(p, after: bool = False) -> bool:
    """Whether a paragraph types a page break before its words (pageBreakBefore, a
    w:br type="page" or the last rendering's page break ahead of its text) or, *after*,
    behind them (a page break after its last words)."""
    if p.tag != W + "p":
        return False
    if not after:
        before = p.find(f"{W}pPr/{W}pageBreakBefore")
        if before is not None and before.get(W + "val") not in ("0", "false", "off"):
            return True
    seen_text = False
    broken = False
    for el in p.iter(W + "t", W + "br", W + "lastRenderedPageBreak"):
        if el.tag == W + "t":
            if (el.text or "").strip():
                if not after and broken:
                    return True
                seen_text = True
                broken = False
        elif el.tag == W + "lastRenderedPageBreak" or el.get(W + "type") == "page":
            if not after and not seen_text:
                return True
            broken = True
    return after and broken

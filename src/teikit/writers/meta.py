"""The metadata block of an edition, read from a master's teiHeader once for all writers:
title, date, source citation (with its links), summary, rights, speakers."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..tei import TEI_NS, XML_LANG, local, text_of
from .document import safe_href

T = f"{{{TEI_NS}}}"
# Elements teikit writes only in the teiHeader: what the metadata block reads of them is
# the writers' one rule for each (see read_meta).
HEADER_ELEMENTS = {
    "teiHeader", "fileDesc", "titleStmt", "funder", "publicationStmt", "availability",
    "licence", "sourceDesc", "encodingDesc", "appInfo", "application", "editorialDecl",
    "normalization", "segmentation", "interpretation", "stdVals", "correction", "quotation",
    "profileDesc", "abstract", "creation", "langUsage", "language", "revisionDesc", "change",
    "particDesc", "listPerson", "person", "affiliation", "calendarDesc", "calendar",
    "msDesc", "msIdentifier", "repository"}   # (the original's archive: an edition's source block)
LANG_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass
class Segment:
    """A piece of a citation: plain text, a title, or a link."""

    kind: str            # "text" | "title" | "title-a" | "link"
    text: str
    href: str | None = None


@dataclass
class Source:
    citation: list[Segment]
    extra: list[tuple[str, str]] = field(default_factory=list)   # (label, text) of notes


@dataclass
class DocumentMeta:
    title: str
    lang: str = "und"
    date: str = ""
    date_iso: str = ""
    publisher: str = ""
    sources: list[Source] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    rights: list[str] = field(default_factory=list)
    licence: tuple[str, str | None] | None = None
    speakers: list[str] = field(default_factory=list)


def read_meta(root, fallback_title: str = "Untitled") -> DocumentMeta:
    """The metadata of the TEI document *root* (its teiHeader; nothing is invented). The
    title is the header's, else its ``<meeting>`` (a debate), else the text's first
    ``<head>``, and only then *fallback_title* (the file name)."""
    header = root.find(f"{T}teiHeader")
    title = _title(header) or _meeting(header) or _first_head(root) or fallback_title
    meta = DocumentMeta(title=title, lang=_lang(root, header))
    if header is None:
        return meta
    _read_date(header, meta)
    publisher = header.find(f"{T}fileDesc/{T}publicationStmt/{T}publisher")
    meta.publisher = clean(text_of(publisher)) if publisher is not None else ""
    for bibl in header.iterfind(f"{T}fileDesc/{T}sourceDesc/{T}bibl"):
        meta.sources.append(_source(bibl))
    abstract = header.find(f"{T}profileDesc/{T}abstract")
    if abstract is not None:
        paras = abstract.findall(f".//{T}p")
        meta.summary = [t for t in (clean(text_of(p)) for p in paras or [abstract]) if t]
    _read_rights(header, meta)
    for person in header.iterfind(f"{T}profileDesc/{T}particDesc/{T}listPerson/{T}person"):
        name = person.find(f"{T}persName")
        label = clean(text_of(name if name is not None else person))
        if label:
            meta.speakers.append(label)
    return meta


def _read_date(header, meta: DocumentMeta) -> None:
    date = header.find(f"{T}profileDesc/{T}creation/{T}date")
    if date is None:
        date = header.find(f"{T}fileDesc/{T}sourceDesc//{T}date")
    if date is not None:
        meta.date = clean(text_of(date))
        meta.date_iso = (date.get("when") or date.get("from") or "").strip()


def _read_rights(header, meta: DocumentMeta) -> None:
    availability = header.find(f"{T}fileDesc/{T}publicationStmt/{T}availability")
    if availability is None:
        return
    meta.rights = [t for t in (clean(text_of(p)) for p in availability.findall(f"{T}p")) if t]
    licence = availability.find(f"{T}licence")
    if licence is not None:
        text = clean(text_of(licence))
        href = safe_href(licence.get("target")) or safe_href(text)
        if text or href:
            meta.licence = (text or href or "", href)


def _meeting(header) -> str:
    """A debate's meeting ("1. Sitzung, XX. Gesetzgebungsperiode") as its title."""
    if header is None:
        return ""
    meetings = [clean(text_of(m)) for m in header.iter(f"{T}meeting")]
    return ", ".join(m for m in meetings if m)


def _first_head(root) -> str:
    for text in root.iter(f"{T}text"):
        head = next(text.iter(f"{T}head"), None)
        if head is not None and clean(text_of(head)):
            return clean(text_of(head))
    return ""


def _title(header) -> str:
    if header is None:
        return ""
    titles = header.findall(f"{T}fileDesc/{T}titleStmt/{T}title")
    for wanted in ("complete", "main", None):
        for t in titles:
            if t.get("type") == wanted and clean(text_of(t)):
                return clean(text_of(t))
    return clean(text_of(titles[0])) if titles else ""


def _lang(root, header) -> str:
    candidates = [root.get(XML_LANG)]
    text = root.find(f"{T}text")
    if text is not None:
        candidates.append(text.get(XML_LANG))
    if header is not None:
        language = header.find(f"{T}profileDesc/{T}langUsage/{T}language")
        if language is not None:
            candidates.append(language.get("ident"))
    for c in candidates:
        if c and LANG_TAG.match(c.strip()):
            return c.strip()
    return "und"


def _source(bibl) -> Source:
    """A bibl as a citation; notes that end it (contents, credits) become extra lines."""
    children = list(bibl)
    trailing: list = []
    for child in reversed(children):
        if local(child) == "note" and not (child.tail or "").strip():
            trailing.insert(0, child)
        else:
            break
    source = Source([])
    if _element_only(bibl):          # a structured bibl: its parts need separators
        for child in children:
            if child not in trailing and isinstance(child.tag, str) and text_of(child).strip():
                if source.citation:
                    source.citation.append(Segment("text", ", "))
                _segments(child, source.citation, set())
    else:
        _segments(bibl, source.citation, set(trailing), top=True)
    _merge(source.citation)
    for note in trailing:
        label = (note.get("type") or "note").replace("-", " ").capitalize()
        source.extra.append((label, clean(text_of(note))))
    return source


def _element_only(el) -> bool:
    return not (el.text or "").strip() and not any((c.tail or "").strip() for c in el)


def _segments(el, out: list[Segment], skip: set, top: bool = False) -> None:
    if not top:
        name = local(el)
        if name == "title":
            kind = "title-a" if el.get("level") in ("a", "u") else "title"
            out.append(Segment(kind, clean(text_of(el))))
            return
        if name == "ref" or (name == "idno" and safe_href(text_of(el))):
            text = clean(text_of(el))
            href = safe_href(el.get("target")) or safe_href(text)
            out.append(Segment("link" if href else "text", text or (href or ""), href))
            return
    if el.text:
        out.append(Segment("text", el.text))
    for child in el:
        if child in skip:
            continue
        if isinstance(child.tag, str):
            _segments(child, out, skip)
        if child.tail:
            out.append(Segment("text", child.tail))


def _merge(segments: list[Segment]) -> None:
    """Join neighbouring text segments and normalise their white space."""
    merged: list[Segment] = []
    for seg in segments:
        if seg.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1].text += seg.text
        else:
            merged.append(seg)
    for seg in merged:
        seg.text = re.sub(r"\s+", " ", seg.text)
    if merged:
        merged[0].text = merged[0].text.lstrip()
        merged[-1].text = merged[-1].text.rstrip()
    segments[:] = [s for s in merged if s.text or s.href]


def citation_text(source: Source) -> str:
    """A citation as plain text; a link whose text is not its URL gets the URL after it."""
    parts = []
    for seg in source.citation:
        if seg.kind == "link" and seg.href and seg.text != seg.href:
            parts.append(f"{seg.text} <{seg.href}>")
        else:
            parts.append(seg.text)
    return clean("".join(parts))

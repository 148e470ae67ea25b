"""What every writer needs to know about a parsed master before it writes a word.

:func:`prepare` adds private ``tk:*`` attributes (namespace :data:`teikit.signs.TK_NS`) to
the parsed tree, so the writers (the HTML XSLT and the text writer) only read them:

* the editorial signs of the view (:func:`teikit.signs.annotate`);
* notes: which are numbered (``tk:seq``, ``tk:label``, ``tk:id``), and which element lists
  them at its end (``tk:notes`` on a document ``div``, or on ``text``);
* paragraphs numbered for citation within their document (``tk:pn``);
* output ids of paragraphs and notes (``tk:id``; the XSLT gives every other element with
  an ``xml:id`` the id $prefix + xml:id), prefixed when several masters share one page;
* where a block must be a span, or a paragraph a div, for valid HTML (``tk:tag``);
* links: ``tk:href`` only for http(s) and mailto URLs and for ``#fragments`` that resolve
  in the page. Nothing else from a master ever becomes a link.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..signs import View, annotate, tk
from ..tei import TEI_NS, XML_ID

T = f"{{{TEI_NS}}}"
TK_ID, TK_SEQ, TK_LABEL, TK_REF, TK_NOTES, TK_OWNER, TK_PN, TK_HREF, TK_TAG = (
    tk(n) for n in ("id", "seq", "label", "ref", "notes", "owner", "pn", "href", "tag"))
UNSAFE_URL = re.compile(r"[\s\x00-\x1f\x7f]")
# Elements whose HTML is running text (p, span, h*): a block inside one must be a span.
PHRASING = frozenset(T + n for n in (
    "p", "head", "ab", "l", "speaker", "stage", "dateline", "signed", "salute", "byline",
    "docDate", "docImprint", "titlePart", "trailer", "seg", "hi", "emph", "title", "q",
    "said", "persName", "placeName", "name", "orgName", "date", "time", "ref", "term",
    "gloss", "foreign", "label"))
# Elements the HTML writer makes blocks of (p, div, ul, table, blockquote) when they
# stand between blocks.
BLOCKISH = tuple(T + n for n in (
    "p", "ab", "l", "lg", "list", "table", "div", "sp", "head", "quote", "q", "said",
    "floatingText", "opener", "closer", "postscript", "dateline", "signed", "salute",
    "speaker", "stage",
    "seg", "byline", "docDate", "docImprint", "titlePart", "trailer", "castList",
    "castGroup", "castItem", "titlePage", "docTitle", "argument", "epigraph", "u", "note"))
NS = {"t": TEI_NS}
XML_IDS = etree.XPath("//@xml:id", smart_strings=False)
# Blocks that turn a paragraph holding them into a div; the other BLOCKISH elements (a
# stage direction, a date line) are running text inside a paragraph.
STRUCTURAL = {T + n for n in ("p", "ab", "lg", "list", "table", "div", "sp", "floatingText",
                               "opener", "closer", "postscript", "castList", "titlePage",
                               "u")}
CAN_BE_DIV = {T + n for n in ("p", "ab", "l", "speaker", "stage", "dateline", "signed",
                               "salute", "byline", "docDate", "docImprint", "titlePart",
                               "trailer", "seg")}
# Containers in which a <note> is a block of its own rather than anchored in running text.
BLOCK_PARENTS = {T + n for n in ("div", "body", "front", "back", "sp", "text", "list",
                                  "listBibl", "castList", "u", "lg", "floatingText", "group")}


@dataclass
class Prepared:
    """A master ready for the writers."""

    root: object                      # the TEI element (annotated in place)
    view: View
    prefix: str = ""
    notes: list = field(default_factory=list)     # numbered notes in text order
    counts: dict = field(default_factory=dict)    # numbered notes per owner


def prepare(root, view: View, prefix: str = "") -> Prepared:
    """Annotate *root* (a parsed TEI element) for the writers; ids start with *prefix*."""
    annotate(root, view)
    ids = _ids(root, prefix)
    prepared = Prepared(root, view, prefix)
    texts = texts_of(root)
    sections = [s for text in texts for s in _sections(text)]
    for text in texts:
        _number_notes(text, sections, prefix, prepared)
        _links(text, ids, prepared)
        _phrasing_context(text)
    _number_paragraphs(sections, prefix)
    return prepared


def texts_of(root) -> list:
    """The <text> of a TEI document, or the texts of every TEI document in a teiCorpus."""
    if root.tag == f"{T}TEI":
        text = root.find(f"{T}text")
        return [] if text is None else [text]
    if root.tag == f"{T}text":
        return [root]
    return list(root.iterfind(f".//{T}TEI/{T}text"))


def is_numbered_note(note) -> bool:
    """A note that gets a number and a marker (not one printed where it stands)."""
    place = (note.get("place") or "").strip()
    if place == "inline" or (note.get("rend") or "") == "inline":
        return False
    if place in ("foot", "end", "bottom"):      # said to be a footnote, wherever it stands
        return True
    parent = note.getparent()
    return parent is not None and parent.tag not in BLOCK_PARENTS


def safe_href(value: str | None) -> str | None:
    """The URL as a link target, or None: only http(s) and mailto, no spaces or controls."""
    if not value:
        return None
    url = value.strip()
    if not url or UNSAFE_URL.search(url):
        return None
    low = url.lower()
    if low.startswith(("http://", "https://")) and len(url) > len("https://"):
        return url
    if low.startswith("mailto:") and "@" in url:
        return url
    return None


def _ids(root, prefix: str) -> dict[str, str]:
    """xml:id -> output id (the XSLT writes the same: $prefix followed by the xml:id)."""
    return {value.strip(): prefix + value.strip() for value in XML_IDS(root)}


def _phrasing_context(text) -> None:
    """Keep the HTML valid: a paragraph (or dateline, …) that holds a structural block (a
    list, a quoted letter) becomes a ``div`` (``tk:tag="div"``); any other block-like
    element inside running text (a stage direction in a speech) a ``span``
    (``tk:tag="span"``). Parents come before children, so a mark spreads down."""
    for el in text.iter(*BLOCKISH):
        if el.get(TK_SEQ) is not None:             # a numbered note is only a marker
            continue
        parent = el.getparent()
        ptag = parent.tag
        if ptag not in PHRASING:
            continue
        if parent.get(TK_TAG) == "span" or ptag not in CAN_BE_DIV or el.tag not in STRUCTURAL:
            el.set(TK_TAG, "span")
        else:
            parent.set(TK_TAG, "div")


def _sections(text) -> list:
    """The documents of a master: its outermost ``div type="document"``, or the whole text."""
    docs = [d for d in text.iter(f"{T}div") if d.get("type") == "document"
            and not any(a.get("type") == "document" for a in d.iterancestors(f"{T}div"))]
    return docs or [text]


def _owner(el, sections: set, text):
    for anc in el.iterancestors():
        if anc in sections:
            return anc
    return text


def _number_notes(text, sections, prefix, prepared) -> None:
    members = set(sections)
    counts = prepared.counts                      # notes per owner, over all texts
    for note in text.iter(f"{T}note"):
        if not is_numbered_note(note):
            continue
        owner = _owner(note, members, text)
        counts[owner] = counts.get(owner, 0) + 1
        seq = len(prepared.notes) + 1
        label = (note.get("n") or "").strip() or str(counts[owner])
        note.set(TK_SEQ, str(seq))
        note.set(TK_LABEL, label)
        note.set(TK_REF, f"{prefix}fnref:{seq}")
        # the note's own id goes to the note at the end, not to its marker
        xml_id = note.get(XML_ID)
        note.set(TK_ID, prefix + (xml_id.strip() if xml_id else f"fn:{seq}"))
        if owner.get(TK_NOTES) is None:
            owner.set(TK_NOTES, f"{prefix}notes:{len(counts)}")
        note.set(TK_OWNER, owner.get(TK_NOTES))
        prepared.notes.append(note)


def _text_paragraphs(section):
    """The paragraphs of *section* outside notes, in document order. (An XPath with
    not(ancestor::note) takes quadratic time in libxml2 on large documents.)"""
    in_notes = {id(p) for note in section.iter(f"{T}note") for p in note.iter(f"{T}p")}
    return [p for p in section.iter(f"{T}p") if id(p) not in in_notes]


def _number_paragraphs(sections, prefix) -> None:
    """Number the paragraphs of each document for citation (notes' paragraphs aside)."""
    several = len(sections) > 1
    for k, section in enumerate(sections, 1):
        key = ""
        if several:
            key = (section.get(XML_ID) or f"s{k}").strip() + ":"
        for n, p in enumerate(_text_paragraphs(section), 1):
            p.set(TK_PN, str(n))
            xml_id = p.get(XML_ID)
            p.set(TK_ID, prefix + (xml_id.strip() if xml_id else f"{key}p:{n}"))


def _links(text, ids: dict[str, str], prepared: Prepared) -> None:
    """tk:href for every pointer that is safe to follow; tk:label for note pointers."""
    notes_by_id = {n.get(XML_ID): n for n in prepared.notes if n.get(XML_ID)}
    for el in text.iter(f"{T}ref", f"{T}ptr"):
        value = (el.get("target") or "").strip()
        if not value:
            continue
        if value.startswith("#"):
            target = value[1:]
            note = notes_by_id.get(target)
            if note is not None:
                el.set(TK_HREF, "#" + note.get(TK_ID))
                el.set(TK_LABEL, note.get(TK_LABEL))
            elif target in ids:
                el.set(TK_HREF, "#" + ids[target])
            continue
        href = safe_href(value)
        if href:
            el.set(TK_HREF, href)


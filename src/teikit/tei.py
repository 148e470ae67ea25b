"""TEI names, the element builder and the serializer.

Every TEI element teikit writes is built here with lxml's element builder (never by
formatting strings). The one safe XML parser lives in :mod:`teikit.safexml`.
"""
from __future__ import annotations

import io

from lxml import etree
from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def sub(parent, name: str, **attrib: str):
    """A new TEI element *name*, the last child of *parent*: made in the parent's tree,
    which is three times faster than E.name() and an append (an element made alone has a
    document of its own, and its namespace is reconciled when it is moved)."""
    return etree.SubElement(parent, f"{{{TEI_NS}}}{name}", attrib or None)


def tei(name: str) -> str:
    """Clark name of a TEI element: tei('p') -> '{http://www.tei-c.org/ns/1.0}p'."""
    return f"{{{TEI_NS}}}{name}"


def local(el) -> str:
    """Local name of an element ('' for comments and processing instructions)."""
    tag = el.tag
    return local_name(tag) if isinstance(tag, str) else ""


def local_name(tag: str) -> str:
    """'{http://www.tei-c.org/ns/1.0}p' -> 'p'."""
    return tag.rpartition("}")[2]


def text_of(el, limit: int | None = None) -> str:
    """The text of *el*; with *limit*, its first *limit* characters only (taken without
    joining the rest of a long text)."""
    if limit is None:
        return "".join(el.itertext())
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return "".join(parts)[:limit]


# Elements whose content is only other elements in teikit's masters: the serializer indents
# inside them. Mixed content (p, head, note, ...) is never touched, so no space is ever
# added to or removed from the text.
ELEMENT_ONLY = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc",
    "encodingDesc", "appInfo", "application", "editorialDecl", "profileDesc", "abstract",
    "langUsage", "particDesc", "listPerson", "person", "revisionDesc", "text", "front",
    "body", "back", "div", "sp", "list", "listBibl", "availability", "respStmt", "creation",
    "textClass", "quote", "opener", "closer", "castList", "listPrefixDef", "correction",
    "normalization", "segmentation", "interpretation", "hyphenation", "quotation",
    "editionStmt", "notesStmt", "tagsDecl", "namespace", "classDecl", "projectDesc",
    "stdVals", "punctuation", "floatingText", "lg",
}


_element_only: dict = {}    # tag -> is it one of ELEMENT_ONLY (a tree has a few dozen tags)


def _is_element_only(tag) -> bool:
    known = _element_only.get(tag)
    if known is None:
        known = _element_only[tag] = isinstance(tag, str) and local_name(tag) in ELEMENT_ONLY
    return known


def _has_text(el, children: list) -> bool:
    if el.text and el.text.strip():
        return True
    return any(c.tail and c.tail.strip() for c in children)


def indent(el, level: int = 0, step: str = "  ") -> None:
    """Indent element-only containers; leave mixed content exactly as it is."""
    if not _is_element_only(el.tag):
        return
    # (a stack, not recursion: an element's indentation reads only its own text and its
    # children's tails, which no other element's sets)
    pads: list[str] = []
    stack = [(el, level)]
    while stack:
        node, depth = stack.pop()
        children = list(node)      # (each child's proxy made once, for both passes)
        if not children or _has_text(node, children):
            continue
        while len(pads) <= depth + 1:
            pads.append("\n" + step * len(pads))
        pad = pads[depth + 1]
        node.text = pad
        for child in children:
            if _is_element_only(child.tag):   # (the others are left as they are)
                stack.append((child, depth + 1))
            child.tail = pad
        children[-1].tail = pads[depth]


def serialize(root) -> bytes:
    """The master's bytes: UTF-8, XML declaration, indented containers, final newline.
    (Streamed into one buffer: tostring() and the joining held a large master's bytes
    three times over at once.)"""
    indent(root)
    out = io.BytesIO()
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    etree.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=False)
    out.write(b"\n")
    return out.getvalue()


def punctuate(el, sep: str = ", ", end: str = "."):
    """Readable punctuation between the parts of a bibl teikit composes itself (a printed
    citation keeps its own): "Title, June 11, 1944, Archive."."""
    for child in el[:-1]:
        child.tail = sep
    if len(el):
        el[-1].tail = end
    return el

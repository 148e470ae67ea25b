"""What every writer needs to know about a parsed master before it writes a word.

:func:`prepare` adds private ``tk:*`` attributes (namespace :data:`teikit.signs.TK_NS`) to
the parsed tree, so the writers (the HTML XSLT and the text writer) only read them:

* the editorial signs of the view (:func:`teikit.signs.annotate`);
* notes: which are numbered (``tk:seq``, ``tk:label``, ``tk:id``), and which element lists
  them at its end (``tk:notes`` on a document ``div``, or on ``text``);
* paragraphs numbered for citation within their document (``tk:pn``, ``tk:id``);
* output ids for elements with ``xml:id`` (``tk:id``), prefixed when several masters share
  one page;
* links: ``tk:href`` only for http(s) and mailto URLs and for ``#fragments`` that resolve
  in the page. Nothing else from a master ever becomes a link.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..signs import View, annotate, tk
from ..tei import TEI_NS, XML_ID, local

T = f"{{{TEI_NS}}}"
# Containers in which a <note> is a block of its own rather than anchored in running text.
BLOCK_PARENTS = {"div", "body", "front", "back", "sp", "text", "list", "listBibl",
                 "castList", "u", "lg", "floatingText", "group"}
LINK_ATTRS = ("target", "ref", "url")


@dataclass
class Prepared:
    """A master ready for the writers."""

    root: object                      # the TEI element (annotated in place)
    view: View
    prefix: str = ""
    notes: list = field(default_factory=list)     # numbered notes in text order


def prepare(root, view: View, prefix: str = "") -> Prepared:
    """Annotate *root* (a parsed TEI element) for the writers; ids start with *prefix*."""
    annotate(root, view)
    ids = _ids(root, prefix)
    text = root.find(f"{T}text")
    prepared = Prepared(root, view, prefix)
    if text is None:
        return prepared
    sections = _sections(text)
    _number_notes(text, sections, prefix, prepared)
    _number_paragraphs(text, sections, prefix)
    _links(root, ids, prepared)
    return prepared


def is_numbered_note(note) -> bool:
    """A note that gets a number and a marker (not one printed where it stands)."""
    if (note.get("place") or "").strip() == "inline" or (note.get("rend") or "") == "inline":
        return False
    parent = note.getparent()
    return parent is not None and local(parent) not in BLOCK_PARENTS


def safe_href(value: str | None) -> str | None:
    """The URL as a link target, or None: only http(s) and mailto, no spaces or controls."""
    if not value:
        return None
    url = value.strip()
    if not url or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    low = url.lower()
    if low.startswith(("http://", "https://")) and len(url) > len("https://"):
        return url
    if low.startswith("mailto:") and "@" in url:
        return url
    return None


def _ids(root, prefix: str) -> dict[str, str]:
    """xml:id -> output id, for every element of the master that has one."""
    ids = {}
    for el in root.iterfind(".//*[@{http://www.w3.org/XML/1998/namespace}id]"):
        xml_id = el.get(XML_ID).strip()
        out = prefix + xml_id
        ids.setdefault(xml_id, out)
        el.set(tk("id"), out)
    return ids


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
    counts: dict = {}
    for note in text.iter(f"{T}note"):
        if not is_numbered_note(note):
            continue
        owner = _owner(note, members, text)
        counts[owner] = counts.get(owner, 0) + 1
        seq = len(prepared.notes) + 1
        label = (note.get("n") or "").strip() or str(counts[owner])
        note.set(tk("seq"), str(seq))
        note.set(tk("label"), label)
        note.set(tk("ref"), f"{prefix}fnref:{seq}")
        if note.get(tk("id")) is None:
            note.set(tk("id"), f"{prefix}fn:{seq}")
        owner.set(tk("notes"), owner.get(tk("notes")) or f"{prefix}notes:{len(counts)}")
        note.set(tk("owner"), owner.get(tk("notes")))
        prepared.notes.append(note)


def _number_paragraphs(text, sections, prefix) -> None:
    """Number the paragraphs of each document for citation (notes' paragraphs aside)."""
    several = len(sections) > 1
    for k, section in enumerate(sections, 1):
        key = ""
        if several:
            key = (section.get(XML_ID) or f"s{k}").strip() + ":"
        n = 0
        for p in section.iter(f"{T}p"):
            if _in_note(p, section):
                continue
            n += 1
            p.set(tk("pn"), str(n))
            if p.get(tk("id")) is None:
                p.set(tk("id"), f"{prefix}{key}p:{n}")


def _in_note(el, stop) -> bool:
    for anc in el.iterancestors():
        if anc is stop:
            return False
        if anc.tag == f"{T}note":
            return True
    return False


def _links(root, ids: dict[str, str], prepared: Prepared) -> None:
    """tk:href for every pointer that is safe to follow; tk:label for note pointers."""
    notes_by_id = {n.get(XML_ID): n for n in prepared.notes if n.get(XML_ID)}
    for attr in LINK_ATTRS:
        for el in root.iterfind(f".//*[@{attr}]"):
            if not el.tag.startswith(T):
                continue
            value = (el.get(attr) or "").strip()
            if value.startswith("#"):
                target = value[1:]
                note = notes_by_id.get(target)
                if note is not None:
                    el.set(tk("href"), "#" + note.get(tk("id")))
                    el.set(tk("label"), note.get(tk("label")))
                elif target in ids:
                    el.set(tk("href"), "#" + ids[target])
                continue
            href = safe_href(value)
            if href:
                el.set(tk("href"), href)

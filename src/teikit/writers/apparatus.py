"""Critical apparatus (``<app>``, ``<lem>``, ``<rdg>``, ``<rdgGrp>``; parallel
segmentation): the lemma stays in the running text with a marker, and the entry
(``lemma] reading sigla; reading sigla``) is listed at the foot of its document in HTML,
linked both ways, and at the end in text.

Witness sigla come from ``@wit`` (``#gp #fr``): a witness's ``@n`` in the file's
``<listWit>``, otherwise its id. An ``<app>`` without a ``<lem>`` keeps its first reading
in the text.
"""
from __future__ import annotations

import re
from typing import Any

from ..tei import XML_ID
from .document import Owner, T

READINGS = (T + "lem", T + "rdg")
SIGLUM_DROP = re.compile(r"[^\w.\-+*]")
ENTRY_ONLY = {T + "rdg", T + "rdgGrp", T + "lem", T + "note", T + "wit", T + "witDetail"}
OMITTED = "om."


def lemma(app) -> Any | None:
    """The reading the text keeps: the lemma, or the first reading."""
    found = _readings(app)
    return next((r for r in found if r.tag == T + "lem"), found[0] if found else None)


def _readings(app) -> list:
    """The lem and rdg of an entry, directly in it or in its rdgGrp (nowhere else)."""
    out = []
    for child in app:
        if child.tag in READINGS:
            out.append(child)
        elif child.tag == T + "rdgGrp":
            out.extend(_readings(child))
    return out


def running_text(app) -> list[tuple[str, Any]]:
    """What of an entry stands in the running text, in order: ("text", str) for text
    directly in it, ("lemma", el) for the reading the text keeps, ("other", el) for any
    other element (a note, a witness detail); the other readings go to the apparatus."""
    kept = lemma(app)
    out: list[tuple[str, Any]] = []
    _running(app, kept, out)
    return out


def _running(el, kept, out: list) -> None:
    if el.text and el.text.strip():
        out.append(("text", el.text))
    for child in el:
        if child is kept:
            out.append(("lemma", child))
        elif child.tag == T + "rdgGrp" and kept is not None and kept in child.iter():
            _running(child, kept, out)
        elif child.tag not in ENTRY_ONLY and isinstance(child.tag, str):
            out.append(("other", child))
        if child.tail and child.tail.strip():
            out.append(("text", child.tail))


def notes(app) -> list:
    """The notes of an entry (``<note>`` in ``<app>``): printed in the entry."""
    return [n for n in app if n.tag == T + "note"]


def marker(label: str) -> str:
    return f"a{label}"


def readings(app) -> list:
    """Every reading of an entry other than the one the text keeps, in document order
    (readings in an ``rdgGrp`` included; a nested ``app`` is an entry of its own)."""
    kept = lemma(app)
    return [r for r in _readings(app) if r is not kept]


def sigla(doc: Any, el) -> str:
    """The witnesses of a reading, as their sigla: "fr, gp"."""
    names = doc.sigla
    if names is None:
        names = doc.sigla = {}
        for witness in doc.root.iter(T + "witness"):
            key = witness.get(XML_ID)
            if key:
                names[key] = _siglum(witness.get("n") or key)
    wits = [token.lstrip("#") for token in (el.get("wit") or "").split()]
    return " ".join(s for s in (names.get(w) or _siglum(w) for w in wits) if s)


def _siglum(value: str) -> str:
    """A siglum as a short name: letters, digits and . - + * only."""
    return SIGLUM_DROP.sub("", value)


def lemma_text(app) -> str:
    kept = lemma(app)
    return " ".join("".join(kept.itertext()).split()) if kept is not None else ""


def write_html(body: Any, owner: Owner, level: str, start: int = 0) -> int:
    """The apparatus of one document from its *start*-th entry (an entry reached in an
    entry joins the list): numbered entries, each linked to its marker. The lemma is
    repeated as generated text (its words are the running text's). Returns how many
    entries are listed."""
    gen = body.gen
    body.start("section", {"class": "apparatus", "role": "doc-endnotes"})
    body.write("\n")
    gen("Apparatus", "h" + level, "notes-head gen")
    body.write("\n")
    body.start("ol", {"class": "apparatus"})
    body.write("\n")
    k = start
    while k < len(owner.apparatus):
        entry = owner.apparatus[k]
        k += 1
        body.start("li", {"class": "app-entry", "id": entry.id})
        gen(marker(entry.label), "a", "app-back gen", href="#" + entry.ref)
        body.write(" ")
        gen(lemma_text(entry.el) + "]", cls="lem-copy gen")
        kept = lemma(entry.el)
        if kept is not None and sigla(body.doc, kept):
            gen(" " + sigla(body.doc, kept), cls="wit gen")
        for n, reading in enumerate(readings(entry.el)):
            gen("; " if n else " ")
            body.doc.in_note += 1
            body.start("span", body.attrs(reading, "rdg"))
            if "".join(reading.itertext()).strip():
                body.children(reading, 2)
            else:
                gen(OMITTED, "i", "om gen")
            body.end("span")
            body.doc.in_note -= 1
            wit = sigla(body.doc, reading)
            if wit:
                gen(" " + wit, cls="wit gen")
        for note in notes(entry.el):
            gen(" — ")
            body.start("span", {"class": "app-note"})
            body.children(note, 2)
            body.end("span")
        body.end("li")
        body.write("\n")
    body.end("ol")
    body.write("\n")
    body.end("section")
    body.write("\n")
    return k

"""Ordered passes over a reader's TEI body: readers don't number or link, these do.

1. ``link_notes``     note ids (n1, n2 …) and pointers for repeated markers
2. ``link_pages``     page-break ids (pg_97)
3. ``link_speakers``  one person per speaker label; every sp/@who points to it

``attach_page_images`` runs first when the source format gives page images (an edition's
page-image links): each <pb/> gets the image of its page in @facs.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml import etree

from .tei import XML_ID, E, tei, text_of


@dataclass(frozen=True)
class Speaker:
    ident: str
    label: str        # as printed
    affiliation: str | None = None   # as printed after the label: "(Birmingham, Erdington) (Lab)"


def make_id(text: str, taken: set[str], prefix: str = "") -> str:
    """A readable, unique xml:id: 'Secretary McNamara' -> 'secretary-mcnamara'."""
    # accents dropped (Müller -> muller); letters of other scripts kept (李明 stays 李明)
    # digits of any script as ASCII digits: an XML name (libxml2's rules) takes no Khmer
    # or Myanmar digit ('n១' is refused), and note 1 is n1 in every script
    plain = "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch
                    for ch in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(ch))
    base = re.sub(r"[\W_]+", "-", plain.casefold()).strip("-") or "id"
    base = prefix + base
    if not base[0].isalpha():          # an XML name starts with a letter
        base = "x" + base
    ident, k = base, 2
    while ident in taken:
        ident, k = f"{base}-{k}", k + 1
    taken.add(ident)
    return ident


SYMBOL_NAMES = {"*": "star", "†": "dagger", "‡": "ddagger", "§": "section"}   # note ids


def link_notes(body, taken: set[str]) -> None:
    ids: dict[str, str] = {}
    for note in body.iter(tei("note")):
        n = note.get("n")
        if n and note.get("place") == "foot" and note.get(XML_ID) is None:
            ident = make_id("".join(SYMBOL_NAMES.get(ch, ch) for ch in n), taken, "n")
            note.set(XML_ID, ident)
            ids.setdefault(n, ident)
    for ptr in body.iter(tei("ptr")):
        if ptr.get("type") == "noteAnchor" and ptr.get("n") in ids:
            ptr.set("target", "#" + ids[ptr.get("n")])


def link_pages(body, taken: set[str]) -> None:
    for pb in body.iter(tei("pb")):
        if pb.get("n") and pb.get(XML_ID) is None:
            pb.set(XML_ID, make_id(pb.get("n"), taken, "pg_").replace("pg-", "pg_"))


def link_speakers(body, taken: set[str], names: dict[str, str] | None = None,
                  persons: dict | None = None) -> list[Speaker]:
    """*names*: a label as printed -> the name it is a person's by ("Mr. X (Elk Island,
    Ref.)" -> "Mr. X"), for labels that print more than the name. *persons*: a turn -> the
    person it is (an examination's "Q." the examiner's: readers.examinations)."""
    speakers: dict[str, Speaker] = {}
    who_of: dict[str, str] = {}                 # a label's printed text -> its @who
    speaker_tag = tei("speaker")
    turns = []
    for sp in body.iter(tei("sp")):
        speaker = sp.find(speaker_tag)          # its first <speaker> child
        if speaker is not None:
            turns.append((sp, text_of(speaker) if len(speaker) else speaker.text or ""))
    joint = _joint_labels({printed for _, printed in turns}, set(names or {}))

    def who_for(printed: str) -> str:
        who = who_of.get(printed)
        if who is None:                         # (a transcript prints few labels, often)
            label = " ".join((names or {}).get(printed, printed).split())
            key = label.casefold()
            if key not in speakers:
                speakers[key] = Speaker(make_id(label, taken), label)
            who = who_of[printed] = "#" + speakers[key].ident
        return who

    for sp, printed in turns:                   # "WH and IS": both speak, each by the
        if persons and sp in persons:
            sp.set("who", who_for(persons[sp]))
            continue
        sp.set("who", " ".join(who_for(part) for part in joint[printed])   # label of their
               if printed in joint else who_for(printed))                  # own turns
    return list(speakers.values())


JOINT = re.compile(r"\s*(?:,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


def _joint_labels(labels: set[str], keyed: set[str]) -> dict[str, list[str]]:
    """Labels made of two labels or more of the same text's own turns (or of its key of
    those present, *keyed*), joined by "and", ",", "/" or "&" ("WH and IS", "WH, DH",
    "AWB/BN"): a turn the speakers share."""
    joint: dict[str, list[str]] = {}
    known = labels | keyed
    for label in labels:
        parts = [p for p in JOINT.split(label) if p]
        if len(parts) >= 2 and len(set(parts)) == len(parts) \
                and all(p in known and p != label for p in parts):
            joint[label] = parts
    return joint


def attach_page_images(body, images: list[str]) -> bool:
    """The format's page breaks in order, each with its image or '': when the text has as
    many <pb/>s as the format marked (no page break was added or merged), each gets its
    image in @facs. False when they cannot be matched one to one (nothing is set)."""
    if not any(images):
        return True
    pbs = list(body.iter(tei("pb")))
    if len(pbs) != len(images):
        return False
    for pb, image in zip(pbs, images, strict=True):
        if image:
            pb.set("facs", image)
    return True


def run(body, names: dict[str, str] | None = None,
        persons: dict | None = None) -> list[Speaker]:
    """All passes in order; returns the speakers for the header (*names*, *persons*: see
    link_speakers)."""
    taken = {ident for ident in _IDS(body) if ident}
    link_notes(body, taken)
    link_pages(body, taken)
    return link_speakers(body, taken, names, persons)


# every xml:id in a tree (libxml2 finds them: a walk over every element in Python was slow)
_IDS = etree.XPath("descendant-or-self::*/@xml:id", smart_strings=False)


# the divisions a reader sets before the document's as matter before the text
FRONT_TYPES = {"preface", "introduction"}


def front_and_body(body) -> list:
    """The text's parts: the body, after the matter before the text (a preface, an
    introduction) that a reader puts as the body's first division of a type of FRONT_TYPES
    (readers.document._front_matter); that division is the text's <front>."""
    first = body[0] if len(body) > 1 else None
    if first is not None and first.tag == tei("div") and first.get("type") in FRONT_TYPES:
        return [E.front(first), body]
    return [body]

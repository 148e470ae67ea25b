"""Spoken and debate TEI (Parla-CLARIN, ParlaMint, transcripts): who speaks a turn.

A ``<u who="#id">`` shows its speaker: the name of the person the file lists with that id
(``<person xml:id><persName>``), otherwise the id itself; and the roles its ``@ana`` gives
(``#chair``), named by the file's ``<category><catDesc>`` where it has one. ``#regular``,
ParlaMint's role of every ordinary speech, is not shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..tei import XML_ID
from .document import T

UNSHOWN_ROLES = {"regular"}


@dataclass(frozen=True)
class Label:
    name: str
    roles: str = ""


def _words(el) -> str:
    return " ".join(" ".join(part.split()) for part in el.itertext() if part.strip())


def _names(root) -> dict[str, str]:
    """id -> the name a reader knows: a person's persName, or a category's description."""
    names: dict[str, str] = {}
    for person in root.iter(T + "person", T + "org"):
        key = person.get(XML_ID)
        name = person.find(f"{T}persName")
        if name is None:
            name = person.find(f"{T}orgName")
        if key and name is not None and _words(name):
            names.setdefault(key, _words(name))
    for category in root.iter(T + "category"):
        key = category.get(XML_ID)
        desc = category.find(f"{T}catDesc/{T}term")
        if desc is None:
            desc = category.find(f"{T}catDesc")
        if key and desc is not None and _words(desc):
            names.setdefault(key, _words(desc))
    return names


def _ids(value: str | None) -> list[str]:
    return [token.lstrip("#") for token in (value or "").split() if token.lstrip("#")]


def speaker_label(doc: Any, u) -> Label | None:
    """The label of a turn (None when it names no speaker)."""
    who = _ids(u.get("who"))
    if not who:
        return None
    names = doc.speaker_names
    if names is None:
        names = doc.speaker_names = _names(doc.root)
    roles = [names.get(r, r) for r in _ids(u.get("ana")) if r not in UNSHOWN_ROLES]
    return Label(", ".join(names.get(w, w) for w in who), ", ".join(roles))

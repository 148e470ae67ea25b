"""What both writers work out about one master while they walk it, in the same pass that
writes the output: which notes are numbered and where they are listed, paragraph numbers
for citation, the page's ids and which links are safe to follow.

Nothing is written into the master's tree. The writers read a fixed set of TEI attributes
(``n``, ``type``, ``rend``, ``place``, ``target``, ``xml:id``, ``xml:lang``, ``wit``,
``who``, …) only as text, as a class name cleaned of anything but a name, or as a link
that :func:`safe_href` or the page's ids accept; any other attribute, in any namespace,
is never read, so no attribute of a master can steer a writer.

Ids: a master's ``xml:id`` is kept on the page only when it is a name without a colon
(an NCName) and the first of its value; every id a writer makes has a colon (``fn:3``,
``p:12``, ``app:2``), so a master cannot forge one, and no id occurs twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..tei import TEI_NS, XML_ID

T = f"{{{TEI_NS}}}"
UNSAFE_URL = re.compile(r"[\s\x00-\x1f\x7f]")
# an NCName without a colon: what a master's id must be to be kept on the page
ID_NAME = re.compile(r"[^\W\d][\w.\-\u00b7\u0300-\u036f\u203f\u2040]*")
CLASS_DROP = str.maketrans(dict.fromkeys("#\"<>&=`'\\"))
# Containers in which a <note> is a block of its own rather than anchored in running text.
BLOCK_PARENTS = {T + n for n in ("div", "body", "front", "back", "sp", "text", "list",
                                  "listBibl", "castList", "u", "lg", "floatingText", "group")}

# Label-like and block-like elements that the TEI may set with no space between them: the
# writer adds the separator a reader needs (never two tokens glued).
SEPARATED = {T + n: " " for n in ("role", "label", "item", "cell", "note", "speaker", "stage",
                                   "incident", "kinesic", "vocal", "castItem", "l", "ab")}
SEPARATED[T + "roleDesc"] = ", "


def texts_of(root) -> list:
    """The <text> of a TEI document, or of every TEI document in a teiCorpus at any depth."""
    if root.tag == f"{T}TEI":
        text = root.find(f"{T}text")
        return [] if text is None else [text]
    if root.tag == f"{T}text":
        return [root]
    return list(root.iterfind(f".//{T}TEI/{T}text"))


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


def class_token(value: str | None) -> str:
    """An attribute value as one class name: spaces to hyphens, markup characters gone."""
    return "-".join((value or "").split()).translate(CLASS_DROP)


def is_numbered_note(note) -> bool:
    """A note that gets a number and a marker (not one printed where it stands)."""
    place = (note.get("place") or "").strip()
    if place == "inline" or (note.get("rend") or "") == "inline":
        return False
    if place in ("foot", "end", "bottom"):      # said to be a footnote, wherever it stands
        return True
    parent = note.getparent()
    return parent is not None and parent.tag not in BLOCK_PARENTS


@dataclass
class Numbered:
    """A numbered note (or apparatus entry) and its ids on the page."""

    el: Any
    seq: int
    label: str
    id: str             # of the note at the end
    ref: str            # of its marker in the text


@dataclass
class Owner:
    """A document (outermost ``div type="document"``, or a whole text) whose notes and
    apparatus entries are listed at its end."""

    el: Any
    notes: list[Numbered] = field(default_factory=list)
    apparatus: list[Numbered] = field(default_factory=list)
    paragraphs: int = 0
    key: str = ""            # before paragraph ids when a page holds several documents
    notes_id: str = ""
    numbers_paragraphs: bool = True     # not a text whose documents are its divs
    parent: Owner | None = None


class Document:
    """The per-master state of one writer's pass (see the module's docstring)."""

    def __init__(self, root, prefix: str = "") -> None:
        self.root = root
        self.prefix = prefix
        self.texts = texts_of(root)
        self.page_ids: dict[str, str] = {}     # xml:id -> id on the page, as they come
        self.notes_by_id: dict[str, Numbered] = {}
        self.several = len(self.texts) > 1 or _documents(root) > 1
        self.owners: list[Owner] = []
        self.owner: Owner | None = None
        self.note_seq = 0
        self.app_seq = 0
        self.in_note = 0
        self._labels: dict[str, str] | None = None
        # made on first use by teikit.writers.spoken and .apparatus (declared here: a
        # compiled Document takes no attribute it does not declare)
        self.speaker_names: dict[str, str] | None = None
        self.sigla: dict[str, str] | None = None

    # ------------------------------------------------------------------ ids, links

    def claim(self, el) -> str | None:
        """The page id of *el*'s xml:id, the first time it is asked for; else None."""
        value = el.get(XML_ID)
        if value is None or value in self.page_ids:
            return None
        if not (value.isascii() and value.isidentifier()) and not ID_NAME.fullmatch(value):
            return None                   # (an ASCII identifier is such a name: no search)
        page_id = self.page_ids[value] = self.prefix + value
        return page_id

    def anchor(self, target: str | None) -> str | None:
        """``#id`` of an element the page has, for a pointer ``#xml-id`` (ask once the
        whole text is written: a pointer may come before its target)."""
        value = (target or "").strip()
        page_id = self.page_ids.get(value[1:]) if value.startswith("#") else None
        return "#" + page_id if page_id else None

    def note_label(self, target: str | None) -> str | None:
        """The label of the numbered note a ``#target`` points to (None if it is not one);
        the notes are numbered in a quick pass of their own, the first time it is asked."""
        value = (target or "").strip()
        if not value.startswith("#"):
            return None
        if self._labels is None:
            self._labels = _note_labels(self.texts)
        return self._labels.get(value[1:])

    # ------------------------------------------------------------------ owners

    def enter(self, el) -> Owner | None:
        """A text, or an outermost document div: it owns the notes inside it."""
        if el.tag == T + "div":
            if el.get("type") != "document" or (self.owner is not None
                                                 and self.owner.el.tag == T + "div"):
                return None
        owner = Owner(el, parent=self.owner)
        if el.tag != T + "div":
            owner.numbers_paragraphs = not any(
                d.get("type") == "document" for d in el.iter(T + "div"))
        k = len(self.owners) + 1
        if self.several:
            value = el.get(XML_ID)
            own = (el.tag == T + "div" and value and ID_NAME.fullmatch(value)
                   and value not in self.page_ids)
            owner.key = f"{value}:" if own else f"s:{k}:"
        self.owners.append(owner)
        self.owner = owner
        return owner

    def leave(self, owner: Owner | None) -> None:
        if owner is not None:
            self.owner = owner.parent

    def paragraph_id(self, p, has_id: bool = True) -> tuple[str, int] | None:
        """A paragraph of the text (not of a note): its page id and number (*has_id*
        False: the caller knows it has no xml:id)."""
        owner = self.owner
        if self.in_note or owner is None or not owner.numbers_paragraphs:
            return None
        owner.paragraphs += 1
        n = owner.paragraphs
        return (has_id and self.claim(p)) or f"{self.prefix}{owner.key}p:{n}", n

    def number_note(self, note) -> Numbered:
        owner = self._current()
        self.note_seq += 1
        seq = self.note_seq
        label = (note.get("n") or "").strip() or str(len(owner.notes) + 1)
        numbered = Numbered(note, seq, label, self.claim(note) or f"{self.prefix}fn:{seq}",
                            f"{self.prefix}fnref:{seq}")
        value = note.get(XML_ID)
        if value:
            self.notes_by_id.setdefault(value, numbered)
        if not owner.notes:
            owner.notes_id = f"{self.prefix}notes:{seq}"
        owner.notes.append(numbered)
        return numbered

    def number_app(self, app) -> Numbered:
        owner = self._current()
        self.app_seq += 1
        seq = self.app_seq
        label = str(len(owner.apparatus) + 1)
        numbered = Numbered(app, seq, label, self.claim(app) or f"{self.prefix}app:{seq}",
                            f"{self.prefix}appref:{seq}")
        owner.apparatus.append(numbered)
        return numbered

    def _current(self) -> Owner:
        if self.owner is None:                   # a note outside any text (a bare root)
            self.enter(self.root)
        assert self.owner is not None
        return self.owner


def _documents(root) -> int:
    """How many outermost ``div type="document"`` the master has (up to 2: one or more)."""
    count = 0
    for div in root.iter(T + "div"):
        if div.get("type") == "document" and not any(
                a.get("type") == "document" for a in div.iterancestors(T + "div")):
            count += 1
            if count > 1:
                break
    return count


def _note_labels(texts) -> dict[str, str]:
    """xml:id -> label of every numbered note (for pointers to a note not yet reached);
    the same numbering as :meth:`Document.number_note`."""
    labels: dict[str, str] = {}
    counts: dict[Any, int] = {}
    for text in texts:
        for note in text.iter(T + "note"):
            if not is_numbered_note(note):
                continue
            owner = next((d for d in note.iterancestors(T + "div")
                          if d.get("type") == "document"
                          and not any(a.get("type") == "document"
                                      for a in d.iterancestors(T + "div"))), text)
            counts[owner] = counts.get(owner, 0) + 1
            value = note.get(XML_ID)
            if value:
                labels.setdefault(value, (note.get("n") or "").strip() or str(counts[owner]))
    return labels


def glued_before(el) -> bool:
    """Whether *el* follows a word or another element with no space between (a numbered
    note's marker belongs where it stands)."""
    if el.tag == T + "note" and is_numbered_note(el):
        return False
    prev = el.getprevious()
    if prev is not None:
        tail = prev.tail
        if tail is None:
            return prev.tag.__class__ is str and prev.tag not in NO_TOKEN
        return bool(tail) and not tail[-1].isspace()
    text = el.getparent().text
    return bool(text) and not text[-1].isspace()


NO_TOKEN = {T + n for n in ("lb", "pb", "cb", "milestone", "anchor", "head", "speaker")}

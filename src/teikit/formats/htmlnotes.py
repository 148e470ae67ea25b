"""Footnotes linked inside a saved web page: the marker (a link to an element of the same
page) becomes ``[n]``, the note's text goes to the note list and is not read again where it
stands. Forms: a link to the note itself (``<li id="fn1">``), and a link to an empty anchor
whose next paragraph links back to the marker (Project Gutenberg's ``[92]`` …
``92 (return) [ note ]``)."""
from __future__ import annotations

import copy
import re

from .htmllinks import link_share

NOTE_LABEL = re.compile(r"^\s*[\[(]?\s*(?:\d{1,4}|[*†‡§a-z])\s*[\])]?\s*$")


def _note_type(el) -> str:
    for key, value in el.attrib.items():
        if key.endswith("type") or key == "role" or key == "class":
            low = value.casefold()
            if "noteref" in low or "footnote-ref" in low or "fnref" in low:
                return "ref"
            if "footnote" in low or "endnote" in low or low.startswith("fn"):
                return "note"
    return ""


def _tab_panel(a, target) -> bool:
    """A tab or accordion of a page, not a note: the link opens by script (onclick) a
    target whose words are mostly link words, or a target of two links or more that holds
    nothing else (a year's "66" over the list of its months)."""
    words, link_words, links = link_share(target)
    if not links or link_words < 0.8 * words:
        return False
    return bool(a.get("onclick")) or links >= 2


class Footnotes:
    """Links to notes in the same page: the marker becomes [n], the note's text goes to
    the note list, and the note is not read again where it stands."""

    def __init__(self, root, main):
        self.by_id = {el.get("name"): el for el in root.iter("a") if el.get("name")}
        self.by_id.update({el.get("id"): el for el in root.iter() if isinstance(el.tag, str)
                           and el.get("id")})
        self.numbers: dict[str, int] = {}
        self.listed: list[tuple[int, int, str]] = []
        self.taken: set = set()

    def marker(self, a, probe: bool = False) -> str | None:
        """'[n]' for a link to a footnote in this page; None for any other link. *probe*:
        only say whether it is one."""
        href = a.get("href") or self._scripted(a)
        label = a.text_content()
        if not href.startswith("#") or not (NOTE_LABEL.match(label) or _note_type(a) == "ref"):
            return None
        target = self.by_id.get(href[1:])
        if target is None or any(anc is target for anc in a.iterancestors()):
            return None
        if _tab_panel(a, target):
            return None
        back = {f"#{a.get(k)}" for k in ("id", "name") if a.get(k)}
        note = _note_of(target, back)
        if note is None:
            return None
        if probe:
            return "[?]"
        key = href[1:]
        if key not in self.numbers:
            printed = label.strip().strip("[]()").strip()
            n = int(printed) if printed.isdecimal() and len(printed) <= 4 else 0
            if not n or n in self.numbers.values():
                n = max(self.numbers.values(), default=0) + 1
            self.numbers[key] = n
            text = _note_text(note, back)
            self.listed.append((n, note.sourceline or 1, text))
            self.taken.update({target, note})
            if note is not target:          # the empty anchor's paragraph before the note
                holder = target.getparent()
                if holder is not None and holder is not note and not " ".join(
                        holder.text_content().split()):
                    self.taken.add(holder)
        return f"[{self.numbers[key]}]"


    def _scripted(self, a) -> str:
        """'#id' of the note that a link without an address opens by script (the Mark
        Twain Project's <a id="text_note10" onclick="selectNote('note10');">10</a>; data-note,
        aria-describedby), when that element is in the page; else ''."""
        for key in ("onclick", "data-note", "data-target", "data-footnote", "data-ref",
                    "aria-describedby", "aria-controls"):
            value = a.get(key) or ""
            quoted = re.findall(r"['\"]#?([\w:.-]+)['\"]", value) if key == "onclick" \
                else [value.strip().lstrip("#")]
            for ident in quoted:
                target = self.by_id.get(ident)
                if target is not None and target is not a:
                    return f"#{ident}"
        return ""

    def inline(self, el) -> str | None:
        """'[n]' for a note an edition sets inside the sentence it explains, in an element
        whose class says so (a family's transcription: "bosker*<span class="fn">bosker,
        Australian slang meaning …</span> parcel"); its words go to the note list. None
        for a note that a link points to (read at its link) or a marker's number."""
        if el in self.taken or _note_type(el) != "note":
            return None
        text = _note_text(el)
        if len(text.split()) < 2 or NOTE_LABEL.match(text):
            return None
        ident = el.get("id")
        if ident and ident in self.by_id and ident in self.numbers:
            return None
        n = max(self.numbers.values(), default=0) + 1
        self.numbers[f"inline-{n}"] = n
        self.listed.append((n, el.sourceline or 1, text))
        self.taken.add(el)
        return f"[{n}]"


    def tooltip(self, el, text: str) -> str:
        """'[n]' for the note an element shows on hover (html.tooltip_text): its words go
        to the note list."""
        n = max(self.numbers.values(), default=0) + 1
        self.numbers[f"tooltip-{n}"] = n
        self.listed.append((n, el.sourceline or 1, text))
        return f"[{n}]"

    def lemmata(self, main, skip) -> bool:
        """An edition's commentary keyed by lemma after the text, as printed and digital
        editions set it ("<p><span class="lemma">Tag.] </span><span>Anspielung auf
        …</span></p>", "Mädel] Die Unterstreichungen …" in a block whose class names a
        commentary or an apparatus): each entry is a note, its marker after the first
        place in the text before that reads its lemma; an entry whose lemma is not found
        (or empty: "] Beigelegter Brief …") is a note of the text with no marker, its lemma
        kept. *skip*: the elements left out of the text."""
        entries = []
        for lemma in main.iter():
            if not isinstance(lemma.tag, str) or "lemma" not in _class_words(lemma):
                continue
            entry = lemma.getparent()
            if entry is None or entry in self.taken or \
                    not " ".join(lemma.text_content().split()).endswith("]"):
                continue
            entries.append((entry, " ".join(lemma.text_content().split())[:-1].strip()))
        for box in main.iter():
            if not isinstance(box.tag, str) or not APPARATUS.search(" ".join(_class_words(box))):
                continue
            for entry in box:
                if not isinstance(entry.tag, str) or any(e is entry for e, _ in entries):
                    continue
                m = LEMMA_ENTRY.match(" ".join(entry.text_content().split()))
                if m:
                    entries.append((entry, m.group("lemma").strip()))
        if not entries:
            return False
        first = entries[0][0]
        before = []                            # the text's nodes before the commentary
        for node in main.iter():
            if node is first or any(a is first for a in node.iterancestors()):
                break
            if isinstance(node.tag, str) and node.tag not in NOT_TEXT and not any(
                    a in skip for a in (node, *node.iterancestors())):
                before.append(node)
        for entry, lemma in entries:
            text = _note_text(entry)
            found = text.find("]")
            comment = text[found + 1:].strip() if found >= 0 else text
            n = max(self.numbers.values(), default=0) + 1
            self.numbers[f"lemma-{n}"] = n
            anchored = bool(lemma) and _anchor(before, lemma, f"[{n}]")
            self.listed.append((n, entry.sourceline or 1, comment if anchored else
                                f"{lemma}] {comment}" if lemma else comment))
            self.taken.add(entry)
        return True


# a commentary's or an apparatus's block ("kommentarhang", "commentary", "apparatus")
APPARATUS = re.compile(r"(?i)kommentar|comment|apparat|lemmat")
# an entry of one: the lemma and its bracket, then the note ("Tag.] Anspielung auf …")
LEMMA_ENTRY = re.compile(r"^(?P<lemma>[^\[\]]{0,80})\]\s+(?P<text>\S.*)$", re.S)


def _class_words(el) -> list[str]:
    return (el.get("class") or "").casefold().replace("-", " ").replace("_", " ").split()


def _anchor(nodes: list, lemma: str, marker: str) -> bool:
    """Put *marker* after the first place in *nodes*' text (an element's text or tail)
    that reads *lemma* as whole words ("Tag." in "… auf einen Tag. Hurrah!"); then
    without its last sign ("Mädel" for "Mädel,"). False where it is nowhere."""
    for wanted in dict.fromkeys((lemma, lemma.rstrip(".,;:!?"))):
        if not wanted:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(wanted).replace(r"\ ", r"\s+")
                             + (r"(?!\w)" if wanted[-1:].isalnum() else ""))
        for node in nodes:
            for attr in ("text", "tail"):
                value = getattr(node, attr)
                m = pattern.search(value or "")
                if m:
                    setattr(node, attr, value[:m.end()] + marker + value[m.end():])
                    return True
    return False


def _note_of(target, back: set[str]):
    """The element that holds a note's text: the link's target, or, when that is an empty
    anchor (Project Gutenberg's <a name="linknote-92"></a>), the element after the anchor's
    paragraph that links back to the marker ("92 (return) [ In the Bay of Naples.]")."""
    if " ".join(target.text_content().split()):
        return target
    block = target.getparent()
    if block is not None and block.getparent() is not None and " ".join(
            block.text_content().split()) and any(
            (a.get("href") or "") in back for a in block.iter("a")) and not any(
            f"#{x.get(k)}" in back for x in block.iter() if isinstance(x.tag, str)
            for k in ("id", "name") if x.get(k)):
        # the anchor opens the note's own block, which ends with the link back (an XSLT
        # edition's <div class="note"><a name="note1"/>1. text<a href="#nr1">back</a>
        # </div>): the note is that block, not the link after the anchor
        return block
    holder = target
    while holder.getparent() is not None and not " ".join(
            holder.getparent().text_content().split()):
        holder = holder.getparent()
    following = holder.getnext()
    if following is None or holder.getparent() is None:
        following = target.getnext()
    if following is not None and isinstance(following.tag, str) and any(
            (a.get("href") or "") in back for a in following.iter("a")):
        return following
    return None


NOT_TEXT = ("script", "style", "noscript", "template")


# elements whose edges part words (text_content() runs "AA<br>A" together as "AAA")
APART = {"br", "p", "div", "li", "dd", "dt", "td", "th", "tr", "blockquote", "pre", "hr",
         "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "figure", "figcaption",
         # (and the lists' and tables' own edges: "AA<ul>A" has no <li>, as parsed)
         "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "caption", "address",
         "header", "footer", "aside", "nav", "main", "details", "summary"}


def _text_apart(el) -> str:
    """The element's text, a space at each edge of a line break or a block inside it."""
    parts: list[str] = []
    todo = [(el, False)]              # (node, its children done); comments keep their tails
    while todo:
        x, done = todo.pop()
        named = isinstance(x.tag, str)
        if named and x.tag in APART:
            parts.append(" ")
        if done:
            if x is not el and x.tail:
                parts.append(x.tail)
            continue
        if named and x.text:
            parts.append(x.text)
        todo.append((x, True))
        todo.extend((child, False) for child in reversed(x))
    return "".join(parts)


FOOTNOTE_LABEL = re.compile(r"(?i)\[\s*(?:foot\s?-?note|note)\s+[\w*†‡§]{1,4}\s*[:.]\s*"
                            r"(?P<text>.+?)\s*\]|(?:foot\s?-?note|note)\s+\d{1,4}\s*:\s*"
                            r"(?P<bare>.+)", re.S)


def _note_text(el, back: set[str] | None = None) -> str:
    """A note's words: without its number, its link back to the marker ("↩", "(return)")
    and the brackets an edition sets around a whole note ("[ In the Bay of Naples.]")."""
    unseen = [x for x in el.iter(*NOT_TEXT) if x is not el]
    if unseen or (back and any((a.get("href") or "") in back for a in el.iter("a"))):
        el = copy.deepcopy(el)
        for x in [x for x in el.iter(*NOT_TEXT) if x is not el]:
            x.drop_tree()                        # a script's code is no word of the note
        for a in list(el.iter("a")):
            if back and a is not el and a.getparent() is not None \
                    and (a.get("href") or "") in back:
                a.drop_tree()                    # its tail stays
    text = " ".join(_text_apart(el).split())
    text = re.sub(r"^\s*\^?\s*[↩↑^]\s*|\s*[↩↑]\s*$", "", text)   # the links back to the marker
    unnumbered = re.sub(r"^\s*[\[(]?\d{1,4}[\])]?\.?\s*(?:\(\s*\)\s*)?", "", text)
    text = unnumbered if unnumbered.strip() else text    # a note of a number only keeps it
    text = re.sub(r"^\(\s*\)\s*", "", text)
    # the text edition's label kept in an HTML made from it ("[Footnote 1: On his return
    # …]", PG's early HTML): the note's words without label and brackets
    labelled = FOOTNOTE_LABEL.fullmatch(text)
    if labelled:
        return labelled.group("text") or labelled.group("bare")
    whole = re.fullmatch(r"\[\s*([^\[\]]+?)\s*\]", text)
    return whole.group(1) if whole else text

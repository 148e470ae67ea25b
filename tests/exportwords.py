"""The words of a master and of its exports, for the "no word lost" tests.

Written apart from the writers (no teikit code is used), from what the issue says a view
shows: every word of the master's text and notes, except

* diplomatic: the regularised reading of a <choice> (reg, expan) is not shown;
* reading: the error, original or abbreviation of a <choice> is not shown (its correction,
  regularisation or expansion is), nor the description of a gap (``[…]`` stands there).

The signs of a view (``[sic]``, ``[…]``, brackets, page and note numbers, headings such as
"Notes") are taken away from the exports before their words are counted: in HTML every
element of class ``gen`` (and the hidden print copy of each note, class ``fn-print``); in
plain text the sign patterns below.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml import html

TEI = "{http://www.tei-c.org/ns/1.0}"
WORD = re.compile(r"\w+")
# Elements that may sit inside a word: no word boundary at their edges.
INLINE = {"hi", "emph", "persName", "placeName", "orgName", "name", "rs", "date", "time",
          "num", "measure", "title", "term", "gloss", "foreign", "ref", "sic", "corr", "reg",
          "orig", "abbr", "expan", "supplied", "unclear", "choice", "add", "del", "w", "c",
          "pc", "damage", "idno", "q", "said", "soCalled", "mentioned", "distinct",
          "roleName", "forename", "surname", "geogName", "country", "settlement", "region",
          "pb"}   # a page break can fall inside a word ("coun<pb/>tries")
HIDDEN_IN = {"diplomatic": {"reg", "expan"}, "reading": {"sic", "orig", "abbr"}}
HTML_BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "nav", "h1",
               "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
               "tbody", "tr", "td", "th", "caption", "blockquote", "br"}


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in WORD.findall(unicodedata.normalize("NFC", text)))


# ----------------------------------------------------------------------------- master

def master_text(root, view: str) -> str:
    out: list[str] = []
    text = root if root.tag == TEI + "text" else root.find(f".//{TEI}text")
    if text is None:                       # a bare element: all of it is text
        text = root
    _walk(text, view, out)
    return "".join(out)


def _walk(el, view: str, out: list[str]) -> None:
    if not isinstance(el.tag, str):
        return
    name = el.tag.replace(TEI, "")
    if name == "teiHeader":
        return
    parent = el.getparent()
    if parent is not None and parent.tag == TEI + "choice" and name in HIDDEN_IN[view]:
        return
    if name == "gap" and view == "reading":
        return
    if name == "gap":
        # its description is shown in brackets, as the source printed it; the brackets let
        # the text comparison treat "[2 words illegible]" alike on both sides
        out.append(f" [{' '.join(''.join(el.itertext()).split())}] ")
        return
    if name == "choice" and view == "diplomatic":     # "word [sic: correction]"
        for child in el:
            _walk(child, view, out)
            out.append(" ")
        return
    boundary = name not in INLINE
    if boundary:
        out.append(" ")
    out.append(el.text or "")
    for child in el:
        _walk(child, view, out)
        out.append(child.tail or "")
    if boundary:
        out.append(" ")


def master_words(root, view: str) -> Counter:
    return words(master_text(root, view))


# ----------------------------------------------------------------------------- HTML

def html_main_text(data: bytes) -> str:
    """The text of the page's <main>, generated text and print copies taken away."""
    doc = html.document_fromstring(data)
    main = doc.find(".//main")
    for el in main.xpath(".//*[contains(concat(' ', @class, ' '), ' gen ') or "
                         "contains(concat(' ', @class, ' '), ' fn-print ')]"):
        _drop_keep_tail(el)
    out: list[str] = []
    _html_walk(main, out)
    return "".join(out)


def _drop_keep_tail(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    shown = el.text_content()
    # a sign with space at its edge (" [sic: ") separates words; one without does not
    gap = " " if shown[:1].isspace() or shown[-1:].isspace() else ""
    tail = gap + (el.tail or "")
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _html_walk(el, out: list[str]) -> None:
    if not isinstance(el.tag, str):
        return
    block = el.tag in HTML_BLOCKS or " p " in f" {el.get('class', '')} "
    if block:
        out.append(" ")
    out.append(el.text or "")
    for child in el:
        _html_walk(child, out)
        out.append(child.tail or "")
    if block:
        out.append(" ")


def html_words(data: bytes) -> Counter:
    return words(html_main_text(data))


# ----------------------------------------------------------------------------- text

SIGN_PATTERNS = [
    r"\[sic\]",
    r"\[sic: ",
    r"\[\?\]",
    r"\?\]",
    r"\[…\]",
    r"\[(?:\d+ \w+ )?(?:illegible|inaudible|omitted|unclear|damage|missing|gap|"
    r"not declassified)\]",
]


def text_body(data: bytes) -> str:
    """A text export without its header block (everything up to the first rule line)."""
    lines = data.decode("utf-8").split("\n")
    for i, line in enumerate(lines):
        if line and set(line) == {"-"} and i > 0 and lines[i - 1] == "":
            return "\n".join(lines[i + 1:])
    raise AssertionError("no rule line after the header block")


def without_signs(text: str, note_labels: set[str]) -> str:
    """*text* with the plain-text signs taken away. Applied to the master's text as well:
    TEI from elsewhere may have "[sic]" or "[1 line not declassified]" as plain text.
    Line ends first become spaces: wrapping may break a sign over two lines."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\[Page[^\]]*\]", "", text)       # may stand inside a word
    for pattern in SIGN_PATTERNS:
        text = re.sub(pattern, " ", text)
    for label in sorted(note_labels, key=len, reverse=True):
        text = text.replace(f"[{label}]", " ")
    return text.replace("[", "").replace("]", "")


def text_words(data: bytes, note_labels: set[str]) -> Counter:
    body = re.sub(r"(?m)^ *Notes\n *-+$", " ", text_body(data))   # the notes headings
    return words(without_signs(body, note_labels))


def master_words_for_text(root, view: str) -> Counter:
    return words(without_signs(master_text(root, view), note_labels(root)))


def note_labels(root) -> set[str]:
    """Every label a note marker can show: the notes' @n and their running numbers."""
    notes = root.iter(TEI + "note")
    labels = {(n.get("n") or "").strip() for n in notes}
    count = sum(1 for _ in root.iter(TEI + "note"))
    return {x for x in labels if x} | {str(i) for i in range(1, count + 1)}


def difference(expected: Counter, got: Counter) -> dict:
    """What is missing from *got* and what it has in excess (empty when equal)."""
    missing, extra = expected - got, got - expected
    out = {}
    if missing:
        out["missing"] = dict(missing.most_common(15))
    if extra:
        out["extra"] = dict(extra.most_common(15))
    return out

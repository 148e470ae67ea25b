"""The words of a source and of its TEI master, for the "nothing lost" tests.

The master's apparatus is read back in the source's literal form (<sic>w</sic> -> "w [sic]",
<gap/> -> "[illegible]" or its <desc>, <supplied>x</supplied> -> "[x]"), so that every word
of the source can be looked for. Note markers and page markers are signs, not words.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from copy import deepcopy

TEI = "{http://www.tei-c.org/ns/1.0}"
WORD = re.compile(r"[^\W_]+")     # underscores are Markdown and plain-text emphasis, not words
SIGNS = re.compile(r"\[\d{1,4}\]|\[\s*page\s+[^\]\s]+\s*\]|\[\s*orig(?:inal)?\.?\s+note\s*\]|"
                   # the other page markers a line may be ("[p. 12]", "[pg0]")
                   r"\[\s*(?:p\.|pg\.?)\s*(?:[A-Z]?\d{1,5}[a-z]?|[ivxlcdm]{1,8})\s*\]", re.I)
# The syntax of a source's conventions, not words of its text: a note's label
# ([Footnote 1: …]), an annotation line's key (_note: …), inline HTML tags (O<sub>2</sub>)
FORMAT_SYNTAX = re.compile(r"\[Footnote\s+[^\s:\]]{1,4}:|^_page:.*$|^_[a-z]{2,12}:", re.M | re.I)
INLINE_TAG = re.compile(r"</?(?:sub|sup|i|em|b|strong|u)>", re.I)
HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")   # any tag, in a markup format


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(unicodedata.normalize("NFC", text))]


def source_words(text: str, left_out_lines: set[int] = frozenset(),
                 markup: bool = False) -> list[str]:
    """*markup*: the source was read as Markdown, whose HTML tags are markup, not words
    (a text with "> " quote lines is Markdown, and its <script> tag goes)."""
    # split on line feeds only: str.splitlines() also splits at form feeds, which are no
    # line ends in a source
    lines = [ln for i, ln in enumerate(text.split("\n"), 1) if i not in left_out_lines]
    text = INLINE_TAG.sub("", FORMAT_SYNTAX.sub(" ", "\n".join(lines)))
    if markup:
        text = HTML_TAG.sub(" ", text)
    return words(SIGNS.sub(" ", text))


def literal(el, skip_notes: bool = False, note_numbers: bool | str = False) -> str:
    """The text of a TEI element with its apparatus in literal form. *note_numbers*: a
    note's number stands where the note does, instead of the note, run on to the words
    around it (a marker printed against a word: "A<a href="#n1">1</a>" is the word A and
    note 1)."""
    out: list[str] = []
    _walk(el, out, skip_notes, note_numbers)
    return "".join(out)


def _walk(el, out, skip_notes, note_numbers=False):
    name = el.tag.replace(TEI, "") if isinstance(el.tag, str) else ""
    if not name:
        return
    if name == "note" and skip_notes:
        return
    if name == "hi" and el.get("rend") == "sup" and note_numbers == "carets":
        out.append("^")                  # a caret superscript as typed: S^t (HTR's S^t)
    elif name in ("note", "ptr") and note_numbers not in (False, "carets"):   # (a ptr: a
        # note's marker again)
        n = el.get("n") or ""
        if note_numbers == "listed":      # a note placed from a list: its number printed
            text = " ".join("".join(el.itertext()).split())   # apart at the marker and on
            out.append(f" {n} {n} {text} " if name == "note" else f" {n} ")   # its entry
            return
        out.append(n)                     # against the words on both sides; the note's own
        if note_numbers == "with text":   # words are read in the other readings (or run on
            out.append(" ".join("".join(el.itertext()).split()))   # to the number: "1A",
        return                            # a marker read as a note's number and text)
    if name == "lb" and el.get("break") == "no":
        out.append("|")                  # as a diplomatic transcription prints it: re|newing
        return
    if name == "gap":
        desc = el.find(TEI + "desc")
        count = el.get("quantity") or ""   # [x x]: signs lost, counted (a transliteration's x)
        if desc is None and el.get("unit") == "chars" and count.isdigit() and int(count) < 50:
            signs = " ".join("x" * int(count))
            out.append(f" [{signs}] ")
            return
        out.append(" [%s] " % ("".join(desc.itertext()) if desc is not None
                               else el.get("reason", "gap")))
        return
    if name == "lb" and el.get("n"):   # a transliteration's line number ("1.", "3'.")
        out.append(f" {el.get('n')} ")
        return
    if name in ("pb", "cb") and el.get("n") and note_numbers == "listed":   # a page's mark
        word = "page" if name == "pb" else "column"   # in the words of a note ([[Page 4 –
        out.append(f" {word} {el.get('n')} ")          # envelope]]), ATF's @column 2
        return
    if name in ("pb", "lb"):
        out.append(" ")
        return
    if name == "time" and el.get("_read") == "1":
        return
    if name == "sp":                 # a turn's timestamp stands before its label in a source
        first = el.find(f"{TEI}p")
        if first is not None and len(first) and first[0].tag == TEI + "time" and not first.text:
            out.append(" " + "".join(first[0].itertext()) + " ")
            first[0].set("_read", "1")
    if name == "choice":            # "w [sic: correction]" as printed
        for child in el:
            _walk(child, out, skip_notes, note_numbers)
            out.append(" ")
        return
    block = name in ("p", "head", "note", "sp", "speaker", "stage", "item", "dateline",
                     "seg", "signed", "title", "bibl", "language", "persName", "change",
                     "table", "row", "cell")
    out.append(" " if block else "")
    if name in ("supplied", "unclear"):          # "[word]", "[word?]"
        out.append("[")
    out.append(el.text or "")
    for child in el:
        _walk(child, out, skip_notes, note_numbers)
        out.append(child.tail or "")
    if name == "supplied":
        out.append("]")
    if name == "unclear":
        out.append("?]")
    if name == "sic":
        out.append(" [sic]")
    out.append(" " if block else "")


def missing_words(source: list[str], tei_root) -> Counter:
    """Source words not found in the master (as a multiset), its notes' markers read
    either way: apart from the words, or printed against the word before them."""
    notes = {n.get("n") for n in tei_root.iter(TEI + "note")}

    def printed(m) -> str:          # "[1]" of no note in the master: its words as printed
        inside = m.group()[1:-1]
        return inside if inside.isdigit() and inside not in notes else " "
    kept: Counter = Counter()
    for numbers in (False, True, "with text", "listed", "carets"):
        text = literal(tei_root, note_numbers=numbers)
        for signs in (" ", printed):    # a marker read as a sign, or as printed
            kept |= Counter(words(SIGNS.sub(signs, text)))
    return Counter(source) - kept


def body_in_source_order(source: list[str], tei_root) -> list[str]:
    """The master's main text (notes aside) must appear in the source in order; returns the
    words that could not be matched in order (empty when all is well)."""
    body = deepcopy(tei_root.find(f"{TEI}text"))
    for gap in body.iter(f"{TEI}gap"):       # a gap's reason is the encoder's word, not the
        if gap.find(f"{TEI}desc") is None:   # source's ("[...]", "[??]" name none)
            gap.set("reason", "")
    return min((_unmatched(source, words(SIGNS.sub(" ", literal(body, True, reading))))
                for reading in (False, "carets")), key=len)


def _unmatched(source: list[str], stream: list[str]) -> list[str]:
    i, unmatched = 0, []
    for w in stream:
        j = i
        while j < len(source) and source[j] != w:
            j += 1
        if j == len(source):
            unmatched.append(w)
        else:
            i = j + 1
    return unmatched

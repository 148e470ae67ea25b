"""Note lists at the end of a text in forms other than ``[n] text``.

A list of entries numbered "1. text", "(1) text" or "¹ text" is a note list only where
markers of the same numbers and the same form stand in the text before it (MARKER_FORMS);
notes marked with symbols (``*``, ``†``, ``‡``, ``§``) only where each symbol also stands
after a word above. The entries become ``[n] text`` and the markers ``[n]``, as the note
rules read them. ``layout.normalise`` runs these last.
"""
from __future__ import annotations

import re

from ..formats.marks import REF_CLOSE, REF_OPEN, REF_TEXT, plain
from ..sourcetext import Block, Line
from .context import Context

SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A note list entry in a form other than "[n] text": "1. text", "1 text", "(1) text", "¹ text"
LIST_ENTRY = re.compile(r"^\s*(?:\((?P<paren>\d{1,3})\)|(?P<plain>\d{1,3})[.)]?|"
                        r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s+(?=\S)")
# Markers in the text that a note list in one of those forms confirms
# (a link whose text is the number and whose target is a fragment, "legislation[1](#f1)",
# is the same marker as "[1]": a converter's footnote link)
MARKER_FORMS = [        # the least ambiguous first
    ("[n]", lambda n: re.compile(r"\[" + n + r"\]|" + REF_OPEN + "#[^" + REF_TEXT + REF_CLOSE
                                 + "]*" + REF_TEXT + n + REF_CLOSE)),
    ("superscript", lambda n: re.compile(re.escape(n.translate(TO_SUPERSCRIPT)))),
    ("(n)", lambda n: re.compile(r"(?<=\S)\(" + n + r"\)")),    # "claim.(1)", not "(1) First"
    # (after a word and up to two closing marks: "prostitute,1", "neighbors.\"11")
    ("glued", lambda n: re.compile(r"(?:(?<=[^\W\d_][.,;:!?”\"’)])|(?<=[^\W\d_]{2})|"
                                   r"(?<=[^\W\d_][.,;:!?)][”\"’)]))" + n
                                   + r"(?=[\s,.;:]|$)")),
]


def note_list_forms(blocks: list[Block], ctx: Context) -> list[Block]:
    """A note list at the end of the text in another form than "[n] text" ("1. text" after
    a rule, "(1) text", "¹ text"), when markers of the same numbers stand in the text
    before it: the entries become "[n] text" and the markers [n], every one reported with
    the evidence. Without confirming markers the list stays text."""
    if not blocks or any(b.lines[0].kind == "note" or b.lines[0].text.startswith("[1] ")
                         for b in blocks):
        return blocks
    end = len(blocks)
    while end > len(blocks) - 2 and end > 1 and after_note_list(blocks[end - 1], LIST_ENTRY):
        end -= 1                # a rule, the archive's reference under the list
    done = _note_list_at(blocks, end, ctx)
    if done is blocks:
        headed = _headed_note_section(blocks)
        if headed is not None:
            split, end = headed
            marked = _note_list_at(split, end, ctx)
            if marked is not split:
                ctx.fired("headed-note-list")
                return marked
    return done


# a heading that names a text's notes ("Notes", "Scholarly notes:", "Notas", "Anmerkungen",
# "Notes de l'éditeur", "Note del curatore")
NOTES_HEAD = re.compile(r"(?i)^\W*(?:(?:scholarly|editorial|explanatory|textual|editor'?s|"
                        r"end|foot)\s+)?(?:notes?|notas?|anmerkungen|fußnoten|footnotes|"
                        r"endnotes|noten|notes?\s+(?:de\s+l['’]éditeur|du\s+traducteur|"
                        r"critiques|explicatives)|note\s+(?:del\s+curatore|al\s+testo)|"
                        r"notas\s+(?:del\s+editor|editoriales|al\s+texto)|notae|adnotationes)"
                        r"\W*$")


def _headed_note_section(blocks: list[Block]) -> tuple[list[Block], int] | None:
    """A numbered list under a heading that names notes (NOTES_HEAD), ending at the next
    heading of the same or a higher level, not at the text's end ("Scholarly notes" over
    "(1) …" and "(2) …", then "Printed source" and "Date"): the blocks, the entries one
    block each (a line of its own each, or one paragraph that runs "(1) … (2) …", cut
    at each next number after a sentence's end), and the index after the list's last."""
    for k, block in enumerate(blocks[:-1]):
        kind = block.lines[0].kind
        if not (len(kind) == 2 and kind[0] == "h" and kind[1].isdigit()
                and NOTES_HEAD.match(plain(block.lines[0].text))):
            continue
        end = next((j for j in range(k + 1, len(blocks))
                    if blocks[j].lines[0].kind[:1] == "h" and blocks[j].lines[0].kind[1:].isdigit()
                    and int(blocks[j].lines[0].kind[1:]) <= int(kind[1])), len(blocks))
        if end == len(blocks) or end == k + 1:
            return None         # (at the text's end the general rule reads it)
        section = [b2 for b in blocks[k + 1:end] for b2 in _entries_of(b)]
        if not section or not LIST_ENTRY.match(plain(section[0].lines[0].text)):
            return None
        return blocks[:k + 1] + section + blocks[end:], k + 1 + len(section)
    return None


def _entries_of(block: Block) -> list[Block]:
    """A block of note entries cut one entry a block: lines that each open with the next
    number, or one line that runs "(1) … (2) …"."""
    lines = block.lines
    if len(lines) > 1 and all(LIST_ENTRY.match(plain(ln.text)) for ln in lines):
        return [Block([ln]) for ln in lines]
    if len(lines) == 1:
        text = lines[0].text
        m = LIST_ENTRY.match(plain(text))
        if m and m.group("paren"):
            cuts, n = [], int(m.group("paren")) + 1
            for found in re.finditer(r"(?<=[.!?)”\"’])\s+\((\d{1,3})\)\s+(?=\S)", text):
                if int(found.group(1)) == n:
                    cuts.append(found.start())
                    n += 1
            if cuts:
                pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)],
                                                              strict=True)]
                return [Block([Line(lines[0].number, piece, lines[0].kind)])
                        for piece in pieces]
    return [block]


def _note_list_at(blocks: list[Block], end: int, ctx: Context) -> list[Block]:
    """The note list that ends at blocks[end]: note_list_forms' reading of it, or *blocks*
    as given."""
    start = end
    expected = None
    for k in range(end - 1, 0, -1):
        m = LIST_ENTRY.match(plain(blocks[k].lines[0].text))
        if not m:
            # a paragraph under an entry continues it: one opening in lower case, or one
            # alone between two entries (checked below: the entry above it must be the
            # number before)
            if start < end and expected != 1 and (_continues(blocks[k]) or (
                    k + 1 == start and LIST_ENTRY.match(plain(blocks[k - 1].lines[0].text)))):
                continue
            break
        n = int(m.group("paren") or m.group("plain") or m.group("sup").translate(SUPERSCRIPT))
        if expected is not None and n != expected - 1:
            break
        expected, start = n, k
    entries = blocks[start:end]
    if not entries or expected != 1 or start < 1:
        return blocks
    numbers = [str(i) for i in range(1, len(_entry_starts(entries)) + 1)]
    text = "\n".join(ln.text for b in blocks[:start] for ln in b.lines)
    form = next((name for name, make in MARKER_FORMS if _confirms(name, make, numbers, text)),
                None)
    if form is None and numbers == ["1"] and _lone_glued_note(blocks[start - 1], text):
        form = "glued"
    if form is None:
        return blocks
    ctx.fired("note-list-forms")
    plural = "s" if len(numbers) > 1 else ""
    ctx.diags.info(f"note list of {len(numbers)} note{plural} in the form \u201cn text\u201d, "
                   f"confirmed by {form} markers in the text", "note-forms",
                   entries[0].lines[0].number, 1)
    marked = _mark_notes(blocks[:start], numbers, form)
    notes = []
    for b in entries:
        first = b.lines[0]
        m = LIST_ENTRY.match(plain(first.text))
        if m:
            first = Line(first.number, f"[{_entry_number(m)}] " + first.text[m.end():], "note")
        notes.append(Block([Line(first.number, first.text, "note")]
                           + [Line(ln.number, ln.text, "note") for ln in b.lines[1:]]))
    return marked + notes + blocks[end:]


def after_note_list(block: Block, entry: re.Pattern) -> bool:
    """A short line under a note list that is no *entry* of it and no sentence of the text:
    a rule, the archive's reference in brackets ("_[AA : A3195, 1948, I.8114]_")."""
    text = plain(block.lines[0].text).strip()
    return len(block.lines) == 1 and len(text) <= 100 and not entry.match(text) and \
        (text[:1] in "[(_" or not text[:1].isalnum())


def _entry_number(m: re.Match) -> str:
    return m.group("paren") or m.group("plain") or m.group("sup").translate(SUPERSCRIPT)


def _confirms(form: str, make, numbers: list[str], text: str) -> bool:
    """Markers of this form confirm the list: at least half of its numbers stand in the
    text; a number glued to a word is weak evidence, so for it three notes at least and
    every number."""
    found = sum(1 for n in numbers if make(n).search(text))
    if form == "glued":
        return len(numbers) >= 3 and found == len(numbers)
    return found * 2 >= len(numbers)


# a number glued after a sentence's end, the next sentence after it ("the whole.1 This …")
SENTENCE_GLUED = re.compile(r"(?<=[^\W\d_]{2}[.!?])[\"”’)]?1(?=\s+[A-Z]|\s*$)", re.M)


def _lone_glued_note(above: Block, text: str) -> bool:
    """A list of one note confirmed by one glued marker: the list stands under the text's
    signature or last short line (a line of a few words, where no paragraph of the text
    ends), the marker stands glued after a sentence's end, and it is the only "1" glued to
    a word in the whole text."""
    lines = [plain(ln.text).strip() for ln in above.lines]
    if len(lines) != 1 or len(lines[0].split()) > 4 or lines[0][-1:] not in ".:,":
        return False
    glued = dict(MARKER_FORMS)["glued"]("1")
    plain_text = plain(text)
    return len(SENTENCE_GLUED.findall(plain_text)) == 1 and \
        len(glued.findall(plain_text)) == 1


def _continues(block: Block) -> bool:
    return plain(block.lines[0].text).strip()[:1].islower()


def _entry_starts(entries: list[Block]) -> list[Block]:
    return [b for b in entries if LIST_ENTRY.match(plain(b.lines[0].text))]


def _mark_notes(blocks: list[Block], numbers: list[str], form: str) -> list[Block]:
    pattern = dict(MARKER_FORMS)[form]
    return _place_markers(blocks, [(n, pattern(n)) for n in numbers])


def _place_markers(blocks: list[Block], markers: list[tuple[str, re.Pattern]]) -> list[Block]:
    """Each note's marker, the first match of its pattern after the previous note's marker,
    becomes the canonical [n] that the note rules place the note at."""
    lines = [[ln.text for ln in b.lines] for b in blocks]
    cursor = (0, 0, 0)                      # block, line, offset
    for n, pattern in markers:
        found = _find_from(lines, pattern, cursor)
        if found is None:
            continue
        b, i, m = found
        text = lines[b][i]
        lines[b][i] = text[:m.start()] + f"[{n}]" + text[m.end():]
        cursor = (b, i, m.start() + len(n) + 2)
    return [Block([Line(ln.number, text, ln.kind)
                   for ln, text in zip(block.lines, texts, strict=True)])
            for block, texts in zip(blocks, lines, strict=True)]


def _find_from(lines: list[list[str]], pattern: re.Pattern, cursor: tuple[int, int, int]):
    b0, i0, off = cursor
    for b in range(b0, len(lines)):
        for i in range(i0 if b == b0 else 0, len(lines[b])):
            m = pattern.search(lines[b][i], off if (b, i) == (b0, i0) else 0)
            if m:
                return b, i, m
    return None


SYMBOLS = "*†‡§"
SYMBOL_ENTRY = re.compile(r"^\s*(?P<sym>[*†‡§]{1,3})\s+(?=\S)")
# a symbol glued to the word the note explains, the word marked so in the text ("… until
# we reach the old Blighty*." … "*Blighty means England": a transcriber's gloss)
GLUED_ENTRY = re.compile(r"^\s*(?P<sym>[*†‡§]{1,3})(?=(?P<word>[^\W\d_][\w'’-]*))")


def symbol_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """Notes marked with symbols ("said.*" … "* The source adds …"; †, ‡): the entries at the
    end, each symbol once, are notes when each symbol also stands after a word before them."""
    given = blocks
    blocks, glued = _glued_entries(blocks)

    def entry(block: Block) -> re.Match | None:
        text = plain(block.lines[0].text)
        return GLUED_ENTRY.match(text) if id(block) in glued else SYMBOL_ENTRY.match(text)
    start = len(blocks)
    while start > 1 and entry(blocks[start - 1]) and blocks[start - 1].lines[0].kind != "note":
        start -= 1
    entries = blocks[start:]
    symbols = [entry(b).group("sym") for b in entries]    # type: ignore[union-attr]
    if not entries or len(set(symbols)) != len(symbols):
        return given
    text = "\n".join(ln.text for b in blocks[:start] for ln in b.lines)
    # (never a bracket's: "[* Some erroneous …]" is a note of its own, "[*]" a placed one)
    markers = {sym: re.compile(r"(?<=[^\s*†‡§\[])" + re.escape(sym) + r"(?![*†‡§\w\]])")
               for sym in symbols}
    if not all(markers[sym].search(text) for sym in symbols):
        return given
    ctx.fired("note-list-forms")
    if glued:
        ctx.fired("glued-symbol-note")
    ctx.diags.info(f"{len(symbols)} note(s) marked with symbols ({' '.join(symbols)}), "
                   "confirmed by the same symbols after words in the text", "note-forms",
                   entries[0].lines[0].number, 1)
    marked = _place_markers(blocks[:start], [(sym, markers[sym]) for sym in symbols])
    notes = []
    for block, sym in zip(entries, symbols, strict=True):
        first = block.lines[0]
        m = GLUED_ENTRY.match(first.text) if id(block) in glued else SYMBOL_ENTRY.match(
            first.text)
        body = first.text[m.end():] if m else first.text
        notes.append(Block([Line(first.number, f"[{sym}] {body}", "note")]
                           + [Line(ln.number, ln.text, "note") for ln in block.lines[1:]]))
    return marked + notes


def page_foot_symbol_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """A note marked with a symbol at a page's foot ("*Hay fever regularly decreases …"
    last before the next page's break, for "… of other physicians.*" on the same page):
    the note, placed at its marker. The evidence: the block stands last before a page
    break, and its symbol follows a word once, and only once, on that page above it."""
    from .turns import is_page_block
    out = list(blocks)
    start = 0
    for k, block in enumerate(blocks):
        if is_page_block(block):
            start = k + 1
            continue
        if k + 1 >= len(blocks) or not is_page_block(blocks[k + 1]) or k == start \
                or block.lines[0].kind == "note":
            continue
        first = plain(block.lines[0].text)
        m = SYMBOL_ENTRY.match(first) or GLUED_ENTRY.match(first)
        if m is None:
            continue
        sym = m.group("sym")
        marker = re.compile(r"(?<=[^\s*†‡§])" + re.escape(sym) + r"(?![*†‡§\w])")
        found = [(b, i) for b in range(start, k) for i, ln in enumerate(out[b].lines)
                 for _ in marker.finditer(ln.text)]
        if len(found) != 1:
            continue
        b = found[0][0]
        out[b:b + 1] = _place_markers([out[b]], [(sym, marker)])
        raw = block.lines[0].text
        at = raw.find(sym) + len(sym)
        body = raw[at:].lstrip()
        out[k] = Block([Line(block.lines[0].number, f"[{sym}] {body}", "note")]
                       + [Line(ln.number, ln.text, "note") for ln in block.lines[1:]])
        ctx.fired("page-foot-symbol-note")
        ctx.diags.info(f"a note marked {sym} at the page's foot, placed at its marker on "
                       "the same page", "note-forms", block.lines[0].number, 1)
    return out


# a note set off by its indentation under the text, opening with its symbol: "     * In
# this publication, the parts struck out …" (an edition's note under a paragraph)
INDENTED_ENTRY = re.compile(r"^ {4,}(?P<sym>[*†‡§])\s+(?=\S)")
FREE_SYMBOL = "(?<=[^\\s*†‡§]) {sym}(?= )"   # (the marker takes the space before it)


def indented_symbol_notes(blocks: list[Block], ctx: Context) -> list[Block]:
    """A block indented four spaces or more that opens with a symbol ("     * In this
    publication …"), every line indented so, is the note of the one symbol standing free
    between words ("drawn under them; * and those inserted") in the text above it, back to
    the previous such note: there, and only there, the marker stands once."""
    out = list(blocks)
    start = 0
    for k, block in enumerate(blocks):
        m = INDENTED_ENTRY.match(block.lines[0].text)
        if m is None or block.lines[0].kind == "note" or not all(
                ln.text.startswith("    ") for ln in block.lines):
            continue
        sym = m.group("sym")
        marker = re.compile(FREE_SYMBOL.format(sym=re.escape(sym)))
        found = [(b, i) for b in range(start, k) for i, ln in enumerate(out[b].lines)
                 for _ in marker.finditer(ln.text)]
        start = k + 1
        if len(found) != 1:
            continue
        b = found[0][0]
        out[b:b + 1] = _place_markers([out[b]], [(sym, marker)])
        body = block.lines[0].text[m.end():]
        out[k] = Block([Line(block.lines[0].number, f"[{sym}] {body}", "note")]
                       + [Line(ln.number, ln.text.strip(), "note") for ln in block.lines[1:]])
        ctx.fired("indented-symbol-note")
        ctx.diags.info(f"an indented note marked {sym}, placed at the one {sym} standing "
                       "free in the text above it", "note-forms", block.lines[0].number, 1)
    return out


def _glued_entries(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """The last lines of the text that open with a symbol glued to a word, where the text
    above marks that word with the symbol after it ("Blighty*" … "*Blighty means
    England", with no blank line over it): blocks of their own, for the symbol notes; the
    ids of those blocks."""
    if not blocks or blocks[-1].lines[-1].text.lstrip()[:1] not in SYMBOLS \
            or blocks[-1].lines[-1].kind == "note":
        return blocks, set()
    lines = blocks[-1].lines
    first = len(lines)          # the lines that open with a symbol (a few: notes, no list)
    while first > 0 and len(lines) - first < 10 and lines[first - 1].text.lstrip()[:1] in SYMBOLS:
        first -= 1
    above = "\n".join([*(ln.text for b in blocks[:-1] for ln in b.lines),
                       *(ln.text for ln in lines[:first])])
    k = len(lines)
    while k > first:
        m = GLUED_ENTRY.match(plain(lines[k - 1].text))
        if m is None or not re.search(r"(?<![\w*†‡§])" + re.escape(m.group("word")
                                      + m.group("sym")) + r"(?![*†‡§\w])", above):
            break
        k -= 1
    if k == len(lines):
        return blocks, set()
    entries = [Block([ln]) for ln in lines[k:]]
    kept = [Block(lines[:k])] if k else []
    return [*blocks[:-1], *kept, *entries], {id(b) for b in entries}

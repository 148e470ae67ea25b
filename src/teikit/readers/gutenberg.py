"""Project Gutenberg's own boilerplate, found by its fixed sentinel lines (verbatim in
thousands of files), never by guessing: the header up to ``*** START OF THE PROJECT
GUTENBERG …`` or, in the etexts of the 1970s–2000s never re-headed, up to the end of
the "Small Print" licence (``*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.…*END*``);
the project's own notes right after it; the trailer from ``End of the Project Gutenberg
Etext of …`` / ``*** END OF …`` to the end. The header's ``The Project Gutenberg Etext of X``
names the text; its ``[Etext #N]`` and the dates beside it are the e-text's number and
release, never the document's date."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..sourcetext import Block

# how far into the file the header may end (the Small Print alone is some 30 paragraphs)
REACH = 250
START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG", re.I)
# "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*", "*END THE SMALL
# PRINT! FOR PUBLIC DOMAIN EBOOKS*Ver.02/11/02*END*": the versions differ after "Ver."
SMALL_PRINT_END = re.compile(r"^\*\s*END\s*\*?\s*THE SMALL PRINT!", re.I)
TRAILER = re.compile(r"^(?:\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG\b|"
                     r"\**\s*End (?:of )?(?:the )?Project Gutenberg(?:'s|\u2019s)? "
                     r"(?:E-?texts?|E-?books?)\b)", re.I)
# a note of the project's own after its header ("All of the original Project Gutenberg
# Etexts from the 1970's …", "This is the Project Gutenberg 1.5 release of …")
PROJECT_NOTE = re.compile(r"(?i)\bproject\s+gutenberg\b|\be-?texts?\b")
CREDITS = re.compile(r"(?i)^(?:produced|prepared|e-?text prepared|transcribed)\s+by\b")
RULE = re.compile(r"^\*+(?:\s+\*+)*$")
TITLE = re.compile(r"^\**\s*(?:The\s+)?Project\s+Gutenberg(?:'s|\u2019s)?\s+(?:E-?text|E-?book)"
                   r"\s+of\s+(?P<title>.+?)(?:,\s+by\b.*)?\s*\**$", re.I)
NUMBER = re.compile(r"\[\s*E-?(?:text|book)\s*#\s*(?P<n>\d+)\s*\]", re.I)


def _texts(block: Block) -> list[str]:
    return [plain(ln.text).strip() for ln in block.lines]


def header_end(blocks: list[Block]) -> int | None:
    """The index of the block that ends the header: the START line's, or where none is, the
    Small Print's end, unless the text's trailer stands before it (a licence at the end)."""
    small = None
    for k, block in enumerate(blocks[:REACH]):
        for text in _texts(block):
            if START.match(text):
                return k
            if TRAILER.match(text):
                return small
            if small is None and SMALL_PRINT_END.match(text):
                small = k
    return small


def is_project_note(block: Block) -> bool:
    """A block right after the header that is the project's, not the text's: a rule of
    asterisks, a credit line, a short note naming Project Gutenberg or its etexts."""
    texts = [t for t in _texts(block) if t]
    if not texts:
        return False
    joined = " ".join(texts)
    return bool(RULE.match(joined) or CREDITS.match(texts[0])
                or (len(texts) <= 12 and PROJECT_NOTE.search(joined)))


def header_facts(blocks: list[Block]) -> list[tuple[str, str]]:
    """The header's own facts where it has no "Title:" field: the title its banner names
    and the e-text's number."""
    found: list[tuple[str, str]] = []
    for block in blocks:
        for text in _texts(block):
            title = TITLE.match(text)
            if title and not any(label == "Title" for label, _ in found):
                name = title.group("title").strip(" *")
                if name:
                    found.append(("Title", name))
            number = NUMBER.search(text)
            if number and not any(label == "EText-No" for label, _ in found):
                found.append(("EText-No", number.group("n")))
                release = (text[:number.start()] + text[number.end():]).strip(" ,;[]")
                if release:      # "[Etext #3] November 22, 1973, 10th Anniversary of …"
                    found.append(("EText-Release", " ".join(release.split())))
    return found


def trailer_start(blocks: list[Block]) -> int | None:
    """The index of the block where the project's trailer begins, if any."""
    for k, block in enumerate(blocks):
        if any(TRAILER.match(text) for text in _texts(block)):
            return k
    return None

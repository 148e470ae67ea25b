"""What a transcription tool or a microfilm puts around a document's text, not the text:
an OCR or AI transcription export's header fields under its heading ("**Source:** …",
"**Model:** …", "**Processed:** 2026-01-17T22:33:27"), the heading such a tool makes of
the page's first line cut short or of the microfilm's target, the target and the camera's
slate at the head of a reel ("MICROCOPY RESOLUTION TEST CHART", "MICROFILMED BY …",
"CAMERA OPERATOR: …", "DATE FILMED: 1-14-94"). Their words go to the header and the report;
the title comes from the minute's own opening."""
from __future__ import annotations

import re

from ..formats.marks import REF_TARGET, plain
from ..sourcetext import Block
from .context import Context
from .dates import find_date
from .shapes import FUNCTION_WORDS

# "**Key:** value" or "Key: value", the key in words ("Document Type", "Source Image")
EXPORT_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2})\s?:\s*(?P<value>.*)$")
# the keys that say what the file is (where it comes from, what made it, when), as OCR and
# AI transcription tools write them over each page they export
FILE_KEYS = {"document type", "collection", "source", "source image", "source file", "model",
             "processed", "confidence", "engine", "ocr engine", "transcribed by", "image",
             "page image", "filename", "file", "generated", "created"}
EXPORT_KEYS = FILE_KEYS | {"page", "language", "date processed", "date", "title", "notes"}
RULE = re.compile(r"^(?:[-*_]\s*){3,}$")

# a microfilm's resolution target and the camera's slate (ANSI/ISO and NBS test charts)
TARGET = re.compile(r"(?i)\b(?:microcopy\s+resolution\s+test\s+chart|resolution\s+test\s+chart|"
                    r"test\s+chart\s+no\.?\s*\d)")
SLATE = re.compile(r"(?i)^(?:microfilmed\s+by|camera\s+operator|date\s+filmed|filmed\s+by|"
                   r"reel\s+(?:no\.?|number)|roll\s+(?:no\.?|number))\b")
# the opening of a minute: "Regular Meeting of the Board …", "At an annual meeting held …",
# "Minutes of the …", "Special Session of …"
MEETING_OPENING = re.compile(r"(?i)^(?:\W*(?:at|the|minutes\s+of)\s+)?(?:an?\s+|the\s+)?"
                             r"(?:[^\W\d_]+\s+){0,2}(?:meeting|session|sitting)s?\b")


# a sentence's end: a full stop before a capital or the end, not an initial's or an
# abbreviation's ("P. M.", "Mr.", "No. 2")
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Dr|St|No|Nr|Jr|Sr|Co))(?<!\bMrs)[.;!?]"
                          r"(?=\s+[\"“(]?[A-Z]|\s*$)")


def _texts(block: Block) -> list[str]:
    return [plain(ln.text).strip() for ln in block.lines]


def export_header(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    """A run of "Key: value" blocks at the top of *blocks* (a rule among them) where two keys
    or more say what the file is (FILE_KEYS): the export's header. Its fields go to the
    header, its lines to the report."""
    taken: list[tuple[str, str]] = []
    k = 0
    while k < len(blocks) and k < 16:
        texts = _texts(blocks[k])
        if blocks[k].lines[0].kind[:1] == "h":
            break
        if all(RULE.match(t) for t in texts) and taken:
            k += 1
            continue
        found = [EXPORT_FIELD.match(t) for t in texts]
        if not all(m and m.group("key").casefold() in EXPORT_KEYS for m in found):
            break
        for ln, m in zip(blocks[k].lines, found, strict=True):
            if m:                        # (a link's address kept after its words: the
                targets = [t[1:-1] for t in REF_TARGET.findall(ln.text)]   # page's image)
                taken.append((m.group("key"), " ".join([m.group("value"), *targets]).strip()))
        k += 1
    if sum(1 for key, _ in taken if key.casefold() in FILE_KEYS) < 2:
        return blocks
    while k > 0 and all(RULE.match(t) for t in _texts(blocks[k - 1])):
        k -= 1                           # (a rule under the fields stays the text's)
    for block in blocks[:k]:
        ctx.leave_out(block.lines, "a transcription tool's export header (what the file is, "
                      "what made it); its fields are in the header", "export-header")
    facts.setdefault("fields", []).extend(taken)
    ctx.fired("export-header")
    return blocks[k:]


def _capitals(text: str) -> bool:
    return not any(c.islower() for c in text)


def microfilm_target(blocks: list[Block], ctx: Context, facts: dict) -> list[Block]:
    """The microfilm's target and the camera's slate at the head of the text (a reel's or
    a page's first frames): from the block with the test chart's wording to the block with
    the slate's ("MICROFILMED BY", "CAMERA OPERATOR", "DATE FILMED"), every line in
    capitals or figures. They describe the surrogate, not the document: the header's
    source description, and the report."""
    for k, block in enumerate(blocks[:20]):
        if not any(TARGET.search(t) for t in _texts(block)):
            continue
        end = None
        for j in range(k, min(k + 8, len(blocks))):
            texts = _texts(blocks[j])
            if not all(_capitals(t) for t in texts):
                break
            if any(SLATE.match(t) for t in texts):
                end = j
        if end is None:
            return blocks
        lines = [ln for b in blocks[k:end + 1] for ln in b.lines]
        ctx.leave_out(lines, "a microfilm's target and camera slate (the surrogate, not the "
                      "document); in the header's source description", "microfilm-target")
        facts.setdefault("fields", []).append(
            ("surrogate", " / ".join(plain(ln.text).strip() for ln in lines
                                     if plain(ln.text).strip())))
        ctx.fired("microfilm-target")
        return blocks[:k] + blocks[end + 1:]
    return blocks


def tool_heading(blocks: list[Block], k: int) -> bool:
    """Is the heading at *k* a tool's, not the document's title: a microfilm target's
    words, or the text's first line cut short (it ends in a function word and a block
    below opens with its words), or a part label alone ("**Transcription:**") that a block
    below repeats?"""
    block = blocks[k]
    if len(block.lines) != 1 or block.lines[0].kind[:1] != "h":
        return False
    text = plain(block.lines[0].text).strip()
    if TARGET.search(text):
        return True
    words = text.split()
    below = [" ".join(_texts(b)) for b in blocks[k + 1:k + 30]]
    if words and words[-1].casefold() in FUNCTION_WORDS and len(words) >= 4:
        return any(" ".join(t.split()[:len(words)]) == " ".join(words) for t in below)
    if text.endswith(":") and len(words) <= 2:
        return any(t == text for t in below)
    return False


def opening_title(blocks: list[Block]) -> str | None:
    """The minute's own opening as its title: the first of the first text blocks that
    opens as a minute does ("Regular Meeting of the Board of Education held at …", "At an
    annual meeting held …"), up to its first date (with it) or its first sentence's end."""
    for block in blocks[:40]:
        if block.lines[0].kind[:1] == "h":
            continue
        text = " ".join(" ".join(_texts(block)).split())
        if not MEETING_OPENING.match(text) or len(text.split()) < 5:
            continue
        end = SENTENCE_END.search(text)
        sentence = text[:end.start()] if end else text
        date = find_date(sentence)
        if date is not None:
            sentence = sentence[:date.end]
        words = sentence.split()
        return " ".join(words[:30]).rstrip(",;:") if words else None
    return None

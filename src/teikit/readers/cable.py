"""A cable's header as State, CIA and DoD printed it (CREST, NARA, FRUS typescripts): the
date-time group of its origin ("201455Z NOV 91") over its "CITE" line."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..sourcetext import Block
from .dates import iso_date

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
# day, hour and minute, the zone letter Z (OCR reads it "2"), the month, the year's last two
# figures (OCR reads 1 as "I" or "l", 0 as "O")
DTG = re.compile(r"(?<![\w])(?P<day>[0-3]\d)[0-2]\d[0-5]\d[Z2]\s+(?P<month>" + "|".join(MONTHS)
                 + r")\s+(?P<year>[\dIlO]{2})(?!\w)")
# the lines of a cable's header that vouch for a date-time group beside them
CITE_LINE = re.compile(r"^\s*(?:CITE|TOR\s*:|IN\s+\d|DTG\s*:?)\b")
# an ACP-127 / State message header's date-time group: at the start of its line after the
# precedence prosigns only (Z flash, O immediate, P priority, R routine, Y emergency; one
# per addressee class: "P R 281848Z DEC 66", "RR 130458Z AUG 79"), over its "FM" line
PRECEDENCE_DTG = re.compile(r"^(?:(?:[ZOPRY]{1,2})\s+){0,3}(?=[0-3]\d[0-2]\d[0-5]\d[Z2]\s)")
FROM_LINE = re.compile(r"^\s*(?:FM|FROM)\s*:?\s+[A-Z]")
OCR_FIGURES = str.maketrans("IlO", "110")


def dtg_date(blocks: list[Block], origin: bool = False) -> tuple[str, str] | None:
    """The date of a cable's date-time group, in its header only: on the line over its
    "CITE" line, or after the precedence prosigns over its "FM" line (the cable's origin),
    else on its "TOR:" line (its receipt); *origin*: the first two only. The year's two
    figures are of the 20th century from 40 up, else of the 21st."""
    lines = [plain(ln.text).strip() for block in blocks for ln in block.lines]
    found: list[tuple[int, re.Match, str]] = []
    for k, text in enumerate(lines):
        m = DTG.search(text)
        if m is None:
            continue
        if k + 1 < len(lines) and lines[k + 1].startswith("CITE"):
            found.append((0, m, text))           # the origin's group, over CITE
        elif (prosigns := PRECEDENCE_DTG.match(text)) and prosigns.end() == m.start() \
                and any(FROM_LINE.match(line) for line in lines[k + 1:k + 3]):
            found.append((0, m, text))           # "P R 281848Z DEC 66" over "FM AMEMBASSY …"
        elif CITE_LINE.match(text):
            found.append((1, m, text))           # "TOR: 2014552 NOV 91"
    if origin:                                   # (only the origin's group, over FM/CITE)
        found = [f for f in found if f[0] == 0]
    if not found:
        return None
    _, m, text = min(found, key=lambda f: f[0])
    year = int(m.group("year").translate(OCR_FIGURES))
    when = iso_date(year + (1900 if year >= 40 else 2000), MONTHS.index(m.group("month")) + 1,
                    int(m.group("day")))
    return (when, text[m.start():m.end()]) if when else None


# a cable's routing field: "TO: MOSCOW INFO DIRECTOR.", "SLUGS: WNINTEL", "TEXT:"
ROUTING_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z/ ]{0,20}?)\s*:(?:\s+\S.*)?$")
ROUTING_KEYS = {"to", "info", "ref", "slugs", "for", "from", "action", "cite", "tor"}


def routing_fields(blocks: list[Block], ctx) -> list[Block]:
    """A cable's routing fields in a block of its header ("TO:" / "FOR:" / "SLUGS:" /
    "SUBJECT:" / "REF:" / "TEXT:"): three or more field lines in a row, in capitals, one of
    them SUBJECT (or SUBJ) and one a routing key (TO, INFO, REF, SLUGS, FOR): a fields
    list, the lines around them a block each."""
    from ..sourcetext import Line
    out: list[Block] = []
    for block in blocks:
        if len(block.lines) < 3 or not any("SUBJ" in ln.text[:8] for ln in block.lines):
            out.append(block)
            continue
        keys = [ROUTING_FIELD.match(plain(ln.text).strip()) if ln.kind in ("", "pre") else None
                for ln in block.lines]
        start = end = 0
        k = 0
        while k < len(keys):
            if keys[k] is None:
                k += 1
                continue
            j = k
            while j < len(keys) and keys[j] is not None:
                j += 1
            found = {m.group("key").strip().casefold() for m in keys[k:j] if m}
            if j - k >= 3 and found & {"subject", "subj"} and found & ROUTING_KEYS:
                start, end = k, j
                break
            k = j
        if end == 0:
            out.append(block)
            continue
        if start:
            out.append(Block(block.lines[:start]))
        out.append(Block([Line(ln.number, ln.text, "field") for ln in block.lines[start:end]]))
        if end < len(block.lines):
            out.append(Block(block.lines[end:]))
        ctx.fired("cable-fields")
    return out


# a classification marking as a cable or a memorandum repeats it at its foot, in capitals:
# "CONFIDENTIAL", "SECRET//NOFORN", "LIMITED OFFICIAL USE", spaced "C O N F I D E N T I A L"
# or "S-E-C-R-E-T" (read with the letters joined), and the downgrading group "GP-3"
STAMP = re.compile(r"(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|RESTRICTED|"
                   r"LIMITED\s+OFFICIAL\s+USE|SENSITIVE\s+BUT\s+UNCLASSIFIED|EYES\s+ONLY)"
                   r"(?:\s*//\s*[A-Z][A-Z ]{1,20}|\s+(?:NOFORN|NODIS|EXDIS|LIMDIS|SPECAT|"
                   r"SENSITIVE|EYES\s+ONLY))*")
DOWNGRADING = re.compile(r"GP[- ]?[1-4]\.?")
SPACED_LETTERS = re.compile(r"(?<![A-Z])[A-Z](?:[ \-][A-Z](?![A-Z]))+")


def classification_stamp(text: str) -> bool:
    """A line that is only a classification marking or a downgrading group."""
    text = plain(text).strip()
    joined = SPACED_LETTERS.sub(lambda m: re.sub(r"[ \-]", "", m.group(0)), text)
    return bool(STAMP.fullmatch(joined) or DOWNGRADING.fullmatch(text))


def cable_header(lines: list[str]) -> bool:
    """Does the text open with a cable's header: a date-time group after the precedence
    prosigns over its FM line, or a SUBJECT and a TAGS line (State's)?"""
    head = [plain(line).strip() for line in lines[:120]]
    for k, text in enumerate(head):
        m = PRECEDENCE_DTG.match(text)
        if m and DTG.match(text, m.end()) and any(FROM_LINE.match(x) for x in head[k + 1:k + 3]):
            return True
    return any(re.match(r"SUBJ(?:ECT)?\s*:", x) for x in head) and any(
        re.match(r"TAGS\b", x) for x in head)


# a cable's signature: a surname or two in capitals (LAINGEN, PATTERSON, SACCIO)
CABLE_SIGNER = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’.-]*){0,2}")
SENTENCE_ENDS = re.compile(r"[.!?][\"'”’)]*$")


# a transmission's routing lines (ACP-127): the start-of-message "VZCZC…", the station
# and sequence "DE RUEHMD #0049/01 0191734", "ZNY CCCCC ZZH", the precedence and routing
# indicators "RR RUEHDBU RUEHFL", the precedence and date-time group
ROUTING_LINE = re.compile(r"^(?:VZCZC\w*|Z[NO][RY]\s+[A-Z]{5}|DE\s+RUE\w+|(?:RR|PP|OO|ZZ|"
                          r"R|P|O|Z)\s+RUE\w{3,}|(?:[ZOPRY]{1,2}\s+){1,3}[0-3]\d[0-2]\d[0-5]"
                          r"\d[Z2]\s+[A-Z]{3}\s+\d\d)\b")
# a release or declassification stamp at a page's head: never the document's title
RELEASE_STAMP = re.compile(r"(?i)^\W*(?:\d{4}\s+)?(?:release\s+under\s+.*\bact\b|approved\s+"
                           r"for\s+release\b|declassified\s+in\s+part\b|declassified\s+"
                           r"(?:and\s+approved|authority|by\b|per\b)|sanitized\s+copy\s+"
                           r"approved\b)")


def routing_block(lines: list[str]) -> bool:
    """A block that opens with a cable's routing line: its header, never its title."""
    return bool(lines) and ROUTING_LINE.match(plain(lines[0]).strip()) is not None


def release_stamp(text: str) -> bool:
    """"2025 RELEASE UNDER THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS ACT OF
    1992", "Approved For Release 2003/10/22 : CIA-RDP…", "Declassified in Part - Sanitized
    Copy Approved for Release …": the archive's stamp on the copy."""
    return len(text) <= 240 and RELEASE_STAMP.match(plain(text)) is not None

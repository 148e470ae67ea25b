"""A letter's cover: the address panel a transcription copies after the letter ("To," /
"Mr. John Campbell"), the addressee under a letter, and the outer address ("Al Señor …")."""
from __future__ import annotations

import re

from ..formats.marks import plain
from .dates import find_date
from .letter_closers import POSTSCRIPT, is_closing, is_signature
from .letter_openers import is_salutation
from .shapes import SENTENCE_INSIDE
from .unit import Unit

# the line that opens the address panel a transcription copies after the letter ("To," /
# "Mr. John Campbell" / "Austin"; "To Miss Mary J Derenberger"; "Addressed: …")
PANEL_OPEN = re.compile(r"(?i)^(?:to|addressed(?:\s+to)?|direction|superscription)\s*[,:.]?$")
PANEL_TO = re.compile(r"^(?:To|Addressed(?:\s+to)?:?)\s+(?=\S)")


def _panel_lines(lines: list[str]) -> bool:
    """Lines of an address: the first a titled name, the rest short, none a sentence."""
    return 1 <= len(lines) <= 6 and (_titled_address(lines[0]) or is_signature(lines[:1])) \
        and all(ln and len(ln.split()) <= 8 and ln[-1] not in "!?;:" and not is_closing(ln)
                and not SENTENCE_INSIDE.search(ln) for ln in lines)


def address_panel(units: list[Unit]) -> int | None:
    """Where the address panel a transcription copies at a letter's end starts: a "To" (or
    "Addressed:") over a titled name and its place lines, or "To" and the titled name on
    one line ("To Miss Mary J Derenberger"), in one paragraph or in short paragraphs one
    under another. The evidence is the "To" and the title of address (Mr./Mrs./Miss/Esq.),
    with no closing's words: the addressee's, never the signer's."""
    end = len(units)
    while end and units[end - 1].kind in ("pb", "cb"):
        end -= 1
    for start in range(end - 1, max(end - 5, 0), -1):
        u = units[start]
        if u.kind != "para" or u.span is None:
            return None
        paras = units[start:end]
        if any(x.kind not in ("para", "pb", "cb") or (x.span is None and x.kind == "para")
               for x in paras):
            return None
        lines = [ln.strip() for x in paras if x.kind == "para"
                 for ln in plain(x.body.text).strip().split("\n") if ln.strip()]
        if not lines:
            return None
        if PANEL_OPEN.match(lines[0]) and _panel_lines(lines[1:]):
            return start
        to = PANEL_TO.match(lines[0])
        if to and _titled_address(lines[0][to.end():]) and _panel_lines(
                [lines[0][to.end():], *lines[1:]]):
            return start
    return None


def _panel_unit(u: Unit) -> bool:
    """A paragraph that is an address panel: a "To" line over a titled name and its place
    lines, or "To" and the titled name on one line, maybe under the sender's lines
    ("Executive Dept" / "Anson Jones" / "To Mr. John Campbell" / "Present"); six short
    lines at most, none a sentence (address_panel)."""
    if u.kind != "para" or u.span is None:
        return False
    lines = [ln.strip() for ln in plain(u.body.text).strip().split("\n")]
    if not 2 <= len(lines) <= 6 or not all(ln and len(ln.split()) <= 8 for ln in lines):
        return False
    for i, ln in enumerate(lines):
        if PANEL_OPEN.match(ln) and _panel_lines(lines[i + 1:]):
            return True
        to = PANEL_TO.match(ln)
        if to and _titled_address(ln[to.end():]) and _panel_lines([ln[to.end():],
                                                                     *lines[i + 1:]]):
            return True
    return False


# the title of address an addressee's line under the signature opens with ("SS.
# Comisionados del Exmo. Cabdo. …" (Señores), "Sr. D. …", "Excmo. Sor.", "Mr. …", "Messrs.
# …", "The Honble …", "Monsieur …", "Herrn …", "Sig. …", "Ill.mo Sig. …"): by language
ADDRESS_TITLE = re.compile(r"^(?:SS\.|Sres?\.|Sra\.|Srs\.|Señor(?:es|a)?\b|Ex[cm]+[oa]s?\.|"
                           r"Il+mos?\.|Mr\.|Mrs\.Miss\b|Messrs\.|The\s+Hon\w*|Hon\.|Monsieur\b|"
                           r"Madame\b|Herrn?\b|Frau\b|Sig\.(?:ra)?|Ill\.?mo\b|Egr\.|"
                           r"Senhor(?:a|es)?\b|Exm[oa]\.)")


def _addressee(units: list[Unit], k: int) -> bool:
    """A name's line right under a signature, as letters of the 18th and 19th centuries
    put the addressee at the foot ("T P" / "The Honble Benn. Franklin LLD"), or a line
    that opens with a title of address ("SS. Comisionados del Exmo. Cabdo. dn. José Igno.
    Gorrichategui.")."""
    u = units[k]
    if u.kind != "para" or u.span is None or not k or units[k - 1].kind not in ("para",
                                                                                 "closer"):
        return False
    text = plain(u.span.text).strip()
    return "\n" not in text and not POSTSCRIPT.match(text) and (
        is_signature([text]) or _titled_address(text)) \
        and is_signature([plain(units[k - 1].body.text).strip()])


def _titled_address(text: str) -> bool:
    """A short line that opens with a title of address and is no sentence (ADDRESS_TITLE)."""
    return len(text.split()) <= 30 and bool(ADDRESS_TITLE.match(text)) \
        and not is_salutation(text) and find_date(text) is None \
        and not re.search(r"(?<![A-Z])[a-zà-ÿ]{4}[.!?]\s+[A-ZÀ-Þ]", text)


# the address a letter was folded under, on its outer leaf ("Al serenissimo principe di
# Venetia", "To the Honble Benjamin Franklin", "A Monsieur Monsieur Gerning", "An den Herrn")
OUTER_ADDRESS = re.compile(r"(?i)^(?:al|alla|allo|alli|agli|all[’']|to|à|a|au|aux|an|aan|"
                           r"para|for)\s+\S")


def _outer_address(u: Unit) -> bool:
    """The address on the letter's outer leaf, on a page of its own after the signature:
    its first line short, no sentence."""
    text = plain(u.body.text).strip()
    first = text.split("\n", 1)[0]
    return bool(OUTER_ADDRESS.match(first)) and len(first.split()) <= 12 \
        and not re.search(r"[.!?;:]", first[:-1]) and text.count("\n") <= 4

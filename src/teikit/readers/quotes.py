"""Block quotations the source format marks (Markdown's "> …", HTML's <blockquote>): a
passage the text quotes, a <quote>; a whole letter the text quotes (salutation to
signature), a <floatingText type="letter">, as the letter rules make of a letter quoted
without the marks (see ``letters.embedded_letters``). An e-mail's "> " lines are the
message replied to (``mail``), read before these."""
from __future__ import annotations

import re

from ..formats.marks import plain
from ..sourcetext import Block
from .context import Context
from .layout import is_cjk
from .letter_closers import _signing_place_and_date, is_signature
from .letter_openers import _run_in_salutation, is_salutation
from .letters import find_letter_parts
from .shapes import NUMBERED_ITEM
from .span import Span
from .unit import Unit

# a title and a name alone as a letter's salutation ("Miss Evey", "Mr. Thomas,"): only
# under the letter's head lines and over its text (elsewhere a line of a list, a heading)
TITLE_NAME = re.compile(r"^(?:Miss|Mrs?\.?|Ms\.?|Master|Mistress|Madam|Madame|Sir|Dr\.?|"
                        r"Monsieur|Mademoiselle|Herr|Frau|Fräulein|Señora?|Signora?)\s+"
                        r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*[,:!]?$")


def _salute(texts: list[str], j: int) -> bool:
    """Is line *j* of *texts* a letter's salutation?"""
    return is_salutation(texts[j]) or (0 < j < len(texts) - 1 and bool(
        TITLE_NAME.match(texts[j])) and len(texts[j + 1].split()) > 12)


def _quoted(u: Unit) -> bool:
    return u.kind == "para" and u.span is not None and bool(u.block.lines) \
        and all(ln.kind == "quote" for ln in u.block.lines)


def _record_item(u: Unit) -> bool:
    """A quoted paragraph that opens with the record's numbered item ("Resolution #1: …",
    "Action 3: …", as W3C minutes set a resolution apart): the meeting's, not the words of
    the speaker before it."""
    m = ITEM_LABEL.match(plain(u.body.text).strip())
    return m is not None and NUMBERED_ITEM.match(m.group(1)) is not None


ITEM_LABEL = re.compile(r"^([^:]{2,40}):\s")


def block_quotes(units: list[Unit], ctx: Context) -> list[Unit]:
    """Each run of paragraphs the format marks as quoted (with the page breaks among them)
    is one unit: a "blockquote" holding them, or a "letter" when they are a whole letter.
    Only where the text has prose of its own around them (an essay, a blog post, a letter
    quoting a telegram): a page that sets its whole text in a <blockquote> indents it, and
    an edition that heads a document with its source, place and date lines ("Fuente: …",
    "Fecha: 8 de marzo de 1783") and sets the document's text as quoted quotes nothing:
    the quoted text is the document's. Nor a speaker's turn in quote marks (an
    interjection, a loop's commentary): a turn; and what a speaker quotes stays in the
    turn."""
    if not any(_quoted(u) for u in units):
        return units
    for u in units:
        if _quoted(u) and _record_item(u):
            u.form = "record-item"       # (never the speech before it: blocks.continues_speech)
    if not any(_prose(u) for u in units):
        return units                 # (an edition's head lines over the document it quotes)
    out: list[Unit] = []
    k = 0
    while k < len(units):
        if not _quoted(units[k]):
            out.append(units[k])
            k += 1
            continue
        end = k
        while end < len(units) and (_quoted(units[end]) or (
                units[end].kind == "pb" and end + 1 < len(units)
                and _quoted(units[end + 1]))):
            end += 1
        run = units[k:end]
        before = next((u for u in reversed(out) if u.kind not in ("pb", "cb")), None)
        if before is not None and before.kind == "turn" and not _record_item(run[0]):
            out.extend(run)           # (a speaker quoting: paragraphs of the turn, as a
            k = end                   # turn holds no <quote>)
            continue
        letter = _as_letter(run)
        if letter is not None:
            find_letter_parts(letter, ctx)
            out.append(Unit("letter", run[0].block, items=letter, form="quoted"))
            ctx.fired("quoted-letter")
        else:
            out.append(Unit("blockquote", run[0].block, items=run))
            ctx.fired("block-quote")
        k = end
    return out


FIELD = re.compile(r"^[^\W\d_][\w .'’-]{0,30}:\s")


def _prose(u: Unit) -> bool:
    """A paragraph of the text's own prose (not quoted, not a field line of an edition's
    head: "Fuente: AGNC, sección colonia, …")."""
    if u.kind not in ("para", "turn") or u.span is None or _quoted(u):
        return False
    text = plain(u.body.text).strip()
    return (len(text.split()) >= 15 or (is_cjk(text[:1]) and len(text) >= 30)) \
        and not FIELD.match(text)     # (a script without spaces: thirty characters)


def _as_letter(run: list[Unit]) -> list[Unit] | None:
    """The quoted paragraphs as a letter's units, when they are one: a salutation among its
    first lines (under the place, date or address) and a signature last; a letter typed
    with one line a part and no blank line between them is read a line a unit."""
    units = [x for u in run for x in (_lines_apart(u) if u.kind == "para" else [u])]
    paras = [u for u in units if u.kind == "para"]
    if len(paras) < 3:
        return None
    texts = [plain(u.body.text).strip() for u in paras]
    salute = next((j for j in range(min(5, len(texts))) if _salute(texts, j)), None)
    last = plain(paras[-1].body.text).strip().split("\n")
    run_in = None
    if salute is None and 0 < len(paras) - 1 and is_signature(last):
        # "Sir: House Bill No. 4902 now before …": the salutation run into the first
        # sentence, under the letter's head lines (a place and date among them)
        run_in = next((j for j in range(1, min(5, len(texts) - 1))
                       if _run_in_salutation(paras[j]) is not None
                       and any(_signing_place_and_date(x) for x in paras[:j])), None)
        if run_in is not None:
            u = paras[run_in]
            at = _run_in_salutation(u)
            assert at is not None
            greeting = Unit("para", u.block, span=u.body[:at].strip())
            rest = Unit("para", u.block, span=u.body[at:].strip())
            units[units.index(u):units.index(u) + 1] = [greeting, rest]
            paras[run_in:run_in + 1] = [greeting, rest]
            salute = run_in
    if salute is None or salute == len(paras) - 1 or not is_signature(last):
        return None
    if salute:                       # its place, date and address over the salutation
        for x in paras[:salute]:
            x.kind = "opening_dateline" if "\n" not in x.body.text.strip() \
                and _signing_place_and_date(x) else "address"
        paras[salute].kind = "greeting"
    return units


def _lines_apart(u: Unit) -> list[Unit]:
    """A quoted paragraph whose lines are a letter's parts (place, date, salutation, text,
    signature, each a line) as a unit a line; else the paragraph as it is."""
    lines = u.block.lines
    if len(lines) < 3:
        return [u]
    texts = [plain(ln.text).strip() for ln in lines]
    if not any(_salute(texts, j) for j in range(min(5, len(texts)))) \
            or not is_signature(texts[-1:]):
        return [u]
    return [Unit("para", Block([ln]), span=Span.of_line(ln).strip()) for ln in lines
            if ln.text.strip()]

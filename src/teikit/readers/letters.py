"""The driver that finds a letter's parts (``find_letter_parts``: salutation, closing,
signature, postscript, addressee, from the rules of letter_openers.py, letter_closers.py
and letter_covers.py), and the letters a record, a diary or a transcript reads in
(``letters_apart``, ``embedded_letters``, ``letters_in_turns``)."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..formats.marks import plain
from . import attested, cable
from .context import Context
from .dates import find_date, place_and_date_at_end
from .letter_closers import (
    POSTSCRIPT,
    POSTSCRIPT_AFTER,
    TYPED_SIGNATURE,
    _address_lines,
    _aside,
    _closing_in_lines,
    _closing_line,
    _cosigners,
    _dateline_alone,
    _dateline_over_salutation,
    _is_signature_after_closing,
    _line_bounds,
    _marked_signers,
    _marker_only,
    _name_over_office,
    _office_line,
    _only_date,
    _postscript_unsigned,
    _signed_copy,
    _signed_list,
    _signed_over_postscript,
    _signing_place_and_date,
    _signs_off,
    _split_closing_dateline,
    _split_closing_line,
    _split_closing_over_name,
    _split_lineated_closing,
    _split_run_in_farewell,
    _split_run_in_signature,
    _split_signature_line,
    _unsigned_closing,
    is_closing,
    is_signature,
    name_only,
)
from .letter_covers import _addressee, _outer_address, _panel_unit, _titled_address, address_panel
from .letter_openers import _run_in_salutation, is_salutation, vocative_inside
from .shapes import label_shape_ok
from .span import Span
from .unit import Unit


def _label_alone(u: Unit) -> bool:
    """A speaker's label alone as a paragraph ("Tatsuo Arai:", "Q:"), or a turn with no
    speech yet (its speech the paragraphs after it)."""
    if u.kind == "turn":
        return u.span is None or not u.body.text.strip()
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.body.text).strip()
    return text.endswith(":") and "\n" not in text and label_shape_ok(text[:-1].strip())


def find_letter_parts(units: list[Unit], ctx: Context | None = None) -> None:
    """A letter's parts (_find_letter_parts), the address panel copied under its
    signature set apart first, so that the signature is looked for above it."""
    panel = address_panel(units) if len(units) > 2 else None
    tail = units[panel:] if panel is not None else []
    if panel is not None:
        del units[panel:]
    tail = _split_lineated_closing(units) + tail
    _find_letter_parts(units, ctx)
    _postscript_unsigned(units)
    if tail:
        signed = any(u.kind in ("closer", "salute") for u in units)
        for u in tail:
            if signed and u.kind == "para":
                u.kind = "addressee"
        units.extend(tail)
        if signed and ctx is not None:
            ctx.fired("address-panel")


def _find_letter_parts(units: list[Unit], ctx: Context | None = None) -> None:
    """A letter's salutation opens it ("Dear Sir,", "MY DEAR RIES,--"); its signature,
    with the closing phrases before it ("I am, with sincere esteem, yours,"), closes it,
    and short paragraphs after the signature are postscripts."""
    if _parts_named_by_format(units) or _signed_copy(units):
        return
    _stamps_apart(units, ctx)
    _signed_list(units)
    _marked_signers(units)
    first = next((k for k, u in enumerate(units) if u.kind not in ("pb", "cb")), len(units))
    at = first
    fronts = 0                     # a byline, an address over the salutation ("MADISON");
    while at < len(units) - 1 and fronts < 4 and (units[at].kind in (
            "pb", "cb", "opening_dateline", "subhead") or _marker_only(units[at]) or (
            (_front_line(units[at]) or _address_lines(units[at]))
            and not is_salutation(units[at].body.text)
            and _run_in_salutation(units[at]) is None)):
        fronts += units[at].kind not in ("pb", "cb") and not _marker_only(units[at])
        at += 1         # (a page may turn over them: "n. 23" / [71r] / "Prima" / "Serenissimo
        #                 …"; a cover's address, "[[envelope]]" / "To" / "Mr. John Campbell"
        #                 / "Austin", may come before the dateline)
    # (a salutation found already: a numbered letter's, numbered_letters.py)
    greeting = at < len(units) and (units[at].kind == "greeting" or (
        units[at].kind == "para" and is_salutation(units[at].body.text)))
    run_in = _run_in_salutation(units[at]) if not greeting and at < len(units) - 1 \
        and units[at].kind == "para" and units[at].span is not None else None
    if run_in is not None and _signs_off(units):
        # a salutation run into the first sentence ("Dear Slim, It is two weeks …") in a
        # text that ends as a letter does: a paragraph of its own, the salutation
        u = units[at]
        units[at:at + 1] = [Unit("para", u.block, span=u.body[:run_in].strip()),
                            Unit("para", u.block, span=u.body[run_in:].strip())]
        greeting = True
        if ctx is not None:
            ctx.fired("run-in-salute")
    if greeting:
        essay = _essay_front(units[first:at])
        for u in units[first:at]:
            if u.kind == "para":
                # a place and date alone on the line over the salutation ("Philadelphia,
                # December 1838."): the opener's dateline, not an address
                u.kind = "opening_dateline" if _dateline_over_salutation(u) else \
                    essay.get(id(u), "address")
        units[at].kind = "greeting"
    if ctx is not None and ctx.rhymed_verse and not greeting:
        return                     # (a poem's last lines are lines: no closer, no signer)
    if greeting and _split_run_in_farewell(units) and ctx is not None:
        ctx.fired("run-in-farewell")
    if greeting or any(is_closing(u.body.text) for u in units[-4:] if u.kind == "para"):
        _split_signature_line(units)
        _split_run_in_signature(units)
        _split_closing_dateline(units)
        _split_closing_line(units)
    last = len(units) - 1
    end = units[last] if units else None
    if greeting and end is not None and end.kind == "para" and end.span is not None \
            and last > at + 1 and _dateline_alone(end) and units[last - 1].kind == "para" \
            and not _is_signature_after_closing(units, last - 1):   # (else signed, then dated)
        end.kind = "closing_dateline"   # "… Vale." / "ex opido Prugk, die 13. novembris
        _unsigned_closing(units, at, last - 1)   # 1444.": where and when, no name under it
        return
    if greeting and end is not None and end.kind == "para" and end.span is not None \
            and "\n" not in end.body.text.strip() and len(plain(end.body.text).split()) <= 12 \
            and is_closing(end.body.text) and last > at + 1:
        end.kind = "salute"        # "Yours ever faithfully.": a letter that opened with its
        return                     # salutation closes so with no name under it (a journal's
        #                            letter, a copy that leaves the signature out)
    # (a letter that addresses its reader in its first sentence, "Je ne sais, mon cher
    # Monsieur, quand …", opens as one with a salutation does)
    addressed = greeting or (first < len(units) and units[first].kind == "para"
                             and units[first].span is not None and vocative_inside(
                                 " ".join(plain(units[first].body.text).split()[:40])))
    if addressed and end is not None and _unsigned_closing(units, at if greeting else first,
                                                           last):
        if ctx is not None:
            ctx.fired("unsigned-closing")
        return
    while last > 0 and (_mail_footer(units[last]) or units[last].kind == "stamp"):
        last -= 1                  # (a list's footer, a page's tags: no part of the letter)
    outer = next((j for j in range(max(first + 2, last - 12), last) if units[j].kind == "para"
                  and units[j - 1].kind in ("pb", "cb") and _outer_address(units[j])
                  and all(x.kind in ("pb", "cb") or (x.kind == "para" and len(plain(
                      x.body.text).split()) <= 25) for x in units[j:last + 1])), None)
    if outer is not None:          # the outer leaf, its address and what the archive wrote
        last = outer - 1           # on it under the address ("prima" / "Traccia di sigillo"
        #                            / "Regesto antico" / "9 luglio 1616 ricevute 22 detto")
    if greeting and last - 2 > at and _signed_over_postscript(units, last):
        units[last - 1].kind = units[last].kind = "postscript"   # "L. V. BEETHOVEN." /
        #                                  "P.S. The variations …" / "BEETHOVEN.": the first
        #                                  name signs the letter, the second its postscript
    for k in range(last, max(last - 4, 0), -1):
        u = units[k]
        if u.kind != "para" or u.span is None or _aside(u) or _marker_only(u) \
                or _panel_unit(u):
            if u.kind in ("pb", "cb", "postscript", "stamp") or _aside(u) \
                    or _marker_only(u) or _panel_unit(u):
                continue
            return
        if k and _split_closing_over_name(units, k):
            return _find_letter_parts(units, ctx)
        lines = [u.span[a:b].strip() for a, b in _line_bounds(u.span.text)]
        closing: list[Span] = []
        while len(lines) > 1 and _closing_line(lines[0].text) and not (
                any(is_closing(c.text) for c in closing)   # (under a closing's formula:
                and _name_over_office(lines)):             # "Dein alter Freund ;")
            closing.append(lines.pop(0))                   # "Yours,\nJohn Smith"
        if len(closing) > 1 and not any(is_closing(c.text) for c in closing):
            lines, closing = closing + lines, []   # lines ending in commas, none with a
            #                 closing's words: one sentence set in lines ("THIS JOURNAL, /
            #                 ORIGINALLY KEPT FOR HER, / IS MOST AFFECTIONATELY / DEDICATED.")
        if not closing and 2 <= len(lines) <= 4 and is_closing(" ".join(
                plain(ln.text) for ln in lines[:-1])):      # "di vostra Serenità" /
            closing, lines = lines[:-1], lines[-1:]         # "humilissimo, et devotissimo
            #                                                 servitore" / "C. Suriano"
        signing = [plain(ln.text) for ln in lines]
        if any(is_closing(c.text) for c in closing) and _name_over_office(lines):
            #                                            "Gisbert Dachsburg," / "Förster."
            signing[0] = signing[0].strip().rstrip(",")
        if not is_signature(signing) or (
                len(lines) > 1 and not closing and any(
                    _only_date(plain(ln.text)) for ln in lines[1:])):
            # (a place over a date under the signature, "New York" / "March 30, 1884", is
            # where and when it was signed, no name and title)
            if k < last and not POSTSCRIPT.match(plain(u.span.text)):
                if len(plain(u.span.text).split()) > 60:
                    return
            continue
        before = units[k - 1] if k else None
        if not greeting and before is not None and _label_alone(before) \
                and any(x.kind == "turn" for x in units[:k]):
            return                 # an own-line label's speech in a dialogue (an interview
            #                        ending on a short answer: "Tatsuo Arai:" / "At the
            #                        University of Tokyo."), never a signature
        # the place and date right over the name, in a letter that opens with a salutation or
        # under a sentence that ends in the closing's comma ("… mes sentiments les plus
        # distingués," / "13 mai 1873" / "Paul Meyer")
        dated = k >= 2 and before is not None and before.kind == "para" \
            and _signing_place_and_date(before) and len(plain(before.body.text).split()) <= 12 \
            and (greeting or (units[k - 2].kind == "para" and plain(
                units[k - 2].body.text).rstrip().endswith(",")))
        evidence = closing or (before is not None and before.kind == "para" and (
            plain(before.body.text).rstrip().endswith(",") or is_closing(before.body.text)
            or before.form == "closing-dateline")) \
            or TYPED_SIGNATURE.search(plain(u.block.lines[0].text).strip()) or dated \
            or (k < last and units[k + 1].kind == "para"      # a name over its "PS." (a mail:
                and POSTSCRIPT.match(plain(units[k + 1].body.text).strip()) is not None
                and not _addressee(units, k))     # (not the addressee under the signature)
        #                                                       "Linus (torva…@kruuna…)" / "PS. …")
        if k < last and not evidence:
            if _addressee(units, k):
                continue                 # the addressee's line under the signature
            return
        before_k = [x for x in units[:k] if x.kind not in ("pb", "cb")]
        if not evidence and not greeting and before_k and all(name_only(x) for x in before_k):
            return                       # names one under another (a play's cast, those
                                         # present): no letter without its formulas
        if not any(x.kind in ("turn", "list", "stage") or (x.kind == "para" and not is_closing(
                x.body.text)) for x in units[:k]):
            return                       # a closer needs a text before it
        for n, after in enumerate(units[k + 1:]):
            if after.kind == "para" and outer is not None and (k + 1 + n > outer or (
                    k + 1 + n == outer and any(x.kind not in ("pb", "cb")
                                               for x in units[k + 1:outer]))):
                after.kind = "endorsement"   # (the address too, under a page of its own)
            elif after.kind == "para" and k + 1 + n > last and outer is None:
                after.kind = "mail_footer"
            elif after.kind == "para":
                leaf = n > 0 and all(x.kind in ("pb", "cb") for x in units[k + 1:k + 1 + n])
                after.kind = "aside" if _aside(after) else "addressee" if _panel_unit(
                    after) else "signed_date" if (
                    n == 0 and _signing_place_and_date(after)) else "addressee" if (
                    n == 0 and _addressee(units, k + 1)) or (
                    leaf and _outer_address(after)) else "postscript"
        u.kind, u.closing = "closer", closing
        u.span = Span.join(lines, "\n")
        cosigners = [] if closing else _cosigners(units, k, first)
        if cosigners:            # several sign, each name on its line: one closer
            lead = units[cosigners[0]]
            lead.kind, lead.closing, lead.span = "closer", [], lead.body.strip()
            for j in [*cosigners[1:], k]:
                units[j].kind = "cosigned"
            k = cosigners[0]
            over = units[k - 1] if k else None      # their place and date over them (an
            if over is not None and over.kind == "para" and _signing_place_and_date(over) \
                    and len(plain(over.body.text).split()) <= 12:   # act's "Guayaquil,
                over.kind = "closing_dateline"                       # noviembre 11 de 1820.")
        first_salute = k
        # the place and date between the closing and the name ("Dios gue aVS. VS. m añ" /
        # "Guayaquil enero 27 de 1811." / "José Joaqn. de Olmedo", as _split_closing_dateline
        # parts them): the closer's dateline, the closing over it its salute
        split_dated = k >= 2 and units[k - 1].kind == "para" \
            and units[k - 1].form == "closing-dateline" and units[k - 2].kind == "para" \
            and is_closing(units[k - 2].body.text)
        if split_dated:
            units[k - 1].kind, first_salute = "closing_dateline", k - 1
        for j in range(first_salute - 1, -1, -1):
            prev = units[j]
            if prev.kind != "para" or not (is_closing(prev.body.text) or _closing_in_lines(
                    prev)) or len(plain(prev.body.text).split()) > 30:
                break
            prev.kind, first_salute = "salute", j
        if u.closing or first_salute < k or dated:   # the place and date over the closing:
            before = units[first_salute - 1] if first_salute else None   # "Di Stucart a’
            if before is not None and before.kind == "para" \
                    and _signing_place_and_date(before) \
                    and len(plain(before.body.text).split()) <= 12:          # 9 luglio 1616"
                before.kind = "closing_dateline"
        return


def _stamps_apart(units: list[Unit], ctx: Context | None) -> None:
    """The classification marking and downgrading group at a cable's or a memorandum's
    foot ("GP-3" over "SACCIO", "LAINGEN" over "CONFIDENTIAL"): stamps of their own, never
    its signature (cable.classification_stamp); and, in a text that opens with a cable's
    header, a surname in capitals on the last line under a sentence's end ("… move
    forward." / "PATTERSON", no blank line between) is a paragraph of its own, where the
    signature is looked for."""
    k = len(units) - 1
    while k >= 0 and (units[k].kind in ("pb", "cb") or units[k].span is None):
        k -= 1
    while k >= 0 and units[k].kind == "para" and units[k].span is not None:
        u = units[k]
        lines = [u.body[a:b].strip() for a, b in _line_bounds(u.body.text)]
        lines = [ln for ln in lines if ln.text]
        stamps = [cable.classification_stamp(ln.text) for ln in lines]
        if lines and all(stamps):
            u.kind = "stamp"
            k -= 1
            continue
        parts: list[Unit] = []
        while len(lines) > 1 and stamps[-1]:
            parts.insert(0, Unit("stamp", u.block, span=lines.pop()))
            stamps.pop()
        if 1 < len(lines) <= 4 and stamps[0] and sum(len(plain(ln.text).split())
                                                      for ln in lines[1:]) <= 6:
            parts.insert(0, Unit("stamp", u.block, span=lines.pop(0)))   # "GP-3" / "SACCIO"
            stamps.pop(0)
            parts.insert(1, replace(u, span=Span.join(lines, "\n"), n=None))
        elif len(lines) > 1 and ctx is not None \
                and cable.CABLE_SIGNER.fullmatch(plain(lines[-1].text).strip()) \
                and cable.SENTENCE_ENDS.search(plain(lines[-2].text).strip()) \
                and cable.cable_header(ctx.source.lines):
            parts[:0] = [replace(u, span=Span.join(lines[:-1], "\n")),
                         Unit("para", u.block, span=lines[-1])]
            ctx.fired("cable-signature")
        elif parts:
            parts.insert(0, replace(u, span=Span.join(lines, "\n")))
        if parts:
            units[k:k + 1] = parts
        return


# what a mailing list's archive or a blog prints under a message: the list's footer ("The
# Cryptography Mailing List" / "Unsubscribe by sending …", Mailman's "… mailing list" /
# "…/listinfo/…") and the page's tags ("Tagged With: hash cash, …")
MAIL_FOOTER = re.compile(r"(?i)\b(?:unsubscribe|mailing\s+list|listinfo)\b")
TAGS_LINE = re.compile(r"(?i)^(?:tagged(?:\s+with)?|tags|filed\s+under)\s*:\s*\S")


def _mail_footer(u: Unit) -> bool:
    """A short paragraph at a message's foot that is its list's footer or its page's tags."""
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.span.text).strip()
    return text.count("\n") <= 4 and len(text.split()) <= 40 and not POSTSCRIPT.match(text) and (
        MAIL_FOOTER.search(text) is not None or TAGS_LINE.match(text) is not None)


# a newspaper essay's lines over its salutation: where it was first printed ("For the
# Independent Journal."), its author's name alone in capitals ("HAMILTON")
PRINTED_FOR = re.compile(r"^(?:For|From)\s+the\s+(?:[A-Z][\w'’.-]*\s*){1,5}\.?$")
CAPS_NAME = re.compile(r"^[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,}){0,2}\.?$")
TITLE_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|of|the|and|from|between|to|in|on|for|a|an|with|"
                        r"by|upon|against|concerning)$")


def _essay_front(front: list[Unit]) -> dict[int, str]:
    """The lines over a salutation that are no address, where a line says where the
    essay was printed ("For the Independent Journal."): that line, the author's name in
    capitals under it (a byline) and a title-cased line without a stop over them (the
    essay's subtitle: "General Introduction"). An address looks like one: a name, then
    street and town, commas at the ends."""
    paras = [u for u in front if u.kind == "para"]
    texts = [plain(u.body.text).strip() for u in paras]
    printed = [k for k, t in enumerate(texts) if "\n" not in t and PRINTED_FOR.match(t)]
    if not printed:
        return {}
    kinds = {id(paras[printed[0]]): "byline_over_salute"}
    for k, t in enumerate(texts):
        if k > printed[0] and CAPS_NAME.match(t):
            kinds[id(paras[k])] = "byline_over_salute"
        elif k < printed[0] and "\n" not in t and t[-1:] not in ".,;:!?" \
                and 2 <= len(t.split()) <= 12 and all(TITLE_WORD.match(w) for w in t.split()):
            kinds[id(paras[k])] = "title_under_head"
    return kinds


def _front_line(u: Unit) -> bool:
    """A short paragraph that can stand over a salutation: a byline, an address, a source."""
    if u.kind != "para":
        return False
    text = plain(u.body.text)
    return text.count("\n") <= 2 and len(text.split()) <= 25 and not text.rstrip().endswith("?")


NAMED_PARTS = {"salute", "closing", "signed", "postscript", "dateline", "address"}


def named_part(u: Unit) -> bool:
    """A letter's part the source format names (class="salutation"): never joined to a
    paragraph beside it."""
    return bool(u.block.lines) and u.block.lines[0].kind in NAMED_PARTS


def _parts_named_by_format(units: list[Unit]) -> bool:
    """Salutation, closing, signature and postscript as the source format names them (an
    edition's HTML: <div class="salutation">, class="signed"): taken as they are. A closing
    or signature with text after it (a letter and its translation on one page) stays a
    paragraph: a closer ends the text."""
    kinds = [u.block.lines[0].kind if u.kind == "para" else "" for u in units]
    if not {"salute", "closing", "signed"} & set(kinds):
        for u, kind in zip(units, kinds, strict=True):    # a postscript the format names
            if kind == "postscript":                      # alone (a front-matter field):
                u.kind = "postscript"                     # the rest by the rules below
        return False
    # a paragraph that opens "P.S." after the named salutation or signature is the
    # letter's postscript, not text after its closer ("<div class="signed">Ihr ergebener
    # Karl Löwith</div><p>P.S. ob wir uns Pfingsten …</p>")
    signed_at = [k for k, kind in enumerate(kinds) if kind in ("closing", "signed", "salute")]
    for k, u in enumerate(units):
        if signed_at and k > signed_at[0] and u.kind == "para" and not kinds[k] and \
                u.span is not None and POSTSCRIPT_AFTER.match(plain(u.span.text).lstrip()):
            kinds[k] = "postscript"
    last_text = max((k for k, (u, kind) in enumerate(zip(units, kinds, strict=True))
                     if u.kind in ("para", "turn", "list") and kind not in NAMED_PARTS),
                    default=-1)
    text_before = False
    for k, (u, kind) in enumerate(zip(units, kinds, strict=True)):
        if k < last_text and (kind in ("closing", "signed") or (kind == "salute" and text_before)):
            text_before = True
            continue
        if kind == "dateline":
            continue
        if kind == "salute":
            u.kind = "salute" if text_before else "greeting"
        elif kind == "closing":
            u.kind = "salute"
        elif kind == "signed":
            u.kind, u.closing = "closer", []
        elif kind == "postscript":
            u.kind = "postscript"
        elif kind == "address":        # (class="address": the sender's over the text, the
            u.kind = "addressee" if text_before else "address"   # addressee's under it)
        elif u.kind in ("para", "turn", "list"):
            text_before = True
    return True


# the line a transcription puts between the letters of one file: "/START LETTER/", "[BEGIN
# LETTER]", "=== START OF LETTER ===", "/END LETTER/"
LETTER_MARK = re.compile(r"(?i)^[\s/\[\]<>{}#=*_~-]*(?P<end>end|start|begin(?:ning)?)\s+(?:of\s+)?"
                         r"(?:the\s+)?letter[\s/\[\]<>{}#=*_~-]*$")


def letter_marks(units: list[Unit], ctx: Context) -> list[Unit]:
    """A line that marks where a letter starts (or ends) in a file of several: the start
    opens a letter of its own (a section with no heading), as a heading would; the mark is
    the transcription's layout, left out and reported."""
    if not any(u.kind == "para" and u.span is not None and "etter" in u.body.text[:40].lower()
               for u in units):
        return units                   # (a quick look)
    out: list[Unit] = []
    for u in units:
        m = LETTER_MARK.match(plain(u.body.text).strip()) if u.kind == "para" \
            and u.span is not None and "\n" not in u.body.text.strip() else None
        if m is None or not u.block.lines:
            out.append(u)
            continue
        ctx.leave_out(u.block.lines, "a mark between letters (layout)", "letter-mark")
        ctx.fired("letter-mark")
        if not m.group("end").casefold().startswith("end"):
            out.append(Unit("section", u.block))
    return out


def letters_at_rules(units: list[Unit], ctx: Context) -> list[Unit]:
    """Letters one after another parted by rules (HTML's <hr>, Markdown's "---", "* * *"),
    with no salutation to tell where each begins (a "Letters of …" page, Ben-Yehuda's
    letter files, Wikisource's collections): where two or more of the parts between the
    rules are each a letter (a dateline among its first paragraphs, a signature among its
    last), each of those parts is a letter of its own (a section with no heading). The
    rule lines themselves are layout, left out before; the lines where they stood are
    the evidence."""
    rules = ctx.source.hints.rule_lines
    if not rules or len(units) < 6:
        return units
    cuts = [0]
    for k in range(1, len(units)):
        before, after = units[k - 1].block.lines, units[k].block.lines
        if not before or not after:
            continue
        a, b = before[-1].number, after[0].number
        if any(a <= r <= b and not a == r == b for r in rules):
            cuts.append(k)
    if len(cuts) < 2:
        return units
    cuts.append(len(units))
    parts = [(a, b) for a, b in itertools.pairwise(cuts)]
    letters = [a for a, b in parts if _rule_letter(units[a:b])]
    if len(letters) < 2:
        return units
    ctx.fired("letters-at-rules")
    for a, b in parts:
        if a in letters:
            _rule_letter_opener(units[a:b])
    # a part after the letters between rules (the edition's credits, a note) is no part
    # of the last letter: a section of its own, so the letter ends at its signature
    others = [a for a, b in parts if a > letters[0] and a not in letters]
    out: list[Unit] = []
    for k, u in enumerate(units):
        if k in letters:
            out.append(Unit("section", u.block, form="letter"))   # a letter, no heading
        elif k in others and u.kind != "section":
            out.append(Unit("section", u.block))
        out.append(u)
    return out


def _rule_letter_opener(part: list[Unit]) -> None:
    """A letter between rules opens with its address lines (and an editor's line in
    parentheses, "(*translated from English)") over its dateline, and maybe a salutation
    under it: the opener's parts."""
    d = next((j for j, u in enumerate(part[:5]) if u.kind == "para" and u.span is not None
              and len(plain(u.body.text).split()) <= 12 and u.body.text.strip().count("\n") <= 1
              and find_date(plain(u.body.text)) is not None), None)
    if d is None:
        return
    if any(x.kind not in ("para", "stage", "pb") or (x.kind == "para" and not _front_line(x))
           for x in part[:d]):
        return
    for x in part[:d]:
        if x.kind != "pb":
            x.kind = "address"
    part[d].kind = "opening_dateline"
    if d + 1 < len(part) and part[d + 1].kind == "para" and is_salutation(part[d + 1].body.text):
        part[d + 1].kind = "greeting"


def _rule_letter(part: list[Unit]) -> bool:
    """A part between rules that is a letter: a short dateline among its first four
    paragraphs (maybe under the address), a signature among its last four (maybe over
    the signer's office or a second signer), prose between."""
    paras = [u for u in part if u.kind == "para" and u.span is not None]
    if len(paras) < 3 or any(u.kind in ("turn", "section", "letter") for u in part):
        return False
    texts = [plain(u.body.text).strip() for u in paras]
    dated = any(len(t.split()) <= 12 and t.count("\n") <= 1 and find_date(t) is not None
                for t in texts[:4])
    signed = any(is_signature(t.split("\n")) and not is_salutation(t)
                 for t in texts[max(2, len(texts) - 4):])
    return dated and signed and any(len(t.split()) > 12 for t in texts)


def letters_apart(units: list[Unit], ctx: Context | None = None) -> list[Unit]:
    """Letters one after another with no heading between them: a salutation (under its
    place and date) that follows a signature after a closing phrase ("Much love always," /
    "Ransom" / "Bellingham" / "Dear Slim,") starts the next letter, a section of its own."""
    starts = _acts_apart(units)
    if starts and ctx is not None:
        ctx.fired("acts-apart")
    if starts and any(u.kind == "closer" or _attested_end(units, k) for k, u in
                      enumerate(units[:starts[0]])):
        starts.insert(0, 0)     # (the first act too is a section, its signers its closer:
        #                          a closer ends its division, never stands over another)
    for k, u in enumerate(units):
        if u.kind != "para" or k < 2 or not is_salutation(u.body.text):
            continue
        b = k
        while b > 0 and k - b < 3 and units[b - 1].kind == "para" and _front_line(units[b - 1]) \
                and not _is_signature_after_closing(units, b - 1):
            b -= 1
        if b > 0 and _is_signature_after_closing(units, b - 1):
            if b < k and _titled_address(plain(units[b].body.text).strip()):
                b += 1           # (the addressee's line under the signature: the letter's
            starts.append(b)     # over it, as "SS. Comisionados …" under "José … de Olmedo")
    starts += _named_letters(units)
    numbered = _numbered_letters(units)
    if numbered and ctx is not None:
        ctx.fired("numbered-letters")
    # (a start a few lines over a numbered letter's number is that number's: what stands
    # between, a dateline under the signature, ends the letter before)
    starts = [s for s in starts if not any(s < j <= s + 3 for j in numbered)]
    if not starts and not numbered:
        return units
    starts = sorted(set(starts) - set(numbered))
    out: list[Unit] = []
    for k, u in enumerate(units):
        if k in numbered:
            out.append(Unit("section", u.block, span=u.span, form="letter"))
            continue                                    # the number its heading
        if starts and k == starts[0]:
            out.append(Unit("section", u.block))        # a letter with no heading
            starts.pop(0)
        out.append(u)
    return out


# the values of the Hebrew letters as numerals (gematria), final forms as their letters
GEMATRIA = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                    (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70, 80, 80,
                     90, 90, 100, 200, 300, 400), strict=True))
NUMERAL_LINE = re.compile(r"^[一二三四五六七八九十百]{1,4}\.?$")


def numeral_line(text: str) -> bool:
    """A number alone on its line in the numerals of a script without figures of its own in
    the heading rules: kanji numerals, or Hebrew letters read as a number (their values
    falling, as gematria writes them: "לה" 35, "קכ\"ג" 123; at most 999). (Roman and
    Arabic figures over a letter are read by the numbered-heading rules.)"""
    text = text.strip()
    if NUMERAL_LINE.match(text):
        return True
    letters = re.sub("[\"'\u05f3\u05f4\u201c\u201d]", "", text.rstrip("."))
    if not 1 <= len(letters) <= 4 or any(c not in GEMATRIA for c in letters):
        return False
    values = [GEMATRIA[c] for c in letters]
    return all(a >= b for a, b in itertools.pairwise(values)) and sum(values) <= 999


def _numbered_letters(units: list[Unit]) -> list[int]:
    """Numbers alone on their line, each right over a salutation: where the letters of a
    numbered collection begin (two at least: one such line is as likely a word)."""
    found = [k - 1 for k, u in enumerate(units) if k >= 1 and u.kind == "para"
             and units[k - 1].kind == "para" and units[k - 1].span is not None
             and "\n" not in units[k - 1].body.text.strip()
             and numeral_line(plain(units[k - 1].body.text)) and is_salutation(u.body.text)]
    return found if len(found) >= 2 else []


def _named_letters(units: list[Unit]) -> list[int]:
    """Where a second letter begins on a page whose markup names the letters' parts (an
    edition's class="salute" after a class="signed": an enclosed letter, a second letter
    on the same sheet): at its salutation, with the place and date and the page break the
    markup sets over it."""
    named = [u.block.lines[0].kind if u.kind == "para" and u.block.lines else "" for u in units]
    starts, signed = [], False
    for k, kind in enumerate(named):
        if units[k].kind == "section":
            signed = False               # (a heading parts them already: "Translation")
        elif kind in ("signed", "closing"):
            signed = True
        elif kind == "salute" and signed:
            b = k
            while b > 0 and (named[b - 1] in ("dateline", "address") or units[b - 1].kind == "pb"):
                b -= 1
            starts.append(b)
            signed = False
    return starts


# an editor's sign of text left out, alone as a paragraph ("[...]", "[…]")
OMISSION = re.compile(r"\\?\[\s*(?:\\?\.\s?){3,}\\?\]|\[\s*…\s*\]")


def _attested_end(units: list[Unit], k: int) -> bool:
    """Is units[k] a paragraph that ends in an attestation ("… firmó de que doy fee.")
    with a signature line right under it?"""
    return units[k].kind == "para" and k + 1 < len(units) and units[k + 1].kind == "para" \
        and bool(attested.ATTESTED.search(plain(units[k].body.text)[-120:])) \
        and attested.signature_line(plain(units[k + 1].body.text).strip())


def _acts_apart(units: list[Unit]) -> list[int]:
    """Where a dated and signed act ends and another begins in one file (a petition, "…
    pide justicia. Antioquia, Nobiembre 4 de 1761" / "Manuel Antonio de Toro Cataño." /
    [f. 34v] / the judge's auto "En la ciudad de Antioquia á siete de Noviembre …", as an
    archive's file, an expediente or a register copies them one after another): the
    unit after the signatures, where prose follows them. The act's last paragraph ends
    with its place and date, its signers' names stand alone under it."""
    starts: list[int] = []

    def plain_line(u: Unit) -> str:
        return plain(u.body.text).strip()

    def attested_line(u: Unit) -> bool:
        return is_signature([plain_line(u)]) or attested.signature_line(plain_line(u))

    def top(k: int, signed) -> int:       # (the names over it, each alone: its co-signers)
        j = k - 1
        while j > 0 and units[j].kind == "para" and "\n" not in units[j].body.text.strip() \
                and signed(units[j]):
            j -= 1
        return j

    for k, u in enumerate(units):
        if k < 2 or u.kind != "para" or "\n" in u.body.text.strip():
            continue
        dated = is_signature([plain_line(u)])
        j = top(k, lambda v: is_signature([plain_line(v)])) if dated else k
        dated = dated and units[j].kind == "para" and place_and_date_at_end(
            plain(units[j].body.text).replace("\n", " ")) is not None
        if not dated:                     # (or an attestation, "… firmó de que doy fee.",
            if not attested_line(u):      # over its signers and the notary's "Antemi, …")
                continue
            j = top(k, attested_line)
            if units[j].kind != "para" or not attested.ATTESTED.search(
                    plain(units[j].body.text).replace("\n", " ")[-120:]):
                continue
        after = k + 1                     # (past page breaks and an editor's omission,
        while after < len(units) and (units[after].kind in ("pb", "cb") or (   # "[...]")
                units[after].kind == "para" and OMISSION.fullmatch(plain_line(units[after])))):
            after += 1
        if after < len(units) and _prose(units[after]) and (dated or not attested.signature_line(
                " ".join(plain(units[after].body.text).split()))):
            starts.append(k + 1)          # (a long signer's line goes on with the run)
    return starts


# a sentence that announces the signatures under an act ("Con lo que … firmaron esta acta",
# "In witness whereof they have signed", "haben unterzeichnet", "подписали")
SIGNING_ANNOUNCED = re.compile(r"(?i)\b(?:firmaron|firmamos|firman|signed|sign(?:ent|èrent)|"
                               r"unterzeichne\w*|unterschrieben|подписали|assinaram|firmarono)\b")


def signers_not_speakers(units: list[Unit], ctx: Context | None = None) -> list[Unit]:
    """Names with their offices under an act, each on its line after its place and date or
    a sentence announcing the signatures ("*Guayaquil, noviembre 11 de 1820.*" / "**José
    Joaquín de Olmedo.-** Presidente." / "**José Antepara.-** Elector Secretario."), read
    as speakers' turns (a bold name and words after it): they are the act's signers, never
    speakers, where they are the text's only turns, each name once, each followed by an
    office of a few words and nothing more (speakers answer each other and come back). The
    lines become paragraphs again, for the closer rule (``find_letter_parts``)."""
    end = len(units)
    while end > 0 and units[end - 1].kind in ("pb", "cb"):
        end -= 1
    start = end
    while start > 0 and units[start - 1].kind == "turn":
        start -= 1
    run = units[start:end]
    if not run or len(run) > 12 or start == 0 or any(u.kind == "turn" for u in units[:start]):
        return units
    before = units[start - 1]
    if before.kind != "para" or before.span is None or not (
            _signing_place_and_date(before) or SIGNING_ANNOUNCED.search(plain(before.body.text))):
        return units
    labels = [plain(u.label or "").strip() for u in run]
    if len(set(labels)) < len(labels):
        return units
    for u in run:
        if u.span is None or len(u.block.lines) != 1 or not _office_line(
                plain(u.body.text).strip().rstrip(".")):
            return units
    out = units[:start]
    for u in run:
        out.append(Unit("para", u.block, span=Span.of_line(u.block.lines[0]).strip()))
    if ctx is not None:
        ctx.fired("signers-not-speakers")
    return out + units[end:]


def embedded_letters(units: list[Unit]) -> list[Unit]:
    """A letter that the text quotes whole, between its own paragraphs (an essay citing a
    note: "… in the following note:" / "LIEBER ZMESKALL,--" / … / "Ihr,\nBTHVN." / more
    prose): salutation to signature, one unit of kind "letter" holding its units.
    A letter read into a record (a speaker's "… a communication has been received as
    follows:" / "Government House" / "June 18, 1998" / "Mr. Speaker:" / … / "Yours
    sincerely," / "Judith A. LaRocque" / "Secretary to the Governor General") has its
    place, date and address over the salutation (run into its first sentence, as the
    Congressional Record prints it: "Dear Senator Grassley: In your …"), and the signer's
    office under the name; the record's turns go on after it."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        end, head, run_in = None, 0, None
        if out and u.kind == "para":
            run_in = None if is_salutation(u.body.text) else _run_in_salutation(u)
            if run_in is not None or is_salutation(u.body.text):
                spoken = any(x.kind == "turn" for x in out)    # (a record: a speaker reads
                while spoken and head < min(3, len(out) - 1) \
                        and _letter_head(out[-1 - head]):          # it, or has it printed)
                    head += 1
                if not head or not _announces(out[-1 - head]):
                    head = 0 if _prose(out[-1]) or out[-1].kind == "letter" else -1
                if run_in is not None and not spoken:
                    head = -1
                if head >= 0:
                    end = _letter_end(units, k, record=head > 0 or run_in is not None)
                    if end is None and run_in is not None:
                        head = -1
        if end is None:
            out.append(u)
            k += 1
            continue
        inner = [*out[len(out) - head:], *units[k:end + 1]] if head else units[k:end + 1]
        del out[len(out) - head:]
        if run_in is not None:
            at = head
            salute = Unit("para", u.block, span=u.body[:run_in].strip())
            inner[at:at + 1] = [salute, Unit("para", u.block, span=u.body[run_in:].strip())]
        k = end + 1
        while k < len(units) and k <= end + 2 and units[k].kind == "para" and _office_line(
                plain(units[k].body.text).strip()) and "--" not in units[k].body.text \
                and not plain(inner[-1].body.text).rstrip().endswith("."):
            inner[-1].span = Span.join([inner[-1].body, units[k].body.strip()], "\n")
            k += 1                        # the signer's office under the name
        if head:
            for x in inner[:head]:
                x.kind = "opening_dateline" if "\n" not in x.body.text.strip() \
                    and _signing_place_and_date(x) else "address"
            inner[head].kind = "greeting"
        find_letter_parts(inner)
        out.append(Unit("letter", u.block, items=inner,
                        form="record" if head or run_in is not None else ""))
    return out


def letters_in_turns(units: list[Unit]) -> list[Unit]:
    """A letter a speaker reads into the record, its lines in the speaker's turn (a
    Hansard: "The Speaker:" / "… a communication has been received as follows:" /
    "Government House" / "June 18, 1998" / "Mr. Speaker:" / … / "Yours sincerely," /
    "Judith A. LaRocque"): the turn ends over the letter's place and date, and the letter's
    lines are paragraphs, for ``embedded_letters`` to read."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        if u.kind != "turn" or u.span is None or u.body.text.count("\n") < 3:
            out.append(u)
            continue
        bounds = list(_line_bounds(u.body.text))
        lines = [plain(u.body.text[a:b]).strip() for a, b in bounds]
        below: list[str] = []                  # (the closing may stand in paragraphs of its own)
        for x in itertools.takewhile(lambda x: x.kind == "para", units[k + 1:k + 7]):
            below.extend(ln.strip() for ln in plain(x.body.text).split("\n"))
        start = _letter_in_lines(lines, below)
        if start is None:
            out.append(u)
            continue
        out.append(Unit(**{**u.__dict__, "span": u.body[:bounds[start - 1][1]].strip()}))
        out.extend(Unit("para", u.block, span=u.body[a:b].strip()) for a, b in bounds[start:]
                   if u.body.text[a:b].strip())
    return out


def _letter_in_lines(lines: list[str], below: list[str]) -> int | None:
    """The first line of a letter's head (place, date, address) over a salutation among a
    turn's lines, under a line that announces it, where a closing and a name follow (in
    the turn or in the paragraphs *below* it)."""
    signing = lines + below
    for k, text in enumerate(lines[2:], start=2):
        if not is_salutation(text):
            continue
        start = k
        while start > 1 and k - start < 3 and 0 < len(lines[start - 1].split()) <= 8 \
                and not lines[start - 1].endswith(":"):
            start -= 1
        if start == k or not lines[start - 1].endswith(":"):
            continue
        if any(_closing_line(signing[j]) and is_signature([signing[j + 1]])
               for j in range(k + 2, min(k + 40, len(signing) - 1))):
            return start
    return None


def _letter_head(u: Unit) -> bool:
    """A short paragraph over a quoted letter's salutation: its place, date or address
    ("Government House", "June 18, 1998", "Washington, DC, January 28, 1997. / Hon.
    Charles E. Grassley, / U.S. Senate, / Washington DC.")."""
    if u.kind != "para" or u.span is None:
        return False
    lines = plain(u.body.text).strip().split("\n")
    return len(lines) <= 5 and all(0 < len(ln.split()) <= 8 for ln in lines) \
        and not lines[-1].rstrip().endswith(("?", ":"))


def _announces(u: Unit) -> bool:
    """The text over a letter it quotes: prose, or a sentence that ends with a colon ("I
    have the honour to inform the House that a communication has been received as
    follows:")."""
    if u.kind not in ("para", "turn") or u.span is None:
        return False
    text = plain(u.body.text)
    return len(text.split()) > 12 or (text.rstrip().endswith(":") and len(text.split()) > 5)


def _letter_end(units: list[Unit], start: int, record: bool = False) -> int | None:
    """Where a quoted letter that opens at *start* signs off, when prose follows it (in a
    *record*, the signer's office may stand under the name, and a speaker's turn or the
    record's next heading may follow)."""
    for j in range(start + 1, min(start + 40, len(units) - 1)):
        u = units[j]
        if u.kind != "para":
            return None
        lines = plain(u.body.text).split("\n")
        signed = (len(lines) >= 2 and _closing_line(lines[0]) and is_signature(
            [ln.strip() for ln in lines[1:]])) or (is_signature(lines) and j - 1 > start
                                                     and _closing_line(units[j - 1].body.text))
        if signed:
            after = units[j + 1:j + 3]
            if record:
                skip = j + 1
                while skip < min(len(units), j + 3) and units[skip].kind == "para" \
                        and _office_line(plain(units[skip].body.text).strip()) \
                        and "--" not in units[skip].body.text \
                        and not plain(u.body.text).rstrip().endswith("."):
                    skip += 1
                after = units[skip:skip + 3]
                if not after or any(x.kind in ("turn", "section") for x in after):
                    return j
            return j if any(_prose(x) or is_salutation(x.body.text) for x in after
                            if x.kind == "para") else None
    return None


def _prose(u: Unit) -> bool:
    return u.kind == "para" and len(plain(u.body.text).split()) > 12

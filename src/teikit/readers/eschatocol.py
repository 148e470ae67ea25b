"""The eschatocol: where and when an act was done, as a treaty, a deed or a charter closes
("DONE at Geneva the twenty-fifth day of September, one thousand nine hundred and
twenty-six.", "Fait à La Haye, en double exemplaire, le 5 avril 1938.", "Gedaan te
's-Gravenhage, den 5den April 1933.", "Geschehen zu Berlin, den 3. März 1890."). Such acts
have no dateline at their head: their date stands here, at the end."""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..formats import marks
from ..formats.marks import plain
from ..tei import E
from .context import Context
from .dateranges import date_attrs
from .dates import DateFound, find_date, has_year
from .datewords import number_value
from .inline import fill
from .officesigned import office_signature
from .span import Span

if TYPE_CHECKING:
    from .unit import Unit

# the formula that opens the clause, in the languages of the dates teikit reads
FORMULA = re.compile(
    r"\b(?:(?:done|given|signed|made|executed|dated|concluded)\s+(?:at|in|under)|"
    r"(?:fait|donné|signé|passé)\s+(?:à|a|en|au)|"
    r"(?:gedaan|gegeven|geteekend|getekend)\s+(?:te|in|op)|"
    r"(?:geschehen|gegeben|ausgefertigt|unterzeichnet)\s+(?:zu|in|am)|"
    r"(?:fatto|dato|firmato)\s+(?:a|in)|"
    r"(?:dado|dada|hecho|hecha|fecho|fecha|firmado)\s+en|(?:feito|feita|dado|dada)\s+em|"
    r"(?:datum|data|actum)\s+(?:in|apud))\b",
    re.I)
VERBS = {"done", "given", "signed", "made", "executed", "dated", "concluded", "fait", "donné",
         "signé", "passé", "gedaan", "gegeven", "geteekend", "getekend", "geschehen",
         "gegeben", "ausgefertigt", "unterzeichnet", "fatto", "dato", "firmato", "dado",
         "dada", "hecho", "hecha", "fecho", "fecha", "firmado", "feito", "feita", "datum",
         "data", "actum"}
# the testimonium of a will, a deed or an indenture, the English act's date clause ("In
# witness whereof I have hereunto set my hand and seal at Buffalo this 8th day of …",
# "In testimony, whereof, …", "In token whereof …", "Witness my hand and seal this 3d day
# of …"): it opens with no verb of FORMULA, and its date follows the hand and the seal
# (in the spellings of the 16th and 17th centuries too: "In witnesse wherof I have hereunto
# sett my hande and seale this …")
TESTIMONIUM = re.compile(
    r"\b(?:in\s+(?:testimony|testimonie|witnesse?|faith|token)[,\s]+(?:wher(?:e)?of|of\s+"
    r"which)\b,?(?:[^.;:]{0,100}?\b(?:hande?s?|names?|seale?s?)\b(?:,?\s+and\s+"
    r"(?:affixed\s+)?(?:(?:my|our|his|her|their|the)\s+)?(?:seale?s?|hande?s?)\b)?)?|"
    r"witnesse?\s+(?:my|our|his|her|their)\s+hande?s?(?:\s+and\s+seale?s?)?\b)", re.I)
# a quick look before any other: one of the formula's verbs in the paragraph at all
# (and the two words a testimonium opens with)
VERB_ANYWHERE = re.compile(r"(?i)\b(?:" + "|".join(sorted(VERBS)) +
                           r"|wher(?:e)?of|witnesse?)\b")
# the look before that one, in C (most paragraphs have no verb): where VERB_ANYWHERE matches,
# the lower-cased text holds a verb, unless one of its letters is one of the three that match
# a verb's letter when case is ignored but lower-case to another ("ſ" s, "ı" and "İ" i)
ODD_CASE = ("ſ", "ı", "İ")
LOOKED_FOR = (*sorted(VERBS), "whereof", "wherof", "witness")
# the first word of a sentence: at the block's start or after a sentence's end, with or
# without the space an export lost ("… signed the present Convention.DONE at Geneva …")
SENTENCE_OPENING = re.compile(r"(?:^|[.;:!?)\]][\"”’»]?)\s*([^\W\d_]{4,13})\s")
# a sentence that ends between the formula and the date: the date is not the clause's
SENTENCE_BETWEEN = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
# a sentence's end in the testimonium before its date, even glued to the next ("… signed
# the present Convention.DONE at Geneva …"): the date is another clause's
WORD_THEN_STOP = re.compile(r"[a-z]{2}[.!?;]")
REACH = 200                      # how far after the formula its date may stand


def find(text: str) -> tuple[int, DateFound] | None:
    """The first eschatocol in the plain *text*: where its formula starts and its date
    (positions in *text*), else None."""
    if len(text) < 12 or not has_year(text):
        return None                  # (a quick look: no year, no act's date)
    witnessed = next((found for m in itertools.islice(TESTIMONIUM.finditer(text), 5)
                      if (found := _date_after(text, m)) is not None
                      and not WORD_THEN_STOP.search(text, m.end(), found[1].start)), None)
    verbal = _verbal(text) if FORMULA.search(text) else None
    if witnessed is None or verbal is None:
        return witnessed or verbal
    return min(witnessed, verbal, key=lambda found: found[0])   # (the first of the two)


def _verbal(text: str) -> tuple[int, DateFound] | None:
    """The first clause that opens with a verb of FORMULA ("DONE at …")."""
    tries = 0
    for opening in SENTENCE_OPENING.finditer(text):   # (the first word of each sentence,
        if opening.group(1).lower() not in VERBS:      # then the pattern only where it is
            continue                                   # a formula's verb)
        m = FORMULA.match(text, opening.start(1))
        if m is None:
            continue
        tries += 1
        if tries > 20:
            break                    # (an act closes with one clause, not hundreds)
        found = _date_after(text, m)
        if found is not None:
            return found
    return None


def _date_after(text: str, m: re.Match) -> tuple[int, DateFound] | None:
    """The date of the clause whose formula *m* is: within REACH after it, in its sentence."""
    window = text[m.end():m.end() + REACH]
    found = find_date(window)
    if found is None or SENTENCE_BETWEEN.search(window[:found.start]):
        return None
    return m.start(), DateFound(m.end() + found.start, m.end() + found.end, found.when)


def formula_at(text: str, start: int) -> re.Match:
    """The formula (a verb's or the testimonium's) that starts at *start*."""
    m = FORMULA.match(text, start) or TESTIMONIUM.match(text, start)
    assert m is not None
    return m


def closing_datelines(units: list[Unit], ctx: Context | None = None) -> None:
    """A paragraph that is only the eschatocol, at the end of its text, over the
    signatures' closer or under the signature, is the closer's dateline: "DONE at Paris,
    the 1st of May, 1920." (A clause run into a longer paragraph keeps its place there;
    its date is still marked: see mark_date.)"""
    if _signed_after_testimonium(units):
        if ctx is not None:
            ctx.fired("testimonium-signed")
        return
    last = len(units) - 1
    while last >= 0 and units[last].kind in ("pb", "cb"):
        last -= 1
    sealed: list[Unit] = []
    while last >= 0 and units[last].kind == "para" and units[last].span is not None \
            and (SEALED.match(plain(units[last].body.text))
                 or _sealed_after(plain(units[last].body.text))
                 or office_signature(plain(units[last].body.text))) and len(sealed) < 60:
        sealed.append(units[last])      # "(L.S.) JOHN SMITH.": the signatures, each sealed
        last -= 1
    for k in range(last, max(last - 4, -1), -1):
        u = units[k]
        if u.kind in ("closer", "salute"):
            continue                     # the signatures under it
        if u.kind not in ("para", "postscript") or u.span is None or u.n:
            return
        if _alone(u):
            before = next((x for x in reversed(units[:k]) if x.kind not in ("pb", "cb")), None)
            if before is None:
                return                    # the text's only words: a closer needs text above it
            if u.kind == "para":
                u.kind = "eschatocol"
                for signature in sealed:
                    signature.kind = "cosigned"
                if sealed:            # (with no sealed signatures, a closer may stand under it)
                    sealed[-1].kind, sealed[-1].closing = "closer", []   # (the first of them)
                for signature in sealed:          # (several signers in one paragraph)
                    at = units.index(signature)
                    parts = _sealed_signers(signature)
                    parts[0].kind = signature.kind
                    units[at:at + 1] = parts
            elif before is not None and before.kind == "closer":
                u.kind = "eschatocol"     # where and when, under the signature
        return


# the seal's place beside a signature: "[L.S.]", "(L.S.)", "(Seal)", "[SEAL]"
SEAL_MARK = re.compile(r"\s*[\[(](?:L\.\s?S\.?|seal)[\])]\s*", re.I)


def _signed_after_testimonium(units: list[Unit]) -> bool:
    """A will's or a deed's testimonium alone in its paragraph ("In witness whereof I have
    hereunto set my hand and seal at Buffalo this 8th day of December …") with a name alone
    under it (the testator's signature, maybe beside its seal "[L.S.]"), near the text's
    end, where the witnesses' names, an attestation clause or an editor's note on the
    codicils may follow (Fillmore's will; the wills of probate records, deeds): the
    closer's dateline and its signature."""
    for k in range(len(units) - 2, max(len(units) - 10, -1), -1):
        u, signature = units[k], units[k + 1]
        if u.kind != "para" or u.span is None or u.n or signature.kind != "para" \
                or signature.span is None or signature.n:
            continue
        text = plain(u.body.text).strip()
        low = text.lower()
        if "whereof" not in low and "wherof" not in low and "witness" not in low:
            continue
        found = find(text)
        alone = found is not None and found[0] == 0 and bool(TESTIMONIUM.match(text)) \
            and _alone(u)
        if not alone and not _ends_with_testimonium(text):
            continue
        from .letter_closers import is_signature  # (here, not at the top: letters reads dates)
        lines = [SEAL_MARK.sub(" ", ln).strip()
                 for ln in plain(signature.body.text).strip().split("\n")]
        if not is_signature([ln for ln in lines if ln]):
            continue
        after = units[k + 2:]         # (the letter rules may have signed the last names)
        if any(x.kind not in ("para", "closer", "pb", "cb") or x.closing or (
                x.kind != "pb" and x.kind != "cb" and (x.span is None or x.n)) for x in after):
            return False
        if alone:                 # (a testimonium that ends a longer paragraph keeps its
            u.kind = "eschatocol"  # place; its date is marked there: see mark_date)
        signature.kind, signature.closing = "closer", []
        # under it: the witnesses' names, short lines, are the closer's too; prose (an
        # attestation clause, an editor's note on the codicils) a postscript, as under a
        # letter's signature
        prose = False
        for x in after:
            if x.kind in ("para", "closer"):
                prose = prose or any(len(ln.split()) > 8 for ln in
                                     plain(x.body.text).strip().split("\n")) \
                    or find_date(plain(x.body.text)) is not None   # (a clerk's record)
                x.kind = "postscript" if prose else "cosigned"
        units[k + 1:k + 2] = _sealed_signers(signature)
        return True
    return False


# the seal's place after a signer's name, ending the name: "Elizabeth Jones (seal)"
SEAL_AFTER = re.compile(r"[ \t]*[\[(](?:L\.\s?S\.?|seal)[\])][ \t]*", re.I)


def _sealed_after(text: str) -> bool:
    """Is every line of *text* a name (or names) each followed by its seal's place
    ("Elizabeth Jones (seal)")?"""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    return bool(lines) and len(lines) <= 12 and all(
        (seals := list(SEAL_AFTER.finditer(ln))) and not ln[seals[-1].end():].strip()
        and all(0 < len(name.split()) <= 8 for name in SEAL_AFTER.split(ln.strip())[:-1])
        for ln in lines)


def _sealed_signers(u: Unit) -> list[Unit]:
    """A signature of several signers, each name followed by its seal's place, one a line
    ("Elizabeth Jones (seal)" / "Adam Jones (seal)") or several on one line parted by
    spaces ("Eliza Pickens (Seal)     Robert Anderson (Seal)"): one <signed> each (the
    seal's place kept with its name). Else *u* as it is."""
    text = u.body.text
    seals = list(SEAL_AFTER.finditer(text)) if text == plain(text) else []
    if len(seals) < 2 or text[seals[-1].end():].strip():
        return [u]
    cuts = [0] + [m.end() for m in seals]
    names = [text[a:b] for a, b in itertools.pairwise(cuts)]
    if any(not SEAL_AFTER.sub("", n).strip() or len(n.split()) > 8 for n in names):
        return [u]
    from .unit import Unit as Part  # (here: the unit module reads this one)
    parts = [Part("cosigned", u.block, span=u.body[a:b].strip())
             for a, b in itertools.pairwise(cuts)]
    parts[0].kind, parts[0].closing = "closer", []
    return parts


def _ends_with_testimonium(text: str) -> bool:
    """Does the paragraph end with a testimonium, its date at the end of its last sentence
    ("… all former Wills by me made In witnesse whereof I have hereunto sett my hand and
    seale this Eleaventh day of July Anno Dni One Thousand Six hundred Eighty and ffive.")?
    The testimonium's sentence, from its formula, holds no other sentence's end, and no
    more than a few words follow its date."""
    tail = text[-REACH - 200:]
    for m in reversed(list(itertools.islice(TESTIMONIUM.finditer(tail), 5))):
        found = _date_after(tail, m)
        if found is None or WORD_THEN_STOP.search(tail, m.end(), found[1].start):
            continue
        after = tail[found[1].end:]
        return len(after.split()) <= 8 and not WORD_THEN_STOP.search(after.rstrip(".;: "))
    return False


# a signature under an act, with the seal's place or the copyist's "signed" before it
SEALED = re.compile(r"^\s*\((?:L\.\s?S\.|Signed|Sgd\.?|Signé|s\.|gez\.|get\.|firmado|"
                    r"firmato|assinado)\)\s*\S.{0,120}$", re.I)


def _alone(u: Unit) -> bool:
    """The paragraph is the clause and no more than a few words after its date."""
    text = plain(u.body.text).strip()
    found = find(text)
    return found is not None and found[0] == 0 and len(text) <= 300 \
        and len(text[found[1].end:].split()) <= 25


# where the place ends: a comma, or the article the date opens with ("Geneva the …")
PLACE_END = re.compile(r",|\s(?:the|this|on|le|den|de|am|il|el|a|addì|adì|li|op)\s", re.I)
PLACE_WORD = re.compile(r"^(?:[A-ZÀ-Ý]|['’]s-)")
PARTICLES = {"la", "le", "les", "de", "den", "der", "del", "di", "am", "an", "sur", "upon",
             "on", "the", "'s-", "’s-"}


def dateline(span: Span, ctx: Context):
    """The eschatocol as a dateline: the formula as printed, <placeName> for the place
    where it names one ("DONE at <placeName>Geneva</placeName> the <date when=…>"), the
    date with @when, what follows as printed."""
    from .front import dateline as opening_dateline
    text = span.text
    found = find(text) if not marks.has_marks(text) else None
    if found is None and marks.has_marks(text):
        marked = _marked_dateline(span, ctx)    # (an expansion in the month: "sept*iemb*re")
        if marked is not None:
            return marked
    if found is None:
        return opening_dateline(span, ctx)
    start, date = found
    formula = formula_at(text, start)
    dl = E.dateline()
    between = text[formula.end():date.start]
    cut = PLACE_END.search(between)
    place_text = between[:cut.start()] if cut else ""
    words = place_text.split()
    first = next((k for k, w in enumerate(words) if PLACE_WORD.match(w)), None)
    if first is not None and len(words) - first <= 4 and all(
            PLACE_WORD.match(w) or w.casefold() in PARTICLES for w in words[first:]):
        place_at = formula.end() + place_text.index(words[first])
        place_end = formula.end() + len(place_text.rstrip())
        fill(dl, span[:place_at], ctx)
        dl.append(fill(E.placeName(), span[place_at:place_end], ctx))
        fill(dl, span[place_end:date.start], ctx)
        ctx.fired("place")
    else:
        fill(dl, span[:date.start], ctx)
    dl.append(fill(E.date(**date_attrs(date)), span[date.start:date.end], ctx))
    fill(dl, span[date.end:], ctx)
    ctx.fired("eschatocol")
    if TESTIMONIUM.match(text, start):
        ctx.fired("testimonium")
    _record(date.when, span, date.start, text[date.start:date.end], ctx)
    return dl


def _marked_dateline(span: Span, ctx: Context):
    """The eschatocol as a dateline where marks stand in it: its date read in the plain
    text and marked where it stands, the rest as printed."""
    text = plain(span.text)
    found = find(text)
    if found is None or found[0] != 0:
        return None
    date = found[1]
    where = marks.plain_range(span.text, date.start, date.end)
    if where is None:
        return None
    dl = E.dateline()
    fill(dl, span[:where[0]], ctx)
    dl.append(fill(E.date(**date_attrs(date)), span[where[0]:where[1]], ctx))
    fill(dl, span[where[1]:], ctx)
    ctx.fired("eschatocol")
    _record(date.when, span, where[0], text[date.start:date.end], ctx)
    return dl


def may_hold_verb(text: str) -> bool:
    low = text.lower()
    for word in LOOKED_FOR:          # (a loop, not any() over a generator: most paragraphs
        if word in low:              # hold none, and every word is looked for)
            return True
    return "ſ" in text or "ı" in text or "İ" in text    # (ODD_CASE)


def mark_date(p, span: Span, ctx: Context) -> Span:
    """An eschatocol run into a paragraph ("… signed the present Convention.DONE at
    Geneva the twenty-fifth day of September, …"): the text before its date goes into
    *p*, then the <date when>; returns the rest of the paragraph, for the caller to fill."""
    if not may_hold_verb(span.text) or not VERB_ANYWHERE.search(span.text):
        return _era_date(p, span, ctx)   # (most paragraphs: no formula's verb)
    text = plain(span.text)
    found = find(text)
    if found is None:
        return _era_date(p, span, ctx)
    date = found[1]
    where = marks.plain_range(span.text, date.start, date.end)
    if where is None:
        return span
    fill(p, span[:where[0]], ctx)
    p.append(fill(E.date(**date_attrs(date)), span[where[0]:where[1]], ctx))
    ctx.fired("eschatocol")
    if TESTIMONIUM.match(text, found[0]):
        ctx.fired("testimonium")
    _record(date.when, span, where[0], text[date.start:date.end], ctx)
    return span[where[1]:]


def _record(when: str, span: Span, offset: int, printed: str, ctx: Context) -> None:
    """Keep the act's date for the header (when nothing before it dates the text)."""
    line, _ = span.pos(offset)
    ctx.closing_dates.append((when, line, " ".join(printed.split())))


# A year counted from Christ's birth, as a charter, a rule or a deed dates itself, the year
# in figures or in words and spelt as the old hand spells it: "deste an(n)o del nasçimjento
# de n(uest)ro saluador jh(es)u christo de mjll (y) qujnjentos (y) veynte (y) ocho an(n)os"
# (the rule of the Franciscan Third Order, 1528), "in the year of our Lord one thousand
# five hundred and twenty-eight", "anno Domini 1528", "l'an de grâce 1528", "im Jahre des
# Herrn 1528", "anno del Signore 1528". A quick look first (in C), then the clause on the
# text folded as old hands spell (j for i, u for v, y for i, ç, expansions in parentheses)
ERA_HINT = re.compile(r"(?i)year\s+of|anno\b|a(?:ñ|n\(?n?\)?)os?\s+del|l['’]an\s+de|"
                      r"[ji]ahre?\s+des")


def may_hold_era(text: str) -> bool:
    """The look before ERA_HINT, in C (most paragraphs have no era clause): where ERA_HINT
    matches, the lower-cased text holds one of these (fixed letters of its five forms),
    unless it has one of ODD_CASE's letters."""
    low = text.lower()
    return any(word in low for word in ("year", "anno", "del", "l'an", "l’an", "ahr")) \
        or any(c in text for c in ODD_CASE)


ERA = re.compile(
    r"(?:(?:in\s+the\s+)?year\s+of\s+(?:our\s+lord|grace)(?:\s+iesus\s+christ)?|"
    r"anno\s+(?:domini|(?:ab\s+incarnatione|a\s+natiuitate)\s+domini|del\s+signore)|"
    r"an+os?\s+del\s+(?:na[sc]+imiento\s+de\s+nuestro\s+(?:sen+or|saluador)|sen+or)|"
    r"l['’]an\s+de\s+(?:grace|notre\s+seigneur)|iahre?\s+des\s+herrn)[\s,]+")
ERA_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
OLD_STYLE = re.compile(r"/(\d{1,2})(?!\d)")


def _folded(text: str) -> tuple[str, list[int]]:
    """*text* as old hands' spellings fold (lower case, j i, v u, y i inside a word, ç c, ñ n,
    the parentheses of expansions dropped), and each folded character's place in *text*."""
    out: list[str] = []
    where: list[int] = []
    for k, c in enumerate(text.lower()):
        if c in "()":
            continue
        if c == "y" and 0 < k < len(text) - 1 and text[k - 1].isalpha() \
                and text[k + 1].isalpha():
            c = "i"
        out.append({"j": "i", "v": "u", "ç": "c", "ñ": "n", "’": "'"}.get(c, c))
        where.append(k)
    return "".join(out), where


def _number_words(words: list[str]) -> list[str]:
    """Old spellings of number words made modern: "mill" mil, "ueinte" veinte, "nueue"
    nueve, "vno" uno (u and v as the hands write them)."""
    out = []
    for w in words:
        w = re.sub(r"ll$", "l", w)
        w = re.sub(r"^u(?=[aeio])|(?<=[aeio])u(?=[aeio])", "v", w)
        out.append(re.sub(r"^v(?=[^aeiou])", "u", w))
    return out


def era_year(text: str) -> DateFound | None:
    """The year of an era clause in *text* ("anno Domini 1528", "año del nascimiento de
    nuestro salvador … de mil quinientos veinte y ocho años"), positions in *text*."""
    hint = ERA_HINT.search(text)
    if hint is None:
        return None
    start = max(0, hint.start() - 12)
    folded, where = _folded(text[start:start + 400])
    m = ERA.search(folded)
    if m is None:
        return None
    # the year after the formula, or after the Lord's name that follows it ("… nuestro
    # salvador Jesu Christo de mil …"): at most three words on, "de" before it
    words = list(re.finditer(r"[^\W\d_]+|\d+", folded[m.end():m.end() + 200]))[:18]
    for skip in range(min(4, len(words))):
        if ERA_YEAR.fullmatch(words[skip].group()):
            at = m.end() + words[skip].start()
            year, end = int(words[skip].group()), at + 4
            split = OLD_STYLE.match(folded, end)
            if split:             # "1671/2": the year of the Old Style and of the New, the
                digits = split.group(1)          # later the year as counted today
                later = year - year % 10 ** len(digits) + int(digits)
                year = later + 10 ** len(digits) if later < year else later
                end = split.end()
            return DateFound(start + where[at], start + where[end - 1] + 1, str(year))
        run = words[skip + 1:] if words[skip].group() == "de" else words[skip:]
        modern = _number_words([w.group() for w in run[:14]])
        for n in range(len(modern), 1, -1):       # (two words at least: "mil" alone
            value = number_value(" ".join(modern[:n]))   # is no year)
            if value is not None and 1000 <= value <= 2099:
                first, end = m.end() + run[0].start(), m.end() + run[n - 1].end()
                return DateFound(start + where[first], start + where[end - 1] + 1, str(value))
    return None


def _era_date(p, span: Span, ctx: Context) -> Span:
    """An era clause's year inside a paragraph: a <date when> around it (the text before
    it into *p*); returns the rest of the paragraph. Kept for the header: the document's
    date when nothing else dates it."""
    if not may_hold_era(span.text) or not ERA_HINT.search(span.text):
        return span                  # (most paragraphs: no era's words)
    text = plain(span.text)
    found = era_year(text)
    where = marks.plain_range(span.text, found.start, found.end) if found else None
    if found is None or where is None:
        return span
    fill(p, span[:where[0]], ctx)
    p.append(fill(E.date(**date_attrs(found)), span[where[0]:where[1]], ctx))
    ctx.fired("era-year")
    line, _ = span.pos(where[0])
    ctx.era_dates.append((found.when, line, " ".join(text[found.start:found.end].split())))
    return span[where[1]:]

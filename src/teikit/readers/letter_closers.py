"""A letter's closer: its closing formula, the signature and the signers (typed,
slashed, marked "(Sgd.)", a list of names), postscripts, the place and date of signing,
and the splitting of a closing run in with its name or its dateline."""
from __future__ import annotations

import itertools
import re

from ..formats.marks import plain
from . import letterwords
from .context import Context
from .dates import find_date
from .letter_openers import _without_line_bar, is_salutation, unpointed
from .shapes import PARTICLES, SENTENCE_INSIDE, particle
from .span import Span
from .unit import Unit

SALUTE_CLOSE = re.compile(
    r"^(?:yours|sincerely|respectfully|faithfully|cordially|regards|affectionately|"
    r"very\s+(?:truly|sincerely|respectfully)|with\s+(?:best|kind|warm|great|sincere|high|"
    r"the\s+(?:highest|greatest))|(?:best|kind|warm)\s+(?:wishes|regards)|ever\s+yours|"
    r"i\s+am\s*,|i\s+am\s+(?:yours|your|ever|very|most|with|dear|sir|madam|sincerely|"
    r"respectfully|faithfully|truly|affectionately|always|gratefully)\b|i\s+remain|i\s+have\s+the\s+hono(?:u)?r\s+to\s+(?:be|remain|subscribe)|believe\s+me|your\s+(?:most|very|ever|"
    r"truly|sincere|faithful|obedient|affectionate|friend|devoted|humble|obt|obdt|obedt|"
    r"hble|hbl|obliged)|of\s+your\s+(?:affectionate|loving|dutiful|obedient|humble|"
    r"sincere|faithful|fond)|"
    # a petition's closing ("and I in Duty Bound / Would Ever Pray", "as in duty bound your
    # petitioners will ever pray")
    r"(?:and|as)\s+(?:(?:i|we|your\s+(?:humble\s+)?petitioners?)\s+)?(?:as\s+)?in\s+duty\s+"
    r"bound|"
    r"(?:dear\s+)?sir,?\s+your|and\s+(?:most\s+|very\s+)?(?:humble|obedient)|"
    r"(?:lots\s+of|much|all\s+my|with\s+(?:all\s+my\s+)?)\s*love|love\s+(?:to\s+all|always)|"
    # love sent, as letters home end ("Love and kisses to my darling wife from your ever
    # true and loving hubby.", "Love to my darling.", "True and sincere love to …")
    r"love\s+(?:and\s+kisses|to\s+(?:my|you|all|the)\b|from\s+(?:your|us|all)\b)|"
    r"(?:true|sincere|fond(?:est)?|best|heaps\s+of|tons\s+of)(?:\s+and\s+\w+)?\s+love\s+"
    r"(?:and\s+kisses|to|from)\b|"
    r"your\s+loving|fondly|warmly|cheers|hugs|as\s+ever|ever\s+your|love(?=[,.]?\s*$)|"
    r"looking\s+forward(?=\s*(?:to\b|[,.!]?\s*$))|"       # ("Looking forward" / "Carrie C. Catt")
    r"(?:most|very)\s+(?:respectfully|sincerely|truly)|"
    # German, French, Italian, Spanish closings
    r"mit\s+(?:freundlichen|besten|herzlichen)\s+gr[üu](?:ß|ss)en|hochachtungsvoll|"
    r"(?:ihr|dein|euer)\s+(?:ergebener|treuer)|herzlich(?:st)?|"
    r"veuillez\s+agr[ée]er|je\s+vous\s+prie|bien\s+[àa]\s+vous|cordialement|amiti[ée]s|"
    r"votre\s+(?:tr[èe]s\s+)?(?:humble|d[ée]vou[ée]|ob[ée]issant)|"
    r"distinti\s+saluti|cordiali\s+saluti|atentamente|un\s+(?:cordial\s+)?saludo|"
    r"adieu|je\s+vous\s+embrasse|je\s+t'embrasse|tout\s+[àa]\s+(?:vous|toi)|"
    r"(?:croyez|veuillez|agr[ée]ez|recevez|daignez)\b.{0,100}\b(?:sentiments|hommages|"
    r"respects|salutations|assurance|expression)|votre\s+(?:fils|fille|ami|amie|fr[èe]re)|"
    r"ton\s+(?:fils|ami|fr[èe]re)|"
    r"lebe?\s+wohl|leben\s+sie\s+wohl|in\s+(?:treue|liebe|herzlicher)|viele\s+gr[üu]|"
    r"(?:ihr|ihren?|dein|deine|euer|eure)\s+(?:treu|gehorsam|dankbar|sehr|ganz|aufrichtig|"
    r"ergeben|alter|getreu|liebend)\w*|"
    r"met\s+(?:vriendelijke|hartelijke)\s+groet|hoogachtend|"
    r"addio|saluti|abbracci|(?:il\s+)?(?:suo|tuo|vostro)\s+(?:aff|dev|obbl|amico)\w*|"
    r"con\s+(?:\w+\s+){0,2}stima|mi\s+creda|"
    r"adi[óo]s|(?:su|tu)\s+(?:afect\w*|segur\w*|atent\w*|amig\w*)|un\s+abrazo|besos|"
    r"q\.?\s*b\.?\s*s\.?\s*m|s\.?\s*s\.?\s*s|"
    # greetings sent ("With cordial greetings, yours"), and the Hebrew closings of letters
    # ("בדרישות שלום לבביות, שלך", "בברכה", "בכבוד רב", "ידידך")
    r"with\s+(?:cordial|hearty|heartiest|friendly|affectionate)\s+(?:greetings|regards|"
    r"wishes)|" + letterwords.CLOSE_WORDS + r"|"
    r"בברכה|בברכות|בדרישות\s+שלום|בכבוד(?:\s+רב)?|שלך|ידידך|אוהבך|בידידות|בהוקרה|"
    # ("מוקירך ומכבדך העומד לשרת לפניך": who esteems and honours you, standing to serve)
    r"מוקירך|המוקירך|מכבדך|המכבדך|דורש\s+שלומך|העומד\s+לשרת)"
    r"\b[^!?\n]{0,140}?[,.]?$", re.I)


POSTSCRIPT = re.compile(r"^(?:P\.\s?S\.|PS\b|Post\s?script\b)", re.I)
# the marks of a postscript under a signature, with the later ones and the German
# "Nachschrift" and the N.S. (nota/nachschrift) of German and Dutch letters
POSTSCRIPT_AFTER = re.compile(r"^(?:P\.\s?S\.|PS\b|P\.\s?P\.\s?S\.|PPS\b|N\.\s?S\.|"
                              r"Post\s?script\b|Nachschrift\b)", re.I)


# the servant's formula that closes 18th- and 19th-century letters, in its abbreviations
# ("I am Honored Sir yr Obliged and Affectionate Hbl Servant", "Your Excellency's much obt
# and hble servt,")
SERVANT = re.compile(r"(?i)\b(?:serv(?:an)?t|servt|svt|hble|hbl|humble|obedient|obt|"
                     r"servitore|serviteur|servidor|diener|dienaar|devot[ií]ssim[oa]|"
                     r"hum[iu]l[ií]ssim[oa]|obbligat[ií]ssim[oa])\b")


# a closing the printer or the copyist cut short with "&c." ("I am, Sir, &c.", "I have the
# honour to be, &c.", "Believe me, &c. &c.", "&c. &c. &c." alone over the name)
CUT_CLOSING = re.compile(r"(?i)^(?:(?:i\s+am|i\s+remain|i\s+have\s+the\s+hono(?:u)?r\s+to\s+be|"
                         r"believe\s+me|(?:and\s+)?(?:i\s+)?(?:am|remain)|yours)\b"
                         r"[^.!?\n]{0,60}?[,\s])?(?:&c\.?|etc\.)(?:[\s,]*(?:&c\.?|etc\.)){0,3}"
                         r"[\s,]*$")


def is_closing(text: str) -> bool:
    text = _without_line_bar(unpointed(plain(text)).replace("\u00a0", " "))
    if letterwords.possessive_signed(text):
        return False             # "Din egen Peter.": the signature, the possessive its own
    return bool(SALUTE_CLOSE.match(text)) or bool(CUT_CLOSING.match(text)) or (
        len(text.split()) <= 16 and "\n" not in text and bool(SERVANT.search(text))
        and not SENTENCE_INSIDE.search(text) and text[-1:] not in "?!")


# a closing formula's word: the line is the formula's, never the name under it ("Would
# Ever Pray", "Your Obt. Servt")
FORMULA_WORD = re.compile(r"(?i)\b(?:pray|remain|be|am|yours?|serv(?:an)?t|servt|svt|obt|"
                          r"respectfully|truly|sincerely|faithfully|affectionately|obedient)\b")
# a line of a postal address: a house number or a street's word
STREET = re.compile(r"\d|\b(?:Street|St\.|Road|Rd\.?|Lane|Avenue|Ave\.?|Square|Sq\.|Place|"
                    r"Row|Terrace|Green|Court|Crescent|Hill|Gardens|Buildings)\b")


def _closing_in_lines(u: Unit) -> bool:
    """A closing's formula set in two to four short lines ("and I in Duty Bound" /
    "Would Ever Pray")."""
    lines = [ln.strip() for ln in plain(u.body.text).strip().split("\n")]
    return 2 <= len(lines) <= 4 and all(ln and len(ln.split()) <= 8 for ln in lines) \
        and is_closing(" ".join(lines))


def _marker_only(u: Unit) -> bool:
    """A paragraph that is a transcriber's marker alone ("[[envelope]]", "[[Marginalia –
    left]]", "[Page 2]")."""
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.span.text).strip()
    return bool(re.fullmatch(r"\[\[[^\[\]\n]{1,60}\]\]|\[[^\[\]\n]{1,60}\]", text))


def _split_closing_over_name(units: list[Unit], k: int) -> bool:
    """A name alone (units[k]) under a paragraph whose last lines are the closing
    ("We all continue as usual" / "in good health at Barrington." / "I remain very truly"
    / "Yours &c"): the closing's lines a paragraph of their own. The evidence is the
    formula on the first of them and every line short."""
    u, before = units[k], units[k - 1]
    if before.kind != "para" or before.span is None or "\n" in u.body.text.strip() \
            or not is_signature([plain(u.body.text).strip()]):
        return False
    bounds = [(a, b) for a, b in _line_bounds(before.body.text)
              if before.body.text[a:b].strip()]
    lines = [plain(before.body.text[a:b]).strip() for a, b in bounds]
    start = next((i for i in range(max(1, len(lines) - 4), len(lines))
                  if is_closing(lines[i]) and all(len(ln.split()) <= 8 for ln in lines[i:])
                  and is_closing(" ".join(lines[i:]))), None)
    if start is None:
        return False
    body = before.body
    before.span = body[:bounds[start - 1][1]].strip()
    units.insert(k, Unit("para", before.block, span=body[bounds[start][0]:bounds[-1][1]].strip()))
    return True


def lineated_closing(lines: list[str]) -> tuple[int, int] | None:
    """Where a closing set in the writer's lines starts, and the line of the name under
    it: a closing's formula on short lines ("I have the honor to be" / "very Respectfully"
    / "Your obt. Svt", "and I in Duty Bound" / "Would Ever Pray"), then a name, then at
    most four short lines of the signer's address ("No.8 Littel George" / "Street bethnal
    Green"). None when the lines are no such closing."""
    for j in range(max(1, len(lines) - 5), len(lines)):
        after = lines[j + 1:]
        if not is_signature(lines[j:j + 1]) or _only_date(lines[j]) \
                or re.search(r"\d", lines[j]) or FORMULA_WORD.search(lines[j]) or not all(
                    len(ln.split()) <= 8 and ln[-1:] not in ".!?;:," for ln in after) \
                or (after and not any(STREET.search(ln) for ln in after)):
            continue
        for i in range(max(0, j - 4), j):
            said = " ".join(lines[i:j])
            if all(len(ln.split()) <= 8 for ln in lines[i:j]) and is_closing(said) \
                    and not (i and is_closing(" ".join(lines[i - 1:j]))):
                return i, j
    return None


def _postscript_unsigned(units: list[Unit]) -> None:
    """A letter opened with its salutation whose signature was not found: a paragraph
    that opens "P.S." after its text is still its postscript, and what follows it."""
    if not any(u.kind == "greeting" for u in units) or any(
            u.kind in ("closer", "salute", "postscript") for u in units):
        return
    at = next((k for k, u in enumerate(units) if u.kind == "greeting"), 0)
    ps = next((k for k in range(len(units) - 1, at + 1, -1) if units[k].kind == "para"
               and units[k].span is not None
               and POSTSCRIPT_UNSIGNED.match(plain(units[k].body.text).strip())), None)
    if ps is None or any(u.kind not in ("para", "pb", "cb") or _marker_only(u)
                         for u in units[ps:]):
        return                        # (a cover's address after it: no postscript's)
    for u in units[ps:]:
        if u.kind == "para":
            u.kind = "postscript"


# "P.S.", "P.S" (its last stop left out: "P.S write as soon as"), "PS", "Postscript"
POSTSCRIPT_UNSIGNED = re.compile(r"^(?:P\.\s?S\b\.?|PS\b|Post\s?script\b)", re.I)


def _source_lines(u: Unit) -> list[tuple[int, int]]:
    """Where the source's last lines stand in a paragraph read as running prose, its lines
    joined by a space (a transcription kept line for line, read as wrapped): the bounds of
    each of them in the paragraph's text, as far back as the text is those lines so
    joined (the first line may be the salutation's, taken apart already)."""
    lines = [ln.text.strip() for ln in u.block.lines if ln.text.strip()]
    text = u.body.text.rstrip()
    bounds: list[tuple[int, int]] = []
    at = len(text)
    for line in reversed(lines):
        start = at - len(line)
        if start < 0 or text[start:at] != line or (start and text[start - 1] != " "):
            break
        bounds.insert(0, (start, at))
        at = start - 1
    return bounds if len(bounds) >= 3 else []


def _split_lineated_closing(units: list[Unit]) -> list[Unit]:
    """A letter's last paragraph set in the writer's lines whose last lines are its
    closing and the name, maybe with the signer's address under it (lineated_closing):
    the closing's lines and the name are paragraphs of their own, for the closer rule, and
    the address lines are returned, taken out, to stand in the closer after it."""
    last = next((k for k in range(len(units) - 1, -1, -1)
                 if units[k].kind not in ("pb", "cb")), None)
    postscript = last is not None and last > 1 and units[last].span is not None \
        and POSTSCRIPT_UNSIGNED.match(plain(units[last].body.text).strip()) is not None
    if postscript and last is not None:
        last -= 1                   # (the name over a P.S.: "Thos Campbell" / "P.S write …")
    if last is None or units[last].kind != "para" or units[last].span is None:
        return []
    u = units[last]
    bounds = [(a, b) for a, b in _line_bounds(u.body.text) if u.body.text[a:b].strip()]
    if len(bounds) < 3:
        bounds = _source_lines(u)
    if len(bounds) < 3:
        return []
    found = lineated_closing([plain(u.body.text[a:b]).strip() for a, b in bounds])
    if found is None or (found[0] == 0 and found[1] == len(bounds) - 1):
        return []                 # (closing and name alone: the closer rule reads them)
    i, j = found
    if postscript and j < len(bounds) - 1:
        return []                   # (an address under the name, then a P.S.: not so read)
    body = u.body
    parts = [Unit("para", u.block, span=body[bounds[i][0]:bounds[j - 1][1]].strip()),
             Unit("para", u.block, span=body[bounds[j][0]:bounds[j][1]].strip())]
    if i:
        u.span = body[:bounds[i - 1][1]].strip()
    else:
        units[last:last + 1] = []
        last -= 1
    units[last + 1:last + 1] = parts
    if j == len(bounds) - 1:
        return []
    return [Unit("para", u.block, span=body[bounds[j + 1][0]:bounds[-1][1]].strip())]


# the formula that closes a letter, also inside the closing's last sentence ("Soyez
# assuré … de la reconnaissance de l'Evêque … et veuillez agréer mes sentiments …", "…, I
# remain, Sir, your obedient servant.")
CLOSING_FORMULA = re.compile(
    r"(?i)\b(?:(?:veuillez|croyez|agr[ée]ez|recevez|daignez)\b.{0,100}\b(?:sentiments|"
    r"hommages|respects|salutations|assurance|expression)|i\s+remain|i\s+have\s+the\s+"
    r"hono(?:u)?r\s+to\s+be|believe\s+me|hochachtungsvoll|mit\s+(?:freundlichen|besten|"
    r"herzlichen)\s+gr[üu](?:ß|ss)en|distinti\s+saluti|cordiali\s+saluti)\b[^.!?]{0,140}"
    r"[.!]?$")


def _name_over_office(lines: list[Span]) -> bool:
    """A name ending in a comma over the signer's office or profession, the last lines
    of a closing ("Gisbert Dachsburg," / "Förster."): the signature, never a closing."""
    name = plain(lines[0].text).strip()
    if not name.endswith(",") or is_closing(name) or len(lines) > 3 \
            or not is_signature([name.rstrip(", ")]) or len(name.split()) < 2:
        return False
    return all(_office_line(plain(ln.text).strip().rstrip(".")) for ln in lines[1:])


# a farewell that opens a letter's last paragraph or sentence, the whole of it the closing
# ("Adieu Monsieur, je vous envoie … l'expression de la plus sincère affection.", "Ja nu
# lev vel lille Trine til vi ses.", "Vale.", "Aeternum vale.")
FAREWELL = re.compile(r"(?i)^(?:adieu|addio|adi[óo]s|lebe?\s+wohl|"
                      + letterwords.CLOSE_BY_LANGUAGE["la"]
                      + r"|(?:(?:ja|og|nå)\s+)?(?:nu\s+)?lev\s+vel)\b[^.!?]{0,140}[.!]?$")


def _unsigned_closing(units: list[Unit], at: int, last: int) -> bool:
    """A letter that opened with its salutation and ends in a paragraph whose last sentence
    holds the closing's formula, with no name under it (a letter-book's or an office copy
    leaves the signature out), at most the addressee's lines under it (Le REVEREND PERE
    VAYSSIERE / Provincial … / MARSEILLE): the closing is the closer's <salute>, the lines
    under it the addressee's."""
    k = last
    if _address_lines(units[k]):
        k -= 1
    u = units[k]
    if k <= at + 1 or u.kind != "para" or u.span is None:
        return False
    text = " ".join(plain(u.body.text).split())
    if len(text.split()) > 60 or not (CLOSING_FORMULA.search(
            re.split(r"(?<=[.!?])\s+(?=\S)", text)[-1]) or FAREWELL.match(text)) \
            or (k < last and text.endswith(",")):
        return False             # (a closing's comma waits for the signer's lines under it)
    u.kind = "salute"
    if k < last:
        units[last].kind = "addressee"
    return True


def _address_lines(u: Unit) -> bool:
    """A block of two to six short lines, no sentence and no signature: an address."""
    if u.kind != "para" or u.span is None:
        return False
    lines = [ln.strip() for ln in plain(u.body.text).strip().split("\n")]
    return 2 <= len(lines) <= 6 and all(ln and len(ln.split()) <= 8 and ln[-1] not in ".!?;:"
                                        for ln in lines) and not is_signature(lines)


# a copy's note of those who signed, their names on one line: "Firmado: Leopoldo Edren,
# Antonio Belmonte y Joachim Figueroa" (a register's copy of a petition), "Signed: …",
# "Fdo.:", "Signé :", "Gez.", "Assinado:", "Firmato:"
SIGNED_LIST = re.compile(r"(?i)^(?:firmad[oa]s?|fdo\.|signed|sgd\.|sign[ée]s?|gez\.|gezeichnet|"
                         r"assinad[oa]s?|firmat[oa]|firmati)\s*[:.]?\s+(?=\S)")
NAME_SEPARATOR = re.compile(r"\s*,\s*(?:(?:y|e|et|and|und)\s+)?|\s+(?:y|e|et|and|und|&)\s+")


def _signed_list(units: list[Unit]) -> None:
    """The last paragraph a note of the signers with their names on one line (SIGNED_LIST):
    one closer, a <signed> for each name."""
    last = next((k for k in range(len(units) - 1, 0, -1) if units[k].kind not in ("pb", "cb")),
                None)
    if last is None:
        return
    u = units[last]
    if u.kind != "para" or u.span is None or "\n" in u.body.text.strip():
        return
    text = u.body.text
    m = SIGNED_LIST.match(plain(text)) if text == plain(text) else None
    if m is None:
        return
    cuts = [m.end()] + [sep.end() for sep in NAME_SEPARATOR.finditer(text, m.end())]
    names = [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    if not 2 <= len(names) <= 12 or not all(is_signature([NAME_SEPARATOR.sub("", n).strip(
            " .")]) for n in names):
        return
    bounds = list(zip([0, *cuts[1:]], [*cuts[1:], len(text)], strict=True))
    parts = [Unit("cosigned", u.block, span=u.body[a:b].strip()) for a, b in bounds]
    parts[0].kind, parts[0].closing = "closer", []
    units[last:last + 1] = parts


# a copy's mark that a signature stood there, before each signer's name: "(f).-" (firmado),
# "(Fdo.)", "(Firmado)", "(Sgd.)", "(Signed)", "(gez.)", "(L.S.)"
SIGN_MARK = re.compile(r"(?i)\((?:f|fdo|firmado|sgd|signed|gez|l\.\s?s)\.?\)\.?\s*[-–—]?\s*")


def _marked_signers(units: list[Unit]) -> None:
    """The signers of an act a copy lists on one line, each name after the mark of a
    signature ("(f).- José Joaquín de Olmedo.   (f).- Manl. José de Herrera. …"), the last
    paragraph or the one over a last line of an office alone ("Secretario."): one closer, a
    <signed> for each name, the mark kept in it (and the office line one more)."""
    paras = [k for k in range(len(units)) if units[k].kind not in ("pb", "cb")]
    if not paras:
        return
    last = paras[-1]
    office = None
    if len(paras) >= 2 and units[last].kind == "para" and units[last].span is not None \
            and _office_line(plain(units[last].body.text).strip(" .»«\"”")) \
            and len(plain(units[last].body.text).split()) <= 4:
        office, last = last, paras[-2]
    u = units[last]
    if u.kind != "para" or u.span is None or "\n" in u.body.text.strip():
        return
    text = u.body.text
    marks = list(SIGN_MARK.finditer(text)) if text == plain(text) else []
    if len(marks) < 2 or marks[0].start() != 0 or not any(
            x.kind == "para" and len(plain(x.body.text).split()) > 12 for x in units[:last]):
        return
    cuts = [m.start() for m in marks] + [len(text)]
    names = [text[b.end():c].strip() for b, c in zip(marks, cuts[1:], strict=True)]
    # (the marks are the evidence: a name in an old spelling may fail the name's shape,
    # "Bernabé Cornejo i Avilés", but one at most, and none may be a sentence)
    named = sum(1 for n in names if is_signature([n.rstrip(".")]))
    if named < max(2, len(names) - 1) or any(len(n.split()) > 6 for n in names):
        return
    parts = [Unit("cosigned", u.block, span=u.body[a:b].strip())
             for a, b in itertools.pairwise(cuts)]
    parts[0].kind, parts[0].closing = "closer", []
    if office is not None:
        units[office].kind = "cosigned"
    units[last:last + 1] = parts


def _cosigners(units: list[Unit], k: int, first: int) -> list[int]:
    """The names right over the signature at *k*, each a paragraph of its own and nothing
    but a name (with its office after a full stop, or the editor's identification in
    brackets: "Leopoldo Edren" / "Antonio Belmonte" / "Joachim Figueroa", "Luis de Ovalle
    [Procurador de número]"): those who sign with it, as a petition, a council's act or a
    deed is signed by several (two words at least: "Adjourned." over the secretary's name
    is the minutes' last word; and never a name list with no text over it)."""
    found: list[int] = []
    j = k - 1
    while j > first and len(found) < 8:
        x = units[j]
        if x.kind != "para" or x.span is None or "\n" in x.body.text.strip() \
                or len(plain(x.body.text).split()) < 2 \
                or not is_signature([plain(x.body.text).strip()]) \
                or plain(x.body.text).rstrip().endswith((":", ",")) or is_closing(x.body.text):
            break                  # (a closing's formula over the name is no second signer)
        found.insert(0, j)
        j -= 1
    return found if found and units[j].kind in ("para", "turn", "list", "quote") \
        and not name_only(units[j]) else []


# a copy's note that the original was signed, on a line of its own over the name: "Sgd:",
# "(Sgd.)", "Signed", "(Signed)"
SIGNED_ALONE = re.compile(r"(?i)^\(?(?:sgd|signed)\.?\)?\s*:?$")
# what a copy prints under the text it reproduces: its rights and where it was taken from
COPY_FOOTER = re.compile(r"(?i)^(?:copyright\b|©|\(c\)\s|source\s*:)")


def _signed_copy(units: list[Unit]) -> bool:
    """A copy's signature under the text ("Sgd:" / "TAN LEE MENG" / "Judge": a judgment,
    an order, a letter as a register copied it): the mark, the name and the office under it
    are the closer's <signed>; a rights or source line after them a note of the source."""
    start = max(0, len(units) - 8)
    k = next((k for k in range(start, len(units) - 1) if units[k].kind == "para"
              and SIGNED_ALONE.match(plain(units[k].body.text).strip())), None)
    if k is None or units[k + 1].kind != "para" \
            or not is_signature([plain(units[k + 1].body.text).strip()]):
        return False
    end = k + 2
    while end < len(units) and end < k + 4 and units[end].kind == "para" \
            and _office_line(plain(units[end].body.text).strip()):
        end += 1                         # "Judge", "Registrar", "Secretary of State"
    rest = units[end:]
    if any(u.kind != "para" or len(plain(u.body.text).split()) > 30 for u in rest) or not any(
            u.kind in ("para", "turn", "list") for u in units[:k]):
        return False
    signed = units[k]
    signed.kind, signed.closing = "closer", []
    signed.span = Span.join([u.body.strip() for u in units[k:end]], "\n")
    for u in rest:
        u.kind = "copy_footer" if COPY_FOOTER.match(plain(u.body.text).strip()) \
            else "postscript"
    del units[k + 1:end]
    return True


def _office_line(text: str) -> bool:
    """A short line under a signature that names the signer's office: capitalised words,
    no sentence ("Judge", "Judicial Commissioner", "Registrar")."""
    words = text.split()
    return 1 <= len(words) <= 6 and text[-1:] not in ".!?:;," and words[0][:1].isupper() \
        and not COPY_FOOTER.match(text)


def name_only(u: Unit) -> bool:
    """A paragraph that is a name and nothing else ("La Puta", "El Conde")."""
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.span.text).strip()
    words = text.split()
    return "\n" not in text and 1 <= len(words) <= 5 and text[-1:] not in ".!?,;:" \
        and all(w[:1].isupper() or particle(w) for w in words)


def _signed_over_postscript(units: list[Unit], last: int) -> bool:
    """A name alone, a paragraph opening "P.S." under it and a name alone under that."""
    def name(u: Unit) -> bool:
        text = plain(u.body.text).strip() if u.kind == "para" and u.span is not None else ""
        return bool(text) and "\n" not in text and len(text.split()) <= 5 \
            and is_signature([text])
    ps = units[last - 1]
    return name(units[last]) and name(units[last - 2]) and ps.kind == "para" \
        and ps.span is not None and POSTSCRIPT_AFTER.match(plain(ps.body.text).lstrip()) is not None


def _split_signature_line(units: list[Unit]) -> None:
    """A letter's last paragraph whose last line is the signature ("… missionnaire." /
    "L.P"): the signature is a paragraph of its own, for the closer rule below."""
    last = next((k for k in range(len(units) - 1, -1, -1)
                 if units[k].kind not in ("pb", "cb")), None)
    if last is None or units[last].kind != "para":
        return
    u = units[last]
    bounds = list(_line_bounds(u.body.text))
    if len(bounds) < 2:
        return
    before = u.body[bounds[-2][0]:bounds[-2][1]]
    sign = u.body[bounds[-1][0]:bounds[-1][1]].strip()
    if not re.search(r"[.!?»”\"]\s*$", plain(before.text)) or \
            not is_signature([plain(sign.text)]):
        return
    u.span = u.body[:bounds[-2][1]].strip()
    units.insert(last + 1, Unit("para", u.block, span=sign))


def _split_closing_dateline(units: list[Unit]) -> None:
    """A closing over the signature with the place and the date run on after it on its line
    ("Dios gue aVS. VS. m añ Guayaquil enero 27 de 1811.", as Spanish chancery letters end):
    two paragraphs, the closing and the closer's dateline (form "closing-dateline"). The
    place is one to three capitalised words right before the date, nothing after it."""
    paras = [k for k in range(len(units)) if units[k].kind == "para"][-4:]
    for k in paras[:-1]:
        u = units[k]
        if u.span is None or "\n" in u.body.text.strip() or u.body.text != plain(u.body.text):
            continue
        text = u.body.text
        found = find_date(text)
        if found is None or k + 1 >= len(units) or units[k + 1].span is None \
                or text[found.end:].strip(" .") \
                or not is_signature([plain(units[k + 1].body.text).strip()]):
            continue
        place = re.search(r"(?:\s(?:[A-ZÁÉÍÓÚÑ][\w'’-]+,?\s+){1,3})$", text[:found.start])
        if place is None or not is_closing(text[:place.start() + 1].strip()):
            continue
        body = u.body
        u.span = body[:place.start()].strip()
        units.insert(k + 1, Unit("para", u.block, span=body[place.start():].strip(),
                                 form="closing-dateline"))
        return


def _split_run_in_signature(units: list[Unit]) -> None:
    """A letter's last paragraph that ends in a signature with the signer's possessive, a
    closing formula's sentence over it ("… til vi ses. Din egen Peter.", a letter written
    as one paragraph): the closing and the signature are paragraphs of their own, for the
    closer rule below. Both are needed: a possessive and a name alone may be a sentence."""
    last = next((k for k in range(len(units) - 1, -1, -1)
                 if units[k].kind not in ("pb", "cb")), None)
    if last is None or units[last].kind != "para" or units[last].span is None:
        return
    u = units[last]
    text = u.body.text
    if _split_servant_and_name(units, last):
        return
    named = _closing_then_name(text)
    if named is not None and len(plain(text[:named[1]]).split()) >= 3:
        body = u.body                       # "… best regards to Judy. Ransom"
        start, name = named
        parts = [Unit("para", u.block, span=body[name:].strip())]
        if start:                           # (the closing's sentence, after the text's)
            parts.insert(0, Unit("para", u.block, span=body[start:name].strip()))
        u.span = body[:start or name].strip()
        units[last + 1:last + 1] = parts
        return
    cuts = [m.end() for m in re.finditer(r"[.!?]\s+(?=\S)", text.rstrip())]
    if len(cuts) < 2:
        return
    closing, sign = text[cuts[-2]:cuts[-1]], text[cuts[-1]:]
    said = " ".join(plain(closing).split())
    if not letterwords.possessive_signed(plain(sign)) or not (
            CLOSING_FORMULA.match(said) or FAREWELL.match(said)):
        return
    body = u.body
    u.span = body[:cuts[-2]].strip()
    units[last + 1:last + 1] = [Unit("para", u.block, span=body[cuts[-2]:cuts[-1]].strip()),
                                Unit("para", u.block, span=body[cuts[-1]:].strip())]


# a servant's formula run on to the signer's name at a letter's end, the lines joined ("…
# & remain very Respectfully your friend & obt svt Anson Jones"), and where the formula's
# sentence turns to it ("& remain", "I am", "I have the honor to be")
SERVANT_NAME_END = re.compile(r"\b(?i:serv(?:an)?t|servt|svt)\.?,?\s+"
                              r"(?P<name>[A-Z][^,.;:!?\n]{1,40}[^\s,;:!?])\.?\s*$")
CLOSING_TURN = re.compile(r"(?i)(?:(?:&|and)\s+)?(?:(?:i|we)\s+)?(?:remain|am|have\s+the\s+"
                          r"hono(?:u)?r\s+to\s+be)\b")


def _signs_off(units: list[Unit]) -> bool:
    """A text that ends as a letter: a closing's formula in one of its last three
    paragraphs, or its last paragraph's last sentence a name under a closing's ("Love to
    my Slim and best regards to Judy. Ransom")."""
    paras = [u for u in units if u.kind == "para" and u.span is not None][-3:]
    if len(paras) < 2:
        return False
    if any(is_closing(u.body.text) for u in paras):
        return True
    return _closing_then_name(paras[-1].body.text) is not None


def _closing_then_name(text: str) -> tuple[int, int] | None:
    """Where the closing's sentence and the name start in a paragraph whose last sentence
    is a closing's and whose last words are a name after it ("… best regards to Judy.
    Ransom"; the closing's start 0 where it is the paragraph's only sentence)."""
    text = text.rstrip()
    cuts = [m.end() for m in re.finditer(r"[.!?]\s+(?=\S)", text)]
    if not cuts:
        return None
    closing = text[cuts[-2] if len(cuts) > 1 else 0:cuts[-1]]
    sign = plain(text[cuts[-1]:]).strip()
    if len(sign.split()) > 4 or not is_signature([sign]) or not is_closing(plain(closing).strip()):
        return None
    return (cuts[-2] if len(cuts) > 1 else 0), cuts[-1]


def _split_servant_and_name(units: list[Unit], last: int) -> bool:
    """A letter's last paragraph that ends in the servant's formula and the name
    (SERVANT_NAME_END): the closing from where the sentence turns to it, and the name,
    paragraphs of their own. Both are needed: the servant's word and a name after it."""
    u = units[last]
    text = u.body.text.rstrip()
    m = SERVANT_NAME_END.search(text)
    if m is None or not is_signature([plain(m.group("name"))]):
        return False
    sentence = max((c.end() for c in re.finditer(r"[.!?]\s+(?=[A-Z])", text[:m.start()])),
                   default=0)
    turn = [t for t in CLOSING_TURN.finditer(text, sentence, m.start())
            if len(text[t.start():m.start()].split()) <= 16]
    cut = turn[0].start() if turn else m.start("name")
    if cut <= 0 or len(plain(text[:cut]).split()) < 3:
        return False
    body = u.body
    u.span = body[:cut].strip()
    parts = [Unit("para", u.block, span=body[cut:m.start("name")].strip())] if turn else []
    units[last + 1:last + 1] = [*parts, Unit("para", u.block,
                                             span=body[m.start("name"):].strip())]
    return True


def _split_run_in_farewell(units: list[Unit]) -> bool:
    """A letter's last paragraph whose last sentence is its farewell, maybe with the day
    and the place after it ("… mi Tiro. Vale.", "… Etiam atque etiam vale. VII Id. Nov.
    Leucade."): the farewell is the closer's salute, the dating its dateline. A letter that
    opened with its salutation only; the farewell ends the paragraph or only the dating
    follows it."""
    last = next((k for k in range(len(units) - 1, -1, -1)
                 if units[k].kind not in ("pb", "cb")), None)
    if last is None or units[last].kind != "para" or units[last].span is None:
        return False
    u = units[last]
    text = u.body.text.rstrip()
    if text != plain(text) or "\n" in text.strip():
        return False
    starts = [m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text)][-8:]
    for s in reversed(starts):
        m = re.match(r"(?P<f>[^.!?]{1,140}[.!])\s*(?P<d>.*)$", text[s:])
        if m is None or not FAREWELL.match(m.group("f")) or (
                m.group("d") and not letterwords.LATIN_DATING.match(m.group("d"))):
            continue
        body = u.body
        u.span = body[:s].strip()
        farewell = Unit("salute", u.block, span=body[s:s + m.end("f")].strip())
        dating = [Unit("closing_dateline", u.block, span=body[s + m.start("d"):].strip())] \
            if m.group("d") else []
        units[last + 1:last + 1] = [farewell, *dating]
        return True
    return False


# a typed signature: the office, a wide gap, the name ("Президент Российской Федерации
# <spaces> В.Путин", "Secretary of State          Dean Acheson")
TYPED_SIGNATURE = re.compile(r"^\S.{2,60}?\S {6,}\S.{1,40}$")
SLASHED_NAME = re.compile(r"^(?:/(?P<name>[^/\s][^/]{0,58}[^/\s])/|/s/\s+(?P<after>\S.{0,58}))$",
                          re.I)
MAIL_ADDRESS = re.compile(r"\s+[(<][^()<>\s]{1,60}@[^()<>\s]{1,80}[)>]\s*$")
# kisses written by the name on a signature line, before or after it ("Harry x x x",
# "XXXXX Don", "Jim xxx"): the closing's, not the name's
KISSES = re.compile(r"^(?:[xX]{2,}|(?:[xX]\s+){2,})\s*(?=[A-Z][a-z])|(?<=[a-z.])\s+(?:[xX]{2,}|"
                    r"[xX](?:\s+[xX])+)\s*$")
SIGNED_MARK = re.compile(r"\s*\((?:signed|sgd\.?)\)\s*$", re.I)
CLOSING_AND_NAME = re.compile(r"^(?P<closing>[^\n]{3,140}?,)\s+(?P<name>[^,\n]{2,60}?)"
                              r"(?:\s*\((?:signed|sgd\.?)\))?\s*$", re.I)


# the servant's formula run on to the name: "di vostra Serenità humilissimo, et devotissimo
# servitore Christofforo Suriano"
SERVANT_AND_NAME = re.compile(r"^(?P<closing>[^\n]{3,140}?\b(?i:serv(?:an)?t|servitore|"
                              r"serviteur|servidor|diener|dienaar))\s+(?P<name>[A-Z][^,\n]{2,60}?)"
                              r"\s*$")


def _signing_place_and_date(u: Unit) -> bool:
    """Lines under a signature that say where and when it was signed ("Москва, Кремль" /
    "29 июля 2002 года" / "N 798"): short, with a date."""
    text = plain(u.body.text)
    return len(text) <= 200 and text.count("\n") <= 3 and not POSTSCRIPT.match(text.strip()) \
        and all(len(line.strip()) <= 40 for line in text.split("\n")) \
        and find_date(text) is not None


def _dateline_over_salutation(u: Unit) -> bool:
    """A paragraph of one line that is a place and a date and nothing more, over a
    salutation: where and when the letter was written."""
    from .dates import looks_like_dateline
    text = plain(u.body.text).strip()
    return "\n" not in text and len(text) <= 80 and looks_like_dateline(text) \
        and _signing_place_and_date(u)


def _dateline_alone(u: Unit) -> bool:
    """A letter's last paragraph that is where and when it was written and nothing more, a
    line of at most twelve words ("ex opido Prugk, die 13. novembris 1444.", "Paris, le 3
    mai 1871."), a full date in it, no name."""
    text = plain(u.body.text).strip()
    found = find_date(text)
    return "\n" not in text and len(text.split()) <= 12 and found is not None \
        and len(found.when) == 10 and not re.search(r"[;:!?]|[^\W\d_]{3}\.\s", text[:found.start]) \
        and not text[found.end:].strip(" .)]）")


def _only_date(text: str) -> bool:
    """A line that is a date and nothing more ("March 30, 1884")."""
    found = find_date(text)
    return found is not None and not text[:found.start].strip(" .,") \
        and not text[found.end:].strip(" .,")


def _aside(u: Unit) -> bool:
    """A paragraph that is one bracket under a letter (the archive's reference,
    "_[AA : A3195, 1948, I.8114]_"): no part of the letter."""
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.span.text).strip().strip("_*")
    return len(text) <= 120 and text[:1] == "[" and text[-1:] == "]" and text.count("[") == 1


def _split_closing_line(units: list[Unit]) -> None:
    """A letter's last paragraph that is its closing and its signature on one line
    ("Faithfully yours, G.C. MARSHALL (Signed)"): two, for the closer rule below."""
    last = next((k for k in range(len(units) - 1, -1, -1)
                 if units[k].kind not in ("pb", "cb") and not _aside(units[k])), None)
    if last is None or units[last].kind != "para" or "\n" in units[last].body.text:
        return
    u = units[last]
    m = next((m for m in (CLOSING_AND_NAME.match(u.body.text),
                          SERVANT_AND_NAME.match(u.body.text))
              if m and is_closing(m.group("closing"))
              and is_signature([plain(m.group("name"))])), None)
    if m is None:
        return
    closing, name = u.body[:m.end("closing")], u.body[m.start("name"):].strip()
    u.span = closing
    units.insert(last + 1, Unit("para", u.block, span=name))


def _line_bounds(text: str):
    start = 0
    for i, ch in enumerate(text + "\n"):
        if ch == "\n":
            yield start, i
            start = i + 1


# the word that ends a text, in the languages of the month tables: no one's name
END_WORDS = re.compile(r"(?i)(?:the\s+)?(?:end|fin|finis|fine|ende|einde|slut|slutt|loppu|"
                       r"koniec|konec|vége|fim|τέλος|конец)\.?")


def is_signature(lines: list[str]) -> bool:
    """A name (and a title under it): "Sebald", "H.D. Riley[5]" / "Vice Admiral U.S. Navy"."""
    if not lines or len(lines) > 3:
        return False
    if len(lines) >= 2 and _office_over_name(lines[0]):
        return is_signature(lines[1:])    # "EL PRESIDENTE DE LA JUNTA," / "Manuel Chaves …"
    name = _without_line_bar(re.sub(r"\[\d{1,6}\]", "", lines[0]).replace("\u00a0", " "))
    name = SIGNED_MARK.sub("", name)   # "G.C. MARSHALL (Signed)": a copy's note of it
    name = MAIL_ADDRESS.sub("", name)  # "Linus (torva...@kruuna.helsinki.fi)": a mail's sender
    name = KISSES.sub("", name) or name   # "Harry x x x", "XXXXX Don": the kisses by the name
    # the typist's mark of a signature: the name between slashes under the office
    # ("/C.Budzyńska/", as Polish and Russian typed letters print it) or after "/s/"
    slashed = SLASHED_NAME.match(name.strip())
    if slashed:
        name = slashed.group("name") or slashed.group("after")
    dashed = re.match(r"^(?:--|—|–)\s*(?=\w)", name)     # "-- Barry, Brett, Carol": a sign-off
    if dashed:
        name = name[dashed.end():]
        names = [n.strip() for n in re.split(r",|\band\b|&", name)]
        return 1 <= len(names) <= 8 and all(n and is_signature([n]) for n in names)
    # the editor's identification of the signer after the name ("Luis de Ovalle
    # [Procurador de número de la Real Audiencia]"), and the office after a full stop
    # ("Juan Joseph de Solorzano. Escribano publico y de camara"): the name is before them
    name = re.sub(r"(?<=\w)\.?\s*\[[^\[\]]{1,80}\]\s*$", "", name)
    office = re.match(r"^((?:\S+\s+){1,4}[^\W\d_]{3,})\.[-–—]?\s+([A-ZÁÉÍÓÚÑ][^\W\d_]+"
                      r"(?:\s+[^\W\d_]+){0,5})\.?$", name)
    if office and not re.search(r"[,;:!?\d]", name) and len(office.group(1).split()) >= 2:
        name = office.group(1)
    words = name.split()
    if not 1 <= len(words) <= 5 or re.search(r"[,;!?]", name):
        return False
    if END_WORDS.fullmatch(name.strip()):
        return False                         # "End.", "The End", "Fin.": the text's end
    if ":" in name and not re.match(r"^[A-Z][a-z]{1,3}:\s+\S+\.?$", name):   # "Th: Jefferson"
        return False
    if letterwords.possessive_signed(name):
        return True                          # "Il vostro Alberto", "Din egen Peter."
    if "\u0590" <= name[:1] <= "\u06ff":   # Hebrew and Arabic have no capitals: a short
                                            # line of three words at most ("ש. לוין")
        return len(words) <= 3 and len(name) <= 30 and not re.search(r"[:()\d]", name)
    return all(w[0].isupper() or w.casefold() in PARTICLES for w in words) and words[0][0].isupper()


def _office_over_name(text: str) -> bool:
    """The signer's office in capitals over the name, with a comma, as decrees are signed
    ("EL PRESIDENTE DE LA JUNTA,", "THE PRESIDENT,"): no closing's words."""
    text = plain(text).strip()
    return text.endswith(",") and 2 <= len(text.split()) <= 6 and text.isupper() \
        and not is_closing(text)


def _closing_line(text: str) -> bool:
    """"Yours truly,", or any short line ending in a comma over a signature ("Ihr,"); not
    the signer's office in capitals over the name ("EL PRESIDENTE DE LA JUNTA," / "Manuel
    Chaves González", as decrees are signed), which is the signature's."""
    text = plain(text).strip()
    return is_closing(text) or (text.endswith(",") and len(text.split()) <= 6
                                and not _office_over_name(text))


def initials_signed(units: list[Unit], ctx: Context) -> None:
    """A name with its initial under a closing phrase ("With cordial greetings, yours" /
    "S. Levin") is a signature: its initial numbers no paragraph (point S). (And a
    closing in Hebrew is one: the rule that reads them is named.)"""
    for k in range(1, len(units)):
        u, before = units[k], units[k - 1]
        if u.kind != "para" or before.kind != "para" or before.n or \
                not is_closing(before.body.text):
            continue
        if "\u0590" <= plain(before.body.text).lstrip()[:1] <= "\u06ff":
            ctx.fired("letter-forms-more")
        if u.n and len(u.n) == 1 and u.n.isupper() and len(u.body.text) <= 40 and \
                is_signature([plain(u.body.text)]):
            u.n = None                   # (at a text's end its letter's closer took it so
            if any(x.kind == "para" and is_salutation(x.body.text)     # already: named
                   for x in units[k + 1:k + 5]):                       # where a letter
                ctx.fired("letter-forms-more")                         # follows)


def _is_signature_after_closing(units: list[Unit], k: int) -> bool:
    u, before = units[k], units[k - 1] if k else None
    return u.kind == "para" and is_signature(plain(u.body.text).split("\n")) and \
        before is not None and before.kind == "para" and is_closing(before.body.text)

"""Letters' parts and letters inside other texts: salutations, closings, signatures,
postscripts, addressees (``find_letter_parts``), and the letters a record, a diary or a
transcript reads in (``letters_apart``, ``embedded_letters``, ``letters_in_turns``)."""
from __future__ import annotations

import itertools
import re

from ..formats.marks import HI, plain
from . import letterwords
from .context import Context
from .dates import find_date, place_and_date_at_end
from .shapes import PARTICLES, SENTENCE_INSIDE, label_shape_ok, particle
from .span import Span
from .unit import Unit

# The first words of salutations, by language (letterwords.py's tables)
SALUTE_WORDS = letterwords.SALUTE_WORDS
# (a title's or an initial's full stop is no sentence's end: "Dear Dr. Evatt,")
ABBREVIATED = r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Hon|Gen|Col|Capt|Lieut|Messrs|Sr|Jr)\.|\b[A-Z]\.)"
SALUTE_OPEN = re.compile(r"^(?:my\s+)?" + letterwords.DEGREE + r"?(?:(?:" + SALUTE_WORDS + r")\b"
                         r"(?:" + ABBREVIATED + r"|[^.!?\n]){0,80}?)"
                         r"(?:[,:;!]\s*(?:--|—)?|\s*--|\s*—)"
                         r"(?:\s*\([^()]{1,60}\))?\s*$", re.I)
SALUTE_BARE = re.compile(r"^(?:(?:to\s+)?my\s+)?(?:dear|sir|madam|gentlemen)\b(?:\s+[\w.]+){0,4}$"
                         # "Dear" cut short, as 18th- and 19th-century letters write it,
                         # before a kin term or a title, never a name ("Dr Son", "Dr. Sir")
                         r"|^(?:my\s+)?dr\.?\s+(?:sir|sirs|madam|son|daughter|brother|sister|"
                         r"father|mother|friend|uncle|aunt|cousin|wife|husband|child|children|"
                         r"parents)\b[,.:!]?$"
                         # a husband's, a mother's, a soldier's letter home ("My darling
                         # wife", "To my dear sweetheart and bonny son", "My dearest Mother")
                         r"|^(?:to\s+)?my\s+(?:own\s+)?(?:darling|dearest|beloved|sweetest)\b"
                         r"(?:\s+[\w.]+){0,4}$", re.I)
# a sovereign's or a superior's address in the superlative ("Serenissimo Principe", "Sire")
SALUTE_TITLE = re.compile(r"^(?:sire|monseigneur|(?:seren|illustr|eccellent|reverend|excelent|"
                          r"ilustr)[ií]ssim[oa]s?(?:\s+[\w.]+){0,3})[.,:!]?$", re.I)
# the address that opens a petition or an official letter to a court, a governor or the
# sovereign, with no punctuation after it, on its own line: Spanish "Señor Alcalde
# Ordinario mas antiguo", "Señor Governador y Comandante General", "Muy Poderoso Señor" and
# its sigla "MPS" / "M.P.S." (to an Audiencia), "Excelentísimo Señor", "Excmo. Sr.";
# Portuguese "Senhor", "Illmo. e Exmo. Senhor"; Italian "Illustrissimo Signore"; French
# "Sire", "Monsieur le Préfet" (as the memoriales and representaciones of the AGI and the
# AGN, the requerimentos of the Torre do Tombo and the suppliche of Italian archives
# open): a title of address, then at most six words of the office or the name, no
# sentence
_HONORIFIC = (r"(?:muy\s+(?:poderoso|ilustre|reverendo|noble)|(?:ilustr|illustr|excelent|"
              r"excellent|eccellent|reverend|seren|potent)[íi]s+im[oa]|il+mo|ex[cm]+o|rev[dm]+o|"
              r"ilustre|poderoso)\.?")
SALUTE_ADDRESS = re.compile(
    r"^(?:(?:" + _HONORIFIC + r"\s+(?:(?:e|y|et)\s+" + _HONORIFIC + r"\s+)?)?"
    r"(?:señor|señora|senhor|senhora|signore|signora|(?<=\.\s)s(?:o)?ra?\.)|"
    r"(?:monsieur|madame)\s+(?:le|la|l['’])\s*\w+|M\.?\s?[PI]\.?\s?S\.?)"
    # (not a letter's addressee over its salutation, "Señor Don Juan Pérez" / "Muy señor
    # mío:", nor a sentence)
    r"(?!\s+(?:don|doña|dn|d|dª)\b)"
    r"(?:\s+(?!(?:que|qui|che|de\s+que)\b)[\w.]+){0,6}[.:,]?$", re.I)


# a Hebrew letter's salutation, the name first as often as not ("ידידי החביב!", "חיים
# חביבי,", "אדוני הנכבד,"): a word of address in a short line that ends as a salutation does
SALUTE_HEBREW = re.compile(r"^(?:[^\s,!.]+\s+){0,3}(?:אדון|ידידי|ידידתי|חביבי|חביבתי|יקירי|"
                           r"יקירתי|אהובי|אהובתי|אדוני|גבירתי|רעי|מורי|אחי|אחותי)"
                           r"(?:\s+[^\s,!.]+){0,3}\s*[,!:]$")
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
MARKERS = re.compile(r"(?:\[\d{1,6}\])+$")


# the vowel points and cantillation of pointed Hebrew (not the maqaf, the sof pasuq or the
# paseq, which are punctuation): a word of the tables is the same word pointed or not
HEBREW_POINTS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")


def unpointed(text: str) -> str:
    """*text* without Hebrew points ("אָדון נכבּד!" -> "אדון נכבד!")."""
    return HEBREW_POINTS.sub("", text) if "\u0591" <= max(text, default="a") else text


# the formulas a Japanese letter opens with, before its first sentence ("拝啓。", "前略、"):
# respectfully, omitting the preliminaries, in reply, in haste
CJK_SALUTE = re.compile(r"^[\s\u3000]*(?:拝啓|謹啓|粛啓|前略|冠省|拝復|復啓|急啓)[。、\s\u3000]")


def is_salutation(text: str) -> bool:
    if len(text) > 400 or "\n" in text.strip():   # (a quick look: a salutation is one line)
        return False
    text = MARKERS.sub("", _without_line_bar(unpointed(plain(text)).replace("\u00a0", " "))
                       ).strip()
    if "\n" in text:
        return False
    if CJK_SALUTE.match(text + " ") and len(text) <= 4:
        return True              # ("拝啓。" alone)
    if letterwords.latin_salutation(text):
        return True              # ("TULLIUS TIRONI SUO SAL.", "… salutem plurimam dicit …")
    if len(text.split()) > 14:
        return False
    vocative = letterwords.VOCATIVE.match(text)
    if vocative is not None and vocative.end() == len(text):
        return True              # "Min lille kæreste.", "My darling wife."
    return bool(SALUTE_OPEN.match(text) or SALUTE_BARE.match(text) or SALUTE_TITLE.match(text)
                or ("\u05d0" <= text[:1] <= "\u05ea" and SALUTE_HEBREW.match(text))
                or ("\u0600" <= text[:1] <= "\u06ff"
                    and letterwords.ARABIC_SCRIPT_SALUTE.match(text) is not None)
                or official_address(text))


def vocative_inside(text: str) -> bool:
    """A sentence that addresses its reader between commas ("Je ne sais, mon cher Monsieur,
    quand cette lettre vous parviendra."): a letter's first sentence, never a heading."""
    return any(is_salutation(m.group(1)) and not official_address(m.group(1))
               for m in re.finditer(r",\s+([^,.!?;:]{3,40},)(?=\s+\w)", text))


# a folio or page marker in brackets at a line's start, as an edition sets it where the
# page turns over the address ("[f. 369r] Señor Alcalde Ordinario mas antiguo")
LEADING_FOLIO = re.compile(r"^\[(?:f|fol|fo|fº|ff|p|pp|pág|pag)\.?\s*\d{1,5}[rv]?"
                           r"(?:\s*[-–]\s*\d{1,5}[rv]?)?\]\s*", re.I)


def official_address(text: str) -> bool:
    """A petition's or an official letter's address on its own line (SALUTE_ADDRESS), a
    page's folio marker before it or not."""
    text = LEADING_FOLIO.sub("", plain(text).strip())
    if not text or len(text) > 90 or not text[:1].isupper():
        return False
    m = SALUTE_ADDRESS.match(text)
    if m is None:
        return False
    words = text.split()
    # the office's or the name's words capitalised, as an address writes them ("Señor
    # Alcalde Ordinario mas antiguo": the lower-case words after one capitalised)
    return len(words) <= 8 and (len(words) == 1 or words[1][:1].isupper()
                                or words[0].casefold().rstrip(".") in ("muy", "monsieur",
                                                                       "madame")
                                or bool(re.match(r"(?i)^(?:" + _HONORIFIC + r")$", words[0])))


ADDRESS_RUN_IN = re.compile(r"(?P<address>[^.!?:;,\n]{3,80}?)\.\s+(?=[A-ZÁÉÍÓÚÑ])")


def address_run_in(text: str) -> int | None:
    """Where an official address run into the first sentence ends, after its full stop
    ("Señor Governador y Comandante General. Los soldados del regimiento …", as a
    petition copied into a record runs on), else None."""
    folio = LEADING_FOLIO.match(text)
    at = folio.end() if folio else 0
    m = ADDRESS_RUN_IN.match(text, at)
    if m is None or len(text) <= m.end() + 20 or not official_address(m.group("address")) \
            or SALUTE_ADDRESS_SIGLUM.match(plain(m.group("address")).strip()):
        return None
    return m.end("address") + 1


# "MPS" (Muy Poderoso Señor) alone is an address; run into a sentence it may be anything
SALUTE_ADDRESS_SIGLUM = re.compile(r"^M\.?\s?[PI]\.?\s?S$")


# the servant's formula that closes 18th- and 19th-century letters, in its abbreviations
# ("I am Honored Sir yr Obliged and Affectionate Hbl Servant", "Your Excellency's much obt
# and hble servt,")
SERVANT = re.compile(r"(?i)\b(?:serv(?:an)?t|servt|svt|hble|hbl|humble|obedient|obt|"
                     r"servitore|serviteur|servidor|diener|dienaar|devot[ií]ssim[oa]|"
                     r"hum[iu]l[ií]ssim[oa]|obbligat[ií]ssim[oa])\b")


def _without_line_bar(text: str) -> str:
    """*text* stripped, without a bar that marks the original's line end after it
    ("Serenissimo Principe |", a diplomatic transcription's)."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(" |") else text


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


def _label_alone(u: Unit) -> bool:
    """A speaker's label alone as a paragraph ("Tatsuo Arai:", "Q:"), or a turn with no
    speech yet (its speech the paragraphs after it)."""
    if u.kind == "turn":
        return u.span is None or not u.body.text.strip()
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.body.text).strip()
    return text.endswith(":") and "\n" not in text and label_shape_ok(text[:-1].strip())


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


def _find_letter_parts(units: list[Unit], ctx: Context | None = None) -> None:
    """A letter's salutation opens it ("Dear Sir,", "MY DEAR RIES,--"); its signature,
    with the closing phrases before it ("I am, with sincere esteem, yours,"), closes it,
    and short paragraphs after the signature are postscripts."""
    if _parts_named_by_format(units) or _signed_copy(units):
        return
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
    while last > 0 and _mail_footer(units[last]):
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
            if u.kind in ("pb", "cb", "postscript") or _aside(u) or _marker_only(u) \
                    or _panel_unit(u):
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


def _office_line(text: str) -> bool:
    """A short line under a signature that names the signer's office: capitalised words,
    no sentence ("Judge", "Judicial Commissioner", "Registrar")."""
    words = text.split()
    return 1 <= len(words) <= 6 and text[-1:] not in ".!?:;," and words[0][:1].isupper() \
        and not COPY_FOOTER.match(text)


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


def name_only(u: Unit) -> bool:
    """A paragraph that is a name and nothing else ("La Puta", "El Conde")."""
    if u.kind != "para" or u.span is None:
        return False
    text = plain(u.span.text).strip()
    words = text.split()
    return "\n" not in text and 1 <= len(words) <= 5 and text[-1:] not in ".!?,;:" \
        and all(w[:1].isupper() or particle(w) for w in words)


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


def _signed_over_postscript(units: list[Unit], last: int) -> bool:
    """A name alone, a paragraph opening "P.S." under it and a name alone under that."""
    def name(u: Unit) -> bool:
        text = plain(u.body.text).strip() if u.kind == "para" and u.span is not None else ""
        return bool(text) and "\n" not in text and len(text.split()) <= 5 \
            and is_signature([text])
    ps = units[last - 1]
    return name(units[last]) and name(units[last - 2]) and ps.kind == "para" \
        and ps.span is not None and POSTSCRIPT_AFTER.match(plain(ps.body.text).lstrip()) is not None


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



SALUTE_RUN_IN = re.compile(r"^(?:my\s+)?" + letterwords.DEGREE + r"?(?:" + SALUTE_WORDS
                           + r")\b(?:" + ABBREVIATED
                          + r"|[^.!?\n,:;]){0,60}?"
                          r"(?:(?:[,:!]\s*(?:--|—)?|\s*--|\s*—)\s*(?=(?-i:[A-Z„“\"«]))"
                          # (or its comma glued to the text's first word, where a
                          # transcription lost the line end: "Mes chers parens,vous ai …")
                          r"|,(?=[^\W\d_]{2}))", re.I)


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


def _acts_apart(units: list[Unit]) -> list[int]:
    """Where a dated and signed act ends and another begins in one file (a petition, "…
    pide justicia. Antioquia, Nobiembre 4 de 1761" / "Manuel Antonio de Toro Cataño." /
    [f. 34v] / the judge's auto "En la ciudad de Antioquia á siete de Noviembre …", as an
    archive's file, an expediente or a register copies them one after another): the
    unit after the signatures, where prose follows them. The act's last paragraph ends
    with its place and date, its signers' names stand alone under it."""
    starts: list[int] = []
    for k, u in enumerate(units):
        if k < 2 or u.kind != "para" or "\n" in u.body.text.strip() \
                or not is_signature([plain(u.body.text).strip()]):
            continue
        j = k - 1                         # (the names over it, each alone: its co-signers)
        while j > 0 and units[j].kind == "para" and "\n" not in units[j].body.text.strip() \
                and is_signature([plain(units[j].body.text).strip()]):
            j -= 1
        if units[j].kind != "para" or place_and_date_at_end(
                plain(units[j].body.text).replace("\n", " ")) is None:
            continue
        after = k + 1
        while after < len(units) and units[after].kind in ("pb", "cb"):
            after += 1
        if after < len(units) and _prose(units[after]):
            starts.append(k + 1)
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


EMPHASIS_MARKS = frozenset(c for pair in HI.values() for c in pair)


def _run_in_salutation(u: Unit) -> int | None:
    """Where a salutation run into the first sentence of a letter's text ends ("Dear
    Senator Grassley: In your December 31, 1996 letter, …")."""
    text = u.body.text
    if len(text) <= 40 or "\n" in text.strip():
        return None
    # (in emphasis: "_Dear Tony_, We have …", the marks looked through)
    kept = [i for i, ch in enumerate(text) if ch not in EMPHASIS_MARKS]
    looked = "".join(text[i] for i in kept)
    m = SALUTE_RUN_IN.match(looked)
    if m is None or len(m.group().split()) > 8 or m.end() >= len(kept):
        return None
    end = kept[m.end()]
    opened = sum(text[:end].count(o) for o, _ in HI.values())
    return end if opened == sum(text[:end].count(c) for _, c in HI.values()) else None


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


def _prose(u: Unit) -> bool:
    return u.kind == "para" and len(plain(u.body.text).split()) > 12


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

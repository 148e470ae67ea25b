"""A letter's opener: its salutation in the languages of letterwords.py ("Dear Sir,",
"Muy Señor mío:", "拝啓"), a salutation run in with the first sentence, and the official
address that stands for a salutation ("Excmo. Señor:", "M. P. S.")."""
from __future__ import annotations

import re

from ..formats.marks import HI, plain
from . import letterwords
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


def _without_line_bar(text: str) -> str:
    """*text* stripped, without a bar that marks the original's line end after it
    ("Serenissimo Principe |", a diplomatic transcription's)."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(" |") else text



SALUTE_RUN_IN = re.compile(r"^(?:my\s+)?" + letterwords.DEGREE + r"?(?:" + SALUTE_WORDS
                           + r")\b(?:" + ABBREVIATED
                          + r"|[^.!?\n,:;]){0,60}?"
                          r"(?:(?:[,:!]\s*(?:--|—)?|\s*--|\s*—)\s*(?=(?-i:[A-Z„“\"«]))"
                          # (or its comma glued to the text's first word, where a
                          # transcription lost the line end: "Mes chers parens,vous ai …")
                          r"|,(?=[^\W\d_]{2}))", re.I)


EMPHASIS_MARKS = frozenset(c for pair in HI.values() for c in pair)


def _run_in_salutation(u: Unit) -> int | None:
    """Where a salutation run into the first sentence of a letter's text ends ("Dear
    Senator Grassley: In your December 31, 1996 letter, …")."""
    text = u.body.text
    if len(text) <= 40 or "\n" in text.strip():
        return None
    # (in emphasis: "_Dear Tony_, We have …", the marks looked through; most paragraphs
    # have none, and are read as they are)
    kept: list[int] | None = None
    looked = text
    if not EMPHASIS_MARKS.isdisjoint(text):
        kept = [i for i, ch in enumerate(text) if ch not in EMPHASIS_MARKS]
        looked = "".join(text[i] for i in kept)
    m = SALUTE_RUN_IN.match(looked)
    if m is None or len(m.group().split()) > 8 or m.end() >= len(looked):
        return None
    end = m.end() if kept is None else kept[m.end()]
    opened = sum(text[:end].count(o) for o, _ in HI.values())
    return end if opened == sum(text[:end].count(c) for _, c in HI.values()) else None

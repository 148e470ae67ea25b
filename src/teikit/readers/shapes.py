"""What a line's words look like: a speaker's label, a title, a caps heading, a wrapped
line, a sentence cut off. Small tests shared by the block rules and the letter rules."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..formats.marks import has_marks, plain
from ..sourcetext import Line
from .dates import ENTRY_LEAD, MONTH_DAY, YEAR, date_at
from .inline import INCIDENT_WORDS
from .layout import is_cjk

# The parliamentary and congressional label: a title, a name, and a full stop:
# "Mr. MICA.", "The SPEAKER pro tempore (Mr. Foley).", "Chairman Dodd.", "Senator Corker."
TITLES = ("mr|mrs|ms|miss|mx|dr|the|senator|chairman|chairwoman|chair|representative|"
          "secretary|governor|general|admiral|judge|justice|ambassador|president|speaker|"
          "madam|mister|lord|lady|sir|dame|baroness|baron|earl|minister|professor|prof|"
          "rev|father|sister|brother|captain|colonel|major|commissioner|director|"
          "delegate|clerk|witness|vice|acting|deputy|hon|honorable|rabbi|bishop|count|"
          "countess|prince|princess|king|queen|comrade|citizen|herr|frau|monsieur|madame|"
          # the armed forces' ranks abbreviated, and the Pacific's chiefly titles, in a
          # stack of titles: "HON. LT. COL. I.B. SERUIRATU.-", "HON. RATU S. KUBUABOLA.-"
          "lt|lieut|lieutenant|col|maj|gen|capt|brig|cdr|sgt|sergeant|ratu|adi|"
          # the offices of the German, Austrian, Polish, Czech and Norwegian records'
          # labels: "Abgeordneter Mag. Werner Kogler (Grüne):", "Präsidentin Doris Bures:",
          # "Poseł Jarosław Sachajko:", "Poslankyně Olga Richterová:", "Statsråd Lie:"
          "präsident|präsidentin|vizepräsident|vizepräsidentin|abgeordneter|abgeordnete|"
          "bundesminister|bundesministerin|bundeskanzler|bundeskanzlerin|staatssekretär|"
          "staatssekretärin|abg|poseł|posłanka|marszałek|wicemarszałek|poslanec|poslankyně|"
          "předseda|předsedající|místopředseda|ministr|ministryně|statsråd|presidenten")

# What a PERIOD_LABEL opens with: a title, a full stop or not, a space. Its first word is
# looked up before the pattern is tried, which tries every title in turn (a word in other
# letters than ASCII is left to the pattern: its case folding matches "ſir" to "sir")
TITLE_WORDS = set(TITLES.split("|"))



def may_open_with_title(text: str) -> bool:
    words = text[:16].split(None, 1)   # (the longest title, a full stop and a space fit)
    word = words[0] if words else ""
    word = word[:-1] if word.endswith(".") else word
    return word.lower() in TITLE_WORDS or not word.isascii()



def _letters_of(test) -> str:
    """The letters that pass *test* (str.isupper, str.islower) in the blocks of the scripts
    that have capitals (Latin, Greek, Cyrillic, Armenian, Georgian, Glagolitic, Coptic, the
    full-width forms), as the ranges of a regular expression's class (re has no \\p{Lu})."""
    codes = [c for block in (range(0x3000), range(0xA640, 0xA800), range(0xFF21, 0xFF5B))
             for c in block if test(chr(c))]
    ranges: list[str] = []
    for k, code in enumerate(codes):
        if k and code == codes[k - 1] + 1 and k + 1 < len(codes) and codes[k + 1] == code + 1:
            continue                     # inside a run
        if k and code == codes[k - 1] + 1:
            ranges.append("-" + re.escape(chr(code)))
        else:
            ranges.append(re.escape(chr(code)))
    return "".join(ranges)


# capitals and small letters of every script that has them (Latin, Greek, Cyrillic, …):
# a label in capitals is one in any of them ("ГОЛОВА.", "ΠΡΟΕΔΡΟΣ:")
CAPITALS = _letters_of(str.isupper)
SMALL_LETTERS = _letters_of(str.islower)

INITIALS_ONLY = re.compile(r"^(?:[A-Za-z]\.\s?)+[A-Za-z]?\.?$")

NOT_SPEAKERS = {"hon", "mr", "mrs", "ms", "dr", "rev", "prof", "dear", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "topic", "item",
                "agenda", "beginn", "schluss", "ende"}
CJK_CLAUSE = " ，。？！、；「」『』（）《》"
# a notice introducing what follows, not a name: the possessive particle after the first
# character (a name may open with it: "的場"), "as follows" ("鄧家彪議員動議的議案如下：",
# "主席宣讀的通告如下：")
CJK_NOTICE = re.compile(r"(?<=.)的|如下|如左|下列")
CJK_ENDS = "。！？」』）：；"
CLOSE_PUNCT = ".!?:;\"”’')]…—–-"
# Memo and record field labels that look like speaker labels but are not.
FIELD_LABELS = set(
    "place|persons present|present|also present|others present|participants|attendees|"
    "presiding|appearances|"   # (a hearing's cover: "PRESIDING:" over the chair's name)
    "subject|subj|date|time|cover used|discussion|decision|decisions|comment|comments|"
    "recommendation|recommendations|note|notes|source|ref|reference|references|re|summary|"
    "action|info|to|from|copy|copies|cc|distribution|attachment|attachments|enclosure|"
    "enclosures|encl|purpose|background|conclusion|conclusions|agenda|problem|location|"
    "classification|memorandum for|memorandum|citation|credits|contents|original language|"
    "language|record id|subjects|keywords|ps|p.s|nb|n.b|tel|telegram|tags|title|author|"
    "from the desk of|attention|attn|signed|sgd|sent|received|item|items|question|answer|"
    "e.o|e. o|eo|drafted by|cleared|approved|precedence|"
    "proceedings|participants list|members|members of the committee|guest speakers|"
    "state department representatives|reported by|table of contents|minutes|remarks|"
    # a letter edition's apparatus (Mark Twain Project, Founders Online, Scholarly Editing)
    "copy-text|copy text|provenance|previous publication|emendations|textual notes|"
    "textual commentary|postmark|postmarked|docket|docketed|endorsed|endorsement|watermark|"
    # a meeting's attendance fields and a transcription export's part labels (W3C, IETF,
    # boards' and committees' minutes; OCR and AI transcription tools)
    "absent|regrets|apologies|guests|scribe|scribes|scribe(s)|minute taker|note taker|"
    "notetaker|transcription|translation|transcript"
    .split("|"))
# a proceedings' numbered item ("Resolution #1", "Motion 3", "Agenda item 4", "Minute 12",
# "Action 2"): a word and a number, or any word with a "#" number
NUMBERED_ITEM = re.compile(r"(?i)^(?:.*\s)?#\s?\d|^(?:(?:agenda\s+)?items?|resolutions?|motions?|"
                           r"minutes?|actions?(?:\s+items?)?|decisions?|recommendations?|"
                           r"amendments?|articles?|sections?|points?|questions?|exhibits?|"
                           r"proposals?|topics?|votes?)\s+(?:no\.?\s*)?[\dIVXivx]+[a-z]?\.?$")
PARTICLES = {"of", "the", "de", "van", "von", "and", "for", "du", "la", "le", "di", "del",
             "der", "den", "da", "y", "al", "bin", "binti", "bte", "ibni", "ibn", "zu",
             "pro", "tempore", "el", "ad"}
FUNCTION_WORDS = {"a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and",
                  "or", "but", "from", "into", "than", "that", "as", "be", "is", "are", "was",
                  "were", "not", "no", "if", "we", "our", "his", "her", "their", "its", "my",
                  "your", "this", "these", "those", "would", "will", "shall", "should",
                  "could", "can", "must", "may", "very", "so"}


# ----------------------------------------------------------------------------- shapes

def _words(text: str) -> list[str]:
    return text.split()


# whom a speech addresses, in the plural: never one speaker ("Fellow citizens:",
# "Señores Miembros del Congreso Nacional:")
VOCATIVE = re.compile(r"(?i)^(?:(?:my|dear|honou?rable|distinguished|queridos?|estimados?|"
                      r"chers|liebe)\s+)?(?:con)?ciudadanos|^(?:my\s+)?(?:compatriotas|"
                      r"señor(?:es|as)\b|senores|gentlemen|ladies\b|fellow[\s-]+(?:citizens|"
                      r"countrymen|americans)|citoyens|citoyennes|messieurs|mesdames|mitbürger|"
                      r"compañeros|camaradas|comrades|brethren|brothers\s+and\s+sisters)")
LABEL_SIGNS = re.compile(r"[\[\]\"“”;!?]")     # never in a speaker's label
# The label of the Iberian and Romance records: an article, a lower-case honorific, then the
# office or surname in capitals ("O señor PRESIDENTE", "A señora SECRETARIA DA MESA (Porro
# Martínez)", "El señor RAJOY BREY", "La senyora PRESIDENTA"): the Congreso's and Senado's
# Diario de Sesiones, the Spanish regional parliaments (Galicia, Andalucía, Madrid, …),
# Latin-American congresses, the Portuguese Diário ("O Sr. PRESIDENTE"); the honorific
# alone, with no word in capitals after it, stays prose ("El señor presidente dijo")
ARTICLE_HONORIFIC = re.compile(
    r"^(?:O|A|Os|As|El|La|Los|Las|Il|Lo|Le|Les|Der|Die|Els)\s+(?:señor|señora|senyor|"
    r"senyora|senhor|senhora|sr\.|sra\.|srª\.|don|doña|dona|signor|signora|onorevole|"
    r"monsieur|madame|herr|frau|conseller|consellera|diputado|diputada|deputado|deputada|"
    r"diputat|senador|senadora)\s+(?=\S)")


# an article and an office in small letters, the record's chair or clerk: "Le président",
# "La greffière du comité", "Le Premier ministre", "El presidente", "La secretaria" (the
# French, Spanish, Italian and Portuguese committee and council records)
ARTICLE_OFFICE = re.compile(
    r"^(?:Le|La|L['’]|El|Il|Lo|O|A)\s*(?:(?:[Pp]remier|[Pp]remière|[Vv]ice-?)\s*)?"
    r"(?:président|présidente|greffier|greffière|secrétaire|ministre|presidente|presidenta|"
    r"secretario|secretaria|segretario|segretaria|ministro|ministra|secretário|secretária)"
    r"(?:\s+(?:du|de\s+la|des|de|del|della|do|da)\s+[\w'’\- ]{1,40})?$")


@lru_cache(maxsize=4096)   # (a transcript names its few speakers thousands of times)
def label_shape_ok(label: str, fields_ok: bool = False) -> bool:
    """A speaker label: 1-5 capitalised words ("Stalin", "The President", "MR. E.R. PERKINS",
    "李明"); a memo's field label ("Subject", "CC") only with *fields_ok*."""
    if ARTICLE_OFFICE.match(label):   # "Le président", "La greffière du comité"
        return True
    article = ARTICLE_HONORIFIC.match(label)
    if article:                       # "O señor PRESIDENTE": the office or name in capitals
        rest = label[article.end():]      # (the holder's name in parentheses after it:
        office = rest.split("(", 1)[0].strip()   # "PRESIDENTE DA XUNTA DE GALICIA (Núñez
        #                                          Feijóo)", an office of up to eight words)
        return office.isupper() and sum(c.isalpha() for c in office.split()[0]) >= 2 \
            and len(office.split()) <= 8 and not LABEL_SIGNS.search(rest) \
            and (office == rest.strip() or rest.rstrip().endswith(")"))
    words = label.split()
    named = [w for w in words if not particle(w)]     # "Datuk Haji Roslan bin Awang Chik"
    if not 1 <= len(named) <= 5 or len(words) > 8 or len(label) > 60:
        return False
    if INITIALS_ONLY.match(label):    # "N.A.", "N.B.", "P.S.": an abbreviation, no name
        return False
    if NUMBERED_ITEM.match(label):    # "Resolution #1", "Motion 3", "Item 4": a record's
        return False                  # numbered item, no one's name
    if VOCATIVE.match(label):         # "CONCIUDADANOS DEL CONGRESO:": the speaker's address
        return False
    lead = ENTRY_LEAD.match(label) if YEAR.search(label) else None
    if lead and date_at(label, lead.end()):
        return False                  # "**April 11th 1692.** Went to Salem": a diary's entry
    if MONTH_DAY.search(label):
        return False                  # "**Sixth-day, Novr 19.** Went …": one with no year
    if is_cjk(label[:1]):             # "陳志全議員", not a clause before a quotation
        return len(label) <= 12 and not any(c.isdigit() or c in CJK_CLAUSE for c in label) \
            and not CJK_NOTICE.search(label)
    if (label.casefold().rstrip(".") in FIELD_LABELS and not fields_ok) \
            or (words[0].casefold() in NOT_SPEAKERS and (len(words) == 1 or words[0].casefold()
                                                         not in TITLE_WORDS)):
        return False                  # "Dear Sir:", "Monday.—Before", "HON." alone
    # capitalised, or in a script without capitals (李明, محمد); a handle's sigil before
    # its letters ("$STDOUT", "@jess"), the name a podcast or a chat gives its guest
    sigil = words[0][:1] in ("$", "@") and words[0][1:2].isalpha()
    first = words[0][1:] if sigil else words[0]
    if not first[0].isalpha() or (first[0].islower() and not sigil):
        return False
    if (not first.isalpha() and any(ch.isdigit() for ch in first)) \
            or LABEL_SIGNS.search(label):
        return False
    # "BELL 7", "Dawn 1 (Kamanin)": a call sign's number or a name in parentheses
    return all(not w[0].islower() or particle(w)
               or (w.isdigit() and len(w) <= 3) or w.startswith("(") for w in words)


def particle(word: str) -> bool:
    """A name's particle ("van", "bin"), or one joined to the next name ("di-Pertua",
    "al-Amin")."""
    folded = word.casefold()
    if not word[:1].islower():
        return False                  # "DE:", "Van Buren": a name
    return folded in PARTICLES or (folded.split("-", 1)[0] in PARTICLES and "-" in folded
                                   and word.split("-", 1)[1][:1].isupper())


SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def looks_like_title(text: str) -> bool:
    """Title Case without closing punctuation: a heading or table-of-contents line."""
    text = without_end_markers(text.rstrip())
    if text[-1:] in ")]":             # (a speech that ends in the reporter's note of the
        text = TRAILING_INCIDENT.sub("", text)     # room: "… Menteri Kabinet...  [Tepuk]")
    if text[-1:] in ".!?\"”)":        # (before the words are counted: most lines end so)
        return False
    if text[-1:] in "»’'" and text.rstrip("»’'”\" ")[-1:] in ".!?":
        return False                  # a sentence inside guillemets: «… i Xavier García Albiol.»
    if SENTENCE_INSIDE.search(text):   # "Thank you. Madam Speaker, …": sentences, cut short
        return False
    words = [w for w in _words(text) if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps * 2 > len(words) or text.isupper()


END_MARKERS = re.compile(r"(\[\d{1,6}\])+$")
TRAILING_INCIDENT = re.compile(r"\s*[\[(]\s*" + INCIDENT_WORDS + r"\b[^\[\]()]{0,40}[\])]$", re.I)


def without_end_markers(text: str) -> str:
    """*text* (stripped on the right) without the note markers at its end ("… [3][4]").
    (Only a text ending in a bracket is searched: the pattern would scan it all.)"""
    return END_MARKERS.sub("", text) if text[-1:] == "]" else text


def is_caps_heading(text: str) -> bool:
    """All in capitals ("PROCEEDINGS", "DER PRINZ."), with a few letters at least."""
    # (the letters in capitals are most of its letters: a Chinese paragraph with one
    # acronym, "… 國民儲蓄計劃 (NEST)，…", is upper() in Python's sense, no heading)
    return len(text) >= 3 and text.isupper() and sum(c.isalpha() for c in text[:8]) >= 2 \
        and sum(c.isupper() for c in text) * 2 >= sum(c.isalpha() for c in text)


HYPHEN_BROKEN = re.compile(r"[^\W\d_][-=¬\u05be\u2010\u00ad]$")  # "excite-", "viel=", "Fri¬"


def _caseless(lines: list[Line]) -> bool:
    """Lines with letters and none with a case (a quick look at the first's letters first:
    most texts are in a cased script)."""
    first = next((c for c in lines[0].text if c.isalpha()), None)
    if first is None or first.isupper() or first.islower():
        return False
    text = "".join(ln.text for ln in lines)
    return not any(c.isupper() or c.islower() for c in text)


def _capitalised_verse(lines: list[Line]) -> bool:
    """Verse set line by line: every line opens with a capital even where the sentence runs
    on from the line before ("Quis poterit unum proprie Deum nosse caelorum," / "Nisi quem
    is tulerit …"), six such run-on lines at least and nine in ten of them so, in mixed
    case (never a telegram's capitals). Prose cut at a width goes on in lower case there."""
    texts = [ln.text.strip() for ln in lines]
    if any(t.isupper() for t in texts):
        return False
    after = [b for a, b in itertools.pairwise(texts)
             if a[-1:] not in ".!?:;\"”’»)" or a[-1:] == ","]
    capital = sum(1 for t in after if t[:1].isupper())
    if len(after) < 6 or capital * 10 < len(after) * 9:
        return False
    # (and no width cuts them: the next line's first word would have fitted on a third of
    # them at least; prose wrapped at a width whose lines happen to go on with names,
    # "… that the" / "Committee on Finance …", breaks where the next word would not fit)
    width = max(len(t) for t in texts)
    fits = sum(1 for a, b in itertools.pairwise(texts) if b.split()
               and len(a) + 1 + len(b.split()[0]) <= width)
    return fits * 3 >= len(texts) - 1


def is_wrapped(lines: list[Line]) -> bool:
    """Hard-wrapped prose: the lines run on mid-sentence (and continue in lower case, or are
    cut at one width), rather than each standing alone like a list of names."""
    if len(lines) < 2:
        return False
    if any(has_marks(ln.text) for ln in lines):    # emphasis is no text: "<i>graph</i> …"
        lines = [Line(ln.number, plain(ln.text), ln.kind) for ln in lines]   # opens in lower case
    body = lines[:-1]
    # (a word hyphenated at the line end, "excite-" / "ment", runs on: "-" is in CLOSE_PUNCT
    # for the dash that ends a clause, never after a letter)
    run_on = sum(1 for ln in body if ln.text.rstrip()[-1:] not in CLOSE_PUNCT
                 or HYPHEN_BROKEN.search(ln.text.rstrip()))
    if run_on * 2 < len(body):
        return False
    if sum(1 for ln in body if is_cjk(ln.text.rstrip()[-1:])
           and ln.text.rstrip()[-1:] not in CJK_ENDS) * 2 > len(body):
        return True                   # CJK lines cut before a sentence's end: "…議員，請"
    widths = [len(ln.text) for ln in body]
    if _caseless(lines):
        # a script without capitals (Hebrew, Arabic, Georgian, Devanagari): no lower case to
        # see a line run on by; lines cut at one width (most within a quarter of the middle
        # width), most of them not at a sentence's end (run_on above)
        middle = sorted(widths)[len(widths) // 2]
        return len(body) >= 2 and middle >= 30 and \
            sum(abs(w - middle) <= middle / 4 for w in widths) * 4 >= len(widths) * 3
    lowered = sum(1 for ln in lines[1:] if ln.text.lstrip()[:1].islower())
    if lowered == 0 and _capitalised_verse(lines):
        return False
    even = max(widths) >= 40 and min(widths) >= 0.75 * max(widths)
    # a telegram in capitals: long lines that end on a word run on ("…SUPPORT THE" / "PROPOSAL.")
    capitals = all(ln.text.isupper() for ln in lines) and min(widths) >= 50 \
        and run_on == len(body)
    # the lines that run on are cut at one width, most of them after a word in lower case,
    # though a short line ends a sentence among them (a Hansard's paragraph from a PDF in
    # Malay, whose lines open with capitalised words: "… dengan sukacitanya saya" /
    # "memaklumkan … Yang di-" / "Pertuan Agong, …" / "Penyata Rasmi." / "[Teks …]")
    runs = [ln.text.rstrip() for ln in body
            if ln.text.rstrip()[-1:] == "-" or ln.text.rstrip()[-1:] not in CLOSE_PUNCT]
    cut = [len(t) for t in runs]
    lower = sum(1 for t in runs if t[-1:] == "-" or t.rsplit(None, 1)[-1][:1].islower())
    cut_even = len(runs) >= 3 and min(cut) >= 50 and min(cut) >= 0.8 * max(cut) \
        and lower * 2 >= len(runs)
    return lowered * 2 >= len(lines) - 1 or (even and len(body) >= 2) or capitals or cut_even


def ends_mid_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped or stripped[-1] in CLOSE_PUNCT or not stripped[-1].isalpha():
        return False
    last = stripped.rsplit(None, 1)[-1]      # the last word (no split of the whole text)
    return last[0].islower()


# Headings that name the matter before a text, a book's or an edition's, not the text: its
# preface, an introduction, an editor's note on the text or themes, in the languages of the
# editions teikit reads ("# PREFACE.", "# THEMES", "Vorwort", "Avant-propos", "Inleiding")
APPARATUS_HEADING = re.compile(
    r"(?i)^(?:the\s+|a\s+)?(?:preface|foreword|introduction|introductory\s+note|advertisement|"
    r"themes|abstract|prefatory\s+note|publisher['’]?s\s+note|acknowledge?ments|"
    r"editor['’]?s\s+(?:note|preface|introduction)|editorial\s+(?:note|method|principles)|"
    r"note\s+on\s+the\s+text|textual\s+note|translator['’]?s\s+(?:note|preface)|"
    r"vorwort|vorbemerkung|einleitung|einführung|geleitwort|pr[ée]face|avant-propos|"
    r"avertissement|prefazione|introduzione|avvertenza|nota\s+al\s+testo|pr[óo]logo|prefacio|"
    r"introducci[óo]n|advertencia|voorwoord|inleiding|f[öo]rord|inledning|forord|indledning|"
    r"innledning|przedmowa|wst[ęe]p|предисловие|введение)[.:]?$")
# those of them that are the author's or the publisher's (a preface), not an editor's
PREFACE_WORDS = re.compile(r"(?i)preface|foreword|advertisement|vorwort|pr[ée]face|"
                           r"avant-propos|avertissement|prefazione|pr[óo]logo|prefacio|"
                           r"voorwoord|f[öo]rord|forord|przedmowa|предисловие")


def is_apparatus_heading(text: str) -> bool:
    """Does a heading name the matter before a text (APPARATUS_HEADING)?"""
    return bool(APPARATUS_HEADING.match(" ".join(text.split()).strip(" *_#")))


# the lower-case words of names ("Ludwig van Beethoven", "Datuk Haji Roslan bin Awang")
NAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "della", "du", "des", "la", "le",
                  "bin", "binti", "al", "ibn", "y", "e", "den", "der", "ter", "ten", "zu"}

NAME_WORD = re.compile(r"^(?:[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*\.?|[A-Z]\.(?:[A-Z]\.)*)$")
NAME_SEPARATORS = re.compile(r"\s*(?:[,;]|\band\b|&)\s*")


def names_only(text: str) -> bool:
    """Is the text a list of names and nothing else ("Tzviya Siegman", "Leonard
    Rosenthol, Dave Cramer", "Ann Lee and Bob Hart"): names of one to five capitalised
    words (initials, particles), one of two words at least, or two names or more; no
    sentence's sign (? !), no verb in lower case."""
    text = text.strip().rstrip(".")
    if not text or set(text) & set("?!:\"“”()[]"):
        return False
    parts = [p for p in NAME_SEPARATORS.split(text) if p]
    if not parts or len(parts) > 60:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5 or not all(NAME_WORD.match(w) or w in NAME_PARTICLES
                                               for w in words):
            return False
        if not NAME_WORD.match(words[0]):
            return False
    return len(parts) >= 2 or len(parts[0].split()) >= 2


CJK_CLAUSE_MARKS = "。！？；：，、…「」『』“”"


def _cjk_title(text: str) -> bool:
    """A short CJK line with no sentence's or clause's mark: a title, a heading, a notice
    of the sitting ("全面檢討強制性公積金計劃", "議員議案")."""
    text = plain(text).strip()
    return is_cjk(text[:1]) and len(text) <= 20 and not any(c in CJK_CLAUSE_MARKS for c in text)

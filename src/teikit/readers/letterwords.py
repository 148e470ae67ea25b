"""The words letters open and close with, one table per language: salutations (the first
words of "Dear Sir," / "Bien cher Monsieur," / "Min lille kæreste."), closings ("Yours
sincerely," / "Z wyrazami szacunku" / "Ja nu lev vel …"), the possessive a signer puts
before the name ("Il vostro Alberto", "Din egen Peter.", "Tvůj Karel"), and Latin's
salutation formulas ("TULLIUS TIRONI SUO SAL.", "… salutem plurimam dicit …",
"PETRARCAE M. TULLIO CICERONI S.P.D.").

Each table is a regular expression's alternatives; letter_openers.py and letter_closers.py
join them. A language's words are added here, never as a rule of their own."""
from __future__ import annotations

import re

# the first words of salutations
SALUTE_BY_LANGUAGE: dict[str, str] = {
    "en": r"dear(?:est)?|sir|sirs|madam|gentlemen|ladies|to\s+whom|hon(?:ou)?red|respected|"
          r"esteemed|beloved|revered|valued|"
          r"to\s+the\s+(?:people|inhabitants|citizens|electors|public|editor|president|king)|"
          r"fellow[\s-]+(?:citizens|countrymen)|friends|brethren|my\s+lord|your\s+(?:majesty|"
          r"excellency|grace|lordship|holiness|eminence)|mr\.?\s+(?:president|speaker|chairman)|"
          r"madam\s+(?:president|speaker|chair)",
    "fr": r"mon|ma|mes|cher|ch[èe]re?s?|monsieur|madame|mademoiselle|messieurs|excellence|"
          r"monseigneur|tr[èe]s\s+(?:cher|honor[ée])",
    "de": r"mein(?:e[rs]?)?|lieber?|liebe[rs]?|liebste[rs]?|teure[rs]?|theure[rs]?|verehrte[rs]?|"
          r"hochverehrte[rs]?|hochgeehrte[rs]?|sehr\s+geehrte[rs]?|geehrte[rs]?|beste[rs]?|"
          r"werte[rs]?",
    "nl": r"beste|lieve|geachte|hooggeachte|waarde",
    "it": r"car[oaie]|carissim[oaie]|gentil(?:e|issim[oa])|egregi[oa]|illustrissim[oa]|"
          r"mi(?:o|a|ei|e)\s+(?:riverit|car|egregi|stimat|pregiat|gentil|adorat|amat|dilett)\w*|"
          r"riverit[oaie]|pregiatissim[oa]|stimatissim[oa]|adorat[oaie]|amatissim[oaie]",
    "es": r"querid[oa]s?|estimad[oa]s?|distinguid[oa]s?|muy\s+(?:señor|senor|estimad)|"
          r"señor(?:es|a)?|senor(?:es|a)?|apreciad[oa]s?|excelent[íi]simo",
    # Danish, Norwegian, Swedish ("Min lille kæreste.", "Kære Mor!", "Kjære venn,", "Käre bror,")
    "da": r"k[æä]r(?:e|a|este)|kjær(?:e|este)|elskede|min\s+(?:lille|egen|søde|elskede|"
          r"k[æä]r(?:e|a|este)|kjære|bedste|gode)",
    "pl": r"szanown[yaie]\w*|wielce\s+szanown\w*|kochan[yaie]\w*|najdroższ\w*|drog[iaie]\w*|"
          r"mił[yaie]\w*|łaskaw\w*",
    "cs": r"mil[ýáí]|vážen[ýáí]\w*|drah[ýáí]\w*|milovan[ýáí]\w*",
    "ru": r"милостив\w*|дорог\w*|уважаем\w*|многоуважаем\w*|глубокоуважаем\w*|любезн\w*|"
          r"мил(?:ый|ая|ые)",
    "pt": r"meu\s+(?:caro|querido|prezado|bom)|minha\s+(?:cara|querida|prezada|boa)|"
          r"prezad[oa]s?|carissim[oa]s?",
    # Arabic ("تحية طيبة وبعد،", "السلام عليكم ورحمة الله وبركاته", "عزيزي أحمد،", "حضرة
    # السيد … المحترم") and Persian ("با سلام و احترام", "دوست عزیز،", "جناب آقای …")
    "ar": r"تحية\s+طيبة|تحية\s+وبعد|السلام\s+عليكم|عزيزي|عزيزتي|سيدي|سيدتي|حضرة|"
          r"الأخ\s+العزيز|الأخت\s+العزيزة|صديقي|أخي\s+العزيز",
    "fa": r"با\s+سلام|سلام\s+علیکم|دوست\s+عزیز|عزیزم|جناب|سرور\s+گرامی|برادر\s+عزیز|"
          r"خواهر\s+عزیز",
}
SALUTE_WORDS = "|".join(SALUTE_BY_LANGUAGE.values())
# an adverb of degree before the salutation's adjective ("Bien cher Monsieur,", "Molto
# caro amico,", "Bardzo drogi Panie!")
DEGREE = (r"(?:(?:bien|tr[èe]s|fort|sehr|molto|muy|zeer|velmi|bardzo|очень|most|very|highly|"
          r"much|ever)\s+)")

# the first words of closings (a closing line or sentence begins so)
CLOSE_BY_LANGUAGE: dict[str, str] = {
    "la": r"(?:aeternum\s+|bene\s+|iterum\s+|in\s+(?:christo|domino)\s+)?vale(?:te|as|at)?|"
          r"cura\s+ut\s+valeas|valete\s+in|ora(?:te)?\s+pro\s+(?:me|nobis)|"
          r"etiam\s+atque\s+etiam\b[^.!?]{0,40}?\bvale(?:te)?\b",
    "da": r"(?:(?:ja|og|nå)\s+)?(?:nu\s+)?lev\s+(?:vel|nu\s+vel)|med\s+(?:venlig|kærlig|mange|"
          r"de\s+bedste)\s+hils\w*|kærlig(?:e|st)?\s+hils\w*|mange\s+hils\w*|"
          r"med\s+vänlig\s+hälsning|vänliga\s+hälsningar|(?:din|deres|eders)\s+(?:egen|hengivne|"
          r"hengiven|tro|trofaste|kærlige|tillgivne)",
    "pl": r"z\s+(?:wyrazami|poważaniem|szacunkiem|pozdrowieniami)|łączę\s+wyrazy|całuję|"
          r"ściskam|pozdrawiam|serdeczn\w*\s+pozdr\w*",
    "cs": r"s\s+(?:pozdravem|úctou|upřímným|srdečným)|srdečně\s+zdrav\w*|líbá\w*",
    "ru": r"с\s+(?:уважением|почтением|совершенным|глубоким|любовью)|искренне\s+ваш|"
          r"ваш\s+(?:покорный|преданный|верный)|целую|обнимаю",
    "pt": r"deus\s+guarde|atenciosamente|um\s+abraço|abraços|(?:seu|teu)\s+(?:amigo|criado|"
          r"venerador|obrigado)|"
          r"(?:com\s+(?:os\s+)?(?:melhores|cordiais|respeitosos)\s+)?cumprimentos|"
          r"saudações|respeitosamente|cordialmente|afe(?:c)?tuosamente|(?:um\s+)?beijos?\b|"
          r"(?:seu|sua|teu|tua)\s+(?:mui(?:to)?\s+)?(?:dedicad[oa]|afeiçoad[oa]|"
          r"respeitos[oa]|servo|serva|filh[oa]|irmã[o]?)|sou\s+de\s+v",
    # French, Italian and Spanish closings beyond the English-led list (SALUTE_CLOSE):
    # "Je vous prie d'agréer …", "Salutations distinguées", "Bien affectueusement",
    # "Con affetto", "Un abbraccio", "La saluto cordialmente", "Afectuosamente", "Quedo
    # de usted …", "Besa la mano de V.", "Reciba un cordial saludo"
    "fr": r"je\s+vous\s+prie\s+d['’]agr[ée]er|(?:mes\s+|sinc[èe]res\s+|meilleures\s+)?"
          r"salutations(?:\s+distingu[ée]es)?|(?:bien\s+|tr[èe]s\s+)?(?:affectueusement|"
          r"cordialement|respectueusement|sinc[èe]rement|amicalement|fid[èe]lement)|"
          r"(?:votre|ton|ta)\s+(?:tout\s+)?(?:d[ée]vou[ée]|affectionn[ée]e?|respectueu(?:x|se)|"
          r"reconnaissante?|servante)|salut\s+et\s+fraternit[ée]|[àa]\s+(?:vous|toi)\s+de\s+"
          r"c(?:œ|oe)ur|mille\s+(?:baisers|tendresses|amiti[ée]s)|je\s+vous\s+(?:salue|baise)",
    "it": r"con\s+(?:affetto|ossequio|osservanza|stima|devozione)|affettuosamente|"
          r"cordialmente|(?:un\s+)?(?:abbraccio|bacio)|(?:la|vi|ti)\s+(?:saluto|abbraccio|"
          r"bacio)|(?:i\s+miei\s+)?(?:ossequi|rispetti)|(?:suo|vostro|tuo)\s+(?:dev(?:oto|\.?mo)|"
          r"aff(?:ezionato|\.?mo)|obbl(?:igato|\.?mo)|umil(?:e|issimo))|mi\s+dico|"
          r"mi\s+(?:confermo|professo|segno)",
    # the Spanish chancery's "Dios guarde a V.S. muchos años" in its abbreviations ("Dios
    # gue aVS. VS. m añ", "Dios gue. aVE. m. años.", "D.g.a V.E.m.a.")
    "es": r"dios\s+gu\w{0,4}\.?\s*a\s*v\.?\s*[semd]|d\.\s?g\.\s?a\.?\s*v\.?\s*[semd]"
          r"|afectuosamente|cordialmente|respetuosamente|(?:un\s+)?(?:fuerte\s+)?abrazo|"
          r"(?:muchos\s+|afectuosos\s+|cordiales\s+)?saludos|reciba\s+(?:un|mi|mis)\s+(?:\w+\s+)?"
          r"(?:saludo|abrazo|afecto|consideraci)|"
          r"quedo\s+de|queda\s+de|(?:que\s+)?(?:b\.?\s?s\.?\s?m|besa\s+(?:la|las|sus)\s+"
          r"manos?)|(?:su|tu)\s+(?:aff?(?:ec)?t(?:ísim|isim)?[oa]|hij[oa]|herman[oa]|"
          r"servidor|capell[aá]n)|dios\s+gu(?:arde|e)\s+a\s+(?:usted|vd|v\.?\s?m|vuestra)",
    # Arabic ("والسلام", "وتفضلوا بقبول فائق الاحترام", "مع خالص التحية", "المخلص") and
    # Persian ("با تقدیم احترام", "با احترام", "ارادتمند", "قربانت")
    "ar": r"والسلام|وتفضلوا\s+بقبول|تفضلوا\s+بقبول|مع\s+(?:خالص|فائق|أطيب|أجمل)\s+"
          r"(?:التحية|التحيات|الاحترام|التقدير)|مع\s+التحية|المخلص|المخلصة|ودمتم",
    "fa": r"با\s+تقدیم\s+احترام|با\s+احترام|با\s+سپاس|ارادتمند|قربانت|مخلص\s+شما",
}
CLOSE_WORDS = "|".join(CLOSE_BY_LANGUAGE.values())

# a salutation in the Arabic script, alone on its line with or without its comma ("السلام
# عليكم ورحمة الله وبركاته", "تحية طيبة وبعد،", "با سلام و احترام"): the words above
ARABIC_SCRIPT_SALUTE = re.compile(r"^(?:" + SALUTE_BY_LANGUAGE["ar"] + "|"
                                  + SALUTE_BY_LANGUAGE["fa"]
                                  + r")(?:\s+[^\s،,:!.]+){0,6}\s*[،,:!.]?$")

# a Roman calendar's dating, as Cicero's letters end after their farewell ("VII Id. Nov.
# Leucade.", "Non. Nov. Alyzia.", "XV Kal. Corcyra.", "D. pr. Idus Ian.", "XIIII K."): the
# day before the Kalends, Nones or Ides, the month, the place; no year, so no date's @when
LATIN_DATING = re.compile(
    r"^(?:(?:a\.\s?d\.|pr(?:id)?\.|D\.\s?pr\.)\s+)?(?:[IVXL]{1,5}\.?\s+)?"
    r"(?:Kal(?:endas|endis|\.)?|K\.|Non(?:is|as|\.)?|Id(?:ibus|us|\.)?)"
    r"(?:\s+[A-Z][a-z]{2,9}\.?)?(?:,?\s+[A-Z][a-z]+(?:\s+[a-z]+)?)?\.?$")

# the possessive a signer puts before the name, by language ("Your Alfred", "Ton fils
# Jean"'s "Ton", "Dein Karl", "Il vostro Alberto", "Din egen Peter.", "Twój Jan", "Tvůj
# Karel", "Ваш В.", "Teu João", "Tuus Marcus")
POSSESSIVES = {
    "en": "your", "fr": "ton ta votre", "de": "dein deine euer eure",
    "it": "il\\s+vostro la\\s+vostra il\\s+tuo la\\s+tua vostro vostra tuo tua",
    "es": "tu", "da": "din deres", "pl": "twój twoja wasz wasza", "cs": "tvůj tvoje váš vaše",
    "ru": "ваш ваша твой твоя", "pt": "teu tua", "la": "tuus tua vester",
}
# nouns a possessive closing ends on that are no name ("Dein alter Freund", "Ihr Sohn"):
# German capitalises them
KIN_NOUNS = frozenset(
    "freund freundin sohn tochter bruder schwester vater mutter onkel tante neffe nichte "
    "diener dienerin gatte gattin mann frau kind enkel enkelin vetter base schüler "
    "friend son daughter brother sister father mother servant excellency majesty grace "
    "lordship highness honour honor worship ladyship excellence majesté altesse eccellenza "
    "maestà excelencia majestad señoría merced".split())
POSSESSIVE_SIGNED = re.compile(
    r"^(?P<poss>" + "|".join(p for ps in POSSESSIVES.values() for p in ps.split()) + r")\s+"
    r"(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я]\w*)\s+){0,2}"         # an adjective or two: "egen", "devoto"
    r"(?P<name>(?-i:[A-ZÀ-ÞА-ЯŁŚŻČŘŠŽ][\w'’-]*\.?)(?:\s+(?-i:[A-ZÀ-ÞА-ЯŁŚŻČŘŠŽ])[\w'’.-]*){0,2})"
    r"[.!]?$", re.I)


def possessive_signed(text: str) -> bool:
    """A signature with the signer's possessive before the name ("Il vostro Alberto", "Din
    egen Peter.", "Tvůj Karel"), the name's first letter a capital, no kinship noun."""
    text = text.strip()
    m = POSSESSIVE_SIGNED.match(text) if len(text.split()) <= 5 else None
    if m is None or not m.group("poss")[:1].isupper():
        return False
    return not any(w.strip(".").casefold() in KIN_NOUNS for w in m.group("name").split())


# Latin salutation formulas: the sender in the nominative, the addressee in the dative and
# "salutem (plurimam) dicit", abbreviated S. / S. D. / SAL. / S.P.D. / SAL. PLUR. DIC.
# ("TULLIUS TIRONI SUO SAL.", "TULLIUS ET CICERO S. D. TIRONI SUO.", "PETRARCAE M. TULLIO
# CICERONI S.P.D.", "Eneas Silvius poeta salutem plurimam dicit Johanni Lauterbach, …");
# and the medieval address "Domino suo, immo patri; … Abaelardo Heloysa." (a dative and
# the possessive "suo/sue/suae" in its first words)
LATIN_FORMULA = re.compile(
    r"(?:^|\s)(?:S\.\s?P\.\s?D\.|S\.\s?D\.|SAL\.(?:\s?PLUR\.(?:\s?DIC\.)?)?|S\.(?=\s*$)|"
    r"salutem(?:\s+plurimam)?\s+dic(?:it|unt)|salutem\b)")
LATIN_MEDIEVAL = re.compile(r"^[A-Z]\w+\s+(?:\w+\s+)?(?:suo|sue|suae|sua|suis)\b[,;]?\s")
# Latin's address of sender to addressee, in capitals, the sender in the nominative, the
# addressee (and his title) in the dative ("C. PLINIUS TRAIANO IMPERATORI", "TRAIANUS
# PLINIO"): a salutation only where it stands under a letter's number, as it does at every
# letter of a collection (numbered_letters.py), for alone it may be a heading
LATIN_ADDRESS = re.compile(r"^(?:[A-Z]{1,2}\.\s+){0,2}[A-Z]{2,}(?:US|IUS)\s+"
                           r"(?:[A-Z]{1,2}\.\s+){0,2}[A-Z]{2,}(?:O|I|AE)"
                           r"(?:\s+[A-Z]{2,}(?:O|I|AE|IS|US)){0,3}\.?$")


# the medieval letter's greeting at the end of its one-sentence address, after the names
# and titles of sender and addressee ("R. humilis filius, servus, amicus, sublimi matri
# domine, amice sue A., …, salutationem Gabrielis ad Mariam.", "… Emma Francorum regina
# salutem.", "… salutem in Domino", "… orationes et servitium")
LATIN_GREETING_END = re.compile(
    r"(?i)\b(?:salutem|salutationem|salutes|orationes|benedictionem|dilectionem|obsequium|"
    r"servitium|devotionem|gaudium|pacem)\b(?:\s+\S+){0,6}[.!]?$")
POSSESSIVE_LA = re.compile(r"(?i)\b(?:suo|sue|suae|sua|suis|suorum|vestrae|vestre|nostro|"
                           r"nostrae|nostre)\b")


def latin_salutation(text: str) -> bool:
    """A Latin letter's salutation (LATIN_FORMULA within its first nine words, the words
    before it names; or LATIN_MEDIEVAL), one sentence of at most 30 words."""
    text = text.strip()
    words = text.split()
    if 4 <= len(words) <= 40 and words[0][:1].isupper() and text.count(",") >= 2 \
            and "\n" not in text and LATIN_GREETING_END.search(text) \
            and (POSSESSIVE_LA.search(text) or re.search(r"(?i)\bsalut(?:em|ationem)\.?$", text)) \
            and not re.search(r"(?<!\b[A-Z])[.!?;:]\s+(?=\S)", text):
        return True         # (one sentence, the greeting closing it: LATIN_GREETING_END)
    if not words or len(words) > 30 or not words[0][:1].isupper() \
            or re.search(r"[.!?]\s+(?=[a-z])", text):
        return False
    m = LATIN_FORMULA.search(text)
    if m is not None and len(text[:m.start()].split()) <= 8:
        before = text[:m.start()].split()
        if not m.group().strip().lower().startswith("salutem"):
            # (an abbreviated formula after names in capitals, two at least: "TULLIUS
            # TIRONI SUO SAL."; never "Harry S." or "the U. S.")
            return len(before) >= 2 and all(w.isupper() for w in before)
        return len(before) >= 1 and sum(1 for w in before if w[:1].islower()) <= 1
    # (the medieval address: one sentence, its titles parted by commas or semicolons)
    return bool(LATIN_MEDIEVAL.match(text)) and text.endswith(".") \
        and not re.search(r"[.!?]\s", text) and bool(re.search(r"[,;]", text))


# words of endearment a private letter's salutation names the addressee by, by language
ENDEARMENTS = {
    "en": "darling dearest beloved sweetheart love", "fr": "chéri chérie chéris amour",
    "de": "schatz liebling liebste liebster", "it": "tesoro amore adorat[oaie] car[oaie]",
    "es": "cariño amor querid[oa]", "da": "kæreste elskede skat søde kære",
    "pl": "kochanie kochan[yaie] najdroższ[yaie]", "cs": "miláčku drah[áý]",
    "ru": "любим(?:ая|ый) дорог(?:ая|ой)", "pt": "querid[oa] amor",
}
# the possessive that opens such a salutation ("Min lille kæreste.", "My darling wife.")
_MY = (r"(?:min|mit|mine|my|mon|ma|mes|mein|meine|mio|mia|miei|mie|mi|mój|moja|můj|moje|"
       r"мой|моя|meu|minha)")
VOCATIVE = re.compile(
    r"^" + _MY + r"\s+(?:[^\W\d_]+\s+){0,2}?(?:" + "|".join(
        w for ws in ENDEARMENTS.values() for w in ws.split()) + r")(?!\w)"
    r"(?:\s+(?-i:[A-ZÀ-ÞÆØÅ])[^\W\d_]*){0,2}\s*[.!,](?=\s+(?-i:[A-ZÀ-ÞÆØÅ])|\s*$)", re.I)

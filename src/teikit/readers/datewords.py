"""Dates written out in words, as treaties, deeds and charters close: "the twenty-fifth day
of September, one thousand nine hundred and twenty-six", "le cinq avril mil neuf cent
trente-trois", "den vijf-en-twintigsten September negentienhonderd zes en twintig", "am
fünfundzwanzigsten September neunzehnhundertsechsundzwanzig", "il venticinque settembre
millenovecentoventisei", "a veinticinco de septiembre de mil novecientos veintiséis".

The numbers a date needs are bounded (a day 1-31, a year 1000-2099), so each language's
number words are a small table read by one grammar. No library was a fit (tried on the
closing clauses of the Slavery Convention and the Netherlands-Venezuela treaty):
number-parser reads no French, German, Dutch or Italian; dateparser (16 MB installed) reads
no number words; text2num reads cardinals in all these languages but ordinals only by
rewriting the whole string (a <date> needs its place in the source), not the Dutch
inflected ordinals ("vijf-en-twintigsten"), and is a compiled extension (a wheel for each
platform and Python). The table was checked against num2words for every day and every
year from 1000 to 2099 in each language."""
from __future__ import annotations

import re
from functools import lru_cache

# kinds of number word: U unit 1-9, T teen 10-19, X a ten 20-90, H hundred, C hundreds
# (a Romance word for 200-900), K thousand, A the word joining parts ("and", "und", "y")
_TABLES: dict[str, dict[str, tuple[str, int]]] = {}


def _table(lang: str, units: str, teens: str, tens: str, hundred: str, thousand: str,
           joins: str, ordinals: str = "", hundreds: str = "") -> None:
    """One language's words: units 1-9, teens 10-19, tens 20-90 (space-separated; a slash
    gives variants of one number), the words for hundred and thousand (variants), the
    joining words, ordinals as "word=value" pairs, and words for 200-900."""
    table: dict[str, tuple[str, int]] = {}
    for kind, words, step, first in (("U", units, 1, 1), ("T", teens, 1, 10),
                                     ("X", tens, 10, 20)):
        for k, variants in enumerate(words.split()):
            for word in variants.split("/"):
                table[word] = (kind, first + k * step)
    for word in hundred.split("/"):
        table[word] = ("H", 100)
    for word in thousand.split("/"):
        table[word] = ("K", 1000)
    for word in joins.split():
        table[word] = ("A", 0)
    for k, variants in enumerate(hundreds.split()):
        for word in variants.split("/"):
            table[word] = ("C", 200 + 100 * k)
    for pair in ordinals.split():
        word, value = pair.split("=")
        n = int(value)
        table[word] = ("U" if n < 10 else "T" if n < 20 else "X", n)
    _TABLES[lang] = table


def _german_ordinals(stems: str, endings: tuple[str, ...]) -> str:
    """Ordinal stems with their inflections ("erst" -> erste, ersten, erster …)."""
    out: list[str] = []
    for pair in stems.split():
        stem, value = pair.split("=")
        out.extend(f"{stem}{e}={value}" for e in endings)
    return " ".join(out)


_table("en", "one two three four five six seven eight nine",
       "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
       "twenty thirty forty/fourty fifty sixty seventy eighty ninety", "hundred",
       "thousand", "and",
       "first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 "
       "tenth=10 eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 "
       "sixteenth=16 seventeenth=17 eighteenth=18 nineteenth=19 twentieth=20 thirtieth=30")
_table("fr", "un/une deux trois quatre cinq six sept huit neuf",
       "dix onze douze treize quatorze quinze seize",
       "vingt/vingts trente quarante cinquante soixante", "cent/cents", "mille/mil", "et",
       "premier=1 première=1 quatrevingt=80 quatrevingts=80")
_table("de", "ein/eins/eine/einem/einen zwei/zwo drei vier fünf sechs sieben acht neun",
       "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
       "zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
       "hundert", "tausend", "und",
       _german_ordinals("erst=1 zweit=2 dritt=3 viert=4 fünft=5 sechst=6 siebt=7 siebent=7 "
                        "acht=8 neunt=9 zehnt=10 elft=11 zwölft=12 dreizehnt=13 vierzehnt=14 "
                        "fünfzehnt=15 sechzehnt=16 siebzehnt=17 achtzehnt=18 neunzehnt=19 "
                        "zwanzigst=20 dreißigst=30 dreissigst=30",
                        ("e", "en", "er", "es", "em")))
_table("nl", "een/één/eene twee drie vier vijf zes zeven acht negen",
       "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
       "twintig dertig veertig vijftig zestig zeventig tachtig negentig", "honderd",
       "duizend", "en ën",
       _german_ordinals("eerst=1 tweed=2 derd=3 vierd=4 vijfd=5 zesd=6 zevend=7 achtst=8 "
                        "negend=9 tiend=10 elfd=11 twaalfd=12 dertiend=13 veertiend=14 "
                        "vijftiend=15 zestiend=16 zeventiend=17 achttiend=18 negentiend=19 "
                        "twintigst=20 dertigst=30", ("e", "en")))
_table("it", "uno/un/una due tre/tré quattro cinque sei sette otto nove",
       "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto "
       "diciannove", "venti/vent trenta/trent quaranta/quarant cinquanta/cinquant "
       "sessanta/sessant settanta/settant ottanta/ottant novanta/novant", "cento/cent",
       "mille/mila", "e", "primo=1 prima=1")
# (with the old spellings of colonial and notarial hands, which write c, s and z and b
# and v for one another: "mill setesientos", "setezientos", "quatro", "onze", "nobenta",
# "Veinteycinco", as the records of the AGI, the AGN and the Archivo Histórico de
# Antioquia have them)
_table("es", "uno/un/una dos/dós tres/trés cuatro/quatro cinco/sinco seis/séis/seys siete "
       "ocho nueve/nuebe",
       "diez/dies once/onse/onze doce/dose/doze trece/trese/treze catorce/catorse/catorze "
       "quince/quinse/quinze dieciséis/dieciseis diecisiete dieciocho diecinueve",
       "veinte/veinti/beinte/veynte treinta/treynta cuarenta/quarenta "
       "cincuenta/cinquenta/sinquenta sesenta setenta ochenta noventa/nobenta",
       "cien/ciento/siento", "mil/mill", "y", "primero=1 primo=1 veintiún=21",
       "doscientos/dosientos/dozientos trescientos/tresientos/trezientos "
       "cuatrocientos/quatrocientos/quatrosientos/quatrozientos quinientos "
       "seiscientos/seissientos/seiszientos setecientos/setesientos/setezientos "
       "ochocientos/ochosientos/ochozientos novecientos/nobecientos/novesientos")
_table("pt", "um/uma dois/duas três quatro cinco seis sete oito nove",
       "dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis "
       "dezessete/dezassete dezoito dezenove/dezanove",
       "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa", "cem/cento",
       "mil", "e", "primeiro=1",
       "duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos "
       "novecentos")


QUATRE_VINGT = re.compile(r"quatre[\s\-]+vingt")


@lru_cache(maxsize=256)
def _split(word: str, lang: str) -> tuple[tuple[str, int], ...] | None:
    """*word* as a run of *lang*'s number words, the longest first ("vijfentwintigsten" ->
    vijf, en, twintigsten), or None."""
    table = _TABLES[lang]
    if not word:
        return ()
    for size in range(min(len(word), 20), 0, -1):
        part = table.get(word[:size])
        if part is not None:
            rest = _split(word[size:], lang)
            if rest is not None:
                return (part, *rest)
    return None


def _below_100(parts: list[tuple[str, int]], k: int) -> tuple[int, int] | None:
    """A number under 100 at *k*: a ten and a unit ("twenty-five", "vingt et un",
    "soixante-dix-sept"), a unit joined to a ten ("fünfundzwanzig", "one and twenty"), a
    teen, a unit; returns (value, next index)."""
    n = len(parts)

    def kind(j: int) -> str:
        return parts[j][0] if j < n else ""

    if kind(k) == "X":
        value, k = parts[k][1], k + 1
        j = k + 1 if kind(k) == "A" else k
        if kind(j) == "T" and parts[j][1] == 10 and kind(j + 1) == "U":
            return value + 10 + parts[j + 1][1], j + 2        # soixante-dix-sept
        if kind(j) in ("U", "T"):
            return value + parts[j][1], j + 1
        return value, k
    if kind(k) == "U" and kind(k + 1) == "A" and kind(k + 2) == "X":
        return parts[k][1] + parts[k + 2][1], k + 3           # fünf und zwanzig
    if kind(k) == "T" and parts[k][1] == 10 and kind(k + 1) == "U":
        return 10 + parts[k + 1][1], k + 2                    # dix-sept
    if kind(k) == "T" and parts[k][1] == 10 and kind(k + 1) == "A" and kind(k + 2) == "U" \
            and parts[k + 2][1] >= 6:
        return 10 + parts[k + 2][1], k + 3                    # diez y seis (old Spanish)
    if kind(k) in ("U", "T"):
        return parts[k][1], k + 1
    return None


def _below_1000(parts: list[tuple[str, int]], k: int) -> tuple[int, int] | None:
    """Hundreds ("nine hundred", "novecento", "novecientos", "nineteen hundred") and what
    follows them."""
    n = len(parts)
    value = 0
    if k < n and parts[k][0] == "C":
        value, k = parts[k][1], k + 1
    elif k < n and parts[k][0] == "H":
        value, k = 100, k + 1                                 # cent, hundert, cento
    else:
        low = _below_100(parts, k)
        if low is not None and low[1] < n and parts[low[1]][0] == "H":
            value, k = low[0] * 100, low[1] + 1
    if value:
        if k < n and parts[k][0] == "A" and k + 1 < n:
            k += 1                                            # "hundred and twenty"
        low = _below_100(parts, k)
        return (value + low[0], low[1]) if low else (value, k)
    return _below_100(parts, k)


def _number(parts: list[tuple[str, int]]) -> int | None:
    """The value of the whole run, or None when it is not one number."""
    n = len(parts)
    k, total = 0, 0
    if k < n and parts[k][0] == "K":
        total, k = 1000, 1                                    # mille, mil, tausend
    else:
        head = _below_1000(parts, 0)
        if head is None:
            return None
        if head[1] < n and parts[head[1]][0] == "K":
            total, k = head[0] * 1000, head[1] + 1
        elif head[1] == n:
            return head[0]
        else:
            return None
    if k < n and parts[k][0] == "A":
        k += 1                                                # "thousand and one"
    if k == n:
        return total
    rest = _below_1000(parts, k)
    return total + rest[0] if rest and rest[1] == n else None


def number_value(words: str) -> int | None:
    """The number *words* say in one of the languages ("one thousand nine hundred and
    twenty-six" -> 1926, "vijf-en-twintigsten" -> 25), else None."""
    words = QUATRE_VINGT.sub("quatrevingt", words.lower())     # (one number: 80)
    tokens = [t for t in re.split(r"[\s\-‐]+", words) if t]
    if not tokens or len(tokens) > 12 or any(len(t) > 60 for t in tokens):
        return None                  # (the longest: "eintausendneunhundertsechsundzwanzigsten")
    for lang in _TABLES:
        parts: list[tuple[str, int]] = []
        for token in tokens:
            split = _split(token, lang)
            if split is None:
                break
            parts.extend(split)
        else:
            value = _number(parts) if parts and parts[-1][0] != "A" else None
            if value is not None:
                return value
    return None

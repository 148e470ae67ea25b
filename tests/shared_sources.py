"""Sources and helpers that several convention test files share (the round files were
regrouped by convention; a text tested for letters and for dates is written once here)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from lxml import etree
from teiquery import docx_bytes, texts

from teikit.diagnostics import TeikitError
from teikit.encode import encode_file, encode_text
from teikit.formats.pdflayout import Char
from teikit.header import Edition

from wordcheck import words

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def xp(root, path):
    return root.xpath(path, namespaces=NS)


WAR_DIARY = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>October 1914</title></head>
<body>
<h1>War Diary – 12 Inf Bde</h1>
<p>October 1914</p>
<article>
<p class="ref">WO 95/1501/3, pp 1-9</p>
<table>
<tr><td><p class="table_heading">Hour, Date, Place</p></td>
<td><p class="table_heading">Summary of Events and Information</p></td>
<td><p class="table_heading">Remarks</p></td></tr>
<tr><td>Oct 3rd LE CATEAU 5am</td><td><p>The Brigade marched north.</p></td><td></td></tr>
<tr><td>9am</td><td><p>{long}</p></td><td><a href="App2.xhtml">Appendix 2</a></td></tr>
<tr><td>Oct 4th BETHUNE</td><td><p>Billets were found for the night.</p></td><td></td></tr>
</table>
</article>
</body></html>
"""


ALTO4 = "http://www.loc.gov/standards/alto/ns-v4#"


EXPORT_R23 = ("=======================\n"
          "Filename: notebook-17 (first 2).pdf\n"
          "Page: 1 of 2\n"
          "Link: https://transcription.si.edu/transcribe/12345/ABCDE\n"
          "=======================\n\n"
          "[[preprinted]] 12 [[/preprinted]]\n"
          "[[table]]\n"
          "|   |   |   |\n"
          "|---|---|---|\n"
          "|201|-14[[symbol - degree symbol]] 4410|7.2|\n"
          "|202|-15[[symbol - degree symbol]] [[strikethrough]] 3105 [[/strikethrough]] 3150|8.0|\n"
          "|203|-15[[symbol - degree symbol]] 3188|6.9|\n"
          "[[/table]]\n\n"
          "=======================\n"
          "Page: 2 of 2\n"
          "Link: https://transcription.si.edu/transcribe/12345/ABCDF\n"
          "=======================\n\n"
          "[[preprinted]] 13 [[/preprinted]]\n"
          "Tuesday, Oct. 5, 1915\n"
          "Plate A2210 taken.\n"
          "[[annotation]]Faint on -15 3150[[/annotation]]\n")


EXPORT_R21 = ("# The Regular Meeting of the Board of Education held at the\n\n"
          "**Document Type:** Meeting Minutes\n\n"
          "**Collection:** Amityville Board of Education Records\n\n"
          "**Source:** Amityville-Records_page_276.jpg\n\n"
          "**Model:** qwen/qwen-vl-plus\n\n"
          "**Processed:** 2026-01-17T22:33:27.487971\n\n"
          "## Transcription\n\n```\n"
          "The Regular Meeting of the Board of Education held at the\n"
          "High School on Thursday, February 7, 1935, at 8:00 o'clock\n"
          "P. M., pursuant to notice.\n\n"
          "The meeting was called to order by the President.\n```\n")


def _line_r28(words: str, x: int = 0, y: int = 0, w: int = 0, h: int = 40, tag: str = "") -> str:
    ref = f' TAGREFS="{tag}"' if tag else ""
    geo = f' HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}"' if w else ""
    return (f"<TextLine{ref}{geo}>" + "<SP/>".join(f'<String CONTENT="{t}"/>'
                                                     for t in words.split()) + "</TextLine>")


PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


def _created_r22l(root) -> list[str]:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")


CABLE = ("SECRET\n\n"
         "TOR: 0309152 MAR 8I SPET 10444\n\n"
         "SEC RET 0309152 MAR 8I STAFF\n"
         "CITE VIENNA 10444\n"
         "TO: DIRECTOR INFO BONN.\n"
         "SLUGS: WNINTEL\n"
         "SUBJECT: VISIT OF TRADE DELEGATION\n"
         "REF: NONE\n"
         "TEXT:\n\n"
         "1. ACTION REQUIRED: NONE.\n\n"
         "2. THE DELEGATION ARRIVED ON 2 MARCH AND LEFT THE NEXT DAY.\n")


def _block(lines: list[str], tag: str = "", geo: str = "") -> str:
    ref = f' TAGREFS="{tag}"' if tag else ""
    return f"<TextBlock{ref}{geo}>" + "".join(lines) + "</TextBlock>"


LONG = "The Somersets held the ridge under heavy shell fire until the guns were withdrawn. " * 14


TC39 = ("# January 28, 2015 Meeting Notes\n\n"
        "Brian Terlson (BT), Allen Wirfs-Brock (AWB), Waldemar Horwat (WH), "
        "István Sebestyén (IS), Ben Newman (BN), Mark S. Miller (MM)\n\n"
        "## Report\n\n"
        "IS: Recommend resuming the fast-track.\n\n"
        "WH: Why now?\n\n"
        "IS: Because the platform is ready.\n\n"
        "WH and IS: [Discussion about what the platform is]\n\n"
        "AWB: The user would have to wrap the iterator.\n\n"
        "BN: Or not.\n\n"
        "AWB/BN: We agree on that.\n\n"
        "MM: Requests that browser makers wait for at least 2 months.\n\n"
        "[agreed to MM's request]\n\n"
        "AWB: Then we can drop step 17.\n\n"
        "BT: Yes.\n")


def alto(blocks: list[str], tags: dict[str, str] | None = None, img: str = "125") -> str:
    other = "".join(f'<OtherTag ID="{k}" LABEL="{v}"/>' for k, v in (tags or {}).items())
    return (f'<alto xmlns="{ALTO4}"><Description><sourceImageInformation><fileName>f.jpeg'
            f"</fileName></sourceImageInformation></Description><Tags>{other}</Tags><Layout>"
            f'<Page PHYSICAL_IMG_NR="{img}"><PrintSpace>' + "".join(blocks) +
            "</PrintSpace></Page></Layout></alto>")


BODIES = ["Tua quidem pietas, imperator sanctissime, optaverat.",
          "Exprimere, domine, verbis non possum, quantum mihi gaudium attuleris.",
          "Ut primum me, domine, indulgentia vestra promovit.",
          "Indulgentia tua, imperator optime, hortatur me.",
          "Proximo anno, domine, gravissima valetudine vexatus sum.",
          "Ago gratias, domine, quod et ius Quiritium dedisti."]


CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
             'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
             'media-type="application/oebps-package+xml"/></rootfiles></container>')


HEBREW = ("## p. (#109) ################################################\n\n"
          "הוספות\n"
          "בדף הראשון כותב המחבר: וראשי המדינה באיירופא\n"
          "שמו להם חוקת משפט להגלות לארצות החדשה הגלת שלמים\n"
          "כל פושע וכל חוטא אשר נבאש בעמו, ואשר לא תוכל החברה\n"
          "שאתו לבער את הרע מקרב איירופא. גם בדבר הזה שתו\n"
          "מוקשים לבני הארצות החדשות, כי החוטאים האלה למדו את\n"
          "בני האיים להשחית דרכם ולמלא את ארצם חמס, תחת אשר\n"
          "לפנים לא ידעו לעשות רע, וכל דעה נפסדה אשר נושנה באיי־\n"
          "רופא, וכל דבר הבל אשר אין דעת בני איירופא נוחה ממנו\n"
          "עוד, התמלט כאל עיר מקלט אל הארצות החדשות אשר המה\n"
          "שליטים עליהם.\n")


ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"]


def _pliny(numbers: list[str]) -> str:
    parts = ["Pliny the Younger\n\n C. PLINII CAECILII SECVNDI EPISTVLARVM LIBER DECIMVS\n"]
    for n in numbers:
        reply = n.endswith("B")
        parts.append(f"\n {n} \n \n\n" + ("TRAIANUS PLINIO\n Et civis et senatoris boni "
                                           "partibus functus es. Vale.\n" if reply else
                                           "C. PLINIUS TRAIANO IMPERATORI\n \n\n 1 "
                                           + BODIES[len(parts) % len(BODIES)] + " Vale.\n"))
    return "".join(parts)


SEGMONTO = {"BT1": "MainZone", "BT2": "MarginTextZone", "BT3": "NumberingZone",
            "BT4": "MainZone:column#1", "LT1": "DefaultLine", "LT2": "InterlinearLine",
            "LT3": "HeadingLine:title", "BT5": "SealZone"}


AOZORA = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja"><head>
<title>正岡子規 歌よみに与ふる書</title></head><body>
<h1 class="title">歌よみに与ふる書</h1>
<div class="main_text">
　拝啓。実例につきて評せよとの御言葉<ruby><rb>御尤</rb><rp>（</rp>
<rt>ごもっとも</rt><rp>）</rp></ruby>と存候。<br />
<br />
　なほ手当り次第<ruby><rb>可申上</rb><rp>（</rp>
<rt>もうしあぐべく</rt><rp>）</rp></ruby>候也。<br />
<div class="chitsuki_2" style="text-align:right">（明治三十一年二月二十一日）</div>
</div>
<div class="bibliographical_information"><hr /><br />
底本：「歌よみに与ふる書」岩波文庫、岩波書店<br />
　　　1955（昭和30）年2月25日第1刷発行<br />
入力：網迫、土屋隆<br />
2004年8月10日作成<br />
</div>
</body></html>
"""


def creation_date(root) -> list[str]:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")


PROSE = ("the patient was treated for many months by the physicians of the town, and\n"
         "the treatment, though it was long and costly, brought him very little relief\n"
         "until he went to the country and rested there through the whole summer; and\n"
         "there he recovered the strength that he had lost in the years of his labour,\n"
         "so that in the autumn he came back to the city and took up his work again,\n"
         "and kept it up for the rest of his life without any return of the trouble,\n"
         "as he told me himself when I saw him many years after, and as his friends\n")


SAVED_PAGE = ("Cicero: ad Familiares XVI\n\t\t \n\n \n M. TVLLI CICERONIS EPISTVLARVM AD "
              "FAMILIARES LIBER SEXTVS DECIMVS Ad Tironem\n \n\n 1 2  3 4 5  6 7 8  9 10 11 \n"
              " \n\nNon queo ad te nec libet scribere, quo animo sim affectus. Vale.\n \n\n"
              " \t Cicero \n\t\t The Latin Library \n\t\t The Classics Page\n")


def _column(words: str, width: int = 24) -> str:
    """Words set in a narrow column, as a page's OCR gives them (no hyphens)."""
    out, line = [], ""
    for word in words.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*out, line])


PANDOC_PLAIN = ("אגרות\n\nוקמו כלם לגנוב ולעשות תּמונות של משה1 אם אָמר האחד “תּקופות”.\n\n"
                "לא יאבה הזקן2 לתתּו, ובשנת 1885 עוד.\n\nדוד פרישמאַנן.\n\n\n\n"
                "השווה מכתב יג, למעלה.  \u21a9\n\n\n\nסלונימסקי.  \u21a9\n\n\n\n"
                "את הטקסט לעיל הפיקו מתנדבי פרויקט בן־יהודה באינטרנט.  הוא זמין תמיד "
                "בכתובת הבאה:https://benyehuda.org/read/93\n")


OFFICE = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')


STORY = ("The longer the day of settlement may be postponed beyond the sea the more fearful "
         "will it be. When a soldier finally goes to his home, he will owe a greater debt than "
         "he will have the capacity to pay. And it will be the same way from the emperor to "
         "the peasant. The governments cannot repudiate their debts, but how can they pay "
         "them? The common people will certainly struggle to find new homes. ")


NEWS_PAGE = ("# The Daily Record\n\n## Fillbuster Dauntless Back.\n\n"
             "**Jacksonville Suspects that She landed the Expedition in Cuba.**\n\n"
             "Jacksonville, Fla., Nov. 13. \u2013 The famous tug Dauntless is back in port.\n\n"
             "When she left Jacksonville she went quietly to towing vessels.\n\n"
             "## Application for Receiver Refused.\n\n"
             "Atlanta, Ga  Nov. 13. \u2013 Application for a receiver was refused.\n\n"
             "## Soldiers Arrived.\n(By wire to the Record.)\n\n"
             "Jersey City, Aug. 26.\u2014Nearly one thousand soldiers arrived here to-day.\n")


SMALL_PRINT = (
    "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***\n"
    "Why is this \"Small Print!\" statement here?  You know: lawyers.\n\n"
    "LIMITED WARRANTY; DISCLAIMER OF DAMAGES\n"
    "But for the \"Right of Replacement or Refund\" described below,\n"
    "[1] the Project disclaims all liability to you for damages, and\n"
    "[2] YOU HAVE NO REMEDIES FOR NEGLIGENCE.\n\n"
    "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\n")


def _newspaper() -> str:
    return ("Vol. 26 SALT LAKE CITY, UTAH, APRIL 29, 1916 No. 20\n"
            "! Editorials\n"
            "Mighty War Debt\n"
            + _column(STORY * 3) + "\n"
            "Mlllllllllllllllllllllllllllllllllllllllll\n"
            "MEN OF THE WEST\n"
            + _column(STORY * 2) + "\n"
            "(Continued on page 14.)\n"
            + _column(STORY * 2) + "\n")


def fodt(body: str, styles: str = "", meta: str = "") -> str:
    """A flat OpenDocument text as LibreOffice saves it (.fodt)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {OFFICE} '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"<office:meta>{meta}</office:meta>"
            f"<office:automatic-styles>{styles}</office:automatic-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document>")


LETTER_HOME = """\
Sunday 10 December 1916
My darling wife

It took two and a half days from Durban to Cape Town. The run along the coast was very \
tame really, nothing of importance to relate.

Last night there was a grand concert, absolutely the best it's the last now until we \
reach the old Blighty*.

Well dear old girl I'll now ring off for a few days hoping you are in the best of health.
Love and kisses to my darling wife from your ever true and loving hubby.
\t\t\t\t\tDon
Also enclosing another photo. Do you think I'm getting fatter, they all say I am?
Love to my darling.
*Blighty means England"""


RECORDS = ("Primary publication: AbB 02, 011\nAuthor(s): Frankena, Rintje, \n"
           "Publication date: 1966\nMuseum no.: BM 080318\n"
           "Accession no.: 1894-11-14, 0052\nProvenience: \n"
           "Period: Old Babylonian (ca. 1900-1600 BC)\nGenre: Letter\nTransliteration:\n"
           "1. a-na be-li2-ia\n2. qi2-bi2-ma\n\n\n"
           "Primary publication: AbB 02, 012\nAuthor(s): Frankena, Rintje, \n"
           "Publication date: 1966\nMuseum no.: BM 080401\n"
           "Accession no.: 1894-11-14, 0135\nProvenience: \n"
           "Period: Old Babylonian (ca. 1900-1600 BC)\nGenre: Letter\nTransliteration:\n"
           "1. a-na a-bi-ia\n2. qi2-bi2-ma\n")


def _line_loss3(text: str, x: float, base: float, size: float, bold: bool = False) -> list[Char]:
    width = 0.72 * size
    return [Char(ch, x + k * width, base - 0.2 * size, x + (k + 1) * width, base + 0.8 * size,
                 base, size, bold) for k, ch in enumerate(text)]


def encoded_bytes(tmp_path: Path, name: str, data: bytes):
    source = tmp_path / name
    source.write_bytes(data)
    result = encode_file(source)
    return etree.fromstring(result.data), result


def speakers_and_speech(root) -> list[tuple[str, str]]:
    return [(" ".join("".join(sp.find("{http://www.tei-c.org/ns/1.0}speaker").itertext())
                      .split()),
             " ".join(" ".join("".join(p.itertext()) for p in xp(sp, "t:p")).split()))
            for sp in xp(root, "//t:body//t:sp")]


SEANAD = (
    "SEANAD ÉIREANN\n\n"
    "Gnó an tSeanaid - Business of Seanad \b\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 444\n"
    "School Enrolments\b\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 445\n"
    "Equality Issues ........................ 454\n\n"
    "18/11/2021A00050\n\n18/11/2021A00150\n\n18/11/2021A00200\n\n18/11/2021FF00100\n\n"
    "An Leas-Chathaoirleach: I welcome the Minister of State to the House.\n\n"
    "18/11/2021A00300\n\n"
    "Senator Mark Wall: I thank the Minister of State for coming in.\n")


WS_CHAPTER = """{{header
 | title      = [[The Federalist Papers]]
 | author     = Alexander Hamilton
 | section    = No. 1
 | previous   = [[../Preface|Preface]]
 | next       = [[../No. 2|No. 2]]
 | year       = 1787
 | notes      = First published in the ''Independent Journal''.
}}
== General Introduction ==
To the People of the State of New York:

AFTER an unequivocal experience<ref>Of the Articles of Confederation.</ref> of the \
inefficacy of the subsisting {{sc|federal government}}, you are called upon to deliberate \
on a new Constitution.<ref name="c">See [[Constitution]].</ref> It has been frequently \
remarked<ref name="c"/> that it seems to have been reserved to the people of this \
{{hws|coun|country}}
{{hwe|try|country}} to decide.<!-- check against the 1788 edition -->

<poem>
Happy the man, whose wish and care
A few paternal acres bound,
</poem>
[[Category:Federalist Papers]]
{{PD-old}}
{{Unknown template|kept words|width=3em}}
"""


VOCABULARY = ["river", "bridge", "council", "winter", "letter", "garden", "morning", "harbour",
              "silver", "window", "orchard", "market", "lantern", "meadow", "quarrel"]


def _letter(dateline: str, body: str = "I received your letter and was glad of it.") -> str:
    return f"A letter\n\nCairo, {dateline}\n\nDear Ahmad,\n\n{body}\n\nYours,\n\nMuhammad\n"


NILSSON = (
    '<!DOCTYPE html>\n<html lang="sv"><head><title>John Albert Nilssons noth&#228;fte</title>'
    "</head><body>\n<header><h1>John Albert Nilssons noth&#228;fte</h1></header>\n"
    '<nav><a href="index.html">Hem</a> | <a href="galleri.html">Galleri</a></nav>\n'
    "<h2> GALLERI </h2>\n"
    '<p class="subtitle"> Framsida.<br /> Notbok för Violin<br /> John Albert Nilsson<br />'
    " Hjortshög, den 12/3 1895 </p>\n"
    '<p class="subtitle"> Sida 1.<br /> 4. Narvamarsch (Wid Karl XII dödsfest 1818).<br />'
    " Kompositör: J.C Haeffner. Tonart: E-moll. Taktart: 4/4.<br /> 5. Wärmlandsvisa.<br />"
    " Tonart: E-moll. Taktart: 2/4.</p>\n"
    '<p class="subtitle"> Sida 2.<br /> 6. Julian Polka<br /> Kompositör: Wilhelm Kühner.'
    " Tonart: D-dur. Taktart: 2/4.</p>\n"
    '<p class="subtitle"> Sida 3.<br /> 8. Polska<br /> Tonart: G-dur. Taktart: 3/4.</p>\n'
    "</body></html>\n")


NUMBERS = st.sampled_from(["0", "-5", "1e308", "-1e308", "nan", "inf", "99999999999999999999",
                           "", "x", "3.5", "12"])


KEMBLE = ("# PREFACE.\n\n  The following diary was kept in the winter and spring of 1838-9.\n\n"
          "  LONDON, *January* 16, 1863.\n\n## JOURNAL.\n\n Philadelphia, December 1838.\n\n"
          "  My Dear E——,— I return you Mr. ——’s letter. I do not think it answers any of "
          "the questions debated in our last conversation.\n\n  Yours ever faithfully.\n")


MINOR = ("---\nlayout: narrative\n\ntitle: >\n    \nsource: \n---\n\n# THEMES\n\n"
         "  Loss is a constant theme in Louisa's Diary.\n\n"
         "# September 1st 1855 Commencing this Journal\n\n## Sept. 3\n\n"
         "  Jim [Anderson] leaves for school at Bloomfield.\n\n## Sept. 4\n\n"
         "  A letter from B. [Betsey] Bankhead.\n")


def creation(root) -> list[str]:
    return [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")]


PLINY = """Pliny the Younger

 C. PLINII CAECILII SECVNDI EPISTVLARVM LIBER DECIMVS AD TRAIANVM IMPERATOREM

 1

C. PLINIUS TRAIANO IMPERATORI

 1 Tua quidem pietas, imperator sanctissime, optaverat, ut quam tardissime succederes patri.

 3 A

C. PLINIUS TRAIANO IMPERATORI

 1 Ut primum me, domine, indulgentia vestra promovit ad praefecturam aerarii Saturni.

 3 B

TRAIANUS PLINIO
 Et civis et senatoris boni partibus functus es obsequium amplissimi ordinis praestando.

 4

C. PLINIUS TRAIANO IMPERATORI

 1 Indulgentia tua, imperator optime, quam plenissimam experior, hortatur me.
"""


DECREE_LEFT8 = """DECRETO 125/1998

Artículo 1. Se aprueba el reglamento del registro municipal de asociaciones que figura como \
anexo I del presente decreto.

Artículo 2. Las tasas que deberán abonarse son las que figuran en el anexo II.

Dado en Sevilla, a 12 de mayo de 1998.

EL PRESIDENTE DE LA JUNTA,
Manuel Chaves González

ANEXO I

Reglamento del registro municipal de asociaciones

Primero. El registro tiene por objeto permitir el conocimiento de las asociaciones existentes \
en el municipio.

ANEXO II

La inscripción en el registro es gratuita.
"""


DESPATCH = """\
--- page 010r---
2da
n° 477 comincia 476
Serenissimo Principe
la causa perché andai al signor principe d’Oranges fu per par-
largli di una lettera, che havevo ricevuto dai signori dell’amira-
lità di Roterdam, colla quale mi davano parte di haver
havuta sententia contro di loro da questa corte di Holanda
et obligatoria a pagar ai partionevoli quella nave nominata
Li tre re delle dodici, che mandai del 1618 al
servitio della Serenità vostra, et si abbracciò li 16 del mese di
luglio del 1619 in golfo.
--- page 010v---
Li quattro, che scopersero quello, che doveva esse-
quirsi sono stati regalati di 600 fiorini per uno d’un
vestito dai signori Stati; et promessa di avanzamento
nelle prime occasioni. Gratie etc.
Dall’Haya li 6 marzo 1623
di vostra Serenità
humilissimo, et devotissimo servitore
Christofforo Suriano

--- page 012r---


--- page 012v---
Al serenissimo principe di Venetia
2da n° 477 comincia
476
"""


JOURNAL = ("## April 1839 – Prison Entries\n\n### Faithful Transcription\n\n"
           "[Prison, April 02, 1839 — Page ?]\nApril the 2 1839 this day\nthe guard went\n"
           "away early and we ate\n[End of page ?]\n\n### Modernized Transcription\n"
           "This day, the second of April, the guard went away early. We ate at noon and "
           "the jailer brought water.\n---\n*Prepared for the digital edition.*\n")


WIKI = """{{Распоряжение Президента РФ
| НОМЕР          = 359-рп
| ДАТА           = 01.08.2002
| НАЗВАНИЕ       =
| ИСТОЧНИК       = http://www.kremlin.ru/acts/bank/18447
| ПРЕДЫДУЩИЙ     =
| СЛЕДУЮЩИЙ      =
}}<div class="text">

1. Выделить в III квартале 2002 г. из резервного фонда Президента Российской Федерации:

3 120 тыс. рублей Минобразованию России для образовательных учреждений по списку согласно \
приложению {{nobr|№ 1}}.

2. Минобразованию России и Минтруду России:

обеспечить контроль за целевым расходованием выделенных средств;

представить в Администрацию Президента Российской Федерации отчеты о целевом расходовании \
выделенных средств.

3. Полномочному представителю Президента Российской Федерации в Южном федеральном округе \
обеспечить проверку исполнения настоящего распоряжения.

{{Подпись|Президент Российской Федерации|В.Путин}}

{{left|1 августа 2002 года}}
{{left|№ 359-рп}}

----

{{left|ПРИЛОЖЕНИЕ № 1}}
{{left|к распоряжению Президента}}
{{left|Российской Федерации}}

== СПИСОК <br>образовательных учреждений ==

{| class=wikitable |
! Наименование учреждения
! Сумма (тыс. рублей)
|-
| Республиканский центр
| 620
|}
</div>
"""


DEPECHE = ("#Text transcriptions\n\n## **Sample 1**\n"
           "## _La Dépêche : journal quotidien (04 avril 1875)_\n\n"
           "<p>Seul, le _Messager de Toulouse_ déclarait que ce vote « ne lui inspirait "
           "aucune inquiétude ». Le préfet de la Haute-\nGaronne entre autres s'est montré "
           "d'une rigueur extrême.</p>\n")


def master_words(root) -> set[str]:
    return set(words(" ".join(root.itertext())))


DECRET = ("Décret n° 2002-1 du 3 janvier 2002 portant organisation du ministère\n\n"
          "Article 1. Le ministère est organisé en trois directions générales placées sous "
          "son autorité.\n\n"
          "Article 2. Le Premier ministre est chargé de l’exécution du présent décret, qui "
          "sera publié au Journal officiel.\n\n"
          "Fait à Paris, le 3 janvier 2002.\n\n"
          "Le Président de la République, Jacques CHIRAC\n\n"
          "Le Premier ministre, Lionel JOSPIN\n")


DEWAN = (
    "DEWAN NEGARA\n\nIsnin, 26 Mei 2008\n\n"
    "Tuan Yang di-Pertua: Ahli-ahli Yang Berhormat, saya mengucapkan tahniah kepada Ahli.\n\n"
    "Tuan Yang di-Pertua: Ahli-ahli Yang Berhormat, dengan sukacitanya saya \n"
    "memaklumkan kepada Majlis ini iaitu pada 29 April 2008, Seri Paduka Baginda Yang di-\n"
    "Pertuan Agong, dengan limpah kurnia Baginda telah berkenan menyampaikan Titah \n"
    "Ucapan  Diraja  dalam  Parlimen.  Saya  telah  menerima  salinan  Titah  Ucapan  Seri \n"
    "Paduka Baginda itu dan seterusnya sekarang saya mengarahkan supaya salinan Titah \n"
    "Ucapan  itu  dibentangkan  di  atas  meja  Mesyuarat  dan  seterusnya  dicetak  dalam \n"
    "Penyata Rasmi. \n[Teks Titah Ucapan Diraja adalah seperti di Lampiran] \n\n"
    "Tuan Yang di-Pertua: Sebelum Yang Berhormat mula menjawab, saya bagi \n"
    "pihak Dewan Negara mengalu-alukan dan menghargai kehadiran Yang Berhormat-\n"
    "Yang Berhormat Menteri Kabinet...  [Tepuk] \n\n"
    "1.  Datuk Haji Roslan bin Awang Chik minta Menteri Perdagangan Dalam \n"
    "Negeri dan Hal Ehwal Pengguna menyatakan apakah perancangan pihak kementerian. \n"
    "Menteri  Perdagangan Dalam Negeri dan Hal Ehwal  Pengguna  [Dato’ \n"
    "Shahrir Abdul Samad]:  Tuan Yang di-Pertua, terima kasih banyak. Langkah-langkah \n"
    "kerajaan  yang  telah  diambil  dalam  menghadapi  apa  yang  disebut  sebagai  krisis.\n")


VOLTAIRE = """<html lang="fr"><head><title>LETTRE SECRETES DE Mr. DE VOLTAIRE</title></head>
<body>
<div style="text-align: center;">
<h1>Édition en ligne des <i>LETTRE SECRETES DE Mr. DE VOLTAIRE</i></h1>
<h2>La correspondance de Voltaire</h2>
<p>Voltaire</p><a href="https://example.org/1878-portrait-de-voltaire.jpg"><img
 src="portrait.webp" alt="gravure, portrait de Voltaire, 1878"></a></div>
<div>
<h3>Lettre V de Mr. de Voltaire</h3>
<p>Au nom de Rameau ma froide veine se réchauffe, Monsieur. Vous me dites qu'il a
besoin de quelque guenille pour faire exécuter des morceaux de musique.</p>
<p>Je vous embrasse &amp; suis à vous pour la vie.</p>
<p>&gt;&gt; <a href="./lettrequatre.html">Lettre précédente.</a></p>
</div>
<p>&gt;&gt; <a href="./lettreVI.html">Lettre suivante : Lettre VI de Mr. de Voltaire</a></p>
<div class="footer">Encodage réalisé dans le cadre de l'évaluation du module XML-TEI<br><br>
École nationale des Chartes</div>
</body></html>"""


def _docx(paragraphs: list[str]) -> bytes:
    """A Word package of *paragraphs*, one w:p each; " // " inside one is a soft line
    break (w:br), as the scout's mkdocx.py builds them."""
    return docx_bytes("".join("<w:p>" + "<w:r><w:br/></w:r>".join(
        f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>' for part in p.split(" // "))
        + "</w:p>" for p in paragraphs))


def _created_round16_letters(root) -> str:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")[0]


TEI_BAND18 = "{http://www.tei-c.org/ns/1.0}"


MISSIVE = (
    "1 4:1  IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.\n"
    "1 4:2  \n"
    "1 4:3  Principaelijck besich geweest in het opbouwen van dit nieuwe fort\n"
    "1 4:4  \n"
    "1 4:5  twelck ic verhope binnen een maent gedaen sal weesen, is geheel meest van\n"
    "1 4:6  viercante witte steen in calck geleyt.\n"
    "1 4:7  \n"
    "1 5:1  Hier wt connen Mijn Heeren considereren de goede ordre, die voor desen\n"
    "1 5:2  is geweest.\n")


TWAIN_LETTER = (
    "<html><body><div class=\"centerhead\">Daniel C. French to Samuel L. Clemens<br/>"
    "30 March 1884 \u2022 New York, N.Y.<br/><span class=\"source\">(MS: CU-MARK, UCLC "
    "41843)</span></div><p>My dear Mr. Clemens</p><p>I am very desirous of obtaining an "
    "autograph of yours to add to a somewhat limited collection. Will you be kind enough to "
    "send me one as soon as possible.</p><p>Yours very truly</p><p>Daniel C. French.</p>"
    "<p>New York<br/>March 30, 1884</p></body></html>")


QUERIES = {"texts": texts, "xp": xp}


def encoded(text: str, name: str = "doc.alto.xml"):
    result = encode_text(text, name)
    return etree.fromstring(result.data), result


def encode_or_refuse(path: Path):
    """The master's root, or None when the input was refused with one diagnostic."""
    try:
        result = encode_file(path)
    except TeikitError as exc:
        assert "\n" not in str(exc) and str(exc).endswith("]"), str(exc)
        return None
    return etree.fromstring(result.data)


TABLADA = (
    "### fol. 1r\n"
    "Nos fray antonio de tablada moderno vissitador general (y) mjnjs  \n"
    "tro principal, sie\\r/uo de toda la sagrada orden de  \n"
    "penjtençia deste an(n)o del nasçimjento de n(uest)ro saluador  \n"
    "jh(es)u christo de mjll (y) qujnjentos (y) veynte (y) ocho an(n)os.  \n"
    "En el qual somos con auctoridad apostolica congregados.\n")


def reported(result) -> str:
    """What the encoding report says was left out (and the diagnostics)."""
    return " ".join([f"{x.text} {x.reason}" for x in result.left_out] +
                    [d.message for d in result.diagnostics])


PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                           HealthCheck.too_slow])


def _page(n: int, head: str, number_first: bool, words: str) -> str:
    """A page of a djvu text: its number and running head apart, then its lines (the first
    and last of them made the page's own: lines that recur beside page numbers are
    furniture)."""
    top = f"{n}\n\n\n\n{head}" if number_first else f"{head}\n\n\n\n{n}"
    lines = words.split("\n")
    lines[0] = f"in the {ORDINALS[n]} case " + lines[0]
    lines[-2] = lines[-2] + f" of the {ORDINALS[n]}"
    return f"\n\n\n\n{top}\n\n\n\n" + "\n".join(lines) + "\n"


def encode_bytes(tmp_path, data: bytes, name: str = "in.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return encode_file(path, edition=Edition())


def _body_text(root) -> str:
    return " ".join("".join(xp(root, "//t:text")[0].itertext()).split())


def plain_body(text: str, name: str = "will.txt") -> str:
    root, _ = encoded(text, name)
    return " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


def _book(first_head: str) -> str:
    return ("/o,\n\n\n\nCERTAIN SYMPTOMS\n\nOF\n\n/NERVOUS EXHAUSTION.^\n\n"
            "By GEORGE M. BEARD, M. D.,\n\n"
            "Under the term neurasthenia I described a number of years ago a functional\n"
            "nervous disease of modern and largely of American origin, which has\n"
            + PROSE
            + _page(4, first_head, True, PROSE)
            + _page(5, "NERVOUS EXHAUSTION.", False, PROSE)
            + _page(6, "CERTAIN SYMPTOMS OF", True, PROSE)
            + _page(7, "NERVOUS EXHAUSTION.", False, PROSE)
            + _page(8, "CERTAIN SYMPTOMS OF", True, PROSE + "know well.\n"))

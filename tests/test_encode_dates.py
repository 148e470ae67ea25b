"""Dates: a document's date and its datelines (@when), calendars, minutes' and diaries' dates.

The cases of the scouting rounds and their leftovers (r22l, r22s, r23, r26, r27, r28, r29, r30,
r31, r32, r35, left8, left9, left10, espeed, round14, round15, round17, round18, round19,
round20, low18, leftovers14, dates_round11, dates_round15, diary_round11, letters_round11,
news_round13, pages_round11, titles_round13, turns_round11), regrouped by convention; each
section is named by the round it came from. Where the inputs come from (their provenance and
licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shared_sources import (
    AOZORA,
    CABLE,
    DESPATCH,
    KEMBLE,
    LONG,
    MINOR,
    NEWS_PAGE,
    NILSSON,
    QUERIES,
    RECORDS,
    TABLADA,
    WAR_DIARY,
    _created_r22l,
    _letter,
    creation,
    creation_date,
    encoded,
)
from teiquery import encode, texts, xp

from teikit.readers.dates import date_alone, find_date
from teikit.readers.datewords import number_value
from teikit.readers.eschatocol import may_hold_era
from teikit.readers.nativedates import ascii_digits, calendar_date, number
from teikit.readers.regnal import REIGNS, regnal_year

FIXTURES_R32 = Path(__file__).parent / "fixtures" / "r32"


COURANT_LETTER = """Paris, le 22 mai 1871.

Mon cher Monsieur,

Je ne sais quand cette lettre vous parviendra, car depuis ce matin nous sommes privés de la \
facilité de porter nos lettres.

Mercredi 24 C<sup>t</sup>. Après une lutte acharnée qui s'est apaisée à la nuit tombante, le \
combat a repris.

Samedi 26 ct. Tout est calme.

Veuillez agréer l'expression de mes sentiments distingués.

Louis Guillier
"""


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


TEI_ESPEED = "http://www.tei-c.org/ns/1.0"


def _created_round15(root) -> list[str]:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")


SLAVERY = ("##Slavery Convention\n\n###Article 12\n\nThe present Convention will be ratified."
           "\n\nIn faith whereof the Plenipotentiaries have signed the present Convention.DONE "
           "at Geneva the twenty-fifth day of September, one thousand nine hundred and "
           "twenty-six, in one copy, which will be deposited in the archives of the League of "
           "Nations.\n")


def _created_dates_round15(root) -> str:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")[0]


# Christofforo Suriano to the Doge, The Hague, 6 March 1623 (the Huygens edition's plain
# text export: the manuscript's lines, no blank line between the letter's parts)


# ---------------------------------------------------------------------- r22l


def test_a_reposted_acts_opening_clause_dates_it_over_the_posts_stamp():
    root, _ = encode("---\ntitle: El Acta\ntemplate: blog-post\ndate: 2021-07-04 15:00\n---\n"
                     "Libro que compila las actas del cabildo.\n\nEn la ciudad de Santiago de "
                     "Guayaquil, á nuebe días del mes de Octubre de mil ochocientos veinte "
                     "años, reunidos los SS. que le han compuesto, se acordó lo siguiente.\n",
                     "acta.md")
    assert _created_r22l(root) == ["1820-10-09"]
    # (a stamp at midnight is a date given without a time: the document's, as before)
    root, _ = encode("---\ntitle: Reglamento\ndate: 1820-11-11 00:00:00 GMT-5\n---\n"
                     "Art. 1. La Provincia de Guayaquil es libre é independiente.\n", "r.md")
    assert _created_r22l(root) == ["1820-11-11"]
    # (and with no date in the text, the post's stamp is still no date of the text)
    root, _ = encode("---\ntitle: Nota\ndate: 2021-07-04 15:00\n---\nLibro que compila las "
                     "actas del cabildo.\n", "n.md")
    assert _created_r22l(root) == []


def test_a_cited_acts_date_and_number_is_no_dateline():
    """A presidential order of 2002 as kremlin.ru's text gives it, with the note that a
    later order of 2004 repealed it over its title: "от 07.02.2004 г. N 47-рп" cites that
    act; the order's own date is under the signature."""
    root, _ = encode("                      Р А С П О Р Я Ж Е Н И Е\n\n"
                     "                  ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n"
                     "                                    Утратилo силу - Распоряжение\n"
                     "                                  Президента Российской Федерации\n"
                     "                                      от 07.02.2004 г. N 47-рп\n\n"
                     "          Об изменении состава Совета по взаимодействию с\n"
                     "             религиозными объединениями при Президенте\n"
                     "                       Российской Федерации\n\n"
                     "     1. Внести  в  состав  Совета  по взаимодействию с религиозными\n"
                     "объединениями при  Президенте  Российской  Федерации,  утвержденный\n"
                     "распоряжением  Президента  Российской Федерации от 17 марта 2001 г.\n"
                     "N 133-рп, следующие дополнения и изменения.\n"
                     "     2. Настоящее   распоряжение   вступает   в  силу  со  дня  его\n"
                     "подписания.\n\n\n"
                     "     Президент Российской Федерации                         В.Путин\n\n"
                     "     5 августа 2002 года\n     N 369-рп\n", "rasporyazhenie.txt")
    assert _created_r22l(root) == ["2002-08-05"]
    assert not xp(root, "//t:dateline/t:date[@when='2004-02-07']")
    from teikit.readers.dates import looks_like_dateline
    assert not looks_like_dateline("от 07.02.2004 г. N 47-рп")
    assert not looks_like_dateline("du 5 mars 1900 n° 12")
    assert looks_like_dateline("Moscou, 5 mars 1900")


# ---------------------------------------------------------------------- r22s


@pytest.mark.parametrize("stamp", ["2024-06-25T13:04:53+02:00", "2021-07-04 15:00",
                                   "2020-09-01 14:00:00 GMT-5"])
def test_a_front_matter_date_with_a_time_of_day_is_the_posts_not_the_documents(stamp):
    text = (f"---\ntitle: Brief eines Landbewohners\ndate: {stamp}\ntype: letter\n---\n\n"
            "Mein lieber Freund Fuchs!\n\nMit gemischten Gefühlen habe ich Deine Karte gelesen.\n")
    root, _ = encode(text, "index.md")
    assert not xp(root, "//t:profileDesc/t:creation")
    cited = texts(root, "//t:sourceDesc//t:note[@type='date']")
    assert len(cited) == 1 and cited[0].startswith(stamp[:10])


def test_a_front_matter_date_at_midnight_is_a_date_the_editor_set():
    text = ("---\ntitle: Reglamento provisorio\ndate: 1820-11-11 00:00:00 GMT-5\n---\n\n"
            "Artículo 1. La Provincia de Guayaquil es libre e independiente.\n")
    root, _ = encode(text, "reglamento.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1820-11-11"]


# ---------------------------------------------------------------------- r23


# ---------------------------------------------------------------------- r26


def test_a_day_heading_after_a_label_takes_its_year_from_the_front_matter():
    """"## Día uno, Jueves, 23 Diciembre" under front matter "date: 2021-12-28" (the text
    names no year): the heading's date is 2021-12-23, a Thursday; "Martes, 24 Diciembre"
    names the wrong weekday for 2021 (a Friday): no @when."""
    root, _ = encode("---\ntitle: En Alta Mar\ndate: 2021-12-28\n---\n\n"
                     "Empecé un viaje largo por el Pacífico hacia el norte.\n\n"
                     "## Día uno, Jueves, 23 Diciembre\n\nEmpezando, pensé en Colón.\n\n"
                     "## Martes, 24 Diciembre\n\nBrisa está en los trópicos.\n", "log.md")
    heads = xp(root, "//t:body/t:div/t:div/t:head")
    assert ["".join(h.itertext()) for h in heads] == [
        "Día uno, Jueves, 23 Diciembre", "Martes, 24 Diciembre"]
    assert xp(heads[0], "t:date/@when") == ["2021-12-23"]
    assert texts(heads[0], "t:date") == ["Jueves, 23 Diciembre"]
    assert not xp(heads[1], "t:date")


def test_dutch_entries_run_into_their_first_sentence_are_dated():
    """"Zaterdagmiddag 23 september kwamen …" (a weekday compound, no year) after "Wij
    schrijven september 1944" and the entry of Monday 18 September: dated 1944-09-23, a
    Saturday; a weekday that does not agree gives no date."""
    root, _ = encode("# Dagboek 1944\n\nWij schrijven september 1944.\n\n"
                     "Maandag 18 september.\n\nEindhoven en Valkenswaard bevrijd.\n\n"
                     "Zaterdagmiddag 23 september kwamen de eerste troepen hier aan.\n\n"
                     "Maandag 25 september werd de kerktoren opgeblazen.\n\n"
                     "Dinsdag 27 september bleef het stil in het dorp.\n", "dagboek.md")
    dated = {"".join(d.itertext()): d.get("when") for d in xp(root, "//t:body//t:p/t:date")}
    assert dated["Zaterdagmiddag 23 september"] == "1944-09-23"
    assert dated["Maandag 25 september"] == "1944-09-25"
    assert "Dinsdag 27 september" not in dated      # (27 September 1944 was a Wednesday)
    assert texts(root, "//t:body//t:p")[-1] == "Dinsdag 27 september bleef het stil in het dorp."


def test_a_sentence_before_a_month_is_no_dateline_and_bron_is_a_source_key():
    """"Wij schrijven september 1944." ("we are writing"): a sentence, no place; the Dutch
    "Bron:" over the text is the source citation, as "Fuente:" and "Quelle:" are."""
    root, result = encode("# Dagboek\n\n> Bron: helenaveenvantoen.nl\n\n"
                          "Wij schrijven september 1944.\n\n"
                          "Het was 4 uur in de nacht toen Toon en ik ons bed opzochten.\n",
                          "dagboek.md")
    assert not xp(root, "//t:body//t:placeName")
    assert texts(root, "//t:sourceDesc//t:note[@type='source']") == ["helenaveenvantoen.nl"]
    assert "Bron: helenaveenvantoen.nl" in [item.text for item in result.left_out]
    assert "Wij schrijven september 1944." in ["".join(p.itertext()) for p in
                                               xp(root, "//t:body//t:p")]


def test_a_logs_watch_times_under_a_dated_day_are_times():
    """"- **0200** Viento lijero …" under "## Sábado 12 de Marzo, 2022": <time
    when="02:00:00">; the times rise; a year-like figure under an undated heading is text."""
    root, _ = encode("# Bitácora\n\nEl registro de cada guardia del viaje al sur.\n\n"
                     "## Sábado 12 de Marzo, 2022\n- **0200** Viento lijero de aleta.\n"
                     "- *Nota* Descansando\n- **1500** Todavia capeado, viento moderato.\n\n"
                     "## Chronology\n\n1914 The war began in August of that year.\n\n"
                     "1918 The armistice was signed in November.\n", "log.md")
    assert xp(root, "//t:body//t:time/@when") == ["02:00:00", "15:00:00"]
    assert texts(root, "//t:body//t:time") == ["0200", "1500"]
    assert "1914 The war began in August of that year." in texts(root, "//t:body//t:p")


def test_a_war_diarys_rows_are_dated_from_the_month_over_them():
    """"Oct 3rd LE CATEAU 5am" and "Oct 4th BETHUNE" under the page's "October 1914":
    each row's first cell opens with its <date when>; a row of a time alone has none."""
    root, _ = encode(WAR_DIARY.format(long=LONG).replace("Oct 3rd", "Oct 3<sup>rd</sup>"),
                     "diary.xhtml")
    rows = xp(root, "//t:body//t:table/t:row")
    assert [xp(row, "t:cell[1]/t:date/@when") for row in rows] == [
        [], ["1914-10-03"], [], ["1914-10-04"]]
    assert "".join(xp(rows[1], "t:cell[1]/t:date")[0].itertext()) == "Oct 3rd"
    assert "".join(rows[1][0].itertext()) == "Oct 3rd LE CATEAU 5am"


# ---------------------------------------------------------------------- r27


def test_a_date_line_inside_a_masthead_block_dates_the_record():
    root, _ = encode("TÉMOIGNAGES\nLe Comité permanent de la justice\nNUMÉRO 015\n"
                     "Le mardi 26 septembre 2006\nTuesday, September 26, 2006\n"
                     "CANADA\n\nLe président : La séance est ouverte et nous allons commencer "
                     "nos travaux sur le projet de loi du 3 octobre 2005.\n", "committee.txt")
    assert creation_date(root) == ["2006-09-26"]


def test_a_regnal_year_dates_an_inquisition():
    root, _ = encode("An Inquisition taken at the Parish of St. Martin in the Fields the Twenty "
                     "third day of March in the Sixteenth year of the Reign of our Sovereign "
                     "Lord George the Third by the Grace of God King, before Thomas Prickard "
                     "Coroner, upon View of the Body of Thomas Grimsley.\n\n"
                     "Tho. Prickard Coroner\n", "inquisition.txt")
    assert creation_date(root) == ["1776-03-23"]
    assert texts(root, "//t:creation/t:date") == [
        "Twenty third day of March in the Sixteenth year of the Reign of our Sovereign Lord "
        "George the Third"]


def test_regnal_years_count_from_the_accession_day():
    # George III acceded 25 October 1760: his first year ran to 24 October 1761
    text = " in the first year of the reign of King George III"
    assert regnal_year(text, 0, 10, 24) == (1761, len(text))
    assert regnal_year(text, 0, 10, 25) == (1760, len(text))
    # Victoria acceded 20 June 1837: 1 January of her tenth year fell in 1847
    assert regnal_year(" in the tenth year of the reign of Queen Victoria", 0, 1, 1)[0] == 1847
    assert regnal_year(" in the tenth year of the reign of King Arthur", 0, 1, 1) is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(REIGNS, key=str)), st.integers(1, 40), st.integers(1, 12),
       st.integers(1, 28))
def test_a_regnal_year_falls_within_a_year_of_the_accession_plus_n(reign, n, month, day):
    name, ordinal = reign
    roman = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}
    text = f" in the {n}th year of the reign of {name.title()}" + \
        (f" {roman[ordinal]}" if ordinal else "")
    found = regnal_year(text, 0, month, day)
    assert found is not None
    start = REIGNS[reign][0]
    assert found[0] in (start + n - 1, start + n)
    assert found[1] == len(text)


def test_a_title_pages_year_dates_the_text():
    root, _ = encode("## A BRIEF AND TRUE NARRATIVE\n\n*A Brief and True Narrative of some "
                     "Remarkable Passages, Which happened from the Nineteenth of March, to the "
                     "Fifth of April*, 1692.\n\n*Collected by Deodat Lawson*.\n\n"
                     "On the Nineteenth day of March last I went to Salem Village.\n", "b.md")
    assert creation_date(root) == ["1692"]


def test_an_imprints_year_dates_the_text():
    root, _ = encode("# A Sermon\n\nPreached at the Meeting-House on a day of fasting.\n\n"
                     "*London, Printed for J. Smith at the Bible*. 1701.\n\n"
                     "The text of the sermon begins here, and speaks of 1699.\n", "s.md")
    assert creation_date(root) == ["1701"]


# ---------------------------------------------------------------------- r28


def test_a_line_over_a_date_with_the_place_named_nowhere_else_is_not_taken_so():
    _, result = encoded("The Harvest Festival\n12 March 1914\n\nWe gathered in the hall and "
                           "sang the old songs until late.\n\nIt was a good evening for all.\n",
                           "notes.txt")
    assert "place-over-date" not in result.rules


# ---------------------------------------------------------------------- r29


def test_a_japanese_era_date_in_kanji_numerals():
    found = find_date("（明治三十一年二月二十一日）")
    assert (found.when, found.start, found.end) == ("1898-02-21", 1, 13)
    assert find_date("昭和元年").when == "1926"
    assert find_date("1955（昭和30）年2月25日第1刷発行").when == "1955-02-25"
    assert find_date("１９５５年２月２５日").when == "1955-02-25"


def test_a_meiji_date_before_the_gregorian_reform_gives_its_year_only():
    """Japan kept the lunisolar calendar until Meiji 5 (1872): its month and day are not
    the Gregorian ones."""
    assert find_date("明治五年三月三日").when == "1872"


def test_a_bare_kanji_year_without_an_era_is_no_date():
    assert find_date("三年の間") is None


def test_hindi_urdu_and_arabic_month_names():
    assert find_date("मन की बात, अप्रैल 2015").when == "2015-04"
    assert find_date("३ अप्रैल २०१५").when == "2015-04-03"
    assert find_date("٣ مارس ٢٠١٥").when == "2015-03-03"
    assert find_date("3 كانون الثاني 1950").when == "1950-01-03"


def test_a_hebrew_letter_for_the_day():
    text = "[לאָדז, ג' יאנואר, 1885]."
    found = find_date(text)
    assert found.when == "1885-01-03"
    assert text[found.start:found.end] == "ג' יאנואר, 1885"
    assert find_date('ט"ו אוגוסט 1900').when == "1900-08-15"


def test_latin_dates_are_unchanged():
    assert find_date("г.Варшава , 21 Января, 1885").when == "1885-01-21"
    assert find_date("Washington, June 5, 1944").when == "1944-06-05"


@given(st.integers(min_value=1, max_value=9999))
def test_cjk_numerals_read_as_their_value(n):
    digits = "〇一二三四五六七八九"
    positional = "".join(digits[int(c)] for c in str(n))
    assert number(positional) == n
    place = ""
    for unit, sign in ((1000, "千"), (100, "百"), (10, "十")):
        k = n // unit % 10
        place += "" if k == 0 else (sign if k == 1 else digits[k] + sign)
    place += digits[n % 10] if n % 10 else ""
    assert number(place) == n


@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９ab", max_size=20))
def test_ascii_digits_keeps_positions(text):
    out = ascii_digits(text)
    assert len(out) == len(text)
    assert all(a == b or (a.isdecimal() and b.isdigit() and b.isascii())
               for a, b in zip(text, out, strict=True))


def test_the_colophon_goes_to_the_header_and_its_date_is_not_the_documents():
    root, _ = encode(AOZORA, "shiki.html")
    body = " ".join(texts(root, "//t:body"))
    assert "底本" not in body and "入力" not in body and "2004" not in body
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1898-02-21"]
    notes = texts(root, "//t:sourceDesc//t:note[@type='colophon']")
    assert len(notes) == 1 and notes[0].startswith("底本：「歌よみに与ふる書」")
    assert "入力：網迫、土屋隆" in notes[0]


# ---------------------------------------------------------------------- r30


# ---------------------------------------------------------------------- r31


def test_an_html_letters_date_class_is_its_dateline_with_the_year():
    """PG #13065's HTML: <p class="date"> beside <p class="salutation"> is the dateline;
    "Bonn, 1787. Autumn." is dated by its year."""
    page = ("<html><body><h3>2. TO DR. SCHADE,--AUGSBURG.</h3>"
            "<p class='date'>Bonn, 1787. Autumn.</p>"
            "<p class='salutation'>MY MOST ESTEEMED FRIEND,--</p>"
            "<p>I can easily imagine what you must think of me.</p>"
            "<p class='signature'>L. V. BEETHOVEN,</p></body></html>")
    root, _ = encode(page, "schade.html")
    assert texts(root, "//t:opener/t:dateline") == ["Bonn, 1787. Autumn."]
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1787"]
    assert texts(root, "//t:opener/t:salute") == ["MY MOST ESTEEMED FRIEND,--"]
    assert xp(root, "//t:creation/t:date/@when") == ["1787"]


# ---------------------------------------------------------------------- r32


def test_an_interviews_title_page_gives_the_first_day_of_its_dates():
    """A blog's preface, a rule, then the oral history's title page (SIAM / Computer
    History Museum) and its abstract: the title page's date line, its first day."""
    text = (FIXTURES_R32 / "moler-siam-haigh-2004-lines1-32.md").read_text("utf-8")
    root, _ = encode(text, "moler.md")
    assert [(d.get("when"), d.text) for d in xp(root, "//t:creation/t:date")] == \
        [("2004-03-08", "8 and 9 March, 2004")]


# ---------------------------------------------------------------------- r35


def test_a_weekday_alone_is_never_the_title():
    root, result = encode("##### THURSDAY\n**June 1st** Worked to-day.\n\n"
                          "##### FRIDAY\n**June 2nd** Worked to-day, Lottie came up.\n",
                          "june.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Text encoded from june.md"]
    assert "no-title" in [d.code for d in result.diagnostics]
    assert "THURSDAY" in texts(root, "//t:body//t:head")


# ---------------------------------------------------------------------- left8


def test_a_day_in_this_month_takes_the_month_and_year_of_the_letters_date():
    """Louis Guillier's letter of May 1871 written over several days: "Mercredi 24 Ct."
    (courant) is 24 May 1871, a Wednesday as the weekday says; "Samedi 26 ct." is no
    date of that month (26 May 1871 was a Friday): a <date> without @when."""
    root, result = encode(COURANT_LETTER, "lettre.md")
    dates = xp(root, "//t:body//t:p/t:date")
    assert texts(root, "//t:body//t:p/t:date") == ["Mercredi 24 Ct.", "Samedi 26 ct."]
    assert [d.get("when") for d in dates] == ["1871-05-24", None]
    assert xp(dates[0], "t:hi/@rend") == ["sup"]
    assert texts(root, "//t:body//t:p")[1].startswith("Mercredi 24 Ct. Après une lutte")
    assert "courant-date" in result.rules


def test_a_day_in_this_month_with_no_full_date_before_it_has_no_when():
    """The year only in the file's name is no evidence: no @when."""
    root, _ = encode(COURANT_LETTER.replace("Paris, le 22 mai 1871.\n\n", ""),
                     "1871-05-22-lettre.md")
    assert [d.get("when") for d in xp(root, "//t:body//t:p/t:date")] == [None, None]


# ---------------------------------------------------------------------- left9


def test_a_range_of_days_in_a_dateline_is_one_date_from_its_first_day_to_its_last():
    """REPORT27 F9 / the brief's "1–3 May 1794": the printed range is one <date> with
    @from and @to, and the text is dated by its first day (the last day alone dated it)."""
    root, _ = encode("Proceedings at the meeting\n\n1–3 May 1794\n\nThe society met and "
                     "resolved many things about the war and the peace of the realm.\n")
    date = xp(root, "//t:body//t:dateline/t:date")[0]
    assert (date.get("from"), date.get("to"), date.get("when")) == \
        ("1794-05-01", "1794-05-03", None)
    assert date.text == "1–3 May 1794"
    creation = xp(root, "//t:profileDesc/t:creation/t:date")[0]
    assert creation.get("when") == "1794-05-01" and creation.text == "1–3 May 1794"


@settings(max_examples=25, deadline=None)
@given(st.integers(1800, 2020), st.integers(1, 12), st.data())
def test_any_range_of_one_month_reads_its_two_days(year, month, data):
    last = calendar.monthrange(year, month)[1]
    d1 = data.draw(st.integers(1, last - 1))
    d2 = data.draw(st.integers(d1 + 1, last))
    printed = f"{d1}–{d2} {MONTHS[month - 1]} {year}"
    root, _ = encode(f"Minutes of the session\n\n{printed}\n\nThe members met in the hall "
                     "and heard the reports of the committees on the roads.\n")
    date = xp(root, "//t:body//t:dateline/t:date")[0]
    assert date.get("from") == f"{year:04d}-{month:02d}-{d1:02d}"
    assert date.get("to") == f"{year:04d}-{month:02d}-{d2:02d}"
    assert date.text == printed


# ---------------------------------------------------------------------- left10


def test_hijri_date_in_arabic_digits_and_era_sign():
    root, result = encode("رسالة\n\nالقاهرة، ١٥ رمضان ١٣٤٢ هـ\n\nعزيزي أحمد،\n\n"
                          "وصلتني رسالتك وفرحت بها كثيرا.\n\nأخوك\n\nمحمد\n")
    dates = xp(root, "//t:body//t:date")
    assert [(d.get("calendar"), d.get("when"), d.text) for d in dates] == [
        ("#hijri", "1924-04-20", "١٥ رمضان ١٣٤٢ هـ")]
    assert xp(root, "//t:profileDesc/t:calendarDesc/t:calendar/@xml:id") == ["hijri"]
    assert xp(root, "//t:creation/t:date/@calendar") == ["#hijri"]
    assert "calendar-dates" in result.rules


def test_hijri_date_in_latin_script():
    root, _ = encode(_letter("15 Ramadan 1342 AH"))
    date = xp(root, "//t:dateline/t:date")[0]
    assert (date.get("calendar"), date.get("when"), date.text) == (
        "#hijri", "1924-04-20", "15 Ramadan 1342 AH")


def test_hebrew_date_in_letters_and_persian_date():
    root, _ = encode('מכתב\n\nירושלים, כ"ג באדר תרצ"ה\n\nידידי היקר,\n\n'
                     "קבלתי את מכתבך ושמחתי מאד.\n\nשלך,\n\nדוד\n")
    assert [(d.get("calendar"), d.get("when")) for d in xp(root, "//t:dateline/t:date")] \
        == [("#hebrew", "1935-02-26")]
    assert texts(root, "//t:dateline/t:date") == ['כ"ג באדר תרצ"ה']
    root, _ = encode("نامه\n\nتهران، ۱۲ فروردین ۱۳۰۲\n\nدوست عزیز،\n\n"
                     "نامهٔ شما رسید و بسیار خوشحال شدم.\n\nارادتمند\n\nعلی\n")
    assert [(d.get("calendar"), d.get("when")) for d in xp(root, "//t:dateline/t:date")] \
        == [("#persian", "1923-04-02")]
    assert xp(root, "//t:calendarDesc/t:calendar/@xml:id") == ["persian"]


def test_calendar_dates_need_the_calendars_month_and_range():
    assert calendar_date("23 Adar 5695")[2:] == ("1935-02-26", "hebrew")
    assert calendar_date('ט"ו בשבט תש"ח')[2:] == ("1948-01-26", "hebrew")
    assert calendar_date("5 ربيع الأول 1300 هـ")[2:] == ("1883-01-14", "hijri")
    assert calendar_date("15 Safar 1920") is None          # no Hijri year: a name, a year
    assert calendar_date("ג' יאנואר, 1885") is None        # the civil month: Gregorian
    found = find_date("Cairo, 3 May 1924")
    assert found is not None and found.when == "1924-05-03"


@settings(max_examples=40, deadline=None)
@given(st.integers(1300, 1450), st.integers(1, 12), st.integers(1, 29))
def test_hijri_day_month_year_always_converts_forward(year, month, day):
    """Any Hijri day converts; a later day of a month is a later Gregorian date."""
    names = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula",
             "Jumada al-Akhira", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'da",
             "Dhu al-Hijja"]
    first = calendar_date(f"on {day} {names[month - 1]} {year} AH")
    assert first is not None and first[3] == "hijri"
    if day < 29:
        later = calendar_date(f"{day + 1} {names[month - 1]} {year}")
        assert later is not None
        assert dt.date.fromisoformat(later[2]) - dt.date.fromisoformat(first[2]) \
            == dt.timedelta(days=1)


# ---------------------------------------------------------------------- espeed


def test_an_era_clause_in_a_paragraph_is_still_dated():
    """A will's testimonium by the era ("in the year of our Lord one thousand five hundred
    and twenty-eight"): the <date when> is kept, whatever the case of its words."""
    for words in ("In the year of our Lord", "IN THE YEAR OF OUR LORD"):
        text = (f"My Will\n\nI leave my house to my son. Written {words} one thousand five "
                "hundred and twenty-eight, at London.\n")
        root, _ = encode(text, "will.txt")
        assert root.xpath("//t:body//t:date/@when", namespaces={"t": TEI_ESPEED}) == ["1528"], words
    assert not may_hold_era("A letter about the weather, with no clause of an era.")


# ---------------------------------------------------------------------- round14


def test_a_testimonium_with_the_year_in_words_dates_the_will():
    """Millard Fillmore's will (1865): the testimonium in a paragraph, the year in words,
    the signature under it."""
    root, _ = encode("Will\n\nI give one thousand dollars to the Buffalo Orphan Asylum.\n\n"
                     "In witness whereof I have hereunto set my hand and seal at Buffalo this "
                     "8th day of December eighteen hundred and sixty-five.\n\nMILLARD FILLMORE"
                     "\n")
    assert xp(root, "//t:creation/t:date/@when") == ["1865-12-08"]
    assert xp(root, "//t:body//t:date/@when")[0] == "1865-12-08"


def test_a_diary_head_with_a_dotted_date_is_its_dateline():
    """Chaim Arlosoroff's Geneva diary (1926, Ben-Yehuda Project): "Geneva 1.6.26", the
    day first, the year in two figures; "1.6.1926" likewise."""
    for head, when in (("Geneva 1.6.26", "1926-06-01"), ("Geneva 1.6.1926", "1926-06-01")):
        root, _ = encode(f"Diary\n\n{head}\n\nIn pouring rain we arrived here yesterday.\n")
        assert xp(root, "//t:dateline/t:date/@when") == [when]


# ---------------------------------------------------------------------- round15


def test_a_covers_place_and_date_dates_the_text():
    """The tune book's cover, "Framsida." / "Notbok för Violin" / "John Albert Nilsson" /
    "Hjortshög, den 12/3 1895": the Scandinavian day / month in figures, the year after a
    space."""
    root, _ = encode(NILSSON, "galleri.html")
    assert _created_round15(root) == ["1895-03-12"]
    assert texts(root, "//t:profileDesc/t:creation/t:date") == ["12/3 1895"]


def test_the_prefaces_date_does_not_date_the_journal():
    root, _ = encode(KEMBLE, "kemble.md")
    assert _created_round15(root) == ["1838-12"]


# ---------------------------------------------------------------------- round17


def test_a_place_and_date_heading_under_the_letters_heading_is_its_dateline():
    """Sévigné's letter 1287 in an XSLT edition (F8): <h4>Paris, septembre 1693.</h4> under
    the letter's <h3>; and the names all linked to the site's dictionary page."""
    page = ("<html><body><div class='lettre'><h3>Lettre de Madame de Sévigné à Madame de "
            "Guitaud.</h3><h4>Paris, septembre 1693.</h4><div><p>Je ne répondrai point, "
            "<a href='dico.html'>Madame</a>, à toute l'émotion que vous a donnée le gain "
            "d'une bataille; <a href='dico.html'>Hébert</a> me mandait qu'elles vous "
            "avaient rompu la tête, et <a href='dico.html'>Boucard</a> aussi.</p></div>"
            "</div></body></html>")
    root, result = encode(page, "sevigne.html")
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1693-09"]
    assert texts(root, "//t:opener/t:dateline/t:placeName") == ["Paris"]
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert not xp(root, "//t:body//t:ref")
    assert "Hébert" in texts(root, "//t:body//t:p")[0]
    assert {"dateline-heading", "site-index-links"} <= set(result.rules)


# ---------------------------------------------------------------------- round18


def test_catalan_galician_ukrainian_dates():
    """"Sessió 41, divendres 25 d’agost de 2017" (the Catalan elision), "dijous 7 de gener
    de 2016", Galician "xaneiro", Ukrainian genitive "17 травня 2002 року"."""
    for text, when in [("Sessió 41, divendres 25 d’agost de 2017", "2017-08-25"),
                       ("Martes, 11 de xaneiro de 2022", "2022-01-11"),
                       ("17 травня 2002 року. 10 година.", "2002-05-17"),
                       ("Budapest, 1848. március 15.", "1848-03-15")]:
        root, _ = encode(f"Ple del Parlament\n\n{text}\n\nComença la sessió, bon dia a tothom."
                         "\n")
        assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == [when], text


# ---------------------------------------------------------------------- round19


def test_diary_date_lines_are_entries_not_running_heads():
    """A French travel journal typed from a notebook (the form of any diary with bare day
    lines): "3 août" / "4 août" rise like page numbers but are the entries' dates, dated
    with the year the introduction names; no <pb> is made and no word is lost."""
    root, _ = encode("Journal de voyage\n\nNous partons en août 1872 pour la Suisse.\n\n"
                     "3 août\n\nArrivée à Bâle le soir.\n\n4 août\n\nPluie toute la journée.\n\n"
                     "5 août\n\nDépart pour Lucerne.\n", "journal.txt")
    assert not xp(root, "//t:pb")
    whens = [d.get("when") for d in xp(root, "//t:body//t:head/t:date")]
    assert whens == ["1872-08-03", "1872-08-04", "1872-08-05"]
    assert xp(root, "//t:creation/t:date")[0].get("when") == "1872-08"


def test_date_lines_over_salutations_stay_datelines():
    """Letters of a family collection, each under its date: "12 March" over "Dear Mother,"
    is a letter's dateline, not a diary entry's heading."""
    root, _ = encode("Letters home\n\n12 March\n\nDear Mother,\n\nWe are well.\n\n"
                     "Your son\nJohn\n\n19 March\n\nDear Mother,\n\nStill well.\n\nJohn\n",
                     "letters.txt")
    assert not [h for h in texts(root, "//t:body//t:head") if "March" in h]


def test_two_digit_year_takes_the_stated_century():
    """A family letter of 1867 in a digital edition, its dateline "3.5.67." under the
    editor's heading with the full date: 1867-05-03, never 1967."""
    root, _ = encode("# Brief der Mutter an Wilhelm vom 3. Mai 1867\n\n3.5.67.\n\n"
                     "Mein lieber Wilhelm!\n\nWir sind alle wohl.\n\nDeine Mutter\n", "brief.md")
    assert [d.get("when") for d in xp(root, "//t:dateline/t:date")] == ["1867-05-03"]
    assert xp(root, "//t:creation/t:date")[0].get("when") == "1867-05-03"


def test_roman_month_and_month_range():
    """"16.IV.33" (a Roman month, as Central European hands write it) and an editor's
    "Oktober/November 1916" for an undated letter (the year, never November)."""
    from teikit.readers.dates import find_date
    assert find_date("Wien, 16.IV.33").when == "1933-04-16"
    assert find_date("Brief vom Oktober/November 1916").when == "1916"


# ---------------------------------------------------------------------- round20


def test_a_dateline_over_a_long_wrapped_paragraph():
    """A circuit-court report (NLS broadside, F2): the dateline on the first line of a block
    of fifteen wrapped lines, no blank line under it."""
    root, _ = encode("PERTH CIRCUIT.\n\nPERTH, Wednesday 17th April 1833.\n"
                     "JOHN Moir was then placed at the bar, accused of\n"
                     "Wilful Fire-raising. The Counsel set up a plea of\n"
                     "insanity, which he proceeded to establish by the evi-\n"
                     "dence of Dr John Stewart, who deponed to his having\n"
                     "at various times an opportunity of examining the\n"
                     "prisoner.\n")
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1833-04-17"]
    assert texts(root, "//t:body//t:p")[0].startswith("JOHN Moir was then placed")


# ---------------------------------------------------------------------- low18


def test_month_comma_year_is_a_date():
    """The Antiquary, January 1901 (a magazine's issue line "January, 1901." under its
    title); letters and diaries date a month the same way ("March, 1862")."""
    root, _ = encode("# The Antiquary.\n\nJanuary, 1901.\n\n## Notes of the Month.\n\n"
                     "The British School at Rome was announced to open in December.\n",
                     "antiquary.md")
    assert [d.get("when") for d in xp(root, "//t:creation/t:date")] == ["1901-01"]
    assert texts(root, "//t:text//t:dateline/t:date") == ["January, 1901"]


def test_year_that_opens_a_title_dates_the_record():
    """A family-history site's page on a baptism register entry (Antora, "= 1804 Johann
    Heinrich Kleinschmidt"): a year before a name in the title is the record's year, as
    register and genealogy sites title their entries."""
    root, _ = encode("= 1804 Johann Heinrich Kleinschmidt\n\nIn 1804 Johann Heinrich "
                     "Kleinschmidt, son of Johann Dietrich, was baptised at Buchholz.\n",
                     "entry.adoc")
    assert [d.get("when") for d in xp(root, "//t:creation/t:date")] == ["1804"]


# ---------------------------------------------------------------------- leftovers14


def test_era_year_in_english_words_and_in_figures():
    """A deed's "in the year of our Lord one thousand seven hundred and ninety" and a
    charter's "anno Domini 1347"."""
    root, _ = encode("Deed\n\nThis indenture made in the year of our Lord one thousand seven "
                     "hundred and ninety between John Doe and Richard Roe witnesseth.\n")
    assert xp(root, "//t:body//t:date/@when") == ["1790"]
    root, _ = encode("Charter\n\nGiven at Westminster anno Domini 1347 under our seal, "
                     "for the good of the realm and its people.\n")
    assert xp(root, "//t:body//t:date/@when") == ["1347"]
    root, _ = encode("Court\n\nAt a General Court October the 8th held at Salem anno Domini "
                     "(1671/2) it was ordered that the farmers may have a minister.\n")
    assert xp(root, "//t:body//t:date[.='1671/2']/@when") == ["1672"]


# ---------------------------------------------------------------------- dates_round11


@pytest.mark.parametrize("words, value", [
    ("twenty-fifth", 25), ("one thousand nine hundred and twenty-six", 1926),
    ("seventeen hundred and eighty seven", 1787), ("one and twentieth", 21),
    ("vingt et un", 21), ("quatre-vingt-dix-neuf", 99), ("mil neuf cent trente-trois", 1933),
    ("dix-neuf cent vingt-six", 1926), ("vijf-en-twintigsten", 25),
    ("negentienhonderd zes en twintig", 1926), ("drieëndertig", 33),
    ("fünfundzwanzigsten", 25), ("neunzehnhundertsechsundzwanzig", 1926),
    ("einunddreißigsten", 31), ("millenovecentoventisei", 1926), ("ventuno", 21),
    ("mil novecientos veintiséis", 1926), ("mil novecentos e vinte e seis", 1926),
    ("twenty twenty", None), ("and", None)])
def test_number_words_of_the_languages_dates_are_written_in(words, value):
    """The numbers of a day and a year in words, in the languages of the treaties' and
    charters' closing clauses (checked against num2words for every day and every year from
    1000 to 2099 when the reader was written)."""
    assert number_value(words) == value


def test_a_closing_clause_alone_stays_a_paragraph():
    """A closer needs text above it (TEI: a division's closing parts follow its content):
    an act's "DONE at …" clause that is a text's only words under its title is a dated
    paragraph, not a closer alone (which the schema refused: exit 70, nothing written)."""
    root, _ = encode("A Record\n\nDONE at Geneva the twenty-fifth day of September, one "
                     "thousand nine hundred and\ntwenty-six.\n")
    assert xp(root, "//t:closer") == []
    assert texts(root, "//t:body//t:p") == [
        "DONE at Geneva the twenty-fifth day of September, one thousand nine hundred and "
        "twenty-six."]
    assert xp(root, "//t:body//t:p/t:date/@when") == ["1926-09-25"]


@pytest.mark.parametrize("text, when, printed", [
    ("DONE at Geneva the twenty-fifth day of September, one thousand nine hundred and "
     "twenty-six, in one copy", "1926-09-25",
     "twenty-fifth day of September, one thousand nine hundred and twenty-six"),
    ("GEDAAN te Genève, den vijf-en-twintigsten September negentienhonderd zes en twintig",
     "1926-09-25", "vijf-en-twintigsten September negentienhonderd zes en twintig"),
    ("Gedaan in tweevoud te 's-Gravenhage, den 5den April 1933.", "1933-04-05",
     "5den April 1933"),
    ("Fait à Paris, le cinq avril mil neuf cent trente-trois", "1933-04-05",
     "cinq avril mil neuf cent trente-trois"),
    ("Geschehen am fünfundzwanzigsten September neunzehnhundertsechsundzwanzig", "1926-09-25",
     "fünfundzwanzigsten September neunzehnhundertsechsundzwanzig"),
    ("Fatto a Roma, addì venticinque settembre millenovecentoventisei", "1926-09-25",
     "venticinque settembre millenovecentoventisei"),
    ("Hecho en Madrid a los veinticinco días del mes de septiembre de mil novecientos "
     "veintiséis", "1926-09-25",
     "veinticinco días del mes de septiembre de mil novecientos veintiséis"),
    ("Done in Convention … the Seventeenth Day of September in the Year of our Lord one "
     "thousand seven hundred and Eighty seven", "1787-09-17",
     "Seventeenth Day of September in the Year of our Lord one thousand seven hundred and "
     "Eighty seven"),
    ("Given under my hand this twelfth day of March, A.D. 1901", "1901-03-12",
     "twelfth day of March, A.D. 1901")])
def test_dates_written_as_acts_close(text, when, printed):
    """The Slavery Convention (1926) in English and Dutch, the Netherlands–Venezuela treaty
    (1933), the closing clauses of the same form in French, German, Italian and Spanish, the
    US Constitution's, a deed's "Given under my hand"."""
    found = find_date(text)
    assert found is not None and (found.when, text[found.start:found.end]) == (when, printed)


@pytest.mark.parametrize("text", ["It was one of May 1890 things", "I saw him once in "
                                  "September and then", "on one May evening two thousand "
                                  "people gathered"])
def test_a_number_before_a_month_is_no_day_without_an_article_or_day_of(text):
    found = find_date(text)
    assert found is None or len(found.when) < 10


def test_a_month_misread_by_one_letter_in_a_date_alone():
    """The McCone memorandum of 30 October 1962 (JFK Assassination Records, OCR):
    "30 Octaber 1962" on its own line."""
    assert date_alone("30 Octaber 1962").when == "1962-10-30"
    assert date_alone("13 Sitzung 1962") is None


def test_an_acts_date_in_words_run_into_its_last_paragraph_dates_it():
    """The Slavery Convention as the Dutch treaty database exports it: the eschatocol glued
    to the testimonium clause, the date only in words."""
    root, _ = encode(SLAVERY, "slavery.md")
    assert creation(root) == ["1926-09-25"]
    assert [d.get("when") for d in xp(root, "//t:body//t:p/t:date")] == ["1926-09-25"]
    assert "DONE at Geneva the twenty-fifth" in " ".join(texts(root, "//t:body//t:p"))


def test_two_versions_that_disagree_are_reported_and_the_first_taken():
    """The same treaty in the database: the French text says 1938, the Dutch 1933."""
    root, result = encode("TREATY\n\nArticle 23. In force on ratification.\n\nEn foi de quoi "
                          "ils ont signé.Fait à La Haye, en double exemplaire, le 5 avril "
                          "1938.\n\nVERDRAG\n\nArtikel 23. In werking na bekrachtiging.\n\nTer "
                          "oorkonde waarvan zij hebben geteekend.Gedaan in tweevoud te "
                          "'s-Gravenhage, den 5den April 1933.\n")
    assert creation(root) == ["1938-04-05"]
    codes = [d["code"] for d in result.report()["diagnostics"]]
    assert "dates-disagree" in codes


def test_a_date_at_the_head_comes_before_the_closing_one():
    """A memorandum's DATE field dates it, not the dateline under its signature."""
    root, _ = encode("MEMORANDUM\n\nDATE: March 3, 1962\n\nThe meeting is postponed.\n\n"
                     "Yours sincerely,\n\nJohn Smith\n\nWashington, March 5, 1962\n")
    assert creation(root) == ["1962-03-03"]


def test_a_letters_closing_dateline_dates_it():
    """Suriano to the Doge, 9 July 1616 (Huygens edition): the dateline is over the
    closing, at the letter's end."""
    root, _ = encode("Serenissimo Principe\n\nnel venirmene in questa città mi è convenuto "
                     "metter qualche giorno di più nel camino. Gratie etc.\n\nDi Stucart a’ 9 "
                     "luglio 1616\n\ndi vostra Serenità\nhumilissimo, et devotissimo servitore\n"
                     "Christofforo Suriano\n")
    assert creation(root) == ["1616-07-09"]


def test_a_dateline_among_a_letters_last_lines_typed_without_blank_lines_dates_it():
    """Suriano to the Doge, 6 March 1623 (the Huygens edition's plain-text export): the
    letter's lines follow one another with no blank line, the dateline among the last."""
    root, _ = encode("Serenissimo Principe\nla causa perché andai al signor principe d’Oranges "
                     "fu per parlargli\ndi una lettera, che havevo ricevuto dai signori.\n"
                     "Gratie etc.\nDall’Haya li 6 marzo 1623\ndi vostra Serenità\nhumilissimo, "
                     "et devotissimo servitore\nChristofforo Suriano\n")
    assert creation(root) == ["1623-03-06"]


def test_a_letter_head_further_down_dates_a_collection():
    """The Suriano edition's Word transcription: an enclosure without a date, then the
    letter head "6 marzo 1623, L’Aia (cc. 5r-9v)"."""
    root, _ = encode("/START LETTER/\n\nn. 1\n\nAllegato I al n. 2 (cc. 1r-4v)\n\nSegue "
                     "decodifica di testo cifrato\n\nn. 2\n\n6 marzo 1623, L’Aia (cc. 5r-9v)\n\n"
                     "Serenissimo Principe\n\nnelle mie seconde d’hoggi otto dissi, che qui si "
                     "trovava un gentilhuomo.\n")
    assert creation(root) == ["1623-03-06"]


def test_a_date_alone_under_a_routing_stamp_dates_an_ocr_memorandum():
    """The McCone memorandum (JFK Assassination Records, OCR in Markdown)."""
    root, _ = encode("# Document\n\n## Page 1\n\n```text\n‘f04-40306-t0020 | 2025 RELEASE UNDER "
                     "THE PRESIDENT JOHN F. KENNEDY ASSASSINATION RECORDS ACT OF 1992)\n\nURGENT\n"
                     "\n30 Octaber 1962\n\nMEMORANDUM FOR: General Marshall S. Carter\n\nAt the "
                     "Executive Committee meeting this morning, the President directed as "
                     "follows.\n```\n", "memo.md")
    assert creation(root) == ["1962-10-30"]


# ---------------------------------------------------------------------- dates_round15


def test_a_date_field_refines_the_headings_month():
    """Hyrum Smith's Liberty Jail journal (a Markdown edition): the heading names the
    month, the metadata lines under it (not front matter: a heading comes first) the day."""
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\n"
                     'title: "Hyrum Smith Journal – April 01, 1839"\n'
                     "date: 1839-04-01\nlocation: Liberty Jail, Clay County, Missouri\n"
                     "editor: Mark Phillips\n# Editorial Method: Faithful diplomatic "
                     "transcription.\n---\n\nthis morning Lord I say I slept last night in "
                     "a bed\n", "journal.md")
    assert _created_dates_round15(root) == "1839-04-01"


def test_a_field_outside_the_headings_month_does_not_replace_it():
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\n"
                     'title: "Hyrum Smith Journal"\n'
                     "date: 1840-05-01\nlocation: Liberty Jail, Clay County, Missouri\n"
                     "editor: Mark Phillips\n# Editorial Method: Faithful diplomatic "
                     "transcription.\n---\n\nthis morning Lord I say I slept last night in "
                     "a bed\n", "journal.md")
    assert _created_dates_round15(root) == "1839-04"


def test_in_token_whereof_dates_the_act_over_the_introduction():
    """The National Archives' page on the Instrument of Abdication: the introduction
    names the broadcast of 11 December, the deed is dated the tenth."""
    root, _ = encode("<html><body><h1>Instrument of Abdication of Edward VIII</h1>"
                     "<p>Edward VIII’s abdication speech, broadcast 11 December 1936.</p>"
                     "<p>He signed this document stating his determination to renounce the "
                     "Throne.</p><h2>Read the transcript</h2><p>I, Edward the Eighth, do "
                     "hereby declare My irrevocable determination to renounce the Throne.</p>"
                     "<p>In token whereof I have hereunto set My hand this tenth day of "
                     "December, nineteen hundred and thirty six, in the presence of the "
                     "witnesses whose signatures are subscribed.</p></body></html>",
                     "abdication.html")
    assert _created_dates_round15(root) == "1936-12-10"
    assert xp(root, "//t:body//t:date/@when") == ["1936-12-10"]


def test_a_decision_date_opening_the_last_paragraph():
    """Davis v. Wood (1816), Cranch's report: the day of the decision heads the opinion."""
    root, _ = encode("Negro John Davis et al. v. Wood.\n\nThis case was similar to the "
                     "preceding, in which the petitioners excepted to the opinion of the "
                     "court below.\n\nLee and Law replied, and cited 2 Wash. 64.\n\n"
                     "March 12th, 1816. Marshall, Ch. J., delivered the opinion of the court, "
                     "and stated, that the record was not between the same parties.\n")
    assert _created_dates_round15(root) == "1816-03-12"


# ---------------------------------------------------------------------- diary_round11


def test_obsidian_comments_left_out():
    """Bashkirtseff's diary in an Obsidian vault: %% … %% comments are never text, and a
    comment above the heading does not hide it."""
    root, _ = encode("%% 087.0011 %%\n# Mercredi 24 décembre 1879\n\n%% 087.0012 %%\n"
                  "Voici l'article du Figaro.\n", "vault.md")
    assert texts(root, "//t:body//t:head") == ["Mercredi 24 décembre 1879"]
    assert not [t for t in texts(root, "//t:body//t:p") if "%%" in t]


def test_bare_numbers_are_pages_beside_markdown_footnotes():
    """A 1911 diary's student edition: [1], [2] page numbers, [^1] footnotes."""
    root, _ = encode("# APRIL 1911\n\n[1]\n\n##### THURSDAY\n**April 13th** Bessie and I "
                  "setting[^1] out.\n\n[2]\n\n##### FRIDAY\nWorked.\n\n"
                  "[^1]: Correct spelling: sitting\n", "kezia.md")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["1", "2"]
    assert xp(root, "//t:note")[0].getparent().xpath("string()").startswith("April 13th")


def test_typescript_page_head_with_running_year():
    """Mitford's notebook typescript: '1819<TAB>-2-' and OCR'd '•3-' are pages."""
    root, _ = encode("At home.\n\n1819\t-2-\nHeard from Miss James.\n\n•3-\nAt home all day.\n",
                  "typescript.txt")
    assert [pb.get("n") for pb in xp(root, "//t:pb")] == ["2", "3"]


def test_diary_heading_dates_carry_month_and_year():
    """Digital Mitford's journal view: <h2>Apr 1821</h2>, then <h3>Sunday April 1st</h3>."""
    root, _ = encode("<html><body><h2>Apr 1821</h2><h3>Sunday April 1st</h3><p>At home.</p>"
                  "<h3>Wednesday 4th</h3><p>Heard from Sir W. Elford.</p></body></html>",
                  "journal.html")
    whens = [d.get("when") for d in xp(root, "//t:div[@type='entry']/t:head/t:date")]
    assert whens == ["1821-04-01", "1821-04-04"]


def test_polish_genitive_month_and_year_word():
    """A Polona register of 1789: 'Zaczęty w Roku 1789. Dnia 17. Marca'."""
    from teikit.readers.dates import find_date
    assert find_date("Zaczęty w Roku 1789. Dnia 17. Marca").when == "1789-03-17"
    assert find_date("Dnia 9. Czerwca Roku 1789").when == "1789-06-09"


# ---------------------------------------------------------------------- letters_round11


# ---------------------------------------------------------------------- news_round13


def test_a_front_matter_date_under_another_key_dates_the_clipping():
    """NewspaperSG clippings in an Obsidian vault: the issue date is written date_text:;
    a clipping whose date: is unknown and whose date_text only bounds it stays undated."""
    root, _ = encode("---\ntitle: Cross-Country Race On Saturday\ndate_text: 7 February 1940\n"
                     "source: The Straits Times, Page 15\n---\n\nNine individual and three "
                     "team entries have been received.\n", "race.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1940-02-07"]
    root, _ = encode("---\ntitle: Council Meeting\ndate: unknown\ndate_text: Before 24 July "
                     "1937 (inferred; issue date not visible)\n---\n\nThe council met.\n",
                     "council.md")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == []


# ---------------------------------------------------------------------- pages_round11


def test_a_place_line_over_the_date_is_the_datelines():
    """LoC By the People, Blackwell's letter of 1897 (btp-blackwell-georgeville-letter-p32)."""
    root, _ = encode("Georgeville, P. [?]., Canada\n\nFriday, Aug. 20, 1897\n\n"
                     "Dear Papa + Mamma,\n\nYesterday we went on a pleasant picnic.\n")
    assert not xp(root, "//t:body//t:head")
    assert texts(root, "//t:dateline/t:placeName") == ["Georgeville, P.., Canada"]
    assert xp(root, "//t:dateline/t:date/@when") == ["1897-08-20"]
    assert "Georgeville" not in " ".join(texts(root, "//t:titleStmt/t:title"))


# ---------------------------------------------------------------------- titles_round13


def test_a_year_at_the_end_of_the_title_dates_the_text():
    """corpus5 burr-lawson-brief-true-narrative-1692: the title page's heading ends with
    the year; nothing in the text gives a fuller date of it."""
    root, _ = encode("# A BRIEF AND TRUE NARRATIVE, BY DEODAT LAWSON, 1692\n\n"
                     "The earliest account of the happenings at Salem was that which here "
                     "follows.\n", "narrative.md")
    assert creation(root) == ["1692"]


def test_a_date_field_with_the_year_alone_dates_the_text():
    """corpus11b tna-with-love-catherine-howard-to-culpeper: an archive's page gives the
    letter's date as its catalogue does, the year alone ("Date: 1541")."""
    root, _ = encode("<html><body><main><h1>Letter from Catherine Howard to Thomas Culpeper"
                     "</h1><p>The teenaged Catherine arrived at the court of Henry VIII in "
                     "1540.</p><ul><li>Date: 1541</li><li>Catalogue reference: SP 1/167 f.14"
                     "</li></ul><p>Master Culpeper, I heartily recommend me unto you.</p>"
                     "</main></body></html>", "letter.html")
    assert creation(root) == ["1541"]


def test_a_year_named_in_the_title_line_under_the_heading_dates_the_text():
    """corpus11b polona-deklaracya-krola-pruskiego-pl: the print's title block names the
    diet's year ("na Seymie Roku 1766."); the text itself names another year in a
    sentence, which does not date it."""
    root, _ = encode("DEKLARACYA\nJmieniem KROLA JMCi Pruskiego przez Jego\nMinistra "
                     "pełnomocnego, Zkonfederowaney\nRzeczypospolitey na Seymie Roku 1766.\n"
                     "uczyniona.\n\nSEym przeszły Konwokacyonalny Roku\n1764. ustanowiwszy "
                     "Kommissye Skarbowe y Woyskowe uchwalił.\n")
    assert creation(root) == ["1766"]


def test_a_year_inside_a_sentence_does_not_date_the_text():
    """The counter-case: a year in the text's sentences may be any year."""
    root, _ = encode("THE COLONATE.\n\nIn 1816 the estates were let to tenants, and the "
                     "rents were paid in kind.\n")
    assert creation(root) == []


def test_a_month_and_year_heading_is_the_title_not_a_dateline():
    """corpus11 kezia-diary-first-month: the diary's pages for a month under their heading;
    each entry names its day."""
    root, _ = encode("# APRIL 1911\n\n##### WEDNESDAY\n**April 12th** Well, here I am "
                     "starting another book of my life.\n\n##### THURSDAY\n**April 13th** "
                     "Bessie, Lester and I walked over to Georgetown.\n", "diary.md")
    assert texts(root, "//t:titleStmt/t:title") == ["APRIL 1911"]
    assert texts(root, "//t:body/t:div/t:head") == ["APRIL 1911"]
    assert creation(root) == ["1911-04"]


def test_a_date_with_the_year_first_then_month_and_day():
    """corpus11 btp-catt-letter-shining-woman: Carrie Chapman Catt dates her letter under
    her signature with the year first ("Tuesday, 1941 April 8,")."""
    root, _ = encode("When we meet again I will not be so clean as you are.\n"
                     "Like Mary Wollstonecraft you will be \"A Shining Woman\"\n"
                     "Looking forward\nCarrie C. Catt\nTuesday, 1941 April 8,\n")
    assert creation(root) == ["1941-04-08"]


# ---------------------------------------------------------------------- turns_round11


def test_dates_over_a_diary_s_entries_are_no_take_marks():
    """The counter-case: a diary's days in the same form, with nobody speaking."""
    root, _ = encode("15/06\n\nWent to the market in the morning.\n\n16/06\n\n"
                     "Rain all day; stayed in.\n", "diary.txt")
    assert "15/06" in " ".join(texts(root, "//t:body"))
    assert "16/06" in " ".join(texts(root, "//t:body"))


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r23)
    pytest.param((CABLE,), [
        ("xp", "//t:creation/t:date/@when", ["1981-03-03"]),
        ("texts", "//t:creation/t:date", ["0309152 MAR 8I"]),
    ], id="a_cables_date_time_group_over_its_cite_line_dates_it"),
    # (r23)
    pytest.param(("The log gives 0309152 MAR 81 for the call, and no more.\n\n"
        "It was not answered.\n",), [
        ("xp", "//t:creation/t:date", []),
    ], id="a_date_time_group_outside_a_cables_header_dates_nothing"),
    # (r23)
    pytest.param(("Moscow, June 11, 1944\n[Received June 12—10:45 a.m.]\n\n"
        "The Ambassador called on me today and we spoke of the matter.\n",), [
        ("texts", "//t:body//t:dateline", [
            "Moscow, June 11, 1944Received June 12—10:45 a.m."]),
    ], id="a_received_line_under_a_dateline_stays_in_it"),
    # (r26)
    pytest.param(("---\ntitle: Log\ndate: 2022-01-03\n---\n\n"
        "We left the harbour before the storm came in.\n\n"
        "## Day 1, 23 December\n\nWe sailed at dawn.\n", "log.md"), [
        ("xp", "//t:body//t:head/t:date/@when", ["2021-12-23"]),
    ], id="a_post_of_january_dates_december_entries_in_the_year_before"),
    # (r26)
    pytest.param(("# Dagboek\n\nZaterdagmiddag 23 september kwamen de troepen aan.\n\n"
        "Maandag 25 september werd de toren opgeblazen.\n", "dagboek.md"), [
        ("xp", "//t:body//t:date", []),
    ], id="a_run_in_day_without_a_year_anywhere_is_not_dated"),
    # (r26)
    pytest.param(("# Log 2022\n\nWe keep a log of every watch on the passage south.\n\n"
        "## Sábado 12 de Marzo, 2022\n\nViento lijero de aleta a estribor.\n\n"
        "## Notes\n\nThe engine ran for four hours.\n", "log.md"), [
        ("xp", "//t:body//t:div[t:head/t:date]/@type", ["entry"]),
        ("xp", "//t:body//t:div[t:head='Notes']/@type", ["section"]),
    ], id="a_division_under_a_dated_day_heading_is_an_entry"),
    # (r29)
    pytest.param(("मन की बात, अप्रैल 2015\n\nमेरे प्यारे देशवासियो, नमस्कार, मन की बात करने का "
        "मन नहीं हो रहा था आज। बोझ अनुभव कर रहा हूँ।\n", "speech.txt"), [
        ("texts", "//t:titleStmt/t:title", ["मन की बात, अप्रैल 2015"]),
        ("xp", "//t:profileDesc/t:creation/t:date/@when", ["2015-04"]),
        ("xp", "//t:body//t:dateline", []),
    ], id="a_first_line_naming_a_month_over_a_speech_is_its_title_and_date"),
    # (r30)
    # A dispatch under a heading the format marked (with a bold deck, a byline): an
    # article, its dateline in the opener; the US place with its state ("Jacksonville,
    # Fla.", "Atlanta, Ga" and two spaces before the date).
    pytest.param((NEWS_PAGE, "page.md"), [
        ("texts", "//t:div[@type='article']/t:head[not(@type)]",
         [
         "Fillbuster Dauntless Back.", "Application for Receiver Refused.", "Soldiers Arrived."]),
        ("texts", "//t:div[@type='article']/t:head[@type='sub']", [
            "Jacksonville Suspects that She landed the Expedition in Cuba."]),
        ("texts", "//t:div[@type='article']/t:opener/t:dateline/t:placeName", [
            "Jacksonville, Fla.", "Atlanta, Ga", "Jersey City"]),
        ("texts", "//t:div[@type='article']/t:opener/t:dateline/t:date", [
            "Nov. 13.", "Nov. 13.", "Aug. 26."]),
        ("texts", "//t:div[@type='article']/t:opener/t:seg[@type='byline']", [
            "(By wire to the Record.)"]),
        ("texts", "//t:div[@type='article']/t:p[1]", [
            "The famous tug Dauntless is back in port.",
            "Application for a receiver was refused.",
            "Nearly one thousand soldiers arrived here to-day."]),
    ], id="headings_over_wire_datelines_are_articles"),
    # (r30)
    pytest.param(("# Notes\n\n## The voyage\n\nLondon, Aug. 26.- We sailed at noon.\n\n"
        "## The return\n\nWe came back in June.\n", "notes.md"), [
        ("xp", "//t:div[@type='article']", []),
    ], id="one_heading_over_a_dateline_is_no_newspaper_page"),
    # (r30)
    pytest.param(("Circular Cablegram B185 LONDON, 29 July 1938, 11 p.m.\n\n"
        "CONFIDENTIAL\n\n(1) The most important item is the report.\n", "cable.md"), [
        ("texts", "//t:dateline/t:seg[@type='designation']", ["Circular Cablegram B185"]),
        ("texts", "//t:dateline/t:placeName", ["LONDON"]),
        ("xp", "//t:dateline/t:date/@when", ["1938-07-29T23:00:00"]),
        ("texts", "//t:dateline", ["Circular Cablegram B185 LONDON, 29 July 1938, 11 p.m."]),
    ], id="a_datelines_document_kind_and_number_are_no_part_of_the_place"),
    # (r30)
    pytest.param(("# To the Board\n\nLetter Creek, 3 May 1901\n\nDear Sir,\n\n"
        "I write about the well.\n", "letter.md"), [
        ("texts", "//t:dateline/t:placeName", ["Letter Creek"]),
        ("xp", "//t:seg[@type='designation']", []),
    ], id="a_place_that_opens_with_a_kind_word_but_has_no_capitals_stays_whole"),
    # (r31)
    # The Mayflower Compact (PG #7): "November 11, 1620  [This was November 21, old style
    # calendar]" is the dateline, the remark a note in it.
    pytest.param(("The Mayflower Compact\n\n"
        "November 11, 1620  [This was November 21, old style calendar]\n\n"
        "In the name of God, Amen.  We, whose names are underwritten, the Loyal "
        "Subjects\nof our dread Sovereigne Lord, King James.\n", "compact.txt"), [
        ("texts", "//t:dateline/t:note", ["This was November 21, old style calendar"]),
        ("xp", "//t:creation/t:date/@when", ["1620-11-11"]),
    ], id="a_dated_line_keeps_its_date_with_the_editors_remark_as_a_note"),
    # (r35)
    pytest.param((RECORDS, "abb-02.txt"), [
        ("xp", "//t:creation/t:date", []),
        ("xp", "//t:sourceDesc//t:date[@when='1894-11-14']", []),
    ], id="a_registration_number_is_not_the_documents_date"),
    # (r35)
    pytest.param(("Register\n\nEntry: 1901-02-03, 0117\n\nA bowl of red clay.\n", "reg.txt"), [
        ("xp", "//t:creation/t:date[@when='1901-02-03']", []),
    ], id="an_iso_date_run_on_by_a_number_is_an_identifier"),
    # (left9)
    # "May 1 to June 3, 1862" in a diary's title: the first day, not June 3.
    pytest.param(("Diary of the campaign, May 1 to June 3, 1862\n\nWe marched all day "
        "through the rain and the mud of the valley.\n",), [
        ("xp", "//t:profileDesc/t:creation/t:date/@when", ["1862-05-01"]),
        ("texts", "//t:profileDesc/t:creation/t:date", ["May 1 to June 3, 1862"]),
    ], id="a_range_across_two_months_in_a_title_dates_the_text_by_its_first_day"),
    # (left9)
    # "Vol. 1 – 3 May 1794": the figure is a volume's, the date is 3 May.
    pytest.param(("The Gazette\n\nVol. 1 – 3 May 1794\n\nNews of the week from the "
        "ports and the markets of the county, with the prices of corn.\n",), [
        ("xp", "//t:profileDesc/t:creation/t:date/@when", ["1794-05-03"]),
        ("xp", "//t:date[@from]", []),
    ], id="a_number_before_a_date_is_no_range"),
    # (left9)
    pytest.param(("A note on the will\n\nThe testator wrote that the deed was fait à Paris "
        "le 3 mai 1920 and then he went on to describe the house and its garden "
        "at length.\n",), [
        ("xp", "//t:closer", []),
    ], id="a_formula_with_more_text_after_its_date_stays_in_its_paragraph"),
    # (round14)
    # George Vollmer's will (Defiance County probate record, 1883): "In testimony,
    # whereof, I have hereunto set my hand and seal, this 21st day of September A.D. 1883".
    pytest.param(("George Vollmer Will\n\nI do hereby revoke all former wills by me made."
        "\n\nIn testimony, whereof, I have hereunto set my hand and seal, this 21st "
        "day of September A.D. 1883\n\nGeorge Vollmer.\n",), [
        ("xp", "//t:closer/t:dateline/t:date/@when", ["1883-09-21"]),
        ("xp", "//t:creation/t:date/@when", ["1883-09-21"]),
    ], id="a_wills_testimonium_is_its_dateline"),
    # (round14)
    # A rule's number "§ 1.2.12" or a sentence's "version 2.1.10" is not a date.
    pytest.param(("Rules\n\nSee § 1.2.12\n\nWe installed version 2.1.10 yesterday.\n",), [
        ("xp", "//t:date", []),
    ], id="a_numbered_clause_is_no_dotted_date"),
    # (round14)
    # Shmaryahu Levin's letters (1914, Ben-Yehuda Project): "ניו-יורק, 10 בספטמבר 1914".
    pytest.param(("מכתב\n\nניו-יורק, 10 בספטמבר 1914\n\nידידי החביב!\n\nקבלתי את מכתבך.\n",), [
        ("xp", "//t:dateline/t:date/@when", ["1914-09-10"]),
    ], id="hebrew_month_names_with_their_preposition"),
    # (round15)
    # Louisa Minor's diary: "## Sept. 3" under "# September 1st 1855 …".
    pytest.param((MINOR, "minor.md"), [
        ("xp", "//t:head/t:date/@when", ["1855-09-03", "1855-09-04"]),
    ], id="diary_entries_headed_by_day_and_month_take_the_headings_year"),
    # (round17)
    # "Marseille, le 22 Janvier 1939" (Vayssière's reply, F13), "Berlin, den 3. März".
    pytest.param(("Marseille, le 22 Janvier 1939\n\nExcellence,\n\nJe vous remercie de "
        "votre lettre.\n", "lettre.txt"), [
        ("texts", "//t:dateline/t:placeName", ["Marseille"]),
        ("texts", "//t:dateline", ["Marseille, le 22 Janvier 1939"]),
    ], id="the_days_article_after_a_place_is_no_part_of_the_place"),
    # (round20)
    # An execution report from a Glasgow paper (NLS broadside, F2): "GLASGOW, 22d OCTOBER,
    # 1828.—This morning, …": the dash ends the dateline, the sentence stays whole.
    pytest.param(("EXECUTION.\n\nGLASGOW, 22d OCTOBER, 1828.—This morning, THOMAS CONNOR and\n"
        "BELL M'MENEMY were Executed in front of the Court Houses, convicted at "
        "the\nlast Assizes of the crime of Assault and Robbery.\n",), [
        ("xp", "//t:opener/t:dateline/t:date/@when", ["1828-10-22"]),
        ("texts", "//t:body//t:p", [
            "This morning, THOMAS CONNOR and BELL M'MENEMY were Executed in front of the Court "
            "Houses, convicted at the last Assizes of the crime of Assault and Robbery."]),
    ], id="a_dateline_run_into_the_first_sentence_after_a_dash"),
    # (leftovers14)
    # The same rule's dating clause: "an(n)o del nasçimjento de n(uest)ro saluador jh(es)u
    # christo de mjll (y) qujnjentos (y) veynte (y) ocho an(n)os" is the year 1528.
    pytest.param((TABLADA, "tablada.md"), [
        ("xp", "//t:body//t:date/@when", ["1528"]),
        ("texts", "//t:body//t:date", ["mjll (y) qujnjentos (y) veynte (y) ocho"]),
        ("xp", "//t:creation/t:date/@when", ["1528"]),
    ], id="era_year_in_old_spanish_words_dates_the_document"),
    # (dates_round11)
    # A CIA Information Telegram of 19 March 1963 (JFK Assassination Records, OCR): the
    # SUBJECT runs over two lines, the form's DATE DISTR. column OCR'd onto the first.
    pytest.param(("# Document\n\n```text\nTITLE : CIA Information Telegram\nDATE : "
        "3/19/1963\n\nCOUNTRY SOUTH VIETNAM/CHINA (TAIWAN) REPORT NO. TDCS-3/540\n\n"
        "SUBJECT DISCUSSIONS, BETWEEN PRESIDENT DIEM AND DATE DISTR. 19 MARCH 1963\n"
        "VICE PRESIDENT CHEN CHENG OF NATIONALIST . ta . :\nCHINA ; Precepence "
        "ROUTINE\n\n1. DURING THE VISIT OF THE VICE PRESIDENT TO SOUTH VIETNAM.\n"
        "```\n", "telegram.md"), [
        ("texts", "//t:titleStmt/t:title", [
            "CIA Information Telegram: DISCUSSIONS, BETWEEN PRESIDENT DIEM AND VICE PRESIDENT "
            "CHEN CHENG OF NATIONALIST CHINA"]),
    ], id="a_forms_subject_in_capitals_without_its_next_column"),
    # (letters_round11)
    # Suriano's despatch: the opening has no date; the place and date over the closing
    # date the document.
    pytest.param((DESPATCH, "suriano.txt"), [
        ("xp", "//t:profileDesc/t:creation/t:date/@when", ["1623-03-06"]),
    ], id="the_closing_date_of_a_despatch_dates_it"),
    # (news_round13)
    # La Dépêche, 19 August 1944 (Gallica OCR): agency dispatches, each under its headline
    # of short lines, each opening with its place, day and month and a dash.
    pytest.param(("LES GRIEFS DE ROME\ncontre les autorités\nanglo américaines\n\n"
        "Berne, 18 août. — Le Saint Galler Tagblatt apprend de Rome\nque les "
        "reproches se résument en trois points. — (O. F. I.).\n\n"
        "Le général Bradley est nommé\ncommandant en chef des forces\n"
        "d'invasion américaines\n\nLondres, 18 août. — Le général Bradley vient "
        "d'être nommé\ncommandant en chef. — O. F. I.\n",), [
        ("texts", "//t:body/t:div/t:opener/t:dateline", ["Berne, 18 août. —"]),
        ("texts", "//t:div[@type='article']/t:head", [
            "Le général Bradley est nommé commandant en chef des forces d'invasion américaines"]),
        ("texts", "//t:div[@type='article']/t:opener/t:dateline/t:placeName", ["Londres"]),
        ("texts", "//t:div[@type='article']/t:p", [
            "Le général Bradley vient d'être nommé commandant en chef. — O. F. I."]),
    ], id="headlines_over_wire_datelines_are_articles"),
    # (news_round13)
    # The Straits Times, 7 February 1940 (NewspaperSG clipping in Markdown): headline,
    # deck, the correspondent's byline and the dateline alone on its line.
    pytest.param(("CROSS-COUNTRY RACE ON SATURDAY\n\nNine Individual And Three Team Entries\n\n"
        "(From Our Own Correspondent)\nIpoh, Feb. 5.\n\nNine individual and three "
        "team entries have been received for the race.\n", "race.md"), [
        ("xp", "//t:stage", []),
        ("texts", "//t:head[@type='sub']", ["Nine Individual And Three Team Entries"]),
        ("texts", "//t:opener/t:seg[@type='byline']", ["(From Our Own Correspondent)"]),
        ("texts", "//t:opener/t:dateline/t:date", ["Feb. 5."]),
    ], id="a_byline_over_a_dateline_is_no_stage_direction"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path

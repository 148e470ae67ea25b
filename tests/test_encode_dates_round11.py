"""Dates and titles that stand elsewhere than at the top (scouting round 10): an act's date
in its closing clause, written in words; a letter's closing dateline; a memorandum's or a
form's subject under a heading that names only its kind; a date alone further down, as OCR
reads it. One small example each, from the real documents."""
from __future__ import annotations

import pytest
from teiquery import encode, texts, xp

from teikit.readers.dates import date_alone, find_date
from teikit.readers.datewords import number_value


def creation(root) -> list[str]:
    return [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")]


# ----------------------------------------------------------------------------- words

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


# ----------------------------------------------------------------------------- eschatocol

SLAVERY = ("##Slavery Convention\n\n###Article 12\n\nThe present Convention will be ratified."
           "\n\nIn faith whereof the Plenipotentiaries have signed the present Convention.DONE "
           "at Geneva the twenty-fifth day of September, one thousand nine hundred and "
           "twenty-six, in one copy, which will be deposited in the archives of the League of "
           "Nations.\n")


def test_an_acts_date_in_words_run_into_its_last_paragraph_dates_it():
    """The Slavery Convention as the Dutch treaty database exports it: the eschatocol glued
    to the testimonium clause, the date only in words."""
    root, _ = encode(SLAVERY, "slavery.md")
    assert creation(root) == ["1926-09-25"]
    assert [d.get("when") for d in xp(root, "//t:body//t:p/t:date")] == ["1926-09-25"]
    assert "DONE at Geneva the twenty-fifth" in " ".join(texts(root, "//t:body//t:p"))


def test_the_clause_alone_is_the_closers_dateline_with_the_sealed_signatures():
    """The Netherlands–Venezuela treaty of 1933, its closing laid out as printed."""
    root, _ = encode("TRAITÉ D'ARBITRAGE\n\nArticle 23. Le présent Traité entrera en vigueur dès "
                     "l'échange des ratifications.\n\nEn foi de quoi les Plénipotentiaires ont "
                     "signé le présent Traité.\n\nFait à La Haye, en double exemplaire, le 5 avril "
                     "1933.\n\n(L.S.) BEELAERTS VAN BLOKLAND.\n\n(L.S.) JOSÉ IG. CARDENAS.\n")
    assert texts(root, "//t:closer/t:dateline/t:placeName") == ["La Haye"]
    assert [d.get("when") for d in xp(root, "//t:closer/t:dateline/t:date")] == ["1933-04-05"]
    assert texts(root, "//t:closer/t:signed") == ["(L.S.) BEELAERTS VAN BLOKLAND.",
                                                  "(L.S.) JOSÉ IG. CARDENAS."]
    assert creation(root) == ["1933-04-05"]


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


# ----------------------------------------------------------------------------- titles

def test_a_memorandums_subject_titles_it_under_a_generic_heading():
    """Rusk's memorandum for the President of 18 February 1964 (JFK Assassination Records,
    OCR in Markdown): the identification form's TITLE is empty, the Subject stands further
    down, under "MEMORANDUM FOR THE PRESIDENT"."""
    form = "\n".join(f"FIELD {n} : value {n}" for n in range(14))
    root, _ = encode(f"# Document\n\n## Page 1\n\n```text\nTITLE :\n\n{form}\n\nSECRET\n\n"
                     "MEMORANDUM FOR THE PRESIDENT\n\nSubject: Your Meeting with President "
                     "Lopez Mateos\n\nWe do not expect to make any major political decisions.\n"
                     "```\n", "memo.md")
    title = texts(root, "//t:titleStmt/t:title")[0]
    assert title == "MEMORANDUM FOR THE PRESIDENT: Your Meeting with President Lopez Mateos"
    assert texts(root, "//t:body//t:head")[0] == title


def test_a_forms_subject_in_capitals_without_its_next_column():
    """A CIA Information Telegram of 19 March 1963 (JFK Assassination Records, OCR): the
    SUBJECT runs over two lines, the form's DATE DISTR. column OCR'd onto the first."""
    root, _ = encode("# Document\n\n```text\nTITLE : CIA Information Telegram\nDATE : "
                     "3/19/1963\n\nCOUNTRY SOUTH VIETNAM/CHINA (TAIWAN) REPORT NO. TDCS-3/540\n\n"
                     "SUBJECT DISCUSSIONS, BETWEEN PRESIDENT DIEM AND DATE DISTR. 19 MARCH 1963\n"
                     "VICE PRESIDENT CHEN CHENG OF NATIONALIST . ta . :\nCHINA ; Precepence "
                     "ROUTINE\n\n1. DURING THE VISIT OF THE VICE PRESIDENT TO SOUTH VIETNAM.\n"
                     "```\n", "telegram.md")
    assert texts(root, "//t:titleStmt/t:title") == [
        "CIA Information Telegram: DISCUSSIONS, BETWEEN PRESIDENT DIEM AND VICE PRESIDENT "
        "CHEN CHENG OF NATIONALIST CHINA"]


def test_a_typed_memorandums_title_takes_its_subject():
    root, _ = encode("MEMORANDUM\n\nTO: The Secretary\n\nFROM: J. Smith\n\nSUBJECT: Grain "
                     "shipments to Poland\n\n1. The shipments began in March.\n")
    assert texts(root, "//t:titleStmt/t:title") == ["MEMORANDUM: Grain shipments to Poland"]
    assert texts(root, "//t:body//t:head") == ["MEMORANDUM"]


def test_a_heading_that_names_the_document_keeps_its_title():
    """The Khanh Hoa report: its TITLE names what it is about; a sentence that opens with
    "Subject to" is no field."""
    root, _ = encode("REPORT ON THE OPPOSITION IN KHANH HOA PROVINCE\n\nSubject to the "
                     "approval of the Board, the report is circulated.\n")
    assert texts(root, "//t:titleStmt/t:title") == [
        "REPORT ON THE OPPOSITION IN KHANH HOA PROVINCE"]

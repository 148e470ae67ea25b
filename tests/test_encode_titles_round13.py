"""Titles and dates that main got wrong on documents already gathered (scouting rounds 3 to
12, issue 8): where a title or a date stands in the forms of documents, and what is never a
title. One small example each, from the real documents."""
from __future__ import annotations

from teiquery import encode, texts, xp


def creation(root) -> list[str]:
    return [d.get("when") for d in xp(root, "//t:profileDesc/t:creation/t:date")]


# ----------------------------------------------------------------------------- dates

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


# ----------------------------------------------------------------------------- titles

def test_a_records_masthead_over_its_date_is_the_title():
    """corpus12 can-hansard-36-2-014-oral-questions-en: the Hansard's masthead lines stand
    over the sitting's date with no blank line; they name the record (not a letter's
    address)."""
    root, _ = encode("(Official Version) \nEDITED HANSARD * NUMBER 14 \nHOUSE OF COMMONS \n"
                     "Friday, October 29, 1999 \nThe House met at 10 a.m. \nTAXATION \n"
                     "Mr. Richard M. Harris (Prince George-Bulkley Valley, Ref.):\n"
                     "Mr. Speaker, for six years the Reform Party has stood in the House. \n"
                     "Why does it do it?  \n"
                     "Hon. Herb Gray (Deputy Prime Minister, Lib.):\n"
                     "Mr. Speaker, why do Reform Party members engage in acts of wilful "
                     "blindness?  \n"
                     "Mr. Richard M. Harris (Prince George-Bulkley Valley, Ref.):\n"
                     "Mr. Speaker, this is an amazing response. \n")
    assert texts(root, "//t:body//t:head") == [
        "(Official Version) EDITED HANSARD * NUMBER 14 HOUSE OF COMMONS"]
    assert "HANSARD" in texts(root, "//t:titleStmt/t:title")[0]
    assert creation(root) == ["1999-10-29"]


def test_a_records_masthead_under_its_heading_is_part_of_the_title():
    """corpus4 bundestag-2016-06-28-brexit-de: the minutes' number, then the parliament,
    the kind of record and the sitting over the date."""
    root, _ = encode("Plenarprotokoll 18/181\n\nDeutscher Bundestag\nStenografischer Bericht"
                     "\n\n181. Sitzung\n\nBerlin, Dienstag, den 28. Juni 2016\n\nInhalt:\n\n"
                     "Die Sitzung ist eröffnet. Nehmen Sie bitte Platz.\n")
    assert texts(root, "//t:titleStmt/t:title") == [
        "Plenarprotokoll 18/181 Deutscher Bundestag Stenografischer Bericht 181. Sitzung"]
    assert creation(root) == ["2016-06-28"]


def test_a_records_masthead_under_its_opening_date_is_the_title():
    """corpus seanad-2021-11-18-commencement: the Oireachtas debate's cover prints the day
    first, then the volume, the kind of record and the house."""
    root, _ = encode("Thursday,\n18 November 2021\n\nVol. 280\nNo. 6\n\n"
                     "DÍOSPÓIREACHTAÍ PARLAIMINTE\nPARLIAMENTARY DEBATES\n\nSEANAD ÉIREANN\n"
                     "TUAIRISC OIFIGIÚIL—Neamhcheartaithe\n(OFFICIAL REPORT—Unrevised)\n\n"
                     "Chuaigh an Leas-Chathaoirleach i gceannas ar 10.30 a.m.\n\n"
                     "An Leas-Chathaoirleach: I have notice from Senators Fiona O’Loughlin "
                     "and Mark Wall that they propose to raise the following matter.\n")
    head = texts(root, "//t:body/t:div/t:head")
    assert len(head) == 1 and "SEANAD ÉIREANN" in head[0]
    assert "SEANAD ÉIREANN" in texts(root, "//t:titleStmt/t:title")[0]
    assert creation(root) == ["2021-11-18"]


def test_an_address_in_capitals_over_the_date_stays_the_address():
    """The counter-case: a letter's address lines in capitals name no record."""
    root, _ = encode("THE HONOURABLE JOHN SMITH\nWASHINGTON, D.C.\nMarch 3, 1962\n\n"
                     "Dear Sir:\n\nI have the honour to acknowledge your letter.\n")
    assert texts(root, "//t:body//t:head") == []
    assert len(xp(root, "//t:opener/t:seg[@type='address']")) >= 1


def test_a_front_matter_title_quoted_from_the_text_yields_to_its_heading():
    """corpus12 usenet-torvalds-comp-os-minix-announcement: the blog names the post by a
    phrase of the announcement it shows; the text's own heading names it."""
    root, _ = encode("---\nlayout: post\ntitle: \"just a hobby, won't be big and professional "
                     "like gnu\"\n---\n## Linus Torvalds Announcement of Linux ##\n\n"
                     "I'm doing a (free) operating system (just a hobby, won't be big and\n"
                     "professional like gnu) for 386(486) AT clones.\n", "post.md")
    assert texts(root, "//t:titleStmt/t:title") == ["Linus Torvalds Announcement of Linux"]
    assert texts(root, "//t:body//t:head") == ["Linus Torvalds Announcement of Linux"]


def test_a_front_matter_title_that_is_the_mails_subject_stays_the_title():
    """corpus12 freebsd-phk-bikeshed-mail: the blog's title is the mail's Subject:, which
    names it."""
    root, _ = encode("---\nlayout: post\ntitle: \"A bike shed (any colour will do) on greener "
                     "grass...\"\n---\n\n## Poul-Henning Kamp's 'Bike Shedding' Essay ##\n\n"
                     "<pre>\nSubject: A bike shed (any colour will do) on greener grass...\n"
                     "From: Poul-Henning Kamp &lt;phk@freebsd.org&gt;\n"
                     "Date: Sat, 02 Oct 1999 16:14:10 +0200\n\nMy last pamphlet was "
                     "sufficiently well received.\n</pre>\n", "post.md")
    assert texts(root, "//t:titleStmt/t:title") == [
        "A bike shed (any colour will do) on greener grass..."]


def test_a_front_matter_title_of_its_own_words_stays_the_title():
    """The counter-case: front matter that names the document in words of its own."""
    root, _ = encode("---\ntitle: \"A letter on the new operating system\"\n---\n"
                     "## Section one\n\nI'm doing a (free) operating system for AT clones.\n",
                     "post.md")
    assert texts(root, "//t:titleStmt/t:title") == ["A letter on the new operating system"]


def test_the_acts_own_title_under_a_registers_title_is_part_of_the_title():
    """corpus10 nl-verdragen-bwbv0006262-slavery-convention: the treaty register gives its
    Dutch title (##), the act its own printed title two levels below (####), the
    articles in between (###)."""
    root, _ = encode("##Verdrag inzake de slavernij\n\n####SLAVERY CONVENTION.\n\n"
                     "Albania, Germany, Austria and Belgium have agreed as follows.\n\n"
                     "###Article 1\n\nFor the purpose of the present Convention, the "
                     "following definitions are agreed upon.\n", "treaty.md")
    assert texts(root, "//t:titleStmt/t:title") == [
        "Verdrag inzake de slavernij: SLAVERY CONVENTION"]


def test_a_section_heading_under_the_title_is_no_part_of_it():
    """The counter-case: a chapter's heading right under the book's title."""
    root, _ = encode("# The Book\n\n## Chapter One\n\nIt was a dark night.\n\n"
                     "## Chapter Two\n\nThe morning came.\n", "book.md")
    assert texts(root, "//t:titleStmt/t:title") == ["The Book"]


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


def test_a_decrees_kind_issuer_and_title_are_one_heading():
    """corpus4 kremlin-ukaz-2002-07-29-n798-ru: the decree's kind letter-spaced, the
    issuer, the title "On amending …" that cites the amended decree's date; the decree is
    dated at its end."""
    root, _ = encode("                              У К А З\n\n"
                     "                  ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\n\n\n"
                     "              О внесении изменений в Указ Президента\n"
                     "          Российской Федерации от 10 апреля 2000 г. N 660\n\n"
                     "     В целях обеспечения комплектования органов федеральной службы\n"
                     "безопасности квалифицированными кадрами постановляю:\n"
                     "     1. Настоящий Указ вступает в силу со дня его подписания.\n\n\n"
                     "     Президент Российской Федерации                         В.Путин\n\n"
                     "     Москва, Кремль\n     29 июля 2002 года\n     N 798\n")
    title = texts(root, "//t:titleStmt/t:title")[0]
    # (the letter-spaced kind as the word it spells: REPORT25 F5)
    assert title.startswith("УКАЗ ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ О внесении изменений")
    assert texts(root, "//t:body/t:div/t:head") == [title]
    assert creation(root) == ["2002-07-29"]

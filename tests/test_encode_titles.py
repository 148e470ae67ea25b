"""Titles and the header: a document's title, headings, mastheads and front matter, the header's
fields.

The cases of the scouting rounds and their leftovers (r21, r22s, r23, r26, r28, r29, r30, r31,
r32, r33, r34, r35, left8, left9, left10, round15, round16_letters, round17, round17b, round18,
round20, band18, low18, formats18, leftovers14, leftovers_round13, dates_round11, mail_round12,
news_round13, pages_round11, titles_round13, turns_round9, web_round13, low_scores), regrouped
by convention; each section is named by the round it came from. Where the inputs come from
(their provenance and licences): tests/ROUNDS.md, under the round's name."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from shared_sources import (
    AOZORA,
    DEPECHE,
    EXPORT_R21,
    HEBREW,
    JOURNAL,
    LONG,
    MINOR,
    MISSIVE,
    NEWS_PAGE,
    NILSSON,
    PANDOC_PLAIN,
    QUERIES,
    SAVED_PAGE,
    SMALL_PRINT,
    TEI_BAND18,
    VOLTAIRE,
    WAR_DIARY,
    WS_CHAPTER,
    _book,
    _created_round16_letters,
    _docx,
    _newspaper,
    _pliny,
    creation,
    encoded,
    encoded_bytes,
    fodt,
    reported,
)
from teiquery import encode, texts, xp

from teikit import encode_file
from teikit.header import Edition
from teikit.readers.annexes import annex_head

ACT_WIKI = """{{Распоряжение Президента РФ
| НОМЕР          = 359-рп
| ДАТА           = 01.08.2002
| НАЗВАНИЕ       =
| ИСТОЧНИК       = http://www.kremlin.ru/acts/bank/18447
}}<div class="text">

1. Выделить в III квартале 2002 г. из резервного фонда Президента Российской Федерации:

3 120 тыс. рублей Минобразованию России для образовательных учреждений по списку.

2. Полномочному представителю обеспечить проверку исполнения настоящего распоряжения.

{{Подпись|Президент Российской Федерации|В.Путин}}

{{left|1 августа 2002 года}}

== СПИСОК <br>образовательных учреждений ==

{| class=wikitable |
! width=35% | Наименование учреждения
! width=26% | Адрес учреждения
|-
| align=left valign=top | Целинский детский дом
| align=left valign=top | Ростовская обл.
|}

</div>
"""


VERSIONS_MD = """# Journal from Liberty Jail

#### Faithful Transcription

This is the fifteenth of March and we are in close confinement. Thomas Barnard is in Heaven.

#### Modernized Reading

We remain in close confinement. Thomas Barnard has passed to heaven.

#### Faithful Transcription

In the morning Brother Ripley & Brother Kimball came here down the valley.

#### Modernized Reading

Brothers Ripley and Kimball arrived via the valley.
"""


ISSUE = ("---\ntitle: Daily Record, Volume 1 No. 85\ndate: 1897-11-15 11:00:00 -05:00\n---\n\n"
         "# The Daily Record\n\n{extra}Volume 1. NO. 85.  \n"
         "Wilmington, N. C., Monday Evening, November 15, 1897\n\n"
         "## Local News\n\nThe Annual Conference convenes on Thursday morning.\n\n"
         "## Wilmington & Weldon Ry.\n\nCondensed Schedule Dated Sept. 23rd, 1897.\n")


OLD_HEADER = (
    "**Welcome To The World of Free Plain Vanilla Electronic Texts**\n\n"
    "*These Etexts Prepared By Hundreds of Volunteers and Donations*\n\n\n"
    "The Project Gutenberg Etext of Give Me Liberty Or Give Me Death\n"
    "******This file should be named liber11.txt or liber11.zip*****\n\n"
    "December, 1975  [Etext #6]\n\n" + SMALL_PRINT +
    "All of the original Project Gutenberg Etexts from the\n"
    "1970's were produced in ALL CAPS, no lower case.\n\n"
    "***\n\n"
    "These original Project Gutenberg Etexts will be compiled into a file\n"
    "containing them all.\n\n"
    "***\n\n\n")


EN = ("The parties agree that the trade in slaves shall be suppressed in all the territories "
      "that are placed under their sovereignty, and that it is their duty to bring about the "
      "abolition of slavery in all its forms as soon as possible. ")


NL = ("De partijen komen overeen dat de handel in slaven zal worden onderdrukt in alle "
      "gebieden die onder hun souvereiniteit zijn geplaatst, en dat het hun plicht is om de "
      "afschaffing van de slavernij in al haar vormen zoo spoedig mogelijk te verwezenlijken. ")


EXAM = ("TRIAL OF JOHN DOE\n\nJOHN SMITH sworn. Examined by Mr. Erskine.\n\n"
        "Q. Where do you live?\n\nA. In Holborn, near the bridge.\n\n"
        "Q. How long have you lived there?\n\nA. About seven years.\n\n"
        "CROSS-EXAMINATION BY MR. GARROW:\n\nQ. Are you sure of that?\n\nA. Quite sure.\n")


FIXTURES_FORMATS18 = Path(__file__).parent / "fixtures" / "formats18"


WIKISOURCE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"/><title>夢溪筆談 - 维基文库，自由的图书馆</title></head>
<body><div id="content" class="mw-body" role="main">
<div class="mw-indicators"><div class="mw-indicator"><a href="https://ws-export.example/?page=X">
<span>Download</span></a></div></div>
<h1 id="firstHeading" class="firstHeading">夢溪筆談</h1>
<div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">
<div id="headerContainer" class="ws-noexport noprint">
<table><tbody><tr><td class="noprint"></td><td><b>夢溪筆談</b><br/><span>作者：</span>
<a href="/wiki/Author:沈括">沈括</a><span>　北宋</span></td></tr></tbody></table>
<table><tbody><tr><td><ul id="plainSister"><li class="sisitem"><a href="/wiki/Special:M">
<img alt="姊妹计划" src="logo.png" width="18" height="18"/></a> 百科</li></ul>
<sub>臣</sub>等謹案《夢溪筆談》二十六卷。宋沈括撰。乾隆四十六年十一月恭校上。</td></tr></tbody></table>
</div>
<ul><li><a href="/wiki/夢溪筆談/序">序</a></li>
<li><a href="/wiki/夢溪筆談/卷01">卷一</a>　故事一</li></ul>
<table class="licenseFrame"><tbody><tr><td><a href="/wiki/File:PD-icon.svg" class="image">
<img alt="PD" src="pd.png" width="48" height="48"/></a></td>
<td>本北宋作品在全世界都属于公有领域。</td></tr></tbody></table>
</div></div></div></div></body></html>
"""


# ---------------------------------------------------------------------- r21


def test_a_heading_cut_from_the_first_line_gives_way_to_the_minutes_opening():
    root, result = encode(EXPORT_R21, "page.md")
    title = ("The Regular Meeting of the Board of Education held at the High School on "
             "Thursday, February 7, 1935")
    assert texts(root, "//t:titleStmt/t:title") == [title]
    assert texts(root, "//t:body/t:div/t:head") == [title]
    assert xp(root, "//t:body/t:div/t:head/@type") == ["opening"]
    assert any(code == "tool-heading" for code in
               [x["code"] for x in result.report()["left_out"]])


def test_a_microfilm_target_is_the_surrogates_not_the_title():
    root, _ = encode("# MICROCOPY RESOLUTION TEST CHART\n\n## Transcription\n\n```\n"
                     "MICROCOPY RESOLUTION TEST CHART\nJANS AND PDS TEST CHART NO. 2\n\n"
                     "FILE CITY OF THE RECORDS OF AMITYVILLE\n"
                     "MICROFILMED BY GOOD SHEPHERD WORK SERVICES\n"
                     "CAMERA OPERATOR: INGRID SCHNEIDER\nDATE FILMED: 1-14-94\n\n"
                     "Regular Meeting of the Board of Education held at the\n"
                     "High School on Thursday, January 3, 1885, at Six o'clock\n"
                     "P.M., pursuant to notice.\n\n"
                     "The meeting was called to order by the President.\n```\n", "page.md")
    assert texts(root, "//t:titleStmt/t:title") == [
        "Regular Meeting of the Board of Education held at the High School on Thursday, "
        "January 3, 1885"]
    surrogate = texts(root, "//t:sourceDesc//t:note[@type='surrogate']")
    assert surrogate and "CAMERA OPERATOR: INGRID SCHNEIDER" in surrogate[0]
    assert not any("TEST CHART" in t for t in texts(root, "//t:body//t:p"))


# ---------------------------------------------------------------------- r22s


def test_a_saved_pages_title_line_index_and_footer():
    root, result = encode(SAVED_PAGE, "fam16.txt")
    title = "M. TVLLI CICERONIS EPISTVLARVM AD FAMILIARES LIBER SEXTVS DECIMVS Ad Tironem"
    assert texts(root, "//t:body//t:head") == [title]
    assert texts(root, "//t:titleStmt/t:title") == [title]
    assert texts(root, "//t:sourceDesc//t:note[@type='page-title']") == [
        "Cicero: ad Familiares XVI"]
    assert texts(root, "//t:body//t:p") == [
        "Non queo ad te nec libet scribere, quo animo sim affectus. Vale."]
    assert [(i.line, i.code) for i in result.left_out] == [
        (1, "page-title"), (8, "navigation"), (14, "site-chrome")]


def test_a_colon_line_over_a_paragraph_is_no_page_title():
    text = ("Minutes: the board meeting\n\nThe board met on Monday and approved the "
            "minutes.\n\nThe meeting closed.\n")
    root, result = encode(text, "minutes.txt")
    assert not [i for i in result.left_out if i.code == "page-title"]
    assert "The board met on Monday and approved the minutes." in texts(root, "//t:body//t:p")


def test_a_page_in_a_div_keeps_its_headings_tables_header_and_signature():
    root, _ = encode(ACT_WIKI, "act.wiki")
    assert texts(root, "//t:titleStmt/t:title") == ["Распоряжение Президента РФ № 359-рп"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["2002-08-01"]
    assert texts(root, "//t:body//t:closer/t:signed") == [
        "Президент Российской Федерации В.Путин"]
    assert texts(root, "//t:body//t:div/t:head") == [
        "Распоряжение Президента РФ № 359-рп", "СПИСОК образовательных учреждений"]
    assert texts(root, "//t:body//t:table//t:cell") == [
        "Наименование учреждения", "Адрес учреждения", "Целинский детский дом",
        "Ростовская обл."]
    assert not xp(root, "//t:sp") and not xp(root, "//t:pb")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "{{" not in body and "ИСТОЧНИК" not in body and "width=" not in body
    assert xp(root, "//t:sourceDesc//t:ref/@target") == ["http://www.kremlin.ru/acts/bank/18447"]


def test_an_author_over_a_title_in_capitals_that_names_him_is_one_heading():
    root, _ = encode(_pliny(["1", "2"]), "pliny.txt")
    head = "Pliny the Younger C. PLINII CAECILII SECVNDI EPISTVLARVM LIBER DECIMVS"
    assert texts(root, "//t:body//t:head") == [head]
    assert texts(root, "//t:titleStmt/t:title") == [head]


def test_a_heading_printed_twice_is_no_author_over_a_title():
    root, _ = encode("Minutes\n\nMINUTES OF THE MEETING OF THE BOARD\n\nThe board met.\n",
                     "minutes.txt")
    assert texts(root, "//t:body//t:head")[0] == "Minutes"


# ---------------------------------------------------------------------- r23


def test_a_title_in_capitals_over_lines_apart_with_ocr_specks_is_one_heading():
    root, result = encode(_book("CERTAIN SYMPTOMS OF"))
    assert texts(root, "//t:titleStmt/t:title") == ["CERTAIN SYMPTOMS OF NERVOUS EXHAUSTION."]
    assert texts(root, "//t:body//t:head") == ["CERTAIN SYMPTOMS OF NERVOUS EXHAUSTION."]
    assert "/o," not in "".join(xp(root, "//t:body")[0].itertext())
    assert any(d.code == "ocr-noise" for d in result.diagnostics)


def test_a_scan_headers_sequence_number_is_the_page_breaks_facs():
    root, _ = encode(HEBREW)
    assert [(pb.get("n"), pb.get("facs")) for pb in xp(root, "//t:body//t:pb")] == [
        (None, "seq109")]
    root, _ = encode("## p. 10 (#21) ####################\n\nThe first words of the page, "
                     "and the rest of it.\n")
    assert [(pb.get("n"), pb.get("facs")) for pb in xp(root, "//t:body//t:pb")] == [
        ("10", "seq21")]


def test_a_newspaper_pages_masthead_headline_and_heads_without_blank_lines():
    root, result = encode(_newspaper())
    assert texts(root, "//t:titleStmt/t:title") == ["Editorials Mighty War Debt"]
    assert texts(root, "/t:TEI/t:text/t:body/t:div/t:head") == ["Editorials Mighty War Debt"]
    assert xp(root, "//t:creation/t:date/@when") == ["1916-04-29"]
    assert texts(root, "//t:sourceDesc/t:bibl[@type='source-lines']") == [
        "Vol. 26 SALT LAKE CITY, UTAH, APRIL 29, 1916 No. 20"]
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["MEN OF THE WEST"]
    assert "(Continued on page 14.)" in texts(root, "//t:body//t:p")
    body = "".join(xp(root, "//t:body")[0].itertext())
    assert "Mllll" not in body
    assert any(d.code == "ocr-noise" for d in result.diagnostics)


# ---------------------------------------------------------------------- r26


def test_a_heading_and_a_line_over_the_one_article_are_the_documents_not_chrome():
    """An edition page that sets its <h1> and the month above the one <article>, with no
    site header, menu or link around it: the heading is the text's and the title's, the
    month line is kept; no word is left out."""
    root, result = encode(WAR_DIARY.format(long=LONG), "diary.xhtml")
    assert texts(root, "//t:titleStmt/t:title") == ["War Diary – 12 Inf Bde"]
    assert texts(root, "//t:body/t:div/t:head") == ["War Diary – 12 Inf Bde"]
    assert "October 1914" in texts(root, "//t:body//t:date")
    assert not any("outside the page" in str(left) for left in result.left_out)


def test_a_heading_beside_a_site_menu_stays_chrome():
    """The same <h1> next to a link list is a site's header: left out as before."""
    page = WAR_DIARY.format(long=LONG).replace(
        "<p>October 1914</p>", '<p>October 1914</p><p><a href="/">Home</a></p>')
    root, _ = encode(page, "diary.xhtml")
    assert texts(root, "//t:titleStmt/t:title") != ["War Diary – 12 Inf Bde"]


def test_a_long_cell_without_a_header_row_is_still_layout():
    """No header row: a table with a long cell stays the page's layout (paragraphs)."""
    page = WAR_DIARY.format(long=LONG).replace('class="table_heading"', "")
    page = page.replace("Hour, Date, Place", "Oct 2nd 7pm").replace(
        "Summary of Events and Information", "Orders came at dusk.").replace(
        ">Remarks<", "><")
    root, _ = encode(page, "diary.xhtml")
    assert not xp(root, "//t:body//t:table")


# ---------------------------------------------------------------------- r28


def test_alternating_version_headings_are_sections_not_a_play():
    """The shape of aurelianware/hyrum-smith-liberty-jail-journal's facing-page PDF (CC BY-NC
    4.0; the 1839 text public domain), as Markdown headings."""
    root, result = encoded(VERSIONS_MD, "journal.md")
    assert not xp(root, "//t:sp") and not xp(root, "//t:particDesc")
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == [
        "Faithful Transcription", "Modernized Reading"] * 2
    assert "heading-turn" not in result.rules


# ---------------------------------------------------------------------- r29


def test_the_distributors_credit_line_goes_to_the_header():
    root, _ = encode(PANDOC_PLAIN, "letters.txt")
    assert "בן־יהודה" not in " ".join(texts(root, "//t:body"))
    assert texts(root, "//t:sourceDesc//t:note[@type='distributor']") == [
        "את הטקסט לעיל הפיקו מתנדבי פרויקט בן־יהודה באינטרנט. הוא זמין תמיד בכתובת "
        "הבאה:https://benyehuda.org/read/93"]


def test_a_heading_classed_author_is_the_author_not_a_section():
    page = AOZORA.replace('<div class="main_text">',
                          '<h2 class="author">正岡子規</h2>\n<div class="main_text">')
    root, _ = encode(page, "shiki.html")
    assert xp(root, "//t:body//t:div[t:head='正岡子規']") == []
    assert "正岡子規" not in " ".join(texts(root, "//t:body"))
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == ["正岡子規"]


# ---------------------------------------------------------------------- r30


def test_headed_articles_keep_the_level_of_their_headings():
    root, _ = encode(NEWS_PAGE.replace("## Application", "## Local News.\n\nThe mayor spoke."
                                       "\n\n## Application"), "page.md")
    assert [d.get("type") for d in xp(root, "//t:body/t:div/t:div")] == [
        "article", "section", "article", "article"]


def test_the_issue_line_under_the_masthead_dates_the_issue():
    for extra in ("", "Circulation Large.  \nAdvertising rates given.\n\n"
                      "**The Only Negro Daily in the World!**\n\n"):
        root, _ = encode(ISSUE.format(extra=extra), "issue.md")
        assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1897-11-15"]
        assert texts(root, "//t:profileDesc/t:creation/t:date") == ["November 15, 1897"]


def test_front_matter_with_an_indented_fence_and_a_commented_field():
    root, _ = encode(" ---\n#  citation: \"10 Feb 1882, The Long-Islander, p3.\"\n"
                     "pubdate:  \"1882-02-10\"\nvoltitle:  \"The Long-Islander\"\n"
                     "pages:  \"3\"\n---\n\nOn Monday evening one of the old residents "
                     "of Hempstead died.\n", "clip.md")
    assert texts(root, "//t:body//t:p") == [
        "On Monday evening one of the old residents of Hempstead died."]
    assert not xp(root, "//t:body//t:head")
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1882-02-10"]
    assert "citation" not in " ".join(texts(root, "//t:titleStmt/t:title"))


# ---------------------------------------------------------------------- r31


def test_the_small_print_header_of_an_early_etext_is_left_out_and_reported():
    """PG #6's header: everything to the Small Print's end line and the project's notes
    after it are the distributor's; the text starts at its own title, the release date is
    the e-text's (a field of the header), the title the banner's."""
    root, result = encode(OLD_HEADER +
                          "Give Me Liberty Or Give Me Death\n\n\n"
                          "No man thinks more highly than I do of the patriotism, as well as "
                          "abilities,\nof the very worthy gentlemen who have just addressed "
                          "the House.\n", "liberty.txt")
    body = " ".join(texts(root, "//t:text"))
    assert "Small Print" not in body and "Etext" not in body and "Welcome" not in body
    assert texts(root, "//t:body//t:head") == ["Give Me Liberty Or Give Me Death"]
    assert texts(root, "//t:titleStmt/t:title") == ["Give Me Liberty Or Give Me Death"]
    assert not xp(root, "//t:creation/t:date")            # 1975 is the etext's, not Henry's
    assert texts(root, "//t:sourceDesc//t:note[@type='etext-no']") == ["6"]
    assert texts(root, "//t:sourceDesc//t:note[@type='etext-release']") == ["December, 1975"]
    assert not xp(root, "//t:body//t:note")                # the licence's [1] [2]: no notes
    assert {item.code for item in result.left_out} == {"ebook-header"}
    kept = texts(root, "//t:sourceDesc//t:note[@type='ebook-boilerplate']")
    assert kept[0] == "**Welcome To The World of Free Plain Vanilla Electronic Texts**"
    assert "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*" in kept


def test_a_licence_after_the_texts_end_line_is_no_header():
    """A Small Print after "End of the Project Gutenberg Etext" (the licence at the end of a
    short text) leaves the text above it alone."""
    root, _ = encode("The Raven\n\nOnce upon a midnight dreary, while I pondered, weak and "
                     "weary.\n\nEnd of the Project Gutenberg Etext of The Raven\n\n"
                     + SMALL_PRINT, "raven.txt")
    assert "Once upon a midnight dreary, while I pondered, weak and weary." in \
        texts(root, "//t:body//t:p")


def test_the_modern_headers_author_lines_and_release_banner():
    """PG #18: "Author:" over three lines names three authors; the "Project Gutenberg 1.5
    release" line after START is the project's credit, not the title."""
    root, _ = encode("Title: The Federalist Papers\n\nAuthor: Alexander Hamilton\n"
                     "        John Jay\n        James Madison\n\n"
                     "*** START OF THIS PROJECT GUTENBERG EBOOK THE FEDERALIST PAPERS ***\n\n\n"
                     "         This is the Project Gutenberg 1.5 release of\n"
                     "                   The Federalist Papers\n\n\n"
                     "AFTER an unequivocal experience of the inefficacy of the subsisting "
                     "federal government, you are called upon to deliberate.\n", "fed.txt")
    assert texts(root, "//t:sourceDesc//t:note[@type='author']") == [
        "Alexander Hamilton", "John Jay", "James Madison"]
    assert "release" not in " ".join(texts(root, "//t:text"))


# ---------------------------------------------------------------------- r32


def test_unlabelled_cues_are_paragraphs_parted_at_a_pause():
    """No cue names a speaker: the cues run on, and a paragraph ends at a pause of two
    seconds or more after a sentence's end."""
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nIt was a dark night.\n\n"
           "2\n00:00:02,100 --> 00:00:04,000\nThe wind\n\n"
           "3\n00:00:04,100 --> 00:00:06,000\nblew hard.\n\n"
           "4\n00:00:09,000 --> 00:00:10,000\nMorning came.\n")
    root, _ = encode(srt, "film.srt")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:body//t:p") == ["It was a dark night. The wind blew hard.",
                                            "Morning came."]


def test_an_introduction_chapter_of_the_conversation_stays_in_the_body():
    text = ("---\ntitle: A Bug\n---\n## Introduction\n\n**Ann Lee:** Live from Utrecht.\n\n"
            "**Bo Chen:** Absolutely.\n\n**Ann Lee:** That sounds exotic.\n\n"
            "## Explanation of the bug\n\n**Bo Chen:** So the bug was in the wallet.\n\n"
            "**Ann Lee:** Right.\n")
    root, _ = encode(text, "episode.md")
    assert not xp(root, "//t:front")
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == [
        "Introduction", "Explanation of the bug"]
    assert texts(root, "//t:body//t:div[t:head='Introduction']/t:sp/t:speaker") == [
        "Ann Lee", "Bo Chen", "Ann Lee"]


def test_an_editors_introduction_before_the_text_stays_front_matter():
    text = ("## Introduction\n\nThis letter was found in 1901 among the family's papers.\n\n"
            "It is printed here for the first time.\n\n## The Letter\n\nDear Sir,\n\n"
            "I write to tell you that the harvest was good.\n\nYours faithfully,\n\nJohn Smith\n")
    root, _ = encode(text, "letter.md")
    assert texts(root, "//t:front/t:div/t:head") == ["Introduction"]


def test_the_title_with_its_subtitle_over_a_dialogue_is_no_speaker():
    text = ("---\ntitle: Drivechain\ndate: 2019-05-27\n---\n"
            "Drivechain: Una capa de interoperabilidad-2, descrita en términos de la red\n\n"
            "# Sobre mí\n\nBien, aquí hay algunas cosas sobre mí.\n\n"
            "P: ¿Qué tiene de especial la salida?\n\nR: Se identifica cuando se crea.\n\n"
            "P: ¿Cómo se identifica?\n\nR: Por la primera salida.\n")
    root, _ = encode(text, "drivechain.md")
    assert texts(root, "//t:sp/t:speaker") == ["P", "R", "P", "R"]
    assert texts(root, "//t:particDesc//t:persName") == ["P", "R"]
    assert texts(root, "//t:body/t:div/t:head[@type='sub']") == [
        "Drivechain: Una capa de interoperabilidad-2, descrita en términos de la red"]


def test_a_flattened_table_of_contents_of_the_pages_headings_is_left_out_and_reported():
    text = ("1 About Jan Novak 2 About the Interview 3 Interview 3.1 Childhood\n\n"
            "## About Jan Novak\n\nJan Novak was born in 1933.\n\n## About the Interview\n\n"
            "The interview was recorded in 2002.\n\n## Interview\n\n### Childhood\n\n"
            "Stone:\n\nWhere were you born?\n\nNovak:\n\nIn Prague.\n\nStone:\n\nAnd then?\n\n"
            "Novak:\n\nVienna.\n")
    root, result = encode(text, "ethw.md")
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "1 About Jan Novak 2" not in body
    assert [(x.line, x.code) for x in result.left_out] == [(1, "generated-contents")]
    assert texts(root, "//t:body//t:head")[:2] == ["About Jan Novak", "About the Interview"]


def test_numbered_lines_that_are_not_the_headings_stay():
    text = ("1 apple 2 pear 3 plum\n\n## Fruit\n\nWe ate them all.\n\n## Later\n\nNone left.\n")
    root, _ = encode(text, "list.md")
    assert "1 apple 2 pear 3 plum" in " ".join("".join(xp(root, "//t:body")[0].itertext()).split())


# ---------------------------------------------------------------------- r33


def test_pandoc_backslash_headings():
    """"## … letters\\" (Pandoc's line break at a heading's end) and "# \\" (a break alone,
    no title): no backslash in a heading, no empty section."""
    root, _ = encode("## March 8, 1874 Some funny letters\\\n written Dec 25 to Jan 21\n\n"
                     "# \\\n\nFirst Written Page of Letters\n", "tone.md")
    assert "\\" not in xp(root, "string(//t:body)")
    assert xp(root, "//t:head[1]/text()") == ["March 8, 1874 Some funny letters"]
    assert len(xp(root, "//t:body//t:head")) == 1
    assert "First Written Page of Letters" in xp(root, "string(//t:body)")


# ---------------------------------------------------------------------- r34


def test_a_paragraph_per_line_record_is_no_newspaper_page():
    """One paragraph a line, a year and "Nr." near the top: no masthead left out; the
    sitting's title and date stay in the text."""
    item = ("Item {n}. The Council considered the report of the Streets Committee on the "
            "repair of the roads in the eastern ward and resolved that the recommendations "
            "be adopted (Nr. {n}).")
    text = ("MINUTES OF THE TOWN COUNCIL\nMeeting held on Tuesday, 3 May 1923, at the Town "
            "Hall.\n" + "\n".join(item.format(n=n) for n in range(1, 65)) + "\n")
    root, report = encode(text, "minutes.txt")
    assert texts(root, "//t:body//t:head") == ["MINUTES OF THE TOWN COUNCIL"]
    assert texts(root, "//t:body//t:p")[0].startswith(
        "Meeting held on Tuesday, 3 May 1923, at the Town Hall.")
    assert "newspaper-masthead" not in str(report)


def test_contents_lines_with_column_references_are_a_list_and_beginn_a_stage():
    """Dot leaders before "17881 B" (page and column) are layout; the three entries and
    more are a list of contents under "Inhalt:"; "Beginn: 10.30 Uhr" is the sitting's
    time, a stage direction."""
    root, report = encode(
        "Plenarprotokoll 18/181\n\n181. Sitzung\n\nInhalt:\n\n"
        "Dr. Angela Merkel, Bundeskanzlerin . . . . . . .  17881 B\n\n"
        "Dr. Dietmar Bartsch (DIE LINKE) . . . . . . . . .  17884 D\n\n"
        "Geschäftliche Mitteilungen . 5643D, 5644A\n\n"
        "Zur Tagesordnung \t 5644B\n\n"
        "Beginn: 10.30 Uhr\n\n"
        "Präsident Dr. Norbert Lammert:\nNehmen Sie bitte Platz. Die Sitzung ist eröffnet.\n\n"
        "Dr. Angela Merkel, Bundeskanzlerin:\nHerr Präsident!\n\n"
        "Präsident Dr. Norbert Lammert:\nVielen Dank.\n", "protokoll.txt")
    assert texts(root, "//t:list[@type='contents']/t:head") == ["Inhalt:"]
    assert texts(root, "//t:list[@type='contents']/t:item") == [
        "Dr. Angela Merkel, Bundeskanzlerin 17881 B", "Dr. Dietmar Bartsch (DIE LINKE) 17884 D",
        "Geschäftliche Mitteilungen . 5643D, 5644A", "Zur Tagesordnung 5644B"]
    assert texts(root, "//t:body//t:stage") == ["Beginn: 10.30 Uhr"]
    assert "leaders" in str(report)


def test_a_heading_label_over_a_recurring_run_in_label_is_no_section():
    """Where the paragraph under the heading opens with a label the document's paragraphs
    open with again ("Marszałek: …"), that label's turn follows; the heading is kept as a
    paragraph (reported), not a section's heading."""
    root, report = encode(
        "# 20. posiedzenie\n\nMarszałek: Otwieram posiedzenie.\n\n"
        "#### Prezes Rady Ministrów Donald Tusk:\n\nDziękuję bardzo. Panie Marszałku!\n\n"
        "#### Poseł Jarosław Sachajko:\n\nPanie Marszałku! Wysoka Izbo!\n\n"
        "#### Prezes Rady Ministrów Donald Tusk:\n\nMarszałek: Proszę o spokój.\n\n"
        "#### Poseł Jarosław Sachajko:\n\nFundusz stabilizacji - nie ma.\n", "sejm.md")
    assert texts(root, "//t:body//t:speaker") == [
        "Marszałek", "Prezes Rady Ministrów Donald Tusk", "Poseł Jarosław Sachajko",
        "Marszałek", "Poseł Jarosław Sachajko"]
    assert "Prezes Rady Ministrów Donald Tusk:" in texts(root, "//t:body//t:p")
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert "empty-turn" in str(report)


# ---------------------------------------------------------------------- r35


def test_a_paragraph_of_sentences_over_a_rule_is_no_setext_heading():
    root, result = encode(JOURNAL, "1839-04-02.md")
    assert texts(root, "//t:body//t:head") == [
        "April 1839 – Prison Entries", "Faithful Transcription", "Modernized Transcription"]
    assert ("This day, the second of April, the guard went away early. We ate at noon and "
            "the jailer brought water.") in texts(root, "//t:body//t:p")
    assert any(o.code == "format-markup" and o.text == "---" for o in result.left_out)


# ---------------------------------------------------------------------- left8


def test_annex_headings():
    assert annex_head("ANEXO I") == "I"
    assert annex_head("Allegato A") == "A"
    assert annex_head("Załącznik nr 2 do rozporządzenia Ministra") == "2"
    assert annex_head("Příloha č. 1") == "1"
    assert annex_head("ПРИЛОЖЕНИЕ") == ""
    assert annex_head("Annex to the letter of the Minister of 3 May") is None
    assert annex_head("Anexos y documentos") is None
    assert annex_head("Annex 2. The committee met. The members agreed.") is None


# ---------------------------------------------------------------------- left9


def test_a_treaty_printed_in_two_languages_is_two_versions():
    """REPORT30 F12 (slavery-convention-1926-en-nl): the English text and its articles, then
    the Dutch title, nested by its deeper '####' under the last English article, and the
    Dutch articles: two <div type="version"> with @xml:lang, both languages in langUsage."""
    parts = ["# Slavery Convention\n", "####SLAVERY CONVENTION.\n", EN * 3]
    parts += [f"###Article {n}\n\n{EN * 2}\n" for n in range(1, 5)]
    parts += ["####VERDRAG INZAKE DE SLAVERNIJ.\n", NL * 3]
    parts += [f"###Artikel {n}\n\n{NL * 2}\n" for n in range(1, 5)]
    root, _ = encode("\n".join(parts), "treaty.md")
    versions = xp(root, "//t:div[@type='version']")
    assert [v.get("{http://www.w3.org/XML/1998/namespace}lang") for v in versions] == ["en", "nl"]
    assert texts(versions[1], "t:div/t:head") == [
        "VERDRAG INZAKE DE SLAVERNIJ.", "Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4"]
    assert "Artikel 1" not in texts(versions[0], ".//t:head")
    assert xp(root, "//t:langUsage/t:language/@ident") == ["en", "nl"]


def test_a_text_in_one_language_has_no_versions():
    parts = ["# A Convention\n"] + [f"###Article {n}\n\n{EN * 3}\n" for n in range(1, 9)]
    root, _ = encode("\n".join(parts), "treaty.md")
    assert not xp(root, "//t:div[@type='version']")


# ---------------------------------------------------------------------- left10


def test_examination_heading_attributes_q_and_a():
    root, result = encode(EXAM)
    assert xp(root, "//t:sp/@who") == ["#mr-erskine", "#john-smith", "#mr-erskine",
                                       "#john-smith", "#mr-garrow", "#john-smith"]
    assert texts(root, "//t:sp/t:speaker") == ["Q", "A"] * 3
    assert texts(root, "//t:particDesc//t:persName") == ["Mr. Erskine", "JOHN SMITH",
                                                         "MR. GARROW"]
    assert "examination-turns" in result.rules


def test_q_and_a_without_a_naming_heading_unchanged():
    root, result = encode("Press briefing\n\nQ. What about the budget?\n\nA. We will see.\n\n"
                          "Q. And the vote?\n\nA. Next week.\n")
    assert xp(root, "//t:sp/@who") == ["#q", "#a", "#q", "#a"]
    assert "examination-turns" not in result.rules


# ---------------------------------------------------------------------- round15


def test_the_page_headers_heading_that_is_the_pages_title_is_kept():
    """A student edition's gallery of John Albert Nilsson's tune book (Hjortshög 1895): the
    work's name is only in <title> and <header><h1>; the <h2> names the site's section.
    The heading is the text's first, and the title; the menu is still left out."""
    root, result = encode(NILSSON, "galleri.html")
    assert texts(root, "//t:titleStmt/t:title") == ["John Albert Nilssons nothäfte"]
    assert texts(root, "//t:body//t:head")[:2] == ["John Albert Nilssons nothäfte", "GALLERI"]
    assert any("Hem" in item.text for item in result.left_out)


def test_a_page_header_is_left_out_when_the_content_has_its_own_title():
    root, result = encode(NILSSON.replace("<h2> GALLERI </h2>", "<h1>Galleri</h1>"),
                          "galleri.html")
    assert "John Albert Nilssons nothäfte" not in texts(root, "//t:body//t:head")
    assert any("Nilssons" in item.text for item in result.left_out)


def test_an_editors_introduction_is_the_texts_front_not_its_title():
    """The Diary of Louisa H. A. Minor (UVA, Markdown from TEI): the front matter's title
    is empty, and "# THEMES" heads the modern editor's introduction before the diary."""
    root, _ = encode(MINOR, "minor.md")
    assert texts(root, "//t:titleStmt/t:title") == ["September 1st 1855 Commencing this Journal"]
    assert texts(root, "//t:front/t:div[@type='introduction']/t:head") == ["THEMES"]
    assert texts(root, "//t:body/t:div/t:head")[0] == "September 1st 1855 Commencing this Journal"


# ---------------------------------------------------------------------- round16_letters


def test_the_editions_source_block_goes_to_the_header():
    """Anexo 18 (AGNC, juicios criminales 64): "Fuente:" (wrapped over two lines),
    "Lugar:", "Fecha:" between the heading and the transcription."""
    root, result = encode("Anexo 18. Petición de indulto de Eugenio Poveda (1783)\n\n"
                          "Fuente: AGNC, sección colonia, juicios criminales, tomo 64, doc. 18, "
                          "f.\n369r-v.\n\nLugar: Socorro\n\nFecha: 8 de marzo de 1783\n\n"
                          "> Señor Alcalde Ordinario mas antiguo\n>\n> Eugenio Pobeda vecino de "
                          "esta villa, preso en esta Real Carcel, digo: que se me declare "
                          "incluso en el indulto.\n>\n> Eugenio Pobeda\n", "anexo18.md")
    assert xp(root, "//t:sourceDesc/t:msDesc/t:msIdentifier/t:repository/text()") == ["AGNC"]
    assert xp(root, "//t:msIdentifier/t:idno/text()") == [
        "sección colonia, juicios criminales, tomo 64, doc. 18, f. 369r-v."]
    assert xp(root, "//t:creation/t:placeName/text()") == ["Socorro"]
    assert _created_round16_letters(root) == "1783-03-08"
    body = " ".join(texts(root, "//t:body"))
    assert "Fuente" not in body and "Lugar" not in body and "Fecha" not in body
    assert {x["code"] for x in result.report()["left_out"]} >= {"source-block"}
    assert texts(root, "//t:opener/t:salute") == ["Señor Alcalde Ordinario mas antiguo"]


# ---------------------------------------------------------------------- round17


def test_an_editions_banner_over_the_letters_own_heading_is_no_title():
    """The Voltaire pages of an École des chartes XSLT edition (scout round 17, F8): the
    edition's <h1>/<h2> and author line over the letter's own <h3>."""
    root, result = encode(VOLTAIRE, "lettre-v.html")
    assert xp(root, "//t:titleStmt/t:title[1]/text()") == ["Lettre V de Mr. de Voltaire"]
    assert texts(root, "//t:body//t:head") == ["Lettre V de Mr. de Voltaire"]
    assert not xp(root, "//t:body//t:div[@type='section']")
    assert "site-banner" in result.rules
    assert any("Édition en ligne" in value for value in xp(root, "//t:sourceDesc//text()"))


def test_word_soft_breaks_stay_lines_and_an_act_heading_after_one_is_a_heading(tmp_path):
    """Celtis's Ludus Dianae in TransLatin's Word file (F6): a stanza a paragraph, its
    verses parted by soft breaks (some were joined with spaces), and "ACTUS II." on the
    stanza's last soft line."""
    src = tmp_path / "ludus.docx"
    src.write_bytes(_docx([
        "Ludus Dianae",
        "Haec Maximo regi est datura Aemilio: // Arcum, pharetram, cuspidas, rete et canes "
        "// Sibi offerens venationum insignia // Victam que se dicet per egregium virum // "
        "Venationis omnis expertissimum.",
        "Dedicat hanc genio Caesar cum coniuge noctem, // O nox perpetuo carmine digna coli! "
        "// ACTUS II.",
        "SILVANUS comitatus Baccho, Faunis et Satyris regem alloquitur:"]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    assert [len(xp(p, "t:lb")) for p in xp(root, "//t:body//t:p")][:2] == [4, 1]
    assert texts(root, "//t:body//t:div[@type='section']/t:head") == ["ACTUS II."]
    assert xp(root, "//t:body//t:p[2]/text()") == ["Dedicat hanc genio Caesar cum coniuge "
                                                   "noctem,", "O nox perpetuo carmine digna coli!"]
    assert {"kept-line-breaks", "act-heading"} <= set(result.rules)


def test_a_transcriptions_part_marks_are_left_out_and_its_front_is_the_title(tmp_path):
    """TransLatin's Henno in Word (F7): "/front/", the title page's lines, "/main/"; the
    Huygens Institute's pipeline marks (as Suriano's "/START LETTER/")."""
    src = tmp_path / "henno.docx"
    src.write_bytes(_docx(["/front/", "Joannis Reuchlin Phorcensis", "Scaenica Progymnasmata",
                           "Hoc est", "Ludicra praeexercitamenta", "/main/", "PROLOGUS",
                           "Novus poeta sentiens actoribus spatium deesse temporis.", "/back/"]))
    result = encode_file(src, edition=Edition())
    root = etree.fromstring(result.data)
    body = " ".join(xp(root, "//t:text//text()"))
    assert "/front/" not in body and "/main/" not in body and "/back/" not in body
    assert "Scaenica Progymnasmata" in xp(root, "//t:titleStmt/t:title[1]/text()")[0]
    assert {"part-mark", "front-title"} <= set(result.rules)


# ---------------------------------------------------------------------- round17b


def test_a_title_page_is_no_dialogue():
    """Sterne, Tristram Shandy vol. I (1760) set line by line (round 15): the title page's
    "THE" / "LIFE" / "AND" … and the half title's "THE" / "LIFE and OPINIONS" were a
    speaker THE, and "VOL. I." a speaker VOL; a play's labels at a line's start stay."""
    root, _ = encode("THE\nLIFE\nAND\nOPINIONS\nOF\nTRISTRAM SHANDY,\nGentleman.\n\n"
                     "VOL. I.\nThe Second Edition.\nLONDON:\nPrinted for R. and J. Dodsley.\n\n"
                     "SIR,\n\nNever poor Wight of a Dedicator had less hopes from his "
                     "Dedication.\n\nTHE\nLIFE and OPINIONS\nOF\nTRISTRAM SHANDY, Gent.\n\n"
                     "I Wish either my father or my mother had minded what they were about.\n")
    assert not xp(root, "//t:sp")
    assert "TRISTRAM SHANDY, Gent." in texts(root, "//t:body//t:p")[-2]
    root, _ = encode("ACT I\n\nBERNARDO\nWho's there?\n\nFRANCISCO\nNay, answer me: stand, "
                     "and unfold yourself.\n\nBERNARDO\nLong live the king!\n\nFRANCISCO\n"
                     "Bernardo?\n\nBERNARDO\nHe.\n")
    assert len(xp(root, "//t:sp")) == 5


def test_an_ocr_noise_line_is_never_the_title():
    """Quintana, Vidas de españoles célebres (1845), the Biblioteca Nacional de España's OCR
    (round 16): the stain read as "4:J~ --{;- tiJ." over the title page was the title; it
    is kept as text and reported, and the text is titled otherwise."""
    root, result = encode("4:J~ --{;- tiJ.\n\n47- 1--\n\nVIDAS\n\nESPAÑOLES CÉLEBRES\n\n"
                          "Las vidas de los hombres célebres son de todos los géneros de "
                          "historia el mas agradable de leerse.\n", "vidas.txt")
    assert "4:J~" not in " ".join(texts(root, "//t:titleStmt/t:title | //t:body//t:head"))
    assert texts(root, "//t:body//t:p")[0] == "4:J~ --{;- tiJ."
    assert [d.code for d in result.diagnostics].count("ocr-noise") == 1


# ---------------------------------------------------------------------- round18


def test_series_line_is_no_title_and_the_opening_time_no_heading():
    """The Diari's series line "XI legislatura · període intermedi · sèrie P · número 6" is
    the source's citation; Galician "Ábrese a sesión ás dez e cinco minutos da mañá" a
    stage direction, not the document's heading."""
    root, _ = encode("XI legislatura · període intermedi · sèrie P · número 6\n\nPle del "
                     "Parlament\n\nSessió 5, dijous 7 de gener de 2016\n\nLa sessió comença amb "
                     "el procediment per a elegir els senadors.\n")
    assert texts(root, "//t:titleStmt/t:title") == ["Ple del Parlament"]
    assert "número 6" in " ".join(texts(root, "//t:sourceDesc/t:bibl"))
    root, _ = encode("Ábrese a sesión ás dez e cinco minutos da mañá\n\nO señor PRESIDENTE: "
                     "Ábrese a sesión.\n\nA señora SECRETARIA: Grazas.\n\nRemata a sesión ás "
                     "dez e vinte minutos da mañá\n")
    assert xp(root, "//t:body//t:head") == []
    assert texts(root, "//t:stage") == ["Ábrese a sesión ás dez e cinco minutos da mañá",
                                        "Remata a sesión ás dez e vinte minutos da mañá"]


# ---------------------------------------------------------------------- round20


def test_a_broadsides_descriptive_title_is_its_heading():
    """An execution broadside (NLS, F1): a one-sentence title over seven lines, hyphenated,
    over the source line and the report."""
    root, _ = encode("A particular account of the Execution\n"
                     "of Hannah Halley, at Derby, on Mon-\n"
                     "day last, March, 26, 1822, for the murder of her infant.\n\n"
                     "Extracted from the London Courier of the 29th March 1822.\n\n"
                     "LAST Friday, (22d instant,) Hannah Halley was tried before\n"
                     "Mr Justice Best for the wilful murder of her infant child.\n")
    head = "A particular account of the Execution of Hannah Halley, at Derby, on Monday " \
        "last, March, 26, 1822, for the murder of her infant."
    assert texts(root, "//t:body//t:head") == [head]
    assert texts(root, "//t:titleStmt/t:title[1]") == [head]


def test_a_descriptive_title_under_a_short_heading_is_part_of_it():
    """"EXECUTION." over "A Particular Account of the Execution of John Baird and Andrew
    Hardie, …" (NLS, F1): the date inside the title is no dateline."""
    root, _ = encode("EXECUTION.\n\n\n"
                     "A Particular Account of the Execution of John Baird and Andrew\n"
                     "Hardie, who were Hanged and Beheaded at Stirling, on Friday the\n"
                     "8th day of September, 1820, convicted of High Treason.\n\n"
                     "STIRLING, 8TH SEPTEMBER, 1820.\n\n"
                     "This day, at one o'clock, the Sheriff went in procession.\n")
    assert "Execution of John Baird and Andrew Hardie" in texts(root, "//t:titleStmt/t:title[1]")[0]
    assert texts(root, "//t:opener/t:dateline") == ["STIRLING, 8TH SEPTEMBER, 1820."]
    assert not xp(root, "//t:seg[@type='address']")


def test_a_centred_html_title_page_in_markdown():
    """The 1936 report's online edition (Binkley, Manual on Methods of Reproducing Research
    Materials; F7, F9): a centred <div> with <br/> lines and Liquid page breaks."""
    root, _ = encode("---\nlayout: narrative\n---\n\n<div style=\"text-align: center\">\n"
                     " {% include pagebreak.html canvas=1 insert=true %} \n"
                     "MANUAL ON METHODS<br/>\nOF<br/>\nREPRODUCING RESEARCH<br/>\n"
                     "MATERIALS<br/>\n<br/>\nBy<br/>\n<br/>\nROBERT C. BINKLEY<br/>\n</div>\n\n"
                     "## TABLE OF CONTENTS\n\nForeword\n", "manual.md")
    title = "MANUAL ON METHODS OF REPRODUCING RESEARCH MATERIALS"
    assert texts(root, "//t:titleStmt/t:title[1]") == [title]
    assert texts(root, "//t:body//t:head")[0] == title
    assert "{%" not in "".join(xp(root, "//t:text")[0].itertext())
    assert len(xp(root, "//t:body//t:pb")) == 1


# ---------------------------------------------------------------------- band18


def test_a_yaml_metadata_block_under_the_heading():
    """Hyrum Smith's Liberty Jail journal (corpus4): a page exported under its heading and
    a thumbnail, then its record's fields between "---" lines (image_working_ref,
    provenance, tags); Pandoc reads such a block anywhere in the text, and pages of a
    Jekyll or Hugo site joined into one file carry one each. Out of the text, its fields in
    the header; the heading over it stays the title. A rule with one line under it is
    never fields."""
    root, _ = encode("## April 1839 – Liberty Jail Entries\n\n---\ntitle: \"Hyrum Smith "
                     "Journal\"\ndate: 1839-04-01\nimage_working_ref: \"../images/a.jpg\"\n"
                     "provenance: \"Church History Library\"\n# Editorial Method: diplomatic\n"
                     "---\n\n### Transcription\n\nthis morning Lord I say I slept last night\n\n"
                     "---\nNote: the leaf is torn\n---\n\nthe guard quite still\n", "doc.md")
    body = "".join(root.find(f".//{TEI_BAND18}body").itertext())
    assert "image_working_ref" not in body and "provenance" not in body
    assert "Note: the leaf is torn" in body
    assert texts(root, "//t:titleStmt/t:title")[0] == "April 1839 – Liberty Jail Entries"
    assert xp(root, "//t:sourceDesc//t:note[@type='provenance']")
    assert xp(root, "//t:creation/t:date/@when") == ["1839-04-01"]


# ---------------------------------------------------------------------- low18


# ---------------------------------------------------------------------- formats18


def test_a_real_odt_poem_keeps_its_lines_notes_emphasis_and_title(tmp_path):
    """Rimbaud's "Le dormeur du val" (1870) as odfdo's sample dormeur_notes.odt, written by
    LibreOffice: a heading with a footnote and struck-through and italic words, stanzas
    with line breaks, a footnote with a link, an endnote, a comment on the signature."""
    root, result = encoded_bytes(tmp_path, "dormeur.odt",
                                 (FIXTURES_FORMATS18 / "rimbaud-dormeur-du-val.odt").read_bytes())
    assert texts(root, "//t:titleStmt/t:title") == ["Le dormeur du val"]
    assert texts(root, "//t:body//t:head/t:note") == ["Note dormeur"]
    assert "".join(xp(root, "//t:body//t:head/text()")) == " dormeur du "
    assert xp(root, "//t:head/t:hi[@rend='strikethrough']")[0].text == "Le"
    assert [n.get("n") for n in xp(root, "//t:body//t:note")] == ["1", "2", "3"]
    assert texts(root, "//t:note[@n='3']") == ["End note"]
    assert xp(root, "//t:note[@n='2']/t:ref/@target") == ["https://test.example.com/"]
    assert len(xp(root, "//t:body//t:lb")) >= 9             # the verse's lines
    assert xp(root, "//t:hi[@rend='bold']")[0].text == "fière"
    report = reported(result)
    assert "Second comment" in report                           # the comment: reported
    assert "Second comment" not in "".join(xp(root, "//t:body")[0].itertext())


def test_odt_headings_lists_tables_spaces_and_soft_page_breaks():
    """A transcription's heading by outline level, a numbered list, a table with a header
    row and a span, text:s spaces; a soft page break (the editor's layout) is no page."""
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number '
              'text:level="1" style:num-format="1"/></text:list-style>')
    body = ('<text:h text:outline-level="2">Minutes of the meeting</text:h>'
            '<text:p>Present:<text:s text:c="3"/>the Chairman and<text:tab/>the '
            'Secretary.</text:p><text:soft-page-break/>'
            '<text:list text:style-name="L1"><text:list-item><text:p>Roll call'
            '</text:p></text:list-item><text:list-item><text:p>Treasurer\'s report'
            '</text:p></text:list-item></text:list>'
            '<table:table><table:table-header-rows><table:table-row><table:table-cell>'
            '<text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Sum</text:p>'
            '</table:table-cell></table:table-row></table:table-header-rows>'
            '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>'
            'Carried over</text:p></table:table-cell><table:covered-table-cell/>'
            '</table:table-row></table:table>')
    root, _ = encode(fodt(body, styles), "minutes.fodt")
    assert texts(root, "//t:body//t:head") == ["Minutes of the meeting"]
    assert not xp(root, "//t:body//t:pb")
    body_text = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "1. Roll call" in body_text and "2. Treasurer's report" in body_text
    assert "Present: the Chairman and the Secretary." in body_text
    assert xp(root, "//t:table/t:row[1]/@role") == ["label"]
    assert xp(root, "//t:table/t:row[2]/t:cell/@cols") == ["2"]


def test_wikisource_header_goes_to_the_header_and_its_notes_stay_text():
    root, _ = encode(WS_CHAPTER, "federalist-1.wiki")
    assert texts(root, "//t:titleStmt/t:title") == ["General Introduction"] or \
        "The Federalist Papers" in " ".join(texts(root, "//t:teiHeader"))
    header = " ".join(texts(root, "//t:sourceDesc"))
    assert "Alexander Hamilton" in header
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "First published in the Independent Journal." in body
    assert "Preface" not in body and "{{" not in body and "[[" not in body


# ---------------------------------------------------------------------- leftovers14


# ---------------------------------------------------------------------- leftovers_round13


def test_first_line_heading_without_space_and_a_label_heading_over_the_title():
    """The same file opens "#Text transcriptions" over "## **Sample 1**" and the paper's
    own heading: the first is a heading, and the title is the paper's."""
    root, _ = encode(DEPECHE, "depeche.md")
    assert texts(root, "//t:body//t:head")[0] == "Text transcriptions"
    assert texts(root, "//t:titleStmt/t:title") == [
        "La Dépêche : journal quotidien (04 avril 1875)"]


# ---------------------------------------------------------------------- dates_round11


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


# ---------------------------------------------------------------------- mail_round12


def test_a_mail_header_is_a_list_of_fields_with_title_and_two_digit_year_date():
    """Torvalds' comp.os.minix post (Usenet, 1991): RFC 822 header, "91" is 1991."""
    root, _ = encode("Path: gmdzi!unido!klaava!torvalds\nFrom: torvalds@klaava.Helsinki.FI "
                     "(Linus Benedict Torvalds)\nNewsgroups: comp.os.minix\nSubject: What "
                     "would you like to see most in minix?\nDate: 25 Aug 91 20:57:08 GMT\n\n"
                     "Hello everybody out there using minix.\n\nLinus\n")
    assert texts(root, "//t:body//t:list[@type='fields']/t:item")[3].startswith("Subject:")
    assert texts(root, "//t:titleStmt/t:title") == ["What would you like to see most in minix?"]
    assert root.xpath("//t:creation/t:date/@when", namespaces={
        "t": "http://www.tei-c.org/ns/1.0"}) == ["1991-08-25"]


# ---------------------------------------------------------------------- news_round13


def test_a_masthead_line_is_no_address_and_no_paragraph_number():
    """La Dépêche, 19 August 1944 (Gallica OCR): the volume year and issue number, and the
    price, stand over the issue's date."""
    root, _ = encode("LA DÉPÊCHE\n\n1 fr. 50\n\n75. ANNEE. — No 27.687\n\nSamedi 19 août 1944\n\n"
                     "LES GRIEFS DE ROME\n\nBerne, 18 août. — Le Saint Galler Tagblatt apprend "
                     "de Rome la nouvelle.\n")
    assert texts(root, "//t:opener/t:seg[@type='masthead']") == ["1 fr. 50",
                                                                 "75. ANNEE. — No 27.687"]
    assert xp(root, "//t:seg[@type='address']") == []
    root, _ = encode("LA DÉPÊCHE\n\nJOURNAL DE LA DÉMOCRATIE\n\n75. ANNEE. — No 27.687\n\n"
                     "Les troupes alliées ont avancé hier sur tout le front de Normandie.\n")
    assert xp(root, "//t:p/@n") == []


# ---------------------------------------------------------------------- pages_round11


def test_a_wikisource_header_is_the_texts_not_chrome():
    """Chinese Wikisource, 夢溪筆談 saved from the browser (wikisource-zh-mengxi-bitan-index):
    the header container (marked noprint, ws-noexport) holds the title, the author and the
    editors' preface; the Download indicator, the sister-project links and the licence
    icon are not the text, the licence goes to the header."""
    root, _ = encode(WIKISOURCE, "ws.html")
    assert texts(root, "//t:titleStmt/t:title") == ["夢溪筆談"]
    body = " ".join(texts(root, "//t:body"))
    assert "等謹案《夢溪筆談》二十六卷" in body and "沈括" in body
    assert "Download" not in body and "百科" not in body
    assert not xp(root, "//t:body//t:pb")
    assert "公有领域" not in body
    assert "公有领域" in " ".join(texts(root, "//t:sourceDesc"))


def test_a_title_block_under_a_capitals_line_is_no_list():
    """Polona, Deklaracya of 1766 (polona-deklaracya-krola-pruskiego-pl): the print's title
    over its subtitle, under a shelfmark; and a typed letter's addressee block."""
    root, _ = encode("S=7195.\n\nDEKLARACYA\nJmieniem KROLA JMci Pruſkiego przez Jego\n"
                     "Miniſtra pełnomocnego, Zkonfederowaney\nRzeczypospolitey na Seymie "
                     "Roku 1766.\nuczyniona.\n\nSEym przeſzły Konwokacyonalny Roku 1764. "
                     "uſtanowiwſzy Kommiſſye Skarbowe.\n")
    assert not xp(root, "//t:list")
    assert texts(root, "//t:titleStmt/t:title") == ["DEKLARACYA"]
    assert texts(root, "//t:note[@type='source']") == ["S=7195."]
    root, _ = encode("SEKRETARIAT KOMITETU CENTRALNEGO PZPR\nw/m.\n\n"
                     "Prosimy o pozytywne ustosunkowanie się do naszego wniosku.\n")
    assert not xp(root, "//t:list")


# ---------------------------------------------------------------------- titles_round13


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


# ---------------------------------------------------------------------- turns_round9


def test_section_headings_used_once_stay_sections():
    """The counter-case: a report's subheadings, each once, are no speakers."""
    root, _ = encode("# Report\n\n#### Background\nThe committee met.\n\n"
                     "#### Findings\nIt found nothing.\n\n#### Summary\nNothing more.\n",
                     "report.md")
    assert not xp(root, "//t:sp")
    assert texts(root, "//t:div/t:head")[-3:] == ["Background", "Findings", "Summary"]


# ---------------------------------------------------------------------- web_round13


def test_a_site_title_template_with_an_empty_slot_is_no_title():
    """Mark Twain Project letters: every page's <title> is "Mark Twain Project :: Letters ::
    : an electronic text" (the letter's own part empty); the letter's head gives the title."""
    root, _ = encode('<html><head><title>Mark Twain Project :: Letters ::  : an electronic '
                     'text</title></head><body>\n<h2>Daniel C. French to Samuel L. Clemens</h2>'
                     '\n<p>My dear Mr. Clemens</p>\n<p>I am very desirous of obtaining an '
                     'autograph of yours.</p>\n</body></html>\n', "french.html")
    assert texts(root, "//t:titleStmt/t:title") == ["Daniel C. French to Samuel L. Clemens"]
    assert "Mark Twain Project" not in " ".join(texts(root, "//t:text"))


# ---------------------------------------------------------------------- low_scores


def test_question_number_under_a_title_in_capitals_is_part_of_the_title():
    """A South African National Assembly written reply (2013), as a PDF's text: the title
    in capitals centred over an empty table row "| |", the question's number under it."""
    root, _ = encode("\n                 PARLIAMENT OF THE REPUBLIC OF SOUTH AFRICA\n"
                     "                              NATIONAL ASSEMBLY\n | |\n"
                     "                              FOR WRITTEN REPLY\n\n\nQUESTION NO: 2048\n\n"
                     "Mr J Selfe (DA) to ask the Minister of Correctional Services:\n\n"
                     "How many officials have been investigated?\n")
    head = "PARLIAMENT OF THE REPUBLIC OF SOUTH AFRICA NATIONAL ASSEMBLY FOR WRITTEN REPLY " \
           "QUESTION NO: 2048"
    assert texts(root, "//t:body//t:head") == [head]
    assert texts(root, "//t:titleStmt/t:title") == [head]
    assert texts(root, "//t:body//t:p")[0].startswith("Mr J Selfe")


def test_site_masthead_inside_the_content_is_no_title():
    """Scholarly Editing's edition of Cranch's journal (2014): the journal's masthead sits
    in the content area over the edition's own heading."""
    page = ("<html><head><title>Scholarly Editing: The Annual of the Association for "
            "Documentary Editing</title></head><body><div id=\"content\">"
            "<div class=\"masthead\"><h1><a href=\"http://www.scholarlyediting.org/\">"
            "<span>Scholarly Editing</span></a></h1><h4>The Annual of the Association for "
            "Documentary Editing</h4><h5>2014, Volume 35</h5></div>"
            "<div class=\"editionHeader\"><h1 class=\"editionTitle\">Journal. 1839</h1></div>"
            "<p>I begin this day a Journal. I think I shall find it highly useful.</p>"
            "</div></body></html>")
    root, _ = encode(page, "cranch.html")
    assert texts(root, "//t:titleStmt/t:title") == ["Journal. 1839"]
    assert texts(root, "//t:body//t:head") == ["Journal. 1839"]
    assert texts(root, "//t:sourceDesc//t:note[@type='site-masthead']") == [
        "Scholarly Editing / The Annual of the Association for Documentary Editing / "
        "2014, Volume 35"]


# ---------------------------------------------------------------------- one shape
# The cases of one shape, in a table: a source (and its file name) encoded, and the
# queries whose answers it must give (texts(): the elements' words; xp(): the nodes).
ENCODED = [
    # (r23)
    # Without OCR's specks there is no evidence of a title page read by OCR: the lines are
    # the text's own (a memo's "MEMORANDUM" / "SECRET").
    pytest.param(("MEMORANDUM\n\nSECRET\n\nThe meeting was held in the office of the "
        "director and lasted two hours.\n",), [
        ("texts", "//t:body//t:head", ["MEMORANDUM"]),
    ], id="capital_lines_apart_without_specks_are_left_to_the_title_rules"),
    # (r23)
    pytest.param((HEBREW,), [
        ("texts", "//t:titleStmt/t:title", ["הוספות"]),
        ("texts", "//t:body//t:head", ["הוספות"]),
    ], id="a_first_line_heading_in_a_script_without_capitals_is_the_title"),
    # (r30)
    pytest.param(("# Page One\n\nThe front page of the paper, with its news.\n\n"
        "# Page Three\n\nThe page with the pin-up.\n", "essay.md"), [
        ("xp", "//t:body//t:pb", []),
    ], id="a_page_heading_in_words_alone_stays_a_heading"),
    # (r30)
    pytest.param((" ---\n\nA paragraph: with a colon.\n\nAnother one.\n", "rule.md"), [
        ("texts", "//t:body", ["A paragraph: with a colon. Another one."]),
    ], id="an_indented_rule_over_text_stays_a_rule"),
    # (r31)
    # The Federalist No. 1 (PG #18): the series' number is the heading, the title-cased
    # line under it the subtitle (in the title too), the paper it was written for and the
    # author's name in capitals bylines, never an address.
    pytest.param(("FEDERALIST. No. 1\n\n\nGeneral Introduction\n\n"
        "For the Independent Journal.\n\n\n\nHAMILTON\n\n\n"
        "To the People of the State of New York:\n\n"
        "AFTER an unequivocal experience of the inefficacy of the subsisting "
        "federal\ngovernment, you are called upon to deliberate.\n\nPUBLIUS.\n", "fed1.txt"), [
        ("texts", "//t:body//t:head", ["FEDERALIST. No. 1", "General Introduction"]),
        ("xp", "//t:body//t:head[2]/@type", ["sub"]),
        ("texts", "//t:opener/t:seg[@type='byline']", [
            "For the Independent Journal.", "HAMILTON"]),
        ("xp", "//t:seg[@type='address']", []),
        ("texts", "//t:opener/t:salute", ["To the People of the State of New York:"]),
        ("texts", "//t:titleStmt/t:title", ["FEDERALIST. No. 1: General Introduction"]),
    ], id="an_essays_number_subtitle_paper_and_author_over_its_salutation"),
    # (r31)
    # PG #3: "JFK's Inaugural Address, January 20, 1961, 12:11 EST" names the speech and
    # dates it; the speech's title is no place of a dateline.
    pytest.param(("JFK's Inaugural Address, January 20, 1961, 12:11 EST\n\n\n"
        "We observe today not a victory of party but a celebration of freedom.\n", "jfk.txt"), [
        ("xp", "//t:placeName", []),
        ("texts", "//t:body//t:head", [
            "JFK's Inaugural Address, January 20, 1961, 12:11 EST"]),
        ("xp", "//t:creation/t:date/@when", ["1961-01-20"]),
    ], id="a_speechs_title_before_its_date_is_no_place"),
    # (r34)
    pytest.param((
        "Prices\n\nApples  12\n\nPears  14\n\nThe market closed early.\n",
        "prices.txt"), [
        ("xp", "//t:list[@type='contents']", []),
    ], id="two_lines_ending_in_numbers_are_no_contents"),
    # (r34)
    # "#### Prezes Rady Ministrów Donald Tusk:" over "Słuchajcie: kiedyś …" ("Listen:
    # …"): Tusk's turn, the word no run-in label; no section heading.
    pytest.param(("# 20. posiedzenie\n\n#### Prezes Rady Ministrów Donald Tusk:\n\n"
        "Dziękuję bardzo. Panie Marszałku!\n\n#### Poseł Jarosław Sachajko:\n\n"
        "Panie Marszałku! Wysoka Izbo!\n\n#### Prezes Rady Ministrów Donald Tusk:\n\n"
        "Słuchajcie: kiedyś ludzie narażali swoje życie.\n\n"
        "#### Poseł Jarosław Sachajko:\n\nFundusz stabilizacji - nie ma.\n", "sejm.md"), [
        ("texts", "//t:body//t:speaker", [
            "Prezes Rady Ministrów Donald Tusk", "Poseł Jarosław Sachajko"] * 2),
        ("texts", "//t:sp[3]/t:p", ["Słuchajcie: kiedyś ludzie narażali swoje życie."]),
        ("texts", "//t:body//t:div[@type='section']/t:head", []),
    ], id="a_heading_label_owns_its_paragraph_even_when_it_opens_with_a_colon"),
    # (r35)
    pytest.param(("Chapter One\n-----------\n\nIt began in May.\n", "c.md"), [
        ("texts", "//t:body//t:head", ["Chapter One"]),
    ], id="a_short_setext_heading_stays_a_heading"),
    # (left8)
    # Petrarch's letter to Cicero: "Epistula M. Tullio Ciceroni" over "PETRARCAE M.
    # TULLIO CICERONI S.P.D. (LIVER XXIV, EP. IV)": the heading and the salutation.
    pytest.param(("Epistula M. Tullio Ciceroni\n\n PETRARCAE M. TULLIO CICERONI S.P.D. "
        "(LIVER XXIV, EP. IV)\n\nSi te superior offendit epistola, haec te "
        "iterum offendet. Nunc ad te revertor, et quid de vita tua sentiam "
        "audisti.\n", "petrarca.txt"), [
        ("texts", "//t:body/t:div/t:head", ["Epistula M. Tullio Ciceroni"]),
        ("texts", "//t:opener/t:salute", [
            "PETRARCAE M. TULLIO CICERONI S.P.D. (LIVER XXIV, EP. IV)"]),
    ], id="a_salutation_in_capitals_under_the_title_line_is_no_part_of_the_title"),
    # (left9)
    pytest.param(("BEFORE THE COMMITTEE ON ROADS\n\nThe committee met in the small hall and "
        "heard the surveyor on the state of the county's bridges and fords.\n",), [
        ("texts", "//t:titleStmt/t:title", ["BEFORE THE COMMITTEE ON ROADS"]),
    ], id="a_forum_heading_over_prose_keeps_its_title"),
    # (round15)
    pytest.param(("# PREFACE\n\nThese pages were written in the spring.\n\n"
        "More of the preface.\n", "preface.md"), [
        ("xp", "//t:front", []),
        ("texts", "//t:titleStmt/t:title", ["PREFACE"]),
    ], id="a_preface_alone_under_its_heading_stays_the_text"),
    # (round17)
    # "ACTUS I." alone on its line was a paragraph.
    pytest.param(("Ludus Dianae\n\nACTUS I.\n\nDIANA regem alloquitur:\n\nCaesar, ave, "
        "auspicio superum qui dirigis orbem.\n", "ludus.txt"), [
        ("texts", "//t:body//t:div[@type='section']/t:head", ["ACTUS I."]),
    ], id="an_act_heading_alone_in_a_text_file_is_a_heading"),
    # (round20)
    # An election song sheet (NLS broadside, F7): "HUZZA !" / "FOR" / "PROVOST SPITTAL !!!"
    # between blank lines is one title.
    pytest.param(("HUZZA !\n\nFOR\n\nPROVOST  SPITTAL !!!\n\nAN EXCELLENT NEW SONG.\n\n"
        "YE Whig Reformers all draw near,\nTo Aytoun's trash ne'er lend an ear,\n",), [
        ("texts", "//t:body//t:head", ["HUZZA ! FOR PROVOST SPITTAL !!!"]),
    ], id="a_title_over_short_lines_apart_with_a_joining_word"),
    # (low18)
    # Camilo Castelo Branco, A Morgadinha de Val-d'Amores (1871, Project Gutenberg as
    # Markdown): the coplas' singers "(UMA VOZ)" / "(CÔRO)" set as headings among the play's
    # heading labels ("#### **Morgadinha**"), as French "(CHOEUR)" and English "(CHORUS)"
    # stand over a play's songs.
    pytest.param(("# A Morgadinha\n\n#### **Morgadinha**\nCantem lá a Marianinha.\n"
        "#### **O rabequista**\nJa vamos, fidalga.\n#### **Morgadinha**\n"
        "Pois sim.\n#### **O rabequista**\nBiba!\n"
        "#### **(UMA VOZ)**\nJa fui canario do rei,\n"
        "#### **(CÔRO)**\nSim, sim, eu vou lá\n#### **(UMA VOZ)**\n"
        "Agora sou pintassilgo\n#### **(CÔRO)**\nSim, sim, etc.\n", "play.md"), [
        ("texts", "//t:sp/t:speaker", ["Morgadinha", "O rabequista", "Morgadinha",
            "O rabequista", "UMA VOZ", "CÔRO", "UMA VOZ",
            "CÔRO"]),
        ("xp", "//t:stage", []),
    ], id="singers_in_parentheses_among_heading_labels"),
    # (leftovers14)
    # The same letter's head "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.":
    # a letter edition's numbered heading (the number is the div's @n), never a speaker's
    # label "IV."; its date is the document's.
    pytest.param((MISSIVE, "missive.txt"), [
        ("texts", "//t:body//t:head", [
            "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]),
        ("texts", "//t:titleStmt/t:title", [
            "PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]),
        ("xp", "//t:body/t:div/@n", ["IV"]),
        ("xp", "//t:creation/t:date/@when", ["1611-07-18"]),
        ("xp", "//t:sp", []),
    ], id="roman_numbered_heading_in_capitals_is_the_title"),
    # (dates_round11)
    pytest.param(("MEMORANDUM\n\nTO: The Secretary\n\nFROM: J. Smith\n\nSUBJECT: Grain "
        "shipments to Poland\n\n1. The shipments began in March.\n",), [
        ("texts", "//t:titleStmt/t:title", ["MEMORANDUM: Grain shipments to Poland"]),
        ("texts", "//t:body//t:head", ["MEMORANDUM"]),
    ], id="a_typed_memorandums_title_takes_its_subject"),
    # (dates_round11)
    # The Khanh Hoa report: its TITLE names what it is about; a sentence that opens with
    # "Subject to" is no field.
    pytest.param(("REPORT ON THE OPPOSITION IN KHANH HOA PROVINCE\n\nSubject to the "
        "approval of the Board, the report is circulated.\n",), [
        ("texts", "//t:titleStmt/t:title", [
            "REPORT ON THE OPPOSITION IN KHANH HOA PROVINCE"]),
    ], id="a_heading_that_names_the_document_keeps_its_title"),
    # (news_round13)
    # The Antiquary, 1901, page 18 (kramdown): the page begins in the middle of a review;
    # its only heading, further down, names it.
    pytest.param(("Having dwelt on this particular use of his\nwork, we must not do Mr. Firth "
        "the injustice\nof ignoring wider claims to praise.\n\n### II. Mr. Morley's "
        "\"Cromwell.\"\n\nMr. Morley's book is of another kind.\n", "page18.md"), [
        ("xp", "string(//t:titleStmt/t:title)", "II. Mr. Morley's \"Cromwell.\""),
    ], id="a_page_that_begins_inside_an_article_takes_its_title_from_its_heading"),
    # (pages_round11)
    # A memo's PARTICIPANTS over names (FRUS): parallel items are a list.
    pytest.param(("MEMORANDUM\n\nATTENDING\nThe Secretary\nMr. Harriman\nMr. Bundy\n\n"
        "The Secretary opened the meeting.\n",), [
        ("texts", "//t:list/t:item", ["The Secretary", "Mr. Harriman", "Mr. Bundy"]),
    ], id="items_under_a_capitals_heading_stay_a_list"),
    # (titles_round13)
    # corpus12 usenet-torvalds-comp-os-minix-announcement: the blog names the post by a
    # phrase of the announcement it shows; the text's own heading names it.
    pytest.param(("---\nlayout: post\ntitle: \"just a hobby, won't be big and professional "
        "like gnu\"\n---\n## Linus Torvalds Announcement of Linux ##\n\n"
        "I'm doing a (free) operating system (just a hobby, won't be big and\n"
        "professional like gnu) for 386(486) AT clones.\n", "post.md"), [
        ("texts", "//t:titleStmt/t:title", ["Linus Torvalds Announcement of Linux"]),
        ("texts", "//t:body//t:head", ["Linus Torvalds Announcement of Linux"]),
    ], id="a_front_matter_title_quoted_from_the_text_yields_to_its_heading"),
    # (titles_round13)
    # corpus12 freebsd-phk-bikeshed-mail: the blog's title is the mail's Subject:, which
    # names it.
    pytest.param(("---\nlayout: post\ntitle: \"A bike shed (any colour will do) on greener "
        "grass...\"\n---\n\n## Poul-Henning Kamp's 'Bike Shedding' Essay ##\n\n"
        "<pre>\nSubject: A bike shed (any colour will do) on greener grass...\n"
        "From: Poul-Henning Kamp &lt;phk@freebsd.org&gt;\n"
        "Date: Sat, 02 Oct 1999 16:14:10 +0200\n\nMy last pamphlet was "
        "sufficiently well received.\n</pre>\n", "post.md"), [
        ("texts", "//t:titleStmt/t:title", [
            "A bike shed (any colour will do) on greener grass..."]),
    ], id="a_front_matter_title_that_is_the_mails_subject_stays_the_title"),
    # (titles_round13)
    # The counter-case: front matter that names the document in words of its own.
    pytest.param(("---\ntitle: \"A letter on the new operating system\"\n---\n"
        "## Section one\n\nI'm doing a (free) operating system for AT clones.\n", "post.md"), [
        ("texts", "//t:titleStmt/t:title", ["A letter on the new operating system"]),
    ], id="a_front_matter_title_of_its_own_words_stays_the_title"),
    # (titles_round13)
    # corpus10 nl-verdragen-bwbv0006262-slavery-convention: the treaty register gives its
    # Dutch title (##), the act its own printed title two levels below (####), the
    # articles in between (###).
    pytest.param(("##Verdrag inzake de slavernij\n\n####SLAVERY CONVENTION.\n\n"
        "Albania, Germany, Austria and Belgium have agreed as follows.\n\n"
        "###Article 1\n\nFor the purpose of the present Convention, the "
        "following definitions are agreed upon.\n", "treaty.md"), [
        ("texts", "//t:titleStmt/t:title", [
            "Verdrag inzake de slavernij: SLAVERY CONVENTION"]),
    ], id="the_acts_own_title_under_a_registers_title_is_part_of_the_title"),
    # (titles_round13)
    # The counter-case: a chapter's heading right under the book's title.
    pytest.param(("# The Book\n\n## Chapter One\n\nIt was a dark night.\n\n"
        "## Chapter Two\n\nThe morning came.\n", "book.md"), [
        ("texts", "//t:titleStmt/t:title", ["The Book"]),
    ], id="a_section_heading_under_the_title_is_no_part_of_it"),
    # (low_scores)
    # Only a title set in capitals takes the number under it.
    pytest.param(("Minutes of the Board\n\nNo. 12\n\nThe board met at noon.\n",), [
        ("texts", "//t:body//t:head", ["Minutes of the Board"]),
    ], id="a_numbered_line_under_a_heading_in_mixed_case_stays_text"),
]


@pytest.mark.parametrize(("source", "checks"), ENCODED)
def test_encoded(source, checks):
    root, _ = encode(*source)
    for query, path, expected in checks:
        assert QUERIES[query](root, path) == expected, path

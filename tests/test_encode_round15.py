"""Round 15 of the unseen documents (issue 8, scout/REPORT15 F3–F7): a web page's own header
that names the work, a catalogue's field labels, page captions, a Scandinavian date, page
numbers in brackets at a heading's start, a lacuna and a conjecture in brackets, a letter
inside a journal, an editor's introduction before the text, diary entries headed by day
and month, a dedication set in lines."""
from __future__ import annotations

from teiquery import encode, texts, xp


def _created(root) -> list[str]:
    return xp(root, "//t:profileDesc/t:creation/t:date/@when")


# ----------------------------------------------------------------------------- F3: web page

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


def test_a_catalogues_field_labels_are_no_speakers():
    """The same tune book: each tune's "Kompositör:", "Tonart:", "Taktart:" fields, several
    on a line with a short value each, are a record's fields, not speaker turns."""
    root, _ = encode(NILSSON, "galleri.html")
    assert not xp(root, "//t:sp") and not xp(root, "//t:person")
    assert "Tonart: D-dur. Taktart: 2/4." in " ".join(texts(root, "//t:p"))


def test_short_turns_of_a_dialogue_stay_turns():
    root, _ = encode("MEETING\n\nSmith: Where were you on the night of the fire?\n\n"
                     "Jones: At home. Smith: Alone? Jones: With my wife.\n\n"
                     "Smith: Did anyone else see you there that evening?\n")
    assert set(texts(root, "//t:sp/t:speaker")) == {"Smith", "Jones"}


def test_page_captions_over_the_pages_text_are_page_breaks():
    """The tune book's captions "Sida 1." … "Sida 3." over each page's tunes (rising)."""
    root, _ = encode(NILSSON, "galleri.html")
    assert xp(root, "//t:pb/@n") == ["1", "2", "3"]


def test_a_page_word_over_text_once_is_no_page_break():
    root, _ = encode("NOTIZEN\n\nSeite 3\nder Bericht fehlt dort.\n\nDas Übrige folgt.\n")
    assert not xp(root, "//t:pb")


def test_a_covers_place_and_date_dates_the_text():
    """The tune book's cover, "Framsida." / "Notbok för Violin" / "John Albert Nilsson" /
    "Hjortshög, den 12/3 1895": the Scandinavian day / month in figures, the year after a
    space."""
    root, _ = encode(NILSSON, "galleri.html")
    assert _created(root) == ["1895-03-12"]
    assert texts(root, "//t:profileDesc/t:creation/t:date") == ["12/3 1895"]


# ----------------------------------------------------------------------------- F4: brackets

SALEM = ("### [6] At a General Court held at Boston 8th of October 1672.\n\n"
         "  Voted, whose habitations are above Ipswich Highway, [ ] the horse bridge to the "
         "wooden bridge.\n\n### [7] 26 of the 10 m:1672.\n\n"
         "  It was voted that Lieut Putnam should go to B[oston?] Court.\n")


def test_the_originals_page_in_brackets_at_a_headings_start():
    """The Salem Village Record Book (UVA's Modern English Collection in Markdown): the
    printed edition gives the manuscript's pages in brackets at the head of its entries."""
    root, _ = encode(SALEM, "salem.md")
    assert xp(root, "//t:pb/@n") == ["6", "7"]
    assert texts(root, "//t:head") == ["At a General Court held at Boston 8th of October 1672.",
                                       "26 of the 10 m:1672."]


def test_a_bracketed_number_used_as_a_note_marker_opens_no_page():
    root, _ = encode("### [6] First part\n\nText with a note.[7]\n\n### [7] Second part\n\n"
                     "More text.\n\n[7] The note.\n", "notes.md")
    assert not xp(root, "//t:pb")


def test_a_page_word_in_brackets_opens_a_paragraph():
    root, _ = encode("MINUTES\n\n[p. 12] The committee met again on Tuesday and heard the "
                     "treasurer.\n\nIt adjourned at noon.\n")
    assert xp(root, "//t:pb/@n") == ["12"]
    assert texts(root, "//t:body//t:p")[0].startswith("The committee met")


def test_a_space_in_brackets_between_words_is_a_gap():
    """Salem: "above Ipswich Highway, [ ] the horse bridge", a lacuna."""
    root, _ = encode(SALEM, "salem.md")
    assert len(xp(root, "//t:gap")) == 1
    assert "[ ]" not in " ".join(texts(root, "//t:body//t:p"))


def test_a_check_box_at_a_lines_start_stays():
    root, _ = encode("TASKS\n\n[ ] write the letter to the clerk\n")
    assert not xp(root, "//t:gap")


def test_a_queried_completion_of_a_word_is_supplied_with_low_certainty():
    """Salem: "B[oston?]": the editor restored the word's letters and doubts them
    (<supplied cert="low">; <unclear> is for letters the source shows)."""
    root, _ = encode(SALEM, "salem.md")
    assert texts(root, "//t:supplied[@cert='low']") == ["oston"]
    assert not xp(root, "//t:unclear")


def test_a_queried_word_alone_stays_unclear():
    root, _ = encode("REPORT\n\nThe envoy went to [China?] in May.\n")
    assert texts(root, "//t:unclear") == ["China"]


# ----------------------------------------------------------------------------- F5: letters

KEMBLE = ("# PREFACE.\n\n  The following diary was kept in the winter and spring of 1838-9.\n\n"
          "  LONDON, *January* 16, 1863.\n\n## JOURNAL.\n\n Philadelphia, December 1838.\n\n"
          "  My Dear E——,— I return you Mr. ——’s letter. I do not think it answers any of "
          "the questions debated in our last conversation.\n\n  Yours ever faithfully.\n")


def test_a_letter_inside_a_journal_has_its_dateline_salutation_and_closing():
    """Fanny Kemble's Journal of a Residence on a Georgian Plantation (UVA, Markdown): the
    journal's first letter, its salutation run into the first sentence with the dash of
    19th-century print, and a closing with no name under it."""
    root, _ = encode(KEMBLE, "kemble.md")
    assert texts(root, "//t:opener/t:dateline") == ["Philadelphia, December 1838."]
    assert texts(root, "//t:opener/t:salute") == ["My Dear E——,—"]
    assert texts(root, "//t:closer/t:salute") == ["Yours ever faithfully."]
    assert texts(root, "//t:body//t:p")[0].startswith("I return you")


def test_the_prefaces_date_does_not_date_the_journal():
    root, _ = encode(KEMBLE, "kemble.md")
    assert _created(root) == ["1838-12"]


def test_the_prefaces_prose_is_no_address_of_the_letter():
    root, _ = encode(KEMBLE, "kemble.md")
    assert not xp(root, "//t:seg[@type='address']")


def test_a_section_that_opens_with_sir_and_no_dash_stays_prose():
    root, _ = encode("# ESSAYS\n\n## On Letters\n\nSir, you will say that this is a strange "
                     "way to begin an essay on the art of letters.\n\nIt is not.\n", "essay.md")
    assert not xp(root, "//t:salute")


# ----------------------------------------------------------------------------- F6: front

MINOR = ("---\nlayout: narrative\n\ntitle: >\n    \nsource: \n---\n\n# THEMES\n\n"
         "  Loss is a constant theme in Louisa's Diary.\n\n"
         "# September 1st 1855 Commencing this Journal\n\n## Sept. 3\n\n"
         "  Jim [Anderson] leaves for school at Bloomfield.\n\n## Sept. 4\n\n"
         "  A letter from B. [Betsey] Bankhead.\n")


def test_an_editors_introduction_is_the_texts_front_not_its_title():
    """The Diary of Louisa H. A. Minor (UVA, Markdown from TEI): the front matter's title
    is empty, and "# THEMES" heads the modern editor's introduction before the diary."""
    root, _ = encode(MINOR, "minor.md")
    assert texts(root, "//t:titleStmt/t:title") == ["September 1st 1855 Commencing this Journal"]
    assert texts(root, "//t:front/t:div[@type='introduction']/t:head") == ["THEMES"]
    assert texts(root, "//t:body/t:div/t:head")[0] == "September 1st 1855 Commencing this Journal"


def test_a_preface_alone_under_its_heading_stays_the_text():
    root, _ = encode("# PREFACE\n\nThese pages were written in the spring.\n\n"
                     "More of the preface.\n", "preface.md")
    assert not xp(root, "//t:front")
    assert texts(root, "//t:titleStmt/t:title") == ["PREFACE"]


def test_diary_entries_headed_by_day_and_month_take_the_headings_year():
    """Louisa Minor's diary: "## Sept. 3" under "# September 1st 1855 …"."""
    root, _ = encode(MINOR, "minor.md")
    assert xp(root, "//t:head/t:date/@when") == ["1855-09-03", "1855-09-04"]


# ----------------------------------------------------------------------------- F7: dedication

def test_a_dedication_set_in_lines_is_no_list_and_no_closing():
    """Kemble's dedication: "THIS JOURNAL, / ORIGINALLY KEPT FOR HER, / IS MOST
    AFFECTIONATELY / DEDICATED.", one sentence set in lines."""
    root, _ = encode("# TO \nELIZABETH DWIGHT SEDGWICK, \n\n   THIS JOURNAL, \n ORIGINALLY KEPT "
                     "FOR HER, \n IS MOST AFFECTIONATELY \n DEDICATED. \n\n# PREFACE.\n\n"
                     "  The following diary was kept in the winter of 1838-9.\n", "kemble.md")
    assert not xp(root, "//t:list") and not xp(root, "//t:closer")
    assert len(xp(root, "//t:body//t:p[starts-with(., 'THIS JOURNAL,')]/t:lb")) == 3

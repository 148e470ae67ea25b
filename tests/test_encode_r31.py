"""Round 31 of the scouting (/work/scout/REPORT31.md): Project Gutenberg's early etexts
(1990s headers and the "Small Print" licence), letter books and state papers. The inputs
are written here in the forms of the scouts' documents (GITenberg mirrors of PG #3, #6, #7,
#9, #18 and #13065, public domain in the USA; see /work/scout/corpus31/README.md), cut
short."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ----------------------------------------------------------------- PG's old header (F1)

SMALL_PRINT = (
    "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***\n"
    "Why is this \"Small Print!\" statement here?  You know: lawyers.\n\n"
    "LIMITED WARRANTY; DISCLAIMER OF DAMAGES\n"
    "But for the \"Right of Replacement or Refund\" described below,\n"
    "[1] the Project disclaims all liability to you for damages, and\n"
    "[2] YOU HAVE NO REMEDIES FOR NEGLIGENCE.\n\n"
    "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\n")
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


def test_the_etext_banner_names_the_text_and_the_trailer_is_left_out():
    """PG #3 and #9: "***The Project Gutenberg Etext of Kennedy's Inaugural Address**"
    after the Small Print is the project's; "End Project Gutenberg's Etext of …" ends it."""
    root, _ = encode(SMALL_PRINT +
                     "***The Project Gutenberg Etext of Kennedy's Inaugural Address**\n\n"
                     "We observe today not a victory of party but a celebration of freedom.\n\n"
                     "End Project Gutenberg's Etext of Kennedy's Inaugural Address\n",
                     "jfk.txt")
    assert texts(root, "//t:body//t:p") == [
        "We observe today not a victory of party but a celebration of freedom."]
    assert texts(root, "//t:titleStmt/t:title") == ["Kennedy's Inaugural Address"]


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


# ------------------------------------------------------------ glued note markers (F3)

def test_glued_markers_after_a_closing_quote_and_ibid_entries_are_notes_not_pages():
    """The Federalist No. 6 (PG #18): "neighbors."3" is a glued marker after a full stop
    and a quote; the entries "2 Ibid." and "3 Ibid." one under the other are notes, never
    a running head with page numbers."""
    root, _ = encode("The celebrated Pericles, in compliance with the resentment of a "
                     "prostitute,1 at the expense\nof much of the blood of his countrymen, "
                     "attacked the MEGARENSIANS,2 another nation.\n\n"
                     "He was the primitive author of that war which sacrificed the peace of "
                     "Greece\nto the selfish views of those who sought gain at the expense of "
                     "their neighbors.\"3\n\n"
                     "PUBLIUS.\n\n"
                     "1 Aspasia, vide \"Plutarch's Life of Pericles.\"\n\n"
                     "2 Ibid.\n\n"
                     "3 Ibid.\n", "fed6.txt")
    assert texts(root, "//t:body//t:note") == [
        "Aspasia, vide \"Plutarch's Life of Pericles.\"", "Ibid.", "Ibid."]
    assert not xp(root, "//t:pb")
    assert xp(root, "//t:note[@n='3']/preceding-sibling::node()[1]")[0].endswith(
        "neighbors.\"")


def test_a_one_note_list_under_the_signature_is_confirmed_by_its_glued_marker():
    """The Federalist No. 1 (PG #18): one glued "whole.1" after a sentence's end and one
    entry "1 …" under "PUBLIUS.": the note at its marker."""
    root, _ = encode("We must of necessity resort to separate confederacies of distinct "
                     "portions of the\nwhole.1 This doctrine will be gradually propagated, "
                     "till it has votaries enough.\n\n"
                     "PUBLIUS.\n\n"
                     "1 The same idea, tracing the arguments to their consequences, is\n"
                     "held out in several of the late publications.\n", "fed1.txt")
    assert texts(root, "//t:body//t:note") == [
        "The same idea, tracing the arguments to their consequences, is held out in several "
        "of the late publications."]
    assert texts(root, "//t:signed") == ["PUBLIUS."]


def test_a_one_entry_list_without_a_glued_marker_stays_text():
    """A lone "1 …" line after a short line, with no number glued after a sentence's end
    above it, is no note."""
    root, _ = encode("We must resort to separate confederacies of distinct portions of the "
                     "whole. This doctrine\nwill be gradually propagated, till it has "
                     "votaries enough.\n\nPUBLIUS.\n\n1 The same idea is held out elsewhere.\n",
                     "fed1.txt")
    assert not xp(root, "//t:body//t:note")


# ---------------------------------------------------------- an editor's glosses (F2)

def test_an_editors_glosses_in_brackets_are_notes_not_supplied_words():
    """Wallace's Beethoven letters (PG #13065) and PG #7's date line: a bracket opening with
    a word of explanation, a bare date after a finished clause, a "the …" phrase naming
    what the words before it name: the sentence is whole without them."""
    root, _ = encode("TO DR. SCHADE.\n\nBonn, 1787.\n\nMy dear friend,\n\n"
                     "My mother was still alive, but in the most deplorable state; about\n"
                     "seven weeks ago she died [July 17]. With this you will receive a\n"
                     "dedication from me [the variations on \"Se vuol ballare\"]. When you "
                     "see\nB. Koch [subsequently Countess Belderbusch], pray say that it is "
                     "unkind\nin her. He adopted them as his own [for instance, the Abbe "
                     "Gelinek].\n\nYour friend,\n\nL. V. BEETHOVEN.\n", "schade.txt")
    assert texts(root, "//t:body//t:note[@type='editorial']") == [
        "July 17", "the variations on \"Se vuol ballare\"",
        "subsequently Countess Belderbusch", "for instance, the Abbe Gelinek"]
    assert not xp(root, "//t:supplied")


def test_a_dated_line_keeps_its_date_with_the_editors_remark_as_a_note():
    """The Mayflower Compact (PG #7): "November 11, 1620  [This was November 21, old style
    calendar]" is the dateline, the remark a note in it."""
    root, _ = encode("The Mayflower Compact\n\n"
                     "November 11, 1620  [This was November 21, old style calendar]\n\n"
                     "In the name of God, Amen.  We, whose names are underwritten, the Loyal "
                     "Subjects\nof our dread Sovereigne Lord, King James.\n", "compact.txt")
    assert texts(root, "//t:dateline/t:note") == ["This was November 21, old style calendar"]
    assert xp(root, "//t:creation/t:date/@when") == ["1620-11-11"]


def test_brackets_that_restore_words_the_sentence_needs_stay_supplied():
    """"on [July 17]", "the [King's] men", "the letter of [the Elector himself]": the
    sentence has a hole without them."""
    root, _ = encode("The regiment marched out of the town on [July 17]. The [King's] men "
                     "held the bridge\nall night. We read the long letter of [the Elector "
                     "himself] to the council. They themselves [the Joint Chiefs], frankly, "
                     "know little.\n", "restored.txt")
    assert texts(root, "//t:supplied") == ["July 17", "King's", "the Elector himself",
                                           "the Joint Chiefs"]
    assert not xp(root, "//t:body//t:note")


# --------------------------------------------------------- lines under a title (F4)

def test_an_essays_number_subtitle_paper_and_author_over_its_salutation():
    """The Federalist No. 1 (PG #18): the series' number is the heading, the title-cased
    line under it the subtitle (in the title too), the paper it was written for and the
    author's name in capitals bylines, never an address."""
    root, _ = encode("FEDERALIST. No. 1\n\n\nGeneral Introduction\n\n"
                     "For the Independent Journal.\n\n\n\nHAMILTON\n\n\n"
                     "To the People of the State of New York:\n\n"
                     "AFTER an unequivocal experience of the inefficacy of the subsisting "
                     "federal\ngovernment, you are called upon to deliberate.\n\nPUBLIUS.\n",
                     "fed1.txt")
    assert texts(root, "//t:body//t:head") == ["FEDERALIST. No. 1", "General Introduction"]
    assert xp(root, "//t:body//t:head[2]/@type") == ["sub"]
    assert texts(root, "//t:opener/t:seg[@type='byline']") == [
        "For the Independent Journal.", "HAMILTON"]
    assert not xp(root, "//t:seg[@type='address']")
    assert texts(root, "//t:opener/t:salute") == ["To the People of the State of New York:"]
    assert texts(root, "//t:titleStmt/t:title") == ["FEDERALIST. No. 1: General Introduction"]


def test_a_speechs_title_before_its_date_is_no_place():
    """PG #3: "JFK's Inaugural Address, January 20, 1961, 12:11 EST" names the speech and
    dates it; the speech's title is no place of a dateline."""
    root, _ = encode("JFK's Inaugural Address, January 20, 1961, 12:11 EST\n\n\n"
                     "We observe today not a victory of party but a celebration of freedom.\n",
                     "jfk.txt")
    assert not xp(root, "//t:placeName")
    assert texts(root, "//t:body//t:head") == [
        "JFK's Inaugural Address, January 20, 1961, 12:11 EST"]
    assert xp(root, "//t:creation/t:date/@when") == ["1961-01-20"]


# ------------------------------------------------ letter parts in PG's letter books (F5)

def test_a_salutation_in_capitals_with_english_degree_words_and_a_dash():
    """Wallace's Beethoven (PG #13065): "MY HIGHLY ESTEEMED ELEONORE, MY DEAREST FRIEND,--"
    opens the letter; the first name signs it, the name under the P.S. signs the P.S."""
    root, _ = encode("TO ELEONORE VON BREUNING,--BONN.\n\nVienna, Nov. 2, 1793.\n\n"
                     "MY HIGHLY ESTEEMED ELEONORE, MY DEAREST FRIEND,--\n\n"
                     "A year of my stay in this capital has nearly elapsed before you receive "
                     "a\nletter from me. I am your admiring and sincere friend,\n\n"
                     "L. V. BEETHOVEN.\n\n"
                     "P.S. The variations are rather difficult to play, especially the shake "
                     "in\nthe Coda; but do not be alarmed at this.\n\nBEETHOVEN.\n",
                     "breuning.txt")
    assert texts(root, "//t:opener/t:salute") == [
        "MY HIGHLY ESTEEMED ELEONORE, MY DEAREST FRIEND,--"]
    assert texts(root, "//t:div/t:closer/t:signed") == ["L. V. BEETHOVEN."]
    assert texts(root, "//t:postscript/t:p") == [
        "P.S. The variations are rather difficult to play, especially the shake in the Coda; "
        "but do not be alarmed at this.", "BEETHOVEN."]


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


def test_a_date_class_without_letter_parts_beside_it_is_no_dateline():
    """A web page's <p class="date"> with no salutation or signature named beside it."""
    root, _ = encode("<html><body><h1>Minutes</h1><p class='date'>Bonn, 1787.</p>"
                     "<p>The meeting opened at ten.</p></body></html>", "page.html")
    assert not xp(root, "//t:dateline")
    assert texts(root, "//t:body//t:p") == ["Bonn, 1787."]


# ------------------------------------------ PG HTML made from the text edition (F6)

def test_a_linked_footnote_loses_the_text_editions_label_and_brackets():
    """PG #13065's HTML: <div class="footnote"><p>[Footnote 1: On his return …]</p>."""
    page = ("<html><body><h3>TO DR. SCHADE.</h3><p>I must tell you that from the time I "
            "left Augsburg<sup class='footref'><a href='#footnote2'>[1]</a></sup> my "
            "cheerfulness began to decline.</p>"
            "<div class='footnote' id='footnote2'><p>[Footnote 1: On his return from "
            "Vienna, whither Max Franz had sent him.]</p></div></body></html>")
    root, _ = encode(page, "schade.html")
    assert texts(root, "//t:body//t:note") == [
        "On his return from Vienna, whither Max Franz had sent him."]


def test_underscores_are_italics_in_html_that_has_no_italics_of_its_own():
    """PG #9's HTML (Lincoln's first inaugural): "while _I_ shall have"; a page that sets
    italics in <i> keeps its underscores as printed."""
    root, _ = encode("<html><body><h1>First Inaugural Address</h1><p>YOU have no oath "
                     "registered in heaven to destroy the government, while _I_ shall have "
                     "the most solemn one.</p><p>See my_file_name for more.</p></body></html>",
                     "lincoln.html")
    assert texts(root, "//t:body//t:hi[@rend='italic']") == ["I"]
    assert "my_file_name" in " ".join(texts(root, "//t:body//t:p"))
    root, _ = encode("<html><body><h1>Notes</h1><p>An <i>italic</i> word and a "
                     "_snake_ case.</p></body></html>", "other.html")
    assert texts(root, "//t:body//t:hi[@rend='italic']") == ["italic"]
    assert "_snake_" in " ".join(texts(root, "//t:body//t:p"))


# ------------------------------------------------------- names in two columns (F8)

def test_names_in_space_aligned_columns_are_a_line_each_read_row_by_row():
    """The Mayflower Compact's signatories (PG #7): two columns parted by spaces."""
    root, _ = encode("In Witness whereof we have hereunto subscribed our names at Cape Cod "
                     "the\neleventh of November, Anno. Domini, 1620.\n\n"
                     "Mr. John Carver           Mr. Stephen Hopkins\n"
                     "Mr. William Bradford      Digery Priest\n"
                     "Mr. Edward Winslow        Thomas Williams\n"
                     "John Howland              Edward Doten\n"
                     "Edward Liester\n", "compact.txt")
    last = xp(root, "//t:body//t:p")[-1]
    assert len(xp(last, "t:lb")) == 8
    assert [last.text] + [lb.tail for lb in xp(last, "t:lb")] == [
        "Mr. John Carver", "Mr. Stephen Hopkins", "Mr. William Bradford", "Digery Priest",
        "Mr. Edward Winslow", "Thomas Williams", "John Howland", "Edward Doten",
        "Edward Liester"]


def test_a_table_of_figures_in_columns_is_no_list_of_names():
    root, _ = encode("Wheat      1,200 bushels\nBarley     800 bushels\nOats       650 bushels\n",
                     "crops.txt")
    assert not xp(root, "//t:body//t:p[t:lb][contains(., 'Wheat')]/t:lb[3]")


# ------------------------------------- the Jefferson draft's own notes (F7, in part)

def test_an_indented_note_under_the_text_is_the_note_of_the_one_free_symbol_above_it():
    """Jefferson's Autobiography (PG #16781): "drawn under them; * and those inserted" and,
    after pictures' notes, the editor's "     * In this publication, …" indented."""
    root, _ = encode("The parts struck out by Congress shall be distinguished by a black line\n"
                     "drawn under them; * and those inserted by them shall be placed in the\n"
                     "margin, or in a concurrent column.\n\n"
                     "[Illustration: Draft of Declaration of Independence, page016]\n\n"
                     "     * In this publication, the parts struck out are printed in\n"
                     "     Italics and inclosed in brackets.\n\n"
                     "When, in the course of human events, it becomes necessary for one "
                     "people.\n", "draft.txt")
    assert texts(root, "//t:body//t:note[@n='*']") == [
        "In this publication, the parts struck out are printed in Italics and inclosed in "
        "brackets."]
    note = xp(root, "//t:body//t:note[@n='*']")[0]
    assert note.getparent().text.endswith("drawn under them;")


def test_an_authors_note_in_brackets_opening_with_its_symbol_is_a_note():
    """"[* Some erroneous statements … in like manner.]": Jefferson's own note."""
    root, _ = encode("The declaration thus signed on the 4th, on paper, was engrossed.\n\n"
                     "[* Some erroneous statements of the proceedings having got before the\n"
                     "public in latter times, Mr. Samuel A. Wells asked explanations of me.]\n",
                     "draft.txt")
    assert texts(root, "//t:body//t:note[@type='author']") == [
        "Some erroneous statements of the proceedings having got before the public in latter "
        "times, Mr. Samuel A. Wells asked explanations of me."]
    assert not xp(root, "//t:supplied")

"""Round 20 of the scouting (issue 8, /work/scout/REPORT20.md): broadsides and chapbooks as
national libraries' OCR gives them (hard-wrapped, hyphenated at the line ends), newspaper
reports, OCR pages in one line, a Jekyll edition in Markdown; one small real-world-derived
example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ------------------------------------------------------------------- wrapped lines (F5, F6)

def test_a_paragraph_of_lines_hyphenated_at_their_ends_is_wrapped_prose():
    """A circuit-court report's narrow column (NLS broadside, scout round 20, F5): most lines
    end in a word broken by a hyphen, which is no closing punctuation."""
    root, _ = encode("The trial lasted from ten in the morning\n"
                     "till eleven at night, and produced great excite-\n"
                     "ment in the neighbourhood, from the horrid\n"
                     "circumstances attendant on the murder.\n"
                     "Stewart was brought into Perth for the mur-\n"
                     "der, at the time that Chisholm was receiving sen-\n"
                     "tence of death last Circuit, for a similar crime.\n")
    assert texts(root, "//t:body//t:p") == [
        "The trial lasted from ten in the morning till eleven at night, and produced great "
        "excitement in the neighbourhood, from the horrid circumstances attendant on the "
        "murder. Stewart was brought into Perth for the murder, at the time that Chisholm "
        "was receiving sentence of death last Circuit, for a similar crime."]
    assert not xp(root, "//t:body//t:lb")


def test_a_two_line_paragraph_cut_mid_sentence_at_the_texts_width_is_joined():
    """A witness list in a trial report (NLS broadside, F5): the second line opens with a
    name, the first runs on at the width the other lines are cut at."""
    root, _ = encode("The trial lasted from nine in the morning till eleven at night, and\n"
                     "produced great excitement in the neighbourhood, from the horrid\n"
                     "circumstances attendant on the murder of the old man and his wife.\n\n"
                     "Mary Stewart, youngest daughter of the panel; and\n"
                     "Daniel Stewart, his son, gave similar evidence.\n\n"
                     "The jury retired for a few minutes and returned a\n"
                     "verdict of guilty against the panel, who was then\n"
                     "sentenced to be executed at Perth on the 17th of May.\n"
                     "He heard the sentence with great composure and was\n"
                     "removed from the bar.\n")
    assert "Mary Stewart, youngest daughter of the panel; and Daniel Stewart, his son, gave " \
        "similar evidence." in texts(root, "//t:body//t:p")


def test_a_word_in_capitals_hyphenated_at_the_line_end_is_joined():
    """The Caledonian Mercury's report reprinted on a broadside (F6): "a NA-" / "TIONAL
    CONVENTION." is one word, one paragraph, never a speaker's label."""
    root, _ = encode("During the last week bills have been issued, stating that a meet-\n"
                     "ing would be held in Coldbathfield this day, in order to adopt the\n"
                     "preliminary measures necessary for the calling together of a NA-\n"
                     "TIONAL CONVENTION.  In consequence of that bill, on Fri-\n"
                     "day a proclamation was issued by the Secretary of State.\n")
    paragraphs = texts(root, "//t:body//t:p")
    assert len(paragraphs) == 1
    assert "a NATIONAL CONVENTION. In consequence" in paragraphs[0]


# ------------------------------------------------------------------------ datelines (F2)

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


def test_a_dateline_run_into_the_first_sentence_after_a_dash():
    """An execution report from a Glasgow paper (NLS broadside, F2): "GLASGOW, 22d OCTOBER,
    1828.—This morning, …": the dash ends the dateline, the sentence stays whole."""
    root, _ = encode("EXECUTION.\n\nGLASGOW, 22d OCTOBER, 1828.—This morning, THOMAS CONNOR and\n"
                     "BELL M'MENEMY were Executed in front of the Court Houses, convicted at "
                     "the\nlast Assizes of the crime of Assault and Robbery.\n")
    assert xp(root, "//t:opener/t:dateline/t:date/@when") == ["1828-10-22"]
    assert texts(root, "//t:body//t:p") == [
        "This morning, THOMAS CONNOR and BELL M'MENEMY were Executed in front of the Court "
        "Houses, convicted at the last Assizes of the crime of Assault and Robbery."]


# --------------------------------------------------------------------------- titles (F1, F7)

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


def test_a_descriptive_title_is_never_a_letters_address():
    """"Life, Transactions, and Execution of …" over the report's dateline (NLS, F1)."""
    root, _ = encode("Life, Transactions, and Execution of Thomas Connor and Bell\n"
                     "M'Menemy, Executed at Glasgow for Assault and Robbery.\n\n"
                     "GLASGOW, 22d OCTOBER, 1828.\n\n"
                     "This morning, THOMAS CONNOR and BELL M'MENEMY were Executed.\n")
    assert not xp(root, "//t:seg[@type='address']")
    assert texts(root, "//t:body//t:head")[0].startswith("Life, Transactions, and Execution of")


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


def test_a_title_over_short_lines_apart_with_a_joining_word():
    """An election song sheet (NLS broadside, F7): "HUZZA !" / "FOR" / "PROVOST SPITTAL !!!"
    between blank lines is one title."""
    root, _ = encode("HUZZA !\n\nFOR\n\nPROVOST  SPITTAL !!!\n\nAN EXCELLENT NEW SONG.\n\n"
                     "YE Whig Reformers all draw near,\nTo Aytoun's trash ne'er lend an ear,\n")
    assert texts(root, "//t:body//t:head") == ["HUZZA ! FOR PROVOST SPITTAL !!!"]


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


# --------------------------------------------------------------------------- Liquid (F9)

def test_liquid_page_and_column_includes_are_breaks():
    """The same edition's chapter (F9): page and column includes in the text, one inside a
    word; the other tags are reported."""
    root, result = encode("---\ntitle: Chapter I\n---\n\n"
                          " {% include pagebreak.html canvas=19 %} Research in the social "
                          "sciences.\nThe American {% include columnbreak.html col=\"2\" "
                          "canvas=19 %} Library Association; the photo{%- include "
                          "columnbreak.html col=\"2\" canvas=20 -%}stat. {% raw %}\n",
                          "chapter.md")
    assert len(xp(root, "//t:body//t:pb")) == 1
    assert xp(root, "//t:body//t:cb/@n") == ["2", "2"]
    assert xp(root, "//t:body//t:cb/@break") == ["no"]          # inside "photo…stat"
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "photostat" in body and "{%" not in body
    assert any(item.code == "template-tag" for item in result.left_out)


# --------------------------------------------------------------------------- brackets (F3)

def test_two_stray_ocr_brackets_far_apart_are_no_supplied_passage():
    """A Belgian newspaper page from KBR's CAMille platform (F3): "[" and "]" 135 words apart
    are OCR noise; kept as text and reported."""
    words = " ".join(["Tout ce qu'il y a de troupes françaises encore en Italie était rangé."]
                     * 4)
    root, result = encode(f"Le temps s'est soutenu [Mndaot toute la fête. {words} Présentez "
                          "armes ] et la musique a joué.\n")
    assert not xp(root, "//t:supplied")
    assert "[Mndaot" in "".join(xp(root, "//t:body")[0].itertext())
    assert any(d.code == "stray-brackets" for d in result.diagnostics)


def test_an_editors_short_supplied_words_stay_supplied():
    root, _ = encode("The letter from Chiang [Kai-shek] arrived in the morning.\n")
    assert texts(root, "//t:supplied") == ["Kai-shek"]


def test_a_polish_text_is_not_taken_for_portuguese():
    """A Polish application of 1950 (Polona; scout round 11b), its hyphenated words joined:
    Polish shares "o", "a", "do" with Portuguese, so it needs function words of its own."""
    root, _ = encode("Wydaje mi się, że w bieżącym roku wycieczka taka byłaby szczególnie\n"
                     "potrzebną i pożyteczną ze względu na specjalny kierunek i cel kursu.\n"
                     "Wycieczka winna mieć charakter roboczy, nacelowany na zapoznanie\n"
                     "słuchaczy z osiągnięciami rolnictwa radzieckiego, z Wystawą Rolniczą,\n"
                     "z organizacją pracy w kołchozach i MTS. Prosimy o pozytywne\n"
                     "ustosunkowanie się do naszego wniosku, a grupa powinna być więc\n"
                     "dość liczna od 50 do 60 osób.\n")
    assert xp(root, "//t:langUsage/t:language/@ident") == ["pl"]

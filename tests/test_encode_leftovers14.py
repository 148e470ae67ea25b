"""Leftovers of scout round 14 (issue 8) that earlier rounds diagnosed and nobody fixed:
a line-numbered edition's references, a will's signature after its testimonium, Markdown
blockquotes, letters parted by rules. One small real-world-derived example per rule."""
from __future__ import annotations

from teiquery import encode, texts, xp

# ----------------------------------------------------------------------------- line references

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


def test_line_references_of_an_edition_are_page_breaks_not_text():
    """GLOBALISE's Generale Missiven export (Pieter Both, Banda, 18 July 1611): every line
    opens with volume, page and line ("1 4:3  "); the pages are <pb n>, the line numbers
    are left out (reported), a line with only its reference is a blank line."""
    root, result = encode(MISSIVE, "missive.txt")
    assert xp(root, "//t:body//t:pb/@n") == ["4", "5"]
    body = " ".join("".join(xp(root, "//t:body")[0].itertext()).split())
    assert "4:3" not in body and "5:1" not in body and not body.startswith("1 ")
    assert "opbouwen van dit nieuwe fort twelck ic verhope" in body
    assert any(item.code == "line-references" for item in result.left_out)


def test_roman_numbered_heading_in_capitals_is_the_title():
    """The same letter's head "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611.":
    a letter edition's numbered heading (the number is the div's @n), never a speaker's
    label "IV."; its date is the document's."""
    root, _ = encode(MISSIVE, "missive.txt")
    assert texts(root, "//t:body//t:head") == [
        "IV. PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]
    assert texts(root, "//t:titleStmt/t:title") == [
        "PIETER BOTH, KASTEEL NASSAU OP BANDA 18 juli 1611."]
    assert xp(root, "//t:body/t:div/@n") == ["IV"]
    assert xp(root, "//t:creation/t:date/@when") == ["1611-07-18"]
    assert not xp(root, "//t:sp")


def test_verse_numbers_are_not_line_references():
    """A Bible's "1:1 In the beginning …": its numbered lines are sentences, none empty,
    none running on; they stay as they are."""
    text = "".join(f"1:{k} Verse number {k} of the chapter is a sentence.\n" for k in range(1, 8))
    root, _ = encode(text, "genesis.txt")
    assert not xp(root, "//t:body//t:pb")
    assert "1:3" in "".join(xp(root, "//t:body")[0].itertext())


# ----------------------------------------------------------------------------- semi-diplomatic

TABLADA = (
    "### fol. 1r\n"
    "Nos fray antonio de tablada moderno vissitador general (y) mjnjs  \n"
    "tro principal, sie\\r/uo de toda la sagrada orden de  \n"
    "penjtençia deste an(n)o del nasçimjento de n(uest)ro saluador  \n"
    "jh(es)u christo de mjll (y) qujnjentos (y) veynte (y) ocho an(n)os.  \n"
    "En el qual somos con auctoridad apostolica congregados.\n")


def test_backslash_slash_is_an_insertion_above_the_line():
    """The 1528 rule of the Franciscan Third Order (Tablada, semi-diplomatic Markdown):
    "sie\\r/uo" is "sieruo" with the r written above the line."""
    root, _ = encode(TABLADA, "tablada.md")
    assert texts(root, "//t:add[@place='above']") == ["r"]
    assert "\\r/" not in "".join(root.itertext())


def test_era_year_in_old_spanish_words_dates_the_document():
    """The same rule's dating clause: "an(n)o del nasçimjento de n(uest)ro saluador jh(es)u
    christo de mjll (y) qujnjentos (y) veynte (y) ocho an(n)os" is the year 1528."""
    root, _ = encode(TABLADA, "tablada.md")
    assert xp(root, "//t:body//t:date/@when") == ["1528"]
    assert texts(root, "//t:body//t:date") == ["mjll (y) qujnjentos (y) veynte (y) ocho"]
    assert xp(root, "//t:creation/t:date/@when") == ["1528"]


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


# ----------------------------------------------------------------------------- a will's end

FILLMORE = (
    "I, Millard Fillmore of the City of Buffalo, do make, publish and declare this my last "
    "will and testament.\n\n"
    "*First*. I give one thousand dollars to the Buffalo Orphan Asylum, to be securely "
    "invested in bond and mortgage for the benefit of said asylum.\n\n"
    "In witness whereof I have hereunto set my hand and seal at Buffalo this 8th day of "
    "December eighteen hundred and sixty-five.\n\n"
    "MILLARD FILLMORE\n\n"
    "Wm. Ketchum\nO. H. Marshall\n\n"
    "A codicil, Sept. 19, 1868, increases the annuity to his sisters from $400 to $600, and "
    "a second codicil gives an annuity in lieu of the farm.\n")


def test_signature_under_a_testimonium_before_witnesses_and_a_note():
    """Millard Fillmore's will (1865): the name under "In witness whereof …" is signed, the
    testimonium the closer's dateline, the witnesses in the same closer, the editor's note
    on the codicils after it."""
    root, _ = encode(FILLMORE, "will.md")
    signed = xp(root, "//t:closer/t:signed")
    assert [" ".join(" ".join(s.itertext()).split()) for s in signed] == [
        "MILLARD FILLMORE", "Wm. Ketchum O. H. Marshall"]
    assert xp(root, "//t:closer/t:dateline/t:date/@when") == ["1865-12-08"]
    assert texts(root, "//t:postscript/t:p")[0].startswith("A codicil, Sept. 19, 1868")


# ----------------------------------------------------------------------------- block quotes

def test_markdown_blockquote_in_prose_is_a_quote():
    """Lettres de 1870 (Guillier, 12 August 1870): the telegram the letter quotes, set as
    a Markdown blockquote between the writer's own paragraphs, is a <quote>."""
    root, _ = encode("# Lettre\n\nLa dépêche est arrivée ce matin; elle est conçue en ces "
                     "termes et adressée à Ismalun, le jour même de son départ :\n\n"
                     "> Informez Grünberg 90,000 encaissés. Elisabeth et\n"
                     "> enfants bien portants revenus et installés à Paris\n> par prudence.\n"
                     "\nC'est par un pur excès de précaution que Mr Kunst fait rentrer Madame "
                     "Grünberg à Paris avec ses enfants.\n", "lettre.md")
    assert texts(root, "//t:body//t:quote/t:p") == [
        "Informez Grünberg 90,000 encaissés. Elisabeth et enfants bien portants revenus et "
        "installés à Paris par prudence."]
    assert len(xp(root, "//t:body/t:div/t:p")) == 2


def test_quoted_letter_in_a_blog_post_is_a_floating_text():
    """A blog post quoting a Civil War soldier's letter home (F. P. Black to Miss Evey
    Johnston, 1862) in one Markdown blockquote, a line a part: a <floatingText> with its
    opener (head lines, salutation "Miss Evey") and closer (signature)."""
    root, _ = encode(
        "# We are not all ded yet\n\nYears ago I came into possession of a letter written "
        "in 1862 by Francis P. Black, a Lieutenant in the 10th Alabama Infantry.\n\n"
        "> Camp of the 10th Regt ala Vols\n> Near Manassas Junction, va\n> Miss Evey\n"
        "> As this is the beginin of a new year I thought as I was a lone to night I would "
        "write you a few lines to let you know that we are not all ded yet.\n"
        "> F.P. Black\n\nThe engagement mentioned in this letter is the Battle of "
        "Dranesville, fought in December of the year before the letter was written.\n",
        "black.md")
    letter = "//t:floatingText[@type='letter']//t:div[@type='letter']"
    assert texts(root, letter + "/t:opener/t:salute") == ["Miss Evey"]
    assert texts(root, letter + "/t:closer/t:signed") == ["F.P. Black"]
    assert texts(root, letter + "/t:opener/t:seg[@type='address']")[0] == \
        "Camp of the 10th Regt ala Vols"


def test_document_set_as_a_blockquote_under_an_editions_lines_is_no_quote():
    """An annex of colonial petitions (Petición de indulto de Eugenio Poveda, 1783): the
    edition's "Fuente:", "Lugar:", "Fecha:" lines over the document's text set as a
    blockquote: the quoted text is the document's own, its signature signed."""
    root, _ = encode(
        "Anexo 18. Petición de indulto de Eugenio Poveda (1783)\n\nFuente: AGNC, sección "
        "colonia, juicios criminales, tomo 64, doc. 18.\n\nFecha: 8 de marzo de 1783\n\n"
        "> Señor Alcalde Ordinario mas antiguo\n>\n> Eugenio Pobeda vecino de esta villa, "
        "pobre de toda solemnidad, preso en esta Real Carcel ante Vuestra Merced digo.\n>\n"
        "> A Vuestra Merced suplico provea y mande hacer como solicito.\n>\n"
        "> Eugenio Pobeda\n", "poveda.md")
    assert not xp(root, "//t:body//t:quote")
    assert texts(root, "//t:closer/t:signed") == ["Eugenio Pobeda"]


# ----------------------------------------------------------------------------- letters at rules

SOLDIER = (
    "# Letters from the front\n\nThese letters were written by Private John Smith to his "
    "mother during the winter of 1917, and are kept in the county record office.\n\n{rule}\n\n"
    "Camp Borden, 3 January 1917\n\nWe arrived here on Tuesday after a long march through "
    "the snow, and the food is better than we were told it would be.\n\nJohn\n\n{rule}\n\n"
    "Camp Borden, 17 January 1917\n\nThe weather has turned and we drill every morning in "
    "the mud; I have your parcel and the socks are very welcome.\n\nJohn\n\n{rule}\n\n"
    "Transcribed by volunteers of the county record office.\n")


def test_letters_parted_by_rules_without_salutations_are_letter_divs():
    """A "Letters of …" page (a soldier's letters home, 1917): intro, then letters parted
    by Markdown rules, each a dateline, its text and a signature, no salutation: each a
    <div type="letter"> with its opener and closer; the credits after the last rule are
    no part of the last letter."""
    root, result = encode(SOLDIER.format(rule="---"), "letters.md")
    letters = xp(root, "//t:div[@type='letter']")
    assert len(letters) == 2
    assert [xp(d, "t:opener/t:dateline/t:date/@when")[0] for d in letters] == [
        "1917-01-03", "1917-01-17"]
    assert texts(root, "//t:div[@type='letter']/t:closer/t:signed") == ["John", "John"]
    assert "letters-at-rules" in result.rules


def test_letters_parted_by_rules_in_plain_text_and_html():
    """The same with a text's "* * *" and with HTML's <hr /> (Shmaryahu Levin's letters,
    Ben-Yehuda: letters parted by <hr />, the second with its salutation "My dear friend!")."""
    root, _ = encode(SOLDIER.format(rule="* * *").replace("# ", ""), "letters.txt")
    assert len(xp(root, "//t:div[@type='letter']")) == 2
    html = ("<html><body><h1>Letters</h1>\n<p>These are the letters Levin wrote from New "
            "York in the first weeks of the war, translated from English and German.</p>\n"
            "<hr />\n<p>To Dr Chaim Weizmann</p>\n<p>8 September 1914</p>\n<p>There is no need "
            "to dwell on the disaster that now covers the greater part of Europe.</p>\n"
            "<p>S. Levin</p>\n<hr />\n<p>To Dr A. Hantke, Berlin</p>\n"
            "<p>New York, 10 September 1914</p>\n<p>My dear friend!</p>\n<p>Only on Monday did "
            "I receive the first sign of life from you, your letter of 13 August.</p>\n"
            "<p>S. Levin</p>\n</body></html>")
    root, _ = encode(html, "levin.html")
    letters = xp(root, "//t:div[@type='letter']")
    assert len(letters) == 2
    assert texts(root, "//t:div[@type='letter']/t:opener/t:salute") == ["My dear friend!"]
    assert texts(root, "//t:div[@type='letter']/t:opener/t:seg[@type='address']") == [
        "To Dr Chaim Weizmann", "To Dr A. Hantke, Berlin"]


def test_rules_between_sections_that_are_no_letters_change_nothing():
    """A blog post with rules between its parts, none a letter: no letter divs."""
    root, _ = encode("# Notes\n\nThe first part of the post says what the project did in its "
                     "first year and who took part in it.\n\n---\n\nThe second part says "
                     "what comes next, and thanks the volunteers for their work.\n\n---\n\n"
                     "Posted by the project team.\n", "post.md")
    assert not xp(root, "//t:div[@type='letter']")

"""Round 33 of the scouting (/work/scout/REPORT33.md): letters in English of emigrants,
soldiers, women and officials. The inputs are written for these tests in the forms of the
scouts' documents (Rice University's Campbell family letters, 1832-1845, and The National
Archives' education transcripts, both public-domain texts; Rutgers' War Service Bureau
letters, 1917-1918, public domain; a family blog's transcriptions, 1862-1865, and a
Pandoc edition of Florence Tone's letters, 1917, public-domain letters), not copied."""
from __future__ import annotations

from lxml import etree
from teiquery import encode, texts, xp

from teikit.encode import encode_file

# ------------------------------------------------------------ letters in a file (F1, F2)


def test_lineated_closing_over_the_name_and_the_address_panel_under_it():
    """"& remain / very Respectfully / your friend & obt svt / Anson Jones" joined in a
    Markdown paragraph, then "To, / Mr. John Campbell": the closing and the signer in the
    closer, the panel its address, never a <salute>To,</salute> and a wrong signer."""
    root, _ = encode("## A letter from Anson Jones\n\nWashington Oct 10th 1845\n\n"
                     "Dear Sir,\n\nI have received your favor of the 28th Ult.\n\n"
                     "I expect to be at Austin about the 1st of Nov. & remain\n"
                     "very Respectfully\nyour friend & obt svt\nAnson Jones\n\n"
                     "To,\nMr. John Campbell\n", "jones.md")
    assert texts(root, "//t:closer/t:signed") == ["Anson Jones"]
    assert texts(root, "//t:closer/t:salute") == [
        "very Respectfully your friend & obt svt"]      # (the source's lines: "… & remain")
    assert texts(root, "//t:closer/t:seg[@type='address']") == ["To,Mr. John Campbell"]
    assert texts(root, "//t:opener/t:salute") == ["Dear Sir,"]


def test_three_letters_under_headings_of_one_level_with_covers_before_the_dateline():
    """Each "##" letter its own <div type="letter">: the first's closing set in lines
    ("I have the honor to be" / … / "Anson Jones"); the second's cover ("[[envelope]]",
    "To" / "Mr. John Campbell" / "Austin") and a page break before its dateline and
    salutation, all in its opener; its address panel after the signature in the closer."""
    src = ("## Letter one\n\n```\nBarrington June 5th 1845\n\nSir,\n\n"
           "You will please proceed at your earliest convenience to the City of Austin.\n\n"
           "I have the honor to be\nvery Respectfully\nYour obt. Svt\nAnson Jones\n```\n"
           "## Letter two\n\n```\n\n[[Page 1]]\n\n[[envelope]]\n\nTo\nMr. John Campbell\n"
           "Austin\nPr. favor of\nMr. Smith\n\n[[Page 2]]\n\nBarrington Sept. 28th 1845\n\n"
           "Dear Sir,\n\nI received by the hands of Mr. Smith your two favors.\n\n"
           "We all continue as usual\nin good health at Barrington.\nI remain very truly\n"
           "Yours &c\n\nAnson Jones\n\nTo\nMr. John Campbell\nAustin\n```\n")
    root, _ = encode(src, "jones.md")
    letters = xp(root, "//t:body//t:div[@type='letter']")
    assert len(letters) == 2
    first, second = letters
    assert texts(first, "t:closer/t:salute") == ["I have the honor to be", "very Respectfully",
                                                 "Your obt. Svt"]
    assert texts(first, "t:closer/t:signed") == ["Anson Jones"]
    assert texts(second, "t:opener/t:seg[@type='address']") == [
        "ToMr. John CampbellAustinPr. favor ofMr. Smith"]
    assert xp(second, "t:opener/t:pb/@n") == ["2"]
    assert texts(second, "t:opener/t:dateline") == ["Barrington Sept. 28th 1845"]
    assert texts(second, "t:opener/t:salute") == ["Dear Sir,"]
    assert texts(second, "t:note[@type='transcriber']") == ["envelope"]
    assert texts(second, "t:closer/t:salute") == ["I remain very truly", "Yours &c"]
    assert texts(second, "t:closer/t:signed") == ["Anson Jones"]
    assert texts(second, "t:closer/t:seg[@type='address']") == ["ToMr. John CampbellAustin"]
    assert " ".join(texts(second, "t:p")[-1].split()) == (
        "We all continue as usual in good health at Barrington.")


def test_salutation_run_into_the_first_sentence_and_the_signature_into_the_last():
    """"Dear Slim, It is two weeks …" under a heading, "… best regards to Judy. Ransom" at
    the end: the salutation and the signer split off; "_Dear Tony_, We …" in emphasis
    too."""
    root, _ = encode("#### [1917-12-26 To Slim]\n\nDear Slim, It is two weeks since you left! "
                     "Awful lonesome but we'll get more accustomed to it in time.\n\n"
                     "Love to my Slim and best regards to Judy. Ransom\n", "tone.md")
    assert texts(root, "//t:opener/t:salute") == ["Dear Slim,"]
    assert texts(root, "//t:body//t:p") == [
        "It is two weeks since you left! Awful lonesome but we'll get more accustomed to it "
        "in time."]
    assert texts(root, "//t:closer/t:salute") == ["Love to my Slim and best regards to Judy."]
    assert texts(root, "//t:closer/t:signed") == ["Ransom"]
    root, _ = encode("#### To Tony\n\n_Dear Tony_, We have arrived safely in Conrad and the "
                     "train was warm.\n\nWith love to all. Judy\n", "tone.md")
    assert texts(root, "//t:opener/t:salute") == ["Dear Tony,"]
    assert texts(root, "//t:opener/t:salute/t:hi[@rend='italic']") == ["Dear Tony"]


def test_dear_cut_short_before_a_kin_term():
    """"Dr Son" over the text is a salutation; "Dr Smith" (a doctor) is not."""
    root, _ = encode("Drimcoe 14th Sept 1832\n\nDr Son\n\nWith heartfelt satisfaction we "
                     "received your welcome letter.\n\nYour affectionate Father,\n\n"
                     "Thos Campbell\n")
    assert texts(root, "//t:opener/t:salute") == ["Dr Son"]
    assert texts(root, "//t:closer/t:signed") == ["Thos Campbell"]
    root, _ = encode("Dr Smith\n\nThe patient was seen at noon and sent home.\n\n"
                     "The fever had gone.\n")
    assert not xp(root, "//t:salute")


# ------------------------------------------------- petitions and kisses (F9, F12)


def test_petition_closing_in_lines_is_never_rejoined_to_the_sentence_before():
    """"and I in Duty Bound<br>Would Ever Pray<br>Daniel Rush<br>No.8 …" after a paragraph
    that ends without a full stop: the closer (formula, signer, address), not the rest of
    the sentence."""
    root, _ = encode("<html><body><main><h1>Letter from Daniel Rush</h1><p>Gentlemen</p>"
                     "<p>I hope you will take my Case\ninto your Most serious Consideration to "
                     "allow me some little Relief</p><p>and I in Duty Bound<br>Would Ever Pray"
                     "<br>Daniel Rush<br>No.8 Little George<br>Street Bethnal Green</p>"
                     "</main></body></html>", "rush.html")
    assert texts(root, "//t:closer/t:salute") == ["and I in Duty BoundWould Ever Pray"]
    assert texts(root, "//t:closer/t:signed") == ["Daniel Rush"]
    assert texts(root, "//t:closer/t:seg[@type='address']") == [
        "No.8 Little GeorgeStreet Bethnal Green"]
    assert texts(root, "//t:body//t:p")[-1].endswith("some little Relief")


def test_kisses_by_the_signature():
    """"Yours ever," / "Harry x x x": a closer, the kisses kept with the name."""
    root, _ = encode("24th February 1966\n\nMy dear Darling Bunty,\n\nI cannot say how "
                     "grieved I am at the news.\n\nYours ever,\n\nHarry x x x\n")
    assert texts(root, "//t:closer/t:salute") == ["Yours ever,"]
    assert texts(root, "//t:closer/t:signed") == ["Harry x x x"]


# --------------------------------------------------- transcribers' markers (F5, F6)


def test_code_page_437_mojibake_is_repaired(tmp_path):
    """UTF-8 read as code page 437 and saved again ("PeterΓÇÖs", "ΓÇô"): repaired and
    reported; a qualified page marker is the page and a note."""
    path = tmp_path / "letter.txt"
    path.write_text("Your Cousin Patrick is dead that is Peter\u0393\u00c7\u00d6s\n"
                    "Son. I don\u0393\u00c7\u00d6t blame you.\n\n"
                    "[[Page 4 \u0393\u00c7\u00f4 envelope]]\n\nMr John Campbell\n",
                    encoding="utf-8")
    result = encode_file(path)
    root = etree.fromstring(result.data)
    assert texts(root, "//t:body//t:p")[0] == (
        "Your Cousin Patrick is dead that is Peter\u2019sSon. I don\u2019t blame you.")
    assert xp(root, "//t:body//t:pb/@n") == ["4"]
    assert texts(root, "//t:body//t:note[@type='transcriber']") == ["envelope"]
    assert any(d.code == "mojibake-repaired" and "437" in d.message
               for d in result.diagnostics)


def test_greek_text_is_no_code_page_437_mojibake():
    root, _ = encode("\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u0393\u03b9\u03ce\u03c1"
                     "\u03b3\u03bf. \u0393\u03c1\u03ac\u03c8\u03b5 \u03bc\u03bf\u03c5.\n")
    assert texts(root, "//t:body//t:p") == [
        "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u0393\u03b9\u03ce\u03c1\u03b3\u03bf. "
        "\u0393\u03c1\u03ac\u03c8\u03b5 \u03bc\u03bf\u03c5."]


def test_crossed_out_and_unclear_tags_and_an_unsigned_postscript():
    root, _ = encode("Barrington Oct 10th 1845\n\nDear Sir,\n\nPlease report [[crossed out]] "
                     "to me in person at Washington [[unclear]] soon.\n\n"
                     "P.S. I have heard nothing from Mr. Jenkins about the lumber.\n", "l.txt")
    assert xp(root, "//t:body//t:del/t:gap/@reason") == ["illegible"]
    assert texts(root, "//t:body//t:del/t:gap/t:desc") == ["crossed out"]
    assert texts(root, "//t:body//t:p/t:gap/t:desc") == ["unclear"]
    assert texts(root, "//t:postscript/t:p") == [
        "P.S. I have heard nothing from Mr. Jenkins about the lumber."]


# ------------------------------------------------------------ HTML in Markdown (F3, F4)


def test_html_block_in_markdown_keeps_its_paragraphs_lines_and_notes():
    root, _ = encode('## A to B, October 30, 1917\n\n<p class="right">Stanton, N.J.<br>'
                     'Oct 30, 1917</p>\n<p class="left">Mr. Earl Reed Silvers<br>Rutgers '
                     'College<br>New Brunswick, N.J.<br></p>\n<p class="left">Dear <button '
                     'data-balloon="Silvers, Earl Reed | Born: 1891. Director, War Service '
                     'Bureau.">Sir</button>, </p>\n\nI wish to notify you that his address '
                     'has been changed.\n\n<p class="indent-1">Sincerely,</p>\n\n'
                     '<p class="indent-2">Mrs. F. L. Johnson.</p>\n', "wsb.md")
    assert texts(root, "//t:opener/t:dateline") == ["Stanton, N.J.Oct 30, 1917"]
    assert texts(root, "//t:opener/t:seg[@type='address']") == [
        "Mr. Earl Reed SilversRutgers CollegeNew Brunswick, N.J."]
    assert len(xp(root, "//t:opener/t:seg[@type='address']/t:lb")) == 2
    assert texts(root, "//t:opener/t:salute/t:note") == [
        "Silvers, Earl Reed | Born: 1891. Director, War Service Bureau."]
    assert xp(root, "string(//t:opener/t:salute/text()[last()])") == ","
    assert texts(root, "//t:closer/t:signed") == ["Mrs. F. L. Johnson."]


def test_tooltip_on_a_button_in_a_page_and_in_a_markdown_paragraph():
    page = ('<html><body><main><p>So far I have heard from <button data-balloon-pos="up" '
            'data-balloon="Skinner, Alfred Phillips. Private, Ambulance Service.">Al Skinner'
            '</button>, who is over here.</p></main></body></html>')
    for src, name in ((page, "wsb.html"),
                      ('So far I have heard from <button data-balloon="Skinner, Alfred '
                       'Phillips. Private, Ambulance Service.">Al Skinner</button>, who is '
                       'over here.\n', "wsb.md")):
        root, _ = encode(src, name)
        assert xp(root, "string(//t:body//t:p[1])").startswith(
            "So far I have heard from Al Skinner")
        assert texts(root, "//t:body//t:note") == [
            "Skinner, Alfred Phillips. Private, Ambulance Service."]
        assert xp(root, "//t:body//t:note/preceding-sibling::text()")[-1].endswith("Skinner")


# ----------------------------------------------------- site engines (F7, F10, F11, F14)


def test_pandoc_title_block():
    root, _ = encode("% Our Letters[^l]\n% Sylvia Florence Tone\n% Jan 1919 - Sept 1924\n"
                          "\n[^l]: Letters she copied into a ledger.\n\n## December\n\n"
                          "Dear Slim,\n\nIt is cold.\n\nRansom\n", "tone.md")
    assert xp(root, "string(//t:titleStmt/t:title)") == "Our Letters"
    assert texts(root, "//t:body/t:div/t:head/t:note") == ["Letters she copied into a ledger."]
    assert not [p for p in texts(root, "//t:body//t:p") if "%" in p]
    assert "Sylvia Florence Tone" in xp(root, "string(//t:sourceDesc)")


def test_site_engine_field_lines():
    root, _ = encode("_story_title \u201che dide in A good Caus\u201d: a Sister's Grief\n\n"
                     "_date_posted Posted Mar. 3, 2023\n\n"
                     "_large_blockquote our pore and beloved brother is dead\n\n"
                     "Kate wrote: I suppose that our pore and beloved brother is dead.\n\n"
                     "_references References\n\n- Find a Grave, database.\n", "blog.md")
    assert xp(root, "string(//t:titleStmt/t:title)") == (
        "\u201che dide in A good Caus\u201d: a Sister's Grief")
    assert texts(root, "//t:body//t:div/t:head[not(@type)]") == ["References"]
    assert texts(root, "//t:body//t:p") == [
        "Kate wrote: I suppose that our pore and beloved brother is dead."]
    assert "Posted Mar. 3, 2023" in xp(root, "string(//t:sourceDesc)")


def test_one_underscored_line_is_no_directive():
    root, _ = encode("_an emphasised opening\nthat runs on_ and more words here.\n\n"
                     "Another paragraph.\n", "e.md")
    assert xp(root, "string(//t:body)").split()[:3] == ["an", "emphasised", "opening"]


def test_server_directive_inside_a_sentence_is_a_gap():
    root, result = encode("<?php include 'nav.php'; ?>\n<html>\n<body>\n<main>\n"
                          "<p>The people barter in fruit and cattle. "
                          "<?php render_shillings_pence(1,0); ?> per day is conceded a very "
                          "good wage.</p>\n</main>\n</body>\n</html>\n", "d.php")
    assert xp(root, "//t:body//t:p/t:gap/@reason") == ["missing"]
    assert xp(root, "string(//t:body//t:p)").endswith("per day is conceded a very good wage.")
    codes = [entry.code for entry in result.left_out]
    assert "server-printed" in codes and "format-markup" in codes


def test_previous_and_next_links_in_main_are_navigation():
    root, _ = encode("<html><body><main><article><p>Dear Mother,</p><p>We are far from any "
                     "town.</p></article><article class='letternav'><a href='l2.html'>Previous "
                     "article</a> <a href='links.html'>Letter Directory</a> <a href='l4.html'>"
                     "Next article</a></article></main></body></html>", "l3.html")
    assert not xp(root, "//t:body//t:ref")
    root, _ = encode("<html><body><main><p>See <a href='a.html'>the first letter</a> and "
                     "<a href='b.html'>the second</a>.</p></main></body></html>", "x.html")
    assert len(xp(root, "//t:body//t:ref")) == 2


def test_a_bold_caption_with_a_credit_is_no_speech():
    root, _ = encode("<html><body><main><p>Image credits:</p><ul><li><b>Harry Houghton and "
                     "Ethel Gee, 1970</b> \u00a9 Keystone / Stringer</li></ul></main></body>"
                     "</html>", "c.html")
    assert not xp(root, "//t:sp")
    assert "Harry Houghton and Ethel Gee, 1970" in xp(root, "string(//t:body)")


# ------------------------------------------------------------------ a gallery (F8)


def test_a_gallery_of_page_images_gives_no_page_breaks():
    """Two captioned page images one after another, each with its hidden enlarged copy,
    before the transcript: left out (reported), no <pb/> where no text follows."""
    panel = ('<div class="col"><div class="image-panel"><a href="p{n}.jpg"><img src="p{n}.jpg" '
             'alt=""></a><p>Page {n}</p></div><div class="modal" role="dialog" '
             'aria-hidden="true"><h5>Page {n} - enlarged image</h5><img src="p{n}.jpg"></div>'
             '</div>')
    root, result = encode("<html><body><main><h1>Letter from Daniel Rush</h1><h3>Select the "
                          "images</h3><div class='row'>" + panel.format(n=1) + panel.format(n=2)
                          + "</div><h3>Read the transcript</h3><p>Gentlemen</p><p>I have taken "
                          "the Liberty of Writing to you.</p></main></body></html>", "r.html")
    assert not xp(root, "//t:pb")
    assert [e.code for e in result.left_out].count("page-gallery") == 2
    root, _ = encode("<html><body><main><p>The letter.</p><div><a href='p1.jpg'><img "
                     "src='p1.jpg'></a><p>Page 1</p></div><p>More text.</p></main></body>"
                     "</html>", "one.html")
    assert xp(root, "//t:pb")             # (one image alone: a page break as before)


def test_a_quoted_image_description_is_no_quotation():
    root, result = encode("Some prose before the picture.\n\n"
                          "![\"Andersonville Prison\"](https://example.org/a.jpg width=\"700\" "
                          "'Andersonville Prison, Ga., August 17, 1864')\n\n"
                          "Andersonville was the largest of the Civil War prisons.\n", "b.md")
    assert not xp(root, "//t:quote")
    assert any("Andersonville Prison, Ga., August 17, 1864" in e.text
               for e in result.left_out)


def test_pandoc_backslash_headings():
    """"## … letters\\" (Pandoc's line break at a heading's end) and "# \\" (a break alone,
    no title): no backslash in a heading, no empty section."""
    root, _ = encode("## March 8, 1874 Some funny letters\\\n written Dec 25 to Jan 21\n\n"
                     "# \\\n\nFirst Written Page of Letters\n", "tone.md")
    assert "\\" not in xp(root, "string(//t:body)")
    assert xp(root, "//t:head[1]/text()") == ["March 8, 1874 Some funny letters"]
    assert len(xp(root, "//t:body//t:head")) == 1
    assert "First Written Page of Letters" in xp(root, "string(//t:body)")


def test_one_code_page_437_punctuation_image_is_repaired(tmp_path):
    """"[[Marginalia ΓÇô left]]" alone in the file: ΓÇ is punctuation's image (E2 80), never
    Greek; one such sequence is evidence enough. One "caf├⌐" alone is not."""
    path = tmp_path / "m.txt"
    path.write_text("P.S. I have heard nothing.\n\n[[Marginalia \u0393\u00c7\u00f4 left]]\n",
                    encoding="utf-8")
    root = etree.fromstring(encode_file(path).data)
    assert "Marginalia \u2013 left" in xp(root, "string(//t:body)")
    path.write_text("We met at the caf\u251c\u2310 at noon.\n", encoding="utf-8")
    root = etree.fromstring(encode_file(path).data)
    assert "caf\u251c\u2310" in xp(root, "string(//t:body)")


def test_closing_in_the_source_lines_of_a_fenced_transcription_over_a_ps():
    """A fenced transcription read as prose: its last lines "of your affectionate Father"
    / "Thos Campbell" over "P.S write as soon as" are the closer, the P.S. a postscript."""
    root, _ = encode("## Letter from Thomas Campbell\n\n```\n\n[[Page 1]]\n\n"
                     "Drimcoe 14th Sept 1832\n\nDr Son\nWith heartfelt satisfaction we recd "
                     "your welcome\nletter from Brooklyn which found us all well thank\n"
                     "God hoping these all in the Same State.\nYour Mother Sisters & Brothers "
                     "join me with\ntheir Blessing wishing you prosperity and\ngood health "
                     "which is the ardent wish Dr. Son\nof your affectionate Father\n"
                     "Thos Campbell\n\nP.S write as soon as\nconvinient\n```\n", "c.md")
    assert texts(root, "//t:closer/t:salute") == ["of your affectionate Father"]
    assert texts(root, "//t:closer/t:signed") == ["Thos Campbell"]
    assert texts(root, "//t:postscript/t:p") == ["P.S write as soon as convinient"]
    assert xp(root, "string(//t:body//t:p[1])").endswith("the ardent wish Dr. Son")

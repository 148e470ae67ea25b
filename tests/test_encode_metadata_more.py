"""Metadata and format syntax that must not survive as text (scout rounds 7 and 8): front
matter over a page of any format, Pelican / MultiMarkdown metadata headers, a collection's
one metadata line, raw style sheets, Pandoc's fenced divs, footnote definitions typed
without their colon, a filing title that yields to the text's heading. One small example
each, taken from a real source named in the docstring."""
from __future__ import annotations

from teiquery import encode, texts, xp


def _left_out(result) -> str:
    return " ".join(item.text for item in result.left_out)


def test_jekyll_front_matter_over_an_html_page_goes_to_the_header():
    """ourhiddenhistory.org's post (a Jekyll site's .html): the Church Committee speech,
    with a folded `teaser_ext: >` value."""
    root, result = encode(
        '---\nlayout: post\ntitle: "The Creation and Goals of the Church Committee"\n'
        "teaser_ext: >\n  <p>Transcript from a speech. Broadcast on KPFK, 27 Feb. 1975.</p>\n"
        'author: "Senator Frank Church"\ndisplaydate: "1975"\n---\n\n'
        "<p><strong>Walter Pincus: </strong>Has mentioned the question of where the Agency "
        "is.</p>\n\n<p><strong>Senator Church: </strong>Thank you very much, Walter.</p>\n",
        "church-committee.html")
    assert texts(root, "//t:titleStmt/t:title") == [
        "The Creation and Goals of the Church Committee"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1975"]
    assert "Senator Frank Church" in texts(root, "//t:sourceDesc//t:note[@type='author']")
    body = " ".join(texts(root, "//t:body"))
    assert "layout" not in body and "---" not in body and "teaser" not in body
    assert "layout: post" in _left_out(result)


def test_hugo_toml_front_matter_over_a_text():
    """Hugo's `+++` TOML front matter (the form Hugo's documentation gives a content page)
    over a plain text of minutes."""
    root, result = encode('+++\ntitle = "Minutes of the Board"\ndate = 1896-03-02\n+++\n\n'
                          "The board met at ten o'clock, the President in the chair, and "
                          "heard the report of the treasurer.\n\nThe meeting adjourned.\n",
                          "board.txt")
    assert texts(root, "//t:titleStmt/t:title") == ["Minutes of the Board"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1896-03-02"]
    assert "+++" not in " ".join(texts(root, "//t:body"))
    assert "Minutes of the Board" in _left_out(result)


def test_pelican_metadata_header_with_capitalised_keys():
    """Thomas Paine's letter to Franklin, 20 June 1777 (a Pelican site's Markdown): PubDate
    is the letter's date, Date the file's modification stamp; Title names the letter."""
    root, result = encode(
        "PubDate: 1777-06-20\nSlug: letters/benjamin-franklin/to-franklin-june-20th-1777\n"
        "Title: To Honorable Benjamin Franklin LL.D.  June 20th, 1777\n"
        "Date: Mon Aug  4 09:08:54 EDT 2014\n\n   PHILADELPHIA, June 20th. 1777\n\n"
        "   My Dear Sir \n\n   I have just Time to write you a Word or two.\n\n"
        "   I am Honored Sir yr Obliged and Affectionate Hbl Servant\n\n   T P\n",
        "paine-to-franklin.md")
    assert texts(root, "//t:titleStmt/t:title") == [
        "To Honorable Benjamin Franklin LL.D. June 20th, 1777"]
    assert xp(root, "//t:profileDesc/t:creation/t:date/@when") == ["1777-06-20"]
    body = " ".join(texts(root, "//t:body"))
    assert "Slug" not in body and "PubDate" not in body and "09:08:54" not in body
    assert "letters/benjamin-franklin" in texts(root, "//t:sourceDesc//t:note[@type='slug']")[0]
    assert "PubDate: 1777-06-20" in _left_out(result)


def test_a_memo_header_in_capitals_is_not_site_metadata():
    """A memorandum's own fields over its text (FRUS-style DATE:/SUBJECT:) stay in the text."""
    root, _ = encode("DATE: March 3, 1962\nSUBJECT: Laos\n\nThe Secretary opened the "
                     "meeting at ten and asked for the reports of the week.\n", "memo.txt")
    assert "SUBJECT" in " ".join(texts(root, "//t:body"))


def test_a_collection_metadata_line_is_no_speaker_turn():
    """Miller Center's press conference of Lyndon B. Johnson, 9 March 1967: the site's
    `President: Lyndon B. Johnson` line over the transcript."""
    root, result = encode(
        "President: Lyndon B. Johnson\n\nTHE PRESIDENT. Good afternoon, ladies and "
        "gentlemen.\n\nQ. Mr. President, do you think, still, that an income tax increase "
        "will be necessary?\n\nTHE PRESIDENT. We have recommended a 6 percent surcharge.\n",
        "lbj-press-conference.txt")
    assert "President" not in texts(root, "//t:sp/t:speaker")
    assert texts(root, "//t:sourceDesc//t:note[@type='president']") == ["Lyndon B. Johnson"]
    assert "Lyndon B. Johnson" not in " ".join(texts(root, "//t:body"))
    assert "President: Lyndon B. Johnson" in _left_out(result)


def test_a_one_line_label_that_recurs_is_still_a_turn():
    """The control for the rule above (a dialogue between an author and a reader, as
    essayists' dialogues are transcribed): where the key speaks again, its first line is a
    turn, not metadata."""
    root, _ = encode("Author: What do you mean by that?\n\nReader: I mean the book you "
                     "sent me last week.\n\nAuthor: Then say so, and say why.\n\nReader: "
                     "Because it was late.\n\nAuthor: It was not late.\n\nReader: It was.\n",
                     "dialogue.txt")
    assert texts(root, "//t:sp/t:speaker")[:2] == ["Author", "Reader"]


def test_style_block_and_fenced_div_in_markdown_are_format_markup():
    """Schnitzler's La ronda in Spanish (a Pandoc book source on GitHub Pages): a raw
    <style> block and a `::: {.primerParrafo}` div around the stage direction."""
    root, result = encode(
        "<style>\n    #maincontent{\n        font-size:1.4em;\n    }\n</style>\n\n"
        "## La puta y el soldado\n\n::: {.primerParrafo}\n*Tarde, casi de noche. En el "
        "puente de Augenarten.*\n:::\n\nPUTA: Ven, hermoso ángel mío.\n", "laronda.md")
    body = " ".join(texts(root, "//t:body"))
    assert "font-size" not in body and ":::" not in body
    assert "Tarde, casi de noche. En el puente de Augenarten." in texts(root, "//t:body//t:p")
    left = _left_out(result)
    assert "font-size" in left and "{.primerParrafo}" in left


def test_footnote_definition_without_its_colon():
    """The Woman's Literary Club of Baltimore's board minutes, 1896-97 (unedited Markdown):
    `[^note] _Secretary's note_: …` under the paragraph with the marker."""
    root, _ = encode("The next name proposed was that of Mrs. Francis P. Stevens.\n\n"
                     "Mrs. Stevens was elected.[^note]\n[^note] _Secretary's note_: 9 Present, "
                     "8 in favor, one blank ballot.\n\nThe meeting adjourned.\n", "wlcb.md")
    assert texts(root, "//t:p/t:note") == [
        "Secretary's note: 9 Present, 8 in favor, one blank ballot."]
    assert "[^note]" not in " ".join(texts(root, "//t:body"))


def test_a_filing_title_yields_to_the_texts_heading():
    """The Woman's Literary Club of Baltimore's minutes of 28 January 1891: the site's
    `title: 1891-01-28 Meeting Minutes` over the text's own heading."""
    root, _ = encode("---\ntitle: 1891-01-28 Meeting Minutes\nlayout: page\n---\n\n"
                     "## 19th General Meeting--January 28th 1891\n\nThe nineteenth general "
                     "meeting of the W.L.C. was called for Tuesday afternoon, January 28th "
                     "1891.\n\nThe President was in the chair.\n", "wlcb-1891.md")
    assert texts(root, "//t:titleStmt/t:title") == ["19th General Meeting--January 28th 1891"]
    assert texts(root, "//t:body//t:head") == ["19th General Meeting--January 28th 1891"]
    assert "1891-01-28 Meeting Minutes" in texts(root, "//t:sourceDesc//t:note[@type='title']")

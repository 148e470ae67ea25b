"""Double brackets glued to a word's first letters complete the word. Derived from scout
round 14: Marie Mancini's letter of 1672 (a Jekyll edition), "li 23 sep[[tembre]] 1672"."""
from __future__ import annotations

from lxml import etree
from teiquery import encode, texts

from teikit import encode_text


def test_double_brackets_glued_to_a_word_complete_it_and_a_tag_alone_stays_a_tag():
    root, _ = encode("Sono arivate le donne li 23 sep[[tembre]] 1672 e altre "
                     "[[something crossed out]] poi.\n", "letter.txt")
    assert texts(root, "//t:body//t:supplied") == ["tembre"]
    assert texts(root, "//t:note[@type='transcriber']") == ["something crossed out"]


def test_a_version_named_in_brackets_heads_its_section_and_is_not_supplied():
    """The same letter's Italian text and English translation in an edition's tabs."""
    page = ("<html><body><main><h1>Marie Mancini to Lorenzo Colonna</h1>"
            "<div id='raw'><p>[Italian]</p><p>Abbiate cura dei ragazzi.</p><p>M. M. C.</p></div>"
            "<div id='trans'><p>[English]</p><p>Take good care of the boys.</p>"
            "<p>M. M. C.</p></div></main></body></html>")
    root, result = encode(page, "letter.html")
    assert texts(root, "//t:body//t:div/t:head")[-2:] == ["Italian", "English"]
    assert texts(root, "//t:body//t:supplied") == []
    assert "version-label" in result.report()["rules"]


def test_an_attribute_list_in_brackets_is_markup_not_supplied_words():
    """A baptism register published with Antora (AsciiDoc saved as text): image macros and
    table settings carry attribute lists in brackets. (Read as plain text here: such a
    .txt is detected as AsciiDoc and read by its reader, test_encode_markup_formats.)"""
    text = ('image::page-736.jpg[align=left,title="Entry portion on page 736"]\n\n'
            '[cols="2,2,4",%header,frame="none"]\n\n'
            "Getauft den 23. März von [Pastor] Meyer.\n")
    root = etree.fromstring(encode_text(text, "register.txt", source_format="text").data)
    assert texts(root, "//t:body//t:supplied") == ["Pastor"]
    body = " ".join(texts(root, "//t:body"))
    assert '[align=left,title="Entry portion on page 736"]' in body
    assert '[cols="2,2,4",%header,frame="none"]' in body

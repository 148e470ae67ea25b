"""reStructuredText and AsciiDoc (issue 8, "Source formats, each read by a real parser"):
Sphinx projects keep their texts as .rst, Antora sites as .adoc, both often saved as .txt.
reStructuredText is read with docutils (safely: no file, no raw, nothing printed, never
refused), AsciiDoc with teikit's own scanner of its block syntax; no syntax of either
survives as text, and every word is kept or reported. One small real-derived example per
construct; the sniffing never takes a plain text for either."""
from __future__ import annotations

import os
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from teiquery import encode, encoded_valid, texts, xp

from teikit import encode_text
from teikit.formats import detect

from wordcheck import missing_words, words

TEI = "{http://www.tei-c.org/ns/1.0}"


def body_text(root) -> str:
    """The words of the master's text, a line break a space."""
    return words_of(xp(root, "//t:text")[0])


def words_of(el) -> str:
    copy = etree.fromstring(etree.tostring(el))
    for lb in copy.iter(TEI + "lb"):
        lb.tail = " " + (lb.tail or "")
    return " ".join("".join(copy.itertext()).split())


def left_out(result) -> list[str]:
    return [item.text for item in result.left_out]


# -------------------------------------------------------------------- reStructuredText

# docutils' quick reference, as pypa/readme_renderer's fixture test_rst_footnotes.rst
# keeps it: numbered, auto-numbered and labelled footnotes
RST_FOOTNOTES = """\
Footnote references, like [5]_.
Note that footnotes may get
rearranged, e.g., to the bottom of
the "page".

.. [5] A numerical footnote. Note
   there's no colon after the ``]``.

Autonumbered footnotes are
possible, like using [#]_ and [#]_.

.. [#] This is the first one.
.. [#] This is the second one.

They may be assigned 'autonumber
labels' - for instance,
[#fourth]_ and [#third]_.

.. [#third] a.k.a. third_

.. [#fourth] a.k.a. fourth_
"""


def test_rst_footnotes_are_notes_at_their_markers():
    """docutils' quick reference (readme_renderer's fixture): [5]_, [#]_, [#label]_."""
    root, result = encode(RST_FOOTNOTES, "footnotes.rst")
    assert result.source_format == "rst"
    notes = texts(root, "//t:text//t:note")
    assert notes[0] == "A numerical footnote. Note there's no colon after the ]."
    assert "This is the first one." in notes and "This is the second one." in notes
    assert "a.k.a. fourth" in notes and "a.k.a. third" in notes
    p = xp(root, "//t:p[t:note]")[0]
    assert "".join(p.itertext()).startswith("Footnote references, like A numerical")
    assert not re.search(r"\[#|\]_|\.\. \[", body_text(root))


# a Sphinx page as the PEPs and the Python docs write them: a title over- and underlined,
# sections at two levels, a rubric, a seealso and a versionadded that plain docutils does
# not know, a toctree, Sphinx roles
SPHINX_PAGE = """\
=====================
 Docstring Conventions
=====================

:Author: David Goodger
:Date: 2001-05-29

Abstract
========

This PEP documents the *semantics* and **conventions** of
Python docstrings, see :pep:`257` and :ref:`the rationale <rationale>`.

.. toctree::
   :maxdepth: 2

   intro
   usage

Specification
-------------

.. versionadded:: 2.1
   One-line docstrings are for really obvious cases.

.. seealso:: The Docutils_ project.

.. _Docutils: https://docutils.sourceforge.io/
"""


def test_rst_sections_roles_and_sphinx_directives():
    """A Sphinx page (PEP 257's layout): headings by level, the fields to the header, a
    role docutils does not know keeps its words, a toctree is left out."""
    root, result = encode(SPHINX_PAGE, "pep.rst")
    assert texts(root, "//t:text//t:head")[:3] == ["Docstring Conventions", "Abstract",
                                                    "Specification"]
    assert xp(root, "//t:creation/t:date/@when") == ["2001-05-29"]
    assert "David Goodger" in " ".join(texts(root, "//t:sourceDesc"))
    text = body_text(root)
    assert "see PEP 257 and the rationale." in text
    assert "One-line docstrings are for really obvious cases." in text
    assert "The Docutils project." in text
    assert xp(root, "//t:hi[@rend='italic']/text()") == ["semantics"]
    assert xp(root, "//t:hi[@rend='bold']/text()") == ["conventions"]
    assert not re.search(r":pep:|:ref:|`|\.\. |::|intro usage", text)
    gone = " ".join(left_out(result))
    assert ".. toctree::" in gone and ":maxdepth: 2" in gone


def test_rst_footnotes_inside_a_sphinx_directive_keep_numbers_of_their_own():
    """A footnote in a versionadded body (read apart from the page, as plain docutils does
    not know the directive) never takes the number of the page's own [1]."""
    root, _ = encode("Title\n=====\n\nOuter [1]_ text.\n\n.. [1] Outer note.\n\n"
                     ".. versionadded:: 2.0\n\n   Inner [1]_ text.\n\n   .. [1] Inner note.\n",
                     "notes.rst")
    assert texts(root, "//t:note") == ["Outer note.", "Inner note."]
    assert xp(root, "//t:note/@n") == ["1", "2"]


def test_rst_line_block_table_and_links():
    """docutils' spec examples: a line block keeps its lines, a grid table its header row,
    an embedded URI is a link."""
    root, _ = encode("A poem\n======\n\n| The Owl and the Pussy-cat went to sea\n"
                     "| In a beautiful pea-green boat,\n\n"
                     "+--------+--------+\n| Name   | Born   |\n+========+========+\n"
                     "| Edward | 1812   |\n+--------+--------+\n\n"
                     "Read `the text <https://example.org/owl>`_ online.\n", "poem.rst")
    assert len(xp(root, "//t:p/t:lb")) == 1
    assert texts(root, "//t:row[@role='label']/t:cell") == ["Name", "Born"]
    assert texts(root, "//t:row[not(@role)]/t:cell") == ["Edward", "1812"]
    assert xp(root, "//t:ref/@target") == ["https://example.org/owl"]
    assert "+--" not in body_text(root) and "|" not in body_text(root)


def test_rst_comment_substitution_and_target_are_left_out_and_reported():
    """What holds no text of its own is reported: a comment, a substitution's definition
    (its words stand where it is used), a link target."""
    root, result = encode("Title\n=====\n\n.. An editor's comment.\n\n"
                          ".. |ship| replace:: the *Mayflower*\n\n"
                          "They sailed on |ship| in 1620.\n\n"
                          ".. _source: https://example.org/\n", "ship.rst")
    assert "They sailed on the Mayflower in 1620." in body_text(root)
    assert "comment" not in body_text(root)
    gone = " ".join(left_out(result))
    assert "An editor's comment." in gone and "https://example.org/" in gone


def test_rst_is_read_safely(tmp_path, capsys):
    """No file is read (include, csv-table :file:), no raw passed through, nothing printed,
    and no configuration file of the working folder is used."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET words\n", encoding="utf-8")
    (tmp_path / "docutils.conf").write_text("[general]\nhalt_level: 1\n", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        root, result = encode(f"Title\n=====\n\n.. include:: {secret}\n\n"
                              f".. csv-table:: Data\n   :file: {secret}\n\n"
                              ".. raw:: html\n\n   <script>alert(1)</script>\n\n"
                              "Text *with an unclosed emphasis.\n", "safe.rst")
    finally:
        os.chdir(cwd)
    assert "TOPSECRET" not in etree.tostring(root, encoding="unicode")
    assert "<script>" not in body_text(root) and "alert" not in body_text(root)
    assert "Text with an unclosed emphasis." in body_text(root)
    captured = capsys.readouterr()
    assert "ERROR" not in captured.err and "WARNING" not in captured.err
    assert any(".. include::" in text for text in left_out(result))


def test_malformed_rst_keeps_every_word():
    """A table whose border is broken, an unclosed literal, a title at an inconsistent
    level, an indentation docutils does not expect: what docutils cannot read it hands
    back as lines, and their words are kept."""
    text = ("Title\n=====\n\nBroken ``literal and *emphasis.\n\n"
            "+------+------+\n| bad  | table\n+------+\n\n"
            "Section\n-------\n\nWords here.\n\nLevel\n=====\n\nOut of order.\n\n"
            "    Indented quote\n  Unindent oddly here.\n")
    root, _ = encode(text, "bad.rst")
    have = body_text(root)
    for phrase in ("Broken literal and emphasis.", "bad table", "Words here.",
                   "Out of order.", "Indented quote", "Unindent oddly here."):
        assert phrase in have
    assert "Level" in have


# ---------------------------------------------------------------------------- AsciiDoc

# K. Krückeberg's family-history site (Antora): modules/buchholz/pages/
# buchholz-band2-image198.adoc, the 1804 baptism register entry, shortened
ANTORA = """\
= 1804 Johann Heinrich Kleinschmidt
:page-role: wide

In 1804 Johann Heinrich Kleinschmidt, son...

== Citation

The birth record is on <<image198, image 198>> (the pages are unnumbered) of the \
Buchholz Kirchenbuch _Taufen 1760-1820, Abendmahl 1839-1878 Band 2_.

image::buchholz-band2-image198-left-page.jpg[align=left,title="Entry portion on page \
736 (Click to enlarge)",xref=image$buchholz-band2-image198-left-page.jpg]

== Birth Record

[caption="Transliteration: "]
.Baptism Entry for Johann Heinrich Kleinschmidt
[cols="2,2,2",%header,frame="none"]
|===
|Name des +
Orts, wo die +
Eltern wohnen
|Ehelich +
oder +
unehelich
|Monat und +
Tag der Taufte

|Gross Heer +
se No. 10
|ehelich
|23^rd^ März
|===

[bibliography]
== Citations

* [[[image198]]] "Archion Protestant Kirchenbücher Portal", database with images, \
_Archion_ (https://www.archion.de/p/a0fc0001cc/ : 11 August 2024)
"""
ANTORA_SYNTAX = [":page-role:", "image::", "|===", "[caption=", "[cols=", "<<image198", "^rd^",
                 "==", "[[[", "[bibliography]", " +"]


def test_antora_register_page():
    """The Antora register (scout corpus 14): title and sections, the 3-column table with
    its header row and caption, superscript, a cross reference's words, the image left out
    with its shown title kept; none of the syntax survives."""
    root, result = encode(ANTORA, "register.txt")
    assert result.source_format == "asciidoc"
    assert texts(root, "//t:text//t:head[not(parent::t:table)]") == [
        "1804 Johann Heinrich Kleinschmidt", "Citation", "Birth Record", "Citations"]
    assert texts(root, "//t:titleStmt/t:title") == ["1804 Johann Heinrich Kleinschmidt"]
    table = xp(root, "//t:table")[0]
    assert table.get("cols") == "3" and table.get("rows") == "2"
    assert texts(root, "//t:table/t:head") == [
        "Transliteration: Baptism Entry for Johann Heinrich Kleinschmidt"]
    assert words_of(xp(root, "//t:row[@role='label']/t:cell")[1]) == "Ehelich oder unehelich"
    assert len(xp(root, "//t:row[@role='label']/t:cell[1]/t:lb")) == 2
    assert xp(root, "//t:cell/t:hi[@rend='sup']/text()") == ["rd"]
    text = body_text(root)
    assert "The birth record is on image 198 (the pages" in text
    assert "Entry portion on page 736 (Click to enlarge)" in text
    assert xp(root, "//t:hi[@rend='italic']/text()")[0] == \
        "Taufen 1760-1820, Abendmahl 1839-1878 Band 2"
    for syntax in ANTORA_SYNTAX:
        assert syntax not in text, syntax
    gone = left_out(result)
    assert "image buchholz-band2-image198-left-page.jpg" in gone
    assert ":page-role: wide" in gone and "[[[image198]]]" in gone


def test_asciidoc_header_attributes():
    """The document header (Asciidoctor's manual): the author line, the revision line and
    :lang: go to the header; a rendering setting (:toc:) is left out and reported."""
    root, result = encode("= The Letters of Ann Smith\nJane Doe <jane@example.org>\n"
                          "v1.0, 2021-03-04: first draft\n:lang: de\n:toc: left\n"
                          ":description: Letters of a farmer's wife\n\n"
                          "Dear Brother, the harvest was good.\n", "letters.adoc")
    assert xp(root, "//t:creation/t:date/@when") == ["2021-03-04"]
    assert xp(root, "//t:langUsage/t:language/@ident") == ["de"]
    source = " ".join(texts(root, "//t:sourceDesc"))
    assert "Jane Doe" in source and "Letters of a farmer's wife" in source
    assert body_text(root) == "The Letters of Ann Smith Dear Brother, the harvest was good."
    assert ":toc: left" in left_out(result)


def test_asciidoc_inline_syntax():
    """Asciidoctor's inline forms: *strong*, _emphasis_, `mono`, ^sup^, ~sub~, link:url[text],
    a URL with [text], footnote:[text] (a note at its marker), a hard line break " +"."""
    root, _ = encode("= Notes\n\nThe *harvest* was _good_, the `well` dry, 1^st^ of May, "
                     "H~2~O scarce.footnote:[The well ran dry in August.]\n"
                     "See link:https://example.org/a_b[our site] and "
                     "https://example.org/c_d[the archive]. +\nA new line.\n", "notes.adoc")
    assert xp(root, "//t:hi[@rend='bold']/text()") == ["harvest"]
    assert xp(root, "//t:hi[@rend='italic']/text()") == ["good"]
    assert xp(root, "//t:hi[@rend='sup']/text()") == ["st"]
    assert xp(root, "//t:hi[@rend='sub']/text()") == ["2"]
    assert texts(root, "//t:note") == ["The well ran dry in August."]
    assert xp(root, "//t:ref/@target") == ["https://example.org/a_b", "https://example.org/c_d"]
    assert texts(root, "//t:ref") == ["our site", "the archive"]
    assert xp(root, "//t:ref[.='the archive']/following-sibling::*[1][self::t:lb]")
    text = body_text(root)
    assert "the well dry" in text and not re.search(r"[*`^~+]|footnote|link:|\[", text)


def test_asciidoc_blocks_comments_and_admonitions():
    """Delimited blocks as real pages use them: a comment line and a comment block (never
    shown), a quote with its attribution, a listing kept as typed, an admonition
    paragraph without its label; each delimiter is reported."""
    root, result = encode("= Diary\n\n// editor: check the date\n////\nhidden draft\n////\n\n"
                          "NOTE: The page is torn.\n\n[quote, Ann Smith, Diary]\n____\n"
                          "A quotation of her\nown words.\n____\n\n----\nliteral *not bold*\n"
                          "----\n", "diary.adoc")
    text = body_text(root)
    assert "The page is torn." in text and "NOTE" not in text
    assert "A quotation of her own words." in text and "\u2014 Ann Smith, Diary" in text
    assert "literal *not bold*" in text
    assert "hidden" not in text and "editor" not in text
    gone = " ".join(left_out(result))
    assert "hidden draft" in gone and "// editor: check the date" in gone and "____" in gone


def test_asciidoc_bracket_lines_of_the_transcriber_stay_text():
    """A line in brackets that names no block style and sets no attribute is the
    transcriber's ([Page 3], [illegible]), not an attribute list."""
    root, result = encode("= Letter\n\n[cols=\"1,1\"]\n|===\n|a |b\n|===\n\n[Page 3]\n\n"
                          "The text goes on.\n\n[illegible]\n", "letter.adoc")
    assert xp(root, "//t:pb/@n") == ["3"]
    assert xp(root, "//t:gap/@reason") == ["illegible"]
    assert '[cols="1,1"]' in left_out(result)


def test_asciidoc_table_spans_and_implicit_header():
    """Cell specifiers (2+| spans two columns, .2+| two rows) and Asciidoctor's implicit
    header (a first line of cells over a blank line)."""
    root, _ = encode("= Accounts\n\n|===\n|Name |Paid |Owed\n\n|Smith 2+|none\n"
                     ".2+|Jones |3 |4\n|5 |6\n|===\n", "accounts.adoc")
    assert texts(root, "//t:row[@role='label']/t:cell") == ["Name", "Paid", "Owed"]
    assert xp(root, "//t:cell[@cols='2']/text()") == ["none"]
    assert xp(root, "//t:cell[@rows='2']/text()") == ["Jones"]
    assert xp(root, "//t:table/@rows") == ["4"]


def test_malformed_asciidoc_keeps_every_word():
    """An unclosed listing runs to the end, an unclosed comment block is a slip whose lines
    are kept, a table whose cells do not fill its last row keeps them all."""
    src = ("= Report\n\n[cols=\"3\"]\n|===\n|one |two |three\n|four |five\n|===\n\n"
           "////\nnot a comment after all\n\n....\nnever closed here\n")
    root, _ = encode(src, "report.adoc")
    assert not missing_words(words("Report one two three four five not a comment after "
                                   "all never closed here"), root)


def test_asciidoc_include_is_never_followed(tmp_path):
    secret = tmp_path / "secret.adoc"
    secret.write_text("TOPSECRET\n", encoding="utf-8")
    root, result = encode(f"= Page\n\ninclude::{secret}[]\n\nText.\n", "page.adoc")
    assert "TOPSECRET" not in etree.tostring(root, encoding="unicode")
    assert any("include" in text for text in left_out(result))


# ---------------------------------------------------------------------------- sniffing

LETTER_WITH_UNDERLINE = """\
A Letter from Camp
==================

Dear Mother,

We marched all day [illegible] and reached the river at dusk.

Your loving son,
John
"""


@pytest.mark.parametrize("name, text, expected", [
    ("page.rst", "Just words.\n", "rst"),
    ("page.adoc", "Just words.\n", "asciidoc"),
    ("page.asciidoc", "Just words.\n", "asciidoc"),
    ("letter.txt", LETTER_WITH_UNDERLINE, "text"),
    ("letter.txt", LETTER_WITH_UNDERLINE + "\n.. note:: A directive.\n\n.. [1] A note.\n", "rst"),
    ("letter.txt", LETTER_WITH_UNDERLINE + "\nSee :ref:`camp` and ``the map``.\n", "rst"),
    ("wiki.txt", "== Early life ==\n\nHe was born in 1801.\n\n== Career ==\n\nHe sailed.\n",
     "text"),
    ("register.txt", ANTORA, "asciidoc"),
    ("one.txt", "= Title\n:author: Jane Doe\n\nText.\n", "asciidoc"),
    ("table.txt", "Intro.\n\n|===\n|a |b\n|===\n", "text"),
    ("table.txt", "== Accounts\n\n|===\n|a |b\n|===\n", "asciidoc"),
    ("notes.md", "# Title\n\n.. note:: not rst in a .md\n", "markdown"),
    ("key.asc", "-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n", "text"),
])
def test_sniffing(name, text, expected):
    """By extension with certainty; in a .txt only on strong evidence: a letter with its
    heading underlined, a wiki's == headings, a lone |=== are plain text."""
    assert detect(name, text.encode("utf-8")) == expected


def test_format_option_reads_rst_and_asciidoc():
    rst = encode_text("Title\n=====\n\nA *word*.\n", "x.txt", source_format="rst")
    adoc = encode_text("= Title\n\nA *word*.\n", "x.txt", source_format="asciidoc")
    for result in (rst, adoc):
        root = etree.fromstring(result.data)
        assert texts(root, "//t:text//t:head") == ["Title"]
        assert xp(root, "//t:hi/text()") == ["word"]


def test_cli_format_asciidoc(tmp_path):
    from test_encode_cli import run
    src = tmp_path / "page.txt"
    src.write_text("= Title\n\nA _word_.\n", encoding="utf-8")
    out = tmp_path / "page.xml"
    proc = run("encode", src, "-o", out, "--format", "asciidoc")
    assert proc.returncode == 0, proc.stderr
    root = etree.parse(str(out)).getroot()
    assert xp(root, "//t:hi[@rend='italic']/text()") == ["word"]


# ---------------------------------------------------------------------------- properties

SETTINGS = settings(max_examples=int(os.environ.get("TEIKIT_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
WORD = st.from_regex(r"[A-Za-zé]{2,8}", fullmatch=True)
ADOC_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "*", "_", "`", "^", "~", "#", "= ", "== ", "=== ", "|===\n", "|",
    " |", "2+|", "[", "]", "[[", "]]", "<<", ">>", "footnote:[", "link:https://x.org/",
    "image::", "NOTE: ", "----\n", "____\n", "....\n", "////\n", "// ", ":", " +\n", ".",
    "* ", ". ", ":: ", "[cols=\"1,2\"]\n", "[quote]\n", "{nbsp}", "++++\n", "+", "[%header]\n",
    "<b>", "\\"]))
RST_PIECE = st.one_of(WORD, WORD, WORD, st.sampled_from([
    " ", " ", "\n", "\n\n", "\n   ", "*", "**", "``", "`", "_", "|", "[#]_", "[1]_", "\n.. [1] ",
    "\n.. [#] ", "\n.. note:: ", "\n.. seealso:: ", "\n.. toctree::\n", "\n.. ", "\n.. _",
    ": ", "::", "\n=====\n", "\n-----\n", "\n+---+---+\n", "\n| ", "- ", "1. ", ":ref:`",
    ">`_", " <", "\n.. |x| replace:: ", "|x|", "\n.. image:: ", "\n.. raw:: html\n\n   "]))
SYNTAX_WORDS = {"footnote", "link", "https", "x", "org", "image", "note", "cols", "quote", "1", "2",
                "nbsp", "header", "b", "seealso", "toctree", "ref", "replace", "raw", "html"}


def _kept_or_reported(text: str, name: str):
    """Encode *text*; every word of it must be in the master's text, its header or a link
    target, or in what the report says was left out. Returns the master's root."""
    encoded = encoded_valid(None, text, name)
    if encoded is None:
        return None
    result, root = encoded
    header = " ".join(root.find(TEI + "teiHeader").itertext())
    targets = " ".join(root.xpath("//@target"))
    reported = " ".join(left_out(result))
    padded = etree.fromstring(result.data)     # (^AA^AA is two words, sup and not)
    for el in padded.iter(TEI + "hi", TEI + "ref"):
        el.text, el.tail = " " + (el.text or ""), " " + (el.tail or "")
    # a footnote macro stands against the word before it ("scarce.footnote:[…]"): a word
    # counts as lost only if it is lost with the macro read apart and as typed
    lost = Counter(words(text))
    for source in (words(text), words(text.replace("footnote:", " footnote:"))):
        lost &= missing_words([w for w in source if w not in SYNTAX_WORDS], padded)
    lost -= Counter(words(" ".join((header, targets, reported))))
    assert not lost, (lost, result.left_out)
    return root


@pytest.mark.shared
@SETTINGS
@given(st.lists(ADOC_PIECE, max_size=50).map("".join))
def test_any_asciidoc_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    root = _kept_or_reported(text, "gen.adoc")
    if root is not None:
        assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error


@pytest.mark.shared
@SETTINGS
@given(st.lists(RST_PIECE, max_size=50).map("".join))
def test_any_rst_encodes_valid_and_keeps_its_words(tei_all_rng, text):
    root = _kept_or_reported(text, "gen.rst")
    if root is not None:
        assert tei_all_rng.validate(root), tei_all_rng.error_log.last_error

"""Faithful editions of TEI from elsewhere (issue 12): transcription markup, critical
apparatus, plays, debates and MathML, on real samples (tests/fixtures/export, with their
provenance) and on small masters written here for the rules no sample had. Goldens of each
sample in both formats and views (make goldens rewrites them); no word lost and none glued
in either view or format."""
from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml import html as lxml_html
from test_browser import pdf_pages, render, tool
from test_export_safety import check_no_live_content, master, write

from teikit.export import export, load_master
from teikit.writers.mathml import linear

import wordcheck
from conftest import ROOT, check_golden, connection_trap
from exportwords import (
    difference,
    html_words,
    master_words,
    master_words_for_text,
    note_labels,
    text_words,
    words,
)

FIXTURES = ROOT / "tests" / "fixtures" / "export"
GOLDEN = ROOT / "tests" / "golden" / "export"
SAMPLES = sorted(FIXTURES.glob("*.xml"))
VIEWS = ["diplomatic", "reading"]


def html_main(data: bytes) -> str:
    return " ".join(lxml_html.document_fromstring(data).find(".//main").text_content().split())


def body_text(data: bytes) -> str:
    return data.decode("utf-8").split("-" * 72, 1)[1]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("fmt,suffix", [("html", ".html"), ("text", ".txt")])
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_goldens(path, fmt, suffix, view, update_goldens):
    data, _ = export(fmt, path, view)
    check_golden(GOLDEN / f"{path.stem}.{view}{suffix}", data, update_goldens)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_keep_every_word_and_glue_none(path, view):
    root = load_master(path).root
    page, _ = export("html", path, view)
    check_no_live_content(page)
    assert not difference(master_words(root, view), html_words(page))
    text, _ = export("text", path, view)
    assert not difference(master_words_for_text(root, view),
                          text_words(text, note_labels(root)))


def test_the_check_counts_a_glued_word_as_lost():
    """"Claudiusking" is neither "Claudius" nor "king": two words lost, one extra."""
    expected = words("Claudius king of Denmark")
    assert difference(expected, words("Claudiusking of Denmark")) == {
        "missing": {"claudius": 1, "king": 1}, "extra": {"claudiusking": 1}}
    assert difference(expected, words("Claudius, king of Denmark")) == {}


def test_the_encode_check_counts_a_glued_word_as_lost():
    """The same for the source-to-master check (tests/wordcheck.py)."""
    source = wordcheck.source_words("Claudius king of Denmark")
    glued = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>'
                             "<role>Claudius</role>king of Denmark</p></body></text></TEI>")
    apart = etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>'
                             "<role>Claudius</role> king of Denmark</p></body></text></TEI>")
    assert wordcheck.missing_words(source, glued) == {"claudius": 1, "king": 1}
    assert wordcheck.body_in_source_order(source, glued) == ["claudiusking"]
    assert not wordcheck.missing_words(source, apart)


# --------------------------------------------------------------- transcription markup

TRANSCRIPTION = FIXTURES / "tei-guidelines-transcription.xml"


def test_additions_and_deletions_by_view():
    dip = body_text(export("text", TRANSCRIPTION, "diplomatic")[0])
    rea = body_text(export("text", TRANSCRIPTION, "reading")[0])
    assert "are all included. [[It is]] ⟨T⟩[[t]]he expressed" in dip
    assert "are all included. The expressed" in rea
    assert "τ⟨ῶν⟩[[α]] συνκυρόντ⟨ων⟩[[α]]" in dip and "τῶν συνκυρόντων ἐργαστηρίων" in rea
    assert "ΣΙΝΠΑΤΑΝ [reg: σύμπαντα]" in dip and "σύμπαντα" in rea and "ΣΙΝΠΑΤΑΝ" not in rea
    page = lxml_html.document_fromstring(export("html", TRANSCRIPTION, "diplomatic")[0])
    assert [d.text_content() for d in page.iter("del")][:2] == ["[[It is]]", "[[t]]"]
    above = page.find_class("place-above")
    assert above and above[0].get("title") == "added (above)"
    reading = export("html", TRANSCRIPTION, "reading")[0]
    assert b"<del" not in reading and "It is" not in html_main(reading)


WRITTEN = master(
    "<p>a <restore><del>kept</del></restore> b <damage>worn</damage> c "
    "<surplus>extra</surplus> d hinuh-<choice><orig>hinuh</orig><abbr>h̄o</abbr>"
    "<expan>hominum</expan></choice> e exam<lb break=\"no\"/>ple f<lb/>g</p>"
    "<castList><castItem><role>Claudius</role><roleDesc>king of Denmark</roleDesc>"
    "</castItem></castList>"
    "<list><label>A</label><item>first</item></list>"
    "<table><row><cell>one</cell><cell>two</cell></row></table>"
    '<p>Lorem ipsum dolor sit amet<note place="inline">Inline note</note> consectetur.</p>')


@pytest.mark.parametrize("fmt", ["html", "text"])
def test_written_transcription_rules(tmp_path, fmt):
    """Rules no sample had: restore, damage, surplus, a three-form choice, a line that
    ends inside a word, and the separators between label-like elements."""
    path = write(tmp_path, WRITTEN)
    out = {}
    for view in VIEWS:
        data, _ = export(fmt, path, view)
        out[view] = (html_main(data) if fmt == "html"
                     else " ".join(body_text(data).split()))
    dip, rea = out["diplomatic"], out["reading"]
    assert "a ⸢[[kept]]⸣ b ⌊worn⌋ c {extra} d" in dip
    assert "a kept b worn c d" in rea
    assert "hinuh [abbr: h̄o; expan: hominum]" in dip and "hinuh-hominum e" in rea
    assert "exam|ple" in dip and "example f" in rea
    assert "Claudius, king of Denmark" in dip and "Claudius, king of Denmark" in rea
    assert "amet Inline note consectetur" in rea
    root = load_master(path).root
    for view in VIEWS:
        data, _ = export(fmt, path, view)
        if fmt == "html":
            assert not difference(master_words(root, view), html_words(data))
        else:
            assert not difference(master_words_for_text(root, view),
                                  text_words(data, note_labels(root)))


# --------------------------------------------------------------- critical apparatus

APPARATUS = FIXTURES / "tei-guidelines-apparatus.xml"


def test_apparatus_in_html_is_linked_both_ways():
    doc = lxml_html.document_fromstring(export("html", APPARATUS)[0])
    markers = doc.find_class("app-ref")
    assert len(markers) == 4
    first = doc.get_element_by_id(markers[0].get("href")[1:])
    assert first.tag == "li" and first.getparent().get("class") == "apparatus"
    back = first.find_class("app-back")[0]
    assert back.get("href") == "#" + markers[0].get("id")
    entry = " ".join(first.text_content().split())
    assert entry == "a1 Experience] El Hg Experiment La; Eryment Ra2"
    main = html_main(export("html", APPARATUS)[0])
    assert "Experiencea1 though noon auctoritee" in main                  # lemma in the text


def test_apparatus_in_text_at_the_end():
    text = body_text(export("text", APPARATUS)[0])
    assert text.lstrip().startswith("Experience[a1] though noon auctoritee")
    tail = text[text.index("\nApparatus\n---------\n"):]
    assert "[a1] Experience] (El Hg) Experiment (La); Eryment (Ra2)" in tail
    assert "Experiens (Ha4); Experiment (Cp Ld1)" in " ".join(tail.split())
    assert "[a4] ] — Too badly worn to yield a text" in tail


# --------------------------------------------------------------- plays and debates

PLAY = FIXTURES / "dracor-lessing-emilia-galotti-excerpt.xml"
DEBATE = FIXTURES / "parlamint-at-1996-01-15-excerpt.xml"


def test_cast_list_never_glued():
    text = " ".join(body_text(export("text", PLAY)[0]).split())
    assert "Hettore Gonzaga, Prinz von Guastalla." in text
    assert "Angelo, und einige Bediente." in text


def test_debate_turns_show_their_speaker():
    text = body_text(export("text", DEBATE)[0])
    assert "\nPAD_00334 (chair): Bitte Platz zu nehmen." in text
    assert "\nPAD_01153: \"Sie werden geloben" in text          # #regular is not shown
    doc = lxml_html.document_fromstring(export("html", DEBATE)[0])
    turns = doc.xpath("//div[contains(@class, ' u')]")
    assert len(turns) == 3
    assert turns[0].find_class("speaker")[0].text_content() == "PAD_00334 (chair)"
    assert doc.find_class("kinesic")[0].text_content().strip() == "(Allgemeiner Beifall.)"


def test_a_turn_names_the_person_the_file_lists(tmp_path):
    path = write(tmp_path, master(
        '<u who="#mp1" ana="#chair">Order.</u><u who="#unknown">Yes.</u>').replace(
        "</titleStmt>", "</titleStmt>").replace(
        "<teiHeader>", "<teiHeader>").replace(
        "</fileDesc>", "</fileDesc><profileDesc><particDesc><listPerson>"
        '<person xml:id="mp1"><persName><forename>Ada</forename> <surname>Byron</surname>'
        "</persName></person></listPerson></particDesc></profileDesc>"))
    text = body_text(export("text", path)[0])
    assert "Ada Byron (chair): Order." in text and "unknown: Yes." in text


@pytest.mark.parametrize("header,title", [
    ("<titleStmt><title>Own title</title></titleStmt>", "Own title"),
    ("<titleStmt><meeting>Sitting 1</meeting></titleStmt>", "Sitting 1"),
    ("<titleStmt/>", "First head"),
])
def test_title_falls_back_to_meeting_then_first_head(tmp_path, header, title):
    path = write(tmp_path, f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
                 f"{header}</fileDesc></teiHeader><text><body><div><head>First head</head>"
                 "<p>x</p></div></body></text></TEI>", "debate-file.xml")
    doc = lxml_html.document_fromstring(export("html", path)[0])
    assert doc.findtext(".//title") == title
    assert export("text", path)[0].decode().split("\n")[0] == title


# --------------------------------------------------------------- MathML

FORMULA = FIXTURES / "tei-guidelines-formula-mathml.xml"
M = "http://www.w3.org/1998/Math/MathML"


def test_mathml_passes_to_html_as_mathml():
    data = export("html", FORMULA)[0]
    check_no_live_content(data)
    doc = lxml_html.document_fromstring(data)
    math = doc.find(".//math")
    assert [el.tag for el in math.iter() if isinstance(el.tag, str)] == [
        "math", "mi", "mo", "mi", "msup", "mrow", "mi", "mrow", "mn"]
    assert "E = m c^2" in body_text(export("text", FORMULA)[0])


def test_mathml_is_held_to_the_no_script_rules(tmp_path):
    path = write(tmp_path, master(
        f'<p><formula><math xmlns="{M}" xmlns:xl="http://www.w3.org/1999/xlink">'
        '<mi href="javascript:alert(1)" onclick="x()" style="color:red">x</mi>'
        '<maction actiontype="statusline"><mi xl:href="javascript:y">y</mi></maction>'
        '<semantics><mi>z</mi><annotation-xml encoding="text/html"><script xmlns='
        '"http://www.w3.org/1999/xhtml">alert(2)</script></annotation-xml></semantics>'
        "</math></formula></p>"))
    data = export("html", path)[0]
    check_no_live_content(data)
    assert b"javascript" not in data and b"alert" not in data and b"onclick" not in data


def test_linear_form_keeps_the_structure():
    math = etree.fromstring(
        f'<math xmlns="{M}"><mi>κ</mi><mo>=</mo><mfrac><mi>ξ</mi>'
        "<msub><mi>E</mi><mi>max</mi></msub></mfrac></math>")
    assert linear(math) == "κ = ξ / E_max"
    root = etree.fromstring(f'<math xmlns="{M}"><msqrt><mrow><mi>a</mi><mo>+</mo><mi>b</mi>'
                           "</mrow></msqrt><mo>≤</mo><msubsup><mi>x</mi><mi>i</mi><mn>2</mn>"
                           "</msubsup></math>")
    assert linear(root) == "√(a + b) ≤ x_i^2"


# --------------------------------------------------------------- print

@pytest.fixture(scope="module")
def browser():
    """Headless Chromium and poppler, as the browser tests use them (skip where absent)."""
    tool("pdftotext"), tool("pdfinfo")
    return tool("chromium", "chromium-browser")


@pytest.fixture(scope="module")
def trap():
    with connection_trap() as port_and_hits:
        yield port_and_hits


def test_four_digit_page_numbers_are_not_clipped(browser, trap, tmp_path):
    """Printed by headless Chromium and read back: p. 1591 was clipped to p. 159."""
    path = write(tmp_path, master("".join(
        f'<p><pb n="{n}"/>Text on page {n}, long enough to be a line of its own.</p>'
        for n in (1591, 12345))))
    page = tmp_path / "pages.html"
    page.write_bytes(export("html", path)[0])
    pdf = tmp_path / "pages.pdf"
    render(browser, trap, page, tmp_path, f"--print-to-pdf={pdf}")
    text = " ".join(" ".join(p.split()) for p in pdf_pages(pdf))
    assert re.search(r"\b1591\b", text) and re.search(r"\b12345\b", text), text

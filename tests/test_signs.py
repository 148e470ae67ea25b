"""The editorial signs, defined once (teikit.signs), per element and view."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit.signs import (
    OMISSION,
    Sign,
    View,
    choice_forms,
    gap_description,
    line_break,
    page_sign,
    sign_for,
)

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'
D, R = View.DIPLOMATIC, View.READING


def el(xml, path=None):
    root = etree.fromstring(f"<p {NS}>{xml}</p>")
    return root[0] if path is None else root.find(path)


def test_sic():
    assert sign_for(el("<sic>teh</sic>"), D) == Sign(after=" [sic]")
    assert sign_for(el("<sic>teh</sic>"), R) == Sign()


def forms(xml, view):
    """A choice as a view shows it: (shown form's name, [(label, other form's name)])."""
    f = choice_forms(el(xml), view)
    return (etree.QName(f.shown).localname if f.shown is not None else None,
            [(label, etree.QName(o).localname) for label, o in f.others], f.alone)


def test_choice_sic_and_correction():
    xml = "<choice><sic>teh</sic><corr>the</corr></choice>"
    assert forms(xml, D) == ("sic", [("sic", "corr")], "")       # teh [sic: the]
    assert forms(xml, R) == ("corr", [], "")
    assert forms("<choice><sic>teh</sic></choice>", D) == ("sic", [], " [sic]")


@pytest.mark.parametrize("xml,diplomatic,reading", [
    ("<choice><orig>colour</orig><reg>color</reg></choice>",
     ("orig", [("reg", "reg")], ""), ("reg", [], "")),
    ("<choice><abbr>Dr</abbr><expan>Doctor</expan></choice>",
     ("abbr", [("expan", "expan")], ""), ("expan", [], "")),
    ("<choice><expan>Doctor</expan><abbr>Dr</abbr></choice>",     # any order
     ("abbr", [("expan", "expan")], ""), ("expan", [], "")),
    # three forms: one shown, never two glued ("hinuh[om]inu")
    ("<choice><orig>hinuh</orig><abbr>hi̅</abbr><expan>hominum</expan></choice>",
     ("orig", [("abbr", "abbr"), ("expan", "expan")], ""), ("expan", [], "")),
    ("<choice><sic>teh</sic><corr>the</corr><reg>thee</reg></choice>",
     ("sic", [("sic", "corr"), ("reg", "reg")], ""), ("corr", [], "")),
    ("<choice><seg>a</seg><seg>b</seg></choice>",
     ("seg", [("or", "seg")], ""), ("seg", [], "")),
])
def test_choice_of_any_two_or_three_forms(xml, diplomatic, reading):
    assert forms(xml, D) == diplomatic
    assert forms(xml, R) == reading


@pytest.mark.parametrize("xml,diplomatic,reading", [
    ("<add place='above'>x</add>", Sign("⟨", "⟩"), Sign()),
    ("<del>x</del>", Sign("[[", "]]"), Sign(show_content=False)),
    ("<restore><del>x</del></restore>", Sign("⸢", "⸣"), Sign()),
    ("<damage>x</damage>", Sign("⌊", "⌋"), Sign()),
    ("<surplus>x</surplus>", Sign("{", "}"), Sign(show_content=False)),
    ("<subst><del>x</del><add>y</add></subst>", Sign(), Sign()),
])
def test_transcription_signs(xml, diplomatic, reading):
    assert sign_for(el(xml), D) == diplomatic
    assert sign_for(el(xml), R) == reading


def test_a_restored_deletion_is_read():
    deleted = el("<restore><del>x</del></restore>", "{*}restore/{*}del")
    assert sign_for(deleted, D) == Sign("[[", "]]")
    assert sign_for(deleted, R) == Sign()


def test_line_breaks():
    assert line_break(el("<lb/>"), D) == (True, "")
    assert line_break(el('<lb break="no"/>'), D) == (False, "|")
    assert line_break(el('<lb break="no"/>'), R) == (False, "")


def test_supplied_and_unclear():
    assert sign_for(el("<supplied>Kai-shek</supplied>"), D) == Sign("[", "]")
    assert sign_for(el("<supplied>Kai-shek</supplied>"), R) == Sign()
    assert sign_for(el("<unclear>word</unclear>"), D) == Sign("[", "?]")
    assert sign_for(el("<unclear/>"), D) == Sign("[?]", "", False)
    assert sign_for(el("<unclear>word</unclear>"), R) == Sign()


@pytest.mark.parametrize("xml,diplomatic", [
    ('<gap reason="illegible"/>', "[illegible]"),
    ('<gap reason="illegible" quantity="2" unit="words"/>', "[2 words illegible]"),
    ('<gap reason="illegible" quantity="1" unit="words"/>', "[1 word illegible]"),
    ('<gap reason="convenience" quantity="5" unit="pages"/>', "[5 pages omitted]"),
    ('<gap reason="inaudible"/>', "[inaudible]"),
    ("<gap/>", "[gap]"),
])
def test_gap_without_description(xml, diplomatic):
    assert sign_for(el(xml), D) == Sign(diplomatic, "", False)
    assert sign_for(el(xml), R) == Sign(OMISSION, "", False)


def test_gap_with_description_shows_it_as_printed():
    gap = el('<gap reason="not-declassified"><desc>name not declassified</desc></gap>')
    assert sign_for(gap, D) == Sign("[", "]")            # the desc is the content
    assert sign_for(gap, R) == Sign(OMISSION, "", False)
    assert gap_description(el('<gap reason="not-declassified"/>')) == "not declassified"


def test_page_signs():
    assert page_sign(el('<pb n="37"/>'), D) == "[Page 37]"
    assert page_sign(el('<pb n="37"/>'), R) == ""
    assert page_sign(el("<pb/>"), D) == "[Page]"


def test_other_elements_carry_no_sign():
    for xml in ("<hi>x</hi>", "<persName>x</persName>", "<corr>x</corr>", "<w>x</w>"):
        assert sign_for(el(xml), D) == Sign()
